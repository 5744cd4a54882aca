"""Vocabulary and parameter specs (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.legacy`; the rules that read them are in
`kinerja_core.legacy.pp30_2019`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import (
    a_bool,
    enum_repr,
    enum_table,
    instance_check,
    member_of,
    non_negative,
    optional_non_blank,
    optional_places,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Text
from kinerja_core.core.law import Citation
from kinerja_core.core.numbers import (
    NumberLike,
    Ratio,
    exact_sum,
    publish,
    to_decimal,
)
from kinerja_core.core.parameters import ParameterSpec, Version
from kinerja_core.core.tables import Band as TableBand
from kinerja_core.core.tables import BandTable, Interval

__all__ = [
    "DEFAULT_DATE",
    "EFFECTIVE_FROM",
    "PP30_ACHIEVEMENT_BANDS",
    "PP30_ACHIEVEMENT_ROUNDING",
    "PP30_ADDITIONAL_CAP",
    "PP30_ADDITIONAL_FACTORS",
    "PP30_MAXIMUM_ATTAINABLE",
    "PP30_PREDICATE_BANDS",
    "PP30_SCORE_WEIGHTS",
    "PP30_SCORE_WEIGHTS_WITH_PEER_INPUT",
    "PP30_SKP_SCORE_CAP",
    "PP30_VALUE_CAP",
    "PP30_VALUE_FORMULA_FAIR",
    "PP30_VALUE_FORMULA_GOOD",
    "PP30_VALUE_FORMULA_POOR",
    "PP30_VALUE_FORMULA_VERY_GOOD",
    "PP30_VALUE_FORMULA_VERY_POOR",
    "AchievementBands",
    "AchievementCap",
    "AdditionalItem",
    "Band",
    "LinearFormula",
    "MainItem",
    "MaximumAttainableRule",
    "Pp30Predicate",
    "PredicateBands",
    "ScoreWeights",
]

EFFECTIVE_FROM = date(2021, 7, 1)
"""The first day of the regime: PermenPANRB 8/2021 applies from the second half of 2021."""

DEFAULT_DATE = date(2021, 12, 31)
"""The last day of the regime in the national timeline; a function called without `rules` uses
the national rules on the regime's last day as the timeline says
([`regime_window`][kinerja_core.regimes.regime_window])."""

PP_30_2019 = "PP 30/2019"
PERMENPANRB_8_2021 = "PermenPANRB 8/2021"

_ZERO = Decimal(0)
_HUNDRED = Decimal(100)


# --------------------------------------------------------------------------------------------
# Vocabulary and value types
# --------------------------------------------------------------------------------------------


class Pp30Predicate(LabelledEnum):
    """A predikat of PP 30/2019, also the category (*kategori*) of an indicator's achievement.

    PP 30/2019 Pasal 41 ayat (5) names five predikat; the PermenPANRB 8/2021 lampiran uses the
    same five words for the category of an achievement (*kategori capaian IKI*).
    """

    VERY_GOOD = "Sangat Baik"
    GOOD = "Baik"
    FAIR = "Cukup"
    POOR = "Kurang"
    VERY_POOR = "Sangat Kurang"

    @classmethod
    def _english(cls) -> dict[Pp30Predicate, str]:
        return {
            cls.VERY_GOOD: "Very good",
            cls.GOOD: "Good",
            cls.FAIR: "Fair",
            cls.POOR: "Poor",
            cls.VERY_POOR: "Very poor",
        }

    @property
    def rank(self) -> int:
        """Order: 1 (Sangat Kurang) < 2 (Kurang) < 3 (Cukup) < 4 (Baik) < 5 (Sangat Baik)."""
        return _RANK[self]


_RANK = {
    Pp30Predicate.VERY_POOR: 1,
    Pp30Predicate.POOR: 2,
    Pp30Predicate.FAIR: 3,
    Pp30Predicate.GOOD: 4,
    Pp30Predicate.VERY_GOOD: 5,
}
_ASCENDING = tuple(sorted(Pp30Predicate, key=_RANK.__getitem__))
_SCALE_BANDS = _ASCENDING[:-1]  # Sangat Baik overlaps Baik; the other four tile the scale


def _non_negative(field: str) -> Callable[[object], Decimal]:
    """A converter to a `Decimal` that is not negative, naming `field` in its errors."""

    def convert(value: object) -> Decimal:
        return non_negative(value, field=field)

    return convert


def _lower(value: object) -> Decimal:
    return to_decimal(value, field="lower")


def _upper(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="upper")


def _fmt(number: Decimal) -> str:
    return format(number, "f")


@attrs.frozen
class Band:
    """An interval of scores or achievements with explicitly inclusive or exclusive edges.

    Attributes:
        lower: The lower edge.
        upper: The upper edge, or `None` for no upper edge.
        lower_closed: Whether `lower` itself belongs to the band (default: yes).
        upper_closed: Whether `upper` itself belongs to the band (default: no).

    Examples:
        >>> band = Band(90, 120, upper_closed=True)
        >>> str(band), band.contains(Decimal(120)), band.contains(Decimal("89.99"))
        ('90 ≤ x ≤ 120', True, False)
    """

    lower: Decimal = attrs.field(converter=_lower)
    upper: Decimal | None = attrs.field(converter=_upper)
    lower_closed: bool = attrs.field(default=True, validator=a_bool)
    upper_closed: bool = attrs.field(default=False, validator=a_bool)

    def __attrs_post_init__(self) -> None:
        if self.upper is None:
            if self.upper_closed:
                raise InvalidValueError(
                    "upper_closed",
                    True,
                    "a band without an upper edge cannot include it",
                    reason_id="rentang tanpa batas atas tidak dapat mencakup batas itu",
                    code="inconsistent",
                )
            return
        if self.upper < self.lower:
            raise InvalidValueError(
                "upper",
                self.upper,
                f"must not be below lower ({self.lower})",
                reason_id=f"tidak boleh di bawah batas bawah ({self.lower})",
                code="out_of_order",
            )
        if self.upper == self.lower and not (self.lower_closed and self.upper_closed):
            raise InvalidValueError(
                "upper",
                self.upper,
                "a band whose edges are equal must include both (or is empty)",
                reason_id=(
                    "rentang yang kedua batasnya sama harus mencakup keduanya (jika tidak, "
                    "rentangnya kosong)"
                ),
                code="inconsistent",
            )

    @property
    def interval(self) -> Interval:
        """The same edges as a table-core [`Interval`][kinerja_core.core.Interval]."""
        return Interval(self.lower, self.upper, self.lower_closed, self.upper_closed)

    def contains(self, value: Decimal) -> bool:
        """Whether a number lies in the band.

        Args:
            value: The number (an `int`, `Decimal` or `Fraction`).

        Returns:
            `True` if `value` is inside the band, edges included or excluded as stated.

        Raises:
            InvalidValueError: If `value` is not an exact finite number.
        """
        return self.interval.contains(value)

    def row(self, value: Pp30Predicate) -> TableBand[Pp30Predicate]:
        """The band as a row of a band table, giving `value`.

        Args:
            value: The predikat or category of the row.

        Returns:
            A table-core [`Band`][kinerja_core.core.Band] with the same edges.
        """
        return TableBand(value, self.lower, self.upper, self.lower_closed, self.upper_closed)

    def __str__(self) -> str:
        text = f"{_fmt(self.lower)} {'≤' if self.lower_closed else '<'} x"
        if self.upper is None:
            return text
        return f"{text} {'≤' if self.upper_closed else '<'} {_fmt(self.upper)}"


def _within(inner: Band, outer: Band) -> bool:
    starts_inside = inner.lower > outer.lower or (
        inner.lower == outer.lower and (outer.lower_closed or not inner.lower_closed)
    )
    if inner.upper is None or outer.upper is None:
        return starts_inside and outer.upper is None
    ends_inside = inner.upper < outer.upper or (
        inner.upper == outer.upper and (outer.upper_closed or not inner.upper_closed)
    )
    return starts_inside and ends_inside


def _threshold(value: object) -> Decimal:
    return to_decimal(value, field="threshold")


def _value(value: object) -> Decimal:
    return to_decimal(value, field="value")


def _achievement(value: object) -> Decimal:
    return to_decimal(value, field="achievement")


def _skp(value: object) -> Decimal:
    return to_decimal(value, field="skp")


def _behaviour(value: object) -> Decimal:
    return to_decimal(value, field="behaviour")


def _achievement_from(value: object) -> Decimal:
    return to_decimal(value, field="achievement_from")


def _achievement_to(value: object) -> Decimal:
    return to_decimal(value, field="achievement_to")


def _value_from(value: object) -> Decimal:
    return to_decimal(value, field="value_from")


def _value_to(value: object) -> Decimal:
    return to_decimal(value, field="value_to")


@attrs.frozen
class LinearFormula:
    """A straight line from achievement to value, as the lampiran writes its formulas.

    `value = value_from + (value_to − value_from) / (achievement_to − achievement_from) ×
    (achievement − achievement_from)`; when both achievements are equal the value is the constant
    `value_from`. The line also applies outside `achievement_from`-`achievement_to` when the
    category's band is wider (see the boundary rule in
    [`PP30_ACHIEVEMENT_BANDS`][kinerja_core.legacy.pp30_2019.PP30_ACHIEVEMENT_BANDS]).

    Attributes:
        achievement_from: The achievement (percent) at which the line has `value_from`.
        achievement_to: The achievement (percent) at which the line has `value_to`.
        value_from: The value at `achievement_from`.
        value_to: The value at `achievement_to` (not below `value_from`: the line never falls).

    Examples:
        >>> fair = LinearFormula(80, 99, 70, 89)
        >>> fair.apply(98)
        Decimal('88')
        >>> str(fair)
        '70 + (89 − 70) / (99 − 80) × (capaian − 80)'
    """

    achievement_from: Decimal = attrs.field(converter=_achievement_from)
    achievement_to: Decimal = attrs.field(converter=_achievement_to)
    value_from: Decimal = attrs.field(converter=_value_from)
    value_to: Decimal = attrs.field(converter=_value_to)

    def __attrs_post_init__(self) -> None:
        if self.achievement_to < self.achievement_from:
            raise InvalidValueError(
                "achievement_to",
                self.achievement_to,
                f"must not be below achievement_from ({self.achievement_from})",
                reason_id=f"tidak boleh di bawah achievement_from ({self.achievement_from})",
                code="out_of_order",
            )
        if self.value_to < self.value_from:
            raise InvalidValueError(
                "value_to",
                self.value_to,
                f"must not be below value_from ({self.value_from})",
                reason_id=f"tidak boleh di bawah value_from ({self.value_from})",
                code="out_of_order",
            )
        if self.achievement_to == self.achievement_from and self.value_to != self.value_from:
            raise InvalidValueError(
                "value_to",
                self.value_to,
                "a formula for a single achievement must be constant (value_to == value_from)",
                reason_id="rumus untuk satu nilai capaian harus konstan (value_to == value_from)",
                code="inconsistent",
            )

    @property
    def is_constant(self) -> bool:
        """Whether the formula gives one value whatever the achievement."""
        return self.achievement_to == self.achievement_from

    def apply(self, achievement: NumberLike) -> Decimal:
        """The value at an achievement.

        Args:
            achievement: The achievement in percent.

        Returns:
            The value, computed exactly (the Sangat Baik line reaches exactly 120 at 110 %) and
            published (exact when it has a finite decimal expansion, else rounded half-up to
            28 significant digits).

        Raises:
            InvalidValueError: If `achievement` is not an exact number.
        """
        number = to_decimal(achievement, field="achievement")
        if self.is_constant:
            return self.value_from
        return publish(formula_value(self, Ratio.of(number)))

    def __str__(self) -> str:
        if self.is_constant:
            return _fmt(self.value_from)
        a0, a1 = _fmt(self.achievement_from), _fmt(self.achievement_to)
        v0, v1 = _fmt(self.value_from), _fmt(self.value_to)
        return f"{v0} + ({v1} − {v0}) / ({a1} − {a0}) × (capaian − {a0})"


def formula_value(formula: LinearFormula, achievement: Ratio) -> Ratio:
    """The exact value of a linear formula at an exact achievement (internal).

    Args:
        formula: The formula.
        achievement: The achievement in percent, exact.

    Returns:
        The exact value.
    """
    start = Ratio.of(formula.value_from)
    if formula.is_constant:
        return start
    rise = Ratio.of(formula.value_to) - start
    run = Ratio.of(formula.achievement_to) - Ratio.of(formula.achievement_from)
    return (start + rise * (achievement - Ratio.of(formula.achievement_from)) / run).reduced()


@attrs.frozen
class AchievementCap:
    """Above an achievement threshold the value is a fixed number (lampiran huruf (h)).

    Attributes:
        threshold: The achievement (percent) above which (exclusive) the rule applies.
        value: The value given to every achievement above `threshold`.
    """

    threshold: Decimal = attrs.field(converter=_threshold)
    value: Decimal = attrs.field(converter=_value)

    def __str__(self) -> str:
        return f"capaian > {_fmt(self.threshold)} % → {_fmt(self.value)}"


@attrs.frozen
class MaximumAttainableRule:
    """The value of a target that is the most that can be achieved, when it is met (huruf (i)).

    Attributes:
        achievement: The achievement (percent) that meets such a target (100).
        value: The value given instead of the ordinary formula's.
        category: The category the achievement is given.
    """

    achievement: Decimal = attrs.field(converter=_achievement)
    value: Decimal = attrs.field(converter=_value)
    category: Pp30Predicate = attrs.field(validator=member_of(Pp30Predicate), repr=enum_repr)

    def __str__(self) -> str:
        return f"capaian {_fmt(self.achievement)} % → {_fmt(self.value)} ({self.category.value})"


@attrs.frozen
class ScoreWeights:
    """The weights of the SKP score and the behaviour score in the performance score.

    Attributes:
        skp: The weight of the SKP score, in percent.
        behaviour: The weight of the behaviour (perilaku kerja) score, in percent; the two add up
            to exactly 100.
    """

    skp: Decimal = attrs.field(converter=_skp)
    behaviour: Decimal = attrs.field(converter=_behaviour)

    def __attrs_post_init__(self) -> None:
        for field, weight in (("skp", self.skp), ("behaviour", self.behaviour)):
            if weight < 0:
                raise InvalidValueError(
                    field,
                    weight,
                    "must not be negative",
                    reason_id="tidak boleh negatif",
                    code="out_of_range",
                )
        if exact_sum((self.skp, self.behaviour)) != _HUNDRED:
            raise InvalidValueError(
                "behaviour",
                self.behaviour,
                f"skp + behaviour must be 100 (skp is {self.skp})",
                reason_id=f"skp + perilaku kerja (behaviour) harus 100 (skp {self.skp})",
                code="bad_total",
            )

    def __str__(self) -> str:
        return f"SKP {_fmt(self.skp)} % + perilaku kerja {_fmt(self.behaviour)} %"


def _percent(field: str, value: object) -> Decimal:
    number = to_decimal(value, field=field)
    if not _ZERO < number <= _HUNDRED:
        raise InvalidValueError(
            field,
            value,
            "must be more than 0 and at most 100 (percent)",
            reason_id="harus lebih dari 0 dan paling banyak 100 (persen)",
            code="out_of_range",
        )
    return number


def _weight(value: object) -> Decimal:
    return _percent("weight", value)


def _scope_weight(value: object) -> Decimal:
    return _percent("scope_weight", value)


def _item_value(value: object) -> Decimal:
    return _non_negative("value")(value)


@attrs.frozen
class MainItem(Document):
    """A main performance item (*rencana kinerja utama*) with its value and weight.

    Attributes:
        value: Its value (*nilai capaian*, 0-120), e.g. from
            [`indicator_value`][kinerja_core.legacy.pp30_2019.indicator_value].
        weight: Its weight (*bobot*) in percent; the weights of all main items of an SKP add
            up to exactly 100.
        name: An optional name for explanations.
    """

    value: Decimal = attrs.field(converter=_item_value)
    weight: Decimal = attrs.field(converter=_weight)
    name: str | None = attrs.field(default=None, validator=optional_non_blank)


@attrs.frozen
class AdditionalItem(Document):
    """An additional performance item (*rencana kinerja tambahan*).

    Attributes:
        value: Its value (*nilai capaian IKI*, 0-120).
        category: The category of its achievement (*kategori capaian IKI*), which sets the
            factor `k` (100/80/60/40/20 nationally).
        scope_weight: The weight of the assignment's scope (*bobot lingkup penugasan*), in
            percent.
        name: An optional name for explanations.
    """

    value: Decimal = attrs.field(converter=_item_value)
    category: Pp30Predicate = attrs.field(validator=member_of(Pp30Predicate), repr=enum_repr)
    scope_weight: Decimal = attrs.field(converter=_scope_weight)
    name: str | None = attrs.field(default=None, validator=optional_non_blank)


# --------------------------------------------------------------------------------------------
# Parameters
# --------------------------------------------------------------------------------------------


def _band_table(name: str, value: object) -> dict[Pp30Predicate, Band]:
    def convert(member: Pp30Predicate, band: object) -> Band:
        return instance_check(Band, f"{name}[{member.value}]", "must be a Band")(band)

    return enum_table(value, field=name, members=_ASCENDING, entry="a Band", convert=convert)


def _tiled(name: str, rows: Sequence[TableBand[Pp30Predicate]]) -> BandTable[Pp30Predicate]:
    """A band table of the rows, whose errors name the parameter."""
    try:
        return BandTable(tuple(rows), monotone="increasing")
    except InvalidValueError as error:
        raise InvalidValueError(
            name, error.value, error.reason, reason_id=error.reason_id, code=error.code
        ) from None


class AchievementBands(FrozenMap[Pp30Predicate, Band]):
    """The achievement band of each category (*kategori capaian IKI*), checked as a band table.

    A mapping of every `Pp30Predicate` to its [`Band`][kinerja_core.legacy.pp30_2019.Band],
    as an override writes it. The five bands tile the achievements from 0 % upwards (no gap,
    no overlap, categories rising); look-ups go through `table`, a
    [`BandTable`][kinerja_core.core.BandTable].

    Args:
        bands: A mapping of every category to its band.

    Raises:
        InvalidValueError: If a category is missing, a band is not a `Band`, the lowest band
            does not start at 0 % inclusive, or the bands do not tile upwards.
    """

    __slots__ = ("_table",)

    def __init__(self, bands: object) -> None:
        name = "pp30_achievement_bands"
        table = _band_table(name, bands)
        first = table[_ASCENDING[0]]
        if first.lower != 0 or not first.lower_closed:
            raise InvalidValueError(
                name,
                first,
                "the lowest band must start at 0 % inclusive",
                reason_id="rentang terendah harus dimulai tepat dari 0 % (termasuk 0 %)",
                code="out_of_range",
            )
        self._table = _tiled(name, [table[member].row(member) for member in _ASCENDING])
        super().__init__(table)

    @property
    def table(self) -> BandTable[Pp30Predicate]:
        """The bands as a band table, from 0 % upwards."""
        return self._table

    def tables(self) -> tuple[BandTable[Pp30Predicate], ...]:
        """The table the look-ups use."""
        return (self._table,)

    def __repr__(self) -> str:
        return f"AchievementBands({dict(self)!r})"


def _reaches_top(inner: Band, outer: Band) -> bool:
    return inner.upper == outer.upper and inner.upper_closed == outer.upper_closed


class PredicateBands(FrozenMap[Pp30Predicate, Band]):
    """The score band of each predikat (Pasal 41 ayat (5)), checked as two band tables.

    A mapping of every `Pp30Predicate` to its [`Band`][kinerja_core.legacy.pp30_2019.Band],
    as an override writes it. Sangat Kurang, Kurang, Cukup and Baik tile the scale (`table`);
    the Sangat Baik band lies inside the Baik band and ends where it ends, and applies only
    with innovation (`with_innovation`: the same scale with the top of Baik given to Sangat
    Baik). Both tables are [`BandTable`][kinerja_core.core.BandTable]s whose predikat never falls
    as the score rises.

    Args:
        bands: A mapping of every predikat to its band.

    Raises:
        InvalidValueError: If a predikat is missing, a band is not a `Band`, the four lower
            bands do not tile a bounded scale, or Sangat Baik does not lie within the top of
            Baik.
    """

    __slots__ = ("_table", "_with_innovation")

    def __init__(self, bands: object) -> None:
        name = "pp30_predicate_bands"
        table = _band_table(name, bands)
        plain = _tiled(name, [table[member].row(member) for member in _SCALE_BANDS])
        good, very_good = table[Pp30Predicate.GOOD], table[Pp30Predicate.VERY_GOOD]
        if good.upper is None:
            raise InvalidValueError(
                name,
                good,
                "the scale needs a top edge",
                reason_id="skala memerlukan batas atas",
                code="missing",
            )
        if not (_within(very_good, good) and _reaches_top(very_good, good)):
            raise InvalidValueError(
                name,
                very_good,
                "the Sangat Baik band must lie within the Baik band and end where it ends "
                "(without innovation such a score is Baik; with it the predikat must not fall "
                "as the score rises)",
                reason_id=(
                    "rentang Sangat Baik harus berada di dalam rentang Baik dan berakhir di "
                    "titik yang sama (tanpa inovasi, nilai seperti itu berpredikat Baik; dengan"
                    " inovasi, predikat tidak boleh turun ketika nilai naik)"
                ),
                code="inconsistent",
            )
        # With innovation, Baik keeps only what lies below the Sangat Baik band (maybe nothing).
        rows = list(plain.bands[:-1])
        if very_good.lower > good.lower or (good.lower_closed and not very_good.lower_closed):
            below = Band(good.lower, very_good.lower, good.lower_closed, not very_good.lower_closed)
            rows.append(below.row(Pp30Predicate.GOOD))
        rows.append(very_good.row(Pp30Predicate.VERY_GOOD))
        self._table = plain
        self._with_innovation = _tiled(name, rows)
        super().__init__(table)

    @property
    def table(self) -> BandTable[Pp30Predicate]:
        """The predikat without innovation: Sangat Kurang, Kurang, Cukup, Baik over the scale."""
        return self._table

    @property
    def with_innovation(self) -> BandTable[Pp30Predicate]:
        """The predikat with innovation: the Sangat Baik band takes the top of Baik."""
        return self._with_innovation

    @property
    def scale(self) -> Interval:
        """The scale every score must lie on (nationally `0 ≤ x ≤ 120`)."""
        return self._table.domain

    def tables(self) -> tuple[BandTable[Pp30Predicate], ...]:
        """The tables the look-ups use (without, then with innovation)."""
        return (self._table, self._with_innovation)

    def __repr__(self) -> str:
        return f"PredicateBands({dict(self)!r})"


def _check_predicate_bands(value: object) -> PredicateBands:
    return value if isinstance(value, PredicateBands) else PredicateBands(value)


def _check_achievement_bands(value: object) -> AchievementBands:
    return value if isinstance(value, AchievementBands) else AchievementBands(value)


def _check_rounding(value: object) -> int | None:
    return optional_places(value, field="pp30_achievement_rounding")


def _check_factors(value: object) -> FrozenMap[Pp30Predicate, Decimal]:
    name = "pp30_additional_factors"

    def convert(member: Pp30Predicate, entry: object) -> Decimal:
        factor = to_decimal(entry, field=f"{name}[{member.value}]")
        if not _ZERO <= factor <= _HUNDRED:
            raise InvalidValueError(
                f"{name}[{member.value}]",
                factor,
                "must be from 0 to 100",
                reason_id="harus dari 0 sampai dengan 100",
                code="out_of_range",
            )
        return factor

    return FrozenMap(
        enum_table(
            value,
            field=name,
            members=_ASCENDING,
            entry="a percent",
            entry_id="persentase",
            convert=convert,
        )
    )


def _check_skp_cap(value: object) -> Decimal | None:
    return None if value is None else _non_negative("pp30_skp_score_cap")(value)


PP30_SCORE_WEIGHTS: ParameterSpec[ScoreWeights] = ParameterSpec(
    "pp30_score_weights",
    "Weights of the SKP score and the behaviour score in the performance score (nilai kinerja).",
    instance_check(ScoreWeights, "pp30_score_weights", "must be a ScoreWeights"),
)
"""Parameter: 70 % SKP + 30 % behaviour (PP 30/2019 Pasal 41 ayat (2) huruf a and (3))."""

PP30_SCORE_WEIGHTS_WITH_PEER_INPUT: ParameterSpec[ScoreWeights] = ParameterSpec(
    "pp30_score_weights_with_peer_input",
    "Weights where behaviour is rated with the views of peers and direct subordinates.",
    instance_check(ScoreWeights, "pp30_score_weights_with_peer_input", "must be a ScoreWeights"),
)
"""Parameter: 60 % SKP + 40 % behaviour (PP 30/2019 Pasal 41 ayat (2) huruf b and (4))."""

PP30_PREDICATE_BANDS: ParameterSpec[PredicateBands] = ParameterSpec(
    "pp30_predicate_bands",
    "Score band of each predikat; Sangat Baik (which also needs innovation) lies within Baik.",
    _check_predicate_bands,
)
"""Parameter: the predikat bands of PP 30/2019 Pasal 41 ayat (5), with explicit edges.

