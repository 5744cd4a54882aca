"""The rules index page (docs/hooks): every parameter of every area, with its citations."""

import ast
import html
import importlib
import inspect
import itertools
import json
import pathlib
import pkgutil
import re
import sys
from decimal import Decimal
from fractions import Fraction

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kinerja_core
from kinerja_core import NATIONAL, Rating
from kinerja_core.core import law
from kinerja_core.core.law import Confidence
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.national import _AREAS
from kinerja_core.performance import PREDICATE_MATRIX

ROOT = pathlib.Path(__file__).resolve().parent.parent
HOOKS = ROOT / "docs" / "hooks"
if str(HOOKS) not in sys.path:
    sys.path.insert(0, str(HOOKS))

rules_index = importlib.import_module("kinerja_core.conformance.rules_index")
rules_index_page = importlib.import_module("rules_index_page")


@pytest.fixture(scope="module")
def index():
    return rules_index.rules_index()


@pytest.fixture(scope="module")
def page(index):
    return rules_index_page.render(index["areas"], index["legend"])


def english(text):
    """A citation's article or note as the index shows it: the English of a bilingual text."""
    return text if text is None or isinstance(text, str) else text("en")


def every_spec():
    found = {}
    for info in pkgutil.walk_packages(kinerja_core.__path__, "kinerja_core."):
        if info.name.startswith("kinerja_core.testing") or info.name.endswith("__main__"):
            continue
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, ParameterSpec):
                found[value.name] = value
    return found


def sections(page):
    """The text of each parameter's section of the rendered page, by parameter name."""
    rendered = markdown.markdown(page, extensions=["tables", "attr_list", "toc"])
    found = {}
    for part in re.split(r"(?=<h[23] )", rendered):
        match = re.match(r'<h3 id="(\w+)">', part)
        if match:
            found[match[1]] = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", part)).split())
    return found


def flat(text):
    return " ".join(text.split())


def test_every_parameter_spec_of_every_area_is_listed_with_its_citations(index, page):
    listed = [p for area in index["areas"] for p in area["parameters"]]
    names = [p["name"] for p in listed]
    assert len(names) == len(set(names))
    assert set(names) == set(every_spec())
    assert [area["area"] for area in index["areas"]] == [
        area.__name__.rsplit(".", 1)[-1] for area in _AREAS
    ]
    for record, area in zip(index["areas"], _AREAS, strict=True):
        national = [p["name"] for p in record["parameters"] if not p["institution_only"]]
        assert national == [parameter.name for parameter in area.PARAMETERS]
    text = sections(page)
    assert len(text) == len(listed) >= 46
    for parameter in listed:
        if parameter["institution_only"]:  # set by each institution: no national timeline
            assert parameter["versions"] == []
            assert parameter["name"] not in NATIONAL
            assert "Set by each institution" in text[parameter["name"]]
            continue
        versions = NATIONAL.parameter(parameter["name"]).versions
        assert parameter["description"] == NATIONAL.parameter(parameter["name"]).spec.description
        assert [v["effective_from"] for v in parameter["versions"]] == [
            v.effective_from.isoformat() for v in versions
        ]
        section = text[parameter["name"]]
        assert flat(parameter["description"]) in section
        for record, version in zip(parameter["versions"], versions, strict=True):
            citation = version.citation
            article, note = english(citation.article), english(citation.note)
            assert record["citation"] == {
                "regulation": citation.regulation,
                "article": article,
                "note": note,
                "confidence": citation.confidence.value,
                "tag": citation.confidence.tag,
            }
            assert f"From {version.effective_from.isoformat()}" in section
            source = f"{citation.regulation}, {article} · [{citation.confidence.tag}]"
            assert flat(source) in section, parameter["name"]
            if note:
                assert flat(note) in section, parameter["name"]


