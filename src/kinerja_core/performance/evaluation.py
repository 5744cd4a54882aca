"""Employee evaluation under PermenPANRB 6/2022: ratings, predikat, periodic and annual.

An evaluation of one employee for one period produces, under PermenPANRB 6/2022:

1. the **work-result rating** (*rating hasil kerja*): the supervisor's judgement when given;
   for a unit head, the rating of the unit they lead; otherwise the documented, overridable
   proposal from the plan's weighted achievement
   ([`propose_work_result_rating`][kinerja_core.propose_work_result_rating]);
2. the **behaviour rating** (*rating perilaku kerja*): given directly, or aggregated from the
   raters' BerAKHLAK judgements ([`behaviour_rating`][kinerja_core.behaviour_rating]);
3. the **predikat** from the two ratings through the matrix.

Employees to whom performance planning does not apply (pejabat negara, diberhentikan sementara,
cuti di luar tanggungan negara, masa persiapan pensiun, tugas belajar) get a clear
*not evaluated* outcome, never a predikat.

The annual predikat from periodic evaluations follows a named rule
([`AnnualRule`][kinerja_core.performance.AnnualRule]); the regulation is silent, so the default
(month weighted) is a documented policy choice a Pemda can override.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final, cast

import attrs

from kinerja_core.core._frozen import FrozenMap, trusted_constructor
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import (
    a_date,
    enum_repr,
    instance_of,
    member_of,
    non_blank,
    tuple_of,
)
from kinerja_core.core.documents import (
    Document,
    mapping_of,
    optional,
    optional_label,
    public_type,
    resolve_label,
    union_of,
)
from kinerja_core.core.errors import InvalidValueError, KinerjaError, ValidationError
from kinerja_core.core.explain import NO_STEPS, Explainable, Explanation, Recipe, Step, Text, Trace
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.numbers import Ratio, publish, round_half_up, to_decimal
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.performance._lean import lean_evaluation
from kinerja_core.performance.aggregation import (
    MissingPeriods,
    PeriodicRealisation,
    periodic_series,
)
from kinerja_core.performance.behaviour import BehaviourAssessment, assess_behaviour
from kinerja_core.performance.behaviour_specs import BehaviourAggregation, BehaviourJudgement
from kinerja_core.performance.plans import (
    PerformancePlan,
    PlanAchievement,
    Realisation,
    checked_realisations,
    plan_steps,
    weigh_plan,
)
from kinerja_core.performance.predicate import predicate_of
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.performance.work_result import proposal, unit_head
from kinerja_core.periods.employment import months_exact
from kinerja_core.periods.period import Period
from kinerja_core.regimes.timeline_specs import Regime

if TYPE_CHECKING:
    from kinerja_core.interop.siasn import SiasnPerformanceCodes
from kinerja_core.performance.evaluation_specs import (
    ANNUAL_PREDICATE_RULE,
    EXEMPTIONS,
    AnnualRule,
    EvaluationStatus,
    Exemption,
    _check_annual_rule,
)

__all__ = [
    "ANNUAL_PREDICATE_RULE",
    "EXEMPTIONS",
    "AnnualRule",
    "Evaluation",
    "EvaluationStatus",
    "Exemption",
    "PerformanceCase",
    "annual_evaluation",
    "evaluate_performance",
]


_PERMENPANRB_6_2022 = Citation(
    "PermenPANRB 6/2022",
    "Pasal 5; evaluasi kinerja pegawai",
    Text(
        "Tahapan pengelolaan kinerja, sebagaimana dikutip sumber sekunder.",
        "The stages of performance management, as quoted by secondary sources.",
    ),
    confidence=Confidence.SECONDARY,
)
_WORK_RESULT_GIVEN = Text(
    "Rating hasil kerja ditetapkan oleh pejabat penilai kinerja",
    "Work-result rating given by the performance manager",
)
_BEHAVIOUR_GIVEN = Text("Rating perilaku kerja ditetapkan", "Behaviour rating given")


_REGIME_FACT = Text("Rezim penilaian", "Regime")
_WORK_RESULT_FACT = Text("Rating hasil kerja", "Work-result rating")
_BEHAVIOUR_FACT = Text("Rating perilaku kerja", "Work-behaviour rating")


def _given(text: Text, rating: Rating, fact: Text) -> Step:
    return Step(text, result=rating, citation=_PERMENPANRB_6_2022, fact=fact)


_PREDICATE_TYPES: Final = {
    Regime.PERMENPANRB_6_2022: "performance.ratings.Predicate",
    Regime.PP_30_2019: "legacy.pp30_2019_specs.Pp30Predicate",
    Regime.PP_46_2011: "legacy.pp46_2011_specs.PerformanceCategory",
}
"""The predikat type of each regime, by name (the legacy modules sit above this one)."""


@attrs.frozen
class Evaluation(Explainable, Document):
    """The result of evaluating one employee for one period.

    The explanation is built when `.explanation` is first read (by re-running the same rules
    with their steps recorded); the intermediate values users need are fields.

    Attributes:
        employee: The employee's identifier.
        period: The period evaluated.
        regime: The regime the evaluation was made under.
        status: Evaluated, or not evaluated (see `exemption`).
        predicate: The predikat (`None` when not evaluated). Under PermenPANRB 6/2022 a
            `Predicate`; under the earlier regimes, that regime's category enum.
        work_result: The work-result rating (PermenPANRB 6/2022), if any.
        behaviour: The behaviour rating (PermenPANRB 6/2022), if any.
        score: The numeric score (earlier regimes), if any.
        exemption: Why the employee was not evaluated, if so.
        achievement: The plan's weighted achievement and each item's achievement, when the
            work-result rating was proposed from the realisations.
        proposed_work_result: The work-result rating proposed from the weighted achievement,
            when it was computed.
        behaviour_scores: The score of each BerAKHLAK core value and the overall score (a
            `BehaviourAssessment`), when the behaviour rating was aggregated from judgements.
        explanation: The steps, naming the regime and every citation (built on first read).
    """

    __document_top__ = True

    __document_derived__ = ("weighted_achievement",)

    employee: str = attrs.field(validator=non_blank)
    period: Period = attrs.field(validator=instance_of(Period, "a Period"))
    regime: Regime = attrs.field(validator=member_of(Regime), repr=enum_repr)
    status: EvaluationStatus = attrs.field(validator=member_of(EvaluationStatus), repr=enum_repr)
    predicate: LabelledEnum | None = attrs.field(default=None, metadata={"codec": optional_label()})
    work_result: Rating | None = None
    behaviour: Rating | None = None
    score: Decimal | None = None
    exemption: Exemption | None = None
    achievement: PlanAchievement | None = attrs.field(default=None, repr=False)
    proposed_work_result: Rating | None = attrs.field(default=None, repr=False)
    behaviour_scores: BehaviourAssessment | None = attrs.field(default=None, repr=False)
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False
    )

    @classmethod
    def _document_fields(cls, fields: dict[str, Any]) -> dict[str, Any]:
        """Read the predikat with the enum of the evaluation's regime (documents)."""
        label = fields.get("predicate")
        if label is not None:
            enum_type = cast(type[LabelledEnum], public_type(_PREDICATE_TYPES[fields["regime"]]))
            fields["predicate"] = resolve_label(enum_type, label, "predicate")
        return fields

    @property
    def weighted_achievement(self) -> Decimal | None:
        """The plan's weighted achievement in percent, when it was computed."""
        return None if self.achievement is None else self.achievement.value

    @property
    def evaluated(self) -> bool:
        """Whether the employee was evaluated (has a predikat)."""
        return self.status is EvaluationStatus.EVALUATED

    def to_siasn(self, *, rules: Rules | None = None) -> SiasnPerformanceCodes:
        """The SIASN codes of this evaluation (PermenPANRB 6/2022 evaluations only).

        Args:
            rules: The rules holding the code tables; default: the national rules on the last
                day of the period.

        Returns:
            The codes; `.to_fields()` gives SIASN's field names.

        Raises:
            InvalidValueError: If the evaluation is not an evaluated PermenPANRB 6/2022 one with
                both ratings.
        """
        if self.work_result is None or self.behaviour is None:
            raise InvalidValueError(
                "evaluation",
                self.status.value,
                "SIASN codes need an evaluated PermenPANRB 6/2022 evaluation with both ratings",
                reason_id=(
                    "kode SIASN memerlukan evaluasi menurut PermenPANRB 6/2022 yang sudah "
                    "dinilai, dengan kedua rating"
                ),
                code="not_applicable",
            )
        in_force = rules_or_national(rules, self.period.end)
        # interop sits above performance (it reads Rating and Predicate): imported on use
        from kinerja_core.interop.siasn import siasn_performance_codes  # noqa: PLC0415

        return siasn_performance_codes(self.work_result, self.behaviour, rules=in_force)