Sangat Kurang, Kurang, Cukup and Baik tile the scale (0-120); the Sangat Baik band lies within
the Baik band and applies only with innovation."""

PP30_ACHIEVEMENT_ROUNDING: ParameterSpec[int | None] = ParameterSpec(
    "pp30_achievement_rounding",
    "Decimal places (half up) to which an achievement is rounded before its category and value.",
    _check_rounding,
)
"""Parameter: round the achievement to a whole percent (half up) before banding; `None` = never."""

PP30_ACHIEVEMENT_BANDS: ParameterSpec[AchievementBands] = ParameterSpec(
    "pp30_achievement_bands",
    "Achievement (percent) band of each category (kategori capaian IKI); they tile 0 % upwards.",
    _check_achievement_bands,
)
"""Parameter: the category of an achievement, with the library's boundary rule for the gaps."""

PP30_VALUE_FORMULA_VERY_GOOD: ParameterSpec[LinearFormula] = ParameterSpec(
    "pp30_value_formula_very_good",
    "Value of an achievement in the Sangat Baik category.",
    instance_check(LinearFormula, "pp30_value_formula_very_good", "must be a LinearFormula"),
)
"""Parameter: `110 + (120 − 110) / (110 − 101) × (capaian − 101)` [C]."""

PP30_VALUE_FORMULA_GOOD: ParameterSpec[LinearFormula] = ParameterSpec(
    "pp30_value_formula_good",
    "Value of an achievement in the Baik category.",
    instance_check(LinearFormula, "pp30_value_formula_good", "must be a LinearFormula"),
)
"""Parameter: the constant 109 [P]."""

