"""The example scripts run and print what the docs say they print."""

import pathlib
import runpy

import pytest

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize("script", sorted(EXAMPLES.glob("*.py")), ids=lambda p: p.name)
def test_example_runs(script, capsys):
    runpy.run_path(str(script), run_name="__main__")
    assert capsys.readouterr().out.strip()


def test_the_2024_tutorial_numbers(capsys):
    runpy.run_path(str(EXAMPLES / "evaluate_2024.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert "Weighted achievement: 110.19 %" in out
    assert "Predikat kinerja: Sangat Baik" in out
    assert (
        "SIASN: {'hasilKinerjaNilai': 1, 'perilakuKerjaNilai': 1, 'kuadranKinerjaNilai': 1}" in out
    )
