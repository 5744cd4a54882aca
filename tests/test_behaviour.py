"""BerAKHLAK behaviour rating from several raters (domain reference §1.4)."""

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kinerja_core as kc
from fuzzing import anything, outcome_of
from kinerja_core import (
    NATIONAL,
    BehaviourJudgement,
    Citation,
    Confidence,
    CoreValue,
    InvalidValueError,
    RaterRole,
    Rating,
    RuleNotInForceError,
    Version,
    behaviour_rating,
)
from kinerja_core.core import Text
from kinerja_core.performance import (
    BEHAVIOUR_AGGREGATION,
    BEHAVIOUR_GUIDES,
    BEHAVIOUR_SCORES,
    BehaviourAggregation,
    SpecialExpectations,
    behaviour_guides,
)
from kinerja_core.performance.behaviour import assess_behaviour
from kinerja_core.testing import strategies as kst

A, S, B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS
SUP, PEER, SUB = RaterRole.SUPERVISOR, RaterRole.PEER, RaterRole.SUBORDINATE
MEAN, SUP_ONLY, MEDIAN = (
    BehaviourAggregation.MEAN_HALF_UP,
    BehaviourAggregation.SUPERVISOR_ONLY,
    BehaviourAggregation.MEDIAN,
)
PERDA = Citation("Perkada Kota Contoh 3/2024", "Pasal 9")


def rater(role, ratings, rater_id=None):
    """One rater judging every core value; `ratings` is one rating or one per value."""
    given_ratings = ratings if isinstance(ratings, list) else [ratings] * 7
    return [
        BehaviourJudgement(role, value, rating, rater_id=rater_id)
        for value, rating in zip(CoreValue, given_ratings, strict=True)
    ]


# --- vocabulary ---------------------------------------------------------------------------------


def test_core_values_are_the_seven_berakhlak_values_in_acronym_order():
    assert [v.value for v in CoreValue] == [
        "Berorientasi Pelayanan",
        "Akuntabel",
        "Kompeten",
        "Harmonis",
        "Loyal",
        "Adaptif",
        "Kolaboratif",
    ]
    assert [v.number for v in CoreValue] == [1, 2, 3, 4, 5, 6, 7]
    assert "".join(v.value[0] for v in CoreValue) == "BAKHLAK"
    assert CoreValue.parse("  berorientasi   PELAYANAN ") is CoreValue.SERVICE_ORIENTED
    assert CoreValue.COLLABORATIVE.label("en") == "Collaborative"
    assert all(v.label("en") for v in CoreValue)


def test_rater_roles_have_no_self_assessment():
    assert {r.value for r in RaterRole} == {"Atasan", "Rekan Kerja", "Bawahan"}
    assert RaterRole.parse("rekan kerja") is PEER
    assert RaterRole.SUBORDINATE.label("en") == "Subordinate"
    with pytest.raises(kc.UnknownLabelError):
        RaterRole.parse("Diri Sendiri")


def test_aggregation_rules_have_bilingual_labels():
    assert MEAN.label("en") == "Mean, rounded half up"
    assert all(rule.label("id") and rule.label("en") for rule in BehaviourAggregation)


# --- behaviour guides ---------------------------------------------------------------------------


def test_service_orientation_guides_match_the_domain_reference():
    # Domain reference §1.4: "memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan,
    # solutif, dan dapat diandalkan; melakukan perbaikan tiada henti".
    guides = behaviour_guides(CoreValue.SERVICE_ORIENTED)
    assert [g.id.lower() for g in guides] == [
        "memahami dan memenuhi kebutuhan masyarakat",
        "ramah, cekatan, solutif, dan dapat diandalkan",
        "melakukan perbaikan tiada henti",
    ]


def test_every_core_value_has_three_bilingual_guides_with_a_citation():
    for value in CoreValue:
        guides = behaviour_guides(value)
        assert len(guides) == 3
        assert all(isinstance(g, Text) and g.id != g.en for g in guides)
    citation = NATIONAL.parameter(BEHAVIOUR_GUIDES).versions[0].citation
    assert citation.regulation == "SE MenPANRB 20/2021"
    assert citation.confidence is Confidence.SOFTWARE
    assert [g.id for g in behaviour_guides(CoreValue.ADAPTIVE)] == [
        "Cepat menyesuaikan diri menghadapi perubahan",
        "Terus berinovasi dan mengembangkan kreativitas",
        "Bertindak proaktif",
    ]


