"""Unexcused absence → disciplinary penalty: PP 53/2010 and PP 94/2021 tables, every band edge."""

import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja_core import (
    NATIONAL,
    Citation,
    Confidence,
    InvalidValueError,
    RuleNotInForceError,
    Version,
    explain,
)
from kinerja_core.core import BandTable, PolicyOverrides
from kinerja_core.discipline import (
    ABSENCE_PENALTIES,
    CONSECUTIVE_ABSENCE_RULE,
    MINUTE_REMAINDER_RULE,
    MINUTES_PER_ABSENT_DAY,
    MODERATE_PENALTIES,
    MODERATE_PENALTY_FORM,
    NON_OFFICIAL_ABSENCE_RULE,
    AbsenceRow,
    AbsenceSanction,
    ConsecutiveAbsenceRule,
    MinuteRemainderRule,
    ModeratePenaltyForm,
    NonOfficialAbsenceRule,
    Penalty,
    PenaltyLevel,
    PenaltyTerm,
    PositionKind,
    absence_sanction,
    absent_days_from_minutes,
)
from kinerja_core.testing import strategies as kst

PP53 = NATIONAL.at(date(2021, 8, 30))
PP94 = NATIONAL.at(date(2021, 8, 31))
L, M, S = PenaltyLevel.LIGHT, PenaltyLevel.MODERATE, PenaltyLevel.SEVERE
P = Penalty
OFFICIAL = PositionKind.FUNCTIONAL
PELAKSANA = PositionKind.EXECUTOR


def with_form(form):
    return NATIONAL.replace({MODERATE_PENALTY_FORM: form}).at(date(2024, 1, 1))


CUT = with_form(ModeratePenaltyForm.ALLOWANCE_CUT)
KGB_ONLY = with_form(ModeratePenaltyForm.DELAYED_SALARY_INCREMENT_ONLY)
HEAVIER = NATIONAL.replace({NON_OFFICIAL_ABSENCE_RULE: NonOfficialAbsenceRule.HEAVIER_BAND}).at(
    date(2021, 1, 1)
)


def terms(result):
    return (result.penalty, result.level, result.months, result.allowance_cut)


# --- PP 94/2021 (from 31 August 2021), each band at both edges --------------------------------

PP94_BANDS = [
    # (first day, last day, penalty, level, months, article) — transitional sedang kinds
    (0, 2, None, None, None, "Pasal 9 ayat (2) huruf b"),
    (3, 3, P.VERBAL_REPRIMAND, L, None, "Pasal 9 ayat (2) huruf b angka 1"),
    (4, 6, P.WRITTEN_REPRIMAND, L, None, "Pasal 9 ayat (2) huruf b angka 2"),
    (7, 10, P.WRITTEN_STATEMENT_OF_DISSATISFACTION, L, None, "Pasal 9 ayat (2) huruf b angka 3"),
    (11, 13, P.DELAYED_SALARY_INCREMENT, M, 12, "Pasal 10 ayat (2) huruf f angka 1"),
    (14, 16, P.DELAYED_PROMOTION, M, 12, "Pasal 10 ayat (2) huruf f angka 2"),
    (17, 20, P.RANK_REDUCTION, M, 12, "Pasal 10 ayat (2) huruf f angka 3"),
    (21, 24, P.DEMOTION, S, 12, "Pasal 11 ayat (2) huruf d angka 1"),
    (25, 27, P.RELEASE_FROM_POSITION, S, 12, "Pasal 11 ayat (2) huruf d angka 2"),
    (28, 366, P.DISMISSAL, S, None, "Pasal 11 ayat (2) huruf d angka 3"),
]


@pytest.mark.parametrize("band", PP94_BANDS)
def test_pp_94_2021_every_band_at_both_edges(band):
    low, high, penalty, level, months, article = band
    for days in (low, high):
        result = absence_sanction(days, rules=PP94)
        assert terms(result) == (penalty, level, months, None)
        assert result.citation.regulation == "PP 94/2021"
        assert result.article.startswith(f"PP 94/2021, {article}")
        assert result.alternatives == ()
    if low > 0:  # the day before the band gives the band below
        assert absence_sanction(low - 1, rules=PP94).penalty != penalty
    assert absence_sanction(days=high, rules=None).penalty is penalty  # latest = PP 94/2021


