"""The curated public API: exported once, documented, typed."""

import importlib
import inspect
import pathlib
import re
from importlib.metadata import version

import kinerja_core

DOCS = pathlib.Path(__file__).resolve().parent.parent / "docs"


def test_all_is_sorted_free_of_duplicates_and_importable():
    names = kinerja_core.__all__
    assert len(names) == len(set(names))
    for name in names:
        assert hasattr(kinerja_core, name), name


def test_every_public_name_has_a_docstring():
    for name in kinerja_core.__all__:
        obj = getattr(kinerja_core, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert inspect.getdoc(obj), f"{name} has no docstring"


def test_every_public_name_appears_in_the_api_reference():
    reference = "\n".join(p.read_text(encoding="utf-8") for p in (DOCS / "reference").glob("*.md"))
    documented = set(re.findall(r"^::: kinerja_core\.(\w+)$", reference, flags=re.MULTILINE))
    for name in kinerja_core.__all__:
        if name.startswith("__"):
            continue
        module = getattr(getattr(kinerja_core, name), "__module__", None)
        listed = name in documented or re.search(rf"^\s+- {name}$", reference, flags=re.MULTILINE)
        assert listed, f"{name} ({module}) is missing from docs/reference"


def test_py_typed_is_shipped():
    package = pathlib.Path(kinerja_core.__file__).parent
    assert (package / "py.typed").is_file()


def test_version_matches_the_package_metadata():
    assert kinerja_core.__version__ == version("kinerja-core")


def test_strategies_module_exports_what_it_lists():
    strategies = importlib.import_module("kinerja_core.testing.strategies")
    for name in strategies.__all__:
        assert callable(getattr(strategies, name))
