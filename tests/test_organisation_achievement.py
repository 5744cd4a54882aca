"""A unit's achievement from its IKU, the proposed organisation predikat and the unit's rating."""

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings

from kinerja_core import (
    NATIONAL,
    Aggregation,
    Citation,
    Indicator,
    InvalidValueError,
    PerformanceCase,
    PerformancePlan,
    Period,
    PlanItem,
    Polarity,
    Rating,
    ValidationError,
    Version,
    evaluate,
    explain,
    propose_work_result_rating,
)
from kinerja_core.organisation import (
    IKU_ACHIEVEMENT_LIMITS,
    IKU_AGGREGATION,
    ORGANISATION_PREDICATE_BANDS,
    IkuAggregation,
    OrganisationAchievement,
    OrganisationPlan,
    OrganisationPredicate,
    organisation_achievement,
    propose_organisation_predicate,
    unit_rating,
)
from kinerja_core.performance import AchievementLimits, IndicatorLevel, cascade_from_plans
from kinerja_core.testing import strategies as kst

O = OrganisationPredicate  # noqa: E741 (short, like the reference tables)
IKU = IndicatorLevel.ORGANISATION
QUARTERS = [Period.quarter(2024, q) for q in range(1, 5)]

# IKU from a region's vision and mission (the seeds: services, education, transparent government)
SATISFACTION = Indicator("Indeks kepuasan masyarakat", "indeks", level=IKU, code="IKU-1")
PERMITS = Indicator(
    "Waktu rata-rata penerbitan izin",
    "hari",
    Polarity.LOWER_IS_BETTER,
    Aggregation.AVERAGE,
    IKU,
    code="IKU-2",
)
PARTICIPATION = Indicator(
    "Angka partisipasi sekolah", "%", aggregation=Aggregation.FINAL_VALUE, level=IKU, code="IKU-3"
)


def agreement(weights=(50, 30, 20)):
    items = [
        PlanItem(SATISFACTION, 80, weights[0] if weights else None),
        PlanItem(PERMITS, 10, weights[1] if weights else None),
        PlanItem(PARTICIPATION, 90, weights[2] if weights else None),
    ]
    return OrganisationPlan("Dinas Penanaman Modal Kota Banjarbaru", Period.year(2024), items)


REALISATIONS = {
    "IKU-1": 84,  # 84 / 80 → 105 %
    "IKU-2": [(QUARTERS[0], 12), (QUARTERS[1], 10), (QUARTERS[2], 8), (QUARTERS[3], 6)],
    "IKU-3": [(QUARTERS[0], 85), (QUARTERS[1], 86), (QUARTERS[2], 88), (QUARTERS[3], 90)],
}


def test_a_units_weighted_achievement_is_exact():
    result = organisation_achievement(agreement(), REALISATIONS)
    # IKU-1 105 %; IKU-2 average 9 days against 10 (lower is better) → 110 %; IKU-3 final 90/90
    assert [item.achievement for item in result.items] == [Decimal(105), Decimal(110), 100]
    assert result.value == Decimal("105.5")  # 0.5 × 105 + 0.3 × 110 + 0.2 × 100
    assert result.exact == Fraction(211, 2)
    assert result.unit == "Dinas Penanaman Modal Kota Banjarbaru"
    text = result.explanation.render("id")
    assert "Capaian kinerja organisasi" in text
    assert "agregasi realisasi IKU" in text


def test_without_weights_every_iku_counts_the_same():
    result = organisation_achievement(agreement(weights=None), REALISATIONS)
    assert result.exact == Fraction(105 + 110 + 100, 3)
    assert len({item.weight for item in result.items}) == 1


def institution(**overrides):
    versions = {
        spec: Version(date(2024, 1, 1), value, Citation("Pergub Contoh 5/2024", "Pasal 7"))
        for spec, value in overrides.items()
    }
    return NATIONAL.with_overrides("Pemprov Contoh", versions).at(date(2024, 12, 31))


def test_the_institution_chooses_how_quarters_combine():
    cumulative = institution(**{IKU_AGGREGATION.name: IkuAggregation.FINAL_VALUE})
    result = organisation_achievement(agreement(), REALISATIONS, rules=cumulative)
    # IKU-2 now uses the last quarter (6 days against 10 → 140 %)
    assert result.items[1].achievement == Decimal(140)


def test_the_institution_may_cap_iku_achievement():
    capped = institution(**{IKU_ACHIEVEMENT_LIMITS.name: AchievementLimits(cap=100, floor=0)})
    result = organisation_achievement(agreement(), REALISATIONS, rules=capped)
    assert [item.achievement for item in result.items] == [100, 100, 100]
    own_cap = Indicator("Indeks kepuasan masyarakat", "indeks", level=IKU, cap=102, code="IKU-1")
    plan = OrganisationPlan("Unit", Period.year(2024), [PlanItem(own_cap, 80)])
    assert organisation_achievement(plan, {"IKU-1": 84}, rules=capped).value == 102


