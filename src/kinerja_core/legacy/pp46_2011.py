"""PP 46/2011 with Perka BKN 1/2013: the numeric SKP of 1 January 2014 to 30 June 2021.

Import this module directly (`from kinerja_core.legacy import pp46_2011`); its names are not
re-exported from `kinerja_core`.

Under PP 46/2011 an employee's *nilai prestasi kerja* is 60 % of the *nilai SKP* plus 40 % of the
*nilai perilaku kerja*:

1. Each *kegiatan* (activity) of the SKP is scored on quantity (`RO / TO × 100`), quality
   (`RK / 100 × 100`), time and, when a cost was targeted, cost. Time and cost use the Perka BKN
   1/2013 efficiency formula ([`time_score`][kinerja_core.legacy.pp46_2011.time_score]). The
   *capaian* of the activity is the sum of its aspects divided by 3, or by 4 with cost.
2. The *nilai SKP* is the mean over the activities, plus a value for *tugas tambahan* (additional
   tasks) and one for *kreativitas* (creativity). It may exceed 100.
3. The *nilai perilaku kerja* is the mean of the behaviour aspects (five, or six with
   *kepemimpinan* for structural officials).
4. Every score maps to a category: Sangat Baik, Baik, Cukup, Kurang or Buruk.

Every number is a dated, cited parameter in force from 2014-01-01. Functions take
`rules: Rules | None = None`; with `None` they use the national rules of 30 June 2021, the
regime's last day. Rules dated outside 2014-01-01 to 2021-06-30 raise `RuleNotInForceError`.

**Rounding.** The forms print capaian per kegiatan, nilai SKP, nilai perilaku and nilai prestasi
kerja with two decimals. Those four results are rounded half-up to
[`PP46_SCORE_PLACES`][kinerja_core.legacy.pp46_2011.PP46_SCORE_PLACES] places (2, a policy
choice; `None` turns rounding off). Everything before them is exact: aspect scores, sums and
the mean over kegiatan (taken over the unrounded capaian). Nilai prestasi kerja is computed from
the nilai SKP and nilai perilaku that you pass in, i.e. as printed, the way the official
example computes `0.6 × 85.50 + 0.4 × 80 = 83.30`.

**Number range.** Inputs are `int`, `str` or `Decimal` (never `float`). Their magnitude must be
below 10^18, with at most 28 decimal places. That limit is what lets the 24 % efficiency boundary
be decided exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Literal

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._rules import check_rules
from kinerja_core.core._validators import (
    check_bool,
    enum_repr,
    tuple_of,
)
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Explanation, ParameterUse, Step, Text, plain
from kinerja_core.core.numbers import (
    EXACT_CONTEXT,
    NumberLike,
    divide_28,
    exact_product,
    exact_sum,
    round_half_up,
)
from kinerja_core.core.parameters import Rules
from kinerja_core.legacy.pp46_2011_specs import (
    _BEHAVIOUR,
    _COMMON_ASPECTS,
    _FORMULAS,
    _HUNDRED,
    _REGIME,
    _SKP_MEAN,
    IN_FORCE_FROM,
    IN_FORCE_UNTIL,
    PP46_ADDITIONAL_TASK_BANDS,
    PP46_CATEGORY_BANDS,
    PP46_CATEGORY_GAP_RULE,
    PP46_CREATIVITY_VALUES,
    PP46_EFFICIENCY_COEFFICIENT,
    PP46_EFFICIENCY_THRESHOLD,
    PP46_HIGH_EFFICIENCY_BASE,
    PP46_SCALE_MAXIMUM,
    PP46_SCORE_PLACES,
    PP46_WORK_PERFORMANCE_WEIGHTS,
    Activity,
    BandGapRule,
    BehaviourAspect,
    CreativityLevel,
    PerformanceCategory,
    PerformanceWeights,
    PrintedBands,
    _number,
)
from kinerja_core.national.legacy import PP46_2011 as NATIONAL_PARAMETERS
from kinerja_core.regimes.timeline import regime_rules
from kinerja_core.regimes.timeline_specs import Regime

__all__ = [
    "IN_FORCE_FROM",
    "IN_FORCE_UNTIL",
    "NATIONAL_PARAMETERS",
    "PP46_ADDITIONAL_TASK_BANDS",
    "PP46_CATEGORY_BANDS",
    "PP46_CATEGORY_GAP_RULE",
    "PP46_CREATIVITY_VALUES",
    "PP46_EFFICIENCY_COEFFICIENT",
    "PP46_EFFICIENCY_THRESHOLD",
    "PP46_HIGH_EFFICIENCY_BASE",
    "PP46_SCALE_MAXIMUM",
    "PP46_SCORE_PLACES",
    "PP46_WORK_PERFORMANCE_WEIGHTS",
    "Activity",
    "ActivityOutcome",
    "BandGapRule",
    "BehaviourAspect",
    "BehaviourOutcome",
    "CategoryOutcome",
    "CreativityLevel",
    "PerformanceCategory",
    "PerformanceWeights",
    "PrintedBands",
    "SkpOutcome",
    "WorkPerformanceOutcome",
    "activity_score",
    "additional_tasks_value",
    "behaviour_score",
    "category",
    "cost_score",
    "creativity_value",
    "explain_activity_score",
    "explain_behaviour_score",
    "explain_category",
    "explain_skp_score",
    "explain_work_performance",
    "quality_score",
    "quantity_score",
    "skp_score",
    "time_score",
    "work_performance_score",
]


def _in_force(rules: Rules | None) -> Rules:
    # the regime's window is the policy's regime timeline (one source for every check)
    return regime_rules(Regime.PP_46_2011, check_rules(rules))


def _printed(value: Decimal, rules: Rules) -> tuple[Decimal, ParameterUse]:
    places = rules.resolve(PP46_SCORE_PLACES)
    printed = value if places.value is None else round_half_up(value, places.value)
    return printed, places.use()


def _prefixed(text: Text, prefix: tuple[str, str] | None) -> Text:
    if prefix is None:
        return text
    return Text(f"{prefix[0]}: {text.id}", f"{prefix[1]}: {text.en}")


def _efficiency_at_most(target: Decimal, realised: Decimal, threshold: Decimal) -> bool:
    """Decide `100 − realised / target × 100 ≤ threshold` without dividing (exactly)."""
    left = exact_product(EXACT_CONTEXT.subtract(_HUNDRED, threshold), target)
    return left <= exact_product(_HUNDRED, realised)


def _quantity(target: Decimal, realised: Decimal) -> tuple[Decimal, Step]:
    score = divide_28(exact_product(realised, _HUNDRED), target, field="target_output")
    step = Step(
        Text("Aspek kuantitas: RO / TO × 100", "Quantity aspect: RO / TO × 100"),
        inputs=(("TO", target), ("RO", realised)),
        result=score,
        citation=_FORMULAS,
    )
    return score, step


def _quality(realised: Decimal, rules: Rules) -> tuple[Decimal, Step]:
    scale = rules.resolve(PP46_SCALE_MAXIMUM)
    if realised > scale.value:
        raise InvalidValueError(
            "realised_quality", realised, f"must be at most {scale.value} (the top of the scale)"
        )
    score = divide_28(exact_product(realised, _HUNDRED), scale.value, field="pp46_scale_maximum")
    step = Step(
        Text("Aspek kualitas: RK / 100 × 100", "Quality aspect: RK / 100 × 100"),
        inputs=(("RK", realised),),
        parameters=(scale.use(),),
        result=score,
        citation=_FORMULAS,
    )
    return score, step


_EFFICIENCY_NAMES = {
    "time": (("waktu", "time"), ("TW", "RW"), "target_months"),
    "cost": (("biaya", "cost"), ("TB", "RB"), "target_cost"),
}


def _efficiency(
    aspect: Literal["time", "cost"], target: Decimal, realised: Decimal, rules: Rules
) -> tuple[Decimal, Step]:
    (name_id, name_en), (t, r), field = _EFFICIENCY_NAMES[aspect]
    coefficient = rules.resolve(PP46_EFFICIENCY_COEFFICIENT)
    threshold = rules.resolve(PP46_EFFICIENCY_THRESHOLD)
    base = rules.resolve(PP46_HIGH_EFFICIENCY_BASE)
    # Each result is one division of an exact numerator, so it is rounded once (28 digits):
    # efisiensi = 100 × (T − R) / T; ordinary = 100 × (c × T − R) / T;
    # high-efficiency = base − (ordinary − 100) = ((base + 100) × T − 100 × (c × T − R)) / T.
    efficiency = divide_28(
        exact_product(EXACT_CONTEXT.subtract(target, realised), _HUNDRED), target
    )
    numerator = exact_product(
        EXACT_CONTEXT.subtract(exact_product(coefficient.value, target), realised), _HUNDRED
    )
    formula = f"(({coefficient.value} × {t} − {r}) / {t}) × 100"
    if _efficiency_at_most(target, realised, threshold.value):
        score = divide_28(numerator, target, field=field)
        branch = f"≤ {threshold.value} % → {formula}"
    else:
        high = exact_product(EXACT_CONTEXT.add(base.value, _HUNDRED), target)
        score = divide_28(EXACT_CONTEXT.subtract(high, numerator), target, field=field)
        branch = f"> {threshold.value} % → {base.value} − ({formula} − 100)"
    rule = Text(
        f"Aspek {name_id}: efisiensi = 100 − {r} / {t} × 100; efisiensi {branch}",
        f"{name_en.capitalize()} aspect: efficiency = 100 − {r} / {t} × 100; efficiency {branch}",
    )
    step = Step(
        rule,
        inputs=((t, target), (r, realised), ("efisiensi", efficiency)),
        parameters=(coefficient.use(), threshold.use(), base.use()),
        result=score,
        citation=_FORMULAS,
    )
    return score, step


def _category_step(score: Decimal, rules: Rules) -> tuple[PerformanceCategory, Step]:
    bands = rules.resolve(PP46_CATEGORY_BANDS)
    gap_rule = rules.resolve(PP46_CATEGORY_GAP_RULE)
    chosen = bands.value.table(gap_rule.value).lookup(score, field="score")
    step = Step(
        Text(
            "Sebutan menurut rentang nilai dan aturan batas antar-rentang",
            "Category from the score bands and the rule for scores between bands",
        ),
        inputs=(("nilai", score),),
        parameters=(bands.use(bands.value[chosen], entry=chosen.value), gap_rule.use()),
        result=chosen,
    )
    return chosen, step


# --------------------------------------------------------------------------------------------
# Aspect scores
# --------------------------------------------------------------------------------------------


def quantity_score(
    target_output: NumberLike, realised_output: NumberLike, *, rules: Rules | None = None
) -> Decimal:
    """The quantity aspect of an activity: `RO / TO × 100` (exact, not rounded).

    Args:
        target_output: TO, the targeted output (greater than zero).
        realised_output: RO, the realised output (zero or more).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The score; above 100 when more than the target was produced.

    Raises:
        InvalidValueError: If an input is not a number in range, TO is not positive or RO is
            negative.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> quantity_score(4, 3)
        Decimal('75')
    """
    _in_force(rules)
    target = _number(target_output, "target_output", minimum="positive")
    realised = _number(realised_output, "realised_output", minimum="zero")
    return _quantity(target, realised)[0]


def quality_score(realised_quality: NumberLike, *, rules: Rules | None = None) -> Decimal:
    """The quality aspect of an activity: `RK / 100 × 100` (exact, not rounded).

    Args:
        realised_quality: RK, the realised quality on the 0-100 scale.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The score.

    Raises:
        InvalidValueError: If RK is not a number from 0 to the top of the scale (100).
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> quality_score(90)
        Decimal('90')
    """
    in_force = _in_force(rules)
    realised = _number(realised_quality, "realised_quality", minimum="zero")
    return _quality(realised, in_force)[0]


def time_score(
    target_months: NumberLike, realised_months: NumberLike, *, rules: Rules | None = None
) -> Decimal:
    """The time aspect of an activity, by the Perka BKN 1/2013 efficiency formula.

    With `efisiensi = 100 − RW / TW × 100`:

    - efisiensi ≤ 24: `((1.76 × TW − RW) / TW) × 100`;
    - efisiensi > 24: `76 − ((((1.76 × TW − RW) / TW) × 100) − 100)`, which simplifies to
      `RW / TW × 100`.

    The branch is decided exactly (by cross-multiplication, without dividing), so RW = 0.76 × TW
    always takes the first branch and scores 100. The score is **not monotone** in RW. It rises
    from 0 (RW = 0) towards 76 just below 0.76 × TW, jumps to its maximum of 100 at exactly
    0.76 × TW, falls to 76 at RW = TW, reaches 0 at 1.76 × TW and is negative beyond (the
    formula has no floor). Finishing more than 24 % early therefore scores less than finishing
    on time.

    Args:
        target_months: TW, the targeted time in months (greater than zero).
        realised_months: RW, the time used in months (zero or more).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The score (exact, not rounded).

    Raises:
        InvalidValueError: If an input is not a number in range, TW is not positive or RW is
            negative.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> time_score(12, 12)
        Decimal('76.00')
        >>> time_score(25, 19)  # exactly 76 % of the target: the maximum
        Decimal('100.00')
    """
    in_force = _in_force(rules)
    target = _number(target_months, "target_months", minimum="positive")
    realised = _number(realised_months, "realised_months", minimum="zero")
    return _efficiency("time", target, realised, in_force)[0]


def cost_score(
    target_cost: NumberLike, realised_cost: NumberLike, *, rules: Rules | None = None
) -> Decimal:
    """The cost aspect of an activity: the time formula applied to TB and RB.

    See [`time_score`][kinerja_core.legacy.pp46_2011.time_score] for the formula and its shape.

    Args:
        target_cost: TB, the targeted cost in rupiah (greater than zero).
        realised_cost: RB, the realised cost in rupiah (zero or more).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The score (exact, not rounded; not monotone, see `time_score`).

    Raises:
        InvalidValueError: If an input is not a number in range, TB is not positive or RB is
            negative.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> cost_score(170395000, 170395000)
        Decimal('76.00')
    """
    in_force = _in_force(rules)
    target = _number(target_cost, "target_cost", minimum="positive")
    realised = _number(realised_cost, "realised_cost", minimum="zero")
    return _efficiency("cost", target, realised, in_force)[0]


# --------------------------------------------------------------------------------------------
# Capaian per kegiatan
# --------------------------------------------------------------------------------------------


@attrs.frozen
class ActivityOutcome:
    """The capaian of one activity, with its aspect scores and explanation.

    Attributes:
        activity: The activity scored.
        quantity: The quantity aspect (exact).
        quality: The quality aspect (exact).
        time: The time aspect (exact).
        cost: The cost aspect (exact), or `None` when no cost was targeted.
        total: The sum of the aspects.
        exact_score: `total / 3` (or `/ 4` with cost), unrounded.
        score: The capaian as printed (rounded per `PP46_SCORE_PLACES`).
        explanation: The steps that produced it.
    """

    activity: Activity
    quantity: Decimal
    quality: Decimal
    time: Decimal
    cost: Decimal | None
    total: Decimal
    exact_score: Decimal
    score: Decimal
    explanation: Explanation

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data."""
        return {
            "activity": self.activity.to_dict(),
            "quantity": str(self.quantity),
            "quality": str(self.quality),
            "time": str(self.time),
            "cost": None if self.cost is None else str(self.cost),
            "total": str(self.total),
            "exact_score": str(self.exact_score),
            "score": str(self.score),
            "explanation": self.explanation.to_dict(),
        }


