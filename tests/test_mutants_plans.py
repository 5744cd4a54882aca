"""Assertions that kill mutants of `performance/plans.py` (mutation testing).

Pins what the plan tests leave open: each problem's field, value and reason, the payload of the
raised `ValidationError`s, the steps of the weighted achievement (item steps, the steps of each
item's own achievement, the weighted sum), the indicator's own limits on a single realisation,
`rules=` passed through, the default rules taken on the evaluation date, and `to_dict`.
"""

from datetime import date
from decimal import Decimal

import pytest

from kinerja_core import (
    NATIONAL,
    Aggregation,
    Indicator,
    InvalidValueError,
    PerformancePlan,
    Period,
    PlanItem,
    Polarity,
    RuleNotInForceError,
    Target,
    ValidationError,
    plan_achievement,
    validate_plan,
)
from kinerja_core.performance import ACHIEVEMENT_LIMITS, AchievementLimits, plan_problems
from plain_steps import step_data, without_meta

NIP = "198507122010012003"
YEAR = Period.year(2024)
RESOLVED = Indicator("Pengaduan yang diselesaikan", "pengaduan", code="IKI-2", cap=110)
AVERAGE = Indicator("Waktu respon", "hari", Polarity.LOWER_IS_BETTER, Aggregation.AVERAGE)


def payload(error):
    return error.field, error.value, error.reason


def two_items():
    return PerformancePlan(
        NIP, YEAR, [PlanItem(RESOLVED, 400, 60), PlanItem(AVERAGE, 5, 40, key="A")]
    )


def realisations():
    return {"IKI-2": 500, "A": [(Period.quarter(2024, 1), 4), (Period.quarter(2024, 2), 6)]}


# --- construction errors --------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["", 7])
def test_a_bad_link_is_named_with_its_value_and_reason(bad):
    with pytest.raises(InvalidValueError) as caught:
        PlanItem(RESOLVED, 10, supports=["IKU-1", bad])
    assert payload(caught.value) == ("supports", bad, "each link must be a non-empty indicator key")


def test_a_bad_item_is_named_with_its_value_and_reason():
    with pytest.raises(InvalidValueError) as caught:
        PerformancePlan(NIP, YEAR, ["IKI-2"])
    assert payload(caught.value) == ("items", "IKI-2", "each item must be a PlanItem")


def test_an_unknown_item_key_lists_the_plans_keys():
    with pytest.raises(InvalidValueError) as caught:
        two_items().item("IKI-9")
    assert payload(caught.value) == ("key", "IKI-9", "no such plan item; the plan has: IKI-2, A")


# --- plan problems --------------------------------------------------------------------------


def test_plan_problems_refuses_what_is_not_a_plan():
    with pytest.raises(InvalidValueError) as caught:
        plan_problems("SKP")  # type: ignore[arg-type]
    assert payload(caught.value) == ("plan", "SKP", "must be a PerformancePlan")


def test_every_problem_has_its_field_value_and_reason():
    broken = PerformancePlan(
        NIP,
        YEAR,
        [
            PlanItem(RESOLVED, 400, 30, supports=["IKU-9"]),
            PlanItem(RESOLVED, 400, 30),
            PlanItem(AVERAGE, 5, 30, key="A"),
        ],
    )
    assert [payload(p) for p in plan_problems(broken, parent_keys=["IKU-1"])] == [
        ("weights", Decimal(90), "the weights must add up to exactly 100 %"),
        ("items", "IKI-2", "duplicate indicator (2 items)"),
        ("items[IKI-2].supports", "IKU-9", "links to an unknown indicator"),
    ]
    unweighted = PerformancePlan(NIP, YEAR, [PlanItem(AVERAGE, 5, key="A")])
    assert [payload(p) for p in plan_problems(unweighted)] == [
        ("items[A].weight", None, "missing weight")
    ]
    empty = PerformancePlan(NIP, YEAR, [])
    assert [payload(p) for p in plan_problems(empty)] == [
        ("items", (), "a plan needs at least one indicator")
    ]


def test_validate_plan_raises_the_plan_with_its_problems():
    broken = PerformancePlan(NIP, YEAR, [PlanItem(RESOLVED, 400, 50)])
    with pytest.raises(ValidationError) as caught:
        validate_plan(broken)
    assert caught.value.field == "plan"
    assert caught.value.value is broken
    assert [payload(p) for p in caught.value.problems] == [
        ("weights", Decimal(50), "the weights must add up to exactly 100 %")
    ]


# --- realisations ---------------------------------------------------------------------------


def test_realisations_that_are_not_a_mapping_are_refused_with_their_payload():
    given = [("IKI-2", 500)]
    with pytest.raises(InvalidValueError) as caught:
        plan_achievement(two_items(), given)  # type: ignore[arg-type]
    assert payload(caught.value) == ("realisations", given, "must map item keys to realisations")


