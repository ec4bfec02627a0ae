"""Build and open sync packages: one ZIP, one signed manifest, one (encrypted) JSON Lines payload.

Opening runs ONE pipeline for every kind and stops at the first failure with a PackageError
(stable code + Indonesian message); nothing is returned that was not fully checked:

 1. size limits         package.unreadable / package.empty / package.too_large
 2. ZIP structure       package.not_zip / package.truncated / package.bomb / package.members
 3. manifest            package.corrupt / package.manifest
 4. kind                package.kind_mismatch (only with expect_kind)
 5. signature           package.signature / package.unknown_key / package.fingerprint / package.revoked_key
 6. source              package.source_mismatch
 7. target              package.target_mismatch (only with expect_target)
 8. payload hash        package.payload_hash
 9. decryption          package.decrypt
10. schema of each line package.schema

Cryptography comes from py-minisign (Ed25519 signatures, stock minisign format) and pyrage
(age X25519 encryption); hashes are SHA-256 from hashlib. See docs/package-format.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import stat
import uuid
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, Protocol

import pyrage
from pyrage import x25519

from desktop_app.core.person import DISTRICT_FIELDS, VILLAGE_FIELDS
from desktop_app.core.text import Msg
from desktop_app.sync.errors import KeysError, PackageError, SyncError
from desktop_app.sync.keys import (
    Identity,
    PublicKeys,
    fingerprint,
    fsync_dir,
    is_age_recipient,
    normalize_fingerprint,
    signature_key_id,
    verify_signature,
)
from desktop_app.sync.manifest import (
    ENCRYPTED_KINDS,
    ENCRYPTED_PAYLOAD_NAME,
    KINDS,
    MANIFEST_NAME,
    PLAIN_PAYLOAD_NAME,
    SIGNATURE_NAME,
    Manifest,
    PayloadInfo,
    Source,
    Target,
    format_created,
    is_region_code,
    is_uuid,
    package_filename,
    place_label,
)

# --------------------------------------------------------------------------- limits and trust


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps that keep a hostile file from exhausting memory or disk. Generous for real use:
    a village holds at most 20,000 records (about 20 MB of JSON Lines)."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_manifest_bytes: int = 64 * 1024
    max_signature_bytes: int = 16 * 1024
    max_payload_bytes: int = 256 * 1024 * 1024  # uncompressed payload member
    max_ratio: int = 100  # uncompressed / compressed, for members above ratio_floor_bytes
    ratio_floor_bytes: int = 1024 * 1024
    max_line_bytes: int = 1024 * 1024
    max_lines: int = 1_000_000


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """A key the caller trusts: whose it is, and whether it was revoked."""

    public: PublicKeys
    region_code: str
    role: str
    revoked: bool = False


class TrustLookup(Protocol):
    def lookup(self, key_id: str) -> TrustedKey | None: ...


class StaticTrust:
    """A TrustLookup over a fixed list (tests, the CLI, a trust store loaded into memory)."""

    def __init__(self, keys: Iterable[TrustedKey] = ()) -> None:
        self._keys = {k.public.key_id: k for k in keys}

    def lookup(self, key_id: str) -> TrustedKey | None:
        return self._keys.get(key_id)


class _SelfSignedEnrollment:
    def __repr__(self) -> str:
        return "SELF_SIGNED_ENROLLMENT"


SELF_SIGNED_ENROLLMENT = _SelfSignedEnrollment()
"""Trust mode for an enrollment file: the key in the package must have signed it; the caller
then shows the signer's fingerprint and the operator compares it with the village's paper."""


@dataclass(frozen=True, slots=True)
class PinnedKey:
    """Trust mode for the first config import at a village: accept the district key whose
    fingerprint is ``fingerprint``; with None accept any self-consistent signature and let the
    operator confirm ``OpenedPackage.signer``'s fingerprint before pinning it."""

    fingerprint: str | None = None


Trust = TrustLookup | _SelfSignedEnrollment | PinnedKey

SignatureStatus = Literal["valid", "invalid", "unknown_key", "revoked", "unchecked"]

# --------------------------------------------------------------------------- record schema

_TEXT_FIELDS = frozenset(
    {
        "nik",
        "kk_number",
        "full_name",
        "name_title",
        "birth_place",
        "sex",
        "address",
        "rt",
        "rw",
        "dusun",
        "phone",
        "occupation",
        "occupation_other",
        "programme",
        "funding_source",
        "data_source",
        "notes",
        "verification_status",
        "verification_reason",
        "dukcapil_match",
        "bpjs_status",
        "bpjs_reason",
        "kpj_number",
        "created_by",
        "updated_by",
        "delete_reason",
    }
)
_LONG_TEXT = frozenset({"address", "notes", "verification_reason", "bpjs_reason", "occupation_other"})
_BOOL_FIELDS = frozenset({"nik_from_number", "deleted"})
_DATE_FIELDS = frozenset({"birth_date", "coverage_start", "coverage_end"})
_DATETIME_FIELDS = frozenset({"created_at", "updated_at", "deleted_at"})
_REV_FIELDS = frozenset({"rev", "sent_rev", "district_rev"})
RECORD_FIELDS = frozenset(
    {"id", "desa_code", "income", "desil"}
    | _TEXT_FIELDS
    | _BOOL_FIELDS
    | _DATE_FIELDS
    | _DATETIME_FIELDS
    | _REV_FIELDS
)
_FULL_REQUIRED = ("id", "desa_code", "rev", "deleted_at", *VILLAGE_FIELDS)
_FEEDBACK_REQUIRED = ("id", "desa_code", "rev", *DISTRICT_FIELDS)
_FULL_REQUIRED_SET = frozenset(_FULL_REQUIRED)
_FEEDBACK_REQUIRED_SET = frozenset(_FEEDBACK_REQUIRED)
_DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
MAX_TEXT = 500
MAX_LONG_TEXT = 4000
MAX_REV = 2**62


