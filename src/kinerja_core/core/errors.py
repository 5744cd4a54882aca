"""The library's error family.

Every invalid input raises a subclass of [`KinerjaError`][kinerja_core.KinerjaError], which is
itself a `ValueError`, so callers that already catch `ValueError` keep working. Each error names
the field, the value it received and what would have been valid.

Each error also carries a stable `code` (for programs: `"invalid_value"`, `"unknown_label"`, …)
and, where one was written, the reason in Indonesian (`reason_id`); `message(lang)` gives the
message in either language. Values are shown the way users write them (`90`, `"Baik"`), not as
Python reprs (`Decimal('90')`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction

__all__ = [
    "InvalidValueError",
    "KinerjaError",
    "RuleNotInForceError",
    "UnknownLabelError",
    "UnknownParameterError",
    "ValidationError",
]


def show(value: object) -> str:
    """Write a value the way a user would have typed it, for error messages.

    Numbers in plain notation (`90`, not `Decimal('90')`), enum members by their official label
    (`'Baik'`), dates as ISO dates, strings quoted, sequences item by item.

    Examples:
        >>> show(Decimal("90"))
        '90'
        >>> show("Sangat Baik")
        "'Sangat Baik'"
        >>> show([Decimal("1.5"), None])
        '[1.5, null]'
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return show(value.value)
    if isinstance(value, Decimal):
        return f"{value:f}" if value.is_finite() else str(value)
    if isinstance(value, Fraction):
        return str(value)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(show(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{show(k)}: {show(v)}" for k, v in value.items()) + "}"
    return repr(value)


class KinerjaError(ValueError):
    """Base class of every error raised by kinerja-core for bad input.

    Attributes:
        field: The name of the argument or field that was wrong.
        value: The value that was received.
        reason: Why it was rejected and what would be valid (English).
        reason_id: The same reason in Indonesian, when one was written (else `None`).
        code: A stable identifier of the kind of problem, for programs (e.g. `"invalid_value"`).
    """

    default_code = "invalid_value"

    field: str
    value: object
    reason: str
    reason_id: str | None
    code: str

    def __init__(
        self,
        field: str,
        value: object,
        reason: str,
        *,
        show_value: bool = True,
        reason_id: str | None = None,
        code: str | None = None,
    ) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        self.reason_id = reason_id
        self.code = code or self.default_code
        self._show_value = show_value
        super().__init__(self.message("en"))

    def __reduce__(self) -> tuple[object, ...]:
        # the subclasses' own signatures differ: rebuild from the state, not from __init__
        # (so an error crosses processes intact, e.g. a population run's row problems on Dask)
        return (_rebuilt, (type(self), self.args, dict(self.__dict__)))

    def message(self, lang: str = "en") -> str:
        """The message in Indonesian (`"id"`) or English (`"en"`).

        The Indonesian message falls back to the English reason when none was written.
        """
        reason = self.reason_id if lang == "id" and self.reason_id else self.reason
        text = f"{self.field}: {reason}"
        if not self._show_value:
            return text
        return f"{text} ({'diterima' if lang == 'id' else 'got'} {show(self.value)})"


def _rebuilt(
    kind: type[KinerjaError], args: tuple[object, ...], state: dict[str, object]
) -> KinerjaError:
    """An error unpickled: its class, its arguments and its attributes as they were."""
    error = kind.__new__(kind)
    error.args = args
    error.__dict__.update(state)
    return error


class InvalidValueError(KinerjaError):
    """A value has the wrong type or lies outside what the rule accepts."""


class UnknownLabelError(KinerjaError):
    """An official label (e.g. a predikat written as text) is not recognised.

    Attributes:
        valid: The labels that would have been accepted.
    """

    default_code = "unknown_label"
    valid: tuple[str, ...]

    def __init__(self, field: str, value: object, valid: Iterable[str]) -> None:
        self.valid = tuple(valid)
        listed = ", ".join(self.valid)
        super().__init__(
            field,
            value,
            "unknown label; valid labels: " + listed,
            reason_id="label tidak dikenal; label yang sah: " + listed,
        )


class UnknownParameterError(KinerjaError):
    """A parameter name is not part of the policy.

    The default reason (English and Indonesian) lists the known parameters; a caller that
    passes its own `reason` should pass `reason_id` with it.

    Attributes:
        valid: The parameter names the policy does have.
    """

    default_code = "unknown_parameter"
    valid: tuple[str, ...]

    def __init__(
        self,
        field: str,
        value: object,
        valid: Iterable[str],
        *,
        reason: str | None = None,
        reason_id: str | None = None,
    ) -> None:
        self.valid = tuple(sorted(valid))
        listed = ", ".join(self.valid)
        if reason is None:
            reason = "unknown parameter; known parameters: " + listed
            reason_id = reason_id or "parameter tidak dikenal; parameter yang ada: " + listed
        super().__init__(field, value, reason, reason_id=reason_id)


class RuleNotInForceError(KinerjaError):
    """A rule was asked for a date on which it was not (yet, or any more) in force.

    Callers write the reason (`reason`, English) and, optionally, its Indonesian `reason_id`.

    Attributes:
        on: The date that was asked for.
        in_force_from: The first date the rule applies, when there is one.
    """

    default_code = "rule_not_in_force"
    on: date
    in_force_from: date | None

    def __init__(
        self,
        field: str,
        on: date,
        reason: str,
        *,
        in_force_from: date | None = None,
        reason_id: str | None = None,
    ) -> None:
        self.on = on
        self.in_force_from = in_force_from
        super().__init__(field, on, reason, reason_id=reason_id)


class ValidationError(KinerjaError):
    """Several problems found at once (for example in a performance plan).

    The reason counts and lists the problems, in English (`"2 problem(s): …"`) and in
    Indonesian (`"2 masalah: …"`, each problem in its Indonesian message).

    Attributes:
        problems: Every problem found, each itself a `KinerjaError`.
    """

    default_code = "validation"
    problems: tuple[KinerjaError, ...]

    def __init__(self, field: str, value: object, problems: Iterable[KinerjaError]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        listed = "; ".join(str(problem) for problem in self.problems)
        listed_id = "; ".join(problem.message("id") for problem in self.problems)
        super().__init__(
            field,
            value,
            f"{count} problem(s): {listed}",
            show_value=False,
            reason_id=f"{count} masalah: {listed_id}",
        )
