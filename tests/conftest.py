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


# ---------------------------------------------------------------- a quiet end of the run

_EXIT: dict[str, int] = {}


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session, exitstatus):  # noqa: ANN001
    _EXIT["status"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):  # noqa: ANN001
    """End the process once pytest has reported, without the interpreter's final garbage
    collection: in it, Qt wrappers left by the UI tests are torn down after Qt itself and PySide6
    can abort ("none_dealloc ... refcount error in a C extension") after every test passed, which
    would turn a green run red. The exit status is pytest's own."""
    if "status" in _EXIT and os.environ.get("SIPERA_TESTS_NORMAL_EXIT") != "1":
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT["status"])
