"""The work-result rating (rating hasil kerja): a default proposal, and the unit-head rule.

PermenPANRB 6/2022 leaves the work-result rating to the supervisor's judgement of the results
against the expectations agreed in the SKP. There is no national formula. Applications still need
a starting point, so kinerja-core **proposes** a rating from the plan's weighted achievement
(capaian, in percent) with bands that are a dated parameter,
[`WORK_RESULT_BANDS`][kinerja_core.performance.WORK_RESULT_BANDS], marked as a policy choice — a
documented default, not regulation — which a Pemda or an instansi overrides with
`NATIONAL.with_overrides`.

**The national default bands** (lower edges inclusive):

| weighted achievement | proposed rating |
|---|---|
| ≥ 101 % | Di Atas Ekspektasi |
| ≥ 100 % and < 101 % | Sesuai Ekspektasi |
| < 100 % | Di Bawah Ekspektasi |

They are the PermenPANRB 8/2021 capaian categories carried over: Sangat Baik from 101 %
(nilai ≥ 110, PP 30/2019 Pasal 41), Baik at 100 % (nilai 90-109), Cukup and below under 100 %.
With a behaviour rating of the same level, the 2022 predikat then matches the 2021 category
(Di Bawah + Sesuai → Butuh Perbaikan, which SE MenPANRB 3/2023 also calls "Cukup").

A unit head's work-result rating is the rating of the unit they lead (PermenPANRB 6/2022 as
quoted by SE MenPANRB 3/2023 [S]):
[`unit_head_work_result`][kinerja_core.performance.unit_head_work_result].
"""

from __future__ import annotations

from fractions import Fraction

import attrs

from kinerja_core.core._deprecation import deprecated
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Explanation, Step, Text, Trace, explained_by, explains_value
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.numbers import NumberLike, Ratio, exact_number, publish
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.performance.ratings import Rating
from kinerja_core.performance.work_result_specs import (
    WORK_RESULT_BANDS,
    WorkResultBands,
)

