"""Development recommendations: by predikat, two years running (Pasal 53), weaknesses, exactly."""

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction

import jsonschema
import pytest
from hypothesis import given, settings

import kinerja_core as kc
from kinerja_core import Citation, Confidence, InvalidValueError, Version
from kinerja_core.core.documents import json_schema
from kinerja_core.talent import (
    DEVELOPMENT_BY_PREDICATE,
    DEVELOPMENT_PRIORITIES,
    DEVELOPMENT_WEAKNESS,
    DevelopmentBasis,
    DevelopmentCase,
    DevelopmentPlan,
    FollowUp,
    Recommendation,
    WeaknessRule,
    recommend_development,
)
from kinerja_core.testing import strategies as kst

P = kc.Predicate
S, B, A = (
    kc.Rating.MEETS_EXPECTATIONS,
    kc.Rating.BELOW_EXPECTATIONS,
    kc.Rating.ABOVE_EXPECTATIONS,
)
NIP = "198507122010012003"
# The seeds' public-service indicators (Lubuk Begalung): complaint response time and settled ones.
RESPONSE = kc.Indicator(
    "Waktu respon pengaduan masyarakat", "hari", kc.Polarity.LOWER_IS_BETTER, code="IKI-1"
)
RESOLVED = kc.Indicator("Pengaduan yang diselesaikan", "pengaduan", code="IKI-2")


def seed_evaluation(peer=B):
    """Target 2 days, realised 3 (capaian 50 %); 380 of 400 complaints settled (95 %)."""
    plan = kc.PerformancePlan(
        NIP,
        kc.Period.year(2024),
        [kc.PlanItem(RESPONSE, kc.Target(2), 50), kc.PlanItem(RESOLVED, 400, 50)],
    )
    judgements = [kc.BehaviourJudgement(kc.RaterRole.SUPERVISOR, v, S) for v in kc.CoreValue]
    judgements.append(kc.BehaviourJudgement(kc.RaterRole.PEER, kc.CoreValue.SERVICE_ORIENTED, peer))
    case = kc.PerformanceCase(plan, behaviour=judgements, realisations={"IKI-1": 3, "IKI-2": 380})
    return kc.evaluate(case)


def follow_ups(plan):
    return [r.follow_up for r in plan.recommendations]


def test_the_seed_example_training_for_a_slow_complaint_response():
    evaluation = seed_evaluation()
    assert evaluation.predicate is P.NEEDS_IMPROVEMENT
    plan = recommend_development(evaluation)
    assert follow_ups(plan) == [
        FollowUp.COACHING,
        FollowUp.COMPETENCY_DEVELOPMENT,
        FollowUp.TRAINING,
        FollowUp.TRAINING,
        FollowUp.TRAINING,
    ]
    assert plan.follow_ups == (
        FollowUp.COACHING,
        FollowUp.COMPETENCY_DEVELOPMENT,
        FollowUp.TRAINING,
    )
    response, resolved, service = plan.recommendations[2:]
    assert (response.indicator, response.found, response.weakest) == ("IKI-1", 50, True)
    assert (resolved.indicator, resolved.found, resolved.weakest) == ("IKI-2", 95, False)
    assert response.reason("id") == "Capaian indikator IKI-1 50 % di bawah 100 %"
    assert response.reason("en") == "Achievement of indicator IKI-1 50 % below 100 %"
    assert response.threshold == Decimal(100)
    assert response.citation.confidence is Confidence.POLICY_CHOICE
    assert service.core_value is kc.CoreValue.SERVICE_ORIENTED
    assert service.found == Fraction(3, 2)  # (Sesuai 2 + Di Bawah 1) / 2, exactly
    assert service.reason("id") == (
        "Skor nilai dasar Berorientasi Pelayanan 1,5 di bawah skor Sesuai Ekspektasi (2)"
    )
    assert plan.recommendations[0].basis is DevelopmentBasis.PREDICATE
    assert plan.recommendations[0].citation.regulation == "PermenPANRB 6/2022"