def validate_record_line(d: Any, *, full: bool = True) -> list[str]:
    """Problems with one record line (Indonesian, each a ``core.text.Msg``); [] if it is fine.

    ``full=True`` (data, restore): the full record state, every village-owned field present.
    ``full=False`` (feedback): id, desa_code, rev and the district-owned fields.
    Only the keys of the person record are allowed; types are checked, values are not
    judged (NIK validity is core's business: a damaged NIK is kept as entered).
    """
    if not isinstance(d, dict):
        return [Msg("baris bukan objek JSON")]
    if _looks_fine(d, _FULL_REQUIRED_SET if full else _FEEDBACK_REQUIRED_SET):
        return []
    problems: list[str] = []
    required, required_set = (
        (_FULL_REQUIRED, _FULL_REQUIRED_SET) if full else (_FEEDBACK_REQUIRED, _FEEDBACK_REQUIRED_SET)
    )
    if not required_set.issubset(d):
        missing = [key for key in required if key not in d]
        problems.append(Msg(
            "kolom wajib tidak ada: {fields}",
            fields=", ".join(missing[:5]) + (" ..." if len(missing) > 5 else ""),
        ))
    checks = _CHECKS
    for key, value in d.items():
        check = checks.get(key)
        if check is None:
            problems.append(Msg("kolom tidak dikenal: {field}", field=str(key)[:30]))
            continue
        problem = check(value)
        if problem:
            problems.append(Msg("{field}: {problem}", field=key, problem=problem))
    return problems


def _looks_fine(d: dict[str, Any], required: frozenset[str]) -> bool:
    """The common case in one pass (100,000 lines of a district merge must stay fast); False
    sends the record through the detailed checks that say what is wrong. Exactly the checks of
    ``_CHECKS``, unrolled per field (see ``_compile_fast_check``)."""
    keys = d.keys()
    if not (required <= keys and keys <= RECORD_FIELDS):
        return False
    return _fast_fields(d)


_OK_DATES: set[str] = set()  # date / datetime strings that passed their check (bounded below)
_OK_DATETIMES: set[str] = set()
_OK_DESA: set[str] = set()
_OK_CACHE_LIMIT = 200_000


def _date_ok(value: str) -> bool:
    if _check_date(value) is not None:
        return False
    if len(_OK_DATES) > _OK_CACHE_LIMIT:
        _OK_DATES.clear()
    _OK_DATES.add(value)
    return True


def _datetime_ok(value: str) -> bool:
    if _check_datetime(value) is not None:
        return False
    if len(_OK_DATETIMES) > _OK_CACHE_LIMIT:
        _OK_DATETIMES.clear()
    _OK_DATETIMES.add(value)
    return True


def _desa_ok(value: str) -> bool:
    if _check_desa(value) is not None:
        return False
    if len(_OK_DESA) > _OK_CACHE_LIMIT:
        _OK_DESA.clear()
    _OK_DESA.add(value)
    return True


def _compile_fast_check() -> Any:
    """One straight-line function checking every field of a record line the way ``_CHECKS``
    does (a field that is absent gets a value that passes: presence is checked apart), without
    a dict look-up and a call per field. Strings already found sound (dates, times, village
    codes repeat across a package) are remembered; anything else goes through the full check."""
    src = ["def _fast_fields(d):", "    get = d.get"]
    for key in sorted(RECORD_FIELDS):
        check = _CHECKS[key]
        if check is _check_text or check is _check_long_text:
            limit = MAX_LONG_TEXT if check is _check_long_text else MAX_TEXT
            src += [f"    v = get({key!r}, '')", f"    if type(v) is not str or len(v) > {limit}: return False"]
        elif check is _check_rev:
            src += [f"    v = get({key!r}, 0)", f"    if type(v) is not int or not 0 <= v <= {MAX_REV}: return False"]
        elif check is _check_bool:
            src += [f"    if type(get({key!r}, False)) is not bool: return False"]
        elif check is _check_income:
            src += [f"    v = get({key!r})",
                    f"    if v is not None and (type(v) is not int or not 0 <= v <= {10**12}): return False"]
        elif check is _check_desil:
            src += [f"    v = get({key!r})", "    if v is not None and (type(v) is not int or not 1 <= v <= 10): return False"]
        elif check is _check_date:
            src += [f"    v = get({key!r})",
                    "    if v is not None and (type(v) is not str or (v not in ok_dates and not date_ok(v))): return False"]
        elif check is _check_datetime:
            src += [f"    v = get({key!r})",
                    "    if v is not None and (type(v) is not str or (v not in ok_datetimes and not datetime_ok(v))):"
                    " return False"]
        elif check is _check_desa:
            src += [f"    v = get({key!r}, '')",
                    "    if type(v) is not str or (v not in ok_desa and not desa_ok(v)): return False"]
        elif check is _check_uuid:
            src += [f"    v = get({key!r}, {str(uuid.UUID(int=0))!r})", "    if not is_uuid(v): return False"]
        else:  # a check this compiler does not know: call it
            src += [f"    if {key!r} in d and checks[{key!r}](d[{key!r}]) is not None: return False"]
    src.append("    return True")
    namespace: dict[str, Any] = {
        "ok_dates": _OK_DATES, "date_ok": _date_ok, "ok_datetimes": _OK_DATETIMES, "datetime_ok": _datetime_ok,
        "ok_desa": _OK_DESA, "desa_ok": _desa_ok, "is_uuid": is_uuid, "checks": _CHECKS,
    }
    exec(compile("\n".join(src), "<sync.package record check>", "exec"), namespace)  # noqa: S102 - our own text
    return namespace["_fast_fields"]


