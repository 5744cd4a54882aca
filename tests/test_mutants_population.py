"""Pins what mutation testing found unpinned in the population modules (plans, compare, units)."""

from datetime import date
from decimal import Decimal

import attrs
import numpy as np
import pytest

from kinerja_core import (
    NATIONAL,
    Polarity,
    Predicate,
    Rating,
    Version,
    evaluate,
    explain,
    performance_predicate,
)
from kinerja_core.allowance import (
    ALLOWANCE_RULES,
    PERMENTAN_68_2012,
    AttendanceRecord,
    monthly_allowance,
)
from kinerja_core.allowance.allowance_specs import Rounding, RoundingMode
from kinerja_core.careers import FunctionalLevel, credit_points
from kinerja_core.core.errors import KinerjaError, ValidationError
from kinerja_core.discipline import PositionKind, absence_sanction
from kinerja_core.organisation import OrganisationPredicate
from kinerja_core.performance import (
    ACHIEVEMENT_FORMULA,
    ACHIEVEMENT_LIMITS,
    AchievementFormula,
    AchievementLimits,
)
from kinerja_core.population import (
    Engine,
    PlanItems,
    Population,
    combine_results,
    compare_policies,
    evaluate_population,
    unit_distributions,
)
from kinerja_core.population.plans import MAX_UNITS, concat_plans
from kinerja_core.talent import Potential, talent_box

H, L = Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER
PAID = date(2026, 3, 1)


def error_of(call):
    with pytest.raises(KinerjaError) as caught:
        call()
    error = caught.value
    return error.field, error.value, error.code, error.message("en"), error.message("id")


def test_plan_item_problems_in_both_languages():
    plans = PlanItems.from_rows(
        2025,
        [
            ["x"],
            [(1, 1, 100, Polarity.MILESTONE)],
            [(-1, 1, 100, H)],
            [(1, -1, 100, H)],
            [(1, 1, -1, H)],
            [{"target": 1, "realisation": "a", "weight": 1, "polarity": H}],
        ],
    )
    found = [
        (r, e.field, e.value, e.code, e.message("en"), e.message("id")) for r, e in plans.problems
    ]
    assert found == [
        (
            0,
            "plan[0]",
            "x",
            "wrong_type",
            "plan[0]: must be (target, realisation, weight, polarity) or a mapping of those four "
            "(got 'x')",
            "plan[0]: harus berupa (target, realisasi, bobot, polaritas) atau pemetaan "
            "keempatnya (diterima 'x')",
        ),
        (
            1,
            "plan[0].polarity",
            Polarity.MILESTONE,
            "invalid_value",
            "plan[0].polarity: must be Polarity.HIGHER_IS_BETTER or Polarity.LOWER_IS_BETTER "
            "(a milestone plan goes in a PerformanceCase) (got 'Tercapai/tidak tercapai')",
            "plan[0].polarity: harus Polarity.HIGHER_IS_BETTER atau Polarity.LOWER_IS_BETTER "
            "(rencana dengan milestone dimasukkan sebagai PerformanceCase) (diterima "
            "'Tercapai/tidak tercapai')",
        ),
        *(
            (
                row,
                f"plan[0].{name}",
                -1,
                "out_of_range",
                f"plan[0].{name}: must not be negative (got -1)",
                f"plan[0].{name}: tidak boleh negatif (diterima -1)",
            )
            for row, name in ((2, "target"), (3, "realisation"), (4, "weight"))
        ),
        (
            5,
            "plan[0].realisation",
            "a",
            "not_a_number",
            "plan[0].realisation: not a decimal number (got 'a')",
            "plan[0].realisation: bukan angka desimal (diterima 'a')",
        ),
    ]


def test_plan_items_as_mappings_and_zero_values_are_read():
    plans = PlanItems.from_rows(
        2025,
        [
            [
                {"target": "2.5", "realisation": 0, "weight": "0.01", "polarity": H},
                {"target": 0, "realisation": "7", "weight": "99.99", "polarity": L},
            ]
        ],
    )
    assert plans.problems == ()
    assert plans.items(0) == (
        (Decimal("2.5"), Decimal(0), Decimal("0.01"), H),
        (Decimal(0), Decimal(7), Decimal("99.99"), L),
    )
    assert plans.target.tolist() == [25_000, 0]
    assert plans.realisation.tolist() == [0, 70_000]
    assert plans.weight.tolist() == [1, 9_999]
    assert plans.polarity.tolist() == [0, 1]
    assert plans.polarity.dtype == np.int8
    assert plans.offsets.tolist() == [0, 2]


