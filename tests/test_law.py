import pytest
from hypothesis import given

from kinerja_core import Citation, Confidence, InvalidValueError
from kinerja_core.core import Text
from kinerja_core.testing import strategies as kst


def test_citation_defaults_to_primary_confidence():
    citation = Citation("PP 30/2019", "Pasal 41 ayat (3)")
    assert citation.confidence is Confidence.PRIMARY
    assert str(citation) == "PP 30/2019, Pasal 41 ayat (3) [P]"


def test_citation_renders_note_and_tag():
    citation = Citation("PP 94/2021", "Pasal 10", "huruf unconfirmed", Confidence.UNCONFIRMED)
    assert str(citation) == "PP 94/2021, Pasal 10 [UNCONFIRMED] — huruf unconfirmed"


def test_citation_repr_reads_like_the_call():
    citation = Citation("PP 30/2019", "Pasal 41", confidence=Confidence.SOFTWARE)
    assert repr(citation) == (
        "Citation(regulation='PP 30/2019', article='Pasal 41', note=None, "
        "confidence=Confidence.SOFTWARE)"
    )


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"regulation": "", "article": "Pasal 1"}, "regulation"),
        ({"regulation": "PP 30/2019", "article": "  "}, "article"),
        ({"regulation": "PP 30/2019", "article": "Pasal 1", "note": ""}, "note"),
        ({"regulation": 30, "article": "Pasal 1"}, "regulation"),
        ({"regulation": "PP 30/2019", "article": "Pasal 1", "confidence": "primary"}, "confidence"),
    ],
)
def test_citation_rejects_bad_fields(kwargs, field):
    with pytest.raises(InvalidValueError) as caught:
        Citation(**kwargs)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("confidence", "tag"),
    [
        (Confidence.PRIMARY, "P"),
        (Confidence.SECONDARY, "S"),
        (Confidence.SOFTWARE, "C"),
        (Confidence.UNCONFIRMED, "UNCONFIRMED"),
        (Confidence.POLICY_CHOICE, "POLICY CHOICE"),
    ],
)
def test_every_confidence_has_its_domain_reference_tag(confidence, tag):
    assert confidence.tag == tag


@given(kst.citations())
def test_citation_to_dict_round_trips(citation):
    data = citation.to_dict()
    note = data["note"]  # a bilingual note is {"id": ..., "en": ...}
    rebuilt = Citation(
        data["regulation"],
        data["article"],
        Text(**note) if isinstance(note, dict) else note,
        Confidence(data["confidence"]),
    )
    assert rebuilt == citation
    assert hash(rebuilt) == hash(citation)
