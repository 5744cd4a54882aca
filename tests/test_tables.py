"""The table core: band tables and lookup matrices (totality, edges, monotonicity, explanations)."""

import enum
import json
from datetime import date
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise, product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzzing import anything, outcome_of
from kinerja_core import NATIONAL, Citation, InvalidValueError, Policy, Predicate, Rating, Version
from kinerja_core.core import Parameter, ParameterSpec
from kinerja_core.core.tables import (
    Band,
    BandTable,
    Interval,
    LookupMatrix,
    band_table_check,
    comparable_number,
    matrix_check,
    rank_of,
    tables_of,
)
from kinerja_core.legacy import pp30_2019, pp46_2011
from kinerja_core.performance import PREDICATE_MATRIX
from kinerja_core.testing import strategies as kst

D = Decimal
F = Fraction
A, S, B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS
TINY = F(1, 10**9)  # far below the distance between any two edges used here


def work_bands():
    return BandTable.from_lower_edges([(None, B), (100, S), (101, A)], monotone="increasing")


# --- helpers that check a table against its declared edges -----------------------------------


def probes(table):
    """Every edge, just below and just above it, and one point between each pair of edges."""
    edges = [F(edge) for edge in table.edges]
    points = [x + d for x in edges for d in (-TINY, 0, TINY)]
    points += [(low + high) / 2 for low, high in pairwise(edges)]
    points += [edges[0] - 1000, edges[-1] + 1000] if edges else [F(0), F(-(10**6)), F(10**6)]
    return points


def assert_total_and_exact(table):
    """Each point of the domain lies in exactly one band, which `lookup` returns; others fail."""
    for x in probes(table):
        holding = [band for band in table.bands if band.contains(x)]
        if table.domain.contains(x):
            assert len(holding) == 1, (table, x)
            assert table.band_for(x) is holding[0]
            assert table.lookup(x) == holding[0].value
        else:
            assert holding == []
            with pytest.raises(InvalidValueError, match="no band"):
                table.lookup(x)


def assert_edges_as_declared(table):
    for band in table.bands:
        if band.lower is not None:
            edge = F(band.lower)
            assert band.contains(edge) is band.lower_closed
            assert not band.contains(edge - TINY)
            if band.upper is None or band.upper > band.lower:
                assert band.contains(edge + TINY)
            if band.lower_closed:
                assert table.band_for(edge) is band
        if band.upper is not None:
            edge = F(band.upper)
            assert band.contains(edge) is band.upper_closed
            assert not band.contains(edge + TINY)
            if band.lower is None or band.upper > band.lower:
                assert band.contains(edge - TINY)
            if band.upper_closed:
                assert table.band_for(edge) is band


def assert_monotone(table):
    ranks = [rank_of(table.lookup(x)) for x in sorted(probes(table)) if table.domain.contains(x)]
    if table.monotone == "increasing":
        assert ranks == sorted(ranks)
    elif table.monotone == "decreasing":
        assert ranks == sorted(ranks, reverse=True)


# --- every table of the national policy, on every date --------------------------------------


def national_tables():
    found = []
    for name, parameter in NATIONAL.parameters.items():
        for version in parameter.versions:
            found.extend((name, version.effective_from, t) for t in tables_of(version.value))
    return found


def test_the_national_policy_holds_the_four_ported_tables():
    names = {name for name, _, _ in national_tables()}
    assert {
        "predicate_matrix",
        "work_result_bands",
        "pp30_predicate_bands",
        "pp30_achievement_bands",
        "pp46_category_bands",
    } <= names


@pytest.mark.parametrize(
    ("name", "on", "table"),
    national_tables(),
    ids=lambda v: v if isinstance(v, str) else str(v) if isinstance(v, date) else "",
)
def test_every_national_table_is_total_with_the_edges_it_declares(name, on, table):
    if isinstance(table, LookupMatrix):
        keys = [k if len(table.axes) > 1 else k[0] for k in product(*table.axes)]
        assert list(table) == keys
        for key in keys:
            parts = key if len(table.axes) > 1 else (key,)
            assert table.lookup(*parts) is table[key]
        return
    assert isinstance(table, BandTable), name
    assert table.monotone == "increasing", name
    assert_total_and_exact(table)
    assert_edges_as_declared(table)
    assert_monotone(table)


def test_national_tables_state_their_edges_exactly():
    work = NATIONAL.at(date(2024, 12, 31)).get("work_result_bands")
    assert work.describe("en") == (
        "x < 100 → Below expectations; 100 ≤ x < 101 → Meets expectations; "
        "x ≥ 101 → Above expectations"
    )
    old = NATIONAL.at(date(2021, 12, 31))
    predicate = old[pp30_2019.PP30_PREDICATE_BANDS]
    assert predicate.table.describe("id") == (
        "0 ≤ x < 50 → Sangat Kurang; 50 ≤ x < 70 → Kurang; 70 ≤ x < 90 → Cukup; 90 ≤ x ≤ 120 → Baik"
    )
    assert predicate.with_innovation.describe("id") == (
        "0 ≤ x < 50 → Sangat Kurang; 50 ≤ x < 70 → Kurang; 70 ≤ x < 90 → Cukup; "
        "90 ≤ x < 110 → Baik; 110 ≤ x ≤ 120 → Sangat Baik"
    )
    assert predicate.scale == Interval(0, 120, True, True)
    achievement = old[pp30_2019.PP30_ACHIEVEMENT_BANDS].table
    assert achievement.describe("en") == (
        "0 ≤ x < 60 → Very poor; 60 ≤ x < 80 → Poor; 80 ≤ x < 100 → Fair; "
        "100 ≤ x < 101 → Good; x ≥ 101 → Very good"
    )
    printed = NATIONAL.at(date(2020, 1, 1))[pp46_2011.PP46_CATEGORY_BANDS]
    lower, upper = printed.tables()
    assert lower is printed.table(pp46_2011.BandGapRule.LOWER_EDGE)
    assert upper is printed.table(pp46_2011.BandGapRule.UPPER_EDGE)
    assert lower.describe("en") == (
        "x < 51 → Bad; 51 ≤ x < 61 → Poor; 61 ≤ x < 76 → Fair; 76 ≤ x < 91 → Good; "
        "x ≥ 91 → Very good"
    )
    assert upper.describe("en") == (
        "x ≤ 50 → Bad; 50 < x ≤ 60 → Poor; 60 < x ≤ 75 → Fair; 75 < x ≤ 90 → Good; "
        "x > 90 → Very good"
    )
    with pytest.raises(InvalidValueError, match=r"^rule: must be a BandGapRule"):
        printed.table("lower-edge")


