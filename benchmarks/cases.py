"""THE benchmark case, and the adapters that turn it into library and plain inputs.

The case is written once as neutral data (`CaseSpec`) and turned into a
`kinerja_core.PerformanceCase` and into the input of `benchmarks.plain`. Every use of the
library's names goes through one small adapter function below, so a renamed attribute is fixed
in one place.

The case: a complaints-and-licensing officer of a Pemda, plan for 2024, six indicators reported
each quarter (higher and lower is better, single and range targets, cumulative, average and
final-value aggregation; weights 20 + 20 + 15 + 15 + 15 + 15 = 100), and seven supervisor
judgements, one per BerAKHLAK core value. Result: weighted achievement 109.5 % → Di Atas
Ekspektasi; behaviour 17 / 7 ≈ 2.43 → Sesuai Ekspektasi; predikat Baik.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import kinerja_core as kc
from benchmarks import plain

YEAR = 2024


@dataclass(frozen=True)
class IndicatorSpec:
    """One plan item: indicator, target, weight and its four quarterly realisations."""

    name: str
    unit: str
    polarity: int  # plain.HIGHER_IS_BETTER / plain.LOWER_IS_BETTER
    aggregation: int  # plain.CUMULATIVE / plain.FINAL_VALUE / plain.AVERAGE
    target: tuple[str, str]  # (low, high); equal for a single target
    weight: int
    quarters: tuple[int | str | None, ...]  # Q1..Q4; None = not reported
    code: str | None = None


@dataclass(frozen=True)
class CaseSpec:
    """One employee's plan, quarterly realisations and behaviour judgements."""

    employee: str
    indicators: tuple[IndicatorSpec, ...]
    judgements: tuple[tuple[int, int], ...]  # (core value 0-6, rating 1-3)
    year: int = YEAR


H, L = plain.HIGHER_IS_BETTER, plain.LOWER_IS_BETTER
CUM, FINAL, AVG = plain.CUMULATIVE, plain.FINAL_VALUE, plain.AVERAGE
B, S, A = plain.BELOW, plain.MEETS, plain.ABOVE

BENCHMARK = CaseSpec(
    "198507122010012003",
    (
        # average 4 hari against 5 → (10 − 4) × 100 / 5 = 120 %
        IndicatorSpec("Waktu respon pengaduan", "hari", L, AVG, ("5", "5"), 20, (4, 3, 5, 4)),
        # 425 against 400 → 106.25 %
        IndicatorSpec(
            "Pengaduan diselesaikan", "pengaduan", H, CUM, ("400", "400"), 20, (95, 110, 100, 120)
        ),
        # 1215 against 1200 → 101.25 %
        IndicatorSpec(
            "Dokumen perizinan terbit",
            "dokumen",
            H,
            CUM,
            ("1200", "1200"),
            15,
            (280, 310, 295, 330),
            code="IKI-3",
        ),
        # year-end 88 inside 80-90 → 100 %
        IndicatorSpec(
            "Indeks kepuasan masyarakat", "nilai IKM", H, FINAL, ("80", "90"), 15, (78, 82, 85, 88)
        ),
        # average 8.5 hari above the range 7-8 → (16 − 8.5) × 100 / 8 = 93.75 %
        IndicatorSpec(
            "Waktu penyelesaian izin usaha", "hari kerja", L, AVG, ("7", "8"), 15, (9, 9, 8, 8)
        ),
        # year-end 2 against 3 → (6 − 2) × 100 / 3 = 133.33… % (a non-terminating quotient)
        IndicatorSpec(
            "Tunggakan laporan pertanggungjawaban",
            "laporan",
            L,
            FINAL,
            ("3", "3"),
            15,
            (5, 4, 3, 2),
        ),
    ),
    tuple(zip(range(7), (A, S, S, A, S, A, S), strict=True)),
)


def population(size: int, *, seed: int = 2024) -> list[CaseSpec]:
    """`size` different employees: the benchmark case with perturbed realisations and ratings."""
    rng = random.Random(seed)
    cases = []
    for number in range(size):
        indicators = tuple(
            replace(
                spec,
                quarters=tuple(
                    max(1, round(int(v) * rng.uniform(0.8, 1.2))) for v in spec.quarters
                ),
            )
            for spec in BENCHMARK.indicators
        )
        judgements = tuple((value, rng.choice((B, S, S, A))) for value in range(7))
        cases.append(CaseSpec(f"1985071220100{number:05d}", indicators, judgements))
    return cases


