"""Work behaviour (perilaku kerja): the BerAKHLAK core values and multi-rater aggregation.

PermenPANRB 6/2022 rates an employee's work behaviour against the seven BerAKHLAK core values
(SE MenPANRB 20/2021): **Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif,
Kolaboratif**. Each value has three *panduan perilaku* (behaviour guides), and the leader may add an
*ekspektasi khusus pimpinan* (special expectation) per value. The supervisor (*atasan*) judges
each value, possibly with feedback from peers (*rekan kerja*) and subordinates (*bawahan*).

**How the judgements combine into one behaviour rating is not stated in any regulation seen**
(domain reference §1.4: UNCONFIRMED). kinerja-core therefore offers named rules
([`BehaviourAggregation`][kinerja_core.performance.BehaviourAggregation]) and makes the national
default a parameter marked as a policy choice: the rule the common programs use [C], i.e. score Di
Bawah / Sesuai / Di Atas Ekspektasi as 1 / 2 / 3, average, round half up (2.5 → 3), map back.

The default is a **two-stage mean**: first the mean score of each core value over all the
judgements of that value, then the mean of the seven value scores. Every core value therefore
weighs the same, however many raters judged it. **All seven values must be judged** (by anyone;
for `SUPERVISOR_ONLY`, by the supervisor): a missing value is an error, never silently skipped.

A self-assessment (*penilaian diri sendiri*) is deliberately not a rater role: no source makes it
an input of the rating, and averaging it in would let employees raise their own rating.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import partial
from itertools import pairwise

import attrs

from kinerja_core.core._deprecation import deprecated
from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._rules import rules_or_national
from kinerja_core.core._validators import (
    as_tuple,
    check_member,
    enum_repr,
    enum_table,
    instance_check,
    member_of,
    optional_non_blank,
    tuple_of,
)
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import (
    NO_STEPS,
    Explainable,
    Explanation,
    ParameterUse,
    Step,
    Text,
    Trace,
    explained_by,
    explains_value,
)
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.numbers import Ratio, publish, to_decimal
from kinerja_core.core.parameters import Parameter, ParameterSpec, Resolved, Rules, Version
from kinerja_core.performance.ratings import Rating

__all__ = [
    "BEHAVIOUR_AGGREGATION",
    "BEHAVIOUR_GUIDES",
    "BEHAVIOUR_SCORES",
    "BehaviourAggregation",
    "BehaviourAssessment",
    "BehaviourJudgement",
    "BehaviourOutcome",
    "CoreValue",
    "RaterRole",
    "SpecialExpectations",
    "assess_behaviour",
    "behaviour_guides",
    "behaviour_rating",
    "explain_behaviour_rating",
]


class CoreValue(LabelledEnum):
    """One of the seven BerAKHLAK core values (nilai dasar ASN), in acronym order."""

    SERVICE_ORIENTED = "Berorientasi Pelayanan"
    ACCOUNTABLE = "Akuntabel"
    COMPETENT = "Kompeten"
    HARMONIOUS = "Harmonis"
    LOYAL = "Loyal"
    ADAPTIVE = "Adaptif"
    COLLABORATIVE = "Kolaboratif"

    @classmethod
    def _english(cls) -> dict[CoreValue, str]:
        return {
            cls.SERVICE_ORIENTED: "Service-oriented",
            cls.ACCOUNTABLE: "Accountable",
            cls.COMPETENT: "Competent",
            cls.HARMONIOUS: "Harmonious",
            cls.LOYAL: "Loyal",
            cls.ADAPTIVE: "Adaptive",
            cls.COLLABORATIVE: "Collaborative",
        }

    @property
    def number(self) -> int:
        """The value's position in BerAKHLAK: 1 (Berorientasi Pelayanan) to 7 (Kolaboratif)."""
        return list(CoreValue).index(self) + 1


