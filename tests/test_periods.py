import itertools
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzzing import anything, outcome_of
from kinerja_core import InvalidValueError, Period, PeriodKind
from kinerja_core.testing import strategies as kst


@pytest.mark.parametrize(
    ("period", "start", "end", "kind"),
    [
        (Period.year(2024), date(2024, 1, 1), date(2024, 12, 31), PeriodKind.YEAR),
        (Period.semester(2024, 1), date(2024, 1, 1), date(2024, 6, 30), PeriodKind.SEMESTER),
        (Period.semester(2024, 2), date(2024, 7, 1), date(2024, 12, 31), PeriodKind.SEMESTER),
        (Period.quarter(2024, 1), date(2024, 1, 1), date(2024, 3, 31), PeriodKind.QUARTER),
        (Period.quarter(2024, 4), date(2024, 10, 1), date(2024, 12, 31), PeriodKind.QUARTER),
        (Period.month(2024, 2), date(2024, 2, 1), date(2024, 2, 29), PeriodKind.MONTH),
        (Period.month(2023, 2), date(2023, 2, 1), date(2023, 2, 28), PeriodKind.MONTH),
        (Period.month(2024, 12), date(2024, 12, 1), date(2024, 12, 31), PeriodKind.MONTH),
    ],
)
def test_constructors_give_inclusive_calendar_ranges(period, start, end, kind):
    assert (period.start, period.end, period.kind) == (start, end, kind)


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: Period.year(2024.0), "year"),
        (lambda: Period.year(True), "year"),
        (lambda: Period.quarter(2024, 5), "quarter"),
        (lambda: Period.quarter(2024, 0), "quarter"),
        (lambda: Period.semester(2024, 3), "semester"),
        (lambda: Period.month(2024, 13), "month"),
        (lambda: Period.month("2024", 1), "year"),
        (lambda: Period.between(date(2024, 2, 1), date(2024, 1, 31)), "end"),
        (lambda: Period.between(datetime(2024, 1, 1), date(2024, 1, 31)), "start"),
        (lambda: Period(date(2024, 1, 1), date(2024, 1, 2), "bulanan"), "kind"),
        (lambda: Period.year(2024).split(PeriodKind.CUSTOM), "kind"),
        (lambda: Period.year(2024).split("triwulanan"), "kind"),
        (lambda: Period.year(2024).contains("2024-01-01"), "day"),
        (lambda: Period.year(2024).intersection((date(2024, 1, 1),)), "other"),
    ],
)
def test_bad_arguments_name_the_field(call, field):
    with pytest.raises(InvalidValueError) as caught:
        call()
    assert caught.value.field == field


@given(kst.periods(), kst.period_kinds(calendar_only=True))
def test_split_partitions_the_period_without_gap_or_overlap(period, kind):
    pieces = period.split(kind)
    assert pieces[0].start == period.start
    assert pieces[-1].end == period.end
    for earlier, later in itertools.pairwise(pieces):
        assert later.start == earlier.end + timedelta(days=1)
    assert sum(piece.days for piece in pieces) == period.days
    for piece in pieces[1:-1]:
        assert piece.kind is kind


def test_a_year_splits_into_twelve_months_four_quarters_two_semesters():
    year = Period.year(2024)
    assert year.split(PeriodKind.MONTH) == tuple(Period.month(2024, m) for m in range(1, 13))
    assert year.split(PeriodKind.QUARTER) == tuple(Period.quarter(2024, q) for q in range(1, 5))
    assert year.split(PeriodKind.SEMESTER) == (Period.semester(2024, 1), Period.semester(2024, 2))
    assert year.split(PeriodKind.YEAR) == (year,)


def test_a_partial_year_splits_into_cut_quarters():
    partial = Period.between(date(2024, 2, 15), date(2024, 8, 10))
    assert partial.split(PeriodKind.QUARTER) == (
        Period.between(date(2024, 2, 15), date(2024, 3, 31)),
        Period.quarter(2024, 2),
        Period.between(date(2024, 7, 1), date(2024, 8, 10)),
    )


@given(kst.periods(), kst.periods())
def test_intersection_is_symmetric_and_contained_in_both(first, second):
    shared = first.intersection(second)
    other_way = second.intersection(first)
    assert (shared is None) == (other_way is None) == (not first.overlaps(second))
    if shared is not None:
        assert (shared.start, shared.end) == (other_way.start, other_way.end)
        assert first.contains(shared.start)
        assert second.contains(shared.end)


@given(kst.periods(), kst.dates(min_value=date(2013, 1, 1), max_value=date(2036, 12, 31)))
def test_containment_matches_the_date_range(period, day):
    assert period.contains(day) == (period.start <= day <= period.end) == (day in period)


def test_membership_of_non_dates_is_false():
    assert "2024-01-01" not in Period.year(2024)


@pytest.mark.parametrize(
    ("period", "label_id", "label_en"),
    [
        (Period.year(2024), "Tahun 2024", "Year 2024"),
        (Period.semester(2024, 2), "Semester 2 2024", "Semester 2 2024"),
        (Period.quarter(2024, 3), "Triwulan III 2024", "Quarter III 2024"),
        (Period.month(2024, 5), "Mei 2024", "May 2024"),
        (
            Period.between(date(2024, 2, 15), date(2024, 8, 10)),
            "15 Februari 2024 – 10 Agustus 2024",
            "15 February 2024 – 10 August 2024",
        ),
    ],
)
def test_labels(period, label_id, label_en):
    assert period.label("id") == label_id
    assert period.label("en") == label_en


def test_kinds_and_plain_data():
    assert PeriodKind.QUARTER.months == 3
    assert PeriodKind.CUSTOM.months is None
    assert PeriodKind.QUARTER.label("en") == "quarterly"
    assert PeriodKind.parse("Triwulanan") is PeriodKind.QUARTER
    assert Period.quarter(2024, 1).to_dict() == {
        "start": "2024-01-01",
        "end": "2024-03-31",
        "kind": "triwulanan",
    }


def test_regression_split_at_the_last_representable_date_does_not_overflow():
    # Stepping to the piece after December 9999 raised a bare ValueError (year 10000).
    last = Period.between(date(9999, 11, 15), date.max)
    assert last.split(PeriodKind.MONTH) == (
        Period.between(date(9999, 11, 15), date(9999, 11, 30)),
        Period(date(9999, 12, 1), date.max, PeriodKind.MONTH),
    )
    assert last.split(PeriodKind.YEAR) == (last,)


def test_regression_a_datetime_is_refused_not_compared():
    # `contains` and `in` let a datetime through to a comparison that raised TypeError.
    moment = datetime(2024, 1, 1, 12, 0)
    with pytest.raises(InvalidValueError) as caught:
        Period.year(2024).contains(moment)
    assert caught.value.field == "day"
    assert moment not in Period.year(2024)


ANYTHING = anything(
    st.integers(1899, 2201),
    st.integers(-1, 13),
    kst.periods(),
    kst.period_kinds(),
    st.just("id"),
    st.just(date.max),
)


@given(ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b, c):
    for constructor in (Period.semester, Period.quarter, Period.month, Period.between):
        outcome_of(constructor, a, b)
    outcome_of(Period.year, a)
    outcome_of(Period, a, b, c)
    if isinstance(a, Period):
        for method in (a.contains, a.intersection, a.overlaps, a.split, a.label):
            outcome_of(method, b)
        outcome_of(a.working_days, holidays=b, weekend=c)
        assert isinstance(b in a, bool)
