"""What every package use case shares: this installation's identity, the keys the database
trusts, the pinned district, copies kept for the history, and the refusal type."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

from desktop_app import paths
from desktop_app.services.app import App
from desktop_app.services.errors import ServiceError
from desktop_app.services.packages import keys as keys_service
from desktop_app.storage import trust as trust_store
from desktop_app.sync.errors import PackageError, SyncError
from desktop_app.sync.keys import PublicKeys
from desktop_app.sync.keys import normalize_fingerprint as normalize_fingerprint  # for the window's entry
from desktop_app.sync.package import TrustedKey, make_source

SETTINGS_DISTRICT = "district"  # village side: the pinned district {key_id, region_code, name, fingerprint}


class SyncServiceError(ServiceError, ValueError):
    """A refusal the user can act on; ``str(e)`` is the Indonesian message, raised as a
    ``core.text.Msg`` (``core.text.message_of(e)``) so that the window can translate it."""


class DbTrust:
    """The TrustLookup the package pipeline asks: the keys this database trusts."""

    def __init__(self, session) -> None:  # noqa: ANN001
        self._session = session

    def lookup(self, key_id: str) -> TrustedKey | None:
        row = trust_store.get_key(self._session, key_id)
        return None if row is None else _trusted(row)


def _trusted(row) -> TrustedKey:  # noqa: ANN001 - a storage TrustedKeyRow
    return TrustedKey(
        public=PublicKeys(sign_pub=row.sign_pub, age_recipient=row.age_recipient, key_id=row.key_id),
        region_code=row.region_code,
        role=row.role,
        revoked=row.revoked_at is not None,
    )


class SnapshotTrust:
    """The keys this database trusts, read once: for a run that changes no key (a merge run holds
    the writer lock) and for worker processes, which cannot share the session. Picklable."""

    def __init__(self, keys: dict[str, TrustedKey]) -> None:
        self.keys = keys

    @classmethod
    def read(cls, session) -> SnapshotTrust:  # noqa: ANN001
        return cls({row.key_id: _trusted(row) for row in trust_store.all_keys(session)})

    def lookup(self, key_id: str) -> TrustedKey | None:
        return self.keys.get(key_id)


def _kabupaten_of(code: str) -> str:
    return ".".join(code.split(".")[:2])


def _identity(app: App):  # noqa: ANN202
    return keys_service.identity(app.data_dir)


def own_fingerprint(app: App) -> str:
    return _identity(app).fingerprint


def _source(app: App):  # noqa: ANN202
    return make_source(_identity(app), role=app.profile.role, region_code=app.profile.region_code,
                       installation_id=app.profile.installation_id)


def _keep_copy(app: App, built_path: Path, direction: str) -> Path:
    """A copy of every package sent or received stays in the data dir, for the history."""
    folder = paths.packages_dir(app.data_dir) / direction
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / built_path.name
    if not target.exists():
        shutil.copyfile(built_path, target)
    return target


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def short_file_fingerprint(sha256_hex: str) -> str:
    """The first 16 hex digits of the file's SHA-256 in groups of 4: for the berita acara."""
    head = sha256_hex[:16].upper()
    return "-".join(head[i : i + 4] for i in range(0, 16, 4))


def _package_error(exc: PackageError | SyncError) -> SyncServiceError:
    """The plain Indonesian message, still a translatable Msg (the code stays in ``.code``,
    the technical detail is left out)."""
    error = SyncServiceError(exc.message)
    error.code = exc.code  # type: ignore[attr-defined]
    return error


def pinned_district(app: App) -> dict[str, Any] | None:
    from desktop_app.storage import settings as settings_store

    with app.db.read() as s:
        return settings_store.get(s, SETTINGS_DISTRICT)


class _WithOwnKey:
    """Trust this database's keys and this installation's own key (a package it sent itself)."""

    def __init__(self, app: App, identity, others: DbTrust) -> None:  # noqa: ANN001
        self._own = None
        if identity is not None:
            self._own = TrustedKey(public=identity.public, region_code=app.profile.region_code,
                                   role=app.profile.role)
        self._others = others

    def lookup(self, key_id: str) -> TrustedKey | None:
        if self._own is not None and key_id == self._own.public.key_id:
            return self._own
        return self._others.lookup(key_id)


