"""The worked examples and the seeded random cases of the golden vectors.

One of the two modules of the library that use randomness (with
`kinerja_core.testing.workforce`) — always from an explicit seed, so that the committed vectors
are reproduced byte for byte.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from kinerja_core.performance.evaluation import PerformanceCase
from kinerja_core.performance.indicators import Indicator, Polarity, Target
from kinerja_core.performance.plans import PerformancePlan, PlanItem
from kinerja_core.performance.ratings import Rating
from kinerja_core.periods.period import Period

ON = date(2024, 12, 31)

_ACHIEVEMENT = "kinerja_core.achievement"


def examples() -> Iterator[tuple[str, str, date, *tuple[object, ...]]]:
    """The worked examples of the docs and the domain reference: (function, kind, date, *args)."""
    lower, higher = Polarity.LOWER_IS_BETTER, Polarity.HIGHER_IS_BETTER
    yield _ACHIEVEMENT, "example", ON, Target(5), Decimal(4), lower  # complaint response: 120 %
    yield _ACHIEVEMENT, "example", ON, Target(400), Decimal(420), higher  # 105 %
    yield _ACHIEVEMENT, "example", ON, Target.range(7, 8), Decimal("6.5"), lower  # 107.14… %
    yield _ACHIEVEMENT, "example", ON, Target(3), Decimal(2), higher  # 66⅔ %, exact
    yield _ACHIEVEMENT, "example", ON, Target(80), Decimal(70), higher  # 87.5 %
    yield _ACHIEVEMENT, "example", ON, Target(0), Decimal(0), lower  # "0 temuan": met
    yield _ACHIEVEMENT, "example", ON, Target(1000), Decimal(950), higher  # "1.000" read right
    yield (
        "kinerja_core.evaluate",
        "example",
        ON,
        _case(
            [
                ("Waktu respon pengaduan", "hari", lower, 5, 50),
                ("Pengaduan diselesaikan", "pengaduan", higher, 400, 50),
            ],
            {"Waktu respon pengaduan": Decimal(4), "Pengaduan diselesaikan": Decimal(420)},
            Rating.MEETS_EXPECTATIONS,
        ),
    )


def _case(
    items: list[tuple[str, str, Polarity, int, int]],
    realisations: dict[str, Decimal],
    behaviour: Rating,
    year: int = 2024,
) -> PerformanceCase:
    plan = PerformancePlan(
        "198507122010012003",
        Period.year(year),
        [
            PlanItem(Indicator(name, unit, polarity), target, weight)
            for name, unit, polarity, target, weight in items
        ],
    )
    return PerformanceCase(plan, behaviour=behaviour, realisations=realisations)


def _weights(rng: random.Random, count: int) -> list[int]:
    cuts = sorted(rng.sample(range(1, 100), count - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]


def random_vectors(seed: int, count: int) -> Iterator[tuple[str, date, tuple[object, ...]]]:
    """Seeded random achievement and evaluation cases: (function, date, args)."""
    rng = random.Random(seed)
    polarities = (Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER)
    for _ in range(count):
        target = Target(rng.randint(1, 500))
        realisation = Decimal(rng.randint(0, 6000)) / Decimal(10)
        yield _ACHIEVEMENT, ON, (target, realisation, rng.choice(polarities))
    for index in range(count):
        size = rng.randint(1, 4)
        weights = _weights(rng, size)
        items = [
            (f"IKI {index}.{n}", "unit", rng.choice(polarities), rng.randint(1, 200), weight)
            for n, weight in enumerate(weights, 1)
        ]
        realisations = {
            name: Decimal(rng.randint(0, 3000)) / Decimal(10) for name, _, _, _, _ in items
        }
        year = rng.choice((2023, 2024, 2025))
        case = _case(items, realisations, rng.choice(list(Rating)), year)
        yield "kinerja_core.evaluate", date(year, 12, 31), (case,)
