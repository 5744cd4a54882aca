"""Achievement (capaian): realisation against target, in percent.

The default formulas are those of the PermenPANRB 8/2021 lampiran [P]:

- higher is better (*kondisi normal*): `capaian = realisasi / target × 100 %`;
- lower is better (*kondisi khusus*, e.g. time): `capaian = (1 + (1 − realisasi / target)) × 100 %`;
- a range target: inside the range → 100 %; above it, the formula uses the upper bound; below it,
  the lower bound.

Another formula seen in the field for lower-is-better, `target / realisasi`, is available only as
the explicitly named variant [`AchievementFormula.INVERSE_RATIO`][kinerja_core.AchievementFormula].

Results are exact and unrounded (the lampiran prints 107.14…% as "107 %", but rounding is left to
the rule that consumes the achievement). Limits (a cap and a floor) are parameters: nationally no
cap, and a floor of 0 % so that a lower-is-better realisation more than twice the target does not
produce a negative percentage.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from kinerja_core._labels import LabelledEnum
from kinerja_core._rules import rules_or_national
from kinerja_core._validators import instance_check, optional_decimal
from kinerja_core.errors import InvalidValueError
from kinerja_core.exact import NumberLike, divide, exact_product, exact_sum, to_decimal
from kinerja_core.explain import Explanation, ParameterUse, Step, Text
from kinerja_core.indicators import Indicator, Polarity, Target
from kinerja_core.law import Citation, Confidence
from kinerja_core.parameters import Parameter, ParameterSpec, Rules, Version

__all__ = [
    "ACHIEVEMENT_FORMULA",
    "ACHIEVEMENT_LIMITS",
    "AchievementFormula",
    "AchievementLimits",
    "AchievementOutcome",
    "achievement",
    "explain_achievement",
]

_HUNDRED = Decimal(100)
_LAMPIRAN = Citation(
    "PermenPANRB 8/2021",
    "Lampiran (perhitungan capaian indikator: kondisi normal, kondisi khusus, target rentang)",
)


class AchievementFormula(LabelledEnum):
    """The family of achievement formulas to use for lower-is-better indicators."""

    PERMENPANRB_8_2021 = "PermenPANRB 8/2021"
    """Lower is better: `(1 + (1 − realisasi / target)) × 100 %` (the default)."""
    INVERSE_RATIO = "target/realisasi"
    """Lower is better: `target / realisasi × 100 %` — a variant seen in the field."""

    @classmethod
    def _english(cls) -> dict[AchievementFormula, str]:
        return {
            cls.PERMENPANRB_8_2021: "PermenPANRB 8/2021 (2 − realisation/target)",
            cls.INVERSE_RATIO: "target/realisation",
        }


def _cap(value: object) -> Decimal | None:
    return optional_decimal(value, field="cap")


def _floor(value: object) -> Decimal | None:
    return optional_decimal(value, field="floor")


@attrs.frozen
class AchievementLimits:
    """The highest and lowest achievement (percent) allowed; `None` means unlimited.

    Attributes:
        cap: The maximum achievement, e.g. `Decimal(120)`, or `None`.
        floor: The minimum achievement, e.g. `Decimal(0)`, or `None`.
    """

    cap: Decimal | None = attrs.field(default=None, converter=_cap)
    floor: Decimal | None = attrs.field(default=None, converter=_floor)

    def __attrs_post_init__(self) -> None:
        if self.cap is not None and self.floor is not None and self.cap < self.floor:
            raise InvalidValueError("cap", self.cap, f"must not be below floor ({self.floor})")

    def to_dict(self) -> dict[str, str | None]:
        """The limits as plain data."""
        return {
            "cap": None if self.cap is None else str(self.cap),
            "floor": None if self.floor is None else str(self.floor),
        }


_check_formula = instance_check(
    AchievementFormula, "achievement_formula", "must be an AchievementFormula"
)


_check_limits = instance_check(
    AchievementLimits, "achievement_limits", "must be an AchievementLimits"
)


ACHIEVEMENT_FORMULA: ParameterSpec[AchievementFormula] = ParameterSpec(
    "achievement_formula",
    "The achievement formula for lower-is-better indicators.",
    _check_formula,
)
"""Parameter: which lower-is-better achievement formula applies."""

ACHIEVEMENT_LIMITS: ParameterSpec[AchievementLimits] = ParameterSpec(
    "achievement_limits",
    "The cap and floor applied to every indicator achievement (percent).",
    _check_limits,
)
"""Parameter: the default cap and floor of an achievement (an indicator may set its own)."""

_IN_FORCE = date(2021, 1, 1)

NATIONAL_PARAMETERS = (
    Parameter(
        ACHIEVEMENT_FORMULA,
        [Version(_IN_FORCE, AchievementFormula.PERMENPANRB_8_2021, _LAMPIRAN)],
    ),
    Parameter(
        ACHIEVEMENT_LIMITS,
        [
            Version(
                _IN_FORCE,
                AchievementLimits(cap=None, floor=0),
                Citation(
                    "kinerja-core",
                    "achievement limits",
                    "The lampiran sets no cap on capaian (the > 110 % → nilai 120 rule caps the "
                    "nilai, not the capaian); a floor of 0 % keeps lower-is-better achievements "
                    "from going negative.",
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)


@attrs.frozen
class AchievementOutcome:
    """An achievement with the explanation of how it was computed.

    Attributes:
        value: The achievement in percent (exact, unrounded).
        explanation: The steps.
    """

    value: Decimal
    explanation: Explanation

    def to_dict(self) -> dict[str, object]:
        """The outcome as plain data."""
        return {"value": str(self.value), "explanation": self.explanation.to_dict()}


def _realisation(value: object, polarity: Polarity) -> Decimal:
    if polarity is Polarity.MILESTONE and isinstance(value, bool):
        return Decimal(1) if value else Decimal(0)
    number = to_decimal(value, field="realisation")
    if number < 0:
        raise InvalidValueError("realisation", value, "must not be negative")
    return number


def explain_achievement(
    target: Target | NumberLike,
    realisation: NumberLike | bool,
    polarity: Polarity = Polarity.HIGHER_IS_BETTER,
    *,
    formula: AchievementFormula | None = None,
    limits: AchievementLimits | None = None,
    rules: Rules | None = None,
) -> AchievementOutcome:
    """The achievement of one realisation against a target, with its explanation.

    Args:
        target: The target (`Target(value)`, `Target.range(low, high)`, or a plain number).
        realisation: The realised value (not negative). For a `MILESTONE` indicator, `True` /
            `False`, or a number that counts as done when it reaches the target's lower bound.
        polarity: Which direction is better.
        formula: The lower-is-better formula; default: the rules' `achievement_formula`.
        limits: The cap and floor; default: the rules' `achievement_limits`.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The achievement in percent and its explanation.

    Raises:
        InvalidValueError: For a non-positive target, a negative or inexact realisation, a zero
            realisation with the `INVERSE_RATIO` formula, or arguments of the wrong type.
    """
    goal = Target.of(target)
    if not isinstance(polarity, Polarity):
        raise InvalidValueError("polarity", polarity, "must be a Polarity")
    realised = _realisation(realisation, polarity)
    in_force = rules_or_national(rules)
    uses: list[ParameterUse] = []
    if formula is None:
        resolved_formula = in_force.resolve(ACHIEVEMENT_FORMULA)
        formula = resolved_formula.value
        if polarity is Polarity.LOWER_IS_BETTER:
            uses.append(resolved_formula.use())
    elif not isinstance(formula, AchievementFormula):
        raise InvalidValueError("formula", formula, "must be an AchievementFormula")
    if limits is None:
        resolved_limits = in_force.resolve(ACHIEVEMENT_LIMITS)
        limits = resolved_limits.value
        limit_use: ParameterUse | None = resolved_limits.use()
    else:
        limits = _check_limits(limits)
        limit_use = None

    steps: list[Step] = []
    if polarity is Polarity.MILESTONE:
        raw = _HUNDRED if realised >= goal.low else Decimal(0)
        steps.append(
            Step(
                Text(
                    "Capaian indikator milestone: tercapai 100 %, tidak tercapai 0 %",
                    "Milestone achievement: done 100 %, not done 0 %",
                ),
                inputs=(("target", goal), ("realisation", realised)),
                result=raw,
            )
        )
    else:
        bound, bound_step = _bound(goal, realised)
        if bound_step is not None:
            steps.append(bound_step)
        raw = _formula(bound, realised, polarity, formula)
        steps.append(
            Step(
                _formula_text(polarity, formula),
                inputs=(("target", bound), ("realisation", realised)),
                parameters=uses,
                result=raw,
                citation=_LAMPIRAN if formula is AchievementFormula.PERMENPANRB_8_2021 else None,
            )
        )
    value = raw
    if limits.cap is not None and value > limits.cap:
        value = limits.cap
    if limits.floor is not None and value < limits.floor:
        value = limits.floor
    if value != raw:
        steps.append(
            Step(
                Text("Batas atas/bawah capaian", "Achievement cap/floor"),
                inputs=(("achievement", raw),),
                parameters=[limit_use] if limit_use is not None else [],
                result=value,
            )
        )
    return AchievementOutcome(value, Explanation(steps))


def _bound(goal: Target, realised: Decimal) -> tuple[Decimal, Step | None]:
    if not goal.is_range:
        return goal.low, None
    if realised > goal.high:
        bound, why = goal.high, Text("di atas rentang: batas atas", "above the range: upper bound")
    elif realised < goal.low:
        bound, why = goal.low, Text("di bawah rentang: batas bawah", "below the range: lower bound")
    else:
        bound, why = realised, Text("di dalam rentang: capaian 100 %", "inside the range: 100 %")
    step = Step(
        Text(f"Target rentang — {why.id}", f"Range target — {why.en}"),
        inputs=(("target", goal), ("realisation", realised)),
        result=bound,
        citation=_LAMPIRAN,
    )
    return bound, step


def _formula(
    target: Decimal, realised: Decimal, polarity: Polarity, formula: AchievementFormula
) -> Decimal:
    # Exact numerators, one rounding in `divide`: a realisation equal to a long target is 100 %.
    if polarity is Polarity.HIGHER_IS_BETTER:
        return divide(exact_product(realised, _HUNDRED), target, field="target")
    if formula is AchievementFormula.INVERSE_RATIO:
        if realised == 0:
            raise InvalidValueError(
                "realisation",
                realised,
                "must be greater than zero for the target/realisation formula",
            )
        return divide(exact_product(target, _HUNDRED), realised, field="realisation")
    twice_less_realised = exact_sum((target, target, realised.copy_negate()))
    return divide(exact_product(twice_less_realised, _HUNDRED), target, field="target")


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

    Args:
        target: The target (`Target(value)`, `Target.range(low, high)`, or a plain number, which
            means `Target(number)`).
        realisation: The realised value.
        polarity: Which direction is better (default: higher is better).
        rules: The rules to apply; default: the latest national rules.
        formula: The lower-is-better formula; default: the rules' (PermenPANRB 8/2021).
        limits: The cap and floor; default: the rules' (no cap, floor 0 %).

    Returns:
        The achievement in percent, exact and unrounded (e.g. `Decimal("87.5")`).

    Raises:
        InvalidValueError: See [`explain_achievement`][kinerja_core.explain_achievement].

    Examples:
        >>> achievement(Target.range(80, 90), 70)
        Decimal('87.5')
        >>> achievement(Target.range(7, 8), "6.5", Polarity.LOWER_IS_BETTER)
        Decimal('107.1428571428571428571428571')
        >>> achievement(Target.range(7, 8), 9, Polarity.LOWER_IS_BETTER)
        Decimal('87.5')
    """
    return explain_achievement(
        target, realisation, polarity, formula=formula, limits=limits, rules=rules
    ).value


def indicator_limits(indicator: Indicator, defaults: AchievementLimits) -> AchievementLimits:
    """The limits for an indicator: its own cap/floor where set, else the defaults.

    Args:
        indicator: The indicator.
        defaults: The limits from the rules.

    Returns:
        The limits to apply.
    """
    return AchievementLimits(
        cap=indicator.cap if indicator.cap is not None else defaults.cap,
        floor=indicator.floor if indicator.floor is not None else defaults.floor,
    )
