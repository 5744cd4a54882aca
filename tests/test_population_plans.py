"""Plan rows: the batch chain from plan items to the predikat equals `evaluate`, exactly."""

from datetime import date
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja_core import NATIONAL, Citation, Polarity, Predicate, Rating, Version, evaluate
from kinerja_core.core import BandTable
from kinerja_core.core.errors import InvalidValueError, KinerjaError
from kinerja_core.performance import (
    ACHIEVEMENT_FORMULA,
    ACHIEVEMENT_LIMITS,
    WORK_RESULT_BANDS,
    AchievementFormula,
    AchievementLimits,
    WorkResultBands,
)
from kinerja_core.population import Engine, PlanItems, Population, evaluate_population
from kinerja_core.population.columns import concat
from kinerja_core.talent import Potential, talent_box
from kinerja_core.testing import strategies as kst

CITE = Citation("Perkada Contoh 2/2025", "Pasal 3")
PAID = date(2026, 3, 1)
YEAR = 2025
H, L = Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER

POLICIES = {
    "national": NATIONAL,
    "inverse, cap 120": NATIONAL.with_overrides(
        "Pemda A",
        {
            ACHIEVEMENT_FORMULA: Version(date(2022, 1, 1), AchievementFormula.INVERSE_RATIO, CITE),
            ACHIEVEMENT_LIMITS: Version(date(2022, 1, 1), AchievementLimits(120, 0), CITE),
        },
    ),
    "no limits": NATIONAL.with_overrides(
        "Pemda B", {ACHIEVEMENT_LIMITS: Version(date(2022, 1, 1), AchievementLimits(), CITE)}
    ),
    "bands at 90 and 110.5, cap 120, floor 10.5": NATIONAL.replace(
        {
            WORK_RESULT_BANDS: WorkResultBands("110.5", 90),
            ACHIEVEMENT_LIMITS: AchievementLimits("120", "10.5"),
        }
    ),
    "upper-closed bands at 100.25 and 101": NATIONAL.replace(
        {
            WORK_RESULT_BANDS: BandTable.from_lower_edges(
                [
                    (None, Rating.BELOW_EXPECTATIONS),
                    (Decimal("100.25"), Rating.MEETS_EXPECTATIONS),
                    (101, Rating.ABOVE_EXPECTATIONS),
                ],
                closed="upper",
                monotone="increasing",
            )
        }
    ),
}

TRICKY = [
    [(3, 3, 50, H), (7, 7, 50, L)],  # 100 exactly
    [(100, 101, 100, H)],  # 101 exactly
    [(100, "110.5", 100, H)],  # 110.5 exactly
    [(100, "90", 100, H)],  # 90 exactly
    [(400, "401", 100, H)],  # 100.25 exactly
    [(4000, "4010.0001", 100, H)],  # a hair above 100.25
    [(400, "400.9999", 100, H)],  # a hair below 100.25
    [(3, "3.0001", 100, H)],  # 100.0033…
    [(3, "2.9999", 100, H)],  # 99.9966…
    [(10, 25, 100, H)],  # 250: above any cap
    [(10, 35, 100, L)],  # -150: below any floor
    [(10, 0, 100, L)],  # lower, realisation 0: 200 (the inverse formula refuses it)
    [(10, 5, 100, L)],  # lower, half: 150 or 200
    [("0.0001", 0, 100, H)],  # the smallest target, realisation 0
    [("0.0001", "0.0001", 100, L)],  # the smallest target, on target
    [(10, 10, 0, H), (10, 10, 100, H)],  # a weight of 0: a problem
    [(0, 0, 100, L)],  # a zero target: the zero-target rule
    [(10, 11, "33.33", H), (10, 9, "33.33", L), (10, 10, "33.34", H)],  # odd weights
    [(10**8, 10**8, 100, H)],  # the largest value held
    [("1.00005", 1, 100, H)],  # five decimals
    [(1, "1.00005", 100, H)],  # five decimals in the realisation
    [(10, 10, "0.01", H), (10, 12, "99.99", H)],  # the smallest weight
]


SCALAR_ROWS = {
    "national": 4,
    "no limits": 4,
    "inverse, cap 120": 5,
    "bands at 90 and 110.5, cap 120, floor 10.5": 5,
    "upper-closed bands at 100.25 and 101": 5,
}


