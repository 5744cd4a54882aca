"""From days of unexcused absence to a disciplinary penalty (PP 53/2010, PP 94/2021).

[`absence_sanction`][kinerja_core.discipline.absence_sanction] looks the days up in the absence
table of the rules passed ([`ABSENCE_PENALTIES`][kinerja_core.discipline.ABSENCE_PENALTIES]):
PP 53/2010's table in rules dated before 31 August 2021, PP 94/2021's from then. **Which date to
take the rules at is the caller's decision**: PP 94/2021 Pasal 40 makes cases not yet examined on
31 August 2021 fall under PP 94/2021, so for such a case take the rules at the examination date,
not at the date of the absence.

Days are counted cumulatively per calendar year (PP 94/2021 Pasal 15(1), PP 53/2010 Pasal 14).
Minutes of lateness and early leave convert to days with
[`absent_days_from_minutes`][kinerja_core.discipline.absent_days_from_minutes].
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import attrs

from kinerja_core.core._validators import check_whole
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import (
    NO_STEPS,
    Explainable,
    Explanation,
    Recipe,
    Step,
    Text,
    Trace,
    explained_by,
    explains_result,
    explains_value,
)
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Rules
from kinerja_core.core.tables import Band, BandTable
from kinerja_core.discipline.absence_specs import (
    _MAX_DAYS,
    ABSENCE_PENALTIES,
    CONSECUTIVE_ABSENCE_RULE,
    MINUTE_REMAINDER_RULE,
    MINUTES_PER_ABSENT_DAY,
    MODERATE_PENALTIES,
    MODERATE_PENALTY_FORM,
    NON_OFFICIAL_ABSENCE_RULE,
    AbsenceRow,
    MinuteRemainderRule,
    ModerateBand,
    ModeratePenaltyForm,
    NonOfficialAbsenceRule,
    PenaltyTerm,
    PositionKind,
    describe_term,
)
from kinerja_core.discipline.penalties import Penalty, PenaltyLevel, PenaltyRecord
from kinerja_core.national import rules_or_national

__all__ = ["AbsenceSanction", "absence_sanction", "absent_days_from_minutes"]

_NO_PENALTY = Text("tidak ada hukuman disiplin", "no disciplinary penalty")
_MAX_MINUTES = _MAX_DAYS * 24 * 60


def _check_days(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(
            field,
            value,
            "must be a whole number of days (int), not "
            f"{'a boolean' if isinstance(value, bool) else type(value).__name__}",
            reason_id="harus bilangan bulat hari (int), bukan "
            f"{'nilai benar/salah' if isinstance(value, bool) else type(value).__name__}",
            code="wrong_type",
        )
    return check_whole(value, field=field, low=0, high=_MAX_DAYS)


@attrs.frozen
class AbsenceSanction(Explainable, Document):
    """The disciplinary penalty for days of unexcused absence, or none; explained when read.

    Attributes:
        days: The days of unexcused absence in the calendar year.
        consecutive_days: The longest run of consecutive working days among them.
        penalty: The penalty, or `None` when the days give none.
        level: Its level, or `None`.
        months: How long it runs, in months, or `None`.
        allowance_cut: The cut of the tunjangan kinerja in percent, or `None`.
        alternatives: Penalties the authority may choose instead (e.g. PP 53/2010 at ≥ 46 days:
            pemberhentian tidak dengan hormat beside the honourable dismissal).
        citation: The article that sets the penalty (for no penalty: the first band's article).
        pay_stops_next_month: Whether pay stops from the following month (PP 94/2021
            Pasal 15(2), after 10 consecutive working days).
        explanation: The steps (built on first read).
    """

    __document_top__ = True
    __document_derived__ = ("article",)

    days: int
    consecutive_days: int
    penalty: Penalty | None
    level: PenaltyLevel | None
    months: int | None
    allowance_cut: Decimal | None
    alternatives: tuple[Penalty, ...]
    citation: Citation
    pay_stops_next_month: bool = False
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False, kw_only=True
    )

    @property
    def article(self) -> str:
        """The article as text, e.g. `"PP 94/2021, Pasal 9 ayat (2) huruf b angka 1"`."""
        article = self.citation.article
        text = article if isinstance(article, str) else article.id
        return f"{self.citation.regulation}, {text}"

    @property
    def term(self) -> PenaltyTerm:
        """The penalty and its terms as a `PenaltyTerm`."""
        return PenaltyTerm(
            self.penalty,
            self.level,
            months=self.months,
            allowance_cut=self.allowance_cut,
            article=self.article,
            alternatives=self.alternatives,
        )

    @property
    def severity(self) -> tuple[int, int, int]:
        """The severity key (level rank, kind order, months); see `PenaltyTerm.severity`."""
        return self.term.severity

    def record(self, imposed_on: date) -> PenaltyRecord:
        """The line of the penalty history once the penalty is imposed by a decree.

        Args:
            imposed_on: The date of the decree (tanggal keputusan).

        Returns:
            A [`PenaltyRecord`][kinerja_core.discipline.PenaltyRecord] (not yet served).

        Raises:
            InvalidValueError: If there is no penalty to record, or `imposed_on` is not a date.

        Examples:
            >>> absence_sanction(12).record(date(2024, 3, 1)).level
            <PenaltyLevel.MODERATE: 'Sedang'>
        """
        if self.penalty is None or self.level is None:
            raise InvalidValueError(
                "penalty",
                None,
                f"{self.days} days give no penalty, so there is nothing to record",
                reason_id=f"{self.days} hari tidak memberi hukuman disiplin, jadi tidak ada yang "
                "dicatat",
                code="missing",
            )
        return PenaltyRecord(self.penalty, self.level, imposed_on)


def _neighbour(table: BandTable[AbsenceRow], band: Band[AbsenceRow], lighter: bool) -> AbsenceRow:
    """The nearest row below (or above) `band` that applies to every employee."""
    index = table.bands.index(band)
    step = -1 if lighter else 1
    index += step
    while 0 <= index < len(table.bands):
        if not table.bands[index].value.officials_only:
            return table.bands[index].value
        index += step
    raise InvalidValueError(
        "absence_penalties",
        band.describe("en"),
        "no band that applies to every employee lies "
        f"{'below' if lighter else 'above'} this officials-only band",
        reason_id="tidak ada rentang yang berlaku bagi semua pegawai "
        f"{'di bawah' if lighter else 'di atas'} rentang khusus pejabat ini",
        code="inconsistent",
    )


def _sanction(
    days: int,
    *,
    consecutive_days: int = 0,
    position: PositionKind | None = None,
    rules: Rules | None = None,
    trace: Trace = None,
) -> AbsenceSanction:
    checked = _check_days(days, "days")
    run = _check_days(consecutive_days, "consecutive_days")
    if run > checked:
        raise InvalidValueError(
            "consecutive_days",
            run,
            f"must not exceed days ({checked})",
            reason_id=f"tidak boleh melebihi jumlah hari (days = {checked})",
            code="inconsistent",
        )
    if position is not None and not isinstance(position, PositionKind):
        raise InvalidValueError(
            "position",
            position,
            "must be a PositionKind or None (use PositionKind.parse for text)",
            reason_id="harus berupa PositionKind atau None (gunakan PositionKind.parse untuk teks)",
            code="wrong_type",
        )
    in_force = rules_or_national(rules)
    table = in_force.resolve(ABSENCE_PENALTIES)
    band = table.value.band_for(checked, field="days")
    row = band.value
    regulation = table.citation.regulation
    term: PenaltyTerm = row.term
    article = row.article
    confidence = table.citation.confidence
    if trace is not None:
        first = next(b for b in table.value.bands if b.value.penalty is not None)
        rule = (
            Text(
                f"{checked} hari berada di bawah rentang pertama (mulai {first.lower} hari): "
                "tidak ada hukuman disiplin",
                f"{checked} days is below the first band (from {first.lower} days): no "
                "disciplinary penalty",
            )
            if row.penalty is None
            else Text(
                "Hukuman disiplin menurut jumlah hari tidak masuk kerja tanpa alasan yang sah "
                "(kumulatif dalam tahun kalender)",
                "Disciplinary penalty by days of unexcused absence (cumulative in the calendar "
                "year)",
            )
        )
        trace.append(
            Step(
                rule,
                inputs=(("days", checked),),
                parameters=[table.use(row, entry=band.describe("id"))],
                result=describe_term(term),
                citation=Citation(regulation, row.article),
            )
        )
    if row.officials_only and (position is None or not position.official):
        if position is None:
            raise InvalidValueError(
                "position",
                None,
                f"is needed: under {regulation} the {band.describe('en')} day band applies to "
                "structural and functional officials only",
                reason_id=f"diperlukan: menurut {regulation} rentang {band.describe('id')} hari "
                "hanya berlaku bagi pejabat struktural dan fungsional",
                code="missing",
            )
        choice = in_force.resolve(NON_OFFICIAL_ABSENCE_RULE)
        lighter = choice.value is NonOfficialAbsenceRule.LIGHTER_BAND
        neighbour = _neighbour(table.value, band, lighter)
        term, article = neighbour.term, neighbour.article
        confidence = _weakest(confidence, choice.citation.confidence)
        if trace is not None:
            trace.append(
                Step(
                    Text(
                        "Rentang ini hanya untuk pejabat struktural dan fungsional; bagi "
                        f"{position.label('id')} berlaku aturan pengganti",
                        "This band applies to structural and functional officials only; for "
                        f"{position.label('en')} the substitute rule applies",
                    ),
                    inputs=(("position", position),),
                    parameters=[choice.use()],
                    result=describe_term(term),
                )
            )
    if row.moderate_band is not None:
        term, article, confidence = _moderate(
            row, row.moderate_band, in_force, regulation, confidence, trace=trace
        )
    consecutive = in_force.resolve(CONSECUTIVE_ABSENCE_RULE)
    pay_stops = False
    if consecutive.value is not None:
        applies = run >= consecutive.value.days
        if applies and consecutive.value.term.severity > term.severity:
            term, article = consecutive.value.term, consecutive.value.term.article
            confidence = consecutive.citation.confidence
        pay_stops = applies and consecutive.value.pay_stops_next_month
        if trace is not None:
            trace.append(
                Step(
                    Text(
                        "Aturan hari kerja berturut-turut"
                        + ("" if applies else ": tidak terpenuhi"),
                        "Consecutive working days rule" + ("" if applies else ": not met"),
                    ),
                    inputs=(("consecutive_days", run),),
                    parameters=[consecutive.use()],
                    result=describe_term(consecutive.value.term) if applies else _NO_PENALTY,
                    citation=Citation(regulation, consecutive.value.term.article)
                    if applies
                    else None,
                )
            )
    elif trace is not None and run:
        trace.append(
            Step(
                Text(
                    f"{regulation} tidak mengatur hari kerja berturut-turut secara tersendiri",
                    f"{regulation} has no separate rule for consecutive working days",
                ),
                inputs=(("consecutive_days", run),),
                parameters=[consecutive.use()],
                result=_NO_PENALTY,
            )
        )
    if trace is not None:
        trace.append(
            Step(
                Text("Hukuman disiplin yang dijatuhkan", "The disciplinary penalty"),
                result=describe_term(term),
                fact=Text("Hukuman disiplin", "Disciplinary penalty"),
            )
        )
    return AbsenceSanction(
        checked,
        run,
        term.penalty,
        term.level,
        term.months,
        term.allowance_cut,
        term.alternatives,
        Citation(regulation, article, confidence=confidence),
        pay_stops,
        explanation=Recipe(_explanation, checked, run, position, rules),
    )


def _moderate(
    row: AbsenceRow,
    band: ModerateBand,
    in_force: Rules,
    regulation: str,
    confidence: Confidence,
    *,
    trace: Trace,
) -> tuple[PenaltyTerm, str, Confidence]:
    """The sedang penalty of a PP 94/2021 band in the form in force (Pasal 42)."""
    form = in_force.resolve(MODERATE_PENALTY_FORM)
    terms = in_force.resolve(MODERATE_PENALTIES)
    term = terms.value.lookup(form.value, band)
    # the band → kind mapping of the transitional forms is a reading of software [C]; the
    # 25 % cut is the text of Pasal 8(3) itself
    if form.value is not ModeratePenaltyForm.ALLOWANCE_CUT:
        confidence = _weakest(confidence, terms.citation.confidence)
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Bentuk hukuman disiplin sedang yang berlaku (PP 94/2021 Pasal 42)",
                    "The form of the sedang penalty in force (PP 94/2021 Pasal 42)",
                ),
                inputs=(("moderate_band", band),),
                parameters=[
                    form.use(),
                    terms.use(term, entry=f"{form.value.value}, {band.value}"),
                ],
                result=describe_term(term),
                citation=Citation(regulation, term.article, confidence=confidence),
            )
        )
    return term, f"{row.article} jo. {term.article}", confidence


def _weakest(first: Confidence, second: Confidence) -> Confidence:
    """The less certain of two confidences (in the order of `Confidence`: P, S, C, ...)."""
    order = list(Confidence)
    return max(first, second, key=order.index)


def _explanation(
    days: int, consecutive_days: int, position: PositionKind | None, rules: Rules | None
) -> Explanation:
    steps: list[Step] = []
    _sanction(days, consecutive_days=consecutive_days, position=position, rules=rules, trace=steps)
    return Explanation(steps)


@explained_by(explains_result(_sanction))
def absence_sanction(
    days: int,
    *,
    consecutive_days: int = 0,
    position: PositionKind | None = None,
    rules: Rules | None = None,
) -> AbsenceSanction:
    """The disciplinary penalty for days of unexcused absence in a calendar year.

    Always returns a result: with no penalty, `.penalty` and `.level` are `None` and the
    explanation says why ("2 days is below the first band"). Which table applies follows the
    date of `rules` (see the module note: for PP 94/2021 Pasal 40 the examination date decides).

    Args:
        days: Whole days of unexcused absence (tidak masuk kerja tanpa alasan yang sah),
            cumulative in the calendar year; add the days from lateness with
            `absent_days_from_minutes`.
        consecutive_days: The longest run of consecutive working days among them (PP 94/2021
            Pasal 11(2)(d) angka 4: 10 → dismissal).
        position: The kind of position; needed only where a row applies to structural and
            functional officials only (PP 53/2010, 36-45 days).
        rules: The rules to apply; default: the latest national rules (PP 94/2021).

    Returns:
        The penalty, its level, duration, allowance cut, alternatives and article.

    Raises:
        InvalidValueError: If `days` or `consecutive_days` is not a whole number from 0 to 366
            (a `bool` or `float` is refused), `consecutive_days` exceeds `days`, `position` is
            not a `PositionKind`, or `position` is missing where the row needs it.
        RuleNotInForceError: If `rules` is dated before PP 53/2010 (6 June 2010).

    Examples:
        >>> absence_sanction(2).penalty is None
        True
        >>> absence_sanction(12).penalty
        <Penalty.DELAYED_SALARY_INCREMENT: 'Penundaan Kenaikan Gaji Berkala'>
        >>> absence_sanction(12, consecutive_days=10).penalty
        <Penalty.DISMISSAL: 'Pemberhentian dengan Hormat Tidak atas Permintaan Sendiri'>
    """
    return _sanction(days, consecutive_days=consecutive_days, position=position, rules=rules)


def _days_from_minutes(minutes: int, *, rules: Rules | None = None, trace: Trace = None) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise InvalidValueError(
            "minutes",
            minutes,
            f"must be a whole number of minutes (int), not {type(minutes).__name__}",
            reason_id=f"harus bilangan bulat menit (int), bukan {type(minutes).__name__}",
            code="wrong_type",
        )
    checked = check_whole(minutes, field="minutes", low=0, high=_MAX_MINUTES)
    in_force = rules_or_national(rules)
    per_day = in_force.resolve(MINUTES_PER_ABSENT_DAY)
    remainder_rule = in_force.resolve(MINUTE_REMAINDER_RULE)
    whole, remainder = divmod(checked, per_day.value)
    part_counts = remainder_rule.value is MinuteRemainderRule.PART_DAY_COUNTS
    days = whole + (1 if part_counts and remainder else 0)
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Menit terlambat masuk dan pulang cepat dikonversi menjadi hari tidak masuk "
                    "kerja",
                    "Minutes of late arrival and early leave converted into days of absence",
                ),
                inputs=(("minutes", checked), ("remainder_minutes", remainder)),
                parameters=[per_day.use(), remainder_rule.use()],
                result=days,
                fact=Text("Hari tidak masuk kerja", "Days of absence"),
            )
        )
    return days


@explained_by(explains_value(_days_from_minutes))
def absent_days_from_minutes(minutes: int, *, rules: Rules | None = None) -> int:
    """Whole days of absence that minutes of lateness and early leave count for.

    PP 53/2010 Penjelasan Pasal 3 angka 11: 7.5 hours (450 minutes) = 1 day
    ([`MINUTES_PER_ABSENT_DAY`][kinerja_core.discipline.MINUTES_PER_ABSENT_DAY]); how a
    remainder counts is [`MINUTE_REMAINDER_RULE`][kinerja_core.discipline.MINUTE_REMAINDER_RULE]
    (nationally: dropped).

    Args:
        minutes: The cumulative minutes of late arrival and early leave in the calendar year.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The number of days.

    Raises:
        InvalidValueError: If `minutes` is not a whole number from 0 to 527040 (a year's
            minutes); a `bool` or `float` is refused.

    Examples:
        >>> absent_days_from_minutes(900), absent_days_from_minutes(899)
        (2, 1)
    """
    return _days_from_minutes(minutes, rules=rules)
