from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import regions
from desktop_app.core.issues import CATALOG, Severity
from desktop_app.core.nik import (
    NikInfo,
    clean_nik,
    is_excel_number_text,
    near_niks,
    nik_dates_and_sex,
    parse_nik,
)

TODAY = date(2025, 6, 1)
PANGGUL = "350301"  # Kec. Panggul, Kab. Trenggalek, Jawa Timur
VALID = "3503010101800001"  # man born 01-01-1980


def codes(info: NikInfo) -> list[str]:
    return [i.code for i in info.issues]


def parse(raw, **kw) -> NikInfo:
    return parse_nik(raw, today=TODAY, **kw)


# --------------------------------------------------------------------------- clean_nik


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("3503010101800001", VALID),
        ("'3503010101800001", VALID),
        ("\u20193503010101800001", VALID),
        ("3503.01.010180.0001", VALID),
        ("'3503.01.010180.0001", VALID),
        (" 3503-0101-0180-0001 ", VALID),
        ("3503\u00a00101\u00a00180\u00a00001", VALID),
        ("3503 0101 0180 0001\u200b", VALID),
        ("3503\u201301\u2014010180\u20120001", VALID),
        ("\uff13\uff15\uff10\uff13010101800001", VALID),  # fullwidth digits
        ("3503010101800001.0", VALID),  # float rendered as text
        ("35030101O1800001", "35030101O1800001"),  # letter O kept: format must fail
        ("3,50305E+15", "3,50305E+15"),
        (None, ""),
        ("", ""),
        ("   ", ""),
        (3503010101800001, VALID),
        (3503010101800001.0, VALID),
    ],
)
def test_clean_nik(raw, expected):
    assert clean_nik(raw) == expected


def test_clean_nik_nan_and_inf():
    assert clean_nik(float("nan")) == ""
    assert clean_nik(float("inf")) == ""
    assert clean_nik(Decimal("NaN")) == ""


# --------------------------------------------------------------------------- valid NIKs


def test_valid_man():
    info = parse(VALID)
    assert info.valid and info.issues == []
    assert info.nik == VALID
    assert info.region_code == "35.03.01"
    assert info.province == "Jawa Timur"
    assert info.kabupaten == "Kabupaten Trenggalek"
    assert info.kecamatan == "Panggul"
    assert info.birth_date == date(1980, 1, 1)
    assert info.sex == "L"
    assert info.serial == "0001"
    assert "Trenggalek" in info.region


def test_valid_woman_day_plus_40():
    info = parse("3503014512850002")
    assert info.valid
    assert info.sex == "P"
    assert info.birth_date == date(1985, 12, 5)


@pytest.mark.parametrize("day, sex", [("01", "L"), ("31", "L"), ("41", "P"), ("71", "P")])
def test_day_bounds(day, sex):
    info = parse(f"{PANGGUL}{day}0180" + "0001")
    assert info.valid, codes(info)
    assert info.sex == sex


def test_dotted_and_apostrophe_forms_are_valid():
    for raw in ("'3503.01.010180.0001", "3503.01.010180.0001", " 3503-0101-0180-0001 ", "'3503010101800001"):
        info = parse(raw)
        assert info.valid, (raw, codes(info))
        assert info.nik == VALID
        assert info.input == raw


def test_short_dashed_form_from_brief_is_format_error():
    # ' 3503-0101-8000-01 ' holds only 14 digits.
    info = parse(" 3503-0101-8000-01 ")
    assert codes(info) == ["nik.format"]
    assert info.issues[0].params == {"length": 14}
    assert "14" in info.issues[0].message()


def test_to_dict_shape():
    d = parse(VALID).to_dict()
    assert set(d) == {"input", "nik", "valid", "region_code", "region", "birth_date", "sex", "issues"}
    assert d["birth_date"] == "1980-01-01"
    assert d["issues"] == []


# --------------------------------------------------------------------------- errors


