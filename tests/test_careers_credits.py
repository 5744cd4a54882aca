"""Angka kredit by conversion of the predikat (PermenPANRB 1/2023, Peraturan BKN 3/2023)."""

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja_core import (
    NATIONAL,
    InvalidValueError,
    Predicate,
    RuleNotInForceError,
    UnknownLabelError,
)
from kinerja_core.careers import (
    CREDIT_COEFFICIENTS,
    CREDIT_PLACES,
    CREDIT_REQUIREMENTS,
    CreditRequirement,
    FunctionalCategory,
    FunctionalLevel,
    Rank,
    credit_points,
    credit_requirement,
)
from kinerja_core.core.explain import explain

L = FunctionalLevel
# The reference's tables, written out independently of the library's national data.
PERCENT = {"Sangat Baik": 150, "Baik": 100, "Butuh Perbaikan": 75, "Kurang/Misconduct": 50}
PERCENT["Sangat Kurang"] = 25
COEFFICIENT = {
    "Ahli Pertama": Fraction(25, 2),
    "Ahli Muda": Fraction(25),
    "Ahli Madya": Fraction(75, 2),
    "Ahli Utama": Fraction(50),
    "Pemula": Fraction(15, 4),
    "Terampil": Fraction(5),
    "Mahir": Fraction(25, 2),
    "Penyelia": Fraction(25),
}


def expected(predicate: Predicate, level: FunctionalLevel, months: int) -> Decimal:
    """months/12 × percentage × coefficient, to hundredths half up, in integer arithmetic."""
    exact = Fraction(months, 12) * Fraction(PERCENT[predicate.value], 100)
    exact *= COEFFICIENT[level.value]
    hundredths = exact * 100
    rounded = (hundredths.numerator * 2 + hundredths.denominator) // (2 * hundredths.denominator)
    return Decimal(rounded).scaleb(-2)


@pytest.mark.parametrize("level", list(FunctionalLevel))
@pytest.mark.parametrize("predicate", list(Predicate))
def test_every_predikat_level_and_month_count_matches_an_independent_computation(predicate, level):
    for months in range(1, 13):
        found = credit_points(predicate, level, months=months)
        assert found == expected(predicate, level, months), (predicate, level, months)
        assert found.as_tuple().exponent == -2  # published with two decimals
    assert credit_points(predicate, level) == expected(predicate, level, 12)


def test_the_bkn_examples():
    # January-February, Baik, Ahli Pertama: 2/12 × 100 % × 12.5 = 2.0833… → 2.08
    assert credit_points(Predicate.GOOD, L.AHLI_PERTAMA, months=2) == Decimal("2.08")
    # a full year Sangat Baik, Ahli Pertama: 150 % × 12.5 = 18.75
    assert credit_points(Predicate.VERY_GOOD, L.AHLI_PERTAMA) == Decimal("18.75")
    assert credit_points(Predicate.GOOD, L.AHLI_MUDA) == Decimal("25.00")


def test_a_tie_rounds_half_up():
    # 10/12 × 100 % × 3.75 = 3.125 exactly → 3.13 (float-minded programs print 3.12)
    outcome = explain(credit_points, Predicate.GOOD, L.PEMULA, months=10)
    assert outcome.exact == Fraction(25, 8)
    assert outcome.value == Decimal("3.13")
    # 9/12 × 150 % × 25 = 28.125 → 28.13, the issue's own example
    assert credit_points(Predicate.VERY_GOOD, L.PENYELIA, months=9) == Decimal("28.13")


@settings(max_examples=40)
@given(
    st.sampled_from(list(Predicate)),
    st.sampled_from(list(Predicate)),
    st.sampled_from(list(FunctionalLevel)),
    st.integers(1, 12),
    st.integers(1, 12),
)
def test_a_better_predikat_or_more_months_never_gives_fewer_credit_points(
    first, second, level, months, more
):
    worse, better = sorted((first, second), key=lambda p: p.rank)
    assert credit_points(worse, level, months=months) <= credit_points(better, level, months=months)
    fewer, most = sorted((months, more))
    assert credit_points(first, level, months=fewer) <= credit_points(first, level, months=most)


def test_the_explanation_names_the_percentage_the_coefficient_and_the_rounding():
    outcome = explain(credit_points, Predicate.GOOD, L.AHLI_PERTAMA, months=2)
    assert outcome.value == Decimal("2.08")
    assert outcome.exact == Fraction(25, 12)
    english = outcome.explanation.render("en")
    assert "credit_percentages" not in english  # names render through the glossary
    assert "annual AK coefficients (Ahli Pertama) = 12.5" in english
    assert "AK percentage per predikat (Baik) = 100" in english
    assert "PermenPANRB 1/2023" in english
    assert "Peraturan BKN 3/2023" in english
    assert "hasil: 2,08" in outcome.explanation.render("id")
    summary = outcome.explanation.render("id", form="summary")
    assert "Angka kredit: 2,08" in summary


