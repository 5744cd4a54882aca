"""Vocabulary and parameter specs of the performance sanctions (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.discipline`; the rules that read them are in
`kinerja_core.discipline.sanctions`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import attrs

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import (
    a_bool,
    an_optional_date,
    check_whole,
    member_of,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Lang, check_lang
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import LookupMatrix, matrix_check
from kinerja_core.discipline.absence_specs import PositionKind
from kinerja_core.performance.ratings import Predicate

__all__ = [
    "IMPROVEMENT_PERIOD_MONTHS",
    "OBJECTION_WINDOW",
    "SANCTION_PREDICATES",
    "TEMPORARY_PLACEMENT_MONTHS",
    "DayCount",
    "ObjectionWindow",
    "SanctionCase",
    "SanctionGroup",
    "SanctionStage",
]

PP_30_2019 = "PP 30/2019"

SANCTIONS_FROM = date(2021, 7, 1)
"""The date of the national versions: the library applies PP 30/2019's appraisal from
1 July 2021 (PermenPANRB 8/2021); its Pasal 56-59 carry on under PermenPANRB 6/2022."""


class SanctionGroup(LabelledEnum):
    """Which article of PP 30/2019 sanctions an employee: Pasal 57 (JPT) or Pasal 58."""

    SENIOR_EXECUTIVE = "Pejabat Pimpinan Tinggi"
    ADMINISTRATION_AND_FUNCTIONAL = "Pejabat Administrasi dan Pejabat Fungsional"

    @classmethod
    def _english(cls) -> dict[SanctionGroup, str]:
        return {
            cls.SENIOR_EXECUTIVE: "Senior executives (JPT, Pasal 57)",
            cls.ADMINISTRATION_AND_FUNCTIONAL: "Administration and functional (Pasal 58)",
        }

    @classmethod
    def of(cls, position: PositionKind) -> SanctionGroup:
        """The group of a position kind (pelaksana belongs to jabatan administrasi).

        Args:
            position: The kind of position.

        Returns:
            The group.
        """
        if position is PositionKind.SENIOR_EXECUTIVE:
            return cls.SENIOR_EXECUTIVE
        return cls.ADMINISTRATION_AND_FUNCTIONAL


class SanctionStage(LabelledEnum):
    """The follow-up stage of PP 30/2019 Pasal 57-58 an employee is in."""

    NONE = "Tidak Ada"
    IMPROVEMENT_PERIOD = "Kesempatan Perbaikan Kinerja"
    COMPETENCY_RETEST = "Uji Kompetensi Kembali"
    REASSIGNMENT = "Pemindahan ke Jabatan Lain atau Lebih Rendah"
    TEMPORARY_PLACEMENT = "Penempatan Sementara"
    DISMISSAL_PROPOSAL = "Usul Pemberhentian dengan Hormat"

    @classmethod
    def _english(cls) -> dict[SanctionStage, str]:
        return {
            cls.NONE: "None",
            cls.IMPROVEMENT_PERIOD: "Improvement period",
            cls.COMPETENCY_RETEST: "Competency re-test",
            cls.REASSIGNMENT: "Move to another or a lower position",
            cls.TEMPORARY_PLACEMENT: "Temporary placement",
            cls.DISMISSAL_PROPOSAL: "Proposal of honourable dismissal",
        }


class DayCount(LabelledEnum):
    """How the days of a time limit are counted."""

    CALENDAR_DAYS = "hari kalender"
    WORKING_DAYS = "hari kerja"

    @classmethod
    def _english(cls) -> dict[DayCount, str]:
        return {cls.CALENDAR_DAYS: "calendar days", cls.WORKING_DAYS: "working days"}


@attrs.frozen
class ObjectionWindow(Document):
    """The time limit for an objection: a number of days and how they are counted.

    Attributes:
        days: The number of days (counted from the day after notification).
        count: Calendar or working days.
    """

    days: int = attrs.field()
    count: DayCount = attrs.field(validator=member_of(DayCount))

    @days.validator
    def _check_days(self, attribute: attrs.Attribute[Any], value: object) -> None:
        check_whole(value, field="days", low=1, high=366)

    def label(self, lang: Lang) -> str:
        """E.g. `"14 hari kalender"`."""
        checked = check_lang(lang)
        return f"{self.days} {self.count.label(checked)}"


@attrs.frozen
class SanctionCase(Document):
    """The facts of an employee's performance-sanction path (PP 30/2019 Pasal 56-58).

    Attributes:
        position: The kind of position held in the appraised year.
        year: The appraised year.
        predicate: The annual predikat of that year (PP 30/2019's Cukup, Kurang and Sangat
            Kurang read as Butuh Perbaikan, Kurang/Misconduct and Sangat Kurang).
        target_missed: Whether the performance target was missed for the year (a condition for
            JPT, Pasal 57).
        force_majeure: Whether conditions were not normal (force majeure): Pasal 57-58 apply
            under normal conditions only.
        improvement_start: The first day of the 6-month improvement period, once set.
        retest_passed: The result of the competency re-test (`None`: not yet known).
        vacancy: Whether a suitable (other or lower) position is vacant (`None`: not known).
        placement_start: The first day of a temporary placement, once made.

    Examples:
        >>> SanctionCase(PositionKind.FUNCTIONAL, 2023, Predicate.POOR).target_missed
        False
    """

    __document_top__ = True

    position: PositionKind = attrs.field(validator=member_of(PositionKind))
    year: int = attrs.field()
    predicate: Predicate = attrs.field(validator=member_of(Predicate))
    target_missed: bool = attrs.field(default=False, validator=a_bool, kw_only=True)
    force_majeure: bool = attrs.field(default=False, validator=a_bool, kw_only=True)
    improvement_start: date | None = attrs.field(
        default=None, validator=an_optional_date, kw_only=True
    )
    retest_passed: bool | None = attrs.field(default=None, kw_only=True)
    vacancy: bool | None = attrs.field(default=None, kw_only=True)
    placement_start: date | None = attrs.field(
        default=None, validator=an_optional_date, kw_only=True
    )

    @year.validator
    def _check_year(self, attribute: attrs.Attribute[Any], value: object) -> None:
        check_whole(value, field="year", low=2014, high=9999)

    @retest_passed.validator
    @vacancy.validator
    def _optional_bool(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, bool):
            raise InvalidValueError(
                attribute.name,
                value,
                "must be True, False or None (not known)",
                reason_id="harus True, False atau None (belum diketahui)",
                code="wrong_type",
            )

    def __attrs_post_init__(self) -> None:
        if self.improvement_start is not None and self.improvement_start.year <= self.year:
            raise InvalidValueError(
                "improvement_start",
                self.improvement_start,
                f"must be after the appraised year {self.year}",
                reason_id=f"harus sesudah tahun yang dinilai ({self.year})",
                code="out_of_order",
            )
        if self.placement_start is not None and (
            self.improvement_start is None or self.placement_start <= self.improvement_start
        ):
            raise InvalidValueError(
                "placement_start",
                self.placement_start,
                "needs an earlier improvement_start (a placement follows the re-test)",
                reason_id="memerlukan improvement_start yang lebih awal (penempatan menyusul uji "
                "kompetensi)",
                code="out_of_order",
            )


SANCTION_PREDICATES: ParameterSpec[LookupMatrix[bool]] = ParameterSpec(
    "sanction_predicates",
    "Whether an annual predikat starts the sanction path, per group (PP 30/2019 Pasal 57-58).",
    matrix_check("sanction_predicates", (SanctionGroup, Predicate), bool),
)
"""Parameter: a [`LookupMatrix`][kinerja_core.core.LookupMatrix] from (group, predikat) to
whether the predikat starts the path (for JPT, together with a missed target)."""


def _check_months(name: str) -> Callable[[object], int]:
    def check(value: object) -> int:
        return check_whole(value, field=name, low=1, high=60)

    return check


IMPROVEMENT_PERIOD_MONTHS: ParameterSpec[int] = ParameterSpec(
    "improvement_period_months",
    "Months given to improve before the competency re-test (PP 30/2019 Pasal 57-58).",
    _check_months("improvement_period_months"),
)
"""Parameter: 6 months (PP 30/2019 Pasal 57-58)."""

TEMPORARY_PLACEMENT_MONTHS: ParameterSpec[int] = ParameterSpec(
    "temporary_placement_months",
    "The longest temporary placement when no position is vacant (PP 30/2019 Pasal 58).",
    _check_months("temporary_placement_months"),
)
"""Parameter: 12 months (1 year, PP 30/2019 Pasal 58)."""


def _check_window(value: object) -> ObjectionWindow:
    if isinstance(value, ObjectionWindow):
        return value
    raise InvalidValueError(
        "objection_window",
        value,
        "must be an ObjectionWindow",
        reason_id="harus berupa ObjectionWindow",
        code="wrong_type",
    )


OBJECTION_WINDOW: ParameterSpec[ObjectionWindow] = ParameterSpec(
    "objection_window",
    "The time limit for an objection to a performance appraisal (PP 30/2019 Pasal 59).",
    _check_window,
)
"""Parameter: 14 days (Pasal 59); calendar days is a policy choice (the text says "14 hari")."""
