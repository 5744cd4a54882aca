"""One entry point for the three regimes (domain reference §0, §2, §3)."""

from datetime import date
from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fuzzing import anything, outcome_of
from kinerja_core import (
    NATIONAL,
    Exemption,
    Indicator,
    InvalidValueError,
    KinerjaError,
    PerformanceCase,
    PerformancePlan,
    Period,
    PlanItem,
    Predicate,
    Rating,
    Regime,
    RuleNotInForceError,
    evaluate,
    regime_on,
)
from kinerja_core.core.explain import Explanation
from kinerja_core.legacy import Pp30Case, Pp46Case, pp30_2019, pp46_2011
from kinerja_core.performance import EXEMPTIONS, evaluate_performance
from kinerja_core.regimes import REGIME_TIMELINE
from kinerja_core.testing import strategies as kst

NIP = "197803152005011002"
H1_2021 = Period.between(date(2021, 1, 2), date(2021, 6, 30))
H2_2021 = Period.between(date(2021, 7, 1), date(2021, 12, 31))

# Perka BKN 1/2013 worked example (domain reference §3).
ACTIVITY = pp46_2011.Activity(
    target_output=1,
    realised_output=1,
    realised_quality=90,
    target_months=12,
    realised_months=12,
    target_cost=170395000,
    realised_cost=170395000,
)


def pp46_case(period=None, **kwargs):
    arguments = {"activities": [ACTIVITY], "behaviour_score": 80, **kwargs}
    return Pp46Case(employee=NIP, period=period or Period.year(2019), **arguments)


def test_a_2019_case_is_judged_by_pp_46_2011_with_the_official_example():
    evaluation = evaluate(pp46_case())
    assert evaluation.regime is Regime.PP_46_2011
    assert evaluation.score == Decimal("83.30")
    assert evaluation.predicate is pp46_2011.PerformanceCategory.GOOD
    text = evaluation.explanation.render(lang="id")
    assert text.startswith("1. Rezim: PP 46/2011 (berlaku pada periode)")
    assert "hasil: 85,50" in text
    assert "result: 85.50" in evaluation.explanation.render(lang="en")
    assert evaluation.to_dict()["predicate"] == "Baik"


def test_a_pp46_case_with_given_scores_and_aspect_scores():
    aspects = {aspect: 80 for aspect in pp46_2011.BehaviourAspect if aspect.name != "LEADERSHIP"}
    evaluation = evaluate(
        Pp46Case(
            employee=NIP, period=Period.year(2016), skp_score="85.50", behaviour_scores=aspects
        )
    )
    assert evaluation.score == Decimal("83.30")


def test_the_second_half_of_2021_is_judged_by_pp_30_2019():
    case = Pp30Case(employee=NIP, period=H2_2021, skp_score=109, behaviour_score=100)
    evaluation = evaluate(case)
    assert evaluation.regime is Regime.PP_30_2019
    assert evaluation.score == Decimal("106.3")  # 70 % × 109 + 30 % × 100
    assert evaluation.predicate is pp30_2019.Pp30Predicate.GOOD
    innovative = evaluate(
        Pp30Case(employee=NIP, period=H2_2021, skp_score=115, behaviour_score=110, innovation=True)
    )
    assert innovative.predicate is pp30_2019.Pp30Predicate.VERY_GOOD


def test_a_pp30_case_from_its_items_with_peer_input():
    case = Pp30Case(
        employee=NIP,
        period=H2_2021,
        main_items=[pp30_2019.MainItem(109, 60), pp30_2019.MainItem(88, 40)],
        behaviour_score=90,
        with_peer_input=True,
    )
    evaluation = evaluate(case)
    # SKP = 0.6 × 109 + 0.4 × 88 = 100.6; nilai kinerja = 0.6 × 100.6 + 0.4 × 90 = 96.36
    assert evaluation.score == Decimal("96.36")
    assert evaluation.predicate is pp30_2019.Pp30Predicate.GOOD


def test_legacy_evaluations_build_their_explanation_when_first_read():
    activity = pp46_2011.Activity(
        target_output=1,
        realised_output=1,
        realised_quality=90,
        target_months=12,
        realised_months=12,
    )
    cases = [
        Pp46Case(employee=NIP, period=Period.year(2019), activities=[activity], behaviour_score=80),
        Pp30Case(
            employee=NIP,
            period=H2_2021,
            main_items=[pp30_2019.MainItem(109, 100)],
            behaviour_score=100,
        ),
    ]
    for case in cases:
        evaluation = evaluate(case)
        assert not isinstance(evaluation._explain, Explanation)  # a recipe, not yet built
        steps = evaluation.explanation.steps
        assert isinstance(evaluation._explain, Explanation)
        assert steps[0].rule.en.startswith("Regime:")
        assert steps[-1].result is evaluation.predicate


