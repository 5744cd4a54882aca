"""PP 46/2011 with Perka BKN 1/2013: the numeric SKP of 1 January 2014 to 30 June 2021.

Import this module directly (`from kinerja_core.legacy import pp46_2011`); its names are not
re-exported from `kinerja_core`.

Under PP 46/2011 an employee's *nilai prestasi kerja* is 60 % of the *nilai SKP* plus 40 % of the
*nilai perilaku kerja*:

1. Each *kegiatan* (activity) of the SKP is scored on quantity (`RO / TO × 100`), quality
   (`RK / 100 × 100`), time and, when a cost was targeted, cost. Time and cost use the Perka BKN
   1/2013 efficiency formula ([`time_score`][kinerja_core.legacy.pp46_2011.time_score]). The
   *capaian* of the activity is the sum of its aspects divided by 3, or by 4 with cost.
2. The *nilai SKP* is the mean over the activities, plus a value for *tugas tambahan* (additional
   tasks) and one for *kreativitas* (creativity). It may exceed 100.
3. The *nilai perilaku kerja* is the mean of the behaviour aspects (five, or six with
   *kepemimpinan* for structural officials).
4. Every score maps to a category: Sangat Baik, Baik, Cukup, Kurang or Buruk.

Every number is a dated, cited parameter in force from 2014-01-01. Functions take
`rules: Rules | None = None`; with `None` they use the national rules of 30 June 2021, the
regime's last day. Rules dated outside 2014-01-01 to 2021-06-30 raise `RuleNotInForceError`.

**Rounding.** The forms print capaian per kegiatan, nilai SKP, nilai perilaku and nilai prestasi
kerja with two decimals. Those four results are rounded half-up to
[`PP46_SCORE_PLACES`][kinerja_core.legacy.pp46_2011.PP46_SCORE_PLACES] places (2, a policy
choice; `None` turns rounding off). Everything before them is exact: aspect scores, sums and
the mean over kegiatan (taken over the unrounded capaian). Nilai prestasi kerja is computed from
the nilai SKP and nilai perilaku that you pass in, i.e. as printed, the way the official
example computes `0.6 × 85.50 + 0.4 × 80 = 83.30`.

**Number range.** Inputs are `int`, `str` or `Decimal` (never `float`). Their magnitude must be
below 10^18, with at most 28 decimal places. That limit is what lets the 24 % efficiency boundary
be decided exactly.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Literal, TypeGuard

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._rules import check_rules
from kinerja_core.core._validators import (
    as_tuple,
    check_bool,
    enum_repr,
    enum_table,
    instance_check,
    optional_non_blank,
    optional_places,
    tuple_of,
)
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Explanation, Lang, ParameterUse, Step, Text, check_lang, plain
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.numbers import (
    EXACT_CONTEXT,
    NumberLike,
    divide_28,
    exact_product,
    exact_sum,
    round_half_up,
    to_decimal,
)
from kinerja_core.core.parameters import Parameter, ParameterSpec, Rules, Version
from kinerja_core.core.tables import BandTable
from kinerja_core.regimes.timeline import Regime, regime_rules

__all__ = [
    "IN_FORCE_FROM",
    "IN_FORCE_UNTIL",
    "NATIONAL_PARAMETERS",
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
    "ActivityOutcome",
    "BandGapRule",
    "BehaviourAspect",
    "BehaviourOutcome",
    "CategoryOutcome",
    "CreativityLevel",
    "PerformanceCategory",
    "PerformanceWeights",
    "PrintedBands",
    "SkpOutcome",
    "WorkPerformanceOutcome",
    "activity_score",
    "additional_tasks_value",
    "behaviour_score",
    "category",
    "cost_score",
    "creativity_value",
    "explain_activity_score",
    "explain_behaviour_score",
    "explain_category",
    "explain_skp_score",
    "explain_work_performance",
    "quality_score",
    "quantity_score",
    "skp_score",
    "time_score",
    "work_performance_score",
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
# Additions, subtractions and multiplications run in EXACT_CONTEXT (via `exact_product`,
# `exact_sum`), exact for this module's inputs (below 10^18, at most 28 places). Divisions round
# once, in DECIMAL_CONTEXT.


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
        raise InvalidValueError(field, value, "must be greater than zero")
    if minimum == "zero" and number < 0:
        raise InvalidValueError(field, value, "must not be negative")
    if not number.is_zero():
        digits = "".join(map(str, number.as_tuple().digits))
        exponent = int(number.as_tuple().exponent) + len(digits) - len(digits.rstrip("0"))
        if number.adjusted() > _MAX_ADJUSTED or exponent < -_MAX_PLACES:
            raise InvalidValueError(
                field,
                value,
                f"out of range: the magnitude must be below 10^{_MAX_ADJUSTED + 1} with at "
                f"most {_MAX_PLACES} decimal places",
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
                "weights", (self.skp, self.behaviour), "the two weights must add up to 100"
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
        behaviour = "perilaku kerja" if check_lang(lang) == "id" else "behaviour"
        return f"SKP {self.skp} % + {behaviour} {self.behaviour} %"

    def to_dict(self) -> dict[str, str]:
        """The weights as plain data."""
        return {"skp": str(self.skp), "behaviour": str(self.behaviour)}


@attrs.frozen(kw_only=True)
class Activity:
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
                missing, None, "target_cost and realised_cost must be given together (or neither)"
            )

    @property
    def cost_targeted(self) -> bool:
        """Whether a cost was targeted (then the capaian has four aspects instead of three)."""
        return self.target_cost is not None

    def to_dict(self) -> dict[str, str | None]:
        """The activity as plain data (numbers as exact strings)."""
        return {
            "name": self.name,
            "target_output": str(self.target_output),
            "realised_output": str(self.realised_output),
            "realised_quality": str(self.realised_quality),
            "target_months": str(self.target_months),
            "realised_months": str(self.realised_months),
            "target_cost": None if self.target_cost is None else str(self.target_cost),
            "realised_cost": None if self.realised_cost is None else str(self.realised_cost),
        }


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
        raise InvalidValueError("pp46_efficiency_threshold", value, "must be below 100")
    return number


def _is_pair(value: object) -> TypeGuard[Sequence[object]]:
    return isinstance(value, Sequence) and not isinstance(value, str) and len(value) == 2


def _check_task_bands(value: object) -> tuple[tuple[int, Decimal], ...]:
    field = "pp46_additional_task_bands"
    bands: list[tuple[int, Decimal]] = []
    for item in as_tuple(value, field=field):
        if not _is_pair(item):
            raise InvalidValueError(field, item, "each band must be a (minimum count, value) pair")
        count, amount = item
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise InvalidValueError(field, count, "a minimum count must be a whole number ≥ 1")
        bands.append((count, _number(amount, f"{field}[{count}]", minimum="zero")))
    if not bands:
        raise InvalidValueError(field, value, "needs at least one band")
    for (low, low_value), (high, high_value) in pairwise(bands):
        if high <= low or high_value < low_value:
            raise InvalidValueError(
                field,
                value,
                "minimum counts must strictly increase and values must not decrease",
            )
    return tuple(bands)


def _check_creativity(value: object) -> FrozenMap[CreativityLevel, Decimal]:
    field = "pp46_creativity_values"

    def convert(level: CreativityLevel, entry: object) -> Decimal:
        return _number(entry, f"{field}[{level.value}]", minimum="zero")

    return FrozenMap(
        enum_table(value, field=field, members=CreativityLevel, entry="a value", convert=convert)
    )


_check_weights = instance_check(
    PerformanceWeights, "pp46_work_performance_weights", "must be a PerformanceWeights"
)


Band = tuple[Decimal | None, Decimal | None]
"""A printed band: `(lower edge, upper edge)`, inclusive, `None` for an open end."""


def _band(category: PerformanceCategory, value: object) -> Band:
    field = f"pp46_category_bands[{category.value}]"
    if not _is_pair(value):
        raise InvalidValueError(field, value, "must be a (lower edge, upper edge) pair")
    lower, upper = (None if v is None else _number(v, field, minimum="any") for v in value)
    if lower is not None and upper is not None and lower > upper:
        raise InvalidValueError(field, value, "the lower edge must not exceed the upper edge")
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
            bands, field=field, members=_CATEGORIES_TOP_DOWN, entry="a band", convert=_band
        )
        top, bottom = PerformanceCategory.VERY_GOOD, PerformanceCategory.BAD
        for category, (lower, upper) in checked.items():
            if (lower is None) != (category is bottom) or (upper is None) != (category is top):
                raise InvalidValueError(
                    f"{field}[{category.value}]",
                    (lower, upper),
                    "only the lowest band's lower edge and the highest band's upper edge are "
                    "open (None)",
                )
        for higher, lower_band in pairwise(_CATEGORIES_TOP_DOWN):
            below_top = checked[lower_band][1]
            above_bottom = checked[higher][0]
            if below_top is None or above_bottom is None or not below_top < above_bottom:
                raise InvalidValueError(
                    f"{field}[{higher.value}]",
                    checked[higher],
                    f"must start above the upper edge of {lower_band.value} ({below_top})",
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
            raise InvalidValueError("rule", rule, "must be a BandGapRule")
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
    "Formulas and the worked example TO = RO = 1, RK = 90, TW = RW = 12 → capaian 85.50 are "
    "quoted by secondary sources and encoded by public SKP software.",
    confidence=Confidence.SECONDARY,
)
_SKP_MEAN = Citation(
    PERKA_BKN_1_2013,
    "Lampiran (nilai capaian SKP)",
    "Nilai SKP = mean of capaian per kegiatan + tugas tambahan + kreativitas.",
    confidence=Confidence.SECONDARY,
)
_BEHAVIOUR = Citation(
    PP_46_2011,
    "Unsur perilaku kerja (orientasi pelayanan, integritas, komitmen, disiplin, kerja sama, "
    "kepemimpinan)",
    "Nilai perilaku kerja = mean of the aspect scores; kepemimpinan only for pejabat struktural. "
    "Article number not verified.",
    confidence=Confidence.SECONDARY,
)
_REGIME = Citation(
    PP_46_2011,
    "Penilaian prestasi kerja: unsur SKP 60 % dan perilaku kerja 40 %",
    "In force for performance from 1 January 2014 to 30 June 2021. Article number not verified.",
    confidence=Confidence.SECONDARY,
)

NATIONAL_PARAMETERS = (
    Parameter(PP46_SCALE_MAXIMUM, [Version(IN_FORCE_FROM, Decimal(100), _FORMULAS)]),
    Parameter(
        PP46_EFFICIENCY_COEFFICIENT,
        [
            Version(
                IN_FORCE_FROM,
                Decimal("1.76"),
                Citation(
                    PERKA_BKN_1_2013,
                    "Lampiran (aspek waktu dan biaya)",
                    "1.76 = 1 + 0.76: a realisation of 76 % of the target scores 100.",
                    confidence=Confidence.SECONDARY,
                ),
            )
        ],
    ),
    Parameter(PP46_EFFICIENCY_THRESHOLD, [Version(IN_FORCE_FROM, Decimal(24), _FORMULAS)]),
    Parameter(PP46_HIGH_EFFICIENCY_BASE, [Version(IN_FORCE_FROM, Decimal(76), _FORMULAS)]),
    Parameter(
        PP46_ADDITIONAL_TASK_BANDS,
        [
            Version(
                IN_FORCE_FROM,
                ((1, Decimal(1)), (4, Decimal(2)), (7, Decimal(3))),
                Citation(
                    PERKA_BKN_1_2013,
                    "Lampiran (penilaian tugas tambahan)",
                    "1-3 tugas tambahan → 1, 4-6 → 2, 7 or more → 3; encoded by public software.",
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
    Parameter(
        PP46_CREATIVITY_VALUES,
        [
            Version(
                IN_FORCE_FROM,
                {
                    CreativityLevel.WORK_UNIT: Decimal(3),
                    CreativityLevel.ORGANISATION: Decimal(6),
                    CreativityLevel.COUNTRY: Decimal(12),
                },
                Citation(
                    PERKA_BKN_1_2013,
                    "Lampiran (penilaian kreativitas)",
                    "Levels and values not seen in any source; an overridable assumption.",
                    confidence=Confidence.UNCONFIRMED,
                ),
            )
        ],
    ),
    Parameter(
        PP46_WORK_PERFORMANCE_WEIGHTS,
        [Version(IN_FORCE_FROM, PerformanceWeights(60, 40), _REGIME)],
    ),
    Parameter(
        PP46_CATEGORY_BANDS,
        [
            Version(
                IN_FORCE_FROM,
                {
                    PerformanceCategory.VERY_GOOD: (Decimal(91), None),
                    PerformanceCategory.GOOD: (Decimal(76), Decimal(90)),
                    PerformanceCategory.FAIR: (Decimal(61), Decimal(75)),
                    PerformanceCategory.POOR: (Decimal(51), Decimal(60)),
                    PerformanceCategory.BAD: (None, Decimal(50)),
                },
                Citation(
                    PP_46_2011,
                    "Sebutan nilai prestasi kerja (≥ 91, 76-90, 61-75, 51-60, ≤ 50)",
                    "Bands quoted by secondary sources; article number not verified.",
                    confidence=Confidence.SECONDARY,
                ),
            )
        ],
    ),
    Parameter(
        PP46_CATEGORY_GAP_RULE,
        [
            Version(
                IN_FORCE_FROM,
                BandGapRule.LOWER_EDGE,
                Citation(
                    "kinerja-core",
                    "Boundary rule for non-integer scores",
                    "The regulation prints integer bands and is silent on scores between them; "
                    "a band starts at its printed lower edge (90.5 → Baik).",
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
    Parameter(
        PP46_SCORE_PLACES,
        [
            Version(
                IN_FORCE_FROM,
                2,
                Citation(
                    PERKA_BKN_1_2013,
                    "Lampiran (formulir penilaian: nilai dicetak dengan dua desimal)",
                    "The forms print two decimals (85.50, 83.30); rounding half-up at the four "
                    "printed results, and nowhere else, is the library's choice.",
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)
"""The national timeline of every PP 46/2011 parameter (registered in `NATIONAL`)."""


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _in_force(rules: Rules | None) -> Rules:
    # the regime's window is the policy's regime timeline (one source for every check)
    return regime_rules(Regime.PP_46_2011, check_rules(rules))


def _printed(value: Decimal, rules: Rules) -> tuple[Decimal, ParameterUse]:
    places = rules.resolve(PP46_SCORE_PLACES)
    printed = value if places.value is None else round_half_up(value, places.value)
    return printed, places.use()


def _prefixed(text: Text, prefix: tuple[str, str] | None) -> Text:
    if prefix is None:
        return text
    return Text(f"{prefix[0]}: {text.id}", f"{prefix[1]}: {text.en}")


def _efficiency_at_most(target: Decimal, realised: Decimal, threshold: Decimal) -> bool:
    """Decide `100 − realised / target × 100 ≤ threshold` without dividing (exactly)."""
    left = exact_product(EXACT_CONTEXT.subtract(_HUNDRED, threshold), target)
    return left <= exact_product(_HUNDRED, realised)


def _quantity(target: Decimal, realised: Decimal) -> tuple[Decimal, Step]:
    score = divide_28(exact_product(realised, _HUNDRED), target, field="target_output")
    step = Step(
        Text("Aspek kuantitas: RO / TO × 100", "Quantity aspect: RO / TO × 100"),
        inputs=(("TO", target), ("RO", realised)),
        result=score,
        citation=_FORMULAS,
    )
    return score, step


def _quality(realised: Decimal, rules: Rules) -> tuple[Decimal, Step]:
    scale = rules.resolve(PP46_SCALE_MAXIMUM)
    if realised > scale.value:
        raise InvalidValueError(
            "realised_quality", realised, f"must be at most {scale.value} (the top of the scale)"
        )
    score = divide_28(exact_product(realised, _HUNDRED), scale.value, field="pp46_scale_maximum")
    step = Step(
        Text("Aspek kualitas: RK / 100 × 100", "Quality aspect: RK / 100 × 100"),
        inputs=(("RK", realised),),
        parameters=(scale.use(),),
        result=score,
        citation=_FORMULAS,
    )
    return score, step


_EFFICIENCY_NAMES = {
    "time": (("waktu", "time"), ("TW", "RW"), "target_months"),
    "cost": (("biaya", "cost"), ("TB", "RB"), "target_cost"),
}


def _efficiency(
    aspect: Literal["time", "cost"], target: Decimal, realised: Decimal, rules: Rules
) -> tuple[Decimal, Step]:
    (name_id, name_en), (t, r), field = _EFFICIENCY_NAMES[aspect]
    coefficient = rules.resolve(PP46_EFFICIENCY_COEFFICIENT)
    threshold = rules.resolve(PP46_EFFICIENCY_THRESHOLD)
    base = rules.resolve(PP46_HIGH_EFFICIENCY_BASE)
    # Each result is one division of an exact numerator, so it is rounded once (28 digits):
    # efisiensi = 100 × (T − R) / T; ordinary = 100 × (c × T − R) / T;
    # high-efficiency = base − (ordinary − 100) = ((base + 100) × T − 100 × (c × T − R)) / T.
    efficiency = divide_28(
        exact_product(EXACT_CONTEXT.subtract(target, realised), _HUNDRED), target
    )
    numerator = exact_product(
        EXACT_CONTEXT.subtract(exact_product(coefficient.value, target), realised), _HUNDRED
    )
    formula = f"(({coefficient.value} × {t} − {r}) / {t}) × 100"
    if _efficiency_at_most(target, realised, threshold.value):
        score = divide_28(numerator, target, field=field)
        branch = f"≤ {threshold.value} % → {formula}"
    else:
        high = exact_product(EXACT_CONTEXT.add(base.value, _HUNDRED), target)
        score = divide_28(EXACT_CONTEXT.subtract(high, numerator), target, field=field)
        branch = f"> {threshold.value} % → {base.value} − ({formula} − 100)"
    rule = Text(
        f"Aspek {name_id}: efisiensi = 100 − {r} / {t} × 100; efisiensi {branch}",
        f"{name_en.capitalize()} aspect: efficiency = 100 − {r} / {t} × 100; efficiency {branch}",
    )
    step = Step(
        rule,
        inputs=((t, target), (r, realised), ("efisiensi", efficiency)),
        parameters=(coefficient.use(), threshold.use(), base.use()),
        result=score,
        citation=_FORMULAS,
    )
    return score, step


def _category_step(score: Decimal, rules: Rules) -> tuple[PerformanceCategory, Step]:
    bands = rules.resolve(PP46_CATEGORY_BANDS)
    gap_rule = rules.resolve(PP46_CATEGORY_GAP_RULE)
    chosen = bands.value.table(gap_rule.value).lookup(score, field="score")
    step = Step(
        Text(
            "Sebutan menurut rentang nilai dan aturan batas antar-rentang",
            "Category from the score bands and the rule for scores between bands",
        ),
        inputs=(("nilai", score),),
        parameters=(bands.use(bands.value[chosen], entry=chosen.value), gap_rule.use()),
        result=chosen,
    )
    return chosen, step


# --------------------------------------------------------------------------------------------
# Aspect scores
# --------------------------------------------------------------------------------------------


def quantity_score(
    target_output: NumberLike, realised_output: NumberLike, *, rules: Rules | None = None
) -> Decimal:
    """The quantity aspect of an activity: `RO / TO × 100` (exact, not rounded).

    Args:
        target_output: TO, the targeted output (greater than zero).
        realised_output: RO, the realised output (zero or more).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The score; above 100 when more than the target was produced.

    Raises:
        InvalidValueError: If an input is not a number in range, TO is not positive or RO is
            negative.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> quantity_score(4, 3)
        Decimal('75')
    """
    _in_force(rules)
    target = _number(target_output, "target_output", minimum="positive")
    realised = _number(realised_output, "realised_output", minimum="zero")
    return _quantity(target, realised)[0]


def quality_score(realised_quality: NumberLike, *, rules: Rules | None = None) -> Decimal:
    """The quality aspect of an activity: `RK / 100 × 100` (exact, not rounded).

    Args:
        realised_quality: RK, the realised quality on the 0-100 scale.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The score.

    Raises:
        InvalidValueError: If RK is not a number from 0 to the top of the scale (100).
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> quality_score(90)
        Decimal('90')
    """
    in_force = _in_force(rules)
    realised = _number(realised_quality, "realised_quality", minimum="zero")
    return _quality(realised, in_force)[0]


def time_score(
    target_months: NumberLike, realised_months: NumberLike, *, rules: Rules | None = None
) -> Decimal:
    """The time aspect of an activity, by the Perka BKN 1/2013 efficiency formula.

    With `efisiensi = 100 − RW / TW × 100`:

    - efisiensi ≤ 24: `((1.76 × TW − RW) / TW) × 100`;
    - efisiensi > 24: `76 − ((((1.76 × TW − RW) / TW) × 100) − 100)`, which simplifies to
      `RW / TW × 100`.

    The branch is decided exactly (by cross-multiplication, without dividing), so RW = 0.76 × TW
    always takes the first branch and scores 100. The score is **not monotone** in RW. It rises
    from 0 (RW = 0) towards 76 just below 0.76 × TW, jumps to its maximum of 100 at exactly
    0.76 × TW, falls to 76 at RW = TW, reaches 0 at 1.76 × TW and is negative beyond (the
    formula has no floor). Finishing more than 24 % early therefore scores less than finishing
    on time.

    Args:
        target_months: TW, the targeted time in months (greater than zero).
        realised_months: RW, the time used in months (zero or more).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The score (exact, not rounded).

    Raises:
        InvalidValueError: If an input is not a number in range, TW is not positive or RW is
            negative.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> time_score(12, 12)
        Decimal('76.00')
        >>> time_score(25, 19)  # exactly 76 % of the target: the maximum
        Decimal('100.00')
    """
    in_force = _in_force(rules)
    target = _number(target_months, "target_months", minimum="positive")
    realised = _number(realised_months, "realised_months", minimum="zero")
    return _efficiency("time", target, realised, in_force)[0]


def cost_score(
    target_cost: NumberLike, realised_cost: NumberLike, *, rules: Rules | None = None
) -> Decimal:
    """The cost aspect of an activity: the time formula applied to TB and RB.

    See [`time_score`][kinerja_core.legacy.pp46_2011.time_score] for the formula and its shape.

    Args:
        target_cost: TB, the targeted cost in rupiah (greater than zero).
        realised_cost: RB, the realised cost in rupiah (zero or more).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The score (exact, not rounded; not monotone, see `time_score`).

    Raises:
        InvalidValueError: If an input is not a number in range, TB is not positive or RB is
            negative.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> cost_score(170395000, 170395000)
        Decimal('76.00')
    """
    in_force = _in_force(rules)
    target = _number(target_cost, "target_cost", minimum="positive")
    realised = _number(realised_cost, "realised_cost", minimum="zero")
    return _efficiency("cost", target, realised, in_force)[0]


# --------------------------------------------------------------------------------------------
# Capaian per kegiatan
# --------------------------------------------------------------------------------------------


@attrs.frozen
class ActivityOutcome:
    """The capaian of one activity, with its aspect scores and explanation.

    Attributes:
        activity: The activity scored.
        quantity: The quantity aspect (exact).
        quality: The quality aspect (exact).
        time: The time aspect (exact).
        cost: The cost aspect (exact), or `None` when no cost was targeted.
        total: The sum of the aspects.
        exact_score: `total / 3` (or `/ 4` with cost), unrounded.
        score: The capaian as printed (rounded per `PP46_SCORE_PLACES`).
        explanation: The steps that produced it.
    """

    activity: Activity
    quantity: Decimal
    quality: Decimal
    time: Decimal
    cost: Decimal | None
    total: Decimal
    exact_score: Decimal
    score: Decimal
    explanation: Explanation

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data."""
        return {
            "activity": self.activity.to_dict(),
            "quantity": str(self.quantity),
            "quality": str(self.quality),
            "time": str(self.time),
            "cost": None if self.cost is None else str(self.cost),
            "total": str(self.total),
            "exact_score": str(self.exact_score),
            "score": str(self.score),
            "explanation": self.explanation.to_dict(),
        }


