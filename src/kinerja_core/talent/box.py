r"""The talent 9-box (manajemen talenta): an employee's box from performance and potential.

Manajemen talenta ASN (PermenPANRB 3/2020) places each employee in a 3 × 3 grid, performance
(kinerja) against potential (potensial), and recommends follow-ups per box. The lampiran with
the grid was not seen; two independent public programs agree on it [C], so the grid and the
follow-ups are dated, cited parameters
([`TALENT_BOX_MATRIX`][kinerja_core.talent.TALENT_BOX_MATRIX],
[`TALENT_FOLLOW_UPS`][kinerja_core.talent.TALENT_FOLLOW_UPS]) an institution can override:

| kinerja \ potensial | Rendah | Menengah | Tinggi |
|---|---|---|---|
| Di Atas Ekspektasi | 4 | 7 | 9 |
| Sesuai Ekspektasi | 2 | 5 | 8 |
| Di Bawah Ekspektasi | 1 | 3 | 6 |

**The grid's order.** A placement `(performance, potential)` is at least as good as another
when it is at least as good on *both* axes (a rating by its `rank`, Di Bawah < Sesuai < Di
Atas; a potential by its `rank`, Rendah < Menengah < Tinggi). That is a partial order: (Di
Atas, Rendah) and (Di Bawah, Tinggi) are not comparable. The national box numbers extend it:
a placement at least as good on both axes never has a lower box number, so "a better rating or
potential never gives a lower box" holds for the numbers as well.

**Scores to axes.** Institutions often hold scores (a potential score 0-100 from an assessment
centre, a performance score on their own scale). The bands that turn them into the axes are
set by each institution ([`TALENT_POTENTIAL_BANDS`][kinerja_core.talent.TALENT_POTENTIAL_BANDS],
[`TALENT_PERFORMANCE_BANDS`][kinerja_core.talent.TALENT_PERFORMANCE_BANDS], institution-only
parameters): no source gives national thresholds, and a made-up default would silently
classify employees. Reading them from a policy that has not set them is an error naming them.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import TypeVar

import attrs

from kinerja_core.core._validators import check_whole, enum_repr, member_of
from kinerja_core.core.documents import Document
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
    explains_value,
)
from kinerja_core.core.numbers import NumberLike, exact_number, publish
from kinerja_core.core.parameters import ParameterSpec, Rules
from kinerja_core.core.tables import BandTable
from kinerja_core.national import rules_or_national
from kinerja_core.performance.ratings import Rating
from kinerja_core.talent.box_specs import (
    BOXES,
    TALENT_BOX_MATRIX,
    TALENT_FOLLOW_UPS,
    TALENT_PERFORMANCE_BANDS,
    TALENT_POTENTIAL_BANDS,
    FollowUp,
    Potential,
)

__all__ = [
    "TalentPlacement",
    "performance_from_score",
    "place_in_talent_box",
    "potential_from_score",
    "talent_box",
    "talent_follow_ups",
]

_BOX_FACT = Text("Kotak talenta", "Talent box")
_FOLLOW_UPS_FACT = Text("Tindak lanjut kotak talenta", "Follow-ups of the talent box")
_NONE = Text("tidak ada", "none")

Score = NumberLike | Fraction
"""A score as the library reads numbers: `int`, `str`, `Decimal` or an exact `Fraction`."""


def _check_axes(performance: object, potential: object) -> None:
    if type(performance) is not Rating:
        raise InvalidValueError(
            "performance",
            performance,
            "must be a Rating (use Rating.parse for text labels)",
            reason_id="harus berupa Rating (gunakan Rating.parse untuk label teks)",
            code="wrong_type",
        )
    if type(potential) is not Potential:
        raise InvalidValueError(
            "potential",
            potential,
            "must be a Potential (use Potential.parse for text labels)",
            reason_id="harus berupa Potential (gunakan Potential.parse untuk label teks)",
            code="wrong_type",
        )


def box_of(
    performance: Rating, potential: Potential, *, rules: Rules | None = None, trace: Trace = None
) -> int:
    """The box number (implementation of `talent_box`, recording its step into `trace`)."""
    _check_axes(performance, potential)
    matrix = rules_or_national(rules).resolve(TALENT_BOX_MATRIX)
    box = matrix.value.lookup(performance, potential)
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Kotak talenta dari matriks 3×3 (kinerja × potensial)",
                    "Talent box from the 3×3 grid (performance × potential)",
                ),
                inputs=(("performance", performance), ("potential", potential)),
                parameters=[matrix.use(box, entry=f"{performance.value}, {potential.value}")],
                result=box,
                fact=_BOX_FACT,
            )
        )
    return box


@explained_by(explains_value(box_of))
def talent_box(performance: Rating, potential: Potential, *, rules: Rules | None = None) -> int:
    """The talent box (1-9) of an employee from their performance and potential.

    `explain(talent_box, ...)` names the grid cell used and its citation.

    Args:
        performance: The performance axis (kinerja), a `Rating`.
        potential: The potential axis (potensial).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The box number, 1 (Di Bawah Ekspektasi, Rendah) to 9 (Di Atas Ekspektasi, Tinggi).

    Raises:
        InvalidValueError: If `performance` is not a `Rating` or `potential` not a `Potential`.
        RuleNotInForceError: If `rules` is for a date before the grid was in force.

    Examples:
        >>> talent_box(Rating.ABOVE_EXPECTATIONS, Potential.HIGH)
        9
        >>> talent_box(Rating.MEETS_EXPECTATIONS, Potential.MEDIUM)
        5
        >>> talent_box(Rating.BELOW_EXPECTATIONS, Potential.HIGH)
        6
    """
    return box_of(performance, potential, rules=rules)


def follow_ups_of(
    box: int, *, rules: Rules | None = None, trace: Trace = None
) -> tuple[FollowUp, ...]:
    """The follow-ups of a box (implementation of `talent_follow_ups`)."""
    checked = check_whole(box, field="box", low=BOXES[0], high=BOXES[-1])
    table = rules_or_national(rules).resolve(TALENT_FOLLOW_UPS)
    follow_ups = table.value[checked]
    if trace is not None:
        trace.append(
            Step(
                Text(
                    f"Tindak lanjut yang direkomendasikan untuk kotak {checked}",
                    f"Follow-ups recommended for box {checked}",
                ),
                inputs=(("box", checked),),
                parameters=[table.use(follow_ups, entry=str(checked))],
                result=follow_ups or _NONE,
                fact=_FOLLOW_UPS_FACT,
            )
        )
    return follow_ups


@explained_by(explains_value(follow_ups_of))
def talent_follow_ups(box: int, *, rules: Rules | None = None) -> tuple[FollowUp, ...]:
    """The recommended follow-ups of a talent box.

    Args:
        box: The box number, 1 to 9.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The follow-ups, in the order the reference lists them.

    Raises:
        InvalidValueError: If `box` is not a whole number from 1 to 9.
        RuleNotInForceError: If `rules` is for a date before the table was in force.

    Examples:
        >>> [f.value for f in talent_follow_ups(4)]
        ['Rotasi', 'Pengembangan Kompetensi']
        >>> talent_follow_ups(1)
        (<FollowUp.PER_REGULATIONS: 'Diproses Sesuai Ketentuan Peraturan Perundang-undangan'>,)
    """
    return follow_ups_of(box, rules=rules)


_Axis = TypeVar("_Axis", Potential, Rating)
"""An axis of the 9-box: potential or performance."""


def potential_of_score(
    score: Score, *, rules: Rules | None = None, trace: Trace = None
) -> Potential:
    """The potential level of a score (implementation of `potential_from_score`)."""
    return _axis_of_score(
        score,
        TALENT_POTENTIAL_BANDS,
        "potential_score",
        Text(
            "Tingkat potensial dari rentang skor potensial instansi",
            "Potential level from the institution's potential-score bands",
        ),
        Text("Potensial", "Potential"),
        rules=rules,
        trace=trace,
    )


def _axis_of_score(
    score: Score,
    spec: ParameterSpec[BandTable[_Axis]],
    field: str,
    rule: Text,
    fact: Text,
    *,
    rules: Rules | None,
    trace: Trace,
) -> _Axis:
    """One axis of the grid from a score, through the institution's bands for that axis."""
    number = exact_number(score, field=field)
    bands = rules_or_national(rules).resolve(spec)
    band = bands.value.band_for(number, field=field)
    if trace is not None:
        trace.append(
            Step(
                rule,
                inputs=((field, publish(number)),),
                parameters=[bands.use(band.interval, entry=band.value.value)],
                result=band.value,
                fact=fact,
            )
        )
    return band.value


