"""writer: BNBA export (text NIKs, dates, no formulas), template validations, report, atomic saves."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from desktop_app.core.issues import make_issue
from desktop_app.core.person import Person
from desktop_app.core.progress import Cancelled, Progress
from desktop_app.services.sheets.layout import detect
from desktop_app.services.sheets.reader import read_workbook
from desktop_app.services.sheets.rows import iter_persons
from desktop_app.services.sheets.writer import (
    DEFAULT_LAYOUT,
    PRESETS,
    ExportLayout,
    ReportRow,
    export_bnba,
    write_report,
    write_template,
)


def _people():
    return [
        Person(desa_code="35.03.01.2001", nik="3503011201800001", kk_number="3503010101200005",
               full_name="AHMAD FAUZI", name_title="H.", birth_place="TRENGGALEK", birth_date=date(1980, 5, 12),
               sex="L", address="JL. MAWAR 5", rt="001", rw="002", dusun="KRAJAN", phone="0812345678",
               occupation="petani", income=1_500_000, funding_source="dbhcht", data_source="dtks", desil=3,
               notes="catatan"),
        Person(desa_code="35.03.01.2001", nik="9171015205800002", full_name="SITI AMINAH",
               birth_place="JAYAPURA", birth_date=date(1980, 5, 12), sex="P", phone="081312345678",
               occupation="lainnya", occupation_other="Tukang Batu", data_source="usulan_desa"),
        Person(desa_code="35.03.01.2001", nik="0003011201800003", full_name="=HYPERLINK(\"http://x\",\"klik\")",
               address="+62 jalan", notes="@SUM(A1)", dusun="-1+2", birth_date=date(2001, 1, 31)),
    ]


FIELDS = ("nik", "kk_number", "full_name", "name_title", "birth_place", "birth_date", "sex", "address", "rt", "rw", "dusun",
          "phone", "occupation", "occupation_other", "income", "funding_source", "data_source", "desil", "notes")


def test_export_then_import_gives_the_same_values(tmp_path):
    people = _people()
    path = tmp_path / "bnba.xlsx"
    assert export_bnba(path, people) == 3
    sheet = read_workbook(path)
    lay = detect(sheet.rows)
    assert lay.header_row == 1 and lay.data_rows == [2, 3, 4]
    back = [p for _, p, _ in iter_persons(sheet.rows, lay, desa_code="35.03.01.2001")]
    for before, after in zip(people[:2], back[:2], strict=True):
        for f in FIELDS:
            assert getattr(after, f) == getattr(before, f), f
        assert not after.nik_from_number
    assert back[2].nik == "0003011201800003" and back[2].birth_date == date(2001, 1, 31)


def test_damaged_nik_stays_flagged_after_export_and_import(tmp_path):
    damaged = Person(nik="3503011201800000", nik_from_number=True, full_name="BUDI")
    path = tmp_path / "bnba.xlsx"
    export_bnba(path, [damaged, _people()[0]])
    sheet = read_workbook(path)
    lay = detect(sheet.rows)
    back = [p for _, p, _ in iter_persons(sheet.rows, lay, desa_code="x")]
    assert (back[0].nik, back[0].nik_from_number) == ("3503011201800000", True)
    assert back[1].nik_from_number is False


def test_export_cells_text_dates_and_no_formulas(tmp_path):
    path = tmp_path / "bnba.xlsx"
    export_bnba(path, _people())
    ws = openpyxl.load_workbook(path).active
    headers = [c.value for c in ws[1]]
    col = {h: i for i, h in enumerate(headers)}
    row2 = ws[2]
    nik = row2[col["NIK"]]
    assert (nik.value, nik.data_type, nik.number_format) == ("3503011201800001", "s", "@")
    assert row2[col["NO KK"]].number_format == "@"
    assert row2[col["NO HP"]].data_type == "s" and row2[col["NO HP"]].value == "0812345678"
    assert row2[col["TANGGAL LAHIR"]].number_format == "DD-MM-YYYY"
    assert row2[col["TANGGAL LAHIR"]].value.date() == date(1980, 5, 12)
    assert row2[col["PEKERJAAN"]].value == "Petani/Pekebun"
    row4 = ws[4]
    for h in ("NAMA LENGKAP", "ALAMAT", "KETERANGAN", "DUSUN"):
        cell = row4[col[h]]
        assert cell.data_type == "s", h
        assert cell.value[0] in "=+-@"
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(headers))}4"
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("1F6F5C")
    assert ws.column_dimensions["B"].width == 20


def test_status_and_issue_columns(tmp_path):
    people = _people()
    issues = {people[2].id: [make_issue("nik.province", code="00")]}
    path = tmp_path / "bnba.xlsx"
    export_bnba(path, people, issues)
    ws = openpyxl.load_workbook(path).active
    headers = [c.value for c in ws[1]]
    status, problems = headers.index("STATUS"), headers.index("MASALAH DATA")
    assert ws[2][status].value == "Siap kirim" and ws[2][problems].value is None
    assert ws[4][status].value == "Perlu perbaikan"
    assert "provinsi" in ws[4][problems].value


def test_bpjs_preset_and_layout_round_trip(tmp_path):
    layout = PRESETS["BPJS (kolektif)"]
    assert ExportLayout.from_dict(layout.to_dict()) == layout
    custom = ExportLayout.from_dict({"name": "Kab", "columns": [["nik", "NIK PESERTA"], ["full_name", "NAMA"]]})
    path = tmp_path / "bpjs.xlsx"
    export_bnba(path, _people(), layout=custom)
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]] == ["NIK PESERTA", "NAMA"]
    assert ws.freeze_panes == "A2"
    with pytest.raises(ValueError):
        ExportLayout.from_dict({"name": "x", "columns": [["nama_ibu", "IBU"]]})
    with pytest.raises(ValueError):
        ExportLayout.from_dict({"columns": []})
    export_bnba(tmp_path / "b2.xlsx", _people(), layout=layout)
    assert DEFAULT_LAYOUT.name == "BNBA Desa"


def test_export_is_atomic_on_error_and_cancel(tmp_path):
    path = tmp_path / "bnba.xlsx"
    path.write_bytes(b"versi lama")

    def broken():
        yield _people()[0]
        raise RuntimeError("disk")

    with pytest.raises(RuntimeError):
        export_bnba(path, broken())
    stop = Progress()
    stop.cancel()
    with pytest.raises(Cancelled):
        export_bnba(path, _people() * 1000, progress=stop)
    assert path.read_bytes() == b"versi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bnba.xlsx"]


def test_export_removes_control_characters_and_handles_empty(tmp_path):
    p = Person(full_name="BUDI\x01\x02 SANTOSO", nik="3503011201800001")
    export_bnba(tmp_path / "a.xlsx", [p])
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx").active
    assert "BUDI SANTOSO" in [c.value for c in ws[2]]
    assert export_bnba(tmp_path / "b.xlsx", []) == 0


def test_template_validations_text_format_and_guide(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(path, occupations=["Petani/Pekebun", "Nelayan", "Lainnya"],
                   desa={"name": "Sukamaju", "code": "35.03.01.2001"})
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Data", "Daftar", "Petunjuk"]
    assert wb["Daftar"].sheet_state == "hidden"
    assert "Sukamaju" in wb["Data"]["A2"].value
    ws = wb["Data"]
    headers = [c.value for c in ws[4]]
    nik_col = openpyxl.utils.get_column_letter(headers.index("NIK") + 1)
    assert ws[f"{nik_col}5"].number_format == "@"
    assert ws[f"{nik_col}1004"].number_format == "@"
    dvs = {(dv.type, str(dv.sqref).split(":")[0]): dv for dv in ws.data_validations.dataValidation}
    text_len = [dv for (t, _), dv in dvs.items() if t == "textLength"]
    assert len(text_len) == 2 and all(dv.formula1 == "16" and dv.operator == "equal" for dv in text_len)
    lists = [dv.formula1 for (t, _), dv in dvs.items() if t == "list"]
    assert '"L,P"' in lists and "Daftar!$A$2:$A$4" in lists
    assert any(t == "date" for t, _ in dvs)
    assert "PETUNJUK" in wb["Petunjuk"]["A1"].value
    # the template's own layout is recognised by the importer
    lay = detect(read_workbook(path).rows)
    assert lay.header_row == 4 and {"nik", "kk_number", "full_name", "birth_date", "sex"} <= set(lay.mapping)
    assert lay.data_rows == []


def test_report(tmp_path):
    path = tmp_path / "laporan.xlsx"
    n = write_report(path, [
        ReportRow(7, "created", "3503011201800001", "AHMAD", []),
        {"row": 8, "status": "rejected", "nik": "=1+1", "full_name": "SITI",
         "issues": [make_issue("nik.format", length=15), {"message": "lainnya"}]},
        {"row": 9, "status": "ignored", "messages": "baris jumlah"},
    ])
    assert n == 3
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[1]] == ["BARIS", "STATUS", "NIK", "NAMA", "KETERANGAN"]
    assert [c.value for c in ws[2]][:4] == [7, "Ditambahkan", "3503011201800001", "AHMAD"]
    assert ws[2][2].number_format == "@"
    assert ws[3][1].value == "Ditolak" and ws[3][2].data_type == "s" and ws[3][2].value == "=1+1"
    assert "15" in ws[3][4].value and "lainnya" in ws[3][4].value
    assert ws[4][4].value == "baris jumlah"
