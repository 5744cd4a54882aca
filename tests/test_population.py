"""Populations: the batch path gives exactly the scalar rules' values, row problems, frames."""

from datetime import date
from decimal import Decimal

import attrs
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja_core import (
    NATIONAL,
    Citation,
    Predicate,
    Rating,
    Version,
    evaluate,
    performance_predicate,
)
from kinerja_core.allowance import (
    ALLOWANCE_RULES,
    JAWA_TIMUR_STYLE,
    KAB_JEMBRANA,
    PEMDA_60_40_STYLE,
    PERMENDIKDASMEN_14_2025,
    PERMENTAN_68_2012,
    AttendanceRecord,
    monthly_allowance,
)
from kinerja_core.allowance.allowance_specs import (
    ComponentWeights,
    MinuteBand,
    MinuteBands,
    PredicateFactors,
    ScoreBand,
)
from kinerja_core.allowance.monthly import AllowanceLineKind
from kinerja_core.careers import FunctionalLevel, credit_points
from kinerja_core.core.errors import InvalidValueError, KinerjaError, ValidationError
from kinerja_core.discipline import absence_sanction
from kinerja_core.organisation import OrganisationPredicate, check_distribution
from kinerja_core.performance import PREDICATE_MATRIX
from kinerja_core.population import (
    RESULT_COLUMNS,
    Engine,
    Population,
    PopulationResult,
    combine_results,
    compare_policies,
    evaluate_population,
    unit_distributions,
)
from kinerja_core.population.batch import compiled
from kinerja_core.population.scalar import ATTENDANCE_LINES
from kinerja_core.talent import Potential, talent_box
from kinerja_core.testing import strategies as kst

CITE = Citation("Perkada Contoh 1/2025", "Lampiran")
MARCH = date(2025, 3, 1)
SHIPPED = (
    PERMENTAN_68_2012,
    KAB_JEMBRANA,
    JAWA_TIMUR_STYLE,
    PEMDA_60_40_STYLE,
    PERMENDIKDASMEN_14_2025,
)


def policy_with(tpp, matrix=None, name="Pemda Contoh"):
    overrides = {ALLOWANCE_RULES: tpp}
    if matrix is not None:
        overrides[PREDICATE_MATRIX] = Version(date(2023, 1, 1), matrix, CITE)
    return NATIONAL.with_overrides(name, overrides)


def reference(population, row, rules):
    """Each published value of one row, straight from the library's public rule functions."""
    cell = lambda column: population.cell(column, row)  # noqa: E731
    found = dict.fromkeys(RESULT_COLUMNS)
    try:
        if cell("work_result") is not None or cell("behaviour") is not None:
            predicate = performance_predicate(cell("work_result"), cell("behaviour"), rules=rules)
        else:
            predicate = cell("predicate")
    except KinerjaError:
        return None
    found["predicate"] = predicate
    if cell("level") is not None:
        found["credit_points"] = credit_points(
            predicate, cell("level"), months=cell("months") or 12, rules=rules
        )
    if cell("base_amount") is not None:
        record = AttendanceRecord(
            rules.on.year,
            rules.on.month,
            cell("working_days"),
            absent_days=cell("absent_days") or 0,
            late_minutes=cell("late_minutes"),
            early_leave_minutes=cell("early_leave_minutes"),
            missed_ceremonies=cell("missed_ceremonies") or 0,
            consecutive_absent_days=cell("consecutive_absent_days") or 0,
        )
        breakdown = monthly_allowance(cell("base_amount"), predicate, record, rules=rules)
        lines = [(line.kind, line.amount) for line in breakdown.lines]
        found["allowance"] = breakdown.total
        found["allowance_performance_cut"] = sum(
            a for k, a in lines if k is AllowanceLineKind.PERFORMANCE
        )
        found["allowance_attendance_cut"] = sum(a for k, a in lines if k in ATTENDANCE_LINES)
        found["allowance_employee_bpjs"] = sum(
            a for k, a in lines if k is AllowanceLineKind.EMPLOYEE_BPJS
        )
        found["employer_bpjs"] = breakdown.employer_bpjs
    if cell("absent_days_year") is not None:
        found["penalty"] = absence_sanction(
            cell("absent_days_year"), position=cell("position"), rules=rules
        ).penalty
    if cell("potential") is not None:
        found["talent_box"] = talent_box(cell("work_result"), cell("potential"), rules=rules)
    return found