def test_guides_are_a_dated_overridable_parameter():
    guides = dict(NATIONAL.latest()[BEHAVIOUR_GUIDES])
    guides[CoreValue.LOYAL] = (Text("Menjaga netralitas", "Stays neutral"),)
    pemda = NATIONAL.with_overrides(
        "Pemda", {BEHAVIOUR_GUIDES: Version(date(2024, 1, 1), guides, PERDA)}
    )
    assert (
        behaviour_guides(CoreValue.LOYAL, rules=pemda.at(date(2024, 1, 1)))[0].en == "Stays neutral"
    )
    assert len(behaviour_guides(CoreValue.LOYAL, rules=pemda.at(date(2023, 12, 31)))) == 3
    with pytest.raises(RuleNotInForceError):
        behaviour_guides(CoreValue.LOYAL, rules=NATIONAL.at(date(2021, 8, 25)))


@pytest.mark.parametrize(
    ("guides", "message"),
    [
        ("not a mapping", "must be a mapping"),
        ({CoreValue.LOYAL: (Text("a", "b"),)}, "every core value"),
        ({**{v: (Text("a", "b"),) for v in CoreValue}, CoreValue.LOYAL: ()}, "non-empty"),
        ({**{v: (Text("a", "b"),) for v in CoreValue}, CoreValue.LOYAL: ("text",)}, "of Text"),
        ({**{v: (Text("a", "b"),) for v in CoreValue}, CoreValue.LOYAL: "text"}, "sequence"),
        ({**{v: (Text("a", "b"),) for v in CoreValue}, "Loyal": (Text("a", "b"),)}, "keys"),
    ],
)
def test_bad_guides_are_rejected(guides, message):
    with pytest.raises(InvalidValueError, match=message):
        NATIONAL.replace({BEHAVIOUR_GUIDES: guides})


def test_guides_need_a_core_value():
    with pytest.raises(InvalidValueError, match="core_value"):
        behaviour_guides("Loyal")  # type: ignore[arg-type]


# --- values -------------------------------------------------------------------------------------


def test_judgement_validates_its_fields_and_reads_like_its_call():
    judgement = BehaviourJudgement(PEER, CoreValue.LOYAL, A, rater_id="1987")
    assert repr(judgement) == (
        "BehaviourJudgement(role=RaterRole.PEER, core_value=CoreValue.LOYAL, "
        "rating=Rating.ABOVE_EXPECTATIONS, rater_id='1987')"
    )
    assert judgement.to_dict() == {
        "role": "Rekan Kerja",
        "core_value": "Loyal",
        "rating": "Di Atas Ekspektasi",
        "rater_id": "1987",
    }
    with pytest.raises(InvalidValueError, match="role"):
        BehaviourJudgement("Atasan", CoreValue.LOYAL, A)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="core_value"):
        BehaviourJudgement(SUP, "Loyal", A)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="rating"):
        BehaviourJudgement(SUP, CoreValue.LOYAL, "Di Atas Ekspektasi")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="rater_id"):
        BehaviourJudgement(SUP, CoreValue.LOYAL, A, rater_id="  ")


def test_special_expectations():
    expectations = SpecialExpectations(
        {CoreValue.ADAPTIVE: "Menguasai SIASN", CoreValue.SERVICE_ORIENTED: "Layanan < 1 hari"}
    )
    assert expectations.get(CoreValue.ADAPTIVE) == "Menguasai SIASN"
    assert expectations.get(CoreValue.LOYAL) is None
    assert list(expectations.to_dict()["texts"]) == ["Berorientasi Pelayanan", "Adaptif"]
    assert SpecialExpectations().texts == {}
    with pytest.raises(InvalidValueError, match="texts"):
        SpecialExpectations(["Menguasai SIASN"])  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="keys"):
        SpecialExpectations({"Adaptif": "x"})  # type: ignore[dict-item]
    with pytest.raises(InvalidValueError, match=r"texts\[Adaptif\]"):
        SpecialExpectations({CoreValue.ADAPTIVE: " "})
    with pytest.raises(InvalidValueError, match="core_value"):
        expectations.get("Adaptif")  # type: ignore[arg-type]


