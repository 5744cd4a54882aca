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

import attrs

import kinerja_core as kc
from kinerja_core import talent
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


def talent_box_every_cell() -> kc.Explanation:
    explanation = kc.Explanation()
    for performance in kc.Rating:
        for potential in talent.Potential:
            explanation += explained(talent.talent_box, performance, potential)
    return explanation


def talent_placement_from_scores() -> kc.Explanation:
    cite = kc.Citation("Perwali Kota Contoh 7/2024", "Lampiran II (manajemen talenta)")
    bands = kc.core.BandTable.from_lower_edges(
        [(0, talent.Potential.LOW), (70, talent.Potential.MEDIUM), (85, talent.Potential.HIGH)],
        upper=100,
    )
    performance = kc.core.BandTable.from_lower_edges(
        [
            (None, kc.Rating.BELOW_EXPECTATIONS),
            (90, kc.Rating.MEETS_EXPECTATIONS),
            (110, kc.Rating.ABOVE_EXPECTATIONS),
        ]
    )
    pemda = kc.NATIONAL.with_overrides(
        "Pemda Kota Contoh",
        {
            talent.TALENT_POTENTIAL_BANDS: kc.Version(date(2024, 1, 1), bands, cite),
            talent.TALENT_PERFORMANCE_BANDS: kc.Version(date(2024, 1, 1), performance, cite),
        },
    )
    rules = pemda.at(date(2024, 12, 31))
    return explained(talent.place_in_talent_box, "112.5", 72, rules=rules)


def development_complaint_response() -> kc.Explanation:
    plan = _plan([kc.PlanItem(RESPONSE, kc.Target(2), 50), kc.PlanItem(RESOLVED, 400, 50)])
    judgements = [
        *SUPERVISOR_SA,
        kc.BehaviourJudgement(
            kc.RaterRole.PEER, kc.CoreValue.SERVICE_ORIENTED, kc.Rating.BELOW_EXPECTATIONS
        ),
    ]
    case = kc.PerformanceCase(plan, behaviour=judgements, realisations={"IKI-1": 3, "IKI-2": 380})
    development = talent.DevelopmentCase.of(
        kc.evaluate(case), previous_predicate=kc.Predicate.NEEDS_IMPROVEMENT
    )
    return explained(talent.recommend_development, development)


def development_two_years_very_good() -> kc.Explanation:
    case = talent.DevelopmentCase(
        kc.Predicate.VERY_GOOD,
        behaviour={kc.CoreValue.ADAPTIVE: kc.Rating.BELOW_EXPECTATIONS},
        previous_predicate=kc.Predicate.VERY_GOOD,
    )
    return explained(talent.recommend_development, case)


def absence_none() -> kc.Explanation:
    return explained(kc.discipline.absence_sanction, 2)


def absence_transitional_sedang() -> kc.Explanation:
    return explained(kc.discipline.absence_sanction, 12, consecutive_days=3)


def absence_ten_consecutive_days() -> kc.Explanation:
    return explained(kc.discipline.absence_sanction, 10, consecutive_days=10)


def absence_pp53_pelaksana() -> kc.Explanation:
    return explained(
        kc.discipline.absence_sanction,
        38,
        consecutive_days=4,
        position=kc.discipline.PositionKind.EXECUTOR,
        rules=kc.NATIONAL.at(date(2021, 8, 30)),
    )


def absent_days_from_lateness() -> kc.Explanation:
    return explained(kc.discipline.absent_days_from_minutes, 1000)


def sanction_temporary_placement() -> kc.Explanation:
    case = kc.discipline.SanctionCase(
        kc.discipline.PositionKind.FUNCTIONAL,
        2023,
        kc.Predicate.VERY_POOR,
        improvement_start=date(2024, 2, 1),
        retest_passed=False,
        vacancy=False,
        placement_start=date(2024, 9, 1),
    )
    return explained(kc.discipline.performance_sanction, case, on=date(2025, 3, 1))


def objection_deadline_2024() -> kc.Explanation:
    return explained(kc.discipline.objection_deadline, date(2024, 1, 31))


