"""Cascading organisation IKU → unit → individual IKI."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzzing import anything, outcome_of
from kinerja_core import (
    Indicator,
    InvalidValueError,
    PerformancePlan,
    Period,
    PlanItem,
    ValidationError,
)
from kinerja_core.performance import (
    Cascade,
    CascadeLink,
    CascadeNode,
    IndicatorLevel,
    cascade_from_plans,
    roll_up,
    unlinked_indicators,
    unsupported_indicators,
)
from kinerja_core.testing import strategies as kst

IKU = IndicatorLevel.ORGANISATION


def iku(name):
    return Indicator(name, "%", level=IKU)


def iki(name):
    return Indicator(name, "unit")


def sample():
    nodes = [
        CascadeNode("IKU-1", iku("Indeks kepuasan masyarakat"), "Pemda"),
        CascadeNode("IKU-2", iku("Indeks reformasi birokrasi"), "Pemda"),
        CascadeNode("UNIT-1", iku("Pengaduan tertangani"), "Bagian Umum"),
        CascadeNode("IKI-1", iki("Waktu respon pengaduan"), "pegawai-1"),
        CascadeNode("IKI-2", iki("Pengaduan diselesaikan"), "pegawai-2"),
        CascadeNode("IKI-3", iki("Arsip tertata"), "pegawai-3"),
    ]
    links = [
        CascadeLink("UNIT-1", "IKU-1"),
        CascadeLink("IKI-1", "UNIT-1", weight=3),
        CascadeLink("IKI-2", "UNIT-1"),
    ]
    return Cascade(nodes, links)


def test_unsupported_and_unlinked_indicators():
    cascade = sample()
    assert [node.key for node in unsupported_indicators(cascade)] == ["IKU-2"]
    assert [node.key for node in unlinked_indicators(cascade)] == ["IKI-3"]


def test_roll_up_is_a_weighted_mean_with_each_contribution_explained():
    result = roll_up(sample(), {"IKU-2": 90, "IKI-1": 120, "IKI-2": 80, "IKI-3": 100, "IKU-1": 95})
    assert result.values["UNIT-1"] == Decimal(110)  # (3 × 120 + 1 × 80) / 4
    assert result.values["IKU-1"] == Decimal(110)
    assert result.measured == {"IKU-1": Decimal(95)}
    text = result.explanation.render(lang="en")
    assert "IKI-1 (bobot 3/4) = 90" in text
    assert result.to_dict()["values"]["UNIT-1"] == "110"


def test_roll_up_reports_missing_and_unknown_achievements_together():
    with pytest.raises(ValidationError) as caught:
        roll_up(sample(), {"IKI-1": 100, "IKI-9": 1})
    assert {problem.field for problem in caught.value.problems} == {
        "achievements",
        "achievements[IKU-2]",
        "achievements[IKI-2]",
        "achievements[IKI-3]",
    }


def test_invalid_cascades_report_every_problem():
    nodes = [CascadeNode("A", iku("a"), "x"), CascadeNode("A", iku("b"), "x")]
    links = [CascadeLink("A", "A"), CascadeLink("A", "Z"), CascadeLink("A", "Z")]
    with pytest.raises(ValidationError) as caught:
        Cascade(nodes, links)
    reasons = [problem.reason for problem in caught.value.problems]
    assert "duplicate node key" in reasons
    assert "a node cannot support itself" in reasons
    assert "links to an unknown node" in reasons
    assert "duplicate link" in reasons


def test_cycles_are_rejected():
    nodes = [CascadeNode(key, iku(key), "x") for key in "ABC"]
    links = [CascadeLink("A", "B"), CascadeLink("B", "C"), CascadeLink("C", "A")]
    with pytest.raises(ValidationError, match="cycle"):
        Cascade(nodes, links)


def test_an_indicator_may_support_several_above_it():
    nodes = [
        CascadeNode("IKU-1", iku("a"), "Pemda"),
        CascadeNode("IKU-2", iku("b"), "Pemda"),
        CascadeNode("IKI-1", iki("c"), "p"),
    ]
    cascade = Cascade(nodes, [CascadeLink("IKI-1", "IKU-1"), CascadeLink("IKI-1", "IKU-2")])
    assert unsupported_indicators(cascade) == ()
    assert roll_up(cascade, {"IKI-1": 80}).values == {"IKU-1": 80, "IKU-2": 80, "IKI-1": 80}


def test_cascade_from_plans_links_plan_items_to_the_organisation():
    organisation = [CascadeNode("IKU-1", iku("Indeks kepuasan masyarakat"), "Pemda")]
    plan = PerformancePlan(
        "199001012015031001",
        Period.year(2024),
        [
            PlanItem(iki("Waktu respon"), 5, 50, supports=["IKU-1"]),
            PlanItem(iki("Arsip"), 5, 50),
        ],
    )
    cascade = cascade_from_plans(organisation, [plan])
    assert cascade.parents("199001012015031001/Waktu respon")[0].parent == "IKU-1"
    assert [n.key for n in unlinked_indicators(cascade)] == ["199001012015031001/Arsip"]
    assert cascade.node("IKU-1").owner == "Pemda"
    with pytest.raises(ValidationError, match="unknown node"):
        cascade_from_plans([], [plan])


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: CascadeNode("", iku("a"), "x"), "key"),
        (lambda: CascadeNode("A", "a", "x"), "indicator"),
        (lambda: CascadeLink("A", "B", weight=0), "weight"),
        (lambda: CascadeLink("A", "B", weight=0.5), "weight"),
        (lambda: Cascade(["A"]), "nodes"),
        (lambda: Cascade([], ["A"]), "links"),
        (lambda: sample().node("Z"), "key"),
        (lambda: unsupported_indicators("cascade"), "cascade"),
        (lambda: unlinked_indicators(None), "cascade"),
        (lambda: roll_up(sample(), [("IKI-1", 1)]), "achievements"),
        (lambda: roll_up(sample(), {"IKI-1": 1.0}), "achievements[IKI-1]"),
        (lambda: cascade_from_plans([], ["plan"]), "plans"),
    ],
)
def test_bad_input_names_the_field(call, field):
    with pytest.raises(InvalidValueError) as caught:
        call()
    assert caught.value.field == field


@given(kst.cascades())
def test_unsupported_and_unlinked_are_consistent_with_the_links(cascade):
    unsupported = {node.key for node in unsupported_indicators(cascade)}
    for node in cascade.nodes:
        if node.is_individual:
            assert node.key not in unsupported
            assert (node in unlinked_indicators(cascade)) == (not cascade.parents(node.key))
        elif not cascade.children(node.key):
            assert node.key in unsupported


@given(kst.cascades(), kst.decimals(min_value=0, max_value=200))
def test_equal_leaf_achievements_roll_up_unchanged(cascade, value):
    leaves = {node.key: value for node in cascade.nodes if not cascade.children(node.key)}
    result = roll_up(cascade, leaves)
    assert set(result.values.values()) == {value}


ANYTHING = anything(
    kst.indicators(),
    kst.cascades(max_units=1, max_individuals=2),
    st.builds(CascadeLink, st.just("A"), st.just("B")),
)


@given(ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b, c):
    leaf = Cascade([CascadeNode("A", Indicator("n", "u"), "o")])
    outcome_of(CascadeNode, a, b, c)
    outcome_of(CascadeLink, a, b, c)
    outcome_of(Cascade, a, b)
    outcome_of(unsupported_indicators, a)
    outcome_of(unlinked_indicators, a)
    outcome_of(roll_up, a, b)
    outcome_of(roll_up, leaf, b)
    outcome_of(roll_up, leaf, {"A": a})
    outcome_of(leaf.node, a)
    outcome_of(cascade_from_plans, a, b, links=c)
