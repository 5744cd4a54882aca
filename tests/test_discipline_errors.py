"""Exact error payloads, labels and explanation steps of the discipline area (mutation testing).

The behaviour tests of `discipline/absence.py` and `discipline/sanctions.py` check which penalty
or stage a case reaches; these pin what they leave open: every error's field, value, code and
reason in both languages, the English labels and parse variants of the vocabulary, the
officials-only neighbour search at a table's ends, and the facts and inputs of the explanations.
"""

from datetime import date
from decimal import Decimal

import pytest

from kinerja_core import (
    NATIONAL,
    Citation,
    InvalidValueError,
    Predicate,
    RuleNotInForceError,
    Version,
    explain,
)
from kinerja_core.core import BandTable
from kinerja_core.discipline import (
    ABSENCE_PENALTIES,
    CONSECUTIVE_ABSENCE_RULE,
    IMPROVEMENT_PERIOD_MONTHS,
    MINUTE_REMAINDER_RULE,
    MINUTES_PER_ABSENT_DAY,
    MODERATE_PENALTY_FORM,
    NON_OFFICIAL_ABSENCE_RULE,
    OBJECTION_WINDOW,
    TEMPORARY_PLACEMENT_MONTHS,
    AbsenceRow,
    AbsenceSanction,
    ConsecutiveAbsenceRule,
    DayCount,
    MinuteRemainderRule,
    ModerateBand,
    ModeratePenaltyForm,
    NonOfficialAbsenceRule,
    Penalty,
    PenaltyLevel,
    PenaltyTerm,
    PositionKind,
    SanctionCase,
    SanctionGroup,
    SanctionStage,
    absence_sanction,
    absent_days_from_minutes,
    objection_deadline,
    performance_sanction,
)

P = Penalty
L, M, S = PenaltyLevel.LIGHT, PenaltyLevel.MODERATE, PenaltyLevel.SEVERE
PP53 = NATIONAL.at(date(2021, 8, 30))
FUNCTIONAL = PositionKind.FUNCTIONAL
PELAKSANA = PositionKind.EXECUTOR

DAYS_INT = "must be a whole number of days (int), not "
DAYS_INT_ID = "harus bilangan bulat hari (int), bukan "
DAYS_RANGE = (
    "must be a whole number from 0 to 366",
    "harus bilangan bulat dari 0 sampai dengan 366",
)
MINUTES_RANGE = (
    "must be a whole number from 0 to 527040",
    "harus bilangan bulat dari 0 sampai dengan 527040",
)
NEEDS_POSITION = (
    "is needed: under PP 53/2010 the 36 ≤ x < 41 day band applies to structural and functional "
    "officials only",
    "diperlukan: menurut PP 53/2010 rentang 36 ≤ x < 41 hari hanya berlaku bagi pejabat "
    "struktural dan fungsional",
)


def payload(build):
    with pytest.raises(InvalidValueError) as caught:
        build()
    error = caught.value
    return (error.field, error.value, error.code, error.reason, error.reason_id)


# --- absence.py ------------------------------------------------------------------------------

