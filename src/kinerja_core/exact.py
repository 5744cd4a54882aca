"""Exact numbers: conversion to `Decimal` and explicit half-up rounding.

Scores, percentages, angka kredit and rupiah amounts are `decimal.Decimal` everywhere in
kinerja-core. Inputs may be `int`, `str` or `Decimal`.

**Floats are rejected.** A binary float cannot hold most decimal fractions (`0.1` is really
`0.1000000000000000055…`), and a silent conversion is exactly how other implementations end up
rounding 28.125 to 28.12 or flipping a band at its edge. Pass `"87.5"` or `Decimal("87.5")`
instead; if a value really comes from a float source, convert it deliberately with
`Decimal(str(x))` at your boundary, where you can see what you are doing.

NaN and the infinities are rejected too, as are booleans (which Python treats as integers).

All arithmetic in the library runs in its own contexts, never in the caller's thread-local one, so
results do not depend on what a notebook did to `decimal.getcontext()`: quotients are rounded
once to 28 significant digits ([`DECIMAL_CONTEXT`][kinerja_core.exact.DECIMAL_CONTEXT]), and the
sums and products that feed a mean are exact (`exact_sum`, `exact_product`, in
[`EXACT_CONTEXT`][kinerja_core.exact.EXACT_CONTEXT]).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext
from typing import TypeAlias

from kinerja_core.errors import InvalidValueError

__all__ = [
    "DECIMAL_CONTEXT",
    "EXACT_CONTEXT",
    "NumberLike",
    "Percent",
    "Rupiah",
    "divide",
    "exact_arithmetic",
    "exact_product",
    "exact_sum",
    "round_half_up",
    "strip_zeros",
    "to_decimal",
]

NumberLike: TypeAlias = int | str | Decimal
"""What the library accepts wherever it expects a number (never `float`)."""

Percent: TypeAlias = Decimal
"""A percentage expressed in percent (`Decimal("87.5")` means 87.5 %)."""

Rupiah: TypeAlias = Decimal
"""An amount of money in rupiah."""

DECIMAL_CONTEXT = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999)
"""The context of the library's arithmetic: quotients keep 28 significant digits."""

EXACT_CONTEXT = Context(prec=200, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999)
"""The context of sums and products that must not round (see `exact_sum`, `exact_product`).

With 200 significant digits, sums and products of the library's values (28-digit quotients,
inputs of any realistic length) are exact, so a weighted mean of equal values is that value and
a mean never falls outside its inputs because an intermediate sum was rounded.
"""

_MAX_PLACES = DECIMAL_CONTEXT.prec


@contextmanager
def exact_arithmetic() -> Iterator[Context]:
    """Run a block of arithmetic in the library's own decimal context (`DECIMAL_CONTEXT`).

    Use `exact_sum` and `exact_product` where a sum or product of long values must not round
    before a later division (means, weighted means).

    Yields:
        The active context (a copy of `DECIMAL_CONTEXT`).
    """
    with localcontext(DECIMAL_CONTEXT) as context:
        yield context


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """The sum of `values`, without rounding (in `EXACT_CONTEXT`).

    Args:
        values: The numbers to add (already `Decimal`).

    Returns:
        The exact sum (`Decimal(0)` for no values).

    Examples:
        >>> third = divide(176, 3)
        >>> divide(exact_sum([third, third]), 2) == third
        True
    """
    total = Decimal(0)
    for value in values:
        total = EXACT_CONTEXT.add(total, value)
    return total


def strip_zeros(value: Decimal) -> Decimal:
    """The same number without trailing zeros after the point (`35.000` → `35`, `87.50` → `87.5`).

    Args:
        value: A finite number.

    Returns:
        An equal number whose string form has no trailing fractional zeros (never an exponent
        form for whole numbers).
    """
    if value == value.to_integral_value():
        return value.quantize(Decimal(1), context=EXACT_CONTEXT)
    return value.normalize(EXACT_CONTEXT)


def exact_product(left: Decimal, right: Decimal) -> Decimal:
    """The product of two numbers, without rounding (in `EXACT_CONTEXT`).

    Args:
        left: One factor.
        right: The other factor.

    Returns:
        The exact product.
    """
    return EXACT_CONTEXT.multiply(left, right)


def to_decimal(value: object, *, field: str = "value") -> Decimal:
    """Convert an `int`, `str` or `Decimal` to a finite `Decimal`.

    Strings may carry surrounding white space and use `.` as the decimal separator.

    Args:
        value: The number to convert.
        field: The name of the argument, used in the error message.

    Returns:
        The value as a finite `Decimal`.

    Raises:
        InvalidValueError: If `value` is a `float`, `bool`, NaN, an infinity, a string that is not
            a decimal number, or any other type.

    Examples:
        >>> to_decimal("87.5")
        Decimal('87.5')
        >>> to_decimal(3)
        Decimal('3')
    """
    if isinstance(value, bool):
        raise InvalidValueError(field, value, "a boolean is not a number")
    if isinstance(value, float):
        raise InvalidValueError(
            field,
            value,
            "float is not accepted because it is inexact; pass a str such as '87.5' or a Decimal",
        )
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        if "," in text:
            raise InvalidValueError(
                field, value, "use '.' as the decimal separator and no thousands separator"
            )
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise InvalidValueError(field, value, "not a decimal number") from None
    else:
        raise InvalidValueError(
            field, value, f"expected int, str or Decimal, not {type(value).__name__}"
        )
    if not result.is_finite():
        raise InvalidValueError(field, value, "must be a finite number (not NaN or infinity)")
    return result


def round_half_up(value: NumberLike, places: int = 0, *, field: str = "value") -> Decimal:
    """Round to `places` decimal places, halves away from zero (the schoolbook rule).

    Args:
        value: The number to round.
        places: How many digits to keep after the decimal point (0 to 28).
        field: The name of the argument, used in the error message.

    Returns:
        The rounded value, with exactly `places` digits after the point.

    Raises:
        InvalidValueError: If `value` is not an exact finite number or `places` is negative.

    Examples:
        >>> round_half_up("2.5")
        Decimal('3')
        >>> round_half_up("0.125", 2)
        Decimal('0.13')
        >>> round_half_up("28.125", 2)
        Decimal('28.13')
    """
    number = to_decimal(value, field=field)
    if isinstance(places, bool) or not isinstance(places, int) or not 0 <= places <= _MAX_PLACES:
        raise InvalidValueError("places", places, f"must be a whole number from 0 to {_MAX_PLACES}")
    try:
        exponent = Decimal(1).scaleb(-places, DECIMAL_CONTEXT)
        return number.quantize(exponent, rounding=ROUND_HALF_UP, context=DECIMAL_CONTEXT)
    except InvalidOperation:
        raise InvalidValueError(field, value, "too large to round to that many places") from None


def divide(
    numerator: NumberLike, denominator: NumberLike, *, field: str = "denominator"
) -> Decimal:
    """Divide exactly (to 28 significant digits) and refuse a zero denominator clearly.

    Args:
        numerator: The dividend.
        denominator: The divisor; must not be zero.
        field: The name of the divisor in the caller's terms, used in the error message.

    Returns:
        `numerator / denominator` in the library's decimal context.

    Raises:
        InvalidValueError: If the denominator is zero or either value is not an exact number.
    """
    top = to_decimal(numerator, field="numerator")
    bottom = to_decimal(denominator, field=field)
    if bottom == 0:
        raise InvalidValueError(field, denominator, "must not be zero")
    return DECIMAL_CONTEXT.divide(top, bottom)
