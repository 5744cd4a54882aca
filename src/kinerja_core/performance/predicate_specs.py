"""Vocabulary and parameter specs (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.performance`; the rules that read them are in
`kinerja_core.performance.predicate`.
"""

from __future__ import annotations

from collections.abc import Mapping

from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import LookupMatrix, matrix_check
from kinerja_core.performance.ratings import Predicate, Rating

__all__ = ["PREDICATE_MATRIX", "PredicateMatrix"]

PredicateMatrix = Mapping[tuple[Rating, Rating], Predicate]
"""A predikat for each `(work_result, behaviour)` pair of ratings."""

PERMENPANRB_6_2022 = "PermenPANRB 6/2022"


PREDICATE_MATRIX: ParameterSpec[LookupMatrix[Predicate]] = ParameterSpec(
    "predicate_matrix",
    "Predikat kinerja pegawai for each (rating hasil kerja, rating perilaku kerja) pair.",
    matrix_check("predicate_matrix", (Rating, Rating), Predicate),
)
"""Parameter: the 3×3 predikat matrix, a [`LookupMatrix`][kinerja_core.core.LookupMatrix] keyed by
`(work_result, behaviour)`. An override may be a `LookupMatrix` or a plain mapping of all nine
pairs to a `Predicate`; it is checked and converted."""

_A, _S, _B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS
