"""Assertions that kill mutants of `performance/behaviour.py` (mutation testing).

Pins what the behaviour tests leave open: the English labels, each refusal's field, value and
reason (judgements, special expectations, parameter overrides), the median of an odd and an even
number of scores, every explanation step of `explain(behaviour_rating, ...)`, the parameters
passed through `rules=`, `to_dict` and the deprecated `explain_behaviour_rating`.
"""

from datetime import date

import pytest

from kinerja_core import (
    NATIONAL,
    BehaviourJudgement,
    CoreValue,
    InvalidValueError,
    RaterRole,
    Rating,
    RuleNotInForceError,
    behaviour_rating,
    explain,
)
from kinerja_core.core import Text
from kinerja_core.performance import (
    BEHAVIOUR_AGGREGATION,
    BEHAVIOUR_GUIDES,
    BEHAVIOUR_SCORES,
    BehaviourAggregation,
    SpecialExpectations,
    assess_behaviour,
    behaviour_guides,
    explain_behaviour_rating,
)
from plain_steps import step_data, without_meta

A, S, B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS
SUPERVISOR, PEER = RaterRole.SUPERVISOR, RaterRole.PEER
ON = date(2024, 12, 31)


def payload(caught):
    return caught.value.field, caught.value.value, caught.value.reason


def supervisor(*ratings):
    return [BehaviourJudgement(SUPERVISOR, v, r) for v, r in zip(CoreValue, ratings, strict=True)]


def all_meets_and_a_loyal_peer():
    return [*supervisor(*[S] * 7), BehaviourJudgement(PEER, CoreValue.LOYAL, A)]


def test_english_labels():
    assert [v.label("en") for v in CoreValue] == [
        "Service-oriented",
        "Accountable",
        "Competent",
        "Harmonious",
        "Loyal",
        "Adaptive",
        "Collaborative",
    ]
    assert [r.label("en") for r in RaterRole] == ["Supervisor", "Peer", "Subordinate"]
    assert [a.label("en") for a in BehaviourAggregation] == [
        "Mean, rounded half up",
        "Supervisor's judgements only",
        "Median",
    ]


# --- refusals -------------------------------------------------------------------------------


def test_special_expectations_refusals():
    with pytest.raises(InvalidValueError) as caught:
        SpecialExpectations("Loyal")
    assert payload(caught) == ("texts", "Loyal", "must be a mapping of CoreValue to text")
    with pytest.raises(InvalidValueError) as caught:
        SpecialExpectations({"Loyal": "x"})
    assert payload(caught) == ("texts", "Loyal", "keys must be CoreValue members")
    with pytest.raises(InvalidValueError) as caught:
        SpecialExpectations({CoreValue.LOYAL: " "})
    assert payload(caught) == ("texts[Loyal]", " ", "must be a non-empty string")
    with pytest.raises(InvalidValueError) as caught:
        SpecialExpectations().get("Loyal")  # type: ignore[arg-type]
    assert payload(caught) == ("core_value", "Loyal", "must be a CoreValue")


def test_behaviour_guides_refuses_text_and_follows_the_rules():
    with pytest.raises(InvalidValueError) as caught:
        behaviour_guides("Loyal")  # type: ignore[arg-type]
    assert payload(caught) == ("core_value", "Loyal", "must be a CoreValue")
    guides = dict(NATIONAL.latest()[BEHAVIOUR_GUIDES])
    own = (Text("Setia pada NKRI", "Loyal to the republic"),)
    rules = NATIONAL.replace({BEHAVIOUR_GUIDES: {**guides, CoreValue.LOYAL: own}}).at(ON)
    assert behaviour_guides(CoreValue.LOYAL, rules=rules) == own
    assert behaviour_guides(CoreValue.LOYAL) == guides[CoreValue.LOYAL]
    assert len(behaviour_guides(CoreValue.LOYAL)) == 3


