"""BKN SIASN codes (domain reference §1: [C], three programs agree)."""

import json
import re
from datetime import date
from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fuzzing import anything, outcome_of
from kinerja_core import (
    NATIONAL,
    Citation,
    Confidence,
    InvalidValueError,
    PeriodKind,
    Predicate,
    Rating,
    RuleNotInForceError,
    UnknownLabelError,
    Version,
    performance_predicate,
)
from kinerja_core.interop import (
    SIASN_FIELD_NAMES,
    SIASN_PERIOD_CODES,
    SIASN_PREDICATE_CODES,
    SIASN_RATING_CODES,
    SIASN_RATING_LABELS,
    SiasnCasing,
    SiasnField,
    SiasnRecord,
    decode_siasn_record,
    encode_siasn_record,
    parse_siasn_rating,
    period_kind_from_siasn,
    period_kind_to_siasn,
    predicate_from_siasn,
    predicate_to_siasn,
    rating_from_siasn,
    rating_to_siasn,
    siasn_performance_codes,
)
from kinerja_core.testing import strategies as kst

A, S, B = Rating.ABOVE_EXPECTATIONS, Rating.MEETS_EXPECTATIONS, Rating.BELOW_EXPECTATIONS


# --- the tables, exactly as the domain reference gives them --------------------------------------


def test_rating_codes_hasil_and_perilaku_kinerja_nilai():
    assert {r: rating_to_siasn(r) for r in Rating} == {A: 1, S: 2, B: 3}
    assert [rating_from_siasn(code) for code in (1, 2, 3)] == [A, S, B]


def test_kuadran_codes():
    expected = {
        "Sangat Baik": 1,
        "Baik": 2,
        "Butuh Perbaikan": 3,
        "Kurang/Misconduct": 4,
        "Sangat Kurang": 5,
    }
    assert {p.value: predicate_to_siasn(p) for p in Predicate} == expected
    assert [predicate_from_siasn(code).value for code in range(1, 6)] == list(expected)


def test_periodik_id_codes():
    assert period_kind_to_siasn(PeriodKind.MONTH) == 1
    assert period_kind_to_siasn(PeriodKind.QUARTER) == 2
    assert period_kind_from_siasn(1) is PeriodKind.MONTH
    assert period_kind_from_siasn(2) is PeriodKind.QUARTER


@pytest.mark.parametrize(
    "kind", [PeriodKind.YEAR, PeriodKind.SEMESTER, PeriodKind.CUSTOM], ids=lambda k: k.name
)
def test_cadences_without_a_periodik_id_are_rejected(kind):
    with pytest.raises(InvalidValueError, match="no SIASN code; coded values: bulanan, triwulanan"):
        period_kind_to_siasn(kind)


def test_tables_are_cited_as_software_unconfirmed_by_bkn():
    rules = NATIONAL.at(date(2022, 1, 1))
    for spec in (
        SIASN_RATING_CODES,
        SIASN_PREDICATE_CODES,
        SIASN_PERIOD_CODES,
        SIASN_RATING_LABELS,
    ):
        citation = rules.resolve(spec).citation
        assert citation.confidence is Confidence.SOFTWARE
        assert "not confirmed by BKN documentation" in citation.render("en")
        assert "belum dikonfirmasi oleh dokumentasi BKN" in citation.render("id")
    with pytest.raises(RuleNotInForceError):
        rating_to_siasn(A, rules=NATIONAL.at(date(2021, 12, 31)))


# --- round trips --------------------------------------------------------------------------------


@given(kst.ratings())
def test_rating_round_trip(rating):
    assert rating_from_siasn(rating_to_siasn(rating)) is rating


@given(kst.predicates())
def test_predicate_round_trip(predicate):
    assert predicate_from_siasn(predicate_to_siasn(predicate)) is predicate


@given(st.sampled_from([1, 2, 3]))
def test_rating_code_round_trip(code):
    assert rating_to_siasn(rating_from_siasn(code)) == code


@given(st.integers(1, 5))
def test_kuadran_code_round_trip(code):
    assert predicate_to_siasn(predicate_from_siasn(code)) == code


