"""Bad input anywhere in the public API raises a KinerjaError subclass, never another type."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kinerja_core as kc
from fuzzing import anything, outcome_of

HASHABLE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=10),
    st.dates(),
    st.decimals(allow_nan=False),
    st.sampled_from(list(kc.Rating) + list(kc.Predicate) + [kc.performance.PREDICATE_MATRIX]),
)
ANYTHING = anything(
    st.binary(max_size=5),
    st.sampled_from(list(kc.Rating) + list(kc.Predicate)),
)


@given(ANYTHING, ANYTHING)
def test_predicate_functions(work, behaviour):
    outcome_of(kc.performance_predicate, work, behaviour)
    outcome_of(kc.explain, kc.performance_predicate, work, behaviour, rules=work)


@given(ANYTHING, ANYTHING)
def test_number_helpers(value, places):
    outcome_of(kc.to_decimal, value)
    outcome_of(kc.round_half_up, value, places)
    outcome_of(kc.core.divide, value, places)


@given(ANYTHING)
def test_label_parsing(text):
    outcome_of(kc.Rating.parse, text)
    outcome_of(kc.Predicate.parse, text)


@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_value_constructors(a, b, c, d):
    outcome_of(kc.Citation, a, b, c, d)
    outcome_of(kc.core.Text, a, b)
    outcome_of(kc.core.Step, a, b, c)
    outcome_of(kc.Explanation, a)
    outcome_of(kc.Version, a, b, kc.Citation("PP 1/2000", "Pasal 1"))
    outcome_of(kc.core.ParameterUse, a, b, c, d)


@given(HASHABLE, ANYTHING)
def test_policy_entry_points(key, value):
    outcome_of(kc.NATIONAL.at, key)
    outcome_of(kc.NATIONAL.parameter, key)
    outcome_of(kc.NATIONAL.with_overrides, "Pemda", {key: value})
    outcome_of(kc.NATIONAL.with_overrides, "Pemda", key)
    outcome_of(kc.NATIONAL.replace, {key: value})
    outcome_of(kc.NATIONAL.replace, key)
    outcome_of(kc.NATIONAL.with_overrides, "Pemda", {kc.performance.PREDICATE_MATRIX: value})
    outcome_of(
        kc.NATIONAL.with_overrides,
        "Pemda",
        {
            kc.performance.PREDICATE_MATRIX: kc.Version(
                date(2024, 1, 1), value, kc.Citation("P", "1")
            )
        },
    )


@pytest.mark.parametrize("lang", [None, "", "EN", "indonesia", 1])
def test_render_language(lang):
    with pytest.raises(kc.KinerjaError):
        kc.Explanation().render(lang=lang)
