"""JSON documents: every public value type to plain JSON data and back, with every problem reported.

A value type that inherits [`Document`][kinerja_core.core.documents.Document] has
`to_dict()` and `from_dict()`, with `T.from_dict(x.to_dict()) == x`. The conversion is driven by
the type's attrs fields (their names are the document's field names, a documented contract) and
their annotations, so a new value type needs no hand-written code:

- text as JSON strings; whole numbers as JSON numbers; `True`/`False` as JSON booleans;
- exact numbers (`Decimal`) as strings in plain notation (`"112.5"`), so that no client reads
  them as binary floating point; on input a JSON number or a string (a string is read as the
  library reads any number: `"1.000"` is refused as ambiguous, see `parse_number`); a Python
  `float` is refused, with the advice to load JSON with `json.loads(text, parse_float=Decimal)`;
- rationals (`.exact` values) as `"225/2"`; dates as ISO dates (`"2024-12-31"`);
- enums by their official label (`"Sangat Baik"`), exactly (use `.parse` for other spellings);
- sequences as arrays, mappings as objects, nested value types as objects;
- values of any type (explanation inputs, parameter values) as tagged values
  (`{"type": "decimal", "value": "112.5"}`), so that they read back as what they were.

Reading a document checks every field and reports every problem at once in one
[`DocumentError`][kinerja_core.core.documents.DocumentError], each with its path
(`items[IKI-1].target`, `realisations["IKI-2"][3]`), a stable code, the value as written and
messages in Indonesian and English.

Why not `cattrs`: it structures fields well, but stops an object at its first failing
constructor and has no notion of our per-field domain checks, item-labelled paths, bilingual
messages or JSON Schema; those are most of this module, and it is small enough to keep here.
"""

# ruff: noqa: ANN401  (codecs convert values of any type: Any is the honest annotation)
from __future__ import annotations

import enum
import importlib
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, Self, TypeAlias, TypeVar

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core.errors import KinerjaError, ValidationError, show
from kinerja_core.core.numbers import Ratio, to_decimal

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "DocumentError",
    "Problem",
    "json_schema",
    "tag",
    "untag",
]

_T = TypeVar("_T")
_E = TypeVar("_E", bound=enum.Enum)

SCHEMA_VERSION: Final = 1
"""The version of the document format, written as `schema_version` on top-level documents."""

JSON: TypeAlias = "bool | int | str | Decimal | list[JSON] | dict[str, JSON] | None"
"""Plain JSON data (numbers read with `parse_float=Decimal` arrive as `Decimal`)."""

_FLOAT_ADVICE = (
    "binary floating point is not accepted: load JSON with json.loads(text, parse_float=Decimal)"
    " or write the number as a string",
    "bilangan floating point biner tidak diterima: baca JSON dengan "
    "json.loads(text, parse_float=Decimal) atau tulis angkanya sebagai string",
)


class Problem(KinerjaError):  # noqa: N818 (a problem is reported, not raised alone)
    """One problem in a document: where (`path`), what (`code`), the value and why.

    Attributes:
        path: Where in the document, e.g. `items[IKI-1].target` (also `field`).
    """

    @property
    def path(self) -> str:
        """Where in the document the problem is."""
        return self.field

    def to_dict(self) -> dict[str, Any]:
        """The problem as plain data: path, code, value as written, messages in id and en."""
        return {
            "path": self.path,
            "code": self.code,
            "value": show(self.value),
            "message": {"id": self.message("id"), "en": self.message("en")},
        }


class DocumentError(ValidationError):
    """A document could not be read: every problem found, each with its path.

    Attributes:
        problems: Every problem, each a `Problem` with `path`, `code`, `value` and messages.
    """

    default_code = "invalid_document"
    problems: tuple[Problem, ...]

    def __init__(self, document: str, problems: Iterable[Problem]) -> None:
        super().__init__(document, None, problems)

    def to_dict(self) -> dict[str, Any]:
        """The error as plain data: the document's type and every problem."""
        return {"document": self.field, "problems": [p.to_dict() for p in self.problems]}


class Problems:
    """The problems found so far while reading a document (for hand-written codecs)."""

    __slots__ = ("found",)

    def __init__(self) -> None:
        self.found: list[Problem] = []

    def add(self, path: str, code: str, value: object, en: str, id_: str) -> _Invalid:
        shown = code != "required"  # a missing field has no value to show
        self.found.append(
            Problem(path or "$", value, en, reason_id=id_, code=code, show_value=shown)
        )
        return INVALID

    def from_error(self, path: str, error: KinerjaError) -> _Invalid:
        if isinstance(error, ValidationError):
            for inner in error.problems:
                self.from_error(_join(path, inner.field), inner)
            return INVALID
        self.found.append(
            Problem(
                path or "$", error.value, error.reason, reason_id=error.reason_id, code=error.code
            )
        )
        return INVALID


