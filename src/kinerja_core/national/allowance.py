"""National data of the `allowance` area: none — TPP and tunjangan kinerja are set per institution.

The area's one parameter, `ALLOWANCE_RULES`, is institution-only: each Pemda (by Peraturan Kepala
Daerah) or ministry sets its own, and a policy adds it with `NATIONAL.with_overrides(...)`. The
sets the domain reference gives ship as data in `kinerja_core.allowance` (not here: they are
institutions' rules, not national defaults). This module registers the area and its
institution-only parameter, so that the rules index lists it and a `PolicyOverrides` document can
add it by name.
"""

from __future__ import annotations

from typing import Any

from kinerja_core.allowance.allowance_specs import ALLOWANCE_RULES
from kinerja_core.core.parameters import Parameter

PARAMETERS: tuple[Parameter[Any], ...] = ()

INSTITUTION_SPECS = (ALLOWANCE_RULES,)
"""The area's institution-only parameter (a policy adds it, by spec or by name)."""
