"""Kenaikan gaji berkala (KGB): PNS (PP 7/1977) and PPPK (PermenPANRB 7/2023).

A PNS's KGB falls due every 2 years of masa kerja golongan (the salary table steps by 2 years)
and needs an average appraisal of at least "cukup" (PP 7/1977 Pasal 11): how "cukup" reads on
the 2022 predikat is the marked parameter
[`SALARY_STEP_MINIMUM`][kinerja_core.careers.SALARY_STEP_MINIMUM]. When unmet, the KGB is
postponed at most 1 year at a time and the postponed time counts fully toward the next KGB
(Pasal 13; [`postponed_salary_step`][kinerja_core.careers.postponed_salary_step]). Kenaikan gaji
istimewa (Pasal 14) is for "amat baik" work worth following as an example. A PPPK's KGB needs a
contract longer than 2 years and at least Baik in each of the last 2 years.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from fractions import Fraction

import attrs
from dateutil.relativedelta import relativedelta

from kinerja_core.careers.eligibility import Condition, Eligibility
from kinerja_core.careers.history import YearResult, by_year, checked_history, on_scale
from kinerja_core.careers.promotion_specs import (
    PPPK_SALARY_STEP_RULE,
    SALARY_STEP_MINIMUM,
    SALARY_STEP_RULE,
    SalaryStepRule,
)
from kinerja_core.careers.promotions import add_years
from kinerja_core.core._validators import a_date, check_bool, check_date, check_whole
from kinerja_core.core.documents import Document
from kinerja_core.core.explain import (
    Explanation,
    Lang,
    Step,
    Text,
    Trace,
    check_lang,
    explained_by,
    explains_result,
    explains_value,
    render_number,
)
from kinerja_core.core.law import Citation
from kinerja_core.core.numbers import publish
from kinerja_core.core.parameters import Resolved, Rules
from kinerja_core.national import rules_or_national
from kinerja_core.performance.ratings import Predicate

__all__ = [
    "SalaryStepSchedule",
    "exceptional_salary_step",
    "postponed_salary_step",
    "pppk_salary_step",
    "salary_step",
]


def _yes_no(value: bool) -> Text:
    return Text("ya", "yes") if value else Text("tidak", "no")


def _article(found: Resolved[SalaryStepRule], article: str) -> Citation:
    return Citation(
        found.citation.regulation,
        article,
        found.citation.note,
        confidence=found.citation.confidence,
    )


def _latest_years(on: date, count: int) -> list[int]:
    return [on.year - back for back in range(count, 0, -1)]


def _scaled(
    history: tuple[YearResult, ...], years: Sequence[int], rules: Rules
) -> tuple[dict[int, Predicate], Explanation]:
    found = by_year(history)
    scaled: dict[int, Predicate] = {}
    steps = []
    for year in years:
        result = found.get(year)
        if result is None:
            continue
        scaled[year], use = on_scale(result, rules)
        if use is not None:
            steps.append(
                Step(
                    Text(
                        f"Hasil {year} dibaca pada skala predikat 2022",
                        f"The result of {year} read on the 2022 predikat scale",
                    ),
                    inputs=(("year", year), ("result", result)),
                    parameters=[use],
                    result=scaled[year],
                )
            )
    return scaled, Explanation(tuple(steps))


def _missing(
    years: Sequence[int], scaled: dict[int, Predicate], citation: Citation
) -> list[Condition]:
    return [
        Condition(
            f"appraisal_{year}",
            False,
            Text(f"Ada penilaian tahun {year}", f"An appraisal for {year}"),
            found=Text(f"tidak ada penilaian {year}", f"no appraisal for {year}"),
            citation=citation,
        )
        for year in years
        if year not in scaled
    ]


def _due_condition(due_on: date, on: date, citation: Citation) -> Condition:
    return Condition(
        "service_in_grade",
        due_on <= on,
        Text(
            "Masa kerja golongan untuk kenaikan gaji berkala telah dicapai",
            "The masa kerja golongan for the salary step is reached",
        ),
        found=Text(f"jatuh tempo {due_on.isoformat()}", f"due {due_on.isoformat()}"),
        citation=citation,
    )


def _earliest(conditions: list[Condition], due_on: date, on: date) -> date | None:
    if all(c.met or c.code == "service_in_grade" for c in conditions):
        return max(due_on, on)
    return None


def _salary_step(
    *,
    due_on: date,
    on: date,
    history: Sequence[YearResult],
    rules: Rules | None = None,
) -> Eligibility:
    due_on = check_date(due_on, field="due_on")
    on = check_date(on, field="on")
    results = checked_history(history)
    applied = rules_or_national(rules)
    rule = applied.resolve(SALARY_STEP_RULE)
    minimum = applied.resolve(SALARY_STEP_MINIMUM)
    years = _latest_years(on, rule.value.lookback_years)
    scaled, steps = _scaled(results, years, applied)
    conditions = [_due_condition(due_on, on, _article(rule, "Pasal 11 huruf a"))]
    conditions.extend(_missing(years, scaled, _article(rule, "Pasal 11 huruf b")))
    if scaled:
        average = Fraction(sum(p.rank for p in scaled.values()), len(scaled))
        shown = ", ".join(f"{y}: {p.value}" for y, p in sorted(scaled.items()))
        conditions.append(
            Condition(
                "average_appraisal",
                average >= minimum.value.rank,
                Text(
                    "Nilai rata-rata penilaian sekurang-kurangnya 'cukup' (dibaca: "
                    f"{minimum.value.label('id')})",
                    "An average appraisal of at least 'cukup' (read as "
                    f"{minimum.value.label('en')})",
                ),
                found=Text(
                    f"{shown}; rata-rata peringkat {render_number(publish(average), 'id')}",
                    f"{shown}; average rank {render_number(publish(average), 'en')}",
                ),
                citation=minimum.citation,
            )
        )
    return Eligibility.of(
        conditions, earliest=_earliest(conditions, due_on, on), steps=lambda: steps
    )


@explained_by(explains_result(_salary_step))
def salary_step(
    *,
    due_on: date,
    on: date,
    history: Sequence[YearResult],
    rules: Rules | None = None,
) -> Eligibility:
    """Whether a PNS (or CPNS) may have the kenaikan gaji berkala due, with every reason.

    Conditions: the masa kerja golongan for the step is reached (`due_on`, normally 2 years
    after the last KGB or its due date when it was postponed); an appraisal for each of the
    latest years before `on`'s year (two nationally); and their average, read on the 2022
    predikat scale (ranks 1-5), at least
    [`SALARY_STEP_MINIMUM`][kinerja_core.careers.SALARY_STEP_MINIMUM].

    Args:
        due_on: The date the masa kerja golongan for the step is reached.
        on: The date asked about.
        history: The annual results, one per year, in any regime's vocabulary.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The answer; `earliest` is `due_on` (or `on`) when nothing but time is missing.

    Raises:
        InvalidValueError: If an input is of the wrong type or the history has two results
            for a year.

    Examples:
        >>> answer = salary_step(due_on=date(2025, 4, 1), on=date(2025, 4, 1), history=[
        ...     YearResult.of(2023, Predicate.NEEDS_IMPROVEMENT),
        ...     YearResult.of(2024, Predicate.GOOD)])
        >>> answer.eligible
        True
    """
    return _salary_step(due_on=due_on, on=on, history=history, rules=rules)


@attrs.frozen
class SalaryStepSchedule(Document):
    """When a postponed KGB is granted and when the next one falls due.

    Attributes:
        granted_on: The first day of the month after the postponement ends.
        next_due_on: The due date of the next KGB (the postponed time counts fully).
    """

    granted_on: date = attrs.field(validator=a_date)
    next_due_on: date = attrs.field(validator=a_date)

    def label(self, lang: Lang) -> str:
        """The schedule in words (ISO dates).

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The label.
        """
        granted, following = self.granted_on.isoformat(), self.next_due_on.isoformat()
        if check_lang(lang) == "id":
            return f"diberikan {granted}, berikutnya {following}"
        return f"granted {granted}, next due {following}"


def _postponed_of(
    due_on: date, *, months: int, rules: Rules | None = None, trace: Trace = None
) -> SalaryStepSchedule:
    due_on = check_date(due_on, field="due_on")
    rule = rules_or_national(rules).resolve(SALARY_STEP_RULE)
    months = check_whole(months, field="months", low=1, high=rule.value.max_postponement_months)
    ends = due_on + relativedelta(months=months)
    granted = ends if ends.day == 1 else (ends + relativedelta(months=1)).replace(day=1)
    schedule = SalaryStepSchedule(granted, add_years(due_on, rule.value.interval_years))
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "KGB yang ditunda: diberikan mulai bulan berikutnya, masa penundaan "
                    "dihitung penuh untuk KGB berikutnya",
                    "A postponed KGB: granted from the next month, the postponed time counts "
                    "fully toward the next KGB",
                ),
                inputs=(("due_on", due_on), ("months", months)),
                parameters=[rule.use()],
                result=schedule,
                citation=_article(rule, "Pasal 13"),
                fact=Text("Jadwal KGB", "KGB schedule"),
            )
        )
    return schedule


@explained_by(explains_value(_postponed_of))
def postponed_salary_step(
    due_on: date, *, months: int, rules: Rules | None = None
) -> SalaryStepSchedule:
    """The schedule of a KGB postponed for some months (PP 7/1977 Pasal 13).

    A postponement lasts at most 1 year at a time; the KGB is then granted from the month after
    it ends, and the postponed time counts fully toward the next KGB, so the next one falls due
    2 years after the postponed one was due.

    Args:
        due_on: The date the postponed KGB fell due.
        months: The months of postponement (1 to the parameter's maximum, 12 nationally).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        When it is granted and when the next one falls due.

    Raises:
        InvalidValueError: If `months` is out of range.

    Examples:
        >>> schedule = postponed_salary_step(date(2024, 4, 1), months=12)
        >>> schedule.granted_on, schedule.next_due_on
        (datetime.date(2025, 4, 1), datetime.date(2026, 4, 1))
    """
    return _postponed_of(due_on, months=months, rules=rules)


def _pppk_salary_step(
    *,
    contract_start: date,
    contract_end: date,
    due_on: date,
    on: date,
    history: Sequence[YearResult],
    rules: Rules | None = None,
) -> Eligibility:
    start = check_date(contract_start, field="contract_start")
    end = check_date(contract_end, field="contract_end")
    due_on = check_date(due_on, field="due_on")
    on = check_date(on, field="on")
    results = checked_history(history)
    applied = rules_or_national(rules)
    rule = applied.resolve(PPPK_SALARY_STEP_RULE)
    citation = rule.citation
    contract_years = rule.value.contract_years or 0
    minimum = rule.value.minimum_predicate or Predicate.GOOD
    conditions = [
        Condition(
            "contract",
            # `end` is the contract's last day (inclusive): its length runs to the day after
            end + timedelta(days=1) > add_years(start, contract_years),
            Text(
                f"Masa perjanjian kerja lebih dari {contract_years} tahun",
                f"A contract longer than {contract_years} years",
            ),
            found=Text(
                f"{start.isoformat()} – {end.isoformat()}",
                f"{start.isoformat()} – {end.isoformat()}",
            ),
            citation=citation,
        ),
        _due_condition(due_on, on, citation),
    ]
    years = _latest_years(on, rule.value.lookback_years)
    scaled, steps = _scaled(results, years, applied)
    conditions.extend(_missing(years, scaled, citation))
    conditions.extend(
        Condition(
            f"performance_{year}",
            predicate.rank >= minimum.rank,
            Text(
                f"Predikat tahun {year} paling rendah {minimum.label('id')}",
                f"The predikat of {year} at least {minimum.label('en')}",
            ),
            found=Text(predicate.label("id"), predicate.label("en")),
            citation=citation,
        )
        for year, predicate in sorted(scaled.items())
    )
    return Eligibility.of(
        conditions, earliest=_earliest(conditions, due_on, on), steps=lambda: steps
    )


@explained_by(explains_result(_pppk_salary_step))
def pppk_salary_step(
    *,
    contract_start: date,
    contract_end: date,
    due_on: date,
    on: date,
    history: Sequence[YearResult],
    rules: Rules | None = None,
) -> Eligibility:
    """Whether a PPPK may have the kenaikan gaji berkala due (PermenPANRB 7/2023).

    Conditions: a contract longer than 2 years; the masa kerja golongan reached; an annual
    predikat of at least Baik in each of the last 2 years.

    Args:
        contract_start: The first day of the contract.
        contract_end: The last day of the contract (inclusive: a contract from 1 January 2023
            to 31 December 2024 lasts exactly 2 years, one to 1 January 2025 longer).
        due_on: The date the masa kerja golongan for the step is reached.
        on: The date asked about.
        history: The annual results, one per year.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The answer; `earliest` is `due_on` (or `on`) when nothing but time is missing.

    Raises:
        InvalidValueError: If an input is of the wrong type.
    """
    return _pppk_salary_step(
        contract_start=contract_start,
        contract_end=contract_end,
        due_on=due_on,
        on=on,
        history=history,
        rules=rules,
    )


def _exceptional(
    *,
    on: date,
    history: Sequence[YearResult],
    exemplary: bool,
    pppk: bool = False,
    rules: Rules | None = None,
) -> Eligibility:
    on = check_date(on, field="on")
    results = checked_history(history)
    exemplary = check_bool(exemplary, field="exemplary")
    pppk = check_bool(pppk, field="pppk")
    applied = rules_or_national(rules)
    rule = applied.resolve(PPPK_SALARY_STEP_RULE if pppk else SALARY_STEP_RULE)
    citation = rule.citation if pppk else _article(rule, "Pasal 14")
    years = _latest_years(on, rule.value.exceptional_years)
    scaled, steps = _scaled(results, years, applied)
    conditions = _missing(years, scaled, citation)
    conditions.extend(
        Condition(
            f"performance_{year}",
            predicate is Predicate.VERY_GOOD,
            Text(
                f"Prestasi kerja tahun {year} amat baik (Sangat Baik)",
                f"Outstanding work in {year} (Sangat Baik)",
            ),
            found=Text(predicate.label("id"), predicate.label("en")),
            citation=citation,
        )
        for year, predicate in sorted(scaled.items())
    )
    conditions.append(
        Condition(
            "exemplary",
            exemplary,
            Text("Patut dijadikan teladan", "Worth following as an example"),
            found=_yes_no(exemplary),
            citation=citation,
        )
    )
    return Eligibility.of(
        conditions, earliest=on if all(c.met for c in conditions) else None, steps=lambda: steps
    )


@explained_by(explains_result(_exceptional))
def exceptional_salary_step(
    *,
    on: date,
    history: Sequence[YearResult],
    exemplary: bool,
    pppk: bool = False,
    rules: Rules | None = None,
) -> Eligibility:
    """Whether a kenaikan gaji istimewa may be proposed (PP 7/1977 Pasal 14; PPPK: 7/2023).

    A PNS: the latest year's work "amat baik" (read as Sangat Baik) and worth following as an
    example; a PPPK: Sangat Baik in each of the last 2 years and a named exemplary employee.
    Granting it stays the minister's or head of agency's decision.

    Args:
        on: The date asked about.
        history: The annual results, one per year.
        exemplary: Whether the employee is named worth following as an example (teladan).
        pppk: Whether the employee is a PPPK.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The answer.

    Raises:
        InvalidValueError: If an input is of the wrong type.
    """
    return _exceptional(on=on, history=history, exemplary=exemplary, pppk=pppk, rules=rules)