_new_evaluation = trusted_constructor(Evaluation)
_new_recipe = tuple.__new__  # Recipe(build, *args) without its Python-level __new__
_REGIME = Regime.PERMENPANRB_6_2022
_EVALUATED = EvaluationStatus.EVALUATED


def _realisations(value: object) -> FrozenMap[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            "realisations",
            value,
            "must map plan item keys to realisations",
            reason_id="harus memetakan kunci butir SKP ke realisasinya",
            code="wrong_type",
        )
    return FrozenMap({key: _series(v) for key, v in value.items()})


def _series(value: object) -> object:
    # Realisations are checked once, here; a bad one is kept as given so that evaluating the
    # case reports it with the item's key. Numbers written as strings are kept as numbers.
    try:
        if isinstance(value, str):
            return to_decimal(value, field="realisations")
        if not isinstance(value, list | tuple):
            return value
        return periodic_series(value)
    except KinerjaError:
        return tuple(value) if isinstance(value, list | tuple) else value


_REALISATIONS_CODEC: Final = optional(
    mapping_of(
        str,
        union_of(
            (bool, bool),
            ((Decimal, int, str), Decimal),
            ((tuple, list), tuple[PeriodicRealisation, ...]),
        ),
    )
)
"""Realisations in a document: per item key a number, `true`/`false`, or a periodic series."""


