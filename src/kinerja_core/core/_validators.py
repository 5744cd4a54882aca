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


def described_id(description: str) -> str:
    """The Indonesian wording of an English description such as `"a Period"` or `"an Indicator"`.

    Class names stay as they are written in code; only the English article goes, so that
    `"a Period"` becomes `"Period"` (read as "harus berupa Period").
    """
    for article in ("a ", "an "):
        if description.startswith(article):
            return description[len(article) :]
    return description


def enum_repr(member: enum.Enum) -> str:
    """Repr an enum member the way it is written in code (`Rating.GOOD`)."""
    return f"{type(member).__name__}.{member.name}"


def non_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a non-empty string."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidValueError(
            attribute.name,
            value,
            "must be a non-empty string",
            reason_id="wajib diisi dengan teks (tidak boleh kosong)",
            code="blank" if value is None or isinstance(value, str) else "wrong_type",
        )


def optional_non_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require `None` or a non-empty string."""
    if value is not None:
        non_blank(instance, attribute, value)


def check_member(value: object, enum_type: type[_E], *, field: str) -> _E:
    """Return `value` if it is a member of `enum_type`, else raise an error listing the members."""
    if not isinstance(value, enum_type):
        valid = ", ".join(f"{enum_type.__name__}.{m.name}" for m in enum_type)
        raise InvalidValueError(
            field,
            value,
            f"must be one of {valid}",
            reason_id=f"harus salah satu dari {valid}",
            code="not_a_member",
        )
    return value


def member_of(enum_type: type[_E]) -> Validator:
    """Require a member of `enum_type`."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_member(value, enum_type, field=attribute.name)

    return check


def check_whole(value: object, *, field: str, low: int, high: int) -> int:
    """Return `value` if it is an `int` (not a `bool`) from `low` to `high`, else raise an error."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidValueError(
            field,
            value,
            f"must be a whole number from {low} to {high}",
            reason_id=f"harus bilangan bulat dari {low} sampai dengan {high}",
            code=_whole_code(value),
        )
    return value


def _whole_code(value: object) -> str:
    """`"out_of_range"` for a whole number outside its range, else `"wrong_type"`."""
    return "wrong_type" if isinstance(value, bool) or not isinstance(value, int) else "out_of_range"


def instance_of(
    kind: type | tuple[type, ...], description: str, *, description_id: str | None = None
) -> Validator:
    """Require an instance of `kind`, described in words for the error message.

    Args:
        kind: The accepted type(s).
        description: What the value must be, in English (e.g. `"a Period"`).
        description_id: The same in Indonesian; by default the English description without its
            article (class names are not translated).
    """
    wording_id = description_id or described_id(description)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise InvalidValueError(
                attribute.name,
                value,
                f"must be {description}",
                reason_id=f"harus berupa {wording_id}",
                code="wrong_type",
            )

    return check


def a_bool(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require `True` or `False` (not a truthy value)."""
    if not isinstance(value, bool):
        raise _not_a_bool(attribute.name, value)


def _not_a_bool(field: str, value: object) -> InvalidValueError:
    return InvalidValueError(
        field,
        value,
        "must be True or False",
        reason_id="harus True atau False (ya atau tidak)",
        code="wrong_type",
    )


def a_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a `datetime.date` that is not a `datetime` (no hidden time or timezone)."""
    check_date(value, field=attribute.name)


def an_optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require `None` or a `datetime.date` that is not a `datetime`."""
    if value is not None:
        check_date(value, field=attribute.name)


def check_date(value: object, *, field: str) -> date:
    """Return `value` if it is a plain `date`, else raise `InvalidValueError`."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidValueError(
            field,
            value,
            "must be a datetime.date (not a datetime)",
            reason_id="harus berupa tanggal (datetime.date, tanpa jam)",
            code="not_a_date",
        )
    return value


def optional_decimal(value: object, *, field: str) -> Decimal | None:
    """Return `None` for `None`, else `value` as a `Decimal` (see `to_decimal`)."""
    return None if value is None else to_decimal(value, field=field)


def as_tuple(value: object, *, field: str) -> tuple[Any, ...]:
    """Turn an iterable (not a string or mapping) into a tuple, or raise `InvalidValueError`."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidValueError(
            field,
            value,
            "must be a sequence",
            reason_id="harus berupa daftar (urutan butir)",
            code="not_a_sequence",
        )
    return tuple(value)