def _check_uuid(value: Any) -> str | None:
    return None if is_uuid(value) else Msg("harus UUID")


def _check_desa(value: Any) -> str | None:
    return None if is_region_code("desa", value) else Msg("harus kode desa PP.KK.CC.DDDD")


def _check_rev(value: Any) -> str | None:
    return None if type(value) is int and 0 <= value <= MAX_REV else Msg("harus bilangan bulat >= 0")


def _check_text(value: Any) -> str | None:
    if type(value) is not str:
        return Msg("harus teks")
    return None if len(value) <= MAX_TEXT else Msg("lebih dari {limit} karakter", limit=MAX_TEXT)


def _check_long_text(value: Any) -> str | None:
    if type(value) is not str:
        return Msg("harus teks")
    return None if len(value) <= MAX_LONG_TEXT else Msg("lebih dari {limit} karakter", limit=MAX_LONG_TEXT)


def _check_bool(value: Any) -> str | None:
    return None if type(value) is bool else Msg("harus true/false")


def _check_income(value: Any) -> str | None:
    return (
        None
        if value is None or (type(value) is int and 0 <= value <= 10**12)
        else Msg("harus bilangan bulat >= 0")
    )


def _check_desil(value: Any) -> str | None:
    return None if value is None or (type(value) is int and 1 <= value <= 10) else Msg("harus 1-10 atau null")


def _check_date(value: Any) -> str | None:
    if value is None:
        return None
    if type(value) is not str or not _DATE_RE.match(value):
        return Msg("harus tanggal YYYY-MM-DD atau null")
    try:
        date.fromisoformat(value)
    except ValueError:
        return Msg("bukan tanggal yang sah")
    return None


def _check_datetime(value: Any) -> str | None:
    if value is None:
        return None
    if type(value) is not str or len(value) > 40:
        return Msg("harus waktu ISO 8601 atau null")
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return Msg("bukan waktu ISO 8601 yang sah")
    return None


_CHECKS: dict[str, Any] = {
    "id": _check_uuid,
    "desa_code": _check_desa,
    "income": _check_income,
    "desil": _check_desil,
    **{k: _check_rev for k in _REV_FIELDS},
    **{k: (_check_long_text if k in _LONG_TEXT else _check_text) for k in _TEXT_FIELDS},
    **{k: _check_bool for k in _BOOL_FIELDS},
    **{k: _check_date for k in _DATE_FIELDS},
    **{k: _check_datetime for k in _DATETIME_FIELDS},
}
assert set(_CHECKS) == RECORD_FIELDS
_fast_fields = _compile_fast_check()


def enrollment_line(
    public: PublicKeys, *, region_code: str, installation_id: str, **info: str
) -> dict[str, Any]:
    """The single payload line of an enrollment package. ``info``: short display texts
    (village name, operator, app version...), at most 20 keys of 200 characters."""
    return {
        "type": "enrollment",
        "public_keys": public.to_dict(),
        "role": "desa",
        "region_code": region_code,
        "installation_id": installation_id,
        **info,
    }


_ENROLLMENT_CORE = {"type", "public_keys", "role", "region_code", "installation_id"}
_KEY_ID_RE = re.compile(r"^[0-9A-F]{16}\Z")
_TYPE_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}\Z")
FEEDBACK_LINE_TYPES = ("record", "case", "receipt")


