"""Explanations: how a result was reached, step by step, with the law behind each step.

**Compute, then explain on demand.** A rule computes on a lean path and returns its value
(`achievement` → `Decimal`, `performance_predicate` → `Predicate`). To see how a value was
reached, ask [`explain(rule, *args, **kwargs)`][kinerja_core.explain]: it runs the same
rule recording its steps and returns an [`Explained`][kinerja_core.Explained] outcome with
`.value`, `.explanation` and, for numbers, `.exact`. Composite results (an `Evaluation`, a plan's
achievement, a behaviour rating) keep what their explanation needs and build it only when
`.explanation` is first read.

An explanation is an ordered tuple of [`Step`][kinerja_core.core.Step]s; each step says
which rule was applied, to which inputs, with which parameter values (and where each value came
from), what it produced, and which regulation the rule comes from.

Explanations render as plain text in Indonesian or English (`lang="id"` or `lang="en"`, always
explicit) and convert to plain JSON-ready data with `to_dict()`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import (
    Any,
    Generic,
    Literal,
    ParamSpec,
    Protocol,
    TypeAlias,
    TypeVar,
    cast,
    final,
    runtime_checkable,
)

import attrs

from kinerja_core.core._validators import a_date, as_tuple, instance_of, non_blank, tuple_of
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.law import Citation
from kinerja_core.core.numbers import publish

__all__ = [
    "NO_STEPS",
    "Explainable",
    "Explained",
    "Explanation",
    "Lang",
    "ParameterUse",
    "Recipe",
    "Step",
    "Text",
    "Trace",
    "check_lang",
    "explain",
    "explained_by",
    "explains_number",
    "explains_result",
    "explains_value",
    "plain",
]

PlainData: TypeAlias = "bool | int | str | list[PlainData] | dict[str, PlainData] | None"
"""JSON-ready data: what `to_dict()` methods return."""

Lang: TypeAlias = Literal["id", "en"]
"""A language for rendered text: Indonesian (`"id"`) or English (`"en"`)."""

_LANGS: tuple[Lang, ...] = ("id", "en")


def check_lang(lang: object) -> Lang:
    """Validate a language code.

    Args:
        lang: The code to check.

    Returns:
        The code, typed as `Lang`.

    Raises:
        InvalidValueError: If `lang` is not `"id"` or `"en"`.
    """
    if lang == "id":
        return "id"
    if lang == "en":
        return "en"
    raise InvalidValueError("lang", lang, "must be 'id' (Indonesian) or 'en' (English)")


@runtime_checkable
class Labelled(Protocol):
    """Anything that can name itself in a language (the library's enums do)."""

    def label(self, lang: Lang) -> str:
        """The value's label in `lang`."""
        ...  # pragma: no cover


@attrs.frozen
class Text:
    """A short text in Indonesian and English.

    Attributes:
        id: The Indonesian text.
        en: The English text.
    """

    id: str = attrs.field(validator=non_blank)
    en: str = attrs.field(validator=non_blank)

    def __call__(self, lang: Lang) -> str:
        """The text in `lang`."""
        return self.id if check_lang(lang) == "id" else self.en


def plain(value: object) -> PlainData:
    """Turn a value used in an explanation into JSON-ready plain data.

    `Decimal` becomes its exact string, enums their official value, dates ISO strings, mappings
    dicts with string keys, sequences lists; objects with a `to_dict()` method use it.

    Args:
        value: The value to convert.

    Returns:
        `None`, `bool`, `int`, `str`, a list or a dict.
    """
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {_key(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | frozenset | set):
        return [plain(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return cast(PlainData, to_dict())
    return str(value)


def _key(key: object) -> str:
    if isinstance(key, tuple):
        return " | ".join(_key(part) for part in key)
    converted = plain(key)
    return converted if isinstance(converted, str) else str(converted)


def render_value(value: object, lang: Lang) -> str:
    """Render a value for a human reader in `lang`.

    Args:
        value: The value to render.
        lang: The language.

    Returns:
        The text.
    """
    if isinstance(value, Labelled):
        return value.label(lang)
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return "(" + ", ".join(render_value(item, lang) for item in value) + ")"
    if isinstance(value, bool):
        return {"id": {True: "ya", False: "tidak"}, "en": {True: "yes", False: "no"}}[lang][value]
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


@attrs.frozen
class ParameterUse:
    """A parameter value that a step used, with where it came from.

    Attributes:
        name: The parameter's name, possibly with the entry used (e.g.
            `"predicate_matrix[Di Atas Ekspektasi, Sesuai Ekspektasi]"`).
        value: The value used.
        effective_from: The date from which that value is in force.
        citation: The legal source of the value.
    """

    name: str = attrs.field(validator=non_blank)
    value: object
    effective_from: date = attrs.field(validator=a_date)
    citation: Citation = attrs.field(validator=instance_of(Citation, "a Citation"))

    def to_dict(self) -> dict[str, Any]:
        """The parameter use as plain data."""
        return {
            "name": self.name,
            "value": plain(self.value),
            "effective_from": self.effective_from.isoformat(),
            "citation": self.citation.to_dict(),
        }


def _inputs(value: object) -> tuple[tuple[str, object], ...]:
    items = tuple(value.items()) if isinstance(value, Mapping) else as_tuple(value, field="inputs")
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
            raise InvalidValueError("inputs", item, "each input must be a (name, value) pair")
    return items


def _parameter_uses(value: object) -> tuple[ParameterUse, ...]:
    return tuple_of(ParameterUse, "a ParameterUse")("parameters")(value)


@attrs.frozen
class Step:
    """One step of an explanation.

    Attributes:
        rule: What was applied, in Indonesian and English.
        inputs: The inputs of the step, as `(name, value)` pairs in order.
        parameters: The parameter values used, each with its citation.
        result: What the step produced.
        citation: The legal source of the rule itself, if any.
    """

    rule: Text = attrs.field(validator=instance_of(Text, "a Text"))
    inputs: tuple[tuple[str, object], ...] = attrs.field(converter=_inputs, factory=tuple)
    parameters: tuple[ParameterUse, ...] = attrs.field(converter=_parameter_uses, factory=tuple)
    result: object = None
    citation: Citation | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(Citation, "a Citation"))
    )

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation of the step: the rule's own, then each parameter's (no repeats)."""
        found = [self.citation] if self.citation is not None else []
        found.extend(use.citation for use in self.parameters)
        return tuple(dict.fromkeys(found))

    def render(self, lang: Lang) -> str:
        """The step as plain text in `lang`.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            A few lines of text.
        """
        words = _WORDS[check_lang(lang)]
        lines = [self.rule(lang)]
        if self.inputs:
            shown = ", ".join(f"{name} = {render_value(v, lang)}" for name, v in self.inputs)
            lines.append(f"   {words['inputs']}: {shown}")
        lines.extend(
            f"   {words['parameter']}: {use.name} = {render_value(use.value, lang)} "
            f"({words['from']} {use.effective_from.isoformat()}; {use.citation})"
            for use in self.parameters
        )
        if self.result is not None:
            lines.append(f"   {words['result']}: {render_value(self.result, lang)}")
        if self.citation is not None:
            lines.append(f"   {words['basis']}: {self.citation}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The step as plain data (both languages of the rule, exact numbers as strings)."""
        return {
            "rule": {"id": self.rule.id, "en": self.rule.en},
            "inputs": {name: plain(value) for name, value in self.inputs},
            "parameters": [use.to_dict() for use in self.parameters],
            "result": plain(self.result),
            "citation": None if self.citation is None else self.citation.to_dict(),
        }


_WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "inputs": "masukan",
        "parameter": "parameter",
        "from": "berlaku sejak",
        "result": "hasil",
        "basis": "dasar hukum",
        "empty": "(tidak ada langkah)",
    },
    "en": {
        "inputs": "inputs",
        "parameter": "parameter",
        "from": "in force from",
        "result": "result",
        "basis": "legal basis",
        "empty": "(no steps)",
    },
}


