"""Discipline: disciplinary penalties (PP 94/2021, PP 53/2010) and performance sanctions.

The vocabulary ([`Penalty`][kinerja_core.discipline.Penalty],
[`PenaltyLevel`][kinerja_core.discipline.PenaltyLevel]) and penalty histories
([`PenaltyRecord`][kinerja_core.discipline.PenaltyRecord]), which the careers rules read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.discipline.penalties import Penalty, PenaltyLevel, PenaltyRecord

__all__ = ["Penalty", "PenaltyLevel", "PenaltyRecord"]

_HOMES: dict[str, str] = {
    "Penalty": "kinerja_core.discipline.penalties",
    "PenaltyLevel": "kinerja_core.discipline.penalties",
    "PenaltyRecord": "kinerja_core.discipline.penalties",
}
"""The module that defines each name (loaded on first use)."""

__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
