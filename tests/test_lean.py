"""The lean path of `evaluate` agrees with the general path on every field, or steps aside.

`performance/_lean.py` computes a PermenPANRB 6/2022 evaluation with its rules compiled per
`Rules` snapshot; anything it does not take (and every input in error) goes to the general path
of `evaluation.py`. These tests draw cases of every shape, valid and not, under several policies,
and check that `evaluate_case` (lean when it can be) and `_evaluate` (always general) give the
same evaluation down to the internal numerators and denominators, or the same error.
"""

from datetime import date
from decimal import ROUND_DOWN, Decimal
from fractions import Fraction

import attrs
import pytest
from benchmarks import cases
from hypothesis import event, given, settings
from hypothesis import strategies as st

import kinerja_core as kc
from kinerja_core import (
    NATIONAL,
    Aggregation,
    BehaviourJudgement,
    CoreValue,
    Evaluation,
    Exemption,
    Indicator,
    KinerjaError,
    PerformanceCase,
    PerformancePlan,
    Period,
    PeriodKind,
    PlanAchievement,
    PlanItem,
    Polarity,
    RaterRole,
    Rating,
    Target,
)
from kinerja_core.core import BandTable
from kinerja_core.core._frozen import trusted_constructor
from kinerja_core.core.explain import NO_STEPS
from kinerja_core.performance import (
    ACHIEVEMENT_FORMULA,
    ACHIEVEMENT_LIMITS,
    BEHAVIOUR_AGGREGATION,
    BEHAVIOUR_SCORES,
    WORK_RESULT_BANDS,
    ZERO_TARGET_ACHIEVEMENT,
    AchievementFormula,
    AchievementLimits,
    BehaviourAggregation,
    BehaviourAssessment,
    ItemAchievement,
    MissingPeriods,
    WorkResultBands,
    ZeroTargetAchievement,
    _lean,
)
from kinerja_core.performance.evaluation import _evaluate, evaluate_case
from kinerja_core.testing import strategies as kst

A, S, B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS
MILESTONE = Polarity.MILESTONE
YEAR = Period.year(2024)
QUARTERS = YEAR.split(PeriodKind.QUARTER)
END = date(2024, 12, 31)

POLICIES = {
    "national": NATIONAL,
    "inverse formula": NATIONAL.replace({ACHIEVEMENT_FORMULA: AchievementFormula.INVERSE_RATIO}),
    "cap and floor": NATIONAL.replace({ACHIEVEMENT_LIMITS: AchievementLimits("120", "10.5")}),
    "no limits": NATIONAL.replace({ACHIEVEMENT_LIMITS: AchievementLimits()}),
    "regional bands": NATIONAL.replace({WORK_RESULT_BANDS: WorkResultBands("110.5", 90)}),
    "upper-closed bands": NATIONAL.replace(
        {
            WORK_RESULT_BANDS: BandTable.from_lower_edges(
                [(None, B), (100, S), (101, A)], closed="upper", monotone="increasing"
            )
        }
    ),
    "supervisor only": NATIONAL.replace(
        {BEHAVIOUR_AGGREGATION: BehaviourAggregation.SUPERVISOR_ONLY}
    ),
    "median": NATIONAL.replace({BEHAVIOUR_AGGREGATION: BehaviourAggregation.MEDIAN}),
    "scores 10/20/30": NATIONAL.replace({BEHAVIOUR_SCORES: {B: 10, S: 20, A: 30}}),
    "zero target 90/10": NATIONAL.replace({ZERO_TARGET_ACHIEVEMENT: ZeroTargetAchievement(90, 10)}),
    "fractional scores": NATIONAL.replace({BEHAVIOUR_SCORES: {B: 1, S: "2.5", A: 4}}),
}

numbers = st.one_of(
    st.sampled_from([0, 1, 5, 100, Decimal("0.0"), Decimal("2.50")]),
    st.integers(0, 500),
    kst.decimals(min_value=0, max_value=500, places=2),
)
positive = st.one_of(st.integers(1, 500), kst.decimals(min_value="0.01", max_value=500, places=2))


@st.composite
def targets(draw: st.DrawFn) -> Target:
    low, high = sorted((draw(positive), draw(positive)))
    return draw(st.sampled_from([Target(low), Target(high), Target.range(low, high)]))


