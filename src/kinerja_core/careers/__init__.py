"""Careers: angka kredit, kenaikan pangkat and jenjang, KGB, Satyalancana Karya Satya, rewards.

Every eligibility question answers with one type,
[`Eligibility`][kinerja_core.careers.Eligibility], made of
[`Condition`][kinerja_core.careers.Condition]s.

- Angka kredit (PermenPANRB 1/2023, Peraturan BKN 3/2023):
  [`credit_points`][kinerja_core.careers.credit_points] converts a predikat at a
  [`FunctionalLevel`][kinerja_core.careers.FunctionalLevel];
  [`credit_requirement`][kinerja_core.careers.credit_requirement] gives the cumulative AK a
  jenjang needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.careers.credit_specs import (
        APPOINTMENT_CREDIT,
        CREDIT_COEFFICIENTS,
        CREDIT_PERCENTAGES,
        CREDIT_PLACES,
        CREDIT_REQUIREMENTS,
        CREDIT_YEAR_RULE,
        EDUCATION_CREDIT,
        SURPLUS_AFTER_LEVEL_PROMOTION,
        SURPLUS_AFTER_RANK_PROMOTION,
        AppointmentCredit,
        CreditRequirement,
        CreditYearRule,
        EducationCreditBase,
        EducationCreditRule,
        FunctionalCategory,
        FunctionalLevel,
        Rank,
        Surplus,
    )
    from kinerja_core.careers.credits import credit_points, credit_requirement
    from kinerja_core.careers.eligibility import Condition, Eligibility
    from kinerja_core.careers.history import YearResult
    from kinerja_core.careers.ledger import (
        CreditEntry,
        CreditLedger,
        CreditPeriod,
        CreditSource,
        PromotionKind,
        appointment_credit_points,
        education_credit_points,
        initial_credit_points,
        ledger_after_promotion,
        year_credit_points,
    )
    from kinerja_core.careers.medals import service_medal
    from kinerja_core.careers.promotion_specs import (
        LEVEL_PROMOTION_RULE,
        PP30_SCALE,
        PP46_SCALE,
        PPPK_SALARY_STEP_RULE,
        PROMOTION_DATES,
        PROMOTION_ROUTES,
        REWARD_RULES,
        SALARY_STEP_MINIMUM,
        SALARY_STEP_RULE,
        SERVICE_MEDAL_YEARS,
        LevelPromotionRule,
        PromotionRoute,
        Reward,
        RewardRule,
        RouteRule,
        SalaryStepRule,
        ServiceMedal,
    )
    from kinerja_core.careers.promotions import (
        level_promotion,
        next_promotion_date,
        rank_promotion,
    )
    from kinerja_core.careers.rewards import reward_eligibility
    from kinerja_core.careers.salary import (
        SalaryStepSchedule,
        exceptional_salary_step,
        postponed_salary_step,
        pppk_salary_step,
        salary_step,
    )

_SPECS = "kinerja_core.careers.credit_specs"
_CREDITS = "kinerja_core.careers.credits"
_LEDGER = "kinerja_core.careers.ledger"
_PROMOTION_SPECS = "kinerja_core.careers.promotion_specs"
_PROMOTIONS = "kinerja_core.careers.promotions"
_SALARY = "kinerja_core.careers.salary"

_HOMES: dict[str, str] = {
    "APPOINTMENT_CREDIT": _SPECS,
    "CREDIT_COEFFICIENTS": _SPECS,
    "CREDIT_PERCENTAGES": _SPECS,
    "CREDIT_PLACES": _SPECS,
    "CREDIT_REQUIREMENTS": _SPECS,
    "CREDIT_YEAR_RULE": _SPECS,
    "EDUCATION_CREDIT": _SPECS,
    "SURPLUS_AFTER_LEVEL_PROMOTION": _SPECS,
    "SURPLUS_AFTER_RANK_PROMOTION": _SPECS,
    "AppointmentCredit": _SPECS,
    "Condition": "kinerja_core.careers.eligibility",
    "CreditRequirement": _SPECS,
    "CreditYearRule": _SPECS,
    "EducationCreditBase": _SPECS,
    "EducationCreditRule": _SPECS,
    "Eligibility": "kinerja_core.careers.eligibility",
    "FunctionalCategory": _SPECS,
    "FunctionalLevel": _SPECS,
    "Rank": _SPECS,
    "Surplus": _SPECS,
    "CreditEntry": _LEDGER,
    "CreditLedger": _LEDGER,
    "CreditPeriod": _LEDGER,
    "CreditSource": _LEDGER,
    "PromotionKind": _LEDGER,
    "appointment_credit_points": _LEDGER,
    "education_credit_points": _LEDGER,
    "initial_credit_points": _LEDGER,
    "ledger_after_promotion": _LEDGER,
    "year_credit_points": _LEDGER,
    "LEVEL_PROMOTION_RULE": _PROMOTION_SPECS,
    "LevelPromotionRule": _PROMOTION_SPECS,
    "PP30_SCALE": _PROMOTION_SPECS,
    "PP46_SCALE": _PROMOTION_SPECS,
    "PROMOTION_DATES": _PROMOTION_SPECS,
    "PROMOTION_ROUTES": _PROMOTION_SPECS,
    "PromotionRoute": _PROMOTION_SPECS,
    "RouteRule": _PROMOTION_SPECS,
    "YearResult": "kinerja_core.careers.history",
    "level_promotion": _PROMOTIONS,
    "next_promotion_date": _PROMOTIONS,
    "rank_promotion": _PROMOTIONS,
    "PPPK_SALARY_STEP_RULE": _PROMOTION_SPECS,
    "SALARY_STEP_MINIMUM": _PROMOTION_SPECS,
    "SALARY_STEP_RULE": _PROMOTION_SPECS,
    "SalaryStepRule": _PROMOTION_SPECS,
    "SalaryStepSchedule": _SALARY,
    "exceptional_salary_step": _SALARY,
    "postponed_salary_step": _SALARY,
    "pppk_salary_step": _SALARY,
    "salary_step": _SALARY,
    "REWARD_RULES": _PROMOTION_SPECS,
    "Reward": _PROMOTION_SPECS,
    "RewardRule": _PROMOTION_SPECS,
    "reward_eligibility": "kinerja_core.careers.rewards",
    "SERVICE_MEDAL_YEARS": _PROMOTION_SPECS,
    "ServiceMedal": _PROMOTION_SPECS,
    "service_medal": "kinerja_core.careers.medals",
    "credit_points": _CREDITS,
    "credit_requirement": _CREDITS,
}
"""The module that defines each name (loaded on first use)."""

__all__ = [
    "APPOINTMENT_CREDIT",
    "CREDIT_COEFFICIENTS",
    "CREDIT_PERCENTAGES",
    "CREDIT_PLACES",
    "CREDIT_REQUIREMENTS",
    "CREDIT_YEAR_RULE",
    "EDUCATION_CREDIT",
    "LEVEL_PROMOTION_RULE",
    "PP30_SCALE",
    "PP46_SCALE",
    "PPPK_SALARY_STEP_RULE",
    "PROMOTION_DATES",
    "PROMOTION_ROUTES",
    "REWARD_RULES",
    "SALARY_STEP_MINIMUM",
    "SALARY_STEP_RULE",
    "SERVICE_MEDAL_YEARS",
    "SURPLUS_AFTER_LEVEL_PROMOTION",
    "SURPLUS_AFTER_RANK_PROMOTION",
    "AppointmentCredit",
    "Condition",
    "CreditEntry",
    "CreditLedger",
    "CreditPeriod",
    "CreditRequirement",
    "CreditSource",
    "CreditYearRule",
    "EducationCreditBase",
    "EducationCreditRule",
    "Eligibility",
    "FunctionalCategory",
    "FunctionalLevel",
    "LevelPromotionRule",
    "PromotionKind",
    "PromotionRoute",
    "Rank",
    "Reward",
    "RewardRule",
    "RouteRule",
    "SalaryStepRule",
    "SalaryStepSchedule",
    "ServiceMedal",
    "Surplus",
    "YearResult",
    "appointment_credit_points",
    "credit_points",
    "credit_requirement",
    "education_credit_points",
    "exceptional_salary_step",
    "initial_credit_points",
    "ledger_after_promotion",
    "level_promotion",
    "next_promotion_date",
    "postponed_salary_step",
    "pppk_salary_step",
    "rank_promotion",
    "reward_eligibility",
    "salary_step",
    "service_medal",
    "year_credit_points",
]

__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
