"""Angka kredit of the jabatan fungsional by conversion of the predikat (PermenPANRB 1/2023).

**AK = months / 12 × percentage(predikat) × annual coefficient(jenjang)**, published with two
decimals rounded half up (Peraturan BKN 3/2023; BKN's examples: January-February Baik Ahli
Pertama → 2/12 × 100 % × 12.5 = 2.08; a full year Sangat Baik Ahli Pertama → 18.75). The
percentages, the coefficients and the rounding are dated, cited parameters; the product is exact
and rounded once, where the rule rounds.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

from kinerja_core.careers.credit_specs import (
    CREDIT_COEFFICIENTS,
    CREDIT_PERCENTAGES,
    CREDIT_PLACES,
    CREDIT_REQUIREMENTS,
    CreditRequirement,
    FunctionalLevel,
)
from kinerja_core.core._validators import check_member, check_whole
from kinerja_core.core.explain import Explained, Explanation, Step, Text, Trace, explained_by
from kinerja_core.core.numbers import publish, round_half_up
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.performance.ratings import Predicate

__all__ = ["credit_points", "credit_requirement"]

_FORMULA = Text(
    "AK = bulan / 12 × persentase predikat × koefisien AK tahunan",
    "AK = months / 12 × percentage of the predikat × annual AK coefficient",
)
_ROUNDED = Text("Pembulatan AK (setengah ke atas)", "Rounding of the AK (half up)")
_FACT = Text("Angka kredit", "Angka kredit")


def _checked(
    predicate: object, level: object, months: object
) -> tuple[Predicate, FunctionalLevel, int]:
    return (
        check_member(predicate, Predicate, field="predicate"),
        check_member(level, FunctionalLevel, field="level"),
        check_whole(months, field="months", low=1, high=12),
    )


def credit_points_of(
    predicate: Predicate,
    level: FunctionalLevel,
    *,
    months: int = 12,
    rules: Rules | None = None,
    trace: Trace = None,
) -> tuple[Decimal, Fraction]:
    """The published AK and its exact value (one implementation for the rule and its trace)."""
    predicate, level, months = _checked(predicate, level, months)
    applied = rules_or_national(rules)
    percentages = applied.resolve(CREDIT_PERCENTAGES)
    coefficients = applied.resolve(CREDIT_COEFFICIENTS)
    places = applied.resolve(CREDIT_PLACES)
    percentage = percentages.value.lookup(predicate, field="predicate")
    coefficient = coefficients.value.lookup(level, field="level")
    exact = Fraction(months, 12) * Fraction(percentage) / 100 * Fraction(coefficient)
    published = round_half_up(exact, places.value)
    if trace is not None:
        trace.append(
            Step(
                _FORMULA,
                inputs=(("predicate", predicate), ("level", level), ("months", months)),
                parameters=[
                    percentages.use(percentage, entry=predicate.value),
                    coefficients.use(coefficient, entry=level.value),
                ],
                result=publish(exact),
                citation=coefficients.citation,
            )
        )
        trace.append(
            Step(
                _ROUNDED,
                inputs=(("exact_credit_points", publish(exact)),),
                parameters=[places.use()],
                result=published,
                fact=_FACT,
            )
        )
    return published, exact


def _explains_credit(
    rule: Callable[..., tuple[Decimal, Fraction]],
) -> Callable[..., Explained[Decimal]]:
    def explainer(*args: object, **kwargs: object) -> Explained[Decimal]:
        steps: list[Step] = []
        published, exact = rule(*args, trace=steps, **kwargs)
        return Explained(published, Explanation(steps), exact)

    return explainer


@explained_by(_explains_credit(credit_points_of))
def credit_points(
    predicate: Predicate,
    level: FunctionalLevel,
    *,
    months: int = 12,
    rules: Rules | None = None,
) -> Decimal:
    """The angka kredit a predikat earns at a jenjang over some months of a year.

    `months / 12 × percentage(predikat) × coefficient(jenjang)`, exact, then rounded half up to
    the published places (two). `explain(credit_points, ...)` shows the percentage and the
    coefficient used, with their citations; its `.exact` is the unrounded value.

    Args:
        predicate: The predikat kinerja of the period.
        level: The jenjang of the jabatan fungsional.
        months: The months the predikat covers, 1 to 12.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The angka kredit, e.g. `Decimal("2.08")`.

    Raises:
        InvalidValueError: If `predicate` or `level` is not a member of its enum, or `months`
            is not a whole number from 1 to 12.

    Examples:
        >>> credit_points(Predicate.GOOD, FunctionalLevel.AHLI_PERTAMA, months=2)
        Decimal('2.08')
        >>> credit_points(Predicate.VERY_GOOD, FunctionalLevel.AHLI_PERTAMA)
        Decimal('18.75')
    """
    return credit_points_of(predicate, level, months=months, rules=rules)[0]


def requirement_of(
    level: FunctionalLevel, *, rules: Rules | None = None, trace: Trace = None
) -> CreditRequirement:
    """The requirement of a jenjang (one implementation for the rule and its trace)."""
    level = check_member(level, FunctionalLevel, field="level")
    table = rules_or_national(rules).resolve(CREDIT_REQUIREMENTS)
    requirement = table.value.lookup(level, field="level")
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Kebutuhan angka kredit kumulatif jenjang",
                    "Cumulative angka kredit the jenjang needs",
                ),
                inputs=(("level", level),),
                parameters=[table.use(requirement, entry=level.value)],
                result=requirement,
            )
        )
    return requirement


def _explains_requirement(level: FunctionalLevel, *, rules: Rules | None = None) -> Explained[Any]:
    steps: list[Step] = []
    requirement = requirement_of(level, rules=rules, trace=steps)
    return Explained(requirement, Explanation(steps))


@explained_by(_explains_requirement)
def credit_requirement(level: FunctionalLevel, *, rules: Rules | None = None) -> CreditRequirement:
    """The cumulative angka kredit a jenjang needs for kenaikan pangkat and kenaikan jenjang.

    Args:
        level: The jenjang.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        `.rank_promotion` and `.level_promotion` (`None` for a jenjang without a next one).

    Raises:
        InvalidValueError: If `level` is not a `FunctionalLevel`.

    Examples:
        >>> credit_requirement(FunctionalLevel.AHLI_MUDA)
        CreditRequirement(rank_promotion=Decimal('100'), level_promotion=Decimal('200'))
        >>> credit_requirement(FunctionalLevel.AHLI_UTAMA).level_promotion is None
        True
    """
    return requirement_of(level, rules=rules)
