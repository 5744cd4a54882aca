"""Exact error payloads, labels and explanation facts of the talent area (mutation testing).

The behaviour tests in `test_talent.py` and `test_development.py` check which box, follow-ups
and recommendations a case gets; these pin what they leave open: every error's field, value,
code and reason in both languages, the English labels and the facts of the score look-ups.
"""

from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

import kinerja_core as kc
from kinerja_core import (
    Citation,
    CoreValue,
    DocumentError,
    InvalidValueError,
    Version,
    explain,
)
from kinerja_core.core import BandTable, Text
from kinerja_core.core.documents import json_schema
from kinerja_core.talent import (
    DEVELOPMENT_BY_PREDICATE,
    DEVELOPMENT_PRIORITIES,
    DEVELOPMENT_WEAKNESS,
    TALENT_BOX_MATRIX,
    TALENT_FOLLOW_UPS,
    TALENT_PERFORMANCE_BANDS,
    TALENT_POTENTIAL_BANDS,
    DevelopmentBasis,
    DevelopmentCase,
    DevelopmentPlan,
    FollowUp,
    Potential,
    Recommendation,
    TalentPlacement,
    WeaknessRule,
    performance_from_score,
    place_in_talent_box,
    potential_from_score,
    recommend_development,
    talent_box,
    talent_follow_ups,
)
from kinerja_core.talent.box_specs import follow_up_tuple

A, S, B = (
    kc.Rating.ABOVE_EXPECTATIONS,
    kc.Rating.MEETS_EXPECTATIONS,
    kc.Rating.BELOW_EXPECTATIONS,
)
LOW, MEDIUM, HIGH = Potential.LOW, Potential.MEDIUM, Potential.HIGH
PERDA = Citation("Perwali Kota Contoh 7/2024", "Lampiran II (manajemen talenta)")
SINCE = date(2024, 1, 1)
PEMDA = kc.NATIONAL.with_overrides(
    "Pemda Kota Contoh",
    {
        TALENT_POTENTIAL_BANDS: Version(
            SINCE,
            BandTable.from_lower_edges([(0, LOW), (70, MEDIUM), (85, HIGH)], upper=100),
            PERDA,
        ),
        TALENT_PERFORMANCE_BANDS: Version(
            SINCE, BandTable.from_lower_edges([(90, B), (100, S), (110, A)], upper=200), PERDA
        ),
    },
).at(date(2024, 12, 31))

SCORE = "must be a {0} or a score (int, str, Decimal or Fraction)"
SCORE_ID = "harus berupa {0} atau skor (int, str, Decimal atau Fraction)"
FLOAT = (
    "float_not_accepted",
    "float is not accepted because it is inexact; pass a str such as '87.5' or a Decimal",
    "float tidak diterima karena tidak eksak; berikan str seperti '87.5' atau Decimal",
)
BOX_RANGE = ("must be a whole number from 1 to 9", "harus bilangan bulat dari 1 sampai dengan 9")
NO_BAND = (
    "no band of the table contains this number; the table covers {0}",
    "tidak ada rentang pada tabel yang memuat angka ini; tabel mencakup {0}",
)
NOT_A_SEQUENCE = ("must be a sequence of FollowUp", "harus berupa daftar FollowUp")
NOT_A_FOLLOW_UP = (
    "must be a FollowUp (use FollowUp.parse for text labels)",
    "harus berupa FollowUp (gunakan FollowUp.parse untuk label teks)",
)
KEYS = (
    "must have exactly the box numbers 1 to 9 as keys",
    "kuncinya harus tepat nomor kotak 1 sampai dengan 9",
)


def payload(build):
    with pytest.raises(InvalidValueError) as caught:
        build()
    error = caught.value
    return (error.field, error.value, error.code, error.reason, error.reason_id)


def no_band(cover):
    return (NO_BAND[0].format(cover), NO_BAND[1].format(cover))


