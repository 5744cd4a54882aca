"""Report the library's speed and memory on THE benchmark case, each also as a ratio to plain code.

Numbers only, never pass/fail: the targets are printed next to the figures for the reader. Every
figure is measured in the same run as the plain-`Decimal` implementation of the same rule chain
(`benchmarks/plain.py`), and the last column is library ÷ plain.

Run after the dev install, from anywhere:

    .venv/bin/python benchmarks/run.py            # full run (about a minute)
    .venv/bin/python benchmarks/run.py --quick    # fewer repetitions (a few seconds)
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import subprocess
import sys
import time
import timeit
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make the `benchmarks` package importable
    sys.path.insert(0, str(ROOT))

from benchmarks import cases, plain  # noqa: E402

IMPORT_BASELINE_MS = 280.0
"""`import kinerja_core` before the performance work (commit a70a1f4): median `-X importtime`
cumulative of 21 fresh interpreters on the 2-core reference machine, 274-286 ms at load average
≈ 1.4 (≈ 222 ms in a quieter moment). The "no slower than today" target."""


@dataclass(frozen=True)
class Settings:
    """How much work each measurement does."""

    repeat: int  # timeit repeats (the best one counts)
    min_time: float  # seconds each repeat runs at least (sets timeit's number)
    kept: int  # evaluations kept for the memory measurement
    import_runs: int  # fresh interpreters per import measurement
    population: int  # employees in the office-sized batch
    population_repeat: int
    warm_imports: bool = True  # one untimed interpreter first (compiles .pyc files)


FULL = Settings(
    repeat=25, min_time=0.04, kept=2000, import_runs=7, population=1000, population_repeat=7
)
QUICK = Settings(
    repeat=5, min_time=0.02, kept=500, import_runs=3, population=1000, population_repeat=1
)


@dataclass(frozen=True)
class Row:
    """One line of the report."""

    name: str
    value: float
    unit: str
    target: str
    plain: float | None  # the plain implementation's figure, same run, same unit

    @property
    def ratio(self) -> float | None:
        return None if not self.plain else self.value / self.plain


# ---------------------------------------------------------------------------------------------
# Measuring


def per_call(stmts: Sequence[str], namespace: dict[str, object], settings: Settings) -> list[float]:
    """Seconds per execution of each statement: the best of `repeat` timeit runs.

    Each statement's `number` is set so that one run lasts at least `min_time`; the runs of the
    statements are interleaved, so the library and the plain code see the same machine load.
    """
    timers = [timeit.Timer(stmt, globals=namespace) for stmt in stmts]
    numbers = []
    for timer in timers:
        number = 1
        while timer.timeit(number) < settings.min_time:
            number *= 2
        numbers.append(number)
    best = [float("inf")] * len(timers)
    for _ in range(settings.repeat):
        for index, (timer, number) in enumerate(zip(timers, numbers, strict=True)):
            best[index] = min(best[index], timer.timeit(number) / number)
    return best


def kept_bytes(make: Callable[[], object], count: int) -> float:
    """Bytes allocated per result when `count` results of `make()` are kept in a list.

    Tracing starts after the inputs exist and after one warm-up call (which fills any cache),
    so only what the kept results themselves hold is counted.
    """
    make()
    gc.collect()
    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = [make() for _ in range(count)]
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        if started:
            tracemalloc.stop()
    del kept
    return (after - before) / count


def _cumulative_us(stderr: str, module: str) -> int:
    for line in stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[2].strip() == module:
            return int(parts[1])
    raise RuntimeError(f"-X importtime reported no line for {module!r}")


def _python(*args: str) -> subprocess.CompletedProcess[str]:
    # an import as users see it: from cached bytecode (CI sets PYTHONDONTWRITEBYTECODE, which
    # would make every run compile every module from source)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True, env=env)


def import_cumulative_us(modules: Sequence[str], settings: Settings) -> list[float]:
    """Median cumulative `-X importtime` of each module (µs), fresh interpreters, interleaved."""
    if settings.warm_imports:
        for module in modules:
            _python("-c", f"import {module}")
    samples: list[list[int]] = [[] for _ in modules]
    for _ in range(settings.import_runs):
        for module, found in zip(modules, samples, strict=True):
            found.append(
                _cumulative_us(_python("-X", "importtime", "-c", f"import {module}").stderr, module)
            )
    return [statistics.median(found) for found in samples]


def import_wall_us(modules: Sequence[str], settings: Settings) -> list[float]:
    """Median wall time of `python -c 'import module'` minus that of `python -c 'pass'` (µs)."""

    def wall(code: str) -> float:
        start = time.perf_counter()
        _python("-c", code)
        return time.perf_counter() - start

    codes = ["pass", *(f"import {module}" for module in modules)]
    if settings.warm_imports:
        for code in codes:
            wall(code)
    samples: list[list[float]] = [[] for _ in codes]
    for _ in range(settings.import_runs):  # interleaved, so drift hits all alike
        for code, found in zip(codes, samples, strict=True):
            found.append(wall(code))
    bare, *timed = (statistics.median(found) for found in samples)
    return [(median - bare) * 1e6 for median in timed]


# ---------------------------------------------------------------------------------------------
# The benchmarks


def check_agreement(spec: cases.CaseSpec = cases.BENCHMARK) -> str:
    """A one-line comparison of the library's and the plain result on the case."""
    ours = cases.kc_outcome(cases.kc_evaluate(cases.kc_case(spec)))
    theirs = plain.evaluate(cases.plain_case(spec))
    same = ours[:3] == theirs[:3] and abs(ours[3] - theirs[3]) < Decimal("1e-20")
    verdict = "agree" if same else "DIFFER"
    return (
        f"library and plain results {verdict}: predikat {ours[0]!r} / {theirs[0]!r}, "
        f"ratings {ours[1:3]} / {theirs[1:3]}, weighted {ours[3]} / {theirs[3]}"
    )


