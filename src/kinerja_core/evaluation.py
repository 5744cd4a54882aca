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
([`AnnualRule`][kinerja_core.AnnualRule]); the regulation is silent, so the default (month
weighted) is a documented policy choice a Pemda can override.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Any

import attrs

from kinerja_core._frozen import FrozenMap
from kinerja_core._labels import LabelledEnum
from kinerja_core._rules import rules_or_national
from kinerja_core._validators import (
    a_date,
    enum_repr,
    instance_check,
    instance_of,
    member_of,
    non_blank,
    tuple_of,
)
from kinerja_core.aggregation import MissingPeriods
from kinerja_core.behaviour import (
    BehaviourAggregation,
    BehaviourJudgement,
    explain_behaviour_rating,
)
from kinerja_core.employment import explain_months_covered
from kinerja_core.errors import InvalidValueError, ValidationError
from kinerja_core.exact import divide, exact_product, exact_sum, round_half_up
from kinerja_core.explain import Explanation, Step, Text
from kinerja_core.law import Citation, Confidence
from kinerja_core.parameters import Parameter, ParameterSpec, Rules, Version
from kinerja_core.periods import Period
from kinerja_core.plans import PerformancePlan, Realisation, plan_achievement
from kinerja_core.predicate import explain_performance_predicate
from kinerja_core.ratings import Predicate, Rating
from kinerja_core.regimes import Regime
from kinerja_core.siasn import SiasnPerformanceCodes, siasn_performance_codes
from kinerja_core.work_result import explain_unit_head_work_result, explain_work_result_proposal

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


class EvaluationStatus(LabelledEnum):
    """Whether an employee was evaluated for the period."""

    EVALUATED = "Dinilai"
    NOT_EVALUATED = "Tidak dinilai"

    @classmethod
    def _english(cls) -> dict[EvaluationStatus, str]:
        return {cls.EVALUATED: "Evaluated", cls.NOT_EVALUATED: "Not evaluated"}


class Exemption(LabelledEnum):
    """A situation in which performance planning and evaluation do not apply."""

    STATE_OFFICIAL = "Pejabat negara"
    TEMPORARILY_DISMISSED = "Diberhentikan sementara"
    UNPAID_LEAVE = "Cuti di luar tanggungan negara"
    PRE_RETIREMENT = "Masa persiapan pensiun"
    STUDY_ASSIGNMENT = "Tugas belajar"

    @classmethod
    def _variants(cls) -> dict[str, Exemption]:
        return {"cltn": cls.UNPAID_LEAVE, "mpp": cls.PRE_RETIREMENT}

    @classmethod
    def _english(cls) -> dict[Exemption, str]:
        return {
            cls.STATE_OFFICIAL: "State official",
            cls.TEMPORARILY_DISMISSED: "Temporarily dismissed",
            cls.UNPAID_LEAVE: "Leave outside state responsibility (unpaid leave)",
            cls.PRE_RETIREMENT: "Pre-retirement period",
            cls.STUDY_ASSIGNMENT: "Study assignment",
        }


class AnnualRule(LabelledEnum):
    """How the annual predikat follows from the periodic ones (the regulation is silent)."""

    MONTH_WEIGHTED = "Tertimbang jumlah bulan"
    """The mean of the periodic predikat ranks weighted by the months each covers, rounded
    half-up (the default; handles partial years and job moves)."""
    LAST_PERIOD = "Periode terakhir"
    """The predikat of the last evaluated period."""
    WORST_PERIOD = "Periode terburuk"
    """The lowest periodic predikat."""

    @classmethod
    def _english(cls) -> dict[AnnualRule, str]:
        return {
            cls.MONTH_WEIGHTED: "Month-weighted",
            cls.LAST_PERIOD: "Last period",
            cls.WORST_PERIOD: "Worst period",
        }


def _check_exemptions(value: object) -> frozenset[Exemption]:
    return frozenset(tuple_of(Exemption, "an Exemption")("exemptions")(value))


_check_annual_rule = instance_check(AnnualRule, "annual_predicate_rule", "must be an AnnualRule")