BOX_ERRORS = [
    (
        lambda: talent_box("x", LOW),
        (
            "performance",
            "x",
            "wrong_type",
            "must be a Rating (use Rating.parse for text labels)",
            "harus berupa Rating (gunakan Rating.parse untuk label teks)",
        ),
    ),
    (
        lambda: talent_box(A, "x"),
        (
            "potential",
            "x",
            "wrong_type",
            "must be a Potential (use Potential.parse for text labels)",
            "harus berupa Potential (gunakan Potential.parse untuk label teks)",
        ),
    ),
    (
        lambda: place_in_talent_box(1.5, LOW, rules=PEMDA),
        ("performance", 1.5, "wrong_type", SCORE.format("Rating"), SCORE_ID.format("Rating")),
    ),
    (
        lambda: place_in_talent_box(True, LOW, rules=PEMDA),
        ("performance", True, "wrong_type", SCORE.format("Rating"), SCORE_ID.format("Rating")),
    ),
    (
        lambda: place_in_talent_box(A, None, rules=PEMDA),
        (
            "potential",
            None,
            "wrong_type",
            SCORE.format("Potential"),
            SCORE_ID.format("Potential"),
        ),
    ),
    (lambda: performance_from_score(1.5, rules=PEMDA), ("performance_score", 1.5, *FLOAT)),
    (
        lambda: performance_from_score(80, rules=PEMDA),
        ("performance_score", Decimal(80), "out_of_range", *no_band("90 ≤ x ≤ 200")),
    ),
    (
        lambda: performance_from_score("200.5", rules=PEMDA),
        ("performance_score", Decimal("200.5"), "out_of_range", *no_band("90 ≤ x ≤ 200")),
    ),
    (lambda: potential_from_score(1.5, rules=PEMDA), ("potential_score", 1.5, *FLOAT)),
    (
        lambda: potential_from_score(101, rules=PEMDA),
        ("potential_score", Decimal(101), "out_of_range", *no_band("0 ≤ x ≤ 100")),
    ),
    (lambda: talent_follow_ups(0), ("box", 0, "out_of_range", *BOX_RANGE)),
    (lambda: talent_follow_ups(10), ("box", 10, "out_of_range", *BOX_RANGE)),
    (lambda: TalentPlacement(A, LOW, 0, ()), ("box", 0, "out_of_range", *BOX_RANGE)),
    (
        lambda: TalentPlacement(A, LOW, 4, []),
        (
            "follow_ups",
            [],
            "wrong_type",
            "must be a tuple of FollowUp",
            "harus berupa tuple FollowUp",
        ),
    ),
    (
        lambda: TalentPlacement(A, LOW, 4, ("x",)),
        (
            "follow_ups",
            ("x",),
            "wrong_type",
            "must be a tuple of FollowUp",
            "harus berupa tuple FollowUp",
        ),
    ),
    (
        lambda: TALENT_BOX_MATRIX.validate({(r, q): 1 for r in kc.Rating for q in Potential}),
        (
            "talent_box_matrix",
            [1] * 9,
            "inconsistent",
            "the nine cells must hold the box numbers 1 to 9, each once",
            "kesembilan sel harus berisi nomor kotak 1 sampai dengan 9, masing-masing sekali",
        ),
    ),
    (lambda: follow_up_tuple("Promosi", "f"), ("f", "Promosi", "wrong_type", *NOT_A_SEQUENCE)),
    (
        lambda: follow_up_tuple({FollowUp.PROMOTION}, "f"),
        ("f", {FollowUp.PROMOTION}, "wrong_type", *NOT_A_SEQUENCE),
    ),
    (lambda: follow_up_tuple(["Promosi"], "f"), ("f", "Promosi", "wrong_type", *NOT_A_FOLLOW_UP)),
    (
        lambda: follow_up_tuple([FollowUp.PROMOTION, FollowUp.PROMOTION], "f"),
        (
            "f",
            ["Promosi", "Promosi"],
            "duplicate",
            "lists a follow-up more than once",
            "memuat tindak lanjut yang sama lebih dari sekali",
        ),
    ),
    (
        lambda: TALENT_FOLLOW_UPS.validate([1]),
        (
            "talent_follow_ups",
            [1],
            "wrong_type",
            "must map each box number 1-9 to its follow-ups",
            "harus memetakan setiap nomor kotak 1-9 ke tindak lanjutnya",
        ),
    ),
    (
        lambda: TALENT_FOLLOW_UPS.validate(dict.fromkeys(range(1, 9), ())),
        ("talent_follow_ups", list(range(1, 9)), "missing_entry", *KEYS),
    ),
    (
        lambda: TALENT_FOLLOW_UPS.validate({**dict.fromkeys(range(2, 10), ()), "1": ()}),
        ("talent_follow_ups", [*range(2, 10), "1"], "missing_entry", *KEYS),
    ),
    (
        lambda: TALENT_FOLLOW_UPS.validate({b: ("x",) if b == 3 else () for b in range(1, 10)}),
        ("talent_follow_ups: talent_follow_ups[3]", "x", "wrong_type", *NOT_A_FOLLOW_UP),
    ),
]


