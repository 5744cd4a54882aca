"""A population: one row per employee, held as columns (numpy arrays).

A [`Population`][kinerja_core.population.Population] holds what a population run reads, column
by column:

| column | values | used for |
|---|---|---|
| `employee` | the NIP or any id (required) | naming the rows |
| `unit` | the unit's name | partitioning, the distribution check |
| `case` | a `PerformanceCase` | the predikat, through `evaluate` |
| `work_result`, `behaviour` | `Rating` | the predikat, through the matrix |
| `predicate` | `Predicate` | a predikat already known |
| `level`, `months` | `FunctionalLevel`, 1-12 | the angka kredit |
| `base_amount` and the attendance columns | rupiah, days, minutes | the TPP of the paid month |
| `absent_days_year`, `consecutive_days_year` | days in the year | the absence penalty |
| `position` | `PositionKind` | the absence penalty (PP 53/2010's officials-only rows) |
| `potential` | `Potential` | the talent box (with `work_result`) |
| `rank` | `Rank` (golongan ruang) | carried for analysis (no rule of a run reads it) |

Every column but `employee` is optional, and every cell may be missing (`None`): a row's result
has what its cells allow. Enum columns are held as codes (the index of the member in the enum's
order, `-1` for missing), whole-number columns as `int64` (`-1` for missing), the minutes of each
late arrival and early leave as one flat array with row offsets. The constructor takes Python
values (members, official labels, whole numbers, Indonesian number text) and records every cell
it cannot read as a [`RowProblem`][kinerja_core.population.RowProblem] naming the row and the
column; [`Population.from_arrays`][kinerja_core.population.Population.from_arrays] takes the
coded arrays directly (the synthetic workforce generator does).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from functools import partial
from typing import Any, Final, Literal

import attrs
import numpy as np
import numpy.typing as npt

from kinerja_core.allowance.allowance_specs import EmploymentState
from kinerja_core.careers.credit_specs import FunctionalLevel, Rank
from kinerja_core.core.errors import (
    InvalidValueError,
    KinerjaError,
    UnknownLabelError,
    ValidationError,
)
from kinerja_core.core.numbers import parse_number, to_decimal
from kinerja_core.discipline.absence_specs import PositionKind
from kinerja_core.performance.evaluation import PerformanceCase
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.population._arrays import integers, length_mismatch, ragged_picks
from kinerja_core.population.plans import PlanItems, concat_plans
from kinerja_core.talent.box_specs import Potential

__all__ = ["ENUM_COLUMNS", "WHOLE_COLUMNS", "Population", "RowProblem"]

IntArray = npt.NDArray[np.int64]
CodeArray = npt.NDArray[np.int8]

MISSING: Final = -1
"""The code of a missing cell in an enum or whole-number column."""

ENUM_COLUMNS: Final[Mapping[str, type[enum.Enum]]] = {
    "work_result": Rating,
    "behaviour": Rating,
    "predicate": Predicate,
    "level": FunctionalLevel,
    "state": EmploymentState,
    "position": PositionKind,
    "potential": Potential,
    "rank": Rank,
}
"""The enum columns and their vocabulary; a code is the index of the member in `list(enum)`."""

WHOLE_COLUMNS: Final[Mapping[str, tuple[int, int]]] = {
    "months": (1, 12),
    "working_days": (1, 31),
    "absent_days": (0, 31),
    "missed_ceremonies": (0, 31),
    "consecutive_absent_days": (0, 366),
    "days_in_post": (0, 31),
    "absent_days_year": (0, 366),
    "consecutive_days_year": (0, 366),
}
"""The whole-number columns and the range a cell may take (a wider value is a row problem)."""

MINUTE_COLUMNS: Final = ("late_minutes", "early_leave_minutes")
"""The columns of minutes per occurrence (one tuple per row)."""

_MAX_MINUTES: Final = 24 * 60
_MAX_BASE: Final = 10**15
_INT64_BASE_LIMIT: Final = 2**62
"""Above this a base amount is kept exactly (as a `Decimal`), outside `int64`."""

MEMBERS: Final[Mapping[str, tuple[enum.Enum, ...]]] = {
    name: tuple(kind) for name, kind in ENUM_COLUMNS.items()
}


@attrs.frozen
class RowProblem:
    """A problem with one row of a population: which row, which column, and the error.

    Attributes:
        row: The row's index (0-based) in the population.
        column: The column the problem is in (or the step that refused the row).
        error: The library's error, with its field, reason (English and Indonesian) and code.
    """

    row: int
    column: str
    error: KinerjaError

    @property
    def path(self) -> str:
        """Where the problem is: `rows[12].months`, or deeper (`rows[3].case.plan.items[0]`)."""
        inner = self.error.field
        where = f"rows[{self.row}].{self.column}"
        return where if inner in {"", self.column} else f"{where}.{inner}"

    def message(self, lang: str = "en") -> str:
        """The problem in Indonesian (`"id"`) or English (`"en"`), with its path."""
        return f"{self.path}: {self.error.message(lang).split(': ', 1)[-1]}"


def problems_error(problems: Sequence[RowProblem]) -> ValidationError:
    """One error listing every row problem, each named by its path."""
    return ValidationError(
        "population",
        None,
        [
            InvalidValueError(
                p.path,
                p.error.value,
                p.error.reason,
                reason_id=p.error.reason_id,
                code=p.error.code,
                show_value=False,
            )
            for p in problems
        ],
    )


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float | np.floating) and np.isnan(value):  # a DataFrame's empty cell
        return True
    return isinstance(value, str) and not value.strip()


def _whole_cell(value: object, column: str) -> int:
    """A whole number from a cell: an int, a whole float from a DataFrame, or digits."""
    if isinstance(value, bool):
        raise InvalidValueError(
            column,
            value,
            "must be a whole number, not a boolean",
            reason_id="harus bilangan bulat, bukan boolean",
            code="wrong_type",
        )
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating) and value.is_integer():
        return int(value)
    if isinstance(value, str | Decimal):
        number = parse_number(value, field=column) if isinstance(value, str) else value
        if number == number.to_integral_value():
            return int(number)
    raise InvalidValueError(
        column,
        value,
        "must be a whole number",
        reason_id="harus bilangan bulat",
        code="not_whole",
    )


def _code_cell(value: object, column: str, index: Mapping[object, int]) -> int:
    found = index.get(value)
    if found is not None:
        return found
    kind = ENUM_COLUMNS[column]
    if isinstance(value, str):
        try:
            return index[kind.parse(value)]  # type: ignore[attr-defined]
        except UnknownLabelError as error:
            raise UnknownLabelError(column, value, error.valid) from None
    valid = ", ".join(f"{kind.__name__}.{m.name}" for m in kind)
    raise InvalidValueError(
        column,
        value,
        f"must be a {kind.__name__} or its label (one of {valid})",
        reason_id=f"harus berupa {kind.__name__} atau labelnya (salah satu dari {valid})",
        code="wrong_type",
    )


def _amount_cell(value: object, column: str) -> Decimal:
    if isinstance(value, float | np.floating):
        raise InvalidValueError(
            column,
            value,
            "rupiah are never binary floating point: give the column as whole numbers or text "
            "(a DataFrame makes an int column float when a cell is empty: use the Int64 dtype)",
            reason_id="rupiah tidak pernah berupa bilangan floating point biner: berikan kolom "
            "sebagai bilangan bulat atau teks (DataFrame mengubah kolom int menjadi float bila "
            "ada sel kosong: gunakan dtype Int64)",
            code="float",
        )
    if isinstance(value, np.integer):
        value = int(value)
    amount = (
        parse_number(value, field=column)
        if isinstance(value, str)
        else to_decimal(value, field=column)
    )
    if not 0 <= amount <= _MAX_BASE:
        raise InvalidValueError(
            column,
            value,
            f"must be from 0 to {_MAX_BASE} rupiah",
            reason_id=f"harus dari 0 sampai dengan {_MAX_BASE} rupiah",
            code="out_of_range",
        )
    return amount


def _minutes_cell(value: object, column: str) -> tuple[int, ...]:
    if isinstance(value, int | np.integer) and not isinstance(value, bool):
        value = (value,)
    if not isinstance(value, Sequence | np.ndarray) or isinstance(value, str):
        raise InvalidValueError(
            column,
            value,
            "must be the minutes of each occurrence (a list of whole numbers)",
            reason_id="harus berupa menit setiap kejadian (daftar bilangan bulat)",
            code="wrong_type",
        )
    found = []
    for index, minutes in enumerate(value):
        whole = _whole_cell(minutes, f"{column}[{index}]")
        if not 0 <= whole <= _MAX_MINUTES:
            raise InvalidValueError(
                f"{column}[{index}]",
                minutes,
                f"must be from 0 to {_MAX_MINUTES} minutes",
                reason_id=f"harus dari 0 sampai dengan {_MAX_MINUTES} menit",
                code="out_of_range",
            )
        found.append(whole)
    return tuple(found)


def _ragged(rows: Sequence[tuple[int, ...]]) -> tuple[IntArray, IntArray]:
    offsets = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum([len(r) for r in rows], out=offsets[1:])
    flat = [m for r in rows for m in r]
    return np.array(flat, dtype=np.int64), offsets


def _checked_length(column: str, values: object, size: int | None) -> Sequence[Any]:
    if isinstance(values, str | bytes) or not isinstance(values, Sequence | np.ndarray):
        raise InvalidValueError(
            column,
            type(values).__name__,
            "must be a sequence with one cell per row (a list, tuple or array)",
            reason_id="harus berupa urutan dengan satu sel per baris (list, tuple atau array)",
            code="wrong_type",
        )
    if size is not None and len(values) != size:
        raise length_mismatch(column, len(values), size)
    return values  # type: ignore[return-value]


class Population:
    """A population of employees, one row each, held as columns.

    Build it from Python values (members or official labels, whole numbers, rupiah as `int`,
    `Decimal` or Indonesian number text; `None` for a missing cell), from a DataFrame
    ([`from_dataframe`][kinerja_core.population.Population.from_dataframe]), from row
    mappings ([`from_rows`][kinerja_core.population.Population.from_rows]) or from coded arrays
    ([`from_arrays`][kinerja_core.population.Population.from_arrays]). A cell that cannot be
    read is left missing and recorded in `problems` with its row and column; a population run
    reports those rows with the rest of their problems and goes on with the others.

    Args:
        employee: The NIP (or any id) of each row.
        unit: The name of each row's unit.
        case: A `PerformanceCase` per row, evaluated for the predikat.
        work_result: The work-result rating per row (with `behaviour`: the predikat by the
            matrix; with `potential`: the talent box).
        behaviour: The behaviour rating per row.
        predicate: A known predikat per row (used where no case and no ratings are given).
        level: The jenjang of a jabatan fungsional per row (`None`: no angka kredit).
        months: The months of the year the predikat covers, for the angka kredit (default 12).
        base_amount: The base TPP amount of the paid month, in rupiah (`None`: no TPP).
        working_days: The paid month's working days.
        absent_days: Working days absent without a valid reason in the paid month.
        late_minutes: The minutes of each late arrival in the paid month.
        early_leave_minutes: The minutes of each early leave in the paid month.
        missed_ceremonies: Ceremonies missed in the paid month.
        consecutive_absent_days: The longest run of consecutive days absent (paid month).
        state: The employment state in the paid month (default active).
        days_in_post: For a transfer: the working days in post in the paid month.
        absent_days_year: Days absent without a valid reason in the year (`None`: no
            absence-penalty column for the row).
        consecutive_days_year: The longest run of consecutive days among them.
        position: The kind of position (needed by PP 53/2010's officials-only rows).
        potential: The potential per row (talent box).
        rank: The golongan ruang per row (carried for analysis, e.g. grouping a comparison).
        plan: Each row's annual plan ([`PlanItems`][kinerja_core.population.PlanItems]): with
            a `behaviour` rating, the predikat comes from the plan's achievement.

    Raises:
        InvalidValueError: If a column is not a sequence or its length differs from
            `employee`'s (cell problems do not raise: see `problems`).

    Examples:
        >>> from kinerja_core import Predicate
        >>> people = Population(
        ...     ["198501012010011001", "199002022015032002"],
        ...     predicate=[Predicate.GOOD, "Sangat Baik"],
        ...     level=["Ahli Pertama", None],
        ...     months=[12, "sebelas"],
        ... )
        >>> len(people), [p.path for p in people.problems]
        (2, ['rows[1].months'])
    """

    __slots__ = (
        "_minutes",
        "base_amount",
        "cases",
        "codes",
        "employee",
        "plan",
        "problems",
        "unit",
        "unit_names",
        "wholes",
    )

    employee: npt.NDArray[Any]
    unit: npt.NDArray[np.int32] | None
    unit_names: tuple[str, ...]
    cases: npt.NDArray[np.object_] | None
    codes: dict[str, CodeArray]
    wholes: dict[str, IntArray]
    base_amount: npt.NDArray[Any] | None
    _minutes: dict[str, tuple[IntArray, IntArray]]
    plan: PlanItems | None
    problems: tuple[RowProblem, ...]

    def __init__(
        self,
        employee: Sequence[object],
        *,
        unit: Sequence[object] | None = None,
        case: Sequence[object] | None = None,
        work_result: Sequence[object] | None = None,
        behaviour: Sequence[object] | None = None,
        predicate: Sequence[object] | None = None,
        level: Sequence[object] | None = None,
        months: Sequence[object] | None = None,
        base_amount: Sequence[object] | None = None,
        working_days: Sequence[object] | None = None,
        absent_days: Sequence[object] | None = None,
        late_minutes: Sequence[object] | None = None,
        early_leave_minutes: Sequence[object] | None = None,
        missed_ceremonies: Sequence[object] | None = None,
        consecutive_absent_days: Sequence[object] | None = None,
        state: Sequence[object] | None = None,
        days_in_post: Sequence[object] | None = None,
        absent_days_year: Sequence[object] | None = None,
        consecutive_days_year: Sequence[object] | None = None,
        position: Sequence[object] | None = None,
        potential: Sequence[object] | None = None,
        rank: Sequence[object] | None = None,
        plan: PlanItems | None = None,
    ) -> None:
        given = {k: v for k, v in locals().items() if k not in {"self", "employee", "plan"}}
        ids = _checked_length("employee", employee, None)
        size = len(ids)
        problems: list[RowProblem] = []
        self.employee = np.asarray(ids) if hasattr(ids, "dtype") else _objects(ids)
        self.unit, self.unit_names = None, ()
        self.cases = None
        self.codes, self.wholes, self._minutes = {}, {}, {}
        self.base_amount = None
        for column, raw in given.items():
            if raw is not None:
                _read_column(self, column, _checked_length(column, raw, size), problems)
        self.plan = _checked_plan(plan, size)
        if plan is not None:
            problems.extend(RowProblem(row, "plan", error) for row, error in plan.problems)
        self.problems = tuple(sorted(problems, key=lambda p: p.row))

    # ----------------------------------------------------------------------------------------

    @classmethod
    def from_arrays(
        cls,
        employee: npt.ArrayLike,
        *,
        unit: npt.ArrayLike | None = None,
        unit_names: Sequence[str] = (),
        codes: Mapping[str, npt.ArrayLike] | None = None,
        wholes: Mapping[str, npt.ArrayLike] | None = None,
        base_amount: npt.ArrayLike | None = None,
        minutes: Mapping[str, tuple[npt.ArrayLike, npt.ArrayLike]] | None = None,
        plan: PlanItems | None = None,
    ) -> Population:
        """A population from coded arrays, without reading cell by cell (fast, for millions).

        Args:
            employee: One id per row (e.g. NIPs as 18-digit integers or strings).
            unit: Each row's unit as an index into `unit_names`.
            unit_names: The units' names.
            codes: Enum columns (see `ENUM_COLUMNS`) as codes: the index of the member in the
                enum's order, `-1` for missing.
            wholes: Whole-number columns (see `WHOLE_COLUMNS`), `-1` for missing.
            base_amount: Whole rupiah per row, `-1` for missing.
            minutes: For `late_minutes` and `early_leave_minutes`: (the minutes of every
                occurrence, row after row; the `rows + 1` offsets where each row starts).
            plan: Each row's annual plan (`PlanItems.from_arrays`).

        Returns:
            The population.

        Raises:
            InvalidValueError: If a column is unknown, has the wrong length or kind of number,
                or holds a code or value outside its range (the error names the first rows).
        """
        ids = np.asarray(employee)
        size = len(ids)
        self = cls.__new__(cls)
        self.employee = ids
        self.unit, self.unit_names = None, tuple(unit_names)
        self.cases, self.base_amount, self.problems = None, None, ()
        self.plan = _checked_plan(plan, size)
        self.codes, self.wholes, self._minutes = {}, {}, {}
        if unit is not None:
            units = integers("unit", unit, size).astype(np.int32)
            _check_range("unit", units, 0, len(self.unit_names) - 1)
            self.unit = units
        for column, array in (codes or {}).items():
            _known(column, ENUM_COLUMNS)
            found = integers(column, array, size).astype(np.int8)
            _check_range(column, found, MISSING, len(MEMBERS[column]) - 1)
            self.codes[column] = found
        for column, array in (wholes or {}).items():
            _known(column, WHOLE_COLUMNS)
            found64 = integers(column, array, size)
            low, high = WHOLE_COLUMNS[column]
            _check_range(column, found64, low, high, missing=True)
            self.wholes[column] = found64
        if base_amount is not None:
            amounts = integers("base_amount", base_amount, size)
            _check_range("base_amount", amounts, 0, _MAX_BASE, missing=True)
            self.base_amount = amounts
        for column, (flat, offsets) in (minutes or {}).items():
            _known(column, dict.fromkeys(MINUTE_COLUMNS))
            values = integers(column, flat, None)
            starts = integers(f"{column}.offsets", offsets, size + 1)
            _check_range(column, values, 0, _MAX_MINUTES)
            if starts[0] != 0 or starts[-1] != len(values) or np.any(np.diff(starts) < 0):
                raise InvalidValueError(
                    f"{column}.offsets",
                    None,
                    "must start at 0, never decrease and end at the number of minutes",
                    reason_id="harus mulai dari 0, tidak pernah turun, dan berakhir pada jumlah "
                    "menit",
                    code="invalid_value",
                    show_value=False,
                )
            self._minutes[column] = (values, starts)
        return self

    @classmethod
    def from_rows(
        cls, rows: Iterable[Mapping[str, object]], *, plan_year: int | None = None
    ) -> Population:
        """A population from one mapping per row (column name → cell; absent keys are missing).

        Args:
            rows: The rows, e.g. records of a JSON document or `csv.DictReader`. A row's
                `plan` is its list of items (see `PlanItems.from_rows`).
            plan_year: The year of the rows' plans (needed when a row has a `plan`).

        Returns:
            The population (unreadable cells in `problems`).

        Raises:
            InvalidValueError: If a row has an unknown column or no `employee`.
        """
        listed = list(rows)
        names: set[str] = set()
        for row, record in enumerate(listed):
            unknown = set(record) - COLUMN_NAMES
            if unknown:
                raise _unknown_column(f"rows[{row}]", sorted(unknown)[0])
            if "employee" not in record:
                raise InvalidValueError(
                    f"rows[{row}].employee",
                    None,
                    "is required",
                    reason_id="wajib diisi",
                    code="required",
                )
            names.update(record)
        columns: dict[str, Any] = {name: [record.get(name) for record in listed] for name in names}
        if "plan" in columns:
            if plan_year is None:
                raise InvalidValueError(
                    "plan_year",
                    None,
                    "is required when the rows have a plan",
                    reason_id="wajib diisi bila baris memiliki rencana",
                    code="required",
                )
            columns["plan"] = PlanItems.from_rows(plan_year, columns["plan"])
        return cls(columns.pop("employee"), **columns)

    @classmethod
    def from_dataframe(
        cls,
        frame: Any,  # noqa: ANN401 (pandas and polars are optional: any DataFrame)
        *,
        errors: Literal["collect", "raise"] = "collect",
    ) -> Population:
        """A population from a pandas or polars DataFrame whose columns are named as here.

        Empty cells (`None`, `NaN`, `""`) are missing; labels are parsed ("Sangat Baik",
        "Ahli Muda"); text numbers are read the Indonesian way (`"5.000.000"`); a count
        column pandas stored as float because of empty cells is read when every value is whole.

        Args:
            frame: The DataFrame (anything with `.columns` and `frame[name].to_list()`).
            errors: `"collect"` records unreadable cells in `problems`; `"raise"` raises them
                all at once.

        Returns:
            The population.

        Raises:
            InvalidValueError: If a column name is unknown or `employee` is missing.
            ValidationError: With `errors="raise"`, every unreadable cell, each named by row
                and column (`rows[4].predicate`).
        """
        names = [str(name) for name in frame.columns]
        for name in names:
            if name not in COLUMN_NAMES:
                raise _unknown_column("frame", name)
        if "employee" not in names:
            raise InvalidValueError(
                "frame.employee",
                None,
                "the column employee is required",
                reason_id="kolom employee wajib ada",
                code="required",
            )
        columns: dict[str, Any] = {name: list(frame[name].to_list()) for name in names}
        population = cls(columns.pop("employee"), **columns)
        if errors == "raise" and population.problems:
            raise problems_error(population.problems)
        return population

    # ----------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.employee)

    def __repr__(self) -> str:
        columns = ", ".join(self.columns)
        return f"<Population of {len(self)} rows: {columns}>"

    @property
    def columns(self) -> tuple[str, ...]:
        """The names of the columns given, `employee` first."""
        found = ["employee"]
        if self.unit is not None:
            found.append("unit")
        if self.cases is not None:
            found.append("case")
        if self.plan is not None:
            found.append("plan")
        found.extend(self.codes)
        found.extend(self.wholes)
        if self.base_amount is not None:
            found.append("base_amount")
        found.extend(self._minutes)
        return tuple(found)

    def minutes(self, column: str) -> tuple[IntArray, IntArray] | None:
        """The minutes of a minutes column as (flat values, row offsets), if given."""
        return self._minutes.get(column)

    def minutes_of(self, column: str, row: int) -> tuple[int, ...]:
        """One row's minutes in a minutes column (empty when the column is not given)."""
        found = self._minutes.get(column)
        if found is None:
            return ()
        values, offsets = found
        return tuple(int(m) for m in values[offsets[row] : offsets[row + 1]])

    def cell(self, column: str, row: int) -> object:
        """One cell as the value the scalar rules take (`None` when missing or not given)."""
        if column == "employee":
            return (
                self.employee[row].item()
                if hasattr(self.employee[row], "item")
                else (self.employee[row])
            )
        if column == "unit":
            return None if self.unit is None else self.unit_names[self.unit[row]]
        if column == "case":
            return None if self.cases is None else self.cases[row]
        if column == "plan":
            return None if self.plan is None else self.plan.items(row)
        if column in self.codes:
            code = int(self.codes[column][row])
            return None if code == MISSING else MEMBERS[column][code]
        if column in self.wholes:
            whole = int(self.wholes[column][row])
            return None if whole == MISSING else whole
        if column == "base_amount":
            return _amount_of(self.base_amount, row)
        if column in MINUTE_COLUMNS:
            return self.minutes_of(column, row)
        if column in COLUMN_NAMES:
            return None
        raise _unknown_column("column", column)

    def take(self, rows: npt.ArrayLike) -> Population:
        """The population of some rows (in the order given), with their problems renumbered.

        Args:
            rows: Row indexes (e.g. `numpy.flatnonzero(mask)`).

        Returns:
            A new population; its row `i` is this population's row `rows[i]`.
        """
        index = np.asarray(rows, dtype=np.int64)
        other = Population.__new__(Population)
        other.employee = self.employee[index]
        other.unit = None if self.unit is None else self.unit[index]
        other.unit_names = self.unit_names
        other.cases = None if self.cases is None else self.cases[index]
        other.codes = {k: v[index] for k, v in self.codes.items()}
        other.wholes = {k: v[index] for k, v in self.wholes.items()}
        other.base_amount = None if self.base_amount is None else self.base_amount[index]
        other._minutes = {k: _take_ragged(v, index) for k, v in self._minutes.items()}
        other.plan = None if self.plan is None else self.plan.take(index)
        position = {int(old): new for new, old in enumerate(index)}
        other.problems = tuple(
            RowProblem(position[p.row], p.column, p.error)
            for p in self.problems
            if p.row in position
        )
        return other

    def unit_rows(self) -> dict[str, IntArray]:
        """The row indexes of each unit, in the order of the unit names (for partitioning).

        `take(rows)` gives a unit's population; pass the mapping to `combine_results(...,
        rows=...)` to put the parts' results back in the original order.

        Raises:
            InvalidValueError: If the population has no `unit` column.
        """
        if self.unit is None:
            raise InvalidValueError(
                "unit",
                None,
                "the population has no unit column",
                reason_id="populasi tidak memiliki kolom unit",
                code="required",
            )
        order = np.argsort(self.unit, kind="stable")
        bounds = np.searchsorted(self.unit[order], np.arange(len(self.unit_names) + 1))
        return {
            name: order[bounds[i] : bounds[i + 1]]
            for i, name in enumerate(self.unit_names)
            if bounds[i + 1] > bounds[i]
        }

    def by_unit(self) -> dict[str, Population]:
        """The population split by unit, in the order of the unit names.

        Raises:
            InvalidValueError: If the population has no `unit` column.
        """
        return {name: self.take(rows) for name, rows in self.unit_rows().items()}


COLUMN_NAMES: Final = frozenset(
    {
        "employee",
        "unit",
        "case",
        "plan",
        "base_amount",
        *ENUM_COLUMNS,
        *WHOLE_COLUMNS,
        *MINUTE_COLUMNS,
    }
)


def _checked_plan(plan: object, size: int) -> PlanItems | None:
    if plan is None:
        return None
    if not isinstance(plan, PlanItems):
        raise InvalidValueError(
            "plan",
            type(plan).__name__,
            "must be PlanItems (PlanItems.from_rows or PlanItems.from_arrays)",
            reason_id="harus berupa PlanItems (PlanItems.from_rows atau PlanItems.from_arrays)",
            code="wrong_type",
        )
    if len(plan) != size:
        raise InvalidValueError(
            "plan",
            len(plan),
            f"has {len(plan)} rows but the population has {size} rows",
            reason_id=f"memiliki {len(plan)} baris tetapi populasi memiliki {size} baris",
            code="length_mismatch",
        )
    return plan


def _objects(values: Sequence[object]) -> npt.NDArray[np.object_]:
    array = np.empty(len(values), dtype=object)
    array[:] = list(values)
    return array


def _amount_array(amounts: Sequence[Decimal | None]) -> npt.NDArray[Any]:
    if all(a is None or (a == a.to_integral_value() and a < _INT64_BASE_LIMIT) for a in amounts):
        return np.array([MISSING if a is None else int(a) for a in amounts], dtype=np.int64)
    return _objects(amounts)


def _amount_of(amounts: npt.NDArray[Any] | None, row: int) -> Decimal | int | None:
    if amounts is None:
        return None
    value = amounts[row]
    if amounts.dtype == object:
        return value  # type: ignore[no-any-return]
    return None if value == MISSING else int(value)


def _take_ragged(column: tuple[IntArray, IntArray], index: IntArray) -> tuple[IntArray, IntArray]:
    values, offsets = column
    picks, new_offsets = ragged_picks(offsets, index)
    return values[picks], new_offsets


def _check_range(
    column: str, values: npt.NDArray[np.integer[Any]], low: int, high: int, *, missing: bool = False
) -> None:
    bad = (values < low) | (values > high)
    if missing:
        bad &= values != MISSING
    if np.any(bad):
        rows = np.flatnonzero(bad)
        shown = ", ".join(str(r) for r in rows[:5])
        raise InvalidValueError(
            column,
            int(values[rows[0]]),
            f"must be from {low} to {high}; {len(rows)} row(s) are not (first: {shown})",
            reason_id=f"harus dari {low} sampai dengan {high}; {len(rows)} baris tidak "
            f"(pertama: {shown})",
            code="out_of_range",
        )


def _known(column: str, known: Mapping[str, object]) -> None:
    if column not in known:
        raise _unknown_column("column", column)


def _unknown_column(where: str, name: str) -> InvalidValueError:
    valid = ", ".join(sorted(COLUMN_NAMES))
    return InvalidValueError(
        where,
        name,
        f"is not a population column (one of {valid})",
        reason_id=f"bukan kolom populasi (salah satu dari {valid})",
        code="unknown_column",
    )


def concat(populations: Sequence[Population]) -> Population:
    """One population from several with the same columns, rows one after the other.

    Units are merged by name; problems are renumbered.

    Raises:
        InvalidValueError: If `populations` is empty or their columns differ.
    """
    if not populations:
        raise InvalidValueError(
            "populations", [], "must not be empty", reason_id="tidak boleh kosong", code="empty"
        )
    first = populations[0]
    for other in populations[1:]:
        if other.columns != first.columns:
            raise InvalidValueError(
                "populations",
                list(other.columns),
                f"must have the same columns ({', '.join(first.columns)})",
                reason_id=f"harus memiliki kolom yang sama ({', '.join(first.columns)})",
                code="inconsistent",
            )
    joined = Population.__new__(Population)
    joined.employee = np.concatenate([p.employee for p in populations])
    joined.unit, joined.unit_names = None, ()
    if first.unit is not None:
        names = sorted({n for p in populations for n in p.unit_names})
        where = {n: i for i, n in enumerate(names)}
        joined.unit_names = tuple(names)
        joined.unit = np.concatenate(
            [
                np.array([where[n] for n in p.unit_names], dtype=np.int32)[p.unit]
                if len(p.unit_names)
                else np.zeros(0, dtype=np.int32)
                for p in populations
                if p.unit is not None
            ]
        ).astype(np.int32)
    joined.cases = (
        None if first.cases is None else _objects([c for p in populations for c in p.cases])  # type: ignore[union-attr]
    )
    joined.codes = {k: np.concatenate([p.codes[k] for p in populations]) for k in first.codes}
    joined.wholes = {k: np.concatenate([p.wholes[k] for p in populations]) for k in first.wholes}
    joined.base_amount = None
    if first.base_amount is not None:
        parts = [p.base_amount for p in populations]
        if all(a is not None and a.dtype != object for a in parts):
            joined.base_amount = np.concatenate(parts)  # type: ignore[arg-type]
        else:
            joined.base_amount = _objects(
                [_amount_of(p.base_amount, r) for p in populations for r in range(len(p))]
            )
    joined.plan = (
        None if first.plan is None else concat_plans([p.plan for p in populations])  # type: ignore[misc]
    )
    joined._minutes = {}
    for column, (_, offsets) in first._minutes.items():
        values = [p._minutes[column][0] for p in populations]
        starts = [p._minutes[column][1] for p in populations]
        shift = np.cumsum([0, *(len(v) for v in values)])
        joined._minutes[column] = (
            np.concatenate(values),
            np.concatenate([[0], *(s[1:] + k for s, k in zip(starts, shift, strict=False))]),
        )
        del offsets
    shifts = np.cumsum([0, *(len(p) for p in populations)])
    joined.problems = tuple(
        RowProblem(q.row + int(k), q.column, q.error)
        for p, k in zip(populations, shifts, strict=False)
        for q in p.problems
    )
    return joined


def _read_column(
    population: Population, column: str, values: Sequence[Any], problems: list[RowProblem]
) -> None:
    """Read one column of Python values into `population`, recording unreadable cells."""

    def read(row: int, cell: Callable[[], object]) -> object:
        try:
            return cell()
        except KinerjaError as error:
            problems.append(RowProblem(row, column, error))
            return None

    if column == "unit":
        names = ["" if _is_missing(v) else str(v) for v in values]
        population.unit_names = tuple(sorted(set(names)))
        where = {name: i for i, name in enumerate(population.unit_names)}
        population.unit = np.array([where[n] for n in names], dtype=np.int32)
    elif column == "case":
        population.cases = _objects(
            [
                None if _is_missing(v) else read(row, partial(_case_cell, v))
                for row, v in enumerate(values)
            ]
        )
    elif column in ENUM_COLUMNS:
        index: dict[object, int] = {m: i for i, m in enumerate(MEMBERS[column])}
        codes = [
            None if _is_missing(v) else read(row, partial(_code_cell, v, column, index))
            for row, v in enumerate(values)
        ]
        population.codes[column] = np.array(
            [MISSING if c is None else c for c in codes], dtype=np.int8
        )
    elif column in WHOLE_COLUMNS:
        wholes = [
            None if _is_missing(v) else read(row, partial(_ranged_cell, v, column))
            for row, v in enumerate(values)
        ]
        population.wholes[column] = np.array(
            [MISSING if w is None else w for w in wholes], dtype=np.int64
        )
    elif column in MINUTE_COLUMNS:
        minutes = [
            () if _is_missing(v) else read(row, partial(_minutes_cell, v, column)) or ()
            for row, v in enumerate(values)
        ]
        population._minutes[column] = _ragged(minutes)  # type: ignore[arg-type]
    else:  # base_amount
        amounts = [
            None if _is_missing(v) else read(row, partial(_amount_cell, v, column))
            for row, v in enumerate(values)
        ]
        population.base_amount = _amount_array(amounts)  # type: ignore[arg-type]


def _case_cell(value: object) -> PerformanceCase:
    if not isinstance(value, PerformanceCase):
        raise InvalidValueError(
            "case",
            value,
            "must be a PerformanceCase",
            reason_id="harus berupa PerformanceCase",
            code="wrong_type",
        )
    return value


def _ranged_cell(value: object, column: str) -> int:
    whole = _whole_cell(value, column)
    low, high = WHOLE_COLUMNS[column]
    if not low <= whole <= high:
        raise InvalidValueError(
            column,
            value,
            f"must be from {low} to {high}",
            reason_id=f"harus dari {low} sampai dengan {high}",
            code="out_of_range",
        )
    return whole
