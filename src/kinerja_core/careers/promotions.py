"""Kenaikan pangkat (PP 99/2000 as amended by PP 12/2002) and kenaikan jenjang (PermenPANRB 1/2023).

Kenaikan pangkat takes effect on 1 April or 1 October (1 January, 1 April, 1 July or 1 October
before PP 12/2002; [`next_promotion_date`][kinerja_core.careers.next_promotion_date]). Each
route of PP 99/2000 ([`PromotionRoute`][kinerja_core.careers.PromotionRoute]) has its years in
the last pangkat and its performance condition over the latest appraisal years
([`PROMOTION_ROUTES`][kinerja_core.careers.PROMOTION_ROUTES]); the functional route also needs the
angka kredit of the jenjang, the diploma route an examination, the structural route a post.
PP 11/2017 revoked PP 99/2000 (Pasal 362 angka 10) while its Pasal 363 keeps the implementing
rules in force; the parameters are dated by the regulation in force (PP 99/2000 from 10 November
2000, PP 12/2002 from 17 April 2002, PP 11/2017 from 7 April 2017) and the citations say which.

"Every element at least baik" is read on the 2022 predikat scale: a year's annual result (in
whichever regime's vocabulary) counted through the marked mappings of
[`kinerja_core.careers.history`][kinerja_core.careers.YearResult]. The ceilings by diploma
(Pasal 8) are not checked here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from dateutil.relativedelta import relativedelta

from kinerja_core.careers.credit_specs import CREDIT_REQUIREMENTS, FunctionalLevel, Rank
from kinerja_core.careers.credits import requirement_of
from kinerja_core.careers.eligibility import Condition, Eligibility
from kinerja_core.careers.history import YearResult, by_year, checked_history, on_scale
from kinerja_core.careers.ledger import CreditLedger
from kinerja_core.careers.promotion_specs import (
    LEVEL_PROMOTION_RULE,
    PROMOTION_DATES,
    PROMOTION_ROUTES,
    PromotionRoute,
)
from kinerja_core.core._validators import check_bool, check_date, check_member
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import (
    Explanation,
    Lang,
    ParameterUse,
    Step,
    Text,
    Trace,
    explained_by,
    explains_result,
    explains_value,
    render_date,
    render_number,
)
from kinerja_core.core.law import Citation
from kinerja_core.core.parameters import Resolved, Rules
from kinerja_core.national import national_policy, rules_or_national
from kinerja_core.performance.ratings import Predicate

__all__ = ["level_promotion", "next_promotion_date", "rank_promotion"]

_ARTICLE = {
    PromotionRoute.REGULAR: "Pasal 7",
    PromotionRoute.STRUCTURAL: "Pasal 12",
    PromotionRoute.FUNCTIONAL: "Pasal 13",
    PromotionRoute.OUTSTANDING: "Pasal 15",
    PromotionRoute.DIPLOMA: "Pasal 18 ayat (2)",
}


def _route_citation(route: PromotionRoute, found: Resolved[Any]) -> Citation:
    return Citation(
        found.citation.regulation,
        _ARTICLE[route],
        found.citation.note,
        confidence=found.citation.confidence,
    )


def _years_en(years: int) -> str:
    return "1 year" if years == 1 else f"{years} years"


def _months_en(months: int) -> str:
    return "1 month" if months == 1 else f"{months} months"


def add_years(day: date, years: int) -> date:
    """`day` moved by whole years (29 February → 28 February in a common year)."""
    return day + relativedelta(years=years)


def _duration(start: date, end: date) -> Text:
    if end < start:
        return Text("belum mulai", "not started")
    span = relativedelta(end, start)
    return Text(
        f"{span.years} tahun {span.months} bulan",
        f"{_years_en(span.years)} {_months_en(span.months)}",
    )


def _dates_text(dates: tuple[tuple[int, int], ...]) -> Text:
    def shown(lang: Lang) -> str:
        return ", ".join(
            render_date(date(2000, month, day), lang).rsplit(" ", 1)[0] for month, day in dates
        )

    return Text(shown("id"), shown("en"))


def _next_date_of(day: date, *, rules: Rules | None = None, trace: Trace = None) -> date:
    day = check_date(day, field="day")
    in_force: Callable[[date], Resolved[tuple[tuple[int, int], ...]]]
    if rules is not None:
        fixed = rules_or_national(rules).resolve(PROMOTION_DATES)
        pairs = fixed.value

        def in_force(_candidate: date) -> Resolved[tuple[tuple[int, int], ...]]:
            return fixed
    else:
        # each candidate date is read under the national rules in force on it (PP 99/2000's
        # four dates before PP 12/2002, two after); refused before the first version
        policy = national_policy()
        policy.at(day).resolve(PROMOTION_DATES)
        pairs = tuple(
            sorted({pair for v in policy.parameter(PROMOTION_DATES).versions for pair in v.value})
        )

        def in_force(candidate: date) -> Resolved[tuple[tuple[int, int], ...]]:
            return policy.at(candidate).resolve(PROMOTION_DATES)

    for year in (day.year, day.year + 1, day.year + 2):
        for month, dom in pairs:
            candidate = date(year, month, dom)
            if candidate < day:
                continue
            dates = in_force(candidate)
            if (month, dom) not in dates.value:
                continue
            if trace is not None:
                trace.append(
                    Step(
                        Text(
                            "Tanggal kenaikan pangkat pertama pada atau setelah tanggal itu",
                            "The first kenaikan pangkat date on or after the day",
                        ),
                        inputs=(("day", day),),
                        parameters=[dates.use(_dates_text(dates.value))],
                        result=candidate,
                        fact=Text("Tanggal kenaikan pangkat", "Kenaikan pangkat date"),
                    )
                )
            return candidate
    raise AssertionError("unreachable: every year has a promotion date")  # pragma: no cover


@explained_by(explains_value(_next_date_of))
def next_promotion_date(day: date, *, rules: Rules | None = None) -> date:
    """The first kenaikan pangkat date (1 April or 1 October) on or after `day`.

    The dates are dated rules: PP 99/2000 (from 10 November 2000) had four, 1 January, 1 April,
    1 July and 1 October; PP 12/2002 (from 17 April 2002) made them 1 April and 1 October.

    Args:
        day: The day.
        rules: The rules to apply (their dates are used as they are); default: the national
            rules dated by the day, each candidate date read under the rules in force on it
            (so `date(2001, 5, 1)` gives 1 July 2001, `date(2002, 4, 2)` 1 October 2002).

    Returns:
        The date (`day` itself when it is a promotion date).

    Raises:
        InvalidValueError: If `day` is not a `date`.
        RuleNotInForceError: If `rules` is `None` and `day` is before PP 99/2000.

    Examples:
        >>> next_promotion_date(date(2001, 5, 1))
        datetime.date(2001, 7, 1)
        >>> next_promotion_date(date(2024, 4, 2))
        datetime.date(2024, 10, 1)
        >>> next_promotion_date(date(2024, 10, 2))
        datetime.date(2025, 4, 1)
    """
    return _next_date_of(day, rules=rules)


def _performance_conditions(
    history: tuple[YearResult, ...],
    years: Sequence[int],
    minimum: Predicate,
    rules: Rules,
    citation: Citation,
) -> list[Condition]:
    found = by_year(history)
    conditions = []
    for year in years:
        result = found.get(year)
        requirement = Text(
            f"Penilaian tahun {year} paling rendah {minimum.label('id')}",
            f"The appraisal of {year} at least {minimum.label('en')}",
        )
        if result is None:
            conditions.append(
                Condition(
                    f"performance_{year}",
                    False,
                    requirement,
                    found=Text(f"tidak ada penilaian {year}", f"no appraisal for {year}"),
                    citation=citation,
                )
            )
            continue
        scaled, use = on_scale(result, rules)
        shown = Text(result.label("id"), result.label("en"))
        if use is not None:
            shown = Text(f"{shown.id} → {scaled.label('id')}", f"{shown.en} → {scaled.label('en')}")
        conditions.append(
            Condition(
                f"performance_{year}",
                scaled.rank >= minimum.rank,
                requirement,
                found=shown,
                citation=citation,
            )
        )
    return conditions


def _scale_steps(
    history: tuple[YearResult, ...], years: Sequence[int], rules: Rules
) -> Explanation:
    """The steps that read earlier regimes' results on the 2022 scale (built when read)."""
    steps = []
    found = by_year(history)
    for year in years:
        result = found.get(year)
        if result is None:
            continue
        scaled, use = on_scale(result, rules)
        if use is None:
            continue
        uses: list[ParameterUse] = [use]
        steps.append(
            Step(
                Text(
                    f"Hasil {year} dibaca pada skala predikat 2022",
                    f"The result of {year} read on the 2022 predikat scale",
                ),
                inputs=(("year", year), ("result", result)),
                parameters=uses,
                result=scaled,
            )
        )
    return Explanation(tuple(steps))