class _Invalid:
    """The marker for a value that could not be read (its problems are recorded)."""

    __slots__ = ()


INVALID: Final = _Invalid()


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


_KIND_NAMES = {
    "object": ("an object", "sebuah objek"),
    "array": ("an array", "sebuah larik (array)"),
    "string": ("a string", "sebuah string"),
    "integer": ("a whole number", "bilangan bulat"),
    "number": ("a number", "sebuah bilangan"),
    "boolean": ("true or false", "true atau false"),
}


def _wrong_kind(problems: Problems, path: str, value: object, kind: str) -> _Invalid:
    en, id_ = _KIND_NAMES[kind]
    return problems.add(path, "wrong_type", value, f"must be {en}", f"harus {id_}")


class Codec:
    """How one type is written to and read from JSON data (internal building block)."""

    kinds: frozenset[str] = frozenset()

    def dump(self, value: Any, explanation: bool) -> JSON:
        raise NotImplementedError

    def load(self, data: object, path: str, problems: Problems) -> Any:
        raise NotImplementedError

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError


class _Str(Codec):
    kinds = frozenset({"string"})

    def dump(self, value: Any, explanation: bool) -> JSON:
        return str(value)

    def load(self, data: object, path: str, problems: Problems) -> Any:
        return data if isinstance(data, str) else _wrong_kind(problems, path, data, "string")

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string"}


class _Bool(Codec):
    kinds = frozenset({"boolean"})

    def dump(self, value: Any, explanation: bool) -> JSON:
        return bool(value)

    def load(self, data: object, path: str, problems: Problems) -> Any:
        return data if isinstance(data, bool) else _wrong_kind(problems, path, data, "boolean")

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "boolean"}


class _Int(Codec):
    kinds = frozenset({"integer"})

    def dump(self, value: Any, explanation: bool) -> JSON:
        return int(value)

    def load(self, data: object, path: str, problems: Problems) -> Any:
        if isinstance(data, int) and not isinstance(data, bool):
            return data
        if isinstance(data, Decimal) and data.is_finite() and data == data.to_integral_value():
            return int(data)
        return _wrong_kind(problems, path, data, "integer")

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "integer"}


def _refuse_float(problems: Problems, path: str, data: float) -> _Invalid:
    return problems.add(path, "float", data, *_FLOAT_ADVICE)


class _Decimal(Codec):
    kinds = frozenset({"string", "number", "integer"})

    def dump(self, value: Any, explanation: bool) -> JSON:
        return value if isinstance(value, str) else f"{value:f}"

    def load(self, data: object, path: str, problems: Problems) -> Any:
        if isinstance(data, float):
            return _refuse_float(problems, path, data)
        if isinstance(data, bool) or not isinstance(data, int | Decimal | str):
            return _wrong_kind(problems, path, data, "number")
        try:
            return to_decimal(data, field=path or "$")
        except KinerjaError as error:
            return problems.from_error(path, error)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": ["string", "number"],
            "description": "An exact number: a JSON number, or a string in plain notation.",
        }


_PLAIN_DECIMAL = re.compile(r"-?\d{1,40}(\.\d{1,100})?")
_FRACTION = re.compile(r"-?\d+(/\d+)?")


class _Fraction(Codec):
    kinds = frozenset({"string", "integer"})

    def __init__(self, ratio: bool = False) -> None:
        self.ratio = ratio

    def dump(self, value: Any, explanation: bool) -> JSON:
        numerator, denominator = value.as_integer_ratio()
        return str(numerator) if denominator == 1 else f"{numerator}/{denominator}"

    def load(self, data: object, path: str, problems: Problems) -> Any:
        if isinstance(data, int) and not isinstance(data, bool):
            data = str(data)
        if not isinstance(data, str) or not _FRACTION.fullmatch(data) or data.endswith("/0"):
            return problems.add(
                path,
                "not_a_rational",
                data,
                "must be an exact rational written 'numerator/denominator' (e.g. '225/2')",
                "harus bilangan rasional eksak 'pembilang/penyebut' (mis. '225/2')",
            )
        exact = Fraction(data)
        return Ratio(exact.numerator, exact.denominator) if self.ratio else exact

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": r"^-?\d+(/\d+)?$"}


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class _Date(Codec):
    kinds = frozenset({"string"})

    def dump(self, value: Any, explanation: bool) -> JSON:
        return str(value.isoformat())

    def load(self, data: object, path: str, problems: Problems) -> Any:
        if isinstance(data, str) and _ISO_DATE.fullmatch(data):
            try:
                return date.fromisoformat(data)
            except ValueError:
                pass
        return problems.add(
            path,
            "not_a_date",
            data,
            "must be a date written YYYY-MM-DD (e.g. '2024-12-31')",
            "harus tanggal bertulis YYYY-MM-DD (mis. '2024-12-31')",
        )

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "format": "date"}


