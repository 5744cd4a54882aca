"""The TPP / tunjangan kinerja parameter sets the project's domain reference gives, as data.

Each constant is a [`Version`][kinerja_core.Version] of
[`AllowanceRules`][kinerja_core.allowance.AllowanceRules]: the date from which it applies, the
set, and the regulation. Add one to a policy with
`NATIONAL.with_overrides(name, {ALLOWANCE_RULES: PERMENLU_3_2025})`.

Every part of a set carries its own citation. A part that the source does not state is still
given a value, so that the set computes, but its citation is `Confidence.UNCONFIRMED` and its
note says what was assumed (usually: no such cut, a percentage of 0, rounding each line to
whole rupiah half up). An institution that uses a set replaces those parts with its own cited
values. The effective dates of the sets were not read from the regulations: each set applies
from 1 January of its regulation's year, as the version's note says, and the version's citation
(the regulation) is therefore `Confidence.UNCONFIRMED` too.

Data only: no formulas; this module imports the core and the area's specs.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kinerja_core.allowance.allowance_specs import (
    AllowanceComponent,
    AllowanceRules,
    BpjsShares,
    ComponentWeights,
    ConsecutiveAbsence,
    CutCap,
    FactorKind,
    MinuteBand,
    MinuteBands,
    PerOccurrence,
    PredicateFactors,
    PredicateLag,
    Rounding,
    RoundingMode,
    SpecialStates,
)
from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core.explain import Text
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Version
from kinerja_core.performance.ratings import Predicate

__all__ = [
    "JAWA_TIMUR_STYLE",
    "KAB_JEMBRANA",
    "PEMDA_60_40_STYLE",
    "PERBAN_BAKAMLA_1_2023",
    "PERBAN_BGN_4_2025",
    "PERMENDIKDASMEN_14_2025",
    "PERMENHAN_7_2014",
    "PERMENLU_3_2025",
    "PERMENTAN_20_2025",
    "PERMENTAN_68_2012",
    "PERMEN_LHK_6_2024",
    "SHIPPED_SETS",
]

_WHOLE = AllowanceComponent.WHOLE
_DISCIPLINE = AllowanceComponent.DISCIPLINE
_PERFORMANCE = AllowanceComponent.PERFORMANCE


def _unstated(regulation: str, assumed_id: str, assumed_en: str) -> Citation:
    """The citation of a part the source does not state: UNCONFIRMED, with what was assumed."""
    return Citation(
        regulation,
        Text("tidak diatur dalam sumber yang dibaca", "not stated in the source read"),
        Text(
            f"Nilai ini bukan dari sumber: {assumed_id}. Instansi menggantinya dengan "
            "ketentuannya sendiri.",
            f"Not from the source: {assumed_en}. The institution replaces it with its own rule.",
        ),
        confidence=Confidence.UNCONFIRMED,
    )


def _whole_cut(regulation: str) -> FrozenMap[str, Citation]:
    """The `assumed` of a cut whose source states the percentage but not the part it cuts."""
    return FrozenMap(
        {
            "component": _unstated(
                regulation,
                "potongan diambil dari seluruh tunjangan (bagian yang dipotong tidak disebutkan)",
                "the cut is taken from the whole allowance (the part cut is not stated)",
            )
        }
    )


def _dated(regulation: str, year: int) -> Citation:
    """The citation of a version whose effective date was not read: UNCONFIRMED."""
    return Citation(
        regulation,
        Text(
            "peraturan (tanggal berlaku belum dibaca)", "the regulation (effective date not read)"
        ),
        Text(
            f"Diasumsikan berlaku sejak 1 Januari {year}; tanggal berlaku dari naskahnya belum "
            "terkonfirmasi.",
            f"Assumed to apply from 1 January {year}; the effective date in its text is "
            "unconfirmed.",
        ),
        confidence=Confidence.UNCONFIRMED,
    )


def _no_predikat(regulation: str) -> PredicateFactors:
    return PredicateFactors(
        FactorKind.PAYMENT_FACTOR,
        dict.fromkeys(Predicate, 100),
        PredicateLag.SAME_MONTH,
        _WHOLE,
        _unstated(
            regulation,
            "predikat tidak mengubah tunjangan (faktor 100 % untuk setiap predikat, bulan yang "
            "sama, dari seluruh tunjangan)",
            "the predikat does not change the allowance (a factor of 100 % for every predikat, "
            "same month, of the whole allowance)",
        ),
    )


def _no_cut(
    regulation: str, what_id: str, what_en: str, component: AllowanceComponent
) -> PerOccurrence:
    return PerOccurrence(
        0,
        component,
        _unstated(regulation, f"tanpa potongan {what_id} (0 %)", f"no cut for {what_en} (0 %)"),
    )


def _no_bands(
    regulation: str, what_id: str, what_en: str, component: AllowanceComponent
) -> MinuteBands:
    return MinuteBands(
        (),
        component,
        _unstated(regulation, f"tanpa potongan {what_id}", f"no cut for {what_en}"),
    )


def _undivided(regulation: str) -> ComponentWeights:
    return ComponentWeights(
        100,
        0,
        _unstated(
            regulation,
            "tunjangan tidak dibagi atas komponen (seluruhnya satu bagian)",
            "the allowance is not split into components (one part)",
        ),
    )


def _cap(regulation: str) -> CutCap:
    return CutCap(
        100,
        _unstated(
            regulation,
            "potongan kehadiran sebulan paling banyak 100 %",
            "the month's attendance cuts take at most 100 %",
        ),
    )


def _no_run(regulation: str, component: AllowanceComponent) -> ConsecutiveAbsence:
    return ConsecutiveAbsence(
        None,
        0,
        component,
        _unstated(
            regulation,
            "tanpa aturan tidak masuk kerja berturut-turut",
            "no consecutive-absence rule",
        ),
    )


def _no_states(regulation: str) -> SpecialStates:
    return SpecialStates(
        100,
        100,
        True,
        _unstated(
            regulation,
            "CPNS dan tugas belajar dibayar 100 %; pindah masuk atau keluar dibayar menurut hari "
            "kerja dalam jabatan",
            "CPNS and study leave are paid 100 %; a transfer in or out is paid by working days in "
            "post",
        ),
    )


def _no_bpjs(regulation: str) -> BpjsShares:
    return BpjsShares(
        0,
        0,
        _unstated(
            regulation,
            "tanpa iuran BPJS atas tunjangan (0 % dan 0 %)",
            "no BPJS contribution on the allowance (0 % and 0 %)",
        ),
    )


def _rounding(regulation: str) -> Rounding:
    return Rounding(
        1,
        RoundingMode.HALF_UP,
        _unstated(
            regulation,
            "setiap baris dibulatkan ke rupiah penuh, setengah ke atas",
            "each line is rounded to whole rupiah, half up",
        ),
    )


def _tl_psw(regulation: str, component: AllowanceComponent, cited: Citation) -> MinuteBands:
    return MinuteBands(
        (
            MinuteBand(1, 31, Decimal("0.5")),
            MinuteBand(31, 61, 1),
            MinuteBand(61, 91, Decimal("1.5")),
            MinuteBand(91, None, 2),
        ),
        component,
        cited,
        assumed=_whole_cut(regulation),
    )


# --------------------------------------------------------------------------------------------
# Kementan — Permentan 68/2012 [S]
# --------------------------------------------------------------------------------------------

_PERMENTAN = "Permentan 68/2012"
_PERMENTAN_BANDS = Text(
    "TL1 1–<31 menit 0,5 %, TL2 31–<61 menit 1 %, TL3 61–<91 menit 1,5 %, TL4 ≥ 91 menit atau "
    "tanpa catatan 2 % (tanpa catatan: catat sebagai 91 menit).",
    "TL1 1–<31 min 0.5 %, TL2 31–<61 min 1 %, TL3 61–<91 min 1.5 %, TL4 ≥ 91 min or no record "
    "2 % (no record: enter 91 minutes).",
)

PERMENTAN_68_2012: Version[AllowanceRules] = Version(
    date(2012, 1, 1),
    AllowanceRules(
        name="Permentan 68/2012 (Kementan)",
        weights=_undivided(_PERMENTAN),
        performance=_no_predikat(_PERMENTAN),
        absence=PerOccurrence(
            4,
            _WHOLE,
            Citation(
                _PERMENTAN,
                Text("ketentuan potongan ketidakhadiran", "absence cut provision"),
                Text(
                    "4 % per hari tidak masuk kerja (atau bekerja kurang dari 7,5 jam).",
                    "4 % per day absent (or under 7.5 hours worked).",
                ),
                confidence=Confidence.SECONDARY,
            ),
            assumed=_whole_cut(_PERMENTAN),
        ),
        lateness=_tl_psw(
            _PERMENTAN,
            _WHOLE,
            Citation(
                _PERMENTAN,
                Text("ketentuan terlambat masuk kerja (TL1–TL4)", "late-arrival provision"),
                _PERMENTAN_BANDS,
                confidence=Confidence.SECONDARY,
            ),
        ),
        early_leave=_tl_psw(
            _PERMENTAN,
            _WHOLE,
            Citation(
                _PERMENTAN,
                Text("ketentuan pulang sebelum waktunya (PSW1–PSW4)", "early-leave provision"),
                _PERMENTAN_BANDS,
                confidence=Confidence.SECONDARY,
            ),
        ),
        ceremony=_no_cut(_PERMENTAN, "tidak mengikuti upacara", "missed ceremonies", _WHOLE),
        cap=_cap(_PERMENTAN),
        consecutive_absence=_no_run(_PERMENTAN, _WHOLE),
        special_states=_no_states(_PERMENTAN),
        bpjs=_no_bpjs(_PERMENTAN),
        rounding=_rounding(_PERMENTAN),
    ),
    _dated(_PERMENTAN, 2012),
)
"""Kementan's tunjangan kinerja cuts of Permentan 68/2012 [S]: 4 % per day absent, late
arrivals and early leaves TL1–TL4 / PSW1–PSW4 (0.5 / 1 / 1.5 / 2 %). Everything else is
UNCONFIRMED."""

# --------------------------------------------------------------------------------------------
# Kementan — Permentan 20/2025 [P]
# --------------------------------------------------------------------------------------------

_PERMENTAN_2025 = "Permentan 20/2025"

PERMENTAN_20_2025: Version[AllowanceRules] = Version(
    date(2025, 1, 1),
    AllowanceRules(
        name="Permentan 20/2025 (Kementan)",
        weights=ComponentWeights(
            60,
            40,
            Citation(
                _PERMENTAN_2025,
                Text("ketentuan bobot aspek", "weights of the aspects"),
                Text(
                    "60 % aspek kinerja dan 40 % aspek kehadiran.",
                    "60 % performance aspect and 40 % attendance aspect.",
                ),
            ),
        ),
        performance=_no_predikat(_PERMENTAN_2025),
        absence=_no_cut(_PERMENTAN_2025, "tidak masuk kerja", "days absent", _DISCIPLINE),
        lateness=_no_bands(_PERMENTAN_2025, "terlambat masuk kerja", "late arrivals", _DISCIPLINE),
        early_leave=_no_bands(
            _PERMENTAN_2025, "pulang sebelum waktunya", "early leaves", _DISCIPLINE
        ),
        ceremony=_no_cut(
            _PERMENTAN_2025, "tidak mengikuti upacara", "missed ceremonies", _DISCIPLINE
        ),
        cap=_cap(_PERMENTAN_2025),
        consecutive_absence=_no_run(_PERMENTAN_2025, _DISCIPLINE),
        special_states=SpecialStates(
            80,
            100,
            True,
            Citation(
                _PERMENTAN_2025,
                Text("ketentuan CPNS", "CPNS provision"),
                Text(
                    "CPNS menerima 80 %.",
                    "A CPNS receives 80 %.",
                ),
            ),
            assumed={
                "study_leave_percent": _unstated(
                    _PERMENTAN_2025,
                    "tugas belajar dibayar 100 %",
                    "study leave is paid 100 %",
                ),
                "prorate_transfers": _unstated(
                    _PERMENTAN_2025,
                    "pindah masuk atau keluar dibayar menurut hari kerja dalam jabatan",
                    "a transfer in or out is paid by working days in post",
                ),
            },
        ),
        bpjs=_no_bpjs(_PERMENTAN_2025),
        rounding=_rounding(_PERMENTAN_2025),
    ),
    _dated(_PERMENTAN_2025, 2025),
)
"""Kementan's tunjangan kinerja of Permentan 20/2025 [P]: 60 % performance aspect + 40 %
attendance aspect; a CPNS receives 80 %. The attendance cuts are not in the reference:
UNCONFIRMED (none), to be replaced by the institution's own."""