def test_the_transitional_sedang_kinds_cite_pasal_42_and_pp_53_pasal_7_3():
    letters = {11: "a", 14: "b", 17: "c"}
    for days, letter in letters.items():
        article = absence_sanction(days, rules=PP94).article
        assert "Pasal 42 ayat (2)" in article
        assert article.endswith(f"PP 53/2010 Pasal 7 ayat (3) huruf {letter}")


@pytest.mark.parametrize(
    ("low", "high", "months", "letter"), [(11, 13, 6, "a"), (14, 16, 9, "b"), (17, 20, 12, "c")]
)
def test_the_allowance_cut_switched_on_gives_25_percent_for_6_9_12_months(
    low, high, months, letter
):
    for days in (low, high):
        result = absence_sanction(days, rules=CUT)
        assert terms(result) == (P.ALLOWANCE_CUT, M, months, Decimal(25))
        assert result.article.endswith(f"jo. Pasal 8 ayat (3) huruf {letter}")
    assert absence_sanction(low - 1, rules=CUT).months != months
    assert absence_sanction(21, rules=CUT).allowance_cut is None


def test_the_other_programs_variant_delays_the_kgb_in_all_three_bands():
    for days in (11, 13, 14, 16, 17, 20):
        assert terms(absence_sanction(days, rules=KGB_ONLY)) == (
            P.DELAYED_SALARY_INCREMENT,
            M,
            12,
            None,
        )


def test_the_allowance_cut_can_be_switched_on_from_a_date():
    pp_gaji = Citation("PP Gaji dan Tunjangan (hypothetical)", "Pasal 1")
    policy = NATIONAL.replace(
        {MODERATE_PENALTY_FORM: ModeratePenaltyForm.ALLOWANCE_CUT},
        effective_from=date(2027, 1, 1),
        citation=pp_gaji,
    )
    assert absence_sanction(12, rules=policy.at(date(2026, 12, 31))).penalty is (
        P.DELAYED_SALARY_INCREMENT
    )
    assert absence_sanction(12, rules=policy.at(date(2027, 1, 1))).penalty is P.ALLOWANCE_CUT


# --- the 10-consecutive-working-days rule ----------------------------------------------------


def test_ten_consecutive_working_days_mean_dismissal_and_pay_stops_next_month():
    result = absence_sanction(10, consecutive_days=10, rules=PP94)
    assert terms(result) == (P.DISMISSAL, S, None, None)
    assert result.article == "PP 94/2021, Pasal 11 ayat (2) huruf d angka 4"
    assert result.pay_stops_next_month
    nine = absence_sanction(10, consecutive_days=9, rules=PP94)
    assert nine.penalty is P.WRITTEN_STATEMENT_OF_DISSATISFACTION
    assert not nine.pay_stops_next_month
    heavier_anyway = absence_sanction(30, consecutive_days=10, rules=PP94)
    assert heavier_anyway.penalty is P.DISMISSAL
    assert heavier_anyway.pay_stops_next_month


def test_pp_53_2010_has_no_separate_consecutive_rule():
    result = absence_sanction(10, consecutive_days=10, rules=PP53)
    assert result.penalty is P.WRITTEN_REPRIMAND
    assert not result.pay_stops_next_month
    text = result.explanation.render("en")
    assert "PP 53/2010 has no separate rule for consecutive working days" in text


# --- PP 53/2010 (before 31 August 2021), each band at both edges ------------------------------

PP53_BANDS = [
    (0, 4, None, None, None, "Pasal 8 angka 9"),
    (5, 5, P.VERBAL_REPRIMAND, L, None, "Pasal 8 angka 9 huruf a"),
    (6, 10, P.WRITTEN_REPRIMAND, L, None, "Pasal 8 angka 9 huruf b"),
    (11, 15, P.WRITTEN_STATEMENT_OF_DISSATISFACTION, L, None, "Pasal 8 angka 9 huruf c"),
    (16, 20, P.DELAYED_SALARY_INCREMENT, M, 12, "Pasal 9 angka 11 huruf a"),
    (21, 25, P.DELAYED_PROMOTION, M, 12, "Pasal 9 angka 11 huruf b"),
    (26, 30, P.RANK_REDUCTION, M, 12, "Pasal 9 angka 11 huruf c"),
    (31, 35, P.RANK_REDUCTION, S, 36, "Pasal 10 angka 9 huruf a"),
    (36, 40, P.DEMOTION, S, None, "Pasal 10 angka 9 huruf b"),
    (41, 45, P.RELEASE_FROM_POSITION, S, None, "Pasal 10 angka 9 huruf c"),
    (46, 366, P.DISMISSAL, S, None, "Pasal 10 angka 9 huruf d"),
]


