"""The batch path: any chunking gives the scalar rules' values; coded arrays checked before use."""

from datetime import date

import attrs
import numpy as np
import pytest

from kinerja_core import NATIONAL, Citation, Version
from kinerja_core.allowance import (
    ALLOWANCE_RULES,
    JAWA_TIMUR_STYLE,
    PERMENDIKDASMEN_14_2025,
    PERMENTAN_68_2012,
)
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.population import (
    RESULT_COLUMNS,
    Engine,
    PlanItems,
    Population,
    evaluate_population,
)
from kinerja_core.population import run as population_run
from kinerja_core.population.batch import compiled

MARCH = date(2025, 3, 1)
CITE = Citation("Perkada Contoh 1/2025", "Lampiran")


def rules_with(tpp):
    return NATIONAL.with_overrides("Pemda Contoh", {ALLOWANCE_RULES: tpp}).at(MARCH)


def mixed_rows():
    """Rows of every kind: rated, given, problems, missing cells, scalar-only rows, minutes."""
    size = 23
    return Population(
        [f"E{i}" for i in range(size)],
        work_result=[
            None if i % 4 == 0 else ("Di Atas Ekspektasi", "Sesuai Ekspektasi")[i % 2]
            for i in range(size)
        ],
        behaviour=[
            None if i % 4 == 0 else ("Sesuai Ekspektasi", "Di Bawah Ekspektasi")[i % 3 == 0]
            for i in range(size)
        ],
        predicate=["Baik" if i % 8 == 0 else None for i in range(size)],
        level=[("Ahli Muda", None, "Terampil")[i % 3] for i in range(size)],
        months=[None if i % 5 else 7 for i in range(size)],
        base_amount=[
            None if i == 3 else ("4.000.000,5" if i == 9 else 2_000_000 + 999 * i)
            for i in range(size)
        ],
        working_days=[20] * size,
        absent_days=[i % 4 for i in range(size)],
        late_minutes=[tuple(range(1, 200, 37))[: i % 6] for i in range(size)],
        early_leave_minutes=[(15, 45, 95)[: i % 4] for i in range(size)],
        consecutive_absent_days=[i % 12 for i in range(size)],
        state=["CPNS" if i == 11 else None for i in range(size)],
        absent_days_year=[None if i % 3 else i for i in range(size)],
        potential=[None if i % 4 == 0 else "Tinggi" for i in range(size)],
    )


@pytest.mark.parametrize("tpp", [PERMENTAN_68_2012, JAWA_TIMUR_STYLE, PERMENDIKDASMEN_14_2025])
@pytest.mark.parametrize("chunk", [1, 2, 5, 1 << 17])
def test_any_chunking_gives_the_scalar_values_and_problems(monkeypatch, tpp, chunk):
    rules = rules_with(tpp)
    population = mixed_rows()
    assert population.problems == ()
    scalar = evaluate_population(population, rules, engine=Engine.SCALAR)
    monkeypatch.setattr(population_run, "CHUNK_ROWS", chunk)
    batch = evaluate_population(population, rules)
    assert 0 < batch.scalar_rows < len(population)  # both paths are taken
    for column in RESULT_COLUMNS:
        assert batch.column(column) == scalar.column(column), column
    assert [p.path for p in batch.problems] == [p.path for p in scalar.problems]


def test_rows_with_problems_in_later_chunks_are_reported(monkeypatch):
    rules = rules_with(PERMENTAN_68_2012)
    population = Population(
        [f"E{i}" for i in range(9)],
        predicate=["Baik"] * 9,
        months=[12, 12, 12, 12, 13, 12, 12, 0, 12],
        level=["Ahli Muda"] * 9,
    )
    scalar = evaluate_population(population, rules, engine=Engine.SCALAR)
    monkeypatch.setattr(population_run, "CHUNK_ROWS", 3)
    result = evaluate_population(population, rules)
    assert result.problem_rows == scalar.problem_rows == (4, 7)
    assert result.scalar_rows == 2
    assert [p.path for p in result.problems] == ["rows[4].months", "rows[7].months"]
    for column in RESULT_COLUMNS:
        assert result.column(column) == scalar.column(column), column


def test_a_table_entry_sending_rows_back_to_the_scalar_path_in_a_later_chunk(monkeypatch):
    # an angka kredit table whose entry is not on the published places: the scalar path
    # computes those rows, whichever chunk they are in
    rules = rules_with(PERMENTAN_68_2012)
    plan = compiled(rules)
    assert plan.credits is not None
    population = Population(
        [f"E{i}" for i in range(7)],
        predicate=["Baik", "Sangat Baik", "Kurang/Misconduct"] * 2 + ["Baik"],
        level=["Ahli Pertama"] * 7,
        months=[1, 2, 3, 5, 7, 11, 12],
        base_amount=[3_000_001] * 7,
        working_days=[20] * 7,
    )
    scalar = evaluate_population(population, rules, engine=Engine.SCALAR)
    table = plan.credits.copy()
    table[0, 0, 7] = -2  # Sangat Baik, Ahli Pertama, 7 months (row 4): not in the table
    monkeypatch.setattr(population_run, "CHUNK_ROWS", 2)
    monkeypatch.setattr(population_run, "compiled", lambda _: attrs.evolve(plan, credits=table))
    result = evaluate_population(population, rules)
    assert result.scalar_rows == 1
    for column in RESULT_COLUMNS:
        assert result.column(column) == scalar.column(column), column