def test_table_backed_values_read_like_their_overrides():
    old = NATIONAL.at(date(2021, 12, 31))
    assert repr(old[pp30_2019.PP30_ACHIEVEMENT_BANDS]).startswith("AchievementBands({")
    assert repr(old[pp30_2019.PP30_PREDICATE_BANDS]).startswith("PredicateBands({")
    printed = NATIONAL.at(date(2020, 1, 1))[pp46_2011.PP46_CATEGORY_BANDS]
    assert repr(printed).startswith("PrintedBands({")
    assert tables_of(42) == ()
    assert tables_of(work_bands()) == (work_bands(),)


# --- band tables: generated -------------------------------------------------------------------


@given(kst.band_tables())
def test_every_generated_table_is_total_over_its_domain(table):
    assert_total_and_exact(table)


@given(kst.band_tables())
def test_every_edge_behaves_as_declared(table):
    assert_edges_as_declared(table)


@given(kst.band_tables(monotone=True))
def test_monotone_tables_are_monotone(table):
    assert table.monotone == "increasing"
    assert_monotone(table)


@given(kst.band_tables(), st.fractions(min_value=-400, max_value=400))
def test_lookup_agrees_with_the_bands_for_any_fraction(table, x):
    holding = [band for band in table.bands if band.contains(x)]
    assert len(holding) == (1 if table.domain.contains(x) else 0)
    if holding:
        assert table.lookup(x) == holding[0].value
        assert table.lookup(x, field="score") == holding[0].value
    else:
        with pytest.raises(InvalidValueError, match=r"^score: no band"):
            table.lookup(x, field="score")


@given(kst.band_tables(), st.integers(min_value=-400, max_value=400))
def test_int_decimal_and_fraction_lookups_agree(table, n):
    if table.domain.contains(n):
        assert table.lookup(n) == table.lookup(D(n)) == table.lookup(F(n))
        assert table.band_for(n) is table.band_for(D(n)) is table.band_for(F(n))


@given(kst.band_tables())
def test_round_trip_through_plain_data(table):
    data = json.loads(json.dumps(table.to_dict()))
    assert BandTable.from_dict(data, int) == table


@given(kst.band_tables(monotone=True))
def test_monotone_declaration_survives_the_round_trip(table):
    again = BandTable.from_dict(table.to_dict(), int)
    assert again.monotone == "increasing"
    assert again == table


# --- band tables: examples at each edge --------------------------------------------------------


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (D("99.99"), B),
        (F(100) - TINY, B),
        (100, S),
        (D("100.000"), S),
        (F(100), S),
        (F(101) - TINY, S),
        (101, A),
        (F(101) + TINY, A),
        (-(10**9), B),
        (10**9, A),
    ],
)
def test_lower_edges_inclusive_work_result_shape(x, expected):
    assert work_bands().lookup(x) is expected


@pytest.mark.parametrize(
    ("x", "grade"),
    [
        (0, "D"),
        (30, "D"),
        (D("30.01"), "C"),
        (50, "C"),
        (F(50) + TINY, "CC"),
        (80, "BB"),
        (D("80.01"), "A"),
        (90, "A"),
        (D("90.01"), "AA"),
        (F(90) + TINY, "AA"),
        (100, "AA"),
    ],
)
def test_sakip_grades_lower_edges_exclusive(x, grade):
    sakip = BandTable.from_lower_edges(
        [(0, "D"), (30, "C"), (50, "CC"), (60, "B"), (70, "BB"), (80, "A"), (90, "AA")],
        upper=100,
        closed="upper",
    )
    assert sakip.lookup(x) == grade
    assert sakip.domain == Interval(0, 100, lower_closed=True, upper_closed=True)
    assert sakip.bands[0].describe("en") == "0 ≤ x ≤ 30"
    assert sakip.bands[-1].describe("en") == "90 < x ≤ 100"


@pytest.mark.parametrize("x", [-1, D("-0.01"), D("100.01"), 101, F(100) + TINY])
def test_sakip_grades_refuse_numbers_off_the_0_to_100_scale(x):
    sakip = BandTable.from_lower_edges([(0, "D"), (90, "AA")], upper=100, closed="upper")
    with pytest.raises(InvalidValueError, match=r"^nilai: no band.*covers 0 ≤ x ≤ 100"):
        sakip.lookup(x, field="nilai")


class Absence(enum.Enum):
    NONE = "tidak ada"
    VERBAL = "teguran lisan"
    WRITTEN = "teguran tertulis"
    STATEMENT = "pernyataan tidak puas"
    DEMOTION = "penurunan jabatan"

    @property
    def rank(self):
        return list(Absence).index(self)


