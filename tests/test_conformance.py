"""Golden vectors: the committed copy is reproduced byte for byte and every vector replays."""

import io
import json
import pathlib
from decimal import Decimal

import attrs
import pytest

import kinerja_core as kc
from kinerja_core.cli import main, write_vectors
from kinerja_core.conformance import FUNCTIONS, Vector, generate_vectors, replay

COMMITTED = pathlib.Path(__file__).resolve().parent.parent / "conformance" / "vectors"


@pytest.fixture(scope="module")
def vectors():
    return generate_vectors()


def committed():
    for path in sorted(COMMITTED.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
        for data in document["vectors"]:
            yield path.name, Vector.from_dict(data)


def test_the_command_line_reproduces_the_committed_vectors_byte_for_byte(tmp_path):
    out = io.StringIO()
    assert main(["vectors", "--out", str(tmp_path)], out=out, err=io.StringIO()) == 0
    assert "361 vectors in 12 files" in out.getvalue()
    made = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    kept = {p.name: p.read_bytes() for p in COMMITTED.iterdir()}
    assert made.keys() == kept.keys()
    for name, content in kept.items():
        assert made[name] == content, f"{name} changed: regenerate and review the diff"


def test_every_committed_vector_replays_to_its_expected_output():
    count = 0
    for name, vector in committed():
        assert replay(vector) == vector, (name, vector)
        count += 1
    assert count == 361


def test_a_changed_result_is_caught_by_the_replay():
    _, vector = next(committed())
    wrong = attrs.evolve(vector, expected=kc.Predicate.POOR)
    assert replay(wrong) != wrong
    assert replay(wrong) == vector


def test_every_matrix_cell_and_both_sides_of_every_edge_are_covered(vectors):
    cells = [v for v in vectors if v.function == "kinerja_core.performance_predicate"]
    assert {v.args for v in cells} == {(w, b) for w in kc.Rating for b in kc.Rating}
    edges = {
        v.args[0]: v.expected
        for v in vectors
        if v.function == "kinerja_core.propose_work_result_rating"
    }
    assert edges[Decimal("99.99")] is kc.Rating.BELOW_EXPECTATIONS
    assert edges[Decimal(100)] is kc.Rating.MEETS_EXPECTATIONS
    assert edges[Decimal("100.01")] is kc.Rating.MEETS_EXPECTATIONS
    assert {v.function for v in vectors} == set(FUNCTIONS)
    assert all(v.citation is not None for v in vectors if v.kind in ("cell", "edge"))


def test_a_refused_input_is_a_vector_with_its_error_code(vectors):
    refused = [v for v in vectors if v.error is not None]
    assert refused
    assert all(v.expected is None for v in refused)
    assert {v.error for v in refused} == {"invalid_value", "missing"}
    # PP 53/2010's officials-only rows (36-45 days) need the kind of position
    missing = [v for v in refused if v.error == "missing"]
    assert {v.args[0] for v in missing} == set(range(36, 46))
    assert all(v.function == "kinerja_core.discipline.absence_sanction" for v in missing)


def test_the_consequence_tables_are_covered_cell_by_cell(vectors):
    credits = {
        (v.args, v.kwargs.get("months", 12)): v.expected
        for v in vectors
        if v.function == "kinerja_core.careers.credit_points"
    }
    assert len(credits) == 5 * 8 + 5 * 11
    good, first = kc.Predicate.GOOD, kc.careers.FunctionalLevel.AHLI_PERTAMA
    assert credits[((good, first), 2)] == Decimal("2.08")  # BKN's example
    assert credits[((kc.Predicate.VERY_GOOD, first), 12)] == Decimal("18.75")
    boxes = {v.args: v.expected for v in vectors if v.function == "kinerja_core.talent.talent_box"}
    assert sorted(boxes.values()) == list(range(1, 10))
    absences = [v for v in vectors if v.function == "kinerja_core.discipline.absence_sanction"]
    assert {v.args[0] for v in absences if v.on.year == 2021} == set(range(30))
    assert {v.args[0] for v in absences if v.on.year == 2014} >= set(range(48))


def test_the_seed_changes_only_the_random_cases():
    other = generate_vectors(seed=7, random_cases=3)
    fixed = [v for v in other if v.kind != "random"]
    assert fixed == list(generate_vectors(random_cases=0))
    assert len(other) - len(fixed) == 6


def test_an_unknown_function_is_refused():
    with pytest.raises(kc.KinerjaError, match="not a function the golden vectors cover"):
        replay(Vector("os.system", "example", kc.Period.year(2024).end))


def test_the_vectors_document_round_trips():
    vector = generate_vectors(random_cases=0)[0]
    assert Vector.from_dict(json.loads(json.dumps(vector.to_dict()))) == vector


def test_writing_to_an_unwritable_place_exits_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    err = io.StringIO()
    assert main(["vectors", "--out", str(blocker / "sub")], out=io.StringIO(), err=err) == 2
    assert "cannot write" in err.getvalue()


def test_only_flat_vectors_get_a_csv(tmp_path):
    written = write_vectors(generate_vectors(random_cases=1), tmp_path)
    assert written["kinerja_core.evaluate"] == 2
    assert not (tmp_path / "kinerja_core.evaluate.csv").exists()
    lines = (tmp_path / "kinerja_core.performance_predicate.csv").read_text().splitlines()
    assert lines[0] == "kind,on,args,expected,error"
    assert len(lines) == 10