@explained_by(explains_value(potential_of_score))
def potential_from_score(score: Score, *, rules: Rules | None = None) -> Potential:
    """The potential level (Rendah, Menengah, Tinggi) of a potential score (0-100).

    The bands are the institution's ([`TALENT_POTENTIAL_BANDS`]
    [kinerja_core.talent.TALENT_POTENTIAL_BANDS]); there is no national value.

    Args:
        score: The potential score, 0 to 100, compared exactly (`int`, `str`, `Decimal` or
            `Fraction`; never a `float`).
        rules: Rules of a policy that sets the bands.

    Returns:
        The potential level.

    Raises:
        InvalidValueError: If the score is not an exact number or lies outside 0-100.
        UnknownParameterError: If the rules' policy has not set the bands.
    """
    return potential_of_score(score, rules=rules)


def performance_of_score(
    score: Score, *, rules: Rules | None = None, trace: Trace = None
) -> Rating:
    """The performance axis of a score (implementation of `performance_from_score`)."""
    return _axis_of_score(
        score,
        TALENT_PERFORMANCE_BANDS,
        "performance_score",
        Text(
            "Sumbu kinerja dari rentang skor kinerja instansi",
            "Performance axis from the institution's performance-score bands",
        ),
        Text("Kinerja (sumbu kotak talenta)", "Performance (talent-box axis)"),
        rules=rules,
        trace=trace,
    )


