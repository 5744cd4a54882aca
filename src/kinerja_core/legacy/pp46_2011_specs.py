"""Vocabulary and parameter specs (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.legacy`; the rules that read them are in
`kinerja_core.legacy.pp46_2011`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Literal, TypeGuard

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import (
    as_tuple,
    enum_table,
    instance_check,
    optional_non_blank,
    optional_places,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Lang, Text, check_lang, render_number
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.numbers import (
    exact_sum,
    to_decimal,
)
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import BandTable

__all__ = [
    "IN_FORCE_FROM",
    "IN_FORCE_UNTIL",
    "PP46_ADDITIONAL_TASK_BANDS",
    "PP46_CATEGORY_BANDS",
    "PP46_CATEGORY_GAP_RULE",
    "PP46_CREATIVITY_VALUES",
    "PP46_EFFICIENCY_COEFFICIENT",
    "PP46_EFFICIENCY_THRESHOLD",
    "PP46_HIGH_EFFICIENCY_BASE",
    "PP46_SCALE_MAXIMUM",
    "PP46_SCORE_PLACES",
    "PP46_WORK_PERFORMANCE_WEIGHTS",
    "Activity",
    "BandGapRule",
    "BehaviourAspect",
    "CreativityLevel",
    "PerformanceCategory",
    "PerformanceWeights",
    "PrintedBands",
]

IN_FORCE_FROM = date(2014, 1, 1)
"""The date of this module's national parameter versions: PP 46/2011 governed performance
appraisal from 1 January 2014 (domain reference §0 [S]). Which dates the regime governs is the
regime timeline ([`regime_window`][kinerja_core.regimes.regime_window]), not this constant."""
IN_FORCE_UNTIL = date(2021, 6, 30)
"""The last day of the regime in the national timeline (from 1 July 2021 PermenPANRB 8/2021
applies, domain reference §0 [S]); checks read the timeline, so an override moves them."""

PP_46_2011 = "PP 46/2011"
PERKA_BKN_1_2013 = "Perka BKN 1/2013"

_HUNDRED = Decimal(100)
_MAX_ADJUSTED = 17  # |x| < 10^18
_MAX_PLACES = 28
# The rules compute with exact rationals (`Ratio`); these bounds keep inputs to a sane size.


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------


class PerformanceCategory(LabelledEnum):
    """The category (sebutan) of a PP 46/2011 score: nilai SKP, perilaku or prestasi kerja."""

    VERY_GOOD = "Sangat Baik"
    GOOD = "Baik"
    FAIR = "Cukup"
    POOR = "Kurang"
    BAD = "Buruk"

    @classmethod
    def _english(cls) -> dict[PerformanceCategory, str]:
        return {
            cls.VERY_GOOD: "Very good",
            cls.GOOD: "Good",
            cls.FAIR: "Fair",
            cls.POOR: "Poor",
            cls.BAD: "Bad",
        }

    @property
    def rank(self) -> int:
        """Order of the categories: 1 (Buruk) up to 5 (Sangat Baik)."""
        return _CATEGORY_RANK[self]


_CATEGORIES_TOP_DOWN = (
    PerformanceCategory.VERY_GOOD,
    PerformanceCategory.GOOD,
    PerformanceCategory.FAIR,
    PerformanceCategory.POOR,
    PerformanceCategory.BAD,
)
_CATEGORY_RANK = {member: 5 - index for index, member in enumerate(_CATEGORIES_TOP_DOWN)}


class BehaviourAspect(LabelledEnum):
    """An aspect of work behaviour (unsur perilaku kerja) under PP 46/2011.

    Every employee is rated on the first five; *Kepemimpinan* (leadership) only applies to
    structural officials (pejabat struktural).
    """

    SERVICE_ORIENTATION = "Orientasi Pelayanan"
    INTEGRITY = "Integritas"
    COMMITMENT = "Komitmen"
    DISCIPLINE = "Disiplin"
    COOPERATION = "Kerja Sama"
    LEADERSHIP = "Kepemimpinan"

    @classmethod
    def _variants(cls) -> dict[str, BehaviourAspect]:
        return {"kerjasama": cls.COOPERATION}

    @classmethod
    def _english(cls) -> dict[BehaviourAspect, str]:
        return {
            cls.SERVICE_ORIENTATION: "Service orientation",
            cls.INTEGRITY: "Integrity",
            cls.COMMITMENT: "Commitment",
            cls.DISCIPLINE: "Discipline",
            cls.COOPERATION: "Cooperation",
            cls.LEADERSHIP: "Leadership",
        }


_COMMON_ASPECTS = (
    BehaviourAspect.SERVICE_ORIENTATION,
    BehaviourAspect.INTEGRITY,
    BehaviourAspect.COMMITMENT,
    BehaviourAspect.DISCIPLINE,
    BehaviourAspect.COOPERATION,
)


class CreativityLevel(LabelledEnum):
    """Whom a creative contribution (kreativitas) benefits, which sets its value.

    The levels and their values are UNCONFIRMED (no source was seen). They are a documented
    assumption behind
    [`PP46_CREATIVITY_VALUES`][kinerja_core.legacy.pp46_2011.PP46_CREATIVITY_VALUES].
    """

    WORK_UNIT = "Unit Kerja"
    ORGANISATION = "Organisasi"
    COUNTRY = "Negara"

    @classmethod
    def _english(cls) -> dict[CreativityLevel, str]:
        return {
            cls.WORK_UNIT: "Work unit",
            cls.ORGANISATION: "Organisation",
            cls.COUNTRY: "Country",
        }


class BandGapRule(enum.Enum):
    """How a score that falls between two printed integer bands is categorised.

    The regulation prints the bands as whole numbers (≥ 91, 76-90, 61-75, 51-60, ≤ 50), so a
    score such as 90.5 lies in no printed band.
    """

    LOWER_EDGE = "lower-edge"
    """A band starts at its printed lower edge: 90.5 → Baik, 91 → Sangat Baik (default)."""
    UPPER_EDGE = "upper-edge"
    """A band ends at its printed upper edge: 90 → Baik, 90.01 → Sangat Baik."""

    def label(self, lang: Lang) -> str:
        """The rule's name in `lang`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The name.

        Raises:
            InvalidValueError: If `lang` is not `"id"` or `"en"`.
        """
        return _GAP_RULE_LABELS[check_lang(lang)][self]


_GAP_RULE_LABELS: dict[Lang, dict[BandGapRule, str]] = {
    "id": {
        BandGapRule.LOWER_EDGE: "rentang mulai dari batas bawah tercetak",
        BandGapRule.UPPER_EDGE: "rentang berakhir pada batas atas tercetak",
    },
    "en": {
        BandGapRule.LOWER_EDGE: "a band starts at its printed lower edge",
        BandGapRule.UPPER_EDGE: "a band ends at its printed upper edge",
    },
}


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------


def _number(value: object, field: str, *, minimum: Literal["any", "zero", "positive"]) -> Decimal:
    number = to_decimal(value, field=field)
    if minimum == "positive" and number <= 0:
        raise InvalidValueError(
            field,
            value,
            "must be greater than zero",
            reason_id="harus lebih dari nol",
            code="out_of_range",
        )
    if minimum == "zero" and number < 0:
        raise InvalidValueError(
            field,
            value,
            "must not be negative",
            reason_id="tidak boleh negatif",
            code="out_of_range",
        )
    if not number.is_zero():
        digits = "".join(map(str, number.as_tuple().digits))
        exponent = int(number.as_tuple().exponent) + len(digits) - len(digits.rstrip("0"))
        if number.adjusted() > _MAX_ADJUSTED or exponent < -_MAX_PLACES:
            raise InvalidValueError(
                field,
                value,
                f"out of range: the magnitude must be below 10^{_MAX_ADJUSTED + 1} with at "
                f"most {_MAX_PLACES} decimal places",
                reason_id=(
                    f"di luar jangkauan: besarnya harus di bawah 10^{_MAX_ADJUSTED + 1} dengan "
                    f"paling banyak {_MAX_PLACES} angka di belakang koma"
                ),
                code="out_of_range",
            )
    return number


def _target_output(value: object) -> Decimal:
    return _number(value, "target_output", minimum="positive")


def _realised_output(value: object) -> Decimal:
    return _number(value, "realised_output", minimum="zero")


def _realised_quality(value: object) -> Decimal:
    return _number(value, "realised_quality", minimum="zero")


def _target_months(value: object) -> Decimal:
    return _number(value, "target_months", minimum="positive")


def _realised_months(value: object) -> Decimal:
    return _number(value, "realised_months", minimum="zero")


def _target_cost(value: object) -> Decimal | None:
    return None if value is None else _number(value, "target_cost", minimum="positive")


def _realised_cost(value: object) -> Decimal | None:
    return None if value is None else _number(value, "realised_cost", minimum="zero")


def _skp_weight(value: object) -> Decimal:
    return _number(value, "skp", minimum="zero")


def _behaviour_weight(value: object) -> Decimal:
    return _number(value, "behaviour", minimum="zero")


# --------------------------------------------------------------------------------------------
# Value types
# --------------------------------------------------------------------------------------------


@attrs.frozen
class PerformanceWeights:
    """The weights (percent) of nilai SKP and nilai perilaku in nilai prestasi kerja.

    Attributes:
        skp: The weight of the nilai SKP in percent (nationally 60).
        behaviour: The weight of the nilai perilaku kerja in percent (nationally 40).
    """

    skp: Decimal = attrs.field(converter=_skp_weight)
    behaviour: Decimal = attrs.field(converter=_behaviour_weight)

    def __attrs_post_init__(self) -> None:
        if exact_sum((self.skp, self.behaviour)) != _HUNDRED:
            raise InvalidValueError(
                "weights",
                (self.skp, self.behaviour),
                "the two weights must add up to 100",
                reason_id="jumlah kedua bobot harus 100",
                code="bad_total",
            )

    def label(self, lang: Lang) -> str:
        """The weights as text in `lang`, e.g. `"SKP 60 % + perilaku kerja 40 %"`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The text.

        Raises:
            InvalidValueError: If `lang` is not `"id"` or `"en"`.
        """
        checked = check_lang(lang)
        behaviour = "perilaku kerja" if checked == "id" else "behaviour"
        skp, weight = render_number(self.skp, checked), render_number(self.behaviour, checked)
        return f"SKP {skp} % + {behaviour} {weight} %"

    def to_dict(self) -> dict[str, str]:
        """The weights as plain data."""
        return {"skp": str(self.skp), "behaviour": str(self.behaviour)}


@attrs.frozen(kw_only=True)
class Activity(Document):
    """One activity (kegiatan tugas jabatan) of an SKP: its targets and what was realised.

    Attributes:
        target_output: TO, the targeted quantity of output (greater than zero).
        realised_output: RO, the quantity realised (zero or more; may exceed the target).
        realised_quality: RK, the quality realised on the 0-100 scale (the target is 100).
        target_months: TW, the targeted time in months (greater than zero).
        realised_months: RW, the time used in months (zero or more).
        target_cost: TB, the targeted cost in rupiah, or `None` when no cost was targeted.
        realised_cost: RB, the cost realised in rupiah; required exactly when `target_cost` is.
        name: An optional description of the activity, shown in explanations.
    """

    target_output: Decimal = attrs.field(converter=_target_output)
    realised_output: Decimal = attrs.field(converter=_realised_output)
    realised_quality: Decimal = attrs.field(converter=_realised_quality)
    target_months: Decimal = attrs.field(converter=_target_months)
    realised_months: Decimal = attrs.field(converter=_realised_months)
    target_cost: Decimal | None = attrs.field(default=None, converter=_target_cost)
    realised_cost: Decimal | None = attrs.field(default=None, converter=_realised_cost)
    name: str | None = attrs.field(default=None, validator=optional_non_blank)

    def __attrs_post_init__(self) -> None:
        if (self.target_cost is None) != (self.realised_cost is None):
            missing = "realised_cost" if self.realised_cost is None else "target_cost"
            raise InvalidValueError(
                missing,
                None,
                "target_cost and realised_cost must be given together (or neither)",
                reason_id=(
                    "target_cost dan realised_cost harus diisi bersama (atau keduanya dikosongkan)"
                ),
                code="either_or",
            )

    @property
    def cost_targeted(self) -> bool:
        """Whether a cost was targeted (then the capaian has four aspects instead of three)."""
        return self.target_cost is not None


# --------------------------------------------------------------------------------------------
# Parameters
# --------------------------------------------------------------------------------------------


def _decimal_check(
    name: str, minimum: Literal["any", "zero", "positive"]
) -> Callable[[object], Decimal]:
    def check(value: object) -> Decimal:
        return _number(value, name, minimum=minimum)

    return check


def _check_threshold(value: object) -> Decimal:
    number = _number(value, "pp46_efficiency_threshold", minimum="zero")
    if number >= _HUNDRED:
        raise InvalidValueError(
            "pp46_efficiency_threshold",
            value,
            "must be below 100",
            reason_id="harus kurang dari 100",
            code="out_of_range",
        )
    return number


def _is_pair(value: object) -> TypeGuard[Sequence[object]]:
    return isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 2


def _check_task_bands(value: object) -> tuple[tuple[int, Decimal], ...]:
    field = "pp46_additional_task_bands"
    bands: list[tuple[int, Decimal]] = []
    for item in as_tuple(value, field=field):
        if not _is_pair(item):
            raise InvalidValueError(
                field,
                item,
                "each band must be a (minimum count, value) pair",
                reason_id="setiap rentang harus berupa pasangan (jumlah minimum, nilai)",
                code="wrong_type",
            )
        count, amount = item
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise InvalidValueError(
                field,
                count,
                "a minimum count must be a whole number ≥ 1",
                reason_id="jumlah minimum harus bilangan bulat ≥ 1",
                code="out_of_range",
            )
        bands.append((count, _number(amount, f"{field}[{count}]", minimum="zero")))
    if not bands:
        raise InvalidValueError(
            field,
            value,
            "needs at least one band",
            reason_id="memerlukan sedikitnya satu rentang",
            code="empty",
        )
    for (low, low_value), (high, high_value) in pairwise(bands):
        if high <= low or high_value < low_value:
            raise InvalidValueError(
                field,
                value,
                "minimum counts must strictly increase and values must not decrease",
                reason_id="jumlah minimum harus terus naik dan nilainya tidak boleh turun",
                code="out_of_order",
            )
    return tuple(bands)


def _check_creativity(value: object) -> FrozenMap[CreativityLevel, Decimal]:
    field = "pp46_creativity_values"

    def convert(level: CreativityLevel, entry: object) -> Decimal:
        return _number(entry, f"{field}[{level.value}]", minimum="zero")

    return FrozenMap(
        enum_table(
            value,
            field=field,
            members=CreativityLevel,
            entry="a value",
            entry_id="nilai",
            convert=convert,
        )
    )


_check_weights = instance_check(
    PerformanceWeights, "pp46_work_performance_weights", "must be a PerformanceWeights"
)


Band = tuple[Decimal | None, Decimal | None]
"""A printed band: `(lower edge, upper edge)`, inclusive, `None` for an open end."""


def _band(category: PerformanceCategory, value: object) -> Band:
    field = f"pp46_category_bands[{category.value}]"
    if not _is_pair(value):
        raise InvalidValueError(
            field,
            value,
            "must be a (lower edge, upper edge) pair",
            reason_id="harus berupa pasangan (batas bawah, batas atas)",
            code="wrong_type",
        )
    lower, upper = (None if v is None else _number(v, field, minimum="any") for v in value)
    if lower is not None and upper is not None and lower > upper:
        raise InvalidValueError(
            field,
            value,
            "the lower edge must not exceed the upper edge",
            reason_id="batas bawah tidak boleh melebihi batas atas",
            code="out_of_order",
        )
    return lower, upper


class PrintedBands(FrozenMap[PerformanceCategory, Band]):
    """The printed score band of each category, with the band tables that decide every score.

    A mapping of every `PerformanceCategory` to its printed band `(lower edge, upper edge)`,
    both inclusive, `None` for the open ends (only Buruk has no lower edge and only Sangat Baik
    no upper edge), each band starting above the previous one's upper edge. The regulation
    prints whole numbers, so scores such as 90.5 fall between two printed bands; `table(rule)`
    is the [`BandTable`][kinerja_core.core.BandTable] that decides every score under a
    [`BandGapRule`][kinerja_core.legacy.pp46_2011.BandGapRule]: with `LOWER_EDGE` each category
    runs from its printed lower edge (`76 ≤ x < 91` is Baik), with `UPPER_EDGE` up to its
    printed upper edge (`75 < x ≤ 90` is Baik).

    Args:
        bands: A mapping of every category to its printed band.

    Raises:
        InvalidValueError: If a category is missing, a band is not a pair of numbers, an edge
            is open where it must not be, or a band does not start above the one below it.
    """

    __slots__ = ("_tables",)

    def __init__(self, bands: object) -> None:
        field = "pp46_category_bands"
        checked = enum_table(
            bands,
            field=field,
            members=_CATEGORIES_TOP_DOWN,
            entry="a band",
            entry_id="rentang",
            convert=_band,
        )
        top, bottom = PerformanceCategory.VERY_GOOD, PerformanceCategory.BAD
        for category, (lower, upper) in checked.items():
            if (lower is None) != (category is bottom) or (upper is None) != (category is top):
                raise InvalidValueError(
                    f"{field}[{category.value}]",
                    (lower, upper),
                    "only the lowest band's lower edge and the highest band's upper edge are "
                    "open (None)",
                    reason_id=(
                        "hanya batas bawah rentang terendah dan batas atas rentang tertinggi "
                        "yang terbuka (None)"
                    ),
                    code="open_edge",
                )
        for higher, lower_band in pairwise(_CATEGORIES_TOP_DOWN):
            below_top = checked[lower_band][1]
            above_bottom = checked[higher][0]
            if below_top is None or above_bottom is None or not below_top < above_bottom:
                raise InvalidValueError(
                    f"{field}[{higher.value}]",
                    checked[higher],
                    f"must start above the upper edge of {lower_band.value} ({below_top})",
                    reason_id=f"harus dimulai di atas batas atas {lower_band.value} ({below_top})",
                    code="out_of_order",
                )
        ascending = _CATEGORIES_TOP_DOWN[::-1]
        starts = [(checked[member][0], member) for member in ascending]
        ends = [(checked[below][1], member) for below, member in pairwise(ascending)]
        self._tables = {
            BandGapRule.LOWER_EDGE: BandTable.from_lower_edges(
                starts, closed="lower", monotone="increasing"
            ),
            BandGapRule.UPPER_EDGE: BandTable.from_lower_edges(
                [(None, bottom), *ends], closed="upper", monotone="increasing"
            ),
        }
        super().__init__(checked)

    def table(self, rule: BandGapRule) -> BandTable[PerformanceCategory]:
        """The band table that decides every score under a boundary rule.

        Args:
            rule: How a score between two printed bands is categorised.

        Returns:
            The table, over every number, categories rising with the score.

        Raises:
            InvalidValueError: If `rule` is not a `BandGapRule`.
        """
        if not isinstance(rule, BandGapRule):
            raise InvalidValueError(
                "rule",
                rule,
                "must be a BandGapRule",
                reason_id="harus berupa BandGapRule",
                code="wrong_type",
            )
        return self._tables[rule]

    def tables(self) -> tuple[BandTable[PerformanceCategory], ...]:
        """The tables of both boundary rules (`LOWER_EDGE`, then `UPPER_EDGE`)."""
        return tuple(self._tables.values())

    def __repr__(self) -> str:
        return f"PrintedBands({dict(self)!r})"


def _check_bands(value: object) -> PrintedBands:
    return value if isinstance(value, PrintedBands) else PrintedBands(value)


_check_gap_rule = instance_check(BandGapRule, "pp46_category_gap_rule", "must be a BandGapRule")


def _check_places(value: object) -> int | None:
    return optional_places(value, field="pp46_score_places")


PP46_SCALE_MAXIMUM: ParameterSpec[Decimal] = ParameterSpec(
    "pp46_scale_maximum",
    "Top of the 0-100 scale on which quality (the target kualitas) and behaviour are scored.",
    _decimal_check("pp46_scale_maximum", "positive"),
)
"""Parameter: the top of the scoring scale (100). Kualitas = RK / 100 × 100; realised quality
and each behaviour aspect must lie between 0 and this value."""

PP46_EFFICIENCY_COEFFICIENT: ParameterSpec[Decimal] = ParameterSpec(
    "pp46_efficiency_coefficient",
    "The coefficient of the time and cost formulas: ((1.76 × T − R) / T) × 100.",
    _decimal_check("pp46_efficiency_coefficient", "positive"),
)
"""Parameter: 1.76, chosen so that a realisation of 76 % of the target scores 100."""

PP46_EFFICIENCY_THRESHOLD: ParameterSpec[Decimal] = ParameterSpec(
    "pp46_efficiency_threshold",
    "Efficiency (percent saved against the target) above which the high-efficiency formula "
    "applies.",
    _check_threshold,
)
"""Parameter: 24 (percent). Efficiency ≤ 24 uses the ordinary formula, > 24 the other one."""

PP46_HIGH_EFFICIENCY_BASE: ParameterSpec[Decimal] = ParameterSpec(
    "pp46_high_efficiency_base",
    "The base of the high-efficiency formula: 76 − ((((1.76 × T − R) / T) × 100) − 100).",
    _decimal_check("pp46_high_efficiency_base", "any"),
)
"""Parameter: 76."""

PP46_ADDITIONAL_TASK_BANDS: ParameterSpec[tuple[tuple[int, Decimal], ...]] = ParameterSpec(
    "pp46_additional_task_bands",
    "Value added to the nilai SKP for additional tasks: (minimum number of tasks, value) pairs.",
    _check_task_bands,
)
"""Parameter: `((1, 1), (4, 2), (7, 3))`: 1-3 tugas tambahan add 1, 4-6 add 2, 7 or more add 3;
none adds 0."""

PP46_CREATIVITY_VALUES: ParameterSpec[FrozenMap[CreativityLevel, Decimal]] = ParameterSpec(
    "pp46_creativity_values",
    "Value added to the nilai SKP for creativity, by the level it benefits.",
    _check_creativity,
)
"""Parameter: Unit Kerja 3, Organisasi 6, Negara 12 (UNCONFIRMED)."""

PP46_WORK_PERFORMANCE_WEIGHTS: ParameterSpec[PerformanceWeights] = ParameterSpec(
    "pp46_work_performance_weights",
    "Weights of nilai SKP and nilai perilaku kerja in nilai prestasi kerja (percent).",
    _check_weights,
)
"""Parameter: `PerformanceWeights(skp=60, behaviour=40)`."""

PP46_CATEGORY_BANDS: ParameterSpec[PrintedBands] = ParameterSpec(
    "pp46_category_bands",
    "The printed score band of each category: (lower edge, upper edge), inclusive.",
    _check_bands,
)
"""Parameter: Sangat Baik ≥ 91, Baik 76-90, Cukup 61-75, Kurang 51-60, Buruk ≤ 50. Which edge
decides a score between two bands is
[`PP46_CATEGORY_GAP_RULE`][kinerja_core.legacy.pp46_2011.PP46_CATEGORY_GAP_RULE]."""

PP46_CATEGORY_GAP_RULE: ParameterSpec[BandGapRule] = ParameterSpec(
    "pp46_category_gap_rule",
    "How a score between two printed bands (e.g. 90.5) is categorised.",
    _check_gap_rule,
)
"""Parameter: `BandGapRule.LOWER_EDGE` (a policy choice): 90.5 → Baik."""

PP46_SCORE_PLACES: ParameterSpec[int | None] = ParameterSpec(
    "pp46_score_places",
    "Decimal places (half-up) of the printed capaian, nilai SKP, nilai perilaku and nilai "
    "prestasi kerja; None: no rounding.",
    _check_places,
)
"""Parameter: 2 (a policy choice fitted to the forms, which print 85.50 and 83.30)."""

_FORMULAS = Citation(
    PERKA_BKN_1_2013,
    "Lampiran (tata cara penilaian SKP: aspek kuantitas, kualitas, waktu dan biaya)",
    Text(
        "Rumus dan contoh perhitungan TO = RO = 1, RK = 90, TW = RW = 12 → capaian 85,50 dikutip "
        "sumber sekunder dan dikodekan dalam perangkat lunak SKP publik.",
        "Formulas and the worked example TO = RO = 1, RK = 90, TW = RW = 12 → capaian 85.50 are "
        "quoted by secondary sources and encoded by public SKP software.",
    ),
    confidence=Confidence.SECONDARY,
)
_SKP_MEAN = Citation(
    PERKA_BKN_1_2013,
    "Lampiran (nilai capaian SKP)",
    Text(
        "Nilai SKP = rata-rata capaian per kegiatan + tugas tambahan + kreativitas.",
        "Nilai SKP = mean of capaian per kegiatan + tugas tambahan + kreativitas.",
    ),
    confidence=Confidence.SECONDARY,
)
_BEHAVIOUR = Citation(
    PP_46_2011,
    "Unsur perilaku kerja (orientasi pelayanan, integritas, komitmen, disiplin, kerja sama, "
    "kepemimpinan)",
    Text(
        "Nilai perilaku kerja = rata-rata nilai aspek; kepemimpinan hanya bagi pejabat "
        "struktural. Nomor pasal belum diverifikasi.",
        "Nilai perilaku kerja = mean of the aspect scores; kepemimpinan only for pejabat "
        "struktural. Article number not verified.",
    ),
    confidence=Confidence.SECONDARY,
)
_REGIME = Citation(
    PP_46_2011,
    "Penilaian prestasi kerja: unsur SKP 60 % dan perilaku kerja 40 %",
    Text(
        "Berlaku untuk kinerja sejak 1 Januari 2014 sampai dengan 30 Juni 2021. Nomor pasal belum "
        "diverifikasi.",
        "In force for performance from 1 January 2014 to 30 June 2021. Article number not "
        "verified.",
    ),
    confidence=Confidence.SECONDARY,
)
