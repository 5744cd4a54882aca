"""Which regime applies when, and one entry point for all of them: `evaluate`."""

from __future__ import annotations

from kinerja_core.regimes.timeline import (
    REGIME_TIMELINE,
    RegimeOutcome,
    RegimeSpan,
    explain_regime_on,
    regime_rules,
    regime_window,
    regimes_in,
    single_regime,
)

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
