"""Assertions that kill mutants of `performance/evaluation.py` (mutation testing).

The evaluation tests check the predikat; these pin the rest: the regime step (forced or not),
the given-rating and exemption steps (texts, facts, citation), the annual steps of each rule
(inputs, the parameter of the default rule, the not-evaluated step), every error's payload
(field, value, reason), the realisations a case keeps, the derived fields, documents, and the
options passed through (`missing`, `as_of`, `behaviour_aggregation`, `rules`).
"""

from datetime import date
from decimal import Decimal

import attrs
import pytest

from kinerja_core import (
    NATIONAL,
    BehaviourJudgement,
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
    RuleNotInForceError,
    ValidationError,
    annual_evaluation,
)
from kinerja_core.performance import (
    ANNUAL_PREDICATE_RULE,
    EXEMPTIONS,
    AnnualRule,
    MissingPeriods,
    evaluate_performance,
)
from kinerja_core.performance.behaviour_specs import BehaviourAggregation
from kinerja_core.performance.evaluation import regime_step
from kinerja_core.periods import MONTH_COUNT_RULE, MonthCountRule
from plain_steps import step_data

A, S, B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS
GOOD, VERY_GOOD, NEEDS = Predicate.GOOD, Predicate.VERY_GOOD, Predicate.NEEDS_IMPROVEMENT
NIP = "198507122010012003"
YEAR = Period.year(2024)
RESOLVED = Indicator("Pengaduan yang diselesaikan", "pengaduan", code="IKI-2")
PLAN = PerformancePlan(NIP, YEAR, [PlanItem(RESOLVED, 400, 100)])
YEAR_DATA = {"start": "2024-01-01", "end": "2024-12-31", "kind": "tahunan"}
STAGES = {
    "regulation": "PermenPANRB 6/2022",
    "article": "Pasal 5; evaluasi kinerja pegawai",
    "note": {
        "id": "Tahapan pengelolaan kinerja, sebagaimana dikutip sumber sekunder.",
        "en": "The stages of performance management, as quoted by secondary sources.",
    },
    "confidence": "secondary",
}


def payload(caught):
    return caught.value.field, caught.value.value, caught.value.reason


def brief(step):
    """A step as (id, en, inputs, parameter names, result, fact)."""
    data = step_data(step)
    fact = None if step.fact is None else (step.fact.id, step.fact.en)
    names = [use["name"] for use in data["parameters"]]
    return (data["rule"]["id"], data["rule"]["en"], data["inputs"], names, data["result"], fact)


REGIME_STEP = (
    "Rezim: PermenPANRB 6/2022 (berlaku pada periode)",
    "Regime: PermenPANRB 6/2022 (in force for the period)",
    {"period": YEAR_DATA},
    [],
    "PermenPANRB 6/2022",
    ("Rezim penilaian", "Regime"),
)


# --- steps of one evaluation ----------------------------------------------------------------


def test_given_ratings_steps_texts_facts_and_citation():
    evaluation = evaluate_performance(PerformanceCase(PLAN, behaviour=A, work_result=S))
    assert evaluation.predicate is GOOD
    steps = evaluation.explanation.steps
    assert [brief(step) for step in steps[:3]] == [
        REGIME_STEP,
        (
            "Rating hasil kerja ditetapkan oleh pejabat penilai kinerja",
            "Work-result rating given by the performance manager",
            {},
            [],
            "Sesuai Ekspektasi",
            ("Rating hasil kerja", "Work-result rating"),
        ),
        (
            "Rating perilaku kerja ditetapkan",
            "Behaviour rating given",
            {},
            [],
            "Di Atas Ekspektasi",
            ("Rating perilaku kerja", "Work-behaviour rating"),
        ),
    ]
    assert step_data(steps[1])["citation"] == STAGES
    assert step_data(steps[2])["citation"] == STAGES
    assert steps[3].result is GOOD
    assert len(steps) == 4


def test_a_forced_regime_is_recorded_as_forced():
    forced = evaluate_performance(PerformanceCase(PLAN, behaviour=A, work_result=S), forced=True)
    assert brief(forced.explanation.steps[0])[:2] == (
        "Rezim: PermenPANRB 6/2022 (dipaksakan oleh pemanggil)",
        "Regime: PermenPANRB 6/2022 (forced by the caller)",
    )
    assert brief(regime_step(Regime.PP_30_2019, YEAR, forced=False))[:2] == (
        "Rezim: PP 30/2019 (berlaku pada periode)",
        "Regime: PP 30/2019 (in force for the period)",
    )


