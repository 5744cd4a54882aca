"""Assertions that kill mutants of `performance/aggregation.py` (mutation testing).

The aggregation tests check the numbers; these pin the rest: the explanation step exactly (both
languages, inputs, the missing periods, result), the annual achievement's steps, each error's
payload (field, value, reason), the edges of "ended by the evaluation date" and of overlapping
periods, the labels of `MissingPeriods`, the exact value, and rules passed through.
"""

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from kinerja_core import (
    NATIONAL,
    Aggregation,
    Indicator,
    InvalidValueError,
    Period,
    RuleNotInForceError,
    Target,
    ValidationError,
)
from kinerja_core.performance import (
    ACHIEVEMENT_LIMITS,
    AchievementLimits,
    MissingPeriods,
    PeriodicRealisation,
    PeriodicSeries,
    aggregate_realisations,
    annual_achievement,
    periodic_series,
)
from plain_steps import step_data

YEAR_END = date(2024, 12, 31)
Q = [Period.quarter(2024, q) for q in range(1, 5)]
SERVICES = Indicator("Layanan", "layanan", aggregation=Aggregation.CUMULATIVE)
Q2_DATA = {"start": "2024-04-01", "end": "2024-06-30", "kind": "triwulanan"}
Q4_DATA = {"start": "2024-10-01", "end": "2024-12-31", "kind": "triwulanan"}


def payload(caught):
    return caught.value.field, caught.value.value, caught.value.reason


def aggregate_step(label_id, label_en, inputs, result, *, day_id="31 Desember 2024", day_en=None):
    return {
        "rule": {
            "id": f"Agregasi realisasi periodik ({label_id}) per {day_id}",
            "en": f"Aggregate periodic realisations ({label_en}) as of "
            f"{day_en or '31 December 2024'}",
        },
        "inputs": inputs,
        "parameters": [],
        "result": result,
        "citation": None,
    }


# --- the explanation step -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("aggregation", "label_id", "label_en", "result"),
    [
        (Aggregation.CUMULATIVE, "Kumulatif", "Cumulative", "50"),
        (Aggregation.FINAL_VALUE, "Nilai akhir", "Final value", "30"),
        (Aggregation.AVERAGE, "Rata-rata", "Average", "25"),
    ],
)
def test_the_step_lists_reported_and_missing_periods(aggregation, label_id, label_en, result):
    data = [(Q[0], 20), (Q[1], None), (Q[2], 30), (Q[3], None)]
    outcome = aggregate_realisations(data, aggregation, as_of=YEAR_END)
    assert outcome.value == Decimal(result)
    labels = (aggregation.label("id"), aggregation.label("en"))
    assert labels == (label_id, label_en)
    assert [step_data(step) for step in outcome.explanation.steps] == [
        aggregate_step(
            label_id,
            label_en,
            {
                "Triwulan I 2024": "20",
                "Triwulan III 2024": "30",
                "tidak dilaporkan / not reported": [Q2_DATA, Q4_DATA],
            },
            result,
        )
    ]


def test_without_missing_periods_the_step_has_no_missing_entry():
    outcome = aggregate_realisations(
        [(Q[0], 20), (Q[1], 5)], Aggregation.CUMULATIVE, as_of=date(2024, 6, 30)
    )
    assert [step_data(step) for step in outcome.explanation.steps] == [
        aggregate_step(
            "Kumulatif",
            "Cumulative",
            {"Triwulan I 2024": "20", "Triwulan II 2024": "5"},
            "25",
            day_id="30 Juni 2024",
            day_en="30 June 2024",
        )
    ]


def test_the_exact_value_and_the_published_one():
    data = [(Q[0], 1), (Q[1], 1), (Q[2], 2)]
    outcome = aggregate_realisations(data, Aggregation.AVERAGE, as_of=YEAR_END)
    assert outcome.exact == Fraction(4, 3)
    assert outcome.value == Decimal("1.333333333333333333333333333")
    assert outcome.counted == (Q[0], Q[1], Q[2])
    assert outcome.missing == ()
    assert outcome.explanation.steps[0].result == outcome.value


# --- ended periods and missing ones ---------------------------------------------------------


