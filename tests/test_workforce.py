"""Synthetic workforces: seeded, distinct valid NIPs, consistent careers, documented shares."""

import importlib
import sys
from collections import Counter
from datetime import date

import attrs
import numpy as np
import pytest

from kinerja_core import NATIONAL, Rating
from kinerja_core.allowance import ALLOWANCE_RULES, PERMENTAN_68_2012
from kinerja_core.careers import FunctionalLevel, Rank
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.discipline import PositionKind
from kinerja_core.population import RESULT_COLUMNS, Engine, evaluate_population
from kinerja_core.talent import Potential
from kinerja_core.testing import DEFAULT_PROFILE, UnitKind, WorkforceProfile, synthetic_workforce
from kinerja_core.testing.workforce import POSITION_RANKS

RANKS = list(Rank)
LEVELS = list(FunctionalLevel)
POSITIONS = list(PositionKind)
RULES = NATIONAL.with_overrides("Pemda", {ALLOWANCE_RULES: PERMENTAN_68_2012}).at(date(2025, 3, 1))


@pytest.fixture(scope="module")
def cohort():
    """A cohort large enough for the documented shares to show (about 0.2 s to make)."""
    return synthetic_workforce(100_000, seed=2025)


def arrays(population):
    """Every array of a population, by name (for comparing two populations exactly)."""
    found = {"employee": population.employee, "unit": population.unit}
    found |= {f"codes.{k}": v for k, v in population.codes.items()}
    found |= {f"wholes.{k}": v for k, v in population.wholes.items()}
    found["base_amount"] = population.base_amount
    for column in ("late_minutes", "early_leave_minutes"):
        values, offsets = population.minutes(column)
        found[f"{column}.values"], found[f"{column}.offsets"] = values, offsets
    return found


def share(mask):
    return float(np.mean(mask))


# --- determinism --------------------------------------------------------------------------------


def test_the_same_seed_and_arguments_give_identical_arrays():
    first = synthetic_workforce(5_000, seed=11, regions=3)
    again = synthetic_workforce(5_000, seed=11, regions=3)
    other = synthetic_workforce(5_000, seed=12, regions=3)
    assert first.unit_names == again.unit_names
    left, right = arrays(first), arrays(again)
    assert left.keys() == right.keys()
    for name, values in left.items():
        assert values.dtype == right[name].dtype, name
        assert np.array_equal(values, right[name]), name
    assert not np.array_equal(first.employee, other.employee)
    assert first.problems == ()


# --- NIPs ---------------------------------------------------------------------------------------


def decode(nips):
    """The parts of each NIP, read from its 18 digits."""
    text = [str(n) for n in nips.tolist()]
    assert {len(t) for t in text} == {18}
    return [
        (
            date(int(t[:4]), int(t[4:6]), int(t[6:8])),
            int(t[8:12]),
            int(t[12:14]),
            t[14],
            int(t[15:]),
        )
        for t in text
    ]


def test_nips_are_distinct_and_valid_18_digit_numbers():
    population = synthetic_workforce(30_000, seed=5, year=2024, month=7)
    nips = population.employee
    assert nips.dtype == np.int64
    assert len(np.unique(nips)) == len(nips)
    groups = Counter()
    for born, tmt_year, tmt_month, gender, sequence in decode(nips):  # date() checks the day
        assert 1 <= tmt_month <= 12
        assert (tmt_year, tmt_month) <= (2024, 7), "TMT after the paid month"
        eighteen = date(born.year + 18, born.month, 28 if born.month == 2 else born.day)
        assert date(tmt_year, tmt_month, 1) > eighteen, "TMT CPNS before the 18th birthday"
        assert (2024 - born.year) * 12 + 7 - born.month <= 58 * 12 + 1, "older than 58"
        assert gender in {"1", "2"}
        assert 1 <= sequence <= 999
        groups[born, tmt_year, tmt_month, gender] += 1
    # the sequence numbers each (birth date, TMT, gender) group 1, 2, … in row order
    seen = Counter()
    for born, tmt_year, tmt_month, gender, sequence in decode(nips):
        seen[born, tmt_year, tmt_month, gender] += 1
        assert sequence == seen[born, tmt_year, tmt_month, gender]
    assert max(groups.values()) >= 2  # the case that needs a sequence does occur


def test_nip_dates_spread_over_careers(cohort):
    parts = decode(cohort.employee[:20_000])
    births = [born.year for born, *_ in parts]
    entries = [tmt_year - born.year for born, tmt_year, *_ in parts]
    assert min(births) >= 1967
    assert max(births) <= 2007
    assert max(births) - min(births) >= 30
    assert min(entries) >= 18
    assert max(entries) <= 36
    assert share(np.array([g == "2" for *_, g, _ in parts])) == pytest.approx(0.52, abs=0.02)


