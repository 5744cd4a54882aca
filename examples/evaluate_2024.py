"""Evaluate one employee for 2024 under PermenPANRB 6/2022, step by step.

The employee handles public complaints at a regional agency (the Lubuk Begalung essay's example
indicators: complaint response time, complaints resolved, and the satisfaction survey). Her plan
has three indicators, reported quarterly; her supervisor and two colleagues rate her BerAKHLAK
behaviour. Run with `python examples/evaluate_2024.py`.
"""

from datetime import date

import kinerja_core as kc

NIP = "198507122010012003"
QUARTERS = [kc.Period.quarter(2024, q) for q in range(1, 5)]


def build_plan() -> kc.PerformancePlan:
    """The employee's 2024 SKP: three weighted indicators linked to the organisation's IKU-1."""
    response_time = kc.Indicator(
        "Waktu respon pengaduan masyarakat",
        "hari",
        kc.Polarity.LOWER_IS_BETTER,
        kc.Aggregation.AVERAGE,
        code="IKI-1",
    )
    resolved = kc.Indicator("Pengaduan yang diselesaikan", "pengaduan", code="IKI-2")
    satisfaction = kc.Indicator(
        "Indeks kepuasan pelapor", "indeks", aggregation=kc.Aggregation.FINAL_VALUE, code="IKI-3"
    )
    return kc.PerformancePlan(
        NIP,
        kc.Period.year(2024),
        [
            kc.PlanItem(response_time, kc.Target(5), 40, supports=["IKU-1"]),
            kc.PlanItem(resolved, 400, 35, supports=["IKU-1"]),
            kc.PlanItem(satisfaction, kc.Target.range(80, 90), 25, supports=["IKU-1"]),
        ],
    )


def judgements() -> list[kc.BehaviourJudgement]:
    """The supervisor rates every core value; two colleagues give feedback on some."""
    meets, above = kc.Rating.MEETS_EXPECTATIONS, kc.Rating.ABOVE_EXPECTATIONS
    found = [kc.BehaviourJudgement(kc.RaterRole.SUPERVISOR, v, above) for v in kc.CoreValue]
    found[3] = kc.BehaviourJudgement(kc.RaterRole.SUPERVISOR, kc.CoreValue.HARMONIOUS, meets)
    found += [
        kc.BehaviourJudgement(kc.RaterRole.PEER, kc.CoreValue.COLLABORATIVE, above),
        kc.BehaviourJudgement(kc.RaterRole.SUBORDINATE, kc.CoreValue.SERVICE_ORIENTED, meets),
    ]
    return found


def main() -> None:
    """Build the case, evaluate it, and print the result, its explanation and SIASN codes."""
    plan = build_plan()
    kc.validate_plan(plan, parent_keys=["IKU-1"])  # raises every problem at once, if any

    realisations = {
        "IKI-1": list(zip(QUARTERS, ["4.5", 4, "3.5", 4], strict=True)),  # average 4 days
        "IKI-2": list(zip(QUARTERS, [95, 110, 100, 120], strict=True)),  # 425 in the year
        "IKI-3": list(zip(QUARTERS, [78, 82, None, 86], strict=True)),  # Q3 survey not held
    }
    case = kc.PerformanceCase(plan, behaviour=judgements(), realisations=realisations)
    result = kc.evaluate(case)  # PermenPANRB 6/2022 is in force over 2024

    print(f"Regime: {result.regime.value}")
    print(f"Weighted achievement: {kc.round_half_up(result.weighted_achievement or 0, 2)} %")
    print(f"Rating hasil kerja: {result.work_result.value if result.work_result else '-'}")
    print(f"Rating perilaku kerja: {result.behaviour.value if result.behaviour else '-'}")
    print(f"Predikat kinerja: {result.predicate.value if result.predicate else '-'}")
    print()
    print(result.explanation.render(lang="id"))
    if result.work_result and result.behaviour:
        codes = kc.interop.siasn_performance_codes(
            result.work_result, result.behaviour, rules=kc.NATIONAL.at(date(2024, 12, 31))
        )
        print()
        print(f"SIASN: {codes.to_fields()}")


if __name__ == "__main__":
    main()
