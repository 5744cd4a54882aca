"""PP 46/2011 + Perka BKN 1/2013, the numeric SKP of 2014 - 30 June 2021 (domain reference §3)."""

import json
from datetime import date
from decimal import Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from fuzzing import anything, outcome_of
from kinerja_core import (
    NATIONAL,
    Confidence,
    InvalidValueError,
    RuleNotInForceError,
    UnknownLabelError,
    explain,
    round_half_up,
)
from kinerja_core.legacy import pp46_2011 as pp46
from kinerja_core.legacy.pp46_2011 import (
    Activity,
    BandGapRule,
    BehaviourAspect,
    CreativityLevel,
    PerformanceCategory,
    PerformanceWeights,
)
from kinerja_core.testing import strategies as kst
from plain_steps import plain_value

SB, B, C, K, BURUK = (
    PerformanceCategory.VERY_GOOD,
    PerformanceCategory.GOOD,
    PerformanceCategory.FAIR,
    PerformanceCategory.POOR,
    PerformanceCategory.BAD,
)
COMMON = [a for a in BehaviourAspect if a is not BehaviourAspect.LEADERSHIP]
IN_FORCE = kst.dates(min_value=date(2014, 1, 1), max_value=date(2021, 6, 30))

# The official worked example (domain reference §3, [S]).
WORKED = {
    "target_output": 1,
    "realised_output": 1,
    "realised_quality": 90,
    "target_months": 12,
    "realised_months": 12,
    "target_cost": 170395000,
    "realised_cost": 170395000,
}


def exact_mean(values):
    values = [Fraction(v) for v in values]
    return sum(values, Fraction(0)) / len(values)


def fields(activity):
    return {
        "target_output": activity.target_output,
        "realised_output": activity.realised_output,
        "realised_quality": activity.realised_quality,
        "target_months": activity.target_months,
        "realised_months": activity.realised_months,
        "target_cost": activity.target_cost,
        "realised_cost": activity.realised_cost,
    }


def variant(values):
    return NATIONAL.replace(values).at(date(2020, 12, 31))


# --- The worked example ----------------------------------------------------------------------


def test_worked_example_perka_bkn_1_2013_aspects_and_capaian():
    assert pp46.quantity_score(1, 1) == 100
    assert pp46.quality_score(90) == 90
    assert pp46.time_score(12, 12) == 76
    assert pp46.cost_score(170395000, 170395000) == 76
    outcome = explain(pp46.activity_score, **WORKED)
    assert outcome.exact == Fraction(342, 4)
    assert "jumlah = 342" in outcome.explanation.render(lang="id")
    assert str(outcome.value) == "85.50"
    assert pp46.activity_score(**WORKED) == Decimal("85.50")
    assert pp46.category(outcome.value) is B


def test_worked_example_perka_bkn_1_2013_work_performance():
    skp = pp46.skp_score([Activity(**WORKED)])
    assert str(skp) == "85.50"
    outcome = explain(pp46.work_performance_score, skp, 80)
    assert str(outcome.value) == "83.30"
    assert outcome.exact == Fraction("83.3")
    assert outcome.explanation.steps[-1].result is B
    assert pp46.work_performance_score("85.50", 80) == Decimal("83.30")


def test_without_cost_the_capaian_divides_by_three():
    outcome = explain(
        pp46.activity_score,
        target_output=1,
        realised_output=1,
        realised_quality=90,
        target_months=12,
        realised_months=12,
    )
    assert "Cost aspect" not in outcome.explanation.render(lang="en")
    assert "jumlah = 266" in outcome.explanation.render(lang="id")
    assert str(outcome.value) == "88.67"  # 266 / 3 = 88.666…
    assert outcome.exact == Fraction(266, 3)


# --- Time and cost: the 24 % branch --------------------------------------------------------


@pytest.mark.parametrize("months", range(1, 13))
def test_exactly_76_percent_of_the_target_scores_100(months):
    realised = Decimal("0.76") * months
    assert pp46.time_score(months, realised) == 100
    assert pp46.cost_score(months * 1000, realised * 1000) == 100


