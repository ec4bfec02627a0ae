"""Normalisers: every data-quality trap of DOMAIN.md that is not about the NIK itself."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.budget import format_rupiah
from desktop_app.core.normalize import (
    display_name,
    name_key,
    normalize_money,
    normalize_name,
    normalize_occupation,
    normalize_phone,
    normalize_rt_rw,
    normalize_sex,
    normalize_text,
    pad_rt,
    parse_date,
    parse_date_verbose,
    split_place_date,
)
from desktop_app.core.person import Occupation

TODAY = date(2025, 6, 1)

# --------------------------------------------------------------------------- text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("  SITI   AMINAH ", "SITI AMINAH"),
        ("SITI\u00a0AMINAH", "SITI AMINAH"),  # NBSP from web exports
        ("SITI\tAMINAH\n", "SITI AMINAH"),
        ("SITI\u200bAMINAH", "SITIAMINAH"),  # zero-width space is invisible, not a space
        ("\ufeffSUPARMAN", "SUPARMAN"),
        ("３５０３", "3503"),  # full-width digits
        (None, ""),
        (b"SRI WAHYUNI", "SRI WAHYUNI"),
        (12, "12"),
        (12.0, "12"),
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    "raw, name, title",
    [
        ("siti aminah", "SITI AMINAH", ""),  # mixed case -> KTP caps
        ("  Siti   Aminah  ", "SITI AMINAH", ""),  # double spaces
        ("H. AHMAD FAUZI", "AHMAD FAUZI", "H."),
        ("H.AHMAD FAUZI", "AHMAD FAUZI", "H."),
        ("H AHMAD FAUZI", "AHMAD FAUZI", "H."),
        ("HAJI AHMAD FAUZI", "AHMAD FAUZI", "H."),
        ("Hj. Siti Aminah", "SITI AMINAH", "Hj."),
        ("HJ SITI AMINAH", "SITI AMINAH", "Hj."),
        ("HAJJAH SITI AMINAH", "SITI AMINAH", "Hj."),
        ("Drs. Suparman", "SUPARMAN", "Drs."),
        ("DR. IR. BAMBANG", "BAMBANG", "Dr. Ir."),
        ("PROF. DR. BAMBANG", "BAMBANG", "Prof. Dr."),
        ("KH. ABDUL MALIK", "ABDUL MALIK", "KH."),
        ("Siti Aminah, S.Pd.", "SITI AMINAH", "S.Pd."),
        ("SITI AMINAH, S.PD", "SITI AMINAH", "S.Pd."),
        ("SITI AMINAH S.PD.", "SITI AMINAH", "S.Pd."),
        ("SITI AMINAH, S.PD.I", "SITI AMINAH", "S.Pd.I."),
        ("AHMAD, S.AG.", "AHMAD", "S.Ag."),
        ("BUDI SANTOSO, SE", "BUDI SANTOSO", "S.E."),
        ("BUDI SANTOSO, S.E.", "BUDI SANTOSO", "S.E."),
        ("BUDI SANTOSO, SH", "BUDI SANTOSO", "S.H."),
        ("BUDI, S.KOM", "BUDI", "S.Kom."),
        ("DWI LESTARI, A.MD", "DWI LESTARI", "A.Md."),
        ("Drs. H. SUPARMAN, M.Pd.", "SUPARMAN", "Drs. H. M.Pd."),
        ("Hj. Siti Aminah, S.Pd., M.Pd.", "SITI AMINAH", "Hj. S.Pd. M.Pd."),
        ("'SUPARMAN", "SUPARMAN", ""),  # leading apostrophe
        ("SUPARMAN.", "SUPARMAN", ""),  # stray dot
        ("- SUPARMAN -", "SUPARMAN", ""),
        ("MUHAMMAD ROFIQ", "MUHAMMAD ROFIQ", ""),  # spelling is never changed
        ("MOCH. ROFIQ", "MOCH. ROFIQ", ""),
        ("M. ROFIQ", "M. ROFIQ", ""),
        ("ACHMAD", "ACHMAD", ""),
        ("HAJIRAH", "HAJIRAH", ""),  # a name, not a title
        ("IRWAN", "IRWAN", ""),
        ("DRAJAT", "DRAJAT", ""),
        ("HJ", "HJ", ""),  # only a title: keep what was typed
        ("MA'RUF", "MA'RUF", ""),
        ("", "", ""),
    ],
)
def test_normalize_name(raw, name, title):
    assert normalize_name(raw) == (name, title)


def test_display_name_puts_titles_back():
    assert display_name("SITI AMINAH", "Hj. S.Pd. M.Pd.") == "Hj. SITI AMINAH, S.Pd., M.Pd."
    assert display_name("SUPARMAN", "") == "SUPARMAN"
    assert display_name(*normalize_name("Drs. H. Suparman, M.Pd.")) == "Drs. H. SUPARMAN, M.Pd."


@pytest.mark.parametrize(
    "variants",
    [
        ("MUHAMMAD ROFIQ", "MUHAMAD ROFIQ", "MOHAMMAD ROFIQ", "MOCH. ROFIQ", "MOCH ROFIQ", "MOH. ROFIQ",
         "M. ROFIQ", "M ROFIK", "Muhammad Rofiq", "H. MUHAMMAD ROFIQ"),
        ("SITI AMINAH", "ST. AMINAH", "SITTI AMINAH", "Hj. Siti Aminah, S.Pd."),
        ("ACHMAD FAUZI", "AHMAD FAUZI", "AKHMAD FAUZI"),
        ("DJOKO SOESILO", "JOKO SUSILO"),  # old spelling
        ("TJIPTO", "CIPTO"),
        ("SOEKARNO", "SUKARNO"),
        ("ABDULLAH", "ABDULAH"),  # double letters
        ("SITI  AMINAH", "SITIAMINAH"),  # spaces do not count
    ],
)
def test_name_key_folds_variants(variants):
    keys = {name_key(v) for v in variants}
    assert len(keys) == 1, keys


def test_name_key_keeps_different_names_apart():
    assert name_key("SITI AMINAH") != name_key("SITI ALFIAH")
    assert name_key("SUPARMAN") != name_key("SUPARMIN")
    assert name_key("") == ""


# --------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("0812-3456-7890", ("081234567890", True)),
        ("0812 3456 7890", ("081234567890", True)),
        ("+62 812 3456 7890", ("081234567890", True)),
        ("+62 (0)812 3456 7890", ("081234567890", True)),
        ("6281234567890", ("081234567890", True)),
        ("62-812-3456-7890", ("081234567890", True)),
        ("81234567890", ("081234567890", True)),  # Excel dropped the leading 0
        (81234567890, ("081234567890", True)),
        (81234567890.0, ("081234567890", True)),
        ("812345678", ("0812345678", True)),  # shortest: 08 + 8 digits
        ("'081234567890", ("081234567890", True)),  # leading apostrophe
        ("0812.3456.789", ("08123456789", True)),
        ("8.1234567890E+10", ("081234567890", True)),
        ("0857 1234 5678 / 0812 9999 8888", ("085712345678", True)),  # first of two
        ("0895-1234-56789", ("0895123456789", True)),  # 13 digits
        ("021-5551234", ("0215551234", False)),  # landline
        ("(0341) 123456", ("0341123456", False)),
        ("0355 791234", ("0355791234", False)),
        ("0800123456", ("0800123456", False)),  # 080 is no mobile prefix
        ("08123", ("08123", False)),  # too short
        ("0812345678901234", ("0812345678901234", False)),  # too long
        ("", ("", False)),
        (None, ("", False)),
        ("-", ("", False)),
        ("0", ("", False)),
        ("tidak ada", ("", False)),
    ],
)
def test_normalize_phone(raw, expected):
    assert normalize_phone(raw) == expected


def test_normalize_phone_text_without_digits_is_not_mobile():
    number, mobile = normalize_phone("hubungi pak RT")
    assert mobile is False and number


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "raw, expected",
    [
        (date(1980, 5, 12), date(1980, 5, 12)),
        (datetime(1980, 5, 12, 0, 0), date(1980, 5, 12)),
        (29353, date(1980, 5, 12)),  # Excel serial
        (29353.0, date(1980, 5, 12)),
        (29353.75, date(1980, 5, 12)),  # a time part
        ("29353", date(1980, 5, 12)),
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),  # after Excel's phantom 29-02-1900
        ("12-05-1980", date(1980, 5, 12)),
        ("12/05/1980", date(1980, 5, 12)),
        ("12.05.1980", date(1980, 5, 12)),
        ("12 - 05 - 1980", date(1980, 5, 12)),
        ("1-5-1980", date(1980, 5, 1)),
        ("12/05/80", date(1980, 5, 12)),
        ("12/05/05", date(2005, 5, 12)),
        ("12/05/25", date(2025, 5, 12)),  # not in the future: the recent century
        ("01/07/25", date(1925, 7, 1)),  # 2025-07-01 would be in the future
        ("1980-05-12", date(1980, 5, 12)),
        ("1980-05-12 00:00:00", date(1980, 5, 12)),
        ("1980-05-12T00:00:00", date(1980, 5, 12)),
        ("12/05/1980 0:00", date(1980, 5, 12)),
        ("12 Mei 1980", date(1980, 5, 12)),
        ("12 MEI 1980", date(1980, 5, 12)),
        ("12-Mei-1980", date(1980, 5, 12)),
        ("12 mei 80", date(1980, 5, 12)),
        ("Senin, 12 Mei 1980", date(1980, 5, 12)),
        ("12 May 1980", date(1980, 5, 12)),
        ("May 12, 1980", date(1980, 5, 12)),
        ("12051980", date(1980, 5, 12)),
        ("19800512", date(1980, 5, 12)),
        ("'12-05-1980", date(1980, 5, 12)),
    ],
)
def test_parse_date(raw, expected):
    assert parse_date(raw, today=TODAY) == expected


@pytest.mark.parametrize(
    "month, names",
    [
        (1, ["Januari", "JAN", "January"]),
        (2, ["Februari", "Pebruari", "Feb", "February"]),
        (3, ["Maret", "Mar", "March"]),
        (4, ["April", "Apr"]),
        (5, ["Mei", "May"]),
        (6, ["Juni", "Jun", "June"]),
        (7, ["Juli", "Jul", "July"]),
        (8, ["Agustus", "Agt", "Agu", "Agus", "Aug", "August"]),
        (9, ["September", "Sep", "Sept"]),
        (10, ["Oktober", "Okt", "Oct", "October"]),
        (11, ["November", "Nopember", "Nov", "Nop"]),
        (12, ["Desember", "Des", "Dec", "December"]),
    ],
)
def test_month_names(month, names):
    for name in names:
        for text in (f"5 {name} 1980", f"5 {name.upper()} 1980", f"05-{name}-1980", f"5 {name}. 1980"):
            assert parse_date(text, today=TODAY) == date(1980, month, 5), text


@pytest.mark.parametrize(
    "raw, reason_part",
    [
        ("05/13/1980", "bulan 13"),  # US order: never swapped silently
        ("13/13/1980", "bulan 13"),
        ("31-02-1980", "31-02-1980"),
        ("29-02-1981", "29-02-1981"),
        (60, "29-02-1900"),  # Excel's phantom leap day
        (0, "bukan tanggal"),
        (-5, "bukan tanggal"),
        (80000, "bukan tanggal"),  # after 2100
        ("12 Foo 1980", "Foo".upper()),
        ("kemarin", "tidak dikenal"),
        ("12-05-1800", "1800"),
        ("", "kosong"),
        (None, "kosong"),
        (float("nan"), "bukan tanggal"),
        (True, "bukan tanggal"),
    ],
)
def test_parse_date_rejects_with_reason(raw, reason_part):
    got, reason = parse_date_verbose(raw, today=TODAY)
    assert got is None
    assert reason_part in reason


def test_two_digit_year_never_in_the_future():
    assert parse_date("12/07/24", today=TODAY) == date(2024, 7, 12)
    assert parse_date("12/07/25", today=TODAY) == date(1925, 7, 12)
    assert parse_date("12/05/25", today=date(2025, 5, 11)) == date(1925, 5, 12)
    assert parse_date_verbose("12/05/26", today=date(2025, 5, 11)) == (date(1926, 5, 12), "")
    assert parse_date("12 Mei 99", today=TODAY) == date(1999, 5, 12)


@pytest.mark.parametrize(
    "raw, place, born",
    [
        ("TRENGGALEK, 12-05-1980", "TRENGGALEK", date(1980, 5, 12)),
        ("Trenggalek, 12 Mei 1980", "TRENGGALEK", date(1980, 5, 12)),
        ("Trenggalek / 12 Mei 1980", "TRENGGALEK", date(1980, 5, 12)),
        ("TRENGGALEK 12-05-1980", "TRENGGALEK", date(1980, 5, 12)),
        ("TRENGGALEK,12/05/1980", "TRENGGALEK", date(1980, 5, 12)),
        ("KAB. MALANG, 12-05-1980", "KAB. MALANG", date(1980, 5, 12)),
        ("TANJUNG PRIOK - 1980-05-12", "TANJUNG PRIOK", date(1980, 5, 12)),
        ("TRENGGALEK, 12-05-80", "TRENGGALEK", date(1980, 5, 12)),
        ("Trenggalek", "TRENGGALEK", None),
        ("TRENGGALEK, 31-02-1980", "TRENGGALEK", None),  # no real date: place kept, date None
        ("12-05-1980", "", date(1980, 5, 12)),
        (date(1980, 5, 12), "", date(1980, 5, 12)),
        (29353, "", date(1980, 5, 12)),
        ("", "", None),
        (None, "", None),
    ],
)
def test_split_place_date(raw, place, born):
    assert split_place_date(raw, today=TODAY) == (place, born)


# --------------------------------------------------------------------------- RT/RW, sex, occupation, money


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("001/002", ("001", "002")),
        ("RT 1 RW 2", ("001", "002")),
        ("RT.01/RW.02", ("001", "002")),
        ("rt 001 rw 002", ("001", "002")),
        ("01 / 02", ("001", "002")),
        ("1/2", ("001", "002")),
        ("1-2", ("001", "002")),
        ("RT 5", ("005", "")),
        ("RW 3", ("", "003")),
        ("7", ("007", "")),
        (7, ("007", "")),
        (7.0, ("007", "")),
        (date(2025, 2, 1), ("", "")),  # Excel turned "1/2" into a date: not guessed
        ("", ("", "")),
        ("-", ("", "")),
    ],
)
def test_normalize_rt_rw(raw, expected):
    assert normalize_rt_rw(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [("1", "001"), ("01", "001"), ("001", "001"), ("0001", "001"), (12, "012"), (3.0, "003"), ("RT 4", "004"),
     ("", ""), ("abc", ""), (None, "")],
)
def test_pad_rt(raw, expected):
    assert pad_rt(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("L", "L"), ("l", "L"), ("LK", "L"), ("LAKI-LAKI", "L"), ("Laki-laki", "L"), ("LAKI LAKI", "L"),
        ("Laki - Laki", "L"), ("PRIA", "L"), ("P", "P"), ("PR", "P"), ("PEREMPUAN", "P"), ("Perempuan", "P"),
        ("WANITA", "P"), ("W", "P"), (1, "L"), (2, "P"), ("", ""), ("X", ""), (None, ""), (True, ""),
    ],
)
def test_normalize_sex(raw, expected):
    assert normalize_sex(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("PETANI", ("petani", "")),
        ("Pekebun", ("petani", "")),
        ("PETANI/PEKEBUN", ("petani", "")),
        ("PETANI TEMBAKAU", ("petani_tembakau", "")),
        ("Buruh Tani Tembakau", ("buruh_tani_tembakau", "")),
        ("NELAYAN", ("nelayan", "")),
        ("PEDAGANG", ("pedagang", "")),
        ("WIRASWASTA PEDAGANG", ("pedagang", "")),
        ("OJEK", ("ojek", "")),
        ("TUKANG OJEK", ("ojek", "")),
        ("OJOL", ("ojek", "")),
        ("BURUH HARIAN LEPAS", ("buruh_harian_lepas", "")),
        ("BHL", ("buruh_harian_lepas", "")),
        ("BURUH", ("buruh_harian_lepas", "")),
        ("MARBOT", ("pekerja_keagamaan", "")),
        ("MODIN", ("pekerja_keagamaan", "")),
        ("GURU NGAJI", ("pekerja_keagamaan", "")),
        ("TAKMIR MASJID", ("pekerja_keagamaan", "")),
        ("PETERNAK", ("peternak", "")),
        ("PENGRAJIN", ("pengrajin", "")),
        ("KADER POSYANDU", ("kader", "")),
        ("KETUA RT", ("rt_rw", "")),
        ("RT/RW", ("rt_rw", "")),
        ("petani_tembakau", ("petani_tembakau", "")),  # already a code
        ("Marbot/Pekerja Keagamaan", ("pekerja_keagamaan", "")),  # a label
        ("Lainnya", ("lainnya", "")),
        ("TUKANG BATU", ("lainnya", "Tukang Batu")),
        ("  penjahit  ", ("lainnya", "Penjahit")),
        ("", ("", "")),
        (None, ("", "")),
    ],
)
def test_normalize_occupation(raw, expected):
    assert normalize_occupation(raw) == expected


def test_every_occupation_label_maps_to_its_code():
    from desktop_app.core.person import OCCUPATION_LABELS

    for code, label in OCCUPATION_LABELS.items():
        got = normalize_occupation(label)[0]
        assert got == code, (label, got)
    assert {c.value for c in Occupation} == set(OCCUPATION_LABELS)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Rp1.000.000", 1_000_000),
        ("Rp 1.000.000", 1_000_000),
        ("Rp. 1.000.000,-", 1_000_000),
        ("Rp 1.500.000,00", 1_500_000),
        ("1,000,000", 1_000_000),
        ("1,000,000.00", 1_000_000),
        ("1000000", 1_000_000),
        (1_000_000, 1_000_000),
        (1000000.0, 1_000_000),
        ("1,5 juta", 1_500_000),
        ("2 jt", 2_000_000),
        ("500 rb", 500_000),
        ("16.800", 16_800),
        ("", None),
        ("abc", None),
        (None, None),
        (float("nan"), None),
        (True, None),
    ],
)
def test_normalize_money(raw, expected):
    assert normalize_money(raw) == expected


# --------------------------------------------------------------------------- properties

ANYTHING = st.one_of(
    st.none(),
    st.booleans(),
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40),
    st.text(alphabet="0123456789 ./-,:+'RTWLPHJ", max_size=30),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.binary(max_size=40),
    st.dates(),
    st.datetimes(),
    st.decimals(allow_nan=True),
)

NORMALISERS = [
    normalize_text,
    normalize_name,
    name_key,
    normalize_phone,
    parse_date,
    parse_date_verbose,
    split_place_date,
    normalize_rt_rw,
    pad_rt,
    normalize_sex,
    normalize_occupation,
    normalize_money,
]


@settings(max_examples=400, deadline=None)
@given(value=ANYTHING)
def test_no_normaliser_ever_raises(value):
    for fn in NORMALISERS:
        fn(value)


@settings(max_examples=300, deadline=None)
@given(value=ANYTHING)
def test_result_shapes(value):
    name, title = normalize_name(value)
    assert name == name.strip() and "  " not in name and isinstance(title, str)
    assert name_key(value) == name_key(value).replace(" ", "")
    number, mobile = normalize_phone(value)
    assert isinstance(number, str) and isinstance(mobile, bool)
    if mobile:
        assert re.fullmatch(r"08[1-9][0-9]{7,10}", number)
    got, reason = parse_date_verbose(value, today=TODAY)
    assert (got is None) == bool(reason)
    rt, rw = normalize_rt_rw(value)
    assert all(x == "" or re.fullmatch(r"[0-9]{3,4}", x) for x in (rt, rw))
    assert normalize_sex(value) in ("", "L", "P")
    code, other = normalize_occupation(value)
    assert code == "" or code in {o.value for o in Occupation}
    assert other == "" or code == "lainnya"
    money = normalize_money(value)
    assert money is None or isinstance(money, int)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ .,'-", max_size=40))
def test_normalize_name_is_idempotent(text):
    name, title = normalize_name(text)
    again, more = normalize_name(display_name(name, title))
    assert again == name
    assert more == title


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_dates_round_trip(d):
    indo = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
            "Oktober", "November", "Desember"]
    for text in (d.strftime("%d-%m-%Y"), d.strftime("%d/%m/%Y"), d.isoformat(), f"{d.day} {indo[d.month - 1]} {d.year}"):
        assert parse_date(text, today=TODAY) == d
    serial = (d - date(1899, 12, 30)).days  # Excel's 1900 date system
    if serial > 60:
        assert parse_date(serial) == d
        assert parse_date(float(serial)) == d


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_money_round_trip_with_format_rupiah(n):
    assert normalize_money(format_rupiah(n)) == n
    assert normalize_money(f"{n:,}") == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9 - 1))
def test_mobile_round_trip(rest):
    number = f"0812{rest:08d}"[:12]
    for form in (number, "+62" + number[1:], "62" + number[1:], number[1:], int(number[1:]), float(number[1:]),
                 f"{number[:4]}-{number[4:8]}-{number[8:]}"):
        assert normalize_phone(form) == (number, True), form


@pytest.mark.parametrize("text", ["0812 3456 7890", "+62 857-1234-5678", "0841 2345 6789", "0868 1234 5678",
                                  "081234", "(0341) 551234", "62895123456789"])
def test_normalize_and_validation_agree_on_what_is_mobile(text):
    """normalize_phone's flag and validation's phone.format rule are one rule (084x/086x are no
    mobile prefixes)."""
    from desktop_app.core.validation import is_mobile_phone

    number, mobile = normalize_phone(text)
    assert mobile == is_mobile_phone(number)
