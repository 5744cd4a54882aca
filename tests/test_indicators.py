from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzzing import anything, outcome_of
from kinerja_core import (
    Aggregation,
    Indicator,
    InvalidValueError,
    Polarity,
    Target,
    UnknownLabelError,
)
from kinerja_core.performance import IndicatorLevel
from kinerja_core.testing import strategies as kst


def test_defaults_and_labels():
    indicator = Indicator("Layanan perizinan diselesaikan", "layanan")
    assert indicator.polarity is Polarity.HIGHER_IS_BETTER
    assert indicator.aggregation is Aggregation.CUMULATIVE
    assert indicator.level is IndicatorLevel.INDIVIDUAL
    assert indicator.label("en") == "Layanan perizinan diselesaikan (layanan)"
    assert IndicatorLevel.ORGANISATION.value == "IKU"
    assert IndicatorLevel.INDIVIDUAL.value == "IKI"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": ""}, "name"),
        ({"unit": None}, "unit"),
        ({"polarity": "lower"}, "polarity"),
        ({"aggregation": "sum"}, "aggregation"),
        ({"level": "IKU"}, "level"),
        ({"cap": 100, "floor": 120}, "cap"),
        ({"cap": 1.5}, "cap"),
        ({"floor": "x"}, "floor"),
        ({"weight": 0}, "weight"),
        ({"weight": "100.01"}, "weight"),
        ({"code": ""}, "code"),
    ],
)
def test_bad_fields_are_named(kwargs, field):
    arguments = {"name": "Layanan", "unit": "layanan", **kwargs}
    with pytest.raises(InvalidValueError) as caught:
        Indicator(**arguments)
    assert caught.value.field == field


def test_weight_edges():
    assert Indicator("a", "b", weight=100).weight == Decimal(100)
    assert Indicator("a", "b", weight="0.01").weight == Decimal("0.01")


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("kondisi normal", Polarity.HIGHER_IS_BETTER),
        ("Kondisi Khusus", Polarity.LOWER_IS_BETTER),
        ("semakin rendah semakin baik", Polarity.LOWER_IS_BETTER),
        ("Tercapai / tidak tercapai", Polarity.MILESTONE),
    ],
)
def test_polarity_labels(text, member):
    assert Polarity.parse(text) is member


def test_vocabulary_parses_and_rejects():
    assert Aggregation.parse("posisi akhir") is Aggregation.FINAL_VALUE
    assert IndicatorLevel.parse("indikator kinerja utama") is IndicatorLevel.ORGANISATION
    with pytest.raises(UnknownLabelError):
        Aggregation.parse("jumlah")


@given(kst.indicators())
def test_generated_indicators_are_consistent(indicator):
    if indicator.cap is not None and indicator.floor is not None:
        assert indicator.cap >= indicator.floor
    for lang in ("id", "en"):
        assert indicator.polarity.label(lang)
        assert indicator.aggregation.label(lang)
        assert indicator.level.label(lang)


ANYTHING = anything(
    st.sampled_from([*Polarity, *Aggregation, *IndicatorLevel]),
    kst.number_likes(),
)


@given(ANYTHING, ANYTHING, ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b, c, d):
    outcome_of(Target, a)
    outcome_of(Target.range, a, b)
    outcome_of(Target.of, a)
    outcome_of(Indicator, a, b, c, d)
    outcome_of(Indicator, "n", "u", cap=a, floor=b, weight=c, code=d)
    for vocabulary in (Polarity, Aggregation, IndicatorLevel):
        outcome_of(vocabulary.parse, a)
