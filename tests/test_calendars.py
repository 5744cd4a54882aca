"""Working days with an injected holiday calendar (hand-made sets; no `holidays` dependency)."""

import calendar
from datetime import date, datetime, timedelta

import pytest
from dateutil.relativedelta import SA, SU
from hypothesis import find, given
from hypothesis import strategies as st

import kinerja_core as kc
from fuzzing import anything, outcome_of
from kinerja_core.testing import strategies as kst

# April 2024: Idul Fitri 10-11 April; cuti bersama 8, 9, 12 and 15 April (SKB 3 Menteri 2024).
IDUL_FITRI_2024 = frozenset(
    {
        date(2024, 4, 8),
        date(2024, 4, 9),
        date(2024, 4, 10),
        date(2024, 4, 11),
        date(2024, 4, 12),
        date(2024, 4, 15),
    }
)
INDEPENDENCE_DAY_2024 = date(2024, 8, 17)  # a Saturday


def test_a_plain_week_has_five_working_days():
    assert kc.periods.working_days(date(2024, 8, 12), date(2024, 8, 18)) == 5
    assert (
        kc.periods.working_days(
            date(2024, 8, 12), date(2024, 8, 18), weekend=kc.periods.SUNDAY_ONLY
        )
        == 6
    )


def test_a_single_day():
    assert kc.periods.working_days(date(2024, 8, 12), date(2024, 8, 12)) == 1
    assert kc.periods.working_days(date(2024, 8, 18), date(2024, 8, 18)) == 0


def test_april_2024_with_idul_fitri_and_cuti_bersama():
    april = kc.Period.month(2024, 4)
    assert april.working_days() == 22
    assert april.working_days(holidays=IDUL_FITRI_2024) == 16
    # A six-day week loses the same six days (none of them is a Sunday).
    assert april.working_days(holidays=IDUL_FITRI_2024, weekend=kc.periods.SUNDAY_ONLY) == 26 - 6


def test_a_holiday_on_a_weekend_is_not_subtracted_twice():
    august = kc.Period.month(2024, 8)
    assert august.working_days() == 22
    assert august.working_days(holidays={INDEPENDENCE_DAY_2024}) == 22
    # ...but in a six-day week 17 August is a working Saturday, so the holiday counts.
    assert august.working_days(weekend=kc.periods.SUNDAY_ONLY) == 27
    assert (
        august.working_days(holidays={INDEPENDENCE_DAY_2024}, weekend=kc.periods.SUNDAY_ONLY) == 26
    )


def test_weekend_days_may_be_numbers_or_dateutil_weekdays():
    week = (date(2024, 8, 12), date(2024, 8, 18))
    assert kc.periods.working_days(*week, weekend=[SA, SU]) == 5
    assert kc.periods.working_days(*week, weekend=(calendar.SATURDAY, calendar.SUNDAY)) == 5
    assert kc.periods.working_days(*week, weekend=[SU]) == 6
    assert kc.periods.working_days(*week, weekend=()) == 7


def test_a_mapping_calendar_works_like_holidays_holidaybase():
    # holidays.HolidayBase is a dict of date -> name; any Container[date] is accepted.
    named = {date(2024, 4, 10): "Hari Raya Idul Fitri", date(2024, 4, 11): "Idul Fitri hari 2"}
    assert kc.Period.month(2024, 4).working_days(holidays=named) == 20


class OnlyContains:
    """A container that can answer `in` but cannot be iterated."""

    def __contains__(self, item):
        return item == date(2024, 8, 12)


def test_a_container_that_cannot_be_iterated_is_enough():
    assert (
        kc.periods.working_days(date(2024, 8, 12), date(2024, 8, 16), holidays=OnlyContains()) == 4
    )
    assert not kc.periods.is_working_day(date(2024, 8, 12), holidays=OnlyContains())


def test_is_working_day_examples():
    assert kc.periods.is_working_day(date(2024, 8, 16))
    assert not kc.periods.is_working_day(INDEPENDENCE_DAY_2024)
    assert kc.periods.is_working_day(INDEPENDENCE_DAY_2024, weekend=kc.periods.SUNDAY_ONLY)
    assert not kc.periods.is_working_day(
        INDEPENDENCE_DAY_2024, weekend=kc.periods.SUNDAY_ONLY, holidays={INDEPENDENCE_DAY_2024}
    )
    assert frozenset() == kc.periods.NO_HOLIDAYS
    assert {5, 6} == kc.periods.SATURDAY_AND_SUNDAY
    assert {6} == kc.periods.SUNDAY_ONLY


def test_the_last_representable_date_does_not_overflow():
    assert kc.periods.working_days(date.max - timedelta(days=6), date.max, weekend=()) == 7


@given(kst.periods(), kst.weekends(), st.data())
def test_working_days_never_exceed_calendar_days(period, weekend, data):
    holidays = data.draw(kst.holiday_sets(min_value=period.start, max_value=period.end))
    count = period.working_days(holidays=holidays, weekend=weekend)
    assert 0 <= count <= period.days


