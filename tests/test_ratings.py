import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_core import Predicate, Rating, UnknownLabelError
from kinerja_core.performance.ratings import normalise_label
from kinerja_core.testing import strategies as kst


def test_official_labels_are_the_enum_values():
    assert [r.value for r in Rating] == [
        "Di Atas Ekspektasi",
        "Sesuai Ekspektasi",
        "Di Bawah Ekspektasi",
    ]
    assert [p.value for p in Predicate] == [
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang/Misconduct",
        "Sangat Kurang",
    ]
    assert Predicate("Sangat Baik") is Predicate.VERY_GOOD


@given(kst.ratings(), st.sampled_from([str.upper, str.lower, str.title, lambda s: f"  {s}\t"]))
def test_rating_parse_round_trips_in_any_case_and_spacing(rating, transform):
    assert Rating.parse(transform(rating.value)) is rating
    assert Rating.parse(rating.value.replace(" ", "   ")) is rating


@given(kst.predicates(), st.sampled_from([str.upper, str.lower, str.title, lambda s: f" {s} "]))
def test_predicate_parse_round_trips_in_any_case_and_spacing(predicate, transform):
    assert Predicate.parse(transform(predicate.value)) is predicate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diatas Ekspektasi", Rating.ABOVE_EXPECTATIONS),
        ("DIBAWAH EKSPEKTASI", Rating.BELOW_EXPECTATIONS),
        ("di atas  ekspektasi", Rating.ABOVE_EXPECTATIONS),
    ],
)
def test_rating_variants_seen_in_real_data(text, expected):
    assert Rating.parse(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurang", Predicate.POOR),
        ("kurang / misconduct", Predicate.POOR),
        ("Cukup", Predicate.NEEDS_IMPROVEMENT),
        ("Butuh Perbaikan/Cukup", Predicate.NEEDS_IMPROVEMENT),
        ("BUTUH PERBAIKAN / CUKUP", Predicate.NEEDS_IMPROVEMENT),
        ("sangat  kurang", Predicate.VERY_POOR),
    ],
)
def test_predicate_variants_seen_in_real_data(text, expected):
    assert Predicate.parse(text) is expected


@pytest.mark.parametrize(
    "text", ["", "Baik Sekali", "Sesuai", "Ekspektasi", "Istimewa", "Misconduct", "Cukup Baik"]
)
def test_unknown_predicate_labels_are_rejected_listing_valid_ones(text):
    with pytest.raises(UnknownLabelError) as caught:
        Predicate.parse(text)
    assert "Sangat Baik" in caught.value.valid
    assert "cukup" in caught.value.valid
    assert caught.value.field == "Predicate"


@pytest.mark.parametrize(
    "text", ["Diatas Espektasi", "Atas", "Baik", None, 1, Rating.ABOVE_EXPECTATIONS]
)
def test_unknown_rating_labels_are_rejected(text):
    with pytest.raises(UnknownLabelError) as caught:
        Rating.parse(text)
    assert "Di Atas Ekspektasi" in str(caught.value)


@given(st.text(max_size=30))
def test_parse_either_succeeds_or_raises_unknown_label(text):
    for enum_type in (Rating, Predicate):
        try:
            member = enum_type.parse(text)
        except UnknownLabelError:
            pass
        else:
            assert normalise_label(text) in {
                normalise_label(member.value),
                *enum_type._variants(),
            }


def test_english_labels():
    assert Rating.ABOVE_EXPECTATIONS.label("en") == "Above expectations"
    assert Predicate.NEEDS_IMPROVEMENT.label("en") == "Needs improvement"
    assert Predicate.NEEDS_IMPROVEMENT.label("id") == "Butuh Perbaikan"


@given(kst.ratings(), kst.predicates())
def test_every_member_has_labels_in_both_languages(rating, predicate):
    for member in (rating, predicate):
        assert member.label("id") == member.value
        assert member.label("en")


def test_ranks_order_the_members():
    assert sorted(Rating, key=lambda r: r.rank) == [
        Rating.BELOW_EXPECTATIONS,
        Rating.MEETS_EXPECTATIONS,
        Rating.ABOVE_EXPECTATIONS,
    ]
    assert [p.rank for p in Predicate] == [5, 4, 3, 2, 1]
