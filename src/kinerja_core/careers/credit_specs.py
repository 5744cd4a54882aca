"""Vocabulary and parameter specs of angka kredit (no data, no formulas).

The jenjang of the jabatan fungsional ([`FunctionalLevel`][kinerja_core.careers.FunctionalLevel]),
their category and golongan, and the specs of the angka kredit tables of PermenPANRB 1/2023 and
Peraturan BKN 3/2023. The national values, with their citations, are data in
`kinerja_core.national.careers`; the rules that read them are in
`kinerja_core.careers.credits`.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import attrs

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import (
    instance_check,
    member_of,
    optional_places,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Lang, check_lang, render_number, render_value
from kinerja_core.core.numbers import to_decimal
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import LookupMatrix, matrix_check
from kinerja_core.performance.ratings import Predicate

__all__ = [
    "APPOINTMENT_CREDIT",
    "CREDIT_COEFFICIENTS",
    "CREDIT_PERCENTAGES",
    "CREDIT_PLACES",
    "CREDIT_REQUIREMENTS",
    "CREDIT_YEAR_RULE",
    "EDUCATION_CREDIT",
    "SURPLUS_AFTER_LEVEL_PROMOTION",
    "SURPLUS_AFTER_RANK_PROMOTION",
    "AppointmentCredit",
    "CreditRequirement",
    "CreditYearRule",
    "EducationCreditBase",
    "EducationCreditRule",
    "FunctionalCategory",
    "FunctionalLevel",
    "Rank",
    "Surplus",
]


class Rank(LabelledEnum):
    """A golongan ruang (pangkat) of a PNS, I/a up to IV/e (PP 99/2000 Lampiran I).

    Values are the official notation (`"III/a"`); `.rank` orders them from 1 (I/a) to 17 (IV/e).
    """

    I_A = "I/a"
    I_B = "I/b"
    I_C = "I/c"
    I_D = "I/d"
    II_A = "II/a"
    II_B = "II/b"
    II_C = "II/c"
    II_D = "II/d"
    III_A = "III/a"
    III_B = "III/b"
    III_C = "III/c"
    III_D = "III/d"
    IV_A = "IV/a"
    IV_B = "IV/b"
    IV_C = "IV/c"
    IV_D = "IV/d"
    IV_E = "IV/e"

    @classmethod
    def _english(cls) -> dict[Rank, str]:
        return {member: f"Grade {member.value}" for member in cls}

    @property
    def rank(self) -> int:
        """Order of the golongan ruang: 1 (I/a) up to 17 (IV/e)."""
        return _RANK_ORDER[self]

    @property
    def next(self) -> Rank | None:
        """The golongan ruang one step higher (`None` for IV/e)."""
        order = list(Rank)
        position = order.index(self)
        return order[position + 1] if position + 1 < len(order) else None


_RANK_ORDER = {member: number for number, member in enumerate(Rank, 1)}


class FunctionalCategory(LabelledEnum):
    """The category of a jabatan fungsional: keahlian (expertise) or keterampilan (skill)."""

    EXPERTISE = "Keahlian"
    SKILL = "Keterampilan"

    @classmethod
    def _english(cls) -> dict[FunctionalCategory, str]:
        return {cls.EXPERTISE: "Expertise", cls.SKILL: "Skill"}


class FunctionalLevel(LabelledEnum):
    """A jenjang of a jabatan fungsional (PermenPANRB 1/2023).

    Four keahlian levels (Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama) and four
    keterampilan levels (Pemula, Terampil, Mahir, Penyelia), each with its category and the
    golongan ruang it spans.

    Examples:
        >>> FunctionalLevel.parse("ahli  muda")
        <FunctionalLevel.AHLI_MUDA: 'Ahli Muda'>
        >>> level = FunctionalLevel.AHLI_MUDA
        >>> level.category.value, [rank.value for rank in level.ranks]
        ('Keahlian', ['III/c', 'III/d'])
        >>> level.next_level
        <FunctionalLevel.AHLI_MADYA: 'Ahli Madya'>
    """

    AHLI_PERTAMA = "Ahli Pertama"
    AHLI_MUDA = "Ahli Muda"
    AHLI_MADYA = "Ahli Madya"
    AHLI_UTAMA = "Ahli Utama"
    PEMULA = "Pemula"
    TERAMPIL = "Terampil"
    MAHIR = "Mahir"
    PENYELIA = "Penyelia"

    @classmethod
    def _english(cls) -> dict[FunctionalLevel, str]:
        return {
            cls.AHLI_PERTAMA: "First expert",
            cls.AHLI_MUDA: "Junior expert",
            cls.AHLI_MADYA: "Intermediate expert",
            cls.AHLI_UTAMA: "Senior expert",
            cls.PEMULA: "Beginner",
            cls.TERAMPIL: "Skilled",
            cls.MAHIR: "Proficient",
            cls.PENYELIA: "Supervisor",
        }

    @classmethod
    def _variants(cls) -> dict[str, FunctionalLevel]:
        return {
            "jf ahli pertama": cls.AHLI_PERTAMA,
            "jf ahli muda": cls.AHLI_MUDA,
            "jf ahli madya": cls.AHLI_MADYA,
            "jf ahli utama": cls.AHLI_UTAMA,
        }

    @property
    def category(self) -> FunctionalCategory:
        """Keahlian for the four Ahli levels, keterampilan for the other four."""
        return FunctionalCategory.EXPERTISE if self in _EXPERTISE else FunctionalCategory.SKILL

    @property
    def ranks(self) -> tuple[Rank, ...]:
        """The golongan ruang of the level, lowest first (e.g. III/a, III/b for Ahli Pertama)."""
        low, high = _RANK_RANGE[self]
        return tuple(r for r in Rank if low.rank <= r.rank <= high.rank)

    @property
    def next_level(self) -> FunctionalLevel | None:
        """The next jenjang of the same category (`None` for Ahli Utama and Penyelia)."""
        return _NEXT_LEVEL.get(self)

    @property
    def rank(self) -> int:
        """Order within the category: 1 (Ahli Pertama, Pemula) up to 4 (Ahli Utama, Penyelia)."""
        return _LEVEL_ORDER[self]


_EXPERTISE = frozenset(
    {
        FunctionalLevel.AHLI_PERTAMA,
        FunctionalLevel.AHLI_MUDA,
        FunctionalLevel.AHLI_MADYA,
        FunctionalLevel.AHLI_UTAMA,
    }
)
_RANK_RANGE = {
    FunctionalLevel.AHLI_PERTAMA: (Rank.III_A, Rank.III_B),
    FunctionalLevel.AHLI_MUDA: (Rank.III_C, Rank.III_D),
    FunctionalLevel.AHLI_MADYA: (Rank.IV_A, Rank.IV_C),
    FunctionalLevel.AHLI_UTAMA: (Rank.IV_D, Rank.IV_E),
    FunctionalLevel.PEMULA: (Rank.II_A, Rank.II_A),
    FunctionalLevel.TERAMPIL: (Rank.II_B, Rank.II_D),
    FunctionalLevel.MAHIR: (Rank.III_A, Rank.III_B),
    FunctionalLevel.PENYELIA: (Rank.III_C, Rank.III_D),
}
_NEXT_LEVEL = {
    FunctionalLevel.AHLI_PERTAMA: FunctionalLevel.AHLI_MUDA,
    FunctionalLevel.AHLI_MUDA: FunctionalLevel.AHLI_MADYA,
    FunctionalLevel.AHLI_MADYA: FunctionalLevel.AHLI_UTAMA,
    FunctionalLevel.PEMULA: FunctionalLevel.TERAMPIL,
    FunctionalLevel.TERAMPIL: FunctionalLevel.MAHIR,
    FunctionalLevel.MAHIR: FunctionalLevel.PENYELIA,
}
_LEVEL_ORDER = {
    FunctionalLevel.AHLI_PERTAMA: 1,
    FunctionalLevel.AHLI_MUDA: 2,
    FunctionalLevel.AHLI_MADYA: 3,
    FunctionalLevel.AHLI_UTAMA: 4,
    FunctionalLevel.PEMULA: 1,
    FunctionalLevel.TERAMPIL: 2,
    FunctionalLevel.MAHIR: 3,
    FunctionalLevel.PENYELIA: 4,
}


def _amount(value: object, field: str) -> Decimal:
    amount = to_decimal(value, field=field)
    if amount < 0:
        raise InvalidValueError(
            field, value, "must not be negative", reason_id="tidak boleh negatif", code="negative"
        )
    return amount


def _rank_amount(value: object) -> Decimal:
    return _amount(value, "rank_promotion")


def _flat_amount(value: object) -> Decimal:
    return _amount(value, "amount")


def _optional_amount(value: object) -> Decimal | None:
    return None if value is None else _amount(value, "level_promotion")


@attrs.frozen
class CreditRequirement(Document):
    """The cumulative angka kredit a jenjang needs for kenaikan pangkat and kenaikan jenjang.

    Attributes:
        rank_promotion: The cumulative AK for kenaikan pangkat within the jenjang.
        level_promotion: The cumulative AK for kenaikan jenjang, or `None` where the jenjang
            has no next jenjang (Ahli Utama, Penyelia).
    """

    rank_promotion: Decimal = attrs.field(converter=_rank_amount)
    level_promotion: Decimal | None = attrs.field(default=None, converter=_optional_amount)

    def label(self, lang: Lang) -> str:
        """The requirement in words, e.g. `"kenaikan pangkat 100, kenaikan jenjang 200"`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The label.
        """
        rank = render_number(self.rank_promotion, lang)
        level = (
            render_value(None, lang)
            if self.level_promotion is None
            else render_number(self.level_promotion, lang)
        )
        if check_lang(lang) == "id":
            return f"kenaikan pangkat {rank}, kenaikan jenjang {level}"
        if self.level_promotion is not None:
            level = f"{level} AK"
        return f"kenaikan pangkat {rank} AK, kenaikan jenjang {level}"


class CreditYearRule(LabelledEnum):
    """How the angka kredit of a year follows from its periodic evaluations.

    Peraturan BKN 3/2023 converts the predikat of each evaluation; programs differ on whether
    the AK of a year is the sum of its periodic AKs or the annual predikat applied to the
    year's active months. The choice is a parameter
    ([`CREDIT_YEAR_RULE`][kinerja_core.careers.credit_specs.CREDIT_YEAR_RULE]).
    """

    PERIODIC_SUM = "Jumlah AK periodik"
    ANNUAL_PREDICATE = "Predikat tahunan atas bulan aktif"

    @classmethod
    def _english(cls) -> dict[CreditYearRule, str]:
        return {
            cls.PERIODIC_SUM: "Sum of the periodic AK",
            cls.ANNUAL_PREDICATE: "Annual predikat over the active months",
        }


class Surplus(LabelledEnum):
    """What a ledger keeps in its entries once a promotion is made.

    `KEPT`: only the AK above the requirement stay (the requirement is used up);
    `FORFEITED`: nothing stays; `ALL`: every entry stays. After kenaikan pangkat the AK taken
    out of the entries still count toward kenaikan jenjang
    ([`CreditLedger.used_for_rank_promotions`][kinerja_core.careers.CreditLedger]) whichever
    value applies; only kenaikan jenjang loses them.
    """

    KEPT = "Kelebihan dibawa"
    FORFEITED = "Hangus"
    ALL = "Seluruhnya tetap dihitung"

    @classmethod
    def _english(cls) -> dict[Surplus, str]:
        return {
            cls.KEPT: "Surplus carried over",
            cls.FORFEITED: "Forfeited",
            cls.ALL: "All keep counting",
        }


class EducationCreditBase(LabelledEnum):
    """The base of the education bonus (the share of which is awarded)."""

    RANK_PROMOTION = "Kebutuhan AK kenaikan pangkat"
    LEVEL_PROMOTION = "Kebutuhan AK kenaikan jenjang"
    ANNUAL_COEFFICIENT = "Koefisien AK tahunan"

    @classmethod
    def _english(cls) -> dict[EducationCreditBase, str]:
        return {
            cls.RANK_PROMOTION: "AK needed for kenaikan pangkat",
            cls.LEVEL_PROMOTION: "AK needed for kenaikan jenjang",
            cls.ANNUAL_COEFFICIENT: "Annual AK coefficient",
        }


def _share(value: object) -> Decimal:
    share = to_decimal(value, field="share")
    if not 0 <= share <= 100:
        raise InvalidValueError(
            "share",
            value,
            "must be a percentage from 0 to 100",
            reason_id="harus persentase dari 0 sampai dengan 100",
            code="out_of_range",
        )
    return share


@attrs.frozen
class EducationCreditRule(Document):
    """The angka kredit awarded for a higher degree (ijazah) recognised in the jabatan.

    Attributes:
        share: The percentage of the base awarded (e.g. `25`).
        base: What the share is taken of.
        minimum_predicate: The lowest predikat of the year in which the bonus may be awarded.
    """

    share: Decimal = attrs.field(converter=_share)
    base: EducationCreditBase = attrs.field(validator=member_of(EducationCreditBase))
    minimum_predicate: Predicate = attrs.field(validator=member_of(Predicate))

    def label(self, lang: Lang) -> str:
        """The rule in words, e.g. `"25 % dari kebutuhan AK kenaikan pangkat, predikat ≥ Baik"`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The label.
        """
        share = render_number(self.share, lang)
        base = self.base.label(lang)
        least = self.minimum_predicate.label(lang)
        if check_lang(lang) == "id":
            base = base[:1].lower() + base[1:]  # "kebutuhan AK …": the acronym keeps its case
            return f"{share} % dari {base}, predikat paling rendah {least}"
        return f"{share} % of the {base}, predikat at least {least}"


def _ranks(value: object) -> tuple[Rank, ...]:
    if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
        raise InvalidValueError(
            "ranks",
            value,
            "must be a collection of Rank",
            reason_id="harus berupa kumpulan Rank",
            code="wrong_type",
        )
    items = list(value)
    for item in items:
        if not isinstance(item, Rank):
            raise InvalidValueError(
                "ranks",
                item,
                "must be a Rank",
                reason_id="harus berupa Rank",
                code="not_a_member",
            )
    return tuple(sorted(set(items), key=lambda rank: rank.rank))


@attrs.frozen
class AppointmentCredit(Document):
    """The flat angka kredit of a pelaksana appointed to a first functional jenjang.

    Attributes:
        level: The jenjang the pelaksana is appointed to (Ahli Pertama).
        amount: The angka kredit given.
        ranks: The golongan ruang of the pelaksana to which it applies (any collection is
            accepted; kept in order, without repeats).
    """

    level: FunctionalLevel = attrs.field(validator=member_of(FunctionalLevel))
    amount: Decimal = attrs.field(converter=_flat_amount)
    ranks: tuple[Rank, ...] = attrs.field(converter=_ranks)

    def label(self, lang: Lang) -> str:
        """The rule in words, e.g. `"100 AK (Ahli Pertama; III/c, III/d, IV/a)"`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The label.
        """
        ranks = ", ".join(r.value for r in self.ranks)
        return f"{render_number(self.amount, lang)} AK ({self.level.value}; {ranks})"


def _places(value: object) -> int:
    places = optional_places(value, field="credit_places")
    if places is None:
        raise InvalidValueError(
            "credit_places",
            value,
            "must be a whole number of decimal places (AK are published rounded)",
            reason_id="harus bilangan bulat jumlah desimal (AK diterbitkan dengan pembulatan)",
            code="wrong_type",
        )
    return places


def _requirements(value: object) -> LookupMatrix[CreditRequirement]:
    cells: object = value
    if isinstance(value, Mapping):
        cells = {
            key: (entry if isinstance(entry, CreditRequirement) else _requirement_from(key, entry))
            for key, entry in value.items()
        }
    return matrix_check("credit_requirements", FunctionalLevel, CreditRequirement)(cells)


def _requirement_from(key: object, entry: object) -> CreditRequirement:
    if isinstance(entry, tuple) and len(entry) == 2:
        return CreditRequirement(entry[0], entry[1])
    raise InvalidValueError(
        "credit_requirements",
        entry,
        f"the entry of {key} must be a CreditRequirement or a (rank, level) pair",
        reason_id=f"isian untuk {key} harus berupa CreditRequirement atau pasangan "
        "(pangkat, jenjang)",
        code="wrong_type",
    )


def _surplus(name: str) -> ParameterSpec[Surplus]:
    return ParameterSpec(
        name,
        f"What happens to the angka kredit above the requirement after a {name.split('_')[-2]} "
        "promotion.",
        instance_check(Surplus, name, "must be a Surplus"),
    )


CREDIT_PERCENTAGES: ParameterSpec[LookupMatrix[Decimal]] = ParameterSpec(
    "credit_percentages",
    "The percentage of the annual AK coefficient each predikat earns.",
    matrix_check("credit_percentages", Predicate, Decimal),
)
"""Parameter: the percentage of the annual coefficient per predikat (Sangat Baik 150 % …)."""

CREDIT_COEFFICIENTS: ParameterSpec[LookupMatrix[Decimal]] = ParameterSpec(
    "credit_coefficients",
    "The annual angka kredit coefficient of each jenjang.",
    matrix_check("credit_coefficients", FunctionalLevel, Decimal),
)
"""Parameter: the annual AK coefficient (koefisien AK tahunan) per jenjang."""

CREDIT_PLACES: ParameterSpec[int] = ParameterSpec(
    "credit_places",
    "Decimal places (half-up) of a published angka kredit.",
    _places,
)
"""Parameter: the decimal places of a published AK (rounded half up)."""

CREDIT_REQUIREMENTS: ParameterSpec[LookupMatrix[CreditRequirement]] = ParameterSpec(
    "credit_requirements",
    "The cumulative angka kredit each jenjang needs for kenaikan pangkat and kenaikan jenjang.",
    _requirements,
)
"""Parameter: the cumulative AK for kenaikan pangkat and jenjang, per jenjang. An override may
give a `CreditRequirement` or a `(rank_promotion, level_promotion)` pair per level."""

CREDIT_YEAR_RULE: ParameterSpec[CreditYearRule] = ParameterSpec(
    "credit_year_rule",
    "Whether a year's angka kredit sums the periodic AK or applies the annual predikat.",
    instance_check(CreditYearRule, "credit_year_rule", "must be a CreditYearRule"),
)
"""Parameter: how a year's AK follows from its periodic evaluations."""

