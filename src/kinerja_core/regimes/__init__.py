"""Which regime applies when, and one entry point for all of them: `evaluate`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.regimes.timeline import (
        RegimeOutcome,
        RegimeSpan,
        explain_regime_on,
        regime_rules,
        regime_window,
        regimes_in,
        single_regime,
    )
    from kinerja_core.regimes.timeline_specs import REGIME_TIMELINE

__all__ = [
    "REGIME_TIMELINE",
    "RegimeOutcome",
    "RegimeSpan",
    "explain_regime_on",
    "regime_rules",
    "regime_window",
    "regimes_in",
    "single_regime",
]

_HOMES: dict[str, str] = {
    "REGIME_TIMELINE": "kinerja_core.regimes.timeline",
    "RegimeOutcome": "kinerja_core.regimes.timeline",
    "RegimeSpan": "kinerja_core.regimes.timeline",
    "explain_regime_on": "kinerja_core.regimes.timeline",
    "regime_rules": "kinerja_core.regimes.timeline",
    "regime_window": "kinerja_core.regimes.timeline",
    "regimes_in": "kinerja_core.regimes.timeline",
    "single_regime": "kinerja_core.regimes.timeline",
}
"""The module that defines each name (loaded on first use, so importing one module of the
namespace does not load all of them)."""


__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