@given(kst.period_kinds())
def test_period_kind_round_trip_where_coded(kind):
    if kind in (PeriodKind.MONTH, PeriodKind.QUARTER):
        assert period_kind_from_siasn(period_kind_to_siasn(kind)) is kind
    else:
        with pytest.raises(InvalidValueError):
            period_kind_to_siasn(kind)


@given(kst.ratings())
def test_label_round_trip_through_siasn_spelling_and_official_label(rating):
    siasn_label = NATIONAL.latest()[SIASN_RATING_LABELS][rating]
    assert parse_siasn_rating(siasn_label) is rating
    assert parse_siasn_rating(siasn_label.lower()) is rating
    assert parse_siasn_rating(rating.value) is rating


# --- bad codes ----------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [0, 4, -1, 10**20])
def test_unknown_rating_codes_list_the_valid_ones(code):
    with pytest.raises(InvalidValueError, match=r"valid codes: 1 \(Di Atas Ekspektasi\)") as err:
        rating_from_siasn(code)
    assert err.value.field == "code"


@pytest.mark.parametrize("code", [0, 6])
def test_unknown_kuadran_codes(code):
    with pytest.raises(InvalidValueError, match="5 \\(Sangat Kurang\\)"):
        predicate_from_siasn(code)


def test_unknown_periodik_id():
    with pytest.raises(InvalidValueError, match="2 \\(triwulanan\\)"):
        period_kind_from_siasn(3)


@pytest.mark.parametrize("code", [True, "1", 1.0, None, A])
def test_codes_must_be_ints(code):
    for decode in (rating_from_siasn, predicate_from_siasn, period_kind_from_siasn):
        with pytest.raises(InvalidValueError, match="must be an int"):
            decode(code)


@pytest.mark.parametrize("bad", ["Di Atas Ekspektasi", 1, None, "bulanan"])
def test_encoding_needs_the_enum(bad):
    with pytest.raises(InvalidValueError, match="rating"):
        rating_to_siasn(bad)
    with pytest.raises(InvalidValueError, match="predicate"):
        predicate_to_siasn(bad)
    with pytest.raises(InvalidValueError, match="kind"):
        period_kind_to_siasn(bad)


def test_encoding_rejects_the_wrong_enum():
    with pytest.raises(InvalidValueError, match="must be a Rating"):
        rating_to_siasn(Predicate.GOOD)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="must be a Predicate"):
        predicate_to_siasn(A)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="must be a PeriodKind"):
        period_kind_to_siasn(A)  # type: ignore[arg-type]


# --- the strict SIASN label parser --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("DIATAS ESPEKTASI", A),
        ("SESUAI ESPEKTASI", S),
        ("DIBAWAH ESPEKTASI", B),
        ("Diatas Espektasi", A),
        ("dibawah espektasi", B),
        ("Di Atas Ekspektasi", A),
        ("SESUAI EKSPEKTASI", S),
        ("di bawah ekspektasi", B),
    ],
)
def test_siasn_parser_accepts_the_sic_spellings_and_official_labels(text, rating):
    assert parse_siasn_rating(text) is rating


@pytest.mark.parametrize(
    "text",
    [
        "DIATAS EKSPEKTASI",  # correctly spelled but not SIASN's spelling nor official
        "Diatas Ekspektasi",  # a variant Rating.parse accepts; not SIASN data
        "DI ATAS ESPEKTASI",
        " DIATAS ESPEKTASI",
        "DIATAS  ESPEKTASI",
        "DIATAS ESPEKTASI ",
        "Di  Atas Ekspektasi",
        "DIATAS",
        "1",
        "",
        None,
        1,
    ],
)
def test_siasn_parser_accepts_nothing_looser(text):
    with pytest.raises(UnknownLabelError) as caught:
        parse_siasn_rating(text)
    assert "DIATAS ESPEKTASI" in caught.value.valid


# --- kuadran through the predikat matrix (regression) -------------------------------------------


def test_regression_kuadran_is_not_the_max_of_the_rating_codes():
    # A program seen in the wild writes kuadran = max(hasil, perilaku); for these pairs that
    # gives 3 (Butuh Perbaikan), but the predikat is Kurang: code 4.
    for work, behaviour in ((A, B), (S, B)):
        codes = siasn_performance_codes(work, behaviour)
        assert max(codes.work_result, codes.behaviour) == 3
        assert codes.quadrant == 4
        assert codes.predicate is Predicate.POOR