def test_values_not_held_are_marked_and_the_largest_held_is_kept():
    largest = Decimal(MAX_UNITS).scaleb(-4)  # 10⁸
    plans = PlanItems.from_rows(
        2025,
        [
            [("1.00001", "2.00001", "0.001", H)],
            [(largest, largest, 100, H)],
            [(largest + Decimal("0.0001"), 1, 100, H)],
            [(1, "1.00001", 100, H)],
        ],
    )
    assert plans.target.tolist() == [-1, MAX_UNITS, -1, 10_000]
    assert plans.realisation.tolist() == [-1, MAX_UNITS, 10_000, -1]
    assert plans.weight.tolist() == [-1, 10_000, 10_000, 10_000]
    population = Population(list("abcd"), behaviour=["Sesuai Ekspektasi"] * 4, plan=plans)
    result = evaluate_population(population, NATIONAL.at(PAID))
    assert result.scalar_rows == 3  # all but the row of 10⁸
    assert result.column("predicate")[1:] == [
        Predicate.GOOD,
        Predicate.NEEDS_IMPROVEMENT,  # 1 / 1.00001: just below 100
        Predicate.GOOD,  # 1.00001 / 1: 100.001 (below 101)
    ]


def test_plan_years_are_checked_on_both_edges():
    assert PlanItems.from_rows(2022, []).year == 2022
    assert PlanItems.from_rows(2100, []).year == 2100
    for year in (2021, 2101, True, "2025"):
        field, value, code, en, id_ = error_of(lambda y=year: PlanItems.from_rows(y, []))
        assert (field, value, code) == ("year", year, "out_of_range")
        assert en.startswith("year: must be a plan year of PermenPANRB 6/2022, from 2022 to 2100")
        assert id_.startswith("year: harus tahun rencana menurut PermenPANRB 6/2022, dari 2022 ")


def test_plan_arrays_errors_in_both_languages():
    def arrays(offsets=(0, 1), **values):
        given = {"target": [1], "realisation": [1], "weight": [1], "polarity": [0]} | values
        return lambda: PlanItems.from_arrays(2025, list(offsets), **given)

    assert error_of(arrays((0, 2))) == (
        "target",
        1,
        "length_mismatch",
        "target: must have one entry per item (2, the last offset) (got 1)",
        "target: harus memiliki satu nilai per butir (2, offset terakhir) (diterima 1)",
    )
    assert error_of(arrays(weight=[-1])) == (
        "weight",
        -1,
        "out_of_range",
        "weight: must be from 0 to 1000000000000 (got -1)",
        "weight: harus dari 0 sampai dengan 1000000000000 (diterima -1)",
    )
    assert error_of(arrays(realisation=[MAX_UNITS + 1]))[:3] == (
        "realisation",
        MAX_UNITS + 1,
        "out_of_range",
    )
    assert error_of(arrays(polarity=[2]))[3] == "polarity: must be from 0 to 1 (got 2)"
    assert error_of(arrays((1, 1))) == (
        "offsets",
        None,
        "invalid_value",
        "offsets: must start at 0 and never decrease",
        "offsets: harus mulai dari 0 dan tidak pernah turun",
    )
    assert error_of(arrays((0, 2, 1)))[0] == "offsets"
    held = PlanItems.from_arrays(
        2025, [0, 1], target=[MAX_UNITS], realisation=[0], weight=[0], polarity=[1]
    )
    assert held.items(0) == ((Decimal(10**8), Decimal(0), Decimal(0), L),)
    with pytest.raises(TypeError, match=r"^use PlanItems.from_rows or PlanItems.from_arrays$"):
        PlanItems()


