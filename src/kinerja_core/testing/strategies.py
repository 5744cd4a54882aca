"""Hypothesis strategies for kinerja-core's value types.

Use them to property-test your own system against kinerja-core: generate inputs here, run them
through both your implementation and ours, and compare. They need the `testing` extra
(`pip install "kinerja-core[testing]"`).

Every strategy shrinks towards the ordinary case (e.g. a rating of *Sesuai Ekspektasi*, a
citation of primary confidence) and takes keyword-only arguments.

Examples:
    >>> from hypothesis import given
    >>> from kinerja_core import performance_predicate
    >>> from kinerja_core.testing import strategies as kst
    >>> @given(kst.ratings(), kst.ratings())
    ... def test_my_app_agrees(work, behaviour):
    ...     assert performance_predicate(work, behaviour) is not None
    >>> test_my_app_agrees()
"""

from __future__ import annotations

import enum
import json
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from itertools import product
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "kinerja_core.testing.strategies needs hypothesis; install it with "
        '`pip install "kinerja-core[testing]"`'
    ) from error

from kinerja_core.allowance.allowance_specs import (
    AllowanceComponent,
    AllowanceRules,
    BpjsShares,
    ComponentWeights,
    ConsecutiveAbsence,
    CutCap,
    EmploymentState,
    FactorKind,
    MinuteBand,
    MinuteBands,
    PerOccurrence,
    PredicateFactors,
    PredicateLag,
    Rounding,
    RoundingMode,
    ScoreBand,
    SpecialStates,
)
from kinerja_core.allowance.monthly import AttendanceRecord
from kinerja_core.careers.credit_specs import (
    AppointmentCredit,
    CreditRequirement,
    EducationCreditBase,
    EducationCreditRule,
    FunctionalLevel,
    Rank,
)
from kinerja_core.careers.history import YearResult
from kinerja_core.careers.ledger import CreditEntry, CreditLedger, CreditPeriod, CreditSource
from kinerja_core.careers.promotion_specs import (
    LevelPromotionRule,
    Reward,
    RewardRule,
    RouteRule,
    SalaryStepRule,
)
from kinerja_core.careers.salary import SalaryStepSchedule
from kinerja_core.core.documents import Document
from kinerja_core.core.explain import Explanation, ParameterUse, Step, Text
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.numbers import _ID_THOUSANDS, round_half_up, to_decimal
from kinerja_core.core.parameters import Policy, PolicyOverrides, Version
from kinerja_core.core.tables import Band as TableBand
from kinerja_core.core.tables import BandTable, LookupMatrix, rank_of
from kinerja_core.discipline.absence_specs import PositionKind
from kinerja_core.discipline.penalties import Penalty, PenaltyLevel, PenaltyRecord
from kinerja_core.discipline.sanctions_specs import SanctionCase
from kinerja_core.interop.siasn import SiasnRecord
from kinerja_core.legacy.pp30_2019_specs import (
    AchievementCap,
    AdditionalItem,
    Band,
    LinearFormula,
    MainItem,
    MaximumAttainableRule,
    Pp30Predicate,
    ScoreWeights,
)
from kinerja_core.legacy.pp46_2011_specs import (
    Activity,
    BandGapRule,
    BehaviourAspect,
    CreativityLevel,
    PerformanceCategory,
    PerformanceWeights,
)
from kinerja_core.organisation.achievement import OrganisationPlan
from kinerja_core.organisation.calibration import (
    CalibrationProposal,
    PredicateChange,
    needs_finding,
    propose_calibration,
)
from kinerja_core.organisation.distribution import DistributionCheck, check_distribution
from kinerja_core.organisation.organisation_specs import (
    Bound,
    Clause,
    DistributionReadings,
    DistributionRule,
    OrganisationPredicate,
    ShareRounding,
)
from kinerja_core.organisation.sakip_specs import LkeComponent, SakipGrade
from kinerja_core.performance.achievement_formulas_specs import AchievementLimits
from kinerja_core.performance.aggregation import PeriodicRealisation
from kinerja_core.performance.behaviour_specs import (
    BehaviourAggregation,
    BehaviourJudgement,
    CoreValue,
    RaterRole,
    SpecialExpectations,
)
from kinerja_core.performance.cascading import Cascade, CascadeLink, CascadeNode
from kinerja_core.performance.evaluation import PerformanceCase
from kinerja_core.performance.indicators import (
    Aggregation,
    Indicator,
    IndicatorLevel,
    Polarity,
    Target,
)
from kinerja_core.performance.plans import PerformancePlan, PlanItem
from kinerja_core.performance.predicate_specs import PREDICATE_MATRIX
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.performance.work_result_specs import WorkResultBands
from kinerja_core.periods.calendars import SATURDAY_AND_SUNDAY, SUNDAY_ONLY
from kinerja_core.periods.deadlines import Deadline
from kinerja_core.periods.deadlines_specs import DeadlineRule
from kinerja_core.periods.employment_specs import Employment, MonthCountRule
from kinerja_core.periods.period import Period, PeriodKind
from kinerja_core.regimes.timeline_specs import Regime
from kinerja_core.talent.box_specs import FollowUp, Potential
from kinerja_core.talent.development import DevelopmentCase

__all__ = [
    "absence_days",
    "achievement_limits",
    "allowance_rules",
    "appointment_credits",
    "as_document",
    "attendance_records",
    "band_tables",
    "behaviour_aggregations",
    "behaviour_judgement_sets",
    "behaviour_judgements",
    "calibration_proposals",
    "cascades",
    "citations",
    "clauses",
    "confidences",
    "core_values",
    "credit_entries",
    "credit_ledgers",
    "credit_periods",
    "credit_requirements",
    "dates",
    "deadline_kinds",
    "deadline_rules",
    "decimals",
    "development_cases",
    "distribution_checks",
    "distribution_readings",
    "distribution_rules",
    "education_credit_rules",
    "employee_populations",
    "employments",
    "explanations",
    "follow_ups",
    "functional_levels",
    "holiday_sets",
    "indicators",
    "level_promotion_rules",
    "lke_components",
    "lookup_matrices",
    "minute_bands",
    "month_count_rules",
    "number_likes",
    "organisation_plans",
    "organisation_predicates",
    "penalties",
    "penalty_histories",
    "penalty_levels",
    "penalty_records",
    "performance_cases",
    "performance_plans",
    "period_kinds",
    "periodic_realisations",
    "periods",
    "plan_items",
    "plan_weights",
    "polarities",
    "policies",
    "policy_overrides",
    "position_kinds",
    "potential_bands",
    "potentials",
    "pp30_achievement_caps",
    "pp30_achievements",
    "pp30_additional_items",
    "pp30_bands",
    "pp30_linear_formulas",
    "pp30_main_item_lists",
    "pp30_main_items",
    "pp30_maximum_attainable_rules",
    "pp30_predicates",
    "pp30_score_weights",
    "pp30_scores",
    "pp46_activities",
    "pp46_behaviour_scores",
    "pp46_categories",
    "pp46_creativity_levels",
    "pp46_gap_rules",
    "pp46_weights",
    "predicate_changes",
    "predicate_matrices",
    "predicates",
    "ranks",
    "rater_roles",
    "ratings",
    "realisations",
    "regimes",
    "reward_rules",
    "rewards",
    "route_rules",
    "sakip_grades",
    "sakip_scores",
    "salary_step_rules",
    "salary_step_schedules",
    "sanction_cases",
    "siasn_records",
    "special_expectations",
    "steps",
    "talent_inputs",
    "targets",
    "texts",
    "unpaid_leaves",
    "versions",
    "weekends",
    "weighted_achievements",
    "work_result_bands",
    "year_results",
]

_RATINGS_ORDINARY_FIRST = (
    Rating.MEETS_EXPECTATIONS,
    Rating.ABOVE_EXPECTATIONS,
    Rating.BELOW_EXPECTATIONS,
)
_PREDICATES_ORDINARY_FIRST = (
    Predicate.GOOD,
    Predicate.VERY_GOOD,
    Predicate.NEEDS_IMPROVEMENT,
    Predicate.POOR,
    Predicate.VERY_POOR,
)


def ratings() -> st.SearchStrategy[Rating]:
    """Any `Rating`, shrinking towards *Sesuai Ekspektasi*."""
    return st.sampled_from(_RATINGS_ORDINARY_FIRST)


def predicates() -> st.SearchStrategy[Predicate]:
    """Any `Predicate`, shrinking towards *Baik*."""
    return st.sampled_from(_PREDICATES_ORDINARY_FIRST)


def confidences() -> st.SearchStrategy[Confidence]:
    """Any `Confidence`, shrinking towards `PRIMARY`."""
    return st.sampled_from(list(Confidence))


def dates(
    *, min_value: date = date(2014, 1, 1), max_value: date = date(2035, 12, 31)
) -> st.SearchStrategy[date]:
    """Dates (never datetimes) in a range, by default 2014-2035 (the regimes the library covers).

    Args:
        min_value: The earliest date.
        max_value: The latest date.
    """
    return st.dates(min_value=min_value, max_value=max_value)


