"""Working days (hari kerja) between two dates, with an injected holiday calendar.

kinerja-core ships no holiday table of its own: national holidays (hari libur nasional) and
collective leave days (cuti bersama) are set every year by a joint ministerial decree (SKB 3
Menteri) and a Keppres, and regions add their own days. The caller passes any
`Container[date]` — a `set`/`frozenset` of dates, or an object from the `holidays` package such
as `holidays.Indonesia(years=2024, categories=("government", "public"))` — and the weekend
days of their working week.

**Weekend.** The default weekend is Saturday and Sunday (the five-day working week of most
instansi). Regions or units that work six days pass
[`SUNDAY_ONLY`][kinerja_core.periods.SUNDAY_ONLY]. Weekend days are given as `date.weekday()`
numbers (0 = Monday … 6 = Sunday; the constants `calendar.SATURDAY`/`calendar.SUNDAY` work) or as
`dateutil.relativedelta` weekdays (`SA`, `SU`).

A day counts as a working day when it is not a weekend day and not in the holiday calendar; a
holiday that falls on a weekend is not subtracted twice.
"""

from __future__ import annotations

import calendar
from collections.abc import Container, Iterable
from datetime import date

from dateutil.relativedelta import weekday as RelativeWeekday  # noqa: N812 (dateutil's own name)

from kinerja_core.core._validators import check_date
from kinerja_core.core.errors import InvalidValueError

__all__ = [
    "NO_HOLIDAYS",
    "SATURDAY_AND_SUNDAY",
    "SUNDAY_ONLY",
    "WeekdayLike",
    "is_working_day",
    "working_days",
]

WeekdayLike = int | RelativeWeekday
"""A weekday: a `date.weekday()` number (0 = Monday … 6 = Sunday) or dateutil's `MO` … `SU`."""

SATURDAY_AND_SUNDAY: frozenset[int] = frozenset({calendar.SATURDAY, calendar.SUNDAY})
"""The weekend of a five-day working week (the default)."""

SUNDAY_ONLY: frozenset[int] = frozenset({calendar.SUNDAY})
"""The weekend of a six-day working week."""

NO_HOLIDAYS: frozenset[date] = frozenset()
"""An empty holiday calendar (the default: only weekend days are not working days)."""


def _weekend(value: object) -> frozenset[int]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise InvalidValueError(
            "weekend",
            value,
            "must be a collection of weekdays (0 = Monday … 6 = Sunday)",
            reason_id="harus berupa kumpulan hari (0 = Senin … 6 = Minggu)",
            code="wrong_type",
        )
    days: set[int] = set()
    for item in value:
        number = item.weekday if isinstance(item, RelativeWeekday) else item
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= 6:
            raise InvalidValueError(
                "weekend",
                item,
                "each weekend day must be a weekday number 0-6 (0 = Monday, 6 = Sunday) or a "
                "dateutil weekday such as SA or SU",
                reason_id="setiap hari akhir pekan harus berupa nomor hari 0-6 (0 = Senin, "
                "6 = Minggu) atau hari dateutil seperti SA atau SU",
                code="out_of_range",
            )
        days.add(number)
    return frozenset(days)


def _holidays(value: object) -> Container[date]:
    if isinstance(value, str | bytes) or not isinstance(value, Container):
        raise InvalidValueError(
            "holidays",
            value,
            "must be a container of dates (a set, or a holidays.HolidayBase)",
            reason_id="harus berupa wadah tanggal (sebuah set, atau holidays.HolidayBase)",
            code="wrong_type",
        )
    return value


def _is_holiday(day: date, holidays: Container[date]) -> bool:
    try:
        return day in holidays
    except (TypeError, ValueError, KeyError) as error:
        raise InvalidValueError(
            "holidays",
            holidays,
            f"cannot check whether {day.isoformat()} is in it ({error})",
            reason_id=f"tidak dapat memeriksa apakah {day.isoformat()} termasuk di dalamnya "
            f"({error})",
            code="wrong_type",
        ) from error


def is_working_day(
    day: date,
    *,
    holidays: Container[date] = NO_HOLIDAYS,
    weekend: Iterable[WeekdayLike] = SATURDAY_AND_SUNDAY,
) -> bool:
    """Whether `day` is a working day: neither a weekend day nor in `holidays`.

    Args:
        day: The date.
        holidays: The holiday calendar (any container of dates; e.g. a `frozenset`, or
            `holidays.Indonesia(...)`).
        weekend: The weekend days (default Saturday and Sunday).

    Returns:
        `True` for a working day.

    Raises:
        InvalidValueError: If `day` is not a date, `weekend` is not a collection of weekdays or
            `holidays` is not a container of dates.

    Examples:
        >>> is_working_day(date(2024, 8, 17))  # a Saturday
        False
        >>> is_working_day(date(2024, 8, 17), weekend=SUNDAY_ONLY)
        True
    """
    checked = check_date(day, field="day")
    off = _weekend(weekend)
    calendar_ = _holidays(holidays)
    return checked.weekday() not in off and not _is_holiday(checked, calendar_)


def working_days(
    start: date,
    end: date,
    *,
    holidays: Container[date] = NO_HOLIDAYS,
    weekend: Iterable[WeekdayLike] = SATURDAY_AND_SUNDAY,
) -> int:
    """The number of working days from `start` to `end`, both days included.

    Args:
        start: The first day.
        end: The last day (not before `start`).
        holidays: The holiday calendar (any container of dates). Include cuti bersama here if
            your instansi treats it as a day off.
        weekend: The weekend days (default Saturday and Sunday; pass `SUNDAY_ONLY` for a six-day
            week).

    Returns:
        The count (never more than the number of calendar days).

    Raises:
        InvalidValueError: If a date is not a `datetime.date`, `end` is before `start`, or
            `weekend`/`holidays` have the wrong shape.

    Examples:
        >>> working_days(date(2024, 8, 12), date(2024, 8, 18))  # Monday to Sunday
        5
        >>> working_days(date(2024, 8, 12), date(2024, 8, 18), holidays={date(2024, 8, 17)})
        5
        >>> working_days(date(2024, 8, 12), date(2024, 8, 18), weekend=SUNDAY_ONLY,
        ...              holidays={date(2024, 8, 17)})
        5
    """
    first = check_date(start, field="start")
    last = check_date(end, field="end")
    if last < first:
        raise InvalidValueError(
            "end",
            last,
            f"must not be before start ({first.isoformat()})",
            reason_id=f"tidak boleh sebelum tanggal mulai ({first.isoformat()})",
            code="out_of_order",
        )
    off = _weekend(weekend)
    calendar_ = _holidays(holidays)
    count = 0
    for ordinal in range(first.toordinal(), last.toordinal() + 1):
        day = date.fromordinal(ordinal)
        if day.weekday() not in off and not _is_holiday(day, calendar_):
            count += 1
    return count