class RaterRole(LabelledEnum):
    """Who gives a behaviour judgement, relative to the employee being rated.

    There is no *self* role: a self-assessment is not an input of the rating (see the module
    documentation).
    """

    SUPERVISOR = "Atasan"
    """The direct supervisor, who as pejabat penilai kinerja sets the rating."""
    PEER = "Rekan Kerja"
    """A colleague at the same level (feedback)."""
    SUBORDINATE = "Bawahan"
    """Someone the employee supervises (feedback)."""

    @classmethod
    def _english(cls) -> dict[RaterRole, str]:
        return {
            cls.SUPERVISOR: "Supervisor",
            cls.PEER: "Peer",
            cls.SUBORDINATE: "Subordinate",
        }


class BehaviourAggregation(LabelledEnum):
    """A named rule for combining behaviour judgements into one rating.

    Every rule works in two stages — a score per core value, then one score over the seven
    values — and then takes the rating whose score (see
    [`BEHAVIOUR_SCORES`][kinerja_core.performance.BEHAVIOUR_SCORES]) is nearest, a score exactly
    halfway between two ratings going to the higher one. With the national scores 1 / 2 / 3 that is
    ordinary half-up rounding to a whole number: 1.5 → 2 (Sesuai), 2.5 → 3 (Di Atas), while
    1.4999… → 1 (Di Bawah).
    """

    MEAN_HALF_UP = "Rata-rata, dibulatkan setengah ke atas"
    """Mean of each value's judgement scores, mean of the seven, rounded half up (default)."""
    SUPERVISOR_ONLY = "Hanya penilaian atasan"
    """As `MEAN_HALF_UP`, counting only the supervisor's judgements (feedback is ignored)."""
    MEDIAN = "Median"
    """Median of each value's judgement scores, median of the seven, rounded half up.

    Tie rule: the median of an even number of scores is the midpoint of the two middle ones
    (Sesuai and Di Atas → 2.5); a midpoint halfway between two ratings goes up, as above.
    """

    @classmethod
    def _english(cls) -> dict[BehaviourAggregation, str]:
        return {
            cls.MEAN_HALF_UP: "Mean, rounded half up",
            cls.SUPERVISOR_ONLY: "Supervisor's judgements only",
            cls.MEDIAN: "Median",
        }


@attrs.frozen
class BehaviourJudgement:
    """One rater's rating of one core value.

    Attributes:
        role: Who judged (supervisor, peer or subordinate).
        core_value: The core value judged.
        rating: The rating given.
        rater_id: An optional identifier of the rater (e.g. a NIP); when given, a rater may
            judge each core value only once per aggregation.

    Examples:
        >>> BehaviourJudgement(  # doctest: +NORMALIZE_WHITESPACE
        ...     RaterRole.PEER, CoreValue.LOYAL, Rating.ABOVE_EXPECTATIONS
        ... )
        BehaviourJudgement(role=RaterRole.PEER, core_value=CoreValue.LOYAL,
                           rating=Rating.ABOVE_EXPECTATIONS, rater_id=None)
    """

    role: RaterRole = attrs.field(validator=member_of(RaterRole), repr=enum_repr)
    core_value: CoreValue = attrs.field(validator=member_of(CoreValue), repr=enum_repr)
    rating: Rating = attrs.field(validator=member_of(Rating), repr=enum_repr)
    rater_id: str | None = attrs.field(default=None, kw_only=True, validator=optional_non_blank)

    def to_dict(self) -> dict[str, str | None]:
        """The judgement as plain data (official labels)."""
        return {
            "role": self.role.value,
            "core_value": self.core_value.value,
            "rating": self.rating.value,
            "rater_id": self.rater_id,
        }


