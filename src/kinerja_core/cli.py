"""The command line: `python -m kinerja_core …` (the only part of the library that touches files).

Commands:

- `evaluate CASE.json` reads a case document (`-` for standard input), evaluates it and prints
  the evaluation as a JSON document; `--no-explanation` leaves the explanation out;
  `--policy FILE` evaluates under a region's rules (a `policy_overrides` document).
- `schema NAME` prints the JSON Schema of a top-level document (`performance_case`,
  `pp30_case`, `pp46_case`, `performance_plan`, `evaluation`, `explanation`).
- `vectors --out DIR` writes the golden vectors (`kinerja_core.conformance`): one JSON file
  per rule function, and a CSV where the inputs are flat.
- `serve [--host H] [--port P]` serves the web API (`kinerja_core.server`; needs the extra
  `kinerja-core[server]`).

Exit codes: 0 success; 1 the document was read but is invalid (every problem is printed as
JSON on standard output, with paths, codes and messages in Indonesian and English); 2 a usage
error, an unreadable file or text that is not JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kinerja_core._dispatch import evaluate
from kinerja_core._shells import CASES, DOCUMENTS
from kinerja_core.core.documents import DocumentError, json_schema
from kinerja_core.core.explain import plain
from kinerja_core.core.parameters import PolicyOverrides
from kinerja_core.national import NATIONAL

if TYPE_CHECKING:
    from kinerja_core.conformance import Vector

__all__ = ["main"]


OK, INVALID_DOCUMENT, USAGE = 0, 1, 2


def _read(source: str, stdin: TextIO) -> object:
    text = stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    return json.loads(text, parse_float=Decimal)


def _write(data: object, out: TextIO) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _evaluate(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    try:
        data = _read(args.case, stdin)
    except OSError as error:
        err.write(f"kinerja_core: cannot read {args.case}: {error.strerror or error}\n")
        return USAGE
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        err.write(f"kinerja_core: {args.case} is not JSON: {error}\n")
        return USAGE
    kind = data.get("document", "performance_case") if isinstance(data, dict) else None
    case_type = CASES.get(kind) if isinstance(kind, str) else None
    if case_type is None:
        known = ", ".join(CASES)
        err.write(f"kinerja_core: not a case document (document must be one of {known})\n")
        return USAGE
    policy = None
    if args.policy is not None:
        try:
            policy_data = _read(args.policy, stdin)
        except (OSError, json.JSONDecodeError, UnicodeDecodeError) as error:
            err.write(f"kinerja_core: cannot read the policy {args.policy}: {error}\n")
            return USAGE
        try:
            policy = PolicyOverrides.from_dict(policy_data).apply(NATIONAL)
        except DocumentError as error:
            _write(error.to_dict(), out)
            return INVALID_DOCUMENT
    try:
        result = evaluate(case_type.from_dict(data), policy=policy)
    except DocumentError as error:
        _write(error.to_dict(), out)
        return INVALID_DOCUMENT
    except ValueError as error:  # a KinerjaError met while evaluating a sound document
        _write({"document": kind, "problems": [_problem(error)]}, out)
        return INVALID_DOCUMENT
    _write(result.to_dict(explanation=args.explanation), out)
    return OK


def _problem(error: ValueError) -> dict[str, Any]:
    message = getattr(error, "message", None)
    return {
        "path": getattr(error, "field", "$"),
        "code": getattr(error, "code", "invalid_value"),
        "message": {
            "id": message("id") if callable(message) else str(error),
            "en": message("en") if callable(message) else str(error),
        },
    }


def _schema(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    cls = DOCUMENTS.get(args.name)
    if cls is None:
        err.write(f"kinerja_core: unknown document {args.name!r}; known: {', '.join(DOCUMENTS)}\n")
        return USAGE
    _write(json_schema(cls), out)
    return OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m kinerja_core",
        description="Indonesian ASN performance-management rules: evaluate documents, schemas.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("evaluate", help="evaluate a case document and print the result")
    run.add_argument("case", help="the case document (JSON); '-' reads standard input")
    run.add_argument(
        "--policy",
        help="a policy_overrides document (a region's rules); default: the national rules",
    )
    run.add_argument(
        "--no-explanation",
        dest="explanation",
        action="store_false",
        help="leave the explanation out of the result",
    )
    schema = commands.add_parser("schema", help="print the JSON Schema of a document")
    schema.add_argument("name", help="one of: " + ", ".join(DOCUMENTS))
    vectors = commands.add_parser("vectors", help="write the golden vectors as JSON and CSV")
    vectors.add_argument("--out", required=True, help="the folder to write them to")
    serve = commands.add_parser("serve", help="serve the web API (needs kinerja-core[server])")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on")
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line.

    Args:
        argv: The arguments (default: the process's).
        out: Where results go (default: standard output).
        err: Where messages go (default: standard error).
        stdin: Where `-` reads from (default: standard input).

    Returns:
        The exit code: 0 success, 1 an invalid document, 2 a usage or input error.
    """
    out, err, stdin = out or sys.stdout, err or sys.stderr, stdin or sys.stdin
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:  # argparse has printed the usage
        return int(stop.code or 0)
    if args.command == "evaluate":
        return _evaluate(args, out, err, stdin)
    if args.command == "serve":
        return _serve(args, err)
    if args.command == "vectors":
        return _vectors(args, out, err)
    return _schema(args, out, err)