@given(kst.special_expectations())
def test_special_expectations_strategy(expectations):
    assert set(expectations.to_dict()["texts"]) <= {v.value for v in CoreValue}


# --- worked cases (domain reference §1.4: D/S/A = 1/2/3, mean, half-up) ---------------------------


def test_mean_of_exactly_2_5_rounds_up_to_above_expectations():
    judgements = rater(SUP, S) + rater(PEER, A)
    outcome = assess_behaviour(judgements)
    assert outcome.score == Decimal("2.5")
    assert outcome.rating is A
    assert set(outcome.value_scores.values()) == {Decimal("2.5")}


def test_mean_of_exactly_1_5_rounds_up_to_meets_expectations():
    judgements = rater(SUP, B) + rater(SUB, S)
    outcome = assess_behaviour(judgements)
    assert outcome.score == Decimal("1.5")
    assert outcome.rating is S


def test_mean_just_below_1_5_is_below_expectations():
    # Six values at (B, S) = 1.5 and Loyal at (B, B, S) = 4/3: (9 + 4/3) / 7 = 31/21 = 1.476…
    judgements = [*rater(SUP, B), *rater(PEER, S), BehaviourJudgement(SUB, CoreValue.LOYAL, B)]
    outcome = assess_behaviour(judgements)
    assert Decimal("1.47") < outcome.score < Decimal("1.5")
    assert outcome.rating is B
    assert outcome.value_scores[CoreValue.LOYAL] == Decimal(4) / Decimal(3)


def test_mean_a_hair_below_2_5_is_meets_expectations():
    # 2.5 exactly needs every value at 2.5; one value at (S, A, S) = 7/3 drops it below.
    judgements = [*rater(SUP, S), *rater(PEER, A), BehaviourJudgement(SUB, CoreValue.ADAPTIVE, S)]
    outcome = assess_behaviour(judgements)
    assert outcome.score < Decimal("2.5")
    assert outcome.rating is S


def test_the_mean_is_per_core_value_first_then_over_the_seven_values():
    # Kompeten judged Di Atas by ten raters, every other value Sesuai once:
    # two-stage mean (3 + 6 × 2) / 7 = 2.14 → Sesuai; a flat mean (30 + 12) / 16 = 2.625 would
    # give Di Atas.
    judgements = rater(SUP, S) + [
        BehaviourJudgement(PEER, CoreValue.COMPETENT, A, rater_id=str(n)) for n in range(9)
    ]
    judgements[CoreValue.COMPETENT.number - 1] = BehaviourJudgement(SUP, CoreValue.COMPETENT, A)
    outcome = assess_behaviour(judgements)
    assert outcome.value_scores[CoreValue.COMPETENT] == 3
    assert outcome.score == Decimal(15) / Decimal(7)
    assert outcome.rating is S


def test_supervisor_only_ignores_feedback():
    judgements = rater(SUP, S) + rater(PEER, A) + rater(SUB, A)
    assert behaviour_rating(judgements) is A
    assert behaviour_rating(judgements, aggregation=SUP_ONLY) is S


def test_median_and_its_tie_rule():
    # Two judgements per value: the median is their midpoint; halfway goes up.
    assert assess_behaviour(rater(SUP, S) + rater(PEER, A), aggregation=MEDIAN).score == 2.5
    assert behaviour_rating(rater(SUP, S) + rater(PEER, A), aggregation=MEDIAN) is A
    assert behaviour_rating(rater(SUP, B) + rater(PEER, A), aggregation=MEDIAN) is S
    assert behaviour_rating(rater(SUP, B) + rater(PEER, S), aggregation=MEDIAN) is S
    # Three raters: the middle one wins per value; over the values the 4th of 7.
    mixed = rater(SUP, [A, A, A, B, B, B, B]) + rater(PEER, A) + rater(SUB, [B] * 7)
    outcome = assess_behaviour(mixed, aggregation=MEDIAN)
    assert list(outcome.value_scores.values()) == [3, 3, 3, 1, 1, 1, 1]
    assert outcome.rating is B
    assert behaviour_rating(mixed, aggregation=MEAN) is S  # (3·7/3 + 4·5/3) / 7 = 1.95…


