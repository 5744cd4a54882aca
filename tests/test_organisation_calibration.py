"""The calibration proposal: the smallest change of predikat that fits the pattern."""

import heapq
import json
from contextlib import contextmanager

import pytest
from hypothesis import given, settings

from kinerja_core import NATIONAL, InvalidValueError, Predicate, ValidationError, explain
from kinerja_core.organisation import (
    CalibrationProposal,
    OrganisationPredicate,
    PredicateChange,
    check_distribution,
    propose_calibration,
)
from kinerja_core.organisation.calibration import plan_calibration
from kinerja_core.organisation.distribution import requirements
from kinerja_core.organisation.organisation_specs import DISTRIBUTION_PATTERN, DISTRIBUTION_READINGS
from kinerja_core.testing import strategies as kst

SB, B, BP, K, SK = (
    Predicate.VERY_GOOD,
    Predicate.GOOD,
    Predicate.NEEDS_IMPROVEMENT,
    Predicate.POOR,
    Predicate.VERY_POOR,
)
ORDER = (SB, B, BP, K, SK)
ORGANISATIONS = list(OrganisationPredicate)
RULES = NATIONAL.latest()


def vectors(size, kinds=5):
    if kinds == 1:
        yield (size,)
        return
    for first in range(size, -1, -1):
        for rest in vectors(size - first, kinds - 1):
            yield (first, *rest)


def passes(organisation, counts):
    """An independent verdict on a count vector (the clauses' exact shares, no library rounding)."""
    size = sum(counts)
    rule = RULES[DISTRIBUTION_PATTERN].lookup(organisation)
    for clause in rule.clauses:
        count = sum(counts[ORDER.index(p)] for p in clause.predicates)
        share = clause.share
        if clause.bound.name == "SOME":
            if count < 1:
                return False
        elif clause.bound.name == "AT_LEAST":
            if 100 * count < share * size:
                return False
        elif 100 * count > share * size:  # AT_MOST and MOST (the upper bound only)
            return False
    return True


def exhaustive_costs(organisation, size):
    """For every count vector, the least (employees changed, steps) to reach a passing one.

    An exhaustive search over count vectors: a multi-source shortest path from every passing
    vector, where moving one employee one predikat up or down costs (1 employee, 1 step) per
    predikat crossed.
    """
    weight = 4 * size + 1  # more than any number of steps: employees changed come first
    best = {}
    queue = [(0, counts) for counts in vectors(size) if passes(organisation, counts)]
    heapq.heapify(queue)
    while queue:
        cost, counts = heapq.heappop(queue)
        if counts in best:
            continue
        best[counts] = cost
        for i in range(5):
            if not counts[i]:
                continue
            for j in range(5):
                if i != j:
                    moved = list(counts)
                    moved[i] -= 1
                    moved[j] += 1
                    target = tuple(moved)
                    if target not in best:
                        heapq.heappush(queue, (cost + weight + abs(i - j), target))
    return {counts: divmod(cost, weight) for counts, cost in best.items()}


@contextmanager
def coverage_paused():
    """Pause line tracing around the exhaustive loop (when the suite measures coverage).

    The loop runs the same few functions 15 010 times; the other tests cover them, and tracing
    every line of every search would make this one test several times slower.
    """
    try:
        import coverage  # noqa: PLC0415 (only when the suite measures coverage)
    except ImportError:  # pragma: no cover - coverage is a dev dependency
        current = None
    else:
        current = coverage.Coverage.current()
    if current is None:  # pragma: no cover - the suite normally measures coverage
        yield
        return
    current.stop()
    try:
        yield
    finally:
        current.start()


def test_on_every_unit_of_up_to_10_the_proposal_is_as_small_as_an_exhaustive_search_finds():
    """Every organisation predikat × every count vector of 1-10 employees (15 010 units)."""
    with coverage_paused():
        checked = exhaustive_comparison()
    assert checked == 5 * sum(len(list(vectors(n))) for n in range(1, 11))


def exhaustive_comparison():
    checked = 0
    for organisation in ORGANISATIONS:
        rule = RULES[DISTRIBUTION_PATTERN].lookup(organisation)
        for size in range(1, 11):
            best = exhaustive_costs(organisation, size)
            required = requirements(rule, size, RULES[DISTRIBUTION_READINGS])
            for counts in vectors(size):
                after, moves, reason = plan_calibration(organisation, counts, RULES)
                checked += 1
                if counts not in best:  # nothing can pass: the answer says so
                    assert after is None
                    assert reason is not None
                    continue
                assert after is not None
                assert passes(organisation, after)
                assert required  # the pattern has clauses for every organisation predikat
                changed = sum(moves[i][j] for i in range(5) for j in range(5) if i != j)
                steps = sum(moves[i][j] * abs(i - j) for i in range(5) for j in range(5))
                assert (changed, steps) == best[counts], (organisation, counts, after)
    return checked


@pytest.mark.parametrize(
    "organisation", [OrganisationPredicate.POOR, OrganisationPredicate.VERY_POOR]
)
@pytest.mark.parametrize("size", [1, 2])
def test_a_kurang_or_sangat_kurang_unit_of_one_or_two_cannot_fit_and_the_answer_says_so(
    organisation, size
):
    proposal = propose_calibration(organisation, [B] * size)
    assert not proposal.feasible
    assert proposal.changes == ()
    assert proposal.after == proposal.before
    assert proposal.reason is not None
    assert "paling sedikit" in proposal.reason("id") or "memerlukan" in proposal.reason("id")
    text = proposal.explanation.render("en")
    assert "No distribution of predikat can meet this pattern" in text
    assert propose_calibration(organisation, [B] * 3).feasible


