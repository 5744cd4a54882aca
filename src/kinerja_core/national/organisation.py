"""National data of the `organisation` area: every parameter's national timeline, with citations.

Data only: the specs (what each parameter is and how a value is checked) are in
`kinerja_core.organisation.organisation_specs` and `kinerja_core.organisation.sakip_specs`; the
rules that read the values are in the area's other modules.
"""

from __future__ import annotations

from datetime import date

from kinerja_core.core.explain import Text
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Parameter, Version
from kinerja_core.core.tables import BandTable
from kinerja_core.organisation.organisation_specs import (
    DISTRIBUTION_PATTERN,
    DISTRIBUTION_READINGS,
    IKU_ACHIEVEMENT_LIMITS,
    IKU_AGGREGATION,
    ORGANISATION_PREDICATE_BANDS,
    UNIT_RATING_MAP,
    Bound,
    Clause,
    DistributionReadings,
    DistributionRule,
    IkuAggregation,
    OrganisationPredicate,
)
from kinerja_core.organisation.sakip_specs import (
    LKE_WEIGHTS,
    SAKIP_GRADES,
    LkeComponent,
    SakipGrade,
)
from kinerja_core.performance.achievement_formulas_specs import AchievementLimits
from kinerja_core.performance.ratings import Predicate, Rating

_REGIME_2022 = date(2022, 1, 1)
"""The 2022 cycle (PermenPANRB 6/2022): the organisation's performance is evaluated first."""

_SE_3_2023 = date(2023, 1, 31)
"""SE MenPANRB 3/2023 was signed on 31 January 2023."""

_SB, _B, _BP, _K, _SK = (
    Predicate.VERY_GOOD,
    Predicate.GOOD,
    Predicate.NEEDS_IMPROVEMENT,
    Predicate.POOR,
    Predicate.VERY_POOR,
)

_SE_CITATION = Citation(
    "SE MenPANRB 3/2023",
    Text(
        "pola distribusi predikat kinerja pegawai menurut predikat kinerja organisasi",
        "distribution pattern of employee predikat by organisation predikat",
    ),
    Text(
        "Ditandatangani 31 Januari 2023; angka-angkanya dari satu sumber sekunder. Pola ini "
        "menjadi pertimbangan pimpinan, bukan perubahan predikat otomatis.",
        "Signed 31 January 2023; the numbers come from one secondary source. The pattern is "
        "guidance for the leader, not an automatic change of anyone's predikat.",
    ),
    confidence=Confidence.SECONDARY,
)

_KINERJA_CORE = "kinerja-core"

