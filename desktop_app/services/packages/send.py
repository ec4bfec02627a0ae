"""Data packages (village -> district): every record changed since the last package, errors
held back, the package recorded in the same unit of work that marks the records."""

from __future__ import annotations

import errno
import hashlib
import io
import shutil
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import __version__, paths
from desktop_app.core.issues import Issue
from desktop_app.core.person import Person
from desktop_app.core.progress import NULL_PROGRESS, Progress
from desktop_app.core.text import Msg
from desktop_app.services.app import App, now
from desktop_app.services.errors import StorageError, classify
from desktop_app.services.packages.common import (
    SyncServiceError,
    _identity,
    _package_error,
    _source,
    pinned_district,
)
from desktop_app.services.packages.pending import (
    PENDING_DIR,
    PENDING_KEY,
    _clear_dir,
    _remove,
    _to_sent,
    pending_package,
)
from desktop_app.storage import packages as package_log
from desktop_app.storage import persons as repo
from desktop_app.storage import settings as settings_store
from desktop_app.storage import trust as trust_store
from desktop_app.sync.errors import PackageError, SyncError
from desktop_app.sync.manifest import Manifest, Target, package_filename
from desktop_app.sync.package import BuiltPackage, build_package, write_atomically

# ================================================================= data packages (village -> district)


@dataclass
class DataExport:
    built: BuiltPackage | None
    sent: int
    deleted: int
    held_back: list[tuple[Person, list[Issue]]] = field(default_factory=list)
    berita_acara: Path | None = None
    full: bool = False
    rewritten: bool = False  # the package of a killed or failed export, written again (same number)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.built.path) if self.built else None,
            "package_id": self.built.package_id if self.built else None,
            "sequence": self.built.manifest.sequence if self.built else None,
            "sha256": self.built.sha256_of_file if self.built else None,
            "sent": self.sent,
            "deleted": self.deleted,
            "full": self.full,
            "rewritten": self.rewritten,
            "berita_acara": str(self.berita_acara) if self.berita_acara else None,
            "held_back": [
                {"id": p.id, "nik": p.nik, "full_name": p.full_name,
                 "issues": [i.to_dict() for i in issues if i.is_error]}
                for p, issues in self.held_back
            ],
        }


def _record_line(person: Person) -> dict[str, Any]:
    line = person.to_json()
    line.pop("sent_rev", None)
    return line


def preview_data_package(app: App, *, full: bool = False) -> tuple[int, int, list[tuple[Person, list[Issue]]]]:
    """(records to send, of which tombstones, records held back with their errors)."""
    with app.db.read() as s:
        send, held = _select_for_package(s, app, full)
    return len(send), sum(1 for p in send if p.deleted), held


def _select_for_package(session, app: App, full: bool):  # noqa: ANN001, ANN202
    send: list[Person] = []
    held: list[tuple[Person, list[Issue]]] = []
    for row in repo.rows_to_send(session, app.desa_code, full=full):
        person = repo.to_person(row)
        if row.error_count and row.deleted_at is None:
            held.append((person, repo.issues_from_json(row.issues_json)))
        else:
            send.append(person)
    return send, held




