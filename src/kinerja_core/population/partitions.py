"""Partitions of a population and their results put back together (for distributed runs).

A national run can be split by unit, each part evaluated anywhere (another process, another
machine: a `Population`, a `Rules` snapshot and a `PopulationResult` pickle), and the parts'
results combined into exactly the result of the single run, rows in the original order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from kinerja_core.core.errors import InvalidValueError
from kinerja_core.population.columns import RowProblem, concat
from kinerja_core.population.results import PopulationResult

__all__ = ["combine_results", "reorder"]


def combine_results(
    results: Sequence[PopulationResult],
    *,
    rows: Sequence[npt.ArrayLike] | Mapping[str, npt.ArrayLike] | None = None,
) -> PopulationResult:
    """One result from the results of partitions (e.g. units run apart).

    Args:
        results: Results under the same rules (same policy and date), one per partition.
        rows: The original row indexes of each partition (e.g. the values of
            `population.unit_rows()`, in the same order as `results`): the combined
            result is then in the original row order, equal to the single run's. Without
            them the rows follow one another, partition by partition.

    Returns:
        The combined result, problems renumbered.

    Raises:
        InvalidValueError: If `results` is empty, the results are under different rules, or
            `rows` does not match them (a count or a row index that does not fit).
    """
    if not results:
        raise InvalidValueError(
            "results", [], "must not be empty", reason_id="tidak boleh kosong", code="empty"
        )
    first = results[0]
    for other in results[1:]:
        if other.rules.policy != first.rules.policy or other.rules.on != first.rules.on:
            raise InvalidValueError(
                "results",
                other.rules.policy.name,
                "are under different rules: combine results of one policy and date",
                reason_id="memakai aturan yang berbeda: gabungkan hasil satu kebijakan dan tanggal",
                code="inconsistent",
            )
    population = concat([r.population for r in results])
    combined = PopulationResult(population, first.rules, credit_places=first.credit_places)
    offsets = np.cumsum([0, *(len(r) for r in results)])
    for target, *sources in zip(combined._arrays(), *(r._arrays() for r in results), strict=True):
        target[:] = np.concatenate(sources)
    combined.problems = tuple(
        RowProblem(p.row + int(offset), p.column, p.error)
        for r, offset in zip(results, offsets, strict=False)
        for p in r.problems
    )
    combined.scalar_rows = sum(r.scalar_rows for r in results)
    if rows is None:
        return combined
    parts = list(rows.values()) if isinstance(rows, Mapping) else list(rows)
    original = _original_order(parts, results)
    return reorder(combined, original)


def _original_order(
    parts: list[npt.ArrayLike], results: Sequence[PopulationResult]
) -> npt.NDArray[np.int64]:
    """For each combined row, its row in the original population."""
    arrays = [np.asarray(p, dtype=np.int64) for p in parts]
    sizes = [len(a) for a in arrays]
    if sizes != [len(r) for r in results]:
        raise InvalidValueError(
            "rows",
            sizes,
            "must give one row index per row of each result, in the order of the results",
            reason_id="harus memberi satu indeks baris untuk setiap baris setiap hasil, "
            "menurut urutan hasil",
            code="inconsistent",
        )
    original = np.concatenate(arrays) if arrays else np.zeros(0, dtype=np.int64)
    if not np.array_equal(np.sort(original), np.arange(len(original))):
        raise InvalidValueError(
            "rows",
            None,
            "must be a permutation of the rows 0 to n - 1 (each row once)",
            reason_id="harus berupa permutasi baris 0 sampai n - 1 (setiap baris sekali)",
            code="inconsistent",
            show_value=False,
        )
    return original


def reorder(result: PopulationResult, original: npt.NDArray[np.int64]) -> PopulationResult:
    """The result with combined row `i` moved to row `original[i]`."""
    inverse = np.empty_like(original)
    inverse[original] = np.arange(len(original))
    moved = PopulationResult(
        result.population.take(inverse), result.rules, credit_places=result.credit_places
    )
    for target, source in zip(moved._arrays(), result._arrays(), strict=True):
        target[:] = source[inverse]
    moved.problems = tuple(
        sorted(
            (RowProblem(int(original[p.row]), p.column, p.error) for p in result.problems),
            key=lambda p: p.row,
        )
    )
    moved.scalar_rows = result.scalar_rows
    return moved
