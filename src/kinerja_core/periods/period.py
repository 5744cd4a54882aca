"""Evaluation periods: months, quarters, semesters, years and arbitrary date ranges.

A [`Period`][kinerja_core.Period] is a closed range of dates (`start` and `end` are both
inclusive) with a [`PeriodKind`][kinerja_core.PeriodKind]. Periods are built from explicit
arguments — the library never asks the clock which year it is.

Related: [`Employment`][kinerja_core.Employment] and
[`months_covered`][kinerja_core.months_covered] for partial years,
[`Period.working_days`][kinerja_core.Period.working_days] for working days with an injected
holiday calendar.
"""

from __future__ import annotations

import calendar
from collections.abc import Container, Iterable
from datetime import date, datetime
from typing import cast

import attrs

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import a_date, check_date, check_whole, enum_repr, member_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import MONTH_NAMES, Lang, check_lang, render_date
from kinerja_core.periods.calendars import (
    NO_HOLIDAYS,
    SATURDAY_AND_SUNDAY,
    WeekdayLike,
    working_days,
)

__all__ = ["Period", "PeriodKind"]

_MIN_YEAR = 1900
_MAX_YEAR = 2200


class PeriodKind(LabelledEnum):
    """The kind of a period; values are the Indonesian names of the cadence."""

    MONTH = "bulanan"
    QUARTER = "triwulanan"
    SEMESTER = "semesteran"
    YEAR = "tahunan"
    CUSTOM = "rentang tanggal"

    @property
    def months(self) -> int | None:
        """The number of calendar months in a period of this kind (`None` for custom ranges)."""
        return _MONTHS[self]

    @classmethod
    def _english(cls) -> dict[PeriodKind, str]:
        return _ENGLISH


_MONTHS = {
    PeriodKind.MONTH: 1,
    PeriodKind.QUARTER: 3,
    PeriodKind.SEMESTER: 6,
    PeriodKind.YEAR: 12,
    PeriodKind.CUSTOM: None,
}
_ENGLISH = {
    PeriodKind.MONTH: "monthly",
    PeriodKind.QUARTER: "quarterly",
    PeriodKind.SEMESTER: "semi-annual",
    PeriodKind.YEAR: "annual",
    PeriodKind.CUSTOM: "date range",
}


