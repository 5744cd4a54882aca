"""PP 30/2019 + PermenPANRB 8/2021: the numeric SKP of the second half of 2021 (reference §2)."""

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction
from types import SimpleNamespace

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
from kinerja_core.core import divide, publish
from kinerja_core.core.tables import Band as TableBand
from kinerja_core.legacy import pp30_2019 as pp30
from kinerja_core.legacy.pp30_2019 import (
    AchievementCap,
    AdditionalItem,
    Band,
    LinearFormula,
    MainItem,
    MaximumAttainableRule,
    Pp30Predicate,
    ScoreWeights,
    indicator_value,
    performance_score,
    predicate,
    skp_score,
)
from kinerja_core.testing import strategies as kst
from plain_steps import plain_value

SB, B, C, K, SK = (
    Pp30Predicate.VERY_GOOD,
    Pp30Predicate.GOOD,
    Pp30Predicate.FAIR,
    Pp30Predicate.POOR,
    Pp30Predicate.VERY_POOR,
)
RULES = NATIONAL.at(date(2021, 7, 1))
NO_ROUNDING = NATIONAL.replace({pp30.PP30_ACHIEVEMENT_ROUNDING: None}).at(date(2021, 12, 31))
D = Decimal


FORMULAS = {
    SB: pp30.PP30_VALUE_FORMULA_VERY_GOOD,
    B: pp30.PP30_VALUE_FORMULA_GOOD,
    C: pp30.PP30_VALUE_FORMULA_FAIR,
    K: pp30.PP30_VALUE_FORMULA_POOR,
    SK: pp30.PP30_VALUE_FORMULA_VERY_POOR,
}


def variant(values):
    return NATIONAL.replace(values).at(date(2021, 12, 31))


# --- parameters ----------------------------------------------------------------------------

EXPECTED_CONFIDENCE = {
    pp30.PP30_SCORE_WEIGHTS: Confidence.PRIMARY,
    pp30.PP30_SCORE_WEIGHTS_WITH_PEER_INPUT: Confidence.PRIMARY,
    pp30.PP30_PREDICATE_BANDS: Confidence.PRIMARY,
    pp30.PP30_ACHIEVEMENT_ROUNDING: Confidence.UNCONFIRMED,
    pp30.PP30_ACHIEVEMENT_BANDS: Confidence.POLICY_CHOICE,
    pp30.PP30_VALUE_FORMULA_VERY_GOOD: Confidence.SOFTWARE,
    pp30.PP30_VALUE_FORMULA_GOOD: Confidence.PRIMARY,
    pp30.PP30_VALUE_FORMULA_FAIR: Confidence.PRIMARY,
    pp30.PP30_VALUE_FORMULA_POOR: Confidence.PRIMARY,
    pp30.PP30_VALUE_FORMULA_VERY_POOR: Confidence.PRIMARY,
    pp30.PP30_VALUE_CAP: Confidence.PRIMARY,
    pp30.PP30_MAXIMUM_ATTAINABLE: Confidence.PRIMARY,
    pp30.PP30_ADDITIONAL_FACTORS: Confidence.PRIMARY,
    pp30.PP30_ADDITIONAL_CAP: Confidence.PRIMARY,
    pp30.PP30_SKP_SCORE_CAP: Confidence.POLICY_CHOICE,
}


def test_every_parameter_is_national_dated_2021_07_01_and_tagged_as_the_reference_says():
    assert {p.spec for p in pp30.NATIONAL_PARAMETERS} == set(EXPECTED_CONFIDENCE)
    for spec, confidence in EXPECTED_CONFIDENCE.items():
        (version,) = NATIONAL.parameter(spec).versions
        assert version.effective_from == date(2021, 7, 1) == pp30.EFFECTIVE_FROM
        assert version.citation.confidence is confidence, spec.name


def test_citations_name_pp_30_2019_pasal_41_and_the_permenpanrb_8_2021_lampiran():
    for spec in (pp30.PP30_SCORE_WEIGHTS, pp30.PP30_PREDICATE_BANDS):
        citation = RULES.resolve(spec).citation
        assert citation.regulation == "PP 30/2019"
        assert "Pasal 41" in citation.article
    for spec in (pp30.PP30_VALUE_FORMULA_FAIR, pp30.PP30_VALUE_CAP, pp30.PP30_ADDITIONAL_CAP):
        citation = RULES.resolve(spec).citation
        assert citation.regulation == "PermenPANRB 8/2021"
        assert "Lampiran" in citation.article


def test_national_values_are_those_of_the_reference():
    assert RULES[pp30.PP30_SCORE_WEIGHTS] == ScoreWeights(70, 30)
    assert RULES[pp30.PP30_SCORE_WEIGHTS_WITH_PEER_INPUT] == ScoreWeights(60, 40)
    assert RULES[pp30.PP30_ADDITIONAL_FACTORS] == {SB: 100, B: 80, C: 60, K: 40, SK: 20}
    assert RULES[pp30.PP30_ADDITIONAL_CAP] == 10
    assert RULES[pp30.PP30_VALUE_CAP] == AchievementCap(110, 120)
    assert RULES[pp30.PP30_MAXIMUM_ATTAINABLE] == MaximumAttainableRule(100, 120, SB)
    assert RULES[pp30.PP30_VALUE_FORMULA_VERY_GOOD] == LinearFormula(101, 110, 110, 120)
    assert RULES[pp30.PP30_VALUE_FORMULA_GOOD] == LinearFormula(100, 100, 109, 109)
    assert RULES[pp30.PP30_VALUE_FORMULA_FAIR] == LinearFormula(80, 99, 70, 89)
    assert RULES[pp30.PP30_VALUE_FORMULA_POOR] == LinearFormula(60, 79, 50, 69)
    assert RULES[pp30.PP30_VALUE_FORMULA_VERY_POOR] == LinearFormula(0, 59, 0, 49)
    assert RULES[pp30.PP30_ACHIEVEMENT_ROUNDING] == 0
    assert RULES[pp30.PP30_SKP_SCORE_CAP] == 120


@pytest.mark.parametrize(
    "call",
    [
        lambda r: performance_score(80, 80, rules=r),
        lambda r: predicate(80, rules=r),
        lambda r: indicator_value(80, rules=r),
        lambda r: skp_score([MainItem(80, 100)], rules=r),
    ],
)
def test_not_in_force_before_the_second_half_of_2021(call):
    with pytest.raises(RuleNotInForceError, match="2021-07-01"):
        call(NATIONAL.at(date(2021, 6, 30)))
    assert call(RULES) == call(None)