@pytest.mark.parametrize(("work", "behaviour"), list(product(Rating, Rating)))
def test_kuadran_follows_the_predikat_for_all_nine_pairs(work, behaviour):
    codes = siasn_performance_codes(work, behaviour)
    assert codes.to_fields() == {
        "hasilKinerjaNilai": rating_to_siasn(work),
        "perilakuKerjaNilai": rating_to_siasn(behaviour),
        "kuadranKinerjaNilai": predicate_to_siasn(performance_predicate(work, behaviour)),
    }


def test_performance_codes_explain_the_predikat_and_the_codes():
    codes = siasn_performance_codes(S, A)
    first, second = codes.explanation.steps
    assert first.result is Predicate.GOOD
    assert second.result == (2, 1, 2)
    assert [use.name for use in second.parameters] == [
        "siasn_rating_codes[Sesuai Ekspektasi]",
        "siasn_rating_codes[Di Atas Ekspektasi]",
        "siasn_predicate_codes[Baik]",
    ]
    data = codes.to_dict()
    assert (data["quadrant"], data["work_result"], data["behaviour"]) == (2, 2, 1)
    assert data["predicate"] == "Baik"
    assert codes.to_fields()["kuadranKinerjaNilai"] == 2
    assert type(codes).from_dict(json.loads(json.dumps(data))) == codes
    assert "BKN SIASN" in codes.explanation.render(lang="en")


@pytest.mark.parametrize("bad", ["Di Atas Ekspektasi", None, 1])
def test_performance_codes_need_ratings(bad):
    with pytest.raises(InvalidValueError, match="work_result"):
        siasn_performance_codes(bad, A)
    with pytest.raises(InvalidValueError, match="behaviour"):
        siasn_performance_codes(A, bad)


# --- overriding the tables ----------------------------------------------------------------------

CITE = Citation("BKN SIASN", "referensi 2026", confidence=Confidence.UNCONFIRMED)


def test_a_changed_table_is_used_from_its_date():
    policy = NATIONAL.with_overrides(
        "SIASN 2026",
        {
            SIASN_RATING_CODES: Version(date(2026, 1, 1), {A: 3, S: 2, B: 1}, CITE),
            SIASN_PERIOD_CODES: Version(
                date(2026, 1, 1),
                {PeriodKind.MONTH: 1, PeriodKind.QUARTER: 2, PeriodKind.YEAR: 9},
                CITE,
            ),
            SIASN_RATING_LABELS: Version(
                date(2026, 1, 1),
                {A: "DIATAS EKSPEKTASI", S: "SESUAI EKSPEKTASI", B: "DIBAWAH EKSPEKTASI"},
                CITE,
            ),
        },
    )
    new, old = policy.at(date(2026, 1, 1)), policy.at(date(2025, 12, 31))
    assert rating_to_siasn(A, rules=new) == 3
    assert rating_from_siasn(3, rules=old) is B
    assert period_kind_to_siasn(PeriodKind.YEAR, rules=new) == 9
    assert parse_siasn_rating("DIATAS EKSPEKTASI", rules=new) is A
    with pytest.raises(UnknownLabelError):
        parse_siasn_rating("DIATAS ESPEKTASI", rules=new)
    assert siasn_performance_codes(A, B, rules=new).to_fields()["hasilKinerjaNilai"] == 3