def _score_activity(
    activity: Activity, rules: Rules, prefix: tuple[str, str] | None = None
) -> ActivityOutcome:
    quantity, quantity_step = _quantity(activity.target_output, activity.realised_output)
    quality, quality_step = _quality(activity.realised_quality, rules)
    time, time_step = _efficiency("time", activity.target_months, activity.realised_months, rules)
    aspects = [quantity, quality, time]
    steps = [quantity_step, quality_step, time_step]
    cost: Decimal | None = None
    if activity.target_cost is not None and activity.realised_cost is not None:
        cost, cost_step = _efficiency("cost", activity.target_cost, activity.realised_cost, rules)
        aspects.append(cost)
        steps.append(cost_step)
    total = exact_sum(aspects)
    exact = divide_28(total, len(aspects))
    printed, places = _printed(exact, rules)
    steps.append(
        Step(
            Text(
                f"Capaian kegiatan: jumlah aspek / {len(aspects)}, dibulatkan",
                f"Activity achievement: sum of the aspects / {len(aspects)}, rounded",
            ),
            inputs=(("jumlah", total), ("aspek", len(aspects)), ("tanpa pembulatan", exact)),
            parameters=(places,),
            result=printed,
            citation=_FORMULAS,
        )
    )
    steps = [attrs.evolve(step, rule=_prefixed(step.rule, prefix)) for step in steps]
    return ActivityOutcome(
        activity, quantity, quality, time, cost, total, exact, printed, Explanation(steps)
    )


