"""Performance plans (SKP): an employee's weighted indicators and behaviour expectations.

A [`PerformancePlan`][kinerja_core.PerformancePlan] is an employee's *Sasaran Kinerja Pegawai* for
a period: the indicators of their work results, each with its target and weight, the links to
the superior's or organisation's indicators each supports (cascading / *intervensi*), and the
behaviour expectations (BerAKHLAK, with optional *ekspektasi khusus pimpinan*).

A plan can be built while it is still a draft.
[`plan_problems`][kinerja_core.performance.plan_problems] lists **every** problem at once, as data
(missing weights, weights that do not add up to exactly 100 %, duplicate indicators, links to
indicators that do not exist); [`validate_plan`][kinerja_core.validate_plan] raises them together
as one [`ValidationError`][kinerja_core.ValidationError]. The weighted achievement of a plan
([`plan_achievement`][kinerja_core.plan_achievement]) requires a valid plan.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from math import lcm
from typing import Any, cast

import attrs

from kinerja_core.core._validators import as_tuple, check_date, instance_of, non_blank, tuple_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError, KinerjaError, ValidationError
from kinerja_core.core.explain import NO_STEPS, Explainable, Explanation, Recipe, Step, Text, Trace
from kinerja_core.core.numbers import NumberLike, Ratio, exact_sum, publish
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.performance.achievement_formulas import (
    achieve,
    checked_realisation,
    indicator_limits,
)
from kinerja_core.performance.achievement_formulas_specs import ACHIEVEMENT_LIMITS
from kinerja_core.performance.aggregation import (
    MissingPeriods,
    PeriodicRealisation,
    periodic_achievement,
)
from kinerja_core.performance.behaviour_specs import SpecialExpectations
from kinerja_core.performance.indicators import Indicator, Target, optional_weight
from kinerja_core.periods.period import Period

__all__ = [
    "ItemAchievement",
    "PerformancePlan",
    "PlanAchievement",
    "PlanItem",
    "plan_achievement",
    "plan_problems",
    "validate_plan",
]

_HUNDRED = Decimal(100)
_PERCENT = Ratio(1, 100)


def _supports(value: object) -> tuple[str, ...]:
    items = as_tuple(value, field="supports")
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise InvalidValueError(
                "supports",
                item,
                "each link must be a non-empty indicator key",
                reason_id="setiap tautan harus berupa kunci indikator yang tidak kosong",
                code="blank",
            )
    return items


def _target(value: object) -> Target:
    return Target.of(value)  # type: ignore[arg-type]  # Target checks the number itself


@attrs.frozen
class PlanItem(Document):
    """One work-result indicator of a plan, with its target and weight.

    Attributes:
        indicator: The indicator (IKI).
        target: The target for the plan's period (a plain number means `Target(number)`).
        weight: The weight in percent (0 < weight ≤ 100); `None` while still undecided (a
            validation problem), defaulting to the indicator's own weight.
        supports: Keys of the superior's or organisation's indicators this item supports.
        key: The item's identifier within the plan (default: the indicator's code, else its
            name).
    """

    indicator: Indicator = attrs.field(validator=instance_of(Indicator, "an Indicator"))
    target: Target = attrs.field(converter=_target)
    weight: Decimal | None = attrs.field(default=None, converter=optional_weight)
    supports: tuple[str, ...] = attrs.field(default=(), converter=_supports)
    key: str = attrs.field(validator=non_blank)

    @key.default
    def _key(self) -> str:
        indicator: object = self.indicator
        if isinstance(indicator, Indicator):
            return indicator.code or indicator.name
        return "?"  # the indicator's own validator reports the real problem

    def __attrs_post_init__(self) -> None:
        if self.weight is None and self.indicator.weight is not None:
            object.__setattr__(self, "weight", self.indicator.weight)


def _items(value: object) -> tuple[PlanItem, ...]:
    return tuple_of(PlanItem, "a PlanItem")("items")(value)


@attrs.frozen
class PerformancePlan(Document):
    """An employee's performance plan (SKP) for a period.

    Attributes:
        employee: The employee's identifier (e.g. a NIP).
        period: The period the plan covers.
        items: The work-result indicators, each with target and weight.
        expectations: The leader's special behaviour expectations (ekspektasi khusus
            pimpinan), if any; the BerAKHLAK behaviour guides apply to everyone.
    """

    __document_top__ = True

    employee: str = attrs.field(validator=non_blank)
    period: Period = attrs.field(validator=instance_of(Period, "a Period"))
    items: tuple[PlanItem, ...] = attrs.field(converter=_items)
    expectations: SpecialExpectations = attrs.field(
        factory=SpecialExpectations,
        validator=instance_of(SpecialExpectations, "a SpecialExpectations"),
    )

    def item(self, key: str) -> PlanItem:
        """The item with the given key.

        Args:
            key: The item's key.

        Returns:
            The item.

        Raises:
            InvalidValueError: If no item has that key.
        """
        for candidate in self.items:
            if candidate.key == key:
                return candidate
        valid = ", ".join(item.key for item in self.items)
        raise InvalidValueError(
            "key",
            key,
            f"no such plan item; the plan has: {valid}",
            reason_id=f"butir ini tidak ada dalam SKP; butir SKP: {valid}",
            code="not_found",
        )

    @property
    def total_weight(self) -> Decimal:
        """The sum of the weights that are set."""
        return exact_sum(item.weight for item in self.items if item.weight is not None)


def plan_problems(
    plan: PerformancePlan, *, parent_keys: Iterable[str] | None = None
) -> tuple[KinerjaError, ...]:
    """Every problem of a plan, as data (an empty tuple means the plan is valid).

    Checked: the plan has at least one item; every item has a weight; the weights add up to
    exactly 100 %; no two items share a key; and, when `parent_keys` is given, every link
    points at one of them.

    Args:
        plan: The plan.
        parent_keys: The keys of the indicators the plan's items may support (the superior's
            plan or the organisation's IKU); `None` skips the link check.

    Returns:
        The problems, each a `KinerjaError` naming the field.

    Raises:
        InvalidValueError: If `plan` is not a `PerformancePlan`.
    """
    if not isinstance(plan, PerformancePlan):
        raise InvalidValueError(
            "plan",
            plan,
            "must be a PerformancePlan",
            reason_id="harus berupa PerformancePlan",
            code="wrong_type",
        )
    problems: list[KinerjaError] = []
    if not plan.items:
        problems.append(
            InvalidValueError(
                "items",
                (),
                "a plan needs at least one indicator",
                reason_id="SKP memerlukan sedikitnya satu indikator",
                code="empty",
            )
        )
    for item in plan.items:
        if item.weight is None:
            problems.append(
                InvalidValueError(
                    f"items[{item.key}].weight",
                    None,
                    "missing weight",
                    reason_id="bobot belum diisi",
                    code="missing",
                )
            )
    if plan.items and all(item.weight is not None for item in plan.items):
        total = plan.total_weight
        if total != _HUNDRED:
            problems.append(
                InvalidValueError(
                    "weights",
                    total,
                    "the weights must add up to exactly 100 %",
                    reason_id="jumlah bobot harus tepat 100 %",
                    code="bad_total",
                )
            )
    for key, count in Counter(item.key for item in plan.items).items():
        if count > 1:
            problems.append(
                InvalidValueError(
                    "items",
                    key,
                    f"duplicate indicator ({count} items)",
                    reason_id=f"indikator ganda ({count} butir)",
                    code="duplicate",
                )
            )
    if parent_keys is not None:
        known = set(as_tuple(parent_keys, field="parent_keys"))
        for item in plan.items:
            for link in item.supports:
                if link not in known:
                    problems.append(
                        InvalidValueError(
                            f"items[{item.key}].supports",
                            link,
                            "links to an unknown indicator",
                            reason_id="merujuk ke indikator yang tidak dikenal",
                            code="unknown_link",
                        )
                    )
    return tuple(problems)


def validate_plan(plan: PerformancePlan, *, parent_keys: Iterable[str] | None = None) -> None:
    """Raise every problem of a plan at once.

    Args:
        plan: The plan.
        parent_keys: See `plan_problems`.

    Raises:
        ValidationError: If the plan has any problem; `problems` lists them all.
    """
    problems = plan_problems(plan, parent_keys=parent_keys)
    if problems:
        raise ValidationError("plan", plan, problems)


@attrs.frozen
class ItemAchievement(Document):
    """The achievement of one plan item and its weighted contribution.

    The achievement is kept exact as a numerator and a denominator (lowest terms); read it as
    `achievement` (published `Decimal`) or `exact` (`Fraction`).

    Attributes:
        key: The item's key.
        weight: The item's weight in percent.
        numerator: The numerator of the exact achievement in percent.
        denominator: Its denominator (positive).
    """

    __document_derived__ = ("achievement", "contribution")

    key: str
    weight: Decimal
    numerator: int = attrs.field(repr=False)
    denominator: int = attrs.field(repr=False)

    @property
    def ratio(self) -> Ratio:
        """The exact achievement (the library's internal form)."""
        return Ratio(self.numerator, self.denominator)

    @property
    def achievement(self) -> Decimal:
        """The item's achievement in percent (published; `exact` keeps it exact)."""
        return publish(self.ratio)

    @property
    def exact(self) -> Fraction:
        """The item's exact achievement in percent."""
        return self.ratio.fraction()

    @property
    def contribution(self) -> Decimal:
        """`achievement × weight / 100`, published from the exact values."""
        return publish(self.ratio * Ratio.of(self.weight) * _PERCENT)


@attrs.frozen
class PlanAchievement(Explainable, Document):
    """The weighted achievement of a plan, with each item's part; explained when read.

    The weighted sum is exact: Σ aᵢ·wᵢ/100 over the exact achievements, so two items of 66⅔ %
    and 133⅓ % weighted 50/50 make exactly 100 %.

    Attributes:
        items: Each item's achievement and weight, in plan order.
        ratio: The exact weighted achievement (internal form; read `value` or `exact`).
        explanation: The steps (each item's achievement, then the weighted sum), built on read.
    """

    __document_derived__ = ("value",)

    items: tuple[ItemAchievement, ...]
    ratio: Ratio = attrs.field(repr=False)
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False
    )

    @property
    def value(self) -> Decimal:
        """The weighted achievement in percent (published from the exact sum)."""
        return publish(self.ratio)

    @property
    def exact(self) -> Fraction:
        """The exact weighted achievement in percent."""
        return self.ratio.fraction()