def test_the_sequence_never_exceeds_999_even_for_a_crowded_group():
    from kinerja_core.testing import workforce  # noqa: PLC0415

    key = np.array([7] * 1_200 + [3, 7, 3], dtype=np.int64)
    sequence = workforce._sequence_within(key)
    assert sequence[:3].tolist() == [1, 2, 3]
    assert sequence[-3:].tolist() == [1, 1000, 2]  # over 999: flagged, then moved by the caller
    assert sequence.max() == 1000


# --- careers ------------------------------------------------------------------------------------


def test_jenjang_golongan_and_position_agree(cohort):
    level, rank, position = (cohort.codes[c] for c in ("level", "rank", "position"))
    functional = POSITIONS.index(PositionKind.FUNCTIONAL)
    assert np.array_equal(level != -1, position == functional)
    assert (rank != -1).all()
    for code, jenjang in enumerate(LEVELS):
        allowed = {RANKS.index(r) for r in jenjang.ranks}
        found = set(np.unique(rank[level == code]).tolist())
        assert found <= allowed, jenjang
        assert found, jenjang
    for kind, (low, high) in POSITION_RANKS.items():
        found = np.unique(rank[position == POSITIONS.index(kind)])
        assert found.min() >= RANKS.index(low), kind
        assert found.max() <= RANKS.index(high), kind


def test_the_documented_career_shares(cohort):
    level, position = cohort.codes["level"], cohort.codes["position"]
    functional = level != -1
    assert share(functional) == pytest.approx(0.66, abs=0.02)  # by the unit kinds' table
    for jenjang, expected in DEFAULT_PROFILE.levels.items():
        assert share(level[functional] == LEVELS.index(jenjang)) == pytest.approx(
            expected, abs=0.01
        )
    for kind, expected in DEFAULT_PROFILE.positions.items():
        assert share(position[~functional] == POSITIONS.index(kind)) == pytest.approx(
            expected, abs=0.01
        )
    ranks = cohort.codes["rank"]
    assert share((ranks >= RANKS.index(Rank.III_A)) & (ranks <= RANKS.index(Rank.III_D))) > 0.5


# --- ratings, months, money ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "kind", "expected"),
    [
        ("work_result", Rating, DEFAULT_PROFILE.work_result),
        ("behaviour", Rating, DEFAULT_PROFILE.behaviour),
    ],
)
def test_ratings_follow_the_documented_shares(cohort, column, kind, expected):
    codes = cohort.codes[column]
    assert (codes != -1).all()
    for member, wanted in expected.items():
        assert share(codes == list(kind).index(member)) == pytest.approx(wanted, abs=0.01)


def test_potential_and_months_follow_the_documented_shares(cohort):
    potential = cohort.codes["potential"]
    assessed = potential != -1
    assert share(assessed) == pytest.approx(0.30, abs=0.01)
    for member, wanted in DEFAULT_PROFILE.potential.items():
        found = share(potential[assessed] == list(Potential).index(member))
        assert found == pytest.approx(wanted, abs=0.01)
    months = cohort.wholes["months"]
    assert share(months == 12) == pytest.approx(0.96, abs=0.005)
    assert set(np.unique(months).tolist()) == set(range(1, 13))


def test_base_amounts_are_whole_thousands_within_the_limits_rising_with_golongan(cohort):
    base = cohort.base_amount
    assert base.dtype == np.int64
    assert (base % 1_000 == 0).all()
    assert base.min() >= 1_500_000
    assert base.max() <= 15_000_000
    ranks = cohort.codes["rank"]
    executor = cohort.codes["position"] == POSITIONS.index(PositionKind.EXECUTOR)
    medians = [
        np.median(base[executor & (ranks == RANKS.index(r))]) for r in (Rank.II_A, Rank.III_A)
    ]
    assert medians[0] < medians[1]
    senior = cohort.codes["position"] == POSITIONS.index(PositionKind.SENIOR_EXECUTIVE)
    assert np.median(base[senior]) > 2 * np.median(base)


# --- attendance ---------------------------------------------------------------------------------


