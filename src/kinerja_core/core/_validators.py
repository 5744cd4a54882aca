"""attrs validators and converters that raise the library's own errors."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.numbers import PUBLISHED_DIGITS, to_decimal

_E = TypeVar("_E", bound=enum.Enum)

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def enum_repr(member: enum.Enum) -> str:
    """Repr an enum member the way it is written in code (`Rating.GOOD`)."""
    return f"{type(member).__name__}.{member.name}"


def non_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(attribute.name, value, "must be a non-empty string")


def optional_non_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require `None` or a non-empty string."""
    if value is not None:
        non_blank(instance, attribute, value)


def check_member(value: object, enum_type: type[_E], *, field: str) -> _E:
    """Return `value` if it is a member of `enum_type`, else raise an error listing the members."""
    if not isinstance(value, enum_type):
        valid = ", ".join(f"{enum_type.__name__}.{m.name}" for m in enum_type)
        raise InvalidValueError(field, value, f"must be one of {valid}")
    return value


def member_of(enum_type: type[_E]) -> Validator:
    """Require a member of `enum_type`."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_member(value, enum_type, field=attribute.name)

    return check


def check_whole(value: object, *, field: str, low: int, high: int) -> int:
    """Return `value` if it is an `int` (not a `bool`) from `low` to `high`, else raise an error."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidValueError(field, value, f"must be a whole number from {low} to {high}")
    return value


def instance_of(kind: type | tuple[type, ...], description: str) -> Validator:
    """Require an instance of `kind`, described in words for the error message."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise InvalidValueError(attribute.name, value, f"must be {description}")

    return check


def a_bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require `True` or `False` (not a truthy value)."""
    if not isinstance(value, bool):
        raise InvalidValueError(attribute.name, value, "must be True or False")


def a_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a `datetime.date` that is not a `datetime` (no hidden time or timezone)."""
    check_date(value, field=attribute.name)


def check_date(value: object, *, field: str) -> date:
    """Return `value` if it is a plain `date`, else raise `InvalidValueError`."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidValueError(field, value, "must be a datetime.date (not a datetime)")
    return value


def optional_decimal(value: object, *, field: str) -> Decimal | None:
    """Return `None` for `None`, else `value` as a `Decimal` (see `to_decimal`)."""
    return None if value is None else to_decimal(value, field=field)


def as_tuple(value: object, *, field: str) -> tuple[Any, ...]:
    """Turn an iterable (not a string or mapping) into a tuple, or raise `InvalidValueError`."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidValueError(field, value, "must be a sequence")
    return tuple(value)


def tuple_of(
    kind: type | tuple[type, ...], description: str
) -> Callable[[str], Callable[[object], tuple[Any, ...]]]:
    """A converter factory: an iterable whose every item is a `kind`, as a tuple."""

    def for_field(field: str) -> Callable[[object], tuple[Any, ...]]:
        def convert(value: object) -> tuple[Any, ...]:
            items = as_tuple(value, field=field)
            for item in items:
                if not isinstance(item, kind):
                    raise InvalidValueError(field, item, f"each item must be {description}")
            return items

        return convert

    return for_field


_T = TypeVar("_T")


def instance_check(kind: type[_T], field: str, reason: str) -> Callable[[object], _T]:
    """A check (e.g. for a `ParameterSpec`) that accepts only instances of `kind`.

    Args:
        kind: The accepted type.
        field: The name reported in the error.
        reason: What the value must be, reported in the error.

    Returns:
        A function returning its argument unchanged or raising `InvalidValueError`.
    """

    def check(value: object) -> _T:
        if not isinstance(value, kind):
            raise InvalidValueError(field, value, reason)
        return value

    return check


def check_bool(value: object, *, field: str) -> bool:
    """Return `value` if it is `True` or `False` (not merely truthy), else raise an error."""
    if not isinstance(value, bool):
        raise InvalidValueError(field, value, "must be True or False")
    return value


def optional_places(value: object, *, field: str) -> int | None:
    """Return `None` or a whole number of decimal places (0 to 28), else raise `InvalidValueError`.

    For parameters that say to how many places a result is rounded (`None`: not rounded).
    """
    if value is None:
        return None
    top = PUBLISHED_DIGITS
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= top:
        raise InvalidValueError(
            field, value, f"must be None (no rounding) or a whole number from 0 to {top}"
        )
    return value


_V = TypeVar("_V")


def enum_table(
    value: object,
    *,
    field: str,
    members: Iterable[_E],
    entry: str,
    convert: Callable[[_E, object], _V],
) -> dict[_E, _V]:
    """Check a table that has exactly one entry per enum member, and convert its entries.

    Args:
        value: The candidate table (a mapping).
        field: The name reported in errors (e.g. the parameter's name).
        members: The members that must be the keys (at least one), in the order of the result.
        entry: What each entry is, in words (e.g. `"a band"`), for error messages.
        convert: Checks and converts one entry, given its member and the raw entry.

    Returns:
        One converted entry per member, in the order of `members`.

    Raises:
        InvalidValueError: If `value` is not a mapping, a member has no entry, a key is not one
            of `members`, or `convert` rejects an entry.
    """
    keys = tuple(members)
    kind = type(keys[0]).__name__
    if not isinstance(value, Mapping):
        raise InvalidValueError(field, value, f"must be a mapping of {kind} to {entry}")
    missing = [member.value for member in keys if member not in value]
    if missing:
        raise InvalidValueError(field, missing, f"needs {entry} for every {kind}")
    extra = [key for key in value if key not in keys]
    if extra:
        raise InvalidValueError(field, extra, f"keys must be {kind} members")
    return {member: convert(member, value[member]) for member in keys}
