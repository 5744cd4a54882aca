"""Vocabulary and parameter specs of the absence penalties (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.discipline`; the rules that read them are in
`kinerja_core.discipline.absence`.

**Severity order.** Penalties are compared by level first (Ringan < Sedang < Berat; no penalty
is below all three), then by kind in the order of [`Penalty`][kinerja_core.discipline.Penalty]'s
members (teguran lisan < … < pemberhentian tidak dengan hormat), then by duration in months.
[`PenaltyTerm.severity`][kinerja_core.discipline.PenaltyTerm.severity] is that key; the absence
tables must rise in it (they are declared `monotone="increasing"`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import a_bool, check_whole, non_blank, tuple_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Lang, Text, check_lang, render_number
from kinerja_core.core.numbers import to_decimal
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import (
    BandTable,
    Interval,
    LookupMatrix,
    band_table_check,
    matrix_check,
)
from kinerja_core.discipline.penalties import Penalty, PenaltyLevel

__all__ = [
    "ABSENCE_PENALTIES",
    "CONSECUTIVE_ABSENCE_RULE",
    "MINUTES_PER_ABSENT_DAY",
    "MINUTE_REMAINDER_RULE",
    "MODERATE_PENALTIES",
    "MODERATE_PENALTY_FORM",
    "NON_OFFICIAL_ABSENCE_RULE",
    "AbsenceRow",
    "ConsecutiveAbsenceRule",
    "MinuteRemainderRule",
    "ModerateBand",
    "ModeratePenaltyForm",
    "NonOfficialAbsenceRule",
    "PenaltyTerm",
    "PositionKind",
]

PP_53_2010 = "PP 53/2010"
PP_94_2021 = "PP 94/2021"

_PENALTY_ORDER = {penalty: index for index, penalty in enumerate(Penalty, 1)}
_MAX_DAYS = 366
"""No calendar year has more days (absence is counted per calendar year)."""


class PositionKind(LabelledEnum):
    """The kind of position an employee holds (jenis jabatan, UU 5/2014 Pasal 13, 14 and 19).

    PP 53/2010 gives two of its absence penalties only to structural and functional officials
    (*pejabat struktural dan pejabat fungsional*): every kind except `EXECUTOR` (jabatan
    pelaksana, formerly *jabatan fungsional umum*) counts as such an official. PP 30/2019
    Pasal 57 sanctions `SENIOR_EXECUTIVE` (JPT) and Pasal 58 the others.
    """

    SENIOR_EXECUTIVE = "Jabatan Pimpinan Tinggi"
    ADMINISTRATOR = "Jabatan Administrator"
    SUPERVISOR = "Jabatan Pengawas"
    FUNCTIONAL = "Jabatan Fungsional"
    EXECUTOR = "Jabatan Pelaksana"

    @classmethod
    def _variants(cls) -> dict[str, PositionKind]:
        return {
            "jpt": cls.SENIOR_EXECUTIVE,
            "pejabat pimpinan tinggi": cls.SENIOR_EXECUTIVE,
            "administrator": cls.ADMINISTRATOR,
            "pengawas": cls.SUPERVISOR,
            "fungsional": cls.FUNCTIONAL,
            "jabatan fungsional tertentu": cls.FUNCTIONAL,
            "pelaksana": cls.EXECUTOR,
            "jabatan fungsional umum": cls.EXECUTOR,
        }

    @classmethod
    def _english(cls) -> dict[PositionKind, str]:
        return {
            cls.SENIOR_EXECUTIVE: "Senior executive position (JPT)",
            cls.ADMINISTRATOR: "Administrator position",
            cls.SUPERVISOR: "Supervisor position",
            cls.FUNCTIONAL: "Functional position",
            cls.EXECUTOR: "Executor position (pelaksana)",
        }

    @property
    def official(self) -> bool:
        """Whether PP 53/2010 counts the holder as a structural or functional official."""
        return self is not PositionKind.EXECUTOR


class ModerateBand(LabelledEnum):
    """Which of PP 94/2021's three sedang absence bands (Pasal 10 ayat (2) huruf f angka 1-3)."""

    FIRST = "angka 1"
    SECOND = "angka 2"
    THIRD = "angka 3"

    @classmethod
    def _english(cls) -> dict[ModerateBand, str]:
        return {cls.FIRST: "item 1", cls.SECOND: "item 2", cls.THIRD: "item 3"}


