"""Indicators (IKU/IKI) and their targets.

An [`Indicator`][kinerja_core.Indicator] says what is measured and how: its unit, its
[`Polarity`][kinerja_core.Polarity] (is more better, less better, or is it done / not done), how
periodic realisations combine into an annual one ([`Aggregation`][kinerja_core.Aggregation]), and
optional limits on its achievement. A [`Target`][kinerja_core.Target] is a single value or a
range; a range combines with either polarity (the PermenPANRB 8/2021 lampiran has a
lower-is-better range of 7-8 months).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import (
    enum_repr,
    member_of,
    non_blank,
    non_negative,
    optional_decimal,
    optional_non_blank,
)
from kinerja_core.core.documents import (
    INVALID,
    JSON,
    Codec,
    Document,
    Problems,
    read_decimal,
    register_codec,
)
from kinerja_core.core.errors import InvalidValueError, KinerjaError
from kinerja_core.core.explain import Lang, check_lang
from kinerja_core.core.numbers import NumberLike

__all__ = ["Aggregation", "Indicator", "IndicatorLevel", "Polarity", "Target"]


class Polarity(LabelledEnum):
    """Which direction of realisation is better."""

    HIGHER_IS_BETTER = "Semakin tinggi semakin baik"
    """Kondisi normal: e.g. the number of services completed."""
    LOWER_IS_BETTER = "Semakin rendah semakin baik"
    """Kondisi khusus: e.g. complaint response time, cost, error rate."""
    MILESTONE = "Tercapai/tidak tercapai"
    """A milestone or binary indicator: done or not done."""

    @classmethod
    def _variants(cls) -> dict[str, Polarity]:
        return {
            "kondisi normal": cls.HIGHER_IS_BETTER,
            "maksimal": cls.HIGHER_IS_BETTER,
            "kondisi khusus": cls.LOWER_IS_BETTER,
            "minimal": cls.LOWER_IS_BETTER,
        }

    @classmethod
    def _english(cls) -> dict[Polarity, str]:
        return {
            cls.HIGHER_IS_BETTER: "Higher is better",
            cls.LOWER_IS_BETTER: "Lower is better",
            cls.MILESTONE: "Milestone (done / not done)",
        }


class Aggregation(LabelledEnum):
    """How periodic realisations combine into one for a longer period."""

    CUMULATIVE = "Kumulatif"
    """The sum of the periodic realisations, against the annual target."""
    FINAL_VALUE = "Nilai akhir"
    """The realisation of the last period that has one (e.g. a stock or a rate at year end)."""
    AVERAGE = "Rata-rata"
    """The mean of the periodic realisations that were reported."""

    @classmethod
    def _variants(cls) -> dict[str, Aggregation]:
        return {"posisi akhir": cls.FINAL_VALUE, "rerata": cls.AVERAGE}

    @classmethod
    def _english(cls) -> dict[Aggregation, str]:
        return {
            cls.CUMULATIVE: "Cumulative",
            cls.FINAL_VALUE: "Final value",
            cls.AVERAGE: "Average",
        }


class IndicatorLevel(LabelledEnum):
    """Whose indicator it is: an organisation's (IKU) or an individual's (IKI)."""

    ORGANISATION = "IKU"
    """Indikator Kinerja Utama: an organisation's or unit's key performance indicator."""
    INDIVIDUAL = "IKI"
    """Indikator Kinerja Individu: an employee's indicator."""

    @classmethod
    def _variants(cls) -> dict[str, IndicatorLevel]:
        return {
            "indikator kinerja utama": cls.ORGANISATION,
            "indikator kinerja individu": cls.INDIVIDUAL,
        }

    @classmethod
    def _english(cls) -> dict[IndicatorLevel, str]:
        return {
            cls.ORGANISATION: "Key performance indicator (organisation)",
            cls.INDIVIDUAL: "Individual performance indicator",
        }


def _non_negative(field: str, value: object) -> Decimal:
    return non_negative(value, field=field)


@attrs.frozen(init=False)
class Target(Document):
    """A target: one value, or a range from `low` to `high` (both inclusive).

    Create one with `Target(value)` or `Target.range(low, high)`. Targets must not be negative.
    A target of zero is meaningful only for a lower-is-better indicator ("0 temuan"), where a
    dated policy parameter gives the achievement
    ([`ZERO_TARGET_ACHIEVEMENT`][kinerja_core.performance.ZERO_TARGET_ACHIEVEMENT]);
    every other formula divides by the target and refuses zero.

    Attributes:
        low: The lower bound (equal to `high` for a single value).
        high: The upper bound.

    Examples:
        >>> Target(85)
        Target(85)
        >>> Target.range("7", "8")
        Target.range(Decimal('7'), Decimal('8'))
    """

    low: Decimal
    high: Decimal

    def __init__(self, value: NumberLike) -> None:
        number = _non_negative("target", value)
        self.__attrs_init__(number, number)

    @classmethod
    def range(cls, low: NumberLike, high: NumberLike) -> Target:
        """A range target, e.g. 80-90 % or 7-8 months.

        Args:
            low: The lower bound (not negative).
            high: The upper bound (not below `low`).

        Returns:
            The target.

        Raises:
            InvalidValueError: If a bound is negative or not an exact number, or `high < low`.
        """
        lower, upper = _non_negative("low", low), _non_negative("high", high)
        if upper < lower:
            raise InvalidValueError(
                "high",
                high,
                f"must not be below low ({lower})",
                reason_id=f"tidak boleh di bawah batas bawah (low, {lower})",
                code="out_of_order",
            )
        target = object.__new__(cls)
        target.__attrs_init__(lower, upper)
        return target

    @classmethod
    def of(cls, value: Target | NumberLike) -> Target:
        """A target from a `Target` or a plain number (which means `Target(number)`).

        Args:
            value: The target or number.

        Returns:
            The target.
        """
        return value if isinstance(value, Target) else cls(value)

    @property
    def is_range(self) -> bool:
        """Whether the target is a range rather than a single value."""
        return self.low != self.high

    def __repr__(self) -> str:
        if self.is_range:
            return f"Target.range({self.low!r}, {self.high!r})"
        return f"Target({self.low})"

    def label(self, lang: Lang) -> str:
        """The target as text, e.g. `"85"` or `"7–8"` (the same in both languages).

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The text.
        """
        check_lang(lang)
        return f"{self.low}–{self.high}" if self.is_range else str(self.low)