# bases that put lines on a half rupiah (ties), on both sides of a round amount, and large ones
BASES = (
    st.integers(0, 10**9)
    | st.integers(0, 200_000).map(lambda n: n * 50)
    | st.integers(0, 10**7).map(lambda n: n * 100 + 50)
    | st.integers(1, 10**6).map(lambda n: n * 1000 + st_offset(n))
    | st.integers(10**12, 10**15)
)


def st_offset(n):
    return (-1, 0, 1, 499, 500, 501)[n % 6]


@st.composite
def rows(draw, *, max_rows=12, edges=()):
    """Rows of every column; minutes drawn also on each side of the given band edges."""
    size = draw(st.integers(1, max_rows))
    minute = st.integers(0, 300)
    if edges:
        minute = minute | st.sampled_from(sorted({max(e + d, 0) for e in edges for d in (-1, 0)}))
    working = draw(st.lists(st.integers(18, 23), min_size=size, max_size=size))
    maybe = lambda strategy: st.none() | strategy  # noqa: E731

    def column(strategy):
        return draw(st.lists(strategy, min_size=size, max_size=size))

    rated = draw(st.booleans())
    columns = {
        "employee": [f"E{i}" for i in range(size)],
        "unit": column(st.sampled_from(["Dinas A", "Dinas B", "Badan C"])),
        "level": column(maybe(kst.functional_levels())),
        "months": column(maybe(st.integers(1, 12))),
        "base_amount": column(maybe(BASES)),
        "working_days": working,
        "absent_days": [draw(maybe(st.integers(0, w))) for w in working],
        "late_minutes": [draw(st.lists(minute, max_size=min(w, 5))) for w in working],
        "early_leave_minutes": [draw(st.lists(minute, max_size=min(w, 3))) for w in working],
        "missed_ceremonies": [draw(maybe(st.integers(0, 4))) for _ in working],
        "consecutive_absent_days": column(maybe(st.integers(0, 15))),
        "absent_days_year": column(maybe(st.integers(0, 60))),
        "potential": column(maybe(st.sampled_from(list(Potential)))),
    }
    if rated:
        columns["work_result"] = column(kst.ratings())
        columns["behaviour"] = column(kst.ratings())
    else:
        columns["predicate"] = column(kst.predicates())
        columns["potential"] = [None] * size
    return columns


def assert_same_published(result, population, rules):
    for row in range(len(population)):
        expected = reference(population, row, rules)
        assert expected is not None
        for column in RESULT_COLUMNS:
            assert str(result.value(column, row)) == str(expected[column]), (row, column)


@settings(
    max_examples=min(30, settings.default.max_examples),  # fewer under a lighter profile
    suppress_health_check=[HealthCheck.too_slow],
)
@given(kst.allowance_rules(monotone=False), kst.predicate_matrices(), st.data())
def test_the_batch_path_gives_the_scalar_rules_values_exactly(tpp, matrix, data):
    """Every published value, on random rows under random sets, bases on half-rupiah ties,
    minutes on both sides of the set's band edges, absences past the cap."""
    edges = [b.from_minute for bands in (tpp.lateness, tpp.early_leave) for b in bands.bands]
    columns = data.draw(rows(edges=edges))
    tpp_scores_free = tpp
    rules = policy_with(Version(date(2020, 1, 1), tpp_scores_free, CITE), matrix).at(MARCH)
    population = Population(columns.pop("employee"), **columns)
    assert population.problems == ()
    batch = evaluate_population(population, rules)
    if not tpp.performance.score_bands:
        assert_same_published(batch, population, rules)
    scalar = evaluate_population(population, rules, engine=Engine.SCALAR)
    assert scalar.scalar_rows == len(population)
    for column in RESULT_COLUMNS:
        assert batch.column(column) == scalar.column(column), column
    assert [p.path for p in batch.problems] == [p.path for p in scalar.problems]


@pytest.mark.parametrize("tpp", SHIPPED, ids=lambda v: v.value.name)
def test_every_shipped_set_is_compiled_and_agrees_on_edge_populations(tpp):
    rules = policy_with(tpp).at(MARCH)
    assert compiled(rules).allowance is not None
    bases = [0, 1, 49, 50, 51, 99, 100, 149, 150, 151, 1_000_050, 4_999_999, 5_000_000]
    size = len(bases)
    population = Population(
        [f"E{i}" for i in range(size)],
        predicate=[list(Predicate)[i % 5] for i in range(size)],
        level=[list(FunctionalLevel)[i % 8] for i in range(size)],
        months=[(i % 12) + 1 for i in range(size)],
        base_amount=bases,
        working_days=[21] * size,
        absent_days=[i % 22 for i in range(size)],
        late_minutes=[tuple(range(0, 241, 30))[: i % 9] for i in range(size)],
        early_leave_minutes=[(1, 30, 31, 60, 61, 90, 91)[: i % 8] for i in range(size)],
        missed_ceremonies=[i % 3 for i in range(size)],
        consecutive_absent_days=[i % 21 for i in range(size)],
    )
    result = evaluate_population(population, rules)
    assert result.scalar_rows == 0
    assert_same_published(result, population, rules)