@pytest.mark.parametrize(
    ("target", "realised", "expected"),
    [
        (25, 19, "100"),  # exactly 0.76: efficiency exactly 24 → ordinary branch
        (25, "19.0001", "99.9996"),  # efficiency just below 24: 176 − 76.0004
        (25, "18.9999", "75.9996"),  # efficiency just above 24: 100 × RW / TW
        (3, "2.28", "100"),
        (7, "5.32", "100"),
        (1, "0.76", "100"),
        (12, 12, "76"),
        (12, 6, "50"),  # half the time: high-efficiency branch
        (12, 0, "0"),
        (12, "21.12", "0"),  # 1.76 × TW
        (12, 24, "-24"),  # no floor: negative beyond 1.76 × TW
        (12, 13, "67.66666666666666666666666667"),
    ],
)
def test_time_score_either_side_of_the_boundary(target, realised, expected):
    assert pp46.time_score(target, realised) == Decimal(expected)
    assert pp46.cost_score(target, realised) == Decimal(expected)


@given(kst.decimals(min_value="0.01", max_value=100, places=2))
def test_the_boundary_is_exact_for_any_target(target):
    assert pp46.time_score(target, target * Decimal("0.76")) == 100


@given(kst.decimals(min_value="0.01", max_value=100, places=2), st.data())
def test_time_score_shape_around_the_boundary(target, data):
    boundary = target * Decimal("0.76")
    realised = data.draw(kst.decimals(min_value=0, max_value=target * 2, places=4))
    score = pp46.time_score(target, realised)
    ratio_score = realised * 100 / target

    def same(x, y):  # equal to the library's precision (28 significant digits)
        return round_half_up(x, 20) == round_half_up(y, 20)

    if realised >= boundary:
        assert same(score, 176 - ratio_score)  # efficiency ≤ 24
    else:
        assert same(score, ratio_score)  # efficiency > 24: 76 − (176 − 100r − 100) = 100r
        assert score < 76
    assert score <= 100
    assert (score == 100) == (realised == boundary)


@given(
    kst.decimals(min_value=1, max_value=100, places=0),
    kst.decimals(min_value=0, max_value=2, places=3),
    kst.decimals(min_value=0, max_value=2, places=3),
)
def test_time_score_is_non_increasing_from_the_boundary_and_rising_below_it(target, r1, r2):
    low, high = sorted((r1, r2))
    months_low, months_high = target * low, target * high
    score_low, score_high = (
        pp46.time_score(target, months_low),
        pp46.time_score(target, months_high),
    )
    if low >= Decimal("0.76"):
        assert score_low >= score_high
    if high < Decimal("0.76"):
        assert score_low <= score_high


@given(kst.number_likes(min_value=1, max_value=1000), kst.number_likes(max_value=2000))
def test_cost_uses_the_same_formula_as_time(target, realised):
    assert pp46.cost_score(target, realised) == pp46.time_score(target, realised)


def test_efficiency_parameters_are_read_from_the_rules():
    rules = variant(
        {
            pp46.PP46_EFFICIENCY_COEFFICIENT: "1.5",
            pp46.PP46_EFFICIENCY_THRESHOLD: 50,
            pp46.PP46_HIGH_EFFICIENCY_BASE: 50,
        }
    )
    assert pp46.time_score(10, 5, rules=rules) == 100  # efficiency 50 ≤ 50: (15 − 5)/10 × 100
    assert pp46.time_score(10, 4, rules=rules) == 40  # > 50: 50 − ((11/10 × 100) − 100)
    assert pp46.time_score(10, 10, rules=rules) == 50


# --- Quantity, quality, capaian --------------------------------------------------------------


@given(
    kst.decimals(min_value=1, max_value=1000),
    kst.decimals(max_value=2000),
    kst.decimals(max_value=2000),
)
def test_quantity_is_monotone_in_realised_output(target, r1, r2):
    low, high = sorted((r1, r2))
    assert pp46.quantity_score(target, low) <= pp46.quantity_score(target, high)
    assert pp46.quantity_score(target, target) == 100


def test_quantity_above_target_exceeds_100():
    assert pp46.quantity_score(4, 5) == 125


@given(kst.decimals(max_value=100))
def test_quality_is_rk_on_the_100_scale(realised):
    assert pp46.quality_score(realised) == realised


def test_quality_above_the_scale_is_rejected():
    with pytest.raises(InvalidValueError, match="realised_quality"):
        pp46.quality_score("100.01")


