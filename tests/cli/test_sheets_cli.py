"""Spreadsheet commands as a user runs them: import (dry run, JSON report, skip/update, report
workbook, undo), export-excel, template and export-layout, hostile files. Real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.cli.test_cli import sipera
from tests.fixtures import make_workbooks as mk

REPORT_KEYS = {"file", "sheet", "header_row", "mapping", "rows_read", "created", "updated", "skipped", "rejected",
               "with_errors", "ignored_rows", "rows", "dry_run", "batch_id", "warnings",
               # the system the list came from and the people not picked (lists from OpenSID, SIAK...)
               "source", "source_label", "picked", "left_out", "left_out_counts", "left_out_rows", "candidates"}
ROW_KEYS = {"row", "status", "person_id", "nik", "full_name", "issues", "notes"}


@pytest.fixture
def village(tmp_path) -> Path:
    data = tmp_path / "data"
    sipera("init", "desa", "--code", "35.03.01.2001", "--operator", "Siti", data_dir=data, check=0)
    return data


@pytest.fixture
def nasty(tmp_path) -> tuple[Path, mk.Nasty]:
    books = tmp_path / "books"
    books.mkdir()
    return mk.make_nasty_xlsx(books)


def listed(data: Path) -> list[dict]:
    return json.loads(sipera("list", "--json", data_dir=data, check=None).stdout)


def import_json(data: Path, path: Path, *args: str, check: int | None = None) -> dict:
    out = sipera("import", str(path), "--json", *args, data_dir=data, check=check)
    return json.loads(out.stdout)


def test_dry_run_reports_every_row_and_writes_nothing(village, nasty):
    path, expected = nasty
    report = import_json(village, path, "--dry-run", check=1)  # rows with errors: exit 1
    assert set(report) == REPORT_KEYS and report["dry_run"] is True
    assert report["header_row"] == expected.header_row
    assert [r["row"] for r in report["rows"]] == expected.data_rows
    assert all(set(r) == ROW_KEYS for r in report["rows"])
    assert {i["row"] for i in report["ignored_rows"]} == set(expected.ignored)
    assert report["created"] == len(expected.data_rows) and report["with_errors"] > 0
    assert listed(village) == []


def test_import_then_again_skips_then_updates_then_undo(village, nasty):
    path, expected = nasty
    first = import_json(village, path, check=1)
    assert first["created"] == len(expected.data_rows) and first["batch_id"]
    by_row = {r["row"]: r for r in first["rows"]}
    excel = by_row[expected.data_rows[0]]
    assert any(i["code"] == "nik.excel_number" for i in excel["issues"])  # a NIK held as a number is never valid
    assert len(listed(village)) == len(expected.data_rows)

    again = import_json(village, path, check=0)  # nothing new: every row is already there
    assert again["created"] == 0 and again["skipped"] == len(expected.data_rows)
    assert len(listed(village)) == len(expected.data_rows)  # nothing doubled, damaged NIKs included

    same = import_json(village, path, "--on-duplicate", "update", check=None)
    assert same["created"] == same["updated"] == 0  # the same values: nothing to update
    assert all(r["status"] in ("skipped", "rejected") for r in same["rows"])

    # undo takes back the LAST import each time: the two re-imports created nothing, then the first goes
    removed = [json.loads(sipera("import-undo", "--json", data_dir=village, check=0).stdout)["removed"]
               for _ in range(3)]
    assert removed == [0, 0, len(expected.data_rows)]
    assert listed(village) == []


def test_update_changes_the_existing_record_and_undo_puts_it_back(village, tmp_path):
    def book(name: str, phone: str) -> Path:
        path = tmp_path / name
        wb = Workbook()
        wb.active.append(["NIK", "NAMA", "TGL LAHIR", "L/P", "NO HP"])
        wb.active.append(["3503011205800001", "AHMAD", "12-05-1980", "L", phone])
        wb.save(path)
        return path

    import_json(village, book("a.xlsx", "081234567890"), check=0)
    skipped = import_json(village, book("b.xlsx", "085712345678"), check=0)
    assert skipped["skipped"] == 1 and listed(village)[0]["phone"] == "081234567890"
    updated = import_json(village, book("b.xlsx", "085712345678"), "--on-duplicate", "update", check=0)
    assert updated["updated"] == 1 and listed(village)[0]["phone"] == "085712345678"
    out = json.loads(sipera("import-undo", "--json", data_dir=village, check=0).stdout)
    assert out["restored"] == 1 and listed(village)[0]["phone"] == "081234567890"
    sipera("import-undo", data_dir=village, check=0)  # the import that skipped: nothing to take back
    # the first import's record was changed since (by the update, then its undo): no longer undoable
    out = sipera("import-undo", data_dir=village, check=1)
    assert "tidak bisa dibatalkan" in out.stderr


def test_undo_removes_what_the_last_import_created(village, nasty):
    path, expected = nasty
    import_json(village, path, check=1)
    out = sipera("import-undo", "--json", data_dir=village, check=0)
    assert json.loads(out.stdout)["removed"] == len(expected.data_rows)
    assert listed(village) == []
    out = sipera("import-undo", data_dir=village, check=1)
    assert "Tidak ada impor yang bisa dibatalkan" in out.stderr


def test_same_nik_twice_in_one_file_is_reported(village, tmp_path):
    book = tmp_path / "dobel.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["NO", "NIK", "NAMA", "TGL LAHIR", "L/P"])
    ws.append([1, "3503011205800001", "AHMAD", "12-05-1980", "L"])
    ws.append([2, "3503011205800001", "AHMAD LAGI", "12-05-1980", "L"])
    wb.save(book)
    report = import_json(village, book, check=1)
    assert [r["status"] for r in report["rows"]] == ["created", "rejected"]
    assert "baris 2" in report["rows"][1]["notes"][-1]


def test_report_workbook_lists_each_row(village, nasty, tmp_path):
    path, expected = nasty
    target = tmp_path / "laporan.xlsx"
    out = sipera("import", str(path), "--dry-run", "--report", str(target), data_dir=village, check=1)
    assert "Laporan disimpan" in out.stdout
    ws = load_workbook(target, read_only=True).worksheets[0]
    text = " ".join(str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None)
    for row in expected.data_rows:
        assert str(row) in text


def test_human_summary_names_at_most_fifty_rows(village, tmp_path):
    book = tmp_path / "banyak.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["NIK", "NAMA"])
    for i in range(70):
        ws.append([f"35030112058{i:04d}", f"ORANG {i}"])  # 15 digits: every row has an error
    wb.save(book)
    out = sipera("import", str(book), "--dry-run", data_dir=village, check=1)
    lines = [line for line in out.stdout.splitlines() if line.strip().startswith("baris ")]
    assert len(lines) == 50
    assert "20 baris lain" in out.stdout and "--report" in out.stdout


def test_export_then_import_gives_the_same_records(village, nasty, tmp_path):
    path, _ = nasty
    import_json(village, path, check=1)
    before = listed(village)
    export = tmp_path / "bnba.xlsx"
    out = sipera("export-excel", str(export), "--json", data_dir=village, check=0)
    assert json.loads(out.stdout)["rows"] == len(before)
    ws = load_workbook(export).worksheets[0]
    nik_col = next(c.column for c in ws[1] if c.value == "NIK")
    cells = sorted((str(ws.cell(r, nik_col).value), ws.cell(r, nik_col).data_type) for r in range(2, ws.max_row + 1))
    # text cells; a NIK of digits Excel had already damaged goes back as a number, so a re-import
    # flags it again ("3,50305E+15" stays the text it was)
    assert cells == sorted((p["nik"], "n" if p["nik_from_number"] and p["nik"].isdigit() else "s") for p in before)

    other = tmp_path / "other"
    sipera("init", "desa", "--code", "35.03.01.2001", "--operator", "Budi", data_dir=other, check=0)
    import_json(other, export, check=None)
    fields = ("nik", "full_name", "birth_date", "sex", "kk_number", "phone", "occupation", "rt", "rw")
    key = lambda p: tuple(p.get(f) for f in fields)  # noqa: E731
    assert sorted(map(key, listed(other))) == sorted(map(key, before))


def test_template_has_text_nik_column_and_instructions(village, tmp_path):
    target = tmp_path / "templat.xlsx"
    sipera("template", str(target), data_dir=village, check=0)
    wb = load_workbook(target)
    assert len(wb.worksheets) >= 2  # the list and an instruction sheet
    ws = wb.worksheets[0]
    header = next(row for row in ws.iter_rows(max_row=10) if any(c.value == "NIK" for c in row))
    nik = next(c for c in header if c.value == "NIK")
    below = ws.cell(nik.row + 1, nik.column)
    assert below.number_format == "@"  # typed NIKs stay text: Excel cannot round them
    rules = [dv for dv in ws.data_validations.dataValidation if below.coordinate in dv.sqref]
    assert rules and rules[0].type == "textLength"
    assert any("petunjuk" in name.lower() for name in wb.sheetnames)


def test_export_layout_save_list_use_delete(village, tmp_path):
    sipera("export-layout", "save", "BPJS", "--columns", "nik:NIK,full_name:NAMA PESERTA", data_dir=village, check=0)
    out = sipera("export-layout", "list", data_dir=village, check=0)
    assert "BPJS" in out.stdout
    target = tmp_path / "bpjs.xlsx"
    sipera("export-excel", str(target), "--layout", "BPJS", data_dir=village, check=0)
    headers = [c.value for c in load_workbook(target).worksheets[0][1]]
    assert headers[:2] == ["NIK", "NAMA PESERTA"]
    sipera("export-layout", "delete", "BPJS", data_dir=village, check=0)
    out = sipera("export-excel", str(target), "--layout", "BPJS", data_dir=village, check=2)
    assert "tidak ada" in out.stderr.lower()


@pytest.mark.parametrize("maker", [mk.make_broken_zip, mk.make_not_spreadsheet, mk.make_empty_sheet,
                                   mk.make_encrypted])
def test_hostile_files_are_refused_in_indonesian_and_change_nothing(village, tmp_path, maker):
    folder = tmp_path / "hostile"
    folder.mkdir()
    path = maker(folder)
    path = path[0] if isinstance(path, tuple) else path
    out = sipera("import", str(path), data_dir=village, check=2)
    assert out.stderr.strip() and "Traceback" not in out.stderr
    assert listed(village) == []


def test_dry_run_summary_reads_as_sentences(village, nasty):
    """Issue 14 item 9: several messages of one row read 'A. B.', never 'A.; B.'."""
    path, _ = nasty
    out = sipera("import", str(path), "--dry-run", data_dir=village, check=1)
    assert "PRATINJAU" in out.stdout
    rows = [line for line in out.stdout.splitlines() if line.startswith("  baris ")]
    assert rows
    assert not any(".;" in line or line.rstrip().endswith(" -") for line in rows), out.stdout
    assert any(line.count(".") >= 2 for line in rows)  # a row with more than one message