ABSENCE_DAYS = BandTable.from_lower_edges(
    [
        (0, Absence.NONE),
        (3, Absence.VERBAL),
        (4, Absence.WRITTEN),
        (7, Absence.STATEMENT),
        (28, Absence.DEMOTION),
    ],
    monotone="increasing",
)


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (0, Absence.NONE),
        (1, Absence.NONE),
        (2, Absence.NONE),
        (3, Absence.VERBAL),
        (4, Absence.WRITTEN),
        (6, Absence.WRITTEN),
        (7, Absence.STATEMENT),
        (27, Absence.STATEMENT),
        (28, Absence.DEMOTION),
        (1000, Absence.DEMOTION),
    ],
)
def test_pp94_absence_days_as_integer_bands(days, expected):
    assert ABSENCE_DAYS.lookup(days) is expected
    with pytest.raises(InvalidValueError, match=r"^days: .*covers x ≥ 0"):
        ABSENCE_DAYS.lookup(-1, field="days")


def test_tpp_lateness_minutes_from_inclusive_to_exclusive():
    lateness = BandTable.from_lower_edges(
        [(1, D("0.5")), (31, D(1)), (61, D("1.25")), (91, D("1.5"))], monotone="increasing"
    )
    cases = {1: "0.5", 30: "0.5", 31: "1", 60: "1", 61: "1.25", 90: "1.25", 91: "1.5", 480: "1.5"}
    for minutes, percent in cases.items():
        assert lateness.lookup(minutes) == D(percent), minutes
    assert [band.describe("en") for band in lateness] == [
        "1 ≤ x < 31",
        "31 ≤ x < 61",
        "61 ≤ x < 91",
        "x ≥ 91",
    ]
    with pytest.raises(InvalidValueError, match="minutes"):
        lateness.lookup(0, field="minutes")


def test_a_point_band_holds_exactly_its_number():
    table = BandTable(
        (
            Band("below", None, 5),
            Band("at", 5, 5, True, True),
            Band("above", 5, None, lower_closed=False),
        )
    )
    assert [table.lookup(x) for x in (F(5) - TINY, 5, D("5.000"), F(5) + TINY)] == [
        "below",
        "at",
        "at",
        "above",
    ]
    assert table.bands[1].describe("id") == "x = 5"


def test_a_single_band_covers_every_number():
    table = BandTable((Band("all"),))
    assert table.lookup(-(10**30)) == table.lookup(D("1e30")) == "all"
    assert table.domain == Interval(None, None)
    assert table.edges == ()
    assert table.describe("id") == "semua x → all"
    assert table.describe("en") == "any x → all"


@pytest.mark.parametrize(
    ("table", "edges"),
    [
        (work_bands(), (D(100), D(101))),
        (BandTable.from_lower_edges([(None, 1), ("99.5", 2)]), (D("99.5"),)),
        (BandTable.from_lower_edges([(0, 1)], upper=10), (D(0), D(10))),
    ],
)
def test_edges_are_listed_and_ints_compare_with_fractional_edges(table, edges):
    assert table.edges == edges
    if edges == (D("99.5"),):
        assert table.lookup(99) == 1
        assert table.lookup(100) == 2
        assert table.lookup(F(199, 2)) == 2
        assert table.lookup(F(199, 2) - TINY) == 1


# --- band tables: construction is checked ----------------------------------------------------


@pytest.mark.parametrize(
    ("bands", "match"),
    [
        ((Band(1, None, 10), Band(2, 11, None)), r"^bands: gap: .*no gap, no overlap"),
        ((Band(1, None, 10), Band(2, 10, None, lower_closed=False)), r"^bands: gap: "),
        ((Band(1, None, 10, upper_closed=True), Band(2, 10, None)), r"^bands: overlap: "),
        ((Band(1, None, 10), Band(2, 9, None)), r"^bands: overlap: "),
        ((Band(1, None, None), Band(2, 9, None)), r"^bands: overlap: "),
        ((Band(1, 10, 20), Band(2, 0, 10)), r"^bands: out of order: "),
        ((Band(1, 0, 10), Band(2, 10, 20), Band(3, 5, 10)), r"^bands: out of order: "),
        ((Band(1, 0, 10), Band(2, None, 30)), r"^bands: overlap: "),
        ((), r"^bands: needs at least one band"),
        ((Band(1, 0, 10), (10, 20)), r"^bands\[1\]: must be a Band"),
        ("bands", r"^bands: must be a sequence"),
    ],
)
def test_gaps_overlaps_and_disorder_are_rejected(bands, match):
    with pytest.raises(InvalidValueError, match=match):
        BandTable(bands)


def test_the_message_shows_both_bands_where_they_fail_to_meet():
    with pytest.raises(InvalidValueError) as caught:
        BandTable((Band(1, None, 10), Band(2, 11, None)))
    assert caught.value.field == "bands"
    assert caught.value.value == "x < 10; x ≥ 11"


def test_a_declared_domain_must_be_covered_exactly():
    bands = (Band(1, 0, 50), Band(2, 50, 100, upper_closed=True))
    assert BandTable(bands, domain=Interval(0, 100, upper_closed=True)).domain.upper == 100
    for wrong in (Interval(0, 100), Interval(0, 101, upper_closed=True), Interval(None, 100)):
        with pytest.raises(InvalidValueError, match=r"^domain: the bands must cover exactly"):
            BandTable(bands, domain=wrong)
    with pytest.raises(InvalidValueError, match=r"^domain: must be an Interval"):
        BandTable(bands, domain=(0, 100))