def test_missing():
    for raw in ("", None, "   ", "'"):
        info = parse(raw)
        assert codes(info) == ["nik.missing"]
        assert not info.valid


@pytest.mark.parametrize(
    "raw, length",
    [("1234", 4), ("350301010180000", 15), ("35030101018000011", 17), ("350301010180000X", 15)],
)
def test_format(raw, length):
    info = parse(raw)
    assert codes(info) == ["nik.format"]
    assert info.issues[0].params["length"] == length
    assert info.issues[0].severity is Severity.ERROR
    assert info.birth_date is None


@pytest.mark.parametrize("raw", ["3,50305E+15", "3.50305e15", "3.50305E+015", "'3,50305E+15", " 3503E12 "])
def test_excel_scientific_text(raw):
    info = parse(raw)
    assert codes(info) == ["nik.excel_number"]
    assert not info.valid
    assert is_excel_number_text(raw)


def test_excel_int_and_float_never_valid():
    for raw in (3503010101800001, 3503010101800001.0, Decimal("3503010101800001")):
        info = parse(raw)
        assert "nik.excel_number" in codes(info)
        assert not info.valid
        # the first 15 digits still decode
        assert info.birth_date == date(1980, 1, 1)
        assert info.region_code == "35.03.01"


def test_excel_from_number_flag():
    info = parse(VALID, from_number=True)
    assert codes(info) == ["nik.excel_number"]
    assert not info.valid


def test_excel_serial_not_checked_because_last_digit_untrusted():
    info = parse("3503010101800000", from_number=True)
    assert codes(info) == ["nik.excel_number"]


def test_float_above_2_pow_53_never_valid():
    # Papua NIKs are above 2**53: a float cannot hold them.
    raw = 9171010101800001
    info = parse(float(raw))
    assert "nik.excel_number" in codes(info)
    assert not info.valid
    assert info.nik != str(raw)  # the float already damaged it


def test_excel_number_with_wrong_length():
    info = parse(350301010180001)  # lost a leading digit
    assert codes(info) == ["nik.excel_number", "nik.format"]


def test_float_text():
    info = parse("3503010101800001.0")
    assert codes(info) == ["nik.excel_number"]
    assert info.nik == VALID


@pytest.mark.parametrize("pp", ["00", "01", "03", "10", "20", "37", "50", "90", "97", "99"])
def test_province(pp):
    info = parse(f"{pp}03010101800001")
    assert "nik.province" in codes(info)
    assert info.issues[0].params == {"code": pp}
    assert pp in info.issues[0].message()


def test_nik_sementara_leading_zero():
    info = parse("0035010101800001")
    assert codes(info)[0] == "nik.province"
    assert not info.valid


@pytest.mark.parametrize("raw", ["3500010101800001", "3503000101800001", "3500000101800001"])
def test_region_zero(raw):
    info = parse(raw)
    assert codes(info) == ["nik.region_zero"]
    assert not info.valid


@pytest.mark.parametrize(
    "part",
    [
        "000180",
        "320180",
        "400180",
        "720180",
        "990180",
        "011380",
        "010080",
        "019980",
        "300280",
        "310480",
        "700280",
    ],
)
def test_birthdate_impossible(part):
    info = parse(f"{PANGGUL}{part}0001")
    assert codes(info) == ["nik.birthdate"]
    assert info.issues[0].params == {"part": part}
    assert info.birth_date is None
    assert info.sex == ""


def test_29_february():
    assert parse(f"{PANGGUL}290204" + "0001").birth_date == date(2004, 2, 29)
    assert parse(f"{PANGGUL}690296" + "0001").birth_date == date(1996, 2, 29)
    # 2000 was a leap year (1900 was not): valid
    assert parse(f"{PANGGUL}290200" + "0001").birth_date == date(2000, 2, 29)
    # 2001 and 1901 are not leap years
    assert codes(parse(f"{PANGGUL}290201" + "0001")) == ["nik.birthdate"]
    assert codes(parse(f"{PANGGUL}690299" + "0001")) == ["nik.birthdate"]