def test_each_spec_links_to_its_documented_home(index, page):
    for area in index["areas"]:
        for parameter in area["parameters"]:
            home, _, name = parameter["python_name"].rpartition(".")
            assert getattr(importlib.import_module(home), name).name == parameter["name"]
            assert f"Spec: [`{home}.{name}`][{home}.{name}]" in page
    assert rules_index.python_names()["pp30_score_weights"] == (
        "kinerja_core.legacy.pp30_2019.PP30_SCORE_WEIGHTS"
    )


def test_an_institution_only_spec_is_listed_as_set_by_each_institution(monkeypatch):
    from kinerja_core.performance import evaluation_specs  # noqa: PLC0415

    tpp = ParameterSpec(
        "example_tpp_rules",
        "A Pemda's TPP rules (an institution-only parameter).",
        lambda value: value,
        institution_only=True,
    )
    monkeypatch.setattr(evaluation_specs, "EXAMPLE_TPP_RULES", tpp, raising=False)
    areas = rules_index.area_records()
    performance = next(area for area in areas if area["area"] == "performance")
    assert performance["parameters"][-1] == {
        "name": "example_tpp_rules",
        "description": tpp.description,
        "python_name": None,
        "institution_only": True,
        "versions": [],
    }
    others = [p["name"] for a in areas if a["area"] != "performance" for p in a["parameters"]]
    assert "example_tpp_rules" not in others
    page = rules_index_page.render(areas, rules_index.legend())
    assert "Set by each institution" in sections(page)["example_tpp_rules"]
    assert "| [`example_tpp_rules`](#example_tpp_rules) | set by each institution |" in page


def confidence_docstrings():
    tree = ast.parse(inspect.getsource(law))
    body = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Confidence").body
    found = {}
    for assignment, docstring in itertools.pairwise(body):
        if isinstance(assignment, ast.Assign) and isinstance(docstring, ast.Expr):
            found[assignment.targets[0].id] = docstring.value.value
    return found


def test_the_legend_has_every_confidence_tag_with_its_documented_meaning(index, page):
    documented = confidence_docstrings()
    assert set(documented) == {member.name for member in Confidence}
    for member in Confidence:
        meaning = re.sub(r"^\[\w+\] ", "", documented[member.name])
        indonesian, english = rules_index.LEGEND[member]
        assert english == meaning
        assert indonesian.strip()
        assert indonesian != english
    assert [entry["tag"] for entry in index["legend"]] == [m.tag for m in Confidence]
    legend = page.split("## Confidence tags", 1)[1].split("\n## ", 1)[0]
    for entry in index["legend"]:
        assert f"| **\\[{entry['tag']}\\]** | `{entry['confidence']}` |" in legend


def table_rows(lines, first_cell):
    return [line.strip("|").split(" | ") for line in lines if line.startswith(f"| {first_cell}")]


def test_a_matrix_is_a_grid_of_official_labels_that_agrees_with_the_policy(page):
    section = page.split("### `predicate_matrix`", 1)[1].split("\n### ", 1)[0]
    lines = section.splitlines()
    header = next(line for line in lines if line.startswith("| Rating ↓ · Rating →"))
    columns = [cell.strip() for cell in header.strip("|").split(" | ")[1:]]
    assert columns == [rating.value for rating in Rating]
    matrix = NATIONAL.latest()[PREDICATE_MATRIX]
    for row in Rating:
        (cells,) = table_rows(lines, f"**{row.value}**")
        for column, cell in zip(Rating, cells[1:], strict=True):
            assert cell.strip() == matrix.lookup(row, column).value


def record_of(index, name):
    return next(p for a in index["areas"] for p in a["parameters"] if p["name"] == name)


