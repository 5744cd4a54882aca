"""Assertions that kill mutants of `allowance/monthly.py` and `allowance/allowance_specs.py`.

The allowance tests check the shipped sets' numbers and the breakdown's invariants; these pin
what they leave open: every error's payload (field, value, reason in both languages, code), the
edges of every input range on both sides, the vocabulary's labels and variants, the rounding
modes on the exact half, the lag of every month, and the steps of a rich explanation.
"""

from datetime import date
from decimal import Decimal

import attrs
import pytest

from kinerja_core import Citation, InvalidValueError, Policy, Predicate, Version
from kinerja_core.allowance import (
    ALLOWANCE_RULES,
    PERMENLU_3_2025,
    PERMENTAN_20_2025,
    PERMENTAN_68_2012,
    AllowanceComponent,
    AllowanceLineKind,
    AllowanceRules,
    AttendanceRecord,
    BpjsShares,
    ComponentWeights,
    ConsecutiveAbsence,
    CutCap,
    EmploymentState,
    FactorKind,
    MinuteBand,
    PerOccurrence,
    PredicateFactors,
    PredicateLag,
    Rounding,
    RoundingMode,
    ScoreBand,
    monthly_allowance,
    performance_period,
)
from kinerja_core.core import Parameter
from kinerja_core.core.errors import ValidationError
from kinerja_core.core.explain import Text, explain
from kinerja_core.periods.period import Period

BASE = 10_000_000
PERKADA = Citation("Perwali Kota Contoh 1/2025", "Pasal 7")
ON = date(2025, 6, 1)


def payload(error):
    return (error.field, error.value, error.reason, error.reason_id, error.code)


def rules_for(rules: AllowanceRules):
    policy = Policy(
        "Contoh", [Parameter(ALLOWANCE_RULES, [Version(date(2020, 1, 1), rules, PERKADA)])]
    )
    return policy.at(ON)


def month(**kwargs):
    return AttendanceRecord(2025, 6, 20, **kwargs)


PERMENTAN = PERMENTAN_68_2012.value


def pay(rules=PERMENTAN, performance=Predicate.GOOD, base=BASE, attendance=None):
    return monthly_allowance(base, performance, attendance or month(), rules=rules_for(rules))


# --- the vocabulary -----------------------------------------------------------------------------


def test_every_line_kind_has_its_english_label():
    assert {kind: kind.label("en") for kind in AllowanceLineKind} == {
        AllowanceLineKind.COMPONENT: "Component",
        AllowanceLineKind.SPECIAL_STATE: "Employment-state adjustment",
        AllowanceLineKind.PERFORMANCE: "Predikat adjustment",
        AllowanceLineKind.ABSENCE: "Cut for days absent",
        AllowanceLineKind.LATENESS: "Cut for late arrivals",
        AllowanceLineKind.EARLY_LEAVE: "Cut for early leaves",
        AllowanceLineKind.MISSED_CEREMONY: "Cut for missed ceremonies",
        AllowanceLineKind.CONSECUTIVE_ABSENCE: "Cut for consecutive days absent",
        AllowanceLineKind.CAP: "Given back above the cap on cuts",
        AllowanceLineKind.FLOOR: "Given back below zero",
        AllowanceLineKind.EMPLOYEE_BPJS: "Employee's BPJS share",
    }


def test_every_allowance_enum_has_its_english_label():
    labels = {
        member: member.label("en")
        for enum in (AllowanceComponent, FactorKind, PredicateLag, EmploymentState, RoundingMode)
        for member in enum
    }
    assert labels == {
        AllowanceComponent.WHOLE: "Whole allowance",
        AllowanceComponent.PERFORMANCE: "Performance component",
        AllowanceComponent.DISCIPLINE: "Discipline component",
        FactorKind.PAYMENT_FACTOR: "Payment factor",
        FactorKind.CUT: "Cut",
        PredicateLag.SAME_MONTH: "Same month",
        PredicateLag.NEXT_QUARTER: "Next quarter",
        PredicateLag.NEXT_YEAR: "Next year",
        EmploymentState.ACTIVE: "Active",
        EmploymentState.CPNS: "Candidate civil servant (CPNS)",
        EmploymentState.STUDY_LEAVE: "Study leave",
        EmploymentState.TRANSFER_IN: "Transferred in",
        EmploymentState.TRANSFER_OUT: "Transferred out",
        RoundingMode.HALF_UP: "Half up",
        RoundingMode.DOWN: "Down",
    }