def _score_activity(
    activity: Activity, rules: Rules, prefix: tuple[str, str] | None = None
) -> ActivityOutcome:
    quantity, quantity_step = _quantity(activity.target_output, activity.realised_output)
    quality, quality_step = _quality(activity.realised_quality, rules)
    time, time_step = _efficiency("time", activity.target_months, activity.realised_months, rules)
    aspects = [quantity, quality, time]
    steps = [quantity_step, quality_step, time_step]
    cost: Decimal | None = None
    if activity.target_cost is not None and activity.realised_cost is not None:
        cost, cost_step = _efficiency("cost", activity.target_cost, activity.realised_cost, rules)
        aspects.append(cost)
        steps.append(cost_step)
    total = exact_sum(aspects)
    exact = divide_28(total, len(aspects))
    printed, places = _printed(exact, rules)
    steps.append(
        Step(
            Text(
                f"Capaian kegiatan: jumlah aspek / {len(aspects)}, dibulatkan",
                f"Activity achievement: sum of the aspects / {len(aspects)}, rounded",
            ),
            inputs=(("jumlah", total), ("aspek", len(aspects)), ("tanpa pembulatan", exact)),
            parameters=(places,),
            result=printed,
            citation=_FORMULAS,
        )
    )
    steps = [attrs.evolve(step, rule=_prefixed(step.rule, prefix)) for step in steps]
    return ActivityOutcome(
        activity, quantity, quality, time, cost, total, exact, printed, Explanation(steps)
    )