def test_missing_and_unknown_realisations_are_listed_with_their_payload():
    given = {"IKI-2": 500, "IKI-9": 1}
    with pytest.raises(ValidationError) as caught:
        plan_achievement(two_items(), given)
    assert caught.value.field == "realisations"
    assert caught.value.value is given
    assert [payload(p) for p in caught.value.problems] == [
        ("realisations[A]", None, "no realisation given"),
        ("realisations", "IKI-9", "not an item of the plan"),
    ]


# --- the weighted achievement and its steps -------------------------------------------------


def test_the_steps_of_a_weighted_achievement():
    result = plan_achievement(two_items(), realisations())
    assert result.value == Decimal(106)
    steps = [step_data(step) for step in result.explanation.steps]
    assert [(s["rule"]["id"], s["rule"]["en"]) for s in steps] == [
        ("Butir SKP: IKI-2", "Plan item: IKI-2"),
        (
            "Capaian = realisasi / target × 100 % (kondisi normal)",
            "Achievement = realisation / target × 100 % (higher is better)",
        ),
        ("Batas atas/bawah capaian", "Achievement cap/floor"),
        ("Butir SKP: A", "Plan item: A"),
        (
            "Agregasi realisasi periodik (Rata-rata) per 31 Desember 2024",
            "Aggregate periodic realisations (Average) as of 31 December 2024",
        ),
        (
            "Capaian = (1 + (1 − realisasi / target)) × 100 % (kondisi khusus)",
            "Achievement = (1 + (1 − realisation / target)) × 100 % (lower is better)",
        ),
        (
            "Capaian SKP tertimbang = Σ capaian × bobot / 100",
            "Weighted plan achievement = Σ achievement × weight / 100",
        ),
    ]
    item = result.explanation.steps[0]
    assert item.inputs == (
        ("indicator", RESOLVED),
        ("polarity", Polarity.HIGHER_IS_BETTER),
        ("target", Target(400)),
        ("weight", Decimal(60)),
    )
    assert item.result is None
    assert steps[2]["inputs"] == {"achievement": "125"}
    assert steps[2]["result"] == "110"
    assert steps[-1]["inputs"] == {"IKI-2 (60 %)": "110", "A (40 %)": "100"}
    assert steps[-1]["result"] == "106"


def test_the_indicators_own_cap_limits_a_single_realisation():
    result = plan_achievement(two_items(), realisations())
    assert [item.achievement for item in result.items] == [Decimal(110), Decimal(100)]


def test_the_indicators_floor_keeps_the_cap_of_the_rules():
    floored = Indicator("Layanan", "layanan", floor=50)
    plan = PerformancePlan(NIP, YEAR, [PlanItem(floored, 100, 100)])
    rules = NATIONAL.replace({ACHIEVEMENT_LIMITS: AchievementLimits(cap=120, floor=0)}).at(
        date(2024, 12, 31)
    )
    assert plan_achievement(plan, {"Layanan": 200}).value == Decimal(200)
    assert plan_achievement(plan, {"Layanan": 200}, rules=rules).value == Decimal(120)
    assert plan_achievement(plan, {"Layanan": 10}, rules=rules).value == Decimal(50)
    periodic = {"Layanan": [(Period.quarter(2024, 1), 200)]}
    assert plan_achievement(plan, periodic, rules=rules).value == Decimal(120)


def test_the_default_rules_are_those_in_force_on_the_evaluation_date():
    plan = PerformancePlan(NIP, Period.year(2021), [PlanItem(RESOLVED, 400, 100)])
    assert plan_achievement(plan, {"IKI-2": 200}).value == Decimal(50)
    assert plan_achievement(plan, {"IKI-2": 200}, as_of=date(2021, 7, 1)).value == Decimal(50)
    with pytest.raises(RuleNotInForceError, match="2021-07-01"):
        plan_achievement(plan, {"IKI-2": 200}, as_of=date(2021, 6, 30))
    early = PerformancePlan(NIP, Period.year(2020), [PlanItem(RESOLVED, 400, 100)])
    with pytest.raises(RuleNotInForceError, match="2021-07-01"):
        plan_achievement(early, {"IKI-2": 200})


def test_to_dict_of_the_weighted_achievement():
    result = plan_achievement(two_items(), realisations())
    assert result.to_dict() == {
        "value": "106",
        "ratio": "106",
        "items": [
            {
                "key": "IKI-2",
                "achievement": "110",
                "weight": "60",
                "contribution": "66",
                "numerator": 110,
                "denominator": 1,
            },
            {
                "key": "A",
                "achievement": "100",
                "weight": "40",
                "contribution": "40",
                "numerator": 100,
                "denominator": 1,
            },
        ],
        "explanation": without_meta(result.explanation.to_dict()),
    }
    assert len(result.to_dict()["explanation"]["steps"]) == 7
