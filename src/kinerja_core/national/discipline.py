"""National data of the `discipline` area: every parameter's national timeline, with its citations.

Data only: the specs (what each parameter is and how a value is checked) are in the area's
`*_specs` modules; the rules that read the values are in the area's other modules.
"""

from __future__ import annotations

from datetime import date

from kinerja_core.core.explain import Text
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Parameter, Version
from kinerja_core.core.tables import BandTable
from kinerja_core.discipline.absence_specs import (
    ABSENCE_PENALTIES,
    CONSECUTIVE_ABSENCE_RULE,
    MINUTE_REMAINDER_RULE,
    MINUTES_PER_ABSENT_DAY,
    MODERATE_PENALTIES,
    MODERATE_PENALTY_FORM,
    NON_OFFICIAL_ABSENCE_RULE,
    PP_53_2010,
    PP_94_2021,
    AbsenceRow,
    ConsecutiveAbsenceRule,
    MinuteRemainderRule,
    ModerateBand,
    ModeratePenaltyForm,
    NonOfficialAbsenceRule,
    PenaltyTerm,
)
from kinerja_core.discipline.penalties import Penalty, PenaltyLevel
from kinerja_core.discipline.sanctions_specs import (
    IMPROVEMENT_PERIOD_MONTHS,
    OBJECTION_WINDOW,
    PP_30_2019,
    SANCTION_PREDICATES,
    SANCTIONS_FROM,
    TEMPORARY_PLACEMENT_MONTHS,
    DayCount,
    ObjectionWindow,
    SanctionGroup,
)
from kinerja_core.performance.ratings import Predicate

PP_53_FROM = date(2010, 6, 6)
"""PP 53/2010 in force (domain reference §0 [P])."""
PP_94_FROM = date(2021, 8, 31)
"""PP 94/2021 in force (LN 2021/202, Pasal 46 [P])."""

LIGHT, MODERATE, SEVERE = PenaltyLevel.LIGHT, PenaltyLevel.MODERATE, PenaltyLevel.SEVERE

_PP53_TABLE = BandTable.from_lower_edges(
    [
        (0, AbsenceRow(None, None, article="Pasal 8 angka 9")),
        (5, AbsenceRow(Penalty.VERBAL_REPRIMAND, LIGHT, article="Pasal 8 angka 9 huruf a")),
        (6, AbsenceRow(Penalty.WRITTEN_REPRIMAND, LIGHT, article="Pasal 8 angka 9 huruf b")),
        (
            11,
            AbsenceRow(
                Penalty.WRITTEN_STATEMENT_OF_DISSATISFACTION,
                LIGHT,
                article="Pasal 8 angka 9 huruf c",
            ),
        ),
        (
            16,
            AbsenceRow(
                Penalty.DELAYED_SALARY_INCREMENT,
                MODERATE,
                months=12,
                article="Pasal 9 angka 11 huruf a",
            ),
        ),
        (
            21,
            AbsenceRow(
                Penalty.DELAYED_PROMOTION, MODERATE, months=12, article="Pasal 9 angka 11 huruf b"
            ),
        ),
        (
            26,
            AbsenceRow(
                Penalty.RANK_REDUCTION, MODERATE, months=12, article="Pasal 9 angka 11 huruf c"
            ),
        ),
        (
            31,
            AbsenceRow(
                Penalty.RANK_REDUCTION, SEVERE, months=36, article="Pasal 10 angka 9 huruf a"
            ),
        ),
        (
            36,
            AbsenceRow(
                Penalty.DEMOTION, SEVERE, article="Pasal 10 angka 9 huruf b", officials_only=True
            ),
        ),
        (
            41,
            AbsenceRow(
                Penalty.RELEASE_FROM_POSITION,
                SEVERE,
                article="Pasal 10 angka 9 huruf c",
                officials_only=True,
            ),
        ),
        (
            46,
            AbsenceRow(
                Penalty.DISMISSAL,
                SEVERE,
                article="Pasal 10 angka 9 huruf d",
                alternatives=(Penalty.DISHONOURABLE_DISMISSAL,),
            ),
        ),
    ],
    upper=366,
    monotone="increasing",
)

