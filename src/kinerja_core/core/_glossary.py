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
    # talent (9-box, development recommendations)
    "box": Text("kotak talenta", "talent box"),
    "core_value": Text("nilai dasar", "core value"),
    "performance": Text("kinerja", "performance"),
    "performance_score": Text("skor kinerja", "performance score"),
    "potential": Text("potensial", "potential"),
    "potential_score": Text("skor potensial", "potential score"),
    "previous_predicate": Text("predikat tahun sebelumnya", "previous year's predikat"),
    "value_score": Text("skor nilai dasar", "core-value score"),
    # discipline (absence penalties, performance sanctions)
    "consecutive_days": Text("hari kerja berturut-turut", "consecutive working days"),
    "days": Text("hari tidak masuk kerja", "days of absence"),
    "force_majeure": Text("keadaan kahar", "force majeure"),
    "improvement_start": Text("mulai kesempatan perbaikan", "start of the improvement period"),
    "minutes": Text("menit terlambat dan pulang cepat", "minutes late or leaving early"),
    "moderate_band": Text("rentang hukuman sedang", "sedang band"),
    "next_step_on": Text("tanggal langkah berikutnya", "date of the next step"),
    "notified_on": Text("tanggal pemberitahuan", "date of notification"),
    "on": Text("per tanggal", "as of"),
    "placement_start": Text("mulai penempatan sementara", "start of the temporary placement"),
    "position": Text("jenis jabatan", "kind of position"),
    "remainder_minutes": Text("sisa menit", "remaining minutes"),
    "retest_passed": Text("lulus uji kompetensi kembali", "passed the competency re-test"),
    "sanction_group": Text("kelompok jabatan (sanksi)", "position group (sanctions)"),
    "target_missed": Text("target kinerja tidak tercapai", "performance target missed"),
    "vacancy": Text("ada jabatan lowong", "vacant position available"),
    # allowance (TPP / tunjangan kinerja)
    "absent_days": Text("hari tidak masuk kerja", "days absent"),
    "base_amount": Text("besaran dasar", "base amount"),
    "cap_amount": Text("batas potongan (Rp)", "cap on cuts (Rp)"),
    "consecutive_absent_days": Text(
        "hari kerja tidak masuk berturut-turut", "consecutive working days absent"
    ),
    "cuts": Text("jumlah potongan (Rp)", "cuts (Rp)"),
    "days_in_post": Text("hari kerja dalam jabatan", "working days in post"),
    "early_leave_minutes": Text("menit pulang sebelum waktunya", "early-leave minutes"),
    "late_minutes": Text("menit terlambat", "minutes late"),
    "lines": Text("baris rincian (Rp)", "lines of the breakdown (Rp)"),
    "missed_ceremonies": Text("upacara yang tidak diikuti", "ceremonies missed"),
    "other_components": Text("komponen sebelumnya (Rp)", "components before it (Rp)"),
    "percent": Text("persentase", "percentage"),
    "performance_period": Text("periode predikat", "period of the predikat"),
    "rounded_base": Text("besaran dasar yang dibulatkan (Rp)", "rounded base amount (Rp)"),
    "state": Text("status pegawai", "employment state"),
    "subtotal": Text("subtotal (Rp)", "subtotal (Rp)"),
    "allowance_absence": Text("potongan per hari tidak masuk kerja", "cut per day absent"),
    "allowance_assumed": Text("asumsi", "assumption"),
    "allowance_bpjs_employee": Text("iuran BPJS bagian pegawai", "employee's BPJS share"),
    "allowance_bpjs_employer": Text("iuran BPJS bagian pemberi kerja", "employer's BPJS share"),
    "allowance_cap": Text("batas potongan sebulan", "monthly cap on cuts"),
    "allowance_ceremony": Text("potongan per upacara", "cut per missed ceremony"),
    "allowance_consecutive_absence": Text(
        "potongan tidak masuk berturut-turut", "consecutive-absence cut"
    ),
    "allowance_early_leave": Text("potongan pulang sebelum waktunya", "cut per early leave"),
    "allowance_factors": Text("persentase predikat", "predikat percentage"),
    "allowance_lag": Text("jeda predikat", "predikat lag"),
    "allowance_lateness": Text("potongan terlambat", "cut per late arrival"),
    "allowance_score_bands": Text("persentase menurut nilai", "percentage by score"),
    "allowance_rounding": Text("satuan pembulatan (Rp)", "rounding unit (Rp)"),
    "allowance_rules": Text("aturan tunjangan", "allowance rules"),
    "allowance_special_states": Text("persentase menurut status", "share paid in the state"),
    "allowance_weights": Text("bobot komponen", "component weight"),
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
    "absence_penalties": Text("tabel hukuman disiplin tidak masuk kerja", "absence penalty table"),
    "consecutive_absence_rule": Text("aturan hari kerja berturut-turut", "consecutive-days rule"),
    "improvement_period_months": Text(
        "lama kesempatan perbaikan (bulan)", "improvement period (months)"
    ),
    "minute_remainder_rule": Text("aturan sisa menit", "remaining-minutes rule"),
    "minutes_per_absent_day": Text("menit per hari tidak masuk", "minutes per absent day"),
    "moderate_penalties": Text("hukuman disiplin sedang per rentang", "sedang penalties by band"),
    "moderate_penalty_form": Text("bentuk hukuman disiplin sedang", "form of sedang penalties"),
    "non_official_absence_rule": Text(
        "aturan bagi pelaksana pada rentang khusus pejabat", "rule for non-officials"
    ),
    "objection_window": Text("batas waktu keberatan", "objection window"),
    "sanction_predicates": Text("predikat pemicu sanksi kinerja", "sanction-triggering predikat"),
    "temporary_placement_months": Text(
        "lama penempatan sementara (bulan)", "temporary placement (months)"
    ),
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
    "development_by_predicate": Text(
        "tindak lanjut pengembangan menurut predikat", "development follow-ups by predikat"
    ),
    "development_priorities": Text(
        "prioritas predikat dua tahun berturut-turut", "priorities after two years running"
    ),
    "development_weakness": Text("batas kelemahan", "weakness thresholds"),
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
    "talent_box_matrix": Text("matriks kotak talenta", "talent-box grid"),
    "talent_follow_ups": Text("tindak lanjut kotak talenta", "talent-box follow-ups"),
    "talent_performance_bands": Text("rentang skor kinerja", "performance-score bands"),
    "talent_potential_bands": Text("rentang skor potensial", "potential-score bands"),
    "work_result_bands": Text("rentang rating hasil kerja", "work-result bands"),
    "zero_target_achievement": Text("capaian target nol", "zero-target achievement"),
    # careers (PermenPANRB 1/2023, Peraturan BKN 3/2023, PP 99/2000, PP 7/1977, PP 35/2010)
    "base": Text("dasar perhitungan", "base"),
    "kind": Text("jenis", "kind"),
    "rank": Text("golongan ruang", "rank"),
    "required": Text("yang diperlukan", "required"),
    "total": Text("jumlah", "total"),
    "cumulative": Text("AK kumulatif jenjang", "cumulative AK of the jenjang"),
    "years": Text("jumlah tahun", "years"),
    "level_promotion_rule": Text("syarat kenaikan jenjang", "kenaikan jenjang requirements"),
    "pp30_scale": Text("skala predikat PP 30/2019", "PP 30/2019 scale"),
    "pp46_scale": Text("skala kategori PP 46/2011", "PP 46/2011 scale"),
    "promotion_dates": Text("tanggal kenaikan pangkat", "kenaikan pangkat dates"),
    "promotion_routes": Text("jalur kenaikan pangkat", "kenaikan pangkat routes"),
    "result": Text("hasil penilaian", "appraisal result"),
    "pppk_salary_step_rule": Text("syarat KGB PPPK", "PPPK KGB rule"),
    "salary_step_minimum": Text(
        "nilai rata-rata paling rendah untuk KGB", "lowest average for a KGB"
    ),
    "salary_step_rule": Text("syarat KGB PNS", "PNS KGB rule"),
    "due_on": Text("tanggal jatuh tempo", "due date"),
    "service_medal_years": Text("masa bakti Satyalancana Karya Satya", "service-medal years"),
    "reward": Text("penghargaan", "reward"),
    "reward_rules": Text("syarat penghargaan", "reward rules"),
    "appointment_credit": Text("AK pengangkatan pelaksana", "AK of an appointed pelaksana"),
    "credit_coefficients": Text("koefisien AK tahunan", "annual AK coefficients"),
    "credit_percentages": Text("persentase AK per predikat", "AK percentage per predikat"),
    "credit_places": Text("jumlah desimal AK", "decimal places of the AK"),
    "credit_requirements": Text("kebutuhan AK kumulatif", "cumulative AK needed"),
    "credit_year_rule": Text("aturan AK satu tahun", "rule for a year's AK"),
    "education_credit": Text("AK pendidikan", "education AK"),
    "exact_credit_points": Text("AK eksak", "exact AK"),
    "level": Text("jenjang jabatan", "functional level"),
    "months": Text("jumlah bulan", "months"),
    "surplus_after_level_promotion": Text(
        "kelebihan AK setelah kenaikan jenjang", "surplus AK after kenaikan jenjang"
    ),
    "surplus_after_rank_promotion": Text(
        "kelebihan AK setelah kenaikan pangkat", "surplus AK after kenaikan pangkat"
    ),
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