def test_guide_overrides_are_checked_with_payloads():
    guides = dict(NATIONAL.latest()[BEHAVIOUR_GUIDES])
    without_loyal = {k: v for k, v in guides.items() if k is not CoreValue.LOYAL}
    cases = [
        ("x", ("behaviour_guides", "x", "must be a mapping")),
        (
            without_loyal,
            ("behaviour_guides", "Loyal", "every core value needs its behaviour guides"),
        ),
        (
            {**guides, "Loyal": ()},
            ("behaviour_guides", ["Loyal"], "keys must be CoreValue members"),
        ),
    ]
    for value, expected in cases:
        with pytest.raises(InvalidValueError) as caught:
            NATIONAL.replace({BEHAVIOUR_GUIDES: value})
        assert payload(caught) == expected
    for bad, shown in [((), ()), (["abc"], ("abc",))]:
        with pytest.raises(InvalidValueError) as caught:
            NATIONAL.replace({BEHAVIOUR_GUIDES: {**guides, CoreValue.LOYAL: bad}})
        assert caught.value.field.endswith("behaviour_guides[Loyal]")
        assert caught.value.value == shown
        assert caught.value.reason == "must be a non-empty sequence of Text"
    with pytest.raises(InvalidValueError) as caught:
        NATIONAL.replace({BEHAVIOUR_GUIDES: {**guides, CoreValue.LOYAL: "abc"}})
    assert caught.value.field.endswith("behaviour_guides[Loyal]")


def test_score_overrides_are_checked_with_payloads():
    with pytest.raises(InvalidValueError) as caught:
        NATIONAL.replace({BEHAVIOUR_SCORES: {B: 1, S: "2", A: "2.0"}})
    assert payload(caught) == (
        "behaviour_scores",
        {"Sesuai Ekspektasi": "2", "Di Atas Ekspektasi": "2.0"},
        "scores must increase strictly from Di Bawah to Sesuai to Di Atas Ekspektasi",
    )
    with pytest.raises(InvalidValueError) as caught:
        NATIONAL.replace({BEHAVIOUR_SCORES: {B: 1, S: 2}})
    assert payload(caught) == (
        "behaviour_scores",
        ["Di Atas Ekspektasi"],
        "needs a score for every Rating",
    )
    with pytest.raises(InvalidValueError) as caught:
        NATIONAL.replace({BEHAVIOUR_SCORES: "1/2/3"})
    assert payload(caught) == (
        "behaviour_scores",
        "1/2/3",
        "must be a mapping of Rating to a score",
    )
    with pytest.raises(InvalidValueError) as caught:
        NATIONAL.replace({BEHAVIOUR_SCORES: {B: 1, S: "x", A: 3}})
    assert caught.value.field.endswith("behaviour_scores[Sesuai Ekspektasi]")
    assert (caught.value.value, caught.value.reason) == ("x", "not a decimal number")


def test_judgement_refusals():
    with pytest.raises(InvalidValueError) as caught:
        assess_behaviour([])
    assert payload(caught) == ("judgements", (), "needs at least one behaviour judgement")
    with pytest.raises(InvalidValueError) as caught:
        assess_behaviour(supervisor(*[S] * 7), aggregation="Median")  # type: ignore[arg-type]
    assert caught.value.field == "aggregation"
    with pytest.raises(InvalidValueError) as caught:
        assess_behaviour(supervisor(*[S] * 7)[:3])
    assert payload(caught) == (
        "judgements",
        ["Harmonis", "Loyal", "Adaptif", "Kolaboratif"],
        "every BerAKHLAK core value needs at least one judgement; the judgements miss: "
        "Harmonis, Loyal, Adaptif, Kolaboratif",
    )
    peers = [BehaviourJudgement(PEER, v, S) for v in CoreValue]
    with pytest.raises(InvalidValueError) as caught:
        assess_behaviour(
            supervisor(*[S] * 7)[:5] + peers, aggregation=BehaviourAggregation.SUPERVISOR_ONLY
        )
    assert payload(caught) == (
        "judgements",
        ["Adaptif", "Kolaboratif"],
        "every BerAKHLAK core value needs at least one judgement; the supervisor's judgements "
        "miss: Adaptif, Kolaboratif",
    )
    with pytest.raises(InvalidValueError) as caught:
        assess_behaviour(peers, aggregation=BehaviourAggregation.SUPERVISOR_ONLY)
    assert payload(caught) == (
        "judgements",
        ["Rekan Kerja"],
        "the SUPERVISOR_ONLY rule needs at least one judgement by the supervisor (Atasan); only "
        "other roles were given",
    )


