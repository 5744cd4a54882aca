"""PP 30/2019 with PermenPANRB 8/2021: the numeric SKP of the second half of 2021.

From 1 July 2021 until the 2022 regime (PermenPANRB 6/2022), a PNS's performance was a number:

1. each indicator's achievement (*capaian IKI*, in percent) falls into a category and is turned
   into a value (*nilai capaian IKI*, 0-120) by the lampiran's formulas
   ([`indicator_value`][kinerja_core.legacy.pp30_2019.indicator_value]);
2. the SKP score is the weighted main items plus the additional items, whose total is capped
   (*Nilai SKP = Nilai KU + Nilai KT*, [`skp_score`][kinerja_core.legacy.pp30_2019.skp_score]);
3. the performance score is 70 % SKP + 30 % behaviour, or 60 % / 40 % where peers and
   subordinates give behaviour input (PP 30/2019 Pasal 41,
   [`performance_score`][kinerja_core.legacy.pp30_2019.performance_score]);
4. the score and an innovation flag give the predikat
   ([`predicate`][kinerja_core.legacy.pp30_2019.predicate]).

Every number is a dated, cited parameter in force from 1 July 2021. Functions called without
`rules` use the national rules on 31 December 2021 (the end of the regime's only period).

Every value is computed with exact rational numbers; the only rounding is the achievement's,
before its category (`PP30_ACHIEVEMENT_ROUNDING`). Results are published exactly when they have a
finite decimal expansion, else to 28 significant digits half-up. `explain(rule, ...)` (from
`kinerja_core`) gives any rule's steps and, for numbers, the exact value (`.exact`).

Examples:
    >>> from kinerja_core.legacy import pp30_2019 as pp30
    >>> pp30.indicator_value(100)
    Decimal('109')
    >>> pp30.indicator_value("97.89")  # 93 of a target of 95, rounded to 98 % first
    Decimal('88')
    >>> pp30.performance_score(100, 90)
    Decimal('97')
    >>> pp30.predicate(115)
    <Pp30Predicate.GOOD: 'Baik'>
    >>> pp30.predicate(115, innovation=True)
    <Pp30Predicate.VERY_GOOD: 'Sangat Baik'>
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import NamedTuple, Protocol, cast

import attrs

from kinerja_core.core._deprecation import deprecated
from kinerja_core.core._rules import check_rules
from kinerja_core.core._validators import (
    check_bool,
    tuple_of,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import (
    Explained,
    Explanation,
    Step,
    Text,
    Trace,
    explained_by,
    explains_number,
    explains_value,
    render_number,
)
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.numbers import (
    NumberLike,
    Ratio,
    publish,
    round_half_up,
    to_decimal,
)
from kinerja_core.core.parameters import Resolved, Rules
from kinerja_core.core.tables import Interval
from kinerja_core.legacy.pp30_2019_specs import (
    _FORMULAS,
    DEFAULT_DATE,
    EFFECTIVE_FROM,
    PERMENPANRB_8_2021,
    PP30_ACHIEVEMENT_BANDS,
    PP30_ACHIEVEMENT_ROUNDING,
    PP30_ADDITIONAL_CAP,
    PP30_ADDITIONAL_FACTORS,
    PP30_MAXIMUM_ATTAINABLE,
    PP30_PREDICATE_BANDS,
    PP30_SCORE_WEIGHTS,
    PP30_SCORE_WEIGHTS_WITH_PEER_INPUT,
    PP30_SKP_SCORE_CAP,
    PP30_VALUE_CAP,
    PP30_VALUE_FORMULA_FAIR,
    PP30_VALUE_FORMULA_GOOD,
    PP30_VALUE_FORMULA_POOR,
    PP30_VALUE_FORMULA_VERY_GOOD,
    PP30_VALUE_FORMULA_VERY_POOR,
    PP_30_2019,
    AchievementBands,
    AchievementCap,
    AdditionalItem,
    Band,
    LinearFormula,
    MainItem,
    MaximumAttainableRule,
    Pp30Predicate,
    PredicateBands,
    ScoreWeights,
    _fmt,
    formula_value,
)
from kinerja_core.national.legacy import PP30_2019 as NATIONAL_PARAMETERS
from kinerja_core.regimes.timeline import regime_rules
from kinerja_core.regimes.timeline_specs import Regime

__all__ = [
    "DEFAULT_DATE",
    "EFFECTIVE_FROM",
    "NATIONAL_PARAMETERS",
    "PP30_ACHIEVEMENT_BANDS",
    "PP30_ACHIEVEMENT_ROUNDING",
    "PP30_ADDITIONAL_CAP",
    "PP30_ADDITIONAL_FACTORS",
    "PP30_MAXIMUM_ATTAINABLE",
    "PP30_PREDICATE_BANDS",
    "PP30_SCORE_WEIGHTS",
    "PP30_SCORE_WEIGHTS_WITH_PEER_INPUT",
    "PP30_SKP_SCORE_CAP",
    "PP30_VALUE_CAP",
    "PP30_VALUE_FORMULA_FAIR",
    "PP30_VALUE_FORMULA_GOOD",
    "PP30_VALUE_FORMULA_POOR",
    "PP30_VALUE_FORMULA_VERY_GOOD",
    "PP30_VALUE_FORMULA_VERY_POOR",
    "AchievementBands",
    "AchievementCap",
    "AdditionalItem",
    "Band",
    "IndicatorValue",
    "LinearFormula",
    "MainItem",
    "MaximumAttainableRule",
    "PerformanceScore",
    "Pp30Predicate",
    "PredicateBands",
    "PredicateResult",
    "ScoreWeights",
    "SkpScore",
    "achievement_category",
    "explain_indicator_value",
    "explain_performance_score",
    "explain_predicate",
    "explain_skp_score",
    "indicator_value",
    "performance_score",
    "predicate",
    "skp_score",
]


_PASAL_41 = Citation(PP_30_2019, "Pasal 41 ayat (1)")
_KU_WEIGHTING = Citation(
    PERMENPANRB_8_2021,
    "Lampiran Bab VI.A.1.b) angka 3) huruf (a) (nilai tertimbang rencana kinerja utama)",
    Text(
        "Cara pembobotan kinerja utama belum dibaca; bobot dari pemanggil harus berjumlah 100. "
        "Contoh perhitungan (59,2 + 43,6) + 0 = 102,8 cocok dengan pembagian 60/40 atas dua "
        "kelompok.",
        "How main items are weighted was not seen; the caller's weights (bobot) must add up to "
        "100. The worked example's (59.2 + 43.6) + 0 = 102.8 fits a 60/40 split of two groups.",
    ),
    confidence=Confidence.UNCONFIRMED,
)
_NILAI_SKP = Citation(PERMENPANRB_8_2021, "Lampiran Bab VI.A.1.b) angka 4), hlm. 95-96")
_TEN_THOUSAND_R = Ratio(10000)  # k/100 × scope weight/100


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@attrs.frozen
class PerformanceScore(Document):
    """A performance score (*nilai kinerja*) with how it was reached.

    Attributes:
        score: The score (exact, unrounded).
        explanation: The steps.
    """

    score: Decimal
    explanation: Explanation


@attrs.frozen
class PredicateResult(Document):
    """A PP 30/2019 predikat with how it was reached.

    Attributes:
        predicate: The predikat.
        explanation: The steps.
    """

    predicate: Pp30Predicate
    explanation: Explanation


@attrs.frozen
class IndicatorValue(Document):
    """An indicator's value (*nilai capaian IKI*) with how it was reached.

    Attributes:
        achievement: The achievement as given (percent).
        rounded_achievement: The achievement the category and formula were applied to (after
            [`PP30_ACHIEVEMENT_ROUNDING`][kinerja_core.legacy.pp30_2019.PP30_ACHIEVEMENT_ROUNDING]).
        category: The achievement's category (*kategori capaian IKI*).
        value: The value (0-120 under the national rules).
        explanation: The steps.
    """

    achievement: Decimal
    rounded_achievement: Decimal
    category: Pp30Predicate
    value: Decimal
    explanation: Explanation


@attrs.frozen
class SkpScore(Document):
    """An SKP score (*nilai SKP*) with its parts and how it was reached.

    Attributes:
        score: The SKP score (after the cap, if any).
        main_total: The main items' weighted total (*nilai KU*).
        additional_total: The additional items' total after its cap (*nilai KT*).
        explanation: The steps.
    """

    score: Decimal
    main_total: Decimal
    additional_total: Decimal
    explanation: Explanation


# --------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------


def _in_force(rules: Rules | None) -> Rules:
    # the regime's window is the policy's regime timeline (one source for every check)
    return regime_rules(Regime.PP_30_2019, check_rules(rules))


def _on_scale(value: object, field: str, scale: Interval) -> Decimal:
    number = to_decimal(value, field=field)
    if not scale.contains(number):
        raise InvalidValueError(
            field,
            value,
            f"must lie on the PP 30/2019 scale {scale} (Pasal 41 ayat (5))",
            reason_id=f"harus berada pada skala PP 30/2019 {scale.describe('id')} "
            "(Pasal 41 ayat (5))",
        )
    return number


def _score_scale(rules: Rules, scale: Interval) -> Interval:
    """The scale of an SKP or performance score: the Pasal 41 scale, extended when uncapped.

    With the SKP cap off (`PP30_SKP_SCORE_CAP` = `None`) an SKP may reach the top of the scale
    plus the additional-items cap (130 nationally), and so may a performance score.
    """
    if rules.resolve(PP30_SKP_SCORE_CAP).value is not None or scale.upper is None:
        return scale
    extra = rules.resolve(PP30_ADDITIONAL_CAP).value
    top = publish(Ratio.of(scale.upper) + Ratio.of(extra))
    return Interval(scale.lower, top, scale.lower_closed, True)


class _Exact(Protocol):
    @property
    def exact(self) -> Ratio: ...  # pragma: no cover


def _explains_exact(rule: Callable[..., _Exact]) -> Callable[..., Explained[Decimal]]:
    """The explainer of a rule whose implementation returns its parts with an `exact` value."""

    def explainer(*args: object, **kwargs: object) -> Explained[Decimal]:
        steps: list[Step] = []
        exact = rule(*args, trace=steps, **kwargs).exact
        return Explained(publish(exact), Explanation(steps), exact.fraction())

    return explainer


_HUNDRED_R = Ratio(100)


def score_performance(
    skp_score: NumberLike | Ratio,
    behaviour_score: NumberLike,
    *,
    with_peer_input: bool = False,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Ratio:
    """The exact performance score (the one implementation of `performance_score`).

    Args:
        skp_score: See `performance_score`; an exact `Ratio` is an SKP computed by `score_skp`
            (already on the scale).
        behaviour_score: See `performance_score`.
        with_peer_input: See `performance_score`.
        rules: See `performance_score`.
        trace: Where to record the steps (`None`: do not record).

    Returns:
        The exact score.
    """
    peer = check_bool(with_peer_input, field="with_peer_input")
    in_force = _in_force(rules)
    scale = in_force.resolve(PP30_PREDICATE_BANDS).value.scale
    if isinstance(skp_score, Ratio):
        skp = skp_score
    else:
        skp = Ratio.of(_on_scale(skp_score, "skp_score", _score_scale(in_force, scale)))
    behaviour = Ratio.of(_on_scale(behaviour_score, "behaviour_score", scale))
    weights = in_force.resolve(PP30_SCORE_WEIGHTS_WITH_PEER_INPUT if peer else PP30_SCORE_WEIGHTS)
    weighted = Ratio.of(weights.value.skp) * skp + Ratio.of(weights.value.behaviour) * behaviour
    score = (weighted / _HUNDRED_R).reduced()
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Nilai kinerja = bobot SKP × nilai SKP + bobot perilaku kerja × nilai "
                    "perilaku kerja",
                    "Performance score = SKP weight × SKP score + behaviour weight × behaviour "
                    "score",
                ),
                inputs=(
                    ("skp_score", publish(skp)),
                    ("behaviour_score", publish(behaviour)),
                    ("with_peer_input", peer),
                ),
                parameters=[weights.use(str(weights.value))],
                result=publish(score),
                citation=_PASAL_41,
                fact=Text("Nilai kinerja", "Performance score"),
            )
        )
    return score


def explain_performance_score(
    skp_score: NumberLike,
    behaviour_score: NumberLike,
    *,
    with_peer_input: bool = False,
    rules: Rules | None = None,
) -> PerformanceScore:
    """Deprecated: use `explain(performance_score, ...)`; this alias goes in the next release.

    Args:
        skp_score: See `performance_score`.
        behaviour_score: See `performance_score`.
        with_peer_input: See `performance_score`.
        rules: See `performance_score`.

    Returns:
        The score (published) and its explanation.
    """
    deprecated("explain_performance_score", "explain(performance_score, ...)")
    steps: list[Step] = []
    score = score_performance(
        skp_score, behaviour_score, with_peer_input=with_peer_input, rules=rules, trace=steps
    )
    return PerformanceScore(publish(score), Explanation(steps))


@explained_by(explains_number(score_performance))
def performance_score(
    skp_score: NumberLike,
    behaviour_score: NumberLike,
    *,
    with_peer_input: bool = False,
    rules: Rules | None = None,
) -> Decimal:
    """The performance score (*nilai kinerja*): 70 % SKP + 30 % behaviour, or 60 % / 40 %.

    Computed exactly; `explain(performance_score, ...)` gives the step and the exact value.
    With the SKP cap off (`PP30_SKP_SCORE_CAP` = `None`), the SKP score may lie above 120, up to
    120 + the additional-items cap (130 nationally), and the performance score is computed
    from it as it is.

    Args:
        skp_score: The SKP score (*nilai SKP*), on the 0-120 scale (0-130 with the SKP cap off).
        behaviour_score: The behaviour score (*nilai perilaku kerja*), on the 0-120 scale.
        with_peer_input: Whether peers and direct subordinates give behaviour input (60 % /
            40 % instead of 70 % / 30 %).
        rules: The rules to apply; default: the national rules on 31 December 2021.

    Returns:
        The score, published (exact when it has a finite decimal expansion, else rounded
        half-up to 28 significant digits); not rounded by any rule.

    Raises:
        InvalidValueError: If a score is not an exact number on its scale or `with_peer_input`
            is not a bool.
        RuleNotInForceError: If `rules` is for a date before 1 July 2021.

    Examples:
        >>> performance_score("102.8", 90)
        Decimal('98.96')
        >>> performance_score("102.8", 90, with_peer_input=True)
        Decimal('97.68')
    """
    return publish(
        score_performance(skp_score, behaviour_score, with_peer_input=with_peer_input, rules=rules)
    )


def predicate_of(
    score: NumberLike | Ratio,
    *,
    innovation: bool = False,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Pp30Predicate:
    """The predikat of a performance score (the one implementation of `predicate`).

    Args:
        score: See `predicate`; an exact `Ratio` is a score computed by `score_performance`.
        innovation: See `predicate`.
        rules: See `predicate`.
        trace: Where to record the steps (`None`: do not record).

    Returns:
        The predikat.
    """
    created = check_bool(innovation, field="innovation")
    in_force = _in_force(rules)
    bands = in_force.resolve(PP30_PREDICATE_BANDS)
    scale = bands.value.scale
    if isinstance(score, Ratio):
        number = score
    else:
        number = Ratio.of(_on_scale(score, "score", _score_scale(in_force, scale)))
    table = bands.value.with_innovation if created else bands.value.table
    top = scale.upper
    above = top is not None and number > top
    chosen = table.lookup(top if top is not None and above else number, field="score")
    if trace is not None:
        rule = Text(
            "Predikat kinerja dari nilai kinerja (Sangat Baik juga mensyaratkan ide baru "
            "dan/atau cara baru yang bermanfaat)",
            "Performance predicate from the score (Sangat Baik also needs a new idea or way of "
            "working that benefits the organisation)",
        )
        if above:
            edge = publish(cast(Decimal, top))
            rule = Text(
                f"{rule.id}; nilai di atas {render_number(edge, 'id')} (batas nilai SKP tidak "
                "berlaku) masuk rentang teratas",
                f"{rule.en}; a score above {render_number(edge, 'en')} (SKP cap off) takes the "
                "top band",
            )
        trace.append(
            Step(
                rule,
                inputs=(("score", publish(number)), ("innovation", created)),
                parameters=[bands.use(str(bands.value[chosen]), entry=chosen.value)],
                result=chosen,
                fact=Text("Predikat kinerja", "Performance predicate"),
            )
        )
    return chosen


def explain_predicate(
    score: NumberLike, *, innovation: bool = False, rules: Rules | None = None
) -> PredicateResult:
    """Deprecated: use `explain(predicate, ...)`; this alias goes in the next release.

    Args:
        score: See `predicate`.
        innovation: See `predicate`.
        rules: See `predicate`.

    Returns:
        The predikat and the explanation naming the band used.
    """
    deprecated("explain_predicate", "explain(predicate, ...)")
    steps: list[Step] = []
    chosen = predicate_of(score, innovation=innovation, rules=rules, trace=steps)
    return PredicateResult(chosen, Explanation(steps))


@explained_by(explains_value(predicate_of))
def predicate(
    score: NumberLike, *, innovation: bool = False, rules: Rules | None = None
) -> Pp30Predicate:
    """The PP 30/2019 predikat of a performance score.

    Sangat Baik: 110 ≤ x ≤ 120 and innovation; Baik: 90 ≤ x ≤ 120; Cukup: 70 ≤ x < 90; Kurang:
    50 ≤ x < 70; Sangat Kurang: x < 50 (Pasal 41 ayat (5)). The score is compared exactly with
    the bands. With the SKP cap off (`PP30_SKP_SCORE_CAP` = `None`) a score may lie above 120
    (up to 120 + the additional-items cap); such a score takes the top band (Baik, or Sangat
    Baik with innovation), and the explanation says so. `explain(predicate, ...)` names the
    band used.

    Args:
        score: The performance score (*nilai kinerja*), 0-120 (0-130 with the SKP cap off).
        innovation: Whether the PNS created a new idea or way of working that benefits the
            organisation or the state (Pasal 41 ayat (5) huruf a angka 2; decided by the unit
            head, ayat (6)). Without it a score in the Sangat Baik band is Baik.
        rules: The rules to apply; default: the national rules on 31 December 2021.

    Returns:
        The predikat.

    Raises:
        InvalidValueError: If `score` is not an exact number on its scale or `innovation` is not
            a bool.
        RuleNotInForceError: If `rules` is for a date before 1 July 2021.

    Examples:
        >>> predicate("89.99"), predicate(90)
        (<Pp30Predicate.FAIR: 'Cukup'>, <Pp30Predicate.GOOD: 'Baik'>)
    """
    return predicate_of(score, innovation=innovation, rules=rules)


class _IndicatorParts(NamedTuple):
    exact: Ratio
    achievement: Decimal
    rounded: Decimal
    category: Pp30Predicate


def _line(formula: LinearFormula, achievement: Decimal) -> Ratio:
    return formula_value(formula, Ratio.of(achievement))


def value_of_indicator(
    achievement: NumberLike,
    *,
    maximum_attainable: bool = False,
    rules: Rules | None = None,
    trace: Trace = None,
) -> _IndicatorParts:
    """The exact value of an indicator and its parts (the one implementation of the rule).

    Args:
        achievement: See `indicator_value`.
        maximum_attainable: See `indicator_value`.
        rules: See `indicator_value`.
        trace: Where to record the steps (`None`: do not record).

    Returns:
        The exact value, the achievement as given and as rounded, and its category.
    """
    at_maximum = check_bool(maximum_attainable, field="maximum_attainable")
    raw = to_decimal(achievement, field="achievement")
    if raw < 0:
        raise InvalidValueError(
            "achievement",
            achievement,
            "must not be negative (percent)",
            reason_id="tidak boleh negatif (persen)",
        )
    in_force = _in_force(rules)
    rounding = in_force.resolve(PP30_ACHIEVEMENT_ROUNDING)
    used = raw if rounding.value is None else round_half_up(raw, rounding.value)
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Pembulatan capaian IKI (setengah ke atas) sebelum kategori dan rumus",
                    "Round the achievement (half up) before its category and formula",
                ),
                inputs=(("achievement", raw),),
                parameters=[rounding.use()],
                result=used,
            )
        )
    if at_maximum:
        rule = in_force.resolve(PP30_MAXIMUM_ATTAINABLE)
        if raw > rule.value.achievement:
            raise InvalidValueError(
                "achievement",
                achievement,
                f"cannot exceed {_fmt(rule.value.achievement)} % on a target that is the "
                "maximum attainable",
                reason_id=f"tidak boleh melebihi {_fmt(rule.value.achievement)} % untuk target "
                "yang merupakan nilai maksimal yang dapat dicapai",
            )
        if used == rule.value.achievement:
            if trace is not None:
                trace.append(
                    Step(
                        Text(
                            "Capaian IKI penuh atas target maksimal yang dapat dicapai",
                            "Full achievement of a target that is the most that can be achieved",
                        ),
                        inputs=(("achievement", used), ("maximum_attainable", True)),
                        parameters=[rule.use(str(rule.value))],
                        result=rule.value.value,
                    )
                )
            return _IndicatorParts(Ratio.of(rule.value.value), raw, used, rule.value.category)
    bands = in_force.resolve(PP30_ACHIEVEMENT_BANDS)
    category = bands.value.table.lookup(used, field="achievement")
    if trace is not None:
        trace.append(
            Step(
                Text("Kategori capaian IKI", "Achievement category"),
                inputs=(("achievement", used),),
                parameters=[bands.use(str(bands.value[category]), entry=category.value)],
                result=category,
            )
        )
    cap = in_force.resolve(PP30_VALUE_CAP)
    if used > cap.value.threshold:
        value = Ratio.of(cap.value.value)
        if trace is not None:
            threshold, fixed = cap.value.threshold, cap.value.value
            trace.append(
                Step(
                    Text(
                        f"Capaian IKI lebih dari {render_number(threshold, 'id')} % dikonversi "
                        f"menjadi {render_number(fixed, 'id')}",
                        f"An achievement above {render_number(threshold, 'en')} % is converted "
                        f"to {render_number(fixed, 'en')}",
                    ),
                    inputs=(("achievement", used),),
                    parameters=[cap.use(str(cap.value))],
                    result=cap.value.value,
                )
            )
    else:
        formula: Resolved[LinearFormula] = in_force.resolve(_FORMULAS[category])
        value = _line(formula.value, used)
        if trace is not None:
            trace.append(
                Step(
                    Text(
                        f"Nilai capaian IKI kategori {category.value} = {formula.value}",
                        f"Indicator value, category {category.label('en')} = {formula.value}",
                    ),
                    inputs=(("achievement", used),),
                    parameters=[formula.use(str(formula.value))],
                    result=publish(value),
                )
            )
    return _IndicatorParts(value.reduced(), raw, used, category)


def explain_indicator_value(
    achievement: NumberLike, *, maximum_attainable: bool = False, rules: Rules | None = None
) -> IndicatorValue:
    """Deprecated: use `explain(indicator_value, ...)`; this alias goes in the next release.

    Args:
        achievement: See `indicator_value`.
        maximum_attainable: See `indicator_value`.
        rules: See `indicator_value`.

    Returns:
        The value, the category, the achievement used, and the explanation.
    """
    deprecated("explain_indicator_value", "explain(indicator_value, ...)")
    steps: list[Step] = []
    parts = value_of_indicator(
        achievement, maximum_attainable=maximum_attainable, rules=rules, trace=steps
    )
    return IndicatorValue(
        parts.achievement,
        parts.rounded,
        parts.category,
        publish(parts.exact),
        Explanation(steps),
    )


@explained_by(_explains_exact(value_of_indicator))
def indicator_value(
    achievement: NumberLike, *, maximum_attainable: bool = False, rules: Rules | None = None
) -> Decimal:
    """An indicator's value (*nilai capaian IKI*, 0-120) from its achievement in percent.

    The steps: round the achievement
    ([`PP30_ACHIEVEMENT_ROUNDING`][kinerja_core.legacy.pp30_2019.PP30_ACHIEVEMENT_ROUNDING],
    nationally to a whole percent, the only rounding); a met maximum-attainable target is
    Sangat Baik with value 120; otherwise find the category
    ([`PP30_ACHIEVEMENT_BANDS`][kinerja_core.legacy.pp30_2019.PP30_ACHIEVEMENT_BANDS]); above
    110 % the value is 120, else the category's formula applies, exactly.
    `explain(indicator_value, ...)` gives the steps and the exact value (`.exact`).

    Args:
        achievement: The achievement (*capaian IKI*) in percent, not negative.
        maximum_attainable: Whether the target is the most the indicator can reach (e.g. "100 %
            of reports free of material findings"); such a target cannot be exceeded.
        rules: The rules to apply; default: the national rules on 31 December 2021.

    Returns:
        The value, published (exact when it has a finite decimal expansion, else rounded
        half-up to 28 significant digits).

    Raises:
        InvalidValueError: If `achievement` is not an exact number or is negative, exceeds a
            maximum-attainable target, or no achievement band of the rules contains it; if
            `maximum_attainable` is not a bool.
        RuleNotInForceError: If `rules` is for a date before 1 July 2021.

    Examples:
        >>> indicator_value(100), indicator_value(100, maximum_attainable=True)
        (Decimal('109'), Decimal('120'))
        >>> indicator_value(150)
        Decimal('120')
    """
    return publish(
        value_of_indicator(achievement, maximum_attainable=maximum_attainable, rules=rules).exact
    )


def _category_of(
    achievement: NumberLike,
    *,
    maximum_attainable: bool = False,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Pp30Predicate:
    return value_of_indicator(
        achievement, maximum_attainable=maximum_attainable, rules=rules, trace=trace
    ).category


@explained_by(explains_value(_category_of))
def achievement_category(
    achievement: NumberLike, *, maximum_attainable: bool = False, rules: Rules | None = None
) -> Pp30Predicate:
    """The category of an indicator's achievement (*kategori capaian IKI*).

    The same steps as [`indicator_value`][kinerja_core.legacy.pp30_2019.indicator_value] up to
    the category: the achievement rounded as the rules say, then its band
    ([`PP30_ACHIEVEMENT_BANDS`][kinerja_core.legacy.pp30_2019.PP30_ACHIEVEMENT_BANDS]); a met
    maximum-attainable target is Sangat Baik.

    Args:
        achievement: The achievement (*capaian IKI*) in percent, not negative.
        maximum_attainable: Whether the target is the most the indicator can reach.
        rules: The rules to apply; default: the national rules on 31 December 2021.

    Returns:
        The category.

    Raises:
        InvalidValueError: As `indicator_value`.
        RuleNotInForceError: If `rules` is for a date before 1 July 2021.

    Examples:
        >>> [achievement_category(x).value for x in (98, 100, 105)]
        ['Cukup', 'Baik', 'Sangat Baik']
        >>> achievement_category("99.5")  # rounded to a whole percent first (nationally)
        <Pp30Predicate.GOOD: 'Baik'>
    """
    return _category_of(achievement, maximum_attainable=maximum_attainable, rules=rules)


def _label(item: MainItem | AdditionalItem, index: int) -> str:
    return item.name if item.name is not None else f"#{index + 1}"


class _SkpParts(NamedTuple):
    exact: Ratio
    main_total: Ratio
    additional_total: Ratio


def score_skp(
    main_items: Sequence[MainItem],
    additional_items: Sequence[AdditionalItem] = (),
    *,
    rules: Rules | None = None,
    trace: Trace = None,
) -> _SkpParts:
    """The exact SKP score and its parts (the one implementation of `skp_score`).

    Args:
        main_items: See `skp_score`.
        additional_items: See `skp_score`.
        rules: See `skp_score`.
        trace: Where to record the steps (`None`: do not record).

    Returns:
        The exact SKP score (after the cap, if any), main total and additional total.
    """
    mains: tuple[MainItem, ...] = tuple_of(MainItem, "a MainItem")("main_items")(main_items)
    extras: tuple[AdditionalItem, ...] = tuple_of(AdditionalItem, "an AdditionalItem")(
        "additional_items"
    )(additional_items)
    if not mains:
        raise InvalidValueError(
            "main_items",
            main_items,
            "needs at least one main item",
            reason_id="memerlukan sedikitnya satu butir kinerja utama",
            code="empty",
        )
    in_force = _in_force(rules)
    scale = in_force.resolve(PP30_PREDICATE_BANDS).value.scale
    values = [("main_items", i, item.value) for i, item in enumerate(mains)]
    values += [("additional_items", i, item.value) for i, item in enumerate(extras)]
    for field, index, value in values:
        _on_scale(value, f"{field}[{index}].value", scale)
    total_weight = Ratio(0)
    for item in mains:
        total_weight += Ratio.of(item.weight)
    if total_weight != _HUNDRED_R:
        raise InvalidValueError(
            "main_items",
            _fmt(publish(total_weight)),
            "the weights (bobot) must add up to exactly 100",
            reason_id="jumlah bobot harus tepat 100",
            code="bad_total",
        )

    main_sum = Ratio(0)
    for index, main in enumerate(mains):
        weighted = Ratio.of(main.weight) * Ratio.of(main.value) / _HUNDRED_R
        main_sum += weighted
        if trace is not None:
            label = _label(main, index)
            trace.append(
                Step(
                    Text(
                        f"Nilai tertimbang kinerja utama {label} = bobot/100 × nilai",
                        f"Weighted main item {label} = weight/100 × value",
                    ),
                    inputs=(("weight", main.weight), ("value", main.value)),
                    result=publish(weighted),
                    citation=_KU_WEIGHTING,
                )
            )
    main_total = main_sum.reduced()

    factors = in_force.resolve(PP30_ADDITIONAL_FACTORS)
    additional_sum = Ratio(0)
    for index, extra in enumerate(extras):
        factor = factors.value[extra.category]
        share = Ratio.of(factor) * Ratio.of(extra.scope_weight)
        weighted = share * Ratio.of(extra.value) / _TEN_THOUSAND_R
        additional_sum += weighted
        if trace is not None:
            label = _label(extra, index)
            trace.append(
                Step(
                    Text(
                        f"Nilai tertimbang kinerja tambahan {label} = k/100 × bobot "
                        "lingkup penugasan/100 × nilai",
                        f"Weighted additional item {label} = k/100 × scope weight/100 × value",
                    ),
                    inputs=(
                        ("category", extra.category),
                        ("scope_weight", extra.scope_weight),
                        ("value", extra.value),
                    ),
                    parameters=[factors.use(factor, entry=extra.category.value)],
                    result=publish(weighted),
                )
            )
    raw_additional = additional_sum.reduced()
    additional_cap = in_force.resolve(PP30_ADDITIONAL_CAP)
    additional_total = min(raw_additional, Ratio.of(additional_cap.value))
    total = (main_total + additional_total).reduced()
    score_cap = in_force.resolve(PP30_SKP_SCORE_CAP)
    score = total if score_cap.value is None else min(total, Ratio.of(score_cap.value))
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Nilai KT = total nilai tertimbang kinerja tambahan, paling tinggi batasnya",
                    "Additional total = sum of weighted additional items, at most the cap",
                ),
                inputs=(("sum", publish(raw_additional)),),
                parameters=[additional_cap.use()],
                result=publish(additional_total),
            )
        )
        trace.append(
            Step(
                Text(
                    "Nilai SKP = Nilai KU + Nilai KT", "SKP score = main total + additional total"
                ),
                inputs=(
                    ("main_total", publish(main_total)),
                    ("additional_total", publish(additional_total)),
                ),
                result=publish(total),
                citation=_NILAI_SKP,
            )
        )
        trace.append(
            Step(
                Text("Batas atas nilai SKP", "Upper limit of the SKP score"),
                inputs=(("skp_score", publish(total)),),
                parameters=[score_cap.use()],
                result=publish(score),
                fact=Text("Nilai SKP", "SKP score"),
            )
        )
    return _SkpParts(score, main_total, additional_total)


def explain_skp_score(
    main_items: Sequence[MainItem],
    additional_items: Sequence[AdditionalItem] = (),
    *,
    rules: Rules | None = None,
) -> SkpScore:
    """Deprecated: use `explain(skp_score, ...)`; this alias goes in the next release.

    Args:
        main_items: See `skp_score`.
        additional_items: See `skp_score`.
        rules: See `skp_score`.

    Returns:
        The SKP score, its two parts (published), and the explanation.
    """
    deprecated("explain_skp_score", "explain(skp_score, ...)")
    steps: list[Step] = []
    parts = score_skp(main_items, additional_items, rules=rules, trace=steps)
    return SkpScore(
        publish(parts.exact),
        publish(parts.main_total),
        publish(parts.additional_total),
        Explanation(steps),
    )


@explained_by(_explains_exact(score_skp))
def skp_score(
    main_items: Sequence[MainItem],
    additional_items: Sequence[AdditionalItem] = (),
    *,
    rules: Rules | None = None,
) -> Decimal:
    """The SKP score: weighted main items plus capped additional items (*Nilai KU + Nilai KT*).

    Each main item counts `weight/100 × value`; the weights are the caller's (how the lampiran
    weights main items was not seen) and must add up to exactly 100. Each additional item counts
    `k/100 × scope_weight/100 × value`, with `k` from the category of its achievement; the
    additional total is capped (10 nationally). The sum is capped at 120 (a policy choice, see
    [`PP30_SKP_SCORE_CAP`][kinerja_core.legacy.pp30_2019.PP30_SKP_SCORE_CAP]); with that cap
    set to `None` the SKP may reach 120 + the additional cap (130 nationally), and
    `performance_score` and `predicate` accept it. Everything is computed exactly;
    `explain(skp_score, ...)` gives every weighted item, both totals, the caps and the exact
    value.

    Args:
        main_items: The main items (*rencana kinerja utama*), at least one; their weights add
            up to exactly 100.
        additional_items: The additional items (*rencana kinerja tambahan*).
        rules: The rules to apply; default: the national rules on 31 December 2021.

    Returns:
        The SKP score, published (exact when it has a finite decimal expansion, else rounded
        half-up to 28 significant digits).

    Raises:
        InvalidValueError: If the items are malformed, the main weights do not add up to 100,
            or a value lies above the 0-120 scale.
        RuleNotInForceError: If `rules` is for a date before 1 July 2021.

    Examples:
        >>> skp_score([MainItem(88, 60), MainItem(109, 40)])
        Decimal('96.4')
        >>> skp_score([MainItem(100, 100)], [AdditionalItem(109, Pp30Predicate.GOOD, 10)])
        Decimal('108.72')
    """
    return publish(score_skp(main_items, additional_items, rules=rules).exact)
