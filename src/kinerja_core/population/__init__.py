"""Populations: a whole workforce under a policy, column by column, and two policies compared.

Needs the `[population]` extra (numpy). [`Population`][kinerja_core.population.Population] holds
the rows; [`evaluate_population`][kinerja_core.population.evaluate_population] gives each row's
predikat, angka kredit, TPP and cuts, absence penalty and talent box as a
[`PopulationResult`][kinerja_core.population.PopulationResult], on a batch path (the rules as
lookup arrays, exact integer numpy) that gives exactly the values of the scalar rule functions,
which compute every row the batch path cannot hold;
[`compare_policies`][kinerja_core.population.compare_policies] runs one population under two
policies and says who changes and how;
[`plot_distribution`][kinerja_core.population.plot_distribution] draws one unit's predikat
against the distribution pattern (the `[plot]` extra, matplotlib).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kinerja_core.core._lazy import lazy_exports

if TYPE_CHECKING:
    from kinerja_core.population.columns import (
        ENUM_COLUMNS,
        WHOLE_COLUMNS,
        Population,
        RowProblem,
    )
    from kinerja_core.population.compare import PolicyComparison, compare_policies
    from kinerja_core.population.partitions import combine_results
    from kinerja_core.population.plans import PlanItems
    from kinerja_core.population.plot import plot_distribution
    from kinerja_core.population.results import RESULT_COLUMNS, PopulationResult
    from kinerja_core.population.run import Engine, evaluate_population
    from kinerja_core.population.units import UnitDistribution, unit_distributions

__all__ = [
    "ENUM_COLUMNS",
    "RESULT_COLUMNS",
    "WHOLE_COLUMNS",
    "Engine",
    "PlanItems",
    "PolicyComparison",
    "Population",
    "PopulationResult",
    "RowProblem",
    "UnitDistribution",
    "combine_results",
    "compare_policies",
    "evaluate_population",
    "plot_distribution",
    "unit_distributions",
]

_COLUMNS = "kinerja_core.population.columns"
_COMPARE = "kinerja_core.population.compare"
_PARTITIONS = "kinerja_core.population.partitions"
_PLANS = "kinerja_core.population.plans"
_PLOT = "kinerja_core.population.plot"
_RESULTS = "kinerja_core.population.results"
_RUN = "kinerja_core.population.run"
_UNITS = "kinerja_core.population.units"

_HOMES: dict[str, str] = {
    "ENUM_COLUMNS": _COLUMNS,
    "RESULT_COLUMNS": _RESULTS,
    "WHOLE_COLUMNS": _COLUMNS,
    "Engine": _RUN,
    "PlanItems": _PLANS,
    "PolicyComparison": _COMPARE,
    "Population": _COLUMNS,
    "PopulationResult": _RESULTS,
    "RowProblem": _COLUMNS,
    "UnitDistribution": _UNITS,
    "combine_results": _PARTITIONS,
    "compare_policies": _COMPARE,
    "evaluate_population": _RUN,
    "plot_distribution": _PLOT,
    "unit_distributions": _UNITS,
}
"""The module that defines each name (loaded on first use)."""

__getattr__, __dir__ = lazy_exports(globals(), _HOMES, __all__)
