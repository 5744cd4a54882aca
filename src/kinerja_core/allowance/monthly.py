"""One month's TPP / tunjangan kinerja: from the base amount, the predikat and the attendance.

[`monthly_allowance`][kinerja_core.allowance.monthly_allowance] reads the institution's
[`AllowanceRules`][kinerja_core.allowance.AllowanceRules] from the `Rules` passed and returns an
[`AllowanceBreakdown`][kinerja_core.allowance.AllowanceBreakdown] in whole rupiah (or the set's
unit): every component and every cut is a line, each line rounded on its own (the set's
rounding point and unit), and the total is exactly the sum of the lines.

The order of the computation:

1. the base amount is split into the set's components (a line each): every component but the
   last is rounded on its own, the last is the rounded base amount minus the others, so the
   components always add up to the rounded base amount;
2. a special state (CPNS, study leave, a transfer) takes its share away from each component;
3. the predikat's reduction (`100 − factor` or the cut) is taken from its component;
4. the attendance cuts (days absent, each late arrival and early leave by its minutes, missed
   ceremonies, the consecutive-absence rule) are taken from the part each applies to; their
   sum per part never exceeds the set's cap (a line gives back what lies above it);
5. the pay is never negative (a line gives back what lies below zero);
6. the employee's BPJS share is deducted from what is left; the employer's share is shown
   apart (`employer_bpjs`) and never deducted.

Every amount is exact until its line is rounded, and each cut is a percentage of the exact
(unrounded) part it applies to.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from kinerja_core.allowance.allowance_specs import (
    ALLOWANCE_RULES,
    AllowanceComponent,
    AllowanceRules,
    EmploymentState,
    PredicateLag,
    RoundingMode,
)
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._text import Lang
from kinerja_core.core._validators import enum_repr, member_of, non_blank
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError, KinerjaError, ValidationError
from kinerja_core.core.explain import (
    NO_STEPS,
    Explainable,
    Explanation,
    ParameterUse,
    Recipe,
    Step,
    Text,
    Trace,
    explained_by,
    explains_result,
    render_number,
)
from kinerja_core.core.law import Citation
from kinerja_core.core.numbers import publish, round_half_up, to_decimal
from kinerja_core.core.parameters import Resolved, Rules
from kinerja_core.national import rules_or_national
from kinerja_core.performance.ratings import Predicate
from kinerja_core.periods.period import Period

__all__ = [
    "AllowanceBreakdown",
    "AllowanceLine",
    "AllowanceLineKind",
    "AttendanceRecord",
    "monthly_allowance",
    "performance_period",
]

_MAX_WORKING_DAYS = 31
_MAX_MINUTES = 24 * 60
_MAX_RUN = 366
_MAX_BASE = Decimal(10) ** 15
"""A monthly base amount above a thousand trillion rupiah is a typing error, not an allowance."""


# --------------------------------------------------------------------------------------------
# The attendance record
# --------------------------------------------------------------------------------------------


def _minutes(value: object, field: str) -> tuple[int, ...]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise InvalidValueError(
            field,
            value,
            "must be a sequence of whole numbers of minutes, one per occurrence",
            reason_id="harus berupa daftar bilangan bulat menit, satu untuk setiap kejadian",
            code="wrong_type",
        )
    return tuple(value)


def _late_minutes(value: object) -> tuple[int, ...]:
    return _minutes(value, "late_minutes")


def _early_leave_minutes(value: object) -> tuple[int, ...]:
    return _minutes(value, "early_leave_minutes")


def _whole_problem(field: str, value: object, low: int, high: int) -> KinerjaError | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return InvalidValueError(
            field,
            value,
            "must be a whole number",
            reason_id="harus bilangan bulat",
            code="wrong_type",
        )
    if not low <= value <= high:
        return InvalidValueError(
            field,
            value,
            f"must be from {low} to {high}",
            reason_id=f"harus dari {low} sampai dengan {high}",
            code="out_of_range",
        )
    return None


@attrs.frozen
class AttendanceRecord(Document):
    """An employee's attendance in one month, as the allowance rules count it.

    Attributes:
        year: The year of the month.
        month: The month (1 = January).
        working_days: The month's working days (hari kerja).
        absent_days: Working days absent without a valid reason (tanpa keterangan yang sah).
        late_minutes: The minutes of each late arrival (terlambat masuk kerja), one entry per
            occurrence; `0` is on time.
        early_leave_minutes: The minutes of each early leave (pulang sebelum waktunya), one
            entry per occurrence.
        missed_ceremonies: Ceremonies (upacara) missed without a valid reason.
        consecutive_absent_days: The longest run of consecutive working days absent without a
            valid reason (the run may have begun in an earlier month).
        state: The employee's state in the month (active, CPNS, study leave, transfer).
        days_in_post: For a transfer in or out: the working days in post this month.

    Examples:
        >>> AttendanceRecord(2025, 3, 21, absent_days=1, late_minutes=(15, 45)).late_minutes
        (15, 45)
    """

    __document_top__ = True

    year: int
    month: int
    working_days: int
    absent_days: int = 0
    late_minutes: tuple[int, ...] = attrs.field(default=(), converter=_late_minutes)
    early_leave_minutes: tuple[int, ...] = attrs.field(default=(), converter=_early_leave_minutes)
    missed_ceremonies: int = 0
    consecutive_absent_days: int = 0
    state: EmploymentState = attrs.field(
        default=EmploymentState.ACTIVE, validator=member_of(EmploymentState), repr=enum_repr
    )
    days_in_post: int | None = None

    def __attrs_post_init__(self) -> None:
        problems = [
            p
            for p in (
                _whole_problem("year", self.year, 2000, 2100),
                _whole_problem("month", self.month, 1, 12),
                _whole_problem("working_days", self.working_days, 1, _MAX_WORKING_DAYS),
                _whole_problem(
                    "consecutive_absent_days", self.consecutive_absent_days, 0, _MAX_RUN
                ),
            )
            if p is not None
        ]
        days = self.working_days if isinstance(self.working_days, int) else _MAX_WORKING_DAYS
        for field in ("absent_days", "missed_ceremonies"):
            found = _whole_problem(field, getattr(self, field), 0, days)
            if found is not None:
                problems.append(found)
        for field in ("late_minutes", "early_leave_minutes"):
            entries: tuple[int, ...] = getattr(self, field)
            if len(entries) > days:
                problems.append(
                    InvalidValueError(
                        field,
                        list(entries),
                        f"has more occurrences ({len(entries)}) than working days ({days})",
                        reason_id=f"kejadiannya ({len(entries)}) lebih banyak dari hari kerja "
                        f"({days})",
                        code="out_of_range",
                    )
                )
            for index, minutes in enumerate(entries):
                found = _whole_problem(f"{field}[{index}]", minutes, 0, _MAX_MINUTES)
                if found is not None:
                    problems.append(found)
        transfer = self.state in (EmploymentState.TRANSFER_IN, EmploymentState.TRANSFER_OUT)
        if self.days_in_post is None:
            if transfer:
                problems.append(
                    InvalidValueError(
                        "days_in_post",
                        None,
                        "is required for a transfer in or out",
                        reason_id="wajib diisi untuk pindah masuk atau pindah keluar",
                        code="required",
                    )
                )
        else:
            found = _whole_problem("days_in_post", self.days_in_post, 0, days)
            if found is not None:
                problems.append(found)
        if len(problems) == 1:
            raise problems[0]
        if problems:
            raise ValidationError("attendance", None, problems)

    @property
    def period(self) -> Period:
        """The month as a `Period`."""
        return Period.month(self.year, self.month)


# --------------------------------------------------------------------------------------------
# The breakdown
# --------------------------------------------------------------------------------------------


class AllowanceLineKind(LabelledEnum):
    """What a line of an allowance breakdown is."""

    COMPONENT = "Komponen"
    SPECIAL_STATE = "Penyesuaian Status Pegawai"
    PERFORMANCE = "Penyesuaian Predikat Kinerja"
    ABSENCE = "Potongan Tidak Masuk Kerja"
    LATENESS = "Potongan Terlambat Masuk Kerja"
    EARLY_LEAVE = "Potongan Pulang Sebelum Waktunya"
    MISSED_CEREMONY = "Potongan Tidak Mengikuti Upacara"
    CONSECUTIVE_ABSENCE = "Potongan Tidak Masuk Kerja Berturut-turut"
    CAP = "Pengembalian di Atas Batas Potongan"
    FLOOR = "Pengembalian di Bawah Nol"
    EMPLOYEE_BPJS = "Iuran BPJS Pegawai"

    @classmethod
    def _english(cls) -> dict[AllowanceLineKind, str]:
        return {
            cls.COMPONENT: "Component",
            cls.SPECIAL_STATE: "Employment-state adjustment",
            cls.PERFORMANCE: "Predikat adjustment",
            cls.ABSENCE: "Cut for days absent",
            cls.LATENESS: "Cut for late arrivals",
            cls.EARLY_LEAVE: "Cut for early leaves",
            cls.MISSED_CEREMONY: "Cut for missed ceremonies",
            cls.CONSECUTIVE_ABSENCE: "Cut for consecutive days absent",
            cls.CAP: "Given back above the cap on cuts",
            cls.FLOOR: "Given back below zero",
            cls.EMPLOYEE_BPJS: "Employee's BPJS share",
        }


@attrs.frozen
class AllowanceLine(Document):
    """One line of a breakdown: a component (positive) or a cut (negative), in rupiah.

    Attributes:
        kind: What the line is.
        component: The part of the allowance the line belongs to or is taken from.
        percent: The percentage applied (a component's weight, a cut's total percentage).
        amount: The line in whole rupiah (a multiple of the set's rounding unit), rounded on
            its own; positive adds, negative deducts.
    """

    kind: AllowanceLineKind = attrs.field(validator=member_of(AllowanceLineKind), repr=enum_repr)
    component: AllowanceComponent = attrs.field(
        validator=member_of(AllowanceComponent), repr=enum_repr
    )
    percent: Decimal
    amount: int


@attrs.frozen
class AllowanceBreakdown(Explainable, Document):
    """One month's allowance, line by line; its explanation is built when read.

    Attributes:
        rules_name: The name of the set applied.
        year: The year of the month.
        month: The month.
        base_amount: The base amount (the allowance before any component split or cut).
        predicate: The predikat applied (`None` when the set decided by a score).
        score: The score applied (`None` when the set decided by predikat).
        performance_period: The period whose predikat applies (by the set's lag).
        lines: Every component and every cut, in order.
        employer_bpjs: The employer's BPJS share, shown apart (paid on top, never deducted).
        explanation: The steps, each with its citation (built on first read).
    """

    __document_top__ = True
    __document_derived__ = ("total",)

    rules_name: str = attrs.field(validator=non_blank)
    year: int
    month: int
    base_amount: Decimal
    predicate: Predicate | None
    score: Decimal | None
    performance_period: Period
    lines: tuple[AllowanceLine, ...]
    employer_bpjs: int
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False
    )

    @property
    def total(self) -> int:
        """The allowance paid to the employee: exactly the sum of the lines (never negative)."""
        return sum(line.amount for line in self.lines)

    def amount_of(self, kind: AllowanceLineKind) -> int:
        """The sum of the lines of one kind (0 when there is none).

        Args:
            kind: The kind of line.

        Returns:
            The sum in rupiah.
        """
        return sum(line.amount for line in self.lines if line.kind is kind)


# --------------------------------------------------------------------------------------------
# Which period's predikat a month uses
# --------------------------------------------------------------------------------------------


def performance_period(year: int, month: int, lag: PredicateLag) -> Period:
    """The period whose predikat decides the allowance of a month.

    `SAME_MONTH`: the month itself. `NEXT_QUARTER`: the quarter before the month's quarter
    (April–June use the predikat of January–March; January–March that of the last quarter
    of the year before). `NEXT_YEAR`: the year before.

    Args:
        year: The month's year.
        month: The month (1 = January).
        lag: The set's lag.

    Returns:
        The period.

    Raises:
        InvalidValueError: If the month or the lag is not valid.

    Examples:
        >>> performance_period(2025, 5, PredicateLag.NEXT_QUARTER).label("en")
        'Quarter I 2025'
        >>> performance_period(2025, 2, PredicateLag.NEXT_YEAR).label("id")
        'Tahun 2024'
    """
    period = Period.month(year, month)
    if not isinstance(lag, PredicateLag):
        raise InvalidValueError(
            "lag",
            lag,
            "must be a PredicateLag",
            reason_id="harus berupa PredicateLag",
            code="wrong_type",
        )
    if lag is PredicateLag.SAME_MONTH:
        return period
    if lag is PredicateLag.NEXT_YEAR:
        return Period.year(year - 1)
    quarter = (month - 1) // 3 + 1
    return Period.quarter(year, quarter - 1) if quarter > 1 else Period.quarter(year - 1, 4)


# --------------------------------------------------------------------------------------------
# The computation
# --------------------------------------------------------------------------------------------

_PERCENT = Fraction(1, 100)


def _pct(value: Decimal, lang: Lang) -> str:
    """A percentage for the text of a rule: `2,5` in Indonesian, `2.5` in English."""
    return render_number(value, lang)


class _Money:
    """Rounds each line to the set's unit and mode (the set's rounding point: each line)."""

    __slots__ = ("down", "unit")

    def __init__(self, unit: int, mode: RoundingMode) -> None:
        self.unit = unit
        self.down = mode is RoundingMode.DOWN

    def __call__(self, amount: Fraction) -> int:
        units = amount / self.unit
        whole = math.floor(units) if self.down else int(round_half_up(units))
        return whole * self.unit


Performance = Predicate | Decimal | int | str
"""The performance input of a month: a predikat, or a score for a set that decides by score."""


def _performance(value: object) -> tuple[Predicate | None, Decimal | None]:
    if isinstance(value, Predicate):
        return value, None
    if isinstance(value, float | bool) or not isinstance(value, int | Decimal | str):
        raise InvalidValueError(
            "performance",
            value,
            "must be a Predicate (use Predicate.parse for text labels) or, for a set that "
            "decides by score, an exact score (int, Decimal or string)",
            reason_id="harus berupa Predicate (gunakan Predicate.parse untuk label teks) atau, "
            "untuk aturan yang memakai nilai, nilai yang eksak (int, Decimal atau string)",
            code="wrong_type",
        )
    score = to_decimal(value, field="performance")
    if score < 0:
        raise InvalidValueError(
            "performance",
            value,
            "a score must not be negative",
            reason_id="nilai tidak boleh negatif",
            code="out_of_range",
        )
    return None, score


def _check_inputs(base: object, attendance: object) -> Decimal:
    if isinstance(base, float):
        raise InvalidValueError(
            "base_amount",
            base,
            "rupiah are never binary floating point: pass an int, a Decimal or a string",
            reason_id="rupiah tidak pernah berupa bilangan floating point biner: berikan int, "
            "Decimal atau string",
            code="float",
        )
    amount = to_decimal(base, field="base_amount")
    if not 0 <= amount <= _MAX_BASE:
        raise InvalidValueError(
            "base_amount",
            base,
            f"must be from 0 to {_MAX_BASE:f} rupiah",
            reason_id=f"harus dari 0 sampai dengan {_MAX_BASE:f} rupiah",
            code="out_of_range",
        )
    if not isinstance(attendance, AttendanceRecord):
        raise InvalidValueError(
            "attendance",
            attendance,
            "must be an AttendanceRecord",
            reason_id="harus berupa AttendanceRecord",
            code="wrong_type",
        )
    return amount


def _rules_of_month(rules: Rules | None, attendance: AttendanceRecord) -> Rules:
    """The rules, checked to be taken at a day of the paid month (the rules in force then)."""
    month = attendance.period
    in_force = rules_or_national(rules, month.start)
    if not month.start <= in_force.on <= month.end:
        paid = f"{attendance.year}-{attendance.month:02d}"
        raise InvalidValueError(
            "rules",
            in_force.on,
            f"are taken at {in_force.on.isoformat()}, outside the paid month {paid} "
            f"({month.label('en')}): the allowance is computed under the rules in force in "
            f"the paid month; take them at a day of it, e.g. "
            f"policy.at(date({attendance.year}, {attendance.month}, 1))",
            reason_id=f"diambil pada {in_force.on.isoformat()}, di luar bulan yang dibayar "
            f"{paid} ({month.label('id')}): tunjangan dihitung menurut aturan yang berlaku "
            f"pada bulan yang dibayar; ambil aturan pada salah satu hari bulan itu, misalnya "
            f"policy.at(date({attendance.year}, {attendance.month}, 1))",
            code="month_mismatch",
        )
    return in_force


def _state_share(tpp: AllowanceRules, attendance: AttendanceRecord) -> Fraction:
    state, states = attendance.state, tpp.special_states
    if state is EmploymentState.CPNS:
        return Fraction(states.cpns_percent) * _PERCENT
    if state is EmploymentState.STUDY_LEAVE:
        return Fraction(states.study_leave_percent) * _PERCENT
    if state is EmploymentState.ACTIVE or not states.prorate_transfers:
        return Fraction(1)
    return Fraction(attendance.days_in_post or 0, attendance.working_days)


class _Lines:
    """The lines being built, and the steps when a trace is kept."""

    __slots__ = ("lines", "money", "resolved", "trace")

    def __init__(self, money: _Money, resolved: Resolved[AllowanceRules], trace: Trace) -> None:
        self.lines: list[AllowanceLine] = []
        self.money = money
        self.resolved = resolved
        self.trace = trace

    def add(  # noqa: PLR0917 (one line's six facts, in the order a line reads)
        self,
        kind: AllowanceLineKind,
        component: AllowanceComponent,
        percent: Fraction,
        exact: Fraction,
        sign: int,
        step: tuple[Text, tuple[tuple[str, object], ...], str, object, Citation] | None,
        *,
        rounded: int | None = None,
        part: object = None,
    ) -> int:
        amount = sign * (self.money(exact) if rounded is None else rounded)
        self.lines.append(AllowanceLine(kind, component, publish(percent), amount))
        if self.trace is not None and step is not None:
            rule, inputs, name, value, citation = step
            since = self.resolved.effective_from
            uses = [ParameterUse(name, value, since, citation)]
            # the fields of the part its source does not state, each with its own citation
            assumed: Mapping[str, Citation] = getattr(part, "assumed", {})
            uses.extend(
                ParameterUse(f"allowance_assumed[{field}]", getattr(part, field), since, cited)
                for field, cited in assumed.items()
            )
            self.trace.append(
                Step(
                    rule,
                    inputs=(*inputs, ("percent", publish(percent))),
                    parameters=uses,
                    result=amount,
                )
            )
        return amount


def _components(tpp: AllowanceRules) -> tuple[AllowanceComponent, ...]:
    weights = tpp.weights
    if weights.performance == 0 or weights.discipline == 0:
        return (AllowanceComponent.WHOLE,)
    return (AllowanceComponent.PERFORMANCE, AllowanceComponent.DISCIPLINE)


def _component_step(
    component: AllowanceComponent,
    amount: Decimal,
    rounded_base: int,
    others: list[int],
    *,
    last: bool,
) -> tuple[Text, tuple[tuple[str, object], ...]]:
    """The rule and the inputs of a component's step (the last one is the rest of the base)."""
    if not last:
        return Text(f"Komponen: {component.label('id')}", f"Component: {component.label('en')}"), (
            ("base_amount", amount),
        )
    return Text(
        f"Komponen: {component.label('id')} (sisa besaran dasar yang dibulatkan setelah "
        "komponen sebelumnya)",
        f"Component: {component.label('en')} (the rest of the rounded base amount after the "
        "components before it)",
    ), (
        ("base_amount", amount),
        ("rounded_base", rounded_base),
        ("other_components", tuple(others)),
    )


def _reduction(
    tpp: AllowanceRules, predicate: Predicate | None, score: Decimal | None
) -> tuple[Fraction, Decimal, tuple[tuple[str, object], ...], str]:
    """The predikat's (or the score's) reduction, the percentage as stated, and its names."""
    factors = tpp.performance
    if predicate is not None:
        name = f"allowance_factors[{predicate.value}]"
        reduction = Fraction(factors.reduction(predicate))
        return reduction, factors.factors[predicate], (("predicate", predicate),), name
    table = factors.scores
    if table is None or score is None:
        raise InvalidValueError(
            "performance",
            score,
            f"the set {tpp.name!r} decides by predikat and has no score table; pass a Predicate",
            reason_id=f"aturan {tpp.name!r} memakai predikat dan tidak memiliki tabel nilai; "
            "berikan Predicate",
            code="no_score_table",
        )
    band = table.band_for(score, field="performance")
    stated = factors.score_bands[table.bands.index(band)].percent
    name = f"allowance_score_bands[{band.describe('en')}]"
    return Fraction(band.value), stated, (("score", score),), name


def _compute(  # noqa: PLR0915 (the order of the lines is the rule: one place reads it best)
    base: Decimal | int | str,
    performance: Performance,
    attendance: AttendanceRecord,
    *,
    rules: Rules | None = None,
    trace: Trace = None,
) -> AllowanceBreakdown:
    predicate, score = _performance(performance)
    amount = _check_inputs(base, attendance)
    resolved = _rules_of_month(rules, attendance).resolve(ALLOWANCE_RULES)
    tpp = resolved.value
    money = _Money(tpp.rounding.unit, tpp.rounding.mode)
    out = _Lines(money, resolved, trace)
    exact_base = Fraction(amount)
    weights = tpp.weights
    period = performance_period(attendance.year, attendance.month, tpp.performance.lag)
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Aturan tunjangan yang berlaku; predikat yang dipakai adalah predikat periode "
                    "yang ditentukan oleh jeda aturan",
                    "The allowance rules in force; the predikat used is that of the period the "
                    "rules' lag names",
                ),
                inputs=(
                    ("base_amount", amount),
                    ("predicate", predicate) if score is None else ("score", score),
                    ("performance_period", period),
                ),
                parameters=[
                    resolved.use(tpp.name),
                    ParameterUse(
                        "allowance_lag",
                        tpp.performance.lag,
                        resolved.effective_from,
                        tpp.performance.citation,
                    ),
                ],
                fact=Text("Aturan tunjangan", "Allowance rules"),
                result=tpp.name,
            )
        )

    # 1. the components (they add up to the rounded base), and 2. the special state
    share = _state_share(tpp, attendance)
    parts: dict[AllowanceComponent, Fraction] = {}
    components = _components(tpp)
    rounded_base = money(exact_base)
    others: list[int] = []
    for component in components:
        weight = Fraction(weights.share(component))
        gross = exact_base * weight * _PERCENT
        parts[component] = gross * share
        # the last of several components is the rest of the rounded base, so that the
        # components add up to it exactly (rounded each on its own, two halves both round up)
        last = len(components) > 1 and component is components[-1]
        rest = rounded_base - sum(others) if last else None
        rule, inputs = _component_step(component, amount, rounded_base, others, last=last)
        others.append(
            out.add(
                AllowanceLineKind.COMPONENT,
                component,
                weight,
                gross,
                1,
                (rule, inputs, "allowance_weights", weight, weights.citation),
                rounded=rest,
            )
        )
        if share != 1:
            out.add(
                AllowanceLineKind.SPECIAL_STATE,
                component,
                (1 - share) * 100,
                gross * (1 - share),
                -1,
                (
                    Text(
                        f"Penyesuaian status pegawai ({attendance.state.label('id')})",
                        f"Employment-state adjustment ({attendance.state.label('en')})",
                    ),
                    (("state", attendance.state), ("days_in_post", attendance.days_in_post)),
                    "allowance_special_states",
                    publish(share * 100),
                    tpp.special_states.citation,
                ),
                part=tpp.special_states,
            )
    whole = sum(parts.values(), Fraction(0))

    def part(component: AllowanceComponent) -> Fraction:
        if component is AllowanceComponent.WHOLE:
            return whole
        return parts.get(component, whole * Fraction(weights.share(component)) * _PERCENT)

    # 3. the predikat (or the score)
    factors = tpp.performance
    reduction, stated, why, name = _reduction(tpp, predicate, score)
    if reduction:
        out.add(
            AllowanceLineKind.PERFORMANCE,
            factors.component,
            reduction,
            part(factors.component) * reduction * _PERCENT,
            -1,
            (
                Text(
                    f"Penyesuaian predikat kinerja ({factors.kind.label('id')} "
                    f"{_pct(stated, 'id')} %)",
                    f"Predikat adjustment ({factors.kind.label('en')} {_pct(stated, 'en')} %)",
                ),
                why,
                name,
                stated,
                factors.citation,
            ),
        )

    # 4. the attendance cuts, capped per part
    cuts: dict[AllowanceComponent, int] = {}

    def cut(
        kind: AllowanceLineKind,
        component: AllowanceComponent,
        percent: Fraction,
        step: tuple[Text, tuple[tuple[str, object], ...], str, object, Citation],
        source: object,
    ) -> None:
        if percent:
            taken = out.add(
                kind,
                component,
                percent,
                part(component) * percent * _PERCENT,
                -1,
                step,
                part=source,
            )
            cuts[component] = cuts.get(component, 0) - taken

    absence = tpp.absence
    cut(
        AllowanceLineKind.ABSENCE,
        absence.component,
        Fraction(absence.percent) * attendance.absent_days,
        (
            Text(
                f"Potongan tidak masuk kerja: {_pct(absence.percent, 'id')} % per hari",
                f"Cut for days absent: {_pct(absence.percent, 'en')} % a day",
            ),
            (("absent_days", attendance.absent_days),),
            "allowance_absence",
            absence.percent,
            absence.citation,
        ),
        absence,
    )
    for kind, bands, minutes, name, parameter, words in (
        (
            AllowanceLineKind.LATENESS,
            tpp.lateness,
            attendance.late_minutes,
            "late_minutes",
            "allowance_lateness",
            ("terlambat masuk kerja", "late arrivals"),
        ),
        (
            AllowanceLineKind.EARLY_LEAVE,
            tpp.early_leave,
            attendance.early_leave_minutes,
            "early_leave_minutes",
            "allowance_early_leave",
            ("pulang sebelum waktunya", "early leaves"),
        ),
    ):
        percents = [bands.percent_for(m) for m in minutes]
        cut(
            kind,
            bands.component,
            sum((Fraction(p) for p in percents), Fraction(0)),
            (
                Text(
                    f"Potongan {words[0]}: jumlah persentase setiap kejadian menurut menitnya",
                    f"Cut for {words[1]}: the sum of each occurrence's percentage by its minutes",
                ),
                ((name, minutes),),
                parameter,
                tuple(percents),
                bands.citation,
            ),
            bands,
        )
    ceremony = tpp.ceremony
    cut(
        AllowanceLineKind.MISSED_CEREMONY,
        ceremony.component,
        Fraction(ceremony.percent) * attendance.missed_ceremonies,
        (
            Text(
                f"Potongan tidak mengikuti upacara: {_pct(ceremony.percent, 'id')} % per upacara",
                f"Cut for missed ceremonies: {_pct(ceremony.percent, 'en')} % each",
            ),
            (("missed_ceremonies", attendance.missed_ceremonies),),
            "allowance_ceremony",
            ceremony.percent,
            ceremony.citation,
        ),
        ceremony,
    )
    run = tpp.consecutive_absence
    if run.applies(attendance.consecutive_absent_days):
        cut(
            AllowanceLineKind.CONSECUTIVE_ABSENCE,
            run.component,
            Fraction(run.percent),
            (
                Text(
                    f"Potongan tidak masuk kerja {run.from_days} hari kerja berturut-turut atau "
                    "lebih",
                    f"Cut for {run.from_days} or more consecutive working days absent",
                ),
                (("consecutive_absent_days", attendance.consecutive_absent_days),),
                "allowance_consecutive_absence",
                run.percent,
                run.citation,
            ),
            run,
        )
    cap = tpp.cap
    for component, taken in cuts.items():
        limit = money(part(component) * Fraction(cap.percent) * _PERCENT)
        if taken > limit:
            out.add(
                AllowanceLineKind.CAP,
                component,
                Fraction(cap.percent),
                Fraction(taken - limit),
                1,
                (
                    Text(
                        f"Batas potongan kehadiran sebulan: {_pct(cap.percent, 'id')} % dari "
                        f"{component.label('id').lower()}; kelebihannya dikembalikan",
                        f"Monthly cap on attendance cuts: {_pct(cap.percent, 'en')} % of the "
                        f"{component.label('en').lower()}; the excess is given back",
                    ),
                    (("cuts", taken), ("cap_amount", limit)),
                    "allowance_cap",
                    cap.percent,
                    cap.citation,
                ),
            )

    # 5. never negative
    subtotal = sum(line.amount for line in out.lines)
    if subtotal < 0:
        out.add(
            AllowanceLineKind.FLOOR,
            AllowanceComponent.WHOLE,
            Fraction(0),
            Fraction(-subtotal),
            1,
            None,
        )
        if trace is not None:
            trace.append(
                Step(
                    Text(
                        "Tunjangan tidak pernah negatif: kekurangannya dikembalikan",
                        "The allowance is never negative: the shortfall is given back",
                    ),
                    inputs=(("subtotal", subtotal),),
                    result=-subtotal,
                )
            )
        subtotal = 0

    # 6. BPJS
    bpjs = tpp.bpjs
    employee = Fraction(bpjs.employee_percent)
    if employee and subtotal:
        out.add(
            AllowanceLineKind.EMPLOYEE_BPJS,
            AllowanceComponent.WHOLE,
            employee,
            subtotal * employee * _PERCENT,
            -1,
            (
                Text(
                    "Iuran BPJS bagian pegawai, dari tunjangan setelah potongan",
                    "The employee's BPJS share, of the allowance after the cuts",
                ),
                (("subtotal", subtotal),),
                "allowance_bpjs_employee",
                bpjs.employee_percent,
                bpjs.citation,
            ),
        )
    employer = money(subtotal * Fraction(bpjs.employer_percent) * _PERCENT)
    result = AllowanceBreakdown(
        rules_name=tpp.name,
        year=attendance.year,
        month=attendance.month,
        base_amount=amount,
        predicate=predicate,
        score=score,
        performance_period=period,
        lines=tuple(out.lines),
        employer_bpjs=employer,
    )
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Iuran BPJS bagian pemberi kerja: dibayar di luar tunjangan, tidak dipotong "
                    "dari pegawai",
                    "The employer's BPJS share: paid on top, never deducted from the employee",
                ),
                inputs=(("subtotal", subtotal),),
                parameters=[
                    ParameterUse(
                        "allowance_bpjs_employer",
                        bpjs.employer_percent,
                        resolved.effective_from,
                        bpjs.citation,
                    )
                ],
                result=employer,
            )
        )
        trace.append(
            Step(
                Text(
                    "Tunjangan yang diterima: jumlah semua baris, masing-masing dibulatkan "
                    f"ke {tpp.rounding.unit} rupiah ({tpp.rounding.mode.label('id').lower()})",
                    "The allowance paid: the sum of every line, each rounded to "
                    f"{tpp.rounding.unit} rupiah ({tpp.rounding.mode.label('en').lower()})",
                ),
                inputs=(("lines", tuple(line.amount for line in out.lines)),),
                parameters=[
                    ParameterUse(
                        "allowance_rounding",
                        tpp.rounding.unit,
                        resolved.effective_from,
                        tpp.rounding.citation,
                    )
                ],
                result=result.total,
                fact=Text("Tunjangan yang diterima (Rp)", "Allowance paid (Rp)"),
            )
        )
    return result


