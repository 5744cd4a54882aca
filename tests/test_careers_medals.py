"""Satyalancana Karya Satya X / XX / XXX (PP 35/2010 Pasal 22)."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja_core import InvalidValueError, Period
from kinerja_core.careers import ServiceMedal, service_medal
from kinerja_core.discipline import Penalty, PenaltyLevel, PenaltyRecord
from kinerja_core.testing import strategies as kst

START = date(2010, 1, 4)
X, XX, XXX = ServiceMedal.X, ServiceMedal.XX, ServiceMedal.XXX


def penalty(level, imposed, served=None, kind=Penalty.DELAYED_PROMOTION):
    return PenaltyRecord(kind, level, imposed, served_on=served)


@pytest.mark.parametrize(("medal", "years"), [(X, 10), (XX, 20), (XXX, 30)])
def test_each_class_needs_its_years_from_the_cpns_appointment(medal, years):
    completed = date(2010 + years, 1, 4)
    on_the_day = service_medal(medal, service_start=START, on=completed)
    assert on_the_day.eligible
    assert on_the_day.earliest == completed
    day_before = service_medal(medal, service_start=START, on=completed - timedelta(days=1))
    assert not day_before.eligible
    assert day_before.earliest == completed
    assert "PP 35/2010, Pasal 22" in day_before.explanation.render("id")


def test_a_light_penalty_does_not_break_the_run():
    light = penalty(PenaltyLevel.LIGHT, date(2015, 1, 1), kind=Penalty.WRITTEN_REPRIMAND)
    assert service_medal(X, service_start=START, on=date(2020, 1, 4), penalties=[light]).eligible


def test_a_moderate_penalty_restarts_the_count_from_the_day_it_was_served():
    moderate = penalty(PenaltyLevel.MODERATE, date(2015, 3, 1), served=date(2016, 3, 1))
    answer = service_medal(X, service_start=START, on=date(2024, 1, 1), penalties=[moderate])
    assert not answer.eligible
    assert answer.earliest == date(2026, 3, 1)
    text = answer.explanation.render("en")
    assert "The count restarts" in text
    assert service_medal(X, service_start=START, on=date(2026, 3, 1), penalties=[moderate]).eligible


def test_a_penalty_not_yet_served_leaves_no_earliest_date():
    severe = penalty(PenaltyLevel.SEVERE, date(2019, 6, 1), kind=Penalty.DEMOTION)
    answer = service_medal(X, service_start=START, on=date(2024, 1, 1), penalties=[severe])
    assert [c.code for c in answer.unmet] == ["continuous_service", "penalty_served"]
    assert answer.earliest is None


def test_a_medal_once_earned_stays_earned():
    severe = penalty(PenaltyLevel.SEVERE, date(2021, 6, 1), kind=Penalty.DEMOTION)
    answer = service_medal(X, service_start=START, on=date(2024, 1, 1), penalties=[severe])
    assert answer.eligible
    assert answer.earliest == date(2020, 1, 4)


def test_unpaid_leave_breaks_the_run_and_the_count_restarts_after_it():
    leave = Period.between(date(2018, 1, 1), date(2018, 12, 31))
    answer = service_medal(X, service_start=START, on=date(2025, 1, 1), unpaid_leave=[leave])
    assert not answer.eligible
    assert answer.earliest == date(2029, 1, 1)
    on_leave = Period.between(date(2024, 1, 1), date(2026, 6, 30))
    later_start = date(2016, 1, 4)
    answer = service_medal(
        X, service_start=later_start, on=date(2025, 1, 1), unpaid_leave=[on_leave]
    )
    assert not answer.eligible
    assert answer.earliest == date(2036, 7, 1)


@settings(max_examples=40)
@given(
    kst.dates(min_value=date(1995, 1, 1), max_value=date(2015, 12, 31)),
    kst.penalty_histories(min_value=date(1995, 1, 1), max_value=date(2045, 12, 31)),
    st.sampled_from(ServiceMedal),
    st.tuples(st.integers(0, 30 * 366), st.integers(0, 5 * 366)),
    kst.unpaid_leaves(),
)
def test_more_service_never_removes_a_medal(start, penalties, medal, spans, leaves):
    days, more = spans
    on = start + timedelta(days=days)
    history = {"penalties": penalties, "unpaid_leave": leaves}
    earlier = service_medal(medal, service_start=start, on=on, **history)
    later = service_medal(medal, service_start=start, on=on + timedelta(days=more), **history)
    if earlier.eligible:
        assert later.eligible
        assert later.earliest == earlier.earliest
    if earlier.earliest is not None and earlier.earliest <= on:
        assert earlier.eligible


@settings(max_examples=30)
@given(kst.unpaid_leaves())
def test_unpaid_leave_only_ever_delays_the_medal(leaves):
    clean = service_medal(X, service_start=START, on=date(2045, 1, 1))
    with_leave = service_medal(X, service_start=START, on=date(2045, 1, 1), unpaid_leave=leaves)
    if with_leave.earliest is not None:
        assert clean.earliest is not None
        assert with_leave.earliest >= clean.earliest


def test_bad_input_names_the_field():
    with pytest.raises(InvalidValueError, match="medal"):
        service_medal("X", service_start=START, on=START)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="penalties"):
        service_medal(X, service_start=START, on=START, penalties=["sedang"])
    with pytest.raises(InvalidValueError, match="unpaid_leave"):
        service_medal(X, service_start=START, on=START, unpaid_leave=[(START, START)])
    with pytest.raises(InvalidValueError, match="service_start"):
        service_medal(X, service_start=None, on=START)  # type: ignore[arg-type]
    assert ServiceMedal.parse("xx") is XX
