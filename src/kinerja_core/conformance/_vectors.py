"""Golden vectors: input → output cases for other systems to verify themselves against."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, Final, cast

import attrs

from kinerja_core._dispatch import evaluate
from kinerja_core.careers.credit_specs import CREDIT_COEFFICIENTS, FunctionalLevel
from kinerja_core.careers.credits import credit_points
from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core.documents import Document, tag, untag
from kinerja_core.core.errors import KinerjaError
from kinerja_core.core.law import Citation
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import BandTable, LookupMatrix, tables_of
from kinerja_core.discipline.absence import absence_sanction
from kinerja_core.discipline.absence_specs import ABSENCE_PENALTIES, PositionKind
from kinerja_core.legacy import pp30_2019, pp46_2011
from kinerja_core.legacy.pp30_2019_specs import PP30_ACHIEVEMENT_BANDS, PP30_PREDICATE_BANDS
from kinerja_core.legacy.pp46_2011_specs import (
    PP46_ADDITIONAL_TASK_BANDS,
    PP46_CATEGORY_BANDS,
    PP46_CREATIVITY_VALUES,
    CreativityLevel,
)
from kinerja_core.national import NATIONAL
from kinerja_core.performance.achievement_formulas import achievement
from kinerja_core.performance.predicate import PREDICATE_MATRIX, performance_predicate
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.performance.work_result import WORK_RESULT_BANDS, propose_work_result_rating
from kinerja_core.regimes.timeline import regime_on
from kinerja_core.regimes.timeline_specs import Regime
from kinerja_core.talent.box import talent_box
from kinerja_core.talent.box_specs import TALENT_BOX_MATRIX, Potential

__all__ = ["FUNCTIONS", "Vector", "generate_vectors", "replay"]

FUNCTIONS: Final[Mapping[str, tuple[Callable[..., Any], bool]]] = {
    "kinerja_core.performance_predicate": (performance_predicate, True),
    "kinerja_core.propose_work_result_rating": (propose_work_result_rating, True),
    "kinerja_core.achievement": (achievement, True),
    "kinerja_core.evaluate": (evaluate, False),
    "kinerja_core.legacy.pp30_2019.predicate": (pp30_2019.predicate, True),
    "kinerja_core.legacy.pp30_2019.achievement_category": (pp30_2019.achievement_category, True),
    "kinerja_core.legacy.pp46_2011.category": (pp46_2011.category, True),
    "kinerja_core.legacy.pp46_2011.additional_tasks_value": (
        pp46_2011.additional_tasks_value,
        True,
    ),
    "kinerja_core.legacy.pp46_2011.creativity_value": (pp46_2011.creativity_value, True),
    "kinerja_core.discipline.absence_sanction": (absence_sanction, True),
    "kinerja_core.careers.credit_points": (credit_points, True),
    "kinerja_core.talent.talent_box": (talent_box, True),
}
"""The rule functions the vectors cover, by their public name, with whether they take `rules=`
(those that do are called with the national rules on the vector's date)."""

_STEP: Final = Decimal("0.01")
"""How far on each side of a band edge the vectors probe (a hundredth, as scores are printed)."""


def _keywords(value: Mapping[str, object]) -> FrozenMap[str, object]:
    return FrozenMap(value)


@attrs.frozen
class Vector(Document):
    """One golden vector: a rule function, its inputs, the date of the rules, the expected output.

    Attributes:
        function: The rule's public name (e.g. `kinerja_core.performance_predicate`).
        kind: Why the case is there: `cell` (a table cell), `edge` (a band edge or one side of
            it), `example` (a worked example) or `random` (a seeded random case).
        on: The date of the national rules used (the rules in force that day).
        regime: The regime in force on that date.
        args: The positional inputs (any value, written tagged).
        kwargs: The keyword inputs other than `rules`.
        expected: The output (tagged); `None` when the rule refuses the inputs.
        error: The error code when the rule refuses the inputs, else `None`.
        citation: The legal source of the table the case comes from, when there is one.
    """

    __document_top__ = True

    function: str
    kind: str
    on: date
    regime: Regime | None = None
    args: tuple[object, ...] = ()
    kwargs: FrozenMap[str, object] = attrs.field(factory=FrozenMap, converter=_keywords)
    expected: object = None
    error: str | None = None
    citation: Citation | None = None


def replay(vector: Vector) -> Vector:
    """Run a vector's rule again on its inputs: the vector as the library computes it today.

    Args:
        vector: The vector (e.g. read from the committed files).

    Returns:
        The same vector with `expected` and `error` recomputed; equal to `vector` when the
        library still gives the recorded output.

    Raises:
        KinerjaError: If the vector names a function the vectors do not cover.
    """
    entry = FUNCTIONS.get(vector.function)
    if entry is None:
        raise KinerjaError(
            "function",
            vector.function,
            "not a function the golden vectors cover; known: " + ", ".join(FUNCTIONS),
            reason_id="bukan fungsi yang dicakup vektor acuan; yang dikenal: "
            + ", ".join(FUNCTIONS),
            code="unknown_function",
        )
    function, takes_rules = entry
    kwargs = dict(vector.kwargs)
    if takes_rules:
        kwargs["rules"] = NATIONAL.at(vector.on)
    try:
        value = function(*vector.args, **kwargs)
    except KinerjaError as error:
        return attrs.evolve(vector, expected=None, error=error.code)
    return attrs.evolve(vector, expected=untag(tag(value)), error=None)


def _vector(function: str, kind: str, on: date, *args: object, **kwargs: object) -> Vector:
    citation = kwargs.pop("citation", None)
    inputs: FrozenMap[str, object] = FrozenMap(kwargs)
    cited = citation if isinstance(citation, Citation) else None
    blank = Vector(function, kind, on, regime_on(on), args, inputs, citation=cited)
    return replay(blank)


def _versions(spec: ParameterSpec[Any]) -> Iterator[tuple[date, Any, Citation]]:
    for version in NATIONAL.parameter(spec.name).versions:
        on = max(version.effective_from, date(2014, 1, 2))
        yield on, version.value, version.citation


def _matrix_cells() -> Iterator[Vector]:
    for on, matrix, citation in _versions(PREDICATE_MATRIX):
        if not isinstance(matrix, LookupMatrix):  # pragma: no cover - the matrix is a table
            continue
        keys = cast(list[tuple[object, object]], list(matrix))
        for work, behaviour in keys:
            yield _vector(
                "kinerja_core.performance_predicate", "cell", on, work, behaviour, citation=citation
            )


def _pp46_tables() -> Iterator[Vector]:
    for on, bands, citation in _versions(PP46_ADDITIONAL_TASK_BANDS):
        counts = sorted({count for count, _ in bands} | {0, max(c for c, _ in bands) + 1})
        for count in sorted({c for n in counts for c in (n - 1, n) if c >= 0}):
            yield _vector(
                "kinerja_core.legacy.pp46_2011.additional_tasks_value",
                "edge",
                on,
                count,
                citation=citation,
            )
    for on, _, citation in _versions(PP46_CREATIVITY_VALUES):
        for level in (*CreativityLevel, None):
            yield _vector(
                "kinerja_core.legacy.pp46_2011.creativity_value",
                "cell",
                on,
                level,
                citation=citation,
            )


def _edges(table: BandTable[Any]) -> list[Decimal]:
    found: set[Decimal] = set()
    for band in table.bands:
        for edge in (band.lower, band.upper):
            if edge is not None:
                found.update({Decimal(edge) - _STEP, Decimal(edge), Decimal(edge) + _STEP})
    return sorted(found)


_EDGE_RULES: Final = (
    (WORK_RESULT_BANDS, "kinerja_core.propose_work_result_rating"),
    (PP30_PREDICATE_BANDS, "kinerja_core.legacy.pp30_2019.predicate"),
    (PP30_ACHIEVEMENT_BANDS, "kinerja_core.legacy.pp30_2019.achievement_category"),
    (PP46_CATEGORY_BANDS, "kinerja_core.legacy.pp46_2011.category"),
)


def _band_edges() -> Iterator[Vector]:
    for spec, function in _EDGE_RULES:
        for on, value, citation in _versions(spec):
            points: set[Decimal] = set()
            for table in tables_of(value):
                if isinstance(table, BandTable):
                    points.update(_edges(table))
            for point in sorted(points):
                yield _vector(function, "edge", on, point, citation=citation)


def _absence_days() -> Iterator[Vector]:
    """Every day count of each absence table (0 to one past the last edge), both sides."""
    function = "kinerja_core.discipline.absence_sanction"
    for on, table, citation in _versions(ABSENCE_PENALTIES):
        top = int(max(band.lower for band in table.bands if band.lower is not None))
        for days in range(top + 2):
            yield _vector(function, "edge", on, days, citation=citation)
        official = [b for b in table.bands if b.value.officials_only]
        for band in official:  # rows only for structural/functional officials, both kinds
            low = int(band.lower or 0)
            for position in (PositionKind.FUNCTIONAL, PositionKind.EXECUTOR):
                yield _vector(function, "edge", on, low, position=position, citation=citation)
        for consecutive in (9, 10):
            yield _vector(
                function, "edge", on, consecutive, consecutive_days=consecutive, citation=citation
            )


def _consequence_cells() -> Iterator[Vector]:
    """Every cell of the angka kredit table and of the talent 9-box.

    The angka kredit cells are every predikat × level for a full year, and each month count for
    Ahli Pertama.
    """
    for on, _, citation in _versions(CREDIT_COEFFICIENTS):
        for level in FunctionalLevel:
            for predicate in Predicate:
                yield _vector(
                    "kinerja_core.careers.credit_points",
                    "cell",
                    on,
                    predicate,
                    level,
                    citation=citation,
                )
        for predicate in Predicate:
            for months in range(1, 12):
                yield _vector(
                    "kinerja_core.careers.credit_points",
                    "cell",
                    on,
                    predicate,
                    FunctionalLevel.AHLI_PERTAMA,
                    months=months,
                    citation=citation,
                )
    for on, _, citation in _versions(TALENT_BOX_MATRIX):
        for rating in Rating:
            for potential in Potential:
                yield _vector(
                    "kinerja_core.talent.talent_box",
                    "cell",
                    on,
                    rating,
                    potential,
                    citation=citation,
                )


def generate_vectors(*, seed: int = 2024, random_cases: int = 40) -> tuple[Vector, ...]:
    """Every golden vector, in a stable order.

    Args:
        seed: The seed of the random cases (the committed vectors use the default).
        random_cases: How many seeded random achievement and evaluation cases to add.

    Returns:
        The vectors: every predikat-matrix cell of every dated version, both sides of every band
        edge of the work-result, PP 30/2019 and PP 46/2011 tables (categories, additional
        tasks), every PP 46/2011 creativity value, every day count of the PP 53/2010 and PP
        94/2021 absence tables (with the officials-only rows and the consecutive-days rule),
        every cell of the angka kredit table and of the talent 9-box, the worked examples of the
        docs, and seeded random cases.
    """
    from kinerja_core.conformance._generator import examples, random_vectors  # noqa: PLC0415

    found = [
        *_matrix_cells(),
        *_band_edges(),
        *_pp46_tables(),
        *_absence_days(),
        *_consequence_cells(),
    ]
    found.extend(_vector(*example[:3], *example[3:]) for example in examples())
    found.extend(
        _vector(function, "random", on, *args)
        for function, on, args in random_vectors(seed, random_cases)
    )
    return tuple(found)
