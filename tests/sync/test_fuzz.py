"""Hostile bytes: open_package raises PackageError and nothing else; inspect_package never raises."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.sync.errors import PackageError
from desktop_app.sync.package import inspect_package, open_package

from .conftest import World

FUZZ = settings(
    max_examples=int(os.environ.get("SIPERA_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def valid(world: World) -> bytes:
    return world.build("data").path.read_bytes()


def _attempt(world: World, path: Path) -> None:
    try:
        open_package(path, trust=world.district_trust, identity=world.district)
    except PackageError:
        pass
    result = inspect_package(path, world.district_trust, identity=world.district)
    assert result.error is None or isinstance(result.error, PackageError)


@FUZZ
@given(blob=st.binary(max_size=4096) | st.binary(max_size=64).map(lambda b: b"PK\x03\x04" + b))
def test_random_bytes(world: World, tmp_path: Path, blob: bytes) -> None:
    path = tmp_path / "random.sipera"
    path.write_bytes(blob)
    _attempt(world, path)


@FUZZ
@given(data=st.data())
def test_mutated_valid_package(world: World, tmp_path: Path, valid: bytes, data: st.DataObject) -> None:
    blob = bytearray(valid)
    for _ in range(data.draw(st.integers(min_value=1, max_value=8))):
        action = data.draw(st.sampled_from(["flip", "set", "cut", "insert", "delete"]))
        pos = data.draw(st.integers(min_value=0, max_value=max(len(blob) - 1, 0)))
        if action == "flip" and blob:
            blob[pos] ^= 1 << data.draw(st.integers(min_value=0, max_value=7))
        elif action == "set" and blob:
            blob[pos] = data.draw(st.integers(min_value=0, max_value=255))
        elif action == "cut":
            del blob[pos:]
        elif action == "insert":
            blob[pos:pos] = data.draw(st.binary(min_size=1, max_size=16))
        elif action == "delete":
            del blob[pos : pos + data.draw(st.integers(min_value=1, max_value=16))]
    path = tmp_path / "mutated.sipera"
    path.write_bytes(bytes(blob))
    _attempt(world, path)


@FUZZ
@given(
    members=st.lists(
        st.tuples(
            st.sampled_from(
                ["manifest.json", "manifest.json.minisig", "payload.jsonl", "payload.jsonl.age", "x", "../x"]
            ),
            st.binary(max_size=256),
        ),
        max_size=5,
    )
)
def test_random_zip_members(world: World, tmp_path: Path, members: list[tuple[str, bytes]]) -> None:
    buffer = io.BytesIO()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buffer, "w") as zf:
            for name, content in members:
                zf.writestr(name, content)
    path = tmp_path / "members.sipera"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(PackageError):
        open_package(path, trust=world.district_trust, identity=world.district)