def test_without_rules_the_national_rules_of_31_december_2021_apply():
    outcome = explain(predicate, 95)
    (use,) = outcome.explanation.steps[0].parameters
    assert use.effective_from == date(2021, 7, 1)
    assert pp30.EFFECTIVE_FROM < pp30.DEFAULT_DATE < date(2022, 1, 1)


def test_rules_must_be_a_rules_snapshot():
    with pytest.raises(InvalidValueError, match="rules"):
        predicate(95, rules=NATIONAL)  # type: ignore[arg-type]


# --- the vocabulary --------------------------------------------------------------------------


def test_predicate_labels_rank_and_parsing():
    assert [p.value for p in Pp30Predicate] == [
        "Sangat Baik",
        "Baik",
        "Cukup",
        "Kurang",
        "Sangat Kurang",
    ]
    assert [p.rank for p in (SK, K, C, B, SB)] == [1, 2, 3, 4, 5]
    assert Pp30Predicate.parse(" sangat  KURANG ") is SK
    assert C.label("en") == "Fair"
    assert C.label("id") == "Cukup"
    with pytest.raises(UnknownLabelError):
        Pp30Predicate.parse("Butuh Perbaikan")


# --- performance score (Pasal 41) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("skp", "behaviour", "peer", "expected"),
    [
        (100, 90, False, "97"),
        (100, 90, True, "96"),
        ("102.8", 90, False, "98.96"),
        ("102.8", 90, True, "97.68"),
        (0, 0, False, "0"),
        (120, 120, True, "120"),
        ("88.5", "76.25", False, "84.825"),
    ],
)
def test_performance_score_is_70_30_or_60_40(skp, behaviour, peer, expected):
    assert performance_score(skp, behaviour, with_peer_input=peer) == D(expected)


@given(kst.pp30_scores(), kst.pp30_scores(), st.booleans())
def test_performance_score_lies_between_its_inputs(skp, behaviour, peer):
    score = performance_score(skp, behaviour, with_peer_input=peer)
    assert min(skp, behaviour) <= score <= max(skp, behaviour)


@given(kst.pp30_scores(), kst.pp30_scores(), kst.pp30_scores(), st.booleans())
def test_performance_score_is_monotone_in_both_inputs(skp, behaviour, other, peer):
    base = performance_score(skp, behaviour, with_peer_input=peer)
    if other >= skp:
        assert performance_score(other, behaviour, with_peer_input=peer) >= base
    if other >= behaviour:
        assert performance_score(skp, other, with_peer_input=peer) >= base


@given(kst.pp30_score_weights(), kst.pp30_scores(), kst.pp30_scores())
def test_performance_score_follows_overridden_weights(weights, skp, behaviour):
    rules = variant({pp30.PP30_SCORE_WEIGHTS: weights})
    expected = (weights.skp * skp + weights.behaviour * behaviour) / 100
    assert performance_score(skp, behaviour, rules=rules) == expected
    assert min(skp, behaviour) <= expected <= max(skp, behaviour)


def explain_indicator(achievement, **kwargs):
    """`explain(indicator_value, ...)` with the achievement used and its category (steps)."""
    outcome = explain(indicator_value, achievement, **kwargs)
    steps = outcome.explanation.steps
    categories = [step.result for step in steps if isinstance(step.result, Pp30Predicate)]
    return SimpleNamespace(
        value=outcome.value,
        exact=outcome.exact,
        achievement=steps[0].inputs[0][1],
        rounded_achievement=steps[0].result,
        category=categories[0] if categories else None,
        explanation=outcome.explanation,
        to_dict=outcome.to_dict,
    )


def explain_skp(main_items, additional_items=(), **kwargs):
    """`explain(skp_score, ...)`, with the main and additional totals from the steps."""
    outcome = explain(skp_score, main_items, additional_items, **kwargs)
    (total,) = [s for s in outcome.explanation.steps if s.rule.en.startswith("SKP score =")]
    totals = dict(total.inputs)
    return SimpleNamespace(
        score=outcome.value,
        exact=outcome.exact,
        main_total=totals["main_total"],
        additional_total=totals["additional_total"],
        explanation=outcome.explanation,
        to_dict=outcome.to_dict,
    )


@given(kst.decimals(max_value=100, places=24), kst.pp30_scores(places=24), kst.pp30_scores())
def test_performance_score_rounds_once_after_an_exact_weighted_sum(skp_weight, skp, behaviour):
    weights = ScoreWeights(skp_weight, 100 - skp_weight)
    rules = variant({pp30.PP30_SCORE_WEIGHTS: weights})
    exact = (
        Fraction(weights.skp) * Fraction(skp) + Fraction(weights.behaviour) * Fraction(behaviour)
    ) / 100
    assert explain(performance_score, skp, behaviour, rules=rules).exact == exact
    assert performance_score(skp, behaviour, rules=rules) == publish(exact)


def test_regression_performance_score_no_longer_rounds_the_products():
    """The weighted products used to be rounded to 28 digits before they were added."""
    weights = ScoreWeights("52.0659346293184548030338", "47.9340653706815451969662")
    rules = variant({pp30.PP30_SCORE_WEIGHTS: weights})
    score = performance_score("96.29104844312443155738", "88.32363394771", rules=rules)
    # exact now: was ...589 (products rounded), then ...588 (rounded once to 28 digits)
    assert score == D("92.47194277053932075143567588326927438882779444")


def test_performance_score_explanation_names_weights_and_pasal_41():
    outcome = explain(performance_score, 100, 90, with_peer_input=True)
    (step,) = outcome.explanation.steps
    assert step.result == outcome.value == D(96)
    (use,) = step.parameters
    assert use.name == "pp30_score_weights_with_peer_input"
    assert "Pasal 41" in outcome.explanation.render(lang="id")
    assert plain_value(json.loads(json.dumps(outcome.to_dict()))["value"]) == "96"


@pytest.mark.parametrize("bad", ["120.01", "-0.01", 1000, 0.5, "nan", "x", None, True])
def test_performance_score_rejects_scores_off_the_scale_or_inexact(bad):
    with pytest.raises(InvalidValueError, match="skp_score"):
        performance_score(bad, 80)
    with pytest.raises(InvalidValueError, match="behaviour_score"):
        performance_score(80, bad)