# --------------------------------------------------------------------------------------------
# Kemendikdasmen — Permendikdasmen 14/2025 Pasal 19 [P]
# --------------------------------------------------------------------------------------------

_DIKDASMEN = "Permendikdasmen 14/2025"

PERMENDIKDASMEN_14_2025: Version[AllowanceRules] = Version(
    date(2025, 1, 1),
    AllowanceRules(
        name="Permendikdasmen 14/2025 (Kemendikdasmen)",
        weights=_undivided(_DIKDASMEN),
        performance=_no_predikat(_DIKDASMEN),
        absence=PerOccurrence(
            Decimal("2.5"),
            _WHOLE,
            Citation(
                _DIKDASMEN,
                "Pasal 19",
                Text(
                    "2,5 % per hari tidak masuk kerja.",
                    "2.5 % per day absent.",
                ),
            ),
            assumed=_whole_cut(_DIKDASMEN),
        ),
        lateness=_no_bands(_DIKDASMEN, "terlambat masuk kerja", "late arrivals", _WHOLE),
        early_leave=_no_bands(_DIKDASMEN, "pulang sebelum waktunya", "early leaves", _WHOLE),
        ceremony=_no_cut(_DIKDASMEN, "tidak mengikuti upacara", "missed ceremonies", _WHOLE),
        cap=_cap(_DIKDASMEN),
        consecutive_absence=ConsecutiveAbsence(
            10,
            100,
            _WHOLE,
            Citation(
                _DIKDASMEN,
                "Pasal 19",
                Text(
                    "Tidak masuk kerja 10 hari kerja berturut-turut atau lebih: dipotong 100 %.",
                    "10 or more consecutive working days absent: a cut of 100 %.",
                ),
            ),
        ),
        special_states=_no_states(_DIKDASMEN),
        bpjs=_no_bpjs(_DIKDASMEN),
        rounding=_rounding(_DIKDASMEN),
    ),
    _dated(_DIKDASMEN, 2025),
)
"""Kemendikdasmen's tunjangan kinerja of Permendikdasmen 14/2025 Pasal 19 [P]: 2.5 % per day
absent; 10 or more consecutive working days absent cut 100 %. Everything else UNCONFIRMED."""

