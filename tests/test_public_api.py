"""The curated public API: exported once, documented, typed."""

import ast
import importlib
import inspect
import pathlib
import re
import sys
from importlib.metadata import version

import pytest

import kinerja_core

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"


NAMESPACES = (
    "allowance",
    "careers",
    "core",
    "discipline",
    "interop",
    "legacy",
    "national",
    "organisation",
    "performance",
    "periods",
    "population",
    "regimes",
    "talent",
)
SUBMODULES = ("conformance", "testing")
"""Namespaces imported on demand (not listed at the top level)."""


def namespace(name):
    return importlib.import_module(f"kinerja_core.{name}")


def homes():
    """Every public name with its one home: `kinerja_core` or one of the namespaces."""
    found = {name: "kinerja_core" for name in kinerja_core.__all__ if name not in NAMESPACES}
    for space in NAMESPACES + SUBMODULES:
        for name in namespace(space).__all__:
            assert name not in found, f"{name} has two homes: {found[name]} and {space}"
            found[name] = f"kinerja_core.{space}"
    return found


def test_all_lists_are_free_of_duplicates_and_importable():
    for module in (kinerja_core, *map(namespace, NAMESPACES + SUBMODULES)):
        names = module.__all__
        assert len(names) == len(set(names)), module.__name__  # ruff (RUF022) keeps them sorted
        for name in names:
            assert hasattr(module, name), f"{module.__name__}.{name}"


def test_the_top_level_keeps_at_most_sixty_everyday_names():
    everyday = [n for n in kinerja_core.__all__ if n not in NAMESPACES and n != "__version__"]
    assert len(everyday) <= 60
    assert set(NAMESPACES) <= set(kinerja_core.__all__)


def test_each_public_name_has_one_home():
    assert len(homes()) > 150


def test_every_public_name_has_a_docstring():
    for name, home in homes().items():
        obj = getattr(importlib.import_module(home), name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert inspect.getdoc(obj), f"{home}.{name} has no docstring"


def test_every_public_name_appears_once_in_the_api_reference_under_its_home():
    reference = "\n".join(p.read_text(encoding="utf-8") for p in (DOCS / "reference").glob("*.md"))
    documented = re.findall(r"^::: (kinerja_core(?:\.\w+)*)\.(\w+)$", reference, flags=re.MULTILINE)
    for name, home in homes().items():
        if name.startswith("__") or (home == "kinerja_core.legacy" and name.startswith("pp")):
            continue
        where = [module for module, documented_name in documented if documented_name == name]
        assert where == [home], f"{home}.{name} is documented as {where}"


def test_names_moved_out_of_the_top_level_still_work_for_one_release_with_a_warning():
    from kinerja_core import _MOVED  # noqa: PLC0415

    assert len(_MOVED) > 90
    for name, home in _MOVED.items():
        with pytest.deprecated_call(match=f"kinerja_core.{home}.{name}"):
            old = getattr(kinerja_core, name)
        assert old is getattr(namespace(home), name)
    with pytest.raises(AttributeError, match="no_such_name"):
        kinerja_core.no_such_name  # noqa: B018


def test_py_typed_is_shipped():
    package = pathlib.Path(kinerja_core.__file__).parent
    assert (package / "py.typed").is_file()


def test_version_matches_the_package_metadata():
    assert kinerja_core.__version__ == version("kinerja-core")


def test_strategies_module_exports_what_it_lists():
    strategies = importlib.import_module("kinerja_core.testing.strategies")
    for name in strategies.__all__:
        assert callable(getattr(strategies, name))


FORBIDDEN_CALLS = {
    "open",
    "float",
    "getcontext",
    "getenv",
    "today",
    "now",
    "utcnow",
    "time",
    "default_rng",
}
FORBIDDEN_MODULES = {"os", "sys", "time", "socket", "urllib", "http", "requests", "random"}
NUMPY_NAMES = {"np", "numpy"}


def _imported_modules(node: ast.Import | ast.ImportFrom) -> list[str]:
    """The modules an import brings in (`from numpy import random` brings `numpy.random`)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    module = node.module or ""
    return [module, *(f"{module}.{a.name}" for a in node.names if module == "numpy")]


def hidden_inputs(text: str, name: str = "<source>") -> list[str]:
    """Every call, attribute or import in `text` that reads a hidden input."""
    found = []
    for node in ast.walk(ast.parse(text)):
        where = f"{name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if called in FORBIDDEN_CALLS:
                found.append(f"{where} calls {called}()")
        if isinstance(node, ast.Attribute) and node.attr == "environ":
            found.append(f"{where} reads the environment")
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "random"
            and isinstance(node.value, ast.Name)
            and node.value.id in NUMPY_NAMES
        ):
            found.append(f"{where} uses numpy.random")
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.extend(
                f"{where} imports {module}"
                for module in _imported_modules(node)
                if module.split(".")[0] in FORBIDDEN_MODULES
                or module.split(".")[:2] == ["numpy", "random"]
            )
    return found


def test_the_hidden_input_check_finds_each_kind():
    sample = "import os\nfrom time import time\nx = date.today()\ny = float('1.5')\nos.environ\n"
    assert len(hidden_inputs(sample)) == 5
    numpy_random = (
        "import numpy.random\n"
        "from numpy import random\n"
        "from numpy.random import Generator\n"
        "x = np.random.normal()\n"
        "rng = default_rng(1)\n"
    )
    found = [entry.split(" ", 1)[1] for entry in hidden_inputs(numpy_random)]
    assert sorted(found) == [
        "calls default_rng()",
        "imports numpy.random",
        "imports numpy.random",
        "imports numpy.random",
        "uses numpy.random",
    ]
    assert hidden_inputs("import numpy as np\nfrom numpy import typing\nnp.arange(3)\n") == []


SHELLS = {"cli.py", "__main__.py", "server.py"}
"""The thin shells outside the core: the only modules allowed to read files and the process."""


def test_the_library_has_no_hidden_inputs():
    """No clock, environment, file, network, randomness, float or caller's decimal context."""
    package = pathlib.Path(kinerja_core.__file__).parent
    for source in package.rglob("*.py"):
        if source.parent == package and source.name in SHELLS:
            continue
        if source.relative_to(package).as_posix() == "conformance/_generator.py":
            found = hidden_inputs(source.read_text(encoding="utf-8"))
            assert [entry.split(" ", 1)[1] for entry in found] == ["imports random"]  # seeded
            continue
        if source.relative_to(package).as_posix() == "testing/workforce.py":
            found = hidden_inputs(source.read_text(encoding="utf-8"))
            assert [entry.split(" ", 1)[1] for entry in found] == [  # seeded, by argument
                "imports numpy.random",
                "calls default_rng()",
            ]
            continue
        assert hidden_inputs(source.read_text(encoding="utf-8"), source.name) == []


def test_only_the_shells_touch_the_process_and_nothing_imports_them():
    package = pathlib.Path(kinerja_core.__file__).parent
    assert hidden_inputs((package / "cli.py").read_text(encoding="utf-8"))  # it does read files
    for source in package.rglob("*.py"):
        if source.name == "__main__.py":
            continue
        tree = ast.parse(source.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)} | {
            a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names
        }
        assert "kinerja_core.cli" not in imported, source


def test_strategies_explain_a_missing_hypothesis(monkeypatch):
    for name in [n for n in sys.modules if n == "hypothesis" or n.startswith("hypothesis.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    monkeypatch.delitem(sys.modules, "kinerja_core.testing.strategies")
    with pytest.raises(ImportError, match=r"kinerja-core\[testing\]"):
        importlib.import_module("kinerja_core.testing.strategies")