class ModeratePenaltyForm(LabelledEnum):
    """Which penalties PP 94/2021's sedang level gives (Pasal 42).

    PP 94/2021 Pasal 8(3) makes the sedang penalties a 25 % cut of the tunjangan kinerja for 6,
    9 or 12 months, but Pasal 42(1) defers them until a PP on Gaji dan Tunjangan takes effect;
    until then Pasal 42(2) applies PP 53/2010 Pasal 7(3).
    """

    TRANSITIONAL = "PP 53/2010 Pasal 7 ayat (3) per rentang"
    """The transitional kinds band by band (a→a, b→b, c→c): KGB delayed 1 year, kenaikan
    pangkat delayed 1 year, pangkat reduced 1 year — the national default, as KMK 5/2022 [C]."""
    DELAYED_SALARY_INCREMENT_ONLY = "penundaan KGB untuk ketiga rentang"
    """The transitional reading of another program [C]: KGB delayed 1 year in all three bands."""
    ALLOWANCE_CUT = "pemotongan tunjangan kinerja 25 %"
    """PP 94/2021 Pasal 8(3) itself: switch it on once the PP on Gaji dan Tunjangan applies."""

    @classmethod
    def _english(cls) -> dict[ModeratePenaltyForm, str]:
        return {
            cls.TRANSITIONAL: "PP 53/2010 Pasal 7(3), band by band",
            cls.DELAYED_SALARY_INCREMENT_ONLY: "delayed KGB in all three bands",
            cls.ALLOWANCE_CUT: "25 % performance-allowance cut",
        }


class NonOfficialAbsenceRule(LabelledEnum):
    """What PP 53/2010's officials-only absence bands (36-45 days) give a pelaksana.

    The table's rows for 36-40 days (pemindahan dalam rangka penurunan jabatan) and 41-45 days
    (pembebasan dari jabatan) apply to structural and functional officials only; the regulation
    does not say what an employee without such a position gets in those bands.
    """

    LIGHTER_BAND = "rentang di bawahnya"
    """The penalty of the nearest lighter band that applies to everyone (31-35 days: penurunan
    pangkat setingkat lebih rendah selama 3 tahun). The national default (a policy choice)."""
    HEAVIER_BAND = "rentang di atasnya"
    """The penalty of the nearest heavier band that applies to everyone (≥ 46 days)."""

    @classmethod
    def _english(cls) -> dict[NonOfficialAbsenceRule, str]:
        return {cls.LIGHTER_BAND: "the band below", cls.HEAVIER_BAND: "the band above"}


class MinuteRemainderRule(LabelledEnum):
    """How minutes of lateness or early leave short of a whole absent day count."""

    WHOLE_DAYS_ONLY = "hanya hari penuh"
    """Only whole multiples count (a remainder is dropped): the national default."""
    PART_DAY_COUNTS = "sisa dihitung satu hari"
    """A remainder counts as one more day."""

    @classmethod
    def _english(cls) -> dict[MinuteRemainderRule, str]:
        return {
            cls.WHOLE_DAYS_ONLY: "whole days only",
            cls.PART_DAY_COUNTS: "a remainder counts as a day",
        }


def _optional_penalty(value: object) -> Penalty | None:
    if value is None or isinstance(value, Penalty):
        return value
    raise InvalidValueError(
        "penalty",
        value,
        "must be a Penalty or None",
        reason_id="harus berupa Penalty atau None",
        code="wrong_type",
    )


def _optional_level(value: object) -> PenaltyLevel | None:
    if value is None or isinstance(value, PenaltyLevel):
        return value
    raise InvalidValueError(
        "level",
        value,
        "must be a PenaltyLevel or None",
        reason_id="harus berupa PenaltyLevel atau None",
        code="wrong_type",
    )