def test_a_unit_that_fits_gets_no_change():
    proposal = propose_calibration(OrganisationPredicate.GOOD, [SB, B, B, BP])
    assert proposal.feasible
    assert proposal.changes == ()
    assert proposal.employees_changed == proposal.total_steps == 0


def test_a_baik_unit_of_ten_baik_moves_three_one_step_each_and_prefers_moving_up():
    proposal = propose_calibration(OrganisationPredicate.GOOD, [B] * 10)
    assert (proposal.employees_changed, proposal.total_steps) == (3, 3)
    assert [c.proposed for c in proposal.changes] == [SB, SB, BP]
    assert proposal.needs_behaviour_finding == ()
    assert tuple(proposal.after.values()) == (2, 7, 1, 0, 0)


def test_with_achievements_the_employees_nearest_the_boundary_move():
    unit = {f"NIP-{n}": B for n in range(10)}
    achievements = {f"NIP-{n}": 95 + n for n in range(10)}  # NIP-9 highest, NIP-0 lowest
    proposal = propose_calibration(OrganisationPredicate.GOOD, unit, achievements=achievements)
    moved = {change.employee: change.proposed for change in proposal.changes}
    assert moved == {"NIP-9": SB, "NIP-8": SB, "NIP-0": BP}


def test_a_move_into_kurang_is_flagged_as_needing_a_behaviour_finding():
    proposal = propose_calibration(OrganisationPredicate.POOR, [B] * 10)
    assert proposal.feasible
    flagged = proposal.needs_behaviour_finding
    assert len(flagged) == 6
    assert all(change.proposed is K for change in flagged)
    assert all(change.needs_behaviour_finding for change in flagged)
    assert "only if their behaviour was actually found below expectations" in flagged[0].label("en")
    assert not any(c.needs_behaviour_finding for c in proposal.changes if c.proposed is BP)
    sk_to_k = propose_calibration(OrganisationPredicate.POOR, [SK] * 9 + [BP])
    assert not any(change.needs_behaviour_finding for change in sk_to_k.changes)


@settings(max_examples=30)
@given(kst.organisation_predicates(), kst.employee_populations(max_size=60))
def test_an_applied_proposal_always_passes_the_checker(organisation, unit):
    proposal = propose_calibration(organisation, unit)
    if not proposal.feasible:
        assert not check_distribution(organisation, unit).ok
        return
    applied = proposal.apply(unit)
    assert check_distribution(organisation, applied).ok
    assert sum(a is not b for a, b in zip(unit, applied, strict=True)) == proposal.employees_changed
    assert tuple(proposal.after.values()) == tuple(
        check_distribution(organisation, applied).counts.values()
    )


def test_the_proposal_is_never_applied_silently():
    unit = {"a": B, "b": B, "c": B}
    proposal = propose_calibration(OrganisationPredicate.GOOD, unit)
    assert unit == {"a": B, "b": B, "c": B}
    applied = proposal.apply(unit)
    assert unit == {"a": B, "b": B, "c": B}
    assert check_distribution(OrganisationPredicate.GOOD, applied).ok
    with pytest.raises(InvalidValueError):
        proposal.apply({"a": SB, "b": SB, "c": SB})


def test_a_large_unit_is_answered_over_counts():
    unit = [B] * 4000 + [SB] * 1000
    proposal = propose_calibration(OrganisationPredicate.GOOD, unit)
    assert proposal.employees_changed == 500  # Baik at most 3 500; one Butuh Perbaikan
    assert check_distribution(OrganisationPredicate.GOOD, proposal.apply(unit)).ok


def test_the_explanation_states_the_goals_and_that_it_is_a_suggestion():
    proposal = propose_calibration(OrganisationPredicate.GOOD, [B] * 10)
    text = proposal.explanation.render("id")
    assert "Usulan kalibrasi untuk pimpinan (tidak diterapkan otomatis)" in text
    assert "SE MenPANRB 3/2023" in text
    assert explain(propose_calibration, OrganisationPredicate.GOOD, [B] * 10).value == proposal


def test_achievements_must_cover_every_employee_and_be_exact():
    with pytest.raises(ValidationError):
        propose_calibration(OrganisationPredicate.GOOD, {"a": B}, achievements={})
    with pytest.raises(InvalidValueError):
        propose_calibration(OrganisationPredicate.GOOD, {"a": B}, achievements={"a": 1.5})
    with pytest.raises(InvalidValueError):
        propose_calibration(OrganisationPredicate.GOOD, {"a": B}, achievements=[1])


def test_a_change_knows_its_steps():
    change = PredicateChange("1", B, K, True)
    assert change.steps == 2
    with pytest.raises(InvalidValueError):
        PredicateChange("1", B, K, "yes")
    assert change.label("id").startswith("1: Baik → Kurang/Misconduct (hanya bila")


@settings(max_examples=15)
@given(kst.calibration_proposals())
def test_proposals_round_trip_through_json(proposal):
    data = json.loads(json.dumps(proposal.to_dict()))
    assert CalibrationProposal.from_dict(data) == proposal
    assert data["employees_changed"] == proposal.employees_changed


@settings(max_examples=15)
@given(kst.predicate_changes())
def test_changes_round_trip_through_json(change):
    assert PredicateChange.from_dict(json.loads(json.dumps(change.to_dict()))) == change
