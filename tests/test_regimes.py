"""Which regime applies on a date (domain reference §0), and clock independence of the module."""

import datetime as dt
import inspect
import itertools
import re
from datetime import date, timedelta

import pytest
from hypothesis import given

import kinerja_core as kc
from fuzzing import anything, outcome_of
from kinerja_core.periods import calendars, deadlines, employment
from kinerja_core.periods import period as periods
from kinerja_core.regimes import timeline as regimes
from kinerja_core.testing import strategies as kst
from plain_steps import plain_value

R = kc.Regime
ORDER = {R.PP_46_2011: 1, R.PP_30_2019: 2, R.PERMENPANRB_6_2022: 3}


@pytest.mark.parametrize(
    ("day", "regime"),
    [
        (date(2014, 1, 1), R.PP_46_2011),
        (date(2014, 1, 2), R.PP_46_2011),
        (date(2020, 12, 31), R.PP_46_2011),
        (date(2021, 1, 1), R.PP_46_2011),
        (date(2021, 1, 2), R.PP_46_2011),
        (date(2021, 6, 30), R.PP_46_2011),
        (date(2021, 7, 1), R.PP_30_2019),
        (date(2021, 7, 2), R.PP_30_2019),
        (date(2021, 12, 31), R.PP_30_2019),
        (date(2022, 1, 1), R.PERMENPANRB_6_2022),
        (date(2022, 2, 3), R.PERMENPANRB_6_2022),
        (date(2035, 12, 31), R.PERMENPANRB_6_2022),
    ],
)
def test_regime_at_and_around_every_boundary(day, regime):
    assert kc.regime_on(day) is regime
    outcome = kc.explain(kc.regime_on, day)
    assert outcome.value is regime
    assert outcome.explanation.steps[0].inputs == (("day", day),)


@pytest.mark.parametrize("day", [date(2013, 12, 31), date(2000, 1, 1), date(1900, 1, 1)])
def test_before_2014_no_regime_is_in_force(day):
    with pytest.raises(kc.RuleNotInForceError, match="2014-01-01") as caught:
        kc.regime_on(day)
    assert caught.value.in_force_from == date(2014, 1, 1)
    assert caught.value.on == day


def test_explanation_cites_the_timeline_entry():
    outcome = kc.explain(kc.regime_on, date(2021, 7, 1))
    (step,) = outcome.explanation.steps
    (use,) = step.parameters
    assert use.name == "regime_timeline"
    assert use.effective_from == date(2021, 7, 1)
    assert "PermenPANRB 8/2021" in use.citation.regulation
    assert use.citation.confidence is kc.Confidence.SECONDARY
    assert "PP 30/2019" in outcome.explanation.render("id")
    assert plain_value(outcome.to_dict()["value"]) == "PP 30/2019"
    assert outcome.to_dict()["explanation"]["steps"][0]["inputs"] == [
        {"name": "day", "value": {"type": "date", "value": "2021-07-01"}}
    ]


def test_the_year_2021_is_reported_in_two_pieces():
    first, second = kc.regimes.regimes_in(kc.Period.year(2021))
    assert first == kc.regimes.RegimeSpan(
        R.PP_46_2011, kc.Period.between(date(2021, 1, 1), date(2021, 6, 30))
    )
    assert second == kc.regimes.RegimeSpan(
        R.PP_30_2019, kc.Period.between(date(2021, 7, 1), date(2021, 12, 31))
    )
    assert second.to_dict() == {
        "regime": "PP 30/2019",
        "period": {"start": "2021-07-01", "end": "2021-12-31", "kind": "rentang tanggal"},
    }
    with pytest.raises(kc.InvalidValueError, match="2021-07-01") as caught:
        kc.regimes.single_regime(kc.Period.year(2021))
    assert caught.value.field == "period"


def test_a_period_inside_one_regime_keeps_its_kind():
    (span,) = kc.regimes.regimes_in(kc.Period.semester(2021, 2))
    assert span.period == kc.Period.semester(2021, 2)
    assert kc.regimes.single_regime(kc.Period.semester(2021, 1)) is R.PP_46_2011
    assert kc.regimes.single_regime(kc.Period.year(2024)) is R.PERMENPANRB_6_2022


def test_a_span_over_all_three_regimes():
    spans = kc.regimes.regimes_in(kc.Period.between(date(2020, 1, 1), date(2023, 12, 31)))
    assert [s.regime for s in spans] == [R.PP_46_2011, R.PP_30_2019, R.PERMENPANRB_6_2022]
    assert [s.period.start for s in spans] == [date(2020, 1, 1), date(2021, 7, 1), date(2022, 1, 1)]