def explain_activity_score(
    *,
    target_output: NumberLike,
    realised_output: NumberLike,
    realised_quality: NumberLike,
    target_months: NumberLike,
    realised_months: NumberLike,
    target_cost: NumberLike | None = None,
    realised_cost: NumberLike | None = None,
    rules: Rules | None = None,
) -> ActivityOutcome:
    """The capaian of one activity (kegiatan), with each aspect and its explanation.

    Args:
        target_output: TO, the targeted output (greater than zero).
        realised_output: RO, the realised output (zero or more).
        realised_quality: RK, the realised quality (0 to 100).
        target_months: TW, the targeted months (greater than zero).
        realised_months: RW, the months used (zero or more).
        target_cost: TB, the targeted cost, or `None` when no cost was targeted.
        realised_cost: RB, the realised cost; required exactly when `target_cost` is given.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The outcome: aspect scores, sum, exact and printed capaian, and the explanation.

    Raises:
        InvalidValueError: If an input is missing a partner, out of range or not a number.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.
    """
    in_force = _in_force(rules)
    activity = Activity(
        target_output=target_output,
        realised_output=realised_output,
        realised_quality=realised_quality,
        target_months=target_months,
        realised_months=realised_months,
        target_cost=target_cost,
        realised_cost=realised_cost,
    )
    return _score_activity(activity, in_force)


