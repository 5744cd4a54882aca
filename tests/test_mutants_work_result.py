"""Assertions that kill mutants of `performance/work_result.py` (mutation testing).

Pins what the behaviour tests leave open: each error's field, value and reason, the unit-head
step (texts, inputs, citation), the exact `Ratio` path that `evaluate` uses, the deprecated
`explain_*` aliases and `WorkResultOutcome.to_dict`.
"""

from datetime import date
from decimal import Decimal

import pytest

from kinerja_core import NATIONAL, InvalidValueError, Rating, explain, propose_work_result_rating
from kinerja_core.core import Ratio
from kinerja_core.performance import (
    WORK_RESULT_BANDS,
    WorkResultBands,
    WorkResultOutcome,
    explain_unit_head_work_result,
    explain_work_result_proposal,
    unit_head_work_result,
)
from plain_steps import without_meta

A, S, B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS
RATING_REASON = "must be a Rating (use Rating.parse for text labels)"
HEAD_ID = "Rating hasil kerja pimpinan unit kerja = rating unit kerja yang dipimpinnya"
HEAD_EN = "A unit head's work-result rating = the rating of the unit they lead"


def payload(caught):
    return caught.value.field, caught.value.value, caught.value.reason


def test_bad_edges_name_their_own_field():
    with pytest.raises(InvalidValueError) as caught:
        WorkResultBands(above_from="x", meets_from=90)
    assert payload(caught) == ("above_from", "x", "not a decimal number")
    with pytest.raises(InvalidValueError) as caught:
        WorkResultBands(above_from=110, meets_from="x")
    assert payload(caught) == ("meets_from", "x", "not a decimal number")


@pytest.mark.parametrize(("above", "meets"), [(100, 100), ("90", "110.5")])
def test_edges_out_of_order_are_reported_on_meets_from(above, meets):
    with pytest.raises(InvalidValueError) as caught:
        WorkResultBands(above_from=above, meets_from=meets)
    assert payload(caught) == (
        "meets_from",
        Decimal(meets),
        f"must be below above_from ({Decimal(above)})",
    )


def test_touching_edges_one_apart_are_accepted():
    bands = WorkResultBands(above_from="100.01", meets_from=100)
    assert bands.rating_for(100) is S
    assert bands.rating_for(Decimal("100.01")) is A


def test_rating_for_names_the_achievement():
    with pytest.raises(InvalidValueError) as caught:
        WorkResultBands(110, 90).rating_for(99.5)  # type: ignore[arg-type]
    assert caught.value.field == "achievement"
    assert caught.value.value == 99.5


@pytest.mark.parametrize("bad", ["x", {"above_from": 110, "meets_from": 90}, None])
def test_an_override_of_the_wrong_shape_is_refused_with_its_payload(bad):
    with pytest.raises(InvalidValueError) as caught:
        NATIONAL.replace({WORK_RESULT_BANDS: bad})
    assert payload(caught) == (
        "work_result_bands",
        bad,
        "must be a WorkResultBands or a BandTable of Rating",
    )


def test_the_achievement_error_names_the_argument():
    with pytest.raises(InvalidValueError) as caught:
        propose_work_result_rating(100.0)  # type: ignore[arg-type]
    assert caught.value.field == "weighted_achievement"
    assert caught.value.value == 100.0


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [(Ratio(199, 2), B), (Ratio(100), S), (Ratio(201, 2), S), (Ratio(101), A)],
)
def test_an_exact_ratio_is_compared_as_it_is(ratio, expected):
    # `evaluate` hands its exact weighted total (a Ratio) straight to the proposal.
    assert propose_work_result_rating(ratio) is expected  # type: ignore[arg-type]
    outcome = explain(propose_work_result_rating, ratio)  # type: ignore[arg-type]
    assert outcome.value is expected
    assert outcome.explanation.steps[0].inputs == (("weighted_achievement", ratio.published()),)


@pytest.mark.parametrize("bad", ["Di Atas Ekspektasi", None, 3])
def test_a_bad_unit_rating_is_named_with_its_value_and_reason(bad):
    with pytest.raises(InvalidValueError) as caught:
        unit_head_work_result(bad)
    assert payload(caught) == ("unit_rating", bad, RATING_REASON)


def test_the_unit_head_step_is_exact():
    outcome = explain(unit_head_work_result, A)
    assert outcome.value is A
    (step,) = outcome.explanation.steps
    assert (step.rule.id, step.rule.en) == (HEAD_ID, HEAD_EN)
    assert step.inputs == (("unit_rating", A),)
    assert step.parameters == ()
    assert step.result is A
    assert step.citation is not None
    assert step.citation.regulation == "PermenPANRB 6/2022"
    assert outcome.explanation.render(lang="id").splitlines()[:2] == [
        f"1. {HEAD_ID} [1]",
        "   masukan: rating unit kerja = Di Atas Ekspektasi",
    ]


def test_deprecated_proposal_alias_warns_and_agrees_with_explain():
    with pytest.warns(DeprecationWarning, match="explain_work_result_proposal") as warned:
        outcome = explain_work_result_proposal("100.5")
    assert str(warned[0].message) == (
        "kinerja_core: explain_work_result_proposal is deprecated and goes in the next "
        "release; use explain(propose_work_result_rating, ...)"
    )
    expected = explain(propose_work_result_rating, "100.5")
    assert isinstance(outcome, WorkResultOutcome)
    assert outcome.rating is S
    assert outcome.explanation == expected.explanation
    assert outcome.to_dict() == {
        "rating": "Sesuai Ekspektasi",
        "explanation": without_meta(expected.explanation.to_dict()),
    }


def test_deprecated_proposal_alias_passes_the_rules_through():
    rules = NATIONAL.replace({WORK_RESULT_BANDS: WorkResultBands(110, 90)}).at(date(2024, 1, 1))
    with pytest.warns(DeprecationWarning, match="explain_work_result_proposal"):
        outcome = explain_work_result_proposal(95, rules=rules)
    assert outcome.rating is S  # nationally 95 % is Di Bawah
    assert outcome.explanation.steps[0].parameters[0].name == (
        "work_result_bands[Sesuai Ekspektasi]"
    )


def test_deprecated_unit_head_alias_warns_and_agrees_with_explain():
    with pytest.warns(DeprecationWarning, match="explain_unit_head_work_result") as warned:
        outcome = explain_unit_head_work_result(B)
    assert str(warned[0].message) == (
        "kinerja_core: explain_unit_head_work_result is deprecated and goes in the next "
        "release; use explain(unit_head_work_result, ...)"
    )
    expected = explain(unit_head_work_result, B)
    assert outcome.rating is B
    assert outcome.explanation == expected.explanation
    assert outcome.to_dict() == {
        "rating": "Di Bawah Ekspektasi",
        "explanation": without_meta(expected.explanation.to_dict()),
    }