Realisation = NumberLike | bool | Sequence[PeriodicRealisation | tuple[Period, NumberLike | None]]


def _item_achievement(
    item: PlanItem,
    realisation: object,
    *,
    as_of: date,
    missing: MissingPeriods,
    rules: Rules,
    trace: Trace,
) -> Ratio:
    if isinstance(realisation, list | tuple):
        return periodic_achievement(
            item.indicator,
            item.target,
            realisation,
            as_of=as_of,
            missing=missing,
            rules=rules,
            trace=trace,
        )
    limits = indicator_limits(item.indicator, rules.resolve(ACHIEVEMENT_LIMITS).value)
    polarity = item.indicator.polarity
    realised = Ratio.of(checked_realisation(realisation, polarity))
    return achieve(
        item.target, realised, polarity, formula=None, limits=limits, rules=rules, trace=trace
    )


def checked_realisations(plan: PerformancePlan, realisations: object) -> Mapping[str, Any]:
    """The realisations of a valid plan, checked: one for every item and none for others.

    Args:
        plan: The plan (validated first).
        realisations: The realisations by item key.

    Returns:
        The realisations.

    Raises:
        ValidationError: If the plan is invalid or keys are missing or unknown (all listed).
        InvalidValueError: If `realisations` is not a mapping.
    """
    validate_plan(plan)
    if not isinstance(realisations, Mapping):
        raise InvalidValueError(
            "realisations",
            realisations,
            "must map item keys to realisations",
            reason_id="harus memetakan kunci butir SKP ke realisasinya",
            code="wrong_type",
        )
    keys = {item.key for item in plan.items}
    problems: list[KinerjaError] = [
        InvalidValueError(
            f"realisations[{item.key}]",
            None,
            "no realisation given",
            reason_id="realisasi belum diisi",
            code="missing",
        )
        for item in plan.items
        if item.key not in realisations
    ]
    problems.extend(
        InvalidValueError(
            "realisations",
            key,
            "not an item of the plan",
            reason_id="bukan butir SKP ini",
            code="not_found",
        )
        for key in realisations
        if key not in keys
    )
    if problems:
        raise ValidationError("realisations", realisations, problems)
    return realisations