def test_rows_the_integer_path_cannot_hold_take_the_scalar_path():
    rules = policy_with(PERMENTAN_68_2012).at(MARCH)
    population = Population(
        ["a", "b", "c"],
        predicate=["Baik", "Baik", "Sangat Baik"],
        base_amount=["1.000.000,5", 2_000_001, 10**15],
        working_days=[21, 21, 21],
        absent_days=[1, 1, 2],
    )
    assert population.base_amount.dtype == object  # a fraction of a rupiah: kept exactly
    result = evaluate_population(population, rules)
    assert result.scalar_rows == 3
    assert result.column("allowance") == [
        monthly_allowance(
            Decimal(b),
            Predicate.parse(p),
            AttendanceRecord(2025, 3, 21, absent_days=d),
            rules=rules,
        ).total
        for b, p, d in (
            ("1000000.5", "Baik", 1),
            (2_000_001, "Baik", 1),
            (10**15, "Sangat Baik", 2),
        )
    ]


def test_a_base_above_the_int64_bound_goes_to_the_scalar_path():
    tpp = PERMENTAN_68_2012.value
    odd = attrs.evolve(
        tpp,
        weights=ComponentWeights(Decimal("33.33"), Decimal("66.67"), CITE),
        lateness=MinuteBands(
            (MinuteBand(1, 31, Decimal("0.07")), MinuteBand(31, None, Decimal("3.13"))),
            tpp.lateness.component,
            CITE,
        ),
    )
    rules = policy_with(Version(date(2020, 1, 1), odd, CITE)).at(MARCH)
    bound = compiled(rules).allowance.max_base
    assert 10**6 < bound < 10**15
    bases = [bound - 1, bound, bound + 1, 10**15]
    population = Population(
        list("abcd"),
        predicate=["Baik"] * 4,
        base_amount=bases,
        working_days=[21] * 4,
        late_minutes=[(45,) * 21] * 4,
    )
    result = evaluate_population(population, rules)
    assert result.scalar_rows == 2
    assert_same_published(result, population, rules)


def test_a_set_deciding_by_score_is_not_compiled_and_its_rows_take_the_scalar_path():
    tpp = attrs_evolve_score_set()
    rules = policy_with(Version(date(2020, 1, 1), tpp, CITE)).at(MARCH)
    assert compiled(rules).allowance is None
    population = Population(
        ["a", "b", "c"],
        predicate=["Baik", "Butuh Perbaikan", "Sangat Kurang"],
        level=["Ahli Muda", None, None],
        base_amount=[1000, 5_000_001, None],
        working_days=[20, 20, None],
        absent_days=[1, 3, None],
    )
    result = evaluate_population(population, rules)
    assert result.scalar_rows == 2  # the rows with a base amount
    assert result.problems == ()
    assert_same_published(result, population, rules)


def attrs_evolve_score_set():
    tpp = PERMENTAN_68_2012.value
    factors = tpp.performance
    scored = PredicateFactors(
        factors.kind,
        dict(factors.factors),
        factors.lag,
        factors.component,
        factors.citation,
        (ScoreBand(0, 50), ScoreBand(60, 100)),
    )
    return attrs.evolve(tpp, performance=scored)


def test_rows_with_problems_are_reported_with_all_their_problems_and_the_others_computed():
    rules = policy_with(PERMENTAN_68_2012).at(MARCH)
    population = Population(
        ["ok", "bad", "half"],
        work_result=["Di Atas Ekspektasi", "Luar Biasa", "Sesuai Ekspektasi"],
        behaviour=["Sesuai Ekspektasi", "Sesuai Ekspektasi", None],
        level=["Ahli Muda", "Ahli Muda", None],
        months=[12, 13, None],
        base_amount=[5_000_000, 2.5, None],
        working_days=[21, 21, None],
        absent_days_year=[0, 400, None],
    )
    assert [p.path for p in population.problems] == [
        "rows[1].work_result",
        "rows[1].months",
        "rows[1].base_amount",
        "rows[1].absent_days_year",
    ]
    result = evaluate_population(population, rules)
    assert result.problem_rows == (1, 2)
    assert [p.path for p in result.problems if p.row == 2] == ["rows[2].behaviour"]
    assert result.value("predicate", 0) is Predicate.GOOD
    assert result.value("allowance", 0) == 5_000_000
    assert result.row(1)["problems"][0].startswith("rows[1].work_result: unknown label")
    with pytest.raises(ValidationError) as caught:
        evaluate_population(population, rules, errors="raise")
    assert [e.field for e in caught.value.problems] == [
        "rows[1].work_result",
        "rows[1].months",
        "rows[1].base_amount",
        "rows[1].absent_days_year",
        "rows[2].behaviour",
    ]
    with pytest.raises(KinerjaError, match="work_result"):
        result.explain(1)