@pytest.mark.parametrize(("build", "expected"), BOX_ERRORS)
def test_talent_box_errors_carry_their_exact_payload(build, expected):
    assert payload(build) == expected


def test_a_sequence_of_follow_ups_keeps_its_order():
    assert follow_up_tuple([FollowUp.ROTATION, FollowUp.AWARD], "f") == (
        FollowUp.ROTATION,
        FollowUp.AWARD,
    )
    assert follow_up_tuple((), "f") == ()


ENGLISH = {
    FollowUp: {
        "PROMOTION": "Promotion",
        "RETENTION": "Retention",
        "SUCCESSION": "Succession pool",
        "AWARD": "Award",
        "ROTATION": "Rotation",
        "JOB_ENRICHMENT": "Job enrichment",
        "COMPETENCY_DEVELOPMENT": "Competency development",
        "STUDY": "Study assignment",
        "FITTING_PLACEMENT": "Fitting placement",
        "COACHING": "Coaching",
        "COUNSELLING": "Counselling",
        "TRAINING": "Training",
        "PER_REGULATIONS": "Handled under the regulations",
    },
    Potential: {"LOW": "Low", "MEDIUM": "Medium", "HIGH": "High"},
}


@pytest.mark.parametrize("enum", list(ENGLISH), ids=lambda e: e.__name__)
def test_every_talent_member_has_its_english_label(enum):
    assert {m.name: m.label("en") for m in enum} == ENGLISH[enum]
    assert all(m.label("id") == m.value for m in enum)


def test_the_score_look_ups_state_their_facts():
    potential = explain(potential_from_score, 72, rules=PEMDA).explanation
    assert potential.render("en", form="summary") == "Potential: Medium"
    assert potential.render("id", form="summary") == "Potensial: Menengah"
    (step,) = potential.steps
    assert step.inputs == (("potential_score", Decimal(72)),)
    assert [use.name for use in step.parameters] == ["talent_potential_bands[Menengah]"]
    performance = explain(performance_from_score, 100, rules=PEMDA).explanation
    assert performance.render("en", form="summary") == (
        "Performance (talent-box axis): Meets expectations"
    )
    assert performance.render("id", form="summary") == (
        "Kinerja (sumbu kotak talenta): Sesuai Ekspektasi"
    )
    (step,) = performance.steps
    assert step.inputs == (("performance_score", Decimal(100)),)
    assert [use.name for use in step.parameters] == ["talent_performance_bands[Sesuai Ekspektasi]"]


# --- development.py ---------------------------------------------------------------------------

FLOAT_ONLY = FLOAT[1:]
PREDICATE_OR_NONE = (
    "must be a Predicate or None (use Predicate.parse for text labels)",
    "harus berupa Predicate atau None (gunakan Predicate.parse untuk label teks)",
)
BLANK_KEY = (
    "each key must be a non-empty indicator key",
    "setiap kunci harus berupa kunci indikator yang tidak kosong",
)
SERVICE = CoreValue.SERVICE_ORIENTED

