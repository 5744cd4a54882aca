"""The talent 9-box: every cell, every box's follow-ups, the order, the score bands."""

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction
from itertools import product

import jsonschema
import pytest
from hypothesis import given, settings

import kinerja_core as kc
from kinerja_core import Citation, Confidence, InvalidValueError, UnknownLabelError, Version
from kinerja_core.core import BandTable, LookupMatrix
from kinerja_core.core.documents import json_schema
from kinerja_core.talent import (
    TALENT_BOX_MATRIX,
    TALENT_FOLLOW_UPS,
    TALENT_PERFORMANCE_BANDS,
    TALENT_POTENTIAL_BANDS,
    FollowUp,
    Potential,
    TalentPlacement,
    performance_from_score,
    place_in_talent_box,
    potential_from_score,
    talent_box,
    talent_follow_ups,
)
from kinerja_core.testing import strategies as kst

A, S, B = (
    kc.Rating.ABOVE_EXPECTATIONS,
    kc.Rating.MEETS_EXPECTATIONS,
    kc.Rating.BELOW_EXPECTATIONS,
)
LOW, MEDIUM, HIGH = Potential.LOW, Potential.MEDIUM, Potential.HIGH

# domain reference §7 (two independent programs agree; PermenPANRB 3/2020 lampiran not seen)
REFERENCE_GRID = {
    (A, LOW): 4,
    (A, MEDIUM): 7,
    (A, HIGH): 9,
    (S, LOW): 2,
    (S, MEDIUM): 5,
    (S, HIGH): 8,
    (B, LOW): 1,
    (B, MEDIUM): 3,
    (B, HIGH): 6,
}
F = FollowUp
REFERENCE_FOLLOW_UPS = {
    9: (F.PROMOTION, F.RETENTION, F.SUCCESSION, F.AWARD),
    8: (F.RETENTION, F.SUCCESSION, F.ROTATION, F.COACHING),
    7: (F.RETENTION, F.SUCCESSION, F.JOB_ENRICHMENT, F.COMPETENCY_DEVELOPMENT, F.STUDY),
    6: (F.FITTING_PLACEMENT, F.COACHING, F.COUNSELLING),
    5: (F.FITTING_PLACEMENT, F.COACHING, F.COMPETENCY_DEVELOPMENT),
    4: (F.ROTATION, F.COMPETENCY_DEVELOPMENT),
    3: (F.COACHING, F.COUNSELLING, F.COMPETENCY_DEVELOPMENT, F.FITTING_PLACEMENT),
    2: (F.COACHING, F.COMPETENCY_DEVELOPMENT, F.FITTING_PLACEMENT),
    1: (F.PER_REGULATIONS,),
}
PERDA = Citation("Perwali Kota Contoh 7/2024", "Lampiran II (manajemen talenta)")
SINCE = date(2024, 1, 1)


def institution_with(spec, value, *more):
    overrides = {spec: Version(SINCE, value, PERDA)}
    overrides.update({extra: Version(SINCE, v, PERDA) for extra, v in more})
    return kc.NATIONAL.with_overrides("Pemda Kota Contoh", overrides).at(date(2024, 12, 31))


POTENTIAL_BANDS = BandTable.from_lower_edges([(0, LOW), (70, MEDIUM), (85, HIGH)], upper=100)
PERFORMANCE_BANDS = BandTable.from_lower_edges([(None, B), (90, S), (110, A)])
PEMDA = institution_with(
    TALENT_POTENTIAL_BANDS, POTENTIAL_BANDS, (TALENT_PERFORMANCE_BANDS, PERFORMANCE_BANDS)
)


# --- the vocabulary ----------------------------------------------------------------------------


def test_potential_values_are_the_official_labels_and_parse():
    assert [p.value for p in Potential] == ["Rendah", "Menengah", "Tinggi"]
    assert Potential("Menengah") is MEDIUM
    assert Potential.parse("  tinggi ") is HIGH
    assert [p.rank for p in Potential] == [1, 2, 3]
    assert HIGH.label("en") == "High"
    for unknown in ("Sedang", "Potensial Rendah", 3):
        with pytest.raises(UnknownLabelError):
            Potential.parse(unknown)


