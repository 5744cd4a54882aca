"""Names kept one release after they moved: each still works and warns (CHANGELOG lists them)."""

from datetime import date

import pytest

import kinerja_core as kc
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