@pytest.mark.parametrize(
    ("values", "monotone"),
    [((1, 3, 2), "increasing"), ((3, 1, 2), "decreasing"), ((B, A, S), "increasing")],
)
def test_declared_monotonicity_is_checked(values, monotone):
    rows = list(zip((None, 10, 20), values, strict=True))
    with pytest.raises(InvalidValueError, match=rf"^bands: the values must be {monotone} in x"):
        BandTable.from_lower_edges(rows, monotone=monotone)


def test_monotone_allows_equal_neighbours_and_checks_direction():
    rising = BandTable.from_lower_edges([(None, 1), (10, 1), (20, 2)], monotone="increasing")
    falling = BandTable.from_lower_edges([(None, 2), (10, 2), (20, 1)], monotone="decreasing")
    assert (rising.lookup(25), falling.lookup(25)) == (2, 1)
    with pytest.raises(InvalidValueError, match="monotone"):
        BandTable.from_lower_edges([(None, 1)], monotone="up")
    with pytest.raises(InvalidValueError, match=r"^monotone: .*have a rank"):
        BandTable.from_lower_edges([(None, "a"), (1, "b")], monotone="increasing")


@pytest.mark.parametrize(
    ("build", "match"),
    [
        (lambda: Band(1, 5, 4), r"^upper: must not be below lower"),
        (lambda: Band(1, 5, 5), r"^upper: an interval whose edges are equal"),
        (lambda: Band(1, 5, 5, True, False), "equal"),
        (lambda: Band(1, 5, 5, False, True), "equal"),
        (lambda: Band(1, None, 5, lower_closed=True), r"^lower_closed: an unbounded lower edge"),
        (lambda: Band(1, 5, None, upper_closed=True), r"^upper_closed: an unbounded upper edge"),
        (lambda: Band(1, 5.0, 6), r"^lower: float"),
        (lambda: Band(1, 5, "six"), r"^upper: not a decimal number"),
        (lambda: Band(1, 5, 6, 1, False), r"^lower_closed: must be True or False"),
        (lambda: Interval(5, 4), r"^upper: must not be below"),
        (lambda: Interval(None, 4, True), r"^lower_closed"),
    ],
)
def test_band_and_interval_validation(build, match):
    with pytest.raises(InvalidValueError, match=match):
        build()


def test_closedness_defaults_follow_the_edges():
    assert Band(1, 5).lower_closed is True
    assert Band(1, None, 5).lower_closed is False
    assert Band(1, 5).upper_closed is False
    assert Interval(0, 1).lower_closed is True
    assert Interval(None, 1).lower_closed is False


@pytest.mark.parametrize(
    ("rows", "kwargs", "match"),
    [
        ([], {}, r"^rows: needs at least one"),
        ([(None, 1), (None, 2)], {}, r"^rows\[1\]: only the first row"),
        ([(None, 1), (5,)], {}, r"^rows\[1\]: must be a \(lower edge, value\) pair"),
        ([[None, 1]], {}, r"^rows\[0\]: must be"),
        ([(None, 1)], {"closed": "both"}, r"^closed: must be 'lower' or 'upper'"),
        ([(None, 1), (5, 2), (3, 3)], {}, r"^upper: must not be below lower"),
        ([(None, 1), (5, 2), (5, 3)], {}, r"^upper: an interval whose edges are equal"),
        ("rows", {}, r"^rows: must be a sequence"),
    ],
)
def test_from_lower_edges_rejects_malformed_rows(rows, kwargs, match):
    with pytest.raises(InvalidValueError, match=match):
        BandTable.from_lower_edges(rows, **kwargs)


def test_from_lower_edges_sets_every_closedness_flag():
    lower = BandTable.from_lower_edges([(0, "a"), (10, "b")], upper=20)
    assert [(b.lower_closed, b.upper_closed) for b in lower] == [(True, False), (True, True)]
    upper = BandTable.from_lower_edges([(0, "a"), (10, "b")], upper=20, closed="upper")
    assert [(b.lower_closed, b.upper_closed) for b in upper] == [(True, True), (False, True)]
    opened = BandTable.from_lower_edges(
        [(0, "a"), (10, "b")], upper=20, lower_closed=False, upper_closed=False
    )
    assert [(b.lower_closed, b.upper_closed) for b in opened] == [(False, False), (True, False)]
    unbounded = BandTable.from_lower_edges([(None, "a"), (10, "b")], closed="upper")
    assert [(b.lower_closed, b.upper_closed) for b in unbounded] == [(False, True), (False, False)]


# --- band tables: looked-up numbers ----------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "match"),
    [
        (100.0, r"^achievement: float is not accepted"),
        (True, r"^achievement: a boolean is not a number"),
        (D("NaN"), r"^achievement: must be a finite number"),
        (D("Infinity"), r"^achievement: must be a finite number"),
        (D("-Infinity"), r"^achievement: must be a finite number"),
        ("100", r"^achievement: expected int, Decimal or Fraction, not str"),
        (None, r"^achievement: expected int, Decimal or Fraction, not NoneType"),
    ],
)
def test_inexact_or_non_numbers_are_refused_naming_the_field(bad, match):
    table = work_bands()
    for call in (table.lookup, table.band_for, table.why):
        with pytest.raises(InvalidValueError, match=match):
            call(bad, field="achievement")
    with pytest.raises(InvalidValueError, match=r"^x: "):
        table.lookup(bad)


