"""Vocabulary and parameter specs (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.interop`; the rules that read them are in
`kinerja_core.interop.siasn`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date
from typing import TypeVar

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._validators import enum_table
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.explain import Text
from kinerja_core.core.parameters import ParameterSpec
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
]

_E = TypeVar("_E", bound=enum.Enum)


class SiasnField(enum.Enum):
    """A performance field of a SIASN record; the values are SIASN's names for saving."""

    WORK_RESULT = "hasilKinerjaNilai"
    """The code of the work-result rating (rating hasil kerja)."""
    BEHAVIOUR = "perilakuKerjaNilai"
    """The code of the behaviour rating (rating perilaku kerja)."""
    QUADRANT = "kuadranKinerjaNilai"
    """The code of the kuadran, which is the predikat."""
    PERIOD = "periodikId"
    """The code of the periodic evaluation cadence (kinerja periodik only)."""


class SiasnCasing(enum.Enum):
    """Which SIASN endpoints a record's field names follow: saving or reading.

    SIASN spells some field names differently when it gives a record back than when it takes
    one: `KuadranKinerjaNilai` and `PerilakuKerjaNilai` when reading, `kuadranKinerjaNilai` and
    `perilakuKerjaNilai` when saving (see `SIASN_FIELD_NAMES`).
    """

    WRITE = "simpan"
    """The names the saving endpoints take (`kuadranKinerjaNilai`)."""
    READ = "baca"
    """The names the reading endpoints give (`KuadranKinerjaNilai`)."""


REQUIRED_FIELDS = (SiasnField.WORK_RESULT, SiasnField.BEHAVIOUR, SiasnField.QUADRANT)
"""The fields every casing must name and every record must have (`PERIOD` is optional)."""


def _a_code(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(
            field,
            value,
            "must be an int (a SIASN code)",
            reason_id="harus int (sebuah kode SIASN)",
            code="not_a_siasn_code",
        )
    return value


def _check_codes(value: object, name: str, domain: type[_E], *, total: bool) -> FrozenMap[_E, int]:
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            name,
            value,
            f"must be a mapping of {domain.__name__} to int",
            reason_id=f"harus berupa pemetaan {domain.__name__} ke int",
            code="wrong_type",
        )
    codes: dict[_E, int] = {}
    for key, code in value.items():
        if not isinstance(key, domain):
            raise InvalidValueError(
                name,
                key,
                f"keys must be {domain.__name__} members",
                reason_id=f"kuncinya harus anggota {domain.__name__}",
                code="not_a_member",
            )
        codes[key] = _a_code(code, f"{name}[{key.value}]")
    if total:
        missing = [str(m.value) for m in domain if m not in codes]
        if missing:
            raise InvalidValueError(
                name,
                missing,
                "the table must give a code for every member",
                reason_id="tabel harus memberi kode untuk setiap anggota",
                code="missing_entry",
            )
    elif not codes:
        raise InvalidValueError(
            name,
            value,
            "the table must not be empty",
            reason_id="tabel tidak boleh kosong",
            code="empty",
        )
    if len(set(codes.values())) != len(codes):
        raise InvalidValueError(
            name,
            dict(value),
            "codes must be unique (the table is decoded)",
            reason_id="kode harus unik (tabel ini juga dipakai untuk membaca kode)",
            code="duplicate",
        )
    return FrozenMap({member: codes[member] for member in domain if member in codes})


def _check_rating_codes(value: object) -> FrozenMap[Rating, int]:
    return _check_codes(value, "siasn_rating_codes", Rating, total=True)


def _check_predicate_codes(value: object) -> FrozenMap[Predicate, int]:
    return _check_codes(value, "siasn_predicate_codes", Predicate, total=True)


def _check_period_codes(value: object) -> FrozenMap[PeriodKind, int]:
    return _check_codes(value, "siasn_period_codes", PeriodKind, total=False)


def _a_label(rating: Rating, text: object) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InvalidValueError(
            f"siasn_rating_labels[{rating.value}]",
            text,
            "must be a non-empty label",
            reason_id="harus berupa label yang tidak kosong",
            code="blank",
        )
    return text


def _check_labels(value: object) -> FrozenMap[Rating, str]:
    name = "siasn_rating_labels"
    labels = enum_table(
        value,
        field=name,
        members=Rating,
        entry="a non-empty label",
        entry_id="label yang tidak kosong",
        convert=_a_label,
    )
    owners: dict[str, Rating] = {str(r.value).casefold(): r for r in Rating}
    for rating, text in labels.items():
        owner = owners.setdefault(text.casefold(), rating)
        if owner is not rating:
            raise InvalidValueError(
                f"{name}[{rating.value}]",
                text,
                f"is already the label of {owner.value}",
                reason_id=f"sudah menjadi label {owner.value}",
                code="duplicate",
            )
    return FrozenMap(labels)


