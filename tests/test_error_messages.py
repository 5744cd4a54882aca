"""Every problem a user can meet is explained in Indonesian as well as in English.

The example inputs below are the bad values a web form most often sends to the public
constructors; each error (or each problem of a `ValidationError`) must carry an Indonesian
reason (`reason_id`) that is really a translation (not the English text again). A walk over the
package's source pins how many `InvalidValueError(...)` calls still give English only, so that
new code is bilingual from the start.
"""

from __future__ import annotations

import ast
import pathlib
from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kinerja_core as kc
from kinerja_core.core import BandTable, Interval, LookupMatrix, _validators, band_table_check
from kinerja_core.interop import SIASN_RATING_CODES
from kinerja_core.legacy import Pp30Case, Pp46Case, pp30_2019, pp46_2011
from kinerja_core.performance import (
    Cascade,
    CascadeLink,
    CascadeNode,
    MissingPeriods,
    SpecialExpectations,
    aggregate_realisations,
    roll_up,
)

PACKAGE = pathlib.Path(kc.__file__).resolve().parent

YEAR = kc.Period.year(2024)
WAKTU = kc.Indicator("Waktu respon pengaduan", "hari", kc.Polarity.LOWER_IS_BETTER)
LAYANAN = kc.Indicator("Layanan selesai", "dokumen", kc.Polarity.HIGHER_IS_BETTER)


def plan(*items: kc.PlanItem) -> kc.PerformancePlan:
    return kc.PerformancePlan("Budi", YEAR, items)


def leaves(error: kc.KinerjaError) -> Iterator[kc.KinerjaError]:
    """The error itself, or every problem of a `ValidationError` (recursively)."""
    if isinstance(error, kc.ValidationError):
        for problem in error.problems:
            yield from leaves(problem)
    else:
        yield error


def assert_bilingual(error: kc.KinerjaError) -> None:
    for leaf in leaves(error):
        assert leaf.reason_id, f"{leaf.field}: no Indonesian reason for {leaf.reason!r}"
        assert leaf.reason_id.strip() != leaf.reason.strip(), leaf.reason
        assert leaf.reason_id in leaf.message("id")
        assert leaf.reason in leaf.message("en")
        assert leaf.code, leaf.reason


