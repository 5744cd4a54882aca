"""Vocabulary, the parts of a TPP / tunjangan kinerja parameter set, and its spec (no formulas).

TPP (tambahan penghasilan pegawai, paid by a Pemda) and tunjangan kinerja (tukin, paid by a
ministry or agency) are always set per institution, by a dated regulation of that institution
(a Peraturan Kepala Daerah, a Peraturan Menteri or Badan). The national policy therefore has no
value for [`ALLOWANCE_RULES`][kinerja_core.allowance.ALLOWANCE_RULES]
(`institution_only=True`); a Pemda or an instansi adds its own
[`AllowanceRules`][kinerja_core.allowance.AllowanceRules] with `NATIONAL.with_overrides(...)`.

An `AllowanceRules` is built from small typed parts, each with its own
[`Citation`][kinerja_core.Citation], so that a field the source does not state carries
`Confidence.UNCONFIRMED` in its own citation instead of hiding behind the set's. Every
percentage is an exact percentage (`4` means 4 %): it is never stored as a fraction and never
divided by 100 twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from itertools import pairwise
from typing import Any

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import (
    Validator,
    a_bool,
    enum_repr,
    enum_table,
    instance_of,
    member_of,
    non_blank,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError, KinerjaError, ValidationError
from kinerja_core.core.law import Citation
from kinerja_core.core.numbers import to_decimal
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import BandTable
from kinerja_core.performance.ratings import Predicate

__all__ = [
    "ALLOWANCE_RULES",
    "AllowanceComponent",
    "AllowanceRules",
    "BpjsShares",
    "ComponentWeights",
    "ConsecutiveAbsence",
    "CutCap",
    "EmploymentState",
    "FactorKind",
    "MinuteBand",
    "MinuteBands",
    "PerOccurrence",
    "PredicateFactors",
    "PredicateLag",
    "Rounding",
    "RoundingMode",
    "ScoreBand",
    "SpecialStates",
]

_HUNDRED = Decimal(100)
_MAX_MINUTES = 24 * 60
"""A lateness or early-leave occurrence lasts at most a day (1 440 minutes)."""
_MAX_DAYS = 366


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------


class AllowanceComponent(LabelledEnum):
    """The part of the allowance a percentage is taken from.

    A set may split the allowance into a performance component and a discipline (attendance)
    component ([`ComponentWeights`][kinerja_core.allowance.ComponentWeights]); each rule of the
    set says which part its percentage applies to: one of the two components, or the whole
    allowance.
    """

    WHOLE = "Seluruh Tunjangan"
    PERFORMANCE = "Komponen Kinerja"
    DISCIPLINE = "Komponen Disiplin"

    @classmethod
    def _variants(cls) -> dict[str, AllowanceComponent]:
        return {
            "seluruh tpp": cls.WHOLE,
            "kinerja": cls.PERFORMANCE,
            "disiplin": cls.DISCIPLINE,
            "kehadiran": cls.DISCIPLINE,
            "komponen kehadiran": cls.DISCIPLINE,
        }

    @classmethod
    def _english(cls) -> dict[AllowanceComponent, str]:
        return {
            cls.WHOLE: "Whole allowance",
            cls.PERFORMANCE: "Performance component",
            cls.DISCIPLINE: "Discipline component",
        }


class FactorKind(LabelledEnum):
    """What a predikat's percentage means: the share paid, or the share cut.

    Kemlu (Permenlu 3/2025 Pasal 15) *pays* 80 % for Butuh Perbaikan; Bakamla (Perban 1/2023
    Pasal 11) *cuts* 1 % for Kurang. Writing one as the other is the classic error (a top band
    that cuts 100 % where it should cut nothing), so the kind is stated with the table.
    """

    PAYMENT_FACTOR = "Faktor Pembayaran"
    CUT = "Potongan"

    @classmethod
    def _english(cls) -> dict[FactorKind, str]:
        return {cls.PAYMENT_FACTOR: "Payment factor", cls.CUT: "Cut"}


class PredicateLag(LabelledEnum):
    """Which period's predikat decides a month's allowance.

    `SAME_MONTH`: the month's own (monthly) predikat; `NEXT_QUARTER`: a quarter's predikat
    decides the three months of the following quarter; `NEXT_YEAR`: a year's predikat decides
    every month of the following year (see
    [`performance_period`][kinerja_core.allowance.performance_period]).
    """

    SAME_MONTH = "Bulan yang Sama"
    NEXT_QUARTER = "Triwulan Berikutnya"
    NEXT_YEAR = "Tahun Berikutnya"

    @classmethod
    def _english(cls) -> dict[PredicateLag, str]:
        return {
            cls.SAME_MONTH: "Same month",
            cls.NEXT_QUARTER: "Next quarter",
            cls.NEXT_YEAR: "Next year",
        }


class EmploymentState(LabelledEnum):
    """An employee's state in a month, for the special rules of a set.

    `ACTIVE`: the ordinary case. `CPNS`: a candidate civil servant, paid the set's CPNS
    percentage of the allowance. `STUDY_LEAVE`: on study leave (tugas belajar), paid the set's
    study-leave percentage. `TRANSFER_IN` / `TRANSFER_OUT`: moved into or out of the institution
    during the month, paid in proportion to the working days in post when the set prorates
    transfers.
    """

    ACTIVE = "Aktif"
    CPNS = "CPNS"
    STUDY_LEAVE = "Tugas Belajar"
    TRANSFER_IN = "Pindah Masuk"
    TRANSFER_OUT = "Pindah Keluar"

    @classmethod
    def _variants(cls) -> dict[str, EmploymentState]:
        return {"calon pns": cls.CPNS, "mutasi masuk": cls.TRANSFER_IN}

    @classmethod
    def _english(cls) -> dict[EmploymentState, str]:
        return {
            cls.ACTIVE: "Active",
            cls.CPNS: "Candidate civil servant (CPNS)",
            cls.STUDY_LEAVE: "Study leave",
            cls.TRANSFER_IN: "Transferred in",
            cls.TRANSFER_OUT: "Transferred out",
        }


class RoundingMode(LabelledEnum):
    """How each line of a breakdown is rounded to the set's unit."""

    HALF_UP = "Setengah ke Atas"
    DOWN = "Ke Bawah"

    @classmethod
    def _english(cls) -> dict[RoundingMode, str]:
        return {cls.HALF_UP: "Half up", cls.DOWN: "Down"}


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------