@given(kst.periods(), kst.weekends(), kst.period_kinds(calendar_only=True), st.data())
def test_working_days_add_up_over_a_split(period, weekend, kind, data):
    holidays = data.draw(kst.holiday_sets(min_value=period.start, max_value=period.end))
    whole = period.working_days(holidays=holidays, weekend=weekend)
    pieces = period.split(kind)
    assert whole == sum(p.working_days(holidays=holidays, weekend=weekend) for p in pieces)


@given(kst.periods(), kst.weekends(), st.data())
def test_working_days_add_up_at_any_cut(period, weekend, data):
    holidays = data.draw(kst.holiday_sets(min_value=period.start, max_value=period.end))
    cut = data.draw(kst.dates(min_value=period.start, max_value=period.end))
    before = (
        0
        if cut == period.start
        else kc.periods.working_days(
            period.start, cut - timedelta(days=1), holidays=holidays, weekend=weekend
        )
    )
    after = kc.periods.working_days(cut, period.end, holidays=holidays, weekend=weekend)
    assert before + after == period.working_days(holidays=holidays, weekend=weekend)


@given(kst.periods(kinds=(kc.PeriodKind.MONTH, kc.PeriodKind.QUARTER)), st.data())
def test_count_matches_day_by_day_test(period, data):
    holidays = data.draw(kst.holiday_sets(min_value=period.start, max_value=period.end))
    days = (period.start + timedelta(days=n) for n in range(period.days))
    expected = sum(kc.periods.is_working_day(day, holidays=holidays) for day in days)
    assert period.working_days(holidays=holidays) == expected


@given(kst.periods(), kst.weekends(), st.data())
def test_more_holidays_never_add_working_days(period, weekend, data):
    within = kst.holiday_sets(min_value=period.start, max_value=period.end)
    some, more = data.draw(within), data.draw(within)
    fewer = period.working_days(holidays=some, weekend=weekend)
    assert period.working_days(holidays=some | more, weekend=weekend) <= fewer


@given(kst.periods(), kst.weekends(), st.data())
def test_each_holiday_on_a_working_weekday_removes_exactly_one_day(period, weekend, data):
    day = data.draw(kst.dates(min_value=period.start, max_value=period.end))
    without = period.working_days(weekend=weekend)
    with_holiday = period.working_days(holidays={day}, weekend=weekend)
    assert without - with_holiday == (0 if day.weekday() in weekend else 1)


@given(kst.periods())
def test_no_weekend_and_no_holidays_means_every_day_and_all_weekend_means_none(period):
    assert period.working_days(weekend=()) == period.days
    assert period.working_days(weekend=range(7)) == 0


@given(kst.periods(kinds=(kc.PeriodKind.CUSTOM,)))
def test_whole_weeks_have_five_working_days_each(period):
    weeks = period.days // 7
    if weeks:
        last = period.start + timedelta(days=7 * weeks - 1)
        assert kc.periods.working_days(period.start, last) == 5 * weeks


class Exploding:
    def __contains__(self, item):
        raise TypeError("unhashable")


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: kc.periods.working_days(date(2024, 1, 2), date(2024, 1, 1)), "end"),
        (lambda: kc.periods.working_days(datetime(2024, 1, 1), date(2024, 1, 2)), "start"),
        (lambda: kc.periods.working_days(date(2024, 1, 1), "2024-01-02"), "end"),
        (
            lambda: kc.periods.working_days(date(2024, 1, 1), date(2024, 1, 2), weekend="67"),
            "weekend",
        ),
        (
            lambda: kc.periods.working_days(date(2024, 1, 1), date(2024, 1, 2), weekend=[7]),
            "weekend",
        ),
        (
            lambda: kc.periods.working_days(date(2024, 1, 1), date(2024, 1, 2), weekend=[True]),
            "weekend",
        ),
        (lambda: kc.periods.working_days(date(2024, 1, 1), date(2024, 1, 2), weekend=6), "weekend"),
        (
            lambda: kc.periods.working_days(date(2024, 1, 1), date(2024, 1, 2), holidays="x"),
            "holidays",
        ),
        (
            lambda: kc.periods.working_days(date(2024, 1, 1), date(2024, 1, 2), holidays=3),
            "holidays",
        ),
        (
            lambda: kc.periods.working_days(
                date(2024, 1, 1), date(2024, 1, 2), holidays=Exploding()
            ),
            "holidays",
        ),
        (lambda: kc.periods.is_working_day("2024-01-01"), "day"),
        (lambda: kc.Period.year(2024).working_days(weekend=[-1]), "weekend"),
    ],
)
def test_bad_arguments_name_the_field(call, field):
    with pytest.raises(kc.InvalidValueError) as caught:
        call()
    assert caught.value.field == field


ANYTHING = anything(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 12, 31)),
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2024, 12, 31)),
    st.lists(st.integers(-2, 8), max_size=3),
    st.frozensets(st.dates(), max_size=2),
)


@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(start, end, holidays, weekend):
    for call in (
        lambda: kc.periods.working_days(start, end, holidays=holidays, weekend=weekend),
        lambda: kc.periods.is_working_day(start, holidays=holidays, weekend=weekend),
    ):
        outcome_of(call)


def test_weekend_strategy_shrinks_to_saturday_and_sunday():
    assert find(kst.weekends(), lambda _: True) == kc.periods.SATURDAY_AND_SUNDAY