def test_plans_of_rows_taken_and_joined_keep_everything():
    rows = PlanItems.from_rows(2025, [[(1, 2, 100, H)], ["bad"], None, [(3, 3, 50, L)] * 2])
    arrays = PlanItems.from_arrays(
        2025, [0, 1], target=[20_000], realisation=[10_000], weight=[10_000], polarity=[1]
    )
    taken = rows.take(np.array([3, 1]))
    assert taken.year == 2025
    assert taken.offsets.tolist() == [0, 2, 2]
    assert taken.target.tolist() == [30_000, 30_000]
    assert taken.polarity.tolist() == [1, 1]
    assert taken.items(0) == ((Decimal(3), Decimal(3), Decimal(50), L),) * 2
    assert [(r, e.code) for r, e in taken.problems] == [(1, "wrong_type")]
    assert arrays.take(np.array([0])).items(0) == ((Decimal(2), Decimal(1), Decimal(100), L),)
    joined = concat_plans([arrays, rows])
    assert joined.year == 2025
    assert joined.offsets.tolist() == [0, 1, 2, 2, 2, 4]
    assert joined.weight.tolist() == [10_000, 10_000, 5_000, 5_000]
    assert [joined.items(r) for r in range(5)] == [
        arrays.items(0),
        *(rows.items(r) for r in range(4)),
    ]
    assert [(r, e.code) for r, e in joined.problems] == [(2, "wrong_type")]
    only_arrays = concat_plans([arrays, arrays])
    assert only_arrays._exact is None
    assert only_arrays.offsets.tolist() == [0, 1, 2]
    assert error_of(lambda: concat_plans([arrays, PlanItems.from_rows(2026, [None])])) == (
        "plan",
        [2025, 2026],
        "inconsistent",
        "plan: must all be plans of one year (got [2025, 2026])",
        "plan: harus rencana untuk satu tahun yang sama (diterima [2025, 2026])",
    )


def test_the_case_of_a_plan_row():
    plans = PlanItems.from_rows(2025, [[(4, 5, 60, H), (2, 1, 40, L)]])
    case = plans.case(0, 198501012010011001, Rating.ABOVE_EXPECTATIONS)
    assert case.plan.employee == "198501012010011001"
    assert case.plan.period.start == date(2025, 1, 1)
    assert [(i.key, i.indicator.name, i.indicator.unit) for i in case.plan.items] == [
        ("IKI 1", "IKI 1", "-"),
        ("IKI 2", "IKI 2", "-"),
    ]
    assert dict(case.realisations) == {"IKI 1": Decimal(5), "IKI 2": Decimal(1)}
    assert case.behaviour is Rating.ABOVE_EXPECTATIONS
    assert PlanItems.from_rows(2025, [None]).case(0, "x", Rating.ABOVE_EXPECTATIONS) is None


CAPPED = NATIONAL.replace({ACHIEVEMENT_LIMITS: AchievementLimits("120", "10.5")})


def test_cap_and_floor_change_the_band_and_the_chain_decides_it():
    plans = PlanItems.from_rows(
        2025,
        [
            [(10, 25, 50, H), (10, 8, 50, H)],  # 250 → 120 and 80: 100, not 165
            [(10, 40, 10, L), (10, 11, 90, H)],  # -200 → 10.5 (not 0) and 110: 100.05, not 99
        ],
    )
    population = Population(["a", "b"], behaviour=["Di Atas Ekspektasi"] * 2, plan=plans)
    for policy, expected in (
        (CAPPED, [Predicate.GOOD, Predicate.GOOD]),
        (NATIONAL, [Predicate.VERY_GOOD, Predicate.NEEDS_IMPROVEMENT]),
    ):
        result = evaluate_population(population, policy.at(PAID))
        assert result.scalar_rows == 0
        assert result.column("predicate") == expected
        assert expected == [
            evaluate(plans.case(r, "x", Rating.ABOVE_EXPECTATIONS), policy=policy).predicate
            for r in range(2)
        ]


def test_the_inverse_formula_holds_every_row_but_a_zero_realisation():
    inverse = NATIONAL.replace({ACHIEVEMENT_FORMULA: AchievementFormula.INVERSE_RATIO})
    plans = PlanItems.from_rows(
        2025, [[(10, 5, 100, L)], [(10, 0, 100, L)], [(10, 10, 100, H)], [(10, 20, 100, L)]]
    )
    population = Population(list("abcd"), behaviour=["Sesuai Ekspektasi"] * 4, plan=plans)
    result = evaluate_population(population, inverse.at(PAID))
    assert result.scalar_rows == 1
    assert [p.path for p in result.problems] == ["rows[1].plan.realisation"]  # target / 0
    assert result.column("predicate") == [
        Predicate.GOOD,
        None,
        Predicate.GOOD,
        Predicate.NEEDS_IMPROVEMENT,
    ]