# --------------------------------------------------------------------------------------------
# Kemlu — Permenlu 3/2025 [P]
# --------------------------------------------------------------------------------------------

_KEMLU = "Permenlu 3/2025"

PERMENLU_3_2025: Version[AllowanceRules] = Version(
    date(2025, 1, 1),
    AllowanceRules(
        name="Permenlu 3/2025 (Kemlu)",
        weights=_undivided(_KEMLU),
        performance=PredicateFactors(
            FactorKind.PAYMENT_FACTOR,
            dict(zip(Predicate, (100, 100, 80, 70, 60), strict=True)),
            PredicateLag.NEXT_QUARTER,
            _WHOLE,
            Citation(
                _KEMLU,
                "Pasal 15",
                Text(
                    "Predikat triwulanan menentukan tunjangan kinerja triwulan berikutnya: "
                    "Sangat Baik 100 %, Baik 100 %, Butuh Perbaikan 80 %, Kurang 70 %, Sangat "
                    "Kurang 60 %.",
                    "The quarterly predikat decides the next quarter's tukin: Sangat Baik "
                    "100 %, Baik 100 %, Butuh Perbaikan 80 %, Kurang 70 %, Sangat Kurang 60 %.",
                ),
            ),
        ),
        absence=_no_cut(_KEMLU, "tidak masuk kerja", "days absent", _WHOLE),
        lateness=_no_bands(_KEMLU, "terlambat masuk kerja", "late arrivals", _WHOLE),
        early_leave=_no_bands(_KEMLU, "pulang sebelum waktunya", "early leaves", _WHOLE),
        ceremony=_no_cut(_KEMLU, "tidak mengikuti upacara", "missed ceremonies", _WHOLE),
        cap=CutCap(
            100,
            Citation(
                _KEMLU,
                "Pasal 18 ayat (4)",
                Text(
                    "Potongan dijumlahkan setiap bulan, paling banyak 100 %.",
                    "Deductions cumulate per month, capped at 100 %.",
                ),
            ),
        ),
        consecutive_absence=_no_run(_KEMLU, _WHOLE),
        special_states=_no_states(_KEMLU),
        bpjs=_no_bpjs(_KEMLU),
        rounding=_rounding(_KEMLU),
    ),
    _dated(_KEMLU, 2025),
)
"""Kemlu's tunjangan kinerja of Permenlu 3/2025 [P]: the quarterly predikat pays 100 / 100 /
80 / 70 / 60 % of the next quarter's tukin (Pasal 15); the month's cuts are capped at 100 %
(Pasal 18(4)). The cut percentages themselves are UNCONFIRMED (none)."""

