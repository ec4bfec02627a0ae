"""Shared pieces of the reliability suite: the CLI as a subprocess, small village lists, a
village that has a district to send to."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

DESA = "35.03.01.2001"


def sipera_cmd(data_dir: Path | None, *args: str) -> list[str]:
    cmd = [sys.executable, "-m", "desktop_app"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return [*cmd, *args]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("SIPERA_DATA_DIR", None)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2]) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def sipera(data_dir: Path | None, *args: str, check: int | None = None, timeout: float = 120
           ) -> subprocess.CompletedProcess:
    out = subprocess.run(sipera_cmd(data_dir, *args), capture_output=True, text=True, env=child_env(),
                         timeout=timeout)
    if check is not None:
        assert out.returncode == check, (out.returncode, out.stdout, out.stderr)
    return out


def start(data_dir: Path | None, *args: str) -> subprocess.Popen:
    return subprocess.Popen(sipera_cmd(data_dir, *args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=child_env())


def kill_after(proc: subprocess.Popen, seconds: float) -> bool:
    """SIGKILL ``proc`` after ``seconds`` unless it finished first; True if it was killed."""
    try:
        proc.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return True


def nik(i: int) -> str:
    """A valid, distinct NIK of Trenggalek (kecamatan 01) for person number ``i``."""
    born = date(1970, 1, 1) + timedelta(days=i % 9000)
    return f"350301{born:%d%m%y}{(i % 9999) + 1:04d}"


def write_csv(path: Path, count: int, start_at: int = 0, name: str = "WARGA") -> Path:
    lines = ["NIK,NAMA,TGL LAHIR,JK,PEKERJAAN"]
    for i in range(start_at, start_at + count):
        born = date(1970, 1, 1) + timedelta(days=i % 9000)
        lines.append(f"{nik(i)},{name} NOMOR {i},{born:%d-%m-%Y},L,petani")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def active_count(data_dir: Path) -> int:
    con = sqlite3.connect(f"file:{data_dir / 'sipera.sqlite'}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM persons WHERE deleted_at IS NULL").fetchone()[0])
    finally:
        con.close()


def integrity(data_dir: Path) -> str:
    con = sqlite3.connect(f"file:{data_dir / 'sipera.sqlite'}?mode=ro", uri=True)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def wait_for(predicate, timeout: float = 30.0) -> bool:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture(scope="session")
def paired_template(tmp_path_factory) -> Path:
    """A village that enrolled at a district and applied its config (made once, copied per test)."""
    from desktop_app.services.packages import common as package_common
    from desktop_app.services.packages import trust as package_trust
    from desktop_app.services.setup.profile import init_profile

    base = tmp_path_factory.mktemp("paired")
    village = init_profile(base / "desa", "desa", DESA, ["Siti"])
    district = init_profile(base / "kab", "kabupaten", "35.03", ["Budi"])
    stick = base / "stick"
    stick.mkdir()
    try:
        built = package_trust.export_enrollment(village, stick)
        info = package_trust.read_enrollment(district, built.path)
        package_trust.accept_enrollment(district, info, confirmed_fingerprint=package_common.own_fingerprint(village))
        built = package_trust.export_config(district, stick)
        cfg = package_trust.read_config(village, built.path)
        package_trust.apply_config(village, cfg, confirmed_fingerprint=package_common.own_fingerprint(district))
    finally:
        village.close()
        district.close()
    return base


@pytest.fixture
def paired(paired_template, tmp_path) -> tuple[Path, Path]:
    """(village data dir, district data dir): fresh copies of the paired template."""
    import shutil

    shutil.copytree(paired_template / "desa", tmp_path / "desa")
    shutil.copytree(paired_template / "kab", tmp_path / "kab")
    return tmp_path / "desa", tmp_path / "kab"