@st.composite
def indicators(draw: st.DrawFn) -> Indicator:
    limits = draw(st.none() | st.none() | kst.achievement_limits())
    return Indicator(
        "Indikator",
        "unit",
        draw(st.sampled_from([Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER])),
        draw(st.sampled_from(list(Aggregation))),
        cap=None if limits is None else limits.cap,
        floor=None if limits is None else limits.floor,
    )


series = (
    st.lists(st.none() | numbers | numbers, min_size=4, max_size=4)
    .filter(lambda values: any(v is not None for v in values))
    .map(lambda values: list(zip(QUARTERS, values, strict=True)))
)
realisations = st.one_of(series, series, series, numbers)


def replace_item(plan: PerformancePlan, **changes: object) -> PerformancePlan:
    items = [attrs.evolve(plan.items[0], **changes), *plan.items[1:]]
    return attrs.evolve(plan, items=items)


LEAN = {"none": True, "fractional weights": True, "behaviour rating": True, "rater ids": True}
"""The variations the lean path takes (and `work result`); every other one is in error or
unusual, and goes to the general path."""

DEFECTS = [
    "none",
    "fractional weights",
    "milestone",
    "zero target",
    "range from zero",
    "weights",
    "missing weight",
    "duplicate key",
    "missing realisation",
    "unknown realisation",
    "bad realisation",
    "overlapping periods",
    "nothing reported yet",
    "behaviour rating",
    "core value missing",
    "rater judging twice",
    "rater ids",
    "no judgements",
    "no realisations",
    "work result",
    "unit head",
    "exemption",
    "no behaviour",
]


def defective(case: PerformanceCase, defect: str, pick) -> PerformanceCase:  # noqa: PLR0912
    """`case` with one defect or unusual feature; `pick(strategy, default)` chooses values."""
    plan = case.plan
    first = plan.items[0]
    given = dict(case.realisations)
    behaviour: object = case.behaviour
    changes: dict[str, object] = {}
    if defect == "fractional weights":
        share = (Decimal(100) / len(plan.items)).quantize(Decimal("0.01"), ROUND_DOWN)
        weights = [share] * (len(plan.items) - 1)
        weights.append(100 - sum(weights))
        items = [attrs.evolve(i, weight=w) for i, w in zip(plan.items, weights, strict=True)]
        plan = attrs.evolve(plan, items=items)
    elif defect == "milestone":
        plan = replace_item(plan, indicator=attrs.evolve(first.indicator, polarity=MILESTONE))
        given[first.key] = pick(st.booleans() | numbers, True)
    elif defect == "zero target":
        plan = replace_item(plan, target=Target(0))
    elif defect == "range from zero":
        plan = replace_item(plan, target=Target.range(0, pick(positive, 5)))
        given[first.key] = pick(st.sampled_from([0, Decimal("0.00")]) | numbers, 0)
    elif defect == "weights":
        plan = replace_item(plan, weight=first.weight / 2)
    elif defect == "missing weight":
        plan = replace_item(plan, weight=None)
    elif defect == "duplicate key" and len(plan.items) > 1:
        plan = attrs.evolve(
            plan, items=[first, attrs.evolve(plan.items[1], key=first.key), *plan.items[2:]]
        )
    elif defect == "missing realisation":
        del given[first.key]
    elif defect == "unknown realisation":
        given["extra"] = 1
    elif defect == "bad realisation":
        given[first.key] = pick(st.sampled_from(["-1", "x", None, True, 1.5]), "-1")
    elif defect == "overlapping periods":
        given[first.key] = [(QUARTERS[0], 1), (YEAR, 2)]
    elif defect == "nothing reported yet":
        changes["as_of"] = date(2024, 3, 30)
    elif defect == "behaviour rating":
        behaviour = pick(kst.ratings(), A)
    elif defect == "core value missing":
        missing = pick(kst.core_values(), CoreValue.LOYAL)
        behaviour = [j for j in behaviour if j.core_value is not missing]
    elif defect == "rater judging twice":
        twice = BehaviourJudgement(RaterRole.PEER, CoreValue.LOYAL, A, rater_id="r")
        behaviour = [*behaviour, twice, attrs.evolve(twice, rating=B)]
    elif defect == "rater ids":
        behaviour = [
            attrs.evolve(j, rater_id=f"r{n % 3}-{j.core_value.number}")
            for n, j in enumerate(behaviour)
        ]
    elif defect == "no judgements":
        behaviour = []
    elif defect == "no realisations":
        given = None
    elif defect == "work result":
        changes["work_result"] = pick(kst.ratings(), B)
    elif defect == "unit head":
        changes["unit_rating"] = pick(kst.ratings(), B)
    elif defect == "exemption":
        changes["exemption"] = pick(st.sampled_from(list(Exemption)), Exemption.STUDY_ASSIGNMENT)
    elif defect == "no behaviour":
        behaviour = None
    return PerformanceCase(
        plan, behaviour=behaviour, realisations=given, **{"as_of": case.as_of, **changes}
    )


