"""Vocabulary and parameter specs of the SAKIP evaluation (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.organisation`; the rules that read them are in
`kinerja_core.organisation.sakip`.
"""

from __future__ import annotations

from decimal import Decimal

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._text import Lang, Text, check_lang
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import (
    BandTable,
    Interval,
    LookupMatrix,
    band_table_check,
    matrix_check,
)

__all__ = [
    "LKE_WEIGHTS",
    "SAKIP_GRADES",
    "SAKIP_SCALE",
    "LkeComponent",
    "SakipGrade",
]


class SakipGrade(LabelledEnum):
    """The grade of a SAKIP evaluation (nilai hasil evaluasi AKIP), AA down to D."""

    AA = "AA"
    A = "A"
    BB = "BB"
    B = "B"
    CC = "CC"
    C = "C"
    D = "D"

    @classmethod
    def _english(cls) -> dict[SakipGrade, str]:
        return {member: member.value for member in cls}

    @property
    def rank(self) -> int:
        """Order of the grades: 1 (D) up to 7 (AA)."""
        return _RANK[self]

    def interpretation(self, lang: Lang) -> str:
        """The grade's interpretation (e.g. "Sangat Memuaskan" / "Very satisfactory").

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The interpretation in `lang`.

        Examples:
            >>> SakipGrade.AA.interpretation("id"), SakipGrade.D.interpretation("en")
            ('Sangat Memuaskan', 'Very poor')
        """
        return _INTERPRETATIONS[self](check_lang(lang))


_RANK = {grade: 7 - index for index, grade in enumerate(SakipGrade)}

_INTERPRETATIONS = {
    SakipGrade.AA: Text("Sangat Memuaskan", "Very satisfactory"),
    SakipGrade.A: Text("Memuaskan", "Satisfactory"),
    SakipGrade.BB: Text("Sangat Baik", "Very good"),
    SakipGrade.B: Text("Baik", "Good"),
    SakipGrade.CC: Text("Cukup", "Fair"),
    SakipGrade.C: Text("Kurang", "Poor"),
    SakipGrade.D: Text("Sangat Kurang", "Very poor"),
}


class LkeComponent(LabelledEnum):
    """A component of the SAKIP evaluation worksheet (Lembar Kerja Evaluasi, LKE)."""

    PLANNING = "Perencanaan Kinerja"
    MEASUREMENT = "Pengukuran Kinerja"
    REPORTING = "Pelaporan Kinerja"
    INTERNAL_EVALUATION = "Evaluasi Akuntabilitas Kinerja Internal"

    @classmethod
    def _variants(cls) -> dict[str, LkeComponent]:
        return {
            "perencanaan": cls.PLANNING,
            "pengukuran": cls.MEASUREMENT,
            "pelaporan": cls.REPORTING,
            "evaluasi internal": cls.INTERNAL_EVALUATION,
            "evaluasi akuntabilitas kinerja": cls.INTERNAL_EVALUATION,
        }

    @classmethod
    def _english(cls) -> dict[LkeComponent, str]:
        return {
            cls.PLANNING: "Performance planning",
            cls.MEASUREMENT: "Performance measurement",
            cls.REPORTING: "Performance reporting",
            cls.INTERNAL_EVALUATION: "Internal performance-accountability evaluation",
        }


SAKIP_SCALE = Interval(0, 100, upper_closed=True)
"""The scale of a SAKIP score: 0 to 100, both ends included."""

SAKIP_GRADES: ParameterSpec[BandTable[SakipGrade]] = ParameterSpec(
    "sakip_grades",
    "The SAKIP grade for each score from 0 to 100.",
    band_table_check("sakip_grades", SakipGrade, domain=SAKIP_SCALE, monotone="increasing"),
)
"""Parameter: the grade bands over 0 ≤ score ≤ 100, a
[`BandTable`][kinerja_core.core.BandTable] of `SakipGrade` (nationally lower edges exclusive:
`90 < x ≤ 100` is AA; see [`sakip_grade_bands`][kinerja_core.organisation.sakip_grade_bands] for
the other reading)."""


def _check_weights(value: object) -> LookupMatrix[Decimal]:
    matrix = matrix_check("lke_weights", LkeComponent, Decimal)(value)
    for component in LkeComponent:
        weight = matrix.lookup(component)
        if weight < 0:
            raise InvalidValueError(
                f"lke_weights[{component.value}]",
                weight,
                "must not be negative",
                reason_id="tidak boleh negatif",
                code="out_of_range",
            )
    total = sum((matrix.lookup(component) for component in LkeComponent), Decimal(0))
    if total != 100:
        raise InvalidValueError(
            "lke_weights",
            total,
            "the weights must add up to exactly 100",
            reason_id="jumlah bobotnya harus tepat 100",
            code="inconsistent",
        )
    return matrix


LKE_WEIGHTS: ParameterSpec[LookupMatrix[Decimal]] = ParameterSpec(
    "lke_weights",
    "The weight (points of 100) of each LKE component in the SAKIP score.",
    _check_weights,
)
"""Parameter: the weight of each [`LkeComponent`][kinerja_core.organisation.LkeComponent], adding
up to 100 (nationally 30 / 30 / 15 / 25, UNCONFIRMED)."""
