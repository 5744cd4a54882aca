"""Employee evaluation under PermenPANRB 6/2022 (domain reference §1)."""

from datetime import date
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzzing import anything, outcome_of
from kinerja_core import (
    NATIONAL,
    Aggregation,
    BehaviourJudgement,
    Confidence,
    CoreValue,
    Evaluation,
    EvaluationStatus,
    Exemption,
    Indicator,
    InvalidValueError,
    KinerjaError,
    PerformanceCase,
    PerformancePlan,
    Period,
    PlanItem,
    Polarity,
    Predicate,
    RaterRole,
    Rating,
    Regime,
    Target,
    ValidationError,
    annual_evaluation,
)
from kinerja_core.performance import (
    ANNUAL_PREDICATE_RULE,
    EXEMPTIONS,
    AnnualRule,
    evaluate_performance,
)
from kinerja_core.testing import strategies as kst

A, S, B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS
NIP = "198507122010012003"
RESPONSE = Indicator(
    "Waktu respon pengaduan masyarakat", "hari", Polarity.LOWER_IS_BETTER, Aggregation.AVERAGE
)
RESOLVED = Indicator("Pengaduan yang diselesaikan", "pengaduan", code="IKI-2")


def plan(period=None):
    return PerformancePlan(
        NIP,
        period or Period.year(2024),
        [PlanItem(RESPONSE, Target(5), 50), PlanItem(RESOLVED, 400, 50)],
    )


def supervisor_judgements(rating):
    return [BehaviourJudgement(RaterRole.SUPERVISOR, value, rating) for value in CoreValue]


def test_supervisor_ratings_give_the_predikat_with_a_full_explanation():
    evaluation = evaluate_performance(PerformanceCase(plan(), behaviour=S, work_result=A))
    assert evaluation.predicate is Predicate.GOOD
    assert (evaluation.work_result, evaluation.behaviour) == (A, S)
    assert evaluation.regime is Regime.PERMENPANRB_6_2022
    assert evaluation.status is EvaluationStatus.EVALUATED
    text = evaluation.explanation.render(lang="id")
    assert "Rezim: PermenPANRB 6/2022" in text
    assert "matriks predikat kinerja (Di Atas Ekspektasi, Sesuai Ekspektasi) = Baik" in text
    data = evaluation.to_dict()
    assert data["predicate"] == "Baik"
    assert data["regime"] == "PermenPANRB 6/2022"
    assert data["period"] == {"start": "2024-01-01", "end": "2024-12-31", "kind": "tahunan"}


def test_work_result_proposed_from_the_plans_achievement_and_behaviour_from_judgements():
    case = PerformanceCase(
        plan(),
        behaviour=supervisor_judgements(A),
        realisations={"Waktu respon pengaduan masyarakat": 4, "IKI-2": 400},
    )
    evaluation = evaluate_performance(case)
    assert evaluation.weighted_achievement == Decimal(110)  # (120 + 100) / 2
    assert evaluation.work_result is A
    assert evaluation.behaviour is A
    assert evaluation.predicate is Predicate.VERY_GOOD
    text = evaluation.explanation.render(lang="en")
    for expected in ("Weighted plan achievement", "Proposed work-result rating", "BerAKHLAK"):
        assert expected in text


def test_the_supervisors_rating_takes_precedence_over_the_proposal():
    case = PerformanceCase(
        plan(), behaviour=S, work_result=B, realisations={"Waktu respon pengaduan masyarakat": 4}
    )
    evaluation = evaluate_performance(case)
    assert evaluation.work_result is B
    assert evaluation.weighted_achievement is None
    assert evaluation.predicate is Predicate.NEEDS_IMPROVEMENT


def test_a_unit_heads_work_result_is_the_units_rating():
    evaluation = evaluate_performance(PerformanceCase(plan(), behaviour=A, unit_rating=A))
    assert evaluation.work_result is A
    assert evaluation.predicate is Predicate.VERY_GOOD
    assert "rating of the unit they lead" in evaluation.explanation.render(lang="en")


