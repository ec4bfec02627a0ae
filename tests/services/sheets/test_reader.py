"""reader: typed cells from xlsx/xls/ods/csv, numeric flags, hostile files refused politely."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.progress import Cancelled, Progress
from desktop_app.services.sheets.reader import MAX_COLUMNS, Cell, SpreadsheetError, list_sheets, read_workbook
from tests.fixtures import make_workbooks as mw

MAKERS = {
    "xlsx": mw.make_nasty_xlsx,
    "xls": mw.make_nasty_xls,
    "ods": mw.make_nasty_ods,
}


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_workbook_cells_keep_type_and_numeric_flag(tmp_path, fmt):
    path, _ = MAKERS[fmt](tmp_path)
    sheet = read_workbook(path)
    assert sheet.file_format == fmt
    assert sheet.sheet == "DATA"
    nik7 = sheet.cell(7, 1)
    assert nik7.numeric and isinstance(nik7.value, float | int)
    assert nik7.text == "3503011201800001"
    assert sheet.cell(7, 8).numeric  # phone 812345678 typed as a number
    assert sheet.cell(7, 5) == Cell(date(1980, 5, 12)) or sheet.cell(7, 5).value == date(1980, 5, 12)
    assert not sheet.cell(8, 1).numeric and sheet.cell(8, 1).value == "3503.0152.0580.0002"
    # Papua NIK above 2**53: the float already lost the last digit; it stays flagged, and its
    # text is NOT the NIK that was typed
    papua = sheet.cell(10, 1)
    assert papua.numeric
    assert papua.text != "9171012345678901"
    assert "e" not in papua.text.lower()
    # spreadsheet numbering: row 9 (empty, in the middle) is there and empty
    assert all(c.empty for c in sheet.rows[8])
    assert sheet.cell(1, 0).value.startswith("DAFTAR")
    assert sheet.cell(99, 99).empty


def test_formula_cached_value_is_read_and_uncached_formula_is_empty(tmp_path):
    path, _ = mw.make_nasty_xlsx(tmp_path)
    sheet = read_workbook(path)
    assert sheet.cell(7, 10).value == "Usulan desa"
    assert sheet.cell(12, 10).empty  # '=1+1' saved by openpyxl without a result


def test_list_sheets_and_sheet_choice(tmp_path):
    path, _ = mw.make_nasty_xlsx(tmp_path)
    assert list_sheets(path) == ["DATA", "Sheet2"]
    assert read_workbook(path, sheet="Sheet2").cell(1, 0).value == "lembar lain"
    assert read_workbook(path, sheet=1).sheet == "Sheet2"
    with pytest.raises(SpreadsheetError, match="tidak ada"):
        read_workbook(path, sheet="Tidak Ada")
    with pytest.raises(SpreadsheetError, match="tidak ada"):
        read_workbook(path, sheet=5)


def test_csv_cp1252_semicolon_and_scientific_notation(tmp_path):
    path, _ = mw.make_nasty_csv(tmp_path)
    sheet = read_workbook(path)
    assert (sheet.file_format, sheet.encoding, sheet.delimiter) == ("csv", "cp1252", ";")
    assert sheet.cell(1, 0).value.endswith("– ANDRÉ")
    assert sheet.cell(6, 1) == Cell("3,50301E+15", True)  # Excel already destroyed it
    assert not sheet.cell(7, 1).numeric
    assert sheet.cell(6, 7).value == "812345678" and not sheet.cell(6, 7).numeric
    assert list_sheets(path) == ["nasty"]


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(",", "utf-8-sig"), ("\t", "utf-8"), ("|", "utf-8"), (";", "cp1252")],
)
def test_csv_delimiters_and_encodings(tmp_path, delimiter, encoding):
    path = mw.make_simple_csv(tmp_path, delimiter=delimiter, encoding=encoding)
    sheet = read_workbook(path)
    assert sheet.delimiter == delimiter
    assert [c.value for c in sheet.rows[0]] == ["NIK", "NAMA", "TGL LAHIR", "JK", "ALAMAT"]
    assert sheet.cell(2, 4).value == "Jl. Mawar, No. 5"


HOSTILE_WORDS = {
    "bukan spreadsheet": "bukan",
    "terenkripsi": "kata sandi",
    "zip rusak": "rusak",
    "terpotong": "rusak",
    "file kosong": "kosong",
    "lembar kosong": "kosong",
    "ekstensi asing": "tidak dikenal",
    "html sebagai xls": "HTML",
}


@pytest.mark.parametrize("kind", sorted(mw.HOSTILE_MAKERS))
def test_hostile_files_raise_spreadsheet_error_in_indonesian(tmp_path, kind):
    path, _ = mw.HOSTILE_MAKERS[kind](tmp_path)
    with pytest.raises(SpreadsheetError) as info:
        read_workbook(path)
    assert HOSTILE_WORDS[kind] in str(info.value)
    assert path.name in str(info.value) or kind == "lembar kosong"


def test_missing_file(tmp_path):
    with pytest.raises(SpreadsheetError, match="tidak ditemukan"):
        read_workbook(tmp_path / "tidak_ada.xlsx")


def test_csv_that_is_really_a_workbook(tmp_path):
    path, _ = mw.make_nasty_xlsx(tmp_path)
    renamed = path.rename(tmp_path / "salah.csv")
    with pytest.raises(SpreadsheetError, match="isinya file Excel"):
        read_workbook(renamed)


def test_million_row_csv_is_refused_with_the_limit(tmp_path):
    path = mw.make_huge_csv(tmp_path)
    with pytest.raises(SpreadsheetError, match=r"200\.000 baris"):
        read_workbook(path)


def test_long_xlsx_refused_before_loading(tmp_path, monkeypatch):
    path = mw.make_long_xlsx(tmp_path, 1200)
    from python_calamine import CalamineWorkbook

    def boom(*a, **k):  # the row check must happen before the sheet is loaded
        raise AssertionError("sheet loaded")

    monkeypatch.setattr(CalamineWorkbook, "get_sheet_by_index", boom, raising=False)
    with pytest.raises(SpreadsheetError, match=r"1\.000 baris"):
        read_workbook(path, max_rows=1000)


def test_long_xlsx_under_the_limit_is_read(tmp_path):
    path = mw.make_long_xlsx(tmp_path, 1200)
    assert len(read_workbook(path, max_rows=2000).rows) == 1201


def test_wide_sheet_is_cut_at_max_columns(tmp_path):
    path = mw.make_wide_xlsx(tmp_path, cols=300)
    sheet = read_workbook(path)
    assert sheet.columns_truncated
    assert max(len(r) for r in sheet.rows) == MAX_COLUMNS
    assert sheet.notes


def test_progress_and_cancel(tmp_path):
    path = mw.make_long_xlsx(tmp_path, 5000)
    calls = []
    read_workbook(path, progress=Progress(lambda d, t: calls.append((d, t))))
    assert calls and calls[-1][0] == calls[-1][1]
    stop = Progress()
    stop.cancel()
    with pytest.raises(Cancelled):
        read_workbook(path, progress=stop)


def test_cell_text_never_uses_an_exponent():
    assert Cell(3.50305e15, True).text == "3503050000000000"
    assert Cell(1.5, True).text == "1.5"
    assert Cell(1e-7, True).text == "0.0000001"
    assert Cell(date(1980, 5, 12)).text == "12-05-1980"
    assert Cell(None).empty and Cell("  ").empty and not Cell(0, True).empty