_PP94_LIGHT = "Pasal 9 ayat (2) huruf b"
_PP94_MODERATE = "Pasal 10 ayat (2) huruf f"
_PP94_SEVERE = "Pasal 11 ayat (2) huruf d"

_PP94_TABLE = BandTable.from_lower_edges(
    [
        (0, AbsenceRow(None, None, article=_PP94_LIGHT)),
        (3, AbsenceRow(Penalty.VERBAL_REPRIMAND, LIGHT, article=f"{_PP94_LIGHT} angka 1")),
        (4, AbsenceRow(Penalty.WRITTEN_REPRIMAND, LIGHT, article=f"{_PP94_LIGHT} angka 2")),
        (
            7,
            AbsenceRow(
                Penalty.WRITTEN_STATEMENT_OF_DISSATISFACTION,
                LIGHT,
                article=f"{_PP94_LIGHT} angka 3",
            ),
        ),
        *(
            (
                lower,
                AbsenceRow(
                    Penalty.ALLOWANCE_CUT,
                    MODERATE,
                    months=months,
                    allowance_cut=25,
                    article=f"{_PP94_MODERATE} angka {number}",
                    moderate_band=band,
                ),
            )
            for number, (lower, months, band) in enumerate(
                [
                    (11, 6, ModerateBand.FIRST),
                    (14, 9, ModerateBand.SECOND),
                    (17, 12, ModerateBand.THIRD),
                ],
                1,
            )
        ),
        (21, AbsenceRow(Penalty.DEMOTION, SEVERE, months=12, article=f"{_PP94_SEVERE} angka 1")),
        (
            25,
            AbsenceRow(
                Penalty.RELEASE_FROM_POSITION, SEVERE, months=12, article=f"{_PP94_SEVERE} angka 2"
            ),
        ),
        (28, AbsenceRow(Penalty.DISMISSAL, SEVERE, article=f"{_PP94_SEVERE} angka 3")),
    ],
    upper=366,
    monotone="increasing",
)

_PP53_7_3 = "Pasal 42 ayat (2) jo. PP 53/2010 Pasal 7 ayat (3) huruf"


def _transitional(penalty: Penalty, letter: str) -> PenaltyTerm:
    return PenaltyTerm(penalty, MODERATE, months=12, article=f"{_PP53_7_3} {letter}")


def _cut(months: int, letter: str) -> PenaltyTerm:
    return PenaltyTerm(
        Penalty.ALLOWANCE_CUT,
        MODERATE,
        months=months,
        allowance_cut=25,
        article=f"Pasal 8 ayat (3) huruf {letter}",
    )


_F, _S, _T = ModerateBand.FIRST, ModerateBand.SECOND, ModerateBand.THIRD
_BY_BAND = ModeratePenaltyForm.TRANSITIONAL
_KGB_ONLY = ModeratePenaltyForm.DELAYED_SALARY_INCREMENT_ONLY
_CUT = ModeratePenaltyForm.ALLOWANCE_CUT

_MODERATE_TERMS = {
    (_BY_BAND, _F): _transitional(Penalty.DELAYED_SALARY_INCREMENT, "a"),
    (_BY_BAND, _S): _transitional(Penalty.DELAYED_PROMOTION, "b"),
    (_BY_BAND, _T): _transitional(Penalty.RANK_REDUCTION, "c"),
    (_KGB_ONLY, _F): _transitional(Penalty.DELAYED_SALARY_INCREMENT, "a"),
    (_KGB_ONLY, _S): _transitional(Penalty.DELAYED_SALARY_INCREMENT, "a"),
    (_KGB_ONLY, _T): _transitional(Penalty.DELAYED_SALARY_INCREMENT, "a"),
    (_CUT, _F): _cut(6, "a"),
    (_CUT, _S): _cut(9, "b"),
    (_CUT, _T): _cut(12, "c"),
}

