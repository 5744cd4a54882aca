"""Time: evaluation periods, working-day calendars, employment (months served) and deadlines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.periods.calendars import (
        NO_HOLIDAYS,
        SATURDAY_AND_SUNDAY,
        SUNDAY_ONLY,
        WeekdayLike,
        is_working_day,
        working_days,
    )
    from kinerja_core.periods.deadlines import (
        Deadline,
        DeadlineOutcome,
        annual_evaluation_deadline,
        deadline,
        explain_deadline,
        skp_deadline,
    )
    from kinerja_core.periods.deadlines_specs import (
        ANNUAL_EVALUATION_DATE,
        ANNUAL_EVALUATION_DEADLINE,
        EVALUATION_REPORT_DEADLINE,
        SKP_DEADLINE,
        SKP_DRAFT_DEADLINE,
        DeadlineRule,
    )
    from kinerja_core.periods.employment import MonthsOutcome, explain_months_covered
    from kinerja_core.periods.employment_specs import MONTH_COUNT_RULE, MonthCountRule

__all__ = [
    "ANNUAL_EVALUATION_DATE",
    "ANNUAL_EVALUATION_DEADLINE",
    "EVALUATION_REPORT_DEADLINE",
    "MONTH_COUNT_RULE",
    "NO_HOLIDAYS",
    "SATURDAY_AND_SUNDAY",
    "SKP_DEADLINE",
    "SKP_DRAFT_DEADLINE",
    "SUNDAY_ONLY",
    "Deadline",
    "DeadlineOutcome",
    "DeadlineRule",
    "MonthCountRule",
    "MonthsOutcome",
    "WeekdayLike",
    "annual_evaluation_deadline",
    "deadline",
    "explain_deadline",
    "explain_months_covered",
    "is_working_day",
    "skp_deadline",
    "working_days",
]

_HOMES: dict[str, str] = {
    "ANNUAL_EVALUATION_DATE": "kinerja_core.periods.deadlines",
    "ANNUAL_EVALUATION_DEADLINE": "kinerja_core.periods.deadlines",
    "Deadline": "kinerja_core.periods.deadlines",
    "DeadlineOutcome": "kinerja_core.periods.deadlines",
    "DeadlineRule": "kinerja_core.periods.deadlines",
    "EVALUATION_REPORT_DEADLINE": "kinerja_core.periods.deadlines",
    "MONTH_COUNT_RULE": "kinerja_core.periods.employment",
    "MonthCountRule": "kinerja_core.periods.employment",
    "MonthsOutcome": "kinerja_core.periods.employment",
    "NO_HOLIDAYS": "kinerja_core.periods.calendars",
    "SATURDAY_AND_SUNDAY": "kinerja_core.periods.calendars",
    "SKP_DEADLINE": "kinerja_core.periods.deadlines",
    "SKP_DRAFT_DEADLINE": "kinerja_core.periods.deadlines",
    "SUNDAY_ONLY": "kinerja_core.periods.calendars",
    "WeekdayLike": "kinerja_core.periods.calendars",
    "annual_evaluation_deadline": "kinerja_core.periods.deadlines",
    "deadline": "kinerja_core.periods.deadlines",
    "explain_deadline": "kinerja_core.periods.deadlines",
    "explain_months_covered": "kinerja_core.periods.employment",
    "is_working_day": "kinerja_core.periods.calendars",
    "skp_deadline": "kinerja_core.periods.deadlines",
    "working_days": "kinerja_core.periods.calendars",
}
"""The module that defines each name (loaded on first use, so importing one module of the
namespace does not load all of them)."""


__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
