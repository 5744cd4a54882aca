"""Aggregating periodic realisations and the annual achievement of an indicator."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzzing import anything, outcome_of
from kinerja_core import (
    Aggregation,
    Indicator,
    InvalidValueError,
    Period,
    PeriodKind,
    Polarity,
    Target,
    ValidationError,
)
from kinerja_core.performance import (
    MissingPeriods,
    PeriodicRealisation,
    aggregate_realisations,
    annual_achievement,
)
from kinerja_core.testing import strategies as kst

YEAR_END = date(2024, 12, 31)
Q = [Period.quarter(2024, q) for q in range(1, 5)]

# Seed example (Lubuk Begalung): average complaint response time, reported quarterly, in days.
RESPONSE_TIME = Indicator(
    "Waktu respon pengaduan masyarakat", "hari", Polarity.LOWER_IS_BETTER, Aggregation.AVERAGE
)
SERVICES = Indicator(
    "Layanan perizinan diselesaikan", "layanan", aggregation=Aggregation.CUMULATIVE
)
COVERAGE = Indicator("Cakupan imunisasi dasar", "%", aggregation=Aggregation.FINAL_VALUE)


@pytest.mark.parametrize(
    ("aggregation", "expected"),
    [
        (Aggregation.CUMULATIVE, Decimal(100)),
        (Aggregation.FINAL_VALUE, Decimal(30)),
        (Aggregation.AVERAGE, Decimal(25)),
    ],
)
def test_each_aggregation(aggregation, expected):
    data = list(zip(Q, [20, 25, 25, 30], strict=True))
    outcome = aggregate_realisations(data, aggregation, as_of=YEAR_END)
    assert outcome.value == expected
    assert outcome.counted == tuple(Q)
    assert outcome.missing == ()


def test_missing_periods_are_skipped_and_listed():
    data = [(Q[0], 20), (Q[1], None), (Q[2], 30), (Q[3], None)]
    outcome = aggregate_realisations(data, Aggregation.AVERAGE, as_of=YEAR_END)
    assert outcome.value == Decimal(25)
    assert outcome.missing == (Q[1], Q[3])
    assert outcome.counted == (Q[0], Q[2])
    final = aggregate_realisations(data, Aggregation.FINAL_VALUE, as_of=YEAR_END)
    assert final.value == Decimal(30)
    assert "Triwulan II 2024" in final.explanation.render(lang="id")


def test_missing_periods_can_be_refused_listing_each():
    data = [(Q[0], 20), (Q[1], None), (Q[2], 30), (Q[3], None)]
    with pytest.raises(ValidationError) as caught:
        aggregate_realisations(
            data, Aggregation.CUMULATIVE, as_of=YEAR_END, missing=MissingPeriods.ERROR
        )
    assert len(caught.value.problems) == 2
    assert "Quarter II 2024" in str(caught.value)


def test_only_periods_ended_by_the_evaluation_date_count():
    data = list(zip(Q, [20, 25, 25, 30], strict=True))
    mid_year = aggregate_realisations(data, Aggregation.CUMULATIVE, as_of=date(2024, 6, 30))
    assert mid_year.value == Decimal(45)
    assert aggregate_realisations(data, Aggregation.CUMULATIVE, as_of=date(2024, 6, 29)).value == 20


def test_the_annual_achievement_from_quarterly_data_is_the_same_whatever_day_it_runs():
    data = [(Q[0], 4), (Q[1], 3), (Q[2], 5), (Q[3], 4)]
    first = annual_achievement(RESPONSE_TIME, Target(5), data, as_of=YEAR_END)
    second = annual_achievement(RESPONSE_TIME, Target(5), list(reversed(data)), as_of=YEAR_END)
    assert first == second
    assert first.value == Decimal(120)  # average 4 days against a 5-day target
    text = first.explanation.render(lang="en")
    assert "Average" in text
    assert "PermenPANRB 8/2021" in text


def test_annual_achievement_uses_the_indicators_own_cap():
    capped = Indicator("Layanan", "layanan", cap=110)
    data = [(Q[0], 80), (Q[1], 80)]
    assert annual_achievement(capped, 100, data, as_of=YEAR_END).value == Decimal(110)
    assert annual_achievement(SERVICES, 100, data, as_of=YEAR_END).value == Decimal(160)
    assert annual_achievement(COVERAGE, 100, data, as_of=YEAR_END).value == Decimal(80)


@pytest.mark.parametrize(
    ("realisations", "field"),
    [
        ([], "realisations"),
        ([(Q[0], None)], "realisations"),
        ([(Q[0], 1), (Period.month(2024, 2), 2)], "realisations"),
        ([("Q1", 1)], "period"),
        ([(Q[0], -1)], "value"),
        ([(Q[0], 1.5)], "value"),
        ([Q[0]], "realisations"),
        ("Q1", "realisations"),
        (None, "realisations"),
    ],
)
def test_bad_realisations_name_the_field(realisations, field):
    with pytest.raises(InvalidValueError) as caught:
        aggregate_realisations(realisations, Aggregation.CUMULATIVE, as_of=YEAR_END)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"aggregation": "Kumulatif"}, "aggregation"),
        ({"missing": "skip"}, "missing"),
        ({"as_of": "2024-12-31"}, "as_of"),
    ],
)
def test_bad_options_name_the_field(kwargs, field):
    arguments = {"aggregation": Aggregation.CUMULATIVE, "as_of": YEAR_END, **kwargs}
    with pytest.raises(InvalidValueError) as caught:
        aggregate_realisations([(Q[0], 1)], **arguments)
    assert caught.value.field == field


def test_annual_achievement_needs_an_indicator():
    with pytest.raises(InvalidValueError, match="indicator"):
        annual_achievement("Layanan", 100, [(Q[0], 1)], as_of=YEAR_END)


@given(kst.periodic_realisations(), st.sampled_from(list(Aggregation)))
def test_aggregate_lies_within_the_reported_values_or_is_their_sum(data, aggregation):
    reported = [r.value for r in data if r.value is not None]
    value = aggregate_realisations(data, aggregation, as_of=YEAR_END).value
    if aggregation is Aggregation.CUMULATIVE:
        assert value == sum(reported)
    else:
        assert min(reported) <= value <= max(reported)


@given(kst.periodic_realisations(kind=PeriodKind.MONTH), st.sampled_from(list(Aggregation)))
def test_order_of_the_input_does_not_matter(data, aggregation):
    forward = aggregate_realisations(data, aggregation, as_of=YEAR_END)
    backward = aggregate_realisations(list(reversed(data)), aggregation, as_of=YEAR_END)
    assert forward == backward


@given(kst.indicators(), kst.targets(), kst.periodic_realisations(missing=False))
def test_annual_achievement_respects_the_indicator_limits(indicator, target, data):
    value = annual_achievement(indicator, target, data, as_of=YEAR_END).value
    if indicator.cap is not None:
        assert value <= indicator.cap
    assert value >= (indicator.floor if indicator.floor is not None else 0)


def test_periodic_realisation_accepts_exact_values_only():
    assert PeriodicRealisation(Q[0], "2.5").value == Decimal("2.5")
    assert PeriodicRealisation(Q[0], None).value is None


def test_regression_the_average_of_equal_long_values_is_that_value():
    value = Decimal(176) / Decimal(3)
    data = [(Q[0], value), (Q[1], value), (Q[2], value)]
    assert aggregate_realisations(data, Aggregation.AVERAGE, as_of=YEAR_END).value == value


ANYTHING = anything(
    st.sampled_from([*Aggregation, *MissingPeriods, *Polarity]),
    st.lists(st.tuples(st.just(Period.quarter(2024, 1)), st.integers(-1, 9)), max_size=2),
    kst.periodic_realisations(),
    kst.indicators(),
    kst.targets(),
)


@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b, c, d):
    outcome_of(aggregate_realisations, a, b, as_of=c, missing=d)
    outcome_of(aggregate_realisations, [(Period.quarter(2024, 1), a)], b, as_of=c)
    outcome_of(annual_achievement, a, b, c, as_of=d)
    outcome_of(annual_achievement, Indicator("n", "u"), 10, a, as_of=b, missing=c, rules=d)
    outcome_of(PeriodicRealisation, a, b)
    outcome_of(MissingPeriods.parse, a)
