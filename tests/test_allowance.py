"""TPP / tunjangan kinerja: the parameter sets, the monthly breakdown, its invariants and bugs.

Example tests are named after their source (the domain reference, §9); every band edge of every
shipped set is tested on both sides; the properties run over random attendance and every
shipped set (and random sets).
"""

import json
import math
from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja_core import (
    NATIONAL,
    Citation,
    InvalidValueError,
    Period,
    Policy,
    Predicate,
    RuleNotInForceError,
    UnknownParameterError,
    ValidationError,
    Version,
)
from kinerja_core.allowance import (
    ALLOWANCE_RULES,
    JAWA_TIMUR_STYLE,
    KAB_JEMBRANA,
    PEMDA_60_40_STYLE,
    PERBAN_BAKAMLA_1_2023,
    PERBAN_BGN_4_2025,
    PERMEN_LHK_6_2024,
    PERMENDIKDASMEN_14_2025,
    PERMENHAN_7_2014,
    PERMENLU_3_2025,
    PERMENTAN_20_2025,
    PERMENTAN_68_2012,
    SHIPPED_SETS,
    AllowanceBreakdown,
    AllowanceComponent,
    AllowanceLineKind,
    AllowanceRules,
    AttendanceRecord,
    EmploymentState,
    FactorKind,
    MinuteBand,
    MinuteBands,
    PerOccurrence,
    PredicateFactors,
    PredicateLag,
    RoundingMode,
    ScoreBand,
    monthly_allowance,
    performance_period,
)
from kinerja_core.core import Parameter, PolicyOverrides
from kinerja_core.core.documents import DocumentError, json_schema
from kinerja_core.core.explain import explain
from kinerja_core.core.law import Confidence
from kinerja_core.testing import strategies as kst

BASE = 10_000_000
PERKADA = Citation("Perwali Kota Contoh 1/2025", "Pasal 7")
ATTENDANCE_CUTS = (
    AllowanceLineKind.ABSENCE,
    AllowanceLineKind.LATENESS,
    AllowanceLineKind.EARLY_LEAVE,
    AllowanceLineKind.MISSED_CEREMONY,
    AllowanceLineKind.CONSECUTIVE_ABSENCE,
)
SETS = sorted(SHIPPED_SETS)
EVERY_SET_IN_FORCE = max(v.effective_from for v in SHIPPED_SETS.values()).year
"""Attendance from this year on is paid under any shipped set (the rules of its month)."""


_POLICIES = {}


def rules_of(version, on=date(2025, 6, 1)):
    """The rules of a small policy holding only `version` (fast: no national merge per call)."""
    policy = _POLICIES.get(id(version))
    if policy is None:
        policy = Policy("Contoh", [Parameter(ALLOWANCE_RULES, [version])])
        if version in SHIPPED_SETS.values():
            _POLICIES[id(version)] = policy
    return policy.at(on)


def with_rules(rules: AllowanceRules, on=date(2025, 6, 1)):
    return rules_of(Version(date(2020, 1, 1), rules, PERKADA), on)


def month(**kwargs):
    return AttendanceRecord(2025, 6, 20, **kwargs)


def pay(version, predicate=Predicate.GOOD, base=BASE, **kwargs):
    return monthly_allowance(base, predicate, month(**kwargs), rules=rules_of(version))


def cut(breakdown, kind):
    return -breakdown.amount_of(kind)


# --- the national policy has no set ----------------------------------------------------------


def test_the_national_rules_have_no_allowance_set_and_say_so():
    with pytest.raises(UnknownParameterError) as caught:
        monthly_allowance(BASE, Predicate.GOOD, month())
    assert caught.value.field == "allowance_rules"
    assert "with_overrides" in caught.value.reason
    assert ALLOWANCE_RULES not in NATIONAL
    assert ALLOWANCE_RULES.institution_only


# --- the reference's numbers (domain reference §9) ---------------------------------------------


def test_permentan_68_2012_four_percent_a_day_and_tl_psw_bands():
    result = pay(PERMENTAN_68_2012, absent_days=2, late_minutes=(15, 45), early_leave_minutes=(95,))
    assert cut(result, AllowanceLineKind.ABSENCE) == 800_000  # 2 × 4 %
    assert cut(result, AllowanceLineKind.LATENESS) == 150_000  # 0.5 % + 1 %
    assert cut(result, AllowanceLineKind.EARLY_LEAVE) == 200_000  # PSW4 2 %
    assert result.total == BASE - 1_150_000 == sum(line.amount for line in result.lines)


def test_permendikdasmen_14_2025_pasal_19():
    assert cut(pay(PERMENDIKDASMEN_14_2025, absent_days=3), AllowanceLineKind.ABSENCE) == 750_000
    nine = pay(PERMENDIKDASMEN_14_2025, absent_days=9, consecutive_absent_days=9)
    ten = pay(PERMENDIKDASMEN_14_2025, absent_days=10, consecutive_absent_days=10)
    assert cut(nine, AllowanceLineKind.CONSECUTIVE_ABSENCE) == 0
    assert nine.total == BASE - 9 * 250_000
    assert cut(ten, AllowanceLineKind.CONSECUTIVE_ABSENCE) == BASE
    assert ten.total == 0  # 100 % + 25 % is capped at 100 %, never negative
    assert ten.amount_of(AllowanceLineKind.CAP) == 2_500_000


def test_permenhan_7_2014_one_percent_a_day():
    assert pay(PERMENHAN_7_2014, absent_days=4).total == BASE - 400_000


