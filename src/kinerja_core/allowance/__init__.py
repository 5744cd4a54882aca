"""Allowance: TPP (Pemda) and tunjangan kinerja (ministries), per-institution dated rules.

An institution's rules are one [`AllowanceRules`][kinerja_core.allowance.AllowanceRules] value,
made of small cited parts, held by the institution-only parameter
[`ALLOWANCE_RULES`][kinerja_core.allowance.ALLOWANCE_RULES];
[`monthly_allowance`][kinerja_core.allowance.monthly_allowance] computes one month's
[`AllowanceBreakdown`][kinerja_core.allowance.AllowanceBreakdown] in whole rupiah from the base
amount, the predikat and an [`AttendanceRecord`][kinerja_core.allowance.AttendanceRecord]. The
sets the domain reference gives ship as data (`PERMENLU_3_2025`, `KAB_JEMBRANA`, ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.allowance.allowance_specs import (
        ALLOWANCE_RULES,
        AllowanceComponent,
        AllowanceRules,
        BpjsShares,
        ComponentWeights,
        ConsecutiveAbsence,
        CutCap,
        EmploymentState,
        FactorKind,
        MinuteBand,
        MinuteBands,
        PerOccurrence,
        PredicateFactors,
        PredicateLag,
        Rounding,
        RoundingMode,
        ScoreBand,
        SpecialStates,
    )
    from kinerja_core.allowance.monthly import (
        AllowanceBreakdown,
        AllowanceLine,
        AllowanceLineKind,
        AttendanceRecord,
        monthly_allowance,
        performance_period,
    )
    from kinerja_core.allowance.sets import (
        JAWA_TIMUR_STYLE,
        KAB_JEMBRANA,
        PEMDA_60_40_STYLE,
        PERBAN_BAKAMLA_1_2023,
        PERBAN_BGN_4_2025,
        PERMEN_LHK_6_2024,
        PERMENDIKDASMEN_14_2025,
        PERMENHAN_7_2014,
        PERMENLU_3_2025,
        PERMENTAN_20_2025,
        PERMENTAN_68_2012,
        SHIPPED_SETS,
    )

_SPECS = "kinerja_core.allowance.allowance_specs"
_MONTHLY = "kinerja_core.allowance.monthly"
_SETS = "kinerja_core.allowance.sets"

_HOMES: dict[str, str] = {
    "ALLOWANCE_RULES": _SPECS,
    "AllowanceComponent": _SPECS,
    "AllowanceRules": _SPECS,
    "BpjsShares": _SPECS,
    "ComponentWeights": _SPECS,
    "ConsecutiveAbsence": _SPECS,
    "CutCap": _SPECS,
    "EmploymentState": _SPECS,
    "FactorKind": _SPECS,
    "MinuteBand": _SPECS,
    "MinuteBands": _SPECS,
    "PerOccurrence": _SPECS,
    "PredicateFactors": _SPECS,
    "PredicateLag": _SPECS,
    "Rounding": _SPECS,
    "RoundingMode": _SPECS,
    "ScoreBand": _SPECS,
    "SpecialStates": _SPECS,
    "AllowanceBreakdown": _MONTHLY,
    "AllowanceLine": _MONTHLY,
    "AllowanceLineKind": _MONTHLY,
    "AttendanceRecord": _MONTHLY,
    "monthly_allowance": _MONTHLY,
    "performance_period": _MONTHLY,
    "JAWA_TIMUR_STYLE": _SETS,
    "KAB_JEMBRANA": _SETS,
    "PEMDA_60_40_STYLE": _SETS,
    "PERBAN_BAKAMLA_1_2023": _SETS,
    "PERBAN_BGN_4_2025": _SETS,
    "PERMEN_LHK_6_2024": _SETS,
    "PERMENDIKDASMEN_14_2025": _SETS,
    "PERMENHAN_7_2014": _SETS,
    "PERMENLU_3_2025": _SETS,
    "PERMENTAN_20_2025": _SETS,
    "PERMENTAN_68_2012": _SETS,
    "SHIPPED_SETS": _SETS,
}
"""The module that defines each name (loaded on first use)."""

__all__ = [
    "ALLOWANCE_RULES",
    "JAWA_TIMUR_STYLE",
    "KAB_JEMBRANA",
    "PEMDA_60_40_STYLE",
    "PERBAN_BAKAMLA_1_2023",
    "PERBAN_BGN_4_2025",
    "PERMENDIKDASMEN_14_2025",
    "PERMENHAN_7_2014",
    "PERMENLU_3_2025",
    "PERMENTAN_20_2025",
    "PERMENTAN_68_2012",
    "PERMEN_LHK_6_2024",
    "SHIPPED_SETS",
    "AllowanceBreakdown",
    "AllowanceComponent",
    "AllowanceLine",
    "AllowanceLineKind",
    "AllowanceRules",
    "AttendanceRecord",
    "BpjsShares",
    "ComponentWeights",
    "ConsecutiveAbsence",
    "CutCap",
    "EmploymentState",
    "FactorKind",
    "MinuteBand",
    "MinuteBands",
    "PerOccurrence",
    "PredicateFactors",
    "PredicateLag",
    "Rounding",
    "RoundingMode",
    "ScoreBand",
    "SpecialStates",
    "monthly_allowance",
    "performance_period",
]

__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
