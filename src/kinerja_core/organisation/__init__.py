"""Organisation performance: IKU achievement, SAKIP grade, organisation predikat, distribution.

- a unit's achievement from its performance agreement (Perjanjian Kinerja, IKU):
  [`organisation_achievement`][kinerja_core.organisation.organisation_achievement];
- the SAKIP grade: [`sakip_grade`][kinerja_core.organisation.sakip_grade] and the score from the
  LKE components, [`sakip_score`][kinerja_core.organisation.sakip_score];
- the organisation predikat:
  [`OrganisationPredicate`][kinerja_core.organisation.OrganisationPredicate], a proposal
  from the achievement and the unit head's rating
  ([`unit_rating`][kinerja_core.organisation.unit_rating]);
- the distribution pattern of SE MenPANRB 3/2023:
  [`check_distribution`][kinerja_core.organisation.check_distribution], and a calibration
  proposal for the leader, [`propose_calibration`][kinerja_core.organisation.propose_calibration].
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.organisation.achievement import (
        OrganisationAchievement,
        OrganisationPlan,
        organisation_achievement,
        propose_organisation_predicate,
        unit_rating,
    )
    from kinerja_core.organisation.calibration import (
        CalibrationProposal,
        PredicateChange,
        propose_calibration,
    )
    from kinerja_core.organisation.distribution import (
        DistributionCheck,
        Violation,
        check_distribution,
    )
    from kinerja_core.organisation.organisation_specs import (
        DISTRIBUTION_PATTERN,
        DISTRIBUTION_READINGS,
        IKU_ACHIEVEMENT_LIMITS,
        IKU_AGGREGATION,
        ORGANISATION_PREDICATE_BANDS,
        UNIT_RATING_MAP,
        Bound,
        Clause,
        DistributionReadings,
        DistributionRule,
        IkuAggregation,
        OrganisationPredicate,
        ShareRounding,
    )
    from kinerja_core.organisation.sakip import sakip_grade, sakip_grade_bands, sakip_score
    from kinerja_core.organisation.sakip_specs import (
        LKE_WEIGHTS,
        SAKIP_GRADES,
        LkeComponent,
        SakipGrade,
    )

__all__ = [
    "DISTRIBUTION_PATTERN",
    "DISTRIBUTION_READINGS",
    "IKU_ACHIEVEMENT_LIMITS",
    "IKU_AGGREGATION",
    "LKE_WEIGHTS",
    "ORGANISATION_PREDICATE_BANDS",
    "SAKIP_GRADES",
    "UNIT_RATING_MAP",
    "Bound",
    "CalibrationProposal",
    "Clause",
    "DistributionCheck",
    "DistributionReadings",
    "DistributionRule",
    "IkuAggregation",
    "LkeComponent",
    "OrganisationAchievement",
    "OrganisationPlan",
    "OrganisationPredicate",
    "PredicateChange",
    "SakipGrade",
    "ShareRounding",
    "Violation",
    "check_distribution",
    "organisation_achievement",
    "propose_calibration",
    "propose_organisation_predicate",
    "sakip_grade",
    "sakip_grade_bands",
    "sakip_score",
    "unit_rating",
]

_ACHIEVEMENT = "kinerja_core.organisation.achievement"
_CALIBRATION = "kinerja_core.organisation.calibration"
_DISTRIBUTION = "kinerja_core.organisation.distribution"
_SPECS = "kinerja_core.organisation.organisation_specs"
_SAKIP = "kinerja_core.organisation.sakip"
_SAKIP_SPECS = "kinerja_core.organisation.sakip_specs"

_HOMES: dict[str, str] = {
    "Bound": _SPECS,
    "CalibrationProposal": _CALIBRATION,
    "Clause": _SPECS,
    "DISTRIBUTION_PATTERN": _SPECS,
    "DISTRIBUTION_READINGS": _SPECS,
    "DistributionCheck": _DISTRIBUTION,
    "DistributionReadings": _SPECS,
    "DistributionRule": _SPECS,
    "IKU_ACHIEVEMENT_LIMITS": _SPECS,
    "IKU_AGGREGATION": _SPECS,
    "IkuAggregation": _SPECS,
    "LKE_WEIGHTS": _SAKIP_SPECS,
    "LkeComponent": _SAKIP_SPECS,
    "ORGANISATION_PREDICATE_BANDS": _SPECS,
    "OrganisationAchievement": _ACHIEVEMENT,
    "OrganisationPlan": _ACHIEVEMENT,
    "OrganisationPredicate": _SPECS,
    "PredicateChange": _CALIBRATION,
    "SAKIP_GRADES": _SAKIP_SPECS,
    "SakipGrade": _SAKIP_SPECS,
    "ShareRounding": _SPECS,
    "UNIT_RATING_MAP": _SPECS,
    "Violation": _DISTRIBUTION,
    "check_distribution": _DISTRIBUTION,
    "organisation_achievement": _ACHIEVEMENT,
    "propose_calibration": _CALIBRATION,
    "propose_organisation_predicate": _ACHIEVEMENT,
    "sakip_grade": _SAKIP,
    "sakip_grade_bands": _SAKIP,
    "sakip_score": _SAKIP,
    "unit_rating": _ACHIEVEMENT,
}
"""The module that defines each name (loaded on first use)."""


__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
