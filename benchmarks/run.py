"""Report how long the library's main operations take (numbers only, no pass/fail)."""

from __future__ import annotations

import timeit
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from itertools import product

import kinerja_core as kc


def report(name: str, call: Callable[[], object], number: int) -> None:
    """Time `call` `number` times (best of 5 repeats) and print the mean per call."""
    best = min(timeit.repeat(call, number=number, repeat=5))
    print(f"{name:<48} {number:>8} calls  {best / number * 1e6:>10.2f} µs/call")


def main() -> None:
    """Run every benchmark."""
    rules = kc.NATIONAL.at(date(2024, 12, 31))
    pairs = list(product(kc.Rating, kc.Rating))

    def all_predicates() -> None:
        for work, behaviour in pairs:
            kc.performance_predicate(work, behaviour, rules=rules)

    def all_explained() -> None:
        for work, behaviour in pairs:
            kc.explain_performance_predicate(work, behaviour, rules=rules).explanation.to_dict()

    report("performance_predicate x9 (pinned rules)", all_predicates, 2000)
    report("explain_performance_predicate + to_dict x9", all_explained, 1000)
    report("Rules.resolve(PREDICATE_MATRIX)", lambda: rules.resolve(kc.PREDICATE_MATRIX), 20000)
    report("Rating.parse('Diatas Ekspektasi')", lambda: kc.Rating.parse("Diatas Ekspektasi"), 20000)
    report("round_half_up('28.125', 2)", lambda: kc.round_half_up("28.125", 2), 50000)
    bands = rules[kc.WORK_RESULT_BANDS]
    matrix = rules[kc.PREDICATE_MATRIX]
    achieved = Decimal("87.5")
    report("BandTable.lookup(Decimal) (3 bands)", lambda: bands.lookup(achieved), 200000)
    report("BandTable.lookup(int) (3 bands)", lambda: bands.lookup(100), 200000)
    report("BandTable.lookup(Fraction)", lambda: bands.lookup(Fraction(175, 2)), 50000)
    above, meets = kc.Rating.ABOVE_EXPECTATIONS, kc.Rating.MEETS_EXPECTATIONS
    report("LookupMatrix.lookup (3×3 predikat)", lambda: matrix.lookup(above, meets), 200000)

    quarters = [kc.Period.quarter(2024, q) for q in range(1, 5)]
    response = kc.Indicator(
        "Waktu respon pengaduan", "hari", kc.Polarity.LOWER_IS_BETTER, kc.Aggregation.AVERAGE
    )
    resolved = kc.Indicator("Pengaduan diselesaikan", "pengaduan", code="IKI-2")
    plan = kc.PerformancePlan(
        "198507122010012003",
        kc.Period.year(2024),
        [kc.PlanItem(response, 5, 60), kc.PlanItem(resolved, 400, 40)],
    )
    judgements = [
        kc.BehaviourJudgement(kc.RaterRole.SUPERVISOR, value, kc.Rating.MEETS_EXPECTATIONS)
        for value in kc.CoreValue
    ]
    case = kc.PerformanceCase(
        plan,
        behaviour=judgements,
        realisations={
            "Waktu respon pengaduan": list(zip(quarters, [4, 3, 5, 4], strict=True)),
            "IKI-2": list(zip(quarters, [95, 110, 100, 120], strict=True)),
        },
    )
    report("evaluate one employee (quarterly data, 7 judgements)", lambda: kc.evaluate(case), 300)
    report("explanation.to_dict() of one evaluation", kc.evaluate(case).explanation.to_dict, 300)
    population = [case] * 1000
    report(
        "evaluate 1000 employees (one region's office)",
        lambda: [kc.evaluate(one) for one in population],
        1,
    )


if __name__ == "__main__":
    main()
