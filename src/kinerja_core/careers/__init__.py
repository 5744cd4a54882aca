"""Careers: angka kredit, kenaikan pangkat and jenjang, KGB, Satyalancana Karya Satya, rewards.

Every eligibility question answers with one type,
[`Eligibility`][kinerja_core.careers.Eligibility], made of
[`Condition`][kinerja_core.careers.Condition]s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.careers.eligibility import Condition, Eligibility

__all__ = ["Condition", "Eligibility"]

_HOMES: dict[str, str] = {
    "Condition": "kinerja_core.careers.eligibility",
    "Eligibility": "kinerja_core.careers.eligibility",
}
"""The module that defines each name (loaded on first use)."""

__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