def decimals(
    *,
    min_value: Decimal | int | str = 0,
    max_value: Decimal | int | str = 1000,
    places: int = 2,
) -> st.SearchStrategy[Decimal]:
    """Finite `Decimal`s with at most `places` decimal places, in a closed range.

    Args:
        min_value: The smallest value.
        max_value: The largest value.
        places: The maximum number of digits after the point.
    """
    return st.decimals(
        min_value=to_decimal(min_value, field="min_value"),
        max_value=to_decimal(max_value, field="max_value"),
        places=places,
        allow_nan=False,
        allow_infinity=False,
    ).map(lambda d: d + 0)  # normalise -0 to 0


def number_likes(
    *,
    min_value: Decimal | int | str = 0,
    max_value: Decimal | int | str = 1000,
    places: int = 2,
) -> st.SearchStrategy[int | str | Decimal]:
    """Numbers in every accepted input form: `int`, `str` and `Decimal`.

    A string is never in the form `to_decimal` refuses as ambiguous (Indonesian thousands
    grouping): 1.250 is given as `"1.2500"`, not `"1.250"`.

    Args:
        min_value: The smallest value.
        max_value: The largest value.
        places: The maximum number of digits after the point.
    """
    values = decimals(min_value=min_value, max_value=max_value, places=places)
    low, high = to_decimal(min_value, field="min_value"), to_decimal(max_value, field="max_value")
    whole = values.map(round_half_up).filter(lambda d: low <= d <= high)
    return st.one_of(values, values.map(_unambiguous_text), whole.map(int))


def _unambiguous_text(value: Decimal) -> str:
    """`value` as text that `to_decimal` reads back (`"1.2500"` rather than `"1.250"`)."""
    text = str(value)
    return f"{text}0" if _ID_THOUSANDS.fullmatch(text) else text


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=20).filter(
    lambda s: bool(s.strip())
)


def texts() -> st.SearchStrategy[Text]:
    """Bilingual `Text`s."""
    return st.builds(Text, _WORDS, _WORDS)


def citations(*, confidence: Confidence | None = None) -> st.SearchStrategy[Citation]:
    """`Citation`s with plausible regulation names and articles; notes plain or bilingual.

    Args:
        confidence: Fix the confidence (default: any).
    """
    regulation = st.sampled_from(
        ["PermenPANRB 6/2022", "PermenPANRB 8/2021", "PP 30/2019", "PP 46/2011", "PP 94/2021"]
    )
    article = st.builds(lambda n, a: f"Pasal {n} ayat ({a})", st.integers(1, 99), st.integers(1, 9))
    return st.builds(
        Citation,
        regulation,
        article,
        st.none() | _WORDS | texts(),
        st.just(confidence) if confidence is not None else confidences(),
    )


def predicate_matrices() -> st.SearchStrategy[dict[tuple[Rating, Rating], Predicate]]:
    """Total 3×3 predikat matrices (every pair of ratings has a predikat).

    Shrinks towards the national matrix.
    """
    from kinerja_core.national import NATIONAL  # noqa: PLC0415 (keep import light)

    national = NATIONAL.parameter(PREDICATE_MATRIX).versions[-1].value
    cells = [st.sampled_from([national[pair], *Predicate]) for pair in national]
    return st.tuples(*cells).map(lambda chosen: dict(zip(national, chosen, strict=True)))


def versions(
    values: st.SearchStrategy[Any],
    *,
    min_size: int = 1,
    max_size: int = 4,
    min_date: date = date(2014, 1, 1),
    max_date: date = date(2035, 12, 31),
) -> st.SearchStrategy[list[Version[Any]]]:
    """Timelines of `Version`s with strictly increasing effective dates.

    Args:
        values: The strategy for each version's value.
        min_size: The fewest versions.
        max_size: The most versions.
        min_date: The earliest effective date.
        max_date: The latest effective date.
    """
    days = st.lists(
        dates(min_value=min_date, max_value=max_date),
        min_size=min_size,
        max_size=max_size,
        unique=True,
    ).map(sorted)
    return days.flatmap(
        lambda chosen: st.tuples(
            *(st.builds(Version, st.just(day), values, citations()) for day in chosen)
        ).map(list)
    )


def policies(*, base: Policy | None = None) -> st.SearchStrategy[Policy]:
    """Regional policies: `base` (default `NATIONAL`) with a random, dated predikat-matrix override.

    Args:
        base: The policy to override (default: the national policy).
    """
    from kinerja_core.national import NATIONAL  # noqa: PLC0415 (keep import light)

    start = base if base is not None else NATIONAL
    return st.builds(
        lambda timeline: start.with_overrides("Pemda (generated)", {PREDICATE_MATRIX: timeline}),
        versions(predicate_matrices(), max_size=3),
    )


def policy_overrides() -> st.SearchStrategy[PolicyOverrides]:
    """Regional policies as documents: the overrides of `policies()` against `NATIONAL`."""
    from kinerja_core.national import NATIONAL  # noqa: PLC0415 (keep import light)

    return policies().map(lambda policy: PolicyOverrides.of(policy, base=NATIONAL))


def siasn_records() -> st.SearchStrategy[SiasnRecord]:
    """SIASN records: two ratings, their predikat through the matrix, an optional cadence."""
    return st.builds(
        lambda work, behaviour, kind: SiasnRecord.of(work, behaviour, period_kind=kind),
        ratings(),
        ratings(),
        st.none() | period_kinds(),
    )


def penalty_levels() -> st.SearchStrategy[PenaltyLevel]:
    """Levels of disciplinary penalty (Ringan, Sedang, Berat)."""
    return st.sampled_from(PenaltyLevel)


def penalties() -> st.SearchStrategy[Penalty]:
    """Kinds of disciplinary penalty."""
    return st.sampled_from(Penalty)


def penalty_records(
    *, min_value: date = date(2010, 6, 6), max_value: date = date(2035, 12, 31)
) -> st.SearchStrategy[PenaltyRecord]:
    """Penalty records: a penalty, its level, the decree date and (maybe) the date it was served."""

    def build(
        penalty: Penalty, level: PenaltyLevel, imposed: date, days: int | None
    ) -> PenaltyRecord:
        served = None if days is None else imposed + timedelta(days=days)
        return PenaltyRecord(penalty, level, imposed, served_on=served)

    return st.builds(
        build,
        penalties(),
        penalty_levels(),
        dates(min_value=min_value, max_value=max_value),
        st.none() | st.integers(0, 3 * 366),
    )


def penalty_histories(
    *, max_size: int = 4, min_value: date = date(2010, 6, 6), max_value: date = date(2035, 12, 31)
) -> st.SearchStrategy[tuple[PenaltyRecord, ...]]:
    """Penalty histories: up to `max_size` records, ordered by decree date."""
    return st.lists(
        penalty_records(min_value=min_value, max_value=max_value), max_size=max_size
    ).map(lambda records: tuple(sorted(records, key=lambda r: r.imposed_on)))


def absence_days(*, max_value: int = 366) -> st.SearchStrategy[tuple[int, int]]:
    """`(days, consecutive_days)` of unexcused absence in a year, consecutive never above days.

    Args:
        max_value: The most days (at most 366).
    """
    return st.integers(0, max_value).flatmap(
        lambda days: st.tuples(st.just(days), st.integers(0, days))
    )


def position_kinds() -> st.SearchStrategy[PositionKind]:
    """Kinds of position (JPT, administrator, pengawas, fungsional, pelaksana)."""
    return st.sampled_from(PositionKind)


def sanction_cases(*, year: int = 2023) -> st.SearchStrategy[SanctionCase]:
    """Facts of a performance-sanction path for an appraised `year`, at any stage.

    Dates, when present, follow the path's order: the improvement period starts after the
    year, a temporary placement after the improvement period.

    Args:
        year: The appraised year.
    """

    def build(  # noqa: PLR0917 (the positions of st.builds)
        position: PositionKind,
        predicate: Predicate,
        flags: tuple[bool, bool],
        start: int | None,
        retest: bool | None,
        vacancy: bool | None,
        placement: int | None,
    ) -> SanctionCase:
        improvement = None if start is None else date(year + 1, 1, 1) + timedelta(days=start)
        placed = (
            None
            if improvement is None or placement is None
            else improvement + timedelta(days=1 + placement)
        )
        return SanctionCase(
            position,
            year,
            predicate,
            target_missed=flags[0],
            force_majeure=flags[1],
            improvement_start=improvement,
            retest_passed=retest,
            vacancy=vacancy,
            placement_start=placed,
        )

    return st.builds(
        build,
        position_kinds(),
        st.sampled_from(Predicate),
        st.tuples(st.booleans(), st.booleans()),
        st.none() | st.integers(0, 365),
        st.none() | st.booleans(),
        st.none() | st.booleans(),
        st.none() | st.integers(150, 400),
    )


def functional_levels() -> st.SearchStrategy[FunctionalLevel]:
    """Jenjang of the jabatan fungsional (Ahli Pertama … Penyelia)."""
    return st.sampled_from(FunctionalLevel)