def _line_problems(kind: str, manifest: Manifest, signer: PublicKeys, d: Any) -> list[str]:
    """Schema of one payload line by package kind (see docs/package-format.md)."""
    if not isinstance(d, dict):
        return [Msg("baris bukan objek JSON")]
    if kind in ("data", "restore"):
        problems = validate_record_line(d, full=True)
        if kind == "data":
            # a record of another village is a merge decision, not a broken package: the
            # district rejects that one record (merge.other_village) and merges the rest
            return problems
        owner = manifest.target.region_code if manifest.target else ""
        if not problems and d["desa_code"] != owner:
            problems.append(Msg("desa_code {code} bukan desa {owner}", code=d["desa_code"], owner=owner))
        return problems
    line_type = d.get("type")
    if not isinstance(line_type, str) or not _TYPE_RE.match(line_type):
        return [Msg("kolom type tidak ada atau tidak sah")]
    if kind == "feedback":
        if line_type not in FEEDBACK_LINE_TYPES:
            return [Msg("type {type} tidak dikenal untuk paket feedback", type=line_type)]
        if line_type == "record":
            problems = validate_record_line({k: v for k, v in d.items() if k != "type"}, full=False)
            owner = manifest.target.region_code if manifest.target else ""
            if not problems and d["desa_code"] != owner:
                problems.append(Msg("desa_code {code} bukan desa {owner}", code=d["desa_code"], owner=owner))
            return problems
        return []
    if kind == "enrollment":
        if line_type != "enrollment":
            return [Msg("baris harus bertipe enrollment")]
        missing = _ENROLLMENT_CORE - set(d)
        if missing:
            return [Msg("kolom wajib tidak ada: {fields}", fields=", ".join(sorted(missing)))]
        try:
            keys = PublicKeys.from_dict(d["public_keys"])
        except KeysError as err:
            return [err.message]
        if keys != signer:
            return [Msg("kunci di berkas pendaftaran bukan kunci yang menandatangani paket")]
        src = manifest.source
        if (
            d["role"] != "desa"
            or d["region_code"] != src.region_code
            or d["installation_id"] != src.installation_id
        ):
            return [Msg("wilayah atau instalasi di berkas pendaftaran tidak sama dengan manifest")]
        extra = {k: v for k, v in d.items() if k not in _ENROLLMENT_CORE}
        if len(extra) > 20 or not all(isinstance(v, str) and len(v) <= 200 for v in extra.values()):
            return [Msg("keterangan tambahan harus teks pendek (paling banyak 20 kolom)")]
        return []
    if kind == "config" and line_type in ("revoked", "revoked_key"):
        # revoked keys reach every village through config: their ids must be real key ids
        ids = d.get("key_ids") if line_type == "revoked" else [d.get("key_id")]
        if not isinstance(ids, list) or not all(isinstance(k, str) and _KEY_ID_RE.match(k) for k in ids):
            return [Msg("key_id kunci yang dicabut tidak sah")]
    return []


# --------------------------------------------------------------------------- build


@dataclass(frozen=True, slots=True)
class BuiltPackage:
    path: Path
    package_id: str
    sha256_of_file: str  # use it as prev_hash of the next package of this source
    manifest: Manifest


def make_source(identity: Identity, *, role: str, region_code: str, installation_id: str) -> Source:
    return Source(role=role, region_code=region_code, installation_id=installation_id, key_id=identity.key_id)


def _dump_line(record: Mapping[str, Any]) -> bytes:
    return (
        json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False) + "\n"
    ).encode("utf-8")