def test_a_period_starting_before_2014_raises():
    with pytest.raises(kc.RuleNotInForceError):
        kc.regimes.regimes_in(kc.Period.between(date(2013, 12, 31), date(2014, 1, 31)))


@given(kst.periods())
def test_spans_partition_the_period_and_agree_with_regime_on(period):
    spans = kc.regimes.regimes_in(period)
    assert spans[0].period.start == period.start
    assert spans[-1].period.end == period.end
    for earlier, later in itertools.pairwise(spans):
        assert later.period.start == earlier.period.end + timedelta(days=1)
        assert later.regime is not earlier.regime
    for span in spans:
        assert kc.regime_on(span.period.start) is span.regime
        assert kc.regime_on(span.period.end) is span.regime
    if len(spans) == 1:
        assert kc.regimes.single_regime(period) is spans[0].regime


@given(kst.dates(), kst.dates())
def test_the_regime_never_goes_back_in_time(first, second):
    early, late = min(first, second), max(first, second)
    assert ORDER[kc.regime_on(early)] <= ORDER[kc.regime_on(late)]


def test_a_policy_whose_timeline_repeats_a_regime_gives_one_span():
    note = kc.Citation("PP 46/2011", "Pasal 1", "amended citation, same regime")
    timeline = [
        kc.Version(date(2014, 1, 1), R.PP_46_2011, note),
        kc.Version(date(2018, 1, 1), R.PP_46_2011, note),
        kc.Version(date(2022, 1, 1), R.PERMENPANRB_6_2022, note),
    ]
    policy = kc.NATIONAL.with_overrides("Variant", {kc.regimes.REGIME_TIMELINE: timeline})
    rules = policy.at(date(2024, 1, 1))
    spans = kc.regimes.regimes_in(
        kc.Period.between(date(2016, 1, 1), date(2022, 6, 30)), rules=rules
    )
    assert [(s.regime, s.period.start) for s in spans] == [
        (R.PP_46_2011, date(2016, 1, 1)),
        (R.PERMENPANRB_6_2022, date(2022, 1, 1)),
    ]
    # The timeline is read on the day asked about, not on the snapshot's date.
    assert kc.regime_on(date(2021, 8, 1), rules=rules) is R.PP_46_2011


def test_regime_labels_titles_and_parsing():
    assert [r.value for r in R] == ["PP 46/2011", "PP 30/2019", "PermenPANRB 6/2022"]
    assert R("PermenPANRB 6/2022") is R.PERMENPANRB_6_2022
    assert R.parse("pp nomor 30 tahun 2019") is R.PP_30_2019
    assert R.parse("PermenPAN RB 6/2022") is R.PERMENPANRB_6_2022
    assert R.PP_46_2011.title.startswith("Peraturan Pemerintah Nomor 46 Tahun 2011")
    assert "Pengelolaan Kinerja Pegawai Aparatur Sipil Negara" in R.PERMENPANRB_6_2022.title
    assert R.PP_30_2019.label("en").startswith("Government Regulation 30/2019")
    with pytest.raises(kc.UnknownLabelError):
        R.parse("PP 53/2010")


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: kc.regime_on("2024-01-01"), "day"),
        (lambda: kc.regime_on(dt.datetime(2024, 1, 1)), "day"),
        (lambda: kc.regime_on(date(2024, 1, 1), rules=kc.NATIONAL), "rules"),
        (lambda: kc.regimes.regimes_in((date(2024, 1, 1), date(2024, 2, 1))), "period"),
        (lambda: kc.regimes.single_regime(None), "period"),
        (lambda: kc.regimes.RegimeSpan("PP 46/2011", kc.Period.year(2020)), "regime"),
        (lambda: kc.regimes.RegimeSpan(R.PP_46_2011, (2020,)), "period"),
        (
            lambda: kc.NATIONAL.replace({kc.regimes.REGIME_TIMELINE: "PP 46/2011"}),
            "regime_timeline",
        ),
    ],
)
def test_bad_arguments_name_the_field(call, field):
    with pytest.raises(kc.InvalidValueError) as caught:
        call()
    assert caught.value.field == field


ANYTHING = anything(kst.periods(min_year=2010), kst.regimes())


@given(ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b):
    for call in (
        lambda: kc.regime_on(a, rules=b),
        lambda: kc.explain(kc.regime_on, a),
        lambda: kc.regimes.regimes_in(a, rules=b),
        lambda: kc.regimes.single_regime(a),
        lambda: kc.regimes.RegimeSpan(a, b),
    ):
        outcome_of(call)


# --- Results never depend on the day the tests run -------------------------------------------

MODULES = (calendars, deadlines, employment, periods, regimes)
CLOCK = re.compile(r"\b(today|now|utcnow|time\.time|monotonic|environ|getenv)\b")


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_the_modules_never_read_the_clock_or_the_environment(module):
    assert not CLOCK.findall(inspect.getsource(module))


