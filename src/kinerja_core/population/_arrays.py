"""Checks and index arithmetic shared by the population's columns and plans (internal)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from kinerja_core.core.errors import InvalidValueError

IntArray = npt.NDArray[np.int64]


def length_mismatch(column: str, got: int, size: int) -> InvalidValueError:
    """The error of a column whose length is not the population's."""
    return InvalidValueError(
        column,
        got,
        f"has {got} cells but the population has {size} rows",
        reason_id=f"memiliki {got} sel tetapi populasi memiliki {size} baris",
        code="length_mismatch",
    )


def integers(column: str, values: npt.ArrayLike, size: int | None = None) -> IntArray:
    """`values` as a one-dimensional `int64` array (of `size` entries, when given).

    Raises:
        InvalidValueError: If the values are not whole numbers in one dimension, or their
            count is not `size`.
    """
    array = np.asarray(values)
    if array.ndim != 1 or not np.issubdtype(array.dtype, np.integer):
        raise InvalidValueError(
            column,
            str(array.dtype),
            "must be a one-dimensional array of whole numbers",
            reason_id="harus berupa array bilangan bulat satu dimensi",
            code="wrong_type",
        )
    if size is not None and len(array) != size:
        raise length_mismatch(column, len(array), size)
    return array.astype(np.int64, copy=False)


def ragged_picks(offsets: IntArray, rows: IntArray) -> tuple[IntArray, IntArray]:
    """For some rows of a flat column with row offsets: the entries' indexes, the new offsets."""
    starts = offsets[rows]
    lengths = offsets[rows + 1] - starts
    new_offsets = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum(lengths, out=new_offsets[1:])
    picks = np.repeat(starts - new_offsets[:-1], lengths) + np.arange(new_offsets[-1])
    return picks, new_offsets