@pytest.mark.parametrize(
    ("enum", "text", "member"),
    [
        (AllowanceComponent, "Seluruh TPP", AllowanceComponent.WHOLE),
        (AllowanceComponent, "kinerja", AllowanceComponent.PERFORMANCE),
        (AllowanceComponent, "Disiplin", AllowanceComponent.DISCIPLINE),
        (AllowanceComponent, "kehadiran", AllowanceComponent.DISCIPLINE),
        (AllowanceComponent, "Komponen Kehadiran", AllowanceComponent.DISCIPLINE),
        (EmploymentState, "calon PNS", EmploymentState.CPNS),
        (EmploymentState, "Mutasi Masuk", EmploymentState.TRANSFER_IN),
    ],
)
def test_every_variant_parses(enum, text, member):
    assert enum.parse(text) is member


# --- the attendance record: every range on both sides, every error's payload -------------------


@pytest.mark.parametrize(
    ("field", "low", "high", "make"),
    [
        ("year", 2000, 2100, lambda v: AttendanceRecord(v, 6, 20)),
        ("month", 1, 12, lambda v: AttendanceRecord(2025, v, 20)),
        ("working_days", 1, 31, lambda v: AttendanceRecord(2025, 6, v)),
        ("consecutive_absent_days", 0, 366, lambda v: month(consecutive_absent_days=v)),
        ("absent_days", 0, 20, lambda v: month(absent_days=v)),
        ("missed_ceremonies", 0, 20, lambda v: month(missed_ceremonies=v)),
        ("late_minutes[0]", 0, 1440, lambda v: month(late_minutes=(v,))),
        ("early_leave_minutes[0]", 0, 1440, lambda v: month(early_leave_minutes=(v,))),
        ("days_in_post", 0, 20, lambda v: month(days_in_post=v)),
    ],
)
def test_every_whole_number_of_the_record_on_both_sides_of_its_range(field, low, high, make):
    make(low)
    make(high)
    for outside in (low - 1, high + 1):
        with pytest.raises(InvalidValueError) as caught:
            make(outside)
        assert payload(caught.value) == (
            field,
            outside,
            f"must be from {low} to {high}",
            f"harus dari {low} sampai dengan {high}",
            "out_of_range",
        )
    with pytest.raises(InvalidValueError) as caught:
        make(True)
    assert payload(caught.value) == (
        field,
        True,
        "must be a whole number",
        "harus bilangan bulat",
        "wrong_type",
    )


@pytest.mark.parametrize("field", ["late_minutes", "early_leave_minutes"])
@pytest.mark.parametrize("bad", ["15", b"15", 15])
def test_minutes_that_are_not_a_sequence_are_named(field, bad):
    with pytest.raises(InvalidValueError) as caught:
        month(**{field: bad})
    assert payload(caught.value) == (
        field,
        bad,
        "must be a sequence of whole numbers of minutes, one per occurrence",
        "harus berupa daftar bilangan bulat menit, satu untuk setiap kejadian",
        "wrong_type",
    )


@pytest.mark.parametrize("field", ["late_minutes", "early_leave_minutes"])
def test_more_occurrences_than_working_days_are_refused(field):
    AttendanceRecord(2025, 6, 2, **{field: [5, 6]})
    with pytest.raises(InvalidValueError) as caught:
        AttendanceRecord(2025, 6, 2, **{field: [5, 6, 7]})
    assert payload(caught.value) == (
        field,
        [5, 6, 7],
        "has more occurrences (3) than working days (2)",
        "kejadiannya (3) lebih banyak dari hari kerja (2)",
        "out_of_range",
    )


def test_the_second_occurrence_is_named_by_its_index():
    with pytest.raises(InvalidValueError) as caught:
        month(late_minutes=(5, 1441))
    assert (caught.value.field, caught.value.value) == ("late_minutes[1]", 1441)


def test_bad_working_days_still_check_the_counts_against_a_month_of_31():
    with pytest.raises(InvalidValueError) as only:
        AttendanceRecord(2025, 6, "20", absent_days=31, late_minutes=(1,) * 31)
    assert only.value.field == "working_days"
    with pytest.raises(ValidationError) as both:
        AttendanceRecord(2025, 6, "20", missed_ceremonies=32)
    assert [p.field for p in both.value.problems] == ["working_days", "missed_ceremonies"]
    assert (both.value.field, both.value.value) == ("attendance", None)


