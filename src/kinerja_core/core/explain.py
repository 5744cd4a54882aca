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

**Reading an explanation.** `explanation.render(lang="id")` (or `"en"`) is the full form: the
numbered steps, then each citation once as a numbered footnote (`[1]`), then a legend of the
confidence tags that occur (`[P]`, `[S]`, `[C]`, ...). `render(lang, form="summary")` is the
short form: the conclusion (for an evaluation, the predikat) and the few facts that decided it.
Indonesian text is wholly Indonesian: names of inputs and parameters, citation notes, numbers
with a decimal comma and `.` grouping (`112,5`, `1.000.000`), dates as `31 Desember 2024`.
English text uses `112.5` and `31 December 2024`. `render` always takes the language
explicitly; `str(explanation)` and the HTML that Jupyter shows (`_repr_html_`) use
Indonesian, the language of the regulations (`DEFAULT_LANG`). `to_dict()` gives plain
JSON-ready data.
"""

from __future__ import annotations

import enum
import html
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import (
    Any,
    Final,
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

from kinerja_core.core._glossary import NAMES, YEAR_NAMES
from kinerja_core.core._text import Lang, Text, check_lang
from kinerja_core.core._validators import a_date, as_tuple, instance_of, non_blank, tuple_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.law import Citation, Confidence
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

Form: TypeAlias = Literal["full", "summary"]
"""How much of an explanation to render: every step (`"full"`) or the conclusion (`"summary"`)."""

DEFAULT_LANG: Final[Lang] = "id"
"""The language of `str(explanation)` and of the HTML shown in Jupyter: Indonesian."""


@runtime_checkable
class Labelled(Protocol):
    """Anything that can name itself in a language (the library's enums do)."""

    def label(self, lang: Lang) -> str:
        """The value's label in `lang`."""
        ...  # pragma: no cover


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


# --- words, numbers and dates of rendered text ---------------------------------------------

MONTH_NAMES: dict[Lang, tuple[str, ...]] = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

_DECIMAL_POINT = re.compile(r"(?<![\w.,])(\d+)\.(\d+)(?![\w.])")
_ENTRY = re.compile(r"^(?P<name>[^\[\]]+)\[(?P<entry>.+)\]$")


def render_number(value: Decimal | int, lang: Lang) -> str:
    """An exact number as a reader writes it: `1.000.000` and `112,5` in Indonesian.

    English keeps the plain published notation (`112.5`). The digits are exact: nothing is
    rounded here.

    Args:
        value: An `int` or a `Decimal`.
        lang: The language.

    Returns:
        The text.
    """
    text = str(value) if isinstance(value, int) else format(value, "f")
    if lang == "en" or (isinstance(value, Decimal) and not value.is_finite()):
        return text
    sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
    whole, _, fraction = digits.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return sign + grouped + ("," + fraction if fraction else "")


def render_date(day: date, lang: Lang) -> str:
    """A date as a reader writes it: `31 Desember 2024` / `31 December 2024`.

    Args:
        day: The date.
        lang: The language.

    Returns:
        The text.
    """
    return f"{day.day} {MONTH_NAMES[lang][day.month - 1]} {day.year}"


def _localise(text: str, lang: Lang) -> str:
    """Free text (a label, a rule) with Indonesian decimal commas (`1.76` → `1,76`)."""
    return _DECIMAL_POINT.sub(r"\1,\2", text) if lang == "id" else text


def render_name(name: str, lang: Lang) -> str:
    """The words for an input's or a parameter's identifier (`"realisation"` → `realisasi`).

    A name with an entry (`"behaviour_scores[Sesuai Ekspektasi]"`) renders as its words with
    the entry in parentheses. A name without words in the glossary (a plan item's code such as
    `"IKI-1.2 (50 %)"`) is shown as it is: a name is never reformatted.

    Args:
        name: The identifier.
        lang: The language.

    Returns:
        The text.
    """
    words = NAMES.get(name)
    if words is not None:
        return words(lang)
    match = _ENTRY.match(name)
    if match is not None and match["name"] in NAMES:
        return f"{NAMES[match['name']](lang)} ({match['entry']})"
    return name


def render_value(value: object, lang: Lang) -> str:
    """Render a value for a human reader in `lang`.

    Numbers as [`render_number`][kinerja_core.core.explain.render_number] writes them, dates
    as `31 Desember 2024`, labelled values (ratings, periods, tables) by their label in `lang`.

    Args:
        value: The value to render.
        lang: The language.

    Returns:
        The text.
    """
    if value is None:
        return {"id": "tidak ada", "en": "none"}[lang]
    if isinstance(value, bool):
        return {"id": {True: "ya", False: "tidak"}, "en": {True: "yes", False: "no"}}[lang][value]
    if isinstance(value, int | Decimal):
        return render_number(value, lang)
    if isinstance(value, Labelled):
        return _localise(value.label(lang), lang)
    if isinstance(value, Text):
        return value(lang)
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return "(" + ", ".join(render_value(item, lang) for item in value) + ")"
    if isinstance(value, enum.Enum):
        return _localise(str(value.value), lang)
    if isinstance(value, date):
        return render_date(value, lang)
    if isinstance(value, Mapping):
        return ", ".join(
            f"{render_value(k, lang)}: {render_value(v, lang)}" for k, v in value.items()
        )
    return _localise(str(value), lang)


def _input_value(name: str, value: object, lang: Lang) -> str:
    # A year is a name, not a quantity: 2024, never 2.024.
    if name in YEAR_NAMES and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return render_value(value, lang)


_WORDS: dict[Lang, dict[str, str]] = {
    "id": {
        "inputs": "masukan",
        "parameter": "parameter",
        "from": "berlaku sejak",
        "result": "hasil",
        "notes": "Dasar hukum:",
        "legend": "Tingkat keyakinan sumber:",
        "decided": "Ditentukan oleh:",
        "empty": "(tidak ada langkah)",
        "steps": "Langkah lengkap",
        "object": "Data",
    },
    "en": {
        "inputs": "inputs",
        "parameter": "parameter",
        "from": "in force from",
        "result": "result",
        "notes": "Legal basis:",
        "legend": "Confidence of the sources:",
        "decided": "Decided by:",
        "empty": "(no steps)",
        "steps": "All steps",
        "object": "Data",
    },
}


@attrs.frozen
class ParameterUse(Document):
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


def _inputs(value: object) -> tuple[tuple[str, object], ...]:
    items = tuple(value.items()) if isinstance(value, Mapping) else as_tuple(value, field="inputs")
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
            raise InvalidValueError(
                "inputs",
                item,
                "each input must be a (name, value) pair",
                reason_id="setiap masukan harus berupa pasangan (nama, nilai)",
                code="wrong_type",
            )
    return items


def _parameter_uses(value: object) -> tuple[ParameterUse, ...]:
    return tuple_of(ParameterUse, "a ParameterUse")("parameters")(value)


class _Footnotes:
    """Numbers each citation once, in order of first use."""

    def __init__(self) -> None:
        self.numbers: dict[Citation, int] = {}

    def mark(self, citation: Citation) -> str:
        number = self.numbers.setdefault(citation, len(self.numbers) + 1)
        return f"[{number}]"

    def lines(self, lang: Lang) -> list[str]:
        """The footnotes, then the legend of the confidence tags they show."""
        if not self.numbers:
            return []
        words = _WORDS[lang]
        notes = [f"[{n}] {citation.render(lang)}" for citation, n in self.numbers.items()]
        text = "\n".join(notes)
        tags = [c for c in Confidence if f"[{c.tag_in(lang)}]" in text]
        legend = [f"[{c.tag_in(lang)}] {c.meaning(lang)}" for c in tags]
        return ["", words["notes"], *notes, "", words["legend"], *legend]


@attrs.frozen
class Step(Document):
    """One step of an explanation.

    Attributes:
        rule: What was applied, in Indonesian and English.
        inputs: The inputs of the step, as `(name, value)` pairs in order. A name is an
            identifier (`"realisation"`); rendered text shows its words in the language asked
            for (`realisasi`).
        parameters: The parameter values used, each with its citation.
        result: What the step produced.
        citation: The legal source of the rule itself, if any.
        fact: What the result is, in a few words (e.g. `Text("Predikat kinerja", "Performance
            predicate")`), for a step whose result decides the outcome: the summary form of an
            explanation shows these steps only. `None` for the other steps.
    """

    rule: Text = attrs.field(validator=instance_of(Text, "a Text"))
    inputs: tuple[tuple[str, object], ...] = attrs.field(converter=_inputs, factory=tuple)
    parameters: tuple[ParameterUse, ...] = attrs.field(converter=_parameter_uses, factory=tuple)
    result: object = None
    citation: Citation | None = attrs.field(
        default=None, validator=attrs.validators.optional(instance_of(Citation, "a Citation"))
    )
    fact: Text | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(instance_of(Text, "a Text")),
    )

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation of the step: the rule's own, then each parameter's (no repeats)."""
        found = [self.citation] if self.citation is not None else []
        found.extend(use.citation for use in self.parameters)
        return tuple(dict.fromkeys(found))

    def render(self, lang: Lang) -> str:
        """The step as plain text in `lang`, its citations as footnotes below it.

        Args:
            lang: `"id"` or `"en"`.

        Returns:
            A few lines of text.
        """
        checked = check_lang(lang)
        notes = _Footnotes()
        return "\n".join([*self._lines(checked, notes), *notes.lines(checked)])

    def _lines(self, lang: Lang, notes: _Footnotes) -> list[str]:
        words = _WORDS[lang]
        rule = self.rule(lang)
        lines = [rule if self.citation is None else f"{rule} {notes.mark(self.citation)}"]
        if self.inputs:
            shown = ", ".join(
                f"{render_name(name, lang)} = {_input_value(name, value, lang)}"
                for name, value in self.inputs
            )
            lines.append(f"   {words['inputs']}: {shown}")
        lines.extend(
            f"   {words['parameter']}: {render_name(use.name, lang)} = "
            f"{render_value(use.value, lang)} ({words['from']} "
            f"{render_date(use.effective_from, lang)}) {notes.mark(use.citation)}"
            for use in self.parameters
        )
        if self.result is not None:
            lines.append(f"   {words['result']}: {render_value(self.result, lang)}")
        return lines

    def _fact(self, lang: Lang) -> str:
        """The step as one line of the summary: `Predikat kinerja: Baik`."""
        label = (self.fact if self.fact is not None else self.rule)(lang)
        if self.result is None:
            return label
        return f"{label}: {render_value(self.result, lang)}"


def _steps(value: object) -> tuple[Step, ...]:
    return tuple_of(Step, "a Step")("steps")(value)


def _check_form(form: object) -> Form:
    if form == "full":
        return "full"
    if form == "summary":
        return "summary"
    raise InvalidValueError(
        "form",
        form,
        "must be 'full' (every step) or 'summary'",
        reason_id="harus 'full' (setiap langkah) atau 'summary' (ringkasan)",
        code="not_a_member",
    )


@attrs.frozen
class Explanation(Document):
    """How a result was reached: ordered steps, each with its rule, values and citation.

    `str(explanation)` is the full form in Indonesian (`DEFAULT_LANG`); in Jupyter an
    explanation shows its summary with the full form folded beneath it.

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
        >>> print(outcome.explanation.render(lang="id", form="summary"))
        Predikat kinerja: Baik
    """

    __document_top__ = True

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

    def render(self, lang: Lang, form: Form = "full") -> str:
        """The explanation as plain text.

        Args:
            lang: `"id"` for Indonesian or `"en"` for English; there is no default, so the
                language never comes from the environment.
            form: `"full"`: one numbered block per step (its inputs, parameters and result),
                then each citation once as a numbered footnote and a legend of the confidence
                tags. `"summary"`: the conclusion (for an evaluation, the predikat) and the
                facts that decided it, one line each.

        Returns:
            The text.

        Raises:
            InvalidValueError: If `lang` is not `"id"` or `"en"`, or `form` is not `"full"` or
                `"summary"`.
        """
        checked = check_lang(lang)
        if _check_form(form) == "summary":
            headline, facts = self._summary(checked)
            if not facts:
                return headline
            return "\n".join([headline, _WORDS[checked]["decided"], *(f"- {f}" for f in facts)])
        if not self.steps:
            return _WORDS[checked]["empty"]
        notes = _Footnotes()
        lines = []
        for number, step in enumerate(self.steps, 1):
            first, *rest = step._lines(checked, notes)
            lines.extend([f"{number}. {first}", *rest])
        return "\n".join([*lines, *notes.lines(checked)])

    def _summary(self, lang: Lang) -> tuple[str, list[str]]:
        """The headline (the last deciding step) and the other deciding steps' facts."""
        if not self.steps:
            return _WORDS[lang]["empty"], []
        deciding = [step for step in self.steps if step.fact is not None] or [self.steps[-1]]
        *before, last = deciding
        return last._fact(lang), [step._fact(lang) for step in before]

    def __str__(self) -> str:
        """The full form in Indonesian (`DEFAULT_LANG`)."""
        return self.render(DEFAULT_LANG)

    def _repr_html_(self) -> str:
        """The summary, with the full form folded beneath it (what Jupyter shows)."""
        return _html(self, DEFAULT_LANG)


