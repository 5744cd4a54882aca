"""The angka kredit ledger: entries, totals, initial / flat / education AK and promotions."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja_core import NATIONAL, InvalidValueError, Predicate
from kinerja_core.careers import (
    CREDIT_YEAR_RULE,
    EDUCATION_CREDIT,
    SURPLUS_AFTER_LEVEL_PROMOTION,
    SURPLUS_AFTER_RANK_PROMOTION,
    CreditEntry,
    CreditLedger,
    CreditPeriod,
    CreditSource,
    CreditYearRule,
    EducationCreditBase,
    EducationCreditRule,
    FunctionalLevel,
    PromotionKind,
    Rank,
    Surplus,
    appointment_credit_points,
    credit_points,
    credit_requirement,
    education_credit_points,
    initial_credit_points,
    ledger_after_promotion,
    level_promotion,
    year_credit_points,
)
from kinerja_core.core.explain import explain
from kinerja_core.testing import strategies as kst

L = FunctionalLevel
P = Predicate
DAY = date(2024, 12, 31)


def entry(amount, source=CreditSource.CONVERSION, day=DAY):
    return CreditEntry(source, amount, day)


def test_a_ledger_totals_its_entries_exactly():
    ledger = CreditLedger(L.AHLI_PERTAMA)
    assert ledger.total == 0
    grown = ledger.add(entry("2.08"), entry("10.42"), entry("0.01"))
    assert grown.total == Decimal("12.51")
    assert ledger.entries == ()  # unchanged
    with pytest.raises(InvalidValueError, match="entries"):
        ledger.add("2.08")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="amount"):
        entry("-1")


@settings(max_examples=30)
@given(kst.credit_ledgers())
def test_a_ledger_round_trips_and_its_total_is_the_sum(ledger):
    data = ledger.to_dict()
    assert CreditLedger.from_dict(data) == ledger
    assert Decimal(data["total"]) == sum((e.amount for e in ledger.entries), Decimal(0))


@settings(max_examples=20)
@given(kst.credit_periods())
def test_a_credit_period_round_trips(period):
    assert CreditPeriod.from_dict(period.to_dict()) == period


def test_a_year_sums_its_periodic_conversions_by_default():
    periods = [CreditPeriod(2, P.GOOD), CreditPeriod(10, P.VERY_GOOD)]
    # 2.08 + 10/12 × 150 % × 12.5 = 2.08 + 15.625 → 2.08 + 15.63
    assert year_credit_points(L.AHLI_PERTAMA, periods) == Decimal("17.71")
    annual = NATIONAL.replace({CREDIT_YEAR_RULE: CreditYearRule.ANNUAL_PREDICATE}).latest()
    assert year_credit_points(L.AHLI_PERTAMA, periods, annual=P.GOOD, rules=annual) == Decimal(
        "12.50"
    )
    with pytest.raises(InvalidValueError, match="annual"):
        year_credit_points(L.AHLI_PERTAMA, periods, rules=annual)
    with pytest.raises(InvalidValueError, match="periods"):
        year_credit_points(L.AHLI_PERTAMA, [CreditPeriod(12, P.GOOD), CreditPeriod(1, P.GOOD)])
    with pytest.raises(InvalidValueError, match="periods"):
        year_credit_points(L.AHLI_PERTAMA, [])
    with pytest.raises(InvalidValueError, match="months"):
        CreditPeriod(0, P.GOOD)
    text = explain(year_credit_points, L.AHLI_PERTAMA, periods).explanation.render("en")
    assert "Sum of the periodic AK" in text


@settings(max_examples=30)
@given(st.lists(st.tuples(st.integers(1, 4), kst.predicates()), min_size=1, max_size=3))
def test_the_periodic_sum_is_the_sum_of_each_conversion(pairs):
    periods = [CreditPeriod(months, predicate) for months, predicate in pairs]
    expected = sum(
        (credit_points(p.predicate, L.AHLI_MUDA, months=p.months) for p in periods), Decimal(0)
    )
    assert year_credit_points(L.AHLI_MUDA, periods) == expected


def test_initial_appointment_rounds_the_years_and_the_months_separately():
    # 2 × 100 % × 25 = 50; 3/12 × 25 = 6.25
    assert initial_credit_points(L.AHLI_MUDA, P.GOOD, years=2, months=3) == Decimal("56.25")
    # 1 × 75 % × 3.75 = 2.8125 → 2.81; 5/12 × 2.8125 = 1.171875 → 1.17
    assert initial_credit_points(L.PEMULA, P.NEEDS_IMPROVEMENT, years=1, months=5) == Decimal(
        "3.98"
    )
    assert initial_credit_points(L.AHLI_UTAMA, P.GOOD, years=0) == 0
    with pytest.raises(InvalidValueError, match="months"):
        initial_credit_points(L.AHLI_MUDA, P.GOOD, years=1, months=12)
    with pytest.raises(InvalidValueError, match="years"):
        initial_credit_points(L.AHLI_MUDA, P.GOOD, years=-1)
    text = explain(initial_credit_points, L.AHLI_MUDA, P.GOOD, years=2).explanation.render("id")
    assert "Pasal 13 ayat (3)" in text


def test_the_flat_appointment_credit():
    for rank in (Rank.III_C, Rank.III_D, Rank.IV_A):
        assert appointment_credit_points(rank, L.AHLI_PERTAMA) == 100
    with pytest.raises(InvalidValueError, match="rank") as caught:
        appointment_credit_points(Rank.III_B, L.AHLI_PERTAMA)
    assert "III/c, III/d, IV/a" in str(caught.value)
    with pytest.raises(InvalidValueError, match="rank"):
        appointment_credit_points(Rank.IV_A, L.AHLI_MUDA)
    text = explain(appointment_credit_points, Rank.IV_A, L.AHLI_PERTAMA).explanation.render("id")
    assert "Lampiran II angka 3" in text


@pytest.mark.parametrize("level", list(FunctionalLevel))
def test_the_education_bonus_is_a_quarter_of_the_rank_requirement_in_a_good_year(level):
    quarter = (credit_requirement(level).rank_promotion / 4).quantize(Decimal("0.01"))
    for predicate in P:
        found = education_credit_points(level, predicate)
        assert found == (quarter if predicate.rank >= P.GOOD.rank else 0)


def test_the_education_base_is_a_parameter():
    on_level = NATIONAL.replace(
        {EDUCATION_CREDIT: EducationCreditRule(25, EducationCreditBase.LEVEL_PROMOTION, P.GOOD)}
    ).latest()
    assert education_credit_points(L.AHLI_MUDA, P.GOOD, rules=on_level) == 50
    # a jenjang without a next one falls back to the kenaikan pangkat requirement
    assert education_credit_points(L.AHLI_UTAMA, P.GOOD, rules=on_level) == 50
    on_coefficient = NATIONAL.replace(
        {EDUCATION_CREDIT: EducationCreditRule(10, EducationCreditBase.ANNUAL_COEFFICIENT, P.GOOD)}
    ).latest()
    assert education_credit_points(L.AHLI_PERTAMA, P.GOOD, rules=on_coefficient) == Decimal("1.25")
    with pytest.raises(InvalidValueError, match="share"):
        EducationCreditRule(101, EducationCreditBase.RANK_PROMOTION, P.GOOD)


def test_a_rank_promotion_carries_the_surplus_over_and_a_level_promotion_forfeits_it():
    ledger = CreditLedger(L.AHLI_PERTAMA, [entry("56.25")])
    after = ledger_after_promotion(ledger, PromotionKind.RANK, on=date(2028, 4, 1))
    assert after.level is L.AHLI_PERTAMA
    assert after.entries == (CreditEntry(CreditSource.CARRIED_OVER, "6.25", date(2028, 4, 1)),)
    richer = CreditLedger(L.AHLI_PERTAMA, [entry("112.50")])
    moved = ledger_after_promotion(richer, PromotionKind.LEVEL, on=date(2032, 4, 1))
    assert moved == CreditLedger(L.AHLI_MUDA)
    exact = CreditLedger(L.AHLI_PERTAMA, [entry(50)])
    assert ledger_after_promotion(exact, PromotionKind.RANK, on=DAY).entries == ()


def test_what_carries_over_is_a_parameter():
    ledger = CreditLedger(L.AHLI_PERTAMA, [entry("60"), entry("52.5")])
    keep_all = NATIONAL.replace(
        {SURPLUS_AFTER_RANK_PROMOTION: Surplus.ALL, SURPLUS_AFTER_LEVEL_PROMOTION: Surplus.KEPT}
    ).latest()
    assert ledger_after_promotion(ledger, PromotionKind.RANK, on=DAY, rules=keep_all) == ledger
    moved = ledger_after_promotion(ledger, PromotionKind.LEVEL, on=DAY, rules=keep_all)
    assert moved.level is L.AHLI_MUDA
    assert moved.total == Decimal("12.5")
    nothing = NATIONAL.replace({SURPLUS_AFTER_RANK_PROMOTION: Surplus.FORFEITED}).latest()
    assert ledger_after_promotion(ledger, PromotionKind.RANK, on=DAY, rules=nothing).total == 0


def test_a_promotion_needs_the_credit_and_a_next_jenjang():
    with pytest.raises(InvalidValueError, match="ledger"):
        ledger_after_promotion(CreditLedger(L.AHLI_MUDA, [entry(99)]), PromotionKind.RANK, on=DAY)
    with pytest.raises(InvalidValueError, match="ledger"):
        ledger_after_promotion(
            CreditLedger(L.AHLI_UTAMA, [entry(999)]), PromotionKind.LEVEL, on=DAY
        )
    with pytest.raises(InvalidValueError, match="ledger"):
        ledger_after_promotion("ledger", PromotionKind.RANK, on=DAY)  # type: ignore[arg-type]
    text = explain(
        ledger_after_promotion, CreditLedger(L.AHLI_MUDA, [entry(120)]), PromotionKind.RANK, on=DAY
    ).explanation.render("id")
    assert "Kelebihan dibawa" in text
    assert "[BELUM TERKONFIRMASI]" in text


@settings(max_examples=30)
@given(kst.credit_ledgers(), st.sampled_from(list(Surplus)))
def test_a_promotion_never_leaves_more_than_the_ledger_had(ledger, surplus):
    rules = NATIONAL.replace({SURPLUS_AFTER_RANK_PROMOTION: surplus}).latest()
    if ledger.total < credit_requirement(ledger.level).rank_promotion:
        return
    after = ledger_after_promotion(ledger, PromotionKind.RANK, on=DAY, rules=rules)
    assert after.total <= ledger.total
    assert after.level is ledger.level


def test_level_promotion_counts_the_ak_used_by_rank_promotions_in_the_jenjang():
    """Regression: kenaikan jenjang needs the jenjang's cumulative AK (KJ = KP × golongan), so
    the AK a kenaikan pangkat used up still count toward it; only kenaikan jenjang forfeits."""
    ledger = CreditLedger(L.AHLI_PERTAMA, [entry(50)])
    after = ledger_after_promotion(ledger, PromotionKind.RANK, on=date(2026, 4, 1))
    assert after.total == 0
    assert after.used_for_rank_promotions == 50
    assert after.cumulative == 50
    grown = after.add(entry(50, day=date(2028, 12, 31)))
    answer = level_promotion(
        grown,
        level_since=date(2024, 1, 1),
        on=date(2029, 1, 1),
        predicate=P.GOOD,
        formation_available=True,
        competency_test_passed=True,
    )
    assert answer.eligible, [(c.code, c.shortfall) for c in answer.unmet]
    assert "50 AK" in answer.explanation.render("en")  # the used AK are shown
    short = level_promotion(
        after.add(entry("37.5")),
        level_since=date(2024, 1, 1),
        on=date(2029, 1, 1),
        predicate=P.GOOD,
        formation_available=True,
        competency_test_passed=True,
    )
    assert [(c.code, c.shortfall) for c in short.unmet] == [("credit_points", Decimal("12.5"))]
    # kenaikan jenjang reads the cumulative AK too, and forfeits the rest nationally
    moved = ledger_after_promotion(grown, PromotionKind.LEVEL, on=date(2029, 4, 1))
    assert moved == CreditLedger(L.AHLI_MUDA)
    kept = NATIONAL.replace({SURPLUS_AFTER_LEVEL_PROMOTION: Surplus.KEPT}).latest()
    richer = grown.add(entry("7.5"))
    moved = ledger_after_promotion(richer, PromotionKind.LEVEL, on=date(2029, 4, 1), rules=kept)
    assert (moved.level, moved.total, moved.used_for_rank_promotions) == (
        L.AHLI_MUDA,
        Decimal("7.5"),
        0,
    )
    with pytest.raises(InvalidValueError, match="ledger"):
        ledger_after_promotion(after.add(entry(49)), PromotionKind.LEVEL, on=DAY)
    # two kenaikan pangkat in Ahli Madya (IV/a → IV/b → IV/c), then kenaikan jenjang at 450
    madya = CreditLedger(L.AHLI_MADYA, [entry(160)])
    once = ledger_after_promotion(madya, PromotionKind.RANK, on=DAY)
    twice = ledger_after_promotion(once.add(entry(140)), PromotionKind.RANK, on=DAY)
    assert (twice.total, twice.used_for_rank_promotions) == (0, 300)
    assert twice.add(entry(150)).cumulative == credit_requirement(L.AHLI_MADYA).level_promotion
    with pytest.raises(InvalidValueError, match="used_for_rank_promotions"):
        CreditLedger(L.AHLI_MADYA, used_for_rank_promotions="-1")
    assert CreditLedger.from_dict(twice.to_dict()) == twice


@settings(max_examples=30)
@given(kst.credit_ledgers(), st.sampled_from(list(Surplus)))
def test_a_rank_promotion_never_changes_the_cumulative_ak_of_the_jenjang(ledger, surplus):
    rules = NATIONAL.replace({SURPLUS_AFTER_RANK_PROMOTION: surplus}).latest()
    if ledger.total < credit_requirement(ledger.level).rank_promotion:
        return
    after = ledger_after_promotion(ledger, PromotionKind.RANK, on=DAY, rules=rules)
    assert after.cumulative == ledger.cumulative
    assert after.used_for_rank_promotions >= ledger.used_for_rank_promotions