def test_serial_0000():
    info = parse("3503010101800000")
    assert codes(info) == ["nik.serial"]
    assert not info.valid


def test_several_errors_together():
    info = parse("0000000000000000")
    assert codes(info) == ["nik.province", "nik.birthdate", "nik.serial"]


# --------------------------------------------------------------------------- region_unknown


def test_papua_old_code_is_warning_only():
    # Merauke was 91.01 before the 2022 split (now 93.01).
    info = parse("9101010101800001")
    assert codes(info) == ["nik.region_unknown"]
    assert info.issues[0].severity is Severity.WARNING
    assert info.issues[0].params == {"code": "91.01.01"}
    assert info.valid
    assert info.province == "Papua"
    assert info.kabupaten == ""


def test_papua_current_codes_known():
    assert parse("9171010101800001").issues == []  # Kota Jayapura stayed in Papua
    assert parse("9301010101800001").issues == []  # Merauke, Papua Selatan


def test_tarakan_old_code_is_warning():
    info = parse("6473010101800001")  # Tarakan before Kaltara (now 65.71)
    assert codes(info) == ["nik.region_unknown"]
    assert parse("6571010101800001").issues == []


def test_known_province_unknown_kecamatan():
    info = parse("3503990101800001")
    assert codes(info) == ["nik.region_unknown"]
    assert info.kabupaten == "Kabupaten Trenggalek"
    assert info.kecamatan == ""


# --------------------------------------------------------------------------- century


@pytest.mark.parametrize(
    "yy_part, today, expected_year",
    [
        ("010180", date(2025, 6, 1), 1980),
        ("010125", date(2025, 6, 1), 2025),  # earlier this year: a baby
        ("010625", date(2025, 6, 1), 2025),  # today
        ("020625", date(2025, 6, 1), 1925),  # tomorrow would be the future: 100 years old
        ("010126", date(2025, 6, 1), 1926),
        ("010105", date(2025, 6, 1), 2005),
        ("010199", date(2025, 6, 1), 1999),
        ("010100", date(2025, 6, 1), 2000),
        ("010130", date(2025, 6, 1), 1930),
        ("010130", date(2031, 6, 1), 2030),
        ("290200", date(2101, 3, 1), 2000),  # 2100 is not a leap year
    ],
)
def test_century(yy_part, today, expected_year):
    info = parse_nik(f"{PANGGUL}{yy_part}0001", today=today)
    assert info.birth_date is not None and info.birth_date.year == expected_year


@given(st.dates(min_value=date(1926, 1, 1), max_value=date(2025, 6, 1)))
def test_century_roundtrip(born):
    part = born.strftime("%d%m%y")
    info = parse_nik(f"{PANGGUL}{part}0001", today=TODAY)
    assert info.birth_date == born
    age = TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
    assert 0 <= age <= 100


# --------------------------------------------------------------------------- helpers


def test_nik_dates_and_sex():
    assert nik_dates_and_sex("3503014512850002", today=TODAY) == (date(1985, 12, 5), "P")
    assert nik_dates_and_sex("350301451285", today=TODAY) == (date(1985, 12, 5), "P")  # while typing
    assert nik_dates_and_sex("3503.01.451285", today=TODAY) == (date(1985, 12, 5), "P")
    assert nik_dates_and_sex("35030145", today=TODAY) == (None, "")
    assert nik_dates_and_sex("3503013212850002", today=TODAY) == (None, "")
    assert nik_dates_and_sex(None) == (None, "")
    assert nik_dates_and_sex("abc") == (None, "")


