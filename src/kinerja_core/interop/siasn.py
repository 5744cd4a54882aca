"""BKN SIASN codes for ratings, predicates (kuadran) and period cadences.

SIASN, BKN's civil-service information system, stores the PermenPANRB 6/2022 results as
integers:

| SIASN field | code → meaning |
|---|---|
| `hasilKinerjaNilai`, `perilakuKerjaNilai` | 1 Di Atas, 2 Sesuai, 3 Di Bawah Ekspektasi |
| `kuadranKinerjaNilai` | 1 Sangat Baik, 2 Baik, 3 Butuh Perbaikan, 4 Kurang, 5 Sangat Kurang |
| `periodikId` | 1 Bulanan (monthly), 2 Triwulanan (quarterly) |

**These tables come from public software, not from BKN documentation** (domain reference §1 [C]:
three programs agree on the rating codes; the kuadran codes are SIASN reference data bundled in a
public SIASN client SDK). Each table is therefore a dated parameter whose citation says so, and a
region or a later SIASN change can override it.

The kuadran is the *predikat*, found through the predikat matrix — never `max(hasil, perilaku)`,
which a program seen in the wild computes and which is wrong for (Di Atas, Di Bawah) and
(Sesuai, Di Bawah): both are 4 (Kurang). Use
[`siasn_performance_codes`][kinerja_core.interop.siasn_performance_codes].

SIASN's reference data spells the ratings "DIATAS ESPEKTASI", "SESUAI ESPEKTASI" and "DIBAWAH
ESPEKTASI" (sic). [`parse_siasn_rating`][kinerja_core.interop.parse_siasn_rating] accepts exactly
those and the official labels, in any letter case, and nothing looser. Field names are cased
differently when reading (`KuadranKinerjaNilai`, `PerilakuKerjaNilai`) and saving
(`kuadranKinerjaNilai`);
[`SiasnPerformanceCodes.to_fields`][kinerja_core.interop.SiasnPerformanceCodes] uses the saving
names.
"""

from __future__ import annotations

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core.errors import InvalidValueError, UnknownLabelError
from kinerja_core.core.explain import Explanation, Step, Text
from kinerja_core.core.parameters import Resolved, Rules
from kinerja_core.interop.siasn_specs import (
    _E,
    SIASN_PERIOD_CODES,
    SIASN_PREDICATE_CODES,
    SIASN_RATING_CODES,
    SIASN_RATING_LABELS,
    _a_code,
)
from kinerja_core.national import rules_or_national
from kinerja_core.performance.predicate import predicate_of
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.periods.period import PeriodKind

__all__ = [
    "SIASN_PERIOD_CODES",
    "SIASN_PREDICATE_CODES",
    "SIASN_RATING_CODES",
    "SIASN_RATING_LABELS",
    "SiasnPerformanceCodes",
    "parse_siasn_rating",
    "period_kind_from_siasn",
    "period_kind_to_siasn",
    "predicate_from_siasn",
    "predicate_to_siasn",
    "rating_from_siasn",
    "rating_to_siasn",
    "siasn_performance_codes",
]


def _encode(
    member: object, domain: type[_E], field: str, table: Resolved[FrozenMap[_E, int]]
) -> int:
    if not isinstance(member, domain):
        raise InvalidValueError(field, member, f"must be a {domain.__name__}")
    code = table.value.get(member)
    if code is None:
        valid = ", ".join(str(m.value) for m in table.value)
        raise InvalidValueError(field, member, f"has no SIASN code; coded values: {valid}")
    return code


def _decode(code: object, field: str, table: Resolved[FrozenMap[_E, int]]) -> _E:
    checked = _a_code(code, field)
    for member, known in table.value.items():
        if known == checked:
            return member
    valid = ", ".join(f"{known} ({member.value})" for member, known in table.value.items())
    raise InvalidValueError(field, code, f"not a SIASN code; valid codes: {valid}")