def test_band_tables_enums_and_printed_bands_read_as_the_regulation_writes_them(index, page):
    bands = record_of(index, "work_result_bands")["versions"][0]["value"]
    assert bands["kind"] == "bands"
    assert [(row["interval"]["en"], row["value"]["id"]) for row in bands["rows"]] == [
        ("x < 100", "Di Bawah Ekspektasi"),
        ("100 ≤ x < 101", "Sesuai Ekspektasi"),
        ("x ≥ 101", "Di Atas Ekspektasi"),
    ]
    assert "| 100 ≤ x &lt; 101 | Sesuai Ekspektasi |" in page
    rule = record_of(index, "annual_predicate_rule")["versions"][0]["value"]
    assert (rule["id"], rule["en"], rule["member"]) == (
        "Tertimbang jumlah bulan",
        "Month-weighted",
        "MONTH_WEIGHTED",
    )
    printed = record_of(index, "pp46_category_bands")["versions"][0]["value"]
    assert [(e["key"]["id"], e["value"]["en"]) for e in printed["entries"]] == [
        ("Sangat Baik", "x ≥ 91"),
        ("Baik", "76 ≤ x ≤ 90"),
        ("Cukup", "61 ≤ x ≤ 75"),
        ("Kurang", "51 ≤ x ≤ 60"),
        ("Buruk", "x ≤ 50"),
    ]
    limits = record_of(index, "achievement_limits")["versions"][0]["value"]
    assert rules_index_page.value_text(limits) == "cap: *none*, floor: 0"
    deadline = record_of(index, "skp_deadline")["versions"][0]["value"]
    assert deadline["summary"]["en"] == "end of January of the performance year"
    assert "| Sangat Kurang | 0 ≤ x &lt; 50 |" in page  # PP 30/2019's predikat bands


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("9.5E+4"), "95000"),
        (Decimal("1.50"), "1.5"),
        (Decimal("-0.000001"), "-0.000001"),
        (7, "7"),
        (Fraction(7, 4), "1.75"),
        (Fraction(2, 3), "2/3"),
    ],
)
def test_numbers_are_exact_in_plain_notation(value, text):
    assert rules_index.value_record(value) == {"kind": "number", "text": text}


@settings(max_examples=50)
@given(
    st.decimals(min_value=-(10**30), max_value=10**30, allow_nan=False, allow_infinity=False)
    | st.fractions(max_denominator=10**6)
)
def test_a_number_is_shown_exactly_and_never_in_exponent_notation(value):
    text = rules_index.number_text(value)
    assert "e" not in text.lower()
    assert Fraction(text) == Fraction(value)


def test_the_index_is_plain_json_and_the_page_is_deterministic(index, page):
    assert json.loads(json.dumps(index)) == index
    assert index["policy"] == NATIONAL.name
    assert rules_index_page.page() == page


def test_markdown_in_the_sources_is_shown_literally():
    assert rules_index_page.escape("a *b* [C] x < 1 | y_z") == (
        "a \\*b\\* \\[C\\] x &lt; 1 \\| y\\_z"
    )
    text = {"kind": "text", "text": "DIATAS ESPEKTASI"}
    assert rules_index_page.value_text(text) == "`DIATAS ESPEKTASI`"


def test_the_hook_adds_the_generated_page_to_the_site(page):
    from mkdocs.config import load_config  # noqa: PLC0415
    from mkdocs.exceptions import PluginError  # noqa: PLC0415
    from mkdocs.structure.files import Files  # noqa: PLC0415

    config = load_config(str(ROOT / "mkdocs.yml"))
    files = config.plugins.on_files(Files([]), config=config)  # every plugin, with the hook
    generated = files.get_file_from_path(rules_index_page.PAGE)
    assert generated is not None
    assert generated.content_string == page
    with pytest.raises(PluginError, match="generated"):
        config.plugins.on_files(files, config=config)
    assert not (ROOT / "docs" / rules_index_page.PAGE).exists()


def test_the_page_is_in_the_nav_and_linked_from_the_home_page():
    mkdocs_yml = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "hooks:\n  - docs/hooks/rules_index_page.py" in mkdocs_yml
    assert '  - "Rules index (Indeks aturan)": rules-index.md\n' in mkdocs_yml
    assert "(rules-index.md)" in (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
