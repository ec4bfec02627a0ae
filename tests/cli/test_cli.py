"""The command line, run as a user runs it: a real subprocess, real data dir, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

VALID_MAN = "3503011205800001"  # Trenggalek, 12-05-1980, L
VALID_WOMAN = "3503015205800002"  # 12-05-1980 + 40, P


def sipera(*args: str, data_dir: Path | None = None, check: int | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("SIPERA_DATA_DIR", None)
    cmd = [sys.executable, "-m", "desktop_app"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    out = subprocess.run([*cmd, *args], capture_output=True, text=True, env=env, timeout=300)
    if check is not None:
        assert out.returncode == check, (out.returncode, out.stdout, out.stderr)
    return out


@pytest.fixture(scope="module")
def village(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("village") / "data"
    sipera("init", "desa", "--code", "35.03.01.2001", "--operator", "Siti", data_dir=data, check=0)
    return data


def test_version():
    out = sipera("--version", check=0)
    assert out.stdout.startswith("SIPERA ")


def test_nik_json_shape():
    out = sipera("nik", VALID_MAN, VALID_WOMAN, "--json", check=0)
    doc = json.loads(out.stdout)
    assert [d["valid"] for d in doc] == [True, True]
    first = doc[0]
    assert set(first) >= {"input", "nik", "valid", "region_code", "region", "birth_date", "sex", "issues"}
    assert first["birth_date"] == "1980-05-12" and first["sex"] == "L"
    assert first["region_code"] == "35.03.01"
    assert doc[1]["sex"] == "P"


def test_nik_invalid_exits_1_with_codes():
    out = sipera("nik", "0503011205800001", "3503013505800001", "35030112058", "--json", check=1)
    codes = [[i["code"] for i in d["issues"]] for d in json.loads(out.stdout)]
    assert "nik.province" in codes[0]
    assert "nik.birthdate" in codes[1]
    assert "nik.format" in codes[2]


def test_nik_human_output_is_indonesian():
    out = sipera("nik", "3503013505800001", check=1)
    assert "TIDAK VALID" in out.stdout and "tanggal" in out.stdout.lower()


def test_init_unknown_region_is_refused_and_creates_nothing(tmp_path):
    data = tmp_path / "d"
    out = sipera("init", "desa", "--code", "99.99.99.9999", "--operator", "X", data_dir=data, check=2)
    assert "tidak ada di daftar Kemendagri" in out.stderr
    assert not (data / "sipera.sqlite").exists()


def test_init_kabupaten_code_for_desa_is_refused(tmp_path):
    out = sipera("init", "desa", "--code", "35.03", "--operator", "X", data_dir=tmp_path / "d", check=2)
    assert "bukan kode desa" in out.stderr


def test_init_twice_is_refused(village):
    out = sipera("init", "desa", "--code", "35.03.01.2001", "--operator", "Y", data_dir=village, check=2)
    assert "sudah disiapkan" in out.stderr


def test_commands_before_init_explain_what_to_do(tmp_path):
    out = sipera("list", data_dir=tmp_path / "empty", check=2)
    assert "belum disiapkan" in out.stderr


def test_demo_list_delete_restore(tmp_path):
    data = tmp_path / "demo"
    out = sipera("demo", "--records", "300", "--json", data_dir=data, check=0)
    summary = json.loads(out.stdout)
    assert summary["records"] == 300 and 0 < summary["with_errors"] < 300
    docs = json.loads(sipera("list", "--json", data_dir=data, check=0).stdout)
    assert len(docs) == 300
    sample = docs[0]
    for key in ("id", "desa_code", "nik", "kk_number", "full_name", "birth_place", "birth_date", "sex", "address",
                "rt", "rw", "dusun", "phone", "occupation", "income", "funding_source", "coverage_start",
                "coverage_end", "data_source", "status", "rev", "updated_at", "deleted", "issues"):
        assert key in sample, key
    assert any(d["status"] == "perlu_perbaikan" for d in docs)
    flagged = [d for d in docs if d["issues"]]
    assert all({"code", "field", "severity", "message"} <= set(i) for d in flagged for i in d["issues"])
    target = next(d for d in docs if d["status"] == "siap_kirim" and len(d["nik"]) == 16)
    out = sipera("delete", target["nik"], "--reason", "meninggal", "--json", data_dir=data, check=0)
    assert json.loads(out.stdout)["deleted"] is True
    remaining = json.loads(sipera("list", "--json", data_dir=data, check=0).stdout)
    assert len(remaining) == 299
    everything = json.loads(sipera("list", "--json", "--include-deleted", data_dir=data, check=0).stdout)
    gone = next(d for d in everything if d["id"] == target["id"])
    assert gone["deleted"] and "Meninggal" in gone["delete_reason"] and gone["rev"] == 2
    sipera("restore-record", target["nik"], data_dir=data, check=0)
    assert len(json.loads(sipera("list", "--json", data_dir=data, check=0).stdout)) == 300


def test_delete_unknown_nik_exits_1(village):
    out = sipera("delete", "3503011205809999", "--reason", "pindah", data_dir=village, check=1)
    assert "Tidak ada data" in out.stderr


def test_corrupt_database_gives_clear_message_and_is_untouched(tmp_path):
    data = tmp_path / "bad"
    data.mkdir()
    db = data / "sipera.sqlite"
    db.write_bytes(b"rusak" * 1000)
    out = sipera("list", data_dir=data, check=2)
    assert "rusak" in out.stderr and "Traceback" not in out.stderr
    assert db.read_bytes() == b"rusak" * 1000


def test_newer_database_is_refused(tmp_path, village):
    import shutil
    import sqlite3

    data = tmp_path / "newer"
    shutil.copytree(village, data)
    con = sqlite3.connect(data / "sipera.sqlite")
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    out = sipera("list", data_dir=data, check=2)
    assert "versi yang lebih baru" in out.stderr


def test_bad_usage_exits_2():
    assert sipera("tidak-ada-perintah").returncode == 2
    assert sipera("demo", "--records", "-5").returncode == 2


def test_usage_and_errors_speak_indonesian():
    """Issue 14 item 9: argparse's own words (usage, headings, errors) are in Bahasa Indonesia."""
    out = sipera("tidak-ada-perintah")
    assert out.returncode == 2
    assert "pemakaian: sipera" in out.stderr and "kesalahan:" in out.stderr and "pilih dari" in out.stderr
    assert "usage:" not in out.stderr and "error:" not in out.stderr and "invalid choice" not in out.stderr
    out = sipera("nik")
    assert out.returncode == 2 and "argumen ini wajib diisi: NIK" in out.stderr
    out = sipera("--help", check=0)
    assert "pemakaian:" in out.stdout and "pilihan:" in out.stdout
    assert "show this help" not in out.stdout and "options:" not in out.stdout


