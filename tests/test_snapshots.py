"""Rendered explanations of a corpus of cases are pinned (id and en): a changed word is reviewed.

The renderings in `tests/snapshots/explanations/<case>.<lang>.txt` were first written by the eager
explanation code of version 0.1. Regenerate deliberately with `KINERJA_UPDATE_SNAPSHOTS=1` and read
the diff.
"""

import os
from pathlib import Path

import pytest

from snapshots.corpus import CORPUS

SNAPSHOTS = Path(__file__).parent / "snapshots" / "explanations"
LANGS = ("id", "en")

if os.environ.get("KINERJA_UPDATE_SNAPSHOTS"):  # pragma: no cover - a deliberate, reviewed step
    for stale in SNAPSHOTS.glob("*.txt"):
        stale.unlink()
    for case, build in CORPUS.items():
        explanation = build()
        for language in LANGS:
            text = explanation.render(lang=language) + "\n"
            (SNAPSHOTS / f"{case}.{language}.txt").write_text(text, encoding="utf-8")


def pinned(name: str, lang: str) -> str:
    return (SNAPSHOTS / f"{name}.{lang}.txt").read_text(encoding="utf-8").removesuffix("\n")


def test_the_corpus_and_the_snapshots_name_the_same_cases():
    files = {path.name for path in SNAPSHOTS.glob("*.txt")}
    assert files == {f"{name}.{lang}.txt" for name in CORPUS for lang in LANGS}


@pytest.mark.parametrize("name", sorted(CORPUS))
@pytest.mark.parametrize("lang", LANGS)
def test_rendered_explanation_matches_the_pinned_text(name, lang):
    assert CORPUS[name]().render(lang=lang) == pinned(name, lang)