ABSENCE_ERRORS = [
    (
        lambda: absence_sanction(3.0),
        ("days", 3.0, "wrong_type", DAYS_INT + "float", DAYS_INT_ID + "float"),
    ),
    (
        lambda: absence_sanction(True),
        ("days", True, "wrong_type", DAYS_INT + "a boolean", DAYS_INT_ID + "nilai benar/salah"),
    ),
    (
        lambda: absence_sanction(3, consecutive_days=False),
        (
            "consecutive_days",
            False,
            "wrong_type",
            DAYS_INT + "a boolean",
            DAYS_INT_ID + "nilai benar/salah",
        ),
    ),
    (
        lambda: absence_sanction(3, consecutive_days="2"),
        ("consecutive_days", "2", "wrong_type", DAYS_INT + "str", DAYS_INT_ID + "str"),
    ),
    (lambda: absence_sanction(-1), ("days", -1, "out_of_range", *DAYS_RANGE)),
    (lambda: absence_sanction(367), ("days", 367, "out_of_range", *DAYS_RANGE)),
    (
        lambda: absence_sanction(3, consecutive_days=-1),
        ("consecutive_days", -1, "out_of_range", *DAYS_RANGE),
    ),
    (
        lambda: absence_sanction(3, consecutive_days=4),
        (
            "consecutive_days",
            4,
            "inconsistent",
            "must not exceed days (3)",
            "tidak boleh melebihi jumlah hari (days = 3)",
        ),
    ),
    (
        lambda: absence_sanction(3, position="Jabatan Pelaksana"),
        (
            "position",
            "Jabatan Pelaksana",
            "wrong_type",
            "must be a PositionKind or None (use PositionKind.parse for text)",
            "harus berupa PositionKind atau None (gunakan PositionKind.parse untuk teks)",
        ),
    ),
    (
        lambda: absence_sanction(38, rules=PP53),
        ("position", None, "missing", *NEEDS_POSITION),
    ),
    (
        lambda: absence_sanction(1).record(date(2024, 3, 1)),
        (
            "penalty",
            None,
            "missing",
            "1 days give no penalty, so there is nothing to record",
            "1 hari tidak memberi hukuman disiplin, jadi tidak ada yang dicatat",
        ),
    ),
    (
        lambda: absent_days_from_minutes(1.5),
        (
            "minutes",
            1.5,
            "wrong_type",
            "must be a whole number of minutes (int), not float",
            "harus bilangan bulat menit (int), bukan float",
        ),
    ),
    (
        lambda: absent_days_from_minutes(True),
        (
            "minutes",
            True,
            "wrong_type",
            "must be a whole number of minutes (int), not bool",
            "harus bilangan bulat menit (int), bukan bool",
        ),
    ),
    (
        lambda: absent_days_from_minutes("450"),
        (
            "minutes",
            "450",
            "wrong_type",
            "must be a whole number of minutes (int), not str",
            "harus bilangan bulat menit (int), bukan str",
        ),
    ),
    (lambda: absent_days_from_minutes(-1), ("minutes", -1, "out_of_range", *MINUTES_RANGE)),
    (
        lambda: absent_days_from_minutes(527041),
        ("minutes", 527041, "out_of_range", *MINUTES_RANGE),
    ),
]


@pytest.mark.parametrize(("build", "expected"), ABSENCE_ERRORS)
def test_absence_errors_carry_their_exact_payload(build, expected):
    assert payload(build) == expected


def test_the_day_and_minute_ranges_are_inclusive_at_both_ends():
    assert absence_sanction(0).days == 0
    assert absence_sanction(366, consecutive_days=366).consecutive_days == 366
    assert absent_days_from_minutes(0) == 0
    assert absent_days_from_minutes(527040) == 1171  # 527040 // 450


def test_a_penalty_without_a_level_has_nothing_to_record():
    # a hand-built result with a penalty but no level is refused on the penalty, not recorded
    odd = AbsenceSanction(12, 0, P.DELAYED_SALARY_INCREMENT, None, 12, None, (), Citation("X", "Y"))
    assert payload(lambda: odd.record(date(2024, 3, 1)))[:3] == ("penalty", None, "missing")


CITE = Citation("Perkada Contoh 1/2025", "Pasal 5")


def regional(rows, rule=NonOfficialAbsenceRule.LIGHTER_BAND):
    table = BandTable.from_lower_edges(rows, upper=366)
    policy = NATIONAL.with_overrides(
        "Pemda Contoh",
        {
            ABSENCE_PENALTIES: Version(date(2025, 1, 1), table, CITE),
            NON_OFFICIAL_ABSENCE_RULE: Version(date(2025, 1, 1), rule, CITE),
        },
    )
    return policy.at(date(2025, 6, 1))


def test_the_lighter_neighbour_may_be_the_first_band():
    rules = regional(
        [
            (0, AbsenceRow(None, None)),
            (5, AbsenceRow(P.VERBAL_REPRIMAND, L, article="Pasal 6", officials_only=True)),
            (10, AbsenceRow(P.WRITTEN_REPRIMAND, L, article="Pasal 7")),
        ]
    )
    assert absence_sanction(5, position=PELAKSANA, rules=rules).penalty is None
    assert absence_sanction(5, position=FUNCTIONAL, rules=rules).penalty is P.VERBAL_REPRIMAND


def test_the_heavier_neighbour_may_be_the_last_band():
    rules = regional(
        [
            (0, AbsenceRow(None, None)),
            (5, AbsenceRow(P.VERBAL_REPRIMAND, L, officials_only=True)),
            (10, AbsenceRow(P.WRITTEN_REPRIMAND, L, article="Pasal 7")),
        ],
        NonOfficialAbsenceRule.HEAVIER_BAND,
    )
    result = absence_sanction(5, position=PELAKSANA, rules=rules)
    assert (result.penalty, result.article) == (
        P.WRITTEN_REPRIMAND,
        "Perkada Contoh 1/2025, Pasal 7",
    )