def test_follow_up_labels_and_variants():
    assert FollowUp.parse("Bimbingan Kinerja") is FollowUp.COACHING
    assert FollowUp.parse("konseling kinerja") is FollowUp.COUNSELLING
    assert FollowUp.parse("Promosi") is FollowUp.PROMOTION
    assert FollowUp.parse("Talent Pool") is FollowUp.SUCCESSION
    assert FollowUp.COMPETENCY_DEVELOPMENT.value == "Pengembangan Kompetensi"
    assert all(f.label("en") for f in FollowUp)
    with pytest.raises(UnknownLabelError):
        FollowUp.parse("Pecat")


# --- the grid: every cell ----------------------------------------------------------------------


@pytest.mark.parametrize(("performance", "potential"), list(REFERENCE_GRID))
def test_every_cell_of_the_reference_grid(performance, potential):
    assert talent_box(performance, potential) == REFERENCE_GRID[performance, potential]


@pytest.mark.parametrize("box", range(1, 10))
def test_every_box_has_the_reference_follow_ups(box):
    assert talent_follow_ups(box) == REFERENCE_FOLLOW_UPS[box]


def test_the_grid_uses_every_box_number_once():
    assert sorted(talent_box(r, p) for r, p in product(kc.Rating, Potential)) == list(range(1, 10))


def at_least_as_good(a, b):
    """The grid's partial order: at least as good on both axes."""
    return a[0].rank >= b[0].rank and a[1].rank >= b[1].rank


def test_a_better_rating_or_potential_never_gives_a_lower_box_exhaustively():
    cells = list(product(kc.Rating, Potential))
    comparable = 0
    for better, worse in product(cells, cells):
        if at_least_as_good(better, worse):
            comparable += 1
            assert talent_box(*better) >= talent_box(*worse), (better, worse)
            if better != worse:
                assert talent_box(*better) > talent_box(*worse), (better, worse)
    assert comparable == 36  # 6 × 6 pairs of (rating, potential) ranks in product order
    # the order is partial: (Di Atas, Rendah) and (Di Bawah, Tinggi) are not comparable
    assert not at_least_as_good((A, LOW), (B, HIGH))
    assert not at_least_as_good((B, HIGH), (A, LOW))


@settings(max_examples=30)
@given(kst.talent_inputs(), kst.talent_inputs())
def test_the_box_is_monotone_in_the_grids_order(first, second):
    if at_least_as_good(first, second):
        assert talent_box(*first) >= talent_box(*second)


def test_talent_box_explains_the_cell_and_its_citation():
    outcome = kc.explain(talent_box, S, HIGH)
    assert outcome.value == 8
    (step,) = outcome.explanation.steps
    assert step.parameters[0].name == "talent_box_matrix[Sesuai Ekspektasi, Tinggi]"
    assert step.parameters[0].citation.regulation == "PermenPANRB 3/2020"
    assert step.parameters[0].citation.confidence is Confidence.SOFTWARE
    text = outcome.explanation.render(lang="id")
    assert "parameter: matriks kotak talenta (Sesuai Ekspektasi, Tinggi) = 8" in text
    assert "hasil: 8" in text
    assert outcome.explanation.render(lang="en", form="summary") == "Talent box: 8"


@pytest.mark.parametrize(
    ("performance", "potential", "field"),
    [
        ("Di Atas Ekspektasi", HIGH, "performance"),
        (A, "Tinggi", "potential"),
        (None, LOW, "performance"),
    ],
)
def test_talent_box_refuses_text_and_other_types(performance, potential, field):
    with pytest.raises(InvalidValueError) as caught:
        talent_box(performance, potential)
    assert caught.value.field == field
    assert caught.value.code == "wrong_type"
    assert "parse" in caught.value.message("id")


@pytest.mark.parametrize("box", [0, 10, -1, True, "1", Decimal(1)])
def test_follow_ups_need_a_box_number_from_one_to_nine(box):
    with pytest.raises(InvalidValueError) as caught:
        talent_follow_ups(box)
    assert caught.value.field == "box"


def test_explained_follow_ups_name_the_box_and_the_table():
    outcome = kc.explain(talent_follow_ups, 1)
    assert outcome.value == (FollowUp.PER_REGULATIONS,)
    assert outcome.explanation.steps[0].parameters[0].name == "talent_follow_ups[1]"


# --- overrides of the grid and the follow-ups ---------------------------------------------------


