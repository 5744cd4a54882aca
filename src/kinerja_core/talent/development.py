"""Development recommendations: what an evaluation calls for, each with its reason and its law.

PermenPANRB 6/2022 puts *pembinaan kinerja* (coaching, counselling, *pengembangan kinerja*)
between execution and appraisal, and PP 30/2019 Pasal 53 gives priorities after two
consecutive years of the same predikat; neither says which follow-up a given result calls for.
kinerja-core therefore recommends from three dated parameters, each cited, the policy defaults
marked as such:

1. **by predikat** ([`DEVELOPMENT_BY_PREDICATE`][kinerja_core.talent.DEVELOPMENT_BY_PREDICATE],
   a policy default): Butuh Perbaikan → coaching and competency development; Kurang and
   Sangat Kurang → coaching, counselling and competency development; Baik and Sangat Baik →
   nothing from the predikat alone;
2. **two years running** ([`DEVELOPMENT_PRIORITIES`][kinerja_core.talent.DEVELOPMENT_PRIORITIES],
   PP 30/2019 Pasal 53 [P]): Sangat Baik twice → may be prioritised for the succession pool
   (talent pool); Baik twice → prioritised for competency development. It needs the predikat
   of the year before (`previous_predicate`);
3. **weaknesses** ([`DEVELOPMENT_WEAKNESS`][kinerja_core.talent.DEVELOPMENT_WEAKNESS], a policy
   default): every indicator whose achievement is below 100 % and every BerAKHLAK core value
   whose score is below that of Sesuai Ekspektasi gets training, the weakest first (and marked
   `weakest`).

Every comparison is exact: achievements and value scores are kept as fractions, never rounded
before they are compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._validators import a_bool, enum_repr, instance_of, member_of
from kinerja_core.core.documents import INVALID, Codec, Document, Problems, read_decimal
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import (
    NO_STEPS,
    Explainable,
    Explanation,
    Recipe,
    Step,
    Text,
    Trace,
    explained_by,
    explains_result,
    render_number,
)
from kinerja_core.core.law import Citation
from kinerja_core.core.numbers import EXACT_CONTEXT, publish, to_decimal
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.performance.behaviour_specs import BEHAVIOUR_SCORES, CoreValue
from kinerja_core.performance.evaluation import Evaluation
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.periods.period import Period
from kinerja_core.regimes.timeline_specs import Regime
from kinerja_core.talent.box_specs import FollowUp
from kinerja_core.talent.development_specs import (
    DEVELOPMENT_BY_PREDICATE,
    DEVELOPMENT_PRIORITIES,
    DEVELOPMENT_WEAKNESS,
    DevelopmentBasis,
)

__all__ = [
    "DevelopmentCase",
    "DevelopmentPlan",
    "Recommendation",
    "recommend_development",
]

_NONE = Text("tidak ada", "none")
_WEAK = Text("lemah", "weak")
_NOT_WEAK = Text("tidak lemah", "not weak")
_RATIONAL = re.compile(r"-?\d+/\d+")


# --- exact numbers in documents: "87.5" when the decimal ends, "200/3" when it does not -------


def _exact_text(value: Fraction) -> str:
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator != 1:
        return f"{value.numerator}/{value.denominator}"
    exact = EXACT_CONTEXT.divide(Decimal(value.numerator), Decimal(value.denominator))
    return f"{exact:f}"


def _exact(value: object, field: str) -> Fraction:
    if isinstance(value, Fraction):
        return value
    return Fraction(to_decimal(value, field=field))


class _ExactCodec(Codec):
    """An exact number: written as a plain decimal when it has one, else as `"n/d"`."""

    kinds = frozenset({"string", "number", "integer"})

    def dump(self, value: Any, explanation: bool) -> Any:  # noqa: ANN401
        return _exact_text(value)

    def load(self, data: object, path: str, problems: Problems) -> Any:  # noqa: ANN401
        if isinstance(data, str) and _RATIONAL.fullmatch(data):
            numerator, denominator = (int(part) for part in data.split("/"))
            if denominator == 0:
                return problems.add(path, "zero", data, "the denominator is 0", "penyebutnya 0")
            return Fraction(numerator, denominator)
        number = read_decimal(data, path, problems)
        return number if not isinstance(number, Decimal) else Fraction(number)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": ["string", "number"],
            "description": "An exact number: plain notation, or 'numerator/denominator'.",
        }


class _ScoreCodec(_ExactCodec):
    """A core value's judgement: a `Rating` (its official label) or an exact score."""

    def dump(self, value: Any, explanation: bool) -> Any:  # noqa: ANN401
        return value.value if isinstance(value, Rating) else _exact_text(value)

    def load(self, data: object, path: str, problems: Problems) -> Any:  # noqa: ANN401
        for rating in Rating:
            if data == rating.value:
                return rating
        return super().load(data, path, problems)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "anyOf": [
                {"enum": [rating.value for rating in Rating]},
                super().schema(defs),
            ]
        }


