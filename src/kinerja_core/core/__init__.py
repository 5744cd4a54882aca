"""The core every area builds on.

Errors, exact numbers, legal citations, explanations, dated parameters and the table core.

The everyday names (`Policy`, `Rules`, `Citation`, `Explanation`, `explain`, the errors, ...)
are also at the top level of `kinerja_core`; this namespace is the home of the rest.
"""

from __future__ import annotations

from kinerja_core.core.explain import (
    NO_STEPS,
    Explainable,
    Lang,
    ParameterUse,
    Step,
    Text,
    Trace,
    check_lang,
    explained_by,
    explains_number,
    explains_result,
    explains_value,
    plain,
)
from kinerja_core.core.numbers import (
    DECIMAL_CONTEXT,
    EXACT_CONTEXT,
    MAX_DECIMAL_PLACES,
    MAX_INTEGER_DIGITS,
    NumberLike,
    Percent,
    Ratio,
    Rupiah,
    divide,
    exact_arithmetic,
    exact_number,
    exact_product,
    exact_sum,
    publish,
    strip_zeros,
)
from kinerja_core.core.parameters import (
    Parameter,
    ParameterSpec,
    Resolved,
)
from kinerja_core.core.tables import (
    Band,
    BandTable,
    Exact,
    Interval,
    LookupMatrix,
    Monotone,
    Ranked,
    TableBacked,
    band_table_check,
    comparable_number,
    matrix_check,
    rank_of,
    tables_of,
)

__all__ = [
    "DECIMAL_CONTEXT",
    "EXACT_CONTEXT",
    "MAX_DECIMAL_PLACES",
    "MAX_INTEGER_DIGITS",
    "NO_STEPS",
    "Band",
    "BandTable",
    "Exact",
    "Explainable",
    "Interval",
    "Lang",
    "LookupMatrix",
    "Monotone",
    "NumberLike",
    "Parameter",
    "ParameterSpec",
    "ParameterUse",
    "Percent",
    "Ranked",
    "Ratio",
    "Resolved",
    "Rupiah",
    "Step",
    "TableBacked",
    "Text",
    "Trace",
    "band_table_check",
    "check_lang",
    "comparable_number",
    "divide",
    "exact_arithmetic",
    "exact_number",
    "exact_product",
    "exact_sum",
    "explained_by",
    "explains_number",
    "explains_result",
    "explains_value",
    "matrix_check",
    "plain",
    "publish",
    "rank_of",
    "strip_zeros",
    "tables_of",
]
