import pickle
from datetime import date

import pytest

from kinerja_core import (
    InvalidValueError,
    KinerjaError,
    RuleNotInForceError,
    UnknownLabelError,
    UnknownParameterError,
    ValidationError,
)


@pytest.mark.parametrize(
    "error_type",
    [
        InvalidValueError,
        UnknownLabelError,
        UnknownParameterError,
        RuleNotInForceError,
        ValidationError,
    ],
)
def test_every_error_is_a_kinerja_error_and_a_value_error(error_type):
    assert issubclass(error_type, KinerjaError)
    assert issubclass(error_type, ValueError)


def test_invalid_value_names_field_value_and_reason():
    error = InvalidValueError("target", -1, "must be positive")
    assert (error.field, error.value, error.reason) == ("target", -1, "must be positive")
    assert str(error) == "target: must be positive (got -1)"


def test_unknown_label_lists_valid_labels():
    error = UnknownLabelError("Rating", "Lumayan", ["Sesuai Ekspektasi", "Di Atas Ekspektasi"])
    assert error.valid == ("Sesuai Ekspektasi", "Di Atas Ekspektasi")
    assert "Sesuai Ekspektasi, Di Atas Ekspektasi" in str(error)
    assert "'Lumayan'" in str(error)


def test_unknown_parameter_lists_known_names_sorted():
    error = UnknownParameterError("parameter", "x", ["b", "a"])
    assert error.valid == ("a", "b")
    assert "known parameters: a, b" in str(error)


def test_rule_not_in_force_carries_dates():
    error = RuleNotInForceError(
        "predicate_matrix", date(2021, 5, 1), "not in force", in_force_from=date(2022, 1, 1)
    )
    assert error.on == date(2021, 5, 1)
    assert error.in_force_from == date(2022, 1, 1)
    assert "predicate_matrix" in str(error)


def test_validation_error_collects_problems_without_dumping_the_value():
    problems = [InvalidValueError("a", 1, "bad"), InvalidValueError("b", 2, "worse")]
    error = ValidationError("plan", object(), problems)
    assert error.problems == tuple(problems)
    assert str(error) == "plan: 2 problem(s): a: bad (got 1); b: worse (got 2)"


@pytest.mark.parametrize(
    "error",
    [
        InvalidValueError("months", 13, "must be from 1 to 12", reason_id="harus", code="x"),
        UnknownLabelError("predicate", "Istimewa", ["Baik", "Sangat Baik"]),
        ValidationError(
            "plan", None, [InvalidValueError("a", 1, "bad"), UnknownLabelError("b", "c", ["d"])]
        ),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_survive_pickling_with_every_attribute(error):
    """Regression: errors with their own signatures could not be unpickled (Dask workers)."""
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert again.message("id") == error.message("id")
    assert (again.field, again.value, again.code) == (error.field, error.value, error.code)
    assert vars(again).keys() == vars(error).keys()