def test_the_seed_example_explains_each_comparison():
    plan = recommend_development(seed_evaluation())
    text = plan.explanation.render(lang="id")
    assert "masukan: indikator = IKI-1, capaian = 50" in text
    assert "parameter: batas kelemahan (capaian) = 100" in text
    assert "hasil: lemah" in text
    assert "hasil: tidak lemah" in text  # the six values judged Sesuai only
    summary = plan.explanation.render(lang="en", form="summary")
    assert summary == "Development recommendations: (Coaching, Competency development, Training)"
    assert kc.explain(recommend_development, seed_evaluation()).value == plan


@pytest.mark.parametrize(
    ("predicate", "expected"),
    [
        (P.VERY_GOOD, ()),
        (P.GOOD, ()),
        (P.NEEDS_IMPROVEMENT, (FollowUp.COACHING, FollowUp.COMPETENCY_DEVELOPMENT)),
        (
            P.POOR,
            (FollowUp.COACHING, FollowUp.COUNSELLING, FollowUp.COMPETENCY_DEVELOPMENT),
        ),
        (
            P.VERY_POOR,
            (FollowUp.COUNSELLING, FollowUp.COACHING, FollowUp.COMPETENCY_DEVELOPMENT),
        ),
    ],
)
def test_every_predikat_has_its_follow_ups(predicate, expected):
    plan = recommend_development(DevelopmentCase(predicate))
    assert plan.follow_ups == expected
    assert all(r.basis is DevelopmentBasis.PREDICATE for r in plan.recommendations)
    if not expected:
        assert plan.explanation.render(lang="id", form="summary") == (
            "Rekomendasi pengembangan: tidak ada"
        )


@pytest.mark.parametrize(
    ("previous", "current", "priority"),
    [
        (P.VERY_GOOD, P.VERY_GOOD, FollowUp.SUCCESSION),
        (P.GOOD, P.GOOD, FollowUp.COMPETENCY_DEVELOPMENT),
        (P.GOOD, P.VERY_GOOD, None),
        (P.VERY_GOOD, P.GOOD, None),
        (P.NEEDS_IMPROVEMENT, P.NEEDS_IMPROVEMENT, None),
    ],
)
def test_pasal_53_priorities_need_the_same_predikat_two_years_running(previous, current, priority):
    plan = recommend_development(DevelopmentCase(current, previous_predicate=previous))
    found = [r for r in plan.recommendations if r.basis is DevelopmentBasis.TWO_YEARS]
    if priority is None:
        assert found == []
    else:
        (recommendation,) = found
        assert recommendation.follow_up is priority
        assert recommendation.citation.regulation == "PP 30/2019"
        assert recommendation.citation.article == "Pasal 53"
        assert recommendation.citation.confidence is Confidence.PRIMARY
        assert "dapat diprioritaskan" in recommendation.reason("id")
    names = [name for step in plan.explanation.steps for name, _ in step.inputs]
    assert "previous_predicate" in names


def test_without_the_previous_year_there_is_no_priority_step():
    plan = recommend_development(DevelopmentCase(P.VERY_GOOD))
    assert plan.recommendations == ()
    assert all("previous_predicate" not in dict(s.inputs) for s in plan.explanation.steps)


@pytest.mark.parametrize(
    ("achievement", "weak"),
    [
        (100, False),
        (Decimal("100.00"), False),
        (Decimal("99.99"), True),
        (Fraction(299, 3), True),  # 99.666…: exact, never rounded up to 100 first
        (Fraction(300, 3), False),
        (Fraction(1001, 10), False),
        (0, True),
    ],
)
def test_both_sides_of_the_achievement_threshold(achievement, weak):
    plan = recommend_development(DevelopmentCase(achievements={"IKI-1": achievement}))
    assert (plan.follow_ups == (FollowUp.TRAINING,)) is weak


@pytest.mark.parametrize(
    ("judged", "weak"),
    [
        (S, False),
        (A, False),
        (B, True),
        (2, False),
        (Fraction(2), False),
        (Fraction(199, 100), True),
        (Fraction(5, 3), True),
        ("2.01", False),
    ],
)
def test_both_sides_of_the_behaviour_threshold(judged, weak):
    plan = recommend_development(DevelopmentCase(behaviour={kc.CoreValue.LOYAL: judged}))
    assert (plan.follow_ups == (FollowUp.TRAINING,)) is weak
    if weak:
        (recommendation,) = plan.recommendations
        assert recommendation.core_value is kc.CoreValue.LOYAL
        assert recommendation.threshold == Decimal(2)


