"""Satyalancana Karya Satya X, XX and XXX (PP 35/2010 Pasal 22).

Continuous service of at least 10, 20 or 30 years counted from the appointment as CPNS; a
hukuman disiplin sedang or berat, or cuti di luar tanggungan negara, breaks the run, and the count
restarts from the decree that the penalty was served (or from the return to work after the
leave). A medal is earned once a run reaches its years, so more service never takes it away.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from kinerja_core.careers.eligibility import Condition, Eligibility
from kinerja_core.careers.promotion_specs import SERVICE_MEDAL_YEARS, ServiceMedal
from kinerja_core.careers.promotions import add_years
from kinerja_core.core._validators import check_date, check_member, tuple_of
from kinerja_core.core.explain import Explanation, Step, Text, explained_by, explains_result
from kinerja_core.core.parameters import Rules
from kinerja_core.discipline.penalties import PenaltyLevel, PenaltyRecord
from kinerja_core.national import rules_or_national
from kinerja_core.periods.period import Period

__all__ = ["service_medal"]

_DISQUALIFYING = frozenset({PenaltyLevel.MODERATE, PenaltyLevel.SEVERE})
"""PP 35/2010 Pasal 22: hukuman disiplin tingkat sedang atau berat."""

_penalties = tuple_of(PenaltyRecord, "a PenaltyRecord")("penalties")
_leaves = tuple_of(Period, "a Period")("unpaid_leave")


def _breaks(
    penalties: tuple[PenaltyRecord, ...], leaves: tuple[Period, ...], on: date
) -> list[tuple[date, date | None, Text]]:
    """Each break of the run before `on`: when it began, when the count may restart, and why."""
    found: list[tuple[date, date | None, Text]] = []
    for record in penalties:
        if record.level in _DISQUALIFYING and record.imposed_on <= on:
            found.append(
                (
                    record.imposed_on,
                    record.served_on,
                    Text(
                        f"hukuman disiplin {record.level.value.lower()} "
                        f"({record.penalty.value}) {record.imposed_on.isoformat()}",
                        f"{record.level.label('en').lower()} disciplinary penalty "
                        f"({record.penalty.label('en')}) {record.imposed_on.isoformat()}",
                    ),
                )
            )
    for leave in leaves:
        if leave.start <= on:
            found.append(
                (
                    leave.start,
                    leave.end + timedelta(days=1),
                    Text(
                        f"cuti di luar tanggungan negara {leave.label('id')}",
                        f"cuti di luar tanggungan negara {leave.label('en')}",
                    ),
                )
            )
    return sorted(found, key=lambda item: item[0])


def _service_medal(
    medal: ServiceMedal,
    *,
    service_start: date,
    on: date,
    penalties: Sequence[PenaltyRecord] = (),
    unpaid_leave: Sequence[Period] = (),
    rules: Rules | None = None,
) -> Eligibility:
    medal = check_member(medal, ServiceMedal, field="medal")
    start = check_date(service_start, field="service_start")
    on = check_date(on, field="on")
    records = _penalties(penalties)
    leaves = _leaves(unpaid_leave)
    years_table = rules_or_national(rules).resolve(SERVICE_MEDAL_YEARS)
    years = years_table.value.lookup(medal, field="medal")
    citation = years_table.citation
    runs: list[tuple[date, date]] = []
    restarts: list[Step] = []
    current: date | None = start
    running: Text | None = None
    for began, resume, why in _breaks(records, leaves, on):
        if current is None:
            break
        if began > current:
            runs.append((current, began))
        if resume is None:
            current, running = None, why
            break
        if resume > current:
            current = resume
            restarts.append(
                Step(
                    Text(
                        f"Penghitungan dimulai lagi: {why.id}",
                        f"The count restarts: {why.en}",
                    ),
                    inputs=(("day", resume),),
                    result=resume,
                    citation=citation,
                )
            )
    if current is not None and current <= on:
        runs.append((current, on))
    completed = [add_years(s, years) for s, e in runs if add_years(s, years) <= e]
    eligible = bool(completed)
    longest = max(runs, key=lambda run: run[1] - run[0], default=None)
    found = (
        Text("tidak ada masa bakti", "no service")
        if longest is None
        else Text(
            f"terus-menerus sejak {longest[0].isoformat()} sampai {longest[1].isoformat()}",
            f"continuous from {longest[0].isoformat()} to {longest[1].isoformat()}",
        )
    )
    conditions = [
        Condition(
            "continuous_service",
            eligible,
            Text(
                f"Masa bakti terus-menerus paling singkat {years} tahun sejak pengangkatan CPNS, "
                "tanpa hukuman disiplin sedang atau berat dan tanpa cuti di luar tanggungan negara",
                f"At least {years} years of continuous service from the CPNS appointment, with "
                "no sedang or berat disciplinary penalty and no cuti di luar tanggungan negara",
            ),
            found=found,
            citation=citation,
        )
    ]
    if running is not None and not eligible:
        conditions.append(
            Condition(
                "penalty_served",
                False,
                Text(
                    "Hukuman disiplin sedang atau berat telah selesai dijalani",
                    "Any sedang or berat disciplinary penalty has been served",
                ),
                found=running,
                citation=citation,
            )
        )
    if eligible:
        earliest: date | None = completed[0]
    elif current is not None and running is None:
        earliest = add_years(current, years)
    else:
        earliest = None
    steps = Explanation(tuple(restarts))
    return Eligibility.of(conditions, earliest=earliest, steps=lambda: steps)


@explained_by(explains_result(_service_medal))
def service_medal(
    medal: ServiceMedal,
    *,
    service_start: date,
    on: date,
    penalties: Sequence[PenaltyRecord] = (),
    unpaid_leave: Sequence[Period] = (),
    rules: Rules | None = None,
) -> Eligibility:
    """Whether a civil servant has earned a Satyalancana Karya Satya class by a date.

    The service counts from `service_start` (the TMT as CPNS). A sedang or berat penalty
    (`PenaltyRecord.level`) breaks the run on its decree date and the count restarts on its
    `served_on` date (a penalty not yet served leaves no run to count); a period of cuti di luar
    tanggungan negara breaks it and the count restarts the day after. The medal is earned when
    any run reaches the class's years by `on`.

    `earliest` is the day the first qualifying run completed (when eligible), or the day the
    current run will complete (when nothing else stands in the way), else `None`.

    Args:
        medal: The class (X, XX or XXX).
        service_start: The date of appointment as CPNS.
        on: The date asked about.
        penalties: The penalty history (any levels; only sedang and berat count).
        unpaid_leave: The periods of cuti di luar tanggungan negara.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The answer, explained with each restart of the count.

    Raises:
        InvalidValueError: If an input is of the wrong type.

    Examples:
        >>> answer = service_medal(ServiceMedal.X, service_start=date(2014, 3, 1),
        ...                        on=date(2024, 8, 17))
        >>> answer.eligible, answer.earliest
        (True, datetime.date(2024, 3, 1))
    """
    return _service_medal(
        medal,
        service_start=service_start,
        on=on,
        penalties=penalties,
        unpaid_leave=unpaid_leave,
        rules=rules,
    )