@pytest.mark.parametrize("name", sorted(POLICIES))
def test_tricky_plans_agree_with_evaluate_under_each_policy(name):
    policy = POLICIES[name]
    size = len(TRICKY)
    population = Population(
        [f"T{i}" for i in range(size)],
        behaviour=["Sesuai Ekspektasi"] * size,
        potential=["Menengah"] * size,
        plan=PlanItems.from_rows(YEAR, TRICKY),
    )
    rules = policy.at(PAID)
    batch = evaluate_population(population, rules)
    scalar = evaluate_population(population, rules, engine=Engine.SCALAR)
    assert batch.column("predicate") == scalar.column("predicate")
    assert batch.column("talent_box") == scalar.column("talent_box")
    assert [p.path for p in batch.problems] == [p.path for p in scalar.problems]
    for row in range(size):
        try:
            evaluation = evaluate(
                population.plan.case(row, "x", Rating.MEETS_EXPECTATIONS), policy=policy
            )
        except KinerjaError:
            assert batch.value("predicate", row) is None, row
            continue
        assert batch.value("predicate", row) is evaluation.predicate, row
    # the chain decides every row but the problems (weight 0, zero target), the values it
    # cannot hold (five decimals), a zero realisation under the inverse formula and a
    # weighted achievement exactly on a fractional edge (110.5, 100.25: not whole)
    assert batch.scalar_rows == SCALAR_ROWS[name]


def decimal(units, places):
    return Decimal(units).scaleb(-places)


@st.composite
def plan_items(draw):
    """One row's items: weights adding up to 100 (mostly), values on and near the target."""
    count = draw(st.integers(1, 4))
    cuts = sorted(draw(st.sets(st.integers(1, 9999), min_size=count - 1, max_size=count - 1)))
    hundredths = [b - a for a, b in zip([0, *cuts], [*cuts, 10_000], strict=True)]
    if draw(st.integers(0, 19)) == 0:
        hundredths[0] += 1  # weights that do not add up to 100: a row problem
    items = []
    for weight in hundredths:
        places = draw(st.sampled_from([0, 0, 2, 4, 5]))  # 5 decimals: not held, exact
        target = decimal(draw(st.integers(0 if places else 1, 10**6)), places)
        realisation = draw(
            st.sampled_from([target, target + 1, target * 2, target / 2 if places else target])
            | st.integers(0, 10**6).map(lambda u, p=places: decimal(u, p))
        )
        polarity = draw(st.sampled_from([H, L]))
        items.append((target, realisation, decimal(weight, 2), polarity))
    return items


@settings(
    max_examples=min(40, settings.default.max_examples),  # fewer under a lighter profile
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.sampled_from(sorted(POLICIES)),
    st.lists(st.none() | plan_items(), min_size=1, max_size=8),
    st.data(),
)
def test_the_plan_chain_gives_evaluates_predikat_exactly(name, plans, data):
    policy = POLICIES[name]
    size = len(plans)
    behaviour = [
        None if items is None else data.draw(kst.ratings()) for items in plans
    ]  # a behaviour rating without a plan or a work-result rating is a row problem
    potential = data.draw(st.lists(st.sampled_from(list(Potential)), min_size=size, max_size=size))
    population = Population(
        [f"P{i}" for i in range(size)],
        behaviour=behaviour,
        potential=potential,
        predicate=["Baik"] * size,
        plan=PlanItems.from_rows(YEAR, plans),
    )
    rules = policy.at(PAID)
    batch = evaluate_population(population, rules)
    scalar = evaluate_population(population, rules, engine=Engine.SCALAR)
    for column in ("predicate", "talent_box"):
        assert batch.column(column) == scalar.column(column), column
    assert [p.path for p in batch.problems] == [p.path for p in scalar.problems]
    for row, items in enumerate(plans):
        if items is None:
            assert batch.value("predicate", row) is Predicate.GOOD  # the given one
            continue
        try:
            case = population.plan.case(row, f"P{row}", behaviour[row])
            evaluation = evaluate(case, policy=policy)
        except KinerjaError:
            assert batch.value("predicate", row) is None
            continue
        assert batch.value("predicate", row) is evaluation.predicate
        box = talent_box(evaluation.work_result, potential[row], rules=rules)
        assert batch.value("talent_box", row) == box


def test_rows_on_a_band_edge_are_decided_exactly():
    """All on target: 100 exactly (the national edge); 101 exactly; a hair above and below."""
    plans = [
        [(3, 3, 50, H), (7, 7, 50, L)],  # 100
        [(100, 101, 100, H)],  # 101
        [(3, "3.0001", 100, H)],  # 100.00333…: within the margin of no edge
        [(300_000_000, "300000000.0003", 100, H)],  # 100 + 10⁻¹⁰: within the margin of 100
        [(3, "2.9999", 100, H)],  # just below 100
        [(1, "1.01", 100, H)],  # 101 exactly, from decimals
        [("0.5", 1, 100, L)],  # lower is better, twice the target: 0, floored
    ]
    population = Population(
        list("abcdefg"),
        behaviour=["Sesuai Ekspektasi"] * 7,
        plan=PlanItems.from_rows(YEAR, plans),
    )
    result = evaluate_population(population, NATIONAL.at(PAID))
    expected = [
        evaluate(population.plan.case(r, "x", Rating.MEETS_EXPECTATIONS)).predicate
        for r in range(7)
    ]
    assert result.column("predicate") == expected
    assert expected[:2] == [Predicate.GOOD, Predicate.GOOD]
    assert expected[4] is Predicate.NEEDS_IMPROVEMENT
    assert result.scalar_rows == 1  # only the row within 10⁻⁶ of an edge; 100 is exact