@pytest.mark.parametrize("band", PP53_BANDS)
def test_pp_53_2010_every_band_at_both_edges(band):
    low, high, penalty, level, months, article = band
    for days in (low, high):
        result = absence_sanction(days, position=OFFICIAL, rules=PP53)
        assert terms(result) == (penalty, level, months, None)
        assert result.article == f"PP 53/2010, {article}"
    if low > 0:
        assert absence_sanction(low - 1, position=OFFICIAL, rules=PP53).penalty != penalty or (
            penalty is P.RANK_REDUCTION
        )


def test_pp_53_2010_dismissal_may_be_with_or_without_honour():
    result = absence_sanction(46, rules=PP53)
    assert result.penalty is P.DISMISSAL
    assert result.alternatives == (P.DISHONOURABLE_DISMISSAL,)


@pytest.mark.parametrize("days", [36, 40, 41, 45])
def test_a_pelaksana_in_the_officials_only_bands_gets_the_marked_substitute(days):
    default = absence_sanction(days, position=PELAKSANA, rules=PP53)
    assert terms(default) == (P.RANK_REDUCTION, S, 36, None)
    assert default.article == "PP 53/2010, Pasal 10 angka 9 huruf a"
    assert "policy-choice" in json.dumps(default.explanation.to_dict())
    heavier = absence_sanction(days, position=PELAKSANA, rules=HEAVIER)
    assert heavier.penalty is P.DISMISSAL
    assert heavier.alternatives == (P.DISHONOURABLE_DISMISSAL,)
    for kind in PositionKind:
        if kind.official:
            official = absence_sanction(days, position=kind, rules=PP53)
            assert official.penalty in (P.DEMOTION, P.RELEASE_FROM_POSITION)


def test_the_officials_only_bands_need_the_position():
    with pytest.raises(InvalidValueError, match="position: is needed") as caught:
        absence_sanction(38, rules=PP53)
    assert "pejabat struktural dan fungsional" in caught.value.reason_id
    absence_sanction(35, rules=PP53)  # the other bands do not need it
    absence_sanction(38, rules=PP94)


def test_which_table_applies_follows_the_date_of_the_rules():
    assert absence_sanction(3, rules=PP53).penalty is None
    assert absence_sanction(3, rules=PP94).penalty is P.VERBAL_REPRIMAND
    assert absence_sanction(5, rules=NATIONAL.at(date(2010, 6, 6))).penalty is P.VERBAL_REPRIMAND
    with pytest.raises(RuleNotInForceError):
        absence_sanction(5, rules=NATIONAL.at(date(2010, 6, 5)))


# --- monotone: another day of absence never gives a lighter penalty --------------------------

RULES = {
    "pp53": PP53,
    "pp53-heavier": HEAVIER,
    "pp94-transitional": PP94,
    "pp94-kgb-only": KGB_ONLY,
    "pp94-cut": CUT,
}


@settings(max_examples=40)
@given(
    st.sampled_from(sorted(RULES)), kst.absence_days(max_value=365), kst.position_kinds(), st.data()
)
def test_another_day_of_absence_never_gives_a_lighter_penalty(name, absence, position, data):
    rules = RULES[name]
    days, run = absence
    more_run = data.draw(st.integers(run, run + 1))
    before = absence_sanction(days, consecutive_days=run, position=position, rules=rules)
    after = absence_sanction(days + 1, consecutive_days=more_run, position=position, rules=rules)
    assert after.severity >= before.severity
    assert (after.level.rank if after.level else 0) >= (before.level.rank if before.level else 0)


@pytest.mark.parametrize("name", sorted(RULES))
def test_every_day_of_the_year_is_monotone_under_every_table_and_form(name):
    for position in (OFFICIAL, PELAKSANA):
        keys = [
            absence_sanction(d, position=position, rules=RULES[name]).severity for d in range(367)
        ]
        assert keys == sorted(keys)


