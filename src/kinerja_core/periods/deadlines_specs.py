"""Vocabulary and parameter specs (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.periods`; the rules that read them are in
`kinerja_core.periods.deadlines`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from kinerja_core.core._validators import (
    Validator,
    check_whole,
    instance_check,
)
from kinerja_core.core.explain import MONTH_NAMES, Lang, Text, check_lang
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.periods.period import _MAX_YEAR, _MIN_YEAR

__all__ = [
    "ANNUAL_EVALUATION_DATE",
    "ANNUAL_EVALUATION_DEADLINE",
    "EVALUATION_REPORT_DEADLINE",
    "SKP_DEADLINE",
    "SKP_DRAFT_DEADLINE",
    "DeadlineRule",
]

_MAX_YEARS_AFTER = 5


def _whole(low: int, high: int) -> Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        check_whole(value, field=attribute.name, low=low, high=high)

    return check


def _optional_day(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        check_whole(value, field=attribute.name, low=1, high=31)


def _check_year(year: object) -> int:
    return check_whole(year, field="year", low=_MIN_YEAR, high=_MAX_YEAR)


@attrs.frozen
class DeadlineRule:
    """A deadline as a date relative to the performance year.

    Attributes:
        month: The month of the deadline (1-12).
        day: The day of the month; `None` means the last day of the month (a day past the end
            of a short month, e.g. 30 February, also means its last day).
        years_after: How many years after the performance year (0: the same year; 1: the next).

    Examples:
        >>> DeadlineRule(1, years_after=1).on(2024)
        datetime.date(2025, 1, 31)
        >>> DeadlineRule(1, 14).label("en")
        '14 January of the performance year'
    """

    month: int = attrs.field(validator=_whole(1, 12))
    day: int | None = attrs.field(default=None, validator=_optional_day)
    years_after: int = attrs.field(default=0, validator=_whole(0, _MAX_YEARS_AFTER))

    def on(self, year: int) -> date:
        """The deadline for performance year `year`.

        Args:
            year: The performance year, e.g. 2024.

        Returns:
            The date.

        Raises:
            InvalidValueError: If `year` is not a whole number from 1900 to 2200.
        """
        checked = _check_year(year)
        first = date(checked + self.years_after, self.month, 1)
        return first + relativedelta(day=31 if self.day is None else self.day)

    def label(self, lang: Lang) -> str:
        """The rule in words, e.g. `"akhir Januari tahun berikutnya"`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The text.
        """
        if check_lang(lang) == "id":
            month = MONTH_NAMES["id"][self.month - 1]
            when = f"akhir {month}" if self.day is None else f"{self.day} {month}"
            if self.years_after == 0:
                return f"{when} tahun kinerja"
            if self.years_after == 1:
                return f"{when} tahun berikutnya"
            return f"{when}, {self.years_after} tahun setelah tahun kinerja"
        month = MONTH_NAMES["en"][self.month - 1]
        when = f"end of {month}" if self.day is None else f"{self.day} {month}"
        if self.years_after == 0:
            return f"{when} of the performance year"
        if self.years_after == 1:
            return f"{when} of the following year"
        return f"{when}, {self.years_after} years after the performance year"

    def to_dict(self) -> dict[str, Any]:
        """The rule as plain data."""
        return {"month": self.month, "day": self.day, "years_after": self.years_after}


def _spec(name: str, description: str) -> ParameterSpec[DeadlineRule]:
    return ParameterSpec(
        name, description, instance_check(DeadlineRule, name, "must be a DeadlineRule")
    )


SKP_DRAFT_DEADLINE = _spec(
    "skp_draft_deadline",
    "Last day for the employee to draft the SKP; after it the performance manager drafts and "
    "sets it.",
)
"""Parameter: the SKP drafting deadline (national: 14 January, the end of the second week)."""

SKP_DEADLINE = _spec("skp_deadline", "Last day for the SKP to be set (ditetapkan).")
"""Parameter: the SKP deadline (national: end of January of the performance year)."""

ANNUAL_EVALUATION_DATE = _spec(
    "annual_evaluation_date", "When the annual performance evaluation is held."
)
"""Parameter: when the annual evaluation is held (national: end of December)."""

ANNUAL_EVALUATION_DEADLINE = _spec(
    "annual_evaluation_deadline", "The latest date for the annual performance evaluation."
)
"""Parameter: the latest date for the annual evaluation (national: end of January, next year)."""

EVALUATION_REPORT_DEADLINE = _spec(
    "evaluation_report_deadline", "Last day to report the annual performance evaluation."
)
"""Parameter: the reporting deadline (national: end of February of the next year)."""

_PERMENPANRB_8_2021 = "PermenPANRB 8/2021"
_PERMENPANRB_6_2022 = "PermenPANRB 6/2022"
_PP_30_2019 = "PP 30/2019"
_PP_46_2011 = "PP 46/2011 + Perka BKN 1/2013"
_PLANNING = "Lampiran (perencanaan kinerja / penyusunan dan penetapan SKP)"
_FROM_8_2021 = date(2021, 7, 1)
_FROM_6_2022 = date(2022, 2, 3)
_KEPT_BY_6_2022 = Text(
    "Diperkirakan dipertahankan oleh PermenPANRB 6/2022 (ditetapkan 3 Februari 2022); naskah "
    "2022 belum dibaca.",
    "Believed kept by PermenPANRB 6/2022 (set 3 February 2022); the 2022 text was not seen.",
)

_END_OF_JANUARY = DeadlineRule(1)
_SECOND_WEEK_OF_JANUARY = DeadlineRule(1, 14)
_END_OF_DECEMBER = DeadlineRule(12)
_END_OF_JANUARY_NEXT = DeadlineRule(1, years_after=1)
_END_OF_FEBRUARY_NEXT = DeadlineRule(2, years_after=1)

_SECOND_WEEK_NOTE = Text(
    "Lampiran menyebut 'minggu kedua bulan Januari'; kinerja-core membaca minggu kedua sebagai "
    "tanggal 8-14, sehingga batasnya 14 Januari.",
    "The lampiran says 'minggu kedua bulan Januari'; kinerja-core reads the second week as "
    "calendar days 8-14, so the deadline is 14 January.",
)
_PP46_EVALUATION_NOTE = Text(
    "Penilaian tahunan pada akhir Desember, paling lambat akhir Januari tahun berikutnya; "
    "pasalnya belum dibaca, sumber sekunder sepakat.",
    "Annual appraisal at the end of December, at the latest the end of January of the next "
    "year; the article was not seen, secondary sources agree.",
)
