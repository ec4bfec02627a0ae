"""Trust set up in person: enrollment files (village -> district) and config packages
(district -> villages), each opened through the one pipeline of ``desktop_app.sync.package``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.core.person import FUNDING_LABELS, OCCUPATION_LABELS
from desktop_app.core.text import Msg
from desktop_app.services.app import App, Programme, now
from desktop_app.services.packages.common import (
    SETTINGS_DISTRICT,
    DbTrust,
    SyncServiceError,
    _identity,
    _kabupaten_of,
    _keep_copy,
    _package_error,
    _sha256,
    _source,
    pinned_district,
)
from desktop_app.storage import packages as package_log
from desktop_app.storage import trust as trust_store
from desktop_app.sync.errors import PackageError, SyncError
from desktop_app.sync.keys import PublicKeys, normalize_fingerprint
from desktop_app.sync.manifest import Target
from desktop_app.sync.package import (
    SELF_SIGNED_ENROLLMENT,
    BuiltPackage,
    OpenedPackage,
    PinnedKey,
    build_package,
    enrollment_line,
    open_package,
)

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
            seq = package_log.next_sequence(s, kind)
            last = package_log.last_sent(s, kind)
            prev = last.file_sha256 if last else None
            built = build_package(
                Path(out_dir), kind=kind, payload_lines=lines, source=_source(app), target=target,
                sequence=seq, prev_hash=prev, identity=_identity(app), recipients=[], app_version=__version__,
            )
            package_log.log_package(
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
    created_at: str = ""  # the manifest's creation time (UTC, ISO): enrollments are ordered by it


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
        _check_enrollment_order(s, code, opened.signer.key_id, opened.manifest.created_at)
    same = any(k.key_id == opened.signer.key_id for k in current)
    return EnrollmentInfo(
        path=Path(path), package_id=opened.manifest.package_id, desa_code=code,
        name=str(line.get("name", ""))[:200], operator=str(line.get("operator", ""))[:200],
        installation_id=str(line["installation_id"]), fingerprint=opened.signer_fingerprint,
        public=opened.signer, already_enrolled=same,
        replaces_key=None if same or not current else current[-1].key_id,
        created_at=opened.manifest.created_at,
    )


def _check_enrollment_order(session, desa_code: str, key_id: str, created_at: str) -> None:  # noqa: ANN001
    """A revoked key stays revoked, and an enrollment older than the one accepted changes nothing."""
    known = trust_store.get_key(session, key_id)
    if known is not None and known.revoked_at is not None:
        raise SyncServiceError(Msg(
            "Kunci pada berkas pendaftaran desa {code} sudah dicabut (ada pendaftaran yang lebih baru). "
            "Berkas lama tidak bisa memulihkannya. Tidak ada yang diubah.", code=desa_code))
    newest = max((str(package_log.outcome_of(row).get("created_at", "")) for row in
                  package_log.received(session, "enrollment", desa_code)), default="")
    if created_at and newest and created_at < newest and (known is None or known.revoked_at is not None):
        raise SyncServiceError(Msg(
            "Berkas pendaftaran desa {code} ini lebih lama daripada pendaftaran yang sudah diterima. "
            "Tidak ada yang diubah.", code=desa_code))


def accept_enrollment(app: App, info: EnrollmentInfo, *, confirmed_fingerprint: str) -> None:
    """Enrol the village after the operator compared the fingerprint read aloud or on paper."""
    if normalize_fingerprint(confirmed_fingerprint) != normalize_fingerprint(info.fingerprint):
        raise SyncServiceError(Msg("Sidik jari tidak cocok dengan berkas pendaftaran; desa tidak didaftarkan."))
    stamp = now()
    with app.db.unit_of_work() as s:
        _check_enrollment_order(s, info.desa_code, info.public.key_id, info.created_at)
        for old in trust_store.active_keys(s, role="desa", region_code=info.desa_code):
            if old.key_id != info.public.key_id:
                trust_store.revoke(s, old.key_id, stamp)  # a re-installed laptop: one valid key per village
        trust_store.add_key(
            s, key_id=info.public.key_id, sign_pub=info.public.sign_pub, age_recipient=info.public.age_recipient,
            fingerprint=info.fingerprint, role="desa", region_code=info.desa_code, now=stamp,
        )
        trust_store.upsert_village(s, desa_code=info.desa_code, name=info.name, operator=info.operator,
                                   installation_id=info.installation_id, now=stamp)
        package_log.log_package(
            s, id=info.package_id, direction="received", kind="enrollment", source_code=info.desa_code,
            target_code=app.profile.region_code, sequence=0, file_name=info.path.name,
            file_sha256=_sha256(info.path), created_at=stamp, processed_at=stamp, operator=app.operator,
            outcome={"enrolled": info.desa_code, "fingerprint": info.fingerprint, "created_at": info.created_at},
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


ALREADY_APPLIED = "already"
APPLIED = "applied"


def apply_config(app: App, info: ConfigInfo, *, confirmed_fingerprint: str | None = None) -> str:
    """Pin the district key (first time, after comparing fingerprints) and apply the settings.

    Returns APPLIED, or ALREADY_APPLIED for a package applied before (nothing changes). A config
    older than the newest applied one (a lower number from the district), or signed by a key
    since revoked, is refused and changes nothing."""
    from desktop_app.storage import settings as settings_store

    if info.first_time:
        if not confirmed_fingerprint or normalize_fingerprint(confirmed_fingerprint) != normalize_fingerprint(info.fingerprint):
            raise SyncServiceError(Msg("Sidik jari kunci kabupaten belum dicocokkan; konfigurasi tidak diterapkan."))
    stamp = now()
    signer = info.opened.signer
    with app.db.unit_of_work() as s:
        if _already_logged(s, info.opened.manifest.package_id):
            return ALREADY_APPLIED
        known = trust_store.get_key(s, signer.key_id)
        if known is not None and known.revoked_at is not None:
            raise SyncServiceError(Msg("Paket konfigurasi ini ditandatangani kunci kabupaten yang sudah dicabut. "
                                       "Tidak ada yang diubah."))
        applied = package_log.received(s, "config", info.district_code)
        if applied and info.opened.manifest.sequence <= applied[0].sequence:
            raise SyncServiceError(Msg(
                "Paket konfigurasi ini (nomor {seq}) lebih lama daripada yang sudah diterapkan (nomor {newest}). "
                "Tidak ada yang diubah.", seq=info.opened.manifest.sequence, newest=applied[0].sequence))
        trust_store.add_key(s, key_id=signer.key_id, sign_pub=signer.sign_pub, age_recipient=signer.age_recipient,
                            fingerprint=info.fingerprint, role="kabupaten", region_code=info.district_code, now=stamp)
        for key_id in info.revoked:
            if key_id != signer.key_id:
                trust_store.revoke(s, key_id, stamp)
        settings_store.put(s, SETTINGS_DISTRICT, {"key_id": signer.key_id, "region_code": info.district_code,
                                                  "name": info.district_name, "fingerprint": info.fingerprint})
        from desktop_app.services.app import PROGRAMME_KEY

        settings_store.put(s, PROGRAMME_KEY, info.programme.to_dict())
        package_log.log_package(
            s, id=info.opened.manifest.package_id, direction="received", kind="config",
            source_code=info.district_code, sequence=info.opened.manifest.sequence,
            file_name=info.opened.path.name, file_sha256=info.opened.sha256_of_file, created_at=stamp,
            processed_at=stamp, operator=app.operator, outcome={"programme": info.programme.to_dict()},
        )
    _keep_copy(app, info.opened.path, "received")
    return APPLIED




def active_village_key_ids(app: App, desa_code: str) -> list[str]:
    """The village's keys that are still valid (normally one)."""
    with app.db.read() as s:
        return [k.key_id for k in trust_store.active_keys(s, role="desa", region_code=desa_code)]