@pytest.mark.parametrize("state", [EmploymentState.TRANSFER_IN, EmploymentState.TRANSFER_OUT])
def test_a_transfer_needs_its_days_in_post(state):
    with pytest.raises(InvalidValueError) as caught:
        month(state=state)
    assert payload(caught.value) == (
        "days_in_post",
        None,
        "is required for a transfer in or out",
        "wajib diisi untuk pindah masuk atau pindah keluar",
        "required",
    )
    assert month(state=state, days_in_post=0).days_in_post == 0
    for other in (EmploymentState.ACTIVE, EmploymentState.CPNS, EmploymentState.STUDY_LEAVE):
        assert month(state=other).days_in_post is None


# --- the inputs of the computation -------------------------------------------------------------


def test_the_base_amount_on_both_sides_of_its_range():
    assert pay(base=0).total == 0
    assert pay(base=10**15).total == 10**15
    assert pay(base="0.4").total == 0
    assert pay(base=Decimal("0.5")).total == 1
    for bad in (-1, Decimal("-0.01"), 10**15 + 1):
        with pytest.raises(InvalidValueError) as caught:
            pay(base=bad)
        assert payload(caught.value) == (
            "base_amount",
            bad,
            "must be from 0 to 1000000000000000 rupiah",
            "harus dari 0 sampai dengan 1000000000000000 rupiah",
            "out_of_range",
        )


@pytest.mark.parametrize("bad", ["abc", "NaN", Decimal("Infinity")])
def test_a_base_amount_that_is_not_a_number_is_named(bad):
    with pytest.raises(InvalidValueError) as caught:
        pay(base=bad)
    assert (caught.value.field, caught.value.value, caught.value.code) == (
        "base_amount",
        bad,
        "not_a_number",
    )


def test_float_rupiah_and_a_wrong_attendance_are_named():
    with pytest.raises(InvalidValueError) as caught:
        pay(base=5e6)
    assert payload(caught.value) == (
        "base_amount",
        5e6,
        "rupiah are never binary floating point: pass an int, a Decimal or a string",
        "rupiah tidak pernah berupa bilangan floating point biner: berikan int, Decimal atau "
        "string",
        "float",
    )
    with pytest.raises(InvalidValueError) as wrong:
        monthly_allowance(BASE, Predicate.GOOD, {"year": 2025}, rules=rules_for(PERMENTAN))
    assert payload(wrong.value) == (
        "attendance",
        {"year": 2025},
        "must be an AttendanceRecord",
        "harus berupa AttendanceRecord",
        "wrong_type",
    )


SCORED = attrs.evolve(
    PERMENTAN,
    performance=PredicateFactors(
        FactorKind.CUT,
        dict.fromkeys(Predicate, 0),
        PredicateLag.SAME_MONTH,
        AllowanceComponent.WHOLE,
        PERKADA,
        (ScoreBand(0, 30), ScoreBand(70, 10), ScoreBand(90, 0)),
    ),
)


@pytest.mark.parametrize("bad", [95.0, True, None, [1]])
def test_a_performance_of_the_wrong_type_is_named(bad):
    with pytest.raises(InvalidValueError) as caught:
        pay(SCORED, bad)
    assert payload(caught.value) == (
        "performance",
        bad,
        "must be a Predicate (use Predicate.parse for text labels) or, for a set that decides "
        "by score, an exact score (int, Decimal or string)",
        "harus berupa Predicate (gunakan Predicate.parse untuk label teks) atau, untuk aturan "
        "yang memakai nilai, nilai yang eksak (int, Decimal atau string)",
        "wrong_type",
    )


def test_a_negative_score_is_named_and_zero_is_the_lowest_band():
    with pytest.raises(InvalidValueError) as caught:
        pay(SCORED, "-0.01")
    assert payload(caught.value) == (
        "performance",
        "-0.01",
        "a score must not be negative",
        "nilai tidak boleh negatif",
        "out_of_range",
    )
    assert pay(SCORED, 0).total == 7_000_000
    with pytest.raises(InvalidValueError) as text:
        pay(SCORED, "abc")
    assert text.value.field == "performance"


def test_a_score_for_a_set_without_a_score_table():
    with pytest.raises(InvalidValueError) as caught:
        pay(PERMENTAN, 80)
    name = PERMENTAN.name
    assert payload(caught.value) == (
        "performance",
        Decimal(80),
        f"the set {name!r} decides by predikat and has no score table; pass a Predicate",
        f"aturan {name!r} memakai predikat dan tidak memiliki tabel nilai; berikan Predicate",
        "no_score_table",
    )


def test_the_score_step_names_its_input_and_its_band():
    result = pay(SCORED, "75.5")
    assert result.total == 9_000_000
    step = next(
        s for s in result.explanation.steps if s.parameters[0].name.startswith("allowance_score")
    )
    assert dict(step.inputs)["score"] == Decimal("75.5")
    assert step.parameters[0].name == "allowance_score_bands[70 ≤ x < 90]"
    assert step.parameters[0].value == Decimal(10)


