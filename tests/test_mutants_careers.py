"""Assertions that kill mutants of `careers/promotions.py` (mutation testing, see CONTRIBUTING).

The promotion tests check which conditions are met; these pin what they leave open: the error
payloads (field, value, reason), the edges of the waiting times on both sides, the earliest
date when nothing is missing, policy variants passed through `rules=`, the explanation step of
the next KP date, and the steps that read earlier regimes' results. The wording of each
condition is pinned by the snapshot cases `rank_promotion_*` and `level_promotion_*`.
"""

from datetime import date
from decimal import Decimal

import pytest

from kinerja_core import NATIONAL, InvalidValueError, Predicate
from kinerja_core.careers import (
    CREDIT_REQUIREMENTS,
    LEVEL_PROMOTION_RULE,
    PROMOTION_DATES,
    CreditEntry,
    CreditLedger,
    CreditRequirement,
    CreditSource,
    FunctionalLevel,
    LevelPromotionRule,
    PromotionRoute,
    Rank,
    YearResult,
    level_promotion,
    next_promotion_date,
    rank_promotion,
)
from kinerja_core.core.explain import explain
from kinerja_core.legacy.pp30_2019 import Pp30Predicate

P = Predicate
R = PromotionRoute
L = FunctionalLevel
GOOD = [YearResult.of(2022, P.GOOD), YearResult.of(2023, P.GOOD)]


def ledger_of(amount, level=L.AHLI_PERTAMA):
    return CreditLedger(level, [CreditEntry(CreditSource.CONVERSION, amount, date(2023, 12, 31))])


def error_of(call):
    with pytest.raises(InvalidValueError) as caught:
        call()
    error = caught.value
    return error.field, error.value, error.reason, error.reason_id, error.code


def jenjang(ledger, **kwargs):
    arguments = {
        "level_since": date(2023, 1, 1),
        "on": date(2024, 1, 1),
        "predicate": P.GOOD,
        "formation_available": True,
        "competency_test_passed": True,
        **kwargs,
    }
    return level_promotion(ledger, **arguments)


def pangkat(route=R.REGULAR, **kwargs):
    arguments = {
        "rank": Rank.III_A,
        "rank_since": date(2020, 4, 1),
        "on": date(2024, 4, 1),
        "history": GOOD,
        **kwargs,
    }
    return rank_promotion(route, **arguments)


# --- the edges of the waiting times, on both sides ------------------------------------------


def test_the_year_in_the_jenjang_is_complete_on_its_anniversary():
    on_the_day = jenjang(ledger_of(100), level_since=date(2023, 1, 1), on=date(2024, 1, 1))
    assert on_the_day.eligible
    assert on_the_day.earliest == date(2024, 1, 1)
    a_day_short = jenjang(ledger_of(100), level_since=date(2023, 1, 2), on=date(2024, 1, 1))
    assert [c.code for c in a_day_short.unmet] == ["years_in_level"]
    assert a_day_short.earliest == date(2024, 1, 2)


def test_the_year_in_the_structural_post_is_complete_on_its_anniversary():
    kwargs = {"rank_since": date(2022, 4, 1), "history": GOOD}
    on_the_day = pangkat(R.STRUCTURAL, post_since=date(2023, 4, 1), **kwargs)
    assert on_the_day.eligible
    a_day_short = pangkat(R.STRUCTURAL, post_since=date(2023, 4, 2), **kwargs)
    assert [c.code for c in a_day_short.unmet] == ["years_in_post"]
    assert a_day_short.earliest == date(2024, 10, 1)


def test_an_eligible_answer_is_dated_on_even_long_after_the_years_were_complete():
    answer = pangkat(rank_since=date(2019, 6, 1))
    assert answer.eligible
    assert answer.earliest == date(2024, 4, 1)  # not the KP date after 1 June 2023


# --- rules= reaches every parameter ---------------------------------------------------------


def test_a_policy_variant_reaches_the_credit_requirements():
    table = {level: CreditRequirement(10, None if level.next_level is None else 20) for level in L}
    rules = NATIONAL.replace({CREDIT_REQUIREMENTS: table}).latest()
    assert jenjang(ledger_of(20), rules=rules).eligible
    assert not jenjang(ledger_of(20)).eligible
    functional = {"rank_since": date(2022, 4, 1), "ledger": ledger_of(10)}
    assert pangkat(R.FUNCTIONAL, rules=rules, **functional).eligible
    assert not pangkat(R.FUNCTIONAL, **functional).eligible


def test_a_policy_variant_reaches_the_level_promotion_rule():
    two_years = NATIONAL.replace({LEVEL_PROMOTION_RULE: LevelPromotionRule(2, P.GOOD)}).latest()
    answer = jenjang(ledger_of(100), rules=two_years)
    assert [c.code for c in answer.unmet] == ["years_in_level"]
    assert answer.earliest == date(2025, 1, 1)
    assert "At least 2 years in the jenjang" in answer.explanation.render("en")


def test_a_policy_variant_reaches_the_promotion_dates_of_the_earliest_date():
    four = NATIONAL.replace({PROMOTION_DATES: [(1, 1), (4, 1), (7, 1), (10, 1)]}).latest()
    answer = pangkat(rank_since=date(2020, 6, 15), rules=four)
    assert answer.earliest == date(2024, 7, 1)
    assert pangkat(rank_since=date(2020, 6, 15)).earliest == date(2024, 10, 1)


# --- the credit condition -------------------------------------------------------------------


def test_the_credit_condition_states_a_fractional_shortfall_and_none_when_met():
    short = jenjang(ledger_of("99.5"))
    assert [(c.code, c.shortfall) for c in short.unmet] == [("credit_points", Decimal("0.5"))]
    met = jenjang(ledger_of("100.5"))
    assert met.eligible
    assert [c.shortfall for c in met.conditions] == [None] * 6