def explain_activity_score(
    *,
    target_output: NumberLike,
    realised_output: NumberLike,
    realised_quality: NumberLike,
    target_months: NumberLike,
    realised_months: NumberLike,
    target_cost: NumberLike | None = None,
    realised_cost: NumberLike | None = None,
    rules: Rules | None = None,
) -> ActivityOutcome:
    """The capaian of one activity (kegiatan), with each aspect and its explanation.

    Args:
        target_output: TO, the targeted output (greater than zero).
        realised_output: RO, the realised output (zero or more).
        realised_quality: RK, the realised quality (0 to 100).
        target_months: TW, the targeted months (greater than zero).
        realised_months: RW, the months used (zero or more).
        target_cost: TB, the targeted cost, or `None` when no cost was targeted.
        realised_cost: RB, the realised cost; required exactly when `target_cost` is given.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The outcome: aspect scores, sum, exact and printed capaian, and the explanation.

    Raises:
        InvalidValueError: If an input is missing a partner, out of range or not a number.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.
    """
    in_force = _in_force(rules)
    activity = Activity(
        target_output=target_output,
        realised_output=realised_output,
        realised_quality=realised_quality,
        target_months=target_months,
        realised_months=realised_months,
        target_cost=target_cost,
        realised_cost=realised_cost,
    )
    return _score_activity(activity, in_force)


