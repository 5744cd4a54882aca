import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given

from kinerja_core import Citation, Confidence, Explanation, InvalidValueError, Predicate, Rating
from kinerja_core.core import ParameterUse, Step, Text
from kinerja_core.core.explain import plain, render_value
from kinerja_core.testing import strategies as kst

CITE = Citation("PermenPANRB 8/2021", "Lampiran", confidence=Confidence.PRIMARY)


def sample_step():
    return Step(
        Text("Capaian indikator", "Indicator achievement"),
        inputs={"target": Decimal(80), "realisasi": Decimal(70)},
        parameters=[ParameterUse("cap", Decimal(120), date(2021, 1, 1), CITE)],
        result=Decimal("87.5"),
        citation=CITE,
    )


def test_render_in_both_languages():
    explanation = Explanation([sample_step()])
    text_id = explanation.render(lang="id")
    text_en = explanation.render(lang="en")
    assert text_id.splitlines()[0] == "1. Capaian indikator [1]"
    assert "masukan: target = 80, realisasi = 70" in text_id
    assert "hasil: 87,5" in text_id
    assert "parameter: cap = 120 (berlaku sejak 1 Januari 2021) [1]" in text_id
    assert "Dasar hukum:\n[1] PermenPANRB 8/2021, Lampiran [P]\n" in text_id
    assert text_id.endswith(
        "Tingkat keyakinan sumber:\n[P] naskah peraturan itu sendiri telah dibaca"
    )
    assert text_en.splitlines()[0] == "1. Indicator achievement [1]"
    assert "result: 87.5" in text_en
    assert "in force from 1 January 2021" in text_en
    assert "Legal basis:\n[1] PermenPANRB 8/2021, Lampiran [P]\n" in text_en


@pytest.mark.parametrize("lang", ["ID", "fr", None, ""])
def test_language_is_explicit_and_checked(lang):
    with pytest.raises(InvalidValueError, match="lang"):
        Explanation([sample_step()]).render(lang=lang)
    with pytest.raises(InvalidValueError):
        Text("a", "b")(lang)


def test_empty_explanation_renders_a_placeholder():
    assert Explanation().render(lang="id") == "(tidak ada langkah)"
    assert Explanation().render(lang="en") == "(no steps)"


def test_to_dict_keeps_exact_numbers_as_strings():
    data = Explanation([sample_step()]).to_dict()
    step = data["steps"][0]
    assert step["inputs"] == [
        {"name": "target", "value": {"type": "decimal", "value": "80"}},
        {"name": "realisasi", "value": {"type": "decimal", "value": "70"}},
    ]
    assert step["result"] == {"type": "decimal", "value": "87.5"}
    assert step["parameters"][0]["citation"]["regulation"] == "PermenPANRB 8/2021"
    assert step["rule"] == {"id": "Capaian indikator", "en": "Indicator achievement"}


@given(kst.explanations())
def test_every_explanation_is_json_ready_and_renders(explanation):
    json.dumps(explanation.to_dict())
    for lang in ("id", "en"):
        text = explanation.render(lang=lang)
        assert text.count("\n") >= len(explanation.steps) - 1
    for citation in explanation.citations:
        assert str(citation) in explanation.render(lang="en")


@given(kst.explanations(), kst.explanations(), kst.steps())
def test_concatenation_keeps_order(first, second, step):
    assert (first + second).steps == first.steps + second.steps
    assert first.then(step).steps[-1] == step
    assert len(first.then(step).steps) == len(first.steps) + 1


def test_adding_something_else_is_unsupported():
    with pytest.raises(TypeError):
        Explanation() + 1  # type: ignore[operator]


def test_citations_are_collected_once_in_order():
    other = Citation("PP 30/2019", "Pasal 41")
    step = Step(
        Text("a", "b"),
        parameters=[
            ParameterUse("x", 1, date(2020, 1, 1), other),
            ParameterUse("y", 2, date(2020, 1, 1), CITE),
        ],
        citation=CITE,
    )
    assert Explanation([step, step]).citations == (CITE, other)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"rule": "plain string"}, "rule"),
        ({"rule": Text("a", "b"), "inputs": [("only-name",)]}, "inputs"),
        ({"rule": Text("a", "b"), "parameters": ["x"]}, "parameters"),
        ({"rule": Text("a", "b"), "citation": "PP 30/2019"}, "citation"),
    ],
)
def test_steps_validate_their_fields(kwargs, field):
    with pytest.raises(InvalidValueError) as caught:
        Step(**kwargs)
    assert caught.value.field == field


