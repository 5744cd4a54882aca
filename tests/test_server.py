"""The web API, in-process with Starlette's test client: 200, 422 with every problem, no 500."""

import json

import pytest
from starlette.testclient import TestClient

from kinerja_core.server import create_app, openapi
from test_documents import broken_case, quickstart_case


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(max_body_bytes=64 * 1024), raise_server_exceptions=True)


def test_the_quickstart_case_is_evaluated(client):
    answer = client.post("/evaluate", json=quickstart_case().to_dict())
    assert answer.status_code == 200
    data = answer.json()
    assert data["predicate"] == "Baik"
    assert data["weighted_achievement"] == "112.5"
    assert data["explanation"]["steps"]
    lean = client.post("/evaluate?explanation=false", json=quickstart_case().to_dict())
    assert "explanation" not in lean.json()


def test_a_broken_document_gets_422_with_every_problem(client):
    answer = client.post("/evaluate", content=json.dumps(broken_case()))
    assert answer.status_code == 422
    problems = answer.json()["problems"]
    assert len(problems) == 6  # the JSON number 4.5 is read exactly, as a Decimal
    assert all({"path", "code", "message"} <= set(p) for p in problems)


def test_a_sound_document_refused_by_a_rule_gets_422(client):
    data = quickstart_case().to_dict()
    del data["realisations"]["IKI-2"]
    answer = client.post("/evaluate", json=data)
    assert answer.status_code == 422
    assert answer.json()["problems"][0]["message"]["id"]


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"{not json", 400, "not_json"),
        (b"\xff\xfe", 400, "not_json"),
        (b"[" * 100_000 + b"]" * 100_000, 413, "too_large"),
        (b"[" * 30_000 + b"]" * 30_000, 400, "too_deep"),
        (b'{"a": ' * 5000 + b"1" + b"}" * 5000, 400, "too_deep"),
        (b"[1, 2]", 422, "not_a_case"),
        (b'{"document": "evaluation"}', 422, "not_a_case"),
        (b'"text"', 422, "not_a_case"),
        (b"null", 422, "not_a_case"),
        (b'{"plan": [[[[[]]]]]}', 422, None),
        (b'{"plan": {"items": [' + b'{"target": {"low": [[]]}},' * 200 + b"{}]}}", 422, None),
    ],
)
def test_junk_oversized_and_deep_documents_never_give_a_500(client, body, status, code):
    answer = client.post("/evaluate", content=body)
    assert answer.status_code == status
    if code is not None:
        assert answer.json()["code"] == code


def test_schemas_and_openapi(client):
    assert "performance_case" in client.get("/schemas").json()
    assert client.get("/schemas/evaluation").json()["title"] == "Evaluation"
    assert client.get("/schemas/nope").status_code == 404
    description = client.get("/openapi.json").json()
    assert description == json.loads(json.dumps(openapi()))
    assert description["openapi"].startswith("3.1")
    assert "/evaluate" in description["paths"]


def test_the_rules_index_and_the_golden_vectors(client):
    rules = client.get("/rules").json()
    assert rules["policy"] == "Nasional"
    assert rules["areas"]
    vectors = client.get("/vectors").json()["vectors"]
    assert len(vectors) == 361
    only = client.get("/vectors?function=kinerja_core.performance_predicate").json()["vectors"]
    assert len(only) == 9


def test_the_core_does_not_import_the_web_api():
    import pathlib  # noqa: PLC0415

    import kinerja_core  # noqa: PLC0415

    package = pathlib.Path(kinerja_core.__file__).parent
    for source in package.rglob("*.py"):
        if source.name in ("server.py", "cli.py"):
            continue
        text = source.read_text(encoding="utf-8")
        assert "kinerja_core.server" not in text, source
        assert "starlette" not in text, source