def ranks() -> st.SearchStrategy[Rank]:
    """Golongan ruang, I/a up to IV/e."""
    return st.sampled_from(Rank)


def credit_periods() -> st.SearchStrategy[CreditPeriod]:
    """Evaluated periods for the angka kredit: 1-12 months and a predikat."""
    return st.builds(CreditPeriod, st.integers(1, 12), predicates())


def credit_entries(
    *, min_value: date = date(2023, 1, 1), max_value: date = date(2035, 12, 31)
) -> st.SearchStrategy[CreditEntry]:
    """Angka kredit entries: a source, an amount with two decimals (0-150) and a date."""
    amounts = st.integers(0, 15000).map(lambda hundredths: Decimal(hundredths).scaleb(-2))
    return st.builds(
        CreditEntry,
        st.sampled_from(CreditSource),
        amounts,
        dates(min_value=min_value, max_value=max_value),
    )


def credit_ledgers(
    *, level: FunctionalLevel | None = None, max_entries: int = 6
) -> st.SearchStrategy[CreditLedger]:
    """Angka kredit ledgers: a jenjang, entries and AK used by kenaikan pangkat.

    Up to `max_entries` entries in date order; the AK already used by kenaikan pangkat in the
    jenjang are often none.
    """
    levels = functional_levels() if level is None else st.just(level)
    entries = st.lists(credit_entries(), max_size=max_entries).map(
        lambda found: tuple(sorted(found, key=lambda e: e.recorded_on))
    )
    used = st.one_of(
        st.just(Decimal(0)),
        st.sampled_from([15, 20, 40, 50, 100, 150, 300]).map(Decimal),
        st.decimals(min_value=0, max_value=500, places=2, allow_nan=False),
    )
    return st.builds(CreditLedger, levels, entries, used)


def credit_requirements() -> st.SearchStrategy[CreditRequirement]:
    """Cumulative AK requirements: kenaikan pangkat, and kenaikan jenjang or `None`."""
    amounts = st.integers(0, 100000).map(lambda cents: Decimal(cents).scaleb(-2))
    return st.builds(CreditRequirement, amounts, st.none() | amounts)


def education_credit_rules() -> st.SearchStrategy[EducationCreditRule]:
    """Education-bonus rules: a share 0-100 %, a base and a lowest predikat."""
    return st.builds(
        EducationCreditRule,
        st.integers(0, 100),
        st.sampled_from(EducationCreditBase),
        predicates(),
    )


def appointment_credits() -> st.SearchStrategy[AppointmentCredit]:
    """Flat appointment AK rules: a jenjang, an amount and the golongan it applies to."""
    return st.builds(
        AppointmentCredit,
        functional_levels(),
        st.integers(0, 500),
        st.frozensets(ranks(), min_size=1, max_size=4),
    )


def route_rules() -> st.SearchStrategy[RouteRule]:
    """Requirements of a route of kenaikan pangkat."""
    return st.builds(
        RouteRule,
        st.integers(0, 10),
        st.integers(1, 5),
        predicates(),
        credit_points=st.booleans(),
        examination=st.booleans(),
        post=st.booleans(),
    )


def level_promotion_rules() -> st.SearchStrategy[LevelPromotionRule]:
    """Requirements of kenaikan jenjang besides AK, formasi and the competency test."""
    return st.builds(LevelPromotionRule, st.integers(0, 10), predicates())


def salary_step_rules() -> st.SearchStrategy[SalaryStepRule]:
    """Rules of a kenaikan gaji berkala (PNS or PPPK shape)."""
    return st.builds(
        SalaryStepRule,
        st.integers(1, 10),
        st.integers(1, 5),
        st.booleans(),
        minimum_predicate=st.none() | predicates(),
        max_postponement_months=st.integers(1, 24),
        contract_years=st.none() | st.integers(0, 30),
        exceptional_years=st.integers(1, 5),
    )


def salary_step_schedules() -> st.SearchStrategy[SalaryStepSchedule]:
    """Schedules of a postponed KGB: when granted, when the next one is due."""
    return st.builds(SalaryStepSchedule, dates(), dates())


def reward_rules() -> st.SearchStrategy[RewardRule]:
    """Reward rules: consecutive years and a lowest predikat."""
    return st.builds(RewardRule, st.integers(1, 10), predicates())


def rewards() -> st.SearchStrategy[Reward]:
    """Rewards and priorities."""
    return st.sampled_from(Reward)


def unpaid_leaves(
    *,
    min_value: date = date(1995, 1, 1),
    max_value: date = date(2045, 12, 31),
    max_size: int = 3,
) -> st.SearchStrategy[tuple[Period, ...]]:
    """Periods of cuti di luar tanggungan negara of a service history: ordered and apart."""

    def build(starts: list[date], lengths: list[int]) -> tuple[Period, ...]:
        periods: list[Period] = []
        for start, days in zip(sorted(set(starts)), lengths, strict=False):
            if periods and start <= periods[-1].end:
                continue
            periods.append(Period.between(start, start + timedelta(days=days)))
        return tuple(periods)

    return st.builds(
        build,
        st.lists(dates(min_value=min_value, max_value=max_value), max_size=max_size),
        st.lists(st.integers(0, 3 * 366), min_size=max_size, max_size=max_size),
    )


def year_results(*, min_year: int = 2014, max_year: int = 2035) -> st.SearchStrategy[YearResult]:
    """One year's annual result in the vocabulary of a regime (PP 46/2011, PP 30/2019, 2022)."""
    results = st.one_of(predicates(), pp30_predicates(), pp46_categories())
    return st.builds(YearResult.of, st.integers(min_year, max_year), results)


def period_kinds(*, calendar_only: bool = False) -> st.SearchStrategy[PeriodKind]:
    """Any `PeriodKind`, shrinking towards `YEAR`.

    Args:
        calendar_only: Leave out `CUSTOM` (for splitting).
    """
    kinds = [PeriodKind.YEAR, PeriodKind.SEMESTER, PeriodKind.QUARTER, PeriodKind.MONTH]
    return st.sampled_from(kinds if calendar_only else [*kinds, PeriodKind.CUSTOM])


def periods(
    *, min_year: int = 2014, max_year: int = 2035, kinds: tuple[PeriodKind, ...] | None = None
) -> st.SearchStrategy[Period]:
    """Periods of every kind: calendar years, semesters, quarters, months and custom ranges.

    Args:
        min_year: The earliest year a period starts in.
        max_year: The latest year a period ends in.
        kinds: Restrict to these kinds (default: all).
    """
    years = st.integers(min_year, max_year)
    builders: dict[PeriodKind, st.SearchStrategy[Period]] = {
        PeriodKind.YEAR: st.builds(Period.year, years),
        PeriodKind.SEMESTER: st.builds(Period.semester, years, st.integers(1, 2)),
        PeriodKind.QUARTER: st.builds(Period.quarter, years, st.integers(1, 4)),
        PeriodKind.MONTH: st.builds(Period.month, years, st.integers(1, 12)),
        PeriodKind.CUSTOM: st.tuples(
            dates(min_value=date(min_year, 1, 1), max_value=date(max_year, 12, 31)),
            dates(min_value=date(min_year, 1, 1), max_value=date(max_year, 12, 31)),
        ).map(lambda pair: Period.between(min(pair), max(pair))),
    }
    chosen = kinds if kinds is not None else tuple(builders)
    return st.one_of(*(builders[kind] for kind in chosen))


def employments(
    *,
    min_year: int = 2014,
    max_year: int = 2035,
    open_ended: bool | None = None,
) -> st.SearchStrategy[Employment]:
    """Employment intervals (joined, moved or left at any date; possibly still in post).

    Shrinks towards an employment of one calendar year starting on 1 January of `min_year`.

    Args:
        min_year: The earliest year an employment starts in.
        max_year: The latest year an employment starts or ends in.
        open_ended: `True`: always still in post; `False`: always with an end date; `None`: either.
    """
    days = dates(min_value=date(min_year, 1, 1), max_value=date(max_year, 12, 31))
    closed = st.tuples(days, days).map(lambda pair: Employment(min(pair), max(pair)))
    ongoing = days.map(Employment)
    ordinary = st.just(Employment(date(min_year, 1, 1), date(min_year, 12, 31)))
    if open_ended is True:
        return ongoing
    if open_ended is False:
        return st.one_of(ordinary, closed)
    return st.one_of(ordinary, closed, ongoing)


def holiday_sets(
    *,
    min_value: date = date(2014, 1, 1),
    max_value: date = date(2035, 12, 31),
    max_size: int = 30,
) -> st.SearchStrategy[frozenset[date]]:
    """Hand-made holiday calendars: sets of dates (weekend days included, as in real calendars).

    Shrinks towards the empty calendar. Pass a period's `start`/`end` as the bounds so that the
    holidays actually fall inside it.

    Args:
        min_value: The earliest holiday.
        max_value: The latest holiday.
        max_size: The most holidays in a set.
    """
    return st.frozensets(dates(min_value=min_value, max_value=max_value), max_size=max_size)


