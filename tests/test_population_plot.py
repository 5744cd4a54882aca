"""The plot of a unit's predikat against the distribution pattern (the `[plot]` extra)."""

from datetime import date

import matplotlib as mpl
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

mpl.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from kinerja_core import NATIONAL, RuleNotInForceError
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.organisation import (
    DISTRIBUTION_PATTERN,
    DISTRIBUTION_READINGS,
    OrganisationPredicate,
    check_distribution,
)
from kinerja_core.organisation.distribution import ORDER, clause_bounds
from kinerja_core.population import (
    Population,
    evaluate_population,
    plot_distribution,
)
from kinerja_core.population.plot import MET_COLOUR, NOT_MET_COLOUR

RULES = NATIONAL.at(date(2025, 3, 1))
SB, B, BP, K, SK = ORDER


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def result_of(units):
    """A result whose units hold the given predikat (`None`: a row without a predikat)."""
    names = [name for name, predicates in units.items() for _ in predicates]
    cells = [p for predicates in units.values() for p in predicates]
    people = Population([f"{i:018d}" for i in range(len(names))], unit=names, predicate=cells)
    return evaluate_population(people, RULES)


def bars(ax):
    (container,) = ax.containers
    return [patch.get_height() for patch in container.patches]


def clause_range(ax, index):
    (collection,) = [c for c in ax.collections if c.get_gid() == f"clause-{index}"]
    ys = collection.get_paths()[0].vertices[:, 1]
    xs = collection.get_paths()[0].vertices[:, 0]
    return (ys.min(), ys.max()), (xs.min(), xs.max()), tuple(collection.get_facecolor()[0])


def clause_count(ax, index):
    (line,) = [x for x in ax.lines if x.get_gid() == f"count-{index}"]
    return line.get_ydata()[0]


UNITS = {
    "Dinas Pendidikan": [SB] * 3 + [B] * 6 + [BP],  # fits Baik
    "Dinas Kesehatan": [B] * 10,  # too many Baik, no BP/K
    "Sekretariat Daerah": [SB, B, None],  # one row without a predikat
}


def test_bars_are_the_unit_counts_and_the_pattern_is_drawn():
    result = result_of(UNITS)
    ax = plot_distribution(
        result, unit="Dinas Kesehatan", organisation_predicate=OrganisationPredicate.GOOD
    )
    assert bars(ax) == [0, 10, 0, 0, 0]
    rule = RULES[DISTRIBUTION_PATTERN].lookup(OrganisationPredicate.GOOD)
    readings = RULES[DISTRIBUTION_READINGS]
    check = check_distribution(OrganisationPredicate.GOOD, [B] * 10)
    failed = {v.clause for v in check.violations}
    assert len(failed) == 2
    assert len(rule.clauses) == 2
    for index, clause in enumerate(rule.clauses):
        (low, high), (left, right), colour = clause_range(ax, index)
        assert (low, high) == clause_bounds(clause, 10, readings)
        where = [ORDER.index(p) for p in clause.predicates]
        assert (left, right) == pytest.approx((min(where) - 0.4, max(where) + 0.4))
        expected = NOT_MET_COLOUR if clause in failed else MET_COLOUR
        assert colour[:3] == pytest.approx(to_rgba(expected)[:3])
        assert clause_count(ax, index) == sum(10 for p in clause.predicates if p is B)
    assert "tidak memenuhi" in ax.get_title()
    assert "Dinas Kesehatan" in ax.get_title()
    ticks = [t.get_text().replace("\n", " ") for t in ax.get_xticklabels()]
    assert ticks == [p.label("id") for p in ORDER]


def test_a_unit_that_fits_and_the_english_labels():
    result = result_of(UNITS)
    ax = plot_distribution(
        result,
        unit="Dinas Pendidikan",
        organisation_predicate=OrganisationPredicate.GOOD,
        lang="en",
    )
    assert bars(ax) == [3, 6, 1, 0, 0]
    assert ax.get_title().endswith("fits the distribution pattern")
    assert ax.get_xticklabels()[0].get_text() == "Very\ngood"
    for index in range(2):
        assert clause_range(ax, index)[2][:3] == pytest.approx(to_rgba(MET_COLOUR)[:3])