def _steps(value: object) -> tuple[Step, ...]:
    return tuple_of(Step, "a Step")("steps")(value)


@attrs.frozen
class Explanation:
    """How a result was reached: ordered steps, each with its rule, values and citation.

    Attributes:
        steps: The steps, in the order they were applied.

    Examples:
        >>> from kinerja_core import Rating, explain, performance_predicate
        >>> outcome = explain(
        ...     performance_predicate, Rating.MEETS_EXPECTATIONS, Rating.ABOVE_EXPECTATIONS
        ... )
        >>> outcome.value
        <Predicate.GOOD: 'Baik'>
        >>> print(outcome.explanation.render(lang="en").splitlines()[0])
        1. Performance predicate from the 3×3 matrix (work result × work behaviour)
    """

    steps: tuple[Step, ...] = attrs.field(converter=_steps, factory=tuple)

    def __add__(self, other: Explanation) -> Explanation:
        """Concatenate two explanations, this one's steps first."""
        if not isinstance(other, Explanation):
            return NotImplemented
        return Explanation(self.steps + other.steps)

    def then(self, step: Step) -> Explanation:
        """A new explanation with `step` appended.

        Args:
            step: The step to append.

        Returns:
            The longer explanation (this one is unchanged).
        """
        return Explanation((*self.steps, step))

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation used by any step, in order of first use, without repeats."""
        return tuple(dict.fromkeys(c for step in self.steps for c in step.citations))

    def render(self, lang: Lang) -> str:
        """The explanation as numbered plain text.

        Args:
            lang: `"id"` for Indonesian or `"en"` for English; there is no default, so the
                language never comes from the environment.

        Returns:
            The text, one numbered block per step.

        Raises:
            InvalidValueError: If `lang` is not `"id"` or `"en"`.
        """
        checked = check_lang(lang)
        if not self.steps:
            return _WORDS[checked]["empty"]
        return "\n".join(f"{n}. {step.render(checked)}" for n, step in enumerate(self.steps, 1))

    def to_dict(self) -> dict[str, Any]:
        """The explanation as JSON-ready plain data.

        Returns:
            `{"steps": [...]}` where each step is a `Step.to_dict()`.
        """
        return {"steps": [step.to_dict() for step in self.steps]}


Trace: TypeAlias = "list[Step] | None"
"""Where a rule records its steps: a list while explaining, `None` on the lean path."""

_T = TypeVar("_T")
_P = ParamSpec("_P")
_R = TypeVar("_R", bound=Callable[..., Any])


@attrs.frozen
class Explained(Generic[_T]):
    """A rule's value with the explanation of how it was reached (what `explain` returns).

    Attributes:
        value: What the rule returns (e.g. a `Decimal`, a `Rating`, an `Evaluation`).
        explanation: The steps.
        exact: The exact value as a `Fraction`, for rules whose value is a number (`None`
            otherwise).
    """

    value: _T
    explanation: Explanation
    exact: Fraction | None = None

    def to_dict(self) -> dict[str, Any]:
        """The outcome as JSON-ready plain data."""
        return {
            "value": plain(self.value),
            "exact": None if self.exact is None else str(self.exact),
            "explanation": self.explanation.to_dict(),
        }


_EXPLAINER = "__kinerja_explainer__"


def explained_by(explainer: Callable[..., Explained[Any]]) -> Callable[[_R], _R]:
    """Register how `explain` explains a rule function (a decorator for the rule).

    Args:
        explainer: Takes the rule's arguments and returns an `Explained` outcome, computed by
            the same code as the rule with its steps recorded.

    Returns:
        A decorator that marks the rule and returns it unchanged.
    """

    def mark(rule: _R) -> _R:
        setattr(rule, _EXPLAINER, explainer)
        return rule

    return mark


def explain(rule: Callable[_P, _T], /, *args: _P.args, **kwargs: _P.kwargs) -> Explained[_T]:
    """Apply a rule and explain its result: the steps, the parameter values and their law.

    Args:
        rule: A rule function of kinerja-core, e.g. `achievement`, `performance_predicate`,
            `evaluate`.
        *args: The rule's positional arguments.
        **kwargs: The rule's keyword arguments.

    Returns:
        The value the rule returns, its explanation, and (for numbers) the exact value.

    Raises:
        InvalidValueError: If `rule` is not a rule of kinerja-core that explains itself, or the
            rule itself refuses its arguments.

    Examples:
        >>> from kinerja_core import Target, achievement
        >>> outcome = explain(achievement, Target(3), 2)
        >>> outcome.value
        Decimal('66.66666666666666666666666667')
        >>> outcome.exact
        Fraction(200, 3)
        >>> print(outcome.explanation.render(lang="en").splitlines()[0])
        1. Achievement = realisation / target × 100 % (higher is better)
    """
    explainer = getattr(rule, _EXPLAINER, None)
    if explainer is None:
        name = getattr(rule, "__name__", repr(rule))
        raise InvalidValueError(
            "rule", name, "is not a rule of kinerja-core that can explain its result"
        )
    return cast(Explained[_T], explainer(*args, **kwargs))


@final
class Recipe(tuple[Any, ...]):
    """How to build an explanation later: a function and its arguments, in one small tuple.

    A result keeps a `Recipe` instead of its explanation; `functools.partial` would do the same
    but also carries a keywords dict, and a national run keeps 4.3 million of these.

    Examples:
        >>> recipe = Recipe(Explanation)
        >>> recipe()
        Explanation(steps=())
    """

    __slots__ = ()

    def __new__(cls, build: Callable[..., Explanation], *args: object) -> Recipe:
        """A recipe: `build(*args)` makes the explanation."""
        return super().__new__(cls, (build, *args))

    def __call__(self) -> Explanation:
        """Build the explanation."""
        build = self[0]
        return cast(Explanation, build(*self[1:]))

    def __getnewargs__(self) -> tuple[Any, ...]:
        """The arguments `__new__` takes back (so a copied result keeps a working recipe)."""
        return tuple(self)


class Explainable:
    """A result whose explanation is built when it is first read.

    The result keeps a recipe (a callable that re-runs its rule with the steps recorded) in the
    slot `_explain`; reading `.explanation` runs it once and keeps the `Explanation`. The recipe
    takes no part in equality, hashing or the repr.
    """

    __slots__ = ()

    _explain: Explanation | Callable[[], Explanation]

    @property
    def explanation(self) -> Explanation:
        """The steps that produced this result (built on first read)."""
        found = self._explain
        if not isinstance(found, Explanation):
            found = found()
            object.__setattr__(self, "_explain", found)
        return found


NO_STEPS = Explanation()
"""An explanation without steps (the default of an `Explainable` result's explanation)."""


def explains_number(rule: Callable[..., Any]) -> Callable[..., Explained[Decimal]]:
    """The explainer of a numeric rule whose implementation returns an exact value.

    Args:
        rule: The implementation: takes the rule's arguments plus `trace=` and returns an exact
            number (anything with `as_integer_ratio()`, e.g. a `Ratio`).

    Returns:
        An explainer for `explained_by`: the published value, the steps and the exact value.
    """

    def explainer(*args: object, **kwargs: object) -> Explained[Decimal]:
        steps: list[Step] = []
        exact = rule(*args, trace=steps, **kwargs)
        n, d = exact.as_integer_ratio()
        return Explained(publish(exact), Explanation(steps), Fraction(n, d))

    return explainer


def explains_value(rule: Callable[..., Any]) -> Callable[..., Explained[Any]]:
    """The explainer of a rule whose implementation returns its value directly.

    Args:
        rule: The implementation: takes the rule's arguments plus `trace=`.

    Returns:
        An explainer for `explained_by`: the value and the steps.
    """

    def explainer(*args: object, **kwargs: object) -> Explained[Any]:
        steps: list[Step] = []
        value = rule(*args, trace=steps, **kwargs)
        return Explained(value, Explanation(steps))

    return explainer


def explains_result(rule: Callable[..., Any]) -> Callable[..., Explained[Any]]:
    """The explainer of a rule that returns an `Explainable` result (its explanation is lazy).

    Args:
        rule: The rule itself.

    Returns:
        An explainer for `explained_by`: the result and its explanation.
    """

    def explainer(*args: object, **kwargs: object) -> Explained[Any]:
        result = rule(*args, **kwargs)
        return Explained(result, result.explanation)

    return explainer