def test_a_unit_heads_steps():
    evaluation = evaluate_performance(PerformanceCase(PLAN, behaviour=B, unit_rating=A))
    assert (evaluation.work_result, evaluation.behaviour) == (A, B)
    steps = evaluation.explanation.steps
    assert brief(steps[0]) == REGIME_STEP
    assert step_data(steps[1])["inputs"] == {"unit_rating": "Di Atas Ekspektasi"}
    assert len(steps) == 4
    # agreeing ratings are accepted
    agreeing = evaluate_performance(
        PerformanceCase(PLAN, behaviour=B, unit_rating=A, work_result=A)
    )
    assert agreeing.work_result is A
    assert agreeing.proposed_work_result is None
    assert agreeing.achievement is None


@pytest.mark.parametrize(
    ("exemption", "english"),
    [(Exemption.STATE_OFFICIAL, "State official"), (Exemption.STUDY_ASSIGNMENT, None)],
)
def test_the_exemption_step(exemption, english):
    evaluation = evaluate_performance(PerformanceCase(PLAN, exemption=exemption))
    label = exemption.label("en")
    if english is not None:
        assert label == english
    assert evaluation == Evaluation(
        NIP, YEAR, Regime.PERMENPANRB_6_2022, EvaluationStatus.NOT_EVALUATED, exemption=exemption
    )
    assert not evaluation.evaluated
    assert evaluation.weighted_achievement is None
    steps = evaluation.explanation.steps
    assert [brief(step) for step in steps] == [
        REGIME_STEP,
        (
            f"Tidak dinilai: {exemption.value}",
            f"Not evaluated: {label}",
            {"exemption": exemption.value},
            [f"exemptions[{exemption.value}]"],
            "Tidak dinilai",
            (f"Status evaluasi ({exemption.value})", f"Evaluation status ({label})"),
        ),
    ]


def test_an_exemption_not_in_force_payload():
    rules = NATIONAL.replace({EXEMPTIONS: frozenset({Exemption.STATE_OFFICIAL})}).at(YEAR.end)
    case = PerformanceCase(PLAN, exemption=Exemption.STUDY_ASSIGNMENT)
    with pytest.raises(InvalidValueError) as caught:
        evaluate_performance(case, rules=rules)
    assert payload(caught) == (
        "exemption",
        Exemption.STUDY_ASSIGNMENT,
        "is not an exemption in force under these rules",
    )
    kept = evaluate_performance(
        PerformanceCase(PLAN, exemption=Exemption.STATE_OFFICIAL), rules=rules
    )
    assert kept.status is EvaluationStatus.NOT_EVALUATED


# --- errors ---------------------------------------------------------------------------------


def test_incomplete_case_payloads():
    with pytest.raises(InvalidValueError) as caught:
        evaluate_performance(PerformanceCase(PLAN, work_result=S))
    assert payload(caught) == (
        "behaviour",
        None,
        "needed: a behaviour Rating or the raters' judgements",
    )
    with pytest.raises(InvalidValueError) as caught:
        evaluate_performance(PerformanceCase(PLAN, behaviour=A))
    assert payload(caught) == (
        "work_result",
        None,
        "needed: the supervisor's rating, the unit's rating (unit head), or realisations",
    )
    with pytest.raises(InvalidValueError) as caught:
        evaluate_performance(PerformanceCase(PLAN, behaviour=A, unit_rating=A, work_result=S))
    assert payload(caught) == (
        "work_result",
        S,
        "a unit head's work-result rating is the rating of the unit they lead "
        "(Di Atas Ekspektasi); leave work_result out or make them agree",
    )
    with pytest.raises(InvalidValueError) as caught:
        evaluate_performance("case")
    assert payload(caught) == ("case", "case", "must be a PerformanceCase")


def test_realisations_payload_and_what_a_case_keeps():
    with pytest.raises(InvalidValueError) as caught:
        PerformanceCase(PLAN, realisations=[1])
    assert payload(caught) == ("realisations", [1], "must map plan item keys to realisations")
    quarter = Period.quarter(2024, 1)
    case = PerformanceCase(
        PLAN,
        realisations={
            "a": "380",
            "b": [(quarter, 1), (quarter, 2)],
            "c": [1, 2],
            "d": True,
            "e": [(quarter, "2")],
        },
    )
    kept = dict(case.realisations)
    assert kept["a"] == Decimal(380)
    assert type(kept["a"]) is Decimal
    assert kept["b"] == ((quarter, 1), (quarter, 2))
    assert kept["c"] == (1, 2)
    assert kept["d"] is True
    assert [(r.period, r.value) for r in kept["e"]] == [(quarter, Decimal(2))]
    assert PerformanceCase(PLAN).realisations is None