def test_subclasses_of_exact_numbers_are_accepted_as_plain_numbers():
    class Big(int):
        pass

    class Dec(D):
        pass

    class Frac(F):
        pass

    table = work_bands()
    assert table.lookup(Big(100)) is S
    assert table.lookup(Dec("100.5")) is S
    assert table.lookup(Frac(202, 2)) is A
    assert type(comparable_number(Big(3), field="x")) is int
    assert type(comparable_number(Dec("3"), field="x")) is D
    assert type(comparable_number(Frac(3), field="x")) is F


def test_out_of_domain_errors_name_field_value_and_domain():
    table = BandTable.from_lower_edges([(0, "low"), (50, "high")], upper=100)
    with pytest.raises(InvalidValueError) as caught:
        table.lookup(D("100.5"), field="score")
    assert caught.value.field == "score"
    assert caught.value.value == D("100.5")
    assert "the table covers 0 ≤ x ≤ 100" in caught.value.reason


# --- explanations ------------------------------------------------------------------------------


def test_why_names_the_row_in_both_languages():
    table = BandTable.from_lower_edges([(None, "Kurang"), (80, "Cukup"), (100, "Baik")])
    why = table.why(D("87.5"))
    assert why.id == "87,5 berada pada rentang 80 ≤ x < 100 → Cukup"
    assert why.en == "87.5 lies in 80 ≤ x < 100 → Cukup"
    assert table.why(F(175, 2)).id == why.id
    assert table.why(F(1, 3)).en == "1/3 lies in x < 80 → Kurang"
    assert table.why(F(3, 20)).id == "0,15 berada pada rentang x < 80 → Kurang"
    assert table.why(F(-1, 5)).en == "-0.2 lies in x < 80 → Kurang"
    assert table.why(F(7, 30)).id == "7/30 berada pada rentang x < 80 → Kurang"
    assert table.why(100).id == "100 berada pada rentang x ≥ 100 → Baik"
    rated = work_bands().why(D("100.25"))
    assert rated("id") == "100,25 berada pada rentang 100 ≤ x < 101 → Sesuai Ekspektasi"
    assert rated("en") == "100.25 lies in 100 ≤ x < 101 → Meets expectations"


def test_band_why_refuses_a_number_outside_the_band():
    band = Band("Cukup", 80, 100)
    assert band.why(80).en == "80 lies in 80 ≤ x < 100 → Cukup"
    with pytest.raises(InvalidValueError, match=r"^x: does not lie in the band 80 ≤ x < 100"):
        band.why(100)


@pytest.mark.parametrize(
    ("interval", "en", "id_"),
    [
        (Interval(80, 100), "80 ≤ x < 100", "80 ≤ x < 100"),
        (Interval(90, 100, False, True), "90 < x ≤ 100", "90 < x ≤ 100"),
        (Interval("0.5", "1.25", True, True), "0.5 ≤ x ≤ 1.25", "0,5 ≤ x ≤ 1,25"),
        (Interval(101, None), "x ≥ 101", "x ≥ 101"),
        (Interval(90, None, False), "x > 90", "x > 90"),
        (Interval(None, 50, False, True), "x ≤ 50", "x ≤ 50"),
        (Interval(None, "-2.5"), "x < -2.5", "x < -2,5"),
        (Interval(5, 5, True, True), "x = 5", "x = 5"),
        (Interval(None, None), "any x", "semua x"),
    ],
)
def test_intervals_read_as_formulas(interval, en, id_):
    assert interval.describe("en") == str(interval) == interval.label("en") == en
    assert interval.describe("id") == interval.label("id") == id_


def test_descriptions_need_a_known_language():
    with pytest.raises(InvalidValueError, match="lang"):
        Interval(0, 1).describe("fr")
    with pytest.raises(InvalidValueError, match="lang"):
        Band("a", 0, 1).label("fr")


def test_plain_data_states_edges_as_strings_and_closedness_as_bools():
    data = BandTable.from_lower_edges(
        [(0, Rating.BELOW_EXPECTATIONS), ("99.5", Rating.MEETS_EXPECTATIONS)],
        upper=100,
        closed="upper",
        monotone="increasing",
    ).to_dict()
    assert data == {
        "bands": [
            {
                "value": "Di Bawah Ekspektasi",
                "lower": "0",
                "upper": "99.5",
                "lower_closed": True,
                "upper_closed": True,
            },
            {
                "value": "Sesuai Ekspektasi",
                "lower": "99.5",
                "upper": "100",
                "lower_closed": False,
                "upper_closed": True,
            },
        ],
        "domain": {"lower": "0", "upper": "100", "lower_closed": True, "upper_closed": True},
        "monotone": "increasing",
    }
    assert BandTable.from_dict(data, Rating).lookup(D("99.5")) is Rating.BELOW_EXPECTATIONS


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ([], r"^data: must be a mapping with bands, domain, monotone"),
        ({"bands": [], "domain": {}}, r"^data: "),
        ({"bands": [{"lower": None}], "domain": {}, "monotone": None}, r"^bands\[0\]: must be"),
        (
            {
                "bands": [
                    {"lower": None, "upper": None, "lower_closed": False, "upper_closed": False}
                ],
                "domain": {},
                "monotone": None,
            },
            r"^bands\[0\]: needs a value",
        ),
        (
            {
                "bands": [
                    {
                        "value": "nope",
                        "lower": None,
                        "upper": None,
                        "lower_closed": False,
                        "upper_closed": False,
                    }
                ],
                "domain": {},
                "monotone": None,
            },
            r"^bands\[0\]\.value: not accepted",
        ),
        (
            {
                "bands": [
                    {
                        "value": "Baik",
                        "lower": None,
                        "upper": None,
                        "lower_closed": False,
                        "upper_closed": False,
                    }
                ],
                "domain": {"lower": None},
                "monotone": None,
            },
            r"^domain: must be a mapping with lower",
        ),
    ],
)
def test_from_dict_reports_malformed_data(data, match):
    with pytest.raises(InvalidValueError, match=match):
        BandTable.from_dict(data, Predicate)


