"""Data packages (village -> district): every record changed since the last package, errors
held back, the package recorded in the same unit of work that marks the records."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.core.issues import Issue
from desktop_app.core.person import Person
from desktop_app.core.progress import NULL_PROGRESS, Progress
from desktop_app.core.text import Msg
from desktop_app.services.app import App, now
from desktop_app.services.packages.common import (
    SyncServiceError,
    _identity,
    _keep_copy,
    _package_error,
    _source,
    pinned_district,
)
from desktop_app.storage import packages as package_log
from desktop_app.storage import persons as repo
from desktop_app.storage import trust as trust_store
from desktop_app.sync.errors import PackageError, SyncError
from desktop_app.sync.manifest import Target
from desktop_app.sync.package import BuiltPackage, build_package

# ================================================================= data packages (village -> district)


@dataclass
class DataExport:
    built: BuiltPackage | None
    sent: int
    deleted: int
    held_back: list[tuple[Person, list[Issue]]] = field(default_factory=list)
    berita_acara: Path | None = None
    full: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.built.path) if self.built else None,
            "package_id": self.built.package_id if self.built else None,
            "sequence": self.built.manifest.sequence if self.built else None,
            "sha256": self.built.sha256_of_file if self.built else None,
            "sent": self.sent,
            "deleted": self.deleted,
            "full": self.full,
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

    The file is written atomically inside the unit of work that marks the records; if the
    database step fails the file is removed again, so the two never disagree.
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
    identity = _identity(app)
    built: BuiltPackage | None = None
    try:
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
            built = build_package(
                out_dir, kind="data", payload_lines=(_record_line(p) for p in send), source=_source(app),
                target=Target(role="kabupaten", region_code=pinned["region_code"]), sequence=seq,
                prev_hash=last.file_sha256 if last else None, identity=identity,
                recipients=[district_key.age_recipient], counts=counts, app_version=__version__,
            )
            progress.check(len(send), len(send))
            repo.mark_sent(s, [p.id for p in send])
            row = package_log.log_package(
                s, id=built.package_id, direction="sent", kind="data", source_code=app.profile.region_code,
                target_code=pinned["region_code"], sequence=seq, prev_hash=last.file_sha256 if last else "",
                file_name=built.path.name, file_sha256=built.sha256_of_file, created_at=now(), operator=app.operator,
                counts=counts,
            )
            result = DataExport(built, len(send), deleted, held, None, full)
            copy = _keep_copy(app, built.path, "sent")
            if with_berita_acara:
                from desktop_app.services.packages.berita_acara import write_berita_acara

                # written atomically on the stick (like the package), then kept in the data dir
                on_stick = write_berita_acara(app, built, counts, built.path.with_suffix(".pdf"))
                kept = copy.with_suffix(".pdf")
                shutil.copyfile(on_stick, kept)
                row.document_path = str(kept)
                result.berita_acara = on_stick
            return result
    except (PackageError, SyncError) as exc:
        _remove_partial(built)
        raise _package_error(exc) from exc
    except OSError as exc:
        _remove_partial(built)
        raise SyncServiceError(Msg("Paket tidak bisa ditulis ke {folder}: {reason}.", folder=str(out_dir),
                                   reason=exc.strerror)) from exc
    except BaseException:
        _remove_partial(built)
        raise


def _remove_partial(built: BuiltPackage | None) -> None:
    if built is None:
        return
    for path in (built.path, built.path.with_suffix(".pdf")):
        try:
            path.unlink()
        except OSError:
            pass


