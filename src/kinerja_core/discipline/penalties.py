"""The vocabulary of disciplinary penalties (hukuman disiplin) and an employee's penalty record.

Enum *values* are the official Indonesian wording of PP 94/2021 Pasal 8 (and of PP 53/2010
Pasal 7 for the kinds PP 94/2021 dropped), so `Penalty("Teguran Lisan")` works;
[`Penalty.parse`][kinerja_core.discipline.Penalty.parse] and
[`PenaltyLevel.parse`][kinerja_core.discipline.PenaltyLevel.parse] accept them case- and
white-space-insensitively plus a short list of variants seen in real data.

A penalty's level is not a property of its kind: PP 53/2010 made *penurunan pangkat* a sedang
penalty for one year (Pasal 7(3)(c)) and a berat one for three years (Pasal 7(4)(a)). So a
[`PenaltyRecord`][kinerja_core.discipline.PenaltyRecord] states both.
"""

from __future__ import annotations

from datetime import date

import attrs

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import a_date, an_optional_date, member_of
from kinerja_core.core.documents import Document
from kinerja_core.core.errors import InvalidValueError

__all__ = ["Penalty", "PenaltyLevel", "PenaltyRecord"]


class PenaltyLevel(LabelledEnum):
    """The level of a disciplinary penalty (tingkat hukuman disiplin), PP 94/2021 Pasal 8(1)."""

    LIGHT = "Ringan"
    MODERATE = "Sedang"
    SEVERE = "Berat"

    @classmethod
    def _variants(cls) -> dict[str, PenaltyLevel]:
        return {
            "hukuman disiplin ringan": cls.LIGHT,
            "hukuman disiplin sedang": cls.MODERATE,
            "hukuman disiplin berat": cls.SEVERE,
        }

    @classmethod
    def _english(cls) -> dict[PenaltyLevel, str]:
        return {cls.LIGHT: "Light", cls.MODERATE: "Moderate", cls.SEVERE: "Severe"}

    @property
    def rank(self) -> int:
        """Order of the levels: 1 (Ringan) < 2 (Sedang) < 3 (Berat)."""
        return _LEVEL_RANK[self]


_LEVEL_RANK = {PenaltyLevel.LIGHT: 1, PenaltyLevel.MODERATE: 2, PenaltyLevel.SEVERE: 3}