def weekends() -> st.SearchStrategy[frozenset[int]]:
    """Weekend days as `date.weekday()` numbers, shrinking towards Saturday and Sunday.

    Includes the six-day week (Sunday only) and arbitrary sets of weekdays (even none or all).
    """
    return st.one_of(
        st.just(SATURDAY_AND_SUNDAY),
        st.just(SUNDAY_ONLY),
        st.frozensets(st.integers(0, 6)),
    )


def month_count_rules() -> st.SearchStrategy[MonthCountRule]:
    """Any `MonthCountRule`, shrinking towards the national default (whole months)."""
    return st.sampled_from(list(MonthCountRule))


def deadline_kinds() -> st.SearchStrategy[Deadline]:
    """Any `Deadline` of the performance cycle."""
    return st.sampled_from(list(Deadline))


def deadline_rules() -> st.SearchStrategy[DeadlineRule]:
    """`DeadlineRule`s: any month, a day or the month's end, up to two years after the year.

    Shrinks towards the end of January of the performance year.
    """
    return st.builds(
        DeadlineRule,
        st.integers(1, 12),
        st.none() | st.integers(1, 31),
        st.integers(0, 2),
    )


# --- allowance (TPP / tunjangan kinerja) ----------------------------------------------------


def _hundredths(n: int) -> Decimal:
    return Decimal(n).scaleb(-2).normalize() + 0


def _percents(*, max_value: int = 100) -> st.SearchStrategy[Decimal]:
    """Exact percentages from 0 to `max_value` with up to two places, shrinking towards 0."""
    found = _PERCENT_STRATEGIES.get(max_value)
    if found is None:
        found = _PERCENT_STRATEGIES[max_value] = st.integers(0, max_value * 100).map(_hundredths)
    return found


_PERCENT_STRATEGIES: dict[int, st.SearchStrategy[Decimal]] = {}

_PERKADA_CITATIONS = (
    Citation("Perwali Kota Contoh 1/2025", "Pasal 7"),
    Citation("Pergub Contoh 12/2024", "Pasal 9 ayat (2)", confidence=Confidence.SECONDARY),
    Citation(
        "Perbup Contoh 3/2023",
        Text("tidak diatur", "not stated"),
        Text("asumsi", "an assumption"),
        confidence=Confidence.UNCONFIRMED,
    ),
)


_PERKADA = st.sampled_from(_PERKADA_CITATIONS)


def _perkada() -> st.SearchStrategy[Citation]:
    """A few fixed regional citations (drawing full citations for every part is slow)."""
    return _PERKADA


_COMPONENTS = st.sampled_from(list(AllowanceComponent))


def _components() -> st.SearchStrategy[AllowanceComponent]:
    return _COMPONENTS


def minute_bands(*, max_bands: int = 4) -> st.SearchStrategy[MinuteBands]:
    """Lateness or early-leave tables, shrinking towards no band at all.

    The bands are contiguous from a minute ≥ 1, the last open-ended, and their cuts never fall
    as the minutes rise.

    Args:
        max_bands: The most rows.
    """

    @st.composite
    def build(draw: st.DrawFn) -> MinuteBands:
        count = draw(st.integers(0, max_bands))
        start = draw(st.integers(1, 60))
        widths = draw(st.lists(st.integers(1, 90), min_size=count, max_size=count))
        cuts = sorted(draw(st.lists(_percents(max_value=5), min_size=count, max_size=count)))
        bands = []
        for index, (width, cut) in enumerate(zip(widths, cuts, strict=True)):
            end = None if index == count - 1 else start + width
            bands.append(MinuteBand(start, end, cut))
            start = start + width
        return MinuteBands(tuple(bands), draw(_components()), draw(_perkada()))

    return build()


def allowance_rules(*, monotone: bool = True) -> st.SearchStrategy[AllowanceRules]:
    """Whole TPP / tunjangan kinerja parameter sets, every part cited.

    Args:
        monotone: Make a better predikat never pay less (as every shipped set does).
    """

    @st.composite
    def build(draw: st.DrawFn) -> AllowanceRules:
        performance = draw(st.sampled_from([100, 0, 60, 40, 50]))
        kind = draw(st.sampled_from(list(FactorKind)))
        values = draw(st.lists(_percents(), min_size=5, max_size=5))
        if monotone:  # Predicate lists the best first: payment factors fall, cuts rise
            values = sorted(values, reverse=kind is FactorKind.PAYMENT_FACTOR)
        run = draw(st.none() | st.integers(1, 20))
        edges = sorted(set(draw(st.lists(st.integers(1, 119), max_size=3))))
        rows = sorted(draw(st.lists(_percents(), min_size=len(edges) + 1, max_size=len(edges) + 1)))
        if kind is FactorKind.CUT:  # a better score never pays less
            rows.reverse()
        scores = draw(st.booleans())
        score_bands = (
            tuple(ScoreBand(edge, row) for edge, row in zip((0, *edges), rows, strict=True))
            if scores
            else ()
        )
        return AllowanceRules(
            name=draw(st.sampled_from(["Pemda Contoh", "Perwali Contoh 1/2024 (TPP)"])),
            weights=ComponentWeights(performance, 100 - performance, draw(_perkada())),
            performance=PredicateFactors(
                kind,
                dict(zip(Predicate, values, strict=True)),
                draw(st.sampled_from(list(PredicateLag))),
                draw(_components()),
                draw(_perkada()),
                score_bands,
            ),
            absence=PerOccurrence(
                draw(_percents(max_value=10)), draw(_components()), draw(_perkada())
            ),
            lateness=draw(minute_bands()),
            early_leave=draw(minute_bands()),
            ceremony=PerOccurrence(
                draw(_percents(max_value=5)), draw(_components()), draw(_perkada())
            ),
            cap=CutCap(draw(_percents()), draw(_perkada())),
            consecutive_absence=ConsecutiveAbsence(
                run, draw(_percents()), draw(_components()), draw(_perkada())
            ),
            special_states=SpecialStates(
                draw(_percents()), draw(_percents()), draw(st.booleans()), draw(_perkada())
            ),
            bpjs=BpjsShares(
                draw(_percents(max_value=10)), draw(_percents(max_value=10)), draw(_perkada())
            ),
            rounding=Rounding(
                draw(st.sampled_from([1, 1, 100, 1000])),
                draw(st.sampled_from(list(RoundingMode))),
                draw(_perkada()),
            ),
        )

    return build()


def attendance_records(
    *, min_year: int = 2020, max_year: int = 2030, max_occurrences: int = 8
) -> st.SearchStrategy[AttendanceRecord]:
    """A month's attendance, shrinking towards a full month on time, active.

    Days absent, late arrivals and early leaves by their minutes, missed ceremonies, a run of
    consecutive absent days and the employee's state.

    Args:
        min_year: The earliest year.
        max_year: The latest year.
        max_occurrences: The most late arrivals (and early leaves) in the month.
    """

    @st.composite
    def build(draw: st.DrawFn) -> AttendanceRecord:
        working_days = draw(st.integers(18, 23))
        most = min(working_days, max_occurrences)
        minutes = st.lists(st.integers(0, 240), max_size=most)
        state = draw(st.sampled_from(list(EmploymentState)))
        transfer = state in (EmploymentState.TRANSFER_IN, EmploymentState.TRANSFER_OUT)
        return AttendanceRecord(
            year=draw(st.integers(min_year, max_year)),
            month=draw(st.integers(1, 12)),
            working_days=working_days,
            absent_days=draw(st.integers(0, working_days)),
            late_minutes=tuple(draw(minutes)),
            early_leave_minutes=tuple(draw(minutes)),
            missed_ceremonies=draw(st.integers(0, 4)),
            consecutive_absent_days=draw(st.integers(0, 15)),
            state=state,
            days_in_post=draw(st.integers(0, working_days)) if transfer else None,
        )

    return build()


def regimes() -> st.SearchStrategy[Regime]:
    """Any `Regime`, in timeline order (shrinks towards PP 46/2011)."""
    return st.sampled_from(list(Regime))


def _plain_values() -> st.SearchStrategy[Any]:
    return st.one_of(
        ratings(),
        predicates(),
        decimals(min_value=-1000),
        st.integers(-1000, 1000),
        _WORDS,
        dates(),
    )


def steps() -> st.SearchStrategy[Step]:
    """Explanation `Step`s with inputs, parameter uses, a result, a citation and a fact."""
    inputs = st.lists(st.tuples(_WORDS, _plain_values()), max_size=3)
    uses = st.lists(
        st.builds(ParameterUse, _WORDS, _plain_values(), dates(), citations()), max_size=3
    )
    return st.builds(
        Step,
        texts(),
        inputs,
        uses,
        st.none() | _plain_values(),
        st.none() | citations(),
        fact=st.none() | texts(),
    )


def explanations(*, max_steps: int = 5) -> st.SearchStrategy[Explanation]:
    """`Explanation`s of up to `max_steps` steps.

    Args:
        max_steps: The most steps an explanation has.
    """
    return st.lists(steps(), max_size=max_steps).map(Explanation)


