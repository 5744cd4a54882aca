"""Assertions that kill mutants of `core/numbers.py` (mutation testing).

Pins what the number tests leave open: each refusal's field (and its default), value and
reason, the input bounds on both sides, the exact rounding of `Fraction`s, the default of
`places`, `Ratio` arithmetic with plain integers, and published values whose finite expansion is
longer than 28 digits (exact whatever the caller's decimal context).
"""

from decimal import Decimal, localcontext
from fractions import Fraction

import pytest

from kinerja_core import InvalidValueError, round_half_up, to_decimal
from kinerja_core.core import (
    MAX_DECIMAL_PLACES,
    MAX_INTEGER_DIGITS,
    Ratio,
    divide,
    exact_number,
    publish,
    strip_zeros,
)


def payload(caught):
    return caught.value.field, caught.value.value, caught.value.reason


# --- to_decimal -----------------------------------------------------------------------------

COMMA = (
    "use '.' as the decimal separator and no thousands separator, or read text written with ','"
    ' with kinerja_core.parse_number(text, lang="id") (87,5; 1.234,56) or lang="en" (1,000.5)'
)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (True, "a boolean is not a number"),
        (
            1.5,
            "float is not accepted because it is inexact; pass a str such as '87.5' or a Decimal",
        ),
        ("1,5", COMMA),
        ("1.000,5", COMMA),
        ("abc", "not a decimal number"),
        (None, "expected int, str or Decimal, not NoneType"),
        ([1], "expected int, str or Decimal, not list"),
        ("NaN", "must be a finite number (not NaN or infinity)"),
        (Decimal("-Infinity"), "must be a finite number (not NaN or infinity)"),
        ("1" + "0" * MAX_INTEGER_DIGITS, "too large: at most 30 digits before the point"),
        (
            "0." + "0" * MAX_DECIMAL_PLACES + "1",
            "too precise: at most 100 digits after the point",
        ),
    ],
)
def test_each_refusal_names_the_default_field_the_value_and_why(value, reason):
    with pytest.raises(InvalidValueError) as caught:
        to_decimal(value)
    assert payload(caught) == ("value", value, reason)
    with pytest.raises(InvalidValueError) as caught:
        exact_number(value)
    assert payload(caught) == ("value", value, reason)
    with pytest.raises(InvalidValueError) as caught:
        exact_number(value, field="capaian")
    assert caught.value.field == "capaian"


@pytest.mark.parametrize(
    ("text", "shown"),
    [("0", "0"), ("0.00", "0"), ("0E+1", "0"), ("100", "100"), ("87.50", "87.50")],
)
def test_accepted_inputs_keep_their_digits_and_zero_is_plain(text, shown):
    assert str(to_decimal(text)) == shown


def test_inputs_at_the_decimal_place_bound():
    exactly = "1." + "0" * MAX_DECIMAL_PLACES  # 100 places: taken as it is
    assert str(to_decimal(exactly)) == exactly
    # 101 places of which the last is a trailing zero: trimmed to 100, not refused
    assert to_decimal("0." + "0" * 99 + "10") == Decimal("1E-100")
    # trimming keeps every digit: it must not round to the caller's 28 digits
    long = "0." + "1" * MAX_DECIMAL_PLACES
    assert to_decimal(long + "0") == Decimal(long)


# --- round_half_up --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Fraction(5, 2), 0, "3"),
        (Fraction(-5, 2), 0, "-3"),
        (Fraction(1, 2), 0, "1"),
        (Fraction(-1, 2), 0, "-1"),
        (Fraction(1, 3), 0, "0"),
        (Fraction(-2, 3), 0, "-1"),
        (Fraction(1, 8), 2, "0.13"),
        (Fraction(-1, 8), 2, "-0.13"),
        (Fraction(2, 3), 4, "0.6667"),
        (Fraction(1249, 100), 1, "12.5"),
        (Fraction(7), 2, "7.00"),
        (Fraction(10**27 + 1, 2), 0, "500000000000000000000000001"),
    ],
)
def test_fractions_round_exactly_half_away_from_zero(value, places, expected):
    assert str(round_half_up(value, places)) == expected


def test_places_default_to_zero():
    assert str(round_half_up("2.5")) == "3"
    assert str(round_half_up(Fraction(5, 2))) == "3"


def test_places_are_checked_at_both_ends():
    assert str(round_half_up("0.5", 28)) == "0." + "5" + "0" * 27
    assert str(round_half_up("1.5", 0)) == "2"
    with pytest.raises(InvalidValueError) as caught:
        round_half_up("0.5", 29)
    assert payload(caught) == ("places", 29, "must be a whole number from 0 to 28")