SURPLUS_AFTER_RANK_PROMOTION: ParameterSpec[Surplus] = _surplus("surplus_after_rank_promotion")
"""Parameter: whether AK above the kenaikan pangkat requirement stay available for the next
kenaikan pangkat (the AK used up keep counting toward kenaikan jenjang either way)."""

SURPLUS_AFTER_LEVEL_PROMOTION: ParameterSpec[Surplus] = _surplus("surplus_after_level_promotion")
"""Parameter: whether the cumulative AK above the kenaikan jenjang requirement carry over to the
next jenjang."""

EDUCATION_CREDIT: ParameterSpec[EducationCreditRule] = ParameterSpec(
    "education_credit",
    "The angka kredit for a higher degree: a share of a base, in a year with a good predikat.",
    instance_check(EducationCreditRule, "education_credit", "must be an EducationCreditRule"),
)
"""Parameter: the education bonus (share, base, lowest predikat of the year)."""

APPOINTMENT_CREDIT: ParameterSpec[AppointmentCredit] = ParameterSpec(
    "appointment_credit",
    "The flat angka kredit of a pelaksana appointed to a first functional jenjang.",
    instance_check(AppointmentCredit, "appointment_credit", "must be an AppointmentCredit"),
)
"""Parameter: the flat AK of a pelaksana in III/c–IV/a appointed Ahli Pertama."""
