"""Numbers as Indonesians write them: `to_decimal` refuses what it would have to guess,
`parse_number` reads Indonesian (`"1.000"`, `"87,5"`) and English (`"1,000.5"`) writing."""

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kinerja_core import (
    InvalidValueError,
    KinerjaError,
    Target,
    achievement,
    parse_number,
    propose_work_result_rating,
    to_decimal,
)
from kinerja_core.core import MAX_DECIMAL_PLACES, MAX_INTEGER_DIGITS
from kinerja_core.testing import strategies as kst

SEPARATORS = {"id": (".", ","), "en": (",", ".")}


def written(value: Decimal, lang: str, *, grouped: bool = True) -> str:
    """`value` written the way a person writing `lang` would (an independent formatter)."""
    group, point = SEPARATORS[lang]
    whole, _, decimals = f"{abs(value):f}".partition(".")
    if grouped:
        whole = f"{int(whole):,}".replace(",", group)
    sign = "-" if value < 0 else ""
    return sign + whole + (point + decimals if decimals else "")


def refused(call, *args, **kwargs) -> KinerjaError:
    with pytest.raises(KinerjaError) as caught:
        call(*args, **kwargs)
    assert isinstance(caught.value, InvalidValueError)
    assert caught.value.reason_id  # every refusal here has an Indonesian reason
    return caught.value


# --- to_decimal: the ambiguity rule ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "decimal_reading", "indonesian_reading"),
    [
        ("1.000", "1", "1000"),
        ("12.500", "12.5", "12500"),
        ("28.125", "28.125", "28125"),
        ("-1.000", "-1", "-1000"),
        ("+999.999", "999.999", "999999"),
        (" 1.000 ", "1", "1000"),
    ],
)
def test_a_string_that_reads_differently_in_indonesian_is_refused(
    text, decimal_reading, indonesian_reading
):
    error = refused(to_decimal, text, field="target")
    assert error.code == "ambiguous_number"
    assert error.field == "target"
    assert error.value == text
    stripped = text.strip()
    assert f'Decimal("{stripped}") for {decimal_reading}' in error.reason
    assert f'"{indonesian_reading}" for {indonesian_reading}' in error.reason
    assert 'parse_number(text, lang="id")' in error.reason
    assert "ambigu:" in error.message("id")
    assert parse_number(text, lang="id") == Decimal(indonesian_reading)


def test_several_groups_are_refused_with_the_indonesian_reading():
    error = refused(to_decimal, "1.000.000")
    assert error.code == "ambiguous_number"
    assert '"1000000"' in error.reason
    assert parse_number("1.000.000") == 1000000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1000", "1000"),
        ("87.5", "87.5"),
        ("0.125", "0.125"),
        ("12.50", "12.50"),
        ("1.0000", "1.0000"),  # four digits after the point: not a thousands group
        ("01.000", "1.000"),  # a first group starting with 0
        ("0.000", "0"),
        ("1000.5", "1000.5"),
        ("1000.500", "1000.500"),  # a first group of four digits
        ("1.00", "1.00"),
        ("-0.500", "-0.500"),
        ("1E+3", "1E+3"),
    ],
)
def test_unambiguous_strings_are_read_as_before(text, expected):
    result = to_decimal(text)
    assert result == Decimal(expected)
    assert str(result) == expected


def test_int_and_decimal_arguments_are_never_affected():
    assert str(to_decimal(Decimal("1.000"))) == "1.000"
    assert to_decimal(Decimal("28.125")) == Decimal("28.125")
    assert to_decimal(1000) == 1000


@settings(max_examples=60)
@given(
    st.sampled_from(["", "+", "-"]),
    st.text("0123456789", min_size=1, max_size=5),
    st.text("0123456789", min_size=1, max_size=5),
)
def test_exactly_the_grammar_is_refused(sign, whole, decimals):
    """A first group of 1-3 digits not starting with 0, a point, exactly three digits."""
    text = f"{sign}{whole}.{decimals}"
    ambiguous = 1 <= len(whole) <= 3 and whole[0] != "0" and len(decimals) == 3
    if ambiguous:
        assert refused(to_decimal, text).code == "ambiguous_number"
    else:
        assert to_decimal(text) == Decimal(text)


