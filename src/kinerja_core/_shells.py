"""What the shells (command line, web API) read and write: the top-level documents by name."""

from __future__ import annotations

from typing import Any

from kinerja_core.core.documents import document_name
from kinerja_core.core.explain import Explanation
from kinerja_core.legacy.cases import Pp30Case, Pp46Case
from kinerja_core.performance.evaluation import Evaluation, PerformanceCase
from kinerja_core.performance.plans import PerformancePlan

CASES: dict[str, type[Any]] = {
    document_name(cls): cls for cls in (PerformanceCase, Pp30Case, Pp46Case)
}
"""The case documents that are evaluated, by their `document` field."""

DOCUMENTS: dict[str, type[Any]] = CASES | {
    document_name(cls): cls for cls in (PerformancePlan, Evaluation, Explanation)
}
"""The top-level documents that have a schema, by name."""