@pytest.mark.parametrize("bad", [1, None, "yes"])
def test_performance_score_peer_flag_must_be_a_bool(bad):
    with pytest.raises(InvalidValueError, match="with_peer_input"):
        performance_score(80, 80, with_peer_input=bad)


# --- predicate (Pasal 41 ayat (5)) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "without", "with_innovation"),
    [
        ("0", SK, SK),
        ("49.99", SK, SK),
        ("50", K, K),
        ("69.99", K, K),
        ("70", C, C),
        ("89.99", C, C),
        ("90", B, B),
        ("109.99", B, B),
        ("110", B, SB),
        ("115", B, SB),
        ("120", B, SB),
    ],
)
def test_predicate_at_every_band_edge(score, without, with_innovation):
    assert predicate(score) is without
    assert predicate(score, innovation=False) is without
    assert predicate(score, innovation=True) is with_innovation
    assert predicate(D(score), rules=RULES) is without


@pytest.mark.parametrize("score", ["120.01", "121", "-0.01", "-50"])
def test_predicate_rejects_scores_outside_0_to_120(score):
    for innovation in (False, True):
        with pytest.raises(InvalidValueError, match=r"score.*0 ≤ x ≤ 120"):
            predicate(score, innovation=innovation)


@pytest.mark.parametrize("bad", [1, 0, None, "True"])
def test_predicate_innovation_must_be_a_bool(bad):
    with pytest.raises(InvalidValueError, match="innovation"):
        predicate(100, innovation=bad)


@given(kst.pp30_scores(), kst.pp30_scores(), st.booleans())
def test_predicate_is_monotone_in_score(low, high, innovation):
    low, high = sorted((low, high))
    assert predicate(low, innovation=innovation).rank <= predicate(high, innovation=innovation).rank


@given(kst.pp30_scores())
def test_innovation_never_lowers_the_predicate(score):
    plain, innovative = predicate(score), predicate(score, innovation=True)
    assert innovative.rank >= plain.rank
    assert (innovative is SB) == (D(110) <= score <= D(120))
    assert plain is not SB


def test_predicate_explanation_names_the_band_used():
    outcome = explain(predicate, "115", innovation=True)
    (step,) = outcome.explanation.steps
    (use,) = step.parameters
    assert use.name == "pp30_predicate_bands[Sangat Baik]"
    assert use.value == "110 ≤ x ≤ 120"
    assert plain_value(outcome.to_dict()["value"]) == "Sangat Baik"
    assert "Very good" in outcome.explanation.render(lang="en")
    (plain_use,) = explain(predicate, "115").explanation.steps[0].parameters
    assert plain_use.name == "pp30_predicate_bands[Baik]"


def test_predicate_follows_overridden_bands():
    rules = variant(
        {
            pp30.PP30_PREDICATE_BANDS: {
                SB: Band(100, 120, upper_closed=True),
                B: Band(85, 120, upper_closed=True),
                C: Band(70, 85),
                K: Band(50, 70),
                SK: Band(0, 50),
            }
        }
    )
    assert predicate(85, rules=rules) is B
    assert predicate("84.99", rules=rules) is C
    assert predicate(100, innovation=True, rules=rules) is SB


# --- indicator value (lampiran) --------------------------------------------------------------


def test_lampiran_worked_example_target_85_realisation_85_is_baik_109():
    achievement = divide(85 * 100, 85)
    outcome = explain_indicator(achievement)
    assert (outcome.rounded_achievement, outcome.category, outcome.value) == (D(100), B, D(109))


def test_lampiran_worked_example_target_95_realisation_93_is_98_percent_cukup_88():
    achievement = divide(93 * 100, 95)  # 97.894736…
    assert round_half_up(achievement, 2) == D("97.89")
    outcome = explain_indicator(achievement)
    assert outcome.rounded_achievement == D(98)  # printed "98 %" in the lampiran
    assert outcome.category is C
    assert outcome.value == D(88)
    # Without rounding the achievement first, the lampiran's 88 is not reproduced.
    unrounded = indicator_value(achievement, rules=NO_ROUNDING)
    assert unrounded == achievement - 10
    assert unrounded != 88
    assert round_half_up(unrounded, 2) == D("87.89")


@pytest.mark.parametrize(
    ("achievement", "category", "value"),
    [
        ("0", SK, "0"),
        ("59", SK, "49"),
        ("30", SK, divide(30 * 49, 59)),
        ("60", K, "50"),
        ("79", K, "69"),
        ("70", K, "60"),
        ("80", C, "70"),
        ("99", C, "89"),
        ("90", C, "80"),
        ("100", B, "109"),
        ("101", SB, "110"),
        ("107", SB, divide(110 * 9 + 60, 9)),
        ("110", SB, "120"),
        ("111", SB, "120"),
        ("250", SB, "120"),
    ],
)
def test_indicator_value_at_the_lampiran_category_edges(achievement, category, value):
    outcome = explain_indicator(achievement)
    assert outcome.category is category
    assert outcome.value == D(value)
    assert indicator_value(achievement, rules=NO_ROUNDING) == D(value)


def test_sangat_baik_line_reaches_exactly_120_at_110_percent():
    assert indicator_value("110", rules=NO_ROUNDING) == D(120)
    assert indicator_value("109.99", rules=NO_ROUNDING) < D(120)


def test_above_110_percent_the_value_is_converted_to_120():
    for achievement in ("110.01", "110.5", "111", "1000"):
        outcome = explain_indicator(achievement, rules=NO_ROUNDING)
        assert outcome.value == D(120)
        assert outcome.category is SB
        assert outcome.explanation.steps[-1].parameters[0].name == "pp30_value_cap"


# Inside every gap between the lampiran's whole-percent categories, with the national rounding
# (to a whole percent, half up) and without rounding (the boundary rule: each category runs up
# to the next category's lower edge, exclusive, and its formula is extended).
GAPS = [
    # achievement, (category, value) rounded, (category, value) unrounded
    ("59.4", (SK, "49"), (SK, D("59.4") * 49 / 59)),
    ("59.5", (K, "50"), (SK, D("59.5") * 49 / 59)),
    ("59.99", (K, "50"), (SK, D("59.99") * 49 / 59)),
    ("79.4", (K, "69"), (K, "69.4")),
    ("79.5", (C, "70"), (K, "69.5")),
    ("79.99", (C, "70"), (K, "69.99")),
    ("99.4", (C, "89"), (C, "89.4")),
    ("99.5", (B, "109"), (C, "89.5")),
    ("99.99", (B, "109"), (C, "89.99")),
    ("100.4", (B, "109"), (B, "109")),
    ("100.5", (SB, "110"), (B, "109")),
    ("100.99", (SB, "110"), (B, "109")),
]


