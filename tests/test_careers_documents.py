"""Every value type of the careers namespace is a JSON document that round-trips."""

import pytest
from hypothesis import given, settings

from kinerja_core import Predicate
from kinerja_core.careers import (
    AppointmentCredit,
    CreditEntry,
    CreditLedger,
    CreditPeriod,
    CreditRequirement,
    EducationCreditBase,
    EducationCreditRule,
    FunctionalLevel,
    LevelPromotionRule,
    Rank,
    RewardRule,
    RouteRule,
    SalaryStepRule,
    SalaryStepSchedule,
    YearResult,
)
from kinerja_core.testing import strategies as kst

CASES = [
    (CreditRequirement, kst.credit_requirements),
    (EducationCreditRule, kst.education_credit_rules),
    (AppointmentCredit, kst.appointment_credits),
    (RouteRule, kst.route_rules),
    (LevelPromotionRule, kst.level_promotion_rules),
    (SalaryStepRule, kst.salary_step_rules),
    (SalaryStepSchedule, kst.salary_step_schedules),
    (RewardRule, kst.reward_rules),
    (CreditEntry, kst.credit_entries),
    (CreditLedger, kst.credit_ledgers),
    (CreditPeriod, kst.credit_periods),
    (YearResult, kst.year_results),
]


@pytest.mark.parametrize(("kind", "strategy"), CASES, ids=[kind.__name__ for kind, _ in CASES])
def test_every_careers_value_round_trips(kind, strategy):
    @settings(max_examples=15)
    @given(strategy())
    def round_trip(value):
        assert isinstance(value, kind)
        assert kind.from_dict(value.to_dict()) == value

    round_trip()


def test_every_value_has_a_label_in_both_languages():
    for value in (
        CreditRequirement(100, None),
        EducationCreditRule(25, EducationCreditBase.RANK_PROMOTION, Predicate.GOOD),
        RouteRule(4, 2, Predicate.GOOD),
        LevelPromotionRule(1, Predicate.GOOD),
        SalaryStepRule(2, 2, each_year=False),
        RewardRule(2, Predicate.VERY_GOOD),
    ):
        assert value.label("id") != value.label("en")


def test_regression_the_ranks_of_the_flat_appointment_credit_are_writable():
    # the ranks were a frozenset, which a JSON document cannot hold
    rule = AppointmentCredit(FunctionalLevel.AHLI_PERTAMA, 100, {Rank.IV_A, Rank.III_C})
    assert rule.ranks == (Rank.III_C, Rank.IV_A)
    assert AppointmentCredit.from_dict(rule.to_dict()) == rule
