"""National data of the `legacy` area: every parameter's national timeline, with its citations.

Data only: the specs (what each parameter is and how a value is checked) are in the area's
`*_specs` modules; the rules that read the values are in the area's other modules.
"""

from __future__ import annotations

from decimal import Decimal

from kinerja_core.core.explain import Text
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Parameter, Version
from kinerja_core.legacy.pp30_2019_specs import (
    _APPLIES,
    _B,
    _C,
    _K,
    _LAMPIRAN_VALUE,
    _LAMPIRAN_WEIGHTED,
    _SB,
    _SK,
    PERMENPANRB_8_2021,
    PP30_ACHIEVEMENT_BANDS,
    PP30_ACHIEVEMENT_ROUNDING,
    PP30_ADDITIONAL_CAP,
    PP30_ADDITIONAL_FACTORS,
    PP30_MAXIMUM_ATTAINABLE,
    PP30_PREDICATE_BANDS,
    PP30_SCORE_WEIGHTS,
    PP30_SCORE_WEIGHTS_WITH_PEER_INPUT,
    PP30_SKP_SCORE_CAP,
    PP30_VALUE_CAP,
    PP30_VALUE_FORMULA_FAIR,
    PP30_VALUE_FORMULA_GOOD,
    PP30_VALUE_FORMULA_POOR,
    PP30_VALUE_FORMULA_VERY_GOOD,
    PP30_VALUE_FORMULA_VERY_POOR,
    PP_30_2019,
    AchievementCap,
    Band,
    LinearFormula,
    MaximumAttainableRule,
    ScoreWeights,
    _version,
)
from kinerja_core.legacy.pp46_2011_specs import (
    _FORMULAS,
    _REGIME,
    IN_FORCE_FROM,
    PERKA_BKN_1_2013,
    PP46_ADDITIONAL_TASK_BANDS,
    PP46_CATEGORY_BANDS,
    PP46_CATEGORY_GAP_RULE,
    PP46_CREATIVITY_VALUES,
    PP46_EFFICIENCY_COEFFICIENT,
    PP46_EFFICIENCY_THRESHOLD,
    PP46_HIGH_EFFICIENCY_BASE,
    PP46_SCALE_MAXIMUM,
    PP46_SCORE_PLACES,
    PP46_WORK_PERFORMANCE_WEIGHTS,
    PP_46_2011,
    BandGapRule,
    CreativityLevel,
    PerformanceCategory,
    PerformanceWeights,
)