@pytest.mark.parametrize(("achievement", "rounded", "unrounded"), GAPS)
def test_values_inside_every_gap(achievement, rounded, unrounded):
    outcome = explain_indicator(achievement)
    assert (outcome.category, outcome.value) == (rounded[0], D(rounded[1]))
    raw = explain_indicator(achievement, rules=NO_ROUNDING)
    assert raw.category is unrounded[0]
    assert abs(raw.value - D(unrounded[1])) < D("1e-20")


def test_without_rounding_the_value_jumps_at_100_and_101_but_never_falls():
    below, at = indicator_value("99.99", rules=NO_ROUNDING), indicator_value(100, rules=NO_ROUNDING)
    assert (below, at) == (D("89.99"), D(109))
    assert indicator_value("100.99", rules=NO_ROUNDING) == D(109)
    assert indicator_value(101, rules=NO_ROUNDING) == D(110)
    # Just below 60 % the Sangat Kurang line stays under the Kurang band's 50.
    assert indicator_value("59.9999", rules=NO_ROUNDING) < D(50)


def _half_up(x: Fraction) -> Fraction:
    whole = int(x)  # x >= 0
    return Fraction(whole + 1) if x - whole >= Fraction(1, 2) else Fraction(whole)


def oracle(achievement: Decimal, *, rounding: bool = True) -> Fraction:
    """The lampiran's rules, written independently with fractions."""
    c = Fraction(achievement)
    if rounding:
        c = _half_up(c)
    if c > 110:
        return Fraction(120)
    if c >= 101:
        return 110 + Fraction(120 - 110, 110 - 101) * (c - 101)
    if c >= 100:
        return Fraction(109)
    if c >= 80:
        return 70 + Fraction(89 - 70, 99 - 80) * (c - 80)
    if c >= 60:
        return 50 + Fraction(69 - 50, 79 - 60) * (c - 60)
    return c / 59 * 49


@given(kst.pp30_achievements(max_value=300))
def test_indicator_value_agrees_with_an_independent_oracle(achievement):
    for rules, rounding in ((None, True), (NO_ROUNDING, False)):
        value = indicator_value(achievement, rules=rules)
        assert abs(Fraction(value) - oracle(achievement, rounding=rounding)) < Fraction(1, 10**20)


@given(kst.pp30_achievements(max_value=500), st.booleans())
def test_indicator_value_is_bounded_by_0_and_120(achievement, maximum):
    assume(not maximum or achievement <= 100)
    for rules in (None, NO_ROUNDING):
        assert D(0) <= indicator_value(achievement, maximum_attainable=maximum, rules=rules) <= 120


@given(kst.pp30_achievements(max_value=130), kst.pp30_achievements(max_value=130))
def test_indicator_value_and_category_never_fall_as_achievement_rises(a, b):
    low, high = sorted((a, b))
    for rules in (None, NO_ROUNDING):
        lower, higher = (explain_indicator(x, rules=rules) for x in (low, high))
        assert lower.value <= higher.value
        assert lower.category.rank <= higher.category.rank


@given(kst.pp30_achievements(max_value=100), kst.pp30_achievements(max_value=100))
def test_maximum_attainable_values_never_fall_either(a, b):
    low, high = sorted((a, b))
    for rules in (None, NO_ROUNDING):
        lower = indicator_value(low, maximum_attainable=True, rules=rules)
        assert lower <= indicator_value(high, maximum_attainable=True, rules=rules)


def test_maximum_attainable_target_met_is_sangat_baik_120():
    outcome = explain_indicator(100, maximum_attainable=True)
    assert outcome.value == D(120)
    (use,) = outcome.explanation.steps[-1].parameters
    assert use.name == "pp30_maximum_attainable"
    assert use.value == "capaian 100 % → 120 (Sangat Baik)"
    # Below the target the ordinary formulas apply.
    assert indicator_value(99, maximum_attainable=True) == D(89)
    # The national rounding makes 99.5 % a met target; without rounding it is not.
    assert indicator_value("99.5", maximum_attainable=True) == D(120)
    assert indicator_value("99.5", maximum_attainable=True, rules=NO_ROUNDING) == D("89.5")


@pytest.mark.parametrize("achievement", ["100.01", "100.4", "101", "150"])
def test_a_maximum_attainable_target_cannot_be_exceeded(achievement):
    with pytest.raises(InvalidValueError, match="maximum attainable"):
        indicator_value(achievement, maximum_attainable=True)
    assert indicator_value(achievement) >= D(109)


@pytest.mark.parametrize("bad", ["-0.01", -1, 1.0, "nan", "inf", "1,5", None, True, [100]])
def test_indicator_value_rejects_bad_achievements(bad):
    with pytest.raises(InvalidValueError, match="achievement"):
        indicator_value(bad)


@pytest.mark.parametrize("bad", [1, None, "no"])
def test_indicator_value_flag_must_be_a_bool(bad):
    with pytest.raises(InvalidValueError, match="maximum_attainable"):
        indicator_value(100, maximum_attainable=bad)


def test_indicator_value_explanation_shows_rounding_category_and_formula():
    outcome = explain_indicator("97.89")
    rounding, category, formula = outcome.explanation.steps
    assert (rounding.result, category.result, formula.result) == (D(98), C, D(88))
    assert rounding.parameters[0].citation.confidence is Confidence.UNCONFIRMED
    assert category.parameters[0].name == "pp30_achievement_bands[Cukup]"
    assert category.parameters[0].value == "80 ≤ x < 100"
    assert formula.parameters[0].value == "70 + (89 − 70) / (99 − 80) × (capaian − 80)"
    text = outcome.explanation.render(lang="id")
    assert "huruf (e)" in text
    assert "PILIHAN KEBIJAKAN" in text
    data = json.loads(json.dumps(outcome.to_dict()))
    assert plain_value(data["value"]) == "88"
    assert plain_value(data["explanation"]["steps"][0]["result"]) == "98"
    assert plain_value(data["explanation"]["steps"][1]["result"]) == "Cukup"
    very_good = explain_indicator(105).explanation.steps[-1]
    assert very_good.parameters[0].citation.confidence is Confidence.SOFTWARE


@given(st.integers(0, 6), kst.pp30_achievements())
def test_rounding_is_a_parameter(places, achievement):
    outcome = explain_indicator(
        achievement, rules=variant({pp30.PP30_ACHIEVEMENT_ROUNDING: places})
    )
    assert outcome.rounded_achievement == round_half_up(achievement, places)
    assert outcome.achievement == achievement