def polarities(*, milestone: bool = True) -> st.SearchStrategy[Polarity]:
    """Any `Polarity`, shrinking towards higher-is-better.

    Args:
        milestone: Include `MILESTONE`.
    """
    members = [Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER]
    return st.sampled_from([*members, Polarity.MILESTONE] if milestone else members)


def targets(
    *, min_value: Decimal | int | str = "0.01", max_value: Decimal | int | str = 10000
) -> st.SearchStrategy[Target]:
    """Single-value and range targets (always greater than zero).

    Args:
        min_value: The smallest bound (must be greater than zero).
        max_value: The largest bound.
    """
    values = decimals(min_value=min_value, max_value=max_value, places=2)
    single = values.map(Target)
    ranged = st.tuples(values, values).map(lambda pair: Target.range(min(pair), max(pair)))
    return st.one_of(single, ranged)


def realisations(
    *, max_value: Decimal | int | str = 20000, places: int = 2
) -> st.SearchStrategy[Decimal]:
    """Realised values: exact, not negative.

    Args:
        max_value: The largest value.
        places: The maximum number of digits after the point.
    """
    return decimals(min_value=0, max_value=max_value, places=places)


def achievement_limits() -> st.SearchStrategy[AchievementLimits]:
    """Caps and floors (either may be absent; the cap is never below the floor)."""
    bounds = st.none() | decimals(min_value=0, max_value=300, places=1)
    return st.tuples(bounds, bounds).map(_ordered_limits)


def _ordered_limits(pair: tuple[Decimal | None, Decimal | None]) -> AchievementLimits:
    floor, cap = pair
    if floor is not None and cap is not None and cap < floor:
        floor, cap = cap, floor
    return AchievementLimits(cap=cap, floor=floor)


def indicators(*, level: IndicatorLevel | None = None) -> st.SearchStrategy[Indicator]:
    """Indicators with realistic names (e.g. complaint response time in days).

    Args:
        level: Fix the level (IKU or IKI); default: any.
    """
    named = st.sampled_from(
        [
            ("Waktu respon pengaduan masyarakat", "hari", Polarity.LOWER_IS_BETTER),
            ("Layanan yang diselesaikan tepat waktu", "layanan", Polarity.HIGHER_IS_BETTER),
            ("Indeks kepuasan masyarakat", "indeks", Polarity.HIGHER_IS_BETTER),
            ("Dokumen SAKIP tersusun", "dokumen", Polarity.MILESTONE),
            ("Biaya per layanan", "rupiah", Polarity.LOWER_IS_BETTER),
        ]
    )
    return st.builds(
        lambda spec, aggregation, chosen_level, limits: Indicator(
            spec[0],
            spec[1],
            spec[2],
            aggregation,
            chosen_level,
            cap=limits.cap,
            floor=limits.floor,
        ),
        named,
        st.sampled_from(list(Aggregation)),
        st.just(level) if level is not None else st.sampled_from(list(IndicatorLevel)),
        achievement_limits(),
    )


def periodic_realisations(
    *, year: int = 2024, kind: PeriodKind = PeriodKind.QUARTER, missing: bool = True
) -> st.SearchStrategy[list[PeriodicRealisation]]:
    """A year's periodic realisations (some possibly not reported), at least one reported.

    Args:
        year: The year.
        kind: The cadence (month, quarter or semester).
        missing: Whether some periods may be unreported (`None`).
    """
    pieces = Period.year(year).split(kind)
    value = realisations(max_value=1000)
    each = (st.none() | value) if missing else value
    return (
        st.tuples(*(each for _ in pieces))
        .filter(lambda values: any(v is not None for v in values))
        .map(
            lambda values: [PeriodicRealisation(p, v) for p, v in zip(pieces, values, strict=True)]
        )
    )


_CORE_VALUES_IN_ORDER = tuple(CoreValue)


def core_values() -> st.SearchStrategy[CoreValue]:
    """Any BerAKHLAK `CoreValue`, shrinking towards *Berorientasi Pelayanan*."""
    return st.sampled_from(_CORE_VALUES_IN_ORDER)


def rater_roles(*, feedback_only: bool = False) -> st.SearchStrategy[RaterRole]:
    """Any `RaterRole`, shrinking towards the supervisor.

    Args:
        feedback_only: Leave out the supervisor (peers and subordinates only).
    """
    roles = [RaterRole.SUPERVISOR, RaterRole.PEER, RaterRole.SUBORDINATE]
    return st.sampled_from(roles[1:] if feedback_only else roles)


def behaviour_aggregations() -> st.SearchStrategy[BehaviourAggregation]:
    """Any `BehaviourAggregation`, shrinking towards the default `MEAN_HALF_UP`."""
    return st.sampled_from(list(BehaviourAggregation))


_RATER_IDS = st.none() | st.text(alphabet="0123456789", min_size=1, max_size=18)


def behaviour_judgements(
    *,
    role: RaterRole | None = None,
    core_value: CoreValue | None = None,
    rating: Rating | None = None,
) -> st.SearchStrategy[BehaviourJudgement]:
    """Single `BehaviourJudgement`s, with or without a rater id (a NIP-like digit string).

    Args:
        role: Fix the rater's role (default: any).
        core_value: Fix the core value (default: any).
        rating: Fix the rating (default: any).
    """
    return st.builds(
        lambda r, v, g, rid: BehaviourJudgement(r, v, g, rater_id=rid),
        st.just(role) if role is not None else rater_roles(),
        st.just(core_value) if core_value is not None else core_values(),
        st.just(rating) if rating is not None else ratings(),
        _RATER_IDS,
    )


def _one_rater(
    index: int, role: RaterRole, values: frozenset[CoreValue], with_id: bool
) -> st.SearchStrategy[list[BehaviourJudgement]]:
    ordered = [v for v in _CORE_VALUES_IN_ORDER if v in values]
    rater_id = f"rater-{index}" if with_id else None
    return st.lists(ratings(), min_size=len(ordered), max_size=len(ordered)).map(
        lambda given: [
            BehaviourJudgement(role, v, g, rater_id=rater_id)
            for v, g in zip(ordered, given, strict=True)
        ]
    )


def behaviour_judgement_sets(
    *, include_supervisor: bool = True, max_feedback_raters: int = 4, shuffle: bool = True
) -> st.SearchStrategy[list[BehaviourJudgement]]:
    """Complete sets of judgements for one employee, valid for every aggregation rule.

    The first rater judges all seven core values (the supervisor, unless
    `include_supervisor=False`, when it is a peer or subordinate); up to `max_feedback_raters`
    peers and subordinates each judge a non-empty subset of the values. Raters either all carry
    distinct ids or none do. Shrinks towards the supervisor alone rating everything Sesuai.

    Args:
        include_supervisor: Whether the set includes the supervisor's judgements.
        max_feedback_raters: The most peers and subordinates besides the first rater.
        shuffle: Return the judgements in a random order (default) instead of rater by rater.
    """
    every = frozenset(_CORE_VALUES_IN_ORDER)
    first_role = (
        st.just(RaterRole.SUPERVISOR) if include_supervisor else rater_roles(feedback_only=True)
    )
    feedback = st.lists(
        st.tuples(rater_roles(feedback_only=True), st.frozensets(core_values(), min_size=1)),
        max_size=max_feedback_raters,
    )

    def build(
        first: RaterRole, others: list[tuple[RaterRole, frozenset[CoreValue]]], with_id: bool
    ) -> st.SearchStrategy[list[BehaviourJudgement]]:
        raters = [(first, every), *others]
        parts = [_one_rater(i, role, values, with_id) for i, (role, values) in enumerate(raters, 1)]
        joined = st.tuples(*parts).map(lambda chunks: [j for chunk in chunks for j in chunk])
        return joined.flatmap(st.permutations).map(list) if shuffle else joined

    return st.tuples(first_role, feedback, st.booleans()).flatmap(lambda t: build(*t))


def special_expectations() -> st.SearchStrategy[SpecialExpectations]:
    """`SpecialExpectations` (ekspektasi khusus pimpinan) for any subset of the core values."""
    return st.dictionaries(core_values(), _WORDS, max_size=7).map(SpecialExpectations)


def weighted_achievements(
    *,
    min_value: Decimal | int | str = 0,
    max_value: Decimal | int | str = 150,
    places: int = 2,
) -> st.SearchStrategy[Decimal]:
    """Weighted plan achievements in percent, by default 0-150 % with two decimals.

    The national work-result band edges (100 and 101) are drawn often, so tests hit them.

    Args:
        min_value: The smallest achievement.
        max_value: The largest achievement.
        places: The maximum number of digits after the point.
    """
    low, high = to_decimal(min_value, field="min_value"), to_decimal(max_value, field="max_value")
    edges = [
        e
        for e in (Decimal(100), Decimal(101), Decimal("99.99"), Decimal("100.99"))
        if low <= e <= high
    ]
    values = decimals(min_value=low, max_value=high, places=places)
    return st.one_of(values, st.sampled_from(edges)) if edges else values


