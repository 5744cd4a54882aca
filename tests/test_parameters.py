from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzzing import anything, outcome_of
from kinerja_core import (
    NATIONAL,
    Citation,
    Confidence,
    InvalidValueError,
    Policy,
    Predicate,
    Rating,
    RuleNotInForceError,
    Rules,
    UnknownParameterError,
    Version,
    to_decimal,
)
from kinerja_core.core import Parameter, ParameterSpec
from kinerja_core.performance import PREDICATE_MATRIX
from kinerja_core.testing import strategies as kst

CITE = Citation("Perkada Kota Contoh 1/2024", "Pasal 5")
SPEC = ParameterSpec("weight", "A test weight in percent.", lambda v: to_decimal(v, field="weight"))


def timeline():
    return Parameter(
        SPEC,
        [
            Version(date(2020, 1, 1), "60", CITE),
            Version(date(2022, 7, 1), "70", CITE),
        ],
    )


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (date(2020, 1, 1), Decimal(60)),
        (date(2020, 1, 2), Decimal(60)),
        (date(2022, 6, 30), Decimal(60)),
        (date(2022, 7, 1), Decimal(70)),
        (date(2022, 7, 2), Decimal(70)),
        (date(2099, 1, 1), Decimal(70)),
    ],
)
def test_parameter_resolves_by_date_at_and_around_each_effective_date(on, expected):
    assert timeline().at(on).value == expected


def test_before_the_first_effective_date_is_an_error():
    with pytest.raises(RuleNotInForceError) as caught:
        timeline().at(date(2019, 12, 31))
    assert caught.value.in_force_from == date(2020, 1, 1)
    assert "first in force from 2020-01-01" in str(caught.value)
    assert caught.value.field == "weight"


def test_values_are_validated_and_normalised():
    assert timeline().versions[0].value == Decimal(60)
    with pytest.raises(InvalidValueError, match="weight"):
        Parameter(SPEC, [Version(date(2020, 1, 1), 0.6, CITE)])


def test_spec_validate_wraps_foreign_exceptions():
    spec = ParameterSpec("count", "A count.", int)
    with pytest.raises(InvalidValueError, match="count: not a valid value"):
        spec.validate("many")


@pytest.mark.parametrize(
    "versions",
    [
        [],
        [Version(date(2021, 1, 1), "1", CITE), Version(date(2021, 1, 1), "2", CITE)],
        [Version(date(2022, 1, 1), "1", CITE), Version(date(2021, 1, 1), "2", CITE)],
        ["not a version"],
    ],
)
def test_timelines_must_be_non_empty_and_strictly_increasing(versions):
    with pytest.raises(InvalidValueError):
        Parameter(SPEC, versions)


def test_a_single_version_is_accepted_as_a_timeline():
    parameter = Parameter(SPEC, Version(date(2020, 1, 1), 5, CITE))
    assert parameter.first_effective == date(2020, 1, 1)


@pytest.mark.parametrize("on", [datetime(2024, 1, 1, 12), "2024-01-01", 2024, None])
def test_dates_must_be_plain_dates(on):
    with pytest.raises(InvalidValueError, match=r"datetime\.date"):
        NATIONAL.at(on)
    with pytest.raises(InvalidValueError):
        timeline().at(on)


@given(kst.versions(kst.decimals(max_value=100)), kst.dates(min_value=date(2010, 1, 1)))
def test_at_returns_the_latest_version_on_or_before_the_date(versions, on):
    parameter = Parameter(SPEC, versions)
    earlier = [v for v in versions if v.effective_from <= on]
    if not earlier:
        with pytest.raises(RuleNotInForceError):
            parameter.at(on)
    else:
        assert parameter.at(on) == earlier[-1]


def test_national_policy_rules_read_the_matrix_with_its_citation():
    rules = NATIONAL.at(date(2024, 12, 31))
    resolved = rules.resolve(PREDICATE_MATRIX)
    assert resolved.effective_from == date(2022, 1, 1)
    assert resolved.citation.regulation == "PermenPANRB 6/2022"
    assert rules[PREDICATE_MATRIX] == resolved.value
    assert rules.get("predicate_matrix") == resolved.value
    assert rules.policy_name == "Nasional"
    assert repr(rules) == "Rules(policy='Nasional', on=datetime.date(2024, 12, 31))"


def test_national_matrix_is_not_in_force_before_2022():
    with pytest.raises(RuleNotInForceError):
        NATIONAL.at(date(2021, 12, 31))[PREDICATE_MATRIX]


def test_unknown_parameter_names_are_rejected_listing_known_ones():
    with pytest.raises(UnknownParameterError) as caught:
        NATIONAL.parameter("predikat_matrix")
    assert "predicate_matrix" in caught.value.valid
    with pytest.raises(UnknownParameterError):
        NATIONAL.at(date(2024, 1, 1)).get("nope")
    with pytest.raises(UnknownParameterError):
        NATIONAL.with_overrides("Pemda", {"nope": Version(date(2024, 1, 1), 1, CITE)})