BAD_INPUTS: dict[str, Callable[[], object]] = {
    "indicator name blank": lambda: kc.Indicator("  ", "hari", kc.Polarity.LOWER_IS_BETTER),
    "indicator name not text": lambda: kc.Indicator(7, "hari", kc.Polarity.LOWER_IS_BETTER),
    "indicator polarity as text": lambda: kc.Indicator("IKI", "hari", "Kondisi Normal"),
    "indicator weight above 100": lambda: kc.Indicator(
        "IKI", "hari", kc.Polarity.LOWER_IS_BETTER, weight=150
    ),
    "indicator cap below floor": lambda: kc.Indicator(
        "IKI", "hari", kc.Polarity.LOWER_IS_BETTER, cap=80, floor=90
    ),
    "negative target": lambda: kc.Target(-1),
    "range target upside down": lambda: kc.Target.range(10, 5),
    "plan item not an indicator": lambda: kc.PlanItem("IKI", 5),
    "plan item weight zero": lambda: kc.PlanItem(WAKTU, 5, weight=0),
    "plan item blank link": lambda: kc.PlanItem(WAKTU, 5, weight=100, supports=[""]),
    "plan item links not a sequence": lambda: kc.PlanItem(WAKTU, 5, weight=100, supports=3),
    "plan items not plan items": lambda: kc.PerformancePlan("Budi", YEAR, ["IKI"]),
    "plan period not a period": lambda: kc.PerformancePlan("Budi", "2024", ()),
    "plan without items": lambda: kc.validate_plan(plan()),
    "plan weights below 100": lambda: kc.validate_plan(
        plan(kc.PlanItem(WAKTU, 5, weight=40), kc.PlanItem(LAYANAN, 10, weight=40))
    ),
    "plan weight missing and duplicate": lambda: kc.validate_plan(
        plan(kc.PlanItem(WAKTU, 5), kc.PlanItem(WAKTU, 6, weight=100))
    ),
    "plan link unknown": lambda: kc.validate_plan(
        plan(kc.PlanItem(WAKTU, 5, weight=100, supports=["IKU-9"])), parent_keys=["IKU-1"]
    ),
    "plan item unknown key": lambda: plan(kc.PlanItem(WAKTU, 5, weight=100)).item("IKI-9"),
    "realisations missing and unknown": lambda: kc.plan_achievement(
        plan(kc.PlanItem(WAKTU, 5, weight=100)), {"IKI-9": 3}
    ),
    "realisations not a mapping": lambda: kc.plan_achievement(
        plan(kc.PlanItem(WAKTU, 5, weight=100)), [3]
    ),
    "period end before start": lambda: kc.Period(date(2024, 2, 1), date(2024, 1, 1)),
    "period start a datetime": lambda: kc.Period(datetime(2024, 1, 1), date(2024, 1, 31)),
    "period start text": lambda: kc.Period("2024-01-01", date(2024, 1, 31)),
    "period kind text": lambda: kc.Period(date(2024, 1, 1), date(2024, 1, 31), "bulanan"),
    "period split by custom": lambda: YEAR.split(kc.PeriodKind.CUSTOM),
    "period intersection with text": lambda: YEAR.intersection("2024"),
    "quarter 5": lambda: kc.Period.quarter(2024, 5),
    "employment end before start": lambda: kc.Employment(date(2024, 5, 1), date(2024, 4, 1)),
    "employment split outside": lambda: kc.Employment(date(2024, 5, 1)).split_at(date(2024, 1, 1)),
    "months of a non-period": lambda: kc.months_covered(None, "2024"),
    "months of a non-employment": lambda: kc.months_covered("Budi", YEAR),
    "judgement role as text": lambda: kc.BehaviourJudgement(
        "Atasan", kc.CoreValue.ACCOUNTABLE, kc.Rating.MEETS_EXPECTATIONS
    ),
    "judgement rater blank": lambda: kc.BehaviourJudgement(
        kc.RaterRole.SUPERVISOR,
        kc.CoreValue.ACCOUNTABLE,
        kc.Rating.MEETS_EXPECTATIONS,
        rater_id=" ",
    ),
    "expectations key not a core value": lambda: SpecialExpectations({"Akuntabel": "x"}),
    "expectations text blank": lambda: SpecialExpectations({kc.CoreValue.ACCOUNTABLE: ""}),
    "case without ratings": lambda: kc.evaluate(
        kc.PerformanceCase(plan(kc.PlanItem(WAKTU, 5, weight=100)))
    ),
    "case judgements not judgements": lambda: kc.PerformanceCase(
        plan(kc.PlanItem(WAKTU, 5, weight=100)), behaviour=["Baik"]
    ),
    "case judgements miss core values": lambda: kc.evaluate(
        kc.PerformanceCase(
            plan(kc.PlanItem(WAKTU, 5, weight=100)),
            behaviour=[
                kc.BehaviourJudgement(
                    kc.RaterRole.SUPERVISOR, kc.CoreValue.ACCOUNTABLE, kc.Rating.MEETS_EXPECTATIONS
                )
            ],
            work_result=kc.Rating.MEETS_EXPECTATIONS,
        )
    ),
    "case as_of text": lambda: kc.PerformanceCase(
        plan(kc.PlanItem(WAKTU, 5, weight=100)), as_of="2024-12-31"
    ),
    "pp46 case both scores": lambda: Pp46Case(employee="Budi", period=YEAR, skp_score=80),
    "pp46 case structural not a bool": lambda: Pp46Case(
        employee="Budi", period=YEAR, skp_score=80, behaviour_score=80, structural="ya"
    ),
    "pp30 case behaviour missing": lambda: Pp30Case(employee="Budi", period=YEAR, skp_score=80),
    "pp30 case no skp": lambda: Pp30Case(employee="Budi", period=YEAR, behaviour_score=80),
    "pp30 band upside down": lambda: pp30_2019.Band(90, 80),
    "pp30 weights not 100": lambda: pp30_2019.ScoreWeights(70, 20),
    "interval upside down": lambda: Interval(10, 5),
    "interval open edge included": lambda: Interval(None, 5, lower_closed=True),
    "table number a float": lambda: BandTable.from_lower_edges([(0, "a")], upper=10).lookup(1.5),
    "table number outside": lambda: BandTable.from_lower_edges([(0, "a")], upper=10).lookup(11),
    "table rows empty": lambda: BandTable.from_lower_edges([]),
    "table bands with a gap": lambda: BandTable(
        (kc.core.Band("a", 0, 5), kc.core.Band("b", 6, 10))
    ),
    "table not monotone": lambda: BandTable.from_lower_edges(
        [(0, 2), (5, 1)], upper=10, monotone="increasing"
    ),
    "table check wrong domain": lambda: band_table_check(
        "t", str, domain=Interval(0, 100, upper_closed=True)
    )(BandTable.from_lower_edges([(0, "a")], upper=10)),
    "matrix cells missing": lambda: LookupMatrix(
        (kc.Rating, kc.Rating), {(kc.Rating.MEETS_EXPECTATIONS,) * 2: 1}
    ),
    "matrix key of the wrong axis": lambda: LookupMatrix(
        kc.Rating, dict.fromkeys(kc.Rating, 1)
    ).lookup(kc.CoreValue.ACCOUNTABLE),
    "siasn codes not unique": lambda: SIASN_RATING_CODES.validate(dict.fromkeys(kc.Rating, 1)),
    "siasn codes keys not ratings": lambda: SIASN_RATING_CODES.validate({"Baik": 1}),
    "cascade duplicate, unknown, self and repeated links": lambda: Cascade(
        [CascadeNode("A", WAKTU, "x"), CascadeNode("A", WAKTU, "x")],
        [CascadeLink("A", "Z"), CascadeLink("A", "A"), CascadeLink("A", "A")],
    ),
    "cascade with a cycle": lambda: Cascade(
        [CascadeNode("A", WAKTU, "x"), CascadeNode("B", WAKTU, "x")],
        [CascadeLink("A", "B"), CascadeLink("B", "A")],
    ),
    "cascade roll-up unknown and missing": lambda: roll_up(
        Cascade([CascadeNode("A", WAKTU, "x")], []), {"B": 90}
    ),
    "aggregation periods overlap": lambda: aggregate_realisations(
        [(YEAR, 1), (kc.Period.quarter(2024, 1), 2)],
        kc.Aggregation.CUMULATIVE,
        as_of=date(2025, 1, 1),
    ),
    "aggregation realisations not reported": lambda: aggregate_realisations(
        [(kc.Period.quarter(2024, 1), None)],
        kc.Aggregation.CUMULATIVE,
        as_of=date(2025, 1, 1),
        missing=MissingPeriods.ERROR,
    ),
    "aggregation nothing reported": lambda: aggregate_realisations(
        [(kc.Period.quarter(2024, 1), None)], kc.Aggregation.CUMULATIVE, as_of=date(2025, 1, 1)
    ),
    "pp46 quality above the scale": lambda: pp46_2011.quality_score(101),
    "pp46 additional tasks negative": lambda: pp46_2011.additional_tasks_value(-1),
    "pp46 behaviour aspects missing": lambda: pp46_2011.behaviour_score({}),
    "pp46 behaviour score above the scale": lambda: pp46_2011.work_performance_score(80, 101),
    "pp30 score off the scale": lambda: pp30_2019.predicate(200),
    "working days end before start": lambda: kc.periods.working_days(
        date(2024, 2, 1), date(2024, 1, 1)
    ),
    "working days weekend day 7": lambda: kc.periods.working_days(
        date(2024, 1, 1), date(2024, 1, 31), weekend={7}
    ),
    "rules not rules": lambda: kc.performance_predicate(
        kc.Rating.MEETS_EXPECTATIONS, kc.Rating.MEETS_EXPECTATIONS, rules="2024"
    ),
    "predicate rating as text": lambda: kc.performance_predicate(
        "Baik", kc.Rating.MEETS_EXPECTATIONS
    ),
    "language not id or en": lambda: kc.core.check_lang("fr"),
    "regime change inside the period": lambda: kc.regimes.single_regime(
        kc.Period.between(date(2021, 1, 1), date(2023, 12, 31))
    ),
    "achievement of a zero target": lambda: kc.achievement(0, 5),
    "siasn record not a mapping": lambda: kc.interop.decode_siasn_record([1, 2]),
    "evaluate force not a bool": lambda: kc.evaluate(
        kc.PerformanceCase(plan(kc.PlanItem(WAKTU, 5, weight=100))), force="ya"
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_every_refusal_of_a_bad_input_has_an_indonesian_reason(name):
    with pytest.raises(kc.KinerjaError) as caught:
        BAD_INPUTS[name]()
    assert_bilingual(caught.value)


def test_validator_errors_carry_specific_codes():
    codes = {}
    for name in (
        "indicator name blank",
        "indicator name not text",
        "indicator polarity as text",
        "indicator weight above 100",
        "period start a datetime",
        "plan items not plan items",
        "plan item links not a sequence",
    ):
        with pytest.raises(kc.KinerjaError) as caught:
            BAD_INPUTS[name]()
        codes[name] = caught.value.code
    assert codes == {
        "indicator name blank": "blank",
        "indicator name not text": "wrong_type",
        "indicator polarity as text": "not_a_member",
        "indicator weight above 100": "out_of_range",
        "period start a datetime": "not_a_date",
        "plan items not plan items": "wrong_type",
        "plan item links not a sequence": "not_a_sequence",
    }


def test_a_parameter_keeps_the_indonesian_reason_and_code_of_its_check():
    weights = pp30_2019.PP30_SCORE_WEIGHTS
    with pytest.raises(kc.KinerjaError) as caught:
        weights.validate("70/30")
    assert caught.value.field == "pp30_score_weights"
    assert caught.value.code == "wrong_type"
    assert caught.value.reason_id == "harus berupa ScoreWeights"
    with pytest.raises(kc.KinerjaError) as caught:
        pp30_2019.PP30_ADDITIONAL_FACTORS.validate({})
    assert caught.value.field == "pp30_additional_factors"
    assert caught.value.code == "missing_entry"
    assert caught.value.reason_id.startswith("memerlukan persentase untuk setiap")


def test_a_parameter_check_that_fails_with_a_foreign_error_is_still_explained():
    spec = kc.core.ParameterSpec("x", "A test parameter.", int)
    with pytest.raises(kc.KinerjaError) as caught:
        spec.validate("tiga")
    assert caught.value.reason_id.startswith("bukan nilai yang sah")


@settings(max_examples=40)
@given(st.integers(), st.integers(-5, 5), st.integers(-5, 5))
def test_whole_numbers_out_of_range_are_told_apart_from_other_types(value, low, span):
    high = low + abs(span)
    if low <= value <= high:
        assert _validators.check_whole(value, field="n", low=low, high=high) == value
    else:
        with pytest.raises(kc.KinerjaError) as caught:
            _validators.check_whole(value, field="n", low=low, high=high)
        assert caught.value.code == "out_of_range"
        assert caught.value.reason_id == f"harus bilangan bulat dari {low} sampai dengan {high}"
    for wrong in (True, Decimal(1), "1", None):
        with pytest.raises(kc.KinerjaError) as caught:
            _validators.check_whole(wrong, field="n", low=low, high=high)
        assert caught.value.code == "wrong_type"


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [("a Period", "Period"), ("an Indicator", "Indicator"), ("text", "text")],
)
def test_descriptions_lose_only_their_english_article(english, indonesian):
    assert _validators.described_id(english) == indonesian


def test_an_instance_check_without_a_must_be_reason_names_the_type():
    check = _validators.instance_check(int, "n", "whole numbers only")
    with pytest.raises(kc.KinerjaError) as caught:
        check("x")
    assert caught.value.reason_id == "harus berupa int"
    written = _validators.instance_check(int, "n", "must be an int", reason_id="harus angka")
    with pytest.raises(kc.KinerjaError) as caught:
        written("x")
    assert caught.value.reason_id == "harus angka"


def test_places_enum_tables_and_booleans_are_bilingual():
    for call in (
        lambda: _validators.optional_places(-1, field="p"),
        lambda: _validators.optional_places("2", field="p"),
        lambda: _validators.check_bool(1, field="b"),
        lambda: _validators.enum_table(
            [], field="t", members=kc.Rating, entry="a score", convert=lambda m, v: v
        ),
        lambda: _validators.enum_table(
            {}, field="t", members=kc.Rating, entry="a score", convert=lambda m, v: v
        ),
        lambda: _validators.enum_table(
            {**dict.fromkeys(kc.Rating, 1), "x": 1},
            field="t",
            members=kc.Rating,
            entry="a score",
            entry_id="skor",
            convert=lambda m, v: v,
        ),
    ):
        with pytest.raises(kc.KinerjaError) as caught:
            call()
        assert_bilingual(caught.value)


def test_a_list_of_problems_is_counted_and_told_in_indonesian():
    problems = [
        kc.InvalidValueError("a", 1, "bad", reason_id="salah"),
        kc.InvalidValueError("b", 2, "worse"),
    ]
    error = kc.ValidationError("plan", object(), problems)
    assert error.reason_id == "2 masalah: a: salah (diterima 1); b: worse (diterima 2)"
    assert error.message("id") == "plan: " + error.reason_id
    assert str(error) == "plan: 2 problem(s): a: bad (got 1); b: worse (got 2)"


def test_an_unknown_parameter_is_explained_in_indonesian():
    with pytest.raises(kc.UnknownParameterError) as caught:
        kc.NATIONAL.parameter("no_such_parameter")
    assert caught.value.reason_id.startswith("parameter tidak dikenal; parameter yang ada: ")
    assert_bilingual(caught.value)
    written = kc.UnknownParameterError("p", "x", ["a"], reason="gone", reason_id="hilang")
    assert (written.reason, written.reason_id) == ("gone", "hilang")


def test_a_rule_not_in_force_is_explained_in_indonesian():
    with pytest.raises(kc.RuleNotInForceError) as caught:
        kc.NATIONAL.at(date(2010, 1, 1)).resolve(pp30_2019.PP30_SCORE_WEIGHTS)
    assert caught.value.reason_id.startswith("tidak ada nilai yang berlaku pada 2010-01-01")
    assert_bilingual(caught.value)
    with pytest.raises(kc.RuleNotInForceError) as caught:
        kc.evaluate(Pp46Case(employee="Budi", period=YEAR, skp_score=80, behaviour_score=80))
    assert caught.value.reason_id.startswith("kasus ini kasus PP 46/2011, tetapi yang berlaku")
    assert "pada Tahun 2024 adalah PermenPANRB 6/2022" in caught.value.reason_id
    assert_bilingual(caught.value)


# ---------------------------------------------------------------------------------------------
# The source walk: English-only `InvalidValueError(...)` calls may only become fewer.

# Files whose every `InvalidValueError(...)` call is bilingual; they must stay so.
BILINGUAL_FILES = (
    "_dispatch.py",
    "allowance/allowance_specs.py",
    "allowance/monthly.py",
    "careers/credit_specs.py",
    "careers/eligibility.py",
    "careers/history.py",
    "careers/ledger.py",
    "careers/promotion_specs.py",
    "careers/promotions.py",
    "core/_rules.py",
    "core/_text.py",
    "core/_validators.py",
    "core/explain.py",
    "core/numbers.py",
    "core/parameters.py",
    "core/tables.py",
    "discipline/absence.py",
    "discipline/absence_specs.py",
    "discipline/penalties.py",
    "discipline/sanctions.py",
    "discipline/sanctions_specs.py",
    "interop/siasn.py",
    "interop/siasn_specs.py",
    "legacy/cases.py",
    "legacy/pp30_2019.py",
    "legacy/pp30_2019_specs.py",
    "legacy/pp46_2011.py",
    "legacy/pp46_2011_specs.py",
    "organisation/achievement.py",
    "organisation/calibration.py",
    "organisation/distribution.py",
    "organisation/organisation_specs.py",
    "organisation/sakip.py",
    "organisation/sakip_specs.py",
    "population/_arrays.py",
    "population/columns.py",
    "population/compare.py",
    "population/partitions.py",
    "population/plans.py",
    "population/results.py",
    "population/run.py",
    "population/scalar.py",
    "population/units.py",
    "performance/achievement_formulas.py",
    "performance/achievement_formulas_specs.py",
    "performance/aggregation.py",
    "performance/behaviour.py",
    "performance/behaviour_specs.py",
    "performance/cascading.py",
    "performance/evaluation.py",
    "performance/indicators.py",
    "performance/plans.py",
    "performance/predicate.py",
    "performance/work_result.py",
    "performance/work_result_specs.py",
    "periods/calendars.py",
    "periods/employment.py",
    "periods/employment_specs.py",
    "periods/period.py",
    "population/plot.py",
    "regimes/timeline.py",
    "talent/box.py",
    "talent/box_specs.py",
    "talent/development.py",
    "talent/development_specs.py",
    "testing/workforce.py",
)

# The English-only calls left elsewhere: none any more; it must never rise.
ENGLISH_ONLY_CALLS = 0


def english_only_calls() -> dict[str, int]:
    """Per file, the `InvalidValueError(...)` calls that pass no `reason_id=`."""
    found: dict[str, int] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "InvalidValueError"
                and not any(keyword.arg == "reason_id" for keyword in node.keywords)
            ):
                name = path.relative_to(PACKAGE).as_posix()
                found[name] = found.get(name, 0) + 1
    return found


def test_the_files_done_stay_bilingual():
    found = english_only_calls()
    assert {name: found[name] for name in BILINGUAL_FILES if name in found} == {}
    assert all((PACKAGE / name).is_file() for name in BILINGUAL_FILES)


def test_english_only_error_calls_do_not_grow():
    found = english_only_calls()
    total = sum(found.values())
    assert total <= ENGLISH_ONLY_CALLS, (
        f"{total} InvalidValueError(...) calls without reason_id= (pinned: "
        f"{ENGLISH_ONLY_CALLS}); give new errors an Indonesian reason: {found}"
    )
    assert total >= ENGLISH_ONLY_CALLS, f"only {total} left: lower ENGLISH_ONLY_CALLS to match"