def test_a_missing_predikat_is_reported_once_by_each_consequence_that_needs_it():
    rules = policy_with(PERMENTAN_68_2012).at(MARCH)
    population = Population(["x"], level=["Ahli Muda"], base_amount=[1000], working_days=[20])
    result = evaluate_population(population, rules)
    assert [p.path for p in result.problems] == [
        "rows[0].credit_points.predicate",
        "rows[0].allowance.predicate",
    ]
    assert result.problems[0].message("id").startswith("rows[0].credit_points.predicate: wajib")


def test_a_population_with_base_amounts_needs_tpp_rules():
    population = Population(["x"], predicate=["Baik"], base_amount=[1000], working_days=[20])
    with pytest.raises(InvalidValueError, match="no TPP rules") as caught:
        evaluate_population(population, NATIONAL.at(MARCH))
    assert caught.value.code == "no_allowance_rules"


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        ((["a"],), "wrong_type"),
        ((Population(["a"]), NATIONAL), "wrong_type"),
    ],
)
def test_wrong_arguments_are_refused(arguments, code):
    if len(arguments) == 1:
        arguments = (*arguments, NATIONAL.at(MARCH))
    with pytest.raises(InvalidValueError) as caught:
        evaluate_population(*arguments)
    assert caught.value.code == code


def test_explanations_are_built_on_demand_by_the_scalar_rules():
    rules = policy_with(PERMENTAN_68_2012).at(MARCH)
    population = Population(
        ["a"],
        work_result=["Di Atas Ekspektasi"],
        behaviour=["Di Atas Ekspektasi"],
        level=["Ahli Pertama"],
        base_amount=[5_000_000],
        working_days=[21],
        absent_days=[1],
        absent_days_year=[3],
        potential=["Tinggi"],
    )
    result = evaluate_population(population, rules)
    explained = result.explain(0)
    assert set(explained) == {"predicate", "credit_points", "allowance", "penalty", "talent_box"}
    assert "18.75" in explained["credit_points"].render(lang="en")
    assert "Sangat Baik" in explained["predicate"].render(lang="id")


def test_comparing_a_policy_with_itself_reports_no_change():
    rules = policy_with(PERMENTAN_68_2012).at(MARCH)
    population = Population(
        [str(i) for i in range(6)],
        predicate=[*Predicate, None],
        base_amount=[1_000_000] * 6,
        working_days=[20] * 6,
    )
    comparison = compare_policies(population, rules, rules)
    assert comparison.changed_rows() == ()
    assert comparison.totals()["allowance_delta"] == 0
    assert comparison.table() == []
    assert "0 of 6 employees change" in comparison.summary()


def test_a_matrix_change_moves_predikat_and_money():
    pemda = policy_with(PERMENTAN_68_2012)
    changed = dict(NATIONAL.latest()[PREDICATE_MATRIX])
    pair = (Rating.MEETS_EXPECTATIONS, Rating.ABOVE_EXPECTATIONS)
    changed[pair] = Predicate.VERY_GOOD
    variant = policy_with(PERMENTAN_68_2012, changed, name="Varian")
    population = Population(
        ["a", "b"],
        work_result=["Sesuai Ekspektasi", "Sesuai Ekspektasi"],
        behaviour=["Di Atas Ekspektasi", "Sesuai Ekspektasi"],
        level=["Ahli Muda", "Ahli Muda"],
        base_amount=[4_000_000, 4_000_000],
        working_days=[20, 20],
    )
    comparison = compare_policies(population, pemda.at(MARCH), variant.at(MARCH))
    assert comparison.changed_rows() == (0,)
    assert comparison.predicate_transitions() == {
        (Predicate.GOOD, Predicate.VERY_GOOD): 1,
        (Predicate.GOOD, Predicate.GOOD): 1,
    }
    assert comparison.credit_delta() == [Decimal("12.50"), Decimal("0.00")]
    assert comparison.table()[0]["predicate_after"] is Predicate.VERY_GOOD
    assert "<table>" in comparison._repr_html_()
    assert "1 dari 2 pegawai berubah" in comparison.summary("id")


