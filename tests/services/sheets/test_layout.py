"""layout: header under title rows, two-row headers, numbering/JUMLAH/signature rows, auto_map."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.sheets.layout import TARGETS, auto_map, detect, layout_signature
from desktop_app.services.sheets.reader import Cell, read_workbook
from tests.fixtures import make_workbooks as mw

MAKERS = {
    "xlsx": mw.make_nasty_xlsx,
    "xls": mw.make_nasty_xls,
    "ods": mw.make_nasty_ods,
    "csv": mw.make_nasty_csv,
}


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_nasty_layout(tmp_path, fmt):
    path, exp = MAKERS[fmt](tmp_path)
    lay = detect(read_workbook(path).rows)
    assert lay.found
    assert lay.header_row == exp.header_row
    assert lay.data_rows == exp.data_rows  # the spreadsheet's own row numbers; row 9 skipped
    ignored = dict(lay.ignored_rows)
    for row, reason in exp.ignored.items():
        assert ignored.get(row, "").startswith(reason), (row, ignored)
    assert set(ignored) == set(exp.ignored)
    assert set(lay.mapping) == exp.mapping_targets
    assert lay.warnings == []


def test_two_row_header_combines_parent_and_sub(tmp_path):
    path, _ = mw.make_nasty_xlsx(tmp_path)
    lay = detect(read_workbook(path).rows)
    assert lay.header_rows == [4, 5]
    assert lay.headers[4] == "TEMPAT, TGL LAHIR / TEMPAT"
    assert lay.mapping["birth_place"] == 4 and lay.mapping["birth_date"] == 5
    assert "place_date" not in lay.mapping


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("NIK", "nik"), ("NO. NIK", "nik"), ("Nomor Induk Kependudukan", "nik"), ("NO KTP", "nik"),
        ("NO KK", "kk_number"), ("Nomor KK", "kk_number"), ("KK", "kk_number"),
        ("GELAR", "name_title"), ("NAMA", "full_name"), ("Nama Lengkap", "full_name"), ("NAMA PESERTA", "full_name"),
        ("TEMPAT LAHIR", "birth_place"), ("TGL LAHIR", "birth_date"), ("Tanggal Lahir", "birth_date"),
        ("TEMPAT, TGL LAHIR", "place_date"), ("TTL", "place_date"), ("Tempat/Tanggal Lahir", "place_date"),
        ("L/P", "sex"), ("JK", "sex"), ("JENIS KELAMIN", "sex"), ("SEX", "sex"),
        ("ALAMAT", "address"), ("RT", "rt"), ("RW", "rw"), ("RT/RW", "rt_rw"),
        ("DUSUN", "dusun"), ("DUSUN/LINGKUNGAN", "dusun"), ("DUKUH", "dusun"),
        ("NO. HP", "phone"), ("NO HP/WA", "phone"), ("TELEPON", "phone"), ("NO TELP", "phone"),
        ("PEKERJAAN", "occupation"), ("PENGHASILAN", "income"), ("Penghasilan (Rp)", "income"),
        ("SUMBER DANA", "funding_source"), ("SUMBER DATA", "data_source"), ("DESIL", "desil"),
        ("KETERANGAN", "notes"), ("KET.", "notes"),
    ],
)
def test_auto_map_village_headers(header, target):
    assert auto_map(["NO", header]) == {target: 1}


def test_auto_map_never_maps_mother_or_family_head_and_first_column_wins():
    assert auto_map(["NAMA IBU KANDUNG", "NAMA KEPALA KELUARGA", "NAMA"]) == {"full_name": 2}
    assert auto_map(["NIK", "NIK"]) == {"nik": 0}
    assert set(auto_map(["TEMPAT LAHIR", "TGL LAHIR", "TTL"])) == {"birth_place", "birth_date"}
    assert set(auto_map(["RT", "RW", "RT/RW"])) == {"rt", "rw"}


def test_layout_signature_is_stable_and_ignores_case_punctuation_and_trailing_blanks():
    a = layout_signature(["NO.", "NIK", "Nama  Lengkap", ""])
    b = layout_signature(["no", "nik", "NAMA LENGKAP"])
    assert a == b and len(a) == 16
    assert layout_signature(["NIK", "NAMA"]) != layout_signature(["NAMA", "NIK"])


def _grid(*rows):
    return [[Cell(v, isinstance(v, int | float)) for v in r] for r in rows]


def test_remembered_and_forced_mappings():
    rows = _grid(["KODE", "IDENTITAS", "WARGA"], ["1", "3503011201800001", "BUDI"])
    auto = detect(rows)
    assert not auto.found and auto.header_row is None and auto.warnings
    forced = detect(rows, header_row=1, mapping={"nik": 1, "full_name": 2, "bogus": 3})
    assert forced.mapping == {"nik": 1, "full_name": 2}
    assert forced.data_rows == [2]
    remembered = {forced.signature: {"nik": 1, "full_name": 2}}
    again = detect(rows, header_row=1, remembered=remembered)
    assert again.mapping == {"nik": 1, "full_name": 2}


def test_sub_header_rt_rw_and_sex_ticks():
    rows = _grid(
        ["NO", "NIK", "NAMA", "RT/RW", "", "JENIS KELAMIN", ""],
        ["", "", "", "RT", "RW", "L", "P"],
        ["1", "2", "3", "4", "5", "6", "7"],
        [1, "3503011201800001", "BUDI", "1", "2", "V", ""],
        [2, "3503015205800002", "SITI", "3", "4", "", "1"],
    )
    lay = detect(rows)
    assert lay.header_rows == [1, 2]
    assert lay.mapping == {"nik": 1, "full_name": 2, "rt": 3, "rw": 4, "sex_l": 5, "sex_p": 6}
    assert lay.data_rows == [4, 5]
    assert (3, "baris nomor kolom") in lay.ignored_rows
    from desktop_app.services.sheets.rows import row_to_person

    p1, _ = row_to_person(rows[3], lay.mapping, desa_code="x")
    p2, _ = row_to_person(rows[4], lay.mapping, desa_code="x")
    assert (p1.sex, p1.rt, p1.rw, p2.sex) == ("L", "001", "002", "P")


def test_pre_numbered_empty_form_rows_and_section_titles():
    rows = _grid(
        ["NO", "NIK", "NAMA", "ALAMAT"],
        [1, "3503011201800001", "BUDI", "KRAJAN"],
        ["DUSUN KRAJAN"],
        [2, "3503015205800002", "SITI", ""],
        [3, "", "", ""],
        [4, "", "", ""],
        ["TOTAL", "", "", ""],
    )
    lay = detect(rows)
    assert lay.data_rows == [2, 4]
    assert dict(lay.ignored_rows) == {3: "bukan baris data", 7: "baris jumlah"}


def test_signature_with_dotted_date_and_names_are_not_data():
    rows = _grid(
        ["NIK", "NAMA", "TGL LAHIR"],
        ["3503011201800001", "BUDI", date(1980, 5, 12)],
        [],
        ["", "Karangan, ........ 2025"],
        ["", "Kepala Desa"],
        [],
        ["", "( SUPARMAN )"],
    )
    lay = detect(rows)
    assert lay.data_rows == [2]
    assert [r for r, _ in lay.ignored_rows] == [4, 5, 7]


def test_header_found_only_in_first_30_rows():
    rows = [[Cell("judul")]] * 35 + _grid(["NIK", "NAMA"], ["3503011201800001", "BUDI"])
    assert detect(rows).header_row is None
    assert detect(rows, header_row=36).data_rows == [37]


def test_plain_values_are_accepted():
    lay = detect([["NIK", "NAMA"], ["3503011201800001", "BUDI"]])
    assert lay.mapping == {"nik": 0, "full_name": 1} and lay.data_rows == [2]
    assert lay.to_dict()["data_rows"] == 1


_VALUES = st.one_of(
    st.none(),
    st.text(max_size=25),
    st.sampled_from(["NIK", "NAMA", "JUMLAH", "Mengetahui", "(1)", "TTL", "RT/RW", "L", "P", "ttd", "TGL"]),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
)
_GRID = st.lists(st.lists(st.builds(Cell, _VALUES, st.booleans()), max_size=12), max_size=40)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_GRID, st.one_of(st.none(), st.integers(min_value=-3, max_value=50)))
def test_detect_never_raises(grid, header_row):
    lay = detect(grid, header_row=header_row)
    assert set(lay.mapping) <= set(TARGETS)
    assert all(1 <= r <= len(grid) for r in lay.data_rows)
    if lay.header_row is not None:
        assert all(r > lay.header_row for r in lay.data_rows)


def test_rows_with_a_nik_are_data_and_the_table_still_ends_at_jumlah_and_signature():
    rows = [
        ["NO", "NIK", "NAMA"],
        [1, "3503011205800001", "SUPARMAN"],
        [2, 3503015205800002, "SITI"],
        [3, "'3503011205800003", "BUDI"],
        ["JUMLAH", "", "3 orang"],
        ["", "", "Mengetahui,"],
        ["", "", "Kepala Desa"],
        ["", "196805121990031001", "NIP"],  # a long number inside the signature block is no data
    ]
    layout = detect(rows)
    assert layout.data_rows == [2, 3, 4]
    reasons = dict(layout.ignored_rows)
    assert reasons[5] == "baris jumlah" and reasons[6] == "blok tanda tangan" and 8 in reasons
