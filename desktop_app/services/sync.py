"""Trust set up in person, and packages that travel by USB stick or email.

- Village: export an enrollment file; import the district's config (pin its key after comparing
  the fingerprint); export data packages (changed records or everything, errors held back).
- District: import enrollment files (enrol villages), export config packages.
- Both: inspect any package without changing anything; the package history.

Every importer opens packages through the one pipeline of ``desktop_app.sync.package``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app import __version__, paths
from desktop_app.core.issues import Issue
from desktop_app.core.person import FUNDING_LABELS, OCCUPATION_LABELS, Person
from desktop_app.core.progress import NULL_PROGRESS, Progress
from desktop_app.core.text import Msg
from desktop_app.services import keys as keys_service
from desktop_app.services.app import App, Programme, now
from desktop_app.storage import persons as repo
from desktop_app.storage import trust as trust_store
from desktop_app.storage.models import PersonRow
from desktop_app.sync.errors import PackageError, SyncError
from desktop_app.sync.keys import PublicKeys, normalize_fingerprint
from desktop_app.sync.manifest import Target
from desktop_app.sync.package import (
    SELF_SIGNED_ENROLLMENT,
    BuiltPackage,
    Inspection,
    OpenedPackage,
    PinnedKey,
    TrustedKey,
    build_package,
    enrollment_line,
    inspect_package,
    make_source,
    open_package,
)

SETTINGS_DISTRICT = "district"  # village side: the pinned district {key_id, region_code, name, fingerprint}


class SyncServiceError(ValueError):
    """A refusal the user can act on; ``str(e)`` is the Indonesian message, raised as a
    ``core.text.Msg`` (``core.text.message_of(e)``) so that the window can translate it."""


class DbTrust:
    """The TrustLookup the package pipeline asks: the keys this database trusts."""

    def __init__(self, session) -> None:  # noqa: ANN001
        self._session = session

    def lookup(self, key_id: str) -> TrustedKey | None:
        row = trust_store.get_key(self._session, key_id)
        if row is None:
            return None
        return TrustedKey(
            public=PublicKeys(sign_pub=row.sign_pub, age_recipient=row.age_recipient, key_id=row.key_id),
            region_code=row.region_code,
            role=row.role,
            revoked=row.revoked_at is not None,
        )


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


# ================================================================= enrollment (village -> district)


def export_enrollment(app: App, out_dir: Path) -> BuiltPackage:
    if not app.profile.is_desa:
        raise SyncServiceError(Msg("Berkas pendaftaran dibuat oleh desa/kelurahan, bukan oleh kabupaten."))
    identity = _identity(app)
    line = enrollment_line(
        identity.public,
        region_code=app.profile.region_code,
        installation_id=app.profile.installation_id,
        name=app.profile.region_name[:200],
        operator=(app.operator or "")[:200],
        app_version=__version__,
    )
    return _send_plain_package(app, out_dir, "enrollment", [line],
                               Target(role="kabupaten", region_code=_kabupaten_of(app.profile.region_code)))


def _send_plain_package(app: App, out_dir: Path, kind: str, lines: list[dict[str, Any]],
                        target: Target | None) -> BuiltPackage:
    """Build an unencrypted (enrollment/config) package, log it as sent and keep a copy."""
    try:
        with app.db.unit_of_work() as s:
            seq = trust_store.next_sequence(s, kind)
            last = trust_store.last_sent(s, kind)
            prev = last.file_sha256 if last else None
            built = build_package(
                Path(out_dir), kind=kind, payload_lines=lines, source=_source(app), target=target,
                sequence=seq, prev_hash=prev, identity=_identity(app), recipients=[], app_version=__version__,
            )
            trust_store.log_package(
                s, id=built.package_id, direction="sent", kind=kind, source_code=app.profile.region_code,
                target_code=target.region_code if target else "", sequence=seq, prev_hash=prev or "",
                file_name=built.path.name, file_sha256=built.sha256_of_file, created_at=now(),
                operator=app.operator, counts={"lines": len(lines)},
            )
    except (PackageError, SyncError) as exc:
        raise _package_error(exc) from exc
    except OSError as exc:
        raise SyncServiceError(Msg("Berkas tidak bisa ditulis ke {folder}: {reason}.", folder=str(out_dir),
                                   reason=exc.strerror)) from exc
    _keep_copy(app, built.path, "sent")
    return built


@dataclass(frozen=True)
class EnrollmentInfo:
    path: Path
    package_id: str
    desa_code: str
    name: str
    operator: str
    installation_id: str
    fingerprint: str
    public: PublicKeys
    already_enrolled: bool
    replaces_key: str | None  # key id of the village's current key, when this is a new key


def read_enrollment(app: App, path: Path) -> EnrollmentInfo:
    """Open and check an enrollment file; nothing is changed until ``accept_enrollment``."""
    if app.profile.is_desa:
        raise SyncServiceError(Msg("Berkas pendaftaran desa diimpor di SIPERA Mode Kabupaten."))
    try:
        opened = open_package(Path(path), trust=SELF_SIGNED_ENROLLMENT, identity=None, expect_kind="enrollment",
                              expect_target=Target(role="kabupaten", region_code=app.profile.region_code))
    except PackageError as exc:
        raise _package_error(exc) from exc
    line = opened.records[0]
    code = str(line["region_code"])
    if _kabupaten_of(code) != app.profile.region_code:
        raise SyncServiceError(Msg("Desa {code} bukan wilayah {region}; pendaftaran ditolak.", code=code,
                                   region=app.profile.region_name))
    with app.db.read() as s:
        current = trust_store.active_keys(s, role="desa", region_code=code)
    same = any(k.key_id == opened.signer.key_id for k in current)
    return EnrollmentInfo(
        path=Path(path), package_id=opened.manifest.package_id, desa_code=code,
        name=str(line.get("name", ""))[:200], operator=str(line.get("operator", ""))[:200],
        installation_id=str(line["installation_id"]), fingerprint=opened.signer_fingerprint,
        public=opened.signer, already_enrolled=same,
        replaces_key=None if same or not current else current[-1].key_id,
    )


def accept_enrollment(app: App, info: EnrollmentInfo, *, confirmed_fingerprint: str) -> None:
    """Enrol the village after the operator compared the fingerprint read aloud or on paper."""
    if normalize_fingerprint(confirmed_fingerprint) != normalize_fingerprint(info.fingerprint):
        raise SyncServiceError(Msg("Sidik jari tidak cocok dengan berkas pendaftaran; desa tidak didaftarkan."))
    stamp = now()
    with app.db.unit_of_work() as s:
        for old in trust_store.active_keys(s, role="desa", region_code=info.desa_code):
            if old.key_id != info.public.key_id:
                trust_store.revoke(s, old.key_id, stamp)  # a re-installed laptop: one valid key per village
        trust_store.add_key(
            s, key_id=info.public.key_id, sign_pub=info.public.sign_pub, age_recipient=info.public.age_recipient,
            fingerprint=info.fingerprint, role="desa", region_code=info.desa_code, now=stamp,
        )
        trust_store.upsert_village(s, desa_code=info.desa_code, name=info.name, operator=info.operator,
                                   installation_id=info.installation_id, now=stamp)
        trust_store.log_package(
            s, id=info.package_id, direction="received", kind="enrollment", source_code=info.desa_code,
            target_code=app.profile.region_code, sequence=0, file_name=info.path.name,
            file_sha256=_sha256(info.path), created_at=stamp, processed_at=stamp, operator=app.operator,
            outcome={"enrolled": info.desa_code, "fingerprint": info.fingerprint},
        ) if not _already_logged(s, info.package_id) else None


def _already_logged(session, package_id: str) -> bool:  # noqa: ANN001
    from desktop_app.storage.models import PackageRow

    return session.get(PackageRow, package_id) is not None


def enrolled_villages(app: App) -> list[dict[str, Any]]:
    with app.db.read() as s:
        out = []
        for v in trust_store.villages(s):
            keys = trust_store.active_keys(s, role="desa", region_code=v.desa_code)
            out.append({"desa_code": v.desa_code, "name": v.name, "operator": v.operator,
                        "enrolled_at": v.enrolled_at.isoformat(), "last_sequence": v.last_sequence,
                        "fingerprint": keys[-1].fingerprint if keys else "",
                        "key_id": keys[-1].key_id if keys else ""})
        return out


def revoke_village_key(app: App, key_id: str) -> bool:
    with app.db.unit_of_work() as s:
        return trust_store.revoke(s, key_id, now())


# ================================================================= config (district -> villages)


def export_config(app: App, out_dir: Path) -> BuiltPackage:
    if app.profile.is_desa:
        raise SyncServiceError(Msg("Paket konfigurasi dibuat oleh kabupaten."))
    programme = app.programme()
    with app.db.read() as s:
        revoked = trust_store.revoked_key_ids(s)
    lines = [
        {"type": "district", "region_code": app.profile.region_code, "name": app.profile.region_name[:200]},
        {"type": "programme", **programme.to_dict(), "from_district": True},
        {"type": "lists", "occupations": list(OCCUPATION_LABELS), "funding_sources": list(FUNDING_LABELS)},
        {"type": "revoked", "key_ids": revoked},
    ]
    return _send_plain_package(app, out_dir, "config", lines, None)


@dataclass(frozen=True)
class ConfigInfo:
    opened: OpenedPackage
    district_code: str
    district_name: str
    fingerprint: str
    first_time: bool  # no district key pinned yet: the operator must compare the fingerprint
    programme: Programme
    revoked: list[str]


def pinned_district(app: App) -> dict[str, Any] | None:
    from desktop_app.storage import settings as settings_store

    with app.db.read() as s:
        return settings_store.get(s, SETTINGS_DISTRICT)


def read_config(app: App, path: Path) -> ConfigInfo:
    """Open a config package; the first one is opened in pinning mode (fingerprint to compare)."""
    if not app.profile.is_desa:
        raise SyncServiceError(Msg("Paket konfigurasi kabupaten diimpor oleh desa/kelurahan."))
    pinned = pinned_district(app)
    try:
        with app.db.read() as s:
            trust = PinnedKey(None) if pinned is None else DbTrust(s)
            opened = open_package(Path(path), trust=trust, identity=None, expect_kind="config")
    except PackageError as exc:
        raise _package_error(exc) from exc
    lines = {line.get("type"): line for line in opened.records}
    district = lines.get("district") or {}
    code = opened.manifest.source.region_code
    if opened.manifest.source.role != "kabupaten" or code != _kabupaten_of(app.profile.region_code):
        raise SyncServiceError(Msg(
            "Paket konfigurasi ini dari wilayah {code}, bukan kabupaten/kota desa ini "
            "({own}). Tidak ada yang diubah.", code=code, own=_kabupaten_of(app.profile.region_code),
        ))
    programme_line = {k: v for k, v in (lines.get("programme") or {}).items() if k != "type"}
    programme = Programme.from_dict(programme_line)
    programme.from_district = True
    revoked = [str(k) for k in (lines.get("revoked") or {}).get("key_ids", []) if isinstance(k, str)]
    return ConfigInfo(opened, code, str(district.get("name", ""))[:200], opened.signer_fingerprint,
                      pinned is None, programme, revoked)


def apply_config(app: App, info: ConfigInfo, *, confirmed_fingerprint: str | None = None) -> None:
    """Pin the district key (first time, after comparing fingerprints) and apply the settings."""
    from desktop_app.storage import settings as settings_store

    if info.first_time:
        if not confirmed_fingerprint or normalize_fingerprint(confirmed_fingerprint) != normalize_fingerprint(info.fingerprint):
            raise SyncServiceError(Msg("Sidik jari kunci kabupaten belum dicocokkan; konfigurasi tidak diterapkan."))
    stamp = now()
    signer = info.opened.signer
    with app.db.unit_of_work() as s:
        if _already_logged(s, info.opened.manifest.package_id):
            return
        trust_store.add_key(s, key_id=signer.key_id, sign_pub=signer.sign_pub, age_recipient=signer.age_recipient,
                            fingerprint=info.fingerprint, role="kabupaten", region_code=info.district_code, now=stamp)
        for key_id in info.revoked:
            if key_id != signer.key_id:
                trust_store.revoke(s, key_id, stamp)
        settings_store.put(s, SETTINGS_DISTRICT, {"key_id": signer.key_id, "region_code": info.district_code,
                                                  "name": info.district_name, "fingerprint": info.fingerprint})
        from desktop_app.services.app import PROGRAMME_KEY

        settings_store.put(s, PROGRAMME_KEY, info.programme.to_dict())
        trust_store.log_package(
            s, id=info.opened.manifest.package_id, direction="received", kind="config",
            source_code=info.district_code, sequence=info.opened.manifest.sequence,
            file_name=info.opened.path.name, file_sha256=info.opened.sha256_of_file, created_at=stamp,
            processed_at=stamp, operator=app.operator, outcome={"programme": info.programme.to_dict()},
        )
    _keep_copy(app, info.opened.path, "received")


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
    stmt = select(PersonRow).where(PersonRow.desa_code == app.desa_code)
    if not full:
        stmt = stmt.where(PersonRow.rev > PersonRow.sent_rev)
    send: list[Person] = []
    held: list[tuple[Person, list[Issue]]] = []
    for row in session.scalars(stmt.order_by(PersonRow.full_name, PersonRow.id).execution_options(yield_per=2000)):
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
            seq = trust_store.next_sequence(s, "data")
            last = trust_store.last_sent(s, "data")
            deleted = sum(1 for p in send if p.deleted)
            counts = {"records": len(send), "deleted": deleted, "held_back": len(held), "full": int(full)}
            built = build_package(
                out_dir, kind="data", payload_lines=(_record_line(p) for p in send), source=_source(app),
                target=Target(role="kabupaten", region_code=pinned["region_code"]), sequence=seq,
                prev_hash=last.file_sha256 if last else None, identity=identity,
                recipients=[district_key.age_recipient], counts=counts, app_version=__version__,
            )
            progress.check(len(send), len(send))
            ids = [p.id for p in send]
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                s.execute(
                    PersonRow.__table__.update()
                    .where(PersonRow.id.in_(chunk))
                    .values(sent_rev=PersonRow.rev, status=_sent_status_sql())
                )
            row = trust_store.log_package(
                s, id=built.package_id, direction="sent", kind="data", source_code=app.profile.region_code,
                target_code=pinned["region_code"], sequence=seq, prev_hash=last.file_sha256 if last else "",
                file_name=built.path.name, file_sha256=built.sha256_of_file, created_at=now(), operator=app.operator,
                counts=counts,
            )
            result = DataExport(built, len(send), deleted, held, None, full)
            copy = _keep_copy(app, built.path, "sent")
            if with_berita_acara:
                from desktop_app.services.berita_acara import write_berita_acara

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


def _sent_status_sql():  # noqa: ANN202
    from sqlalchemy import case

    return case(
        (PersonRow.deleted_at.is_not(None), "terhapus"),
        (PersonRow.status == "ditolak", "ditolak"),
        else_="terkirim",
    )


def _remove_partial(built: BuiltPackage | None) -> None:
    if built is None:
        return
    for path in (built.path, built.path.with_suffix(".pdf")):
        try:
            path.unlink()
        except OSError:
            pass


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
        for row in trust_store.packages(s):
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

