"""JSON documents: round trips over the exported strategies, every problem reported, schemas."""

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kinerja_core as kc
from kinerja_core.core.documents import (
    SCHEMA_VERSION,
    DocumentError,
    Problem,
    json_schema,
    tag,
    untag,
)
from kinerja_core.core.explain import Explanation, Step, Text
from kinerja_core.legacy import Pp30Case, Pp46Case
from kinerja_core.testing import strategies as kst

NIP = "198507122010012003"


def quickstart_case() -> kc.PerformanceCase:
    plan = kc.PerformancePlan(
        NIP,
        kc.Period.year(2024),
        [
            kc.PlanItem(
                kc.Indicator("Waktu respon pengaduan", "hari", kc.Polarity.LOWER_IS_BETTER), 5, 50
            ),
            kc.PlanItem(kc.Indicator("Pengaduan diselesaikan", "pengaduan", code="IKI-2"), 400, 50),
        ],
    )
    return kc.PerformanceCase(
        plan,
        behaviour=kc.Rating.MEETS_EXPECTATIONS,
        realisations={"Waktu respon pengaduan": 4, "IKI-2": 420},
    )


def through_json(data: object) -> object:
    """What another system sends back: JSON text read with exact numbers."""
    return json.loads(json.dumps(data), parse_float=Decimal)


def validate(value: object) -> None:
    jsonschema.validate(value.to_dict(), json_schema(type(value)))


# --- round trips ----------------------------------------------------------------------------


def test_the_quickstart_case_and_its_evaluation_round_trip_through_json_text():
    case = quickstart_case()
    assert kc.PerformanceCase.from_dict(through_json(case.to_dict())) == case
    result = kc.evaluate(case)
    data = result.to_dict()
    assert data["document"] == "evaluation"
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["predicate"] == "Baik"
    assert data["weighted_achievement"] == "112.5"
    assert data["achievement"]["ratio"] == "225/2"
    back = kc.Evaluation.from_dict(through_json(data))
    assert back == result
    assert back.explanation == result.explanation
    assert back.achievement.exact == Fraction(225, 2)
    validate(case)
    validate(result)


def test_without_the_explanation_the_result_leaves_it_out_and_unbuilt():
    result = kc.evaluate(quickstart_case())
    data = result.to_dict(explanation=False)
    assert "explanation" not in data
    assert callable(result._explain)  # still not built
    assert kc.Evaluation.from_dict(data) == result


@settings(max_examples=40)
@given(kst.performance_cases())
def test_generated_cases_round_trip(case):
    data = case.to_dict()
    assert kc.PerformanceCase.from_dict(through_json(data)) == case
    jsonschema.validate(data, json_schema(kc.PerformanceCase))


@settings(max_examples=40)
@given(
    st.one_of(
        kst.indicators(),
        kst.targets(),
        kst.periods(),
        kst.behaviour_judgements(),
        kst.special_expectations(),
        kst.employments(),
        kst.citations(),
        kst.pp46_activities(),
        kst.pp30_main_items(),
        kst.pp30_additional_items(),
        kst.plan_items(),
        kst.siasn_records(),
        kst.penalty_records(),
        kst.sanction_cases(),
    )
)
def test_every_input_value_type_round_trips(value):
    assert type(value).from_dict(through_json(value.to_dict())) == value


@settings(max_examples=30)
@given(kst.explanations())
def test_explanations_round_trip_with_their_tagged_values(explanation):
    data = explanation.to_dict()
    back = Explanation.from_dict(through_json(data))
    assert back == explanation
    assert back.render("id") == explanation.render("id")
    jsonschema.validate(data, json_schema(Explanation))


@settings(max_examples=30)
@given(kst.performance_cases())
def test_generated_evaluations_round_trip(case):
    try:
        result = kc.evaluate(case)
    except kc.KinerjaError:
        return
    assert kc.Evaluation.from_dict(through_json(result.to_dict())) == result


def test_legacy_cases_and_evaluations_round_trip():
    pp30 = Pp30Case(
        employee=NIP,
        period=kc.Period(date(2021, 7, 1), date(2021, 12, 31)),
        skp_score=Decimal("91.5"),
        behaviour_score=88,
        innovation=True,
    )
    pp46 = Pp46Case(
        employee=NIP, period=kc.Period.year(2015), skp_score=Decimal("82.25"), behaviour_score=80
    )
    for case in (pp30, pp46):
        assert type(case).from_dict(through_json(case.to_dict())) == case
        result = kc.evaluate(case)
        assert kc.Evaluation.from_dict(through_json(result.to_dict())) == result
        validate(case)


@pytest.mark.parametrize(
    "value",
    [
        None,
        True,
        7,
        "teks",
        Decimal("112.5"),
        Fraction(200, 3),
        date(2024, 12, 31),
        kc.Rating.ABOVE_EXPECTATIONS,
        (kc.Rating.MEETS_EXPECTATIONS, Decimal(1)),
        [1, "a"],
        {kc.Rating.MEETS_EXPECTATIONS: Decimal(2)},
        kc.Target.range(7, 8),
        kc.Period.year(2024),
    ],
)
def test_tagged_values_read_back_as_what_they_were(value):
    data = tag(value)
    back = untag(through_json(data))
    assert back == value
    assert type(back) is type(value)