def _percent_in(field: str, value: object, high: Decimal = _HUNDRED) -> Decimal:
    number = to_decimal(value, field=field)
    if not 0 <= number <= high:
        raise InvalidValueError(
            field,
            value,
            f"must be a percentage from 0 to {high}",
            reason_id=f"harus persentase dari 0 sampai dengan {high}",
            code="out_of_range",
        )
    return number


def _performance(value: object) -> Decimal:
    return _percent_in("performance", value)


def _discipline(value: object) -> Decimal:
    return _percent_in("discipline", value)


def _percent(value: object) -> Decimal:
    return _percent_in("percent", value)


def _cpns_percent(value: object) -> Decimal:
    return _percent_in("cpns_percent", value)


def _study_leave_percent(value: object) -> Decimal:
    return _percent_in("study_leave_percent", value)


def _employer_percent(value: object) -> Decimal:
    return _percent_in("employer_percent", value)


def _employee_percent(value: object) -> Decimal:
    return _percent_in("employee_percent", value)


def _whole(low: int, high: int) -> Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidValueError(
                attribute.name,
                value,
                f"must be a whole number from {low} to {high}",
                reason_id=f"harus bilangan bulat dari {low} sampai dengan {high}",
                code="wrong_type" if not isinstance(value, int) else "out_of_range",
            )

    return check


def _optional_whole(low: int, high: int) -> Validator:
    inner = _whole(low, high)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            inner(instance, attribute, value)

    return check