# --------------------------------------------------------------------------------------------
# KLHK — Permen LHK 6/2024 Pasal 19 [P]
# --------------------------------------------------------------------------------------------

_KLHK = "Permen LHK 6/2024"

PERMEN_LHK_6_2024: Version[AllowanceRules] = Version(
    date(2024, 1, 1),
    AllowanceRules(
        name="Permen LHK 6/2024 (KLHK)",
        weights=_undivided(_KLHK),
        performance=PredicateFactors(
            FactorKind.PAYMENT_FACTOR,
            dict(zip(Predicate, (100, 100, 90, 85, 80), strict=True)),
            PredicateLag.NEXT_YEAR,
            _WHOLE,
            Citation(
                _KLHK,
                "Pasal 19",
                Text(
                    "Predikat menentukan tunjangan kinerja tahun berikutnya: Sangat Baik 100 %, "
                    "Baik 100 %, Butuh Perbaikan 90 %, Kurang 85 %, Sangat Kurang 80 %.",
                    "The predikat decides the next year's tukin: Sangat Baik 100 %, Baik "
                    "100 %, Butuh Perbaikan 90 %, Kurang 85 %, Sangat Kurang 80 %.",
                ),
            ),
        ),
        absence=_no_cut(_KLHK, "tidak masuk kerja", "days absent", _WHOLE),
        lateness=_no_bands(_KLHK, "terlambat masuk kerja", "late arrivals", _WHOLE),
        early_leave=_no_bands(_KLHK, "pulang sebelum waktunya", "early leaves", _WHOLE),
        ceremony=_no_cut(_KLHK, "tidak mengikuti upacara", "missed ceremonies", _WHOLE),
        cap=_cap(_KLHK),
        consecutive_absence=_no_run(_KLHK, _WHOLE),
        special_states=_no_states(_KLHK),
        bpjs=_no_bpjs(_KLHK),
        rounding=_rounding(_KLHK),
    ),
    _dated(_KLHK, 2024),
)
"""KLHK's tunjangan kinerja of Permen LHK 6/2024 Pasal 19 [P]: the predikat pays 100 / 100 /
90 / 85 / 80 % of the next year's tukin. Everything else UNCONFIRMED."""

