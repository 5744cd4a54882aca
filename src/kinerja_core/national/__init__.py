"""The national policy: every parameter's national timeline, with citations (data only).

Each area keeps its national data in a module of this package (`performance`, `periods`,
`regimes`, `interop`, `legacy`), a tuple of `Parameter(spec, [Version(date, value,
Citation(...))])` with no formula in sight; this package bundles them into
[`NATIONAL`][kinerja_core.NATIONAL] (whose home is the top level). Adding an area is its data
module plus one line in `_AREAS`.

The import graph: `core` ← each area's vocabulary and specs ← this national data ← the rules
(formulas), which take `NATIONAL` as their default ← the entry points.
"""

from __future__ import annotations

from datetime import date

from kinerja_core.core._rules import check_rules
from kinerja_core.core.parameters import Policy, Rules
from kinerja_core.national import (
    allowance,
    careers,
    discipline,
    interop,
    legacy,
    organisation,
    performance,
    periods,
    regimes,
    talent,
)

__all__: list[str] = []  # NATIONAL's home is the top level: `kinerja_core.NATIONAL`

_AREAS = (
    performance,
    periods,
    regimes,
    interop,
    legacy,
    talent,
    discipline,
    allowance,
    careers,
    organisation,
)
"""The areas whose national data make up `NATIONAL` (one registration line per area)."""

NATIONAL = Policy(
    "Nasional",
    [parameter for area in _AREAS for parameter in area.PARAMETERS],
    institution_specs=[spec for area in _AREAS for spec in getattr(area, "INSTITUTION_SPECS", ())],
)
"""The national policy (Indonesia-wide defaults). Build a region's rules with
`NATIONAL.with_overrides(...)`; it is never modified."""


def national_policy() -> Policy:
    """The national policy (`NATIONAL`), for rules that default to it.

    Returns:
        `NATIONAL`.
    """
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
    checked = check_rules(rules)
    if checked is not None:
        return checked
    return NATIONAL.latest() if on is None else NATIONAL.at(on)
