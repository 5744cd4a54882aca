"""One entry point for every regime: evaluate a case under the law in force on its period.

Regional apps still hold records from 2014-2021, so a 2019 case must be judged by 2019 law.
[`evaluate`][kinerja_core.evaluate] takes a case of one of three kinds:

- [`PerformanceCase`][kinerja_core.PerformanceCase]: PermenPANRB 6/2022 (from 2022): ratings
  and a `Predicate`;
- [`Pp30Case`][kinerja_core.legacy.Pp30Case]: PP 30/2019 via PermenPANRB 8/2021 (1 July - 31
  December 2021): the nilai kinerja and its predikat;
- [`Pp46Case`][kinerja_core.legacy.Pp46Case]: PP 46/2011 + Perka BKN 1/2013 (1 January 2014 - 30
  June 2021): the nilai prestasi kerja and its category.

It finds the regime in force over the case's period (a period that spans a regime change is an
error: split it), checks that the case is of that regime — asking for another regime is a
[`RuleNotInForceError`][kinerja_core.RuleNotInForceError] unless `force=True` — evaluates, and
names the regime as the first step of the explanation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import cast

from kinerja_core.core.errors import InvalidValueError, RuleNotInForceError
from kinerja_core.core.explain import NO_STEPS, Explanation, Recipe, Step, Trace
from kinerja_core.core.numbers import NumberLike, Ratio, publish
from kinerja_core.core.parameters import Policy, Rules
from kinerja_core.legacy.cases import Pp30Case, Pp46Case
from kinerja_core.national import NATIONAL
from kinerja_core.performance.aggregation import MissingPeriods
from kinerja_core.performance.evaluation import (
    Evaluation,
    PerformanceCase,
    evaluate_case,
    not_evaluated,
    regime_step,
)
from kinerja_core.performance.evaluation_specs import EvaluationStatus
from kinerja_core.periods.period import Period
from kinerja_core.regimes.timeline import regime_window, single_regime
from kinerja_core.regimes.timeline_specs import Regime

__all__ = ["Case", "evaluate"]


Case = PerformanceCase | Pp30Case | Pp46Case
"""Any case `evaluate` accepts."""

_CASE_REGIMES: dict[type, Regime] = {
    PerformanceCase: Regime.PERMENPANRB_6_2022,
    Pp30Case: Regime.PP_30_2019,
    Pp46Case: Regime.PP_46_2011,
}


_SKIP = MissingPeriods.SKIP
_MAX_PERIODS = 4096
"""How many periods' regimes a `Rules` snapshot remembers (a bounded memo)."""


def _regimes_memo(rules: Rules) -> dict[tuple[date, date], Regime]:
    del rules  # one memo per snapshot: the regime over a period depends on its policy only
    return {}


def _regime_over(period: Period, rules: Rules) -> Regime:
    """`single_regime(period, rules=rules)`, remembered per snapshot and period."""
    memo = rules._compiled(_regimes_memo)
    key = (period.start, period.end)
    found = memo.get(key)
    if found is None:
        found = single_regime(period, rules=rules)
        if len(memo) >= _MAX_PERIODS:
            memo.clear()
        memo[key] = found
    return found


def _forced_day(regime: Regime, policy: Policy, day: date) -> date:
    """The day nearest to `day` on which `regime` is in force under `policy`."""
    window = regime_window(regime, policy)
    if window is None:
        raise RuleNotInForceError(
            "regime",
            day,
            f"{regime.value} is never in force under the policy {policy.name!r}",
            reason_id=f"{regime.value} tidak pernah berlaku menurut kebijakan {policy.name!r}",
        )
    first, last = window
    return min(max(day, first), last)