def _rank_promotion(
    route: PromotionRoute,
    *,
    rank: Rank,
    rank_since: date,
    on: date,
    history: Sequence[YearResult],
    ledger: CreditLedger | None = None,
    examination_passed: bool | None = None,
    post_since: date | None = None,
    rules: Rules | None = None,
) -> Eligibility:
    route = check_member(route, PromotionRoute, field="route")
    rank = check_member(rank, Rank, field="rank")
    rank_since = check_date(rank_since, field="rank_since")
    on = check_date(on, field="on")
    results = checked_history(history)
    applied = rules_or_national(rules)
    routes = applied.resolve(PROMOTION_ROUTES)
    rule = routes.value.lookup(route, field="route")
    citation = _route_citation(route, routes)
    conditions: list[Condition] = []
    conditions.append(
        Condition(
            "next_rank",
            rank.next is not None,
            Text("Ada golongan ruang yang lebih tinggi", "There is a higher golongan ruang"),
            found=Text(rank.value, rank.value),
            citation=citation,
        )
    )
    due = add_years(rank_since, rule.years_in_rank)
    conditions.append(
        Condition(
            "years_in_rank",
            due <= on,
            Text(
                f"Masa kerja dalam pangkat terakhir paling singkat {rule.years_in_rank} tahun",
                f"At least {_years_en(rule.years_in_rank)} in the last pangkat",
            ),
            found=_duration(rank_since, on),
            citation=citation,
        )
    )
    if rule.post:
        if post_since is None:
            raise InvalidValueError(
                "post_since",
                None,
                "the structural route needs the date the post was taken up",
                reason_id="jalur jabatan struktural memerlukan tanggal mulai menduduki jabatan",
                code="missing",
            )
        post_since = check_date(post_since, field="post_since")
        post_due = add_years(post_since, rule.years_in_rank)
        due = max(due, post_due)
        conditions.append(
            Condition(
                "years_in_post",
                post_due <= on,
                Text(
                    f"Menduduki jabatan struktural paling singkat {rule.years_in_rank} tahun",
                    f"Holding the structural post for at least {_years_en(rule.years_in_rank)}",
                ),
                found=_duration(post_since, on),
                citation=citation,
            )
        )
    years = [on.year - back for back in range(rule.lookback_years, 0, -1)]
    conditions.extend(
        _performance_conditions(results, years, rule.minimum_predicate, applied, citation)
    )
    if rule.credit_points:
        if not isinstance(ledger, CreditLedger):
            raise InvalidValueError(
                "ledger",
                ledger,
                "the functional route needs the angka kredit ledger (a CreditLedger)",
                reason_id="jalur jabatan fungsional memerlukan buku AK (CreditLedger)",
                code="missing",
            )
        conditions.extend(_functional_conditions(rank, ledger, applied))
    if rule.examination:
        passed = check_bool(examination_passed, field="examination_passed")
        conditions.append(
            Condition(
                "examination",
                passed,
                Text("Lulus ujian kenaikan pangkat", "Passed the promotion examination"),
                found=_yes_no(passed),
                citation=citation,
            )
        )
    earliest = _earliest(conditions, due, on, applied)
    return Eligibility.of(
        conditions,
        earliest=earliest,
        steps=lambda: _scale_steps(results, years, applied),
    )


