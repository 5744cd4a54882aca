"""One table core: band tables and lookup matrices, typed, validated, exact and explainable.

Most rules in the regulations are tables. Two shapes cover them:

- a [`BandTable`][kinerja_core.core.BandTable] maps a number to a value through ordered bands
  ([`Band`][kinerja_core.core.Band]) with explicitly inclusive or exclusive edges: work-result bands
  (`x < 100`, `100 ≤ x < 101`, `x ≥ 101`), SAKIP grades (lower edges *exclusive*:
  `90 < x ≤ 100` is AA), PP 94/2021 absence days, TPP lateness minutes;
- a [`LookupMatrix`][kinerja_core.core.LookupMatrix] maps a combination of enum members to a value:
  the 3×3 predikat matrix, the 9-box, a per-predikat percentage (one axis).

Both are checked once, when they are built: a band table has no gap and no overlap, so it is
*total* over its domain ([`Interval`][kinerja_core.core.Interval]), and it is monotone where it says
so; a matrix has exactly one value for every combination of its axes. A table is the value of a
parameter like any other, so it is dated and cited by its [`Version`][kinerja_core.Version]
([`band_table_check`][kinerja_core.core.band_table_check] and
[`matrix_check`][kinerja_core.core.matrix_check] make the `check` of its
[`ParameterSpec`][kinerja_core.core.ParameterSpec]), and it explains itself: `why(...)` says which
row or cell applied, in Indonesian and English.

**Exact comparisons.** Edges are `Decimal`s. A looked-up number may be an `int`, a `Decimal` or a
`fractions.Fraction`; Python compares all three exactly. A `float` (or a `bool`) is refused,
never compared: `0.1` is not one tenth.

**Speed.** Look-ups sit on hot paths, so a table precomputes its edges and finds a band by
bisection: about 0.3-0.4 µs for an `int` or a `Decimal` (2-3 µs for a `Fraction`, whose
comparisons run in Python); a matrix look-up is one dict access.

This module sits at the bottom of the import graph: it uses only the errors, exact numbers,
explanations and small helpers, never parameters or a rule module.
"""

from __future__ import annotations

import enum
from bisect import bisect_left
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise, product
from typing import Any, Generic, Literal, Protocol, TypeAlias, TypeVar, cast, runtime_checkable

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._validators import a_bool, as_tuple, enum_repr
from kinerja_core.core.errors import InvalidValueError, KinerjaError
from kinerja_core.core.explain import Lang, Text, check_lang, plain, render_value
from kinerja_core.core.numbers import EXACT_CONTEXT, Ratio, to_decimal

__all__ = [
    "Band",
    "BandTable",
    "Exact",
    "Interval",
    "LookupMatrix",
    "Monotone",
    "Ranked",
    "TableBacked",
    "band_table_check",
    "comparable_number",
    "matrix_check",
    "rank_of",
    "tables_of",
]

V = TypeVar("V")

Exact: TypeAlias = int | Decimal | Fraction | Ratio
"""A number a table can compare exactly: an `int`, a finite `Decimal`, a `Fraction` (or the
library's internal `Ratio`)."""

Monotone: TypeAlias = Literal["increasing", "decreasing"]
"""A declared direction: the values never fall (`"increasing"`) or never rise as `x` rises."""

_MONOTONE: tuple[Monotone, ...] = ("increasing", "decreasing")


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------


def comparable_number(value: object, *, field: str) -> Exact:
    """Check a number to be compared with band edges.

    Args:
        value: The number.
        field: The name of the argument, used in the error message.

    Returns:
        The number as a plain `int`, `Decimal` or `Fraction` (subclasses are converted).

    Raises:
        InvalidValueError: If `value` is a `float`, a `bool`, a NaN or infinite `Decimal`, or not
            a number at all (text is refused too: convert it with `to_decimal` first).

    Examples:
        >>> comparable_number(Decimal("87.5"), field="x")
        Decimal('87.5')
    """
    if isinstance(value, bool):
        raise InvalidValueError(
            field,
            value,
            "a boolean is not a number",
            reason_id="nilai benar/salah bukan angka",
            code="wrong_type",
        )
    if isinstance(value, float):
        raise InvalidValueError(
            field,
            value,
            "float is not accepted because it is inexact; pass an int, a Decimal or a Fraction",
            reason_id="float tidak diterima karena tidak eksak; berikan int, Decimal atau Fraction",
            code="wrong_type",
        )
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidValueError(
                field,
                value,
                "must be a finite number (not NaN or infinity)",
                reason_id="harus angka terhingga (bukan NaN atau tak hingga)",
                code="out_of_range",
            )
        return Decimal(value) if type(value) is not Decimal else value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, Fraction):
        return Fraction(value)
    raise InvalidValueError(
        field,
        value,
        f"expected int, Decimal or Fraction, not {type(value).__name__}",
        reason_id=f"harus berupa int, Decimal atau Fraction, bukan {type(value).__name__}",
        code="wrong_type",
    )


def _number_text(value: Exact, lang: Lang) -> str:
    """A number as text; Indonesian text uses a decimal comma (`87,5`)."""
    if isinstance(value, Fraction):
        denominator = value.denominator
        while denominator % 2 == 0:
            denominator //= 2
        while denominator % 5 == 0:
            denominator //= 5
        if denominator != 1:
            return f"{value.numerator}/{value.denominator}"
        value = EXACT_CONTEXT.divide(Decimal(value.numerator), Decimal(value.denominator))
    text = format(value, "f") if isinstance(value, Decimal) else str(value)
    return text.replace(".", ",") if lang == "id" else text


def _value_text(value: object, lang: Lang) -> str:
    if isinstance(value, int | Decimal | Fraction) and not isinstance(value, bool):
        return _number_text(value, lang)
    return render_value(value, lang)


def _value_repr(value: object) -> str:
    return enum_repr(value) if isinstance(value, enum.Enum) else repr(value)


# --------------------------------------------------------------------------------------------
# Intervals and bands
# --------------------------------------------------------------------------------------------


def _lower(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="lower")


def _upper(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="upper")


def _closed_if_bounded(instance: Interval | Band[Any]) -> bool:
    return instance.lower is not None