@pytest.mark.parametrize(
    ("spec", "table", "message"),
    [
        (SIASN_RATING_CODES, "1/2/3", "mapping"),
        (SIASN_RATING_CODES, {A: 1, S: 2}, "every member"),
        (SIASN_RATING_CODES, {A: 1, S: 1, B: 3}, "unique"),
        (SIASN_RATING_CODES, {A: 1, S: 2, B: "3"}, "must be an int"),
        (SIASN_RATING_CODES, {A: 1, S: 2, B: True}, "must be an int"),
        (SIASN_RATING_CODES, {A: 1, S: 2, B: 3, "x": 4}, "keys"),
        (SIASN_PREDICATE_CODES, dict.fromkeys(Predicate, 1), "unique"),
        (SIASN_PREDICATE_CODES, {A: 1}, "keys"),
        (SIASN_PERIOD_CODES, {}, "must not be empty"),
        (SIASN_RATING_LABELS, "DIATAS", "mapping"),
        (SIASN_RATING_LABELS, {A: "X", S: "Y"}, "non-empty label"),
        (SIASN_RATING_LABELS, {A: "X", S: "Y", B: " "}, "non-empty label"),
        (SIASN_RATING_LABELS, {A: "X", S: "x", B: "Z"}, "already the label"),
        (SIASN_RATING_LABELS, {A: "Sesuai Ekspektasi", S: "Y", B: "Z"}, "already the label"),
        (SIASN_RATING_LABELS, {A: "X", S: "Y", B: "Z", "w": "W"}, "keys"),
    ],
)
def test_bad_tables_are_rejected(spec, table, message):
    with pytest.raises(InvalidValueError, match=message):
        NATIONAL.replace({spec: table})


def test_a_label_may_equal_its_own_official_label():
    what_if = NATIONAL.replace(
        {SIASN_RATING_LABELS: {A: "DI ATAS EKSPEKTASI", S: "Sesuai", B: "Dibawah"}}
    )
    assert parse_siasn_rating("di atas ekspektasi", rules=what_if.latest()) is A


# --- fuzz ---------------------------------------------------------------------------------------

ANYTHING = anything(
    st.integers(-3, 8),
    st.text(max_size=20),
    st.sampled_from(["DIATAS ESPEKTASI", "Sesuai Ekspektasi", "dibawah espektasi"]),
    st.sampled_from([*Rating, *Predicate, *PeriodKind]),
)


@given(ANYTHING, ANYTHING)
def test_bad_input_raises_only_kinerja_errors(a, b):
    for function in (
        rating_to_siasn,
        rating_from_siasn,
        predicate_to_siasn,
        predicate_from_siasn,
        period_kind_to_siasn,
        period_kind_from_siasn,
        parse_siasn_rating,
    ):
        outcome_of(function, a)
        outcome_of(function, a, rules=b)
    outcome_of(siasn_performance_codes, a, b)
    for spec in (
        SIASN_RATING_CODES,
        SIASN_PREDICATE_CODES,
        SIASN_PERIOD_CODES,
        SIASN_RATING_LABELS,
    ):
        outcome_of(NATIONAL.replace, {spec: a})


# --- records, both ways -------------------------------------------------------------------------

WRITE, READ = SiasnCasing.WRITE, SiasnCasing.READ
SAVED = {"hasilKinerjaNilai": 1, "perilakuKerjaNilai": 3, "kuadranKinerjaNilai": 4}
READ_BACK = {"hasilKinerjaNilai": 1, "PerilakuKerjaNilai": 3, "KuadranKinerjaNilai": 4}
POOR = SiasnRecord(A, B, Predicate.POOR)


def test_field_names_exactly_as_the_domain_reference_gives_them():
    names = NATIONAL.at(date(2022, 1, 1))[SIASN_FIELD_NAMES]
    assert dict(names[WRITE]) == {
        SiasnField.WORK_RESULT: "hasilKinerjaNilai",
        SiasnField.BEHAVIOUR: "perilakuKerjaNilai",
        SiasnField.QUADRANT: "kuadranKinerjaNilai",
        SiasnField.PERIOD: "periodikId",
    }
    assert dict(names[READ]) == {
        SiasnField.WORK_RESULT: "hasilKinerjaNilai",
        SiasnField.BEHAVIOUR: "PerilakuKerjaNilai",
        SiasnField.QUADRANT: "KuadranKinerjaNilai",
    }
    citation = NATIONAL.latest().resolve(SIASN_FIELD_NAMES).citation
    assert citation.confidence is Confidence.SOFTWARE
    assert "not confirmed by BKN documentation" in citation.note("en")
    assert [field.value for field in SiasnField] == [*SAVED, "periodikId"]


