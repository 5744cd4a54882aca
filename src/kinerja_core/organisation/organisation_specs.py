"""Vocabulary and parameter specs of organisation performance (no data, no formulas).

The organisation predikat, how IKU achievements are combined, and the distribution pattern of
SE MenPANRB 3/2023 with the library's readings of its open points. The national values of these
parameters, with their citations, are data in `kinerja_core.national.organisation`; the rules
that read them are in `kinerja_core.organisation.achievement` and
`kinerja_core.organisation.distribution`.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._text import Lang, Text, check_lang
from kinerja_core.core._validators import a_bool, check_whole, enum_repr, instance_check, member_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.numbers import to_decimal
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import BandTable, LookupMatrix, band_table_check, matrix_check
from kinerja_core.performance.achievement_formulas_specs import AchievementLimits
from kinerja_core.performance.indicators import Aggregation
from kinerja_core.performance.ratings import Predicate, Rating

__all__ = [
    "DISTRIBUTION_PATTERN",
    "DISTRIBUTION_READINGS",
    "IKU_ACHIEVEMENT_LIMITS",
    "IKU_AGGREGATION",
    "ORGANISATION_PREDICATE_BANDS",
    "UNIT_RATING_MAP",
    "Bound",
    "Clause",
    "DistributionReadings",
    "DistributionRule",
    "IkuAggregation",
    "OrganisationPredicate",
    "ShareRounding",
]


class OrganisationPredicate(LabelledEnum):
    """The predikat of an organisation's (or unit's) performance, SE MenPANRB 3/2023.

    The leader above sets it from the unit's Perjanjian Kinerja achievement and expectations;
    it bounds how the unit's employee predikat may be distributed
    ([`check_distribution`][kinerja_core.organisation.check_distribution]).
    """

    EXCEPTIONAL = "Istimewa"
    GOOD = "Baik"
    NEEDS_IMPROVEMENT = "Butuh Perbaikan"
    POOR = "Kurang"
    VERY_POOR = "Sangat Kurang"

    @classmethod
    def _variants(cls) -> dict[str, OrganisationPredicate]:
        return {
            "butuh perbaikan/cukup": cls.NEEDS_IMPROVEMENT,
            "cukup": cls.NEEDS_IMPROVEMENT,
        }

    @classmethod
    def _english(cls) -> dict[OrganisationPredicate, str]:
        return {
            cls.EXCEPTIONAL: "Exceptional",
            cls.GOOD: "Good",
            cls.NEEDS_IMPROVEMENT: "Needs improvement",
            cls.POOR: "Poor",
            cls.VERY_POOR: "Very poor",
        }

    @property
    def rank(self) -> int:
        """Order of the organisation predikat: 1 (Sangat Kurang) up to 5 (Istimewa)."""
        return _RANK[self]


_RANK = {
    OrganisationPredicate.VERY_POOR: 1,
    OrganisationPredicate.POOR: 2,
    OrganisationPredicate.NEEDS_IMPROVEMENT: 3,
    OrganisationPredicate.GOOD: 4,
    OrganisationPredicate.EXCEPTIONAL: 5,
}

ORGANISATION_PREDICATE_BANDS: ParameterSpec[BandTable[OrganisationPredicate]] = ParameterSpec(
    "organisation_predicate_bands",
    "The organisation predikat proposed for a unit's weighted achievement (percent).",
    band_table_check("organisation_predicate_bands", OrganisationPredicate, monotone="increasing"),
)
"""Parameter: the bands that *propose* an organisation predikat from the unit's weighted
achievement — a documented default, not regulation (the leader above sets the predikat). A
[`BandTable`][kinerja_core.core.BandTable] of `OrganisationPredicate`, rising with the
achievement."""

UNIT_RATING_MAP: ParameterSpec[LookupMatrix[Rating]] = ParameterSpec(
    "unit_rating_map",
    "The work-result rating of a unit head for each organisation predikat (five to three).",
    matrix_check("unit_rating_map", OrganisationPredicate, Rating),
)
"""Parameter: the five-to-three mapping from the organisation predikat to the rating of the
unit (a unit head's work-result rating). The sources give no such mapping: the national value is
marked UNCONFIRMED."""


class IkuAggregation(LabelledEnum):
    """How an institution combines the periodic realisations of its IKU.

    Regions monitor IKU quarterly and evaluate them yearly; whether the quarters add up, the
    last quarter counts, or they are averaged is the institution's choice (domain reference §8).
    """

    PER_INDICATOR = "Menurut indikator"
    """Each indicator's own [`Aggregation`][kinerja_core.Aggregation] (the national default)."""
    CUMULATIVE = "Kumulatif"
    """The sum of the periodic realisations, for every IKU."""
    FINAL_VALUE = "Nilai akhir"
    """The realisation of the last reported period, for every IKU."""
    AVERAGE = "Rata-rata"
    """The mean of the reported periodic realisations, for every IKU."""

    @classmethod
    def _english(cls) -> dict[IkuAggregation, str]:
        return {
            cls.PER_INDICATOR: "Per indicator",
            cls.CUMULATIVE: "Cumulative",
            cls.FINAL_VALUE: "Final value",
            cls.AVERAGE: "Average",
        }

    @property
    def aggregation(self) -> Aggregation | None:
        """The indicator aggregation this rule imposes, or `None` for each indicator's own."""
        return _IMPOSED[self]


_IMPOSED = {
    IkuAggregation.PER_INDICATOR: None,
    IkuAggregation.CUMULATIVE: Aggregation.CUMULATIVE,
    IkuAggregation.FINAL_VALUE: Aggregation.FINAL_VALUE,
    IkuAggregation.AVERAGE: Aggregation.AVERAGE,
}

IKU_AGGREGATION: ParameterSpec[IkuAggregation] = ParameterSpec(
    "iku_aggregation",
    "How the periodic realisations of an organisation's indicators (IKU) combine.",
    instance_check(IkuAggregation, "iku_aggregation", "must be an IkuAggregation"),
)
"""Parameter: the institution's [`IkuAggregation`][kinerja_core.organisation.IkuAggregation]."""

IKU_ACHIEVEMENT_LIMITS: ParameterSpec[AchievementLimits] = ParameterSpec(
    "iku_achievement_limits",
    "The cap and floor applied to each organisation indicator's achievement (percent).",
    instance_check(AchievementLimits, "iku_achievement_limits", "must be an AchievementLimits"),
)
"""Parameter: the cap and floor of each IKU's achievement (an indicator's own cap or floor
wins), e.g. `AchievementLimits(cap=120, floor=0)` for an institution that caps at 120 %."""


# --------------------------------------------------------------------------------------------
# The distribution pattern (SE MenPANRB 3/2023) and the readings of its open points
# --------------------------------------------------------------------------------------------


class Bound(LabelledEnum):
    """What a clause of the distribution pattern requires of its share of employees."""

    AT_LEAST = "Paling sedikit"
    """At least the share ("paling sedikit", "minimal")."""
    AT_MOST = "Paling banyak"
    """At most the share ("paling banyak", "maksimal"); a share of 0 means none."""
    MOST = "Sebagian besar"
    """Most, at most the share ("sebagian besar (maksimal 70 %)"); whether it also means more
    than half is a reading
    ([`DistributionReadings`][kinerja_core.organisation.DistributionReadings])."""
    SOME = "Harus ada"
    """There must be some ("harus ada"); how many is a reading."""

    @classmethod
    def _english(cls) -> dict[Bound, str]:
        return {
            cls.AT_LEAST: "At least",
            cls.AT_MOST: "At most",
            cls.MOST: "Most",
            cls.SOME: "Some",
        }


class ShareRounding(LabelledEnum):
    """How a share of a small unit becomes a whole number of employees (an open point)."""

    CONSERVATIVE = "Konservatif"
    """Minima rounded up, maxima rounded down: the share itself, compared exactly (the default;
    10 % of 5 employees requires 1, at most 10 % of 5 allows 0)."""
    NEAREST = "Terdekat"
    """Minima and maxima rounded half up to the nearest whole employee."""
    LENIENT = "Longgar"
    """Minima rounded down, maxima rounded up (the most tolerant reading)."""

    @classmethod
    def _english(cls) -> dict[ShareRounding, str]:
        return {
            cls.CONSERVATIVE: "Conservative",
            cls.NEAREST: "Nearest",
            cls.LENIENT: "Lenient",
        }


def _predicates(value: object) -> tuple[Predicate, ...]:
    items = value if isinstance(value, tuple | list | frozenset | set) else (value,)
    found: set[Predicate] = set()
    for item in items:
        if not isinstance(item, Predicate):
            raise InvalidValueError(
                "predicates",
                item,
                "each item must be a Predicate",
                reason_id="setiap butir harus berupa Predicate",
                code="wrong_type",
            )
        found.add(item)
    if not found:
        raise InvalidValueError(
            "predicates",
            value,
            "needs at least one predikat",
            reason_id="memerlukan sedikitnya satu predikat",
            code="empty",
        )
    return tuple(sorted(found, key=lambda p: -p.rank))


def _share(value: object) -> Decimal | None:
    if value is None:
        return None
    number = to_decimal(value, field="share")
    if not Decimal(0) <= number <= Decimal(100):
        raise InvalidValueError(
            "share",
            value,
            "must be from 0 to 100 (percent)",
            reason_id="harus dari 0 sampai dengan 100 (persen)",
            code="out_of_range",
        )
    return number


_OR = Text(" dan/atau ", " and/or ")


def _percent(share: Decimal, lang: Lang) -> str:
    text = format(share.normalize(), "f")
    return (text.replace(".", ",") if lang == "id" else text) + " %"


@attrs.frozen
class Clause(Document):
    """One clause of the distribution pattern: a bound on the share of some predikat.

    Attributes:
        predicates: The employee predikat the clause counts together (e.g. Butuh Perbaikan
            and/or Kurang), highest first.
        bound: What the clause requires of their share.
        share: The share in percent (0-100); `None` for `Bound.SOME`, which has none.

    Examples:
        >>> from kinerja_core import Predicate
        >>> Clause((Predicate.VERY_GOOD,), Bound.AT_MOST, 10).label("id")
        'paling banyak 10 % Sangat Baik'
        >>> Clause((Predicate.NEEDS_IMPROVEMENT, Predicate.POOR), Bound.SOME).label("en")
        'some Needs improvement and/or Poor/Misconduct'
    """

    predicates: tuple[Predicate, ...] = attrs.field(converter=_predicates)
    bound: Bound = attrs.field(validator=member_of(Bound), repr=enum_repr)
    share: Decimal | None = attrs.field(default=None, converter=_share)

    def __attrs_post_init__(self) -> None:
        if (self.share is None) != (self.bound is Bound.SOME):
            raise InvalidValueError(
                "share",
                self.share,
                "must be given for every bound but SOME, and only then",
                reason_id="wajib diisi untuk setiap batas kecuali SOME (harus ada), dan hanya "
                "untuk itu",
                code="inconsistent",
            )

    def who(self, lang: Lang) -> str:
        """The predikat the clause counts, joined by "and/or".

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            E.g. `"Butuh Perbaikan dan/atau Kurang/Misconduct"`.
        """
        checked = check_lang(lang)
        return _OR(checked).join(p.label(checked) for p in self.predicates)

    def label(self, lang: Lang) -> str:
        """The clause in words.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            E.g. `"paling sedikit 60 % Kurang/Misconduct"`, `"tidak ada Sangat Baik"`.
        """
        checked = check_lang(lang)
        who = self.who(checked)
        if self.bound is Bound.SOME:
            return f"{'harus ada' if checked == 'id' else 'some'} {who}"
        share = _percent(self.share or Decimal(0), checked)
        if self.bound is Bound.AT_MOST and self.share == 0:
            return f"{'tidak ada' if checked == 'id' else 'no'} {who}"
        words = {
            Bound.AT_LEAST: Text("paling sedikit", "at least"),
            Bound.AT_MOST: Text("paling banyak", "at most"),
            Bound.MOST: Text("sebagian besar (paling banyak", "most (at most"),
        }[self.bound](checked)
        if self.bound is Bound.MOST:
            return f"{words} {share}) {who}"
        return f"{words} {share} {who}"


def _clauses(value: object) -> tuple[Clause, ...]:
    items = tuple(value) if isinstance(value, tuple | list) else (value,)
    for item in items:
        if not isinstance(item, Clause):
            raise InvalidValueError(
                "clauses",
                item,
                "each item must be a Clause",
                reason_id="setiap butir harus berupa Clause",
                code="wrong_type",
            )
    groups = {frozenset(c.predicates) for c in items}
    for group in groups:
        for other in groups:
            if group != other and group & other:
                raise InvalidValueError(
                    "clauses",
                    [p.value for p in sorted(group & other, key=lambda p: -p.rank)],
                    "clauses must count the same predikat or disjoint ones (a predikat in two "
                    "different groups is not supported)",
                    reason_id="klausul harus menghitung predikat yang sama atau yang saling "
                    "lepas (satu predikat dalam dua kelompok berbeda tidak didukung)",
                    code="inconsistent",
                )
    return items


@attrs.frozen
class DistributionRule(Document):
    """The clauses that the employee predikat of a unit with one organisation predikat obey.

    Attributes:
        clauses: The clauses, in the order of the SE. Clauses count the same predikat or
            disjoint ones.
    """

    clauses: tuple[Clause, ...] = attrs.field(converter=_clauses)

    def label(self, lang: Lang) -> str:
        """Every clause in words, separated by semicolons.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The text (`"-"` for a rule without clauses).
        """
        return "; ".join(clause.label(lang) for clause in self.clauses) or "-"


def _some_minimum(value: object) -> int:
    return check_whole(value, field="some_minimum", low=1, high=1_000_000)


@attrs.frozen
class DistributionReadings(Document):
    """The library's readings of the open points of SE MenPANRB 3/2023's pattern.

    Attributes:
        most_is_majority: Whether "sebagian besar (maksimal 70 %)" also requires more than half
            (default: no, the upper bound only).
        some_minimum: How many employees "harus ada" (there must be some) requires (default 1).
        rounding: How a share of a unit becomes a whole number of employees (default:
            conservative, i.e. minima rounded up and maxima rounded down).
    """

    most_is_majority: bool = attrs.field(default=False, validator=a_bool)
    some_minimum: int = attrs.field(default=1, converter=_some_minimum)
    rounding: ShareRounding = attrs.field(
        default=ShareRounding.CONSERVATIVE, validator=member_of(ShareRounding), repr=enum_repr
    )

    def label(self, lang: Lang) -> str:
        """The readings in words.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            One line.
        """
        checked = check_lang(lang)
        majority = {
            True: Text(
                "sebagian besar = lebih dari 50 % dan paling banyak batasnya",
                "most = more than 50 % and at most its bound",
            ),
            False: Text(
                "sebagian besar = paling banyak batasnya saja", "most = at most its bound only"
            ),
        }[self.most_is_majority](checked)
        some = Text(
            f"harus ada = paling sedikit {self.some_minimum} pegawai",
            f"some = at least {self.some_minimum} employee(s)",
        )(checked)
        rounding = Text("pembulatan", "rounding")(checked)
        return f"{majority}; {some}; {rounding}: {self.rounding.label(checked)}"


def _check_pattern(value: object) -> LookupMatrix[DistributionRule]:
    return matrix_check("distribution_pattern", OrganisationPredicate, DistributionRule)(value)


DISTRIBUTION_PATTERN: ParameterSpec[LookupMatrix[DistributionRule]] = ParameterSpec(
    "distribution_pattern",
    "The clauses the employee predikat of a unit obey, for each organisation predikat.",
    _check_pattern,
)
"""Parameter: the pattern of SE MenPANRB 3/2023, a
[`LookupMatrix`][kinerja_core.core.LookupMatrix] from `OrganisationPredicate` to a
[`DistributionRule`][kinerja_core.organisation.DistributionRule]."""

DISTRIBUTION_READINGS: ParameterSpec[DistributionReadings] = ParameterSpec(
    "distribution_readings",
    "The readings of the open points of the distribution pattern.",
    instance_check(DistributionReadings, "distribution_readings", "must be a DistributionReadings"),
)
"""Parameter: the [`DistributionReadings`][kinerja_core.organisation.DistributionReadings] (the
national values are documented policy choices)."""