ORGANISATION_ACHIEVEMENT = (
    Parameter(
        IKU_AGGREGATION,
        [
            Version(
                _REGIME_2022,
                IkuAggregation.PER_INDICATOR,
                Citation(
                    _KINERJA_CORE,
                    Text("agregasi realisasi periodik IKU", "aggregation of periodic IKU results"),
                    Text(
                        "Cara menggabungkan realisasi triwulanan (kumulatif, nilai akhir, "
                        "rata-rata) ditetapkan tiap instansi; nilai bawaan kinerja-core memakai "
                        "aturan agregasi masing-masing indikator.",
                        "How quarterly realisations combine (cumulative, final value, average) "
                        "is each institution's choice; kinerja-core's default uses each "
                        "indicator's own aggregation.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
    Parameter(
        IKU_ACHIEVEMENT_LIMITS,
        [
            Version(
                _REGIME_2022,
                AchievementLimits(cap=None, floor=0),
                Citation(
                    _KINERJA_CORE,
                    Text("batas capaian IKU", "limits of IKU achievement"),
                    Text(
                        "Batas atas capaian IKU ditetapkan tiap instansi (mis. 120 %); nilai "
                        "bawaan kinerja-core tidak membatasi ke atas dan memakai batas bawah 0 %, "
                        "sama dengan capaian indikator individu.",
                        "Each institution sets its own cap on IKU achievement (e.g. 120 %); "
                        "kinerja-core's default has no cap and a floor of 0 %, as for individual "
                        "indicators.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

ORGANISATION_PREDICATE = (
    Parameter(
        ORGANISATION_PREDICATE_BANDS,
        [
            Version(
                _REGIME_2022,
                BandTable.from_lower_edges(
                    [
                        (None, OrganisationPredicate.VERY_POOR),
                        (60, OrganisationPredicate.POOR),
                        (80, OrganisationPredicate.NEEDS_IMPROVEMENT),
                        (100, OrganisationPredicate.GOOD),
                        (101, OrganisationPredicate.EXCEPTIONAL),
                    ],
                    monotone="increasing",
                ),
                Citation(
                    _KINERJA_CORE,
                    Text(
                        "usulan predikat kinerja organisasi dari capaian",
                        "proposed organisation predikat from the achievement",
                    ),
                    Text(
                        "Bukan peraturan: predikat organisasi ditetapkan pimpinan di atasnya dari "
                        "capaian Perjanjian Kinerja dan ekspektasi. Rentangnya meneruskan "
                        "kategori capaian lampiran PermenPANRB 8/2021 (Sangat Baik 101 %, Baik "
                        "100 %, Cukup 80-99 %, Kurang 60-79 %, Sangat Kurang di bawah 60 %), "
                        "sama dengan rentang usulan rating hasil kerja.",
                        "Not regulation: the leader above sets the organisation predikat from the "
                        "Perjanjian Kinerja achievement and expectations. The bands carry over "
                        "the PermenPANRB 8/2021 lampiran capaian categories (Sangat Baik 101 %, "
                        "Baik 100 %, Cukup 80-99 %, Kurang 60-79 %, Sangat Kurang below 60 %), "
                        "like the work-result proposal's bands.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
    Parameter(
        UNIT_RATING_MAP,
        [
            Version(
                _REGIME_2022,
                {
                    OrganisationPredicate.EXCEPTIONAL: Rating.ABOVE_EXPECTATIONS,
                    OrganisationPredicate.GOOD: Rating.MEETS_EXPECTATIONS,
                    OrganisationPredicate.NEEDS_IMPROVEMENT: Rating.BELOW_EXPECTATIONS,
                    OrganisationPredicate.POOR: Rating.BELOW_EXPECTATIONS,
                    OrganisationPredicate.VERY_POOR: Rating.BELOW_EXPECTATIONS,
                },
                Citation(
                    _KINERJA_CORE,
                    Text(
                        "pemetaan predikat organisasi ke rating unit kerja",
                        "mapping of the organisation predikat to the unit's rating",
                    ),
                    Text(
                        "Rating hasil kerja pimpinan unit adalah rating unit yang dipimpinnya, "
                        "tetapi tidak ada sumber yang memetakan lima predikat organisasi ke tiga "
                        "rating. Pemetaan ini (Istimewa → Di Atas, Baik → Sesuai, selebihnya → "
                        "Di Bawah Ekspektasi) asumsi kinerja-core, selaras dengan rentang usulan "
                        "rating hasil kerja.",
                        "A unit head's work-result rating is the rating of the unit they lead, "
                        "but no source maps the five organisation predikat to the three ratings. "
                        "This mapping (Istimewa → Di Atas, Baik → Sesuai, the rest → Di Bawah "
                        "Ekspektasi) is kinerja-core's assumption, in line with the work-result "
                        "proposal's bands.",
                    ),
                    confidence=Confidence.UNCONFIRMED,
                ),
            )
        ],
    ),
)

DISTRIBUTION = (
    Parameter(
        DISTRIBUTION_PATTERN,
        [
            Version(
                _SE_3_2023,
                {
                    OrganisationPredicate.EXCEPTIONAL: DistributionRule(
                        (Clause(_SB, Bound.MOST, 70),)
                    ),
                    OrganisationPredicate.GOOD: DistributionRule(
                        (Clause(_B, Bound.MOST, 70), Clause((_BP, _K), Bound.SOME))
                    ),
                    OrganisationPredicate.NEEDS_IMPROVEMENT: DistributionRule(
                        (Clause(_BP, Bound.AT_LEAST, 60), Clause(_SB, Bound.AT_MOST, 10))
                    ),
                    OrganisationPredicate.POOR: DistributionRule(
                        (
                            Clause(_K, Bound.AT_LEAST, 60),
                            Clause(_BP, Bound.AT_LEAST, 10),
                            Clause(_SB, Bound.AT_MOST, 10),
                        )
                    ),
                    OrganisationPredicate.VERY_POOR: DistributionRule(
                        (
                            Clause(_SK, Bound.AT_LEAST, 60),
                            Clause((_K, _BP), Bound.AT_LEAST, 10),
                            Clause(_SB, Bound.AT_MOST, 0),
                        )
                    ),
                },
                _SE_CITATION,
            )
        ],
    ),
    Parameter(
        DISTRIBUTION_READINGS,
        [
            Version(
                _SE_3_2023,
                DistributionReadings(),
                Citation(
                    _KINERJA_CORE,
                    Text(
                        "tafsiran titik terbuka SE MenPANRB 3/2023",
                        "readings of the open points of SE MenPANRB 3/2023",
                    ),
                    Text(
                        "SE tidak menjelaskan apakah 'sebagian besar (maksimal 70 %)' juga berarti "
                        "lebih dari 50 % (bawaan: hanya batas atas), berapa 'harus ada' (bawaan: "
                        "paling sedikit satu pegawai), dan pembulatan persentase pada unit kecil "
                        "(bawaan: batas bawah dibulatkan ke atas, batas atas ke bawah).",
                        "The SE does not say whether 'sebagian besar (maksimal 70 %)' also means "
                        "more than 50 % (default: the upper bound only), how many 'harus ada' "
                        "needs (default: at least one employee), or how percentages round in "
                        "small units (default: minima rounded up, maxima rounded down).",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

SAKIP = (
    Parameter(
        SAKIP_GRADES,
        [
            Version(
                _REGIME_2022,
                BandTable.from_lower_edges(
                    [
                        (0, SakipGrade.D),
                        (30, SakipGrade.C),
                        (50, SakipGrade.CC),
                        (60, SakipGrade.B),
                        (70, SakipGrade.BB),
                        (80, SakipGrade.A),
                        (90, SakipGrade.AA),
                    ],
                    upper=100,
                    closed="upper",
                    monotone="increasing",
                ),
                Citation(
                    "PermenPANRB 88/2021",
                    Text(
                        "Lampiran (nilai dan interpretasi hasil evaluasi AKIP)",
                        "Lampiran (grades and interpretation of the AKIP evaluation)",
                    ),
                    Text(
                        "Rentang AA > 90-100, A > 80-90, BB > 70-80, B > 60-70, CC > 50-60, "
                        "C > 30-50, D 0-30 menurut dua program; naskahnya belum dibaca. Apakah "
                        "tepat 90 bernilai AA atau A berbeda antarprogram: batas bawah eksklusif "
                        "(90 → A) adalah tafsiran yang lebih mungkin dan pilihan bawaan "
                        "kinerja-core; tanggal berlakunya diambil 1 Januari 2022.",
                        "Bands AA > 90-100, A > 80-90, BB > 70-80, B > 60-70, CC > 50-60, "
                        "C > 30-50, D 0-30 per two programs; the text was not seen. Whether "
                        "exactly 90 is AA or A differs between programs: lower edges exclusive "
                        "(90 → A) is the likelier reading and kinerja-core's default; taken in "
                        "force from 1 January 2022.",
                    ),
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
    Parameter(
        LKE_WEIGHTS,
        [
            Version(
                _REGIME_2022,
                {
                    LkeComponent.PLANNING: 30,
                    LkeComponent.MEASUREMENT: 30,
                    LkeComponent.REPORTING: 15,
                    LkeComponent.INTERNAL_EVALUATION: 25,
                },
                Citation(
                    "PermenPANRB 88/2021",
                    Text("Lampiran (bobot komponen LKE)", "Lampiran (LKE component weights)"),
                    Text(
                        "Bobot 30 / 30 / 15 / 25 menurut satu program; tidak ditemukan dalam "
                        "naskah mana pun.",
                        "Weights 30 / 30 / 15 / 25 per one program; not seen in any text.",
                    ),
                    confidence=Confidence.UNCONFIRMED,
                ),
            )
        ],
    ),
)

PARAMETERS = (*ORGANISATION_ACHIEVEMENT, *ORGANISATION_PREDICATE, *DISTRIBUTION, *SAKIP)
"""Every parameter of the area, in one tuple for the national policy."""