def test_a_saved_record_and_a_record_read_back_decode_alike():
    assert decode_siasn_record(SAVED) == POOR
    assert decode_siasn_record(READ_BACK) == POOR
    assert decode_siasn_record(SAVED, casing=WRITE) == POOR
    assert decode_siasn_record(READ_BACK, casing=READ) == POOR


def test_the_other_columns_of_a_record_are_ignored():
    row = {
        "id": "abc",
        "tahun": 2024,
        "hasilKinerja": "DIATAS ESPEKTASI",
        "kuadranKinerja": "KURANG",
        "namaPenilai": "X",
        7: "a key that is not text",
        **READ_BACK,
    }
    assert decode_siasn_record(row) == POOR


def test_a_periodic_record_carries_its_cadence():
    fields = {**SAVED, "periodikId": 2}
    record = decode_siasn_record(fields)
    assert record.period_kind is PeriodKind.QUARTER
    assert encode_siasn_record(record) == fields


def test_encoding_writes_the_saving_names_by_default_and_the_reading_names_on_request():
    assert encode_siasn_record(POOR) == SAVED
    assert encode_siasn_record(POOR, casing=WRITE) == SAVED
    assert encode_siasn_record(POOR, casing=READ) == READ_BACK
    assert list(encode_siasn_record(POOR, casing=READ)) == list(READ_BACK)
    codes = siasn_performance_codes(A, B)
    assert codes.to_fields() == SAVED
    assert codes.to_fields(READ) == READ_BACK


@pytest.mark.parametrize(
    "spelling",
    [
        "HasilKinerjaNilai",
        "hasilkinerjanilai",
        "KUADRANKINERJANILAI",
        "kuadran_kinerja_nilai",
        "perilaku kerja nilai",
        "Perilaku-Kerja-Nilai",
        "PeriodikId",
        "periodikid",
        " hasilKinerjaNilai",
    ],
)
def test_another_spelling_of_a_field_is_refused_with_the_accepted_spellings(spelling):
    record = {**SAVED, spelling: 1}
    with pytest.raises(InvalidValueError) as caught:
        decode_siasn_record(record)
    error = caught.value
    assert error.code == "unknown_siasn_field"
    assert error.value == spelling
    for accepted in ("hasilKinerjaNilai", "PerilakuKerjaNilai", "kuadranKinerjaNilai"):
        assert accepted in error.reason
        assert accepted in error.message("id")
    assert "yang diterima" in error.message("id")


@pytest.mark.parametrize(
    ("fields", "casing"),
    [
        (SAVED, READ),  # perilakuKerjaNilai is not a reading name
        (READ_BACK, WRITE),
        ({**READ_BACK, "periodikId": 1}, READ),  # reading records have no periodikId
    ],
)
def test_a_given_casing_accepts_only_its_own_names(fields, casing):
    with pytest.raises(InvalidValueError, match="accepted: " + casing.value) as caught:
        decode_siasn_record(fields, casing=casing)
    assert caught.value.code == "unknown_siasn_field"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"hasilKinerjaNilai": 1, "perilakuKerjaNilai": 3, "KuadranKinerjaNilai": 4}, "mixed"),
        ({**READ_BACK, "periodikId": 1}, "mixed"),
        ({**SAVED, "PerilakuKerjaNilai": 3}, "duplicate"),
        ({"hasilKinerjaNilai": 1, "perilakuKerjaNilai": 3}, "missing"),
        ({"PerilakuKerjaNilai": 3, "KuadranKinerjaNilai": 4}, "missing"),
        ({}, "missing"),
    ],
)
def test_mixed_duplicated_and_missing_fields_are_refused(fields, code):
    with pytest.raises(InvalidValueError) as caught:
        decode_siasn_record(fields)
    assert caught.value.code == ("mixed_siasn_casing" if code == "mixed" else f"{code}_siasn_field")
    assert caught.value.field == "record"
    assert caught.value.reason_id


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({**READ_BACK, "KuadranKinerjaNilai": 6}, "KuadranKinerjaNilai", "valid codes: 1 (Sang"),
        ({**SAVED, "hasilKinerjaNilai": 0}, "hasilKinerjaNilai", "valid codes: 1 (Di Atas"),
        ({**SAVED, "periodikId": 3}, "periodikId", "valid codes: 1 (bulanan), 2 (triwulanan)"),
        ({**SAVED, "perilakuKerjaNilai": "3"}, "perilakuKerjaNilai", "must be an int"),
        ({**SAVED, "kuadranKinerjaNilai": True}, "kuadranKinerjaNilai", "must be an int"),
        ({**SAVED, "kuadranKinerjaNilai": None}, "kuadranKinerjaNilai", "must be an int"),
        ([("hasilKinerjaNilai", 1)], "record", "must be a mapping"),
        ("hasilKinerjaNilai=1", "record", "must be a mapping"),
    ],
)
def test_bad_codes_are_refused_naming_the_field_as_spelled(fields, field, message):
    with pytest.raises(InvalidValueError, match=re.escape(message)) as caught:
        decode_siasn_record(fields)
    assert caught.value.field == field


