"""The Dask recipe (examples/dask_population.py) on a local cluster of processes."""

import pathlib
import runpy
from datetime import date

import pytest

from kinerja_core import NATIONAL
from kinerja_core.allowance import ALLOWANCE_RULES, KAB_JEMBRANA, PERMENTAN_68_2012
from kinerja_core.population import RESULT_COLUMNS, Population, evaluate_population
from kinerja_core.population.columns import concat

distributed = pytest.importorskip("dask.distributed")
dask = pytest.importorskip("dask")

RECIPE = runpy.run_path(
    str(pathlib.Path(__file__).resolve().parent.parent / "examples" / "dask_population.py")
)


@pytest.fixture(scope="module")
def client():
    # generous timeouts: the suite runs on a busy 2-core machine beside other test workers
    with (
        dask.config.set({"distributed.comm.timeouts.connect": "120s"}),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster, timeout=120) as connected,
    ):
        yield connected


def test_multi_year_multi_variant_runs_equal_the_single_machine_runs(client):
    population = RECIPE["cohort"](600, seed=3)
    bad = Population(
        [10_000, 10_001, 10_002],
        unit=["Dinas B", "Zona Baru", "Badan A"],
        work_result=["Sesuai Ekspektasi", "Di Atas Ekspektasi", "Luar Biasa"],
        behaviour=["Sesuai Ekspektasi", None, "Sesuai Ekspektasi"],
        level=["Ahli Muda", None, None],
        working_days=[21, 21, 21],
        absent_days=[0, 0, 40],
        absent_days_year=[1, 2, 3],
        base_amount=[1_000_000, None, "2.500.000,50"],
    )
    assert bad.columns == population.columns
    mixed = concat([population, bad])
    pemda = NATIONAL.with_overrides("Pemda", {ALLOWANCE_RULES: PERMENTAN_68_2012})
    other = NATIONAL.with_overrides("Jembrana", {ALLOWANCE_RULES: KAB_JEMBRANA})
    months = [date(2024, 6, 1), date(2025, 1, 1)]
    runs = RECIPE["evaluate_on_dask"](client, mixed, [pemda, other], months)
    assert len(runs) == 4
    for policy in (pemda, other):
        for day in months:
            alone = evaluate_population(mixed, policy.at(day))
            run = runs[(policy.name, day)]
            for column in RESULT_COLUMNS:
                assert run.column(column) == alone.column(column), column
            assert [p.path for p in run.problems] == [p.path for p in alone.problems]
            assert {p.row for p in run.problems} == {601, 602}  # at their original rows
            assert run.population.employee.tolist() == mixed.employee.tolist()


def test_the_recipe_script_prints_equal_runs(client, capsys):
    RECIPE["main"](client)
    out = capsys.readouterr().out
    assert out.count("equal to one machine: True") == 4
