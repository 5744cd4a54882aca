"""Achievement (capaian) — PermenPANRB 8/2021 lampiran formulas (domain reference §2)."""

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from fuzzing import anything, outcome_of
from kinerja_core import (
    NATIONAL,
    Confidence,
    InvalidValueError,
    KinerjaError,
    Polarity,
    Target,
    achievement,
)
from kinerja_core.core.explain import explain
from kinerja_core.performance import ACHIEVEMENT_LIMITS, AchievementFormula, AchievementLimits
from kinerja_core.testing import strategies as kst

HIGHER, LOWER, MILESTONE = Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.MILESTONE


def test_lampiran_range_80_90_realisation_70_is_87_5_percent():
    assert achievement(Target.range(80, 90), 70) == Decimal("87.5")


def test_lampiran_lower_is_better_range_7_8_months_realisation_6_5():
    value = achievement(Target.range(7, 8), "6.5", LOWER)
    assert value == Decimal(750) / Decimal(7)
    assert str(value).startswith("107.142857")
    assert round(value) == 107  # the lampiran prints 107 %


def test_lampiran_lower_is_better_range_7_8_months_realisation_9_is_87_5_percent():
    assert achievement(Target.range(7, 8), 9, LOWER) == Decimal("87.5")


@pytest.mark.parametrize(
    ("target", "realisation", "polarity", "expected"),
    [
        (85, 85, HIGHER, "100"),
        (95, 93, HIGHER, "97.89473684210526315789473684"),
        (10, 0, HIGHER, "0"),
        (5, 4, LOWER, "120"),  # complaint response: target 5 days, realised 4 days
        (5, 0, LOWER, "200"),  # realisation 0 on lower-is-better: the formula gives 200 %
        (5, 10, LOWER, "0"),
        (5, 15, LOWER, "0"),  # formula gives -100 %: the national floor of 0 % applies
        (1, True, MILESTONE, "100"),
        (1, False, MILESTONE, "0"),
        (3, 3, MILESTONE, "100"),
        (3, 2, MILESTONE, "0"),
    ],
)
def test_examples(target, realisation, polarity, expected):
    assert achievement(target, realisation, polarity) == Decimal(expected)


def test_inverse_ratio_is_only_an_explicit_variant():
    assert achievement(5, 4, LOWER) == Decimal(120)
    assert achievement(5, 4, LOWER, formula=AchievementFormula.INVERSE_RATIO) == Decimal(125)
    with pytest.raises(InvalidValueError, match="greater than zero"):
        achievement(5, 0, LOWER, formula=AchievementFormula.INVERSE_RATIO)


def test_a_pemda_can_choose_the_inverse_ratio_formula_by_policy():
    pemda = NATIONAL.replace({"achievement_formula": AchievementFormula.INVERSE_RATIO})
    assert achievement(5, 4, LOWER, rules=pemda.latest()) == Decimal(125)


def test_limits_from_arguments_and_rules():
    assert achievement(100, 150, limits=AchievementLimits(cap=120)) == Decimal(120)
    assert achievement(100, 150, limits=AchievementLimits()) == Decimal(150)
    capped = NATIONAL.replace({ACHIEVEMENT_LIMITS: AchievementLimits(cap=110, floor=0)})
    outcome = explain(achievement, 100, 150, rules=capped.latest())
    assert outcome.value == Decimal(110)
    assert outcome.explanation.steps[-1].parameters[0].name == "achievement_limits"


def test_national_limits_are_a_marked_policy_choice():
    resolved = NATIONAL.latest().resolve(ACHIEVEMENT_LIMITS)
    assert resolved.value == AchievementLimits(cap=None, floor=0)
    assert resolved.citation.confidence is Confidence.POLICY_CHOICE


@pytest.mark.parametrize(
    ("target", "realisation", "polarity", "field"),
    [
        (0, 5, HIGHER, "target"),
        (-5, 5, HIGHER, "target"),
        (5.0, 5, HIGHER, "target"),
        ("NaN", 5, HIGHER, "target"),
        (5, -1, HIGHER, "realisation"),
        (5, 1.5, LOWER, "realisation"),
        (5, "Infinity", LOWER, "realisation"),
        (5, None, HIGHER, "realisation"),
        (5, True, HIGHER, "realisation"),
        (5, 5, "higher", "polarity"),
    ],
)
def test_bad_input_names_the_field(target, realisation, polarity, field):
    with pytest.raises(InvalidValueError) as caught:
        achievement(target, realisation, polarity)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: Target.range(9, 8), "high"),
        (lambda: Target.range(-1, 8), "low"),
        (lambda: AchievementLimits(cap=10, floor=20), "cap"),
        (lambda: AchievementLimits(cap=1.5), "cap"),
        (lambda: achievement(5, 5, formula="target/realisasi"), "formula"),
        (lambda: achievement(5, 5, limits={"cap": 1}), "achievement_limits"),
    ],
)
def test_bad_targets_limits_and_options(call, field):
    with pytest.raises(InvalidValueError) as caught:
        call()
    assert caught.value.field == field


