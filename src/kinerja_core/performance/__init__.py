"""The 2022 performance cycle: PermenPANRB 6/2022, with PermenPANRB 8/2021's achievement formulas.

Indicators and targets, achievement, aggregation over periods, plans (SKP) and cascading,
BerAKHLAK behaviour, the work-result rating, the predikat and the evaluation.
"""

from __future__ import annotations

from kinerja_core.performance.achievement_formulas import (
    ACHIEVEMENT_FORMULA,
    ACHIEVEMENT_LIMITS,
    ZERO_TARGET_ACHIEVEMENT,
    AchievementFormula,
    AchievementLimits,
    AchievementOutcome,
    ZeroTargetAchievement,
    explain_achievement,
)
from kinerja_core.performance.aggregation import (
    AggregateOutcome,
    MissingPeriods,
    PeriodicRealisation,
    PeriodicSeries,
    aggregate_realisations,
    annual_achievement,
    periodic_series,
)
from kinerja_core.performance.behaviour import (
    BEHAVIOUR_AGGREGATION,
    BEHAVIOUR_GUIDES,
    BEHAVIOUR_SCORES,
    BehaviourAggregation,
    BehaviourAssessment,
    BehaviourOutcome,
    SpecialExpectations,
    assess_behaviour,
    behaviour_guides,
    explain_behaviour_rating,
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
from kinerja_core.performance.evaluation import (
    ANNUAL_PREDICATE_RULE,
    EXEMPTIONS,
    AnnualRule,
    evaluate_performance,
)
from kinerja_core.performance.indicators import (
    IndicatorLevel,
)
from kinerja_core.performance.plans import (
    ItemAchievement,
    plan_problems,
)
from kinerja_core.performance.predicate import (
    PREDICATE_MATRIX,
    PredicateMatrix,
    PredicateOutcome,
    explain_performance_predicate,
)
from kinerja_core.performance.ratings import (
    normalise_label,
)
from kinerja_core.performance.work_result import (
    WORK_RESULT_BANDS,
    WorkResultBands,
    WorkResultOutcome,
    explain_unit_head_work_result,
    explain_work_result_proposal,
    unit_head_work_result,
)

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