@attrs.frozen(order=False)
class Period(Document):
    """A closed range of dates, e.g. the 2024 performance year or its third quarter.

    Attributes:
        start: The first day (inclusive).
        end: The last day (inclusive).
        kind: Month, quarter, semester, year, or a custom date range.

    Examples:
        >>> Period.quarter(2024, 3)  # doctest: +NORMALIZE_WHITESPACE
        Period(start=datetime.date(2024, 7, 1), end=datetime.date(2024, 9, 30),
               kind=PeriodKind.QUARTER)
        >>> Period.year(2024).contains(date(2024, 2, 29))
        True
    """

    start: date = attrs.field(validator=a_date)
    end: date = attrs.field(validator=a_date)
    kind: PeriodKind = attrs.field(
        default=PeriodKind.CUSTOM, validator=member_of(PeriodKind), repr=enum_repr
    )

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError(
                "end",
                self.end,
                f"must not be before start ({self.start.isoformat()})",
                reason_id=f"tidak boleh sebelum tanggal mulai ({self.start.isoformat()})",
                code="out_of_order",
            )

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year `year` (1 January to 31 December).

        Args:
            year: The year, e.g. 2024.

        Returns:
            The period.

        Raises:
            InvalidValueError: If `year` is not a whole number from 1900 to 2200.
        """
        y = check_whole(year, field="year", low=_MIN_YEAR, high=_MAX_YEAR)
        return cls(date(y, 1, 1), date(y, 12, 31), PeriodKind.YEAR)

    @classmethod
    def semester(cls, year: int, semester: int) -> Period:
        """Semester 1 (January-June) or 2 (July-December) of `year`.

        Args:
            year: The year.
            semester: 1 or 2.

        Returns:
            The period.

        Raises:
            InvalidValueError: If `year` or `semester` is out of range or not a whole number.
        """
        s = check_whole(semester, field="semester", low=1, high=2)
        return cls._months(year, 6 * (s - 1) + 1, 6, PeriodKind.SEMESTER)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """Quarter (triwulan) 1-4 of `year`.

        Args:
            year: The year.
            quarter: 1, 2, 3 or 4.

        Returns:
            The period.

        Raises:
            InvalidValueError: If `year` or `quarter` is out of range or not a whole number.
        """
        q = check_whole(quarter, field="quarter", low=1, high=4)
        return cls._months(year, 3 * (q - 1) + 1, 3, PeriodKind.QUARTER)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """Month 1-12 of `year`.

        Args:
            year: The year.
            month: 1 (January) to 12 (December).

        Returns:
            The period.

        Raises:
            InvalidValueError: If `year` or `month` is out of range or not a whole number.
        """
        m = check_whole(month, field="month", low=1, high=12)
        return cls._months(year, m, 1, PeriodKind.MONTH)

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        """An arbitrary date range (both ends inclusive), e.g. a partial year.

        Args:
            start: The first day.
            end: The last day.

        Returns:
            The period, of kind `CUSTOM`.

        Raises:
            InvalidValueError: If a bound is not a `datetime.date` or `end` is before `start`.
        """
        return cls(start, end, PeriodKind.CUSTOM)

    @classmethod
    def _months(cls, year: int, first_month: int, count: int, kind: PeriodKind) -> Period:
        y = check_whole(year, field="year", low=_MIN_YEAR, high=_MAX_YEAR)
        return _calendar_months(y, first_month, count, kind)

    @property
    def days(self) -> int:
        """The number of calendar days in the period (both ends counted)."""
        return (self.end - self.start).days + 1

    def working_days(
        self,
        *,
        holidays: Container[date] = NO_HOLIDAYS,
        weekend: Iterable[WeekdayLike] = SATURDAY_AND_SUNDAY,
    ) -> int:
        """The number of working days in the period, both ends included.

        See [`working_days`][kinerja_core.periods.working_days].

        Args:
            holidays: The holiday calendar (any container of dates, e.g. a `frozenset` or
                `holidays.Indonesia(...)`).
            weekend: The weekend days (default Saturday and Sunday).

        Returns:
            The count of days that are neither weekend days nor holidays.

        Raises:
            InvalidValueError: If `holidays` or `weekend` have the wrong shape.

        Examples:
            >>> Period.month(2024, 8).working_days(holidays={date(2024, 8, 17)})
            22
        """
        return working_days(self.start, self.end, holidays=holidays, weekend=weekend)

    def contains(self, day: date) -> bool:
        """Whether `day` lies within the period (ends included).

        Args:
            day: The date.

        Returns:
            `True` if `start <= day <= end`.

        Raises:
            InvalidValueError: If `day` is not a `datetime.date` (a `datetime` is refused too).
        """
        return self.start <= check_date(day, field="day") <= self.end

    def __contains__(self, day: object) -> bool:
        if isinstance(day, datetime) or not isinstance(day, date):
            return False
        return self.start <= day <= self.end

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day.

        Args:
            other: The other period.

        Returns:
            `True` if they overlap.

        Raises:
            InvalidValueError: If `other` is not a `Period`.
        """
        return self.intersection(other) is not None

    def intersection(self, other: Period) -> Period | None:
        """The days both periods share, or `None` if they share none.

        Args:
            other: The other period.

        Returns:
            The overlap: whichever of the two periods lies within the other (keeping its kind),
            otherwise a custom period; or `None`.

        Raises:
            InvalidValueError: If `other` is not a `Period`.
        """
        if not isinstance(other, Period):
            raise InvalidValueError(
                "other",
                other,
                "must be a Period",
                reason_id="harus berupa Period",
                code="wrong_type",
            )
        start, end = max(self.start, other.start), min(self.end, other.end)
        if end < start:
            return None
        if (start, end) == (self.start, self.end):
            return self
        if (start, end) == (other.start, other.end):
            return other
        return Period(start, end, PeriodKind.CUSTOM)

    def split(self, kind: PeriodKind) -> tuple[Period, ...]:
        """Split into consecutive calendar months, quarters, semesters or years.

        The pieces are calendar-aligned; where the period starts or ends inside a piece, the
        first or last piece is cut to the period (and becomes a custom range, or the period
        itself when it lies within one piece). The pieces
        partition the period: no gap, no overlap.

        Args:
            kind: The kind of the pieces (not `CUSTOM`).

        Returns:
            The pieces, in order.

        Raises:
            InvalidValueError: If `kind` is `CUSTOM` or not a `PeriodKind`.
        """
        if not isinstance(kind, PeriodKind) or kind.months is None:
            raise InvalidValueError(
                "kind",
                kind,
                "must be MONTH, QUARTER, SEMESTER or YEAR to split a period",
                reason_id="harus MONTH, QUARTER, SEMESTER atau YEAR untuk membagi periode",
                code="not_a_member",
            )
        step = kind.months
        year, first_month = self.start.year, ((self.start.month - 1) // step) * step + 1
        pieces: list[Period] = []
        while True:  # no date arithmetic past the piece that holds `end` (no overflow at date.max)
            whole = _calendar_months(year, first_month, step, kind)
            pieces.append(cast(Period, whole.intersection(self)))  # they always overlap
            if whole.end >= self.end:
                return tuple(pieces)
            year, first_month = (
                (year + 1, 1) if whole.end.month == 12 else (year, first_month + step)
            )

    def label(self, lang: Lang) -> str:
        """A short human label, e.g. `"Triwulan III 2024"` / `"Quarter III 2024"`.

        A period that is not a calendar unit is labelled by its dates:
        `"15 Februari 2024 – 10 Agustus 2024"`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The label.
        """
        words = _LABELS[check_lang(lang)]
        if self.kind is PeriodKind.YEAR:
            return f"{words['year']} {self.start.year}"
        if self.kind is PeriodKind.SEMESTER:
            return f"{words['semester']} {1 if self.start.month == 1 else 2} {self.start.year}"
        if self.kind is PeriodKind.QUARTER:
            number = ("I", "II", "III", "IV")[(self.start.month - 1) // 3]
            return f"{words['quarter']} {number} {self.start.year}"
        if self.kind is PeriodKind.MONTH:
            return f"{MONTH_NAMES[lang][self.start.month - 1]} {self.start.year}"
        return f"{render_date(self.start, lang)} – {render_date(self.end, lang)}"


def _calendar_months(year: int, first_month: int, count: int, kind: PeriodKind) -> Period:
    """`count` calendar months from `first_month` of `year` (all within that year)."""
    last_month = first_month + count - 1
    return Period(
        date(year, first_month, 1),
        date(year, last_month, calendar.monthrange(year, last_month)[1]),
        kind,
    )


_LABELS: dict[Lang, dict[str, str]] = {
    "id": {"year": "Tahun", "semester": "Semester", "quarter": "Triwulan"},
    "en": {"year": "Year", "semester": "Semester", "quarter": "Quarter"},
}
