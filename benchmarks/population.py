"""Report the population batch path on the 4.3 million national cohort, against plain numpy.

Numbers only, never pass/fail: the targets are printed next to the figures for the reader.

- **National cohort**: `evaluate_population` (the batch engine) on a seeded synthetic cohort of
  4.3 million ASN — predikat from the two ratings by the matrix, angka kredit for the ~30 % in
  a jabatan fungsional, and the month's TPP with its predikat and attendance cuts — wall time
  and peak memory, and the ratio to a hand-written numpy implementation of the same rules
  (`benchmarks/plain_population.py`) timed in the same run. Before anything is timed, every
  output column of the library and of the plain code is checked equal on the whole cohort.
- **A Pemda's policy comparison**: `compare_policies` on 9 000 employees, the benchmark policy
  against a 40/60 variant.
- **The scalar engine**: per row, on a sample, for scale.

Each measurement runs in a fresh interpreter that loads the cohort from `.npy` files (written
once by this process), so its peak resident set size (`ru_maxrss`) counts only the interpreter,
numpy and kinerja-core, the cohort's arrays, the `Population`, the result and the temporaries
of the computation — not the generator's.

Run after the dev install, from anywhere:

    .venv/bin/python benchmarks/population.py            # 4.3 M rows (about a minute)
    .venv/bin/python benchmarks/population.py --quick    # 200 000 rows, fewer repeats
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make the `benchmarks` package importable
    sys.path.insert(0, str(ROOT))

from benchmarks import plain_population  # noqa: E402

NATIONAL_SIZE = 4_300_000
PEMDA_SIZE = 9_000
SCALAR_SAMPLE = 2_000
MONTH = date(2025, 3, 1)
WORKING_DAYS = 20

Ints = npt.NDArray[np.int64]


# ---------------------------------------------------------------------------------------------
# The cohort


@dataclass(frozen=True)
class Cohort:
    """A synthetic workforce as coded columns (the library's codes, see plain_population)."""

    employee: Ints  # NIP-like 18-digit numbers
    unit: npt.NDArray[np.int32]
    work_result: npt.NDArray[np.int8]
    behaviour: npt.NDArray[np.int8]
    level: npt.NDArray[np.int8]  # -1: not in a jabatan fungsional
    months: Ints
    working_days: Ints
    absent_days: Ints
    base_amount: Ints  # whole rupiah
    late_values: Ints  # minutes of every late arrival, row after row
    late_offsets: Ints  # where each row's start (rows + 1)
    early_values: Ints
    early_offsets: Ints

    @property
    def late_minutes(self) -> tuple[Ints, Ints]:
        return self.late_values, self.late_offsets

    @property
    def early_leave_minutes(self) -> tuple[Ints, Ints]:
        return self.early_values, self.early_offsets

    def __len__(self) -> int:
        return len(self.employee)

    def save(self, directory: Path) -> None:
        for field in fields(self):
            np.save(directory / f"{field.name}.npy", getattr(self, field.name))

    @classmethod
    def load(cls, directory: Path) -> Cohort:
        return cls(**{f.name: np.load(directory / f"{f.name}.npy") for f in fields(cls)})


def unit_names(count: int) -> tuple[str, ...]:
    return tuple(f"Unit {i:04d}" for i in range(count))


def _occurrences(
    rng: np.random.Generator, size: int, share: float, mean: float, room: Ints
) -> tuple[Ints, Ints]:
    """Ragged minutes: `share` of the rows have ~`mean` occurrences (at most `room`)."""
    counts = np.where(rng.random(size) < share, rng.geometric(1 / mean, size), 0)
    counts = np.minimum(counts, room).astype(np.int64)
    offsets = np.zeros(size + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    total = int(offsets[-1])
    # mostly a few minutes late, sometimes an hour or more (the smaller of two draws)
    minutes = np.minimum(rng.integers(1, 181, total), rng.integers(1, 181, total))
    return minutes.astype(np.int64), offsets


def national_cohort(size: int, *, seed: int = 2025, units: int = 600) -> Cohort:
    """A plausible seeded cohort, built with numpy in a few seconds for 4.3 million rows.

    Work result: 12 % above, 83 % meets, 5 % below expectations; behaviour 10 / 87 / 3 %. 30 %
    in a jabatan fungsional (mostly Ahli Pertama, Ahli Muda, Terampil and Mahir); 5 % rated
    for fewer than 12 months. The paid month has 20 working days; 8 % absent 1-3 days;
    35 % late on ~2.5 days, 15 % leave early on ~1.5 days (minutes mostly under half an hour).
    Base TPP Rp 2-15 million (more at the low end), in whole rupiah.

    A stand-in for `kinerja_core.testing.workforce.synthetic_workforce`.
    """
    rng = np.random.default_rng(seed)
    birth = (
        rng.integers(1965, 2000, size) * 10_000
        + rng.integers(1, 13, size) * 100
        + rng.integers(1, 29, size)
    )
    hired = rng.integers(1990, 2025, size) * 100 + rng.integers(1, 13, size)
    sex = rng.integers(1, 3, size)
    employee = ((birth * 1_000_000 + hired) * 10 + sex) * 1000 + np.arange(size) % 1000
    level = np.where(
        rng.random(size) < 0.30,
        rng.choice(8, size, p=[0.25, 0.20, 0.08, 0.01, 0.04, 0.17, 0.15, 0.10]),
        -1,
    )
    months = np.where(rng.random(size) < 0.95, 12, rng.integers(1, 12, size))
    absent = np.where(rng.random(size) < 0.08, rng.integers(1, 4, size), 0)
    room = WORKING_DAYS - absent
    late = _occurrences(rng, size, 0.35, 2.5, room)
    early = _occurrences(rng, size, 0.15, 1.5, room)
    base = np.minimum(
        rng.integers(2_000_000, 15_000_001, size), rng.integers(2_000_000, 15_000_001, size)
    )
    return Cohort(
        employee=employee.astype(np.int64),
        unit=rng.integers(0, units, size).astype(np.int32),
        work_result=rng.choice(3, size, p=[0.12, 0.83, 0.05]).astype(np.int8),
        behaviour=rng.choice(3, size, p=[0.10, 0.87, 0.03]).astype(np.int8),
        level=level.astype(np.int8),
        months=months.astype(np.int64),
        working_days=np.full(size, WORKING_DAYS, dtype=np.int64),
        absent_days=absent.astype(np.int64),
        base_amount=base.astype(np.int64),
        late_values=late[0],
        late_offsets=late[1],
        early_values=early[0],
        early_offsets=early[1],
    )


# ---------------------------------------------------------------------------------------------
# The library (its names are used only in this section)


def kc_version() -> str:
    import kinerja_core  # noqa: PLC0415

    return kinerja_core.__version__


def kc_import() -> None:
    """Import what a population run uses (so the loaded figure includes the library)."""
    import kinerja_core.population.batch  # noqa: PLC0415
    import kinerja_core.population.run  # noqa: F401, PLC0415


def kc_population(cohort: Cohort, units: int = 600) -> Any:
    """The cohort as a library `Population` (coded arrays, no cell-by-cell reading)."""
    from kinerja_core.population import Population  # noqa: PLC0415

    return Population.from_arrays(
        cohort.employee,
        unit=cohort.unit,
        unit_names=unit_names(units),
        codes={
            "work_result": cohort.work_result,
            "behaviour": cohort.behaviour,
            "level": cohort.level,
        },
        wholes={
            "months": cohort.months,
            "working_days": cohort.working_days,
            "absent_days": cohort.absent_days,
        },
        base_amount=cohort.base_amount,
        minutes={
            "late_minutes": cohort.late_minutes,
            "early_leave_minutes": cohort.early_leave_minutes,
        },
    )


def _citation() -> Any:
    from kinerja_core import Citation  # noqa: PLC0415
    from kinerja_core.core import Text  # noqa: PLC0415

    return Citation(
        "Perkada Contoh (benchmark)",
        Text("pola contoh untuk pengukuran", "an example pattern for measurement"),
    )


def kc_policies() -> tuple[Any, Any]:
    """The benchmark policy and its 40/60 variant (both `NATIONAL` with a TPP set).

    The benchmark policy: Permentan 68/2012's cuts (4 % a day absent, TL1-TL4 and PSW1-PSW4),
    with a predikat payment factor of 100/100/80/70/60 % on the whole allowance. The variant:
    the same percentages split 40 % performance (the predikat's part) / 60 % discipline (the
    attendance cuts' part), each cut capped within its part.
    """
    import attrs  # noqa: PLC0415

    from kinerja_core import NATIONAL, Predicate, Version  # noqa: PLC0415
    from kinerja_core.allowance import (  # noqa: PLC0415
        ALLOWANCE_RULES,
        PERMENTAN_68_2012,
        AllowanceComponent,
        ComponentWeights,
        FactorKind,
        PredicateFactors,
        PredicateLag,
    )

    cite = _citation()
    base = PERMENTAN_68_2012.value
    factors = dict(zip(Predicate, (100, 100, 80, 70, 60), strict=True))
    tpp = attrs.evolve(
        base,
        name="Permentan 68/2012 + faktor predikat (benchmark)",
        performance=PredicateFactors(
            FactorKind.PAYMENT_FACTOR,
            factors,
            PredicateLag.SAME_MONTH,
            AllowanceComponent.WHOLE,
            cite,
        ),
    )
    discipline = AllowanceComponent.DISCIPLINE
    split = attrs.evolve(
        tpp,
        name="40/60 (benchmark)",
        weights=ComponentWeights(40, 60, cite),
        performance=attrs.evolve(tpp.performance, component=AllowanceComponent.PERFORMANCE),
        absence=attrs.evolve(tpp.absence, component=discipline),
        lateness=attrs.evolve(tpp.lateness, component=discipline),
        early_leave=attrs.evolve(tpp.early_leave, component=discipline),
        ceremony=attrs.evolve(tpp.ceremony, component=discipline),
        consecutive_absence=attrs.evolve(tpp.consecutive_absence, component=discipline),
    )
    since = PERMENTAN_68_2012.effective_from
    return (
        NATIONAL.with_overrides("Pemda Contoh", {ALLOWANCE_RULES: Version(since, tpp, cite)}),
        NATIONAL.with_overrides(
            "Pemda Contoh 40/60", {ALLOWANCE_RULES: Version(since, split, cite)}
        ),
    )


def kc_evaluate(population: Any, rules: Any, *, scalar: bool = False) -> Any:
    from kinerja_core.population import Engine, evaluate_population  # noqa: PLC0415

    engine = Engine.SCALAR if scalar else Engine.BATCH
    return evaluate_population(population, rules, engine=engine)


def kc_compare(population: Any, before: Any, after: Any) -> Any:
    from kinerja_core.population import compare_policies  # noqa: PLC0415

    return compare_policies(population, before, after)


def kc_columns(result: Any) -> dict[str, Ints]:
    """The library's result as the plain implementation's columns."""
    return {
        "predicate": result.predicates.astype(np.int64),
        "credits": result.credits,
        "allowance": result.amounts("allowance"),
        "performance_cut": result.amounts("allowance_performance_cut"),
        "attendance_cut": result.amounts("allowance_attendance_cut"),
    }


# ---------------------------------------------------------------------------------------------
# Agreement


def check_agreement(cohort: Cohort) -> str:
    """Every output column of the library and of the plain code, equal on every row (or raise).

    Raises:
        AssertionError: Naming the first column and row that differ.
    """
    rules = kc_policies()[0].at(MONTH)
    result = kc_evaluate(kc_population(cohort), rules)
    assert not result.problems, result.problems[:3]
    assert bool(result.has_allowance.all())
    for column in ("allowance_employee_bpjs", "employer_bpjs"):
        assert not result.amounts(column).any(), column
    ours, theirs = kc_columns(result), plain_population.evaluate(cohort)
    assert ours.keys() == theirs.keys()
    for column, values in theirs.items():
        differ = np.flatnonzero(ours[column] != values)
        assert not len(differ), (
            f"{column} differs on {len(differ)} rows, first row {int(differ[0])}: "
            f"library {int(ours[column][differ[0]])}, plain {int(values[differ[0]])}"
        )
    return (
        f"library and plain numpy agree on every row of {len(cohort):,} in all "
        f"{len(theirs)} columns ({result.scalar_rows} rows on the scalar path)"
    )


# ---------------------------------------------------------------------------------------------
# Measuring (each in a fresh interpreter)


def _peak_mib() -> float:
    """This process's peak resident set size so far (MiB).

    On Linux `VmHWM` of `/proc/self/status`: the high-water mark of this process's own memory
    since it started (`ru_maxrss` is not used there: a process started by a big parent reports
    at least the parent's size, inherited through fork and exec). Elsewhere `ru_maxrss`.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _cpu_timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of `work()` (CPU time moves less with other work on the machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


@dataclass(frozen=True)
class Settings:
    """How much work each measurement does."""

    size: int  # rows of the national cohort
    repeat: int  # timed runs per measurement (the best counts; the first is reported too)
    pemda: int = PEMDA_SIZE  # rows of the Pemda compared under two policies
    sample: int = SCALAR_SAMPLE  # rows the scalar engine computes

    def arguments(self) -> list[str]:
        return [f"--{f.name}={getattr(self, f.name)}" for f in fields(self)]


def child_plain(directory: Path, settings: Settings) -> dict[str, Any]:
    """The plain numpy implementation on the saved cohort."""
    cohort = Cohort.load(directory)
    loaded = _peak_mib()
    runs = [_cpu_timed(lambda: plain_population.evaluate(cohort)) for _ in range(settings.repeat)]
    return {
        "seconds": [wall for wall, _ in runs],
        "cpu": [cpu for _, cpu in runs],
        "loaded_mib": loaded,
        "peak_mib": _peak_mib(),
    }


def child_batch(directory: Path, settings: Settings) -> dict[str, Any]:
    """`Population.from_arrays` + `evaluate_population` (batch) on the saved cohort."""
    cohort = Cohort.load(directory)
    rules = kc_policies()[0].at(MONTH)
    kc_import()
    loaded = _peak_mib()
    build, evaluate, cpu = [], [], []
    for _ in range(settings.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        population = kc_population(cohort)
        middle = time.perf_counter()
        result = kc_evaluate(population, rules)
        end, end_cpu = time.perf_counter(), time.process_time()
        build.append(middle - start)
        evaluate.append(end - middle)
        cpu.append(end_cpu - start_cpu)
        assert result.scalar_rows == 0
        del population, result
    return {
        "build": build,
        "evaluate": evaluate,
        "cpu": cpu,
        "loaded_mib": loaded,
        "peak_mib": _peak_mib(),
    }


def child_small(directory: Path, settings: Settings) -> dict[str, Any]:
    """A Pemda's comparison of two policies, and the scalar engine on a sample."""
    del directory
    pemda = kc_population(national_cohort(settings.pemda, seed=9000, units=40), units=40)
    before, after = (policy.at(MONTH) for policy in kc_policies())
    runs = max(settings.repeat, 3)
    compare = [_timed(lambda: kc_compare(pemda, before, after)) for _ in range(runs)]
    comparison = kc_compare(pemda, before, after)
    sample = kc_population(national_cohort(settings.sample, seed=1))
    scalar = _timed(lambda: kc_evaluate(sample, before, scalar=True))
    return {
        "compare": compare,
        "summary": comparison.summary(),
        "scalar_per_row": scalar / settings.sample,
    }


CHILDREN = {"plain": child_plain, "batch": child_batch, "small": child_small}


def run_child(kind: str, directory: Path, settings: Settings) -> dict[str, Any]:
    """One measurement in a fresh interpreter; its JSON answer."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind]
    command += ["--data", str(directory), *settings.arguments()]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"the {kind} measurement failed:\n{done.stderr}")
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


# ---------------------------------------------------------------------------------------------
# Reporting


@dataclass(frozen=True)
class Row:
    name: str
    value: str
    target: str = ""


def report(
    settings: Settings, plain: dict[str, Any], batch: dict[str, Any], small: dict[str, Any]
) -> list[Row]:
    """The table's rows from the children's measurements."""
    size = settings.size
    best_plain = max(min(plain["seconds"]), 1e-9)
    plain_cpu = max(min(plain["cpu"]), 1e-9)
    best_build, best_evaluate = min(batch["build"]), min(batch["evaluate"])
    end_to_end = min(b + e for b, e in zip(batch["build"], batch["evaluate"], strict=True))
    first = batch["build"][0] + batch["evaluate"][0]
    scalar = small["scalar_per_row"]
    return [
        Row(f"plain numpy, {size:,} rows", f"{best_plain:.3f} s"),
        Row("  first run", f"{plain['seconds'][0]:.3f} s"),
        Row("Population.from_arrays (checks every column)", f"{best_build:.3f} s"),
        Row("evaluate_population, batch engine", f"{best_evaluate:.3f} s"),
        Row("from_arrays + evaluate (end to end)", f"{end_to_end:.3f} s", "≈ 1 s at 4.3 M"),
        Row("  first run (compiles the rules)", f"{first:.3f} s"),
        Row("  × plain numpy", f"{end_to_end / best_plain:.2f}×", "≤ 3×"),
        Row("  evaluate alone × plain numpy", f"{best_evaluate / best_plain:.2f}×"),
        Row(
            "  CPU time × plain numpy (end to end)",
            f"{min(batch['cpu']):.3f} / {plain_cpu:.3f} s = {min(batch['cpu']) / plain_cpu:.2f}×",
        ),
        Row(
            "peak RSS, batch (cohort loaded)",
            f"{batch['peak_mib']:,.0f} MiB ({batch['loaded_mib']:,.0f})",
            "≤ 2 GB",
        ),
        Row(
            "peak RSS, plain (cohort loaded)",
            f"{plain['peak_mib']:,.0f} MiB ({plain['loaded_mib']:,.0f})",
        ),
        Row(
            f"compare_policies, {settings.pemda:,} rows (best)",
            f"{min(small['compare']):.3f} s",
            "< 1 s",
        ),
        Row("  first call (compiles both policies)", f"{small['compare'][0]:.3f} s"),
        Row("scalar engine, per row", f"{scalar * 1e6:,.0f} µs"),
        Row(f"  × {size:,} rows", f"{scalar * size / 60:,.1f} min"),
    ]


def format_table(rows: Sequence[Row]) -> str:
    width = max(len(r.name) for r in rows)
    value = max(len(r.value) for r in rows)
    return "\n".join(f"{r.name:<{width}}  {r.value:>{value}}  {r.target}".rstrip() for r in rows)


def describe_machine() -> str:
    return (
        f"kinerja-core {kc_version()}, numpy {np.__version__}, Python "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPU(s), "
        f"load average {os.getloadavg()[0]:.2f} (other work skews the figures)"
    )


def main(argv: Sequence[str] | None = None) -> list[Row]:
    """Build the cohort, check agreement, measure in fresh interpreters, print the table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 000 rows, fewer repeats")
    parser.add_argument("--size", type=int, help="rows in the cohort (default 4 300 000)")
    parser.add_argument("--repeat", type=int, help="timed runs per measurement (best counts)")
    parser.add_argument("--pemda", type=int, default=PEMDA_SIZE, help=argparse.SUPPRESS)
    parser.add_argument("--sample", type=int, default=SCALAR_SAMPLE, help=argparse.SUPPRESS)
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    settings = Settings(
        size=args.size or (200_000 if args.quick else NATIONAL_SIZE),
        repeat=args.repeat or (2 if args.quick else 5),
        pemda=args.pemda,
        sample=args.sample,
    )
    if args.child:
        print(json.dumps(CHILDREN[args.child](args.data, settings)))
        return []
    print(describe_machine())
    start = time.perf_counter()
    cohort = national_cohort(settings.size)
    built = time.perf_counter() - start
    print(f"cohort of {settings.size:,} rows built in {built:.1f} s (seeded numpy)")
    print(check_agreement(cohort))
    with tempfile.TemporaryDirectory(prefix="kinerja-population-") as folder:
        directory = Path(folder)
        cohort.save(directory)
        del cohort
        plain = run_child("plain", directory, settings)
        batch = run_child("batch", directory, settings)
    small = run_child("small", Path(), settings)
    print(small["summary"])
    print()
    rows = report(settings, plain, batch, small)
    print(format_table(rows))
    return rows


if __name__ == "__main__":
    main()
