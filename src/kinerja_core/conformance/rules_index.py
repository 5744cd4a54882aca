"""The rules index as plain records: every parameter of `NATIONAL`, its timeline and its sources.

This module gathers the data of the documentation's rules index (`rules_index_page` renders it
as Markdown at docs build). The records are plain JSON-ready data (dicts, lists, strings,
booleans and `None`), so a command line or web API can serve the same index as JSON:
`json.dumps(rules_index())`.

Each parameter value becomes a tagged value record (`{"kind": ..., ...}`): numbers in plain
notation, enums by their official (Indonesian) label and English label, band tables as rows of
intervals and values, lookup matrices as cells keyed by their axes' labels, mappings, sets,
sequences and attrs records field by field. Nothing here reads a file, the clock or the network.
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
import types
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, NotRequired, TypeAlias, TypedDict

import attrs

import kinerja_core
from kinerja_core.core import numbers
from kinerja_core.core.explain import Labelled, Text
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Parameter, ParameterSpec
from kinerja_core.core.tables import Band, BandTable, Interval, LookupMatrix
from kinerja_core.legacy.pp46_2011_specs import PrintedBands
from kinerja_core.national import _AREAS, NATIONAL

__all__ = [
    "AREA_TITLES",
    "LEGEND",
    "AreaRecord",
    "CitationRecord",
    "IndexRecord",
    "LegendRecord",
    "ParameterRecord",
    "ValueRecord",
    "VersionRecord",
    "area_records",
    "legend",
    "python_names",
    "rules_index",
    "value_record",
]

# --------------------------------------------------------------------------------------------
# Value records
# --------------------------------------------------------------------------------------------


class NoneValue(TypedDict):
    """No value (`None`), e.g. an open cap."""

    kind: Literal["none"]


class BoolValue(TypedDict):
    """A yes/no value."""

    kind: Literal["bool"]
    value: bool


class NumberValue(TypedDict):
    """An exact number in plain notation (`95000`, `1.76`; `2/3` when it has no finite decimal)."""

    kind: Literal["number"]
    text: str


class TextValue(TypedDict):
    """A string (or a value shown by its `str`)."""

    kind: Literal["text"]
    text: str


class BilingualValue(TypedDict):
    """A text in Indonesian and English."""

    kind: Literal["bilingual"]
    id: str
    en: str


class DateValue(TypedDict):
    """A date, ISO formatted."""

    kind: Literal["date"]
    text: str


class LabelValue(TypedDict):
    """An enum member: its official (Indonesian) label, its English label and its code name."""

    kind: Literal["label"]
    enum: str
    member: str
    id: str
    en: str


class IntervalValue(TypedDict):
    """A range of numbers: as a formula in each language, and its edges as decimal strings."""

    kind: Literal["interval"]
    id: str
    en: str
    lower: str | None
    upper: str | None
    lower_closed: bool
    upper_closed: bool


class BandRow(TypedDict):
    """One row of a band table: the interval and the value it gives."""

    interval: IntervalValue
    value: ValueRecord


class BandsValue(TypedDict):
    """A band table: its rows in ascending order, and its declared monotonicity."""

    kind: Literal["bands"]
    rows: list[BandRow]
    monotone: str | None


class Cell(TypedDict):
    """One cell of a lookup matrix: one label per axis, and the value."""

    key: list[ValueRecord]
    value: ValueRecord


class MatrixValue(TypedDict):
    """A lookup matrix: the enum of each axis and every cell (the first axis varies slowest)."""

    kind: Literal["matrix"]
    axes: list[str]
    cells: list[Cell]


class Entry(TypedDict):
    """One entry of a mapping."""

    key: ValueRecord
    value: ValueRecord


class MappingValue(TypedDict):
    """A mapping, entries in the value's own order."""

    kind: Literal["mapping"]
    entries: list[Entry]


class ItemsValue(TypedDict):
    """A sequence (`list`, in order) or a set (`set`, enums in definition order)."""

    kind: Literal["list", "set"]
    items: list[ValueRecord]


class Field(TypedDict):
    """One field of a record."""

    name: str
    value: ValueRecord


class RecordValue(TypedDict):
    """A value object: its type, its fields and, when it has one, its own short description."""

    kind: Literal["record"]
    type: str
    summary: NotRequired[BilingualValue]
    fields: list[Field]


ValueRecord: TypeAlias = (
    NoneValue
    | BoolValue
    | NumberValue
    | TextValue
    | BilingualValue
    | DateValue
    | LabelValue
    | IntervalValue
    | BandsValue
    | MatrixValue
    | MappingValue
    | ItemsValue
    | RecordValue
)
"""A parameter value as plain, tagged data (the `kind` key says which shape)."""