def test_a_single_supervisor_judging_everything_sesuai_is_sesuai():
    assert behaviour_rating(rater(SUP, S)) is S


# --- errors -------------------------------------------------------------------------------------


def test_no_judgements_is_an_error():
    with pytest.raises(InvalidValueError, match="at least one") as caught:
        behaviour_rating([])
    assert caught.value.field == "judgements"


@pytest.mark.parametrize("bad", [None, "Sesuai", 3, [Rating.MEETS_EXPECTATIONS]])
def test_judgements_must_be_a_sequence_of_judgements(bad):
    with pytest.raises(InvalidValueError, match="judgements"):
        behaviour_rating(bad)


def test_supervisor_only_without_a_supervisor_judgement_is_an_error():
    with pytest.raises(InvalidValueError, match="supervisor") as caught:
        behaviour_rating(rater(PEER, A) + rater(SUB, S), aggregation=SUP_ONLY)
    assert caught.value.field == "judgements"
    assert caught.value.value == ["Bawahan", "Rekan Kerja"]


def test_a_missing_core_value_is_an_error_naming_it():
    judgements = [j for j in rater(SUP, S) if j.core_value is not CoreValue.LOYAL]
    with pytest.raises(InvalidValueError, match="miss: Loyal") as caught:
        behaviour_rating(judgements)
    assert caught.value.value == ["Loyal"]


def test_supervisor_only_needs_every_value_from_the_supervisor():
    judgements = [j for j in rater(SUP, S) if j.core_value is not CoreValue.HARMONIOUS]
    judgements += rater(PEER, S)
    assert behaviour_rating(judgements) is S
    with pytest.raises(InvalidValueError, match="supervisor's judgements miss: Harmonis"):
        behaviour_rating(judgements, aggregation=SUP_ONLY)


def test_a_rater_judging_a_value_twice_is_an_error():
    judgements = rater(SUP, S, rater_id="198001012005011001")
    judgements.append(BehaviourJudgement(SUP, CoreValue.LOYAL, A, rater_id="198001012005011001"))
    with pytest.raises(InvalidValueError, match="more than once"):
        behaviour_rating(judgements)
    # Without ids there is no way to tell, so it is accepted.
    assert behaviour_rating([*rater(SUP, S), BehaviourJudgement(SUP, CoreValue.LOYAL, A)]) is S


@pytest.mark.parametrize("bad", ["MEAN_HALF_UP", "Median", 1, Rating.MEETS_EXPECTATIONS])
def test_aggregation_must_be_a_rule(bad):
    with pytest.raises(InvalidValueError, match="aggregation"):
        behaviour_rating(rater(SUP, S), aggregation=bad)


def test_rules_must_be_a_snapshot_and_in_force():
    with pytest.raises(InvalidValueError, match="rules"):
        behaviour_rating(rater(SUP, S), rules=NATIONAL)  # type: ignore[arg-type]
    with pytest.raises(RuleNotInForceError, match="2022-01-01"):
        behaviour_rating(rater(SUP, S), rules=NATIONAL.at(date(2021, 12, 31)))


# --- parameters ---------------------------------------------------------------------------------


def test_national_defaults_are_policy_choices():
    rules = NATIONAL.at(date(2022, 1, 1))
    assert rules[BEHAVIOUR_AGGREGATION] is MEAN
    assert rules[BEHAVIOUR_SCORES] == {B: 1, S: 2, A: 3}
    for spec in (BEHAVIOUR_AGGREGATION, BEHAVIOUR_SCORES):
        assert rules.resolve(spec).citation.confidence is Confidence.POLICY_CHOICE


