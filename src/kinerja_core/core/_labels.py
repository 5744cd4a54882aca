"""Enums whose values are official Indonesian labels, parsed from text explicitly."""

from __future__ import annotations

import enum
import re
from typing import Self

from kinerja_core.core.errors import UnknownLabelError
from kinerja_core.core.explain import Lang, check_lang

__all__ = ["LabelledEnum", "normalise_label"]

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


class LabelledEnum(enum.Enum):
    """An enum whose values are official Indonesian labels.

    Subclasses define `_english()` (member → English label) and may define `_variants()`
    (normalised variant text → member) for spellings seen in real data.
    """

    # Members are singletons equal only to themselves, so they hash by identity: the C
    # `object.__hash__` instead of `Enum.__hash__` (a Python call hashing the name), which
    # every dict keyed by ratings, core values or predikat would pay on each look-up.
    __hash__ = object.__hash__

    @classmethod
    def _variants(cls) -> dict[str, Self]:
        return {}

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