def test_a_rating_given_per_value_is_scored_with_the_behaviour_scores():
    plan = recommend_development(DevelopmentCase(behaviour={kc.CoreValue.ADAPTIVE: B}))
    (recommendation,) = plan.recommendations
    assert recommendation.found == 1
    (step, _) = plan.explanation.steps
    assert ("ratings", B) in step.inputs
    assert [use.name for use in step.parameters] == [
        "development_weakness[perilaku kerja]",
        "behaviour_scores[Sesuai Ekspektasi]",
        "behaviour_scores[Di Bawah Ekspektasi]",
    ]


def test_the_weakest_come_first_and_ties_are_all_weakest():
    case = DevelopmentCase(
        achievements={"IKI-1": 90, "IKI-2": 80, "IKI-3": 120, "IKI-4": 80},
        behaviour={kc.CoreValue.LOYAL: Fraction(5, 3), kc.CoreValue.ADAPTIVE: B},
    )
    plan = recommend_development(case)
    indicators = [(r.indicator, r.weakest) for r in plan.recommendations if r.indicator]
    assert indicators == [("IKI-2", True), ("IKI-4", True), ("IKI-1", False)]
    values = [(r.core_value, r.weakest) for r in plan.recommendations if r.core_value]
    assert values == [(kc.CoreValue.ADAPTIVE, True), (kc.CoreValue.LOYAL, False)]


def test_an_institution_sets_its_own_thresholds_and_tables():
    cite = Citation("Perbup Contoh 3/2024", "Pasal 9")
    pemda = kc.NATIONAL.with_overrides(
        "Pemda Kabupaten Contoh",
        {
            DEVELOPMENT_WEAKNESS: Version(
                date(2024, 1, 1),
                WeaknessRule(achievement_below=90, follow_up=FollowUp.COMPETENCY_DEVELOPMENT),
                cite,
            ),
            DEVELOPMENT_BY_PREDICATE: Version(
                date(2024, 1, 1),
                {
                    P.VERY_GOOD: [FollowUp.AWARD],
                    P.GOOD: [],
                    P.NEEDS_IMPROVEMENT: [FollowUp.COACHING],
                    P.POOR: [FollowUp.COUNSELLING],
                    P.VERY_POOR: [FollowUp.COUNSELLING],
                },
                cite,
            ),
        },
    )
    case = DevelopmentCase(P.VERY_GOOD, achievements={"IKI-1": 95, "IKI-2": Decimal("89.5")})
    plan = recommend_development(case, rules=pemda.at(date(2024, 12, 31)))
    assert follow_ups(plan) == [FollowUp.AWARD, FollowUp.COMPETENCY_DEVELOPMENT]
    assert plan.recommendations[1].indicator == "IKI-2"
    assert {r.citation for r in plan.recommendations} == {cite}


@pytest.mark.parametrize(
    ("spec", "value"),
    [
        (DEVELOPMENT_BY_PREDICATE, {P.GOOD: ()}),
        (DEVELOPMENT_BY_PREDICATE, dict.fromkeys(P, ("Coaching",))),
        (DEVELOPMENT_BY_PREDICATE, dict.fromkeys(P, (FollowUp.COACHING, FollowUp.COACHING))),
        (DEVELOPMENT_PRIORITIES, [P.GOOD]),
        (DEVELOPMENT_PRIORITIES, {"Baik": FollowUp.AWARD}),
        (DEVELOPMENT_PRIORITIES, {P.GOOD: "Penghargaan"}),
        (DEVELOPMENT_WEAKNESS, {"achievement_below": 90}),
    ],
)
def test_bad_overrides_are_refused_naming_the_parameter(spec, value):
    with pytest.raises(InvalidValueError) as caught:
        kc.NATIONAL.with_overrides(
            "x", {spec: Version(date(2024, 1, 1), value, Citation("Perbup 1/2024", "Pasal 1"))}
        )
    assert caught.value.field.startswith(spec.name)
    assert caught.value.reason_id


