"""Test configuration: hypothesis profiles.

`dev` (default) keeps the suite quick; `ci` (selected when the environment variable CI is set,
or explicitly with HYPOTHESIS_PROFILE=ci) runs more examples.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    max_examples=150,  # keeps the whole CI (a fresh 2-core machine) well under 10 minutes
    deadline=None,
    derandomize=False,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


# --- every top-level document written in the test suite is checked against its JSON Schema ----

import jsonschema  # noqa: E402
import pytest  # noqa: E402

from kinerja_core.core.documents import Document, json_schema  # noqa: E402

_VALIDATORS: dict[type, jsonschema.protocols.Validator] = {}


@pytest.fixture(autouse=True, scope="session")
def _documents_match_their_schemas():
    """Wrap `Document.to_dict` so that each top-level document is validated as it is written."""
    original = Document.to_dict

    def checked(self, *, explanation=True):
        data = original(self, explanation=explanation)
        kind = type(self)
        if getattr(kind, "__document_top__", False):
            validator = _VALIDATORS.get(kind)
            if validator is None:
                validator = _VALIDATORS[kind] = jsonschema.Draft202012Validator(json_schema(kind))
            validator.validate(data)
        return data

    Document.to_dict = checked
    yield
    Document.to_dict = original