def plan_achievement(
    plan: PerformancePlan,
    realisations: Mapping[str, Realisation],
    *,
    as_of: date | None = None,
    missing: MissingPeriods = MissingPeriods.SKIP,
    rules: Rules | None = None,
) -> PlanAchievement:
    """The weighted achievement of a plan: Σ achievement × weight / 100 over its items.

    Args:
        plan: A valid plan (see `validate_plan`).
        realisations: For each item key, either the realisation for the whole period (a
            number, or `True`/`False` for a milestone) or its periodic realisations (a list of
            `PeriodicRealisation` or `(Period, value)`), combined by the indicator's aggregation.
        as_of: The evaluation date (default: the last day of the plan's period).
        missing: What to do with periodic realisations that were not reported.
        rules: The rules; default: the national rules in force on `as_of`.

    Returns:
        The weighted achievement and each item's part; the explanation is built when read.

    Raises:
        ValidationError: If the plan is invalid, or realisations are missing for some items or
            given for unknown ones (all listed at once).
        InvalidValueError: For a bad realisation (see `achievement`).
    """
    checked = checked_realisations(plan, realisations)
    day = plan.period.end if as_of is None else check_date(as_of, field="as_of")
    in_force = rules_or_national(rules, day)
    items, total = weigh_plan(plan, checked, as_of=day, missing=missing, rules=in_force)
    recipe = Recipe(plan_steps, plan, checked, day, missing, in_force)
    return PlanAchievement(items, total, recipe)