def activity_score(
    *,
    target_output: NumberLike,
    realised_output: NumberLike,
    realised_quality: NumberLike,
    target_months: NumberLike,
    realised_months: NumberLike,
    target_cost: NumberLike | None = None,
    realised_cost: NumberLike | None = None,
    rules: Rules | None = None,
) -> Decimal:
    """The capaian of one activity: the sum of its aspects / 3, or / 4 when a cost is targeted.

    Args:
        target_output: TO, the targeted output (greater than zero).
        realised_output: RO, the realised output (zero or more).
        realised_quality: RK, the realised quality (0 to 100).
        target_months: TW, the targeted months (greater than zero).
        realised_months: RW, the months used (zero or more).
        target_cost: TB, the targeted cost, or `None` when no cost was targeted.
        realised_cost: RB, the realised cost; required exactly when `target_cost` is given.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The capaian as printed (2 decimals, half-up).

    Raises:
        InvalidValueError: If an input is missing a partner, out of range or not a number.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        The official worked example (Perka BKN 1/2013):

        >>> activity_score(
        ...     target_output=1, realised_output=1, realised_quality=90,
        ...     target_months=12, realised_months=12,
        ...     target_cost=170395000, realised_cost=170395000,
        ... )
        Decimal('85.50')
    """
    return explain_activity_score(
        target_output=target_output,
        realised_output=realised_output,
        realised_quality=realised_quality,
        target_months=target_months,
        realised_months=realised_months,
        target_cost=target_cost,
        realised_cost=realised_cost,
        rules=rules,
    ).score


