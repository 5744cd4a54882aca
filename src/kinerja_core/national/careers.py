"""National data of the `careers` area: every parameter's national timeline, with its citations.

Data only: the specs are in `kinerja_core.careers.*_specs`; the rules that read the values are
in the area's other modules.
"""

from __future__ import annotations

from datetime import date

from kinerja_core.careers.credit_specs import (
    APPOINTMENT_CREDIT,
    CREDIT_COEFFICIENTS,
    CREDIT_PERCENTAGES,
    CREDIT_PLACES,
    CREDIT_REQUIREMENTS,
    CREDIT_YEAR_RULE,
    EDUCATION_CREDIT,
    SURPLUS_AFTER_LEVEL_PROMOTION,
    SURPLUS_AFTER_RANK_PROMOTION,
    AppointmentCredit,
    CreditRequirement,
    CreditYearRule,
    EducationCreditBase,
    EducationCreditRule,
    FunctionalLevel,
    Rank,
    Surplus,
)
from kinerja_core.careers.promotion_specs import (
    LEVEL_PROMOTION_RULE,
    PP30_SCALE,
    PP46_SCALE,
    PPPK_SALARY_STEP_RULE,
    PROMOTION_DATES,
    PROMOTION_ROUTES,
    REWARD_RULES,
    SALARY_STEP_MINIMUM,
    SALARY_STEP_RULE,
    SERVICE_MEDAL_YEARS,
    LevelPromotionRule,
    PromotionRoute,
    Reward,
    RewardRule,
    RouteRule,
    SalaryStepRule,
    ServiceMedal,
)
from kinerja_core.core.explain import Text
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Parameter, Version
from kinerja_core.legacy.pp30_2019_specs import Pp30Predicate
from kinerja_core.legacy.pp46_2011_specs import PerformanceCategory
from kinerja_core.performance.ratings import Predicate

_CREDIT_REGIME = date(2023, 1, 1)
"""Angka kredit by conversion of the predikat: performance periods from 2023."""

_L = FunctionalLevel

