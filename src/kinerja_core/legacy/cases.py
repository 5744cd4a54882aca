"""The cases of the earlier regimes, as `evaluate` takes them: `Pp46Case` and `Pp30Case`."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._validators import (
    a_bool,
    instance_of,
    member_of,
    non_blank,
    optional_decimal,
    tuple_of,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.numbers import NumberLike
from kinerja_core.legacy import pp30_2019_specs as pp30_2019
from kinerja_core.legacy import pp46_2011_specs as pp46_2011
from kinerja_core.performance.evaluation_specs import Exemption
from kinerja_core.periods.period import Period

__all__ = ["Pp30Case", "Pp46Case"]


def _activities(value: object) -> tuple[pp46_2011.Activity, ...]:
    return tuple_of(pp46_2011.Activity, "a pp46_2011.Activity")("activities")(value)


def _aspect_scores(value: object) -> FrozenMap[pp46_2011.BehaviourAspect, NumberLike] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            "behaviour_scores",
            value,
            "must map BehaviourAspect to a score",
            reason_id="harus memetakan BehaviourAspect ke nilainya",
            code="wrong_type",
        )
    return FrozenMap(value)


def _skp_score(value: object) -> Decimal | None:
    return optional_decimal(value, field="skp_score")


def _optional_behaviour_score(value: object) -> Decimal | None:
    return optional_decimal(value, field="behaviour_score")


@attrs.frozen(kw_only=True)
class Pp46Case(Document):
    """An evaluation under PP 46/2011 + Perka BKN 1/2013 (1 January 2014 - 30 June 2021).

    Give the SKP either as its activities (with tugas tambahan and kreativitas) or as an
    already computed `skp_score`; and the behaviour either as its aspect scores or as a
    `behaviour_score`.

    Attributes:
        employee: The employee's identifier (e.g. a NIP).
        period: The period evaluated (usually a calendar year).
        activities: The SKP's activities.
        additional_tasks: The number of additional tasks (tugas tambahan).
        creativity: The creativity level (kreativitas), if any.
        skp_score: The nilai SKP, when the activities are not given.
        behaviour_scores: The score of each behaviour aspect.
        structural: Whether the employee holds a structural position (adds kepemimpinan).
        behaviour_score: The nilai perilaku kerja, when the aspect scores are not given.
    """

    __document_top__ = True

    employee: str = attrs.field(validator=non_blank)
    period: Period = attrs.field(validator=instance_of(Period, "a Period"))
    activities: tuple[pp46_2011.Activity, ...] = attrs.field(default=(), converter=_activities)
    additional_tasks: int = 0
    creativity: pp46_2011.CreativityLevel | None = None
    skp_score: Decimal | None = attrs.field(default=None, converter=_skp_score)
    behaviour_scores: FrozenMap[pp46_2011.BehaviourAspect, NumberLike] | None = attrs.field(
        default=None, converter=_aspect_scores
    )
    structural: bool = attrs.field(default=False, validator=a_bool)
    behaviour_score: Decimal | None = attrs.field(default=None, converter=_optional_behaviour_score)

    def __attrs_post_init__(self) -> None:
        if bool(self.activities) == (self.skp_score is not None):
            raise InvalidValueError(
                "skp_score",
                self.skp_score,
                "give either the activities or the skp_score",
                reason_id="isi salah satu saja: activities atau skp_score",
                code="either_or",
            )
        if (self.behaviour_scores is None) == (self.behaviour_score is None):
            raise InvalidValueError(
                "behaviour_score",
                self.behaviour_score,
                "give either the behaviour_scores or the behaviour_score",
                reason_id="isi salah satu saja: behaviour_scores atau behaviour_score",
                code="either_or",
            )


def _main_items(value: object) -> tuple[pp30_2019.MainItem, ...]:
    return tuple_of(pp30_2019.MainItem, "a pp30_2019.MainItem")("main_items")(value)


def _additional_items(value: object) -> tuple[pp30_2019.AdditionalItem, ...]:
    return tuple_of(pp30_2019.AdditionalItem, "a pp30_2019.AdditionalItem")("additional_items")(
        value
    )


def _behaviour_score_30(value: object) -> Decimal | None:
    return optional_decimal(value, field="behaviour_score")


@attrs.frozen(kw_only=True)
class Pp30Case(Document):
    """An evaluation under PP 30/2019 via PermenPANRB 8/2021 (1 July - 31 December 2021).

    Give the SKP either as its main and additional items or as an already computed
    `skp_score`, and the behaviour score. An employee to whom planning does not apply
    (PermenPANRB 8/2021: pejabat negara, diberhentikan sementara, cuti di luar tanggungan
    negara, masa persiapan pensiun, tugas belajar) is marked with `exemption` instead and is
    *not evaluated*.

    Attributes:
        employee: The employee's identifier.
        period: The period evaluated (within the second half of 2021).
        main_items: The kinerja utama items (weights adding up to 100).
        additional_items: The kinerja tambahan items.
        skp_score: The nilai SKP, when the items are not given.
        behaviour_score: The nilai perilaku kerja (0-120); not needed for an exempted employee.
        with_peer_input: Whether peers and subordinates gave behaviour input (60/40 weights).
        innovation: Whether the unit head recognised an innovation (Sangat Baik needs it).
        exemption: Why planning does not apply to the employee for the period, if it does not.
    """

    __document_top__ = True

    employee: str = attrs.field(validator=non_blank)
    period: Period = attrs.field(validator=instance_of(Period, "a Period"))
    main_items: tuple[pp30_2019.MainItem, ...] = attrs.field(default=(), converter=_main_items)
    additional_items: tuple[pp30_2019.AdditionalItem, ...] = attrs.field(
        default=(), converter=_additional_items
    )
    skp_score: Decimal | None = attrs.field(default=None, converter=_skp_score)
    behaviour_score: Decimal | None = attrs.field(default=None, converter=_behaviour_score_30)
    with_peer_input: bool = attrs.field(default=False, validator=a_bool)
    innovation: bool = attrs.field(default=False, validator=a_bool)
    exemption: Exemption | None = attrs.field(
        default=None, validator=attrs.validators.optional(member_of(Exemption))
    )

    def __attrs_post_init__(self) -> None:
        if self.exemption is not None:
            return
        if bool(self.main_items) == (self.skp_score is not None):
            raise InvalidValueError(
                "skp_score",
                self.skp_score,
                "give either the main_items or the skp_score",
                reason_id="isi salah satu saja: main_items atau skp_score",
                code="either_or",
            )
        if self.behaviour_score is None:
            raise InvalidValueError(
                "behaviour_score",
                None,
                "needed (unless the employee is exempted)",
                reason_id="wajib diisi (kecuali pegawai dikecualikan dari penilaian)",
                code="missing",
            )