def _expectation_texts(value: object) -> FrozenMap[CoreValue, str]:
    if not isinstance(value, Mapping):
        raise InvalidValueError("texts", value, "must be a mapping of CoreValue to text")
    texts: dict[CoreValue, str] = {}
    for key, text in value.items():
        if not isinstance(key, CoreValue):
            raise InvalidValueError("texts", key, "keys must be CoreValue members")
        if not isinstance(text, str) or not text.strip():
            raise InvalidValueError(f"texts[{key.value}]", text, "must be a non-empty string")
        texts[key] = text
    return FrozenMap({member: texts[member] for member in CoreValue if member in texts})


@attrs.frozen
class SpecialExpectations:
    """The leader's special expectations (ekspektasi khusus pimpinan) for some core values.

    They are part of the behaviour plan: raters judge against them alongside the behaviour
    guides. They are free text and do not change the arithmetic of the rating.

    Attributes:
        texts: For each core value that has one, the expectation's text.

    Examples:
        >>> SpecialExpectations({CoreValue.ADAPTIVE: "Menguasai aplikasi e-Kinerja"}).get(
        ...     CoreValue.ADAPTIVE
        ... )
        'Menguasai aplikasi e-Kinerja'
    """

    texts: FrozenMap[CoreValue, str] = attrs.field(factory=FrozenMap, converter=_expectation_texts)

    def get(self, core_value: CoreValue) -> str | None:
        """The special expectation for a core value, if the leader set one.

        Args:
            core_value: The core value.

        Returns:
            The text, or `None`.

        Raises:
            InvalidValueError: If `core_value` is not a `CoreValue`.
        """
        if not isinstance(core_value, CoreValue):
            raise InvalidValueError("core_value", core_value, "must be a CoreValue")
        return self.texts.get(core_value)

    def to_dict(self) -> dict[str, str]:
        """The expectations as plain data, keyed by the official core-value labels."""
        return {value.value: text for value, text in self.texts.items()}


# ---------------------------------------------------------------------------------------------
# Parameters


def _check_guides(value: object) -> FrozenMap[CoreValue, tuple[Text, ...]]:
    if not isinstance(value, Mapping):
        raise InvalidValueError("behaviour_guides", value, "must be a mapping")
    guides: dict[CoreValue, tuple[Text, ...]] = {}
    for member in CoreValue:
        if member not in value:
            raise InvalidValueError(
                "behaviour_guides", member.value, "every core value needs its behaviour guides"
            )
        items = as_tuple(value[member], field=f"behaviour_guides[{member.value}]")
        if not items or not all(isinstance(item, Text) for item in items):
            raise InvalidValueError(
                f"behaviour_guides[{member.value}]", items, "must be a non-empty sequence of Text"
            )
        guides[member] = items
    if len(value) != len(guides):
        extra = [key for key in value if key not in guides]
        raise InvalidValueError("behaviour_guides", extra, "keys must be CoreValue members")
    return FrozenMap(guides)


def _check_scores(value: object) -> FrozenMap[Rating, Decimal]:
    scores = enum_table(
        value,
        field="behaviour_scores",
        members=sorted(Rating, key=lambda r: r.rank),
        entry="a score",
        convert=lambda rating, score: to_decimal(score, field=f"behaviour_scores[{rating.value}]"),
    )
    for (low, low_score), (high, high_score) in pairwise(scores.items()):
        if not low_score < high_score:
            raise InvalidValueError(
                "behaviour_scores",
                {low.value: str(low_score), high.value: str(high_score)},
                "scores must increase strictly from Di Bawah to Sesuai to Di Atas Ekspektasi",
            )
    return FrozenMap(scores)


_check_aggregation = instance_check(
    BehaviourAggregation, "behaviour_aggregation", "must be a BehaviourAggregation"
)


BEHAVIOUR_GUIDES: ParameterSpec[FrozenMap[CoreValue, tuple[Text, ...]]] = ParameterSpec(
    "behaviour_guides",
    "The panduan perilaku (behaviour guides) of each BerAKHLAK core value.",
    _check_guides,
)
"""Parameter: the three behaviour guides of each core value, as bilingual `Text`
(Indonesian as published; the English is kinerja-core's own translation)."""

