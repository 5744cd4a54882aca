"""An organisation's achievement (IKU / Perjanjian Kinerja), its predikat and its head's rating.

A unit's performance agreement (*Perjanjian Kinerja*) lists its key indicators (IKU), each with
a target, a weight and periodic realisations. Each indicator's achievement uses the same
polarity formulas as an employee's (domain reference §2, §8); the unit's achievement is their
weighted sum, exact.

Two points are each institution's choice, so they are parameters with documented national
defaults (policy choices): how the quarters combine
([`IKU_AGGREGATION`][kinerja_core.organisation.IKU_AGGREGATION]; by default each indicator's own
aggregation) and the cap and floor of an IKU's achievement
([`IKU_ACHIEVEMENT_LIMITS`][kinerja_core.organisation.IKU_ACHIEVEMENT_LIMITS]; by default no cap
and a floor of 0 %).

**The organisation predikat** (Istimewa … Sangat Kurang) is set by the leader above from the
achievement and the unit's expectations (SE MenPANRB 3/2023). The library can *propose* one from
the achievement with bands that are a documented default, not regulation
([`ORGANISATION_PREDICATE_BANDS`][kinerja_core.organisation.ORGANISATION_PREDICATE_BANDS]):
Istimewa from 101 %, Baik at 100 %, Butuh Perbaikan from 80 %, Kurang from 60 %, Sangat Kurang
below — the PermenPANRB 8/2021 capaian categories, like the work-result proposal.

**A unit head's work-result rating** is the rating of the unit they lead (PermenPANRB 6/2022 as
quoted by SE MenPANRB 3/2023). The five organisation predikat meet the three ratings through a
mapping no source gives, so it is a parameter marked UNCONFIRMED
([`UNIT_RATING_MAP`][kinerja_core.organisation.UNIT_RATING_MAP]): Istimewa → Di Atas, Baik →
Sesuai, the others → Di Bawah Ekspektasi. Its result is what
[`PerformanceCase.unit_rating`][kinerja_core.PerformanceCase] takes, and with the national
defaults `unit_rating(propose_organisation_predicate(x))` is the work-result rating
[`propose_work_result_rating`][kinerja_core.propose_work_result_rating] gives for `x`.

**Cascading.** The items of an `OrganisationPlan` are `PlanItem`s with keys, so an employee's
plan item `supports` an IKU by its key, and [`Cascade`][kinerja_core.performance.Cascade] links
them (IKU → unit → IKI).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from math import lcm

import attrs

from kinerja_core.core._validators import check_date, instance_of, non_blank, tuple_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError, KinerjaError, ValidationError
from kinerja_core.core.explain import (
    NO_STEPS,
    Explainable,
    Explanation,
    Lang,
    Recipe,
    Step,
    Text,
    Trace,
    explained_by,
    explains_result,
    explains_value,
    render_number,
)
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.numbers import NumberLike, Ratio, exact_number, publish
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.organisation.organisation_specs import (
    IKU_ACHIEVEMENT_LIMITS,
    IKU_AGGREGATION,
    ORGANISATION_PREDICATE_BANDS,
    UNIT_RATING_MAP,
    OrganisationPredicate,
)
from kinerja_core.performance.achievement_formulas import (
    achieve,
    checked_realisation,
    indicator_limits,
)
from kinerja_core.performance.achievement_formulas_specs import (
    ACHIEVEMENT_LIMITS,
    AchievementLimits,
)
from kinerja_core.performance.aggregation import MissingPeriods, periodic_achievement
from kinerja_core.performance.cascading import CascadeNode
from kinerja_core.performance.indicators import Indicator
from kinerja_core.performance.plans import ItemAchievement, PlanItem, Realisation
from kinerja_core.performance.ratings import Rating
from kinerja_core.periods.period import Period

__all__ = [
    "OrganisationAchievement",
    "OrganisationPlan",
    "organisation_achievement",
    "propose_organisation_predicate",
    "unit_rating",
]

_UNIT_HEAD = Citation(
    "PermenPANRB 6/2022",
    Text(
        "evaluasi kinerja (sebagaimana dikutip SE MenPANRB 3/2023)",
        "evaluasi kinerja (as quoted by SE MenPANRB 3/2023)",
    ),
    Text(
        "Rating hasil kerja pimpinan unit kerja adalah rating unit kerja yang dipimpinnya.",
        "A unit head's rating hasil kerja is the rating of the unit they lead.",
    ),
    confidence=Confidence.SECONDARY,
)


def _items(value: object) -> tuple[PlanItem, ...]:
    return tuple_of(PlanItem, "a PlanItem")("items")(value)


@attrs.frozen
class OrganisationPlan(Document):
    """A unit's performance agreement (Perjanjian Kinerja) for a period: its IKU.

    Attributes:
        unit: The unit's (or organisation's) name or code.
        period: The period the agreement covers.
        items: The indicators (IKU), each a `PlanItem` with its target and weight. Either every
            item has a weight and the weights add up to 100, or no item has one (equal weights).
    """

    __document_top__ = True

    unit: str = attrs.field(validator=non_blank)
    period: Period = attrs.field(validator=instance_of(Period, "a Period"))
    items: tuple[PlanItem, ...] = attrs.field(converter=_items)

    def cascade_nodes(self) -> tuple[CascadeNode, ...]:
        """The agreement's IKU as nodes of a cascade, keyed by item key and owned by the unit.

        Employees' plan items that `supports` an IKU key link to it in
        `cascade_from_plans(plan.cascade_nodes(), employee_plans)`.

        Returns:
            One node per item.
        """
        return tuple(CascadeNode(item.key, item.indicator, self.unit) for item in self.items)


def _problems(plan: OrganisationPlan) -> list[KinerjaError]:
    problems: list[KinerjaError] = []
    if not plan.items:
        problems.append(
            InvalidValueError(
                "items",
                (),
                "a performance agreement needs at least one indicator",
                reason_id="perjanjian kinerja memerlukan sedikitnya satu indikator",
                code="empty",
            )
        )
    keys = [item.key for item in plan.items]
    problems.extend(
        InvalidValueError(
            "items",
            key,
            "two indicators have the same key",
            reason_id="dua indikator memiliki kunci yang sama",
            code="duplicate",
        )
        for key in sorted({k for k in keys if keys.count(k) > 1})
    )
    weights = [item.weight for item in plan.items]
    if any(w is not None for w in weights):
        problems.extend(
            InvalidValueError(
                f"items[{item.key}].weight",
                None,
                "every indicator needs a weight when any has one",
                reason_id="setiap indikator memerlukan bobot bila salah satu berbobot",
                code="missing",
            )
            for item in plan.items
            if item.weight is None
        )
        total = sum((w for w in weights if w is not None), Decimal(0))
        if all(w is not None for w in weights) and total != 100:
            problems.append(
                InvalidValueError(
                    "items",
                    total,
                    "the weights must add up to exactly 100",
                    reason_id="jumlah bobotnya harus tepat 100",
                    code="inconsistent",
                )
            )
    return problems


def _weights(plan: OrganisationPlan) -> list[Ratio]:
    if all(item.weight is None for item in plan.items):
        return [Ratio(100, len(plan.items))] * len(plan.items)
    return [Ratio.of(item.weight or Decimal(0)) for item in plan.items]


@attrs.frozen
class OrganisationAchievement(Explainable, Document):
    """A unit's weighted achievement and each IKU's part; its explanation is built when read.

    Attributes:
        unit: The unit.
        items: Each indicator's exact achievement and weight, in the agreement's order.
        ratio: The exact weighted achievement (internal form; read `value` or `exact`).
        explanation: The steps (each IKU, then the weighted sum), built on first read.
    """

    __document_derived__ = ("value",)

    unit: str
    items: tuple[ItemAchievement, ...]
    ratio: Ratio = attrs.field(repr=False)
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False
    )

    @property
    def value(self) -> Decimal:
        """The unit's weighted achievement in percent (published from the exact sum)."""
        return publish(self.ratio)

    @property
    def exact(self) -> Fraction:
        """The exact weighted achievement in percent."""
        return self.ratio.fraction()


