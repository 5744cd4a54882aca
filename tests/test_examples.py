"""The example scripts run and print what the docs say they print."""

import pathlib
import runpy

import pytest

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    "script",
    # the Dask recipe starts a cluster: tests/test_population_dask.py runs it on one
    sorted(p for p in EXAMPLES.glob("*.py") if p.name != "dask_population.py"),
    ids=lambda p: p.name,
)
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


def test_the_quickstart_prints_the_summary_and_the_full_form_on_request(capsys, monkeypatch):
    monkeypatch.setattr("sys.argv", ["quickstart.py"])
    runpy.run_path(str(EXAMPLES / "quickstart.py"), run_name="__main__")
    summary = capsys.readouterr().out
    assert summary.startswith("Predikat kinerja: Baik\nDitentukan oleh:\n")
    assert "Performance predicate: Good" in summary
    assert "Dasar hukum:" not in summary
    monkeypatch.setattr("sys.argv", ["quickstart.py", "--full"])
    runpy.run_path(str(EXAMPLES / "quickstart.py"), run_name="__main__")
    full = capsys.readouterr().out
    assert full.startswith(summary.split("\n\nWhat-if")[0])
    assert "\n1. Rezim: PermenPANRB 6/2022 (berlaku pada periode)\n" in full
    assert "\nDasar hukum:\n[1] PermenPANRB 8/2021" in full