def test_weakness_rules_check_their_fields():
    assert WeaknessRule().to_dict() == {
        "achievement_below": "100",
        "behaviour_below": "Sesuai Ekspektasi",
        "follow_up": "Pelatihan",
    }
    with pytest.raises(InvalidValueError):
        WeaknessRule(achievement_below=0.5)
    with pytest.raises(InvalidValueError):
        WeaknessRule(behaviour_below="Sesuai Ekspektasi")


# --- cases from evaluations ---------------------------------------------------------------------


def test_a_case_from_an_evaluation_keeps_exact_achievements_and_value_scores():
    case = DevelopmentCase.of(seed_evaluation(peer=A), previous_predicate=P.GOOD)
    assert case.predicate is P.NEEDS_IMPROVEMENT
    assert case.achievements == {"IKI-1": 50, "IKI-2": 95}
    assert case.behaviour[kc.CoreValue.SERVICE_ORIENTED] == Fraction(5, 2)
    assert case.period == kc.Period.year(2024)
    assert case.previous_predicate is P.GOOD


def test_given_ratings_carry_no_detail():
    plan = kc.PerformancePlan(NIP, kc.Period.year(2024), [kc.PlanItem(RESOLVED, 400, 100)])
    evaluation = kc.evaluate(kc.PerformanceCase(plan, behaviour=S, work_result=S))
    case = DevelopmentCase.of(evaluation)
    assert (case.predicate, case.achievements, case.behaviour) == (P.GOOD, {}, {})


def test_only_evaluated_2022_evaluations_make_a_case():
    plan = kc.PerformancePlan(NIP, kc.Period.year(2024), [kc.PlanItem(RESOLVED, 400, 100)])
    exempted = kc.evaluate(kc.PerformanceCase(plan, exemption=kc.Exemption.STUDY_ASSIGNMENT))
    with pytest.raises(InvalidValueError) as caught:
        recommend_development(exempted)
    assert caught.value.code == "not_applicable"
    with pytest.raises(InvalidValueError) as caught:
        DevelopmentCase.of("Baik")
    assert caught.value.field == "evaluation"
    with pytest.raises(InvalidValueError) as caught:
        recommend_development({"predicate": "Baik"})
    assert caught.value.field == "source"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"predicate": "Baik"}, "predicate"),
        ({"previous_predicate": 4}, "previous_predicate"),
        ({"achievements": [("IKI-1", 90)]}, "achievements"),
        ({"achievements": {" ": 90}}, "achievements"),
        ({"achievements": {"IKI-1": 90.5}}, "achievements[IKI-1]"),
        ({"behaviour": [kc.CoreValue.LOYAL]}, "behaviour"),
        ({"behaviour": {"Loyal": S}}, "behaviour"),
        ({"behaviour": {kc.CoreValue.LOYAL: 1.5}}, "behaviour[Loyal]"),
        ({"period": "2024"}, "period"),
    ],
)
def test_a_case_refuses_bad_parts_naming_the_field(kwargs, field):
    with pytest.raises(InvalidValueError) as caught:
        DevelopmentCase(**kwargs)
    assert caught.value.field == field
    assert caught.value.reason_id


def test_recommendations_and_plans_check_their_fields():
    cite = Citation("PP 30/2019", "Pasal 53")
    reason = kc.core.Text("a", "a")
    with pytest.raises(InvalidValueError):
        Recommendation("Coaching", DevelopmentBasis.PREDICATE, reason, cite)
    with pytest.raises(InvalidValueError, match="core_value"):
        Recommendation(FollowUp.COACHING, DevelopmentBasis.CORE_VALUE, reason, cite, core_value=1)
    with pytest.raises(InvalidValueError, match="found"):
        Recommendation(FollowUp.COACHING, DevelopmentBasis.INDICATOR, reason, cite, found=0.5)
    with pytest.raises(InvalidValueError, match="recommendations"):
        DevelopmentPlan("Coaching")
    with pytest.raises(InvalidValueError, match="recommendations"):
        DevelopmentPlan([FollowUp.COACHING])


# --- documents ----------------------------------------------------------------------------------


def through_json(data):
    return json.loads(json.dumps(data), parse_float=Decimal)