class _Enum(Codec):
    kinds = frozenset({"string"})

    def __init__(self, enum_type: type[enum.Enum]) -> None:
        self.enum_type = enum_type
        self.by_label = {str(member.value): member for member in enum_type}

    def dump(self, value: Any, explanation: bool) -> JSON:
        return str(value.value)

    def load(self, data: object, path: str, problems: Problems) -> Any:
        member = self.by_label.get(data) if isinstance(data, str) else None
        if member is not None:
            return member
        labels = ", ".join(repr(label) for label in self.by_label)
        name = self.enum_type.__name__
        hint = f"{name}.parse" if hasattr(self.enum_type, "parse") else name
        return problems.add(
            path,
            "unknown_label",
            data,
            f"must be one of the official labels {labels} (read other spellings with {hint})",
            f"harus salah satu label resmi {labels} (ejaan lain dibaca dengan {hint})",
        )

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"enum": list(self.by_label), "title": self.enum_type.__name__}


class _Optional(Codec):
    def __init__(self, inner: Codec) -> None:
        self.inner = inner
        self.kinds = inner.kinds | {"null"}

    def dump(self, value: Any, explanation: bool) -> JSON:
        return None if value is None else self.inner.dump(value, explanation)

    def load(self, data: object, path: str, problems: Problems) -> Any:
        return None if data is None else self.inner.load(data, path, problems)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [self.inner.schema(defs), {"type": "null"}]}


def _item_label(item: object) -> str | None:
    """How an array item is named in a path: its code, key or name when it has one."""
    if isinstance(item, Mapping):
        for source in (item, item.get("indicator")):
            if isinstance(source, Mapping):
                for key in ("key", "code", "name"):
                    label = source.get(key)
                    if isinstance(label, str) and label.strip():
                        return label
    return None


class _Seq(Codec):
    kinds = frozenset({"array"})

    def __init__(self, item: Codec, *, labelled: bool = False) -> None:
        self.item = item
        self.labelled = labelled

    def dump(self, value: Any, explanation: bool) -> JSON:
        return [self.item.dump(item, explanation) for item in value]

    def load(self, data: object, path: str, problems: Problems) -> Any:
        if isinstance(data, str | bytes | Mapping) or not isinstance(data, Sequence):
            return _wrong_kind(problems, path, data, "array")
        items = []
        for index, raw in enumerate(data):
            label = _item_label(raw) if self.labelled else None
            items.append(self.item.load(raw, f"{path}[{label or index}]", problems))
        return INVALID if any(item is INVALID for item in items) else tuple(items)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "array", "items": self.item.schema(defs)}


class _Map(Codec):
    kinds = frozenset({"object"})

    def __init__(self, key: Codec, value: Codec, *, frozen: bool) -> None:
        self.key = key
        self.value = value
        self.frozen = frozen

    def dump(self, value: Any, explanation: bool) -> JSON:
        return {
            str(self.key.dump(k, explanation)): self.value.dump(v, explanation)
            for k, v in value.items()
        }

    def load(self, data: object, path: str, problems: Problems) -> Any:
        if not isinstance(data, Mapping):
            return _wrong_kind(problems, path, data, "object")
        loaded = {}
        for raw_key, raw_value in data.items():
            where = f'{path}["{raw_key}"]'
            key = self.key.load(raw_key, where, problems)
            loaded[key] = self.value.load(raw_value, where, problems)
        if INVALID in loaded or any(v is INVALID for v in loaded.values()):
            return INVALID
        return FrozenMap(loaded) if self.frozen else loaded

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "object", "additionalProperties": self.value.schema(defs)}


_JSON_KIND: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "boolean"),
    (int, "integer"),
    (Decimal, "number"),
    (float, "number"),
    (str, "string"),
    (Mapping, "object"),
    ((list, tuple), "array"),
    (type(None), "null"),
)


def _kind_of(data: object) -> str:
    for kind_type, kind in _JSON_KIND:
        if isinstance(data, kind_type):
            return kind
    return "unknown"


class _Union(Codec):
    """One of several types, chosen by the kind of JSON value (a string, an array, …)."""

    def __init__(self, alternatives: Sequence[tuple[type | tuple[type, ...], Codec]]) -> None:
        self.alternatives = tuple(alternatives)
        self.kinds = frozenset().union(*(c.kinds for _, c in alternatives))

    def dump(self, value: Any, explanation: bool) -> JSON:
        for kind_type, codec in self.alternatives:
            if isinstance(value, kind_type):
                return codec.dump(value, explanation)
        raise _unwritable(value)

    def load(self, data: object, path: str, problems: Problems) -> Any:
        kind = _kind_of(data)
        for _, codec in self.alternatives:
            if kind in codec.kinds or (kind == "integer" and "number" in codec.kinds):
                return codec.load(data, path, problems)
        if isinstance(data, float):
            return _refuse_float(problems, path, data)
        accepted = sorted(self.kinds)
        return problems.add(
            path,
            "wrong_type",
            data,
            "must be " + " or ".join(_KIND_NAMES.get(k, (k, k))[0] for k in accepted),
            "harus " + " atau ".join(_KIND_NAMES.get(k, (k, k))[1] for k in accepted),
        )

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [codec.schema(defs) for _, codec in self.alternatives]}


