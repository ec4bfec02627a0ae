"""Imports point downward: core pulls in no Qt/SQL/spreadsheet library; services no Qt; ui and
cli reach storage only through services; no import circles."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import desktop_app
from tests import layers

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


# ---------------------------------------------------------------- direct imports, read from the sources

SOURCE_ROOT = ROOT.parent
DIRECT_RULES = {
    "desktop_app.ui": ("desktop_app.storage", "desktop_app.sync", "sqlalchemy", "alembic", "desktop_app.cli"),
    "desktop_app.cli": ("desktop_app.storage", "desktop_app.sync", "sqlalchemy", "alembic"),
    "desktop_app.services": ("desktop_app.ui", "desktop_app.cli", "PySide6"),
    "desktop_app.storage": ("desktop_app.services", "desktop_app.sync", "desktop_app.ui", "desktop_app.cli"),
    "desktop_app.sync": ("desktop_app.storage", "desktop_app.services", "desktop_app.ui", "desktop_app.cli"),
    "desktop_app.core": ("desktop_app.storage", "desktop_app.sync", "desktop_app.services", "desktop_app.ui",
                         "desktop_app.cli", "PySide6", "sqlalchemy"),
}


def test_ui_and_cli_reach_storage_only_through_services():
    assert layers.violations(SOURCE_ROOT, DIRECT_RULES) == []


def test_no_import_circle_between_modules():
    assert layers.cycles(SOURCE_ROOT) == []


def _plant(tmp_path: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = tmp_path / "desktop_app" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in [p for p in (tmp_path / "desktop_app").rglob("*") if p.is_dir()] + [tmp_path / "desktop_app"]:
        (folder / "__init__.py").touch()
    return tmp_path


def test_a_planted_ui_import_of_storage_fails(tmp_path):
    root = _plant(tmp_path, {
        "storage/persons.py": "X = 1\n",
        "services/records.py": "from desktop_app.storage import persons\n",
        "ui/records/form.py": "def f():\n    from desktop_app.storage.persons import X\n    return X\n",
        "ui/records/ok.py": "from desktop_app.services import records\n",
        "cli/lists.py": "import sqlalchemy\n",
    })
    assert layers.violations(root, DIRECT_RULES) == [
        "desktop_app.cli.lists -> sqlalchemy",
        "desktop_app.ui.records.form -> desktop_app.storage.persons",
    ]


def test_a_planted_circle_fails(tmp_path):
    root = _plant(tmp_path, {
        "services/a.py": "from desktop_app.services import b\n",
        "services/b.py": "def f():\n    from . import c\n",
        "services/c.py": "from desktop_app.services.a import thing\n",
        "services/d.py": "from desktop_app.services import a\n",
    })
    assert layers.cycles(root) == [["desktop_app.services.a", "desktop_app.services.b", "desktop_app.services.c"]]