def test_comparing_rules_of_different_months_is_refused():
    rules = policy_with(PERMENTAN_68_2012)
    with pytest.raises(InvalidValueError) as caught:
        compare_policies(Population(["a"]), rules.at(MARCH), rules.at(date(2025, 4, 1)))
    assert caught.value.code == "month_mismatch"


def test_partitions_by_unit_combine_to_the_whole_run():
    rules = policy_with(KAB_JEMBRANA).at(MARCH)
    size = 30
    population = Population(
        [f"E{i:02d}" for i in range(size)],
        unit=[("B", "A", "C")[i % 3] for i in range(size)],
        predicate=[list(Predicate)[i % 5] for i in range(size)],
        base_amount=[1_000_000 + 137 * i for i in range(size)],
        working_days=[21] * size,
        late_minutes=[(i,) * (i % 4) for i in range(size)],
        months=[0 if i == 7 else 12 for i in range(size)],
    )
    whole = evaluate_population(population, rules)
    parts = population.by_unit()
    assert list(parts) == ["A", "B", "C"]
    combined = combine_results([evaluate_population(p, rules) for p in parts.values()])
    order = {e: i for i, e in enumerate(population.employee.tolist())}
    in_order = combine_results(
        [evaluate_population(p, rules) for p in parts.values()], rows=population.unit_rows()
    )
    assert [in_order.row(i) for i in range(size)] == [whole.row(i) for i in range(size)]
    assert in_order.problems == whole.problems
    for row in range(size):
        original = order[combined.population.cell("employee", row)]
        assert combined.row(row) | {"problems": ()} == whole.row(original) | {"problems": ()}
        assert [p.column for p in combined.problems if p.row == row] == [
            p.column for p in whole.problems if p.row == original
        ]


def test_frames_round_trip_through_pandas_and_polars():
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    rules = policy_with(PERMENTAN_68_2012).at(MARCH)
    data = {
        "employee": ["198501012010011001", "199002022015032002", "199203032019031003"],
        "predicate": ["Baik", "Sangat Baik", "Istimewa"],
        "level": ["Ahli Muda", None, "Terampil"],
        "months": [12, None, 6],  # pandas makes this float because of the empty cell
        "base_amount": ["5.000.000", "4.250.000", "3.000.000"],
        "working_days": [21, 21, 21],
    }
    frame = pd.DataFrame(data)
    population = Population.from_dataframe(frame)
    assert [p.path for p in population.problems] == ["rows[2].predicate"]
    with pytest.raises(ValidationError, match=r"rows\[2\]\.predicate"):
        Population.from_dataframe(frame, errors="raise")
    result = evaluate_population(population, rules)
    out = result.to_pandas()
    assert list(out["predicate"].astype(object)[:2]) == ["Baik", "Sangat Baik"]
    assert out["allowance"].tolist()[:2] == result.column("allowance")[:2]
    assert out["credit_points"].tolist()[0] == Decimal("25.00")
    polars = result.to_polars(lang="en")
    assert polars["predicate"].to_list()[:2] == ["Good", "Very good"]
    assert polars["allowance"].to_list() == result.column("allowance")
    again = Population.from_dataframe(pl.DataFrame(data))
    assert [p.path for p in again.problems] == ["rows[2].predicate"]


def test_unknown_columns_and_misshapen_arrays_are_refused():
    with pytest.raises(InvalidValueError, match="is not a population column"):
        Population.from_rows([{"employee": "a", "predikat": "Baik"}])
    with pytest.raises(InvalidValueError, match="has 1 cells but the population has 2 rows"):
        Population(["a", "b"], predicate=["Baik"])
    with pytest.raises(InvalidValueError, match="first: 1"):
        Population.from_arrays(np.arange(3), codes={"predicate": np.array([0, 9, 9])})


def test_the_html_view_counts_the_predikat():
    rules = policy_with(PERMENTAN_68_2012).at(MARCH)
    result = evaluate_population(
        Population(
            ["a", "b"], predicate=["Baik", "Baik"], base_amount=[10, 20], working_days=[20, 20]
        ),
        rules,
    )
    assert "<td>Baik</td><td>2</td>" in result._repr_html_()
    assert isinstance(result, PopulationResult)


@settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(kst.performance_cases(max_items=2), min_size=1, max_size=3))
def test_rows_with_a_case_are_evaluated_by_evaluate_and_explained_by_it(cases):
    rules = policy_with(PERMENTAN_68_2012).at(date(2024, 12, 1))
    size = len(cases)
    population = Population(
        [f"C{i}" for i in range(size)],
        case=[*cases],
        level=["Ahli Madya"] * size,
        base_amount=[7_500_000] * size,
        working_days=[20] * size,
    )
    result = evaluate_population(population, rules)
    assert result.scalar_rows == size
    for row, case in enumerate(cases):
        evaluation = evaluate(case, policy=rules.policy)
        assert result.value("predicate", row) is evaluation.predicate
        assert result.value("credit_points", row) == credit_points(
            evaluation.predicate, FunctionalLevel.AHLI_MADYA, rules=rules
        )
        explained = result.explain(row)["predicate"]
        assert explained.render(lang="en") == evaluation.explanation.render(lang="en")


def test_a_case_cell_that_is_not_a_case_is_a_row_problem():
    population = Population(["a", "b"], case=["not a case", None], predicate=[None, "Baik"])
    assert [(p.path, p.error.code) for p in population.problems] == [("rows[0].case", "wrong_type")]
    result = evaluate_population(population, NATIONAL.at(MARCH))
    assert result.value("predicate", 1) is Predicate.GOOD
    assert result.value("predicate", 0) is None


def test_cells_read_back_as_the_scalar_rules_take_them():
    population = Population(
        [198501012010011001, 199002022015032002],
        unit=["Dinas A", None],
        predicate=["Sangat Baik", None],
        base_amount=[5_000_000, None],
        late_minutes=[(5, 61), None],
        rank=["III/a", "IV/b"],
    )
    assert population.cell("employee", 0) == 198501012010011001
    assert population.cell("unit", 1) == ""
    assert population.cell("predicate", 0) is Predicate.VERY_GOOD
    assert population.cell("predicate", 1) is None
    assert population.cell("base_amount", 1) is None
    assert population.cell("late_minutes", 0) == (5, 61)
    assert population.cell("early_leave_minutes", 0) == ()
    assert population.cell("months", 0) is None
    assert population.cell("case", 0) is None
    assert str(population.cell("rank", 1)) == "Rank.IV_B"
    with pytest.raises(InvalidValueError, match="is not a population column"):
        population.cell("golongan", 0)
    assert "2 rows" in repr(population)
    picked = population.take([1, 0])
    assert picked.cell("late_minutes", 1) == (5, 61)
    assert picked.cell("unit", 0) == ""


@pytest.mark.parametrize(
    ("cells", "code"),
    [
        ({"months": [True]}, "wrong_type"),
        ({"months": [1.5]}, "not_whole"),
        ({"months": ["1.000"]}, "out_of_range"),
        ({"months": ["dua"]}, "not_a_number"),
        ({"base_amount": [1.0]}, "float"),
        ({"base_amount": [-5]}, "out_of_range"),
        ({"base_amount": ["Rp 1.000"]}, "not_a_number"),
        ({"late_minutes": ["15"]}, "wrong_type"),
        ({"late_minutes": [(15, 2000)]}, "out_of_range"),
        ({"late_minutes": [(15, 2.5)]}, "not_whole"),
        ({"predicate": [3]}, "wrong_type"),
        ({"level": ["Ahli Super"]}, "unknown_label"),
    ],
)
def test_each_unreadable_cell_is_a_problem_with_its_code(cells, code):
    population = Population(["a"], **cells)
    assert [p.error.code for p in population.problems] == [code]
    assert population.problems[0].path.startswith(f"rows[0].{next(iter(cells))}")


def test_cells_a_dataframe_gives_are_read():
    population = Population(
        ["a", "b", "c"],
        months=[np.int64(3), np.float64(4.0), float("nan")],
        base_amount=[np.int64(10), "1.000,00", ""],
        late_minutes=[np.array([1, 2]), 7, None],
    )
    assert population.problems == ()
    assert [population.cell("months", r) for r in range(3)] == [3, 4, None]
    assert [population.cell("base_amount", r) for r in range(3)] == [10, 1000, None]
    assert population.cell("late_minutes", 1) == (7,)


