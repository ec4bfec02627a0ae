"""Issue 14 item 10: a missing X11 library gives SIPERA's message naming the package, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop_app.ui import qt_libs


def _loader(missing: set[str]):
    def load(soname: str) -> None:
        if soname in missing:
            raise OSError(f"{soname}: cannot open shared object file: No such file or directory")
    return load


def test_only_xcb_is_checked():
    assert qt_libs.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert qt_libs.uses_xcb({"DISPLAY": ":0"}, "linux")
    assert not qt_libs.uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux")
    assert not qt_libs.uses_xcb({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
                                "linux")
    assert not qt_libs.uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "win32")
    assert qt_libs.check_before_window({"QT_QPA_PLATFORM": "offscreen"}, _loader(set(qt_libs.XCB_LIBRARIES))) is None


def test_missing_libraries_name_their_packages():
    text = qt_libs.check_before_window({"QT_QPA_PLATFORM": "xcb"},
                                       _loader({"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}))
    assert text is not None
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in text
    assert "libxcb-icccm.so.4" in text and "SIPERA" in text
    assert qt_libs.check_before_window({"QT_QPA_PLATFORM": "xcb"}, _loader(set())) is None


def test_the_readme_lists_every_package():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for package in qt_libs.XCB_LIBRARIES.values():
        assert package in readme, package


_CHILD = r"""
import sys
from pathlib import Path
from desktop_app.ui import qt_libs
def load(soname):
    if soname == "libxcb-keysyms.so.1":
        raise OSError(soname)
qt_libs._load = load
from desktop_app.ui.app import run_gui
run_gui(Path(sys.argv[1]))
"""


def test_the_app_says_so_before_qt_starts(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=":99")
    out = subprocess.run([sys.executable, "-c", _CHILD, str(tmp_path / "data")], capture_output=True, text=True,
                         env=env, timeout=120)
    assert out.returncode == 2, out.stderr
    assert "sudo apt install libxcb-keysyms1" in out.stderr
    assert "Could not load the Qt platform plugin" not in out.stderr