class _MapCodec(Codec):
    """A JSON object of string keys (or core values) to exact numbers (or ratings)."""

    kinds = frozenset({"object"})

    def __init__(self, keys: type[str] | type[CoreValue], values: Codec) -> None:
        self.keys = keys
        self.values = values

    def dump(self, value: Any, explanation: bool) -> Any:  # noqa: ANN401
        return {
            (k.value if isinstance(k, CoreValue) else k): self.values.dump(v, explanation)
            for k, v in value.items()
        }

    def load(self, data: object, path: str, problems: Problems) -> Any:  # noqa: ANN401
        if not isinstance(data, Mapping):
            return problems.add(path, "wrong_type", data, "must be an object", "harus berupa objek")
        result: dict[object, object] = {}
        for key, raw in data.items():
            where = f'{path}["{key}"]'
            member: object = key
            if self.keys is CoreValue:
                member = next((v for v in CoreValue if v.value == key), None)
                if member is None:
                    labels = ", ".join(v.value for v in CoreValue)
                    problems.add(
                        where,
                        "unknown_label",
                        key,
                        f"must be one of the core values {labels}",
                        f"harus salah satu nilai dasar {labels}",
                    )
                    continue
            result[member] = self.values.load(raw, where, problems)
        if any(loaded is INVALID for loaded in result.values()) or len(result) < len(data):
            return INVALID
        return FrozenMap(result)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "type": "object",
            "additionalProperties": self.values.schema(defs),
        }
        if self.keys is CoreValue:
            schema["propertyNames"] = {"enum": [v.value for v in CoreValue]}
        return schema


class _OptionalExact(_ExactCodec):
    kinds = frozenset({"string", "number", "integer", "null"})

    def dump(self, value: Any, explanation: bool) -> Any:  # noqa: ANN401
        return None if value is None else _exact_text(value)

    def load(self, data: object, path: str, problems: Problems) -> Any:  # noqa: ANN401
        return None if data is None else super().load(data, path, problems)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [{"type": "null"}, super().schema(defs)]}


# --- the case ---------------------------------------------------------------------------------


def _achievements(value: object) -> FrozenMap[str, Fraction]:
    if value is None:
        return FrozenMap()
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            "achievements",
            value,
            "must map indicator keys to achievements (percent)",
            reason_id="harus memetakan kunci indikator ke capaiannya (persen)",
            code="wrong_type",
        )
    result: dict[str, Fraction] = {}
    for key, number in value.items():
        if not isinstance(key, str) or not key.strip():
            raise InvalidValueError(
                "achievements",
                key,
                "each key must be a non-empty indicator key",
                reason_id="setiap kunci harus berupa kunci indikator yang tidak kosong",
                code="blank",
            )
        result[key] = _exact(number, f"achievements[{key}]")
    return FrozenMap(result)


def _behaviour(value: object) -> FrozenMap[CoreValue, Rating | Fraction]:
    if value is None:
        return FrozenMap()
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            "behaviour",
            value,
            "must map core values to a Rating or a score",
            reason_id="harus memetakan nilai dasar ke Rating atau skor",
            code="wrong_type",
        )
    result: dict[CoreValue, Rating | Fraction] = {}
    for key, judged in value.items():
        if not isinstance(key, CoreValue):
            raise InvalidValueError(
                "behaviour",
                key,
                "each key must be a CoreValue (use CoreValue.parse for text labels)",
                reason_id="setiap kunci harus berupa CoreValue (gunakan CoreValue.parse untuk "
                "label teks)",
                code="wrong_type",
            )
        field = f"behaviour[{key.value}]"
        result[key] = judged if isinstance(judged, Rating) else _exact(judged, field)
    return FrozenMap(result)