def _check_field_names(value: object) -> FrozenMap[SiasnCasing, FrozenMap[SiasnField, str]]:
    name = "siasn_field_names"
    tables = enum_table(
        value,
        field=name,
        members=SiasnCasing,
        entry="a mapping of SiasnField to a field name",
        entry_id="pemetaan SiasnField ke nama kolom",
        convert=lambda casing, names: _casing_names(names, f"{name}[{casing.value}]"),
    )
    owners: dict[str, SiasnField] = {}
    for casing, names in tables.items():
        for field, spelling in names.items():
            owner = owners.setdefault(spelling, field)
            if owner is not field:
                raise InvalidValueError(
                    f"{name}[{casing.value}][{field.value}]",
                    spelling,
                    f"is already the name of {owner.value}: a name means one field in every "
                    "casing (records are decoded whatever their casing)",
                    reason_id=f"sudah menjadi nama {owner.value}: satu nama berarti satu kolom "
                    "pada setiap ejaan (data dibaca apa pun ejaannya)",
                    code="duplicate",
                )
    return FrozenMap(tables)


def _casing_names(value: object, name: str) -> FrozenMap[SiasnField, str]:
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            name,
            value,
            "must be a mapping of SiasnField to a field name",
            reason_id="harus berupa pemetaan SiasnField ke nama kolom",
            code="wrong_type",
        )
    names: dict[SiasnField, str] = {}
    for field, spelling in value.items():
        if not isinstance(field, SiasnField):
            raise InvalidValueError(
                name,
                field,
                "keys must be SiasnField members",
                reason_id="kuncinya harus anggota SiasnField",
                code="not_a_member",
            )
        if not isinstance(spelling, str) or not spelling.strip() or spelling != spelling.strip():
            raise InvalidValueError(
                f"{name}[{field.value}]",
                spelling,
                "must be a field name without white space",
                reason_id="harus berupa nama kolom tanpa spasi",
                code="blank",
            )
        names[field] = spelling
    missing = [field.value for field in REQUIRED_FIELDS if field not in names]
    if missing:
        raise InvalidValueError(
            name,
            missing,
            "every casing must name these fields",
            reason_id="setiap ejaan harus menamai kolom-kolom ini",
            code="missing_entry",
        )
    if len(set(names.values())) != len(names):
        raise InvalidValueError(
            name,
            dict(value),
            "the names must differ within a casing",
            reason_id="nama-nama dalam satu ejaan harus berbeda",
            code="duplicate",
        )
    return FrozenMap({field: names[field] for field in SiasnField if field in names})


SIASN_RATING_CODES: ParameterSpec[FrozenMap[Rating, int]] = ParameterSpec(
    "siasn_rating_codes",
    "SIASN codes of the ratings (hasilKinerjaNilai, perilakuKerjaNilai).",
    _check_rating_codes,
)
"""Parameter: SIASN `hasilKinerjaNilai` / `perilakuKerjaNilai` codes: 1 Di Atas, 2 Sesuai,
3 Di Bawah Ekspektasi."""

SIASN_PREDICATE_CODES: ParameterSpec[FrozenMap[Predicate, int]] = ParameterSpec(
    "siasn_predicate_codes",
    "SIASN codes of the predicates (kuadranKinerjaNilai).",
    _check_predicate_codes,
)
"""Parameter: SIASN `kuadranKinerjaNilai` codes: 1 Sangat Baik, 2 Baik, 3 Butuh Perbaikan,
4 Kurang, 5 Sangat Kurang."""

SIASN_PERIOD_CODES: ParameterSpec[FrozenMap[PeriodKind, int]] = ParameterSpec(
    "siasn_period_codes",
    "SIASN codes of the periodic evaluation cadences (periodikId).",
    _check_period_codes,
)
"""Parameter: SIASN `periodikId` codes: 1 Bulanan, 2 Triwulanan (other cadences have none)."""

SIASN_RATING_LABELS: ParameterSpec[FrozenMap[Rating, str]] = ParameterSpec(
    "siasn_rating_labels",
    "The rating labels as spelled in SIASN reference data.",
    _check_labels,
)
"""Parameter: the rating labels of SIASN reference data ("DIATAS ESPEKTASI", sic)."""

SIASN_FIELD_NAMES: ParameterSpec[FrozenMap[SiasnCasing, FrozenMap[SiasnField, str]]] = (
    ParameterSpec(
        "siasn_field_names",
        "The SIASN field names accepted and written, for saving and for reading.",
        _check_field_names,
    )
)
"""Parameter: for each `SiasnCasing`, the exact name of each `SiasnField` (a casing may lack
`PERIOD`). Nationally, saving: `hasilKinerjaNilai`, `perilakuKerjaNilai`, `kuadranKinerjaNilai`,
`periodikId`; reading: `hasilKinerjaNilai`, `PerilakuKerjaNilai`, `KuadranKinerjaNilai`."""

_SIASN_START = date(2022, 1, 1)
_SOFTWARE_NOTE = Text(
    "Dari perangkat lunak publik; belum dikonfirmasi oleh dokumentasi BKN.",
    "From public software; not confirmed by BKN documentation.",
)
