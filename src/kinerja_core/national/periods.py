"""National data of the `periods` area: every parameter's national timeline, with its citations.

Data only: the specs (what each parameter is and how a value is checked) are in the area's
`*_specs` modules; the rules that read the values are in the area's other modules.
"""

from __future__ import annotations

from datetime import date

from kinerja_core.core.explain import Text
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Parameter, Version
from kinerja_core.periods.deadlines_specs import (
    _END_OF_DECEMBER,
    _END_OF_FEBRUARY_NEXT,
    _END_OF_JANUARY,
    _END_OF_JANUARY_NEXT,
    _FROM_6_2022,
    _FROM_8_2021,
    _KEPT_BY_6_2022,
    _PERMENPANRB_6_2022,
    _PERMENPANRB_8_2021,
    _PLANNING,
    _PP46_EVALUATION_NOTE,
    _PP_30_2019,
    _PP_46_2011,
    _SECOND_WEEK_NOTE,
    _SECOND_WEEK_OF_JANUARY,
    ANNUAL_EVALUATION_DATE,
    ANNUAL_EVALUATION_DEADLINE,
    EVALUATION_REPORT_DEADLINE,
    SKP_DEADLINE,
    SKP_DRAFT_DEADLINE,
)
from kinerja_core.periods.employment_specs import (
    MONTH_COUNT_RULE,
    MonthCountRule,
)

EMPLOYMENT = (
    Parameter(
        MONTH_COUNT_RULE,
        [
            Version(
                date(2014, 1, 1),
                MonthCountRule.WHOLE_MONTHS,
                Citation(
                    "kinerja-core",
                    Text(
                        "aturan penghitungan bulan untuk tahun yang tidak penuh",
                        "month-count rule for partial years",
                    ),
                    Text(
                        "Tidak ada peraturan yang dibaca mengatur cara menghitung bulan yang "
                        "tidak penuh; contoh angka kredit BKN menghitung bulan kalender penuh "
                        "(Januari-Februari → 2/12). Sebuah bulan dihitung bila masa jabatan "
                        "mencakup seluruh bulan itu. Ganti dengan ANY_DAY atau DAY_FRACTION bila "
                        "instansi mengatur lain.",
                        "No regulation seen says how a partial month counts; BKN's angka kredit "
                        "example counts whole calendar months (January-February → 2/12). A month "
                        "counts when the employment covers all of it. Override with ANY_DAY or "
                        "DAY_FRACTION where an instansi rules otherwise.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

DEADLINES = (
    Parameter(
        SKP_DRAFT_DEADLINE,
        [
            Version(
                _FROM_8_2021,
                _SECOND_WEEK_OF_JANUARY,
                Citation(
                    _PERMENPANRB_8_2021,
                    _PLANNING,
                    Text(
                        f"{_SECOND_WEEK_NOTE.id} Aturannya sendiri [P]; harinya adalah pilihan "
                        "kebijakan.",
                        f"{_SECOND_WEEK_NOTE.en} The rule itself is [P]; the day is a policy "
                        "choice.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            ),
            Version(
                _FROM_6_2022,
                _SECOND_WEEK_OF_JANUARY,
                Citation(
                    _PERMENPANRB_6_2022,
                    Text(
                        "Pengelolaan kinerja: perencanaan (naskah belum dibaca)",
                        "Pengelolaan kinerja: perencanaan (text not seen)",
                    ),
                    Text(
                        f"{_KEPT_BY_6_2022.id} {_SECOND_WEEK_NOTE.id}",
                        f"{_KEPT_BY_6_2022.en} {_SECOND_WEEK_NOTE.en}",
                    ),
                    confidence=Confidence.UNCONFIRMED,
                ),
            ),
        ],
    ),
    Parameter(
        SKP_DEADLINE,
        [
            Version(
                _FROM_8_2021,
                _END_OF_JANUARY,
                Citation(
                    _PERMENPANRB_8_2021,
                    _PLANNING,
                    Text(
                        "SKP ditetapkan setiap tahun paling lambat akhir bulan Januari.",
                        "SKP is set each year no later than the end of January.",
                    ),
                ),
            ),
            Version(
                _FROM_6_2022,
                _END_OF_JANUARY,
                Citation(
                    _PERMENPANRB_6_2022,
                    Text(
                        "Pengelolaan kinerja: perencanaan (naskah belum dibaca)",
                        "Pengelolaan kinerja: perencanaan (text not seen)",
                    ),
                    _KEPT_BY_6_2022,
                    confidence=Confidence.UNCONFIRMED,
                ),
            ),
        ],
    ),
    Parameter(
        ANNUAL_EVALUATION_DATE,
        [
            Version(
                date(2014, 1, 1),
                _END_OF_DECEMBER,
                Citation(
                    _PP_46_2011,
                    Text(
                        "penilaian prestasi kerja tahunan (pasal belum dibaca)",
                        "penilaian prestasi kerja tahunan (article not seen)",
                    ),
                    _PP46_EVALUATION_NOTE,
                    confidence=Confidence.SECONDARY,
                ),
            ),
            Version(
                _FROM_8_2021,
                _END_OF_DECEMBER,
                Citation(
                    _PP_30_2019,
                    "Pasal 42 ayat (1)",
                    Text(
                        "Penilaian kinerja tahunan dilakukan pada akhir bulan Desember.",
                        "Annual performance appraisal at the end of December.",
                    ),
                ),
            ),
        ],
    ),
    Parameter(
        ANNUAL_EVALUATION_DEADLINE,
        [
            Version(
                date(2014, 1, 1),
                _END_OF_JANUARY_NEXT,
                Citation(
                    _PP_46_2011,
                    Text(
                        "penilaian prestasi kerja tahunan (pasal belum dibaca)",
                        "penilaian prestasi kerja tahunan (article not seen)",
                    ),
                    _PP46_EVALUATION_NOTE,
                    confidence=Confidence.SECONDARY,
                ),
            ),
            Version(
                _FROM_8_2021,
                _END_OF_JANUARY_NEXT,
                Citation(
                    _PP_30_2019,
                    "Pasal 42 ayat (1)",
                    Text(
                        "Paling lambat akhir bulan Januari tahun berikutnya.",
                        "At the latest the end of January of the following year.",
                    ),
                ),
            ),
        ],
    ),
    Parameter(
        EVALUATION_REPORT_DEADLINE,
        [
            Version(
                _FROM_8_2021,
                _END_OF_FEBRUARY_NEXT,
                Citation(
                    _PP_30_2019,
                    "Pasal 51",
                    Text(
                        "Dilaporkan paling lambat akhir bulan Februari; dibaca sebagai Februari "
                        "tahun setelah tahun kinerja, karena penilaiannya sendiri dapat "
                        "berlangsung sampai akhir Januari.",
                        "Report by the end of February; read as February of the year after the "
                        "performance year, since the appraisal itself may run to the end of "
                        "January.",
                    ),
                ),
            ),
        ],
    ),
)

PARAMETERS = (*EMPLOYMENT, *DEADLINES)
"""Every parameter of the area, in one tuple for the national policy."""
