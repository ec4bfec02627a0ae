"""Imports point downward: core pulls in no Qt/SQL/spreadsheet library; services no Qt."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import desktop_app

ROOT = Path(desktop_app.__file__).resolve().parent

BANNED = {
    "desktop_app.core": ("PySide6", "sqlalchemy", "openpyxl", "python_calamine", "alembic"),
    "desktop_app.sync": ("PySide6", "sqlalchemy", "openpyxl", "desktop_app.storage", "desktop_app.services"),
    "desktop_app.storage": ("PySide6", "desktop_app.sync", "desktop_app.services", "desktop_app.ui"),
    "desktop_app.services": ("PySide6", "desktop_app.ui", "desktop_app.cli"),
}

PROBE = """
import importlib, json, pkgutil, sys
pkg = importlib.import_module(sys.argv[1])
for m in pkgutil.walk_packages(pkg.__path__, sys.argv[1] + "."):
    if ".migrations" in m.name:
        continue
    importlib.import_module(m.name)
banned = json.loads(sys.argv[2])
print(json.dumps(sorted(b for b in banned if any(k == b or k.startswith(b + ".") for k in sys.modules))))
"""


def _probe(package: str, banned: tuple[str, ...]) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, package, json.dumps(banned)],
        capture_output=True, text=True, check=False, cwd=ROOT.parent,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_layers_point_downward():
    for package, banned in BANNED.items():
        assert _probe(package, banned) == [], f"{package} imports {banned}"


def test_probe_notices_a_banned_import():
    # the probe itself must be able to fail: the ui package does pull in PySide6
    assert _probe("desktop_app.ui", ("PySide6",)) == ["PySide6"]


def test_every_module_is_inside_a_known_layer():
    layers = {"core", "storage", "sync", "services", "ui", "cli"}
    for info in pkgutil.iter_modules([str(ROOT)]):
        if info.ispkg:
            assert info.name in layers, info.name