@pytest.mark.parametrize(
    ("month_", "expected"),
    [
        (1, Period.quarter(2024, 4)),
        (2, Period.quarter(2024, 4)),
        (3, Period.quarter(2024, 4)),
        (4, Period.quarter(2025, 1)),
        (5, Period.quarter(2025, 1)),
        (6, Period.quarter(2025, 1)),
        (7, Period.quarter(2025, 2)),
        (9, Period.quarter(2025, 2)),
        (10, Period.quarter(2025, 3)),
        (12, Period.quarter(2025, 3)),
    ],
)
def test_the_next_quarter_lag_for_every_quarter(month_, expected):
    assert performance_period(2025, month_, PredicateLag.NEXT_QUARTER) == expected
    assert performance_period(2025, month_, PredicateLag.SAME_MONTH) == Period.month(2025, month_)
    assert performance_period(2025, month_, PredicateLag.NEXT_YEAR) == Period.year(2024)


def test_a_lag_that_is_not_a_predicate_lag_is_named():
    with pytest.raises(InvalidValueError) as caught:
        performance_period(2025, 1, "Tahun Berikutnya")
    assert payload(caught.value) == (
        "lag",
        "Tahun Berikutnya",
        "must be a PredicateLag",
        "harus berupa PredicateLag",
        "wrong_type",
    )


# --- the computation ----------------------------------------------------------------------------


def rounded(unit: int, mode: RoundingMode) -> AllowanceRules:
    return attrs.evolve(PERMENTAN, rounding=Rounding(unit, mode, PERKADA))


def test_each_line_is_rounded_half_up_or_down_on_the_exact_half():
    # a 0.5 % late cut of 1 000 100: 5 000.5 rupiah
    late = month(late_minutes=(1,))
    half_up = pay(rounded(1, RoundingMode.HALF_UP), base=1_000_100, attendance=late)
    down = pay(rounded(1, RoundingMode.DOWN), base=1_000_100, attendance=late)
    assert [line.amount for line in half_up.lines] == [1_000_100, -5_001]
    assert [line.amount for line in down.lines] == [1_000_100, -5_000]
    hundreds = pay(rounded(100, RoundingMode.HALF_UP), base=1_000_100, attendance=late)
    assert [line.amount for line in hundreds.lines] == [1_000_100, -5_000]
    hundreds_up = pay(rounded(100, RoundingMode.HALF_UP), base=1_010_000, attendance=late)
    assert [line.amount for line in hundreds_up.lines] == [1_010_000, -5_100]


def test_one_percent_weights_still_split_the_components():
    rules = attrs.evolve(PERMENTAN_20_2025.value, weights=ComponentWeights(1, 99, PERKADA))
    result = pay(rules)
    components = [
        (line.component, line.amount)
        for line in result.lines
        if line.kind is AllowanceLineKind.COMPONENT
    ]
    assert components == [
        (AllowanceComponent.PERFORMANCE, 100_000),
        (AllowanceComponent.DISCIPLINE, 9_900_000),
    ]
    whole = pay(attrs.evolve(rules, weights=ComponentWeights(0, 100, PERKADA)))
    assert [(line.kind, line.component) for line in whole.lines] == [
        (AllowanceLineKind.COMPONENT, AllowanceComponent.WHOLE)
    ]


def transfers(prorate: bool) -> AllowanceRules:
    return attrs.evolve(
        PERMENTAN,
        special_states=attrs.evolve(PERMENTAN.special_states, prorate_transfers=prorate),
    )


@pytest.mark.parametrize("state", [EmploymentState.TRANSFER_IN, EmploymentState.TRANSFER_OUT])
def test_a_transfer_is_prorated_only_when_the_set_says_so(state):
    record = month(state=state, days_in_post=5)
    assert pay(transfers(True), attendance=record).total == 2_500_000
    assert pay(transfers(False), attendance=record).total == BASE
    nothing = pay(transfers(True), attendance=month(state=state, days_in_post=0))
    assert nothing.total == 0
    assert [(line.kind, line.percent, line.amount) for line in nothing.lines] == [
        (AllowanceLineKind.COMPONENT, Decimal(100), BASE),
        (AllowanceLineKind.SPECIAL_STATE, Decimal(100), -BASE),
    ]
    # the days in post of an active employee change nothing
    assert pay(transfers(True), attendance=month(days_in_post=5)).total == BASE