def _check_edges(
    lower: Decimal | None, upper: Decimal | None, lower_closed: bool, upper_closed: bool
) -> None:
    if lower is None and lower_closed:
        raise InvalidValueError(
            "lower_closed",
            True,
            "an unbounded lower edge cannot be included",
            reason_id="batas bawah yang terbuka tak hingga tidak dapat disertakan",
            code="open_edge",
        )
    if upper is None and upper_closed:
        raise InvalidValueError(
            "upper_closed",
            True,
            "an unbounded upper edge cannot be included",
            reason_id="batas atas yang terbuka tak hingga tidak dapat disertakan",
            code="open_edge",
        )
    if lower is not None and upper is not None:
        if upper < lower:
            raise InvalidValueError(
                "upper",
                upper,
                f"must not be below lower ({lower})",
                reason_id=f"tidak boleh di bawah batas bawah ({_number_text(lower, 'id')})",
                code="out_of_order",
            )
        if upper == lower and not (lower_closed and upper_closed):
            raise InvalidValueError(
                "upper",
                upper,
                "an interval whose edges are equal must include both (or is empty)",
                reason_id="selang yang kedua batasnya sama harus menyertakan keduanya "
                "(jika tidak, selang itu kosong)",
                code="empty",
            )


def _contains(
    lower: Decimal | None, upper: Decimal | None, lower_closed: bool, upper_closed: bool, x: Exact
) -> bool:
    if lower is not None and (x < lower if lower_closed else x <= lower):
        return False
    return upper is None or (x <= upper if upper_closed else x < upper)


def _describe(
    lower: Decimal | None,
    upper: Decimal | None,
    lower_closed: bool,
    upper_closed: bool,
    lang: Lang,
) -> str:
    checked = check_lang(lang)
    low = None if lower is None else _number_text(lower, checked)
    high = None if upper is None else _number_text(upper, checked)
    if low is not None and high is not None:
        if lower == upper:
            return f"x = {low}"
        return f"{low} {'≤' if lower_closed else '<'} x {'≤' if upper_closed else '<'} {high}"
    if low is not None:
        return f"x {'≥' if lower_closed else '>'} {low}"
    if high is not None:
        return f"x {'≤' if upper_closed else '<'} {high}"
    return "semua x" if checked == "id" else "any x"


def _edges_dict(
    lower: Decimal | None, upper: Decimal | None, lower_closed: bool, upper_closed: bool
) -> dict[str, Any]:
    return {
        "lower": None if lower is None else str(lower),
        "upper": None if upper is None else str(upper),
        "lower_closed": lower_closed,
        "upper_closed": upper_closed,
    }


@attrs.frozen
class Interval:
    """A range of numbers with explicitly inclusive or exclusive edges; the domain of a table.

    Attributes:
        lower: The lower edge, or `None` for no lower edge.
        upper: The upper edge, or `None` for no upper edge.
        lower_closed: Whether `lower` itself belongs to the interval (default: yes when there is
            a lower edge; an unbounded edge cannot be included).
        upper_closed: Whether `upper` itself belongs to the interval (default: no).

    Examples:
        >>> scale = Interval(0, 120, upper_closed=True)
        >>> str(scale), scale.contains(120), scale.contains(Decimal("120.01"))
        ('0 ≤ x ≤ 120', True, False)
        >>> Interval(90, 100, lower_closed=False, upper_closed=True).describe("id")
        '90 < x ≤ 100'
    """

    lower: Decimal | None = attrs.field(converter=_lower)
    upper: Decimal | None = attrs.field(converter=_upper)
    lower_closed: bool = attrs.field(
        default=attrs.Factory(_closed_if_bounded, takes_self=True), validator=a_bool
    )
    upper_closed: bool = attrs.field(default=False, validator=a_bool)

    def __attrs_post_init__(self) -> None:
        _check_edges(self.lower, self.upper, self.lower_closed, self.upper_closed)

    def contains(self, x: object) -> bool:
        """Whether a number lies in the interval.

        Args:
            x: An `int`, `Decimal` or `Fraction`.

        Returns:
            `True` if `x` lies inside, edges included or excluded as stated.

        Raises:
            InvalidValueError: If `x` is not an exact finite number.
        """
        number = comparable_number(x, field="x")
        return _contains(self.lower, self.upper, self.lower_closed, self.upper_closed, number)

    def describe(self, lang: Lang) -> str:
        """The interval as a formula: `80 ≤ x < 100`, `90 < x ≤ 100`, `x ≥ 101`, `x = 5`.

        Args:
            lang: `"id"` (numbers with a decimal comma) or `"en"`.

        Returns:
            The text.
        """
        return _describe(self.lower, self.upper, self.lower_closed, self.upper_closed, lang)

    def label(self, lang: Lang) -> str:
        """The interval as text (as `describe`); explanations render an interval with it.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The text.
        """
        return self.describe(lang)

    def __str__(self) -> str:
        return self.describe("en")

    def to_dict(self) -> dict[str, Any]:
        """The interval as plain data: edges as decimal strings (or `None`), closedness as bools."""
        return _edges_dict(self.lower, self.upper, self.lower_closed, self.upper_closed)

    @classmethod
    def from_dict(cls, data: object) -> Interval:
        """Rebuild an interval from `to_dict()` data.

        Args:
            data: A mapping with `lower`, `upper`, `lower_closed` and `upper_closed`.

        Returns:
            The interval.

        Raises:
            InvalidValueError: If the data is malformed.
        """
        lower, upper, lower_closed, upper_closed = _edges_from(data, "domain")
        return cls(lower, upper, cast(bool, lower_closed), cast(bool, upper_closed))


def _edges_from(data: object, field: str) -> tuple[object, object, object, object]:
    names = ("lower", "upper", "lower_closed", "upper_closed")
    if not isinstance(data, Mapping) or any(name not in data for name in names):
        listed = ", ".join(names)
        raise InvalidValueError(
            field,
            data,
            "must be a mapping with " + listed,
            reason_id="harus berupa pemetaan dengan " + listed,
            code="wrong_type",
        )
    return data["lower"], data["upper"], data["lower_closed"], data["upper_closed"]


