"""Performance sanctions (PP 30/2019 Pasal 56-59): the stage reached, its date, objections."""

import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings

from kinerja_core import (
    NATIONAL,
    Confidence,
    InvalidValueError,
    Predicate,
    RuleNotInForceError,
    explain,
)
from kinerja_core.discipline import (
    OBJECTION_WINDOW,
    DayCount,
    ObjectionWindow,
    PositionKind,
    SanctionAssessment,
    SanctionCase,
    SanctionGroup,
    SanctionStage,
    objection_deadline,
    performance_sanction,
)
from kinerja_core.testing import strategies as kst

ST = SanctionStage
FUNCTIONAL, JPT = PositionKind.FUNCTIONAL, PositionKind.SENIOR_EXECUTIVE
START = date(2024, 2, 1)
END = date(2024, 8, 1)


def stage(case, on):
    return performance_sanction(case, on=on)


@pytest.mark.parametrize("predicate", list(Predicate))
def test_which_predikat_starts_the_path_for_administration_and_functional(predicate):
    result = stage(SanctionCase(FUNCTIONAL, 2023, predicate), date(2024, 1, 15))
    started = predicate in (Predicate.POOR, Predicate.VERY_POOR)
    assert result.stage is (ST.IMPROVEMENT_PERIOD if started else ST.NONE)
    assert result.next_step_on is None  # the improvement period's start is not known yet
    assert result.citation.article == "Pasal 58"


@pytest.mark.parametrize("predicate", list(Predicate))
def test_a_jpt_needs_a_missed_target_and_a_predikat_of_cukup_or_below(predicate):
    low = predicate in (Predicate.NEEDS_IMPROVEMENT, Predicate.POOR, Predicate.VERY_POOR)
    missed = stage(SanctionCase(JPT, 2023, predicate, target_missed=True), date(2024, 1, 15))
    met = stage(SanctionCase(JPT, 2023, predicate), date(2024, 1, 15))
    assert missed.stage is (ST.IMPROVEMENT_PERIOD if low else ST.NONE)
    assert met.stage is ST.NONE
    assert missed.citation.article == "Pasal 57"


def test_force_majeure_starts_no_path():
    case = SanctionCase(FUNCTIONAL, 2023, Predicate.VERY_POOR, force_majeure=True)
    assert stage(case, date(2024, 3, 1)).stage is ST.NONE


def test_the_improvement_period_lasts_six_months_then_the_retest():
    case = SanctionCase(FUNCTIONAL, 2023, Predicate.POOR, improvement_start=START)
    during = stage(case, date(2024, 7, 31))
    assert (during.stage, during.next_step_on) == (ST.IMPROVEMENT_PERIOD, END)
    after = stage(case, END)
    assert (after.stage, after.next_step_on) == (ST.COMPETENCY_RETEST, None)


def test_after_the_retest():
    base = {"improvement_start": START}
    passed = SanctionCase(FUNCTIONAL, 2023, Predicate.POOR, retest_passed=True, **base)
    assert stage(passed, date(2024, 9, 1)).stage is ST.NONE
    failed = SanctionCase(FUNCTIONAL, 2023, Predicate.POOR, retest_passed=False, **base)
    assert stage(failed, date(2024, 9, 1)).stage is ST.REASSIGNMENT
    vacant = SanctionCase(
        FUNCTIONAL, 2023, Predicate.POOR, retest_passed=False, vacancy=True, **base
    )
    assert stage(vacant, date(2024, 9, 1)).stage is ST.REASSIGNMENT
    jpt = SanctionCase(
        JPT, 2023, Predicate.POOR, target_missed=True, retest_passed=False, vacancy=False, **base
    )
    jpt_result = stage(jpt, date(2024, 9, 1))
    assert jpt_result.stage is ST.REASSIGNMENT  # Pasal 57 stops at "may be moved"
    assert "may be moved" in jpt_result.permits.en


def test_no_vacancy_means_a_temporary_placement_of_at_most_a_year_then_dismissal():
    facts = {"improvement_start": START, "retest_passed": False, "vacancy": False}
    unplaced = SanctionCase(PositionKind.EXECUTOR, 2023, Predicate.VERY_POOR, **facts)
    assert stage(unplaced, date(2024, 9, 1)).stage is ST.TEMPORARY_PLACEMENT
    placed = SanctionCase(
        PositionKind.EXECUTOR,
        2023,
        Predicate.VERY_POOR,
        placement_start=date(2024, 9, 1),
        **facts,
    )
    during = stage(placed, date(2025, 8, 31))
    assert (during.stage, during.next_step_on) == (ST.TEMPORARY_PLACEMENT, date(2025, 9, 1))
    end = stage(placed, date(2025, 9, 1))
    assert end.stage is ST.DISMISSAL_PROPOSAL
    # review: the dismissal stage is PP 30/2019 Pasal 58's own text [P]; BKN 3/2020 is in the note
    assert (end.citation.regulation, end.citation.article) == ("PP 30/2019", "Pasal 58")
    assert end.citation.confidence is Confidence.PRIMARY
    assert "Peraturan BKN 3/2020" in end.citation.note.en
    assert "may be proposed for honourable dismissal" in end.permits.en
    assert end.permits.id.startswith("Tetap tidak ada jabatan lowong")


