"""Where things live: bundled resources and the user's data dir.

Resources come from the source tree in development and from the PyInstaller bundle when frozen.
User data lives in the platform data dir unless overridden by ``--data-dir`` or SIPERA_DATA_DIR.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DATA_DIR = "SIPERA_DATA_DIR"


def bundle_root() -> Path:
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parents[1]


def resource(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return resource("translations")


def migrations_dir() -> Path:
    if getattr(sys, "frozen", False):
        return bundle_root() / "desktop_app" / "storage" / "migrations"
    return Path(__file__).resolve().parent / "storage" / "migrations"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("SIPERA", "SIPERA", roaming=False))


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data dir: explicit override, then SIPERA_DATA_DIR, then the platform default."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def database_path(data: Path) -> Path:
    return data / "sipera.sqlite"


def keys_dir(data: Path) -> Path:
    return data / "keys"


def backups_dir(data: Path) -> Path:
    return data / "backups"


def packages_dir(data: Path) -> Path:
    return data / "packages"