def activity_score(
    *,
    target_output: NumberLike,
    realised_output: NumberLike,
    realised_quality: NumberLike,
    target_months: NumberLike,
    realised_months: NumberLike,
    target_cost: NumberLike | None = None,
    realised_cost: NumberLike | None = None,
    rules: Rules | None = None,
) -> Decimal:
    """The capaian of one activity: the sum of its aspects / 3, or / 4 when a cost is targeted.

    Args:
        target_output: TO, the targeted output (greater than zero).
        realised_output: RO, the realised output (zero or more).
        realised_quality: RK, the realised quality (0 to 100).
        target_months: TW, the targeted months (greater than zero).
        realised_months: RW, the months used (zero or more).
        target_cost: TB, the targeted cost, or `None` when no cost was targeted.
        realised_cost: RB, the realised cost; required exactly when `target_cost` is given.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The capaian as printed (2 decimals, half-up).

    Raises:
        InvalidValueError: If an input is missing a partner, out of range or not a number.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        The official worked example (Perka BKN 1/2013):

        >>> activity_score(
        ...     target_output=1, realised_output=1, realised_quality=90,
        ...     target_months=12, realised_months=12,
        ...     target_cost=170395000, realised_cost=170395000,
        ... )
        Decimal('85.50')
    """
    return explain_activity_score(
        target_output=target_output,
        realised_output=realised_output,
        realised_quality=realised_quality,
        target_months=target_months,
        realised_months=realised_months,
        target_cost=target_cost,
        realised_cost=realised_cost,
        rules=rules,
    ).score