def test_parameter_tables_read_back_as_tables():
    rules = kc.NATIONAL.at(date(2024, 12, 31))
    for resolved in rules.resolve_all() if hasattr(rules, "resolve_all") else ():
        assert untag(through_json(tag(resolved.value))) == resolved.value
    explanation = kc.explain(
        kc.performance_predicate, kc.Rating.MEETS_EXPECTATIONS, kc.Rating.ABOVE_EXPECTATIONS
    ).explanation
    assert Explanation.from_dict(through_json(explanation.to_dict())) == explanation


def test_an_object_of_an_unknown_type_is_an_error_not_its_str():
    with pytest.raises(kc.KinerjaError, match="cannot be written") as caught:
        tag(object())
    assert caught.value.code == "unwritable"


# --- every problem at once ------------------------------------------------------------------


def broken_case() -> dict:
    data = json.loads(json.dumps(quickstart_case().to_dict()))
    data["plan"]["items"][1]["target"] = "banyak"
    data["plan"]["items"][0]["weight"] = 150
    data["plan"]["items"][0]["indicator"]["polarity"] = "lower"
    data["plan"]["period"]["start"] = "2024-13-01"
    data["behaviour"] = "sesuai ekspektasi"
    data["realisations"]["IKI-2"] = 4.5
    data["surprise"] = 1
    return data


def test_a_case_with_several_bad_fields_reports_every_one_with_its_path():
    with pytest.raises(DocumentError) as caught:
        kc.PerformanceCase.from_dict(broken_case())
    error = caught.value
    assert isinstance(error, kc.KinerjaError)
    assert isinstance(error, ValueError)
    found = {(p.path, p.code) for p in error.problems}
    assert found == {
        ("surprise", "unknown_field"),
        ("plan.period.start", "not_a_date"),
        ("plan.items[Waktu respon pengaduan].indicator.polarity", "unknown_label"),
        ("plan.items[Waktu respon pengaduan].weight", "out_of_range"),
        ("plan.items[IKI-2].target", "not_a_number"),
        ("behaviour", "unknown_label"),
        ('realisations["IKI-2"]', "float"),
    }
    by_path = {p.path: p for p in error.problems}
    label = by_path["behaviour"]
    assert "Rating.parse" in label.message("en")
    assert "'Sesuai Ekspektasi'" in label.message("id")
    assert "diterima 'sesuai ekspektasi'" in label.message("id")
    assert "parse_float=Decimal" in by_path['realisations["IKI-2"]'].message("en")
    weight = by_path["plan.items[Waktu respon pengaduan].weight"]
    assert weight.value == 150
    assert "got 150" in weight.message("en")
    assert "Decimal(" not in str(error)
    data = error.to_dict()
    assert data["document"] == "performance_case"
    assert len(data["problems"]) == 7
    assert json.loads(json.dumps(data)) == data


def test_a_missing_field_and_a_wrong_kind_are_reported_together():
    with pytest.raises(DocumentError) as caught:
        kc.PlanItem.from_dict({"target": [1], "weight": True})
    problems = {(p.path, p.code) for p in caught.value.problems}
    assert problems == {
        ("indicator", "required"),
        ("target", "wrong_type"),
        ("weight", "wrong_type"),
    }


def test_cross_field_rules_are_reported_once_the_fields_are_sound():
    data = json.loads(json.dumps(quickstart_case().to_dict()))
    data["plan"]["period"]["end"] = "2023-12-31"
    with pytest.raises(DocumentError) as caught:
        kc.PerformanceCase.from_dict(data)
    (problem,) = caught.value.problems
    assert problem.path == "plan.period.end"
    assert "must not be before start" in problem.message("en")


@pytest.mark.parametrize(
    ("meta", "code"),
    [
        ({"document": "evaluation"}, "wrong_document"),
        ({"schema_version": 99}, "unsupported_version"),
    ],
)
def test_the_document_type_and_version_are_checked(meta, code):
    data = quickstart_case().to_dict() | meta
    with pytest.raises(DocumentError) as caught:
        kc.PerformanceCase.from_dict(data)
    assert [p.code for p in caught.value.problems] == [code]


def test_a_document_need_not_carry_its_type_and_version():
    data = quickstart_case().to_dict()
    del data["document"], data["schema_version"]
    assert kc.PerformanceCase.from_dict(data) == quickstart_case()


@pytest.mark.parametrize(
    ("target", "expected"),
    [(5, kc.Target(5)), ("5", kc.Target(5)), (Decimal("7.5"), kc.Target(Decimal("7.5")))],
)
def test_a_target_may_be_written_as_one_number(target, expected):
    data = kc.PlanItem(kc.Indicator("A", "x"), 1, 100).to_dict() | {"target": target}
    assert kc.PlanItem.from_dict(data).target == expected


