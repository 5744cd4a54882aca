"""Rendered explanations of a corpus of cases are pinned (id and en): a changed word is reviewed.

The renderings in `tests/snapshots/explanations.json` were first written by the eager explanation
code of version 0.1. Regenerate deliberately with `KINERJA_UPDATE_SNAPSHOTS=1` and read the diff.
"""

import json
import os
from pathlib import Path

import pytest

from snapshots.corpus import CORPUS

SNAPSHOTS = Path(__file__).parent / "snapshots" / "explanations.json"


def render_all() -> dict[str, dict[str, str]]:
    rendered = {}
    for name, build in CORPUS.items():
        explanation = build()
        rendered[name] = {lang: explanation.render(lang=lang) for lang in ("id", "en")}
    return rendered


if os.environ.get("KINERJA_UPDATE_SNAPSHOTS"):  # pragma: no cover - a deliberate, reviewed step
    SNAPSHOTS.write_text(
        json.dumps(render_all(), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
    )

PINNED = json.loads(SNAPSHOTS.read_text(encoding="utf-8"))


def test_the_corpus_and_the_snapshots_name_the_same_cases():
    assert set(PINNED) == set(CORPUS)


@pytest.mark.parametrize("name", sorted(CORPUS))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_rendered_explanation_matches_the_pinned_text(name, lang):
    assert CORPUS[name]().render(lang=lang) == PINNED[name][lang]
