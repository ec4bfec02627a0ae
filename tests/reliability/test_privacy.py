"""The data folder, database, backups and the files the app writes are the user's alone."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.reliability.conftest import DESA, sipera, write_csv

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix" or sys.platform == "cygwin",
                                                   reason="POSIX permissions")]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _all_private(folder: Path) -> list[str]:
    loose = []
    for path in [folder, *folder.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() and _mode(path) & 0o077 or path.is_file() and _mode(path) & 0o077:
            loose.append(f"{path.relative_to(folder)} {oct(_mode(path))}")
    return loose


def test_a_new_data_folder_and_everything_in_it_is_private(tmp_path):
    data = tmp_path / "data"
    sipera(data, "init", "desa", "--code", DESA, "--operator", "Siti", check=0)
    sipera(data, "import", str(write_csv(tmp_path / "a.csv", 5)), check=0)
    backup = Path(json.loads(sipera(data, "backup", str(tmp_path), "--json", check=0).stdout)["file"])
    sipera(data, "export-excel", str(tmp_path / "daftar.xlsx"), check=0)
    assert _mode(data) == 0o700
    assert _all_private(data) == []
    assert _mode(backup) == 0o600 and _mode(tmp_path / "daftar.xlsx") == 0o600


def test_an_existing_open_folder_is_tightened_when_opened_for_writing(tmp_path):
    data = tmp_path / "data"
    sipera(data, "init", "desa", "--code", DESA, "--operator", "Siti", check=0)
    for path in [data, *data.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)  # as earlier versions left it
    sipera(data, "list", check=0)  # reading changes nothing
    assert _mode(data / "sipera.sqlite") == 0o644
    sipera(data, "import", str(write_csv(tmp_path / "a.csv", 2)), check=0)
    assert _mode(data) == 0o700 and _all_private(data) == []