# --------------------------------------------------------------------------------------------
# Bakamla — Perban Bakamla 1/2023 Pasal 11 [P]
# --------------------------------------------------------------------------------------------

_BAKAMLA = "Perban Bakamla 1/2023"

PERBAN_BAKAMLA_1_2023: Version[AllowanceRules] = Version(
    date(2023, 1, 1),
    AllowanceRules(
        name="Perban Bakamla 1/2023 (Bakamla)",
        weights=_undivided(_BAKAMLA),
        performance=PredicateFactors(
            FactorKind.CUT,
            dict(zip(Predicate, (0, 0, 0, 1, 2), strict=True)),
            PredicateLag.SAME_MONTH,
            _WHOLE,
            Citation(
                _BAKAMLA,
                "Pasal 11",
                Text(
                    "Predikat bulanan memotong seluruh tunjangan kinerja: Sangat Baik, Baik dan "
                    "Butuh Perbaikan 0 %, Kurang 1 %, Sangat Kurang 2 %.",
                    "The monthly predikat cuts the whole tukin: Sangat Baik, Baik and Butuh "
                    "Perbaikan 0 %, Kurang 1 %, Sangat Kurang 2 %.",
                ),
            ),
        ),
        absence=_no_cut(_BAKAMLA, "tidak masuk kerja", "days absent", _WHOLE),
        lateness=_no_bands(_BAKAMLA, "terlambat masuk kerja", "late arrivals", _WHOLE),
        early_leave=_no_bands(_BAKAMLA, "pulang sebelum waktunya", "early leaves", _WHOLE),
        ceremony=_no_cut(_BAKAMLA, "tidak mengikuti upacara", "missed ceremonies", _WHOLE),
        cap=_cap(_BAKAMLA),
        consecutive_absence=_no_run(_BAKAMLA, _WHOLE),
        special_states=_no_states(_BAKAMLA),
        bpjs=_no_bpjs(_BAKAMLA),
        rounding=_rounding(_BAKAMLA),
    ),
    _dated(_BAKAMLA, 2023),
)
"""Bakamla's tunjangan kinerja of Perban Bakamla 1/2023 Pasal 11 [P]: a *cut* of the whole
tukin by the month's predikat, 0 / 0 / 0 / 1 / 2 %. Everything else UNCONFIRMED."""

