"""Vocabulary and parameter specs of the talent 9-box (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.talent`; the rules that read them are in `kinerja_core.talent.box`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kinerja_core.core._frozen import FrozenMap
from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.core.parameters import ParameterSpec
from kinerja_core.core.tables import (
    BandTable,
    Interval,
    LookupMatrix,
    band_table_check,
    matrix_check,
)
from kinerja_core.performance.ratings import Rating

__all__ = [
    "BOXES",
    "TALENT_BOX_MATRIX",
    "TALENT_FOLLOW_UPS",
    "TALENT_PERFORMANCE_BANDS",
    "TALENT_POTENTIAL_BANDS",
    "FollowUp",
    "Potential",
]

BOXES = range(1, 10)
"""The box numbers of the 9-box: 1 to 9."""


class Potential(LabelledEnum):
    """An employee's potential (potensial), the second axis of the talent 9-box.

    The three levels of the manajemen talenta grid (PermenPANRB 3/2020 as public programs
    encode it): Rendah, Menengah, Tinggi.
    """

    LOW = "Rendah"
    MEDIUM = "Menengah"
    HIGH = "Tinggi"

    @classmethod
    def _english(cls) -> dict[Potential, str]:
        return {cls.LOW: "Low", cls.MEDIUM: "Medium", cls.HIGH: "High"}

    @property
    def rank(self) -> int:
        """Order of the levels: 1 (Rendah) < 2 (Menengah) < 3 (Tinggi)."""
        return _POTENTIAL_RANK[self]


_POTENTIAL_RANK = {Potential.LOW: 1, Potential.MEDIUM: 2, Potential.HIGH: 3}


class FollowUp(LabelledEnum):
    """A follow-up (tindak lanjut) for an employee: a talent-box action or a development step.

    The talent-box follow-ups are those the reference grid of manajemen talenta lists per box
    (promotion, retention, succession, award, rotation, job enrichment, competency development,
    study, fitting placement, coaching, counselling, handling under the regulations); the
    development recommendations use coaching, counselling, competency development and training.
    Values are the Indonesian terms; `.parse` also accepts "bimbingan kinerja" (coaching),
    "konseling kinerja" (counselling) and "talent pool" (the succession pool).
    """

    PROMOTION = "Promosi"
    RETENTION = "Dipertahankan"
    SUCCESSION = "Kelompok Rencana Suksesi"
    AWARD = "Penghargaan"
    ROTATION = "Rotasi"
    JOB_ENRICHMENT = "Pengayaan Jabatan"
    COMPETENCY_DEVELOPMENT = "Pengembangan Kompetensi"
    STUDY = "Tugas Belajar"
    FITTING_PLACEMENT = "Penempatan yang Sesuai"
    COACHING = "Coaching"
    COUNSELLING = "Konseling"
    TRAINING = "Pelatihan"
    PER_REGULATIONS = "Diproses Sesuai Ketentuan Peraturan Perundang-undangan"

    @classmethod
    def _variants(cls) -> dict[str, FollowUp]:
        return {
            "bimbingan kinerja": cls.COACHING,
            "konseling kinerja": cls.COUNSELLING,
            "talent pool": cls.SUCCESSION,
        }

    @classmethod
    def _english(cls) -> dict[FollowUp, str]:
        return {
            cls.PROMOTION: "Promotion",
            cls.RETENTION: "Retention",
            cls.SUCCESSION: "Succession pool",
            cls.AWARD: "Award",
            cls.ROTATION: "Rotation",
            cls.JOB_ENRICHMENT: "Job enrichment",
            cls.COMPETENCY_DEVELOPMENT: "Competency development",
            cls.STUDY: "Study assignment",
            cls.FITTING_PLACEMENT: "Fitting placement",
            cls.COACHING: "Coaching",
            cls.COUNSELLING: "Counselling",
            cls.TRAINING: "Training",
            cls.PER_REGULATIONS: "Handled under the regulations",
        }


_BOX_CELLS = matrix_check("talent_box_matrix", (Rating, Potential), int)


def _check_box_matrix(value: object) -> LookupMatrix[int]:
    matrix = _BOX_CELLS(value)
    numbers = sorted(matrix.cells.values())
    if any(type(n) is not int for n in numbers) or numbers != list(BOXES):
        raise InvalidValueError(
            "talent_box_matrix",
            numbers,
            "the nine cells must hold the box numbers 1 to 9, each once",
            reason_id="kesembilan sel harus berisi nomor kotak 1 sampai dengan 9, masing-masing "
            "sekali",
            code="inconsistent",
        )
    return matrix


TALENT_BOX_MATRIX: ParameterSpec[LookupMatrix[int]] = ParameterSpec(
    "talent_box_matrix",
    "The talent 9-box: the box number (1-9) for each (performance rating, potential) pair.",
    _check_box_matrix,
)
"""Parameter: the 9-box grid, a [`LookupMatrix`][kinerja_core.core.LookupMatrix] keyed by
`(performance: Rating, potential: Potential)` whose nine cells hold the numbers 1 to 9, each
once. An override may be a `LookupMatrix` or a plain mapping of the nine pairs."""


def follow_up_tuple(value: object, field: str) -> tuple[FollowUp, ...]:
    """Check a sequence of distinct follow-ups (for the specs of the talent area).

    Args:
        value: A list or tuple of `FollowUp`.
        field: The name used in error messages.

    Returns:
        The follow-ups as a tuple, in the order given.

    Raises:
        InvalidValueError: If it is not a sequence, holds something else, or repeats one.
    """
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise InvalidValueError(
            field,
            value,
            "must be a sequence of FollowUp",
            reason_id="harus berupa daftar FollowUp",
            code="wrong_type",
        )
    items = tuple(value)
    for item in items:
        if not isinstance(item, FollowUp):
            raise InvalidValueError(
                field,
                item,
                "must be a FollowUp (use FollowUp.parse for text labels)",
                reason_id="harus berupa FollowUp (gunakan FollowUp.parse untuk label teks)",
                code="wrong_type",
            )
    if len(set(items)) != len(items):
        raise InvalidValueError(
            field,
            [item.value for item in items],
            "lists a follow-up more than once",
            reason_id="memuat tindak lanjut yang sama lebih dari sekali",
            code="duplicate",
        )
    return items


def _check_follow_ups(value: object) -> FrozenMap[int, tuple[FollowUp, ...]]:
    if not isinstance(value, Mapping):
        raise InvalidValueError(
            "talent_follow_ups",
            value,
            "must map each box number 1-9 to its follow-ups",
            reason_id="harus memetakan setiap nomor kotak 1-9 ke tindak lanjutnya",
            code="wrong_type",
        )
    keys: list[Any] = list(value)
    if any(type(key) is not int for key in keys) or sorted(keys) != list(BOXES):
        raise InvalidValueError(
            "talent_follow_ups",
            keys,
            "must have exactly the box numbers 1 to 9 as keys",
            reason_id="kuncinya harus tepat nomor kotak 1 sampai dengan 9",
            code="missing_entry",
        )
    return FrozenMap(
        {box: follow_up_tuple(value[box], f"talent_follow_ups[{box}]") for box in BOXES}
    )


TALENT_FOLLOW_UPS: ParameterSpec[FrozenMap[int, tuple[FollowUp, ...]]] = ParameterSpec(
    "talent_follow_ups",
    "The recommended follow-ups of each talent box (1-9).",
    _check_follow_ups,
)
"""Parameter: for each box number 1-9, its recommended follow-ups (a tuple of `FollowUp`, in
the order the reference lists them; box 1 is handled under the regulations)."""

_POTENTIAL_SCALE = Interval(0, 100, upper_closed=True)

TALENT_POTENTIAL_BANDS: ParameterSpec[BandTable[Potential]] = ParameterSpec(
    "talent_potential_bands",
    "An institution's bands from a potential score (0-100) to the potential level.",
    band_table_check(
        "talent_potential_bands", Potential, domain=_POTENTIAL_SCALE, monotone="increasing"
    ),
    institution_only=True,
)
"""Parameter set by each institution (no national value): the bands that turn a potential
score on a 0-100 scale (e.g. from an assessment centre or uji kompetensi) into a `Potential`,
a [`BandTable`][kinerja_core.core.BandTable] covering exactly `0 ≤ x ≤ 100` whose levels never
fall as the score rises."""

TALENT_PERFORMANCE_BANDS: ParameterSpec[BandTable[Rating]] = ParameterSpec(
    "talent_performance_bands",
    "An institution's bands from a performance score to the performance axis of the 9-box.",
    band_table_check("talent_performance_bands", Rating, monotone="increasing"),
    institution_only=True,
)
"""Parameter set by each institution (no national value): the bands that turn a performance
score on the institution's own scale into the 9-box's performance axis (a `Rating`), a
[`BandTable`][kinerja_core.core.BandTable] whose ratings never fall as the score rises."""
