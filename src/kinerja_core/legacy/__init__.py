"""Earlier numeric regimes, for records that must still be judged by the law of their time.

Give [`evaluate`][kinerja_core.evaluate] a [`Pp46Case`][kinerja_core.legacy.Pp46Case] or a
[`Pp30Case`][kinerja_core.legacy.Pp30Case]; the rules of each regime are in its module:

- [`kinerja_core.legacy.pp46_2011`][kinerja_core.legacy.pp46_2011]: PP 46/2011 with Perka BKN
  1/2013 (1 January 2014 - 30 June 2021).
- [`kinerja_core.legacy.pp30_2019`][kinerja_core.legacy.pp30_2019]: PP 30/2019 with PermenPANRB
  8/2021 (the second half of 2021).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.legacy import pp30_2019, pp46_2011
    from kinerja_core.legacy.cases import Pp30Case, Pp46Case

__all__ = ["Pp30Case", "Pp46Case", "pp30_2019", "pp46_2011"]

_HOMES: dict[str, str] = {
    "Pp30Case": "kinerja_core.legacy.cases",
    "Pp46Case": "kinerja_core.legacy.cases",
}
"""The module that defines each name (loaded on first use, like the regimes' modules)."""


__getattr__, __dir__ = lazy_exports(
    globals(), _HOMES, __all__, submodules=("pp30_2019", "pp46_2011")
)
