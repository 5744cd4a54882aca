"""Talent: the 9-box of manajemen talenta and development recommendations.

[`talent_box`][kinerja_core.talent.talent_box] places an employee in the 9-box from performance
and [`Potential`][kinerja_core.talent.Potential];
[`place_in_talent_box`][kinerja_core.talent.place_in_talent_box] adds the box's follow-ups
([`FollowUp`][kinerja_core.talent.FollowUp]) and takes scores through the institution's bands;
[`recommend_development`][kinerja_core.talent.recommend_development] turns an evaluation into
development recommendations, each with its reason and citation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.talent.box import (
        TalentPlacement,
        performance_from_score,
        place_in_talent_box,
        potential_from_score,
        talent_box,
        talent_follow_ups,
    )
    from kinerja_core.talent.box_specs import (
        TALENT_BOX_MATRIX,
        TALENT_FOLLOW_UPS,
        TALENT_PERFORMANCE_BANDS,
        TALENT_POTENTIAL_BANDS,
        FollowUp,
        Potential,
    )
    from kinerja_core.talent.development import (
        DevelopmentCase,
        DevelopmentPlan,
        Recommendation,
        recommend_development,
    )
    from kinerja_core.talent.development_specs import (
        DEVELOPMENT_BY_PREDICATE,
        DEVELOPMENT_PRIORITIES,
        DEVELOPMENT_WEAKNESS,
        DevelopmentBasis,
        WeaknessRule,
    )

__all__ = [
    "DEVELOPMENT_BY_PREDICATE",
    "DEVELOPMENT_PRIORITIES",
    "DEVELOPMENT_WEAKNESS",
    "TALENT_BOX_MATRIX",
    "TALENT_FOLLOW_UPS",
    "TALENT_PERFORMANCE_BANDS",
    "TALENT_POTENTIAL_BANDS",
    "DevelopmentBasis",
    "DevelopmentCase",
    "DevelopmentPlan",
    "FollowUp",
    "Potential",
    "Recommendation",
    "TalentPlacement",
    "WeaknessRule",
    "performance_from_score",
    "place_in_talent_box",
    "potential_from_score",
    "recommend_development",
    "talent_box",
    "talent_follow_ups",
]

_BOX = "kinerja_core.talent.box"
_BOX_SPECS = "kinerja_core.talent.box_specs"
_DEVELOPMENT = "kinerja_core.talent.development"
_DEVELOPMENT_SPECS = "kinerja_core.talent.development_specs"

_HOMES: dict[str, str] = {
    "DEVELOPMENT_BY_PREDICATE": _DEVELOPMENT_SPECS,
    "DEVELOPMENT_PRIORITIES": _DEVELOPMENT_SPECS,
    "DEVELOPMENT_WEAKNESS": _DEVELOPMENT_SPECS,
    "TALENT_BOX_MATRIX": _BOX_SPECS,
    "TALENT_FOLLOW_UPS": _BOX_SPECS,
    "TALENT_PERFORMANCE_BANDS": _BOX_SPECS,
    "TALENT_POTENTIAL_BANDS": _BOX_SPECS,
    "DevelopmentBasis": _DEVELOPMENT_SPECS,
    "DevelopmentCase": _DEVELOPMENT,
    "DevelopmentPlan": _DEVELOPMENT,
    "FollowUp": _BOX_SPECS,
    "Potential": _BOX_SPECS,
    "Recommendation": _DEVELOPMENT,
    "TalentPlacement": _BOX,
    "WeaknessRule": _DEVELOPMENT_SPECS,
    "performance_from_score": _BOX,
    "place_in_talent_box": _BOX,
    "potential_from_score": _BOX,
    "recommend_development": _DEVELOPMENT,
    "talent_box": _BOX,
    "talent_follow_ups": _BOX,
}
"""The module that defines each name (loaded on first use)."""

__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