@attrs.frozen
class Band(Generic[V]):
    """One row of a band table: the value given to every number in an interval.

    Attributes:
        value: The value of the row (a rating, a grade, a percentage...).
        lower: The lower edge, or `None` for no lower edge.
        upper: The upper edge, or `None` for no upper edge.
        lower_closed: Whether `lower` itself belongs to the band (default: yes when there is a
            lower edge; an unbounded edge cannot be included).
        upper_closed: Whether `upper` itself belongs to the band (default: no).

    Examples:
        >>> band = Band("A", 80, 90, lower_closed=False, upper_closed=True)
        >>> band.describe("en"), band.contains(80), band.contains(90)
        ('80 < x ≤ 90', False, True)
        >>> Band("Di Atas", lower=101).describe("id")
        'x ≥ 101'
    """

    value: V = attrs.field(repr=_value_repr)
    lower: Decimal | None = attrs.field(default=None, converter=_lower)
    upper: Decimal | None = attrs.field(default=None, converter=_upper)
    lower_closed: bool = attrs.field(
        default=attrs.Factory(_closed_if_bounded, takes_self=True), validator=a_bool
    )
    upper_closed: bool = attrs.field(default=False, validator=a_bool)
    _interval: Interval = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        interval = Interval(self.lower, self.upper, self.lower_closed, self.upper_closed)
        object.__setattr__(self, "_interval", interval)

    @property
    def interval(self) -> Interval:
        """The band's edges without its value (explanations show the row used with it)."""
        return self._interval

    def contains(self, x: object) -> bool:
        """Whether a number lies in the band.

        Args:
            x: An `int`, `Decimal` or `Fraction`.

        Returns:
            `True` if `x` lies inside, edges included or excluded as stated.

        Raises:
            InvalidValueError: If `x` is not an exact finite number.
        """
        return self._interval.contains(x)

    def describe(self, lang: Lang) -> str:
        """The band's edges as a formula: `80 ≤ x < 100`, `90 < x ≤ 100`, `x ≥ 101`.

        Args:
            lang: `"id"` (numbers with a decimal comma) or `"en"`.

        Returns:
            The text (without the value; see `label`).
        """
        return self._interval.describe(lang)

    def label(self, lang: Lang) -> str:
        """The row as text, edges and value: `80 ≤ x < 100 → Cukup`.

        Explanations render a band used as a parameter value with this text.

        Args:
            lang: `"id"` or `"en"` (the value's own label in that language, when it has one).

        Returns:
            The text.
        """
        return f"{self.describe(lang)} → {_value_text(self.value, lang)}"

    def why(self, x: Exact, *, field: str = "x") -> Text:
        """Why `x` gets this band's value, in Indonesian and English.

        Args:
            x: An `int`, `Decimal` or `Fraction` inside the band.
            field: The name of the caller's argument, used in error messages.

        Returns:
            E.g. `Text("87,5 berada pada rentang 80 ≤ x < 100 → Cukup",
            "87.5 lies in 80 ≤ x < 100 → Cukup")`.

        Raises:
            InvalidValueError: If `x` is not an exact number or lies outside the band.
        """
        number = comparable_number(x, field=field)
        if not _contains(self.lower, self.upper, self.lower_closed, self.upper_closed, number):
            raise InvalidValueError(
                field,
                x,
                f"does not lie in the band {self.describe('en')}",
                reason_id=f"tidak berada pada rentang {self.describe('id')}",
                code="out_of_range",
            )
        return Text(
            f"{_number_text(number, 'id')} berada pada rentang {self.label('id')}",
            f"{_number_text(number, 'en')} lies in {self.label('en')}",
        )

    def __str__(self) -> str:
        return self.label("en")

    def to_dict(self) -> dict[str, Any]:
        """The band as plain data.

        Returns:
            The value (enums as their `.value`), edges as decimal strings (or `None`),
            closedness as bools.
        """
        return {
            "value": plain(self.value),
            **_edges_dict(self.lower, self.upper, self.lower_closed, self.upper_closed),
        }


# --------------------------------------------------------------------------------------------
# Ranks (for declared monotonicity)
# --------------------------------------------------------------------------------------------


@runtime_checkable
class Ranked(Protocol):
    """A value with an order, like the library's ratings, predicates and categories."""

    @property
    def rank(self) -> int:
        """The value's position in its order (higher is better)."""
        ...  # pragma: no cover


def rank_of(value: object) -> Exact:
    """The position of a value in its order, for checking a monotone table.

    Args:
        value: A value with a `rank` (e.g. a `Rating`) or a number.

    Returns:
        Its rank, or the number itself.

    Raises:
        InvalidValueError: If the value has no rank and is not an exact number.
    """
    if isinstance(value, Ranked):
        return value.rank
    if isinstance(value, int | Decimal | Fraction) and not isinstance(value, bool):
        return value
    raise InvalidValueError(
        "monotone",
        value,
        "a monotone table needs values that have a rank (like Rating) or are numbers",
        reason_id="tabel monoton memerlukan nilai yang berperingkat (seperti Rating) atau angka",
        code="wrong_type",
    )


# --------------------------------------------------------------------------------------------
# Band tables
# --------------------------------------------------------------------------------------------


def _bands(value: object) -> tuple[Band[Any], ...]:
    bands = as_tuple(value, field="bands")
    if not bands:
        raise InvalidValueError(
            "bands",
            value,
            "needs at least one band",
            reason_id="memerlukan sedikitnya satu rentang",
            code="empty",
        )
    for index, band in enumerate(bands):
        if not isinstance(band, Band):
            raise InvalidValueError(
                f"bands[{index}]",
                band,
                "must be a Band",
                reason_id="harus berupa Band",
                code="wrong_type",
            )
    for below, above in pairwise(bands):
        problem = _meeting(below, above)
        if problem is not None:
            raise InvalidValueError(
                "bands",
                f"{below.describe('en')}; {above.describe('en')}",
                f"{problem}: consecutive bands must be in ascending order and meet at one edge "
                "that exactly one of them includes (no gap, no overlap)",
                reason_id=f"{_MEETING_ID[problem]}: rentang yang berurutan harus naik dan bertemu "
                "pada satu batas yang disertakan oleh tepat satu di antaranya (tanpa celah, tanpa "
                "tumpang tindih)",
                code=problem.replace(" ", "_"),
            )
    return bands