def _html(explanation: Explanation, lang: Lang, extra: Iterable[tuple[str, str]] = ()) -> str:
    """An explanation as escaped HTML: the summary, then folded sections (title, text)."""
    headline, facts = explanation._summary(lang)
    parts = [
        '<div class="kinerja-explanation">',
        f"<p><strong>{html.escape(headline)}</strong></p>",
    ]
    if facts:
        items = "".join(f"<li>{html.escape(fact)}</li>" for fact in facts)
        parts.append(f"<p>{html.escape(_WORDS[lang]['decided'])}</p><ul>{items}</ul>")
    sections = [(_WORDS[lang]["steps"], explanation.render(lang)), *extra]
    parts.extend(
        f"<details><summary>{html.escape(title)}</summary>"
        f'<pre style="white-space: pre-wrap">{html.escape(text)}</pre></details>'
        for title, text in sections
    )
    parts.append("</div>")
    return "".join(parts)


Trace: TypeAlias = "list[Step] | None"
"""Where a rule records its steps: a list while explaining, `None` on the lean path."""

_T = TypeVar("_T")
_P = ParamSpec("_P")
_R = TypeVar("_R", bound=Callable[..., Any])


@attrs.frozen
class Explained(Generic[_T], Document):
    """A rule's value with the explanation of how it was reached (what `explain` returns).

    In Jupyter an outcome shows the explanation's summary, with the steps and the value folded
    beneath it.

    Attributes:
        value: What the rule returns (e.g. a `Decimal`, a `Rating`, an `Evaluation`).
        explanation: The steps.
        exact: The exact value as a `Fraction`, for rules whose value is a number (`None`
            otherwise).
    """

    __document_top__ = True

    value: _T
    explanation: Explanation
    exact: Fraction | None = None

    def _repr_html_(self) -> str:
        """The explanation's summary and steps, then the value's repr (what Jupyter shows)."""
        return _html(self.explanation, DEFAULT_LANG, [(_WORDS[DEFAULT_LANG]["object"], repr(self))])


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
        1. Achievement = realisation / target × 100 % (higher is better) [1]
    """
    explainer = getattr(rule, _EXPLAINER, None)
    if explainer is None:
        name = getattr(rule, "__name__", repr(rule))
        raise InvalidValueError(
            "rule",
            name,
            "is not a rule of kinerja-core that can explain its result",
            reason_id="bukan aturan kinerja-core yang dapat menjelaskan hasilnya",
            code="unknown_function",
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

    def _repr_html_(self) -> str:
        """The explanation's summary and steps, then the result's repr (what Jupyter shows).

        The text is Indonesian (`DEFAULT_LANG`) and HTML-escaped.
        """
        return _html(self.explanation, DEFAULT_LANG, [(_WORDS[DEFAULT_LANG]["object"], repr(self))])


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
