"""District commands: results import/undo, batch create/issue/list/export, recap."""

from __future__ import annotations

import json

from desktop_app.cli.main import main
from tests.services.district.helpers import add_people, district_dir, nik, open_district, person
from tests.services.district.test_results import workbook


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
