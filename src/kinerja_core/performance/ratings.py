"""The vocabulary of PermenPANRB 6/2022: ratings (rating) and performance predicates (predikat).

Enum *values* are the official Indonesian labels, so `Rating("Sesuai Ekspektasi")` and
`Predicate("Sangat Baik")` work. Real data is messier: [`Rating.parse`][kinerja_core.Rating.parse]
and [`Predicate.parse`][kinerja_core.Predicate.parse] accept the official labels case- and
white-space-insensitively plus a short, explicit list of variants seen in real data, and reject
everything else with an [`UnknownLabelError`][kinerja_core.UnknownLabelError].
"""

from __future__ import annotations

from kinerja_core.core._labels import LabelledEnum, normalise_label

__all__ = ["Predicate", "Rating", "normalise_label"]


class Rating(LabelledEnum):
    """A rating of work results (hasil kerja) or work behaviour (perilaku kerja).

    PermenPANRB 6/2022 rates both against the expectations agreed at planning time.
    """

    ABOVE_EXPECTATIONS = "Di Atas Ekspektasi"
    MEETS_EXPECTATIONS = "Sesuai Ekspektasi"
    BELOW_EXPECTATIONS = "Di Bawah Ekspektasi"

    @classmethod
    def _variants(cls) -> dict[str, Rating]:
        return {
            "diatas ekspektasi": cls.ABOVE_EXPECTATIONS,
            "dibawah ekspektasi": cls.BELOW_EXPECTATIONS,
        }

    @classmethod
    def _english(cls) -> dict[Rating, str]:
        return {
            cls.ABOVE_EXPECTATIONS: "Above expectations",
            cls.MEETS_EXPECTATIONS: "Meets expectations",
            cls.BELOW_EXPECTATIONS: "Below expectations",
        }

    @property
    def rank(self) -> int:
        """Order of the ratings: 1 (Di Bawah) < 2 (Sesuai) < 3 (Di Atas)."""
        return _RATING_RANK[self]


_RATING_RANK = {
    Rating.BELOW_EXPECTATIONS: 1,
    Rating.MEETS_EXPECTATIONS: 2,
    Rating.ABOVE_EXPECTATIONS: 3,
}


class Predicate(LabelledEnum):
    """An employee's performance predicate (predikat kinerja pegawai), PermenPANRB 6/2022."""

    VERY_GOOD = "Sangat Baik"
    GOOD = "Baik"
    NEEDS_IMPROVEMENT = "Butuh Perbaikan"
    POOR = "Kurang/Misconduct"
    VERY_POOR = "Sangat Kurang"

    @classmethod
    def _variants(cls) -> dict[str, Predicate]:
        return {
            "butuh perbaikan/cukup": cls.NEEDS_IMPROVEMENT,
            "cukup": cls.NEEDS_IMPROVEMENT,
            "kurang": cls.POOR,
        }

    @classmethod
    def _english(cls) -> dict[Predicate, str]:
        return {
            cls.VERY_GOOD: "Very good",
            cls.GOOD: "Good",
            cls.NEEDS_IMPROVEMENT: "Needs improvement",
            cls.POOR: "Poor/Misconduct",
            cls.VERY_POOR: "Very poor",
        }

    @property
    def rank(self) -> int:
        """Order of the predicates: 1 (Sangat Kurang) up to 5 (Sangat Baik)."""
        return _PREDICATE_RANK[self]


_PREDICATE_RANK = {
    Predicate.VERY_POOR: 1,
    Predicate.POOR: 2,
    Predicate.NEEDS_IMPROVEMENT: 3,
    Predicate.GOOD: 4,
    Predicate.VERY_GOOD: 5,
}