PP30_VALUE_FORMULA_FAIR: ParameterSpec[LinearFormula] = ParameterSpec(
    "pp30_value_formula_fair",
    "Value of an achievement in the Cukup category.",
    instance_check(LinearFormula, "pp30_value_formula_fair", "must be a LinearFormula"),
)
"""Parameter: `70 + (89 − 70) / (99 − 80) × (capaian − 80)` [P]."""

PP30_VALUE_FORMULA_POOR: ParameterSpec[LinearFormula] = ParameterSpec(
    "pp30_value_formula_poor",
    "Value of an achievement in the Kurang category.",
    instance_check(LinearFormula, "pp30_value_formula_poor", "must be a LinearFormula"),
)
"""Parameter: `50 + (69 − 50) / (79 − 60) × (capaian − 60)` [P]."""

PP30_VALUE_FORMULA_VERY_POOR: ParameterSpec[LinearFormula] = ParameterSpec(
    "pp30_value_formula_very_poor",
    "Value of an achievement in the Sangat Kurang category.",
    instance_check(LinearFormula, "pp30_value_formula_very_poor", "must be a LinearFormula"),
)
"""Parameter: `capaian / 59 × 49` [P]."""

PP30_VALUE_CAP: ParameterSpec[AchievementCap] = ParameterSpec(
    "pp30_value_cap",
    "Above this achievement the value is converted to a fixed number.",
    instance_check(AchievementCap, "pp30_value_cap", "must be an AchievementCap"),
)
"""Parameter: capaian > 110 % → value 120 [P]."""

