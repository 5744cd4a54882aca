"""Names kept one release after they moved: each still works and warns (CHANGELOG lists them)."""

from datetime import date
from decimal import Decimal

import pytest

import kinerja_core as kc
from kinerja_core.legacy import pp30_2019 as pp30
from kinerja_core.legacy import pp46_2011 as pp46
from kinerja_core.performance.behaviour import (
    BehaviourAssessment,
    BehaviourOutcome,
    assess_behaviour,
)

JUDGEMENTS = [
    kc.BehaviourJudgement(kc.RaterRole.SUPERVISOR, value, kc.Rating.MEETS_EXPECTATIONS)
    for value in kc.CoreValue
]


def test_explain_achievement_warns_and_equals_explain():
    with pytest.deprecated_call(match=r"explain\(achievement"):
        old = kc.performance.explain_achievement(kc.Target(3), 2)
    new = kc.explain(kc.achievement, kc.Target(3), 2)
    assert old == new
    assert old.exact == new.exact


def test_explain_behaviour_rating_warns_and_equals_assess_behaviour():
    with pytest.deprecated_call(match="assess_behaviour"):
        old = kc.performance.explain_behaviour_rating(JUDGEMENTS)
    assert old == assess_behaviour(JUDGEMENTS)
    assert BehaviourOutcome is BehaviourAssessment


def test_explain_months_covered_warns_and_keeps_its_outcome():
    employment = kc.Employment(date(2024, 3, 15))
    with pytest.deprecated_call(match=r"explain\(months_covered"):
        old = kc.periods.explain_months_covered(employment, kc.Period.year(2024))
    assert old.months == kc.months_covered(employment, kc.Period.year(2024)) == 9
    assert old.overlap == kc.Period.between(date(2024, 3, 15), date(2024, 12, 31))
    assert old.rule is kc.periods.MonthCountRule.WHOLE_MONTHS
    assert (
        old.explanation
        == kc.explain(kc.months_covered, employment, kc.Period.year(2024)).explanation
    )


# --- The earlier regimes' explain_* twins ------------------------------------------------------

PP46_WORKED = {
    "target_output": 1,
    "realised_output": 1,
    "realised_quality": 90,
    "target_months": 12,
    "realised_months": 12,
    "target_cost": 170395000,
    "realised_cost": 170395000,
}


def test_pp46_explain_activity_score_warns_and_equals_explain():
    with pytest.deprecated_call(match=r"explain\(activity_score"):
        old = pp46.explain_activity_score(**PP46_WORKED)
    new = kc.explain(pp46.activity_score, **PP46_WORKED)
    assert old.score == new.value
    assert old.explanation == new.explanation
    assert (old.quantity, old.quality, old.time, old.cost, old.total) == (100, 90, 76, 76, 342)


def test_pp46_explain_skp_score_warns_and_equals_explain():
    activities = [pp46.Activity(**PP46_WORKED)]
    with pytest.deprecated_call(match=r"explain\(skp_score"):
        old = pp46.explain_skp_score(activities, additional_tasks=2)
    new = kc.explain(pp46.skp_score, activities, additional_tasks=2)
    assert old.score == new.value
    assert old.exact_score == new.exact
    assert old.explanation == new.explanation
    assert old.category is pp46.category(new.value)
    assert old.activities[0].score == pp46.activity_score(**PP46_WORKED)
    assert old.activities[0].explanation.steps == new.explanation.steps[:5]
    assert old.activities[0].explanation.render(lang="en").startswith("1. Activity 1: Quantity")


def test_pp46_explain_behaviour_score_warns_and_equals_explain():
    scores = {a: 80 for a in pp46.BehaviourAspect if a is not pp46.BehaviourAspect.LEADERSHIP}
    with pytest.deprecated_call(match=r"explain\(behaviour_score"):
        old = pp46.explain_behaviour_score(scores)
    new = kc.explain(pp46.behaviour_score, scores)
    assert (old.score, old.exact_score, old.explanation) == (new.value, new.exact, new.explanation)


def test_pp46_explain_work_performance_warns_and_equals_explain():
    with pytest.deprecated_call(match=r"explain\(work_performance_score"):
        old = pp46.explain_work_performance("85.50", 80)
    new = kc.explain(pp46.work_performance_score, "85.50", 80)
    assert (old.score, old.exact_score, old.explanation) == (new.value, new.exact, new.explanation)
    assert old.category is pp46.category(new.value)


def test_pp46_explain_category_warns_and_equals_explain():
    with pytest.deprecated_call(match=r"explain\(category"):
        old = pp46.explain_category("90.5")
    new = kc.explain(pp46.category, "90.5")
    assert (old.category, old.explanation) == (new.value, new.explanation)


def test_pp30_explain_performance_score_warns_and_equals_explain():
    with pytest.deprecated_call(match=r"explain\(performance_score"):
        old = pp30.explain_performance_score(109, 100)
    new = kc.explain(pp30.performance_score, 109, 100)
    assert (old.score, old.explanation) == (new.value, new.explanation)
    assert old.score == Decimal("106.3")


def test_pp30_explain_predicate_warns_and_equals_explain():
    with pytest.deprecated_call(match=r"explain\(predicate"):
        old = pp30.explain_predicate(115, innovation=True)
    new = kc.explain(pp30.predicate, 115, innovation=True)
    assert (old.predicate, old.explanation) == (new.value, new.explanation)


def test_pp30_explain_indicator_value_warns_and_equals_explain():
    with pytest.deprecated_call(match=r"explain\(indicator_value"):
        old = pp30.explain_indicator_value("97.89")
    new = kc.explain(pp30.indicator_value, "97.89")
    assert (old.value, old.explanation) == (new.value, new.explanation)
    assert (old.achievement, old.rounded_achievement, old.category) == (
        Decimal("97.89"),
        Decimal(98),
        pp30.Pp30Predicate.FAIR,
    )


def test_pp30_explain_skp_score_warns_and_equals_explain():
    items = [pp30.MainItem(88, 60), pp30.MainItem(109, 40)]
    extras = [pp30.AdditionalItem(109, pp30.Pp30Predicate.GOOD, 10)]
    with pytest.deprecated_call(match=r"explain\(skp_score"):
        old = pp30.explain_skp_score(items, extras)
    new = kc.explain(pp30.skp_score, items, extras)
    assert (old.score, old.explanation) == (new.value, new.explanation)
    assert (old.main_total, old.additional_total) == (Decimal("96.4"), Decimal("8.72"))