def test_latest_is_deterministic_and_on_the_newest_effective_date():
    assert NATIONAL.latest().on == max(
        v.effective_from for p in NATIONAL.parameters.values() for v in p.versions
    )
    assert NATIONAL.latest() == NATIONAL.latest()


def _inverted_matrix():
    national = NATIONAL.parameter(PREDICATE_MATRIX).versions[-1].value
    changed = dict(national)
    changed[(Rating.MEETS_EXPECTATIONS, Rating.ABOVE_EXPECTATIONS)] = Predicate.VERY_GOOD
    return changed


def test_override_takes_over_from_its_date_and_never_mutates_national():
    before = NATIONAL.parameter(PREDICATE_MATRIX)
    pemda = NATIONAL.with_overrides(
        "Pemda Kota Contoh",
        {PREDICATE_MATRIX: Version(date(2024, 1, 1), _inverted_matrix(), CITE)},
    )
    pair = (Rating.MEETS_EXPECTATIONS, Rating.ABOVE_EXPECTATIONS)
    assert pemda.at(date(2023, 12, 31))[PREDICATE_MATRIX][pair] is Predicate.GOOD
    assert pemda.at(date(2024, 1, 1))[PREDICATE_MATRIX][pair] is Predicate.VERY_GOOD
    assert pemda.at(date(2024, 1, 1)).resolve(PREDICATE_MATRIX).citation == CITE
    assert NATIONAL.parameter(PREDICATE_MATRIX) == before
    assert NATIONAL.at(date(2024, 1, 1))[PREDICATE_MATRIX][pair] is Predicate.GOOD
    assert pemda.base is NATIONAL
    assert pemda.name == "Pemda Kota Contoh"


def test_override_by_name_with_a_timeline():
    pemda = NATIONAL.with_overrides(
        "Pemda",
        {
            "predicate_matrix": [
                Version(date(2023, 1, 1), _inverted_matrix(), CITE),
                Version(date(2025, 1, 1), dict(NATIONAL.latest()[PREDICATE_MATRIX]), CITE),
            ]
        },
    )
    pair = (Rating.MEETS_EXPECTATIONS, Rating.ABOVE_EXPECTATIONS)
    assert pemda.at(date(2024, 6, 1))[PREDICATE_MATRIX][pair] is Predicate.VERY_GOOD
    assert pemda.at(date(2025, 6, 1))[PREDICATE_MATRIX][pair] is Predicate.GOOD


@pytest.mark.parametrize(
    "override",
    [
        Version(date(2024, 1, 1), {"not": "a matrix"}, CITE),
        Version(date(2024, 1, 1), "Baik", CITE),
        "Baik",
        {"a": 1},
        42,
    ],
)
def test_overrides_of_the_wrong_type_are_rejected(override):
    with pytest.raises(InvalidValueError) as caught:
        NATIONAL.with_overrides("Pemda", {PREDICATE_MATRIX: override})
    assert "predicate_matrix" in str(caught.value)


def test_overrides_must_be_a_mapping():
    with pytest.raises(InvalidValueError, match="overrides"):
        NATIONAL.with_overrides("Pemda", [PREDICATE_MATRIX])  # type: ignore[arg-type]


def test_incomplete_matrix_override_is_rejected_naming_the_missing_cell():
    partial = _inverted_matrix()
    del partial[(Rating.BELOW_EXPECTATIONS, Rating.BELOW_EXPECTATIONS)]
    with pytest.raises(InvalidValueError, match="Di Bawah Ekspektasi × Di Bawah Ekspektasi"):
        NATIONAL.with_overrides(
            "Pemda", {PREDICATE_MATRIX: Version(date(2024, 1, 1), partial, CITE)}
        )


def test_matrix_with_extra_keys_or_wrong_cells_is_rejected():
    extra = {**_inverted_matrix(), "extra": Predicate.GOOD}
    with pytest.raises(InvalidValueError, match="pairs"):
        PREDICATE_MATRIX.validate(extra)
    wrong = {**_inverted_matrix(), (Rating.BELOW_EXPECTATIONS, Rating.BELOW_EXPECTATIONS): "Baik"}
    with pytest.raises(InvalidValueError, match="must be a Predicate"):
        PREDICATE_MATRIX.validate(wrong)