@given(kst.pp46_activities())
def test_capaian_is_the_mean_of_three_or_four_aspects(activity):
    outcome = explain(pp46.activity_score, **fields(activity))
    aspects = [
        explain(pp46.quantity_score, activity.target_output, activity.realised_output).exact,
        explain(pp46.quality_score, activity.realised_quality).exact,
        explain(pp46.time_score, activity.target_months, activity.realised_months).exact,
    ]
    if activity.cost_targeted:
        aspects.append(explain(pp46.cost_score, activity.target_cost, activity.realised_cost).exact)
    assert outcome.exact == exact_mean(aspects)
    assert outcome.value == round_half_up(outcome.exact, 2)
    assert len(outcome.explanation.steps) == len(aspects) + 1
    json.dumps(outcome.to_dict())


def test_capaian_rounds_half_up():
    # 100 + 90.02 + 76 + 76 = 342.02; / 4 = 85.505 → 85.51 (half-even would give 85.50)
    assert pp46.activity_score(**{**WORKED, "realised_quality": "90.02"}) == Decimal("85.51")


def test_rounding_can_be_switched_off():
    rules = variant({pp46.PP46_SCORE_PLACES: None})
    exact = Decimal(266) / 3
    assert (
        pp46.activity_score(
            target_output=1,
            realised_output=1,
            realised_quality=90,
            target_months=12,
            realised_months=12,
            rules=rules,
        )
        == exact
    )


@given(kst.pp46_activities(), kst.number_likes(max_value=100))
def test_number_forms_do_not_change_the_result(activity, quality):
    as_text = {
        "target_output": str(activity.target_output),
        "realised_output": str(activity.realised_output),
        "realised_quality": quality,
        "target_months": str(activity.target_months),
        "realised_months": activity.realised_months,
    }
    as_decimal = {**as_text, "realised_quality": Decimal(str(quality))}
    assert pp46.activity_score(**as_text) == pp46.activity_score(**as_decimal)


# --- Nilai SKP ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "value"), [(0, 0), (1, 1), (3, 1), (4, 2), (6, 2), (7, 3), (50, 3)]
)
def test_additional_task_bands(count, value):
    assert pp46.additional_tasks_value(count) == value


@given(st.integers(0, 100), st.integers(0, 100))
def test_additional_task_value_never_falls_and_stays_within_the_bands(a, b):
    low, high = sorted((a, b))
    assert 0 <= pp46.additional_tasks_value(low) <= pp46.additional_tasks_value(high) <= 3


@pytest.mark.parametrize(
    ("level", "value"),
    [
        (None, 0),
        (CreativityLevel.WORK_UNIT, 3),
        (CreativityLevel.ORGANISATION, 6),
        (CreativityLevel.COUNTRY, 12),
    ],
)
def test_creativity_values(level, value):
    assert pp46.creativity_value(level) == value


@given(
    st.lists(kst.pp46_activities(), min_size=1, max_size=8),
    st.integers(0, 10),
    st.none() | kst.pp46_creativity_levels(),
)
def test_skp_is_mean_of_exact_capaian_plus_tasks_and_creativity(activities, tasks, level):
    outcome = explain(pp46.skp_score, activities, additional_tasks=tasks, creativity=level)
    exact = [explain(pp46.activity_score, **fields(a)).exact for a in activities]
    mean = exact_mean(exact)
    additions = Fraction(pp46.additional_tasks_value(tasks) + pp46.creativity_value(level))
    assert outcome.exact == mean + additions
    assert outcome.value == round_half_up(outcome.exact, 2)
    assert outcome.explanation.steps[-1].result is pp46.category(outcome.value)
    assert min(exact) <= mean <= max(exact)
    json.dumps(outcome.to_dict())


@given(kst.pp46_activities(), st.integers(1, 5))
def test_skp_of_identical_activities_is_their_capaian(activity, copies):
    assert pp46.skp_score([activity] * copies) == pp46.activity_score(
        target_output=activity.target_output,
        realised_output=activity.realised_output,
        realised_quality=activity.realised_quality,
        target_months=activity.target_months,
        realised_months=activity.realised_months,
        target_cost=activity.target_cost,
        realised_cost=activity.realised_cost,
    )


def test_regression_mean_of_equal_capaian_is_that_capaian_exactly():
    # Summing in 28 digits first gave 58.666…65 for the mean of two 58.666…67 (below both).
    activity = Activity(
        target_output=1, realised_output=1, realised_quality=0, target_months=1, realised_months=1
    )
    outcome = explain(pp46.skp_score, [activity, activity])
    assert outcome.exact == explain(pp46.activity_score, **fields(activity)).exact
    assert outcome.exact == Fraction(176, 3)