def _allowance(
    version: object, predicate: kc.Predicate, base: int = 10_000_000, **attendance: object
) -> kc.Explanation:
    allowance = kc.allowance
    policy = kc.NATIONAL.with_overrides("Contoh", {allowance.ALLOWANCE_RULES: version})
    record = allowance.AttendanceRecord(2025, 6, 20, **attendance)  # type: ignore[arg-type]
    return explained(
        allowance.monthly_allowance, base, predicate, record, rules=policy.at(date(2025, 6, 1))
    )


def allowance_permentan_month() -> kc.Explanation:
    return _allowance(
        kc.allowance.PERMENTAN_68_2012,
        kc.Predicate.GOOD,
        absent_days=1,
        late_minutes=(15, 45),
        early_leave_minutes=(95,),
    )


def allowance_jembrana_ceremony() -> kc.Explanation:
    return _allowance(
        kc.allowance.KAB_JEMBRANA, kc.Predicate.GOOD, late_minutes=(31,), missed_ceremonies=1
    )


def allowance_permenlu_next_quarter() -> kc.Explanation:
    return _allowance(kc.allowance.PERMENLU_3_2025, kc.Predicate.NEEDS_IMPROVEMENT)


def allowance_cpns_two_components() -> kc.Explanation:
    return _allowance(
        kc.allowance.PERMENTAN_20_2025,
        kc.Predicate.GOOD,
        state=kc.allowance.EmploymentState.CPNS,
    )


def allowance_ten_days_capped() -> kc.Explanation:
    return _allowance(
        kc.allowance.PERMENDIKDASMEN_14_2025,
        kc.Predicate.GOOD,
        absent_days=10,
        consecutive_absent_days=10,
    )


def allowance_bpjs_transfer() -> kc.Explanation:
    return _allowance(
        kc.allowance.JAWA_TIMUR_STYLE,
        kc.Predicate.GOOD,
        base=4_000_001,
        state=kc.allowance.EmploymentState.TRANSFER_IN,
        days_in_post=7,
    )


def _allowance_set(rules: object) -> object:
    return kc.Version(date(2025, 1, 1), rules, kc.Citation("Perwali Kota Contoh 1/2025", "Pasal 7"))


def allowance_rich_month_below_zero() -> kc.Explanation:
    allowance = kc.allowance
    cited = kc.Citation("Perwali Kota Contoh 1/2025", "Pasal 7")
    permentan = allowance.PERMENTAN_68_2012.value
    discipline = allowance.AllowanceComponent.DISCIPLINE
    rules = attrs.evolve(
        permentan,
        weights=allowance.ComponentWeights(60, 40, cited),
        performance=attrs.evolve(
            allowance.PERMENLU_3_2025.value.performance,
            component=allowance.AllowanceComponent.PERFORMANCE,
        ),
        absence=allowance.PerOccurrence(6, allowance.AllowanceComponent.WHOLE, cited),
        lateness=attrs.evolve(permentan.lateness, component=discipline),
        early_leave=attrs.evolve(permentan.early_leave, component=discipline),
        ceremony=allowance.PerOccurrence("2.5", discipline, cited),
        cap=allowance.CutCap(100, cited),
        consecutive_absence=allowance.ConsecutiveAbsence(5, 10, discipline, cited),
        bpjs=allowance.BpjsShares(4, 1, cited),
        special_states=attrs.evolve(permentan.special_states, cpns_percent=80),
        rounding=allowance.Rounding(100, allowance.RoundingMode.DOWN, cited),
    )
    return _allowance(
        _allowance_set(rules),
        kc.Predicate.VERY_POOR,
        base=10_000_001,
        state=allowance.EmploymentState.CPNS,
        absent_days=20,
        late_minutes=(45, 0, 1),
        early_leave_minutes=(95,),
        missed_ceremonies=1,
        consecutive_absent_days=5,
    )


def allowance_by_score() -> kc.Explanation:
    allowance = kc.allowance
    cited = kc.Citation("Perwali Kota Contoh 1/2025", "Pasal 7")
    rules = attrs.evolve(
        allowance.PERMENTAN_68_2012.value,
        performance=allowance.PredicateFactors(
            allowance.FactorKind.CUT,
            dict.fromkeys(kc.Predicate, 0),
            allowance.PredicateLag.SAME_MONTH,
            allowance.AllowanceComponent.WHOLE,
            cited,
            (allowance.ScoreBand(0, 30), allowance.ScoreBand(70, 10), allowance.ScoreBand(90, 0)),
        ),
    )
    return _allowance(_allowance_set(rules), "75.5")  # type: ignore[arg-type]