def _limits_text(limits: AchievementLimits) -> Text:
    def edge(value: Decimal | None, lang: Lang) -> str:
        if value is None:
            return "tidak ada" if lang == "id" else "none"
        return f"{render_number(value, lang)} %"

    return Text(
        f"batas atas {edge(limits.cap, 'id')}, batas bawah {edge(limits.floor, 'id')}",
        f"cap {edge(limits.cap, 'en')}, floor {edge(limits.floor, 'en')}",
    )


def _indicator(indicator: Indicator, rules: Rules, trace: Trace) -> Indicator:
    """The indicator with the institution's aggregation and limits where it sets none."""
    rule = rules.resolve(IKU_AGGREGATION)
    limits = rules.resolve(IKU_ACHIEVEMENT_LIMITS)
    imposed = rule.value.aggregation
    effective = attrs.evolve(
        indicator,
        aggregation=indicator.aggregation if imposed is None else imposed,
        cap=indicator.cap if indicator.cap is not None else limits.value.cap,
        floor=indicator.floor if indicator.floor is not None else limits.value.floor,
    )
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Aturan agregasi dan batas capaian IKU instansi",
                    "The institution's IKU aggregation and achievement limits",
                ),
                inputs=(
                    ("indicator", indicator),
                    ("aggregation", effective.aggregation),
                ),
                parameters=[rule.use(), limits.use(_limits_text(limits.value))],
            )
        )
    return effective