_cited = instance_of(Citation, "a Citation")
_component = member_of(AllowanceComponent)


def _assumed(value: object) -> FrozenMap[str, Citation]:
    if isinstance(value, FrozenMap):
        return value
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            "assumed",
            value,
            "must map field names to the citations of what was assumed",
            reason_id="harus memetakan nama field ke kutipan asumsinya",
            code="wrong_type",
        )
    return FrozenMap(dict(value))


def _check_assumed(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Each key names another field of the part; each value is a `Citation`."""
    names = (
        set()
        if instance is None  # a document being read: the part checks its keys when built
        else {f.name for f in attrs.fields(type(instance))} - {"citation", "assumed"}  # type: ignore[arg-type]
    )
    for key, cited in dict(value).items():  # type: ignore[call-overload]
        if names and key not in names:
            raise InvalidValueError(
                f"assumed[{key!r}]",
                key,
                f"must name a field of the part ({', '.join(sorted(names))})",
                reason_id=f"harus nama field bagian ini ({', '.join(sorted(names))})",
                code="unknown_field",
            )
        if not isinstance(cited, Citation):
            raise InvalidValueError(
                f"assumed[{key!r}]",
                cited,
                "must be a Citation",
                reason_id="harus berupa Citation",
                code="wrong_type",
            )


# --------------------------------------------------------------------------------------------
# The parts of a set
# --------------------------------------------------------------------------------------------


@attrs.frozen
class ComponentWeights(Document):
    """How the allowance splits into a performance and a discipline component (percent).

    Attributes:
        performance: The performance component's share (e.g. `60`).
        discipline: The discipline (attendance) component's share (e.g. `40`); the two add up to
            exactly 100.
        citation: The source of the split.

    Examples:
        >>> from kinerja_core import Citation
        >>> ComponentWeights(60, 40, Citation("Permentan 20/2025", "Pasal 5")).discipline
        Decimal('40')
    """

    performance: Decimal = attrs.field(converter=_performance)
    discipline: Decimal = attrs.field(converter=_discipline)
    citation: Citation = attrs.field(validator=_cited)

    def __attrs_post_init__(self) -> None:
        if self.performance + self.discipline != _HUNDRED:
            raise InvalidValueError(
                "discipline",
                self.discipline,
                f"the weights must add up to exactly 100 (performance {self.performance} + "
                f"discipline {self.discipline})",
                reason_id=f"jumlah bobot harus tepat 100 (kinerja {self.performance} + "
                f"disiplin {self.discipline})",
                code="inconsistent",
            )

    def share(self, component: AllowanceComponent) -> Decimal:
        """The percentage of the whole allowance that a component is.

        Args:
            component: The component (`WHOLE` is 100).

        Returns:
            The percentage.
        """
        if component is AllowanceComponent.PERFORMANCE:
            return self.performance
        if component is AllowanceComponent.DISCIPLINE:
            return self.discipline
        return _HUNDRED


def _factors(value: object) -> FrozenMap[Predicate, Decimal]:
    table = enum_table(
        value,
        field="factors",
        members=Predicate,
        entry="a percentage",
        entry_id="persentase",
        convert=lambda member, raw: _percent_in(f"factors[{member.value}]", raw),
    )
    return FrozenMap(table)


def _from_score(value: object) -> Decimal:
    number = to_decimal(value, field="from_score")
    if number < 0:
        raise InvalidValueError(
            "from_score",
            value,
            "must not be negative",
            reason_id="tidak boleh negatif",
            code="out_of_range",
        )
    return number


@attrs.frozen
class ScoreBand(Document):
    """One row of a score → percentage table: from a score (inclusive) to the next row's.

    Attributes:
        from_score: The lowest score of the row (inclusive; the first row starts at 0).
        percent: The row's percentage (a payment factor or a cut, as the table says).
    """

    from_score: Decimal = attrs.field(converter=_from_score)
    percent: Decimal = attrs.field(converter=_percent)


def _score_bands(value: object) -> tuple[ScoreBand, ...]:
    if isinstance(value, str | bytes | Mapping) or not hasattr(value, "__iter__"):
        raise InvalidValueError(
            "score_bands",
            value,
            "must be a sequence of ScoreBand",
            reason_id="harus berupa daftar ScoreBand",
            code="wrong_type",
        )
    items = tuple(value)
    for index, item in enumerate(items):
        if not isinstance(item, ScoreBand):
            raise InvalidValueError(
                f"score_bands[{index}]",
                item,
                "must be a ScoreBand",
                reason_id="harus berupa ScoreBand",
                code="wrong_type",
            )
    return items


def _score_problems(kind: FactorKind, bands: tuple[ScoreBand, ...]) -> list[KinerjaError]:
    problems: list[KinerjaError] = []
    if bands and bands[0].from_score != 0:
        problems.append(
            InvalidValueError(
                "score_bands[0].from_score",
                bands[0].from_score,
                "the first row must start at 0, so that every score has a percentage",
                reason_id="baris pertama harus mulai dari 0 agar setiap nilai memiliki persentase",
                code="gap",
            )
        )
    paying = kind is FactorKind.PAYMENT_FACTOR
    for index, (below, above) in enumerate(pairwise(bands), start=1):
        if above.from_score <= below.from_score:
            problems.append(
                InvalidValueError(
                    f"score_bands[{index}].from_score",
                    above.from_score,
                    f"must be above the previous row's from_score ({below.from_score})",
                    reason_id=f"harus lebih besar dari from_score baris sebelumnya "
                    f"({below.from_score})",
                    code="out_of_order",
                )
            )
        if (above.percent < below.percent) if paying else (above.percent > below.percent):
            problems.append(
                InvalidValueError(
                    f"score_bands[{index}].percent",
                    above.percent,
                    f"a better score must not pay less (previous row: {below.percent} as "
                    f"{kind.label('en').lower()})",
                    reason_id=f"nilai yang lebih baik tidak boleh dibayar lebih kecil (baris "
                    f"sebelumnya: {below.percent} sebagai {kind.label('id').lower()})",
                    code="out_of_order",
                )
            )
    return problems


@attrs.frozen
class PredicateFactors(Document):
    """The predikat → percentage table of a set, what the percentage means, and its lag.

    A set that decides by a score (nilai kinerja) instead of a predikat also gives
    `score_bands`: rows from a score (inclusive) to the next row's, the first from 0.

    Attributes:
        kind: `PAYMENT_FACTOR` (the share of the component paid) or `CUT` (the share cut).
        factors: A percentage for every predikat (all five, no other key).
        lag: Which period's predikat decides a month (same month, next quarter, next year).
        component: The part of the allowance the percentage applies to.
        citation: The source of the table.
        score_bands: The score → percentage rows, for sets that decide by a score (empty:
            the set decides by predikat only). A better score never pays less.

    Examples:
        >>> from kinerja_core import Citation, Predicate
        >>> kemlu = PredicateFactors(
        ...     FactorKind.PAYMENT_FACTOR,
        ...     {p: f for p, f in zip(Predicate, (100, 100, 80, 70, 60))},
        ...     PredicateLag.NEXT_QUARTER,
        ...     AllowanceComponent.WHOLE,
        ...     Citation("Permenlu 3/2025", "Pasal 15"),
        ... )
        >>> kemlu.reduction(Predicate.NEEDS_IMPROVEMENT)
        Decimal('20')
    """

    kind: FactorKind = attrs.field(validator=member_of(FactorKind), repr=enum_repr)
    factors: FrozenMap[Predicate, Decimal] = attrs.field(converter=_factors)
    lag: PredicateLag = attrs.field(validator=member_of(PredicateLag), repr=enum_repr)
    component: AllowanceComponent = attrs.field(validator=_component, repr=enum_repr)
    citation: Citation = attrs.field(validator=_cited)
    score_bands: tuple[ScoreBand, ...] = attrs.field(default=(), converter=_score_bands)
    _scores: BandTable[Decimal] | None = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        table = None
        if self.score_bands:
            problems = _score_problems(self.kind, self.score_bands)
            if problems:
                raise ValidationError("score_bands", self.score_bands, problems)
            table = BandTable.from_lower_edges(
                [(band.from_score, self.reduction_of(band.percent)) for band in self.score_bands],
                monotone="decreasing",
            )
        object.__setattr__(self, "_scores", table)

    def reduction_of(self, percent: Decimal) -> Decimal:
        """The share a percentage of this table takes away (`100 − factor`, or the cut).

        Args:
            percent: A percentage of the table.

        Returns:
            The reduction.
        """
        return _HUNDRED - percent if self.kind is FactorKind.PAYMENT_FACTOR else percent

    def reduction(self, predicate: Predicate) -> Decimal:
        """The percentage of the component that a predikat takes away (0 for none).

        Args:
            predicate: The predikat that applies to the month.

        Returns:
            `100 − factor` for a payment factor, the cut itself for a cut.
        """
        return self.reduction_of(self.factors[predicate])

    @property
    def scores(self) -> BandTable[Decimal] | None:
        """The score rows as a band table of reductions (scores ≥ 0), or `None`."""
        return self._scores


@attrs.frozen
class PerOccurrence(Document):
    """A percentage cut for each occurrence (a day absent, a missed ceremony).

    Attributes:
        percent: The cut per occurrence (e.g. `4` for 4 % per day); `0` when the set has none.
        component: The part of the allowance the percentage applies to.
        citation: The source.
        assumed: The fields of the part that the source does not state, each with its own
            citation (`Confidence.UNCONFIRMED`, saying what was assumed); the part's
            `citation` covers the others.
    """

    percent: Decimal = attrs.field(converter=_percent)
    component: AllowanceComponent = attrs.field(validator=_component, repr=enum_repr)
    citation: Citation = attrs.field(validator=_cited)
    assumed: FrozenMap[str, Citation] = attrs.field(
        factory=FrozenMap, converter=_assumed, validator=_check_assumed, kw_only=True
    )


@attrs.frozen
class MinuteBand(Document):
    """One row of a lateness or early-leave table: minutes from (inclusive) to (exclusive).

    Attributes:
        from_minute: The first minute of the band (inclusive; at least 1: minute 0 is on time).
        to_minute: The minute where the next band starts (exclusive), or `None` for the last,
            open-ended band.
        percent: The cut for one occurrence in the band.
    """

    from_minute: int = attrs.field(validator=_whole(1, _MAX_MINUTES))
    to_minute: int | None = attrs.field(validator=_optional_whole(1, _MAX_MINUTES + 1))
    percent: Decimal = attrs.field(converter=_percent)

    def __attrs_post_init__(self) -> None:
        if self.to_minute is not None and self.to_minute <= self.from_minute:
            raise InvalidValueError(
                "to_minute",
                self.to_minute,
                f"must be above from_minute ({self.from_minute})",
                reason_id=f"harus lebih besar dari from_minute ({self.from_minute})",
                code="out_of_order",
            )


def _minute_problems(bands: tuple[MinuteBand, ...]) -> list[KinerjaError]:
    problems: list[KinerjaError] = []
    for index, (below, above) in enumerate(pairwise(bands)):
        if below.to_minute is None:
            problems.append(
                InvalidValueError(
                    f"bands[{index}].to_minute",
                    None,
                    "only the last band may be open-ended (null)",
                    reason_id="hanya rentang terakhir yang boleh tanpa batas atas (null)",
                    code="open_edge",
                )
            )
        elif above.from_minute != below.to_minute:
            kind, kind_id = (
                ("gap", "celah")
                if above.from_minute > below.to_minute
                else (
                    "overlap",
                    "tumpang tindih",
                )
            )
            problems.append(
                InvalidValueError(
                    f"bands[{index + 1}].from_minute",
                    above.from_minute,
                    f"{kind}: must equal the previous band's to_minute ({below.to_minute})",
                    reason_id=f"{kind_id}: harus sama dengan to_minute rentang sebelumnya "
                    f"({below.to_minute})",
                    code=kind,
                )
            )
        if above.percent < below.percent:
            problems.append(
                InvalidValueError(
                    f"bands[{index + 1}].percent",
                    above.percent,
                    f"a longer lateness must not cut less (previous band: {below.percent})",
                    reason_id="keterlambatan yang lebih lama tidak boleh dipotong lebih kecil "
                    f"(rentang sebelumnya: {below.percent})",
                    code="out_of_order",
                )
            )
    if bands and bands[-1].to_minute is not None:
        problems.append(
            InvalidValueError(
                f"bands[{len(bands) - 1}].to_minute",
                bands[-1].to_minute,
                "the last band must be open-ended (null), so that every minute has a cut",
                reason_id="rentang terakhir harus tanpa batas atas (null) agar setiap menit "
                "memiliki potongan",
                code="open_edge",
            )
        )
    return problems


def _minute_bands(value: object) -> tuple[MinuteBand, ...]:
    if isinstance(value, str | bytes | Mapping) or not hasattr(value, "__iter__"):
        raise InvalidValueError(
            "bands",
            value,
            "must be a sequence of MinuteBand",
            reason_id="harus berupa daftar MinuteBand",
            code="wrong_type",
        )
    items = tuple(value)
    for index, item in enumerate(items):
        if not isinstance(item, MinuteBand):
            raise InvalidValueError(
                f"bands[{index}]",
                item,
                "must be a MinuteBand",
                reason_id="harus berupa MinuteBand",
                code="wrong_type",
            )
    return items


@attrs.frozen
class MinuteBands(Document):
    """A lateness (or early-leave) table: a cut per occurrence by its minutes.

    Minutes below the first band (minute 0, on time) cut nothing. The bands follow each other
    without gap or overlap, the last is open-ended, and a longer occurrence never cuts less.
    An empty table means the set has no such cut.

    Attributes:
        bands: The rows, in ascending order.
        component: The part of the allowance the percentages apply to.
        citation: The source.
        assumed: The fields of the part that the source does not state, each with its own
            citation (`Confidence.UNCONFIRMED`, saying what was assumed); the part's
            `citation` covers the others.

    Examples:
        >>> from kinerja_core import Citation
        >>> lateness = MinuteBands(
        ...     (MinuteBand(1, 31, "0.5"), MinuteBand(31, None, 1)),
        ...     AllowanceComponent.WHOLE,
        ...     Citation("Contoh", "Pasal 1"),
        ... )
        >>> lateness.percent_for(0), lateness.percent_for(30), lateness.percent_for(31)
        (Decimal('0'), Decimal('0.5'), Decimal('1'))
    """

    bands: tuple[MinuteBand, ...] = attrs.field(converter=_minute_bands)
    component: AllowanceComponent = attrs.field(validator=_component, repr=enum_repr)
    citation: Citation = attrs.field(validator=_cited)
    assumed: FrozenMap[str, Citation] = attrs.field(
        factory=FrozenMap, converter=_assumed, validator=_check_assumed, kw_only=True
    )
    _table: BandTable[Decimal] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        problems = _minute_problems(self.bands)
        if problems:
            raise ValidationError("bands", self.bands, problems)
        rows: list[tuple[object, Decimal]] = [(0, Decimal(0))]
        rows.extend((band.from_minute, band.percent) for band in self.bands)
        table = BandTable.from_lower_edges(rows, monotone="increasing")
        object.__setattr__(self, "_table", table)

    @property
    def table(self) -> BandTable[Decimal]:
        """The rows as a band table over minutes ≥ 0 (0 → 0 %), on the table core."""
        return self._table

    def percent_for(self, minutes: int) -> Decimal:
        """The cut for one occurrence of `minutes` minutes.

        Args:
            minutes: The occurrence's minutes (0 is on time).

        Returns:
            The percentage.
        """
        return self._table.lookup(minutes, field="minutes")


@attrs.frozen
class CutCap(Document):
    """The monthly cap on the attendance cuts taken from one part of the allowance.

    Attributes:
        percent: The most that the month's attendance cuts may take from a part (e.g. `100`).
        citation: The source.
    """

    percent: Decimal = attrs.field(converter=_percent)
    citation: Citation = attrs.field(validator=_cited)


@attrs.frozen
class ConsecutiveAbsence(Document):
    """The consecutive-absence rule: from so many consecutive working days, a cut of so much.

    Attributes:
        from_days: The number of consecutive working days absent without a valid reason from
            which the rule applies (e.g. `10`), or `None` when the set has no such rule.
        percent: The cut when the rule applies (e.g. `100`).
        component: The part of the allowance the percentage applies to.
        citation: The source.
    """

    from_days: int | None = attrs.field(validator=_optional_whole(1, _MAX_DAYS))
    percent: Decimal = attrs.field(converter=_percent)
    component: AllowanceComponent = attrs.field(validator=_component, repr=enum_repr)
    citation: Citation = attrs.field(validator=_cited)

    def applies(self, consecutive_days: int) -> bool:
        """Whether the rule applies to a run of consecutive absent working days.

        Args:
            consecutive_days: The longest run in the month.

        Returns:
            `True` from `from_days` on.
        """
        return self.from_days is not None and consecutive_days >= self.from_days


@attrs.frozen
class SpecialStates(Document):
    """What the special states of an employee do to the allowance.

    A CPNS is paid `cpns_percent` of the allowance and an employee on study leave
    `study_leave_percent` (both applied to the base amount before any cut). An employee
    transferred in or out during the month is paid for the working days in post
    (`days_in_post / working_days` of the base amount) when `prorate_transfers` is true, and the
    whole month otherwise.

    Attributes:
        cpns_percent: The share paid to a CPNS (e.g. `80`).
        study_leave_percent: The share paid during study leave.
        prorate_transfers: Whether a transfer in or out pays by working days in post.
        citation: The source.
        assumed: The fields of the part that the source does not state, each with its own
            citation (`Confidence.UNCONFIRMED`, saying what was assumed); the part's
            `citation` covers the others.
    """

    cpns_percent: Decimal = attrs.field(converter=_cpns_percent)
    study_leave_percent: Decimal = attrs.field(converter=_study_leave_percent)
    prorate_transfers: bool = attrs.field(validator=a_bool)
    citation: Citation = attrs.field(validator=_cited)
    assumed: FrozenMap[str, Citation] = attrs.field(
        factory=FrozenMap, converter=_assumed, validator=_check_assumed, kw_only=True
    )


@attrs.frozen
class BpjsShares(Document):
    """The BPJS contributions on the allowance, as exact percentages.

    `4` means 4 %: the percentage is applied once (`amount × 4 / 100`), never stored as `0.04`
    and divided by 100 again. The employee's share is a line of the breakdown (deducted); the
    employer's share is shown apart and is never deducted from the employee's pay.

    Attributes:
        employer_percent: The employer's (Pemda's) share, paid on top (e.g. `4`).
        employee_percent: The employee's share, deducted (e.g. `1`).
        citation: The source.
    """

    employer_percent: Decimal = attrs.field(converter=_employer_percent)
    employee_percent: Decimal = attrs.field(converter=_employee_percent)
    citation: Citation = attrs.field(validator=_cited)


@attrs.frozen
class Rounding(Document):
    """Where and how a breakdown is rounded: each line, to a unit of rupiah.

    Attributes:
        unit: The unit in whole rupiah (`1`: whole rupiah; `100`: hundreds).
        mode: Half up or down.
        citation: The source.
    """

    unit: int = attrs.field(validator=_whole(1, 1_000_000))
    mode: RoundingMode = attrs.field(validator=member_of(RoundingMode), repr=enum_repr)
    citation: Citation = attrs.field(validator=_cited)


# --------------------------------------------------------------------------------------------
# The set
# --------------------------------------------------------------------------------------------


@attrs.frozen
class AllowanceRules(Document):
    """One institution's TPP or tunjangan kinerja rules, from its parts (each cited).

    The value of [`ALLOWANCE_RULES`][kinerja_core.allowance.ALLOWANCE_RULES]: dated by the
    `Version` that holds it, with the regulation as the version's citation. Read one from JSON
    with `AllowanceRules.from_dict(data)`; every problem is reported with its path
    (`lateness.bands[2].to_minute`).

    Attributes:
        name: The set's name (e.g. `"Permenlu 3/2025 (Kemlu)"`).
        weights: The performance / discipline split.
        performance: The predikat → percentage table, its meaning and its lag.
        absence: The cut per working day absent without a valid reason.
        lateness: The cut per late arrival, by minutes (terlambat, TL).
        early_leave: The cut per early leave, by minutes (pulang sebelum waktunya, PSW).
        ceremony: The cut per missed ceremony (upacara).
        cap: The monthly cap on attendance cuts.
        consecutive_absence: The consecutive-absence rule.
        special_states: CPNS, study leave and transfers.
        bpjs: The BPJS shares on the allowance.
        rounding: The unit and mode of rounding each line.
    """

    __document_top__ = True

    name: str = attrs.field(validator=non_blank)
    weights: ComponentWeights = attrs.field(
        validator=instance_of(ComponentWeights, "a ComponentWeights")
    )
    performance: PredicateFactors = attrs.field(
        validator=instance_of(PredicateFactors, "a PredicateFactors")
    )
    absence: PerOccurrence = attrs.field(validator=instance_of(PerOccurrence, "a PerOccurrence"))
    lateness: MinuteBands = attrs.field(validator=instance_of(MinuteBands, "a MinuteBands"))
    early_leave: MinuteBands = attrs.field(validator=instance_of(MinuteBands, "a MinuteBands"))
    ceremony: PerOccurrence = attrs.field(validator=instance_of(PerOccurrence, "a PerOccurrence"))
    cap: CutCap = attrs.field(validator=instance_of(CutCap, "a CutCap"))
    consecutive_absence: ConsecutiveAbsence = attrs.field(
        validator=instance_of(ConsecutiveAbsence, "a ConsecutiveAbsence")
    )
    special_states: SpecialStates = attrs.field(
        validator=instance_of(SpecialStates, "a SpecialStates")
    )
    bpjs: BpjsShares = attrs.field(validator=instance_of(BpjsShares, "a BpjsShares"))
    rounding: Rounding = attrs.field(validator=instance_of(Rounding, "a Rounding"))

    @property
    def citations(self) -> FrozenMap[str, Citation]:
        """The citation of every part, by field name."""
        return FrozenMap(
            {
                field.name: getattr(self, field.name).citation
                for field in attrs.fields(type(self))
                if field.name != "name"
            }
        )


def _rules(value: object) -> AllowanceRules:
    if isinstance(value, AllowanceRules):
        return value
    if isinstance(value, Mapping):
        return AllowanceRules.from_dict(value)
    raise InvalidValueError(
        "allowance_rules",
        value,
        "must be an AllowanceRules (or its JSON data)",
        reason_id="harus berupa AllowanceRules (atau data JSON-nya)",
        code="wrong_type",
    )


ALLOWANCE_RULES: ParameterSpec[AllowanceRules] = ParameterSpec(
    "allowance_rules",
    "An institution's TPP / tunjangan kinerja rules (set by each Pemda or instansi).",
    _rules,
    institution_only=True,
)
"""Parameter: an institution's [`AllowanceRules`][kinerja_core.allowance.AllowanceRules]. The
national policy has none (each Pemda or instansi sets its own, e.g. by Peraturan Kepala Daerah);
add one with `NATIONAL.with_overrides(name, {ALLOWANCE_RULES: Version(day, rules, citation)})`.
Reading it from a policy without it raises `UnknownParameterError` naming it."""
