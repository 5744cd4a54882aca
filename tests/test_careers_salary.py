"""Kenaikan gaji berkala: PNS (PP 7/1977) and PPPK (PermenPANRB 7/2023)."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja_core import NATIONAL, InvalidValueError, Predicate
from kinerja_core.careers import (
    SALARY_STEP_MINIMUM,
    SalaryStepSchedule,
    YearResult,
    exceptional_salary_step,
    postponed_salary_step,
    pppk_salary_step,
    salary_step,
)
from kinerja_core.core.explain import explain
from kinerja_core.legacy.pp46_2011 import PerformanceCategory
from kinerja_core.testing import strategies as kst

P = Predicate
DUE = date(2025, 4, 1)


def history(first, second, start=2023):
    return [YearResult.of(start, first), YearResult.of(start + 1, second)]


def test_a_kgb_needs_the_service_and_an_average_of_at_least_cukup():
    answer = salary_step(due_on=DUE, on=DUE, history=history(P.NEEDS_IMPROVEMENT, P.GOOD))
    assert answer.eligible
    assert answer.earliest == DUE
    poor = salary_step(due_on=DUE, on=DUE, history=history(P.POOR, P.NEEDS_IMPROVEMENT))
    assert [c.code for c in poor.unmet] == ["average_appraisal"]
    assert poor.earliest is None
    text = poor.explanation.render("id")
    assert "PILIHAN KEBIJAKAN" in text  # the reading of "cukup" is marked
    assert "PP 7/1977, Pasal 11 huruf a" in text


def test_an_average_reads_both_years():
    # Kurang (2) + Baik (4) = average 3 = Butuh Perbaikan: enough under the national reading
    assert salary_step(due_on=DUE, on=DUE, history=history(P.POOR, P.GOOD)).eligible
    strict = NATIONAL.replace({SALARY_STEP_MINIMUM: P.GOOD}).latest()
    answer = salary_step(due_on=DUE, on=DUE, history=history(P.POOR, P.GOOD), rules=strict)
    assert [c.code for c in answer.unmet] == ["average_appraisal"]


def test_before_the_due_date_the_earliest_date_is_the_due_date():
    answer = salary_step(due_on=DUE, on=date(2025, 1, 2), history=history(P.GOOD, P.GOOD))
    assert [c.code for c in answer.unmet] == ["service_in_grade"]
    assert answer.earliest == DUE


def test_a_missing_year_is_an_unmet_condition():
    answer = salary_step(due_on=DUE, on=DUE, history=[YearResult.of(2024, P.GOOD)])
    assert [c.code for c in answer.unmet] == ["appraisal_2023"]


def test_an_older_history_is_read_on_the_one_scale():
    older = history(PerformanceCategory.FAIR, PerformanceCategory.GOOD, start=2018)
    answer = salary_step(due_on=date(2020, 4, 1), on=date(2020, 4, 1), history=older)
    assert answer.eligible
    assert "read on the 2022 predikat scale" in answer.explanation.render("en")


@settings(max_examples=40)
@given(
    st.lists(kst.predicates(), min_size=2, max_size=2),
    st.lists(kst.predicates(), min_size=2, max_size=2),
)
def test_a_better_history_never_blocks_a_kgb_a_worse_one_allows(first, second):
    worse = [min(a, b, key=lambda p: p.rank) for a, b in zip(first, second, strict=True)]
    better = [max(a, b, key=lambda p: p.rank) for a, b in zip(first, second, strict=True)]
    for rule in (salary_step, _pppk):
        if rule(due_on=DUE, on=DUE, history=history(*worse)).eligible:
            assert rule(due_on=DUE, on=DUE, history=history(*better)).eligible


def _pppk(**kwargs):
    return pppk_salary_step(
        contract_start=date(2022, 1, 1), contract_end=date(2026, 12, 31), **kwargs
    )


def test_a_postponed_kgb_counts_the_postponement_toward_the_next():
    assert postponed_salary_step(DUE, months=12) == SalaryStepSchedule(
        date(2026, 4, 1), date(2027, 4, 1)
    )
    # granted from the month after the postponement ends
    assert postponed_salary_step(date(2025, 4, 15), months=3).granted_on == date(2025, 8, 1)
    assert postponed_salary_step(date(2024, 2, 29), months=6).next_due_on == date(2026, 2, 28)
    with pytest.raises(InvalidValueError, match="months"):
        postponed_salary_step(DUE, months=13)
    with pytest.raises(InvalidValueError, match="months"):
        postponed_salary_step(DUE, months=0)
    text = explain(postponed_salary_step, DUE, months=12).explanation.render("id")
    assert "Pasal 13" in text
    assert SalaryStepSchedule.from_dict(postponed_salary_step(DUE, months=2).to_dict()) == (
        postponed_salary_step(DUE, months=2)
    )


def test_a_pppk_kgb_needs_a_long_contract_and_baik_in_each_year():
    assert _pppk(due_on=DUE, on=DUE, history=history(P.GOOD, P.VERY_GOOD)).eligible
    answer = _pppk(due_on=DUE, on=DUE, history=history(P.NEEDS_IMPROVEMENT, P.VERY_GOOD))
    assert [c.code for c in answer.unmet] == ["performance_2023"]
    short = pppk_salary_step(
        contract_start=date(2023, 1, 1),
        contract_end=date(2024, 12, 31),
        due_on=DUE,
        on=DUE,
        history=history(P.GOOD, P.GOOD),
    )
    assert [c.code for c in short.unmet] == ["contract"]
    assert "PermenPANRB 7/2023" in short.explanation.render("en")


def test_kenaikan_gaji_istimewa():
    pns = exceptional_salary_step(
        on=DUE, history=[YearResult.of(2024, P.VERY_GOOD)], exemplary=True
    )
    assert pns.eligible
    assert "Pasal 14" in pns.explanation.render("id")
    not_exemplary = exceptional_salary_step(
        on=DUE, history=[YearResult.of(2024, P.VERY_GOOD)], exemplary=False
    )
    assert [c.code for c in not_exemplary.unmet] == ["exemplary"]
    pppk = exceptional_salary_step(
        on=DUE, history=history(P.GOOD, P.VERY_GOOD), exemplary=True, pppk=True
    )
    assert [c.code for c in pppk.unmet] == ["performance_2023"]
    with pytest.raises(InvalidValueError, match="exemplary"):
        exceptional_salary_step(on=DUE, history=[], exemplary="ya")


def test_bad_input_names_the_field():
    with pytest.raises(InvalidValueError, match="due_on"):
        salary_step(due_on="2025-04-01", on=DUE, history=[])
    with pytest.raises(InvalidValueError, match="history"):
        salary_step(due_on=DUE, on=DUE, history=[YearResult.of(2024, P.GOOD)] * 2)


def test_pppk_contract_length_counts_the_inclusive_last_day():
    """Regression: `contract_end` is the last day of the contract (inclusive), so a contract
    from 2023-01-01 to 2025-01-01 lasts 2 years and 1 day, longer than 2 years."""

    def contract(end):
        return pppk_salary_step(
            contract_start=date(2023, 1, 1),
            contract_end=end,
            due_on=DUE,
            on=DUE,
            history=history(P.GOOD, P.GOOD),
        )

    assert contract(date(2025, 1, 1)).eligible
    assert [c.code for c in contract(date(2024, 12, 31)).unmet] == ["contract"]  # exactly 2 years
    leap = pppk_salary_step(
        contract_start=date(2024, 2, 29),
        contract_end=date(2026, 2, 27),  # to 28 February 2026 exclusive: exactly 2 years
        due_on=DUE,
        on=DUE,
        history=history(P.GOOD, P.GOOD),
    )
    assert [c.code for c in leap.unmet] == ["contract"]