# --------------------------------------------------------------------------------------------
# Nilai SKP
# --------------------------------------------------------------------------------------------


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidValueError("additional_tasks", value, "must be a whole number ≥ 0")
    return value


def _additional_tasks(count: int, rules: Rules) -> tuple[Decimal, Step]:
    bands = rules.resolve(PP46_ADDITIONAL_TASK_BANDS)
    value = Decimal(0)
    used: list[ParameterUse] = []
    for minimum, amount in bands.value:
        if count >= minimum:
            value = amount
            used = [bands.use(amount, entry=f"≥ {minimum}")]
    step = Step(
        Text(
            "Nilai tugas tambahan menurut jumlah tugas tambahan",
            "Additional-task value by the number of additional tasks",
        ),
        inputs=(("jumlah tugas tambahan", count),),
        parameters=used,
        result=value,
    )
    return value, step


def _creativity(level: object, rules: Rules) -> tuple[Decimal, Step]:
    if level is None:
        value = Decimal(0)
        used: list[ParameterUse] = []
    elif isinstance(level, CreativityLevel):
        values = rules.resolve(PP46_CREATIVITY_VALUES)
        value = values.value[level]
        used = [values.use(value, entry=level.value)]
    else:
        raise InvalidValueError(
            "creativity", level, "must be a CreativityLevel or None (use CreativityLevel.parse)"
        )
    step = Step(
        Text("Nilai kreativitas", "Creativity value"),
        inputs=(("kreativitas", level if level is not None else "-"),),
        parameters=used,
        result=value,
    )
    return value, step


