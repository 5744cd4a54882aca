"""The result of a population run: one column per published value, explanations on demand."""

from __future__ import annotations

import html
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from kinerja_core.core._text import Lang
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Explanation
from kinerja_core.core.parameters import Rules
from kinerja_core.performance.ratings import Predicate
from kinerja_core.population import _frames
from kinerja_core.population.columns import MISSING, Population, RowProblem, problems_error
from kinerja_core.population.scalar import explain_row

__all__ = ["AMOUNT_COLUMNS", "RESULT_COLUMNS", "PopulationResult"]

AMOUNT_COLUMNS: Final = _frames.AMOUNT_COLUMNS
"""The rupiah columns (whole rupiah, `None` where the row has no allowance)."""

RESULT_COLUMNS: Final = (
    "predicate",
    "credit_points",
    *AMOUNT_COLUMNS,
    "penalty",
    "talent_box",
)
"""Every published column of a population result, in order."""

PREDICATES: Final = _frames.PREDICATES
PENALTIES: Final = _frames.PENALTIES


class PopulationResult:
    """The published values of a population run, column by column.

    Columns (each `None` where the row's inputs do not give it or the row has a problem):

    - `predicate`: the predikat (`Predicate`);
    - `credit_points`: the angka kredit (`Decimal`, two places);
    - `allowance`: the TPP paid for the month (whole rupiah), with its `allowance_performance_cut`
      (the predikat's line), `allowance_attendance_cut` (the attendance lines and the cap's
      give-back), `allowance_employee_bpjs` (negative, as in the breakdown) and the
      `employer_bpjs` paid on top;
    - `penalty`: the absence penalty (`Penalty`, `None` for none or not asked);
    - `talent_box`: the 9-box (1-9).

    Attributes:
        population: The population evaluated.
        rules: The rules applied (a policy taken at a day of the paid month).
        problems: Every problem of every row, each with its row index and column.
        scalar_rows: How many rows the scalar path computed (every row on the scalar engine;
            on the batch engine, the rows it could not hold and the rows with problems).
    """

    __slots__ = (
        "_amounts",
        "_has_allowance",
        "_has_penalty",
        "credit_places",
        "credits",
        "penalties",
        "population",
        "predicates",
        "problems",
        "rules",
        "scalar_rows",
        "talent_boxes",
    )

    def __init__(
        self,
        population: Population,
        rules: Rules,
        *,
        credit_places: int,
    ) -> None:
        size = len(population)
        self.population = population
        self.rules = rules
        self.credit_places = credit_places
        self.predicates: npt.NDArray[np.int8] = np.full(size, MISSING, dtype=np.int8)
        self.credits: npt.NDArray[np.int64] = np.full(size, MISSING, dtype=np.int64)
        self._amounts: dict[str, npt.NDArray[np.int64]] = {
            name: np.zeros(size, dtype=np.int64) for name in AMOUNT_COLUMNS
        }
        self._has_allowance: npt.NDArray[np.bool_] = np.zeros(size, dtype=bool)
        self.penalties: npt.NDArray[np.int8] = np.full(size, MISSING, dtype=np.int8)
        self._has_penalty: npt.NDArray[np.bool_] = np.zeros(size, dtype=bool)
        self.talent_boxes: npt.NDArray[np.int8] = np.zeros(size, dtype=np.int8)
        self.problems: tuple[RowProblem, ...] = ()
        self.scalar_rows = 0

    # --- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.population)

    def __repr__(self) -> str:
        return (
            f"<PopulationResult of {len(self)} rows under {self.rules.policy.name!r} on "
            f"{self.rules.on.isoformat()}: {len(self.problem_rows)} row(s) with problems>"
        )

    @property
    def problem_rows(self) -> tuple[int, ...]:
        """The indexes of the rows with problems, each once, in order."""
        return tuple(sorted({p.row for p in self.problems}))

    def amounts(self, column: str) -> npt.NDArray[np.int64]:
        """A rupiah column as an `int64` array (0 where `has_allowance` is false)."""
        return self._amounts[_checked(column, AMOUNT_COLUMNS)]

    @property
    def has_allowance(self) -> npt.NDArray[np.bool_]:
        """Which rows have an allowance."""
        return self._has_allowance

    @property
    def has_penalty(self) -> npt.NDArray[np.bool_]:
        """Which rows have an absence-penalty answer (a penalty or none)."""
        return self._has_penalty

    def _arrays(self) -> tuple[npt.NDArray[Any], ...]:
        """Every array of values and flags, in one fixed order (to copy results row-wise)."""
        return (
            self.predicates,
            self.credits,
            *self._amounts.values(),
            self._has_allowance,
            self.penalties,
            self._has_penalty,
            self.talent_boxes,
        )

    def value(self, column: str, row: int) -> object:
        """One published value (`None` where the row has none)."""
        column = _checked(column, RESULT_COLUMNS)
        if column == "predicate":
            code = int(self.predicates[row])
            return None if code == MISSING else PREDICATES[code]
        if column == "credit_points":
            scaled = int(self.credits[row])
            return None if scaled == MISSING else Decimal(scaled).scaleb(-self.credit_places)
        if column in AMOUNT_COLUMNS:
            return int(self._amounts[column][row]) if self._has_allowance[row] else None
        if column == "penalty":
            code = int(self.penalties[row])
            return None if code == MISSING else PENALTIES[code]
        box = int(self.talent_boxes[row])
        return None if box == 0 else box

    def column(self, column: str) -> list[Any]:
        """A whole column of published values (a list; `None` where a row has none)."""
        column = _checked(column, RESULT_COLUMNS)
        if column == "predicate":
            return _decode(self.predicates, PREDICATES)
        if column == "penalty":
            return _decode(self.penalties, PENALTIES)
        if column == "credit_points":
            found, scaled = np.unique(self.credits, return_inverse=True)
            published = [
                None if s == MISSING else Decimal(int(s)).scaleb(-self.credit_places) for s in found
            ]
            return [published[i] for i in scaled.tolist()]
        if column in AMOUNT_COLUMNS:
            values = self._amounts[column].tolist()
            return [
                v if h else None for v, h in zip(values, self._has_allowance.tolist(), strict=True)
            ]
        return [None if b == 0 else b for b in self.talent_boxes.tolist()]

    def row(self, row: int) -> dict[str, object]:
        """One row's published values by column, with its employee and its problems."""
        _checked_row(row, len(self))
        found: dict[str, object] = {"employee": self.population.cell("employee", row)}
        found.update({column: self.value(column, row) for column in RESULT_COLUMNS})
        found["problems"] = tuple(p.message() for p in self.problems if p.row == row)
        return found

    def __iter__(self) -> Iterator[dict[str, object]]:
        return (self.row(i) for i in range(len(self)))

    def explain(self, row: int) -> dict[str, Explanation]:
        """The explanation of each of one row's values, built now by the scalar rules.

        Args:
            row: The row's index.

        Returns:
            The explanation of each column the row has (`predicate`, `credit_points`,
            `allowance`, `penalty`, `talent_box`).

        Raises:
            InvalidValueError: If `row` is out of range.
            KinerjaError: The row's first problem, if it has one.
        """
        _checked_row(row, len(self))
        return explain_row(self.population, row, self.rules)

    def raise_problems(self) -> None:
        """Raise every row problem at once, if there are any.

        Raises:
            ValidationError: Listing each problem with its path (`rows[4].months`).
        """
        if self.problems:
            raise problems_error(self.problems)

    # --- totals ----------------------------------------------------------------------------

    def predicate_counts(self, rows: npt.ArrayLike | None = None) -> dict[Predicate | None, int]:
        """How many rows have each predikat (`None`: no predikat), over all rows or some."""
        codes = self.predicates if rows is None else self.predicates[np.asarray(rows)]
        counts = np.bincount(codes.astype(np.int64) + 1, minlength=len(PREDICATES) + 1)
        found: dict[Predicate | None, int] = {
            p: int(counts[i + 1]) for i, p in enumerate(PREDICATES)
        }
        found[None] = int(counts[0])
        return found

    def total(self, column: str) -> int:
        """The sum of a rupiah column over the rows with an allowance (e.g. the month's TPP)."""
        return int(self._amounts[_checked(column, AMOUNT_COLUMNS)][self._has_allowance].sum())

    def total_credit_points(self) -> Decimal:
        """The sum of the angka kredit over the rows that have one."""
        given = self.credits[self.credits != MISSING]
        return Decimal(int(given.sum())).scaleb(-self.credit_places)

    # --- notebooks -------------------------------------------------------------------------

    def to_pandas(self, *, lang: Lang = "id") -> Any:  # noqa: ANN401 (pandas is optional)
        """The result as a pandas DataFrame (needs the `[pandas]` extra).

        Enum columns are categoricals of their labels in `lang`; rupiah columns are nullable
        `Int64`; `credit_points` holds `Decimal` values (exact); a `problems` column counts
        each row's problems.
        """
        return _frames.to_pandas(self, lang)

    def to_polars(self, *, lang: Lang = "id") -> Any:  # noqa: ANN401 (polars is optional)
        """The result as a polars DataFrame (needs the `[polars]` extra).

        Enum columns are `pl.Enum` of their labels in `lang`; rupiah columns are `Int64` with
        nulls; `credit_points` is a `Decimal` column of its places.
        """
        return _frames.to_polars(self, lang)

    def _repr_html_(self) -> str:
        counts = self.predicate_counts()
        cells = "".join(
            f"<tr><td>{html.escape(p.label('id'))}</td><td>{n}</td></tr>"
            for p, n in counts.items()
            if p is not None
        )
        money = ""
        if self._has_allowance.any():
            money = (
                f"<p>TPP: Rp {self.total('allowance'):,} for "
                f"{int(self._has_allowance.sum()):,} employees</p>"
            )
        return (
            f"<div><p><b>Population result</b>: {len(self):,} rows under "
            f"{html.escape(self.rules.policy.name)} on {self.rules.on.isoformat()}; "
            f"{len(self.problem_rows):,} with problems, {self.scalar_rows:,} on the scalar "
            f"path</p><table><tr><th>Predikat</th><th>Pegawai</th></tr>{cells}</table>{money}"
            "</div>"
        )


def _decode(codes: npt.NDArray[np.int8], members: tuple[Any, ...]) -> list[Any]:
    table = [*members, None]  # code -1 reads the last entry
    return [table[c] for c in codes.tolist()]


def _checked(column: str, allowed: tuple[str, ...]) -> str:
    if column not in allowed:
        raise InvalidValueError(
            "column",
            column,
            f"is not a result column (one of {', '.join(allowed)})",
            reason_id=f"bukan kolom hasil (salah satu dari {', '.join(allowed)})",
            code="unknown_column",
        )
    return column


def _checked_row(row: int, size: int) -> None:
    if isinstance(row, bool) or not isinstance(row, int) or not 0 <= row < size:
        raise InvalidValueError(
            "row",
            row,
            f"must be a row index from 0 to {size - 1}",
            reason_id=f"harus indeks baris dari 0 sampai dengan {size - 1}",
            code="out_of_range",
        )
