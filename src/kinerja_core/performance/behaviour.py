"""Work behaviour (perilaku kerja): the BerAKHLAK core values and multi-rater aggregation.

PermenPANRB 6/2022 rates an employee's work behaviour against the seven BerAKHLAK core values
(SE MenPANRB 20/2021): **Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif,
Kolaboratif**. Each value has three *panduan perilaku* (behaviour guides), and the leader may add an
*ekspektasi khusus pimpinan* (special expectation) per value. The supervisor (*atasan*) judges
each value, possibly with feedback from peers (*rekan kerja*) and subordinates (*bawahan*).

**How the judgements combine into one behaviour rating is not stated in any regulation seen**
(domain reference §1.4: UNCONFIRMED). kinerja-core therefore offers named rules
([`BehaviourAggregation`][kinerja_core.performance.BehaviourAggregation]) and makes the national
default a parameter marked as a policy choice: the rule the common programs use [C], i.e. score Di
Bawah / Sesuai / Di Atas Ekspektasi as 1 / 2 / 3, average, round half up (2.5 → 3), map back.

The default is a **two-stage mean**: first the mean score of each core value over all the
judgements of that value, then the mean of the seven value scores. Every core value therefore
weighs the same, however many raters judged it. **All seven values must be judged** (by anyone;
for `SUPERVISOR_ONLY`, by the supervisor): a missing value is an error, never silently skipped.

A self-assessment (*penilaian diri sendiri*) is deliberately not a rater role: no source makes it
an input of the rating, and averaging it in would let employees raise their own rating.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise
from math import lcm

import attrs

from kinerja_core.core._deprecation import deprecated
from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._validators import (
    check_member,
    tuple_of,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import (
    NO_STEPS,
    Explainable,
    Explanation,
    ParameterUse,
    Recipe,
    Step,
    Text,
    Trace,
    explained_by,
    explains_value,
)
from kinerja_core.core.numbers import Ratio, publish
from kinerja_core.core.parameters import Resolved, Rules
from kinerja_core.national import rules_or_national
from kinerja_core.performance.behaviour_specs import (
    BEHAVIOUR_AGGREGATION,
    BEHAVIOUR_GUIDES,
    BEHAVIOUR_SCORES,
    BehaviourAggregation,
    BehaviourJudgement,
    CoreValue,
    RaterRole,
    SpecialExpectations,
)
from kinerja_core.performance.ratings import Rating

__all__ = [
    "BEHAVIOUR_AGGREGATION",
    "BEHAVIOUR_GUIDES",
    "BEHAVIOUR_SCORES",
    "BehaviourAggregation",
    "BehaviourAssessment",
    "BehaviourJudgement",
    "BehaviourOutcome",
    "CoreValue",
    "RaterRole",
    "SpecialExpectations",
    "assess_behaviour",
    "behaviour_guides",
    "behaviour_rating",
    "explain_behaviour_rating",
]


@attrs.frozen
class BehaviourAssessment(Explainable, Document):
    """A behaviour rating with the scores behind it; its explanation is built when read.

    Attributes:
        rating: The behaviour rating (rating perilaku kerja).
        aggregation: The rule that was applied.
        numerators: The exact score of each core value, in BerAKHLAK order, as numerators over
            `denominator` (internal form; read `value_scores`).
        denominator: The common denominator of the value scores.
        overall: The exact overall score (internal form; read `score` or `exact_score`).
        explanation: The steps that produced the rating (built on first read).
    """

    __document_derived__ = ("score", "value_scores")

    rating: Rating
    aggregation: BehaviourAggregation
    numerators: tuple[int, ...] = attrs.field(repr=False)
    denominator: int = attrs.field(repr=False)
    overall: Ratio = attrs.field(repr=False)
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False
    )

    @property
    def value_scores(self) -> FrozenMap[CoreValue, Decimal]:
        """The score of each core value, in BerAKHLAK order.

        Each is the mean or median of its judgements' scores, published from the exact value.
        """
        return FrozenMap(
            {
                value: publish(Ratio(n, self.denominator))
                for value, n in zip(CoreValue, self.numerators, strict=True)
            }
        )

    @property
    def score(self) -> Decimal:
        """The overall score over the seven values, before the rating is chosen."""
        return publish(self.overall)

    @property
    def exact_score(self) -> Fraction:
        """The overall score, exact."""
        return self.overall.fraction()


BehaviourOutcome = BehaviourAssessment
"""Deprecated name of [`BehaviourAssessment`][kinerja_core.performance.BehaviourAssessment]."""

_judgement_tuple = tuple_of(BehaviourJudgement, "a BehaviourJudgement")("judgements")


def _judgements(value: object) -> tuple[BehaviourJudgement, ...]:
    items = _judgement_tuple(value)
    if not items:
        raise InvalidValueError(
            "judgements",
            items,
            "needs at least one behaviour judgement",
            reason_id="memerlukan sedikitnya satu penilaian perilaku kerja",
            code="empty",
        )
    seen: set[tuple[str, CoreValue]] = set()
    for item in items:
        if item.rater_id is None:
            continue
        key = (item.rater_id, item.core_value)
        if key in seen:
            raise InvalidValueError(
                "judgements",
                item,
                f"rater {item.rater_id!r} judged {item.core_value.value} more than once",
                reason_id=(
                    f"penilai {item.rater_id!r} menilai {item.core_value.value} lebih dari sekali"
                ),
                code="duplicate",
            )
        seen.add(key)
    return items


def _median(values: Sequence[Ratio]) -> Ratio:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) * _HALF


def _mean(values: Sequence[Ratio]) -> Ratio:
    # one exact division over a common denominator (no intermediate fractions)
    denominator = lcm(*(value.d for value in values))
    total = sum(value.n * (denominator // value.d) for value in values)
    return Ratio(total, denominator * len(values))


def _nearest_rating(score: Ratio, scores: Mapping[Rating, Decimal]) -> Rating:
    """The rating whose score is nearest to `score`; exactly halfway goes to the higher one."""
    ordered = list(scores.items())  # strictly increasing (checked by the parameter)
    for (low, low_score), (high, high_score) in pairwise(ordered):
        if score < high_score:
            if score <= low_score:
                return low
            # halfway or beyond (compared exactly): the higher rating
            beyond = (score - Ratio.of(low_score)) * 2 >= Ratio.of(high_score - low_score)
            return high if beyond else low
    return ordered[-1][0]


_HALF = Ratio(1, 2)


def _assess(
    judgements: Iterable[BehaviourJudgement],
    *,
    aggregation: BehaviourAggregation | None = None,
    rules: Rules | None = None,
    trace: Trace = None,
) -> tuple[Rating, BehaviourAggregation, dict[CoreValue, Ratio], Ratio]:
    items = _judgements(judgements)
    in_force = rules_or_national(rules)
    resolved_rule = None
    if aggregation is None:
        resolved_rule = in_force.resolve(BEHAVIOUR_AGGREGATION)
        rule = resolved_rule.value
    else:
        rule = check_member(aggregation, BehaviourAggregation, field="aggregation")
    scores = in_force.resolve(BEHAVIOUR_SCORES)

    considered = items
    if rule is BehaviourAggregation.SUPERVISOR_ONLY:
        considered = tuple(j for j in items if j.role is RaterRole.SUPERVISOR)
        if not considered:
            raise InvalidValueError(
                "judgements",
                sorted({j.role.value for j in items}),
                "the SUPERVISOR_ONLY rule needs at least one judgement by the supervisor "
                "(Atasan); only other roles were given",
                reason_id=(
                    "aturan SUPERVISOR_ONLY memerlukan sedikitnya satu penilaian oleh atasan; "
                    "yang diberikan hanya penilaian dari peran lain"
                ),
                code="missing",
            )
    by_value: dict[CoreValue, list[Ratio]] = {value: [] for value in CoreValue}
    ratings_by_value: dict[CoreValue, list[Rating]] = {value: [] for value in CoreValue}
    exact_scores = {rating: Ratio.of(score) for rating, score in scores.value.items()}
    for judgement in considered:
        by_value[judgement.core_value].append(exact_scores[judgement.rating])
        ratings_by_value[judgement.core_value].append(judgement.rating)
    missing = [value.value for value, found in by_value.items() if not found]
    if missing:
        whose = (
            "the supervisor's judgements"
            if rule is BehaviourAggregation.SUPERVISOR_ONLY
            else "the judgements"
        )
        whose_id = (
            "penilaian oleh atasan" if rule is BehaviourAggregation.SUPERVISOR_ONLY else "penilaian"
        )
        raise InvalidValueError(
            "judgements",
            missing,
            f"every BerAKHLAK core value needs at least one judgement; {whose} miss: "
            + ", ".join(missing),
            reason_id=(
                f"setiap nilai dasar BerAKHLAK memerlukan sedikitnya satu penilaian; {whose_id} "
                "belum ada untuk: "
            )
            + ", ".join(missing),
            code="missing_entry",
        )
    combine = _median if rule is BehaviourAggregation.MEDIAN else _mean
    per_value = {value: combine(found) for value, found in by_value.items()}
    overall = combine(list(per_value.values()))
    rating = _nearest_rating(overall, scores.value)
    if trace is not None:
        uses = [] if resolved_rule is None else [resolved_rule.use()]
        trace.extend(
            _assessment_steps(
                (rule, uses, len(considered), len(items)),
                by_value,
                ratings_by_value,
                (per_value, overall, rating),
                scores,
            )
        )
    return rating, rule, per_value, overall


def _assessment_steps(
    counted: tuple[BehaviourAggregation, list[ParameterUse], int, int],
    by_value: Mapping[CoreValue, list[Ratio]],
    ratings_by_value: Mapping[CoreValue, list[Rating]],
    found: tuple[Mapping[CoreValue, Ratio], Ratio, Rating],
    scores: Resolved[FrozenMap[Rating, Decimal]],
) -> list[Step]:
    rule, uses, considered, given = counted
    per_value, overall, rating = found
    steps = [
        Step(
            Text(
                f"Penilaian yang dihitung menurut aturan agregasi: {considered} dari {given}",
                f"Judgements counted under the aggregation rule: {considered} of {given}",
            ),
            inputs=(("aggregation", rule),),
            parameters=uses,
            result=considered,
        )
    ]
    stage_id, stage_en = (
        ("median", "median") if rule is BehaviourAggregation.MEDIAN else ("rata-rata", "mean")
    )
    for value, value_score in per_value.items():
        steps.append(
            Step(
                Text(
                    f"Skor nilai {value.label('id')}: {stage_id} skor "
                    f"{len(by_value[value])} penilaian",
                    f"Score of {value.label('en')}: {stage_en} of the scores of "
                    f"{len(by_value[value])} judgement(s)",
                ),
                inputs=(("ratings", tuple(ratings_by_value[value])),),
                parameters=[
                    scores.use(scores.value[r], entry=r.value)
                    for r in sorted(set(ratings_by_value[value]), key=lambda r: r.rank)
                ],
                result=publish(value_score),
            )
        )
    steps.append(
        Step(
            Text(
                f"Skor perilaku kerja: {stage_id} skor ketujuh nilai BerAKHLAK",
                f"Work-behaviour score: {stage_en} of the seven BerAKHLAK value scores",
            ),
            inputs=tuple((value.value, publish(s)) for value, s in per_value.items()),
            result=publish(overall),
        )
    )
    steps.append(
        Step(
            Text(
                "Rating perilaku kerja: rating dengan skor terdekat (tepat di tengah dibulatkan "
                "ke atas)",
                "Work-behaviour rating: the rating with the nearest score (exactly halfway "
                "rounds up)",
            ),
            inputs=(("score", publish(overall)),),
            parameters=[scores.use(scores.value[rating], entry=rating.value)],
            result=rating,
            fact=Text("Rating perilaku kerja", "Work-behaviour rating"),
        )
    )
    return steps


def _assessment_explanation(
    judgements: Iterable[BehaviourJudgement],
    aggregation: BehaviourAggregation | None,
    rules: Rules | None,
) -> Explanation:
    steps: list[Step] = []
    _assess(judgements, aggregation=aggregation, rules=rules, trace=steps)
    return Explanation(steps)


def assess_behaviour(
    judgements: Iterable[BehaviourJudgement],
    *,
    aggregation: BehaviourAggregation | None = None,
    rules: Rules | None = None,
) -> BehaviourAssessment:
    """The behaviour rating from raters' judgements, with the per-value and overall scores.

    Each judgement's rating is scored (`BEHAVIOUR_SCORES`, nationally 1 / 2 / 3); the scores of
    each core value are combined (mean or median), then the seven value scores; the rating with
    the nearest score is chosen (exactly halfway goes to the higher one). Every mean is exact.

    Args:
        judgements: The judgements: every core value at least once (for `SUPERVISOR_ONLY`, at
            least once by the supervisor). The order does not matter.
        aggregation: The rule to apply; default: the rules' `behaviour_aggregation`
            (nationally `MEAN_HALF_UP`).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The rating, the score of each core value and the overall score; the explanation is
        built when read.

    Raises:
        InvalidValueError: If `judgements` is empty, not a sequence of `BehaviourJudgement`s,
            repeats a (rater id, core value) pair, lacks a supervisor judgement under
            `SUPERVISOR_ONLY`, or leaves a core value unjudged (the error lists the missing
            values); or if `aggregation` is not a `BehaviourAggregation`.
        RuleNotInForceError: If `rules` is for a date before the parameters were in force.

    Examples:
        >>> S, A = Rating.MEETS_EXPECTATIONS, Rating.ABOVE_EXPECTATIONS
        >>> judgements = [
        ...     BehaviourJudgement(RaterRole.SUPERVISOR, v, A if v.number % 2 else S)
        ...     for v in CoreValue
        ... ]
        >>> assessment = assess_behaviour(judgements)
        >>> assessment.score
        Decimal('2.571428571428571428571428571')
        >>> assessment.rating
        <Rating.ABOVE_EXPECTATIONS: 'Di Atas Ekspektasi'>
    """
    judged = _judgements(judgements)
    rating, rule, per_value, overall = _assess(judged, aggregation=aggregation, rules=rules)
    common = lcm(*(r.d for r in per_value.values()))
    return BehaviourAssessment(
        rating=rating,
        aggregation=rule,
        numerators=tuple(r.n * (common // r.d) for r in per_value.values()),
        denominator=common,
        overall=overall.reduced(),
        explanation=Recipe(_assessment_explanation, judged, aggregation, rules),
    )


def explain_behaviour_rating(
    judgements: Iterable[BehaviourJudgement],
    *,
    aggregation: BehaviourAggregation | None = None,
    rules: Rules | None = None,
) -> BehaviourAssessment:
    """Deprecated: use `assess_behaviour` (or `explain(behaviour_rating, ...)`).

    Args:
        judgements: See `assess_behaviour`.
        aggregation: See `assess_behaviour`.
        rules: See `assess_behaviour`.

    Returns:
        `assess_behaviour(...)`.
    """
    deprecated("explain_behaviour_rating", "assess_behaviour(...)")
    return assess_behaviour(judgements, aggregation=aggregation, rules=rules)


def _behaviour_rating(
    judgements: Iterable[BehaviourJudgement],
    *,
    aggregation: BehaviourAggregation | None = None,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Rating:
    return _assess(judgements, aggregation=aggregation, rules=rules, trace=trace)[0]


@explained_by(explains_value(_behaviour_rating))
def behaviour_rating(
    judgements: Iterable[BehaviourJudgement],
    *,
    aggregation: BehaviourAggregation | None = None,
    rules: Rules | None = None,
) -> Rating:
    """The behaviour rating (rating perilaku kerja) from raters' judgements.

    See [`assess_behaviour`][kinerja_core.performance.assess_behaviour] for the rule and the
    scores; `explain(behaviour_rating, ...)` for the steps.

    Args:
        judgements: The judgements: every core value at least once (for `SUPERVISOR_ONLY`, at
            least once by the supervisor). The order does not matter.
        aggregation: The rule to apply; default: the rules' `behaviour_aggregation`
            (nationally `MEAN_HALF_UP`).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The rating.

    Raises:
        InvalidValueError: For empty, malformed or incomplete judgements, or a bad
            `aggregation` (see `assess_behaviour`).
        RuleNotInForceError: If `rules` is for a date before the parameters were in force.
    """
    return _behaviour_rating(judgements, aggregation=aggregation, rules=rules)


def behaviour_guides(core_value: CoreValue, *, rules: Rules | None = None) -> tuple[Text, ...]:
    """The behaviour guides (panduan perilaku) of a core value.

    Args:
        core_value: The core value.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The guides, each a bilingual `Text`.

    Raises:
        InvalidValueError: If `core_value` is not a `CoreValue`.

    Examples:
        >>> guides = behaviour_guides(CoreValue.SERVICE_ORIENTED)
        >>> [g.id for g in guides]  # doctest: +NORMALIZE_WHITESPACE
        ['Memahami dan memenuhi kebutuhan masyarakat',
         'Ramah, cekatan, solutif, dan dapat diandalkan',
         'Melakukan perbaikan tiada henti']
    """
    if not isinstance(core_value, CoreValue):
        raise InvalidValueError(
            "core_value",
            core_value,
            "must be a CoreValue",
            reason_id="harus berupa CoreValue",
            code="wrong_type",
        )
    return rules_or_national(rules)[BEHAVIOUR_GUIDES][core_value]