PP30_MAXIMUM_ATTAINABLE: ParameterSpec[MaximumAttainableRule] = ParameterSpec(
    "pp30_maximum_attainable",
    "Value and category of a met target that is the most that can be achieved.",
    instance_check(
        MaximumAttainableRule, "pp30_maximum_attainable", "must be a MaximumAttainableRule"
    ),
)
"""Parameter: capaian 100 % on a maximum-attainable target → Sangat Baik, value 120 [P]."""

PP30_ADDITIONAL_FACTORS: ParameterSpec[FrozenMap[Pp30Predicate, Decimal]] = ParameterSpec(
    "pp30_additional_factors",
    "Factor k (percent) of an additional item's value, by the category of its achievement.",
    _check_factors,
)
"""Parameter: k = 100 / 80 / 60 / 40 / 20 for Sangat Baik … Sangat Kurang [P]."""

PP30_ADDITIONAL_CAP: ParameterSpec[Decimal] = ParameterSpec(
    "pp30_additional_cap",
    "Most the additional items (nilai KT) may add to the SKP score.",
    _non_negative("pp30_additional_cap"),
)
"""Parameter: the additional items' total is converted to 10 when above 10 [P]."""

PP30_SKP_SCORE_CAP: ParameterSpec[Decimal | None] = ParameterSpec(
    "pp30_skp_score_cap",
    "Highest SKP score (nilai SKP); None for no cap.",
    _check_skp_cap,
)
"""Parameter: the SKP score is capped at 120, the top of the Pasal 41 scale [POLICY CHOICE].

`None` turns the cap off: the SKP may then reach 120 + `PP30_ADDITIONAL_CAP` (130 nationally),
`performance_score` takes it as it is, and `predicate` gives a score above 120 the top band."""

