"""The discipline vocabulary: penalty kinds and levels, and penalty records."""

from datetime import date

import pytest
from hypothesis import given

from kinerja_core import KinerjaError, UnknownLabelError
from kinerja_core.discipline import Penalty, PenaltyLevel, PenaltyRecord
from kinerja_core.testing import strategies as kst


def test_levels_carry_the_official_words_of_pp_94_2021_pasal_8():
    assert [level.value for level in PenaltyLevel] == ["Ringan", "Sedang", "Berat"]
    assert [level.rank for level in PenaltyLevel] == [1, 2, 3]
    assert PenaltyLevel.parse(" hukuman disiplin  BERAT ") is PenaltyLevel.SEVERE
    assert PenaltyLevel.MODERATE.label("en") == "Moderate"


@pytest.mark.parametrize(
    ("text", "penalty"),
    [
        ("teguran lisan", Penalty.VERBAL_REPRIMAND),
        ("Pernyataan Tidak Puas Secara Tertulis", Penalty.WRITTEN_STATEMENT_OF_DISSATISFACTION),
        ("Pemotongan tunjangan kinerja sebesar 25%", Penalty.ALLOWANCE_CUT),
        ("Penundaan KGB", Penalty.DELAYED_SALARY_INCREMENT),
        ("penurunan pangkat", Penalty.RANK_REDUCTION),
        (
            "Pemindahan dalam rangka penurunan jabatan setingkat lebih rendah",
            Penalty.DEMOTION,
        ),
        ("pembebasan dari jabatannya menjadi jabatan pelaksana", Penalty.RELEASE_FROM_POSITION),
        ("Pemberhentian Tidak dengan Hormat", Penalty.DISHONOURABLE_DISMISSAL),
    ],
)
def test_penalties_parse_official_wording_and_known_variants(text, penalty):
    assert Penalty.parse(text) is penalty


def test_every_penalty_has_an_english_label_and_only_dismissals_end_employment():
    assert len({p.label("en") for p in Penalty}) == len(Penalty) == 11
    assert {p for p in Penalty if p.dismissal} == {
        Penalty.DISMISSAL,
        Penalty.DISHONOURABLE_DISMISSAL,
    }


def test_unknown_penalty_text_is_refused_with_the_valid_labels():
    with pytest.raises(UnknownLabelError, match="Teguran Lisan"):
        Penalty.parse("skorsing")


def test_a_record_may_not_be_served_before_it_was_imposed():
    PenaltyRecord(Penalty.DEMOTION, PenaltyLevel.SEVERE, date(2022, 1, 3), date(2022, 1, 3))
    with pytest.raises(KinerjaError, match="served_on"):
        PenaltyRecord(Penalty.DEMOTION, PenaltyLevel.SEVERE, date(2022, 1, 3), date(2022, 1, 2))


@pytest.mark.parametrize(
    ("field", "args"),
    [
        ("penalty", ("Teguran Lisan", PenaltyLevel.LIGHT, date(2022, 1, 3))),
        ("level", (Penalty.VERBAL_REPRIMAND, "Ringan", date(2022, 1, 3))),
        ("imposed_on", (Penalty.VERBAL_REPRIMAND, PenaltyLevel.LIGHT, "2022-01-03")),
    ],
)
def test_a_record_names_the_field_it_refuses(field, args):
    with pytest.raises(KinerjaError, match=field):
        PenaltyRecord(*args)


@given(kst.penalty_histories())
def test_generated_histories_are_in_decree_order_and_round_trip(history):
    assert [r.imposed_on for r in history] == sorted(r.imposed_on for r in history)
    for record in history:
        assert PenaltyRecord.from_dict(record.to_dict()) == record
        assert record.served_on is None or record.served_on >= record.imposed_on