def test_the_cap_threshold_itself_is_excluded():
    rules = variant({pp30.PP30_VALUE_CAP: AchievementCap(105, 120)})
    assert indicator_value(105, rules=rules) == D(110) + D(40) / 9
    assert indicator_value(106, rules=rules) == D(120)


@given(kst.pp30_achievement_caps(), kst.pp30_achievements(max_value=300))
def test_the_cap_follows_the_rules(cap, achievement):
    rules = variant({pp30.PP30_VALUE_CAP: cap, pp30.PP30_ACHIEVEMENT_ROUNDING: None})
    outcome = explain_indicator(achievement, rules=rules)
    if achievement > cap.threshold:
        assert outcome.value == cap.value
    else:
        assert outcome.value == RULES[FORMULAS[outcome.category]].apply(achievement)


@given(kst.pp30_maximum_attainable_rules(), kst.pp30_achievements(max_value=200))
def test_the_maximum_attainable_rule_follows_the_rules(rule, achievement):
    rules = variant({pp30.PP30_MAXIMUM_ATTAINABLE: rule, pp30.PP30_ACHIEVEMENT_ROUNDING: None})
    if achievement > rule.achievement:
        with pytest.raises(InvalidValueError, match="maximum attainable"):
            indicator_value(achievement, maximum_attainable=True, rules=rules)
        return
    outcome = explain_indicator(achievement, maximum_attainable=True, rules=rules)
    if achievement == rule.achievement:
        assert outcome.value == rule.value
        assert outcome.explanation.steps[-1].parameters[0].value == str(rule)
    else:
        assert outcome.value == indicator_value(achievement, rules=NO_ROUNDING)


@given(kst.pp30_linear_formulas(), kst.pp30_achievements(min_value=80, max_value="99.99"))
def test_each_category_formula_is_a_parameter(formula, achievement):
    rules = variant({pp30.PP30_VALUE_FORMULA_FAIR: formula, pp30.PP30_ACHIEVEMENT_ROUNDING: None})
    assert indicator_value(achievement, rules=rules) == formula.apply(achievement)


def test_achievement_bands_that_leave_a_capaian_uncovered_are_reported():
    bands = dict(RULES[pp30.PP30_ACHIEVEMENT_BANDS])
    bands[SB] = Band(101, 105, upper_closed=True)
    rules = variant({pp30.PP30_ACHIEVEMENT_BANDS: bands})
    assert indicator_value(105, rules=rules) == D(110) + D(40) / 9
    with pytest.raises(InvalidValueError, match="no band"):
        indicator_value(107, rules=rules)


# --- SKP score (Nilai KU + Nilai KT) ---------------------------------------------------------


def test_lampiran_example_102_8_with_a_60_40_split_of_two_groups():
    # "(59,2 + 43,6) + 0 = 102,8": 40 % × 109 (the Baik item) = 43.6 exactly; 59.2 is 60 % of
    # a value the lampiran does not print (98.67 to two decimals).
    outcome = explain_skp([MainItem("98.67", 60), MainItem(109, 40)])
    first, second = outcome.explanation.steps[:2]
    assert second.result == D("43.6")
    assert round_half_up(first.result, 1) == D("59.2")
    assert outcome.additional_total == 0
    assert outcome.main_total == D("102.802")
    assert round_half_up(outcome.score, 1) == D("102.8")
    # 98.666…67 (28 digits) × 60 % is no longer rounded back to 28 digits: the SKP is exact.
    exact = skp_score([MainItem(divide(592, 6), 60), MainItem(109, 40)])
    assert exact == D("102.800000000000000000000000002")
    assert round_half_up(exact, 1) == D("102.8")


@pytest.mark.parametrize(
    ("category", "factor"), [(SB, "100"), (B, "80"), (C, "60"), (K, "40"), (SK, "20")]
)
def test_an_additional_item_counts_k_times_scope_weight_times_value(category, factor):
    outcome = explain_skp([MainItem(100, 100)], [AdditionalItem(50, category, 20)])
    expected = D(factor) / 100 * D(20) / 100 * D(50)
    assert outcome.additional_total == expected
    assert outcome.score == D(100) + expected
    step = outcome.explanation.steps[1]
    assert step.parameters[0].name == f"pp30_additional_factors[{category.value}]"


def test_the_additional_total_is_capped_at_10():
    extras = [AdditionalItem(120, SB, 50), AdditionalItem(109, B, 10)]  # 60 + 8.72
    outcome = explain_skp([MainItem(90, 100)], extras)
    assert outcome.additional_total == D(10)
    assert outcome.score == D(100)
    exactly = explain_skp([MainItem(90, 100)], [AdditionalItem(100, SB, 10)])
    assert exactly.additional_total == D(10)


def test_the_skp_score_is_capped_at_120_by_a_policy_choice():
    items = ([MainItem(120, 100)], [AdditionalItem(120, SB, 100)])
    assert skp_score(*items) == D(120)
    uncapped = variant({pp30.PP30_SKP_SCORE_CAP: None})
    assert skp_score(*items, rules=uncapped) == D(130)
    outcome = explain_skp(*items)
    assert outcome.main_total + outcome.additional_total == D(130)
    assert outcome.explanation.steps[-1].parameters[0].citation.confidence is (
        Confidence.POLICY_CHOICE
    )


def test_regression_with_the_skp_cap_off_a_score_above_120_takes_the_top_band():
    uncapped = variant({pp30.PP30_SKP_SCORE_CAP: None})
    items = ([MainItem(120, 100)], [AdditionalItem(120, SB, 100)])
    skp = skp_score(*items, rules=uncapped)
    assert skp == D(130)  # 120 + the additional cap
    score = performance_score(skp, 100, rules=uncapped)
    assert score == D(121)  # 0.7 × 130 + 0.3 × 100
    assert predicate(score, rules=uncapped) is B
    assert predicate(score, innovation=True, rules=uncapped) is SB
    (step,) = explain(predicate, score, rules=uncapped).explanation.steps
    assert "a score above 120 (SKP cap off) takes the top band" in step.rule.en
    assert "masuk rentang teratas" in step.rule.id
    # The scale grows by the additional cap only.
    with pytest.raises(InvalidValueError, match="skp_score"):
        performance_score("130.01", 100, rules=uncapped)
    with pytest.raises(InvalidValueError, match="score"):
        predicate("130.01", rules=uncapped)
    with pytest.raises(InvalidValueError, match="behaviour_score"):
        performance_score(100, "120.01", rules=uncapped)