def number_text(value: int | Decimal | Fraction) -> str:
    """An exact number in plain notation, never rounded.

    Args:
        value: An `int`, a finite `Decimal` or a `Fraction`.

    Returns:
        The number without exponent or trailing zeros (`Decimal("9.5E+4")` → `"95000"`,
        `Decimal("1.50")` → `"1.5"`); a fraction without a finite decimal expansion as `"2/3"`.
    """
    if isinstance(value, Fraction):
        rest = value.denominator
        for factor in (2, 5):
            while rest % factor == 0:
                rest //= factor
        if rest != 1:
            return f"{value.numerator}/{value.denominator}"
    return format(numbers.publish(value), "f")


def _label(member: enum.Enum) -> LabelValue:
    if isinstance(member, Labelled):
        official, english = member.label("id"), member.label("en")
    else:
        official = english = str(member.value)
    return {
        "kind": "label",
        "enum": type(member).__name__,
        "member": member.name,
        "id": official,
        "en": english,
    }


def _interval(interval: Interval) -> IntervalValue:
    return {
        "kind": "interval",
        "id": interval.describe("id"),
        "en": interval.describe("en"),
        "lower": None if interval.lower is None else number_text(interval.lower),
        "upper": None if interval.upper is None else number_text(interval.upper),
        "lower_closed": interval.lower_closed,
        "upper_closed": interval.upper_closed,
    }


def _bands(bands: Iterable[Band[Any]], monotone: str | None) -> BandsValue:
    rows: list[BandRow] = [
        {"interval": _interval(band.interval), "value": value_record(band.value)} for band in bands
    ]
    return {"kind": "bands", "rows": rows, "monotone": monotone}


def _matrix(matrix: LookupMatrix[Any]) -> MatrixValue:
    size = len(matrix.axes)
    cells: list[Cell] = []
    for key, value in matrix.cells.items():
        parts: tuple[object, ...] = key if size > 1 else (key,)  # type: ignore[assignment]
        cells.append({"key": [value_record(part) for part in parts], "value": value_record(value)})
    return {"kind": "matrix", "axes": [axis.__name__ for axis in matrix.axes], "cells": cells}


def _printed_bands(bands: PrintedBands) -> MappingValue:
    """PP 46/2011's printed bands: `(lower, upper)` pairs, both edges inclusive, `None` open."""
    entries: list[Entry] = []
    for category, (lower, upper) in bands.items():
        interval = Interval(lower, upper, lower is not None, upper is not None)
        entries.append({"key": value_record(category), "value": _interval(interval)})
    return {"kind": "mapping", "entries": entries}


def _set_order(item: object) -> tuple[int, str]:
    if isinstance(item, enum.Enum):
        return list(type(item)).index(item), ""
    return 0, repr(item)


def _record(value: Any) -> RecordValue:  # noqa: ANN401 (an attrs instance)
    kind = type(value)
    fields: list[Field] = [
        {"name": field.name, "value": value_record(getattr(value, field.name))}
        for field in attrs.fields(kind)
        if not field.name.startswith("_")
    ]
    found: RecordValue = {"kind": "record", "type": kind.__name__, "fields": fields}
    if isinstance(value, Labelled):
        found["summary"] = {"kind": "bilingual", "id": value.label("id"), "en": value.label("en")}
    elif any("__str__" in vars(base) for base in kind.__mro__ if base is not object):
        text = str(value)
        found["summary"] = {"kind": "bilingual", "id": text, "en": text}
    return found


def _scalar(value: object) -> ValueRecord | None:
    """The record of a single value (a number, a label, a text, a date), else `None`."""
    if value is None:
        return {"kind": "none"}
    if isinstance(value, bool):
        return {"kind": "bool", "value": value}
    if isinstance(value, enum.Enum):
        return _label(value)
    if isinstance(value, int | Decimal | Fraction):
        return {"kind": "number", "text": number_text(value)}
    if isinstance(value, str):
        return {"kind": "text", "text": value}
    if isinstance(value, Text):
        return {"kind": "bilingual", "id": value.id, "en": value.en}
    if isinstance(value, date):
        return {"kind": "date", "text": value.isoformat()}
    return None


