"""The population benchmark's rules hand-written in numpy: the bar the batch path is measured by.

The same rule chain as the population benchmark's policy (`benchmarks/population.py`), written
the way an analyst would write it for one policy and one month: the tables as literal arrays,
integer-coded inputs, table look-ups and integer arithmetic, no validation, no dated parameters,
no fallback, no explanation. It must compute exactly the library's numbers (the benchmark
asserts every output column equal before it times anything).

Codes (the library's enum orders):

- ratings: 0 Di Atas Ekspektasi, 1 Sesuai Ekspektasi, 2 Di Bawah Ekspektasi;
- predikat: 0 Sangat Baik, 1 Baik, 2 Butuh Perbaikan, 3 Kurang/Misconduct, 4 Sangat Kurang;
- jenjang: 0-3 Ahli Pertama … Ahli Utama, 4-7 Pemula … Penyelia; -1 not functional.

The rules:

- predikat: PermenPANRB 6/2022's matrix of the work-result and behaviour ratings;
- angka kredit (hundredths): months × percentage(predikat) × coefficient(jenjang, hundredths)
  / 1200, rounded half up (Peraturan BKN 3/2023, PermenPANRB 1/2023);
- TPP (Permentan 68/2012's cuts, with a predikat payment factor 100/100/80/70/60 %): the
  predikat cut `base × reduction / 100`; 4 % of the base per day absent; 0.5 / 1 / 1.5 / 2 %
  per late arrival and per early leave by its minutes (1-30, 31-60, 61-90, 91+); each line
  rounded half up to the rupiah; the attendance cuts at most 100 % of the base; never below 0.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]

MATRIX = np.array(  # [work result, behaviour] → predikat
    [
        [0, 1, 3],  # work above: behaviour above, meets, below
        [1, 1, 3],  # work meets
        [2, 2, 4],  # work below
    ],
    dtype=np.int64,
)
CREDIT_PERCENT = np.array([150, 100, 75, 50, 25], dtype=np.int64)  # by predikat
CREDIT_COEFFICIENT = np.array(  # by jenjang, hundredths of an angka kredit a year
    [1250, 2500, 3750, 5000, 375, 500, 1250, 2500], dtype=np.int64
)
REDUCTION_PERCENT = np.array([0, 0, 20, 30, 40], dtype=np.int64)  # by predikat
ABSENCE_PERCENT = 4  # per day absent
MINUTE_HALF_PERCENTS = np.zeros(24 * 60 + 1, dtype=np.int64)  # by minute, in halves of 1 %
MINUTE_HALF_PERCENTS[1:31] = 1
MINUTE_HALF_PERCENTS[31:61] = 2
MINUTE_HALF_PERCENTS[61:91] = 3
MINUTE_HALF_PERCENTS[91:] = 4


def half_up(numerator: Ints, denominator: int) -> Ints:
    """`numerator / denominator` rounded half up to a whole number (non-negative numerators)."""
    return (2 * numerator + denominator) // (2 * denominator)


def per_row_sum(table: Ints, minutes: tuple[Ints, Ints]) -> Ints:
    """Each row's sum of `table[minute]` over its occurrences (flat values, row offsets)."""
    values, offsets = minutes
    sums = np.zeros(len(values) + 1, dtype=np.int64)
    np.cumsum(table[values], out=sums[1:])
    return sums[offsets[1:]] - sums[offsets[:-1]]


def evaluate(cohort: Any) -> dict[str, Ints]:
    """Every output column of the cohort (see the module docstring), as `int64` arrays.

    Returns:
        `predicate` (codes), `credits` (hundredths, -1 without a jenjang), and the rupiah
        columns `allowance`, `performance_cut`, `attendance_cut` (both ≤ 0).
    """
    predicate = MATRIX[cohort.work_result, cohort.behaviour]
    level = cohort.level.astype(np.int64)
    functional = level >= 0
    credits = np.full(len(level), -1, dtype=np.int64)
    credits[functional] = half_up(
        cohort.months[functional]
        * CREDIT_PERCENT[predicate[functional]]
        * CREDIT_COEFFICIENT[level[functional]],
        1200,
    )
    base = cohort.base_amount
    performance = -half_up(base * REDUCTION_PERCENT[predicate], 100)
    absence = half_up(base * (ABSENCE_PERCENT * cohort.absent_days), 100)
    late = half_up(base * per_row_sum(MINUTE_HALF_PERCENTS, cohort.late_minutes), 200)
    early = half_up(base * per_row_sum(MINUTE_HALF_PERCENTS, cohort.early_leave_minutes), 200)
    attendance = -np.minimum(absence + late + early, base)
    allowance = np.maximum(base + performance + attendance, 0)
    return {
        "predicate": predicate,
        "credits": credits,
        "allowance": allowance,
        "performance_cut": performance,
        "attendance_cut": attendance,
    }
