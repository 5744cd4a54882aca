"""National data of the `interop` area: every parameter's national timeline, with its citations.

Data only: the specs (what each parameter is and how a value is checked) are in the area's
`*_specs` modules; the rules that read the values are in the area's other modules.
"""

from __future__ import annotations

from kinerja_core.core.explain import Text
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Parameter, Version
from kinerja_core.interop.siasn_specs import (
    _SIASN_START,
    _SOFTWARE_NOTE,
    SIASN_FIELD_NAMES,
    SIASN_PERIOD_CODES,
    SIASN_PREDICATE_CODES,
    SIASN_RATING_CODES,
    SIASN_RATING_LABELS,
    SiasnCasing,
    SiasnField,
)
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.periods.period import PeriodKind

SIASN = (
    Parameter(
        SIASN_RATING_CODES,
        [
            Version(
                _SIASN_START,
                {
                    Rating.ABOVE_EXPECTATIONS: 1,
                    Rating.MEETS_EXPECTATIONS: 2,
                    Rating.BELOW_EXPECTATIONS: 3,
                },
                Citation(
                    "BKN SIASN",
                    "hasilKinerjaNilai / perilakuKerjaNilai",
                    Text(
                        f"{_SOFTWARE_NOTE.id} Tiga program yang saling independen sepakat.",
                        f"{_SOFTWARE_NOTE.en} Three independent programs agree.",
                    ),
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
    Parameter(
        SIASN_PREDICATE_CODES,
        [
            Version(
                _SIASN_START,
                {
                    Predicate.VERY_GOOD: 1,
                    Predicate.GOOD: 2,
                    Predicate.NEEDS_IMPROVEMENT: 3,
                    Predicate.POOR: 4,
                    Predicate.VERY_POOR: 5,
                },
                Citation(
                    "BKN SIASN",
                    "kuadranKinerjaNilai",
                    Text(
                        f"{_SOFTWARE_NOTE.id} Data referensi SIASN yang disertakan dalam SDK "
                        "klien SIASN publik.",
                        f"{_SOFTWARE_NOTE.en} SIASN reference data bundled in a public SIASN "
                        "client SDK.",
                    ),
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
    Parameter(
        SIASN_PERIOD_CODES,
        [
            Version(
                _SIASN_START,
                {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 2},
                Citation(
                    "BKN SIASN",
                    "periodikId",
                    _SOFTWARE_NOTE,
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
    Parameter(
        SIASN_RATING_LABELS,
        [
            Version(
                _SIASN_START,
                {
                    Rating.ABOVE_EXPECTATIONS: "DIATAS ESPEKTASI",
                    Rating.MEETS_EXPECTATIONS: "SESUAI ESPEKTASI",
                    Rating.BELOW_EXPECTATIONS: "DIBAWAH ESPEKTASI",
                },
                Citation(
                    "BKN SIASN",
                    Text(
                        "data referensi (label rating, ditulis 'ESPEKTASI' sesuai aslinya)",
                        "reference data (rating labels, spelled 'ESPEKTASI' sic)",
                    ),
                    _SOFTWARE_NOTE,
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
)

SIASN_FIELDS = Parameter(
    SIASN_FIELD_NAMES,
    [
        Version(
            _SIASN_START,
            {
                SiasnCasing.WRITE: {
                    SiasnField.WORK_RESULT: "hasilKinerjaNilai",
                    SiasnField.BEHAVIOUR: "perilakuKerjaNilai",
                    SiasnField.QUADRANT: "kuadranKinerjaNilai",
                    SiasnField.PERIOD: "periodikId",
                },
                SiasnCasing.READ: {
                    SiasnField.WORK_RESULT: "hasilKinerjaNilai",
                    SiasnField.BEHAVIOUR: "PerilakuKerjaNilai",
                    SiasnField.QUADRANT: "KuadranKinerjaNilai",
                },
            },
            Citation(
                "BKN SIASN",
                Text(
                    "nama field rekaman SKP 2022 dan kinerja periodik (penyimpanan dan pembacaan)",
                    "field names of SKP 2022 and kinerja periodik records (saving and reading)",
                ),
                Text(
                    f"{_SOFTWARE_NOTE.id} Klien endpoint penyimpanan menulis hasilKinerjaNilai, "
                    "perilakuKerjaNilai, kuadranKinerjaNilai dan periodikId; klien endpoint "
                    "pembacaan (riwayat) membaca hasilKinerjaNilai, PerilakuKerjaNilai dan "
                    "KuadranKinerjaNilai (berhuruf kapital, sic) tanpa periodikId.",
                    f"{_SOFTWARE_NOTE.en} Clients of the saving endpoints write hasilKinerjaNilai, "
                    "perilakuKerjaNilai, kuadranKinerjaNilai and periodikId; clients of the "
                    "reading (riwayat) endpoints read hasilKinerjaNilai, PerilakuKerjaNilai and "
                    "KuadranKinerjaNilai (capitalised, sic) and no periodikId.",
                ),
                confidence=Confidence.SOFTWARE,
            ),
        )
    ],
)

PARAMETERS = (*SIASN, SIASN_FIELDS)
"""Every parameter of the area, in one tuple for the national policy."""
