"""The core every area builds on.

Errors, exact numbers, legal citations, explanations, dated parameters and the table core.

The everyday names (`Policy`, `Rules`, `Citation`, `Explanation`, `explain`, the errors, ...)
are also at the top level of `kinerja_core`; this namespace is the home of the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.core.explain import (
        NO_STEPS,
        Explainable,
        Lang,
        ParameterUse,
        Recipe,
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
    "Recipe",
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

_HOMES: dict[str, str] = {
    "Band": "kinerja_core.core.tables",
    "BandTable": "kinerja_core.core.tables",
    "DECIMAL_CONTEXT": "kinerja_core.core.numbers",
    "EXACT_CONTEXT": "kinerja_core.core.numbers",
    "Exact": "kinerja_core.core.tables",
    "Explainable": "kinerja_core.core.explain",
    "Interval": "kinerja_core.core.tables",
    "Lang": "kinerja_core.core.explain",
    "LookupMatrix": "kinerja_core.core.tables",
    "MAX_DECIMAL_PLACES": "kinerja_core.core.numbers",
    "MAX_INTEGER_DIGITS": "kinerja_core.core.numbers",
    "Monotone": "kinerja_core.core.tables",
    "NO_STEPS": "kinerja_core.core.explain",
    "Recipe": "kinerja_core.core.explain",
    "NumberLike": "kinerja_core.core.numbers",
    "Parameter": "kinerja_core.core.parameters",
    "ParameterSpec": "kinerja_core.core.parameters",
    "ParameterUse": "kinerja_core.core.explain",
    "Percent": "kinerja_core.core.numbers",
    "Ranked": "kinerja_core.core.tables",
    "Ratio": "kinerja_core.core.numbers",
    "Resolved": "kinerja_core.core.parameters",
    "Rupiah": "kinerja_core.core.numbers",
    "Step": "kinerja_core.core.explain",
    "TableBacked": "kinerja_core.core.tables",
    "Text": "kinerja_core.core.explain",
    "Trace": "kinerja_core.core.explain",
    "band_table_check": "kinerja_core.core.tables",
    "check_lang": "kinerja_core.core.explain",
    "comparable_number": "kinerja_core.core.tables",
    "divide": "kinerja_core.core.numbers",
    "exact_arithmetic": "kinerja_core.core.numbers",
    "exact_number": "kinerja_core.core.numbers",
    "exact_product": "kinerja_core.core.numbers",
    "exact_sum": "kinerja_core.core.numbers",
    "explained_by": "kinerja_core.core.explain",
    "explains_number": "kinerja_core.core.explain",
    "explains_result": "kinerja_core.core.explain",
    "explains_value": "kinerja_core.core.explain",
    "matrix_check": "kinerja_core.core.tables",
    "plain": "kinerja_core.core.explain",
    "publish": "kinerja_core.core.numbers",
    "rank_of": "kinerja_core.core.tables",
    "strip_zeros": "kinerja_core.core.numbers",
    "tables_of": "kinerja_core.core.tables",
}
"""The module that defines each name (loaded on first use, so importing one module of the
namespace does not load all of them)."""


__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