def additional_tasks_value(count: int, *, rules: Rules | None = None) -> Decimal:
    """The value added to the nilai SKP for a number of additional tasks (tugas tambahan).

    Args:
        count: How many additional tasks were carried out (0 or more).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        0 for none; nationally 1 for 1-3, 2 for 4-6 and 3 for 7 or more.

    Raises:
        InvalidValueError: If `count` is not a whole number ≥ 0.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> [additional_tasks_value(n) for n in (0, 3, 4, 7)]
        [Decimal('0'), Decimal('1'), Decimal('2'), Decimal('3')]
    """
    in_force = _in_force(rules)
    return _additional_tasks(_count(count), in_force)[0]


def creativity_value(level: CreativityLevel | None, *, rules: Rules | None = None) -> Decimal:
    """The value added to the nilai SKP for creativity (kreativitas).

    The national values are UNCONFIRMED (see `PP46_CREATIVITY_VALUES`).

    Args:
        level: Whom the creative contribution benefits, or `None` for none.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The value (0 for `None`).

    Raises:
        InvalidValueError: If `level` is neither a `CreativityLevel` nor `None`.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.
    """
    in_force = _in_force(rules)
    return _creativity(level, in_force)[0]


@attrs.frozen
class SkpOutcome:
    """The nilai SKP, with every activity's capaian and the explanation.

    Attributes:
        activities: The outcome of each activity, in order.
        mean: The mean of the activities' exact capaian.
        additional_tasks: The value added for tugas tambahan.
        creativity: The value added for kreativitas.
        exact_score: `mean + additional_tasks + creativity`, unrounded.
        score: The nilai SKP as printed (rounded per `PP46_SCORE_PLACES`).
        category: The category of the printed score.
        explanation: The steps that produced it.
    """

    activities: tuple[ActivityOutcome, ...]
    mean: Decimal
    additional_tasks: Decimal
    creativity: Decimal
    exact_score: Decimal
    score: Decimal
    category: PerformanceCategory = attrs.field(repr=enum_repr)
    explanation: Explanation

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data."""
        return {
            "activities": [outcome.to_dict() for outcome in self.activities],
            "mean": str(self.mean),
            "additional_tasks": str(self.additional_tasks),
            "creativity": str(self.creativity),
            "exact_score": str(self.exact_score),
            "score": str(self.score),
            "category": self.category.value,
            "explanation": self.explanation.to_dict(),
        }


def explain_skp_score(
    activities: Iterable[Activity],
    *,
    additional_tasks: int = 0,
    creativity: CreativityLevel | None = None,
    rules: Rules | None = None,
) -> SkpOutcome:
    """The nilai SKP: mean capaian over the activities + tugas tambahan + kreativitas.

    Args:
        activities: The SKP's activities (at least one).
        additional_tasks: The number of additional tasks carried out.
        creativity: The level of a creative contribution, or `None`.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The outcome with each activity's capaian, the parts of the sum, the exact and printed
        nilai SKP, its category and the explanation.

    Raises:
        InvalidValueError: If there is no activity, an item is not an `Activity`, or
            `additional_tasks`/`creativity` is invalid.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.
    """
    in_force = _in_force(rules)
    items: tuple[Activity, ...] = tuple_of(Activity, "an Activity")("activities")(activities)
    if not items:
        raise InvalidValueError("activities", items, "needs at least one Activity")
    count = _count(additional_tasks)
    outcomes = tuple(
        _score_activity(
            activity,
            in_force,
            (f"Kegiatan {n}", f"Activity {n}")
            if activity.name is None
            else (f"Kegiatan {n} ({activity.name})", f"Activity {n} ({activity.name})"),
        )
        for n, activity in enumerate(items, 1)
    )
    task_value, task_step = _additional_tasks(count, in_force)
    creativity_points, creativity_step = _creativity(creativity, in_force)
    mean = divide_28(exact_sum(o.exact_score for o in outcomes), len(outcomes))
    exact = exact_sum((mean, task_value, creativity_points))
    printed, places = _printed(exact, in_force)
    mean_step = Step(
        Text(
            "Rata-rata capaian kegiatan (tanpa pembulatan)",
            "Mean of the activities' achievement (unrounded)",
        ),
        inputs=(("jumlah kegiatan", len(outcomes)),),
        result=mean,
        citation=_SKP_MEAN,
    )
    total_step = Step(
        Text(
            "Nilai SKP = rata-rata + tugas tambahan + kreativitas, dibulatkan",
            "SKP score = mean + additional tasks + creativity, rounded",
        ),
        inputs=(
            ("rata-rata", mean),
            ("tugas tambahan", task_value),
            ("kreativitas", creativity_points),
        ),
        parameters=(places,),
        result=printed,
        citation=_SKP_MEAN,
    )
    chosen, category_step = _category_step(printed, in_force)
    steps = [step for outcome in outcomes for step in outcome.explanation.steps]
    steps += [mean_step, task_step, creativity_step, total_step, category_step]
    return SkpOutcome(
        outcomes,
        mean,
        task_value,
        creativity_points,
        exact,
        printed,
        chosen,
        Explanation(steps),
    )


def skp_score(
    activities: Iterable[Activity],
    *,
    additional_tasks: int = 0,
    creativity: CreativityLevel | None = None,
    rules: Rules | None = None,
) -> Decimal:
    """The nilai SKP as printed: mean capaian + tugas tambahan + kreativitas (may exceed 100).

    Args:
        activities: The SKP's activities (at least one).
        additional_tasks: The number of additional tasks carried out.
        creativity: The level of a creative contribution, or `None`.
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The nilai SKP (2 decimals, half-up).

    Raises:
        InvalidValueError: If there is no activity, an item is not an `Activity`, or
            `additional_tasks`/`creativity` is invalid.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> example = Activity(
        ...     target_output=1, realised_output=1, realised_quality=90,
        ...     target_months=12, realised_months=12,
        ...     target_cost=170395000, realised_cost=170395000,
        ... )
        >>> skp_score([example], additional_tasks=2)
        Decimal('86.50')
    """
    return explain_skp_score(
        activities, additional_tasks=additional_tasks, creativity=creativity, rules=rules
    ).score


# --------------------------------------------------------------------------------------------
# Nilai perilaku kerja
# --------------------------------------------------------------------------------------------


@attrs.frozen
class BehaviourOutcome:
    """The nilai perilaku kerja, with the aspect scores and the explanation.

    Attributes:
        scores: The score of each aspect, in the official order.
        exact_score: The mean of the aspect scores, unrounded.
        score: The nilai perilaku as printed (rounded per `PP46_SCORE_PLACES`).
        category: The category of the printed score.
        explanation: The steps that produced it.
    """

    scores: FrozenMap[BehaviourAspect, Decimal]
    exact_score: Decimal
    score: Decimal
    category: PerformanceCategory = attrs.field(repr=enum_repr)
    explanation: Explanation

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data."""
        return {
            "scores": plain(self.scores),
            "exact_score": str(self.exact_score),
            "score": str(self.score),
            "category": self.category.value,
            "explanation": self.explanation.to_dict(),
        }