def tuple_of(
    kind: type | tuple[type, ...], description: str, *, description_id: str | None = None
) -> Callable[[str], Callable[[object], tuple[Any, ...]]]:
    """A converter factory: an iterable whose every item is a `kind`, as a tuple.

    Args:
        kind: The accepted type(s) of the items.
        description: What each item must be, in English (e.g. `"a PlanItem"`).
        description_id: The same in Indonesian; by default the English description without its
            article (class names are not translated).
    """
    wording_id = description_id or described_id(description)

    def for_field(field: str) -> Callable[[object], tuple[Any, ...]]:
        def convert(value: object) -> tuple[Any, ...]:
            items = as_tuple(value, field=field)
            for item in items:
                if not isinstance(item, kind):
                    raise InvalidValueError(
                        field,
                        item,
                        f"each item must be {description}",
                        reason_id=f"setiap butir harus berupa {wording_id}",
                        code="wrong_type",
                    )
            return items

        return convert

    return for_field


_T = TypeVar("_T")


def instance_check(
    kind: type[_T], field: str, reason: str, *, reason_id: str | None = None
) -> Callable[[object], _T]:
    """A check (e.g. for a `ParameterSpec`) that accepts only instances of `kind`.

    Args:
        kind: The accepted type.
        field: The name reported in the error.
        reason: What the value must be, reported in the error (e.g. `"must be a Band"`).
        reason_id: The same in Indonesian; by default read from `reason` when it says
            `"must be a X"` (`"harus berupa X"`), else the name of `kind`.

    Returns:
        A function returning its argument unchanged or raising `InvalidValueError`.
    """
    if reason_id is None:
        wanted = reason.removeprefix("must be ")
        reason_id = f"harus berupa {described_id(wanted) if wanted != reason else kind.__name__}"

    def check(value: object) -> _T:
        if not isinstance(value, kind):
            raise InvalidValueError(field, value, reason, reason_id=reason_id, code="wrong_type")
        return value

    return check


def check_bool(value: object, *, field: str) -> bool:
    """Return `value` if it is `True` or `False` (not merely truthy), else raise an error."""
    if not isinstance(value, bool):
        raise _not_a_bool(field, value)
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
            field,
            value,
            f"must be None (no rounding) or a whole number from 0 to {top}",
            reason_id=(
                f"harus None (tanpa pembulatan) atau bilangan bulat dari 0 sampai dengan {top}"
            ),
            code=_whole_code(value),
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
    entry_id: str | None = None,
) -> dict[_E, _V]:
    """Check a table that has exactly one entry per enum member, and convert its entries.

    Args:
        value: The candidate table (a mapping).
        field: The name reported in errors (e.g. the parameter's name).
        members: The members that must be the keys (at least one), in the order of the result.
        entry: What each entry is, in words (e.g. `"a band"`), for error messages.
        convert: Checks and converts one entry, given its member and the raw entry.
        entry_id: The same in Indonesian (e.g. `"rentang"`); by default `entry` without its
            article.

    Returns:
        One converted entry per member, in the order of `members`.

    Raises:
        InvalidValueError: If `value` is not a mapping, a member has no entry, a key is not one
            of `members`, or `convert` rejects an entry.
    """
    keys = tuple(members)
    kind = type(keys[0]).__name__
    wording_id = entry_id or described_id(entry)
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            field,
            value,
            f"must be a mapping of {kind} to {entry}",
            reason_id=f"harus berupa pemetaan dari {kind} ke {wording_id}",
            code="wrong_type",
        )
    missing = [member.value for member in keys if member not in value]
    if missing:
        raise InvalidValueError(
            field,
            missing,
            f"needs {entry} for every {kind}",
            reason_id=f"memerlukan {wording_id} untuk setiap {kind}",
            code="missing_entry",
        )
    extra = [key for key in value if key not in keys]
    if extra:
        raise InvalidValueError(
            field,
            extra,
            f"keys must be {kind} members",
            reason_id=f"kuncinya harus anggota {kind}",
            code="unknown_key",
        )
    return {member: convert(member, value[member]) for member in keys}


def non_negative(value: object, *, field: str) -> Decimal:
    """Return `value` as a `Decimal` (see `to_decimal`) if it is not negative, else raise."""
    number = to_decimal(value, field=field)
    if number < 0:
        raise InvalidValueError(
            field,
            value,
            "must not be negative",
            reason_id="tidak boleh negatif",
            code="out_of_range",
        )
    return number