def test_perban_bgn_4_2025_sixty_minutes_and_over():
    assert cut(pay(PERBAN_BGN_4_2025, late_minutes=(60,)), AllowanceLineKind.LATENESS) == 50_000
    assert cut(pay(PERBAN_BGN_4_2025, late_minutes=(61,)), AllowanceLineKind.LATENESS) == 100_000


def test_kab_jembrana_five_percent_a_day_lateness_and_the_monday_ceremony():
    result = pay(KAB_JEMBRANA, absent_days=1, late_minutes=(30, 31), missed_ceremonies=2)
    assert cut(result, AllowanceLineKind.ABSENCE) == 500_000
    assert cut(result, AllowanceLineKind.LATENESS) == 150_000
    assert cut(result, AllowanceLineKind.MISSED_CEREMONY) == 400_000


@pytest.mark.parametrize(
    ("predicate", "paid"),
    [
        (Predicate.VERY_GOOD, BASE),
        (Predicate.GOOD, BASE),
        (Predicate.NEEDS_IMPROVEMENT, 8_000_000),
        (Predicate.POOR, 7_000_000),
        (Predicate.VERY_POOR, 6_000_000),
    ],
)
def test_permenlu_3_2025_pasal_15_factors(predicate, paid):
    assert pay(PERMENLU_3_2025, predicate).total == paid


@pytest.mark.parametrize(
    ("predicate", "paid"),
    [
        (Predicate.VERY_GOOD, BASE),
        (Predicate.GOOD, BASE),
        (Predicate.NEEDS_IMPROVEMENT, 9_000_000),
        (Predicate.POOR, 8_500_000),
        (Predicate.VERY_POOR, 8_000_000),
    ],
)
def test_permen_lhk_6_2024_pasal_19_factors(predicate, paid):
    assert pay(PERMEN_LHK_6_2024, predicate).total == paid


@pytest.mark.parametrize(
    ("predicate", "paid"),
    [
        (Predicate.VERY_GOOD, BASE),
        (Predicate.GOOD, BASE),
        (Predicate.NEEDS_IMPROVEMENT, BASE),
        (Predicate.POOR, 9_900_000),
        (Predicate.VERY_POOR, 9_800_000),
    ],
)
def test_perban_bakamla_1_2023_pasal_11_cuts(predicate, paid):
    assert pay(PERBAN_BAKAMLA_1_2023, predicate).total == paid


def test_jawa_timur_40_60_split_and_bpjs_4_1():
    result = pay(JAWA_TIMUR_STYLE)
    components = [line for line in result.lines if line.kind is AllowanceLineKind.COMPONENT]
    assert [(c.component, c.amount) for c in components] == [
        (AllowanceComponent.PERFORMANCE, 4_000_000),
        (AllowanceComponent.DISCIPLINE, 6_000_000),
    ]
    assert cut(result, AllowanceLineKind.EMPLOYEE_BPJS) == 100_000
    assert result.employer_bpjs == 400_000
    assert result.total == 9_900_000  # the employer's share is never deducted


def test_permentan_20_2025_cpns_receive_80_percent_of_each_component():
    result = pay(PERMENTAN_20_2025, state=EmploymentState.CPNS)
    assert result.total == 8_000_000
    state = [line for line in result.lines if line.kind is AllowanceLineKind.SPECIAL_STATE]
    assert [(line.component, line.amount) for line in state] == [
        (AllowanceComponent.PERFORMANCE, -1_200_000),
        (AllowanceComponent.DISCIPLINE, -800_000),
    ]


def test_a_transfer_is_prorated_by_working_days_in_post():
    result = pay(PERMENTAN_68_2012, state=EmploymentState.TRANSFER_IN, days_in_post=5)
    assert result.total == 2_500_000
    with pytest.raises(InvalidValueError, match="days_in_post"):
        month(state=EmploymentState.TRANSFER_OUT)


def test_the_cap_gives_back_what_lies_above_it():
    capped = attrs.evolve(
        PERMENTAN_68_2012.value, cap=attrs.evolve(PERMENTAN_68_2012.value.cap, percent=50)
    )
    result = monthly_allowance(
        BASE, Predicate.GOOD, month(absent_days=15), rules=with_rules(capped)
    )
    assert cut(result, AllowanceLineKind.ABSENCE) == 6_000_000
    assert result.amount_of(AllowanceLineKind.CAP) == 1_000_000
    assert result.total == 5_000_000


# --- which period's predikat a month uses ------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "month_", "lag", "expected"),
    [
        (2025, 5, PredicateLag.SAME_MONTH, Period.month(2025, 5)),
        (2025, 4, PredicateLag.NEXT_QUARTER, Period.quarter(2025, 1)),
        (2025, 6, PredicateLag.NEXT_QUARTER, Period.quarter(2025, 1)),
        (2025, 7, PredicateLag.NEXT_QUARTER, Period.quarter(2025, 2)),
        (2025, 3, PredicateLag.NEXT_QUARTER, Period.quarter(2024, 4)),
        (2025, 1, PredicateLag.NEXT_YEAR, Period.year(2024)),
        (2025, 12, PredicateLag.NEXT_YEAR, Period.year(2024)),
    ],
)
def test_the_lag_names_the_period_whose_predikat_applies(year, month_, lag, expected):
    assert performance_period(year, month_, lag) == expected


def test_the_breakdown_records_the_period_of_its_predikat():
    assert pay(PERMENLU_3_2025).performance_period == Period.quarter(2025, 1)
    assert pay(PERMEN_LHK_6_2024).performance_period == Period.year(2024)
    assert pay(PERBAN_BAKAMLA_1_2023).performance_period == Period.month(2025, 6)


# --- every band edge of every shipped set, on both sides ---------------------------------------