def _span(instance: BandTable[Any]) -> Interval:
    first, last = instance.bands[0], instance.bands[-1]
    return Interval(first.lower, last.upper, first.lower_closed, last.upper_closed)


def _check_monotone(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and value not in _MONOTONE:
        raise InvalidValueError(
            "monotone",
            value,
            "must be None, 'increasing' or 'decreasing'",
            reason_id="harus None, 'increasing' (naik) atau 'decreasing' (turun)",
            code="not_a_member",
        )


def _check_domain(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Interval):
        raise InvalidValueError(
            "domain",
            value,
            "must be an Interval",
            reason_id="harus berupa Interval",
            code="wrong_type",
        )


# The Indonesian words for what `_meeting` finds.
_MEETING_ID = {"out of order": "urutan terbalik", "overlap": "tumpang tindih", "gap": "celah"}


def _meeting(below: Band[Any], above: Band[Any]) -> str | None:
    """What is wrong where two consecutive bands meet: a gap, an overlap, or nothing."""
    if below.upper is None or above.lower is None or above.lower < below.upper:
        if above.lower is not None and below.lower is not None and above.lower < below.lower:
            return "out of order"
        return "overlap"
    if above.lower > below.upper:
        return "gap"
    if below.upper_closed and above.lower_closed:
        return "overlap"
    if not (below.upper_closed or above.lower_closed):
        return "gap"
    return None


def _probe(bands: Sequence[Band[Any]], x: Fraction) -> int:
    for index, band in enumerate(bands):
        if _contains(band.lower, band.upper, band.lower_closed, band.upper_closed, x):
            return index
    return -1


@attrs.frozen
class BandTable(Generic[V]):
    """Ordered bands that give every number of a domain exactly one value.

    Built once and checked: the bands are in ascending order and each one starts exactly where
    the previous one ends, with the shared edge included in exactly one of them (no gap, no
    overlap), so the table is total over its domain. If `monotone` is declared, the values
    (by their `rank`, or as numbers) never fall (`"increasing"`) or never rise
    (`"decreasing"`) as `x` rises.

    Attributes:
        bands: The rows, in ascending order of their edges.
        domain: The numbers the table covers; by default the span of the bands. When given,
            the bands must cover exactly this interval.
        monotone: The declared direction of the values, or `None`.

    Examples:
        >>> table = BandTable.from_lower_edges([(None, "Kurang"), (80, "Cukup"), (100, "Baik")])
        >>> table.lookup(Decimal("87.5")), table.lookup(100), table.lookup(79)
        ('Cukup', 'Baik', 'Kurang')
        >>> print(table.why(Decimal("87.5"))("id"))
        87,5 berada pada rentang 80 ≤ x < 100 → Cukup
    """

    bands: tuple[Band[V], ...] = attrs.field(converter=_bands)
    domain: Interval = attrs.field(
        default=attrs.Factory(_span, takes_self=True), validator=_check_domain
    )
    monotone: Monotone | None = attrs.field(default=None, validator=_check_monotone)
    _values: tuple[V, ...] = attrs.field(init=False, repr=False, eq=False)
    _points: tuple[Decimal, ...] = attrs.field(init=False, repr=False, eq=False)
    _int_points: tuple[int, ...] | None = attrs.field(init=False, repr=False, eq=False)
    _fraction_points: tuple[Fraction, ...] = attrs.field(init=False, repr=False, eq=False)
    _at: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)
    _between: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        span = _span(self)
        if self.domain != span:
            raise InvalidValueError(
                "domain",
                str(self.domain),
                f"the bands must cover exactly the domain, but they cover {span}",
                reason_id="rentang-rentang harus mencakup tepat daerah asal, tetapi yang "
                f"tercakup {span.describe('id')}",
                code="inconsistent",
            )
        if self.monotone is not None:
            self._verify_monotone()
        self._precompute()

    def _verify_monotone(self) -> None:
        falling = self.monotone == "decreasing"
        for below, above in pairwise(self.bands):
            low, high = rank_of(below.value), rank_of(above.value)
            if (high > low) if falling else (high < low):
                raise InvalidValueError(
                    "bands",
                    f"{below.label('en')}; {above.label('en')}",
                    f"the values must be {self.monotone} in x (monotone={self.monotone!r})",
                    reason_id=f"nilainya harus {'turun' if falling else 'naik'} seiring x "
                    f"(monotone={self.monotone!r})",
                    code="out_of_order",
                )

    def _precompute(self) -> None:
        found: set[Decimal] = set()
        for band in self.bands:
            found.update(edge for edge in (band.lower, band.upper) if edge is not None)
        points = tuple(sorted(found))
        fractions = tuple(Fraction(point) for point in points)
        at = tuple(_probe(self.bands, point) for point in fractions)
        probes = [*fractions[:1], *fractions[-1:]]
        if probes:
            outside = (probes[0] - 1, *((a + b) / 2 for a, b in pairwise(fractions)), probes[1] + 1)
        else:
            outside = (Fraction(0),)
        between = tuple(_probe(self.bands, x) for x in outside)
        whole = all(point == point.to_integral_value() for point in points)
        setattr_ = object.__setattr__
        setattr_(self, "_values", tuple(band.value for band in self.bands))
        setattr_(self, "_points", points)
        setattr_(self, "_int_points", tuple(int(p) for p in points) if whole else None)
        setattr_(self, "_fraction_points", fractions)
        setattr_(self, "_at", at)
        setattr_(self, "_between", between)

    @classmethod
    def from_lower_edges(
        cls,
        rows: Iterable[tuple[object, V]],
        *,
        upper: object = None,
        closed: Literal["lower", "upper"] = "lower",
        lower_closed: bool = True,
        upper_closed: bool = True,
        monotone: Monotone | None = None,
    ) -> BandTable[V]:
        """A table written as its lower edges, the way regulations print most tables.

        Each row `(edge, value)` starts a band that runs to the next row's edge (the last one
        to `upper`). `closed` says which band an inner edge belongs to: `"lower"` (the band
        that starts there: `80 ≤ x < 100`) or `"upper"` (the band that ends there, as in SAKIP
        grades: `80 < x ≤ 90`).

        Args:
            rows: `(lower edge, value)` pairs in ascending order; the first edge may be `None`
                (no lower edge).
            upper: The upper edge of the last band, or `None` (no upper edge).
            closed: Which side of each inner edge is inclusive.
            lower_closed: Whether the first band includes its lower edge (if it has one).
            upper_closed: Whether the last band includes `upper` (if given).
            monotone: The declared direction of the values, if any.

        Returns:
            The table.

        Raises:
            InvalidValueError: If a row is not a pair, an inner edge is `None`, the edges do not
                increase, or `closed` is not `"lower"` or `"upper"`.

        Examples:
            >>> sakip = BandTable.from_lower_edges(
            ...     [(0, "D"), (30, "C"), (50, "CC"), (60, "B"), (70, "BB"), (80, "A"), (90, "AA")],
            ...     upper=100,
            ...     closed="upper",
            ... )
            >>> sakip.lookup(90), sakip.lookup(Decimal("90.01")), sakip.lookup(0)
            ('A', 'AA', 'D')
        """
        if closed not in ("lower", "upper"):
            raise InvalidValueError(
                "closed",
                closed,
                "must be 'lower' or 'upper'",
                reason_id="harus 'lower' (batas bawah) atau 'upper' (batas atas)",
                code="not_a_member",
            )
        items = as_tuple(rows, field="rows")
        if not items:
            raise InvalidValueError(
                "rows",
                rows,
                "needs at least one (lower edge, value) row",
                reason_id="memerlukan sedikitnya satu baris (batas bawah, nilai)",
                code="empty",
            )
        for index, row in enumerate(items):
            if not (isinstance(row, tuple) and len(row) == 2):
                raise InvalidValueError(
                    f"rows[{index}]",
                    row,
                    "must be a (lower edge, value) pair",
                    reason_id="harus berupa pasangan (batas bawah, nilai)",
                    code="wrong_type",
                )
            if index > 0 and row[0] is None:
                raise InvalidValueError(
                    f"rows[{index}]",
                    row,
                    "only the first row may have no lower edge (None)",
                    reason_id="hanya baris pertama yang boleh tanpa batas bawah (None)",
                    code="open_edge",
                )
        inner_lower = closed == "lower"
        bands: list[Band[V]] = []
        for index, (edge, value) in enumerate(items):
            first, last = index == 0, index == len(items) - 1
            top = upper if last else items[index + 1][0]
            bands.append(
                Band(
                    value,
                    edge,
                    top,
                    lower_closed=(lower_closed if first else inner_lower) and edge is not None,
                    upper_closed=(upper_closed if last else not inner_lower) and top is not None,
                )
            )
        return cls(tuple(bands), monotone=monotone)

    def __len__(self) -> int:
        return len(self.bands)

    def __iter__(self) -> Iterator[Band[V]]:
        return iter(self.bands)

    @property
    def edges(self) -> tuple[Decimal, ...]:
        """Every distinct edge of the table, ascending (inner edges and bounded domain ends)."""
        return self._points

    def _index(self, value: object, field: str) -> int:
        x: Any = value
        kind = type(x)
        points: Sequence[Any]
        if kind is Decimal:
            if not x.is_finite():
                comparable_number(x, field=field)
            points = self._points
        elif kind is int:
            whole = self._int_points
            if whole is None:
                x, points = Decimal(x), self._points
            else:
                points = whole
        elif kind is Fraction or kind is Ratio:
            points = self._fraction_points  # a Ratio compares exactly with fractions
        else:
            x = comparable_number(x, field=field)
            return self._index(x, field)
        i = bisect_left(points, x)
        k = self._at[i] if i < len(points) and points[i] == x else self._between[i]
        if k < 0:
            raise InvalidValueError(
                field,
                x,
                f"no band of the table contains this number; the table covers {self.domain}",
                reason_id="tidak ada rentang pada tabel yang memuat angka ini; tabel mencakup "
                f"{self.domain.describe('id')}",
                code="out_of_range",
            )
        return k

    def lookup(self, x: Exact, *, field: str = "x") -> V:
        """The value of the band that contains `x`.

        Args:
            x: An `int`, `Decimal` or `Fraction` (compared exactly).
            field: The name of the caller's argument, used in error messages.

        Returns:
            The value.

        Raises:
            InvalidValueError: If `x` is not an exact finite number (a `float`, a `bool`, NaN,
                text...) or lies outside the domain; the error names `field`, the value and
                the domain.
        """
        return self._values[self._index(x, field)]

    def band_for(self, x: Exact, *, field: str = "x") -> Band[V]:
        """The band that contains `x`.

        Args:
            x: An `int`, `Decimal` or `Fraction` (compared exactly).
            field: The name of the caller's argument, used in error messages.

        Returns:
            The band.

        Raises:
            InvalidValueError: As `lookup`.
        """
        return self.bands[self._index(x, field)]

    def why(self, x: Exact, *, field: str = "x") -> Text:
        """Which row gives `x` its value, in Indonesian and English.

        Args:
            x: An `int`, `Decimal` or `Fraction`.
            field: The name of the caller's argument, used in error messages.

        Returns:
            E.g. `Text("87,5 berada pada rentang 80 ≤ x < 100 → Cukup",
            "87.5 lies in 80 ≤ x < 100 → Cukup")`.

        Raises:
            InvalidValueError: As `lookup`.
        """
        return self.band_for(x, field=field).why(x, field=field)

    def describe(self, lang: Lang) -> str:
        """Every row as text, separated by semicolons (`x < 100 → …; 100 ≤ x < 101 → …`).

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The text.
        """
        return "; ".join(band.label(lang) for band in self.bands)

    def to_dict(self) -> dict[str, Any]:
        """The table as plain data.

        Returns:
            `{"bands": [...], "domain": {...}, "monotone": ...}`: each band's value (enums as
            their `.value`), edges as decimal strings or `None`, closedness as bools.
        """
        return {
            "bands": [band.to_dict() for band in self.bands],
            "domain": self.domain.to_dict(),
            "monotone": self.monotone,
        }

    @classmethod
    def from_dict(cls, data: object, value: Callable[[Any], V]) -> BandTable[V]:
        """Rebuild a table from `to_dict()` data.

        Args:
            data: The plain data.
            value: Turns a plain value back into a row value, e.g. `Rating` (an enum is called
                with its `.value`), `Decimal` or `int`.

        Returns:
            The table (checked like any other).

        Raises:
            InvalidValueError: If the data is malformed or a value is not accepted by `value`.
        """
        if not isinstance(data, Mapping) or not {"bands", "domain", "monotone"} <= set(data):
            raise InvalidValueError(
                "data",
                data,
                "must be a mapping with bands, domain, monotone",
                reason_id="harus berupa pemetaan dengan bands, domain, monotone",
                code="wrong_type",
            )
        bands: list[Band[V]] = []
        for index, row in enumerate(as_tuple(data["bands"], field="bands")):
            lower, upper, lower_closed, upper_closed = _edges_from(row, f"bands[{index}]")
            if "value" not in row:
                raise InvalidValueError(
                    f"bands[{index}]",
                    row,
                    "needs a value",
                    reason_id="nilainya belum diisi",
                    code="missing",
                )
            try:
                converted = value(row["value"])
            except KinerjaError:
                raise
            except (TypeError, ValueError, ArithmeticError) as error:
                raise InvalidValueError(
                    f"bands[{index}].value",
                    row["value"],
                    f"not accepted ({error})",
                    reason_id=f"tidak diterima ({error})",
                ) from error
            bands.append(
                Band(converted, lower, upper, cast(bool, lower_closed), cast(bool, upper_closed))
            )
        domain = Interval.from_dict(data["domain"])
        return cls(tuple(bands), domain=domain, monotone=data["monotone"])