@pytest.mark.parametrize("text", ["87,5", "1,000.5", "1.234,56", "1,5"])
def test_a_comma_is_still_refused_and_points_to_parse_number(text):
    error = refused(to_decimal, text, field="realisation")
    assert error.code == "comma_in_number"
    assert error.field == "realisation"
    assert 'parse_number(text, lang="id")' in error.reason
    assert 'lang="en"' in error.reason


def test_regression_a_target_of_one_thousand_is_no_longer_read_as_one():
    """The issue: target "1.000", realisation "950" gave 95 000 % and Di Atas Ekspektasi."""
    error = refused(achievement, "1.000", "950")
    assert error.code == "ambiguous_number"
    with pytest.raises(KinerjaError, match="ambiguous"):
        achievement(Target("1.000"), 950)
    target = parse_number("1.000", lang="id")
    assert achievement(target, "950") == Decimal("95")
    assert propose_work_result_rating(achievement(target, "950")).value == "Di Bawah Ekspektasi"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (True, "not_a_number"),
        (1.5, "float_not_accepted"),
        ("abc", "not_a_number"),
        (None, "not_a_number"),
        ("NaN", "not_a_number"),
        ("1" + "0" * MAX_INTEGER_DIGITS, "number_too_large"),
        ("0." + "0" * MAX_DECIMAL_PLACES + "1", "number_too_precise"),
    ],
)
def test_every_refusal_of_to_decimal_has_a_code_and_an_indonesian_reason(value, code):
    error = refused(to_decimal, value)
    assert error.code == code
    assert error.message("id") != error.message("en")


@settings(max_examples=40)
@given(kst.number_likes(min_value=-2000, max_value=2000, places=3))
def test_the_number_likes_strategy_gives_only_strings_to_decimal_reads(value):
    assert to_decimal(value) == to_decimal(value)  # no refusal
    if isinstance(value, str):
        assert not re.fullmatch(r"[+-]?[1-9][0-9]{0,2}(\.[0-9]{3})+", value)


# --- parse_number -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1.000", "id", "1000"),
        ("87,5", "id", "87.5"),
        ("87,50", "id", "87.50"),
        ("1.234,56", "id", "1234.56"),
        ("-12.500,75", "id", "-12500.75"),
        ("+1.000", "id", "1000"),
        ("0,125", "id", "0.125"),
        ("1000", "id", "1000"),
        ("1000,5", "id", "1000.5"),
        ("007", "id", "7"),
        ("1.000.000", "id", "1000000"),
        (" 1.000\t", "id", "1000"),  # spreadsheet exports: white space around
        ("\u00a01.234,5\u00a0", "id", "1234.5"),  # a no-break space around
        ("1,000.5", "en", "1000.5"),
        ("1,000", "en", "1000"),
        ("87.5", "en", "87.5"),
        ("1.000", "en", "1.000"),
        ("-1,234,567.25", "en", "-1234567.25"),
    ],
)
def test_parse_number_reads_each_writing(text, lang, expected):
    result = parse_number(text, lang=lang)
    assert result == Decimal(expected)
    assert str(result) == expected


def test_parse_number_reads_indonesian_by_default_and_takes_lang_positionally():
    assert parse_number("1.000") == 1000
    assert parse_number("1,000", "en") == 1000