def _unwritable(value: object) -> KinerjaError:
    return KinerjaError(
        "value",
        type(value).__name__,
        "this type cannot be written to a document",
        reason_id="tipe ini tidak dapat ditulis ke dokumen",
        code="unwritable",
        show_value=True,
    )


# ---------------------------------------------------------------------------------------------
# Records: attrs value types


def _field_types(cls: type) -> dict[str, Any]:
    module = importlib.import_module(cls.__module__)
    namespace = dict(vars(module))
    hints: dict[str, Any] = {}
    for field in attrs.fields(cls):
        hint = field.type
        hints[field.name] = eval(hint, namespace) if isinstance(hint, str) else hint
    return hints


_META_FIELDS: Final = ("document", "schema_version")


class _Record(Codec):
    kinds = frozenset({"object"})

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self._fields: list[tuple[attrs.Attribute[Any], str, Codec]] | None = None
        self._known: frozenset[str] | None = None

    @property
    def fields(self) -> list[tuple[attrs.Attribute[Any], str, Codec]]:
        if self._fields is None:
            hints = _field_types(self.cls)
            found = []
            for field in attrs.fields(self.cls):
                if not field.init or field.metadata.get("document") is False:
                    continue
                name = field.alias or field.name
                codec = field.metadata.get("codec") or _FIELD_CODECS.get(
                    (self.cls.__qualname__, name)
                )
                if codec is None:
                    explained = field.name == "_explain"
                    codec = _Explanation() if explained else codec_for(hints[field.name])
                found.append((field, name, codec))
            self._fields = found
        return self._fields

    @property
    def derived(self) -> tuple[str, ...]:
        return tuple(getattr(self.cls, "__document_derived__", ()))

    @property
    def known(self) -> frozenset[str]:
        """The field names a document may hold (memoised)."""
        if self._known is None:
            names = {name for _, name, _ in self.fields} | set(self.derived)
            if getattr(self.cls, "__document_top__", False):
                names |= set(_META_FIELDS)
            self._known = frozenset(names)
        return self._known

    def dump(self, value: Any, explanation: bool) -> JSON:
        out: dict[str, JSON] = {}
        for field, name, codec in self.fields:
            if field.name == "_explain":
                if explanation:
                    out[name] = codec.dump(value.explanation, False)
                continue
            # nested results never repeat their explanation: the top one holds every step
            out[name] = codec.dump(getattr(value, field.name), False)
        for name in self.derived:
            out[name] = _derived(getattr(value, name))
        return out

    def load(self, data: object, path: str, problems: Problems) -> Any:  # noqa: PLR0912
        if not isinstance(data, Mapping):
            return _wrong_kind(problems, path, data, "object")
        before = len(problems.found)
        known = self.known
        for key in data:
            if key not in known or (key in _META_FIELDS and path):
                known = known - set(_META_FIELDS) if path else known
                problems.add(
                    _join(path, str(key)),
                    "unknown_field",
                    key,
                    "unknown field; known fields: " + ", ".join(sorted(known)),
                    "field tidak dikenal; field yang dikenal: " + ", ".join(sorted(known)),
                )
        kwargs: dict[str, Any] = {}
        for field, name, codec in self.fields:
            where = _join(path, name)
            if name not in data:
                if field.default is attrs.NOTHING:
                    problems.add(where, "required", None, "is required", "wajib diisi")
                continue
            value = codec.load(data[name], where, problems)
            if value is INVALID:
                continue
            if (field.converter is None and field.validator is None) or _check_field(
                field, value, where, problems
            ):
                kwargs[name] = value
        if len(problems.found) > before:
            return INVALID
        try:
            fix = getattr(self.cls, "_document_fields", None)
            value = self.cls(**(kwargs if fix is None else fix(kwargs)))
        except KinerjaError as error:
            known_names = {field.name: n for field, n, _ in self.fields} | {
                n: n for _, n, _ in self.fields
            }
            inner = known_names.get(error.field)
            if isinstance(error, ValidationError):
                return problems.from_error(path, error)
            return problems.from_error(_join(path, inner) if inner else path, error)
        for name in self.derived:
            if name in data and _comparable(_derived(getattr(value, name))) != _comparable(
                data[name]
            ):
                problems.add(
                    _join(path, name),
                    "inconsistent",
                    data[name],
                    f"does not match the value computed from the other fields "
                    f"({show(getattr(value, name))}); leave it out or correct it",
                    f"tidak cocok dengan nilai yang dihitung dari field lain "
                    f"({show(getattr(value, name))}); hapus atau perbaiki",
                )
                return INVALID
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        name = self.cls.__name__
        if name not in defs:
            defs[name] = {}  # placeholder: recursive types
            properties = {n: codec.schema(defs) for _, n, codec in self.fields}
            for derived in self.derived:
                properties[derived] = {
                    "readOnly": True,
                    "description": "Computed from the other fields; checked when given.",
                }
            required = [n for field, n, _ in self.fields if field.default is attrs.NOTHING]
            defs[name] = {
                "type": "object",
                "title": name,
                "properties": properties,
                "required": required,
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}