BEHAVIOUR_SCORES: ParameterSpec[FrozenMap[Rating, Decimal]] = ParameterSpec(
    "behaviour_scores",
    "The score of each rating when behaviour judgements are averaged (strictly increasing).",
    _check_scores,
)
"""Parameter: the score of each rating for aggregation; nationally Di Bawah / Sesuai / Di Atas
Ekspektasi = 1 / 2 / 3."""

BEHAVIOUR_AGGREGATION: ParameterSpec[BehaviourAggregation] = ParameterSpec(
    "behaviour_aggregation",
    "The rule that combines behaviour judgements into one behaviour rating.",
    _check_aggregation,
)
"""Parameter: the default aggregation rule; nationally `MEAN_HALF_UP` (a policy choice)."""


def _guides(*pairs: tuple[str, str]) -> tuple[Text, ...]:
    return tuple(Text(id_, en) for id_, en in pairs)


_NATIONAL_GUIDES = {
    CoreValue.SERVICE_ORIENTED: _guides(
        (
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Understands and meets the needs of the public",
        ),
        (
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Is friendly, quick, solution-minded and dependable",
        ),
        ("Melakukan perbaikan tiada henti", "Improves continuously"),
    ),
    CoreValue.ACCOUNTABLE: _guides(
        (
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan "
            "berintegritas tinggi",
            "Carries out duties honestly, responsibly, carefully, with discipline and high "
            "integrity",
        ),
        (
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, "
            "dan efisien",
            "Uses state assets and property responsibly, effectively and efficiently",
        ),
        ("Tidak menyalahgunakan kewenangan jabatan", "Does not abuse the authority of office"),
    ),
    CoreValue.COMPETENT: _guides(
        (
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Develops own competence to meet ever-changing challenges",
        ),
        ("Membantu orang lain belajar", "Helps others learn"),
        ("Melaksanakan tugas dengan kualitas terbaik", "Carries out duties to the best quality"),
    ),
    CoreValue.HARMONIOUS: _guides(
        (
            "Menghargai setiap orang apapun latar belakangnya",
            "Respects everyone whatever their background",
        ),
        ("Suka menolong orang lain", "Likes to help others"),
        ("Membangun lingkungan kerja yang kondusif", "Builds a conducive work environment"),
    ),
    CoreValue.LOYAL: _guides(
        (
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia "
            "Tahun 1945, setia kepada NKRI serta pemerintahan yang sah",
            "Holds firmly to the Pancasila ideology and the 1945 Constitution, is faithful to "
            "the Unitary State of the Republic of Indonesia and the lawful government",
        ),
        (
            "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
            "Protects the good name of fellow civil servants, leaders, the agency and the state",
        ),
        ("Menjaga rahasia jabatan dan negara", "Keeps official and state secrets"),
    ),
    CoreValue.ADAPTIVE: _guides(
        ("Cepat menyesuaikan diri menghadapi perubahan", "Adapts quickly to change"),
        (
            "Terus berinovasi dan mengembangkan kreativitas",
            "Keeps innovating and developing creativity",
        ),
        ("Bertindak proaktif", "Acts proactively"),
    ),
    CoreValue.COLLABORATIVE: _guides(
        (
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Gives various parties the opportunity to contribute",
        ),
        (
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Is open to working together to create added value",
        ),
        (
            "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
            "Mobilises the use of various resources for common goals",
        ),
    ),
}

_RATING_REGIME_START = date(2022, 1, 1)

