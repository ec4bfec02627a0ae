"""Hostile spreadsheets are refused from the file itself, before python-calamine lays anything
out: a clear message, bounded memory, nothing imported."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.sheets import reader
from desktop_app.services.sheets.reader import SpreadsheetError, read_workbook
from tests.reliability import hostile
from tests.reliability.conftest import child_env

ONE_GB_KB = 1024 * 1024


def _peak_in_child(path: Path) -> tuple[str, int]:
    """Read ``path`` in a fresh process: (outcome, peak resident memory in KB)."""
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from desktop_app.services.sheets.reader import read_workbook, SpreadsheetError\n"
        f"try:\n    read_workbook(Path({str(path)!r})); out = 'read'\n"
        "except SpreadsheetError as e:\n    out = 'refused: ' + str(e)\n"
        "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
        "print(peak); print(out)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=child_env(), timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]  # never an abort (exit 134) or a crash
    peak, outcome = done.stdout.split("\n", 1)
    return outcome.strip(), int(peak)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("make, words", [
    (hostile.corner_cells, "terlalu besar atau tidak wajar"),
    (hostile.hidden_corner, "terlalu besar atau tidak wajar"),
    (lambda p: hostile.whitespace_bomb(p, 150), "sel yang terlalu panjang"),
    (lambda p: hostile.huge_cell(p, 150), "sel yang terlalu panjang"),
    (lambda p: hostile.huge_shared_string(p, 150), "sel yang terlalu panjang"),
])
def test_hostile_workbooks_are_refused_in_bounded_memory(tmp_path, make, words):
    path = make(tmp_path / "hostile.xlsx")
    assert path.stat().st_size < 2 * 1024 * 1024  # small on disk
    outcome, peak_kb = _peak_in_child(path)
    assert outcome.startswith("refused: ") and words in outcome, outcome
    assert "3503011205800001" not in outcome  # the cell's content is never quoted
    assert peak_kb < ONE_GB_KB // 4


def test_the_corner_file_of_the_issue_is_1_6_kb_and_refused(tmp_path):
    path = hostile.corner_cells(tmp_path / "a1-xfd199999.xlsx")
    assert path.stat().st_size < 2000
    with pytest.raises(SpreadsheetError, match="terlalu besar atau tidak wajar"):
        read_workbook(path)


def test_a_declared_dimension_too_big_is_refused(tmp_path):
    path = hostile.xlsx(tmp_path / "dim.xlsx", '<row r="1">' + hostile.inline("A1", "NIK") + "</row>",
                        dimension="A1:XFD150000")
    with pytest.raises(SpreadsheetError):
        read_workbook(path)


def test_too_many_cells_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_CELLS", 1000)
    path = hostile.many_cells(tmp_path / "grid.xlsx", rows=60, cols=30)
    with pytest.raises(SpreadsheetError, match="terlalu besar"):
        read_workbook(path)
    monkeypatch.setattr(reader, "MAX_CELLS", 5000)
    assert len(read_workbook(path).rows) == 60  # the same file within the limit reads


def test_an_import_of_a_hostile_file_changes_nothing(tmp_path):
    from desktop_app.services.records import editing as records
    from desktop_app.services.setup.profile import init_profile
    from desktop_app.services.sheets import importer

    app = init_profile(tmp_path / "data", "desa", "35.03.01.2001", ["Siti"])
    try:
        with pytest.raises(importer.ImportError_ if hasattr(importer, "ImportError_") else SpreadsheetError):
            importer.analyse(app, hostile.corner_cells(tmp_path / "x.xlsx"))
        assert sum(records.counts(app).values()) == 0
    finally:
        app.close()


def _col(n: int) -> str:
    name = ""
    while n:
        n, rem = divmod(n - 1, 26)
        name = chr(65 + rem) + name
    return name


_cells = st.lists(
    st.tuples(st.integers(1, 1_100_000), st.integers(1, 20_000),
              st.sampled_from(["NIK", "3503011205800001", "", " " * 50, "&amp;", "x" * 1000])),
    min_size=1, max_size=8,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=_cells, dimension=st.one_of(st.just(""), st.tuples(st.integers(1, 1_100_000), st.integers(1, 20_000))),
       padding=st.sampled_from([0, 10, 200_000]), in_row=st.booleans())
def test_fuzzed_sheets_read_within_bounds_or_are_refused(tmp_path_factory, cells, dimension, padding, in_row):
    """Random far-apart cells, declared dimensions and padding: either a clean refusal, or a read
    whose laid-out rectangle stays within the limits."""
    rows = []
    for r, c, text in cells:
        row = 1 if in_row else r  # the cell may claim a row other than its row's
        rows.append(f'<row r="{row}">' + hostile.inline(f"{_col(c)}{r}", text) + "</row>" + " " * padding)
    dim = f"A1:{_col(dimension[1])}{dimension[0]}" if dimension else ""
    path = hostile.xlsx(tmp_path_factory.mktemp("fuzz") / "f.xlsx", "".join(rows), dimension=dim)
    try:
        data = read_workbook(path)
    except SpreadsheetError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return
    assert len(data.rows) <= 200_000
    assert len(data.rows) * max(len(r) for r in data.rows.values) <= reader.MAX_CELLS


def test_a_truncated_bomb_is_a_clean_refusal(tmp_path):
    path = hostile.whitespace_bomb(tmp_path / "cut.xlsx", 50)
    data = path.read_bytes()
    cut = tmp_path / "cut2.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(SpreadsheetError):
        read_workbook(cut)
    with zipfile.ZipFile(path) as zf:
        assert "xl/worksheets/sheet1.xml" in zf.namelist()


def test_a_utf8_csv_with_one_windows_1252_line_reads_every_name_right(tmp_path):
    path = tmp_path / "campur.csv"
    path.write_bytes("NIK;NAMA\n3503011205800001;Siti Nurhalizá\n".encode()
                     + "3503011205800002;José Ramírez\n".encode("cp1252")
                     + "3503011205800003;Ñoño Sánchez\n".encode())
    data = read_workbook(path)
    assert [r[1].text for r in data.rows[1:]] == ["Siti Nurhalizá", "José Ramírez", "Ñoño Sánchez"]
    assert any("baris 3" in str(note) and "Windows-1252" in str(note) for note in data.notes)  # said, not silent


@pytest.mark.parametrize("prefix", ["", "NIK;NAMA\n" + "1;a\n" * 70])
def test_a_csv_field_over_128_kb_is_a_clear_refusal(tmp_path, prefix):
    path = tmp_path / "panjang.csv"
    path.write_text(prefix + 'NIK;NAMA\n1;"' + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="terlalu panjang"):
        read_workbook(path)
