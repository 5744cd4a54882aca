"""A picture of one unit's predikat against the distribution pattern (needs the `[plot]` extra).

[`plot_distribution`][kinerja_core.population.plot_distribution] draws, for one unit of a
population result, a bar per employee predikat (how many of the unit's employees hold it) and,
for each clause of SE MenPANRB 3/2023's pattern for the unit's organisation predikat, the range
of counts the clause allows for a unit of that size (shaded over the predikat it counts: green
when the unit meets it, red when not, with a diamond at the unit's count). The title gives the
verdict. The counts and the ranges come from the library's own check
([`check_distribution`][kinerja_core.organisation.check_distribution]): the picture shows what
the library decides, and decides nothing itself.

matplotlib is imported only when a picture is asked for; the function draws on the axes given
(or on a new figure) and returns them: saving the figure is the caller's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import numpy as np

from kinerja_core.core._text import Lang, check_lang
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Text
from kinerja_core.core.parameters import Rules
from kinerja_core.organisation.distribution import (
    ORDER,
    check_distribution,
    check_organisation_predicate,
    clause_bounds,
)
from kinerja_core.organisation.organisation_specs import (
    DISTRIBUTION_PATTERN,
    DISTRIBUTION_READINGS,
    OrganisationPredicate,
)
from kinerja_core.population.results import PopulationResult

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_distribution"]

MET_COLOUR: Final = "#2e7d32"
"""The colour of a clause the unit meets."""
NOT_MET_COLOUR: Final = "#c62828"
"""The colour of a clause the unit does not meet."""
BAR_COLOUR: Final = "#90a4ae"
"""The colour of the count bars."""

_FITS = Text("memenuhi pola distribusi", "fits the distribution pattern")
_DOES_NOT_FIT = Text("tidak memenuhi pola distribusi", "does not fit the distribution pattern")
_ORGANISATION = Text("predikat organisasi", "organisation predikat")
_EMPLOYEES = Text("pegawai", "employees")
_WITHOUT = Text("tanpa predikat", "without a predikat")
_COUNTED = Text("jumlah pegawai", "number of employees")
_ALLOWED = Text("rentang yang dibolehkan", "allowed range")


def _matplotlib() -> Any:  # noqa: ANN401 (the optional module)
    try:
        import matplotlib.pyplot as plt  # noqa: PLC0415
    except ImportError as error:  # pragma: no cover - the test environment has it
        raise ImportError(
            "matplotlib is needed for plot_distribution: pip install 'kinerja-core[plot]'"
        ) from error
    return plt


def _unit_rows(result: PopulationResult, unit: str) -> Any:  # noqa: ANN401 (an index array)
    population = result.population
    if population.unit is None:
        raise InvalidValueError(
            "unit",
            unit,
            "the population has no unit column",
            reason_id="populasi tidak memiliki kolom unit",
            code="required",
        )
    if unit not in population.unit_names:
        shown = ", ".join(population.unit_names[:10])
        more = ", …" if len(population.unit_names) > 10 else ""
        raise InvalidValueError(
            "unit",
            unit,
            f"is not a unit of the population (e.g. {shown}{more})",
            reason_id=f"bukan unit dalam populasi (misalnya {shown}{more})",
            code="unknown_unit",
        )
    return np.flatnonzero(population.unit == population.unit_names.index(unit))


def plot_distribution(
    result: PopulationResult,
    *,
    unit: str,
    organisation_predicate: OrganisationPredicate,
    rules: Rules | None = None,
    ax: Axes | None = None,
    lang: Lang = "id",
) -> Axes:
    """Draw one unit's predikat counts against the pattern of its organisation predikat.

    Each employee predikat is a bar of the unit's count; each clause of the pattern is a shaded
    range of the counts it allows for the unit's size (minima rounded up, maxima down, as the
    check reads them), spanning the predikat it counts, green when met and red when not, with a
    diamond at the unit's count of those predikat. The title names the unit, its organisation
    predikat and the verdict. Rows without a predikat (problems, or no predikat column) are not
    counted; the axis label says how many there are.

    Args:
        result: A population result whose population has a `unit` column.
        unit: The unit's name, as in the population's `unit` column.
        organisation_predicate: The unit's organisation predikat.
        rules: The rules of the pattern; default: the result's rules.
        ax: The matplotlib axes to draw on; default: a new figure's.
        lang: The language of the labels, `"id"` (default) or `"en"`.

    Returns:
        The axes drawn on (save or show their figure yourself: nothing is written).

    Raises:
        InvalidValueError: If `result` is not a `PopulationResult`, the population has no
            unit column, `unit` is not one of its units, the organisation predikat is not an
            `OrganisationPredicate`, `lang` is unknown, or no employee of the unit has a
            predikat.
        ImportError: If matplotlib is not installed (the `[plot]` extra).
    """
    if not isinstance(result, PopulationResult):
        raise InvalidValueError(
            "result",
            type(result).__name__,
            "must be a PopulationResult (evaluate_population's result)",
            reason_id="harus berupa PopulationResult (hasil evaluate_population)",
            code="wrong_type",
        )
    organisation = check_organisation_predicate(organisation_predicate)
    checked = check_lang(lang)
    in_force = result.rules if rules is None else rules
    rows = _unit_rows(result, unit)
    counts = result.predicate_counts(rows)
    predicates = [p for p in ORDER for _ in range(counts[p])]
    if not predicates:
        raise InvalidValueError(
            "unit",
            unit,
            "no employee of the unit has a predikat",
            reason_id="tidak ada pegawai unit ini yang memiliki predikat",
            code="empty",
        )
    check = check_distribution(organisation, predicates, rules=in_force)
    failed = {violation.clause for violation in check.violations}
    rule = in_force[DISTRIBUTION_PATTERN].lookup(organisation, field="organisation_predicate")
    readings = in_force[DISTRIBUTION_READINGS]

    if ax is None:
        _, ax = _matplotlib().subplots(figsize=(8, 5), layout="constrained")
    else:
        _matplotlib()
    positions = np.arange(len(ORDER))
    ax.bar(
        positions,
        [counts[p] for p in ORDER],
        width=0.6,
        color=BAR_COLOUR,
        label=_COUNTED(checked),
        zorder=2,
        gid="counts",
    )
    size = check.size
    for index, clause in enumerate(rule.clauses):
        low, high = clause_bounds(clause, size, readings)
        where = [ORDER.index(p) for p in clause.predicates]
        left, right = min(where) - 0.4, max(where) + 0.4
        colour = NOT_MET_COLOUR if clause in failed else MET_COLOUR
        bottom, top = min(low, high), max(low, high)
        ax.fill_between(
            [left, right],
            bottom,
            top,
            color=colour,
            alpha=0.18,
            linewidth=1.5,
            edgecolor=colour,
            zorder=1,
            gid=f"clause-{index}",
            label=f"{_ALLOWED(checked)}: {clause.label(checked)}",
        )
        count = sum(counts[p] for p in clause.predicates)
        ax.plot(
            [(left + right) / 2],
            [count],
            marker="D",
            color=colour,
            zorder=3,
            gid=f"count-{index}",
        )
    ax.set_xticks(positions, [p.label(checked).replace(" ", "\n") for p in ORDER])
    ax.set_ylim(0, size * 1.05)
    without = counts[None]
    ylabel = f"{_EMPLOYEES(checked)} (n = {size})"
    if without:
        ylabel += f"; {without} {_WITHOUT(checked)}"
    ax.set_ylabel(ylabel)
    verdict = (_FITS if check.ok else _DOES_NOT_FIT)(checked)
    ax.set_title(
        f"{unit}\n{_ORGANISATION(checked)} {organisation.label(checked)}: {verdict}",
        color=MET_COLOUR if check.ok else NOT_MET_COLOUR,
    )
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), fontsize="small", frameon=False)
    return ax