def test_a_random_cohort_in_many_chunks_equals_one_chunk(monkeypatch):
    rng = np.random.default_rng(7)
    size = 500
    counts = rng.integers(0, 4, size)
    offsets = np.concatenate(([0], np.cumsum(counts)))
    population = Population.from_arrays(
        np.arange(size),
        codes={
            "work_result": rng.integers(0, 3, size),
            "behaviour": rng.integers(0, 3, size),
            "level": rng.integers(-1, 8, size),
        },
        wholes={
            "months": rng.integers(1, 13, size),
            "working_days": np.full(size, 21),
            "absent_days": rng.integers(0, 3, size),
        },
        base_amount=np.where(rng.random(size) < 0.9, rng.integers(0, 20_000_000, size), -1),
        minutes={"late_minutes": (rng.integers(0, 240, offsets[-1]), offsets)},
    )
    rules = rules_with(Version(date(2012, 1, 1), PERMENTAN_68_2012.value, CITE))
    whole = evaluate_population(population, rules)
    monkeypatch.setattr(population_run, "CHUNK_ROWS", 37)
    chunked = evaluate_population(population, rules)
    assert chunked.scalar_rows == whole.scalar_rows == 0
    for column in RESULT_COLUMNS:
        assert chunked.column(column) == whole.column(column), column


def test_from_arrays_checks_a_code_before_narrowing_it():
    # regression: 257 was narrowed to int8 (1, a valid code) before its range was checked
    with pytest.raises(InvalidValueError) as caught:
        Population.from_arrays(np.arange(2), codes={"work_result": np.array([0, 257])})
    assert caught.value.field == "work_result"
    with pytest.raises(InvalidValueError):
        Population.from_arrays(np.arange(2), unit=np.array([0, 2**32]), unit_names=["a"])


def test_from_arrays_range_checks_allow_missing_cells_only_where_they_may_be():
    population = Population.from_arrays(
        np.arange(3),
        codes={"level": np.array([-1, 0, 7], dtype=np.int64)},
        wholes={"absent_days": np.array([-1, 0, 31]), "months": np.array([-1, 1, 12])},
        base_amount=np.array([-1, 0, 10**15]),
    )
    assert population.cell("level", 0) is None
    assert population.cell("months", 0) is None
    assert population.codes["level"].dtype == np.int8
    for wholes in ({"months": np.array([0, 1, 12])}, {"absent_days": np.array([-2, 0, 1])}):
        with pytest.raises(InvalidValueError):
            Population.from_arrays(np.arange(3), wholes=wholes)
    with pytest.raises(InvalidValueError):
        Population.from_arrays(np.arange(1), base_amount=np.array([10**15 + 1]))


def test_plan_rows_in_many_chunks_give_the_scalar_values(monkeypatch):
    # plans of different lengths (none, one, several items), problems and undecided rows among them
    plans = [
        [(3, 3, 50, "Semakin tinggi semakin baik"), (7, 7, 50, "Semakin rendah semakin baik")],
        None,
        [(100, 101, 100, "Semakin tinggi semakin baik")],
        [(3, "2.9999", 100, "Semakin tinggi semakin baik")],
        [(1, 2, 60, "Semakin tinggi semakin baik"), (1, 1, 41, "Semakin tinggi semakin baik")],
        [(300_000_000, "300000000.0003", 100, "Semakin tinggi semakin baik")],
        None,
        [("0.5", 1, 100, "Semakin rendah semakin baik")],
        [(10, 5, 100, "Semakin tinggi semakin baik")],
    ]
    size = len(plans)
    ratings = ["Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"]
    population = Population(
        [f"P{i}" for i in range(size)],
        behaviour=[None if p is None else ratings[i % 3] for i, p in enumerate(plans)],
        predicate=["Baik"] * size,
        potential=["Tinggi"] * size,
        level=["Ahli Muda"] * size,
        base_amount=[4_000_000 + i for i in range(size)],
        working_days=[20] * size,
        late_minutes=[(i * 10,) * (i % 3) for i in range(size)],
        plan=PlanItems.from_rows(2025, plans),
    )
    rules = NATIONAL.with_overrides("Pemda Contoh", {ALLOWANCE_RULES: PERMENTAN_68_2012}).at(
        date(2026, 3, 1)
    )
    scalar = evaluate_population(population, rules, engine=Engine.SCALAR)
    whole = evaluate_population(population, rules)
    assert 0 < whole.scalar_rows < size
    for chunk in (1, 2, 4):
        monkeypatch.setattr(population_run, "CHUNK_ROWS", chunk)
        batch = evaluate_population(population, rules)
        assert batch.scalar_rows == whole.scalar_rows
        for column in RESULT_COLUMNS:
            assert batch.column(column) == scalar.column(column), (chunk, column)
        assert [p.path for p in batch.problems] == [p.path for p in scalar.problems]
