"""Assertions that kill mutants of `core/tables.py` (mutation testing).

The table tests check lookups and shapes; these pin each refusal's field, value and reason (the
payload a caller shows), the `why` texts in both languages, closed and open band edges in `why`,
the field named through a converted number, and the `repr` of a matrix with several axes.
"""

import enum
from decimal import Decimal
from fractions import Fraction

import pytest

from kinerja_core import InvalidValueError, Predicate, Rating
from kinerja_core.core import (
    Band,
    BandTable,
    Interval,
    LookupMatrix,
    Text,
    band_table_check,
    comparable_number,
    matrix_check,
    rank_of,
)

A, S, B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS
TABLE = BandTable.from_lower_edges([(None, B), (100, S), (101, A)], monotone="increasing")
FROM_ZERO = BandTable.from_lower_edges([(0, B), (100, S)])
MATRIX = LookupMatrix((Rating, Rating), {(x, y): Predicate.GOOD for x in Rating for y in Rating})
FLOAT = "float is not accepted because it is inexact; pass an int, a Decimal or a Fraction"
ALL_RATINGS = "Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS"


class One(enum.Enum):
    X = "x"


def half_band_data(**extra):
    row = {"lower": None, "upper": None, "lower_closed": False, "upper_closed": False}
    return {**TABLE.to_dict(), "bands": [{**row, **extra}]}