def test_to_siasn_payload_and_codes():
    exempted = evaluate_performance(PerformanceCase(PLAN, exemption=Exemption.STATE_OFFICIAL))
    with pytest.raises(InvalidValueError) as caught:
        exempted.to_siasn()
    assert payload(caught) == (
        "evaluation",
        "Tidak dinilai",
        "SIASN codes need an evaluated PermenPANRB 6/2022 evaluation with both ratings",
    )
    half = Evaluation(
        NIP, YEAR, Regime.PERMENPANRB_6_2022, EvaluationStatus.EVALUATED, GOOD, work_result=S
    )
    with pytest.raises(InvalidValueError):
        half.to_siasn()
    evaluation = evaluate_performance(PerformanceCase(PLAN, behaviour=A, work_result=B))
    codes = evaluation.to_siasn()
    assert (codes.work_result, codes.behaviour, codes.quadrant) == (3, 1, 3)


# --- the proposal, fields and documents -----------------------------------------------------


def test_the_proposal_fields_and_a_document_round_trip():
    evaluation = evaluate_performance(
        PerformanceCase(PLAN, behaviour=A, realisations={"IKI-2": 380})
    )
    assert evaluation.weighted_achievement == Decimal(95)
    assert evaluation.proposed_work_result is B
    assert evaluation.work_result is B
    assert evaluation.evaluated
    data = evaluation.to_dict()
    assert data["predicate"] == "Butuh Perbaikan"
    assert data["weighted_achievement"] == "95"
    assert Evaluation.from_dict(data) == evaluation
    assert Evaluation.from_dict(data).predicate is NEEDS


def test_missing_and_as_of_are_passed_through_to_the_plan():
    quarters = [Period.quarter(2024, q) for q in range(1, 5)]
    series = [(quarters[0], 100), (quarters[1], None), (quarters[2], 100), (quarters[3], 200)]
    case = PerformanceCase(PLAN, behaviour=A, realisations={"IKI-2": series})
    assert evaluate_performance(case).weighted_achievement == Decimal(100)
    with pytest.raises(ValidationError):
        evaluate_performance(case, missing=MissingPeriods.ERROR)
    mid_year = attrs.evolve(case, as_of=date(2024, 9, 30))
    assert evaluate_performance(mid_year).weighted_achievement == Decimal(50)
    text = evaluate_performance(mid_year).achievement.explanation.render(lang="en")
    assert "30 September 2024" in text


def test_behaviour_aggregation_is_passed_through():
    judgements = [
        *(BehaviourJudgement(RaterRole.SUPERVISOR, value, B) for value in CoreValue),
        *(BehaviourJudgement(RaterRole.PEER, value, A, rater_id="p") for value in CoreValue),
        *(BehaviourJudgement(RaterRole.PEER, value, A, rater_id="q") for value in CoreValue),
    ]
    case = PerformanceCase(PLAN, behaviour=judgements, work_result=S)
    mean = evaluate_performance(case)
    only = evaluate_performance(case, behaviour_aggregation=BehaviourAggregation.SUPERVISOR_ONLY)
    assert only.behaviour is B
    assert only.behaviour_scores.aggregation is BehaviourAggregation.SUPERVISOR_ONLY
    assert mean.behaviour_scores.aggregation is not BehaviourAggregation.SUPERVISOR_ONLY
    steps = only.explanation.steps
    assert steps[-1].result is only.predicate
    assert len(steps) > 4  # the assessment's steps are in the explanation


# --- annual ---------------------------------------------------------------------------------


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


PERIODIC = {
    "Triwulan I 2024": "Baik",
    "Triwulan II 2024": "Baik",
    "Triwulan III 2024": "Butuh Perbaikan",
    "Triwulan IV 2024": "Sangat Baik",
}
ANNUAL_FACT = ("Predikat kinerja tahunan", "Annual performance predicate")