NATIONAL_PARAMETERS = (
    Parameter(
        BEHAVIOUR_GUIDES,
        [
            Version(
                date(2021, 8, 26),
                _NATIONAL_GUIDES,
                Citation(
                    "SE MenPANRB 20/2021",
                    "Implementasi Core Values dan Employer Branding ASN (panduan perilaku)",
                    "The circular's own text was not seen. The 21 guides are as encoded by "
                    "public SKP templates and quoted by regional BKPSDM pages (e.g. Kab. "
                    "Tasikmalaya, Kab. Sambas), which agree up to punctuation; the English is "
                    "kinerja-core's translation.",
                    confidence=Confidence.SOFTWARE,
                ),
            )
        ],
    ),
    Parameter(
        BEHAVIOUR_SCORES,
        [
            Version(
                _RATING_REGIME_START,
                {
                    Rating.BELOW_EXPECTATIONS: 1,
                    Rating.MEETS_EXPECTATIONS: 2,
                    Rating.ABOVE_EXPECTATIONS: 3,
                },
                Citation(
                    "kinerja-core",
                    "policy default (PermenPANRB 6/2022 is silent on combining judgements)",
                    "Scores Di Bawah / Sesuai / Di Atas Ekspektasi as 1 / 2 / 3, as the common "
                    "programs do [C]; not from any regulation.",
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
    Parameter(
        BEHAVIOUR_AGGREGATION,
        [
            Version(
                _RATING_REGIME_START,
                BehaviourAggregation.MEAN_HALF_UP,
                Citation(
                    "kinerja-core",
                    "policy default (PermenPANRB 6/2022 is silent on combining judgements)",
                    "The common programs average the raters' judgements and round half up "
                    "(2.5 → 3) [C]; kinerja-core averages per core value first, then over the "
                    "seven values. Not from any regulation.",
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)


# ---------------------------------------------------------------------------------------------
# Aggregation


@attrs.frozen
class BehaviourAssessment(Explainable):
    """A behaviour rating with the scores behind it; its explanation is built when read.

    Attributes:
        rating: The behaviour rating (rating perilaku kerja).
        aggregation: The rule that was applied.
        ratios: The exact score of each core value, in BerAKHLAK order (internal form; read
            `value_scores`).
        overall: The exact overall score (internal form; read `score`).
        explanation: The steps that produced the rating (built on first read).
    """

    rating: Rating
    aggregation: BehaviourAggregation
    ratios: tuple[Ratio, ...] = attrs.field(repr=False)
    overall: Ratio = attrs.field(repr=False)
    _explain: Explanation | Callable[[], Explanation] = attrs.field(
        alias="explanation", default=NO_STEPS, eq=False, repr=False
    )

    @property
    def value_scores(self) -> FrozenMap[CoreValue, Decimal]:
        """The score of each core value, in BerAKHLAK order.

        Each is the mean or median of its judgements' scores, published from the exact value.
        """
        return FrozenMap(
            {value: publish(r) for value, r in zip(CoreValue, self.ratios, strict=True)}
        )

    @property
    def score(self) -> Decimal:
        """The overall score over the seven values, before the rating is chosen."""
        return publish(self.overall)

    @property
    def exact_score(self) -> Fraction:
        """The overall score, exact."""
        return self.overall.fraction()

    def to_dict(self) -> dict[str, object]:
        """The outcome as JSON-ready plain data (exact numbers as strings)."""
        return {
            "rating": self.rating.value,
            "aggregation": self.aggregation.value,
            "value_scores": {value.value: str(s) for value, s in self.value_scores.items()},
            "score": str(self.score),
            "explanation": self.explanation.to_dict(),
        }


BehaviourOutcome = BehaviourAssessment
"""Deprecated name of [`BehaviourAssessment`][kinerja_core.performance.BehaviourAssessment]."""

_judgement_tuple = tuple_of(BehaviourJudgement, "a BehaviourJudgement")("judgements")


def _judgements(value: object) -> tuple[BehaviourJudgement, ...]:
    items = _judgement_tuple(value)
    if not items:
        raise InvalidValueError("judgements", items, "needs at least one behaviour judgement")
    seen: set[tuple[str, CoreValue]] = set()
    for item in items:
        if item.rater_id is None:
            continue
        key = (item.rater_id, item.core_value)
        if key in seen:
            raise InvalidValueError(
                "judgements",
                item,
                f"rater {item.rater_id!r} judged {item.core_value.value} more than once",
            )
        seen.add(key)
    return items


def _median(values: Sequence[Ratio]) -> Ratio:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) * _HALF


def _mean(values: Sequence[Ratio]) -> Ratio:
    total = Ratio(0)
    for value in values:
        total += value
    return total / len(values)


def _nearest_rating(score: Ratio, scores: Mapping[Rating, Decimal]) -> Rating:
    """The rating whose score is nearest to `score`; exactly halfway goes to the higher one."""
    ordered = list(scores.items())  # strictly increasing (checked by the parameter)
    for (low, low_score), (high, high_score) in pairwise(ordered):
        if score < high_score:
            if score <= low_score:
                return low
            # halfway or beyond (compared exactly): the higher rating
            beyond = (score - Ratio.of(low_score)) * 2 >= Ratio.of(high_score - low_score)
            return high if beyond else low
    return ordered[-1][0]


_HALF = Ratio(1, 2)


def _assess(
    judgements: Iterable[BehaviourJudgement],
    *,
    aggregation: BehaviourAggregation | None = None,
    rules: Rules | None = None,
    trace: Trace = None,
) -> tuple[Rating, BehaviourAggregation, dict[CoreValue, Ratio], Ratio]:
    items = _judgements(judgements)
    in_force = rules_or_national(rules)
    resolved_rule = None
    if aggregation is None:
        resolved_rule = in_force.resolve(BEHAVIOUR_AGGREGATION)
        rule = resolved_rule.value
    else:
        rule = check_member(aggregation, BehaviourAggregation, field="aggregation")
    scores = in_force.resolve(BEHAVIOUR_SCORES)

    considered = items
    if rule is BehaviourAggregation.SUPERVISOR_ONLY:
        considered = tuple(j for j in items if j.role is RaterRole.SUPERVISOR)
        if not considered:
            raise InvalidValueError(
                "judgements",
                sorted({j.role.value for j in items}),
                "the SUPERVISOR_ONLY rule needs at least one judgement by the supervisor "
                "(Atasan); only other roles were given",
            )
    by_value: dict[CoreValue, list[Ratio]] = {value: [] for value in CoreValue}
    ratings_by_value: dict[CoreValue, list[Rating]] = {value: [] for value in CoreValue}
    exact_scores = {rating: Ratio.of(score) for rating, score in scores.value.items()}
    for judgement in considered:
        by_value[judgement.core_value].append(exact_scores[judgement.rating])
        ratings_by_value[judgement.core_value].append(judgement.rating)
    missing = [value.value for value, found in by_value.items() if not found]
    if missing:
        whose = (
            "the supervisor's judgements"
            if rule is BehaviourAggregation.SUPERVISOR_ONLY
            else "the judgements"
        )
        raise InvalidValueError(
            "judgements",
            missing,
            f"every BerAKHLAK core value needs at least one judgement; {whose} miss: "
            + ", ".join(missing),
        )
    combine = _median if rule is BehaviourAggregation.MEDIAN else _mean
    per_value = {value: combine(found) for value, found in by_value.items()}
    overall = combine(list(per_value.values()))
    rating = _nearest_rating(overall, scores.value)
    if trace is not None:
        uses = [] if resolved_rule is None else [resolved_rule.use()]
        trace.extend(
            _assessment_steps(
                (rule, uses, len(considered), len(items)),
                by_value,
                ratings_by_value,
                (per_value, overall, rating),
                scores,
            )
        )
    return rating, rule, per_value, overall


def _assessment_steps(
    counted: tuple[BehaviourAggregation, list[ParameterUse], int, int],
    by_value: Mapping[CoreValue, list[Ratio]],
    ratings_by_value: Mapping[CoreValue, list[Rating]],
    found: tuple[Mapping[CoreValue, Ratio], Ratio, Rating],
    scores: Resolved[FrozenMap[Rating, Decimal]],
) -> list[Step]:
    rule, uses, considered, given = counted
    per_value, overall, rating = found
    steps = [
        Step(
            Text(
                f"Penilaian yang dihitung menurut aturan agregasi: {considered} dari {given}",
                f"Judgements counted under the aggregation rule: {considered} of {given}",
            ),
            inputs=(("aggregation", rule),),
            parameters=uses,
            result=considered,
        )
    ]
    stage_id, stage_en = (
        ("median", "median") if rule is BehaviourAggregation.MEDIAN else ("rata-rata", "mean")
    )
    for value, value_score in per_value.items():
        steps.append(
            Step(
                Text(
                    f"Skor nilai {value.label('id')}: {stage_id} skor "
                    f"{len(by_value[value])} penilaian",
                    f"Score of {value.label('en')}: {stage_en} of the scores of "
                    f"{len(by_value[value])} judgement(s)",
                ),
                inputs=(("ratings", tuple(ratings_by_value[value])),),
                parameters=[
                    scores.use(scores.value[r], entry=r.value)
                    for r in sorted(set(ratings_by_value[value]), key=lambda r: r.rank)
                ],
                result=publish(value_score),
            )
        )
    steps.append(
        Step(
            Text(
                f"Skor perilaku kerja: {stage_id} skor ketujuh nilai BerAKHLAK",
                f"Work-behaviour score: {stage_en} of the seven BerAKHLAK value scores",
            ),
            inputs=tuple((value.value, publish(s)) for value, s in per_value.items()),
            result=publish(overall),
        )
    )
    steps.append(
        Step(
            Text(
                "Rating perilaku kerja: rating dengan skor terdekat (tepat di tengah dibulatkan "
                "ke atas)",
                "Work-behaviour rating: the rating with the nearest score (exactly halfway "
                "rounds up)",
            ),
            inputs=(("score", publish(overall)),),
            parameters=[scores.use(scores.value[rating], entry=rating.value)],
            result=rating,
        )
    )
    return steps


def _assessment_explanation(
    judgements: Iterable[BehaviourJudgement],
    aggregation: BehaviourAggregation | None,
    rules: Rules | None,
) -> Explanation:
    steps: list[Step] = []
    _assess(judgements, aggregation=aggregation, rules=rules, trace=steps)
    return Explanation(steps)


def assess_behaviour(
    judgements: Iterable[BehaviourJudgement],
    *,
    aggregation: BehaviourAggregation | None = None,
    rules: Rules | None = None,
) -> BehaviourAssessment:
    """The behaviour rating from raters' judgements, with the per-value and overall scores.

    Each judgement's rating is scored (`BEHAVIOUR_SCORES`, nationally 1 / 2 / 3); the scores of
    each core value are combined (mean or median), then the seven value scores; the rating with
    the nearest score is chosen (exactly halfway goes to the higher one). Every mean is exact.

    Args:
        judgements: The judgements: every core value at least once (for `SUPERVISOR_ONLY`, at
            least once by the supervisor). The order does not matter.
        aggregation: The rule to apply; default: the rules' `behaviour_aggregation`
            (nationally `MEAN_HALF_UP`).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The rating, the score of each core value and the overall score; the explanation is
        built when read.

    Raises:
        InvalidValueError: If `judgements` is empty, not a sequence of `BehaviourJudgement`s,
            repeats a (rater id, core value) pair, lacks a supervisor judgement under
            `SUPERVISOR_ONLY`, or leaves a core value unjudged (the error lists the missing
            values); or if `aggregation` is not a `BehaviourAggregation`.
        RuleNotInForceError: If `rules` is for a date before the parameters were in force.

    Examples:
        >>> S, A = Rating.MEETS_EXPECTATIONS, Rating.ABOVE_EXPECTATIONS
        >>> judgements = [
        ...     BehaviourJudgement(RaterRole.SUPERVISOR, v, A if v.number % 2 else S)
        ...     for v in CoreValue
        ... ]
        >>> assessment = assess_behaviour(judgements)
        >>> assessment.score
        Decimal('2.571428571428571428571428571')
        >>> assessment.rating
        <Rating.ABOVE_EXPECTATIONS: 'Di Atas Ekspektasi'>
    """
    judged = _judgements(judgements)
    rating, rule, per_value, overall = _assess(judged, aggregation=aggregation, rules=rules)
    return BehaviourAssessment(
        rating=rating,
        aggregation=rule,
        ratios=tuple(per_value.values()),
        overall=overall,
        explanation=partial(_assessment_explanation, judged, aggregation, rules),
    )


def explain_behaviour_rating(
    judgements: Iterable[BehaviourJudgement],
    *,
    aggregation: BehaviourAggregation | None = None,
    rules: Rules | None = None,
) -> BehaviourAssessment:
    """Deprecated: use `assess_behaviour` (or `explain(behaviour_rating, ...)`).

    Args:
        judgements: See `assess_behaviour`.
        aggregation: See `assess_behaviour`.
        rules: See `assess_behaviour`.

    Returns:
        `assess_behaviour(...)`.
    """
    deprecated("explain_behaviour_rating", "assess_behaviour(...)")
    return assess_behaviour(judgements, aggregation=aggregation, rules=rules)


def _behaviour_rating(
    judgements: Iterable[BehaviourJudgement],
    *,
    aggregation: BehaviourAggregation | None = None,
    rules: Rules | None = None,
    trace: Trace = None,
) -> Rating:
    return _assess(judgements, aggregation=aggregation, rules=rules, trace=trace)[0]


@explained_by(explains_value(_behaviour_rating))
def behaviour_rating(
    judgements: Iterable[BehaviourJudgement],
    *,
    aggregation: BehaviourAggregation | None = None,
    rules: Rules | None = None,
) -> Rating:
    """The behaviour rating (rating perilaku kerja) from raters' judgements.

    See [`assess_behaviour`][kinerja_core.performance.assess_behaviour] for the rule and the
    scores; `explain(behaviour_rating, ...)` for the steps.

    Args:
        judgements: The judgements: every core value at least once (for `SUPERVISOR_ONLY`, at
            least once by the supervisor). The order does not matter.
        aggregation: The rule to apply; default: the rules' `behaviour_aggregation`
            (nationally `MEAN_HALF_UP`).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The rating.

    Raises:
        InvalidValueError: For empty, malformed or incomplete judgements, or a bad
            `aggregation` (see `assess_behaviour`).
        RuleNotInForceError: If `rules` is for a date before the parameters were in force.
    """
    return _behaviour_rating(judgements, aggregation=aggregation, rules=rules)


def behaviour_guides(core_value: CoreValue, *, rules: Rules | None = None) -> tuple[Text, ...]:
    """The behaviour guides (panduan perilaku) of a core value.

    Args:
        core_value: The core value.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The guides, each a bilingual `Text`.

    Raises:
        InvalidValueError: If `core_value` is not a `CoreValue`.

    Examples:
        >>> guides = behaviour_guides(CoreValue.SERVICE_ORIENTED)
        >>> [g.id for g in guides]  # doctest: +NORMALIZE_WHITESPACE
        ['Memahami dan memenuhi kebutuhan masyarakat',
         'Ramah, cekatan, solutif, dan dapat diandalkan',
         'Melakukan perbaikan tiada henti']
    """
    if not isinstance(core_value, CoreValue):
        raise InvalidValueError("core_value", core_value, "must be a CoreValue")
    return rules_or_national(rules)[BEHAVIOUR_GUIDES][core_value]