def test_near_niks():
    assert near_niks(VALID, "3503010101800002")  # one digit
    assert near_niks(VALID, "3503010101800010")  # adjacent swap
    assert near_niks("3503010101800001", "3530010101800001")  # adjacent swap
    assert near_niks("3503.01.010180.0001", "3503010101800007")
    assert not near_niks(VALID, VALID)  # equal is a duplicate, not near
    assert not near_niks(VALID, "3503010101800022")  # two digits
    assert not near_niks(VALID, "3503010101801000")  # non-adjacent swap
    assert not near_niks(VALID, "350301010180001")
    assert not near_niks(VALID, None)
    assert not near_niks("350301010180000A", "350301010180000B")


# --------------------------------------------------------------------------- properties

any_input = st.one_of(
    st.none(),
    st.text(),
    st.text(alphabet="0123456789 .-'\u00a0eE+,"),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(),
    st.booleans(),
    st.binary(),
)


@settings(max_examples=400)
@given(any_input, st.booleans())
def test_parse_nik_never_raises(raw, from_number):
    info = parse_nik(raw, from_number=from_number, today=TODAY)
    assert isinstance(info, NikInfo)
    assert info.valid == (not any(i.severity is Severity.ERROR for i in info.issues))
    assert all(i.code in CATALOG for i in info.issues)
    if info.valid:
        assert len(info.nik) == 16 and info.nik.isdigit()
        assert not isinstance(raw, int | float | Decimal) or isinstance(raw, bool)
        assert not from_number
    assert isinstance(clean_nik(raw), str)
    nik_dates_and_sex(raw)
    near_niks(raw, VALID)


@settings(max_examples=50)
@given(st.floats(min_value=1e15, max_value=1e16 - 1))
def test_floats_never_valid(value):
    assert not parse_nik(value, today=TODAY).valid


def _kecamatan_prefixes() -> list[str]:
    out = []
    for prov in regions.provinces():
        for kab in regions.kabupaten_of(prov.code):
            for kec in regions.kecamatan_of(kab.code):
                code = kec.code.replace(".", "")
                if code[2:4] != "00" and code[4:6] != "00":
                    out.append(code)
    return out


KEC_PREFIXES = _kecamatan_prefixes()


@settings(max_examples=300)
@given(
    st.sampled_from(KEC_PREFIXES),
    st.dates(min_value=date(1926, 6, 2), max_value=TODAY),
    st.booleans(),
    st.integers(min_value=1, max_value=9999),
)
def test_valid_parts_parse_valid(prefix, born, woman, serial):
    day = born.day + (40 if woman else 0)
    nik = f"{prefix}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    info = parse_nik(nik, today=TODAY)
    assert info.valid and info.issues == [], (nik, info.issues)
    assert info.birth_date == born
    assert info.sex == ("P" if woman else "L")
    assert info.region_code == f"{prefix[:2]}.{prefix[2:4]}.{prefix[4:]}"
    assert info.kecamatan
    dotted = f"{nik[:4]}.{nik[4:6]}.{nik[6:12]}.{nik[12:]}"
    assert parse_nik("'" + dotted, today=TODAY).valid


def test_many_niks_fast_enough():
    # A sanity check, not a benchmark: 100k must be far below 2 s; allow slack for slow CI.
    import time

    niks = [
        f"{KEC_PREFIXES[i % len(KEC_PREFIXES)]}{(i % 28) + 1:02d}{(i % 12) + 1:02d}{i % 100:02d}{i % 9999 + 1:04d}"
        for i in range(100_000)
    ]
    start = time.perf_counter()
    valid = sum(parse_nik(n, today=TODAY).valid for n in niks)
    elapsed = time.perf_counter() - start
    assert valid == 100_000
    assert elapsed < 6.0


@pytest.mark.parametrize(
    "raw",
    [10**5000, -(10**5000), Decimal("1e999999"), 1e300, -5, Decimal("-0.5"), object()],
    ids=["huge-int", "huge-negative", "huge-decimal", "huge-float", "negative", "fraction", "object"],
)
def test_hostile_numbers(raw):
    info = parse_nik(raw, today=TODAY)
    assert not info.valid
    assert len(info.nik) < 200