def test_a_pemda_can_change_the_default_rule():
    pemda = NATIONAL.with_overrides(
        "Pemda", {BEHAVIOUR_AGGREGATION: Version(date(2024, 1, 1), SUP_ONLY, PERDA)}
    )
    judgements = rater(SUP, S) + rater(PEER, A)
    assert behaviour_rating(judgements, rules=pemda.at(date(2023, 12, 31))) is A
    outcome = assess_behaviour(judgements, rules=pemda.at(date(2024, 1, 1)))
    assert outcome.rating is S
    assert outcome.aggregation is SUP_ONLY
    assert PERDA in outcome.explanation.citations
    # An explicit argument still wins over the rules' default.
    assert behaviour_rating(judgements, aggregation=MEAN, rules=pemda.at(date(2024, 1, 1))) is A


def test_other_scores_take_the_nearest_rating_halfway_up():
    # Scores 0 / 10 / 11: the midpoints are 5 and 10.5.
    what_if = NATIONAL.replace({BEHAVIOUR_SCORES: {B: 0, S: "10", A: Decimal(11)}})
    rules = what_if.latest()
    assert behaviour_rating(rater(SUP, B) + rater(PEER, S), rules=rules) is S  # 5 → up
    assert behaviour_rating(rater(SUP, S) + rater(PEER, A), rules=rules) is A  # 10.5 → up
    lower = [*rater(SUP, B), *rater(PEER, S), BehaviourJudgement(SUB, CoreValue.LOYAL, B)]
    assert behaviour_rating(lower, rules=rules) is B


@pytest.mark.parametrize(
    ("scores", "message"),
    [
        ("1/2/3", "mapping"),
        ({B: 1, S: 2}, "every Rating"),
        ({B: 1, S: 2, A: 2}, "increase strictly"),
        ({B: 3, S: 2, A: 1}, "increase strictly"),
        ({B: 1, S: 2, A: 3, "x": 4}, "keys"),
        ({B: 1, S: 2.0, A: 3}, "float"),
    ],
)
def test_bad_scores_are_rejected(scores, message):
    with pytest.raises(InvalidValueError, match=message):
        NATIONAL.replace({BEHAVIOUR_SCORES: scores})


def test_bad_default_rule_is_rejected():
    with pytest.raises(InvalidValueError, match="behaviour_aggregation"):
        NATIONAL.replace({BEHAVIOUR_AGGREGATION: "mean"})


# --- explanation --------------------------------------------------------------------------------


def test_explanation_shows_each_stage_with_its_parameters():
    outcome = assess_behaviour(rater(SUP, S) + rater(PEER, A))
    steps = outcome.explanation.steps
    assert len(steps) == 1 + 7 + 2
    assert steps[0].parameters[0].name == "behaviour_aggregation"
    assert steps[1].inputs == (("ratings", (S, A)),)
    assert steps[1].result == Decimal("2.5")
    assert steps[-2].result == Decimal("2.5")
    assert steps[-1].result is A
    assert steps[-1].parameters[0].name == "behaviour_scores[Di Atas Ekspektasi]"
    assert steps[-1].parameters[0].value == 3
    text = outcome.explanation.render(lang="id")
    assert "Berorientasi Pelayanan" in text
    assert "PILIHAN KEBIJAKAN" in text
    assert "Service-oriented" in outcome.explanation.render(lang="en")
    data = outcome.to_dict()
    assert data["rating"] == "Di Atas Ekspektasi"
    assert data["score"] == "2.5"
    assert data["aggregation"] == MEAN.value
    assert data["value_scores"]["Kolaboratif"] == "2.5"


def test_explicit_aggregation_records_no_default_parameter():
    outcome = assess_behaviour(rater(SUP, S), aggregation=MEDIAN)
    assert outcome.explanation.steps[0].parameters == ()
    assert "median" in outcome.explanation.steps[-2].rule.en


# --- properties ---------------------------------------------------------------------------------


def mean_half_up_oracle(judgements, *, supervisor_only=False):
    """An independent exact oracle with fractions: two-stage mean, floor(x + 1/2)."""
    counted = [j for j in judgements if not supervisor_only or j.role is SUP]
    per_value = []
    for value in CoreValue:
        scores = [j.rating.rank for j in counted if j.core_value is value]
        per_value.append(Fraction(sum(scores), len(scores)))
    mean = sum(per_value) / len(per_value)
    rank = int(mean + Fraction(1, 2))  # floor for positive numbers: half up
    return next(r for r in Rating if r.rank == rank)


