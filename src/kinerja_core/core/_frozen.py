"""Frozen values: a small immutable, hashable mapping; a trusted constructor for hot paths."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar, cast

import attrs

_K = TypeVar("_K")
_V = TypeVar("_V")


class FrozenMap(Mapping[_K, _V]):
    """An immutable mapping that keeps insertion order and can be hashed.

    Used for the tables inside parameters (e.g. the predikat matrix) so that policies stay
    frozen values.
    """

    __slots__ = ("_data", "_hash")

    def __init__(self, data: Mapping[_K, _V] | None = None) -> None:
        self._data: dict[_K, _V] = dict(data or {})
        self._hash: int | None = None

    def __getitem__(self, key: _K) -> _V:
        return self._data[key]

    def __iter__(self) -> Iterator[_K]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._data.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._data) == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenMap({self._data!r})"


_T = TypeVar("_T")


def trusted_constructor(cls: type[_T]) -> Callable[..., _T]:
    """A constructor of a frozen, slotted attrs class that skips its validators and converters.

    For the library's hot paths only, and only for values the library itself has just computed
    (already of the right type and checked): it takes every field positionally, in the order
    of `attrs.fields(cls)`, and stores it as given. Users' values always go through the class's
    own `__init__`.

    Args:
        cls: A frozen attrs class with slots, without `__attrs_post_init__`.

    Returns:
        `make(*values)`: a new instance holding the values.

    Raises:
        TypeError: If `cls` is not such a class.
    """
    if getattr(cls, "__attrs_post_init__", None) is not None:
        raise TypeError(f"{cls.__name__} has __attrs_post_init__: use its own constructor")
    names = [field.name for field in attrs.fields(cls)]  # type: ignore[arg-type]  # attrs class
    setters: dict[str, object] = {"_new": object.__new__, "_cls": cls}
    for index, name in enumerate(names):
        slot: Any = getattr(cls, name, None)
        if type(slot) is not _MEMBER_DESCRIPTOR:
            raise TypeError(f"{cls.__name__}.{name} is not a slot")
        setters[f"_set{index}"] = slot.__set__
    arguments = ", ".join(f"v{index}" for index in range(len(names)))
    lines = [f"def make({arguments}):", "    self = _new(_cls)"]
    lines.extend(f"    _set{index}(self, v{index})" for index in range(len(names)))
    lines.append("    return self")
    exec("\n".join(lines), setters)  # the class's own field names: nothing from outside
    return cast(Callable[..., _T], setters["make"])


class _Slotted:
    __slots__ = ("slot",)


_MEMBER_DESCRIPTOR = type(_Slotted.__dict__["slot"])