def _functional_conditions(rank: Rank, ledger: CreditLedger, rules: Rules) -> list[Condition]:
    """The angka kredit of kenaikan pangkat, or the jenjang's top golongan reached."""
    level = ledger.level
    ranks = level.ranks
    if rank not in ranks:
        shown = f"{ranks[0].value}–{ranks[-1].value}" if len(ranks) > 1 else ranks[0].value
        raise InvalidValueError(
            "rank",
            rank.value,
            f"is outside the golongan ruang of the ledger's jenjang {level.value} ({shown})",
            reason_id=f"di luar golongan ruang jenjang buku AK {level.value} ({shown})",
            code="out_of_range",
        )
    following = rank.next
    if following is None:
        return []  # no higher golongan at all: the `next_rank` condition says so
    if following not in ranks:
        top = Text(
            f"{rank.value} adalah golongan tertinggi jenjang {level.value}",
            f"{rank.value} is the top golongan of the jenjang {level.value}",
        )
        return [
            Condition(
                "within_level",
                False,
                Text(
                    f"Golongan ruang berikutnya ({following.value}) masih dalam jenjang "
                    f"{level.value}; di golongan tertinggi jenjang, pangkat berikutnya "
                    "memerlukan kenaikan jenjang (level_promotion), bukan kenaikan pangkat",
                    f"The next golongan ruang ({following.value}) still in the jenjang "
                    f"{level.value}; at the jenjang's top golongan the next pangkat needs "
                    "kenaikan jenjang (level_promotion), not kenaikan pangkat",
                ),
                found=top,
                citation=rules.resolve(CREDIT_REQUIREMENTS).citation,
            )
        ]
    needed = requirement_of(level, rules=rules).rank_promotion
    return [_credit_condition(ledger, needed, "rank_promotion", rules)]