@pytest.mark.parametrize(
    ("rule", "label_id", "label_en", "result"),
    [
        (AnnualRule.LAST_PERIOD, "Periode terakhir", "Last period", "Sangat Baik"),
        (AnnualRule.WORST_PERIOD, "Periode terburuk", "Worst period", "Butuh Perbaikan"),
    ],
)
def test_annual_steps_of_the_period_rules(rule, label_id, label_en, result):
    annual = annual_evaluation(quarterly([GOOD, GOOD, NEEDS, VERY_GOOD]), 2024, rule=rule)
    assert annual.predicate.value == result
    assert annual.evaluated
    assert [brief(step) for step in annual.explanation.steps] == [
        REGIME_STEP,
        (
            f"Predikat tahunan dari predikat periodik ({label_id})",
            f"Annual predikat from the periodic predikat ({label_en})",
            PERIODIC,
            [],
            result,
            ANNUAL_FACT,
        ),
    ]


def test_the_default_annual_rule_is_named_as_a_parameter_and_an_explicit_one_is_not():
    expected_inputs = {
        "Triwulan I 2024 (3 bulan)": "Baik",
        "Triwulan II 2024 (3 bulan)": "Baik",
        "Triwulan III 2024 (3 bulan)": "Butuh Perbaikan",
        "Triwulan IV 2024 (3 bulan)": "Sangat Baik",
        "rerata peringkat / mean rank": "4",
    }
    default = annual_evaluation(quarterly([GOOD, GOOD, NEEDS, VERY_GOOD]), 2024)
    explicit = annual_evaluation(
        quarterly([GOOD, GOOD, NEEDS, VERY_GOOD]), 2024, rule=AnnualRule.MONTH_WEIGHTED
    )
    last = (
        "Predikat tahunan dari predikat periodik (Tertimbang jumlah bulan)",
        "Annual predikat from the periodic predikat (Month-weighted)",
        expected_inputs,
    )
    assert brief(default.explanation.steps[-1]) == (
        *last,
        ["annual_predicate_rule"],
        "Baik",
        ANNUAL_FACT,
    )
    assert brief(explicit.explanation.steps[-1]) == (*last, [], "Baik", ANNUAL_FACT)
    assert brief(default.explanation.steps[0]) == REGIME_STEP


def test_a_mean_rank_below_half_rounds_down_and_exact_halves_round_up():
    assert annual_evaluation(quarterly([GOOD, GOOD, GOOD, VERY_GOOD]), 2024).predicate is GOOD
    assert annual_evaluation(quarterly([GOOD, VERY_GOOD]), 2024).predicate is VERY_GOOD
    assert annual_evaluation(quarterly([GOOD, NEEDS]), 2024).predicate is GOOD


def test_the_annual_rule_is_passed_through_rules():
    rules = NATIONAL.replace({ANNUAL_PREDICATE_RULE: AnnualRule.WORST_PERIOD}).at(
        date(2024, 12, 31)
    )
    annual = annual_evaluation(quarterly([GOOD, VERY_GOOD]), 2024, rules=rules)
    assert annual.predicate is GOOD
    assert brief(annual.explanation.steps[-1])[3] == ["annual_predicate_rule"]


def test_the_annual_evaluation_of_no_evaluated_period():
    skipped = Evaluation(
        NIP, Period.quarter(2024, 1), Regime.PERMENPANRB_6_2022, EvaluationStatus.NOT_EVALUATED
    )
    annual = annual_evaluation([skipped], 2024)
    assert annual == Evaluation(
        NIP, YEAR, Regime.PERMENPANRB_6_2022, EvaluationStatus.NOT_EVALUATED
    )
    assert [brief(step) for step in annual.explanation.steps] == [
        REGIME_STEP,
        (
            "Tidak ada periode yang dinilai",
            "No period was evaluated",
            {"Triwulan I 2024": "Tidak dinilai"},
            [],
            "Tidak dinilai",
            ("Status evaluasi", "Evaluation status"),
        ),
    ]


def test_annual_check_payloads():
    good = quarterly([GOOD, GOOD])
    other = attrs.evolve(good[0], employee="196001011985031001")
    wrong_year = attrs.evolve(good[0], period=Period.quarter(2023, 4))
    wrong_regime = attrs.evolve(good[1], regime=Regime.PP_30_2019)
    with pytest.raises(ValidationError) as caught:
        annual_evaluation([*good, other, wrong_year, wrong_regime], 2024)
    assert caught.value.field == "evaluations"
    assert [payload_of(p) for p in caught.value.problems] == [
        ("evaluations", ["196001011985031001", NIP], "mix employees"),
        ("evaluations", "Quarter IV 2023", "not within 2024"),
        ("evaluations", Regime.PP_30_2019, "only PermenPANRB 6/2022 periods"),
        ("evaluations", "Quarter I 2024", "periods overlap"),
        ("evaluations", "Quarter II 2024", "periods overlap"),
    ]
    with pytest.raises(InvalidValueError) as caught:
        annual_evaluation([], 2024)
    assert payload(caught) == ("evaluations", [], "needs at least one periodic evaluation")