def credit_points_tie() -> kc.Explanation:
    return explained(
        kc.careers.credit_points,
        kc.Predicate.GOOD,
        kc.careers.FunctionalLevel.PEMULA,
        months=10,
    )


def credit_requirement_ahli_madya() -> kc.Explanation:
    return explained(kc.careers.credit_requirement, kc.careers.FunctionalLevel.AHLI_MADYA)


def rank_promotion_across_regimes() -> kc.Explanation:
    history = [
        kc.careers.YearResult.of(2020, pp46_2011.PerformanceCategory.FAIR),
        kc.careers.YearResult.of(2021, pp30_2019.Pp30Predicate.GOOD),
    ]
    return explained(
        kc.careers.rank_promotion,
        kc.careers.PromotionRoute.REGULAR,
        rank=kc.careers.Rank.III_B,
        rank_since=date(2018, 10, 1),
        on=date(2022, 4, 1),
        history=history,
    )


def ledger_after_rank_promotion() -> kc.Explanation:
    ledger = kc.careers.CreditLedger(
        kc.careers.FunctionalLevel.AHLI_MUDA,
        [kc.careers.CreditEntry(kc.careers.CreditSource.CONVERSION, "112.50", date(2027, 12, 31))],
    )
    return explained(
        kc.careers.ledger_after_promotion,
        ledger,
        kc.careers.PromotionKind.RANK,
        on=date(2028, 4, 1),
    )


def ledger_after_level_promotion() -> kc.Explanation:
    ledger = kc.careers.CreditLedger(
        kc.careers.FunctionalLevel.AHLI_PERTAMA,
        [kc.careers.CreditEntry(kc.careers.CreditSource.CONVERSION, "56.25", date(2028, 12, 31))],
        used_for_rank_promotions=50,
    )
    return explained(
        kc.careers.ledger_after_promotion,
        ledger,
        kc.careers.PromotionKind.LEVEL,
        on=date(2029, 4, 1),
    )


def level_promotion_after_rank_promotion() -> kc.Explanation:
    ledger = kc.careers.CreditLedger(
        kc.careers.FunctionalLevel.AHLI_PERTAMA,
        [kc.careers.CreditEntry(kc.careers.CreditSource.CONVERSION, "37.50", date(2028, 12, 31))],
        used_for_rank_promotions=50,
    )
    return kc.careers.level_promotion(
        ledger,
        level_since=date(2024, 1, 1),
        on=date(2029, 1, 2),
        predicate=kc.Predicate.GOOD,
        formation_available=True,
        competency_test_passed=True,
    ).explanation


def _ledger(level: kc.careers.FunctionalLevel, amount: str) -> kc.careers.CreditLedger:
    entry = kc.careers.CreditEntry(kc.careers.CreditSource.CONVERSION, amount, date(2030, 12, 31))
    return kc.careers.CreditLedger(level, [entry])


def next_promotion_date_may() -> kc.Explanation:
    return explained(kc.careers.next_promotion_date, date(2024, 5, 1))


def rank_promotion_functional_met() -> kc.Explanation:
    return explained(
        kc.careers.rank_promotion,
        kc.careers.PromotionRoute.FUNCTIONAL,
        rank=kc.careers.Rank.III_A,
        rank_since=date(2029, 4, 1),
        on=date(2031, 4, 1),
        history=[
            kc.careers.YearResult.of(2029, kc.Predicate.GOOD),
            kc.careers.YearResult.of(2030, kc.Predicate.VERY_GOOD),
        ],
        ledger=_ledger(kc.careers.FunctionalLevel.AHLI_PERTAMA, "50"),
    )


def rank_promotion_structural_post_not_started() -> kc.Explanation:
    return explained(
        kc.careers.rank_promotion,
        kc.careers.PromotionRoute.STRUCTURAL,
        rank=kc.careers.Rank.IV_A,
        rank_since=date(2023, 1, 2),
        on=date(2024, 4, 1),
        history=[kc.careers.YearResult.of(2023, kc.Predicate.GOOD)],
        post_since=date(2024, 6, 1),
    )


