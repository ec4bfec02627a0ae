"""What the first writer to open a data dir does: private permissions, no leftovers.

Called under the one-writer lock (``services.app.open_app``), so nothing it removes can belong
to a run still going.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from desktop_app import paths

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600

# Hidden or temporary files a killed export, backup, restore or key write leaves behind.
_LEFTOVER_SUFFIXES = (".part", ".part-journal", ".part-wal", ".part-shm")


def on_open(data_dir: Path) -> None:
    make_private(data_dir)
    remove_leftovers(data_dir)


def make_private(data_dir: Path) -> None:
    """0700 for the data dir and every folder in it, 0600 for every file (POSIX; on Windows the
    data dir is in the user's own profile). Symbolic links are left alone."""
    if os.name != "posix":
        return
    data_dir = Path(data_dir)
    _chmod(data_dir, PRIVATE_DIR)
    for root, dirs, files in os.walk(data_dir):
        for name in dirs:
            _chmod(Path(root) / name, PRIVATE_DIR)
        for name in files:
            _chmod(Path(root) / name, PRIVATE_FILE)


def _chmod(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            return
        if stat.S_IMODE(info.st_mode) & 0o077 or stat.S_IMODE(info.st_mode) & mode != mode:
            os.chmod(path, (stat.S_IMODE(info.st_mode) & ~0o077) | mode)


def leftovers(data_dir: Path) -> list[Path]:
    """The half-written files of killed runs in the data dir, its backups and package folders."""
    data_dir = Path(data_dir)
    found: list[Path] = []
    roots = [data_dir, paths.backups_dir(data_dir), paths.keys_dir(data_dir)]
    with contextlib.suppress(OSError):
        packages = paths.packages_dir(data_dir)
        if packages.is_dir():
            roots += [packages, *(p for p in packages.iterdir() if p.is_dir())]
    for root in roots:
        try:
            entries = list(root.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.name.endswith(_LEFTOVER_SUFFIXES) and entry.is_file():
                found.append(entry)
    return found


def remove_leftovers(data_dir: Path) -> list[Path]:
    removed = []
    for path in leftovers(data_dir):
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed
