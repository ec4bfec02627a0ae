"""The strict manifest parser and the file-name helper."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from desktop_app.sync.errors import PackageError
from desktop_app.sync.manifest import Manifest, package_filename

from .conftest import World


@pytest.fixture
def good(world: World) -> dict[str, Any]:
    return world.build("data").manifest.to_dict()


def test_round_trip(good: dict[str, Any]) -> None:
    m = Manifest.from_dict(good)
    assert Manifest.from_json(m.to_json()) == m
    assert m.to_json().endswith(b"\n") and json.loads(m.to_json()) == good
    assert m.filename.startswith("SIPERA_data_3503012001_0001_")


def test_filename() -> None:
    created = datetime(2025, 3, 9, 23, 59, tzinfo=UTC)
    assert (
        package_filename("data", "35.03.01.2001", 7, created) == "SIPERA_data_3503012001_0007_20250309.sipera"
    )
    assert package_filename("config", "35.03", 12345, created) == "SIPERA_config_3503_12345_20250309.sipera"
    with pytest.raises(ValueError):
        package_filename("virus", "35.03", 1, created)
    with pytest.raises(ValueError):
        package_filename("data", "../35", 1, created)


def _set(path: str, value: Any):  # type: ignore[no-untyped-def]
    def edit(d: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        for p in parents:
            d = d[p]
        if value is _DELETE:
            del d[last]
        else:
            d[last] = value

    return edit


_DELETE = object()

BAD_EDITS = {
    "unknown kind": _set("kind", "virus"),
    "kind not str": _set("kind", 1),
    "format": _set("format", "zip"),
    "version 2": _set("format_version", 2),
    "version bool": _set("format_version", True),
    "package id": _set("package_id", "1234"),
    "package id upper": _set("package_id", "6FAD2739-D849-4147-BAC2-702DCEE4A75C"),
    "missing sequence": _set("sequence", _DELETE),
    "sequence str": _set("sequence", "1"),
    "sequence negative": _set("sequence", -1),
    "sequence float": _set("sequence", 1.0),
    "sequence huge": _set("sequence", 2**40),
    "prev hash short": _set("prev_hash", "abc"),
    "prev hash upper": _set("prev_hash", "A" * 64),
    "created local": _set("created_at", "2025-01-01T10:00:00+07:00"),
    "created impossible": _set("created_at", "2025-02-30T10:00:00Z"),
    "created unicode digits": _set("created_at", "٢٠٢٥-01-01T10:00:00Z"),
    "app version long": _set("app_version", "1" * 100),
    "app version newline": _set("app_version", "1.0\n"),
    "extra key": _set("extra", 1),
    "source role": _set("source.role", "provinsi"),
    "source wrong role for kind": _set("source.role", "kabupaten"),
    "source region": _set("source.region_code", "35.03.01"),
    "source region newline": _set("source.region_code", "35.03.01.2001\n"),
    "source region long": _set("source.region_code", "3" * 1000),
    "source installation": _set("source.installation_id", "x"),
    "source key id differs": _set("source.key_id", "0123456789ABCDEF"),
    "source extra": _set("source.name", "x"),
    "signer": _set("signer", {"sign_pub": "x", "age_recipient": "y", "key_id": "z"}),
    "target null for data": _set("target", None),
    "target other district": _set("target.region_code", "35.04"),
    "target role": _set("target.role", "desa"),
    "target list": _set("target", ["kabupaten", "35.03"]),
    "counts str": _set("counts.records", "5"),
    "counts negative": _set("counts.records", -5),
    "counts bad key": _set("counts", {"Bad Key": 1}),
    "counts too many": _set("counts", {f"k{i}": 1 for i in range(100)}),
    "payload name": _set("payload.name", "../payload.jsonl.age"),
    "payload plain for data": _set("payload.name", "payload.jsonl"),
    "payload size": _set("payload.size", -1),
    "payload sha": _set("payload.sha256", "z" * 64),
    "not encrypted": _set("encrypted", False),
    "encrypted str": _set("encrypted", "true"),
    "no recipients": _set("recipients", []),
    "bad recipient": _set("recipients", ["age1xyz"]),
    "recipients str": _set("recipients", "age1"),
    "duplicate recipients": lambda d: d.update(recipients=[d["recipients"][0]] * 2),
}


@pytest.mark.parametrize("name", sorted(BAD_EDITS))
def test_rejects(good: dict[str, Any], name: str) -> None:
    data = copy.deepcopy(good)
    BAD_EDITS[name](data)
    with pytest.raises(PackageError) as info:
        Manifest.from_json(json.dumps(data).encode())
    assert info.value.code == "package.manifest"
    assert info.value.message.startswith("Manifest paket tidak sah")


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"null",
        b"[]",
        b"{",
        b'{"kind": NaN}',
        b"\xff",
        b" " * 70_000,
        b'{"format": "sipera-package", "format": "sipera-package"}',
        b"[" * 100_000,
    ],
)
def test_rejects_raw(raw: bytes) -> None:
    with pytest.raises(PackageError) as info:
        Manifest.from_json(raw)
    assert info.value.code == "package.manifest"


def test_duplicate_keys_rejected(good: dict[str, Any]) -> None:
    text = json.dumps(good)
    dup = text[:-1] + ', "kind": "config"}'
    with pytest.raises(PackageError):
        Manifest.from_json(dup.encode())


def test_config_may_have_no_target(world: World) -> None:
    m = world.build("config").manifest
    assert m.target is None and not m.encrypted
    data = m.to_dict()
    data["recipients"] = [world.village.recipient]
    with pytest.raises(PackageError):
        Manifest.from_dict(data)
