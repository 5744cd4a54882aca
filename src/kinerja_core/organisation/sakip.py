"""The SAKIP evaluation grade (nilai hasil evaluasi AKIP) and the score from the LKE components.

Instansi pemerintah are evaluated on their performance-accountability system (SAKIP) with a
worksheet (Lembar Kerja Evaluasi, LKE) of four components. The score (0-100) maps to a grade
(PermenPANRB 88/2021, as two programs encode it [C]):

| score | grade | interpretation |
|---|---|---|
| 90 < x ≤ 100 | AA | Sangat Memuaskan |
| 80 < x ≤ 90 | A | Memuaskan |
| 70 < x ≤ 80 | BB | Sangat Baik |
| 60 < x ≤ 70 | B | Baik |
| 50 < x ≤ 60 | CC | Cukup |
| 30 < x ≤ 50 | C | Kurang |
| 0 ≤ x ≤ 30 | D | Sangat Kurang |

Whether exactly 90 is AA or A differs between programs. The library's default reads the lower
edges as exclusive (90 → A, 90.01 → AA; 0 → D), the likelier reading, as a documented parameter
([`SAKIP_GRADES`][kinerja_core.organisation.SAKIP_GRADES]);
[`sakip_grade_bands`][kinerja_core.organisation.sakip_grade_bands] builds the other reading for an
override. The LKE component weights (30 / 30 / 15 / 25) are UNCONFIRMED
([`LKE_WEIGHTS`][kinerja_core.organisation.LKE_WEIGHTS]).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core.errors import InvalidValueError, ValidationError
from kinerja_core.core.explain import (
    Step,
    Text,
    Trace,
    explained_by,
    explains_number,
    explains_value,
)
from kinerja_core.core.numbers import NumberLike, Ratio, exact_number, publish
from kinerja_core.core.parameters import Rules
from kinerja_core.core.tables import BandTable
from kinerja_core.national import rules_or_national
from kinerja_core.organisation.sakip_specs import (
    LKE_WEIGHTS,
    SAKIP_GRADES,
    SAKIP_SCALE,
    LkeComponent,
    SakipGrade,
)

__all__ = [
    "LKE_WEIGHTS",
    "SAKIP_GRADES",
    "LkeComponent",
    "SakipGrade",
    "sakip_grade",
    "sakip_grade_bands",
    "sakip_score",
]

_EDGES = (
    (0, SakipGrade.D),
    (30, SakipGrade.C),
    (50, SakipGrade.CC),
    (60, SakipGrade.B),
    (70, SakipGrade.BB),
    (80, SakipGrade.A),
    (90, SakipGrade.AA),
)


def sakip_grade_bands(*, lower_inclusive: bool = False) -> BandTable[SakipGrade]:
    """The SAKIP grade bands in either reading of their edges (for an override).

    Args:
        lower_inclusive: `False` (the national default): a band starts just above its lower
            edge (90 → A); `True`: a band includes its lower edge (90 → AA).

    Returns:
        The band table over 0 ≤ score ≤ 100.

    Examples:
        >>> sakip_grade_bands(lower_inclusive=True).lookup(90)
        <SakipGrade.AA: 'AA'>
    """
    return BandTable.from_lower_edges(
        _EDGES,
        upper=100,
        closed="lower" if lower_inclusive else "upper",
        monotone="increasing",
    )


def _exact_score(value: object, field: str) -> Decimal | Fraction:
    number = exact_number(value, field=field)
    if not SAKIP_SCALE.contains(number):
        raise InvalidValueError(
            field,
            value,
            "must be from 0 to 100",
            reason_id="harus dari 0 sampai dengan 100",
            code="out_of_range",
        )
    return number


def grade_of(score: object, *, rules: Rules | None = None, trace: Trace = None) -> SakipGrade:
    """The grade of a checked score (the one implementation of `sakip_grade`)."""
    number = _exact_score(score, "score")
    bands = rules_or_national(rules).resolve(SAKIP_GRADES)
    band = bands.value.band_for(number, field="score")
    if trace is not None:
        trace.append(
            Step(
                Text("Nilai hasil evaluasi AKIP", "SAKIP evaluation grade"),
                inputs=(("score", publish(Ratio.of(number))),),
                parameters=[bands.use(band.interval, entry=band.value.value)],
                result=Text(
                    f"{band.value.value} ({band.value.interpretation('id')})",
                    f"{band.value.value} ({band.value.interpretation('en')})",
                ),
                fact=Text("Nilai SAKIP", "SAKIP grade"),
            )
        )
    return band.value


@explained_by(explains_value(grade_of))
def sakip_grade(score: NumberLike | Fraction, *, rules: Rules | None = None) -> SakipGrade:
    """The SAKIP grade of a score from 0 to 100.

    Args:
        score: The score (`int`, `str`, `Decimal` or an exact `Fraction`), 0 ≤ score ≤ 100.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The grade (nationally lower edges exclusive: 90 is A, 90.01 is AA, 0 is D).

    Raises:
        InvalidValueError: If the score is not an exact number from 0 to 100 (a `float` is
            refused).
        RuleNotInForceError: If `rules` is for a date before the grades were in force.

    Examples:
        >>> sakip_grade(90), sakip_grade("90.01"), sakip_grade(0)
        (<SakipGrade.A: 'A'>, <SakipGrade.AA: 'AA'>, <SakipGrade.D: 'D'>)
        >>> sakip_grade(75).interpretation("id")
        'Sangat Baik'
    """
    return grade_of(score, rules=rules)


def score_of(
    components: Mapping[LkeComponent, NumberLike | Fraction],
    *,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Ratio:
    """The exact score from the components (the one implementation of `sakip_score`)."""
    if not isinstance(components, Mapping):
        raise InvalidValueError(
            "components",
            components,
            "must map each LkeComponent to its score",
            reason_id="harus memetakan setiap LkeComponent ke nilainya",
            code="wrong_type",
        )
    problems = [
        InvalidValueError(
            f"components[{component.value}]",
            None,
            "no score given for this component",
            reason_id="nilai komponen ini belum diisi",
            code="missing",
        )
        for component in LkeComponent
        if component not in components
    ]
    problems.extend(
        InvalidValueError(
            "components",
            key,
            "not an LkeComponent",
            reason_id="bukan LkeComponent",
            code="unknown_key",
        )
        for key in components
        if not isinstance(key, LkeComponent)
    )
    if problems:
        raise ValidationError("components", components, problems)
    weights = rules_or_national(rules).resolve(LKE_WEIGHTS)
    total = Ratio(0)
    for component in LkeComponent:
        value = _exact_score(components[component], f"components[{component.value}]")
        total = total + Ratio.of(value) * Ratio.of(weights.value.lookup(component))
    score = total.divided_by(100).reduced()
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Nilai SAKIP = Σ nilai komponen LKE × bobot / 100",
                    "SAKIP score = Σ LKE component score × weight / 100",
                ),
                inputs=(("components", _shown(components)),),
                parameters=[weights.use()],
                result=publish(score),
                fact=Text("Nilai SAKIP", "SAKIP score"),
            )
        )
    return score


def _shown(components: Mapping[LkeComponent, object]) -> FrozenMap[LkeComponent, Decimal]:
    return FrozenMap({c: publish(Ratio.of(exact_number(components[c]))) for c in LkeComponent})


@explained_by(explains_number(score_of))
def sakip_score(
    components: Mapping[LkeComponent, NumberLike | Fraction], *, rules: Rules | None = None
) -> Decimal:
    """The SAKIP score from the score of each LKE component, weighted by `LKE_WEIGHTS`.

    Each component is scored from 0 to 100 (the share of the component achieved); the score is
    Σ component × weight / 100, exact. The national weights (30 / 30 / 15 / 25) are UNCONFIRMED.

    Args:
        components: The score (0-100) of every `LkeComponent`.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The score (0-100), published from the exact value; grade it with `sakip_grade`.

    Raises:
        ValidationError: If a component is missing or a key is not an `LkeComponent` (all
            listed).
        InvalidValueError: If a component's score is not an exact number from 0 to 100.

    Examples:
        >>> sakip_score({
        ...     LkeComponent.PLANNING: 90, LkeComponent.MEASUREMENT: 80,
        ...     LkeComponent.REPORTING: 70, LkeComponent.INTERNAL_EVALUATION: 60,
        ... })
        Decimal('76.5')
    """
    return publish(score_of(components, rules=rules))
