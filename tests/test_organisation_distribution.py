"""The distribution pattern of SE MenPANRB 3/2023 (domain reference §1.2), clause by clause."""

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction
from itertools import permutations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja_core import (
    NATIONAL,
    Citation,
    InvalidValueError,
    KinerjaError,
    Predicate,
    RuleNotInForceError,
    Version,
    explain,
)
from kinerja_core.core.documents import json_schema
from kinerja_core.organisation import (
    DISTRIBUTION_PATTERN,
    DISTRIBUTION_READINGS,
    Bound,
    Clause,
    DistributionCheck,
    DistributionReadings,
    DistributionRule,
    OrganisationPredicate,
    ShareRounding,
    Violation,
    check_distribution,
)
from kinerja_core.testing import strategies as kst

SB, B, BP, K, SK = (
    Predicate.VERY_GOOD,
    Predicate.GOOD,
    Predicate.NEEDS_IMPROVEMENT,
    Predicate.POOR,
    Predicate.VERY_POOR,
)
ORDER = (SB, B, BP, K, SK)
O = OrganisationPredicate  # noqa: E741 (short, like the domain reference table)

# Domain reference §1.2, written out independently of the library's data: for each organisation
# predikat, (the predikat counted together, least share %, most share %); "some" = at least one.
REFERENCE = {
    O.EXCEPTIONAL: [({SB}, None, 70)],
    O.GOOD: [({B}, None, 70), ({BP, K}, "some", None)],
    O.NEEDS_IMPROVEMENT: [({BP}, 60, None), ({SB}, None, 10)],
    O.POOR: [({K}, 60, None), ({BP}, 10, None), ({SB}, None, 10)],
    O.VERY_POOR: [({SK}, 60, None), ({K, BP}, 10, None), ({SB}, None, 0)],
}