def test_the_severity_order_is_level_then_kind_then_months():
    assert PenaltyTerm(None, None).severity == (0, 0, 0)
    light = PenaltyTerm(P.WRITTEN_STATEMENT_OF_DISSATISFACTION, L)
    six = PenaltyTerm(P.ALLOWANCE_CUT, M, months=6, allowance_cut=25)
    nine = PenaltyTerm(P.ALLOWANCE_CUT, M, months=9, allowance_cut=25)
    kgb = PenaltyTerm(P.DELAYED_SALARY_INCREMENT, M, months=12)
    three_years = PenaltyTerm(P.RANK_REDUCTION, S, months=36)
    sedang_year = PenaltyTerm(P.RANK_REDUCTION, M, months=12)
    order = [PenaltyTerm(None, None), light, six, nine, kgb, sedang_year, three_years]
    assert [t.severity for t in order] == sorted(t.severity for t in order)
    assert [t.rank for t in order] == sorted(t.rank for t in order)
    with pytest.raises(InvalidValueError, match="level"):
        PenaltyTerm(P.DEMOTION, None)


# --- explanations ---------------------------------------------------------------------------


def test_no_penalty_is_explained_too():
    result = absence_sanction(2)
    assert result.penalty is None
    assert result.level is None
    assert result.months is None
    assert result.severity == (0, 0, 0)
    text = result.explanation.render("en")
    assert "2 days is below the first band (from 3 days): no disciplinary penalty" in text
    assert "PP 94/2021, Pasal 9 ayat (2) huruf b [P]" in text
    assert result.explanation.render("id", form="summary") == (
        "Hukuman disiplin: tidak ada hukuman disiplin"
    )
    assert "2 hari berada di bawah rentang pertama (mulai 3 hari)" in result.explanation.render(
        "id"
    )


def test_explain_gives_the_same_result_with_its_citations():
    outcome = explain(absence_sanction, 12, rules=PP94)
    assert outcome.value == absence_sanction(12, rules=PP94)
    regulations = {c.regulation for c in outcome.explanation.citations}
    assert regulations == {"PP 94/2021"}
    text = outcome.explanation.render("id")
    assert "Penundaan Kenaikan Gaji Berkala 12 bulan (Sedang)" in text
    assert "[C]" in text  # the band → kind mapping is software-confirmed only
    assert "Pasal 40" in text  # the examination date decides


def test_the_table_and_its_rows_are_cited_data():
    resolved = PP94.resolve(ABSENCE_PENALTIES)
    assert resolved.citation.regulation == "PP 94/2021"
    assert resolved.effective_from == date(2021, 8, 31)
    assert PP53.resolve(ABSENCE_PENALTIES).effective_from == date(2010, 6, 6)
    assert resolved.value.monotone == "increasing"


# --- minutes of lateness → days -------------------------------------------------------------


def test_seven_and_a_half_hours_are_one_day():
    assert absent_days_from_minutes(0) == 0
    assert absent_days_from_minutes(449) == 0
    assert absent_days_from_minutes(450) == 1
    assert absent_days_from_minutes(899) == 1
    assert absent_days_from_minutes(900, rules=PP53) == 2
    part = NATIONAL.replace({MINUTE_REMAINDER_RULE: MinuteRemainderRule.PART_DAY_COUNTS}).latest()
    assert absent_days_from_minutes(1, rules=part) == 1
    assert absent_days_from_minutes(450, rules=part) == 1
    assert absent_days_from_minutes(451, rules=part) == 2


def test_the_conversion_is_explained_with_its_marked_sources():
    outcome = explain(absent_days_from_minutes, 1000)
    assert outcome.value == 2
    text = outcome.explanation.render("en")
    assert "remaining minutes = 100" in text
    assert "KMK 5/2022, lateness conversion (guideline) [C]" in text
    assert "[POLICY CHOICE]" in text
    old = explain(absent_days_from_minutes, 1000, rules=PP53).explanation.render("id")
    assert "PP 53/2010, Penjelasan Pasal 3 angka 11 [P]" in old


