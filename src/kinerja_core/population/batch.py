"""The batch path of a population run: the finite rules as lookup arrays, exact integer numpy.

For one `Rules` snapshot the rules a population run reads are compiled once (and kept with the
snapshot):

- the predikat matrix as a 3×3 array of predikat codes;
- the angka kredit as a table over predikat × jenjang × months of the published value in
  hundredths (each entry computed by `credit_points` itself, so the table is the rule);
- the absence penalty as a table over the kind of position × days 0-366 (built the first
  time a run has an `absent_days_year` column);
- the talent box as a 3×3 array;
- the TPP rules as exact fractions of the base amount: each line of the breakdown is
  `money(base × a / b)` with integer `a` and `b`, the lateness and early-leave percentages as
  a table over minutes 0-1440 in units of their common denominator.

The arithmetic is on `int64` arrays and exact: a line `base × a / b` rounded half up to the
rounding unit `u` is `((2·base·a + b·u) // (2·b·u))·u`, rounded down `(base·a // (b·u))·u`; no
float takes part, so no decision (a band, a cap, a rounding) can depend on binary noise. The
rows are computed a chunk at a time (`run.CHUNK_ROWS`), so the temporaries stay small.

What the integer path cannot hold goes to the scalar path, row by row, and is computed there by
the library's rule functions: a base amount with a fraction of a rupiah or above the bound at
which `2·base·a + b·u` could leave `int64` (the bound is computed from the compiled rules; for
the shipped sets it is above 10¹³ rupiah), a special employment state, a row with a
performance case or with a problem. What it cannot compile (a TPP set that decides by score, a
negative reduction, a rule not in force on the date) sends every row that needs it there too.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from math import lcm
from typing import Final

import attrs
import numpy as np
import numpy.typing as npt

from kinerja_core.allowance.allowance_specs import (
    ALLOWANCE_RULES,
    AllowanceComponent,
    AllowanceRules,
    EmploymentState,
    MinuteBands,
    RoundingMode,
)
from kinerja_core.careers.credit_specs import CREDIT_PLACES, FunctionalLevel
from kinerja_core.careers.credits import credit_points
from kinerja_core.core.errors import KinerjaError
from kinerja_core.core.parameters import Rules
from kinerja_core.discipline.absence import absence_sanction
from kinerja_core.discipline.absence_specs import PositionKind
from kinerja_core.discipline.penalties import Penalty
from kinerja_core.performance.predicate import performance_predicate
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.population.columns import MISSING, Population
from kinerja_core.population.plans import PlanRules
from kinerja_core.talent.box import talent_box
from kinerja_core.talent.box_specs import Potential

__all__ = ["Compiled", "compiled", "credit_places_of"]

Int64s = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

SCALAR: Final = -2
"""A table entry the batch path cannot give: the row goes to the scalar path."""

_INT64_MAX: Final = 2**63 - 1
_PERCENT: Final = Fraction(1, 100)
_MAX_DAYS: Final = 31
_MAX_MINUTES: Final = 24 * 60
_RATINGS: Final = tuple(Rating)
_PREDICATES: Final = tuple(Predicate)
_LEVELS: Final = tuple(FunctionalLevel)
_POSITIONS: Final = (None, *PositionKind)
_PENALTIES: Final = {p: i for i, p in enumerate(Penalty)}
_ACTIVE: Final = tuple(EmploymentState).index(EmploymentState.ACTIVE)


def _table(build: Callable[[], npt.NDArray[np.int64]]) -> npt.NDArray[np.int64] | None:
    try:
        return build()
    except KinerjaError:
        return None


def credit_places_of(rules: Rules) -> int:
    """The places the angka kredit is published with under `rules` (2 when not in force)."""
    try:
        return rules[CREDIT_PLACES]
    except KinerjaError:
        return 2


@attrs.frozen
class Line:
    """One line of the breakdown as `base × factor × numerator / denominator`, exactly."""

    numerators: tuple[int, ...]
    denominator: int

    @classmethod
    def of(cls, fractions: tuple[Fraction, ...]) -> Line:
        """The line for a factor per code (a predikat, a count unit)."""
        denominator = lcm(*(f.denominator for f in fractions))
        return cls(tuple(int(f * denominator) for f in fractions), denominator)


@attrs.frozen
class Allowance:
    """An `AllowanceRules` compiled to integer lines (one snapshot's)."""

    unit: int
    down: bool
    performance: Line  # per predikat code
    absence: tuple[int, Line]  # (part, per day)
    lateness: tuple[int, Line, Int64s]  # (part, per unit of percent, scaled table by minute)
    early_leave: tuple[int, Line, Int64s]
    ceremony: tuple[int, Line]
    consecutive: tuple[int, Line, int | None]  # (part, the cut, from_days)
    caps: tuple[Line, ...]  # per part index
    employee_bpjs: Line
    employer_bpjs: Line
    parts: int
    max_base: int


def _minute_table(bands: MinuteBands) -> tuple[Int64s, int]:
    percents = [Fraction(bands.percent_for(m)) for m in range(_MAX_MINUTES + 1)]
    scale = lcm(*(p.denominator for p in percents))
    return np.array([int(p * scale) for p in percents], dtype=np.int64), scale


def _compile_allowance(tpp: AllowanceRules) -> Allowance | None:
    factors = tpp.performance
    if factors.score_bands:
        return None
    weights = tpp.weights
    components: tuple[AllowanceComponent, ...]
    if weights.performance == 0 or weights.discipline == 0:
        components = (AllowanceComponent.WHOLE,)
    else:
        components = (AllowanceComponent.PERFORMANCE, AllowanceComponent.DISCIPLINE)
    shares = {c: Fraction(weights.share(c)) * _PERCENT for c in components}
    whole = sum(shares.values(), Fraction(0))

    def part(component: AllowanceComponent) -> Fraction:
        if component is AllowanceComponent.WHOLE:
            return whole
        return shares.get(component, whole * Fraction(weights.share(component)) * _PERCENT)

    reductions = [Fraction(factors.reduction(p)) for p in _PREDICATES]
    if any(r < 0 for r in reductions):
        return None
    keys: list[AllowanceComponent] = []

    def index(component: AllowanceComponent) -> int:
        if component not in keys:
            keys.append(component)
        return keys.index(component)

    late, late_scale = _minute_table(tpp.lateness)
    early, early_scale = _minute_table(tpp.early_leave)
    run = tpp.consecutive_absence
    lines = {
        "performance": Line.of(tuple(part(factors.component) * r * _PERCENT for r in reductions)),
        "absence": Line.of(
            (part(tpp.absence.component) * Fraction(tpp.absence.percent) * _PERCENT,)
        ),
        "lateness": Line.of((part(tpp.lateness.component) * _PERCENT / late_scale,)),
        "early_leave": Line.of((part(tpp.early_leave.component) * _PERCENT / early_scale,)),
        "ceremony": Line.of(
            (part(tpp.ceremony.component) * Fraction(tpp.ceremony.percent) * _PERCENT,)
        ),
        "consecutive": Line.of((part(run.component) * Fraction(run.percent) * _PERCENT,)),
    }
    absence = (index(tpp.absence.component), lines["absence"])
    lateness = (index(tpp.lateness.component), lines["lateness"], late)
    early_leave = (index(tpp.early_leave.component), lines["early_leave"], early)
    ceremony = (index(tpp.ceremony.component), lines["ceremony"])
    consecutive = (index(run.component), lines["consecutive"], run.from_days)
    cap = Fraction(tpp.cap.percent) * _PERCENT
    caps = tuple(Line.of((part(c) * cap,)) for c in keys)
    bpjs = tpp.bpjs
    employee = Line.of((Fraction(bpjs.employee_percent) * _PERCENT,))
    employer = Line.of((Fraction(bpjs.employer_percent) * _PERCENT,))
    unit = tpp.rounding.unit
    # the largest multiplier of the base any line takes, with its largest count
    largest = [
        (max(lines["performance"].numerators), lines["performance"].denominator),
        (lines["absence"].numerators[0] * _MAX_DAYS, lines["absence"].denominator),
        (
            lines["lateness"].numerators[0] * int(late.max()) * _MAX_DAYS,
            lines["lateness"].denominator,
        ),
        (
            lines["early_leave"].numerators[0] * int(early.max()) * _MAX_DAYS,
            lines["early_leave"].denominator,
        ),
        (lines["ceremony"].numerators[0] * _MAX_DAYS, lines["ceremony"].denominator),
        (lines["consecutive"].numerators[0], lines["consecutive"].denominator),
        *((c.numerators[0], c.denominator) for c in caps),
        (1, 1),  # the components add up to the rounded base
        # the subtotal is at most the rounded base (+ one unit): its BPJS lines
        (employee.numerators[0] * 2, employee.denominator),
        (employer.numerators[0] * 2, employer.denominator),
    ]
    max_base = min(
        (_INT64_MAX - denominator * unit) // (2 * max(numerator, 1) + 2)
        for numerator, denominator in largest
    )
    return Allowance(
        unit=unit,
        down=tpp.rounding.mode is RoundingMode.DOWN,
        performance=lines["performance"],
        absence=absence,
        lateness=lateness,
        early_leave=early_leave,
        ceremony=ceremony,
        consecutive=consecutive,
        caps=caps,
        employee_bpjs=employee,
        employer_bpjs=employer,
        parts=len(keys),
        max_base=max(max_base - unit, 0),
    )


@attrs.frozen
class Compiled:
    """One snapshot's rules as lookup arrays and integer lines (`None`: not compilable)."""

    matrix: npt.NDArray[np.int64] | None
    credits: npt.NDArray[np.int64] | None
    boxes: npt.NDArray[np.int64] | None
    allowance: Allowance | None
    _rules: Rules = attrs.field(repr=False, eq=False)

    @property
    def penalties(self) -> npt.NDArray[np.int64] | None:
        """The absence penalty by kind of position × days, built when a run first needs it.

        (Some 2 000 rule calls: most populations — a month's TPP — never need it.)
        """
        return self._rules._compiled(_penalty_table)


def _matrix(rules: Rules) -> npt.NDArray[np.int64]:
    return np.array(
        [
            [_PREDICATES.index(performance_predicate(w, b, rules=rules)) for b in _RATINGS]
            for w in _RATINGS
        ],
        dtype=np.int64,
    )


def _credits(rules: Rules) -> npt.NDArray[np.int64]:
    places = credit_places_of(rules)
    table = np.empty((len(_PREDICATES), len(_LEVELS), 13), dtype=np.int64)
    table[:, :, 0] = SCALAR
    for p, predicate in enumerate(_PREDICATES):
        for v, level in enumerate(_LEVELS):
            for months in range(1, 13):
                published = credit_points(predicate, level, months=months, rules=rules)
                if published.as_tuple().exponent != -places:
                    table[p, v, months] = SCALAR
                else:
                    table[p, v, months] = int(published.scaleb(places))
    return table


def _penalties(rules: Rules) -> npt.NDArray[np.int64]:
    table = np.empty((len(_POSITIONS), 367), dtype=np.int64)
    for k, position in enumerate(_POSITIONS):
        for days in range(367):
            try:
                found = absence_sanction(days, position=position, rules=rules).penalty
            except KinerjaError:
                table[k, days] = SCALAR
                continue
            table[k, days] = MISSING if found is None else _PENALTIES[found]
    return table


def _penalty_table(rules: Rules) -> npt.NDArray[np.int64] | None:
    return _table(lambda: _penalties(rules))


def _boxes(rules: Rules) -> npt.NDArray[np.int64]:
    return np.array(
        [[talent_box(w, p, rules=rules) for p in Potential] for w in _RATINGS], dtype=np.int64
    )


def _compile(rules: Rules) -> Compiled:
    allowance: Allowance | None = None
    if ALLOWANCE_RULES in rules.policy:
        try:
            allowance = _compile_allowance(rules[ALLOWANCE_RULES])
        except KinerjaError:
            allowance = None
    return Compiled(
        matrix=_table(lambda: _matrix(rules)),
        credits=_table(lambda: _credits(rules)),
        boxes=_table(lambda: _boxes(rules)),
        allowance=allowance,
        rules=rules,
    )


def compiled(rules: Rules) -> Compiled:
    """The snapshot's compiled rules, built once and kept with it."""
    return rules._compiled(_compile)


# --------------------------------------------------------------------------------------------
# The arithmetic
# --------------------------------------------------------------------------------------------


def _money(
    base: Int64s, numerator: Int64s | int, denominator: int, unit: int, *, down: bool
) -> Int64s:
    """`base × numerator / denominator` rounded to whole units, exactly (non-negative values).

    Half up: `(2·base·numerator + denominator·unit) // (2·denominator·unit) · unit`; down:
    `base·numerator // (denominator·unit) · unit` — computed in place on one new array.
    """
    scaled = base * numerator
    if down:
        scaled //= denominator * unit
    else:
        scaled *= 2
        scaled += denominator * unit
        scaled //= 2 * denominator * unit
    if unit != 1:
        scaled *= unit
    return scaled


def per_row_sum(minutes: tuple[Int64s, Int64s] | None, table: Int64s, size: int) -> Int64s:
    """Each row's sum of `table[minute]` over its occurrences (zeros without the column)."""
    if minutes is None:
        return np.zeros(size, dtype=np.int64)
    values, offsets = minutes
    sums = np.empty(len(values) + 1, dtype=np.int64)
    sums[0] = 0
    np.cumsum(table[values], out=sums[1:])
    at_offsets = sums[offsets]
    found: Int64s = at_offsets[1:] - at_offsets[:-1]
    return found


@attrs.define
class AllowanceColumns:
    """The rupiah columns the batch path computes for its rows."""

    total: Int64s
    performance: Int64s
    attendance: Int64s
    employee_bpjs: Int64s
    employer_bpjs: Int64s


def allowance_columns(  # noqa: PLR0917 (the columns the breakdown reads, in order)
    plan: Allowance,
    base: Int64s,
    predicate: Int64s,
    absent: Int64s,
    late: Int64s,
    early: Int64s,
    ceremonies: Int64s,
    consecutive: Int64s,
) -> AllowanceColumns:
    """The breakdown's columns for rows the batch path holds (same order as the scalar rule).

    A line whose percentage is zero is zero on every row and is not computed; each column is
    one new array (the results may take them as they are).
    """
    unit, down = plan.unit, plan.down
    size = len(base)

    def money(line: Line, numerator: Int64s | int, base_of: Int64s = base) -> Int64s:
        return _money(base_of, numerator, line.denominator, unit, down=down)

    # 1. the components: they add up to the rounded base (the last is the rest)
    components = base.copy() if unit == 1 else _money(base, 1, 1, unit, down=down)
    # 3. the predikat
    if any(plan.performance.numerators):
        performance_numerators = np.array(plan.performance.numerators, dtype=np.int64)
        performance = money(plan.performance, performance_numerators[predicate])
        np.negative(performance, out=performance)
    else:
        performance = np.zeros(size, dtype=np.int64)
    # 4. the attendance cuts, per part (a zero percentage cuts nothing)
    taken: list[Int64s | None] = [None] * plan.parts

    def cut(part: int, line: Line, counts: Int64s) -> None:
        if line.numerators[0]:
            amount = money(line, counts * line.numerators[0])
            found = taken[part]
            if found is None:
                taken[part] = amount
            else:
                found += amount

    cut(plan.absence[0], plan.absence[1], absent)
    cut(plan.lateness[0], plan.lateness[1], late)
    cut(plan.early_leave[0], plan.early_leave[1], early)
    cut(plan.ceremony[0], plan.ceremony[1], ceremonies)
    part, line, from_days = plan.consecutive
    if from_days is not None:
        cut(part, line, (consecutive >= from_days).astype(np.int64))
    attendance = np.zeros(size, dtype=np.int64)
    for part_taken, cap in zip(taken, plan.caps, strict=True):
        if part_taken is not None:  # the cap gives back what a part takes above its limit
            np.minimum(part_taken, money(cap, cap.numerators[0]), out=part_taken)
            attendance -= part_taken
    # 5. never negative
    subtotal = components
    subtotal += performance
    subtotal += attendance
    np.maximum(subtotal, 0, out=subtotal)
    # 6. BPJS
    if plan.employee_bpjs.numerators[0]:
        employee = money(plan.employee_bpjs, plan.employee_bpjs.numerators[0], subtotal)
        np.negative(employee, out=employee)
        total = subtotal + employee
    else:
        employee, total = np.zeros(size, dtype=np.int64), subtotal
    if plan.employer_bpjs.numerators[0]:
        employer = money(plan.employer_bpjs, plan.employer_bpjs.numerators[0], subtotal)
    else:
        employer = np.zeros(size, dtype=np.int64)
    return AllowanceColumns(total, performance, attendance, employee, employer)


def plan_rows_of(population: Population) -> Bools:
    """Which rows have a plan (their predikat comes from its achievement)."""
    plans = population.plan
    if plans is None:
        return np.zeros(len(population), dtype=bool)
    found: Bools = np.diff(plans.offsets) > 0
    return found


def batch_rows(  # noqa: PLR0912 (one condition per column the run reads)
    population: Population, plan: Compiled, *, plan_rules: PlanRules | None = None
) -> Bools:
    """Which rows the batch path can compute under the compiled rules (the rest go scalar).

    `plan_rules` are the rules of the plan year's end (for rows with a plan).
    """
    size = len(population)
    held: Bools = np.ones(size, dtype=bool)
    if population.problems:
        held[[p.row for p in population.problems]] = False
    if population.cases is not None:
        held &= np.array([c is None for c in population.cases], dtype=bool)
    codes, wholes = population.codes, population.wholes
    missing = np.full(size, MISSING, dtype=np.int8)
    work_result = codes.get("work_result", missing)
    behaviour = codes.get("behaviour", missing)
    planned = plan_rows_of(population)
    if plan_rules is None:
        held &= ~planned
    held &= ~planned | (behaviour != MISSING)
    rated = (work_result != MISSING) & (behaviour != MISSING) & ~planned
    held &= planned | rated | ((work_result == MISSING) & (behaviour == MISSING))
    if plan.matrix is None:
        held &= ~rated
    known = planned | rated | (codes.get("predicate", missing) != MISSING)
    level = codes.get("level")
    if level is not None:
        needs = level != MISSING
        held &= ~needs | known
        if plan.credits is None:
            held &= ~needs
    if population.base_amount is not None:
        held &= _allowance_held(population, plan, known)
    days = wholes.get("absent_days_year")
    if days is not None:
        needs = days != MISSING
        consecutive = wholes.get("consecutive_days_year")
        if consecutive is not None:
            held &= ~needs | (consecutive == MISSING) | (consecutive == 0)
        if plan.penalties is None:
            held &= ~needs
        else:
            position = codes.get("position", missing).astype(np.int64) + 1
            entry = plan.penalties[position, np.where(needs, days, 0)]
            held &= ~needs | (entry != SCALAR)
    potential = codes.get("potential")
    if potential is not None:
        needs = potential != MISSING
        held &= ~needs | (work_result != MISSING) | planned
        if plan.boxes is None:
            held &= ~needs
    return held


def _allowance_held(population: Population, plan: Compiled, known: Bools) -> Bools:
    amounts = population.base_amount
    assert amounts is not None
    if amounts.dtype == object:
        return np.array([a is None for a in amounts], dtype=bool)
    needs = amounts != MISSING
    tpp = plan.allowance
    if tpp is None:
        refused: Bools = ~needs
        return refused
    wholes, codes = population.wholes, population.codes
    working = wholes.get("working_days")
    if working is None:
        refused = ~needs
        return refused
    ok = known & (working != MISSING)
    ok &= amounts <= tpp.max_base
    for column in ("absent_days", "missed_ceremonies"):  # a missing count (-1) is none
        count = wholes.get(column)
        if count is not None:
            ok &= count <= working
    for column in ("late_minutes", "early_leave_minutes"):
        occurrences = population.minutes(column)
        if occurrences is not None:
            offsets = occurrences[1]
            ok &= offsets[1:] - offsets[:-1] <= working
    state = codes.get("state")
    if state is not None:
        ok &= (state == MISSING) | (state == _ACTIVE)
    in_post = wholes.get("days_in_post")
    if in_post is not None:
        ok &= in_post == MISSING
    held: Bools = ~needs | ok
    return held