@explained_by(explains_value(performance_of_score))
def performance_from_score(score: Score, *, rules: Rules | None = None) -> Rating:
    """The 9-box's performance axis (a `Rating`) of a performance score on the institution's scale.

    The bands are the institution's ([`TALENT_PERFORMANCE_BANDS`]
    [kinerja_core.talent.TALENT_PERFORMANCE_BANDS]); there is no national value.

    Args:
        score: The performance score, compared exactly (`int`, `str`, `Decimal` or `Fraction`).
        rules: Rules of a policy that sets the bands.

    Returns:
        The performance rating for the grid.

    Raises:
        InvalidValueError: If the score is not an exact number or lies outside the bands.
        UnknownParameterError: If the rules' policy has not set the bands.
    """
    return performance_of_score(score, rules=rules)


@attrs.frozen
class TalentPlacement(Explainable, Document):
    """An employee's place in the talent 9-box and its follow-ups; explained when read.

    Attributes:
        performance: The performance axis (kinerja).
        potential: The potential axis (potensial).
        box: The box number, 1 to 9.
        follow_ups: The box's recommended follow-ups.
        explanation: The steps (any score → axis look-ups, the grid cell, the follow-ups),
            built on first read.
    """

    __document_top__ = True

    performance: Rating = attrs.field(validator=member_of(Rating), repr=enum_repr)
    potential: Potential = attrs.field(validator=member_of(Potential), repr=enum_repr)
    box: int = attrs.field()
    follow_ups: tuple[FollowUp, ...] = attrs.field()
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False
    )

    @box.validator
    def _check_box(self, attribute: attrs.Attribute[int], value: object) -> None:
        check_whole(value, field="box", low=BOXES[0], high=BOXES[-1])

    @follow_ups.validator
    def _check_follow_ups(
        self, attribute: attrs.Attribute[tuple[FollowUp, ...]], value: object
    ) -> None:
        if not isinstance(value, tuple) or not all(isinstance(f, FollowUp) for f in value):
            raise InvalidValueError(
                "follow_ups",
                value,
                "must be a tuple of FollowUp",
                reason_id="harus berupa tuple FollowUp",
                code="wrong_type",
            )


def _score(value: object, field: str, type_name: str) -> Score:
    if isinstance(value, int | str | Decimal | Fraction) and not isinstance(value, bool):
        return value
    raise InvalidValueError(
        field,
        value,
        f"must be a {type_name} or a score (int, str, Decimal or Fraction)",
        reason_id=f"harus berupa {type_name} atau skor (int, str, Decimal atau Fraction)",
        code="wrong_type",
    )


def _place(
    performance: Rating | Score,
    potential: Potential | Score,
    rules: Rules | None,
    trace: Trace = None,
) -> tuple[Rating, Potential, int, tuple[FollowUp, ...]]:
    in_force = rules_or_national(rules)
    axis = (
        performance
        if isinstance(performance, Rating)
        else performance_of_score(
            _score(performance, "performance", "Rating"), rules=in_force, trace=trace
        )
    )
    level = (
        potential
        if isinstance(potential, Potential)
        else potential_of_score(
            _score(potential, "potential", "Potential"), rules=in_force, trace=trace
        )
    )
    box = box_of(axis, level, rules=in_force, trace=trace)
    return axis, level, box, follow_ups_of(box, rules=in_force, trace=trace)


def _placement_steps(
    performance: Rating | Score, potential: Potential | Score, rules: Rules | None
) -> Explanation:
    steps: list[Step] = []
    _place(performance, potential, rules, steps)
    return Explanation(steps)


def place_in_talent_box(
    performance: Rating | Score, potential: Potential | Score, *, rules: Rules | None = None
) -> TalentPlacement:
    """Place an employee in the talent 9-box: the box and its follow-ups.

    Each axis is given as its level or as a score, which the institution's bands turn into the
    level (see [`performance_from_score`][kinerja_core.talent.performance_from_score] and
    [`potential_from_score`][kinerja_core.talent.potential_from_score]).

    Args:
        performance: A `Rating`, or a performance score on the institution's scale.
        potential: A `Potential`, or a potential score 0-100.
        rules: The rules to apply; default: the latest national rules (which have no score
            bands: give levels, or the rules of a policy that sets the bands).

    Returns:
        The placement; its explanation is built when read.

    Raises:
        InvalidValueError: If an axis is neither its level nor an exact score, or a score lies
            outside the bands.
        UnknownParameterError: If a score is given and the policy has not set the bands.

    Examples:
        >>> placement = place_in_talent_box(Rating.MEETS_EXPECTATIONS, Potential.HIGH)
        >>> placement.box, [f.value for f in placement.follow_ups]
        (8, ['Dipertahankan', 'Kelompok Rencana Suksesi', 'Rotasi', 'Coaching'])
    """
    in_force = rules_or_national(rules)
    axis, level, box, follow_ups = _place(performance, potential, in_force)
    return TalentPlacement(
        axis,
        level,
        box,
        follow_ups,
        explanation=Recipe(_placement_steps, performance, potential, in_force),
    )


explained_by(explains_result(place_in_talent_box))(place_in_talent_box)
