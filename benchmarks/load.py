"""A bounded load test of the web API on loopback: evaluations per second, p50/p99 latency.

Starts `python -m kinerja_core serve` on 127.0.0.1 (a free port), sends a fixed number of
requests from a few client threads — good case documents mixed with junk, oversized and deeply
nested ones — and reports numbers only (never pass/fail), plus how many answers had each status.
No answer may be a 500: the count is printed for the reader.

    .venv/bin/python benchmarks/load.py                  # 2000 requests
    .venv/bin/python benchmarks/load.py --requests 200   # a quick run
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks import cases  # noqa: E402


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def bodies() -> list[tuple[str, bytes]]:
    """The request mix: mostly good cases, then junk, oversized and deeply nested documents."""
    good = json.dumps(cases.kc_case(cases.BENCHMARK).to_dict()).encode()
    return [
        *[("good", good)] * 16,
        ("junk", b"{not json"),
        ("oversized", b"[" + b"1," * 200_000 + b"1]"),
        ("deep", b"[" * 50_000 + b"]" * 50_000),
        ("bad fields", json.dumps({"plan": {"items": [{"target": "1.000"}]}}).encode()),
    ]


def _send(port: int, body: bytes) -> tuple[int, float]:
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("POST", "/evaluate?explanation=false", body=body)
        status = connection.getresponse().status
    finally:
        connection.close()
    return status, time.perf_counter() - started


def run(requests: int, threads: int) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "kinerja_core", "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        mix = bodies()
        plan = [mix[i % len(mix)] for i in range(requests)]
        started = time.perf_counter()
        with ThreadPoolExecutor(threads) as pool:
            results = list(pool.map(lambda item: (item[0], *_send(port, item[1])), plan))
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=10)
    good = sorted(t for kind, status, t in results if kind == "good" and status == 200)
    statuses = Counter((kind, status) for kind, status, _ in results)
    print(f"requests: {requests} from {threads} client threads in {elapsed:.2f} s")
    print(f"good evaluations per second: {len(good) / elapsed:.0f}")
    if good:
        p99 = good[min(len(good) - 1, int(len(good) * 0.99))]
        print(
            f"latency of good requests: p50 {statistics.median(good) * 1000:.1f} ms, "
            f"p99 {p99 * 1000:.1f} ms"
        )
    for (kind, status), count in sorted(statuses.items()):
        print(f"  {kind:<11} → {status}: {count}")
    print(f"answers with status 500: {sum(c for (_, s), c in statuses.items() if s >= 500)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    run(args.requests, args.threads)


if __name__ == "__main__":
    main()