def test_attendance_is_consistent_and_follows_the_documented_shares(cohort):
    wholes = cohort.wholes
    working = wholes["working_days"]
    assert set(working.tolist()) == {21}  # March 2025: its Monday-Friday days
    absent = wholes["absent_days"]
    assert share(absent == 0) == pytest.approx(0.97, abs=0.005)
    assert absent[absent > 0].mean() == pytest.approx(2.0, abs=0.15)
    consecutive = wholes["consecutive_absent_days"]
    assert (consecutive <= absent).all()
    assert ((consecutive > 0) == (absent > 0)).all()
    assert share(consecutive[absent >= 2] == absent[absent >= 2]) == pytest.approx(0.3, abs=0.04)
    for column, mean, minutes_mean in (("late_minutes", 1.5, 12), ("early_leave_minutes", 0.3, 20)):
        values, offsets = cohort.minutes(column)
        counts = np.diff(offsets)
        assert (counts + absent <= working).all()
        assert counts.mean() == pytest.approx(mean, rel=0.03)
        assert values.mean() == pytest.approx(minutes_mean, rel=0.05)
        assert values.min() >= 1
        assert values.max() <= 450
        assert np.median(values) < minutes_mean  # skewed towards a few minutes
    ceremonies = wholes["missed_ceremonies"]
    assert ceremonies.max() <= 2
    assert ceremonies.mean() == pytest.approx(2 * 0.06, abs=0.01)
    year = wholes["absent_days_year"]
    assert (year >= absent).all()
    assert share(year >= 10) == pytest.approx(0.002, abs=0.0015)


def test_the_working_days_follow_the_holidays_given_or_are_given():
    holidays = {date(2025, 3, 31), date(2025, 3, 28)}
    with_holidays = synthetic_workforce(50, seed=1, holidays=holidays)
    assert set(with_holidays.wholes["working_days"].tolist()) == {19}
    given = synthetic_workforce(50, seed=1, working_days=23)
    assert set(given.wholes["working_days"].tolist()) == {23}
    assert given.wholes["absent_days"].max() <= 23


# --- units --------------------------------------------------------------------------------------


def test_units_look_like_a_pemda_and_their_sizes_are_skewed(cohort):
    names = cohort.unit_names
    assert "Dinas Pendidikan" in names
    assert "Rumah Sakit Umum Daerah" in names
    assert any(n.startswith("Puskesmas ") for n in names)
    assert any(n.startswith("Kecamatan ") for n in names)
    assert "SD Negeri 1" in names
    sizes = np.bincount(cohort.unit, minlength=len(names))
    assert (sizes > 0).all()  # every unit listed has employees
    offices = [names.index(n) for n in ("Dinas Pendidikan", "Dinas Kesehatan", "Dinas Sosial")]
    assert sizes.max() > 5 * np.median(sizes)
    assert (sizes[offices] > 50).all()
    assert (np.diff(cohort.unit) >= 0).all()  # rows grouped by unit
    teachers = np.array([n.startswith("SD Negeri") for n in names])[cohort.unit]
    assert share(cohort.codes["level"][teachers] != -1) == pytest.approx(0.95, abs=0.01)


def test_regions_prefix_the_unit_names_and_differ_in_size():
    population = synthetic_workforce(20_000, seed=3, regions=6)
    regions = Counter(population.unit_names[u].split(" / ")[0] for u in np.unique(population.unit))
    assert set(regions) >= {"Kota Banjarbaru", "Kabupaten Mamuju", "Kabupaten Contoh 006"}
    people = Counter(n.split(" / ")[0] for n in np.array(population.unit_names)[population.unit])
    assert max(people.values()) > 1.5 * min(people.values())
    named = synthetic_workforce(100, seed=3, regions=["Kota Padang"])
    assert all(n.startswith("Kota Padang / ") for n in named.unit_names)


def test_units_can_be_given():
    names = ["Kecamatan Kuranji", "Kecamatan Lubuk Begalung", "Puskesmas Kuranji"]
    population = synthetic_workforce(3_000, seed=4, units=names)
    assert set(population.unit_names) == set(names)
    assert len(population) == 3_000


# --- profiles and bad arguments -----------------------------------------------------------------


