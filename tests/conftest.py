"""Test-wide safety: Qt offscreen, and never the user's real data dir."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """SIPERA_DATA_DIR and platformdirs' HOME point into a temp dir for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SIPERA_DATA_DIR", str(home / "sipera-data"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    yield