def test_no_neighbour_below_or_above_an_officials_only_band_is_an_error_naming_it():
    below = regional(
        [
            (0, AbsenceRow(P.VERBAL_REPRIMAND, L, officials_only=True)),
            (10, AbsenceRow(P.WRITTEN_REPRIMAND, L)),
        ]
    )
    assert payload(lambda: absence_sanction(3, position=PELAKSANA, rules=below)) == (
        "absence_penalties",
        "0 ≤ x < 10",
        "inconsistent",
        "no band that applies to every employee lies below this officials-only band",
        "tidak ada rentang yang berlaku bagi semua pegawai di bawah rentang khusus pejabat ini",
    )
    above = regional(
        [
            (0, AbsenceRow(None, None)),
            (10, AbsenceRow(P.WRITTEN_REPRIMAND, L, officials_only=True)),
        ],
        NonOfficialAbsenceRule.HEAVIER_BAND,
    )
    assert payload(lambda: absence_sanction(366, position=PELAKSANA, rules=above)) == (
        "absence_penalties",
        "10 ≤ x ≤ 366",
        "inconsistent",
        "no band that applies to every employee lies above this officials-only band",
        "tidak ada rentang yang berlaku bagi semua pegawai di atas rentang khusus pejabat ini",
    )


def test_the_absence_step_names_its_inputs_parameters_and_fact():
    steps = explain(absence_sanction, 12, consecutive_days=10).explanation.steps
    first, moderate, consecutive, last = steps
    assert first.inputs == (("days", 12),)
    assert [use.name for use in first.parameters] == ["absence_penalties[11 ≤ x < 14]"]
    assert first.citation == Citation("PP 94/2021", "Pasal 10 ayat (2) huruf f angka 1")
    assert moderate.inputs == (("moderate_band", ModerateBand.FIRST),)
    assert consecutive.inputs == (("consecutive_days", 10),)
    assert consecutive.citation.article == "Pasal 11 ayat (2) huruf d angka 4"
    assert (last.fact.id, last.fact.en) == ("Hukuman disiplin", "Disciplinary penalty")
    assert last.inputs == ()


def test_a_run_below_the_consecutive_rule_is_explained_as_not_met():
    steps = explain(absence_sanction, 12, consecutive_days=9).explanation.steps
    step = steps[2]
    assert (step.rule.id, step.rule.en) == (
        "Aturan hari kerja berturut-turut: tidak terpenuhi",
        "Consecutive working days rule: not met",
    )
    assert step.citation is None
    assert (step.result.id, step.result.en) == (
        "tidak ada hukuman disiplin",
        "no disciplinary penalty",
    )


def test_pp_53_2010_without_a_run_has_no_consecutive_step():
    assert len(explain(absence_sanction, 12, rules=PP53).explanation.steps) == 2
    steps = explain(absence_sanction, 12, consecutive_days=1, rules=PP53).explanation.steps
    assert steps[1].rule.en == "PP 53/2010 has no separate rule for consecutive working days"
    assert steps[1].inputs == (("consecutive_days", 1),)


def test_the_minutes_step_names_its_inputs_and_fact():
    (step,) = explain(absent_days_from_minutes, 1000).explanation.steps
    assert step.inputs == (("minutes", 1000), ("remainder_minutes", 100))
    assert step.result == 2
    assert (step.fact.id, step.fact.en) == ("Hari tidak masuk kerja", "Days of absence")
    assert [use.name for use in step.parameters] == [
        "minutes_per_absent_day",
        "minute_remainder_rule",
    ]


# --- absence_specs.py and sanctions_specs.py ---------------------------------------------------

WHOLE_1_60 = ("must be a whole number from 1 to 60", "harus bilangan bulat dari 1 sampai dengan 60")
NOT_KNOWN = (
    "must be True, False or None (not known)",
    "harus True, False atau None (belum diketahui)",
)
PLACEMENT = (
    "needs an earlier improvement_start (a placement follows the re-test)",
    "memerlukan improvement_start yang lebih awal (penempatan menyusul uji kompetensi)",
)

