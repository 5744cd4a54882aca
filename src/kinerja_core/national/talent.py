"""National data of the `talent` area: every parameter's national timeline, with its citations.

Data only: the specs are in `kinerja_core.talent.box_specs` and
`kinerja_core.talent.development_specs`; the rules that read the values are in
`kinerja_core.talent.box` and `kinerja_core.talent.development`. The score → axis bands
(`talent_potential_bands`, `talent_performance_bands`) have no national value: each
institution sets them.
"""

from __future__ import annotations

from datetime import date

from kinerja_core.core.explain import Text
from kinerja_core.core.law import Citation, Confidence
from kinerja_core.core.parameters import Parameter, Version
from kinerja_core.performance.ratings import Predicate, Rating
from kinerja_core.talent.box_specs import (
    TALENT_BOX_MATRIX,
    TALENT_FOLLOW_UPS,
    TALENT_PERFORMANCE_BANDS,
    TALENT_POTENTIAL_BANDS,
    FollowUp,
    Potential,
)
from kinerja_core.talent.development_specs import (
    DEVELOPMENT_BY_PREDICATE,
    DEVELOPMENT_PRIORITIES,
    DEVELOPMENT_WEAKNESS,
    WeaknessRule,
)

_RATING_REGIME = date(2022, 1, 1)
"""The 2022 ratings (Di Atas / Sesuai / Di Bawah Ekspektasi) label the grid's performance axis."""

_A, _S, _B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS
_LOW, _MEDIUM, _HIGH = Potential.LOW, Potential.MEDIUM, Potential.HIGH

_TALENT_GRID = Citation(
    "PermenPANRB 3/2020",
    Text("Lampiran (manajemen talenta: kotak 9)", "Lampiran (talent management: the 9-box)"),
    Text(
        "Halaman lampirannya belum dibaca; dua program publik yang saling independen sepakat "
        "pada setiap sel dan pada tindak lanjut setiap kotak. Sumbu kinerja diberi label rating "
        "PermenPANRB 6/2022 sejak periode 2022.",
        "The lampiran page was not seen; two independent public programs agree on every cell "
        "and on each box's follow-ups. The performance axis carries the PermenPANRB 6/2022 "
        "rating labels from the 2022 periods on.",
    ),
    confidence=Confidence.SOFTWARE,
)

BOX = (
    Parameter(
        TALENT_BOX_MATRIX,
        [
            Version(
                _RATING_REGIME,
                {
                    (_A, _LOW): 4,
                    (_A, _MEDIUM): 7,
                    (_A, _HIGH): 9,
                    (_S, _LOW): 2,
                    (_S, _MEDIUM): 5,
                    (_S, _HIGH): 8,
                    (_B, _LOW): 1,
                    (_B, _MEDIUM): 3,
                    (_B, _HIGH): 6,
                },
                _TALENT_GRID,
            )
        ],
    ),
    Parameter(
        TALENT_FOLLOW_UPS,
        [
            Version(
                _RATING_REGIME,
                {
                    9: (
                        FollowUp.PROMOTION,
                        FollowUp.RETENTION,
                        FollowUp.SUCCESSION,
                        FollowUp.AWARD,
                    ),
                    8: (
                        FollowUp.RETENTION,
                        FollowUp.SUCCESSION,
                        FollowUp.ROTATION,
                        FollowUp.COACHING,
                    ),
                    7: (
                        FollowUp.RETENTION,
                        FollowUp.SUCCESSION,
                        FollowUp.JOB_ENRICHMENT,
                        FollowUp.COMPETENCY_DEVELOPMENT,
                        FollowUp.STUDY,
                    ),
                    6: (FollowUp.FITTING_PLACEMENT, FollowUp.COACHING, FollowUp.COUNSELLING),
                    5: (
                        FollowUp.FITTING_PLACEMENT,
                        FollowUp.COACHING,
                        FollowUp.COMPETENCY_DEVELOPMENT,
                    ),
                    4: (FollowUp.ROTATION, FollowUp.COMPETENCY_DEVELOPMENT),
                    3: (
                        FollowUp.COACHING,
                        FollowUp.COUNSELLING,
                        FollowUp.COMPETENCY_DEVELOPMENT,
                        FollowUp.FITTING_PLACEMENT,
                    ),
                    2: (
                        FollowUp.COACHING,
                        FollowUp.COMPETENCY_DEVELOPMENT,
                        FollowUp.FITTING_PLACEMENT,
                    ),
                    1: (FollowUp.PER_REGULATIONS,),
                },
                _TALENT_GRID,
            )
        ],
    ),
)

