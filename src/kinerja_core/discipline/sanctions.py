"""Performance sanctions: the follow-up path of PP 30/2019 Pasal 56-59.

UU 5/2014 Pasal 77(6): a PNS who misses the performance target "dikenakan sanksi administrasi
sampai dengan pemberhentian". PP 30/2019 spells the path out:

- **JPT** (Pasal 57): target missed for 1 year in the position **and** predikat Cukup, Kurang or
  Sangat Kurang → 6 months to improve → competency re-test → **may** be moved to another or a
  lower position.
- **Administration and functional officials** (Pasal 58): predikat Kurang or Sangat Kurang →
  6 months → competency re-test → below the competency standard: moved to another or a lower
  position → none vacant: temporary placement of at most 1 year → then honourable dismissal
  (Pasal 58 itself [P]; also Peraturan BKN 3/2020 Pasal 32(1) [S]).
- An objection goes to the superior within 14 days; the decision is final (Pasal 59).

The law says what the authority **may** or must do next; a
[`SanctionAssessment`][kinerja_core.discipline.SanctionAssessment] says which stage the facts
reach and what the rule permits there, never what the authority will decide. PP 30/2019 has no
"N consecutive years" rule.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from datetime import date, timedelta

import attrs
from dateutil.relativedelta import relativedelta

from kinerja_core.core._validators import check_date
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
from kinerja_core.core.law import Citation
from kinerja_core.core.parameters import Rules
from kinerja_core.discipline.sanctions_specs import (
    IMPROVEMENT_PERIOD_MONTHS,
    OBJECTION_WINDOW,
    PP_30_2019,
    SANCTION_PREDICATES,
    TEMPORARY_PLACEMENT_MONTHS,
    DayCount,
    SanctionCase,
    SanctionGroup,
    SanctionStage,
)
from kinerja_core.national import rules_or_national
from kinerja_core.periods.calendars import NO_HOLIDAYS, is_working_day

__all__ = ["SanctionAssessment", "objection_deadline", "performance_sanction"]

_UU_5_2014 = Citation(
    "UU 5/2014",
    "Pasal 77 ayat (6)",
    Text(
        "PNS yang tidak mencapai target kinerja dikenakan sanksi administrasi sampai dengan "
        "pemberhentian.",
        "A PNS who misses the performance target is subject to administrative sanctions up to "
        "dismissal.",
    ),
)
_PASAL_57 = Citation(
    PP_30_2019,
    "Pasal 57",
    Text(
        "Tindak lanjut bagi pejabat pimpinan tinggi yang tidak mencapai target kinerja.",
        "Follow-up for senior executives who miss the performance target.",
    ),
)
_PASAL_58 = Citation(
    PP_30_2019,
    "Pasal 58",
    Text(
        "Tindak lanjut bagi pejabat administrasi dan pejabat fungsional dengan predikat Kurang "
        "atau Sangat Kurang.",
        "Follow-up for administration and functional officials rated Kurang or Sangat Kurang.",
    ),
)
_PASAL_58_DISMISSAL = Citation(
    PP_30_2019,
    "Pasal 58",
    Text(
        "Sesudah penempatan sementara paling lama 1 tahun tanpa jabatan lowong: diberhentikan "
        "dengan hormat. Peraturan BKN 3/2020 Pasal 32 ayat (1) mengatur pemberhentian karena "
        "tidak mencapai target kinerja (dikutip sumber sekunder).",
        "After a temporary placement of at most 1 year with no vacant position: honourable "
        "dismissal. Peraturan BKN 3/2020 Pasal 32(1) sets out dismissal for unmet performance "
        "targets (quoted by a secondary source).",
    ),
)

_PERMITS: dict[SanctionStage, Text] = {
    SanctionStage.NONE: Text(
        "Tidak ada tindak lanjut sanksi kinerja", "No performance-sanction follow-up"
    ),
    SanctionStage.IMPROVEMENT_PERIOD: Text(
        "Pegawai diberi kesempatan memperbaiki kinerjanya; sesudahnya uji kompetensi kembali",
        "The employee is given the chance to improve; a competency re-test follows",
    ),
    SanctionStage.COMPETENCY_RETEST: Text(
        "Uji kompetensi kembali dilakukan", "A competency re-test is held"
    ),
    SanctionStage.REASSIGNMENT: Text(
        "Pegawai dapat dipindahkan ke jabatan lain atau jabatan yang lebih rendah (bagi pejabat "
        "administrasi dan fungsional: bila ada yang lowong; bila tidak ada, penempatan "
        "sementara)",
        "The employee may be moved to another or a lower position (for administration and "
        "functional officials: if one is vacant; if none is, temporary placement)",
    ),
    SanctionStage.TEMPORARY_PLACEMENT: Text(
        "Tidak ada jabatan lowong: pegawai dapat ditempatkan sementara, paling lama sampai "
        "tanggal langkah berikutnya",
        "No position is vacant: the employee may be placed temporarily, at most until the next "
        "step's date",
    ),
    SanctionStage.DISMISSAL_PROPOSAL: Text(
        "Tetap tidak ada jabatan lowong sesudah penempatan sementara: pegawai dapat diusulkan "
        "diberhentikan dengan hormat",
        "Still no vacant position after the temporary placement: the employee may be proposed "
        "for honourable dismissal",
    ),
}


@attrs.frozen
class SanctionAssessment(Explainable, Document):
    """The performance-sanction stage an employee's facts reach on a date; explained when read.

    Attributes:
        case: The facts.
        on: The date asked about.
        stage: The stage reached.
        next_step_on: When the next step falls due (the end of the improvement period or of a
            temporary placement), where the facts give it; else `None`.
        citation: The article of the stage.
        explanation: The steps (built on first read).
    """

    __document_top__ = True
    __document_derived__ = ("permits",)

    case: SanctionCase
    on: date
    stage: SanctionStage
    next_step_on: date | None
    citation: Citation
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False, kw_only=True
    )

    @property
    def permits(self) -> Text:
        """What the rule permits or requires at this stage (never what the authority decides)."""
        return _PERMITS[self.stage]


def _plus_months(day: date, months: int) -> date:
    result: date = day + relativedelta(months=months)
    return result


def _assess(  # noqa: PLR0912, PLR0915 (one path through the articles, step by step)
    case: SanctionCase, *, on: date, rules: Rules | None = None, trace: Trace = None
) -> SanctionAssessment:
    if not isinstance(case, SanctionCase):
        raise InvalidValueError(
            "case",
            case,
            "must be a SanctionCase",
            reason_id="harus berupa SanctionCase",
            code="wrong_type",
        )
    asked = check_date(on, field="on")
    in_force = rules_or_national(rules, asked)
    group = SanctionGroup.of(case.position)
    article = _PASAL_57 if group is SanctionGroup.SENIOR_EXECUTIVE else _PASAL_58
    predicates = in_force.resolve(SANCTION_PREDICATES)
    by_predicate = predicates.value.lookup(group, case.predicate)
    needs_target = group is SanctionGroup.SENIOR_EXECUTIVE
    triggered = by_predicate and (case.target_missed or not needs_target) and not case.force_majeure
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Dasar: PNS yang tidak mencapai target kinerja dikenakan sanksi administrasi",
                    "Basis: a PNS who misses the performance target is subject to administrative "
                    "sanctions",
                ),
                inputs=(("position", case.position), ("sanction_group", group)),
                result=group,
                citation=_UU_5_2014,
            )
        )
        inputs: list[tuple[str, object]] = [("year", case.year), ("predicate", case.predicate)]
        if needs_target:
            inputs.append(("target_missed", case.target_missed))
        inputs.append(("force_majeure", case.force_majeure))
        trace.append(
            Step(
                Text(
                    "Predikat tahunan (dan target) memulai tindak lanjut sanksi kinerja, dalam "
                    "kondisi normal",
                    "The annual predikat (and target) starts the sanction path, under normal "
                    "conditions",
                ),
                inputs=tuple(inputs),
                parameters=[
                    predicates.use(by_predicate, entry=f"{group.value}, {case.predicate.value}")
                ],
                result=triggered,
                citation=article,
                fact=Text("Tindak lanjut sanksi kinerja dimulai", "Sanction path started"),
            )
        )
    stage = SanctionStage.NONE
    next_step: date | None = None
    cited = article
    if triggered:
        months = in_force.resolve(IMPROVEMENT_PERIOD_MONTHS)
        stage = SanctionStage.IMPROVEMENT_PERIOD
        if case.improvement_start is not None:
            end = _plus_months(case.improvement_start, months.value)
            if asked < end:
                next_step = end
            elif case.retest_passed is None:
                stage = SanctionStage.COMPETENCY_RETEST
            elif case.retest_passed:
                stage = SanctionStage.NONE
            elif group is SanctionGroup.SENIOR_EXECUTIVE or case.vacancy is not False:
                stage = SanctionStage.REASSIGNMENT
            else:
                stage = SanctionStage.TEMPORARY_PLACEMENT
            if trace is not None:
                trace.append(
                    Step(
                        Text(
                            "Kesempatan perbaikan kinerja berakhir; sesudahnya uji kompetensi "
                            "kembali",
                            "The improvement period ends; a competency re-test follows",
                        ),
                        inputs=(("improvement_start", case.improvement_start), ("on", asked)),
                        parameters=[months.use()],
                        result=end,
                        citation=article,
                    )
                )
                if stage is not SanctionStage.IMPROVEMENT_PERIOD:
                    trace.append(
                        Step(
                            Text(
                                "Hasil uji kompetensi kembali", "Result of the competency re-test"
                            ),
                            inputs=(
                                ("retest_passed", case.retest_passed),
                                ("vacancy", case.vacancy),
                            ),
                            result=stage,
                            citation=article,
                        )
                    )
        elif trace is not None:
            trace.append(
                Step(
                    Text(
                        "Tanggal mulai kesempatan perbaikan belum diketahui: tanggal uji "
                        "kompetensi belum dapat dihitung",
                        "The improvement period's start is not known: the re-test date cannot "
                        "be computed",
                    ),
                    parameters=[months.use()],
                    result=stage,
                    citation=article,
                )
            )
        if stage is SanctionStage.TEMPORARY_PLACEMENT:
            placement = in_force.resolve(TEMPORARY_PLACEMENT_MONTHS)
            if case.placement_start is not None:
                end = _plus_months(case.placement_start, placement.value)
                if asked < end:
                    next_step = end
                else:
                    stage = SanctionStage.DISMISSAL_PROPOSAL
                    cited = _PASAL_58_DISMISSAL
            if trace is not None:
                trace.append(
                    Step(
                        Text(
                            "Tidak ada jabatan lowong: penempatan sementara, paling lama selama "
                            "parameter di bawah",
                            "No vacant position: temporary placement, for at most the parameter "
                            "below",
                        ),
                        inputs=(("placement_start", case.placement_start), ("on", asked)),
                        parameters=[placement.use()],
                        result=stage,
                        citation=cited,
                    )
                )
    if trace is not None:
        trace.append(
            Step(
                _PERMITS[stage],
                inputs=(("next_step_on", next_step),) if next_step is not None else (),
                result=stage,
                fact=Text("Tahap sanksi kinerja", "Performance-sanction stage"),
            )
        )
    return SanctionAssessment(
        case,
        asked,
        stage,
        next_step,
        cited,
        explanation=Recipe(_assessment_explanation, case, asked, rules),
    )


def _assessment_explanation(case: SanctionCase, on: date, rules: Rules | None) -> Explanation:
    steps: list[Step] = []
    _assess(case, on=on, rules=rules, trace=steps)
    return Explanation(steps)


@explained_by(explains_result(_assess))
def performance_sanction(
    case: SanctionCase, *, on: date, rules: Rules | None = None
) -> SanctionAssessment:
    """The performance-sanction stage (PP 30/2019 Pasal 57-58) an employee's facts reach.

    Args:
        case: The facts: position, appraised year and predikat, missed target (JPT), force
            majeure, and the dates and results known so far.
        on: The date asked about (the library never reads the clock).
        rules: The rules to apply; default: the national rules in force on `on`.

    Returns:
        The stage, the date the next step falls due where computable, what the rule permits
        there and the article; the explanation is built when read.

    Raises:
        InvalidValueError: If `case` is not a `SanctionCase` or `on` not a date.
        RuleNotInForceError: If `on` is before the rules are in force (1 July 2021).

    Examples:
        >>> from kinerja_core import Predicate
        >>> from kinerja_core.discipline import PositionKind
        >>> facts = SanctionCase(PositionKind.FUNCTIONAL, 2023, Predicate.POOR,
        ...                      improvement_start=date(2024, 2, 1))
        >>> result = performance_sanction(facts, on=date(2024, 5, 1))
        >>> result.stage
        <SanctionStage.IMPROVEMENT_PERIOD: 'Kesempatan Perbaikan Kinerja'>
        >>> result.next_step_on
        datetime.date(2024, 8, 1)
    """
    return _assess(case, on=on, rules=rules)


def _deadline(
    notified_on: date,
    *,
    holidays: Container[date] = NO_HOLIDAYS,
    rules: Rules | None = None,
    trace: Trace = None,
) -> date:
    notified = check_date(notified_on, field="notified_on")
    window = rules_or_national(rules, notified).resolve(OBJECTION_WINDOW)
    if window.value.count is DayCount.CALENDAR_DAYS:
        deadline = notified + timedelta(days=window.value.days)
    else:
        deadline, counted = notified, 0
        while counted < window.value.days:
            deadline += timedelta(days=1)
            if is_working_day(deadline, holidays=holidays):
                counted += 1
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Batas pengajuan keberatan atas penilaian kinerja kepada atasan (dihitung "
                    "sejak hari sesudah pemberitahuan)",
                    "Last day to object to the appraisal to the superior (counted from the day "
                    "after notification)",
                ),
                inputs=(("notified_on", notified),),
                parameters=[window.use()],
                result=deadline,
                fact=Text("Batas pengajuan keberatan", "Objection deadline"),
            )
        )
    return deadline


@explained_by(explains_value(_deadline))
def objection_deadline(
    notified_on: date,
    *,
    holidays: Container[date] = NO_HOLIDAYS,
    rules: Rules | None = None,
) -> date:
    """The last day to object to a performance appraisal (PP 30/2019 Pasal 59).

    The 14 days are counted from the day after notification; whether they are calendar days
    is the parameter [`OBJECTION_WINDOW`][kinerja_core.discipline.OBJECTION_WINDOW]
    (nationally calendar days, a policy choice: the text says "14 hari").

    Args:
        notified_on: The day the employee was notified of the appraisal.
        holidays: The holiday calendar, used only when the window counts working days.
        rules: The rules to apply; default: the national rules in force on `notified_on`.

    Returns:
        The last day of the window.

    Raises:
        InvalidValueError: If `notified_on` is not a date.

    Examples:
        >>> objection_deadline(date(2024, 1, 31))
        datetime.date(2024, 2, 14)
    """
    return _deadline(notified_on, holidays=holidays, rules=rules)