def test_regression_a_pp30_case_with_the_skp_cap_off_is_evaluated():
    """Setting PP30_SKP_SCORE_CAP to None, as the docs offer, used to make evaluate raise."""
    items = {
        "main_items": [pp30_2019.MainItem(120, 100)],
        "additional_items": [pp30_2019.AdditionalItem(120, pp30_2019.Pp30Predicate.VERY_GOOD, 100)],
    }
    case = Pp30Case(employee=NIP, period=H2_2021, behaviour_score=100, **items)
    uncapped = NATIONAL.replace({pp30_2019.PP30_SKP_SCORE_CAP: None})
    evaluation = evaluate(case, policy=uncapped)
    # SKP = 120 + 10 = 130 (uncapped); nilai kinerja = 0.7 × 130 + 0.3 × 100 = 121: top band
    assert evaluation.score == Decimal(121)
    assert evaluation.predicate is pp30_2019.Pp30Predicate.GOOD
    assert "takes the top band" in evaluation.explanation.render(lang="en")
    innovative = evaluate(attrs.evolve(case, innovation=True), policy=uncapped)
    assert innovative.predicate is pp30_2019.Pp30Predicate.VERY_GOOD
    # With the national cap the SKP stops at 120: 0.7 × 120 + 0.3 × 100 = 114.
    capped = evaluate(case)
    assert capped.score == Decimal(114)
    assert "top band" not in capped.explanation.render(lang="en")


def test_a_2024_case_is_judged_by_permenpanrb_6_2022():
    plan = PerformancePlan(
        NIP, Period.year(2024), [PlanItem(Indicator("Layanan", "layanan"), 10, 100)]
    )
    case = PerformanceCase(
        plan, behaviour=Rating.MEETS_EXPECTATIONS, work_result=Rating.ABOVE_EXPECTATIONS
    )
    evaluation = evaluate(case)
    assert evaluation.regime is Regime.PERMENPANRB_6_2022
    assert evaluation.predicate is Predicate.GOOD
    assert "PermenPANRB 6/2022" in evaluation.explanation.render(lang="en").splitlines()[0]


@pytest.mark.parametrize(
    ("case", "in_force"),
    [
        (pp46_case(Period.year(2023)), "PermenPANRB 6/2022"),
        (pp46_case(H2_2021), "PP 30/2019"),
        (
            Pp30Case(employee=NIP, period=Period.year(2019), skp_score=100, behaviour_score=100),
            "PP 46/2011",
        ),
    ],
)
def test_asking_for_a_regime_outside_its_dates_is_an_error(case, in_force):
    with pytest.raises(RuleNotInForceError) as caught:
        evaluate(case)
    assert in_force in str(caught.value)
    assert "force=True" in str(caught.value)


def test_a_regime_can_be_forced_and_the_explanation_says_so():
    evaluation = evaluate(pp46_case(Period.year(2023)), force=True)
    assert evaluation.regime is Regime.PP_46_2011
    assert "dipaksakan oleh pemanggil" in evaluation.explanation.render(lang="id")
    plan = PerformancePlan(
        NIP, Period.year(2019), [PlanItem(Indicator("Layanan", "layanan"), 10, 100)]
    )
    forced = evaluate(
        PerformanceCase(
            plan, behaviour=Rating.MEETS_EXPECTATIONS, work_result=Rating.MEETS_EXPECTATIONS
        ),
        force=True,
    )
    assert forced.predicate is Predicate.GOOD
    assert "forced by the caller" in forced.explanation.render(lang="en")


def test_a_period_spanning_a_regime_change_must_be_split():
    with pytest.raises(InvalidValueError, match="2021-07-01"):
        evaluate(pp46_case(Period.year(2021)))
    assert evaluate(pp46_case(H1_2021)).regime is Regime.PP_46_2011


def test_before_2014_no_regime_is_in_force():
    with pytest.raises(RuleNotInForceError):
        evaluate(pp46_case(Period.year(2013)))


