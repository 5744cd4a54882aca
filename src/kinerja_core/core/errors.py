"""The library's error family.

Every invalid input raises a subclass of [`KinerjaError`][kinerja_core.KinerjaError], which is
itself a `ValueError`, so callers that already catch `ValueError` keep working. Each error names
the field, the value it received and what would have been valid.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

__all__ = [
    "InvalidValueError",
    "KinerjaError",
    "RuleNotInForceError",
    "UnknownLabelError",
    "UnknownParameterError",
    "ValidationError",
]


class KinerjaError(ValueError):
    """Base class of every error raised by kinerja-core for bad input.

    Attributes:
        field: The name of the argument or field that was wrong.
        value: The value that was received.
        reason: Why it was rejected and what would be valid.
    """

    field: str
    value: object
    reason: str

    def __init__(self, field: str, value: object, reason: str, *, show_value: bool = True) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        message = f"{field}: {reason}"
        super().__init__(f"{message} (got {value!r})" if show_value else message)


class InvalidValueError(KinerjaError):
    """A value has the wrong type or lies outside what the rule accepts."""


class UnknownLabelError(KinerjaError):
    """An official label (e.g. a predikat written as text) is not recognised.

    Attributes:
        valid: The labels that would have been accepted.
    """

    valid: tuple[str, ...]

    def __init__(self, field: str, value: object, valid: Iterable[str]) -> None:
        self.valid = tuple(valid)
        super().__init__(field, value, "unknown label; valid labels: " + ", ".join(self.valid))


class UnknownParameterError(KinerjaError):
    """A parameter name is not part of the policy.

    Attributes:
        valid: The parameter names the policy does have.
    """

    valid: tuple[str, ...]

    def __init__(
        self, field: str, value: object, valid: Iterable[str], *, reason: str | None = None
    ) -> None:
        self.valid = tuple(sorted(valid))
        super().__init__(
            field,
            value,
            reason or "unknown parameter; known parameters: " + ", ".join(self.valid),
        )


class RuleNotInForceError(KinerjaError):
    """A rule was asked for a date on which it was not (yet, or any more) in force.

    Attributes:
        on: The date that was asked for.
        in_force_from: The first date the rule applies, when there is one.
    """

    on: date
    in_force_from: date | None

    def __init__(
        self, field: str, on: date, reason: str, *, in_force_from: date | None = None
    ) -> None:
        self.on = on
        self.in_force_from = in_force_from
        super().__init__(field, on, reason)


class ValidationError(KinerjaError):
    """Several problems found at once (for example in a performance plan).

    Attributes:
        problems: Every problem found, each itself a `KinerjaError`.
    """

    problems: tuple[KinerjaError, ...]

    def __init__(self, field: str, value: object, problems: Iterable[KinerjaError]) -> None:
        self.problems = tuple(problems)
        listed = "; ".join(str(problem) for problem in self.problems)
        super().__init__(
            field, value, f"{len(self.problems)} problem(s): {listed}", show_value=False
        )