def test_skp_averages_the_unrounded_capaian():
    # 85.5075 (printed 85.51) and 85.5 (printed 85.50): the exact mean 85.50375 → 85.50,
    # where averaging the printed values would give 85.505 → 85.51.
    first = Activity(**{**WORKED, "realised_quality": "90.03"})
    second = Activity(**WORKED)
    printed = [pp46.activity_score(**fields(a)) for a in (first, second)]
    assert printed == [Decimal("85.51"), Decimal("85.50")]
    outcome = explain(pp46.skp_score, [first, second])
    assert outcome.exact == Fraction("85.50375")
    assert outcome.value == Decimal("85.50")


def test_skp_may_exceed_100_and_adds_tasks_and_creativity():
    perfect = Activity(
        target_output=1,
        realised_output=2,
        realised_quality=100,
        target_months=25,
        realised_months=19,
    )
    # quantity 200, quality 100, time 100 → 133.33…; + 3 + 12
    outcome = explain(
        pp46.skp_score, [perfect], additional_tasks=7, creativity=CreativityLevel.COUNTRY
    )
    assert outcome.value == Decimal("148.33")
    assert outcome.exact == Fraction(400, 3) + 15
    assert outcome.explanation.steps[-1].result is SB


def test_skp_explanation_labels_each_activity():
    named = Activity(**WORKED, name="Menyusun laporan")
    outcome = explain(pp46.skp_score, [named, Activity(**WORKED)])
    text = outcome.explanation.render(lang="id")
    assert "Kegiatan 1 (Menyusun laporan): Aspek kuantitas" in text
    assert "Kegiatan 2: Aspek biaya" in outcome.explanation.render(lang="id")
    assert "Activity 2: Cost aspect" in outcome.explanation.render(lang="en")
    regulations = {c.regulation for c in outcome.explanation.citations}
    assert {"Perka BKN 1/2013", "PP 46/2011", "kinerja-core"} <= regulations


def test_unconfirmed_creativity_shows_in_the_explanation():
    outcome = explain(pp46.skp_score, [Activity(**WORKED)], creativity=CreativityLevel.WORK_UNIT)
    assert "[UNCONFIRMED]" in outcome.explanation.render(lang="en")
    assert outcome.value == Decimal("88.50")


# --- Nilai perilaku kerja ------------------------------------------------------------------


@given(kst.pp46_behaviour_scores(), st.booleans())
def test_behaviour_is_the_mean_of_the_aspects(scores, structural):
    if structural:
        scores = {**scores, BehaviourAspect.LEADERSHIP: Decimal(70)}
    outcome = explain(pp46.behaviour_score, scores, structural=structural)
    assert outcome.exact == exact_mean(scores.values())
    assert min(scores.values()) <= outcome.exact <= max(scores.values())
    assert outcome.value == round_half_up(outcome.exact, 2)
    assert outcome.explanation.steps[-1].result is pp46.category(outcome.value)
    names = tuple(name for name, _ in outcome.explanation.steps[0].inputs)
    assert names == tuple(a.value for a in BehaviourAspect if a in scores)
    json.dumps(outcome.to_dict())


def test_behaviour_of_a_structural_official_rounds_half_up():
    scores = {**dict.fromkeys(COMMON, 80), BehaviourAspect.LEADERSHIP: "83.03"}
    assert pp46.behaviour_score(scores, structural=True) == Decimal("80.51")  # 483.03 / 6


@pytest.mark.parametrize(
    ("scores", "structural", "message"),
    [
        (dict.fromkeys(COMMON[:4], 80), False, "missing"),
        ({**dict.fromkeys(COMMON, 80), BehaviourAspect.LEADERSHIP: 80}, False, "structural"),
        (dict.fromkeys(COMMON, 80), True, "Kepemimpinan"),
        ({**dict.fromkeys(COMMON[:4], 80), "Kerja Sama": 80}, False, "BehaviourAspect.parse"),
        ({**dict.fromkeys(COMMON, 80), BehaviourAspect.COOPERATION: 101}, False, "at most 100"),
        ({**dict.fromkeys(COMMON, 80), BehaviourAspect.COOPERATION: -1}, False, "negative"),
        ([80] * 5, False, "mapping"),
        (dict.fromkeys(COMMON, 80), "yes", "True or False"),
    ],
)
def test_bad_behaviour_input(scores, structural, message):
    with pytest.raises(InvalidValueError, match=message):
        pp46.behaviour_score(scores, structural=structural)


