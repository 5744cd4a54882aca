"""The angka kredit ledger of a jabatan fungsional: entries, total and what a promotion leaves.

A [`CreditLedger`][kinerja_core.careers.CreditLedger] holds the AK an employee has gathered in
a jenjang, one [`CreditEntry`][kinerja_core.careers.CreditEntry] per conversion, initial
appointment, flat appointment AK, education bonus or carried-over surplus. The rules here compute
the amounts of those entries (each explained, each parameter dated and cited) and what a ledger
keeps after kenaikan pangkat or kenaikan jenjang
([`ledger_after_promotion`][kinerja_core.careers.ledger_after_promotion]).

Peraturan BKN 3/2023 leaves open points that programs read differently; each is a parameter
marked as such: whether a year's AK is the sum of its periodic conversions or the annual
predikat over its active months ([`CREDIT_YEAR_RULE`][kinerja_core.careers.CREDIT_YEAR_RULE]),
what stays in the ledger after a promotion (`SURPLUS_AFTER_*`, UNCONFIRMED; the AK a kenaikan
pangkat uses up keep counting toward kenaikan jenjang), and the base of the
education bonus ([`EDUCATION_CREDIT`][kinerja_core.careers.EDUCATION_CREDIT]).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs

from kinerja_core.careers.credit_specs import (
    APPOINTMENT_CREDIT,
    CREDIT_COEFFICIENTS,
    CREDIT_PERCENTAGES,
    CREDIT_PLACES,
    CREDIT_YEAR_RULE,
    EDUCATION_CREDIT,
    SURPLUS_AFTER_LEVEL_PROMOTION,
    SURPLUS_AFTER_RANK_PROMOTION,
    CreditYearRule,
    EducationCreditBase,
    FunctionalLevel,
    Rank,
    Surplus,
)
from kinerja_core.careers.credits import credit_points_of, requirement_of
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import (
    a_date,
    check_date,
    check_member,
    check_whole,
    member_of,
    tuple_of,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Step, Text, Trace, explained_by, explains_value
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.numbers import exact_sum, round_half_up, to_decimal
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.performance.ratings import Predicate

__all__ = [
    "CreditEntry",
    "CreditLedger",
    "CreditPeriod",
    "CreditSource",
    "PromotionKind",
    "appointment_credit_points",
    "education_credit_points",
    "initial_credit_points",
    "ledger_after_promotion",
    "year_credit_points",
]

_INITIAL_CITATION = Citation(
    "Peraturan BKN 3/2023",
    "Pasal 13 ayat (3)",
    Text(
        "Menurut satu program publik yang teruji: AK pengangkatan pertama = bulat(tahun × p × k, "
        "2) + bulat(bulan / 12 × p × k, 2) untuk masa kerja sebelumnya.",
        "As one public, tested program reads it: AK of an initial appointment = round(years × "
        "p × k, 2) + round(months / 12 × p × k, 2) for the prior service.",
    ),
    confidence=Confidence.SOFTWARE,
)


class CreditSource(LabelledEnum):
    """Where an entry of an angka kredit ledger comes from."""

    CONVERSION = "Konversi predikat"
    INITIAL = "Pengangkatan pertama"
    APPOINTMENT = "Pengangkatan pelaksana"
    EDUCATION = "Pendidikan"
    CARRIED_OVER = "Kelebihan AK"

    @classmethod
    def _english(cls) -> dict[CreditSource, str]:
        return {
            cls.CONVERSION: "Conversion of the predikat",
            cls.INITIAL: "Initial appointment",
            cls.APPOINTMENT: "Appointment of a pelaksana",
            cls.EDUCATION: "Education",
            cls.CARRIED_OVER: "Carried-over surplus",
        }


class PromotionKind(LabelledEnum):
    """A promotion of a functional official: in rank (golongan) or in jenjang."""

    RANK = "Kenaikan pangkat"
    LEVEL = "Kenaikan jenjang"

    @classmethod
    def _english(cls) -> dict[PromotionKind, str]:
        return {cls.RANK: "Promotion in rank", cls.LEVEL: "Promotion in level"}


def _amount(value: object) -> Decimal:
    amount = to_decimal(value, field="amount")
    if amount < 0:
        raise InvalidValueError(
            "amount",
            value,
            "must not be negative",
            reason_id="tidak boleh negatif",
            code="negative",
        )
    return amount


def _used(value: object) -> Decimal:
    used = to_decimal(value, field="used_for_rank_promotions")
    if used < 0:
        raise InvalidValueError(
            "used_for_rank_promotions",
            value,
            "must not be negative",
            reason_id="tidak boleh negatif",
            code="negative",
        )
    return used


@attrs.frozen
class CreditEntry(Document):
    """One entry of an angka kredit ledger.

    Attributes:
        source: Where the AK come from (conversion, initial appointment, …).
        amount: The angka kredit (not negative).
        recorded_on: The date the AK count from (e.g. the end of the evaluated period).

    Examples:
        >>> CreditEntry(CreditSource.CONVERSION, "12.50", date(2024, 12, 31)).amount
        Decimal('12.50')
    """

    source: CreditSource = attrs.field(validator=member_of(CreditSource))
    amount: Decimal = attrs.field(converter=_amount)
    recorded_on: date = attrs.field(validator=a_date)


_entry_tuple = tuple_of(CreditEntry, "a CreditEntry")("entries")


def _entries(value: object) -> tuple[CreditEntry, ...]:
    return _entry_tuple(value)


@attrs.frozen
class CreditLedger(Document):
    """The angka kredit an employee holds in a jenjang: the entries and their total.

    The requirements of PermenPANRB 1/2023 are cumulative AK of the jenjang: kenaikan jenjang
    needs every AK earned in it (its figure is the kenaikan pangkat figure times the number of
    golongan of the jenjang), including those a kenaikan pangkat within the jenjang used up.
    So a ledger keeps two amounts: `total`, the AK of its entries, available for the next
    kenaikan pangkat, and `cumulative`, those plus `used_for_rank_promotions`, what kenaikan
    jenjang reads.

    Attributes:
        level: The jenjang the AK count toward.
        entries: The entries, in the order they were recorded.
        used_for_rank_promotions: The AK of this jenjang that kenaikan pangkat within it took
            out of the entries (recorded by
            [`ledger_after_promotion`][kinerja_core.careers.ledger_after_promotion]); they
            still count toward kenaikan jenjang. Not negative; `0` by default.

    Examples:
        >>> ledger = CreditLedger(FunctionalLevel.AHLI_PERTAMA).add(
        ...     CreditEntry(CreditSource.CONVERSION, "2.08", date(2024, 2, 29)),
        ...     CreditEntry(CreditSource.CONVERSION, "10.42", date(2024, 12, 31)),
        ... )
        >>> ledger.total
        Decimal('12.50')
    """

    __document_top__ = True
    __document_derived__ = ("total", "cumulative")

    level: FunctionalLevel = attrs.field(validator=member_of(FunctionalLevel))
    entries: tuple[CreditEntry, ...] = attrs.field(converter=_entries, factory=tuple)
    used_for_rank_promotions: Decimal = attrs.field(default=Decimal(0), converter=_used)

    @property
    def total(self) -> Decimal:
        """The sum of the entries, exact."""
        if not self.entries:
            return Decimal("0.00")
        return exact_sum(entry.amount for entry in self.entries)

    @property
    def cumulative(self) -> Decimal:
        """Every AK earned in the jenjang: `total` plus `used_for_rank_promotions`, exact."""
        return self.total + self.used_for_rank_promotions

    def add(self, *entries: CreditEntry) -> CreditLedger:
        """A new ledger with more entries (this one is unchanged).

        Args:
            *entries: The entries to add.

        Returns:
            The new ledger.

        Raises:
            InvalidValueError: If an entry is not a `CreditEntry`.
        """
        return CreditLedger(
            self.level, (*self.entries, *_entries(entries)), self.used_for_rank_promotions
        )


@attrs.frozen
class CreditPeriod(Document):
    """One evaluated period of a year, for the angka kredit: its months and its predikat.

    Attributes:
        months: The months the period covers (1 to 12).
        predicate: The predikat of the period.
    """

    months: int = attrs.field()
    predicate: Predicate = attrs.field(validator=member_of(Predicate))

    @months.validator
    def _check_months(self, attribute: attrs.Attribute[int], value: object) -> None:
        check_whole(value, field="months", low=1, high=12)


_period_tuple = tuple_of(CreditPeriod, "a CreditPeriod")("periods")


def _year_of(
    level: FunctionalLevel,
    periods: Sequence[CreditPeriod],
    *,
    annual: Predicate | None = None,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Decimal:
    level = check_member(level, FunctionalLevel, field="level")
    checked = _period_tuple(periods)
    if not checked:
        raise InvalidValueError(
            "periods",
            [],
            "needs at least one evaluated period",
            reason_id="memerlukan sedikitnya satu periode yang dinilai",
            code="empty",
        )
    months = sum(period.months for period in checked)
    if months > 12:
        raise InvalidValueError(
            "periods",
            months,
            "the periods of one year cover at most 12 months",
            reason_id="periode dalam satu tahun paling banyak mencakup 12 bulan",
            code="out_of_range",
        )
    applied = rules_or_national(rules)
    rule = applied.resolve(CREDIT_YEAR_RULE)
    if rule.value is CreditYearRule.ANNUAL_PREDICATE:
        if annual is None:
            raise InvalidValueError(
                "annual",
                None,
                "the annual predikat is needed when the year rule applies it to the active months",
                reason_id="predikat tahunan diperlukan bila aturan tahunan menerapkannya pada "
                "bulan aktif",
                code="missing",
            )
        annual = check_member(annual, Predicate, field="annual")
        total = credit_points_of(annual, level, months=months, rules=applied, trace=trace)[0]
    else:
        parts = [
            credit_points_of(p.predicate, level, months=p.months, rules=applied, trace=trace)[0]
            for p in checked
        ]
        total = exact_sum(parts)
    if trace is not None:
        trace.append(
            Step(
                Text("Angka kredit satu tahun", "Angka kredit of one year"),
                inputs=(("level", level), ("months", months)),
                parameters=[rule.use()],
                result=total,
                fact=Text("AK tahun ini", "AK of the year"),
            )
        )
    return total


@explained_by(explains_value(_year_of))
def year_credit_points(
    level: FunctionalLevel,
    periods: Sequence[CreditPeriod],
    *,
    annual: Predicate | None = None,
    rules: Rules | None = None,
) -> Decimal:
    """The angka kredit of one year from its evaluated periods.

    Under the national default ([`CREDIT_YEAR_RULE`][kinerja_core.careers.CREDIT_YEAR_RULE]
    `PERIODIC_SUM`) each period's predikat is converted and the rounded AK are added; under
    `ANNUAL_PREDICATE` the annual predikat is applied to all the months the periods cover.

    Args:
        level: The jenjang.
        periods: The evaluated periods of the year (months 1-12 in all).
        annual: The annual predikat (needed under `ANNUAL_PREDICATE`).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The AK of the year.

    Raises:
        InvalidValueError: If there is no period, the periods cover more than 12 months, or
            the annual predikat is missing where the rule needs it.

    Examples:
        >>> year_credit_points(FunctionalLevel.AHLI_PERTAMA, [
        ...     CreditPeriod(2, Predicate.GOOD), CreditPeriod(10, Predicate.VERY_GOOD)])
        Decimal('17.71')
    """
    return _year_of(level, periods, annual=annual, rules=rules)


def _initial_of(
    level: FunctionalLevel,
    predicate: Predicate,
    *,
    years: int,
    months: int = 0,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Decimal:
    level = check_member(level, FunctionalLevel, field="level")
    predicate = check_member(predicate, Predicate, field="predicate")
    years = check_whole(years, field="years", low=0, high=60)
    months = check_whole(months, field="months", low=0, high=11)
    applied = rules_or_national(rules)
    percentages = applied.resolve(CREDIT_PERCENTAGES)
    coefficients = applied.resolve(CREDIT_COEFFICIENTS)
    places = applied.resolve(CREDIT_PLACES)
    annual = Fraction(percentages.value[predicate]) / 100 * Fraction(coefficients.value[level])
    whole = round_half_up(years * annual, places.value)
    part = round_half_up(Fraction(months, 12) * annual, places.value)
    total = whole + part
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "AK pengangkatan pertama = bulat(tahun × p × k) + bulat(bulan / 12 × p × k)",
                    "AK of an initial appointment = round(years × p × k) + round(months / 12 × "
                    "p × k)",
                ),
                inputs=(
                    ("level", level),
                    ("predicate", predicate),
                    ("years", years),
                    ("months", months),
                ),
                parameters=[
                    percentages.use(percentages.value[predicate], entry=predicate.value),
                    coefficients.use(coefficients.value[level], entry=level.value),
                    places.use(),
                ],
                result=total,
                citation=_INITIAL_CITATION,
                fact=Text("AK pengangkatan pertama", "AK of the initial appointment"),
            )
        )
    return total


@explained_by(explains_value(_initial_of))
def initial_credit_points(
    level: FunctionalLevel,
    predicate: Predicate,
    *,
    years: int,
    months: int = 0,
    rules: Rules | None = None,
) -> Decimal:
    """The angka kredit of an initial appointment for prior service (whole years, then months).

    `round(years × p × k, 2) + round(months / 12 × p × k, 2)`, p the predikat's percentage and k
    the jenjang's annual coefficient, as one public program with its own test suite reads
    Peraturan BKN 3/2023 (tagged software-encoded in the explanation).

    Args:
        level: The jenjang of the appointment.
        predicate: The predikat the prior service is converted with.
        years: Whole years of prior service (0 to 60).
        months: Remaining months (0 to 11).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The AK.

    Raises:
        InvalidValueError: If an argument is out of its range or of the wrong type.

    Examples:
        >>> initial_credit_points(FunctionalLevel.AHLI_MUDA, Predicate.GOOD, years=2, months=3)
        Decimal('56.25')
    """
    return _initial_of(level, predicate, years=years, months=months, rules=rules)


def _appointment_of(
    rank: Rank, level: FunctionalLevel, *, rules: Rules | None = None, trace: Trace = None
) -> Decimal:
    rank = check_member(rank, Rank, field="rank")
    level = check_member(level, FunctionalLevel, field="level")
    flat = rules_or_national(rules).resolve(APPOINTMENT_CREDIT)
    if level is not flat.value.level or rank not in flat.value.ranks:
        ranks = ", ".join(r.value for r in flat.value.ranks)
        raise InvalidValueError(
            "rank",
            rank.value,
            f"the flat AK applies to a pelaksana in {ranks} appointed {flat.value.level.value}",
            reason_id=f"AK tetap hanya berlaku bagi pelaksana golongan {ranks} yang diangkat "
            f"{flat.value.level.value}",
            code="not_applicable",
        )
    if trace is not None:
        trace.append(
            Step(
                Text("AK tetap pengangkatan pelaksana", "Flat AK of an appointed pelaksana"),
                inputs=(("rank", rank), ("level", level)),
                parameters=[flat.use()],
                result=flat.value.amount,
                fact=Text("AK pengangkatan", "AK of the appointment"),
            )
        )
    return flat.value.amount


@explained_by(explains_value(_appointment_of))
def appointment_credit_points(
    rank: Rank, level: FunctionalLevel, *, rules: Rules | None = None
) -> Decimal:
    """The flat angka kredit of a pelaksana appointed to a first jenjang (100 AK, Ahli Pertama).

    Args:
        rank: The pelaksana's golongan ruang (III/c, III/d or IV/a nationally).
        level: The jenjang of the appointment (Ahli Pertama nationally).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The AK.

    Raises:
        InvalidValueError: If the flat AK does not apply to that rank and jenjang.

    Examples:
        >>> appointment_credit_points(Rank.IV_A, FunctionalLevel.AHLI_PERTAMA)
        Decimal('100')
    """
    return _appointment_of(rank, level, rules=rules)


def _education_of(
    level: FunctionalLevel,
    predicate: Predicate,
    *,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Decimal:
    level = check_member(level, FunctionalLevel, field="level")
    predicate = check_member(predicate, Predicate, field="predicate")
    applied = rules_or_national(rules)
    rule = applied.resolve(EDUCATION_CREDIT)
    places = applied.resolve(CREDIT_PLACES)
    base: Decimal
    if rule.value.base is EducationCreditBase.ANNUAL_COEFFICIENT:
        base = applied[CREDIT_COEFFICIENTS][level]
    else:
        requirement = requirement_of(level, rules=applied, trace=trace)
        found = (
            requirement.rank_promotion
            if rule.value.base is EducationCreditBase.RANK_PROMOTION
            else requirement.level_promotion
        )
        base = requirement.rank_promotion if found is None else found
    awarded = predicate.rank >= rule.value.minimum_predicate.rank
    amount = (
        round_half_up(Fraction(rule.value.share) / 100 * Fraction(base), places.value)
        if awarded
        else round_half_up(0, places.value)
    )
    if trace is not None:
        trace.append(
            Step(
                Text("AK pendidikan", "Education AK"),
                inputs=(("level", level), ("predicate", predicate), ("base", base)),
                parameters=[rule.use(), places.use()],
                result=amount,
                fact=Text("AK pendidikan", "Education AK"),
            )
        )
    return amount


@explained_by(explains_value(_education_of))
def education_credit_points(
    level: FunctionalLevel, predicate: Predicate, *, rules: Rules | None = None
) -> Decimal:
    """The angka kredit for a higher degree recognised in the jabatan (the education bonus).

    Nationally 25 % of the AK the jenjang needs for kenaikan pangkat, awarded only in a year
    whose predikat is at least Baik (0 otherwise); share, base and lowest predikat are one
    parameter ([`EDUCATION_CREDIT`][kinerja_core.careers.EDUCATION_CREDIT]).

    Args:
        level: The jenjang.
        predicate: The predikat of the year the degree is recognised.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The AK (`0.00` when the predikat is below the minimum).

    Examples:
        >>> education_credit_points(FunctionalLevel.AHLI_MUDA, Predicate.GOOD)
        Decimal('25.00')
        >>> education_credit_points(FunctionalLevel.AHLI_MUDA, Predicate.NEEDS_IMPROVEMENT)
        Decimal('0.00')
    """
    return _education_of(level, predicate, rules=rules)


def _after_of(
    ledger: CreditLedger,
    kind: PromotionKind,
    *,
    on: date,
    rules: Rules | None = None,
    trace: Trace = None,
) -> CreditLedger:
    if not isinstance(ledger, CreditLedger):
        raise InvalidValueError(
            "ledger",
            ledger,
            "must be a CreditLedger",
            reason_id="harus berupa CreditLedger",
            code="wrong_type",
        )
    kind = check_member(kind, PromotionKind, field="kind")
    on = check_date(on, field="on")
    applied = rules_or_national(rules)
    requirement = requirement_of(ledger.level, rules=applied, trace=trace)
    needed: Decimal
    if kind is PromotionKind.RANK:
        needed = requirement.rank_promotion
        surplus = applied.resolve(SURPLUS_AFTER_RANK_PROMOTION)
        level = ledger.level
        counted = ledger.total
    else:
        surplus = applied.resolve(SURPLUS_AFTER_LEVEL_PROMOTION)
        following = ledger.level.next_level
        if requirement.level_promotion is None or following is None:
            raise InvalidValueError(
                "ledger",
                ledger.level.value,
                "this jenjang has no next jenjang",
                reason_id="jenjang ini tidak memiliki jenjang berikutnya",
                code="not_applicable",
            )
        needed = requirement.level_promotion
        level = following
        counted = ledger.cumulative
    total = ledger.total
    if counted < needed:
        raise InvalidValueError(
            "ledger",
            counted,
            f"the total {counted} is below the {needed} AK the promotion needs",
            reason_id=f"jumlah {counted} kurang dari {needed} AK yang diperlukan",
            code="out_of_range",
        )
    if surplus.value is Surplus.ALL:
        kept: tuple[CreditEntry, ...] = ledger.entries
    elif surplus.value is Surplus.KEPT and counted > needed:
        kept = (CreditEntry(CreditSource.CARRIED_OVER, min(total, counted - needed), on),)
    else:
        kept = ()
    after = CreditLedger(level, kept)
    if kind is PromotionKind.RANK:
        # the AK taken out of the entries still count toward kenaikan jenjang: a kenaikan
        # pangkat never changes the cumulative AK of the jenjang
        after = CreditLedger(level, kept, ledger.cumulative - after.total)
    if trace is not None:
        trace.append(
            Step(
                Text("AK yang tersisa setelah kenaikan", "AK left after the promotion"),
                inputs=(
                    ("kind", kind),
                    ("total" if kind is PromotionKind.RANK else "cumulative", counted),
                    ("required", needed),
                ),
                parameters=[surplus.use()],
                result=after.total,
                fact=Text("AK yang dibawa", "AK carried over"),
            )
        )
    return after


@explained_by(explains_value(_after_of))
def ledger_after_promotion(
    ledger: CreditLedger, kind: PromotionKind, *, on: date, rules: Rules | None = None
) -> CreditLedger:
    """What an angka kredit ledger keeps after kenaikan pangkat or kenaikan jenjang.

    Kenaikan pangkat needs the ledger's `total` to reach the jenjang's kenaikan pangkat figure;
    the ledger stays in its jenjang, and the AK taken out of its entries are added to
    `used_for_rank_promotions`, so they still count toward kenaikan jenjang (a kenaikan pangkat
    never changes the ledger's `cumulative` AK). Kenaikan jenjang needs the `cumulative` AK
    (every AK earned in the jenjang) to reach the kenaikan jenjang figure; the ledger moves to
    the next jenjang and starts its count afresh.

    What stays in the entries is a parameter per kind, marked UNCONFIRMED:
    `SURPLUS_AFTER_RANK_PROMOTION` (nationally `Surplus.KEPT`: the AK above the kenaikan
    pangkat figure stay available for the next kenaikan pangkat) and
    `SURPLUS_AFTER_LEVEL_PROMOTION` (nationally `Surplus.FORFEITED`: nothing moves to the next
    jenjang; `KEPT` would carry the cumulative AK above the kenaikan jenjang figure). Only
    kenaikan jenjang forfeits AK of the jenjang's cumulative count.

    Args:
        ledger: The ledger before the promotion.
        kind: Kenaikan pangkat or kenaikan jenjang.
        on: The date of the promotion (the carried-over entry is recorded on it).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The new ledger.

    Raises:
        InvalidValueError: If the ledger's total (kenaikan pangkat) or cumulative AK
            (kenaikan jenjang) is below the requirement, or a kenaikan jenjang is asked of a
            jenjang without a next one.

    Examples:
        >>> ledger = CreditLedger(FunctionalLevel.AHLI_PERTAMA, [
        ...     CreditEntry(CreditSource.CONVERSION, "56.25", date(2027, 12, 31))])
        >>> after = ledger_after_promotion(ledger, PromotionKind.RANK, on=date(2028, 4, 1))
        >>> after.total, after.used_for_rank_promotions, after.cumulative
        (Decimal('6.25'), Decimal('50.00'), Decimal('56.25'))
    """
    return _after_of(ledger, kind, on=on, rules=rules)
