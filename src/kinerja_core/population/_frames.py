"""DataFrames of population results (pandas and polars, each an optional extra)."""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from kinerja_core.core._text import Lang
from kinerja_core.discipline.penalties import Penalty
from kinerja_core.performance.ratings import Predicate
from kinerja_core.population.columns import MISSING, Population, RowProblem

PREDICATES = tuple(Predicate)
PENALTIES = tuple(Penalty)


class PopulationResult(Protocol):
    """What the frames read of a population result."""

    population: Population
    predicates: npt.NDArray[np.int8]
    penalties: npt.NDArray[np.int8]
    talent_boxes: npt.NDArray[np.int8]
    credit_places: int
    problems: tuple[RowProblem, ...]

    def __len__(self) -> int: ...
    def column(self, column: str) -> list[Any]: ...
    def amounts(self, column: str) -> npt.NDArray[np.int64]: ...
    @property
    def has_allowance(self) -> npt.NDArray[np.bool_]: ...


AMOUNT_COLUMNS = (
    "allowance",
    "allowance_performance_cut",
    "allowance_attendance_cut",
    "allowance_employee_bpjs",
    "employer_bpjs",
)

__all__ = ["table_frame", "to_pandas", "to_polars"]


def _needs(module: str, extra: str) -> Any:  # noqa: ANN401 (the optional module)
    try:
        return __import__(module)
    except ImportError as error:  # pragma: no cover - the test environment has both
        raise ImportError(
            f"{module} is needed for this: pip install 'kinerja-core[{extra}]'"
        ) from error


def _labels(members: tuple[Any, ...], lang: Lang) -> list[str]:
    return [m.label(lang) for m in members]


def to_pandas(result: PopulationResult, lang: Lang) -> Any:  # noqa: ANN401
    """The result as a pandas DataFrame."""
    pd = _needs("pandas", "pandas")
    columns: dict[str, Any] = {"employee": result.population.employee}
    if result.population.unit is not None:
        columns["unit"] = pd.Categorical.from_codes(
            result.population.unit, categories=list(result.population.unit_names)
        )
    columns["predicate"] = pd.Categorical.from_codes(
        result.predicates.astype(np.int64), categories=_labels(PREDICATES, lang)
    )
    columns["credit_points"] = result.column("credit_points")
    missing = ~result.has_allowance
    for name in AMOUNT_COLUMNS:
        columns[name] = pd.arrays.IntegerArray(result.amounts(name).copy(), missing.copy())
    columns["penalty"] = pd.Categorical.from_codes(
        result.penalties.astype(np.int64), categories=_labels(PENALTIES, lang)
    )
    boxes = result.talent_boxes.astype(np.int64)
    columns["talent_box"] = pd.arrays.IntegerArray(boxes, boxes == 0)
    columns["problems"] = _problem_counts(result)
    return pd.DataFrame(columns)


def to_polars(result: PopulationResult, lang: Lang) -> Any:  # noqa: ANN401
    """The result as a polars DataFrame."""
    pl = _needs("polars", "polars")

    def labelled(codes: Any, members: tuple[Any, ...]) -> Any:  # noqa: ANN401
        labels = _labels(members, lang)
        table = np.array([*labels, None], dtype=object)
        return pl.Series(table[codes.astype(np.int64)].tolist(), dtype=pl.Enum(labels))

    frame: dict[str, Any] = {"employee": pl.Series(result.population.employee.tolist())}
    if result.population.unit is not None:
        names = list(result.population.unit_names)
        frame["unit"] = pl.Series(
            np.array(names, dtype=object)[result.population.unit].tolist(), dtype=pl.Enum(names)
        )
    frame["predicate"] = labelled(result.predicates, PREDICATES)
    frame["credit_points"] = pl.Series(
        result.column("credit_points"), dtype=pl.Decimal(scale=result.credit_places)
    )
    has = result.has_allowance
    for name in AMOUNT_COLUMNS:
        values = result.amounts(name)
        frame[name] = pl.Series(values).zip_with(
            pl.Series(has), pl.Series([None] * len(values), dtype=pl.Int64)
        )
    frame["penalty"] = labelled(result.penalties, PENALTIES)
    boxes = result.talent_boxes.astype(np.int64)
    frame["talent_box"] = pl.Series(np.where(boxes == 0, MISSING, boxes)).replace(MISSING, None)
    frame["problems"] = pl.Series(_problem_counts(result))
    return pl.DataFrame(frame)


def _problem_counts(result: PopulationResult) -> Any:  # noqa: ANN401
    counts = np.zeros(len(result), dtype=np.int64)
    rows = [p.row for p in result.problems]
    if rows:
        np.add.at(counts, np.array(rows, dtype=np.int64), 1)
    return counts


def table_frame(rows: list[dict[str, object]]) -> Any:  # noqa: ANN401
    """Rows of a table as a pandas DataFrame."""
    return _needs("pandas", "pandas").DataFrame(rows)
