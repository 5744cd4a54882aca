"""Evaluate a population under one policy: the batch path, with the scalar path behind it."""

from __future__ import annotations

from typing import Any, Final, Literal

import numpy as np
import numpy.typing as npt

from kinerja_core.allowance.allowance_specs import ALLOWANCE_RULES
from kinerja_core.allowance.monthly import AllowanceLineKind
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.parameters import Rules
from kinerja_core.discipline.penalties import Penalty
from kinerja_core.performance.ratings import Predicate
from kinerja_core.population.batch import (
    SCALAR,
    Compiled,
    allowance_columns,
    batch_rows,
    compiled,
    credit_places_of,
    per_row_sum,
    plan_rows_of,
)
from kinerja_core.population.columns import MINUTE_COLUMNS, MISSING, Population, RowProblem
from kinerja_core.population.plans import PlanItems, PlanRules, plan_rules_of, work_results
from kinerja_core.population.results import PopulationResult
from kinerja_core.population.scalar import ATTENDANCE_LINES, RowValues, scalar_row

__all__ = ["Engine", "evaluate_population"]

Bools = npt.NDArray[np.bool_]

CHUNK_ROWS: Final = 1 << 17
"""The rows the batch path computes at once (its temporaries: a few MB, in cache)."""

_PREDICATE_CODES = {p: i for i, p in enumerate(Predicate)}
_PENALTY_CODES = {p: i for i, p in enumerate(Penalty)}


class Engine(LabelledEnum):
    """How a population run computes its rows.

    `BATCH` compiles the rules to lookup arrays and exact integer lines and computes every row
    it can hold at once (numpy), sending the others to the scalar path; `SCALAR` computes every
    row through the library's rule functions, one by one (the reference, and the fallback).
    """

    BATCH = "batch"
    SCALAR = "scalar"

    @classmethod
    def _english(cls) -> dict[Engine, str]:
        return {cls.BATCH: "batch", cls.SCALAR: "scalar"}


def evaluate_population(
    population: Population,
    rules: Rules,
    *,
    engine: Engine = Engine.BATCH,
    errors: Literal["collect", "raise"] = "collect",
) -> PopulationResult:
    """Evaluate every row of a population under one policy, for one paid month.

    Each row gets what its cells allow: the predikat (from its case, its two ratings by the
    matrix, or as given), the angka kredit (with a jenjang), the month's TPP and its cuts (with
    a base amount), the absence penalty (with the year's absent days) and the talent box (with
    a potential). The batch engine gives exactly the values the scalar rule functions give (the
    same `str()` of every published value); explanations are built only when asked for, row by
    row (`result.explain(i)`).

    Args:
        population: The rows.
        rules: The policy's rules taken at a day of the paid month, e.g.
            `policy.at(date(2025, 3, 1))` (the TPP is computed under the rules of the paid
            month; the predikat of a case under its period's).
        engine: `Engine.BATCH` (default) or `Engine.SCALAR`.
        errors: `"collect"` (default) reports each bad row in `result.problems` and computes
            the others; `"raise"` raises them all at once.

    Returns:
        The columns of published values, the problems, and explanations on demand.

    Raises:
        InvalidValueError: If `population` or `rules` has the wrong type, or the population has
            base amounts and the policy no TPP rules (`ALLOWANCE_RULES`).
        ValidationError: With `errors="raise"`, every problem of every row, each with its path.
    """
    if not isinstance(population, Population):
        raise InvalidValueError(
            "population",
            type(population).__name__,
            "must be a Population",
            reason_id="harus berupa Population",
            code="wrong_type",
        )
    if not isinstance(rules, Rules):
        raise InvalidValueError(
            "rules",
            type(rules).__name__,
            "must be a policy's rules taken at a day of the paid month (policy.at(day))",
            reason_id="harus berupa aturan suatu kebijakan pada salah satu hari bulan yang "
            "dibayar (policy.at(hari))",
            code="wrong_type",
        )
    if population.base_amount is not None and ALLOWANCE_RULES not in rules.policy:
        raise InvalidValueError(
            "rules",
            rules.policy.name,
            "the population has base amounts but the policy has no TPP rules: add them with "
            "policy.with_overrides(name, {ALLOWANCE_RULES: ...})",
            reason_id="populasi memiliki besaran dasar tetapi kebijakan tidak memiliki aturan "
            "TPP: tambahkan dengan policy.with_overrides(nama, {ALLOWANCE_RULES: ...})",
            code="no_allowance_rules",
        )
    chosen = Engine(engine)
    result = PopulationResult(population, rules, credit_places=credit_places_of(rules))
    if chosen is Engine.BATCH:
        plans = population.plan
        plan_rules = None if plans is None else plan_rules_of(rules, plans.year)
        held = _batch(result, population, compiled(rules), plan_rules)
    else:
        held = np.zeros(len(population), dtype=bool)
    problems: list[RowProblem] = []
    scalar = np.flatnonzero(~held)
    for row in scalar.tolist():
        values, found = scalar_row(population, row, rules)
        _fill_row(result, row, values)
        problems.extend(found)
    result.problems = tuple(problems)
    result.scalar_rows = len(scalar)
    if errors == "raise":
        result.raise_problems()
    return result


