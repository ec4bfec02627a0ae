"""Pulihkan desa: a village whose laptop died re-enrolls with its new keys (the old key is
revoked), the district exports a restore package for it, and the village imports it: its
records come back with their ids, revs and statuses, and its next data package continues the
sequence, so the district sees no replay and no gap."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop_app import __version__
from desktop_app.core.person import PERSON_FIELD_NAMES
from desktop_app.core.text import Msg
from desktop_app.core.validation import validate
from desktop_app.services.app import App, now
from desktop_app.services.district.common import (
    DistrictError,
    open_from_pinned_district,
    require_district,
)
from desktop_app.services.district.merge_prep import person_from_line
from desktop_app.services.packages.common import (
    _identity,
    _keep_copy,
    _package_error,
    _source,
)
from desktop_app.storage import district as store
from desktop_app.storage import packages as package_log
from desktop_app.storage import persons as repo
from desktop_app.storage import trust as trust_store
from desktop_app.storage.models import PackageRow, PersonRow
from desktop_app.sync.errors import PackageError, SyncError
from desktop_app.sync.manifest import Target
from desktop_app.sync.package import build_package

_LOCAL_FIELDS = ("sent_rev", "district_rev")


@dataclass
class RestoreFile:
    desa_code: str
    path: Path
    records: int
    last_sequence: int

    def to_dict(self) -> dict[str, Any]:
        return {"desa_code": self.desa_code, "file": str(self.path), "records": self.records,
                "last_sequence": self.last_sequence}


def export_restore(app: App, desa_code: str, out_dir: Path) -> RestoreFile:
    """A restore package for a (re-)enrolled village, encrypted to its current key."""
    require_district(app)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise DistrictError(Msg("Folder tujuan {folder} tidak ada.", folder=str(out_dir)))
    try:
        with app.db.unit_of_work() as s:
            keys = trust_store.active_keys(s, role="desa", region_code=desa_code)
            if not keys:
                raise DistrictError(Msg(
                    "Desa {code} belum terdaftar dengan kunci yang berlaku. Daftarkan dulu berkas pendaftaran "
                    "dari laptop desa yang baru.", code=desa_code))
            lines = []
            for row in s.scalars(select(PersonRow).where(PersonRow.desa_code == desa_code).order_by(PersonRow.id)):
                line = repo.to_person(row).to_json()
                for name in _LOCAL_FIELDS:
                    line.pop(name, None)
                lines.append(line)
            received = store.received_sequences(s, desa_code)
            last = max(received) if received else 0
            # the restore manifest's prev_hash is the village's last data package received: the
            # village's next package chains on to it
            last_hash = s.scalar(select(PackageRow.file_sha256).where(
                PackageRow.direction == "received", PackageRow.kind == "data", PackageRow.source_code == desa_code,
                PackageRow.sequence == last).limit(1)) if last else None
            seq = 1 + (s.scalar(select(func.max(PackageRow.sequence)).where(
                PackageRow.direction == "sent", PackageRow.kind == "restore", PackageRow.target_code == desa_code)) or 0)
            counts = {"records": len(lines), "last_sequence": last}
            built = build_package(
                out_dir, kind="restore", payload_lines=lines, source=_source(app),
                target=Target(role="desa", region_code=desa_code), sequence=seq, prev_hash=last_hash or None,
                identity=_identity(app), recipients=[keys[-1].age_recipient], counts=counts,
                app_version=__version__,
            )
            package_log.log_package(
                s, id=built.package_id, direction="sent", kind="restore", source_code=app.profile.region_code,
                target_code=desa_code, sequence=seq, file_name=built.path.name, file_sha256=built.sha256_of_file,
                created_at=now(), operator=app.operator, counts=counts,
            )
    except (PackageError, SyncError) as exc:
        raise _package_error(exc) from exc
    _keep_copy(app, built.path, "sent")
    return RestoreFile(desa_code, built.path, len(lines), last)


@dataclass
class RestoreResult:
    restored: int
    last_sequence: int

    @property
    def next_sequence(self) -> int:
        return self.last_sequence + 1

    def to_dict(self) -> dict[str, Any]:
        return {"restored": self.restored, "last_sequence": self.last_sequence, "next_sequence": self.next_sequence}


def import_restore(app: App, path: Path) -> RestoreResult:
    """Bring the village's records back into this (new, empty) installation."""
    opened = open_from_pinned_district(app, path, "restore", Msg(
        "Paket pemulihan ini tidak ditandatangani oleh kunci kabupaten yang disematkan; "
        "tidak ada yang diubah."))
    m = opened.manifest
    last = int(m.counts.get("last_sequence", 0) or 0)
    from desktop_app.services.records.editing import _context

    stamp = now()
    with app.db.unit_of_work() as s:
        if s.scalar(select(func.count()).select_from(PersonRow)) or package_log.last_sent(s, "data") is not None:
            raise DistrictError(Msg("Data desa ini sudah ada di laptop ini. Paket pemulihan hanya dipakai pada "
                                    "instalasi baru yang masih kosong; tidak ada yang diubah."))
        ctx = _context(app, s)
        ctx.same_nik = None
        ctx.similar = None
        ctx.other_village = None
        rows, history = [], []
        for line in opened.records:
            person = person_from_line({k: v for k, v in line.items() if k in PERSON_FIELD_NAMES})
            person.sent_rev = person.district_rev = person.rev
            rows.append(repo.row_tuple(person, validate(person, ctx)))
            history.append(repo.history_tuple(person.id, at=stamp, by=app.operator, action="restore", rev=person.rev,
                                              source=m.package_id))
        repo.insert_rows(s, rows)
        repo.add_history_rows(s, history)
        if last:
            # the numbering continues: the next data package is last + 1
            package_log.log_package(
                s, id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"sipera-restored:{m.package_id}")), direction="sent",
                kind="data", source_code=app.profile.region_code, target_code=m.source.region_code, sequence=last,
                prev_hash="", file_name="", file_sha256=m.prev_hash or "0" * 64, created_at=stamp,
                operator=app.operator,
                counts={"records": 0, "restored": 1},
            )
        package_log.log_package(
            s, id=m.package_id, direction="received", kind="restore", source_code=m.source.region_code,
            target_code=app.profile.region_code, sequence=m.sequence, file_name=Path(path).name[:400],
            file_sha256=opened.sha256_of_file, created_at=stamp, processed_at=stamp, operator=app.operator,
            counts=m.counts, outcome={"restored": len(rows), "last_sequence": last},
        )
    _keep_copy(app, Path(path), "received")
    return RestoreResult(len(rows), last)
