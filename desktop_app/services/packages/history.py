"""Inspect any package without changing anything; the history of packages sent and received."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app import paths
from desktop_app.core.text import Msg
from desktop_app.services.app import App
from desktop_app.services.packages.common import (
    DbTrust,
    SyncServiceError,
    _identity,
    _package_error,
    _WithOwnKey,
    short_file_fingerprint,
)
from desktop_app.storage import packages as package_log
from desktop_app.sync.errors import PackageError, SyncError
from desktop_app.sync.package import Inspection, OpenedPackage, inspect_package, open_package

# ================================================================= inspect and history


def inspect(app: App | None, path: Path) -> Inspection:
    """Look inside any package without changing anything."""
    if app is None:
        return inspect_package(Path(path))
    try:
        identity = _identity(app)
    except (SyncError, OSError):
        identity = None
    with app.db.read() as s:
        trust = _WithOwnKey(app, identity, DbTrust(s))
        result = inspect_package(Path(path), trust, identity=identity)
        if result.error is not None and result.error.code in ("package.decrypt", "package.target_mismatch"):
            # not meant for us: still show what can be shown without decrypting
            result = inspect_package(Path(path), trust, identity=None)
    return result


def inspection_summary(result: Inspection) -> dict[str, Any]:
    doc = result.to_dict()
    m = result.manifest
    doc["summary"] = {
        "kind": m.kind if m else None,
        "source": m.source.region_code if m else None,
        "sequence": m.sequence if m else None,
        "created_at": m.created_at if m else None,
        "counts": m.counts if m else None,
        "signature": result.signature_status,
        "known_key": result.signature_status == "valid",
        "ok": result.ok,
        "message": str(result.error) if result.error else None,
        "file_fingerprint": short_file_fingerprint(result.sha256_of_file) if result.sha256_of_file else None,
    }
    return doc


@dataclass(frozen=True)
class PackageEntry:
    id: str
    direction: str
    kind: str
    source_code: str
    target_code: str
    sequence: int
    file_name: str
    file_sha256: str
    created_at: datetime
    operator: str
    counts: dict[str, Any]
    outcome: dict[str, Any]
    document_path: str
    stored_copy: Path | None


def history(app: App) -> list[PackageEntry]:
    out = []
    with app.db.read() as s:
        for row in package_log.packages(s):
            copy = paths.packages_dir(app.data_dir) / row.direction / row.file_name
            out.append(PackageEntry(
                row.id, row.direction, row.kind, row.source_code, row.target_code, row.sequence, row.file_name,
                row.file_sha256, row.created_at, row.operator, _loads(row.counts), _loads(row.outcome),
                row.document_path, copy if copy.exists() else None,
            ))
    return out


def _loads(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def reopen_sent(app: App, entry: PackageEntry) -> OpenedPackage:
    """A village reopens a package it sent (it is one of the recipients)."""
    if entry.stored_copy is None:
        raise SyncServiceError(Msg("Salinan paket ini tidak ada lagi di folder data."))
    with app.db.read() as s:
        try:
            identity = _identity(app)
            return open_package(entry.stored_copy, trust=_WithOwnKey(app, identity, DbTrust(s)), identity=identity)
        except PackageError as exc:
            raise _package_error(exc) from exc

