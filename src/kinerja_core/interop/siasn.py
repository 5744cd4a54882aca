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
(`kuadranKinerjaNilai`, `perilakuKerjaNilai`); `hasilKinerjaNilai` is the same in both. The
accepted spellings are the parameter `SIASN_FIELD_NAMES`.

Whole records go both ways:
[`decode_siasn_record`][kinerja_core.interop.decode_siasn_record] reads a record's field names
and codes into a [`SiasnRecord`][kinerja_core.interop.SiasnRecord] (ratings, predikat, cadence),
accepting exactly those spellings and refusing any other spelling of the same fields with the
accepted ones listed; [`encode_siasn_record`][kinerja_core.interop.encode_siasn_record] writes a
record back with the saving (default) or reading names, and
[`SiasnPerformanceCodes.to_fields`][kinerja_core.interop.SiasnPerformanceCodes] takes the same
choice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._validators import enum_repr, member_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError, UnknownLabelError
from kinerja_core.core.explain import Explanation, Step, Text
from kinerja_core.core.parameters import Resolved, Rules
from kinerja_core.interop.siasn_specs import (
    _E,
    REQUIRED_FIELDS,
    SIASN_FIELD_NAMES,
    SIASN_PERIOD_CODES,
    SIASN_PREDICATE_CODES,
    SIASN_RATING_CODES,
    SIASN_RATING_LABELS,
    SiasnCasing,
    SiasnField,
    _a_code,
)
from kinerja_core.national import rules_or_national
from kinerja_core.performance.predicate import predicate_of
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.periods.period import PeriodKind