def test_the_casing_must_be_a_siasn_casing():
    for bad in ("simpan", "WRITE", 1):
        with pytest.raises(
            InvalidValueError, match=re.escape("SiasnCasing.WRITE, SiasnCasing.READ")
        ):
            decode_siasn_record(SAVED, casing=bad)
        with pytest.raises(InvalidValueError, match="casing"):
            encode_siasn_record(POOR, casing=bad)
        with pytest.raises(InvalidValueError, match="casing"):
            siasn_performance_codes(A, B).to_fields(bad)


def test_encoding_refuses_what_has_no_field_or_no_code():
    quarterly = SiasnRecord.of(S, S, period_kind=PeriodKind.QUARTER)
    with pytest.raises(InvalidValueError, match="no periodikId field") as caught:
        encode_siasn_record(quarterly, casing=READ)
    assert caught.value.field == "period_kind"
    yearly = SiasnRecord.of(S, S, period_kind=PeriodKind.YEAR)
    with pytest.raises(InvalidValueError, match="no SIASN code"):
        encode_siasn_record(yearly)
    with pytest.raises(InvalidValueError, match="must be a SiasnRecord"):
        encode_siasn_record(SAVED)


@pytest.mark.parametrize(
    "arguments",
    [
        ("Di Atas Ekspektasi", B, Predicate.POOR),
        (A, B, "Kurang"),
        (A, B, Predicate.POOR, "triwulanan"),
        (A, B, Predicate.POOR, Rating.ABOVE_EXPECTATIONS),
    ],
)
def test_a_record_holds_only_library_values(arguments):
    with pytest.raises(InvalidValueError):
        SiasnRecord(*arguments)


def test_regression_a_record_written_with_max_is_read_as_given_and_flagged():
    """A program computing kuadran = max(hasil, perilaku) writes 3 for (Di Atas, Di Bawah)."""
    record = decode_siasn_record({**SAVED, "kuadranKinerjaNilai": 3})
    assert record.predicate is Predicate.NEEDS_IMPROVEMENT
    assert not record.matches_matrix()
    assert decode_siasn_record(SAVED).matches_matrix()
    assert SiasnRecord.of(A, B) == POOR


def records():
    return st.builds(
        SiasnRecord,
        kst.ratings(),
        kst.ratings(),
        kst.predicates(),
        st.sampled_from([None, PeriodKind.MONTH, PeriodKind.QUARTER]),
    )


@settings(max_examples=60)
@given(records(), st.sampled_from(SiasnCasing))
def test_record_round_trip_decode_of_encode(record, casing):
    if record.period_kind is not None and casing is READ:
        casing = WRITE  # reading records have no periodikId
    fields = encode_siasn_record(record, casing=casing)
    assert decode_siasn_record(fields) == record
    assert decode_siasn_record(fields, casing=casing) == record
    assert encode_siasn_record(decode_siasn_record(fields), casing=casing) == fields


@settings(max_examples=30)
@given(kst.ratings(), kst.ratings())
def test_a_record_of_two_ratings_matches_the_matrix_and_the_performance_codes(work, behaviour):
    record = SiasnRecord.of(work, behaviour)
    assert record.predicate is performance_predicate(work, behaviour)
    assert record.matches_matrix()
    codes = siasn_performance_codes(work, behaviour)
    for casing in SiasnCasing:
        assert encode_siasn_record(record, casing=casing) == codes.to_fields(casing)