def _table(value: object) -> ValueRecord | None:
    """The record of a table or a range (band table, band, matrix, interval), else `None`."""
    if isinstance(value, BandTable):
        return _bands(value.bands, value.monotone)
    if isinstance(value, Band):
        return _bands((value,), None)
    if isinstance(value, LookupMatrix):
        return _matrix(value)
    if isinstance(value, Interval):
        return _interval(value)
    interval = getattr(value, "interval", None)  # e.g. PP 30/2019's Band
    if isinstance(interval, Interval):
        return _interval(interval)
    if isinstance(value, PrintedBands):
        return _printed_bands(value)
    return None


def value_record(value: object) -> ValueRecord:
    """A parameter value (or a part of one) as a plain, tagged value record.

    Args:
        value: Any value a parameter of the library holds.

    Returns:
        The record; a value of a kind this module does not know is shown by its `str`.
    """
    found = _scalar(value)
    if found is None:
        found = _table(value)
    if found is not None:
        return found
    if isinstance(value, Mapping):
        entries: list[Entry] = [
            {"key": value_record(key), "value": value_record(item)} for key, item in value.items()
        ]
        return {"kind": "mapping", "entries": entries}
    if isinstance(value, frozenset | set):
        return {"kind": "set", "items": [value_record(i) for i in sorted(value, key=_set_order)]}
    if isinstance(value, list | tuple):
        return {"kind": "list", "items": [value_record(item) for item in value]}
    if attrs.has(type(value)):
        return _record(value)
    return {"kind": "text", "text": str(value)}


# --------------------------------------------------------------------------------------------
# Citations and the legend
# --------------------------------------------------------------------------------------------


class CitationRecord(TypedDict):
    """A citation as plain data."""

    regulation: str
    article: str
    note: str | None
    confidence: str
    tag: str


class LegendRecord(TypedDict):
    """One confidence tag: its short tag, its value and what it means."""

    tag: str
    confidence: str
    id: str
    en: str


LEGEND: Mapping[Confidence, tuple[str, str]] = types.MappingProxyType(
    {
        Confidence.PRIMARY: (
            "Teks peraturan itu sendiri sudah dilihat.",
            "The regulation's own wording was seen.",
        ),
        Confidence.SECONDARY: (
            "Sumber sekunder (bahan paparan instansi, berita) mengutip atau memparafrasekan "
            "peraturan.",
            "A secondary source (agency slides, news) quotes or paraphrases the regulation.",
        ),
        Confidence.SOFTWARE: (
            "Perangkat lunak publik menerapkan aturan ini (bisa jadi beberapa program "
            "independen sepakat).",
            "Public software encodes the rule (possibly several independent programs agree).",
        ),
        Confidence.UNCONFIRMED: (
            "Tidak terlihat di sumber mana pun: asumsi yang didokumentasikan dan dapat diganti.",
            "Not seen in any source: a documented, overridable assumption.",
        ),
        Confidence.POLICY_CHOICE: (
            "Peraturan tidak mengaturnya; nilai bawaan kinerja-core yang didokumentasikan, untuk "
            "diganti sesuai kebijakan.",
            "The regulation is silent; kinerja-core's documented default, meant to be overridden.",
        ),
    }
)
"""What each confidence tag means, in Indonesian and English (the English is the docstring of
the `Confidence` member, which a test keeps in step)."""


def legend() -> list[LegendRecord]:
    """The confidence tags, in the order of `Confidence`, with their meaning.

    Returns:
        One record per tag.
    """
    found: list[LegendRecord] = []
    for member in Confidence:
        indonesian, english = LEGEND[member]
        found.append(
            {"tag": member.tag, "confidence": member.value, "id": indonesian, "en": english}
        )
    return found


def _english(text: object) -> str:
    """A citation's article or note: plain text, or the English of a bilingual text."""
    return text if isinstance(text, str) else str(text("en"))  # type: ignore[operator]


def _citation(citation: Citation) -> CitationRecord:
    return {
        "regulation": citation.regulation,
        "article": _english(citation.article),
        "note": None if citation.note is None else _english(citation.note),
        "confidence": citation.confidence.value,
        "tag": citation.confidence.tag,
    }


# --------------------------------------------------------------------------------------------
# Parameters and areas
# --------------------------------------------------------------------------------------------


class VersionRecord(TypedDict):
    """One value of a parameter's timeline."""

    effective_from: str
    value: ValueRecord
    citation: CitationRecord


class ParameterRecord(TypedDict):
    """One parameter: what it is, where its spec lives in the API, and its national timeline.

    `versions` is empty for an institution-only parameter (set by each institution).
    """

    name: str
    description: str
    python_name: str | None
    institution_only: bool
    versions: list[VersionRecord]