def _behaviour(value: object) -> Rating | tuple[BehaviourJudgement, ...] | None:
    if value is None or isinstance(value, Rating):
        return value
    return tuple_of(BehaviourJudgement, "a BehaviourJudgement")("behaviour")(value)


@attrs.frozen
class PerformanceCase(Document):
    """What is needed to evaluate one employee for one period under PermenPANRB 6/2022.

    Attributes:
        plan: The employee's performance plan (its period is the period evaluated).
        behaviour: The behaviour rating, or the raters' BerAKHLAK judgements to aggregate.
            May be `None` only for an exempted employee.
        realisations: The plan items' realisations (see `plan_achievement`); needed when the
            work-result rating is proposed from the plan's achievement.
        work_result: The supervisor's work-result rating, when given (it takes precedence over
            the proposal).
        unit_rating: For a unit head, the rating of the unit they lead: it is their work-result
            rating.
        exemption: Why planning does not apply to the employee for the period, if it does not.
        as_of: The evaluation date for periodic realisations (default: the end of the period).
    """

    __document_top__ = True

    plan: PerformancePlan = attrs.field(validator=instance_of(PerformancePlan, "a PerformancePlan"))
    behaviour: Rating | tuple[BehaviourJudgement, ...] | None = attrs.field(
        default=None, converter=_behaviour
    )
    realisations: FrozenMap[str, Realisation] | None = attrs.field(
        default=None, converter=_realisations, metadata={"codec": _REALISATIONS_CODEC}
    )
    work_result: Rating | None = attrs.field(
        default=None, validator=attrs.validators.optional(member_of(Rating))
    )
    unit_rating: Rating | None = attrs.field(
        default=None, validator=attrs.validators.optional(member_of(Rating))
    )
    exemption: Exemption | None = attrs.field(
        default=None, validator=attrs.validators.optional(member_of(Exemption))
    )
    as_of: date | None = attrs.field(default=None, validator=attrs.validators.optional(a_date))

    @property
    def employee(self) -> str:
        """The employee's identifier (from the plan)."""
        return self.plan.employee

    @property
    def period(self) -> Period:
        """The period evaluated (the plan's)."""
        return self.plan.period


