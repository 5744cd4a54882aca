"""The architecture, checked: an acyclic import graph, rules as data, one source per fact."""

import ast
import importlib
import pkgutil
from datetime import date
from pathlib import Path

import pytest

import kinerja_core
from kinerja_core import NATIONAL, Citation, UnknownParameterError, Version
from kinerja_core.core import ParameterSpec

PACKAGE = Path(kinerja_core.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imports_of(path: Path, modules: dict[str, Path]) -> set[str]:
    """Every kinerja_core module `path` imports, anywhere in the file (functions included)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("kinerja_core"))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kinerja_core"):
            for alias in node.names:  # `from package import submodule` imports the submodule
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if candidate in modules else node.module)
    return {name for name in found if name in modules} - {module_name(path)}


def import_graph() -> dict[str, set[str]]:
    modules = all_modules()
    return {name: imports_of(path, modules) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for following in sorted(graph[node]):
            if state.get(following) == 1:
                return [*stack[stack.index(following) :], following]
            if following not in state and (cycle := visit(following)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_the_import_graph_is_acyclic():
    graph = import_graph()
    assert len(graph) > 50
    assert find_cycle(graph) is None


def imports_of_the_testing_helpers(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """The modules outside `kinerja_core.testing` that import a module inside it."""
    testing = {name for name in graph if name.split(".")[:2] == ["kinerja_core", "testing"]}
    return {
        module: imported & testing
        for module, imported in graph.items()
        if module not in testing and imported & testing
    }


def test_the_core_never_imports_the_testing_helpers():
    """The seeded generator and the strategies are for users' tests: nothing else imports them."""
    graph = import_graph()
    assert {"kinerja_core.testing.workforce", "kinerja_core.testing.strategies"} <= set(graph)
    assert imports_of_the_testing_helpers(graph) == {}
    # the check would see it: a rule module importing the generator
    wrong = graph | {"kinerja_core.performance.predicate": {"kinerja_core.testing.workforce"}}
    assert imports_of_the_testing_helpers(wrong) == {
        "kinerja_core.performance.predicate": {"kinerja_core.testing.workforce"}
    }


def test_national_data_imports_only_the_core_and_the_areas_vocabulary_and_specs():
    graph = import_graph()
    data = [name for name in graph if name.startswith("kinerja_core.national.")]
    assert len(data) >= 5
    for module in data:
        for imported in graph[module]:
            leaf = imported.rsplit(".", 1)[-1]
            allowed = (
                imported.startswith("kinerja_core.core")
                or leaf.endswith("_specs")
                or leaf in {"ratings", "indicators", "period", "penalties"}  # vocabulary modules
            )
            assert allowed, f"{module} imports {imported}"


def test_specs_modules_import_no_formulas_and_no_national_data():
    graph = import_graph()
    specs = [name for name in graph if name.endswith("_specs")]
    assert len(specs) == 20  # each area's *_specs modules (discovery works)
    for module in specs:
        for imported in graph[module]:
            assert not imported.startswith("kinerja_core.national"), (module, imported)
            leaf = imported.rsplit(".", 1)[-1]
            assert (
                imported.startswith("kinerja_core.core")
                or leaf.endswith("_specs")
                or leaf
                in {
                    "ratings",
                    "indicators",
                    "period",
                    "calendars",
                    "penalties",
                }
            ), (module, imported)


def every_spec() -> dict[str, ParameterSpec]:
    found: dict[str, ParameterSpec] = {}
    for info in pkgutil.walk_packages(kinerja_core.__path__, "kinerja_core."):
        if info.name.startswith("kinerja_core.testing") or info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, ParameterSpec):
                found[value.name] = value
    return found


def test_every_parameter_spec_has_a_national_timeline_unless_institution_only():
    specs = every_spec()
    assert len(specs) >= 30
    for name, spec in specs.items():
        if spec.institution_only:
            assert spec not in NATIONAL, f"{name} is institution-only but has a national value"
        else:
            assert spec in NATIONAL, f"{name} has no national timeline"
            assert NATIONAL.parameter(spec).spec == spec
    assert set(NATIONAL.parameters) <= set(specs)


TPP_SET = ParameterSpec(
    "example_tpp_set",
    "A Pemda's TPP parameter set (an example of an institution-only parameter).",
    lambda value: value,
    institution_only=True,
)


def test_an_institution_only_parameter_missing_from_a_policy_is_a_clear_error():
    with pytest.raises(UnknownParameterError) as caught:
        NATIONAL.at(date(2024, 1, 1))[TPP_SET]
    assert caught.value.field == "example_tpp_set"
    assert "Nasional" in str(caught.value)
    assert "set by each institution" in caught.value.reason
    pemda = NATIONAL.with_overrides(
        "Pemda Kota Contoh",
        {
            TPP_SET: Version(
                date(2024, 1, 1), "TPP 2024", Citation("Perwali Contoh 1/2024", "Pasal 3")
            )
        },
    )
    assert pemda.at(date(2024, 6, 1))[TPP_SET] == "TPP 2024"
    assert TPP_SET not in NATIONAL
    with pytest.raises(UnknownParameterError):
        NATIONAL.with_overrides(
            "x",
            {
                "example_tpp_set": Version(
                    date(2024, 1, 1), 1, Citation("Perwali Contoh 1/2024", "Pasal 3")
                )
            },
        )