def test_a_profile_changes_the_distributions():
    profile = attrs.evolve(
        DEFAULT_PROFILE,
        absent_share=0.0,
        allowance_share=0.5,
        potential_share=1.0,
        unit_kinds=(UnitKind("Badan", 1.0, 0.0, names=("Badan Kepegawaian Daerah",)),),
    )
    population = synthetic_workforce(2_000, seed=9, month=1, profile=profile)
    assert (population.wholes["absent_days"] == 0).all()
    assert (population.codes["potential"] != -1).all()
    assert (population.codes["level"] == -1).all()
    assert population.unit_names == ("Badan Kepegawaian Daerah",)
    assert share(population.base_amount == -1) == pytest.approx(0.5, abs=0.05)
    assert (population.wholes["absent_days_year"] <= population.wholes["absent_days"] + 45).all()


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"size": 0}, "size"),
        ({"seed": -1}, "seed"),
        ({"month": 13}, "month"),
        ({"year": 1999}, "year"),
        ({"regions": 0}, "regions"),
        ({"regions": ["A", "A"]}, "regions"),
        ({"regions": "Kota Padang"}, "regions"),
        ({"units": []}, "units"),
        ({"working_days": 0}, "working_days"),
        ({"profile": {}}, "profile"),
    ],
)
def test_bad_arguments_are_refused(arguments, field):
    given = {"size": 10, "seed": 1} | arguments
    with pytest.raises(InvalidValueError) as caught:
        synthetic_workforce(given.pop("size"), **given)
    assert caught.value.field == field
    assert caught.value.reason_id


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"female_share": 1.5}, "female_share"),
        ({"work_result": {}}, "work_result"),
        ({"work_result": {"Sesuai": 1.0}}, "work_result"),
        ({"behaviour": {Rating.ABOVE_EXPECTATIONS: -1.0}}, "behaviour"),
        ({"positions": {PositionKind.FUNCTIONAL: 1.0}}, "positions"),
        ({"rank_weights": {Rank.I_A: 1.0}}, "levels"),
        (
            {
                "rank_weights": {r: 1.0 for r in Rank if r.rank <= Rank.III_B.rank},
                "levels": {FunctionalLevel.MAHIR: 1.0},
            },
            "positions",
        ),
        ({"late_minutes_mean": 0.5}, "late_minutes_mean"),
        ({"late_mean": -1}, "late_mean"),
        ({"base_by_rank": {Rank.I_A: 1}}, "base_by_rank"),
        (
            {"position_percent": dict.fromkeys(PositionKind, 1.5)},
            "position_percent[Jabatan Pimpinan Tinggi]",
        ),
        ({"base_spread_percent": (125, 80)}, "base_spread_percent"),
        ({"base_step": 0}, "base_step"),
        ({"max_minutes": 2_000}, "max_minutes"),
        ({"long_absence_days": (10,)}, "long_absence_days"),
        ({"unit_kinds": ()}, "unit_kinds"),
    ],
)
def test_bad_profiles_are_refused(changes, field):
    with pytest.raises(InvalidValueError) as caught:
        attrs.evolve(DEFAULT_PROFILE, **changes)
    assert caught.value.field == field
    assert caught.value.reason_id


def test_bad_unit_kinds_are_refused():
    with pytest.raises(InvalidValueError, match="functional_share"):
        UnitKind("Dinas", 0.3, 1.2)
    with pytest.raises(InvalidValueError, match="share"):
        UnitKind("Dinas", 0.0, 0.5)
    assert isinstance(WorkforceProfile(), WorkforceProfile)


# --- running it ---------------------------------------------------------------------------------


def test_a_generated_cohort_runs_without_problems_on_the_batch_path_as_the_scalar_rules_do():
    population = synthetic_workforce(3_000, seed=8)
    result = evaluate_population(population, RULES)
    assert result.problems == ()
    assert result.scalar_rows == 0
    assert None not in result.column("allowance")
    assert sum(p is not None for p in result.column("penalty")) > 0
    sample = population.take(np.arange(0, 3_000, 10))
    batch = evaluate_population(sample, RULES)
    scalar = evaluate_population(sample, RULES, engine=Engine.SCALAR)
    assert scalar.scalar_rows == len(sample) == 300
    for column in RESULT_COLUMNS:
        assert [str(v) for v in batch.column(column)] == [str(v) for v in scalar.column(column)]


def test_the_generator_needs_no_hypothesis(monkeypatch):
    for name in [n for n in sys.modules if n == "hypothesis" or n.startswith("hypothesis.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    for name in ("kinerja_core.testing", "kinerja_core.testing.workforce"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    testing = importlib.import_module("kinerja_core.testing")
    assert len(testing.synthetic_workforce(10, seed=1)) == 10


def test_groups_without_weight_are_never_drawn():
    profile = attrs.evolve(
        DEFAULT_PROFILE,
        rank_weights={r: 1.0 for r in Rank if r.rank <= Rank.III_B.rank},
        levels={FunctionalLevel.MAHIR: 1.0},
        positions={PositionKind.EXECUTOR: 1.0},
    )
    population = synthetic_workforce(1_000, seed=6, profile=profile)
    assert population.codes["rank"].max() <= RANKS.index(Rank.III_B)
    assert set(np.unique(population.codes["level"]).tolist()) == {
        -1,
        LEVELS.index(FunctionalLevel.MAHIR),
    }
