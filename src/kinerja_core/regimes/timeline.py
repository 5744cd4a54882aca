"""Which individual-performance regime applies on a date, or across a period.

| dates | regime |
|---|---|
| 1 Jan 2014 – 30 Jun 2021 | `Regime.PP_46_2011`: PP 46/2011 + Perka BKN 1/2013 (numeric SKP) |
| 1 Jul 2021 – 31 Dec 2021 | `Regime.PP_30_2019`: PP 30/2019 via PermenPANRB 8/2021 |
| from 1 Jan 2022 | `Regime.PERMENPANRB_6_2022`: ratings and predikat, no numeric score |

The timeline is itself a dated, cited parameter
([`REGIME_TIMELINE`][kinerja_core.regimes.REGIME_TIMELINE]): each version says from which date a
regime applies. 2021 is split: the first half (2 January – 30 June) still used the old form, the
second half (1 July – 31 December) PermenPANRB 8/2021. Before 1 January 2014 the library knows no
regime and raises [`RuleNotInForceError`][kinerja_core.RuleNotInForceError].

A period that spans a change (all of 2021, say) is not silently given one regime:
[`regimes_in`][kinerja_core.regimes.regimes_in] returns one
[`RegimeSpan`][kinerja_core.regimes.RegimeSpan] per regime, and
[`single_regime`][kinerja_core.regimes.single_regime] raises when there is more than one.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import cast

import attrs

from kinerja_core.core._deprecation import deprecated
from kinerja_core.core._validators import (
    check_date,
    enum_repr,
    instance_of,
    member_of,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError, RuleNotInForceError
from kinerja_core.core.explain import (
    Explanation,
    ParameterUse,
    Step,
    Text,
    Trace,
    explained_by,
    explains_value,
)
from kinerja_core.core.parameters import Parameter, Policy, Rules
from kinerja_core.national import national_policy, rules_or_national
from kinerja_core.periods.period import Period
from kinerja_core.regimes.timeline_specs import (
    REGIME_TIMELINE,
    Regime,
)

__all__ = [
    "REGIME_TIMELINE",
    "Regime",
    "RegimeOutcome",
    "RegimeSpan",
    "explain_regime_on",
    "regime_on",
    "regime_rules",
    "regime_window",
    "regimes_in",
    "single_regime",
]


@attrs.frozen
class RegimeOutcome(Document):
    """Deprecated (with `explain_regime_on`): a regime with the timeline entry that says so.

    Attributes:
        day: The date asked about.
        regime: The regime in force.
        explanation: The step that found it (with the timeline's citation).
    """

    day: date
    regime: Regime = attrs.field(repr=enum_repr)
    explanation: Explanation


@attrs.frozen
class RegimeSpan(Document):
    """The part of a period that falls under one regime.

    Attributes:
        regime: The regime.
        period: The days of the period under it.
    """

    regime: Regime = attrs.field(validator=member_of(Regime), repr=enum_repr)
    period: Period = attrs.field(validator=instance_of(Period, "a Period"))


def _timeline(rules: Rules | None, on: date) -> Parameter[Regime]:
    in_force = rules_or_national(rules, on)
    return cast(Parameter[Regime], in_force.policy.parameter(REGIME_TIMELINE))


def regime_of(day: date, *, rules: Rules | None = None, trace: Trace = None) -> Regime:
    """The regime in force on `day`, recording its step (the shared core).

    Args:
        day: The date.
        rules: Rules whose policy's regime timeline to read (e.g. a region's); the timeline is
            read on `day`, whatever date the snapshot was taken on. Default: the national policy.
        trace: Where to record the step (`None`: do not record).

    Returns:
        The regime.

    Raises:
        InvalidValueError: If `day` is not a `datetime.date`.
        RuleNotInForceError: If `day` is before the first regime (1 January 2014 nationally).
    """
    checked = check_date(day, field="day")
    version = _timeline(rules, checked).at(checked)
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Rezim penilaian kinerja yang berlaku pada tanggal",
                    "Performance-management regime in force on the date",
                ),
                inputs=(("day", checked),),
                parameters=[
                    ParameterUse(
                        REGIME_TIMELINE.name,
                        version.value,
                        version.effective_from,
                        version.citation,
                    )
                ],
                result=version.value,
            )
        )
    return version.value


def explain_regime_on(day: date, *, rules: Rules | None = None) -> RegimeOutcome:
    """Deprecated: use `explain(regime_on, ...)`; this alias goes in the next release.

    Args:
        day: See `regime_on`.
        rules: See `regime_on`.

    Returns:
        The regime and the timeline entry used.
    """
    deprecated("explain_regime_on", "explain(regime_on, ...)")
    steps: list[Step] = []
    regime = regime_of(day, rules=rules, trace=steps)
    return RegimeOutcome(day, regime, Explanation(steps))


@explained_by(explains_value(regime_of))
def regime_on(day: date, *, rules: Rules | None = None) -> Regime:
    """The regime in force on `day`.

    `explain(regime_on, ...)` names the timeline entry used and its citation.

    Args:
        day: The date.
        rules: Rules whose policy's regime timeline to read (e.g. a region's); the timeline is
            read on `day`, whatever date the snapshot was taken on. Default: the national policy.

    Returns:
        The regime.

    Raises:
        InvalidValueError: If `day` is not a `datetime.date`.
        RuleNotInForceError: If `day` is before the first regime (1 January 2014 nationally).

    Examples:
        >>> regime_on(date(2021, 6, 30))
        <Regime.PP_46_2011: 'PP 46/2011'>
        >>> regime_on(date(2021, 7, 1))
        <Regime.PP_30_2019: 'PP 30/2019'>
    """
    return regime_of(day, rules=rules)


def regimes_in(period: Period, *, rules: Rules | None = None) -> tuple[RegimeSpan, ...]:
    """The regimes that apply over `period`, one span per regime, in order.

    Consecutive timeline entries with the same regime form one span. The spans partition the
    period: no gap, no overlap.

    Args:
        period: The period, e.g. `Period.year(2021)`.
        rules: Rules whose policy's regime timeline to read; default: the national policy.

    Returns:
        The spans (one for a period inside a single regime).

    Raises:
        InvalidValueError: If `period` is not a `Period`.
        RuleNotInForceError: If the period starts before the first regime.

    Examples:
        >>> [span.regime.value for span in regimes_in(Period.year(2021))]
        ['PP 46/2011', 'PP 30/2019']
    """
    if not isinstance(period, Period):
        raise InvalidValueError(
            "period",
            period,
            "must be a Period",
            reason_id="harus berupa Period",
            code="wrong_type",
        )
    timeline = _timeline(rules, period.start)
    current = timeline.at(period.start).value
    spans: list[RegimeSpan] = []
    start = period.start
    for version in timeline.versions:
        change = version.effective_from
        if period.start < change <= period.end and version.value is not current:
            spans.append(RegimeSpan(current, _piece(period, start, change - timedelta(days=1))))
            current, start = version.value, change
    spans.append(RegimeSpan(current, _piece(period, start, period.end)))
    return tuple(spans)


def _piece(period: Period, start: date, end: date) -> Period:
    piece = period.intersection(Period.between(start, end))
    return cast(Period, piece)


def single_regime(period: Period, *, rules: Rules | None = None) -> Regime:
    """The one regime that applies over all of `period`.

    Args:
        period: The period.
        rules: Rules whose policy's regime timeline to read; default: the national policy.

    Returns:
        The regime.

    Raises:
        InvalidValueError: If the period spans a regime change (the message names the change
            date; split the period with `regimes_in`), or `period` is not a `Period`.
        RuleNotInForceError: If the period starts before the first regime.

    Examples:
        >>> single_regime(Period.year(2024))
        <Regime.PERMENPANRB_6_2022: 'PermenPANRB 6/2022'>
    """
    spans = regimes_in(period, rules=rules)
    if len(spans) > 1:
        changes = ", ".join(
            f"{span.regime.value} from {span.period.start.isoformat()}" for span in spans[1:]
        )
        changes_id = ", ".join(
            f"{span.regime.value} mulai {span.period.start.isoformat()}" for span in spans[1:]
        )
        raise InvalidValueError(
            "period",
            period,
            f"spans a regime change ({spans[0].regime.value}, then {changes}); split it with "
            "regimes_in",
            reason_id=f"melintasi pergantian rezim ({spans[0].regime.value}, lalu {changes_id}); "
            "pisahkan dengan regimes_in",
            code="spans_regimes",
        )
    return spans[0].regime


def regime_window(regime: Regime, policy: Policy) -> tuple[date, date] | None:
    """The first and last day on which `regime` is in force under `policy`'s regime timeline.

    The one source of every regime's dates: `evaluate`, the PP 46/2011 and PP 30/2019 modules
    and `force=True` all read it, so overriding
    [`REGIME_TIMELINE`][kinerja_core.regimes.REGIME_TIMELINE] moves every check together.

    Args:
        regime: The regime.
        policy: The policy whose timeline to read.

    Returns:
        The first and the last day (`date.max` while the regime is still in force), or `None`
        when the regime is never in force under the policy.

    Examples:
        >>> from kinerja_core import NATIONAL
        >>> regime_window(Regime.PP_30_2019, NATIONAL)
        (datetime.date(2021, 7, 1), datetime.date(2021, 12, 31))
    """
    versions = policy.parameter(REGIME_TIMELINE).versions
    ends = [following.effective_from - timedelta(days=1) for following in versions[1:]]
    spans = [
        (version.effective_from, end)
        for version, end in zip(versions, [*ends, date.max], strict=True)
        if version.value is regime
    ]
    if not spans:
        return None
    return min(start for start, _ in spans), max(end for _, end in spans)


def regime_rules(regime: Regime, rules: Rules | None) -> Rules:
    """The rules for a function of `regime`: checked to be dated within the regime's window.

    Args:
        regime: The regime whose rule is applied.
        rules: The caller's rules, or `None` for the national rules on the regime's last day.

    Returns:
        The rules.

    Raises:
        RuleNotInForceError: If `rules` is dated outside the regime's window under its policy
            (or the regime is never in force under it).
    """
    policy = national_policy() if rules is None else rules.policy
    window = regime_window(regime, policy)
    if window is None:
        on = date.min if rules is None else rules.on
        raise RuleNotInForceError(
            "rules",
            on,
            f"{regime.value} is never in force under the policy {policy.name!r}",
            reason_id=f"{regime.value} tidak pernah berlaku menurut kebijakan {policy.name!r}",
        )
    first, last = window
    if rules is None:
        return policy.at(last)
    if not first <= rules.on <= last:
        until = "" if last == date.max else f" to {last.isoformat()}"
        until_id = "" if last == date.max else f" sampai dengan {last.isoformat()}"
        raise RuleNotInForceError(
            "rules",
            rules.on,
            f"{regime.value} governs performance from {first.isoformat()}{until} under the "
            f"policy {policy.name!r}; pass rules dated in that range",
            in_force_from=first,
            reason_id=f"{regime.value} mengatur kinerja mulai {first.isoformat()}{until_id} "
            f"menurut kebijakan {policy.name!r}; berikan aturan bertanggal dalam rentang itu",
        )
    return rules
