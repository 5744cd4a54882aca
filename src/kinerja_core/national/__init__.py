"""The national policy: every parameter's national timeline, with citations.

Each rule module declares its parameters and their national versions (`NATIONAL_PARAMETERS`);
this package bundles them into [`NATIONAL`][kinerja_core.NATIONAL] (whose home is the top level).
"""

from __future__ import annotations

from kinerja_core.core.parameters import Policy
from kinerja_core.interop import siasn
from kinerja_core.legacy import pp30_2019, pp46_2011
from kinerja_core.performance import (
    achievement_formulas,
    behaviour,
    evaluation,
    predicate,
    work_result,
)
from kinerja_core.periods import deadlines, employment
from kinerja_core.regimes import timeline as regimes

__all__: list[str] = []  # NATIONAL's home is the top level: `kinerja_core.NATIONAL`

NATIONAL = Policy(
    "Nasional",
    [
        *achievement_formulas.NATIONAL_PARAMETERS,
        *predicate.NATIONAL_PARAMETERS,
        *behaviour.NATIONAL_PARAMETERS,
        *work_result.NATIONAL_PARAMETERS,
        *siasn.NATIONAL_PARAMETERS,
        *employment.NATIONAL_PARAMETERS,
        *deadlines.NATIONAL_PARAMETERS,
        *regimes.NATIONAL_PARAMETERS,
        *evaluation.NATIONAL_PARAMETERS,
        *pp46_2011.NATIONAL_PARAMETERS,
        *pp30_2019.NATIONAL_PARAMETERS,
    ],
)
"""The national policy (Indonesia-wide defaults). Build a region's rules with
`NATIONAL.with_overrides(...)`; it is never modified."""
