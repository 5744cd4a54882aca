"""The distribution pattern of SE MenPANRB 3/2023: does a unit's spread of predikat fit?

Since SE MenPANRB 3/2023 an organisation's own predikat bounds how its employees' predikat may be
distributed: a unit rated Baik cannot rate everyone Sangat Baik. The pattern
([`DISTRIBUTION_PATTERN`][kinerja_core.organisation.DISTRIBUTION_PATTERN]) is a dated, cited
parameter:

| organisation | employee predikat |
|---|---|
| Istimewa | most (at most 70 %) Sangat Baik |
| Baik | most (at most 70 %) Baik; some Butuh Perbaikan and/or Kurang |
| Butuh Perbaikan | ≥ 60 % Butuh Perbaikan; ≤ 10 % Sangat Baik |
| Kurang | ≥ 60 % Kurang; ≥ 10 % Butuh Perbaikan; ≤ 10 % Sangat Baik |
| Sangat Kurang | ≥ 60 % Sangat Kurang; ≥ 10 % Kurang and/or Butuh Perbaikan; no Sangat Baik |

The SE leaves points open; the library's readings are a parameter of their own
([`DISTRIBUTION_READINGS`][kinerja_core.organisation.DISTRIBUTION_READINGS]) with documented
defaults: "sebagian besar (maksimal 70 %)" is the upper bound only; "harus ada" means at least one
employee; in small units a minimum share is rounded *up* to whole employees and a maximum share
*down* (10 % of 5 employees requires 1; at most 10 % of 5 allows none), which is the same as
comparing the exact share.

**Exact counts.** The verdict is decided on whole counts (a clause's minimum and maximum number
of employees for the unit's size); percentages are only shown, published from exact fractions.
The verdict depends only on how many employees hold each predikat, never on their order.

The pattern is guidance for the leader: the check explains, it changes nobody's predikat. A
proposal of the smallest change is
[`propose_calibration`][kinerja_core.organisation.propose_calibration].
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from math import ceil, floor

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._validators import enum_repr, member_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
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
from kinerja_core.core.numbers import Ratio, publish
from kinerja_core.core.parameters import Rules
from kinerja_core.national import rules_or_national
from kinerja_core.organisation.organisation_specs import (
    DISTRIBUTION_PATTERN,
    DISTRIBUTION_READINGS,
    Bound,
    Clause,
    DistributionReadings,
    DistributionRule,
    OrganisationPredicate,
    ShareRounding,
)
from kinerja_core.performance.ratings import Predicate

__all__ = [
    "DistributionCheck",
    "Violation",
    "check_distribution",
]

ORDER: tuple[Predicate, ...] = (
    Predicate.VERY_GOOD,
    Predicate.GOOD,
    Predicate.NEEDS_IMPROVEMENT,
    Predicate.POOR,
    Predicate.VERY_POOR,
)
"""The employee predikat from the highest down (the order of count vectors)."""

INDEX = {predicate: index for index, predicate in enumerate(ORDER)}

Counts = tuple[int, int, int, int, int]
"""How many employees hold each predikat, in `ORDER`."""

Requirement = tuple[int, int, int]
"""A clause for one unit size: (bit mask of the predikat counted, minimum, maximum)."""


def population(predicates: object) -> tuple[tuple[str, Predicate], ...]:
    """The employees of a unit as `(key, predikat)` pairs, checked.

    Args:
        predicates: A mapping from employee keys (e.g. NIP) to predikat, or a sequence of
            predikat (keyed by position: `"0"`, `"1"`, ...).

    Returns:
        The pairs, in the order given.

    Raises:
        InvalidValueError: If a predikat is not a `Predicate`, a key is not a non-blank string,
            or there is no employee.
    """
    if isinstance(predicates, Mapping):
        pairs = list(predicates.items())
    elif isinstance(predicates, Iterable) and not isinstance(
        predicates,
        str | bytes | set | frozenset,  # a set would merge employees
    ):
        pairs = [(str(index), item) for index, item in enumerate(predicates)]
    else:
        raise InvalidValueError(
            "predicates",
            predicates,
            "must be a mapping of employees to Predicate, or a sequence of Predicate",
            reason_id="harus berupa pemetaan pegawai ke Predicate, atau urutan Predicate",
            code="wrong_type",
        )
    for key, predicate in pairs:
        if not isinstance(key, str) or not key.strip():
            raise InvalidValueError(
                "predicates",
                key,
                "each employee key must be a non-blank string",
                reason_id="setiap kunci pegawai harus berupa teks yang tidak kosong",
                code="blank",
            )
        if not isinstance(predicate, Predicate):
            raise InvalidValueError(
                f"predicates[{key}]",
                predicate,
                "must be a Predicate (use Predicate.parse for text labels)",
                reason_id="harus berupa Predicate (gunakan Predicate.parse untuk label teks)",
                code="wrong_type",
            )
    if not pairs:
        raise InvalidValueError(
            "predicates",
            predicates,
            "a unit needs at least one employee",
            reason_id="unit kerja memerlukan sedikitnya satu pegawai",
            code="empty",
        )
    return tuple(pairs)


def count_vector(pairs: Iterable[tuple[str, Predicate]]) -> Counts:
    """How many employees hold each predikat, in `ORDER`."""
    counts = [0, 0, 0, 0, 0]
    for _, predicate in pairs:
        counts[INDEX[predicate]] += 1
    return (counts[0], counts[1], counts[2], counts[3], counts[4])


def check_organisation_predicate(value: object) -> OrganisationPredicate:
    """The organisation predikat, checked (a `KinerjaError` for anything else)."""
    if not isinstance(value, OrganisationPredicate):
        raise InvalidValueError(
            "organisation_predicate",
            value,
            "must be an OrganisationPredicate (use OrganisationPredicate.parse for text labels)",
            reason_id="harus berupa OrganisationPredicate (gunakan OrganisationPredicate.parse "
            "untuk label teks)",
            code="wrong_type",
        )
    return value


def _mask(clause: Clause) -> int:
    return sum(1 << INDEX[predicate] for predicate in clause.predicates)


def _whole(share: Fraction, rounding: ShareRounding, *, minimum: bool) -> int:
    if rounding is ShareRounding.NEAREST:
        return floor(share + Fraction(1, 2))
    if (rounding is ShareRounding.CONSERVATIVE) == minimum:
        return ceil(share)
    return floor(share)


def clause_bounds(clause: Clause, size: int, readings: DistributionReadings) -> tuple[int, int]:
    """The least and most employees a clause allows in a unit of `size` employees.

    Args:
        clause: The clause.
        size: The number of employees of the unit (at least 1).
        readings: The readings of the open points.

    Returns:
        `(minimum, maximum)`, whole numbers of employees (the minimum may exceed the size: the
        clause then cannot be met).
    """
    if clause.bound is Bound.SOME:
        return readings.some_minimum, size
    share = Fraction(clause.share or 0) * size / 100
    if clause.bound is Bound.AT_LEAST:
        return _whole(share, readings.rounding, minimum=True), size
    most = min(size, _whole(share, readings.rounding, minimum=False))
    if clause.bound is Bound.MOST and readings.most_is_majority:
        return size // 2 + 1, most
    return 0, most


@lru_cache(maxsize=1024)
def requirements(
    rule: DistributionRule, size: int, readings: DistributionReadings
) -> tuple[Requirement, ...]:
    """Each clause of a rule as (mask, minimum, maximum) for one unit size (memoised)."""
    return tuple((_mask(clause), *clause_bounds(clause, size, readings)) for clause in rule.clauses)


def counted(mask: int, counts: Counts) -> int:
    """How many employees hold one of the predikat in `mask`."""
    return sum(count for index, count in enumerate(counts) if mask >> index & 1)


def failures(required: tuple[Requirement, ...], counts: Counts) -> tuple[int, ...]:
    """The positions of the clauses a count vector fails (empty: the unit fits the pattern)."""
    found = []
    for position, (mask, low, high) in enumerate(required):
        count = counted(mask, counts)
        if not low <= count <= high:
            found.append(position)
    return tuple(found)


@attrs.frozen
class Violation(Document):
    """A clause of the pattern that a unit does not meet.

    Attributes:
        clause: The clause (which predikat it counts, and its bound).
        minimum: The least number of employees it requires for the unit's size.
        maximum: The most it allows.
        count: How many employees of the unit hold one of its predikat.
        size: The number of employees of the unit.
    """

    __document_derived__ = ("percentage",)

    clause: Clause
    minimum: int
    maximum: int
    count: int
    size: int

    @property
    def percentage(self) -> Decimal:
        """The share of the unit the clause counts, in percent (published from the exact share)."""
        return publish(Ratio(100 * self.count, self.size))

    @property
    def exact_percentage(self) -> Fraction:
        """The share, exact."""
        return Fraction(100 * self.count, self.size)

    def requirement(self, lang: Lang) -> str:
        """What the clause requires of this unit, in words.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            E.g. `"paling banyak 70 % Baik: paling banyak 7 dari 10 pegawai"`.
        """
        return (
            f"{self.clause.label(lang)}: {_range_text(self.minimum, self.maximum, self.size, lang)}"
        )

    def label(self, lang: Lang) -> str:
        """The violation in one line: the requirement and the unit's actual count and share.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The text.
        """
        checked = check_lang(lang)
        actual = Text(
            f"nyatanya {self.count} pegawai ({_percent_text(self.percentage, 'id')})",
            f"actually {self.count} employee(s) ({_percent_text(self.percentage, 'en')})",
        )(checked)
        return f"{self.requirement(checked)}; {actual}"


def _percent_text(value: Decimal, lang: Lang) -> str:
    text = format(value, "f")
    return (text.replace(".", ",") if lang == "id" else text) + " %"


def _range_text(low: int, high: int, size: int, lang: Lang) -> str:
    of = f"{'dari' if lang == 'id' else 'of'} {size} {'pegawai' if lang == 'id' else 'employees'}"
    if low > size:
        return Text(f"paling sedikit {low} {of} — mustahil", f"at least {low} {of} — impossible")(
            lang
        )
    if low > 0 and high < size:
        return Text(f"{low} sampai {high} {of}", f"{low} to {high} {of}")(lang)
    if low > 0:
        return Text(f"paling sedikit {low} {of}", f"at least {low} {of}")(lang)
    return Text(f"paling banyak {high} {of}", f"at most {high} {of}")(lang)


@attrs.frozen
class DistributionCheck(Explainable, Document):
    """The verdict on a unit's distribution of predikat; its explanation is built when read.

    Attributes:
        organisation_predicate: The unit's organisation predikat.
        size: The number of employees.
        counts: How many employees hold each predikat (all five, Sangat Baik first).
        violations: The clauses the unit does not meet, in the order of the pattern (empty:
            the distribution fits).
        explanation: The steps (the counts, each clause with its citation, the verdict).
    """

    __document_derived__ = ("ok",)

    organisation_predicate: OrganisationPredicate = attrs.field(
        validator=member_of(OrganisationPredicate), repr=enum_repr
    )
    size: int
    counts: FrozenMap[Predicate, int]
    violations: tuple[Violation, ...]
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False
    )

    @property
    def ok(self) -> bool:
        """Whether the distribution fits the pattern (no violation)."""
        return not self.violations


_VERDICT = Text("Pola distribusi predikat terpenuhi", "Distribution pattern met")
_MET = Text("terpenuhi", "met")
_NOT_MET = Text("tidak terpenuhi", "not met")


def _checked(
    organisation_predicate: object, predicates: object, rules: Rules | None
) -> tuple[OrganisationPredicate, tuple[tuple[str, Predicate], ...], Rules]:
    organisation = check_organisation_predicate(organisation_predicate)
    pairs = population(predicates)
    return organisation, pairs, rules_or_national(rules)


def verdict(
    organisation: OrganisationPredicate,
    counts: Counts,
    rules: Rules,
    trace: Trace = None,
) -> tuple[Violation, ...]:
    """The violations of a count vector (checked arguments; the shared core).

    Args:
        organisation: The organisation predikat.
        counts: The count vector (at least one employee).
        rules: The rules.
        trace: Where to record the steps (`None`: do not record).

    Returns:
        The violations, in the order of the pattern's clauses.
    """
    pattern = rules.resolve(DISTRIBUTION_PATTERN)
    readings = rules.resolve(DISTRIBUTION_READINGS)
    rule = pattern.value.lookup(organisation, field="organisation_predicate")
    size = sum(counts)
    required = requirements(rule, size, readings.value)
    if trace is not None:
        trace.append(
            Step(
                Text("Jumlah pegawai per predikat", "Employees per predikat"),
                inputs=(
                    ("organisation_predicate", organisation),
                    ("unit_size", size),
                    ("counts", counts_map(counts)),
                ),
            )
        )
    found: list[Violation] = []
    for clause, (mask, low, high) in zip(rule.clauses, required, strict=True):
        count = counted(mask, counts)
        met = low <= count <= high
        if not met:
            found.append(Violation(clause, low, high, count, size))
        if trace is not None:
            share = publish(Ratio(100 * count, size))
            trace.append(
                Step(
                    Text(
                        f"Klausul: {clause.label('id')} ({_range_text(low, high, size, 'id')})",
                        f"Clause: {clause.label('en')} ({_range_text(low, high, size, 'en')})",
                    ),
                    inputs=(
                        ("count", count),
                        ("share_percent", share),
                        ("required_minimum", low),
                        ("required_maximum", high),
                    ),
                    parameters=[
                        pattern.use(clause, entry=organisation.value),
                        readings.use(),
                    ],
                    result=_MET if met else _NOT_MET,
                )
            )
    if trace is not None:
        trace.append(
            Step(
                Text(
                    "Putusan: pola distribusi predikat pegawai menurut predikat organisasi "
                    "(pertimbangan bagi pimpinan, tidak mengubah predikat siapa pun)",
                    "Verdict: the distribution pattern of employee predikat by organisation "
                    "predikat (guidance for the leader; it changes nobody's predikat)",
                ),
                inputs=(("violations", len(found)),),
                result=not found,
                citation=pattern.citation,
                fact=_VERDICT,
            )
        )
    return tuple(found)


def _check_steps(organisation: OrganisationPredicate, counts: Counts, rules: Rules) -> Explanation:
    steps: list[Step] = []
    verdict(organisation, counts, rules, steps)
    return Explanation(steps)


def counts_map(counts: Counts) -> FrozenMap[Predicate, int]:
    """A count vector as a mapping from each predikat (Sangat Baik first) to its count."""
    return FrozenMap(dict(zip(ORDER, counts, strict=True)))


def check_distribution(
    organisation_predicate: OrganisationPredicate,
    predicates: Mapping[str, Predicate] | Iterable[Predicate],
    *,
    rules: Rules | None = None,
) -> DistributionCheck:
    """Check a unit's employee predikat against the pattern of its organisation predikat.

    Args:
        organisation_predicate: The unit's organisation predikat.
        predicates: The employees' predikat: a mapping from employee keys (e.g. NIP) to
            `Predicate`, or a sequence of `Predicate` (at least one employee). Only the counts
            matter.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The verdict (`.ok`), the violations (each: the clause, what it requires for the unit's
        size, the actual count and percentage) and the explanation, built when read.

    Raises:
        InvalidValueError: If the organisation predikat is not an `OrganisationPredicate`, a
            predikat is not a `Predicate`, or there is no employee.
        RuleNotInForceError: If `rules` is for a date before 31 January 2023.

    Examples:
        >>> from kinerja_core import Predicate
        >>> SB, B, BP = Predicate.VERY_GOOD, Predicate.GOOD, Predicate.NEEDS_IMPROVEMENT
        >>> check_distribution(OrganisationPredicate.GOOD, [SB, B, B, B, BP]).ok
        True
        >>> result = check_distribution(OrganisationPredicate.GOOD, [B] * 10)
        >>> [v.requirement("en") for v in result.violations]  # doctest: +NORMALIZE_WHITESPACE
        ['most (at most 70 %) Good: at most 7 of 10 employees',
         'some Needs improvement and/or Poor/Misconduct: at least 1 of 10 employees']
    """
    organisation, pairs, in_force = _checked(organisation_predicate, predicates, rules)
    counts = count_vector(pairs)
    found = verdict(organisation, counts, in_force)
    return DistributionCheck(
        organisation,
        sum(counts),
        counts_map(counts),
        found,
        Recipe(_check_steps, organisation, counts, in_force),
    )


explained_by(explains_result(check_distribution))(
    check_distribution
)  # explain(check_distribution, ...)