def edges(bands: MinuteBands):
    """(minutes, expected percent) on both sides of every edge, and on time."""
    found = [(0, Decimal(0))]
    previous = Decimal(0)
    for band in bands.bands:
        found += [(band.from_minute - 1, previous), (band.from_minute, band.percent)]
        if band.to_minute is not None:
            found.append((band.to_minute - 1, band.percent))
        previous = band.percent
    found.append((24 * 60, previous))
    return found


@pytest.mark.parametrize("key", SETS)
@pytest.mark.parametrize("table", ["lateness", "early_leave"])
def test_every_minute_band_edge_on_both_sides(key, table):
    version = SHIPPED_SETS[key]
    bands = getattr(version.value, table)
    kind = {"lateness": AllowanceLineKind.LATENESS, "early_leave": AllowanceLineKind.EARLY_LEAVE}
    field = {"lateness": "late_minutes", "early_leave": "early_leave_minutes"}[table]
    for minutes, percent in edges(bands):
        assert bands.percent_for(minutes) == percent, (key, minutes)
        result = pay(version, **{field: (minutes,)})
        part = BASE if bands.component is AllowanceComponent.WHOLE else None
        if part is not None:
            assert cut(result, kind[table]) == BASE * percent / 100, (key, minutes)


def test_the_permentan_bands_edge_by_edge():
    bands = PERMENTAN_68_2012.value.lateness
    expected = {0: "0", 1: "0.5", 30: "0.5", 31: "1", 60: "1", 61: "1.5", 90: "1.5", 91: "2"}
    assert {m: str(bands.percent_for(m)) for m in expected} == expected


@pytest.mark.parametrize("key", SETS)
def test_every_predikat_of_every_shipped_set(key):
    version = SHIPPED_SETS[key]
    factors = version.value.performance
    for predicate in Predicate:
        result = pay(version, predicate)
        reduction = factors.reduction(predicate)
        assert cut(result, AllowanceLineKind.PERFORMANCE) == math.floor(
            Fraction(BASE)
            * Fraction(version.value.weights.share(factors.component))
            / 100
            * Fraction(reduction)
            / 100
            + Fraction(1, 2)
        ), (key, predicate)


@pytest.mark.parametrize("key", SETS)
def test_the_consecutive_absence_edge_of_every_shipped_set(key):
    rule = SHIPPED_SETS[key].value.consecutive_absence
    if rule.from_days is None:
        assert (
            cut(
                pay(SHIPPED_SETS[key], consecutive_absent_days=15),
                AllowanceLineKind.CONSECUTIVE_ABSENCE,
            )
            == 0
        )
        return
    below = pay(SHIPPED_SETS[key], consecutive_absent_days=rule.from_days - 1)
    at = pay(SHIPPED_SETS[key], consecutive_absent_days=rule.from_days)
    assert cut(below, AllowanceLineKind.CONSECUTIVE_ABSENCE) == 0
    assert cut(at, AllowanceLineKind.CONSECUTIVE_ABSENCE) == BASE * rule.percent / 100


# --- the bugs seen elsewhere ------------------------------------------------------------------


def test_regression_float_rupiah_are_refused():
    with pytest.raises(InvalidValueError) as caught:
        monthly_allowance(5e6, Predicate.GOOD, month(), rules=rules_of(PERMENTAN_68_2012))
    assert caught.value.field == "base_amount"
    assert caught.value.code == "float"
    data = json.loads(json.dumps(PERMENTAN_68_2012.value.to_dict()))
    data["absence"]["percent"] = 4.0
    with pytest.raises(DocumentError) as bad:
        AllowanceRules.from_dict(data)
    assert [p.path for p in bad.value.problems] == ["absence.percent"]


def test_regression_bpjs_is_a_percentage_applied_once_not_divided_twice():
    shares = JAWA_TIMUR_STYLE.value.bpjs
    assert shares.employer_percent == 4  # stored as 4 (%), not 0.04
    assert pay(JAWA_TIMUR_STYLE).employer_bpjs == 400_000  # 4 % of 10 000 000, not 4 000


def test_regression_the_best_predikat_and_being_on_time_cut_nothing():
    for key in SETS:
        best = pay(
            SHIPPED_SETS[key], Predicate.VERY_GOOD, late_minutes=(0,), early_leave_minutes=(0,)
        )
        assert [line.kind for line in best.lines if line.amount < 0] in (
            [],
            [AllowanceLineKind.EMPLOYEE_BPJS],
        ), key


def test_regression_a_cut_table_is_not_read_as_a_payment_factor():
    bakamla = PERBAN_BAKAMLA_1_2023.value.performance
    assert bakamla.kind is FactorKind.CUT
    assert bakamla.reduction(Predicate.VERY_GOOD) == 0  # a "factor" of 0 would cut 100 %
    assert (
        attrs.evolve(bakamla, kind=FactorKind.PAYMENT_FACTOR).reduction(Predicate.VERY_GOOD) == 100
    )


def test_regression_factor_keys_cannot_drift_from_the_predikat_table():
    factors = dict(PERMENLU_3_2025.value.performance.factors)
    del factors[Predicate.POOR]
    with pytest.raises(InvalidValueError) as missing:
        attrs.evolve(PERMENLU_3_2025.value.performance, factors=factors)
    assert missing.value.code == "missing_entry"
    data = json.loads(json.dumps(PERMENLU_3_2025.value.to_dict()))
    data["performance"]["factors"]["Cukup "] = data["performance"]["factors"].pop("Butuh Perbaikan")
    with pytest.raises(DocumentError) as drifted:
        AllowanceRules.from_dict(data)
    assert [p.path for p in drifted.value.problems] == ['performance.factors["Cukup "]']