def test_with_the_skp_cap_on_the_scale_stays_0_to_120():
    with pytest.raises(InvalidValueError, match="skp_score"):
        performance_score("120.01", 100)
    with pytest.raises(InvalidValueError, match="score"):
        predicate("120.01")
    assert predicate(120) is B
    assert "top band" not in explain(predicate, 120).explanation.render(lang="en")


@given(kst.pp30_main_item_lists())
def test_the_main_total_is_a_weighted_mean_of_the_values(items):
    score = skp_score(items)
    assert sum(item.weight for item in items) == 100
    assert min(item.value for item in items) <= score <= max(item.value for item in items)


@given(kst.pp30_main_item_lists(), st.lists(kst.pp30_additional_items(), max_size=4))
def test_additional_items_add_at_most_the_cap_and_never_lower_the_score(mains, extras):
    outcome = explain_skp(mains, extras)
    assert 0 <= outcome.additional_total <= 10
    assert outcome.score >= skp_score(mains)
    assert outcome.score == min(outcome.main_total + outcome.additional_total, D(120))


@given(kst.pp30_main_items())
def test_a_single_item_weighted_100_gives_its_value(item):
    whole = MainItem(item.value, 100, item.name)
    assert skp_score([whole]) == item.value


@pytest.mark.parametrize(
    ("items", "match"),
    [
        ([], "at least one"),
        ([MainItem(90, 60)], "add up to exactly 100"),
        ([MainItem(90, 60), MainItem(90, "40.01")], "add up to exactly 100"),
        ([MainItem("120.01", 100)], r"main_items\[0\]\.value"),
        ("items", "main_items"),
        ([(90, 100)], "MainItem"),
        (None, "main_items"),
    ],
)
def test_skp_score_rejects_bad_main_items(items, match):
    with pytest.raises(InvalidValueError, match=match):
        skp_score(items)


@pytest.mark.parametrize(
    ("extras", "match"),
    [
        ([MainItem(90, 10)], "AdditionalItem"),
        ([AdditionalItem("120.5", B, 10)], r"additional_items\[0\]\.value"),
        (5, "additional_items"),
    ],
)
def test_skp_score_rejects_bad_additional_items(extras, match):
    with pytest.raises(InvalidValueError, match=match):
        skp_score([MainItem(90, 100)], extras)


def test_regression_main_weights_off_100_in_the_29th_digit_are_rejected():
    """The weights used to be summed in a 28-digit context, which rounded this sum to 100."""
    items = [
        MainItem(90, "99.9999999999999999999999999999"),
        MainItem(90, "0.0000000000000000000000000002"),
    ]
    with pytest.raises(InvalidValueError, match="add up to exactly 100"):
        skp_score(items)


@given(kst.pp30_main_item_lists(), st.lists(kst.pp30_scores(places=24), min_size=5, max_size=5))
def test_main_total_rounds_once_after_an_exact_weighted_sum(items, values):
    items = [MainItem(value, item.weight) for item, value in zip(items, values, strict=False)]
    exact = sum(Fraction(item.weight) * Fraction(item.value) for item in items) / 100
    assert explain_skp(items).main_total == publish(exact)
    assert explain_skp(items).exact == min(exact, 120)


def test_skp_explanation_is_plain_data_and_names_its_sources():
    outcome = explain_skp(
        [MainItem(88, 60, name="PK"), MainItem(109, 40)], [AdditionalItem(109, B, 10, "Tim")]
    )
    text = outcome.explanation.render(lang="en")
    assert "Weighted main item PK" in text
    assert "Weighted main item #2" in text
    assert "Weighted additional item Tim" in text
    assert "UNCONFIRMED" in text
    data = json.loads(json.dumps(outcome.to_dict()))
    assert plain_value(data["value"]) == str(outcome.score) == "105.12"
    assert (outcome.main_total, outcome.additional_total) == (D("96.4"), D("8.72"))


# --- value types -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("band", "inside", "outside"),
    [
        (Band(90, 120, upper_closed=True), ["90", "120"], ["89.99", "120.01"]),
        (Band(70, 90), ["70", "89.99"], ["69.99", "90"]),
        (Band(1, 2, lower_closed=False), ["1.01"], ["1", "2"]),
        (Band(5, 5, True, True), ["5"], ["4.99", "5.01"]),
        (Band(101, None), ["101", "1000000"], ["100.99"]),
    ],
)
def test_band_edges_are_explicit(band, inside, outside):
    assert all(band.contains(D(x)) for x in inside)
    assert not any(band.contains(D(x)) for x in outside)


def test_band_text():
    assert str(Band(90, 120, upper_closed=True)) == "90 ≤ x ≤ 120"
    assert str(Band(1, 2, lower_closed=False)) == "1 < x < 2"
    assert str(Band(101, None)) == "101 ≤ x"


@given(kst.pp30_bands(bounded=False), kst.pp30_scores(max_value=400))
def test_band_contains_agrees_with_its_edges(band, x):
    above = x > band.lower or (x == band.lower and band.lower_closed)
    below = band.upper is None or x < band.upper or (x == band.upper and band.upper_closed)
    assert band.contains(x) == (above and below)


@pytest.mark.parametrize(
    ("args", "match"),
    [
        ((5, 4), "upper"),
        ((5, 5), "equal"),
        ((5, 5, True, False), "equal"),
        ((5, None, True, True), "upper_closed"),
        ((5, 6, 1, False), "lower_closed"),
        ((5, 6, True, None), "upper_closed"),
        ((5.0, 6), "lower"),
        ((5, "six"), "upper"),
    ],
)
def test_band_validation(args, match):
    with pytest.raises(InvalidValueError, match=match):
        Band(*args)


@given(kst.pp30_linear_formulas(), kst.pp30_achievements(), kst.pp30_achievements())
def test_linear_formulas_never_fall(formula, a, b):
    low, high = sorted((a, b))
    assert formula.apply(low) <= formula.apply(high)
    assert formula.apply(formula.achievement_from) == formula.value_from
    assert formula.apply(formula.achievement_to) == formula.value_to


@pytest.mark.parametrize(
    ("args", "match"),
    [
        ((10, 9, 0, 1), "achievement_to"),
        ((0, 10, 5, 4), "value_to"),
        ((5, 5, 1, 2), "constant"),
        ((0.5, 5, 1, 2), "achievement_from"),
        ((0, 5, "x", 2), "value_from"),
    ],
)
def test_linear_formula_validation(args, match):
    with pytest.raises(InvalidValueError, match=match):
        LinearFormula(*args)


