"""Quickstart: evaluate a sample employee for 2024 and print the explained result.

Run it with `python examples/quickstart.py` after installing kinerja-core; it prints the summary
of the explanation (the predikat and the facts that decided it). Add `--full` to print every
step with its citations as footnotes: `python examples/quickstart.py --full`.

The employee is a complaint-handling officer (pengelola pengaduan) at a regional agency. Her
2024 SKP has two indicators; her supervisor rated her BerAKHLAK behaviour "Sesuai Ekspektasi"
on every core value, exported from a regional app as text.
"""

import sys
from datetime import date

import kinerja_core as kc


def main(*, full: bool = False) -> None:
    """Evaluate the sample employee, then try a what-if variant of the predikat matrix.

    Args:
        full: Print the full explanation (every step, the citations as footnotes) as well.
    """
    response_time = kc.Indicator(
        "Waktu respon pengaduan masyarakat", "hari", kc.Polarity.LOWER_IS_BETTER, code="IKI-1"
    )
    resolved = kc.Indicator("Pengaduan yang diselesaikan", "pengaduan", code="IKI-2")
    plan = kc.PerformancePlan(
        "198507122010012003",
        kc.Period.year(2024),
        [kc.PlanItem(response_time, kc.Target(5), 50), kc.PlanItem(resolved, 400, 50)],
    )
    behaviour = [
        kc.BehaviourJudgement(kc.RaterRole.SUPERVISOR, value, kc.Rating.parse("sesuai ekspektasi"))
        for value in kc.CoreValue
    ]
    case = kc.PerformanceCase(plan, behaviour=behaviour, realisations={"IKI-1": 4, "IKI-2": 420})

    result = kc.evaluate(case)  # the regime in force over 2024 is found from the period
    print(result.explanation.render(lang="id", form="summary"))
    print()
    print(result.explanation.render(lang="en", form="summary"))
    if full:
        print()
        print(result.explanation)  # the full form, in Indonesian: str() renders it

    # A notebook experiment: what if (Di Atas, Sesuai) earned "Sangat Baik"? NATIONAL is untouched.
    rules = kc.NATIONAL.at(date(2024, 12, 31))
    matrix = dict(rules[kc.performance.PREDICATE_MATRIX])
    matrix[(kc.Rating.ABOVE_EXPECTATIONS, kc.Rating.MEETS_EXPECTATIONS)] = kc.Predicate.VERY_GOOD
    what_if = kc.NATIONAL.replace(
        {kc.performance.PREDICATE_MATRIX: matrix}, name="Eksperimen matriks"
    )
    variant = kc.evaluate(case, policy=what_if)
    print()
    print(
        f"What-if ({what_if.name}): {variant.predicate.value if variant.predicate else '-'}; "
        f"national rules: {result.predicate.value if result.predicate else '-'}"
    )


if __name__ == "__main__":
    main(full="--full" in sys.argv[1:])