def _optional_months(value: object) -> int | None:
    return None if value is None else check_whole(value, field="months", low=1, high=120)


def _optional_cut(value: object) -> Decimal | None:
    if value is None:
        return None
    cut = to_decimal(value, field="allowance_cut")
    if not Decimal(0) < cut <= Decimal(100):
        raise InvalidValueError(
            "allowance_cut",
            value,
            "must be a percentage above 0 and at most 100",
            reason_id="harus persentase di atas 0 dan paling tinggi 100",
            code="out_of_range",
        )
    return cut


_penalty_tuple = tuple_of(Penalty, "a Penalty")("alternatives")


def _alternatives(value: object) -> tuple[Penalty, ...]:
    return _penalty_tuple(value)


def _optional_band(value: object) -> ModerateBand | None:
    if value is None or isinstance(value, ModerateBand):
        return value
    raise InvalidValueError(
        "moderate_band",
        value,
        "must be a ModerateBand or None",
        reason_id="harus berupa ModerateBand atau None",
        code="wrong_type",
    )


@attrs.frozen
class PenaltyTerm(Document):
    """A penalty with its terms: kind, level, duration, allowance cut and article.

    Attributes:
        penalty: The kind, or `None` for no penalty.
        level: Its level (`None` exactly when there is no penalty).
        months: How long it runs, in months, or `None` (reprimands, dismissal).
        allowance_cut: The cut of the tunjangan kinerja in percent, or `None`.
        article: The article that sets it, e.g. `"Pasal 9 ayat (2) huruf b angka 1"`.
        alternatives: Penalties the authority may choose instead (e.g. PP 53/2010's
            pemberhentian tidak dengan hormat beside the honourable dismissal).

    Examples:
        >>> PenaltyTerm(Penalty.WRITTEN_REPRIMAND, PenaltyLevel.LIGHT, article="Pasal 8").severity
        (1, 2, 0)
    """

    penalty: Penalty | None = attrs.field(converter=_optional_penalty)
    level: PenaltyLevel | None = attrs.field(converter=_optional_level)
    months: int | None = attrs.field(default=None, converter=_optional_months, kw_only=True)
    allowance_cut: Decimal | None = attrs.field(default=None, converter=_optional_cut, kw_only=True)
    article: str = attrs.field(default="-", validator=non_blank, kw_only=True)
    alternatives: tuple[Penalty, ...] = attrs.field(
        default=(), converter=_alternatives, kw_only=True
    )

    def __attrs_post_init__(self) -> None:
        if (self.penalty is None) != (self.level is None):
            raise InvalidValueError(
                "level",
                self.level,
                "a penalty needs a level, and no penalty has none",
                reason_id="hukuman memerlukan tingkat, dan tanpa hukuman tidak bertingkat",
                code="inconsistent",
            )

    @property
    def severity(self) -> tuple[int, int, int]:
        """The severity key: (level rank, kind order, months); `(0, 0, 0)` for no penalty."""
        if self.penalty is None or self.level is None:
            return (0, 0, 0)
        return (self.level.rank, _PENALTY_ORDER[self.penalty], self.months or 0)

    @property
    def rank(self) -> int:
        """The severity key as one number (for the monotone check of a table)."""
        level, kind, months = self.severity
        return (level * 100 + kind) * 1000 + months

    def label(self, lang: Lang) -> str:
        """The penalty and its terms as text, e.g. `"Teguran Lisan (Ringan)"`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The text.
        """
        checked = check_lang(lang)
        if self.penalty is None or self.level is None:
            return {"id": "tidak ada hukuman disiplin", "en": "no disciplinary penalty"}[checked]
        parts = [self.penalty.label(checked)]
        if self.allowance_cut is not None:
            parts.append(f"{render_number(self.allowance_cut, checked)} %")
        if self.months is not None:
            parts.append(f"{self.months} {'bulan' if checked == 'id' else 'months'}")
        text = " ".join(parts[:1]) + (f" {', '.join(parts[1:])}" if parts[1:] else "")
        return f"{text} ({self.level.label(checked)})"


