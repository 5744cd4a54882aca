"""The rules index page: `rules_index` records rendered as Markdown, added at docs build.

`mkdocs.yml` lists this module under `hooks:`; its `on_files` adds the generated page
`rules-index.md` (never a file on disk), so the page always shows what `NATIONAL` holds.
`page()` returns the same Markdown for tests and other tools.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from kinerja_core.conformance.rules_index import (
    AreaRecord,
    BandsValue,
    LegendRecord,
    MatrixValue,
    ParameterRecord,
    ValueRecord,
    VersionRecord,
    rules_index,
)

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

__all__ = ["PAGE", "on_files", "page", "render", "value_block", "value_text"]

PAGE = "rules-index.md"
"""Where the generated page sits in the site (as if it were `docs/rules-index.md`)."""

_SPECIAL = str.maketrans({char: f"\\{char}" for char in "\\`*_[]|#"})


def escape(text: str) -> str:
    """Text as literal Markdown: no emphasis, link, code span, table cell break or HTML."""
    return html.escape(text, quote=False).translate(_SPECIAL)


def _code(text: str) -> str:
    return f"`{text}`" if "`" not in text else escape(text)


def _bilingual(first: str, second: str) -> str:
    """`first (*second*)`, or `first` alone when both say the same."""
    if first == second:
        return escape(first)
    return f"{escape(first)} (*{escape(second)}*)"


def _cell_rows(rows: Iterable[Sequence[str]], header: Sequence[str]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def _scalar_text(value: ValueRecord) -> str | None:
    """A single value as text (enums by official label, ranges as formulas), else `None`."""
    if value["kind"] == "none":
        return "*none*"
    if value["kind"] == "bool":
        return "yes" if value["value"] else "no"
    if value["kind"] == "number" or value["kind"] == "date":
        return escape(value["text"])
    if value["kind"] == "text":
        return _code(value["text"])
    if value["kind"] == "bilingual":
        return _bilingual(value["id"], value["en"])
    if value["kind"] == "label":
        return escape(value["id"])
    if value["kind"] == "interval":
        return escape(value["en"])
    return None


def value_text(value: ValueRecord, *, lines: bool = False) -> str:
    """A value as inline Markdown (for a table cell or a sentence); enums by official label.

    Args:
        value: The value record.
        lines: Put the parts of a compound value on separate lines (`<br>`, in a table cell).

    Returns:
        Markdown text.
    """
    scalar = _scalar_text(value)
    if scalar is not None:
        return scalar
    separator = "<br>" if lines else "; "
    if value["kind"] == "bands":
        parts = [
            f"{escape(row['interval']['en'])} → {value_text(row['value'])}" for row in value["rows"]
        ]
    elif value["kind"] == "matrix":
        parts = [
            " × ".join(value_text(part) for part in cell["key"]) + f" → {value_text(cell['value'])}"
            for cell in value["cells"]
        ]
    elif value["kind"] == "mapping":
        parts = [
            f"{value_text(entry['key'])}: {value_text(entry['value'])}"
            for entry in value["entries"]
        ]
    elif value["kind"] == "set" or value["kind"] == "list":
        parts = [value_text(item) for item in value["items"]]
        if value["kind"] == "list" and not lines:
            return "(" + ", ".join(parts) + ")"
    elif value["kind"] == "record" and "summary" in value:
        return _bilingual(value["summary"]["en"], value["summary"]["id"])
    elif value["kind"] == "record":
        fields = value["fields"]
        return ", ".join(f"{escape(f['name'])}: {value_text(f['value'])}" for f in fields)
    return separator.join(parts)


def _header(values: Sequence[ValueRecord], fallback: str) -> str:
    if values and all(value["kind"] == "interval" for value in values):
        return "Range"
    kinds = {value["enum"] for value in values if value["kind"] == "label"}
    if len(kinds) == 1 and all(value["kind"] == "label" for value in values):
        return escape(kinds.pop())
    return fallback


def _bands_block(value: BandsValue) -> list[str]:
    rows = [(escape(row["interval"]["en"]), value_text(row["value"])) for row in value["rows"]]
    header = ("Range", _header([row["value"] for row in value["rows"]], "Value"))
    return _cell_rows(rows, header)


def _matrix_block(value: MatrixValue) -> list[str]:
    cells = value["cells"]
    if len(value["axes"]) != 2:
        rows = [
            (*(value_text(part) for part in cell["key"]), value_text(cell["value"]))
            for cell in cells
        ]
        return _cell_rows(rows, (*(escape(axis) for axis in value["axes"]), "Value"))
    row_keys: list[ValueRecord] = []
    column_keys: list[ValueRecord] = []
    for cell in cells:
        row, column = cell["key"]
        if row not in row_keys:
            row_keys.append(row)
        if column not in column_keys:
            column_keys.append(column)
    grid = {(repr(cell["key"][0]), repr(cell["key"][1])): cell["value"] for cell in cells}
    corner = f"{escape(value['axes'][0])} ↓ · {escape(value['axes'][1])} →"
    header = (corner, *(value_text(column) for column in column_keys))
    rows = [
        (
            f"**{value_text(row)}**",
            *(value_text(grid[repr(row), repr(column)]) for column in column_keys),
        )
        for row in row_keys
    ]
    return _cell_rows(rows, header)


def value_block(value: ValueRecord) -> list[str]:
    """A parameter's value as Markdown lines: tables for bands, matrices and mappings.

    Args:
        value: The value record.

    Returns:
        The lines (a paragraph, a list or a table).
    """
    if value["kind"] == "bands":
        return _bands_block(value)
    if value["kind"] == "matrix":
        return _matrix_block(value)
    if value["kind"] == "mapping":
        keys = [entry["key"] for entry in value["entries"]]
        values = [entry["value"] for entry in value["entries"]]
        rows = [
            (value_text(entry["key"]), value_text(entry["value"], lines=True))
            for entry in value["entries"]
        ]
        return _cell_rows(rows, (_header(keys, "Key"), _header(values, "Value")))
    if value["kind"] == "set" or value["kind"] == "list":
        items = value["items"]
        if value["kind"] == "set" or any(item["kind"] == "list" for item in items):
            return [f"- {value_text(item)}" for item in items]
    if value["kind"] == "label":
        return [f"**{_bilingual(value['id'], value['en'])}**"]
    return [value_text(value)]


def _tags(parameter: ParameterRecord) -> str:
    tags = [version["citation"]["tag"] for version in parameter["versions"]]
    unique = [tag for index, tag in enumerate(tags) if tags.index(tag) == index]
    return " → ".join(f"\\[{escape(tag)}\\]" for tag in unique)


def _sources(parameter: ParameterRecord) -> str:
    regulations: list[str] = []
    for version in parameter["versions"]:
        if version["citation"]["regulation"] not in regulations:
            regulations.append(version["citation"]["regulation"])
    return "; ".join(escape(regulation) for regulation in regulations)


def _overview(area: AreaRecord) -> list[str]:
    rows = []
    for parameter in area["parameters"]:
        link = f"[`{parameter['name']}`](#{parameter['name']})"
        if parameter["institution_only"]:
            rows.append((link, "set by each institution", "—", "—"))
            continue
        dates = ", ".join(version["effective_from"] for version in parameter["versions"])
        rows.append((link, dates, _sources(parameter), _tags(parameter)))
    return _cell_rows(rows, ("Parameter", "Values from", "Sources", "Confidence"))


def _version(version: VersionRecord) -> list[str]:
    citation = version["citation"]
    source = f"{escape(citation['regulation'])}, {escape(citation['article'])}"
    lines = [
        f"**From {version['effective_from']}** · {source} · **\\[{escape(citation['tag'])}\\]**",
        "",
        *value_block(version["value"]),
        "",
    ]
    if citation["note"]:
        lines += [f"*Note:* {escape(citation['note'])}", ""]
    return lines


def _parameter(parameter: ParameterRecord) -> list[str]:
    lines = [
        f"### `{parameter['name']}` {{ #{parameter['name']} }}",
        "",
        escape(parameter["description"]),
        "",
    ]
    if parameter["python_name"] is not None:
        name = parameter["python_name"]
        lines += [f"Spec: [`{name}`][{name}]", ""]
    if parameter["institution_only"]:
        lines += [
            "**Set by each institution**: the national policy has no value for it; a policy "
            "adds one with `Policy.with_overrides` (e.g. from the Perkada).",
            "",
        ]
    for version in parameter["versions"]:
        lines += _version(version)
    return lines


def _legend(legend: Sequence[LegendRecord], areas: Sequence[AreaRecord]) -> list[str]:
    latest: dict[str, int] = {}
    for area in areas:
        for parameter in area["parameters"]:
            if parameter["versions"]:
                tag = parameter["versions"][-1]["citation"]["tag"]
                latest[tag] = latest.get(tag, 0) + 1
    rows = [
        (
            f"**\\[{escape(entry['tag'])}\\]**",
            f"`{entry['confidence']}`",
            escape(entry["en"]),
            escape(entry["id"]),
            str(latest.get(entry["tag"], 0)),
        )
        for entry in legend
    ]
    header = ("Tag", "Confidence", "Meaning", "Arti", "Current values")
    return _cell_rows(rows, header)


_INTRO = """\
# Rules index (Indeks aturan)