def explain_behaviour_score(
    scores: Mapping[BehaviourAspect, NumberLike],
    *,
    structural: bool = False,
    rules: Rules | None = None,
) -> BehaviourOutcome:
    """The nilai perilaku kerja: the mean of the aspect scores, with its explanation.

    Args:
        scores: A score (0-100) for each aspect: the five common aspects, plus
            `BehaviourAspect.LEADERSHIP` exactly when `structural` is true.
        structural: Whether the employee is a structural official (pejabat struktural).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The outcome with the aspect scores, exact and printed mean, category and explanation.

    Raises:
        InvalidValueError: If an aspect is missing or unexpected, a key is not a
            `BehaviourAspect`, a score is outside 0-100, or `structural` is not a bool.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.
    """
    in_force = _in_force(rules)
    check_bool(structural, field="structural")
    if not isinstance(scores, Mapping):
        raise InvalidValueError("scores", scores, "must be a mapping of BehaviourAspect to score")
    for key in scores:
        if not isinstance(key, BehaviourAspect):
            raise InvalidValueError(
                "scores", key, "keys must be BehaviourAspect members (use BehaviourAspect.parse)"
            )
    expected = (*_COMMON_ASPECTS, BehaviourAspect.LEADERSHIP) if structural else _COMMON_ASPECTS
    if set(scores) != set(expected):
        missing = [a.value for a in expected if a not in scores]
        extra = [a.value for a in scores if a not in expected]
        raise InvalidValueError(
            "scores",
            {"missing": missing, "unexpected": extra},
            "needs exactly the aspects "
            + ", ".join(a.value for a in expected)
            + (
                " (Kepemimpinan only for structural officials)"
                if not structural
                else " (structural officials are also rated on Kepemimpinan)"
            ),
        )
    scale = in_force.resolve(PP46_SCALE_MAXIMUM)
    checked: dict[BehaviourAspect, Decimal] = {}
    for aspect in expected:
        value = _number(scores[aspect], f"scores[{aspect.value}]", minimum="zero")
        if value > scale.value:
            raise InvalidValueError(
                f"scores[{aspect.value}]", value, f"must be at most {scale.value}"
            )
        checked[aspect] = value
    exact = divide_28(exact_sum(checked.values()), len(checked))
    printed, places = _printed(exact, in_force)
    mean_step = Step(
        Text(
            f"Nilai perilaku kerja = rata-rata {len(checked)} aspek, dibulatkan",
            f"Behaviour score = mean of {len(checked)} aspects, rounded",
        ),
        inputs=tuple((aspect.value, value) for aspect, value in checked.items()),
        parameters=(scale.use(), places),
        result=printed,
        citation=_BEHAVIOUR,
    )
    chosen, category_step = _category_step(printed, in_force)
    return BehaviourOutcome(
        FrozenMap(checked), exact, printed, chosen, Explanation((mean_step, category_step))
    )


def behaviour_score(
    scores: Mapping[BehaviourAspect, NumberLike],
    *,
    structural: bool = False,
    rules: Rules | None = None,
) -> Decimal:
    """The nilai perilaku kerja as printed: the mean of the aspect scores.

    Args:
        scores: A score (0-100) for each aspect: the five common aspects, plus
            `BehaviourAspect.LEADERSHIP` exactly when `structural` is true.
        structural: Whether the employee is a structural official (pejabat struktural).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The mean (2 decimals, half-up).

    Raises:
        InvalidValueError: If an aspect is missing or unexpected, a key is not a
            `BehaviourAspect`, or a score is outside 0-100.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> common = dict.fromkeys(
        ...     [a for a in BehaviourAspect if a is not BehaviourAspect.LEADERSHIP], 80
        ... )
        >>> behaviour_score(common)
        Decimal('80.00')
        >>> behaviour_score({**common, BehaviourAspect.LEADERSHIP: 77}, structural=True)
        Decimal('79.50')
    """
    return explain_behaviour_score(scores, structural=structural, rules=rules).score