@st.composite
def evaluation_cases(draw: st.DrawFn) -> PerformanceCase:
    """Valid cases, most of them; some with one defect or one unusual feature."""
    weights = draw(kst.plan_weights(max_items=5))
    items = [
        PlanItem(draw(indicators()), draw(targets()), weight, key=f"K{n}")
        for n, weight in enumerate(weights)
    ]
    plan = PerformancePlan("199001012015031001", YEAR, items)
    case = PerformanceCase(
        plan,
        behaviour=draw(kst.behaviour_judgement_sets(max_feedback_raters=2)),
        realisations={item.key: draw(realisations) for item in items},
        as_of=draw(st.none() | st.sampled_from([date(2024, 6, 30), date(2024, 9, 1)])),
    )
    defect = draw(st.just("none") | st.just("none") | st.sampled_from(DEFECTS))
    return defective(case, defect, lambda strategy, _: draw(strategy))


def outcome(call):
    try:
        return call()
    except KinerjaError as error:
        return error


def parts(evaluation: Evaluation) -> tuple[object, ...]:
    """Every field, with the exact values' internal numerators and denominators."""
    achieved, assessed = evaluation.achievement, evaluation.behaviour_scores
    return (
        evaluation,
        None if achieved is None else (achieved.ratio.n, achieved.ratio.d, achieved.items),
        None
        if assessed is None
        else (assessed.numerators, assessed.denominator, assessed.overall.n, assessed.overall.d),
    )


def agree(case, aggregation=None, missing=MissingPeriods.SKIP, policy=NATIONAL, *, record=False):
    rules = policy.at(END)
    lean = outcome(lambda: evaluate_case(case, aggregation, missing, rules, False))
    general = outcome(lambda: _evaluate(case, aggregation, missing, rules, False, NO_STEPS))
    taken = outcome(lambda: _lean.lean_evaluation(case, aggregation, missing, rules))
    if record:
        event("lean path" if isinstance(taken, tuple) else "general path")
    if isinstance(general, KinerjaError):
        assert taken is None  # errors are the general path's alone
        assert type(lean) is type(general)
        assert str(lean) == str(general)
        return None
    assert parts(lean) == parts(general)
    return lean


@settings(max_examples=150)
@given(
    evaluation_cases(),
    st.none() | st.sampled_from(list(BehaviourAggregation)),
    st.sampled_from(list(MissingPeriods)),
    st.sampled_from(sorted(POLICIES)),
)
def test_the_lean_path_agrees_with_the_general_path_or_steps_aside(
    case, aggregation, missing, name
):
    agree(case, aggregation, missing, POLICIES[name], record=True)


@settings(max_examples=30)
@given(kst.performance_cases(), st.sampled_from(sorted(POLICIES)))
def test_lean_results_explain_themselves_as_the_general_path_does(case, name):
    rules = POLICIES[name].at(END)
    lean = outcome(lambda: evaluate_case(case, None, MissingPeriods.SKIP, rules, False))
    if isinstance(lean, KinerjaError):  # e.g. a realisation of 0 under the inverse formula
        return
    general = _evaluate(case, None, MissingPeriods.SKIP, rules, False, NO_STEPS)
    assert lean.explanation.to_dict() == evaluate_performance_explained(case, rules)
    if general.achievement is not None:
        assert lean.achievement.explanation == general.achievement.explanation
    if general.behaviour_scores is not None:
        assert lean.behaviour_scores.explanation == general.behaviour_scores.explanation