def test_explanations_validate_their_steps():
    with pytest.raises(InvalidValueError, match="steps"):
        Explanation(["not a step"])  # type: ignore[list-item]


def test_render_value_and_plain_cover_the_value_kinds():
    assert render_value(Rating.ABOVE_EXPECTATIONS, "en") == "Above expectations"
    assert render_value(Text("ya", "yes"), "id") == "ya"
    assert render_value((Rating.MEETS_EXPECTATIONS, Decimal(1)), "id") == "(Sesuai Ekspektasi, 1)"
    assert render_value(True, "id") == "ya"
    assert render_value(False, "en") == "no"
    assert render_value(date(2024, 1, 2), "en") == "2 January 2024"
    assert render_value(date(2024, 12, 31), "id") == "31 Desember 2024"
    assert render_value(Confidence.PRIMARY, "en") == "primary"
    assert plain({(Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS): Predicate.GOOD}) == {
        "Di Atas Ekspektasi | Sesuai Ekspektasi": "Baik"
    }
    assert plain({1: 2}) == {"1": 2}
    assert plain([Decimal("1.50"), date(2024, 1, 1)]) == ["1.50", "2024-01-01"]
    assert plain(CITE) == CITE.to_dict()
    assert plain(object.__new__(type("Thing", (), {"__str__": lambda self: "thing"}))) == "thing"


# --- explanations on demand (architecture issue, item 2) ------------------------------------

from fractions import Fraction  # noqa: E402

import kinerja_core as kc  # noqa: E402
from kinerja_core.core.explain import Explained, explain  # noqa: E402
from kinerja_core.performance.plans import PlanAchievement  # noqa: E402

NIP = "198507122010012003"
FIRST = kc.Indicator("Laporan triwulan tepat waktu", "laporan", code="IKI-4")
SECOND = kc.Indicator("Rapat koordinasi terlaksana", "rapat", code="IKI-5")
PLAN = kc.PerformancePlan(
    NIP, kc.Period.year(2024), [kc.PlanItem(FIRST, 3, 50), kc.PlanItem(SECOND, 3, 50)]
)
JUDGEMENTS = [
    kc.BehaviourJudgement(kc.RaterRole.SUPERVISOR, value, kc.Rating.ABOVE_EXPECTATIONS)
    for value in kc.CoreValue
]


def test_explain_refuses_a_function_that_is_not_a_rule():
    with pytest.raises(kc.InvalidValueError) as caught:
        explain(len, [1])
    assert caught.value.field == "rule"
    assert caught.value.value == "len"


def test_explain_returns_the_value_the_steps_and_the_exact_number():
    outcome = explain(kc.achievement, kc.Target(3), 2)
    assert isinstance(outcome, Explained)
    assert outcome.value == kc.achievement(kc.Target(3), 2)
    assert outcome.exact == Fraction(200, 3)
    assert outcome.explanation.steps[-1].result == outcome.value
    assert outcome.to_dict()["exact"] == "200/3"


def test_an_evaluation_builds_its_explanation_only_when_read_and_keeps_it():
    case = kc.PerformanceCase(PLAN, behaviour=JUDGEMENTS, realisations={"IKI-4": 2, "IKI-5": 4})
    result = kc.evaluate(case)
    assert not isinstance(result._explain, kc.Explanation)  # a recipe, not yet built
    first = result.explanation
    assert isinstance(result._explain, kc.Explanation)
    assert result.explanation is first
    assert first.steps[0].result is kc.Regime.PERMENPANRB_6_2022
    assert first.steps[-1].result is result.predicate


def test_the_recorded_trace_takes_no_part_in_equality_or_hashing():
    case = kc.PerformanceCase(PLAN, behaviour=JUDGEMENTS, realisations={"IKI-4": 2, "IKI-5": 4})
    read, unread = kc.evaluate(case), kc.evaluate(case)
    read.explanation  # noqa: B018
    assert read == unread
    assert repr(read) == repr(unread)
    built = kc.evaluate(case, policy=kc.NATIONAL)
    assert built == read


