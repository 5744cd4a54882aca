from decimal import Decimal, getcontext, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kinerja_core import InvalidValueError, KinerjaError, round_half_up, to_decimal
from kinerja_core.core import divide
from kinerja_core.core.numbers import exact_product, exact_sum, strip_zeros
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
        (Decimal("28.125"), 2, "28.13"),
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
        assert round_half_up(Decimal("28.125"), 2) == Decimal("28.13")
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


# --- exact rationals and published values (architecture issue, item 1) ---------------------

from fractions import Fraction  # noqa: E402

from kinerja_core.core.numbers import (  # noqa: E402
    MAX_DECIMAL_PLACES,
    MAX_INTEGER_DIGITS,
    Ratio,
    exact_number,
    publish,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(175, 2), "87.5"),
        (Decimal("9.5E+4"), "95000"),
        (Decimal("100.000"), "100"),
        (Fraction(2, 3), "0.6666666666666666666666666667"),
        (Fraction(200, 3), "66.66666666666666666666666667"),
        (Fraction(1, 8), "0.125"),
        (Fraction(-1, 3), "-0.3333333333333333333333333333"),
        (Fraction(10**25, 3), "3333333333333333333333333.3333333333"),
        (Fraction(1, 2**40), "9.094947017729282379150390625E-13"),
        (Ratio(300, 3), "100"),
        (7, "7"),
    ],
)
def test_publish_is_exact_when_finite_else_28_digits_half_up(value, expected):
    assert str(publish(value)) == expected


def test_publish_rounds_half_up_and_keeps_ten_places_for_large_values():
    # 1/6 = 0.1666…; the 28th significant digit is followed by 6s: rounds up.
    assert str(publish(Fraction(1, 6))) == "0.1666666666666666666666666667"
    # 22 digits before the point still keep 10 after it (32 significant digits).
    assert str(publish(Fraction(10**22, 7))).split(".")[1] == "5714285714"


@given(st.fractions(max_denominator=10**6))
def test_published_value_is_within_half_a_unit_of_the_last_place(value):
    published = publish(value)
    exponent = published.as_tuple().exponent
    assert abs(Fraction(published) - value) <= Fraction(1, 2) * Fraction(10) ** exponent
    assert "E" not in str(published) or abs(value) < Fraction(1, 10**6)


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=6, max_value=10**9, min_value=-(10**9)
    )
)
def test_a_finite_decimal_is_published_exactly(value):
    assert publish(value) == value
    assert "E" not in str(publish(value))


@given(
    st.fractions(max_denominator=1000),
    st.fractions(max_denominator=1000),
    st.fractions(max_denominator=1000),
)
def test_ratio_arithmetic_is_exact(a, b, c):
    ra, rb, rc = Ratio.of(a), Ratio.of(b), Ratio.of(c)
    assert (ra + rb * rc).fraction() == a + b * c
    assert (ra - rb).fraction() == a - b
    if c:
        assert (ra / rc).fraction() == a / c
    assert (ra < rb) == (a < b)
    assert (ra >= Decimal(1)) == (a >= 1)
    assert (ra == b) == (a == b)
    assert hash(ra) == hash(a)


def test_ratio_compares_with_ints_and_refuses_others():
    assert Ratio(1, 3) < 1
    assert Ratio(-3, -6) == Fraction(1, 2)
    assert not Ratio(0, 5)
    assert repr(Ratio(1, 3)) == "Ratio(1, 3)"
    with pytest.raises(TypeError):
        Ratio(1, 2) < "1"  # noqa: B015


@pytest.mark.parametrize(
    "text",
    [
        "1e999999",
        "1e-999999",
        "1" + "0" * MAX_INTEGER_DIGITS,
        "0." + "0" * MAX_DECIMAL_PLACES + "1",
    ],
)
def test_huge_or_tiny_exponents_are_refused_at_the_input(text):
    with pytest.raises(InvalidValueError) as caught:
        to_decimal(text, field="realisation")
    assert caught.value.field == "realisation"
    assert "digits" in caught.value.reason


def test_the_largest_and_finest_accepted_inputs():
    assert to_decimal("9" * MAX_INTEGER_DIGITS) == Decimal("9" * MAX_INTEGER_DIGITS)
    finest = "0." + "0" * (MAX_DECIMAL_PLACES - 1) + "1"
    assert to_decimal(finest) == Decimal(finest)
    assert to_decimal("0E-999999") == 0
    assert to_decimal("1.50000000000000000000000000000000000") == Decimal("1.5")


def test_regression_achievement_with_a_huge_exponent_is_a_kinerja_error():
    from kinerja_core import achievement  # noqa: PLC0415

    with pytest.raises(KinerjaError, match="realisation"):
        achievement(Decimal("0.5"), "1e999999")


def test_regression_achievement_is_published_in_plain_notation():
    from kinerja_core import achievement  # noqa: PLC0415

    assert str(achievement(Decimal("1.000"), 950)) == "95000"


def test_exact_number_keeps_fractions_and_converts_the_rest():
    assert exact_number(Fraction(1, 3)) == Fraction(1, 3)
    assert exact_number("2.5") == Decimal("2.5")
    with pytest.raises(InvalidValueError):
        exact_number(0.5, field="x")