# --------------------------------------------------------------------------------------------
# Kemhan — Permenhan 7/2014 Pasal 20 [P]
# --------------------------------------------------------------------------------------------

_KEMHAN = "Permenhan 7/2014"

PERMENHAN_7_2014: Version[AllowanceRules] = Version(
    date(2014, 1, 1),
    AllowanceRules(
        name="Permenhan 7/2014 (Kemhan)",
        weights=_undivided(_KEMHAN),
        performance=_no_predikat(_KEMHAN),
        absence=PerOccurrence(
            1,
            _WHOLE,
            Citation(
                _KEMHAN,
                "Pasal 20",
                Text(
                    "1 % per hari tidak masuk kerja.",
                    "1 % per day absent.",
                ),
            ),
            assumed=_whole_cut(_KEMHAN),
        ),
        lateness=_no_bands(_KEMHAN, "terlambat masuk kerja", "late arrivals", _WHOLE),
        early_leave=_no_bands(_KEMHAN, "pulang sebelum waktunya", "early leaves", _WHOLE),
        ceremony=_no_cut(_KEMHAN, "tidak mengikuti upacara", "missed ceremonies", _WHOLE),
        cap=_cap(_KEMHAN),
        consecutive_absence=_no_run(_KEMHAN, _WHOLE),
        special_states=_no_states(_KEMHAN),
        bpjs=_no_bpjs(_KEMHAN),
        rounding=_rounding(_KEMHAN),
    ),
    _dated(_KEMHAN, 2014),
)
"""Kemhan's tunjangan kinerja of Permenhan 7/2014 Pasal 20 [P]: 1 % per day absent. Everything
else UNCONFIRMED."""

# --------------------------------------------------------------------------------------------
# Badan Gizi Nasional — Perban BGN 4/2025 [P]
# --------------------------------------------------------------------------------------------

_BGN = "Perban BGN 4/2025"

PERBAN_BGN_4_2025: Version[AllowanceRules] = Version(
    date(2025, 1, 1),
    AllowanceRules(
        name="Perban BGN 4/2025 (Badan Gizi Nasional)",
        weights=_undivided(_BGN),
        performance=_no_predikat(_BGN),
        absence=_no_cut(_BGN, "tidak masuk kerja", "days absent", _WHOLE),
        lateness=MinuteBands(
            (MinuteBand(1, 61, Decimal("0.5")), MinuteBand(61, None, 1)),
            _WHOLE,
            Citation(
                _BGN,
                Text("ketentuan terlambat masuk kerja", "late-arrival provision"),
                Text(
                    "Terlambat 1–60 menit 0,5 %, lebih dari 60 menit 1 % (menit bulat: 60 → "
                    "0,5 %, 61 → 1 %).",
                    "Late 1–60 minutes 0.5 %, over 60 minutes 1 % (whole minutes: 60 → 0.5 %, "
                    "61 → 1 %).",
                ),
            ),
            assumed=_whole_cut(_BGN),
        ),
        early_leave=_no_bands(_BGN, "pulang sebelum waktunya", "early leaves", _WHOLE),
        ceremony=_no_cut(_BGN, "tidak mengikuti upacara", "missed ceremonies", _WHOLE),
        cap=_cap(_BGN),
        consecutive_absence=_no_run(_BGN, _WHOLE),
        special_states=_no_states(_BGN),
        bpjs=_no_bpjs(_BGN),
        rounding=_rounding(_BGN),
    ),
    _dated(_BGN, 2025),
)
"""Badan Gizi Nasional's tunjangan kinerja of Perban BGN 4/2025 [P]: late 1–60 minutes 0.5 %,
over 60 minutes 1 %. Everything else UNCONFIRMED."""

# --------------------------------------------------------------------------------------------
# Kabupaten Jembrana [S]
# --------------------------------------------------------------------------------------------

_JEMBRANA = "Perbup Jembrana (TPP)"