def _batch(
    result: PopulationResult, population: Population, plan: Compiled, plan_rules: PlanRules | None
) -> Bools:
    """Fill every row the batch path holds, chunk by chunk; returns which rows it held.

    The rows are computed in chunks of `CHUNK_ROWS` (views of the columns): each chunk's
    temporaries stay small and in the processor's cache, and are reused from one chunk to the
    next instead of being fresh memory the size of the population.
    """
    size = len(population)
    held = np.zeros(size, dtype=bool)
    problem = np.zeros(size, dtype=bool)
    if population.problems:
        problem[[p.row for p in population.problems]] = True
    late_again = np.zeros(size, dtype=bool)
    for start in range(0, size, CHUNK_ROWS):
        stop = min(start + CHUNK_ROWS, size)
        part = _rows_of(population, start, stop)
        rows = batch_rows(part, plan, plan_rules=plan_rules)
        rows &= ~problem[start:stop]
        late_again[start:stop] = _fill_batch(result, part, plan, rows, start, plan_rules)
        held[start:stop] = rows
    if late_again.any():
        _clear(result, late_again)
        held &= ~late_again
    return held


def _rows_of(population: Population, start: int, stop: int) -> Population:
    """Rows `start` to `stop` of a population, as views of its columns (problems not kept)."""
    part = Population.__new__(Population)
    part.employee = population.employee[start:stop]
    part.unit = None if population.unit is None else population.unit[start:stop]
    part.unit_names = population.unit_names
    part.cases = None if population.cases is None else population.cases[start:stop]
    part.codes = {k: v[start:stop] for k, v in population.codes.items()}
    part.wholes = {k: v[start:stop] for k, v in population.wholes.items()}
    amounts = population.base_amount
    part.base_amount = None if amounts is None else amounts[start:stop]
    part._minutes = {}
    for column in MINUTE_COLUMNS:
        found = population.minutes(column)
        if found is not None:
            values, offsets = found
            first, last = int(offsets[start]), int(offsets[stop])
            part._minutes[column] = (values[first:last], offsets[start : stop + 1] - first)
    part.plan = None if population.plan is None else _plans_of(population.plan, start, stop)
    part.problems = ()
    return part


def _plans_of(plans: PlanItems, start: int, stop: int) -> PlanItems:
    """The plans of rows `start` to `stop`, as views (their problems are the population's)."""
    part = PlanItems.__new__(PlanItems)
    part.year = plans.year
    first, last = int(plans.offsets[start]), int(plans.offsets[stop])
    part.offsets = plans.offsets[start : stop + 1] - first
    for name in ("target", "realisation", "weight", "polarity"):
        setattr(part, name, getattr(plans, name)[first:last])
    part._exact = None  # the chain reads the arrays only
    part.problems = ()
    return part


def _fill_batch(  # noqa: PLR0917 (the chunk, where it starts, the rules)
    result: PopulationResult,
    population: Population,
    plan: Compiled,
    held: Bools,
    start: int,
    plan_rules: PlanRules | None,
) -> Bools:
    """Fill the held rows of a chunk starting at row `start` of the result.

    Each column is computed on every row of the chunk (whole-array look-ups and arithmetic, no
    boolean selection) and kept only where the row is held and has the column's inputs.

    Returns:
        The chunk's rows a table entry sends to the scalar path after all.
    """
    size = len(population)
    window = slice(start, start + size)
    codes, wholes = population.codes, population.wholes
    missing8 = np.full(size, MISSING, dtype=np.int8)
    work_result = codes.get("work_result", missing8)
    behaviour = codes.get("behaviour", missing8)
    planned = plan_rows_of(population)
    given = codes.get("predicate")
    predicate = np.full(size, MISSING, dtype=np.int64) if given is None else given.astype(np.int64)
    if plan.matrix is not None and "work_result" in codes:
        # codes -1..2 make a flat index -4..8: always in the 3×3 table (unrated rows unused)
        cell = work_result.astype(np.int64)
        cell *= plan.matrix.shape[1]
        cell += behaviour
        rated = held & (work_result != MISSING) & ~planned
        np.copyto(predicate, plan.matrix.ravel()[cell], where=rated)
    late_again = np.zeros(size, dtype=bool)
    if population.plan is not None and plan_rules is not None:
        rows = np.flatnonzero(held & planned)
        derived, decided = work_results(population.plan, rows, plan_rules)
        late_again[rows[~decided]] = True
        work_result = work_result.astype(np.int64)  # a copy: the population's stays
        work_result[rows] = derived
        predicate[rows] = plan_rules.matrix[derived, behaviour[rows].astype(np.int64)]
    _kept(result.predicates[window], held, predicate)
    level = codes.get("level")
    if level is not None and plan.credits is not None:
        rows = held & (level != MISSING)
        months = wholes.get("months")
        _, levels, month_count = plan.credits.shape
        index = predicate * levels
        index += level
        index *= month_count
        index[~rows] = 0  # the unused rows read the table's first entry
        index += 12 if months is None else np.where(months == MISSING, 12, months)
        entry = plan.credits.ravel()[index]
        late_again |= rows & (entry == SCALAR)
        _kept(result.credits[window], rows, entry)
    _fill_allowance(result, population, plan, held, predicate, window)
    days = wholes.get("absent_days_year")
    if days is not None and plan.penalties is not None:
        rows = held & (days != MISSING)
        position = codes.get("position", missing8).astype(np.int64) + 1
        result.penalties[window][rows] = plan.penalties[position[rows], days[rows]]
        result._has_penalty[window][rows] = True
    potential = codes.get("potential")
    if potential is not None and plan.boxes is not None:
        rows = held & (potential != MISSING)
        result.talent_boxes[window][rows] = plan.boxes[
            work_result[rows].astype(np.int64), potential[rows].astype(np.int64)
        ]
    return late_again