def regime_step(regime: Regime, period: Period, *, forced: bool) -> Step:
    """The first step of every evaluation: the regime it was made under.

    Args:
        regime: The regime applied.
        period: The period evaluated.
        forced: Whether the caller forced the regime on a period outside its dates.

    Returns:
        The step naming the regime and why it applies.
    """
    note = Text(
        "dipaksakan oleh pemanggil" if forced else "berlaku pada periode",
        "forced by the caller" if forced else "in force for the period",
    )
    return Step(
        Text(f"Rezim: {regime.value} ({note.id})", f"Regime: {regime.value} ({note.en})"),
        inputs=(("period", period),),
        result=regime,
        fact=_REGIME_FACT,
    )


def evaluate_performance(
    case: PerformanceCase,
    *,
    behaviour_aggregation: BehaviourAggregation | None = None,
    missing: MissingPeriods = MissingPeriods.SKIP,
    rules: Rules | None = None,
    forced: bool = False,
) -> Evaluation:
    """Evaluate one employee for one period under PermenPANRB 6/2022.

    Args:
        case: The plan, realisations, ratings or judgements, and any exemption.
        behaviour_aggregation: How to aggregate behaviour judgements; default: the rules'.
        missing: What to do with unreported periodic realisations.
        rules: The rules; default: the national rules in force on the last day of the period.
        forced: Recorded in the explanation when the caller forced this regime on a period
            outside its dates (see [`evaluate`][kinerja_core.evaluate]).

    Returns:
        The evaluation: predikat, both ratings, the plan's achievement and the behaviour scores
        when computed; the explanation (regime, each rating, the matrix cell, every citation) is
        built when read.

    Raises:
        InvalidValueError: If the case is incomplete (no behaviour, or neither a work-result
            rating, a unit rating nor realisations), a unit head's `work_result` differs from
            the `unit_rating` of the unit they lead, or anything in it is invalid.
        RuleNotInForceError: If a rule needed is not in force on the date of `rules`.
    """
    if not isinstance(case, PerformanceCase):
        raise InvalidValueError(
            "case",
            case,
            "must be a PerformanceCase",
            reason_id="harus berupa PerformanceCase",
            code="wrong_type",
        )
    in_force = rules_or_national(rules, case.period.end)
    return evaluate_case(case, behaviour_aggregation, missing, in_force, forced)


def evaluate_case(
    case: PerformanceCase,
    behaviour_aggregation: BehaviourAggregation | None,
    missing: MissingPeriods,
    rules: Rules,
    forced: bool,
) -> Evaluation:
    """`evaluate_performance` on checked arguments: the lean path when it takes the case.

    Args:
        case: The case.
        behaviour_aggregation: The caller's behaviour rule, or `None` for the rules'.
        missing: What to do with unreported periodic realisations.
        rules: The rules.
        forced: Whether the caller forced the regime (recorded in the explanation).

    Returns:
        The evaluation, the same from either path; the explanation is always built by the
        general path when read.
    """
    recipe = _new_recipe(
        Recipe, (_evaluation_steps, case, behaviour_aggregation, missing, rules, forced)
    )
    lean = lean_evaluation(case, behaviour_aggregation, missing, rules)
    if lean is None:
        return _evaluate(case, behaviour_aggregation, missing, rules, forced, recipe)
    predicate, work_result, behaviour, achieved, proposed, assessment = lean
    plan = case.plan
    return _new_evaluation(
        plan.employee,
        plan.period,
        _REGIME,
        _EVALUATED,
        predicate,
        work_result,
        behaviour,
        None,
        None,
        achieved,
        proposed,
        assessment,
        recipe,
    )


def _evaluation_steps(
    case: PerformanceCase,
    behaviour_aggregation: BehaviourAggregation | None,
    missing: MissingPeriods,
    rules: Rules,
    forced: bool,
) -> Explanation:
    steps: list[Step] = []
    _evaluate(case, behaviour_aggregation, missing, rules, forced, NO_STEPS, steps)
    return Explanation(steps)


