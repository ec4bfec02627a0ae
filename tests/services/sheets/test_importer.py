"""Importing the lists villages already have: preview, import, report, skip/update, undo."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from desktop_app.services.records import editing as records
from desktop_app.services.setup.profile import init_profile
from desktop_app.services.sheets import exporter, importer
from desktop_app.storage import persons as repo
from tests.fixtures import make_workbooks as mk


@pytest.fixture()
def app(tmp_path):
    a = init_profile(tmp_path / "data", "desa", "35.03.01.2001", ["Operator Uji"])
    yield a
    a.close()


def _count(app, **kw) -> int:
    with app.db.read() as s:
        return repo.count(s, repo.RecordFilter(**kw))


def _import(app, path, **kw):
    return importer.run_import(app, importer.analyse(app, path), **kw)


def test_dry_run_shows_everything_and_writes_nothing(app, tmp_path):
    path, expected = mk.make_nasty_xlsx(tmp_path)
    report = _import(app, path, dry_run=True)
    assert report.dry_run and report.header_row == expected.header_row
    assert [r.row for r in report.rows] == expected.data_rows
    assert report.created == len(expected.data_rows)
    assert _count(app) == 0
    ignored = {row for row, _ in report.ignored_rows}
    assert {13, 15, 17} <= ignored


def test_nasty_workbook_is_imported_with_problems_kept(app, tmp_path):
    path, expected = mk.make_nasty_xlsx(tmp_path)
    report = _import(app, path)
    assert report.created == 5 and report.rows_read == 5
    by_row = {r.row: r for r in report.rows}
    # NIKs that Excel held as numbers are imported, but never as valid
    for row in (7, 10, 11):
        assert "nik.excel_number" in {i.code for i in by_row[row].issues}, row
    assert by_row[8].issues == [] or not any(i.is_error for i in by_row[8].issues)
    assert report.with_errors >= 3
    assert _count(app, status="perlu_perbaikan") == report.with_errors
    doc = report.to_json()
    for key in ("file", "sheet", "header_row", "mapping", "rows_read", "created", "updated", "skipped",
                "with_errors", "ignored_rows", "rows"):
        assert key in doc
    assert set(doc["rows"][0]) >= {"row", "status", "person_id", "issues"}
    json.dumps(doc)  # serialisable
    person = records.get(app, by_row[8].person_id)
    assert person.full_name == "SITI AMINAH" and person.nik == "3503015205800002"
    assert records.history(app, person.id)[0].action == "import"


@pytest.mark.parametrize("maker", [mk.make_nasty_xls, mk.make_nasty_ods, mk.make_nasty_csv])
def test_other_formats(app, tmp_path, maker):
    path, expected = maker(tmp_path)
    report = _import(app, path)
    assert report.created == len(expected.data_rows)
    siti = next(r for r in report.rows if r.name == "SITI AMINAH")
    assert siti.nik == "3503015205800002"


def test_reimport_skips_or_updates(app, tmp_path):
    path, _ = mk.make_nasty_xlsx(tmp_path)
    first = _import(app, path)
    again = _import(app, path, on_duplicate="skip")
    assert again.created == 0 and again.skipped == first.created
    assert _count(app) == first.created
    # update: same file, a changed phone for SITI AMINAH
    wb = load_workbook(path)
    ws = wb.active
    ws.cell(row=8, column=9).value = "081399998888"
    changed = tmp_path / "changed.xlsx"
    wb.save(changed)
    upd = _import(app, changed, on_duplicate="update")
    assert upd.updated == 1
    siti = next(r for r in upd.rows if r.name == "SITI AMINAH")
    person = records.get(app, siti.person_id)
    assert person.phone == "081399998888" and person.rev == 2
    assert records.history(app, person.id)[-1].changes["phone"][1] == "081399998888"


def test_same_nik_twice_in_one_file_is_reported(app, tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("NIK;NAMA;TGL LAHIR;L/P\n3503011205800001;SUPARMAN;12-05-1980;L\n"
                    "3503011205800001;SUPARMAN B;12-05-1980;L\n", encoding="utf-8")
    report = _import(app, path)
    assert report.created == 1 and report.rejected == 1
    rejected = next(r for r in report.rows if r.status == "rejected")
    assert rejected.row == 3 and "baris 2" in " ".join(rejected.notes)


@pytest.mark.parametrize("order", ["sound first", "damaged first"])
def test_a_sound_nik_and_the_same_digits_damaged_by_excel_are_two_records(app, tmp_path, order):
    """An export holds the record whose NIK is sound and the one Excel rounded to the same digits
    (number cell): importing it back must keep both, in either order, and a second import of the
    same file must add nothing."""
    from openpyxl import Workbook

    rows = [["3503011201800001", "AHMAD FAUZI"], [3503011201800001, "AHMAD FAUZI"]]
    if order == "damaged first":
        rows.reverse()
    path = tmp_path / "dua.xlsx"
    wb = Workbook()
    wb.active.append(["NIK", "NAMA", "TGL LAHIR", "L/P"])
    for nik, name in rows:
        wb.active.append([nik, name, "12-01-1980", "L"])
    wb.save(path)
    assert _import(app, path).created == 2
    again = _import(app, path)
    assert again.created == 0 and again.skipped == 2
    assert _count(app) == 2


def test_undo_last_import_only_while_untouched(app, tmp_path):
    path, _ = mk.make_nasty_xlsx(tmp_path)
    _import(app, path)
    assert importer.last_import(app).undoable
    importer.undo_last_import(app)
    assert _count(app, include_deleted=True) == 0
    assert importer.last_import(app) is None

    report = _import(app, path)
    person = records.get(app, report.rows[1].person_id)
    records.save(app, person.copy(phone="081211112222"))
    last = importer.last_import(app)
    assert not last.undoable and "diubah" in last.reason
    with pytest.raises(importer.ImportError_):
        importer.undo_last_import(app)
    assert _count(app) == report.created


def test_undo_puts_back_updated_values(app, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("NIK;NAMA;TGL LAHIR;L/P;NO HP\n3503011205800001;SUPARMAN;12-05-1980;L;081211110000\n",
                    encoding="utf-8")
    _import(app, path)
    path2 = tmp_path / "b.csv"
    path2.write_text("NIK;NAMA;TGL LAHIR;L/P;NO HP\n3503011205800001;SUPARMAN;12-05-1980;L;081299990000\n",
                     encoding="utf-8")
    rep = _import(app, path2, on_duplicate="update")
    pid = rep.rows[0].person_id
    assert records.get(app, pid).phone == "081299990000"
    importer.undo_last_import(app)
    assert records.get(app, pid).phone == "081211110000"


@pytest.mark.parametrize("maker", [mk.make_not_spreadsheet, mk.make_encrypted, mk.make_broken_zip,
                                   mk.make_truncated, mk.make_empty_file, mk.make_empty_sheet,
                                   mk.make_unknown_extension, mk.make_html_as_xls])
def test_hostile_files_change_nothing(app, tmp_path, maker):
    path, _ = maker(tmp_path)
    records.save(app, records.Person(nik="3503011205800001", full_name="ADA", birth_date=None, sex="L"))
    with pytest.raises(importer.ImportError_) as err:
        _import(app, path)
    assert str(err.value) and "Traceback" not in str(err.value)
    assert _count(app, include_deleted=True) == 1


def test_report_workbook(app, tmp_path):
    path, _ = mk.make_nasty_xlsx(tmp_path)
    report = _import(app, path, dry_run=True)
    out = tmp_path / "laporan.xlsx"
    importer.save_report(report, out)
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:2] == ("BARIS", "STATUS")
    assert any("NIK tersimpan sebagai angka" in (r[4] or "") for r in rows[1:])


def test_corrected_mapping_is_remembered(app, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("NOMOR INDUK;NAMA WARGA;LAHIR;JK\n3503011205800001;SUPARMAN;12-05-1980;L\n",
                    encoding="utf-8")
    first = importer.analyse(app, path)
    mapping = dict(first.layout.mapping)
    mapping["nik"] = 0
    corrected = importer.analyse(app, path, mapping=mapping)
    importer.run_import(app, corrected)
    again = importer.analyse(app, path)
    assert again.layout.mapping.get("nik") == 0


def test_export_then_import_gives_the_same_records(app, tmp_path):
    from desktop_app.core import demo

    records.create_many(app, demo.generate(app.desa_code, 150, seed=11)[:150])
    out = tmp_path / "bnba.xlsx"
    exporter.export_excel(app, out)
    other = init_profile(tmp_path / "other", "desa", "35.03.01.2001", ["B"])
    try:
        report = _import(other, out)
        assert report.rows_read == 150
        fields = ("nik", "nik_from_number", "kk_number", "full_name", "name_title", "birth_place", "birth_date",
                  "sex", "address", "rt", "rw", "dusun", "phone", "occupation", "occupation_other")

        def snapshot(a):
            return sorted(tuple(getattr(p, f) for f in fields) for p, _ in records.list_records(a))

        assert snapshot(other) == snapshot(app)
    finally:
        other.close()