DEVELOPMENT_ERRORS = [
    (
        lambda: DevelopmentCase(achievements=[1]),
        (
            "achievements",
            [1],
            "wrong_type",
            "must map indicator keys to achievements (percent)",
            "harus memetakan kunci indikator ke capaiannya (persen)",
        ),
    ),
    (lambda: DevelopmentCase(achievements={" ": 1}), ("achievements", " ", "blank", *BLANK_KEY)),
    (lambda: DevelopmentCase(achievements={1: 1}), ("achievements", 1, "blank", *BLANK_KEY)),
    (
        lambda: DevelopmentCase(achievements={"IKI-1": 1.5}),
        ("achievements[IKI-1]", 1.5, "float_not_accepted", *FLOAT_ONLY),
    ),
    (
        lambda: DevelopmentCase(behaviour=[1]),
        (
            "behaviour",
            [1],
            "wrong_type",
            "must map core values to a Rating or a score",
            "harus memetakan nilai dasar ke Rating atau skor",
        ),
    ),
    (
        lambda: DevelopmentCase(behaviour={"Berorientasi Pelayanan": 2}),
        (
            "behaviour",
            "Berorientasi Pelayanan",
            "wrong_type",
            "each key must be a CoreValue (use CoreValue.parse for text labels)",
            "setiap kunci harus berupa CoreValue (gunakan CoreValue.parse untuk label teks)",
        ),
    ),
    (
        lambda: DevelopmentCase(behaviour={SERVICE: 1.5}),
        ("behaviour[Berorientasi Pelayanan]", 1.5, "float_not_accepted", *FLOAT_ONLY),
    ),
    (lambda: DevelopmentCase("Baik"), ("predicate", "Baik", "wrong_type", *PREDICATE_OR_NONE)),
    (
        lambda: DevelopmentCase(previous_predicate="Baik"),
        ("previous_predicate", "Baik", "wrong_type", *PREDICATE_OR_NONE),
    ),
]


@pytest.mark.parametrize(("build", "expected"), DEVELOPMENT_ERRORS)
def test_development_case_errors_carry_their_exact_payload(build, expected):
    assert payload(build) == expected


def test_empty_parts_of_a_development_case_are_empty_maps():
    case = DevelopmentCase(achievements=None, behaviour=None)
    assert (dict(case.achievements), dict(case.behaviour)) == ({}, {})


def test_exact_numbers_are_written_as_decimals_when_they_end_and_as_fractions_otherwise():
    case = DevelopmentCase(
        achievements={
            "A": Fraction(200, 3),
            "B": "87.5",
            "C": Fraction(1, 6),
            "D": Fraction(7, 20),
            "E": Fraction(-1, 8),
        },
        behaviour={SERVICE: B, CoreValue.ACCOUNTABLE: Fraction(5, 2)},
    )
    data = case.to_dict()
    assert data["achievements"] == {
        "A": "200/3",
        "B": "87.5",
        "C": "1/6",
        "D": "0.35",
        "E": "-0.125",
    }
    assert data["behaviour"] == {
        "Berorientasi Pelayanan": "Di Bawah Ekspektasi",
        "Akuntabel": "2.5",
    }
    back = DevelopmentCase.from_dict(data)
    assert back == case
    assert back.achievements["A"] == Fraction(200, 3)
    assert back.behaviour[SERVICE] is B


def document_problems(data):
    base = DevelopmentCase().to_dict()
    with pytest.raises(DocumentError) as caught:
        DevelopmentCase.from_dict({**base, **data})
    return [(p.path, p.code, p.value, p.reason, p.reason_id) for p in caught.value.problems]