class IndexRecord(TypedDict):
    """The whole index: the policy's name, the legend of the confidence tags and every area."""

    policy: str
    legend: list[LegendRecord]
    areas: list[AreaRecord]


class AreaRecord(TypedDict):
    """The parameters of one area of the library (`performance`, `periods`, ...)."""

    area: str
    title: str
    parameters: list[ParameterRecord]


AREA_TITLES: Mapping[str, str] = types.MappingProxyType(
    {
        "performance": "Performance management (PermenPANRB 6/2022 and 8/2021)",
        "periods": "Periods, month counts and deadlines",
        "regimes": "Which regime applies when",
        "interop": "Interoperability (SIASN codes)",
        "legacy": "Earlier regimes (PP 30/2019 and PP 46/2011)",
        "allowance": "TPP and tunjangan kinerja (set by each institution)",
    }
)
"""A heading for each area (an area without one is headed by its name)."""


def _public_modules(module: types.ModuleType, seen: set[str]) -> Iterator[types.ModuleType]:
    if module.__name__ in seen:
        return
    seen.add(module.__name__)
    yield module
    for name in getattr(module, "__all__", ()):
        found = getattr(module, name)
        if isinstance(found, types.ModuleType) and found.__name__.startswith("kinerja_core."):
            yield from _public_modules(found, seen)


def python_names() -> dict[str, str]:
    """Where each public parameter spec is documented: parameter name → `module.NAME`.

    Walks `kinerja_core.__all__` and the public names of its namespaces and their public
    modules (e.g. `kinerja_core.legacy.pp30_2019`); the first (shortest) home wins.

    Returns:
        The dotted Python name of each spec that has a public home.
    """
    found: dict[str, str] = {}
    for module in _public_modules(kinerja_core, set()):
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            if isinstance(value, ParameterSpec):
                found.setdefault(value.name, f"{module.__name__}.{name}")
    return found


def _area_name(area: types.ModuleType) -> str:
    return area.__name__.rsplit(".", 1)[-1]


def _institution_specs(area: str) -> list[ParameterSpec[Any]]:
    """The institution-only specs defined in the area's package (`kinerja_core.<area>`)."""
    try:
        package = importlib.import_module(f"kinerja_core.{area}")
    except ImportError:
        return []
    modules = [package]
    for info in pkgutil.walk_packages(getattr(package, "__path__", []), f"{package.__name__}."):
        modules.append(importlib.import_module(info.name))
    found: dict[str, ParameterSpec[Any]] = {}
    for module in modules:
        for value in list(vars(module).values()):
            if isinstance(value, ParameterSpec) and value.institution_only:
                found.setdefault(value.name, value)
    return [found[name] for name in sorted(found)]


def _parameter(
    spec: ParameterSpec[Any], parameter: Parameter[Any] | None, names: Mapping[str, str]
) -> ParameterRecord:
    versions: list[VersionRecord] = []
    if parameter is not None:
        versions = [
            {
                "effective_from": version.effective_from.isoformat(),
                "value": value_record(version.value),
                "citation": _citation(version.citation),
            }
            for version in parameter.versions
        ]
    return {
        "name": spec.name,
        "description": spec.description,
        "python_name": names.get(spec.name),
        "institution_only": spec.institution_only,
        "versions": versions,
    }


def area_records(areas: Sequence[types.ModuleType] = _AREAS) -> list[AreaRecord]:
    """Every parameter of every area, grouped by area, with its national timeline.

    Args:
        areas: The national data modules (default: those of `NATIONAL`); each has a
            `PARAMETERS` tuple. An area's institution-only specs (those with no national
            timeline) are found in its package, `kinerja_core.<area>`, and listed after the
            others with no versions.

    Returns:
        One record per area, parameters in the order of the area's data module.
    """
    names = python_names()
    records: list[AreaRecord] = []
    for area in areas:
        key = _area_name(area)
        listed = [
            _parameter(parameter.spec, NATIONAL.parameter(parameter.spec), names)
            for parameter in area.PARAMETERS
        ]
        listed += [_parameter(spec, None, names) for spec in _institution_specs(key)]
        records.append({"area": key, "title": AREA_TITLES.get(key, key), "parameters": listed})
    return records


def rules_index(areas: Sequence[types.ModuleType] = _AREAS) -> IndexRecord:
    """The whole rules index as JSON-ready data: the policy, the legend and every area.

    Args:
        areas: The national data modules (default: those of `NATIONAL`).

    Returns:
        `{"policy": "Nasional", "legend": [...], "areas": [...]}`.
    """
    return {"policy": NATIONAL.name, "legend": legend(), "areas": area_records(areas)}
