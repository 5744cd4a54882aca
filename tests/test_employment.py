"""Employment intervals, their overlap with periods, and month counts for proration."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kinerja_core as kc
from fuzzing import anything, outcome_of
from kinerja_core.core.explain import explain
from kinerja_core.testing import strategies as kst

YEAR_2024 = kc.Period.year(2024)
CLOSED = kc.Employment(date(2024, 1, 1), date(2024, 2, 1))
RULES = {
    rule: kc.NATIONAL.replace({kc.periods.MONTH_COUNT_RULE: rule}, name=f"rule {rule.name}")
    for rule in kc.periods.MonthCountRule
}
WHOLE, ANY, FRACTION = (
    kc.periods.MonthCountRule.WHOLE_MONTHS,
    kc.periods.MonthCountRule.ANY_DAY,
    kc.periods.MonthCountRule.DAY_FRACTION,
)
TOLERANCE = Decimal("1e-20")


def months(employment, period, rule):
    return kc.months_covered(employment, period, rules=RULES[rule].at(period.end))


def test_national_default_is_whole_months_as_a_policy_choice():
    rules = kc.NATIONAL.at(date(2024, 12, 31))
    resolved = rules.resolve(kc.periods.MONTH_COUNT_RULE)
    assert resolved.value is WHOLE
    assert resolved.citation.confidence is kc.Confidence.POLICY_CHOICE


@pytest.mark.parametrize("rule", list(kc.periods.MonthCountRule))
def test_bkn_example_january_february_counts_two_months(rule):
    # BKN (Peraturan BKN 3/2023 slides): Jan-Feb, Baik, Ahli Pertama -> 2/12 x 100 % x 12.5.
    jan_feb = kc.Employment(date(2023, 1, 1), date(2023, 2, 28))
    assert months(jan_feb, kc.Period.year(2023), rule) == 2
    assert kc.months_covered(jan_feb, kc.Period.year(2023)) == 2


@pytest.mark.parametrize("rule", list(kc.periods.MonthCountRule))
def test_a_full_year_counts_twelve(rule):
    assert months(kc.Employment(date(2020, 5, 1)), YEAR_2024, rule) == 12
    assert months(None, YEAR_2024, rule) == 12


@pytest.mark.parametrize(
    ("rule", "before", "after"),
    [
        (WHOLE, Decimal(2), Decimal(9)),
        (ANY, Decimal(3), Decimal(10)),
        (FRACTION, 2 + Decimal(14) / Decimal(31), 9 + Decimal(17) / Decimal(31)),
    ],
)
def test_a_move_on_15_march_under_each_rule(rule, before, after):
    old, new = kc.Employment(date(2024, 1, 1)).split_at(date(2024, 3, 15))
    assert old == kc.Employment(date(2024, 1, 1), date(2024, 3, 14))
    assert new == kc.Employment(date(2024, 3, 15))
    assert abs(months(old, YEAR_2024, rule) - before) < TOLERANCE
    assert abs(months(new, YEAR_2024, rule) - after) < TOLERANCE


def test_the_rules_disagree_only_on_partial_months():
    joined = kc.Employment(date(2024, 3, 15))
    assert [months(joined, YEAR_2024, rule) for rule in (WHOLE, ANY)] == [9, 10]
    assert str(months(joined, YEAR_2024, FRACTION)).startswith("9.548387")


def test_no_overlap_counts_zero():
    left = kc.Employment(date(2020, 1, 1), date(2023, 12, 31))
    outcome = explain(kc.months_covered, left, YEAR_2024)
    assert outcome.explanation.steps[0].result is None
    assert outcome.value == 0
    assert outcome.exact == 0
    assert str(outcome.value) == "0"


def test_regression_counting_up_to_the_last_representable_date():
    # Period.split stepped past December 9999 and raised a bare ValueError.
    served = kc.Employment(date(9999, 11, 15))
    assert kc.months_covered(served, kc.Period(date(9999, 11, 1), date.max)) == 1


def test_a_custom_period_cut_mid_month_is_not_a_whole_month():
    partial = kc.Period.between(date(2024, 1, 10), date(2024, 3, 31))
    assert months(None, partial, WHOLE) == 2
    assert months(None, partial, ANY) == 3


def test_explanation_names_overlap_rule_and_citation():
    outcome = explain(kc.months_covered, kc.Employment(date(2024, 3, 15)), YEAR_2024)
    overlap_step, count_step = outcome.explanation.steps
    assert overlap_step.result == kc.Period.between(date(2024, 3, 15), date(2024, 12, 31))
    assert dict(count_step.inputs)["covered_days_per_month"]["2024-03"] == "17/31"
    (use,) = count_step.parameters
    assert use.name == "month_count_rule"
    assert use.value is WHOLE
    assert count_step.result == Decimal(9)
    assert "bulan penuh" in outcome.explanation.render("id")
    assert "whole months only" in outcome.explanation.render("en")
    data = outcome.to_dict()
    assert data["value"] == {"type": "decimal", "value": "9"}
    assert data["exact"] == "9"
    overlap = data["explanation"]["steps"][0]["result"]["value"]
    assert overlap == {"start": "2024-03-15", "end": "2024-12-31", "kind": "rentang tanggal"}
    assert data["explanation"]["steps"][1]["parameters"][0]["value"]["value"] == "bulan penuh"
    assert kc.Explained.from_dict(data) == outcome


def test_no_rule_before_2014():
    with pytest.raises(kc.RuleNotInForceError, match="2014-01-01"):
        kc.months_covered(None, kc.Period.year(2013))


@given(kst.employments(), kst.periods())
def test_overlap_is_contained_in_both(employment, period):
    overlap = employment.overlap(period)
    last = employment.end if employment.end is not None else date.max
    shared = employment.start <= period.end and period.start <= last
    assert (overlap is None) == (not shared)
    if overlap is None:
        return
    for day in (overlap.start, overlap.end):
        assert period.contains(day)
        assert employment.contains(day)
    # ...and it is the largest such range: the days just outside are not shared.
    for outside in (overlap.start - timedelta(days=1), overlap.end + timedelta(days=1)):
        assert not (period.contains(outside) and employment.contains(outside))


@given(kst.employments(), kst.periods(), kst.month_count_rules())
def test_months_are_bounded_by_the_period(employment, period, rule):
    counted = months(employment, period, rule)
    assert 0 <= counted <= len(period.split(kc.PeriodKind.MONTH))
    if period.kind is not kc.PeriodKind.CUSTOM:
        assert counted <= period.kind.months


@given(kst.employments(), kst.periods())
def test_whole_months_never_exceed_fractions_which_never_exceed_any_day(employment, period):
    whole, fraction, any_day = (months(employment, period, r) for r in (WHOLE, FRACTION, ANY))
    assert whole <= fraction + TOLERANCE
    assert fraction <= any_day + TOLERANCE
    assert whole == int(whole)
    assert any_day == int(any_day)


@given(
    kst.employments(),
    kst.periods(),
    kst.period_kinds(calendar_only=True),
    kst.month_count_rules(),
)
def test_month_counts_add_up_over_a_split(employment, period, kind, rule):
    whole = months(employment, period, rule)
    pieces = sum(months(employment, piece, rule) for piece in period.split(kind))
    if rule is FRACTION:
        assert abs(whole - pieces) < TOLERANCE
    else:
        assert whole == pieces


@given(kst.employments(open_ended=False), kst.periods(), st.data())
def test_a_move_splits_the_months(employment, period, data):
    if employment.start == employment.end:
        return
    day = data.draw(
        kst.dates(min_value=employment.start + timedelta(days=1), max_value=employment.end)
    )
    before, after = employment.split_at(day)
    assert before.end + timedelta(days=1) == after.start == day
    total = {
        r: months(before, period, r) + months(after, period, r) for r in kc.periods.MonthCountRule
    }
    assert total[WHOLE] <= months(employment, period, WHOLE)
    assert total[ANY] >= months(employment, period, ANY)
    assert abs(total[FRACTION] - months(employment, period, FRACTION)) < TOLERANCE


@given(kst.periods(kinds=(kc.PeriodKind.YEAR, kc.PeriodKind.QUARTER, kc.PeriodKind.MONTH)))
def test_serving_the_whole_calendar_period_counts_its_months(period):
    assert kc.months_covered(None, period) == period.kind.months


def test_employment_values():
    ongoing = kc.Employment(date(2024, 3, 15))
    assert ongoing.open_ended
    assert ongoing.contains(date(2099, 1, 1))
    assert not ongoing.contains(date(2024, 3, 14))
    assert ongoing.label("id") == "15 Maret 2024 – (masih menjabat)"
    assert ongoing.label("en") == "15 March 2024 – (ongoing)"
    assert ongoing.to_dict() == {"start": "2024-03-15", "end": None}
    closed = kc.Employment(date(2024, 1, 1), date(2024, 3, 14))
    assert not closed.open_ended
    assert not closed.contains(date(2024, 3, 15))
    assert closed.label("en") == "1 January 2024 – 14 March 2024"
    assert closed.to_dict() == {"start": "2024-01-01", "end": "2024-03-14"}
    assert ongoing.overlap(YEAR_2024).kind is kc.PeriodKind.CUSTOM
    assert kc.Employment(date(2023, 1, 1)).overlap(YEAR_2024) is YEAR_2024
    assert kc.Employment(date(2024, 1, 1), date(2024, 12, 31)).overlap(YEAR_2024) is YEAR_2024
    assert kc.Employment(date(2025, 1, 1)).overlap(YEAR_2024) is None
    assert kc.periods.MonthCountRule.parse("Bulan Penuh") is WHOLE
    assert kc.periods.MonthCountRule.DAY_FRACTION.label("en") == "fraction of the month's days"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: kc.Employment(date(2024, 2, 1), date(2024, 1, 31)), "end"),
        (lambda: kc.Employment(datetime(2024, 1, 1)), "start"),
        (lambda: kc.Employment(date(2024, 1, 1), "2024-12-31"), "end"),
        (lambda: kc.Employment(date(2024, 1, 1)).overlap((date(2024, 1, 1),)), "period"),
        (lambda: kc.Employment(date(2024, 1, 1)).contains("2024-01-01"), "day"),
        (lambda: kc.Employment(date(2024, 1, 1)).split_at(date(2024, 1, 1)), "day"),
        (
            lambda: CLOSED.split_at(date(2024, 2, 2)),
            "day",
        ),
        (lambda: kc.Employment(date(2024, 1, 1)).label("fr"), "lang"),
        (lambda: kc.months_covered(date(2024, 1, 1), YEAR_2024), "employment"),
        (lambda: kc.months_covered(None, "2024"), "period"),
        (lambda: kc.months_covered(None, YEAR_2024, rules=kc.NATIONAL), "rules"),
        (
            lambda: kc.NATIONAL.replace({kc.periods.MONTH_COUNT_RULE: "bulan penuh"}),
            "month_count_rule",
        ),
    ],
)
def test_bad_arguments_name_the_field(call, field):
    with pytest.raises(kc.InvalidValueError) as caught:
        call()
    assert caught.value.field == field


ANYTHING = anything(
    kst.periods(),
    kst.employments(),
    st.sampled_from(list(kc.periods.MonthCountRule)),
)


@given(ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b, c):
    for call in (
        lambda: kc.Employment(a, b),
        lambda: kc.months_covered(a, b),
        lambda: explain(kc.months_covered, a, b, rules=c),
        lambda: kc.Employment(date(2024, 1, 1)).overlap(a),
        lambda: kc.Employment(date(2024, 1, 1)).split_at(a),
        lambda: kc.Employment(date(2024, 1, 1)).contains(a),
        lambda: kc.Employment(date(2024, 1, 1)).label(a),
        lambda: kc.NATIONAL.replace({kc.periods.MONTH_COUNT_RULE: a}),
    ):
        outcome_of(call)