# --------------------------------------------------------------------------------------------
# compare
# --------------------------------------------------------------------------------------------

PEMDA = NATIONAL.with_overrides("Pemda", {ALLOWANCE_RULES: PERMENTAN_68_2012})


def comparison():
    tpp = PERMENTAN_68_2012.value
    factors = dict(zip(Predicate, (100, 100, 80, 70, 60), strict=True))
    graded = Version(
        PERMENTAN_68_2012.effective_from,
        attrs.evolve(tpp, performance=attrs.evolve(tpp.performance, factors=factors)),
        PERMENTAN_68_2012.citation,
    )
    matrix = dict(NATIONAL.latest()["predicate_matrix"])
    matrix[(Rating.MEETS_EXPECTATIONS, Rating.ABOVE_EXPECTATIONS)] = Predicate.VERY_GOOD
    matrix[(Rating.BELOW_EXPECTATIONS, Rating.MEETS_EXPECTATIONS)] = Predicate.VERY_POOR
    variant = NATIONAL.with_overrides(
        "Varian",
        {
            ALLOWANCE_RULES: graded,
            "predicate_matrix": Version(date(2023, 1, 1), matrix, PERMENTAN_68_2012.citation),
        },
    )
    population = Population(
        ["a", "b", "c", "d"],
        work_result=["Sesuai Ekspektasi", "Di Bawah Ekspektasi", "Sesuai Ekspektasi", None],
        behaviour=["Di Atas Ekspektasi", "Sesuai Ekspektasi", "Sesuai Ekspektasi", None],
        level=["Ahli Muda", "Ahli Pertama", None, None],
        base_amount=[4_000_000, 4_000_000, 4_000_000, None],
        working_days=[20, 20, 20, None],
    )
    before = NATIONAL.with_overrides("Pemda", {ALLOWANCE_RULES: graded})
    return compare_policies(population, before.at(PAID), variant.at(PAID))


def test_a_comparison_reports_every_total_and_row():
    compared = comparison()
    assert compared.changed_rows() == (0, 1)
    assert compared.allowance_delta().tolist() == [0, -800_000, 0, 0]  # 80 % → 60 %
    assert compared.credit_delta() == [Decimal("12.50"), Decimal("-6.25"), None, None]
    assert compared.totals() == {
        "rows": 4,
        "changed": 2,
        "predicate_changed": 2,
        "allowance_before": 11_200_000,
        "allowance_after": 10_400_000,
        "allowance_delta": -800_000,
        "employer_bpjs_before": 0,
        "employer_bpjs_after": 0,
        "gain": 0,
        "lose": 1,
        "credit_points_before": Decimal("34.38"),
        "credit_points_after": Decimal("40.63"),
    }
    assert compared.summary("en") == (
        "Pemda → Varian: 2 of 4 employees change (2 in predikat); monthly TPP Rp 11,200,000 → "
        "Rp 10,400,000 (Rp -800,000); 0 gain, 1 lose."
    )
    assert compared.summary("id") == (
        "Pemda → Varian: 2 dari 4 pegawai berubah (2 predikatnya); TPP sebulan Rp 11.200.000 → "
        "Rp 10.400.000 (selisih Rp -800.000); 0 naik, 1 turun."
    )
    first, second = compared.table()
    assert first == {
        "row": 0,
        "employee": "a",
        "predicate_before": Predicate.GOOD,
        "predicate_after": Predicate.VERY_GOOD,
        "credit_points_before": Decimal("25.00"),
        "credit_points_after": Decimal("37.50"),
        "allowance_before": 4_000_000,
        "allowance_after": 4_000_000,
        "penalty_before": None,
        "penalty_after": None,
        "talent_box_before": None,
        "talent_box_after": None,
        "allowance_delta": 0,
    }
    assert second == first | {
        "row": 1,
        "employee": "b",
        "predicate_before": Predicate.NEEDS_IMPROVEMENT,
        "predicate_after": Predicate.VERY_POOR,
        "credit_points_before": Decimal("9.38"),
        "credit_points_after": Decimal("3.13"),
        "allowance_before": 3_200_000,
        "allowance_after": 2_400_000,
        "allowance_delta": -800_000,
    }
    frame = compared.to_pandas()
    assert list(frame["employee"]) == ["a", "b"]
    html = compared._repr_html_()
    assert "<th>before \\ after</th><th>—</th><th>Sangat Baik</th>" in html
    assert "<tr><th>—</th><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>" in html
    assert (
        "<tr><th>Baik</th><td>0</td><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td></tr>" in html
    )


