"""This installation's keys (minisign + age), made at init, kept in the data dir."""

from __future__ import annotations

from pathlib import Path

from desktop_app import paths


def ensure_keys(data_dir: Path):  # noqa: ANN201
    from desktop_app.sync import keys as sync_keys

    directory = paths.keys_dir(Path(data_dir))
    try:
        return sync_keys.load_identity(directory)
    except Exception:  # noqa: BLE001 - no identity yet (or unreadable): make one only if none exists
        if directory.exists() and any(directory.iterdir()):
            raise
        return sync_keys.create_identity(directory)


def identity(data_dir: Path):  # noqa: ANN201
    from desktop_app.sync import keys as sync_keys

    return sync_keys.load_identity(paths.keys_dir(Path(data_dir)))
