"""Workbook rows are kept as calamine's values and turned into Cells on access (LazyRows); the
importer and layout detection read the values: both views must give the same results."""

from __future__ import annotations

import pytest

from desktop_app.services.sheets.layout import detect
from desktop_app.services.sheets.reader import EMPTY, Cell, LazyRows, read_workbook
from desktop_app.services.sheets.rows import RowConverter
from tests.fixtures import make_workbooks as mw

MAKERS = {"xlsx": mw.make_nasty_xlsx, "xls": mw.make_nasty_xls, "ods": mw.make_nasty_ods}


def _no_id(person):
    return person.copy(id="")


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_lazy_rows_read_like_a_list_of_cells(tmp_path, fmt):
    path, _ = MAKERS[fmt](tmp_path)
    sheet = read_workbook(path)
    rows = sheet.rows
    assert isinstance(rows, LazyRows)
    eager = [[EMPTY if v == "" else Cell(v, type(v) in (int, float)) for v in values] for values in rows.values]
    assert rows == eager and list(rows) == eager and len(rows) == len(eager)
    assert rows[-1] == eager[-1] and rows[1:4] == eager[1:4]
    assert rows[0] is rows[0]  # materialised once
    for cells in rows:
        assert not cells or not cells[-1].empty  # trailing empty cells cut, as before
    with pytest.raises(IndexError):
        rows[len(rows)]


@pytest.mark.parametrize("fmt", sorted(MAKERS))
def test_values_and_cells_detect_and_convert_alike(tmp_path, fmt):
    path, _ = MAKERS[fmt](tmp_path)
    sheet = read_workbook(path)
    cells = list(sheet.rows)
    layout = detect(sheet.rows)
    assert layout == detect(cells)
    convert = RowConverter(layout.mapping, desa_code="35.03.01.2001")
    for row in range(len(cells)):
        p1, n1 = convert(cells[row])
        p2, n2 = convert(sheet.rows.values[row])
        assert (_no_id(p1), n1) == (_no_id(p2), n2)
