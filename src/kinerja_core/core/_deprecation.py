"""Deprecation warnings for names kept one release after they moved."""

from __future__ import annotations

import warnings


def deprecated(old: str, new: str) -> None:
    """Warn that `old` is deprecated in favour of `new` (shown at the caller's line).

    Args:
        old: The old spelling, e.g. `"explain_achievement"`.
        new: What to use instead, e.g. `"explain(achievement, ...)"`.
    """
    warnings.warn(
        f"kinerja_core: {old} is deprecated and goes in the next release; use {new}",
        DeprecationWarning,
        stacklevel=3,
    )