@pytest.mark.parametrize(
    ("text", "lang", "says"),
    [
        ("", "id", "empty"),
        ("   ", "id", "empty"),
        ("1.00.000", "id", "groups of exactly"),
        ("1.0000", "id", 'use lang="en"'),
        ("01.000", "id", 'use lang="en"'),
        ("1.000.00", "id", "groups of exactly"),
        ("1000.000", "id", "groups of exactly"),
        ("87.5", "id", 'use lang="en"'),
        ("1,000.5", "id", 'use lang="en"'),
        ("1.234,56", "en", 'use lang="id"'),
        ("87,5", "en", 'use lang="id"'),
        ("1,00,000", "en", "groups of exactly"),  # the Indian lakh grouping
        ("1 000", "id", "white space"),
        ("1.000 ,5", "id", "white space"),
        ("1\u00a0000", "id", "white space"),
        ("Rp 1.000", "id", "'Rp'"),
        ("Rp1.000,00", "id", "'Rp'"),
        ("rp 5", "en", "'Rp'"),
        ("87,5%", "id", "percent"),
        ("1e3", "id", "not a number"),
        ("1E+3", "en", "not a number"),
        ("5,", "id", "not a number"),
        (",5", "id", "not a number"),
        ("1,,5", "id", "not a number"),
        ("--1", "id", "not a number"),
        ("+-1", "id", "not a number"),
        ("1,5,0", "id", "not a number"),
        ("1.000,5.0", "id", "not a number"),
        ("NaN", "id", "not a number"),
        ("Infinity", "en", "not a number"),
        ("\u0661\u0662", "id", "not a number"),  # Arabic-Indic digits
        ("\uff11", "en", "not a number"),  # a full-width digit
        ("\u22121.000", "id", "not a number"),  # a minus sign (U+2212), not a hyphen
        ("1_000", "en", "not a number"),
        ("abc", "en", "not a number"),
    ],
)
def test_parse_number_refuses_anything_not_well_formed(text, lang, says):
    error = refused(parse_number, text, lang=lang, field="target")
    assert error.code == "not_a_number"
    assert error.field == "target"
    assert error.value == text
    assert says in error.reason


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("1" + ".000" * 10, "id", "number_too_large"),  # 31 digits
        ("1" + ",000" * 10, "en", "number_too_large"),
        ("0," + "0" * MAX_DECIMAL_PLACES + "1", "id", "number_too_precise"),
        ("0." + "0" * MAX_DECIMAL_PLACES + "1", "en", "number_too_precise"),
    ],
)
def test_parse_number_keeps_the_input_bounds(text, lang, code):
    error = refused(parse_number, text, lang=lang, field="amount")
    assert error.code == code
    assert error.field == "amount"


def test_parse_number_accepts_the_largest_numbers_within_the_bounds():
    assert parse_number("9" * 3 + ".999" * 9) == 10**MAX_INTEGER_DIGITS - 1
    assert parse_number("0," + "0" * (MAX_DECIMAL_PLACES - 1) + "1") > 0
    assert parse_number("1," + "0" * 1000) == 1  # trailing zeros do not count


@pytest.mark.parametrize("lang", ["fr", "ID", "", None, 1, ("id",)])
def test_parse_number_accepts_only_id_and_en(lang):
    error = refused(parse_number, "1", lang=lang)
    assert error.field == "lang"


@pytest.mark.parametrize("text", [1000, Decimal("1.5"), 1.5, None, b"1", True])
def test_parse_number_reads_only_text(text):
    error = refused(parse_number, text, field="realisation")
    assert error.field == "realisation"
    assert error.code == "not_a_number"
    assert "str" in error.reason


@settings(max_examples=60)
@given(
    kst.decimals(min_value=-(10**12), max_value=10**12, places=4),
    st.sampled_from(["id", "en"]),
    st.booleans(),
    st.sampled_from(["", " ", "\t", "\u00a0"]),
)
def test_parse_number_reads_back_what_a_person_writes(value, lang, grouped, padding):
    text = written(value, lang, grouped=grouped)
    assert parse_number(f"{padding}{text}{padding}", lang=lang) == value


@settings(max_examples=30)
@given(kst.decimals(min_value=0, max_value=10**9, places=2))
def test_a_leading_plus_changes_nothing(value):
    for lang in ("id", "en"):
        text = written(value, lang)
        assert parse_number("+" + text, lang=lang) == parse_number(text, lang=lang) == value


@settings(max_examples=40)
@given(kst.decimals(min_value=1000, max_value=10**9, places=0))
def test_grouped_indonesian_text_reads_one_thousand_times_its_decimal_reading(value):
    """Where both readings exist, `lang="id"` takes the grouping; `to_decimal` takes neither."""
    text = written(value, "id")
    assert parse_number(text, lang="id") == value
    assert refused(to_decimal, text).code == "ambiguous_number"
