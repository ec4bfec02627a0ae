"""District commands: results import/undo, batch create/issue/list/export, recap."""

from __future__ import annotations

import json

from desktop_app.cli.main import main
from tests.services.district.payments.helpers import add_people, district_dir, nik, open_district, person
from tests.services.district.payments.test_results import workbook


def test_results_import_dry_run_json_and_undo(tmp_path, tmp_path_factory, capsys):
    data = district_dir(tmp_path, tmp_path_factory)
    app = open_district(data)
    add_people(app, [person(1), person(2)])
    app.close()
    path = workbook(tmp_path / "padan.xlsx", ["NIK", "STATUS"], [[nik(1), "PADAN"], [nik(7), "PADAN"]])
    assert main(["--data-dir", str(data), "results", "import", str(path), "--kind", "dukcapil", "--dry-run",
                 "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["dry_run"] and doc["applied"] == 1 and doc["not_found"] == 1
    report = tmp_path / "laporan.xlsx"
    assert main(["--data-dir", str(data), "results", "import", str(path), "--kind", "dukcapil",
                 "--report", str(report)]) == 1
    out = capsys.readouterr().out
    assert "1 diterapkan" in out and "3503********0007" in out and nik(7) not in out
    assert report.exists()
    assert main(["--data-dir", str(data), "results", "undo"]) == 0
    assert "dibatalkan" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "results", "undo"]) == 1
    assert main(["--data-dir", str(data), "results", "import", str(tmp_path / "none.xlsx"), "--kind", "bpjs"]) == 2


def test_batch_recap_and_anggaran_commands(tmp_path, tmp_path_factory, capsys):
    data = district_dir(tmp_path, tmp_path_factory)
    app = open_district(data)
    add_people(app, [person(1, verification_status="diterima"), person(2, verification_status="diterima")])
    app.close()
    d = ["--data-dir", str(data)]
    assert main([*d, "batch", "create", "--funding", "apbd_kabupaten", "--from", "2026-01", "--to", "2026-12"]) == 0
    assert "KI-3503-2026-APBD-001" in capsys.readouterr().out
    assert main([*d, "batch", "issue", "KI-3503-2026-APBD-001"]) == 0
    assert main([*d, "batch", "issue", "KI-3503-2026-APBD-001"]) == 1
    assert main([*d, "batch", "delete", "KI-3503-2026-APBD-001"]) == 1
    capsys.readouterr()
    assert main([*d, "batch", "list", "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("["), captured.out[:300]
    listed = json.loads(captured.out)
    assert listed[0]["amount"] == 2 * 12 * 16_800 and listed[0]["status"] == "issued"
    assert main([*d, "batch", "export", "KI-3503-2026-APBD-001", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "SIPERA_BPJS_KI-3503-2026-APBD-001.xlsx").exists()
    capsys.readouterr()
    assert main([*d, "anggaran", "--allocation", "apbd_kabupaten=1.000.000", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["funding"][0]["remaining"] == 1_000_000 - 403_200
    assert main([*d, "recap", str(tmp_path / "rekap"), "--pdf"]) == 0
    assert len(list((tmp_path / "rekap").glob("*.pdf"))) == 3
    assert main([*d, "batch", "create", "--funding", "apbd_kabupaten", "--from", "2026-03", "--to", "2026-04"]) == 1
    assert "3503********" in capsys.readouterr().err


def test_kop_surat(tmp_path, tmp_path_factory, capsys):
    data = district_dir(tmp_path, tmp_path_factory)
    d = ["--data-dir", str(data)]
    assert main([*d, "kop-surat", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["lines"][0] == "PEMERINTAH KABUPATEN TRENGGALEK"
    assert main([*d, "kop-surat", "--line", "PEMERINTAH KABUPATEN TRENGGALEK", "--line", "DINAS KOPERASI DAN TENAGA KERJA",
                 "--name", "Drs. SUTRISNO", "--nip", "19700101 199503 1 001", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["lines"][1] == "DINAS KOPERASI DAN TENAGA KERJA" and doc["signer_name"] == "Drs. SUTRISNO"


def test_bpjs_layouts(tmp_path, tmp_path_factory, capsys):
    data = district_dir(tmp_path, tmp_path_factory)
    d = ["--data-dir", str(data)]
    assert main([*d, "batch", "layout", "save", "Cabang", "--columns", "no:NO,nik:NIK PESERTA,kpj_number"]) == 0
    assert main([*d, "batch", "layout", "save", "Salah", "--columns", "nama_ibu:IBU"]) == 2
    capsys.readouterr()
    assert main([*d, "batch", "layout", "list", "--json"]) == 0
    layouts = {x["name"]: x["columns"] for x in json.loads(capsys.readouterr().out)}
    assert layouts["Cabang"] == [["no", "NO"], ["nik", "NIK PESERTA"], ["kpj_number", "NO KPJ"]]
    assert main([*d, "batch", "layout", "delete", "Cabang"]) == 0
    assert main([*d, "batch", "layout", "delete", "Cabang"]) == 1
