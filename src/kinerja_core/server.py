"""The web API, for apps that cannot import Python (an optional extra: `kinerja-core[server]`).

Stateless JSON endpoints over the documents; nothing is stored:

- `POST /evaluate` — a case document (`performance_case`, `pp30_case`, `pp46_case`) → the
  evaluation document (`?explanation=false` leaves the explanation out). A document with problems
  gets **422** and every problem (`DocumentError.to_dict()`); text that is not JSON, or is nested
  too deeply, gets 400; a body over the size limit gets 413.
- `GET /schemas` and `GET /schemas/{name}` — the JSON Schemas of the documents.
- `GET /rules` — the rules index (every national parameter, its timeline, citations, tags).
- `GET /vectors` (`?function=…`) — the golden vectors of `kinerja_core.conformance`.
- `GET /openapi.json` — the OpenAPI 3.1 description of these endpoints.

Serve it with `python -m kinerja_core serve` (uvicorn), or mount `create_app()` in your own ASGI
server. JSON numbers are read as `Decimal`, never as binary floating point.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kinerja_core._dispatch import evaluate
from kinerja_core._shells import CASES, DOCUMENTS
from kinerja_core.core.documents import SCHEMA_VERSION, DocumentError, json_schema
from kinerja_core.core.errors import KinerjaError

__all__ = ["MAX_BODY_BYTES", "create_app"]

MAX_BODY_BYTES = 256 * 1024
"""The default limit of a request body: a generous SKP document is a few kilobytes."""


def _error(status: int, code: str, en: str, id_: str) -> JSONResponse:
    return JSONResponse({"code": code, "message": {"id": id_, "en": en}}, status_code=status)


async def _body(request: Request, limit: int) -> bytes | Response:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return _too_large(limit)
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            return _too_large(limit)
    return bytes(body)


def _too_large(limit: int) -> JSONResponse:
    return _error(
        413,
        "too_large",
        f"the document is larger than {limit} bytes",
        f"dokumen lebih besar dari {limit} bita",
    )


def _evaluate_endpoint(limit: int) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        body = await _body(request, limit)
        if isinstance(body, Response):
            return body
        try:
            data = json.loads(body, parse_float=Decimal)
        except RecursionError:
            return _error(400, "too_deep", "the JSON is nested too deeply", "JSON terlalu dalam")
        except (ValueError, UnicodeDecodeError):
            return _error(400, "not_json", "the body is not JSON", "isi permintaan bukan JSON")
        kind = data.get("document", "performance_case") if isinstance(data, dict) else None
        case_type = CASES.get(kind) if isinstance(kind, str) else None
        if case_type is None:
            known = ", ".join(CASES)
            return _error(
                422,
                "not_a_case",
                f"not a case document: document must be one of {known}",
                f"bukan dokumen kasus: document harus salah satu dari {known}",
            )
        try:
            result = evaluate(case_type.from_dict(data))
        except DocumentError as error:
            return JSONResponse(error.to_dict(), status_code=422)
        except KinerjaError as error:
            problem = {
                "path": error.field,
                "code": error.code,
                "message": {"id": error.message("id"), "en": error.message("en")},
            }
            return JSONResponse({"document": kind, "problems": [problem]}, status_code=422)
        except RecursionError:
            return _error(400, "too_deep", "the JSON is nested too deeply", "JSON terlalu dalam")
        explanation = request.query_params.get("explanation", "true") != "false"
        return JSONResponse(result.to_dict(explanation=explanation))

    return endpoint


async def _rules(request: Request) -> Response:
    from kinerja_core.conformance import rules_index  # noqa: PLC0415 (built on first request)

    return JSONResponse(rules_index())


async def _vectors(request: Request) -> Response:
    from kinerja_core.conformance import generate_vectors  # noqa: PLC0415

    function = request.query_params.get("function")
    vectors = [
        {k: v for k, v in vector.to_dict().items() if k not in ("document", "schema_version")}
        for vector in generate_vectors()
        if function is None or vector.function == function
    ]
    return JSONResponse(
        {"document": "vectors", "schema_version": SCHEMA_VERSION, "vectors": vectors}
    )


async def _schemas(request: Request) -> Response:
    return JSONResponse(sorted(DOCUMENTS))


async def _schema(request: Request) -> Response:
    name = request.path_params["name"]
    cls = DOCUMENTS.get(name)
    if cls is None:
        known = ", ".join(DOCUMENTS)
        return _error(
            404,
            "unknown_document",
            f"unknown document {name!r}; known: {known}",
            f"dokumen {name!r} tidak dikenal; yang dikenal: {known}",
        )
    return JSONResponse(json_schema(cls))


def openapi() -> dict[str, Any]:
    """The OpenAPI 3.1 description of the web API (the case and result schemas included)."""
    ref = "#/components/schemas/"
    problems = {
        "description": "Every problem of the document (paths, codes, messages id/en).",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "kinerja-core",
            "version": str(SCHEMA_VERSION),
            "description": "Indonesian ASN performance-management rules, exact and explained.",
        },
        "paths": {
            "/evaluate": {
                "post": {
                    "summary": "Evaluate a case document",
                    "parameters": [
                        {
                            "name": "explanation",
                            "in": "query",
                            "schema": {"type": "boolean", "default": True},
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"oneOf": [{"$ref": ref + name} for name in CASES]}
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "The evaluation document.",
                            "content": {
                                "application/json": {"schema": {"$ref": ref + "evaluation"}}
                            },
                        },
                        "400": {"description": "The body is not JSON or nested too deeply."},
                        "413": {"description": "The body is larger than the limit."},
                        "422": problems,
                    },
                }
            },
            "/schemas": {"get": {"summary": "The names of the documents", "responses": {}}},
            "/rules": {
                "get": {
                    "summary": "The rules index: every national parameter, dated and cited",
                    "responses": {"200": {"description": "The index."}},
                }
            },
            "/vectors": {
                "get": {
                    "summary": "The golden vectors (optionally of one rule function)",
                    "parameters": [
                        {"name": "function", "in": "query", "schema": {"type": "string"}}
                    ],
                    "responses": {"200": {"description": "The vectors."}},
                }
            },
            "/schemas/{name}": {
                "get": {
                    "summary": "The JSON Schema of a document",
                    "parameters": [
                        {
                            "name": "name",
                            "in": "path",
                            "required": True,
                            "schema": {"enum": list(DOCUMENTS)},
                        }
                    ],
                    "responses": {
                        "200": {"description": "The schema."},
                        "404": {"description": "Unknown."},
                    },
                }
            },
        },
        "components": {"schemas": {name: json_schema(cls) for name, cls in DOCUMENTS.items()}},
    }


def create_app(*, max_body_bytes: int = MAX_BODY_BYTES) -> Starlette:
    """The ASGI application of the web API.

    Args:
        max_body_bytes: The largest request body accepted (413 above it).

    Returns:
        A Starlette application; serve it with uvicorn or mount it.
    """
    description = openapi()

    async def openapi_endpoint(request: Request) -> Response:
        return JSONResponse(description)

    return Starlette(
        routes=[
            Route("/evaluate", _evaluate_endpoint(max_body_bytes), methods=["POST"]),
            Route("/schemas", _schemas, methods=["GET"]),
            Route("/schemas/{name}", _schema, methods=["GET"]),
            Route("/openapi.json", openapi_endpoint, methods=["GET"]),
            Route("/rules", _rules, methods=["GET"]),
            Route("/vectors", _vectors, methods=["GET"]),
        ]
    )