def test_a_regions_policy_is_used():
    pemda = NATIONAL.replace(
        {"pp30_score_weights": NATIONAL.at(date(2021, 12, 31)).get("pp30_score_weights")},
        name="Pemda",
    )
    case = Pp30Case(employee=NIP, period=H2_2021, skp_score=109, behaviour_score=100)
    assert evaluate(case, policy=pemda).score == Decimal("106.3")


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: evaluate("case"), "case"),
        (lambda: evaluate(pp46_case(), policy="Nasional"), "policy"),
        (lambda: evaluate(pp46_case(), force="yes"), "force"),
        (lambda: pp46_case(skp_score=85), "skp_score"),
        (lambda: Pp46Case(employee=NIP, period=Period.year(2019), skp_score=85), "behaviour_score"),
        (lambda: pp46_case(behaviour_scores=[80]), "behaviour_scores"),
        (lambda: pp46_case(activities=["x"]), "activities"),
        (lambda: pp46_case(structural="no"), "structural"),
        (lambda: pp46_case(skp_score=1.5, activities=()), "skp_score"),
        (lambda: Pp30Case(employee=NIP, period=H2_2021, behaviour_score=100), "skp_score"),
        (
            lambda: Pp30Case(employee=NIP, period=H2_2021, skp_score=100, behaviour_score=1.0),
            "behaviour_score",
        ),
        (
            lambda: Pp30Case(
                employee=NIP, period=H2_2021, skp_score=100, behaviour_score=1, innovation=1
            ),
            "innovation",
        ),
        (
            lambda: Pp30Case(employee=NIP, period=H2_2021, main_items=[1], behaviour_score=1),
            "main_items",
        ),
        (lambda: Pp30Case(employee="", period=H2_2021, skp_score=1, behaviour_score=1), "employee"),
    ],
)
def test_bad_cases_name_the_field(call, field):
    with pytest.raises(InvalidValueError) as caught:
        call()
    assert caught.value.field == field


def test_regression_forcing_a_regime_the_policy_never_has_is_a_clear_error():
    only_2022 = NATIONAL.replace({REGIME_TIMELINE: Regime.PERMENPANRB_6_2022}, name="Pemda")
    case = Pp30Case(employee=NIP, period=Period.year(2024), skp_score=100, behaviour_score=100)
    with pytest.raises(RuleNotInForceError, match="never in force"):  # was a bare min() error
        evaluate(case, policy=only_2022, force=True)


@settings(max_examples=25)
@given(kst.performance_cases(year=2024, max_items=2))
def test_a_2022_regime_case_is_evaluated_as_evaluate_performance_does(case):
    evaluation = evaluate(case)
    assert evaluation == evaluate_performance(case, rules=NATIONAL.at(case.period.end))
    assert evaluation.explanation.steps[0].result is Regime.PERMENPANRB_6_2022


@given(st.integers(2014, 2030), st.sampled_from(["pp46", "pp30"]), st.booleans())
def test_a_case_is_evaluated_only_under_its_own_regime_unless_forced(year, kind, force):
    period = Period.year(year) if year != 2021 else H2_2021
    if kind == "pp46":
        case = pp46_case(period)
        own = Regime.PP_46_2011
    else:
        case = Pp30Case(employee=NIP, period=period, skp_score=100, behaviour_score=100)
        own = Regime.PP_30_2019
    try:
        evaluation = evaluate(case, force=force)
    except RuleNotInForceError:
        assert not force
        return
    assert evaluation.regime is own
    forced = "forced by the caller" in evaluation.explanation.render(lang="en")
    assert forced == (regime_on(period.end) is not own)


ANYTHING = anything(
    st.just(H2_2021),
    st.just(Period.year(2019)),
    st.sampled_from(list(pp46_2011.CreativityLevel)),
    st.just(NATIONAL),
)


@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b, c, d):
    outcome_of(evaluate, a, policy=b, force=c)
    outcome_of(evaluate, pp46_case(), policy=a, force=b)
    outcome_of(Pp46Case, employee=a, period=b, skp_score=c, behaviour_score=d)
    outcome_of(Pp30Case, employee=NIP, period=a, skp_score=b, behaviour_score=c, innovation=d)
    try:
        case = pp46_case(Period.year(2019), additional_tasks=a, creativity=b)
    except KinerjaError:
        return
    outcome_of(evaluate, case)


@pytest.mark.parametrize("exemption", list(Exemption))
def test_a_pp30_case_can_be_marked_not_evaluated_from_1_july_2021(exemption):
    # PermenPANRB 8/2021 lists the employees to whom planning does not apply (domain reference
    # §1.3); the exemptions are dated from 1 July 2021, like the rest of 8/2021.
    case = Pp30Case(employee=NIP, period=H2_2021, exemption=exemption)
    evaluation = evaluate(case)
    assert evaluation.regime is Regime.PP_30_2019
    assert not evaluation.evaluated
    assert evaluation.exemption is exemption
    assert evaluation.predicate is None
    assert evaluation.score is None
    last = evaluation.explanation.steps[-1]
    assert last.parameters[0].name == f"exemptions[{exemption.value}]"
    assert last.parameters[0].effective_from == date(2021, 7, 1)
    assert last.parameters[0].citation.regulation == "PermenPANRB 8/2021"


def test_exemptions_are_not_in_force_before_1_july_2021():
    rules = NATIONAL.at(date(2021, 6, 30))
    with pytest.raises(RuleNotInForceError):
        rules[EXEMPTIONS]


def test_a_pp30_case_needs_its_scores_unless_exempted():
    with pytest.raises(InvalidValueError) as caught:
        Pp30Case(employee=NIP, period=H2_2021, skp_score=100)
    assert caught.value.field == "behaviour_score"
