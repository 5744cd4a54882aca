"""Legal citations: where each rule comes from and how sure we are of it."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from kinerja_core.core._text import Lang, Text, check_lang, in_lang
from kinerja_core.core._validators import enum_repr, member_of, non_blank
from kinerja_core.core.documents import Document

__all__ = ["Citation", "Confidence"]


class Confidence(enum.Enum):
    """How well a rule's source has been confirmed.

    The members follow the tags of the project's domain reference.
    """

    PRIMARY = "primary"
    """[P] The regulation's own wording was seen."""
    SECONDARY = "secondary"
    """[S] A secondary source (agency slides, news) quotes or paraphrases the regulation."""
    SOFTWARE = "software"
    """[C] Public software encodes the rule (possibly several independent programs agree)."""
    UNCONFIRMED = "unconfirmed"
    """Not seen in any source: a documented, overridable assumption."""
    POLICY_CHOICE = "policy-choice"
    """The regulation is silent; kinerja-core's documented default, meant to be overridden."""

    @property
    def tag(self) -> str:
        """The short tag used in the domain reference (English)."""
        return _TAGS[self].en

    def tag_in(self, lang: Lang) -> str:
        """The tag as rendered explanations print it in `lang` (e.g. `"P"`, `"PILIHAN KEBIJAKAN"`).

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The tag, without brackets.
        """
        return _TAGS[self](lang)

    def meaning(self, lang: Lang) -> str:
        """What the tag means, in `lang`: the line of the legend under a rendered explanation.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            One sentence.
        """
        return _MEANINGS[self](lang)


_TAGS = {
    Confidence.PRIMARY: Text("P", "P"),
    Confidence.SECONDARY: Text("S", "S"),
    Confidence.SOFTWARE: Text("C", "C"),
    Confidence.UNCONFIRMED: Text("BELUM TERKONFIRMASI", "UNCONFIRMED"),
    Confidence.POLICY_CHOICE: Text("PILIHAN KEBIJAKAN", "POLICY CHOICE"),
}

_MEANINGS = {
    Confidence.PRIMARY: Text(
        "naskah peraturan itu sendiri telah dibaca",
        "the regulation's own wording was seen",
    ),
    Confidence.SECONDARY: Text(
        "sumber sekunder (bahan paparan instansi, berita) mengutip atau meringkas peraturan",
        "a secondary source (agency slides, news) quotes or paraphrases the regulation",
    ),
    Confidence.SOFTWARE: Text(
        "aturan ini dikodekan dalam perangkat lunak publik (bisa beberapa program yang saling "
        "sesuai); naskahnya belum dibaca",
        "public software encodes the rule (possibly several independent programs agree); the "
        "regulation's wording was not seen",
    ),
    Confidence.UNCONFIRMED: Text(
        "tidak ditemukan dalam sumber mana pun: asumsi terdokumentasi yang dapat diganti",
        "not seen in any source: a documented assumption that can be overridden",
    ),
    Confidence.POLICY_CHOICE: Text(
        "peraturan tidak mengaturnya: nilai bawaan kinerja-core yang terdokumentasi, untuk "
        "diganti oleh instansi",
        "the regulation is silent: kinerja-core's documented default, meant to be overridden",
    ),
}


def _text_or_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Text):
        non_blank(instance, attribute, value)


def _optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _text_or_blank(instance, attribute, value)


@attrs.frozen
class Citation(Document):
    """The legal source of a rule or parameter value.

    Attributes:
        regulation: The regulation, e.g. `"PermenPANRB 6/2022"` (a name, the same in both
            languages).
        article: The article, lampiran or section, e.g. `"Pasal 41 ayat (3)"` or `"Lampiran II"`;
            a [`Text`][kinerja_core.core.Text] when it is a description rather than the
            regulation's own words (e.g. a kinerja-core policy choice).
        note: An optional remark (how the value was derived, what is uncertain): a
            [`Text`][kinerja_core.core.Text] in Indonesian and English, or a plain string that
            reads the same in both renderings.
        confidence: How well the source has been confirmed.

    Examples:
        >>> Citation("PP 30/2019", "Pasal 41 ayat (3)")  # doctest: +NORMALIZE_WHITESPACE
        Citation(regulation='PP 30/2019', article='Pasal 41 ayat (3)', note=None,
                 confidence=Confidence.PRIMARY)
    """

    regulation: str = attrs.field(validator=non_blank)
    article: str | Text = attrs.field(validator=_text_or_blank)
    note: str | Text | None = attrs.field(default=None, validator=_optional_text)
    confidence: Confidence = attrs.field(
        default=Confidence.PRIMARY, validator=member_of(Confidence), repr=enum_repr
    )

    def __str__(self) -> str:
        return self.render("en")

    def render(self, lang: Lang) -> str:
        """The citation as one line of text in `lang`, with its confidence tag and note.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            E.g. `"PP 30/2019, Pasal 41 ayat (3) [P]"`.

        Examples:
            >>> from kinerja_core.core import Text
            >>> cited = Citation("PP 30/2019", "Pasal 41", Text("catatan", "a note"))
            >>> cited.render("id")
            'PP 30/2019, Pasal 41 [P] — catatan'
        """
        checked = check_lang(lang)
        article = in_lang(self.article, checked)
        text = f"{self.regulation}, {article} [{self.confidence.tag_in(checked)}]"
        return f"{text} — {in_lang(self.note, checked)}" if self.note is not None else text