def test_changed_field_names_are_used_from_their_date():
    renamed = {
        WRITE: {
            SiasnField.WORK_RESULT: "hasilKinerjaNilai",
            SiasnField.BEHAVIOUR: "perilakuKerjaNilai",
            SiasnField.QUADRANT: "kuadranKinerjaNilai",
        },
        READ: {
            SiasnField.WORK_RESULT: "HasilKinerjaNilai",
            SiasnField.BEHAVIOUR: "PerilakuKerjaNilai",
            SiasnField.QUADRANT: "KuadranKinerjaNilai",
            SiasnField.PERIOD: "PeriodikId",
        },
    }
    policy = NATIONAL.with_overrides(
        "SIASN 2026", {SIASN_FIELD_NAMES: Version(date(2026, 1, 1), renamed, CITE)}
    )
    new, old = policy.at(date(2026, 1, 1)), policy.at(date(2025, 12, 31))
    fields = {"HasilKinerjaNilai": 1, "PerilakuKerjaNilai": 3, "KuadranKinerjaNilai": 4}
    assert decode_siasn_record({**fields, "PeriodikId": 1}, rules=new).period_kind is (
        PeriodKind.MONTH
    )
    with pytest.raises(InvalidValueError, match="HasilKinerjaNilai"):
        decode_siasn_record(fields, rules=old)
    assert encode_siasn_record(POOR, casing=READ, rules=new) == fields
    with pytest.raises(InvalidValueError, match="no periodikId field"):
        encode_siasn_record(SiasnRecord.of(S, S, period_kind=PeriodKind.MONTH), rules=new)


NAMES = {
    WRITE: {SiasnField.WORK_RESULT: "h", SiasnField.BEHAVIOUR: "p", SiasnField.QUADRANT: "k"},
    READ: {SiasnField.WORK_RESULT: "h", SiasnField.BEHAVIOUR: "P", SiasnField.QUADRANT: "K"},
}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("hasilKinerjaNilai", "mapping"),
        ({WRITE: NAMES[WRITE]}, "for every SiasnCasing"),
        ({**NAMES, "x": NAMES[WRITE]}, "keys must be SiasnCasing"),
        ({**NAMES, READ: "K"}, "mapping of SiasnField"),
        ({**NAMES, READ: {**NAMES[READ], "x": "X"}}, "keys must be SiasnField"),
        ({**NAMES, READ: {**NAMES[READ], SiasnField.QUADRANT: " K"}}, "without white space"),
        ({**NAMES, READ: {**NAMES[READ], SiasnField.QUADRANT: ""}}, "without white space"),
        ({**NAMES, READ: {**NAMES[READ], SiasnField.QUADRANT: 4}}, "without white space"),
        ({**NAMES, READ: {SiasnField.WORK_RESULT: "h", SiasnField.BEHAVIOUR: "P"}}, "these"),
        ({**NAMES, READ: {**NAMES[READ], SiasnField.QUADRANT: "P"}}, "differ within"),
        ({**NAMES, READ: {**NAMES[READ], SiasnField.QUADRANT: "p"}}, "already the name of"),
    ],
)
def test_bad_field_name_tables_are_rejected(table, message):
    with pytest.raises(InvalidValueError, match=message):
        NATIONAL.replace({SIASN_FIELD_NAMES: table})


@given(ANYTHING, ANYTHING)
def test_bad_records_raise_only_kinerja_errors(a, b):
    for record in (a, {"hasilKinerjaNilai": a, "PerilakuKerjaNilai": b, "KuadranKinerjaNilai": 1}):
        outcome_of(decode_siasn_record, record)
        outcome_of(decode_siasn_record, record, casing=b)
        outcome_of(decode_siasn_record, SAVED, rules=b)
    outcome_of(encode_siasn_record, a)
    outcome_of(encode_siasn_record, POOR, casing=a, rules=b)
    outcome_of(SiasnRecord, a, b, a)
    outcome_of(NATIONAL.replace, {SIASN_FIELD_NAMES: a})
