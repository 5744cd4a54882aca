"""Kenaikan pangkat (PP 99/2000 jo. PP 12/2002) and kenaikan jenjang (PermenPANRB 1/2023)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja_core import NATIONAL, InvalidValueError, Predicate, RuleNotInForceError
from kinerja_core.careers import (
    PP46_SCALE,
    PROMOTION_DATES,
    PROMOTION_ROUTES,
    CreditEntry,
    CreditLedger,
    CreditSource,
    Eligibility,
    FunctionalLevel,
    PromotionRoute,
    Rank,
    YearResult,
    level_promotion,
    next_promotion_date,
    rank_promotion,
)
from kinerja_core.core.explain import explain
from kinerja_core.legacy.pp30_2019 import Pp30Predicate
from kinerja_core.legacy.pp46_2011 import PerformanceCategory
from kinerja_core.testing import strategies as kst

P = Predicate
R = PromotionRoute
GOOD_YEARS = [YearResult.of(2022, P.GOOD), YearResult.of(2023, P.VERY_GOOD)]


# --- next_promotion_date -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 3, 31), date(2024, 4, 1)),
        (date(2024, 4, 1), date(2024, 4, 1)),
        (date(2024, 4, 2), date(2024, 10, 1)),
        (date(2024, 9, 30), date(2024, 10, 1)),
        (date(2024, 10, 1), date(2024, 10, 1)),
        (date(2024, 10, 2), date(2025, 4, 1)),
        (date(2024, 12, 31), date(2025, 4, 1)),
        (date(2025, 1, 1), date(2025, 4, 1)),
        (date(2023, 12, 31), date(2024, 4, 1)),
        (date(2024, 2, 29), date(2024, 4, 1)),
    ],
)
def test_next_promotion_date_around_both_dates_and_year_ends(day, expected):
    assert next_promotion_date(day) == expected


@settings(max_examples=60)
@given(kst.dates(min_value=date(2003, 1, 1), max_value=date(2040, 12, 31)))
def test_the_next_promotion_date_is_the_first_kp_date_on_or_after_the_day(day):
    found = next_promotion_date(day)
    assert (found.month, found.day) in {(4, 1), (10, 1)}
    assert day <= found < day + timedelta(days=184)
    between = [day + timedelta(days=n) for n in range((found - day).days)]
    assert all((d.month, d.day) not in {(4, 1), (10, 1)} for d in between)


def test_the_promotion_dates_are_a_cited_parameter():
    text = explain(next_promotion_date, date(2024, 5, 1)).explanation.render("id")
    assert "1 April, 1 Oktober" in text
    assert "PP 12/2002" in text
    four = NATIONAL.replace({PROMOTION_DATES: [(1, 1), (4, 1), (7, 1), (10, 1)]}).latest()
    assert next_promotion_date(date(2024, 11, 2), rules=four) == date(2025, 1, 1)
    for bad in ([], [(13, 1)], [(4, 1), (4, 1)], ["April"]):
        with pytest.raises(InvalidValueError, match="promotion_dates"):
            NATIONAL.replace({PROMOTION_DATES: bad})
    with pytest.raises(InvalidValueError, match="day"):
        next_promotion_date("2024-04-01")  # type: ignore[arg-type]


# --- kenaikan pangkat --------------------------------------------------------------------------


def regular(**kwargs):
    arguments = {
        "rank": Rank.III_A,
        "rank_since": date(2020, 4, 1),
        "on": date(2024, 4, 1),
        "history": GOOD_YEARS,
        **kwargs,
    }
    return rank_promotion(R.REGULAR, **arguments)


def test_regular_promotion_after_four_years_with_two_good_years():
    answer = regular()
    assert answer.eligible
    assert answer.earliest == date(2024, 4, 1)
    assert [c.code for c in answer.conditions] == [
        "next_rank",
        "years_in_rank",
        "performance_2022",
        "performance_2023",
    ]
    text = answer.explanation.render("id")
    assert "PP 99/2000 jo. PP 12/2002, Pasal 7" in text
    assert "Pasal 362 angka 10" in text
    assert "Pasal 363" in text


def test_too_early_gives_the_first_kp_date_the_years_are_complete():
    answer = regular(rank_since=date(2020, 6, 15))
    assert not answer.eligible
    assert [c.code for c in answer.unmet] == ["years_in_rank"]
    assert answer.earliest == date(2024, 10, 1)
    assert "3 tahun 9 bulan" in answer.explanation.render("id")


def test_every_unmet_condition_is_reported_and_no_earliest_date_then():
    history = [YearResult.of(2023, P.NEEDS_IMPROVEMENT)]  # 2022 missing, 2023 too low
    answer = regular(rank=Rank.IV_E, rank_since=date(2021, 4, 1), history=history)
    assert [c.code for c in answer.unmet] == [
        "next_rank",
        "years_in_rank",
        "performance_2022",
        "performance_2023",
    ]
    assert answer.earliest is None
    assert "no appraisal for 2022" in answer.explanation.render("en")


def test_a_history_across_regimes_is_read_on_one_scale():
    history = [
        YearResult.of(2020, PerformanceCategory.GOOD),
        YearResult.of(2021, Pp30Predicate.GOOD),
    ]
    answer = regular(rank_since=date(2018, 4, 1), on=date(2022, 4, 1), history=history)
    assert answer.eligible
    fair = [YearResult.of(2020, PerformanceCategory.FAIR), history[1]]
    answer = regular(rank_since=date(2018, 4, 1), on=date(2022, 4, 1), history=fair)
    assert [c.code for c in answer.unmet] == ["performance_2020"]
    text = answer.explanation.render("en")
    assert "read on the 2022 predikat scale" in text
    assert "[POLICY CHOICE]" in text
    # the mapping is overridable: a region that counts Cukup as Baik
    lenient = {**NATIONAL.latest()[PP46_SCALE], PerformanceCategory.FAIR: P.GOOD}
    rules = NATIONAL.replace({PP46_SCALE: lenient}).latest()
    kwargs = {"rank_since": date(2018, 4, 1), "on": date(2022, 4, 1), "history": fair}
    assert regular(rules=rules, **kwargs).eligible


def test_functional_route_needs_the_credit_points_and_names_the_shortfall():
    ledger = CreditLedger(
        FunctionalLevel.AHLI_PERTAMA,
        [CreditEntry(CreditSource.CONVERSION, "37.5", date(2024, 1, 1))],
    )
    answer = rank_promotion(
        R.FUNCTIONAL,
        rank=Rank.III_A,
        rank_since=date(2022, 4, 1),
        on=date(2024, 4, 1),
        history=GOOD_YEARS,
        ledger=ledger,
    )
    assert [(c.code, c.shortfall) for c in answer.unmet] == [("credit_points", Decimal("12.5"))]
    assert answer.earliest is None
    full = ledger.add(CreditEntry(CreditSource.CONVERSION, "12.5", date(2024, 3, 1)))
    answer = rank_promotion(
        R.FUNCTIONAL,
        rank=Rank.III_A,
        rank_since=date(2022, 4, 1),
        on=date(2024, 4, 1),
        history=GOOD_YEARS,
        ledger=full,
    )
    assert answer.eligible
    assert "Pasal 13" in answer.explanation.render("id")
    with pytest.raises(InvalidValueError, match="ledger"):
        rank_promotion(
            R.FUNCTIONAL,
            rank=Rank.III_A,
            rank_since=date(2022, 4, 1),
            on=date(2024, 4, 1),
            history=GOOD_YEARS,
        )


def test_the_other_routes():
    one_year = {"rank": Rank.III_B, "rank_since": date(2023, 4, 1), "on": date(2024, 4, 1)}
    outstanding = rank_promotion(
        R.OUTSTANDING, history=[YearResult.of(2023, P.VERY_GOOD)], **one_year
    )
    assert outstanding.eligible
    not_outstanding = rank_promotion(
        R.OUTSTANDING, history=[YearResult.of(2023, P.GOOD)], **one_year
    )
    assert [c.code for c in not_outstanding.unmet] == ["performance_2023"]
    diploma = rank_promotion(
        R.DIPLOMA, history=[YearResult.of(2023, P.GOOD)], examination_passed=False, **one_year
    )
    assert [c.code for c in diploma.unmet] == ["examination"]
    with pytest.raises(InvalidValueError, match="examination_passed"):
        rank_promotion(R.DIPLOMA, history=[YearResult.of(2023, P.GOOD)], **one_year)
    structural = rank_promotion(
        R.STRUCTURAL, history=GOOD_YEARS, post_since=date(2023, 7, 1), **one_year
    )
    assert [c.code for c in structural.unmet] == ["years_in_post"]
    assert structural.earliest == date(2024, 10, 1)
    with pytest.raises(InvalidValueError, match="post_since"):
        rank_promotion(R.STRUCTURAL, history=GOOD_YEARS, **one_year)


def test_a_history_with_two_results_for_a_year_is_refused():
    with pytest.raises(InvalidValueError, match="history"):
        regular(history=[YearResult.of(2023, P.GOOD), YearResult.of(2023, P.VERY_GOOD)])
    with pytest.raises(InvalidValueError, match="history"):
        regular(history=["Baik"])


def test_a_year_result_holds_exactly_one_result():
    with pytest.raises(InvalidValueError, match="predicate"):
        YearResult(2023)
    with pytest.raises(InvalidValueError, match="predicate"):
        YearResult(2023, predicate=P.GOOD, pp30_predicate=Pp30Predicate.GOOD)
    with pytest.raises(InvalidValueError, match="pp46_category"):
        YearResult(2019, pp46_category="Baik")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="result"):
        YearResult.of(2019, "Baik")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="year"):
        YearResult.of(19, P.GOOD)


@settings(max_examples=30)
@given(kst.year_results())
def test_a_year_result_round_trips(result):
    assert YearResult.from_dict(result.to_dict()) == result


@settings(max_examples=40)
@given(
    st.lists(kst.predicates(), min_size=2, max_size=2),
    st.lists(kst.predicates(), min_size=2, max_size=2),
    st.integers(0, 3 * 365),
)
def test_a_better_history_or_more_years_never_blocks_a_promotion(first, second, extra_days):
    worse = [min(a, b, key=lambda p: p.rank) for a, b in zip(first, second, strict=True)]
    better = [max(a, b, key=lambda p: p.rank) for a, b in zip(first, second, strict=True)]

    def answer(predicates, since):
        history = [YearResult.of(2022 + i, p) for i, p in enumerate(predicates)]
        return regular(history=history, rank_since=since)

    since = date(2020, 4, 1) + timedelta(days=extra_days)
    if answer(worse, since).eligible:
        assert answer(better, since).eligible
    if answer(better, since).eligible:
        assert answer(better, since - timedelta(days=30)).eligible


# --- kenaikan jenjang --------------------------------------------------------------------------


def ledger_of(amount, level=FunctionalLevel.AHLI_PERTAMA):
    return CreditLedger(level, [CreditEntry(CreditSource.CONVERSION, amount, date(2030, 12, 31))])


def jenjang(ledger, **kwargs):
    arguments = {
        "level_since": date(2024, 1, 1),
        "on": date(2031, 1, 1),
        "predicate": P.GOOD,
        "formation_available": True,
        "competency_test_passed": True,
        **kwargs,
    }
    return level_promotion(ledger, **arguments)


def test_level_promotion_with_everything_met():
    answer = jenjang(ledger_of(100))
    assert answer.eligible
    assert answer.earliest == date(2031, 1, 1)
    assert isinstance(Eligibility.from_dict(answer.to_dict(explanation=False)), Eligibility)


def test_level_promotion_reports_every_unmet_condition_with_the_shortfall():
    answer = jenjang(
        ledger_of("87.5"),
        level_since=date(2030, 6, 1),
        predicate=P.NEEDS_IMPROVEMENT,
        formation_available=False,
        competency_test_passed=False,
    )
    assert [c.code for c in answer.unmet] == [
        "years_in_level",
        "predicate",
        "formation",
        "competency_test",
        "credit_points",
    ]
    assert answer.unmet[-1].shortfall == Decimal("12.5")
    assert answer.earliest is None
    text = answer.explanation.render("en")
    assert "PermenPANRB 1/2023" in text
    assert "not met" in text


def test_level_promotion_waits_only_for_the_year_in_the_jenjang():
    answer = jenjang(ledger_of(100), level_since=date(2030, 6, 1))
    assert [c.code for c in answer.unmet] == ["years_in_level"]
    assert answer.earliest == date(2031, 6, 1)


def test_the_top_jenjang_has_no_level_promotion():
    answer = jenjang(ledger_of(999, FunctionalLevel.AHLI_UTAMA))
    assert [c.code for c in answer.unmet] == ["next_level"]
    with pytest.raises(InvalidValueError, match="formation_available"):
        jenjang(ledger_of(1), formation_available="ya")
    with pytest.raises(InvalidValueError, match="ledger"):
        jenjang("ledger")


def test_functional_rank_promotion_respects_the_jenjang_boundary():
    """Regression: at the top golongan of a jenjang the next pangkat needs kenaikan jenjang,
    not kenaikan pangkat; a rank outside the ledger's jenjang is refused."""

    def functional(level, rank, amount):
        return rank_promotion(
            R.FUNCTIONAL,
            rank=rank,
            rank_since=date(2022, 4, 1),
            on=date(2024, 4, 1),
            history=GOOD_YEARS,
            ledger=CreditLedger(
                level, [CreditEntry(CreditSource.CONVERSION, amount, date(2024, 1, 1))]
            ),
        )

    for level, rank, amount in [
        (FunctionalLevel.AHLI_MADYA, Rank.IV_C, 150),
        (FunctionalLevel.PEMULA, Rank.II_A, 15),
        (FunctionalLevel.AHLI_PERTAMA, Rank.III_B, 999),
        (FunctionalLevel.TERAMPIL, Rank.II_D, 20),
    ]:
        answer = functional(level, rank, amount)
        assert not answer.eligible, (level, rank)
        assert [c.code for c in answer.unmet] == ["within_level"]
        assert answer.earliest is None
        assert "level_promotion" in answer.explanation.render("en")
        assert "kenaikan jenjang" in answer.explanation.render("id")
    # below the top golongan the kenaikan pangkat figure still decides
    assert functional(FunctionalLevel.AHLI_MADYA, Rank.IV_B, 150).eligible
    assert functional(FunctionalLevel.TERAMPIL, Rank.II_C, 20).eligible
    assert functional(FunctionalLevel.AHLI_PERTAMA, Rank.III_A, 50).eligible
    # IV/e has no higher golongan at all: only that is reported
    top = functional(FunctionalLevel.AHLI_UTAMA, Rank.IV_E, 999)
    assert [c.code for c in top.unmet] == ["next_rank"]
    for level, rank in [
        (FunctionalLevel.AHLI_PERTAMA, Rank.III_D),
        (FunctionalLevel.AHLI_MADYA, Rank.III_D),
        (FunctionalLevel.PEMULA, Rank.II_B),
    ]:
        with pytest.raises(InvalidValueError, match="rank") as error:
            functional(level, rank, 999)
        assert error.value.code == "out_of_range"
        assert level.value in str(error.value)