def test_periods_that_touch_do_not_overlap_and_the_order_does_not_matter():
    periods = quarterly([NEEDS, VERY_GOOD])
    annual = annual_evaluation(list(reversed(periods)), 2024, rule=AnnualRule.LAST_PERIOD)
    assert annual.predicate is VERY_GOOD
    assert annual.employee == NIP


def payload_of(error):
    return error.field, error.value, error.reason


# --- more payloads, the months of each period, rules passed through -------------------------


@pytest.mark.parametrize("ratings", [{"work_result": S}, {"behaviour": S}, {}])
def test_siasn_codes_need_both_ratings(ratings):
    half = Evaluation(
        NIP, YEAR, Regime.PERMENPANRB_6_2022, EvaluationStatus.EVALUATED, GOOD, **ratings
    )
    with pytest.raises(InvalidValueError) as caught:
        half.to_siasn()
    assert payload(caught) == (
        "evaluation",
        "Dinilai",
        "SIASN codes need an evaluated PermenPANRB 6/2022 evaluation with both ratings",
    )


def test_siasn_codes_default_to_the_rules_at_the_end_of_the_period_or_take_the_callers():
    early = Evaluation(
        NIP, Period.year(2021), Regime.PERMENPANRB_6_2022, EvaluationStatus.EVALUATED, GOOD, S, B
    )
    with pytest.raises(RuleNotInForceError) as caught:
        early.to_siasn()
    assert caught.value.on == date(2021, 12, 31)
    codes = early.to_siasn(rules=NATIONAL.at(date(2024, 1, 1)))
    assert (codes.work_result, codes.behaviour, codes.quadrant) == (2, 3, 4)
    assert codes.predicate is Predicate.POOR


def test_annual_items_must_be_evaluations():
    with pytest.raises(InvalidValueError) as caught:
        annual_evaluation(["x"], 2024)
    assert payload(caught) == ("evaluations", "x", "each item must be an Evaluation")


def test_periods_counting_no_month_payload_and_weight():
    fortnight = Period(date(2024, 1, 1), date(2024, 1, 15))
    half = Evaluation(NIP, fortnight, Regime.PERMENPANRB_6_2022, EvaluationStatus.EVALUATED, NEEDS)
    with pytest.raises(InvalidValueError) as caught:
        annual_evaluation([half], 2024)
    assert payload(caught) == (
        "evaluations",
        ["1 January 2024 – 15 January 2024"],
        "cover no months",
    )
    # a part that counts no month weighs nothing next to one that does
    rest = Evaluation(
        NIP,
        Period(date(2024, 2, 1), date(2024, 3, 31)),
        Regime.PERMENPANRB_6_2022,
        EvaluationStatus.EVALUATED,
        VERY_GOOD,
    )
    annual = annual_evaluation([half, rest], 2024)
    assert annual.predicate is VERY_GOOD
    assert brief(annual.explanation.steps[-1])[2] == {
        "1 Januari 2024 – 15 Januari 2024 (0 bulan)": "Butuh Perbaikan",
        "1 Februari 2024 – 31 Maret 2024 (2 bulan)": "Sangat Baik",
        "rerata peringkat / mean rank": "5",
    }


def test_the_month_count_rule_is_passed_through_and_its_steps_are_explained():
    fortnight = Period(date(2024, 1, 1), date(2024, 1, 15))
    half = Evaluation(NIP, fortnight, Regime.PERMENPANRB_6_2022, EvaluationStatus.EVALUATED, NEEDS)
    rest = Evaluation(
        NIP,
        Period(date(2024, 2, 1), date(2024, 3, 31)),
        Regime.PERMENPANRB_6_2022,
        EvaluationStatus.EVALUATED,
        VERY_GOOD,
    )
    rules = NATIONAL.replace({MONTH_COUNT_RULE: MonthCountRule.ANY_DAY}).at(date(2024, 12, 31))
    annual = annual_evaluation([half, rest], 2024, rules=rules)
    assert annual.predicate is GOOD  # (1 × 3 + 2 × 5) / 3 = 4.33 → 4
    steps = annual.explanation.steps
    assert brief(steps[-1])[2]["rerata peringkat / mean rank"] == "4.333333333333333333333333333"
    assert [step.result for step in steps[1:-1]][1::2] == [1, 2]
    assert len(steps) == 6  # regime, two steps per period, the annual predikat