def _yes_no(value: bool) -> Text:
    return Text("ya", "yes") if value else Text("tidak", "no")


def _credit_condition(ledger: CreditLedger, needed: object, kind: str, rules: Rules) -> Condition:
    """Kenaikan pangkat reads the ledger's `total`; kenaikan jenjang its `cumulative` AK."""
    total = ledger.total if kind == "rank_promotion" else ledger.cumulative
    assert isinstance(needed, type(total))
    citation = rules.resolve(CREDIT_REQUIREMENTS).citation
    wording = (
        ("kenaikan pangkat", "kenaikan pangkat")
        if kind == "rank_promotion"
        else ("kenaikan jenjang", "kenaikan jenjang")
    )
    return Condition(
        "credit_points",
        total >= needed,
        Text(
            f"Angka kredit kumulatif {wording[0]} {ledger.level.value} paling sedikit "
            f"{render_number(needed, 'id')}",
            f"Cumulative angka kredit for {wording[1]} at {ledger.level.value} at least "
            f"{render_number(needed, 'en')}",
        ),
        found=_credit_found(ledger, total),
        citation=citation,
        shortfall=max(needed - total, 0) if total < needed else None,
    )


def _credit_found(ledger: CreditLedger, counted: Decimal) -> Text:
    found = Text(f"{render_number(counted, 'id')} AK", f"{render_number(counted, 'en')} AK")
    used = ledger.used_for_rank_promotions
    if counted == ledger.total or not used:
        return found
    held = ledger.total
    return Text(
        f"{found.id} ({render_number(held, 'id')} AK dalam buku + {render_number(used, 'id')} "
        "AK terpakai untuk kenaikan pangkat dalam jenjang)",
        f"{found.en} ({render_number(held, 'en')} AK in the ledger + "
        f"{render_number(used, 'en')} AK used by kenaikan pangkat in the jenjang)",
    )