def test_a_development_case_document_reports_each_problem_with_its_path():
    assert document_problems({"achievements": {"A": "1/0"}}) == [
        ('achievements["A"]', "zero", "1/0", "the denominator is 0", "penyebutnya 0")
    ]
    assert document_problems({"achievements": [1]}) == [
        ("achievements", "wrong_type", [1], "must be an object", "harus berupa objek")
    ]
    labels = ", ".join(v.value for v in CoreValue)
    unknown = (
        'behaviour["Nope"]',
        "unknown_label",
        "Nope",
        f"must be one of the core values {labels}",
        f"harus salah satu nilai dasar {labels}",
    )
    assert document_problems({"behaviour": {"Nope": "2"}}) == [unknown]
    both = document_problems({"behaviour": {"Nope": "2", "Lain": "x", "Akuntabel": "x"}})
    assert [path for path, *_ in both] == [
        'behaviour["Nope"]',
        'behaviour["Lain"]',
        'behaviour["Akuntabel"]',
    ]


def test_the_schema_of_the_exact_numbers_and_maps():
    exact = {
        "type": ["string", "number"],
        "description": "An exact number: plain notation, or 'numerator/denominator'.",
    }
    case = json_schema(DevelopmentCase)["properties"]
    assert case["achievements"] == {"type": "object", "additionalProperties": exact}
    assert case["behaviour"] == {
        "type": "object",
        "additionalProperties": {"anyOf": [{"enum": [r.value for r in kc.Rating]}, exact]},
        "propertyNames": {"enum": [v.value for v in CoreValue]},
    }
    found = json_schema(Recommendation)["properties"]["found"]
    assert found == {"anyOf": [{"type": "null"}, exact]}


def not_evaluated():
    plan = kc.PerformancePlan(
        "198507122010012003",
        kc.Period.year(2024),
        [kc.PlanItem(kc.Indicator("Pengaduan yang diselesaikan", "pengaduan"), 400, 100)],
    )
    return kc.evaluate(kc.PerformanceCase(plan, exemption=next(iter(kc.Exemption))))


RECOMMENDATION = Recommendation(
    FollowUp.COACHING,
    DevelopmentBasis.PREDICATE,
    Text("Predikat kinerja Butuh Perbaikan", "Performance predicate Needs improvement"),
    PERDA,
)
NOT_A_SEQUENCE_OF_RECOMMENDATIONS = (
    "must be a sequence of Recommendation",
    "harus berupa daftar Recommendation",
)

RESULT_ERRORS = [
    (
        lambda: DevelopmentCase.of("x"),
        ("evaluation", "x", "wrong_type", "must be an Evaluation", "harus berupa Evaluation"),
    ),
    (
        lambda: DevelopmentCase.of(not_evaluated()),
        (
            "evaluation",
            "Tidak dinilai",
            "not_applicable",
            "must be an evaluated PermenPANRB 6/2022 evaluation (with a predikat)",
            "harus berupa evaluasi menurut PermenPANRB 6/2022 yang sudah dinilai (memiliki "
            "predikat)",
        ),
    ),
    (
        lambda: attrs.evolve(RECOMMENDATION, core_value="Akuntabel"),
        (
            "core_value",
            "Akuntabel",
            "wrong_type",
            "must be a CoreValue or None",
            "harus berupa CoreValue atau None",
        ),
    ),
    (
        lambda: attrs.evolve(RECOMMENDATION, threshold=1.5),
        ("threshold", 1.5, "float_not_accepted", *FLOAT_ONLY),
    ),
    (
        lambda: attrs.evolve(RECOMMENDATION, found=1.5),
        ("found", 1.5, "float_not_accepted", *FLOAT_ONLY),
    ),
    (
        lambda: DevelopmentPlan("x"),
        ("recommendations", "x", "wrong_type", *NOT_A_SEQUENCE_OF_RECOMMENDATIONS),
    ),
    (
        lambda: DevelopmentPlan({RECOMMENDATION}),
        ("recommendations", {RECOMMENDATION}, "wrong_type", *NOT_A_SEQUENCE_OF_RECOMMENDATIONS),
    ),
    (
        lambda: DevelopmentPlan([1]),
        (
            "recommendations",
            1,
            "wrong_type",
            "must be a Recommendation",
            "harus berupa Recommendation",
        ),
    ),
]