def _optional_predicate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Predicate):
        raise InvalidValueError(
            attribute.name,
            value,
            "must be a Predicate or None (use Predicate.parse for text labels)",
            reason_id="harus berupa Predicate atau None (gunakan Predicate.parse untuk label teks)",
            code="wrong_type",
        )


@attrs.frozen
class DevelopmentCase(Document):
    """What development recommendations are made from: one employee's results for a period.

    Build it from an evaluation with [`DevelopmentCase.of`][kinerja_core.talent.DevelopmentCase.of]
    or from the parts (e.g. what an app stores).

    Attributes:
        predicate: The period's predikat, if known.
        achievements: Each indicator's achievement in percent, by indicator key (exact).
        behaviour: Each BerAKHLAK core value's judgement: a `Rating`, or a score on the scale of
            `BEHAVIOUR_SCORES` (nationally 1-3, e.g. the mean of several raters).
        previous_predicate: The predikat of the year before, for the two-years-running
            priorities (PP 30/2019 Pasal 53).
        period: The period, if known (the national rules default to those of its last day).

    Examples:
        >>> case = DevelopmentCase(Predicate.NEEDS_IMPROVEMENT, achievements={"IKI-1": "87.5"})
        >>> case.achievements["IKI-1"]
        Fraction(175, 2)
    """

    __document_top__ = True

    predicate: Predicate | None = attrs.field(default=None, validator=_optional_predicate)
    achievements: FrozenMap[str, Fraction] = attrs.field(
        factory=FrozenMap,
        converter=_achievements,
        metadata={"codec": _MapCodec(str, _ExactCodec())},
    )
    behaviour: FrozenMap[CoreValue, Rating | Fraction] = attrs.field(
        factory=FrozenMap,
        converter=_behaviour,
        metadata={"codec": _MapCodec(CoreValue, _ScoreCodec())},
    )
    previous_predicate: Predicate | None = attrs.field(
        default=None, validator=_optional_predicate, kw_only=True
    )
    period: Period | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(instance_of(Period, "a Period")),
        kw_only=True,
    )

    @classmethod
    def of(
        cls, evaluation: Evaluation, *, previous_predicate: Predicate | None = None
    ) -> DevelopmentCase:
        """The case of an evaluated PermenPANRB 6/2022 evaluation.

        The achievements come from the plan's item achievements (when the work-result rating
        was proposed from realisations) and the core values' scores from the behaviour
        assessment (when the behaviour rating was aggregated from judgements); a rating given
        directly carries no per-indicator or per-value detail.

        Args:
            evaluation: The evaluation.
            previous_predicate: The predikat of the year before, if known.

        Returns:
            The case.

        Raises:
            InvalidValueError: If `evaluation` is not an evaluated PermenPANRB 6/2022
                `Evaluation`.
        """
        if not isinstance(evaluation, Evaluation):
            raise InvalidValueError(
                "evaluation",
                evaluation,
                "must be an Evaluation",
                reason_id="harus berupa Evaluation",
                code="wrong_type",
            )
        if (
            evaluation.regime is not Regime.PERMENPANRB_6_2022
            or not evaluation.evaluated
            or not isinstance(evaluation.predicate, Predicate)
        ):
            raise InvalidValueError(
                "evaluation",
                evaluation.status.value,
                "must be an evaluated PermenPANRB 6/2022 evaluation (with a predikat)",
                reason_id="harus berupa evaluasi menurut PermenPANRB 6/2022 yang sudah dinilai "
                "(memiliki predikat)",
                code="not_applicable",
            )
        achievements: dict[str, Fraction] = {}
        if evaluation.achievement is not None:
            achievements = {item.key: item.exact for item in evaluation.achievement.items}
        behaviour: dict[CoreValue, Rating | Fraction] = {}
        assessment = evaluation.behaviour_scores
        if assessment is not None:
            behaviour = {
                value: Fraction(numerator, assessment.denominator)
                for value, numerator in zip(CoreValue, assessment.numerators, strict=True)
            }
        return cls(
            evaluation.predicate,
            achievements,
            behaviour,
            previous_predicate=previous_predicate,
            period=evaluation.period,
        )


