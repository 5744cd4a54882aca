import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given

from kinerja_core import (
    Citation,
    Confidence,
    Explanation,
    InvalidValueError,
    ParameterUse,
    Predicate,
    Rating,
    Step,
    Text,
)
from kinerja_core.explain import plain, render_value
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
    assert text_id.splitlines()[0] == "1. Capaian indikator"
    assert "masukan: target = 80, realisasi = 70" in text_id
    assert "hasil: 87.5" in text_id
    assert "dasar hukum: PermenPANRB 8/2021, Lampiran [P]" in text_id
    assert "berlaku sejak 2021-01-01" in text_id
    assert text_en.splitlines()[0] == "1. Indicator achievement"
    assert "result: 87.5" in text_en
    assert "legal basis: PermenPANRB 8/2021" in text_en


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
    assert step["inputs"] == {"target": "80", "realisasi": "70"}
    assert step["result"] == "87.5"
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
    assert render_value(date(2024, 1, 2), "en") == "2024-01-02"
    assert render_value(Confidence.PRIMARY, "en") == "primary"
    assert plain({(Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS): Predicate.GOOD}) == {
        "Di Atas Ekspektasi | Sesuai Ekspektasi": "Baik"
    }
    assert plain({1: 2}) == {"1": 2}
    assert plain([Decimal("1.50"), date(2024, 1, 1)]) == ["1.50", "2024-01-01"]
    assert plain(CITE) == CITE.to_dict()
    assert plain(object.__new__(type("Thing", (), {"__str__": lambda self: "thing"}))) == "thing"