# --- Nilai prestasi kerja -----------------------------------------------------------------


@given(
    kst.decimals(min_value=-50, max_value=150),
    kst.decimals(min_value=-50, max_value=150),
    kst.decimals(max_value=100),
    kst.decimals(max_value=100),
)
def test_work_performance_is_monotone_in_both_inputs(s1, s2, b1, b2):
    low_s, high_s = sorted((s1, s2))
    low_b, high_b = sorted((b1, b2))
    assert pp46.work_performance_score(low_s, low_b) <= pp46.work_performance_score(high_s, low_b)
    assert pp46.work_performance_score(low_s, low_b) <= pp46.work_performance_score(low_s, high_b)


@given(kst.decimals(min_value=-50, max_value=150), kst.decimals(max_value=100))
def test_work_performance_lies_between_its_inputs(skp, behaviour):
    outcome = explain(pp46.work_performance_score, skp, behaviour)
    assert outcome.exact == (Fraction(skp) * 60 + Fraction(behaviour) * 40) / 100
    assert min(skp, behaviour) <= outcome.exact <= max(skp, behaviour)
    assert min(skp, behaviour) <= outcome.value <= max(skp, behaviour)  # 2-place inputs
    json.dumps(outcome.to_dict())


@given(kst.pp46_weights(), kst.decimals(max_value=150), kst.decimals(max_value=100))
def test_work_performance_follows_the_weights_in_the_rules(weights, skp, behaviour):
    rules = variant({pp46.PP46_WORK_PERFORMANCE_WEIGHTS: weights})
    outcome = explain(pp46.work_performance_score, skp, behaviour, rules=rules)
    weighted = Fraction(skp) * Fraction(weights.skp) + Fraction(behaviour) * Fraction(
        weights.behaviour
    )
    assert outcome.exact == weighted / 100
    assert weights.label("id") in outcome.explanation.render(lang="id")


def test_work_performance_rejects_behaviour_above_the_scale():
    with pytest.raises(InvalidValueError, match="behaviour_score"):
        pp46.work_performance_score(80, "100.5")


# --- Categories ---------------------------------------------------------------------------

LOWER_EDGE_CASES = [
    (120, SB),
    (91, SB),
    ("90.99", B),
    ("90.5", B),
    (90, B),
    (76, B),
    ("75.99", C),
    ("75.5", C),
    (75, C),
    (61, C),
    ("60.5", K),
    (60, K),
    (51, K),
    ("50.99", BURUK),
    ("50.5", BURUK),
    (50, BURUK),
    (0, BURUK),
    (-10, BURUK),
]
UPPER_EDGE_CASES = [
    (91, SB),
    ("90.01", SB),
    (90, B),
    (76, B),
    ("75.5", B),
    ("75.01", B),
    (75, C),
    (61, C),
    ("60.01", C),
    (60, K),
    (51, K),
    ("50.01", K),
    (50, BURUK),
    (-10, BURUK),
]


@pytest.mark.parametrize(("score", "expected"), LOWER_EDGE_CASES)
def test_category_band_edges_national_lower_edge_rule(score, expected):
    assert pp46.category(score) is expected


@pytest.mark.parametrize(("score", "expected"), UPPER_EDGE_CASES)
def test_category_band_edges_upper_edge_rule(score, expected):
    rules = variant({pp46.PP46_CATEGORY_GAP_RULE: BandGapRule.UPPER_EDGE})
    assert pp46.category(score, rules=rules) is expected


@given(
    kst.pp46_gap_rules(),
    kst.decimals(min_value=-100, max_value=200, places=3),
    kst.decimals(min_value=-100, max_value=200, places=3),
)
def test_category_is_monotone_in_the_score(rule, s1, s2):
    rules = variant({pp46.PP46_CATEGORY_GAP_RULE: rule})
    low, high = sorted((s1, s2))
    assert pp46.category(low, rules=rules).rank <= pp46.category(high, rules=rules).rank


