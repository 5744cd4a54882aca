"""Resolving the `rules=` argument that every rule function takes."""

from __future__ import annotations

from datetime import date

from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.parameters import Policy, Rules


def check_rules(rules: object) -> Rules | None:
    """`None` or a `Rules` snapshot, as given; anything else is an error naming `rules`.

    Args:
        rules: The caller's `rules=` argument.

    Returns:
        The argument.

    Raises:
        InvalidValueError: If `rules` is neither `None` nor a `Rules` snapshot.
    """
    if rules is None or isinstance(rules, Rules):
        return rules
    raise InvalidValueError("rules", rules, "must be a Rules snapshot, e.g. NATIONAL.at(day)")


def national_policy() -> Policy:
    """The national policy (imported on first use: the national data sits above the rules)."""
    from kinerja_core.national import NATIONAL  # noqa: PLC0415 (NATIONAL imports rule modules)

    return NATIONAL


def rules_or_national(rules: Rules | None, on: date | None = None) -> Rules:
    """The caller's rules, or the national rules when `rules` is `None`.

    Args:
        rules: The caller's `Rules` snapshot, or `None`.
        on: The date to take the national rules at when `rules` is `None` (e.g. the end of the
            period being evaluated); when this is `None` too, `NATIONAL.latest()`.

    Returns:
        A `Rules` snapshot.

    Raises:
        InvalidValueError: If `rules` is neither `None` nor a `Rules` snapshot.
    """
    if rules is None:
        national = national_policy()
        return national.latest() if on is None else national.at(on)
    if not isinstance(rules, Rules):
        raise InvalidValueError("rules", rules, "must be a Rules snapshot, e.g. NATIONAL.at(day)")
    return rules