def test_linear_formula_text_and_constant():
    assert str(LinearFormula(100, 100, 109, 109)) == "109"
    assert LinearFormula(100, 100, 109, 109).apply(5) == D(109)
    with pytest.raises(InvalidValueError, match="achievement"):
        LinearFormula(0, 1, 0, 1).apply(0.5)


def test_small_value_types_validate_and_render():
    assert str(ScoreWeights(70, 30)) == "SKP 70 % + perilaku kerja 30 %"
    assert str(AchievementCap(110, 120)) == "capaian > 110 % → 120"
    assert str(MaximumAttainableRule(100, 120, SB)) == "capaian 100 % → 120 (Sangat Baik)"
    with pytest.raises(InvalidValueError, match="100"):
        ScoreWeights(70, 40)
    with pytest.raises(InvalidValueError, match="100"):  # regression: summed without rounding
        ScoreWeights("70.0000000000000000000000000001", 30)
    with pytest.raises(InvalidValueError, match="skp"):
        ScoreWeights(-10, 110)
    with pytest.raises(InvalidValueError, match="behaviour"):
        ScoreWeights(110, -10)
    with pytest.raises(InvalidValueError, match="category"):
        MaximumAttainableRule(100, 120, "Sangat Baik")
    with pytest.raises(InvalidValueError, match="threshold"):
        AchievementCap(None, 120)


@pytest.mark.parametrize(
    ("build", "match"),
    [
        (lambda: MainItem(-1, 50), "value"),
        (lambda: MainItem(90, 0), "weight"),
        (lambda: MainItem(90, "100.01"), "weight"),
        (lambda: MainItem(90, 50, ""), "name"),
        (lambda: AdditionalItem(90, "Baik", 10), "category"),
        (lambda: AdditionalItem(90, B, 0), "scope_weight"),
        (lambda: AdditionalItem(90.0, B, 10), "value"),
    ],
)
def test_item_validation(build, match):
    with pytest.raises(InvalidValueError, match=match):
        build()


# --- parameter validation ----------------------------------------------------------------------

GOOD_PREDICATE_BANDS = {
    SB: Band(110, 120, upper_closed=True),
    B: Band(90, 120, upper_closed=True),
    C: Band(70, 90),
    K: Band(50, 70),
    SK: Band(0, 50),
}


@pytest.mark.parametrize(
    ("change", "match"),
    [
        ({C: Band(70, "89.5")}, "no gap, no overlap"),
        ({C: Band(70, 90, upper_closed=True)}, "no gap, no overlap"),
        ({SB: Band(110, "120.5", upper_closed=True)}, "within the Baik band"),
        ({SB: Band(85, 120, upper_closed=True)}, "within the Baik band"),
        ({SB: Band(110, None)}, "within the Baik band"),
        ({B: Band(90, None), SB: Band(110, None)}, "top edge"),
        ({SB: (110, 120)}, "must be a Band"),
        ({"Baik": Band(90, 120)}, "Pp30Predicate"),
    ],
)
def test_predicate_bands_must_tile_the_scale(change, match):
    with pytest.raises(InvalidValueError, match=match):
        variant({pp30.PP30_PREDICATE_BANDS: {**GOOD_PREDICATE_BANDS, **change}})


def test_predicate_bands_must_be_a_total_mapping():
    partial = {k: v for k, v in GOOD_PREDICATE_BANDS.items() if k is not SK}
    with pytest.raises(InvalidValueError, match="every Pp30Predicate"):
        variant({pp30.PP30_PREDICATE_BANDS: partial})
    with pytest.raises(InvalidValueError, match="mapping"):
        variant({pp30.PP30_PREDICATE_BANDS: list(GOOD_PREDICATE_BANDS.values())})
    edge = {**GOOD_PREDICATE_BANDS, SB: Band(90, 120, lower_closed=False, upper_closed=True)}
    rules = variant({pp30.PP30_PREDICATE_BANDS: edge})
    assert predicate(90, innovation=True, rules=rules) is B
    assert predicate("90.01", innovation=True, rules=rules) is SB


def test_achievement_bands_must_start_at_0_and_tile_upwards():
    national = dict(RULES[pp30.PP30_ACHIEVEMENT_BANDS])
    with pytest.raises(InvalidValueError, match="start at 0"):
        variant({pp30.PP30_ACHIEVEMENT_BANDS: {**national, SK: Band(1, 60)}})
    with pytest.raises(InvalidValueError, match="start at 0"):
        variant({pp30.PP30_ACHIEVEMENT_BANDS: {**national, SK: Band(0, 60, lower_closed=False)}})
    with pytest.raises(InvalidValueError, match="no gap"):
        variant({pp30.PP30_ACHIEVEMENT_BANDS: {**national, K: Band(60, 79)}})
    with pytest.raises(InvalidValueError, match="no gap"):
        variant({pp30.PP30_ACHIEVEMENT_BANDS: {**national, B: Band(100, None)}})


@pytest.mark.parametrize(
    ("spec", "value"),
    [
        (pp30.PP30_ACHIEVEMENT_ROUNDING, True),
        (pp30.PP30_ACHIEVEMENT_ROUNDING, -1),
        (pp30.PP30_ACHIEVEMENT_ROUNDING, 29),
        (pp30.PP30_ACHIEVEMENT_ROUNDING, "0"),
        (pp30.PP30_SCORE_WEIGHTS, (70, 30)),
        (pp30.PP30_VALUE_FORMULA_GOOD, 109),
        (pp30.PP30_VALUE_CAP, (110, 120)),
        (pp30.PP30_MAXIMUM_ATTAINABLE, 120),
        (pp30.PP30_ADDITIONAL_FACTORS, [100, 80, 60, 40, 20]),
        (pp30.PP30_ADDITIONAL_FACTORS, {SB: 100, B: 80, C: 60, K: 40}),
        (pp30.PP30_ADDITIONAL_FACTORS, {SB: 101, B: 80, C: 60, K: 40, SK: 20}),
        (pp30.PP30_ADDITIONAL_FACTORS, {SB: 100, B: 80, C: 60, K: 40, SK: 20, "x": 1}),
        (pp30.PP30_ADDITIONAL_FACTORS, {SB: 100.0, B: 80, C: 60, K: 40, SK: 20}),
        (pp30.PP30_ADDITIONAL_CAP, -1),
        (pp30.PP30_ADDITIONAL_CAP, None),
        (pp30.PP30_SKP_SCORE_CAP, "-0.5"),
    ],
)
def test_parameter_values_are_checked(spec, value):
    with pytest.raises(InvalidValueError, match=spec.name):
        variant({spec: value})