@settings(max_examples=30)
@given(st.integers(0, 100_000), st.integers(0, 1000))
def test_more_minutes_never_count_fewer_days(minutes, more):
    assert absent_days_from_minutes(minutes + more) >= absent_days_from_minutes(minutes)


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"days": -1}, "days", "out_of_range"),
        ({"days": 367}, "days", "out_of_range"),
        ({"days": 3.0}, "days", "wrong_type"),
        ({"days": True}, "days", "wrong_type"),
        ({"days": "3"}, "days", "wrong_type"),
        ({"days": Decimal(3)}, "days", "wrong_type"),
        ({"days": 3, "consecutive_days": 4}, "consecutive_days", "inconsistent"),
        ({"days": 3, "consecutive_days": -1}, "consecutive_days", "out_of_range"),
        ({"days": 3, "consecutive_days": False}, "consecutive_days", "wrong_type"),
        ({"days": 3, "position": "Jabatan Pelaksana"}, "position", "wrong_type"),
    ],
)
def test_bad_input_is_refused_naming_the_field_in_both_languages(kwargs, field, code):
    with pytest.raises(InvalidValueError) as caught:
        absence_sanction(**kwargs)
    assert caught.value.field == field
    assert caught.value.code == code
    assert caught.value.reason_id
    assert caught.value.reason_id != caught.value.reason


@pytest.mark.parametrize("minutes", [-1, 1.5, True, "450", 366 * 24 * 60 + 1])
def test_bad_minutes_are_refused(minutes):
    with pytest.raises(InvalidValueError, match="minutes"):
        absent_days_from_minutes(minutes)


def test_position_kinds_parse_official_labels_and_variants():
    assert PositionKind.parse("pelaksana") is PositionKind.EXECUTOR
    assert PositionKind.parse("JPT") is PositionKind.SENIOR_EXECUTIVE
    assert not PositionKind.EXECUTOR.official
    assert PositionKind.FUNCTIONAL.label("en") == "Functional position"


# --- documents ------------------------------------------------------------------------------


@settings(max_examples=30)
@given(kst.absence_days(), kst.position_kinds(), st.sampled_from(sorted(RULES)))
def test_results_round_trip_through_json(absence, position, name):
    days, run = absence
    result = absence_sanction(days, consecutive_days=run, position=position, rules=RULES[name])
    data = json.loads(json.dumps(result.to_dict()), parse_float=Decimal)
    back = AbsenceSanction.from_dict(data)
    assert back == result
    assert back.explanation == result.explanation
    assert data["article"] == result.article


# --- the parameters are checked data ----------------------------------------------------------


def test_a_regional_absence_table_must_be_total_over_the_year_and_monotone():
    cite = Citation("Perkada Contoh 1/2025", "Pasal 5")
    lenient = BandTable.from_lower_edges(
        [(0, AbsenceRow(None, None)), (5, AbsenceRow(P.VERBAL_REPRIMAND, L))], upper=366
    )
    policy = NATIONAL.with_overrides(
        "Pemda Contoh", {ABSENCE_PENALTIES: Version(date(2025, 1, 1), lenient, cite)}
    )
    assert absence_sanction(4, rules=policy.at(date(2025, 6, 1))).penalty is None
    assert absence_sanction(4, rules=policy.at(date(2024, 6, 1))).penalty is P.WRITTEN_REPRIMAND
    falling = BandTable.from_lower_edges(
        [(0, AbsenceRow(P.DISMISSAL, S)), (5, AbsenceRow(P.VERBAL_REPRIMAND, L))], upper=366
    )
    with pytest.raises(InvalidValueError, match="absence_penalties"):
        NATIONAL.with_overrides(
            "Pemda Contoh", {ABSENCE_PENALTIES: Version(date(2025, 1, 1), falling, cite)}
        )
    short = BandTable.from_lower_edges([(0, AbsenceRow(None, None))], upper=100)
    with pytest.raises(InvalidValueError, match="must cover exactly"):
        NATIONAL.with_overrides(
            "Pemda Contoh", {ABSENCE_PENALTIES: Version(date(2025, 1, 1), short, cite)}
        )


