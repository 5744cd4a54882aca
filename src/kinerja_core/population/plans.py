"""Plan rows: each row's SKP items (target, realisation, weight, polarity), held as flat columns.

A population row may carry its annual plan instead of a rating: its items' targets,
whole-year realisations, weights and polarities. The row's work-result rating is then the
band of the plan's weighted achievement, exactly as
[`evaluate`][kinerja_core.evaluate] gives it for the same `PerformanceCase` (which the scalar
path builds and evaluates, see [`PlanItems.case`][kinerja_core.population.PlanItems.case]).

## The batch chain, exact

Targets and realisations are held as whole units of 1/10 000 (four decimals), weights as
whole hundredths of a percent. For each item the achievement is the fraction `num / den` of the
rules' formula (`100·R/T`, `100·(2T − R)/T` or `100·T/R`), the cap and floor are decided by
integer comparisons, and its contribution to the weighted achievement `W` is split into a whole
part and a remainder: `num·w / (den·10 000) = q + r / (den·10 000)`. The row's `W` is then
`A + F` with `A = Σ q` exact and `F = Σ r/(den·10 000)` in `[0, items)`.

- When every remainder is zero (e.g. every realisation equal to its target: `W` is exactly
  100, on the national band edge), the band is decided exactly on `A`.
- Otherwise `A + F` is compared with each band edge in floating point **as a pre-filter only**:
  a row whose `W` lies within 10⁻⁶ of an edge (the float error is below 10⁻¹⁰ here) is decided
  by the scalar path, exactly. No rating depends on binary rounding.

Rows the chain does not hold go to the scalar path: a value with more than four decimals or
above 10⁸ (kept exactly when given as Python values), a zero target, a zero realisation under
the inverse formula, weights that do not add up to exactly 100, an empty plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Final

import attrs
import numpy as np
import numpy.typing as npt

from kinerja_core.core.errors import InvalidValueError, KinerjaError
from kinerja_core.core.numbers import to_decimal
from kinerja_core.core.parameters import Rules
from kinerja_core.performance.achievement_formulas_specs import (
    ACHIEVEMENT_FORMULA,
    ACHIEVEMENT_LIMITS,
    AchievementFormula,
)
from kinerja_core.performance.evaluation import PerformanceCase
from kinerja_core.performance.indicators import Indicator, Polarity, Target
from kinerja_core.performance.plans import PerformancePlan, PlanItem
from kinerja_core.performance.predicate_specs import PREDICATE_MATRIX
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.performance.work_result_specs import WORK_RESULT_BANDS
from kinerja_core.periods.period import Period
from kinerja_core.population._arrays import integers, ragged_picks

__all__ = ["SCALE", "PlanItems", "concat_plans", "plan_rules_of", "work_results"]

IntArray = npt.NDArray[np.int64]

SCALE: Final = 10_000
"""Targets and realisations are held in units of 1 / SCALE (four decimals)."""

WEIGHT_SCALE: Final = 100
"""Weights are held in hundredths of a percent."""

MAX_UNITS: Final = 10**12
"""The largest target or realisation the batch chain holds, in units (10⁸ as a value)."""

MARGIN: Final = 1e-6
"""A weighted achievement this close to a band edge is decided by the scalar path."""

_POLARITIES: Final = (Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER)
_RATINGS: Final = tuple(Rating)
_PREDICATES: Final = tuple(Predicate)

Item = tuple[Decimal, Decimal, Decimal, Polarity]
"""(target, realisation, weight, polarity) of one plan item, exactly."""


def _item(value: object, where: str) -> Item:
    if isinstance(value, dict):
        fields = [value.get(k) for k in ("target", "realisation", "weight", "polarity")]
    elif isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 4:
        fields = list(value)
    else:
        raise InvalidValueError(
            where,
            value,
            "must be (target, realisation, weight, polarity) or a mapping of those four",
            reason_id="harus berupa (target, realisasi, bobot, polaritas) atau pemetaan keempatnya",
            code="wrong_type",
        )
    target, realisation, weight, polarity = fields
    if isinstance(polarity, str):
        polarity = Polarity.parse(polarity)
    if polarity not in _POLARITIES:
        raise InvalidValueError(
            f"{where}.polarity",
            polarity,
            "must be Polarity.HIGHER_IS_BETTER or Polarity.LOWER_IS_BETTER (a milestone plan "
            "goes in a PerformanceCase)",
            reason_id="harus Polarity.HIGHER_IS_BETTER atau Polarity.LOWER_IS_BETTER (rencana "
            "dengan milestone dimasukkan sebagai PerformanceCase)",
            code="invalid_value",
        )
    found = []
    for name, number in (("target", target), ("realisation", realisation), ("weight", weight)):
        exact = to_decimal(number, field=f"{where}.{name}")
        if exact < 0:
            raise InvalidValueError(
                f"{where}.{name}",
                number,
                "must not be negative",
                reason_id="tidak boleh negatif",
                code="out_of_range",
            )
        found.append(exact)
    return found[0], found[1], found[2], polarity


def _units(value: Decimal, scale: int) -> int | None:
    """`value × scale` if it is whole and held, else `None`."""
    scaled = value * scale
    if scaled != scaled.to_integral_value() or scaled > MAX_UNITS:
        return None
    return int(scaled)


class PlanItems:
    """The annual plans of a population's rows: each row's items, flat.

    Build with [`from_rows`][kinerja_core.population.PlanItems.from_rows] (Python values, kept
    exactly) or [`from_arrays`][kinerja_core.population.PlanItems.from_arrays] (whole units,
    for millions of rows), and pass it as `Population(..., plan=...)`.

    Attributes:
        year: The plan year (the evaluation's period: 1 January to 31 December).
        offsets: Where each row's items start (`rows + 1` entries).
        target: Each item's target in units of 1/10 000.
        realisation: Each item's realisation for the year in units of 1/10 000.
        weight: Each item's weight in hundredths of a percent.
        polarity: Each item's polarity: 0 higher is better, 1 lower is better.
        problems: (row, error) of every item that could not be read.
    """

    __slots__ = (
        "_exact",
        "offsets",
        "polarity",
        "problems",
        "realisation",
        "target",
        "weight",
        "year",
    )

    year: int
    offsets: IntArray
    target: IntArray
    realisation: IntArray
    weight: IntArray
    polarity: npt.NDArray[np.int8]
    problems: tuple[tuple[int, KinerjaError], ...]
    _exact: list[tuple[Item, ...] | None] | None

    def __init__(self) -> None:
        raise TypeError("use PlanItems.from_rows or PlanItems.from_arrays")

    @classmethod
    def from_rows(cls, year: int, rows: Sequence[Sequence[object] | None]) -> PlanItems:
        """Plans from Python values: per row, its items or `None` for no plan.

        Args:
            year: The plan year.
            rows: Per row a list of items, each `(target, realisation, weight, polarity)` or a
                mapping with those keys; numbers as `int`, `Decimal` or `str` (never `float`),
                polarity a `Polarity` or its label.

        Returns:
            The plans; an item that cannot be read leaves its row without a plan and is
            recorded in `problems`.
        """
        self = cls.__new__(cls)
        self.year = _year(year)
        exact: list[tuple[Item, ...] | None] = []
        self.problems = ()
        problems: list[tuple[int, KinerjaError]] = []
        for row, items in enumerate(rows):
            if items is None:
                exact.append(None)
                continue
            try:
                exact.append(tuple(_item(v, f"plan[{i}]") for i, v in enumerate(items)))
            except KinerjaError as error:
                problems.append((row, error))
                exact.append(None)
        self.problems = tuple(problems)
        self._exact = exact
        self._fill_units(exact)
        return self

    def _fill_units(self, exact: Sequence[tuple[Item, ...] | None]) -> None:
        counts = [0 if items is None else len(items) for items in exact]
        self.offsets = np.zeros(len(exact) + 1, dtype=np.int64)
        np.cumsum(counts, out=self.offsets[1:])
        flat = [item for items in exact if items is not None for item in items]
        held = [
            (_units(t, SCALE), _units(r, SCALE), _units(w, WEIGHT_SCALE), _POLARITIES.index(p))
            for t, r, w, p in flat
        ]
        # -1 marks a value the integer chain does not hold (its row goes to the scalar path)
        self.target = np.array([-1 if h[0] is None else h[0] for h in held], dtype=np.int64)
        self.realisation = np.array([-1 if h[1] is None else h[1] for h in held], dtype=np.int64)
        self.weight = np.array([-1 if h[2] is None else h[2] for h in held], dtype=np.int64)
        self.polarity = np.array([h[3] for h in held], dtype=np.int8)

    @classmethod
    def from_arrays(
        cls,
        year: int,
        offsets: npt.ArrayLike,
        *,
        target: npt.ArrayLike,
        realisation: npt.ArrayLike,
        weight: npt.ArrayLike,
        polarity: npt.ArrayLike,
    ) -> PlanItems:
        """Plans from whole units (fast, for millions of rows).

        Args:
            year: The plan year.
            offsets: Where each row's items start (`rows + 1` entries; a row with no items
                has no plan).
            target: Targets in units of 1/10 000.
            realisation: Realisations in units of 1/10 000.
            weight: Weights in hundredths of a percent.
            polarity: 0 (higher is better) or 1 (lower is better).

        Returns:
            The plans.

        Raises:
            InvalidValueError: If an array is not whole numbers, the lengths differ, a value
                is negative or above 10⁸, or a polarity is not 0 or 1.
        """
        self = cls.__new__(cls)
        self.year = _year(year)
        self.offsets = integers("offsets", offsets)
        self.target = integers("target", target)
        self.realisation = integers("realisation", realisation)
        self.weight = integers("weight", weight)
        self.polarity = integers("polarity", polarity).astype(np.int8)
        size = int(self.offsets[-1]) if len(self.offsets) else -1
        for name in ("target", "realisation", "weight", "polarity"):
            values = getattr(self, name)
            if len(values) != size:
                raise InvalidValueError(
                    name,
                    len(values),
                    f"must have one entry per item ({size}, the last offset)",
                    reason_id=f"harus memiliki satu nilai per butir ({size}, offset terakhir)",
                    code="length_mismatch",
                )
            high = 1 if name == "polarity" else MAX_UNITS
            if len(values) and (values.min() < 0 or values.max() > high):
                raise InvalidValueError(
                    name,
                    int(values.max() if values.max() > high else values.min()),
                    f"must be from 0 to {high}",
                    reason_id=f"harus dari 0 sampai dengan {high}",
                    code="out_of_range",
                )
        if self.offsets[0] != 0 or np.any(np.diff(self.offsets) < 0):
            raise InvalidValueError(
                "offsets",
                None,
                "must start at 0 and never decrease",
                reason_id="harus mulai dari 0 dan tidak pernah turun",
                code="invalid_value",
                show_value=False,
            )
        self._exact = None
        self.problems = ()
        return self

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def items(self, row: int) -> tuple[Item, ...] | None:
        """One row's items exactly, or `None` when the row has no plan."""
        if self._exact is not None:
            return self._exact[row]
        start, end = int(self.offsets[row]), int(self.offsets[row + 1])
        if start == end:
            return None
        return tuple(
            (
                Decimal(int(self.target[i])).scaleb(-4).normalize(),
                Decimal(int(self.realisation[i])).scaleb(-4).normalize(),
                Decimal(int(self.weight[i])).scaleb(-2).normalize(),
                _POLARITIES[int(self.polarity[i])],
            )
            for i in range(start, end)
        )

    def case(self, row: int, employee: object, behaviour: Rating) -> PerformanceCase | None:
        """The `PerformanceCase` of one row (what the scalar path evaluates), if it has a plan.

        Each item becomes an indicator `IKI n` with its target, weight and whole-year
        realisation; the behaviour rating is the row's.
        """
        items = self.items(row)
        if items is None:
            return None
        plan_items = [
            PlanItem(Indicator(f"IKI {i + 1}", "-", polarity), Target(target), weight)
            for i, (target, _, weight, polarity) in enumerate(items)
        ]
        plan = PerformancePlan(str(employee), Period.year(self.year), plan_items)
        return PerformanceCase(
            plan,
            behaviour=behaviour,
            realisations={
                item.key: realisation
                for item, (_, realisation, _, _) in zip(plan.items, items, strict=True)
            },
        )

    def take(self, rows: npt.NDArray[np.int64]) -> PlanItems:
        """The plans of some rows, in the order given."""
        other = PlanItems.__new__(PlanItems)
        other.year = self.year
        picks, other.offsets = ragged_picks(self.offsets, rows)
        for name in ("target", "realisation", "weight", "polarity"):
            setattr(other, name, getattr(self, name)[picks])
        other._exact = None if self._exact is None else [self._exact[r] for r in rows.tolist()]
        position = {int(old): new for new, old in enumerate(rows.tolist())}
        other.problems = tuple((position[r], e) for r, e in self.problems if r in position)
        return other