def test_from_dict_passes_library_errors_through():
    data = work_bands().to_dict()
    data["bands"][0]["value"] = "x"

    def strict(value):
        raise InvalidValueError("rating", value, "refused")

    with pytest.raises(InvalidValueError, match=r"^rating: refused"):
        BandTable.from_dict(data, strict)


def test_bands_render_in_explanations_with_their_labels():
    band = work_bands().bands[1]
    assert band.label("id") == "100 ≤ x < 101 → Sesuai Ekspektasi"
    assert band.label("en") == str(band) == "100 ≤ x < 101 → Meets expectations"
    assert band.interval == Interval(100, 101)
    assert repr(band) == (
        "Band(value=Rating.MEETS_EXPECTATIONS, lower=Decimal('100'), upper=Decimal('101'), "
        "lower_closed=True, upper_closed=False)"
    )
    assert Band(D("1.5"), 0).label("id") == "x ≥ 0 → 1,5"


def test_tables_iterate_over_their_rows_and_compare_by_value():
    table = work_bands()
    assert len(table) == 3
    assert [band.value for band in table] == [B, S, A]
    assert table == work_bands()
    assert hash(table) == hash(work_bands())
    assert table != BandTable.from_lower_edges([(None, B), (100, S), (101, A)])
    assert table != BandTable.from_lower_edges([(None, B), (100, S), (102, A)])


# --- lookup matrices ---------------------------------------------------------------------------


class Potential(enum.Enum):
    LOW = "rendah"
    MEDIUM = "menengah"
    HIGH = "tinggi"


NINE_BOX = {(p, r): 3 * i + j + 1 for i, p in enumerate(Potential) for j, r in enumerate(Rating)}


def test_nine_box_over_two_different_enums():
    box = LookupMatrix((Potential, Rating), NINE_BOX, value_type=int)
    assert len(box) == 9
    assert box.lookup(Potential.HIGH, Rating.ABOVE_EXPECTATIONS) == 7
    assert box.lookup(Potential.LOW, Rating.BELOW_EXPECTATIONS) == 3
    assert box[(Potential.MEDIUM, Rating.MEETS_EXPECTATIONS)] == 5
    assert box.axes == (Potential, Rating)
    assert list(box.cells) == list(product(Potential, Rating))
    assert box.why(Potential.HIGH, Rating.BELOW_EXPECTATIONS) == box.why(
        Potential.HIGH, Rating.BELOW_EXPECTATIONS, field="box"
    )
    why = box.why(Potential.HIGH, Rating.BELOW_EXPECTATIONS)
    assert why.id == "sel tinggi × Di Bawah Ekspektasi → 9"
    assert why.en == "cell tinggi × Below expectations → 9"


def test_one_axis_percentage_table_keyed_by_a_member():
    percent = LookupMatrix(Predicate, {p: str(20 * p.rank) for p in Predicate}, value_type=D)
    assert percent.lookup(Predicate.GOOD) == D(80)
    assert percent[Predicate.VERY_POOR] == D(20)
    assert set(percent) == set(Predicate)
    assert percent.why(Predicate.GOOD).en == "cell Good → 80"
    assert percent.why(Predicate.GOOD).id == "sel Baik → 80"
    assert percent.to_dict()["cells"][0] == {"key": ["Sangat Baik"], "value": "100"}
    assert repr(percent).startswith("LookupMatrix((Predicate,), {Predicate.VERY_GOOD: Decimal(")
    with pytest.raises(InvalidValueError, match=r"^key: must be one of Predicate\.VERY_GOOD"):
        percent.lookup(Rating.MEETS_EXPECTATIONS)
    with pytest.raises(InvalidValueError, match=r"^percent\[Sangat Baik\]: not a decimal number"):
        LookupMatrix(Predicate, dict.fromkeys(Predicate, "x"), value_type=D, field="percent")


def test_a_matrix_is_a_mapping_equal_to_its_cells():
    matrix = LookupMatrix((Potential, Rating), NINE_BOX)
    assert matrix == NINE_BOX
    assert matrix == LookupMatrix((Potential, Rating), dict(NINE_BOX))
    assert hash(matrix) == hash(LookupMatrix((Potential, Rating), dict(NINE_BOX)))
    assert hash(matrix) == hash(matrix)  # cached
    assert matrix != {**NINE_BOX, (Potential.LOW, B): 0}
    assert (matrix == 3) is False
    assert dict(matrix) == NINE_BOX
    assert (Potential.LOW, B) in matrix
    assert (Rating.BELOW_EXPECTATIONS, Potential.LOW) not in matrix
    assert [1] not in matrix
    assert matrix.get((Potential.LOW, "x")) is None


@pytest.mark.parametrize(
    ("keys", "field", "match"),
    [
        ((Potential.LOW,), "key", r"^key: needs 2 key\(s\): \(Potential, Rating\) pairs"),
        ((Potential.LOW, B, B), "key", r"^key: needs 2 key\(s\)"),
        ((), "key", r"^key: needs 2"),
        ((B, Potential.LOW), "cell", r"^cell\[0\]: must be one of Potential\.LOW, Potential"),
        ((Potential.LOW, "Sesuai Ekspektasi"), "key", r"^key\[1\]: must be one of Rating\."),
        ((Potential.LOW, [1]), "key", r"^key\[1\]: must be one of Rating\.ABOVE_EXPECTATIONS"),
        (((Potential.LOW, B),), "key", r"^key: needs 2 key\(s\)"),
    ],
)
def test_wrong_keys_name_the_field_and_the_valid_members(keys, field, match):
    matrix = LookupMatrix((Potential, Rating), NINE_BOX)
    with pytest.raises(InvalidValueError, match=match):
        matrix.lookup(*keys, field=field)


