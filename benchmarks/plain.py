"""The same rule chain written by hand with plain `Decimal`: the yardstick for the benchmarks.

This is what a careful application developer would write for the PermenPANRB 6/2022 evaluation
of one employee under the national rules, with no library: exact decimals in an explicit
28-digit context (never the caller's thread-local one), no explanation, no dated parameters, no
validation beyond what the arithmetic needs. It imports nothing from `kinerja_core`.

The chain, as in the library:

1. each indicator's quarterly realisations are combined by its aggregation (sum, last reported
   value, or mean of the reported values; `None` means "not reported" and is skipped);
2. its achievement follows the PermenPANRB 8/2021 formulas: higher is better `r / t × 100`,
   lower is better `(2 − r / t) × 100` (computed as `(2t − r) × 100 / t`), a range target uses
   the bound the realisation is beyond (inside the range: 100), floor 0;
3. the weighted achievement is `Σ achievement × weight / 100`;
4. the proposed work-result rating: ≥ 101 Di Atas, ≥ 100 Sesuai, else Di Bawah Ekspektasi;
5. the behaviour rating: judgements scored Di Bawah / Sesuai / Di Atas = 1 / 2 / 3, the mean
   per core value, the mean of the seven value means (one exact division over a common
   denominator, as the library does), rounded half up;
6. the predikat from the 3×3 matrix.

Codes are small integers: ratings are their scores (1 Di Bawah, 2 Sesuai, 3 Di Atas), the
predikat is its official label.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Context, Decimal
from math import lcm
from typing import TypeAlias

HIGHER_IS_BETTER, LOWER_IS_BETTER = 1, 2
CUMULATIVE, FINAL_VALUE, AVERAGE = 1, 2, 3
BELOW, MEETS, ABOVE = 1, 2, 3
CORE_VALUES = 7

CTX = Context(prec=28, rounding=ROUND_HALF_EVEN)
_ZERO = Decimal(0)
_HUNDRED = Decimal(100)
_ABOVE_FROM = Decimal(101)
_MEETS_FROM = Decimal(100)

PREDICATE: dict[tuple[int, int], str] = {
    (ABOVE, BELOW): "Kurang/Misconduct",
    (ABOVE, MEETS): "Baik",
    (ABOVE, ABOVE): "Sangat Baik",
    (MEETS, BELOW): "Kurang/Misconduct",
    (MEETS, MEETS): "Baik",
    (MEETS, ABOVE): "Baik",
    (BELOW, BELOW): "Sangat Kurang",
    (BELOW, MEETS): "Butuh Perbaikan",
    (BELOW, ABOVE): "Butuh Perbaikan",
}
"""(work result, behaviour) → predikat label (PermenPANRB 6/2022 lampiran)."""

Value: TypeAlias = int | str | Decimal
Item: TypeAlias = tuple[int, int, Decimal, Decimal, Decimal, tuple[Value | None, ...]]
"""(polarity, aggregation, target low, target high, weight, quarterly realisations)."""
Judgement: TypeAlias = tuple[int, int]
"""(core value 0-6, rating 1-3)."""
Case: TypeAlias = tuple[tuple[Item, ...], tuple[Judgement, ...]]
Result: TypeAlias = tuple[str, int, int, Decimal]
"""(predikat, work-result rating, behaviour rating, weighted achievement)."""


def aggregate(values: tuple[Value | None, ...], aggregation: int) -> Decimal:
    """Combine the reported periodic realisations."""
    reported = [Decimal(v) for v in values if v is not None]
    if not reported:
        raise ValueError("no realisation reported")
    if aggregation == FINAL_VALUE:
        return reported[-1]
    total = _ZERO
    for value in reported:
        total = CTX.add(total, value)
    if aggregation == CUMULATIVE:
        return total
    return CTX.divide(total, Decimal(len(reported)))


def achievement(low: Decimal, high: Decimal, realised: Decimal, polarity: int) -> Decimal:
    """The achievement in percent (PermenPANRB 8/2021), floor 0."""
    if realised > high:
        target = high
    elif realised < low:
        target = low
    else:
        return _HUNDRED  # a single target met exactly, or inside a range
    if polarity == HIGHER_IS_BETTER:
        return CTX.divide(CTX.multiply(realised, _HUNDRED), target)
    value = CTX.divide(CTX.multiply(target + target - realised, _HUNDRED), target)
    return _ZERO if value < 0 else value


def weighted_achievement(items: tuple[Item, ...]) -> Decimal:
    """Σ achievement × weight / 100."""
    total = _ZERO
    for polarity, aggregation, low, high, weight, values in items:
        realised = aggregate(values, aggregation)
        share = CTX.divide(
            CTX.multiply(achievement(low, high, realised, polarity), weight), _HUNDRED
        )
        total = CTX.add(total, share)
    return total


def work_result(weighted: Decimal) -> int:
    """The proposed work-result rating (national bands, lower edges inclusive)."""
    if weighted >= _ABOVE_FROM:
        return ABOVE
    if weighted >= _MEETS_FROM:
        return MEETS
    return BELOW


def behaviour(judgements: tuple[Judgement, ...]) -> int:
    """Mean per core value, mean of the seven, rounded half up (scores = ratings 1-3)."""
    sums = [0] * CORE_VALUES
    counts = [0] * CORE_VALUES
    for value, rating in judgements:
        sums[value] += rating
        counts[value] += 1
    if 0 in counts:
        raise ValueError("every core value needs a judgement")
    common = lcm(*counts)
    numerator = sum(s * (common // c) for s, c in zip(sums, counts, strict=True))
    denominator = common * CORE_VALUES
    return (2 * numerator + denominator) // (2 * denominator)  # ⌊mean + ½⌋


def predicate(work: int, behaviour: int) -> str:
    """The predikat of two ratings."""
    return PREDICATE[work, behaviour]


def evaluate(case: Case) -> Result:
    """Evaluate one employee: (predikat, work-result rating, behaviour rating, weighted)."""
    items, judgements = case
    weighted = weighted_achievement(items)
    work = work_result(weighted)
    rated = behaviour(judgements)
    return PREDICATE[work, rated], work, rated, weighted