SPEC_ERRORS = [
    (
        lambda: MODERATE_PENALTY_FORM.validate("x"),
        (
            "moderate_penalty_form",
            "x",
            "not_a_member",
            "must be a ModeratePenaltyForm",
            "harus berupa ModeratePenaltyForm",
        ),
    ),
    (
        lambda: NON_OFFICIAL_ABSENCE_RULE.validate("x"),
        (
            "non_official_absence_rule",
            "x",
            "not_a_member",
            "must be a NonOfficialAbsenceRule",
            "harus berupa NonOfficialAbsenceRule",
        ),
    ),
    (
        lambda: CONSECUTIVE_ABSENCE_RULE.validate(10),
        (
            "consecutive_absence_rule",
            10,
            "wrong_type",
            "must be a ConsecutiveAbsenceRule or None (no separate rule)",
            "harus berupa ConsecutiveAbsenceRule atau None (tanpa aturan tersendiri)",
        ),
    ),
    (
        lambda: MINUTE_REMAINDER_RULE.validate("x"),
        (
            "minute_remainder_rule",
            "x",
            "not_a_member",
            "must be a MinuteRemainderRule",
            "harus berupa MinuteRemainderRule",
        ),
    ),
    (
        lambda: MINUTES_PER_ABSENT_DAY.validate(0),
        (
            "minutes_per_absent_day",
            0,
            "out_of_range",
            "must be a whole number from 1 to 1440",
            "harus bilangan bulat dari 1 sampai dengan 1440",
        ),
    ),
    (
        lambda: MINUTES_PER_ABSENT_DAY.validate(1441),
        (
            "minutes_per_absent_day",
            1441,
            "out_of_range",
            "must be a whole number from 1 to 1440",
            "harus bilangan bulat dari 1 sampai dengan 1440",
        ),
    ),
    (
        lambda: OBJECTION_WINDOW.validate(14),
        (
            "objection_window",
            14,
            "wrong_type",
            "must be an ObjectionWindow",
            "harus berupa ObjectionWindow",
        ),
    ),
    (
        lambda: IMPROVEMENT_PERIOD_MONTHS.validate(0),
        ("improvement_period_months", 0, "out_of_range", *WHOLE_1_60),
    ),
    (
        lambda: IMPROVEMENT_PERIOD_MONTHS.validate(61),
        ("improvement_period_months", 61, "out_of_range", *WHOLE_1_60),
    ),
    (
        lambda: TEMPORARY_PLACEMENT_MONTHS.validate(0),
        ("temporary_placement_months", 0, "out_of_range", *WHOLE_1_60),
    ),
    (
        lambda: PenaltyTerm("Teguran Lisan", L),
        (
            "penalty",
            "Teguran Lisan",
            "wrong_type",
            "must be a Penalty or None",
            "harus berupa Penalty atau None",
        ),
    ),
    (
        lambda: PenaltyTerm(P.VERBAL_REPRIMAND, "Ringan"),
        (
            "level",
            "Ringan",
            "wrong_type",
            "must be a PenaltyLevel or None",
            "harus berupa PenaltyLevel atau None",
        ),
    ),
    (
        lambda: PenaltyTerm(P.VERBAL_REPRIMAND, None),
        (
            "level",
            None,
            "inconsistent",
            "a penalty needs a level, and no penalty has none",
            "hukuman memerlukan tingkat, dan tanpa hukuman tidak bertingkat",
        ),
    ),
    (
        lambda: PenaltyTerm(None, L),
        (
            "level",
            L,
            "inconsistent",
            "a penalty needs a level, and no penalty has none",
            "hukuman memerlukan tingkat, dan tanpa hukuman tidak bertingkat",
        ),
    ),
    (
        lambda: PenaltyTerm(P.ALLOWANCE_CUT, M, months=0),
        (
            "months",
            0,
            "out_of_range",
            "must be a whole number from 1 to 120",
            "harus bilangan bulat dari 1 sampai dengan 120",
        ),
    ),
    (
        lambda: PenaltyTerm(P.ALLOWANCE_CUT, M, months=121),
        (
            "months",
            121,
            "out_of_range",
            "must be a whole number from 1 to 120",
            "harus bilangan bulat dari 1 sampai dengan 120",
        ),
    ),
    (
        lambda: PenaltyTerm(P.ALLOWANCE_CUT, M, allowance_cut=0),
        (
            "allowance_cut",
            0,
            "out_of_range",
            "must be a percentage above 0 and at most 100",
            "harus persentase di atas 0 dan paling tinggi 100",
        ),
    ),
    (
        lambda: PenaltyTerm(P.ALLOWANCE_CUT, M, allowance_cut="100.01"),
        (
            "allowance_cut",
            "100.01",
            "out_of_range",
            "must be a percentage above 0 and at most 100",
            "harus persentase di atas 0 dan paling tinggi 100",
        ),
    ),
    (
        lambda: PenaltyTerm(P.DISMISSAL, S, alternatives=("x",)),
        (
            "alternatives",
            "x",
            "wrong_type",
            "each item must be a Penalty",
            "setiap butir harus berupa Penalty",
        ),
    ),
    (
        lambda: AbsenceRow(P.ALLOWANCE_CUT, M, moderate_band="angka 1"),
        (
            "moderate_band",
            "angka 1",
            "wrong_type",
            "must be a ModerateBand or None",
            "harus berupa ModerateBand atau None",
        ),
    ),
    (
        lambda: ConsecutiveAbsenceRule(0, PenaltyTerm(P.DISMISSAL, S)),
        (
            "days",
            0,
            "out_of_range",
            "must be a whole number from 1 to 366",
            "harus bilangan bulat dari 1 sampai dengan 366",
        ),
    ),
    (
        lambda: SanctionCase(
            FUNCTIONAL, 2023, Predicate.POOR, improvement_start=date(2023, 12, 31)
        ),
        (
            "improvement_start",
            date(2023, 12, 31),
            "out_of_order",
            "must be after the appraised year 2023",
            "harus sesudah tahun yang dinilai (2023)",
        ),
    ),
    (
        lambda: SanctionCase(FUNCTIONAL, 2023, Predicate.POOR, placement_start=date(2024, 3, 1)),
        ("placement_start", date(2024, 3, 1), "out_of_order", *PLACEMENT),
    ),
    (
        lambda: SanctionCase(
            FUNCTIONAL,
            2023,
            Predicate.POOR,
            improvement_start=date(2024, 2, 1),
            placement_start=date(2024, 2, 1),
        ),
        ("placement_start", date(2024, 2, 1), "out_of_order", *PLACEMENT),
    ),
    (
        lambda: SanctionCase(FUNCTIONAL, 2023, Predicate.POOR, retest_passed=1),
        ("retest_passed", 1, "wrong_type", *NOT_KNOWN),
    ),
    (
        lambda: SanctionCase(FUNCTIONAL, 2023, Predicate.POOR, vacancy="ya"),
        ("vacancy", "ya", "wrong_type", *NOT_KNOWN),
    ),
    (
        lambda: performance_sanction("x", on=date(2024, 1, 1)),
        ("case", "x", "wrong_type", "must be a SanctionCase", "harus berupa SanctionCase"),
    ),
    (
        lambda: performance_sanction(
            SanctionCase(FUNCTIONAL, 2023, Predicate.POOR), on="2024-01-01"
        ),
        (
            "on",
            "2024-01-01",
            "not_a_date",
            "must be a datetime.date (not a datetime)",
            "harus berupa tanggal (datetime.date, tanpa jam)",
        ),
    ),
    (
        lambda: objection_deadline("2024-01-01"),
        (
            "notified_on",
            "2024-01-01",
            "not_a_date",
            "must be a datetime.date (not a datetime)",
            "harus berupa tanggal (datetime.date, tanpa jam)",
        ),
    ),
]


