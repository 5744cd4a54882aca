"""Achievement (capaian): realisation against target, in percent.

The default formulas are those of the PermenPANRB 8/2021 lampiran [P]:

- higher is better (*kondisi normal*): `capaian = realisasi / target × 100 %`;
- lower is better (*kondisi khusus*, e.g. time): `capaian = (1 + (1 − realisasi / target)) × 100 %`;
- a range target: inside the range → 100 %; above it, the formula uses the upper bound; below it,
  the lower bound.

Another formula seen in the field for lower-is-better, `target / realisasi`, is available only as
the explicitly named variant
[`AchievementFormula.INVERSE_RATIO`][kinerja_core.performance.AchievementFormula].

Results are exact (the lampiran prints 107.14…% as "107 %", but rounding is left to the rule
that consumes the achievement): the published `Decimal` is exact whenever the value has a finite
decimal expansion, and `explain(achievement, ...).exact` gives the exact `Fraction` always.
Limits (a cap and a floor) are parameters: nationally no cap, and a floor of 0 % so that a
lower-is-better realisation more than twice the target does not produce a negative percentage.

A lower-is-better target of zero ("0 temuan") is common in real SKPs; the lampiran's formula
divides by the target, so the achievement comes from a dated policy parameter,
[`ZERO_TARGET_ACHIEVEMENT`][kinerja_core.performance.ZERO_TARGET_ACHIEVEMENT]: nationally
100 % for a realisation of zero and 0 % for anything above it (a policy choice).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import attrs

from kinerja_core.core._deprecation import deprecated
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import (
    NO_STEPS,
    Explainable,
    Explained,
    Explanation,
    ParameterUse,
    Step,
    Text,
    Trace,
    explain,
    explained_by,
    explains_number,
)
from kinerja_core.core.numbers import NumberLike, Ratio, publish, to_decimal
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.performance.achievement_formulas_specs import (
    _HUNDRED,
    _LAMPIRAN,
    _ZERO,
    ACHIEVEMENT_FORMULA,
    ACHIEVEMENT_LIMITS,
    ZERO_TARGET_ACHIEVEMENT,
    AchievementFormula,
    AchievementLimits,
    ZeroTargetAchievement,
    _check_limits,
)
from kinerja_core.performance.indicators import Indicator, Polarity, Target

__all__ = [
    "ACHIEVEMENT_FORMULA",
    "ACHIEVEMENT_LIMITS",
    "ZERO_TARGET_ACHIEVEMENT",
    "AchievementFormula",
    "AchievementLimits",
    "AchievementOutcome",
    "PeriodicAchievement",
    "ZeroTargetAchievement",
    "achievement",
    "explain_achievement",
]


@attrs.frozen
class PeriodicAchievement(Explainable, Document):
    """An achievement over periods (see `annual_achievement`); its explanation is built on read.

    Attributes:
        value: The achievement in percent, published (exact when it has a finite decimal
            expansion, else rounded half-up to 28 significant digits).
        ratio: The exact achievement (internal form; read `exact`).
        explanation: The steps (built when first read).
    """

    value: Decimal
    ratio: Ratio = attrs.field(eq=False, repr=False)
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False
    )

    @property
    def exact(self) -> Fraction:
        """The exact achievement in percent."""
        return self.ratio.fraction()


AchievementOutcome = PeriodicAchievement
"""Deprecated name of [`PeriodicAchievement`][kinerja_core.performance.PeriodicAchievement]."""


def checked_realisation(value: object, polarity: Polarity) -> Decimal:
    """A realisation as a number: not negative; `True`/`False` count 1/0 for a milestone.

    Args:
        value: The realisation.
        polarity: The indicator's polarity.

    Returns:
        The realisation.

    Raises:
        InvalidValueError: If the realisation is negative or not an exact number.
    """
    if polarity is Polarity.MILESTONE and isinstance(value, bool):
        return Decimal(1) if value else Decimal(0)
    number = to_decimal(value, field="realisation")
    if number < 0:
        raise InvalidValueError(
            "realisation",
            value,
            "must not be negative",
            reason_id="tidak boleh negatif",
            code="out_of_range",
        )
    return number


def _achievement(
    target: Target | NumberLike,
    realisation: NumberLike | bool,
    polarity: Polarity = Polarity.HIGHER_IS_BETTER,
    *,
    rules: Rules | None = None,
    formula: AchievementFormula | None = None,
    limits: AchievementLimits | None = None,
    trace: Trace = None,
) -> Ratio:
    goal = Target.of(target)
    if not isinstance(polarity, Polarity):
        raise InvalidValueError(
            "polarity",
            polarity,
            "must be a Polarity",
            reason_id="harus berupa Polarity",
            code="wrong_type",
        )
    realised = checked_realisation(realisation, polarity)
    return achieve(
        goal,
        Ratio.of(realised),
        polarity,
        formula=formula,
        limits=limits,
        rules=rules_or_national(rules),
        trace=trace,
    )


@explained_by(explains_number(_achievement))
def achievement(
    target: Target | NumberLike,
    realisation: NumberLike | bool,
    polarity: Polarity = Polarity.HIGHER_IS_BETTER,
    *,
    rules: Rules | None = None,
    formula: AchievementFormula | None = None,
    limits: AchievementLimits | None = None,
) -> Decimal:
    """The achievement (capaian) of a realisation against a target, in percent.

    `explain(achievement, ...)` gives the steps and the exact value (`.exact`).

    Args:
        target: The target (`Target(value)`, `Target.range(low, high)`, or a plain number, which
            means `Target(number)`).
        realisation: The realised value (not negative). For a `MILESTONE` indicator, `True` /
            `False`, or a number that counts as done when it reaches the target's lower bound.
        polarity: Which direction is better (default: higher is better).
        rules: The rules to apply; default: the latest national rules.
        formula: The lower-is-better formula; default: the rules' (PermenPANRB 8/2021).
        limits: The cap and floor; default: the rules' (no cap, floor 0 %).

    Returns:
        The achievement in percent, exact when it has a finite decimal expansion (e.g.
        `Decimal("87.5")`), else rounded half-up to 28 significant digits.

    Raises:
        InvalidValueError: For a target of zero (except lower-is-better, see
            `ZERO_TARGET_ACHIEVEMENT`), a negative or inexact realisation, a zero realisation
            with the `INVERSE_RATIO` formula, or arguments of the wrong type.

    Examples:
        >>> achievement(Target.range(80, 90), 70)
        Decimal('87.5')
        >>> achievement(Target.range(7, 8), "6.5", Polarity.LOWER_IS_BETTER)
        Decimal('107.1428571428571428571428571')
        >>> achievement(Target.range(7, 8), 9, Polarity.LOWER_IS_BETTER)
        Decimal('87.5')
    """
    return publish(
        _achievement(target, realisation, polarity, rules=rules, formula=formula, limits=limits)
    )


def explain_achievement(
    target: Target | NumberLike,
    realisation: NumberLike | bool,
    polarity: Polarity = Polarity.HIGHER_IS_BETTER,
    *,
    formula: AchievementFormula | None = None,
    limits: AchievementLimits | None = None,
    rules: Rules | None = None,
) -> Explained[Decimal]:
    """Deprecated: use `explain(achievement, ...)`; this alias goes in the next release.

    Args:
        target: See `achievement`.
        realisation: See `achievement`.
        polarity: See `achievement`.
        formula: See `achievement`.
        limits: See `achievement`.
        rules: See `achievement`.

    Returns:
        `explain(achievement, ...)`: `.value`, `.explanation` and `.exact`.
    """
    deprecated("explain_achievement", "explain(achievement, ...)")
    return explain(
        achievement, target, realisation, polarity, formula=formula, limits=limits, rules=rules
    )


def achieve(
    goal: Target,
    realised: Ratio,
    polarity: Polarity,
    *,
    formula: AchievementFormula | None,
    limits: AchievementLimits | None,
    rules: Rules,
    trace: Trace = None,
) -> Ratio:
    """The achievement of an exact realisation (checked arguments; the shared core).

    Args:
        goal: The target.
        realised: The realisation, exact and not negative (e.g. an exact average).
        polarity: Which direction is better.
        formula: The lower-is-better formula, or `None` for the rules'.
        limits: The cap and floor, or `None` for the rules'.
        rules: The rules.
        trace: Where to record the steps (`None`: do not record).

    Returns:
        The exact achievement in percent.
    """
    resolved_formula = None
    if formula is None:
        resolved_formula = rules.resolve(ACHIEVEMENT_FORMULA)
        formula = resolved_formula.value
    elif not isinstance(formula, AchievementFormula):
        raise InvalidValueError(
            "formula",
            formula,
            "must be an AchievementFormula",
            reason_id="harus berupa AchievementFormula",
            code="wrong_type",
        )
    resolved_limits = None
    if limits is None:
        resolved_limits = rules.resolve(ACHIEVEMENT_LIMITS)
        limits = resolved_limits.value
    else:
        limits = _check_limits(limits)

    if polarity is Polarity.MILESTONE:
        raw = _HUNDRED if realised >= goal.low else _ZERO
        if trace is not None:
            trace.append(_milestone_step(goal, realised, raw))
    else:
        bound = _bound(goal, realised, trace)
        if not bound and polarity is Polarity.LOWER_IS_BETTER:
            raw = _zero_target(realised, rules, trace)
        else:
            # inside a range the bound is the realisation itself: exactly 100 % (even at 0)
            inside = goal.is_range and bound is realised
            raw = _HUNDRED if inside else _formula(bound, realised, polarity, formula)
            if trace is not None:
                uses = []
                if resolved_formula is not None and polarity is Polarity.LOWER_IS_BETTER:
                    uses.append(resolved_formula.use())
                trace.append(_formula_step(bound, realised, raw, polarity, formula, uses=uses))
    limit_use = None if resolved_limits is None or trace is None else resolved_limits.use()
    return _limited(raw, limits, limit_use, trace).reduced()


def _milestone_step(goal: Target, realised: Ratio, raw: Ratio) -> Step:
    return Step(
        Text(
            "Capaian indikator milestone: tercapai 100 %, tidak tercapai 0 %",
            "Milestone achievement: done 100 %, not done 0 %",
        ),
        inputs=(("target", goal), ("realisation", publish(realised))),
        result=publish(raw),
    )


def _formula_step(
    bound: Ratio,
    realised: Ratio,
    raw: Ratio,
    polarity: Polarity,
    formula: AchievementFormula,
    *,
    uses: list[ParameterUse],
) -> Step:
    return Step(
        _formula_text(polarity, formula),
        inputs=(("target", publish(bound)), ("realisation", publish(realised))),
        parameters=uses,
        result=publish(raw),
        citation=_LAMPIRAN if formula is AchievementFormula.PERMENPANRB_8_2021 else None,
    )


def _limited(
    raw: Ratio, limits: AchievementLimits, use: ParameterUse | None, trace: Trace
) -> Ratio:
    value = raw
    if limits.cap is not None and value > limits.cap:
        value = Ratio.of(limits.cap)
    if limits.floor is not None and value < limits.floor:
        value = Ratio.of(limits.floor)
    if trace is not None and value != raw:
        trace.append(
            Step(
                Text("Batas atas/bawah capaian", "Achievement cap/floor"),
                inputs=(("achievement", publish(raw)),),
                parameters=[use] if use is not None else [],
                result=publish(value),
            )
        )
    return value


def _zero_target(realised: Ratio, rules: Rules, trace: Trace) -> Ratio:
    resolved = rules.resolve(ZERO_TARGET_ACHIEVEMENT)
    met = not realised
    value = resolved.value.met if met else resolved.value.missed
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Target 0 (semakin rendah semakin baik): capaian dari parameter kebijakan",
                    "Target 0 (lower is better): achievement from the policy parameter",
                ),
                inputs=(("target", Decimal(0)), ("realisation", publish(realised))),
                parameters=[resolved.use(value, entry="met" if met else "missed")],
                result=value,
            )
        )
    return Ratio.of(value)


def _bound(goal: Target, realised: Ratio, trace: Trace) -> Ratio:
    if not goal.is_range:
        return Ratio.of(goal.low)
    if realised > goal.high:
        bound = Ratio.of(goal.high)
        why = Text("di atas rentang: batas atas", "above the range: upper bound")
    elif realised < goal.low:
        bound = Ratio.of(goal.low)
        why = Text("di bawah rentang: batas bawah", "below the range: lower bound")
    else:
        bound, why = realised, Text("di dalam rentang: capaian 100 %", "inside the range: 100 %")
    if trace is not None:
        trace.append(
            Step(
                Text(f"Target rentang — {why.id}", f"Range target — {why.en}"),
                inputs=(("target", goal), ("realisation", publish(realised))),
                result=publish(bound),
                citation=_LAMPIRAN,
            )
        )
    return bound


def _formula(
    target: Ratio, realised: Ratio, polarity: Polarity, formula: AchievementFormula
) -> Ratio:
    # Exact rationals: a realisation equal to a long target is exactly 100 %.
    if polarity is Polarity.HIGHER_IS_BETTER:
        if not target:
            raise InvalidValueError(
                "target",
                Decimal(0),
                "must be greater than zero for a higher-is-better indicator",
                reason_id="harus lebih besar dari nol untuk indikator yang makin tinggi makin baik",
                code="zero",
            )
        return realised * _HUNDRED / target
    if formula is AchievementFormula.INVERSE_RATIO:
        if not realised:
            raise InvalidValueError(
                "realisation",
                Decimal(0),
                "must be greater than zero for the target/realisation formula",
                reason_id="harus lebih besar dari nol untuk rumus target/realisasi",
                code="zero",
            )
        return target * _HUNDRED / realised
    return (target + target - realised) * _HUNDRED / target


def _formula_text(polarity: Polarity, formula: AchievementFormula) -> Text:
    if polarity is Polarity.HIGHER_IS_BETTER:
        return Text(
            "Capaian = realisasi / target × 100 % (kondisi normal)",
            "Achievement = realisation / target × 100 % (higher is better)",
        )
    if formula is AchievementFormula.INVERSE_RATIO:
        return Text(
            "Capaian = target / realisasi × 100 % (varian; semakin rendah semakin baik)",
            "Achievement = target / realisation × 100 % (variant; lower is better)",
        )
    return Text(
        "Capaian = (1 + (1 − realisasi / target)) × 100 % (kondisi khusus)",
        "Achievement = (1 + (1 − realisation / target)) × 100 % (lower is better)",
    )


def indicator_limits(indicator: Indicator, defaults: AchievementLimits) -> AchievementLimits:
    """The limits for an indicator: its own cap/floor where set, else the defaults.

    Args:
        indicator: The indicator.
        defaults: The limits from the rules.

    Returns:
        The limits to apply.
    """
    if indicator.cap is None and indicator.floor is None:
        return defaults
    return AchievementLimits(
        cap=indicator.cap if indicator.cap is not None else defaults.cap,
        floor=indicator.floor if indicator.floor is not None else defaults.floor,
    )
