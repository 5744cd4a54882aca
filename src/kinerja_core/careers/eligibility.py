"""One answer for every eligibility question: eligible or not, every reason, and when.

Kenaikan pangkat, kenaikan jenjang, KGB, Satyalancana Karya Satya and the rewards of an
institution all answer with an [`Eligibility`][kinerja_core.careers.Eligibility]: whether every
condition is met, each [`Condition`][kinerja_core.careers.Condition] (met and unmet alike) with
what it requires, what was found and the law it comes from, and — where it can be computed — the
earliest date the employee could become eligible.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from kinerja_core.core._validators import (
    a_bool,
    an_optional_date,
    instance_of,
    non_blank,
    tuple_of,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import NO_STEPS, Explainable, Explanation, Step, Text
from kinerja_core.core.law import Citation
from kinerja_core.core.numbers import to_decimal

__all__ = ["Condition", "Eligibility"]

_MET = Text("terpenuhi", "met")
_UNMET = Text("tidak terpenuhi", "not met")


def _optional_citation(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Citation):
        raise InvalidValueError(
            attribute.name,
            value,
            "must be a Citation or None",
            reason_id="harus berupa Citation atau None",
            code="wrong_type",
        )


def _optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Text):
        raise InvalidValueError(
            attribute.name,
            value,
            "must be a Text or None",
            reason_id="harus berupa Text atau None",
            code="wrong_type",
        )


def _optional_shortfall(value: object) -> Decimal | None:
    if value is None:
        return None
    amount = to_decimal(value, field="shortfall")
    if amount < 0:
        raise InvalidValueError(
            "shortfall",
            value,
            "must not be negative",
            reason_id="tidak boleh negatif",
            code="negative",
        )
    return amount


@attrs.frozen
class Condition(Document):
    """One condition of an eligibility rule, met or not, with its law.

    Attributes:
        code: A stable identifier of the condition (e.g. `"years_in_rank"`), for programs.
        met: Whether the condition is met.
        requirement: What the rule requires, in Indonesian and English
            (e.g. "masa kerja dalam pangkat terakhir paling singkat 4 tahun").
        found: What was found in the employee's data (e.g. "3 tahun 2 bulan"), if stated.
        citation: The regulation the condition comes from (or the policy that sets it).
        shortfall: How much is missing where that is a number (e.g. angka kredit), else `None`.

    Examples:
        >>> Condition("credit_points", False, Text("AK kumulatif 100", "Cumulative AK 100"),
        ...           shortfall="12.5").shortfall
        Decimal('12.5')
    """

    code: str = attrs.field(validator=non_blank)
    met: bool = attrs.field(validator=a_bool)
    requirement: Text = attrs.field(validator=instance_of(Text, "a Text"))
    found: Text | None = attrs.field(default=None, validator=_optional_text, kw_only=True)
    citation: Citation | None = attrs.field(
        default=None, validator=_optional_citation, kw_only=True
    )
    shortfall: Decimal | None = attrs.field(
        default=None, converter=_optional_shortfall, kw_only=True
    )

    def step(self) -> Step:
        """The condition as a step of an explanation (its result: met or not met)."""
        inputs = () if self.found is None else (("found", self.found),)
        return Step(
            self.requirement,
            inputs=inputs,
            result=_MET if self.met else _UNMET,
            citation=self.citation,
        )


_condition_tuple = tuple_of(Condition, "a Condition")("conditions")


def _conditions(value: object) -> tuple[Condition, ...]:
    return _condition_tuple(value)


def _explained_by_conditions(conditions: tuple[Condition, ...]) -> Explanation:
    return Explanation(tuple(condition.step() for condition in conditions))


@attrs.frozen
class Eligibility(Explainable, Document):
    """Whether an employee is eligible for something, with every reason.

    `eligible` is true exactly when every condition is met. Build one with
    [`Eligibility.of`][kinerja_core.careers.Eligibility.of]; the explanation (one step per
    condition, each with its citation, after any steps the rule recorded) is built when read.

    Attributes:
        eligible: Whether every condition is met.
        conditions: Every condition, met and unmet, in the rule's order.
        earliest: The earliest date the employee could become eligible where the rule can
            compute it (the date itself when already eligible), else `None`.
        explanation: The steps (built on first read).

    Examples:
        >>> answer = Eligibility.of([
        ...     Condition("years_in_rank", True, Text("4 tahun dalam pangkat", "4 years in rank")),
        ...     Condition("credit_points", False, Text("AK 100", "AK 100"), shortfall=12),
        ... ])
        >>> answer.eligible, [c.code for c in answer.unmet]
        (False, ['credit_points'])
    """

    __document_top__ = True
    __document_derived__ = ("eligible",)

    conditions: tuple[Condition, ...] = attrs.field(converter=_conditions)
    earliest: date | None = attrs.field(default=None, validator=an_optional_date, kw_only=True)
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False, kw_only=True
    )

    @classmethod
    def of(
        cls,
        conditions: object,
        *,
        earliest: date | None = None,
        steps: Callable[[], Explanation] | None = None,
    ) -> Eligibility:
        """An answer from its conditions; the explanation is built from them when read.

        Args:
            conditions: Every condition (a sequence of `Condition`).
            earliest: The earliest date of eligibility, where computable.
            steps: Builds the steps that come before the conditions (e.g. how the angka
                kredit total was reached), run only when the explanation is read.

        Returns:
            The answer.
        """
        checked = _conditions(conditions)

        def build() -> Explanation:
            before = () if steps is None else steps().steps
            return Explanation((*before, *_explained_by_conditions(checked).steps))

        return cls(checked, earliest=earliest, explanation=build)

    @property
    def eligible(self) -> bool:
        """Whether every condition is met."""
        return all(condition.met for condition in self.conditions)

    @property
    def met(self) -> tuple[Condition, ...]:
        """The conditions that are met."""
        return tuple(c for c in self.conditions if c.met)

    @property
    def unmet(self) -> tuple[Condition, ...]:
        """The conditions that are not met (empty when eligible)."""
        return tuple(c for c in self.conditions if not c.met)
