"""Vocabulary and parameter specs (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.performance`; the rules that read them are in
`kinerja_core.performance.achievement_formulas`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import instance_check, optional_decimal
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.law import Citation
from kinerja_core.core.numbers import Ratio, to_decimal
from kinerja_core.core.parameters import ParameterSpec

__all__ = [
    "ACHIEVEMENT_FORMULA",
    "ACHIEVEMENT_LIMITS",
    "ZERO_TARGET_ACHIEVEMENT",
    "AchievementFormula",
    "AchievementLimits",
    "ZeroTargetAchievement",
]

_HUNDRED = Ratio(100)
_ZERO = Ratio(0)
_LAMPIRAN = Citation(
    "PermenPANRB 8/2021",
    "Lampiran (perhitungan capaian indikator: kondisi normal, kondisi khusus, target rentang)",
)


class AchievementFormula(LabelledEnum):
    """The family of achievement formulas to use for lower-is-better indicators."""

    PERMENPANRB_8_2021 = "PermenPANRB 8/2021"
    """Lower is better: `(1 + (1 − realisasi / target)) × 100 %` (the default)."""
    INVERSE_RATIO = "target/realisasi"
    """Lower is better: `target / realisasi × 100 %` — a variant seen in the field."""

    @classmethod
    def _english(cls) -> dict[AchievementFormula, str]:
        return {
            cls.PERMENPANRB_8_2021: "PermenPANRB 8/2021 (2 − realisation/target)",
            cls.INVERSE_RATIO: "target/realisation",
        }


def _cap(value: object) -> Decimal | None:
    return optional_decimal(value, field="cap")


def _floor(value: object) -> Decimal | None:
    return optional_decimal(value, field="floor")


@attrs.frozen
class AchievementLimits:
    """The highest and lowest achievement (percent) allowed; `None` means unlimited.

    Attributes:
        cap: The maximum achievement, e.g. `Decimal(120)`, or `None`.
        floor: The minimum achievement, e.g. `Decimal(0)`, or `None`.
    """

    cap: Decimal | None = attrs.field(default=None, converter=_cap)
    floor: Decimal | None = attrs.field(default=None, converter=_floor)

    def __attrs_post_init__(self) -> None:
        if self.cap is not None and self.floor is not None and self.cap < self.floor:
            raise InvalidValueError(
                "cap",
                self.cap,
                f"must not be below floor ({self.floor})",
                reason_id=f"tidak boleh di bawah batas bawah ({self.floor})",
                code="out_of_order",
            )

    def to_dict(self) -> dict[str, str | None]:
        """The limits as plain data."""
        return {
            "cap": None if self.cap is None else str(self.cap),
            "floor": None if self.floor is None else str(self.floor),
        }


def _met(value: object) -> Decimal:
    return to_decimal(value, field="met")


def _missed(value: object) -> Decimal:
    return to_decimal(value, field="missed")


@attrs.frozen
class ZeroTargetAchievement:
    """The achievement (percent) of a lower-is-better indicator whose target is zero.

    Attributes:
        met: The achievement when the realisation is zero too (e.g. 0 findings of 0).
        missed: The achievement when the realisation is above zero.
    """

    met: Decimal = attrs.field(converter=_met)
    missed: Decimal = attrs.field(converter=_missed)

    def to_dict(self) -> dict[str, str]:
        """The values as plain data."""
        return {"met": str(self.met), "missed": str(self.missed)}


_check_formula = instance_check(
    AchievementFormula, "achievement_formula", "must be an AchievementFormula"
)


_check_limits = instance_check(
    AchievementLimits, "achievement_limits", "must be an AchievementLimits"
)


_check_zero_target = instance_check(
    ZeroTargetAchievement, "zero_target_achievement", "must be a ZeroTargetAchievement"
)

ZERO_TARGET_ACHIEVEMENT: ParameterSpec[ZeroTargetAchievement] = ParameterSpec(
    "zero_target_achievement",
    "The achievement of a lower-is-better indicator with a target of zero.",
    _check_zero_target,
)
"""Parameter: achievement for a zero lower-is-better target; nationally 100 % at a realisation
of 0 and 0 % above it (a policy choice: the lampiran's formula divides by the target)."""

ACHIEVEMENT_FORMULA: ParameterSpec[AchievementFormula] = ParameterSpec(
    "achievement_formula",
    "The achievement formula for lower-is-better indicators.",
    _check_formula,
)
"""Parameter: which lower-is-better achievement formula applies."""

ACHIEVEMENT_LIMITS: ParameterSpec[AchievementLimits] = ParameterSpec(
    "achievement_limits",
    "The cap and floor applied to every indicator achievement (percent).",
    _check_limits,
)
"""Parameter: the default cap and floor of an achievement (an indicator may set its own)."""

_IN_FORCE = date(2021, 7, 1)  # PermenPANRB 8/2021 applies from 1 July 2021