def test_a_repeated_rater_is_found_after_judgements_without_rater_id():
    again = BehaviourJudgement(PEER, CoreValue.LOYAL, S, rater_id="1987")
    judgements = [
        *supervisor(*[S] * 7),
        BehaviourJudgement(PEER, CoreValue.LOYAL, A, rater_id="1987"),
        again,
    ]
    with pytest.raises(InvalidValueError) as caught:
        assess_behaviour(judgements)
    assert payload(caught) == ("judgements", again, "rater '1987' judged Loyal more than once")


# --- medians --------------------------------------------------------------------------------


def test_median_of_seven_value_scores_is_the_middle_one():
    judgements = supervisor(B, B, B, S, A, A, A)
    assert assess_behaviour(judgements, aggregation=BehaviourAggregation.MEDIAN).score == 2
    assert behaviour_rating(judgements, aggregation=BehaviourAggregation.MEDIAN) is S


def test_median_of_four_judgements_is_the_midpoint_of_the_middle_two():
    loyal = [BehaviourJudgement(PEER, CoreValue.LOYAL, r) for r in (B, B, A)]
    judgements = [*supervisor(S, S, S, S, A, S, S), *loyal]  # Loyal: 1, 1, 3, 3 → 2
    assessment = assess_behaviour(judgements, aggregation=BehaviourAggregation.MEDIAN)
    assert assessment.value_scores[CoreValue.LOYAL] == 2


# --- explanation ----------------------------------------------------------------------------


def brief(step):
    data = step_data(step)
    return (
        data["rule"]["id"],
        data["rule"]["en"],
        data["inputs"],
        [(use["name"], use["value"]) for use in data["parameters"]],
        data["result"],
    )


def test_every_step_of_the_default_rule():
    outcome = explain(behaviour_rating, all_meets_and_a_loyal_peer())
    assert outcome.value is S
    steps = [brief(step) for step in outcome.explanation.steps]
    mean_half_up = "Rata-rata, dibulatkan setengah ke atas"
    assert steps[0] == (
        "Penilaian yang dihitung menurut aturan agregasi: 8 dari 8",
        "Judgements counted under the aggregation rule: 8 of 8",
        {"aggregation": mean_half_up},
        [("behaviour_aggregation", mean_half_up)],
        8,
    )
    assert steps[1] == (
        "Skor nilai Berorientasi Pelayanan: rata-rata skor 1 penilaian",
        "Score of Service-oriented: mean of the scores of 1 judgement(s)",
        {"ratings": ["Sesuai Ekspektasi"]},
        [("behaviour_scores[Sesuai Ekspektasi]", "2")],
        "2",
    )
    assert steps[5] == (
        "Skor nilai Loyal: rata-rata skor 2 penilaian",
        "Score of Loyal: mean of the scores of 2 judgement(s)",
        {"ratings": ["Sesuai Ekspektasi", "Di Atas Ekspektasi"]},
        [
            ("behaviour_scores[Sesuai Ekspektasi]", "2"),
            ("behaviour_scores[Di Atas Ekspektasi]", "3"),
        ],
        "2.5",
    )
    overall = "2.071428571428571428571428571"
    assert steps[8] == (
        "Skor perilaku kerja: rata-rata skor ketujuh nilai BerAKHLAK",
        "Work-behaviour score: mean of the seven BerAKHLAK value scores",
        {v.value: ("2.5" if v is CoreValue.LOYAL else "2") for v in CoreValue},
        [],
        overall,
    )
    assert steps[9] == (
        "Rating perilaku kerja: rating dengan skor terdekat (tepat di tengah dibulatkan ke atas)",
        "Work-behaviour rating: the rating with the nearest score (exactly halfway rounds up)",
        {"score": overall},
        [("behaviour_scores[Sesuai Ekspektasi]", "2")],
        "Sesuai Ekspektasi",
    )
    assert len(steps) == 10