# --- the result -------------------------------------------------------------------------------


def _optional_core_value(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, CoreValue):
        raise InvalidValueError(
            "core_value",
            value,
            "must be a CoreValue or None",
            reason_id="harus berupa CoreValue atau None",
            code="wrong_type",
        )


def _optional_found(value: object) -> Fraction | None:
    return None if value is None else _exact(value, "found")


def _optional_threshold(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value, field="threshold")


@attrs.frozen
class Recommendation(Document):
    """One recommended follow-up, with why and on what law.

    Attributes:
        follow_up: What is recommended.
        basis: What it rests on: the predikat, two years running, an indicator or a core value.
        reason: Why, in Indonesian and English (e.g. "Capaian indikator IKI-1 87,5 % di bawah
            100 %").
        citation: The regulation, or the policy default, it comes from.
        indicator: The indicator's key, for a weak indicator.
        core_value: The core value, for a weak core value.
        found: The achievement (percent) or value score found, exact, for a weakness.
        threshold: The threshold it was compared with (a weakness is strictly below it).
        weakest: Whether it is the weakest indicator (or core value) of the case.
    """

    follow_up: FollowUp = attrs.field(validator=member_of(FollowUp), repr=enum_repr)
    basis: DevelopmentBasis = attrs.field(validator=member_of(DevelopmentBasis), repr=enum_repr)
    reason: Text = attrs.field(validator=instance_of(Text, "a Text"))
    citation: Citation = attrs.field(validator=instance_of(Citation, "a Citation"), repr=False)
    indicator: str | None = attrs.field(default=None, kw_only=True)
    core_value: CoreValue | None = attrs.field(
        default=None, validator=_optional_core_value, kw_only=True
    )
    found: Fraction | None = attrs.field(
        default=None,
        converter=_optional_found,
        kw_only=True,
        metadata={"codec": _OptionalExact()},
    )
    threshold: Decimal | None = attrs.field(
        default=None, converter=_optional_threshold, kw_only=True
    )
    weakest: bool = attrs.field(default=False, validator=a_bool, kw_only=True)


def _recommendations(value: object) -> tuple[Recommendation, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise InvalidValueError(
            "recommendations",
            value,
            "must be a sequence of Recommendation",
            reason_id="harus berupa daftar Recommendation",
            code="wrong_type",
        )
    for item in value:
        if not isinstance(item, Recommendation):
            raise InvalidValueError(
                "recommendations",
                item,
                "must be a Recommendation",
                reason_id="harus berupa Recommendation",
                code="wrong_type",
            )
    return tuple(value)


@attrs.frozen
class DevelopmentPlan(Explainable, Document):
    """The development recommendations for one employee; explained when read.

    Attributes:
        recommendations: Every recommendation, in order: from the predikat, from two years
            running, then each weak indicator and each weak core value, the weakest first.
        explanation: The steps (each rule applied, with its parameters and citations), built on
            first read.
    """

    __document_top__ = True

    recommendations: tuple[Recommendation, ...] = attrs.field(converter=_recommendations)
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False
    )

    @property
    def follow_ups(self) -> tuple[FollowUp, ...]:
        """The distinct follow-ups recommended, in order of first recommendation."""
        return tuple(dict.fromkeys(r.follow_up for r in self.recommendations))


# --- the rule ---------------------------------------------------------------------------------


def _percent(value: Fraction | Decimal, lang: str) -> str:
    return render_number(publish(value), "id" if lang == "id" else "en")