def test_a_comparison_passes_its_engine_and_errors_on():
    population = Population(["a", "b"], predicate=["Baik", "Istimewa"])
    rules = NATIONAL.at(PAID)
    scalar = compare_policies(population, rules, rules, engine=Engine.SCALAR)
    assert scalar.before.scalar_rows == scalar.after.scalar_rows == 2
    with pytest.raises(ValidationError, match=r"rows\[1\]\.predicate"):
        compare_policies(population, rules, rules, errors="raise")
    assert error_of(lambda: compare_policies(population, rules, NATIONAL.at(date(2026, 4, 1)))) == (
        "after",
        date(2026, 4, 1),
        "month_mismatch",
        "after: must be taken in the same month as before (2026-03-01) (got 2026-04-01)",
        "after: harus diambil pada bulan yang sama dengan before (2026-03-01) (diterima "
        "2026-04-01)",
    )


def test_gains_and_losses_count_only_real_changes():
    population = Population(
        list("abc"),
        predicate=["Baik", "Baik", "Baik"],
        base_amount=[1, 2, 3],
        working_days=[20] * 3,
    )
    before = NATIONAL.with_overrides("A", {ALLOWANCE_RULES: PERMENTAN_68_2012}).at(PAID)
    compared = compare_policies(population, before, before)
    assert (compared.totals()["gain"], compared.totals()["lose"]) == (0, 0)


# --------------------------------------------------------------------------------------------
# units
# --------------------------------------------------------------------------------------------


def test_unit_distributions_pin_their_fields_and_errors():
    population = Population(
        [str(i) for i in range(12)],
        unit=["A"] * 12,
        predicate=["Baik"] * 10 + [None, "Sangat Baik"],
    )
    result = evaluate_population(population, NATIONAL.at(PAID))
    (unit,), problems = unit_distributions(result, {"A": "Baik"})
    assert problems == {}
    assert unit.organisation_predicate is OrganisationPredicate.GOOD
    assert unit.without_predicate == 1
    assert unit.check.size == 11
    assert unit.proposal is not None
    assert unit.proposal.before[Predicate.GOOD] == 10
    assert error_of(lambda: unit_distributions(result, {"A": "Baik", "Z": "Baik"})) == (
        "organisation_predicates",
        "Z",
        "unknown_unit",
        "organisation_predicates: is not a unit of the population (got 'Z')",
        "organisation_predicates: bukan unit kerja dalam populasi (diterima 'Z')",
    )


@pytest.mark.parametrize("name", ["offsets", "target", "realisation", "weight", "polarity"])
def test_plan_arrays_of_the_wrong_kind_are_named(name):
    given = {"target": [1], "realisation": [1], "weight": [1], "polarity": [0]}
    offsets = [0.0, 1.0] if name == "offsets" else [0, 1]
    if name != "offsets":
        given[name] = [1.5]
    field, value, code, en, _ = error_of(lambda: PlanItems.from_arrays(2025, offsets, **given))
    assert (field, value, code) == (name, "float64", "wrong_type")
    assert en == f"{name}: must be a one-dimensional array of whole numbers (got 'float64')"


def test_a_plan_array_below_zero_reports_its_smallest_value():
    assert (
        error_of(
            lambda: PlanItems.from_arrays(
                2025,
                [0, 2],
                target=[MAX_UNITS, -3],
                realisation=[1, 1],
                weight=[1, 1],
                polarity=[0, 0],
            )
        )[1]
        == -3
    )
    assert error_of(
        lambda: (
            PlanItems.from_arrays(
                2025, [0, 1], target=[1], realisation=[1], weight=[1], polarity=[1]
            ).take(np.array([0]))
            and PlanItems.from_arrays(
                2025, [0, 1], target=[1], realisation=[1], weight=[1], polarity=[-1]
            )
        )
    )[:3] == ("polarity", -1, "out_of_range")