CASES = [
    (lambda: comparable_number(True, field="f"), ("f", True, "a boolean is not a number")),
    (lambda: comparable_number(1.5, field="f"), ("f", 1.5, FLOAT)),
    (
        lambda: comparable_number(Decimal("NaN"), field="f"),
        ("f", "NaN", "must be a finite number (not NaN or infinity)"),
    ),
    (
        lambda: comparable_number("1", field="f"),
        ("f", "1", "expected int, Decimal or Fraction, not str"),
    ),
    (
        lambda: Interval(None, 5, lower_closed=True),
        ("lower_closed", True, "an unbounded lower edge cannot be included"),
    ),
    (
        lambda: Interval(0, None, upper_closed=True),
        ("upper_closed", True, "an unbounded upper edge cannot be included"),
    ),
    (lambda: Interval(5, 1), ("upper", Decimal(1), "must not be below lower (5)")),
    (
        lambda: Interval(5, 5, upper_closed=False),
        ("upper", Decimal(5), "an interval whose edges are equal must include both (or is empty)"),
    ),
    (lambda: Interval(0, 5).contains(1.5), ("x", 1.5, FLOAT)),
    (
        lambda: Interval.from_dict("x"),
        ("domain", "x", "must be a mapping with lower, upper, lower_closed, upper_closed"),
    ),
    (lambda: Band(S, 0, 5).contains(1.5), ("x", 1.5, FLOAT)),
    (lambda: Band(S, 0, 5).why(7), ("x", 7, "does not lie in the band 0 ≤ x < 5")),
    (lambda: Band(S, 0, 5).why(-1), ("x", -1, "does not lie in the band 0 ≤ x < 5")),
    (lambda: Band(S, 0, 5).why(5), ("x", 5, "does not lie in the band 0 ≤ x < 5")),
    (lambda: Band(S, 0, 5).why(1.5), ("x", 1.5, FLOAT)),
    (
        lambda: rank_of("x"),
        (
            "monotone",
            "x",
            "a monotone table needs values that have a rank (like Rating) or are numbers",
        ),
    ),
    (lambda: BandTable(()), ("bands", (), "needs at least one band")),
    (lambda: BandTable(("x",)), ("bands[0]", "x", "must be a Band")),
    (
        lambda: BandTable((Band(B, None, 100), Band(S, 101, None))),
        (
            "bands",
            "x < 100; x ≥ 101",
            "gap: consecutive bands must be in ascending order and meet at one edge that "
            "exactly one of them includes (no gap, no overlap)",
        ),
    ),
    (
        lambda: BandTable(TABLE.bands, monotone="up"),
        ("monotone", "up", "must be None, 'increasing' or 'decreasing'"),
    ),
    (lambda: BandTable(TABLE.bands, domain="x"), ("domain", "x", "must be an Interval")),
    (
        lambda: BandTable.from_lower_edges([(None, A), (100, B)], monotone="increasing"),
        (
            "bands",
            "x < 100 → Above expectations; x ≥ 100 → Below expectations",
            "the values must be increasing in x (monotone='increasing')",
        ),
    ),
    (
        lambda: BandTable(TABLE.bands, domain=Interval(0, None)),
        ("domain", "x ≥ 0", "the bands must cover exactly the domain, but they cover any x"),
    ),
    (
        lambda: BandTable.from_lower_edges([(None, B)], closed="middle"),
        ("closed", "middle", "must be 'lower' or 'upper'"),
    ),
    (
        lambda: BandTable.from_lower_edges([]),
        ("rows", [], "needs at least one (lower edge, value) row"),
    ),
    (
        lambda: BandTable.from_lower_edges([(None, B), "x"]),
        ("rows[1]", "x", "must be a (lower edge, value) pair"),
    ),
    (
        lambda: BandTable.from_lower_edges([(None, B), (None, S)]),
        ("rows[1]", (None, S), "only the first row may have no lower edge (None)"),
    ),
    (lambda: TABLE.why(1.5), ("x", 1.5, FLOAT)),
    (lambda: TABLE.band_for(1.5), ("x", 1.5, FLOAT)),
    (
        lambda: FROM_ZERO.lookup(-1, field="capaian"),
        (
            "capaian",
            -1,
            "no band of the table contains this number; the table covers x ≥ 0",
        ),
    ),
    (
        lambda: BandTable.from_dict("x", Rating),
        ("data", "x", "must be a mapping with bands, domain, monotone"),
    ),
    (
        lambda: BandTable.from_dict({"bands": "x", "domain": None, "monotone": None}, Rating),
        ("bands", "x", "must be a sequence"),
    ),
    (
        lambda: BandTable.from_dict(half_band_data(), Rating),
        (
            "bands[0]",
            {"lower": None, "upper": None, "lower_closed": False, "upper_closed": False},
            "needs a value",
        ),
    ),
    (
        lambda: BandTable.from_dict(half_band_data(value="zz"), Rating),
        ("bands[0].value", "zz", "not accepted ('zz' is not a valid Rating)"),
    ),
    (lambda: LookupMatrix((), {}), ("axes", (), "needs at least one axis")),
    (
        lambda: LookupMatrix(("x",), {}),
        ("axes", "x", "each axis must be an Enum class with members"),
    ),
    (
        lambda: LookupMatrix((Rating,), "x"),
        ("cells", "x", "must be a mapping of Rating members to values"),
    ),
    (
        lambda: LookupMatrix((Rating,), {A: 1, S: 1, B: 1, "z": 1}, value_type=int),
        ("cells", ["z"], "keys must be Rating members"),
    ),
    (
        lambda: LookupMatrix((Rating, Rating), {(x, y): 1 for x in (A, S) for y in Rating}),
        (
            "cells",
            "Di Bawah Ekspektasi × Di Atas Ekspektasi; Di Bawah Ekspektasi × Sesuai Ekspektasi; "
            "Di Bawah Ekspektasi × Di Bawah Ekspektasi",
            "the table must have a value for all 9 (Rating, Rating) pairs",
        ),
    ),
    (
        lambda: LookupMatrix((Rating,), {A: 1, S: 1, B: "x"}, value_type=Predicate),
        ("cells[Di Atas Ekspektasi]", 1, "must be a Predicate"),
    ),
    (lambda: MATRIX.lookup(A), ("key", (A,), "needs 2 key(s): (Rating, Rating) pairs")),
    (lambda: MATRIX.lookup(A, "x"), ("key[1]", "x", f"must be one of {ALL_RATINGS}")),
    (lambda: MATRIX.why(A, "x"), ("key[1]", "x", f"must be one of {ALL_RATINGS}")),
    (lambda: MATRIX.why(A), ("key", (A,), "needs 2 key(s): (Rating, Rating) pairs")),
    (
        lambda: LookupMatrix.from_dict("x", (Rating, Rating), Predicate),
        ("data", "x", "must be a mapping with axes and cells"),
    ),
    (
        lambda: LookupMatrix.from_dict(
            {"axes": ["Rating"], "cells": []}, (Rating, Rating), Predicate
        ),
        ("axes", ["Rating"], "must be ['Rating', 'Rating']"),
    ),
    (
        lambda: LookupMatrix.from_dict({"axes": "Rating", "cells": []}, (Rating,), Predicate),
        ("axes", "Rating", "must be a sequence"),
    ),
    (
        lambda: LookupMatrix.from_dict({"axes": ["Rating"], "cells": "x"}, (Rating,), Predicate),
        ("cells", "x", "must be a sequence"),
    ),
    (
        lambda: LookupMatrix.from_dict(
            {"axes": ["Rating", "Rating"], "cells": ["x"]}, (Rating, Rating), Predicate
        ),
        ("cells[0]", "x", "must be a mapping with key and value"),
    ),
    (
        lambda: LookupMatrix.from_dict(
            {"axes": ["Rating", "Rating"], "cells": [{"key": ["Di Atas Ekspektasi"]}]},
            (Rating, Rating),
            Predicate,
        ),
        ("cells[0]", {"key": ["Di Atas Ekspektasi"]}, "must be a mapping with key and value"),
    ),
    (
        lambda: LookupMatrix.from_dict(
            {"axes": ["Rating", "Rating"], "cells": [{"key": "Di Atas", "value": "Baik"}]},
            (Rating, Rating),
            Predicate,
        ),
        ("cells[0].key", "Di Atas", "must be a sequence"),
    ),
    (
        lambda: LookupMatrix.from_dict(
            {"axes": ["Rating", "Rating"], "cells": [{"key": ["Di Atas Ekspektasi"], "value": 1}]},
            (Rating, Rating),
            Predicate,
        ),
        ("cells[0].key", ["Di Atas Ekspektasi"], "needs 2 parts"),
    ),
    (
        lambda: LookupMatrix.from_dict(
            {"axes": ["Rating"], "cells": [{"key": ["zz"], "value": "Baik"}]},
            (Rating,),
            Predicate,
        ),
        ("cells[0]", {"key": ["zz"], "value": "Baik"}, "not accepted ('zz' is not a valid Rating)"),
    ),
    (
        lambda: band_table_check("bands_x", Rating)("x"),
        ("bands_x", "x", "must be a BandTable of Rating"),
    ),
    (
        lambda: band_table_check("bands_x", Rating)(BandTable.from_lower_edges([(None, 1)])),
        ("bands_x[0]", 1, "must be a Rating"),
    ),
    (
        lambda: band_table_check("bands_x", Rating, domain=Interval(None, None))(
            BandTable.from_lower_edges([(0, B)])
        ),
        ("bands_x", "x ≥ 0", "must cover exactly any x"),
    ),
    (
        lambda: matrix_check("m", (Rating, Rating), Predicate)(
            LookupMatrix((Rating,), dict.fromkeys(Rating, Predicate.GOOD))
        ),
        ("m", ["Rating"], "must be a matrix of (Rating, Rating) pairs"),
    ),
]