def rating_to_siasn(rating: Rating, *, rules: Rules | None = None) -> int:
    """The SIASN code of a rating (`hasilKinerjaNilai` / `perilakuKerjaNilai`).

    Args:
        rating: The rating.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The code (nationally 1 Di Atas, 2 Sesuai, 3 Di Bawah Ekspektasi).

    Raises:
        InvalidValueError: If `rating` is not a `Rating`.

    Examples:
        >>> rating_to_siasn(Rating.ABOVE_EXPECTATIONS)
        1
    """
    table = rules_or_national(rules).resolve(SIASN_RATING_CODES)
    return _encode(rating, Rating, "rating", table)


def rating_from_siasn(code: int, *, rules: Rules | None = None) -> Rating:
    """The rating of a SIASN code (`hasilKinerjaNilai` / `perilakuKerjaNilai`).

    Args:
        code: The code, an `int`.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The rating.

    Raises:
        InvalidValueError: If `code` is not an `int` or not a rating code (the error lists
            the valid codes).

    Examples:
        >>> rating_from_siasn(3)
        <Rating.BELOW_EXPECTATIONS: 'Di Bawah Ekspektasi'>
    """
    table = rules_or_national(rules).resolve(SIASN_RATING_CODES)
    return _decode(code, "code", table)


def predicate_to_siasn(predicate: Predicate, *, rules: Rules | None = None) -> int:
    """The SIASN code of a predicate (`kuadranKinerjaNilai`).

    Args:
        predicate: The predicate.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The code (nationally 1 Sangat Baik … 5 Sangat Kurang).

    Raises:
        InvalidValueError: If `predicate` is not a `Predicate`.

    Examples:
        >>> predicate_to_siasn(Predicate.POOR)
        4
    """
    table = rules_or_national(rules).resolve(SIASN_PREDICATE_CODES)
    return _encode(predicate, Predicate, "predicate", table)


def predicate_from_siasn(code: int, *, rules: Rules | None = None) -> Predicate:
    """The predicate of a SIASN `kuadranKinerjaNilai` code.

    Args:
        code: The code, an `int`.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The predicate.

    Raises:
        InvalidValueError: If `code` is not an `int` or not a kuadran code.

    Examples:
        >>> predicate_from_siasn(2)
        <Predicate.GOOD: 'Baik'>
    """
    table = rules_or_national(rules).resolve(SIASN_PREDICATE_CODES)
    return _decode(code, "code", table)


def period_kind_to_siasn(kind: PeriodKind, *, rules: Rules | None = None) -> int:
    """The SIASN `periodikId` of a periodic evaluation cadence.

    Args:
        kind: The cadence (nationally only `MONTH` and `QUARTER` have a code).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The code (nationally 1 Bulanan, 2 Triwulanan).

    Raises:
        InvalidValueError: If `kind` is not a `PeriodKind` or has no SIASN code.

    Examples:
        >>> period_kind_to_siasn(PeriodKind.QUARTER)
        2
    """
    table = rules_or_national(rules).resolve(SIASN_PERIOD_CODES)
    return _encode(kind, PeriodKind, "kind", table)


def period_kind_from_siasn(code: int, *, rules: Rules | None = None) -> PeriodKind:
    """The periodic evaluation cadence of a SIASN `periodikId`.

    Args:
        code: The code, an `int`.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The cadence.

    Raises:
        InvalidValueError: If `code` is not an `int` or not a `periodikId`.
    """
    table = rules_or_national(rules).resolve(SIASN_PERIOD_CODES)
    return _decode(code, "code", table)


def parse_siasn_rating(text: str, *, rules: Rules | None = None) -> Rating:
    """Parse a rating label from SIASN data, strictly.

    Accepts the official labels ("Di Atas Ekspektasi", …) and SIASN's reference-data spellings
    ("DIATAS ESPEKTASI", "SESUAI ESPEKTASI", "DIBAWAH ESPEKTASI", sic), in any letter case —
    nothing else: no extra white space, no other variants. Use `Rating.parse` for free text.

    Args:
        text: The label.
        rules: The rules to apply (for the SIASN spellings); default: the latest national rules.

    Returns:
        The rating.

    Raises:
        UnknownLabelError: If the text is not one of those labels (the error lists them).

    Examples:
        >>> parse_siasn_rating("DIATAS ESPEKTASI")
        <Rating.ABOVE_EXPECTATIONS: 'Di Atas Ekspektasi'>
        >>> parse_siasn_rating("sesuai ekspektasi")
        <Rating.MEETS_EXPECTATIONS: 'Sesuai Ekspektasi'>
    """
    labels = rules_or_national(rules)[SIASN_RATING_LABELS]
    accepted = {str(r.value): r for r in Rating} | {label: r for r, label in labels.items()}
    if isinstance(text, str):
        key = text.casefold()
        for label, rating in accepted.items():
            if label.casefold() == key:
                return rating
    raise UnknownLabelError("siasn_rating", text, accepted)


