"""The PermenPANRB 6/2022 predikat matrix (domain reference §1.1)."""

from datetime import date
from itertools import product

import pytest
from hypothesis import given

from kinerja_core import (
    NATIONAL,
    InvalidValueError,
    Predicate,
    Rating,
    RuleNotInForceError,
    explain,
    performance_predicate,
)
from kinerja_core.performance import PREDICATE_MATRIX
from kinerja_core.testing import strategies as kst
from plain_steps import plain_value

A, S, B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS

# Domain reference §1.1, row by row: hasil kerja \ perilaku kerja (Di Bawah, Sesuai, Di Atas).
REFERENCE = {
    A: ("Kurang/Misconduct", "Baik", "Sangat Baik"),
    S: ("Kurang/Misconduct", "Baik", "Baik"),
    B: ("Sangat Kurang", "Butuh Perbaikan", "Butuh Perbaikan"),
}
CELLS = [
    (work, behaviour, label)
    for work, row in REFERENCE.items()
    for behaviour, label in zip((B, S, A), row, strict=True)
]


@pytest.mark.parametrize(("work", "behaviour", "label"), CELLS)
def test_matrix_matches_the_domain_reference_cell_by_cell(work, behaviour, label):
    assert performance_predicate(work, behaviour) is Predicate(label)
    assert performance_predicate(work, behaviour, rules=NATIONAL.at(date(2022, 1, 1))) is Predicate(
        label
    )


def test_matrix_is_total_over_all_nine_pairs():
    matrix = NATIONAL.latest()[PREDICATE_MATRIX]
    assert set(matrix) == set(product(Rating, Rating))
    assert len(CELLS) == 9


def test_regression_max_of_codes_is_wrong_for_low_behaviour():
    # A program seen in the wild computes kuadran as max(hasil, perilaku); these must be Kurang.
    assert performance_predicate(A, B) is Predicate.POOR
    assert performance_predicate(S, B) is Predicate.POOR


@given(kst.ratings(), kst.ratings(), kst.ratings())
def test_predicate_never_falls_when_a_rating_rises(work, behaviour, other):
    base = performance_predicate(work, behaviour).rank
    if other.rank >= work.rank:
        assert performance_predicate(other, behaviour).rank >= base
    if other.rank >= behaviour.rank:
        assert performance_predicate(work, other).rank >= base


@given(kst.ratings(), kst.ratings())
def test_explanation_names_inputs_cell_and_citation(work, behaviour):
    outcome = explain(performance_predicate, work, behaviour)
    (step,) = outcome.explanation.steps
    assert step.result is outcome.value
    assert dict(step.inputs) == {"work_result": work, "behaviour": behaviour}
    (use,) = step.parameters
    assert use.name == f"predicate_matrix[{work.value}, {behaviour.value}]"
    assert use.citation.regulation == "PermenPANRB 6/2022"
    assert "PermenPANRB 6/2022" in outcome.explanation.render(lang="id")
    assert "PermenPANRB 6/2022" in outcome.explanation.render(lang="en")
    assert plain_value(outcome.to_dict()["value"]) == outcome.value.value


@given(kst.policies(), kst.ratings(), kst.ratings(), kst.dates(min_value=date(2022, 1, 1)))
def test_predicate_follows_whatever_matrix_the_rules_hold(policy, work, behaviour, on):
    rules = policy.at(on)
    assert (
        performance_predicate(work, behaviour, rules=rules)
        is rules[PREDICATE_MATRIX][(work, behaviour)]
    )


def test_matrix_is_not_in_force_before_2022():
    with pytest.raises(RuleNotInForceError, match="2022-01-01"):
        performance_predicate(A, A, rules=NATIONAL.at(date(2021, 6, 30)))


@pytest.mark.parametrize("bad", ["Di Atas Ekspektasi", None, 1, Predicate.GOOD])
def test_text_or_other_types_are_rejected_with_a_hint(bad):
    with pytest.raises(InvalidValueError, match=r"Rating\.parse"):
        performance_predicate(bad, A)
    with pytest.raises(InvalidValueError, match="behaviour"):
        performance_predicate(A, bad)


def test_rules_must_be_a_rules_snapshot():
    with pytest.raises(InvalidValueError, match="rules"):
        performance_predicate(A, A, rules=NATIONAL)  # type: ignore[arg-type]