@given(kst.behaviour_judgement_sets())
def test_mean_half_up_agrees_with_an_exact_fraction_oracle(judgements):
    assert behaviour_rating(judgements) is mean_half_up_oracle(judgements)
    assert behaviour_rating(judgements, aggregation=SUP_ONLY) is mean_half_up_oracle(
        judgements, supervisor_only=True
    )


@given(kst.behaviour_judgement_sets(), kst.behaviour_aggregations())
def test_rating_lies_between_the_lowest_and_highest_judgement(judgements, rule):
    ranks = [j.rating.rank for j in judgements]
    assert min(ranks) <= behaviour_rating(judgements, aggregation=rule).rank <= max(ranks)


@given(kst.behaviour_judgement_sets(), kst.behaviour_aggregations(), st.data())
def test_raising_one_judgement_never_lowers_the_rating(judgements, rule, data):
    index = data.draw(st.integers(0, len(judgements) - 1), label="index")
    old = judgements[index]
    higher = data.draw(st.sampled_from([r for r in Rating if r.rank >= old.rating.rank]))
    raised = [*judgements]
    raised[index] = BehaviourJudgement(old.role, old.core_value, higher, rater_id=old.rater_id)
    before = behaviour_rating(judgements, aggregation=rule).rank
    assert behaviour_rating(raised, aggregation=rule).rank >= before


@given(kst.behaviour_judgement_sets(shuffle=False), kst.behaviour_aggregations(), st.data())
def test_the_order_of_judgements_does_not_matter(judgements, rule, data):
    shuffled = data.draw(st.permutations(judgements))
    first = assess_behaviour(judgements, aggregation=rule)
    second = assess_behaviour(shuffled, aggregation=rule)
    assert (second.rating, second.score, second.value_scores) == (
        first.rating,
        first.score,
        first.value_scores,
    )


@given(kst.behaviour_judgement_sets(include_supervisor=False))
def test_sets_without_a_supervisor_fail_only_for_supervisor_only(judgements):
    assert behaviour_rating(judgements) in Rating
    with pytest.raises(InvalidValueError, match="supervisor"):
        behaviour_rating(judgements, aggregation=SUP_ONLY)


@given(kst.ratings(), kst.behaviour_aggregations())
def test_unanimous_judgements_give_that_rating(rating, rule):
    judgements = rater(SUP, rating) + rater(PEER, rating)
    assert behaviour_rating(judgements, aggregation=rule) is rating


@given(kst.behaviour_judgements())
def test_judgement_strategy_builds_valid_values(judgement):
    assert judgement.to_dict()["core_value"] == judgement.core_value.value


@given(kst.behaviour_judgements(role=PEER, core_value=CoreValue.LOYAL, rating=B))
def test_judgement_strategy_can_fix_fields(judgement):
    assert (judgement.role, judgement.core_value, judgement.rating) == (PEER, CoreValue.LOYAL, B)


# --- fuzz: bad input only ever raises KinerjaError ---------------------------------------------

ANYTHING = anything(
    st.sampled_from([*Rating, *CoreValue, *RaterRole, *BehaviourAggregation]),
    kst.behaviour_judgements(),
    st.lists(kst.behaviour_judgements(), max_size=8),
)


@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b, c, d):
    outcome_of(behaviour_rating, a, aggregation=b)
    outcome_of(assess_behaviour, a, aggregation=b, rules=c)
    outcome_of(BehaviourJudgement, a, b, c, rater_id=d)
    outcome_of(SpecialExpectations, a)
    outcome_of(behaviour_guides, a, rules=b)
    outcome_of(NATIONAL.replace, {BEHAVIOUR_SCORES: a})
    outcome_of(NATIONAL.replace, {BEHAVIOUR_GUIDES: a})
    outcome_of(NATIONAL.replace, {BEHAVIOUR_AGGREGATION: a})
