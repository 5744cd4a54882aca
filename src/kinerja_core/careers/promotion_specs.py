"""Vocabulary and parameter specs of kenaikan pangkat, kenaikan jenjang, KGB and the one scale.

No data, no formulas: the national values, with their citations, are in
`kinerja_core.national.careers`; the rules are in `kinerja_core.careers.promotions` and
`kinerja_core.careers.salary`.

**One scale across regimes.** A history that reaches back before 2022 holds PP 46/2011
categories and PP 30/2019 predikat. Conditions written for one vocabulary ("every element at
least baik", "rata-rata sekurang-kurangnya cukup", "Sangat Baik 2 years in a row") read such a
history through a mapping of each earlier result onto the 2022 predikat
([`PP46_SCALE`][kinerja_core.careers.PP46_SCALE],
[`PP30_SCALE`][kinerja_core.careers.PP30_SCALE]): a reading, not regulation, and a parameter a
policy can override.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import a_bool, check_whole, instance_check, member_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Lang, check_lang
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import LookupMatrix, matrix_check
from kinerja_core.legacy.pp30_2019_specs import Pp30Predicate
from kinerja_core.legacy.pp46_2011_specs import PerformanceCategory
from kinerja_core.performance.ratings import Predicate

__all__ = [
    "LEVEL_PROMOTION_RULE",
    "PP30_SCALE",
    "PP46_SCALE",
    "PPPK_SALARY_STEP_RULE",
    "PROMOTION_DATES",
    "PROMOTION_ROUTES",
    "REWARD_RULES",
    "SALARY_STEP_MINIMUM",
    "SALARY_STEP_RULE",
    "SERVICE_MEDAL_YEARS",
    "LevelPromotionRule",
    "PromotionRoute",
    "Reward",
    "RewardRule",
    "RouteRule",
    "SalaryStepRule",
    "ServiceMedal",
]


class PromotionRoute(LabelledEnum):
    """A route of kenaikan pangkat (PP 99/2000 as amended by PP 12/2002)."""

    REGULAR = "Reguler"
    STRUCTURAL = "Pilihan: jabatan struktural"
    FUNCTIONAL = "Pilihan: jabatan fungsional"
    OUTSTANDING = "Pilihan: prestasi kerja luar biasa"
    DIPLOMA = "Pilihan: memperoleh ijazah"

    @classmethod
    def _english(cls) -> dict[PromotionRoute, str]:
        return {
            cls.REGULAR: "Regular",
            cls.STRUCTURAL: "By choice: structural post",
            cls.FUNCTIONAL: "By choice: functional position",
            cls.OUTSTANDING: "By choice: outstanding achievement",
            cls.DIPLOMA: "By choice: a new diploma",
        }


def _whole(low: int, high: int) -> Any:  # noqa: ANN401 (an attrs validator)
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_whole(value, field=attribute.name, low=low, high=high)

    return check


@attrs.frozen
class RouteRule(Document):
    """What one route of kenaikan pangkat requires.

    Attributes:
        years_in_rank: Whole years in the last pangkat (masa kerja dalam pangkat terakhir).
        lookback_years: How many of the latest years of appraisal must each reach
            `minimum_predicate`.
        minimum_predicate: The lowest annual result allowed in those years (on the 2022
            scale: "baik" is `Predicate.GOOD`, "amat baik" is `Predicate.VERY_GOOD`).
        credit_points: Whether the angka kredit for kenaikan pangkat must be met.
        examination: Whether an examination (ujian kenaikan pangkat) must be passed.
        post: Whether a structural post must be held for `years_in_rank` years too.
    """

    years_in_rank: int = attrs.field(validator=_whole(0, 10))
    lookback_years: int = attrs.field(validator=_whole(1, 5))
    minimum_predicate: Predicate = attrs.field(validator=member_of(Predicate))
    credit_points: bool = attrs.field(default=False, validator=a_bool, kw_only=True)
    examination: bool = attrs.field(default=False, validator=a_bool, kw_only=True)
    post: bool = attrs.field(default=False, validator=a_bool, kw_only=True)

    def label(self, lang: Lang) -> str:
        """The rule in words, e.g. `"4 tahun dalam pangkat; 2 tahun terakhir paling rendah Baik"`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The label.
        """
        least = self.minimum_predicate.label(lang)
        if check_lang(lang) == "id":
            return (
                f"{self.years_in_rank} tahun dalam pangkat; {self.lookback_years} tahun "
                f"terakhir paling rendah {least}"
            )
        return (
            f"{self.years_in_rank} years in rank; the last {self.lookback_years} years at "
            f"least {least}"
        )


@attrs.frozen
class LevelPromotionRule(Document):
    """What kenaikan jenjang requires besides the angka kredit, formasi and competency test.

    Attributes:
        years_in_level: Whole years in the current jenjang.
        minimum_predicate: The lowest predikat of the latest year.
    """

    years_in_level: int = attrs.field(validator=_whole(0, 10))
    minimum_predicate: Predicate = attrs.field(validator=member_of(Predicate))

    def label(self, lang: Lang) -> str:
        """The rule in words.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The label.
        """
        least = self.minimum_predicate.label(lang)
        if check_lang(lang) == "id":
            return f"{self.years_in_level} tahun dalam jenjang; predikat paling rendah {least}"
        return f"{self.years_in_level} years in the jenjang; predikat at least {least}"


def _dates(value: object) -> tuple[tuple[int, int], ...]:
    if not isinstance(value, Sequence) or isinstance(value, str) or not value:
        raise InvalidValueError(
            "promotion_dates",
            value,
            "must be a non-empty sequence of (month, day) pairs",
            reason_id="harus berupa daftar pasangan (bulan, tanggal) yang tidak kosong",
            code="wrong_type",
        )
    pairs: list[tuple[int, int]] = []
    for item in value:
        if not (isinstance(item, Sequence) and len(item) == 2):
            raise InvalidValueError(
                "promotion_dates",
                item,
                "each date must be a (month, day) pair",
                reason_id="setiap tanggal harus berupa pasangan (bulan, tanggal)",
                code="wrong_type",
            )
        month = check_whole(item[0], field="promotion_dates", low=1, high=12)
        day = check_whole(item[1], field="promotion_dates", low=1, high=28)
        pairs.append((month, day))
    ordered = tuple(sorted(set(pairs)))
    if len(ordered) != len(pairs):
        raise InvalidValueError(
            "promotion_dates",
            value,
            "the dates must differ",
            reason_id="tanggal-tanggalnya harus berbeda",
            code="duplicate",
        )
    return ordered


PROMOTION_ROUTES: ParameterSpec[LookupMatrix[RouteRule]] = ParameterSpec(
    "promotion_routes",
    "What each route of kenaikan pangkat requires.",
    matrix_check("promotion_routes", PromotionRoute, RouteRule),
)
"""Parameter: the requirements of each route of kenaikan pangkat."""

PROMOTION_DATES: ParameterSpec[tuple[tuple[int, int], ...]] = ParameterSpec(
    "promotion_dates",
    "The dates of the year on which a kenaikan pangkat takes effect, as (month, day) pairs.",
    _dates,
)
"""Parameter: the periode kenaikan pangkat (1 January, 1 April, 1 July and 1 October under the
original PP 99/2000; 1 April and 1 October since PP 12/2002)."""

LEVEL_PROMOTION_RULE: ParameterSpec[LevelPromotionRule] = ParameterSpec(
    "level_promotion_rule",
    "Years in the jenjang and lowest predikat for kenaikan jenjang.",
    instance_check(LevelPromotionRule, "level_promotion_rule", "must be a LevelPromotionRule"),
)
"""Parameter: the years in the jenjang and the predikat kenaikan jenjang needs."""

PP46_SCALE: ParameterSpec[LookupMatrix[Predicate]] = ParameterSpec(
    "pp46_scale",
    "The 2022 predikat a PP 46/2011 category counts as in conditions on histories.",
    matrix_check("pp46_scale", PerformanceCategory, Predicate),
)
"""Parameter: PP 46/2011 categories on the 2022 predikat scale (a reading, not regulation)."""

PP30_SCALE: ParameterSpec[LookupMatrix[Predicate]] = ParameterSpec(
    "pp30_scale",
    "The 2022 predikat a PP 30/2019 predikat counts as in conditions on histories.",
    matrix_check("pp30_scale", Pp30Predicate, Predicate),
)
"""Parameter: PP 30/2019 predikat on the 2022 predikat scale (a reading, not regulation)."""


@attrs.frozen
class SalaryStepRule(Document):
    """The rhythm and conditions of a kenaikan gaji berkala (KGB).

    Attributes:
        interval_years: Years of masa kerja golongan between two KGBs.
        lookback_years: The latest appraisal years the performance condition reads.
        each_year: Whether every one of those years must reach the minimum (PPPK) rather than
            their average (PNS: "nilai rata-rata sekurang-kurangnya cukup").
        minimum_predicate: The lowest result (each year, or the average) on the 2022 scale;
            for PNS the separate, marked
            [`SALARY_STEP_MINIMUM`][kinerja_core.careers.SALARY_STEP_MINIMUM] applies instead,
            when this is `None`.
        max_postponement_months: The longest one postponement may last.
        contract_years: For PPPK, the contract must be longer than this many years (else `None`).
        exceptional_years: Consecutive latest years at Sangat Baik for kenaikan gaji istimewa.
    """

    interval_years: int = attrs.field(validator=_whole(1, 10))
    lookback_years: int = attrs.field(validator=_whole(1, 5))
    each_year: bool = attrs.field(validator=a_bool)
    minimum_predicate: Predicate | None = attrs.field(
        default=None, validator=attrs.validators.optional(member_of(Predicate)), kw_only=True
    )
    max_postponement_months: int = attrs.field(default=12, validator=_whole(1, 24), kw_only=True)
    contract_years: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(_whole(0, 30)), kw_only=True
    )
    exceptional_years: int = attrs.field(default=1, validator=_whole(1, 5), kw_only=True)

    def label(self, lang: Lang) -> str:
        """The rule in words.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The label.
        """
        if check_lang(lang) == "id":
            return (
                f"setiap {self.interval_years} tahun; penilaian {self.lookback_years} tahun "
                f"terakhir; penundaan paling lama {self.max_postponement_months} bulan"
            )
        return (
            f"every {self.interval_years} years; the appraisals of the last "
            f"{self.lookback_years} years; postponed at most {self.max_postponement_months} months"
        )


SALARY_STEP_RULE: ParameterSpec[SalaryStepRule] = ParameterSpec(
    "salary_step_rule",
    "The rhythm, appraisal window and postponement of a PNS kenaikan gaji berkala.",
    instance_check(SalaryStepRule, "salary_step_rule", "must be a SalaryStepRule"),
)
"""Parameter: the KGB of a PNS (PP 7/1977 Pasal 11-14)."""

SALARY_STEP_MINIMUM: ParameterSpec[Predicate] = ParameterSpec(
    "salary_step_minimum",
    "The 2022 predikat the average appraisal must reach for a PNS KGB ('cukup').",
    instance_check(Predicate, "salary_step_minimum", "must be a Predicate"),
)
"""Parameter: how PP 7/1977's "sekurang-kurangnya cukup" reads on the 2022 predikat (marked:
stated nowhere; some regions require Baik)."""

PPPK_SALARY_STEP_RULE: ParameterSpec[SalaryStepRule] = ParameterSpec(
    "pppk_salary_step_rule",
    "The rhythm, contract length and performance condition of a PPPK kenaikan gaji berkala.",
    instance_check(SalaryStepRule, "pppk_salary_step_rule", "must be a SalaryStepRule"),
)
"""Parameter: the KGB of a PPPK (PermenPANRB 7/2023)."""


class ServiceMedal(LabelledEnum):
    """A class of the Satyalancana Karya Satya (PP 35/2010 Pasal 22): X, XX or XXX years."""

    X = "Satyalancana Karya Satya X Tahun"
    XX = "Satyalancana Karya Satya XX Tahun"
    XXX = "Satyalancana Karya Satya XXX Tahun"

    @classmethod
    def _english(cls) -> dict[ServiceMedal, str]:
        return {
            cls.X: "Long Service Medal, 10 years",
            cls.XX: "Long Service Medal, 20 years",
            cls.XXX: "Long Service Medal, 30 years",
        }

    @classmethod
    def _variants(cls) -> dict[str, ServiceMedal]:
        return {"x": cls.X, "xx": cls.XX, "xxx": cls.XXX}


SERVICE_MEDAL_YEARS: ParameterSpec[LookupMatrix[int]] = ParameterSpec(
    "service_medal_years",
    "The years of continuous service each class of the Satyalancana Karya Satya needs.",
    matrix_check("service_medal_years", ServiceMedal, int),
)
"""Parameter: 10, 20 and 30 years of continuous service (PP 35/2010 Pasal 22)."""


class Reward(LabelledEnum):
    """A reward or priority that may follow from good years (institution policy)."""

    CERTIFICATE = "Sertifikat penghargaan"
    FINANCIAL_INCENTIVE = "Insentif keuangan"
    ADVANCED_TRAINING = "Pendidikan dan pelatihan lanjutan"
    TALENT_POOL = "Prioritas kelompok rencana suksesi"
    DEVELOPMENT = "Prioritas pengembangan kompetensi"

    @classmethod
    def _english(cls) -> dict[Reward, str]:
        return {
            cls.CERTIFICATE: "Certificate of appreciation",
            cls.FINANCIAL_INCENTIVE: "Financial incentive",
            cls.ADVANCED_TRAINING: "Advanced training",
            cls.TALENT_POOL: "Priority for the talent pool",
            cls.DEVELOPMENT: "Priority for competency development",
        }


@attrs.frozen
class RewardRule(Document):
    """What a reward needs: consecutive latest years, each at least a predikat.

    Attributes:
        consecutive_years: How many consecutive years, ending with the latest, must qualify.
        minimum_predicate: The lowest predikat of each of those years (on the 2022 scale).
    """

    consecutive_years: int = attrs.field(validator=_whole(1, 10))
    minimum_predicate: Predicate = attrs.field(validator=member_of(Predicate))

    def label(self, lang: Lang) -> str:
        """The rule in words, e.g. `"2 tahun berturut-turut paling rendah Sangat Baik"`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The label.
        """
        least = self.minimum_predicate.label(lang)
        if check_lang(lang) == "id":
            return f"{self.consecutive_years} tahun berturut-turut paling rendah {least}"
        return f"{self.consecutive_years} consecutive years at least {least}"


REWARD_RULES: ParameterSpec[LookupMatrix[RewardRule]] = ParameterSpec(
    "reward_rules",
    "What each reward or priority needs (institution policy with a national default).",
    matrix_check("reward_rules", Reward, RewardRule),
)
"""Parameter: the rule of each reward (PP 30/2019 Pasal 53 for the two priorities; the rest a
documented default for institutions to set)."""
