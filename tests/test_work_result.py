"""The proposed work-result rating and the unit-head rule (domain reference §1, §2)."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kinerja_core as kc
from fuzzing import anything, outcome_of
from kinerja_core import (
    NATIONAL,
    Citation,
    Confidence,
    InvalidValueError,
    Rating,
    RuleNotInForceError,
    Version,
    explain,
    propose_work_result_rating,
)
from kinerja_core.core.tables import Band, BandTable, Interval
from kinerja_core.performance import (
    WORK_RESULT_BANDS,
    WorkResultBands,
    unit_head_work_result,
)
from kinerja_core.testing import strategies as kst
from plain_steps import plain_value

A, S, B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS
PERDA = Citation("Perwali Kota Contoh 5/2025", "Pasal 12")


@pytest.mark.parametrize(
    ("achievement", "expected"),
    [
        ("0", B),
        (Decimal("-5"), B),
        (Decimal("87.5"), B),  # the PermenPANRB 8/2021 lampiran's range example, 70/80
        ("99.99", B),
        (Decimal("99.9999999999"), B),
        (100, S),  # lower edge of Sesuai: inclusive
        (Decimal("100.000"), S),
        ("100.5", S),
        (Decimal("100.9999999999"), S),
        (101, A),  # lower edge of Di Atas: inclusive
        ("107.14", A),
        (Decimal(120), A),
        ("1000", A),
    ],
)
def test_national_bands_at_and_around_every_edge(achievement, expected):
    assert propose_work_result_rating(achievement) is expected
    assert propose_work_result_rating(achievement, rules=NATIONAL.at(date(2022, 1, 1))) is expected


def test_national_bands_are_a_dated_policy_choice():
    resolved = NATIONAL.latest().resolve(WORK_RESULT_BANDS)
    assert resolved.value == WorkResultBands(above_from=101, meets_from=100).table
    assert resolved.value == BandTable(
        (
            Band(B, None, 100, lower_closed=False, upper_closed=False),
            Band(S, 100, 101, lower_closed=True, upper_closed=False),
            Band(A, 101, None, lower_closed=True, upper_closed=False),
        ),
        monotone="increasing",
    )
    assert resolved.citation.confidence is Confidence.POLICY_CHOICE
    assert "not regulation" in resolved.citation.render("en")
    assert "bukan peraturan" in resolved.citation.render("id")
    with pytest.raises(RuleNotInForceError, match="2022-01-01"):
        propose_work_result_rating(100, rules=NATIONAL.at(date(2021, 12, 31)))


def test_a_pemda_overrides_the_bands():
    pemda = NATIONAL.with_overrides(
        "Pemda Kota Contoh",
        {WORK_RESULT_BANDS: Version(date(2025, 1, 1), WorkResultBands("110", "90"), PERDA)},
    )
    rules = pemda.at(date(2025, 1, 1))
    assert propose_work_result_rating("89.99", rules=rules) is B
    assert propose_work_result_rating(90, rules=rules) is S
    assert propose_work_result_rating("109.99", rules=rules) is S
    assert propose_work_result_rating(110, rules=rules) is A
    assert propose_work_result_rating(90, rules=pemda.at(date(2024, 12, 31))) is B
    outcome = explain(propose_work_result_rating, 90, rules=rules)
    assert outcome.explanation.citations == (PERDA,)


def test_bands_validate_their_edges():
    with pytest.raises(InvalidValueError, match="meets_from"):
        WorkResultBands(above_from=100, meets_from=100)
    with pytest.raises(InvalidValueError, match="meets_from"):
        WorkResultBands(above_from=90, meets_from=110)
    with pytest.raises(InvalidValueError, match="float"):
        WorkResultBands(above_from=110.0, meets_from=90)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="above_from"):
        WorkResultBands(above_from="NaN", meets_from=90)
    with pytest.raises(InvalidValueError, match="work_result_bands"):
        NATIONAL.replace({WORK_RESULT_BANDS: {"above_from": 110, "meets_from": 90}})
    assert WorkResultBands(110, 90).table.edges == (Decimal(90), Decimal(110))
    assert WorkResultBands(110, 90).to_dict() == {"above_from": "110", "meets_from": "90"}


@pytest.mark.parametrize("bad", [87.5, None, True, "87,5", "abc", [87]])
def test_achievement_must_be_an_exact_number(bad):
    with pytest.raises(InvalidValueError, match="weighted_achievement"):
        propose_work_result_rating(bad)


def test_explanation_names_input_bands_and_citation():
    outcome = explain(propose_work_result_rating, Decimal("87.5"))
    (step,) = outcome.explanation.steps
    assert step.inputs == (("weighted_achievement", Decimal("87.5")),)
    (band,) = step.parameters  # the row of the table that was used
    assert band.name == "work_result_bands[Di Bawah Ekspektasi]"
    assert band.value == Interval(None, 100)
    assert band.citation.confidence is Confidence.POLICY_CHOICE
    assert step.result is B
    english, indonesian = (outcome.explanation.render(lang=lang) for lang in ("en", "id"))
    assert "POLICY CHOICE" in english
    assert "work-result bands (Di Bawah Ekspektasi) = x < 100 (" in english
    assert "atasan tetap menilai" in indonesian
    assert "PILIHAN KEBIJAKAN" in indonesian
    assert "rentang rating hasil kerja (Di Bawah Ekspektasi) = x < 100 (" in indonesian
    why = NATIONAL.latest()[WORK_RESULT_BANDS].why(Decimal("87.5"))
    assert why.en == "87.5 lies in x < 100 → Below expectations"
    assert why.id == "87,5 berada pada rentang x < 100 → Di Bawah Ekspektasi"
    assert plain_value(outcome.to_dict()["value"]) == "Di Bawah Ekspektasi"
    used = outcome.to_dict()["explanation"]["steps"][0]["parameters"][0]["value"]
    assert plain_value(used) == {
        "lower": None,
        "upper": "100",
        "lower_closed": False,
        "upper_closed": False,
    }


@pytest.mark.parametrize(
    ("achievement", "row", "shown"),
    [
        (100, "Sesuai Ekspektasi", "100 ≤ x < 101"),
        ("100.99", "Sesuai Ekspektasi", "100 ≤ x < 101"),
        (101, "Di Atas Ekspektasi", "x ≥ 101"),
        ("99.99", "Di Bawah Ekspektasi", "x < 100"),
    ],
)
def test_explanation_names_the_row_on_both_sides_of_each_edge(achievement, row, shown):
    (step,) = explain(propose_work_result_rating, achievement).explanation.steps
    (use,) = step.parameters
    assert use.name == f"work_result_bands[{row}]"
    assert use.value.describe("en") == shown
    assert step.result is Rating(row)


@given(kst.weighted_achievements(), kst.weighted_achievements())
def test_proposal_is_monotone_in_achievement(x, y):
    low, high = sorted((x, y))
    assert propose_work_result_rating(low).rank <= propose_work_result_rating(high).rank


@given(kst.work_result_bands(), kst.weighted_achievements(), kst.weighted_achievements())
def test_proposal_is_monotone_under_any_bands(bands, x, y):
    rules = NATIONAL.replace({WORK_RESULT_BANDS: bands}).latest()
    low, high = sorted((x, y))
    assert (
        propose_work_result_rating(low, rules=rules).rank
        <= propose_work_result_rating(high, rules=rules).rank
    )
    assert propose_work_result_rating(bands.above_from, rules=rules) is A
    assert propose_work_result_rating(bands.meets_from, rules=rules) is S
    assert propose_work_result_rating(bands.meets_from - Decimal("0.01"), rules=rules) is B


@given(kst.number_likes(min_value=0, max_value=200))
def test_every_accepted_number_form_gives_the_same_proposal(value):
    assert propose_work_result_rating(value) is propose_work_result_rating(Decimal(str(value)))


# --- unit head ----------------------------------------------------------------------------------


@given(kst.ratings())
def test_unit_head_gets_the_units_rating(unit_rating):
    assert unit_head_work_result(unit_rating) is unit_rating


def test_unit_head_explanation_cites_permenpanrb_6_2022_via_se_3_2023():
    outcome = explain(unit_head_work_result, A)
    (step,) = outcome.explanation.steps
    assert step.result is A
    assert step.citation is not None
    assert step.citation.regulation == "PermenPANRB 6/2022"
    assert "SE MenPANRB 3/2023" in step.citation.render("en")
    assert "SE MenPANRB 3/2023" in step.citation.render("id")
    assert step.citation.confidence is Confidence.SECONDARY
    assert "[S]" in outcome.explanation.render(lang="id")


@pytest.mark.parametrize("bad", ["Di Atas Ekspektasi", None, kc.Predicate.GOOD, 1])
def test_unit_head_needs_a_rating(bad):
    with pytest.raises(InvalidValueError, match=r"unit_rating.*Rating\.parse"):
        unit_head_work_result(bad)


def test_regression_bands_refuse_an_inexact_achievement_clearly():
    # `WorkResultBands.rating_for` compared its argument as given: "x" raised a TypeError.
    bands = WorkResultBands(above_from=101, meets_from=100)
    assert bands.rating_for("100") is S
    for bad in ("x", 100.5, None):
        with pytest.raises(InvalidValueError, match="achievement"):
            bands.rating_for(bad)


# --- fuzz ---------------------------------------------------------------------------------------

ANYTHING = anything(st.sampled_from([*Rating, *kc.Predicate]))


@given(ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b):
    outcome_of(propose_work_result_rating, a)
    outcome_of(propose_work_result_rating, a, rules=b)
    outcome_of(unit_head_work_result, a)
    outcome_of(WorkResultBands, a, b)
    outcome_of(WorkResultBands(above_from=101, meets_from=100).rating_for, a)
    outcome_of(NATIONAL.replace, {WORK_RESULT_BANDS: a})


# --- any band table of ratings --------------------------------------------------------------

SAKIP_LIKE = BandTable.from_lower_edges([(None, B), (90, S), (110, A)], closed="upper")


def test_a_pemda_may_give_a_band_table_with_exclusive_lower_edges():
    rules = NATIONAL.replace({WORK_RESULT_BANDS: SAKIP_LIKE}).latest()
    assert rules[WORK_RESULT_BANDS].bands == SAKIP_LIKE.bands
    assert SAKIP_LIKE.monotone is None  # the check declares the direction it verified
    assert rules[WORK_RESULT_BANDS].monotone == "increasing"
    assert propose_work_result_rating(90, rules=rules) is B
    assert propose_work_result_rating("90.01", rules=rules) is S
    assert propose_work_result_rating(110, rules=rules) is S
    assert propose_work_result_rating("110.01", rules=rules) is A


@pytest.mark.parametrize(
    ("table", "match"),
    [
        (BandTable.from_lower_edges([(None, S), (100, B)]), "work_result_bands: bands"),
        (BandTable.from_lower_edges([(0, B), (100, A)]), "every number|any x"),
        (BandTable.from_lower_edges([(None, "Baik")]), r"work_result_bands\[0\]"),
    ],
)
def test_band_tables_must_rise_cover_every_number_and_hold_ratings(table, match):
    with pytest.raises(InvalidValueError, match=match):
        NATIONAL.replace({WORK_RESULT_BANDS: table})