PP46_2011 = (
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
                    Text(
                        "1,76 = 1 + 0,76: realisasi sebesar 76 % dari target bernilai 100.",
                        "1.76 = 1 + 0.76: a realisation of 76 % of the target scores 100.",
                    ),
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
                    Text(
                        "1-3 tugas tambahan → 1, 4-6 → 2, 7 atau lebih → 3; dikodekan dalam "
                        "perangkat lunak publik.",
                        "1-3 tugas tambahan → 1, 4-6 → 2, 7 or more → 3; encoded by public "
                        "software.",
                    ),
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
                    Text(
                        "Tingkat dan nilainya tidak ditemukan dalam sumber mana pun; asumsi yang "
                        "dapat diganti.",
                        "Levels and values not seen in any source; an overridable assumption.",
                    ),
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
                    Text(
                        "Rentang dikutip sumber sekunder; nomor pasal belum diverifikasi.",
                        "Bands quoted by secondary sources; article number not verified.",
                    ),
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
                    Text(
                        "aturan batas untuk nilai bukan bilangan bulat",
                        "Boundary rule for non-integer scores",
                    ),
                    Text(
                        "Peraturan mencetak rentang bilangan bulat dan tidak mengatur nilai di "
                        "antaranya; sebuah rentang dimulai dari batas bawah yang tercetak (90,5 → "
                        "Baik).",
                        "The regulation prints integer bands and is silent on scores between them; "
                        "a band starts at its printed lower edge (90.5 → Baik).",
                    ),
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
                    Text(
                        "Formulir mencetak dua desimal (85,50, 83,30); pembulatan setengah ke "
                        "atas pada keempat hasil yang dicetak, dan tidak di tempat lain, adalah "
                        "pilihan kinerja-core.",
                        "The forms print two decimals (85.50, 83.30); rounding half-up at the four "
                        "printed results, and nowhere else, is the library's choice.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)
"""The national timeline of every PP 46/2011 parameter (registered in `NATIONAL`)."""

PP30_2019 = (
    Parameter(
        PP30_SCORE_WEIGHTS,
        _version(
            ScoreWeights(70, 30),
            Citation(
                PP_30_2019,
                "Pasal 41 ayat (2) huruf a dan ayat (3)",
                Text(
                    "Bagi instansi yang tidak menilai perilaku kerja dengan masukan rekan kerja "
                    f"setingkat dan bawahan langsung. {_APPLIES.id}",
                    "For instansi that do not rate behaviour with the views of peers and direct "
                    f"subordinates. {_APPLIES.en}",
                ),
            ),
        ),
    ),
    Parameter(
        PP30_SCORE_WEIGHTS_WITH_PEER_INPUT,
        _version(
            ScoreWeights(60, 40),
            Citation(
                PP_30_2019,
                "Pasal 41 ayat (2) huruf b dan ayat (4)",
                Text(
                    "Bagi instansi yang menilai perilaku kerja dengan masukan rekan kerja "
                    f"setingkat dan bawahan langsung. {_APPLIES.id}",
                    "For instansi that rate behaviour with the views of peers and direct "
                    f"subordinates. {_APPLIES.en}",
                ),
            ),
        ),
    ),
    Parameter(
        PP30_PREDICATE_BANDS,
        _version(
            {
                _SB: Band(110, 120, upper_closed=True),
                _B: Band(90, 120, upper_closed=True),
                _C: Band(70, 90),
                _K: Band(50, 70),
                _SK: Band(0, 50),
            },
            Citation(
                PP_30_2019,
                "Pasal 41 ayat (5) dan Penjelasan; ayat (6)",
                Text(
                    "Sangat Baik mensyaratkan 110 ≤ x ≤ 120 dan ide baru atau cara kerja baru "
                    "yang bermanfaat bagi organisasi atau negara (ditetapkan pimpinan unit kerja "
                    "atas rekomendasi atasan langsung, ayat (6)). Naskahnya tidak memberi batas "
                    "bawah untuk Sangat Kurang (x < 50); 0 adalah dasar skala kinerja-core. "
                    f"{_APPLIES.id}",
                    "Sangat Baik needs 110 ≤ x ≤ 120 and a new idea or way of working that "
                    "benefits the organisation or the state (decided by the unit head on the "
                    "direct superior's recommendation, ayat (6)). The text gives Sangat Kurang "
                    "(x < 50) no lower edge; 0 is the bottom of the library's scale. "
                    f"{_APPLIES.en}",
                ),
            ),
        ),
    ),
    Parameter(
        PP30_ACHIEVEMENT_ROUNDING,
        _version(
            0,
            Citation(
                PERMENPANRB_8_2021,
                "Lampiran, contoh penilaian SKP (hlm. 243)",
                Text(
                    "Disimpulkan, tidak tertulis: contoh perhitungan mencetak 93 dari target 95 "
                    "(97,89…%) sebagai 98 % dan memberi Cukup → 88, dan contoh capaian mencetak "
                    "107,14…% sebagai 107 %. Membulatkan capaian ke persen bulat (setengah ke "
                    "atas) sebelum kategori dan rumusnya menghasilkan tepat 88.",
                    "Inferred, not stated: the worked example prints 93 of a target of 95 "
                    "(97.89…%) as 98 % and gives Cukup → 88, and the achievement examples print "
                    "107.14…% as 107 %. Rounding the achievement to a whole percent (half up) "
                    "before its category and formula reproduces 88 exactly.",
                ),
                confidence=Confidence.UNCONFIRMED,
            ),
        ),
    ),
    Parameter(
        PP30_ACHIEVEMENT_BANDS,
        _version(
            {
                _SK: Band(0, 60),
                _K: Band(60, 80),
                _C: Band(80, 100),
                _B: Band(100, 101),
                _SB: Band(101, None),
            },
            Citation(
                "kinerja-core",
                Text(
                    "aturan batas kategori capaian PermenPANRB 8/2021",
                    "boundary rule for PermenPANRB 8/2021 achievement categories",
                ),
                Text(
                    "Kategori lampiran (Sangat Kurang 0-59 %, Kurang 60-79 %, Cukup 80-99 %, Baik "
                    "100 %, Sangat Baik 101-110 % [C, halaman lampiran belum dibaca]) menyisakan "
                    "celah di antara persen bulat. Di sini setiap kategori berlaku dari batas "
                    "bawahnya (termasuk) sampai batas bawah kategori berikutnya (tidak termasuk); "
                    "Sangat Baik tidak memiliki batas atas karena capaian di atas 110 % "
                    "dikonversi menjadi 120 (huruf (h)).",
                    "The lampiran's categories (Sangat Kurang 0-59 %, Kurang 60-79 %, "
                    "Cukup 80-99 %, Baik 100 %, Sangat Baik 101-110 % [C, lampiran page not "
                    "seen]) leave gaps between whole percents. Each category here runs from "
                    "its lower edge (inclusive) to the next category's lower edge (exclusive); "
                    "Sangat Baik has no upper edge because achievements above 110 % are "
                    "converted to 120 (huruf (h)).",
                ),
                confidence=Confidence.POLICY_CHOICE,
            ),
        ),
    ),
    Parameter(
        PP30_VALUE_FORMULA_VERY_GOOD,
        _version(
            LinearFormula(101, 110, 110, 120),
            Citation(
                PERMENPANRB_8_2021,
                f"{_LAMPIRAN_VALUE} (kategori Sangat Baik)",
                Text(
                    "Dikodekan oleh satu garis keturunan kode publik; halaman lampirannya belum "
                    "dibaca.",
                    "Encoded by one public code lineage; the lampiran page was not seen.",
                ),
                confidence=Confidence.SOFTWARE,
            ),
        ),
    ),
    Parameter(
        PP30_VALUE_FORMULA_GOOD,
        _version(
            LinearFormula(100, 100, 109, 109),
            Citation(
                PERMENPANRB_8_2021,
                f"{_LAMPIRAN_VALUE} huruf (d); contoh penilaian SKP (hlm. 243)",
                Text(
                    "Contoh perhitungan: target 85, realisasi 85 → capaian 100 % → Baik → 109.",
                    "Worked example: target 85, realisasi 85 → capaian 100 % → Baik → 109.",
                ),
            ),
        ),
    ),
    Parameter(
        PP30_VALUE_FORMULA_FAIR,
        _version(
            LinearFormula(80, 99, 70, 89),
            Citation(PERMENPANRB_8_2021, f"{_LAMPIRAN_VALUE} huruf (e), hlm. 93"),
        ),
    ),
    Parameter(
        PP30_VALUE_FORMULA_POOR,
        _version(
            LinearFormula(60, 79, 50, 69),
            Citation(PERMENPANRB_8_2021, f"{_LAMPIRAN_VALUE} huruf (f), hlm. 93"),
        ),
    ),
    Parameter(
        PP30_VALUE_FORMULA_VERY_POOR,
        _version(
            LinearFormula(0, 59, 0, 49),
            Citation(PERMENPANRB_8_2021, f"{_LAMPIRAN_VALUE} huruf (g), hlm. 93"),
        ),
    ),
    Parameter(
        PP30_VALUE_CAP,
        _version(
            AchievementCap(110, 120),
            Citation(PERMENPANRB_8_2021, f"{_LAMPIRAN_VALUE} huruf (h), hlm. 93"),
        ),
    ),
    Parameter(
        PP30_MAXIMUM_ATTAINABLE,
        _version(
            MaximumAttainableRule(100, 120, _SB),
            Citation(
                PERMENPANRB_8_2021,
                f"{_LAMPIRAN_VALUE} huruf (i), hlm. 93",
                Text(
                    "Menggantikan huruf (d) bila target adalah nilai tertinggi yang dapat dicapai "
                    "indikator; contohnya mengategorikannya Sangat Baik dengan nilai 120.",
                    "Replaces huruf (d) when the target is the most the indicator can reach; the "
                    "example categorises it Sangat Baik with value 120.",
                ),
            ),
        ),
    ),
    Parameter(
        PP30_ADDITIONAL_FACTORS,
        _version(
            {_SB: 100, _B: 80, _C: 60, _K: 40, _SK: 20},
            Citation(
                PERMENPANRB_8_2021,
                f"{_LAMPIRAN_WEIGHTED}, rencana kinerja tambahan butir (3)-(7), hlm. 95",
                "Nilai tertimbang = k/100 × bobot lingkup penugasan/100 × nilai capaian IKI.",
            ),
        ),
    ),
    Parameter(
        PP30_ADDITIONAL_CAP,
        _version(
            10,
            Citation(
                PERMENPANRB_8_2021,
                f"{_LAMPIRAN_WEIGHTED}, rencana kinerja tambahan butir (8), hlm. 95",
            ),
        ),
    ),
    Parameter(
        PP30_SKP_SCORE_CAP,
        _version(
            120,
            Citation(
                "kinerja-core",
                Text(
                    "batas atas nilai SKP PP 30/2019",
                    "cap of the PP 30/2019 SKP score",
                ),
                Text(
                    "Nilai SKP = Nilai KU + Nilai KT dapat mencapai 130 (120 + 10); halaman "
                    "lampiran yang dibaca tidak membatasi jumlahnya, tetapi skala Pasal 41 ayat "
                    "(5) berakhir pada 120. Kosongkan nilainya untuk mempertahankan jumlah tanpa "
                    "batas.",
                    "Nilai SKP = Nilai KU + Nilai KT can reach 130 (120 + 10); the lampiran pages "
                    "seen do not cap the sum, but the Pasal 41 ayat (5) scale ends at 120. Set to "
                    "None to keep the uncapped sum.",
                ),
                confidence=Confidence.POLICY_CHOICE,
            ),
        ),
    ),
)
"""The national timeline of every parameter of this regime (registered in `NATIONAL`)."""

PARAMETERS = (*PP46_2011, *PP30_2019)
"""Every parameter of the area, in one tuple for the national policy."""