def evaluate(case: Case, *, policy: Policy | None = None, force: bool = False) -> Evaluation:
    """Evaluate a case under the regime in force over its period.

    Args:
        case: A `PerformanceCase` (PermenPANRB 6/2022), `Pp30Case` or `Pp46Case`.
        policy: The policy (national or a region's); default: `NATIONAL`. Its rules are taken
            on the last day of the case's period.
        force: Apply the case's regime even where another is in force (the explanation says
            so); the rules are then taken on the day of that regime nearest to the period's end.

    Returns:
        The evaluation; its explanation starts with the regime used.

    Raises:
        RuleNotInForceError: If the case's regime is not the one in force over its period
            (and `force` is false), or the period starts before 2014.
        InvalidValueError: If the period spans a regime change (split it), or the case is not
            one of the three kinds.
    """
    regime = _CASE_REGIMES.get(type(case))
    if regime is None:
        raise InvalidValueError(
            "case",
            case,
            "must be a PerformanceCase, Pp30Case or Pp46Case",
            reason_id="harus berupa PerformanceCase, Pp30Case atau Pp46Case",
            code="wrong_type",
        )
    chosen = NATIONAL if policy is None else policy
    if not isinstance(chosen, Policy):
        raise InvalidValueError(
            "policy",
            policy,
            "must be a Policy",
            reason_id="harus berupa Policy",
            code="wrong_type",
        )
    if not isinstance(force, bool):
        raise InvalidValueError(
            "force",
            force,
            "must be True or False",
            reason_id="harus True atau False",
            code="wrong_type",
        )
    period = case.period
    rules = chosen.at(period.end)
    in_force = _regime_over(period, rules)
    forced = in_force is not regime
    if forced and not force:
        raise RuleNotInForceError(
            "regime",
            period.start,
            f"the case is a {regime.value} case, but {in_force.value} is in force over "
            f"{period.label('en')} (pass force=True to apply {regime.value} anyway)",
            reason_id=f"kasus ini kasus {regime.value}, tetapi yang berlaku pada "
            f"{period.label('id')} adalah {in_force.value} (isi force=True untuk tetap "
            f"menerapkan {regime.value})",
        )
    if forced:
        rules = chosen.at(_forced_day(regime, chosen, period.end))
    if isinstance(case, PerformanceCase):
        return evaluate_case(case, None, _SKIP, rules, forced)
    if isinstance(case, Pp30Case):
        return _evaluate_pp30(case, rules, forced=forced)
    return _evaluate_pp46(case, rules, forced=forced)


def _evaluate_pp46(case: Pp46Case, rules: Rules, *, forced: bool) -> Evaluation:
    return _pp46(case, rules, forced, Recipe(_pp46_steps, case, rules, forced))


def _pp46_steps(case: Pp46Case, rules: Rules, forced: bool) -> Explanation:
    steps: list[Step] = []
    _pp46(case, rules, forced, NO_STEPS, steps)
    return Explanation(steps)


def _pp46(
    case: Pp46Case,
    rules: Rules,
    forced: bool,
    explanation: Explanation | Callable[[], Explanation],
    trace: Trace = None,
) -> Evaluation:
    # the earlier regimes' rules load when a case of theirs is evaluated, not at import
    from kinerja_core.legacy import pp46_2011  # noqa: PLC0415

    if trace is not None:
        trace.append(regime_step(Regime.PP_46_2011, case.period, forced=forced))
    if case.skp_score is None:
        skp_score = pp46_2011.score_skp(
            case.activities,
            additional_tasks=case.additional_tasks,
            creativity=case.creativity,
            rules=rules,
            trace=trace,
        ).printed
    else:
        skp_score = case.skp_score
    if case.behaviour_scores is None:
        behaviour_score = cast(Decimal, case.behaviour_score)
    else:
        behaviour_score = pp46_2011.score_behaviour(
            case.behaviour_scores, structural=case.structural, rules=rules, trace=trace
        ).printed
    result = pp46_2011.score_work_performance(skp_score, behaviour_score, rules=rules, trace=trace)
    return Evaluation(
        case.employee,
        case.period,
        Regime.PP_46_2011,
        EvaluationStatus.EVALUATED,
        predicate=result.category,
        score=result.printed,
        explanation=explanation,
    )


def _evaluate_pp30(case: Pp30Case, rules: Rules, *, forced: bool) -> Evaluation:
    return _pp30(case, rules, forced, Recipe(_pp30_steps, case, rules, forced))


def _pp30_steps(case: Pp30Case, rules: Rules, forced: bool) -> Explanation:
    steps: list[Step] = []
    _pp30(case, rules, forced, NO_STEPS, steps)
    return Explanation(steps)


def _pp30(
    case: Pp30Case,
    rules: Rules,
    forced: bool,
    explanation: Explanation | Callable[[], Explanation],
    trace: Trace = None,
) -> Evaluation:
    from kinerja_core.legacy import pp30_2019  # noqa: PLC0415 (loads on first use)

    regime = regime_step(Regime.PP_30_2019, case.period, forced=forced)
    if case.exemption is not None:
        return not_evaluated(
            case.employee,
            case.period,
            Regime.PP_30_2019,
            case.exemption,
            rules,
            Explanation((regime,)),
        )
    if trace is not None:
        trace.append(regime)
    skp: NumberLike | Ratio
    if case.skp_score is None:
        skp = pp30_2019.score_skp(
            case.main_items, case.additional_items, rules=rules, trace=trace
        ).exact
    else:
        skp = case.skp_score
    score = pp30_2019.score_performance(
        skp,
        cast(Decimal, case.behaviour_score),  # required unless exempted (checked by the case)
        with_peer_input=case.with_peer_input,
        rules=rules,
        trace=trace,
    )
    predicate = pp30_2019.predicate_of(score, innovation=case.innovation, rules=rules, trace=trace)
    return Evaluation(
        case.employee,
        case.period,
        Regime.PP_30_2019,
        EvaluationStatus.EVALUATED,
        predicate=predicate,
        score=publish(score),
        explanation=explanation,
    )
