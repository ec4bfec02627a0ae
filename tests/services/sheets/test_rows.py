"""rows: the expected Person for every trap, in every format; never raises."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.progress import Progress
from desktop_app.services.sheets.layout import TARGETS, detect
from desktop_app.services.sheets.reader import Cell, read_workbook
from desktop_app.services.sheets.rows import (
    RowConverter,
    data_source_code,
    funding_code,
    iter_persons,
    row_to_person,
)
from tests.fixtures import make_workbooks as mw

MAKERS = {
    "xlsx": mw.make_nasty_xlsx,
    "xls": mw.make_nasty_xls,
    "ods": mw.make_nasty_ods,
    "csv": mw.make_nasty_csv,
}


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_nasty_rows_give_expected_persons(tmp_path, fmt):
    path, exp = MAKERS[fmt](tmp_path)
    sheet = read_workbook(path)
    lay = detect(sheet.rows)
    got = {row: (p, notes) for row, p, notes in iter_persons(sheet.rows, lay, desa_code="35.03.01.2001")}
    assert sorted(got) == exp.data_rows
    for row, fields in exp.persons.items():
        person, _ = got[row]
        assert person.desa_code == "35.03.01.2001"
        for name, value in fields.items():
            assert getattr(person, name) == value, (fmt, row, name)


def test_numeric_nik_is_flagged_and_never_through_an_exponent():
    m = {"nik": 0}
    p, _ = row_to_person([Cell(3503011201800001.0, True)], m, desa_code="x")
    assert (p.nik, p.nik_from_number) == ("3503011201800001", True)
    p, _ = row_to_person([Cell(3503011201800001, True)], m, desa_code="x")
    assert (p.nik, p.nik_from_number) == ("3503011201800001", True)
    p, _ = row_to_person([Cell(float(9171012345678901), True)], m, desa_code="x")
    assert p.nik_from_number and p.nik != "9171012345678901" and len(p.nik) == 16
    p, _ = row_to_person([Cell(3.50305e15, True)], m, desa_code="x")
    assert (p.nik, p.nik_from_number) == ("3503050000000000", True)
    for text in ("3,50305E+15", "3.50305e15", "3503011201800001.0"):
        p, _ = row_to_person([Cell(text)], m, desa_code="x")
        assert p.nik_from_number, text
    for text, nik in (("'3503011201800001", "3503011201800001"), ("3503 0112 0180 0001", "3503011201800001"),
                      ("35.03.01.120180.0001", "3503011201800001"), ("3503-0112-0180-0001", "3503011201800001")):
        p, _ = row_to_person([Cell(text)], m, desa_code="x")
        assert (p.nik, p.nik_from_number) == (nik, False), text


def test_plain_values_and_other_columns():
    m = {"nik": 0, "full_name": 1, "birth_date": 2, "sex": 3, "phone": 4, "income": 5, "funding_source": 6,
         "data_source": 7, "desil": 8, "dusun": 9, "address": 10, "rt": 11, "rw": 12, "occupation": 13}
    row = ["3503011201800001", "Drs. Bambang  Sutrisno", datetime(1980, 5, 12), "laki-laki", "+6281234567890",
           "Rp 1.500.000", "DBHCHT", "DTKS", "Desil 3", "Krajan", "Jl. Mawar  5", 3.0, "02",
           "Buruh tani tembakau"]
    p, notes = row_to_person(row, m, desa_code="x")
    assert notes == []
    assert (p.full_name, p.name_title, p.birth_date, p.sex) == ("BAMBANG SUTRISNO", "Drs.", date(1980, 5, 12), "L")
    assert (p.phone, p.income, p.funding_source, p.data_source, p.desil) == (
        "081234567890", 1_500_000, "dbhcht", "dtks", 3)
    assert (p.dusun, p.address, p.rt, p.rw, p.occupation) == ("KRAJAN", "Jl. Mawar 5", "003", "002",
                                                               "buruh_tani_tembakau")


def test_notes_for_unreadable_values():
    m = {"birth_date": 0, "sex": 1, "income": 2, "funding_source": 3, "desil": 4, "rt_rw": 5}
    p, notes = row_to_person(["31-02-1980", "X", "banyak", "Hibah", "11", date(2025, 2, 1)], m, desa_code="x")
    assert p.birth_date is None and p.sex == "" and p.income is None and p.desil is None
    assert len(notes) == 6
    assert all(isinstance(n, str) and n for n in notes)


@pytest.mark.parametrize(
    ("text", "code"),
    [("APBD Kabupaten/Kota", "apbd_kabupaten"), ("apbd prov", "apbd_provinsi"), ("Dana Desa", "apbdes"),
     ("DBH Sawit", "dbh_sawit"), ("dbhcht", "dbhcht"), ("APBD Kab. Trenggalek 2025", "apbd_kabupaten"),
     ("hibah", "")],
)
def test_funding_codes(text, code):
    assert funding_code(text) == code


def test_data_source_codes():
    assert data_source_code("DTSEN") == "dtsen"
    assert data_source_code("Usulan Desa") == "usulan_desa"
    assert data_source_code("entah") == ""


def test_iter_persons_progress_and_converter_reuse():
    rows = [["NIK", "NAMA"]] + [[f"35030112018{i:05d}", f"WARGA {i}"] for i in range(2500)]
    lay = detect(rows)
    seen = []
    out = list(iter_persons(rows, lay, desa_code="x", progress=Progress(lambda d, t: seen.append((d, t)))))
    assert len(out) == 2500 and out[0][0] == 2 and out[-1][0] == 2501
    assert seen[-1] == (2500, 2500)
    convert = RowConverter(lay.mapping, desa_code="x")
    assert convert(rows[1])[0].full_name == "WARGA 0"


_VALUES = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.timedeltas(),
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_VALUES, st.builds(Cell, _VALUES, st.booleans())), max_size=25),
    st.dictionaries(st.sampled_from(TARGETS), st.integers(min_value=-2, max_value=30), max_size=12),
)
def test_row_to_person_never_raises(cells, mapping):
    person, notes = row_to_person(cells, mapping, desa_code="35.03.01.2001")
    assert person.desa_code == "35.03.01.2001"
    assert isinstance(person.nik, str) and isinstance(notes, list)
    assert person.sex in ("", "L", "P")