def _by_predicate(case: DevelopmentCase, rules: Rules, trace: Trace) -> list[Recommendation]:
    found: list[Recommendation] = []
    predicate = case.predicate
    if predicate is None:
        return found
    table = rules.resolve(DEVELOPMENT_BY_PREDICATE)
    follow_ups: tuple[FollowUp, ...] = table.value.lookup(predicate, field="predicate")
    reason = Text(
        f"Predikat kinerja {predicate.value}", f"Performance predicate {predicate.label('en')}"
    )
    found.extend(
        Recommendation(f, DevelopmentBasis.PREDICATE, reason, table.citation) for f in follow_ups
    )
    if trace is not None:
        trace.append(
            Step(
                Text("Tindak lanjut menurut predikat kinerja", "Follow-ups for the predikat"),
                inputs=(("predicate", predicate),),
                parameters=[table.use(follow_ups or _NONE, entry=predicate.value)],
                result=follow_ups or _NONE,
            )
        )
    previous = case.previous_predicate
    if previous is None:
        return found
    priorities = rules.resolve(DEVELOPMENT_PRIORITIES)
    priority = priorities.value.get(predicate) if previous is predicate else None
    if priority is not None:
        found.append(
            Recommendation(
                priority,
                DevelopmentBasis.TWO_YEARS,
                Text(
                    f"Predikat {predicate.value} dua tahun berturut-turut: dapat diprioritaskan",
                    f"Predikat {predicate.label('en')} two years running: may be prioritised",
                ),
                priorities.citation,
            )
        )
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Prioritas setelah predikat yang sama dua tahun berturut-turut",
                    "Priority after the same predikat two years running",
                ),
                inputs=(("previous_predicate", previous), ("predicate", predicate)),
                parameters=[priorities.use()],
                result=_NONE if priority is None else priority,
            )
        )
    return found


def _weakest_first(
    weak: list[tuple[Any, Fraction]],
) -> list[tuple[Any, Fraction, bool]]:
    if not weak:
        return []
    lowest = min(score for _, score in weak)
    ordered = sorted(weak, key=lambda pair: pair[1])  # stable: ties keep the case's order
    return [(key, score, score == lowest) for key, score in ordered]


def _by_indicator(case: DevelopmentCase, rules: Rules, trace: Trace) -> list[Recommendation]:
    weakness = rules.resolve(DEVELOPMENT_WEAKNESS)
    rule = weakness.value
    threshold = Fraction(rule.achievement_below)
    weak = []
    for key, achieved in case.achievements.items():
        is_weak = achieved < threshold
        if is_weak:
            weak.append((key, achieved))
        if trace is not None:
            trace.append(
                Step(
                    Text(
                        f"Indikator {key}: capaian dibandingkan dengan batas lemah",
                        f"Indicator {key}: achievement against the weakness threshold",
                    ),
                    inputs=(("indicator", key), ("achievement", publish(achieved))),
                    parameters=[weakness.use(rule.achievement_below, entry="capaian")],
                    result=_WEAK if is_weak else _NOT_WEAK,
                )
            )
    return [
        Recommendation(
            rule.follow_up,
            DevelopmentBasis.INDICATOR,
            Text(
                f"Capaian indikator {key} {_percent(achieved, 'id')} % di bawah "
                f"{_percent(rule.achievement_below, 'id')} %",
                f"Achievement of indicator {key} {_percent(achieved, 'en')} % below "
                f"{_percent(rule.achievement_below, 'en')} %",
            ),
            weakness.citation,
            indicator=key,
            found=achieved,
            threshold=rule.achievement_below,
            weakest=weakest,
        )
        for key, achieved, weakest in _weakest_first(weak)
    ]