def _derived(value: object) -> JSON:
    """A derived (read-only) value as written: numbers as plain strings, enums as labels."""
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, Mapping):
        return {str(_derived(k)): _derived(v) for k, v in value.items()}
    if value is None or isinstance(value, bool | int | str):
        return value
    return tag(value)


def _comparable(data: object) -> object:
    if isinstance(data, int | Decimal) and not isinstance(data, bool):
        return f"{Decimal(data).normalize():f}"
    if isinstance(data, str):
        try:
            return f"{Decimal(data).normalize():f}"
        except ArithmeticError:
            return data
    if isinstance(data, Mapping):
        return {k: _comparable(v) for k, v in data.items()}
    return data


def _check_field(field: attrs.Attribute[Any], value: object, path: str, problems: Problems) -> bool:
    """Run one field's own converter and validator, so that every bad field is reported."""
    try:
        converter = field.converter
        if converter is not None and callable(converter):
            value = converter(value)
        if field.validator is not None:
            field.validator(None, field, value)
    except KinerjaError as error:
        problems.from_error(path, error)
        return False
    return True


class _Explanation(Codec):
    """The lazily built explanation of a result: written as its steps."""

    kinds = frozenset({"object"})

    def dump(self, value: Any, explanation: bool) -> JSON:
        return _record(type(value)).dump(value, explanation)

    def load(self, data: object, path: str, problems: Problems) -> Any:
        return _record(_core_type("explain.Explanation")).load(data, path, problems)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return _record(_core_type("explain.Explanation")).schema(defs)


# ---------------------------------------------------------------------------------------------
# Tagged values: any value an explanation or a parameter holds


def public_type(name: str) -> type:
    """The kinerja-core class named by a tag (`performance.indicators.Target`), or an error."""
    module_name, _, class_name = name.rpartition(".")
    found: object = None
    if module_name and all(part.isidentifier() for part in name.split(".")):
        try:
            module = importlib.import_module(f"kinerja_core.{module_name}")
        except ImportError:
            module = None
        found = getattr(module, class_name, None)
    if not isinstance(found, type) or not (
        attrs.has(found) or issubclass(found, enum.Enum) or found.__name__ == "LookupMatrix"
    ):
        raise KinerjaError(
            "type",
            name,
            "not a kinerja-core value type",
            reason_id="bukan tipe nilai kinerja-core",
            code="unknown_type",
        )
    return found


def _core_type(name: str) -> type:
    """A type of the core that sits above this module (read by name: no import cycle)."""
    module_name, _, class_name = name.rpartition(".")
    found: type = getattr(importlib.import_module(f"kinerja_core.core.{module_name}"), class_name)
    return found


def _type_name(cls: type) -> str:
    return f"{cls.__module__.removeprefix('kinerja_core.')}.{cls.__qualname__}"


def tag(value: object) -> JSON:  # noqa: PLR0912
    """Write any value an explanation or parameter holds as tagged JSON data.

    `None`, booleans, whole numbers and strings are written as they are; everything else as
    `{"type": ..., "value": ...}` so that `untag` reads it back as what it was.

    Args:
        value: The value.

    Returns:
        Plain JSON data.

    Raises:
        KinerjaError: If the value's type cannot be written (never `str()` of an object).

    Examples:
        >>> tag(Decimal("112.5"))
        {'type': 'decimal', 'value': '112.5'}
        >>> untag(tag(Fraction(225, 2)))
        Fraction(225, 2)
    """
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int) and type(value) is int:
        return value
    if isinstance(value, Decimal):
        return {"type": "decimal", "value": f"{value:f}"}
    if isinstance(value, Fraction):
        return {"type": "fraction", "value": _Fraction().dump(value, False)}
    if isinstance(value, Ratio):
        return {"type": "ratio", "value": _Fraction().dump(value, False)}
    if isinstance(value, date):
        return {"type": "date", "value": value.isoformat()}
    if isinstance(value, enum.Enum):
        return {"type": "enum", "enum": _type_name(type(value)), "value": tag(value.value)}
    if isinstance(value, tuple | list):
        return {
            "type": "tuple" if isinstance(value, tuple) else "list",
            "value": [tag(v) for v in value],
        }
    if type(value).__name__ == "LookupMatrix":
        return {"type": "matrix", "value": _dump_matrix(value)}
    if type(value).__name__ == "BandTable":
        data = value.to_dict()  # type: ignore[attr-defined]
        for row, band in zip(data["bands"], value.bands, strict=True):  # type: ignore[attr-defined]
            row["value"] = tag(band.value)
        return {"type": "bands", "value": data}
    if isinstance(value, Mapping):
        kind = "frozenmap" if isinstance(value, FrozenMap) else "map"
        return {"type": kind, "value": [[tag(k), tag(v)] for k, v in value.items()]}
    if attrs.has(type(value)):
        return {"type": _type_name(type(value)), "value": codec_for(type(value)).dump(value, False)}
    raise _unwritable(value)


