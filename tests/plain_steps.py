"""Explanation steps as plain values, for tests that compare steps field by field.

Documents write explanation values tagged (`{"type": "decimal", "value": "87.5"}`) so they read
back exactly; these tests compare the plain reading (`"87.5"`) that a person checks by eye.
"""

from typing import Any

from kinerja_core.core.documents import untag
from kinerja_core.core.explain import Step, plain


def step_data(step: Step) -> dict[str, Any]:
    """`step.to_dict()` with every tagged value read back and shown as plain data."""
    data = step.to_dict()
    return {
        "rule": data["rule"],
        "inputs": {item["name"]: plain(untag(item["value"])) for item in data["inputs"]},
        "parameters": [{**use, "value": plain(untag(use["value"]))} for use in data["parameters"]],
        "result": plain(untag(data["result"])),
        "citation": data["citation"],
    }


def without_meta(data: dict[str, Any]) -> dict[str, Any]:
    """A top-level document without its `document` and `schema_version` fields (as nested)."""
    return {k: v for k, v in data.items() if k not in ("document", "schema_version")}


def plain_value(data: object) -> object:
    """A tagged value read back and shown as plain data (`"96"`, `"Baik"`)."""
    return plain(untag(data))
