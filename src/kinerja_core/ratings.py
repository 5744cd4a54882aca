"""The vocabulary of PermenPANRB 6/2022: ratings (rating) and performance predicates (predikat).

Enum *values* are the official Indonesian labels, so `Rating("Sesuai Ekspektasi")` and
`Predicate("Sangat Baik")` work. Real data is messier: [`Rating.parse`][kinerja_core.Rating.parse]
and [`Predicate.parse`][kinerja_core.Predicate.parse] accept the official labels case- and
white-space-insensitively plus a short, explicit list of variants seen in real data, and reject
everything else with an [`UnknownLabelError`][kinerja_core.UnknownLabelError].
"""

from __future__ import annotations

import enum
import re
from typing import Self

from kinerja_core.errors import UnknownLabelError
from kinerja_core.explain import Lang, check_lang

__all__ = ["Predicate", "Rating", "normalise_label"]

_SPACES = re.compile(r"\s+")
_SLASH = re.compile(r"\s*/\s*")


def normalise_label(text: str) -> str:
    """Normalise a label for matching: case-folded, white space collapsed, none around `/`.

    Args:
        text: The label as written.

    Returns:
        The normalised form (e.g. `"  Butuh  Perbaikan / CUKUP "` → `"butuh perbaikan/cukup"`).
    """
    return _SLASH.sub("/", _SPACES.sub(" ", text.strip())).casefold()


class _LabelledEnum(enum.Enum):
    """An enum whose values are official labels, parsed from text explicitly."""

    @classmethod
    def _variants(cls) -> dict[str, Self]:
        raise NotImplementedError

    @classmethod
    def _english(cls) -> dict[Self, str]:
        raise NotImplementedError

    @classmethod
    def parse(cls, text: object) -> Self:
        """Parse an official label (or a known real-data variant of it).

        Args:
            text: The label, in any letter case and spacing.

        Returns:
            The member.

        Raises:
            UnknownLabelError: If the text is not a known label; the error lists the valid ones.
        """
        if isinstance(text, str):
            key = normalise_label(text)
            for member in cls:
                if normalise_label(str(member.value)) == key:
                    return member
            variant = cls._variants().get(key)
            if variant is not None:
                return variant
        labels = [str(m.value) for m in cls] + sorted(cls._variants())
        raise UnknownLabelError(cls.__name__, text, labels)

    def label(self, lang: Lang) -> str:
        """The member's label: the official Indonesian one, or an English translation.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The label.
        """
        return str(self.value) if check_lang(lang) == "id" else type(self)._english()[self]


class Rating(_LabelledEnum):
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


class Predicate(_LabelledEnum):
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
