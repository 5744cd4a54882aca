"""Exchange with other systems: BKN's SIASN codes."""

from __future__ import annotations

from kinerja_core.interop.siasn import (
    SIASN_PERIOD_CODES,
    SIASN_PREDICATE_CODES,
    SIASN_RATING_CODES,
    SIASN_RATING_LABELS,
    SiasnPerformanceCodes,
    parse_siasn_rating,
    period_kind_from_siasn,
    period_kind_to_siasn,
    predicate_from_siasn,
    predicate_to_siasn,
    rating_from_siasn,
    rating_to_siasn,
    siasn_performance_codes,
)

__all__ = [
    "SIASN_PERIOD_CODES",
    "SIASN_PREDICATE_CODES",
    "SIASN_RATING_CODES",
    "SIASN_RATING_LABELS",
    "SiasnPerformanceCodes",
    "parse_siasn_rating",
    "period_kind_from_siasn",
    "period_kind_to_siasn",
    "predicate_from_siasn",
    "predicate_to_siasn",
    "rating_from_siasn",
    "rating_to_siasn",
    "siasn_performance_codes",
]