# --------------------------------------------------------------------------------------------
# Nilai prestasi kerja and categories
# --------------------------------------------------------------------------------------------


@attrs.frozen
class WorkPerformanceOutcome:
    """The nilai prestasi kerja, with its category and explanation.

    Attributes:
        skp_score: The nilai SKP used (as passed in, i.e. as printed).
        behaviour_score: The nilai perilaku kerja used.
        exact_score: `60 % × SKP + 40 % × perilaku`, unrounded.
        score: The nilai prestasi kerja as printed (rounded per `PP46_SCORE_PLACES`).
        category: The category of the printed score.
        explanation: The steps that produced it.
    """

    skp_score: Decimal
    behaviour_score: Decimal
    exact_score: Decimal
    score: Decimal
    category: PerformanceCategory = attrs.field(repr=enum_repr)
    explanation: Explanation

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data."""
        return {
            "skp_score": str(self.skp_score),
            "behaviour_score": str(self.behaviour_score),
            "exact_score": str(self.exact_score),
            "score": str(self.score),
            "category": self.category.value,
            "explanation": self.explanation.to_dict(),
        }


def explain_work_performance(
    skp_score: NumberLike, behaviour_score: NumberLike, *, rules: Rules | None = None
) -> WorkPerformanceOutcome:
    """The nilai prestasi kerja (60 % SKP + 40 % perilaku) with its category and explanation.

    Args:
        skp_score: The nilai SKP as printed (any sign; it may exceed 100).
        behaviour_score: The nilai perilaku kerja as printed (0-100).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The outcome: exact and printed score, category and explanation.

    Raises:
        InvalidValueError: If a score is not a number in range.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.
    """
    in_force = _in_force(rules)
    skp = _number(skp_score, "skp_score", minimum="any")
    behaviour = _number(behaviour_score, "behaviour_score", minimum="zero")
    scale = in_force.resolve(PP46_SCALE_MAXIMUM)
    if behaviour > scale.value:
        raise InvalidValueError("behaviour_score", behaviour, f"must be at most {scale.value}")
    weights = in_force.resolve(PP46_WORK_PERFORMANCE_WEIGHTS)
    weighted = exact_sum(
        (
            exact_product(skp, weights.value.skp),
            exact_product(behaviour, weights.value.behaviour),
        )
    )
    exact = divide_28(weighted, _HUNDRED)
    printed, places = _printed(exact, in_force)
    step = Step(
        Text(
            f"Nilai prestasi kerja = {weights.value.skp} % × nilai SKP + "
            f"{weights.value.behaviour} % × nilai perilaku kerja, dibulatkan",
            f"Work performance = {weights.value.skp} % × SKP score + "
            f"{weights.value.behaviour} % × behaviour score, rounded",
        ),
        inputs=(("nilai SKP", skp), ("nilai perilaku kerja", behaviour)),
        parameters=(weights.use(), places),
        result=printed,
        citation=_REGIME,
    )
    chosen, category_step = _category_step(printed, in_force)
    return WorkPerformanceOutcome(
        skp, behaviour, exact, printed, chosen, Explanation((step, category_step))
    )


def work_performance_score(
    skp_score: NumberLike, behaviour_score: NumberLike, *, rules: Rules | None = None
) -> Decimal:
    """The nilai prestasi kerja as printed: 60 % × nilai SKP + 40 % × nilai perilaku kerja.

    Args:
        skp_score: The nilai SKP as printed (any sign; it may exceed 100).
        behaviour_score: The nilai perilaku kerja as printed (0-100).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The score (2 decimals, half-up).

    Raises:
        InvalidValueError: If a score is not a number in range.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> work_performance_score("85.50", 80)
        Decimal('83.30')
    """
    return explain_work_performance(skp_score, behaviour_score, rules=rules).score


@attrs.frozen
class CategoryOutcome:
    """A score's category with the band and boundary rule used.

    Attributes:
        score: The score categorised.
        category: Its category.
        explanation: The one step that produced it.
    """

    score: Decimal
    category: PerformanceCategory = attrs.field(repr=enum_repr)
    explanation: Explanation

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data."""
        return {
            "score": str(self.score),
            "category": self.category.value,
            "explanation": self.explanation.to_dict(),
        }


def explain_category(score: NumberLike, *, rules: Rules | None = None) -> CategoryOutcome:
    """The category of a score, with the band and boundary rule used.

    Args:
        score: Any PP 46/2011 score (nilai SKP, perilaku or prestasi kerja).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The category and a one-step explanation.

    Raises:
        InvalidValueError: If `score` is not a number in range.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.
    """
    in_force = _in_force(rules)
    number = _number(score, "score", minimum="any")
    chosen, step = _category_step(number, in_force)
    return CategoryOutcome(number, chosen, Explanation((step,)))


def category(score: NumberLike, *, rules: Rules | None = None) -> PerformanceCategory:
    """The category (sebutan) of a score: Sangat Baik, Baik, Cukup, Kurang or Buruk.

    Nationally: ≥ 91 Sangat Baik, 76-90 Baik, 61-75 Cukup, 51-60 Kurang, ≤ 50 Buruk. A score
    between two printed bands belongs to the lower band (`BandGapRule.LOWER_EDGE`), so 90.5 is
    Baik and 91 is Sangat Baik.

    Args:
        score: Any PP 46/2011 score (nilai SKP, perilaku or prestasi kerja).
        rules: The rules to apply; default: the national rules of 30 June 2021.

    Returns:
        The category.

    Raises:
        InvalidValueError: If `score` is not a number in range.
        RuleNotInForceError: If `rules` is dated outside 2014-01-01 to 2021-06-30.

    Examples:
        >>> category("85.50")
        <PerformanceCategory.GOOD: 'Baik'>
        >>> category("90.5"), category(91)
        (<PerformanceCategory.GOOD: 'Baik'>, <PerformanceCategory.VERY_GOOD: 'Sangat Baik'>)
    """
    return explain_category(score, rules=rules).category