# --- the next KP date's step ----------------------------------------------------------------


def test_the_step_of_the_next_promotion_date():
    outcome = explain(next_promotion_date, date(2024, 5, 1))
    assert outcome.value == date(2024, 10, 1)
    (step,) = outcome.explanation.steps
    assert step.result == date(2024, 10, 1)
    assert step.fact is not None
    assert (step.fact.id, step.fact.en) == ("Tanggal kenaikan pangkat", "Kenaikan pangkat date")
    assert [name for name, _ in step.inputs] == ["day"]
    assert "hasil: 1 Oktober 2024" in outcome.explanation.render("id")
    assert "Tanggal kenaikan pangkat: 1 Oktober 2024" in outcome.explanation.render(
        "id", form="summary"
    )


# --- the steps that read earlier regimes' results -------------------------------------------


def test_every_earlier_regime_year_gets_its_step_past_a_missing_or_current_year():
    missing_first = [YearResult.of(2023, Pp30Predicate.GOOD)]
    text = pangkat(history=missing_first).explanation.render("en")
    assert "The result of 2023 read on the 2022 predikat scale" in text
    current_first = [YearResult.of(2022, P.GOOD), YearResult.of(2023, Pp30Predicate.GOOD)]
    text = pangkat(history=current_first).explanation.render("en")
    assert "The result of 2023 read on the 2022 predikat scale" in text
    assert "The result of 2022" not in text


# --- bad input ------------------------------------------------------------------------------


def test_the_errors_of_level_promotion_name_field_value_and_reason():
    assert error_of(lambda: jenjang("ledger")) == (
        "ledger",
        "ledger",
        "must be a CreditLedger",
        "harus berupa CreditLedger",
        "wrong_type",
    )
    for field in (
        "level_since",
        "on",
        "predicate",
        "formation_available",
        "competency_test_passed",
    ):
        found = error_of(lambda field=field: jenjang(ledger_of(1), **{field: "x"}))
        assert found[:2] == (field, "x")


def test_the_errors_of_rank_promotion_name_field_value_and_reason():
    assert error_of(lambda: pangkat(R.FUNCTIONAL)) == (
        "ledger",
        None,
        "the functional route needs the angka kredit ledger (a CreditLedger)",
        "jalur jabatan fungsional memerlukan buku AK (CreditLedger)",
        "missing",
    )
    assert error_of(lambda: pangkat(R.FUNCTIONAL, ledger="buku"))[:2] == ("ledger", "buku")
    assert error_of(lambda: pangkat(R.STRUCTURAL)) == (
        "post_since",
        None,
        "the structural route needs the date the post was taken up",
        "jalur jabatan struktural memerlukan tanggal mulai menduduki jabatan",
        "missing",
    )
    assert error_of(lambda: pangkat(R.STRUCTURAL, post_since="2023"))[:2] == ("post_since", "2023")
    assert error_of(lambda: pangkat("Reguler"))[:2] == ("route", "Reguler")
    for field in ("rank", "rank_since", "on"):
        assert error_of(lambda field=field: pangkat(**{field: "x"}))[:2] == (field, "x")
    assert error_of(lambda: pangkat(R.DIPLOMA, examination_passed="ya"))[:2] == (
        "examination_passed",
        "ya",
    )
    assert error_of(lambda: next_promotion_date("2024-04-01"))[:2] == ("day", "2024-04-01")


def test_the_credit_condition_renders_fractional_amounts_in_each_language():
    table = {
        level: CreditRequirement("12.5", None if level.next_level is None else "20.5")
        for level in L
    }
    rules = NATIONAL.replace({CREDIT_REQUIREMENTS: table}).latest()
    answer = jenjang(ledger_of("10.25"), rules=rules)
    assert [(c.code, c.shortfall) for c in answer.unmet] == [("credit_points", Decimal("10.25"))]
    indonesian = answer.explanation.render("id")
    assert "kenaikan jenjang Ahli Pertama paling sedikit 20,5" in indonesian
    assert "yang ditemukan = 10,25 AK" in indonesian
    english = answer.explanation.render("en")
    assert "for kenaikan jenjang at Ahli Pertama at least 20.5" in english
    assert "found = 10.25 AK" in english
    exact = jenjang(ledger_of("20.5"), rules=rules)
    assert exact.eligible
    assert exact.conditions[-1].shortfall is None  # exactly enough: no shortfall of 0


def test_a_jenjang_without_a_level_requirement_has_no_level_promotion():
    table = {level: CreditRequirement(10) for level in L}  # no kenaikan jenjang anywhere
    rules = NATIONAL.replace({CREDIT_REQUIREMENTS: table}).latest()
    answer = jenjang(ledger_of(100), rules=rules)
    assert [c.code for c in answer.unmet] == ["next_level"]
    assert [c.code for c in answer.conditions][-1] == "competency_test"  # no credit condition


def test_a_post_taken_up_on_the_day_has_served_zero_years():
    answer = pangkat(R.STRUCTURAL, rank_since=date(2022, 4, 1), post_since=date(2024, 4, 1))
    post = next(c for c in answer.conditions if c.code == "years_in_post")
    assert post.found is not None
    assert (post.found.id, post.found.en) == ("0 tahun 0 bulan", "0 years 0 months")


def test_a_fractional_level_requirement_is_labelled_in_each_language():
    assert (
        CreditRequirement(1, "12.5").label("en")
        == "kenaikan pangkat 1 AK, kenaikan jenjang 12.5 AK"
    )
