"""Helpers for the district tests: a snapshot of the district database to compare runs,
a data package built with any content in a village's name."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.services.app import App
from desktop_app.services.packages.common import _identity, _source
from desktop_app.storage import trust as trust_store
from desktop_app.sync.manifest import Target
from desktop_app.sync.package import build_package

# columns that describe a record's state (history ids and timestamps of the run are left out)
SNAPSHOT_SKIP = frozenset()


def snapshot(app_or_path: App | Path) -> dict[str, Any]:
    """Every person row, and the NIKs with an open case, as plain values."""
    path = app_or_path.db.path if isinstance(app_or_path, App) else Path(app_or_path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        con.row_factory = sqlite3.Row
        persons = {r["id"]: {k: r[k] for k in r.keys() if k not in SNAPSHOT_SKIP}
                   for r in con.execute("SELECT * FROM persons ORDER BY id")}
        cases = sorted(
            (r["nik"], tuple(json.loads(r["person_ids"])))
            for r in con.execute("SELECT nik, person_ids FROM review_cases WHERE status IN ('open', 'later')")
        )
        received = sorted(tuple(r) for r in con.execute(
            "SELECT id, source_code, sequence FROM packages WHERE direction = 'received' AND kind = 'data'"))
    finally:
        con.close()
    return {"persons": persons, "cases": cases, "received": received}


def forged_data_package(village: App, district: App, out: Path, lines: list[dict[str, Any]], *,
                        sequence: int = 99, monkeypatch: Any = None) -> Path:
    """A validly signed and encrypted data package of ``village`` with these exact lines (a
    record of another village needs ``monkeypatch``: SIPERA itself never writes one)."""
    if monkeypatch is not None:
        from desktop_app.sync import package as package_module

        monkeypatch.setattr(package_module, "_check_own_records", lambda *a: None)
    with district.db.read() as s:
        district_key = trust_store.active_keys(s, role="kabupaten")
    with village.db.read() as s:
        pinned = trust_store.active_keys(s, role="kabupaten")
    recipient = (pinned or district_key)[0].age_recipient
    built = build_package(
        out, kind="data", payload_lines=lines, source=_source(village),
        target=Target(role="kabupaten", region_code=district.profile.region_code), sequence=sequence,
        prev_hash=None, identity=_identity(village), recipients=[recipient], app_version=__version__,
    )
    return built.path