def test_regression_the_percent_shown_is_the_percent_applied():
    result = pay(PERMENTAN_68_2012, late_minutes=(45, 95))
    line = next(line for line in result.lines if line.kind is AllowanceLineKind.LATENESS)
    assert line.percent == Decimal(3)
    step = next(
        s
        for s in result.explanation.steps
        if s.parameters and s.parameters[0].name == "allowance_lateness"
    )
    assert step.parameters[0].value == (Decimal(1), Decimal(2))
    assert dict(step.inputs)["percent"] == line.percent
    assert step.result == line.amount


# --- a Pemda's set as JSON, with every problem reported ----------------------------------------


def test_a_pemda_set_reads_from_json_and_every_problem_has_its_path():
    data = json.loads(json.dumps(KAB_JEMBRANA.value.to_dict()), parse_float=Decimal)
    assert AllowanceRules.from_dict(data) == KAB_JEMBRANA.value
    data["lateness"]["bands"] = [
        {"from_minute": 1, "to_minute": 31, "percent": "0.5"},
        {"from_minute": 31, "to_minute": 61, "percent": "1"},
        {"from_minute": 60, "to_minute": 91, "percent": "0.5"},
    ]
    data["weights"]["discipline"] = "50"
    data["absence"]["percent"] = "120"
    with pytest.raises(DocumentError) as caught:
        AllowanceRules.from_dict(data)
    problems = {p.path: p.code for p in caught.value.problems}
    assert problems == {
        "lateness.bands[2].from_minute": "overlap",
        "lateness.bands[2].percent": "out_of_order",
        "lateness.bands[2].to_minute": "open_edge",
        "weights.discipline": "inconsistent",
        "absence.percent": "out_of_range",
    }


def test_a_pemda_set_is_added_to_a_policy_from_its_json():
    data = json.loads(json.dumps(JAWA_TIMUR_STYLE.value.to_dict()))
    pemda = NATIONAL.with_overrides(
        "Pemda Contoh", {ALLOWANCE_RULES: Version(date(2025, 1, 1), data, PERKADA)}
    )
    rules = pemda.at(date(2025, 6, 1))
    assert rules[ALLOWANCE_RULES] == JAWA_TIMUR_STYLE.value
    with pytest.raises(InvalidValueError, match="allowance_rules"):
        NATIONAL.with_overrides(
            "Pemda Contoh", {ALLOWANCE_RULES: Version(date(2025, 1, 1), {"name": "x"}, PERKADA)}
        )


def test_a_whole_pemda_policy_with_its_set_is_one_policy_document():
    # regression: PolicyOverrides.apply refused an institution-only parameter given by name
    pemda = NATIONAL.with_overrides(
        "Pemda Contoh",
        {ALLOWANCE_RULES: Version(date(2025, 1, 1), JAWA_TIMUR_STYLE.value, PERKADA)},
    )
    document = PolicyOverrides.of(pemda, base=NATIONAL)
    assert list(document.overrides) == ["allowance_rules"]
    data = json.loads(json.dumps(document.to_dict()))
    rebuilt = PolicyOverrides.from_dict(data).apply(NATIONAL)
    assert rebuilt.at(date(2025, 6, 1))[ALLOWANCE_RULES] == JAWA_TIMUR_STYLE.value
    # a name that is neither a parameter nor an institution-only one is still refused
    with pytest.raises(UnknownParameterError):
        PolicyOverrides.from_dict(
            {**data, "overrides": {"allowance_rule": data["overrides"]["allowance_rules"]}}
        ).apply(NATIONAL)


def test_minute_bands_report_gaps_and_a_closed_last_band():
    with pytest.raises(ValidationError) as caught:
        MinuteBands(
            (MinuteBand(1, 30, 1), MinuteBand(31, 60, 2)), AllowanceComponent.WHOLE, PERKADA
        )
    found = {p.field: p.code for p in caught.value.problems}
    assert found == {"bands[1].from_minute": "gap", "bands[1].to_minute": "open_edge"}
    with pytest.raises(InvalidValueError, match="from_minute"):
        MinuteBand(0, 30, 1)  # minute 0 is on time: it never cuts


def test_every_part_of_every_shipped_set_is_cited_and_unstated_parts_are_unconfirmed():
    for key in SETS:
        rules = SHIPPED_SETS[key].value
        assert set(rules.citations) == {f.name for f in attrs.fields(AllowanceRules)} - {"name"}
        for field, citation in rules.citations.items():
            note = citation.render("en")
            if "not stated in the source read" in note:
                assert citation.confidence is Confidence.UNCONFIRMED, (key, field)
    assert PERMENLU_3_2025.value.citations["performance"].confidence is Confidence.PRIMARY
    assert PERMENLU_3_2025.value.citations["absence"].confidence is Confidence.UNCONFIRMED


# --- properties ---------------------------------------------------------------------------------


def money(amount: Fraction, unit: int, mode: RoundingMode) -> int:
    units = amount / unit
    whole = math.floor(units) if mode is RoundingMode.DOWN else math.floor(units + Fraction(1, 2))
    return whole * unit


