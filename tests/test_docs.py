"""Every Python block in README.md and docs/ runs.

Blocks of one page share a namespace and run in order. A first-line marker changes how a block
is checked: `# raises: ErrorName` (the block must raise that error), `# requires: module` (skipped
when the module is not installed), `# illustrative` (compiled, not run).
"""

import builtins
import importlib.util
import pathlib
import re

import pytest

import kinerja_core

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
FENCE = re.compile(r"```python\n(.*?)```", re.DOTALL)
# A line such as `kc.achievement(85, 85)   # Decimal('100')` documents its value: it is checked.
SHOWN = re.compile(r"^(?P<expr>[^#\s][^#]*?)\s+# (?P<shown>Decimal\('[^']*'\)|<\w+\.\w+: '[^']*'>)")


def blocks(page):
    return FENCE.findall(page.read_text(encoding="utf-8"))


def installed(module):
    return importlib.util.find_spec(module) is not None


def error_type(name):
    found = getattr(kinerja_core, name, None) or getattr(builtins, name, None)
    assert isinstance(found, type), f"unknown error {name}"
    return found


@pytest.mark.parametrize(
    "page", [p for p in PAGES if blocks(p)], ids=lambda p: str(p.relative_to(ROOT))
)
def test_python_blocks_run(page):
    namespace = {"__name__": "docs"}
    for number, block in enumerate(blocks(page)):
        where = f"{page.name} block {number}"
        code = compile(block, where, "exec")
        first = block.splitlines()[0].strip()
        if first.startswith("# illustrative"):
            continue
        if first.startswith("# requires:") and not installed(first.split(":", 1)[1].strip()):
            continue
        if first.startswith("# raises:"):
            with pytest.raises(error_type(first.split(":", 1)[1].strip())):
                exec(code, namespace)
            continue
        exec(code, namespace)
        check_shown_values(block, namespace, where)


def check_shown_values(block, namespace, where):
    for line in block.splitlines():
        match = SHOWN.match(line)
        if match is None:
            continue
        try:
            expression = compile(match["expr"], where, "eval")
        except SyntaxError:
            continue  # an assignment or a statement: nothing to compare
        shown = match["shown"]
        actual = repr(eval(expression, namespace))
        if "…" in shown:
            assert actual.startswith(shown.split("…")[0]), f"{where}: {line}"
        else:
            assert actual == shown, f"{where}: {match['expr']} is {actual}, docs say {shown}"


def test_markers_are_checked():
    assert installed("pytest")
    assert not installed("no_such_module_for_kinerja_docs")
    assert error_type("InvalidValueError") is kinerja_core.InvalidValueError
    assert error_type("ValueError") is ValueError
    with pytest.raises(AssertionError):
        error_type("NoSuchError")