def _earliest(conditions: list[Condition], due: date, on: date, rules: Rules) -> date | None:
    """`on` when eligible; the first KP date the years are complete when only time is missing."""
    timed = {"years_in_rank", "years_in_post"}
    if any(not c.met and c.code not in timed for c in conditions):
        return None
    return _next_date_of(due, rules=rules) if any(not c.met for c in conditions) else on


@explained_by(explains_result(_rank_promotion))
def rank_promotion(
    route: PromotionRoute,
    *,
    rank: Rank,
    rank_since: date,
    on: date,
    history: Sequence[YearResult],
    ledger: CreditLedger | None = None,
    examination_passed: bool | None = None,
    post_since: date | None = None,
    rules: Rules | None = None,
) -> Eligibility:
    """Whether a PNS may have kenaikan pangkat on a date, by one route, with every reason.

    Conditions: a higher golongan ruang exists; the years in the last pangkat (from
    `rank_since`, the TMT of the last pangkat) by `on`; each of the route's latest appraisal
    years before `on`'s year at least the route's predikat (a missing year is unmet); and,
    by route, the angka kredit for kenaikan pangkat of the ledger's jenjang (functional), a
    passed examination (diploma), the years in a structural post (structural).

    On the functional route `rank` must be a golongan ruang of the ledger's jenjang. At the
    jenjang's top golongan (III/b for Ahli Pertama, IV/c for Ahli Madya, II/a for Pemula, …)
    the next pangkat belongs to the next jenjang and comes with kenaikan jenjang
    ([`level_promotion`][kinerja_core.careers.level_promotion]): the answer is then not
    eligible, with the unmet condition `within_level` saying so, and no AK condition.

    `earliest` is `on` when eligible; the first KP date (1 April / 1 October) on which the
    years are complete when nothing but time is missing; `None` when another condition is
    unmet.

    Args:
        route: The route (`PromotionRoute.REGULAR`, `FUNCTIONAL`, …).
        rank: The current golongan ruang.
        rank_since: The TMT of the current pangkat.
        on: The date the promotion would take effect (normally a KP date).
        history: The annual results, one per year, in any regime's vocabulary.
        ledger: The angka kredit ledger (functional route).
        examination_passed: Whether the promotion examination was passed (diploma route).
        post_since: The date the structural post was taken up (structural route).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The answer, explained by its conditions with their citations.

    Raises:
        InvalidValueError: If an input is of the wrong type, a history has two results for a
            year, a route's own input is missing, or (functional route) `rank` is not a
            golongan ruang of the ledger's jenjang.

    Examples:
        >>> answer = rank_promotion(
        ...     PromotionRoute.REGULAR, rank=Rank.III_A, rank_since=date(2020, 4, 1),
        ...     on=date(2024, 4, 1), history=[YearResult.of(2022, Predicate.GOOD),
        ...     YearResult.of(2023, Predicate.VERY_GOOD)])
        >>> answer.eligible
        True
    """
    return _rank_promotion(
        route,
        rank=rank,
        rank_since=rank_since,
        on=on,
        history=history,
        ledger=ledger,
        examination_passed=examination_passed,
        post_since=post_since,
        rules=rules,
    )


