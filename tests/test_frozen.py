from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core.numbers import DECIMAL_CONTEXT, exact_arithmetic


@given(st.dictionaries(st.text(max_size=3), st.integers(), max_size=5))
def test_frozen_map_behaves_like_its_dict_and_hashes_by_content(data):
    frozen = FrozenMap(data)
    assert dict(frozen) == data
    assert frozen == data
    assert frozen == FrozenMap(dict(reversed(list(data.items()))))
    assert hash(frozen) == hash(FrozenMap(data))
    assert len(frozen) == len(data)
    assert repr(frozen) == f"FrozenMap({data!r})"


def test_frozen_map_is_not_equal_to_non_mappings():
    assert FrozenMap({1: 2}) != [(1, 2)]
    assert FrozenMap() == {}


def test_exact_arithmetic_uses_the_library_context():
    with exact_arithmetic() as context:
        assert context.prec == DECIMAL_CONTEXT.prec
        assert str(Decimal(2) / Decimal(3)) == "0." + "6" * 27 + "7"