class PoisonedDate(dt.date):
    """A `date` whose `today()` fails: any code path that asks the clock would break."""

    @classmethod
    def today(cls):
        raise AssertionError("the library read the clock")


def test_results_are_the_same_whatever_the_clock_says(monkeypatch):
    for module in MODULES:
        monkeypatch.setattr(module, "date", PoisonedDate, raising=False)
    assert kc.periods.skp_deadline(2024) == date(2024, 1, 31)
    assert kc.periods.annual_evaluation_deadline(2030) == date(2031, 1, 31)
    assert kc.regime_on(date(2021, 7, 1)) is R.PP_30_2019
    assert [s.regime for s in kc.regimes.regimes_in(kc.Period.year(2021))] == [
        R.PP_46_2011,
        R.PP_30_2019,
    ]
    assert kc.months_covered(kc.Employment(date(2024, 3, 15)), kc.Period.year(2024)) == 9
    assert kc.periods.working_days(date(2024, 8, 12), date(2024, 8, 18)) == 5


# --- One source for regime windows (architecture issue, item 3) ------------------------------

from decimal import Decimal  # noqa: E402

from kinerja_core.legacy import Pp46Case  # noqa: E402
from kinerja_core.legacy import pp30_2019 as pp30  # noqa: E402
from kinerja_core.legacy import pp46_2011 as pp46  # noqa: E402
from kinerja_core.regimes import REGIME_TIMELINE, regime_rules, regime_window  # noqa: E402

#: A region whose PP 46/2011 form ran to the end of 2021 (no PP 30/2019 half-year).
LATE = kc.NATIONAL.with_overrides(
    "Pemda contoh (PP 46/2011 sampai akhir 2021)",
    {
        REGIME_TIMELINE: [
            kc.Version(date(2014, 1, 1), R.PP_46_2011, kc.Citation("Perkada contoh", "Pasal 1")),
            kc.Version(
                date(2022, 1, 1), R.PERMENPANRB_6_2022, kc.Citation("Perkada contoh", "Pasal 2")
            ),
        ]
    },
)


def test_the_windows_come_from_the_regime_timeline():
    assert regime_window(R.PP_46_2011, kc.NATIONAL) == (date(2014, 1, 1), date(2021, 6, 30))
    assert regime_window(R.PP_30_2019, kc.NATIONAL) == (date(2021, 7, 1), date(2021, 12, 31))
    assert regime_window(R.PERMENPANRB_6_2022, kc.NATIONAL) == (date(2022, 1, 1), date.max)
    assert regime_window(R.PP_46_2011, LATE) == (date(2014, 1, 1), date(2021, 12, 31))
    assert regime_window(R.PP_30_2019, LATE) is None


def test_overriding_the_timeline_moves_every_check_together():
    rules = LATE.at(date(2021, 9, 30))
    # the legacy module accepts rules inside the moved window ...
    assert pp46.category(80, rules=rules) is pp46.PerformanceCategory.GOOD
    # ... and evaluate judges a second-half 2021 case by PP 46/2011 under that policy
    case = Pp46Case(
        employee="197803152005011002",
        period=kc.Period.between(date(2021, 7, 1), date(2021, 12, 31)),
        skp_score="85.50",
        behaviour_score=80,
    )
    evaluation = kc.evaluate(case, policy=LATE)
    assert evaluation.regime is R.PP_46_2011
    assert evaluation.score == Decimal("83.30")
    # PP 30/2019 is never in force under that policy: its functions refuse, naming the policy
    with pytest.raises(kc.RuleNotInForceError, match="never in force"):
        pp30.performance_score(100, 100, rules=rules)


def test_regression_rules_dated_after_a_regime_are_refused_by_both_legacy_modules():
    # PP 30/2019 functions used to return a score for rules dated 2030 while PP 46/2011 refused.
    later = kc.NATIONAL.at(date(2030, 1, 1))
    with pytest.raises(kc.RuleNotInForceError, match="PP 30/2019 governs") as caught:
        pp30.performance_score(100, 100, rules=later)
    assert caught.value.in_force_from == date(2021, 7, 1)
    with pytest.raises(kc.RuleNotInForceError, match="PP 46/2011 governs"):
        pp46.category(80, rules=later)
    assert pp30.performance_score(109, 100, rules=kc.NATIONAL.at(date(2021, 12, 31))) == Decimal(
        "106.3"
    )


def test_without_rules_each_regime_uses_the_national_rules_of_its_last_day():
    assert regime_rules(R.PP_30_2019, None).on == date(2021, 12, 31)
    assert regime_rules(R.PP_46_2011, None).on == date(2021, 6, 30)