def _vectors(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from kinerja_core.conformance import generate_vectors  # noqa: PLC0415 (only when asked)

    folder = Path(args.out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = write_vectors(generate_vectors(), folder)
    except OSError as error:
        err.write(f"kinerja_core: cannot write to {folder}: {error.strerror or error}\n")
        return USAGE
    out.write(f"{sum(written.values())} vectors in {len(written)} files written to {folder}\n")
    return OK


def write_vectors(vectors: Sequence[Vector], folder: Path) -> dict[str, int]:
    """Write vectors to `folder`: one JSON file per rule function, and a CSV where flat.

    Args:
        vectors: The vectors (`kinerja_core.conformance.Vector`).
        folder: An existing folder.

    Returns:
        The number of vectors written per function.
    """
    by_function: dict[str, list[Vector]] = {}
    for vector in vectors:
        by_function.setdefault(vector.function, []).append(vector)
    for function, group in by_function.items():
        document = {
            "document": "vectors",
            "schema_version": group[0].to_dict()["schema_version"],
            "function": function,
            "vectors": [_without_meta(vector.to_dict()) for vector in group],
        }
        text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
        (folder / f"{function}.json").write_text(text, encoding="utf-8")
        rows = [_csv_row(vector) for vector in group]
        if all(row is not None for row in rows):
            lines = ["kind,on,args,expected,error", *(r for r in rows if r is not None)]
            (folder / f"{function}.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {function: len(group) for function, group in by_function.items()}


def _without_meta(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in ("document", "schema_version")}


def _csv_row(vector: Vector) -> str | None:
    """A flat vector as one CSV line (`None` when an input is not a plain value)."""
    cells = [plain(value) for value in vector.args]
    if vector.kwargs or any(isinstance(cell, dict | list) for cell in cells):
        return None
    expected = plain(vector.expected)
    if isinstance(expected, dict | list):
        return None
    fields = [
        vector.kind,
        vector.on.isoformat(),
        " | ".join(map(str, cells)),
        expected,
        vector.error,
    ]
    return ",".join(_csv_cell("" if f is None else str(f)) for f in fields)


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n|') else text


def _serve(args: argparse.Namespace, err: TextIO) -> int:  # pragma: no cover - runs a server
    try:
        import uvicorn  # noqa: PLC0415 (an optional extra)

        from kinerja_core.server import create_app  # noqa: PLC0415
    except ImportError:
        err.write("kinerja_core: the web API needs the extra: pip install 'kinerja-core[server]'\n")
        return USAGE
    uvicorn.run(create_app(), host=args.host, port=args.port)
    return OK