# --------------------------------------------------------------------------------------------
# Lookup matrices
# --------------------------------------------------------------------------------------------


def _axes(value: object) -> tuple[type[enum.Enum], ...]:
    axes = (value,) if isinstance(value, type) else as_tuple(value, field="axes")
    if not axes:
        raise InvalidValueError(
            "axes",
            value,
            "needs at least one axis",
            reason_id="memerlukan sedikitnya satu sumbu",
            code="empty",
        )
    for axis in axes:
        if not (isinstance(axis, type) and issubclass(axis, enum.Enum) and len(axis) > 0):
            raise InvalidValueError(
                "axes",
                axis,
                "each axis must be an Enum class with members",
                reason_id="setiap sumbu harus berupa kelas Enum yang beranggota",
                code="wrong_type",
            )
    return axes


def _shape(axes: Sequence[type[enum.Enum]]) -> str:
    names = [axis.__name__ for axis in axes]
    if len(names) == 1:
        return f"{names[0]} members"
    return f"({', '.join(names)}) {'pairs' if len(names) == 2 else 'tuples'}"


def _shape_id(axes: Sequence[type[enum.Enum]]) -> str:
    """`_shape` in Indonesian: `anggota Rating`, `pasangan (Rating, Rating)`."""
    names = [axis.__name__ for axis in axes]
    if len(names) == 1:
        return f"anggota {names[0]}"
    return f"{'pasangan' if len(names) == 2 else 'tupel'} ({', '.join(names)})"


