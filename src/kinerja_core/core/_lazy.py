"""Namespaces that load their modules on first use (PEP 562)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from typing import Any


def lazy_exports(
    namespace: MutableMapping[str, Any],
    homes: Mapping[str, str],
    exported: Iterable[str],
    *,
    submodules: Iterable[str] = (),
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The `__getattr__` and `__dir__` of a namespace whose names load on first use.

    Importing one module of an area then does not load the whole area, and the import graph
    stays a graph of the modules that really use each other.

    Args:
        namespace: The namespace module's `globals()`.
        homes: For each exported name, the module that defines it.
        exported: The namespace's `__all__`.
        submodules: Submodules reachable as attributes (e.g. `legacy.pp46_2011`).

    Returns:
        The module-level `__getattr__` and `__dir__` to assign in the namespace.
    """
    names = sorted(exported)
    modules = frozenset(submodules)
    name_of_namespace = namespace["__name__"]

    def __getattr__(name: str) -> Any:  # noqa: ANN401, N807 (PEP 562: any exported name)
        if name in modules:
            return importlib.import_module(f"{name_of_namespace}.{name}")
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {name_of_namespace!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        namespace[name] = value  # the next read is a plain attribute
        return value

    def __dir__() -> list[str]:  # noqa: N807 (PEP 562)
        return sorted(set(namespace) | set(names))

    return __getattr__, __dir__