def _evaluate(  # noqa: PLR0917 (internal, positional for speed)
    case: PerformanceCase,
    behaviour_aggregation: BehaviourAggregation | None,
    missing: MissingPeriods,
    rules: Rules,
    forced: bool,
    explanation: Explanation | Callable[[], Explanation],
    trace: Trace = None,
) -> Evaluation:
    if trace is not None:
        trace.append(regime_step(Regime.PERMENPANRB_6_2022, case.period, forced=forced))
    if case.exemption is not None:
        return _exempted(case, rules, explanation, trace)
    if case.behaviour is None:
        raise InvalidValueError(
            "behaviour",
            None,
            "needed: a behaviour Rating or the raters' judgements",
            reason_id="wajib diisi: rating perilaku kerja atau penilaian dari para penilai",
            code="missing",
        )
    work_result, achieved, proposed = _work_result(case, missing, rules, trace)
    behaviour, assessment = _behaviour_rating(case.behaviour, behaviour_aggregation, rules, trace)
    predicate = predicate_of(work_result, behaviour, rules=rules, trace=trace)
    return Evaluation(
        case.employee,
        case.period,
        Regime.PERMENPANRB_6_2022,
        EvaluationStatus.EVALUATED,
        predicate=predicate,
        work_result=work_result,
        behaviour=behaviour,
        achievement=achieved,
        proposed_work_result=proposed,
        behaviour_scores=assessment,
        explanation=explanation,
    )


def _work_result(
    case: PerformanceCase, missing: MissingPeriods, rules: Rules, trace: Trace
) -> tuple[Rating, PlanAchievement | None, Rating | None]:
    achieved, proposed = None, None
    if case.unit_rating is not None:
        if case.work_result is not None and case.work_result is not case.unit_rating:
            raise InvalidValueError(
                "work_result",
                case.work_result,
                f"a unit head's work-result rating is the rating of the unit they lead "
                f"({case.unit_rating.value}); leave work_result out or make them agree",
                reason_id=(
                    "rating hasil kerja pimpinan unit adalah rating unit yang dipimpinnya ("
                    f"{case.unit_rating.value}); kosongkan work_result atau samakan keduanya"
                ),
                code="inconsistent",
            )
        work_result = unit_head(case.unit_rating, trace=trace)
    elif case.work_result is not None:
        work_result = case.work_result
        if trace is not None:
            trace.append(_given(_WORK_RESULT_GIVEN, work_result, _WORK_RESULT_FACT))
    elif case.realisations is not None:
        as_of = case.period.end if case.as_of is None else case.as_of
        items, total = weigh_plan(
            case.plan,
            checked_realisations(case.plan, case.realisations),
            as_of=as_of,
            missing=missing,
            rules=rules,
            trace=trace,
        )
        achieved = PlanAchievement(
            items, total, Recipe(plan_steps, case.plan, case.realisations, as_of, missing, rules)
        )
        proposed = work_result = proposal(total, rules=rules, trace=trace)
    else:
        raise InvalidValueError(
            "work_result",
            None,
            "needed: the supervisor's rating, the unit's rating (unit head), or realisations",
            reason_id=(
                "wajib diisi: rating dari atasan, rating unit (bagi pimpinan unit), atau realisasi"
            ),
            code="missing",
        )
    return work_result, achieved, proposed


def _behaviour_rating(
    judged: Rating | tuple[BehaviourJudgement, ...],
    behaviour_aggregation: BehaviourAggregation | None,
    rules: Rules,
    trace: Trace,
) -> tuple[Rating, BehaviourAssessment | None]:
    assessment = None
    if isinstance(judged, Rating):
        behaviour = judged
        if trace is not None:
            trace.append(_given(_BEHAVIOUR_GIVEN, behaviour, _BEHAVIOUR_FACT))
    else:
        assessment = assess_behaviour(judged, aggregation=behaviour_aggregation, rules=rules)
        behaviour = assessment.rating
        if trace is not None:
            trace.extend(assessment.explanation.steps)
    return behaviour, assessment


def _exempted(
    case: PerformanceCase,
    rules: Rules,
    explanation: Explanation | Callable[[], Explanation],
    trace: Trace,
) -> Evaluation:
    exemption = cast(Exemption, case.exemption)
    result = not_evaluated(
        case.employee, case.period, Regime.PERMENPANRB_6_2022, exemption, rules, NO_STEPS
    )
    if trace is not None:
        trace.extend(result.explanation.steps)
    return attrs.evolve(result, explanation=explanation)


