"""Vocabulary and parameter specs (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.performance`; the rules that read them are in
`kinerja_core.performance.evaluation`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import (
    instance_check,
    tuple_of,
)
from kinerja_core.core.parameters import ParameterSpec

if TYPE_CHECKING:
    pass

__all__ = ["ANNUAL_PREDICATE_RULE", "EXEMPTIONS", "AnnualRule", "EvaluationStatus", "Exemption"]


class EvaluationStatus(LabelledEnum):
    """Whether an employee was evaluated for the period."""

    EVALUATED = "Dinilai"
    NOT_EVALUATED = "Tidak dinilai"

    @classmethod
    def _english(cls) -> dict[EvaluationStatus, str]:
        return {cls.EVALUATED: "Evaluated", cls.NOT_EVALUATED: "Not evaluated"}


class Exemption(LabelledEnum):
    """A situation in which performance planning and evaluation do not apply."""

    STATE_OFFICIAL = "Pejabat negara"
    TEMPORARILY_DISMISSED = "Diberhentikan sementara"
    UNPAID_LEAVE = "Cuti di luar tanggungan negara"
    PRE_RETIREMENT = "Masa persiapan pensiun"
    STUDY_ASSIGNMENT = "Tugas belajar"

    @classmethod
    def _variants(cls) -> dict[str, Exemption]:
        return {"cltn": cls.UNPAID_LEAVE, "mpp": cls.PRE_RETIREMENT}

    @classmethod
    def _english(cls) -> dict[Exemption, str]:
        return {
            cls.STATE_OFFICIAL: "State official",
            cls.TEMPORARILY_DISMISSED: "Temporarily dismissed",
            cls.UNPAID_LEAVE: "Leave outside state responsibility (unpaid leave)",
            cls.PRE_RETIREMENT: "Pre-retirement period",
            cls.STUDY_ASSIGNMENT: "Study assignment",
        }


class AnnualRule(LabelledEnum):
    """How the annual predikat follows from the periodic ones (the regulation is silent)."""

    MONTH_WEIGHTED = "Tertimbang jumlah bulan"
    """The mean of the periodic predikat ranks weighted by the months each covers, rounded
    half-up (the default; handles partial years and job moves)."""
    LAST_PERIOD = "Periode terakhir"
    """The predikat of the last evaluated period."""
    WORST_PERIOD = "Periode terburuk"
    """The lowest periodic predikat."""

    @classmethod
    def _english(cls) -> dict[AnnualRule, str]:
        return {
            cls.MONTH_WEIGHTED: "Month-weighted",
            cls.LAST_PERIOD: "Last period",
            cls.WORST_PERIOD: "Worst period",
        }


def _check_exemptions(value: object) -> frozenset[Exemption]:
    return frozenset(tuple_of(Exemption, "an Exemption")("exemptions")(value))


_check_annual_rule = instance_check(AnnualRule, "annual_predicate_rule", "must be an AnnualRule")


EXEMPTIONS: ParameterSpec[frozenset[Exemption]] = ParameterSpec(
    "exemptions",
    "Situations in which performance planning and evaluation do not apply.",
    _check_exemptions,
)
"""Parameter: the exemptions in force (an employee in one is *not evaluated*)."""

ANNUAL_PREDICATE_RULE: ParameterSpec[AnnualRule] = ParameterSpec(
    "annual_predicate_rule",
    "How the annual predikat follows from the periodic predikat.",
    _check_annual_rule,
)
"""Parameter: the default [`AnnualRule`][kinerja_core.performance.AnnualRule]."""
