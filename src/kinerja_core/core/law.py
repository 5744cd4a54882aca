"""Legal citations: where each rule comes from and how sure we are of it."""

from __future__ import annotations

import enum

import attrs

from kinerja_core.core._validators import enum_repr, member_of, non_blank, optional_non_blank
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
        """The short tag used in the domain reference and in rendered explanations."""
        return _TAGS[self]


_TAGS = {
    Confidence.PRIMARY: "P",
    Confidence.SECONDARY: "S",
    Confidence.SOFTWARE: "C",
    Confidence.UNCONFIRMED: "UNCONFIRMED",
    Confidence.POLICY_CHOICE: "POLICY CHOICE",
}


@attrs.frozen
class Citation(Document):
    """The legal source of a rule or parameter value.

    Attributes:
        regulation: The regulation, e.g. `"PermenPANRB 6/2022"`.
        article: The article, lampiran or section, e.g. `"Pasal 41 ayat (3)"` or `"Lampiran II"`.
        note: An optional remark (how the value was derived, what is uncertain).
        confidence: How well the source has been confirmed.

    Examples:
        >>> Citation("PP 30/2019", "Pasal 41 ayat (3)")  # doctest: +NORMALIZE_WHITESPACE
        Citation(regulation='PP 30/2019', article='Pasal 41 ayat (3)', note=None,
                 confidence=Confidence.PRIMARY)
    """

    regulation: str = attrs.field(validator=non_blank)
    article: str = attrs.field(validator=non_blank)
    note: str | None = attrs.field(default=None, validator=optional_non_blank)
    confidence: Confidence = attrs.field(
        default=Confidence.PRIMARY, validator=member_of(Confidence), repr=enum_repr
    )

    def __str__(self) -> str:
        text = f"{self.regulation}, {self.article} [{self.confidence.tag}]"
        return f"{text} — {self.note}" if self.note else text
