"""Exchange with other systems: BKN's SIASN codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.interop.siasn import (
        SiasnPerformanceCodes,
        SiasnRecord,
        decode_siasn_record,
        encode_siasn_record,
        parse_siasn_rating,
        period_kind_from_siasn,
        period_kind_to_siasn,
        predicate_from_siasn,
        predicate_to_siasn,
        rating_from_siasn,
        rating_to_siasn,
        siasn_performance_codes,
    )
    from kinerja_core.interop.siasn_specs import (
        SIASN_FIELD_NAMES,
        SIASN_PERIOD_CODES,
        SIASN_PREDICATE_CODES,
        SIASN_RATING_CODES,
        SIASN_RATING_LABELS,
        SiasnCasing,
        SiasnField,
    )

__all__ = [
    "SIASN_FIELD_NAMES",
    "SIASN_PERIOD_CODES",
    "SIASN_PREDICATE_CODES",
    "SIASN_RATING_CODES",
    "SIASN_RATING_LABELS",
    "SiasnCasing",
    "SiasnField",
    "SiasnPerformanceCodes",
    "SiasnRecord",
    "decode_siasn_record",
    "encode_siasn_record",
    "parse_siasn_rating",
    "period_kind_from_siasn",
    "period_kind_to_siasn",
    "predicate_from_siasn",
    "predicate_to_siasn",
    "rating_from_siasn",
    "rating_to_siasn",
    "siasn_performance_codes",
]

_HOMES: dict[str, str] = {
    "SIASN_FIELD_NAMES": "kinerja_core.interop.siasn",
    "SiasnCasing": "kinerja_core.interop.siasn",
    "SiasnField": "kinerja_core.interop.siasn",
    "SiasnRecord": "kinerja_core.interop.siasn",
    "decode_siasn_record": "kinerja_core.interop.siasn",
    "encode_siasn_record": "kinerja_core.interop.siasn",
    "SIASN_PERIOD_CODES": "kinerja_core.interop.siasn",
    "SIASN_PREDICATE_CODES": "kinerja_core.interop.siasn",
    "SIASN_RATING_CODES": "kinerja_core.interop.siasn",
    "SIASN_RATING_LABELS": "kinerja_core.interop.siasn",
    "SiasnPerformanceCodes": "kinerja_core.interop.siasn",
    "parse_siasn_rating": "kinerja_core.interop.siasn",
    "period_kind_from_siasn": "kinerja_core.interop.siasn",
    "period_kind_to_siasn": "kinerja_core.interop.siasn",
    "predicate_from_siasn": "kinerja_core.interop.siasn",
    "predicate_to_siasn": "kinerja_core.interop.siasn",
    "rating_from_siasn": "kinerja_core.interop.siasn",
    "rating_to_siasn": "kinerja_core.interop.siasn",
    "siasn_performance_codes": "kinerja_core.interop.siasn",
}
"""The module that defines each name (loaded on first use, so importing one module of the
namespace does not load all of them)."""


__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
