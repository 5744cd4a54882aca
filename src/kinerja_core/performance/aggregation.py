"""Combining periodic realisations into one, and the annual achievement of an indicator.

Regions monitor indicators monthly or quarterly and evaluate them yearly. How the periodic
realisations combine depends on the indicator ([`Aggregation`][kinerja_core.Aggregation]):

- **cumulative** — the sum of the reported realisations (e.g. complaints handled), against the
  annual target;
- **final value** — the realisation of the last period that has one (e.g. a coverage rate at
  year end);
- **average** — the mean of the reported realisations (e.g. average response time).

**Missing periods.** A period whose realisation is `None` was not reported. By default
([`MissingPeriods.SKIP`][kinerja_core.performance.MissingPeriods]) it is left out — it adds nothing
to a sum, does not count in an average, and the final value is the last *reported* one — and the
explanation lists it. With `MissingPeriods.ERROR` any missing period is an error. A period that
has not ended on the evaluation date (`as_of`) is not counted at all: the evaluation date is an
argument, so an annual achievement never depends on the day the code runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

import attrs

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import as_tuple, check_date, instance_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError, ValidationError
from kinerja_core.core.explain import (
    NO_STEPS,
    Explainable,
    Explanation,
    Recipe,
    Step,
    Text,
    Trace,
    render_date,
)
from kinerja_core.core.numbers import NumberLike, Ratio, exact_sum, publish, to_decimal
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.performance.achievement_formulas import (
    PeriodicAchievement,
    achieve,
    indicator_limits,
)
from kinerja_core.performance.achievement_formulas_specs import ACHIEVEMENT_LIMITS
from kinerja_core.performance.indicators import Aggregation, Indicator, Target
from kinerja_core.periods.period import Period

__all__ = [
    "AggregateOutcome",
    "AggregatedRealisation",
    "MissingPeriods",
    "PeriodicRealisation",
    "PeriodicSeries",
    "aggregate_realisations",
    "annual_achievement",
    "periodic_series",
]


class MissingPeriods(LabelledEnum):
    """What to do with a period whose realisation was not reported."""

    SKIP = "Abaikan"
    """Leave it out (the default), and list it in the explanation."""
    ERROR = "Tolak"
    """Refuse to aggregate while any period is missing."""

    @classmethod
    def _english(cls) -> dict[MissingPeriods, str]:
        return {cls.SKIP: "Skip", cls.ERROR: "Refuse"}


def _optional_value(value: object) -> Decimal | None:
    if value is None:
        return None
    number = to_decimal(value, field="value")
    if number < 0:
        raise InvalidValueError(
            "value",
            value,
            "must not be negative",
            reason_id="tidak boleh negatif",
            code="out_of_range",
        )
    return number


@attrs.frozen
class PeriodicRealisation(Document):
    """The realisation of an indicator in one period; `None` when it was not reported.

    Attributes:
        period: The period.
        value: The realised value (not negative), or `None` if not reported.
    """

    period: Period = attrs.field(validator=instance_of(Period, "a Period"))
    value: Decimal | None = attrs.field(converter=_optional_value)


@attrs.frozen
class AggregatedRealisation(Explainable, Document):
    """A combined realisation with its explanation.

    Attributes:
        value: The combined realisation, published (an average without a finite decimal
            expansion is rounded half-up to 28 significant digits; `exact` keeps it exact).
        counted: The periods whose realisations were used.
        missing: The periods that had ended but were not reported.
        explanation: The steps.
        exact: The combined realisation as an exact `Fraction`.
    """

    value: Decimal
    counted: tuple[Period, ...]
    missing: tuple[Period, ...]
    ratio: Ratio = attrs.field(eq=False, repr=False)
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False
    )

    @property
    def exact(self) -> Fraction:
        """The combined realisation, exact."""
        return self.ratio.fraction()


AggregateOutcome = AggregatedRealisation
"""Deprecated name of [`AggregatedRealisation`][kinerja_core.performance.AggregatedRealisation]."""


class PeriodicSeries(tuple[PeriodicRealisation, ...]):
    """Periodic realisations already checked: in order, without overlaps (see `periodic_series`).

    A `PerformanceCase` stores its periodic realisations in this form, so evaluating the case
    (once, or under several policies) does not check them again.
    """

    __slots__ = ()


def periodic_series(value: object) -> PeriodicSeries:
    """Periodic realisations as a checked, ordered series.

    Args:
        value: `PeriodicRealisation`s or `(Period, value)` pairs.

    Returns:
        The series, ordered by period.

    Raises:
        InvalidValueError: If an item is malformed or periods overlap.
    """
    if type(value) is PeriodicSeries:
        return value
    items = []
    for item in as_tuple(value, field="realisations"):
        if isinstance(item, PeriodicRealisation):
            items.append(item)
        elif isinstance(item, tuple) and len(item) == 2:
            items.append(PeriodicRealisation(item[0], item[1]))
        else:
            raise InvalidValueError(
                "realisations",
                item,
                "each item must be a PeriodicRealisation or (Period, value)",
                reason_id="setiap butir harus berupa PeriodicRealisation atau (Period, nilai)",
                code="wrong_type",
            )
    ordered = tuple(sorted(items, key=lambda r: r.period.start))
    for earlier, later in pairwise(ordered):
        if later.period.start <= earlier.period.end:
            raise InvalidValueError(
                "realisations",
                later.period,
                f"periods must not overlap ({earlier.period.label('en')} and "
                f"{later.period.label('en')})",
                reason_id=f"periode tidak boleh tumpang tindih ({earlier.period.label('id')} dan "
                f"{later.period.label('id')})",
                code="overlap",
            )
    return PeriodicSeries(ordered)


def aggregate_realisations(
    realisations: Iterable[PeriodicRealisation | tuple[Period, NumberLike | None]],
    aggregation: Aggregation,
    *,
    as_of: date,
    missing: MissingPeriods = MissingPeriods.SKIP,
) -> AggregatedRealisation:
    """Combine periodic realisations into one, as of an evaluation date.

    Args:
        realisations: `PeriodicRealisation`s or `(Period, value)` pairs; periods must not
            overlap; a value of `None` means "not reported".
        aggregation: Cumulative, final value or average.
        as_of: The evaluation date; only periods that ended on or before it count.
        missing: What to do with ended periods that were not reported.

    Returns:
        The combined realisation, the periods counted and missing, and the explanation.

    Raises:
        InvalidValueError: If no ended period was reported, periods overlap, or an argument
            has the wrong type.
        ValidationError: With `MissingPeriods.ERROR`, listing every missing period.

    Examples:
        >>> from kinerja_core import Period
        >>> quarters = [(Period.quarter(2024, q), v) for q, v in [(1, 20), (2, 25), (3, None)]]
        >>> aggregate_realisations(quarters, Aggregation.CUMULATIVE, as_of=date(2024, 12, 31)).value
        Decimal('45')
    """
    exact, counted, absent = _aggregate(realisations, aggregation, as_of, missing, None)
    recipe = Recipe(_aggregate_steps, realisations, aggregation, as_of, missing)
    return AggregatedRealisation(publish(exact), counted, absent, exact, recipe)


def _aggregate_steps(
    realisations: Iterable[PeriodicRealisation | tuple[Period, NumberLike | None]],
    aggregation: Aggregation,
    as_of: date,
    missing: MissingPeriods,
) -> Explanation:
    steps: list[Step] = []
    _aggregate(realisations, aggregation, as_of, missing, steps)
    return Explanation(steps)


def _aggregate(
    realisations: Iterable[PeriodicRealisation | tuple[Period, NumberLike | None]],
    aggregation: Aggregation,
    as_of: date,
    missing: MissingPeriods,
    trace: Trace,
) -> tuple[Ratio, tuple[Period, ...], tuple[Period, ...]]:
    items = periodic_series(realisations)
    if not isinstance(aggregation, Aggregation):
        raise InvalidValueError(
            "aggregation",
            aggregation,
            "must be an Aggregation",
            reason_id="harus berupa Aggregation",
            code="wrong_type",
        )
    if not isinstance(missing, MissingPeriods):
        raise InvalidValueError(
            "missing",
            missing,
            "must be a MissingPeriods",
            reason_id="harus berupa MissingPeriods",
            code="wrong_type",
        )
    day = check_date(as_of, field="as_of")
    ended = [item for item in items if item.period.end <= day]
    absent = tuple(item.period for item in ended if item.value is None)
    if absent and missing is MissingPeriods.ERROR:
        raise ValidationError(
            "realisations",
            realisations,
            [
                InvalidValueError(
                    p.label("en"),
                    None,
                    "realisation not reported",
                    reason_id="realisasi belum dilaporkan",
                    code="missing",
                )
                for p in absent
            ],
        )
    reported = [(item.period, item.value) for item in ended if item.value is not None]
    if not reported:
        raise InvalidValueError(
            "realisations",
            as_of,
            "no period that ended by this date has a reported realisation",
            reason_id="belum ada periode yang berakhir sampai tanggal ini dengan realisasi yang "
            "dilaporkan",
            code="missing",
        )
    values = [value for _, value in reported]
    if aggregation is Aggregation.CUMULATIVE:
        exact = Ratio.of(exact_sum(values))
    elif aggregation is Aggregation.FINAL_VALUE:
        exact = Ratio.of(values[-1])
    else:
        exact = Ratio.of(exact_sum(values)) / len(values)
    if trace is not None:
        inputs: list[tuple[str, object]] = [(p.label("id"), value) for p, value in reported]
        if absent:
            inputs.append(("tidak dilaporkan / not reported", absent))
        trace.append(
            Step(
                Text(
                    f"Agregasi realisasi periodik ({aggregation.label('id')}) per "
                    f"{render_date(day, 'id')}",
                    f"Aggregate periodic realisations ({aggregation.label('en')}) as of "
                    f"{render_date(day, 'en')}",
                ),
                inputs=inputs,
                result=publish(exact),
            )
        )
    return exact, tuple(period for period, _ in reported), absent


def annual_achievement(
    indicator: Indicator,
    target: Target | NumberLike,
    realisations: Iterable[PeriodicRealisation | tuple[Period, NumberLike | None]],
    *,
    as_of: date,
    missing: MissingPeriods = MissingPeriods.SKIP,
    rules: Rules | None = None,
) -> PeriodicAchievement:
    """An indicator's achievement for a longer period from its periodic realisations.

    The realisations are combined by the indicator's aggregation, then compared with the
    target by its polarity; the indicator's own cap/floor apply where set, else the rules'.

    Args:
        indicator: The indicator.
        target: The target for the whole period (e.g. the annual target).
        realisations: The periodic realisations (see `aggregate_realisations`).
        as_of: The evaluation date.
        missing: What to do with ended periods that were not reported.
        rules: The rules; default: the national rules in force on `as_of`.

    Returns:
        The achievement and the explanation of both steps.

    Raises:
        InvalidValueError: For bad arguments (see `aggregate_realisations` and `achievement`).
        ValidationError: With `MissingPeriods.ERROR` and missing periods.
    """
    in_force = rules_or_national(rules, check_date(as_of, field="as_of"))
    exact = periodic_achievement(
        indicator, target, realisations, as_of=as_of, missing=missing, rules=in_force
    )
    recipe = Recipe(_annual_steps, indicator, target, realisations, as_of, missing, in_force)
    return PeriodicAchievement(publish(exact), exact, recipe)


def _annual_steps(  # noqa: PLR0917 (a recipe's arguments are positional)
    indicator: Indicator,
    target: Target | NumberLike,
    realisations: Iterable[PeriodicRealisation | tuple[Period, NumberLike | None]],
    as_of: date,
    missing: MissingPeriods,
    rules: Rules,
) -> Explanation:
    steps: list[Step] = []
    periodic_achievement(
        indicator, target, realisations, as_of=as_of, missing=missing, rules=rules, trace=steps
    )
    return Explanation(steps)


def periodic_achievement(
    indicator: Indicator,
    target: Target | NumberLike,
    realisations: Iterable[PeriodicRealisation | tuple[Period, NumberLike | None]],
    *,
    as_of: date,
    missing: MissingPeriods,
    rules: Rules,
    trace: Trace = None,
) -> Ratio:
    """The exact achievement of an indicator from its periodic realisations (the shared core).

    Args:
        indicator: The indicator.
        target: The target for the whole period.
        realisations: The periodic realisations.
        as_of: The evaluation date.
        missing: What to do with ended periods that were not reported.
        rules: The rules.
        trace: Where to record the steps (`None`: do not record).

    Returns:
        The exact achievement in percent.
    """
    if not isinstance(indicator, Indicator):
        raise InvalidValueError(
            "indicator",
            indicator,
            "must be an Indicator",
            reason_id="harus berupa Indicator",
            code="wrong_type",
        )
    combined, _, _ = _aggregate(realisations, indicator.aggregation, as_of, missing, trace)
    limits = indicator_limits(indicator, rules.resolve(ACHIEVEMENT_LIMITS).value)
    return achieve(
        Target.of(target),
        combined,
        indicator.polarity,
        formula=None,
        limits=limits,
        rules=rules,
        trace=trace,
    )