def evaluate_performance_explained(case, rules):
    steps: list = []
    _evaluate(case, None, MissingPeriods.SKIP, rules, False, NO_STEPS, steps)
    return kc.Explanation(steps).to_dict()


def benchmark_case() -> PerformanceCase:
    return cases.kc_case(cases.BENCHMARK)


@pytest.mark.parametrize(
    "name",
    [
        "national",
        "inverse formula",
        "cap and floor",
        "no limits",
        "regional bands",
        "upper-closed bands",
        "supervisor only",
        "scores 10/20/30",
    ],
)
def test_the_benchmark_case_takes_the_lean_path_under_these_policies(name):
    case = benchmark_case()
    rules = POLICIES[name].at(END)
    assert _lean.lean_evaluation(case, None, MissingPeriods.SKIP, rules) is not None
    assert agree(case, policy=POLICIES[name]) is not None


@pytest.mark.parametrize("name", ["median", "fractional scores"])
def test_rules_the_lean_path_does_not_take_go_to_the_general_path(name):
    case = benchmark_case()
    rules = POLICIES[name].at(END)
    assert _lean.lean_evaluation(case, None, MissingPeriods.SKIP, rules) is None
    assert agree(case, policy=POLICIES[name]) is not None


@pytest.mark.parametrize("defect", DEFECTS)
@pytest.mark.parametrize("name", ["national", "zero target 90/10"])
def test_each_variation_of_the_benchmark_case_takes_the_path_it_should(defect, name):
    case = defective(benchmark_case(), defect, lambda _, default: default)
    rules = POLICIES[name].at(END)
    for missing in MissingPeriods:
        taken = outcome(lambda: _lean.lean_evaluation(case, None, missing, rules))  # noqa: B023
        assert (taken is not None) is LEAN.get(defect, defect == "work result")
        agree(case, None, missing, POLICIES[name])


def test_edge_cases_of_the_lean_path_agree_with_the_general_path():
    case = benchmark_case()
    first = case.plan.items[0]  # lower is better, target 5
    all_above = [attrs.evolve(j, rating=A) for j in case.behaviour]
    above = attrs.evolve(case, behaviour=all_above)
    zero = attrs.evolve(case, realisations={**case.realisations, first.key: 0})
    capped = attrs.evolve(
        case.plan.items[1], indicator=attrs.evolve(case.plan.items[1].indicator, cap=5)
    )
    low_cap = attrs.evolve(case.plan, items=[first, capped, *case.plan.items[2:]])
    low_cap_case = attrs.evolve(case, plan=low_cap)
    for variant, name, lean in [
        (above, "national", True),  # the highest score: Di Atas
        (zero, "national", True),  # (2 × 5 − 0) × 100 / 5 = 200 %
        (zero, "inverse formula", False),  # 5 / 0: an error
        (low_cap_case, "national", True),  # the item's cap 5 % above the floor 0 %
        (low_cap_case, "cap and floor", False),  # the item's cap 5 % below the floor 10.5 %
    ]:
        rules = POLICIES[name].at(END)
        taken = _lean.lean_evaluation(variant, None, MissingPeriods.SKIP, rules)
        assert (taken is not None) is lean, (variant, name)
        agree(variant, policy=POLICIES[name])
    assert kc.evaluate(above).behaviour is A
    rules = NATIONAL.at(END)
    assert _lean.lean_evaluation(case, None, "Abaikan", rules) is None  # not a MissingPeriods