def test_a_missing_combination_is_named_and_extra_keys_are_rejected():
    partial = {k: v for k, v in NINE_BOX.items() if k != (Potential.HIGH, B)}
    with pytest.raises(InvalidValueError) as caught:
        LookupMatrix((Potential, Rating), partial, field="box")
    assert caught.value.field == "box"
    assert caught.value.value == "tinggi × Di Bawah Ekspektasi"
    assert "all 9 (Potential, Rating) pairs" in caught.value.reason
    with pytest.raises(InvalidValueError, match=r"^box: keys must be \(Potential, Rating\) pairs"):
        LookupMatrix((Potential, Rating), {**NINE_BOX, "extra": 1}, field="box")
    with pytest.raises(InvalidValueError, match=r"^cells: keys must be Potential members"):
        LookupMatrix(Potential, {(p,): 1 for p in Potential})
    with pytest.raises(
        InvalidValueError, match=r"keys must be \(Potential, Rating, Rating\) tuples"
    ):
        LookupMatrix((Potential, Rating, Rating), NINE_BOX)
    with pytest.raises(InvalidValueError, match=r"^cells: must be a mapping of Potential members"):
        LookupMatrix(Potential, [1, 2, 3])
    with pytest.raises(
        InvalidValueError, match=r"^box\[rendah, Di Atas Ekspektasi\]: must be a str"
    ):
        LookupMatrix((Potential, Rating), NINE_BOX, value_type=str, field="box")


@pytest.mark.parametrize(
    ("axes", "match"),
    [
        ((), r"^axes: needs at least one axis"),
        ((int,), r"^axes: each axis must be an Enum class"),
        ("Rating", r"^axes: "),
        ((Rating, "Rating"), r"^axes: each axis must be an Enum class"),
    ],
)
def test_axes_must_be_enums(axes, match):
    with pytest.raises(InvalidValueError, match=match):
        LookupMatrix(axes, {})


def test_enums_that_mix_in_str_need_real_members():
    class Grade(str, enum.Enum):  # noqa: UP042 (the point is a str mix-in)
        GOOD = "good"
        BAD = "bad"

    matrix = LookupMatrix(Grade, {Grade.GOOD: 1, Grade.BAD: 0})
    assert matrix.lookup(Grade.GOOD) == 1
    with pytest.raises(InvalidValueError, match=r"^key: must be one of Grade\.GOOD, Grade\.BAD"):
        matrix.lookup("good")
    assert "good" not in matrix
    with pytest.raises(InvalidValueError, match="keys must be Grade members"):
        LookupMatrix(Grade, {"good": 1, Grade.BAD: 0})


def test_matrix_round_trips_through_plain_data():
    matrix = NATIONAL.latest()[PREDICATE_MATRIX]
    data = json.loads(json.dumps(matrix.to_dict()))
    assert data["axes"] == ["Rating", "Rating"]
    assert data["cells"][0] == {
        "key": ["Di Atas Ekspektasi", "Di Atas Ekspektasi"],
        "value": "Sangat Baik",
    }
    assert LookupMatrix.from_dict(data, (Rating, Rating), Predicate) == matrix
    with pytest.raises(InvalidValueError, match=r"^axes: must be \['Potential', 'Rating'\]"):
        LookupMatrix.from_dict(data, (Potential, Rating), Predicate)
    with pytest.raises(InvalidValueError, match=r"^data: must be a mapping with axes and cells"):
        LookupMatrix.from_dict([], (Rating, Rating), Predicate)
    broken = {**data, "cells": [{"key": ["Di Atas Ekspektasi"], "value": "Baik"}]}
    with pytest.raises(InvalidValueError, match=r"^cells\[0\]\.key: needs 2 parts"):
        LookupMatrix.from_dict(broken, (Rating, Rating), Predicate)
    broken = {**data, "cells": [{"key": ["Di Atas Ekspektasi", "x"], "value": "Baik"}]}
    with pytest.raises(InvalidValueError, match=r"^cells\[0\]: not accepted"):
        LookupMatrix.from_dict(broken, (Rating, Rating), Predicate)
    broken = {**data, "cells": [["Di Atas Ekspektasi"]]}
    with pytest.raises(InvalidValueError, match=r"^cells\[0\]: must be a mapping with key"):
        LookupMatrix.from_dict(broken, (Rating, Rating), Predicate)


def test_from_dict_passes_library_errors_of_the_value_converter_through():
    data = LookupMatrix(Potential, dict.fromkeys(Potential, 1)).to_dict()

    def strict(value):
        raise InvalidValueError("value", value, "refused")

    with pytest.raises(InvalidValueError, match=r"^value: refused"):
        LookupMatrix.from_dict(data, Potential, strict)
    assert LookupMatrix.from_dict(data, [Potential], int) == dict.fromkeys(Potential, 1)


@given(kst.lookup_matrices((Potential, Rating), st.integers()), kst.ratings())
def test_generated_matrices_are_total_and_round_trip(matrix, rating):
    for potential in Potential:
        assert matrix.lookup(potential, rating) == matrix[(potential, rating)]
    assert LookupMatrix.from_dict(matrix.to_dict(), (Potential, Rating), int) == matrix