def work_result_bands(
    *, min_value: Decimal | int | str = 0, max_value: Decimal | int | str = 150
) -> st.SearchStrategy[WorkResultBands]:
    """`WorkResultBands` with `meets_from < above_from` inside a range of percentages.

    Shrinks towards edges near the bottom of the range.

    Args:
        min_value: The lowest edge.
        max_value: The highest edge.
    """
    edges = st.lists(
        decimals(min_value=min_value, max_value=max_value, places=1),
        min_size=2,
        max_size=2,
        unique=True,
    ).map(sorted)
    return edges.map(lambda pair: WorkResultBands(above_from=pair[1], meets_from=pair[0]))


def plan_weights(*, min_items: int = 1, max_items: int = 6) -> st.SearchStrategy[list[Decimal]]:
    """Weights in percent (two decimal places) that add up to exactly 100.

    Args:
        min_items: The fewest weights.
        max_items: The most weights.
    """
    return st.integers(min_items, max_items).flatmap(
        lambda n: st.lists(st.integers(1, 9999), min_size=n - 1, max_size=n - 1, unique=True).map(
            lambda cuts: [
                Decimal(high - low) / 100
                for low, high in zip([0, *sorted(cuts)], [*sorted(cuts), 10000], strict=True)
            ]
        )
    )


def plan_items(*, weight: Decimal | None = None) -> st.SearchStrategy[PlanItem]:
    """Plan items with an individual indicator (IKI), a target and an optional weight.

    Args:
        weight: Fix the weight (default: none, so a plan's weights can be set together).
    """
    return st.builds(
        lambda indicator, target, key: PlanItem(indicator, target, weight, key=key),
        indicators(level=IndicatorLevel.INDIVIDUAL),
        targets(min_value=1, max_value=1000),
        st.text(alphabet="ABCDEFGHIJ0123456789-", min_size=1, max_size=8),
    )


def performance_plans(
    *, year: int = 2024, min_items: int = 1, max_items: int = 6
) -> st.SearchStrategy[PerformancePlan]:
    """Valid performance plans (SKP): unique item keys, weights adding up to exactly 100 %.

    Args:
        year: The plan's year.
        min_items: The fewest items.
        max_items: The most items.
    """

    def build(weights: list[Decimal]) -> st.SearchStrategy[PerformancePlan]:
        items = st.lists(plan_items(), min_size=len(weights), max_size=len(weights))
        return items.map(
            lambda drawn: PerformancePlan(
                "199001012015031001",
                Period.year(year),
                [
                    PlanItem(item.indicator, item.target, weight, key=f"IKI-{n}")
                    for n, (item, weight) in enumerate(zip(drawn, weights, strict=True), 1)
                ],
            )
        )

    return plan_weights(min_items=min_items, max_items=max_items).flatmap(build)


def cascades(*, max_units: int = 3, max_individuals: int = 6) -> st.SearchStrategy[Cascade]:
    """Three-level cascades: one organisation IKU, unit indicators, individual indicators.

    Some units and individuals may be left unlinked, so the "unsupported" and "unlinked"
    questions have interesting answers.

    Args:
        max_units: The most unit indicators.
        max_individuals: The most individual indicators.
    """
    organisation = indicators(level=IndicatorLevel.ORGANISATION)
    individual = indicators(level=IndicatorLevel.INDIVIDUAL)

    def build(
        units: list[Indicator], people: list[tuple[Indicator, int | None]], org: Indicator
    ) -> Cascade:
        nodes = [CascadeNode("IKU-1", org, "Pemda")]
        nodes += [CascadeNode(f"UNIT-{n}", ind, f"Unit {n}") for n, ind in enumerate(units, 1)]
        links = [CascadeLink(f"UNIT-{n}", "IKU-1") for n in range(1, len(units) + 1)]
        for n, (ind, parent) in enumerate(people, 1):
            nodes.append(CascadeNode(f"IKI-{n}", ind, f"pegawai-{n}"))
            if parent is not None and units:
                links.append(CascadeLink(f"IKI-{n}", f"UNIT-{parent % len(units) + 1}"))
        return Cascade(nodes, links)

    return st.builds(
        build,
        st.lists(organisation, max_size=max_units),
        st.lists(st.tuples(individual, st.none() | st.integers(0, 10)), max_size=max_individuals),
        organisation,
    )


def pp46_activities(*, with_cost: bool | None = None) -> st.SearchStrategy[Activity]:
    """PP 46/2011 SKP activities (`Activity`): targets and realisations, with or without cost.

    Shrinks towards an activity realised exactly as targeted (1 output in 1 month, quality 0).
    Realised months run up to twice the target, so the time score's negative range (beyond
    1.76 × the target) and the 76 % boundary are both reachable.

    Args:
        with_cost: `True`: always with a targeted cost; `False`: never; `None`: either.
    """

    def build(
        *,
        target_output: Decimal,
        output_ratio: Decimal,
        quality: Decimal,
        target_months: int,
        month_ratio: Decimal,
        cost: tuple[int, Decimal] | None,
    ) -> Activity:
        return Activity(
            target_output=target_output,
            realised_output=target_output * output_ratio,
            realised_quality=quality,
            target_months=target_months,
            realised_months=target_months * month_ratio,
            target_cost=None if cost is None else cost[0],
            realised_cost=None if cost is None else cost[0] * cost[1],
        )

    costs: st.SearchStrategy[tuple[int, Decimal] | None] = st.tuples(
        st.integers(1, 10**10), decimals(min_value=0, max_value=2, places=2)
    )
    if with_cost is None:
        costs = st.none() | costs
    elif with_cost is False:
        costs = st.none()
    ratios = st.one_of(st.just(Decimal(1)), decimals(min_value=0, max_value=2, places=2))
    return st.builds(
        build,
        target_output=decimals(min_value=1, max_value=1000, places=0),
        output_ratio=ratios,
        quality=decimals(min_value=0, max_value=100, places=2),
        target_months=st.integers(1, 12),
        month_ratio=ratios,
        cost=costs,
    )


def pp46_behaviour_scores(
    *, structural: bool = False
) -> st.SearchStrategy[dict[BehaviourAspect, Decimal]]:
    """PP 46/2011 behaviour aspect scores (0-100), for `pp46_2011.behaviour_score`.

    Args:
        structural: Include `BehaviourAspect.LEADERSHIP` (the aspects of a structural official).
    """
    aspects = [a for a in BehaviourAspect if structural or a is not BehaviourAspect.LEADERSHIP]
    score = decimals(min_value=0, max_value=100, places=2)
    return st.fixed_dictionaries(dict.fromkeys(aspects, score))


def pp46_categories() -> st.SearchStrategy[PerformanceCategory]:
    """Any PP 46/2011 `PerformanceCategory`, shrinking towards *Baik*."""
    ordinary_first = [PerformanceCategory.GOOD, *PerformanceCategory]
    return st.sampled_from(list(dict.fromkeys(ordinary_first)))


def pp46_creativity_levels() -> st.SearchStrategy[CreativityLevel]:
    """Any PP 46/2011 `CreativityLevel`, shrinking towards *Unit Kerja*."""
    return st.sampled_from(list(CreativityLevel))


def pp46_gap_rules() -> st.SearchStrategy[BandGapRule]:
    """Any `BandGapRule`, shrinking towards the national default (lower edge)."""
    return st.sampled_from(list(BandGapRule))


def pp46_weights() -> st.SearchStrategy[PerformanceWeights]:
    """`PerformanceWeights` adding up to 100, shrinking towards the national 60/40."""
    skp = decimals(min_value=0, max_value=100, places=2)
    return st.one_of(
        st.just(PerformanceWeights(60, 40)),
        skp.map(lambda weight: PerformanceWeights(weight, 100 - weight)),
    )


# PP 30/2019 + PermenPANRB 8/2021 (kinerja_core.legacy.pp30_2019) ------------------------------

_PP30_ORDINARY_FIRST = (
    Pp30Predicate.GOOD,
    Pp30Predicate.FAIR,
    Pp30Predicate.VERY_GOOD,
    Pp30Predicate.POOR,
    Pp30Predicate.VERY_POOR,
)
_PP30_EDGES = (50, 59, 60, 70, 79, 80, 90, 99, 100, 101, 110, 120)
_PP30_NUDGES = (Decimal("-0.5"), Decimal("-0.01"), Decimal(0), Decimal("0.01"), Decimal("0.5"))


def pp30_predicates() -> st.SearchStrategy[Pp30Predicate]:
    """Any PP 30/2019 `Pp30Predicate`, shrinking towards *Baik*."""
    return st.sampled_from(_PP30_ORDINARY_FIRST)


def _with_edges(
    values: st.SearchStrategy[Decimal], low: Decimal, high: Decimal
) -> st.SearchStrategy[Decimal]:
    near = sorted(
        v
        for v in {Decimal(edge) + nudge for edge in _PP30_EDGES for nudge in _PP30_NUDGES}
        if low <= v <= high
    )
    return st.one_of(values, st.sampled_from(near)) if near else values