def test_kp_dates_and_routes_are_dated_by_the_regulation_in_force():
    """Regression: PP 99/2000 had four KP dates (1 January, 1 April, 1 July, 1 October) until
    PP 12/2002 made them two; the routes' citations follow the regulations in force."""
    assert next_promotion_date(date(2001, 5, 1)) == date(2001, 7, 1)
    assert next_promotion_date(date(2001, 10, 2)) == date(2002, 1, 1)
    assert next_promotion_date(date(2002, 1, 1)) == date(2002, 1, 1)
    # the first candidate after PP 12/2002 took effect is a date of PP 12/2002
    assert next_promotion_date(date(2002, 4, 2)) == date(2002, 10, 1)
    assert next_promotion_date(date(2002, 10, 2)) == date(2003, 4, 1)
    text = explain(next_promotion_date, date(2001, 5, 1)).explanation.render("id")
    assert "1 Januari, 1 April, 1 Juli, 1 Oktober" in text
    assert "PP 99/2000" in text
    assert "PP 12/2002" not in text.split("Dasar hukum")[1].split("—")[0]
    with pytest.raises(RuleNotInForceError):
        next_promotion_date(date(1999, 1, 1))  # before PP 99/2000: no dates in force here
    # given rules are used as they are (the caller's snapshot decides)
    assert next_promotion_date(date(2001, 5, 1), rules=NATIONAL.latest()) == date(2001, 10, 1)
    assert next_promotion_date(date(2001, 5, 1), rules=NATIONAL.at(date(2001, 5, 1))) == date(
        2001, 7, 1
    )
    dates = NATIONAL.parameter(PROMOTION_DATES)
    assert [v.effective_from for v in dates.versions][:2] == [date(2000, 11, 10), date(2002, 4, 17)]
    assert "17 April 2002" in dates.versions[1].citation.render("en")
    assert "UNCONFIRMED" in dates.versions[1].citation.render("en")
    routes = NATIONAL.parameter(PROMOTION_ROUTES).versions
    assert [v.citation.regulation for v in routes] == [
        "PP 99/2000",
        "PP 99/2000 jo. PP 12/2002",
        "PP 99/2000 jo. PP 12/2002",
    ]
    assert routes[-1].effective_from == date(2017, 4, 7)
    assert "PP 11/2017" in routes[-1].citation.render("en")
    assert "PP 11/2017" not in routes[1].citation.render("en")
    old = rank_promotion(
        R.REGULAR,
        rank=Rank.III_A,
        rank_since=date(1997, 4, 1),
        on=date(2001, 4, 1),
        history=[],
        rules=NATIONAL.at(date(2001, 4, 1)),
    )
    assert "PP 99/2000, Pasal 7" in old.explanation.render("id")
