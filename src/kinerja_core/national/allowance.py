"""National data of the `allowance` area: none — TPP and tunjangan kinerja are set per institution.

The area's one parameter, `ALLOWANCE_RULES`, is institution-only: each Pemda (by Peraturan Kepala
Daerah) or ministry sets its own, and a policy adds it with `NATIONAL.with_overrides(...)`. The
sets the domain reference gives ship as data in `kinerja_core.allowance` (not here: they are
institutions' rules, not national defaults). This module registers the area, so that the rules
index lists the institution-only parameter.
"""

from __future__ import annotations

from typing import Any

from kinerja_core.core.parameters import Parameter

PARAMETERS: tuple[Parameter[Any], ...] = ()
