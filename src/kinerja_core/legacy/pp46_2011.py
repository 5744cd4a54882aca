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

**Exact arithmetic.** Every intermediate value is an exact rational number; the 24 % efficiency
boundary is decided exactly, and no category depends on a rounding that no rule prescribes.
Unrounded results (the aspect scores) are published exactly when they have a finite decimal
expansion, else to 28 significant digits half-up; `explain(rule, ...)` gives every rule's steps
and, for numbers, the exact value (`.exact`, unrounded for the four printed results).

**Number range.** Inputs are `int`, `str` or `Decimal` (never `float`). Their magnitude must be
below 10^18, with at most 28 decimal places.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Literal, NamedTuple, Protocol

import attrs

from kinerja_core.core._deprecation import deprecated
from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._rules import check_rules
from kinerja_core.core._validators import (
    check_bool,
    enum_repr,
    tuple_of,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import (
    Explained,
    Explanation,
    Lang,
    ParameterUse,
    Step,
    Text,
    Trace,
    explained_by,
    explains_number,
    explains_value,
    render_number,
)
from kinerja_core.core.numbers import NumberLike, Ratio, publish, round_half_up
from kinerja_core.core.parameters import Rules
from kinerja_core.legacy.pp46_2011_specs import (
    _BEHAVIOUR,
    _COMMON_ASPECTS,
    _FORMULAS,
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


def _printed(value: Ratio, rules: Rules) -> tuple[Decimal, ParameterUse]:
    places = rules.resolve(PP46_SCORE_PLACES)
    exact = value.fraction()
    printed = publish(exact) if places.value is None else round_half_up(exact, places.value)
    return printed, places.use()


def _prefixed(text: Text, prefix: tuple[str, str] | None) -> Text:
    if prefix is None:
        return text
    return Text(f"{prefix[0]}: {text.id}", f"{prefix[1]}: {text.en}")


class _Scored(Protocol):
    """What a printed rule computes: the exact value and the value as printed."""

    @property
    def exact(self) -> Ratio: ...  # pragma: no cover

    @property
    def printed(self) -> Decimal: ...  # pragma: no cover


def _explains_printed(rule: Callable[..., _Scored]) -> Callable[..., Explained[Decimal]]:
    """The explainer of a rule whose result is printed (rounded): `.exact` is the unrounded."""

    def explainer(*args: object, **kwargs: object) -> Explained[Decimal]:
        steps: list[Step] = []
        scored = rule(*args, trace=steps, **kwargs)
        return Explained(scored.printed, Explanation(steps), scored.exact.fraction())

    return explainer


_HUNDRED_R = Ratio(100)


def _quantity(target: Decimal, realised: Decimal, trace: Trace = None) -> Ratio:
    score = (Ratio.of(realised) * _HUNDRED_R / Ratio.of(target)).reduced()
    if trace is not None:
        trace.append(
            Step(
                Text("Aspek kuantitas: RO / TO × 100", "Quantity aspect: RO / TO × 100"),
                inputs=(("TO", target), ("RO", realised)),
                result=publish(score),
                citation=_FORMULAS,
            )
        )
    return score


def _quality(realised: Decimal, rules: Rules, trace: Trace = None) -> Ratio:
    scale = rules.resolve(PP46_SCALE_MAXIMUM)
    if realised > scale.value:
        raise InvalidValueError(
            "realised_quality",
            realised,
            f"must be at most {scale.value} (the top of the scale)",
            reason_id=f"paling tinggi {scale.value} (nilai puncak skala)",
            code="out_of_range",
        )
    if not scale.value:
        raise InvalidValueError(
            "pp46_scale_maximum",
            scale.value,
            "must not be zero",
            reason_id="tidak boleh nol",
            code="zero",
        )
    score = (Ratio.of(realised) * _HUNDRED_R / Ratio.of(scale.value)).reduced()
    if trace is not None:
        trace.append(
            Step(
                Text("Aspek kualitas: RK / 100 × 100", "Quality aspect: RK / 100 × 100"),
                inputs=(("RK", realised),),
                parameters=(scale.use(),),
                result=publish(score),
                citation=_FORMULAS,
            )
        )
    return score


_EFFICIENCY_NAMES = {
    "time": (("waktu", "time"), ("TW", "RW")),
    "cost": (("biaya", "cost"), ("TB", "RB")),
}


def _efficiency(
    aspect: Literal["time", "cost"],
    target: Decimal,
    realised: Decimal,
    rules: Rules,
    trace: Trace = None,
) -> Ratio:
    coefficient = rules.resolve(PP46_EFFICIENCY_COEFFICIENT)
    threshold = rules.resolve(PP46_EFFICIENCY_THRESHOLD)
    base = rules.resolve(PP46_HIGH_EFFICIENCY_BASE)
    # Exact rationals: efisiensi = 100 × (T − R) / T; ordinary = 100 × (c × T − R) / T;
    # high-efficiency = base − (ordinary − 100). The branch is decided on the exact efficiency.
    t, r = Ratio.of(target), Ratio.of(realised)
    efficiency = ((t - r) * _HUNDRED_R / t).reduced()
    ordinary = (Ratio.of(coefficient.value) * t - r) * _HUNDRED_R / t
    at_most = efficiency <= threshold.value
    score = (ordinary if at_most else Ratio.of(base.value) - (ordinary - _HUNDRED_R)).reduced()
    if trace is not None:
        (name_id, name_en), (t_name, r_name) = _EFFICIENCY_NAMES[aspect]

        def branch(lang: Lang) -> str:
            def n(value: Decimal) -> str:
                return render_number(value, lang)

            formula = f"(({n(coefficient.value)} × {t_name} − {r_name}) / {t_name}) × 100"
            if at_most:
                return f"≤ {n(threshold.value)} % → {formula}"
            return f"> {n(threshold.value)} % → {n(base.value)} − ({formula} − 100)"

        rule = Text(
            f"Aspek {name_id}: efisiensi = 100 − {r_name} / {t_name} × 100; "
            f"efisiensi {branch('id')}",
            f"{name_en.capitalize()} aspect: efficiency = 100 − {r_name} / {t_name} × 100; "
            f"efficiency {branch('en')}",
        )
        trace.append(
            Step(
                rule,
                inputs=((t_name, target), (r_name, realised), ("efisiensi", publish(efficiency))),
                parameters=(coefficient.use(), threshold.use(), base.use()),
                result=publish(score),
                citation=_FORMULAS,
            )
        )
    return score


_CATEGORY_FACT = Text("Sebutan nilai prestasi kerja", "Work-performance category")


def _category(
    score: Decimal | Ratio, rules: Rules, trace: Trace = None, fact: Text | None = None
) -> PerformanceCategory:
    bands = rules.resolve(PP46_CATEGORY_BANDS)
    gap_rule = rules.resolve(PP46_CATEGORY_GAP_RULE)
    exact = score.fraction() if isinstance(score, Ratio) else score
    chosen = bands.value.table(gap_rule.value).lookup(exact, field="score")
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Sebutan menurut rentang nilai dan aturan batas antar-rentang",
                    "Category from the score bands and the rule for scores between bands",
                ),
                inputs=(("nilai", score if isinstance(score, Decimal) else publish(score)),),
                parameters=(bands.use(bands.value[chosen], entry=chosen.value), gap_rule.use()),
                result=chosen,
                fact=fact,
            )
        )
    return chosen