def check_invariants(result: AllowanceBreakdown, rules: AllowanceRules, attendance):
    unit = rules.rounding.unit
    assert result.total == sum(line.amount for line in result.lines)
    assert result.total >= 0
    assert all(line.amount % unit == 0 for line in result.lines)
    assert result.employer_bpjs >= 0
    # never more than the cap: the attendance cuts of each part, after the cap line
    share = Fraction(1)
    states = rules.special_states
    if attendance.state is EmploymentState.CPNS:
        share = Fraction(states.cpns_percent) / 100
    elif attendance.state is EmploymentState.STUDY_LEAVE:
        share = Fraction(states.study_leave_percent) / 100
    elif attendance.state is not EmploymentState.ACTIVE and states.prorate_transfers:
        share = Fraction(attendance.days_in_post, attendance.working_days)
    for component in AllowanceComponent:
        taken = -sum(
            line.amount
            for line in result.lines
            if line.component is component
            and line.kind in (*ATTENDANCE_CUTS, AllowanceLineKind.CAP)
        )
        part = Fraction(result.base_amount) * share * Fraction(rules.weights.share(component)) / 100
        assert taken <= money(part * Fraction(rules.cap.percent) / 100, unit, rules.rounding.mode)


@settings(max_examples=60)
@given(
    st.sampled_from(SETS),
    kst.attendance_records(min_year=EVERY_SET_IN_FORCE),
    kst.predicates(),
    st.integers(0, 10**9),
)
def test_every_shipped_set_adds_up_never_negative_never_above_the_cap(
    key, attendance, predicate, base
):
    version = SHIPPED_SETS[key]
    rules = rules_of(version, attendance.period.start)
    result = monthly_allowance(base, predicate, attendance, rules=rules)
    check_invariants(result, version.value, attendance)


@settings(max_examples=40)
@given(kst.allowance_rules(), kst.attendance_records(), kst.predicates(), st.integers(0, 10**9))
def test_every_random_set_adds_up_never_negative_never_above_the_cap(
    rules, attendance, predicate, base
):
    in_force = with_rules(rules, attendance.period.start)
    result = monthly_allowance(base, predicate, attendance, rules=in_force)
    check_invariants(result, rules, attendance)


@settings(max_examples=60)
@given(
    st.sampled_from(SETS),
    kst.attendance_records(min_year=EVERY_SET_IN_FORCE, max_occurrences=6),
    kst.predicates(),
    st.integers(0, 10**9),
    st.integers(0, 240),
    st.data(),
)
def test_more_lateness_never_pays_more(key, attendance, predicate, base, extra, data):  # noqa: PLR0917
    rules = rules_of(SHIPPED_SETS[key], attendance.period.start)
    before = monthly_allowance(base, predicate, attendance, rules=rules)
    late = list(attendance.late_minutes)
    if late and data.draw(st.booleans()):
        index = data.draw(st.integers(0, len(late) - 1))
        late[index] += extra  # the same occurrence, longer
    else:
        late.append(extra)  # one more occurrence
    longer = attrs.evolve(attendance, late_minutes=tuple(late[: attendance.working_days]))
    leaving = attrs.evolve(
        attendance,
        early_leave_minutes=tuple(
            [*attendance.early_leave_minutes, extra][: attendance.working_days]
        ),
    )
    assert monthly_allowance(base, predicate, longer, rules=rules).total <= before.total
    assert monthly_allowance(base, predicate, leaving, rules=rules).total <= before.total


@settings(max_examples=40)
@given(kst.allowance_rules(), kst.attendance_records(max_occurrences=6), st.integers(0, 10**9))
def test_more_lateness_never_pays_more_under_random_sets(rules, attendance, base):
    policy = with_rules(rules, attendance.period.start)
    before = monthly_allowance(base, Predicate.GOOD, attendance, rules=policy)
    late = tuple([*attendance.late_minutes, 61][: attendance.working_days])
    longer = attrs.evolve(attendance, late_minutes=late)
    assert monthly_allowance(base, Predicate.GOOD, longer, rules=policy).total <= before.total


@settings(max_examples=40)
@given(
    st.sampled_from(SETS),
    kst.attendance_records(min_year=EVERY_SET_IN_FORCE),
    st.integers(0, 10**9),
)
def test_a_better_predikat_never_pays_less_under_a_shipped_set(key, attendance, base):
    rules = rules_of(SHIPPED_SETS[key], attendance.period.start)
    paid = [monthly_allowance(base, p, attendance, rules=rules).total for p in Predicate]
    assert paid == sorted(paid, reverse=True)  # Predicate lists the best first


# --- documents ----------------------------------------------------------------------------------


def through_json(data):
    return json.loads(json.dumps(data), parse_float=Decimal)


@settings(max_examples=25)
@given(st.one_of(kst.allowance_rules(), kst.attendance_records(), kst.minute_bands()))
def test_allowance_values_round_trip_through_json(value):
    assert type(value).from_dict(through_json(value.to_dict())) == value


@pytest.mark.parametrize("key", SETS)
def test_every_shipped_set_round_trips_and_matches_its_schema(key):
    rules = SHIPPED_SETS[key].value
    data = rules.to_dict()
    assert AllowanceRules.from_dict(through_json(data)) == rules
    jsonschema.validate(data, json_schema(AllowanceRules))


@settings(max_examples=15)
@given(st.sampled_from(SETS), kst.attendance_records(min_year=EVERY_SET_IN_FORCE), kst.predicates())
def test_breakdowns_round_trip_with_their_explanation(key, attendance, predicate):
    rules = rules_of(SHIPPED_SETS[key], attendance.period.start)
    result = monthly_allowance(BASE, predicate, attendance, rules=rules)
    data = result.to_dict()
    back = AllowanceBreakdown.from_dict(through_json(data))
    assert back == result
    assert back.explanation == result.explanation
    assert data["total"] == result.total


def test_an_edited_total_is_reported():
    data = pay(PERMENTAN_68_2012, absent_days=1).to_dict(explanation=False)
    data["total"] = BASE
    with pytest.raises(DocumentError) as caught:
        AllowanceBreakdown.from_dict(data)
    assert [p.path for p in caught.value.problems] == ["total"]