def build_package(
    out_dir: Path,
    *,
    kind: str,
    payload_lines: Iterable[Mapping[str, Any]],
    source: Source,
    target: Target | None,
    sequence: int,
    prev_hash: str | None,
    identity: Identity,
    recipients: list[str],
    counts: Mapping[str, int] | None = None,
    app_version: str,
    created: datetime | None = None,
    package_id: str | None = None,
) -> BuiltPackage:
    """Write ``SIPERA_<kind>_<code>_<seq>_<yyyymmdd>.sipera`` into ``out_dir`` atomically.

    ``recipients``: age recipients for data/feedback/restore (the sender's own recipient is
    added if missing, so the sender can reopen its package); must be empty for
    enrollment/config. Every line is checked with the same schema ``open_package`` applies
    (ValueError for a bad line: a bug in the caller, not user input). ``counts`` gets
    ``lines`` (the number of payload lines) added. Refuses to overwrite an existing file
    (SyncError ``package.exists``).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if source.key_id != identity.key_id:
        raise ValueError("source.key_id is not the identity's key id")
    created = (created or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    package_id = package_id or str(uuid.uuid4())
    encrypted = kind in ENCRYPTED_KINDS
    if encrypted:
        all_recipients = list(dict.fromkeys([*recipients, identity.recipient]))
        bad = [r for r in all_recipients if not is_age_recipient(r)]
        if bad:
            raise ValueError(f"invalid age recipient {bad[0][:20]!r}")
    else:
        if recipients:
            raise ValueError(f"{kind} packages are not encrypted: recipients must be empty")
        all_recipients = []

    chunks: list[bytes] = []
    lines: list[Any] = []
    for record in payload_lines:
        chunks.append(_dump_line(record))
        lines.append(record)
    plain = b"".join(chunks)
    counts = {**(counts or {}), "lines": len(chunks)}

    if encrypted:
        payload_name = ENCRYPTED_PAYLOAD_NAME
        payload_bytes = pyrage.encrypt(plain, [x25519.Recipient.from_str(r) for r in all_recipients])
    else:
        payload_name = PLAIN_PAYLOAD_NAME
        payload_bytes = plain
    manifest = Manifest(
        kind=kind,
        package_id=package_id,
        source=source,
        signer=identity.public,
        target=target,
        sequence=sequence,
        prev_hash=prev_hash,
        created_at=format_created(created),
        app_version=app_version,
        counts=counts,
        payload=PayloadInfo(payload_name, len(payload_bytes), hashlib.sha256(payload_bytes).hexdigest()),
        encrypted=encrypted,
        recipients=tuple(all_recipients),
    )
    # the same line checks open_package applies: a package we write must open
    _check_lines(kind, manifest, identity.public, lines, _ValueErrorRaiser())
    _check_own_records(kind, source, lines)

    manifest_bytes = manifest.to_json()
    trusted_comment = (
        f"timestamp:{int(created.timestamp())}\tfile:{MANIFEST_NAME}\tsipera {kind} {package_id}"
    )
    signature = identity.sign(manifest_bytes, trusted_comment=trusted_comment)

    buffer = io.BytesIO()
    stamp = created.timetuple()[:6]
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data, method in (
            (MANIFEST_NAME, manifest_bytes, zipfile.ZIP_DEFLATED),
            (SIGNATURE_NAME, signature, zipfile.ZIP_STORED),
            (payload_name, payload_bytes, zipfile.ZIP_STORED if encrypted else zipfile.ZIP_DEFLATED),
        ):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    file_bytes = buffer.getvalue()

    out_dir = Path(out_dir)
    # a feedback or restore package is named after the village it is for: one folder can hold
    # the files for every village of the district
    named_for = target.region_code if kind in ("feedback", "restore") and target is not None else source.region_code
    name = package_filename(kind, named_for, sequence, created)
    final = out_dir / name
    if final.exists():
        raise SyncError("package.exists", name=name)
    _atomic_write_package(final, file_bytes)
    return BuiltPackage(final, package_id, hashlib.sha256(file_bytes).hexdigest(), manifest)


def write_atomically(final: Path, data: bytes) -> None:
    """Write ``data`` to ``final`` so that it appears complete or not at all (replacing a file)."""
    _atomic_write_package(final, data)


def _check_own_records(kind: str, source: Source, lines: list[Any]) -> None:
    """A village writes only its own records into a data package (opening one that holds another
    village's record is allowed: the district merge rejects that record and keeps the rest)."""
    if kind != "data":
        return
    for number, line in enumerate(lines, 1):
        if line.get("desa_code") != source.region_code:
            raise ValueError(f"package.schema: line {number}: desa_code is not the sender's village")


def _atomic_write_package(final: Path, data: bytes) -> None:
    """'.<name>.part' in the same dir, flush + fsync, rename, fsync the dir: a pulled USB stick
    leaves at most a hidden .part file, never a half package under the real name."""
    tmp = final.with_name(f".{final.name}.part")
    try:
        with open(tmp, "wb") as fh:
            if os.name == "posix":
                os.fchmod(fh.fileno(), 0o600)  # private to the user (the stick may be ext4)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(final.parent)


# --------------------------------------------------------------------------- open


@dataclass(frozen=True, slots=True)
class OpenedPackage:
    manifest: Manifest
    signer: PublicKeys
    records: list[dict[str, Any]]  # every payload line, checked
    path: Path
    sha256_of_file: str
    trusted_key: TrustedKey | None = None  # None in SELF_SIGNED_ENROLLMENT / PinnedKey mode
    # each payload line as signed (``keep_raw_lines``): a worker process sends these back
    # instead of the decoded records, which cost more to pass between processes than to read
    raw_lines: list[bytes] | None = None

    @property
    def signer_fingerprint(self) -> str:
        return fingerprint(self.signer)


@dataclass(slots=True)
class Inspection:
    """What ``inspect_package`` found. ``error`` is the first failure (None: all checks run
    passed). The payload is decrypted and its lines checked only when an identity was given."""

    path: Path
    manifest: Manifest | None = None
    signature_status: SignatureStatus = "unchecked"
    signer_fingerprint: str | None = None
    error: PackageError | None = None
    sha256_of_file: str | None = None
    size: int | None = None
    payload_checked: bool = False
    records_checked: bool = False
    members: list[tuple[str, int]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "manifest": self.manifest.to_dict() if self.manifest else None,
            "signature_status": self.signature_status,
            "signer_fingerprint": self.signer_fingerprint,
            "error": self.error.to_dict() if self.error else None,
            "sha256_of_file": self.sha256_of_file,
            "size": self.size,
            "payload_checked": self.payload_checked,
            "records_checked": self.records_checked,
            "members": [{"name": n, "size": s} for n, s in self.members],
        }


class _ValueErrorRaiser:
    def fail(self, code: str, **params: Any) -> None:
        raise ValueError(f"{code}: {params}")


class _PackageErrorRaiser:
    def fail(self, code: str, **params: Any) -> None:
        raise PackageError(code, **params)


@dataclass(slots=True)
class _State:
    path: Path
    data: bytes = b""
    zf: zipfile.ZipFile | None = None
    infos: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    manifest: Manifest | None = None
    signer: PublicKeys | None = None
    trusted_key: TrustedKey | None = None
    signature_status: SignatureStatus = "unchecked"
    signer_fingerprint: str | None = None
    payload: bytes | None = None
    records: list[dict[str, Any]] | None = None
    raw_lines: list[bytes] | None = None


def open_package(
    path: Path,
    *,
    trust: Trust,
    identity: Identity | None,
    expect_kind: str | None = None,
    expect_target: Target | None = None,
    limits: Limits = Limits(),  # noqa: B008 - frozen, immutable default
    keep_raw_lines: bool = False,
) -> OpenedPackage:
    """Run every check in order; PackageError (code + Indonesian message) at the first failure.

    ``trust``: a TrustLookup (the normal case: the signer's key must be known, unrevoked and
    enrolled for the manifest's source), SELF_SIGNED_ENROLLMENT (enrollment files only), or
    PinnedKey (config packages only: first import at a village). ``identity`` decrypts
    data/feedback/restore payloads. ``expect_target``: who is opening it (None: not checked,
    e.g. a village reopening a package it sent).
    """
    if trust is None:  # never accept a package without asking who signed it
        raise TypeError("open_package needs a trust mode (TrustLookup, SELF_SIGNED_ENROLLMENT or PinnedKey)")
    state = _State(Path(path))
    _run(
        state,
        trust=trust,
        identity=identity,
        expect_kind=expect_kind,
        expect_target=expect_target,
        limits=limits,
        decrypt=True,
    )
    assert state.manifest is not None and state.signer is not None and state.records is not None
    return OpenedPackage(
        state.manifest,
        state.signer,
        state.records,
        state.path,
        hashlib.sha256(state.data).hexdigest(),
        state.trusted_key,
        state.raw_lines if keep_raw_lines else None,
    )


def inspect_package(
    path: Path,
    trust: Trust | None = None,
    *,
    identity: Identity | None = None,
    expect_kind: str | None = None,
    expect_target: Target | None = None,
    limits: Limits = Limits(),  # noqa: B008
) -> Inspection:
    """Look inside without changing anything, never raising. Without ``trust`` the signature
    is checked against the key named in the manifest only: a good signature then reports
    ``unknown_key`` (it is intact, but nobody vouched for the key). The payload is decrypted
    (and its lines checked) only when ``identity`` is given."""
    state = _State(Path(path))
    result = Inspection(path=state.path)
    try:
        _run(
            state,
            trust=trust,
            identity=identity,
            expect_kind=expect_kind,
            expect_target=expect_target,
            limits=limits,
            decrypt=identity is not None,
        )
    except PackageError as err:
        result.error = err
    except Exception as err:  # never raise: an unexpected failure is still a refusal
        result.error = PackageError("package.unreadable", reason=type(err).__name__)
    result.manifest = state.manifest
    result.signature_status = state.signature_status
    result.signer_fingerprint = state.signer_fingerprint
    if state.data:
        result.sha256_of_file = hashlib.sha256(state.data).hexdigest()
        result.size = len(state.data)
    result.members = [(name, info.file_size) for name, info in state.infos.items()]
    result.payload_checked = state.payload is not None
    result.records_checked = state.records is not None
    return result


def _run(
    state: _State,
    *,
    trust: Trust | None,
    identity: Identity | None,
    expect_kind: str | None,
    expect_target: Target | None,
    limits: Limits,
    decrypt: bool,
) -> None:
    try:
        _step_size(state, limits)
        _step_zip(state, limits)
        _step_manifest(state, limits)
        manifest = state.manifest
        assert manifest is not None
        if expect_kind is not None and manifest.kind != expect_kind:
            raise PackageError("package.kind_mismatch", kind=manifest.kind, expected=expect_kind)
        _step_signature(state, trust, limits)
        _step_source(state)
        _step_target(state, expect_target)
        _step_payload_hash(state, limits)
        if not decrypt:
            return
        plain = _step_decrypt(state, identity)
        _step_schema(state, plain, limits)
    finally:
        if state.zf is not None:
            state.zf.close()


def _step_size(state: _State, limits: Limits) -> None:
    try:
        st = os.stat(state.path)
        if not stat.S_ISREG(st.st_mode):
            raise PackageError("package.unreadable", reason=Msg("bukan berkas biasa"))
        if st.st_size == 0:
            raise PackageError("package.empty")
        if st.st_size > limits.max_file_bytes:
            raise PackageError("package.too_large", size=st.st_size, limit=limits.max_file_bytes)
        with open(state.path, "rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)
    except OSError as err:
        raise PackageError("package.unreadable", reason=err.strerror or type(err).__name__) from err
    if not data:
        raise PackageError("package.empty")
    if len(data) > limits.max_file_bytes:
        raise PackageError("package.too_large", size=len(data), limit=limits.max_file_bytes)
    state.data = data


_PATH_CHARS = re.compile(r"[/\\:\x00]")
_ALLOWED_NAMES = (MANIFEST_NAME, SIGNATURE_NAME, PLAIN_PAYLOAD_NAME, ENCRYPTED_PAYLOAD_NAME)


def _step_zip(state: _State, limits: Limits) -> None:
    data = state.data
    if not data.startswith(b"PK\x03\x04"):
        if data.startswith(b"PK\x05\x06"):
            raise PackageError("package.members", reason=Msg("arsip kosong"))
        raise PackageError("package.not_zip")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as err:  # BadZipFile, struct/zlib/Unicode errors...: a damaged archive
        raise PackageError("package.truncated", detail=type(err).__name__) from err
    state.zf = zf
    # end of central directory must end the file: no comment, nothing appended
    if len(data) < 22 or data[-22:-18] != b"PK\x05\x06" or data[-2:] != b"\x00\x00":
        raise PackageError("package.members", reason=Msg("ada data tambahan di akhir arsip"))
    if len(infos) > 3:
        raise PackageError("package.members", reason=Msg("{count} berkas di dalam paket (harus 3)", count=len(infos)))
    # declared sizes (size limits before anything is decompressed)
    caps = {MANIFEST_NAME: limits.max_manifest_bytes, SIGNATURE_NAME: limits.max_signature_bytes}
    total = 0
    for info in infos:
        cap = caps.get(info.filename, limits.max_payload_bytes)
        total += info.file_size
        if info.file_size > cap:
            raise PackageError("package.bomb", reason=Msg("{name}: {size} bita", name=_safe(info.filename), size=info.file_size))
        if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise PackageError(
                "package.bomb", reason=Msg("{name}: rasio kompresi terlalu tinggi", name=_safe(info.filename))
            )
    if total > limits.max_manifest_bytes + limits.max_signature_bytes + limits.max_payload_bytes:
        raise PackageError("package.bomb", reason=Msg("total isi terlalu besar"))
    # structure
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if info.orig_filename != name or _PATH_CHARS.search(name) or name.startswith(".") or info.is_dir():
            raise PackageError(
                "package.members",
                reason=Msg("nama berkas dengan jalur/folder tidak diizinkan: {name}", name=_safe(name)),
            )
        if name in seen:
            raise PackageError("package.members", reason=Msg("nama berkas ganda: {name}", name=_safe(name)))
        seen.add(name)
        if name not in _ALLOWED_NAMES:
            raise PackageError("package.members", reason=Msg("berkas tidak dikenal: {name}", name=_safe(name)))
        if info.flag_bits & 0x41:
            raise PackageError("package.members", reason=Msg("berkas di dalam arsip terenkripsi ZIP"))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError("package.members", reason=Msg("metode kompresi tidak didukung"))
    for required in (MANIFEST_NAME, SIGNATURE_NAME):
        if required not in seen:
            raise PackageError("package.members", reason=Msg("{name} tidak ada", name=required))
    payloads = seen & {PLAIN_PAYLOAD_NAME, ENCRYPTED_PAYLOAD_NAME}
    if len(payloads) != 1:
        raise PackageError(
            "package.members", reason=Msg("harus ada tepat satu payload.jsonl atau payload.jsonl.age")
        )
    if min(info.header_offset for info in infos) != 0:
        raise PackageError("package.members", reason=Msg("ada data sebelum isi arsip"))
    state.infos = {info.filename: info for info in infos}


def _safe(name: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in name)[:60]


def _read_member(state: _State, name: str, limit: int) -> bytes:
    assert state.zf is not None
    try:
        with state.zf.open(state.infos[name]) as fh:
            data = fh.read(limit + 1)
    except PackageError:
        raise
    except Exception as err:  # CRC mismatch, zlib error, header mismatch...
        raise PackageError("package.corrupt", detail=f"{name}: {type(err).__name__}") from err
    if len(data) > limit:
        raise PackageError("package.bomb", reason=Msg("{name} lebih besar dari yang dinyatakan", name=name))
    return data


def _step_manifest(state: _State, limits: Limits) -> None:
    raw = _read_member(state, MANIFEST_NAME, limits.max_manifest_bytes)
    manifest = Manifest.from_json(raw)
    if manifest.payload.name not in state.infos:
        raise PackageError("package.manifest", reason=Msg("{name} tidak ada di dalam paket", name=manifest.payload.name))
    state.manifest = manifest


def _step_signature(state: _State, trust: Trust | None, limits: Limits) -> None:
    manifest = state.manifest
    assert manifest is not None
    manifest_bytes = _read_member(state, MANIFEST_NAME, limits.max_manifest_bytes)
    minisig = _read_member(state, SIGNATURE_NAME, limits.max_signature_bytes)
    embedded = manifest.signer
    embedded_fp = fingerprint(embedded)

    def verifies(public: PublicKeys) -> bool:
        try:
            verify_signature(public, manifest_bytes, minisig)
        except ValueError:
            return False
        return True

    claimed = signature_key_id(minisig)
    if claimed != manifest.source.key_id or not verifies(embedded):
        state.signature_status = "invalid"
        raise PackageError("package.signature", detail="signature does not verify with the manifest's key")
    state.signer_fingerprint = embedded_fp

    if trust is None:
        state.signature_status = "unknown_key"
        state.signer = embedded
        return
    if trust is SELF_SIGNED_ENROLLMENT:
        if manifest.kind != "enrollment":
            state.signature_status = "unknown_key"
            raise PackageError(
                "package.unknown_key",
                fingerprint=embedded_fp,
                detail="self-signed mode is for enrollment packages only",
            )
        state.signature_status = "valid"
        state.signer = embedded
        return
    if isinstance(trust, PinnedKey):
        if manifest.kind != "config":
            state.signature_status = "unknown_key"
            raise PackageError(
                "package.unknown_key",
                fingerprint=embedded_fp,
                detail="pinning mode is for config packages only",
            )
        if trust.fingerprint is not None and normalize_fingerprint(trust.fingerprint) != embedded_fp:
            state.signature_status = "unknown_key"
            raise PackageError("package.fingerprint", fingerprint=embedded_fp, expected=trust.fingerprint)
        state.signature_status = "valid"
        state.signer = embedded
        return
    known = trust.lookup(manifest.source.key_id)
    if known is None:
        state.signature_status = "unknown_key"
        raise PackageError("package.unknown_key", fingerprint=embedded_fp)
    if known.public != embedded or not verifies(known.public):
        state.signature_status = "invalid"
        raise PackageError(
            "package.signature", detail="manifest key differs from the trusted key with that id"
        )
    state.signer_fingerprint = fingerprint(known.public)
    if known.revoked:
        state.signature_status = "revoked"
        raise PackageError("package.revoked_key", fingerprint=state.signer_fingerprint)
    state.signature_status = "valid"
    state.signer = known.public
    state.trusted_key = known


def _step_source(state: _State) -> None:
    known = state.trusted_key
    manifest = state.manifest
    assert manifest is not None
    if known is None:  # self-signed / pinned: the schema step ties payload to manifest source
        return
    src = manifest.source
    if known.role != src.role or known.region_code != src.region_code:
        raise PackageError(
            "package.source_mismatch", source=src.label(), enrolled=place_label(known.role, known.region_code)
        )


def _step_target(state: _State, expect: Target | None) -> None:
    manifest = state.manifest
    assert manifest is not None
    if expect is None:
        return
    target = manifest.target
    if target is None:  # config for every village of the source district
        ok = expect.role == "desa" and expect.region_code.startswith(manifest.source.region_code + ".")
        shown = Msg("semua desa di kabupaten {code}", code=manifest.source.region_code)
    else:
        ok = target == expect
        shown = target.label()
    if not ok:
        raise PackageError("package.target_mismatch", target=shown, expected=expect.label())


def _step_payload_hash(state: _State, limits: Limits) -> None:
    manifest = state.manifest
    assert manifest is not None
    info = state.infos[manifest.payload.name]
    if info.file_size != manifest.payload.size:
        raise PackageError("package.payload_hash", detail="size differs")
    payload = _read_member(state, manifest.payload.name, min(limits.max_payload_bytes, manifest.payload.size))
    if (
        len(payload) != manifest.payload.size
        or hashlib.sha256(payload).hexdigest() != manifest.payload.sha256
    ):
        raise PackageError("package.payload_hash")
    state.payload = payload


def _step_decrypt(state: _State, identity: Identity | None) -> bytes:
    manifest = state.manifest
    assert manifest is not None and state.payload is not None
    if not manifest.encrypted:
        return state.payload
    if identity is None:
        raise PackageError("package.decrypt", reason=Msg("kunci instalasi tidak tersedia"))
    try:
        return identity.decrypt(state.payload)
    except Exception as err:  # pyrage.DecryptError and friends
        reason = (
            Msg("paket ini tidak dienkripsi untuk instalasi ini")
            if identity.recipient not in manifest.recipients
            else Msg("data terenkripsi rusak")
        )
        raise PackageError("package.decrypt", reason=reason, detail=str(err)[:100]) from err


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("duplicate key")
    return out


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


_decoder = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constants)


def _step_schema(state: _State, plain: bytes, limits: Limits) -> None:
    manifest, signer = state.manifest, state.signer
    assert manifest is not None and signer is not None
    if plain and not plain.endswith(b"\n"):
        raise PackageError(
            "package.schema", line=plain.count(b"\n") + 1, reason=Msg("baris terakhir tidak lengkap")
        )
    raw_lines = plain.split(b"\n")[:-1] if plain else []
    if len(raw_lines) > limits.max_lines:
        raise PackageError("package.schema", line=limits.max_lines + 1, reason=Msg("terlalu banyak baris"))
    records: list[dict[str, Any]] = []
    for number, raw in enumerate(raw_lines, 1):
        if len(raw) > limits.max_line_bytes:
            raise PackageError("package.schema", line=number, reason=Msg("baris terlalu panjang"))
        try:
            obj = _decoder.decode(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as err:
            raise PackageError("package.schema", line=number, reason=Msg("bukan JSON yang sah")) from err
        records.append(obj)
    _check_lines(manifest.kind, manifest, signer, records, _PackageErrorRaiser())
    state.records = records
    state.raw_lines = raw_lines


_REASON_LIMIT = 300  # characters of one line's problems shown in a package.schema refusal


def _problem_list(problems: list[str]) -> str:
    """The problems of one line as one reason, separated by '; ': the first ones that fit in
    about 300 characters (at least one), then '...'. Each stays a Msg (chained, never joined
    into plain text) so that the window can translate them."""
    shown, length = [problems[0]], len(problems[0])
    for problem in problems[1:]:
        length += 2 + len(problem)
        if length > _REASON_LIMIT:
            shown.append("...")
            break
        shown.append(problem)
    reason = shown[-1]
    for problem in reversed(shown[:-1]):
        reason = Msg("{first}; {rest}", first=problem, rest=reason)
    return reason


def _check_lines(
    kind: str,
    manifest: Manifest,
    signer: PublicKeys,
    records: list[Any],
    raiser: _PackageErrorRaiser | _ValueErrorRaiser,
) -> None:
    seen_ids: set[str] = set()
    for number, obj in enumerate(records, 1):
        problems = _line_problems(kind, manifest, signer, obj)
        if problems:
            raiser.fail("package.schema", line=number, reason=_problem_list(problems))
        if kind in ("data", "restore") or (kind == "feedback" and obj.get("type") == "record"):
            if obj["id"] in seen_ids:
                raiser.fail("package.schema", line=number, reason=Msg("id rekaman ganda dalam satu paket"))
            seen_ids.add(obj["id"])
    if kind == "enrollment" and len(records) != 1:
        raiser.fail(
            "package.schema", line=len(records) or 1, reason=Msg("berkas pendaftaran harus tepat satu baris")
        )
    declared = manifest.counts.get("lines")
    if declared is not None and declared != len(records):
        raiser.fail("package.schema", line=len(records) or 1, reason=Msg("jumlah baris berbeda dengan manifest"))