@pytest.mark.parametrize("exemption", list(Exemption))
def test_exempted_employees_are_not_evaluated(exemption):
    evaluation = evaluate_performance(PerformanceCase(plan(), exemption=exemption))
    assert evaluation.status is EvaluationStatus.NOT_EVALUATED
    assert evaluation.predicate is None
    assert not evaluation.evaluated
    assert evaluation.exemption is exemption
    assert evaluation.to_dict()["predicate"] is None
    assert exemption.value in evaluation.explanation.render(lang="id")


def test_an_exemption_not_in_force_under_a_regions_rules_is_an_error():
    pemda = NATIONAL.replace({"exemptions": [Exemption.STUDY_ASSIGNMENT]})
    with pytest.raises(InvalidValueError, match="exemption"):
        evaluate_performance(
            PerformanceCase(plan(), exemption=Exemption.PRE_RETIREMENT),
            rules=pemda.at(date(2024, 12, 31)),
        )


@pytest.mark.parametrize(
    ("case", "field"),
    [
        (PerformanceCase(plan(), work_result=A), "behaviour"),
        (PerformanceCase(plan(), behaviour=A), "work_result"),
    ],
)
def test_incomplete_cases_name_what_is_missing(case, field):
    with pytest.raises(InvalidValueError) as caught:
        evaluate_performance(case)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"behaviour": "Sesuai Ekspektasi"}, "behaviour"),
        ({"work_result": "Baik"}, "work_result"),
        ({"unit_rating": 2}, "unit_rating"),
        ({"exemption": "Tugas belajar"}, "exemption"),
        ({"realisations": [("IKI-2", 1)]}, "realisations"),
        ({"as_of": "2024-12-31"}, "as_of"),
    ],
)
def test_bad_case_fields_are_named(kwargs, field):
    with pytest.raises(InvalidValueError) as caught:
        PerformanceCase(plan(), **kwargs)
    assert caught.value.field == field


def test_case_needs_a_plan_and_evaluate_needs_a_case():
    with pytest.raises(InvalidValueError, match="plan"):
        PerformanceCase("plan")
    with pytest.raises(InvalidValueError, match="case"):
        evaluate_performance("case")


def quarterly(predicates):
    return [
        Evaluation(
            NIP,
            Period.quarter(2024, q),
            Regime.PERMENPANRB_6_2022,
            EvaluationStatus.EVALUATED,
            predicate=p,
        )
        for q, p in enumerate(predicates, 1)
    ]


GOOD, VERY_GOOD, NEEDS = Predicate.GOOD, Predicate.VERY_GOOD, Predicate.NEEDS_IMPROVEMENT


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (AnnualRule.MONTH_WEIGHTED, GOOD),  # ranks 4, 4, 3, 5 → mean 4 → Baik
        (AnnualRule.LAST_PERIOD, VERY_GOOD),
        (AnnualRule.WORST_PERIOD, NEEDS),
    ],
)
def test_annual_rules(rule, expected):
    annual = annual_evaluation(quarterly([GOOD, GOOD, NEEDS, VERY_GOOD]), 2024, rule=rule)
    assert annual.predicate is expected
    assert annual.period == Period.year(2024)
    assert rule.value in annual.explanation.render(lang="id")


def test_the_default_annual_rule_is_a_marked_policy_choice():
    resolved = NATIONAL.at(date(2024, 12, 31)).resolve(ANNUAL_PREDICATE_RULE)
    assert resolved.value is AnnualRule.MONTH_WEIGHTED
    assert resolved.citation.confidence.value == "policy-choice"
    annual = annual_evaluation(quarterly([GOOD, VERY_GOOD, VERY_GOOD, GOOD]), 2024)
    assert annual.predicate is VERY_GOOD  # mean rank 4.5 rounds half-up to 5