def test_coded_arrays_are_checked():
    with pytest.raises(InvalidValueError, match="one-dimensional array of whole numbers"):
        Population.from_arrays(["a"], codes={"predicate": np.array([0.5])})
    with pytest.raises(InvalidValueError, match="has 2 cells but the population has 1 rows"):
        Population.from_arrays(["a"], wholes={"months": np.array([1, 2])})
    with pytest.raises(InvalidValueError, match="is not a population column"):
        Population.from_arrays(["a"], wholes={"bulan": np.array([1])})
    with pytest.raises(InvalidValueError, match="offsets"):
        Population.from_arrays(
            ["a"], minutes={"late_minutes": (np.array([5, 6]), np.array([0, 1]))}
        )
    with pytest.raises(InvalidValueError, match="must be from 0 to 0"):
        Population.from_arrays(["a"], unit=np.array([1]), unit_names=["Dinas A"])
    with pytest.raises(InvalidValueError, match="must be from 0 to 1000000000000000"):
        Population.from_arrays(["a"], base_amount=np.array([-2]))
    coded = Population.from_arrays(
        np.array([7, 8]),
        unit=np.array([0, 0]),
        unit_names=["Dinas A"],
        base_amount=np.array([-1, 5]),
        minutes={"late_minutes": (np.array([5, 6, 7]), np.array([0, 1, 3]))},
    )
    assert coded.cell("late_minutes", 1) == (6, 7)
    assert coded.cell("base_amount", 0) is None
    assert coded.columns == ("employee", "unit", "base_amount", "late_minutes")


def test_rows_need_an_employee_and_known_columns():
    with pytest.raises(InvalidValueError, match="required"):
        Population.from_rows([{"predicate": "Baik"}])
    population = Population.from_rows([{"employee": "a", "predicate": "Baik"}, {"employee": "b"}])
    assert population.cell("predicate", 1) is None
    with pytest.raises(InvalidValueError, match="must be a sequence"):
        Population("abc")
    pd = pytest.importorskip("pandas")
    with pytest.raises(InvalidValueError, match="is not a population column"):
        Population.from_dataframe(pd.DataFrame({"employee": ["a"], "nilai": [1]}))
    with pytest.raises(InvalidValueError, match="employee is required"):
        Population.from_dataframe(pd.DataFrame({"predicate": ["Baik"]}))


def test_reading_a_result_refuses_unknown_columns_and_rows():
    result = evaluate_population(Population(["a"], predicate=["Baik"]), NATIONAL.at(MARCH))
    with pytest.raises(InvalidValueError) as caught:
        result.column("predikat")
    assert caught.value.code == "unknown_column"
    with pytest.raises(InvalidValueError) as caught:
        result.row(1)
    assert caught.value.code == "out_of_range"
    with pytest.raises(InvalidValueError):
        result.amounts("predicate")
    assert result.total_credit_points() == Decimal("0.00")
    assert list(result) == [result.row(0)]
    assert "1 rows under 'Nasional'" in repr(result)
    assert result.predicate_counts()[Predicate.GOOD] == 1


def test_combining_needs_results_of_one_policy_and_matching_rows():
    population = Population(["a", "b"], unit=["X", "Y"], predicate=["Baik", "Baik"])
    one = evaluate_population(population, NATIONAL.at(MARCH))
    other = evaluate_population(population, NATIONAL.at(date(2025, 4, 1)))
    with pytest.raises(InvalidValueError) as caught:
        combine_results([])
    assert caught.value.code == "empty"
    with pytest.raises(InvalidValueError) as caught:
        combine_results([one, other])
    assert caught.value.code == "inconsistent"
    with pytest.raises(InvalidValueError, match="one row index per row"):
        combine_results([one], rows=[[0]])
    with pytest.raises(InvalidValueError, match="permutation"):
        combine_results([one], rows=[[0, 0]])
    with pytest.raises(InvalidValueError, match="no unit column"):
        Population(["a"]).unit_rows()


def test_units_are_checked_against_their_pattern_and_calibrated():
    size = 30
    population = Population(
        [f"E{i}" for i in range(size)],
        unit=["Dinas A"] * 10 + ["Dinas B"] * 10 + ["Dinas C"] * 10,
        predicate=["Baik"] * 10
        + ["Sangat Baik", "Baik", "Baik", "Baik", "Butuh Perbaikan"] * 2
        + ["Baik"] * 9
        + [None],
    )
    result = evaluate_population(population, NATIONAL.at(MARCH))
    units, problems = unit_distributions(
        result, {"Dinas A": "Baik", "Dinas B": OrganisationPredicate.GOOD, "Dinas C": "x"}
    )
    assert [u.unit for u in units] == ["Dinas A", "Dinas B"]
    a, b = units
    expected = check_distribution(OrganisationPredicate.GOOD, [Predicate.GOOD] * 10)
    assert a.check == expected
    assert not a.ok
    assert a.employees_moved == a.proposal.employees_changed > 0
    assert b.ok
    assert b.employees_moved == 0
    assert b.proposal is None
    assert list(problems) == ["Dinas C"]
    assert problems["Dinas C"].code == "unknown_label"
    with pytest.raises(InvalidValueError) as caught:
        unit_distributions(result, {"Dinas Z": "Baik"})
    assert caught.value.code == "unknown_unit"
    only_missing = Population(["x"], unit=["U"], predicate=[None])
    units, problems = unit_distributions(
        evaluate_population(only_missing, NATIONAL.at(MARCH)), {"U": "Baik"}
    )
    assert units == ()
    assert list(problems) == ["U"]


