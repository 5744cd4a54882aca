"""Report how long the library's main operations take (numbers only, no pass/fail)."""

from __future__ import annotations

import timeit
from collections.abc import Callable
from datetime import date
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
    report("NATIONAL.at(date) + resolve matrix", lambda: rules.resolve(kc.PREDICATE_MATRIX), 20000)
    report("Rating.parse('Diatas Ekspektasi')", lambda: kc.Rating.parse("Diatas Ekspektasi"), 20000)
    report("round_half_up('28.125', 2)", lambda: kc.round_half_up("28.125", 2), 50000)


if __name__ == "__main__":
    main()
