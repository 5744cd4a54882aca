"""Vocabulary and parameter specs (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.periods`; the rules that read them are in
`kinerja_core.periods.employment`.
"""

from __future__ import annotations

from datetime import date, timedelta

import attrs

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import a_date, an_optional_date, check_date, check_member
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Lang, check_lang, render_date
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.periods.period import Period

__all__ = ["MONTH_COUNT_RULE", "Employment", "MonthCountRule"]


@attrs.frozen
class Employment(Document):
    """The time an employee held a job: from `start` to `end` (inclusive), or still in post.

    Use one `Employment` per job or per performance plan: an employee who moves job on
    15 March has `Employment(date(2024, 1, 1), date(2024, 3, 14))` in the old job and
    `Employment(date(2024, 3, 15))` in the new one (see
    [`split_at`][kinerja_core.Employment.split_at]).

    Attributes:
        start: The first day in the job (e.g. the TMT).
        end: The last day in the job (inclusive), or `None` while still in post.

    Examples:
        >>> joined = Employment(date(2024, 3, 15))
        >>> joined.overlap(Period.year(2024))  # doctest: +NORMALIZE_WHITESPACE
        Period(start=datetime.date(2024, 3, 15), end=datetime.date(2024, 12, 31),
               kind=PeriodKind.CUSTOM)
    """

    start: date = attrs.field(validator=a_date)
    end: date | None = attrs.field(default=None, validator=an_optional_date)

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise InvalidValueError(
                "end",
                self.end,
                f"must not be before start ({self.start.isoformat()})",
                reason_id=f"tidak boleh sebelum tanggal mulai ({self.start.isoformat()})",
                code="out_of_order",
            )

    @property
    def open_ended(self) -> bool:
        """Whether the employee is still in post (no end date)."""
        return self.end is None

    def contains(self, day: date) -> bool:
        """Whether the employee held the job on `day`.

        Args:
            day: The date.

        Returns:
            `True` if `start <= day` and (`end` is `None` or `day <= end`).

        Raises:
            InvalidValueError: If `day` is not a date.
        """
        checked = check_date(day, field="day")
        return self.start <= checked and (self.end is None or checked <= self.end)

    def overlap(self, period: Period) -> Period | None:
        """The days of `period` on which the employee held the job.

        Args:
            period: The period, e.g. `Period.year(2024)`.

        Returns:
            The overlap (the period itself when the employment covers it wholly, otherwise a
            custom range), or `None` if they share no day.

        Raises:
            InvalidValueError: If `period` is not a `Period`.
        """
        if not isinstance(period, Period):
            raise InvalidValueError(
                "period",
                period,
                "must be a Period",
                reason_id="harus berupa Period",
                code="wrong_type",
            )
        last = self.end if self.end is not None else max(period.end, self.start)
        return period.intersection(Period.between(self.start, last))

    def split_at(self, day: date) -> tuple[Employment, Employment]:
        """Split at a move: the old job ends the day before `day`, the new one starts on `day`.

        Args:
            day: The first day in the new job (after `start`, and not after `end`).

        Returns:
            `(before, after)`; `after` keeps this employment's end (or stays open-ended).

        Raises:
            InvalidValueError: If `day` is not a date strictly after `start` and within the
                employment.
        """
        checked = check_date(day, field="day")
        if not (self.start < checked and (self.end is None or checked <= self.end)):
            raise InvalidValueError(
                "day",
                checked,
                "must be after the start and within the employment to split it",
                reason_id=(
                    "harus sesudah tanggal mulai dan masih dalam masa jabatan agar dapat dibagi"
                ),
                code="out_of_range",
            )
        return Employment(self.start, checked - timedelta(days=1)), Employment(checked, self.end)

    def label(self, lang: Lang) -> str:
        """A short label, e.g. `"15 Maret 2024 – (masih menjabat)"`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The label.
        """
        checked = check_lang(lang)
        ongoing = {"id": "(masih menjabat)", "en": "(ongoing)"}[checked]
        end = render_date(self.end, checked) if self.end is not None else ongoing
        return f"{render_date(self.start, checked)} – {end}"


class MonthCountRule(LabelledEnum):
    """How the months of a (possibly partial) overlap are counted for proration."""

    WHOLE_MONTHS = "bulan penuh"
    """A calendar month counts 1 when every day of it is covered, else 0 (the default)."""
    ANY_DAY = "bulan berjalan dihitung penuh"
    """A calendar month counts 1 when at least one day of it is covered."""
    DAY_FRACTION = "pecahan hari dalam bulan"
    """Each calendar month counts covered days / days in that month (exact fraction)."""

    @classmethod
    def _english(cls) -> dict[MonthCountRule, str]:
        return {
            cls.WHOLE_MONTHS: "whole months only",
            cls.ANY_DAY: "a month with any day counts in full",
            cls.DAY_FRACTION: "fraction of the month's days",
        }


def _check_month_rule(value: object) -> MonthCountRule:
    return check_member(value, MonthCountRule, field="month_count_rule")


MONTH_COUNT_RULE: ParameterSpec[MonthCountRule] = ParameterSpec(
    "month_count_rule",
    "How the calendar months of a partial-year employment are counted for proration.",
    _check_month_rule,
)
"""Parameter: the [`MonthCountRule`][kinerja_core.periods.MonthCountRule] used by
`months_covered`."""