@given(kst.lookup_matrices((Predicate,), kst.decimals()))
def test_generated_one_axis_matrices_are_keyed_by_members(matrix):
    assert set(matrix) == set(Predicate)


# --- tables as parameters ----------------------------------------------------------------------


def test_matrix_check_converts_a_plain_dict_and_rejects_other_axes():
    check = matrix_check("box", (Potential, Rating), int)
    converted = check(dict(NINE_BOX))
    assert isinstance(converted, LookupMatrix)
    assert converted == NINE_BOX
    assert check(converted) == converted
    other = LookupMatrix((Rating, Potential), {(r, p): 1 for r in Rating for p in Potential})
    with pytest.raises(InvalidValueError, match=r"^box: must be a matrix of \(Potential, Rating\)"):
        check(other)
    with pytest.raises(
        InvalidValueError, match=r"^box\[rendah, Di Atas Ekspektasi\]: must be a int"
    ):
        check({**NINE_BOX, (Potential.LOW, A): "1"})


def test_band_table_check_checks_type_domain_and_direction():
    scale = Interval(0, 100, upper_closed=True)
    check = band_table_check("grades", str, domain=scale, monotone="increasing")
    good = BandTable.from_lower_edges([(0, "a"), (50, "b")], upper=100)
    with pytest.raises(InvalidValueError, match=r"^grades: must be a BandTable of str"):
        check({"a": 1})
    with pytest.raises(InvalidValueError, match=r"^grades\[1\]: must be a str"):
        check(BandTable.from_lower_edges([(0, "a"), (50, 2)], upper=100))
    with pytest.raises(InvalidValueError, match=r"^grades: must cover exactly 0 ≤ x ≤ 100"):
        check(BandTable.from_lower_edges([(0, "a")], upper=100, upper_closed=False))
    with pytest.raises(InvalidValueError, match=r"^monotone: .*have a rank"):
        check(good)  # text has no rank, so a direction cannot be verified
    numbers = band_table_check("n", int, monotone="decreasing")
    table = numbers(BandTable.from_lower_edges([(None, 3), (5, 1)]))
    assert table.monotone == "decreasing"
    assert numbers(table) is table
    with pytest.raises(InvalidValueError, match=r"^bands: the values must be decreasing"):
        numbers(BandTable.from_lower_edges([(None, 1), (5, 3)]))
    assert band_table_check("free", str)(good) is good
    adapted = band_table_check("a", str, adapt=lambda v: good if v == "national" else v)
    assert adapted("national") is good


def test_a_table_parameter_is_dated_and_cited_like_any_other():
    spec = ParameterSpec(
        "sakip_grades",
        "SAKIP grade of an evaluation score.",
        band_table_check("sakip_grades", str, domain=Interval(0, 100, upper_closed=True)),
    )
    grades = BandTable.from_lower_edges([(0, "D"), (90, "AA")], upper=100, closed="upper")

    policy = Policy(
        "test",
        [Parameter(spec, Version(date(2024, 1, 1), grades, Citation("PermenPANRB 88/2021", "1")))],
    )
    resolved = policy.at(date(2024, 6, 1)).resolve(spec)
    assert resolved.value.lookup(90) == "D"
    assert resolved.citation.regulation == "PermenPANRB 88/2021"
    with pytest.raises(InvalidValueError, match=r"^sakip_grades: must cover exactly"):
        policy.replace({spec: BandTable.from_lower_edges([(0, "D")], upper=90)})
    rising = ParameterSpec(
        "n", "Rising numbers.", band_table_check("n", int, monotone="increasing")
    )
    with pytest.raises(InvalidValueError, match=r"^n: bands: the values must be increasing"):
        rising.validate(BandTable.from_lower_edges([(None, 2), (5, 1)]))
    with pytest.raises(InvalidValueError, match=r"^n: n\[1\]: must be a int"):
        rising.validate(BandTable.from_lower_edges([(None, 2), (5, "3")]))


def test_rank_of_uses_ranks_or_numbers():
    assert rank_of(A) == 3
    assert rank_of(D("1.5")) == D("1.5")
    assert rank_of(F(1, 2)) == F(1, 2)
    assert rank_of(7) == 7
    for bad in (True, "a", None, 1.5):
        with pytest.raises(InvalidValueError, match=r"^monotone: "):
            rank_of(bad)


# --- bad input never escapes as another exception type ----------------------------------------

ANYTHING = anything(
    st.fractions(),
    st.sampled_from([*Rating, *Potential, Rating, Potential]),
    kst.band_tables(),
)


@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b, c, d):
    table = work_bands()
    matrix = LookupMatrix((Potential, Rating), NINE_BOX)
    outcome_of(table.lookup, a)
    outcome_of(table.why, a)
    outcome_of(matrix.lookup, a, b)
    outcome_of(matrix.why, a)
    outcome_of(Band, a, b, c, d)
    outcome_of(Interval, a, b, c, d)
    outcome_of(BandTable, a, b)
    outcome_of(BandTable.from_lower_edges, a)
    outcome_of(BandTable.from_lower_edges, [(None, a), (b, c)], upper=d)
    outcome_of(LookupMatrix, a, b)
    outcome_of(BandTable.from_dict, a, int)
    outcome_of(LookupMatrix.from_dict, a, Potential, int)
    outcome_of(comparable_number, a, field="x")
    outcome_of(matrix_check("m", Potential, int), a)
    outcome_of(band_table_check("t", int, monotone="increasing"), a)