def test_the_lean_path_takes_whole_period_realisations_and_given_ratings():
    plan = PerformancePlan(
        "1",
        YEAR,
        [
            PlanItem(Indicator("a", "u", Polarity.LOWER_IS_BETTER), Target.range(7, 8), 40),
            PlanItem(Indicator("b", "u", cap=Decimal(110)), Target(3), "60"),
        ],
    )
    rules = NATIONAL.at(END)
    for case in (
        PerformanceCase(plan, behaviour=A, realisations={"a": "6.5", "b": 4}),
        PerformanceCase(plan, behaviour=A, work_result=B),
        PerformanceCase(plan, behaviour=benchmark_case().behaviour, work_result=S),
    ):
        assert _lean.lean_evaluation(case, None, MissingPeriods.SKIP, rules) is not None
        assert agree(case) is not None
    lean = evaluate_case(
        PerformanceCase(plan, behaviour=A, realisations={"a": "6.5", "b": 4}),
        None,
        MissingPeriods.SKIP,
        rules,
        False,
    )
    assert lean.achievement.items[0].exact == Fraction(750, 7)  # (2 × 7 − 6.5) × 100 / 7
    assert lean.achievement.items[1].achievement == Decimal(110)  # 133.3… capped by the item


def test_the_benchmark_case_evaluates_as_documented():
    evaluation = kc.evaluate(benchmark_case())
    assert evaluation.weighted_achievement == Decimal("109.5")
    assert evaluation.behaviour_scores.score == Decimal("2.428571428571428571428571429")
    assert evaluation.predicate is kc.Predicate.GOOD


def test_a_parameter_not_in_force_leaves_the_lean_path_off_for_that_snapshot():
    rules = NATIONAL.at(date(2014, 1, 1))  # before the 2022 parameters
    assert rules._compiled(_lean._compile) is None


def test_rules_build_each_compiled_form_once_per_snapshot():
    rules = NATIONAL.at(date(2024, 5, 5))
    calls = []

    def build(snapshot):
        calls.append(snapshot)

    assert rules._compiled(build) is None
    assert rules._compiled(build) is None  # a `None` is remembered too
    assert calls == [rules]
    assert rules._compiled(_lean._compile) is rules._compiled(_lean._compile)


TRUSTED = [
    (ItemAchievement, ("K", Decimal(20), 3, 4)),
    (PlanAchievement, ((), kc.core.Ratio(1, 2), NO_STEPS)),
    (
        BehaviourAssessment,
        (A, BehaviourAggregation.MEAN_HALF_UP, (1,) * 7, 1, kc.core.Ratio(1), NO_STEPS),
    ),
]


@pytest.mark.parametrize(("cls", "values"), TRUSTED)
def test_a_trusted_constructor_builds_what_the_class_builds(cls, values):
    made = trusted_constructor(cls)(*values)
    assert made == cls(*values)
    assert type(made) is cls
    assert [getattr(made, f.name) for f in attrs.fields(cls)] == list(values)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.key = "changed"  # still frozen


def test_a_trusted_constructor_refuses_classes_it_cannot_build():
    @attrs.frozen
    class Checked:
        value: int

        def __attrs_post_init__(self) -> None:
            pass

    @attrs.frozen(slots=False)
    class Unslotted:
        value: int

    for cls in (Checked, Unslotted):
        with pytest.raises(TypeError):
            trusted_constructor(cls)


def test_rating_members_hash_by_identity():
    # dicts keyed by ratings are on the hot path: the C hash, not Enum.__hash__
    assert Rating.__hash__ is object.__hash__
    assert {A: 1}[Rating("Di Atas Ekspektasi")] == 1


def test_the_regime_memo_of_a_snapshot_is_bounded(monkeypatch):
    from kinerja_core import _dispatch  # noqa: PLC0415 (the module under test)

    monkeypatch.setattr(_dispatch, "_MAX_PERIODS", 2)
    rules = NATIONAL.at(date(2024, 12, 31))
    months = [Period.month(2024, month) for month in (10, 11, 12)]
    for month in months:
        assert _dispatch._regime_over(month, rules) is kc.Regime.PERMENPANRB_6_2022
    memo = rules._compiled(_dispatch._regimes_memo)
    assert len(memo) <= 2
    assert (months[-1].start, months[-1].end) in memo


def test_regression_a_copied_evaluation_still_builds_its_explanation():
    # copy.deepcopy rebuilt an unread Recipe as Recipe((build, *args)): calling it failed
    import copy  # noqa: PLC0415

    evaluation = kc.evaluate(benchmark_case())
    for copied in (copy.copy(evaluation), copy.deepcopy(evaluation)):
        assert copied == evaluation
        assert copied.explanation == evaluation.explanation
        assert copied.achievement.explanation == evaluation.achievement.explanation
