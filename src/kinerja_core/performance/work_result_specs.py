"""Vocabulary and parameter specs (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.performance`; the rules that read them are in
`kinerja_core.performance.work_result`.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs

from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.numbers import NumberLike, exact_number, to_decimal
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import BandTable, Interval, band_table_check
from kinerja_core.performance.ratings import Rating

__all__ = ["WORK_RESULT_BANDS", "WorkResultBands"]


def _above_from(value: object) -> Decimal:
    return to_decimal(value, field="above_from")


def _meets_from(value: object) -> Decimal:
    return to_decimal(value, field="meets_from")


@attrs.frozen
class WorkResultBands:
    """The usual shape of the work-result bands: two inclusive lower edges.

    An achievement `x` (percent) proposes **Di Atas Ekspektasi** when `x ≥ above_from`,
    **Sesuai Ekspektasi** when `meets_from ≤ x < above_from`, and **Di Bawah Ekspektasi** when
    `x < meets_from`. The parameter
    [`WORK_RESULT_BANDS`][kinerja_core.performance.WORK_RESULT_BANDS] holds a
    [`BandTable`][kinerja_core.core.BandTable]; a `WorkResultBands` given as its value (e.g. in an
    override) is converted to its `table`. Bands of another shape (e.g. exclusive lower edges) are
    written as a `BandTable` of `Rating` directly.

    Attributes:
        above_from: The lowest achievement proposed as Di Atas Ekspektasi.
        meets_from: The lowest achievement proposed as Sesuai Ekspektasi (below `above_from`).

    Examples:
        >>> WorkResultBands(above_from="110", meets_from=90)
        WorkResultBands(above_from=Decimal('110'), meets_from=Decimal('90'))
        >>> WorkResultBands(110, 90).table.describe("en")  # doctest: +NORMALIZE_WHITESPACE
        'x < 90 → Below expectations; 90 ≤ x < 110 → Meets expectations;
         x ≥ 110 → Above expectations'
    """

    above_from: Decimal = attrs.field(converter=_above_from)
    meets_from: Decimal = attrs.field(converter=_meets_from)
    _table: BandTable[Rating] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.meets_from < self.above_from:
            raise InvalidValueError(
                "meets_from",
                self.meets_from,
                f"must be below above_from ({self.above_from})",
                reason_id=f"harus di bawah above_from ({self.above_from})",
                code="out_of_order",
            )
        table = BandTable.from_lower_edges(
            [
                (None, Rating.BELOW_EXPECTATIONS),
                (self.meets_from, Rating.MEETS_EXPECTATIONS),
                (self.above_from, Rating.ABOVE_EXPECTATIONS),
            ],
            monotone="increasing",
        )
        object.__setattr__(self, "_table", table)

    @property
    def table(self) -> BandTable[Rating]:
        """The bands as a band table (lower edges inclusive, values increasing)."""
        return self._table

    def rating_for(self, achievement: NumberLike | Fraction) -> Rating:
        """The rating these bands give an achievement (compared exactly).

        Args:
            achievement: The achievement in percent (`int`, `str`, `Decimal` or an exact
                `Fraction`).

        Returns:
            The rating.

        Raises:
            InvalidValueError: If the achievement is not an exact finite number.
        """
        return self._table.lookup(exact_number(achievement, field="achievement"))

    def to_dict(self) -> dict[str, str]:
        """The bands as plain data."""
        return {"above_from": str(self.above_from), "meets_from": str(self.meets_from)}


def _as_table(value: object) -> object:
    if isinstance(value, WorkResultBands):
        return value.table
    if not isinstance(value, BandTable):
        raise InvalidValueError(
            "work_result_bands",
            value,
            "must be a WorkResultBands or a BandTable of Rating",
            reason_id="harus berupa WorkResultBands atau BandTable berisi Rating",
            code="wrong_type",
        )
    return value


WORK_RESULT_BANDS: ParameterSpec[BandTable[Rating]] = ParameterSpec(
    "work_result_bands",
    "Achievement bands (percent) for the proposed work-result rating (a policy default).",
    band_table_check(
        "work_result_bands",
        Rating,
        domain=Interval(None, None),
        monotone="increasing",
        adapt=_as_table,
    ),
)
"""Parameter: the bands of the proposed work-result rating, a
[`BandTable`][kinerja_core.core.BandTable] of `Rating` over every number whose ratings never fall as
the achievement rises; nationally Di Atas from 101 %, Sesuai from 100 % (a policy choice, not
regulation). An override may be a `WorkResultBands` (two inclusive lower edges) or any such
`BandTable`."""