# --- explanations --------------------------------------------------------------------------------


def test_the_explanation_cites_each_part_and_sums_the_lines():
    attendance = month(absent_days=1, late_minutes=(45,), missed_ceremonies=1)
    outcome = explain(
        monthly_allowance, BASE, Predicate.GOOD, attendance, rules=rules_of(KAB_JEMBRANA)
    )
    text = outcome.explanation.render("id")
    assert "Potongan tidak masuk kerja: 5 % per hari" in text
    assert "upacara" in text
    assert "[S]" in text
    assert "[BELUM TERKONFIRMASI]" in text
    summary = outcome.explanation.render("id", form="summary").splitlines()
    assert summary[0] == "Tunjangan yang diterima (Rp): 9.200.000"
    assert outcome.value.total == BASE - 500_000 - 100_000 - 200_000
    assert outcome.explanation.steps[-1].result == outcome.value.total


def test_bad_inputs_name_their_field():
    rules = rules_of(PERMENTAN_68_2012)
    for args, field in (
        (("-1", Predicate.GOOD, month()), "base_amount"),
        ((BASE, "Baik", month()), "performance"),
        ((BASE, Predicate.GOOD, {"year": 2025}), "attendance"),
    ):
        with pytest.raises(InvalidValueError) as caught:
            monthly_allowance(*args, rules=rules)
        assert caught.value.field == field
    with pytest.raises(ValidationError) as caught:
        AttendanceRecord(2025, 13, 20, absent_days=25, late_minutes=(-1,))
    assert {p.field for p in caught.value.problems} == {"month", "absent_days", "late_minutes[0]"}
    with pytest.raises(InvalidValueError, match="lag"):
        performance_period(2025, 1, "next year")
    with pytest.raises(InvalidValueError, match="discipline"):
        attrs.evolve(JAWA_TIMUR_STYLE.value.weights, discipline=61)
    assert isinstance(PERMENLU_3_2025.value.performance, PredicateFactors)


def test_the_pay_is_never_negative_a_line_gives_the_shortfall_back():
    kemlu = PERMENLU_3_2025.value
    strict = attrs.evolve(kemlu, absence=attrs.evolve(PERMENTAN_68_2012.value.absence))
    result = monthly_allowance(
        BASE, Predicate.VERY_POOR, month(absent_days=20), rules=with_rules(strict)
    )
    assert cut(result, AllowanceLineKind.PERFORMANCE) == 4_000_000  # factor 60 %
    assert cut(result, AllowanceLineKind.ABSENCE) == 8_000_000  # 20 × 4 %
    assert result.amount_of(AllowanceLineKind.FLOOR) == 2_000_000
    assert result.total == 0
    assert "never negative" in result.explanation.render("en")


def test_labels_and_variants_of_the_vocabulary():
    assert AllowanceComponent.parse("kehadiran") is AllowanceComponent.DISCIPLINE
    assert AllowanceComponent.DISCIPLINE.label("en") == "Discipline component"
    assert EmploymentState.parse("Calon PNS") is EmploymentState.CPNS
    assert EmploymentState.STUDY_LEAVE.label("en") == "Study leave"
    assert PredicateLag.NEXT_YEAR.label("en") == "Next year"
    assert FactorKind.CUT.label("en") == "Cut"
    assert RoundingMode.DOWN.label("en") == "Down"
    assert AllowanceLineKind.FLOOR.label("en") == "Given back below zero"
    assert month().period == Period.month(2025, 6)
    assert PERMENTAN_68_2012.value.lateness.table.lookup(91) == 2


def test_wrong_types_in_the_parts_name_their_field():
    cited = PERKADA
    with pytest.raises(InvalidValueError, match="bands"):
        MinuteBands("1-30", AllowanceComponent.WHOLE, cited)
    with pytest.raises(InvalidValueError, match=r"bands\[0\]"):
        MinuteBands(({"from_minute": 1},), AllowanceComponent.WHOLE, cited)
    with pytest.raises(InvalidValueError, match="to_minute"):
        MinuteBand(30, 30, 1)
    with pytest.raises(ValidationError) as open_inside:
        MinuteBands(
            (MinuteBand(1, None, 1), MinuteBand(31, None, 2)), AllowanceComponent.WHOLE, cited
        )
    assert [p.field for p in open_inside.value.problems] == ["bands[0].to_minute"]
    with pytest.raises(InvalidValueError, match="from_minute"):
        MinuteBand(True, None, 1)
    with pytest.raises(InvalidValueError, match="allowance_rules"):
        NATIONAL.with_overrides(
            "x", {ALLOWANCE_RULES: Version(date(2025, 1, 1), "Perwali 1/2025", PERKADA)}
        )
    with pytest.raises(InvalidValueError, match="late_minutes"):
        month(late_minutes="15")
    with pytest.raises(ValidationError) as caught:
        AttendanceRecord(2025, 6, "20", absent_days=1.5, late_minutes=tuple(range(40)))
    assert {p.field for p in caught.value.problems} == {
        "working_days",
        "absent_days",
        "late_minutes",
    }
    with pytest.raises(InvalidValueError, match="days_in_post"):
        month(state=EmploymentState.TRANSFER_IN, days_in_post=21)