def evaluation_rows(settings: Settings, spec: cases.CaseSpec = cases.BENCHMARK) -> list[Row]:
    """(a) evaluate one employee; (b) the same, then read / render / dump the explanation."""
    namespace: dict[str, object] = {
        "evaluate": cases.kc_evaluate,
        "case": cases.kc_case(spec),
        "explanation": cases.kc_explanation,
        "render": cases.kc_render,
        "to_dict": cases.kc_explanation_dict,
        "plain_evaluate": plain.evaluate,
        "plain_case": cases.plain_case(spec),
    }
    timed = [
        ("evaluate, explanation not read", "evaluate(case)", "≤ 50 µs"),
        ("evaluate + read .explanation", "explanation(evaluate(case))", ""),
        ("evaluate + explanation.render('id')", "render(evaluate(case))", ""),
        ("evaluate + explanation.to_dict()", "to_dict(evaluate(case))", ""),
    ]
    base, *seconds = per_call(
        ["plain_evaluate(plain_case)", *(stmt for _, stmt, _ in timed)], namespace, settings
    )
    return [
        Row(name, value * 1e6, "µs", target, base * 1e6)
        for (name, _, target), value in zip(timed, seconds, strict=True)
    ]


def predicate_row(settings: Settings) -> Row:
    """(c) performance_predicate with the rules given, against a plain dict lookup."""
    namespace: dict[str, object] = {
        "predicate": cases.kc_predicate,
        "rules": cases.kc_rules(),
        "work": cases.kc_rating(plain.ABOVE),
        "behaviour": cases.kc_rating(plain.MEETS),
        "plain_predicate": plain.predicate,
    }
    ours, base = per_call(
        ["predicate(work, behaviour, rules=rules)", "plain_predicate(3, 2)"], namespace, settings
    )
    return Row("performance_predicate(rules=…)", ours * 1e6, "µs", "≤ 2 µs", base * 1e6)


def memory_row(settings: Settings, spec: cases.CaseSpec = cases.BENCHMARK) -> Row:
    """(d) bytes per kept Evaluation whose explanation was not read."""
    case = cases.kc_case(spec)
    plain_case = cases.plain_case(spec)
    ours = kept_bytes(lambda: cases.kc_evaluate(case), settings.kept)
    base = kept_bytes(lambda: plain.evaluate(plain_case), settings.kept)
    name = f"memory per kept Evaluation (N={settings.kept})"
    return Row(name, ours, "B", "≤ 2 KB", base)


def import_rows(settings: Settings) -> list[Row]:
    """(e) import time of kinerja_core, against importing the plain module."""
    target = f"≤ {IMPORT_BASELINE_MS:.0f} ms"
    modules = ["kinerja_core", "benchmarks.plain"]
    cumulative, cumulative_plain = import_cumulative_us(modules, settings)
    wall, wall_plain = import_wall_us(modules, settings)
    return [
        Row(
            "import kinerja_core (-X importtime)",
            cumulative / 1e3,
            "ms",
            target,
            cumulative_plain / 1e3,
        ),
        Row("import kinerja_core (wall − bare python)", wall / 1e3, "ms", "", wall_plain / 1e3),
    ]


def population_row(settings: Settings) -> Row:
    """(f) evaluate an office of employees (different cases), one after another."""
    specs = cases.population(settings.population)
    namespace: dict[str, object] = {
        "evaluate": cases.kc_evaluate,
        "cases": [cases.kc_case(spec) for spec in specs],
        "plain_evaluate": plain.evaluate,
        "plain_cases": [cases.plain_case(spec) for spec in specs],
    }
    batch = replace(settings, repeat=settings.population_repeat, min_time=0)
    ours, base = per_call(
        ["for case in cases: evaluate(case)", "for case in plain_cases: plain_evaluate(case)"],
        namespace,
        batch,
    )
    target = f"≤ {50 * settings.population / 1000:g} ms"
    name = f"evaluate {settings.population} employees"
    return Row(name, ours * 1000, "ms", target, base * 1000)


def run_all(settings: Settings) -> list[Row]:
    """Every benchmark, in report order."""
    return [
        *evaluation_rows(settings),
        predicate_row(settings),
        memory_row(settings),
        *import_rows(settings),
        population_row(settings),
    ]


# ---------------------------------------------------------------------------------------------
# Reporting


def format_table(rows: Sequence[Row]) -> str:
    """The rows as an aligned plain-text table."""
    header = (
        f"{'benchmark':<44} {'value':>10} {'unit':<4} {'target':<10} {'plain':>9} {'× plain':>8}"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        plain_text = "" if row.plain is None else f"{row.plain:9.3g}"
        ratio = "" if row.ratio is None else f"{row.ratio:7.1f}×"
        lines.append(
            f"{row.name:<44} {row.value:>10.2f} {row.unit:<4} {row.target:<10} "
            f"{plain_text:>9} {ratio:>8}"
        )
    return "\n".join(lines)


def describe_machine() -> str:
    return (
        f"kinerja-core {cases.kc_version()}, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.machine()}, {os.cpu_count()} CPU(s), "
        f"load average {os.getloadavg()[0]:.2f} (other work skews the figures)"
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Run every benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    settings = QUICK if parser.parse_args(argv).quick else FULL
    print(describe_machine())
    print(check_agreement())
    print()
    print(format_table(run_all(settings)))


if __name__ == "__main__":
    main()