def test_predicate_bands_reject_unknown_extra_keys():
    with pytest.raises(InvalidValueError, match="Pp30Predicate members"):
        variant({pp30.PP30_PREDICATE_BANDS: {**GOOD_PREDICATE_BANDS, "extra": Band(0, 1)}})


# --- bad input never escapes as another exception type ----------------------------------------

ANYTHING = anything(
    kst.pp30_predicates(),
    kst.pp30_main_items(),
    kst.pp30_additional_items(),
)


@given(ANYTHING, ANYTHING, ANYTHING)
def test_functions_raise_only_kinerja_errors(a, b, c):
    outcome_of(performance_score, a, b, with_peer_input=c)
    outcome_of(explain, performance_score, a, b, rules=c)
    outcome_of(predicate, a, innovation=b)
    outcome_of(explain, predicate, a, rules=b)
    outcome_of(indicator_value, a, maximum_attainable=b)
    outcome_of(explain, indicator_value, a, rules=c)
    outcome_of(skp_score, a, b)
    outcome_of(skp_score, [a], [b])
    outcome_of(explain, skp_score, a, rules=c)
    outcome_of(Pp30Predicate.parse, a)


@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_constructors_raise_only_kinerja_errors(a, b, c, d):
    outcome_of(Band, a, b, c, d)
    outcome_of(LinearFormula, a, b, c, d)
    outcome_of(ScoreWeights, a, b)
    outcome_of(AchievementCap, a, b)
    outcome_of(MaximumAttainableRule, a, b, c)
    outcome_of(MainItem, a, b, c)
    outcome_of(AdditionalItem, a, b, c, d)
    for spec in EXPECTED_CONFIDENCE:
        outcome_of(NATIONAL.replace, {spec: a})


def test_a_float_is_rejected_with_a_hint():
    with pytest.raises(InvalidValueError, match="float is not accepted"):
        performance_score(90.5, 80)
    with pytest.raises(InvalidValueError, match="NaN"):
        indicator_value(D("NaN"))


# --- the bands as band tables -------------------------------------------------------------------


def test_predicate_bands_look_up_through_two_band_tables():
    bands = RULES[pp30.PP30_PREDICATE_BANDS]
    assert isinstance(bands, pp30.PredicateBands)
    assert [band.value for band in bands.table] == [SK, K, C, B]
    assert [band.value for band in bands.with_innovation] == [SK, K, C, B, SB]
    assert bands.with_innovation.bands[3].describe("en") == "90 ≤ x < 110"
    assert bands.tables() == (bands.table, bands.with_innovation)
    assert str(bands.scale) == "0 ≤ x ≤ 120"


def test_a_sangat_baik_band_equal_to_baik_leaves_no_baik_with_innovation():
    same = {**GOOD_PREDICATE_BANDS, SB: Band(90, 120, upper_closed=True)}
    rules = variant({pp30.PP30_PREDICATE_BANDS: same})
    assert [b.value for b in rules[pp30.PP30_PREDICATE_BANDS].with_innovation] == [SK, K, C, SB]
    assert predicate(90, innovation=True, rules=rules) is SB
    assert predicate("89.99", innovation=True, rules=rules) is C
    assert predicate(90, rules=rules) is B


@pytest.mark.parametrize(
    "very_good",
    [Band(110, 115, upper_closed=True), Band(110, 120), Band(100, 110, upper_closed=True)],
)
def test_a_sangat_baik_band_must_end_where_baik_ends(very_good):
    # Otherwise a higher score with innovation could fall back from Sangat Baik to Baik.
    with pytest.raises(InvalidValueError, match="within the Baik band and end where it ends"):
        variant({pp30.PP30_PREDICATE_BANDS: {**GOOD_PREDICATE_BANDS, SB: very_good}})


def test_achievement_bands_look_up_through_a_band_table():
    bands = RULES[pp30.PP30_ACHIEVEMENT_BANDS]
    assert isinstance(bands, pp30.AchievementBands)
    assert bands.tables() == (bands.table,)
    assert bands.table.monotone == "increasing"
    assert bands.table.lookup(Fraction(201, 2)) is B
    assert dict(bands) == {
        SK: Band(0, 60),
        K: Band(60, 80),
        C: Band(80, 100),
        B: Band(100, 101),
        SB: Band(101, None),
    }


def test_achievement_bands_say_which_band_and_why():
    outcome = explain_indicator("97.89")
    (use,) = outcome.explanation.steps[1].parameters
    assert (use.name, use.value) == ("pp30_achievement_bands[Cukup]", "80 ≤ x < 100")
    why = RULES[pp30.PP30_ACHIEVEMENT_BANDS].table.why(98)
    assert why.en == "98 lies in 80 ≤ x < 100 → Fair"
    assert why.id == "98 berada pada rentang 80 ≤ x < 100 → Cukup"


def test_bands_give_their_edges_as_table_rows():
    assert Band(90, 120, upper_closed=True).row(B) == TableBand(B, 90, 120, True, True)
    assert Band(1, 2, lower_closed=False).interval.describe("en") == "1 < x < 2"
    with pytest.raises(InvalidValueError, match="float"):
        Band(70, 90).contains(80.0)


@pytest.mark.parametrize(
    ("achievement", "label"),
    [
        ("59", "Sangat Kurang"),
        ("60", "Kurang"),
        ("79", "Kurang"),
        ("80", "Cukup"),
        ("99", "Cukup"),
        ("99.4", "Cukup"),
        ("99.5", "Baik"),
        ("100", "Baik"),
        ("101", "Sangat Baik"),
        ("150", "Sangat Baik"),
    ],
)
def test_achievement_category_is_public_and_agrees_with_the_indicator_value(achievement, label):
    # The deprecated explain_indicator_value was the only way to read the category.
    assert pp30.achievement_category(achievement).value == label
    outcome = explain(pp30.achievement_category, achievement)
    assert outcome.value.value == label
    assert outcome.explanation.steps[1].result.value == label


def test_a_met_maximum_attainable_target_is_sangat_baik():
    assert pp30.achievement_category(100, maximum_attainable=True).value == "Sangat Baik"
