"""Assertions that kill mutants of `performance/achievement_formulas.py` (mutation testing).

The behaviour tests check the numbers; these pin the rest: every explanation step exactly (both
languages, inputs, parameter uses, result, citation) for each formula, range side and limit,
both sides of the range edges, the zero-target parameter, formulas and limits passed through
`rules=`, each error's payload, `to_dict` and the deprecated `explain_achievement`.
"""

from datetime import date
from decimal import Decimal

import pytest

from kinerja_core import (
    NATIONAL,
    Indicator,
    InvalidValueError,
    Period,
    Polarity,
    RuleNotInForceError,
    Target,
    achievement,
    explain,
)
from kinerja_core.performance import (
    ACHIEVEMENT_FORMULA,
    ACHIEVEMENT_LIMITS,
    ZERO_TARGET_ACHIEVEMENT,
    AchievementFormula,
    AchievementLimits,
    ZeroTargetAchievement,
    annual_achievement,
    explain_achievement,
)
from plain_steps import step_data, without_meta

HIGHER, LOWER, MILESTONE = Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.MILESTONE
LAMPIRAN = "PermenPANRB 8/2021"
ON = date(2024, 6, 30)

NORMAL = (
    "Capaian = realisasi / target × 100 % (kondisi normal)",
    "Achievement = realisation / target × 100 % (higher is better)",
)
SPECIAL = (
    "Capaian = (1 + (1 − realisasi / target)) × 100 % (kondisi khusus)",
    "Achievement = (1 + (1 − realisation / target)) × 100 % (lower is better)",
)
INVERSE = (
    "Capaian = target / realisasi × 100 % (varian; semakin rendah semakin baik)",
    "Achievement = target / realisation × 100 % (variant; lower is better)",
)
MILESTONE_TEXT = (
    "Capaian indikator milestone: tercapai 100 %, tidak tercapai 0 %",
    "Milestone achievement: done 100 %, not done 0 %",
)
LIMIT_TEXT = ("Batas atas/bawah capaian", "Achievement cap/floor")
ZERO_TEXT = (
    "Target 0 (semakin rendah semakin baik): capaian dari parameter kebijakan",
    "Target 0 (lower is better): achievement from the policy parameter",
)


def brief(step):
    """A step as (id, en, inputs, [(parameter, value)], result, regulation of its citation)."""
    data = step_data(step)
    return (
        data["rule"]["id"],
        data["rule"]["en"],
        data["inputs"],
        [(use["name"], use["value"]) for use in data["parameters"]],
        data["result"],
        None if data["citation"] is None else data["citation"]["regulation"],
    )


def steps_of(*args, **kwargs):
    outcome = explain(achievement, *args, **kwargs)
    assert outcome.value == achievement(*args, **kwargs)
    return [brief(step) for step in outcome.explanation.steps]


def payload(caught):
    return caught.value.field, caught.value.value, caught.value.reason


# --- formulas and their steps ---------------------------------------------------------------


def test_higher_is_better_step_uses_no_formula_parameter():
    assert steps_of(Target(80), 70) == [
        (*NORMAL, {"target": "80", "realisation": "70"}, [], "87.5", LAMPIRAN)
    ]


def test_lower_is_better_step_names_the_formula_parameter():
    assert steps_of(Target(8), 6, LOWER) == [
        (
            *SPECIAL,
            {"target": "8", "realisation": "6"},
            [("achievement_formula", "PermenPANRB 8/2021")],
            "125",
            LAMPIRAN,
        )
    ]


def test_an_explicit_inverse_formula_has_no_parameter_and_no_lampiran_citation():
    assert steps_of(Target(8), 6, LOWER, formula=AchievementFormula.INVERSE_RATIO) == [
        (*INVERSE, {"target": "8", "realisation": "6"}, [], "133.3333333333333333333333333", None)
    ]


def test_an_explicit_lampiran_formula_is_cited_but_not_listed_as_a_parameter():
    assert steps_of(Target(8), 6, LOWER, formula=AchievementFormula.PERMENPANRB_8_2021) == [
        (*SPECIAL, {"target": "8", "realisation": "6"}, [], "125", LAMPIRAN)
    ]


def test_the_inverse_formula_passed_through_rules_changes_the_result_and_is_named():
    rules = NATIONAL.replace({ACHIEVEMENT_FORMULA: AchievementFormula.INVERSE_RATIO}).at(ON)
    assert achievement(Target(8), 6, LOWER) == Decimal(125)
    assert achievement(Target(8), 10, LOWER, rules=rules) == Decimal(80)
    assert steps_of(Target(8), 10, LOWER, rules=rules) == [
        (
            *INVERSE,
            {"target": "8", "realisation": "10"},
            [("achievement_formula", "target/realisasi")],
            "80",
            None,
        )
    ]
    # the formula parameter does not touch higher-is-better indicators
    assert achievement(Target(8), 10, rules=rules) == Decimal(125)