def _parts(key: Hashable, size: int) -> tuple[Any, ...]:
    return cast(tuple[Any, ...], key) if size > 1 else (key,)


def _well_formed(key: object, axes: Sequence[type[enum.Enum]]) -> bool:
    parts = key if len(axes) > 1 else (key,)
    return (
        isinstance(parts, tuple)
        and len(parts) == len(axes)
        and all(type(part) is axis for part, axis in zip(parts, axes, strict=True))
    )


class LookupMatrix(Mapping[Hashable, V]):
    """A value for every combination of members of one or more enums: a total lookup table.

    A mapping from keys to values: with one axis the key is a member (a per-predikat
    percentage), with several it is a tuple of members, one per axis (the 3×3 predikat matrix,
    the 9-box). Built once and checked: every combination has a value and there is no other
    key. Look up with `lookup(*members)`, which names the wrong argument if a key is not a
    member; `matrix[key]` works like any mapping.

    Two matrices, or a matrix and a plain mapping, are equal when they hold the same cells.

    Args:
        axes: The enum of each axis (one enum class, or a sequence of them).
        cells: The value of every combination: a mapping from keys to values.
        value_type: If given, every value must be an instance of it; `Decimal` values are
            converted with `to_decimal` (so `80`, `"80"` and `Decimal("80")` are accepted).
        field: The name used in error messages (e.g. the parameter's name).

    Raises:
        InvalidValueError: If an axis is not an enum, `cells` is not a mapping, a combination
            is missing, a key is not a combination of members, or a value has the wrong type.

    Examples:
        >>> class Level(enum.Enum):
        ...     LOW = "rendah"
        ...     HIGH = "tinggi"
        >>> grid = LookupMatrix(
        ...     (Level, Level),
        ...     {(a, b): f"{a.name}/{b.name}" for a in Level for b in Level},
        ... )
        >>> grid.lookup(Level.HIGH, Level.LOW), len(grid)
        ('HIGH/LOW', 4)
        >>> print(grid.why(Level.HIGH, Level.LOW)("id"))
        sel tinggi × rendah → HIGH/LOW
    """

    __slots__ = ("_axes", "_data", "_hash", "_strict")

    def __init__(
        self,
        axes: type[enum.Enum] | Sequence[type[enum.Enum]],
        cells: Mapping[Any, V],
        *,
        value_type: type[V] | None = None,
        field: str = "cells",
    ) -> None:
        checked_axes = _axes(axes)
        shape = _shape(checked_axes)
        if not isinstance(cells, Mapping):
            raise InvalidValueError(
                field,
                cells,
                f"must be a mapping of {shape} to values",
                reason_id=f"harus berupa pemetaan {_shape_id(checked_axes)} ke nilai",
                code="wrong_type",
            )
        size = len(checked_axes)
        keys = [
            combination if size > 1 else combination[0] for combination in product(*checked_axes)
        ]
        extra = [key for key in cells if not _well_formed(key, checked_axes)]
        if extra:
            raise InvalidValueError(
                field,
                extra,
                f"keys must be {shape}",
                reason_id=f"kuncinya harus {_shape_id(checked_axes)}",
                code="unknown_key",
            )
        missing = [key for key in keys if key not in cells]
        if missing:
            listed = "; ".join(_key_text(key, size, "id", " × ") for key in missing)
            raise InvalidValueError(
                field,
                listed,
                f"the table must have a value for all {len(keys)} {shape}",
                reason_id=f"tabel harus memuat nilai untuk semua {len(keys)} "
                f"{_shape_id(checked_axes)}",
                code="missing_entry",
            )
        data: dict[Hashable, V] = {}
        for key in keys:
            entry = cells[key]
            where = f"{field}[{_key_text(key, size, 'id', ', ')}]"
            if value_type is Decimal:
                entry = cast(V, to_decimal(entry, field=where))
            elif value_type is not None and not isinstance(entry, value_type):
                raise InvalidValueError(
                    where,
                    entry,
                    f"must be a {value_type.__name__}",
                    reason_id=f"harus berupa {value_type.__name__}",
                    code="wrong_type",
                )
            data[key] = entry
        self._axes = checked_axes
        self._data = data
        self._hash: int | None = None
        # Members of plain enums are equal only to themselves; members of enums that mix in
        # str or int are equal to their values, so their look-ups must also check the type.
        self._strict = any(not _plain_enum(axis) for axis in checked_axes)

    @property
    def axes(self) -> tuple[type[enum.Enum], ...]:
        """The enum of each axis."""
        return self._axes

    @property
    def cells(self) -> FrozenMap[Hashable, V]:
        """The cells, in the order of the axes' members (the first axis varies slowest)."""
        return FrozenMap(self._data)

    def lookup(self, *keys: enum.Enum, field: str = "key") -> V:
        """The value of one cell.

        Args:
            *keys: One member per axis, in the order of the axes.
            field: The name of the caller's argument, used in error messages (with the axis
                position, e.g. `key[1]`, when there are several axes).

        Returns:
            The value.

        Raises:
            InvalidValueError: If the number of keys is wrong or a key is not a member of its
                axis; the error lists the valid members.
        """
        try:
            value = self._data[keys if len(keys) > 1 else keys[0]]
        except (KeyError, TypeError, IndexError):
            raise self._bad_key(keys, field) from None
        if len(keys) != len(self._axes) or (self._strict and not self._typed(keys)):
            raise self._bad_key(keys, field)
        return value

    def _typed(self, keys: tuple[object, ...]) -> bool:
        return all(type(key) is axis for key, axis in zip(keys, self._axes, strict=True))

    def _bad_key(self, keys: tuple[object, ...], field: str) -> InvalidValueError:
        if len(keys) != len(self._axes):
            return InvalidValueError(
                field,
                keys,
                f"needs {len(self._axes)} key(s): {_shape(self._axes)}",
                reason_id=f"memerlukan {len(self._axes)} kunci: {_shape_id(self._axes)}",
                code="wrong_type",
            )
        for position, (key, axis) in enumerate(zip(keys, self._axes, strict=True)):
            name = field if len(self._axes) == 1 else f"{field}[{position}]"
            if type(key) is not axis:
                valid = ", ".join(f"{axis.__name__}.{member.name}" for member in axis)
                return InvalidValueError(
                    name,
                    key,
                    f"must be one of {valid}",
                    reason_id=f"harus salah satu dari {valid}",
                    code="not_a_member",
                )
        raise AssertionError("unreachable: every key is a member")  # pragma: no cover

    def why(self, *keys: enum.Enum, field: str = "key") -> Text:
        """Which cell gives these keys their value, in Indonesian and English.

        Args:
            *keys: One member per axis.
            field: The name of the caller's argument, used in error messages.

        Returns:
            E.g. `Text("sel Di Atas Ekspektasi × Sesuai Ekspektasi → Baik",
            "cell Above expectations × Meets expectations → Good")`.

        Raises:
            InvalidValueError: As `lookup`.
        """
        value = self.lookup(*keys, field=field)
        key = keys if len(keys) > 1 else keys[0]
        size = len(self._axes)
        return Text(
            f"sel {_key_text(key, size, 'id', ' × ')} → {_value_text(value, 'id')}",
            f"cell {_key_text(key, size, 'en', ' × ')} → {_value_text(value, 'en')}",
        )

    def __getitem__(self, key: Hashable) -> V:
        return self._data[key]

    def __contains__(self, key: object) -> bool:
        try:
            return key in self._data and _well_formed(key, self._axes)
        except TypeError:
            return False

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other)
        return NotImplemented

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __repr__(self) -> str:
        axes = ", ".join(axis.__name__ for axis in self._axes)
        size = len(self._axes)
        cells = ", ".join(
            f"{_key_repr(key, size)}: {_value_repr(value)}" for key, value in self._data.items()
        )
        return f"LookupMatrix(({axes}{',' if size == 1 else ''}), {{{cells}}})"

    def to_dict(self) -> dict[str, Any]:
        """The matrix as plain data.

        Returns:
            `{"axes": [enum names], "cells": [{"key": [member values], "value": ...}, ...]}`.
        """
        size = len(self._axes)
        return {
            "axes": [axis.__name__ for axis in self._axes],
            "cells": [
                {"key": [plain(part) for part in _parts(key, size)], "value": plain(value)}
                for key, value in self._data.items()
            ],
        }

    @classmethod
    def from_dict(
        cls,
        data: object,
        axes: type[enum.Enum] | Sequence[type[enum.Enum]],
        value: Callable[[Any], V],
    ) -> LookupMatrix[V]:
        """Rebuild a matrix from `to_dict()` data.

        Args:
            data: The plain data.
            axes: The enum of each axis (members are found by their `.value`).
            value: Turns a plain value back into a cell value, e.g. `Predicate` or `Decimal`.

        Returns:
            The matrix (checked like any other).

        Raises:
            InvalidValueError: If the data is malformed, names other axes, or a key or value
                is not accepted.
        """
        checked = _axes(axes)
        if not isinstance(data, Mapping) or not {"axes", "cells"} <= set(data):
            raise InvalidValueError(
                "data",
                data,
                "must be a mapping with axes and cells",
                reason_id="harus berupa pemetaan dengan axes dan cells",
                code="wrong_type",
            )
        names = [axis.__name__ for axis in checked]
        if list(as_tuple(data["axes"], field="axes")) != names:
            raise InvalidValueError(
                "axes",
                data["axes"],
                f"must be {names}",
                reason_id=f"harus {names}",
                code="inconsistent",
            )
        cells: dict[Hashable, V] = {}
        for index, cell in enumerate(as_tuple(data["cells"], field="cells")):
            where = f"cells[{index}]"
            if not isinstance(cell, Mapping) or not {"key", "value"} <= set(cell):
                raise InvalidValueError(
                    where,
                    cell,
                    "must be a mapping with key and value",
                    reason_id="harus berupa pemetaan dengan key dan value",
                    code="wrong_type",
                )
            parts = as_tuple(cell["key"], field=f"{where}.key")
            if len(parts) != len(checked):
                raise InvalidValueError(
                    f"{where}.key",
                    cell["key"],
                    f"needs {len(checked)} parts",
                    reason_id=f"memerlukan {len(checked)} bagian",
                    code="wrong_type",
                )
            try:
                members = tuple(axis(part) for axis, part in zip(checked, parts, strict=True))
                converted = value(cell["value"])
            except KinerjaError:
                raise
            except (TypeError, ValueError, ArithmeticError) as error:
                raise InvalidValueError(
                    where, cell, f"not accepted ({error})", reason_id=f"tidak diterima ({error})"
                ) from error
            cells[members if len(members) > 1 else members[0]] = converted
        return cls(checked, cells)


