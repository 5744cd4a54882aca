"""Vocabulary and parameter specs (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.performance`; the rules that read them are in
`kinerja_core.performance.behaviour`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from itertools import pairwise

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import (
    as_tuple,
    enum_repr,
    enum_table,
    instance_check,
    member_of,
    optional_non_blank,
)
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import (
    Text,
)
from kinerja_core.core.numbers import to_decimal
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.performance.ratings import Rating

__all__ = [
    "BEHAVIOUR_AGGREGATION",
    "BEHAVIOUR_GUIDES",
    "BEHAVIOUR_SCORES",
    "BehaviourAggregation",
    "BehaviourJudgement",
    "CoreValue",
    "RaterRole",
    "SpecialExpectations",
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
class BehaviourJudgement(Document):
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


def _expectation_texts(value: object) -> FrozenMap[CoreValue, str]:
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            "texts",
            value,
            "must be a mapping of CoreValue to text",
            reason_id="harus berupa pemetaan dari CoreValue ke teks",
            code="wrong_type",
        )
    texts: dict[CoreValue, str] = {}
    for key, text in value.items():
        if not isinstance(key, CoreValue):
            raise InvalidValueError(
                "texts",
                key,
                "keys must be CoreValue members",
                reason_id="kuncinya harus anggota CoreValue",
                code="unknown_key",
            )
        if not isinstance(text, str) or not text.strip():
            raise InvalidValueError(
                f"texts[{key.value}]",
                text,
                "must be a non-empty string",
                reason_id="wajib diisi dengan teks (tidak boleh kosong)",
                code="blank",
            )
        texts[key] = text
    return FrozenMap({member: texts[member] for member in CoreValue if member in texts})


@attrs.frozen
class SpecialExpectations(Document):
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
            raise InvalidValueError(
                "core_value",
                core_value,
                "must be a CoreValue",
                reason_id="harus berupa CoreValue",
                code="wrong_type",
            )
        return self.texts.get(core_value)


# ---------------------------------------------------------------------------------------------
# Parameters


def _check_guides(value: object) -> FrozenMap[CoreValue, tuple[Text, ...]]:
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            "behaviour_guides",
            value,
            "must be a mapping",
            reason_id="harus berupa pemetaan",
            code="wrong_type",
        )
    guides: dict[CoreValue, tuple[Text, ...]] = {}
    for member in CoreValue:
        if member not in value:
            raise InvalidValueError(
                "behaviour_guides",
                member.value,
                "every core value needs its behaviour guides",
                reason_id="setiap nilai dasar memerlukan panduan perilakunya",
                code="missing_entry",
            )
        items = as_tuple(value[member], field=f"behaviour_guides[{member.value}]")
        if not items or not all(isinstance(item, Text) for item in items):
            raise InvalidValueError(
                f"behaviour_guides[{member.value}]",
                items,
                "must be a non-empty sequence of Text",
                reason_id="harus berupa daftar Text yang tidak kosong",
                code="wrong_type",
            )
        guides[member] = items
    if len(value) != len(guides):
        extra = [key for key in value if key not in guides]
        raise InvalidValueError(
            "behaviour_guides",
            extra,
            "keys must be CoreValue members",
            reason_id="kuncinya harus anggota CoreValue",
            code="unknown_key",
        )
    return FrozenMap(guides)


def _check_scores(value: object) -> FrozenMap[Rating, Decimal]:
    scores = enum_table(
        value,
        field="behaviour_scores",
        members=sorted(Rating, key=lambda r: r.rank),
        entry="a score",
        entry_id="skor",
        convert=lambda rating, score: to_decimal(score, field=f"behaviour_scores[{rating.value}]"),
    )
    for (low, low_score), (high, high_score) in pairwise(scores.items()):
        if not low_score < high_score:
            raise InvalidValueError(
                "behaviour_scores",
                {low.value: str(low_score), high.value: str(high_score)},
                "scores must increase strictly from Di Bawah to Sesuai to Di Atas Ekspektasi",
                reason_id="skor harus terus naik dari Di Bawah ke Sesuai ke Di Atas Ekspektasi",
                code="out_of_order",
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
