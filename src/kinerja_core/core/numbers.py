"""Exact numbers: conversion to `Decimal` and explicit half-up rounding.

Scores, percentages, angka kredit and rupiah amounts are `decimal.Decimal` everywhere in
kinerja-core. Inputs may be `int`, `str` or `Decimal`.

**Floats are rejected.** A binary float cannot hold most decimal fractions (`0.1` is really
`0.1000000000000000055…`), and a silent conversion is exactly how other implementations end up
rounding 28.125 to 28.12 or flipping a band at its edge. Pass `"87.5"` or `Decimal("87.5")`
instead; if a value really comes from a float source, convert it deliberately with
`Decimal(str(x))` at your boundary, where you can see what you are doing.

NaN and the infinities are rejected too, as are booleans (which Python treats as integers).

**Intermediate values are exact rationals.** The library computes with exact fractions
([`Ratio`][kinerja_core.core.Ratio] on its hot paths, `fractions.Fraction` where a result shows
its exact value), so a band, cap, rating or predikat decision never depends on a rounding that no
rule prescribes: two achievements of 66⅔ % and 133⅓ % weighted 50/50 make exactly 100 %.
Rounding happens only where a regulation or a documented policy parameter rounds
(`round_half_up`).

**Published numbers** are `Decimal` in plain notation ([`publish`][kinerja_core.core.publish]):
a value with a finite decimal expansion is published exactly (`87.5`, `95000`, never `9.5E+4`);
one without (2/3) is rounded half-up to 28 significant digits, never fewer than 10 decimal places.

**Inputs are bounded.** A number may have at most `MAX_INTEGER_DIGITS` digits before the point and
`MAX_DECIMAL_PLACES` after it: `"1e999999"` is refused at once with a `KinerjaError` instead of
costing time and memory (a denial-of-service route once documents arrive over the web).

Nothing depends on the caller's thread-local `decimal.getcontext()`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import (
    MAX_EMAX,
    MIN_EMIN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    Inexact,
    InvalidOperation,
    localcontext,
)
from fractions import Fraction
from math import gcd
from typing import TypeAlias, final

from kinerja_core.core.errors import InvalidValueError

__all__ = [
    "DECIMAL_CONTEXT",
    "EXACT_CONTEXT",
    "MAX_DECIMAL_PLACES",
    "MAX_INTEGER_DIGITS",
    "NumberLike",
    "Percent",
    "Ratio",
    "Rupiah",
    "divide",
    "exact_arithmetic",
    "exact_number",
    "exact_product",
    "exact_sum",
    "publish",
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
"""Deprecated: the library no longer rounds quotients in this context (intermediate values are
exact rationals, see `publish`). Kept for one release for callers that imported it."""

MAX_INTEGER_DIGITS = 30
"""The most digits an input number may have before the decimal point (below 10³⁰)."""

MAX_DECIMAL_PLACES = 100
"""The most digits an input number may have after the decimal point (trailing zeros aside)."""

PUBLISHED_DIGITS = 28
"""Significant digits of a published value that has no finite decimal expansion."""

PUBLISHED_MIN_PLACES = 10
"""The fewest decimal places of a published value that has no finite decimal expansion."""

_UNBOUNDED = Context(prec=10**9, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[Inexact, InvalidOperation])
_LIMIT = 10**MAX_INTEGER_DIGITS

EXACT_CONTEXT = Context(prec=200, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999)
"""The context of sums and products that must not round (see `exact_sum`, `exact_product`).

With 200 significant digits, sums and products of the library's values (28-digit quotients,
inputs of any realistic length) are exact, so a weighted mean of equal values is that value and
a mean never falls outside its inputs because an intermediate sum was rounded.
"""

_MAX_PLACES = PUBLISHED_DIGITS  # round_half_up keeps at most 28 places


@contextmanager
def exact_arithmetic() -> Iterator[Context]:
    """Deprecated with `DECIMAL_CONTEXT`: run a block of arithmetic in that 28-digit context.

    The library no longer uses it: its intermediate values are exact rationals (`Ratio`).

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
    return _bounded(result, value, field)


def _bounded(result: Decimal, value: object, field: str) -> Decimal:
    if not result:
        return result if result.as_tuple().exponent == 0 else Decimal(0)
    exponent = result.as_tuple().exponent
    if result.adjusted() >= MAX_INTEGER_DIGITS:
        raise InvalidValueError(
            field, value, f"too large: at most {MAX_INTEGER_DIGITS} digits before the point"
        )
    if isinstance(exponent, int) and exponent < -MAX_DECIMAL_PLACES:
        trimmed = result.normalize(_UNBOUNDED)
        if trimmed.as_tuple().exponent < -MAX_DECIMAL_PLACES:  # type: ignore[operator]
            raise InvalidValueError(
                field, value, f"too precise: at most {MAX_DECIMAL_PLACES} digits after the point"
            )
        return trimmed
    return result