# --------------------------------------------------------------------------------------------
# Nilai SKP
# --------------------------------------------------------------------------------------------


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError("additional_tasks", value, "must be a whole number ≥ 0")
    return value


def _additional_tasks(count: int, rules: Rules) -> tuple[Decimal, Step]:
    bands = rules.resolve(PP46_ADDITIONAL_TASK_BANDS)
    value = Decimal(0)
    used: list[ParameterUse] = []
    for minimum, amount in bands.value:
        if count >= minimum:
            value = amount
            used = [bands.use(amount, entry=f"≥ {minimum}")]
    step = Step(
        Text(
            "Nilai tugas tambahan menurut jumlah tugas tambahan",
            "Additional-task value by the number of additional tasks",
        ),
        inputs=(("jumlah tugas tambahan", count),),
        parameters=used,
        result=value,
    )
    return value, step


def _creativity(level: object, rules: Rules) -> tuple[Decimal, Step]:
    if level is None:
        value = Decimal(0)
        used: list[ParameterUse] = []
    elif isinstance(level, CreativityLevel):
        values = rules.resolve(PP46_CREATIVITY_VALUES)
        value = values.value[level]
        used = [values.use(value, entry=level.value)]
    else:
        raise InvalidValueError(
            "creativity", level, "must be a CreativityLevel or None (use CreativityLevel.parse)"
        )
    step = Step(
        Text("Nilai kreativitas", "Creativity value"),
        inputs=(("kreativitas", level if level is not None else "-"),),
        parameters=used,
        result=value,
    )
    return value, step


def additional_tasks_value(count: int, *, rules: Rules | None = None) -> Decimal:
    """The value added to the nilai SKP for a number of additional tasks (tugas tambahan).

    Args:
        count: How many additional tasks were carried out (0 or more).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        0 for none; nationally 1 for 1-3, 2 for 4-6 and 3 for 7 or more.

    Raises:
        InvalidValueError: If `count` is not a whole number ≥ 0.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> [additional_tasks_value(n) for n in (0, 3, 4, 7)]
        [Decimal('0'), Decimal('1'), Decimal('2'), Decimal('3')]
    """
    in_force = _in_force(rules)
    return _additional_tasks(_count(count), in_force)[0]


def creativity_value(level: CreativityLevel | None, *, rules: Rules | None = None) -> Decimal:
    """The value added to the nilai SKP for creativity (kreativitas).

    The national values are UNCONFIRMED (see `PP46_CREATIVITY_VALUES`).

    Args:
        level: Whom the creative contribution benefits, or `None` for none.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The value (0 for `None`).

    Raises:
        InvalidValueError: If `level` is neither a `CreativityLevel` nor `None`.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.
    """
    in_force = _in_force(rules)
    return _creativity(level, in_force)[0]