KAB_JEMBRANA: Version[AllowanceRules] = Version(
    date(2020, 1, 1),
    AllowanceRules(
        name="Kabupaten Jembrana (TPP)",
        weights=_undivided(_JEMBRANA),
        performance=_no_predikat(_JEMBRANA),
        absence=PerOccurrence(
            5,
            _WHOLE,
            Citation(
                _JEMBRANA,
                Text("ketentuan potongan TPP", "TPP cut provision"),
                Text(
                    "5 % per hari tidak masuk kerja.",
                    "5 % per day absent.",
                ),
                confidence=Confidence.SECONDARY,
            ),
            assumed=_whole_cut(_JEMBRANA),
        ),
        lateness=MinuteBands(
            (MinuteBand(1, 31, Decimal("0.5")), MinuteBand(31, None, 1)),
            _WHOLE,
            Citation(
                _JEMBRANA,
                Text("ketentuan terlambat masuk kerja", "late-arrival provision"),
                Text(
                    "Sumber sekunder: terlambat 1–31 menit 0,5 %, 31–61 menit 1 % (dibaca 1–<31 "
                    "dan 31–<61). Potongan dari 61 menit tidak disebutkan: 1 % diteruskan "
                    "(belum terkonfirmasi).",
                    "Secondary source: late 1–31 minutes 0.5 %, 31–61 minutes 1 % (read as "
                    "1–<31 and 31–<61). The cut from 61 minutes is not stated: 1 % carried on "
                    "(unconfirmed).",
                ),
                confidence=Confidence.UNCONFIRMED,
            ),
        ),
        early_leave=_no_bands(_JEMBRANA, "pulang sebelum waktunya", "early leaves", _WHOLE),
        ceremony=PerOccurrence(
            2,
            _WHOLE,
            Citation(
                _JEMBRANA,
                Text("ketentuan upacara hari Senin", "Monday ceremony provision"),
                Text(
                    "2 % untuk setiap upacara hari Senin yang tidak diikuti.",
                    "2 % for each Monday ceremony missed.",
                ),
                confidence=Confidence.SECONDARY,
            ),
            assumed=_whole_cut(_JEMBRANA),
        ),
        cap=_cap(_JEMBRANA),
        consecutive_absence=_no_run(_JEMBRANA, _WHOLE),
        special_states=_no_states(_JEMBRANA),
        bpjs=_no_bpjs(_JEMBRANA),
        rounding=_rounding(_JEMBRANA),
    ),
    Citation(
        _JEMBRANA,
        Text("Peraturan Bupati tentang TPP", "the Regent's regulation on TPP"),
        Text(
            "Nomor dan tanggal berlaku peraturan belum dibaca; diasumsikan berlaku sejak 1 "
            "Januari 2020.",
            "The regulation's number and effective date were not read; assumed to apply from "
            "1 January 2020.",
        ),
        confidence=Confidence.UNCONFIRMED,
    ),
)
"""Kabupaten Jembrana's TPP [S]: 5 % per day absent; late 1–<31 minutes 0.5 %, 31–<61 1 %;
2 % per missed Monday ceremony. The band from 61 minutes and everything else UNCONFIRMED."""

# --------------------------------------------------------------------------------------------
# Pemda styles
# --------------------------------------------------------------------------------------------

_JATIM = "Pergub Jawa Timur (TPP)"


def _style(
    regulation: str, name: str, weights: ComponentWeights, bpjs: BpjsShares
) -> AllowanceRules:
    return AllowanceRules(
        name=name,
        weights=weights,
        performance=PredicateFactors(
            FactorKind.PAYMENT_FACTOR,
            dict.fromkeys(Predicate, 100),
            PredicateLag.SAME_MONTH,
            _PERFORMANCE,
            _unstated(
                regulation,
                "predikat tidak mengubah komponen kinerja (faktor 100 % untuk setiap predikat)",
                "the predikat does not change the performance component (a factor of 100 % for "
                "every predikat)",
            ),
        ),
        absence=_no_cut(regulation, "tidak masuk kerja", "days absent", _DISCIPLINE),
        lateness=_no_bands(regulation, "terlambat masuk kerja", "late arrivals", _DISCIPLINE),
        early_leave=_no_bands(regulation, "pulang sebelum waktunya", "early leaves", _DISCIPLINE),
        ceremony=_no_cut(regulation, "tidak mengikuti upacara", "missed ceremonies", _DISCIPLINE),
        cap=_cap(regulation),
        consecutive_absence=_no_run(regulation, _DISCIPLINE),
        special_states=_no_states(regulation),
        bpjs=bpjs,
        rounding=_rounding(regulation),
    )


