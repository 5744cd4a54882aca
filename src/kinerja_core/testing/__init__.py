"""Testing helpers for users of kinerja-core.

- [`kinerja_core.testing.strategies`][kinerja_core.testing.strategies]: hypothesis strategies
  for every value type, built to find edge cases (the `testing` extra; import the module).
- [`synthetic_workforce`][kinerja_core.testing.synthetic_workforce]: seeded, realistic
  cohorts of employees for population runs, up to the national 4.3 million (the `population`
  extra, numpy; no hypothesis needed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.testing.workforce import (
        DEFAULT_PROFILE,
        UnitKind,
        WorkforceProfile,
        synthetic_workforce,
    )

__all__ = ["DEFAULT_PROFILE", "UnitKind", "WorkforceProfile", "synthetic_workforce"]

_WORKFORCE = "kinerja_core.testing.workforce"

_HOMES: dict[str, str] = dict.fromkeys(__all__, _WORKFORCE)
"""The module that defines each name (loaded on first use)."""

__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