def test_formula_labels_in_english():
    assert AchievementFormula.PERMENPANRB_8_2021.label("en") == (
        "PermenPANRB 8/2021 (2 − realisation/target)"
    )
    assert AchievementFormula.INVERSE_RATIO.label("en") == "target/realisation"


# --- range targets: each side and both edges ------------------------------------------------


@pytest.mark.parametrize(
    ("realisation", "why_id", "why_en", "bound", "value"),
    [
        ("9", "di atas rentang: batas atas", "above the range: upper bound", "8", "112.5"),
        ("8", "di dalam rentang: capaian 100 %", "inside the range: 100 %", "8", "100"),
        ("7", "di dalam rentang: capaian 100 %", "inside the range: 100 %", "7", "100"),
        (
            "6",
            "di bawah rentang: batas bawah",
            "below the range: lower bound",
            "7",
            "85.71428571428571428571428571",
        ),
    ],
)
def test_range_steps_on_each_side_and_edge(realisation, why_id, why_en, bound, value):
    first, second = steps_of(Target.range(7, 8), realisation)
    assert first == (
        f"Target rentang — {why_id}",
        f"Range target — {why_en}",
        {"target": {"low": "7", "high": "8"}, "realisation": realisation},
        [],
        bound,
        LAMPIRAN,
    )
    assert second == (*NORMAL, {"target": bound, "realisation": realisation}, [], value, LAMPIRAN)


def test_a_realisation_of_zero_inside_a_range_from_zero_is_exactly_100():
    assert achievement(Target.range(0, 5), 0) == Decimal(100)
    assert achievement(Target.range(0, 5), 0, LOWER) == Decimal(100)


# --- milestones -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "realisation", "shown", "value"),
    [(1, True, "1", "100"), (1, False, "0", "0"), (3, 3, "3", "100"), (3, "2.5", "2.5", "0")],
)
def test_milestone_step(target, realisation, shown, value):
    assert steps_of(Target(target), realisation, MILESTONE) == [
        (
            *MILESTONE_TEXT,
            {"target": {"low": str(target), "high": str(target)}, "realisation": shown},
            [],
            value,
            None,
        )
    ]


# --- limits ---------------------------------------------------------------------------------


def test_a_cap_given_as_argument_adds_a_step_without_parameter():
    assert steps_of(Target(80), 200, limits=AchievementLimits(cap=120)) == [
        (*NORMAL, {"target": "80", "realisation": "200"}, [], "250", LAMPIRAN),
        (*LIMIT_TEXT, {"achievement": "250"}, [], "120", None),
    ]


def test_the_national_floor_adds_a_step_naming_the_limits_parameter():
    assert steps_of(Target(8), 20, LOWER)[1] == (
        *LIMIT_TEXT,
        {"achievement": "-50"},
        [("achievement_limits", {"cap": None, "floor": "0"})],
        "0",
        None,
    )


def test_limits_passed_through_rules_apply_and_are_named():
    rules = NATIONAL.replace({ACHIEVEMENT_LIMITS: AchievementLimits(cap=110, floor=10)}).at(ON)
    assert achievement(Target(80), 200, rules=rules) == Decimal(110)
    assert achievement(Target(80), 4, rules=rules) == Decimal(10)
    assert steps_of(Target(80), 200, rules=rules)[1] == (
        *LIMIT_TEXT,
        {"achievement": "250"},
        [("achievement_limits", {"cap": "110", "floor": "10"})],
        "110",
        None,
    )


@pytest.mark.parametrize(("realisation", "value"), [(96, "120"), (8, "10")])
def test_a_value_exactly_at_a_limit_adds_no_limit_step(realisation, value):
    limits = AchievementLimits(cap=120, floor=10)
    (only,) = steps_of(Target(80), realisation, limits=limits)
    assert only[4] == value


def test_limits_validate_and_serialise():
    with pytest.raises(InvalidValueError) as caught:
        AchievementLimits(cap=90, floor=100)
    assert payload(caught) == ("cap", Decimal(90), "must not be below floor (100)")
    assert AchievementLimits(cap=100, floor=100).cap == Decimal(100)
    with pytest.raises(InvalidValueError) as caught:
        AchievementLimits(floor="x")
    assert caught.value.field == "floor"
    with pytest.raises(InvalidValueError) as caught:
        AchievementLimits(cap="x")
    assert caught.value.field == "cap"
    assert AchievementLimits().to_dict() == {"cap": None, "floor": None}
    assert AchievementLimits(cap="120.5", floor=0).to_dict() == {"cap": "120.5", "floor": "0"}


def test_the_indicator_floor_keeps_the_rules_cap():
    rules = NATIONAL.replace({ACHIEVEMENT_LIMITS: AchievementLimits(cap=120, floor=0)}).at(ON)
    floored = Indicator("Layanan", "layanan", floor=50)
    capped = Indicator("Layanan", "layanan", cap=110)
    data = [(Period.quarter(2024, 1), 200)]
    end = date(2024, 12, 31)
    assert annual_achievement(floored, 100, data, as_of=end, rules=rules).value == Decimal(120)
    assert annual_achievement(floored, 1000, data, as_of=end, rules=rules).value == Decimal(50)
    assert annual_achievement(capped, 100, data, as_of=end, rules=rules).value == Decimal(110)
    plain = Indicator("Layanan", "layanan")
    assert annual_achievement(plain, 100, data, as_of=end, rules=rules).value == Decimal(120)
    assert annual_achievement(plain, 1000, data, as_of=end, rules=rules).value == Decimal(20)