def test_rows_without_a_predikat_are_named_not_counted():
    result = result_of(UNITS)
    ax = plot_distribution(
        result,
        unit="Sekretariat Daerah",
        organisation_predicate=OrganisationPredicate.EXCEPTIONAL,
        ax=Figure().subplots(),
    )
    assert bars(ax) == [1, 1, 0, 0, 0]
    assert "n = 2" in ax.get_ylabel()
    assert "1 tanpa predikat" in ax.get_ylabel()


def test_the_axes_given_are_drawn_on():
    result = result_of(UNITS)
    ax = Figure().subplots()
    drawn = plot_distribution(
        result, unit="Dinas Pendidikan", organisation_predicate=OrganisationPredicate.GOOD, ax=ax
    )
    assert drawn is ax
    assert bars(ax) == [3, 6, 1, 0, 0]


def test_the_rules_given_decide_the_pattern():
    result = result_of(UNITS)
    old = NATIONAL.at(date(2022, 6, 1))  # before SE MenPANRB 3/2023
    with pytest.raises(RuleNotInForceError):
        plot_distribution(
            result,
            unit="Dinas Pendidikan",
            organisation_predicate=OrganisationPredicate.GOOD,
            rules=old,
        )


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"unit": "Dinas Tidak Ada"}, "unit", "unknown_unit"),
        ({"organisation_predicate": "Baik"}, "organisation_predicate", "wrong_type"),
        ({"lang": "fr"}, "lang", None),
    ],
)
def test_bad_arguments_raise_with_a_code(kwargs, field, code):
    result = result_of(UNITS)
    arguments = {"unit": "Dinas Pendidikan", "organisation_predicate": OrganisationPredicate.GOOD}
    arguments.update(kwargs)
    with pytest.raises(InvalidValueError) as caught:
        plot_distribution(result, **arguments)
    if code is not None:
        assert caught.value.field == field
        assert caught.value.code == code
    assert not plt.get_fignums()  # nothing drawn for a refused call


def test_a_result_without_units_or_predikat_and_a_wrong_result():
    people = Population(["1", "2"], predicate=[B, SB])
    no_units = evaluate_population(people, RULES)
    with pytest.raises(InvalidValueError) as caught:
        plot_distribution(no_units, unit="A", organisation_predicate=OrganisationPredicate.GOOD)
    assert (caught.value.field, caught.value.code) == ("unit", "required")
    empty = evaluate_population(Population(["1"], unit=["A"], predicate=[None]), RULES)
    with pytest.raises(InvalidValueError) as caught:
        plot_distribution(empty, unit="A", organisation_predicate=OrganisationPredicate.GOOD)
    assert (caught.value.field, caught.value.code) == ("unit", "empty")
    with pytest.raises(InvalidValueError) as caught:
        plot_distribution(
            people, unit="A", organisation_predicate=OrganisationPredicate.GOOD
        )  # a Population, not its result
    assert (caught.value.field, caught.value.code) == ("result", "wrong_type")


@settings(max_examples=25, deadline=None)
@given(
    counts=st.lists(st.integers(0, 6), min_size=5, max_size=5).filter(any),
    organisation=st.sampled_from(list(OrganisationPredicate)),
)
def test_the_picture_agrees_with_the_check(counts, organisation):
    cells = [p for p, n in zip(ORDER, counts, strict=True) for _ in range(n)]
    result = result_of({"Unit": cells})
    ax = plot_distribution(
        result, unit="Unit", organisation_predicate=organisation, ax=Figure().subplots()
    )
    assert bars(ax) == counts
    check = check_distribution(organisation, cells)
    failed = {v.clause for v in check.violations}
    rule = RULES[DISTRIBUTION_PATTERN].lookup(organisation)
    red = to_rgba(NOT_MET_COLOUR)[:3]
    drawn_red = {
        clause
        for index, clause in enumerate(rule.clauses)
        if np.allclose(clause_range(ax, index)[2][:3], red)
    }
    assert drawn_red == failed
    assert ("tidak memenuhi" in ax.get_title()) == (not check.ok)
