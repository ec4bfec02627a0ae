"""Before the window opens on X11: are the system libraries Qt's xcb plugin needs installed?

PySide6 brings Qt but not the X11 libraries its ``xcb`` platform plugin links to; on a fresh
Debian/Ubuntu desktop some are missing (``libxcb-icccm4``, ``libxcb-keysyms1``, ...) and Qt then
aborts with "Could not load the Qt platform plugin xcb", naming the wrong library. This module
tries to load each of them first (the list is ``ldd`` of PySide6's ``libqxcb.so`` and
``libQt6XcbQpa.so.6``) and, when some are missing, says which Debian/Ubuntu packages to install.
Nothing is checked for other platforms (offscreen, wayland, Windows, macOS).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# soname -> the Debian 12 / Ubuntu package that has it
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def _load(soname: str) -> None:
    ctypes.CDLL(soname)


def uses_xcb(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will open the window through X11 (xcb) here."""
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip().lower()
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    if env.get("XDG_SESSION_TYPE", "").lower() == "wayland" and env.get("WAYLAND_DISPLAY"):
        return False  # Qt opens a wayland window there
    return bool(env.get("DISPLAY"))


def missing_libraries(load: Callable[[str], None] | None = None) -> list[tuple[str, str]]:
    """(soname, package) of every library in ``XCB_LIBRARIES`` that cannot be loaded."""
    load = load or _load
    missing = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            load(soname)
        except OSError:
            missing.append((soname, package))
    return missing


def missing_message(missing: list[tuple[str, str]]) -> str:
    packages = " ".join(dict.fromkeys(package for _, package in missing))
    libraries = ", ".join(soname for soname, _ in missing)
    return (
        "SIPERA tidak bisa membuka jendela: pustaka sistem yang dibutuhkan Qt belum terpasang "
        f"({libraries}).\n"
        "Pasang dulu (Debian/Ubuntu), lalu jalankan SIPERA lagi:\n"
        f"    sudo apt install {packages}\n"
        "Perintah baris (sipera import, sipera package, ...) tetap bisa dipakai tanpa jendela."
    )


def check_before_window(env: Mapping[str, str] | None = None, load: Callable[[str], None] | None = None) -> str | None:
    """The message to show instead of Qt's abort, or None when the window can open."""
    if not uses_xcb(env):
        return None
    missing = missing_libraries(load)
    return missing_message(missing) if missing else None


__all__ = ["XCB_LIBRARIES", "check_before_window", "missing_libraries", "missing_message", "uses_xcb"]