def test_a_job_move_weights_each_part_by_its_months():
    before = Period.between(date(2024, 1, 1), date(2024, 3, 31))
    after = Period.between(date(2024, 4, 1), date(2024, 12, 31))
    parts = [
        Evaluation(NIP, before, Regime.PERMENPANRB_6_2022, EvaluationStatus.EVALUATED, NEEDS),
        Evaluation(NIP, after, Regime.PERMENPANRB_6_2022, EvaluationStatus.EVALUATED, GOOD),
    ]
    annual = annual_evaluation(parts, 2024)
    assert annual.predicate is GOOD  # (3 months × rank 3 + 9 months × rank 4) / 12 = 3.75 → 4
    assert annual_evaluation(parts, 2024, rule=AnnualRule.WORST_PERIOD).predicate is NEEDS
    text = annual.explanation.render(lang="id")
    assert "(3 bulan)" in text
    assert "(9 bulan)" in text


def test_not_evaluated_periods_are_left_out_and_a_year_without_any_is_not_evaluated():
    skipped = [
        Evaluation(
            NIP, Period.quarter(2024, 1), Regime.PERMENPANRB_6_2022, EvaluationStatus.NOT_EVALUATED
        ),
        *quarterly([GOOD])[0:0],
    ]
    annual = annual_evaluation(skipped, 2024)
    assert annual.status is EvaluationStatus.NOT_EVALUATED
    mixed = [*skipped, *quarterly([GOOD, VERY_GOOD])[1:]]
    assert annual_evaluation(mixed, 2024, rule=AnnualRule.WORST_PERIOD).predicate is VERY_GOOD


def test_annual_inputs_are_checked_together():
    other = attrs.evolve(quarterly([GOOD])[0], employee="196001011985031001")
    wrong_year = attrs.evolve(quarterly([GOOD])[0], period=Period.quarter(2023, 4))
    with pytest.raises(ValidationError) as caught:
        annual_evaluation([*quarterly([GOOD, GOOD]), other, wrong_year], 2024)
    assert len(caught.value.problems) == 3
    with pytest.raises(InvalidValueError, match="at least one"):
        annual_evaluation([], 2024)
    with pytest.raises(InvalidValueError, match="annual_predicate_rule"):
        annual_evaluation(quarterly([GOOD]), 2024, rule="last")


@given(kst.ratings(), kst.ratings(), kst.ratings())
def test_raising_a_rating_never_lowers_the_predikat(work, behaviour, higher):
    base = evaluate_performance(PerformanceCase(plan(), behaviour=behaviour, work_result=work))
    if higher.rank >= work.rank:
        raised = evaluate_performance(
            PerformanceCase(plan(), behaviour=behaviour, work_result=higher)
        )
        assert raised.predicate.rank >= base.predicate.rank
    if higher.rank >= behaviour.rank:
        raised = evaluate_performance(PerformanceCase(plan(), behaviour=higher, work_result=work))
        assert raised.predicate.rank >= base.predicate.rank


@given(
    kst.behaviour_judgement_sets(),
    kst.realisations(max_value=10),
    kst.realisations(max_value=800),
    st.data(),
)
def test_raising_an_achievement_or_a_judgement_never_lowers_the_predikat(
    judgements, days, resolved, data
):
    realisations = {"Waktu respon pengaduan masyarakat": days, "IKI-2": resolved}
    base = evaluate_performance(
        PerformanceCase(plan(), behaviour=judgements, realisations=realisations)
    )
    better_days = max(Decimal(0), days - data.draw(kst.realisations(max_value=5)))
    improved = {**realisations, "Waktu respon pengaduan masyarakat": better_days}
    after = evaluate_performance(
        PerformanceCase(plan(), behaviour=judgements, realisations=improved)
    )
    assert after.predicate.rank >= base.predicate.rank
    index = data.draw(st.integers(0, len(judgements) - 1))
    raised = attrs.evolve(judgements[index], rating=A)
    lifted = [*judgements[:index], raised, *judgements[index + 1 :]]
    after = evaluate_performance(
        PerformanceCase(plan(), behaviour=lifted, realisations=realisations)
    )
    assert after.predicate.rank >= base.predicate.rank


