from decimal import Decimal, getcontext, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_core import InvalidValueError, KinerjaError, divide, round_half_up, to_decimal
from kinerja_core.exact import exact_product, exact_sum, strip_zeros
from kinerja_core.testing import strategies as kst


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3, Decimal(3)),
        ("87.5", Decimal("87.5")),
        ("  12.25 ", Decimal("12.25")),
        (Decimal("0.125"), Decimal("0.125")),
        ("-4", Decimal(-4)),
        ("1E+2", Decimal(100)),
    ],
)
def test_to_decimal_accepts_exact_inputs(value, expected):
    assert to_decimal(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        0.1,
        1.0,
        float("nan"),
        float("inf"),
        "NaN",
        "-Infinity",
        "inf",
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        True,
        None,
        "",
        "abc",
        "87,5",
        "1.234,5",
        [1],
        object(),
    ],
)
def test_to_decimal_rejects_inexact_or_non_numbers(value):
    with pytest.raises(InvalidValueError) as caught:
        to_decimal(value, field="capaian")
    assert caught.value.field == "capaian"
    assert "capaian" in str(caught.value)


def test_float_error_explains_what_to_pass():
    with pytest.raises(InvalidValueError, match="pass a str"):
        to_decimal(0.1)


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        ("2.5", 0, "3"),
        ("3.5", 0, "4"),
        ("-2.5", 0, "-3"),
        ("2.4999", 0, "2"),
        ("0.125", 2, "0.13"),
        ("28.125", 2, "28.13"),
        ("2.0833", 2, "2.08"),
        ("18.75", 2, "18.75"),
        ("107.142857", 2, "107.14"),
        (7, 2, "7.00"),
    ],
)
def test_round_half_up(value, places, expected):
    result = round_half_up(value, places)
    assert result == Decimal(expected)
    assert str(result) == expected


def test_round_half_up_ignores_the_callers_decimal_context():
    with localcontext() as context:
        context.prec = 3
        context.rounding = "ROUND_DOWN"
        assert round_half_up("28.125", 2) == Decimal("28.13")
        assert str(divide(1, 3)) == "0." + "3" * 28
    assert getcontext().prec == 28


@pytest.mark.parametrize("places", [-1, 1.5, "2", True])
def test_round_half_up_rejects_bad_places(places):
    with pytest.raises(InvalidValueError, match="places"):
        round_half_up("1.5", places)


def test_round_half_up_rejects_values_too_large_for_places():
    with pytest.raises(InvalidValueError, match="too large"):
        round_half_up("1E+30", 5)


def test_divide_refuses_zero_with_the_callers_field_name():
    with pytest.raises(InvalidValueError, match="target: must not be zero"):
        divide(5, 0, field="target")


@given(kst.decimals(min_value=-10000, max_value=10000, places=6), st.integers(0, 4))
def test_round_half_up_is_within_half_a_unit(value, places):
    rounded = round_half_up(value, places)
    unit = Decimal(1).scaleb(-places)
    assert abs(rounded - value) <= unit / 2
    assert rounded.as_tuple().exponent == -places
    assert round_half_up(rounded, places) == rounded


@given(kst.decimals(min_value=-10000, max_value=10000, places=6), st.integers(0, 4))
def test_round_half_up_rounds_exact_halves_away_from_zero(value, places):
    unit = Decimal(1).scaleb(-places)
    half = value.quantize(unit, rounding="ROUND_DOWN") + (unit / 2 if value >= 0 else -unit / 2)
    rounded = round_half_up(half, places)
    assert abs(rounded) > abs(half)


@given(kst.number_likes(min_value=-500, max_value=500))
def test_every_accepted_input_form_converts(value):
    result = to_decimal(value)
    assert isinstance(result, Decimal)
    assert result.is_finite()


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_floats_are_always_rejected_with_the_library_error(value):
    with pytest.raises(KinerjaError):
        to_decimal(value)


def test_regression_sums_that_feed_a_mean_are_not_rounded():
    # Summing two 28-digit quotients in a 28-digit context rounded the sum, so the mean of two
    # equal values came out below both. Sums and products are now exact.
    third = divide(176, 3)  # 58.66666666666666666666666667
    total = exact_sum([third, third])
    assert divide(total, 2) == third
    assert total == Decimal("117.33333333333333333333333334")
    assert exact_product(third, Decimal(3)) == Decimal("176.00000000000000000000000001")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("35.000", "35"), ("87.50", "87.5"), ("100", "100"), ("0.000", "0"), ("1E+2", "100")],
)
def test_strip_zeros_keeps_the_value_and_drops_trailing_zeros(value, expected):
    assert str(strip_zeros(Decimal(value))) == expected


@given(kst.decimals(min_value=-10000, max_value=10000, places=6))
def test_strip_zeros_never_changes_the_value(value):
    assert strip_zeros(value) == value
    assert "E" not in str(strip_zeros(value))