def plan_steps(
    plan: PerformancePlan,
    realisations: Mapping[str, Any],
    as_of: date,
    missing: MissingPeriods,
    rules: Rules,
) -> Explanation:
    """The explanation of a plan's weighted achievement (the recipe of `PlanAchievement`).

    Args:
        plan: A valid plan.
        realisations: A realisation for every item key.
        as_of: The evaluation date.
        missing: What to do with unreported periodic realisations.
        rules: The rules.

    Returns:
        The steps: each item's achievement, then the weighted sum.
    """
    steps: list[Step] = []
    weigh_plan(plan, realisations, as_of=as_of, missing=missing, rules=rules, trace=steps)
    return Explanation(steps)


def weigh_plan(
    plan: PerformancePlan,
    realisations: Mapping[str, Any],
    *,
    as_of: date,
    missing: MissingPeriods,
    rules: Rules,
    trace: Trace = None,
) -> tuple[tuple[ItemAchievement, ...], Ratio]:
    """Each item's exact achievement and the exact weighted sum (checked inputs; the core).

    Args:
        plan: A valid plan.
        realisations: A realisation for every item key.
        as_of: The evaluation date.
        missing: What to do with unreported periodic realisations.
        rules: The rules.
        trace: Where to record the steps (`None`: do not record).

    Returns:
        The items' parts and the exact weighted achievement.
    """
    parts: list[ItemAchievement] = []
    numerators: list[int] = []
    denominators: list[int] = []
    for item in plan.items:
        weight = cast(Decimal, item.weight)  # validate_plan guarantees every weight is set
        if trace is not None:
            trace.append(
                Step(
                    Text(f"Butir SKP: {item.key}", f"Plan item: {item.key}"),
                    inputs=(
                        ("indicator", item.indicator),
                        ("polarity", item.indicator.polarity),
                        ("target", item.target),
                        ("weight", weight),
                    ),
                )
            )
        exact = _item_achievement(
            item, realisations[item.key], as_of=as_of, missing=missing, rules=rules, trace=trace
        )
        weight_n, weight_d = weight.as_integer_ratio()
        numerators.append(exact.n * weight_n)
        denominators.append(exact.d * weight_d * 100)  # achievement × weight / 100
        parts.append(ItemAchievement(item.key, weight, exact.n, exact.d))
    # Σ aᵢ·wᵢ/100 as one exact fraction over a common denominator
    common = lcm(*denominators)
    total = Ratio(
        sum(n * (common // d) for n, d in zip(numerators, denominators, strict=True)), common
    )
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Capaian SKP tertimbang = Σ capaian × bobot / 100",
                    "Weighted plan achievement = Σ achievement × weight / 100",
                ),
                inputs=[(f"{p.key} ({p.weight} %)", p.achievement) for p in parts],
                result=publish(total),
                fact=Text("Capaian SKP tertimbang (%)", "Weighted plan achievement (%)"),
            )
        )
    return tuple(parts), total.reduced()
