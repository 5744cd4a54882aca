"""Earlier numeric regimes, for records that must still be judged by the law of their time.

Give [`evaluate`][kinerja_core.evaluate] a [`Pp46Case`][kinerja_core.legacy.Pp46Case] or a
[`Pp30Case`][kinerja_core.legacy.Pp30Case]; the rules of each regime are in its module:

- [`kinerja_core.legacy.pp46_2011`][kinerja_core.legacy.pp46_2011]: PP 46/2011 with Perka BKN
  1/2013 (1 January 2014 - 30 June 2021).
- [`kinerja_core.legacy.pp30_2019`][kinerja_core.legacy.pp30_2019]: PP 30/2019 with PermenPANRB
  8/2021 (the second half of 2021).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kinerja_core.legacy import pp30_2019, pp46_2011
    from kinerja_core.legacy.cases import Pp30Case, Pp46Case

__all__ = ["Pp30Case", "Pp46Case", "pp30_2019", "pp46_2011"]

_HOMES: dict[str, str] = {
    "Pp30Case": "kinerja_core.legacy.cases",
    "Pp46Case": "kinerja_core.legacy.cases",
}
"""The module that defines each name (loaded on first use, like the regimes' modules)."""


def __getattr__(name: str) -> Any:  # noqa: ANN401 (PEP 562: any exported name)
    if name in ("pp30_2019", "pp46_2011"):
        return importlib.import_module(f"{__name__}.{name}")
    module = _HOMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