@attrs.frozen
class AbsenceRow(PenaltyTerm):
    """One row of an absence table: a penalty term plus how the rule reads the row.

    Attributes:
        officials_only: The row applies to structural and functional officials only (PP 53/2010
            Pasal 10 angka 9 huruf b and c); others get what
            [`NON_OFFICIAL_ABSENCE_RULE`][kinerja_core.discipline.NON_OFFICIAL_ABSENCE_RULE] says.
        moderate_band: For PP 94/2021's sedang rows, which band it is; the penalty then follows
            [`MODERATE_PENALTY_FORM`][kinerja_core.discipline.MODERATE_PENALTY_FORM] (the row's own
            term is the regulation's text, Pasal 8(3)).
    """

    officials_only: bool = attrs.field(default=False, validator=a_bool, kw_only=True)
    moderate_band: ModerateBand | None = attrs.field(
        default=None, converter=_optional_band, kw_only=True
    )

    @property
    def term(self) -> PenaltyTerm:
        """The row's penalty term alone."""
        return PenaltyTerm(
            self.penalty,
            self.level,
            months=self.months,
            allowance_cut=self.allowance_cut,
            article=self.article,
            alternatives=self.alternatives,
        )


def _days_domain() -> Interval:
    return Interval(0, _MAX_DAYS, upper_closed=True)


ABSENCE_PENALTIES: ParameterSpec[BandTable[AbsenceRow]] = ParameterSpec(
    "absence_penalties",
    "Disciplinary penalty by whole days of unexcused absence in a calendar year.",
    band_table_check("absence_penalties", AbsenceRow, domain=_days_domain(), monotone="increasing"),
)
"""Parameter: the absence table in force — a [`BandTable`][kinerja_core.core.BandTable] of
[`AbsenceRow`][kinerja_core.discipline.AbsenceRow] over 0 ≤ days ≤ 366 whose penalties never get
lighter as the days rise. Nationally PP 53/2010's table from 6 June 2010 and PP 94/2021's from
31 August 2021."""


def _check_form(value: object) -> ModeratePenaltyForm:
    if isinstance(value, ModeratePenaltyForm):
        return value
    raise InvalidValueError(
        "moderate_penalty_form",
        value,
        "must be a ModeratePenaltyForm",
        reason_id="harus berupa ModeratePenaltyForm",
        code="not_a_member",
    )


MODERATE_PENALTY_FORM: ParameterSpec[ModeratePenaltyForm] = ParameterSpec(
    "moderate_penalty_form",
    "Which penalties PP 94/2021's sedang absence bands give (transitional or the allowance cut).",
    _check_form,
)
"""Parameter: the [`ModeratePenaltyForm`][kinerja_core.discipline.ModeratePenaltyForm]; nationally
`TRANSITIONAL` (PP 94/2021 Pasal 42). Switch on `ALLOWANCE_CUT` with an override dated when the
PP on Gaji dan Tunjangan takes effect."""

MODERATE_PENALTIES: ParameterSpec[LookupMatrix[PenaltyTerm]] = ParameterSpec(
    "moderate_penalties",
    "The penalty of each sedang absence band under each form.",
    matrix_check("moderate_penalties", (ModeratePenaltyForm, ModerateBand), PenaltyTerm),
)
"""Parameter: a [`LookupMatrix`][kinerja_core.core.LookupMatrix] from (form, band) to the
[`PenaltyTerm`][kinerja_core.discipline.PenaltyTerm] given."""


def _check_non_official(value: object) -> NonOfficialAbsenceRule:
    if isinstance(value, NonOfficialAbsenceRule):
        return value
    raise InvalidValueError(
        "non_official_absence_rule",
        value,
        "must be a NonOfficialAbsenceRule",
        reason_id="harus berupa NonOfficialAbsenceRule",
        code="not_a_member",
    )