@attrs.frozen
class SkpOutcome:
    """The nilai SKP, with every activity's capaian and the explanation.

    Attributes:
        activities: The outcome of each activity, in order.
        mean: The mean of the activities' exact capaian.
        additional_tasks: The value added for tugas tambahan.
        creativity: The value added for kreativitas.
        exact_score: `mean + additional_tasks + creativity`, unrounded.
        score: The nilai SKP as printed (rounded per `PP46_SCORE_PLACES`).
        category: The category of the printed score.
        explanation: The steps that produced it.
    """

    activities: tuple[ActivityOutcome, ...]
    mean: Decimal
    additional_tasks: Decimal
    creativity: Decimal
    exact_score: Decimal
    score: Decimal
    category: PerformanceCategory = attrs.field(repr=enum_repr)
    explanation: Explanation

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data."""
        return {
            "activities": [outcome.to_dict() for outcome in self.activities],
            "mean": str(self.mean),
            "additional_tasks": str(self.additional_tasks),
            "creativity": str(self.creativity),
            "exact_score": str(self.exact_score),
            "score": str(self.score),
            "category": self.category.value,
            "explanation": self.explanation.to_dict(),
        }


def explain_skp_score(
    activities: Iterable[Activity],
    *,
    additional_tasks: int = 0,
    creativity: CreativityLevel | None = None,
    rules: Rules | None = None,
) -> SkpOutcome:
    """The nilai SKP: mean capaian over the activities + tugas tambahan + kreativitas.

    Args:
        activities: The SKP's activities (at least one).
        additional_tasks: The number of additional tasks carried out.
        creativity: The level of a creative contribution, or `None`.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The outcome with each activity's capaian, the parts of the sum, the exact and printed
        nilai SKP, its category and the explanation.

    Raises:
        InvalidValueError: If there is no activity, an item is not an `Activity`, or
            `additional_tasks`/`creativity` is invalid.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.
    """
    in_force = _in_force(rules)
    items: tuple[Activity, ...] = tuple_of(Activity, "an Activity")("activities")(activities)
    if not items:
        raise InvalidValueError("activities", items, "needs at least one Activity")
    count = _count(additional_tasks)
    outcomes = tuple(
        _score_activity(
            activity,
            in_force,
            (f"Kegiatan {n}", f"Activity {n}")
            if activity.name is None
            else (f"Kegiatan {n} ({activity.name})", f"Activity {n} ({activity.name})"),
        )
        for n, activity in enumerate(items, 1)
    )
    task_value, task_step = _additional_tasks(count, in_force)
    creativity_points, creativity_step = _creativity(creativity, in_force)
    mean = divide_28(exact_sum(o.exact_score for o in outcomes), len(outcomes))
    exact = exact_sum((mean, task_value, creativity_points))
    printed, places = _printed(exact, in_force)
    mean_step = Step(
        Text(
            "Rata-rata capaian kegiatan (tanpa pembulatan)",
            "Mean of the activities' achievement (unrounded)",
        ),
        inputs=(("jumlah kegiatan", len(outcomes)),),
        result=mean,
        citation=_SKP_MEAN,
    )
    total_step = Step(
        Text(
            "Nilai SKP = rata-rata + tugas tambahan + kreativitas, dibulatkan",
            "SKP score = mean + additional tasks + creativity, rounded",
        ),
        inputs=(
            ("rata-rata", mean),
            ("tugas tambahan", task_value),
            ("kreativitas", creativity_points),
        ),
        parameters=(places,),
        result=printed,
        citation=_SKP_MEAN,
    )
    chosen, category_step = _category_step(printed, in_force)
    steps = [step for outcome in outcomes for step in outcome.explanation.steps]
    steps += [mean_step, task_step, creativity_step, total_step, category_step]
    return SkpOutcome(
        outcomes,
        mean,
        task_value,
        creativity_points,
        exact,
        printed,
        chosen,
        Explanation(steps),
    )


def skp_score(
    activities: Iterable[Activity],
    *,
    additional_tasks: int = 0,
    creativity: CreativityLevel | None = None,
    rules: Rules | None = None,
) -> Decimal:
    """The nilai SKP as printed: mean capaian + tugas tambahan + kreativitas (may exceed 100).

    Args:
        activities: The SKP's activities (at least one).
        additional_tasks: The number of additional tasks carried out.
        creativity: The level of a creative contribution, or `None`.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The nilai SKP (2 decimals, half-up).

    Raises:
        InvalidValueError: If there is no activity, an item is not an `Activity`, or
            `additional_tasks`/`creativity` is invalid.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> example = Activity(
        ...     target_output=1, realised_output=1, realised_quality=90,
        ...     target_months=12, realised_months=12,
        ...     target_cost=170395000, realised_cost=170395000,
        ... )
        >>> skp_score([example], additional_tasks=2)
        Decimal('86.50')
    """
    return explain_skp_score(
        activities, additional_tasks=additional_tasks, creativity=creativity, rules=rules
    ).score


# --------------------------------------------------------------------------------------------
# Nilai perilaku kerja
# --------------------------------------------------------------------------------------------


@attrs.frozen
class BehaviourOutcome:
    """The nilai perilaku kerja, with the aspect scores and the explanation.

    Attributes:
        scores: The score of each aspect, in the official order.
        exact_score: The mean of the aspect scores, unrounded.
        score: The nilai perilaku as printed (rounded per `PP46_SCORE_PLACES`).
        category: The category of the printed score.
        explanation: The steps that produced it.
    """

    scores: FrozenMap[BehaviourAspect, Decimal]
    exact_score: Decimal
    score: Decimal
    category: PerformanceCategory = attrs.field(repr=enum_repr)
    explanation: Explanation

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data."""
        return {
            "scores": plain(self.scores),
            "exact_score": str(self.exact_score),
            "score": str(self.score),
            "category": self.category.value,
            "explanation": self.explanation.to_dict(),
        }