def rich_rules() -> AllowanceRules:
    """Two components, every cut with a percentage, a cap below the cuts, both BPJS shares."""
    discipline = AllowanceComponent.DISCIPLINE
    return attrs.evolve(
        PERMENTAN,
        weights=ComponentWeights(60, 40, PERKADA),
        performance=attrs.evolve(
            PERMENLU_3_2025.value.performance, component=AllowanceComponent.PERFORMANCE
        ),
        absence=PerOccurrence(3, discipline, PERKADA),
        lateness=attrs.evolve(PERMENTAN.lateness, component=discipline),
        early_leave=attrs.evolve(PERMENTAN.early_leave, component=discipline),
        ceremony=PerOccurrence("2.5", discipline, PERKADA),
        cap=CutCap(30, PERKADA),
        consecutive_absence=ConsecutiveAbsence(5, 10, discipline, PERKADA),
        bpjs=BpjsShares(4, 1, PERKADA),
        special_states=attrs.evolve(PERMENTAN.special_states, cpns_percent=80),
    )


RICH_MONTH = {
    "state": EmploymentState.CPNS,
    "absent_days": 5,
    "late_minutes": (45, 0, 1),
    "early_leave_minutes": (95,),
    "missed_ceremonies": 1,
    "consecutive_absent_days": 5,
}


def test_the_lines_record_their_kind_component_percent_and_amount():
    result = pay(rich_rules(), Predicate.POOR, base=10_000_001, attendance=month(**RICH_MONTH))
    rows = [
        (line.kind.name, line.component.name, str(line.percent), line.amount)
        for line in result.lines
    ]
    assert rows == EXPECTED_ROWS
    assert result.total == sum(row[3] for row in rows)
    assert result.employer_bpjs == EXPECTED_EMPLOYER


EXPECTED_ROWS = [
    ("COMPONENT", "PERFORMANCE", "60", 6000001),
    ("SPECIAL_STATE", "PERFORMANCE", "20", -1200000),
    ("COMPONENT", "DISCIPLINE", "40", 4000000),
    ("SPECIAL_STATE", "DISCIPLINE", "20", -800000),
    ("PERFORMANCE", "PERFORMANCE", "30", -1440000),
    ("ABSENCE", "DISCIPLINE", "15", -480000),
    ("LATENESS", "DISCIPLINE", "1.5", -48000),
    ("EARLY_LEAVE", "DISCIPLINE", "2", -64000),
    ("MISSED_CEREMONY", "DISCIPLINE", "2.5", -80000),
    ("CONSECUTIVE_ABSENCE", "DISCIPLINE", "10", -320000),
    ("CAP", "DISCIPLINE", "30", 32000),
    ("EMPLOYEE_BPJS", "WHOLE", "1", -56000),
]
EXPECTED_EMPLOYER = 224000


# --- the parts of a set -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "field", "low", "high"),
    [
        (lambda v: MinuteBand(v, None, 1), "from_minute", 1, 1440),
        (lambda v: MinuteBand(1, v, 1), "to_minute", 2, 1441),
        (lambda v: Rounding(v, RoundingMode.DOWN, PERKADA), "unit", 1, 1_000_000),
        (
            lambda v: ConsecutiveAbsence(v, 100, AllowanceComponent.WHOLE, PERKADA),
            "from_days",
            1,
            366,
        ),
    ],
)
def test_every_whole_number_of_a_part_on_both_sides_of_its_range(make, field, low, high):
    make(low)
    make(high)
    declared_low = 1  # to_minute's own range starts at 1; from_minute 1 puts it at 2
    for outside in (low - 1, high + 1):
        with pytest.raises(InvalidValueError) as caught:
            make(outside)
        if field == "to_minute" and outside == low - 1:
            assert caught.value.field == "to_minute"
            assert caught.value.code == "out_of_order"
            continue
        bounds = (declared_low if field == "to_minute" else low, high)
        assert payload(caught.value) == (
            field,
            outside,
            f"must be a whole number from {bounds[0]} to {bounds[1]}",
            f"harus bilangan bulat dari {bounds[0]} sampai dengan {bounds[1]}",
            "out_of_range",
        )
    for wrong in (True, Decimal(2), 2.0, "2"):
        with pytest.raises(InvalidValueError) as caught:
            make(wrong)
        assert caught.value.field == field
        assert caught.value.value == wrong
        assert caught.value.code == ("out_of_range" if isinstance(wrong, int) else "wrong_type")