EXEMPTIONS: ParameterSpec[frozenset[Exemption]] = ParameterSpec(
    "exemptions",
    "Situations in which performance planning and evaluation do not apply.",
    _check_exemptions,
)
"""Parameter: the exemptions in force (an employee in one is *not evaluated*)."""

ANNUAL_PREDICATE_RULE: ParameterSpec[AnnualRule] = ParameterSpec(
    "annual_predicate_rule",
    "How the annual predikat follows from the periodic predikat.",
    _check_annual_rule,
)
"""Parameter: the default [`AnnualRule`][kinerja_core.AnnualRule]."""

NATIONAL_PARAMETERS = (
    Parameter(
        EXEMPTIONS,
        [
            Version(
                date(2022, 1, 1),
                frozenset(Exemption),
                Citation(
                    "PermenPANRB 8/2021",
                    "Lampiran (perencanaan kinerja: pengecualian)",
                    "Listed in PermenPANRB 8/2021; believed kept by PermenPANRB 6/2022 "
                    "(not confirmed in its text).",
                    confidence=Confidence.UNCONFIRMED,
                ),
            )
        ],
    ),
    Parameter(
        ANNUAL_PREDICATE_RULE,
        [
            Version(
                date(2022, 1, 1),
                AnnualRule.MONTH_WEIGHTED,
                Citation(
                    "kinerja-core",
                    "annual predikat from periodic predikat",
                    "PermenPANRB 6/2022 requires periodic and annual evaluation but does not say "
                    "how the periodic predikat combine; month-weighted is the library's default.",
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

_PERMENPANRB_6_2022 = Citation(
    "PermenPANRB 6/2022",
    "Pasal 5; evaluasi kinerja pegawai",
    "The stages of performance management, as quoted by secondary sources.",
    confidence=Confidence.SECONDARY,
)


@attrs.frozen
class Evaluation:
    """The result of evaluating one employee for one period.

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
        weighted_achievement: The plan's weighted achievement, when it was computed.
        exemption: Why the employee was not evaluated, if so.
        explanation: The steps, naming the regime and every citation.
    """

    employee: str = attrs.field(validator=non_blank)
    period: Period = attrs.field(validator=instance_of(Period, "a Period"))
    regime: Regime = attrs.field(validator=member_of(Regime), repr=enum_repr)
    status: EvaluationStatus = attrs.field(validator=member_of(EvaluationStatus), repr=enum_repr)
    predicate: LabelledEnum | None = None
    work_result: Rating | None = None
    behaviour: Rating | None = None
    score: Decimal | None = None
    weighted_achievement: Decimal | None = None
    exemption: Exemption | None = None
    explanation: Explanation = attrs.field(factory=Explanation, repr=False)

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
            )
        in_force = rules_or_national(rules, self.period.end)
        return siasn_performance_codes(self.work_result, self.behaviour, rules=in_force)

    def to_dict(self) -> dict[str, Any]:
        """The evaluation as JSON-ready plain data (official labels, exact numbers as strings)."""

        def label(value: LabelledEnum | None) -> str | None:
            return None if value is None else str(value.value)

        return {
            "employee": self.employee,
            "period": self.period.to_dict(),
            "regime": self.regime.value,
            "status": self.status.value,
            "predicate": label(self.predicate),
            "work_result": label(self.work_result),
            "behaviour": label(self.behaviour),
            "score": None if self.score is None else str(self.score),
            "weighted_achievement": None
            if self.weighted_achievement is None
            else str(self.weighted_achievement),
            "exemption": label(self.exemption),
            "explanation": self.explanation.to_dict(),
        }


def _realisations(value: object) -> FrozenMap[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidValueError("realisations", value, "must map plan item keys to realisations")
    return FrozenMap({key: tuple(v) if isinstance(v, list) else v for key, v in value.items()})


def _behaviour(value: object) -> Rating | tuple[BehaviourJudgement, ...] | None:
    if value is None or isinstance(value, Rating):
        return value
    return tuple_of(BehaviourJudgement, "a BehaviourJudgement")("behaviour")(value)


@attrs.frozen
class PerformanceCase:
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

    plan: PerformancePlan = attrs.field(validator=instance_of(PerformancePlan, "a PerformancePlan"))
    behaviour: Rating | tuple[BehaviourJudgement, ...] | None = attrs.field(
        default=None, converter=_behaviour
    )
    realisations: FrozenMap[str, Realisation] | None = attrs.field(
        default=None, converter=_realisations
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
        The evaluation: predikat, both ratings, weighted achievement when computed, and the
        explanation (regime, each rating, the matrix cell, every citation).

    Raises:
        InvalidValueError: If the case is incomplete (no behaviour, or neither a work-result
            rating, a unit rating nor realisations) or anything in it is invalid.
        RuleNotInForceError: If a rule needed is not in force on the date of `rules`.
    """
    if not isinstance(case, PerformanceCase):
        raise InvalidValueError("case", case, "must be a PerformanceCase")
    in_force = rules_or_national(rules, case.period.end)
    explanation = Explanation((regime_step(Regime.PERMENPANRB_6_2022, case.period, forced=forced),))
    if case.exemption is not None:
        exemptions = in_force.resolve(EXEMPTIONS)
        if case.exemption in exemptions.value:
            step = Step(
                Text(
                    f"Tidak dinilai: {case.exemption.value}",
                    f"Not evaluated: {case.exemption.label('en')}",
                ),
                inputs=(("exemption", case.exemption),),
                parameters=[exemptions.use(case.exemption, entry=case.exemption.value)],
                result=EvaluationStatus.NOT_EVALUATED,
            )
            return Evaluation(
                case.employee,
                case.period,
                Regime.PERMENPANRB_6_2022,
                EvaluationStatus.NOT_EVALUATED,
                exemption=case.exemption,
                explanation=explanation.then(step),
            )
        raise InvalidValueError(
            "exemption", case.exemption, "is not an exemption in force under these rules"
        )
    if case.behaviour is None:
        raise InvalidValueError(
            "behaviour", None, "needed: a behaviour Rating or the raters' judgements"
        )
    weighted: Decimal | None = None
    if case.work_result is not None:
        work_result = case.work_result
        explanation = explanation.then(
            Step(
                Text(
                    "Rating hasil kerja ditetapkan oleh pejabat penilai kinerja",
                    "Work-result rating given by the performance manager",
                ),
                result=work_result,
                citation=_PERMENPANRB_6_2022,
            )
        )
    elif case.unit_rating is not None:
        outcome = explain_unit_head_work_result(case.unit_rating)
        work_result, explanation = outcome.rating, explanation + outcome.explanation
    elif case.realisations is not None:
        achieved = plan_achievement(
            case.plan, case.realisations, as_of=case.as_of, missing=missing, rules=in_force
        )
        weighted = achieved.value
        proposal = explain_work_result_proposal(achieved.exact, rules=in_force)
        work_result = proposal.rating
        explanation = explanation + achieved.explanation + proposal.explanation
    else:
        raise InvalidValueError(
            "work_result",
            None,
            "needed: the supervisor's rating, the unit's rating (unit head), or realisations",
        )
    if isinstance(case.behaviour, Rating):
        behaviour = case.behaviour
        explanation = explanation.then(
            Step(
                Text("Rating perilaku kerja ditetapkan", "Behaviour rating given"),
                result=behaviour,
                citation=_PERMENPANRB_6_2022,
            )
        )
    else:
        rated = explain_behaviour_rating(
            case.behaviour, aggregation=behaviour_aggregation, rules=in_force
        )
        behaviour, explanation = rated.rating, explanation + rated.explanation
    predicate = explain_performance_predicate(work_result, behaviour, rules=in_force)
    return Evaluation(
        case.employee,
        case.period,
        Regime.PERMENPANRB_6_2022,
        EvaluationStatus.EVALUATED,
        predicate=predicate.predicate,
        work_result=work_result,
        behaviour=behaviour,
        weighted_achievement=weighted,
        explanation=explanation + predicate.explanation,
    )


def _evaluations(value: object) -> tuple[Evaluation, ...]:
    items = tuple_of(Evaluation, "an Evaluation")("evaluations")(value)
    if not items:
        raise InvalidValueError("evaluations", value, "needs at least one periodic evaluation")
    return tuple(sorted(items, key=lambda e: e.period.start))


def _check_year(items: tuple[Evaluation, ...], year: int) -> Period:
    whole_year = Period.year(year)
    problems = []
    employees = {e.employee for e in items}
    if len(employees) > 1:
        problems.append(InvalidValueError("evaluations", sorted(employees), "mix employees"))
    for item in items:
        if item.regime is not Regime.PERMENPANRB_6_2022:
            problems.append(
                InvalidValueError("evaluations", item.regime, "only PermenPANRB 6/2022 periods")
            )
        if whole_year.intersection(item.period) != item.period:
            problems.append(
                InvalidValueError("evaluations", item.period.label("en"), f"not within {year}")
            )
    for earlier, later in pairwise(items):
        if later.period.start <= earlier.period.end:
            problems.append(
                InvalidValueError("evaluations", later.period.label("en"), "periods overlap")
            )
    if problems:
        raise ValidationError("evaluations", items, problems)
    return whole_year


def _month_weighted(
    predicates: list[tuple[Evaluation, Predicate]], rules: Rules
) -> tuple[Predicate, list[tuple[str, object]], Explanation]:
    explanation = Explanation()
    weights = []
    for evaluation, _ in predicates:
        months = explain_months_covered(None, evaluation.period, rules=rules)
        weights.append(months.months)
        explanation += months.explanation
    total = exact_sum(weights)
    if total == 0:
        raise InvalidValueError(
            "evaluations", [e.period.label("en") for e, _ in predicates], "cover no months"
        )
    ranks = exact_sum(
        exact_product(w, Decimal(p.rank)) for w, (_, p) in zip(weights, predicates, strict=True)
    )
    mean = divide(ranks, total)
    rank = int(round_half_up(mean))
    annual = next(p for p in Predicate if p.rank == rank)
    inputs: list[tuple[str, object]] = [
        (f"{e.period.label('id')} ({w} bulan)", p)
        for w, (e, p) in zip(weights, predicates, strict=True)
    ]
    inputs.append(("rerata peringkat / mean rank", mean))
    return annual, inputs, explanation


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
        The annual evaluation (period: the whole year), explaining each period's part.

    Raises:
        ValidationError: If evaluations are of several employees, other regimes or other years,
            or overlap (all listed at once).
        InvalidValueError: For bad arguments, or (month-weighted) periods that count no month.
    """
    items = _evaluations(evaluations)
    whole_year = _check_year(items, year)
    in_force = rules_or_national(rules, whole_year.end)
    if rule is None:
        resolved = in_force.resolve(ANNUAL_PREDICATE_RULE)
        chosen, uses = resolved.value, [resolved.use()]
    else:
        chosen, uses = _check_annual_rule(rule), []
    header = regime_step(Regime.PERMENPANRB_6_2022, whole_year, forced=False)
    predicates: list[tuple[Evaluation, Predicate]] = []
    for item in items:
        if item.evaluated and isinstance(item.predicate, Predicate):
            predicates.append((item, item.predicate))
    if not predicates:
        step = Step(
            Text("Tidak ada periode yang dinilai", "No period was evaluated"),
            inputs=[(e.period.label("id"), e.status) for e in items],
            result=EvaluationStatus.NOT_EVALUATED,
        )
        return Evaluation(
            items[0].employee,
            whole_year,
            Regime.PERMENPANRB_6_2022,
            EvaluationStatus.NOT_EVALUATED,
            explanation=Explanation((header, step)),
        )
    explanation = Explanation((header,))
    if chosen is AnnualRule.MONTH_WEIGHTED:
        annual, inputs, months = _month_weighted(predicates, in_force)
        explanation += months
    else:
        inputs = [(e.period.label("id"), p) for e, p in predicates]
        if chosen is AnnualRule.LAST_PERIOD:
            annual = predicates[-1][1]
        else:
            annual = min((p for _, p in predicates), key=lambda p: p.rank)
    step = Step(
        Text(
            f"Predikat tahunan dari predikat periodik ({chosen.value})",
            f"Annual predikat from the periodic predikat ({chosen.label('en')})",
        ),
        inputs=inputs,
        parameters=uses,
        result=annual,
    )
    return Evaluation(
        items[0].employee,
        whole_year,
        Regime.PERMENPANRB_6_2022,
        EvaluationStatus.EVALUATED,
        predicate=annual,
        explanation=explanation.then(step),
    )