__all__ = [
    "WORK_RESULT_BANDS",
    "WorkResultBands",
    "WorkResultOutcome",
    "explain_unit_head_work_result",
    "explain_work_result_proposal",
    "propose_work_result_rating",
    "unit_head_work_result",
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


_PROPOSAL = Text(
    "Usulan rating hasil kerja dari rentang capaian tertimbang; atasan tetap menilai",
    "Proposed work-result rating from the band of the weighted achievement; the supervisor "
    "still judges",
)


@attrs.frozen
class WorkResultOutcome(Document):
    """Deprecated (with the `explain_*` work-result functions): a rating with its explanation.

    Attributes:
        rating: The work-result rating (rating hasil kerja).
        explanation: The steps that produced it.
    """

    rating: Rating
    explanation: Explanation


def proposal(
    weighted_achievement: NumberLike | Fraction | Ratio,
    *,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Rating:
    achievement = (
        weighted_achievement
        if isinstance(weighted_achievement, Ratio)
        else exact_number(weighted_achievement, field="weighted_achievement")
    )
    bands = rules_or_national(rules).resolve(WORK_RESULT_BANDS)
    if trace is None:
        return bands.value.lookup(achievement, field="weighted_achievement")
    band = bands.value.band_for(achievement, field="weighted_achievement")
    trace.append(
        Step(
            _PROPOSAL,
            inputs=(("weighted_achievement", publish(achievement)),),
            parameters=[bands.use(band.interval, entry=band.value.value)],
            result=band.value,
            fact=Text("Usulan rating hasil kerja", "Proposed work-result rating"),
        )
    )
    return band.value


@explained_by(explains_value(proposal))
def propose_work_result_rating(
    weighted_achievement: NumberLike | Fraction, *, rules: Rules | None = None
) -> Rating:
    """The proposed work-result rating for a plan's weighted achievement.

    The proposal is a starting point for the supervisor's judgement, not a regulated result.
    `explain(propose_work_result_rating, ...)` names the band used (which row of the table, and
    why) and its citation.

    Args:
        weighted_achievement: The plan's weighted achievement in percent (`int`, `str`,
            `Decimal`, e.g. `Decimal("87.5")`, or the exact `Fraction`); any finite value (a
            value below zero proposes Di Bawah Ekspektasi like any other value below the lowest
            edge). It is compared exactly.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The proposed rating (nationally: Di Atas from 101 %, Sesuai from 100 %, else Di Bawah).

    Raises:
        InvalidValueError: If the achievement is not an exact finite number (e.g. a `float`).
        RuleNotInForceError: If `rules` is for a date before the bands were in force.

    Examples:
        >>> from decimal import Decimal
        >>> propose_work_result_rating(Decimal("87.5"))
        <Rating.BELOW_EXPECTATIONS: 'Di Bawah Ekspektasi'>
        >>> propose_work_result_rating("100")
        <Rating.MEETS_EXPECTATIONS: 'Sesuai Ekspektasi'>
        >>> propose_work_result_rating(101)
        <Rating.ABOVE_EXPECTATIONS: 'Di Atas Ekspektasi'>
    """
    return proposal(weighted_achievement, rules=rules)


def explain_work_result_proposal(
    weighted_achievement: NumberLike | Fraction, *, rules: Rules | None = None
) -> WorkResultOutcome:
    """Deprecated: use `explain(propose_work_result_rating, ...)`; goes in the next release.

    Args:
        weighted_achievement: See `propose_work_result_rating`.
        rules: See `propose_work_result_rating`.

    Returns:
        The proposed rating and its explanation.
    """
    deprecated("explain_work_result_proposal", "explain(propose_work_result_rating, ...)")
    steps: list[Step] = []
    rating = proposal(weighted_achievement, rules=rules, trace=steps)
    return WorkResultOutcome(rating, Explanation(steps))


def unit_head(unit_rating: Rating, *, trace: Trace = None) -> Rating:
    if not isinstance(unit_rating, Rating):
        raise InvalidValueError(
            "unit_rating",
            unit_rating,
            "must be a Rating (use Rating.parse for text labels)",
            reason_id="harus berupa Rating (gunakan Rating.parse untuk label teks)",
            code="wrong_type",
        )
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Rating hasil kerja pimpinan unit kerja = rating unit kerja yang dipimpinnya",
                    "A unit head's work-result rating = the rating of the unit they lead",
                ),
                inputs=(("unit_rating", unit_rating),),
                result=unit_rating,
                citation=_UNIT_HEAD,
                fact=Text(
                    "Rating hasil kerja (rating unit kerja)", "Work-result rating (the unit's)"
                ),
            )
        )
    return unit_rating


@explained_by(explains_value(unit_head))
def unit_head_work_result(unit_rating: Rating) -> Rating:
    """A unit head's work-result rating: the rating of the unit they lead.

    Args:
        unit_rating: The rating of the unit the employee leads.

    Returns:
        The same rating.

    Raises:
        InvalidValueError: If `unit_rating` is not a `Rating`.

    Examples:
        >>> unit_head_work_result(Rating.ABOVE_EXPECTATIONS)
        <Rating.ABOVE_EXPECTATIONS: 'Di Atas Ekspektasi'>
    """
    return unit_head(unit_rating)


def explain_unit_head_work_result(unit_rating: Rating) -> WorkResultOutcome:
    """Deprecated: use `explain(unit_head_work_result, ...)`; goes in the next release.

    Args:
        unit_rating: See `unit_head_work_result`.

    Returns:
        The head's work-result rating and its explanation.
    """
    deprecated("explain_unit_head_work_result", "explain(unit_head_work_result, ...)")
    steps: list[Step] = []
    rating = unit_head(unit_rating, trace=steps)
    return WorkResultOutcome(rating, Explanation(steps))
