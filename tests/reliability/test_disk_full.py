"""A full disk, for real: a small tmpfs mounted in a user namespace (skipped where the machine
does not allow one). The message names the place that is full, nothing half-written stays, and a
backup made for the failed operation is removed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap

import pytest

from tests.reliability.conftest import DESA, child_env, write_csv

pytestmark = pytest.mark.slow

DRIVER = textwrap.dedent('''
    import json, os, sqlite3, subprocess, sys
    from pathlib import Path

    full, small, template, csv_ok, csv_big, stick = (Path(a) for a in sys.argv[1:7])
    for mount, size in ((full, "6m"), (small, "8k")):
        mount.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], check=True)

    def sipera(data, *args):
        done = subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data), *args],
                              capture_output=True, text=True)
        return {"rc": done.returncode, "out": done.stdout, "err": done.stderr}

    def fill(mount, leave):
        filler = mount / "filler"
        with open(filler, "wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\\0" * 4096)
            except OSError:
                pass
        os.truncate(filler, max(0, filler.stat().st_size - leave))

    def state(data):
        con = sqlite3.connect(f"file:{data / 'sipera.sqlite'}?mode=ro", uri=True)
        try:
            return {"integrity": con.execute("PRAGMA integrity_check").fetchone()[0],
                    "records": con.execute("SELECT count(*) FROM persons").fetchone()[0],
                    "sent": con.execute("SELECT count(*) FROM packages WHERE direction='sent' AND kind='data'").fetchone()[0]}
        finally:
            con.close()

    def files(folder):
        return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())

    result = {}
    data = full / "data"
    subprocess.run(["cp", "-a", str(template), str(data)], check=True)
    result["first"] = sipera(data, "import", str(csv_ok))
    fill(full, 64 * 1024)
    before = files(data)
    result["import"] = sipera(data, "import", str(csv_big))
    result["import_state"] = state(data)
    result["import_new_files"] = sorted(set(files(data)) - set(before))
    result["export"] = sipera(data, "package", "export", str(stick))
    result["export_state"] = state(data)
    result["stick"] = files(stick)
    (full / "filler").unlink()
    result["excel"] = sipera(data, "export-excel", str(small / "daftar.xlsx"))
    result["small"] = files(small)
    print(json.dumps(result))
''')


def _user_namespaces() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _user_namespaces(), reason="no user namespace to mount a small tmpfs in")
def test_a_full_disk_is_named_and_leaves_nothing_behind(paired, tmp_path):
    village, _district = paired
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    stick = tmp_path / "stick"
    stick.mkdir()
    full, small = tmp_path / "full", tmp_path / "small"
    args = [str(full), str(small), str(village), str(write_csv(tmp_path / "ok.csv", 50)),
            str(write_csv(tmp_path / "big.csv", 6000, 100)), str(stick)]
    done = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", sys.executable, str(driver), *args],
                          capture_output=True, text=True, env=child_env(), timeout=300)
    if done.returncode != 0 and "mount" in done.stderr:
        pytest.skip("tmpfs cannot be mounted here: " + done.stderr[-200:])
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    data = str(full / "data")
    assert result["first"]["rc"] == 0, result["first"]

    imported = result["import"]
    assert imported["rc"] == 2, imported
    assert "Disk penuh" in imported["err"] and data in imported["err"], imported["err"]
    assert "tak terduga" not in imported["err"] and "Traceback" not in imported["err"]
    assert result["import_state"] == {"integrity": "ok", "records": 50, "sent": 0}
    assert result["import_new_files"] == [] or all(f.endswith(("-wal", "-shm")) for f in result["import_new_files"])

    exported = result["export"]
    assert exported["rc"] != 0 and "tak terduga" not in exported["err"], exported
    assert data in exported["err"] and str(stick) not in exported["err"], exported["err"]  # the data dir is full
    assert result["export_state"]["sent"] == 0 and result["stick"] == []

    excel = result["excel"]
    assert excel["rc"] == 2 and "Disk penuh" in excel["err"] and str(small) in excel["err"], excel
    assert "Tutup berkas itu di Excel" not in excel["err"] and "Traceback" not in excel["err"]
    assert result["small"] == []  # no half-written workbook, no temp file


def test_no_backup_stays_for_a_failed_import(tmp_path, monkeypatch):
    """Without a small disk: any failure after the 'sebelum-impor' backup removes that backup."""
    from desktop_app.cli.main import main
    from desktop_app.services import backups
    from desktop_app.services.setup.profile import init_profile
    from desktop_app.services.sheets import importer

    data = tmp_path / "data"
    init_profile(data, "desa", DESA, ["Siti"]).close()

    def full(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(importer, "run_import", full)
    assert main(["--data-dir", str(data), "import", str(write_csv(tmp_path / "a.csv", 3))]) == 2
    assert [b for b in backups.list_backups(data) if b.reason == backups.BEFORE_IMPORT] == []