def not_evaluated(  # noqa: PLR0917 (one place for every regime's exemption)
    employee: str,
    period: Period,
    regime: Regime,
    exemption: Exemption,
    rules: Rules,
    explanation: Explanation,
) -> Evaluation:
    """The evaluation of an employee to whom planning does not apply (any regime).

    Args:
        employee: The employee's identifier.
        period: The period.
        regime: The regime the case belongs to.
        exemption: Why planning does not apply.
        rules: The rules (their `exemptions` decide).
        explanation: The steps so far (the regime); the exemption's step is appended.

    Returns:
        A *not evaluated* evaluation.

    Raises:
        InvalidValueError: If the exemption is not in force under `rules`.
    """
    exemptions = rules.resolve(EXEMPTIONS)
    if exemption not in exemptions.value:
        raise InvalidValueError(
            "exemption",
            exemption,
            "is not an exemption in force under these rules",
            reason_id="bukan pengecualian yang berlaku menurut aturan ini",
            code="not_in_force",
        )
    step = Step(
        Text(f"Tidak dinilai: {exemption.value}", f"Not evaluated: {exemption.label('en')}"),
        inputs=(("exemption", exemption),),
        parameters=[exemptions.use(exemption, entry=exemption.value)],
        result=EvaluationStatus.NOT_EVALUATED,
        fact=Text(
            f"Status evaluasi ({exemption.value})", f"Evaluation status ({exemption.label('en')})"
        ),
    )
    return Evaluation(
        employee,
        period,
        regime,
        EvaluationStatus.NOT_EVALUATED,
        exemption=exemption,
        explanation=explanation.then(step),
    )


def _evaluations(value: object) -> tuple[Evaluation, ...]:
    items = tuple_of(Evaluation, "an Evaluation")("evaluations")(value)
    if not items:
        raise InvalidValueError(
            "evaluations",
            value,
            "needs at least one periodic evaluation",
            reason_id="memerlukan sedikitnya satu evaluasi periodik",
            code="empty",
        )
    return tuple(sorted(items, key=lambda e: e.period.start))


def _check_year(items: tuple[Evaluation, ...], year: int) -> Period:
    whole_year = Period.year(year)
    problems = []
    employees = {e.employee for e in items}
    if len(employees) > 1:
        problems.append(
            InvalidValueError(
                "evaluations",
                sorted(employees),
                "mix employees",
                reason_id="mencampur pegawai yang berbeda",
                code="inconsistent",
            )
        )
    for item in items:
        if item.regime is not Regime.PERMENPANRB_6_2022:
            problems.append(
                InvalidValueError(
                    "evaluations",
                    item.regime,
                    "only PermenPANRB 6/2022 periods",
                    reason_id="hanya periode menurut PermenPANRB 6/2022",
                    code="wrong_regime",
                )
            )
        if whole_year.intersection(item.period) != item.period:
            problems.append(
                InvalidValueError(
                    "evaluations",
                    item.period.label("en"),
                    f"not within {year}",
                    reason_id=f"tidak berada dalam tahun {year}",
                    code="out_of_range",
                )
            )
    for earlier, later in pairwise(items):
        if later.period.start <= earlier.period.end:
            problems.append(
                InvalidValueError(
                    "evaluations",
                    later.period.label("en"),
                    "periods overlap",
                    reason_id="periodenya tumpang tindih",
                    code="overlap",
                )
            )
    if problems:
        raise ValidationError("evaluations", items, problems)
    return whole_year


def _month_weighted(
    predicates: list[tuple[Evaluation, Predicate]], rules: Rules, trace: Trace
) -> tuple[Predicate, list[tuple[str, object]]]:
    weights = [months_exact(None, e.period, rules=rules, trace=trace) for e, _ in predicates]
    total = Ratio(0)
    ranks = Ratio(0)
    for weight, (_, predicate) in zip(weights, predicates, strict=True):
        total += Ratio.of(weight)
        ranks += Ratio.of(weight) * predicate.rank
    if not total:
        raise InvalidValueError(
            "evaluations",
            [e.period.label("en") for e, _ in predicates],
            "cover no months",
            reason_id="tidak mencakup satu bulan pun",
            code="empty",
        )
    mean = ranks / total
    rank = int(round_half_up(mean.fraction()))  # the policy rounds the mean rank half up
    annual = next(p for p in Predicate if p.rank == rank)
    inputs: list[tuple[str, object]] = [
        (f"{e.period.label('id')} ({publish(w)} bulan)", p)
        for w, (e, p) in zip(weights, predicates, strict=True)
    ]
    inputs.append(("rerata peringkat / mean rank", publish(mean)))
    return annual, inputs