@given(kst.decimals(min_value=-100, max_value=200, places=3))
def test_gap_rules_agree_inside_printed_bands(score):
    bands = NATIONAL.at(date(2020, 1, 1))[pp46.PP46_CATEGORY_BANDS]
    inside = any(
        (low is None or score >= low) and (high is None or score <= high)
        for low, high in bands.values()
    )
    assume(inside)
    upper = variant({pp46.PP46_CATEGORY_GAP_RULE: BandGapRule.UPPER_EDGE})
    assert pp46.category(score) is pp46.category(score, rules=upper)


def test_category_explanation_names_band_and_rule():
    outcome = explain(pp46.category, "90.5")
    (step,) = outcome.explanation.steps
    assert [use.name for use in step.parameters] == [
        "pp46_category_bands[Baik]",
        "pp46_category_gap_rule",
    ]
    assert step.parameters[1].citation.confidence is Confidence.POLICY_CHOICE
    assert "a band starts at its printed lower edge" in outcome.explanation.render(lang="en")
    assert "batas bawah" in outcome.explanation.render(lang="id")
    assert plain_value(outcome.to_dict()["value"]) == "Baik"


@given(kst.pp46_categories())
def test_category_labels_round_trip(member):
    assert PerformanceCategory.parse(member.value.upper()) is member
    assert member.label("en")
    assert PerformanceCategory(member.value) is member


def test_vocabulary_labels_and_variants():
    assert BehaviourAspect.parse("kerjasama") is BehaviourAspect.COOPERATION
    assert BehaviourAspect.LEADERSHIP.label("en") == "Leadership"
    assert CreativityLevel.parse("unit kerja") is CreativityLevel.WORK_UNIT
    assert CreativityLevel.COUNTRY.label("en") == "Country"
    assert [c.rank for c in (BURUK, K, C, B, SB)] == [1, 2, 3, 4, 5]
    assert BandGapRule.UPPER_EDGE.label("en") == "a band ends at its printed upper edge"
    with pytest.raises(UnknownLabelError):
        PerformanceCategory.parse("Sangat Kurang")
    with pytest.raises(InvalidValueError):
        BandGapRule.LOWER_EDGE.label("fr")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        PerformanceWeights(60, 40).label("fr")  # type: ignore[arg-type]


# --- Parameters and regime dates ------------------------------------------------------------

EXPECTED_CONFIDENCE = {
    "pp46_scale_maximum": Confidence.SECONDARY,
    "pp46_efficiency_coefficient": Confidence.SECONDARY,
    "pp46_efficiency_threshold": Confidence.SECONDARY,
    "pp46_high_efficiency_base": Confidence.SECONDARY,
    "pp46_additional_task_bands": Confidence.SOFTWARE,
    "pp46_creativity_values": Confidence.UNCONFIRMED,
    "pp46_work_performance_weights": Confidence.SECONDARY,
    "pp46_category_bands": Confidence.SECONDARY,
    "pp46_category_gap_rule": Confidence.POLICY_CHOICE,
    "pp46_score_places": Confidence.POLICY_CHOICE,
}


def test_parameters_are_registered_dated_and_cited():
    assert {p.name for p in pp46.NATIONAL_PARAMETERS} == set(EXPECTED_CONFIDENCE)
    for name, confidence in EXPECTED_CONFIDENCE.items():
        (version,) = NATIONAL.parameter(name).versions
        assert version.effective_from == date(2014, 1, 1)
        assert version.citation.confidence is confidence, name
    rules = NATIONAL.at(date(2014, 1, 1))
    assert rules[pp46.PP46_EFFICIENCY_COEFFICIENT] == Decimal("1.76")
    assert rules[pp46.PP46_EFFICIENCY_THRESHOLD] == 24
    assert rules[pp46.PP46_HIGH_EFFICIENCY_BASE] == 76
    assert rules[pp46.PP46_WORK_PERFORMANCE_WEIGHTS] == PerformanceWeights(60, 40)
    assert set(rules[pp46.PP46_CATEGORY_BANDS]) == set(PerformanceCategory)
    assert set(rules[pp46.PP46_CREATIVITY_VALUES]) == set(CreativityLevel)


@given(IN_FORCE)
def test_any_date_of_the_regime_works(on):
    assert pp46.activity_score(**WORKED, rules=NATIONAL.at(on)) == Decimal("85.50")


@pytest.mark.parametrize("on", [date(2013, 12, 31), date(2021, 7, 1), date(2024, 1, 1)])
def test_rules_outside_the_regime_are_refused(on):
    with pytest.raises(RuleNotInForceError, match="2014-01-01 to 2021-06-30") as caught:
        pp46.time_score(12, 12, rules=NATIONAL.at(on))
    assert caught.value.in_force_from == date(2014, 1, 1)