_FORMULAS: dict[Pp30Predicate, ParameterSpec[LinearFormula]] = {
    Pp30Predicate.VERY_GOOD: PP30_VALUE_FORMULA_VERY_GOOD,
    Pp30Predicate.GOOD: PP30_VALUE_FORMULA_GOOD,
    Pp30Predicate.FAIR: PP30_VALUE_FORMULA_FAIR,
    Pp30Predicate.POOR: PP30_VALUE_FORMULA_POOR,
    Pp30Predicate.VERY_POOR: PP30_VALUE_FORMULA_VERY_POOR,
}

_LAMPIRAN_VALUE = "Lampiran Bab VI.A.1.b) angka 2) (nilai capaian IKI)"
_LAMPIRAN_WEIGHTED = "Lampiran Bab VI.A.1.b) angka 3) (nilai tertimbang capaian IKI)"
_APPLIES = Text(
    "Berlaku sejak semester kedua 2021 (PermenPANRB 8/2021).",
    "Applies from the second half of 2021 (PermenPANRB 8/2021).",
)
_SB, _B, _C, _K, _SK = (
    Pp30Predicate.VERY_GOOD,
    Pp30Predicate.GOOD,
    Pp30Predicate.FAIR,
    Pp30Predicate.POOR,
    Pp30Predicate.VERY_POOR,
)


def _version(value: object, citation: Citation) -> Version[Any]:
    return Version(EFFECTIVE_FROM, value, citation)