def test_a_period_ending_on_the_evaluation_date_counts_and_one_ending_after_does_not():
    data = [(Q[0], 20), (Q[1], None), (Q[2], 30)]
    on_the_day = aggregate_realisations(data, Aggregation.CUMULATIVE, as_of=date(2024, 9, 30))
    assert on_the_day.value == Decimal(50)
    assert on_the_day.counted == (Q[0], Q[2])
    assert on_the_day.missing == (Q[1],)
    day_before = aggregate_realisations(data, Aggregation.CUMULATIVE, as_of=date(2024, 9, 29))
    assert day_before.value == Decimal(20)
    assert day_before.counted == (Q[0],)
    assert day_before.missing == (Q[1],)


def test_the_final_value_is_the_last_reported_one_not_the_last_period():
    data = [(Q[0], 20), (Q[1], 35), (Q[2], None)]
    outcome = aggregate_realisations(data, Aggregation.FINAL_VALUE, as_of=YEAR_END)
    assert outcome.value == Decimal(35)
    assert outcome.missing == (Q[2],)


def test_skip_is_the_default_and_error_refuses_with_each_missing_period():
    data = [(Q[0], 20), (Q[1], None), (Q[2], 30), (Q[3], None)]
    assert aggregate_realisations(data, Aggregation.CUMULATIVE, as_of=YEAR_END) == (
        aggregate_realisations(
            data, Aggregation.CUMULATIVE, as_of=YEAR_END, missing=MissingPeriods.SKIP
        )
    )
    with pytest.raises(ValidationError) as caught:
        aggregate_realisations(
            data, Aggregation.CUMULATIVE, as_of=YEAR_END, missing=MissingPeriods.ERROR
        )
    assert caught.value.field == "realisations"
    assert caught.value.value == data
    assert [payload_of(p) for p in caught.value.problems] == [
        ("Quarter II 2024", None, "realisation not reported"),
        ("Quarter IV 2024", None, "realisation not reported"),
    ]


def test_error_does_not_refuse_a_missing_period_that_has_not_ended():
    data = [(Q[0], 20), (Q[1], None)]
    outcome = aggregate_realisations(
        data, Aggregation.CUMULATIVE, as_of=date(2024, 6, 29), missing=MissingPeriods.ERROR
    )
    assert outcome.value == Decimal(20)
    assert outcome.missing == ()


def payload_of(error):
    return error.field, error.value, error.reason


def test_missing_periods_labels():
    assert [m.label("id") for m in MissingPeriods] == ["Abaikan", "Tolak"]
    assert [m.label("en") for m in MissingPeriods] == ["Skip", "Refuse"]
    assert MissingPeriods.parse("Tolak") is MissingPeriods.ERROR


# --- errors ---------------------------------------------------------------------------------


def test_nothing_reported_by_the_date_names_the_date():
    with pytest.raises(InvalidValueError) as caught:
        aggregate_realisations(
            [(Q[0], None), (Q[1], 3)], Aggregation.AVERAGE, as_of=YEAR_END.replace(month=3)
        )
    assert payload(caught) == (
        "realisations",
        date(2024, 3, 31),
        "no period that ended by this date has a reported realisation",
    )


def test_bad_options_payloads():
    with pytest.raises(InvalidValueError) as caught:
        aggregate_realisations([(Q[0], 1)], "Kumulatif", as_of=YEAR_END)
    assert payload(caught) == ("aggregation", "Kumulatif", "must be an Aggregation")
    with pytest.raises(InvalidValueError) as caught:
        aggregate_realisations([(Q[0], 1)], Aggregation.CUMULATIVE, as_of=YEAR_END, missing="skip")
    assert payload(caught) == ("missing", "skip", "must be a MissingPeriods")


def test_a_negative_value_payload():
    with pytest.raises(InvalidValueError) as caught:
        PeriodicRealisation(Q[0], -1)
    assert payload(caught) == ("value", -1, "must not be negative")
    assert PeriodicRealisation(Q[0], 0).value == Decimal(0)


@pytest.mark.parametrize("item", [Q[0], (Q[0],), (Q[0], 1, 2)])
def test_a_malformed_item_payload(item):
    with pytest.raises(InvalidValueError) as caught:
        periodic_series([item])
    assert payload(caught) == (
        "realisations",
        item,
        "each item must be a PeriodicRealisation or (Period, value)",
    )