def expected_bounds(low, high, size):
    """Conservative rounding: a minimum share rounds up, a maximum share rounds down."""
    least = 1 if low == "some" else 0 if low is None else -(-low * size // 100)
    most = size if high is None else high * size // 100
    return least, most


def vectors(size, kinds=5):
    if kinds == 1:
        yield (size,)
        return
    for first in range(size, -1, -1):
        for rest in vectors(size - first, kinds - 1):
            yield (first, *rest)


def unit(counts):
    return [p for p, n in zip(ORDER, counts, strict=True) for _ in range(n)]


def reference_failures(organisation, counts):
    """The clauses (by position) a count vector fails, by the reference table alone."""
    size = sum(counts)
    failing = {}
    for position, (group, low, high) in enumerate(REFERENCE[organisation]):
        count = sum(n for p, n in zip(ORDER, counts, strict=True) if p in group)
        least, most = expected_bounds(low, high, size)
        if count < least:
            failing[position] = ("below", least - count)
        elif count > most:
            failing[position] = ("above", count - most)
        elif count == least and low is not None:
            failing[position] = ("at least", 0)
        elif count == most and high is not None:
            failing[position] = ("at most", 0)
        else:
            failing[position] = ("inside", 1)
    return failing


def edge_cases(organisation, size):
    """For each clause and side, a unit of `size` whose other clauses all pass, with the clause's
    count exactly at its bound or one beyond it (where such a unit exists)."""
    found = {}
    for counts in vectors(size):
        sides = reference_failures(organisation, counts)
        for position, (side, margin) in sides.items():
            others_pass = all(
                s in {"inside", "at least", "at most"}
                for p, (s, _) in sides.items()
                if p != position
            )
            if others_pass and side != "inside" and margin <= 1:
                found.setdefault((position, side), counts)
    return found


@pytest.mark.parametrize("organisation", list(O))
def test_every_clause_on_both_sides_of_its_threshold_in_units_of_1_to_10(organisation):
    clauses = NATIONAL.latest()[DISTRIBUTION_PATTERN].lookup(organisation).clauses
    seen = set()
    for size in range(1, 11):
        for (position, side), counts in edge_cases(organisation, size).items():
            result = check_distribution(organisation, unit(counts))
            met = side.startswith("at")
            assert [clauses.index(v.clause) for v in result.violations] == (
                [] if met else [position]
            ), (size, counts)
            assert result.ok is met
            assert tuple(result.counts.values()) == counts
            seen.add((position, side))
    for position, (_, low, high) in enumerate(REFERENCE[organisation]):
        assert (
            ((position, "below") in seen) is ((position, "at least") in seen) is (low is not None)
        )
        assert (
            ((position, "above") in seen) is ((position, "at most") in seen) is (high is not None)
        )


@pytest.mark.parametrize(
    ("organisation", "counts", "ok"),
    [
        # Baik, 10 employees: at most 7 Baik and at least one Butuh Perbaikan or Kurang.
        (O.GOOD, (2, 7, 1, 0, 0), True),
        (O.GOOD, (1, 8, 1, 0, 0), False),
        (O.GOOD, (3, 7, 0, 0, 0), False),
        (O.GOOD, (0, 0, 0, 1, 0), True),  # a unit of one: its only employee is Kurang
        (O.GOOD, (0, 1, 0, 0, 0), False),  # at most 70 % of 1 is 0 employees
        # Istimewa: at most 70 % Sangat Baik (the upper bound only, by default).
        (O.EXCEPTIONAL, (7, 3, 0, 0, 0), True),
        (O.EXCEPTIONAL, (8, 2, 0, 0, 0), False),
        (O.EXCEPTIONAL, (0, 10, 0, 0, 0), True),
        # Butuh Perbaikan, 5 employees: at least 3 Butuh Perbaikan, no Sangat Baik (10 % of 5).
        (O.NEEDS_IMPROVEMENT, (0, 2, 3, 0, 0), True),
        (O.NEEDS_IMPROVEMENT, (0, 3, 2, 0, 0), False),
        (O.NEEDS_IMPROVEMENT, (1, 1, 3, 0, 0), False),
        # Kurang, 10: at least 6 Kurang, at least 1 Butuh Perbaikan, at most 1 Sangat Baik.
        (O.POOR, (1, 2, 1, 6, 0), True),
        (O.POOR, (2, 1, 1, 6, 0), False),
        (O.POOR, (1, 3, 0, 6, 0), False),
        (O.POOR, (1, 3, 1, 5, 0), False),
        # Sangat Kurang, 10: at least 6 Sangat Kurang, 1 Kurang or Butuh Perbaikan, no Sangat Baik.
        (O.VERY_POOR, (0, 3, 0, 1, 6), True),
        (O.VERY_POOR, (0, 3, 1, 0, 6), True),
        (O.VERY_POOR, (1, 2, 0, 1, 6), False),
        (O.VERY_POOR, (0, 4, 0, 0, 6), False),
        # a Kurang unit of 1 or 2 employees cannot meet both minima
        (O.POOR, (0, 0, 0, 1, 0), False),
        (O.POOR, (0, 0, 1, 1, 0), False),
        (O.POOR, (0, 0, 1, 2, 0), True),
    ],
)
def test_worked_units(organisation, counts, ok):
    assert check_distribution(organisation, unit(counts)).ok is ok


def test_a_violation_names_the_clause_what_it_requires_and_the_actual_count_and_share():
    result = check_distribution(O.GOOD, [B] * 9 + [SB] * 3)
    assert not result.ok
    first, second = result.violations
    assert first.clause == Clause(B, Bound.MOST, 70)
    assert (first.minimum, first.maximum, first.count, first.size) == (0, 8, 9, 12)
    assert first.percentage == Decimal(75)
    assert first.requirement("id") == (
        "sebagian besar (paling banyak 70 %) Baik: paling banyak 8 dari 12 pegawai"
    )
    assert first.label("en").endswith("actually 9 employee(s) (75 %)")
    assert second.clause == Clause((BP, K), Bound.SOME)
    assert second.requirement("en") == (
        "some Needs improvement and/or Poor/Misconduct: at least 1 of 12 employees"
    )
    assert Violation(Clause(K, Bound.AT_LEAST, 60), 2, 2, 1, 3).exact_percentage == Fraction(100, 3)
    assert Violation(Clause(K, Bound.AT_LEAST, 60), 2, 2, 1, 3).label("id") == (
        "paling sedikit 60 % Kurang/Misconduct: 2 sampai 2 dari 3 pegawai; nyatanya 1 pegawai "
        "(33,33333333333333333333333333 %)"
    )


@settings(max_examples=25)
@given(kst.organisation_predicates(), kst.employee_populations(max_size=40), st.randoms())
def test_the_verdict_is_invariant_under_any_permutation_of_employees(organisation, unit, rng):
    shuffled = list(unit)
    rng.shuffle(shuffled)
    keyed = {f"NIP-{i}": p for i, p in enumerate(shuffled)}
    original = check_distribution(organisation, unit)
    assert check_distribution(organisation, shuffled) == original
    assert check_distribution(organisation, keyed) == original


def test_every_order_of_a_small_unit_gives_the_same_verdict():
    unit = [SB, B, B, BP, K]
    verdicts = {check_distribution(O.GOOD, list(order)) for order in permutations(unit)}
    assert len(verdicts) == 1


@settings(max_examples=30)
@given(kst.organisation_predicates(), kst.employee_populations(min_size=11, max_size=200))
def test_large_units_follow_the_exact_shares(organisation, unit):
    result = check_distribution(organisation, unit)
    size = len(unit)
    failing = []
    for group, low, high in REFERENCE[organisation]:
        count = sum(1 for p in unit if p in group)
        least, most = expected_bounds(low, high, size)
        if not least <= count <= most:
            failing.append(count)
    assert [v.count for v in result.violations] == failing


def readings(**changes):
    return NATIONAL.with_overrides(
        "Pemda Contoh",
        {
            DISTRIBUTION_READINGS: Version(
                date(2024, 1, 1),
                DistributionReadings(**changes),
                Citation("Perbup Contoh 1/2024", "Pasal 2"),
            )
        },
    ).at(date(2024, 12, 31))


def test_the_majority_reading_also_requires_more_than_half():
    half = [SB] * 5 + [B] * 5
    assert check_distribution(O.EXCEPTIONAL, half).ok
    strict = readings(most_is_majority=True)
    violation = check_distribution(O.EXCEPTIONAL, half, rules=strict).violations[0]
    assert (violation.minimum, violation.maximum) == (6, 7)
    assert violation.requirement("en").endswith("6 to 7 of 10 employees")
    assert check_distribution(O.EXCEPTIONAL, [SB] * 6 + [B] * 4, rules=strict).ok


def test_some_can_be_read_as_more_than_one():
    unit = [B] * 7 + [BP, SB, SB]
    assert check_distribution(O.GOOD, unit).ok
    assert not check_distribution(O.GOOD, unit, rules=readings(some_minimum=2)).ok


@pytest.mark.parametrize(
    ("rounding", "kurang_unit_of_five_ok"),
    [
        (ShareRounding.CONSERVATIVE, False),  # 60 % of 5 = 3; 10 % of 5 = 0.5 → 1 BP needed
        (ShareRounding.NEAREST, False),  # 0.5 rounds half up → 1
        (ShareRounding.LENIENT, True),  # 0.5 rounds down → 0 BP needed
    ],
)
def test_the_rounding_of_small_units_is_a_reading(rounding, kurang_unit_of_five_ok):
    unit = [K, K, K, B, B]
    result = check_distribution(O.POOR, unit, rules=readings(rounding=rounding))
    assert result.ok is kurang_unit_of_five_ok


def test_lenient_rounding_allows_a_maximum_share_rounded_up():
    unit = [SB, BP, BP, BP, B]  # Butuh Perbaikan unit of 5: at most 10 % Sangat Baik
    assert not check_distribution(O.NEEDS_IMPROVEMENT, unit).ok
    lenient = readings(rounding=ShareRounding.LENIENT)
    assert check_distribution(O.NEEDS_IMPROVEMENT, unit, rules=lenient).ok


def test_the_explanation_cites_the_se_and_the_readings():
    result = check_distribution(O.GOOD, [B] * 10)
    text = result.explanation.render("id")
    assert "SE MenPANRB 3/2023" in text
    assert "PILIHAN KEBIJAKAN" in text
    assert "hasil: tidak terpenuhi" in text
    summary = result.explanation.render("en", form="summary")
    assert summary.splitlines()[0] == "Distribution pattern met: no"
    outcome = explain(check_distribution, O.GOOD, [B] * 10)
    assert outcome.value == result


def test_the_pattern_is_a_dated_parameter_from_31_january_2023():
    with pytest.raises(RuleNotInForceError):
        check_distribution(O.GOOD, [B], rules=NATIONAL.at(date(2023, 1, 30)))
    assert check_distribution(O.GOOD, [BP], rules=NATIONAL.at(date(2023, 1, 31))).ok


@pytest.mark.parametrize(
    ("organisation", "predicates", "field"),
    [
        ("Baik", [B], "organisation_predicate"),
        (O.GOOD, [], "predicates"),
        (O.GOOD, ["Baik"], "predicates[0]"),
        (O.GOOD, {"": B}, "predicates"),
        (O.GOOD, {1: B}, "predicates"),
        (O.GOOD, 3, "predicates"),
        (O.GOOD, "Baik", "predicates"),
        (O.GOOD, {B, BP}, "predicates"),  # a set would merge employees
    ],
)
def test_bad_input_names_the_field(organisation, predicates, field):
    with pytest.raises(InvalidValueError) as caught:
        check_distribution(organisation, predicates)
    assert caught.value.field == field


def test_organisation_predicate_labels_parse_with_the_se_variants():
    assert O.parse("Butuh Perbaikan/Cukup") is O.NEEDS_IMPROVEMENT
    assert O.parse("  cukup ") is O.NEEDS_IMPROVEMENT
    assert O.parse("ISTIMEWA") is O.EXCEPTIONAL
    assert O("Sangat Kurang").label("en") == "Very poor"
    assert [o.rank for o in O] == [5, 4, 3, 2, 1]
    with pytest.raises(KinerjaError):
        O.parse("Sangat Baik")


def test_clauses_and_rules_are_checked():
    with pytest.raises(InvalidValueError, match="share"):
        Clause(SB, Bound.SOME, 10)
    with pytest.raises(InvalidValueError, match="share"):
        Clause(SB, Bound.AT_MOST)
    with pytest.raises(InvalidValueError, match="share"):
        Clause(SB, Bound.AT_MOST, 101)
    with pytest.raises(InvalidValueError, match="predicates"):
        Clause((), Bound.AT_MOST, 10)
    with pytest.raises(InvalidValueError, match="predicates"):
        Clause(("Baik",), Bound.AT_MOST, 10)
    with pytest.raises(InvalidValueError, match="clauses"):
        DistributionRule((Clause((B, BP), Bound.AT_MOST, 70), Clause(BP, Bound.SOME)))
    with pytest.raises(InvalidValueError, match="clauses"):
        DistributionRule(("x",))
    same_group = DistributionRule((Clause(B, Bound.AT_LEAST, 20), Clause(B, Bound.AT_MOST, 70)))
    assert same_group.label("en") == "at least 20 % Good; at most 70 % Good"
    assert DistributionRule(()).label("id") == "-"
    assert Clause(SB, Bound.AT_MOST, 0).label("en") == "no Very good"
    assert (
        Clause(SB, Bound.AT_MOST, Decimal("12.5")).label("id") == "paling banyak 12,5 % Sangat Baik"
    )
    with pytest.raises(InvalidValueError):
        DistributionReadings(most_is_majority=1)
    with pytest.raises(InvalidValueError):
        DistributionReadings(some_minimum=0)


def test_an_overridden_pattern_is_checked_and_applied():
    strict = {o: DistributionRule((Clause(SB, Bound.AT_MOST, 0),)) for o in O}
    rules = NATIONAL.with_overrides(
        "Pemda Contoh",
        {
            DISTRIBUTION_PATTERN: Version(
                date(2024, 1, 1), strict, Citation("Perbup 2/2024", "Pasal 1")
            )
        },
    ).at(date(2024, 6, 1))
    assert not check_distribution(O.EXCEPTIONAL, [SB], rules=rules).ok
    with pytest.raises(InvalidValueError):
        NATIONAL.with_overrides(
            "Pemda Contoh",
            {
                DISTRIBUTION_PATTERN: Version(
                    date(2024, 1, 1), {O.GOOD: strict[O.GOOD]}, Citation("x", "y")
                )
            },
        )


@settings(max_examples=15)
@given(kst.distribution_checks())
def test_checks_round_trip_through_json(result):
    data = json.loads(json.dumps(result.to_dict()))
    back = DistributionCheck.from_dict(data)
    assert back == result
    assert data["ok"] is result.ok


@settings(max_examples=25)
@given(st.one_of(kst.clauses(), kst.distribution_rules(), kst.distribution_readings()))
def test_pattern_values_round_trip_through_json(value):
    assert type(value).from_dict(json.loads(json.dumps(value.to_dict()))) == value


def test_check_schema_exists():
    assert json_schema(DistributionCheck)["type"] == "object"
