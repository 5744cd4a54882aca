"""The scalar path of a population run: one row through the library's rule functions.

This is the reference: the batch path must give the same published values for every row it
computes, and every row it cannot compute (an input it cannot hold, a rule it cannot compile,
every row with a problem) comes here. Each column's rule raises its own errors, so every row
problem has exactly one implementation, the rule's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, cast

import attrs

from kinerja_core.allowance.allowance_specs import EmploymentState
from kinerja_core.allowance.monthly import (
    AllowanceBreakdown,
    AllowanceLineKind,
    AttendanceRecord,
    monthly_allowance,
)
from kinerja_core.careers.credits import credit_points
from kinerja_core.core.errors import InvalidValueError, KinerjaError
from kinerja_core.core.explain import Explanation, explain
from kinerja_core.core.parameters import Rules
from kinerja_core.discipline.absence import absence_sanction
from kinerja_core.performance.evaluation import PerformanceCase
from kinerja_core.performance.predicate import performance_predicate
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.population.columns import Population, RowProblem
from kinerja_core.population.plans import PlanItems
from kinerja_core.talent.box import talent_box

__all__ = ["ATTENDANCE_LINES", "RowValues", "explain_row", "scalar_row"]

ATTENDANCE_LINES = frozenset(
    {
        AllowanceLineKind.ABSENCE,
        AllowanceLineKind.LATENESS,
        AllowanceLineKind.EARLY_LEAVE,
        AllowanceLineKind.MISSED_CEREMONY,
        AllowanceLineKind.CONSECUTIVE_ABSENCE,
        AllowanceLineKind.CAP,
    }
)
"""The lines summed in the `allowance_attendance_cut` column."""

_SOURCES = frozenset({"case", "plan", "work_result", "behaviour", "predicate"})
"""The columns the predikat comes from (a problem there is the predikat's problem)."""


@attrs.define
class RowValues:
    """One row's published values (internal to the population package)."""

    predicate: Predicate | None = None
    work_result: Rating | None = None
    credit_points: Decimal | None = None
    allowance: AllowanceBreakdown | None = None
    penalty: object = None
    has_penalty: bool = False
    talent_box: int | None = None


def _required(column: str, needed_for: str, needed_for_id: str) -> InvalidValueError:
    return InvalidValueError(
        column,
        None,
        f"is required for {needed_for}",
        reason_id=f"wajib diisi untuk {needed_for_id}",
        code="required",
    )


class _Row:
    """The cells of one row, read as the scalar rules take them."""

    __slots__ = ("population", "row")

    def __init__(self, population: Population, row: int) -> None:
        self.population = population
        self.row = row

    def __getattr__(self, column: str) -> Any:  # noqa: ANN401 (a cell of any column)
        return self.population.cell(column, self.row)


def _case(cells: _Row) -> PerformanceCase | None:
    """The row's case: its `case` cell, or the case of its plan (with its behaviour rating)."""
    case = cells.case
    if isinstance(case, PerformanceCase):
        return case
    plan: PlanItems | None = cells.population.plan
    if plan is None or plan.items(cells.row) is None:
        return None
    behaviour = cells.behaviour
    if behaviour is None:
        raise _required("behaviour", "the predikat of the plan", "predikat dari rencana")
    return plan.case(cells.row, cells.employee, behaviour)


def _predicate(cells: _Row, rules: Rules) -> tuple[str, Predicate | None, Rating | None]:
    """Where the row's predikat comes from, the predikat and the work-result rating."""
    case = _case(cells)
    if case is not None:
        # imported on use: the dispatcher sits above every regime
        from kinerja_core._dispatch import evaluate  # noqa: PLC0415

        evaluation = evaluate(case, policy=rules.policy)
        found = evaluation.predicate
        # a PermenPANRB 6/2022 case gives a Predicate (None when not evaluated)
        return (
            "case",
            found if isinstance(found, Predicate) else None,
            evaluation.work_result if isinstance(evaluation.work_result, Rating) else None,
        )
    work_result, behaviour = cells.work_result, cells.behaviour
    if work_result is not None or behaviour is not None:
        if work_result is None:
            raise _required("work_result", "the predikat by the matrix", "predikat dari matriks")
        if behaviour is None:
            raise _required("behaviour", "the predikat by the matrix", "predikat dari matriks")
        matrix: Predicate = performance_predicate(work_result, behaviour, rules=rules)
        return "work_result", matrix, work_result
    given: Predicate | None = cells.predicate
    return "predicate", given, None


def _needs_predicate(predicate: Predicate | None, what: str, what_id: str) -> Predicate:
    if predicate is None:
        raise _required("predicate", what, what_id)
    return predicate


def _attendance(cells: _Row, on: date) -> AttendanceRecord:
    if cells.working_days is None:
        raise _required("working_days", "the allowance", "tunjangan")
    return AttendanceRecord(
        on.year,
        on.month,
        cells.working_days,
        absent_days=cells.absent_days or 0,
        late_minutes=cells.late_minutes,
        early_leave_minutes=cells.early_leave_minutes,
        missed_ceremonies=cells.missed_ceremonies or 0,
        consecutive_absent_days=cells.consecutive_absent_days or 0,
        state=cells.state or EmploymentState.ACTIVE,
        days_in_post=cells.days_in_post,
    )


def _stages(cells: _Row, rules: Rules) -> list[tuple[str, Callable[[RowValues], None]]]:
    """The row's steps in order, each filling its column (a step's error is a row problem)."""
    on = rules.on
    stages: list[tuple[str, Callable[[RowValues], None]]] = []

    def predicate(values: RowValues) -> None:
        _, values.predicate, values.work_result = _predicate(cells, rules)

    stages.append(("predicate", predicate))
    if cells.level is not None:

        def credit(values: RowValues) -> None:
            chosen = _needs_predicate(values.predicate, "the angka kredit", "angka kredit")
            months = 12 if cells.months is None else cells.months
            values.credit_points = credit_points(chosen, cells.level, months=months, rules=rules)

        stages.append(("credit_points", credit))
    if cells.base_amount is not None:

        def allowance(values: RowValues) -> None:
            record = _attendance(cells, on)  # its problems first: all of them at once
            chosen = _needs_predicate(values.predicate, "the allowance", "tunjangan")
            values.allowance = monthly_allowance(cells.base_amount, chosen, record, rules=rules)

        stages.append(("allowance", allowance))
    if cells.absent_days_year is not None:

        def penalty(values: RowValues) -> None:
            found = absence_sanction(
                cells.absent_days_year,
                consecutive_days=cells.consecutive_days_year or 0,
                position=cells.position,
                rules=rules,
            )
            values.penalty, values.has_penalty = found.penalty, True

        stages.append(("penalty", penalty))
    if cells.potential is not None:

        def box(values: RowValues) -> None:
            performance: Rating | None = values.work_result
            if performance is None:
                raise _required("work_result", "the talent box", "kotak talenta")
            values.talent_box = talent_box(performance, cells.potential, rules=rules)

        stages.append(("talent_box", box))
    return stages


def scalar_row(
    population: Population, row: int, rules: Rules
) -> tuple[RowValues, list[RowProblem]]:
    """One row's values and problems, through the scalar rules.

    A step that fails leaves its column empty and records its error; the steps after it still
    run (a step that needs the predikat reports the missing predikat only when the predikat
    step itself had no problem).
    """
    cells = _Row(population, row)
    values = RowValues()
    problems = [p for p in population.problems if p.row == row]
    failed = {p.column for p in problems}
    for column, stage in _stages(cells, rules):
        try:
            stage(values)
        except KinerjaError as error:
            if error.field == "predicate" and error.code == "required" and failed & _SOURCES:
                continue  # the predikat's own problem is reported already
            # the predikat's inputs are columns: name the column itself (rows[2].behaviour)
            where = error.field if column == "predicate" and error.field in _SOURCES else column
            if where == "predicate" and cells.case is None and cells.plan is not None:
                where = "plan"  # the plan's own problem (e.g. a realisation the formula refuses)
            if where in failed:
                continue  # the cell's own problem is reported already
            failed.add(where)
            problems.append(RowProblem(row, where, error))
    return values, problems


def explain_row(population: Population, row: int, rules: Rules) -> dict[str, Explanation]:
    """The explanation of each of a row's columns, built now through the scalar rules.

    Raises:
        KinerjaError: The row's first problem, if it has one.
    """
    cells = _Row(population, row)
    values, problems = scalar_row(population, row, rules)
    if problems:
        raise problems[0].error
    found: dict[str, Explanation] = {}
    source, _, work_result = _predicate(cells, rules)
    if source == "case":
        from kinerja_core._dispatch import evaluate  # noqa: PLC0415

        found["predicate"] = evaluate(
            cast(PerformanceCase, _case(cells)), policy=rules.policy
        ).explanation
    elif source == "work_result":
        found["predicate"] = explain(
            performance_predicate, cells.work_result, cells.behaviour, rules=rules
        ).explanation
    if values.credit_points is not None and values.predicate is not None:
        found["credit_points"] = explain(
            credit_points,
            values.predicate,
            cells.level,
            months=12 if cells.months is None else cells.months,
            rules=rules,
        ).explanation
    if values.allowance is not None:
        found["allowance"] = values.allowance.explanation
    if values.has_penalty:
        found["penalty"] = absence_sanction(
            cells.absent_days_year,
            consecutive_days=cells.consecutive_days_year or 0,
            position=cells.position,
            rules=rules,
        ).explanation
    if values.talent_box is not None and work_result is not None:
        found["talent_box"] = explain(
            talent_box, work_result, cells.potential, rules=rules
        ).explanation
    return found