def test_overlapping_periods_payload_and_adjacent_periods():
    month = Period.month(2024, 3)
    with pytest.raises(InvalidValueError) as caught:
        periodic_series([(month, 2), (Q[0], 1)])
    assert payload(caught) == (
        "realisations",
        month,
        "periods must not overlap (Quarter I 2024 and March 2024)",
    )
    # periods that only touch (one ends the day before the next starts) do not overlap
    series = periodic_series([(Q[1], 2), (Q[0], 1)])
    assert [r.period for r in series] == [Q[0], Q[1]]
    # a period starting on the last day of the previous one overlaps it
    with pytest.raises(InvalidValueError):
        periodic_series([(Q[0], 1), (Period(date(2024, 3, 31), date(2024, 4, 30)), 2)])


def test_a_checked_series_is_returned_as_is():
    series = periodic_series([(Q[0], 1), PeriodicRealisation(Q[1], 2)])
    assert type(series) is PeriodicSeries
    assert periodic_series(series) is series
    assert series == (PeriodicRealisation(Q[0], 1), PeriodicRealisation(Q[1], 2))


# --- annual achievement ---------------------------------------------------------------------


def test_the_annual_achievement_explains_the_aggregate_then_the_formula():
    outcome = annual_achievement(SERVICES, 100, [(Q[0], 80), (Q[1], None)], as_of=YEAR_END)
    assert outcome.value == Decimal(80)
    assert outcome.exact == Fraction(80)
    aggregate, formula = (step_data(step) for step in outcome.explanation.steps)
    assert aggregate == aggregate_step(
        "Kumulatif",
        "Cumulative",
        {"Triwulan I 2024": "80", "tidak dilaporkan / not reported": [Q2_DATA]},
        "80",
    )
    assert formula["rule"]["en"] == "Achievement = realisation / target × 100 % (higher is better)"
    assert formula["inputs"] == {"target": "100", "realisation": "80"}
    assert formula["result"] == "80"


def test_the_annual_achievement_passes_missing_and_rules_through():
    data = [(Q[0], 80), (Q[1], None), (Q[2], 100)]
    with pytest.raises(ValidationError) as caught:
        annual_achievement(SERVICES, 100, data, as_of=YEAR_END, missing=MissingPeriods.ERROR)
    assert [payload_of(p) for p in caught.value.problems] == [
        ("Quarter II 2024", None, "realisation not reported")
    ]
    assert annual_achievement(SERVICES, 100, data, as_of=YEAR_END).value == Decimal(180)
    rules = NATIONAL.replace({ACHIEVEMENT_LIMITS: AchievementLimits(cap=150)}).at(YEAR_END)
    capped = annual_achievement(SERVICES, 100, data, as_of=YEAR_END, rules=rules)
    assert capped.value == Decimal(150)
    steps = [step_data(step) for step in capped.explanation.steps]
    assert steps[-1]["rule"] == {"id": "Batas atas/bawah capaian", "en": "Achievement cap/floor"}
    assert steps[-1]["inputs"] == {"achievement": "180"}
    assert steps[-1]["result"] == "150"


def test_the_annual_achievement_needs_an_indicator_payload():
    with pytest.raises(InvalidValueError) as caught:
        annual_achievement("Layanan", 100, [(Q[0], 1)], as_of=YEAR_END)
    assert payload(caught) == ("indicator", "Layanan", "must be an Indicator")


def test_the_annual_achievement_checks_the_date_payload():
    with pytest.raises(InvalidValueError) as caught:
        annual_achievement(SERVICES, 100, [(Q[0], 1)], as_of="2024-12-31")
    assert caught.value.field == "as_of"


def test_the_annual_achievement_accepts_a_target_object():
    data = [(Q[0], 3), (Q[1], 5)]
    assert annual_achievement(SERVICES, Target.range(6, 10), data, as_of=YEAR_END).value == 100


def test_the_default_rules_are_those_in_force_on_the_evaluation_date():
    quarter = Period.quarter(2020, 4)
    with pytest.raises(RuleNotInForceError) as caught:
        annual_achievement(SERVICES, 100, [(quarter, 80)], as_of=date(2020, 12, 31))
    assert caught.value.field == "achievement_limits"
    assert caught.value.on == date(2020, 12, 31)
    assert caught.value.in_force_from == date(2021, 7, 1)
    later = annual_achievement(SERVICES, 100, [(quarter, 80)], as_of=date(2021, 7, 1))
    assert later.value == Decimal(80)