def test_target_repr_label_and_data():
    assert repr(Target(85)) == "Target(85)"
    assert repr(Target.range("7", "8")) == "Target.range(Decimal('7'), Decimal('8'))"
    assert Target.range(7, 8).label("id") == "7–8"
    assert Target("2.5").label("en") == "2.5"
    assert Target.range(7, 8).to_dict() == {"low": "7", "high": "8"}
    assert Target.of(Target(3)) == Target(3) == Target.of(3)
    assert not Target(3).is_range
    assert Target.range(3, 3) == Target(3)


@given(kst.targets(), kst.realisations(), kst.realisations(), kst.polarities(milestone=False))
def test_achievement_is_monotone_in_realisation(target, first, second, polarity):
    low, high = sorted((first, second))
    a_low, a_high = achievement(target, low, polarity), achievement(target, high, polarity)
    if polarity is HIGHER:
        assert a_low <= a_high
    else:
        assert a_low >= a_high


@given(kst.targets(), kst.polarities(milestone=False), st.data())
def test_exactly_100_percent_at_target_and_anywhere_inside_a_range(target, polarity, data):
    inside = data.draw(kst.decimals(min_value=target.low, max_value=target.high, places=3))
    assert achievement(target, inside, polarity) == 100
    assert achievement(target, target.low, polarity) == 100
    assert achievement(target, target.high, polarity) == 100


@given(kst.targets(), kst.realisations(), kst.polarities(), kst.achievement_limits())
def test_limits_always_hold(target, realisation, polarity, limits):
    value = achievement(target, realisation, polarity, limits=limits)
    if limits.cap is not None:
        assert value <= limits.cap
    if limits.floor is not None:
        assert value >= limits.floor


@given(
    kst.decimals(min_value="0.01", max_value=1000),
    kst.realisations(),
    kst.decimals(min_value="0.01", max_value=100),
    kst.polarities(milestone=False),
)
def test_scaling_target_and_realisation_leaves_the_ratio_unchanged(
    target, realisation, factor, polarity
):
    assume(target * factor > 0)
    unlimited = AchievementLimits()
    assert achievement(target, realisation, polarity, limits=unlimited) == achievement(
        target * factor, realisation * factor, polarity, limits=unlimited
    )


@given(kst.targets(), kst.realisations(), kst.polarities())
def test_explanation_names_the_lampiran_and_ends_with_the_value(target, realisation, polarity):
    outcome = explain(achievement, target, realisation, polarity)
    assert outcome.explanation.steps[-1].result == outcome.value
    text = outcome.explanation.render(lang="id")
    if polarity is not MILESTONE:
        assert "PermenPANRB 8/2021" in text
    assert outcome.to_dict()["value"] == {"type": "decimal", "value": f"{outcome.value:f}"}


@given(kst.number_likes(min_value=-10, max_value=10), kst.number_likes(min_value=-10, max_value=10))
def test_any_number_input_either_works_or_raises_the_library_error(target, realisation):
    for polarity in Polarity:
        try:
            value = achievement(target, realisation, polarity)
        except KinerjaError:
            continue
        assert value >= 0


# --- regressions and fuzz ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "target", ["123456789.123456789123456789123", "7.1234567890123456789012345678"]
)
@pytest.mark.parametrize(
    ("polarity", "formula"),
    [
        (Polarity.HIGHER_IS_BETTER, None),
        (Polarity.LOWER_IS_BETTER, AchievementFormula.PERMENPANRB_8_2021),
        (Polarity.LOWER_IS_BETTER, AchievementFormula.INVERSE_RATIO),
    ],
)
def test_regression_a_realisation_equal_to_a_long_target_is_exactly_100_percent(
    target, polarity, formula
):
    # The numerators were once rounded to 28 digits before the division: 99.99…98 %.
    assert achievement(target, target, polarity, formula=formula) == 100


@given(
    st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10**9), places=30),
    kst.polarities().filter(lambda p: p is not MILESTONE),
)
def test_at_a_target_of_any_length_the_achievement_is_100_percent(target, polarity):
    assert achievement(target, target, polarity) == 100


ANYTHING = anything(
    st.sampled_from([*Polarity, *AchievementFormula]),
    kst.targets(),
    kst.realisations(),
    st.builds(AchievementLimits, st.none(), st.just(0)),
)


@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b, c, d):
    outcome_of(achievement, a, b, c)
    outcome_of(achievement, a, b, c, formula=d, limits=a, rules=b)
    outcome_of(AchievementLimits, a, b)
    outcome_of(AchievementFormula.parse, a)
    outcome_of(NATIONAL.replace, {ACHIEVEMENT_LIMITS: a})
