"""A calibration proposal: the smallest change of predikat that fits the distribution pattern.

When a unit's predikat do not fit the pattern of its organisation predikat
([`check_distribution`][kinerja_core.organisation.check_distribution]), the leader asks: what is
the smallest change? [`propose_calibration`][kinerja_core.organisation.propose_calibration]
answers with a **suggestion** — it is never applied silently; the leader decides, and
[`CalibrationProposal.apply`][kinerja_core.organisation.CalibrationProposal.apply] applies it only
when asked.

**The order of goals.** Among all the predikat distributions that pass the check, the proposal
chooses, in this order:

1. the fewest employees changed;
2. then the fewest steps in total (Baik → Butuh Perbaikan is one step, Baik → Kurang two);
3. then the fewest moves into Kurang/Misconduct or Sangat Kurang (each needs a behaviour finding);
4. then moves up rather than down (the kinder change when everything else is equal).

Which employees move is decided last: when their achievements are given (e.g. each one's
weighted SKP achievement), a move up goes to those of the predikat with the highest achievement
and a move down to those with the lowest (the employees nearest the boundary); otherwise the
employees are taken in the order given.

**A behaviour finding is not an adjustment.** Kurang/Misconduct and Sangat Kurang follow from a
behaviour rating of Di Bawah Ekspektasi. A change that moves someone into them from a higher
predikat is flagged (`needs_behaviour_finding`): it is only valid if the employee's behaviour was
actually found below expectations.

**When nothing can fit.** Some patterns cannot be met by any distribution — a Kurang unit of one
or two employees needs at least 60 % Kurang *and* at least 10 % Butuh Perbaikan, which rounds to
one employee each. The proposal then says so (`feasible` is `False`, with the reason), without
searching.

**How it is found.** The verdict depends only on how many employees hold each predikat, so the
search runs over count vectors, not over people: the clauses of a pattern count disjoint groups
of predikat, so the passing count vectors are those whose group totals lie between each group's
minimum and maximum, and the cheapest way to reach one is a minimum-cost flow on a network of a
few nodes (origin predikat → new predikat → group). It takes the same few steps for a unit of 5
or of 5 000.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from functools import lru_cache
from typing import cast

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._validators import a_bool, enum_repr, member_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError, ValidationError
from kinerja_core.core.explain import (
    NO_STEPS,
    Explainable,
    Explanation,
    Lang,
    Recipe,
    Step,
    Text,
    Trace,
    check_lang,
    explained_by,
    explains_result,
)
from kinerja_core.core.numbers import NumberLike, exact_number
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.organisation.distribution import (
    ORDER,
    Counts,
    Requirement,
    check_organisation_predicate,
    count_vector,
    counts_map,
    failures,
    population,
    requirements,
    verdict,
)
from kinerja_core.organisation.organisation_specs import (
    DISTRIBUTION_PATTERN,
    DISTRIBUTION_READINGS,
    OrganisationPredicate,
)
from kinerja_core.performance.ratings import Predicate

__all__ = ["CalibrationProposal", "PredicateChange", "propose_calibration"]

_FINDING = frozenset({Predicate.POOR, Predicate.VERY_POOR})
"""The predikat that follow from a behaviour rating of Di Bawah Ekspektasi."""


def needs_finding(current: Predicate, proposed: Predicate) -> bool:
    """Whether a change moves an employee into Kurang/Sangat Kurang from a higher predikat."""
    return proposed in _FINDING and current not in _FINDING


@attrs.frozen
class PredicateChange(Document):
    """One suggested change of an employee's predikat.

    Attributes:
        employee: The employee's key (as given; a position `"0"`, `"1"`, ... for a sequence).
        current: The predikat now.
        proposed: The suggested predikat.
        needs_behaviour_finding: Whether the change moves the employee into Kurang/Misconduct
            or Sangat Kurang from a higher predikat: only valid if their behaviour was actually
            found below expectations (Di Bawah Ekspektasi), never as a mere adjustment.
    """

    __document_derived__ = ("steps",)

    employee: str
    current: Predicate = attrs.field(validator=member_of(Predicate), repr=enum_repr)
    proposed: Predicate = attrs.field(validator=member_of(Predicate), repr=enum_repr)
    needs_behaviour_finding: bool = attrs.field(default=False, validator=a_bool)

    @property
    def steps(self) -> int:
        """How many predikat apart the two are (Baik → Kurang/Misconduct is 2)."""
        return abs(self.current.rank - self.proposed.rank)

    def label(self, lang: Lang) -> str:
        """The change in one line.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            E.g. `"3: Baik → Butuh Perbaikan"`.
        """
        checked = check_lang(lang)
        text = f"{self.employee}: {self.current.label(checked)} → {self.proposed.label(checked)}"
        if self.needs_behaviour_finding:
            text += Text(
                " (hanya bila perilaku kerjanya memang Di Bawah Ekspektasi)",
                " (only if their behaviour was actually found below expectations)",
            )(checked)
        return text


@attrs.frozen
class CalibrationProposal(Explainable, Document):
    """A suggested calibration for the leader; never applied unless `apply` is called.

    Attributes:
        organisation_predicate: The unit's organisation predikat.
        feasible: Whether any distribution of the unit's size fits the pattern; when not,
            `changes` is empty and `reason` says why.
        changes: The suggested changes (empty when the unit already fits or nothing can fit).
        before: How many employees hold each predikat now (Sangat Baik first).
        after: How many would hold each after the changes (the same as `before` when nothing
            changes).
        reason: Why no distribution fits, when `feasible` is `False`.
        explanation: The steps (the check, the order of goals, the changes), built when read.
    """

    __document_derived__ = ("employees_changed", "total_steps")

    organisation_predicate: OrganisationPredicate = attrs.field(
        validator=member_of(OrganisationPredicate), repr=enum_repr
    )
    feasible: bool
    changes: tuple[PredicateChange, ...]
    before: FrozenMap[Predicate, int]
    after: FrozenMap[Predicate, int]
    reason: Text | None = None
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False
    )

    @property
    def employees_changed(self) -> int:
        """How many employees the proposal changes."""
        return len(self.changes)

    @property
    def total_steps(self) -> int:
        """The steps of all the changes together."""
        return sum(change.steps for change in self.changes)

    @property
    def needs_behaviour_finding(self) -> tuple[PredicateChange, ...]:
        """The changes that need a behaviour finding (into Kurang or Sangat Kurang)."""
        return tuple(change for change in self.changes if change.needs_behaviour_finding)

    def apply(
        self, predicates: Mapping[str, Predicate] | Sequence[Predicate]
    ) -> dict[str, Predicate] | tuple[Predicate, ...]:
        """The unit's predikat with the suggested changes applied (an explicit, separate step).

        Args:
            predicates: The same employees the proposal was made for (a mapping or a sequence).

        Returns:
            A new mapping (for a mapping) or tuple (for a sequence); the argument is unchanged.

        Raises:
            InvalidValueError: If the employees or their current predikat are not the ones the
                proposal was made for.
        """
        pairs = population(predicates)
        current = dict(pairs)
        for change in self.changes:
            if current.get(change.employee) is not change.current:
                raise InvalidValueError(
                    "predicates",
                    change.employee,
                    f"not the unit the proposal was made for (expected {change.current.value})",
                    reason_id="bukan unit yang menjadi dasar usulan ini (seharusnya "
                    f"{change.current.value})",
                    code="inconsistent",
                )
            current[change.employee] = change.proposed
        if isinstance(predicates, Mapping):
            return current
        return tuple(current[key] for key, _ in pairs)


# --------------------------------------------------------------------------------------------
# The search over count vectors
# --------------------------------------------------------------------------------------------


def blocks(required: tuple[Requirement, ...], size: int) -> list[tuple[int, int, int]]:
    """The groups of predikat with their allowed totals: (mask, least, most), covering all five.

    Clauses that count the same group are intersected; the predikat no clause counts form one
    more group with no bound. (The pattern's check guarantees the groups are disjoint.)
    """
    bounds: dict[int, tuple[int, int]] = {}
    for mask, low, high in required:
        old_low, old_high = bounds.get(mask, (0, size))
        bounds[mask] = (max(old_low, low), min(old_high, high))
    free = (1 << len(ORDER)) - 1
    for mask in bounds:
        free &= ~mask
    if free:
        bounds[free] = (0, size)
    return [(mask, low, high) for mask, (low, high) in bounds.items()]


def infeasibility(groups: list[tuple[int, int, int]], size: int) -> Text | None:
    """Why no count vector of `size` employees fits the groups, or `None` if one does."""
    for mask, low, high in groups:
        if low > high:
            names = ", ".join(ORDER[i].value for i in range(len(ORDER)) if mask >> i & 1)
            return Text(
                f"kelompok {names} memerlukan paling sedikit {low} tetapi paling banyak {high} "
                f"pegawai pada unit berisi {size} pegawai",
                f"the group {names} needs at least {low} but at most {high} employees in a "
                f"unit of {size}",
            )
    least = sum(low for _, low, _ in groups)
    if least > size:
        return Text(
            f"batas-batas minimum pola ini bersama-sama memerlukan {least} pegawai, padahal "
            f"unit hanya berisi {size} pegawai",
            f"the pattern's minima together need {least} employees, but the unit has only {size}",
        )
    return None


@lru_cache(maxsize=256)
def _costs(size: int) -> tuple[tuple[int, ...], ...]:
    """The cost of moving one employee from `ORDER[i]` to `ORDER[j]`, as exact integers.

    Weighted so that the totals compare in the order of goals: employees changed ≫ steps ≫
    moves into Kurang/Sangat Kurang ≫ moves down (no total of a lower goal reaches one unit of
    a higher one in a unit of `size` employees).
    """
    w3 = size + 1
    w2 = (size + 1) * w3
    w1 = (4 * size + 1) * w2
    kinds = range(len(ORDER))
    return tuple(
        tuple(
            0
            if i == j
            else w1
            + abs(i - j) * w2
            + int(needs_finding(ORDER[i], ORDER[j])) * w3
            + int(j > i)  # ORDER runs from Sangat Baik down: j > i is a move down
            for j in kinds
        )
        for i in kinds
    )


class _Network:
    """A tiny min-cost-flow network (successive shortest paths found by SPFA)."""

    def __init__(self, nodes: int) -> None:
        self.to: list[int] = []
        self.cap: list[int] = []
        self.cost: list[int] = []
        self.out: list[list[int]] = [[] for _ in range(nodes)]

    def edge(self, tail: int, head: int, capacity: int, cost: int) -> int:
        """Add an edge (and its residual twin); returns its index."""
        index = len(self.to)
        self.out[tail].append(index)
        self.out[head].append(index + 1)
        self.to += (head, tail)
        self.cap += (capacity, 0)
        self.cost += (cost, -cost)
        return index

    def flow(self, source: int, sink: int, amount: int) -> int:
        """Push up to `amount` units at least cost; returns the amount pushed."""
        pushed = 0
        nodes = len(self.out)
        to, cap, cost, out = self.to, self.cap, self.cost, self.out
        while pushed < amount:
            distance: list[int | None] = [None] * nodes
            via = [-1] * nodes
            waiting = [False] * nodes
            distance[source] = 0
            queue = deque([source])
            while queue:
                tail = queue.popleft()
                waiting[tail] = False
                here = cast(int, distance[tail])
                for edge in out[tail]:
                    if cap[edge] > 0:
                        head = to[edge]
                        there = here + cost[edge]
                        found = distance[head]
                        if found is None or there < found:
                            distance[head] = there
                            via[head] = edge
                            if not waiting[head]:
                                waiting[head] = True
                                queue.append(head)
            if distance[sink] is None:
                break
            room = amount - pushed
            node = sink
            while node != source:
                edge = via[node]
                room = min(room, cap[edge])
                node = to[edge ^ 1]
            node = sink
            while node != source:
                edge = via[node]
                cap[edge] -= room
                cap[edge ^ 1] += room
                node = to[edge ^ 1]
            pushed += room
        return pushed


def cheapest_moves(counts: Counts, groups: list[tuple[int, int, int]]) -> list[list[int]]:
    """The least-cost moves to a fitting count vector: `moves[i][j]` from `ORDER[i]` to `ORDER[j]`.

    Least cost: fewest changed, then steps, then findings, then downward moves. The groups must
    admit a fitting vector (see `infeasibility`). Within a group every predikat counts the same
    for the pattern, so an employee moving into a group takes its cheapest predikat. The
    network: source → each current predikat (its count) → each group (the cheapest move into
    it) → sink (the group's minimum first, then up to its maximum).
    """
    size = sum(counts)
    kinds = len(ORDER)
    costs = _costs(size)
    source, sink = 0, 1 + kinds + len(groups)
    network = _Network(sink + 1)
    big = size * (costs[0][kinds - 1] + 1) + 1
    members = []
    for g, (mask, low, high) in enumerate(groups):
        members.append([j for j in range(kinds) if mask >> j & 1])
        network.edge(1 + kinds + g, sink, low, -big)  # the group's minimum, used first
        network.edge(1 + kinds + g, sink, high - low, 0)
    routes: list[tuple[int, int, int]] = []
    for i, count in enumerate(counts):
        if not count:
            continue
        network.edge(source, 1 + i, count, 0)
        row = costs[i]
        for g, inside in enumerate(members):
            j = min(inside, key=row.__getitem__)
            routes.append((i, j, network.edge(1 + i, 1 + kinds + g, count, row[j])))
    network.flow(source, sink, size)
    moves = [[0] * kinds for _ in range(kinds)]
    for i, j, edge in routes:
        moves[i][j] += network.cap[edge ^ 1]
    return moves


def _scores(achievements: object, keys: Iterable[str]) -> dict[str, Fraction] | None:
    if achievements is None:
        return None
    if not isinstance(achievements, Mapping):
        raise InvalidValueError(
            "achievements",
            achievements,
            "must map employee keys to achievements",
            reason_id="harus memetakan kunci pegawai ke capaiannya",
            code="wrong_type",
        )
    wanted = list(keys)
    missing = [
        InvalidValueError(
            f"achievements[{key}]",
            None,
            "no achievement given for this employee",
            reason_id="capaian pegawai ini belum diisi",
            code="missing",
        )
        for key in wanted
        if key not in achievements
    ]
    if missing:
        raise ValidationError("achievements", achievements, missing)
    return {
        key: Fraction(exact_number(achievements[key], field=f"achievements[{key}]"))
        for key in wanted
    }


def choose_employees(
    pairs: tuple[tuple[str, Predicate], ...],
    moves: list[list[int]],
    scores: Mapping[str, Fraction] | None,
) -> tuple[PredicateChange, ...]:
    """Which employees make the moves: the nearest the boundary first (when scores are given).

    A move up goes to the highest-scoring employees of the predikat (the biggest move to the
    highest), a move down to the lowest-scoring; without scores, employees in the order given.
    """
    changes: list[PredicateChange] = []
    for i, origin in enumerate(ORDER):
        members = [key for key, predicate in pairs if predicate is origin]
        if scores is not None:
            order = {key: position for position, key in enumerate(members)}
            members.sort(key=lambda key: (-scores[key], order[key]))  # highest first, stable
        ups = [j for j in range(i) if moves[i][j]]  # j < i: a higher predikat, biggest first
        downs = [j for j in range(len(ORDER) - 1, i, -1) if moves[i][j]]  # lowest first
        top, bottom = 0, len(members)
        for j in ups:
            for key in members[top : top + moves[i][j]]:
                changes.append(PredicateChange(key, origin, ORDER[j], False))
            top += moves[i][j]
        for j in downs:
            chosen = members[bottom - moves[i][j] : bottom] if scores is not None else None
            if chosen is None:
                chosen = members[top : top + moves[i][j]]
                top += moves[i][j]
            else:
                bottom -= moves[i][j]
            for key in chosen:
                changes.append(
                    PredicateChange(key, origin, ORDER[j], needs_finding(origin, ORDER[j]))
                )
    position = {key: index for index, (key, _) in enumerate(pairs)}
    return tuple(sorted(changes, key=lambda change: position[change.employee]))


def _after(counts: Counts, moves: list[list[int]]) -> Counts:
    kinds = len(ORDER)
    found = [
        counts[j]
        - sum(moves[j][k] for k in range(kinds) if k != j)
        + sum(moves[i][j] for i in range(kinds) if i != j)
        for j in range(kinds)
    ]
    return (found[0], found[1], found[2], found[3], found[4])


def plan_calibration(
    organisation: OrganisationPredicate, counts: Counts, rules: Rules
) -> tuple[Counts | None, list[list[int]], Text | None]:
    """The cheapest fitting count vector and the moves that reach it (checked arguments).

    Returns:
        `(after, moves, None)`, or `(None, no moves, reason)` when nothing fits.
    """
    size = sum(counts)
    rule = rules.resolve(DISTRIBUTION_PATTERN).value.lookup(organisation)
    required = requirements(rule, size, rules.resolve(DISTRIBUTION_READINGS).value)
    none = [[0] * len(ORDER) for _ in ORDER]
    if not failures(required, counts):
        return counts, none, None
    groups = blocks(required, size)
    reason = infeasibility(groups, size)
    if reason is not None:
        return None, none, reason
    moves = cheapest_moves(counts, groups)
    return _after(counts, moves), moves, None


_GOALS = Text(
    "Usulan kalibrasi untuk pimpinan (tidak diterapkan otomatis). Urutan sasaran: pegawai yang "
    "diubah paling sedikit; lalu jumlah langkah paling sedikit; lalu paling sedikit perpindahan "
    "ke Kurang/Sangat Kurang (memerlukan temuan perilaku); lalu perpindahan naik; pegawai yang "
    "paling dekat batas bila capaiannya diberikan",
    "Calibration proposal for the leader (never applied silently). Goals in order: fewest "
    "employees changed; then fewest steps; then fewest moves into Kurang/Sangat Kurang (they "
    "need a behaviour finding); then moves up; the employees nearest the boundary when their "
    "achievements are given",
)


def _proposal_steps(  # noqa: PLR0917 (a recipe's arguments are positional)
    organisation: OrganisationPredicate,
    counts: Counts,
    changes: tuple[PredicateChange, ...],
    after: Counts | None,
    reason: Text | None,
    rules: Rules,
) -> Explanation:
    steps: list[Step] = []
    verdict(organisation, counts, rules, steps)
    _trace_proposal(organisation, changes, after, reason, rules, steps)
    return Explanation(steps)


def _trace_proposal(  # noqa: PLR0917 (the recipe's positional arguments)
    organisation: OrganisationPredicate,
    changes: tuple[PredicateChange, ...],
    after: Counts | None,
    reason: Text | None,
    rules: Rules,
    trace: Trace,
) -> None:
    if trace is None:
        return
    pattern = rules.resolve(DISTRIBUTION_PATTERN)
    if reason is not None:
        trace.append(
            Step(
                Text(
                    "Tidak ada sebaran predikat yang dapat memenuhi pola ini",
                    "No distribution of predikat can meet this pattern",
                ),
                inputs=(("organisation_predicate", organisation),),
                result=reason,
                citation=pattern.citation,
                fact=Text("Usulan kalibrasi", "Calibration proposal"),
            )
        )
        return
    for change in changes:
        trace.append(
            Step(
                Text(
                    f"Usulan: {change.label('id')}",
                    f"Suggestion: {change.label('en')}",
                ),
                inputs=(
                    ("predicate", change.current),
                    ("proposed_predicate", change.proposed),
                    ("steps", change.steps),
                ),
            )
        )
    trace.append(
        Step(
            _GOALS,
            inputs=(
                ("employees_changed", len(changes)),
                ("total_steps", sum(change.steps for change in changes)),
                ("counts", counts_map(after) if after is not None else None),
            ),
            result=Text(f"{len(changes)} pegawai diubah", f"{len(changes)} employee(s) changed"),
            citation=pattern.citation,
            fact=Text("Usulan kalibrasi", "Calibration proposal"),
        )
    )


def propose_calibration(
    organisation_predicate: OrganisationPredicate,
    predicates: Mapping[str, Predicate] | Sequence[Predicate],
    *,
    achievements: Mapping[str, NumberLike | Fraction] | None = None,
    rules: Rules | None = None,
) -> CalibrationProposal:
    """The smallest change of the unit's predikat that fits the distribution pattern.

    A suggestion for the leader: nothing is changed (apply it with
    `CalibrationProposal.apply`). Goals, in order: fewest employees changed, then fewest steps,
    then fewest moves into Kurang/Sangat Kurang, then moves up rather than down; with
    `achievements`, the employees nearest the boundary move.

    Args:
        organisation_predicate: The unit's organisation predikat.
        predicates: The employees' predikat: a mapping from employee keys to `Predicate`, or a
            sequence (keyed `"0"`, `"1"`, ... by position).
        achievements: Optionally, each employee's achievement (e.g. the weighted SKP
            achievement, in percent; exact numbers): a move up goes to the highest of a
            predikat, a move down to the lowest. Needed for every employee when given.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The proposal: the changes (each flagged when it needs a behaviour finding), the counts
        before and after, whether anything can fit, and the explanation, built when read.

    Raises:
        InvalidValueError: As `check_distribution`, or for a bad achievement.
        ValidationError: If `achievements` lacks some employees (all listed).

    Examples:
        >>> from kinerja_core import Predicate
        >>> B = Predicate.GOOD
        >>> proposal = propose_calibration(OrganisationPredicate.GOOD, [B] * 10)
        >>> proposal.employees_changed, proposal.total_steps
        (3, 3)
        >>> [change.label("en") for change in proposal.changes]  # doctest: +NORMALIZE_WHITESPACE
        ['0: Good → Very good', '1: Good → Very good', '2: Good → Needs improvement']
    """
    organisation = check_organisation_predicate(organisation_predicate)
    pairs = population(predicates)
    scores = _scores(achievements, (key for key, _ in pairs))
    in_force = rules_or_national(rules)
    counts = count_vector(pairs)
    after, moves, reason = plan_calibration(organisation, counts, in_force)
    changes = choose_employees(pairs, moves, scores)
    return CalibrationProposal(
        organisation,
        reason is None,
        changes,
        counts_map(counts),
        counts_map(after if after is not None else counts),
        reason,
        Recipe(_proposal_steps, organisation, counts, changes, after, reason, in_force),
    )


explained_by(explains_result(propose_calibration))(propose_calibration)
