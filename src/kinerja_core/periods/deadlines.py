"""Deadlines of the performance cycle (SKP planning, annual evaluation, reporting) as dated rules.

Each deadline is a parameter whose value is a [`DeadlineRule`][kinerja_core.periods.DeadlineRule] —
a month and day relative to the performance year — with the citation of the regulation that sets
it. A deadline is computed from the `year` argument, never from the clock.

- `SKP_DRAFT`: the SKP is drafted by the second week of January, else the performance manager
  drafts and sets it (PermenPANRB 8/2021 lampiran [P]; "second week" read as 14 January, a
  policy choice).
- `SKP_SET`: the SKP is set no later than the end of January (PermenPANRB 8/2021 lampiran [P];
  believed kept by PermenPANRB 6/2022, UNCONFIRMED).
- `ANNUAL_EVALUATION`: the annual evaluation is held at the end of December (PP 30/2019
  Pasal 42(1) [P]; PP 46/2011 similar [S]).
- `ANNUAL_EVALUATION_LATEST`: at the latest the end of January of the next year (idem).
- `EVALUATION_REPORT`: the report by the end of February of the next year (PP 30/2019
  Pasal 51 [P]).

**Which rules apply.** Without `rules=`, planning deadlines use the national rules in force on
1 January of the performance year (when the SKP is drawn up) and evaluation deadlines those in
force on 31 December (the year being judged). So the 2022 SKP deadline cites PermenPANRB 8/2021
(PermenPANRB 6/2022 was only set on 3 February 2022) and years before a rule existed raise
[`RuleNotInForceError`][kinerja_core.RuleNotInForceError]. Deadlines are calendar dates: no
regulation seen moves them off a weekend or holiday, so neither does the library.
"""

from __future__ import annotations

from datetime import date

import attrs