def test_down_rounding_and_a_unit_of_a_hundred_rupiah():
    rules = attrs.evolve(
        PERMENTAN_68_2012.value,
        rounding=attrs.evolve(PERMENTAN_68_2012.value.rounding, unit=100, mode=RoundingMode.DOWN),
    )
    result = monthly_allowance(
        1_234_567, Predicate.GOOD, month(late_minutes=(5,)), rules=with_rules(rules)
    )
    assert [line.amount for line in result.lines] == [1_234_500, -6_100]  # 6 172.835 → 6 100
    study = attrs.evolve(
        PERMENTAN_68_2012.value,
        special_states=attrs.evolve(PERMENTAN_68_2012.value.special_states, study_leave_percent=50),
    )
    leave = monthly_allowance(
        BASE, Predicate.GOOD, month(state=EmploymentState.STUDY_LEAVE), rules=with_rules(study)
    )
    assert leave.total == 5_000_000


# --- sets that decide by a score ------------------------------------------------------------------

SCORE_CUTS = attrs.evolve(
    PERMENTAN_68_2012.value,
    performance=PredicateFactors(
        FactorKind.CUT,
        dict.fromkeys(Predicate, 0),
        PredicateLag.SAME_MONTH,
        AllowanceComponent.WHOLE,
        PERKADA,
        (ScoreBand(0, 30), ScoreBand(70, 10), ScoreBand(90, 0)),
    ),
)


@pytest.mark.parametrize(
    ("score", "cut_percent"),
    [(0, 30), ("69.99", 30), (70, 10), ("89.99", 10), (90, 0), (120, 0)],
)
def test_a_score_table_edge_by_edge(score, cut_percent):
    result = monthly_allowance(BASE, score, month(), rules=with_rules(SCORE_CUTS))
    assert cut(result, AllowanceLineKind.PERFORMANCE) == BASE * cut_percent // 100
    assert result.predicate is None
    assert result.score == Decimal(str(score))


def test_regression_the_top_score_band_cuts_nothing():
    top = SCORE_CUTS.performance.score_bands[-1]
    assert top.percent == 0
    assert SCORE_CUTS.performance.scores.lookup(10**6) == 0
    paid = monthly_allowance(BASE, 95, month(), rules=with_rules(SCORE_CUTS))
    assert paid.total == BASE
    text = explain(monthly_allowance, BASE, 80, month(), rules=with_rules(SCORE_CUTS))
    assert "persentase menurut nilai (70 ≤ x < 90) = 10" in text.explanation.render("id")


def test_a_score_for_a_predikat_only_set_and_a_bad_score_table_are_refused():
    with pytest.raises(InvalidValueError) as caught:
        monthly_allowance(BASE, 95, month(), rules=rules_of(PERMENLU_3_2025))
    assert caught.value.code == "no_score_table"
    for bad in (95.0, -1, None):
        with pytest.raises(InvalidValueError, match="performance"):
            monthly_allowance(BASE, bad, month(), rules=with_rules(SCORE_CUTS))
    data = json.loads(json.dumps(SCORE_CUTS.to_dict()))
    data["performance"]["score_bands"] = [
        {"from_score": "10", "percent": "30"},
        {"from_score": "70", "percent": "40"},
        {"from_score": "70", "percent": "0"},
    ]
    with pytest.raises(DocumentError) as drifted:
        AllowanceRules.from_dict(data)
    assert {p.path: p.code for p in drifted.value.problems} == {
        "performance.score_bands[0].from_score": "gap",
        "performance.score_bands[1].percent": "out_of_order",
        "performance.score_bands[2].from_score": "out_of_order",
    }
    with pytest.raises(InvalidValueError, match="score_bands"):
        attrs.evolve(SCORE_CUTS.performance, score_bands="0:30")
    with pytest.raises(InvalidValueError, match=r"score_bands\[0\]"):
        attrs.evolve(SCORE_CUTS.performance, score_bands=({"from_score": 0},))
    with pytest.raises(InvalidValueError, match="from_score"):
        ScoreBand(-1, 0)


@settings(max_examples=30)
@given(kst.allowance_rules(), kst.attendance_records(), st.integers(0, 120), st.integers(0, 30))
def test_a_better_score_never_pays_less(rules, attendance, score, more):
    if not rules.performance.score_bands:
        return
    policy = with_rules(rules, attendance.period.start)
    lower = monthly_allowance(BASE, score, attendance, rules=policy).total
    assert monthly_allowance(BASE, score + more, attendance, rules=policy).total >= lower


# --- review fixes -------------------------------------------------------------------------------


def _neutral_split(performance, discipline, unit=1, mode=RoundingMode.HALF_UP):
    """The Pemda template (no cut, factor 100 %) with another split and rounding."""
    template = PEMDA_60_40_STYLE.value
    return attrs.evolve(
        template,
        weights=attrs.evolve(template.weights, performance=performance, discipline=discipline),
        rounding=attrs.evolve(template.rounding, unit=unit, mode=mode),
    )


def test_regression_the_components_never_pay_more_than_the_base():
    # 70 % and 30 % of 4 812 345 are 3 368 641.5 and 1 443 703.5: rounded each on its own, both
    # halves went up and the month paid 4 812 346 with no cut at all
    result = monthly_allowance(
        4_812_345, Predicate.GOOD, month(), rules=with_rules(_neutral_split(70, 30))
    )
    assert [line.amount for line in result.lines] == [3_368_642, 1_443_703]
    assert result.total == 4_812_345
    text = result.explanation.render("en")
    assert "the rest of the rounded base amount" in text


@settings(max_examples=40)
@given(
    st.decimals(min_value=1, max_value=99, places=2),
    st.decimals(min_value=0, max_value=10**9, places=2),
    st.sampled_from([1, 100, 1000]),
    st.sampled_from(list(RoundingMode)),
)
def test_the_components_add_up_to_the_rounded_base(performance, base, unit, mode):
    rules = _neutral_split(performance, 100 - performance, unit, mode)
    result = monthly_allowance(base, Predicate.GOOD, month(), rules=with_rules(rules))
    rounded = money(Fraction(base), unit, mode)
    components = [line for line in result.lines if line.kind is AllowanceLineKind.COMPONENT]
    assert len(components) == 2
    assert sum(line.amount for line in components) == rounded
    assert all(line.amount >= 0 and line.amount % unit == 0 for line in components)
    assert result.total == rounded  # no cut: exactly the rounded base, never more