@pytest.mark.parametrize(("call", "expected"), CASES)
def test_each_refusal_has_its_field_value_and_reason(call, expected):
    with pytest.raises(InvalidValueError) as caught:
        call()
    field, value, reason = expected
    assert caught.value.field == field
    assert caught.value.reason == reason
    if value == "NaN":
        assert caught.value.value.is_nan()
    else:
        assert caught.value.value == value


class Amount(Decimal):
    """A caller's own Decimal subclass (converted before the lookup)."""


def test_a_converted_number_keeps_the_callers_field():
    assert FROM_ZERO.lookup(Amount("100")) is S
    with pytest.raises(InvalidValueError) as caught:
        FROM_ZERO.lookup(Amount("-1"), field="capaian")
    assert caught.value.field == "capaian"
    assert comparable_number(Amount("2.5"), field="f").__class__ is Decimal


@pytest.mark.parametrize(
    ("x", "id_", "en"),
    [
        (Decimal("2.5"), "2,5", "2.5"),
        (Fraction(1, 3), "1/3", "1/3"),
        (Fraction(5, 2), "2,5", "2.5"),
        (Decimal("1E+2"), "100", "100"),
        (0, "0", "0"),
    ],
)
def test_band_why_in_both_languages(x, id_, en):
    band = Band(S, 0, 100, upper_closed=True)
    assert band.why(x) == Text(
        f"{id_} berada pada rentang 0 ≤ x ≤ 100 → Sesuai Ekspektasi",
        f"{en} lies in 0 ≤ x ≤ 100 → Meets expectations",
    )


def test_a_closed_upper_edge_lies_in_the_band():
    assert Band(S, 0, 5, upper_closed=True).why(5).en == "5 lies in 0 ≤ x ≤ 5 → Meets expectations"
    assert TABLE.why(100).en == "100 lies in 100 ≤ x < 101 → Meets expectations"
    assert TABLE.why(Decimal("100.5")).id == (
        "100,5 berada pada rentang 100 ≤ x < 101 → Sesuai Ekspektasi"
    )


def test_matrix_why_in_both_languages():
    text = MATRIX.why(A, S)
    assert text.id == "sel Di Atas Ekspektasi × Sesuai Ekspektasi → Baik"
    assert text.en == "cell Above expectations × Meets expectations → Good"


def test_matrix_repr_with_one_and_two_axes():
    single = LookupMatrix((Rating,), {A: Predicate.GOOD, S: Predicate.GOOD, B: Predicate.POOR})
    assert repr(single) == (
        "LookupMatrix((Rating,), {Rating.ABOVE_EXPECTATIONS: Predicate.GOOD, "
        "Rating.MEETS_EXPECTATIONS: Predicate.GOOD, Rating.BELOW_EXPECTATIONS: Predicate.POOR})"
    )
    double = LookupMatrix((One, One), {(One.X, One.X): 1})
    assert repr(double) == "LookupMatrix((One, One), {(One.X, One.X): 1})"


def test_equal_matrices_hash_alike_and_different_ones_differ():
    same = LookupMatrix((Rating, Rating), dict(MATRIX.cells))
    assert hash(same) == hash(MATRIX)
    other = LookupMatrix((Rating,), dict.fromkeys(Rating, Predicate.GOOD))
    third = LookupMatrix((Rating,), dict.fromkeys(Rating, Predicate.POOR))
    assert hash(other) != hash(third)