NON_OFFICIAL_ABSENCE_RULE: ParameterSpec[NonOfficialAbsenceRule] = ParameterSpec(
    "non_official_absence_rule",
    "What an officials-only absence band gives an employee who is not such an official.",
    _check_non_official,
)
"""Parameter: the [`NonOfficialAbsenceRule`][kinerja_core.discipline.NonOfficialAbsenceRule];
nationally `LIGHTER_BAND` (a policy choice: PP 53/2010 is silent)."""


@attrs.frozen
class ConsecutiveAbsenceRule(Document):
    """A separate penalty for absence on consecutive working days.

    Attributes:
        days: The number of consecutive working days that triggers it.
        term: The penalty it gives.
        pay_stops_next_month: Whether pay stops from the following month (PP 94/2021
            Pasal 15(2)).
    """

    days: int = attrs.field()
    term: PenaltyTerm = attrs.field()
    pay_stops_next_month: bool = attrs.field(default=False, validator=a_bool, kw_only=True)

    @days.validator
    def _check_days(self, attribute: attrs.Attribute[Any], value: object) -> None:
        check_whole(value, field="days", low=1, high=_MAX_DAYS)

    @term.validator
    def _check_term(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, PenaltyTerm) or value.penalty is None:
            raise InvalidValueError(
                "term",
                value,
                "must be a PenaltyTerm with a penalty",
                reason_id="harus berupa PenaltyTerm yang berisi hukuman",
                code="wrong_type",
            )

    def label(self, lang: Lang) -> str:
        """The rule as text, e.g. `"≥ 10 hari kerja berturut-turut → …"`."""
        checked = check_lang(lang)
        days = {"id": "hari kerja berturut-turut", "en": "consecutive working days"}[checked]
        return f"≥ {self.days} {days} → {self.term.label(checked)}"


def _check_consecutive(value: object) -> ConsecutiveAbsenceRule | None:
    if value is None or isinstance(value, ConsecutiveAbsenceRule):
        return value
    raise InvalidValueError(
        "consecutive_absence_rule",
        value,
        "must be a ConsecutiveAbsenceRule or None (no separate rule)",
        reason_id="harus berupa ConsecutiveAbsenceRule atau None (tanpa aturan tersendiri)",
        code="wrong_type",
    )


CONSECUTIVE_ABSENCE_RULE: ParameterSpec[ConsecutiveAbsenceRule | None] = ParameterSpec(
    "consecutive_absence_rule",
    "The separate penalty for consecutive working days of absence, or None.",
    _check_consecutive,
)
"""Parameter: PP 94/2021 Pasal 11(2)(d) angka 4 (10 consecutive working days → dismissal) from
31 August 2021; `None` before (PP 53/2010's absence table has no separate consecutive rule)."""


def _check_minutes(value: object) -> int:
    return check_whole(value, field="minutes_per_absent_day", low=1, high=24 * 60)


MINUTES_PER_ABSENT_DAY: ParameterSpec[int] = ParameterSpec(
    "minutes_per_absent_day",
    "Minutes of lateness or early leave that count as one day of absence.",
    _check_minutes,
)
"""Parameter: 450 minutes (7.5 hours) = 1 day (PP 53/2010 Penjelasan Pasal 3 angka 11; PP 94/2021
has no such rule, KMK 5/2022 keeps it [C])."""


def _check_remainder(value: object) -> MinuteRemainderRule:
    if isinstance(value, MinuteRemainderRule):
        return value
    raise InvalidValueError(
        "minute_remainder_rule",
        value,
        "must be a MinuteRemainderRule",
        reason_id="harus berupa MinuteRemainderRule",
        code="not_a_member",
    )


MINUTE_REMAINDER_RULE: ParameterSpec[MinuteRemainderRule] = ParameterSpec(
    "minute_remainder_rule",
    "How minutes short of a whole absent day count.",
    _check_remainder,
)
"""Parameter: the [`MinuteRemainderRule`][kinerja_core.discipline.MinuteRemainderRule];
nationally `WHOLE_DAYS_ONLY` (a policy choice)."""


def describe_term(term: PenaltyTerm) -> Text:
    """A penalty term as bilingual text (for explanations)."""
    return Text(term.label("id"), term.label("en"))
