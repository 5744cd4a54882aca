"""Hypothesis strategies for kinerja-core's value types.

Use them to property-test your own system against kinerja-core: generate inputs here, run them
through both your implementation and ours, and compare. They need the `testing` extra
(`pip install "kinerja-core[testing]"`).

Every strategy shrinks towards the ordinary case (e.g. a rating of *Sesuai Ekspektasi*, a
citation of primary confidence) and takes keyword-only arguments.

Examples:
    >>> from hypothesis import given
    >>> from kinerja_core import performance_predicate
    >>> from kinerja_core.testing import strategies as kst
    >>> @given(kst.ratings(), kst.ratings())
    ... def test_my_app_agrees(work, behaviour):
    ...     assert performance_predicate(work, behaviour) is not None
    >>> test_my_app_agrees()
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "kinerja_core.testing.strategies needs hypothesis; install it with "
        '`pip install "kinerja-core[testing]"`'
    ) from error

from kinerja_core.achievement_formulas import AchievementLimits
from kinerja_core.aggregation import PeriodicRealisation
from kinerja_core.exact import round_half_up
from kinerja_core.explain import Explanation, ParameterUse, Step, Text
from kinerja_core.indicators import Aggregation, Indicator, IndicatorLevel, Polarity, Target
from kinerja_core.law import Citation, Confidence
from kinerja_core.parameters import Policy, Version
from kinerja_core.periods import Period, PeriodKind
from kinerja_core.predicate import PREDICATE_MATRIX
from kinerja_core.ratings import Predicate, Rating

__all__ = [
    "achievement_limits",
    "citations",
    "confidences",
    "dates",
    "decimals",
    "explanations",
    "indicators",
    "number_likes",
    "period_kinds",
    "periodic_realisations",
    "periods",
    "polarities",
    "policies",
    "predicate_matrices",
    "predicates",
    "ratings",
    "realisations",
    "steps",
    "targets",
    "texts",
    "versions",
]

_RATINGS_ORDINARY_FIRST = (
    Rating.MEETS_EXPECTATIONS,
    Rating.ABOVE_EXPECTATIONS,
    Rating.BELOW_EXPECTATIONS,
)
_PREDICATES_ORDINARY_FIRST = (
    Predicate.GOOD,
    Predicate.VERY_GOOD,
    Predicate.NEEDS_IMPROVEMENT,
    Predicate.POOR,
    Predicate.VERY_POOR,
)


def ratings() -> st.SearchStrategy[Rating]:
    """Any `Rating`, shrinking towards *Sesuai Ekspektasi*."""
    return st.sampled_from(_RATINGS_ORDINARY_FIRST)


def predicates() -> st.SearchStrategy[Predicate]:
    """Any `Predicate`, shrinking towards *Baik*."""
    return st.sampled_from(_PREDICATES_ORDINARY_FIRST)


def confidences() -> st.SearchStrategy[Confidence]:
    """Any `Confidence`, shrinking towards `PRIMARY`."""
    return st.sampled_from(list(Confidence))


def dates(
    *, min_value: date = date(2014, 1, 1), max_value: date = date(2035, 12, 31)
) -> st.SearchStrategy[date]:
    """Dates (never datetimes) in a range, by default 2014-2035 (the regimes the library covers).

    Args:
        min_value: The earliest date.
        max_value: The latest date.
    """
    return st.dates(min_value=min_value, max_value=max_value)


def decimals(
    *,
    min_value: Decimal | int | str = 0,
    max_value: Decimal | int | str = 1000,
    places: int = 2,
) -> st.SearchStrategy[Decimal]:
    """Finite `Decimal`s with at most `places` decimal places, in a closed range.

    Args:
        min_value: The smallest value.
        max_value: The largest value.
        places: The maximum number of digits after the point.
    """
    return st.decimals(
        min_value=Decimal(min_value),
        max_value=Decimal(max_value),
        places=places,
        allow_nan=False,
        allow_infinity=False,
    ).map(lambda d: d + 0)  # normalise -0 to 0


def number_likes(
    *,
    min_value: Decimal | int | str = 0,
    max_value: Decimal | int | str = 1000,
    places: int = 2,
) -> st.SearchStrategy[int | str | Decimal]:
    """Numbers in every accepted input form: `int`, `str` and `Decimal`.

    Args:
        min_value: The smallest value.
        max_value: The largest value.
        places: The maximum number of digits after the point.
    """
    values = decimals(min_value=min_value, max_value=max_value, places=places)
    whole = values.map(round_half_up).filter(
        lambda d: Decimal(min_value) <= d <= Decimal(max_value)
    )
    return st.one_of(values, values.map(str), whole.map(int))


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=20).filter(
    lambda s: bool(s.strip())
)


def texts() -> st.SearchStrategy[Text]:
    """Bilingual `Text`s."""
    return st.builds(Text, _WORDS, _WORDS)


def citations(*, confidence: Confidence | None = None) -> st.SearchStrategy[Citation]:
    """`Citation`s with plausible regulation names and articles.

    Args:
        confidence: Fix the confidence (default: any).
    """
    regulation = st.sampled_from(
        ["PermenPANRB 6/2022", "PermenPANRB 8/2021", "PP 30/2019", "PP 46/2011", "PP 94/2021"]
    )
    article = st.builds(lambda n, a: f"Pasal {n} ayat ({a})", st.integers(1, 99), st.integers(1, 9))
    return st.builds(
        Citation,
        regulation,
        article,
        st.none() | _WORDS,
        st.just(confidence) if confidence is not None else confidences(),
    )


def predicate_matrices() -> st.SearchStrategy[dict[tuple[Rating, Rating], Predicate]]:
    """Total 3×3 predikat matrices (every pair of ratings has a predikat).

    Shrinks towards the national matrix.
    """
    from kinerja_core.national import NATIONAL  # noqa: PLC0415 (keep import light)

    national = NATIONAL.parameter(PREDICATE_MATRIX).versions[-1].value
    cells = [st.sampled_from([national[pair], *Predicate]) for pair in national]
    return st.tuples(*cells).map(lambda chosen: dict(zip(national, chosen, strict=True)))


def versions(
    values: st.SearchStrategy[Any],
    *,
    min_size: int = 1,
    max_size: int = 4,
    min_date: date = date(2014, 1, 1),
    max_date: date = date(2035, 12, 31),
) -> st.SearchStrategy[list[Version[Any]]]:
    """Timelines of `Version`s with strictly increasing effective dates.

    Args:
        values: The strategy for each version's value.
        min_size: The fewest versions.
        max_size: The most versions.
        min_date: The earliest effective date.
        max_date: The latest effective date.
    """
    days = st.lists(
        dates(min_value=min_date, max_value=max_date),
        min_size=min_size,
        max_size=max_size,
        unique=True,
    ).map(sorted)
    return days.flatmap(
        lambda chosen: st.tuples(
            *(st.builds(Version, st.just(day), values, citations()) for day in chosen)
        ).map(list)
    )


def policies(*, base: Policy | None = None) -> st.SearchStrategy[Policy]:
    """Regional policies: `base` (default `NATIONAL`) with a random, dated predikat-matrix override.

    Args:
        base: The policy to override (default: the national policy).
    """
    from kinerja_core.national import NATIONAL  # noqa: PLC0415 (keep import light)

    start = base if base is not None else NATIONAL
    return st.builds(
        lambda timeline: start.with_overrides("Pemda (generated)", {PREDICATE_MATRIX: timeline}),
        versions(predicate_matrices(), max_size=3),
    )


def period_kinds(*, calendar_only: bool = False) -> st.SearchStrategy[PeriodKind]:
    """Any `PeriodKind`, shrinking towards `YEAR`.

    Args:
        calendar_only: Leave out `CUSTOM` (for splitting).
    """
    kinds = [PeriodKind.YEAR, PeriodKind.SEMESTER, PeriodKind.QUARTER, PeriodKind.MONTH]
    return st.sampled_from(kinds if calendar_only else [*kinds, PeriodKind.CUSTOM])


def periods(
    *, min_year: int = 2014, max_year: int = 2035, kinds: tuple[PeriodKind, ...] | None = None
) -> st.SearchStrategy[Period]:
    """Periods of every kind: calendar years, semesters, quarters, months and custom ranges.

    Args:
        min_year: The earliest year a period starts in.
        max_year: The latest year a period ends in.
        kinds: Restrict to these kinds (default: all).
    """
    years = st.integers(min_year, max_year)
    builders: dict[PeriodKind, st.SearchStrategy[Period]] = {
        PeriodKind.YEAR: st.builds(Period.year, years),
        PeriodKind.SEMESTER: st.builds(Period.semester, years, st.integers(1, 2)),
        PeriodKind.QUARTER: st.builds(Period.quarter, years, st.integers(1, 4)),
        PeriodKind.MONTH: st.builds(Period.month, years, st.integers(1, 12)),
        PeriodKind.CUSTOM: st.tuples(
            dates(min_value=date(min_year, 1, 1), max_value=date(max_year, 12, 31)),
            dates(min_value=date(min_year, 1, 1), max_value=date(max_year, 12, 31)),
        ).map(lambda pair: Period.between(min(pair), max(pair))),
    }
    chosen = kinds if kinds is not None else tuple(builders)
    return st.one_of(*(builders[kind] for kind in chosen))


def _plain_values() -> st.SearchStrategy[Any]:
    return st.one_of(
        ratings(),
        predicates(),
        decimals(min_value=-1000),
        st.integers(-1000, 1000),
        _WORDS,
        dates(),
    )


def steps() -> st.SearchStrategy[Step]:
    """Explanation `Step`s with inputs, parameter uses, a result and a citation."""
    inputs = st.lists(st.tuples(_WORDS, _plain_values()), max_size=3)
    uses = st.lists(
        st.builds(ParameterUse, _WORDS, _plain_values(), dates(), citations()), max_size=3
    )
    return st.builds(
        Step, texts(), inputs, uses, st.none() | _plain_values(), st.none() | citations()
    )


def explanations(*, max_steps: int = 5) -> st.SearchStrategy[Explanation]:
    """`Explanation`s of up to `max_steps` steps.

    Args:
        max_steps: The most steps an explanation has.
    """
    return st.lists(steps(), max_size=max_steps).map(Explanation)


def polarities(*, milestone: bool = True) -> st.SearchStrategy[Polarity]:
    """Any `Polarity`, shrinking towards higher-is-better.

    Args:
        milestone: Include `MILESTONE`.
    """
    members = [Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER]
    return st.sampled_from([*members, Polarity.MILESTONE] if milestone else members)


def targets(
    *, min_value: Decimal | int | str = "0.01", max_value: Decimal | int | str = 10000
) -> st.SearchStrategy[Target]:
    """Single-value and range targets (always greater than zero).

    Args:
        min_value: The smallest bound (must be greater than zero).
        max_value: The largest bound.
    """
    values = decimals(min_value=min_value, max_value=max_value, places=2)
    single = values.map(Target)
    ranged = st.tuples(values, values).map(lambda pair: Target.range(min(pair), max(pair)))
    return st.one_of(single, ranged)


def realisations(
    *, max_value: Decimal | int | str = 20000, places: int = 2
) -> st.SearchStrategy[Decimal]:
    """Realised values: exact, not negative.

    Args:
        max_value: The largest value.
        places: The maximum number of digits after the point.
    """
    return decimals(min_value=0, max_value=max_value, places=places)


def achievement_limits() -> st.SearchStrategy[AchievementLimits]:
    """Caps and floors (either may be absent; the cap is never below the floor)."""
    bounds = st.none() | decimals(min_value=0, max_value=300, places=1)
    return st.tuples(bounds, bounds).map(_ordered_limits)


def _ordered_limits(pair: tuple[Decimal | None, Decimal | None]) -> AchievementLimits:
    floor, cap = pair
    if floor is not None and cap is not None and cap < floor:
        floor, cap = cap, floor
    return AchievementLimits(cap=cap, floor=floor)


def indicators(*, level: IndicatorLevel | None = None) -> st.SearchStrategy[Indicator]:
    """Indicators with realistic names (e.g. complaint response time in days).

    Args:
        level: Fix the level (IKU or IKI); default: any.
    """
    named = st.sampled_from(
        [
            ("Waktu respon pengaduan masyarakat", "hari", Polarity.LOWER_IS_BETTER),
            ("Layanan yang diselesaikan tepat waktu", "layanan", Polarity.HIGHER_IS_BETTER),
            ("Indeks kepuasan masyarakat", "indeks", Polarity.HIGHER_IS_BETTER),
            ("Dokumen SAKIP tersusun", "dokumen", Polarity.MILESTONE),
            ("Biaya per layanan", "rupiah", Polarity.LOWER_IS_BETTER),
        ]
    )
    return st.builds(
        lambda spec, aggregation, chosen_level, limits: Indicator(
            spec[0],
            spec[1],
            spec[2],
            aggregation,
            chosen_level,
            cap=limits.cap,
            floor=limits.floor,
        ),
        named,
        st.sampled_from(list(Aggregation)),
        st.just(level) if level is not None else st.sampled_from(list(IndicatorLevel)),
        achievement_limits(),
    )


def periodic_realisations(
    *, year: int = 2024, kind: PeriodKind = PeriodKind.QUARTER, missing: bool = True
) -> st.SearchStrategy[list[PeriodicRealisation]]:
    """A year's periodic realisations (some possibly not reported), at least one reported.

    Args:
        year: The year.
        kind: The cadence (month, quarter or semester).
        missing: Whether some periods may be unreported (`None`).
    """
    pieces = Period.year(year).split(kind)
    value = realisations(max_value=1000)
    each = (st.none() | value) if missing else value
    return (
        st.tuples(*(each for _ in pieces))
        .filter(lambda values: any(v is not None for v in values))
        .map(
            lambda values: [PeriodicRealisation(p, v) for p, v in zip(pieces, values, strict=True)]
        )
    )