def exact_number(value: object, *, field: str = "value") -> Decimal | Fraction:
    """An exact number: a `Fraction` as it is, anything else through `to_decimal`.

    Args:
        value: An `int`, `str`, `Decimal` or `Fraction`.
        field: The name of the argument, used in the error message.

    Returns:
        The value as a `Decimal`, or the `Fraction` itself.

    Raises:
        InvalidValueError: See `to_decimal`.
    """
    if isinstance(value, Fraction):
        return value
    return to_decimal(value, field=field)


def round_half_up(
    value: NumberLike | Fraction, places: int = 0, *, field: str = "value"
) -> Decimal:
    """Round to `places` decimal places, halves away from zero (the schoolbook rule).

    An exact `Fraction` is rounded exactly (never through an intermediate rounding).

    Args:
        value: The number to round (`int`, `str`, `Decimal` or an exact `Fraction`).
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
        >>> round_half_up(Fraction(5, 2))
        Decimal('3')
    """
    if isinstance(places, bool) or not isinstance(places, int) or not 0 <= places <= _MAX_PLACES:
        raise InvalidValueError("places", places, f"must be a whole number from 0 to {_MAX_PLACES}")
    if isinstance(value, Fraction):
        scaled = abs(value) * 10**places
        whole = int(scaled + Fraction(1, 2))  # halves away from zero, exactly
        digits = -whole if value < 0 else whole
        return Decimal(digits).scaleb(-places, _UNBOUNDED)
    number = to_decimal(value, field=field)
    # exact: enough digits for the integer part and the places (inputs are bounded, so small)
    digits = max(number.adjusted() + 2, 2) + places  # one more for a carry (9.5 → 10)
    context = Context(prec=digits, rounding=ROUND_HALF_UP, Emin=MIN_EMIN, Emax=MAX_EMAX)
    return number.quantize(Decimal(1).scaleb(-places), context=context)


def divide(
    numerator: NumberLike, denominator: NumberLike, *, field: str = "denominator"
) -> Decimal:
    """Divide exactly, publish the quotient (see `publish`), and refuse a zero denominator clearly.

    Args:
        numerator: The dividend.
        denominator: The divisor; must not be zero.
        field: The name of the divisor in the caller's terms, used in the error message.

    Returns:
        The quotient: exact when it has a finite decimal expansion, else rounded half-up to 28
        significant digits.

    Raises:
        InvalidValueError: If the denominator is zero or either value is not an exact number.

    Examples:
        >>> divide(1, 3)
        Decimal('0.3333333333333333333333333333')
        >>> divide(1, 2**40)
        Decimal('9.094947017729282379150390625E-13')
    """
    top = to_decimal(numerator, field="numerator")
    bottom = to_decimal(denominator, field=field)
    if bottom == 0:
        raise InvalidValueError(field, denominator, "must not be zero")
    return Ratio.of(top).divided_by(Ratio.of(bottom)).published()


def divide_28(
    numerator: Decimal, denominator: Decimal | int, *, field: str = "denominator"
) -> Decimal:
    """The quotient rounded to 28 significant digits (half-even): the 0.1 behaviour of `divide`.

    Only the legacy regimes still use it for their intermediate values, until they compute
    with exact rationals like the rest of the library.

    Args:
        numerator: The dividend (already a finite `Decimal`).
        denominator: The divisor.
        field: The name of the divisor, used in the error message.

    Returns:
        The rounded quotient.

    Raises:
        InvalidValueError: If the denominator is zero.
    """
    if denominator == 0:
        raise InvalidValueError(field, denominator, "must not be zero")
    return DECIMAL_CONTEXT.divide(numerator, denominator)


