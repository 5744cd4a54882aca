"""The command line: exit codes, messages and output, in-process and once as `python -m`."""

import io
import json
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings

import kinerja_core as kc
from kinerja_core.cli import main
from kinerja_core.testing import strategies as kst
from test_documents import broken_case, quickstart_case


def run(*argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err, stdin=io.StringIO(stdin))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def case_file(tmp_path):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(quickstart_case().to_dict()), encoding="utf-8")
    return path


def test_evaluate_prints_the_evaluation_document(case_file):
    code, out, err = run("evaluate", str(case_file))
    assert (code, err) == (0, "")
    data = json.loads(out, parse_float=Decimal)
    assert data["document"] == "evaluation"
    assert data["predicate"] == "Baik"
    assert data["weighted_achievement"] == "112.5"
    assert data["explanation"]["steps"]


def test_evaluate_without_the_explanation_and_from_standard_input():
    text = json.dumps(quickstart_case().to_dict())
    code, out, _ = run("evaluate", "-", "--no-explanation", stdin=text)
    assert code == 0
    assert "explanation" not in json.loads(out)


def test_a_broken_document_exits_1_with_every_problem(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken_case()), encoding="utf-8")
    code, out, err = run("evaluate", str(path))
    assert (code, err) == (1, "")
    data = json.loads(out)
    assert data["document"] == "performance_case"
    # 4.5 read with parse_float=Decimal is exact: six problems, not the float one
    assert len(data["problems"]) == 6
    assert {"path", "code", "value", "message"} <= set(data["problems"][0])


def test_a_sound_document_that_a_rule_refuses_exits_1(tmp_path):
    data = quickstart_case().to_dict()
    del data["realisations"]["IKI-2"]
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run("evaluate", str(path))
    assert code == 1
    assert json.loads(out)["problems"][0]["message"]["id"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ("{not json", "is not JSON"),
        ('{"document": "evaluation"}', "not a case document"),
        ("[1, 2]", "not a case document"),
    ],
)
def test_unreadable_input_exits_2_with_a_message(tmp_path, content, message):
    path = tmp_path / "input.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    code, out, err = run("evaluate", str(path))
    assert (code, out) == (2, "")
    assert message in err


def test_schema_prints_a_json_schema_and_refuses_unknown_names():
    code, out, _ = run("schema", "evaluation")
    assert code == 0
    assert json.loads(out)["title"] == "Evaluation"
    code, out, err = run("schema", "nope")
    assert (code, out) == (2, "")
    assert "performance_case" in err


def test_usage_errors_exit_2(capsys):
    assert run()[0] == 2
    assert "usage" in capsys.readouterr().err


def test_python_dash_m_runs_the_command_line():
    done = subprocess.run(
        [sys.executable, "-m", "kinerja_core", "schema", "pp30_case"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["title"] == "Pp30Case"


@settings(max_examples=15)
@given(case=kst.performance_cases())
def test_a_generated_example_printed_as_a_document_replays(tmp_path_factory, case):
    path = tmp_path_factory.mktemp("example") / "case.json"
    path.write_text(kst.as_document(case), encoding="utf-8")
    code, out, _ = run("evaluate", str(path), "--no-explanation")
    try:
        expected = kc.evaluate(case)
    except kc.KinerjaError:
        assert code == 1
        return
    assert code == 0
    assert kc.Evaluation.from_dict(json.loads(out, parse_float=Decimal)) == expected


def test_evaluate_under_a_regional_policy_document(tmp_path, case_file):
    from datetime import date  # noqa: PLC0415

    from kinerja_core.core import PolicyOverrides  # noqa: PLC0415

    matrix = dict(kc.NATIONAL.latest()[kc.performance.PREDICATE_MATRIX])
    matrix[(kc.Rating.ABOVE_EXPECTATIONS, kc.Rating.MEETS_EXPECTATIONS)] = kc.Predicate.VERY_GOOD
    pemda = kc.NATIONAL.with_overrides(
        "Pemda Kota Contoh",
        {
            kc.performance.PREDICATE_MATRIX: kc.Version(
                date(2024, 1, 1), matrix, kc.Citation("Perwali Kota Contoh 12/2024", "Pasal 7")
            )
        },
    )
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps(PolicyOverrides.of(pemda).to_dict()), encoding="utf-8")
    code, out, _ = run("evaluate", str(case_file), "--policy", str(policy), "--no-explanation")
    assert code == 0
    assert json.loads(out)["predicate"] == "Sangat Baik"
    policy.write_text('{"name": ""}', encoding="utf-8")
    code, out, _ = run("evaluate", str(case_file), "--policy", str(policy))
    assert code == 1
    assert json.loads(out)["problems"][0]["path"] == "name"
    code, _, err = run("evaluate", str(case_file), "--policy", str(tmp_path / "missing.json"))
    assert code == 2
    assert "cannot read the policy" in err