from kinerja_core.core._deprecation import deprecated
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import (
    check_member,
    enum_repr,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.explain import (
    Explanation,
    Step,
    Text,
    Trace,
    explained_by,
    explains_value,
)
from kinerja_core.core.parameters import ParameterSpec, Rules
from kinerja_core.national import rules_or_national
from kinerja_core.periods.deadlines_specs import (
    ANNUAL_EVALUATION_DATE,
    ANNUAL_EVALUATION_DEADLINE,
    EVALUATION_REPORT_DEADLINE,
    SKP_DEADLINE,
    SKP_DRAFT_DEADLINE,
    DeadlineRule,
    _check_year,
)

__all__ = [
    "ANNUAL_EVALUATION_DATE",
    "ANNUAL_EVALUATION_DEADLINE",
    "EVALUATION_REPORT_DEADLINE",
    "SKP_DEADLINE",
    "SKP_DRAFT_DEADLINE",
    "Deadline",
    "DeadlineOutcome",
    "DeadlineRule",
    "annual_evaluation_deadline",
    "deadline",
    "explain_deadline",
    "skp_deadline",
]


class Deadline(LabelledEnum):
    """A deadline of the annual performance cycle; values are Indonesian descriptions."""

    SKP_DRAFT = "batas penyusunan SKP"
    SKP_SET = "batas penetapan SKP"
    ANNUAL_EVALUATION = "penilaian kinerja tahunan"
    ANNUAL_EVALUATION_LATEST = "batas akhir penilaian kinerja tahunan"
    EVALUATION_REPORT = "batas laporan penilaian kinerja"

    @classmethod
    def _english(cls) -> dict[Deadline, str]:
        return {
            cls.SKP_DRAFT: "SKP drafting deadline",
            cls.SKP_SET: "SKP setting deadline",
            cls.ANNUAL_EVALUATION: "annual performance evaluation",
            cls.ANNUAL_EVALUATION_LATEST: "latest date for the annual performance evaluation",
            cls.EVALUATION_REPORT: "performance evaluation report deadline",
        }

    @property
    def parameter(self) -> ParameterSpec[DeadlineRule]:
        """The parameter that holds this deadline's rule."""
        return _SPECS[self]

    @property
    def is_planning(self) -> bool:
        """Whether the deadline belongs to planning (rules read on 1 January of the year)."""
        return self in (Deadline.SKP_DRAFT, Deadline.SKP_SET)


_SPECS = {
    Deadline.SKP_DRAFT: SKP_DRAFT_DEADLINE,
    Deadline.SKP_SET: SKP_DEADLINE,
    Deadline.ANNUAL_EVALUATION: ANNUAL_EVALUATION_DATE,
    Deadline.ANNUAL_EVALUATION_LATEST: ANNUAL_EVALUATION_DEADLINE,
    Deadline.EVALUATION_REPORT: EVALUATION_REPORT_DEADLINE,
}


@attrs.frozen
class DeadlineOutcome(Document):
    """Deprecated (with `explain_deadline`): a deadline with how it was found.

    Attributes:
        kind: Which deadline.
        year: The performance year.
        deadline: The date.
        explanation: The step that produced it, citing the rule.
    """

    kind: Deadline = attrs.field(repr=enum_repr)
    year: int
    deadline: date
    explanation: Explanation


def deadline_of(
    kind: Deadline, year: int, *, rules: Rules | None = None, trace: Trace = None
) -> date:
    """A deadline of performance year `year`, recording its step (the shared core).

    Args:
        kind: Which deadline.
        year: The performance year, e.g. 2024.
        rules: The rules to apply; default: the national rules in force on 1 January of `year`
            for planning deadlines and on 31 December of `year` for evaluation deadlines.
        trace: Where to record the step (`None`: do not record).

    Returns:
        The date.

    Raises:
        InvalidValueError: If `kind` is not a `Deadline` or `year` not a whole number from
            1900 to 2200.
        RuleNotInForceError: If the rule was not in force for that year.
    """
    which = check_member(kind, Deadline, field="kind")
    checked = _check_year(year)
    on = date(checked, 1, 1) if which.is_planning else date(checked, 12, 31)
    resolved = rules_or_national(rules, on).resolve(which.parameter)
    result = resolved.value.on(checked)
    if trace is not None:
        trace.append(
            Step(
                Text(f"Tenggat: {which.label('id')}", f"Deadline: {which.label('en')}"),
                inputs=(("year", checked),),
                parameters=[resolved.use()],
                result=result,
            )
        )
    return result


def explain_deadline(kind: Deadline, year: int, *, rules: Rules | None = None) -> DeadlineOutcome:
    """Deprecated: use `explain(deadline, ...)`; this alias goes in the next release.

    Args:
        kind: See `deadline`.
        year: See `deadline`.
        rules: See `deadline`.

    Returns:
        The deadline with its explanation.
    """
    deprecated("explain_deadline", "explain(deadline, ...)")
    steps: list[Step] = []
    result = deadline_of(kind, year, rules=rules, trace=steps)
    return DeadlineOutcome(kind, _check_year(year), result, Explanation(steps))


@explained_by(explains_value(deadline_of))
def deadline(kind: Deadline, year: int, *, rules: Rules | None = None) -> date:
    """A deadline of performance year `year`.

    `explain(deadline, ...)` gives the rule and the citation behind it.

    Args:
        kind: Which deadline.
        year: The performance year.
        rules: The rules to apply; default: the national rules in force on 1 January of `year`
            for planning deadlines and on 31 December of `year` for evaluation deadlines.

    Returns:
        The date.

    Raises:
        InvalidValueError: If `kind` is not a `Deadline` or `year` not a whole number from
            1900 to 2200.
        RuleNotInForceError: If the rule was not in force for that year.

    Examples:
        >>> deadline(Deadline.EVALUATION_REPORT, 2024)
        datetime.date(2025, 2, 28)
    """
    return deadline_of(kind, year, rules=rules)


def skp_deadline(year: int, *, rules: Rules | None = None) -> date:
    """The last day for the SKP of performance year `year` to be set.

    Args:
        year: The performance year.
        rules: The rules to apply; default: the national rules on 1 January of `year`.

    Returns:
        The date (national rule: the end of January of `year`).

    Raises:
        InvalidValueError: If `year` is not a whole number from 1900 to 2200.
        RuleNotInForceError: For years before the rule (performance years before 2022 under the
            national rules).

    Examples:
        >>> skp_deadline(2024)
        datetime.date(2024, 1, 31)
    """
    return deadline(Deadline.SKP_SET, year, rules=rules)


def annual_evaluation_deadline(year: int, *, rules: Rules | None = None) -> date:
    """The latest date for the annual evaluation of performance year `year`.

    The evaluation is held at the end of December (`Deadline.ANNUAL_EVALUATION`) and at the
    latest by this date.

    Args:
        year: The performance year.
        rules: The rules to apply; default: the national rules on 31 December of `year`.

    Returns:
        The date (national rule: the end of January of the following year).

    Raises:
        InvalidValueError: If `year` is not a whole number from 1900 to 2200.
        RuleNotInForceError: For years before 2014 under the national rules.

    Examples:
        >>> annual_evaluation_deadline(2024)
        datetime.date(2025, 1, 31)
    """
    return deadline(Deadline.ANNUAL_EVALUATION_LATEST, year, rules=rules)
