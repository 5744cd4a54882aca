"""A national, multi-year, multi-variant population run on Dask, partitioned by unit.

The recipe: split the population by unit (`Population.unit_rows`), scatter the parts to the
workers once, submit one `evaluate_population` per part and per (policy, month), and combine
each run's parts in the original row order (`combine_results(..., rows=...)`). Every object
that crosses to a worker (`Population`, a policy's `Rules`, `PopulationResult`) pickles, and a
worker computes exactly what one machine computes: the result equals the single-machine run.

Run it with `python examples/dask_population.py` (it starts a local cluster of two worker
processes; point `Client` at your scheduler's address instead on a real cluster).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import numpy as np
from dask.distributed import Client, LocalCluster

from kinerja_core import NATIONAL
from kinerja_core.allowance import ALLOWANCE_RULES, JAWA_TIMUR_STYLE, PERMENTAN_68_2012
from kinerja_core.core.parameters import Policy
from kinerja_core.population import (
    Population,
    PopulationResult,
    combine_results,
    evaluate_population,
)


def evaluate_on_dask(
    client: Client,
    population: Population,
    policies: Iterable[Policy],
    months: Iterable[date],
) -> dict[tuple[str, date], PopulationResult]:
    """Each (policy, month) run of a population, computed by the cluster, unit by unit."""
    rows = population.unit_rows()  # the row indexes of each unit
    parts = client.scatter([population.take(r) for r in rows.values()])  # sent once
    runs = {
        (policy.name, day): [
            client.submit(evaluate_population, part, policy.at(day), pure=False) for part in parts
        ]
        for policy in policies
        for day in months
    }
    return {
        key: combine_results(client.gather(futures), rows=rows) for key, futures in runs.items()
    }


def cohort(size: int, *, seed: int = 12) -> Population:
    """A small seeded cohort in five units (use `synthetic_workforce` for realistic ones)."""
    rng = np.random.default_rng(seed)
    return Population.from_arrays(
        np.arange(size),
        unit=rng.integers(0, 5, size),
        unit_names=["Badan A", "Dinas B", "Dinas C", "Kecamatan D", "RSUD E"],
        codes={
            "work_result": rng.choice(3, size, p=[0.15, 0.8, 0.05]),
            "behaviour": rng.choice(3, size, p=[0.1, 0.85, 0.05]),
            "level": rng.integers(-1, 8, size),
        },
        wholes={
            "working_days": np.full(size, 21),
            "absent_days": rng.choice(3, size, p=[0.9, 0.07, 0.03]),
            "absent_days_year": rng.integers(0, 40, size),
        },
        base_amount=rng.integers(2_000, 15_000, size) * 1_000,
    )


def main(client: Client | None = None) -> None:
    """Run two policies over two years on a cluster and check each run against one machine."""
    pemda = NATIONAL.with_overrides(
        "Pemda (Permentan 68/2012)", {ALLOWANCE_RULES: PERMENTAN_68_2012}
    )
    variant = NATIONAL.with_overrides("Varian 40/60", {ALLOWANCE_RULES: JAWA_TIMUR_STYLE})
    months = [date(2024, 3, 1), date(2025, 3, 1)]
    population = cohort(2_000)
    if client is None:
        with (
            LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as local,
        ):
            runs = evaluate_on_dask(local, population, [pemda, variant], months)
    else:
        runs = evaluate_on_dask(client, population, [pemda, variant], months)
    for (name, day), result in runs.items():
        alone = evaluate_population(population, (pemda if name == pemda.name else variant).at(day))
        same = all(
            result.column(c) == alone.column(c)
            for c in ("predicate", "credit_points", "allowance", "penalty")
        )
        print(
            f"{name} {day:%Y-%m}: TPP Rp {result.total('allowance'):,}; "
            f"equal to one machine: {same}"
        )


if __name__ == "__main__":
    main()