def annual_evaluation(
    evaluations: Iterable[Evaluation],
    year: int,
    *,
    rule: AnnualRule | None = None,
    rules: Rules | None = None,
) -> Evaluation:
    """The annual predikat of an employee from their periodic evaluations of one year.

    Periods may be months, quarters or the parts of a year before and after a job move (each
    with its own plan). Periods marked *not evaluated* are left out; if no period was
    evaluated, the year is *not evaluated*.

    Args:
        evaluations: The employee's PermenPANRB 6/2022 evaluations for periods within `year`
            (non-overlapping).
        year: The year.
        rule: How to combine; default: the rules' `annual_predicate_rule` (month-weighted).
        rules: The rules; default: the national rules in force on 31 December of `year`.

    Returns:
        The annual evaluation (period: the whole year); its explanation, built when read,
        explains each period's part.

    Raises:
        ValidationError: If evaluations are of several employees, other regimes or other years,
            or overlap (all listed at once).
        InvalidValueError: For bad arguments, or (month-weighted) periods that count no month.
    """
    items = _evaluations(evaluations)
    whole_year = _check_year(items, year)
    in_force = rules_or_national(rules, whole_year.end)
    if rule is not None:
        _check_annual_rule(rule)
    recipe = Recipe(_annual_steps, items, whole_year, rule, in_force)
    return _annual(items, whole_year, rule, in_force, recipe)


def _annual_steps(
    items: tuple[Evaluation, ...], whole_year: Period, rule: AnnualRule | None, rules: Rules
) -> Explanation:
    steps: list[Step] = []
    _annual(items, whole_year, rule, rules, NO_STEPS, steps)
    return Explanation(steps)


def _annual(  # noqa: PLR0917 (internal)
    items: tuple[Evaluation, ...],
    whole_year: Period,
    rule: AnnualRule | None,
    rules: Rules,
    explanation: Explanation | Callable[[], Explanation],
    trace: Trace = None,
) -> Evaluation:
    if trace is not None:
        trace.append(regime_step(Regime.PERMENPANRB_6_2022, whole_year, forced=False))
    predicates = [
        (item, item.predicate)
        for item in items
        if item.evaluated and isinstance(item.predicate, Predicate)
    ]
    if not predicates:
        if trace is not None:
            trace.append(
                Step(
                    Text("Tidak ada periode yang dinilai", "No period was evaluated"),
                    inputs=[(e.period.label("id"), e.status) for e in items],
                    result=EvaluationStatus.NOT_EVALUATED,
                    fact=Text("Status evaluasi", "Evaluation status"),
                )
            )
        return Evaluation(
            items[0].employee,
            whole_year,
            Regime.PERMENPANRB_6_2022,
            EvaluationStatus.NOT_EVALUATED,
            explanation=explanation,
        )
    resolved = None
    if rule is None:
        resolved = rules.resolve(ANNUAL_PREDICATE_RULE)
        rule = resolved.value
    if rule is AnnualRule.MONTH_WEIGHTED:
        annual, inputs = _month_weighted(predicates, rules, trace)
    else:
        inputs = [(e.period.label("id"), p) for e, p in predicates]
        if rule is AnnualRule.LAST_PERIOD:
            annual = predicates[-1][1]
        else:
            annual = min((p for _, p in predicates), key=lambda p: p.rank)
    if trace is not None:
        trace.append(
            Step(
                Text(
                    f"Predikat tahunan dari predikat periodik ({rule.value})",
                    f"Annual predikat from the periodic predikat ({rule.label('en')})",
                ),
                inputs=inputs,
                parameters=[] if resolved is None else [resolved.use()],
                result=annual,
                fact=Text("Predikat kinerja tahunan", "Annual performance predicate"),
            )
        )
    return Evaluation(
        items[0].employee,
        whole_year,
        Regime.PERMENPANRB_6_2022,
        EvaluationStatus.EVALUATED,
        predicate=annual,
        explanation=explanation,
    )