def test_a_reversed_range_target_is_reported_at_the_target():
    data = kc.PlanItem(kc.Indicator("A", "x"), 1, 100).to_dict()
    data["target"] = {"low": "8", "high": "7"}
    with pytest.raises(DocumentError) as caught:
        kc.PlanItem.from_dict(data)
    assert [p.path for p in caught.value.problems] == ["target"]


def test_an_edited_derived_value_is_reported():
    data = kc.evaluate(quickstart_case()).to_dict(explanation=False)
    data["weighted_achievement"] = "99"
    with pytest.raises(DocumentError) as caught:
        kc.Evaluation.from_dict(data)
    assert [p.code for p in caught.value.problems] == ["inconsistent"]
    data["weighted_achievement"] = "112.50"  # the same number, written differently
    assert kc.Evaluation.from_dict(data) == kc.evaluate(quickstart_case())


def test_problems_render_as_problems():
    problem = Problem("a.b", "x", "bad", reason_id="buruk", code="c")
    assert problem.path == "a.b"
    assert problem.to_dict() == {
        "path": "a.b",
        "code": "c",
        "value": "'x'",
        "message": {"id": "a.b: buruk (diterima 'x')", "en": "a.b: bad (got 'x')"},
    }


# --- schemas --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cls", [kc.PerformanceCase, Pp30Case, Pp46Case, kc.PerformancePlan, kc.Evaluation, Explanation]
)
def test_each_top_level_schema_is_a_valid_json_schema(cls):
    schema = json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"] == {"const": SCHEMA_VERSION}


def test_the_schema_rejects_what_from_dict_rejects_structurally():
    schema = json_schema(kc.PerformanceCase)
    data = quickstart_case().to_dict() | {"surprise": 1}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_a_step_with_tagged_inputs_is_plain_json():
    step = Step(Text("a", "b"), inputs=[("x", Decimal("1.5")), ("y", kc.Rating.MEETS_EXPECTATIONS)])
    data = step.to_dict()
    assert data["inputs"][0] == {"name": "x", "value": {"type": "decimal", "value": "1.5"}}
    assert Step.from_dict(through_json(data)) == step


def test_a_number_written_the_indonesian_way_is_refused_in_a_document_too():
    data = json.loads(json.dumps(quickstart_case().to_dict()))
    data["plan"]["items"][1]["target"] = "1.000"
    data["realisations"]["IKI-2"] = "87,5"
    with pytest.raises(DocumentError) as caught:
        kc.PerformanceCase.from_dict(data)
    codes = {p.path: p.code for p in caught.value.problems}
    assert codes == {
        "plan.items[IKI-2].target": "ambiguous_number",
        'realisations["IKI-2"]': "comma_in_number",
    }
    assert "parse_number" in caught.value.problems[0].message("en")


def test_a_regional_policy_round_trips_as_its_overrides():
    from kinerja_core.core import PolicyOverrides  # noqa: PLC0415

    perkada = kc.Citation("Perwali Kota Contoh 12/2024", "Pasal 7 ayat (2)")
    matrix = dict(kc.NATIONAL.latest()[kc.performance.PREDICATE_MATRIX])
    matrix[(kc.Rating.ABOVE_EXPECTATIONS, kc.Rating.MEETS_EXPECTATIONS)] = kc.Predicate.VERY_GOOD
    pemda = kc.NATIONAL.with_overrides(
        "Pemda Kota Contoh",
        {kc.performance.PREDICATE_MATRIX: kc.Version(date(2024, 1, 1), matrix, perkada)},
    )
    document = PolicyOverrides.of(pemda, base=kc.NATIONAL)
    assert list(document.overrides) == ["predicate_matrix"]
    data = through_json(document.to_dict())
    back = PolicyOverrides.from_dict(data).apply(kc.NATIONAL)
    assert back == pemda
    assert kc.evaluate(quickstart_case(), policy=back).predicate is kc.Predicate.VERY_GOOD
    validate(document)


def test_a_policy_override_with_a_bad_version_is_reported_at_its_path():
    from kinerja_core.core import PolicyOverrides  # noqa: PLC0415

    data = {"name": "Pemda", "overrides": {"x": [{"effective_from": "2024-02-30"}]}}
    with pytest.raises(DocumentError) as caught:
        PolicyOverrides.from_dict(data)
    paths = {p.path for p in caught.value.problems}
    assert 'overrides["x"][0].effective_from' in paths
    assert 'overrides["x"][0].value' in paths


def test_every_document_the_suite_writes_is_checked_against_its_schema():
    from kinerja_core.core.documents import Document  # noqa: PLC0415

    assert Document.to_dict.__name__ == "checked"  # conftest wraps it for the whole session
    assert kc.Evaluation.to_dict is Document.to_dict


@settings(max_examples=20)
@given(kst.policy_overrides())
def test_generated_policy_overrides_round_trip_and_rebuild_their_policy(document):
    from kinerja_core.core import PolicyOverrides  # noqa: PLC0415

    back = PolicyOverrides.from_dict(through_json(document.to_dict()))
    assert back == document
    assert back.apply(kc.NATIONAL) == document.apply(kc.NATIONAL)
    assert PolicyOverrides.of(back.apply(kc.NATIONAL), base=kc.NATIONAL) == document
