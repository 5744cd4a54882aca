"""Shared scaffolding for the fuzz tests: junk inputs and the "only KinerjaError" probe.

Each fuzz test draws arguments from `anything(...)`: the common `JUNK` values plus whatever
strategies reach the interesting corners of the code under test (its enum members, valid-looking
values, narrow ranges). `outcome_of` calls a function on such input and reports whether the
library rejected it with a `KinerjaError`; any other exception propagates and fails the test.
"""

from collections.abc import Callable

from hypothesis import strategies as st

import kinerja_core as kc

JUNK: tuple[st.SearchStrategy[object], ...] = (
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=10),
    st.decimals(),
    st.dates(),
    st.datetimes(),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def anything(*extra: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """Junk of every common type, together with the given file-specific strategies."""
    return st.one_of(*JUNK, *extra)


def outcome_of(call: Callable[..., object], *args: object, **kwargs: object) -> str:
    """Call `call(*args, **kwargs)`: "rejected" on a `KinerjaError`, otherwise "accepted"."""
    try:
        call(*args, **kwargs)
    except kc.KinerjaError:
        return "rejected"
    return "accepted"