CREDIT = (
    Parameter(
        CREDIT_PERCENTAGES,
        [
            Version(
                _CREDIT_REGIME,
                {
                    Predicate.VERY_GOOD: 150,
                    Predicate.GOOD: 100,
                    Predicate.NEEDS_IMPROVEMENT: 75,
                    Predicate.POOR: 50,
                    Predicate.VERY_POOR: 25,
                },
                Citation(
                    "Peraturan BKN 3/2023",
                    Text(
                        "Lampiran (konversi predikat kinerja ke angka kredit)",
                        "Lampiran (conversion of the predikat to angka kredit)",
                    ),
                    Text(
                        "Persentase dikutip bahan paparan BKN dan dipakai aplikasi publik; "
                        "naskah lampirannya belum dibaca.",
                        "Percentages as quoted by BKN's slides and used by public programs; "
                        "the lampiran itself was not seen.",
                    ),
                    confidence=Confidence.SECONDARY,
                ),
            )
        ],
    ),
    Parameter(
        CREDIT_COEFFICIENTS,
        [
            Version(
                _CREDIT_REGIME,
                {
                    _L.AHLI_PERTAMA: "12.5",
                    _L.AHLI_MUDA: 25,
                    _L.AHLI_MADYA: "37.5",
                    _L.AHLI_UTAMA: 50,
                    _L.PEMULA: "3.75",
                    _L.TERAMPIL: 5,
                    _L.MAHIR: "12.5",
                    _L.PENYELIA: 25,
                },
                Citation(
                    "PermenPANRB 1/2023",
                    Text(
                        "Lampiran (koefisien angka kredit tahunan)",
                        "Lampiran (annual AK coefficients)",
                    ),
                    Text(
                        "Tiga program yang saling independen (termasuk salinan referensi koefisien "
                        "SIASN) sepakat; koefisien Ahli Muda 25 juga muncul dalam contoh "
                        "Peraturan BKN 3/2023; tabel aslinya belum dibaca.",
                        "Three independent programs agree (one mirrors SIASN's coefficient "
                        "reference); Ahli Muda 25 also appears in a Peraturan BKN 3/2023 example; "
                        "the primary table was not seen.",
                    ),
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
    Parameter(
        CREDIT_PLACES,
        [
            Version(
                _CREDIT_REGIME,
                2,
                Citation(
                    "Peraturan BKN 3/2023",
                    Text("contoh perhitungan angka kredit", "worked examples of angka kredit"),
                    Text(
                        "Contoh BKN menuliskan AK dengan dua desimal (2/12 × 100 % × 12,5 = 2,08); "
                        "pembulatan setengah ke atas pada nilai tepat di tengah (3,125 → 3,13) "
                        "adalah kaidah umum, belum terlihat contoh untuk kasus itu.",
                        "BKN's examples write AK with two decimals (2/12 × 100 % × 12.5 = 2.08); "
                        "rounding a tie half up (3.125 → 3.13) is the schoolbook rule, no "
                        "example of a tie was seen.",
                    ),
                    confidence=Confidence.SECONDARY,
                ),
            )
        ],
    ),
    Parameter(
        CREDIT_REQUIREMENTS,
        [
            Version(
                _CREDIT_REGIME,
                {
                    _L.AHLI_PERTAMA: CreditRequirement(50, 100),
                    _L.AHLI_MUDA: CreditRequirement(100, 200),
                    _L.AHLI_MADYA: CreditRequirement(150, 450),
                    _L.AHLI_UTAMA: CreditRequirement(200, None),
                    _L.PEMULA: CreditRequirement(15, 15),
                    _L.TERAMPIL: CreditRequirement(20, 60),
                    _L.MAHIR: CreditRequirement(50, 100),
                    _L.PENYELIA: CreditRequirement(100, None),
                },
                Citation(
                    "PermenPANRB 1/2023",
                    Text(
                        "Lampiran (angka kredit kumulatif kenaikan pangkat dan jenjang)",
                        "Lampiran (cumulative AK for kenaikan pangkat and jenjang)",
                    ),
                    Text(
                        "Kebutuhan kenaikan pangkat jenjang keterampilan (15, 20, 50, 100) dibaca "
                        "dari lampiran; kebutuhan kenaikan jenjang keterampilan berasal dari "
                        "aplikasi publik; jenjang keahlian dari bahan sekunder.",
                        "The keterampilan kenaikan pangkat values (15, 20, 50, 100) were read "
                        "from the lampiran; the keterampilan kenaikan jenjang values come from "
                        "public programs; the keahlian values from secondary sources.",
                    ),
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
    Parameter(
        CREDIT_YEAR_RULE,
        [
            Version(
                _CREDIT_REGIME,
                CreditYearRule.PERIODIC_SUM,
                Citation(
                    "kinerja-core",
                    Text(
                        "AK satu tahun dari evaluasi periodik",
                        "a year's AK from periodic evaluations",
                    ),
                    Text(
                        "Contoh BKN mengonversi predikat tiap periode (Januari-Februari → 2,08); "
                        "satu program publik menerapkan predikat tahunan pada semua bulan aktif. "
                        "Menjumlahkan AK periodik adalah nilai bawaan kinerja-core.",
                        "BKN's example converts each period's predikat (January-February → "
                        "2.08); one public program applies the annual predikat to every active "
                        "month. Summing the periodic AK is the library's default.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
    Parameter(
        SURPLUS_AFTER_RANK_PROMOTION,
        [
            Version(
                _CREDIT_REGIME,
                Surplus.KEPT,
                Citation(
                    "Peraturan BKN 3/2023",
                    Text(
                        "kelebihan AK setelah kenaikan pangkat", "surplus AK after kenaikan pangkat"
                    ),
                    Text(
                        "Satu program publik membawa kelebihan AK di atas kebutuhan kenaikan "
                        "pangkat ke tahun berikutnya; naskah aturannya belum dibaca.",
                        "One public program carries the AK above the kenaikan pangkat "
                        "requirement over to the next year; the rule's text was not seen.",
                    ),
                    confidence=Confidence.UNCONFIRMED,
                ),
            )
        ],
    ),
    Parameter(
        SURPLUS_AFTER_LEVEL_PROMOTION,
        [
            Version(
                _CREDIT_REGIME,
                Surplus.FORFEITED,
                Citation(
                    "Peraturan BKN 3/2023",
                    Text(
                        "kelebihan AK setelah kenaikan jenjang", "surplus AK after kenaikan jenjang"
                    ),
                    Text(
                        "Satu program publik menghanguskan kelebihan AK pada kenaikan jenjang; "
                        "naskah aturannya belum dibaca.",
                        "One public program forfeits the surplus AK on kenaikan jenjang; the "
                        "rule's text was not seen.",
                    ),
                    confidence=Confidence.UNCONFIRMED,
                ),
            )
        ],
    ),
    Parameter(
        EDUCATION_CREDIT,
        [
            Version(
                _CREDIT_REGIME,
                EducationCreditRule(25, EducationCreditBase.RANK_PROMOTION, Predicate.GOOD),
                Citation(
                    "Peraturan BKN 3/2023",
                    "Pasal 13 ayat (3) dan Pasal 14",
                    Text(
                        "Menurut satu program publik yang teruji: 25 % dari kebutuhan AK kenaikan "
                        "pangkat jenjang saat ini, hanya pada tahun dengan predikat paling rendah "
                        "Baik; dua program lain memakai dasar yang berbeda.",
                        "As one public, tested program reads it: 25 % of the AK needed for "
                        "kenaikan pangkat at the current jenjang, only in a year whose predikat "
                        "is at least Baik; two other programs take a different base.",
                    ),
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
    Parameter(
        APPOINTMENT_CREDIT,
        [
            Version(
                _CREDIT_REGIME,
                AppointmentCredit(_L.AHLI_PERTAMA, 100, {Rank.III_C, Rank.III_D, Rank.IV_A}),
                Citation(
                    "PermenPANRB 1/2023",
                    "Lampiran II angka 3",
                    Text(
                        "Contoh dalam lampiran memberi 100 AK kepada pelaksana golongan IV/a yang "
                        "diangkat Ahli Pertama; golongan III/c-III/d hanya dari bahan sekunder.",
                        "The lampiran's worked example gives 100 AK to a pelaksana in IV/a "
                        "appointed Ahli Pertama; III/c-III/d from secondary sources only.",
                    ),
                    confidence=Confidence.SECONDARY,
                ),
            )
        ],
    ),
)

_PP_99_2000 = date(2000, 11, 10)
"""PP 99/2000 on kenaikan pangkat PNS (set 10 November 2000)."""
_PP_12_2002 = date(2002, 4, 17)
"""PP 12/2002 amending it (17 April 2002, a date not confirmed from the promulgated text): two
KP dates instead of four."""
_PP_11_2017 = date(2017, 4, 7)
"""PP 11/2017 on Manajemen PNS in force (7 April 2017): revokes PP 99/2000, keeps its
implementing rules (Pasal 363)."""
_PP_12_2002_DATE = Text(
    "Tanggal penetapan PP 12/2002 (17 April 2002) belum dikonfirmasi dari naskah yang "
    "diundangkan [BELUM TERKONFIRMASI].",
    "The date of PP 12/2002 (17 April 2002) is not confirmed from the promulgated text "
    "[UNCONFIRMED].",
)
_KP_NOTE = Text(
    "PP 11/2017 mencabut PP 99/2000 (Pasal 362 angka 10), tetapi Pasal 363 menyatakan "
    "peraturan pelaksanaannya tetap berlaku selama tidak bertentangan; PP 11/2017 sendiri hanya "
    "mengatur kenaikan pangkat istimewa (Pasal 232 huruf b, Pasal 234).",
    "PP 11/2017 revoked PP 99/2000 (Pasal 362 angka 10), but Pasal 363 keeps its implementing "
    "rules in force where they do not conflict; PP 11/2017 itself only has kenaikan pangkat "
    "istimewa (Pasal 232 huruf b, Pasal 234).",
)
_R = PromotionRoute
_ROUTES = {
    _R.REGULAR: RouteRule(4, 2, Predicate.GOOD),
    _R.STRUCTURAL: RouteRule(1, 2, Predicate.GOOD, post=True),
    _R.FUNCTIONAL: RouteRule(2, 2, Predicate.GOOD, credit_points=True),
    _R.OUTSTANDING: RouteRule(1, 1, Predicate.VERY_GOOD),
    _R.DIPLOMA: RouteRule(1, 1, Predicate.GOOD, examination=True),
}
_ROUTE_ARTICLES = "Pasal 7, 12, 13, 15 dan 18 ayat (2)"
_TWO_DATES = Text(
    "Kenaikan pangkat ditetapkan tanggal 1 April dan 1 Oktober (semula empat tanggal).",
    "Kenaikan pangkat takes effect on 1 April and 1 October (four dates originally).",
)

PROMOTION = (
    Parameter(
        PROMOTION_ROUTES,
        [
            Version(
                _PP_99_2000,
                _ROUTES,
                Citation(
                    "PP 99/2000",
                    _ROUTE_ARTICLES,
                    Text(
                        "Naskah asli sebelum PP 12/2002 belum dibaca: syarat yang sama dengan "
                        "naskah sesudah perubahan diasumsikan (PP 12/2002 antara lain mengubah "
                        "Pasal 12, jalur jabatan struktural).",
                        "The original text before PP 12/2002 was not read: the requirements of "
                        "the amended text are assumed (PP 12/2002 amended, among others, Pasal "
                        "12, the structural route).",
                    ),
                    confidence=Confidence.UNCONFIRMED,
                ),
            ),
            Version(
                _PP_12_2002,
                _ROUTES,
                Citation(
                    "PP 99/2000 jo. PP 12/2002",
                    _ROUTE_ARTICLES,
                    Text(
                        "Pasal 12 sebagaimana diubah PP 12/2002. " + _PP_12_2002_DATE.id,
                        "Pasal 12 as amended by PP 12/2002. " + _PP_12_2002_DATE.en,
                    ),
                    confidence=Confidence.PRIMARY,
                ),
            ),
            Version(
                _PP_11_2017,
                _ROUTES,
                Citation(
                    "PP 99/2000 jo. PP 12/2002",
                    _ROUTE_ARTICLES,
                    _KP_NOTE,
                    confidence=Confidence.PRIMARY,
                ),
            ),
        ],
    ),
    Parameter(
        PROMOTION_DATES,
        [
            Version(
                _PP_99_2000,
                ((1, 1), (4, 1), (7, 1), (10, 1)),
                Citation(
                    "PP 99/2000",
                    "Pasal 4",
                    Text(
                        "Naskah asli: empat tanggal kenaikan pangkat (1 Januari, 1 April, 1 Juli "
                        "dan 1 Oktober), diganti PP 12/2002 menjadi dua; jumlahnya dari PP "
                        "12/2002, keempat tanggalnya dari bahan sekunder.",
                        "The original text: four kenaikan pangkat dates (1 January, 1 April, "
                        "1 July and 1 October), made two by PP 12/2002; their number from PP "
                        "12/2002, the four dates from secondary sources.",
                    ),
                    confidence=Confidence.SECONDARY,
                ),
            ),
            Version(
                _PP_12_2002,
                ((4, 1), (10, 1)),
                Citation(
                    "PP 12/2002",
                    "Pasal I angka 1 (Pasal 4 PP 99/2000)",
                    Text(
                        _TWO_DATES.id + " " + _PP_12_2002_DATE.id,
                        _TWO_DATES.en + " " + _PP_12_2002_DATE.en,
                    ),
                    confidence=Confidence.PRIMARY,
                ),
            ),
            Version(
                _PP_11_2017,
                ((4, 1), (10, 1)),
                Citation(
                    "PP 99/2000 jo. PP 12/2002",
                    Text(
                        "Pasal 4 (sebagaimana diganti PP 12/2002 Pasal I angka 1)",
                        "Pasal 4 (as replaced by PP 12/2002 Pasal I angka 1)",
                    ),
                    Text(_TWO_DATES.id + " " + _KP_NOTE.id, _TWO_DATES.en + " " + _KP_NOTE.en),
                    confidence=Confidence.PRIMARY,
                ),
            ),
        ],
    ),
    Parameter(
        LEVEL_PROMOTION_RULE,
        [
            Version(
                _CREDIT_REGIME,
                LevelPromotionRule(1, Predicate.GOOD),
                Citation(
                    "PermenPANRB 1/2023",
                    Text("syarat kenaikan jenjang", "requirements of kenaikan jenjang"),
                    Text(
                        "Paling singkat 1 tahun dalam jenjang dan predikat paling rendah Baik, "
                        "selain AK, formasi dan uji kompetensi; dari bahan sekunder.",
                        "At least 1 year in the jenjang and predikat at least Baik, besides the "
                        "AK, the formasi and the competency test; from secondary sources.",
                    ),
                    confidence=Confidence.SECONDARY,
                ),
            )
        ],
    ),
)

_SCALE_NOTE = Text(
    "Pembacaan kinerja-core, bukan peraturan: hasil rezim lama dibaca pada skala predikat 2022 "
    "(Cukup → Butuh Perbaikan, sebagaimana SE MenPANRB 3/2023 menulis 'Butuh Perbaikan/Cukup'; "
    "Buruk → Sangat Kurang) agar syarat atas riwayat lintas rezim dapat diperiksa.",
    "kinerja-core's reading, not regulation: earlier regimes' results read on the 2022 predikat "
    "scale (Cukup → Butuh Perbaikan, as SE MenPANRB 3/2023 writes 'Butuh Perbaikan/Cukup'; "
    "Buruk → Sangat Kurang) so that conditions on histories across regimes can be checked.",
)

SCALE = (
    Parameter(
        PP46_SCALE,
        [
            Version(
                date(2014, 1, 1),
                {
                    PerformanceCategory.VERY_GOOD: Predicate.VERY_GOOD,
                    PerformanceCategory.GOOD: Predicate.GOOD,
                    PerformanceCategory.FAIR: Predicate.NEEDS_IMPROVEMENT,
                    PerformanceCategory.POOR: Predicate.POOR,
                    PerformanceCategory.BAD: Predicate.VERY_POOR,
                },
                Citation(
                    "kinerja-core",
                    Text("kategori PP 46/2011 pada skala predikat", "PP 46/2011 on the scale"),
                    _SCALE_NOTE,
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
    Parameter(
        PP30_SCALE,
        [
            Version(
                date(2021, 1, 1),
                {
                    Pp30Predicate.VERY_GOOD: Predicate.VERY_GOOD,
                    Pp30Predicate.GOOD: Predicate.GOOD,
                    Pp30Predicate.FAIR: Predicate.NEEDS_IMPROVEMENT,
                    Pp30Predicate.POOR: Predicate.POOR,
                    Pp30Predicate.VERY_POOR: Predicate.VERY_POOR,
                },
                Citation(
                    "kinerja-core",
                    Text("predikat PP 30/2019 pada skala predikat", "PP 30/2019 on the scale"),
                    _SCALE_NOTE,
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

SALARY = (
    Parameter(
        SALARY_STEP_RULE,
        [
            Version(
                date(1977, 3, 1),
                SalaryStepRule(2, 2, each_year=False, max_postponement_months=12),
                Citation(
                    "PP 7/1977",
                    "Pasal 11, 13, 14 dan lampiran (tabel gaji pokok)",
                    Text(
                        "Irama 2 tahun dari tabel gaji pokok yang menaikkan masa kerja golongan "
                        "per 2 tahun; penundaan paling lama 1 tahun, dapat diulang, masa "
                        "penundaan dihitung penuh untuk KGB berikutnya (Pasal 13 ayat (5)); "
                        "kenaikan gaji istimewa untuk prestasi amat baik (Pasal 14).",
                        "The 2-year rhythm comes from the salary table, which steps masa kerja "
                        "golongan by 2 years; postponement at most 1 year, repeatable, the "
                        "postponed time counts fully toward the next KGB (Pasal 13(5)); "
                        "kenaikan gaji istimewa for amat baik (Pasal 14).",
                    ),
                    confidence=Confidence.PRIMARY,
                ),
            )
        ],
    ),
    Parameter(
        SALARY_STEP_MINIMUM,
        [
            Version(
                date(1977, 3, 1),
                Predicate.NEEDS_IMPROVEMENT,
                Citation(
                    "kinerja-core",
                    Text("'cukup' pada skala predikat 2022", "'cukup' on the 2022 predikat scale"),
                    Text(
                        "PP 7/1977 Pasal 11 mensyaratkan nilai rata-rata sekurang-kurangnya "
                        "'cukup'; padanannya pada predikat 2022 tidak diatur di mana pun. Butuh "
                        "Perbaikan (SE MenPANRB 3/2023: 'Butuh Perbaikan/Cukup') adalah nilai "
                        "bawaan kinerja-core; sebagian daerah mensyaratkan Baik. Rata-ratanya "
                        "dihitung atas peringkat predikat (Sangat Kurang 1 sampai Sangat Baik 5).",
                        "PP 7/1977 Pasal 11 requires an average of at least 'cukup'; its "
                        "counterpart in the 2022 predikat is stated nowhere. Butuh Perbaikan "
                        "(SE MenPANRB 3/2023: 'Butuh Perbaikan/Cukup') is the library's default; "
                        "some regions require Baik. The average is taken over the predikat ranks "
                        "(Sangat Kurang 1 up to Sangat Baik 5).",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
    Parameter(
        PPPK_SALARY_STEP_RULE,
        [
            Version(
                date(2023, 1, 1),
                SalaryStepRule(
                    2,
                    2,
                    each_year=True,
                    minimum_predicate=Predicate.GOOD,
                    contract_years=2,
                    exceptional_years=2,
                ),
                Citation(
                    "PermenPANRB 7/2023",
                    Text("kenaikan gaji berkala PPPK", "periodic salary increase of a PPPK"),
                    Text(
                        "Kontrak lebih dari 2 tahun, masa kerja golongan terpenuhi, predikat "
                        "tahunan paling rendah Baik dalam 2 tahun terakhir; kenaikan gaji "
                        "istimewa untuk Sangat Baik 2 tahun berturut-turut dan pegawai teladan; "
                        "dari bahan sekunder.",
                        "A contract longer than 2 years, masa kerja golongan reached, annual "
                        "predikat at least Baik in the last 2 years; kenaikan gaji istimewa for "
                        "Sangat Baik 2 years in a row and a named exemplary employee; from "
                        "secondary sources.",
                    ),
                    confidence=Confidence.SECONDARY,
                ),
            )
        ],
    ),
)

MEDALS = (
    Parameter(
        SERVICE_MEDAL_YEARS,
        [
            Version(
                date(2010, 1, 1),
                {ServiceMedal.X: 10, ServiceMedal.XX: 20, ServiceMedal.XXX: 30},
                Citation(
                    "PP 35/2010",
                    "Pasal 22",
                    Text(
                        "Masa bakti secara terus-menerus paling singkat 10, 20 atau 30 tahun sejak "
                        "pengangkatan CPNS, tanpa hukuman disiplin sedang atau berat dan tanpa "
                        "cuti di luar tanggungan negara; setelah hukuman, penghitungan dimulai "
                        "lagi sejak keputusan bahwa hukuman telah selesai dijalani. PP 35/2010 "
                        "Pasal 81 mencabut PP 25/1994. Tanggal berlaku di sini awal tahun 2010 "
                        "(tanggal pengundangan belum diperiksa).",
                        "Continuous service of at least 10, 20 or 30 years from the CPNS "
                        "appointment, with no sedang or berat disciplinary penalty and no cuti di "
                        "luar tanggungan negara; after a penalty the count restarts from the "
                        "decree that it was served. PP 35/2010 Pasal 81 revoked PP 25/1994. In "
                        "force here from the start of 2010 (the promulgation date was not "
                        "checked).",
                    ),
                    confidence=Confidence.PRIMARY,
                ),
            )
        ],
    ),
)

REWARDS = (
    Parameter(
        REWARD_RULES,
        [
            Version(
                date(2019, 4, 26),
                {
                    Reward.CERTIFICATE: RewardRule(1, Predicate.GOOD),
                    Reward.FINANCIAL_INCENTIVE: RewardRule(1, Predicate.VERY_GOOD),
                    Reward.ADVANCED_TRAINING: RewardRule(1, Predicate.GOOD),
                    Reward.TALENT_POOL: RewardRule(2, Predicate.VERY_GOOD),
                    Reward.DEVELOPMENT: RewardRule(2, Predicate.GOOD),
                },
                Citation(
                    "kinerja-core",
                    Text("penghargaan atas kinerja", "rewards for performance"),
                    Text(
                        "Prioritas kelompok rencana suksesi (Sangat Baik 2 tahun berturut-turut) "
                        "dan prioritas pengembangan kompetensi (Baik 2 tahun berturut-turut) "
                        "mengikuti PP 30/2019 Pasal 53; sertifikat, insentif keuangan dan "
                        "pelatihan lanjutan disebut tanpa syarat angka, sehingga 1 tahun Baik "
                        "(Sangat Baik untuk insentif) adalah nilai bawaan kinerja-core untuk "
                        "ditetapkan tiap instansi.",
                        "The talent-pool priority (Sangat Baik 2 years in a row) and the "
                        "development priority (Baik 2 years in a row) follow PP 30/2019 Pasal 53; "
                        "certificates, financial incentives and advanced training are named "
                        "without numbers, so 1 year Baik (Sangat Baik for the incentive) is the "
                        "library's default for each institution to set.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

PARAMETERS = (*CREDIT, *PROMOTION, *SCALE, *SALARY, *MEDALS, *REWARDS)
"""Every parameter of the area, in one tuple for the national policy."""