def test_a_policy_variant_changes_the_coefficient_and_the_places():
    variant = NATIONAL.replace(
        {CREDIT_COEFFICIENTS: {**NATIONAL.latest()[CREDIT_COEFFICIENTS], L.AHLI_PERTAMA: 13}}
    ).latest()
    assert credit_points(Predicate.GOOD, L.AHLI_PERTAMA, rules=variant) == Decimal("13.00")
    one_place = NATIONAL.replace({CREDIT_PLACES: 1}).latest()
    assert credit_points(Predicate.GOOD, L.AHLI_PERTAMA, months=2, rules=one_place) == Decimal(
        "2.1"
    )
    with pytest.raises(InvalidValueError, match="credit_places"):
        NATIONAL.replace({CREDIT_PLACES: None})


def test_the_rules_are_dated_from_2023():
    assert NATIONAL.parameter(CREDIT_COEFFICIENTS).first_effective == date(2023, 1, 1)
    with pytest.raises(RuleNotInForceError, match="credit_percentages"):
        credit_points(Predicate.GOOD, L.AHLI_PERTAMA, rules=NATIONAL.at(date(2022, 6, 30)))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"months": 0}, "months"),
        ({"months": 13}, "months"),
        ({"months": True}, "months"),
        ({"months": "12"}, "months"),
        ({"predicate": "Baik"}, "predicate"),
        ({"level": "Ahli Muda"}, "level"),
    ],
)
def test_bad_input_names_the_field(kwargs, field):
    arguments = {"predicate": Predicate.GOOD, "level": L.AHLI_MUDA, "months": 12, **kwargs}
    with pytest.raises(InvalidValueError, match=field):
        credit_points(arguments["predicate"], arguments["level"], months=arguments["months"])


def test_the_levels_their_labels_categories_and_golongan():
    assert [level.value for level in FunctionalLevel] == [
        "Ahli Pertama",
        "Ahli Muda",
        "Ahli Madya",
        "Ahli Utama",
        "Pemula",
        "Terampil",
        "Mahir",
        "Penyelia",
    ]
    assert FunctionalLevel.parse(" AHLI  madya ") is L.AHLI_MADYA
    assert FunctionalLevel.parse("JF Ahli Utama") is L.AHLI_UTAMA
    with pytest.raises(UnknownLabelError):
        FunctionalLevel.parse("Ahli")
    expertise = [level for level in L if level.category is FunctionalCategory.EXPERTISE]
    assert expertise == [L.AHLI_PERTAMA, L.AHLI_MUDA, L.AHLI_MADYA, L.AHLI_UTAMA]
    ranges = {level: (level.ranks[0].value, level.ranks[-1].value) for level in L}
    assert ranges == {
        L.AHLI_UTAMA: ("IV/d", "IV/e"),
        L.AHLI_MADYA: ("IV/a", "IV/c"),
        L.AHLI_MUDA: ("III/c", "III/d"),
        L.AHLI_PERTAMA: ("III/a", "III/b"),
        L.PENYELIA: ("III/c", "III/d"),
        L.MAHIR: ("III/a", "III/b"),
        L.TERAMPIL: ("II/b", "II/d"),
        L.PEMULA: ("II/a", "II/a"),
    }
    assert L.AHLI_MADYA.ranks == (Rank.IV_A, Rank.IV_B, Rank.IV_C)
    chain = [L.PEMULA]
    while (following := chain[-1].next_level) is not None:
        chain.append(following)
    assert chain == [L.PEMULA, L.TERAMPIL, L.MAHIR, L.PENYELIA]
    assert L.AHLI_UTAMA.next_level is None
    assert [level.rank for level in L] == [1, 2, 3, 4, 1, 2, 3, 4]


def test_ranks_are_ordered_and_parse():
    assert [r.rank for r in Rank] == list(range(1, 18))
    assert Rank.parse("iii / c") is Rank.III_C
    assert Rank.III_D.next is Rank.IV_A
    assert Rank.IV_E.next is None
    assert Rank.II_A.label("en") == "Grade II/a"


def test_the_credit_requirements_of_every_level():
    table = {level.value: credit_requirement(level) for level in L}
    assert table == {
        "Ahli Utama": CreditRequirement(200, None),
        "Ahli Madya": CreditRequirement(150, 450),
        "Ahli Muda": CreditRequirement(100, 200),
        "Ahli Pertama": CreditRequirement(50, 100),
        "Penyelia": CreditRequirement(100, None),
        "Mahir": CreditRequirement(50, 100),
        "Terampil": CreditRequirement(20, 60),
        "Pemula": CreditRequirement(15, 15),
    }
    for level in L:
        assert (credit_requirement(level).level_promotion is None) == (level.next_level is None)
    text = explain(credit_requirement, L.AHLI_MUDA).explanation.render("id")
    assert "kenaikan pangkat 100, kenaikan jenjang 200" in text


def test_a_requirement_override_may_be_written_as_pairs():
    pairs = {level: (10, None if level.next_level is None else 20) for level in L}
    rules = NATIONAL.replace({CREDIT_REQUIREMENTS: pairs}).latest()
    assert credit_requirement(L.AHLI_MUDA, rules=rules) == CreditRequirement(10, 20)
    with pytest.raises(InvalidValueError, match="credit_requirements"):
        NATIONAL.replace({CREDIT_REQUIREMENTS: dict.fromkeys(L, 10)})
    with pytest.raises(InvalidValueError, match="rank_promotion"):
        CreditRequirement(-1)
