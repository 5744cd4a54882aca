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
    SURPLUS_AFTER_LEVEL_PROMOTION,
    SURPLUS_AFTER_RANK_PROMOTION,
    AppointmentCredit,
    CreditRequirement,
    CreditYearRule,
    EducationCreditBase,
    EducationCreditRule,
    FunctionalCategory,
    FunctionalLevel,
    Rank,
    Surplus,
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


# --- pinned vocabulary, labels and error details (each a mutation-tested detail) -----------


def test_the_english_labels_of_the_careers_vocabulary():

    assert {m.value: m.label("en") for m in FunctionalLevel} == {
        "Ahli Pertama": "First expert",
        "Ahli Muda": "Junior expert",
        "Ahli Madya": "Intermediate expert",
        "Ahli Utama": "Senior expert",
        "Pemula": "Beginner",
        "Terampil": "Skilled",
        "Mahir": "Proficient",
        "Penyelia": "Supervisor",
    }
    assert {m.value: m.label("en") for m in FunctionalCategory} == {
        "Keahlian": "Expertise",
        "Keterampilan": "Skill",
    }
    assert {m.value: m.label("en") for m in CreditYearRule} == {
        "Jumlah AK periodik": "Sum of the periodic AK",
        "Predikat tahunan atas bulan aktif": "Annual predikat over the active months",
    }
    assert {m.value: m.label("en") for m in Surplus} == {
        "Kelebihan dibawa": "Surplus carried over",
        "Hangus": "Forfeited",
        "Seluruhnya tetap dihitung": "All keep counting",
    }
    assert {m.value: m.label("en") for m in EducationCreditBase} == {
        "Kebutuhan AK kenaikan pangkat": "AK needed for kenaikan pangkat",
        "Kebutuhan AK kenaikan jenjang": "AK needed for kenaikan jenjang",
        "Koefisien AK tahunan": "Annual AK coefficient",
    }


@pytest.mark.parametrize("level", [L.AHLI_PERTAMA, L.AHLI_MUDA, L.AHLI_MADYA, L.AHLI_UTAMA])
def test_every_jf_variant_parses(level):
    assert FunctionalLevel.parse(f"JF {level.value}") is level
    assert FunctionalLevel.parse(f"jf {level.value.lower()}") is level


def test_the_labels_of_the_credit_parameters():

    rule = EducationCreditRule("12.5", EducationCreditBase.RANK_PROMOTION, Predicate.GOOD)
    assert (
        rule.label("id") == "12,5 % dari kebutuhan AK kenaikan pangkat, predikat paling rendah Baik"
    )
    assert (
        rule.label("en") == "12.5 % of the AK needed for kenaikan pangkat, predikat at least Good"
    )
    credit = AppointmentCredit(L.AHLI_PERTAMA, "2.5", [Rank.IV_A, Rank.III_C, Rank.IV_A])
    assert credit.ranks == (Rank.III_C, Rank.IV_A)
    assert credit.label("id") == "2,5 AK (Ahli Pertama; III/c, IV/a)"
    assert credit.label("en") == "2.5 AK (Ahli Pertama; III/c, IV/a)"
    assert (
        CreditRequirement("12.5", 200).label("id") == "kenaikan pangkat 12,5, kenaikan jenjang 200"
    )
    assert CreditRequirement("12.5", 200).label("en") == (
        "kenaikan pangkat 12.5 AK, kenaikan jenjang 200 AK"
    )
    assert CreditRequirement(200).label("id") == "kenaikan pangkat 200, kenaikan jenjang tidak ada"


def test_regression_labels_keep_the_acronym_ak_and_write_no_none_ak():

    rule = EducationCreditRule(25, EducationCreditBase.LEVEL_PROMOTION, Predicate.VERY_GOOD)
    assert "dari kebutuhan AK kenaikan jenjang" in rule.label("id")  # was "kebutuhan ak"
    assert CreditRequirement(200).label("en") == "kenaikan pangkat 200 AK, kenaikan jenjang none"


def _error(call):
    with pytest.raises(InvalidValueError) as caught:
        call()
    error = caught.value
    return error.field, error.value, error.reason, error.reason_id, error.code


NEGATIVE = ("must not be negative", "tidak boleh negatif", "negative")


def test_the_errors_of_the_credit_value_types_name_field_value_and_reason():

    assert _error(lambda: CreditRequirement(-1)) == ("rank_promotion", -1, *NEGATIVE)
    assert _error(lambda: CreditRequirement(0, "-0.5")) == ("level_promotion", "-0.5", *NEGATIVE)
    assert CreditRequirement(0, 0) == CreditRequirement(Decimal(0), Decimal(0))  # 0 is allowed
    assert _error(lambda: AppointmentCredit(L.AHLI_PERTAMA, -1, [Rank.III_C])) == (
        "amount",
        -1,
        *NEGATIVE,
    )
    assert AppointmentCredit(L.AHLI_PERTAMA, 0, []).amount == 0
    assert _error(lambda: AppointmentCredit(L.AHLI_PERTAMA, 1, "III/c")) == (
        "ranks",
        "III/c",
        "must be a collection of Rank",
        "harus berupa kumpulan Rank",
        "wrong_type",
    )
    assert _error(lambda: AppointmentCredit(L.AHLI_PERTAMA, 1, 7))[0:2] == ("ranks", 7)
    assert _error(lambda: AppointmentCredit(L.AHLI_PERTAMA, 1, [Rank.III_C, "III/d"])) == (
        "ranks",
        "III/d",
        "must be a Rank",
        "harus berupa Rank",
        "not_a_member",
    )
    base = EducationCreditBase.RANK_PROMOTION
    out_of_range = (
        "must be a percentage from 0 to 100",
        "harus persentase dari 0 sampai dengan 100",
        "out_of_range",
    )
    for bad in ("-0.01", "100.01"):
        assert _error(lambda bad=bad: EducationCreditRule(bad, base, Predicate.GOOD)) == (
            "share",
            bad,
            *out_of_range,
        )
    for edge in (0, 100):
        assert EducationCreditRule(edge, base, Predicate.GOOD).share == edge