@final
class Ratio:
    """An exact rational number `n / d` (`d > 0`), the library's fast intermediate value.

    `fractions.Fraction` is exact too but normalises (a `gcd`) on every operation; on the hot
    paths of a national run (4.3 million employees) that costs more than the rule itself. A
    `Ratio` keeps plain integers, reduces only when published, and compares exactly with `int`,
    `Decimal`, `Fraction` and other ratios. It is internal: results expose `Fraction` (`.exact`)
    and `Decimal` (published values).

    Examples:
        >>> third = Ratio(1, 3)
        >>> third + third + third == 1
        True
        >>> (Ratio.of(Decimal("200")) / 3).published()
        Decimal('66.66666666666666666666666667')
    """

    __slots__ = ("d", "n")

    n: int
    d: int

    def __init__(self, n: int, d: int = 1) -> None:
        if d < 0:
            n, d = -n, -d
        self.n = n
        self.d = d

    @staticmethod
    def of(value: Ratio | Decimal | int | Fraction) -> Ratio:
        """The exact ratio of a `Decimal`, `int`, `Fraction` or `Ratio`."""
        if isinstance(value, Ratio):
            return value
        if isinstance(value, int):
            return Ratio(value)
        n, d = value.as_integer_ratio()
        return Ratio(n, d)

    def __add__(self, other: Ratio | int) -> Ratio:
        o = other if isinstance(other, Ratio) else Ratio(other)
        if self.d == o.d:
            return Ratio(self.n + o.n, self.d)
        return Ratio(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, other: Ratio | int) -> Ratio:
        o = other if isinstance(other, Ratio) else Ratio(other)
        return self + Ratio(-o.n, o.d)

    def __rsub__(self, other: int) -> Ratio:
        return Ratio(other) - self

    def __bool__(self) -> bool:
        return self.n != 0

    def __neg__(self) -> Ratio:
        return Ratio(-self.n, self.d)

    def __mul__(self, other: Ratio | int) -> Ratio:
        if isinstance(other, Ratio):
            return Ratio(self.n * other.n, self.d * other.d)
        return Ratio(self.n * other, self.d)

    __rmul__ = __mul__

    def divided_by(self, other: Ratio | int) -> Ratio:
        """`self / other`; the caller has refused a zero divisor with a named error."""
        o = other if isinstance(other, Ratio) else Ratio(other)
        return Ratio(self.n * o.d, self.d * o.n)

    __truediv__ = divided_by

    def _cmp(self, other: object) -> int:
        if isinstance(other, Ratio):
            left, right = self.n * other.d, other.n * self.d
        elif isinstance(other, int):
            left, right = self.n, other * self.d
        elif isinstance(other, Decimal | Fraction):
            on, od = other.as_integer_ratio()
            left, right = self.n * od, on * self.d
        else:
            raise TypeError(other)
        return (left > right) - (left < right)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Ratio | int | Decimal | Fraction) and not isinstance(other, bool):
            return self._cmp(other) == 0
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.fraction())

    def __lt__(self, other: Ratio | int | Decimal | Fraction) -> bool:
        return self._cmp(other) < 0

    def __le__(self, other: Ratio | int | Decimal | Fraction) -> bool:
        return self._cmp(other) <= 0

    def __gt__(self, other: Ratio | int | Decimal | Fraction) -> bool:
        return self._cmp(other) > 0

    def __ge__(self, other: Ratio | int | Decimal | Fraction) -> bool:
        return self._cmp(other) >= 0

    def __repr__(self) -> str:
        return f"Ratio({self.n}, {self.d})"

    def reduced(self) -> Ratio:
        """The same value in lowest terms (smaller integers: less memory, faster arithmetic)."""
        common = gcd(self.n, self.d)
        return self if common == 1 else Ratio(self.n // common, self.d // common)

    def as_integer_ratio(self) -> tuple[int, int]:
        """The numerator and (positive) denominator, not reduced."""
        return self.n, self.d

    def fraction(self) -> Fraction:
        """The value as a (normalised) `fractions.Fraction`."""
        return Fraction(self.n, self.d)

    def published(self) -> Decimal:
        """The value as a published `Decimal` (see `publish`)."""
        return publish(self)


def publish(value: Ratio | Fraction | Decimal | int) -> Decimal:
    """The `Decimal` a result shows for an exact value, in plain notation.

    A value with a finite decimal expansion is published exactly, without trailing zeros
    (`Fraction(175, 2)` → `87.5`, `Decimal("9.5E+4")` → `95000`). A value without one (2/3) is
    rounded half-up to `PUBLISHED_DIGITS` (28) significant digits, and never to fewer than
    `PUBLISHED_MIN_PLACES` (10) decimal places; its exact value stays available as a `Fraction`
    on the result that published it.

    Args:
        value: An exact value.

    Returns:
        The published value.

    Examples:
        >>> publish(Fraction(2, 3))
        Decimal('0.6666666666666666666666666667')
        >>> publish(Decimal("9.5E+4"))
        Decimal('95000')
        >>> publish(Ratio(300, 3))
        Decimal('100')
    """
    n, d = value.as_integer_ratio()
    common = gcd(n, d)
    if common > 1:
        n, d = n // common, d // common
    twos = (d & -d).bit_length() - 1
    rest = d >> twos
    fives = 0
    while rest % 5 == 0:
        rest //= 5
        fives += 1
    if rest == 1:  # a finite decimal expansion: exact
        places = max(twos, fives)
        digits = n * 10**places // d
        while places and digits % 10 == 0:
            digits //= 10
            places -= 1
        return Decimal(digits).scaleb(-places, _UNBOUNDED) if places else Decimal(digits)
    whole = abs(n) // d
    precision = max(PUBLISHED_DIGITS, (len(str(whole)) if whole else 0) + PUBLISHED_MIN_PLACES)
    context = Context(prec=precision, rounding=ROUND_HALF_UP, Emin=MIN_EMIN, Emax=MAX_EMAX)
    return strip_zeros(context.divide(Decimal(n), Decimal(d)))
