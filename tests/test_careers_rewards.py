"""Rewards and priorities as configurable rules on evaluation histories."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja_core import NATIONAL, Citation, InvalidValueError, Predicate, Version
from kinerja_core.careers import REWARD_RULES, Reward, RewardRule, YearResult, reward_eligibility
from kinerja_core.legacy.pp30_2019 import Pp30Predicate
from kinerja_core.testing import strategies as kst

P = Predicate


def years(*predicates, last=2024):
    first = last - len(predicates) + 1
    return [YearResult.of(first + i, p) for i, p in enumerate(predicates)]


def test_pasal_53_talent_pool_after_two_sangat_baik_years():
    answer = reward_eligibility(
        Reward.TALENT_POOL, year=2024, history=years(P.VERY_GOOD, P.VERY_GOOD)
    )
    assert answer.eligible
    assert "PP 30/2019, Pasal 53" in answer.explanation.render("id")
    once = reward_eligibility(Reward.TALENT_POOL, year=2024, history=years(P.GOOD, P.VERY_GOOD))
    assert [c.code for c in once.unmet] == ["performance_2023"]


def test_pasal_53_development_after_two_baik_years_across_regimes():
    history = [YearResult.of(2021, Pp30Predicate.GOOD), YearResult.of(2022, P.VERY_GOOD)]
    assert reward_eligibility(Reward.DEVELOPMENT, year=2022, history=history).eligible
    missing = reward_eligibility(Reward.DEVELOPMENT, year=2024, history=years(P.GOOD))
    assert [c.code for c in missing.unmet] == ["performance_2023"]


def test_the_default_rewards_are_a_marked_policy_an_institution_replaces():
    answer = reward_eligibility(Reward.FINANCIAL_INCENTIVE, year=2024, history=years(P.GOOD))
    assert not answer.eligible
    assert "[POLICY CHOICE]" in answer.explanation.render("en")
    own = {reward: RewardRule(1, P.GOOD) for reward in Reward}
    pemda = NATIONAL.with_overrides(
        "Pemda Contoh",
        {REWARD_RULES: Version(date(2024, 1, 1), own, Citation("Perbup Contoh 7/2024", "Pasal 9"))},
    )
    rules = pemda.at(date(2024, 12, 31))
    answer = reward_eligibility(
        Reward.FINANCIAL_INCENTIVE, year=2024, history=years(P.GOOD), rules=rules
    )
    assert answer.eligible
    assert "Perbup Contoh 7/2024" in answer.explanation.render("id")


@settings(max_examples=40)
@given(
    st.sampled_from(Reward),
    st.lists(kst.predicates(), min_size=2, max_size=2),
    st.lists(kst.predicates(), min_size=2, max_size=2),
)
def test_a_better_history_never_loses_a_reward(reward, first, second):
    worse = [min(a, b, key=lambda p: p.rank) for a, b in zip(first, second, strict=True)]
    better = [max(a, b, key=lambda p: p.rank) for a, b in zip(first, second, strict=True)]
    if reward_eligibility(reward, year=2024, history=years(*worse)).eligible:
        assert reward_eligibility(reward, year=2024, history=years(*better)).eligible


def test_bad_input_names_the_field():
    with pytest.raises(InvalidValueError, match="reward"):
        reward_eligibility("Sertifikat", year=2024, history=[])  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="year"):
        reward_eligibility(Reward.CERTIFICATE, year="2024", history=[])  # type: ignore[arg-type]
    assert Reward.parse("insentif keuangan") is Reward.FINANCIAL_INCENTIVE