@pytest.mark.parametrize(("build", "expected"), RESULT_ERRORS)
def test_development_result_errors_carry_their_exact_payload(build, expected):
    assert payload(build) == expected


def test_a_recommendation_keeps_found_and_threshold_exact():
    weak = attrs.evolve(RECOMMENDATION, found="87.5", threshold="100", core_value=None)
    assert (weak.found, weak.threshold) == (Fraction(175, 2), Decimal(100))
    assert DevelopmentPlan([weak]).recommendations == (weak,)
    assert DevelopmentPlan(()).recommendations == ()


# --- development_specs.py ---------------------------------------------------------------------

NOT_A_FOLLOW_UP_PLAIN = ("must be a FollowUp", "harus berupa FollowUp")
PREDICATES = list(kc.Predicate)
GOOD = kc.Predicate.GOOD

DEVELOPMENT_SPEC_ERRORS = [
    (
        lambda: DEVELOPMENT_PRIORITIES.validate([1]),
        (
            "development_priorities",
            [1],
            "wrong_type",
            "must map a Predicate to the FollowUp it gives priority for",
            "harus memetakan Predicate ke FollowUp yang diprioritaskan",
        ),
    ),
    (
        lambda: DEVELOPMENT_PRIORITIES.validate({"Baik": FollowUp.TRAINING}),
        (
            "development_priorities",
            "Baik",
            "wrong_type",
            "keys must be Predicate members",
            "kuncinya harus anggota Predicate",
        ),
    ),
    (
        lambda: DEVELOPMENT_PRIORITIES.validate({GOOD: "Pelatihan"}),
        (
            "development_priorities: development_priorities[Baik]",
            "Pelatihan",
            "wrong_type",
            *NOT_A_FOLLOW_UP_PLAIN,
        ),
    ),
    (
        lambda: DEVELOPMENT_WEAKNESS.validate("x"),
        (
            "development_weakness",
            "x",
            "wrong_type",
            "must be a WeaknessRule",
            "harus berupa WeaknessRule",
        ),
    ),
    (
        lambda: WeaknessRule(achievement_below=1.5),
        ("achievement_below", 1.5, "float_not_accepted", *FLOAT_ONLY),
    ),
    (
        lambda: DEVELOPMENT_BY_PREDICATE.validate(
            {q: ["x"] if q is GOOD else () for q in PREDICATES}
        ),
        (
            "development_by_predicate: development_by_predicate[Baik]",
            "x",
            "wrong_type",
            *NOT_A_FOLLOW_UP,
        ),
    ),
    (
        lambda: DEVELOPMENT_BY_PREDICATE.validate(
            {q: [FollowUp.TRAINING] * 2 if q is GOOD else () for q in PREDICATES}
        ),
        (
            "development_by_predicate: development_by_predicate[Baik]",
            ["Pelatihan", "Pelatihan"],
            "duplicate",
            "lists a follow-up more than once",
            "memuat tindak lanjut yang sama lebih dari sekali",
        ),
    ),
]


@pytest.mark.parametrize(("build", "expected"), DEVELOPMENT_SPEC_ERRORS)
def test_development_spec_errors_carry_their_exact_payload(build, expected):
    assert payload(build) == expected


