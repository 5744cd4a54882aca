"""The lean path of a PermenPANRB 6/2022 evaluation: its rules compiled per `Rules` snapshot.

`evaluate` runs once per employee, millions of times in a national run, and almost every case
has the same shape: a valid plan with periodic or whole-period realisations, the raters'
judgements (or a given rating), no exemption. For such a case this module computes the same
results as the general path of `evaluation.py`, faster:

- the parameters the evaluation reads (achievement formula and limits, behaviour rule and
  scores, work-result bands, predikat matrix) are resolved and compiled **once per snapshot**
  (`Rules._compiled`): scores and band edges as integer numerators and denominators, the matrix
  as a plain dict;
- the arithmetic is on plain integers (exact numerators and denominators), with no
  intermediate objects;
- the result objects are built with trusted constructors (their values were computed here).

It accepts only what it fully understands. For anything else (an exemption, a unit head, a
milestone indicator, a target of zero, the median rule, fractional behaviour scores, an
indicator's own limits that do not fit the rules', and every input that is in error) it returns
`None` and the general path runs, so each unusual case and every error message has exactly one
implementation. Explanations are always built by the general path, with its trace on. The two
paths must agree on every field: `tests/test_lean.py` checks it on random cases.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import pairwise
from math import gcd, lcm
from typing import Any, Protocol, cast, final

from kinerja_core.core._frozen import FrozenMap, trusted_constructor
from kinerja_core.core.errors import KinerjaError
from kinerja_core.core.explain import Recipe
from kinerja_core.core.numbers import EXACT_CONTEXT, Ratio
from kinerja_core.core.parameters import Rules
from kinerja_core.performance.achievement_formulas import checked_realisation, indicator_limits
from kinerja_core.performance.achievement_formulas_specs import (
    ACHIEVEMENT_FORMULA,
    ACHIEVEMENT_LIMITS,
    AchievementFormula,
    AchievementLimits,
)
from kinerja_core.performance.aggregation import MissingPeriods, PeriodicSeries
from kinerja_core.performance.behaviour import BehaviourAssessment, _assessment_explanation
from kinerja_core.performance.behaviour_specs import (
    BEHAVIOUR_AGGREGATION,
    BEHAVIOUR_SCORES,
    BehaviourAggregation,
    BehaviourJudgement,
    CoreValue,
    RaterRole,
)
from kinerja_core.performance.indicators import Aggregation, Indicator, Polarity
from kinerja_core.performance.plans import (
    ItemAchievement,
    PerformancePlan,
    PlanAchievement,
    plan_steps,
)
from kinerja_core.performance.predicate_specs import PREDICATE_MATRIX
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.performance.work_result_specs import WORK_RESULT_BANDS

__all__ = ["LeanEvaluation", "lean_evaluation"]

LeanEvaluation = tuple[
    Predicate, Rating, Rating, PlanAchievement | None, Rating | None, BehaviourAssessment | None
]
"""(predikat, work-result rating, behaviour rating, achievement, proposed rating, assessment)."""

IntPair = tuple[int, int]
"""An exact number as (numerator, positive denominator)."""

_new_item = trusted_constructor(ItemAchievement)
_new_plan_achievement = trusted_constructor(PlanAchievement)
_new_assessment = trusted_constructor(BehaviourAssessment)

_add = EXACT_CONTEXT.add
_new_recipe = tuple.__new__  # Recipe(build, *args) without its Python-level __new__

_ZERO = Decimal(0)
_VALUE_INDEX = {value: index for index, value in enumerate(CoreValue)}
_VALUES = len(_VALUE_INDEX)

_HIGHER, _LOWER = Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER
_CUMULATIVE, _FINAL = Aggregation.CUMULATIVE, Aggregation.FINAL_VALUE
_SKIP, _REFUSE = MissingPeriods.SKIP, MissingPeriods.ERROR
_SUPERVISOR = RaterRole.SUPERVISOR
_MEAN, _SUPERVISOR_ONLY = BehaviourAggregation.MEAN_HALF_UP, BehaviourAggregation.SUPERVISOR_ONLY


def _optional_pair(value: Decimal | None) -> IntPair | None:
    return None if value is None else value.as_integer_ratio()


@final
class _Compiled:
    """The parameters of a PermenPANRB 6/2022 evaluation on one date, ready for the lean path."""

    __slots__ = (
        "bands",
        "cap",
        "floor",
        "inverse",
        "last_band",
        "limits",
        "matrix",
        "ordered_scores",
        "rule",
        "scores",
    )

    def __init__(self, rules: Rules) -> None:
        self.inverse = rules[ACHIEVEMENT_FORMULA] is AchievementFormula.INVERSE_RATIO
        self.limits: AchievementLimits = rules[ACHIEVEMENT_LIMITS]
        self.cap = _optional_pair(self.limits.cap)
        self.floor = _optional_pair(self.limits.floor)
        self.rule: BehaviourAggregation = rules[BEHAVIOUR_AGGREGATION]
        scores = {r: score.as_integer_ratio() for r, score in rules[BEHAVIOUR_SCORES].items()}
        # whole-number scores only (as nationally); other scores take the general path
        self.scores: dict[Rating, int] | None = (
            {rating: n for rating, (n, d) in scores.items()}
            if all(d == 1 for _, d in scores.values())
            else None
        )
        self.ordered_scores = tuple((rating, n, d) for rating, (n, d) in scores.items())
        # the bands cover every number (the parameter's domain), so the last one has no
        # upper edge and each other one ends where the next begins
        *inner, last = rules[WORK_RESULT_BANDS].bands
        self.bands = tuple(
            (cast(Decimal, b.upper).as_integer_ratio(), b.upper_closed, b.value) for b in inner
        )
        self.last_band: Rating = last.value
        cells = cast(FrozenMap[tuple[Rating, Rating], Predicate], rules[PREDICATE_MATRIX].cells)
        self.matrix = dict(cells)

    def band(self, n: int, d: int) -> Rating:
        """The work-result rating of the band that contains `n / d` (`BandTable.lookup`)."""
        for (upper_n, upper_d), upper_closed, value in self.bands:
            above = n * upper_d - upper_n * d
            if above < 0 or (above == 0 and upper_closed):
                return value
        return self.last_band

    def nearest(self, n: int, d: int) -> Rating:
        """The rating whose score is nearest to `n / d`; halfway goes to the higher one.

        The same rule as `behaviour._nearest_rating`, on integers.
        """
        ordered = self.ordered_scores
        for (low, ln, ld), (high, hn, hd) in pairwise(ordered):
            if n * hd < hn * d:  # below the higher score
                if n * ld <= ln * d:
                    return low
                beyond = 2 * (n * ld - ln * d) * hd >= (hn * ld - ln * hd) * d
                return high if beyond else low
        return ordered[-1][0]


def _compile(rules: Rules) -> _Compiled | None:
    try:
        return _Compiled(rules)
    except KinerjaError:  # a parameter not in force: the general path reports it where needed
        return None


class Case(Protocol):
    """What the lean path reads of a `PerformanceCase` (defined in `evaluation`, above this)."""

    @property
    def plan(self) -> PerformancePlan: ...
    @property
    def behaviour(self) -> Rating | tuple[BehaviourJudgement, ...] | None: ...
    @property
    def realisations(self) -> FrozenMap[str, Any] | None: ...
    @property
    def work_result(self) -> Rating | None: ...
    @property
    def unit_rating(self) -> Rating | None: ...
    @property
    def exemption(self) -> object: ...
    @property
    def as_of(self) -> date | None: ...


def lean_evaluation(
    case: Case,
    aggregation: BehaviourAggregation | None,
    missing: MissingPeriods,
    rules: Rules,
) -> LeanEvaluation | None:
    """The results of evaluating a `PerformanceCase`, or `None` to take the general path.

    Args:
        case: The case (a `PerformanceCase`).
        aggregation: The caller's behaviour rule, or `None` for the rules'.
        missing: What to do with unreported periodic realisations.
        rules: The rules.

    Returns:
        (predikat, work-result rating, behaviour rating, achievement, proposed rating,
        assessment), identical to the general path's; `None` if the case is not one the lean
        path takes (see the module's docstring).
    """
    compiled: _Compiled | None = rules._compiled(_compile)
    if compiled is None or case.exemption is not None or case.unit_rating is not None:
        return None
    if missing is not _SKIP and missing is not _REFUSE:
        return None
    judged = case.behaviour
    if judged is None:
        return None
    work_result = case.work_result
    achieved = proposed = None
    if work_result is None:
        realisations = case.realisations
        if type(realisations) is not FrozenMap:
            return None
        plan: PerformancePlan = case.plan
        as_of = case.as_of
        if as_of is None:
            as_of = plan.period.end
        weighed = _weigh(compiled, plan, realisations._data, as_of, missing)
        if weighed is None:
            return None
        items, total_n, total_d = weighed
        proposed = work_result = compiled.band(total_n, total_d)
        recipe = _new_recipe(Recipe, (plan_steps, plan, realisations, as_of, missing, rules))
        achieved = _new_plan_achievement(items, Ratio(total_n, total_d), recipe)
    if isinstance(judged, Rating):
        behaviour, assessment = judged, None
    else:
        assessment = _assess(compiled, judged, aggregation, rules)
        if assessment is None:
            return None
        behaviour = assessment.rating
    predicate = compiled.matrix[work_result, behaviour]
    return predicate, work_result, behaviour, achieved, proposed, assessment


def _weigh(  # noqa: PLR0912, PLR0915 (one loop, inlined: it runs once per plan item)
    compiled: _Compiled,
    plan: PerformancePlan,
    realisations: dict[str, object],
    as_of: date,
    missing: MissingPeriods,
) -> tuple[tuple[ItemAchievement, ...], int, int] | None:
    """Each item's achievement and the weighted sum, as `plans.weigh_plan` (a valid plan only).

    Per item: the realisation (periodic ones combined as `aggregation._aggregate` does), the
    bound of the target and the formula as `achievement_formulas.achieve`, then the limits.
    """
    items = plan.items
    if not items or len(realisations) != len(items):
        return None
    refuse = missing is _REFUSE
    inverse = compiled.inverse
    keys: set[str] = set()
    parts: list[ItemAchievement] = []
    numerators: list[int] = []
    denominators: list[int] = []
    weight_n = weight_d = 0  # the sum of the weights, exactly
    for item in items:
        key = item.key
        weight = item.weight
        if weight is None or key in keys:
            return None
        keys.add(key)
        indicator = item.indicator
        polarity = indicator.polarity
        if polarity is not _HIGHER and polarity is not _LOWER:
            return None  # a milestone
        realisation = realisations.get(key)
        if type(realisation) is PeriodicSeries:
            total = last = _ZERO
            count = 0
            absent = False
            for reported in realisation:
                if reported.period.end <= as_of:
                    value = reported.value
                    if value is None:
                        absent = True
                    else:
                        total = _add(total, value)
                        last = value
                        count += 1
            if not count or (absent and refuse):
                return None
            aggregation = indicator.aggregation
            if aggregation is _FINAL:
                rn, rd = last.as_integer_ratio()
            else:
                rn, rd = total.as_integer_ratio()
                if aggregation is not _CUMULATIVE:
                    rd *= count  # the mean
        else:
            whole = _whole(indicator, realisation)
            if whole is None:
                return None
            rn, rd = whole
        # the bound of the target (`achievement_formulas._bound`)
        target = item.target
        low = target.low
        if low == target.high:
            bn, bd = low.as_integer_ratio()
            inside = False
        else:
            high = target.high
            bn, bd = high.as_integer_ratio()
            inside = rn * bd <= bn * rd
            if inside:
                bn, bd = low.as_integer_ratio()
                inside = rn * bd >= bn * rd
        # the formula (`achievement_formulas._formula`)
        if inside:
            if rn == 0 and polarity is _LOWER:
                return None  # inside a range from 0 at 0: the zero-target rule
            n, d = 100, 1
        elif bn == 0:
            return None  # a zero target: an error, or the zero-target rule
        elif polarity is _HIGHER:
            n, d = rn * 100 * bd, rd * bn
        elif inverse:
            if rn == 0:
                return None
            n, d = bn * 100 * rd, bd * rn
        else:
            n, d = (2 * bn * rd - rn * bd) * 100, rd * bn
        # the limits (`achievement_formulas._limited`), then lowest terms
        if indicator.cap is None and indicator.floor is None:
            cap, floor = compiled.cap, compiled.floor
        else:
            limits = _limits(compiled, indicator)
            if limits is None:
                return None
            cap, floor = limits
        if cap is not None and n * cap[1] > cap[0] * d:
            n, d = cap
        if floor is not None and n * floor[1] < floor[0] * d:
            n, d = floor
        divisor = gcd(n, d)
        if divisor != 1:
            n //= divisor
            d //= divisor
        wn, wd = weight.as_integer_ratio()
        numerators.append(n * wn)
        denominators.append(d * wd * 100)  # achievement × weight / 100
        parts.append(_new_item(key, weight, n, d))
        if wd == weight_d:
            weight_n += wn
        elif weight_d:
            weight_n, weight_d = weight_n * wd + wn * weight_d, weight_d * wd
        else:
            weight_n, weight_d = wn, wd
    if weight_n != 100 * weight_d:
        return None  # the weights do not add up to exactly 100 %
    common = lcm(*denominators)
    total_n = 0
    for numerator, denominator in zip(numerators, denominators, strict=True):
        total_n += numerator * (common // denominator)
    divisor = gcd(total_n, common)
    return tuple(parts), total_n // divisor, common // divisor


def _whole(indicator: Indicator, realisation: object) -> IntPair | None:
    """A realisation for the whole period, checked as `achievement_formulas` checks it."""
    if realisation is None or isinstance(realisation, list | tuple | bool):
        return None  # unchecked series, milestones and missing values: the general path
    try:
        return checked_realisation(realisation, indicator.polarity).as_integer_ratio()
    except KinerjaError:
        return None


def _limits(
    compiled: _Compiled, indicator: Indicator
) -> tuple[IntPair | None, IntPair | None] | None:
    """The cap and floor of an indicator with its own limits (`indicator_limits`)."""
    try:
        limits = indicator_limits(indicator, compiled.limits)
    except KinerjaError:
        return None
    return _optional_pair(limits.cap), _optional_pair(limits.floor)


def _assess(
    compiled: _Compiled,
    judged: tuple[BehaviourJudgement, ...],
    aggregation: BehaviourAggregation | None,
    rules: Rules,
) -> BehaviourAssessment | None:
    """The behaviour assessment under a mean rule, as `behaviour.assess_behaviour` makes it."""
    scores = compiled.scores
    rule = compiled.rule if aggregation is None else aggregation
    if not judged or scores is None or (rule is not _MEAN and rule is not _SUPERVISOR_ONLY):
        return None
    supervisor_only = rule is _SUPERVISOR_ONLY
    sums = [0] * _VALUES
    counts = [0] * _VALUES
    raters: set[tuple[str, CoreValue]] | None = None
    for judgement in judged:
        if judgement.rater_id is not None:
            raters = set() if raters is None else raters
            rater = (judgement.rater_id, judgement.core_value)
            if rater in raters:
                return None
            raters.add(rater)
        if supervisor_only and judgement.role is not _SUPERVISOR:
            continue
        index = _VALUE_INDEX[judgement.core_value]
        sums[index] += scores[judgement.rating]
        counts[index] += 1
    if 0 in counts:
        return None
    # each value's mean is sums[i] / counts[i]; the mean of the seven over their common
    # denominator, exactly as `behaviour._mean` computes it
    common = lcm(*counts)
    if common == 1:  # one judgement per value
        numerators = tuple(sums)
    else:
        numerators = tuple(s * (common // c) for s, c in zip(sums, counts, strict=True))
    total = sum(numerators)
    denominator = common * _VALUES
    rating = compiled.nearest(total, denominator)
    divisor = gcd(total, denominator)
    recipe = _new_recipe(Recipe, (_assessment_explanation, judged, aggregation, rules))
    return _new_assessment(
        rating,
        rule,
        numerators,
        common,
        Ratio(total // divisor, denominator // divisor),
        recipe,
    )
