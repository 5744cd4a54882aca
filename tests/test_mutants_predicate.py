"""Assertions that kill mutants of `performance/predicate.py` (mutation testing, see CONTRIBUTING).

The predicate tests check the matrix cell by cell; these pin what they leave open: the error
payload (field, value, reason), the exact explanation step (both languages, the cell used and its
value), the deprecated alias and its `to_dict`, and a policy variant passed through `rules=`.
"""

from datetime import date
from itertools import product

import pytest

from kinerja_core import (
    NATIONAL,
    InvalidValueError,
    Predicate,
    Rating,
    explain,
    performance_predicate,
)
from kinerja_core.performance import (
    PREDICATE_MATRIX,
    PredicateOutcome,
    explain_performance_predicate,
)
from plain_steps import without_meta

A, S, B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS

RULE_ID = "Predikat kinerja dari matriks 3×3 (hasil kerja × perilaku kerja)"
RULE_EN = "Performance predicate from the 3×3 matrix (work result × work behaviour)"
REASON = "must be a Rating (use Rating.parse for text labels)"


@pytest.mark.parametrize("bad", ["Sesuai Ekspektasi", None, 2])
def test_a_bad_work_result_is_named_with_its_value_and_reason(bad):
    with pytest.raises(InvalidValueError) as caught:
        performance_predicate(bad, S)
    assert (caught.value.field, caught.value.value, caught.value.reason) == (
        "work_result",
        bad,
        REASON,
    )


@pytest.mark.parametrize("bad", ["Sesuai Ekspektasi", None, 2])
def test_a_bad_behaviour_is_named_with_its_value_and_reason(bad):
    with pytest.raises(InvalidValueError) as caught:
        performance_predicate(S, bad)
    assert (caught.value.field, caught.value.value, caught.value.reason) == (
        "behaviour",
        bad,
        REASON,
    )


def test_when_both_ratings_are_bad_the_work_result_is_reported_first():
    with pytest.raises(InvalidValueError) as caught:
        performance_predicate("x", "y")
    assert (caught.value.field, caught.value.value) == ("work_result", "x")


def test_the_explanation_step_is_exact():
    outcome = explain(performance_predicate, B, A)
    assert outcome.value is Predicate.NEEDS_IMPROVEMENT
    assert outcome.exact is None
    (step,) = outcome.explanation.steps
    assert (step.rule.id, step.rule.en) == (RULE_ID, RULE_EN)
    assert step.inputs == (("work_result", B), ("behaviour", A))
    assert step.result is Predicate.NEEDS_IMPROVEMENT
    assert step.citation is None
    (use,) = step.parameters
    assert use.name == "predicate_matrix[Di Bawah Ekspektasi, Di Atas Ekspektasi]"
    assert use.value is Predicate.NEEDS_IMPROVEMENT  # the cell used, not the whole matrix
    assert use.effective_from == date(2022, 1, 1)
    lines = outcome.explanation.render(lang="id").splitlines()
    assert lines[0] == f"1. {RULE_ID}"
    assert "   hasil: Butuh Perbaikan" in lines
    assert lines[lines.index("   hasil: Butuh Perbaikan") + 1 :][:2] == ["", "Dasar hukum:"]
    assert outcome.explanation.render(lang="en").splitlines()[0] == f"1. {RULE_EN}"


@pytest.mark.parametrize(("work", "behaviour"), list(product(Rating, Rating)))
def test_the_parameter_use_records_the_cell_value(work, behaviour):
    (step,) = explain(performance_predicate, work, behaviour).explanation.steps
    (use,) = step.parameters
    assert use.value is NATIONAL.latest()[PREDICATE_MATRIX][(work, behaviour)]
    assert use.value is step.result


def test_deprecated_alias_warns_and_agrees_with_explain():
    with pytest.warns(DeprecationWarning, match="explain_performance_predicate") as warned:
        outcome = explain_performance_predicate(A, S)
    (warning,) = warned
    assert str(warning.message) == (
        "kinerja_core: explain_performance_predicate is deprecated and goes in the next "
        "release; use explain(performance_predicate, ...)"
    )
    expected = explain(performance_predicate, A, S)
    assert isinstance(outcome, PredicateOutcome)
    assert outcome.predicate is Predicate.GOOD
    assert outcome.explanation == expected.explanation
    assert outcome.to_dict() == {
        "predicate": "Baik",
        "explanation": without_meta(expected.explanation.to_dict()),
    }


def test_deprecated_alias_passes_the_rules_through():
    variant = NATIONAL.replace(
        {PREDICATE_MATRIX: dict.fromkeys(product(Rating, Rating), Predicate.VERY_POOR)}
    )
    with pytest.warns(DeprecationWarning, match="explain_performance_predicate"):
        outcome = explain_performance_predicate(A, A, rules=variant.at(date(2024, 1, 1)))
    assert outcome.predicate is Predicate.VERY_POOR
    (step,) = outcome.explanation.steps
    assert step.inputs == (("work_result", A), ("behaviour", A))
    assert step.parameters[0].citation.regulation == "what-if"


def test_a_variant_matrix_passed_as_rules_changes_the_predicate():
    changed = dict(NATIONAL.latest()[PREDICATE_MATRIX])
    changed[(S, A)] = Predicate.VERY_GOOD
    rules = NATIONAL.replace({PREDICATE_MATRIX: changed}).at(date(2024, 6, 30))
    assert performance_predicate(S, A) is Predicate.GOOD
    assert performance_predicate(S, A, rules=rules) is Predicate.VERY_GOOD
    outcome = explain(performance_predicate, S, A, rules=rules)
    assert outcome.value is Predicate.VERY_GOOD
    (use,) = outcome.explanation.steps[0].parameters
    assert use.citation.regulation == "what-if"