@pytest.mark.parametrize("key", SETS)
def test_regression_invented_effective_dates_are_unconfirmed(key):
    # no shipped set's effective date was read from its regulation: each was put at 1 January
    # of the regulation's year, so the version's citation cannot be [P] or [S]
    version = SHIPPED_SETS[key]
    assert (version.effective_from.month, version.effective_from.day) == (1, 1)
    assert version.citation.confidence is Confidence.UNCONFIRMED
    assert "1 January" in version.citation.note.en


def test_regression_the_rules_must_be_those_of_the_paid_month():
    # June 2019 paid under Kemlu's rules taken at 1 June 2025 was computed under Permenlu
    # 3/2025, which did not apply in 2019
    kemlu = rules_of(PERMENLU_3_2025, date(2025, 6, 1))
    june_2019 = AttendanceRecord(2019, 6, 20)
    with pytest.raises(InvalidValueError) as caught:
        monthly_allowance(BASE, Predicate.GOOD, june_2019, rules=kemlu)
    assert caught.value.field == "rules"
    assert caught.value.code == "month_mismatch"
    assert "2025-06-01" in caught.value.message("en")
    assert "2019-06" in caught.value.message("en")
    assert "2019-06" in caught.value.message("id")
    # the same month a year apart, and the day after the month, are refused too
    for on in (date(2024, 6, 1), date(2025, 7, 1), date(2025, 5, 31)):
        with pytest.raises(InvalidValueError) as outside:
            monthly_allowance(BASE, Predicate.GOOD, month(), rules=rules_of(PERMENLU_3_2025, on))
        assert outside.value.code == "month_mismatch"
    # any day of the paid month is the paid month's rules
    for on in (date(2025, 6, 1), date(2025, 6, 30)):
        assert monthly_allowance(BASE, Predicate.GOOD, month(), rules=rules_of(PERMENLU_3_2025, on))
    # and a month before the set applies finds no rules in force at all
    with pytest.raises(RuleNotInForceError):
        monthly_allowance(
            BASE,
            Predicate.GOOD,
            AttendanceRecord(2019, 6, 20),
            rules=rules_of(PERMENLU_3_2025, date(2019, 6, 1)),
        )


_ASSUMING = ("assum", "unconfirm", "not stated", "diasumsikan", "terkonfirmasi", "tidak disebut")


def _says_assumed(citation):
    note = citation.note
    words = "" if note is None else f"{note.id} {note.en}" if hasattr(note, "en") else str(note)
    return any(word in words.lower() for word in _ASSUMING)


@pytest.mark.parametrize("key", SETS)
def test_regression_every_unstated_field_is_cited_unconfirmed(key):
    # which part of the allowance a cut takes from (assumed: the whole allowance) sat under the
    # cut's [P]/[S] citation, and so did Permentan 20/2025's study leave and transfers
    rules = SHIPPED_SETS[key].value
    for name, part in ((f.name, getattr(rules, f.name)) for f in attrs.fields(AllowanceRules)):
        if name == "name":
            continue
        if _says_assumed(part.citation) and not (key == "jawa_timur_style" and name == "bpjs"):
            # (Jawa Timur's BPJS note is about the base the library applies the shares to,
            # which is the computation's rule, not a field of the set)
            assert part.citation.confidence is Confidence.UNCONFIRMED, name
        for field, cited in getattr(part, "assumed", {}).items():
            assert cited.confidence is Confidence.UNCONFIRMED, f"{name}.{field}"
            assert field in attrs.fields_dict(type(part)), f"{name}.{field}"
        if part.citation.confidence is not Confidence.UNCONFIRMED and isinstance(
            part, PerOccurrence | MinuteBands
        ):
            # no source read names the part an attendance cut takes from: each is assumed
            assert "component" in part.assumed, name


def test_regression_the_assumed_part_cut_is_cited_in_the_explanation():
    outcome = explain(
        monthly_allowance,
        BASE,
        Predicate.GOOD,
        month(absent_days=1),
        rules=rules_of(PERMENHAN_7_2014),
    )
    step = next(
        s for s in outcome.explanation.steps if s.parameters and "absence" in s.parameters[0].name
    )
    assumed = [use for use in step.parameters if use.name == "allowance_assumed[component]"]
    assert [use.citation.confidence for use in assumed] == [Confidence.UNCONFIRMED]
    assert PERMENHAN_7_2014.value.absence.citation.confidence is Confidence.PRIMARY
    states = PERMENTAN_20_2025.value.special_states
    assert set(states.assumed) == {"study_leave_percent", "prorate_transfers"}
    assert states.citation.note.en == "A CPNS receives 80 %."


def test_assumed_names_a_field_of_its_part():
    cited = PERKADA
    with pytest.raises(InvalidValueError, match="assumed"):
        attrs.evolve(PERMENHAN_7_2014.value.absence, assumed={"weight": cited})
    with pytest.raises(InvalidValueError, match="assumed"):
        attrs.evolve(PERMENHAN_7_2014.value.absence, assumed={"component": "whole"})
    with pytest.raises(InvalidValueError, match="assumed"):
        attrs.evolve(PERMENHAN_7_2014.value.absence, assumed=["component"])
    part = PERMENHAN_7_2014.value.absence
    assert type(part).from_dict(through_json(part.to_dict())) == part
