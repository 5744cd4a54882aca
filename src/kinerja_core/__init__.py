"""kinerja-core: Indonesian civil-service (ASN) performance-management rules, exact and explained.

The public API is re-exported here; import from `kinerja_core`, not from its modules.
"""

from kinerja_core.achievement_formulas import (
    ACHIEVEMENT_FORMULA,
    ACHIEVEMENT_LIMITS,
    AchievementFormula,
    AchievementLimits,
    AchievementOutcome,
    achievement,
    explain_achievement,
)
from kinerja_core.aggregation import (
    AggregateOutcome,
    MissingPeriods,
    PeriodicRealisation,
    aggregate_realisations,
    annual_achievement,
)
from kinerja_core.errors import (
    InvalidValueError,
    KinerjaError,
    RuleNotInForceError,
    UnknownLabelError,
    UnknownParameterError,
    ValidationError,
)
from kinerja_core.exact import (
    DECIMAL_CONTEXT,
    NumberLike,
    Percent,
    Rupiah,
    divide,
    round_half_up,
    to_decimal,
)
from kinerja_core.explain import Explanation, Lang, ParameterUse, Step, Text
from kinerja_core.indicators import Aggregation, Indicator, IndicatorLevel, Polarity, Target
from kinerja_core.law import Citation, Confidence
from kinerja_core.national import NATIONAL
from kinerja_core.parameters import Parameter, ParameterSpec, Policy, Resolved, Rules, Version
from kinerja_core.periods import Period, PeriodKind
from kinerja_core.predicate import (
    PREDICATE_MATRIX,
    PredicateOutcome,
    explain_performance_predicate,
    performance_predicate,
)
from kinerja_core.ratings import Predicate, Rating

__version__ = "0.1.0.dev0"

__all__ = [
    "ACHIEVEMENT_FORMULA",
    "ACHIEVEMENT_LIMITS",
    "DECIMAL_CONTEXT",
    "NATIONAL",
    "PREDICATE_MATRIX",
    "AchievementFormula",
    "AchievementLimits",
    "AchievementOutcome",
    "AggregateOutcome",
    "Aggregation",
    "Citation",
    "Confidence",
    "Explanation",
    "Indicator",
    "IndicatorLevel",
    "InvalidValueError",
    "KinerjaError",
    "Lang",
    "MissingPeriods",
    "NumberLike",
    "Parameter",
    "ParameterSpec",
    "ParameterUse",
    "Percent",
    "Period",
    "PeriodKind",
    "PeriodicRealisation",
    "Polarity",
    "Policy",
    "Predicate",
    "PredicateOutcome",
    "Rating",
    "Resolved",
    "RuleNotInForceError",
    "Rules",
    "Rupiah",
    "Step",
    "Target",
    "Text",
    "UnknownLabelError",
    "UnknownParameterError",
    "ValidationError",
    "Version",
    "__version__",
    "achievement",
    "aggregate_realisations",
    "annual_achievement",
    "divide",
    "explain_achievement",
    "explain_performance_predicate",
    "performance_predicate",
    "round_half_up",
    "to_decimal",
]