# --------------------------------------------------------------------------------------------
# Aspect scores
# --------------------------------------------------------------------------------------------


def _quantity_score(
    target_output: NumberLike,
    realised_output: NumberLike,
    *,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Ratio:
    _in_force(rules)
    target = _number(target_output, "target_output", minimum="positive")
    realised = _number(realised_output, "realised_output", minimum="zero")
    return _quantity(target, realised, trace)


@explained_by(explains_number(_quantity_score))
def quantity_score(
    target_output: NumberLike, realised_output: NumberLike, *, rules: Rules | None = None
) -> Decimal:
    """The quantity aspect of an activity: `RO / TO × 100` (exact, not rounded).

    `explain(quantity_score, ...)` gives the step and the exact value (`.exact`).

    Args:
        target_output: TO, the targeted output (greater than zero).
        realised_output: RO, the realised output (zero or more).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The score, published (exact when it has a finite decimal expansion, else rounded
        half-up to 28 significant digits); above 100 when more than the target was produced.

    Raises:
        InvalidValueError: If an input is not a number in range, TO is not positive or RO is
            negative.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> quantity_score(4, 3)
        Decimal('75')
    """
    return publish(_quantity_score(target_output, realised_output, rules=rules))


def _quality_score(
    realised_quality: NumberLike, *, rules: Rules | None = None, trace: Trace = None
) -> Ratio:
    in_force = _in_force(rules)
    realised = _number(realised_quality, "realised_quality", minimum="zero")
    return _quality(realised, in_force, trace)


@explained_by(explains_number(_quality_score))
def quality_score(realised_quality: NumberLike, *, rules: Rules | None = None) -> Decimal:
    """The quality aspect of an activity: `RK / 100 × 100` (exact, not rounded).

    Args:
        realised_quality: RK, the realised quality on the 0-100 scale.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The score (published exactly).

    Raises:
        InvalidValueError: If RK is not a number from 0 to the top of the scale (100).
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> quality_score(90)
        Decimal('90')
    """
    return publish(_quality_score(realised_quality, rules=rules))


def _time_score(
    target_months: NumberLike,
    realised_months: NumberLike,
    *,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Ratio:
    in_force = _in_force(rules)
    target = _number(target_months, "target_months", minimum="positive")
    realised = _number(realised_months, "realised_months", minimum="zero")
    return _efficiency("time", target, realised, in_force, trace)


@explained_by(explains_number(_time_score))
def time_score(
    target_months: NumberLike, realised_months: NumberLike, *, rules: Rules | None = None
) -> Decimal:
    """The time aspect of an activity, by the Perka BKN 1/2013 efficiency formula.

    With `efisiensi = 100 − RW / TW × 100`:

    - efisiensi ≤ 24: `((1.76 × TW − RW) / TW) × 100`;
    - efisiensi > 24: `76 − ((((1.76 × TW − RW) / TW) × 100) − 100)`, which simplifies to
      `RW / TW × 100`.

    The branch is decided on the exact efficiency (an exact rational), so RW = 0.76 × TW
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
        The score, published (exact when it has a finite decimal expansion, else rounded
        half-up to 28 significant digits; `explain(time_score, ...).exact` is always exact).

    Raises:
        InvalidValueError: If an input is not a number in range, TW is not positive or RW is
            negative.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> time_score(12, 12)
        Decimal('76')
        >>> time_score(25, 19)  # exactly 76 % of the target: the maximum
        Decimal('100')
    """
    return publish(_time_score(target_months, realised_months, rules=rules))


def _cost_score(
    target_cost: NumberLike,
    realised_cost: NumberLike,
    *,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Ratio:
    in_force = _in_force(rules)
    target = _number(target_cost, "target_cost", minimum="positive")
    realised = _number(realised_cost, "realised_cost", minimum="zero")
    return _efficiency("cost", target, realised, in_force, trace)


@explained_by(explains_number(_cost_score))
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
        The score, published like `time_score` (not monotone, see `time_score`).

    Raises:
        InvalidValueError: If an input is not a number in range, TB is not positive or RB is
            negative.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> cost_score(170395000, 170395000)
        Decimal('76')
    """
    return publish(_cost_score(target_cost, realised_cost, rules=rules))


# --------------------------------------------------------------------------------------------
# Capaian per kegiatan
# --------------------------------------------------------------------------------------------


@attrs.frozen
class ActivityOutcome(Document):
    """Deprecated (with `explain_activity_score`): an activity's capaian with its parts.

    Attributes:
        activity: The activity scored.
        quantity: The quantity aspect (published).
        quality: The quality aspect (published).
        time: The time aspect (published).
        cost: The cost aspect (published), or `None` when no cost was targeted.
        total: The sum of the aspects.
        exact_score: `total / 3` (or `/ 4` with cost), unrounded (published).
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


class _ActivityParts(NamedTuple):
    exact: Ratio
    printed: Decimal
    aspects: tuple[Ratio, ...]  # quantity, quality, time[, cost]
    total: Ratio


def _score_activity(
    activity: Activity,
    rules: Rules,
    trace: Trace = None,
    prefix: tuple[str, str] | None = None,
) -> _ActivityParts:
    steps: Trace = None if trace is None else []
    aspects = [
        _quantity(activity.target_output, activity.realised_output, steps),
        _quality(activity.realised_quality, rules, steps),
        _efficiency("time", activity.target_months, activity.realised_months, rules, steps),
    ]
    if activity.target_cost is not None and activity.realised_cost is not None:
        aspects.append(
            _efficiency("cost", activity.target_cost, activity.realised_cost, rules, steps)
        )
    total = aspects[0] + aspects[1] + aspects[2]
    if len(aspects) == 4:
        total += aspects[3]
    exact = (total / len(aspects)).reduced()
    printed, places = _printed(exact, rules)
    if trace is not None and steps is not None:
        steps.append(
            Step(
                Text(
                    f"Capaian kegiatan: jumlah aspek / {len(aspects)}, dibulatkan",
                    f"Activity achievement: sum of the aspects / {len(aspects)}, rounded",
                ),
                inputs=(
                    ("jumlah", publish(total)),
                    ("aspek", len(aspects)),
                    ("tanpa pembulatan", publish(exact)),
                ),
                parameters=(places,),
                result=printed,
                citation=_FORMULAS,
            )
        )
        trace.extend(attrs.evolve(step, rule=_prefixed(step.rule, prefix)) for step in steps)
    return _ActivityParts(exact, printed, tuple(aspects), total)


def _activity_score(
    *,
    target_output: NumberLike,
    realised_output: NumberLike,
    realised_quality: NumberLike,
    target_months: NumberLike,
    realised_months: NumberLike,
    target_cost: NumberLike | None = None,
    realised_cost: NumberLike | None = None,
    rules: Rules | None = None,
    trace: Trace = None,
) -> _ActivityParts:
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
    return _score_activity(activity, in_force, trace)


def _activity_outcome(
    activity: Activity, parts: _ActivityParts, steps: list[Step]
) -> ActivityOutcome:
    quantity, quality, time, *cost = (publish(aspect) for aspect in parts.aspects)
    return ActivityOutcome(
        activity,
        quantity,
        quality,
        time,
        cost[0] if cost else None,
        publish(parts.total),
        publish(parts.exact),
        parts.printed,
        Explanation(steps),
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
    """Deprecated: use `explain(activity_score, ...)`; this alias goes in the next release.

    Args:
        target_output: See `activity_score`.
        realised_output: See `activity_score`.
        realised_quality: See `activity_score`.
        target_months: See `activity_score`.
        realised_months: See `activity_score`.
        target_cost: See `activity_score`.
        realised_cost: See `activity_score`.
        rules: See `activity_score`.

    Returns:
        The outcome: aspect scores, sum, exact and printed capaian, and the explanation.
    """
    deprecated("explain_activity_score", "explain(activity_score, ...)")
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
    steps: list[Step] = []
    return _activity_outcome(activity, _score_activity(activity, in_force, steps), steps)


@explained_by(_explains_printed(_activity_score))
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

    `explain(activity_score, ...)` gives each aspect's step and, as `.exact`, the unrounded
    capaian.

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
        The capaian as printed (2 decimals, half-up, from the exact value).

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
    return _activity_score(
        target_output=target_output,
        realised_output=realised_output,
        realised_quality=realised_quality,
        target_months=target_months,
        realised_months=realised_months,
        target_cost=target_cost,
        realised_cost=realised_cost,
        rules=rules,
    ).printed


# --------------------------------------------------------------------------------------------
# Nilai SKP
# --------------------------------------------------------------------------------------------


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError(
            "additional_tasks",
            value,
            "must be a whole number ≥ 0",
            reason_id="harus bilangan bulat ≥ 0",
            code="out_of_range"
            if isinstance(value, int) and not isinstance(value, bool)
            else "wrong_type",
        )
    return value


def _additional_tasks(count: int, rules: Rules, trace: Trace = None) -> Decimal:
    bands = rules.resolve(PP46_ADDITIONAL_TASK_BANDS)
    value = Decimal(0)
    chosen: int | None = None
    for minimum, amount in bands.value:
        if count >= minimum:
            value, chosen = amount, minimum
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Nilai tugas tambahan menurut jumlah tugas tambahan",
                    "Additional-task value by the number of additional tasks",
                ),
                inputs=(("jumlah tugas tambahan", count),),
                parameters=[] if chosen is None else [bands.use(value, entry=f"≥ {chosen}")],
                result=value,
            )
        )
    return value


def _creativity(level: object, rules: Rules, trace: Trace = None) -> Decimal:
    if level is None:
        value = Decimal(0)
        used: list[ParameterUse] = []
    elif isinstance(level, CreativityLevel):
        values = rules.resolve(PP46_CREATIVITY_VALUES)
        value = values.value[level]
        used = [] if trace is None else [values.use(value, entry=level.value)]
    else:
        raise InvalidValueError(
            "creativity",
            level,
            "must be a CreativityLevel or None (use CreativityLevel.parse)",
            reason_id="harus berupa CreativityLevel atau None (gunakan CreativityLevel.parse)",
            code="wrong_type",
        )
    if trace is not None:
        trace.append(
            Step(
                Text("Nilai kreativitas", "Creativity value"),
                inputs=(("kreativitas", level if level is not None else "-"),),
                parameters=used,
                result=value,
            )
        )
    return value


def _additional_tasks_value(
    count: int, *, rules: Rules | None = None, trace: Trace = None
) -> Decimal:
    in_force = _in_force(rules)
    return _additional_tasks(_count(count), in_force, trace)


@explained_by(explains_value(_additional_tasks_value))
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
    return _additional_tasks_value(count, rules=rules)


def _creativity_value(
    level: CreativityLevel | None, *, rules: Rules | None = None, trace: Trace = None
) -> Decimal:
    in_force = _in_force(rules)
    return _creativity(level, in_force, trace)


@explained_by(explains_value(_creativity_value))
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
    return _creativity_value(level, rules=rules)


@attrs.frozen
class SkpOutcome(Document):
    """Deprecated (with `explain_skp_score`): the nilai SKP with every activity's capaian.

    Attributes:
        activities: The outcome of each activity, in order.
        mean: The mean of the activities' exact capaian (published).
        additional_tasks: The value added for tugas tambahan.
        creativity: The value added for kreativitas.
        exact_score: `mean + additional_tasks + creativity`, unrounded (published).
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


class _SkpParts(NamedTuple):
    exact: Ratio
    printed: Decimal
    activities: tuple[_ActivityParts, ...]
    mean: Ratio
    additional_tasks: Decimal
    creativity: Decimal
    category: PerformanceCategory


def score_skp(
    activities: Iterable[Activity],
    *,
    additional_tasks: int = 0,
    creativity: CreativityLevel | None = None,
    rules: Rules | None = None,
    trace: Trace = None,
) -> _SkpParts:
    """The nilai SKP and its parts (the one implementation of `skp_score`).

    Args:
        activities: See `skp_score`.
        additional_tasks: See `skp_score`.
        creativity: See `skp_score`.
        rules: See `skp_score`.
        trace: Where to record the steps (`None`: do not record).

    Returns:
        The exact and printed score, each activity's parts, the mean, both additions and the
        category of the printed score (the last step when tracing).
    """
    in_force = _in_force(rules)
    items: tuple[Activity, ...] = tuple_of(Activity, "an Activity")("activities")(activities)
    if not items:
        raise InvalidValueError(
            "activities",
            items,
            "needs at least one Activity",
            reason_id="memerlukan sedikitnya satu kegiatan (Activity)",
            code="empty",
        )
    count = _count(additional_tasks)
    parts = tuple(
        _score_activity(
            activity,
            in_force,
            trace,
            None
            if trace is None
            else (f"Kegiatan {n}", f"Activity {n}")
            if activity.name is None
            else (f"Kegiatan {n} ({activity.name})", f"Activity {n} ({activity.name})"),
        )
        for n, activity in enumerate(items, 1)
    )
    total = Ratio(0)
    for part in parts:
        total += part.exact
    mean = (total / len(parts)).reduced()
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Rata-rata capaian kegiatan (tanpa pembulatan)",
                    "Mean of the activities' achievement (unrounded)",
                ),
                inputs=(("jumlah kegiatan", len(parts)),),
                result=publish(mean),
                citation=_SKP_MEAN,
            )
        )
    task_value = _additional_tasks(count, in_force, trace)
    creativity_points = _creativity(creativity, in_force, trace)
    exact = (mean + Ratio.of(task_value) + Ratio.of(creativity_points)).reduced()
    printed, places = _printed(exact, in_force)
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Nilai SKP = rata-rata + tugas tambahan + kreativitas, dibulatkan",
                    "SKP score = mean + additional tasks + creativity, rounded",
                ),
                inputs=(
                    ("rata-rata", publish(mean)),
                    ("tugas tambahan", task_value),
                    ("kreativitas", creativity_points),
                ),
                parameters=(places,),
                result=printed,
                citation=_SKP_MEAN,
                fact=Text("Nilai SKP", "SKP score"),
            )
        )
    chosen = _category(printed, in_force, trace)
    return _SkpParts(exact, printed, parts, mean, task_value, creativity_points, chosen)


def explain_skp_score(
    activities: Iterable[Activity],
    *,
    additional_tasks: int = 0,
    creativity: CreativityLevel | None = None,
    rules: Rules | None = None,
) -> SkpOutcome:
    """Deprecated: use `explain(skp_score, ...)`; this alias goes in the next release.

    Args:
        activities: See `skp_score`.
        additional_tasks: See `skp_score`.
        creativity: See `skp_score`.
        rules: See `skp_score`.

    Returns:
        The outcome with each activity's capaian, the parts of the sum, the exact and printed
        nilai SKP, its category and the explanation.
    """
    deprecated("explain_skp_score", "explain(skp_score, ...)")
    steps: list[Step] = []
    items = tuple(activities) if isinstance(activities, Iterable) else activities
    skp = score_skp(
        items, additional_tasks=additional_tasks, creativity=creativity, rules=rules, trace=steps
    )
    outcomes: list[ActivityOutcome] = []
    start = 0
    for activity, part in zip(items, skp.activities, strict=True):
        end = start + len(part.aspects) + 1  # its aspects, then its capaian
        outcomes.append(_activity_outcome(activity, part, steps[start:end]))
        start = end
    return SkpOutcome(
        tuple(outcomes),
        publish(skp.mean),
        skp.additional_tasks,
        skp.creativity,
        publish(skp.exact),
        skp.printed,
        skp.category,
        Explanation(steps),
    )


@explained_by(_explains_printed(score_skp))
def skp_score(
    activities: Iterable[Activity],
    *,
    additional_tasks: int = 0,
    creativity: CreativityLevel | None = None,
    rules: Rules | None = None,
) -> Decimal:
    """The nilai SKP as printed: mean capaian + tugas tambahan + kreativitas (may exceed 100).

    The mean is taken over the activities' exact (unrounded) capaian; only the sum is rounded.
    `explain(skp_score, ...)` gives every activity's steps, the mean, both additions, the
    category of the printed score, and, as `.exact`, the unrounded nilai SKP.

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
    return score_skp(
        activities, additional_tasks=additional_tasks, creativity=creativity, rules=rules
    ).printed


# --------------------------------------------------------------------------------------------
# Nilai perilaku kerja
# --------------------------------------------------------------------------------------------


@attrs.frozen
class BehaviourOutcome(Document):
    """Deprecated (with `explain_behaviour_score`): the nilai perilaku kerja with its parts.

    Attributes:
        scores: The score of each aspect, in the official order.
        exact_score: The mean of the aspect scores, unrounded (published).
        score: The nilai perilaku as printed (rounded per `PP46_SCORE_PLACES`).
        category: The category of the printed score.
        explanation: The steps that produced it.
    """

    scores: FrozenMap[BehaviourAspect, Decimal]
    exact_score: Decimal
    score: Decimal
    category: PerformanceCategory = attrs.field(repr=enum_repr)
    explanation: Explanation


class _BehaviourParts(NamedTuple):
    exact: Ratio
    printed: Decimal
    scores: dict[BehaviourAspect, Decimal]
    category: PerformanceCategory


def score_behaviour(
    scores: Mapping[BehaviourAspect, NumberLike],
    *,
    structural: bool = False,
    rules: Rules | None = None,
    trace: Trace = None,
) -> _BehaviourParts:
    """The nilai perilaku kerja and its parts (the one implementation of `behaviour_score`).

    Args:
        scores: See `behaviour_score`.
        structural: See `behaviour_score`.
        rules: See `behaviour_score`.
        trace: Where to record the steps (`None`: do not record).

    Returns:
        The exact and printed mean, the checked aspect scores and the printed score's category.
    """
    in_force = _in_force(rules)
    check_bool(structural, field="structural")
    if not isinstance(scores, Mapping):
        raise InvalidValueError(
            "scores",
            scores,
            "must be a mapping of BehaviourAspect to score",
            reason_id="harus berupa pemetaan BehaviourAspect ke nilai",
            code="wrong_type",
        )
    for key in scores:
        if not isinstance(key, BehaviourAspect):
            raise InvalidValueError(
                "scores",
                key,
                "keys must be BehaviourAspect members (use BehaviourAspect.parse)",
                reason_id="kuncinya harus anggota BehaviourAspect (gunakan BehaviourAspect.parse)",
                code="not_a_member",
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
            reason_id="memerlukan tepat aspek "
            + ", ".join(a.value for a in expected)
            + (
                " (Kepemimpinan hanya untuk pejabat struktural)"
                if not structural
                else " (pejabat struktural juga dinilai pada aspek Kepemimpinan)"
            ),
            code="missing_entry" if missing else "unknown_key",
        )
    scale = in_force.resolve(PP46_SCALE_MAXIMUM)
    checked: dict[BehaviourAspect, Decimal] = {}
    total = Ratio(0)
    for aspect in expected:
        value = _number(scores[aspect], f"scores[{aspect.value}]", minimum="zero")
        if value > scale.value:
            raise InvalidValueError(
                f"scores[{aspect.value}]",
                value,
                f"must be at most {scale.value}",
                reason_id=f"paling tinggi {scale.value}",
                code="out_of_range",
            )
        checked[aspect] = value
        total += Ratio.of(value)
    exact = (total / len(checked)).reduced()
    printed, places = _printed(exact, in_force)
    if trace is not None:
        trace.append(
            Step(
                Text(
                    f"Nilai perilaku kerja = rata-rata {len(checked)} aspek, dibulatkan",
                    f"Behaviour score = mean of {len(checked)} aspects, rounded",
                ),
                inputs=tuple((aspect.value, value) for aspect, value in checked.items()),
                parameters=(scale.use(), places),
                result=printed,
                citation=_BEHAVIOUR,
                fact=Text("Nilai perilaku kerja", "Behaviour score"),
            )
        )
    chosen = _category(printed, in_force, trace)
    return _BehaviourParts(exact, printed, checked, chosen)


def explain_behaviour_score(
    scores: Mapping[BehaviourAspect, NumberLike],
    *,
    structural: bool = False,
    rules: Rules | None = None,
) -> BehaviourOutcome:
    """Deprecated: use `explain(behaviour_score, ...)`; this alias goes in the next release.

    Args:
        scores: See `behaviour_score`.
        structural: See `behaviour_score`.
        rules: See `behaviour_score`.

    Returns:
        The outcome with the aspect scores, exact and printed mean, category and explanation.
    """
    deprecated("explain_behaviour_score", "explain(behaviour_score, ...)")
    steps: list[Step] = []
    parts = score_behaviour(scores, structural=structural, rules=rules, trace=steps)
    return BehaviourOutcome(
        FrozenMap(parts.scores),
        publish(parts.exact),
        parts.printed,
        parts.category,
        Explanation(steps),
    )


@explained_by(_explains_printed(score_behaviour))
def behaviour_score(
    scores: Mapping[BehaviourAspect, NumberLike],
    *,
    structural: bool = False,
    rules: Rules | None = None,
) -> Decimal:
    """The nilai perilaku kerja as printed: the mean of the aspect scores.

    `explain(behaviour_score, ...)` gives the mean's step, the printed score's category and, as
    `.exact`, the unrounded mean.

    Args:
        scores: A score (0-100) for each aspect: the five common aspects, plus
            `BehaviourAspect.LEADERSHIP` exactly when `structural` is true.
        structural: Whether the employee is a structural official (pejabat struktural).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The mean (2 decimals, half-up).

    Raises:
        InvalidValueError: If an aspect is missing or unexpected, a key is not a
            `BehaviourAspect`, a score is outside 0-100, or `structural` is not a bool.
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
    return score_behaviour(scores, structural=structural, rules=rules).printed


# --------------------------------------------------------------------------------------------
# Nilai prestasi kerja and categories
# --------------------------------------------------------------------------------------------


@attrs.frozen
class WorkPerformanceOutcome(Document):
    """Deprecated (with `explain_work_performance`): the nilai prestasi kerja and its category.

    Attributes:
        skp_score: The nilai SKP used (as passed in, i.e. as printed).
        behaviour_score: The nilai perilaku kerja used.
        exact_score: `60 % × SKP + 40 % × perilaku`, unrounded (published).
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


class _WorkPerformanceParts(NamedTuple):
    exact: Ratio
    printed: Decimal
    skp: Decimal
    behaviour: Decimal
    category: PerformanceCategory


def score_work_performance(
    skp_score: NumberLike,
    behaviour_score: NumberLike,
    *,
    rules: Rules | None = None,
    trace: Trace = None,
) -> _WorkPerformanceParts:
    """The nilai prestasi kerja and its category (the one implementation of the rule).

    Args:
        skp_score: See `work_performance_score`.
        behaviour_score: See `work_performance_score`.
        rules: See `work_performance_score`.
        trace: Where to record the steps (`None`: do not record).

    Returns:
        The exact and printed score, the inputs as numbers and the printed score's category.
    """
    in_force = _in_force(rules)
    skp = _number(skp_score, "skp_score", minimum="any")
    behaviour = _number(behaviour_score, "behaviour_score", minimum="zero")
    scale = in_force.resolve(PP46_SCALE_MAXIMUM)
    if behaviour > scale.value:
        raise InvalidValueError(
            "behaviour_score",
            behaviour,
            f"must be at most {scale.value}",
            reason_id=f"paling tinggi {scale.value}",
            code="out_of_range",
        )
    weights = in_force.resolve(PP46_WORK_PERFORMANCE_WEIGHTS)
    weighted = Ratio.of(skp) * Ratio.of(weights.value.skp) + Ratio.of(behaviour) * Ratio.of(
        weights.value.behaviour
    )
    exact = (weighted / _HUNDRED_R).reduced()
    printed, places = _printed(exact, in_force)
    if trace is not None:
        trace.append(
            Step(
                Text(
                    f"Nilai prestasi kerja = {render_number(weights.value.skp, 'id')} % × nilai "
                    f"SKP + {render_number(weights.value.behaviour, 'id')} % × nilai perilaku "
                    "kerja, dibulatkan",
                    f"Work performance = {weights.value.skp} % × SKP score + "
                    f"{weights.value.behaviour} % × behaviour score, rounded",
                ),
                inputs=(("nilai SKP", skp), ("nilai perilaku kerja", behaviour)),
                parameters=(weights.use(), places),
                result=printed,
                citation=_REGIME,
                fact=Text("Nilai prestasi kerja", "Work-performance score"),
            )
        )
    chosen = _category(printed, in_force, trace, _CATEGORY_FACT)
    return _WorkPerformanceParts(exact, printed, skp, behaviour, chosen)


def explain_work_performance(
    skp_score: NumberLike, behaviour_score: NumberLike, *, rules: Rules | None = None
) -> WorkPerformanceOutcome:
    """Deprecated: use `explain(work_performance_score, ...)`; this alias goes in the next release.

    Args:
        skp_score: See `work_performance_score`.
        behaviour_score: See `work_performance_score`.
        rules: See `work_performance_score`.

    Returns:
        The outcome: exact and printed score, category and explanation.
    """
    deprecated("explain_work_performance", "explain(work_performance_score, ...)")
    steps: list[Step] = []
    parts = score_work_performance(skp_score, behaviour_score, rules=rules, trace=steps)
    return WorkPerformanceOutcome(
        parts.skp,
        parts.behaviour,
        publish(parts.exact),
        parts.printed,
        parts.category,
        Explanation(steps),
    )


@explained_by(_explains_printed(score_work_performance))
def work_performance_score(
    skp_score: NumberLike, behaviour_score: NumberLike, *, rules: Rules | None = None
) -> Decimal:
    """The nilai prestasi kerja as printed: 60 % × nilai SKP + 40 % × nilai perilaku kerja.

    `explain(work_performance_score, ...)` gives the weighting step, the printed score's
    category and, as `.exact`, the unrounded score.

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
    return score_work_performance(skp_score, behaviour_score, rules=rules).printed


@attrs.frozen
class CategoryOutcome(Document):
    """Deprecated (with `explain_category`): a score's category with the band used.

    Attributes:
        score: The score categorised.
        category: Its category.
        explanation: The one step that produced it.
    """

    score: Decimal
    category: PerformanceCategory = attrs.field(repr=enum_repr)
    explanation: Explanation


def _category_of(
    score: NumberLike, *, rules: Rules | None = None, trace: Trace = None
) -> PerformanceCategory:
    in_force = _in_force(rules)
    number = _number(score, "score", minimum="any")
    return _category(number, in_force, trace)


def explain_category(score: NumberLike, *, rules: Rules | None = None) -> CategoryOutcome:
    """Deprecated: use `explain(category, ...)`; this alias goes in the next release.

    Args:
        score: See `category`.
        rules: See `category`.

    Returns:
        The category and a one-step explanation.
    """
    deprecated("explain_category", "explain(category, ...)")
    steps: list[Step] = []
    chosen = _category_of(score, rules=rules, trace=steps)
    return CategoryOutcome(_number(score, "score", minimum="any"), chosen, Explanation(steps))


@explained_by(explains_value(_category_of))
def category(score: NumberLike, *, rules: Rules | None = None) -> PerformanceCategory:
    """The category (sebutan) of a score: Sangat Baik, Baik, Cukup, Kurang or Buruk.

    Nationally: ≥ 91 Sangat Baik, 76-90 Baik, 61-75 Cukup, 51-60 Kurang, ≤ 50 Buruk. A score
    between two printed bands belongs to the lower band (`BandGapRule.LOWER_EDGE`), so 90.5 is
    Baik and 91 is Sangat Baik. The score is compared exactly with the bands.
    `explain(category, ...)` names the band and the boundary rule used.

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
    return _category_of(score, rules=rules)
