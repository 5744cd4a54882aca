"""The distribution pattern over a population's units: which units fit, and how many would move.

For each unit given its organisation predikat, the unit's employee predikat (from a population
result) are checked against the pattern of SE MenPANRB 3/2023
([`check_distribution`][kinerja_core.organisation.check_distribution]) and, where they do not
fit, the smallest calibration is proposed
([`propose_calibration`][kinerja_core.organisation.propose_calibration]): the answer to "how
many of our employees would the distribution pattern move?". Only the counts of each unit
matter, so a unit of thousands costs what a unit of ten does.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import numpy as np

from kinerja_core.core.errors import InvalidValueError, KinerjaError
from kinerja_core.organisation.calibration import CalibrationProposal, propose_calibration
from kinerja_core.organisation.distribution import DistributionCheck, check_distribution
from kinerja_core.organisation.organisation_specs import OrganisationPredicate
from kinerja_core.performance.ratings import Predicate
from kinerja_core.population.columns import MISSING
from kinerja_core.population.results import PopulationResult

__all__ = ["UnitDistribution", "unit_distributions"]

_PREDICATES = tuple(Predicate)


@attrs.frozen
class UnitDistribution:
    """One unit's employee predikat against its pattern.

    Attributes:
        unit: The unit's name.
        organisation_predicate: Its organisation predikat.
        check: The verdict of the pattern (`.ok`, `.violations`, `.counts`).
        proposal: The smallest calibration when the unit does not fit (`None` when it fits).
        without_predicate: The unit's rows without a predikat (not counted).
    """

    unit: str
    organisation_predicate: OrganisationPredicate
    check: DistributionCheck
    proposal: CalibrationProposal | None
    without_predicate: int

    @property
    def ok(self) -> bool:
        """Whether the unit fits its pattern."""
        return not self.check.violations

    @property
    def employees_moved(self) -> int:
        """How many employees the smallest calibration would change (0 when the unit fits)."""
        return 0 if self.proposal is None else self.proposal.employees_changed


def unit_distributions(
    result: PopulationResult,
    organisation_predicates: Mapping[str, OrganisationPredicate | str],
) -> tuple[tuple[UnitDistribution, ...], dict[str, KinerjaError]]:
    """Check each unit's employee predikat against the pattern of its organisation predikat.

    Args:
        result: A population result whose population has a `unit` column.
        organisation_predicates: The organisation predikat of each unit to check (a member or
            its label, e.g. `"Baik"`); units not listed are not checked.

    Returns:
        The units checked, in the order given, and the error of each unit that could not be
        checked, by unit (e.g. a unit with no employee with a predikat, or an unknown
        organisation predikat label).

    Raises:
        InvalidValueError: If the population has no unit column, or a unit is not in it.
    """
    population = result.population
    rows_of = population.unit_rows()
    found: list[UnitDistribution] = []
    problems: dict[str, KinerjaError] = {}
    for name, given in organisation_predicates.items():
        rows = rows_of.get(name)
        if rows is None:
            raise InvalidValueError(
                "organisation_predicates",
                name,
                "is not a unit of the population",
                reason_id="bukan unit kerja dalam populasi",
                code="unknown_unit",
            )
        try:
            organisation = OrganisationPredicate.parse(given) if isinstance(given, str) else given
            codes = result.predicates[rows]
            counts = np.bincount(codes[codes != MISSING].astype(np.int64), minlength=5)
            predicates = [
                p for p, n in zip(_PREDICATES, counts.tolist(), strict=True) for _ in range(n)
            ]
            check = check_distribution(organisation, predicates, rules=result.rules)
            proposal = (
                None
                if not check.violations
                else propose_calibration(organisation, predicates, rules=result.rules)
            )
        except KinerjaError as error:
            problems[name] = error
            continue
        found.append(
            UnitDistribution(name, organisation, check, proposal, int((codes == MISSING).sum()))
        )
    return tuple(found), problems
