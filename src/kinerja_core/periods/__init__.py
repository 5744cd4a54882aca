"""Time: evaluation periods, working-day calendars, employment (months served) and deadlines."""

from __future__ import annotations

from kinerja_core.periods.calendars import (
    NO_HOLIDAYS,
    SATURDAY_AND_SUNDAY,
    SUNDAY_ONLY,
    WeekdayLike,
    is_working_day,
    working_days,
)
from kinerja_core.periods.deadlines import (
    ANNUAL_EVALUATION_DATE,
    ANNUAL_EVALUATION_DEADLINE,
    EVALUATION_REPORT_DEADLINE,
    SKP_DEADLINE,
    SKP_DRAFT_DEADLINE,
    Deadline,
    DeadlineOutcome,
    DeadlineRule,
    annual_evaluation_deadline,
    deadline,
    explain_deadline,
    skp_deadline,
)
from kinerja_core.periods.employment import (
    MONTH_COUNT_RULE,
    MonthCountRule,
    MonthsOutcome,
    explain_months_covered,
)

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
