"""`sipera import FILE --source ... [--only-candidates]` as a user runs it (real subprocesses)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import sipera
from tests.fixtures import make_sources as ms
from tests.fixtures import make_workbooks as mk


@pytest.fixture
def village(tmp_path) -> Path:
    data = tmp_path / "data"
    sipera("init", "desa", "--code", "35.03.01.2001", "--operator", "Siti", data_dir=data, check=0)
    return data


def test_population_export_everyone_or_only_candidates(village, tmp_path):
    people = ms.population(300, seed=21)
    people[0].status = 2
    path = ms.make_opensid_export(tmp_path, people)
    out = sipera("import", str(path), "--source", "auto", "--dry-run", "--json", data_dir=village)
    everyone = json.loads(out.stdout)
    assert everyone["source"] == "opensid" and everyone["source_label"] == "Format OpenSID - ekspor penduduk"
    assert everyone["left_out"] == 1 and everyone["left_out_rows"][0]["row"] == 2
    assert "Mati" in everyone["left_out_rows"][0]["reason"]
    assert everyone["candidates"] is None

    out = sipera("import", str(path), "--source", "opensid", "--only-candidates", "--json", data_dir=village)
    picked = json.loads(out.stdout)
    assert picked["candidates"]["occupations"] == "preset"
    assert 0 < picked["created"] == picked["picked"] < 300
    assert picked["left_out"] == 300 - picked["picked"] == len(picked["left_out_rows"])
    assert all(r["reason"] for r in picked["left_out_rows"])
    listed = json.loads(sipera("list", "--json", data_dir=village, check=None).stdout)
    assert len(listed) == picked["created"]

    text = sipera("import", str(path), "--only-candidates", "--dry-run", data_dir=village).stdout
    assert "dikenali sebagai: Format OpenSID - ekspor penduduk" in text
    assert "tidak diimpor" in text


def test_wrong_source_and_hostile_file_refused(village, tmp_path):
    path, _ = mk.make_nasty_xlsx(tmp_path)
    out = sipera("import", str(path), "--source", "siak", data_dir=village)
    assert out.returncode != 0 and "tidak berformat SIAK" in out.stderr
    bad, _ = mk.make_not_spreadsheet(tmp_path)
    out = sipera("import", str(bad), "--source", "opensid", data_dir=village)
    assert out.returncode != 0 and out.stderr.strip()
    assert "Traceback" not in out.stderr
    listed = json.loads(sipera("list", "--json", data_dir=village, check=None).stdout)
    assert listed == []