# --------------------------------------------------------------------------------------------
# batch and run
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("unit", "mode"), [(100, "HALF_UP"), (1000, "DOWN"), (1, "DOWN")])
def test_money_lines_round_to_the_sets_unit_and_mode(unit, mode):
    tpp = PERMENTAN_68_2012.value
    rounded = attrs.evolve(tpp, rounding=Rounding(unit, RoundingMode[mode], tpp.rounding.citation))
    rules = NATIONAL.with_overrides(
        "Pemda",
        {
            ALLOWANCE_RULES: Version(
                PERMENTAN_68_2012.effective_from, rounded, tpp.rounding.citation
            )
        },
    ).at(PAID)
    bases = [1, 49, 50, 51, 149, 150, 999, 1_000, 1_049, 1_050, 4_321_987, 5_000_050]
    size = len(bases)
    population = Population(
        [str(i) for i in range(size)],
        predicate=["Baik"] * size,
        base_amount=bases,
        working_days=[21] * size,
        absent_days=[i % 3 for i in range(size)],
        late_minutes=[(45,) * (i % 4) for i in range(size)],
    )
    batch = evaluate_population(population, rules)
    scalar = evaluate_population(population, rules, engine=Engine.SCALAR)
    assert batch.scalar_rows == 0
    for column in ("allowance", "allowance_attendance_cut", "allowance_performance_cut"):
        assert batch.column(column) == scalar.column(column), column
    assert all(v % unit == 0 for v in batch.column("allowance"))
    assert len({v % 1000 for v in batch.column("allowance")}) > 1 or unit == 1000


def test_rows_the_plan_chain_gives_back_are_cleared_before_the_scalar_path_fills_them():
    rules = PEMDA.at(PAID)
    plans = PlanItems.from_rows(
        2025,
        [
            [(10, 10, 50, H), (10, 10, "50.01", H)],  # weights of 100.01: a problem
            [(3, "3.00000001", 100, H)],  # held? no: 8 decimals
            [(10, 10, 100, H)],
        ],
    )
    population = Population(
        list("abc"),
        behaviour=["Sesuai Ekspektasi"] * 3,
        plan=plans,
        level=["Ahli Muda"] * 3,
        base_amount=[4_000_000] * 3,
        working_days=[21] * 3,
        absent_days_year=[30] * 3,
        potential=["Tinggi"] * 3,
    )
    batch = evaluate_population(population, rules)
    scalar = evaluate_population(population, rules, engine=Engine.SCALAR)
    for column in (
        "predicate",
        "credit_points",
        "allowance",
        "employer_bpjs",
        "penalty",
        "talent_box",
    ):
        assert batch.column(column) == scalar.column(column), column
    assert batch.value("allowance", 0) is None
    assert batch.value("talent_box", 0) is None
    assert batch.has_penalty.tolist() == [True, True, True]  # the penalty needs no predikat
    assert batch.has_allowance.tolist() == [False, True, True]
    assert batch.amounts("allowance").tolist()[0] == 0


def test_each_explanation_is_the_scalar_rules_own_under_the_runs_policy():
    matrix = dict(NATIONAL.latest()["predicate_matrix"])
    matrix[(Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS)] = Predicate.VERY_GOOD
    policy = NATIONAL.with_overrides(
        "Pemda",
        {
            ALLOWANCE_RULES: PERMENTAN_68_2012,
            "predicate_matrix": Version(date(2023, 1, 1), matrix, PERMENTAN_68_2012.citation),
        },
    )
    rules = policy.at(PAID)
    population = Population(
        ["a"],
        work_result=["Di Atas Ekspektasi"],
        behaviour=["Sesuai Ekspektasi"],
        level=["Ahli Muda"],
        months=[7],
        base_amount=[5_000_000],
        working_days=[21],
        absent_days=[1],
        absent_days_year=[40],
        consecutive_days_year=[3],
        position=["Jabatan Fungsional"],
        potential=["Tinggi"],
    )
    explained = evaluate_population(population, rules).explain(0)
    above, meets = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS
    expected = {
        "predicate": explain(performance_predicate, above, meets, rules=rules),
        "credit_points": explain(
            credit_points, Predicate.VERY_GOOD, FunctionalLevel.AHLI_MUDA, months=7, rules=rules
        ),
        "allowance": monthly_allowance(
            5_000_000,
            Predicate.VERY_GOOD,
            AttendanceRecord(2026, 3, 21, absent_days=1),
            rules=rules,
        ),
        "penalty": absence_sanction(
            40, consecutive_days=3, position=PositionKind.FUNCTIONAL, rules=rules
        ),
        "talent_box": explain(talent_box, above, Potential.HIGH, rules=rules),
    }
    assert set(explained) == set(expected)
    for column, found in expected.items():
        assert explained[column].render(lang="en") == found.explanation.render(lang="en"), column
    assert "Sangat Baik" in explained["predicate"].render(lang="id")