class Penalty(LabelledEnum):
    """A kind of disciplinary penalty (jenis hukuman disiplin).

    PP 94/2021 Pasal 8: ringan — teguran lisan, teguran tertulis, pernyataan tidak puas secara
    tertulis; sedang — pemotongan tunjangan kinerja 25 % for 6, 9 or 12 months; berat — penurunan
    jabatan setingkat lebih rendah, pembebasan dari jabatan (menjadi jabatan pelaksana),
    pemberhentian dengan hormat tidak atas permintaan sendiri. PP 53/2010 Pasal 7 adds the kinds
    that PP 94/2021 Pasal 42 still applies until a PP on Gaji dan Tunjangan takes effect
    (penundaan kenaikan gaji berkala, penundaan kenaikan pangkat, penurunan pangkat) and
    pemberhentian tidak dengan hormat.
    """

    VERBAL_REPRIMAND = "Teguran Lisan"
    WRITTEN_REPRIMAND = "Teguran Tertulis"
    WRITTEN_STATEMENT_OF_DISSATISFACTION = "Pernyataan Tidak Puas Secara Tertulis"
    ALLOWANCE_CUT = "Pemotongan Tunjangan Kinerja"
    DELAYED_SALARY_INCREMENT = "Penundaan Kenaikan Gaji Berkala"
    DELAYED_PROMOTION = "Penundaan Kenaikan Pangkat"
    RANK_REDUCTION = "Penurunan Pangkat Setingkat Lebih Rendah"
    DEMOTION = "Penurunan Jabatan Setingkat Lebih Rendah"
    RELEASE_FROM_POSITION = "Pembebasan dari Jabatan"
    DISMISSAL = "Pemberhentian dengan Hormat Tidak atas Permintaan Sendiri"
    DISHONOURABLE_DISMISSAL = "Pemberhentian Tidak dengan Hormat"

    @classmethod
    def _variants(cls) -> dict[str, Penalty]:
        return {
            "pernyataan tidak puas": cls.WRITTEN_STATEMENT_OF_DISSATISFACTION,
            "pemotongan tunjangan kinerja sebesar 25%": cls.ALLOWANCE_CUT,
            "penundaan kgb": cls.DELAYED_SALARY_INCREMENT,
            "penundaan kenaikan gaji berkala selama 1 tahun": cls.DELAYED_SALARY_INCREMENT,
            "penundaan kenaikan pangkat selama 1 tahun": cls.DELAYED_PROMOTION,
            "penurunan pangkat": cls.RANK_REDUCTION,
            "penurunan jabatan": cls.DEMOTION,
            "pemindahan dalam rangka penurunan jabatan setingkat lebih rendah": cls.DEMOTION,
            "pembebasan dari jabatannya menjadi jabatan pelaksana": cls.RELEASE_FROM_POSITION,
            "pemberhentian dengan hormat": cls.DISMISSAL,
            "pemberhentian tidak dengan hormat sebagai pns": cls.DISHONOURABLE_DISMISSAL,
        }

    @classmethod
    def _english(cls) -> dict[Penalty, str]:
        return {
            cls.VERBAL_REPRIMAND: "Verbal reprimand",
            cls.WRITTEN_REPRIMAND: "Written reprimand",
            cls.WRITTEN_STATEMENT_OF_DISSATISFACTION: "Written statement of dissatisfaction",
            cls.ALLOWANCE_CUT: "Performance allowance cut",
            cls.DELAYED_SALARY_INCREMENT: "Delayed periodic salary increment",
            cls.DELAYED_PROMOTION: "Delayed promotion in rank",
            cls.RANK_REDUCTION: "Reduction in rank by one grade",
            cls.DEMOTION: "Demotion to a position one level lower",
            cls.RELEASE_FROM_POSITION: "Release from position",
            cls.DISMISSAL: "Honourable dismissal not at own request",
            cls.DISHONOURABLE_DISMISSAL: "Dishonourable dismissal",
        }

    @property
    def dismissal(self) -> bool:
        """Whether the penalty ends the employment (either kind of dismissal)."""
        return self in (Penalty.DISMISSAL, Penalty.DISHONOURABLE_DISMISSAL)


@attrs.frozen
class PenaltyRecord(Document):
    """A disciplinary penalty an employee received: one line of a penalty history.

    Careers rules read penalty histories: a sedang or berat penalty in the window disqualifies
    a Satyalancana Karya Satya, and the count restarts once the penalty is served.

    Attributes:
        penalty: The kind of penalty.
        level: Its level (not implied by the kind: see the module's note).
        imposed_on: The date of the decree imposing it (tanggal keputusan).
        served_on: The date it was declared served (selesai menjalani hukuman disiplin), or
            `None` while it runs (or for a reprimand, which has no duration).

    Examples:
        >>> PenaltyRecord(Penalty.DELAYED_PROMOTION, PenaltyLevel.MODERATE, date(2022, 3, 1),
        ...               served_on=date(2023, 3, 1)).served_on
        datetime.date(2023, 3, 1)
    """

    penalty: Penalty = attrs.field(validator=member_of(Penalty))
    level: PenaltyLevel = attrs.field(validator=member_of(PenaltyLevel))
    imposed_on: date = attrs.field(validator=a_date)
    served_on: date | None = attrs.field(default=None, validator=an_optional_date)

    def __attrs_post_init__(self) -> None:
        if self.served_on is not None and self.served_on < self.imposed_on:
            raise InvalidValueError(
                "served_on",
                self.served_on,
                f"must not be before imposed_on ({self.imposed_on.isoformat()})",
                reason_id=(
                    f"tidak boleh sebelum tanggal penjatuhan ({self.imposed_on.isoformat()})"
                ),
                code="out_of_order",
            )