def test_replace_makes_a_what_if_variant_on_every_date():
    variant = NATIONAL.replace({PREDICATE_MATRIX: _inverted_matrix()}, name="Eksperimen")
    pair = (Rating.MEETS_EXPECTATIONS, Rating.ABOVE_EXPECTATIONS)
    resolved = variant.at(date(2022, 1, 1)).resolve(PREDICATE_MATRIX)
    assert resolved.value[pair] is Predicate.VERY_GOOD
    assert resolved.citation.confidence is Confidence.UNCONFIRMED
    assert resolved.citation.article == "Eksperimen"
    assert NATIONAL.at(date(2022, 1, 1))[PREDICATE_MATRIX][pair] is Predicate.GOOD


def test_replace_from_a_date_with_a_citation():
    variant = NATIONAL.replace(
        {"predicate_matrix": _inverted_matrix()}, effective_from=date(2026, 1, 1), citation=CITE
    )
    assert variant.name == "Nasional (variant)"
    assert variant.at(date(2025, 12, 31)).resolve(PREDICATE_MATRIX).citation != CITE
    assert variant.at(date(2026, 1, 1)).resolve(PREDICATE_MATRIX).citation == CITE


def test_replace_rejects_non_mappings_and_unknown_names():
    with pytest.raises(InvalidValueError):
        NATIONAL.replace([("predicate_matrix", {})])  # type: ignore[arg-type]
    with pytest.raises(UnknownParameterError):
        NATIONAL.replace({"unknown": 1})


def test_policy_rejects_duplicate_or_foreign_parameters():
    with pytest.raises(InvalidValueError, match="unique"):
        Policy("x", [timeline(), timeline()])
    with pytest.raises(InvalidValueError):
        Policy("x", ["weight"])  # type: ignore[list-item]
    assert SPEC in Policy("x", {"weight": timeline()})
    assert "weight" in Policy("x", [timeline()])


@given(kst.policies())
def test_generated_policies_keep_national_before_their_override(policy):
    parameter = policy.parameter(PREDICATE_MATRIX)
    national = NATIONAL.parameter(PREDICATE_MATRIX)
    override_start = [v for v in parameter.versions if v not in national.versions]
    if override_start:
        first = override_start[0].effective_from
        day_before = first - timedelta(days=1)
        if day_before >= national.first_effective:
            assert policy.at(day_before)[PREDICATE_MATRIX] == national.at(day_before).value
    assert NATIONAL.parameter(PREDICATE_MATRIX) == national


@given(st.data())
def test_override_timeline_governs_every_date_from_its_start(data):
    versions = data.draw(kst.versions(kst.predicate_matrices()))
    pemda = NATIONAL.with_overrides("Pemda", {PREDICATE_MATRIX: versions})
    on = data.draw(kst.dates(min_value=versions[0].effective_from))
    expected = [v for v in versions if v.effective_from <= on][-1]
    assert pemda.at(on).resolve(PREDICATE_MATRIX).citation == expected.citation
    assert pemda.at(on)[PREDICATE_MATRIX] == expected.value


ANYTHING = anything(
    kst.versions(kst.predicate_matrices()),
    kst.citations(),
    st.just(PREDICATE_MATRIX),
    st.just(NATIONAL.parameter(PREDICATE_MATRIX)),
    st.just(NATIONAL),
)


@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b, c, d):
    rules = NATIONAL.latest()
    outcome_of(Parameter, a, b)
    outcome_of(Policy, a, b)
    outcome_of(Rules, a, b)
    outcome_of(rules.get, a)
    outcome_of(rules.resolve, a)
    outcome_of(PREDICATE_MATRIX.validate, a)
    outcome_of(NATIONAL.parameter(PREDICATE_MATRIX).at, a)
    outcome_of(NATIONAL.replace, {PREDICATE_MATRIX: a}, name=b, effective_from=c, citation=d)


def test_national_knows_the_institution_only_parameters_a_policy_may_add_by_name():
    from kinerja_core.talent import TALENT_POTENTIAL_BANDS  # noqa: PLC0415

    assert NATIONAL.institution_specs["talent_potential_bands"] is TALENT_POTENTIAL_BANDS
    assert "talent_potential_bands" not in NATIONAL
    bands = {"bands": [{"lower": None, "value": "Rendah"}]}  # not a table: refused by its spec
    with pytest.raises(InvalidValueError, match="talent_potential_bands"):
        NATIONAL.with_overrides(
            "Pemda",
            {
                "talent_potential_bands": [
                    Version(date(2024, 1, 1), bands, Citation("Perkada", "Pasal 1"))
                ]
            },
        )
    derived = NATIONAL.replace({}, name="variant")
    assert derived.institution_specs == NATIONAL.institution_specs


@pytest.mark.parametrize("specs", [["talent_potential_bands"], [PREDICATE_MATRIX]])
def test_institution_specs_must_be_institution_only_specs(specs):
    with pytest.raises(InvalidValueError, match="institution_specs"):
        Policy("x", [], institution_specs=specs)
