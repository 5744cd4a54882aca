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

**Strings are read one way only.** `to_decimal` reads `"87.5"` with a decimal point. A string that
an Indonesian reader would read differently — thousands grouped with `.`, as in `"1.000"` (one
thousand) or `"28.125"` — is refused with a `KinerjaError` (code `"ambiguous_number"`) rather
than silently read as 1 or 28.125; so is any string with a comma (code `"comma_in_number"`). Text
written the Indonesian way (`"1.000"`, `"87,5"`, `"1.234,56"`) or the English way (`"1,000.5"`) is
read deliberately with [`parse_number`][kinerja_core.parse_number]. `int` and `Decimal` arguments
are never affected.

**Inputs are bounded.** A number may have at most `MAX_INTEGER_DIGITS` digits before the point and
`MAX_DECIMAL_PLACES` after it: `"1e999999"` is refused at once with a `KinerjaError` instead of
costing time and memory (a denial-of-service route once documents arrive over the web).

Nothing depends on the caller's thread-local `decimal.getcontext()`.
"""

from __future__ import annotations

import re
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
from typing import Literal, TypeAlias, final

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
    "parse_number",
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


_ID_THOUSANDS = re.compile(r"[+-]?[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
"""Text that reads differently as Indonesian thousands grouping (`"1.000"`, `"-28.125"`)."""

_PARSE_NUMBER_HINT = 'kinerja_core.parse_number(text, lang="id")'


def _reject(field: str, value: object, reason: str, reason_id: str, code: str) -> InvalidValueError:
    return InvalidValueError(field, value, reason, reason_id=reason_id, code=code)


def to_decimal(value: object, *, field: str = "value") -> Decimal:
    """Convert an `int`, `str` or `Decimal` to a finite `Decimal`.

    Strings may carry surrounding white space and use `.` as the decimal separator. A string
    that an Indonesian reader would read differently is refused instead of being guessed: an
    optional sign, a first group of 1–3 digits not starting with 0, then one or more groups of
    `.` and exactly three digits (`"1.000"` is one thousand in Indonesian writing, `"28.125"`
    twenty-eight thousand one hundred twenty-five). Pass `Decimal("28.125")` or `"28125"`, or
    read such text with [`parse_number`][kinerja_core.parse_number]. Strings with a comma are
    refused too. Unambiguous strings (`"1000"`, `"87.5"`, `"0.125"`, `"12.50"`, `"1.0000"`)
    are read as written; `int` and `Decimal` arguments are never affected.

    Args:
        value: The number to convert.
        field: The name of the argument, used in the error message.

    Returns:
        The value as a finite `Decimal`.

    Raises:
        InvalidValueError: If `value` is a `float`, `bool`, NaN, an infinity, a string that is not
            a decimal number, is ambiguous (code `"ambiguous_number"`) or has a comma (code
            `"comma_in_number"`), a number beyond the input bounds, or any other type.

    Examples:
        >>> to_decimal("87.5")
        Decimal('87.5')
        >>> to_decimal(3)
        Decimal('3')
        >>> to_decimal("1.000")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        kinerja_core.core.errors.InvalidValueError: value: ambiguous: ...
    """
    if isinstance(value, bool):
        raise _reject(
            field, value, "a boolean is not a number", "boolean bukan angka", "not_a_number"
        )
    if isinstance(value, float):
        raise _reject(
            field,
            value,
            "float is not accepted because it is inexact; pass a str such as '87.5' or a Decimal",
            "float tidak diterima karena tidak eksak; berikan str seperti '87.5' atau Decimal",
            "float_not_accepted",
        )
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        result = _decimal_text(value, field)
    else:
        kind = type(value).__name__
        raise _reject(
            field,
            value,
            f"expected int, str or Decimal, not {kind}",
            f"harus int, str, atau Decimal, bukan {kind}",
            "not_a_number",
        )
    if not result.is_finite():
        raise _reject(
            field,
            value,
            "must be a finite number (not NaN or infinity)",
            "harus angka berhingga (bukan NaN atau tak hingga)",
            "not_a_number",
        )
    return _bounded(result, value, field)


def _decimal_text(value: str, field: str) -> Decimal:
    """A string read with a decimal point, refusing what reads differently in Indonesian."""
    text = value.strip()
    if "," in text:
        raise _reject(
            field,
            value,
            "use '.' as the decimal separator and no thousands separator, or read text "
            f"written with ',' with {_PARSE_NUMBER_HINT} (87,5; 1.234,56) or lang=\"en\" "
            "(1,000.5)",
            "gunakan '.' sebagai pemisah desimal tanpa pemisah ribuan, atau baca teks yang "
            f"memakai ',' dengan {_PARSE_NUMBER_HINT} (87,5; 1.234,56) atau lang=\"en\" "
            "(1,000.5)",
            "comma_in_number",
        )
    if text[-4:-3] == "." and _ID_THOUSANDS.fullmatch(text):  # cheap test first
        plain = text.replace(".", "").lstrip("+")
        pointed = strip_zeros(Decimal(text)) if text.count(".") == 1 else None
        if pointed is None:  # "1.000.000": no decimal reading at all
            en = f"it is not a decimal number, but in Indonesian writing it is {plain}"
            id_ = f"bukan angka desimal, tetapi dalam penulisan Indonesia nilainya {plain}"
            pass_en = f'pass "{plain}"'
            pass_id = f'berikan "{plain}"'
        else:
            shown = f"{pointed:f}"
            en = f"with a decimal point it is {shown}, but in Indonesian writing it is {plain}"
            id_ = f"dengan titik desimal nilainya {shown}, dalam penulisan Indonesia {plain}"
            pass_en = f'pass Decimal("{text}") for {shown}, "{plain}" for {plain}'
            pass_id = f'berikan Decimal("{text}") untuk {shown}, "{plain}" untuk {plain}'
        raise _reject(
            field,
            value,
            f"ambiguous: {en} ('.' groups thousands); {pass_en}, or read Indonesian text "
            f"with {_PARSE_NUMBER_HINT}",
            f"ambigu: {id_} (titik memisahkan ribuan); {pass_id}, atau baca teks berformat "
            f"Indonesia dengan {_PARSE_NUMBER_HINT}",
            "ambiguous_number",
        )
    try:
        return Decimal(text)
    except InvalidOperation:
        raise _reject(
            field, value, "not a decimal number", "bukan angka desimal", "not_a_number"
        ) from None


def _bounded(result: Decimal, value: object, field: str) -> Decimal:
    if not result:
        return result if result.as_tuple().exponent == 0 else Decimal(0)
    exponent = result.as_tuple().exponent
    if result.adjusted() >= MAX_INTEGER_DIGITS:
        raise _reject(
            field,
            value,
            f"too large: at most {MAX_INTEGER_DIGITS} digits before the point",
            f"terlalu besar: paling banyak {MAX_INTEGER_DIGITS} angka sebelum tanda desimal",
            "number_too_large",
        )
    if isinstance(exponent, int) and exponent < -MAX_DECIMAL_PLACES:
        trimmed = result.normalize(_UNBOUNDED)
        if trimmed.as_tuple().exponent < -MAX_DECIMAL_PLACES:  # type: ignore[operator]
            raise _reject(
                field,
                value,
                f"too precise: at most {MAX_DECIMAL_PLACES} digits after the point",
                f"terlalu teliti: paling banyak {MAX_DECIMAL_PLACES} angka sesudah tanda desimal",
                "number_too_precise",
            )
        return trimmed
    return result


_SEPARATORS: dict[str, tuple[str, str]] = {"id": (".", ","), "en": (",", ".")}
"""For each language: the thousands separator and the decimal separator."""


def _number_grammar(group: str, point: str) -> re.Pattern[str]:
    g, p = re.escape(group), re.escape(point)
    return re.compile(rf"([+-]?)([0-9]+|[1-9][0-9]{{0,2}}(?:{g}[0-9]{{3}})+)(?:{p}([0-9]+))?")


_GRAMMARS = {lang: _number_grammar(*separators) for lang, separators in _SEPARATORS.items()}

_LANGUAGE_NAMES = {"id": ("Indonesian", "Indonesia"), "en": ("English", "Inggris")}


def _writing(lang: str) -> tuple[str, str]:
    """How numbers are written in `lang`, in English and in Indonesian, for error messages."""
    group, point = _SEPARATORS[lang]
    big, decimals = f"1{group}000{group}000", f"1{group}234{point}56"
    english, indonesian = _LANGUAGE_NAMES[lang]
    return (
        f"{english} writing: digits, either together (1000) or grouped by thousands with "
        f"'{group}' (a first group of 1-3 digits not starting with 0, then groups of exactly "
        f"three: {big}), then optionally '{point}' and the decimals ({decimals})",
        f"penulisan {indonesian}: angka, disatukan (1000) atau dikelompokkan per ribuan dengan "
        f"'{group}' (kelompok pertama 1-3 angka yang tidak diawali 0, lalu kelompok tepat tiga "
        f"angka: {big}), lalu boleh '{point}' dan desimalnya ({decimals})",
    )


def parse_number(text: str, lang: Literal["id", "en"] = "id", *, field: str = "value") -> Decimal:
    """Read a number written the Indonesian (`lang="id"`) or English (`lang="en"`) way.

    The explicit reader for text from people and spreadsheets, where
    [`to_decimal`][kinerja_core.to_decimal] refuses what it would have to guess.

    | `lang` | thousands | decimals | examples |
    |---|---|---|---|
    | `"id"` | `.` | `,` | `"1.000"` = 1000, `"87,5"`, `"1.234,56"`, `"-12.500"` |
    | `"en"` | `,` | `.` | `"1,000"` = 1000, `"87.5"`, `"1,000.5"` |

    The number is an optional sign (`+` or `-`), then digits — either all together (`"1000"`) or
    grouped by thousands (a first group of 1–3 digits not starting with 0, then groups of
    exactly three) — then optionally the decimal separator and at least one digit. White space
    around the number is ignored (spreadsheet exports); nothing else is: no white space inside
    (`"1 000"`), no misplaced groups (`"1.00.000"`), no currency (`"Rp 1.000"`: remove `Rp`), no
    `%`, no exponent, no other digits than 0–9. The value is kept as written (`"87,50"` is
    `Decimal("87.50")`) and bounded like every input (`MAX_INTEGER_DIGITS`,
    `MAX_DECIMAL_PLACES`).

    Args:
        text: The text to read.
        lang: `"id"` (Indonesian writing, the default) or `"en"` (English writing).
        field: The name of the field the text came from, used in error messages.

    Returns:
        The number, exactly.

    Raises:
        InvalidValueError: If `text` is not a `str`, is empty, is not a well-formed number in
            the chosen writing (code `"not_a_number"`), or lies beyond the input bounds; or if
            `lang` is neither `"id"` nor `"en"`.

    Examples:
        >>> parse_number("1.000")
        Decimal('1000')
        >>> parse_number("87,5")
        Decimal('87.5')
        >>> parse_number("1.234,56")
        Decimal('1234.56')
        >>> parse_number("1,000.5", lang="en")
        Decimal('1000.5')
        >>> parse_number("Rp 1.000")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        kinerja_core.core.errors.InvalidValueError: value: currency is not accepted: ...
    """
    if lang != "id" and lang != "en":  # noqa: PLR1714 (no hashing of an arbitrary object)
        raise _reject(
            "lang",
            lang,
            "must be 'id' (Indonesian writing) or 'en' (English writing)",
            "harus 'id' (penulisan Indonesia) atau 'en' (penulisan Inggris)",
            "invalid_value",
        )
    stripped = _a_text(text, field).strip()
    found = _GRAMMARS[lang].fullmatch(stripped)
    if found is None:
        reason, reason_id = _malformed(stripped, lang)
        raise _reject(field, text, reason, reason_id, "not_a_number")
    sign, whole, decimals = found.groups()
    digits = whole.replace(_SEPARATORS[lang][0], "")
    number = Decimal(f"{sign}{digits}.{decimals}" if decimals else f"{sign}{digits}")
    return _bounded(number, text, field)


def _a_text(text: object, field: str) -> str:
    """`text` if it is a `str`, else a refusal naming `field`."""
    if not isinstance(text, str):
        kind = type(text).__name__
        raise _reject(
            field,
            text,
            f"must be a str (text to read), not {kind}; pass an int or a Decimal to the rules "
            "directly",
            f"harus str (teks yang dibaca), bukan {kind}; int atau Decimal dapat langsung "
            "diberikan ke aturan",
            "not_a_number",
        )
    return text


def _malformed(text: str, lang: str) -> tuple[str, str]:
    """Why `text` (stripped) is not a number in `lang`'s writing, in English and Indonesian."""
    if not text:
        return "empty: write a number", "kosong: tuliskan sebuah angka"
    if "rp" in text.casefold():
        return (
            "currency is not accepted: remove 'Rp' and write the amount alone (1000, not Rp 1000)",
            "mata uang tidak diterima: hapus 'Rp' dan tulis jumlahnya saja (1000, bukan Rp 1000)",
        )
    if "%" in text:
        return (
            "the percent sign is not accepted: write the number of percent alone (87, not 87 %)",
            "tanda persen tidak diterima: tulis angka persennya saja (87, bukan 87 %)",
        )
    if any(character.isspace() for character in text):
        return (
            "white space inside the number is not accepted (1000, not 1 000)",
            "spasi di dalam angka tidak diterima (1000, bukan 1 000)",
        )
    other = "en" if lang == "id" else "id"
    en, id_ = _writing(lang)
    if _GRAMMARS[other].fullmatch(text):
        english, indonesian = _LANGUAGE_NAMES[lang]
        other_english, other_indonesian = _LANGUAGE_NAMES[other]
        return (
            f'this is {other_english} writing, not {english}: use lang="{other}"; {en}',
            f'ini penulisan {other_indonesian}, bukan {indonesian}: gunakan lang="{other}"; {id_}',
        )
    return f"not a number in {en}", f"bukan angka dalam {id_}"


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
        >>> round_half_up(Decimal("28.125"), 2)
        Decimal('28.13')
        >>> round_half_up(Fraction(5, 2))
        Decimal('3')
    """
    if isinstance(places, bool) or not isinstance(places, int) or not 0 <= places <= _MAX_PLACES:
        raise InvalidValueError(
            "places",
            places,
            f"must be a whole number from 0 to {_MAX_PLACES}",
            reason_id=f"harus bilangan bulat dari 0 sampai dengan {_MAX_PLACES}",
            code="out_of_range",
        )
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
        raise InvalidValueError(
            field, denominator, "must not be zero", reason_id="tidak boleh nol", code="zero"
        )
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
        raise InvalidValueError(
            field, denominator, "must not be zero", reason_id="tidak boleh nol", code="zero"
        )
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