# ---------------------------------------------------------------------------------------------
# Plain adapter


def plain_case(spec: CaseSpec) -> plain.Case:
    """The input of `plain.evaluate` (targets and weights parsed, realisations as given)."""
    items = tuple(
        (
            item.polarity,
            item.aggregation,
            Decimal(item.target[0]),
            Decimal(item.target[1]),
            Decimal(item.weight),
            item.quarters,
        )
        for item in spec.indicators
    )
    return items, spec.judgements


# ---------------------------------------------------------------------------------------------
# Library adapters: the only places that name kinerja_core attributes


def kc_rating(code: int) -> kc.Rating:
    return {
        B: kc.Rating.BELOW_EXPECTATIONS,
        S: kc.Rating.MEETS_EXPECTATIONS,
        A: kc.Rating.ABOVE_EXPECTATIONS,
    }[code]


def kc_rating_code(rating: kc.Rating) -> int:
    return rating.rank


def kc_indicator(spec: IndicatorSpec) -> kc.Indicator:
    polarity = {H: kc.Polarity.HIGHER_IS_BETTER, L: kc.Polarity.LOWER_IS_BETTER}[spec.polarity]
    aggregation = {
        CUM: kc.Aggregation.CUMULATIVE,
        FINAL: kc.Aggregation.FINAL_VALUE,
        AVG: kc.Aggregation.AVERAGE,
    }[spec.aggregation]
    return kc.Indicator(spec.name, spec.unit, polarity, aggregation, code=spec.code)


def kc_target(spec: IndicatorSpec) -> kc.Target:
    low, high = spec.target
    return kc.Target(low) if low == high else kc.Target.range(low, high)


def kc_plan_item(spec: IndicatorSpec) -> kc.PlanItem:
    return kc.PlanItem(kc_indicator(spec), kc_target(spec), spec.weight)


def kc_plan(spec: CaseSpec) -> kc.PerformancePlan:
    items = [kc_plan_item(item) for item in spec.indicators]
    return kc.PerformancePlan(spec.employee, kc.Period.year(spec.year), items)


def kc_judgement(value: int, rating: int) -> kc.BehaviourJudgement:
    core_value = list(kc.CoreValue)[value]
    return kc.BehaviourJudgement(kc.RaterRole.SUPERVISOR, core_value, kc_rating(rating))


def kc_realisations(spec: IndicatorSpec, year: int) -> list[tuple[kc.Period, object]]:
    return [(kc.Period.quarter(year, q), v) for q, v in enumerate(spec.quarters, 1)]


def kc_case(spec: CaseSpec) -> kc.PerformanceCase:
    plan = kc_plan(spec)
    realisations = {
        item.key: kc_realisations(indicator, spec.year)
        for item, indicator in zip(plan.items, spec.indicators, strict=True)
    }
    judgements = [kc_judgement(value, rating) for value, rating in spec.judgements]
    return kc.PerformanceCase(plan, behaviour=judgements, realisations=realisations)


kc_evaluate = kc.evaluate
"""`kc_evaluate(case)` → `kc.Evaluation` (an alias, so timings carry no wrapper call)."""


def kc_outcome(evaluation: kc.Evaluation) -> plain.Result:
    """The library's result in the plain implementation's terms."""
    assert evaluation.predicate is not None
    assert evaluation.work_result is not None
    assert evaluation.behaviour is not None
    assert evaluation.weighted_achievement is not None
    return (
        str(evaluation.predicate.value),
        kc_rating_code(evaluation.work_result),
        kc_rating_code(evaluation.behaviour),
        evaluation.weighted_achievement,
    )


def kc_explanation(evaluation: kc.Evaluation) -> object:
    return evaluation.explanation


def kc_render(evaluation: kc.Evaluation) -> str:
    return evaluation.explanation.render(lang="id")


def kc_explanation_dict(evaluation: kc.Evaluation) -> dict[str, object]:
    return evaluation.explanation.to_dict()


def kc_rules(year: int = YEAR) -> kc.Rules:
    return kc.NATIONAL.at(date(year, 12, 31))


kc_predicate = kc.performance_predicate
"""`kc_predicate(work, behaviour, rules=rules)` → `kc.Predicate` (an alias, as above)."""


def kc_version() -> str:
    return kc.__version__