# --- the general path's results (a case the lean path does not take) ------------------------

MILESTONE = Indicator("Peraturan ditetapkan", "dokumen", Polarity.MILESTONE, code="M")
MILESTONE_PLAN = PerformancePlan(NIP, YEAR, [PlanItem(MILESTONE, 1, 100)])


def test_a_case_on_the_general_path_keeps_its_proposal_scores_and_achievement():
    judgements = [BehaviourJudgement(RaterRole.SUPERVISOR, value, A) for value in CoreValue]
    case = PerformanceCase(MILESTONE_PLAN, behaviour=judgements, realisations={"M": True})
    evaluation = evaluate_performance(case)
    assert evaluation.proposed_work_result is S
    assert evaluation.behaviour_scores is not None
    assert evaluation.behaviour_scores.rating is A
    assert evaluation.weighted_achievement == Decimal(100)
    text = evaluation.achievement.explanation.render(lang="en")
    assert "Milestone achievement: done 100 %, not done 0 %" in text
    assert "Weighted plan achievement" in text
    with pytest.raises(InvalidValueError):
        evaluate_performance(attrs.evolve(case, realisations={"M": None}))


def test_the_default_rules_are_those_at_the_end_of_the_period_or_year():
    early = PerformancePlan(NIP, Period.year(2021), [PlanItem(MILESTONE, 1, 100)])
    with pytest.raises(RuleNotInForceError) as caught:
        evaluate_performance(PerformanceCase(early, behaviour=A, work_result=A))
    assert caught.value.on == date(2021, 12, 31)
    periods = [
        Evaluation(NIP, Period.quarter(2021, q), Regime.PERMENPANRB_6_2022, _EVALUATED, GOOD)
        for q in (1, 2)
    ]
    with pytest.raises(RuleNotInForceError) as caught:
        annual_evaluation(periods, 2021)
    assert caught.value.on == date(2021, 12, 31)


_EVALUATED = EvaluationStatus.EVALUATED


def test_a_period_starting_on_the_last_day_of_the_previous_one_overlaps_it():
    first = Evaluation(NIP, Period(date(2024, 1, 1), date(2024, 3, 31)), _REGIME, _EVALUATED, GOOD)
    second = Evaluation(
        NIP, Period(date(2024, 3, 31), date(2024, 6, 30)), _REGIME, _EVALUATED, GOOD
    )
    with pytest.raises(ValidationError) as caught:
        annual_evaluation([second, first], 2024)
    assert caught.value.value == (first, second)
    assert [payload_of(p) for p in caught.value.problems] == [
        ("evaluations", "31 March 2024 – 30 June 2024", "periods overlap")
    ]


_REGIME = Regime.PERMENPANRB_6_2022


def test_a_not_evaluated_period_with_a_predikat_is_left_out():
    odd = Evaluation(
        NIP, Period.quarter(2024, 1), _REGIME, EvaluationStatus.NOT_EVALUATED, predicate=NEEDS
    )
    good = Evaluation(NIP, Period.quarter(2024, 2), _REGIME, _EVALUATED, VERY_GOOD)
    annual = annual_evaluation([odd, good], 2024, rule=AnnualRule.WORST_PERIOD)
    assert annual.predicate is VERY_GOOD


def test_bad_behaviour_and_document_payloads():
    with pytest.raises(InvalidValueError) as caught:
        PerformanceCase(PLAN, behaviour=[1])
    assert payload(caught) == ("behaviour", 1, "each item must be a BehaviourJudgement")
    data = evaluate_performance(PerformanceCase(PLAN, behaviour=A, work_result=S)).to_dict()
    with pytest.raises(KinerjaError, match="predicate: must be one of the official labels"):
        Evaluation.from_dict({**data, "predicate": "x"})
    case = PerformanceCase(PLAN, realisations={"a": "abc"})
    assert dict(case.realisations) == {"a": "abc"}


def test_one_evaluated_period_makes_the_year():
    single = Evaluation(NIP, Period.quarter(2024, 2), _REGIME, _EVALUATED, NEEDS)
    annual = annual_evaluation([single], 2024)
    assert annual == Evaluation(NIP, YEAR, _REGIME, _EVALUATED, predicate=NEEDS)
