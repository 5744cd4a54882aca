"""kinerja-core: Indonesian civil-service (ASN) performance-management rules, exact and explained.

The everyday names are here: the national policy and its rules, the vocabulary, the value types,
the entry points and their results, and the errors. Everything else has its home in a documented
namespace:

- [`kinerja_core.core`][kinerja_core.core]: exact numbers, citations, explanations, parameters,
  band tables and matrices;
- [`kinerja_core.performance`][kinerja_core.performance]: the 2022 performance cycle (indicators,
  achievement, plans, cascading, behaviour, work result, predikat, evaluation);
- [`kinerja_core.periods`][kinerja_core.periods]: periods, calendars, employment, deadlines;
- [`kinerja_core.regimes`][kinerja_core.regimes]: which regime applies when;
- [`kinerja_core.legacy`][kinerja_core.legacy]: PP 46/2011 and PP 30/2019;
- [`kinerja_core.interop`][kinerja_core.interop]: SIASN codes;
- [`kinerja_core.careers`][kinerja_core.careers]: angka kredit, kenaikan pangkat, KGB,
  Satyalancana and the shared `Eligibility` answer;
- [`kinerja_core.discipline`][kinerja_core.discipline]: disciplinary penalties and performance
  sanctions;
- [`kinerja_core.talent`][kinerja_core.talent]: the talent 9-box and development
  recommendations;
- [`kinerja_core.allowance`][kinerja_core.allowance]: TPP / tunjangan kinerja rules per
  institution and the monthly computation;
- [`kinerja_core.organisation`][kinerja_core.organisation]: organisation performance (IKU
  achievement, SAKIP grade, organisation predikat, the distribution pattern and calibration);
- [`kinerja_core.population`][kinerja_core.population]: whole workforces under a policy (batch
  evaluation, policy comparison, DataFrames; extra `population`);
- [`kinerja_core.national`][kinerja_core.national]: the national policy's data;
- `kinerja_core.testing`: hypothesis strategies (extra `testing`) and synthetic workforces.

Names that lived here in 0.1 and moved to a namespace still work for one release, with a
`DeprecationWarning` naming their new home.
"""

from __future__ import annotations

import importlib
from typing import Any

from kinerja_core import (
    allowance,
    careers,
    core,
    discipline,
    interop,
    legacy,
    national,
    organisation,
    performance,
    periods,
    population,
    regimes,
    talent,
)
from kinerja_core._dispatch import (
    Case,
    evaluate,
)
from kinerja_core.core._deprecation import deprecated
from kinerja_core.core.documents import DocumentError
from kinerja_core.core.errors import (
    InvalidValueError,
    KinerjaError,
    RuleNotInForceError,
    UnknownLabelError,
    UnknownParameterError,
    ValidationError,
)
from kinerja_core.core.explain import (
    Explained,
    Explanation,
    explain,
)
from kinerja_core.core.law import (
    Citation,
    Confidence,
)
from kinerja_core.core.numbers import (
    parse_number,
    round_half_up,
    to_decimal,
)
from kinerja_core.core.parameters import (
    Policy,
    Rules,
    Version,
)
from kinerja_core.national import (
    NATIONAL,
)
from kinerja_core.performance.achievement_formulas import (
    achievement,
)
from kinerja_core.performance.behaviour import behaviour_rating
from kinerja_core.performance.behaviour_specs import BehaviourJudgement, CoreValue, RaterRole
from kinerja_core.performance.evaluation import Evaluation, PerformanceCase, annual_evaluation
from kinerja_core.performance.evaluation_specs import EvaluationStatus, Exemption
from kinerja_core.performance.indicators import (
    Aggregation,
    Indicator,
    Polarity,
    Target,
)
from kinerja_core.performance.plans import (
    PerformancePlan,
    PlanAchievement,
    PlanItem,
    plan_achievement,
    validate_plan,
)
from kinerja_core.performance.predicate import (
    performance_predicate,
)
from kinerja_core.performance.ratings import (
    Predicate,
    Rating,
)
from kinerja_core.performance.work_result import (
    propose_work_result_rating,
)
from kinerja_core.periods.employment import months_covered
from kinerja_core.periods.employment_specs import Employment
from kinerja_core.periods.period import (
    Period,
    PeriodKind,
)
from kinerja_core.regimes.timeline import regime_on
from kinerja_core.regimes.timeline_specs import Regime

__version__ = "0.1.0.dev0"

__all__ = [
    "NATIONAL",
    "Aggregation",
    "BehaviourJudgement",
    "Case",
    "Citation",
    "Confidence",
    "CoreValue",
    "DocumentError",
    "Employment",
    "Evaluation",
    "EvaluationStatus",
    "Exemption",
    "Explained",
    "Explanation",
    "Indicator",
    "InvalidValueError",
    "KinerjaError",
    "PerformanceCase",
    "PerformancePlan",
    "Period",
    "PeriodKind",
    "PlanAchievement",
    "PlanItem",
    "Polarity",
    "Policy",
    "Predicate",
    "RaterRole",
    "Rating",
    "Regime",
    "RuleNotInForceError",
    "Rules",
    "Target",
    "UnknownLabelError",
    "UnknownParameterError",
    "ValidationError",
    "Version",
    "__version__",
    "achievement",
    "allowance",
    "annual_evaluation",
    "behaviour_rating",
    "careers",
    "core",
    "discipline",
    "evaluate",
    "explain",
    "interop",
    "legacy",
    "months_covered",
    "national",
    "organisation",
    "parse_number",
    "performance",
    "performance_predicate",
    "periods",
    "plan_achievement",
    "population",
    "propose_work_result_rating",
    "regime_on",
    "regimes",
    "round_half_up",
    "talent",
    "to_decimal",
    "validate_plan",
]