def test_rules_must_be_a_rules_snapshot():
    with pytest.raises(InvalidValueError, match="rules"):
        pp46.category(80, rules=NATIONAL)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("spec", "value", "message"),
    [
        (pp46.PP46_SCALE_MAXIMUM, 0, "greater than zero"),
        (pp46.PP46_EFFICIENCY_THRESHOLD, 100, "below 100"),
        (pp46.PP46_EFFICIENCY_COEFFICIENT, 1.76, "float"),
        (pp46.PP46_ADDITIONAL_TASK_BANDS, [], "at least one band"),
        (pp46.PP46_ADDITIONAL_TASK_BANDS, "1-3", "sequence"),
        (pp46.PP46_ADDITIONAL_TASK_BANDS, [(1, 1), (1, 2)], "strictly increase"),
        (pp46.PP46_ADDITIONAL_TASK_BANDS, [(1, 2), (4, 1)], "must not decrease"),
        (pp46.PP46_ADDITIONAL_TASK_BANDS, [(0, 1)], "≥ 1"),
        (pp46.PP46_ADDITIONAL_TASK_BANDS, [(True, 1)], "≥ 1"),
        (pp46.PP46_ADDITIONAL_TASK_BANDS, [(1, 1, 1)], "pair"),
        (pp46.PP46_ADDITIONAL_TASK_BANDS, [(1, -1)], "negative"),
        (pp46.PP46_CREATIVITY_VALUES, [3, 6, 12], "mapping"),
        (pp46.PP46_CREATIVITY_VALUES, {CreativityLevel.WORK_UNIT: 3}, "every CreativityLevel"),
        (pp46.PP46_WORK_PERFORMANCE_WEIGHTS, {"skp": 60, "behaviour": 40}, "PerformanceWeights"),
        (pp46.PP46_CATEGORY_GAP_RULE, "lower-edge", "BandGapRule"),
        (pp46.PP46_SCORE_PLACES, -1, "whole number"),
        (pp46.PP46_SCORE_PLACES, True, "whole number"),
        (pp46.PP46_SCORE_PLACES, "2", "whole number"),
        (pp46.PP46_CATEGORY_BANDS, [(91, None)], "mapping"),
        (pp46.PP46_CATEGORY_BANDS, {SB: (91, None)}, "every PerformanceCategory"),
    ],
)
def test_bad_parameter_values_are_rejected(spec, value, message):
    with pytest.raises(InvalidValueError, match=message):
        variant({spec: value})


NATIONAL_BANDS = {
    SB: (91, None),
    B: (76, 90),
    C: (61, 75),
    K: (51, 60),
    BURUK: (None, 50),
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({B: (76, 91)}, "above the upper edge of Baik"),
        ({C: (61, 76)}, "above the upper edge of Cukup"),
        ({B: (90, 76)}, "must not exceed"),
        ({SB: (91, 100)}, "open"),
        ({BURUK: (0, 50)}, "open"),
        ({B: (None, 90)}, "open"),
        ({B: (76,)}, "pair"),
        ({B: "76-90"}, "pair"),
        ({B: (76, 1.5)}, "float"),
    ],
)
def test_inconsistent_bands_are_rejected(change, message):
    with pytest.raises(InvalidValueError, match=message):
        variant({pp46.PP46_CATEGORY_BANDS: {**NATIONAL_BANDS, **change}})


def test_bands_can_be_overridden_consistently():
    rules = variant({pp46.PP46_CATEGORY_BANDS: {**NATIONAL_BANDS, SB: (95, None), B: (76, 94)}})
    assert pp46.category(93, rules=rules) is B
    assert pp46.category(95, rules=rules) is SB


def test_regression_weights_off_100_by_one_in_the_last_digit_are_rejected():
    """The sum used to be taken in the caller's context, which rounded it to 100."""
    with pytest.raises(InvalidValueError, match="add up to 100"):
        PerformanceWeights("60.0000000000000000000000000001", 40)
    with localcontext() as context:
        context.prec = 3
        with pytest.raises(InvalidValueError, match="add up to 100"):
            PerformanceWeights("60.01", 40)