def _by_core_value(case: DevelopmentCase, rules: Rules, trace: Trace) -> list[Recommendation]:
    if not case.behaviour:
        return []
    weakness = rules.resolve(DEVELOPMENT_WEAKNESS)
    rule = weakness.value
    scores = rules.resolve(BEHAVIOUR_SCORES)
    limit_score = scores.value[rule.behaviour_below]
    limit = Fraction(limit_score)
    weak = []
    for value, judged in case.behaviour.items():
        score = Fraction(scores.value[judged]) if isinstance(judged, Rating) else judged
        is_weak = score < limit
        if is_weak:
            weak.append((value, score))
        if trace is not None:
            uses = [
                weakness.use(rule.behaviour_below, entry="perilaku kerja"),
                scores.use(limit_score, entry=rule.behaviour_below.value),
            ]
            if isinstance(judged, Rating) and judged is not rule.behaviour_below:
                uses.append(scores.use(scores.value[judged], entry=judged.value))
            shown: tuple[tuple[str, object], ...] = (("core_value", value),)
            if isinstance(judged, Rating):
                shown += (("ratings", judged),)
            shown += (("value_score", publish(score)),)
            trace.append(
                Step(
                    Text(
                        f"Nilai dasar {value.value}: skor dibandingkan dengan batas lemah",
                        f"Core value {value.label('en')}: score against the weakness threshold",
                    ),
                    inputs=shown,
                    parameters=uses,
                    result=_WEAK if is_weak else _NOT_WEAK,
                )
            )
    return [
        Recommendation(
            rule.follow_up,
            DevelopmentBasis.CORE_VALUE,
            Text(
                f"Skor nilai dasar {value.value} {_percent(score, 'id')} di bawah skor "
                f"{rule.behaviour_below.value} ({_percent(limit_score, 'id')})",
                f"Score of core value {value.label('en')} {_percent(score, 'en')} below the "
                f"score of {rule.behaviour_below.label('en')} ({_percent(limit_score, 'en')})",
            ),
            weakness.citation,
            core_value=value,
            found=score,
            threshold=limit_score,
            weakest=weakest,
        )
        for value, score, weakest in _weakest_first(weak)
    ]


def _recommend(
    case: DevelopmentCase, rules: Rules, trace: Trace = None
) -> tuple[Recommendation, ...]:
    found = [
        *_by_predicate(case, rules, trace),
        *_by_indicator(case, rules, trace),
        *_by_core_value(case, rules, trace),
    ]
    if trace is not None:
        follow_ups = tuple(dict.fromkeys(r.follow_up for r in found))
        trace.append(
            Step(
                Text("Rekomendasi pengembangan", "Development recommendations"),
                result=follow_ups or _NONE,
                fact=Text("Rekomendasi pengembangan", "Development recommendations"),
            )
        )
    return tuple(found)


def _plan_steps(case: DevelopmentCase, rules: Rules) -> Explanation:
    steps: list[Step] = []
    _recommend(case, rules, steps)
    return Explanation(steps)


def recommend_development(
    source: Evaluation | DevelopmentCase, *, rules: Rules | None = None
) -> DevelopmentPlan:
    """The development recommendations of an evaluation (or of a case), each with its reason.

    See the module documentation for the three rules (by predikat, two years running,
    weaknesses) and their parameters.

    Args:
        source: An evaluated PermenPANRB 6/2022 `Evaluation`, or a `DevelopmentCase` (use
            `DevelopmentCase.of(evaluation, previous_predicate=...)` for the two-years-running
            priorities).
        rules: The rules to apply; default: the national rules on the last day of the case's
            period (the latest national rules when it has none).

    Returns:
        The recommendations; the explanation is built when read.

    Raises:
        InvalidValueError: If `source` is neither, or an evaluation that was not evaluated.
        RuleNotInForceError: If `rules` is for a date before the parameters were in force.

    Examples:
        >>> case = DevelopmentCase(
        ...     Predicate.NEEDS_IMPROVEMENT, achievements={"IKI-1": "87.5", "IKI-2": 105}
        ... )
        >>> plan = recommend_development(case)
        >>> [f.value for f in plan.follow_ups]
        ['Coaching', 'Pengembangan Kompetensi', 'Pelatihan']
        >>> print(plan.recommendations[-1].reason("id"))
        Capaian indikator IKI-1 87,5 % di bawah 100 %
    """
    if isinstance(source, Evaluation):
        case = DevelopmentCase.of(source)
    elif isinstance(source, DevelopmentCase):
        case = source
    else:
        raise InvalidValueError(
            "source",
            source,
            "must be an Evaluation or a DevelopmentCase",
            reason_id="harus berupa Evaluation atau DevelopmentCase",
            code="wrong_type",
        )
    on = None if case.period is None else case.period.end
    in_force = rules_or_national(rules, on)
    recommendations = _recommend(case, in_force)
    return DevelopmentPlan(recommendations, explanation=Recipe(_plan_steps, case, in_force))


explained_by(explains_result(recommend_development))(recommend_development)