def test_data_dir_from_environment(tmp_path):
    env = dict(os.environ, SIPERA_DATA_DIR=str(tmp_path / "envdir"))
    out = subprocess.run(
        [sys.executable, "-m", "desktop_app", "init", "desa", "--code", "35.03.01.2001", "--operator", "A", "--json"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["data_dir"] == str((tmp_path / "envdir").resolve())


def _as_unprivileged_user() -> list[str] | None:
    """Root ignores file permissions: run the CLI as 'nobody' through setpriv when we are root."""
    import shutil

    if not hasattr(os, "geteuid"):
        return None
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_read_only_data_dir_gives_a_clear_message_and_creates_nothing():
    import shutil
    import tempfile

    prefix = _as_unprivileged_user()
    if prefix is None:
        pytest.skip("no way to drop privileges on this machine")
    base = Path(tempfile.mkdtemp(prefix="sipera-ro-", dir="/tmp"))
    try:
        base.chmod(0o755)
        # the unprivileged user runs a copy of the sources: the checkout itself may sit in a
        # private folder (root's home, a mktemp -d folder) it cannot read
        src = base / "src"
        shutil.copytree(Path(__file__).resolve().parents[2] / "desktop_app", src / "desktop_app",
                        ignore=shutil.ignore_patterns("__pycache__"))
        for path in [src, *src.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        ro = base / "readonly"
        ro.mkdir()
        home = base / "home"
        home.mkdir()
        home.chmod(0o777)
        ro.chmod(0o555)
        env = {k: v for k, v in os.environ.items() if k != "SIPERA_DATA_DIR"}
        env["HOME"] = str(home)
        env["PYTHONPATH"] = str(src)
        probe = subprocess.run([*prefix, sys.executable, "-c", "import sqlalchemy, desktop_app.cli.main"],
                               capture_output=True, text=True, env=env, timeout=120, cwd=src)
        if probe.returncode != 0:
            pytest.skip("the unprivileged user cannot run this Python or its packages (a private venv)")
        out = subprocess.run(
            [*prefix, sys.executable, "-m", "desktop_app", "--data-dir", str(ro / "data"), "init", "desa",
             "--code", "35.03.01.2001", "--operator", "Siti"],
            capture_output=True, text=True, env=env, timeout=120, cwd=src,
        )
        assert out.returncode == 2, (out.stdout, out.stderr)
        assert "Traceback" not in out.stderr
        assert "tidak bisa" in out.stderr or "hanya-baca" in out.stderr
        assert list(ro.iterdir()) == []
    finally:
        (base / "readonly").chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def test_backup_and_restore_commands(tmp_path):
    data = tmp_path / "d"
    sipera("demo", "--records", "50", data_dir=data, check=0)
    doc = json.loads(sipera("backup", str(tmp_path), "--json", data_dir=data, check=0).stdout)
    copy = Path(doc["file"])
    assert copy.exists() and copy.parent == tmp_path
    first = json.loads(sipera("list", "--json", data_dir=data, check=0).stdout)[0]
    sipera("delete", first["nik"], "--reason", "pindah", data_dir=data, check=0)
    assert len(json.loads(sipera("list", "--json", data_dir=data, check=0).stdout)) == 49
    sipera("restore", str(copy), data_dir=data, check=0)
    assert len(json.loads(sipera("list", "--json", data_dir=data, check=0).stdout)) == 50
    # the database that was replaced is kept as a backup too
    assert any("sebelum-pulihkan" in p.name for p in (data / "backups").iterdir())


def test_restore_refuses_a_broken_backup(tmp_path):
    data = tmp_path / "d"
    sipera("init", "desa", "--code", "35.03.01.2001", "--operator", "A", data_dir=data, check=0)
    bad = tmp_path / "rusak.sqlite"
    bad.write_bytes(b"bukan database" * 100)
    before = (data / "sipera.sqlite").read_bytes()
    out = sipera("restore", str(bad), data_dir=data, check=2)
    assert "rusak" in out.stderr or "bukan" in out.stderr
    assert (data / "sipera.sqlite").read_bytes() == before