def test_values_the_chain_cannot_hold_are_kept_exactly_and_go_to_the_scalar_path():
    plans = PlanItems.from_rows(
        YEAR,
        [
            [("1.00001", "1.00001", 100, H)],  # five decimals
            [(10**9, 10**9, 100, H)],  # above 10⁸
            [(5, 5, 100, "Semakin rendah semakin baik")],
        ],
    )
    assert plans.items(0) == ((Decimal("1.00001"), Decimal("1.00001"), Decimal(100), H),)
    population = Population(["a", "b", "c"], behaviour=["Sesuai Ekspektasi"] * 3, plan=plans)
    result = evaluate_population(population, NATIONAL.at(PAID))
    assert result.scalar_rows == 2
    assert result.column("predicate") == [Predicate.GOOD] * 3


def test_plans_from_arrays_match_plans_from_rows():
    rows = [[(3, 3, 50, H), ("2.5", 2, 50, L)], None, [(10, 12, 100, H)]]
    from_rows = PlanItems.from_rows(YEAR, rows)
    from_arrays = PlanItems.from_arrays(
        YEAR,
        [0, 2, 2, 3],
        target=[30_000, 25_000, 100_000],
        realisation=[30_000, 20_000, 120_000],
        weight=[5_000, 5_000, 10_000],
        polarity=[0, 1, 0],
    )
    assert [from_arrays.items(r) for r in range(3)] == [from_rows.items(r) for r in range(3)]
    people = [
        Population(["a", "b", "c"], behaviour=["Di Atas Ekspektasi"] * 3, plan=plans)
        for plans in (from_rows, from_arrays)
    ]
    rules = NATIONAL.at(PAID)
    results = [evaluate_population(p, rules) for p in people]
    assert results[0].column("predicate") == results[1].column("predicate")
    joined = concat(people)
    assert evaluate_population(joined, rules).column("predicate") == 2 * results[0].column(
        "predicate"
    )
    assert joined.take(np.array([2, 0])).cell("plan", 0) == from_rows.items(2)


def test_plan_problems_name_their_row_and_item():
    plans = PlanItems.from_rows(
        YEAR,
        [[(3, 3, 100, "naik")], [(3, -1, 100, H)], [(3, 3)], [(3, 3, 100, Polarity.MILESTONE)]],
    )
    population = Population(["a", "b", "c", "d"], behaviour=["Sesuai Ekspektasi"] * 4, plan=plans)
    assert [(p.path, p.error.code) for p in population.problems] == [
        ("rows[0].plan.Polarity", "unknown_label"),
        ("rows[1].plan.plan[0].realisation", "out_of_range"),
        ("rows[2].plan.plan[0]", "wrong_type"),
        ("rows[3].plan.plan[0].polarity", "invalid_value"),
    ]
    missing = Population(["a"], plan=PlanItems.from_rows(YEAR, [[(3, 3, 100, H)]]))
    result = evaluate_population(missing, NATIONAL.at(PAID))
    assert [p.path for p in result.problems] == ["rows[0].behaviour"]


def test_plan_arrays_are_checked():
    with pytest.raises(InvalidValueError, match="one entry per item"):
        PlanItems.from_arrays(YEAR, [0, 2], target=[1], realisation=[1], weight=[1], polarity=[0])
    with pytest.raises(InvalidValueError, match="from 0 to 1"):
        PlanItems.from_arrays(YEAR, [0, 1], target=[1], realisation=[1], weight=[1], polarity=[2])
    with pytest.raises(InvalidValueError, match="never decrease"):
        PlanItems.from_arrays(YEAR, [1, 1], target=[1], realisation=[1], weight=[1], polarity=[0])
    with pytest.raises(InvalidValueError, match="whole numbers"):
        PlanItems.from_arrays(YEAR, [0, 1], target=[1.5], realisation=[1], weight=[1], polarity=[0])
    with pytest.raises(InvalidValueError, match="from 2022 to 2100"):
        PlanItems.from_rows(2021, [])
    with pytest.raises(InvalidValueError, match="has 1 rows but the population has 2"):
        Population(["a", "b"], plan=PlanItems.from_rows(YEAR, [None]))
    with pytest.raises(InvalidValueError, match="must be PlanItems"):
        Population(["a"], plan=[[(1, 1, 100, H)]])
    with pytest.raises(TypeError):
        PlanItems()
    with pytest.raises(InvalidValueError, match="plan_year"):
        Population.from_rows([{"employee": "a", "plan": [(1, 1, 100, H)]}])
    rows = Population.from_rows(
        [{"employee": "a", "plan": [(1, 1, 100, H)], "behaviour": "Sesuai Ekspektasi"}],
        plan_year=YEAR,
    )
    assert evaluate_population(rows, NATIONAL.at(PAID)).value("predicate", 0) is Predicate.GOOD