def _explanation(
    base: Decimal | int | str,
    performance: Performance,
    attendance: AttendanceRecord,
    rules: Rules | None,
) -> Explanation:
    steps: list[Step] = []
    _compute(base, performance, attendance, rules=rules, trace=steps)
    return Explanation(steps)


def monthly_allowance(
    base_amount: Decimal | int | str,
    performance: Performance,
    attendance: AttendanceRecord,
    *,
    rules: Rules | None = None,
) -> AllowanceBreakdown:
    """One month's TPP / tunjangan kinerja, line by line, under an institution's rules.

    Args:
        base_amount: The employee's base amount for the month in rupiah (`int`, `Decimal` or a
            string; never a `float`), before the component split and the cuts.
        performance: The predikat that applies to the month: the predikat of
            `performance_period(year, month, lag)` under the set's lag (the caller looks it
            up; the breakdown records which period it is). For a set that decides by a score
            (`PredicateFactors.score_bands`), the score instead (`int`, `Decimal` or string).
        attendance: The month's attendance record.
        rules: The rules of a policy that holds `ALLOWANCE_RULES`, taken at a day of the
            paid month (e.g. `NATIONAL.with_overrides(...).at(date(year, month, 1))`): the
            allowance is computed under the rules in force in the paid month, whatever the
            lag of its predikat. The national rules have none.

    Returns:
        The breakdown: every line in whole rupiah (or the set's unit), the total exactly their
        sum, never negative, the employer's BPJS share apart; explained when read.

    Raises:
        InvalidValueError: If the base amount is a `float`, negative or not a number, the
            performance is neither a `Predicate` nor an exact score (or a score for a set
            without a score table), the attendance is not an `AttendanceRecord`, or the
            rules are taken outside the attendance's month (code `month_mismatch`).
        UnknownParameterError: If the rules hold no `ALLOWANCE_RULES` (the national rules).
        RuleNotInForceError: If the rules' date is before the set's first version.

    Examples:
        >>> from datetime import date
        >>> from kinerja_core import NATIONAL, Predicate
        >>> from kinerja_core.allowance import ALLOWANCE_RULES, PERMENTAN_68_2012
        >>> kementan = NATIONAL.with_overrides("Kementan", {ALLOWANCE_RULES: PERMENTAN_68_2012})
        >>> month = AttendanceRecord(2025, 3, 21, absent_days=1, late_minutes=(45,))
        >>> result = monthly_allowance(
        ...     5_000_000, Predicate.GOOD, month, rules=kementan.at(date(2025, 3, 1))
        ... )
        >>> result.total, [line.amount for line in result.lines]
        (4750000, [5000000, -200000, -50000])
    """
    breakdown = _compute(base_amount, performance, attendance, rules=rules)
    object.__setattr__(
        breakdown, "_explain", Recipe(_explanation, base_amount, performance, attendance, rules)
    )
    return breakdown


explained_by(explains_result(monthly_allowance))(monthly_allowance)