def test_annual_outcome_to_dict():
    indicator = Indicator("Layanan", "layanan")
    outcome = annual_achievement(
        indicator, 80, [(Period.quarter(2024, 1), 70)], as_of=date(2024, 12, 31)
    )
    assert outcome.to_dict() == {
        "value": "87.5",
        "ratio": "175/2",
        "explanation": without_meta(outcome.explanation.to_dict()),
    }
    assert outcome.explanation.steps[-1].result == Decimal("87.5")


# --- zero lower-is-better targets -----------------------------------------------------------


@pytest.mark.parametrize(
    ("realisation", "entry", "value"),
    [(0, "met", "100"), ("0.5", "missed", "0"), (3, "missed", "0")],
)
def test_zero_target_step(realisation, entry, value):
    assert steps_of(Target(0), realisation, LOWER) == [
        (
            *ZERO_TEXT,
            {"target": "0", "realisation": str(realisation)},
            [(f"zero_target_achievement[{entry}]", value)],
            value,
            None,
        )
    ]


def test_zero_target_values_pass_through_rules():
    variant = ZeroTargetAchievement(met="110", missed=40)
    rules = NATIONAL.replace({ZERO_TARGET_ACHIEVEMENT: variant}).at(ON)
    assert achievement(Target(0), 0, LOWER, rules=rules) == Decimal(110)
    assert achievement(Target(0), 1, LOWER, rules=rules) == Decimal(40)
    (step,) = steps_of(Target(0), 1, LOWER, rules=rules)
    assert step[3] == [("zero_target_achievement[missed]", "40")]
    assert variant.to_dict() == {"met": "110", "missed": "40"}


def test_zero_target_values_name_their_field():
    with pytest.raises(InvalidValueError) as caught:
        ZeroTargetAchievement(met="x", missed=0)
    assert payload(caught) == ("met", "x", "not a decimal number")
    with pytest.raises(InvalidValueError) as caught:
        ZeroTargetAchievement(met=100, missed="y")
    assert payload(caught) == ("missed", "y", "not a decimal number")


# --- errors ---------------------------------------------------------------------------------


def test_error_payloads():
    with pytest.raises(InvalidValueError) as caught:
        achievement(Target(8), 6, "lower")  # type: ignore[arg-type]
    assert payload(caught) == ("polarity", "lower", "must be a Polarity")
    with pytest.raises(InvalidValueError) as caught:
        achievement(Target(8), 6, LOWER, formula="target/realisasi")  # type: ignore[arg-type]
    assert payload(caught) == ("formula", "target/realisasi", "must be an AchievementFormula")
    with pytest.raises(InvalidValueError) as caught:
        achievement(Target(8), "-1")
    assert payload(caught) == ("realisation", "-1", "must not be negative")
    with pytest.raises(InvalidValueError) as caught:
        achievement(Target(0), 5)
    assert payload(caught) == (
        "target",
        Decimal(0),
        "must be greater than zero for a higher-is-better indicator",
    )
    with pytest.raises(InvalidValueError) as caught:
        achievement(Target(8), 0, LOWER, formula=AchievementFormula.INVERSE_RATIO)
    assert payload(caught) == (
        "realisation",
        Decimal(0),
        "must be greater than zero for the target/realisation formula",
    )


def test_deprecated_alias_warns_and_passes_every_argument():
    limits = AchievementLimits(cap=130)
    rules = NATIONAL.at(ON)
    with pytest.warns(DeprecationWarning, match="explain_achievement") as warned:
        outcome = explain_achievement(
            Target(8),
            2,
            LOWER,
            formula=AchievementFormula.INVERSE_RATIO,
            limits=limits,
            rules=rules,
        )
    assert str(warned[0].message) == (
        "kinerja_core: explain_achievement is deprecated and goes in the next release; "
        "use explain(achievement, ...)"
    )
    expected = explain(
        achievement, Target(8), 2, LOWER, formula=AchievementFormula.INVERSE_RATIO, limits=limits
    )
    assert outcome == expected
    assert outcome.value == Decimal(130)
    with pytest.warns(DeprecationWarning, match="explain_achievement"):
        default = explain_achievement(Target(80), 70)
    assert default == explain(achievement, Target(80), 70)
    too_early = NATIONAL.at(date(2021, 6, 30))
    with (
        pytest.raises(RuleNotInForceError, match="2021-07-01"),
        pytest.warns(DeprecationWarning, match="explain_achievement"),
    ):
        explain_achievement(Target(80), 70, rules=too_early)
