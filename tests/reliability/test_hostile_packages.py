"""Hostile config and enrollment files, structured: pieces of a real package recombined with
bombs, traversal names, duplicates and lies. Each is refused cleanly, memory stays bounded, and
the database and data folder are exactly as before."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.app import open_app
from desktop_app.services.packages import history as package_history
from desktop_app.services.packages import trust as package_trust
from desktop_app.services.packages.common import SyncServiceError

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore:Duplicate name")]

NAMES = ["manifest.json", "manifest.json.minisig", "payload.jsonl", "payload.jsonl.age", "../manifest.json",
         "/etc/passwd", "x/../../payload.jsonl", "MANIFEST.JSON", "manifest.json\x00", "a" * 300]


@pytest.fixture(scope="module")
def parts(paired_template, tmp_path_factory) -> dict[str, bytes]:
    """The members of a real config package from the district."""
    import shutil

    base = tmp_path_factory.mktemp("hostile-pkg")
    shutil.copytree(paired_template / "kab", base / "kab")
    district = open_app(base / "kab", backup=False)
    try:
        built = package_trust.export_config(district, base)
    finally:
        district.close()
    with zipfile.ZipFile(built.path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _content(parts: dict[str, bytes]):  # noqa: ANN202
    manifest = json.loads(parts["manifest.json"])
    lying = dict(manifest, payload={**manifest["payload"], "size": 10**12})
    nested = b"[" * 100_000 + b"]" * 100_000
    return st.sampled_from([
        parts["manifest.json"], parts["manifest.json.minisig"], parts["payload.jsonl"],
        json.dumps(lying).encode(), json.dumps(dict(manifest, sequence=-1)).encode(),
        json.dumps(dict(manifest, kind="data")).encode(), nested, b"\x00" * (8 << 20), b" " * (4 << 20),
        b'{"a":' * 50_000, b"", "\ufeff{}".encode(), parts["payload.jsonl"] * 200,
    ])


def _db_state(data: Path) -> str:
    con = sqlite3.connect(f"file:{data / 'sipera.sqlite'}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def _files(data: Path) -> list[str]:
    return sorted(str(p.relative_to(data)) for p in data.rglob("*") if p.is_file() and "lock" not in p.name
                  and not p.name.endswith(("-wal", "-shm")))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=st.data())
def test_hostile_config_packages_are_refused_and_change_nothing(paired, parts, tmp_path_factory, data):
    village_dir, _district = paired
    members = data.draw(st.lists(st.tuples(st.sampled_from(NAMES), _content(parts), st.booleans()),
                                 min_size=0, max_size=5))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, content, deflate in members:
            zf.writestr(zipfile.ZipInfo(name), content, zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED)
    path = tmp_path_factory.mktemp("hostile") / "SIPERA_config_35.03_0002_20260101.sipera"
    path.write_bytes(buffer.getvalue())
    before_db, before_files = _db_state(village_dir), _files(village_dir)
    app = open_app(village_dir, backup=False)
    tracemalloc.start()
    try:
        try:
            info = package_trust.read_config(app, path)
        except SyncServiceError as exc:
            assert str(exc)
        else:  # only the untouched real package may open: applying it again is the ordinary path
            assert sorted(n for n, _c, _d in members) == sorted(parts)
            assert info.district_code
        seen = package_history.inspect(app, path)  # inspecting never raises
        assert seen is not None
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        app.close()
    assert peak < 300 * 1024 * 1024
    assert _db_state(village_dir) == before_db
    assert _files(village_dir) == before_files
