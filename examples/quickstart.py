"""Quickstart: evaluate a sample employee's predikat and print how it was reached.

Run it with `python examples/quickstart.py` after installing kinerja-core.

The employee: a complaint-handling officer (pengelola pengaduan) at a regional agency whose
supervisor rated her work results "Di Atas Ekspektasi" (complaint response time far better than
the agreed target) and her BerAKHLAK behaviour "Sesuai Ekspektasi", for the 2024 evaluation.
"""

from datetime import date

import kinerja_core as kc


def main() -> None:
    """Evaluate the sample employee under the national rules and a Pemda what-if variant."""
    rules = kc.NATIONAL.at(date(2024, 12, 31))  # the national rules in force for the 2024 year
    work_result = kc.Rating.parse("Diatas Ekspektasi")  # as exported from a regional app
    behaviour = kc.Rating.parse("Sesuai Ekspektasi")

    outcome = kc.explain_performance_predicate(work_result, behaviour, rules=rules)
    print(f"Predikat kinerja: {outcome.predicate.value}")
    print()
    print(outcome.explanation.render(lang="id"))
    print()
    print(outcome.explanation.render(lang="en"))

    # A notebook experiment: what if (Di Atas, Sesuai) earned "Sangat Baik"? NATIONAL is untouched.
    matrix = dict(rules[kc.PREDICATE_MATRIX])
    matrix[(kc.Rating.ABOVE_EXPECTATIONS, kc.Rating.MEETS_EXPECTATIONS)] = kc.Predicate.VERY_GOOD
    what_if = kc.NATIONAL.replace({kc.PREDICATE_MATRIX: matrix}, name="Eksperimen matriks")
    variant = kc.performance_predicate(work_result, behaviour, rules=what_if.at(date(2024, 12, 31)))
    print()
    print(
        f"What-if ({what_if.name}): {variant.value}; national rules still say:"
        f" {kc.performance_predicate(work_result, behaviour, rules=rules).value}"
    )


if __name__ == "__main__":
    main()
