"""A data package built or recorded but not yet written to its folder (a killed or failed
export): kept in ``<data dir>/packages/pending`` and named in the settings, settled when a
writer opens the data folder. ``app`` is an open ``services.app.App`` (only its ``db`` and
``data_dir`` are used: this module is called by ``open_app`` itself)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from desktop_app import paths
from desktop_app.storage import settings as settings_store
from desktop_app.sync.package import fsync_dir

PENDING_DIR = "pending"  # <data dir>/packages/pending: a package built but not yet recorded
PENDING_KEY = "data_package_pending"  # settings: a recorded package not yet written to the stick


def pending_package(app: Any) -> dict[str, Any] | None:
    """The package recorded as sent but not yet written to a folder (a killed or failed export)."""
    with app.db.read() as s:
        found = settings_store.get(s, PENDING_KEY)
    return found if isinstance(found, dict) and found.get("file_name") else None


def settle_pending(app: Any) -> None:
    """At start: a package built but never recorded is removed; a recorded one moves to
    ``packages/sent`` (it is written to the stick by the next export)."""
    pending = pending_package(app)
    pending_dir = paths.packages_dir(app.data_dir) / PENDING_DIR
    keep = pending["file_name"] if pending else None
    if keep:
        with contextlib.suppress(OSError):
            _to_sent(app, keep)
    _clear_dir(pending_dir, keep=None)


def _clear_dir(folder: Path, keep: str | None = None) -> None:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name != keep and entry.is_file():
            _remove(entry)


def _to_sent(app: Any, file_name: str) -> Path:
    """Move the recorded package from pending/ to sent/ (replacing a stale copy); its path."""
    packages = paths.packages_dir(app.data_dir)
    source, kept = packages / PENDING_DIR / file_name, packages / "sent" / file_name
    if source.exists():
        kept.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, kept)
        fsync_dir(kept.parent)
    return kept


def _remove(path: Path | None) -> None:
    if path is None:
        return
    with contextlib.suppress(OSError):
        path.unlink()