def test_an_explicit_median_rule_is_named_without_a_parameter():
    outcome = explain(
        behaviour_rating, all_meets_and_a_loyal_peer(), aggregation=BehaviourAggregation.MEDIAN
    )
    steps = [brief(step) for step in outcome.explanation.steps]
    assert steps[0][2:4] == ({"aggregation": "Median"}, [])
    assert steps[5][:2] == (
        "Skor nilai Loyal: median skor 2 penilaian",
        "Score of Loyal: median of the scores of 2 judgement(s)",
    )
    assert steps[8][:2] == (
        "Skor perilaku kerja: median skor ketujuh nilai BerAKHLAK",
        "Work-behaviour score: median of the seven BerAKHLAK value scores",
    )


def test_the_rule_and_scores_of_the_rules_are_passed_through():
    rules = NATIONAL.replace(
        {
            BEHAVIOUR_AGGREGATION: BehaviourAggregation.SUPERVISOR_ONLY,
            BEHAVIOUR_SCORES: {B: 0, S: 10, A: 11},
        }
    ).at(ON)
    judgements = [*supervisor(S, S, S, S, S, S, B), BehaviourJudgement(PEER, CoreValue.LOYAL, A)]
    assert behaviour_rating(judgements) is S  # (5 × 2 + 2.5 + 1) / 7 = 1.93
    assessment = assess_behaviour(judgements, rules=rules)  # 60 / 7 = 8.57: halfway is 5
    assert assessment.aggregation is BehaviourAggregation.SUPERVISOR_ONLY
    assert assessment.rating is S
    outcome = explain(behaviour_rating, judgements, rules=rules)
    first = brief(outcome.explanation.steps[0])
    assert first[:2] == (
        "Penilaian yang dihitung menurut aturan agregasi: 7 dari 8",
        "Judgements counted under the aggregation rule: 7 of 8",
    )
    assert first[3] == [("behaviour_aggregation", "Hanya penilaian atasan")]
    assert brief(outcome.explanation.steps[-1])[3] == [
        ("behaviour_scores[Sesuai Ekspektasi]", "10")
    ]


def test_assessment_to_dict_and_the_deprecated_alias():
    judgements = all_meets_and_a_loyal_peer()
    assessment = assess_behaviour(judgements)
    data = assessment.to_dict()
    expected = explain(behaviour_rating, judgements).explanation.to_dict()
    assert data["explanation"] == without_meta(expected)
    assert data["rating"] == "Sesuai Ekspektasi"
    with pytest.warns(DeprecationWarning, match="explain_behaviour_rating") as warned:
        old = explain_behaviour_rating(
            judgements, aggregation=BehaviourAggregation.MEDIAN, rules=NATIONAL.at(ON)
        )
    assert str(warned[0].message) == (
        "kinerja_core: explain_behaviour_rating is deprecated and goes in the next release; "
        "use assess_behaviour(...)"
    )
    assert old == assess_behaviour(judgements, aggregation=BehaviourAggregation.MEDIAN)
    assert old.aggregation is BehaviourAggregation.MEDIAN
    assert (
        old.explanation
        == assess_behaviour(judgements, aggregation=BehaviourAggregation.MEDIAN).explanation
    )
    early = NATIONAL.at(date(2021, 6, 30))
    with pytest.warns(DeprecationWarning, match="explain_behaviour_rating"):
        assert explain_behaviour_rating(judgements) == assessment
    with (
        pytest.raises(RuleNotInForceError, match="2022-01-01"),
        pytest.warns(DeprecationWarning, match="explain_behaviour_rating"),
    ):
        explain_behaviour_rating(judgements, rules=early)
