"""Shared fixtures for the sync tests: identities, a trust store, package builders, ZIP surgery."""

from __future__ import annotations

import json
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.person import Person
from desktop_app.sync.keys import Identity, create_identity
from desktop_app.sync.manifest import Manifest, Target
from desktop_app.sync.package import (
    BuiltPackage,
    StaticTrust,
    TrustedKey,
    build_package,
    enrollment_line,
    make_source,
)

DESA = "35.03.01.2001"
KAB = "35.03"
APP_VERSION = "0.1.0"


@dataclass
class World:
    tmp: Path
    village: Identity
    district: Identity
    stranger: Identity
    village_install: str
    district_install: str
    key_dirs: dict[str, Path]

    @property
    def district_trust(self) -> StaticTrust:
        """What the district trusts: the enrolled village (and itself)."""
        return StaticTrust(
            [
                TrustedKey(self.village.public, DESA, "desa"),
                TrustedKey(self.district.public, KAB, "kabupaten"),
            ]
        )

    @property
    def village_trust(self) -> StaticTrust:
        """What the village trusts: the pinned district key (and itself)."""
        return StaticTrust(
            [
                TrustedKey(self.district.public, KAB, "kabupaten"),
                TrustedKey(self.village.public, DESA, "desa"),
            ]
        )

    def out(self, name: str = "out") -> Path:
        path = self.tmp / name
        path.mkdir(exist_ok=True)
        return path

    def build(
        self,
        kind: str,
        lines: list[dict[str, Any]] | None = None,
        *,
        out: Path | None = None,
        identity: Identity | None = None,
        region: str | None = None,
        target: Target | None | str = "auto",
        sequence: int = 1,
        recipients: list[str] | None = None,
    ) -> BuiltPackage:
        village_side = kind in ("data", "enrollment")
        identity = identity or (self.village if village_side else self.district)
        region = region or (DESA if village_side else KAB)
        role = "desa" if village_side else "kabupaten"
        install = self.village_install if village_side else self.district_install
        if target == "auto":
            target = (
                Target("kabupaten", KAB)
                if village_side
                else (None if kind == "config" else Target("desa", DESA))
            )
        if lines is None:
            lines = default_lines(kind, identity, region, install)
        if recipients is None:
            if kind in ("data",):
                recipients = [self.district.recipient]
            elif kind in ("feedback", "restore"):
                recipients = [self.village.recipient]
            else:
                recipients = []
        return build_package(
            out or self.out(),
            kind=kind,
            payload_lines=lines,
            source=make_source(identity, role=role, region_code=region, installation_id=install),
            target=target,
            sequence=sequence,
            prev_hash=None,
            identity=identity,
            recipients=recipients,
            counts={"records": len(lines)},
            app_version=APP_VERSION,
        )


def person_record(i: int = 0, *, rev: int = 1, desa: str = DESA, **changes: Any) -> dict[str, Any]:
    p = Person(
        id=str(uuid.UUID(int=i + 1)),
        desa_code=desa,
        nik=f"35030101018{i:05d}",
        full_name=f"Warga {i}",
        rev=rev,
    )
    data = p.to_json()
    data.update(changes)
    return data


def feedback_record(i: int = 0) -> dict[str, Any]:
    return {
        "type": "record",
        "id": str(uuid.UUID(int=i + 1)),
        "desa_code": DESA,
        "rev": 1,
        "verification_status": "ditolak",
        "verification_reason": "NIK tidak padan",
        "dukcapil_match": "tidak_padan",
        "bpjs_status": "belum",
        "bpjs_reason": "",
        "kpj_number": "",
    }


def default_lines(kind: str, identity: Identity, region: str, install: str) -> list[dict[str, Any]]:
    if kind in ("data", "restore"):
        return [person_record(i) for i in range(5)] + [
            person_record(9, rev=3, deleted_at="2025-01-02T03:04:05+00:00", delete_reason="meninggal")
        ]
    if kind == "feedback":
        return [
            feedback_record(0),
            feedback_record(1),
            {"type": "case", "case_id": "c1", "nik_masked": "3503********0001"},
            {"type": "receipt", "sequences": [1, 2, 4]},
        ]
    if kind == "enrollment":
        return [
            enrollment_line(
                identity.public, region_code=region, installation_id=install, village_name="Desa Uji"
            )
        ]
    if kind == "config":
        return [
            {"type": "config", "programme_year": 2025, "rate": 16800, "age_min": 18, "age_max": 65},
            {"type": "revoked", "key_ids": ["0123456789ABCDEF"]},
            {"type": "revoked_key", "key_id": "FEDCBA9876543210"},
        ]
    raise AssertionError(kind)


@pytest.fixture(scope="session")
def _keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Identity, Path]]:
    base = tmp_path_factory.mktemp("keys")
    return {who: (create_identity(base / who), base / who) for who in ("village", "district", "stranger")}


@pytest.fixture
def world(tmp_path: Path, _keys: dict[str, tuple[Identity, Path]]) -> World:
    return World(
        tmp_path,
        _keys["village"][0],
        _keys["district"][0],
        _keys["stranger"][0],
        str(uuid.uuid4()),
        str(uuid.uuid4()),
        {who: folder for who, (_, folder) in _keys.items()},
    )


# --------------------------------------------------------------------------- ZIP surgery


def read_members(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def write_zip(path: Path, members: list[tuple[str, bytes]], *, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        for name, data in members:
            zf.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, compress_type=method)
    return path


def replace_member(src: Path, dst: Path, name: str, change: Callable[[bytes], bytes]) -> Path:
    members = [(n, change(d) if n == name else d) for n, d in read_members(src)]
    return write_zip(dst, members)


def resigned(
    src: Path,
    dst: Path,
    identity: Identity,
    edit: Callable[[dict[str, Any]], None],
    payload: bytes | None = None,
) -> Path:
    """Edit the manifest, sign it again with ``identity`` (a validly signed, edited package)."""
    members = dict(read_members(src))
    manifest = json.loads(members["manifest.json"])
    edit(manifest)
    manifest_bytes = Manifest.from_dict(manifest).to_json()
    members["manifest.json"] = manifest_bytes
    members["manifest.json.minisig"] = identity.sign(manifest_bytes, trusted_comment="test")
    if payload is not None:
        name = manifest["payload"]["name"]
        members[name] = payload
    return write_zip(dst, list(members.items()))