def explain_behaviour_score(
    scores: Mapping[BehaviourAspect, NumberLike],
    *,
    structural: bool = False,
    rules: Rules | None = None,
) -> BehaviourOutcome:
    """The nilai perilaku kerja: the mean of the aspect scores, with its explanation.

    Args:
        scores: A score (0-100) for each aspect: the five common aspects, plus
            `BehaviourAspect.LEADERSHIP` exactly when `structural` is true.
        structural: Whether the employee is a structural official (pejabat struktural).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The outcome with the aspect scores, exact and printed mean, category and explanation.

    Raises:
        InvalidValueError: If an aspect is missing or unexpected, a key is not a
            `BehaviourAspect`, a score is outside 0-100, or `structural` is not a bool.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.
    """
    in_force = _in_force(rules)
    check_bool(structural, field="structural")
    if not isinstance(scores, Mapping):
        raise InvalidValueError("scores", scores, "must be a mapping of BehaviourAspect to score")
    for key in scores:
        if not isinstance(key, BehaviourAspect):
            raise InvalidValueError(
                "scores", key, "keys must be BehaviourAspect members (use BehaviourAspect.parse)"
            )
    expected = (*_COMMON_ASPECTS, BehaviourAspect.LEADERSHIP) if structural else _COMMON_ASPECTS
    if set(scores) != set(expected):
        missing = [a.value for a in expected if a not in scores]
        extra = [a.value for a in scores if a not in expected]
        raise InvalidValueError(
            "scores",
            {"missing": missing, "unexpected": extra},
            "needs exactly the aspects "
            + ", ".join(a.value for a in expected)
            + (
                " (Kepemimpinan only for structural officials)"
                if not structural
                else " (structural officials are also rated on Kepemimpinan)"
            ),
        )
    scale = in_force.resolve(PP46_SCALE_MAXIMUM)
    checked: dict[BehaviourAspect, Decimal] = {}
    for aspect in expected:
        value = _number(scores[aspect], f"scores[{aspect.value}]", minimum="zero")
        if value > scale.value:
            raise InvalidValueError(
                f"scores[{aspect.value}]", value, f"must be at most {scale.value}"
            )
        checked[aspect] = value
    exact = divide_28(exact_sum(checked.values()), len(checked))
    printed, places = _printed(exact, in_force)
    mean_step = Step(
        Text(
            f"Nilai perilaku kerja = rata-rata {len(checked)} aspek, dibulatkan",
            f"Behaviour score = mean of {len(checked)} aspects, rounded",
        ),
        inputs=tuple((aspect.value, value) for aspect, value in checked.items()),
        parameters=(scale.use(), places),
        result=printed,
        citation=_BEHAVIOUR,
    )
    chosen, category_step = _category_step(printed, in_force)
    return BehaviourOutcome(
        FrozenMap(checked), exact, printed, chosen, Explanation((mean_step, category_step))
    )


def behaviour_score(
    scores: Mapping[BehaviourAspect, NumberLike],
    *,
    structural: bool = False,
    rules: Rules | None = None,
) -> Decimal:
    """The nilai perilaku kerja as printed: the mean of the aspect scores.

    Args:
        scores: A score (0-100) for each aspect: the five common aspects, plus
            `BehaviourAspect.LEADERSHIP` exactly when `structural` is true.
        structural: Whether the employee is a structural official (pejabat struktural).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The mean (2 decimals, half-up).

    Raises:
        InvalidValueError: If an aspect is missing or unexpected, a key is not a
            `BehaviourAspect`, or a score is outside 0-100.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> common = dict.fromkeys(
        ...     [a for a in BehaviourAspect if a is not BehaviourAspect.LEADERSHIP], 80
        ... )
        >>> behaviour_score(common)
        Decimal('80.00')
        >>> behaviour_score({**common, BehaviourAspect.LEADERSHIP: 77}, structural=True)
        Decimal('79.50')
    """
    return explain_behaviour_score(scores, structural=structural, rules=rules).score


# --------------------------------------------------------------------------------------------
# Nilai prestasi kerja and categories
# --------------------------------------------------------------------------------------------