def test_an_evaluation_carries_the_intermediate_values():
    case = kc.PerformanceCase(PLAN, behaviour=JUDGEMENTS, realisations={"IKI-4": 2, "IKI-5": 4})
    result = kc.evaluate(case)
    assert isinstance(result.achievement, PlanAchievement)
    assert result.achievement.exact == 100
    assert [item.exact for item in result.achievement.items] == [Fraction(200, 3), Fraction(400, 3)]
    assert result.weighted_achievement == Decimal(100)
    assert result.proposed_work_result is kc.Rating.MEETS_EXPECTATIONS
    assert result.work_result is kc.Rating.MEETS_EXPECTATIONS
    assert result.behaviour_scores is not None
    assert result.behaviour_scores.score == 3
    assert set(result.behaviour_scores.value_scores) == set(kc.CoreValue)
    assert result.predicate is kc.Predicate.GOOD
    # the plan's own explanation is lazy too and names each item
    assert "IKI-5" in result.achievement.explanation.render("en")


def test_given_ratings_leave_the_intermediate_values_empty():
    case = kc.PerformanceCase(
        PLAN, behaviour=kc.Rating.MEETS_EXPECTATIONS, work_result=kc.Rating.ABOVE_EXPECTATIONS
    )
    result = kc.evaluate(case)
    assert result.achievement is None
    assert result.weighted_achievement is None
    assert result.proposed_work_result is None
    assert result.behaviour_scores is None


# --- explain(rule, ...) agrees with the rule, for every explainable rule -----------------------

from kinerja_core.testing import strategies as kst2  # noqa: E402


@given(kst2.targets(), kst2.realisations(), kst2.polarities())
def test_explain_gives_the_value_the_rule_returns_and_its_exact_value(target, realised, polarity):
    outcome = explain(kc.achievement, target, realised, polarity)
    assert outcome.value == kc.achievement(target, realised, polarity)
    assert outcome.exact is not None
    assert kc.core.publish(outcome.exact) == outcome.value
    assert outcome.explanation.steps  # always at least the formula or the milestone step


@given(kst2.ratings(), kst2.ratings())
def test_explain_of_a_predicate_names_the_matrix_cell(work, behaviour):
    outcome = explain(kc.performance_predicate, work, behaviour)
    assert outcome.value is kc.performance_predicate(work, behaviour)
    assert outcome.exact is None
    (step,) = outcome.explanation.steps
    (use,) = step.parameters
    assert use.name == f"predicate_matrix[{work.value}, {behaviour.value}]"


@given(kst2.weighted_achievements())
def test_explain_of_the_proposal_names_the_band_that_contains_the_achievement(value):
    outcome = explain(kc.propose_work_result_rating, value)
    assert outcome.value is kc.propose_work_result_rating(value)
    (step,) = outcome.explanation.steps
    (use,) = step.parameters
    assert use.name == f"work_result_bands[{outcome.value.value}]"
    assert use.value.contains(value)


@given(kst2.dates())
def test_explain_of_regime_on_agrees_and_every_day_lies_in_its_regimes_window(day):
    outcome = explain(kc.regime_on, day)
    assert outcome.value is kc.regime_on(day)
    first, last = kc.regimes.regime_window(outcome.value, kc.NATIONAL)
    assert first <= day <= last


@given(kst2.performance_cases())
def test_a_lazy_explanation_equals_a_second_reading_and_the_rule_recomputed(case):
    result = kc.evaluate(case)
    again = kc.evaluate(case)
    assert result == again
    assert result.explanation == again.explanation
    assert result.explanation.steps[-1].result in (
        result.predicate,
        kc.EvaluationStatus.NOT_EVALUATED,
    )


def test_explain_passes_keyword_arguments_through():
    rules = kc.NATIONAL.at(kc.Period.year(2024).end)
    capped = kc.performance.AchievementLimits(cap=110)
    outcome = explain(kc.achievement, 100, 150, limits=capped, rules=rules)
    assert outcome.value == 110
