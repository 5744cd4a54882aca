"""National data of the `regimes` area: every parameter's national timeline, with its citations.

Data only: the specs (what each parameter is and how a value is checked) are in the area's
`*_specs` modules; the rules that read the values are in the area's other modules.
"""

from __future__ import annotations

from datetime import date

from kinerja_core.core.explain import Text
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Parameter, Version
from kinerja_core.regimes.timeline_specs import (
    REGIME_TIMELINE,
    Regime,
)

TIMELINE = (
    Parameter(
        REGIME_TIMELINE,
        [
            Version(
                date(2014, 1, 1),
                Regime.PP_46_2011,
                Citation(
                    "PP 46/2011 + Perka BKN 1/2013",
                    "Ketentuan penutup (berlaku 1 Januari 2014)",
                    Text(
                        "SKP berangka; nilai prestasi kerja = 60 % SKP + 40 % perilaku kerja.",
                        "Numeric SKP; nilai prestasi kerja = 60 % SKP + 40 % perilaku kerja.",
                    ),
                    confidence=Confidence.SECONDARY,
                ),
            ),
            Version(
                date(2021, 7, 1),
                Regime.PP_30_2019,
                Citation(
                    "PP 30/2019 + PermenPANRB 8/2021",
                    Text(
                        "Ketentuan peralihan (2021: 2 Jan-30 Jun formulir lama; 1 Jul-31 Des "
                        "formulir baru)",
                        "Ketentuan peralihan (2021: 2 Jan-30 Jun old form; 1 Jul-31 Dec new)",
                    ),
                    Text(
                        "Tahun 2021 terbagi: semester pertama masih memakai formulir PP 46/2011.",
                        "2021 is split: the first half still used the PP 46/2011 form.",
                    ),
                    confidence=Confidence.SECONDARY,
                ),
            ),
            Version(
                date(2022, 1, 1),
                Regime.PERMENPANRB_6_2022,
                Citation(
                    "PermenPANRB 6/2022",
                    "Ketentuan penutup",
                    Text(
                        "Ditetapkan 3 Februari 2022; berlaku untuk periode kinerja sejak 2022.",
                        "Set 3 February 2022; applies to performance periods from 2022.",
                    ),
                    confidence=Confidence.SECONDARY,
                ),
            ),
        ],
    ),
)

PARAMETERS = (*TIMELINE,)
"""Every parameter of the area, in one tuple for the national policy."""
