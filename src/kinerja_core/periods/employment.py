"""Employment intervals and the months they count for in a period (partial years, proration).

An [`Employment`][kinerja_core.Employment] is the stretch of time an employee held a job (or was
under one performance plan): joined, moved or left mid-year, or still in post (open-ended). Its
overlap with a [`Period`][kinerja_core.Period] is the part of the period the employee served, and
[`months_covered`][kinerja_core.months_covered] turns that overlap into a number of months for
proration — e.g. angka kredit `AK = months/12 × percentage × coefficient`, where BKN's example
"January-February → 2/12" counts two months.

**Which months count** is the parameter
[`MONTH_COUNT_RULE`][kinerja_core.periods.MONTH_COUNT_RULE]. No regulation seen states how a
partial month counts, so the national value is a documented policy choice,
[`MonthCountRule.WHOLE_MONTHS`][kinerja_core.periods.MonthCountRule]: a calendar month counts when
the overlap covers every day of it. The alternatives are named values of the same parameter
(override it per Pemda or in a what-if variant):

| rule | a month counts | 15 Mar-31 Dec | 1 Jan-14 Mar + 15 Mar-31 Dec |
|---|---|---|---|
| `WHOLE_MONTHS` (default) | 1 if every day is covered | 9 | 2 + 9 = 11 |
| `ANY_DAY` | 1 if any day is covered | 10 | 3 + 10 = 13 |
| `DAY_FRACTION` | covered days / days in the month | 9.548… | 2.451… + 9.548… = 12 |

All three agree whenever the overlap starts on the first and ends on the last day of a month
(the usual case: a TMT is normally the first of a month), and all three add up over a split of a
period at month boundaries (`Period.split`).
"""

from __future__ import annotations

import calendar
from decimal import Decimal
from fractions import Fraction

import attrs

from kinerja_core.core._deprecation import deprecated
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import (
    Explanation,
    Step,
    Text,
    Trace,
    explained_by,
    explains_number,
)
from kinerja_core.core.numbers import publish
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.periods.employment_specs import (
    MONTH_COUNT_RULE,
    Employment,
    MonthCountRule,
)
from kinerja_core.periods.period import Period, PeriodKind

__all__ = [
    "MONTH_COUNT_RULE",
    "Employment",
    "MonthCountRule",
    "MonthsOutcome",
    "explain_months_covered",
    "months_covered",
]


@attrs.frozen
class MonthsOutcome(Document):
    """The months an employment counts for in a period, with how they were counted.

    Attributes:
        months: The number of months (a whole number unless the rule is `DAY_FRACTION`).
        overlap: The days of the period the employee served, or `None`.
        rule: The month-count rule applied.
        explanation: The steps that produced the count.
    """

    months: Decimal
    overlap: Period | None
    rule: MonthCountRule
    explanation: Explanation


def _count(overlap: Period, rule: MonthCountRule) -> tuple[Fraction, dict[str, str]]:
    total = Fraction(0)
    per_month: dict[str, str] = {}
    for piece in overlap.split(PeriodKind.MONTH):
        full = calendar.monthrange(piece.start.year, piece.start.month)[1]
        per_month[piece.start.strftime("%Y-%m")] = f"{piece.days}/{full}"
        if rule is MonthCountRule.WHOLE_MONTHS:
            total += 1 if piece.days == full else 0
        elif rule is MonthCountRule.ANY_DAY:
            total += 1
        else:
            total += Fraction(piece.days, full)
    return total, per_month


def months_exact(
    employment: Employment | None,
    period: Period,
    *,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Fraction:
    """The months of `period` that `employment` counts for, exact (the shared core).

    Args:
        employment: The employment (`None`: the employee served the whole period).
        period: The period.
        rules: The rules to apply; default: the national rules in force on `period.end`.
        trace: Where to record the steps (`None`: do not record).

    Returns:
        The exact number of months.

    Raises:
        InvalidValueError: If `employment` is not an `Employment` (or `None`) or `period` not a
            `Period`.
        RuleNotInForceError: If no month-count rule is in force on the rules' date.
    """
    if not isinstance(period, Period):
        raise InvalidValueError(
            "period", period, "must be a Period", reason_id="harus berupa Period", code="wrong_type"
        )
    if employment is not None and not isinstance(employment, Employment):
        raise InvalidValueError(
            "employment",
            employment,
            "must be an Employment or None",
            reason_id="harus berupa Employment atau None",
            code="wrong_type",
        )
    in_force = rules_or_national(rules, period.end)
    resolved = in_force.resolve(MONTH_COUNT_RULE)
    overlap = period if employment is None else employment.overlap(period)
    per_month: dict[str, str] = {}
    if overlap is None:
        exact = Fraction(0)
    else:
        exact, per_month = _count(overlap, resolved.value)
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Irisan masa jabatan dengan periode penilaian",
                    "Overlap of the employment with the period",
                ),
                inputs=(("employment", employment), ("period", period)),
                result=overlap,
            )
        )
        trace.append(
            Step(
                Text(
                    "Jumlah bulan menurut aturan penghitungan bulan",
                    "Number of months under the month-count rule",
                ),
                inputs=(("covered_days_per_month", per_month),),
                parameters=[resolved.use()],
                result=publish(exact),
            )
        )
    return exact


def explain_months_covered(
    employment: Employment | None, period: Period, *, rules: Rules | None = None
) -> MonthsOutcome:
    """Deprecated: use `explain(months_covered, ...)`; this alias goes in the next release.

    Args:
        employment: See `months_covered`.
        period: See `months_covered`.
        rules: See `months_covered`.

    Returns:
        The month count, the overlap, the rule applied and the explanation.
    """
    deprecated("explain_months_covered", "explain(months_covered, ...)")
    steps: list[Step] = []
    exact = months_exact(employment, period, rules=rules, trace=steps)
    overlap = period if employment is None else employment.overlap(period)
    rule = rules_or_national(rules, period.end)[MONTH_COUNT_RULE]
    return MonthsOutcome(publish(exact), overlap, rule, Explanation(steps))


@explained_by(explains_number(months_exact))
def months_covered(
    employment: Employment | None, period: Period, *, rules: Rules | None = None
) -> Decimal:
    """The months of `period` that `employment` counts for (for proration such as `months/12`).

    Which months count is the [`MONTH_COUNT_RULE`][kinerja_core.periods.MONTH_COUNT_RULE] parameter
    (national default: whole calendar months only). `explain(months_covered, ...)` shows the
    overlap and the count.

    Args:
        employment: The employment (`None`: the employee served the whole period).
        period: The period, e.g. `Period.year(2024)`.
        rules: The rules to apply; default: the national rules in force on `period.end`.

    Returns:
        The number of months, as a `Decimal` (exact when it has a finite decimal expansion).

    Raises:
        InvalidValueError: If an argument has the wrong type.
        RuleNotInForceError: If no month-count rule is in force on the rules' date.

    Examples:
        >>> from datetime import date
        >>> months_covered(Employment(date(2024, 1, 1), date(2024, 2, 29)), Period.year(2024))
        Decimal('2')
        >>> months_covered(Employment(date(2024, 3, 15)), Period.year(2024))
        Decimal('9')
    """
    return publish(months_exact(employment, period, rules=rules))