def _plain_enum(axis: type[enum.Enum]) -> bool:
    return not issubclass(axis, int | str | float | bytes)


def _key_text(key: Hashable, size: int, lang: Lang, separator: str) -> str:
    return separator.join(_value_text(part, lang) for part in _parts(key, size))


def _key_repr(key: Hashable, size: int) -> str:
    parts = [_value_repr(part) for part in _parts(key, size)]
    return parts[0] if size == 1 else f"({', '.join(parts)})"


# --------------------------------------------------------------------------------------------
# Tables as parameters
# --------------------------------------------------------------------------------------------


@runtime_checkable
class TableBacked(Protocol):
    """A parameter value kept in a regulation's own form that looks up through tables.

    E.g. PP 46/2011's printed category bands, whose look-up table depends on the boundary rule.
    """

    def tables(self) -> tuple[BandTable[Any] | LookupMatrix[Any], ...]:
        """The tables the value looks up through."""
        ...  # pragma: no cover


def tables_of(value: object) -> tuple[BandTable[Any] | LookupMatrix[Any], ...]:
    """The tables inside a parameter value (for audits and tests).

    Args:
        value: Any parameter value.

    Returns:
        `(value,)` for a table, the tables of a `TableBacked` value, else `()`.
    """
    if isinstance(value, BandTable | LookupMatrix):
        return (value,)
    if isinstance(value, TableBacked):
        return value.tables()
    return ()