JAWA_TIMUR_STYLE: Version[AllowanceRules] = Version(
    date(2020, 1, 1),
    _style(
        _JATIM,
        "Gaya Jawa Timur 40/60 (TPP)",
        ComponentWeights(
            40,
            60,
            Citation(
                _JATIM,
                Text("ketentuan bobot TPP", "TPP weights"),
                Text("40 % kinerja dan 60 % kehadiran.", "40 % performance and 60 % attendance."),
                confidence=Confidence.SECONDARY,
            ),
        ),
        BpjsShares(
            4,
            1,
            Citation(
                _JATIM,
                Text("ketentuan iuran BPJS atas TPP", "BPJS on TPP"),
                Text(
                    "4 % dibayar pemberi kerja dan 1 % oleh pegawai, dihitung dari TPP setelah "
                    "potongan (dasar pengenaannya belum terkonfirmasi).",
                    "4 % paid by the employer and 1 % by the employee, of the TPP after the cuts "
                    "(the base is unconfirmed).",
                ),
                confidence=Confidence.SECONDARY,
            ),
        ),
    ),
    Citation(
        _JATIM,
        Text("Peraturan Gubernur tentang TPP", "the Governor's regulation on TPP"),
        Text(
            "Contoh bergaya Jawa Timur: nomor dan tanggal berlaku belum dibaca; diasumsikan "
            "berlaku sejak 1 Januari 2020. Potongan kehadiran belum terkonfirmasi.",
            "A Jawa Timur-style example: number and effective date not read; assumed to apply "
            "from 1 January 2020. The attendance cuts are unconfirmed.",
        ),
        confidence=Confidence.UNCONFIRMED,
    ),
)
"""A Jawa Timur-style TPP [S]: 40 % performance / 60 % attendance; BPJS 4 % employer / 1 %
employee. The predikat factors and attendance cuts are UNCONFIRMED (none): a Pemda fills them
in."""

_COMMON = "Perkada (pola umum 60/40)"

PEMDA_60_40_STYLE: Version[AllowanceRules] = Version(
    date(2020, 1, 1),
    _style(
        _COMMON,
        "Gaya Pemda 60/40 (TPP)",
        ComponentWeights(
            60,
            40,
            _unstated(
                _COMMON,
                "60 % kinerja dan 40 % disiplin, pembagian yang banyak diberitakan",
                "60 % performance and 40 % discipline, the split news reports for many Pemda",
            ),
        ),
        _no_bpjs(_COMMON),
    ),
    Citation(
        _COMMON,
        Text("pola umum Peraturan Kepala Daerah", "a common Perkada pattern"),
        Text(
            "Hanya berita yang menyebut pembagian 60/40; tidak ada peraturan yang dibaca; "
            "diasumsikan berlaku sejak 1 Januari 2020.",
            "Only news reports give the 60/40 split; no regulation was read; assumed to apply "
            "from 1 January 2020.",
        ),
        confidence=Confidence.UNCONFIRMED,
    ),
)
"""A common Pemda-style TPP: 60 % performance / 40 % discipline (UNCONFIRMED: news only), every
other part UNCONFIRMED (none): a template a Pemda fills in."""

SHIPPED_SETS: FrozenMap[str, Version[AllowanceRules]] = FrozenMap(
    {
        "permentan_68_2012": PERMENTAN_68_2012,
        "permentan_20_2025": PERMENTAN_20_2025,
        "permendikdasmen_14_2025": PERMENDIKDASMEN_14_2025,
        "permenlu_3_2025": PERMENLU_3_2025,
        "permen_lhk_6_2024": PERMEN_LHK_6_2024,
        "perban_bakamla_1_2023": PERBAN_BAKAMLA_1_2023,
        "permenhan_7_2014": PERMENHAN_7_2014,
        "perban_bgn_4_2025": PERBAN_BGN_4_2025,
        "kab_jembrana": KAB_JEMBRANA,
        "jawa_timur_style": JAWA_TIMUR_STYLE,
        "pemda_60_40_style": PEMDA_60_40_STYLE,
    }
)
"""Every shipped set, by a short key."""
