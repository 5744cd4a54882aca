"""A corpus of explained cases whose rendered explanations (id and en) are pinned.

`explanations.json` beside this file holds the renderings. It was first written from the eager
explanation code of version 0.1 (before explanations became lazy), so a lazy explanation is
compared with something that cannot change by accident. A changed word is a reviewed change:
regenerate with `KINERJA_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_snapshots.py` and read
the diff.

Each entry is a function returning an `Explanation`. The cases use only public names through
the small adapter functions below, so that moving a name touches one line here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import kinerja_core as kc
from kinerja_core.core.explain import explain
from kinerja_core.legacy import pp30_2019, pp46_2011

NIP = "198507122010012003"
QUARTERS = [kc.Period.quarter(2024, q) for q in range(1, 5)]


def explained(rule: Callable[..., object], *args: object, **kwargs: object) -> kc.Explanation:
    """The explanation of `rule(*args, **kwargs)` (the one place that knows how to ask)."""
    if hasattr(rule, "__kinerja_explainer__"):
        return explain(rule, *args, **kwargs).explanation
    twin = {
        kc.achievement: kc.performance.explain_achievement,
        kc.performance_predicate: kc.performance.explain_performance_predicate,
        kc.behaviour_rating: kc.performance.explain_behaviour_rating,
        kc.propose_work_result_rating: kc.performance.explain_work_result_proposal,
        kc.months_covered: kc.periods.explain_months_covered,
        kc.periods.deadline: kc.periods.explain_deadline,
        kc.regime_on: kc.regimes.explain_regime_on,
    }[rule]
    outcome = twin(*args, **kwargs)
    explanation = outcome.explanation  # type: ignore[attr-defined]
    assert isinstance(explanation, kc.Explanation)
    return explanation


def _plan(items: list[kc.PlanItem], period: kc.Period | None = None) -> kc.PerformancePlan:
    return kc.PerformancePlan(NIP, period or kc.Period.year(2024), items)


RESPONSE = kc.Indicator(
    "Waktu respon pengaduan masyarakat", "hari", kc.Polarity.LOWER_IS_BETTER, code="IKI-1"
)
RESOLVED = kc.Indicator("Pengaduan yang diselesaikan", "pengaduan", code="IKI-2")
AVERAGE_RESPONSE = kc.Indicator(
    "Rata-rata waktu layanan izin", "hari", kc.Polarity.LOWER_IS_BETTER, kc.Aggregation.AVERAGE
)
PERMITS = kc.Indicator("Dokumen perizinan terbit", "dokumen", code="IKI-3")
SUPERVISOR_SA = [
    kc.BehaviourJudgement(kc.RaterRole.SUPERVISOR, value, kc.Rating.MEETS_EXPECTATIONS)
    for value in kc.CoreValue
]
MIXED_360 = [
    *SUPERVISOR_SA,
    *(
        kc.BehaviourJudgement(kc.RaterRole.PEER, value, kc.Rating.ABOVE_EXPECTATIONS)
        for value in list(kc.CoreValue)[:4]
    ),
    kc.BehaviourJudgement(
        kc.RaterRole.SUBORDINATE, kc.CoreValue.HARMONIOUS, kc.Rating.BELOW_EXPECTATIONS
    ),
]


def quickstart() -> kc.Explanation:
    plan = _plan([kc.PlanItem(RESPONSE, kc.Target(5), 50), kc.PlanItem(RESOLVED, 400, 50)])
    case = kc.PerformanceCase(
        plan, behaviour=SUPERVISOR_SA, realisations={"IKI-1": 4, "IKI-2": 420}
    )
    return kc.evaluate(case).explanation


def quarterly_360() -> kc.Explanation:
    plan = _plan(
        [
            kc.PlanItem(AVERAGE_RESPONSE, 5, 60),
            kc.PlanItem(PERMITS, 400, 40),
        ]
    )
    case = kc.PerformanceCase(
        plan,
        behaviour=MIXED_360,
        realisations={
            "Rata-rata waktu layanan izin": list(zip(QUARTERS, [4, 3, 5, 4], strict=True)),
            "IKI-3": list(zip(QUARTERS, [95, 110, 100, 120], strict=True)),
        },
    )
    return kc.evaluate(case).explanation


def given_ratings() -> kc.Explanation:
    plan = _plan([kc.PlanItem(RESOLVED, 400, 100)])
    case = kc.PerformanceCase(
        plan, behaviour=kc.Rating.ABOVE_EXPECTATIONS, work_result=kc.Rating.ABOVE_EXPECTATIONS
    )
    return kc.evaluate(case).explanation


def unit_head() -> kc.Explanation:
    plan = _plan([kc.PlanItem(RESOLVED, 400, 100)])
    case = kc.PerformanceCase(
        plan, behaviour=kc.Rating.MEETS_EXPECTATIONS, unit_rating=kc.Rating.BELOW_EXPECTATIONS
    )
    return kc.evaluate(case).explanation


def exempted() -> kc.Explanation:
    plan = _plan([kc.PlanItem(RESOLVED, 400, 100)])
    case = kc.PerformanceCase(plan, exemption=kc.Exemption.STUDY_ASSIGNMENT)
    return kc.evaluate(case).explanation


def range_target_capped() -> kc.Explanation:
    indicator = kc.Indicator("Indeks kepuasan masyarakat", "%", cap=110)
    plan = _plan([kc.PlanItem(indicator, kc.Target.range(80, 90), 70), kc.PlanItem(PERMITS, 4, 30)])
    case = kc.PerformanceCase(
        plan,
        behaviour=kc.Rating.MEETS_EXPECTATIONS,
        realisations={"Indeks kepuasan masyarakat": 100, "IKI-3": 6},
    )
    return kc.evaluate(case).explanation


def two_thirds_that_sum_to_a_hundred() -> kc.Explanation:
    first = kc.Indicator("Laporan triwulan tepat waktu", "laporan", code="IKI-4")
    second = kc.Indicator("Rapat koordinasi terlaksana", "rapat", code="IKI-5")
    plan = _plan([kc.PlanItem(first, 3, 50), kc.PlanItem(second, 3, 50)])
    case = kc.PerformanceCase(
        plan, behaviour=kc.Rating.MEETS_EXPECTATIONS, realisations={"IKI-4": 2, "IKI-5": 4}
    )
    return kc.evaluate(case).explanation


def annual_month_weighted() -> kc.Explanation:
    evaluations = []
    for quarter, work in zip(
        QUARTERS,
        [
            kc.Rating.ABOVE_EXPECTATIONS,
            kc.Rating.MEETS_EXPECTATIONS,
            kc.Rating.BELOW_EXPECTATIONS,
            kc.Rating.MEETS_EXPECTATIONS,
        ],
        strict=True,
    ):
        plan = _plan([kc.PlanItem(RESOLVED, 100, 100)], quarter)
        case = kc.PerformanceCase(plan, behaviour=kc.Rating.MEETS_EXPECTATIONS, work_result=work)
        evaluations.append(kc.evaluate(case))
    return kc.annual_evaluation(evaluations, 2024).explanation


def pp46_official_example() -> kc.Explanation:
    activity = pp46_2011.Activity(
        target_output=1,
        realised_output=1,
        realised_quality=90,
        target_months=12,
        realised_months=12,
        target_cost=170395000,
        realised_cost=170395000,
    )
    case = kc.legacy.Pp46Case(
        employee=NIP, period=kc.Period.year(2019), activities=[activity], behaviour_score=80
    )
    return kc.evaluate(case).explanation


def pp30_items_with_peers() -> kc.Explanation:
    case = kc.legacy.Pp30Case(
        employee=NIP,
        period=kc.Period.between(date(2021, 7, 1), date(2021, 12, 31)),
        main_items=[pp30_2019.MainItem(109, 60), pp30_2019.MainItem(88, 40)],
        behaviour_score=90,
        with_peer_input=True,
    )
    return kc.evaluate(case).explanation


def achievement_lower_is_better_range() -> kc.Explanation:
    return explained(kc.achievement, kc.Target.range(7, 8), "6.5", kc.Polarity.LOWER_IS_BETTER)


def predicate_every_cell() -> kc.Explanation:
    explanation = kc.Explanation()
    for work in kc.Rating:
        for behaviour in kc.Rating:
            explanation += explained(kc.performance_predicate, work, behaviour)
    return explanation


def behaviour_median() -> kc.Explanation:
    return explained(
        kc.behaviour_rating, MIXED_360, aggregation=kc.performance.BehaviourAggregation.MEDIAN
    )


def work_result_proposal_edge() -> kc.Explanation:
    return explained(kc.propose_work_result_rating, "100")


def months_covered_partial() -> kc.Explanation:
    employment = kc.Employment(start=date(2024, 3, 15))
    return explained(kc.months_covered, employment, kc.Period.year(2024))


def skp_deadline_2024() -> kc.Explanation:
    return explained(kc.periods.deadline, kc.periods.Deadline.SKP_SET, 2024)


def regime_2021() -> kc.Explanation:
    return explained(kc.regime_on, date(2021, 8, 17))


def distribution_baik_unit() -> kc.Explanation:
    good, needs = kc.Predicate.GOOD, kc.Predicate.NEEDS_IMPROVEMENT
    return explained(
        kc.organisation.check_distribution,
        kc.organisation.OrganisationPredicate.GOOD,
        [good] * 9 + [needs],
    )


def calibration_kurang_unit() -> kc.Explanation:
    good, needs = kc.Predicate.GOOD, kc.Predicate.NEEDS_IMPROVEMENT
    unit = {f"NIP-{n}": good for n in range(8)} | {"NIP-8": needs, "NIP-9": needs}
    return explained(
        kc.organisation.propose_calibration, kc.organisation.OrganisationPredicate.POOR, unit
    )


def sakip_grade_edge() -> kc.Explanation:
    return explained(kc.organisation.sakip_grade, 90)


def sakip_lke_score() -> kc.Explanation:
    c = kc.organisation.LkeComponent
    return explained(
        kc.organisation.sakip_score,
        {c.PLANNING: 90, c.MEASUREMENT: 80, c.REPORTING: 70, c.INTERNAL_EVALUATION: 60},
    )


def organisation_iku() -> kc.Explanation:
    level = kc.performance.IndicatorLevel.ORGANISATION
    iku = [
        kc.Indicator("Indeks kepuasan masyarakat", "indeks", level=level, code="IKU-1"),
        kc.Indicator(
            "Waktu penerbitan izin",
            "hari",
            kc.Polarity.LOWER_IS_BETTER,
            kc.Aggregation.AVERAGE,
            level=level,
            code="IKU-2",
        ),
    ]
    plan = kc.organisation.OrganisationPlan(
        "Kecamatan Salor",
        kc.Period.year(2024),
        [kc.PlanItem(iku[0], 80, 60), kc.PlanItem(iku[1], 10, 40)],
    )
    realisations = {
        "IKU-1": 84,
        "IKU-2": [(q, v) for q, v in zip(QUARTERS, (12, 10, 8, 6), strict=True)],
    }
    return explained(kc.organisation.organisation_achievement, plan, realisations)


def organisation_predicate_and_unit_rating() -> kc.Explanation:
    proposal = explained(kc.organisation.propose_organisation_predicate, 100)
    return proposal + explained(
        kc.organisation.unit_rating, kc.organisation.OrganisationPredicate.GOOD
    )


CORPUS: dict[str, Callable[[], kc.Explanation]] = {
    function.__name__: function
    for function in (
        quickstart,
        quarterly_360,
        given_ratings,
        unit_head,
        exempted,
        range_target_capped,
        two_thirds_that_sum_to_a_hundred,
        annual_month_weighted,
        pp46_official_example,
        pp30_items_with_peers,
        achievement_lower_is_better_range,
        predicate_every_cell,
        behaviour_median,
        work_result_proposal_edge,
        months_covered_partial,
        skp_deadline_2024,
        regime_2021,
        distribution_baik_unit,
        calibration_kurang_unit,
        sakip_grade_edge,
        sakip_lke_score,
        organisation_iku,
        organisation_predicate_and_unit_rating,
    )
}
"""Every pinned case, by name."""
