"""Deadlines of the performance cycle as dated, cited rules (domain reference §1.3, §2)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kinerja_core as kc
from fuzzing import anything, outcome_of
from kinerja_core.testing import strategies as kst

D = kc.periods.Deadline


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2022, (date(2022, 1, 14), date(2022, 1, 31), date(2022, 12, 31), date(2023, 1, 31),
         date(2023, 2, 28))),
        (2023, (date(2023, 1, 14), date(2023, 1, 31), date(2023, 12, 31), date(2024, 1, 31),
         date(2024, 2, 29))),  # 2024 is a leap year: the report is due on 29 February
        (2024, (date(2024, 1, 14), date(2024, 1, 31), date(2024, 12, 31), date(2025, 1, 31),
         date(2025, 2, 28))),
        (2027, (date(2027, 1, 14), date(2027, 1, 31), date(2027, 12, 31), date(2028, 1, 31),
         date(2028, 2, 29))),
        (2035, (date(2035, 1, 14), date(2035, 1, 31), date(2035, 12, 31), date(2036, 1, 31),
         date(2036, 2, 29))),
    ],
)  # fmt: skip
def test_deadlines_for_several_years(year, expected):
    skp_draft, skp_set, evaluation, latest, report = expected
    assert kc.periods.deadline(D.SKP_DRAFT, year) == skp_draft
    assert kc.periods.skp_deadline(year) == kc.periods.deadline(D.SKP_SET, year) == skp_set
    assert kc.periods.deadline(D.ANNUAL_EVALUATION, year) == evaluation
    assert kc.periods.annual_evaluation_deadline(year) == latest
    assert kc.periods.deadline(D.EVALUATION_REPORT, year) == report


@pytest.mark.parametrize("year", [2014, 2017, 2020])
def test_pp_46_2011_years_have_evaluation_deadlines_from_secondary_sources(year):
    outcome = kc.explain(kc.periods.deadline, D.ANNUAL_EVALUATION_LATEST, year)
    assert outcome.value == date(year + 1, 1, 31)
    assert kc.periods.deadline(D.ANNUAL_EVALUATION, year) == date(year, 12, 31)
    (use,) = outcome.explanation.steps[0].parameters
    assert use.citation.regulation.startswith("PP 46/2011")
    assert use.citation.confidence is kc.Confidence.SECONDARY
    # PP 46/2011 had no Pasal 51-style reporting deadline and no PermenPANRB 8/2021 SKP rule.
    with pytest.raises(kc.RuleNotInForceError):
        kc.periods.deadline(D.EVALUATION_REPORT, year)
    with pytest.raises(kc.RuleNotInForceError):
        kc.periods.skp_deadline(year)


def test_2021_is_judged_by_pp_30_2019_but_its_january_skp_predates_permenpanrb_8_2021():
    outcome = kc.explain(kc.periods.deadline, D.ANNUAL_EVALUATION_LATEST, 2021)
    assert outcome.value == date(2022, 1, 31)
    assert outcome.explanation.steps[0].parameters[0].citation.article == "Pasal 42 ayat (1)"
    assert kc.periods.deadline(D.EVALUATION_REPORT, 2021) == date(2022, 2, 28)
    with pytest.raises(kc.RuleNotInForceError, match="2021-07-01") as caught:
        kc.periods.skp_deadline(2021)
    assert caught.value.in_force_from == date(2021, 7, 1)


def test_before_2014_no_deadline_is_known():
    for kind in kc.periods.Deadline:
        with pytest.raises(kc.RuleNotInForceError):
            kc.periods.deadline(kind, 2013)


def test_2022_skp_deadline_cites_permenpanrb_8_2021_and_2023_the_unconfirmed_2022_rule():
    # PermenPANRB 6/2022 was set on 3 February 2022, after the 2022 SKP deadline had passed.
    (use_2022,) = kc.explain(kc.periods.deadline, D.SKP_SET, 2022).explanation.steps[0].parameters
    assert use_2022.citation.regulation == "PermenPANRB 8/2021"
    assert use_2022.citation.confidence is kc.Confidence.PRIMARY
    (use_2023,) = kc.explain(kc.periods.deadline, D.SKP_SET, 2023).explanation.steps[0].parameters
    assert use_2023.citation.regulation == "PermenPANRB 6/2022"
    assert use_2023.citation.confidence is kc.Confidence.UNCONFIRMED


def test_second_week_reading_is_marked_as_a_choice():
    (use,) = kc.explain(kc.periods.deadline, D.SKP_DRAFT, 2022).explanation.steps[0].parameters
    assert use.citation.confidence is kc.Confidence.POLICY_CHOICE
    assert "minggu kedua" in use.citation.render("en")
    assert "minggu kedua" in use.citation.render("id")


def test_report_deadline_cites_pasal_51():
    (use,) = (
        kc.explain(kc.periods.deadline, D.EVALUATION_REPORT, 2024).explanation.steps[0].parameters
    )
    assert (use.citation.regulation, use.citation.article) == ("PP 30/2019", "Pasal 51")


def test_explanation_and_plain_data():
    outcome = kc.explain(kc.periods.deadline, D.SKP_SET, 2024)
    (step,) = outcome.explanation.steps
    assert dict(step.inputs) == {"year": 2024}
    assert step.result == date(2024, 1, 31)
    assert "akhir Januari tahun kinerja" in outcome.explanation.render("id")
    assert "end of January of the performance year" in outcome.explanation.render("en")
    assert outcome.to_dict()["value"] == {"type": "date", "value": "2024-01-31"}
    inputs = outcome.to_dict()["explanation"]["steps"][0]["inputs"]
    assert inputs == [{"name": "year", "value": 2024}]
    assert "batas penetapan SKP" in outcome.explanation.render("id")
    assert step.parameters[0].to_dict()["value"] == {
        "type": "periods.deadlines_specs.DeadlineRule",
        "value": {"month": 1, "day": None, "years_after": 0},
    }


def test_a_pemda_can_set_its_own_skp_deadline():
    perbup = kc.Citation("Perbup Contoh 3/2025", "Pasal 4")
    pemda = kc.NATIONAL.with_overrides(
        "Pemda Contoh",
        {
            kc.periods.SKP_DEADLINE: kc.Version(
                date(2025, 1, 1), kc.periods.DeadlineRule(1, 15), perbup
            )
        },
    )
    assert kc.periods.skp_deadline(2024, rules=pemda.at(date(2024, 1, 1))) == date(2024, 1, 31)
    assert kc.periods.skp_deadline(2025, rules=pemda.at(date(2025, 1, 1))) == date(2025, 1, 15)


@pytest.mark.parametrize(
    ("rule", "year", "expected", "label_id", "label_en"),
    [
        (kc.periods.DeadlineRule(1), 2024, date(2024, 1, 31), "akhir Januari tahun kinerja",
         "end of January of the performance year"),
        (kc.periods.DeadlineRule(1, 14), 2024, date(2024, 1, 14), "14 Januari tahun kinerja",
         "14 January of the performance year"),
        (kc.periods.DeadlineRule(2, years_after=1), 2023, date(2024, 2, 29),
         "akhir Februari tahun berikutnya", "end of February of the following year"),
        (kc.periods.DeadlineRule(2, 30, 2), 2024, date(2026, 2, 28),
         "30 Februari, 2 tahun setelah tahun kinerja",
         "30 February, 2 years after the performance year"),
    ],
)  # fmt: skip
def test_deadline_rules(rule, year, expected, label_id, label_en):
    assert rule.on(year) == expected
    assert rule.label("id") == label_id
    assert rule.label("en") == label_en


@given(kst.deadline_rules(), st.integers(1900, 2200))
def test_a_rule_lands_in_its_month_on_its_day_or_the_month_end(rule, year):
    day = rule.on(year)
    assert (day.year, day.month) == (year + rule.years_after, rule.month)
    if rule.day is None or rule.day > day.day:
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        assert (following - day).days == 1  # the last day of the month
    else:
        assert day.day == rule.day


@given(kst.deadline_kinds(), st.integers(2022, 2200))
def test_every_deadline_falls_between_the_start_of_the_year_and_the_end_of_the_next(kind, year):
    day = kc.periods.deadline(kind, year)
    assert date(year, 1, 1) <= day <= date(year + 1, 12, 31)


@given(st.integers(2022, 2200))
def test_the_cycle_runs_in_order(year):
    dates = [kc.periods.deadline(kind, year) for kind in kc.periods.Deadline]
    assert dates == sorted(dates)
    assert kc.periods.deadline(D.SKP_DRAFT, year) < kc.periods.skp_deadline(year)
    assert kc.periods.deadline(D.ANNUAL_EVALUATION, year) < kc.periods.annual_evaluation_deadline(
        year
    )


def test_deadline_kinds_name_their_parameter():
    assert {kind.parameter.name for kind in kc.periods.Deadline} == {
        "skp_draft_deadline",
        "skp_deadline",
        "annual_evaluation_date",
        "annual_evaluation_deadline",
        "evaluation_report_deadline",
    }
    assert kc.periods.Deadline.parse("Batas Penetapan SKP") is D.SKP_SET
    assert D.EVALUATION_REPORT.label("en") == "performance evaluation report deadline"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: kc.periods.skp_deadline(2024.0), "year"),
        (lambda: kc.periods.skp_deadline("2024"), "year"),
        (lambda: kc.periods.skp_deadline(True), "year"),
        (lambda: kc.periods.skp_deadline(1899), "year"),
        (lambda: kc.periods.deadline("batas penetapan SKP", 2024), "kind"),
        (lambda: kc.periods.annual_evaluation_deadline(2024, rules=kc.NATIONAL), "rules"),
        (lambda: kc.periods.DeadlineRule(0), "month"),
        (lambda: kc.periods.DeadlineRule(13), "month"),
        (lambda: kc.periods.DeadlineRule(1, 0), "day"),
        (lambda: kc.periods.DeadlineRule(1, 32), "day"),
        (lambda: kc.periods.DeadlineRule(1, years_after=-1), "years_after"),
        (lambda: kc.periods.DeadlineRule(1, years_after=6), "years_after"),
        (lambda: kc.periods.DeadlineRule(1).on(2201), "year"),
        (lambda: kc.periods.DeadlineRule(1).label("EN"), "lang"),
        (lambda: kc.NATIONAL.replace({kc.periods.SKP_DEADLINE: date(2024, 1, 31)}), "skp_deadline"),
    ],
)
def test_bad_arguments_name_the_field(call, field):
    with pytest.raises(kc.InvalidValueError) as caught:
        call()
    assert caught.value.field == field


ANYTHING = anything(st.sampled_from(list(kc.periods.Deadline)))


@given(ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b, c):
    for call in (
        lambda: kc.periods.deadline(a, b),
        lambda: kc.explain(kc.periods.deadline, a, b, rules=c),
        lambda: kc.periods.skp_deadline(a),
        lambda: kc.periods.annual_evaluation_deadline(a, rules=b),
        lambda: kc.periods.DeadlineRule(a, b, c),
        lambda: kc.periods.DeadlineRule(1).on(a),
        lambda: kc.periods.DeadlineRule(1).label(a),
        lambda: kc.NATIONAL.replace({kc.periods.ANNUAL_EVALUATION_DEADLINE: a}),
    ):
        outcome_of(call)