Every parameter of the national policy, [`NATIONAL`][kinerja_core.NATIONAL]: what it means, each
value with the date from which it is in force, the regulation (article or lampiran) that sets it,
and how well that source has been confirmed. This page is generated from `NATIONAL` each time the
documentation is built, so it shows exactly the values the library uses. A region's or an
institution's rules are overrides of these values: see
[Regional rules and what-if variants](how-to/policies.md).

*Halaman ini dibuat otomatis dari `NATIONAL` setiap kali dokumentasi dibangun: setiap parameter,
nilainya sejak tanggal berlaku, dasar hukumnya (pasal atau lampiran) dan tingkat keyakinan atas
sumber tersebut.*

Numbers are exact, in plain notation; enum values are shown by their official (Indonesian)
labels; ranges are written as formulas in `x` (`80 ≤ x < 100`). A matrix is read by row (its
first key) and column (its second key).
"""


def render(areas: Sequence[AreaRecord], legend: Sequence[LegendRecord]) -> str:
    """The page's Markdown from the records.

    Args:
        areas: The area records (`rules_index.area_records()`).
        legend: The legend of the confidence tags (`rules_index.legend()`).

    Returns:
        The Markdown text.
    """
    total = sum(len(area["parameters"]) for area in areas)
    lines = [
        _INTRO,
        "## Confidence tags { #confidence-tags }",
        "",
        f"{total} parameters in {len(areas)} areas. The last column counts the parameters whose "
        "current (latest) value has the tag.",
        "",
        *_legend(legend, areas),
        "",
    ]
    for area in areas:
        lines += [f"## {escape(area['title'])} {{ #area-{area['area']} }}", ""]
        lines += [*_overview(area), ""]
        for parameter in area["parameters"]:
            lines += _parameter(parameter)
    return "\n".join(lines).rstrip() + "\n"


def page() -> str:
    """The rules index page of `NATIONAL`, as Markdown.

    Returns:
        The Markdown text.
    """
    index = rules_index()
    return render(index["areas"], index["legend"])


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """MkDocs hook: add the generated rules index page to the site.

    Args:
        files: The site's files.
        config: The MkDocs configuration.

    Returns:
        The files, with the page added.

    Raises:
        PluginError: If the docs already have a file at the page's path.
    """
    from mkdocs.exceptions import PluginError  # noqa: PLC0415
    from mkdocs.structure.files import File  # noqa: PLC0415

    if files.get_file_from_path(PAGE) is not None:
        raise PluginError(f"{PAGE} is generated by docs/hooks/rules_index_page.py; remove the file")
    files.append(File.generated(config, PAGE, content=page()))
    return files