def test_an_open_last_band_and_no_consecutive_rule_are_allowed():
    assert MinuteBand(1, None, 1).to_minute is None
    rule = ConsecutiveAbsence(None, 100, AllowanceComponent.WHOLE, PERKADA)
    assert not rule.applies(366)
    rule = ConsecutiveAbsence(10, 100, AllowanceComponent.WHOLE, PERKADA)
    assert (rule.applies(9), rule.applies(10), rule.applies(11)) == (False, True, True)
    with pytest.raises(InvalidValueError) as caught:
        ConsecutiveAbsence(0, 100, AllowanceComponent.WHOLE, PERKADA)
    assert caught.value.field == "from_days"


def test_a_negative_from_score_is_named():
    assert ScoreBand(0, 30).from_score == 0
    with pytest.raises(InvalidValueError) as caught:
        ScoreBand("-0.5", 30)
    assert payload(caught.value) == (
        "from_score",
        "-0.5",
        "must not be negative",
        "tidak boleh negatif",
        "out_of_range",
    )
    with pytest.raises(InvalidValueError) as text:
        ScoreBand("x", 30)
    assert text.value.field == "from_score"


def factors(*bands: ScoreBand, kind: FactorKind = FactorKind.CUT) -> PredicateFactors:
    return PredicateFactors(
        kind,
        dict.fromkeys(Predicate, 0),
        PredicateLag.SAME_MONTH,
        AllowanceComponent.WHOLE,
        PERKADA,
        bands,
    )


def test_every_problem_of_a_score_table_has_its_payload():
    with pytest.raises(ValidationError) as caught:
        factors(ScoreBand(10, 30), ScoreBand(70, 40), ScoreBand(70, 0))
    assert [payload(p) for p in caught.value.problems] == [
        (
            "score_bands[0].from_score",
            Decimal(10),
            "the first row must start at 0, so that every score has a percentage",
            "baris pertama harus mulai dari 0 agar setiap nilai memiliki persentase",
            "gap",
        ),
        (
            "score_bands[1].percent",
            Decimal(40),
            "a better score must not pay less (previous row: 30 as cut)",
            "nilai yang lebih baik tidak boleh dibayar lebih kecil (baris sebelumnya: 30 sebagai "
            "potongan)",
            "out_of_order",
        ),
        (
            "score_bands[2].from_score",
            Decimal(70),
            "must be above the previous row's from_score (70)",
            "harus lebih besar dari from_score baris sebelumnya (70)",
            "out_of_order",
        ),
    ]
    with pytest.raises(ValidationError) as paying:
        factors(ScoreBand(0, 80), ScoreBand(70, 70), kind=FactorKind.PAYMENT_FACTOR)
    assert [payload(p)[:3] for p in paying.value.problems] == [
        (
            "score_bands[1].percent",
            Decimal(70),
            "a better score must not pay less (previous row: 80 as payment factor)",
        )
    ]
    equal = factors(ScoreBand(0, 10), ScoreBand(50, 10))
    assert equal.scores.lookup(60) == 10
    paid = factors(ScoreBand(0, 80), ScoreBand(50, 100), kind=FactorKind.PAYMENT_FACTOR)
    assert (paid.scores.lookup(0), paid.scores.lookup(50)) == (20, 0)


def test_a_set_that_is_neither_rules_nor_data_is_named():
    with pytest.raises(InvalidValueError) as caught:
        ALLOWANCE_RULES.validate("Perwali 1/2025")
    assert payload(caught.value) == (
        "allowance_rules",
        "Perwali 1/2025",
        "must be an AllowanceRules (or its JSON data)",
        "harus berupa AllowanceRules (atau data JSON-nya)",
        "wrong_type",
    )
    assert ALLOWANCE_RULES.validate(PERMENTAN) is PERMENTAN
    assert ALLOWANCE_RULES.validate(PERMENTAN.to_dict()) == PERMENTAN


# --- the breakdown's fields, the split, the part of a component that is not split, the cap -------


def test_the_breakdown_records_what_it_applied():
    result = pay(rich_rules(), Predicate.POOR, base="10000001", attendance=month(**RICH_MONTH))
    assert (
        result.rules_name,
        result.year,
        result.month,
        result.base_amount,
        result.predicate,
        result.score,
        result.performance_period,
    ) == (
        PERMENTAN.name,
        2025,
        6,
        Decimal(10_000_001),
        Predicate.POOR,
        None,
        Period.quarter(2025, 1),
    )
    scored = pay(SCORED, "75.5")
    assert (scored.predicate, scored.score) == (None, Decimal("75.5"))
    assert scored.amount_of(AllowanceLineKind.CAP) == 0