def _year(year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not 2022 <= year <= 2100:
        raise InvalidValueError(
            "year",
            year,
            "must be a plan year of PermenPANRB 6/2022, from 2022 to 2100",
            reason_id="harus tahun rencana menurut PermenPANRB 6/2022, dari 2022 sampai 2100",
            code="out_of_range",
        )
    return year


# --------------------------------------------------------------------------------------------
# The batch chain
# --------------------------------------------------------------------------------------------


@attrs.frozen
class PlanRules:
    """The rules of the plan year's end, as integers (`None` where a rule is not in force)."""

    inverse: bool
    cap: tuple[int, int] | None
    floor: tuple[int, int] | None
    edges: tuple[tuple[Fraction, bool], ...]  # each inner band's upper edge and closedness
    ratings: tuple[int, ...]  # each band's rating code (len(edges) + 1)
    matrix: npt.NDArray[np.int64]  # (work result, behaviour) → predikat code


def _pair(value: Decimal | None) -> tuple[int, int] | None:
    return None if value is None else value.as_integer_ratio()


def compile_plan_rules(rules: Rules) -> PlanRules | None:
    """The plan rules of a snapshot (the plan year's end), or `None` if one is not in force."""
    try:
        limits = rules[ACHIEVEMENT_LIMITS]
        bands = rules[WORK_RESULT_BANDS].bands
        formula = rules[ACHIEVEMENT_FORMULA]
        cells = rules[PREDICATE_MATRIX].cells
    except KinerjaError:
        return None
    *inner, _ = bands
    return PlanRules(
        inverse=formula is AchievementFormula.INVERSE_RATIO,
        cap=_pair(limits.cap),
        floor=_pair(limits.floor),
        edges=tuple((Fraction(b.upper), b.upper_closed) for b in inner),  # type: ignore[arg-type]
        ratings=tuple(_RATINGS.index(b.value) for b in bands),
        matrix=np.array(
            [[_PREDICATES.index(cells[w, b]) for b in _RATINGS] for w in _RATINGS],
            dtype=np.int64,
        ),
    )


def plan_rules_of(rules: Rules, year: int) -> PlanRules | None:
    """The plan rules of `year`'s last day under the policy of `rules` (kept with that snapshot)."""
    snapshot = rules.policy.at(date(year, 12, 31))
    return snapshot._compiled(compile_plan_rules)


def _contributions(
    plans: PlanItems, rows: IntArray, compiled: PlanRules
) -> tuple[IntArray, IntArray, IntArray, IntArray, npt.NDArray[np.bool_]]:
    """Per item of the rows: its row, its contribution `top / bottom`, its weight, held."""
    picks, offsets = ragged_picks(plans.offsets, rows)
    item_rows = np.repeat(np.arange(len(rows)), np.diff(offsets))
    target = plans.target[picks]
    realisation = plans.realisation[picks]
    weight = plans.weight[picks]
    lower = plans.polarity[picks] == 1
    held = (target > 0) & (realisation >= 0) & (weight >= 0)
    if compiled.inverse:
        held &= ~lower | (realisation > 0)
        num = np.where(lower, 100 * target, 100 * realisation)
        den = np.where(lower, realisation, target)
    else:
        num = np.where(lower, 100 * (2 * target - realisation), 100 * realisation)
        den = target
    den = np.where(held, den, 1)
    # the limits (the cap first, then the floor, as `achievement_formulas._limited`)
    for limit, beyond in ((compiled.cap, 1), (compiled.floor, -1)):
        if limit is not None:
            ln, ld = limit
            outside = np.sign(num * ld - ln * den) == beyond
            num = np.where(outside, ln, num)
            den = np.where(outside, ld, den)
    # the contribution: achievement × weight / 100, the weight in hundredths of a percent
    return item_rows, num * weight, den * (WEIGHT_SCALE * 100), weight, held


def work_results(
    plans: PlanItems, rows: IntArray, compiled: PlanRules
) -> tuple[IntArray, npt.NDArray[np.bool_]]:
    """The work-result rating codes of plan rows, and which rows the chain decided.

    Args:
        plans: The population's plans.
        rows: The rows to compute (each has a plan).
        compiled: The plan year's rules.

    Returns:
        (rating codes, decided): a row not decided (a value not held, weights not adding up to
        100, within the margin of a band edge) must be computed by the scalar path.
    """
    size = len(rows)
    item_rows, top, bottom, weight, held = _contributions(plans, rows, compiled)
    whole, rest = np.divmod(top, bottom)  # top / bottom = whole + rest / bottom, 0 ≤ rest
    counts = np.bincount(item_rows, minlength=size)  # items per row
    a = np.zeros(size, dtype=np.int64)
    np.add.at(a, item_rows, whole)
    inexact = np.zeros(size, dtype=np.int64)
    np.add.at(inexact, item_rows, (rest != 0).astype(np.int64))
    exact = inexact == 0
    fraction = np.zeros(size, dtype=np.float64)  # a pre-filter only: see the module's note
    np.add.at(fraction, item_rows, rest / bottom)
    weights = np.zeros(size, dtype=np.int64)
    np.add.at(weights, item_rows, weight)
    refused = np.zeros(size, dtype=np.int64)
    np.add.at(refused, item_rows, (~held).astype(np.int64))
    decided = (refused == 0) & (weights == 100 * WEIGHT_SCALE) & (counts > 0)
    band = np.full(size, len(compiled.edges), dtype=np.int64)
    placed = np.zeros(size, dtype=bool)
    value = a + fraction
    for index, (edge, closed) in enumerate(compiled.edges):
        en, ed = edge.numerator, edge.denominator
        on_edge = a * ed == en
        below = np.where(exact, (a * ed < en) | (on_edge & closed), value < en / ed)
        decided &= exact | (np.abs(value - en / ed) > MARGIN)
        newly = ~placed & below
        band[newly] = index
        placed |= newly
    codes: IntArray = np.asarray(compiled.ratings, dtype=np.int64)[band]
    return codes, decided


def concat_plans(plans: Sequence[PlanItems]) -> PlanItems:
    """The plans of several populations, rows one after the other (one plan year).

    Raises:
        InvalidValueError: If the plan years differ.
    """
    first = plans[0]
    if any(p.year != first.year for p in plans):
        raise InvalidValueError(
            "plan",
            [p.year for p in plans],
            "must all be plans of one year",
            reason_id="harus rencana untuk satu tahun yang sama",
            code="inconsistent",
        )
    joined = PlanItems.__new__(PlanItems)
    joined.year = first.year
    shifts = np.cumsum([0, *(int(p.offsets[-1]) for p in plans)])
    joined.offsets = np.concatenate(
        [[0], *(p.offsets[1:] + int(k) for p, k in zip(plans, shifts, strict=False))]
    ).astype(np.int64)
    for name in ("target", "realisation", "weight", "polarity"):
        setattr(joined, name, np.concatenate([getattr(p, name) for p in plans]))
    exact = any(p._exact is not None for p in plans)
    joined._exact = [p.items(r) for p in plans for r in range(len(p))] if exact else None
    rows = np.cumsum([0, *(len(p) for p in plans)])
    joined.problems = tuple(
        (r + int(k), e) for p, k in zip(plans, rows, strict=False) for r, e in p.problems
    )
    return joined