_MOVED: dict[str, str] = {
    "ACHIEVEMENT_FORMULA": "performance",
    "ACHIEVEMENT_LIMITS": "performance",
    "ANNUAL_EVALUATION_DATE": "periods",
    "ANNUAL_EVALUATION_DEADLINE": "periods",
    "ANNUAL_PREDICATE_RULE": "performance",
    "AchievementFormula": "performance",
    "AchievementLimits": "performance",
    "AchievementOutcome": "performance",
    "AggregateOutcome": "performance",
    "AnnualRule": "performance",
    "BEHAVIOUR_AGGREGATION": "performance",
    "BEHAVIOUR_GUIDES": "performance",
    "BEHAVIOUR_SCORES": "performance",
    "Band": "core",
    "BandTable": "core",
    "BehaviourAggregation": "performance",
    "BehaviourOutcome": "performance",
    "Cascade": "performance",
    "CascadeLink": "performance",
    "CascadeNode": "performance",
    "DECIMAL_CONTEXT": "core",
    "Deadline": "periods",
    "DeadlineOutcome": "periods",
    "DeadlineRule": "periods",
    "EVALUATION_REPORT_DEADLINE": "periods",
    "EXACT_CONTEXT": "core",
    "EXEMPTIONS": "performance",
    "IndicatorLevel": "performance",
    "Interval": "core",
    "ItemAchievement": "performance",
    "Lang": "core",
    "LookupMatrix": "core",
    "MONTH_COUNT_RULE": "periods",
    "MissingPeriods": "performance",
    "MonthCountRule": "periods",
    "MonthsOutcome": "periods",
    "NO_HOLIDAYS": "periods",
    "NumberLike": "core",
    "PREDICATE_MATRIX": "performance",
    "Parameter": "core",
    "ParameterSpec": "core",
    "ParameterUse": "core",
    "Percent": "core",
    "PeriodicRealisation": "performance",
    "Pp30Case": "legacy",
    "Pp46Case": "legacy",
    "PredicateOutcome": "performance",
    "REGIME_TIMELINE": "regimes",
    "RegimeOutcome": "regimes",
    "RegimeSpan": "regimes",
    "Resolved": "core",
    "RollUp": "performance",
    "Rupiah": "core",
    "SATURDAY_AND_SUNDAY": "periods",
    "SIASN_PERIOD_CODES": "interop",
    "SIASN_PREDICATE_CODES": "interop",
    "SIASN_RATING_CODES": "interop",
    "SIASN_RATING_LABELS": "interop",
    "SKP_DEADLINE": "periods",
    "SKP_DRAFT_DEADLINE": "periods",
    "SUNDAY_ONLY": "periods",
    "SiasnPerformanceCodes": "interop",
    "SpecialExpectations": "performance",
    "Step": "core",
    "Text": "core",
    "WORK_RESULT_BANDS": "performance",
    "WeekdayLike": "periods",
    "WorkResultBands": "performance",
    "WorkResultOutcome": "performance",
    "aggregate_realisations": "performance",
    "annual_achievement": "performance",
    "annual_evaluation_deadline": "periods",
    "behaviour_guides": "performance",
    "cascade_from_plans": "performance",
    "deadline": "periods",
    "divide": "core",
    "evaluate_performance": "performance",
    "explain_achievement": "performance",
    "explain_behaviour_rating": "performance",
    "explain_deadline": "periods",
    "explain_months_covered": "periods",
    "explain_performance_predicate": "performance",
    "explain_regime_on": "regimes",
    "explain_unit_head_work_result": "performance",
    "explain_work_result_proposal": "performance",
    "is_working_day": "periods",
    "parse_siasn_rating": "interop",
    "period_kind_from_siasn": "interop",
    "period_kind_to_siasn": "interop",
    "plan_problems": "performance",
    "predicate_from_siasn": "interop",
    "predicate_to_siasn": "interop",
    "rating_from_siasn": "interop",
    "rating_to_siasn": "interop",
    "regimes_in": "regimes",
    "roll_up": "performance",
    "siasn_performance_codes": "interop",
    "single_regime": "regimes",
    "skp_deadline": "periods",
    "unit_head_work_result": "performance",
    "unlinked_indicators": "performance",
    "unsupported_indicators": "performance",
    "working_days": "periods",
}
"""Names that moved from the top level to a namespace (kept one release, with a warning)."""


def __getattr__(name: str) -> Any:  # noqa: ANN401 (PEP 562: any moved name)
    home = _MOVED.get(name)
    if home is None:
        raise AttributeError(f"module 'kinerja_core' has no attribute {name!r}")
    deprecated(f"kinerja_core.{name}", f"kinerja_core.{home}.{name}")
    return getattr(importlib.import_module(f"kinerja_core.{home}"), name)