# --------------------------------------------------------------------------------------------
# partitions
# --------------------------------------------------------------------------------------------


def test_combining_refusals_in_both_languages():
    population = Population(["a", "b"], unit=["X", "Y"], predicate=["Baik", "Istimewa"])
    one = evaluate_population(population, NATIONAL.at(PAID))
    other = evaluate_population(population, NATIONAL.at(date(2026, 4, 1)))
    assert error_of(lambda: combine_results([])) == (
        "results",
        [],
        "empty",
        "results: must not be empty (got [])",
        "results: tidak boleh kosong (diterima [])",
    )
    assert error_of(lambda: combine_results([one, other])) == (
        "results",
        "Nasional",
        "inconsistent",
        "results: are under different rules: combine results of one policy and date (got "
        "'Nasional')",
        "results: memakai aturan yang berbeda: gabungkan hasil satu kebijakan dan tanggal "
        "(diterima 'Nasional')",
    )
    assert error_of(lambda: combine_results([one], rows=[[0]])) == (
        "rows",
        [1],
        "inconsistent",
        "rows: must give one row index per row of each result, in the order of the results "
        "(got [1])",
        "rows: harus memberi satu indeks baris untuk setiap baris setiap hasil, menurut urutan "
        "hasil (diterima [1])",
    )
    for bad in ([[0, 0]], [[1, 2]], {"X": [0, 0]}):
        assert error_of(lambda b=bad: combine_results([one], rows=b)) == (
            "rows",
            None,
            "inconsistent",
            "rows: must be a permutation of the rows 0 to n - 1 (each row once)",
            "rows: harus berupa permutasi baris 0 sampai n - 1 (setiap baris sekali)",
        )
    assert error_of(lambda: Population(["a"]).unit_rows()) == (
        "unit",
        None,
        "required",
        "unit: the population has no unit column (got null)",
        "unit: populasi tidak memiliki kolom unit (diterima null)",
    )


def test_partitions_come_back_in_order_with_every_column_and_problem():
    rules = PEMDA.at(PAID)
    population = Population(
        ["a", "b", "c", "d", "e"],
        unit=["Y", "X", "Y", "Z", "X"],
        predicate=["Baik", "Istimewa", "Sangat Baik", "Kurang/Misconduct", "Baik"],
        level=["Ahli Muda", None, "Ahli Madya", "Terampil", None],
        base_amount=[1_000_000, 2_000_000, None, 4_000_000, 5_000_000],
        working_days=[21, 21, 21, None, 21],
        absent_days_year=[0, 6, None, 46, 3],
        potential=[None, None, None, None, "Tinggi"],
    )
    whole = evaluate_population(population, rules)
    rows = population.unit_rows()
    assert {k: v.tolist() for k, v in rows.items()} == {"X": [1, 4], "Y": [0, 2], "Z": [3]}
    parts = [evaluate_population(population.take(r), rules) for r in rows.values()]
    for given in (rows, list(rows.values())):
        combined = combine_results(parts, rows=given)
        assert combined.population.employee.tolist() == list("abcde")
        for column in (
            "predicate",
            "credit_points",
            "allowance",
            "allowance_attendance_cut",
            "employer_bpjs",
            "penalty",
            "talent_box",
        ):
            assert combined.column(column) == whole.column(column), column
        assert combined.has_penalty.tolist() == whole.has_penalty.tolist()
        assert combined.has_allowance.tolist() == whole.has_allowance.tolist()
        assert [(p.row, p.column) for p in combined.problems] == [
            (p.row, p.column) for p in whole.problems
        ]
        assert combined.scalar_rows == whole.scalar_rows
        assert combined.rules is parts[0].rules
    joined = combine_results(parts)
    assert joined.population.employee.tolist() == ["b", "e", "a", "c", "d"]
    assert [(p.row, p.column) for p in joined.problems] == [
        (0, "predicate"),
        (1, "talent_box"),
        (4, "allowance"),
    ]