def _dump_matrix(matrix: Any) -> dict[str, JSON]:
    axes = matrix.axes
    return {
        "axes": [_type_name(axis) for axis in axes],
        "cells": [
            [[tag(part) for part in (key if len(axes) > 1 else (key,))], tag(value)]
            for key, value in matrix.items()
        ],
    }


def untag(data: object) -> Any:
    """Read a value written by `tag`.

    Args:
        data: Tagged JSON data.

    Returns:
        The value.

    Raises:
        DocumentError: If the data is not a well-formed tagged value.
    """
    problems = Problems()
    value = _untag(data, "", problems)
    if problems.found:
        raise DocumentError("value", problems.found)
    return value


def _untag(data: object, path: str, problems: Problems) -> Any:  # noqa: PLR0912
    if data is None or isinstance(data, bool | str):
        return data
    if isinstance(data, int):
        return data
    if isinstance(data, float):
        return _refuse_float(problems, path, data)
    if not (isinstance(data, Mapping) and isinstance(data.get("type"), str) and "value" in data):
        return problems.add(
            path,
            "not_tagged",
            data,
            'must be a tagged value {"type": ..., "value": ...}',
            'harus nilai bertanda {"type": ..., "value": ...}',
        )
    kind, raw = data["type"], data["value"]
    where = _join(path, "value")
    simple: dict[str, Codec] = {
        "decimal": _DECIMAL,
        "fraction": _Fraction(),
        "ratio": _Fraction(ratio=True),
        "date": _DATE,
    }
    if kind == "decimal" and isinstance(raw, str) and _PLAIN_DECIMAL.fullmatch(raw):
        return Decimal(raw)  # exactly as written, trailing zeros included
    if kind in simple:
        return simple[kind].load(raw, where, problems)
    if kind in ("tuple", "list"):
        if not isinstance(raw, list):
            return _wrong_kind(problems, where, raw, "array")
        items = [_untag(item, f"{where}[{i}]", problems) for i, item in enumerate(raw)]
        return tuple(items) if kind == "tuple" else items
    if kind in ("map", "frozenmap"):
        if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 for p in raw):
            return _wrong_kind(problems, where, raw, "array")
        pairs = {
            _hashable(_untag(k, f"{where}[{i}][0]", problems)): _untag(
                v, f"{where}[{i}][1]", problems
            )
            for i, (k, v) in enumerate(raw)
        }
        return FrozenMap(pairs) if kind == "frozenmap" else pairs
    try:
        if kind == "enum":
            enum_type = public_type(str(data.get("enum")))
            return enum_type(_untag(raw, where, problems))
        if kind == "matrix":
            return _load_matrix(raw, where, problems)
        if kind == "bands":
            return _core_type("tables.BandTable").from_dict(  # type: ignore[attr-defined]
                raw, lambda v: _untag(v, where, problems)
            )
        cls = public_type(kind)
    except KinerjaError as error:
        return problems.from_error(path, error)
    except ValueError as error:
        return problems.add(path, "invalid_value", data, str(error), str(error))
    return codec_for(cls).load(raw, where, problems)


def _hashable(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def _load_matrix(raw: object, path: str, problems: Problems) -> Any:
    matrix_type: Any = _core_type("tables.LookupMatrix")
    if not (isinstance(raw, Mapping) and isinstance(raw.get("axes"), list)):
        return _wrong_kind(problems, path, raw, "object")
    axes = [public_type(str(name)) for name in raw["axes"]]
    cells: dict[object, object] = {}
    for i, cell in enumerate(raw.get("cells") or ()):
        key = tuple(_untag(part, f"{path}.cells[{i}]", problems) for part in cell[0])
        cells[key if len(axes) > 1 else key[0]] = _untag(cell[1], f"{path}.cells[{i}]", problems)
    return matrix_type(axes if len(axes) > 1 else axes[0], cells)


class _Tagged(Codec):
    kinds = frozenset({"object", "string", "integer", "boolean", "null"})

    def dump(self, value: Any, explanation: bool) -> JSON:
        return tag(value)

    def load(self, data: object, path: str, problems: Problems) -> Any:
        return _untag(data, path, problems)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "description": "A tagged value: a string, whole number, boolean, null or "
            '{"type": ..., "value": ...}.'
        }