def weigh_organisation(
    plan: OrganisationPlan,
    realisations: Mapping[str, object],
    *,
    as_of: date,
    missing: MissingPeriods,
    rules: Rules,
    trace: Trace = None,
) -> tuple[tuple[ItemAchievement, ...], Ratio]:
    """Each IKU's exact achievement and the exact weighted sum (checked inputs; the core)."""
    parts: list[ItemAchievement] = []
    terms: list[Ratio] = []
    for item, weight in zip(plan.items, _weights(plan), strict=True):
        if trace is not None:
            trace.append(
                Step(
                    Text(f"IKU: {item.key}", f"IKU: {item.key}"),
                    inputs=(
                        ("indicator", item.indicator),
                        ("polarity", item.indicator.polarity),
                        ("target", item.target),
                        ("weight", publish(weight)),
                    ),
                )
            )
        indicator = _indicator(item.indicator, rules, trace)
        realisation = realisations[item.key]
        if isinstance(realisation, list | tuple):
            exact = periodic_achievement(
                indicator,
                item.target,
                realisation,
                as_of=as_of,
                missing=missing,
                rules=rules,
                trace=trace,
            )
        else:
            realised = Ratio.of(checked_realisation(realisation, indicator.polarity))
            limits = indicator_limits(indicator, rules.resolve(ACHIEVEMENT_LIMITS).value)
            exact = achieve(
                item.target,
                realised,
                indicator.polarity,
                formula=None,
                limits=limits,
                rules=rules,
                trace=trace,
            )
        terms.append(exact * weight)
        reduced = exact.reduced()
        parts.append(ItemAchievement(item.key, publish(weight), reduced.n, reduced.d))
    common = lcm(*(term.d for term in terms))
    total = Ratio(sum(term.n * (common // term.d) for term in terms), common * 100).reduced()
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Capaian kinerja organisasi = Σ capaian IKU × bobot / 100",
                    "Organisation achievement = Σ IKU achievement × weight / 100",
                ),
                inputs=[(f"{p.key} ({p.weight} %)", p.achievement) for p in parts],
                result=publish(total),
                fact=Text("Capaian kinerja organisasi (%)", "Organisation achievement (%)"),
            )
        )
    return tuple(parts), total