@pytest.mark.parametrize(
    ("items", "realisations", "count"),
    [
        ([], {}, 1),
        ([PlanItem(SATISFACTION, 80, 60), PlanItem(PERMITS, 10, None)], {}, 3),
        ([PlanItem(SATISFACTION, 80, 60), PlanItem(PERMITS, 10, 30)], {"IKU-1": 1, "IKU-2": 1}, 1),
        ([PlanItem(SATISFACTION, 80), PlanItem(SATISFACTION, 70)], {"IKU-1": 1, "x": 2}, 2),
    ],
)
def test_every_problem_of_an_agreement_is_listed(items, realisations, count):
    plan = OrganisationPlan("Unit", Period.year(2024), items)
    with pytest.raises(ValidationError) as caught:
        organisation_achievement(plan, realisations)
    assert len(caught.value.problems) == count
    with pytest.raises(InvalidValueError):
        organisation_achievement(plan, [1, 2])


@pytest.mark.parametrize(
    ("edge", "below", "at"),
    [
        (60, O.VERY_POOR, O.POOR),
        (80, O.POOR, O.NEEDS_IMPROVEMENT),
        (100, O.NEEDS_IMPROVEMENT, O.GOOD),
        (101, O.GOOD, O.EXCEPTIONAL),
    ],
)
def test_the_proposed_organisation_predicate_on_both_sides_of_each_edge(edge, below, at):
    assert propose_organisation_predicate(edge) is at
    assert propose_organisation_predicate(Fraction(edge) - Fraction(1, 10**6)) is below


def test_the_proposal_reads_an_achievement_and_says_it_is_not_regulation():
    result = organisation_achievement(agreement(), REALISATIONS)
    assert propose_organisation_predicate(result) is O.EXCEPTIONAL
    text = explain(propose_organisation_predicate, result).explanation.render("en")
    assert "the leader above sets it" in text
    assert "POLICY CHOICE" in text
    with pytest.raises(InvalidValueError):
        propose_organisation_predicate(100.0)


@pytest.mark.parametrize(
    ("organisation", "rating"),
    [
        (O.EXCEPTIONAL, Rating.ABOVE_EXPECTATIONS),
        (O.GOOD, Rating.MEETS_EXPECTATIONS),
        (O.NEEDS_IMPROVEMENT, Rating.BELOW_EXPECTATIONS),
        (O.POOR, Rating.BELOW_EXPECTATIONS),
        (O.VERY_POOR, Rating.BELOW_EXPECTATIONS),
    ],
)
def test_the_unit_heads_rating_follows_the_unconfirmed_five_to_three_mapping(organisation, rating):
    assert unit_rating(organisation) is rating
    text = explain(unit_rating, organisation).explanation.render("en")
    assert "UNCONFIRMED" in text
    assert "A unit head's rating hasil kerja is the rating of the unit they lead." in text


@settings(max_examples=60)
@given(kst.weighted_achievements())
def test_with_the_national_defaults_the_units_rating_is_the_work_result_proposal(achievement):
    """Consistent with how the unit head's rating is settled: one achievement, one rating."""
    assert unit_rating(propose_organisation_predicate(achievement)) is propose_work_result_rating(
        achievement
    )


def test_the_units_rating_feeds_a_unit_heads_evaluation():
    plan = PerformancePlan(
        "197001011995031001",
        Period.year(2024),
        [PlanItem(Indicator("Dokumen Renstra", "dokumen", code="IKI-1"), 1, 100)],
    )
    head = PerformanceCase(
        plan, behaviour=Rating.MEETS_EXPECTATIONS, unit_rating=unit_rating(O.EXCEPTIONAL)
    )
    assert evaluate(head).work_result is Rating.ABOVE_EXPECTATIONS


def test_the_bands_are_a_parameter():
    bands = NATIONAL.latest()[ORGANISATION_PREDICATE_BANDS]
    assert bands.monotone == "increasing"
    with pytest.raises(InvalidValueError):
        unit_rating("Baik")


@settings(max_examples=20)
@given(kst.organisation_plans())
def test_agreements_round_trip_through_json(plan):
    assert OrganisationPlan.from_dict(json.loads(json.dumps(plan.to_dict()))) == plan


def test_achievements_round_trip_through_json():
    result = organisation_achievement(agreement(), REALISATIONS)
    data = json.loads(json.dumps(result.to_dict()))
    assert OrganisationAchievement.from_dict(data) == result
    assert data["value"] == "105.5"


def test_the_agreement_joins_the_existing_cascade_iku_to_iki():
    employee = PerformancePlan(
        "198507122010012003",
        Period.year(2024),
        [
            PlanItem(
                Indicator("Survei kepuasan terlaksana", "survei", code="IKI-1"),
                4,
                100,
                supports=("IKU-1",),
            )
        ],
    )
    cascade = cascade_from_plans(agreement().cascade_nodes(), [employee])
    assert cascade.node("IKU-1").owner == "Dinas Penanaman Modal Kota Banjarbaru"
    assert [link.parent for link in cascade.parents("198507122010012003/IKI-1")] == ["IKU-1"]