__all__ = [
    "SIASN_FIELD_NAMES",
    "SIASN_PERIOD_CODES",
    "SIASN_PREDICATE_CODES",
    "SIASN_RATING_CODES",
    "SIASN_RATING_LABELS",
    "SiasnCasing",
    "SiasnField",
    "SiasnPerformanceCodes",
    "SiasnRecord",
    "decode_siasn_record",
    "encode_siasn_record",
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
        raise InvalidValueError(
            field,
            member,
            f"must be a {domain.__name__}",
            reason_id=f"harus berupa {domain.__name__}",
            code="wrong_type",
        )
    code = table.value.get(member)
    if code is None:
        valid = ", ".join(str(m.value) for m in table.value)
        raise InvalidValueError(
            field,
            member,
            f"has no SIASN code; coded values: {valid}",
            reason_id=f"tidak memiliki kode SIASN; nilai yang berkode: {valid}",
            code="unknown_siasn_code",
        )
    return code


def _decode(code: object, field: str, table: Resolved[FrozenMap[_E, int]]) -> _E:
    checked = _a_code(code, field)
    for member, known in table.value.items():
        if known == checked:
            return member
    valid = ", ".join(f"{known} ({member.value})" for member, known in table.value.items())
    raise InvalidValueError(
        field,
        code,
        f"not a SIASN code; valid codes: {valid}",
        reason_id=f"bukan kode SIASN; kode yang sah: {valid}",
        code="unknown_siasn_code",
    )


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
class SiasnPerformanceCodes(Document):
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

    def to_fields(
        self, casing: SiasnCasing = SiasnCasing.WRITE, *, rules: Rules | None = None
    ) -> dict[str, int]:
        """The codes keyed by SIASN's field names, for saving (default) or as read.

        Args:
            casing: Whose field names to use (`SiasnCasing.WRITE`: the saving endpoints',
                `SiasnCasing.READ`: the reading endpoints').
            rules: The rules whose `SIASN_FIELD_NAMES` to use; default: the latest national
                rules.

        Returns:
            `{"hasilKinerjaNilai": …, "perilakuKerjaNilai": …, "kuadranKinerjaNilai": …}` (for
            reading: `PerilakuKerjaNilai`, `KuadranKinerjaNilai`).

        Raises:
            InvalidValueError: If `casing` is not a `SiasnCasing`.
        """
        names = _names(casing, rules)
        return {
            names[SiasnField.WORK_RESULT]: self.work_result,
            names[SiasnField.BEHAVIOUR]: self.behaviour,
            names[SiasnField.QUADRANT]: self.quadrant,
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


# --- records: decode and encode -----------------------------------------------------------------


def _names(casing: object, rules: Rules | None) -> FrozenMap[SiasnField, str]:
    if not isinstance(casing, SiasnCasing):
        valid = ", ".join(f"SiasnCasing.{c.name}" for c in SiasnCasing)
        raise InvalidValueError(
            "casing",
            casing,
            f"must be one of {valid}",
            reason_id=f"harus salah satu dari {valid}",
            code="not_a_member",
        )
    return rules_or_national(rules)[SIASN_FIELD_NAMES][casing]


@attrs.frozen
class SiasnRecord(Document):
    """The performance values of one SIASN record (an SKP 2022 or kinerja periodik entry).

    What [`decode_siasn_record`][kinerja_core.interop.decode_siasn_record] reads and
    [`encode_siasn_record`][kinerja_core.interop.encode_siasn_record] writes. The predicate is
    the record's kuadran as given; build a record from two ratings with `SiasnRecord.of`, which
    finds the predikat through the matrix, and check a record read from SIASN with
    `matches_matrix`.

    Attributes:
        work_result: `hasilKinerjaNilai`, the work-result rating.
        behaviour: `perilakuKerjaNilai` / `PerilakuKerjaNilai`, the behaviour rating.
        predicate: `kuadranKinerjaNilai` / `KuadranKinerjaNilai`, the kuadran (the predikat).
        period_kind: `periodikId`, the cadence of a periodic evaluation (`None`: none given).
    """

    work_result: Rating = attrs.field(validator=member_of(Rating), repr=enum_repr)
    behaviour: Rating = attrs.field(validator=member_of(Rating), repr=enum_repr)
    predicate: Predicate = attrs.field(validator=member_of(Predicate), repr=enum_repr)
    period_kind: PeriodKind | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(member_of(PeriodKind)),
        repr=lambda kind: "None" if kind is None else enum_repr(kind),
    )

    @classmethod
    def of(
        cls,
        work_result: Rating,
        behaviour: Rating,
        *,
        period_kind: PeriodKind | None = None,
        rules: Rules | None = None,
    ) -> SiasnRecord:
        """The record of two ratings, its predikat found through the predikat matrix.

        Args:
            work_result: The work-result rating.
            behaviour: The behaviour rating.
            period_kind: The cadence of a periodic evaluation, if it is one.
            rules: The rules to apply; default: the latest national rules.

        Returns:
            The record.

        Raises:
            InvalidValueError: If a rating is not a `Rating` or `period_kind` not a `PeriodKind`.

        Examples:
            >>> SiasnRecord.of(Rating.ABOVE_EXPECTATIONS, Rating.BELOW_EXPECTATIONS).predicate
            <Predicate.POOR: 'Kurang/Misconduct'>
        """
        predicate = predicate_of(work_result, behaviour, rules=rules)
        return cls(work_result, behaviour, predicate, period_kind)

    def matches_matrix(self, *, rules: Rules | None = None) -> bool:
        """Whether the kuadran is the predikat the matrix gives for the two ratings.

        A record written by a program that computes the kuadran as `max(hasil, perilaku)` does
        not match for (Di Atas, Di Bawah) and (Sesuai, Di Bawah).

        Args:
            rules: The rules to apply; default: the latest national rules.

        Returns:
            `True` if `predicate` is the matrix's predikat for the ratings.
        """
        return predicate_of(self.work_result, self.behaviour, rules=rules) is self.predicate


_NOT_A_LETTER = re.compile(r"[\W_]+")


def _folded(name: str) -> str:
    """A field name for spotting other spellings: letters and digits only, case-folded."""
    return _NOT_A_LETTER.sub("", name).casefold()


def _spellings(names: Mapping[SiasnCasing, Mapping[SiasnField, str]]) -> str:
    return "; ".join(
        f"{casing.value} ({casing.name.lower()}): " + ", ".join(table.values())
        for casing, table in names.items()
    )


def _unknown_spelling(key: str, listed: str) -> InvalidValueError:
    return InvalidValueError(
        "record",
        key,
        f"not an accepted spelling of a SIASN field; accepted: {listed}",
        reason_id=f"bukan ejaan nama field SIASN yang diterima; yang diterima: {listed}",
        code="unknown_siasn_field",
    )


def decode_siasn_record(
    fields: Mapping[str, object], *, casing: SiasnCasing | None = None, rules: Rules | None = None
) -> SiasnRecord:
    """Read the performance values of a SIASN record: field names and integer codes.

    Accepts exactly the field names of `SIASN_FIELD_NAMES` — nationally, saving:
    `hasilKinerjaNilai`, `perilakuKerjaNilai`, `kuadranKinerjaNilai`, `periodikId`; reading:
    `hasilKinerjaNilai`, `PerilakuKerjaNilai`, `KuadranKinerjaNilai` — and the codes of
    `SIASN_RATING_CODES`, `SIASN_PREDICATE_CODES` and `SIASN_PERIOD_CODES`. Other keys of the
    record (`id`, `tahun`, `namaPenilai`, …) are ignored, except a key that is another spelling
    of one of these fields (`HasilKinerjaNilai`, `kuadran_kinerja_nilai`, any key equal to one
    of them once letter case, `_`, `-` and spaces are set aside): that is refused with the
    accepted spellings, never guessed. A record must use one casing throughout.

    Args:
        fields: The record, a mapping of field names to values (e.g. parsed JSON).
        casing: The casing the record must use; default: whichever its names show.
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The ratings, the kuadran (predikat) and, when `periodikId` is given, the cadence.

    Raises:
        InvalidValueError: If `fields` is not a mapping; a key is another spelling of a field
            (code `"unknown_siasn_field"`, listing the accepted spellings), a field is given
            twice or missing, the record mixes the two casings, or a code is not an `int` or not
            a known code (the error lists the valid codes).

    Examples:
        >>> record = decode_siasn_record(
        ...     {"hasilKinerjaNilai": 1, "PerilakuKerjaNilai": 3, "KuadranKinerjaNilai": 4}
        ... )
        >>> record.predicate
        <Predicate.POOR: 'Kurang/Misconduct'>
        >>> encode_siasn_record(record)
        {'hasilKinerjaNilai': 1, 'perilakuKerjaNilai': 3, 'kuadranKinerjaNilai': 4}
    """
    in_force = rules_or_national(rules)
    every = in_force[SIASN_FIELD_NAMES]
    if casing is not None:
        _names(casing, in_force)
    names = every if casing is None else {casing: every[casing]}
    if not isinstance(fields, Mapping):
        raise InvalidValueError(
            "record",
            fields,
            "must be a mapping of SIASN field names to codes",
            reason_id="harus berupa pemetaan nama field SIASN ke kode",
            code="wrong_type",
        )
    listed = _spellings(names)
    field_of = {_folded(name): field for table in every.values() for field, name in table.items()}
    found: dict[SiasnField, tuple[str, object]] = {}
    for key, value in fields.items():
        field = field_of.get(_folded(key)) if isinstance(key, str) else None
        if field is None:
            continue  # another column of the record
        if not any(table.get(field) == key for table in names.values()):
            raise _unknown_spelling(key, listed)
        if field in found:
            raise InvalidValueError(
                "record",
                [found[field][0], key],
                f"gives {field.value} twice",
                reason_id=f"{field.value} diberikan dua kali",
                code="duplicate_siasn_field",
            )
        found[field] = (key, value)
    used = [key for key, _ in found.values()]
    casings = [c for c, table in names.items() if set(used) <= set(table.values())]
    if not casings:
        raise InvalidValueError(
            "record",
            used,
            f"mixes the field names of saving and reading; accepted: {listed}",
            reason_id=f"mencampur nama field untuk simpan dan baca; yang diterima: {listed}",
            code="mixed_siasn_casing",
        )
    missing = [field.value for field in REQUIRED_FIELDS if field not in found]
    if missing:
        raise InvalidValueError(
            "record",
            missing,
            f"missing SIASN fields; accepted spellings: {listed}",
            reason_id=f"field SIASN tidak ada; ejaan yang diterima: {listed}",
            code="missing_siasn_field",
        )
    ratings = in_force.resolve(SIASN_RATING_CODES)
    work_key, work_code = found[SiasnField.WORK_RESULT]
    behaviour_key, behaviour_code = found[SiasnField.BEHAVIOUR]
    quadrant_key, quadrant_code = found[SiasnField.QUADRANT]
    period = found.get(SiasnField.PERIOD)
    return SiasnRecord(
        _decode(work_code, work_key, ratings),
        _decode(behaviour_code, behaviour_key, ratings),
        _decode(quadrant_code, quadrant_key, in_force.resolve(SIASN_PREDICATE_CODES)),
        None
        if period is None
        else _decode(period[1], period[0], in_force.resolve(SIASN_PERIOD_CODES)),
    )


def encode_siasn_record(
    record: SiasnRecord, *, casing: SiasnCasing = SiasnCasing.WRITE, rules: Rules | None = None
) -> dict[str, int]:
    """Write a record as SIASN field names and integer codes.

    Args:
        record: The values to write (e.g. `SiasnRecord.of(work_result, behaviour)`).
        casing: Whose field names to use: `SiasnCasing.WRITE` (default, for the saving
            endpoints) or `SiasnCasing.READ` (as the reading endpoints give them).
        rules: The rules to apply; default: the latest national rules.

    Returns:
        The codes keyed by field name, in the order hasil, perilaku, kuadran, periodik
        (`periodikId` only when the record has a cadence).

    Raises:
        InvalidValueError: If `record` is not a `SiasnRecord`, `casing` not a `SiasnCasing`,
            the cadence has no `periodikId` code, or the casing has no name for it (nationally
            the reading casing has none).

    Examples:
        >>> record = SiasnRecord.of(Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS)
        >>> encode_siasn_record(record, casing=SiasnCasing.READ)
        {'hasilKinerjaNilai': 2, 'PerilakuKerjaNilai': 3, 'KuadranKinerjaNilai': 4}
    """
    if not isinstance(record, SiasnRecord):
        raise InvalidValueError(
            "record",
            record,
            "must be a SiasnRecord",
            reason_id="harus berupa SiasnRecord",
            code="wrong_type",
        )
    in_force = rules_or_national(rules)
    names = _names(casing, in_force)
    ratings = in_force.resolve(SIASN_RATING_CODES)
    result = {
        names[SiasnField.WORK_RESULT]: _encode(record.work_result, Rating, "work_result", ratings),
        names[SiasnField.BEHAVIOUR]: _encode(record.behaviour, Rating, "behaviour", ratings),
        names[SiasnField.QUADRANT]: _encode(
            record.predicate, Predicate, "predicate", in_force.resolve(SIASN_PREDICATE_CODES)
        ),
    }
    if record.period_kind is not None:
        name = names.get(SiasnField.PERIOD)
        if name is None:
            raise InvalidValueError(
                "period_kind",
                record.period_kind,
                f"the {casing.value} ({casing.name.lower()}) casing has no "
                f"{SiasnField.PERIOD.value} field",
                reason_id=f"nama field untuk {casing.value} tidak memuat {SiasnField.PERIOD.value}",
            )
        result[name] = _encode(
            record.period_kind, PeriodKind, "period_kind", in_force.resolve(SIASN_PERIOD_CODES)
        )
    return result
