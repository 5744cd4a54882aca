"""The 2022 performance cycle: PermenPANRB 6/2022, with PermenPANRB 8/2021's achievement formulas.

Indicators and targets, achievement, aggregation over periods, plans (SKP) and cascading,
BerAKHLAK behaviour, the work-result rating, the predikat and the evaluation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.performance.achievement_formulas import (
        AchievementOutcome,
        PeriodicAchievement,
        explain_achievement,
    )
    from kinerja_core.performance.achievement_formulas_specs import (
        ACHIEVEMENT_FORMULA,
        ACHIEVEMENT_LIMITS,
        ZERO_TARGET_ACHIEVEMENT,
        AchievementFormula,
        AchievementLimits,
        ZeroTargetAchievement,
    )
    from kinerja_core.performance.aggregation import (
        AggregatedRealisation,
        AggregateOutcome,
        MissingPeriods,
        PeriodicRealisation,
        PeriodicSeries,
        aggregate_realisations,
        annual_achievement,
        periodic_series,
    )
    from kinerja_core.performance.behaviour import (
        BehaviourAssessment,
        BehaviourOutcome,
        assess_behaviour,
        behaviour_guides,
        explain_behaviour_rating,
    )
    from kinerja_core.performance.behaviour_specs import (
        BEHAVIOUR_AGGREGATION,
        BEHAVIOUR_GUIDES,
        BEHAVIOUR_SCORES,
        BehaviourAggregation,
        SpecialExpectations,
    )
    from kinerja_core.performance.cascading import (
        Cascade,
        CascadeLink,
        CascadeNode,
        RollUp,
        cascade_from_plans,
        roll_up,
        unlinked_indicators,
        unsupported_indicators,
    )
    from kinerja_core.performance.evaluation import evaluate_performance
    from kinerja_core.performance.evaluation_specs import (
        ANNUAL_PREDICATE_RULE,
        EXEMPTIONS,
        AnnualRule,
    )
    from kinerja_core.performance.indicators import (
        IndicatorLevel,
    )
    from kinerja_core.performance.plans import (
        ItemAchievement,
        plan_problems,
    )
    from kinerja_core.performance.predicate import PredicateOutcome, explain_performance_predicate
    from kinerja_core.performance.predicate_specs import PREDICATE_MATRIX, PredicateMatrix
    from kinerja_core.performance.ratings import (
        normalise_label,
    )
    from kinerja_core.performance.work_result import (
        WorkResultOutcome,
        explain_unit_head_work_result,
        explain_work_result_proposal,
        unit_head_work_result,
    )
    from kinerja_core.performance.work_result_specs import WORK_RESULT_BANDS, WorkResultBands

__all__ = [
    "ACHIEVEMENT_FORMULA",
    "ACHIEVEMENT_LIMITS",
    "ANNUAL_PREDICATE_RULE",
    "BEHAVIOUR_AGGREGATION",
    "BEHAVIOUR_GUIDES",
    "BEHAVIOUR_SCORES",
    "EXEMPTIONS",
    "PREDICATE_MATRIX",
    "WORK_RESULT_BANDS",
    "ZERO_TARGET_ACHIEVEMENT",
    "AchievementFormula",
    "AchievementLimits",
    "AchievementOutcome",
    "AggregateOutcome",
    "AggregatedRealisation",
    "AnnualRule",
    "BehaviourAggregation",
    "BehaviourAssessment",
    "BehaviourOutcome",
    "Cascade",
    "CascadeLink",
    "CascadeNode",
    "IndicatorLevel",
    "ItemAchievement",
    "MissingPeriods",
    "PeriodicAchievement",
    "PeriodicRealisation",
    "PeriodicSeries",
    "PredicateMatrix",
    "PredicateOutcome",
    "RollUp",
    "SpecialExpectations",
    "WorkResultBands",
    "WorkResultOutcome",
    "ZeroTargetAchievement",
    "aggregate_realisations",
    "annual_achievement",
    "assess_behaviour",
    "behaviour_guides",
    "cascade_from_plans",
    "evaluate_performance",
    "explain_achievement",
    "explain_behaviour_rating",
    "explain_performance_predicate",
    "explain_unit_head_work_result",
    "explain_work_result_proposal",
    "normalise_label",
    "periodic_series",
    "plan_problems",
    "roll_up",
    "unit_head_work_result",
    "unlinked_indicators",
    "unsupported_indicators",
]

_HOMES: dict[str, str] = {
    "ACHIEVEMENT_FORMULA": "kinerja_core.performance.achievement_formulas",
    "ACHIEVEMENT_LIMITS": "kinerja_core.performance.achievement_formulas",
    "ANNUAL_PREDICATE_RULE": "kinerja_core.performance.evaluation",
    "AchievementFormula": "kinerja_core.performance.achievement_formulas",
    "AchievementLimits": "kinerja_core.performance.achievement_formulas",
    "AchievementOutcome": "kinerja_core.performance.achievement_formulas",
    "PeriodicAchievement": "kinerja_core.performance.achievement_formulas",
    "AggregateOutcome": "kinerja_core.performance.aggregation",
    "AggregatedRealisation": "kinerja_core.performance.aggregation",
    "AnnualRule": "kinerja_core.performance.evaluation",
    "BEHAVIOUR_AGGREGATION": "kinerja_core.performance.behaviour",
    "BEHAVIOUR_GUIDES": "kinerja_core.performance.behaviour",
    "BEHAVIOUR_SCORES": "kinerja_core.performance.behaviour",
    "BehaviourAggregation": "kinerja_core.performance.behaviour",
    "BehaviourAssessment": "kinerja_core.performance.behaviour",
    "BehaviourOutcome": "kinerja_core.performance.behaviour",
    "Cascade": "kinerja_core.performance.cascading",
    "CascadeLink": "kinerja_core.performance.cascading",
    "CascadeNode": "kinerja_core.performance.cascading",
    "EXEMPTIONS": "kinerja_core.performance.evaluation",
    "IndicatorLevel": "kinerja_core.performance.indicators",
    "ItemAchievement": "kinerja_core.performance.plans",
    "MissingPeriods": "kinerja_core.performance.aggregation",
    "PREDICATE_MATRIX": "kinerja_core.performance.predicate",
    "PeriodicRealisation": "kinerja_core.performance.aggregation",
    "PeriodicSeries": "kinerja_core.performance.aggregation",
    "PredicateMatrix": "kinerja_core.performance.predicate",
    "PredicateOutcome": "kinerja_core.performance.predicate",
    "RollUp": "kinerja_core.performance.cascading",
    "SpecialExpectations": "kinerja_core.performance.behaviour",
    "WORK_RESULT_BANDS": "kinerja_core.performance.work_result",
    "WorkResultBands": "kinerja_core.performance.work_result",
    "WorkResultOutcome": "kinerja_core.performance.work_result",
    "ZERO_TARGET_ACHIEVEMENT": "kinerja_core.performance.achievement_formulas",
    "ZeroTargetAchievement": "kinerja_core.performance.achievement_formulas",
    "aggregate_realisations": "kinerja_core.performance.aggregation",
    "annual_achievement": "kinerja_core.performance.aggregation",
    "assess_behaviour": "kinerja_core.performance.behaviour",
    "behaviour_guides": "kinerja_core.performance.behaviour",
    "cascade_from_plans": "kinerja_core.performance.cascading",
    "evaluate_performance": "kinerja_core.performance.evaluation",
    "explain_achievement": "kinerja_core.performance.achievement_formulas",
    "explain_behaviour_rating": "kinerja_core.performance.behaviour",
    "explain_performance_predicate": "kinerja_core.performance.predicate",
    "explain_unit_head_work_result": "kinerja_core.performance.work_result",
    "explain_work_result_proposal": "kinerja_core.performance.work_result",
    "normalise_label": "kinerja_core.performance.ratings",
    "periodic_series": "kinerja_core.performance.aggregation",
    "plan_problems": "kinerja_core.performance.plans",
    "roll_up": "kinerja_core.performance.cascading",
    "unit_head_work_result": "kinerja_core.performance.work_result",
    "unlinked_indicators": "kinerja_core.performance.cascading",
    "unsupported_indicators": "kinerja_core.performance.cascading",
}
"""The module that defines each name (loaded on first use, so importing one module of the
namespace does not load all of them)."""


__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