DEVELOPMENT = (
    Parameter(
        DEVELOPMENT_BY_PREDICATE,
        [
            Version(
                _RATING_REGIME,
                {
                    Predicate.VERY_GOOD: (),
                    Predicate.GOOD: (),
                    Predicate.NEEDS_IMPROVEMENT: (
                        FollowUp.COACHING,
                        FollowUp.COMPETENCY_DEVELOPMENT,
                    ),
                    Predicate.POOR: (
                        FollowUp.COACHING,
                        FollowUp.COUNSELLING,
                        FollowUp.COMPETENCY_DEVELOPMENT,
                    ),
                    Predicate.VERY_POOR: (
                        FollowUp.COUNSELLING,
                        FollowUp.COACHING,
                        FollowUp.COMPETENCY_DEVELOPMENT,
                    ),
                },
                Citation(
                    "PermenPANRB 6/2022",
                    Text(
                        "Pasal 5; pembinaan dan pengembangan kinerja",
                        "Pasal 5; pembinaan and pengembangan kinerja",
                    ),
                    Text(
                        "Peraturan ini (sebagaimana dikutip sumber sekunder) menempatkan "
                        "pembinaan kinerja, termasuk pengembangan kinerja, di antara pelaksanaan "
                        "dan penilaian, tetapi tidak memuat tabel predikat → tindak lanjut. "
                        "Coaching untuk Butuh Perbaikan, ditambah konseling untuk Kurang dan "
                        "Sangat Kurang, bersama pengembangan kompetensi, adalah nilai bawaan "
                        "kinerja-core.",
                        "The regulation (as quoted by secondary sources) places pembinaan "
                        "kinerja, including pengembangan kinerja, between execution and "
                        "appraisal, but has no predikat → follow-up table. Coaching for Butuh "
                        "Perbaikan, adding counselling for Kurang and Sangat Kurang, each with "
                        "competency development, is kinerja-core's default.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
    Parameter(
        DEVELOPMENT_PRIORITIES,
        [
            Version(
                _RATING_REGIME,
                {
                    Predicate.VERY_GOOD: FollowUp.SUCCESSION,
                    Predicate.GOOD: FollowUp.COMPETENCY_DEVELOPMENT,
                },
                Citation(
                    "PP 30/2019",
                    "Pasal 53",
                    Text(
                        "Predikat Sangat Baik 2 tahun berturut-turut: dapat diprioritaskan masuk "
                        "kelompok rencana suksesi; predikat Baik 2 tahun berturut-turut: "
                        "diprioritaskan untuk pengembangan kompetensi. Diterapkan pada predikat "
                        "PermenPANRB 6/2022 yang sama labelnya.",
                        "Sangat Baik 2 consecutive years: may be prioritised for the succession "
                        "pool (kelompok rencana suksesi); Baik 2 consecutive years: prioritised "
                        "for further competency development. Applied to the PermenPANRB 6/2022 "
                        "predikat of the same labels.",
                    ),
                    confidence=Confidence.PRIMARY,
                ),
            )
        ],
    ),
    Parameter(
        DEVELOPMENT_WEAKNESS,
        [
            Version(
                _RATING_REGIME,
                WeaknessRule(
                    achievement_below=100,
                    behaviour_below=Rating.MEETS_EXPECTATIONS,
                    follow_up=FollowUp.TRAINING,
                ),
                Citation(
                    "kinerja-core",
                    Text("indikator dan nilai dasar yang lemah", "weak indicators and values"),
                    Text(
                        "Tidak ada peraturan yang menetapkan kapan suatu indikator atau nilai "
                        "dasar dianggap lemah. Nilai bawaan: capaian di bawah 100 % (target tidak "
                        "tercapai) dan skor nilai dasar di bawah skor Sesuai Ekspektasi; "
                        "tindak lanjutnya pelatihan, seperti rekomendasi pelatihan tambahan bagi "
                        "pegawai yang kesulitan mencapai target yang dilaporkan pemerintah daerah.",
                        "No regulation says when an indicator or a core value is weak. Default: "
                        "an achievement below 100 % (target missed) and a core-value score below "
                        "that of Sesuai Ekspektasi; the follow-up is training, as regional "
                        "governments report recommending extra training for employees who "
                        "struggle to reach their targets.",
                    ),
                    confidence=Confidence.POLICY_CHOICE,
                ),
            )
        ],
    ),
)

PARAMETERS = (*BOX, *DEVELOPMENT)
"""Every parameter of the area, in one tuple for the national policy."""

INSTITUTION_SPECS = (TALENT_POTENTIAL_BANDS, TALENT_PERFORMANCE_BANDS)
"""The area's institution-only parameters (no national value; a policy may add them by name)."""
