"""National data of the `performance` area: every parameter's national timeline, with its citations.

Data only: the specs (what each parameter is and how a value is checked) are in the area's
`*_specs` modules; the rules that read the values are in the area's other modules.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from kinerja_core.core.explain import Text
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Parameter, Version
from kinerja_core.performance.behaviour_specs import BehaviourAggregation
from kinerja_core.performance.ratings import Predicate, Rating

if TYPE_CHECKING:
    pass
from kinerja_core.performance.achievement_formulas_specs import (
    _IN_FORCE,
    _LAMPIRAN,
    ACHIEVEMENT_FORMULA,
    ACHIEVEMENT_LIMITS,
    ZERO_TARGET_ACHIEVEMENT,
    AchievementFormula,
    AchievementLimits,
    ZeroTargetAchievement,
)
from kinerja_core.performance.behaviour_specs import (
    _NATIONAL_GUIDES,
    _RATING_REGIME_START,
    BEHAVIOUR_AGGREGATION,
    BEHAVIOUR_GUIDES,
    BEHAVIOUR_SCORES,
)
from kinerja_core.performance.evaluation_specs import (
    ANNUAL_PREDICATE_RULE,
    EXEMPTIONS,
    AnnualRule,
    Exemption,
)
from kinerja_core.performance.predicate_specs import (
    _A,
    _B,
    _S,
    PERMENPANRB_6_2022,
    PREDICATE_MATRIX,
)
from kinerja_core.performance.work_result_specs import (
    WORK_RESULT_BANDS,
    WorkResultBands,
)

_SILENT_ON_COMBINING = Text(
    "nilai bawaan (PermenPANRB 6/2022 tidak mengatur penggabungan penilaian)",
    "policy default (PermenPANRB 6/2022 is silent on combining judgements)",
)

ACHIEVEMENT_FORMULAS = (
    Parameter(
        ACHIEVEMENT_FORMULA,
        [Version(_IN_FORCE, AchievementFormula.PERMENPANRB_8_2021, _LAMPIRAN)],
    ),
    Parameter(
        ACHIEVEMENT_LIMITS,
        [
            Version(
                _IN_FORCE,
                AchievementLimits(cap=None, floor=0),
                Citation(
                    "kinerja-core",
                    Text("batas capaian", "achievement limits"),
                    Text(
                        "Lampiran tidak membatasi capaian (aturan > 110 % → nilai 120 membatasi "
                        "nilai, bukan capaian); batas bawah 0 % menjaga capaian indikator "
                        "semakin rendah semakin baik agar tidak negatif.",
                        "The lampiran sets no cap on capaian (the > 110 % → nilai 120 rule caps "
                        "the nilai, not the capaian); a floor of 0 % keeps lower-is-better "
                        "achievements from going negative.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
    Parameter(
        ZERO_TARGET_ACHIEVEMENT,
        [
            Version(
                _IN_FORCE,
                ZeroTargetAchievement(met=100, missed=0),
                Citation(
                    "kinerja-core",
                    Text(
                        "capaian target 0 pada indikator semakin rendah semakin baik",
                        "achievement of a zero lower-is-better target",
                    ),
                    Text(
                        "Rumus lampiran (2 − realisasi/target) membagi dengan target dan tidak "
                        "memberi nilai untuk target 0 ('0 temuan'); 100 % bila realisasinya juga "
                        "0 dan 0 % bila tidak adalah nilai bawaan kinerja-core yang "
                        "terdokumentasi.",
                        "The lampiran's formula (2 − realisasi/target) divides by the target and "
                        "gives no value for a target of 0 ('0 temuan'); 100 % when the "
                        "realisation is 0 too and 0 % otherwise is the library's documented "
                        "default.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

BEHAVIOUR = (
    Parameter(
        BEHAVIOUR_GUIDES,
        [
            Version(
                date(2021, 8, 26),
                _NATIONAL_GUIDES,
                Citation(
                    "SE MenPANRB 20/2021",
                    "Implementasi Core Values dan Employer Branding ASN (panduan perilaku)",
                    Text(
                        "Naskah surat edaran itu sendiri belum dibaca. Ke-21 panduan mengikuti "
                        "templat SKP publik dan kutipan laman BKPSDM daerah (mis. Kab. "
                        "Tasikmalaya, Kab. Sambas), yang sama kecuali tanda baca; terjemahan "
                        "Inggrisnya dibuat kinerja-core.",
                        "The circular's own text was not seen. The 21 guides are as encoded by "
                        "public SKP templates and quoted by regional BKPSDM pages (e.g. Kab. "
                        "Tasikmalaya, Kab. Sambas), which agree up to punctuation; the English "
                        "is kinerja-core's translation.",
                    ),
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
    Parameter(
        BEHAVIOUR_SCORES,
        [
            Version(
                _RATING_REGIME_START,
                {
                    Rating.BELOW_EXPECTATIONS: 1,
                    Rating.MEETS_EXPECTATIONS: 2,
                    Rating.ABOVE_EXPECTATIONS: 3,
                },
                Citation(
                    "kinerja-core",
                    _SILENT_ON_COMBINING,
                    Text(
                        "Skor Di Bawah / Sesuai / Di Atas Ekspektasi = 1 / 2 / 3, seperti pada "
                        "aplikasi yang umum dipakai [C]; tidak berasal dari peraturan.",
                        "Scores Di Bawah / Sesuai / Di Atas Ekspektasi as 1 / 2 / 3, as the "
                        "common programs do [C]; not from any regulation.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
    Parameter(
        BEHAVIOUR_AGGREGATION,
        [
            Version(
                _RATING_REGIME_START,
                BehaviourAggregation.MEAN_HALF_UP,
                Citation(
                    "kinerja-core",
                    _SILENT_ON_COMBINING,
                    Text(
                        "Aplikasi yang umum dipakai merata-ratakan penilaian para penilai dan "
                        "membulatkan setengah ke atas (2,5 → 3) [C]; kinerja-core merata-ratakan "
                        "per nilai dasar lebih dulu, lalu atas ketujuh nilai. Tidak berasal dari "
                        "peraturan.",
                        "The common programs average the raters' judgements and round half up "
                        "(2.5 → 3) [C]; kinerja-core averages per core value first, then over "
                        "the seven values. Not from any regulation.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

WORK_RESULT = (
    Parameter(
        WORK_RESULT_BANDS,
        [
            Version(
                date(2022, 1, 1),
                WorkResultBands(above_from=101, meets_from=100),
                Citation(
                    "kinerja-core",
                    Text(
                        "nilai bawaan (PermenPANRB 6/2022 menyerahkan rating hasil kerja kepada "
                        "penilaian atasan)",
                        "policy default (PermenPANRB 6/2022 leaves the work-result rating to "
                        "the supervisor's judgement)",
                    ),
                    Text(
                        "Nilai bawaan, bukan peraturan. Batasnya meneruskan kategori capaian "
                        "lampiran PermenPANRB 8/2021 (Sangat Baik 101-110 %, Baik 100 %, Cukup "
                        "80-99 %), yaitu nilai 110 dan 90 pada Pasal 41 PP 30/2019.",
                        "A policy default, not regulation. The edges carry over the PermenPANRB "
                        "8/2021 lampiran capaian categories (Sangat Baik 101-110 %, Baik 100 %, "
                        "Cukup 80-99 %), i.e. PP 30/2019 Pasal 41's nilai 110 and 90.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

PREDICATE = (
    Parameter(
        PREDICATE_MATRIX,
        [
            Version(
                date(2022, 1, 1),
                {
                    (_A, _B): Predicate.POOR,
                    (_A, _S): Predicate.GOOD,
                    (_A, _A): Predicate.VERY_GOOD,
                    (_S, _B): Predicate.POOR,
                    (_S, _S): Predicate.GOOD,
                    (_S, _A): Predicate.GOOD,
                    (_B, _B): Predicate.VERY_POOR,
                    (_B, _S): Predicate.NEEDS_IMPROVEMENT,
                    (_B, _A): Predicate.NEEDS_IMPROVEMENT,
                },
                Citation(
                    PERMENPANRB_6_2022,
                    "Lampiran (kurva/matriks predikat kinerja pegawai)",
                    Text(
                        "Berlaku untuk periode kinerja sejak 2022 (peraturan ditetapkan 3 "
                        "Februari 2022); halaman lampirannya belum dibaca, tiga program yang "
                        "saling independen sepakat pada setiap sel.",
                        "Applies to performance periods from 2022 (regulation set 3 Feb 2022); "
                        "the lampiran page was not seen, three independent programs agree on "
                        "every cell.",
                    ),
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
)

EVALUATION = (
    Parameter(
        EXEMPTIONS,
        [
            Version(
                date(2021, 7, 1),
                frozenset(Exemption),
                Citation(
                    "PermenPANRB 8/2021",
                    "Lampiran (perencanaan kinerja: pengecualian)",
                    Text(
                        "Perencanaan kinerja tidak berlaku bagi pejabat negara, pegawai yang "
                        "diberhentikan sementara, cuti di luar tanggungan negara, masa persiapan "
                        "pensiun, dan tugas belajar.",
                        "Performance planning does not apply to pejabat negara, diberhentikan "
                        "sementara, cuti di luar tanggungan negara, masa persiapan pensiun and "
                        "tugas belajar.",
                    ),
                    confidence=Confidence.PRIMARY,
                ),
            ),
            Version(
                date(2022, 1, 1),
                frozenset(Exemption),
                Citation(
                    "PermenPANRB 8/2021",
                    "Lampiran (perencanaan kinerja: pengecualian)",
                    Text(
                        "Tercantum dalam PermenPANRB 8/2021; diperkirakan dipertahankan oleh "
                        "PermenPANRB 6/2022 (belum dikonfirmasi dalam naskahnya).",
                        "Listed in PermenPANRB 8/2021; believed kept by PermenPANRB 6/2022 "
                        "(not confirmed in its text).",
                    ),
                    confidence=Confidence.UNCONFIRMED,
                ),
            ),
        ],
    ),
    Parameter(
        ANNUAL_PREDICATE_RULE,
        [
            Version(
                date(2022, 1, 1),
                AnnualRule.MONTH_WEIGHTED,
                Citation(
                    "kinerja-core",
                    Text(
                        "predikat tahunan dari predikat periodik",
                        "annual predikat from periodic predikat",
                    ),
                    Text(
                        "PermenPANRB 6/2022 mewajibkan evaluasi periodik dan tahunan tetapi tidak "
                        "mengatur cara menggabungkan predikat periodik; pembobotan menurut bulan "
                        "adalah nilai bawaan kinerja-core.",
                        "PermenPANRB 6/2022 requires periodic and annual evaluation but does not "
                        "say how the periodic predikat combine; month-weighted is the library's "
                        "default.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

PARAMETERS = (*ACHIEVEMENT_FORMULAS, *BEHAVIOUR, *WORK_RESULT, *PREDICATE, *EVALUATION)
"""Every parameter of the area, in one tuple for the national policy."""