def test_ninety_nine_to_one_weights_still_split_the_components():
    rules = attrs.evolve(PERMENTAN_20_2025.value, weights=ComponentWeights(99, 1, PERKADA))
    assert [line.component for line in pay(rules).lines] == [
        AllowanceComponent.PERFORMANCE,
        AllowanceComponent.DISCIPLINE,
    ]
    whole = attrs.evolve(rules, weights=ComponentWeights(100, 0, PERKADA))
    assert [line.component for line in pay(whole).lines] == [AllowanceComponent.WHOLE]


def test_a_component_of_an_unsplit_set_is_its_weight_of_the_whole():
    # weights 100/0: one WHOLE line; the performance part is all of it, the discipline part
    # none (its cuts are lines of 0 that still show their percentage)
    rules = attrs.evolve(
        rich_rules(),
        weights=ComponentWeights(100, 0, PERKADA),
        special_states=PERMENTAN.special_states,
        bpjs=PERMENTAN.bpjs,
    )
    result = pay(rules, Predicate.POOR, attendance=month(absent_days=2, late_minutes=(45,)))
    assert [(line.kind, line.component, line.amount) for line in result.lines] == [
        (AllowanceLineKind.COMPONENT, AllowanceComponent.WHOLE, BASE),
        (AllowanceLineKind.PERFORMANCE, AllowanceComponent.PERFORMANCE, -3_000_000),
        (AllowanceLineKind.ABSENCE, AllowanceComponent.DISCIPLINE, 0),
        (AllowanceLineKind.LATENESS, AllowanceComponent.DISCIPLINE, 0),
    ]
    weighted = attrs.evolve(rules, weights=ComponentWeights(0, 100, PERKADA))
    cuts = pay(weighted, Predicate.POOR, attendance=month(absent_days=2, late_minutes=(45,)))
    assert [line.amount for line in cuts.lines] == [BASE, 0, -600_000, -100_000]


def test_cuts_exactly_at_the_cap_give_nothing_back():
    capped = attrs.evolve(PERMENTAN, cap=CutCap(8, PERKADA))
    at = pay(capped, attendance=month(absent_days=2))
    assert [line.kind for line in at.lines] == [
        AllowanceLineKind.COMPONENT,
        AllowanceLineKind.ABSENCE,
    ]
    above = pay(capped, attendance=month(absent_days=2, late_minutes=(1,)))
    assert above.amount_of(AllowanceLineKind.CAP) == 50_000
    assert above.total == BASE - 800_000


def test_every_percentage_of_a_part_on_both_sides_of_its_range():
    makers = {
        "performance": lambda v: ComponentWeights(v, 100 - v if v in (0, 100) else 0, PERKADA),
        "percent": lambda v: CutCap(v, PERKADA),
        "cpns_percent": lambda v: attrs.evolve(PERMENTAN.special_states, cpns_percent=v),
        "study_leave_percent": lambda v: attrs.evolve(
            PERMENTAN.special_states, study_leave_percent=v
        ),
        "employer_percent": lambda v: BpjsShares(v, 0, PERKADA),
        "employee_percent": lambda v: BpjsShares(0, v, PERKADA),
        "factors[Baik]": lambda v: attrs.evolve(
            PERMENTAN.performance, factors={**PERMENTAN.performance.factors, Predicate.GOOD: v}
        ),
    }
    for field, make in makers.items():
        make(0)
        make(100)
        for outside in ("-0.01", 101):
            with pytest.raises(InvalidValueError) as caught:
                make(outside)
            assert payload(caught.value) == (
                field,
                outside,
                "must be a percentage from 0 to 100",
                "harus persentase dari 0 sampai dengan 100",
                "out_of_range",
            ), field
    with pytest.raises(InvalidValueError) as discipline:
        ComponentWeights(60, 101, PERKADA)
    assert discipline.value.field == "discipline"


def test_weights_that_do_not_add_up_to_100_are_named():
    with pytest.raises(InvalidValueError) as caught:
        ComponentWeights(60, 39, PERKADA)
    assert payload(caught.value) == (
        "discipline",
        Decimal(39),
        "the weights must add up to exactly 100 (performance 60 + discipline 39)",
        "jumlah bobot harus tepat 100 (kinerja 60 + disiplin 39)",
        "inconsistent",
    )
    weights = ComponentWeights(60, 40, PERKADA)
    assert [weights.share(c) for c in AllowanceComponent] == [100, 60, 40]


