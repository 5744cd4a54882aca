"""Vocabulary and parameter specs (no data, no formulas).

The national values of these parameters, with their citations, are data in
`kinerja_core.national.regimes`; the rules that read them are in
`kinerja_core.regimes.timeline`.
"""

from __future__ import annotations

from kinerja_core.core._labels import LabelledEnum
from kinerja_core.core._validators import (
    check_member,
)
from kinerja_core.core.parameters import ParameterSpec

__all__ = ["REGIME_TIMELINE", "Regime"]


class Regime(LabelledEnum):
    """An individual performance-management regime; values are the regulations' short names."""

    PP_46_2011 = "PP 46/2011"
    """Penilaian prestasi kerja: numeric SKP, nilai prestasi kerja = 60 % SKP + 40 % perilaku."""
    PP_30_2019 = "PP 30/2019"
    """Penilaian kinerja PNS via PermenPANRB 8/2021: numeric SKP with predikat bands (H2 2021)."""
    PERMENPANRB_6_2022 = "PermenPANRB 6/2022"
    """Pengelolaan kinerja pegawai ASN: ratings and predikat, no numeric score."""

    @classmethod
    def _english(cls) -> dict[Regime, str]:
        return {
            cls.PP_46_2011: "Government Regulation 46/2011 (work-performance appraisal)",
            cls.PP_30_2019: "Government Regulation 30/2019 (civil-servant performance appraisal)",
            cls.PERMENPANRB_6_2022: "PANRB Minister Regulation 6/2022 (ASN performance management)",
        }

    @classmethod
    def _variants(cls) -> dict[str, Regime]:
        return {
            "pp no. 46 tahun 2011": cls.PP_46_2011,
            "pp nomor 46 tahun 2011": cls.PP_46_2011,
            "pp 30 tahun 2019": cls.PP_30_2019,
            "pp no. 30 tahun 2019": cls.PP_30_2019,
            "pp nomor 30 tahun 2019": cls.PP_30_2019,
            "permenpan rb 6/2022": cls.PERMENPANRB_6_2022,
            "permenpanrb nomor 6 tahun 2022": cls.PERMENPANRB_6_2022,
        }

    @property
    def title(self) -> str:
        """The regulation's full official title (in Indonesian)."""
        return _TITLES[self]


_TITLES = {
    Regime.PP_46_2011: (
        "Peraturan Pemerintah Nomor 46 Tahun 2011 tentang Penilaian Prestasi Kerja Pegawai "
        "Negeri Sipil"
    ),
    Regime.PP_30_2019: (
        "Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil"
    ),
    Regime.PERMENPANRB_6_2022: (
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun "
        "2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara"
    ),
}


def _check_regime(value: object) -> Regime:
    return check_member(value, Regime, field="regime_timeline")


REGIME_TIMELINE: ParameterSpec[Regime] = ParameterSpec(
    "regime_timeline",
    "The individual performance-management regime in force from each date.",
    _check_regime,
)
"""Parameter: the regime timeline (each version: the regime in force from its date)."""