@given(kst.behaviour_judgement_sets())
def test_evaluation_is_deterministic_and_names_its_regime(judgements):
    case = PerformanceCase(plan(), behaviour=judgements, work_result=S)
    first, second = evaluate_performance(case), evaluate_performance(case)
    assert first == second
    assert first.explanation.steps[0].result is Regime.PERMENPANRB_6_2022
    assert first.explanation.citations


@given(kst.performance_cases())
def test_generated_cases_evaluate_with_codes_for_siasn(case):
    evaluation = evaluate_performance(case)
    assert evaluation.evaluated
    assert evaluation.weighted_achievement is not None
    codes = evaluation.to_siasn().to_fields()
    assert set(codes.values()) <= {1, 2, 3, 4, 5}
    assert codes["kuadranKinerjaNilai"] == {5: 1, 4: 2, 3: 3, 2: 4, 1: 5}[evaluation.predicate.rank]


def test_siasn_codes_need_an_evaluated_2022_evaluation():
    not_evaluated = evaluate_performance(
        PerformanceCase(plan(), exemption=Exemption.STUDY_ASSIGNMENT)
    )
    with pytest.raises(InvalidValueError, match="SIASN"):
        not_evaluated.to_siasn()


ANYTHING = anything(
    st.sampled_from([*Rating, *Exemption, *AnnualRule, *EvaluationStatus]),
    st.lists(kst.behaviour_judgements(), max_size=2),
    st.just(Period.year(2024)),
)


@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b, c, d):
    plan = PerformancePlan("x", Period.year(2024), [PlanItem(Indicator("n", "u"), 10, 100)])
    outcome_of(PerformanceCase, a, b, c, d)
    outcome_of(evaluate_performance, a, behaviour_aggregation=b, missing=c, rules=d)
    outcome_of(annual_evaluation, a, b, rule=c, rules=d)
    outcome_of(NATIONAL.replace, {EXEMPTIONS: a, ANNUAL_PREDICATE_RULE: b})
    try:
        case = PerformanceCase(plan, a, {"n": b}, c, d, as_of=a if isinstance(a, date) else None)
    except KinerjaError:
        return
    outcome_of(evaluate_performance, case)


def test_regression_the_stages_citation_carries_the_domain_references_tag():
    # Domain reference §1: "Stages (Pasal 5) [S]"; the citation once claimed [P].
    evaluation = evaluate_performance(PerformanceCase(plan(), behaviour=S, work_result=A))
    stages = [c for c in evaluation.explanation.citations if "Pasal 5" in c.article]
    assert stages
    assert all(c.confidence is Confidence.SECONDARY for c in stages)


def test_regression_a_unit_heads_conflicting_work_result_is_an_error():
    # A unit head's work-result rating is the rating of the unit they lead (SE MenPANRB 3/2023
    # quoting PermenPANRB 6/2022); the supervisor's rating used to win silently.
    plan = PerformancePlan(
        NIP, Period.year(2024), [PlanItem(Indicator("Laporan", "dokumen"), 4, 100)]
    )
    conflicting = PerformanceCase(
        plan,
        behaviour=Rating.MEETS_EXPECTATIONS,
        work_result=Rating.ABOVE_EXPECTATIONS,
        unit_rating=Rating.BELOW_EXPECTATIONS,
    )
    with pytest.raises(InvalidValueError) as caught:
        evaluate_performance(conflicting)
    assert caught.value.field == "work_result"
    assert "Di Bawah Ekspektasi" in caught.value.reason
    agreeing = attrs.evolve(conflicting, work_result=Rating.BELOW_EXPECTATIONS)
    assert evaluate_performance(agreeing).work_result is Rating.BELOW_EXPECTATIONS
    unit_only = attrs.evolve(conflicting, work_result=None)
    result = evaluate_performance(unit_only)
    assert result.work_result is Rating.BELOW_EXPECTATIONS
    assert result.predicate is Predicate.NEEDS_IMPROVEMENT
