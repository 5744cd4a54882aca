"""The tutorial notebooks: committed clean and executed, and rendered as pages by the docs hook.

CI executes each notebook with nbmake (`--nbmake` in pyproject's addopts, `docs/tutorials` in
its testpaths); these tests check what is committed and the hook that renders it.
"""

import importlib
import json
import pathlib
import re
import sys

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

ROOT = pathlib.Path(__file__).resolve().parent.parent
HOOKS = ROOT / "docs" / "hooks"
if str(HOOKS) not in sys.path:
    sys.path.insert(0, str(HOOKS))

notebooks = importlib.import_module("notebooks")

NOTEBOOKS = sorted((ROOT / "docs").rglob("*.ipynb"))
ABSOLUTE = re.compile(r"(/work/|/home/|/tmp/|/Users/|[A-Z]:\\\\|site-packages|0x[0-9a-f]{6,})")


def read(path):
    return json.loads(path.read_text(encoding="utf-8"))


def code_cells(notebook):
    return [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]


def test_the_tutorial_notebook_is_committed_and_in_the_nav():
    assert [p.relative_to(ROOT).as_posix() for p in NOTEBOOKS] == [
        "docs/tutorials/tpp-policy-change.ipynb"
    ]
    mkdocs_yml = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "tutorials/tpp-policy-change.md" in mkdocs_yml
    assert "docs/hooks/notebooks.py" in mkdocs_yml


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_a_notebook_is_committed_executed_in_order_with_clean_small_outputs(path):
    notebook = read(path)
    assert notebook["nbformat"] == 4
    assert notebook["metadata"]["kernelspec"]["name"] == "python3"
    cells = code_cells(notebook)
    assert [cell["execution_count"] for cell in cells] == list(range(1, len(cells) + 1))
    for cell in cells:
        assert "execution" not in cell["metadata"]  # no timings: re-executing changes nothing
        for output in cell["outputs"]:
            assert output["output_type"] != "error"
            assert output.get("name") != "stderr", "a warning in a committed output"
            text = json.dumps({k: v for k, v in output.get("data", {}).items() if "image" not in k})
            text += "".join(output.get("text", ""))
            assert not ABSOLUTE.search(text), ABSOLUTE.search(text)
    assert path.stat().st_size < 150_000


def test_the_page_shows_markdown_code_and_every_kind_of_output():
    notebook = read(ROOT / "docs/tutorials/tpp-policy-change.ipynb")
    page = notebooks.page(notebook, "tpp-policy-change.ipynb")
    assert page.startswith("# Prototype a TPP policy change for a Pemda")
    assert "[`tpp-policy-change.ipynb`](tpp-policy-change.ipynb)" in page
    assert page.count("```python\n") == len(code_cells(notebook))
    assert '<div class="notebook-output">' in page  # text/html (the comparison, DataFrames)
    assert "```text\n<PolicyComparison of 9000 rows" not in page  # html preferred to plain
    assert '<img alt="&lt;Figure' in page
    assert 'src="data:image/png;base64,' in page
    assert "702 naik, 7129 turun" in page  # a stream output


def test_outputs_render_by_kind():
    cell = {
        "cell_type": "code",
        "source": ["print('```')\n", "x"],
        "outputs": [
            {"output_type": "stream", "name": "stdout", "text": ["```\n"]},
            {"output_type": "execute_result", "data": {"text/plain": "42"}},
            {"output_type": "display_data", "data": {"text/html": "<b>a</b>\n\n<i>b</i>"}},
            {"output_type": "display_data", "data": {"application/json": {}}},
        ],
    }
    page = notebooks.page({"cells": [{"cell_type": "raw", "source": "x"}, cell]})
    assert page == (
        "````python\nprint('```')\nx\n````\n\n"
        "````text\n```\n````\n\n"
        "```text\n42\n```\n\n"
        '<div class="notebook-output">\n<b>a</b>\n<i>b</i>\n</div>\n'
    )


def test_an_error_output_or_an_unknown_cell_stops_the_page():
    failed = {
        "cell_type": "code",
        "source": "1 / 0",
        "outputs": [{"output_type": "error", "ename": "ZeroDivisionError"}],
    }
    with pytest.raises(notebooks.NotebookError, match=r"t.ipynb, cell 0 .*ZeroDivisionError"):
        notebooks.page({"cells": [failed]}, "t.ipynb")
    with pytest.raises(notebooks.NotebookError, match="unknown cell type 'picture'"):
        notebooks.page({"cells": [{"cell_type": "picture"}]}, "t.ipynb")


def test_the_hook_adds_a_page_beside_each_notebook(tmp_path):
    docs = tmp_path / "docs"
    (docs / "tutorials").mkdir(parents=True)
    source = {"cells": [{"cell_type": "markdown", "source": "# A tutorial"}]}
    (docs / "tutorials" / "a.ipynb").write_text(json.dumps(source), encoding="utf-8")
    config = MkDocsConfig()
    config.load_dict(
        {
            "site_name": "t",
            "docs_dir": str(docs),
            "site_dir": str(tmp_path / "s"),
            "hooks": [str(HOOKS / "notebooks.py")],
        }
    )
    errors, _ = config.validate()
    assert not errors
    notebook = File("tutorials/a.ipynb", str(docs), str(tmp_path / "s"), use_directory_urls=True)
    files = config.plugins.on_files(Files([notebook]), config=config)  # as mkdocs runs it
    page = files.get_file_from_path("tutorials/a.md")
    assert page is not None
    assert page.content_string.startswith("# A tutorial\n\n!!! note")
    assert files.get_file_from_path("tutorials/a.ipynb") is notebook  # kept as a download
    with pytest.raises(PluginError, match=r"tutorials/a.md is generated from tutorials/a.ipynb"):
        config.plugins.on_files(files, config=config)
    (docs / "tutorials" / "a.ipynb").write_text(
        json.dumps({"cells": [{"cell_type": "code", "outputs": [{"output_type": "error"}]}]}),
        encoding="utf-8",
    )
    with pytest.raises(PluginError, match="error output"):
        config.plugins.on_files(Files([notebook]), config=config)
