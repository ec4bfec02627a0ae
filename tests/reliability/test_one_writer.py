"""One writer per data folder: commands and the window wait for each other, reads stay possible."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.conftest import (
    DESA,
    active_count,
    child_env,
    integrity,
    sipera,
    start,
    wait_for,
    write_csv,
)

pytestmark = pytest.mark.slow


@pytest.fixture
def village(tmp_path) -> Path:
    data = tmp_path / "data"
    sipera(data, "init", "desa", "--code", DESA, "--operator", "Siti", check=0)
    return data


def _holder(data: Path, name: str) -> subprocess.Popen:
    """Another process holding the writer lock as ``name`` until killed."""
    code = ("import sys, time; from pathlib import Path; from desktop_app.services.app import hold_lock\n"
            f"h = hold_lock(Path({str(data)!r}), holder={name!r}); print('ready', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=child_env())
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_a_writer_waits_then_says_who_holds_the_folder_and_reads_stay_possible(village, tmp_path):
    sipera(village, "import", str(write_csv(tmp_path / "a.csv", 3)), check=0)
    holder = _holder(village, "import")
    try:
        out = sipera(village, "--wait", "0.3", "import", str(write_csv(tmp_path / "b.csv", 3, 100)), check=2)
        assert f"'sipera import' (proses {holder.pid}" in out.stderr
        assert "Tunggu sampai selesai" in out.stderr
        assert active_count(village) == 3  # nothing changed
        listed = json.loads(sipera(village, "list", "--json", check=0).stdout)  # reading never waits
        assert len(listed) == 3
        window = sipera(village, "--wait", "0", "backup", check=2)
        assert "sedang memakai folder data ini" in window.stderr
    finally:
        holder.kill()
        holder.wait()
    sipera(village, "--wait", "0", "import", str(write_csv(tmp_path / "b.csv", 3, 100)), check=0)
    assert active_count(village) == 6


def test_the_window_is_named_as_the_holder(village):
    holder = _holder(village, "window")
    try:
        out = sipera(village, "--wait", "0.2", "delete", "3503010101700001", "--reason", "pindah", check=2)
        assert f"Jendela SIPERA (proses {holder.pid}" in out.stderr
    finally:
        holder.kill()
        holder.wait()


def test_two_imports_at_once_both_finish_without_an_error(village, tmp_path):
    first = write_csv(tmp_path / "one.csv", 400)
    second = write_csv(tmp_path / "two.csv", 400, 200)  # half the same people
    procs = [start(village, "--wait", "60", "import", str(path)) for path in (first, second)]
    outs = [p.communicate(timeout=120) for p in procs]
    for proc, (stdout, stderr) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, (stdout, stderr)
        assert "tak terduga" not in stderr
    assert active_count(village) == 600
    assert integrity(village) == "ok"


def test_a_restore_during_an_import_loses_nothing(village, tmp_path):
    backup = json.loads(sipera(village, "backup", str(tmp_path), "--json", check=0).stdout)["file"]
    importing = start(village, "import", str(write_csv(tmp_path / "big.csv", 2500)))
    info = village / ".sipera.lock.info"
    assert wait_for(lambda: info.exists() and json.loads(info.read_text()).get("pid") == importing.pid)
    restore = sipera(village, "--wait", "60", "restore", backup)
    stdout, stderr = importing.communicate(timeout=120)
    assert importing.returncode == 0, stderr
    assert restore.returncode == 0, restore.stderr  # it waited for the import to finish
    assert active_count(village) == 0  # the backup's state ...
    kept = [p for p in (village / "backups").iterdir() if "sebelum-pulihkan" in p.name]
    assert len(kept) == 1  # ... and the import is in the backup the restore made first
    con = sqlite3.connect(f"file:{kept[0]}?mode=ro", uri=True)
    try:
        assert con.execute("SELECT count(*) FROM persons").fetchone()[0] == 2500
    finally:
        con.close()


def test_restoring_another_villages_backup_needs_other_village(tmp_path):
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    sipera(mine, "init", "desa", "--code", DESA, "--operator", "Siti", check=0)
    sipera(theirs, "init", "desa", "--code", "35.03.01.2002", "--operator", "Budi", check=0)
    backup = json.loads(sipera(theirs, "backup", str(tmp_path), "--json", check=0).stdout)["file"]
    before = (mine / "sipera.sqlite").read_bytes()
    refused = sipera(mine, "restore", backup, check=2)
    assert "--other-village" in refused.stderr and "35.03.01.2002" in refused.stderr
    assert (mine / "sipera.sqlite").read_bytes() == before
    sipera(mine, "restore", backup, "--other-village", check=0)
    listed = sipera(mine, "list", "--json", check=0)
    assert listed.returncode == 0
