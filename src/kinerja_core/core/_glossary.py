"""The words of rendered explanations: each input and parameter name, in Indonesian and English.

A step names its inputs and parameters with stable identifiers (`"realisation"`,
`"predicate_matrix"`), which `to_dict()` keeps as they are; rendered text shows the words
below instead. A name missing here is shown as it is (a step built by a caller), so a rule that
adds a name adds its words here too; `tests/test_explain_render.py` checks that every name the
library's own rules use has them.
"""

from __future__ import annotations

from kinerja_core.core._text import Text

__all__ = ["NAMES", "YEAR_NAMES"]

NAMES: dict[str, Text] = {
    # inputs of the 2022 cycle (PermenPANRB 6/2022)
    "achievement": Text("capaian", "achievement"),
    "aggregation": Text("aturan agregasi", "aggregation rule"),
    "behaviour": Text("rating perilaku kerja", "work-behaviour rating"),
    "category": Text("kategori", "category"),
    "covered_days_per_month": Text("hari tercakup per bulan", "days covered per month"),
    "day": Text("tanggal", "date"),
    "employment": Text("masa jabatan", "employment"),
    "exemption": Text("pengecualian", "exemption"),
    "indicator": Text("indikator", "indicator"),
    "innovation": Text("inovasi", "innovation"),
    "maximum_attainable": Text("target maksimal yang dapat dicapai", "most that can be achieved"),
    "period": Text("periode", "period"),
    "polarity": Text("polaritas", "polarity"),
    "predicate": Text("predikat", "predicate"),
    "ratings": Text("rating", "ratings"),
    "realisation": Text("realisasi", "realisation"),
    "score": Text("skor", "score"),
    "target": Text("target", "target"),
    "unit_rating": Text("rating unit kerja", "rating of the unit"),
    "weight": Text("bobot", "weight"),
    "weighted_achievement": Text("capaian tertimbang", "weighted achievement"),
    "work_result": Text("rating hasil kerja", "work-result rating"),
    "year": Text("tahun", "year"),
    "tidak dilaporkan / not reported": Text("tidak dilaporkan", "not reported"),
    "rerata peringkat / mean rank": Text("rerata peringkat", "mean rank"),
    # inputs of PP 30/2019 (2021)
    "additional_total": Text("jumlah nilai kinerja tambahan", "additional items' total"),
    "behaviour_score": Text("nilai perilaku kerja", "behaviour score"),
    "main_total": Text("jumlah nilai kinerja utama", "main items' total"),
    "scope_weight": Text("bobot lingkup penugasan", "scope weight"),
    "skp_score": Text("nilai SKP", "SKP score"),
    "sum": Text("jumlah", "sum"),
    "value": Text("nilai", "value"),
    "with_peer_input": Text("dengan masukan rekan kerja dan bawahan", "with peer input"),
    # inputs of PP 46/2011 (named as the Perka BKN 1/2013 forms name them)
    "aspek": Text("aspek", "aspects"),
    "biaya": Text("biaya", "cost"),
    "efisiensi": Text("efisiensi", "efficiency"),
    "jumlah": Text("jumlah", "sum"),
    "jumlah kegiatan": Text("jumlah kegiatan", "number of activities"),
    "jumlah tugas tambahan": Text("jumlah tugas tambahan", "number of additional tasks"),
    "kreativitas": Text("kreativitas", "creativity"),
    "nilai": Text("nilai", "score"),
    "nilai SKP": Text("nilai SKP", "SKP score"),
    "nilai perilaku kerja": Text("nilai perilaku kerja", "behaviour score"),
    "rata-rata": Text("rata-rata", "mean"),
    "skp": Text("nilai SKP", "SKP score"),
    "tanpa pembulatan": Text("tanpa pembulatan", "unrounded"),
    "tugas tambahan": Text("tugas tambahan", "additional tasks"),
    "waktu": Text("waktu", "time"),
    "median": Text("median", "median"),
    # careers (eligibility answers)
    "found": Text("yang ditemukan", "found"),
    # organisation performance (IKU, SAKIP, distribution pattern, calibration)
    "components": Text("komponen LKE", "LKE components"),
    "count": Text("jumlah pegawai", "number of employees"),
    "counts": Text("jumlah pegawai per predikat", "employees per predikat"),
    "employees_changed": Text("pegawai yang diubah", "employees changed"),
    "organisation_predicate": Text("predikat kinerja organisasi", "organisation predikat"),
    "proposed_predicate": Text("predikat usulan", "proposed predikat"),
    "required_maximum": Text("jumlah paling banyak", "most allowed"),
    "required_minimum": Text("jumlah paling sedikit", "least required"),
    "share_percent": Text("persentase", "percentage"),
    "steps": Text("langkah", "steps"),
    "total_steps": Text("jumlah langkah", "total steps"),
    "unit_size": Text("jumlah pegawai unit", "unit size"),
    "violations": Text("klausul yang tidak terpenuhi", "clauses not met"),
    # parameters
    "achievement_formula": Text("rumus capaian", "achievement formula"),
    "achievement_limits": Text("batas capaian", "achievement limits"),
    "annual_evaluation_date": Text("waktu evaluasi kinerja tahunan", "annual evaluation date"),
    "annual_evaluation_deadline": Text(
        "batas akhir evaluasi kinerja tahunan", "annual evaluation deadline"
    ),
    "annual_predicate_rule": Text("aturan predikat tahunan", "annual predikat rule"),
    "behaviour_aggregation": Text("aturan agregasi perilaku kerja", "behaviour aggregation rule"),
    "behaviour_guides": Text("panduan perilaku", "behaviour guides"),
    "behaviour_scores": Text("skor rating perilaku", "behaviour rating score"),
    "evaluation_report_deadline": Text(
        "batas akhir pelaporan evaluasi kinerja", "evaluation report deadline"
    ),
    "exemptions": Text("pengecualian", "exemptions"),
    "month_count_rule": Text("aturan penghitungan bulan", "month-count rule"),
    "pp30_achievement_bands": Text("rentang kategori capaian IKI", "achievement category bands"),
    "pp30_achievement_rounding": Text("pembulatan capaian IKI", "achievement rounding"),
    "pp30_additional_cap": Text("batas nilai kinerja tambahan", "cap of the additional items"),
    "pp30_additional_factors": Text("faktor k kinerja tambahan", "factor k of additional items"),
    "pp30_maximum_attainable": Text(
        "target maksimal yang dapat dicapai", "most-that-can-be-achieved rule"
    ),
    "pp30_predicate_bands": Text("rentang predikat", "predikat bands"),
    "pp30_score_weights": Text("bobot nilai kinerja", "score weights"),
    "pp30_score_weights_with_peer_input": Text(
        "bobot nilai kinerja (dengan masukan rekan kerja dan bawahan)",
        "score weights (with peer input)",
    ),
    "pp30_skp_score_cap": Text("batas nilai SKP", "SKP score cap"),
    "pp30_value_cap": Text("konversi capaian tinggi", "high-achievement conversion"),
    "pp30_value_formula_fair": Text("rumus nilai kategori Cukup", "value formula, Cukup"),
    "pp30_value_formula_good": Text("rumus nilai kategori Baik", "value formula, Baik"),
    "pp30_value_formula_poor": Text("rumus nilai kategori Kurang", "value formula, Kurang"),
    "pp30_value_formula_very_good": Text(
        "rumus nilai kategori Sangat Baik", "value formula, Sangat Baik"
    ),
    "pp30_value_formula_very_poor": Text(
        "rumus nilai kategori Sangat Kurang", "value formula, Sangat Kurang"
    ),
    "pp46_additional_task_bands": Text("nilai tugas tambahan", "additional-task values"),
    "pp46_category_bands": Text("rentang sebutan", "category bands"),
    "pp46_category_gap_rule": Text("aturan nilai di antara rentang", "rule between bands"),
    "pp46_creativity_values": Text("nilai kreativitas", "creativity values"),
    "pp46_efficiency_coefficient": Text("koefisien efisiensi", "efficiency coefficient"),
    "pp46_efficiency_threshold": Text("ambang efisiensi", "efficiency threshold"),
    "pp46_high_efficiency_base": Text("dasar rumus efisiensi tinggi", "high-efficiency base"),
    "pp46_scale_maximum": Text("nilai tertinggi skala", "top of the scale"),
    "pp46_score_places": Text("jumlah desimal nilai", "decimal places of the scores"),
    "pp46_work_performance_weights": Text("bobot nilai prestasi kerja", "work-performance weights"),
    "predicate_matrix": Text("matriks predikat kinerja", "predicate matrix"),
    "regime_timeline": Text("linimasa rezim penilaian", "regime timeline"),
    "siasn_field_names": Text("nama field SIASN", "SIASN field names"),
    "siasn_period_codes": Text("kode periode SIASN", "SIASN period codes"),
    "siasn_predicate_codes": Text("kode predikat SIASN", "SIASN predicate codes"),
    "siasn_rating_codes": Text("kode rating SIASN", "SIASN rating codes"),
    "siasn_rating_labels": Text("label rating SIASN", "SIASN rating labels"),
    "skp_deadline": Text("batas penetapan SKP", "SKP deadline"),
    "skp_draft_deadline": Text("batas penyusunan SKP", "SKP draft deadline"),
    "work_result_bands": Text("rentang rating hasil kerja", "work-result bands"),
    "zero_target_achievement": Text("capaian target nol", "zero-target achievement"),
    "distribution_pattern": Text("pola distribusi predikat", "distribution pattern"),
    "distribution_readings": Text("tafsiran pola distribusi", "distribution-pattern readings"),
    "iku_achievement_limits": Text("batas capaian IKU", "IKU achievement limits"),
    "iku_aggregation": Text("agregasi realisasi IKU", "IKU aggregation"),
    "lke_weights": Text("bobot komponen LKE", "LKE component weights"),
    "organisation_predicate_bands": Text(
        "rentang usulan predikat organisasi", "organisation predikat bands"
    ),
    "sakip_grades": Text("rentang nilai SAKIP", "SAKIP grade bands"),
    "unit_rating_map": Text(
        "pemetaan predikat organisasi ke rating unit", "organisation predikat to unit rating"
    ),
}
"""Each identifier a step uses for an input or a parameter, with its words in both languages."""

YEAR_NAMES = frozenset({"year"})
"""Inputs whose whole-number value is a year, shown without grouping (`2024`, not `2.024`)."""