def _checked_realisations(plan: OrganisationPlan, realisations: object) -> Mapping[str, object]:
    problems = _problems(plan)
    if not isinstance(realisations, Mapping):
        raise InvalidValueError(
            "realisations",
            realisations,
            "must map indicator keys to realisations",
            reason_id="harus memetakan kunci indikator ke realisasinya",
            code="wrong_type",
        )
    keys = {item.key for item in plan.items}
    problems.extend(
        InvalidValueError(
            f"realisations[{item.key}]",
            None,
            "no realisation given",
            reason_id="realisasi belum diisi",
            code="missing",
        )
        for item in plan.items
        if item.key not in realisations
    )
    problems.extend(
        InvalidValueError(
            "realisations",
            key,
            "not an indicator of the agreement",
            reason_id="bukan indikator perjanjian kinerja ini",
            code="not_found",
        )
        for key in realisations
        if key not in keys
    )
    if problems:
        raise ValidationError("plan", plan, problems)
    return realisations


def _organisation_steps(
    plan: OrganisationPlan,
    realisations: Mapping[str, object],
    as_of: date,
    missing: MissingPeriods,
    rules: Rules,
) -> Explanation:
    steps: list[Step] = []
    weigh_organisation(plan, realisations, as_of=as_of, missing=missing, rules=rules, trace=steps)
    return Explanation(steps)


def organisation_achievement(
    plan: OrganisationPlan,
    realisations: Mapping[str, Realisation],
    *,
    as_of: date | None = None,
    missing: MissingPeriods = MissingPeriods.SKIP,
    rules: Rules | None = None,
) -> OrganisationAchievement:
    """A unit's weighted achievement: Σ IKU achievement × weight / 100, exact.

    Each IKU's periodic realisations combine by the institution's `IKU_AGGREGATION` (nationally
    each indicator's own aggregation), then meet the target by the indicator's polarity; the
    indicator's own cap and floor apply where set, else the institution's
    `IKU_ACHIEVEMENT_LIMITS`.

    Args:
        plan: The unit's performance agreement.
        realisations: For each indicator key, the realisation for the whole period (a number,
            or `True`/`False` for a milestone) or its periodic realisations (a list of
            `PeriodicRealisation` or `(Period, value)`).
        as_of: The evaluation date (default: the last day of the agreement's period).
        missing: What to do with periodic realisations that were not reported.
        rules: The rules; default: the national rules in force on `as_of`.

    Returns:
        The weighted achievement and each IKU's part; the explanation is built when read.

    Raises:
        ValidationError: If the agreement is invalid (no indicator, duplicate keys, weights
            missing or not adding up to 100) or realisations are missing or unknown (all
            listed).
        InvalidValueError: For a bad realisation (see `achievement`).

    Examples:
        >>> from kinerja_core import Indicator, Period, PlanItem
        >>> from kinerja_core.performance import IndicatorLevel
        >>> iku = Indicator(
        ...     "Indeks kepuasan masyarakat", "indeks", level=IndicatorLevel.ORGANISATION
        ... )
        >>> plan = OrganisationPlan("Dinas Contoh", Period.year(2024), [PlanItem(iku, 80)])
        >>> organisation_achievement(plan, {iku.name: 84}).value
        Decimal('105')
    """
    checked = _checked_realisations(plan, realisations)
    day = plan.period.end if as_of is None else check_date(as_of, field="as_of")
    in_force = rules_or_national(rules, day)
    items, total = weigh_organisation(plan, checked, as_of=day, missing=missing, rules=in_force)
    recipe = Recipe(_organisation_steps, plan, checked, day, missing, in_force)
    return OrganisationAchievement(plan.unit, items, total, recipe)


explained_by(explains_result(organisation_achievement))(organisation_achievement)