def test_a_row_reports_its_attendance_problems_even_without_a_predikat():
    rules = policy_with(PERMENTAN_68_2012).at(MARCH)
    population = Population(
        ["a"],
        work_result=["Tinggi"],
        behaviour=["Sesuai Ekspektasi"],
        base_amount=[1_000_000],
        working_days=[20],
        absent_days=[25],
        late_minutes=[(5,) * 21],
    )
    result = evaluate_population(population, rules)
    assert [p.path for p in result.problems] == [
        "rows[0].work_result",
        "rows[0].allowance.attendance",
    ]
    assert [e.field for e in result.problems[1].error.problems] == ["absent_days", "late_minutes"]


def test_the_indonesian_summary_groups_rupiah_and_keeps_its_commas():
    # regression: the summary's thousands were grouped by replacing every comma, the
    # sentence's own "naik, ... turun" included
    import attrs  # noqa: PLC0415

    from kinerja_core.allowance.allowance_specs import (  # noqa: PLC0415
        AllowanceComponent,
        ComponentWeights,
        FactorKind,
        PerOccurrence,
        PredicateFactors,
        PredicateLag,
    )

    factors = dict.fromkeys(Predicate, 100) | {Predicate.POOR: 50}
    tpp = attrs.evolve(
        PEMDA_60_40_STYLE.value,
        performance=PredicateFactors(
            FactorKind.PAYMENT_FACTOR,
            factors,
            PredicateLag.SAME_MONTH,
            AllowanceComponent.PERFORMANCE,
            CITE,
        ),
        absence=PerOccurrence(3, AllowanceComponent.DISCIPLINE, CITE),
    )
    flipped = attrs.evolve(tpp, weights=ComponentWeights(40, 60, CITE))
    population = Population(
        ["1", "2"],
        predicate=[Predicate.GOOD, Predicate.POOR],
        base_amount=[4_000_000, 4_000_000],
        working_days=[20, 20],
        absent_days=[3, 0],
    )
    before = policy_with(Version(date(2025, 1, 1), tpp, CITE)).at(MARCH)
    after = policy_with(Version(date(2025, 1, 1), flipped, CITE), name="Varian").at(MARCH)
    comparison = compare_policies(population, before, after)
    totals = comparison.totals()
    assert (totals["gain"], totals["lose"]) == (1, 1)
    text = comparison.summary("id")
    assert "1 naik, 1 turun." in text
    assert f"Rp {totals['allowance_before']:,}".replace(",", ".") in text
    assert f"{totals['allowance_delta']:+,}".replace(",", ".") in text
    assert "1 gain, 1 lose." in comparison.summary("en")
    # a repr without a memory address (a notebook's saved output stays the same)
    assert repr(comparison) == "<PolicyComparison of 2 rows: 'Pemda Contoh' → 'Varian', 2 changed>"


@settings(
    max_examples=min(15, settings.default.max_examples),
    suppress_health_check=[HealthCheck.too_slow],
)
@given(kst.allowance_rules(), st.data())
def test_a_comparison_of_a_policy_with_itself_changes_nothing_and_totals_agree(tpp, data):
    columns = data.draw(rows())
    population = Population(columns.pop("employee"), **columns)
    rules = policy_with(Version(date(2020, 1, 1), tpp, CITE)).at(MARCH)
    compared = compare_policies(population, rules, rules)
    totals = compared.totals()
    assert compared.changed_rows() == ()
    assert totals["changed"] == totals["predicate_changed"] == totals["gain"] == 0
    assert totals["allowance_before"] == totals["allowance_after"]
    assert totals["allowance_delta"] == 0
    assert totals["allowance_before"] == sum(v or 0 for v in compared.before.column("allowance"))
    assert set(compared.predicate_transitions()) <= {(p, p) for p in (None, *Predicate)}