class _TargetCodec(Codec):
    """A target in a document: `{"low": "7", "high": "8"}` (equal bounds for one value).

    A plain number (`85`, `"85"`) is read as a single-value target.
    """

    kinds = frozenset({"string", "number", "integer", "object"})

    def dump(self, value: Any, explanation: bool) -> JSON:  # noqa: ANN401
        return {"low": f"{value.low:f}", "high": f"{value.high:f}"}

    def load(self, data: object, path: str, problems: Problems) -> Any:  # noqa: ANN401
        if isinstance(data, dict) and set(data) == {"low", "high"}:
            low = read_decimal(data["low"], f"{path}.low", problems)
            high = read_decimal(data["high"], f"{path}.high", problems)
            if INVALID in (low, high):
                return INVALID
        else:
            low = high = read_decimal(data, path, problems)
            if low is INVALID:
                return INVALID
        try:
            return Target.range(low, high)
        except KinerjaError as error:
            return problems.from_error(path, error)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        number = {"type": ["string", "number"]}
        return {
            "anyOf": [
                number,
                {
                    "type": "object",
                    "properties": {"low": number, "high": number},
                    "required": ["low", "high"],
                    "additionalProperties": False,
                },
            ]
        }


register_codec(Target, _TargetCodec)


def _cap(value: object) -> Decimal | None:
    return optional_decimal(value, field="cap")


def _floor(value: object) -> Decimal | None:
    return optional_decimal(value, field="floor")


def optional_weight(value: object) -> Decimal | None:
    """Check an optional weight in percent (also used by plan items).

    Args:
        value: `None`, or a number more than 0 and at most 100.

    Returns:
        `None`, or the weight as a `Decimal`.

    Raises:
        InvalidValueError: If the weight is not an exact number in (0, 100].
    """
    number = optional_decimal(value, field="weight")
    if number is not None and not Decimal(0) < number <= Decimal(100):
        raise InvalidValueError(
            "weight",
            value,
            "must be more than 0 and at most 100 (percent)",
            reason_id="bobot harus lebih dari 0 dan paling banyak 100 (persen)",
            code="out_of_range",
        )
    return number


@attrs.frozen
class Indicator(Document):
    """A performance indicator: what is measured, in what unit, and which way is better.

    Attributes:
        name: What is measured, e.g. `"Waktu respon pengaduan masyarakat"`.
        unit: The unit of the realisation, e.g. `"hari"`, `"%"`, `"dokumen"`.
        polarity: Whether higher, lower, or done/not done is better.
        aggregation: How periodic realisations combine into an annual one.
        level: IKU (organisation) or IKI (individual).
        cap: The highest achievement (percent) the indicator may reach, if limited.
        floor: The lowest achievement (percent), if limited.
        weight: The indicator's weight in percent (0 < weight ≤ 100), if weighted.
        code: An optional identifier (e.g. the app's indicator code).

    Examples:
        >>> waktu = Indicator("Waktu respon pengaduan", "hari", Polarity.LOWER_IS_BETTER)
        >>> waktu.label("id")
        'Waktu respon pengaduan (hari)'
        >>> waktu.aggregation
        <Aggregation.CUMULATIVE: 'Kumulatif'>
    """

    name: str = attrs.field(validator=non_blank)
    unit: str = attrs.field(validator=non_blank)
    polarity: Polarity = attrs.field(
        default=Polarity.HIGHER_IS_BETTER, validator=member_of(Polarity), repr=enum_repr
    )
    aggregation: Aggregation = attrs.field(
        default=Aggregation.CUMULATIVE, validator=member_of(Aggregation), repr=enum_repr
    )
    level: IndicatorLevel = attrs.field(
        default=IndicatorLevel.INDIVIDUAL, validator=member_of(IndicatorLevel), repr=enum_repr
    )
    cap: Decimal | None = attrs.field(default=None, converter=_cap)
    floor: Decimal | None = attrs.field(default=None, converter=_floor)
    weight: Decimal | None = attrs.field(default=None, converter=optional_weight)
    code: str | None = attrs.field(default=None, validator=optional_non_blank)

    def __attrs_post_init__(self) -> None:
        if self.cap is not None and self.floor is not None and self.cap < self.floor:
            raise InvalidValueError(
                "cap",
                self.cap,
                f"must not be below floor ({self.floor})",
                reason_id=f"tidak boleh di bawah floor ({self.floor})",
                code="out_of_order",
            )

    def label(self, lang: Lang) -> str:
        """The indicator's name with its unit (names are not translated).

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            e.g. `"Waktu respon pengaduan (hari)"`.
        """
        check_lang(lang)
        return f"{self.name} ({self.unit})"