def predicate_proposal(
    achievement: object, *, rules: Rules | None = None, trace: Trace = None
) -> OrganisationPredicate:
    """The proposed organisation predikat (the one implementation)."""
    if isinstance(achievement, OrganisationAchievement):
        exact: Ratio | Decimal | Fraction = achievement.ratio
    else:
        exact = exact_number(achievement, field="achievement")
    bands = rules_or_national(rules).resolve(ORGANISATION_PREDICATE_BANDS)
    band = bands.value.band_for(exact, field="achievement")
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Usulan predikat kinerja organisasi dari capaiannya; pimpinan di atasnya "
                    "yang menetapkan",
                    "Proposed organisation predikat from its achievement; the leader above sets it",
                ),
                inputs=(("achievement", publish(exact)),),
                parameters=[bands.use(band.interval, entry=band.value.value)],
                result=band.value,
                fact=Text("Usulan predikat organisasi", "Proposed organisation predikat"),
            )
        )
    return band.value


@explained_by(explains_value(predicate_proposal))
def propose_organisation_predicate(
    achievement: OrganisationAchievement | NumberLike | Fraction, *, rules: Rules | None = None
) -> OrganisationPredicate:
    """A proposed organisation predikat for a unit's achievement (a default, not regulation).

    Args:
        achievement: The unit's `OrganisationAchievement`, or its weighted achievement in
            percent (an exact number); compared exactly.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The proposal (nationally: Istimewa from 101 %, Baik from 100 %, Butuh Perbaikan from
        80 %, Kurang from 60 %, else Sangat Kurang).

    Raises:
        InvalidValueError: If the achievement is not an exact finite number.

    Examples:
        >>> propose_organisation_predicate(100), propose_organisation_predicate("79.99")
        (<OrganisationPredicate.GOOD: 'Baik'>, <OrganisationPredicate.POOR: 'Kurang'>)
    """
    return predicate_proposal(achievement, rules=rules)


def unit_rating_of(
    organisation_predicate: object, *, rules: Rules | None = None, trace: Trace = None
) -> Rating:
    """The rating of a unit (the one implementation of `unit_rating`)."""
    if not isinstance(organisation_predicate, OrganisationPredicate):
        raise InvalidValueError(
            "organisation_predicate",
            organisation_predicate,
            "must be an OrganisationPredicate (use OrganisationPredicate.parse for text labels)",
            reason_id="harus berupa OrganisationPredicate (gunakan OrganisationPredicate.parse "
            "untuk label teks)",
            code="wrong_type",
        )
    mapping = rules_or_national(rules).resolve(UNIT_RATING_MAP)
    rating = mapping.value.lookup(organisation_predicate, field="organisation_predicate")
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Rating unit kerja (rating hasil kerja pimpinannya) dari predikat organisasi",
                    "The unit's rating (its head's work-result rating) from the organisation "
                    "predikat",
                ),
                inputs=(("organisation_predicate", organisation_predicate),),
                parameters=[mapping.use(rating, entry=organisation_predicate.value)],
                result=rating,
                citation=_UNIT_HEAD,
                fact=Text("Rating unit kerja", "Rating of the unit"),
            )
        )
    return rating


@explained_by(explains_value(unit_rating_of))
def unit_rating(
    organisation_predicate: OrganisationPredicate, *, rules: Rules | None = None
) -> Rating:
    """The rating of a unit: its head's work-result rating (`PerformanceCase.unit_rating`).

    The five organisation predikat map to the three ratings through `UNIT_RATING_MAP`, an
    UNCONFIRMED parameter (no source gives the mapping).

    Args:
        organisation_predicate: The unit's organisation predikat.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The rating (nationally Istimewa → Di Atas, Baik → Sesuai, else Di Bawah Ekspektasi).

    Raises:
        InvalidValueError: If the argument is not an `OrganisationPredicate`.

    Examples:
        >>> unit_rating(OrganisationPredicate.GOOD)
        <Rating.MEETS_EXPECTATIONS: 'Sesuai Ekspektasi'>
    """
    return unit_rating_of(organisation_predicate, rules=rules)