def test_a_policy_with_discipline_overrides_round_trips_as_a_document():
    policy = NATIONAL.replace(
        {
            MODERATE_PENALTY_FORM: ModeratePenaltyForm.ALLOWANCE_CUT,
            NON_OFFICIAL_ABSENCE_RULE: NonOfficialAbsenceRule.HEAVIER_BAND,
            ABSENCE_PENALTIES: PP53.resolve(ABSENCE_PENALTIES).value,
        }
    )
    document = PolicyOverrides.of(policy, base=NATIONAL)
    data = json.loads(json.dumps(document.to_dict()), parse_float=Decimal)
    rebuilt = PolicyOverrides.from_dict(data).apply(NATIONAL)
    rules = rebuilt.at(date(2024, 1, 1))
    assert rules[ABSENCE_PENALTIES] == PP53.resolve(ABSENCE_PENALTIES).value
    assert absence_sanction(38, position=PELAKSANA, rules=rules).penalty is P.DISMISSAL


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: PenaltyTerm("Teguran Lisan", L), "penalty"),
        (lambda: PenaltyTerm(P.VERBAL_REPRIMAND, "Ringan"), "level"),
        (lambda: PenaltyTerm(P.ALLOWANCE_CUT, M, months=0), "months"),
        (lambda: PenaltyTerm(P.ALLOWANCE_CUT, M, allowance_cut=0), "allowance_cut"),
        (lambda: PenaltyTerm(P.ALLOWANCE_CUT, M, allowance_cut=Decimal(101)), "allowance_cut"),
        (lambda: PenaltyTerm(P.DISMISSAL, S, alternatives=("x",)), "alternatives"),
        (lambda: PenaltyTerm(P.DISMISSAL, S, article=" "), "article"),
    ],
)
def test_penalty_terms_refuse_bad_fields(build, field):
    with pytest.raises(InvalidValueError, match=field):
        build()


def test_rule_values_refuse_bad_fields():
    with pytest.raises(InvalidValueError, match="moderate_band"):
        AbsenceRow(P.ALLOWANCE_CUT, M, moderate_band="angka 1")
    with pytest.raises(InvalidValueError, match="term"):
        ConsecutiveAbsenceRule(10, PenaltyTerm(None, None))
    with pytest.raises(InvalidValueError, match="days"):
        ConsecutiveAbsenceRule(0, PenaltyTerm(P.DISMISSAL, S))
    rule = ConsecutiveAbsenceRule(10, PenaltyTerm(P.DISMISSAL, S))
    assert rule.label("en").startswith("≥ 10 consecutive working days → Honourable dismissal")
    for spec, value in [
        (MODERATE_PENALTY_FORM, "ALLOWANCE_CUT"),
        (NON_OFFICIAL_ABSENCE_RULE, "rentang di bawahnya"),
        (CONSECUTIVE_ABSENCE_RULE, 10),
        (MINUTE_REMAINDER_RULE, "hanya hari penuh"),
        (MINUTES_PER_ABSENT_DAY, 0),
        (MODERATE_PENALTIES, {}),
    ]:
        with pytest.raises(InvalidValueError, match=spec.name):
            spec.validate(value)


def test_an_imposed_penalty_becomes_a_line_of_the_penalty_history():
    record = absence_sanction(21, rules=PP94).record(date(2024, 3, 1))
    assert (record.penalty, record.level) == (P.DEMOTION, S)
    assert record.imposed_on == date(2024, 3, 1)
    assert record.served_on is None
    with pytest.raises(InvalidValueError, match="nothing to record"):
        absence_sanction(1).record(date(2024, 3, 1))
    with pytest.raises(InvalidValueError, match="imposed_on"):
        absence_sanction(21).record("2024-03-01")


def test_review_the_transitional_sedang_kind_is_cited_with_the_mappings_confidence():
    # the band → kind mapping of the transitional form is software's reading [C], not the text
    transitional = absence_sanction(12)
    assert transitional.citation.confidence is Confidence.SOFTWARE
    assert "PP 53/2010 Pasal 7 ayat (3) huruf a" in transitional.citation.article
    text = transitional.explanation.render("en")
    assert "PP 53/2010 Pasal 7 ayat (3) huruf a [C]" in text
    # the 25 % cut, once switched on, is the text of Pasal 8(3) itself, and other rows stay [P]
    assert absence_sanction(12, rules=CUT).citation.confidence is Confidence.PRIMARY
    assert absence_sanction(12, rules=KGB_ONLY).citation.confidence is Confidence.SOFTWARE
    assert absence_sanction(22).citation.confidence is Confidence.PRIMARY
    assert absence_sanction(5).citation.confidence is Confidence.PRIMARY
    assert "berdampak pada Unit Kerja" in absence_sanction(5).explanation.render("id")
