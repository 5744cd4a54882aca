"""Vocabulary and parameter specs of development recommendations (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.talent`; the rules that read them are in
`kinerja_core.talent.development`.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import enum_repr, member_of
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.numbers import to_decimal
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import LookupMatrix, matrix_check
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.talent.box_specs import FollowUp, follow_up_tuple

__all__ = [
    "DEVELOPMENT_BY_PREDICATE",
    "DEVELOPMENT_PRIORITIES",
    "DEVELOPMENT_WEAKNESS",
    "DevelopmentBasis",
    "WeaknessRule",
]


class DevelopmentBasis(LabelledEnum):
    """What a development recommendation rests on (dasar rekomendasi)."""

    PREDICATE = "Predikat kinerja"
    """The period's predikat (e.g. Butuh Perbaikan → coaching)."""
    TWO_YEARS = "Predikat dua tahun berturut-turut"
    """The same predikat two years running (PP 30/2019 Pasal 53 priorities)."""
    INDICATOR = "Indikator kinerja"
    """A work-result indicator whose achievement is below the threshold."""
    CORE_VALUE = "Nilai dasar BerAKHLAK"
    """A core value whose behaviour score is below the threshold."""

    @classmethod
    def _english(cls) -> dict[DevelopmentBasis, str]:
        return {
            cls.PREDICATE: "Performance predicate",
            cls.TWO_YEARS: "Predicate two years running",
            cls.INDICATOR: "Performance indicator",
            cls.CORE_VALUE: "BerAKHLAK core value",
        }


def _by_predicate_cells(value: object) -> object:
    if isinstance(value, Mapping) and not isinstance(value, LookupMatrix):
        return {key: tuple(cell) if isinstance(cell, list) else cell for key, cell in value.items()}
    return value


_BY_PREDICATE = matrix_check("development_by_predicate", Predicate, tuple)


def _check_by_predicate(value: object) -> LookupMatrix[tuple[FollowUp, ...]]:
    matrix: LookupMatrix[tuple[FollowUp, ...]] = _BY_PREDICATE(_by_predicate_cells(value))
    for predicate, follow_ups in matrix.cells.items():
        label = predicate.value if isinstance(predicate, Predicate) else predicate
        follow_up_tuple(follow_ups, f"development_by_predicate[{label}]")
    return matrix


DEVELOPMENT_BY_PREDICATE: ParameterSpec[LookupMatrix[tuple[FollowUp, ...]]] = ParameterSpec(
    "development_by_predicate",
    "The development follow-ups (pembinaan kinerja) recommended for each predikat.",
    _check_by_predicate,
)
"""Parameter: for each `Predicate`, the follow-ups it calls for (a tuple of `FollowUp`,
possibly empty), a one-axis [`LookupMatrix`][kinerja_core.core.LookupMatrix]. An override may
be a plain mapping of all five predikat to tuples (or lists) of follow-ups."""


def _check_priorities(value: object) -> FrozenMap[Predicate, FollowUp]:
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            "development_priorities",
            value,
            "must map a Predicate to the FollowUp it gives priority for",
            reason_id="harus memetakan Predicate ke FollowUp yang diprioritaskan",
            code="wrong_type",
        )
    for key, follow_up in value.items():
        if not isinstance(key, Predicate):
            raise InvalidValueError(
                "development_priorities",
                key,
                "keys must be Predicate members",
                reason_id="kuncinya harus anggota Predicate",
                code="wrong_type",
            )
        if not isinstance(follow_up, FollowUp):
            raise InvalidValueError(
                f"development_priorities[{key.value}]",
                follow_up,
                "must be a FollowUp",
                reason_id="harus berupa FollowUp",
                code="wrong_type",
            )
    return FrozenMap(dict(value))


DEVELOPMENT_PRIORITIES: ParameterSpec[FrozenMap[Predicate, FollowUp]] = ParameterSpec(
    "development_priorities",
    "The priority an employee gets after the same predikat two years running.",
    _check_priorities,
)
"""Parameter: for a predikat held two consecutive years, the follow-up the employee may be
prioritised for (nationally PP 30/2019 Pasal 53: Sangat Baik → the succession pool, Baik →
competency development). Predikat not listed give no priority."""


def _achievement_below(value: object) -> Decimal:
    return to_decimal(value, field="achievement_below")


@attrs.frozen
class WeaknessRule:
    """What counts as weak, and what a weakness calls for.

    Attributes:
        achievement_below: An indicator whose achievement (percent) is strictly below this is
            weak.
        behaviour_below: A core value whose behaviour score is strictly below the score of
            this rating (see `BEHAVIOUR_SCORES`) is weak.
        follow_up: The follow-up recommended for each weak indicator or core value.

    Examples:
        >>> WeaknessRule(achievement_below="90").achievement_below
        Decimal('90')
    """

    achievement_below: Decimal = attrs.field(default=Decimal(100), converter=_achievement_below)
    behaviour_below: Rating = attrs.field(
        default=Rating.MEETS_EXPECTATIONS, validator=member_of(Rating), repr=enum_repr
    )
    follow_up: FollowUp = attrs.field(
        default=FollowUp.TRAINING, validator=member_of(FollowUp), repr=enum_repr
    )

    def to_dict(self) -> dict[str, str]:
        """The rule as plain data."""
        return {
            "achievement_below": str(self.achievement_below),
            "behaviour_below": self.behaviour_below.value,
            "follow_up": self.follow_up.value,
        }


def _check_weakness(value: object) -> WeaknessRule:
    if not isinstance(value, WeaknessRule):
        raise InvalidValueError(
            "development_weakness",
            value,
            "must be a WeaknessRule",
            reason_id="harus berupa WeaknessRule",
            code="wrong_type",
        )
    return value


DEVELOPMENT_WEAKNESS: ParameterSpec[WeaknessRule] = ParameterSpec(
    "development_weakness",
    "What counts as a weak indicator or core value, and the follow-up it calls for.",
    _check_weakness,
)
"""Parameter: the thresholds of weakness and the follow-up for each weakness, a
[`WeaknessRule`][kinerja_core.talent.WeaknessRule]; nationally a documented policy default
(achievement below 100 %, behaviour score below that of Sesuai Ekspektasi, training)."""