def export_data_package(app: App, out_dir: Path, *, full: bool = False, progress: Progress = NULL_PROGRESS,
                        with_berita_acara: bool = True) -> DataExport:
    """Write the next data package to ``out_dir`` and mark what it carries as sent.

    Crash-safe in three steps: the package is built into ``packages/pending`` of the data dir;
    one unit of work marks its records, logs it and notes it as pending; only then is it moved
    to ``packages/sent`` and written (atomically) to ``out_dir``, and the note cleared. A kill
    before the unit of work leaves nothing (the pending file is removed at the next start); a
    kill after it leaves a package the database knows, and the next export writes that same
    package again (``DataExport.rewritten``) instead of making a second one with its number.
    """
    if not app.profile.is_desa:
        raise SyncServiceError(Msg("Paket data dikirim oleh desa/kelurahan."))
    pinned = pinned_district(app)
    if not pinned:
        raise SyncServiceError(Msg(
            "Kunci kabupaten belum ada. Impor dulu paket konfigurasi dari Disperinaker "
            "(menu Kirim > Impor Konfigurasi, atau 'sipera config import FILE')."
        ))
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise SyncServiceError(Msg("Folder tujuan {folder} tidak ada (flashdisk belum terpasang?).", folder=str(out_dir)))
    pending = pending_package(app)
    if pending is not None:
        return _deliver(app, pending, out_dir, with_berita_acara, rewritten=True)
    identity = _identity(app)
    pending_dir = paths.packages_dir(app.data_dir) / PENDING_DIR
    built: BuiltPackage | None = None
    try:
        _clear_dir(pending_dir)
        with app.db.unit_of_work() as s:
            district_key = trust_store.get_key(s, pinned["key_id"])
            if district_key is None or district_key.revoked_at is not None:
                raise SyncServiceError(Msg("Kunci kabupaten tidak berlaku lagi. Impor paket konfigurasi terbaru."))
            send, held = _select_for_package(s, app, full)
            progress.check(0, max(len(send), 1))
            if not send:
                return DataExport(None, 0, 0, held, None, full)
            seq = package_log.next_sequence(s, "data")
            last = package_log.last_sent(s, "data")
            deleted = sum(1 for p in send if p.deleted)
            counts = {"records": len(send), "deleted": deleted, "held_back": len(held), "full": int(full)}
            created = datetime.now(UTC).replace(microsecond=0)
            name = package_filename("data", app.profile.region_code, seq, created)
            if (out_dir / name).exists():
                raise SyncError("package.exists", name=name)
            try:
                pending_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise _disk_error(exc, pending_dir) from exc
            try:
                built = build_package(
                    pending_dir, kind="data", payload_lines=(_record_line(p) for p in send), source=_source(app),
                    target=Target(role="kabupaten", region_code=pinned["region_code"]), sequence=seq,
                    prev_hash=last.file_sha256 if last else None, identity=identity,
                    recipients=[district_key.age_recipient], counts=counts, app_version=__version__, created=created,
                )
            except OSError as exc:
                raise _disk_error(exc, pending_dir) from exc
            progress.check(len(send), len(send))
            repo.mark_sent(s, [p.id for p in send])
            package_log.log_package(
                s, id=built.package_id, direction="sent", kind="data", source_code=app.profile.region_code,
                target_code=pinned["region_code"], sequence=seq, prev_hash=last.file_sha256 if last else "",
                file_name=built.path.name, file_sha256=built.sha256_of_file, created_at=now(), operator=app.operator,
                counts=counts,
            )
            pending = {"file_name": built.path.name, "package_id": built.package_id, "sha256": built.sha256_of_file,
                       "sequence": seq, "sent": len(send), "deleted": deleted, "full": full, "counts": counts}
            settings_store.put(s, PENDING_KEY, pending)
    except (PackageError, SyncError) as exc:
        _remove(built.path if built else None)
        raise _package_error(exc) from exc
    except BaseException:
        _remove(built.path if built else None)
        raise
    result = _deliver(app, pending, out_dir, with_berita_acara, rewritten=False)
    result.held_back = held
    return result


def _deliver(app: App, pending: dict[str, Any], out_dir: Path, with_berita_acara: bool, *, rewritten: bool
             ) -> DataExport:
    """Write the recorded package to ``out_dir`` (and its berita acara), then clear the note."""
    name = str(pending["file_name"])
    try:
        kept = _to_sent(app, name)
        data = kept.read_bytes()
    except OSError as exc:
        raise _disk_error(exc, paths.packages_dir(app.data_dir)) from exc
    if hashlib.sha256(data).hexdigest() != pending.get("sha256"):
        raise SyncServiceError(Msg(
            "Salinan paket nomor {seq} di folder data rusak atau hilang. Kirim ulang seluruh data dengan "
            "'Kirim semua' (sipera package export --full).", seq=pending.get("sequence", "?")))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        manifest = Manifest.from_json(zf.read("manifest.json"))
    target = out_dir / name
    built = BuiltPackage(target, str(pending["package_id"]), str(pending["sha256"]), manifest)
    try:
        if not (target.exists() and _same_bytes(target, data)):
            write_atomically(target, data)
        on_stick = None
        if with_berita_acara:
            from desktop_app.services.packages.berita_acara import write_berita_acara

            on_stick = write_berita_acara(app, built, dict(pending.get("counts") or {}), target.with_suffix(".pdf"))
            copy = kept.with_suffix(".pdf")
            shutil.copyfile(on_stick, copy)
    except OSError as exc:
        raise SyncServiceError(Msg(
            "Paket nomor {seq} sudah dicatat, tetapi belum bisa ditulis ke {folder}: {reason}. "
            "Periksa flashdisk lalu kirim lagi: paket yang sama akan ditulis ulang.",
            seq=pending.get("sequence", "?"), folder=str(out_dir), reason=_reason(exc))) from exc
    with app.db.unit_of_work() as s:
        if on_stick is not None:
            package_log.set_document(s, built.package_id, str(kept.with_suffix(".pdf")))
        settings_store.put(s, PENDING_KEY, None)
    return DataExport(built, int(pending.get("sent", 0)), int(pending.get("deleted", 0)), [], on_stick,
                      bool(pending.get("full")), rewritten=rewritten)


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "disk penuh"
    return exc.strerror or type(exc).__name__


def _disk_error(exc: OSError, place: Path) -> Exception:
    """A failure writing inside the data dir: name the data dir's disk, not the stick."""
    mapped = classify(exc, place)
    if isinstance(mapped, StorageError):
        return mapped
    return SyncServiceError(Msg("Paket tidak bisa disiapkan di {folder}: {reason}.", folder=str(place),
                                reason=_reason(exc)))