@pytest.mark.parametrize(("build", "expected"), SPEC_ERRORS)
def test_spec_and_case_errors_carry_their_exact_payload(build, expected):
    assert payload(build) == expected


def test_the_edges_just_inside_are_accepted():
    assert PenaltyTerm(P.ALLOWANCE_CUT, M, months=1).months == 1
    assert PenaltyTerm(P.ALLOWANCE_CUT, M, months=120).months == 120
    assert PenaltyTerm(P.ALLOWANCE_CUT, M, allowance_cut=100).allowance_cut == Decimal(100)
    assert PenaltyTerm(P.ALLOWANCE_CUT, M, allowance_cut="0.01").allowance_cut == Decimal("0.01")
    assert MINUTES_PER_ABSENT_DAY.validate(1440) == 1440
    assert IMPROVEMENT_PERIOD_MONTHS.validate(60) == 60
    assert TEMPORARY_PLACEMENT_MONTHS.validate(1) == 1
    early = SanctionCase(FUNCTIONAL, 2023, Predicate.POOR, improvement_start=date(2024, 1, 1))
    assert early.improvement_start == date(2024, 1, 1)
    placed = SanctionCase(
        FUNCTIONAL,
        2023,
        Predicate.POOR,
        improvement_start=date(2024, 2, 1),
        placement_start=date(2024, 2, 2),
    )
    assert placed.placement_start == date(2024, 2, 2)
    for value in (None, ModerateBand.FIRST):
        assert AbsenceRow(P.ALLOWANCE_CUT, M, moderate_band=value).moderate_band is value
    assert CONSECUTIVE_ABSENCE_RULE.validate(None) is None