@attrs.frozen
class WorkPerformanceOutcome:
    """The nilai prestasi kerja, with its category and explanation.

    Attributes:
        skp_score: The nilai SKP used (as passed in, i.e. as printed).
        behaviour_score: The nilai perilaku kerja used.
        exact_score: `60 % × SKP + 40 % × perilaku`, unrounded.
        score: The nilai prestasi kerja as printed (rounded per `PP46_SCORE_PLACES`).
        category: The category of the printed score.
        explanation: The steps that produced it.
    """

    skp_score: Decimal
    behaviour_score: Decimal
    exact_score: Decimal
    score: Decimal
    category: PerformanceCategory = attrs.field(repr=enum_repr)
    explanation: Explanation

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data."""
        return {
            "skp_score": str(self.skp_score),
            "behaviour_score": str(self.behaviour_score),
            "exact_score": str(self.exact_score),
            "score": str(self.score),
            "category": self.category.value,
            "explanation": self.explanation.to_dict(),
        }


def explain_work_performance(
    skp_score: NumberLike, behaviour_score: NumberLike, *, rules: Rules | None = None
) -> WorkPerformanceOutcome:
    """The nilai prestasi kerja (60 % SKP + 40 % perilaku) with its category and explanation.

    Args:
        skp_score: The nilai SKP as printed (any sign; it may exceed 100).
        behaviour_score: The nilai perilaku kerja as printed (0-100).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The outcome: exact and printed score, category and explanation.

    Raises:
        InvalidValueError: If a score is not a number in range.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.
    """
    in_force = _in_force(rules)
    skp = _number(skp_score, "skp_score", minimum="any")
    behaviour = _number(behaviour_score, "behaviour_score", minimum="zero")
    scale = in_force.resolve(PP46_SCALE_MAXIMUM)
    if behaviour > scale.value:
        raise InvalidValueError("behaviour_score", behaviour, f"must be at most {scale.value}")
    weights = in_force.resolve(PP46_WORK_PERFORMANCE_WEIGHTS)
    weighted = exact_sum(
        (
            exact_product(skp, weights.value.skp),
            exact_product(behaviour, weights.value.behaviour),
        )
    )
    exact = divide_28(weighted, _HUNDRED)
    printed, places = _printed(exact, in_force)
    step = Step(
        Text(
            f"Nilai prestasi kerja = {weights.value.skp} % × nilai SKP + "
            f"{weights.value.behaviour} % × nilai perilaku kerja, dibulatkan",
            f"Work performance = {weights.value.skp} % × SKP score + "
            f"{weights.value.behaviour} % × behaviour score, rounded",
        ),
        inputs=(("nilai SKP", skp), ("nilai perilaku kerja", behaviour)),
        parameters=(weights.use(), places),
        result=printed,
        citation=_REGIME,
    )
    chosen, category_step = _category_step(printed, in_force)
    return WorkPerformanceOutcome(
        skp, behaviour, exact, printed, chosen, Explanation((step, category_step))
    )


def work_performance_score(
    skp_score: NumberLike, behaviour_score: NumberLike, *, rules: Rules | None = None
) -> Decimal:
    """The nilai prestasi kerja as printed: 60 % × nilai SKP + 40 % × nilai perilaku kerja.

    Args:
        skp_score: The nilai SKP as printed (any sign; it may exceed 100).
        behaviour_score: The nilai perilaku kerja as printed (0-100).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The score (2 decimals, half-up).

    Raises:
        InvalidValueError: If a score is not a number in range.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> work_performance_score("85.50", 80)
        Decimal('83.30')
    """
    return explain_work_performance(skp_score, behaviour_score, rules=rules).score


@attrs.frozen
class CategoryOutcome:
    """A score's category with the band and boundary rule used.

    Attributes:
        score: The score categorised.
        category: Its category.
        explanation: The one step that produced it.
    """

    score: Decimal
    category: PerformanceCategory = attrs.field(repr=enum_repr)
    explanation: Explanation

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data."""
        return {
            "score": str(self.score),
            "category": self.category.value,
            "explanation": self.explanation.to_dict(),
        }


def explain_category(score: NumberLike, *, rules: Rules | None = None) -> CategoryOutcome:
    """The category of a score, with the band and boundary rule used.

    Args:
        score: Any PP 46/2011 score (nilai SKP, perilaku or prestasi kerja).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The category and a one-step explanation.

    Raises:
        InvalidValueError: If `score` is not a number in range.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.
    """
    in_force = _in_force(rules)
    number = _number(score, "score", minimum="any")
    chosen, step = _category_step(number, in_force)
    return CategoryOutcome(number, chosen, Explanation((step,)))


def category(score: NumberLike, *, rules: Rules | None = None) -> PerformanceCategory:
    """The category (sebutan) of a score: Sangat Baik, Baik, Cukup, Kurang or Buruk.

    Nationally: ≥ 91 Sangat Baik, 76-90 Baik, 61-75 Cukup, 51-60 Kurang, ≤ 50 Buruk. A score
    between two printed bands belongs to the lower band (`BandGapRule.LOWER_EDGE`), so 90.5 is
    Baik and 91 is Sangat Baik.

    Args:
        score: Any PP 46/2011 score (nilai SKP, perilaku or prestasi kerja).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The category.

    Raises:
        InvalidValueError: If `score` is not a number in range.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> category("85.50")
        <PerformanceCategory.GOOD: 'Baik'>
        >>> category("90.5"), category(91)
        (<PerformanceCategory.GOOD: 'Baik'>, <PerformanceCategory.VERY_GOOD: 'Sangat Baik'>)
    """
    return explain_category(score, rules=rules).category
