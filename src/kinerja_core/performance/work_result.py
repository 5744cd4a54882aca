"""The work-result rating (rating hasil kerja): a default proposal, and the unit-head rule.

PermenPANRB 6/2022 leaves the work-result rating to the supervisor's judgement of the results
against the expectations agreed in the SKP. There is no national formula. Applications still need
a starting point, so kinerja-core **proposes** a rating from the plan's weighted achievement
(capaian, in percent) with bands that are a dated parameter,
[`WORK_RESULT_BANDS`][kinerja_core.performance.WORK_RESULT_BANDS], marked as a policy choice — a
documented default, not regulation — which a Pemda or an instansi overrides with
`NATIONAL.with_overrides`.

**The national default bands** (lower edges inclusive):

| weighted achievement | proposed rating |
|---|---|
| ≥ 101 % | Di Atas Ekspektasi |
| ≥ 100 % and < 101 % | Sesuai Ekspektasi |
| < 100 % | Di Bawah Ekspektasi |

They are the PermenPANRB 8/2021 capaian categories carried over: Sangat Baik from 101 %
(nilai ≥ 110, PP 30/2019 Pasal 41), Baik at 100 % (nilai 90-109), Cukup and below under 100 %.
With a behaviour rating of the same level, the 2022 predikat then matches the 2021 category
(Di Bawah + Sesuai → Butuh Perbaikan, which SE MenPANRB 3/2023 also calls "Cukup").

A unit head's work-result rating is the rating of the unit they lead (PermenPANRB 6/2022 as
quoted by SE MenPANRB 3/2023 [S]):
[`unit_head_work_result`][kinerja_core.performance.unit_head_work_result].
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs

from kinerja_core.core._deprecation import deprecated
from kinerja_core.core._rules import rules_or_national
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Explanation, Step, Text, Trace, explained_by, explains_value
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.numbers import NumberLike, Ratio, exact_number, publish, to_decimal
from kinerja_core.core.parameters import Parameter, ParameterSpec, Rules, Version
from kinerja_core.core.tables import BandTable, Interval, band_table_check
from kinerja_core.performance.ratings import Rating

__all__ = [
    "WORK_RESULT_BANDS",
    "WorkResultBands",
    "WorkResultOutcome",
    "explain_unit_head_work_result",
    "explain_work_result_proposal",
    "propose_work_result_rating",
    "unit_head_work_result",
]


def _above_from(value: object) -> Decimal:
    return to_decimal(value, field="above_from")


def _meets_from(value: object) -> Decimal:
    return to_decimal(value, field="meets_from")


@attrs.frozen
class WorkResultBands:
    """The usual shape of the work-result bands: two inclusive lower edges.

    An achievement `x` (percent) proposes **Di Atas Ekspektasi** when `x ≥ above_from`,
    **Sesuai Ekspektasi** when `meets_from ≤ x < above_from`, and **Di Bawah Ekspektasi** when
    `x < meets_from`. The parameter
    [`WORK_RESULT_BANDS`][kinerja_core.performance.WORK_RESULT_BANDS] holds a
    [`BandTable`][kinerja_core.core.BandTable]; a `WorkResultBands` given as its value (e.g. in an
    override) is converted to its `table`. Bands of another shape (e.g. exclusive lower edges) are
    written as a `BandTable` of `Rating` directly.

    Attributes:
        above_from: The lowest achievement proposed as Di Atas Ekspektasi.
        meets_from: The lowest achievement proposed as Sesuai Ekspektasi (below `above_from`).

    Examples:
        >>> WorkResultBands(above_from="110", meets_from=90)
        WorkResultBands(above_from=Decimal('110'), meets_from=Decimal('90'))
        >>> WorkResultBands(110, 90).table.describe("en")  # doctest: +NORMALIZE_WHITESPACE
        'x < 90 → Below expectations; 90 ≤ x < 110 → Meets expectations;
         x ≥ 110 → Above expectations'
    """

    above_from: Decimal = attrs.field(converter=_above_from)
    meets_from: Decimal = attrs.field(converter=_meets_from)
    _table: BandTable[Rating] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        if not self.meets_from < self.above_from:
            raise InvalidValueError(
                "meets_from",
                self.meets_from,
                f"must be below above_from ({self.above_from})",
            )
        table = BandTable.from_lower_edges(
            [
                (None, Rating.BELOW_EXPECTATIONS),
                (self.meets_from, Rating.MEETS_EXPECTATIONS),
                (self.above_from, Rating.ABOVE_EXPECTATIONS),
            ],
            monotone="increasing",
        )
        object.__setattr__(self, "_table", table)

    @property
    def table(self) -> BandTable[Rating]:
        """The bands as a band table (lower edges inclusive, values increasing)."""
        return self._table

    def rating_for(self, achievement: NumberLike | Fraction) -> Rating:
        """The rating these bands give an achievement (compared exactly).

        Args:
            achievement: The achievement in percent (`int`, `str`, `Decimal` or an exact
                `Fraction`).

        Returns:
            The rating.

        Raises:
            InvalidValueError: If the achievement is not an exact finite number.
        """
        return self._table.lookup(exact_number(achievement, field="achievement"))

    def to_dict(self) -> dict[str, str]:
        """The bands as plain data."""
        return {"above_from": str(self.above_from), "meets_from": str(self.meets_from)}


def _as_table(value: object) -> object:
    if isinstance(value, WorkResultBands):
        return value.table
    if not isinstance(value, BandTable):
        raise InvalidValueError(
            "work_result_bands", value, "must be a WorkResultBands or a BandTable of Rating"
        )
    return value


WORK_RESULT_BANDS: ParameterSpec[BandTable[Rating]] = ParameterSpec(
    "work_result_bands",
    "Achievement bands (percent) for the proposed work-result rating (a policy default).",
    band_table_check(
        "work_result_bands",
        Rating,
        domain=Interval(None, None),
        monotone="increasing",
        adapt=_as_table,
    ),
)
"""Parameter: the bands of the proposed work-result rating, a
[`BandTable`][kinerja_core.core.BandTable] of `Rating` over every number whose ratings never fall as
the achievement rises; nationally Di Atas from 101 %, Sesuai from 100 % (a policy choice, not
regulation). An override may be a `WorkResultBands` (two inclusive lower edges) or any such
`BandTable`."""

NATIONAL_PARAMETERS = (
    Parameter(
        WORK_RESULT_BANDS,
        [
            Version(
                date(2022, 1, 1),
                WorkResultBands(above_from=101, meets_from=100),
                Citation(
                    "kinerja-core",
                    "policy default (PermenPANRB 6/2022 leaves the work-result rating to the "
                    "supervisor's judgement)",
                    "A policy default, not regulation. The edges carry over the PermenPANRB "
                    "8/2021 lampiran capaian categories (Sangat Baik 101-110 %, Baik 100 %, "
                    "Cukup 80-99 %), i.e. PP 30/2019 Pasal 41's nilai 110 and 90.",
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

_UNIT_HEAD = Citation(
    "PermenPANRB 6/2022",
    "evaluasi kinerja (as quoted by SE MenPANRB 3/2023)",
    "A unit head's rating hasil kerja is the rating of the unit they lead.",
    confidence=Confidence.SECONDARY,
)


_PROPOSAL = Text(
    "Usulan rating hasil kerja dari rentang capaian tertimbang; atasan tetap menilai",
    "Proposed work-result rating from the band of the weighted achievement; the supervisor "
    "still judges",
)


@attrs.frozen
class WorkResultOutcome:
    """Deprecated (with the `explain_*` work-result functions): a rating with its explanation.

    Attributes:
        rating: The work-result rating (rating hasil kerja).
        explanation: The steps that produced it.
    """

    rating: Rating
    explanation: Explanation

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data."""
        return {"rating": self.rating.value, "explanation": self.explanation.to_dict()}


