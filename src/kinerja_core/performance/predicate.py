"""The employee performance predicate from the two ratings (PermenPANRB 6/2022).

The predikat follows from the work-result rating and the work-behaviour rating through a 3×3
matrix. The matrix is a dated, cited parameter
([`PREDICATE_MATRIX`][kinerja_core.performance.PREDICATE_MATRIX]), so a region or a what-if
experiment can replace it without touching code.
"""

from __future__ import annotations

import attrs

from kinerja_core.core._deprecation import deprecated
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Explanation, Step, Text, Trace, explained_by, explains_value
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.performance.predicate_specs import (
    PREDICATE_MATRIX,
    PredicateMatrix,
)
from kinerja_core.performance.ratings import Predicate, Rating

__all__ = [
    "PREDICATE_MATRIX",
    "PredicateMatrix",
    "PredicateOutcome",
    "explain_performance_predicate",
    "performance_predicate",
]


@attrs.frozen
class PredicateOutcome(Document):
    """Deprecated (with `explain_performance_predicate`): a predikat with its explanation.

    Attributes:
        predicate: The performance predicate.
        explanation: The steps that produced it.
    """

    predicate: Predicate
    explanation: Explanation


def predicate_of(
    work_result: Rating, behaviour: Rating, *, rules: Rules | None = None, trace: Trace = None
) -> Predicate:
    if type(work_result) is not Rating or type(behaviour) is not Rating:
        for field, rating in (("work_result", work_result), ("behaviour", behaviour)):
            if not isinstance(rating, Rating):
                raise InvalidValueError(
                    field,
                    rating,
                    "must be a Rating (use Rating.parse for text labels)",
                    reason_id="harus berupa Rating (gunakan Rating.parse untuk label teks)",
                    code="wrong_type",
                )
    matrix = rules_or_national(rules).resolve(PREDICATE_MATRIX)
    predicate = matrix.value.lookup(work_result, behaviour)
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Predikat kinerja dari matriks 3×3 (hasil kerja × perilaku kerja)",
                    "Performance predicate from the 3×3 matrix (work result × work behaviour)",
                ),
                inputs=(("work_result", work_result), ("behaviour", behaviour)),
                parameters=[
                    matrix.use(predicate, entry=f"{work_result.value}, {behaviour.value}"),
                ],
                result=predicate,
                fact=Text("Predikat kinerja", "Performance predicate"),
            )
        )
    return predicate


@explained_by(explains_value(predicate_of))
def performance_predicate(
    work_result: Rating, behaviour: Rating, *, rules: Rules | None = None
) -> Predicate:
    """The performance predicate (predikat kinerja pegawai) for two ratings.

    `explain(performance_predicate, ...)` names the matrix cell used and its citation.

    Args:
        work_result: The rating of work results (rating hasil kerja).
        behaviour: The rating of work behaviour (rating perilaku kerja).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The predikat.

    Raises:
        InvalidValueError: If a rating is not a `Rating` (parse text with `Rating.parse`).
        RuleNotInForceError: If `rules` is for a date before the matrix was in force.

    Examples:
        >>> performance_predicate(Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS)
        <Predicate.GOOD: 'Baik'>
        >>> performance_predicate(Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS)
        <Predicate.POOR: 'Kurang/Misconduct'>
    """
    return predicate_of(work_result, behaviour, rules=rules)


def explain_performance_predicate(
    work_result: Rating, behaviour: Rating, *, rules: Rules | None = None
) -> PredicateOutcome:
    """Deprecated: use `explain(performance_predicate, ...)`; this alias goes in the next release.

    Args:
        work_result: See `performance_predicate`.
        behaviour: See `performance_predicate`.
        rules: See `performance_predicate`.

    Returns:
        The predikat and its explanation.
    """
    deprecated("explain_performance_predicate", "explain(performance_predicate, ...)")
    steps: list[Step] = []
    predicate = predicate_of(work_result, behaviour, rules=rules, trace=steps)
    return PredicateOutcome(predicate, Explanation(steps))
