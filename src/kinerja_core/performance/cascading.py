"""Cascading: organisation IKU → unit indicators → individual IKI, as a tree of links.

Regions cascade their vision and mission into the organisation's key indicators (IKU), the units'
indicators, and each employee's individual indicators (IKI). A
[`Cascade`][kinerja_core.performance.Cascade] holds the indicators as nodes and "supports" links
from each indicator to the ones above it. An indicator may support several above it (an
*intervensi*), so the cascade is a directed acyclic graph; cycles are rejected.

Three questions are answered:

- [`unsupported_indicators`][kinerja_core.performance.unsupported_indicators]: organisation or unit
  indicators that no individual indicator supports, directly or through a unit;
- [`unlinked_indicators`][kinerja_core.performance.unlinked_indicators]: individual indicators
  linked to nothing above them;
- [`roll_up`][kinerja_core.performance.roll_up]: achievement rolled up the tree — each indicator
  with supporting indicators gets the weighted mean of theirs (link weights, equal by default), and
  every link's contribution is explained.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._validators import instance_check, instance_of, non_blank, tuple_of
from kinerja_core.core.errors import InvalidValueError, KinerjaError, ValidationError
from kinerja_core.core.explain import Explanation, Step, Text
from kinerja_core.core.numbers import NumberLike, divide, exact_product, exact_sum, to_decimal
from kinerja_core.performance.indicators import Indicator, IndicatorLevel
from kinerja_core.performance.plans import PerformancePlan

__all__ = [
    "Cascade",
    "CascadeLink",
    "CascadeNode",
    "RollUp",
    "cascade_from_plans",
    "roll_up",
    "unlinked_indicators",
    "unsupported_indicators",
]


@attrs.frozen
class CascadeNode:
    """An indicator in the cascade.

    Attributes:
        key: The node's unique key (e.g. `"IKU-1"`, `"199001012015031001/IKI-2"`).
        indicator: The indicator; its `level` says IKU (organisation/unit) or IKI (individual).
        owner: Whose indicator it is (the organisation, a unit, or an employee's NIP).
    """

    key: str = attrs.field(validator=non_blank)
    indicator: Indicator = attrs.field(validator=instance_of(Indicator, "an Indicator"))
    owner: str = attrs.field(validator=non_blank)

    @property
    def is_individual(self) -> bool:
        """Whether this is an individual indicator (IKI)."""
        return self.indicator.level is IndicatorLevel.INDIVIDUAL


def _link_weight(value: object) -> Decimal:
    weight = to_decimal(value, field="weight")
    if weight <= 0:
        raise InvalidValueError(
            "weight",
            value,
            "must be greater than zero",
            reason_id="harus lebih besar dari nol",
            code="out_of_range",
        )
    return weight


@attrs.frozen
class CascadeLink:
    """A "supports" link: the `child` indicator supports the `parent` indicator.

    Attributes:
        child: The key of the supporting (lower) indicator.
        parent: The key of the supported (higher) indicator.
        weight: The child's relative weight among the parent's supporters (default 1: equal).
    """

    child: str = attrs.field(validator=non_blank)
    parent: str = attrs.field(validator=non_blank)
    weight: Decimal = attrs.field(default=Decimal(1), converter=_link_weight)


def _nodes(value: object) -> tuple[CascadeNode, ...]:
    return tuple_of(CascadeNode, "a CascadeNode")("nodes")(value)


def _links(value: object) -> tuple[CascadeLink, ...]:
    return tuple_of(CascadeLink, "a CascadeLink")("links")(value)


@attrs.frozen
class Cascade:
    """Indicators and the links between them; validated to be a DAG of known nodes.

    Attributes:
        nodes: The indicators.
        links: The "supports" links.

    Raises:
        ValidationError: Listing every problem at once: duplicate keys, links to unknown
            nodes, self-links, duplicate links, and cycles.
    """

    nodes: tuple[CascadeNode, ...] = attrs.field(converter=_nodes)
    links: tuple[CascadeLink, ...] = attrs.field(converter=_links, factory=tuple)
    _by_parent: dict[str, tuple[CascadeLink, ...]] = attrs.field(
        init=False, repr=False, eq=False, factory=dict
    )
    _by_child: dict[str, tuple[CascadeLink, ...]] = attrs.field(
        init=False, repr=False, eq=False, factory=dict
    )
    _by_key: dict[str, CascadeNode] = attrs.field(init=False, repr=False, eq=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        by_parent: defaultdict[str, list[CascadeLink]] = defaultdict(list)
        by_child: defaultdict[str, list[CascadeLink]] = defaultdict(list)
        for link in self.links:
            by_parent[link.parent].append(link)
            by_child[link.child].append(link)
        self._by_parent.update({key: tuple(found) for key, found in by_parent.items()})
        self._by_child.update({key: tuple(found) for key, found in by_child.items()})
        self._by_key.update((node.key, node) for node in reversed(self.nodes))
        problems: list[KinerjaError] = []
        keys = [node.key for node in self.nodes]
        seen: set[str] = set()
        for key in keys:
            if key in seen:
                problems.append(
                    InvalidValueError(
                        "nodes",
                        key,
                        "duplicate node key",
                        reason_id="kunci simpul ganda",
                        code="duplicate",
                    )
                )
            seen.add(key)
        pairs: set[tuple[str, str]] = set()
        for link in self.links:
            for end in (link.child, link.parent):
                if end not in seen:
                    problems.append(
                        InvalidValueError(
                            "links",
                            end,
                            "links to an unknown node",
                            reason_id="menautkan ke simpul yang tidak dikenal",
                            code="unknown_link",
                        )
                    )
            if link.child == link.parent:
                problems.append(
                    InvalidValueError(
                        "links",
                        link.child,
                        "a node cannot support itself",
                        reason_id="simpul tidak dapat mendukung dirinya sendiri",
                        code="inconsistent",
                    )
                )
            if (link.child, link.parent) in pairs:
                problems.append(
                    InvalidValueError(
                        "links",
                        f"{link.child} → {link.parent}",
                        "duplicate link",
                        reason_id="tautan ganda",
                        code="duplicate",
                    )
                )
            pairs.add((link.child, link.parent))
        if not problems and self._order() is None:
            problems.append(
                InvalidValueError(
                    "links",
                    self.links,
                    "the links form a cycle",
                    reason_id="tautan-tautan membentuk lingkaran",
                    code="cycle",
                )
            )
        if problems:
            raise ValidationError("cascade", self, problems)

    def node(self, key: str) -> CascadeNode:
        """The node with the given key.

        Args:
            key: The key.

        Returns:
            The node.

        Raises:
            InvalidValueError: If there is no such node.
        """
        found = self._by_key.get(key) if isinstance(key, str) else None
        if found is None:
            raise InvalidValueError(
                "key",
                key,
                "no such node in the cascade",
                reason_id="simpul ini tidak ada dalam cascading",
                code="unknown_key",
            )
        return found

    def children(self, key: str) -> tuple[CascadeLink, ...]:
        """The links from the indicators that support `key`."""
        return self._by_parent.get(key, ())

    def parents(self, key: str) -> tuple[CascadeLink, ...]:
        """The links from `key` to the indicators it supports."""
        return self._by_child.get(key, ())

    def _order(self) -> tuple[str, ...] | None:
        """The keys with every child before its parents, or `None` if there is a cycle."""
        waiting = {node.key: len(self.children(node.key)) for node in self.nodes}
        ready = deque(key for key, count in waiting.items() if count == 0)
        order: list[str] = []
        while ready:
            key = ready.popleft()
            order.append(key)
            for link in self.parents(key):
                waiting[link.parent] -= 1
                if waiting[link.parent] == 0:
                    ready.append(link.parent)
        return tuple(order) if len(order) == len(self.nodes) else None

    @property
    def bottom_up(self) -> tuple[str, ...]:
        """The node keys in an order where every supporting node comes before what it supports."""
        return self._order() or ()  # never empty for a valid cascade: it is acyclic


_check_cascade = instance_check(Cascade, "cascade", "must be a Cascade")


def unsupported_indicators(cascade: Cascade) -> tuple[CascadeNode, ...]:
    """Organisation or unit indicators (IKU) that no individual indicator supports.

    An IKU counts as supported when an individual indicator (IKI) supports it directly or
    through any chain of unit indicators.

    Args:
        cascade: The cascade.

    Returns:
        The unsupported IKU nodes, in cascade order.
    """
    checked = _check_cascade(cascade)
    reached: dict[str, bool] = {}
    for key in checked.bottom_up:
        node = checked.node(key)
        reached[key] = node.is_individual or any(
            reached[link.child] for link in checked.children(key)
        )
    return tuple(node for node in checked.nodes if not node.is_individual and not reached[node.key])


def unlinked_indicators(cascade: Cascade) -> tuple[CascadeNode, ...]:
    """Individual indicators (IKI) that support nothing above them.

    Args:
        cascade: The cascade.

    Returns:
        The unlinked IKI nodes, in cascade order.
    """
    checked = _check_cascade(cascade)
    return tuple(
        node for node in checked.nodes if node.is_individual and not checked.parents(node.key)
    )


@attrs.frozen
class RollUp:
    """Achievements rolled up a cascade.

    Attributes:
        values: The achievement of every node: as given for nodes without supporters, the
            weighted mean of the supporters' for the others.
        measured: Achievements given for nodes that have supporters (not used in the roll-up,
            kept for comparison with the rolled-up value).
        explanation: One step per rolled-up node, listing each link's contribution.
    """

    values: FrozenMap[str, Decimal]
    measured: FrozenMap[str, Decimal]
    explanation: Explanation

    def to_dict(self) -> dict[str, Any]:
        """The roll-up as plain data."""
        return {
            "values": {key: str(value) for key, value in self.values.items()},
            "measured": {key: str(value) for key, value in self.measured.items()},
            "explanation": self.explanation.to_dict(),
        }


def roll_up(cascade: Cascade, achievements: Mapping[str, NumberLike]) -> RollUp:
    """Roll achievements up the cascade.

    Args:
        cascade: The cascade.
        achievements: The achievement (percent) of every node that has no supporting
            indicators; values for other nodes are kept as `measured`, not used.

    Returns:
        The rolled-up values and the explanation of each link's contribution.

    Raises:
        ValidationError: If achievements are missing for some leaf nodes or given for unknown
            keys (all listed at once).
        InvalidValueError: For an achievement that is not an exact number.
    """
    checked = _check_cascade(cascade)
    if not isinstance(achievements, Mapping):
        raise InvalidValueError(
            "achievements",
            achievements,
            "must map node keys to percentages",
            reason_id="harus memetakan kunci simpul ke persentase capaian",
            code="wrong_type",
        )
    given = {
        key: to_decimal(value, field=f"achievements[{key}]") for key, value in achievements.items()
    }
    keys = {node.key for node in checked.nodes}
    problems: list[KinerjaError] = [
        InvalidValueError(
            "achievements",
            key,
            "not a node of the cascade",
            reason_id="bukan simpul cascading ini",
            code="unknown_key",
        )
        for key in given
        if key not in keys
    ]
    problems.extend(
        InvalidValueError(
            f"achievements[{node.key}]",
            None,
            "missing (the node has no supporters)",
            reason_id="belum diisi (simpul ini tidak memiliki pendukung)",
            code="missing",
        )
        for node in checked.nodes
        if not checked.children(node.key) and node.key not in given
    )
    if problems:
        raise ValidationError("achievements", achievements, problems)
    values: dict[str, Decimal] = {}
    measured: dict[str, Decimal] = {}
    steps: list[Step] = []
    for key in checked.bottom_up:
        supporters = checked.children(key)
        if not supporters:
            values[key] = given[key]
            continue
        if key in given:
            measured[key] = given[key]
        total_weight = exact_sum(link.weight for link in supporters)
        weighted = exact_sum(exact_product(link.weight, values[link.child]) for link in supporters)
        values[key] = divide(weighted, total_weight)
        contributions = [
            (link, divide(exact_product(link.weight, values[link.child]), total_weight))
            for link in supporters
        ]
        steps.append(
            Step(
                Text(
                    f"Capaian {key} dari indikator pendukung (rata-rata tertimbang)",
                    f"Achievement of {key} from its supporting indicators (weighted mean)",
                ),
                inputs=[
                    (f"{link.child} (bobot {link.weight}/{total_weight})", share)
                    for link, share in contributions
                ],
                result=values[key],
            )
        )
    return RollUp(
        FrozenMap({node.key: values[node.key] for node in checked.nodes}),
        FrozenMap(measured),
        Explanation(steps),
    )


def cascade_from_plans(
    organisation: Iterable[CascadeNode],
    plans: Iterable[PerformancePlan],
    *,
    links: Iterable[CascadeLink] = (),
) -> Cascade:
    """A cascade from the organisation's and units' indicators and employees' plans.

    Each plan item becomes a node keyed `"<employee>/<item key>"`, owned by the employee, with
    a link (weight 1) to every indicator it `supports`.

    Args:
        organisation: The organisation's and units' indicator nodes.
        plans: The employees' plans.
        links: The links among the organisation's and units' nodes.

    Returns:
        The cascade (validated: a link to an unknown key is reported with all other problems).
    """
    nodes = list(_nodes(organisation))
    all_links = list(_links(links))
    for plan in tuple_of(PerformancePlan, "a PerformancePlan")("plans")(plans):
        for item in plan.items:
            key = f"{plan.employee}/{item.key}"
            nodes.append(CascadeNode(key, item.indicator, plan.employee))
            all_links.extend(CascadeLink(key, parent) for parent in item.supports)
    return Cascade(nodes, all_links)