def proposal(
    weighted_achievement: NumberLike | Fraction | Ratio,
    *,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Rating:
    achievement = (
        weighted_achievement
        if isinstance(weighted_achievement, Ratio)
        else exact_number(weighted_achievement, field="weighted_achievement")
    )
    bands = rules_or_national(rules).resolve(WORK_RESULT_BANDS)
    if trace is None:
        return bands.value.lookup(achievement, field="weighted_achievement")
    band = bands.value.band_for(achievement, field="weighted_achievement")
    trace.append(
        Step(
            _PROPOSAL,
            inputs=(("weighted_achievement", publish(achievement)),),
            parameters=[bands.use(band.interval, entry=band.value.value)],
            result=band.value,
        )
    )
    return band.value


@explained_by(explains_value(proposal))
def propose_work_result_rating(
    weighted_achievement: NumberLike | Fraction, *, rules: Rules | None = None
) -> Rating:
    """The proposed work-result rating for a plan's weighted achievement.

    The proposal is a starting point for the supervisor's judgement, not a regulated result.
    `explain(propose_work_result_rating, ...)` names the band used (which row of the table, and
    why) and its citation.

    Args:
        weighted_achievement: The plan's weighted achievement in percent (`int`, `str`,
            `Decimal`, e.g. `Decimal("87.5")`, or the exact `Fraction`); any finite value (a
            value below zero proposes Di Bawah Ekspektasi like any other value below the lowest
            edge). It is compared exactly.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The proposed rating (nationally: Di Atas from 101 %, Sesuai from 100 %, else Di Bawah).

    Raises:
        InvalidValueError: If the achievement is not an exact finite number (e.g. a `float`).
        RuleNotInForceError: If `rules` is for a date before the bands were in force.

    Examples:
        >>> propose_work_result_rating(Decimal("87.5"))
        <Rating.BELOW_EXPECTATIONS: 'Di Bawah Ekspektasi'>
        >>> propose_work_result_rating("100")
        <Rating.MEETS_EXPECTATIONS: 'Sesuai Ekspektasi'>
        >>> propose_work_result_rating(101)
        <Rating.ABOVE_EXPECTATIONS: 'Di Atas Ekspektasi'>
    """
    return proposal(weighted_achievement, rules=rules)


def explain_work_result_proposal(
    weighted_achievement: NumberLike | Fraction, *, rules: Rules | None = None
) -> WorkResultOutcome:
    """Deprecated: use `explain(propose_work_result_rating, ...)`; goes in the next release.

    Args:
        weighted_achievement: See `propose_work_result_rating`.
        rules: See `propose_work_result_rating`.

    Returns:
        The proposed rating and its explanation.
    """
    deprecated("explain_work_result_proposal", "explain(propose_work_result_rating, ...)")
    steps: list[Step] = []
    rating = proposal(weighted_achievement, rules=rules, trace=steps)
    return WorkResultOutcome(rating, Explanation(steps))


def unit_head(unit_rating: Rating, *, trace: Trace = None) -> Rating:
    if not isinstance(unit_rating, Rating):
        raise InvalidValueError(
            "unit_rating", unit_rating, "must be a Rating (use Rating.parse for text labels)"
        )
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Rating hasil kerja pimpinan unit kerja = rating unit kerja yang dipimpinnya",
                    "A unit head's work-result rating = the rating of the unit they lead",
                ),
                inputs=(("unit_rating", unit_rating),),
                result=unit_rating,
                citation=_UNIT_HEAD,
            )
        )
    return unit_rating


@explained_by(explains_value(unit_head))
def unit_head_work_result(unit_rating: Rating) -> Rating:
    """A unit head's work-result rating: the rating of the unit they lead.

    Args:
        unit_rating: The rating of the unit the employee leads.

    Returns:
        The same rating.

    Raises:
        InvalidValueError: If `unit_rating` is not a `Rating`.

    Examples:
        >>> unit_head_work_result(Rating.ABOVE_EXPECTATIONS)
        <Rating.ABOVE_EXPECTATIONS: 'Di Atas Ekspektasi'>
    """
    return unit_head(unit_rating)


def explain_unit_head_work_result(unit_rating: Rating) -> WorkResultOutcome:
    """Deprecated: use `explain(unit_head_work_result, ...)`; goes in the next release.

    Args:
        unit_rating: See `unit_head_work_result`.

    Returns:
        The head's work-result rating and its explanation.
    """
    deprecated("explain_unit_head_work_result", "explain(unit_head_work_result, ...)")
    steps: list[Step] = []
    rating = unit_head(unit_rating, trace=steps)
    return WorkResultOutcome(rating, Explanation(steps))