def rank_promotion_diploma_passed() -> kc.Explanation:
    return explained(
        kc.careers.rank_promotion,
        kc.careers.PromotionRoute.DIPLOMA,
        rank=kc.careers.Rank.II_D,
        rank_since=date(2023, 4, 1),
        on=date(2024, 4, 1),
        history=[kc.careers.YearResult.of(2023, kc.Predicate.GOOD)],
        examination_passed=True,
    )


def level_promotion_every_condition_unmet() -> kc.Explanation:
    return explained(
        kc.careers.level_promotion,
        _ledger(kc.careers.FunctionalLevel.MAHIR, "99.5"),
        level_since=date(2031, 6, 1),
        on=date(2031, 1, 1),
        predicate=kc.Predicate.NEEDS_IMPROVEMENT,
        formation_available=False,
        competency_test_passed=False,
    )


def level_promotion_top_jenjang() -> kc.Explanation:
    return explained(
        kc.careers.level_promotion,
        _ledger(kc.careers.FunctionalLevel.AHLI_UTAMA, "999"),
        level_since=date(2029, 12, 1),
        on=date(2031, 1, 1),
        predicate=kc.Predicate.VERY_GOOD,
        formation_available=True,
        competency_test_passed=True,
    )


def salary_step_postponed() -> kc.Explanation:
    return explained(kc.careers.postponed_salary_step, date(2024, 4, 1), months=12)


def salary_step_average() -> kc.Explanation:
    history = [
        kc.careers.YearResult.of(2023, kc.Predicate.POOR),
        kc.careers.YearResult.of(2024, kc.Predicate.GOOD),
    ]
    return explained(
        kc.careers.salary_step, due_on=date(2025, 4, 1), on=date(2025, 4, 1), history=history
    )


def service_medal_restarted() -> kc.Explanation:
    served = kc.discipline.PenaltyRecord(
        kc.discipline.Penalty.DELAYED_SALARY_INCREMENT,
        kc.discipline.PenaltyLevel.MODERATE,
        date(2015, 3, 2),
        served_on=date(2016, 3, 2),
    )
    return explained(
        kc.careers.service_medal,
        kc.careers.ServiceMedal.X,
        service_start=date(2010, 1, 4),
        on=date(2024, 8, 17),
        penalties=[served],
    )


def reward_development_across_regimes() -> kc.Explanation:
    history = [
        kc.careers.YearResult.of(2021, pp30_2019.Pp30Predicate.GOOD),
        kc.careers.YearResult.of(2022, kc.Predicate.VERY_GOOD),
    ]
    return explained(
        kc.careers.reward_eligibility, kc.careers.Reward.DEVELOPMENT, year=2022, history=history
    )


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
        talent_box_every_cell,
        talent_placement_from_scores,
        development_complaint_response,
        development_two_years_very_good,
        absence_none,
        absence_transitional_sedang,
        absence_ten_consecutive_days,
        absence_pp53_pelaksana,
        absent_days_from_lateness,
        sanction_temporary_placement,
        objection_deadline_2024,
        allowance_permentan_month,
        allowance_jembrana_ceremony,
        allowance_permenlu_next_quarter,
        allowance_cpns_two_components,
        allowance_ten_days_capped,
        allowance_bpjs_transfer,
        allowance_rich_month_below_zero,
        allowance_by_score,
        credit_points_tie,
        credit_requirement_ahli_madya,
        rank_promotion_across_regimes,
        ledger_after_rank_promotion,
        ledger_after_level_promotion,
        level_promotion_after_rank_promotion,
        next_promotion_date_may,
        rank_promotion_functional_met,
        rank_promotion_structural_post_not_started,
        rank_promotion_diploma_passed,
        level_promotion_every_condition_unmet,
        level_promotion_top_jenjang,
        salary_step_postponed,
        salary_step_average,
        service_medal_restarted,
        reward_development_across_regimes,
        distribution_baik_unit,
        calibration_kurang_unit,
        sakip_grade_edge,
        sakip_lke_score,
        organisation_iku,
        organisation_predicate_and_unit_rating,
    )
}
"""Every pinned case, by name."""
