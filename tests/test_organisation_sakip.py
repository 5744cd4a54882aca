"""The SAKIP grade (domain reference §8): every edge on both sides, and the LKE score."""

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings

from kinerja_core import NATIONAL, Citation, InvalidValueError, ValidationError, Version, explain
from kinerja_core.organisation import (
    LKE_WEIGHTS,
    SAKIP_GRADES,
    LkeComponent,
    SakipGrade,
    sakip_grade,
    sakip_grade_bands,
    sakip_score,
)
from kinerja_core.testing import strategies as kst

# Domain reference §8: AA > 90-100, A > 80-90, BB > 70-80, B > 60-70, CC > 50-60, C > 30-50,
# D 0-30; the lower edge is exclusive (the likelier reading, the library's default).
EDGES = [
    (30, SakipGrade.D, SakipGrade.C),
    (50, SakipGrade.C, SakipGrade.CC),
    (60, SakipGrade.CC, SakipGrade.B),
    (70, SakipGrade.B, SakipGrade.BB),
    (80, SakipGrade.BB, SakipGrade.A),
    (90, SakipGrade.A, SakipGrade.AA),
]
INTERPRETATIONS = {
    SakipGrade.AA: "Sangat Memuaskan",
    SakipGrade.A: "Memuaskan",
    SakipGrade.BB: "Sangat Baik",
    SakipGrade.B: "Baik",
    SakipGrade.CC: "Cukup",
    SakipGrade.C: "Kurang",
    SakipGrade.D: "Sangat Kurang",
}


@pytest.mark.parametrize(("edge", "at", "above"), EDGES)
def test_every_grade_edge_on_both_sides(edge, at, above):
    assert sakip_grade(edge) is at
    assert sakip_grade(Decimal(edge) + Decimal("0.01")) is above
    assert sakip_grade(Fraction(edge) + Fraction(1, 10**9)) is above
    assert sakip_grade(Decimal(edge) - Decimal("0.01")) is at


def test_the_ends_of_the_scale():
    assert sakip_grade(0) is SakipGrade.D
    assert sakip_grade(100) is SakipGrade.AA
    assert sakip_grade("90.01") is SakipGrade.AA  # the example
    for outside in ("-0.01", "100.01"):
        with pytest.raises(InvalidValueError) as caught:
            sakip_grade(outside)
        assert caught.value.field == "score"
    with pytest.raises(InvalidValueError):
        sakip_grade(90.5)  # a float is never compared


@pytest.mark.parametrize(("grade", "label"), INTERPRETATIONS.items())
def test_interpretations(grade, label):
    assert grade.interpretation("id") == label
    assert grade.interpretation("en")
    assert SakipGrade.parse(grade.value.lower()) is grade


def test_the_other_reading_of_the_edges_is_one_override_away():
    inclusive = sakip_grade_bands(lower_inclusive=True)
    rules = NATIONAL.with_overrides(
        "Kementerian Contoh",
        {SAKIP_GRADES: Version(date(2024, 1, 1), inclusive, Citation("Permen Contoh", "Pasal 1"))},
    ).at(date(2024, 12, 31))
    for edge, _, above in EDGES:
        assert sakip_grade(edge, rules=rules) is above
    assert sakip_grade(0, rules=rules) is SakipGrade.D
    assert sakip_grade(100, rules=rules) is SakipGrade.AA
    assert sakip_grade_bands() == NATIONAL.latest()[SAKIP_GRADES]


@settings(max_examples=50)
@given(kst.sakip_scores(), kst.sakip_scores())
def test_grades_never_fall_as_the_score_rises(low, high):
    low, high = sorted((low, high))
    assert sakip_grade(low).rank <= sakip_grade(high).rank


def test_the_explanation_names_the_band_and_marks_the_source():
    text = explain(sakip_grade, 90).explanation.render("en")
    assert "80 < x ≤ 90" in text
    assert "A (Satisfactory)" in text
    assert "PermenPANRB 88/2021" in text


def test_the_score_from_the_lke_components_uses_the_unconfirmed_weights():
    scores = {
        LkeComponent.PLANNING: 90,
        LkeComponent.MEASUREMENT: 80,
        LkeComponent.REPORTING: 70,
        LkeComponent.INTERNAL_EVALUATION: 60,
    }
    # 0.30 × 90 + 0.30 × 80 + 0.15 × 70 + 0.25 × 60 = 27 + 24 + 10.5 + 15
    assert sakip_score(scores) == Decimal("76.5")
    outcome = explain(sakip_score, scores)
    assert outcome.exact == Fraction(153, 2)
    assert "UNCONFIRMED" in outcome.explanation.render("en")
    assert sakip_grade(outcome.value) is SakipGrade.BB
    assert sakip_score(dict.fromkeys(LkeComponent, Fraction(200, 3))) == Decimal(
        "66.66666666666666666666666667"
    )


def test_bad_component_scores_are_named():
    with pytest.raises(ValidationError) as caught:
        sakip_score({LkeComponent.PLANNING: 90, "Pelaporan": 1})
    assert len(caught.value.problems) == 4  # three missing, one unknown key
    with pytest.raises(InvalidValueError) as one:
        sakip_score(dict.fromkeys(LkeComponent, 101))
    assert one.value.field.startswith("components[")
    with pytest.raises(InvalidValueError):
        sakip_score([90, 80, 70, 60])


def test_the_weights_must_add_up_to_100():
    with pytest.raises(InvalidValueError, match="100"):
        LKE_WEIGHTS.validate(dict.fromkeys(LkeComponent, 20))
    with pytest.raises(InvalidValueError, match="negative"):
        LKE_WEIGHTS.validate(
            {
                LkeComponent.PLANNING: 60,
                LkeComponent.MEASUREMENT: 60,
                LkeComponent.REPORTING: -10,
                LkeComponent.INTERNAL_EVALUATION: -10,
            }
        )
    assert LkeComponent.parse("evaluasi internal") is LkeComponent.INTERNAL_EVALUATION


def reference_grade(score):
    for edge, _, above in reversed(EDGES):
        if score > edge:
            return above
    return SakipGrade.D


@settings(max_examples=50)
@given(kst.sakip_scores(places=3))
def test_every_score_gets_the_grade_of_the_reference_table(score):
    assert sakip_grade(score) is reference_grade(score)