LABELS = {
    PositionKind: {
        "SENIOR_EXECUTIVE": "Senior executive position (JPT)",
        "ADMINISTRATOR": "Administrator position",
        "SUPERVISOR": "Supervisor position",
        "FUNCTIONAL": "Functional position",
        "EXECUTOR": "Executor position (pelaksana)",
    },
    ModerateBand: {"FIRST": "item 1", "SECOND": "item 2", "THIRD": "item 3"},
    ModeratePenaltyForm: {
        "TRANSITIONAL": "PP 53/2010 Pasal 7(3), band by band",
        "DELAYED_SALARY_INCREMENT_ONLY": "delayed KGB in all three bands",
        "ALLOWANCE_CUT": "25 % performance-allowance cut",
    },
    NonOfficialAbsenceRule: {"LIGHTER_BAND": "the band below", "HEAVIER_BAND": "the band above"},
    MinuteRemainderRule: {
        "WHOLE_DAYS_ONLY": "whole days only",
        "PART_DAY_COUNTS": "a remainder counts as a day",
    },
    SanctionGroup: {
        "SENIOR_EXECUTIVE": "Senior executives (JPT, Pasal 57)",
        "ADMINISTRATION_AND_FUNCTIONAL": "Administration and functional (Pasal 58)",
    },
    SanctionStage: {
        "NONE": "None",
        "IMPROVEMENT_PERIOD": "Improvement period",
        "COMPETENCY_RETEST": "Competency re-test",
        "REASSIGNMENT": "Move to another or a lower position",
        "TEMPORARY_PLACEMENT": "Temporary placement",
        "DISMISSAL_PROPOSAL": "Proposal of honourable dismissal",
    },
    DayCount: {"CALENDAR_DAYS": "calendar days", "WORKING_DAYS": "working days"},
}


@pytest.mark.parametrize("enum", list(LABELS), ids=lambda e: e.__name__)
def test_every_member_has_its_english_label(enum):
    assert {m.name: m.label("en") for m in enum} == LABELS[enum]
    assert all(m.label("id") == m.value for m in enum)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("jpt", PositionKind.SENIOR_EXECUTIVE),
        ("Pejabat Pimpinan Tinggi", PositionKind.SENIOR_EXECUTIVE),
        ("administrator", PositionKind.ADMINISTRATOR),
        ("pengawas", PositionKind.SUPERVISOR),
        ("fungsional", PositionKind.FUNCTIONAL),
        ("Jabatan Fungsional Tertentu", PositionKind.FUNCTIONAL),
        ("pelaksana", PositionKind.EXECUTOR),
        ("Jabatan Fungsional Umum", PositionKind.EXECUTOR),
    ],
)
def test_every_position_kind_variant_parses(text, kind):
    assert PositionKind.parse(text) is kind


def test_penalty_terms_and_rules_read_as_text():
    cut = PenaltyTerm(P.ALLOWANCE_CUT, M, months=6, allowance_cut="25")
    assert cut.label("id") == "Pemotongan Tunjangan Kinerja 25 %, 6 bulan (Sedang)"
    assert cut.label("en") == "Performance allowance cut 25 %, 6 months (Moderate)"
    assert PenaltyTerm(P.VERBAL_REPRIMAND, L).label("en") == "Verbal reprimand (Light)"
    assert PenaltyTerm(None, None).label("id") == "tidak ada hukuman disiplin"
    rule = ConsecutiveAbsenceRule(10, PenaltyTerm(P.DISMISSAL, S))
    assert rule.label("id") == (
        "≥ 10 hari kerja berturut-turut → "
        "Pemberhentian dengan Hormat Tidak atas Permintaan Sendiri (Berat)"
    )