def test_round_half_up_names_its_field():
    with pytest.raises(InvalidValueError) as caught:
        round_half_up(2.5)
    assert caught.value.field == "value"
    with pytest.raises(InvalidValueError) as caught:
        round_half_up(2.5, field="nilai")
    assert caught.value.field == "nilai"


def test_regression_round_half_up_of_a_number_agrees_with_its_fraction_for_every_place():
    # A Decimal/str value was rounded in a 28-digit context, so round_half_up("87.5", 27) raised
    # "too large" though 27 places are allowed and the same Fraction rounded fine.
    for places in range(29):
        assert round_half_up("87.5", places) == round_half_up(Fraction(175, 2), places)
        assert round_half_up("-0.125", places) == round_half_up(Fraction(-1, 8), places)
    assert str(round_half_up("1e25", 5)) == "10000000000000000000000000.00000"


# --- divide ---------------------------------------------------------------------------------


def test_divide_names_numerator_and_denominator():
    with pytest.raises(InvalidValueError) as caught:
        divide("x", 2)
    assert payload(caught) == ("numerator", "x", "not a decimal number")
    with pytest.raises(InvalidValueError) as caught:
        divide(1, "y")
    assert payload(caught) == ("denominator", "y", "not a decimal number")
    with pytest.raises(InvalidValueError) as caught:
        divide(1, "0.0")
    assert payload(caught) == ("denominator", "0.0", "must not be zero")
    with pytest.raises(InvalidValueError) as caught:
        divide(1, "y", field="target")
    assert caught.value.field == "target"


# --- Ratio ----------------------------------------------------------------------------------


def test_ratio_arithmetic_with_plain_integers():
    third = Ratio(1, 3)
    assert Ratio(5) == 5
    assert Ratio.of(3) == 3
    assert Ratio.of(3).as_integer_ratio() == (3, 1)
    assert (third + 1).fraction() == Fraction(4, 3)
    assert (1 + third).fraction() == Fraction(4, 3)
    assert (third - 1).fraction() == Fraction(-2, 3)
    assert (1 - third).fraction() == Fraction(2, 3)
    assert (-third).fraction() == Fraction(-1, 3)
    assert (third * 3).fraction() == 1
    assert (3 * third).fraction() == 1
    assert (third * 2).as_integer_ratio() == (2, 3)
    assert (third / 2).fraction() == Fraction(1, 6)
    assert third.divided_by(2).as_integer_ratio() == (1, 6)


def test_ratio_comparisons_on_both_sides_of_equality():
    half = Ratio(1, 2)
    assert half <= Fraction(1, 2)
    assert half <= 1
    assert not half <= Decimal("0.4")
    assert not half > Fraction(1, 2)
    assert half > 0
    assert half >= Decimal("0.5")
    assert not half >= 1


def test_ratio_is_never_equal_to_a_bool_or_text():
    assert Ratio(1) != True  # noqa: E712
    assert Ratio(0) != False  # noqa: E712
    assert Ratio(1, 2) != "1/2"
    with pytest.raises(TypeError) as caught:
        Ratio(1, 2) < "1"  # noqa: B015
    assert caught.value.args == ("1",)


# --- publish and strip_zeros ----------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        Fraction(1, 2**100),
        Fraction(3**60, 2**30),
        Fraction(3**60, 5**30),
        Fraction(-(3**60), 10**30),
        Fraction(3**70, 5),
    ],
)
def test_a_long_finite_expansion_is_published_exactly_in_any_context(value):
    assert Fraction(publish(value)) == value
    with localcontext() as context:
        context.prec = 5
        assert Fraction(publish(value)) == value


def test_an_unreduced_ratio_publishes_like_its_fraction():
    big = 10**20 + 1
    assert publish(Ratio(2 * big, 6)) == publish(Fraction(big, 3))
    assert publish(Ratio(4 * big, 8)) == Decimal(big) / 2
    assert publish(Ratio(10 * big, 10)) == Decimal(big)


def test_strip_zeros_of_a_long_whole_number_ignores_the_callers_context():
    value = Decimal("1" * 40 + ".000")
    assert str(strip_zeros(value)) == "1" * 40


def test_fraction_rounding_ignores_the_callers_context():
    with localcontext() as context:
        context.prec = 3
        assert str(round_half_up(Fraction(28125, 1000), 2)) == "28.13"
        assert str(round_half_up(Fraction(3**40, 7), 2)) == "1736809351293846971.57"
