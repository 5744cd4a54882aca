"""Evaluation histories across regimes, read on one scale (the 2022 predikat).

A [`YearResult`][kinerja_core.careers.YearResult] is one year's annual result in the vocabulary of
its regime: a PP 46/2011 category (2014 – mid-2021), a PP 30/2019 predikat (2021) or a 2022
predikat. Conditions on histories read each result on the 2022 scale through the marked,
overridable mappings [`PP46_SCALE`][kinerja_core.careers.PP46_SCALE] and
[`PP30_SCALE`][kinerja_core.careers.PP30_SCALE].
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from kinerja_core.careers.promotion_specs import PP30_SCALE, PP46_SCALE
from kinerja_core.core._validators import check_whole, tuple_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Lang, ParameterUse, check_lang
from kinerja_core.core.parameters import Rules
from kinerja_core.legacy.pp30_2019_specs import Pp30Predicate
from kinerja_core.legacy.pp46_2011_specs import PerformanceCategory
from kinerja_core.performance.ratings import Predicate
from kinerja_core.regimes.timeline_specs import Regime

__all__ = ["YearResult"]


def _optional(kind: type) -> object:
    return attrs.validators.optional(attrs.validators.instance_of(kind))


def _check_year(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    check_whole(value, field="year", low=1970, high=2100)


@attrs.frozen
class YearResult(Document):
    """One year's annual performance result, in the vocabulary of its regime.

    Exactly one of `predicate`, `pp30_predicate` and `pp46_category` is given; build one with
    [`YearResult.of`][kinerja_core.careers.YearResult.of].

    Attributes:
        year: The appraisal year.
        predicate: The 2022 predikat (PermenPANRB 6/2022), or `None`.
        pp30_predicate: The PP 30/2019 predikat, or `None`.
        pp46_category: The PP 46/2011 category (nilai prestasi kerja), or `None`.

    Examples:
        >>> from kinerja_core.legacy.pp46_2011 import PerformanceCategory
        >>> YearResult.of(2019, PerformanceCategory.GOOD).regime
        <Regime.PP_46_2011: 'PP 46/2011'>
    """

    year: int = attrs.field(validator=_check_year)
    predicate: Predicate | None = attrs.field(default=None, kw_only=True)
    pp30_predicate: Pp30Predicate | None = attrs.field(default=None, kw_only=True)
    pp46_category: PerformanceCategory | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        given = [
            (name, value, kind)
            for name, value, kind in (
                ("predicate", self.predicate, Predicate),
                ("pp30_predicate", self.pp30_predicate, Pp30Predicate),
                ("pp46_category", self.pp46_category, PerformanceCategory),
            )
            if value is not None
        ]
        if len(given) != 1:
            raise InvalidValueError(
                "predicate",
                [name for name, _, _ in given],
                "give exactly one of predicate, pp30_predicate and pp46_category",
                reason_id="isi tepat satu dari predicate, pp30_predicate dan pp46_category",
                code="inconsistent",
            )
        name, value, kind = given[0]
        if not isinstance(value, kind):
            raise InvalidValueError(
                name,
                value,
                f"must be a {kind.__name__}",
                reason_id=f"harus berupa {kind.__name__}",
                code="wrong_type",
            )

    @classmethod
    def of(cls, year: int, result: Predicate | Pp30Predicate | PerformanceCategory) -> YearResult:
        """A year's result from a member of any regime's vocabulary.

        Args:
            year: The appraisal year.
            result: A `Predicate`, a `Pp30Predicate` or a PP 46/2011 `PerformanceCategory`.

        Returns:
            The result.

        Raises:
            InvalidValueError: If `result` is none of those.
        """
        if isinstance(result, Predicate):
            return cls(year, predicate=result)
        if isinstance(result, Pp30Predicate):
            return cls(year, pp30_predicate=result)
        if isinstance(result, PerformanceCategory):
            return cls(year, pp46_category=result)
        raise InvalidValueError(
            "result",
            result,
            "must be a Predicate, a Pp30Predicate or a PerformanceCategory",
            reason_id="harus berupa Predicate, Pp30Predicate atau PerformanceCategory",
            code="wrong_type",
        )

    @property
    def result(self) -> Predicate | Pp30Predicate | PerformanceCategory:
        """The result as given."""
        found = self.predicate or self.pp30_predicate or self.pp46_category
        assert found is not None
        return found

    @property
    def regime(self) -> Regime:
        """The regime whose vocabulary the result is in."""
        if self.predicate is not None:
            return Regime.PERMENPANRB_6_2022
        return Regime.PP_30_2019 if self.pp30_predicate is not None else Regime.PP_46_2011

    def label(self, lang: Lang) -> str:
        """The result in words, e.g. `"2019: Baik (PP 46/2011)"`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            The label.
        """
        return f"{self.year}: {self.result.label(check_lang(lang))} ({self.regime.value})"


_results = tuple_of(YearResult, "a YearResult")("history")


def checked_history(history: object) -> tuple[YearResult, ...]:
    """The history as a tuple of `YearResult`, one per year (latest wins is refused)."""
    results = _results(history)
    years = [r.year for r in results]
    if len(set(years)) != len(years):
        raise InvalidValueError(
            "history",
            sorted(years),
            "has more than one result for a year",
            reason_id="memuat lebih dari satu hasil untuk satu tahun",
            code="duplicate",
        )
    return results


def on_scale(result: YearResult, rules: Rules) -> tuple[Predicate, ParameterUse | None]:
    """The result on the 2022 predikat scale, and the use of the mapping (if one was used)."""
    if result.predicate is not None:
        return result.predicate, None
    if result.pp30_predicate is not None:
        scale = rules.resolve(PP30_SCALE)
        found = scale.value.lookup(result.pp30_predicate, field="pp30_predicate")
        return found, scale.use(found, entry=result.pp30_predicate.value)
    assert result.pp46_category is not None
    scale46 = rules.resolve(PP46_SCALE)
    found = scale46.value.lookup(result.pp46_category, field="pp46_category")
    return found, scale46.use(found, entry=result.pp46_category.value)


def by_year(history: Sequence[YearResult]) -> dict[int, YearResult]:
    """The results keyed by year."""
    return {result.year: result for result in history}
