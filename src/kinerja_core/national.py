"""The national policy: every parameter's national timeline, with citations.

Each rule module declares its parameters and their national versions (`NATIONAL_PARAMETERS`);
this module bundles them into [`NATIONAL`][kinerja_core.NATIONAL].
"""

from __future__ import annotations

from kinerja_core import achievement_formulas, predicate
from kinerja_core.parameters import Policy

__all__ = ["NATIONAL"]

NATIONAL = Policy(
    "Nasional",
    [
        *achievement_formulas.NATIONAL_PARAMETERS,
        *predicate.NATIONAL_PARAMETERS,
    ],
)
"""The national policy (Indonesia-wide defaults). Build a region's rules with
`NATIONAL.with_overrides(...)`; it is never modified."""