def _fill_allowance(  # noqa: PLR0917 (the chunk and what it has computed)
    result: PopulationResult,
    population: Population,
    plan: Compiled,
    held: Bools,
    predicate: npt.NDArray[np.int64],
    window: slice,
) -> None:
    """Fill the allowance columns of a chunk's held rows that have a base amount."""
    size = len(population)
    wholes = population.wholes
    amounts, tpp = population.base_amount, plan.allowance
    if amounts is None or tpp is None or amounts.dtype == object:
        return
    rows = held & (amounts != MISSING)
    every = bool(rows.all())

    def cells(column: str) -> npt.NDArray[np.int64]:
        found = wholes.get(column)
        if found is None:
            return np.zeros(size, dtype=np.int64)
        return np.maximum(found, 0)  # a missing count (-1) is none

    def picked(values: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        return values if every else values[rows]

    late = per_row_sum(population.minutes("late_minutes"), tpp.lateness[2], size)
    early = per_row_sum(population.minutes("early_leave_minutes"), tpp.early_leave[2], size)
    columns = allowance_columns(
        tpp,
        picked(amounts),
        picked(predicate),
        picked(cells("absent_days")),
        picked(late),
        picked(early),
        picked(cells("missed_ceremonies")),
        picked(cells("consecutive_absent_days")),
    )
    found = {
        "allowance": columns.total,
        "allowance_performance_cut": columns.performance,
        "allowance_attendance_cut": columns.attendance,
        "allowance_employee_bpjs": columns.employee_bpjs,
        "employer_bpjs": columns.employer_bpjs,
    }
    for name, values in found.items():
        _kept(result._amounts[name][window], rows, values, picked=True)
    result._has_allowance[window][rows] = True


def _kept(
    target: npt.NDArray[Any], rows: Bools, values: npt.NDArray[np.int64], *, picked: bool = False
) -> None:
    """Write `values` into `target` (a view) where `rows`.

    `values` has a value per row of `target`, or with `picked` one per row of `rows` only.
    """
    if rows.all():
        target[...] = values
    elif picked:
        target[rows] = values
    else:
        np.copyto(target, values, where=rows, casting="unsafe")


def _clear(result: PopulationResult, rows: npt.NDArray[np.bool_]) -> None:
    result.predicates[rows] = MISSING
    result.credits[rows] = MISSING
    for amounts in result._amounts.values():
        amounts[rows] = 0
    result._has_allowance[rows] = False
    result.penalties[rows] = MISSING
    result._has_penalty[rows] = False
    result.talent_boxes[rows] = 0


def _fill_row(result: PopulationResult, row: int, values: RowValues) -> None:
    if values.predicate is not None:
        result.predicates[row] = _PREDICATE_CODES[values.predicate]
    if values.credit_points is not None:
        result.credits[row] = int(values.credit_points.scaleb(result.credit_places))
    breakdown = values.allowance
    if breakdown is not None:
        amounts = result._amounts
        kinds = [(line.kind, line.amount) for line in breakdown.lines]
        amounts["allowance"][row] = breakdown.total
        amounts["allowance_performance_cut"][row] = sum(
            a for k, a in kinds if k is AllowanceLineKind.PERFORMANCE
        )
        amounts["allowance_attendance_cut"][row] = sum(a for k, a in kinds if k in ATTENDANCE_LINES)
        amounts["allowance_employee_bpjs"][row] = sum(
            a for k, a in kinds if k is AllowanceLineKind.EMPLOYEE_BPJS
        )
        amounts["employer_bpjs"][row] = breakdown.employer_bpjs
        result._has_allowance[row] = True
    if values.has_penalty:
        result._has_penalty[row] = True
        if isinstance(values.penalty, Penalty):
            result.penalties[row] = _PENALTY_CODES[values.penalty]
    if values.talent_box is not None:
        result.talent_boxes[row] = values.talent_box