ABSENCE = (
    Parameter(
        ABSENCE_PENALTIES,
        [
            Version(
                PP_53_FROM,
                _PP53_TABLE,
                Citation(
                    PP_53_2010,
                    "Pasal 8 angka 9, Pasal 9 angka 11, Pasal 10 angka 9",
                    Text(
                        "Tidak masuk kerja tanpa alasan yang sah, dihitung kumulatif Januari-"
                        "Desember (Pasal 14); untuk ketidakhadiran sebelum 31 Agustus 2021. "
                        "Rentang 36-40 dan 41-45 hari hanya untuk pejabat struktural dan "
                        "fungsional.",
                        "Unexcused absence, counted cumulatively January-December (Pasal 14); "
                        "for absences before 31 August 2021. The 36-40 and 41-45 day rows apply "
                        "to structural and functional officials only.",
                    ),
                ),
            ),
            Version(
                PP_94_FROM,
                _PP94_TABLE,
                Citation(
                    PP_94_2021,
                    "Pasal 9 ayat (2) huruf b, Pasal 10 ayat (2) huruf f, "
                    "Pasal 11 ayat (2) huruf d",
                    Text(
                        "Tidak masuk kerja tanpa alasan yang sah secara kumulatif dalam 1 tahun, "
                        "dihitung sampai akhir tahun berjalan (Pasal 15 ayat (1)). Kasus yang "
                        "belum diperiksa pada 31 Agustus 2021 mengikuti PP 94/2021 (Pasal 40): "
                        "tanggal pemeriksaan yang menentukan. Hukuman ringan (3-10 hari) "
                        "berlaku bila pelanggarannya berdampak pada Unit Kerja (Pasal 9 ayat "
                        "(2)): penilaian itu ada pada pejabat yang berwenang, bukan pada "
                        "jumlah hari.",
                        "Unexcused absence cumulated over 1 year, counted to the end of the "
                        "current year (Pasal 15(1)). Cases not yet examined on 31 August 2021 "
                        "fall under PP 94/2021 (Pasal 40): the examination date decides. The "
                        "ringan penalties (3-10 days) apply where the breach affects the work "
                        "unit ('yang berdampak pada Unit Kerja', Pasal 9(2)): the authority "
                        "judges that, not the day count.",
                    ),
                ),
            ),
        ],
    ),
    Parameter(
        MODERATE_PENALTY_FORM,
        [
            Version(
                PP_94_FROM,
                ModeratePenaltyForm.TRANSITIONAL,
                Citation(
                    PP_94_2021,
                    "Pasal 42, Pasal 45 angka 3",
                    Text(
                        "Hukuman disiplin sedang Pasal 8 ayat (3) berlaku setelah PP tentang Gaji "
                        "dan Tunjangan berlaku; sampai saat itu berlaku PP 53/2010 Pasal 7 "
                        "ayat (3). PP tersebut belum ditemukan (sampai 2023): ganti dengan "
                        "ALLOWANCE_CUT sejak tanggal berlakunya.",
                        "The sedang penalties of Pasal 8(3) apply once a PP on Gaji dan "
                        "Tunjangan applies; until then PP 53/2010 Pasal 7(3) applies. No such PP "
                        "was found (up to 2023): override with ALLOWANCE_CUT from its date.",
                    ),
                ),
            )
        ],
    ),
    Parameter(
        MODERATE_PENALTIES,
        [
            Version(
                PP_94_FROM,
                _MODERATE_TERMS,
                Citation(
                    PP_94_2021,
                    "Pasal 8 ayat (3), Pasal 10 ayat (2) huruf f, Pasal 42 ayat (2)",
                    Text(
                        "Pemetaan rentang 11-13, 14-16, 17-20 hari ke huruf a, b, c PP 53/2010 "
                        "Pasal 7 ayat (3) mengikuti pedoman kementerian (KMK 5/2022) [C]; program "
                        "lain menunda KGB untuk ketiganya [C]. Potongan 25 % selama 6/9/12 bulan "
                        "adalah naskah Pasal 8 ayat (3) [P].",
                        "Mapping the 11-13, 14-16, 17-20 day bands onto letters a, b, c of "
                        "PP 53/2010 Pasal 7(3) follows a ministry guideline (KMK 5/2022) [C]; "
                        "another program delays the KGB for all three [C]. The 25 % cut for "
                        "6/9/12 months is the text of Pasal 8(3) [P].",
                    ),
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
    Parameter(
        NON_OFFICIAL_ABSENCE_RULE,
        [
            Version(
                PP_53_FROM,
                NonOfficialAbsenceRule.LIGHTER_BAND,
                Citation(
                    "kinerja-core",
                    Text(
                        "hukuman bagi pelaksana pada rentang 36-45 hari (PP 53/2010)",
                        "penalty of a pelaksana in the 36-45 day rows (PP 53/2010)",
                    ),
                    Text(
                        "PP 53/2010 Pasal 10 angka 9 huruf b dan c hanya berlaku bagi pejabat "
                        "struktural dan fungsional dan tidak menyebut hukuman bagi pegawai lain. "
                        "Nilai bawaan: hukuman rentang di bawahnya yang berlaku bagi semua PNS "
                        "(penurunan pangkat 3 tahun); HEAVIER_BAND memberi hukuman rentang di "
                        "atasnya.",
                        "PP 53/2010 Pasal 10 angka 9 huruf b and c apply to structural and "
                        "functional officials only and name no penalty for other employees. "
                        "Default: the penalty of the band below that applies to every PNS "
                        "(rank reduction for 3 years); HEAVIER_BAND gives the band above.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
    Parameter(
        CONSECUTIVE_ABSENCE_RULE,
        [
            Version(
                PP_53_FROM,
                None,
                Citation(
                    PP_53_2010,
                    "Pasal 8 angka 9, Pasal 9 angka 11, Pasal 10 angka 9",
                    Text(
                        "Tabel ketidakhadiran PP 53/2010 hanya menghitung hari secara kumulatif; "
                        "tidak ada aturan tersendiri untuk hari kerja berturut-turut dalam pasal "
                        "yang dibaca.",
                        "PP 53/2010's absence table counts cumulative days only; the articles "
                        "read have no separate rule for consecutive working days.",
                    ),
                ),
            ),
            Version(
                PP_94_FROM,
                ConsecutiveAbsenceRule(
                    10,
                    PenaltyTerm(Penalty.DISMISSAL, SEVERE, article=f"{_PP94_SEVERE} angka 4"),
                    pay_stops_next_month=True,
                ),
                Citation(
                    PP_94_2021,
                    "Pasal 11 ayat (2) huruf d angka 4, Pasal 15 ayat (2)",
                    Text(
                        "Tidak masuk kerja tanpa alasan yang sah 10 hari kerja secara terus "
                        "menerus: pemberhentian dengan hormat tidak atas permintaan sendiri; "
                        "gajinya dihentikan mulai bulan berikutnya.",
                        "Unexcused absence for 10 consecutive working days: honourable "
                        "dismissal not at own request; pay stops from the following month.",
                    ),
                ),
            ),
        ],
    ),
    Parameter(
        MINUTES_PER_ABSENT_DAY,
        [
            Version(
                PP_53_FROM,
                450,
                Citation(
                    PP_53_2010,
                    "Penjelasan Pasal 3 angka 11",
                    Text(
                        "Keterlambatan masuk kerja dan/atau pulang cepat dihitung secara "
                        "kumulatif dan dikonversi: 7,5 jam sama dengan 1 hari tidak masuk kerja.",
                        "Late arrival and/or early leave are cumulated and converted: 7.5 hours "
                        "equal 1 day of absence.",
                    ),
                ),
            ),
            Version(
                PP_94_FROM,
                450,
                Citation(
                    "KMK 5/2022",
                    Text("konversi keterlambatan (pedoman)", "lateness conversion (guideline)"),
                    Text(
                        "PP 94/2021 tidak mengatur konversi menit ke hari; pedoman kementerian "
                        "ini meneruskan 7,5 jam = 1 hari dari PP 53/2010 [C].",
                        "PP 94/2021 has no minutes-to-days rule; this ministry guideline keeps "
                        "PP 53/2010's 7.5 hours = 1 day [C].",
                    ),
                    confidence=Confidence.SOFTWARE,
                ),
            ),
        ],
    ),
    Parameter(
        MINUTE_REMAINDER_RULE,
        [
            Version(
                PP_53_FROM,
                MinuteRemainderRule.WHOLE_DAYS_ONLY,
                Citation(
                    "kinerja-core",
                    Text("sisa menit yang belum genap satu hari", "minutes short of a whole day"),
                    Text(
                        "Peraturan tidak mengatur sisa menit yang belum mencapai 7,5 jam. Nilai "
                        "bawaan: hanya kelipatan penuh yang dihitung sebagai hari; "
                        "PART_DAY_COUNTS menghitung sisa sebagai satu hari.",
                        "No regulation says how minutes short of 7.5 hours count. Default: only "
                        "whole multiples count as days; PART_DAY_COUNTS counts a remainder as "
                        "one day.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

_TRIGGERING = {
    SanctionGroup.SENIOR_EXECUTIVE: (
        Predicate.NEEDS_IMPROVEMENT,
        Predicate.POOR,
        Predicate.VERY_POOR,
    ),
    SanctionGroup.ADMINISTRATION_AND_FUNCTIONAL: (Predicate.POOR, Predicate.VERY_POOR),
}
_SANCTION_PREDICATES = {
    (group, predicate): predicate in _TRIGGERING[group]
    for group in SanctionGroup
    for predicate in Predicate
}

SANCTIONS = (
    Parameter(
        SANCTION_PREDICATES,
        [
            Version(
                SANCTIONS_FROM,
                _SANCTION_PREDICATES,
                Citation(
                    PP_30_2019,
                    "Pasal 57, Pasal 58",
                    Text(
                        "JPT: target tidak tercapai 1 tahun dan predikat Cukup, Kurang atau Sangat "
                        "Kurang (Pasal 57); administrasi dan fungsional: predikat Kurang atau "
                        "Sangat Kurang (Pasal 58). Cukup disamakan dengan Butuh Perbaikan dan "
                        "Kurang dengan Kurang/Misconduct (PermenPANRB 6/2022): pilihan "
                        "kinerja-core; pasal-pasalnya sendiri [P].",
                        "JPT: target missed for 1 year and predikat Cukup, Kurang or Sangat Kurang "
                        "(Pasal 57); administration and functional: predikat Kurang or Sangat "
                        "Kurang (Pasal 58). Cukup is read as Butuh Perbaikan and Kurang as "
                        "Kurang/Misconduct (PermenPANRB 6/2022): kinerja-core's reading; the "
                        "articles themselves are [P].",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
    Parameter(
        IMPROVEMENT_PERIOD_MONTHS,
        [
            Version(
                SANCTIONS_FROM,
                6,
                Citation(
                    PP_30_2019,
                    "Pasal 57, Pasal 58",
                    Text(
                        "Diberikan kesempatan 6 bulan untuk memperbaiki kinerjanya (dalam kondisi "
                        "normal, tanpa keadaan kahar), lalu uji kompetensi kembali.",
                        "Given 6 months to improve (under normal conditions, no force majeure), "
                        "then a competency re-test.",
                    ),
                ),
            )
        ],
    ),
    Parameter(
        TEMPORARY_PLACEMENT_MONTHS,
        [
            Version(
                SANCTIONS_FROM,
                12,
                Citation(
                    PP_30_2019,
                    "Pasal 58",
                    Text(
                        "Bila tidak ada jabatan yang lowong, ditempatkan sementara paling lama 1 "
                        "tahun; bila tetap tidak ada, diberhentikan dengan hormat.",
                        "If no position is vacant, a temporary placement of at most 1 year; if "
                        "there is still none, honourable dismissal.",
                    ),
                ),
            )
        ],
    ),
    Parameter(
        OBJECTION_WINDOW,
        [
            Version(
                SANCTIONS_FROM,
                ObjectionWindow(14, DayCount.CALENDAR_DAYS),
                Citation(
                    PP_30_2019,
                    "Pasal 59",
                    Text(
                        "Keberatan diajukan kepada atasan dalam 14 hari; keputusannya final. "
                        "Naskah tidak menyebut hari kalender atau hari kerja: hari kalender, "
                        "dihitung sejak hari sesudah pemberitahuan, adalah pilihan kinerja-core.",
                        "An objection goes to the superior within 14 days; the decision is "
                        "final. The text does not say calendar or working days: calendar days, "
                        "counted from the day after notification, are kinerja-core's choice.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

PARAMETERS = (*ABSENCE, *SANCTIONS)