def test_an_institution_may_number_the_grid_its_own_way():
    reversed_grid = {key: 10 - box for key, box in REFERENCE_GRID.items()}
    rules = institution_with(TALENT_BOX_MATRIX, reversed_grid)
    assert talent_box(A, HIGH, rules=rules) == 1
    assert talent_box(A, HIGH) == 9  # the national grid is untouched
    assert isinstance(rules[TALENT_BOX_MATRIX], LookupMatrix)


@pytest.mark.parametrize(
    "grid",
    [
        {**REFERENCE_GRID, (A, HIGH): 8},  # 8 twice, 9 missing
        {**REFERENCE_GRID, (A, HIGH): 10},
        {key: box for key, box in REFERENCE_GRID.items() if box != 9},  # a cell missing
        {**REFERENCE_GRID, (B, LOW): True},
    ],
)
def test_a_grid_without_each_box_once_is_refused(grid):
    with pytest.raises(InvalidValueError) as caught:
        institution_with(TALENT_BOX_MATRIX, grid)
    assert caught.value.field.startswith("talent_box_matrix")


def test_follow_ups_may_be_overridden_and_are_checked():
    table = {**REFERENCE_FOLLOW_UPS, 1: (FollowUp.COUNSELLING, FollowUp.PER_REGULATIONS)}
    rules = institution_with(TALENT_FOLLOW_UPS, table)
    assert talent_follow_ups(1, rules=rules) == (FollowUp.COUNSELLING, FollowUp.PER_REGULATIONS)
    problems = [
        ("not a mapping", []),
        ({b: v for b, v in REFERENCE_FOLLOW_UPS.items() if b != 5}, None),
        ({**REFERENCE_FOLLOW_UPS, 5: "Coaching"}, None),
        ({**REFERENCE_FOLLOW_UPS, 5: ("Coaching",)}, None),
        ({**REFERENCE_FOLLOW_UPS, 5: (FollowUp.COACHING, FollowUp.COACHING)}, None),
        ({**REFERENCE_FOLLOW_UPS, "5": (FollowUp.COACHING,)}, None),
    ]
    for value, _ in problems:
        with pytest.raises(InvalidValueError) as caught:
            institution_with(TALENT_FOLLOW_UPS, value)
        assert caught.value.field.startswith("talent_follow_ups"), value
        assert caught.value.reason_id


# --- scores to axes (institution-only bands) ----------------------------------------------------


def test_the_score_bands_are_set_by_each_institution():
    assert TALENT_POTENTIAL_BANDS.institution_only
    assert TALENT_PERFORMANCE_BANDS.institution_only
    assert TALENT_POTENTIAL_BANDS not in kc.NATIONAL
    with pytest.raises(kc.UnknownParameterError) as caught:
        potential_from_score(80)
    assert caught.value.field == "talent_potential_bands"
    with pytest.raises(kc.UnknownParameterError) as caught:
        performance_from_score(100)
    assert caught.value.field == "talent_performance_bands"


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (0, LOW),
        (Decimal("69.99"), LOW),
        (Fraction(209, 3), LOW),  # 69.666…
        (70, MEDIUM),
        ("84.99", MEDIUM),
        (Fraction(254, 3), MEDIUM),  # 84.666…
        (85, HIGH),
        (100, HIGH),
    ],
)
def test_both_sides_of_every_potential_edge(score, level):
    assert potential_from_score(score, rules=PEMDA) is level


@pytest.mark.parametrize(
    ("score", "rating"),
    [
        (Decimal("89.99"), B),
        (90, S),
        (Decimal("109.99"), S),
        (110, A),
        (-5, B),
        (150, A),
    ],
)
def test_both_sides_of_every_performance_edge(score, rating):
    assert performance_from_score(score, rules=PEMDA) is rating


@pytest.mark.parametrize("score", [-1, Decimal("100.01"), 0.5, True, "abc"])
def test_a_potential_score_outside_0_to_100_or_inexact_is_refused(score):
    with pytest.raises(InvalidValueError) as caught:
        potential_from_score(score, rules=PEMDA)
    assert caught.value.field == "potential_score"


def test_potential_bands_must_cover_0_to_100_and_never_fall():
    short = BandTable.from_lower_edges([(0, LOW), (50, HIGH)], upper=90)
    with pytest.raises(InvalidValueError, match="talent_potential_bands"):
        institution_with(TALENT_POTENTIAL_BANDS, short)
    falling = BandTable.from_lower_edges([(0, HIGH), (50, LOW)], upper=100)
    with pytest.raises(InvalidValueError, match="talent_potential_bands"):
        institution_with(TALENT_POTENTIAL_BANDS, falling)
    falling_rating = BandTable.from_lower_edges([(None, A), (90, B)])
    with pytest.raises(InvalidValueError, match="talent_performance_bands"):
        institution_with(TALENT_PERFORMANCE_BANDS, falling_rating)


