"""The shared eligibility answer of the careers rules."""

from datetime import date

import jsonschema
import pytest

from kinerja_core import Citation, Explanation, KinerjaError
from kinerja_core.careers import Condition, Eligibility
from kinerja_core.core import Step, Text, json_schema

LAW = Citation("PP 99/2000", "Pasal 7")
YEARS = Condition(
    "years_in_rank",
    True,
    Text("masa kerja dalam pangkat paling singkat 4 tahun", "at least 4 years in rank"),
    found=Text("4 tahun 3 bulan", "4 years 3 months"),
    citation=LAW,
)
CREDIT = Condition(
    "credit_points", False, Text("AK kumulatif 100", "cumulative AK 100"), shortfall="12.50"
)


def test_eligible_only_when_every_condition_is_met():
    assert Eligibility.of([YEARS]).eligible
    answer = Eligibility.of([YEARS, CREDIT], earliest=date(2026, 4, 1))
    assert not answer.eligible
    assert answer.met == (YEARS,)
    assert answer.unmet == (CREDIT,)
    assert answer.earliest == date(2026, 4, 1)
    assert Eligibility.of([]).eligible  # nothing required


def test_the_explanation_is_one_step_per_condition_after_the_rules_own_steps():
    built = []

    def before():
        built.append(1)
        return Explanation((Step(Text("AK dijumlahkan", "AK summed"), result=87),))

    answer = Eligibility.of([YEARS, CREDIT], steps=before)
    assert built == []  # lazy
    text = answer.explanation.render("en")
    assert built == [1]
    assert "AK summed" in text
    assert "at least 4 years in rank" in text
    assert "not met" in text
    assert "PP 99/2000" in text
    assert "tidak terpenuhi" in answer.explanation.render("id")


def test_an_eligibility_round_trips_as_a_document():
    answer = Eligibility.of([YEARS, CREDIT], earliest=date(2026, 10, 1))
    data = answer.to_dict(explanation=False)
    assert data["eligible"] is False
    jsonschema.validate(data, json_schema(Eligibility))
    assert Eligibility.from_dict(data) == answer


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"code": "", "met": True}, "code"),
        ({"code": "x", "met": "ya"}, "met"),
        ({"code": "x", "met": False, "shortfall": -1}, "shortfall"),
        ({"code": "x", "met": False, "citation": "PP 99/2000"}, "citation"),
        ({"code": "x", "met": False, "found": "3 tahun"}, "found"),
    ],
)
def test_a_condition_names_the_field_it_refuses(kwargs, field):
    with pytest.raises(KinerjaError, match=field):
        Condition(requirement=Text("x", "x"), **kwargs)


def test_conditions_must_be_conditions():
    with pytest.raises(KinerjaError, match="conditions"):
        Eligibility.of(["years_in_rank"])