def test_the_errors_of_the_credit_parameters_name_field_value_and_reason():
    assert _error(lambda: NATIONAL.replace({CREDIT_PLACES: None})) == (
        "credit_places",
        None,
        "must be a whole number of decimal places (AK are published rounded)",
        "harus bilangan bulat jumlah desimal (AK diterbitkan dengan pembulatan)",
        "wrong_type",
    )
    reason = (
        "the entry of FunctionalLevel.AHLI_PERTAMA must be a CreditRequirement or a (rank, level)"
        " pair",
        "isian untuk FunctionalLevel.AHLI_PERTAMA harus berupa CreditRequirement atau pasangan "
        "(pangkat, jenjang)",
        "wrong_type",
    )
    for bad in (10, (1, 2, 3), [50, 100]):
        assert _error(
            lambda bad=bad: NATIONAL.replace({CREDIT_REQUIREMENTS: dict.fromkeys(L, bad)})
        ) == (
            "credit_requirements",
            bad,
            *reason,
        )
    # a table of CreditRequirement values is taken as it is
    table = {level: CreditRequirement(5, None if level.next_level is None else 7) for level in L}
    rules = NATIONAL.replace({CREDIT_REQUIREMENTS: table}).latest()
    assert credit_requirement(L.PEMULA, rules=rules) == CreditRequirement(5, 7)
    assert _error(lambda: NATIONAL.replace({CREDIT_REQUIREMENTS: [1]}))[0] == "credit_requirements"


def test_the_specs_describe_their_parameters():

    assert SURPLUS_AFTER_RANK_PROMOTION.name == "surplus_after_rank_promotion"
    assert SURPLUS_AFTER_RANK_PROMOTION.description == (
        "What happens to the angka kredit above the requirement after a rank promotion."
    )
    assert SURPLUS_AFTER_LEVEL_PROMOTION.description == (
        "What happens to the angka kredit above the requirement after a level promotion."
    )
    assert _error(lambda: NATIONAL.replace({SURPLUS_AFTER_RANK_PROMOTION: "Hangus"}))[:2] == (
        "surplus_after_rank_promotion",
        "Hangus",
    )
    rules = NATIONAL.replace({SURPLUS_AFTER_LEVEL_PROMOTION: Surplus.ALL}).latest()
    assert rules[SURPLUS_AFTER_LEVEL_PROMOTION] is Surplus.ALL


def test_the_explained_credit_points_default_to_a_full_year():
    outcome = explain(credit_points, Predicate.VERY_GOOD, L.AHLI_PERTAMA)
    assert outcome.value == Decimal("18.75")
    assert outcome.exact == Fraction(75, 4)


def test_bad_input_names_exactly_the_field_and_the_value():
    assert _error(lambda: credit_points("Baik", L.AHLI_MUDA))[:2] == ("predicate", "Baik")
    assert _error(lambda: credit_points(Predicate.GOOD, "Ahli Muda"))[:2] == ("level", "Ahli Muda")
    assert _error(lambda: credit_points(Predicate.GOOD, L.AHLI_MUDA, months=13))[:2] == (
        "months",
        13,
    )
    assert _error(lambda: credit_requirement("Ahli Muda"))[:2] == ("level", "Ahli Muda")


def test_a_value_that_is_not_a_number_is_refused_under_its_own_field():
    assert _error(lambda: CreditRequirement("x"))[:2] == ("rank_promotion", "x")
    assert _error(lambda: CreditRequirement(1, "x"))[:2] == ("level_promotion", "x")
    assert _error(lambda: AppointmentCredit(L.AHLI_PERTAMA, "x", []))[:2] == ("amount", "x")
    share = _error(
        lambda: EducationCreditRule("x", EducationCreditBase.RANK_PROMOTION, Predicate.GOOD)
    )
    assert share[:2] == ("share", "x")


def test_the_explained_requirement_follows_the_rules_given():
    pairs = {level: (10, None if level.next_level is None else 20) for level in L}
    rules = NATIONAL.replace({CREDIT_REQUIREMENTS: pairs}).latest()
    outcome = explain(credit_requirement, L.AHLI_MUDA, rules=rules)
    assert outcome.value == CreditRequirement(10, 20)
    assert "kenaikan pangkat 10, kenaikan jenjang 20" in outcome.explanation.render("id")


def test_more_parameter_errors_keep_the_field_and_the_value():
    assert _error(lambda: NATIONAL.replace({CREDIT_PLACES: "x"}))[:2] == ("credit_places", "x")
    assert _error(lambda: NATIONAL.replace({CREDIT_REQUIREMENTS: [1]}))[:2] == (
        "credit_requirements",
        [1],
    )
    assert CreditRequirement(1, "12.5").label("id") == "kenaikan pangkat 1, kenaikan jenjang 12,5"