class _Pairs(Codec):
    """`(name, value)` pairs in order (explanation inputs): `[{"name": ..., "value": ...}]`."""

    kinds = frozenset({"array"})

    def dump(self, value: Any, explanation: bool) -> JSON:
        return [{"name": name, "value": tag(v)} for name, v in value]

    def load(self, data: object, path: str, problems: Problems) -> Any:
        if not isinstance(data, list):
            return _wrong_kind(problems, path, data, "array")
        pairs = []
        for index, item in enumerate(data):
            where = f"{path}[{index}]"
            if not (isinstance(item, Mapping) and isinstance(item.get("name"), str)):
                _wrong_kind(problems, where, item, "object")
                continue
            pairs.append((item["name"], _untag(item.get("value"), _join(where, "value"), problems)))
        return tuple(pairs)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "value": _Tagged().schema(defs)},
                "required": ["name", "value"],
            },
        }


_STR: Final = _Str()
_BOOL: Final = _Bool()
_INT: Final = _Int()
_DECIMAL: Final = _Decimal()
_DATE: Final = _Date()

_FIELD_CODECS: dict[tuple[str, str], Codec] = {("Step", "inputs"): _Pairs()}
"""Field-specific codecs, by (class name, document field name)."""

_CUSTOM: dict[str, Callable[[], Codec]] = {}
"""Type-specific codecs, by the type's tag name, registered with `register_codec`."""


def register_codec(cls: type, make: Callable[[], Codec]) -> None:
    """Register a hand-written codec for a type whose constructor is not its fields."""
    _CUSTOM[_type_name(cls)] = make
    _CODECS.clear()


def optional(codec: Codec) -> Codec:
    """A codec that also accepts and writes `null` (for hand-made field codecs)."""
    return _Optional(codec)


def mapping_of(key: Any, value: Codec | Any) -> Codec:
    """A codec for a mapping (a JSON object) of `key` type to `value` (a codec or a type)."""
    inner = value if isinstance(value, Codec) else codec_for(value)
    return _Map(codec_for(key), inner, frozen=True)


def union_of(*alternatives: tuple[type | tuple[type, ...], Any]) -> Codec:
    """A codec for one of several types, chosen by the kind of JSON value.

    Args:
        alternatives: Pairs of (the Python types that are written with it, the type hint that
            reads it), in order: the first whose JSON kinds match reads the data.
    """
    return _Union([(runtime, codec_for(hint)) for runtime, hint in alternatives])


def optional_label() -> Codec:
    """A codec for a field that holds an enum chosen by another field: written as its label."""
    return _Optional(_Label())


class _Label(_Str):
    def dump(self, value: Any, explanation: bool) -> JSON:
        return str(value.value)


def resolve_label(enum_type: type[_E], label: object, field: str) -> _E:
    """The member of `enum_type` whose official label is `label` (for `_document_fields`)."""
    for member in enum_type:
        if member.value == label:
            return member
    labels = ", ".join(repr(member.value) for member in enum_type)
    raise KinerjaError(
        field,
        label,
        f"must be one of the official labels {labels}",
        reason_id=f"harus salah satu label resmi {labels}",
        code="unknown_label",
    )


def read_decimal(data: object, path: str, problems: Problems) -> Any:
    """Read an exact number for a hand-written codec (`INVALID` after recording a problem)."""
    return _DECIMAL.load(data, path, problems)


_RECORDS: dict[type, _Record] = {}


def _record(cls: type) -> _Record:
    found = _RECORDS.get(cls)
    if found is None:
        found = _RECORDS[cls] = _Record(cls)
    return found


_CODECS: dict[object, Codec] = {}


def codec_for(hint: Any) -> Codec:
    """The codec for a type annotation (internal; memoised)."""
    found = _CODECS.get(hint)
    if found is None:
        found = _CODECS[hint] = _make_codec(hint)
    return found


def _make_codec(hint: Any) -> Codec:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        options = [arg for arg in args if arg is not type(None)]
        if len(options) == 1:
            inner = codec_for(options[0])
        else:
            inner = _Union([(_runtime_type(arg), codec_for(arg)) for arg in options])
        return _Optional(inner) if len(options) < len(args) else inner
    if origin is tuple or origin in (Sequence, list):
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            return _Tagged()
        item = codec_for(args[0])
        return _Seq(item, labelled=isinstance(item, _Record))
    if isinstance(origin, type) and attrs.has(origin):  # a generic value type: Version[Any]
        return _make_codec(origin)
    if origin in (Mapping, dict) or origin is FrozenMap:
        return _Map(codec_for(args[0]), codec_for(args[1]), frozen=origin is not dict)
    if isinstance(hint, type):
        custom = _CUSTOM.get(_type_name(hint))
        if custom is not None:
            return custom()
        simple: dict[type, Codec] = {
            bool: _BOOL,
            int: _INT,
            str: _STR,
            Decimal: _DECIMAL,
            date: _DATE,
            Fraction: _Fraction(),
            Ratio: _Fraction(ratio=True),
        }
        if hint in simple:
            return simple[hint]
        if issubclass(hint, enum.Enum):
            return _Enum(hint)
        if attrs.has(hint):
            return _record(hint)
    return _Tagged()


