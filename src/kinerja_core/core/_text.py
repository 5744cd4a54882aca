"""Bilingual text: the two languages, a text in both, and the check of a language code.

This module sits below `law` and `explain` (both use `Text`), so it imports neither.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

import attrs

from kinerja_core.core._validators import non_blank
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError

__all__ = ["Lang", "Text", "check_lang"]

Lang: TypeAlias = Literal["id", "en"]
"""A language for rendered text: Indonesian (`"id"`) or English (`"en"`)."""


def check_lang(lang: object) -> Lang:
    """Validate a language code.

    Args:
        lang: The code to check.

    Returns:
        The code, typed as `Lang`.

    Raises:
        InvalidValueError: If `lang` is not `"id"` or `"en"`.
    """
    if lang == "id":
        return "id"
    if lang == "en":
        return "en"
    raise InvalidValueError(
        "lang",
        lang,
        "must be 'id' (Indonesian) or 'en' (English)",
        reason_id="harus 'id' (bahasa Indonesia) atau 'en' (bahasa Inggris)",
        code="not_a_member",
    )


@attrs.frozen
class Text(Document):
    """A short text in Indonesian and English.

    Attributes:
        id: The Indonesian text.
        en: The English text.
    """

    id: str = attrs.field(validator=non_blank)
    en: str = attrs.field(validator=non_blank)

    def __call__(self, lang: Lang) -> str:
        """The text in `lang`."""
        return self.id if check_lang(lang) == "id" else self.en


def in_lang(text: str | Text, lang: Lang) -> str:
    """A text that may be bilingual, in `lang` (a plain string is the same in both)."""
    return text(lang) if isinstance(text, Text) else text
