"""attrs validators and converters that raise the library's own errors."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

import attrs

from kinerja_core.errors import InvalidValueError

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


def member_of(enum_type: type[_E]) -> Validator:
    """Require a member of `enum_type`."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum_type):
            valid = ", ".join(f"{enum_type.__name__}.{m.name}" for m in enum_type)
            raise InvalidValueError(attribute.name, value, f"must be one of {valid}")

    return check


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
