"""Discipline: disciplinary penalties (PP 94/2021, PP 53/2010) and performance sanctions.

The vocabulary ([`Penalty`][kinerja_core.discipline.Penalty],
[`PenaltyLevel`][kinerja_core.discipline.PenaltyLevel]) and penalty histories
([`PenaltyRecord`][kinerja_core.discipline.PenaltyRecord]), which the careers rules read;
the penalty for unexcused absence
([`absence_sanction`][kinerja_core.discipline.absence_sanction], on the dated PP 53/2010 and
PP 94/2021 tables); and the performance-sanction path of PP 30/2019 Pasal 56-59
([`performance_sanction`][kinerja_core.discipline.performance_sanction],
[`objection_deadline`][kinerja_core.discipline.objection_deadline]).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.discipline.absence import (
        AbsenceSanction,
        absence_sanction,
        absent_days_from_minutes,
    )
    from kinerja_core.discipline.absence_specs import (
        ABSENCE_PENALTIES,
        CONSECUTIVE_ABSENCE_RULE,
        MINUTE_REMAINDER_RULE,
        MINUTES_PER_ABSENT_DAY,
        MODERATE_PENALTIES,
        MODERATE_PENALTY_FORM,
        NON_OFFICIAL_ABSENCE_RULE,
        AbsenceRow,
        ConsecutiveAbsenceRule,
        MinuteRemainderRule,
        ModerateBand,
        ModeratePenaltyForm,
        NonOfficialAbsenceRule,
        PenaltyTerm,
        PositionKind,
    )
    from kinerja_core.discipline.penalties import Penalty, PenaltyLevel, PenaltyRecord
    from kinerja_core.discipline.sanctions import (
        SanctionAssessment,
        objection_deadline,
        performance_sanction,
    )
    from kinerja_core.discipline.sanctions_specs import (
        IMPROVEMENT_PERIOD_MONTHS,
        OBJECTION_WINDOW,
        SANCTION_PREDICATES,
        TEMPORARY_PLACEMENT_MONTHS,
        DayCount,
        ObjectionWindow,
        SanctionCase,
        SanctionGroup,
        SanctionStage,
    )

_HOMES: dict[str, str] = {
    "Penalty": "kinerja_core.discipline.penalties",
    "PenaltyLevel": "kinerja_core.discipline.penalties",
    "PenaltyRecord": "kinerja_core.discipline.penalties",
    "AbsenceSanction": "kinerja_core.discipline.absence",
    "absence_sanction": "kinerja_core.discipline.absence",
    "absent_days_from_minutes": "kinerja_core.discipline.absence",
    "SanctionAssessment": "kinerja_core.discipline.sanctions",
    "objection_deadline": "kinerja_core.discipline.sanctions",
    "performance_sanction": "kinerja_core.discipline.sanctions",
    **dict.fromkeys(
        (
            "ABSENCE_PENALTIES",
            "CONSECUTIVE_ABSENCE_RULE",
            "MINUTE_REMAINDER_RULE",
            "MINUTES_PER_ABSENT_DAY",
            "MODERATE_PENALTIES",
            "MODERATE_PENALTY_FORM",
            "NON_OFFICIAL_ABSENCE_RULE",
            "AbsenceRow",
            "ConsecutiveAbsenceRule",
            "MinuteRemainderRule",
            "ModerateBand",
            "ModeratePenaltyForm",
            "NonOfficialAbsenceRule",
            "PenaltyTerm",
            "PositionKind",
        ),
        "kinerja_core.discipline.absence_specs",
    ),
    **dict.fromkeys(
        (
            "IMPROVEMENT_PERIOD_MONTHS",
            "OBJECTION_WINDOW",
            "SANCTION_PREDICATES",
            "TEMPORARY_PLACEMENT_MONTHS",
            "DayCount",
            "ObjectionWindow",
            "SanctionCase",
            "SanctionGroup",
            "SanctionStage",
        ),
        "kinerja_core.discipline.sanctions_specs",
    ),
}
"""The module that defines each name (loaded on first use)."""

__all__ = [
    "ABSENCE_PENALTIES",
    "CONSECUTIVE_ABSENCE_RULE",
    "IMPROVEMENT_PERIOD_MONTHS",
    "MINUTES_PER_ABSENT_DAY",
    "MINUTE_REMAINDER_RULE",
    "MODERATE_PENALTIES",
    "MODERATE_PENALTY_FORM",
    "NON_OFFICIAL_ABSENCE_RULE",
    "OBJECTION_WINDOW",
    "SANCTION_PREDICATES",
    "TEMPORARY_PLACEMENT_MONTHS",
    "AbsenceRow",
    "AbsenceSanction",
    "ConsecutiveAbsenceRule",
    "DayCount",
    "MinuteRemainderRule",
    "ModerateBand",
    "ModeratePenaltyForm",
    "NonOfficialAbsenceRule",
    "ObjectionWindow",
    "Penalty",
    "PenaltyLevel",
    "PenaltyRecord",
    "PenaltyTerm",
    "PositionKind",
    "SanctionAssessment",
    "SanctionCase",
    "SanctionGroup",
    "SanctionStage",
    "absence_sanction",
    "absent_days_from_minutes",
    "objection_deadline",
    "performance_sanction",
]

__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
