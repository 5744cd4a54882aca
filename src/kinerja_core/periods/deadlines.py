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
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from kinerja_core.core._deprecation import deprecated
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._rules import rules_or_national
from kinerja_core.core._validators import (
    Validator,
    check_member,
    check_whole,
    enum_repr,
    instance_check,
)
from kinerja_core.core.explain import (
    Explanation,
    Lang,
    Step,
    Text,
    Trace,
    check_lang,
    explained_by,
    explains_value,
)
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Parameter, ParameterSpec, Rules, Version
from kinerja_core.periods.period import _MAX_YEAR, _MIN_YEAR, MONTH_NAMES

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

_MAX_YEARS_AFTER = 5


def _whole(low: int, high: int) -> Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_whole(value, field=attribute.name, low=low, high=high)

    return check


def _optional_day(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        check_whole(value, field=attribute.name, low=1, high=31)


def _check_year(year: object) -> int:
    return check_whole(year, field="year", low=_MIN_YEAR, high=_MAX_YEAR)


@attrs.frozen
class DeadlineRule:
    """A deadline as a date relative to the performance year.

    Attributes:
        month: The month of the deadline (1-12).
        day: The day of the month; `None` means the last day of the month (a day past the end
            of a short month, e.g. 30 February, also means its last day).
        years_after: How many years after the performance year (0: the same year; 1: the next).

    Examples:
        >>> DeadlineRule(1, years_after=1).on(2024)
        datetime.date(2025, 1, 31)
        >>> DeadlineRule(1, 14).label("en")
        '14 January of the performance year'
    """

    month: int = attrs.field(validator=_whole(1, 12))
    day: int | None = attrs.field(default=None, validator=_optional_day)
    years_after: int = attrs.field(default=0, validator=_whole(0, _MAX_YEARS_AFTER))

    def on(self, year: int) -> date:
        """The deadline for performance year `year`.

        Args:
            year: The performance year, e.g. 2024.

        Returns:
            The date.

        Raises:
            InvalidValueError: If `year` is not a whole number from 1900 to 2200.
        """
        checked = _check_year(year)
        first = date(checked + self.years_after, self.month, 1)
        return first + relativedelta(day=31 if self.day is None else self.day)

    def label(self, lang: Lang) -> str:
        """The rule in words, e.g. `"akhir Januari tahun berikutnya"`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The text.
        """
        if check_lang(lang) == "id":
            month = MONTH_NAMES["id"][self.month - 1]
            when = f"akhir {month}" if self.day is None else f"{self.day} {month}"
            if self.years_after == 0:
                return f"{when} tahun kinerja"
            if self.years_after == 1:
                return f"{when} tahun berikutnya"
            return f"{when}, {self.years_after} tahun setelah tahun kinerja"
        month = MONTH_NAMES["en"][self.month - 1]
        when = f"end of {month}" if self.day is None else f"{self.day} {month}"
        if self.years_after == 0:
            return f"{when} of the performance year"
        if self.years_after == 1:
            return f"{when} of the following year"
        return f"{when}, {self.years_after} years after the performance year"

    def to_dict(self) -> dict[str, Any]:
        """The rule as plain data."""
        return {"month": self.month, "day": self.day, "years_after": self.years_after}


def _spec(name: str, description: str) -> ParameterSpec[DeadlineRule]:
    return ParameterSpec(
        name, description, instance_check(DeadlineRule, name, "must be a DeadlineRule")
    )


SKP_DRAFT_DEADLINE = _spec(
    "skp_draft_deadline",
    "Last day for the employee to draft the SKP; after it the performance manager drafts and "
    "sets it.",
)
"""Parameter: the SKP drafting deadline (national: 14 January, the end of the second week)."""

SKP_DEADLINE = _spec("skp_deadline", "Last day for the SKP to be set (ditetapkan).")
"""Parameter: the SKP deadline (national: end of January of the performance year)."""

ANNUAL_EVALUATION_DATE = _spec(
    "annual_evaluation_date", "When the annual performance evaluation is held."
)
"""Parameter: when the annual evaluation is held (national: end of December)."""

ANNUAL_EVALUATION_DEADLINE = _spec(
    "annual_evaluation_deadline", "The latest date for the annual performance evaluation."
)
"""Parameter: the latest date for the annual evaluation (national: end of January, next year)."""

EVALUATION_REPORT_DEADLINE = _spec(
    "evaluation_report_deadline", "Last day to report the annual performance evaluation."
)
"""Parameter: the reporting deadline (national: end of February of the next year)."""

_PERMENPANRB_8_2021 = "PermenPANRB 8/2021"
_PERMENPANRB_6_2022 = "PermenPANRB 6/2022"
_PP_30_2019 = "PP 30/2019"
_PP_46_2011 = "PP 46/2011 + Perka BKN 1/2013"
_PLANNING = "Lampiran (perencanaan kinerja / penyusunan dan penetapan SKP)"
_FROM_8_2021 = date(2021, 7, 1)
_FROM_6_2022 = date(2022, 2, 3)
_KEPT_BY_6_2022 = (
    "Believed kept by PermenPANRB 6/2022 (set 3 February 2022); the 2022 text was not seen."
)

_END_OF_JANUARY = DeadlineRule(1)
_SECOND_WEEK_OF_JANUARY = DeadlineRule(1, 14)
_END_OF_DECEMBER = DeadlineRule(12)
_END_OF_JANUARY_NEXT = DeadlineRule(1, years_after=1)
_END_OF_FEBRUARY_NEXT = DeadlineRule(2, years_after=1)

_SECOND_WEEK_NOTE = (
    "The lampiran says 'minggu kedua bulan Januari'; kinerja-core reads the second week as "
    "calendar days 8-14, so the deadline is 14 January."
)
_PP46_EVALUATION_NOTE = (
    "Annual appraisal at the end of December, at the latest the end of January of the next "
    "year; the article was not seen, secondary sources agree."
)

NATIONAL_PARAMETERS = (
    Parameter(
        SKP_DRAFT_DEADLINE,
        [
            Version(
                _FROM_8_2021,
                _SECOND_WEEK_OF_JANUARY,
                Citation(
                    _PERMENPANRB_8_2021,
                    _PLANNING,
                    _SECOND_WEEK_NOTE + " The rule itself is [P]; the day is a policy choice.",
                    confidence=Confidence.POLICY_CHOICE,
                ),
            ),
            Version(
                _FROM_6_2022,
                _SECOND_WEEK_OF_JANUARY,
                Citation(
                    _PERMENPANRB_6_2022,
                    "Pengelolaan kinerja: perencanaan (text not seen)",
                    _KEPT_BY_6_2022 + " " + _SECOND_WEEK_NOTE,
                    confidence=Confidence.UNCONFIRMED,
                ),
            ),
        ],
    ),
    Parameter(
        SKP_DEADLINE,
        [
            Version(
                _FROM_8_2021,
                _END_OF_JANUARY,
                Citation(
                    _PERMENPANRB_8_2021,
                    _PLANNING,
                    "SKP is set each year no later than the end of January.",
                ),
            ),
            Version(
                _FROM_6_2022,
                _END_OF_JANUARY,
                Citation(
                    _PERMENPANRB_6_2022,
                    "Pengelolaan kinerja: perencanaan (text not seen)",
                    _KEPT_BY_6_2022,
                    confidence=Confidence.UNCONFIRMED,
                ),
            ),
        ],
    ),
    Parameter(
        ANNUAL_EVALUATION_DATE,
        [
            Version(
                date(2014, 1, 1),
                _END_OF_DECEMBER,
                Citation(
                    _PP_46_2011,
                    "penilaian prestasi kerja tahunan (article not seen)",
                    _PP46_EVALUATION_NOTE,
                    confidence=Confidence.SECONDARY,
                ),
            ),
            Version(
                _FROM_8_2021,
                _END_OF_DECEMBER,
                Citation(
                    _PP_30_2019,
                    "Pasal 42 ayat (1)",
                    "Annual performance appraisal at the end of December.",
                ),
            ),
        ],
    ),
    Parameter(
        ANNUAL_EVALUATION_DEADLINE,
        [
            Version(
                date(2014, 1, 1),
                _END_OF_JANUARY_NEXT,
                Citation(
                    _PP_46_2011,
                    "penilaian prestasi kerja tahunan (article not seen)",
                    _PP46_EVALUATION_NOTE,
                    confidence=Confidence.SECONDARY,
                ),
            ),
            Version(
                _FROM_8_2021,
                _END_OF_JANUARY_NEXT,
                Citation(
                    _PP_30_2019,
                    "Pasal 42 ayat (1)",
                    "At the latest the end of January of the following year.",
                ),
            ),
        ],
    ),
    Parameter(
        EVALUATION_REPORT_DEADLINE,
        [
            Version(
                _FROM_8_2021,
                _END_OF_FEBRUARY_NEXT,
                Citation(
                    _PP_30_2019,
                    "Pasal 51",
                    "Report by the end of February; read as February of the year after the "
                    "performance year, since the appraisal itself may run to the end of January.",
                ),
            ),
        ],
    ),
)


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
class DeadlineOutcome:
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

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data."""
        return {
            "kind": self.kind.value,
            "year": self.year,
            "deadline": self.deadline.isoformat(),
            "explanation": self.explanation.to_dict(),
        }


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
