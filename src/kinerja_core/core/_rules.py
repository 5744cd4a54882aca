"""Checking the `rules=` argument that every rule function takes.

The national default (`rules_or_national`) lives with the national data, in
`kinerja_core.national`, above the core.
"""

from __future__ import annotations

from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.parameters import Rules


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
    raise InvalidValueError(
        "rules",
        rules,
        "must be a Rules snapshot, e.g. NATIONAL.at(day)",
        reason_id="harus berupa Rules, misalnya NATIONAL.at(tanggal)",
        code="wrong_type",
    )
