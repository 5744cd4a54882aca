"""Evaluate a population under one policy: the batch path, with the scalar path behind it."""

from __future__ import annotations

from typing import Literal

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
    per_row_percent,
    plan_rows_of,
)
from kinerja_core.population.columns import MISSING, Population, RowProblem
from kinerja_core.population.plans import PlanRules, plan_rules_of, work_results
from kinerja_core.population.results import PopulationResult
from kinerja_core.population.scalar import ATTENDANCE_LINES, RowValues, scalar_row

__all__ = ["Engine", "evaluate_population"]

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
        plan = compiled(rules)
        plans = population.plan
        plan_rules = None if plans is None else plan_rules_of(rules, plans.year)
        held = batch_rows(population, plan, plan_rules=plan_rules)
        held &= ~_fill_batch(result, population, plan, held, plan_rules)
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


def _fill_batch(  # noqa: PLR0915 (the columns, in the order of the rules)
    result: PopulationResult,
    population: Population,
    plan: Compiled,
    held: npt.NDArray[np.bool_],
    plan_rules: PlanRules | None,
) -> npt.NDArray[np.bool_]:
    """Fill the held rows; returns the rows a table entry sends to the scalar path after all."""
    size = len(population)
    codes, wholes = population.codes, population.wholes
    missing8 = np.full(size, MISSING, dtype=np.int8)
    missing64 = np.full(size, MISSING, dtype=np.int64)
    work_result = codes.get("work_result", missing8).astype(np.int64)
    behaviour = codes.get("behaviour", missing8).astype(np.int64)
    planned = plan_rows_of(population)
    rated = held & (work_result != MISSING) & ~planned
    predicate = codes.get("predicate", missing8).astype(np.int64)
    if plan.matrix is not None:
        predicate = np.where(rated, plan.matrix[work_result, behaviour], predicate)
    late_again = np.zeros(size, dtype=bool)
    if population.plan is not None and plan_rules is not None:
        rows = np.flatnonzero(held & planned)
        derived, decided = work_results(population.plan, rows, plan_rules)
        late_again[rows[~decided]] = True
        work_result = work_result.copy()
        work_result[rows] = derived
        predicate[rows] = plan_rules.matrix[derived, behaviour[rows]]
    result.predicates[held] = predicate[held]
    level = codes.get("level")
    if level is not None and plan.credits is not None:
        rows = held & (level != MISSING)
        months = wholes.get("months", missing64)
        months = np.where(months == MISSING, 12, months)
        entry = plan.credits[predicate[rows], level[rows].astype(np.int64), months[rows]]
        result.credits[rows] = entry
        late_again[np.flatnonzero(rows)[entry == SCALAR]] = True
        result.credits[late_again] = MISSING
    amounts = population.base_amount
    if amounts is not None and plan.allowance is not None and amounts.dtype != object:
        rows = held & (amounts != MISSING)
        late = per_row_percent(
            population.minutes("late_minutes"), plan.allowance.lateness[2], size
        )[0]
        early = per_row_percent(
            population.minutes("early_leave_minutes"), plan.allowance.early_leave[2], size
        )[0]

        def cells(column: str) -> npt.NDArray[np.int64]:
            found = wholes.get(column, missing64)[rows]
            return np.where(found == MISSING, 0, found)

        columns = allowance_columns(
            plan.allowance,
            amounts[rows],
            predicate[rows],
            cells("absent_days"),
            late[rows],
            early[rows],
            cells("missed_ceremonies"),
            cells("consecutive_absent_days"),
        )
        result._amounts["allowance"][rows] = columns.total
        result._amounts["allowance_performance_cut"][rows] = columns.performance
        result._amounts["allowance_attendance_cut"][rows] = columns.attendance
        result._amounts["allowance_employee_bpjs"][rows] = columns.employee_bpjs
        result._amounts["employer_bpjs"][rows] = columns.employer_bpjs
        result._has_allowance[rows] = True
    days = wholes.get("absent_days_year")
    if days is not None and plan.penalties is not None:
        rows = held & (days != MISSING)
        position = codes.get("position", missing8).astype(np.int64) + 1
        result.penalties[rows] = plan.penalties[position[rows], days[rows]]
        result._has_penalty[rows] = True
    potential = codes.get("potential")
    if potential is not None and plan.boxes is not None:
        rows = held & (potential != MISSING)
        result.talent_boxes[rows] = plan.boxes[work_result[rows], potential[rows].astype(np.int64)]
    if late_again.any():
        _clear(result, late_again)
    return late_again


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