def test_weights_must_add_up_to_100_and_not_be_negative():
    with pytest.raises(InvalidValueError, match="add up to 100"):
        PerformanceWeights(70, 40)
    with pytest.raises(InvalidValueError, match="negative"):
        PerformanceWeights(110, -10)
    assert PerformanceWeights(70, 30).to_dict() == {"skp": "70", "behaviour": "30"}


# --- Bad input ----------------------------------------------------------------------------

ANYTHING = anything(
    st.dictionaries(st.sampled_from(list(BehaviourAspect)), st.integers(), max_size=6),
    st.sampled_from(list(PerformanceCategory) + list(CreativityLevel)),
)


@given(ANYTHING, ANYTHING, ANYTHING)
def test_public_functions_raise_only_kinerja_errors(a, b, c):
    outcome_of(pp46.quantity_score, a, b)
    outcome_of(pp46.quality_score, a)
    outcome_of(pp46.time_score, a, b)
    outcome_of(pp46.cost_score, a, b)
    outcome_of(pp46.work_performance_score, a, b)
    outcome_of(explain, pp46.work_performance_score, a, b, rules=c)
    outcome_of(pp46.category, a)
    outcome_of(pp46.additional_tasks_value, a)
    outcome_of(pp46.creativity_value, a)
    outcome_of(pp46.behaviour_score, a, structural=b)
    outcome_of(pp46.skp_score, a, additional_tasks=b, creativity=c)
    outcome_of(pp46.skp_score, [Activity(**WORKED)], additional_tasks=b, creativity=c)
    outcome_of(PerformanceWeights, a, b)
    outcome_of(
        pp46.activity_score,
        target_output=a,
        realised_output=b,
        realised_quality=c,
        target_months=a,
        realised_months=b,
        target_cost=c,
        realised_cost=a,
    )


@given(kst.pp46_activities(), st.sampled_from(sorted(WORKED)), ANYTHING)
def test_activity_fields_raise_only_kinerja_errors(activity, field, value):
    fields = {k: v for k, v in activity.to_dict().items() if k != "name"}
    outcome_of(pp46.activity_score, **{**fields, field: value})


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("target_months", 0, "greater than zero"),
        ("target_cost", 0, "greater than zero"),
        ("target_output", 0, "greater than zero"),
        ("realised_months", -1, "negative"),
        ("realised_output", "-0.5", "negative"),
        ("realised_cost", -1, "negative"),
        ("realised_quality", "100.01", "at most 100"),
        ("target_months", 12.0, "float"),
        ("realised_months", float("nan"), "float"),
        ("realised_months", "NaN", "finite"),
        ("target_cost", Decimal("Infinity"), "finite"),
        ("target_output", True, "boolean"),
        ("realised_output", "1e18", "out of range"),
        ("realised_output", "1e-29", "out of range"),
        ("realised_cost", None, "together"),
    ],
)
def test_bad_activity_input_names_the_field(field, value, message):
    with pytest.raises(InvalidValueError, match=message) as caught:
        pp46.activity_score(**{**WORKED, field: value})
    assert caught.value.field == field


def test_target_cost_needs_a_realised_cost_and_vice_versa():
    with pytest.raises(InvalidValueError, match="together") as caught:
        pp46.activity_score(**{**WORKED, "target_cost": None})
    assert caught.value.field == "target_cost"


def test_in_range_extremes_are_accepted():
    assert pp46.quantity_score("999999999999999999", "1e-28") > 0
    assert pp46.time_score("1e-28", "999999999999999999") < 0
    assert pp46.quantity_score(1, "1.000000000000000000000000000000000") == 100  # trailing zeros


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: pp46.skp_score([]), "at least one"),
        (lambda: pp46.skp_score("kegiatan"), "sequence"),
        (lambda: pp46.skp_score([WORKED]), "Activity"),
        (lambda: pp46.skp_score([Activity(**WORKED)], additional_tasks=-1), "≥ 0"),
        (lambda: pp46.skp_score([Activity(**WORKED)], additional_tasks=True), "≥ 0"),
        (lambda: pp46.skp_score([Activity(**WORKED)], creativity="Negara"), "parse"),
        (lambda: pp46.additional_tasks_value(2.0), "≥ 0"),
    ],
)
def test_bad_skp_input(call, message):
    with pytest.raises(InvalidValueError, match=message):
        call()


def test_activity_name_must_not_be_blank():
    with pytest.raises(InvalidValueError, match="name"):
        Activity(**WORKED, name=" ")