@pytest.mark.parametrize(("bad", "index"), [("1-30", None), ({"a": 1}, None), (5, None), ((1,), 0)])
def test_minute_and_score_tables_of_the_wrong_type_are_named(bad, index):
    for field, kind, make in (
        ("bands", "MinuteBand", lambda v: attrs.evolve(PERMENTAN.lateness, bands=v)),
        ("score_bands", "ScoreBand", lambda v: attrs.evolve(SCORED.performance, score_bands=v)),
    ):
        with pytest.raises(InvalidValueError) as caught:
            make(bad)
        if index is None:
            expected = (
                field,
                bad,
                f"must be a sequence of {kind}",
                f"harus berupa daftar {kind}",
                "wrong_type",
            )
        else:
            expected = (
                f"{field}[0]",
                bad[0],
                f"must be a {kind}",
                f"harus berupa {kind}",
                "wrong_type",
            )
        assert payload(caught.value) == expected


def test_every_problem_of_a_minute_table_has_its_payload():
    with pytest.raises(InvalidValueError) as backwards:
        MinuteBand(30, 29, 1)
    assert payload(backwards.value) == (
        "to_minute",
        29,
        "must be above from_minute (30)",
        "harus lebih besar dari from_minute (30)",
        "out_of_order",
    )
    with pytest.raises(ValidationError) as caught:
        attrs.evolve(
            PERMENTAN.lateness,
            bands=(
                MinuteBand(1, None, 2),
                MinuteBand(31, 40, 1),
                MinuteBand(45, 50, 1),
                MinuteBand(49, 60, 1),
            ),
        )
    assert [payload(p) for p in caught.value.problems] == [
        (
            "bands[0].to_minute",
            None,
            "only the last band may be open-ended (null)",
            "hanya rentang terakhir yang boleh tanpa batas atas (null)",
            "open_edge",
        ),
        (
            "bands[1].percent",
            Decimal(1),
            "a longer lateness must not cut less (previous band: 2)",
            "keterlambatan yang lebih lama tidak boleh dipotong lebih kecil "
            "(rentang sebelumnya: 2)",
            "out_of_order",
        ),
        (
            "bands[2].from_minute",
            45,
            "gap: must equal the previous band's to_minute (40)",
            "celah: harus sama dengan to_minute rentang sebelumnya (40)",
            "gap",
        ),
        (
            "bands[3].from_minute",
            49,
            "overlap: must equal the previous band's to_minute (50)",
            "tumpang tindih: harus sama dengan to_minute rentang sebelumnya (50)",
            "overlap",
        ),
        (
            "bands[3].to_minute",
            60,
            "the last band must be open-ended (null), so that every minute has a cut",
            "rentang terakhir harus tanpa batas atas (null) agar setiap menit memiliki potongan",
            "open_edge",
        ),
    ]
    assert caught.value.field == "bands"
    empty = attrs.evolve(PERMENTAN.lateness, bands=())
    assert (empty.percent_for(0), empty.percent_for(1440)) == (0, 0)
    equal = attrs.evolve(PERMENTAN.lateness, bands=(MinuteBand(1, 31, 1), MinuteBand(31, None, 1)))
    assert (equal.percent_for(0), equal.percent_for(1), equal.percent_for(31)) == (0, 1, 1)


def test_the_citations_name_every_part():
    citations = rich_rules().citations
    assert list(citations) == [f.name for f in attrs.fields(AllowanceRules)][1:]
    assert citations["bpjs"] == PERKADA
    assert citations["performance"] == PERMENLU_3_2025.value.performance.citation


def test_decimal_percentages_are_written_in_each_language_and_the_rules_are_a_fact():
    rules = attrs.evolve(
        PERMENTAN,
        performance=attrs.evolve(
            PERMENLU_3_2025.value.performance,
            factors={**PERMENLU_3_2025.value.performance.factors, Predicate.POOR: "62.5"},
        ),
        absence=PerOccurrence("2.5", AllowanceComponent.WHOLE, PERKADA),
    )
    outcome = explain(
        monthly_allowance, BASE, Predicate.POOR, month(absent_days=1), rules=rules_for(rules)
    )
    indonesian = outcome.explanation.render("id")
    english = outcome.explanation.render("en")
    assert "Penyesuaian predikat kinerja (Faktor Pembayaran 62,5 %)" in indonesian
    assert "Potongan tidak masuk kerja: 2,5 % per hari" in indonesian
    assert "Predikat adjustment (Payment factor 62.5 %)" in english
    assert "Cut for days absent: 2.5 % a day" in english
    assert outcome.explanation.steps[0].fact == Text("Aturan tunjangan", "Allowance rules")