@attrs.frozen
class SiasnPerformanceCodes:
    """The SIASN codes of one evaluation: both ratings and the kuadran (predikat).

    Attributes:
        work_result: `hasilKinerjaNilai`, the code of the work-result rating.
        behaviour: `perilakuKerjaNilai`, the code of the behaviour rating.
        quadrant: `kuadranKinerjaNilai`, the code of the predikat.
        predicate: The predikat the kuadran code stands for.
        explanation: How the codes were found.
    """

    work_result: int
    behaviour: int
    quadrant: int
    predicate: Predicate
    explanation: Explanation

    def to_fields(self) -> dict[str, int]:
        """The codes keyed by SIASN's field names for saving.

        Returns:
            `{"hasilKinerjaNilai": …, "perilakuKerjaNilai": …, "kuadranKinerjaNilai": …}`.
        """
        return {
            "hasilKinerjaNilai": self.work_result,
            "perilakuKerjaNilai": self.behaviour,
            "kuadranKinerjaNilai": self.quadrant,
        }

    def to_dict(self) -> dict[str, object]:
        """The codes, the predikat and the explanation as JSON-ready plain data."""
        return {
            **self.to_fields(),
            "predicate": self.predicate.value,
            "explanation": self.explanation.to_dict(),
        }


def siasn_performance_codes(
    work_result: Rating, behaviour: Rating, *, rules: Rules | None = None
) -> SiasnPerformanceCodes:
    """The SIASN codes for a pair of ratings, the kuadran through the predikat matrix.

    Args:
        work_result: The work-result rating (rating hasil kerja).
        behaviour: The behaviour rating (rating perilaku kerja).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The three codes, the predikat and the explanation.

    Raises:
        InvalidValueError: If a rating is not a `Rating`.
        RuleNotInForceError: If `rules` is for a date before the tables were in force.

    Examples:
        >>> codes = siasn_performance_codes(Rating.ABOVE_EXPECTATIONS, Rating.BELOW_EXPECTATIONS)
        >>> codes.to_fields()
        {'hasilKinerjaNilai': 1, 'perilakuKerjaNilai': 3, 'kuadranKinerjaNilai': 4}
    """
    in_force = rules_or_national(rules)
    steps: list[Step] = []
    predicate = predicate_of(work_result, behaviour, rules=in_force, trace=steps)
    ratings = in_force.resolve(SIASN_RATING_CODES)
    predicates = in_force.resolve(SIASN_PREDICATE_CODES)
    work_code = _encode(work_result, Rating, "work_result", ratings)
    behaviour_code = _encode(behaviour, Rating, "behaviour", ratings)
    quadrant = _encode(predicate, Predicate, "predicate", predicates)
    step = Step(
        Text(
            "Kode SIASN: rating hasil kerja, rating perilaku kerja, dan kuadran (= predikat)",
            "SIASN codes: work-result rating, behaviour rating, and kuadran (= predicate)",
        ),
        inputs=(
            ("work_result", work_result),
            ("behaviour", behaviour),
            ("predicate", predicate),
        ),
        parameters=[
            ratings.use(work_code, entry=work_result.value),
            ratings.use(behaviour_code, entry=behaviour.value),
            predicates.use(quadrant, entry=predicate.value),
        ],
        result=(work_code, behaviour_code, quadrant),
    )
    return SiasnPerformanceCodes(
        work_result=work_code,
        behaviour=behaviour_code,
        quadrant=quadrant,
        predicate=predicate,
        explanation=Explanation((*steps, step)),
    )