def band_table_check(
    name: str,
    value_type: type[V],
    *,
    domain: Interval | None = None,
    monotone: Monotone | None = None,
    adapt: Callable[[object], object] | None = None,
) -> Callable[[object], BandTable[V]]:
    """The `check` of a `ParameterSpec` whose value is a band table.

    Args:
        name: The parameter's name (used in error messages).
        value_type: The type every row's value must have.
        domain: If given, the table must cover exactly this interval.
        monotone: If given, the table's values must run in this direction; the checked table
            declares it.
        adapt: Converts other accepted forms (e.g. a small value object that builds the table)
            before the check.

    Returns:
        A function that returns the checked table or raises `InvalidValueError`.

    Examples:
        >>> check = band_table_check("grades", str, domain=Interval(0, 100, upper_closed=True))
        >>> check(BandTable.from_lower_edges([(0, "low"), (50, "high")], upper=100)).monotone
        >>> short = BandTable.from_lower_edges([(0, "low"), (50, "high")], upper=90)
        >>> check(short)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        kinerja_core.core.errors.InvalidValueError: grades: must cover exactly 0 ≤ x ≤ 100 (got ...)
    """

    def check(value: object) -> BandTable[V]:
        candidate = adapt(value) if adapt is not None else value
        if not isinstance(candidate, BandTable):
            raise InvalidValueError(
                name,
                value,
                f"must be a BandTable of {value_type.__name__}",
                reason_id=f"harus berupa BandTable berisi {value_type.__name__}",
                code="wrong_type",
            )
        for index, band in enumerate(candidate.bands):
            if not isinstance(band.value, value_type):
                raise InvalidValueError(
                    f"{name}[{index}]",
                    band.value,
                    f"must be a {value_type.__name__}",
                    reason_id=f"harus berupa {value_type.__name__}",
                    code="wrong_type",
                )
        if domain is not None and candidate.domain != domain:
            raise InvalidValueError(
                name,
                str(candidate.domain),
                f"must cover exactly {domain}",
                reason_id=f"harus mencakup tepat {domain.describe('id')}",
                code="inconsistent",
            )
        if monotone is not None and candidate.monotone != monotone:
            candidate = attrs.evolve(candidate, monotone=monotone)
        return cast(BandTable[V], candidate)

    return check


def matrix_check(
    name: str,
    axes: type[enum.Enum] | Sequence[type[enum.Enum]],
    value_type: type[V],
) -> Callable[[object], LookupMatrix[V]]:
    """The `check` of a `ParameterSpec` whose value is a lookup matrix.

    A plain mapping (e.g. an override written as a dict) is converted to a `LookupMatrix`.

    Args:
        name: The parameter's name (used in error messages).
        axes: The enum of each axis.
        value_type: The type of every cell (`Decimal` cells are converted with `to_decimal`).

    Returns:
        A function that returns the checked matrix or raises `InvalidValueError`.
    """
    checked_axes = _axes(axes)

    def check(value: object) -> LookupMatrix[V]:
        if isinstance(value, LookupMatrix) and value.axes != checked_axes:
            raise InvalidValueError(
                name,
                [axis.__name__ for axis in value.axes],
                f"must be a matrix of {_shape(checked_axes)}",
                reason_id=f"harus berupa matriks {_shape_id(checked_axes)}",
                code="inconsistent",
            )
        return LookupMatrix(
            checked_axes, cast(Mapping[Any, V], value), value_type=value_type, field=name
        )

    return check