def pp30_scores(
    *,
    min_value: Decimal | int | str = 0,
    max_value: Decimal | int | str = 120,
    places: int = 2,
) -> st.SearchStrategy[Decimal]:
    """Scores on the PP 30/2019 scale (0-120 by default), often at or next to a band edge.

    Args:
        min_value: The smallest score.
        max_value: The largest score.
        places: The maximum number of digits after the point.
    """
    low, high = to_decimal(min_value, field="min_value"), to_decimal(max_value, field="max_value")
    return _with_edges(decimals(min_value=low, max_value=high, places=places), low, high)


def pp30_achievements(
    *,
    min_value: Decimal | int | str = 0,
    max_value: Decimal | int | str = 150,
    places: int = 4,
) -> st.SearchStrategy[Decimal]:
    """Achievements (capaian) in percent, often at or next to a category edge (e.g. 99.99).

    Args:
        min_value: The smallest achievement.
        max_value: The largest achievement.
        places: The maximum number of digits after the point.
    """
    low, high = to_decimal(min_value, field="min_value"), to_decimal(max_value, field="max_value")
    return _with_edges(decimals(min_value=low, max_value=high, places=places), low, high)


def pp30_bands(*, bounded: bool = True) -> st.SearchStrategy[Band]:
    """Valid `Band`s with every combination of inclusive and exclusive edges.

    Args:
        bounded: Always give an upper edge (otherwise sometimes `None`).
    """

    def build(lower: Decimal, width: Decimal | None, closed: tuple[bool, bool]) -> Band:
        if width is None:
            return Band(lower, None, closed[0], False)
        if width == 0:
            return Band(lower, lower, True, True)
        return Band(lower, lower + width, *closed)

    widths = decimals(max_value=100)
    return st.builds(
        build,
        decimals(max_value=200),
        widths if bounded else st.one_of(widths, st.none()),
        st.tuples(st.booleans(), st.booleans()).map(lambda pair: (not pair[0], pair[1])),
    )


def pp30_linear_formulas() -> st.SearchStrategy[LinearFormula]:
    """Valid, never-falling `LinearFormula`s (constant ones included)."""

    def build(start: Decimal, run: Decimal, low: Decimal, rise: Decimal) -> LinearFormula:
        return LinearFormula(start, start + run, low, low + (rise if run else 0))

    return st.builds(
        build,
        decimals(max_value=150),
        decimals(max_value=50),
        decimals(max_value=120),
        decimals(max_value=50),
    )


def pp30_score_weights() -> st.SearchStrategy[ScoreWeights]:
    """`ScoreWeights` whose two weights add up to 100, shrinking towards 0/100."""
    return decimals(max_value=100).map(lambda skp: ScoreWeights(skp, 100 - skp))


def pp30_achievement_caps() -> st.SearchStrategy[AchievementCap]:
    """`AchievementCap`s: a threshold (0-200 %) and the value given above it (0-120)."""
    return st.builds(AchievementCap, decimals(max_value=200), decimals(max_value=120))


def pp30_maximum_attainable_rules() -> st.SearchStrategy[MaximumAttainableRule]:
    """`MaximumAttainableRule`s, shrinking towards 0 % → 0 (Baik)."""
    return st.builds(
        MaximumAttainableRule,
        decimals(max_value=200),
        decimals(max_value=120),
        pp30_predicates(),
    )


def _pp30_names() -> st.SearchStrategy[str | None]:
    return st.none() | _WORDS


def pp30_main_items() -> st.SearchStrategy[MainItem]:
    """Single `MainItem`s: a value on the 0-120 scale and a weight in (0, 100]."""
    return st.builds(
        MainItem,
        pp30_scores(),
        decimals(min_value="0.01", max_value=100),
        _pp30_names(),
    )


def pp30_main_item_lists(*, max_size: int = 5) -> st.SearchStrategy[list[MainItem]]:
    """Lists of 1 to `max_size` `MainItem`s whose weights add up to exactly 100.

    Args:
        max_size: The most items.
    """

    def build(cuts: list[int], values: list[Decimal]) -> list[MainItem]:
        edges = [0, *sorted(cuts), 10_000]
        return [
            MainItem(value, Decimal(edges[n + 1] - edges[n]).scaleb(-2))
            for n, value in enumerate(values)
        ]

    def of_size(n: int) -> st.SearchStrategy[list[MainItem]]:
        return st.builds(
            build,
            st.lists(st.integers(1, 9_999), min_size=n - 1, max_size=n - 1, unique=True),
            st.lists(pp30_scores(), min_size=n, max_size=n),
        )

    return st.integers(1, max_size).flatmap(of_size)


def pp30_additional_items() -> st.SearchStrategy[AdditionalItem]:
    """`AdditionalItem`s: a value on the 0-120 scale, a category and a scope weight in (0, 100]."""
    return st.builds(
        AdditionalItem,
        pp30_scores(),
        pp30_predicates(),
        decimals(min_value="0.01", max_value=100),
        _pp30_names(),
    )


def performance_cases(
    *, year: int = 2024, max_items: int = 4
) -> st.SearchStrategy[PerformanceCase]:
    """PermenPANRB 6/2022 cases that evaluate.

    Each has a valid plan, a realisation for every item and a complete set of behaviour
    judgements (the work-result rating is proposed from the plan's achievement).

    Args:
        year: The plan's year.
        max_items: The most plan items.
    """

    def build(plan: PerformancePlan) -> st.SearchStrategy[PerformanceCase]:
        values = st.tuples(*(realisations(max_value=2000) for _ in plan.items))
        return st.builds(
            lambda found, judgements: PerformanceCase(
                plan,
                behaviour=judgements,
                realisations={item.key: v for item, v in zip(plan.items, found, strict=True)},
            ),
            values,
            behaviour_judgement_sets(),
        )

    return performance_plans(year=year, max_items=max_items).flatmap(build)


def band_tables(
    values: st.SearchStrategy[Any] | None = None,
    *,
    max_bands: int = 6,
    monotone: bool = False,
) -> st.SearchStrategy[BandTable[Any]]:
    """Valid `BandTable`s with every kind of edge.

    Inner edges are inclusive on either side or single-point bands (`x = 5`); the ends are
    bounded (inclusive or exclusive) or unbounded. Shrinks towards one band over every number.

    Args:
        values: The strategy for the rows' values (default: small integers).
        max_bands: The most inner edges plus one (point bands add a row each).
        monotone: Give rows rising values (by `rank`, or as numbers) and declare
            `monotone="increasing"`.
    """
    row_values = values if values is not None else st.integers(min_value=0, max_value=9)

    @st.composite
    def build(draw: st.DrawFn) -> BandTable[Any]:
        inner = draw(
            st.lists(
                decimals(min_value=-100, max_value=200, places=2),
                max_size=max_bands - 1,
                unique=True,
            ).map(sorted)
        )
        kinds = [draw(st.sampled_from(["lower", "upper", "point"])) for _ in inner]
        anchor_low = inner[0] if inner else Decimal(0)
        anchor_high = inner[-1] if inner else Decimal(0)
        gap = decimals(min_value="0.01", max_value=50, places=2)
        lower = draw(st.none() | gap.map(lambda g: anchor_low - g))
        upper = draw(st.none() | gap.map(lambda g: anchor_high + g))
        low_closed = lower is not None and draw(st.booleans())
        high_closed = upper is not None and draw(st.booleans())
        edges: list[tuple[Decimal | None, Decimal | None, bool, bool]] = []
        start, start_closed = lower, low_closed
        for edge, kind in zip(inner, kinds, strict=True):
            edges.append((start, edge, start_closed, kind == "upper"))
            if kind == "point":
                edges.append((edge, edge, True, True))
            start, start_closed = edge, kind == "lower"
        edges.append((start, upper, start_closed, high_closed))
        chosen = draw(st.lists(row_values, min_size=len(edges), max_size=len(edges)))
        if monotone:
            chosen.sort(key=rank_of)
        bands = tuple(
            TableBand(value, low, high, closed_low, closed_high)
            for value, (low, high, closed_low, closed_high) in zip(chosen, edges, strict=True)
        )
        return BandTable(bands, monotone="increasing" if monotone else None)

    return build()


def lookup_matrices(
    axes: tuple[type[enum.Enum], ...],
    values: st.SearchStrategy[Any],
) -> st.SearchStrategy[LookupMatrix[Any]]:
    """`LookupMatrix`es over the given enum axes, with a value drawn for every combination.

    Args:
        axes: The enum of each axis.
        values: The strategy for each cell.
    """
    keys = [key if len(axes) > 1 else key[0] for key in product(*axes)]
    return st.lists(values, min_size=len(keys), max_size=len(keys)).map(
        lambda chosen: LookupMatrix(axes, dict(zip(keys, chosen, strict=True)))
    )


_POTENTIALS_ORDINARY_FIRST = (Potential.MEDIUM, Potential.HIGH, Potential.LOW)


def potentials() -> st.SearchStrategy[Potential]:
    """Any `Potential` (talent 9-box), shrinking towards *Menengah*."""
    return st.sampled_from(_POTENTIALS_ORDINARY_FIRST)


