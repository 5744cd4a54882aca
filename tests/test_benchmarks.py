"""The benchmarks: the plain implementation agrees with the library, and every measurement runs.

Times are never asserted: only that the measuring code runs and reports positive numbers.
The `benchmarks` package is not installed, so it is loaded from its files.
"""

import importlib
import importlib.util
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name):
    if "benchmarks" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "benchmarks", BENCHMARKS / "__init__.py", submodule_search_locations=[str(BENCHMARKS)]
        )
        package = importlib.util.module_from_spec(spec)
        sys.modules["benchmarks"] = package
        spec.loader.exec_module(package)
    return importlib.import_module(f"benchmarks.{name}")


plain = _load("plain")
cases = _load("cases")
run = _load("run")

TOLERANCE = Decimal("1e-20")  # the library's 28-digit rounding of contributions is being fixed


def _both(spec):
    ours = cases.kc_outcome(cases.kc_evaluate(cases.kc_case(spec)))
    theirs = plain.evaluate(cases.plain_case(spec))
    return ours, theirs


def test_the_benchmark_case_agrees_exactly():
    ours, theirs = _both(cases.BENCHMARK)
    assert ours[:3] == theirs[:3] == ("Baik", plain.ABOVE, plain.MEETS)
    assert ours[3] == theirs[3] == Decimal("109.5")  # terminating: compared exactly


def test_the_benchmark_case_is_as_documented():
    items, judgements = cases.plain_case(cases.BENCHMARK)
    achievements = [
        plain.achievement(low, high, plain.aggregate(values, aggregation), polarity)
        for polarity, aggregation, low, high, _, values in items
    ]
    expected = ["120", "106.25", "101.25", "100", "93.75"]
    assert achievements[:5] == [Decimal(v) for v in expected]
    assert abs(achievements[5] - Decimal(400) / 3) < TOLERANCE
    assert sum(weight for *_, weight, _ in items) == 100
    assert len(judgements) == 7
    assert plain.behaviour(judgements) == plain.MEETS  # 17 / 7


def test_the_population_agrees():
    for spec in cases.population(20):
        ours, theirs = _both(spec)
        assert ours[:3] == theirs[:3]
        assert abs(ours[3] - theirs[3]) <= TOLERANCE


def _quarters(spec):
    high = Decimal(spec.target[1])
    value = st.integers(0, int(high * 300)).map(lambda n: Decimal(n).scaleb(-2))
    return st.tuples(*[st.none() | value] * 4).filter(lambda q: any(v is not None for v in q))


@settings(max_examples=50, deadline=None)
@given(
    quarters=st.tuples(*[_quarters(item) for item in cases.BENCHMARK.indicators]),
    ratings=st.tuples(*[st.sampled_from((plain.BELOW, plain.MEETS, plain.ABOVE))] * 7),
)
def test_plain_agrees_with_the_library(quarters, ratings):
    spec = replace(
        cases.BENCHMARK,
        indicators=tuple(
            replace(item, quarters=q)
            for item, q in zip(cases.BENCHMARK.indicators, quarters, strict=True)
        ),
        judgements=tuple(zip(range(7), ratings, strict=True)),
    )
    ours, theirs = _both(spec)
    for weighted in (ours[3], theirs[3]):  # a band edge within the rounding noise is a tie
        for edge in (100, 101):
            assume(not 0 < abs(weighted - edge) <= TOLERANCE)
    assert abs(ours[3] - theirs[3]) <= TOLERANCE
    assert ours[:3] == theirs[:3]


def test_the_benchmarks_run(monkeypatch, capsys):
    tiny = run.Settings(
        repeat=1,
        min_time=0.0,
        kept=3,
        import_runs=1,
        population=3,
        population_repeat=1,
        warm_imports=False,
    )
    reported = []

    def run_all(settings):
        rows = original(settings)
        reported.extend(rows)
        return rows

    original = run.run_all
    monkeypatch.setattr(run, "QUICK", tiny)
    monkeypatch.setattr(run, "run_all", run_all)
    run.main(["--quick"])
    out = capsys.readouterr().out
    assert "agree" in out
    assert "DIFFER" not in out
    assert len(reported) == 9
    for row in reported:
        assert row.name in out
        assert row.value > 0
        assert row.plain is not None
        if "wall" not in row.name:  # a difference of two wall times: noise may dominate
            assert row.plain > 0
            assert row.ratio > 0


population = _load("population")
plain_population = _load("plain_population")


def test_the_population_benchmark_runs_at_a_tiny_size(monkeypatch, capsys):
    real = population.run_child

    def run_child(kind, directory, settings):  # one fresh interpreter (the cheapest), the rest here
        if kind == "plain":
            return real(kind, directory, settings)
        return population.CHILDREN[kind](directory, settings)

    monkeypatch.setattr(population, "run_child", run_child)
    rows = population.main(["--size", "300", "--repeat", "1", "--pemda", "40", "--sample", "5"])
    out = capsys.readouterr().out
    assert "library and plain numpy agree on every row of 300 in all 5 columns" in out
    assert "of 40 employees change" in out
    assert len(rows) == 15
    for row in rows:
        assert row.name in out
        assert float(row.value.split()[0].rstrip("×").replace(",", "")) >= 0  # a figure, shown


def test_the_plain_population_code_agrees_with_the_library_and_the_check_can_fail(monkeypatch):
    cohort = population.national_cohort(3000, seed=11)
    assert cohort.level.min() == -1  # some rows without a jenjang
    assert 0 < (cohort.late_offsets[1:] > cohort.late_offsets[:-1]).mean() < 1
    assert "agree on every row of 3,000" in population.check_agreement(cohort)
    monkeypatch.setattr(plain_population, "ABSENCE_PERCENT", 5)
    with pytest.raises(AssertionError, match="allowance differs"):
        population.check_agreement(cohort)