def _level_promotion(
    ledger: CreditLedger,
    *,
    level_since: date,
    on: date,
    predicate: Predicate,
    formation_available: bool,
    competency_test_passed: bool,
    rules: Rules | None = None,
) -> Eligibility:
    if not isinstance(ledger, CreditLedger):
        raise InvalidValueError(
            "ledger",
            ledger,
            "must be a CreditLedger",
            reason_id="harus berupa CreditLedger",
            code="wrong_type",
        )
    level_since = check_date(level_since, field="level_since")
    on = check_date(on, field="on")
    predicate = check_member(predicate, Predicate, field="predicate")
    formation = check_bool(formation_available, field="formation_available")
    tested = check_bool(competency_test_passed, field="competency_test_passed")
    applied = rules_or_national(rules)
    found = applied.resolve(LEVEL_PROMOTION_RULE)
    rule = found.value
    requirement = requirement_of(ledger.level, rules=applied)
    level: FunctionalLevel = ledger.level
    citation = found.citation
    conditions = [
        Condition(
            "next_level",
            level.next_level is not None and requirement.level_promotion is not None,
            Text("Ada jenjang berikutnya", "There is a next jenjang"),
            found=Text(level.label("id"), level.label("en")),
            citation=citation,
        )
    ]
    due = add_years(level_since, rule.years_in_level)
    conditions.append(
        Condition(
            "years_in_level",
            due <= on,
            Text(
                f"Paling singkat {rule.years_in_level} tahun dalam jenjang",
                f"At least {_years_en(rule.years_in_level)} in the jenjang",
            ),
            found=_duration(level_since, on),
            citation=citation,
        )
    )
    conditions.append(
        Condition(
            "predicate",
            predicate.rank >= rule.minimum_predicate.rank,
            Text(
                f"Predikat kinerja paling rendah {rule.minimum_predicate.label('id')}",
                f"Predikat at least {rule.minimum_predicate.label('en')}",
            ),
            found=Text(predicate.label("id"), predicate.label("en")),
            citation=citation,
        )
    )
    conditions.append(
        Condition(
            "formation",
            formation,
            Text(
                "Tersedia formasi pada jenjang berikutnya", "A formasi is open at the next jenjang"
            ),
            found=_yes_no(formation),
            citation=citation,
        )
    )
    conditions.append(
        Condition(
            "competency_test",
            tested,
            Text("Lulus uji kompetensi", "Passed the competency test"),
            found=_yes_no(tested),
            citation=citation,
        )
    )
    if requirement.level_promotion is not None:
        conditions.append(
            _credit_condition(ledger, requirement.level_promotion, "level_promotion", applied)
        )
    earliest = None
    if all(c.met or c.code == "years_in_level" for c in conditions):
        earliest = due if due > on else on
    return Eligibility.of(conditions, earliest=earliest)


@explained_by(explains_result(_level_promotion))
def level_promotion(
    ledger: CreditLedger,
    *,
    level_since: date,
    on: date,
    predicate: Predicate,
    formation_available: bool,
    competency_test_passed: bool,
    rules: Rules | None = None,
) -> Eligibility:
    """Whether a functional official may move up a jenjang (kenaikan jenjang), with every reason.

    Conditions: a next jenjang exists; the years in the jenjang; the latest predikat; an open
    formasi; a passed competency test; and the cumulative angka kredit of the ledger's jenjang
    for kenaikan jenjang (the unmet condition states the shortfall). The cumulative AK are
    every AK earned in the jenjang ([`CreditLedger.cumulative`][kinerja_core.careers.CreditLedger]):
    those still in the ledger and those kenaikan pangkat within the jenjang used up.

    Args:
        ledger: The angka kredit ledger of the current jenjang.
        level_since: The TMT of the current jenjang.
        on: The date asked about.
        predicate: The latest annual predikat.
        formation_available: Whether a formasi is open at the next jenjang.
        competency_test_passed: Whether the competency test was passed.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The answer; `earliest` is `on` when eligible, the day the years are complete when
        nothing else is missing, else `None`.

    Raises:
        InvalidValueError: If an input is of the wrong type.

    Examples:
        >>> from kinerja_core.careers import CreditEntry, CreditSource
        >>> ledger = CreditLedger(FunctionalLevel.AHLI_PERTAMA, [
        ...     CreditEntry(CreditSource.CONVERSION, "87.5", date(2030, 12, 31))])
        >>> answer = level_promotion(ledger, level_since=date(2024, 1, 1), on=date(2031, 1, 1),
        ...     predicate=Predicate.GOOD, formation_available=True, competency_test_passed=True)
        >>> [(c.code, c.shortfall) for c in answer.unmet]
        [('credit_points', Decimal('12.5'))]
    """
    return _level_promotion(
        ledger,
        level_since=level_since,
        on=on,
        predicate=predicate,
        formation_available=formation_available,
        competency_test_passed=competency_test_passed,
        rules=rules,
    )
