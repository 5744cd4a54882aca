"""Synthetic workforces: seeded, realistic cohorts of ASN for population runs (numpy only).

[`synthetic_workforce`][kinerja_core.testing.synthetic_workforce] makes a
[`Population`][kinerja_core.population.Population] that looks like a Pemda's (or, with
`regions=`, a nation's) workforce for one paid month: distinct 18-digit NIPs, units with skewed
sizes, a golongan and jenjang mix that agree with each other, ratings, potential, TPP base
amounts and the month's attendance. It is separate from the hypothesis strategies, which look
for edge cases; this one looks like everyday data, in volume (the 4.3 million of the national
cohort in a few seconds: vectorised numpy, no Python per row). It needs the `population` extra
(numpy), not hypothesis.

The same `seed` and arguments give identical arrays (one `numpy.random.default_rng(seed)`,
drawn in a fixed order). Every distribution is a field of
[`WorkforceProfile`][kinerja_core.testing.WorkforceProfile] with a documented default; pass
your own profile (`attrs.evolve(DEFAULT_PROFILE, absent_share=0.1)`) to change them.

**The numbers are illustrative, not statistics.** They are chosen to look plausible (most
employees *Sesuai Ekspektasi*, most months without an absence, schools full of functional
teachers); the unit and place names borrow from the kinds of examples in writing on ASN
performance management in Indonesian regions (Kota Banjarbaru, Kabupaten Mamuju, Kuranji,
Lubuk Begalung, Salor); no figure comes from BKN data. Use the cohorts to exercise and time
code, and to prototype analyses, never to estimate the real workforce.

The default distributions (per row unless said otherwise):

| column | default distribution |
|---|---|
| `employee` | an 18-digit NIP as `int64` (see below) |
| `unit` | the units of a Pemda (see below), sizes skewed (log-normal weights) |
| `position` | jabatan fungsional by unit kind (see below); the others: pimpinan tinggi 1 %, |
| | administrator 4 %, pengawas 10 %, pelaksana 85 % |
| `level` | jabatan fungsional rows: Ahli Pertama 30 %, Ahli Muda 25 %, Ahli Madya 12 %, |
| | Ahli Utama 0.5 %, Pemula 2.5 %, Terampil 12 %, Mahir 10 %, Penyelia 8 %; others missing |
| `rank` | a golongan of the jenjang (`FunctionalLevel.ranks`) or of the position |
| | (`POSITION_RANKS`), weighted by `rank_weights` (most in III/a-III/d) |
| `months` | 12 for 96 %, else uniform 1-11 |
| `work_result` | Di Atas Ekspektasi 15 %, Sesuai Ekspektasi 80 %, Di Bawah Ekspektasi 5 % |
| `behaviour` | Di Atas 12 %, Sesuai 85 %, Di Bawah 3 % (independent of `work_result`) |
| `potential` | assessed for 30 %: Rendah 20 %, Menengah 60 %, Tinggi 20 %; others missing |
| `base_amount` | the golongan's median × the position's factor × uniform 80-125 %, rounded |
| | down to Rp 1 000, within Rp 1 500 000-15 000 000 (integer arithmetic only) |
| `working_days` | the month's Monday-Friday days not in `holidays` (or `working_days=`) |
| `absent_days` | 0 for 97 %; else geometric from 1 with mean 2 (at most the working days) |
| `consecutive_absent_days` | the absent days for 30 % of rows with 2 or more, else 1 (0 if none) |
| `late_minutes` | Poisson(1.5) arrivals (at most the days present), minutes geometric, mean 12 |
| `early_leave_minutes` | Poisson(0.3) leaves (at most the days present), minutes geometric, |
| | mean 20 |
| `missed_ceremonies` | binomial(2 ceremonies, 6 %) |
| `absent_days_year` | this month's and each earlier month's absent days (drawn alike), plus |
| | 10-45 days of a long absence for 0.2 % |

Minutes are at most 450 (a working day). **NIP** (Nomor Induk Pegawai, 18 digits): the
`yyyymmdd` birth date, the `yyyymm` TMT CPNS, the gender digit (1 male, 2 female: 52 %) and a
3-digit sequence. The golongan sets where a career began — golongan I at I/a aged 18-25,
golongan II at II/a aged 19-28, golongan III and IV at III/a aged 22-35 (uniform over months;
the TMT CPNS is always after the 18th birthday) — and each golongan step above that took 3 years,
plus a uniform 0-95 months overall, so that nobody is older than 58 at the paid month. The TMT
CPNS is never after the paid month. The sequence numbers the rows sharing a birth date, TMT and
gender (001, 002, … in row order); a group above 999 (only in huge cohorts) moves its extra rows
to another birth day of the same month, so the NIPs are always distinct.

**Units** (per region; a region gets as many numbered units as its expected size asks for):

| kind | employees | jabatan fungsional | units |
|---|---|---|---|
| perangkat daerah (Setda, Setwan, Inspektorat, 9 badan, 17 dinas, Satpol PP) | 30 % | 30 % | 30 |
| kecamatan | 7 % | 5 % | one per 40 employees |
| puskesmas | 12 % | 85 % | one per 35 |
| RSUD | 6 % | 80 % | 1 |
| SD Negeri | 30 % | 95 % | one per 9 |
| SMP Negeri | 15 % | 90 % | one per 25 |

With more than one region, region sizes are log-normal (σ 0.8) and each unit's name starts with
its region's (`"Kabupaten Mamuju / Dinas Kesehatan"`).

Examples:
    >>> from kinerja_core.testing import synthetic_workforce
    >>> staff = synthetic_workforce(9_000, seed=7)
    >>> len(staff), staff.employee.dtype.name
    (9000, 'int64')
    >>> len(str(staff.employee[0]))
    18
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import Any, Final

import attrs

try:
    import numpy as np
    import numpy.typing as npt
    from numpy.random import Generator, default_rng
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "kinerja_core.testing.workforce needs numpy; install it with "
        '`pip install "kinerja-core[population]"`'
    ) from error

from kinerja_core.careers.credit_specs import FunctionalLevel, Rank
from kinerja_core.core.errors import InvalidValueError
from kinerja_core.discipline.absence_specs import PositionKind
from kinerja_core.performance.ratings import Rating
from kinerja_core.periods.calendars import NO_HOLIDAYS
from kinerja_core.periods.period import Period
from kinerja_core.population.columns import MISSING, Population
from kinerja_core.talent.box_specs import Potential

__all__ = ["DEFAULT_PROFILE", "UnitKind", "WorkforceProfile", "synthetic_workforce"]

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


def _frozen(mapping: Mapping[Any, Any]) -> Mapping[Any, Any]:
    return MappingProxyType(dict(mapping))


def _shares(field: str, mapping: Mapping[Any, float], kind: type[Any]) -> None:
    if any(not isinstance(k, kind) for k in mapping) or not mapping:
        raise InvalidValueError(
            field,
            None,
            f"must map {kind.__name__} members to shares",
            reason_id=f"harus memetakan anggota {kind.__name__} ke porsinya",
            code="wrong_type",
            show_value=False,
        )
    if any(not v >= 0 for v in mapping.values()) or sum(mapping.values()) <= 0:
        raise InvalidValueError(
            field,
            None,
            "must have shares of zero or more, not all zero",
            reason_id="harus berisi porsi nol atau lebih, tidak semuanya nol",
            code="out_of_range",
            show_value=False,
        )


def _share(field: str, value: float) -> None:
    if not 0 <= value <= 1:
        raise InvalidValueError(
            field,
            value,
            "must be a share from 0 to 1",
            reason_id="harus berupa porsi dari 0 sampai dengan 1",
            code="out_of_range",
        )


def _positive(field: str, value: float) -> None:
    if not value > 0:
        raise InvalidValueError(
            field,
            value,
            "must be more than 0",
            reason_id="harus lebih dari 0",
            code="out_of_range",
        )


@attrs.frozen
class UnitKind:
    """A kind of unit in a synthetic Pemda (perangkat daerah, puskesmas, sekolah, …).

    Attributes:
        label: The kind's name (`"Puskesmas"`); numbered units are named from it.
        share: The share of a region's employees in units of this kind (the kinds' shares are
            normalised).
        functional_share: The share of its employees in a jabatan fungsional (teachers, nurses,
            doctors, analysts), who get a jenjang.
        names: Fixed unit names, one unit each (e.g. the dinas and badan); empty for units
            numbered by region size.
        employees_per_unit: For numbered kinds, the average employees per unit: a region gets
            `max(1, round(its expected employees of the kind / employees_per_unit))` units.
        pattern: For numbered kinds, the name of unit `n` (0-based) with `{place}` (a place
            name) or `{number}` (`n + 1`).
    """

    label: str
    share: float
    functional_share: float
    names: tuple[str, ...] = ()
    employees_per_unit: float = 1.0
    pattern: str = "{label} {place}"

    def __attrs_post_init__(self) -> None:
        _share("functional_share", self.functional_share)
        _positive("share", self.share)
        _positive("employees_per_unit", self.employees_per_unit)


_OFFICES: Final = (
    "Sekretariat Daerah",
    "Sekretariat DPRD",
    "Inspektorat Daerah",
    "Badan Perencanaan Pembangunan Daerah",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Badan Pendapatan Daerah",
    "Badan Penanggulangan Bencana Daerah",
    "Badan Kesatuan Bangsa dan Politik",
    "Badan Riset dan Inovasi Daerah",
    "Badan Pengelola Perbatasan Daerah",
    "Badan Penghubung Daerah",
    "Dinas Pendidikan",
    "Dinas Kesehatan",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Perumahan dan Kawasan Permukiman",
    "Dinas Sosial",
    "Dinas Tenaga Kerja",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Perhubungan",
    "Dinas Lingkungan Hidup",
    "Dinas Komunikasi dan Informatika",
    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "Dinas Pertanian",
    "Dinas Perikanan",
    "Dinas Koperasi dan Usaha Kecil Menengah",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    "Dinas Perdagangan",
    "Dinas Perpustakaan dan Kearsipan",
    "Satuan Polisi Pamong Praja",
)

PLACES: Final = (
    "Kuranji",
    "Lubuk Begalung",
    "Salor",
    "Sukamaju",
    "Sukajadi",
    "Mekarsari",
    "Sidomulyo",
    "Sumberrejo",
    "Karanganyar",
    "Tanjung Harapan",
    "Sungai Raya",
    "Muara Baru",
    "Talang Jaya",
    "Batu Ampar",
    "Kampung Baru",
    "Bukit Indah",
    "Pasir Putih",
    "Air Hitam",
    "Suka Damai",
    "Margamulya",
)
"""Illustrative place names for kecamatan and puskesmas (repeated with a number when used up)."""

REGIONS: Final = (
    "Kota Banjarbaru",
    "Kabupaten Mamuju",
    "Kota Padang",
    "Kabupaten Merauke",
)
"""The first region names of a multi-region cohort; the others are `Kabupaten Contoh 005`, …"""

DEFAULT_UNIT_KINDS: Final = (
    UnitKind("Perangkat Daerah", 0.30, 0.30, names=_OFFICES),
    UnitKind("Kecamatan", 0.07, 0.05, employees_per_unit=40),
    UnitKind("Puskesmas", 0.12, 0.85, employees_per_unit=35),
    UnitKind("RSUD", 0.06, 0.80, names=("Rumah Sakit Umum Daerah",)),
    UnitKind("SD Negeri", 0.30, 0.95, employees_per_unit=9, pattern="{label} {number}"),
    UnitKind("SMP Negeri", 0.15, 0.90, employees_per_unit=25, pattern="{label} {number}"),
)
"""The unit kinds of a Pemda (see the module's table)."""

POSITION_RANKS: Final = MappingProxyType(
    {
        PositionKind.SENIOR_EXECUTIVE: (Rank.IV_C, Rank.IV_E),
        PositionKind.ADMINISTRATOR: (Rank.III_D, Rank.IV_B),
        PositionKind.SUPERVISOR: (Rank.III_B, Rank.III_D),
        PositionKind.EXECUTOR: (Rank.I_A, Rank.III_D),
    }
)
"""The golongan range of each non-functional position (lowest, highest), illustrative."""


@attrs.frozen(kw_only=True)
class WorkforceProfile:
    """The distributions of a synthetic workforce (illustrative defaults, not statistics).

    Shares are probabilities (0-1); a mapping of shares is normalised. Amounts are whole rupiah.

    Attributes:
        unit_kinds: The kinds of unit of a region and their shares of employees.
        positions: Among rows not in a jabatan fungsional, the share of each position (not
            `FUNCTIONAL`); each position's golongan range is in `POSITION_RANKS`.
        levels: Among jabatan fungsional rows, the share of each jenjang.
        rank_weights: Relative weight of each golongan, restricted to the golongan a row's
            jenjang (`FunctionalLevel.ranks`) or position allows and normalised there.
        female_share: The share of NIPs with gender digit 2.
        full_year_share: The share of rows whose predikat covers 12 months (the others 1-11).
        work_result: The share of each work-result rating.
        behaviour: The share of each behaviour rating.
        potential_share: The share of rows with a potential assessment.
        potential: Among them, the share of each potential.
        allowance_share: The share of rows with a TPP base amount.
        base_by_rank: The median base TPP amount of each golongan (rupiah).
        position_percent: The factor of each position on the median, in percent.
        base_spread_percent: The uniform spread around the product, in percent (low, high).
        base_step: Amounts are rounded down to a multiple of this (rupiah).
        base_limits: Amounts are kept within these (rupiah).
        absent_share: The share of rows with unexcused absent days in a month.
        absent_days_mean: Their mean number of absent days (geometric from 1).
        consecutive_share: Among rows with 2 or more absent days, the share absent in one run.
        late_mean: Mean late arrivals in a month (Poisson).
        late_minutes_mean: Mean minutes of a late arrival (geometric from 1).
        early_leave_mean: Mean early leaves in a month (Poisson).
        early_leave_minutes_mean: Mean minutes of an early leave (geometric from 1).
        max_minutes: The most minutes of one late arrival or early leave.
        ceremonies: Ceremonies (upacara) in a month.
        missed_ceremony_rate: The chance of missing each one.
        long_absence_share: The share of rows with a long absence earlier in the year.
        long_absence_days: Its days (uniform, low-high).
    """

    unit_kinds: tuple[UnitKind, ...] = DEFAULT_UNIT_KINDS
    positions: Mapping[PositionKind, float] = attrs.field(
        default={
            PositionKind.SENIOR_EXECUTIVE: 0.01,
            PositionKind.ADMINISTRATOR: 0.04,
            PositionKind.SUPERVISOR: 0.10,
            PositionKind.EXECUTOR: 0.85,
        },
        converter=_frozen,
    )
    levels: Mapping[FunctionalLevel, float] = attrs.field(
        default={
            FunctionalLevel.AHLI_PERTAMA: 0.30,
            FunctionalLevel.AHLI_MUDA: 0.25,
            FunctionalLevel.AHLI_MADYA: 0.12,
            FunctionalLevel.AHLI_UTAMA: 0.005,
            FunctionalLevel.PEMULA: 0.025,
            FunctionalLevel.TERAMPIL: 0.12,
            FunctionalLevel.MAHIR: 0.10,
            FunctionalLevel.PENYELIA: 0.08,
        },
        converter=_frozen,
    )
    rank_weights: Mapping[Rank, float] = attrs.field(
        default=dict(
            zip(
                Rank,
                (1, 1, 2, 2, 6, 6, 7, 6, 14, 14, 12, 12, 9, 5, 2, 0.6, 0.2),
                strict=True,
            )
        ),
        converter=_frozen,
    )
    female_share: float = 0.52
    full_year_share: float = 0.96
    work_result: Mapping[Rating, float] = attrs.field(
        default={
            Rating.ABOVE_EXPECTATIONS: 0.15,
            Rating.MEETS_EXPECTATIONS: 0.80,
            Rating.BELOW_EXPECTATIONS: 0.05,
        },
        converter=_frozen,
    )
    behaviour: Mapping[Rating, float] = attrs.field(
        default={
            Rating.ABOVE_EXPECTATIONS: 0.12,
            Rating.MEETS_EXPECTATIONS: 0.85,
            Rating.BELOW_EXPECTATIONS: 0.03,
        },
        converter=_frozen,
    )
    potential_share: float = 0.30
    potential: Mapping[Potential, float] = attrs.field(
        default={Potential.LOW: 0.20, Potential.MEDIUM: 0.60, Potential.HIGH: 0.20},
        converter=_frozen,
    )
    allowance_share: float = 1.0
    base_by_rank: Mapping[Rank, int] = attrs.field(
        default=dict(
            zip(
                Rank,
                (
                    *(1_900_000, 2_000_000, 2_100_000, 2_200_000),
                    *(2_600_000, 2_750_000, 2_900_000, 3_050_000),
                    *(3_800_000, 4_000_000, 4_300_000, 4_600_000),
                    *(5_500_000, 5_900_000, 6_400_000, 7_000_000, 7_700_000),
                ),
                strict=True,
            )
        ),
        converter=_frozen,
    )
    position_percent: Mapping[PositionKind, int] = attrs.field(
        default={
            PositionKind.SENIOR_EXECUTIVE: 190,
            PositionKind.ADMINISTRATOR: 145,
            PositionKind.SUPERVISOR: 120,
            PositionKind.FUNCTIONAL: 100,
            PositionKind.EXECUTOR: 90,
        },
        converter=_frozen,
    )
    base_spread_percent: tuple[int, int] = (80, 125)
    base_step: int = 1_000
    base_limits: tuple[int, int] = (1_500_000, 15_000_000)
    absent_share: float = 0.03
    absent_days_mean: float = 2.0
    consecutive_share: float = 0.30
    late_mean: float = 1.5
    late_minutes_mean: float = 12.0
    early_leave_mean: float = 0.3
    early_leave_minutes_mean: float = 20.0
    max_minutes: int = 450
    ceremonies: int = 2
    missed_ceremony_rate: float = 0.06
    long_absence_share: float = 0.002
    long_absence_days: tuple[int, int] = (10, 45)

    def __attrs_post_init__(self) -> None:
        if not self.unit_kinds or any(not isinstance(k, UnitKind) for k in self.unit_kinds):
            raise InvalidValueError(
                "unit_kinds",
                None,
                "must be one or more UnitKind",
                reason_id="harus berupa satu atau lebih UnitKind",
                code="wrong_type",
                show_value=False,
            )
        self._check_careers()
        _shares("work_result", self.work_result, Rating)
        _shares("behaviour", self.behaviour, Rating)
        _shares("potential", self.potential, Potential)
        for name in _SHARE_FIELDS:
            _share(name, getattr(self, name))
        for name, low in _MEAN_FIELDS.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not value >= low:
                raise InvalidValueError(
                    name,
                    value,
                    f"must be a number, {low} or more",
                    reason_id=f"harus berupa bilangan, {low} atau lebih",
                    code="out_of_range",
                )
        self._check_amounts()
        _whole_pair("long_absence_days", self.long_absence_days, 0, 366)
        _whole("max_minutes", self.max_minutes, 1, 24 * 60)
        _whole("ceremonies", self.ceremonies, 0, 31)

    def _check_careers(self) -> None:
        _shares("positions", self.positions, PositionKind)
        if PositionKind.FUNCTIONAL in self.positions:
            raise InvalidValueError(
                "positions",
                PositionKind.FUNCTIONAL.value,
                "are the positions of rows outside a jabatan fungsional",
                reason_id="adalah jabatan baris di luar jabatan fungsional",
                code="invalid_value",
            )
        _shares("levels", self.levels, FunctionalLevel)
        _shares("rank_weights", self.rank_weights, Rank)
        for level in self.levels:
            if self.levels[level] and not any(self.rank_weights.get(r) for r in level.ranks):
                raise _no_rank("levels", level.value)
        for position in self.positions:
            if self.positions[position] and not any(
                self.rank_weights.get(r) for r in _rank_range(*POSITION_RANKS[position])
            ):
                raise _no_rank("positions", position.value)

    def _check_amounts(self) -> None:
        if set(self.base_by_rank) != set(Rank) or set(self.position_percent) != set(PositionKind):
            raise InvalidValueError(
                "base_by_rank",
                None,
                "base_by_rank needs every Rank and position_percent every PositionKind",
                reason_id="base_by_rank memerlukan setiap Rank dan position_percent setiap "
                "PositionKind",
                code="incomplete",
                show_value=False,
            )
        for rank, amount in self.base_by_rank.items():
            _whole(f"base_by_rank[{rank.value}]", amount, 0, 10**12)
        for position, percent in self.position_percent.items():
            _whole(f"position_percent[{position.value}]", percent, 0, 10_000)
        _whole_pair("base_spread_percent", self.base_spread_percent, 0, 10_000)
        _whole_pair("base_limits", self.base_limits, 0, 10**12)
        _whole("base_step", self.base_step, 1, 10**9)


_SHARE_FIELDS: Final = (
    "female_share",
    "full_year_share",
    "potential_share",
    "allowance_share",
    "absent_share",
    "consecutive_share",
    "missed_ceremony_rate",
    "long_absence_share",
)
_MEAN_FIELDS: Final = MappingProxyType(
    {
        "absent_days_mean": 1,
        "late_minutes_mean": 1,
        "early_leave_minutes_mean": 1,
        "late_mean": 0,
        "early_leave_mean": 0,
    }
)


def _whole(name: str, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidValueError(
            name,
            value,
            f"must be a whole number from {low} to {high}",
            reason_id=f"harus bilangan bulat dari {low} sampai dengan {high}",
            code="out_of_range",
        )


def _whole_pair(name: str, pair: object, low: int, high: int) -> None:
    if (
        not isinstance(pair, tuple)
        or len(pair) != 2
        or any(isinstance(v, bool) or not isinstance(v, int) for v in pair)
        or not low <= pair[0] <= pair[1] <= high
    ):
        raise InvalidValueError(
            name,
            pair,
            f"must be a pair of whole numbers (low, high) from {low} to {high}",
            reason_id=f"harus berupa pasangan bilangan bulat (bawah, atas) dari {low} "
            f"sampai dengan {high}",
            code="out_of_range",
        )


def _rank_range(low: Rank, high: Rank) -> list[Rank]:
    return [r for r in Rank if low.rank <= r.rank <= high.rank]


def _no_rank(field: str, name: str) -> InvalidValueError:
    return InvalidValueError(
        field,
        name,
        "has a share but none of its golongan has a weight in rank_weights",
        reason_id="memiliki porsi tetapi tidak satu pun golongannya berbobot dalam rank_weights",
        code="inconsistent",
    )


DEFAULT_PROFILE: Final = WorkforceProfile()
"""The default distributions (see the module's table)."""

_MAX_AGE: Final = 58
_CAREER_STARTS: Final = (  # (first rank of the golongan group, entry rank, youngest, oldest)
    (Rank.I_A, Rank.I_A, 18, 25),
    (Rank.II_A, Rank.II_A, 19, 28),
    (Rank.III_A, Rank.III_A, 22, 35),
)
_MONTHS_PER_STEP: Final = 36
_EXTRA_SERVICE_MONTHS: Final = 96
_MAX_SEQUENCE: Final = 999
_RANKS: Final = tuple(Rank)
_LEVELS: Final = tuple(FunctionalLevel)
_POSITIONS: Final = tuple(PositionKind)


_SCALE: Final = 2**32
"""Chances are drawn exactly: a uniform integer below 2**32 against integer thresholds."""

Codes = npt.NDArray[np.int8]
Small = npt.NDArray[np.int16]
Uniform = npt.NDArray[np.uint32]


def _uniform(rng: Generator, size: int) -> Uniform:
    return rng.integers(0, _SCALE, size, dtype=np.uint32)


def _chance(rng: Generator, share: float, size: int) -> npt.NDArray[np.bool_]:
    """Each row `True` with probability `share` (exact to 2**-32)."""
    threshold = round(share * _SCALE)
    drawn = _uniform(rng, size)
    if threshold >= _SCALE:
        return np.ones(size, dtype=bool)
    return drawn < np.uint32(threshold)


def _thresholds(shares: Sequence[float]) -> tuple[list[int], list[int]]:
    """The categories with a share and the cumulative thresholds between them."""
    kept = [i for i, s in enumerate(shares) if s > 0]
    total = sum(shares[i] for i in kept)
    running, cuts = 0.0, []
    for i in kept[:-1]:
        running += shares[i]
        cuts.append(min(round(running / total * _SCALE), _SCALE - 1))
    return kept, cuts


def _categories(drawn: Uniform, shares: Sequence[float]) -> Codes:
    """The category of each uniform draw (an index into `shares`), by comparisons only."""
    kept, cuts = _thresholds(shares)
    local = np.zeros(len(drawn), dtype=np.int8)
    for cut in cuts:
        local += drawn >= np.uint32(cut)
    if kept == list(range(len(kept))):
        return local
    return np.array(kept, dtype=np.int8)[local]


def _draw(rng: Generator, shares: Sequence[float], size: int) -> Codes:
    """One category per row with the given shares."""
    return _categories(_uniform(rng, size), shares)


def _draw_by_group(rng: Generator, shares: Sequence[Sequence[float]], group: Codes) -> Codes:
    """One category per row, from the shares of the row's group (rows sorted by group once)."""
    drawn = _uniform(rng, len(group))
    order = np.argsort(group, kind="stable")  # a radix sort of small codes
    bounds = np.concatenate(([0], np.cumsum(np.bincount(group, minlength=len(shares)))))
    found = np.empty(len(group), dtype=np.int8)
    for g, row in enumerate(shares):
        rows = order[bounds[g] : bounds[g + 1]]
        if len(rows):
            found[rows] = _categories(drawn[rows], row)
    return found


def _shares_of(mapping: Mapping[Any, float], members: Iterable[Any]) -> list[float]:
    return [mapping.get(m, 0.0) for m in members]


def _sparse_geometric(rng: Generator, share: float, mean: float, size: int) -> Small:
    """0 for most rows; for a `share` of them, a geometric count from 1 with the given mean."""
    rows = np.flatnonzero(_chance(rng, share, size))
    found = np.zeros(size, dtype=np.int16)
    found[rows] = np.minimum(rng.geometric(1.0 / mean, len(rows)), 366)
    return found


def _check_arguments(size: int, seed: int, year: int, month: int) -> None:
    for name, value, low, high in (
        ("size", size, 1, 100_000_000),
        ("seed", seed, 0, 2**63 - 1),
        ("year", year, 2000, 2100),
        ("month", month, 1, 12),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidValueError(
                name,
                value,
                f"must be a whole number from {low} to {high}",
                reason_id=f"harus bilangan bulat dari {low} sampai dengan {high}",
                code="out_of_range",
            )


def synthetic_workforce(
    size: int,
    *,
    seed: int,
    year: int = 2025,
    month: int = 3,
    regions: int | Sequence[str] = 1,
    units: Sequence[str] | None = None,
    working_days: int | None = None,
    holidays: Container[date] = NO_HOLIDAYS,
    profile: WorkforceProfile = DEFAULT_PROFILE,
) -> Population:
    """A seeded synthetic workforce for one paid month, as a `Population` (see the module).

    Args:
        size: The number of employees (rows), 1 to 100 million.
        seed: The seed of `numpy.random.default_rng`; the same seed and arguments give the same
            arrays.
        year: The year of the paid month.
        month: The paid month (1 = January); the attendance columns are this month's and
            `absent_days_year` counts January up to it.
        regions: The number of regions (1: one Pemda, unit names without a region; 546: about
            the national count of Pemda), or their names.
        units: Unit names to use instead of a Pemda's kinds (sizes skewed, the functional share
            the profile's overall one).
        working_days: The month's working days (default: its Monday-Friday days not in
            `holidays`).
        holidays: The holidays of the month, for the default `working_days`.
        profile: The distributions (default `DEFAULT_PROFILE`).

    Returns:
        A population with the columns `employee` (NIPs as `int64`), `unit`, `position`,
        `level`, `rank`, `months`, `work_result`, `behaviour`, `potential`, `base_amount` and
        the month's attendance (`working_days`, `absent_days`, `late_minutes`,
        `early_leave_minutes`, `missed_ceremonies`, `consecutive_absent_days`) and
        `absent_days_year`; rows are grouped by unit.

    Raises:
        InvalidValueError: If an argument is out of range or of the wrong type.

    Examples:
        >>> staff = synthetic_workforce(2_000, seed=1, regions=["Kabupaten Mamuju"])
        >>> staff.unit_names[0].startswith("Kabupaten Mamuju / ")
        True
        >>> bool((synthetic_workforce(2_000, seed=1).employee == staff.employee).all())
        True
    """
    _check_arguments(size, seed, year, month)
    if not isinstance(profile, WorkforceProfile):
        raise InvalidValueError(
            "profile",
            type(profile).__name__,
            "must be a WorkforceProfile",
            reason_id="harus berupa WorkforceProfile",
            code="wrong_type",
        )
    days = _working_days(year, month, working_days, holidays)
    rng = default_rng(seed)  # the only source of randomness: seeded
    names, unit, functional_share = _units(rng, size, regions, units, profile)
    position, level, rank = _careers(rng, unit, functional_share, profile)
    nip = _nips(rng, rank, year, month, profile)
    potential = _draw(rng, _shares_of(profile.potential, Potential), size)
    codes: dict[str, Codes] = {
        "position": position,
        "level": level,
        "rank": rank,
        "work_result": _draw(rng, _shares_of(profile.work_result, Rating), size),
        "behaviour": _draw(rng, _shares_of(profile.behaviour, Rating), size),
        "potential": np.where(
            _chance(rng, profile.potential_share, size), potential, np.int8(MISSING)
        ),
    }
    part_year = rng.integers(1, 12, size, dtype=np.int64)
    months = np.where(_chance(rng, profile.full_year_share, size), 12, part_year)
    base = _base_amounts(rng, rank, position, profile)
    wholes, minutes = _attendance(rng, size, days, month, profile)
    wholes["months"] = months
    return Population.from_arrays(
        nip,
        unit=unit,
        unit_names=names,
        codes=codes,
        wholes=wholes,
        base_amount=base,
        minutes=minutes,
    )


def _working_days(year: int, month: int, given: int | None, holidays: Container[date]) -> int:
    if given is None:
        return Period.month(year, month).working_days(holidays=holidays)
    if isinstance(given, bool) or not isinstance(given, int) or not 1 <= given <= 31:
        raise InvalidValueError(
            "working_days",
            given,
            "must be a whole number from 1 to 31",
            reason_id="harus bilangan bulat dari 1 sampai dengan 31",
            code="out_of_range",
        )
    return given


def _region_names(regions: int | Sequence[str]) -> tuple[str, ...]:
    if isinstance(regions, int) and not isinstance(regions, bool):
        if not 1 <= regions <= 100_000:
            raise InvalidValueError(
                "regions",
                regions,
                "must be from 1 to 100000 regions",
                reason_id="harus dari 1 sampai dengan 100000 wilayah",
                code="out_of_range",
            )
        if regions == 1:
            return ("",)
        return tuple(
            REGIONS[i] if i < len(REGIONS) else f"Kabupaten Contoh {i + 1:03d}"
            for i in range(regions)
        )
    return tuple(_name_list("regions", regions))


def _name_list(field: str, values: object) -> list[str]:
    if (
        isinstance(values, str)
        or not isinstance(values, Sequence)
        or not values
        or any(not isinstance(v, str) or not v.strip() for v in values)
        or len(set(values)) != len(values)
    ):
        raise InvalidValueError(
            field,
            None,
            "must be a number or a list of distinct, non-empty names",
            reason_id="harus berupa bilangan atau daftar nama yang berbeda dan tidak kosong",
            code="wrong_type",
            show_value=False,
        )
    return list(values)


def _place(number: int) -> str:
    place = PLACES[number % len(PLACES)]
    return place if number < len(PLACES) else f"{place} {number // len(PLACES) + 1}"


def _units(
    rng: Generator,
    size: int,
    regions: int | Sequence[str],
    units: Sequence[str] | None,
    profile: WorkforceProfile,
) -> tuple[tuple[str, ...], npt.NDArray[np.int32], Floats]:
    """Unit names, each row's unit (rows grouped by unit) and each unit's functional share."""
    region_names = _region_names(regions)
    kinds = profile.unit_kinds
    total = sum(k.share for k in kinds)
    names: list[str] = []
    functional: list[float] = []
    if units is not None:
        names = _name_list("units", units)
        weights = rng.lognormal(0.0, 1.0, len(names))
        functional = [sum(k.share * k.functional_share for k in kinds) / total] * len(names)
    else:
        region_weights = (
            np.ones(1) if len(region_names) == 1 else rng.lognormal(0.0, 0.8, len(region_names))
        )
        region_sizes = (size * region_weights / region_weights.sum()).tolist()
        counts = [
            [
                len(k.names) or max(1, round(n * k.share / total / k.employees_per_unit))
                for k in kinds
            ]
            for n in region_sizes
        ]
        numbered = [  # each kind's unit names, made once for the largest region
            list(k.names)
            or [
                k.pattern.format(label=k.label, place=_place(i), number=i + 1)
                for i in range(max(c[j] for c in counts))
            ]
            for j, k in enumerate(kinds)
        ]
        parts = []
        for region, expected, region_counts in zip(region_names, region_sizes, counts, strict=True):
            prefix = f"{region} / " if region else ""
            for kind, base_names, count in zip(kinds, numbered, region_counts, strict=True):
                names.extend([prefix + n for n in base_names[:count]])
                functional.extend([kind.functional_share] * count)
                within = rng.lognormal(0.0, 0.5, count)
                parts.append(expected * kind.share / total * within / within.sum())
        weights = np.concatenate(parts)
    counts_drawn = rng.multinomial(size, weights / weights.sum())
    kept = np.flatnonzero(counts_drawn)
    unit = np.repeat(np.arange(len(kept), dtype=np.int32), counts_drawn[kept])
    return (
        tuple(names[i] for i in kept.tolist()),
        unit,
        np.asarray(functional, dtype=np.float64)[kept],
    )


def _careers(
    rng: Generator,
    unit: npt.NDArray[np.int32],
    functional_share: Floats,
    profile: WorkforceProfile,
) -> tuple[Codes, Codes, Codes]:
    """Each row's position, jenjang (missing outside a jabatan fungsional) and golongan."""
    size = len(unit)
    thresholds = np.minimum(np.round(functional_share * _SCALE), _SCALE).astype(np.uint64)
    functional = _uniform(rng, size) < thresholds[unit]
    others = [p for p in _POSITIONS if p is not PositionKind.FUNCTIONAL]
    other_codes = np.array([_POSITIONS.index(p) for p in others], dtype=np.int8)
    drawn = _draw(rng, _shares_of(profile.positions, others), size)
    position = np.where(
        functional, np.int8(_POSITIONS.index(PositionKind.FUNCTIONAL)), other_codes[drawn]
    )
    level = np.where(
        functional, _draw(rng, _shares_of(profile.levels, _LEVELS), size), np.int8(MISSING)
    )
    # one row of rank weights per group: the jenjang (0-7), then the other positions (8-11)
    allowed = [list(level_.ranks) for level_ in _LEVELS] + [
        _rank_range(*POSITION_RANKS[p]) for p in others
    ]
    weights = [
        [profile.rank_weights.get(r, 0.0) if r in ranks else 0.0 for r in _RANKS]
        for ranks in allowed
    ]
    for row, ranks in zip(weights, allowed, strict=True):
        if not any(row):  # a group never drawn may have no weight: give it its lowest golongan
            row[_RANKS.index(ranks[0])] = 1.0
    group = np.where(functional, level, np.int8(len(_LEVELS)) + drawn).astype(np.int8)
    rank = _draw_by_group(rng, weights, group)
    return position, level, rank


def _nips(rng: Generator, rank: Codes, year: int, month: int, profile: WorkforceProfile) -> Ints:
    """Distinct NIPs: birth date, TMT CPNS, gender and a sequence within the three.

    Months are counted from January 1900 and days from 1 January 1970, in `int32`.
    """
    size = len(rank)
    start = np.zeros(len(_RANKS), dtype=np.int32)
    youngest = np.zeros(len(_RANKS), dtype=np.int32)
    span = np.zeros(len(_RANKS), dtype=np.int64)
    for first, entry, low, high in _CAREER_STARTS:
        at = slice(_RANKS.index(first), None)
        start[at], youngest[at] = _RANKS.index(entry), low * 12 + 1
        span[at] = (high - low) * 12 + 11
    # months of service: 3 years a golongan step above the entry rank, plus 0-95 months
    service = rng.integers(0, _EXTRA_SERVICE_MONTHS, size, dtype=np.int32)
    service += (rank - start[rank]) * np.int32(_MONTHS_PER_STEP)
    np.minimum(service, (_MAX_AGE - 18) * 12 - 1, out=service)
    # the entry age in months, uniform within the golongan's ages, never past the age limit
    entry_age = (_uniform(rng, size) * span[rank] >> 32).astype(np.int32)
    entry_age += youngest[rank]
    np.minimum(entry_age, _MAX_AGE * 12 - service, out=entry_age)
    tmt = np.int32((year - 1900) * 12 + month - 1) - service
    born = tmt - entry_age
    del service, entry_age
    gender = np.where(_chance(rng, profile.female_share, size), np.int8(2), np.int8(1))
    # the months of birth span a few hundred months: their first day and length, looked up
    first_month = int(born.min())
    months = np.arange(first_month, int(born.max()) + 2, dtype=np.int64) + (1900 - 1970) * 12
    starts = months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int32)
    born -= first_month
    born_days = np.diff(starts)[born]
    day = (_uniform(rng, size) * born_days.astype(np.int64) >> 32).astype(np.int32)  # 0-based
    for _ in range(100):
        # the group key: the birth day (17 bits), the TMT month (13 bits), the gender (1 bit)
        key = (starts[born] + day + (1 << 16)).astype(np.int64) << 14
        key |= tmt.astype(np.int64) << 1
        key |= gender - 1
        sequence = _sequence_within(key)
        del key
        over = sequence > _MAX_SEQUENCE
        if not over.any():
            break
        day[over] = (  # pragma: no cover - only for huge groups
            _uniform(rng, int(over.sum())) * born_days[over].astype(np.int64) >> 32
        ).astype(np.int32)
    else:  # pragma: no cover - needs millions sharing one birth month
        raise InvalidValueError(
            "size",
            size,
            "is too large for distinct NIPs",
            reason_id="terlalu besar untuk NIP yang berbeda",
            code="out_of_range",
        )
    born += first_month
    # yyyymmdd, then yyyymm, then the gender digit and the 3-digit sequence
    nip: Ints = ((born // 12 + 1900) * 100 + born % 12 + 1).astype(np.int64) * 100 + (day + 1)
    nip *= 1_000_000
    nip += (tmt // 12 + 1900) * 100 + tmt % 12 + 1
    nip *= 10_000
    nip += gender * np.int16(1000) + sequence
    return nip


_ROW_BITS: Final = 27
"""Row numbers below 2**27 (134 million) fit under a group key in one `int64`."""


def _sequence_within(key: Ints) -> npt.NDArray[np.int16]:
    """1, 2, … for the rows sharing a key, in row order (one sort of key and row together)."""
    size = len(key)
    rows = np.arange(size, dtype=np.int64)
    ordered = key << _ROW_BITS
    ordered |= rows
    ordered.sort()
    work = ordered >> _ROW_BITS
    new = np.empty(size, dtype=bool)
    new[:1] = True
    np.not_equal(work[1:], work[:-1], out=new[1:])
    np.multiply(rows, new, out=work)
    np.maximum.accumulate(work, out=work)  # the first position of each row's group
    np.subtract(rows, work, out=work)
    ordered &= (1 << _ROW_BITS) - 1  # the row of each position
    sequence = np.empty(size, dtype=np.int16)
    sequence[ordered] = np.minimum(work, _MAX_SEQUENCE) + 1  # above 999: 1000, moved on
    return sequence


def _base_amounts(rng: Generator, rank: Codes, position: Codes, profile: WorkforceProfile) -> Ints:
    """Whole rupiah by golongan and position, in integers only (money never touches float)."""
    size = len(rank)
    median = np.array([profile.base_by_rank[r] for r in _RANKS], dtype=np.int64)
    factor = np.array([profile.position_percent[p] for p in _POSITIONS], dtype=np.int64)
    low, high = profile.base_spread_percent
    spread = rng.integers(low, high + 1, size, dtype=np.int64)
    amount: Ints = median[rank] * factor[position] * spread // 10_000
    step = profile.base_step
    floor, ceiling = profile.base_limits
    amount = np.clip(amount // step * step, floor, ceiling)
    if profile.allowance_share >= 1:
        return amount
    return np.where(_chance(rng, profile.allowance_share, size), amount, MISSING)


def _attendance(
    rng: Generator, size: int, days: int, month: int, profile: WorkforceProfile
) -> tuple[dict[str, npt.NDArray[np.integer[Any]]], dict[str, tuple[Ints, Ints]]]:
    """The month's attendance columns and the year's absent days (small integers)."""
    share, mean = profile.absent_share, profile.absent_days_mean
    absent = _sparse_geometric(rng, share, mean, size)
    np.minimum(absent, days, out=absent)
    in_one_run = absent >= 2
    in_one_run &= _chance(rng, profile.consecutive_share, size)
    consecutive = np.minimum(absent, 1)
    consecutive[in_one_run] = absent[in_one_run]
    present = days - absent
    minutes = {}
    for column, occurrences, minutes_mean in (
        ("late_minutes", profile.late_mean, profile.late_minutes_mean),
        ("early_leave_minutes", profile.early_leave_mean, profile.early_leave_minutes_mean),
    ):
        count = rng.poisson(occurrences, size)
        np.minimum(count, present, out=count)
        offsets = np.zeros(size + 1, dtype=np.int64)
        np.cumsum(count, out=offsets[1:])
        del count
        drawn = rng.geometric(1.0 / minutes_mean, int(offsets[-1]))
        minutes[column] = (np.minimum(drawn, profile.max_minutes, out=drawn), offsets)
    ceremonies = rng.binomial(profile.ceremonies, profile.missed_ceremony_rate, size)
    ceremonies = np.minimum(ceremonies, days, out=ceremonies)
    year_days = absent.copy()
    for _ in range(month - 1):
        earlier = _sparse_geometric(rng, share, mean, size)
        year_days += np.minimum(earlier, days, out=earlier)
    low, high = profile.long_absence_days
    long_rows = np.flatnonzero(_chance(rng, profile.long_absence_share, size))
    year_days[long_rows] += rng.integers(low, high + 1, len(long_rows), dtype=np.int16)
    wholes: dict[str, npt.NDArray[np.integer[Any]]] = {
        "working_days": np.full(size, days, dtype=np.int64),
        "absent_days": absent,
        "consecutive_absent_days": consecutive,
        "missed_ceremonies": ceremonies,
        "absent_days_year": np.minimum(year_days, 366, out=year_days),
    }
    return wholes, minutes