# --- sanctions.py -----------------------------------------------------------------------------


def test_the_sanction_path_reads_the_rules_passed_in_its_result_and_explanation():
    three = NATIONAL.replace({IMPROVEMENT_PERIOD_MONTHS: 3}).at(date(2024, 5, 1))
    case = SanctionCase(FUNCTIONAL, 2023, Predicate.POOR, improvement_start=date(2024, 2, 1))
    result = performance_sanction(case, on=date(2024, 4, 1), rules=three)
    assert result.next_step_on == date(2024, 5, 1)
    steps = result.explanation.steps
    assert steps[2].result == date(2024, 5, 1)
    assert steps[2].parameters[0].value == 3


def test_the_sanction_steps_name_their_inputs_and_facts():
    jpt = SanctionCase(PositionKind.SENIOR_EXECUTIVE, 2023, Predicate.POOR, target_missed=True)
    steps = explain(performance_sanction, jpt, on=date(2024, 1, 15)).explanation.steps
    assert steps[1].inputs == (
        ("year", 2023),
        ("predicate", Predicate.POOR),
        ("target_missed", True),
        ("force_majeure", False),
    )
    assert (steps[1].fact.id, steps[1].fact.en) == (
        "Tindak lanjut sanksi kinerja dimulai",
        "Sanction path started",
    )
    unknown = steps[2]
    assert (unknown.rule.id, unknown.rule.en) == (
        "Tanggal mulai kesempatan perbaikan belum diketahui: tanggal uji kompetensi belum "
        "dapat dihitung",
        "The improvement period's start is not known: the re-test date cannot be computed",
    )
    assert unknown.result is SanctionStage.IMPROVEMENT_PERIOD
    assert unknown.citation.article == "Pasal 57"
    assert [use.name for use in unknown.parameters] == ["improvement_period_months"]
    last = steps[-1]
    assert last.inputs == ()
    assert (last.fact.id, last.fact.en) == ("Tahap sanksi kinerja", "Performance-sanction stage")


def test_the_temporary_placement_step_cites_pasal_58():
    case = SanctionCase(
        FUNCTIONAL,
        2023,
        Predicate.POOR,
        improvement_start=date(2024, 2, 1),
        retest_passed=False,
        vacancy=False,
        placement_start=date(2024, 9, 1),
    )
    steps = performance_sanction(case, on=date(2025, 3, 1)).explanation.steps
    placement = steps[-2]
    assert placement.result is SanctionStage.TEMPORARY_PLACEMENT
    assert (placement.citation.regulation, placement.citation.article) == ("PP 30/2019", "Pasal 58")
    assert steps[-1].inputs == (("next_step_on", date(2025, 9, 1)),)
    dismissal = performance_sanction(case, on=date(2025, 9, 1))
    assert dismissal.stage is SanctionStage.DISMISSAL_PROPOSAL
    assert dismissal.explanation.steps[-2].citation == dismissal.citation


def test_the_objection_deadline_takes_the_rules_at_the_notification_date():
    with pytest.raises(RuleNotInForceError):
        objection_deadline(date(2021, 6, 30))
    (step,) = explain(objection_deadline, date(2024, 1, 31)).explanation.steps
    assert step.inputs == (("notified_on", date(2024, 1, 31)),)
    assert (step.fact.id, step.fact.en) == ("Batas pengajuan keberatan", "Objection deadline")


def test_an_absence_table_must_start_at_day_0():
    unbounded = BandTable.from_lower_edges(
        [(None, AbsenceRow(None, None)), (5, AbsenceRow(P.VERBAL_REPRIMAND, L))], upper=366
    )
    assert payload(lambda: ABSENCE_PENALTIES.validate(unbounded)) == (
        "absence_penalties",
        "x ≤ 366",
        "inconsistent",
        "must cover exactly 0 ≤ x ≤ 366",
        "harus mencakup tepat 0 ≤ x ≤ 366",
    )


def test_a_fractional_allowance_cut_is_written_in_each_language():
    cut = PenaltyTerm(P.ALLOWANCE_CUT, M, months=6, allowance_cut="12.5")
    assert cut.label("id") == "Pemotongan Tunjangan Kinerja 12,5 %, 6 bulan (Sedang)"
    assert cut.label("en") == "Performance allowance cut 12.5 %, 6 months (Moderate)"