def follow_ups() -> st.SearchStrategy[FollowUp]:
    """Any `FollowUp` (a talent-box action or a development step)."""
    return st.sampled_from(FollowUp)


def talent_inputs() -> st.SearchStrategy[tuple[Rating, Potential]]:
    """The inputs of the talent 9-box: a `(performance, potential)` pair."""
    return st.tuples(ratings(), potentials())


def potential_bands() -> st.SearchStrategy[BandTable[Potential]]:
    """Valid potential-score bands for `TALENT_POTENTIAL_BANDS`: 0-100, levels never falling.

    Two inner edges (lower edges inclusive) split 0-100 into Rendah, Menengah and Tinggi; an
    institution's own table, as a what-if experiment or a test of an app, would look alike.
    """
    edges = st.lists(
        decimals(min_value="0.01", max_value="99.99", places=2), min_size=2, max_size=2, unique=True
    ).map(sorted)
    return edges.map(
        lambda pair: BandTable.from_lower_edges(
            [(0, Potential.LOW), (pair[0], Potential.MEDIUM), (pair[1], Potential.HIGH)],
            upper=100,
            monotone="increasing",
        )
    )


def development_cases(*, max_indicators: int = 4) -> st.SearchStrategy[DevelopmentCase]:
    """Development cases: a predikat (or none), achievements, per-value judgements or scores.

    Achievements are exact (decimals with up to two places, or thirds); each core value is
    judged by a `Rating` or scored on the national 1-3 scale (also exactly, e.g. 5/3).

    Args:
        max_indicators: The most indicators with an achievement.
    """
    achievement = decimals(min_value=0, max_value=150, places=2) | st.integers(0, 450).map(
        lambda n: Fraction(n, 3)
    )
    score = st.integers(3, 9).map(lambda n: Fraction(n, 3))
    judged: st.SearchStrategy[Rating | Fraction] = ratings() | score
    keys = st.sampled_from(["IKI-1", "IKI-2", "IKI-3", "IKI-4", "IKI-5", "IKI-6"])
    return st.builds(
        lambda predicate, previous, found, behaviour: DevelopmentCase(
            predicate, found, behaviour, previous_predicate=previous
        ),
        st.none() | predicates(),
        st.none() | predicates(),
        st.dictionaries(keys, achievement, max_size=max_indicators),
        st.dictionaries(core_values(), judged, max_size=len(CoreValue)),
    )


def as_document(value: Document) -> str:
    """A generated value as JSON text, to print a failing example as a replayable document.

    Call it inside a property test with `hypothesis.note(as_document(case))`: when the test
    fails, hypothesis prints the case as a document, which `python -m kinerja_core evaluate
    case.json` replays and which `PerformanceCase.from_dict` reads back.

    Args:
        value: A value type of the library (a case, a plan, an indicator, …).

    Returns:
        Indented JSON text of `value.to_dict()`.
    """
    return json.dumps(value.to_dict(), ensure_ascii=False, indent=1)


# --------------------------------------------------------------------------------------------
# Organisation performance (IKU, SAKIP, SE MenPANRB 3/2023's distribution pattern)
# --------------------------------------------------------------------------------------------


def organisation_predicates() -> st.SearchStrategy[OrganisationPredicate]:
    """Organisation predikat, shrinking towards Baik."""
    return st.sampled_from(
        (
            OrganisationPredicate.GOOD,
            OrganisationPredicate.EXCEPTIONAL,
            OrganisationPredicate.NEEDS_IMPROVEMENT,
            OrganisationPredicate.POOR,
            OrganisationPredicate.VERY_POOR,
        )
    )


def sakip_grades() -> st.SearchStrategy[SakipGrade]:
    """SAKIP grades (AA to D)."""
    return st.sampled_from(SakipGrade)


def lke_components() -> st.SearchStrategy[LkeComponent]:
    """The components of the SAKIP evaluation worksheet (LKE)."""
    return st.sampled_from(LkeComponent)


def sakip_scores(*, places: int = 2) -> st.SearchStrategy[Decimal]:
    """SAKIP scores from 0 to 100 with up to `places` decimals (edges such as 90 included).

    Args:
        places: The most decimal places.
    """
    edges = st.sampled_from([Decimal(edge) for edge in (0, 30, 50, 60, 70, 80, 90, 100)])
    scaled = st.integers(0, 100 * 10**places).map(lambda n: Decimal(n).scaleb(-places))
    return st.one_of(edges, scaled)


def employee_populations(
    *, min_size: int = 1, max_size: int = 30
) -> st.SearchStrategy[list[Predicate]]:
    """A unit's employee predikat (one per employee), shrinking towards small units of Baik.

    Args:
        min_size: The fewest employees (at least 1).
        max_size: The most employees.
    """
    return st.lists(
        st.sampled_from(_PREDICATES_ORDINARY_FIRST), min_size=max(1, min_size), max_size=max_size
    )


def clauses() -> st.SearchStrategy[Clause]:
    """Clauses of a distribution pattern: a bound on the share of one or more predikat."""
    groups = st.lists(st.sampled_from(Predicate), min_size=1, max_size=3, unique=True)
    shares = st.integers(0, 100).map(Decimal)
    return st.one_of(
        st.builds(
            Clause, groups, st.sampled_from([Bound.AT_LEAST, Bound.AT_MOST, Bound.MOST]), shares
        ),
        st.builds(lambda group: Clause(group, Bound.SOME), groups),
    )


def distribution_rules(*, max_clauses: int = 3) -> st.SearchStrategy[DistributionRule]:
    """Distribution rules whose clauses count the same predikat or disjoint ones.

    Args:
        max_clauses: The most clauses.
    """

    def disjoint(found: list[Clause]) -> DistributionRule:
        kept: list[Clause] = []
        for clause in found:
            group = set(clause.predicates)
            if all(group == set(c.predicates) or not group & set(c.predicates) for c in kept):
                kept.append(clause)
        return DistributionRule(tuple(kept))

    return st.lists(clauses(), max_size=max_clauses).map(disjoint)


def distribution_readings() -> st.SearchStrategy[DistributionReadings]:
    """Readings of the pattern's open points, shrinking towards the national defaults."""
    return st.builds(
        DistributionReadings,
        st.booleans(),
        st.integers(1, 3),
        st.sampled_from((ShareRounding.CONSERVATIVE, ShareRounding.NEAREST, ShareRounding.LENIENT)),
    )


def organisation_plans(
    *, year: int = 2024, min_items: int = 1, max_items: int = 4, weighted: bool | None = None
) -> st.SearchStrategy[OrganisationPlan]:
    """Valid performance agreements (Perjanjian Kinerja) of a unit: IKU with unique keys.

    Args:
        year: The agreement's year.
        min_items: The fewest indicators.
        max_items: The most indicators.
        weighted: Whether the weights are set (adding up to 100) or all left out (equal
            weights); default: either.
    """

    def build(weights: list[Decimal], equal: bool) -> st.SearchStrategy[OrganisationPlan]:
        items = st.lists(plan_items(), min_size=len(weights), max_size=len(weights))
        units = st.sampled_from(["Dinas Pendidikan", "Kecamatan Salor", "Bappeda", "Inspektorat"])
        return st.builds(
            lambda drawn, unit: OrganisationPlan(
                unit,
                Period.year(year),
                [
                    PlanItem(
                        Indicator(
                            item.indicator.name,
                            item.indicator.unit,
                            item.indicator.polarity,
                            item.indicator.aggregation,
                            IndicatorLevel.ORGANISATION,
                            cap=item.indicator.cap,
                            floor=item.indicator.floor,
                        ),
                        item.target,
                        None if equal else weight,
                        key=f"IKU-{n}",
                    )
                    for n, (item, weight) in enumerate(zip(drawn, weights, strict=True), 1)
                ],
            ),
            items,
            units,
        )

    equal = st.booleans() if weighted is None else st.just(not weighted)
    return st.tuples(plan_weights(min_items=min_items, max_items=max_items), equal).flatmap(
        lambda pair: build(*pair)
    )


def predicate_changes() -> st.SearchStrategy[PredicateChange]:
    """Suggested changes of an employee's predikat (flagged as a calibration would flag them)."""
    return st.builds(
        lambda key, current, proposed: PredicateChange(
            key, current, proposed, needs_finding(current, proposed)
        ),
        st.text(alphabet="0123456789", min_size=1, max_size=18),
        predicates(),
        predicates(),
    ).filter(lambda change: change.current is not change.proposed)


def distribution_checks(*, max_size: int = 30) -> st.SearchStrategy[DistributionCheck]:
    """Verdicts of the distribution check (national rules) on generated units.

    Args:
        max_size: The most employees of a unit.
    """
    return st.builds(
        check_distribution, organisation_predicates(), employee_populations(max_size=max_size)
    )


def calibration_proposals(*, max_size: int = 30) -> st.SearchStrategy[CalibrationProposal]:
    """Calibration proposals (national rules) for generated units.

    Args:
        max_size: The most employees of a unit.
    """
    return st.builds(
        propose_calibration, organisation_predicates(), employee_populations(max_size=max_size)
    )