def _runtime_type(hint: Any) -> type | tuple[type, ...]:
    origin = typing.get_origin(hint)
    if origin is not None:
        return origin if isinstance(origin, type) else object
    return hint if isinstance(hint, type) else object


# ---------------------------------------------------------------------------------------------
# The public entry points


def document_name(cls: type) -> str:
    """The name of a top-level document type (`PerformanceCase` → `performance_case`)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


def dump(value: object, *, explanation: bool = True, top: bool = True) -> dict[str, JSON]:
    """Write a value type to plain JSON data.

    Args:
        value: An instance of an attrs value type of the library.
        explanation: Include the explanation of results (building it if it was not read yet);
            `False` leaves it out, unbuilt.
        top: Add `document` (the type) and `schema_version` fields when the type is a
            top-level document (a case, a plan, an evaluation, an explanation).

    Returns:
        Plain data: `None`, booleans, whole numbers, strings, lists and dicts.
    """
    written = codec_for(type(value)).dump(value, explanation)
    data: dict[str, JSON] = written if isinstance(written, dict) else {"value": written}
    if top and getattr(type(value), "__document_top__", False):
        meta: dict[str, JSON] = {
            "document": document_name(type(value)),
            "schema_version": SCHEMA_VERSION,
        }
        return meta | data
    return data


def load(cls: type[_T], data: object) -> _T:
    """Read a value type from plain JSON data, checking everything.

    Args:
        cls: The type to read.
        data: The data (as written by `dump`, a web form or another system).

    Returns:
        The value.

    Raises:
        DocumentError: With every problem found, each with its path, code and messages.
    """
    problems = Problems()
    codec = codec_for(cls)
    if isinstance(data, Mapping):
        if getattr(cls, "__document_top__", False):
            _check_meta(cls, data, problems)
        if not isinstance(codec, _Record) and set(data) == {"value"}:
            data = data["value"]
    value = codec.load(data, "", problems)
    if problems.found or value is INVALID:
        raise DocumentError(document_name(cls), problems.found)
    return typing.cast(_T, value)


def _check_meta(cls: type, data: Mapping[str, object], problems: Problems) -> None:
    name = document_name(cls)
    if "document" in data and data["document"] != name:
        problems.add(
            "document",
            "wrong_document",
            data["document"],
            f"this reads a {name!r} document",
            f"ini membaca dokumen {name!r}",
        )
    version = data.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        problems.add(
            "schema_version",
            "unsupported_version",
            version,
            f"this library reads schema_version {SCHEMA_VERSION}",
            f"pustaka ini membaca schema_version {SCHEMA_VERSION}",
        )


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a top-level document of type `cls`.

    Args:
        cls: A value type.

    Returns:
        The schema, with every nested type under `$defs`.
    """
    defs: dict[str, Any] = {}
    _record(cls).schema(defs)
    root = dict(defs[cls.__name__])
    root["properties"] = {
        "document": {"const": document_name(cls)},
        "schema_version": {"const": SCHEMA_VERSION},
    } | root["properties"]
    return (
        {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://kinerja-core.dev/schema/{document_name(cls)}/{SCHEMA_VERSION}",
        }
        | root
        | {"$defs": defs}
    )


class Document:
    """Mixin of the value types that can be written to JSON and read back.

    `x.to_dict()` writes the value (with `document` and `schema_version` on top);
    `T.from_dict(data)` reads it back, reporting every problem in one `DocumentError`.
    """

    __slots__ = ()

    def to_dict(self, *, explanation: bool = True) -> dict[str, Any]:
        """The value as plain JSON data (see `kinerja_core.core.documents`).

        Args:
            explanation: For results, include the explanation (built if not read yet);
                `False` leaves it out, unbuilt.

        Returns:
            Plain data: `None`, booleans, whole numbers, strings, lists and dicts.
        """
        return dump(self, explanation=explanation)

    @classmethod
    def from_dict(cls, data: object) -> Self:
        """Read the value from plain JSON data (as written by `to_dict`, a form or a system).

        Args:
            data: The data; numbers may be JSON numbers (load with `parse_float=Decimal`) or
                strings; enums by their official labels.

        Returns:
            The value.

        Raises:
            DocumentError: With every problem found, each with its path, code and messages.
        """
        return load(cls, data)