def test_development_specs_accept_plain_mappings_and_lists():
    priorities = DEVELOPMENT_PRIORITIES.validate({GOOD: FollowUp.TRAINING})
    assert dict(priorities) == {GOOD: FollowUp.TRAINING}
    matrix = DEVELOPMENT_BY_PREDICATE.validate(
        {q: [FollowUp.TRAINING, FollowUp.COACHING] for q in PREDICATES}
    )
    assert matrix.lookup(GOOD) == (FollowUp.TRAINING, FollowUp.COACHING)
    national = kc.NATIONAL.latest().resolve(DEVELOPMENT_BY_PREDICATE).value
    assert DEVELOPMENT_BY_PREDICATE.validate(national) == national
    assert DEVELOPMENT_WEAKNESS.validate(WeaknessRule()) == WeaknessRule()
    assert {m.name: m.label("en") for m in DevelopmentBasis} == {
        "PREDICATE": "Performance predicate",
        "TWO_YEARS": "Predicate two years running",
        "INDICATOR": "Performance indicator",
        "CORE_VALUE": "BerAKHLAK core value",
    }


# --- recommend_development ----------------------------------------------------------------------


def test_recommend_development_refuses_other_sources_with_the_exact_payload():
    assert payload(lambda: recommend_development("x")) == (
        "source",
        "x",
        "wrong_type",
        "must be an Evaluation or a DevelopmentCase",
        "harus berupa Evaluation atau DevelopmentCase",
    )


def test_the_rules_are_taken_at_the_end_of_the_cases_period():
    with pytest.raises(kc.RuleNotInForceError):
        recommend_development(DevelopmentCase(GOOD, period=kc.Period.year(2021)))
    assert (
        recommend_development(DevelopmentCase(GOOD, period=kc.Period.year(2022))).follow_ups == ()
    )


def test_the_reasons_write_numbers_in_each_language():
    rules = kc.NATIONAL.replace({DEVELOPMENT_WEAKNESS: WeaknessRule(achievement_below="92.5")})
    case = DevelopmentCase(
        GOOD,
        achievements={"IKI-1": "87.5"},
        behaviour={CoreValue.LOYAL: Fraction(3, 2)},
    )
    plan = recommend_development(case, rules=rules.latest())
    reasons = [(r.reason.id, r.reason.en) for r in plan.recommendations]
    assert reasons == [
        (
            "Capaian indikator IKI-1 87,5 % di bawah 92,5 %",
            "Achievement of indicator IKI-1 87.5 % below 92.5 %",
        ),
        (
            "Skor nilai dasar Loyal 1,5 di bawah skor Sesuai Ekspektasi (2)",
            "Score of core value Loyal 1.5 below the score of Meets expectations (2)",
        ),
    ]
    assert plan.explanation.render("en", form="summary") == (
        "Development recommendations: (Training)"
    )
    assert plan.explanation.render("id", form="summary") == "Rekomendasi pengembangan: (Pelatihan)"


def test_each_indicator_step_says_weak_or_not_weak():
    case = DevelopmentCase(GOOD, achievements={"IKI-1": "100", "IKI-2": "50"})
    steps = recommend_development(case).explanation.steps
    results = [(s.inputs[0], s.result.en, s.result.id) for s in steps[1:3]]
    assert results == [
        (("indicator", "IKI-1"), "not weak", "tidak lemah"),
        (("indicator", "IKI-2"), "weak", "lemah"),
    ]


def test_a_placement_reads_the_grid_and_the_follow_ups_of_the_rules_passed():
    national = kc.NATIONAL.latest()
    grid = national.resolve(TALENT_BOX_MATRIX).value
    reversed_grid = {key: 10 - box for key, box in grid.cells.items()}
    follow_ups = dict.fromkeys(range(1, 10), ())
    follow_ups[1] = (FollowUp.AWARD,)
    rules = kc.NATIONAL.with_overrides(
        "Pemda Kota Contoh",
        {
            TALENT_BOX_MATRIX: Version(SINCE, reversed_grid, PERDA),
            TALENT_FOLLOW_UPS: Version(SINCE, follow_ups, PERDA),
        },
    ).at(date(2024, 12, 31))
    placement = place_in_talent_box(A, HIGH, rules=rules)
    assert (placement.box, placement.follow_ups) == (1, (FollowUp.AWARD,))
    assert place_in_talent_box(A, HIGH).box == 9