def test_the_explanation_cites_the_law_and_says_may():
    case = SanctionCase(
        FUNCTIONAL, 2023, Predicate.POOR, improvement_start=START, retest_passed=False
    )
    outcome = explain(performance_sanction, case, on=date(2024, 9, 1))
    text = outcome.explanation.render("en")
    assert "UU 5/2014, Pasal 77 ayat (6) [P]" in text
    assert "PP 30/2019, Pasal 58" in text
    assert "may be moved to another or a lower position" in text
    summary = outcome.explanation.render("id", form="summary").splitlines()
    assert summary[0] == "Tahap sanksi kinerja: Pemindahan ke Jabatan Lain atau Lebih Rendah"


@settings(max_examples=40)
@given(kst.sanction_cases())
def test_every_case_reaches_one_stage_and_round_trips(case):
    on = date(2026, 1, 1)
    result = performance_sanction(case, on=on)
    if result.next_step_on is not None:
        assert result.next_step_on > on
    if case.force_majeure:
        assert result.stage is ST.NONE
    if SanctionGroup.of(case.position) is SanctionGroup.SENIOR_EXECUTIVE:
        assert result.stage not in (ST.TEMPORARY_PLACEMENT, ST.DISMISSAL_PROPOSAL)
    data = json.loads(json.dumps(result.to_dict()), parse_float=Decimal)
    back = SanctionAssessment.from_dict(data)
    assert back == result
    assert back.explanation == result.explanation
    assert SanctionCase.from_dict(case.to_dict()) == case


def test_bad_facts_are_refused():
    with pytest.raises(InvalidValueError, match="improvement_start"):
        SanctionCase(FUNCTIONAL, 2023, Predicate.POOR, improvement_start=date(2023, 6, 1))
    with pytest.raises(InvalidValueError, match="placement_start"):
        SanctionCase(FUNCTIONAL, 2023, Predicate.POOR, placement_start=date(2024, 6, 1))
    with pytest.raises(InvalidValueError, match="retest_passed"):
        SanctionCase(FUNCTIONAL, 2023, Predicate.POOR, retest_passed="no")
    with pytest.raises(InvalidValueError, match="year"):
        SanctionCase(FUNCTIONAL, True, Predicate.POOR)
    with pytest.raises(InvalidValueError, match="case"):
        performance_sanction("case", on=date(2024, 1, 1))
    with pytest.raises(InvalidValueError, match="on"):
        performance_sanction(SanctionCase(FUNCTIONAL, 2023, Predicate.POOR), on="2024-01-01")
    with pytest.raises(RuleNotInForceError):
        performance_sanction(SanctionCase(FUNCTIONAL, 2020, Predicate.POOR), on=date(2021, 1, 1))


# --- the objection window (Pasal 59) ---------------------------------------------------------


def test_fourteen_calendar_days_from_the_day_after_notification():
    assert objection_deadline(date(2024, 1, 31)) == date(2024, 2, 14)
    assert objection_deadline(date(2024, 12, 20)) == date(2025, 1, 3)
    outcome = explain(objection_deadline, date(2024, 1, 31))
    text = outcome.explanation.render("en")
    assert "14 calendar days" in text
    assert "[POLICY CHOICE]" in text
    assert "PP 30/2019, Pasal 59" in text


def test_the_window_may_count_working_days():
    working = NATIONAL.replace(
        {OBJECTION_WINDOW: ObjectionWindow(14, DayCount.WORKING_DAYS)}
    ).latest()
    # Wednesday 31 January 2024 → 14 working days later (no holidays): Tuesday 20 February
    assert objection_deadline(date(2024, 1, 31), rules=working) == date(2024, 2, 20)
    holiday = objection_deadline(date(2024, 1, 31), holidays={date(2024, 2, 8)}, rules=working)
    assert holiday == date(2024, 2, 21)


def test_bad_window_and_dates_are_refused():
    with pytest.raises(InvalidValueError, match="days"):
        ObjectionWindow(0, DayCount.CALENDAR_DAYS)
    with pytest.raises(InvalidValueError, match="objection_window"):
        NATIONAL.replace({OBJECTION_WINDOW: 14})
    with pytest.raises(InvalidValueError, match="notified_on"):
        objection_deadline("2024-01-31")


def test_every_new_value_type_round_trips_through_json():
    from kinerja_core.discipline import (  # noqa: PLC0415 (the value types of this area)
        AbsenceRow,
        ConsecutiveAbsenceRule,
        ModerateBand,
        Penalty,
        PenaltyLevel,
        PenaltyTerm,
    )

    severe = PenaltyLevel.SEVERE
    values = [
        ObjectionWindow(14, DayCount.WORKING_DAYS),
        PenaltyTerm(Penalty.DISMISSAL, severe, alternatives=(Penalty.DISHONOURABLE_DISMISSAL,)),
        PenaltyTerm(
            Penalty.ALLOWANCE_CUT,
            PenaltyLevel.MODERATE,
            months=9,
            allowance_cut=Decimal("25"),
            article="Pasal 8 ayat (3) huruf b",
        ),
        AbsenceRow(
            Penalty.ALLOWANCE_CUT,
            PenaltyLevel.MODERATE,
            months=6,
            allowance_cut=25,
            moderate_band=ModerateBand.FIRST,
        ),
        AbsenceRow(Penalty.DEMOTION, severe, officials_only=True),
        ConsecutiveAbsenceRule(
            10, PenaltyTerm(Penalty.DISMISSAL, severe), pay_stops_next_month=True
        ),
    ]
    for value in values:
        data = json.loads(json.dumps(value.to_dict()), parse_float=Decimal)
        assert type(value).from_dict(data) == value