def test_a_plan_and_its_case_round_trip_through_json_text():
    evaluation = seed_evaluation()
    case = DevelopmentCase.of(evaluation, previous_predicate=P.GOOD)
    data = case.to_dict()
    assert data["achievements"] == {"IKI-1": "50", "IKI-2": "95"}
    assert data["behaviour"]["Berorientasi Pelayanan"] == "1.5"
    assert DevelopmentCase.from_dict(through_json(data)) == case
    plan = recommend_development(case)
    written = plan.to_dict()
    assert written["document"] == "development_plan"
    assert written["recommendations"][2]["found"] == "50"
    back = DevelopmentPlan.from_dict(through_json(written))
    assert back == plan
    assert back.explanation == plan.explanation
    jsonschema.validate(data, json_schema(DevelopmentCase))
    jsonschema.validate(written, json_schema(DevelopmentPlan))


def test_exact_values_without_a_finite_decimal_are_written_as_fractions():
    case = DevelopmentCase(
        achievements={"IKI-1": Fraction(200, 3)}, behaviour={kc.CoreValue.LOYAL: Fraction(5, 3)}
    )
    data = case.to_dict()
    assert data["achievements"] == {"IKI-1": "200/3"}
    assert data["behaviour"] == {"Loyal": "5/3"}
    assert DevelopmentCase.from_dict(data) == case
    assert DevelopmentCase.from_dict({**data, "behaviour": {"Loyal": "Di Bawah Ekspektasi"}})


@pytest.mark.parametrize(
    ("field", "value", "path"),
    [
        ("achievements", {"IKI-1": "1/0"}, 'achievements["IKI-1"]'),
        ("achievements", {"IKI-1": "banyak"}, 'achievements["IKI-1"]'),
        ("achievements", ["IKI-1"], "achievements"),
        ("behaviour", {"Jujur": "2"}, 'behaviour["Jujur"]'),
        ("behaviour", {"Loyal": 1.5}, 'behaviour["Loyal"]'),
    ],
)
def test_bad_documents_report_the_path(field, value, path):
    with pytest.raises(kc.DocumentError) as caught:
        DevelopmentCase.from_dict({field: value})
    assert [p.path for p in caught.value.problems] == [path]


@settings(max_examples=40)
@given(kst.development_cases())
def test_generated_cases_round_trip_and_recommend_exactly(case):
    data = case.to_dict()
    assert DevelopmentCase.from_dict(through_json(data)) == case
    plan = recommend_development(case)
    weak = sorted(value for value in case.achievements.values() if value < 100)
    found = [r.found for r in plan.recommendations if r.basis is DevelopmentBasis.INDICATOR]
    assert found == weak
    flagged = [r.found for r in plan.recommendations if r.weakest and r.indicator]
    assert flagged == [min(weak)] * weak.count(min(weak)) if weak else flagged == []
    assert DevelopmentPlan.from_dict(through_json(plan.to_dict(explanation=False))) == plan


def test_no_parts_no_recommendations_and_bases_have_english_labels():
    plan = recommend_development(DevelopmentCase(achievements=None, behaviour=None))
    assert plan.recommendations == ()
    assert plan.follow_ups == ()
    assert [b.label("en") for b in DevelopmentBasis] == [
        "Performance predicate",
        "Predicate two years running",
        "Performance indicator",
        "BerAKHLAK core value",
    ]


def test_the_parameters_start_with_the_2022_predikat():
    with pytest.raises(kc.RuleNotInForceError):
        recommend_development(DevelopmentCase(P.GOOD), rules=kc.NATIONAL.at(date(2021, 12, 31)))
    case = DevelopmentCase(P.POOR, period=kc.Period.year(2022))
    assert recommend_development(case).follow_ups[1] is FollowUp.COUNSELLING


@settings(max_examples=30)
@given(kst.development_cases(), kst.decimals(min_value=0, max_value=50, places=2))
def test_better_results_never_add_a_weakness(case, raise_by):
    better = DevelopmentCase(
        case.predicate,
        {key: value + Fraction(raise_by) for key, value in case.achievements.items()},
        case.behaviour,
    )
    weak = {r.indicator for r in recommend_development(case).recommendations if r.indicator}
    still = {r.indicator for r in recommend_development(better).recommendations if r.indicator}
    assert still <= weak