@settings(max_examples=30)
@given(kst.potential_bands(), kst.decimals(min_value=0, max_value=100, places=2))
def test_generated_potential_bands_are_accepted_and_monotone(bands, score):
    rules = institution_with(TALENT_POTENTIAL_BANDS, bands)
    level = potential_from_score(score, rules=rules)
    assert potential_from_score(min(score + 1, Decimal(100)), rules=rules).rank >= level.rank


def test_score_look_ups_explain_the_band_and_the_institutions_citation():
    outcome = kc.explain(potential_from_score, 85, rules=PEMDA)
    (step,) = outcome.explanation.steps
    assert step.inputs == (("potential_score", Decimal(85)),)
    assert step.parameters[0].name == "talent_potential_bands[Tinggi]"
    assert step.parameters[0].citation == PERDA
    assert kc.explain(performance_from_score, 90, rules=PEMDA).value is S


# --- placements -----------------------------------------------------------------------------


def test_a_placement_from_levels():
    placement = place_in_talent_box(A, MEDIUM)
    assert (placement.box, placement.follow_ups) == (7, REFERENCE_FOLLOW_UPS[7])
    assert placement.performance is A
    assert placement.potential is MEDIUM
    assert [s.fact.en for s in placement.explanation.steps] == [
        "Talent box",
        "Follow-ups of the talent box",
    ]


def test_a_placement_from_scores_explains_each_look_up():
    placement = place_in_talent_box(Decimal("112.5"), 86, rules=PEMDA)
    assert (placement.performance, placement.potential, placement.box) == (A, HIGH, 9)
    steps = placement.explanation.steps
    assert [name for step in steps for name, _ in step.inputs] == [
        "performance_score",
        "potential_score",
        "performance",
        "potential",
        "box",
    ]
    summary = placement.explanation.render(lang="id", form="summary")
    assert summary.startswith("Tindak lanjut kotak talenta: (Promosi, Dipertahankan")
    assert "- Kotak talenta: 9" in summary
    assert kc.explain(place_in_talent_box, S, LOW).value.box == 2


@pytest.mark.parametrize(
    ("performance", "potential", "field"),
    [(True, LOW, "performance"), (A, 0.5, "potential"), (A, None, "potential")],
)
def test_a_placement_refuses_what_is_neither_a_level_nor_a_score(performance, potential, field):
    with pytest.raises(InvalidValueError) as caught:
        place_in_talent_box(performance, potential, rules=PEMDA)
    assert caught.value.field == field


def test_a_placement_is_checked_and_round_trips_through_json():
    placement = place_in_talent_box(B, HIGH)
    data = json.loads(json.dumps(placement.to_dict()))
    assert data["document"] == "talent_placement"
    assert data["follow_ups"] == ["Penempatan yang Sesuai", "Coaching", "Konseling"]
    back = TalentPlacement.from_dict(data)
    assert back == placement
    assert back.explanation == placement.explanation
    jsonschema.validate(data, json_schema(TalentPlacement))
    with pytest.raises(InvalidValueError, match="box"):
        TalentPlacement(B, HIGH, 10, ())
    with pytest.raises(InvalidValueError, match="follow_ups"):
        TalentPlacement(B, HIGH, 6, ("Coaching",))
    with pytest.raises(kc.DocumentError):
        TalentPlacement.from_dict({**data, "potential": "Sedang"})


@settings(max_examples=20)
@given(kst.talent_inputs())
def test_generated_placements_round_trip(pair):
    placement = place_in_talent_box(*pair)
    assert placement.box == talent_box(*pair)
    assert TalentPlacement.from_dict(placement.to_dict(explanation=False)) == placement


def test_the_grid_applies_from_the_2022_ratings():
    with pytest.raises(kc.RuleNotInForceError):
        talent_box(A, HIGH, rules=kc.NATIONAL.at(date(2021, 12, 31)))
    assert talent_box(A, HIGH, rules=kc.NATIONAL.at(date(2022, 1, 1))) == 9
