"""The package manifest (``manifest.json``): what a package is, who made it, for whom.

The parser is strict because every file read may be hostile: unknown or missing keys, wrong
types, overlong strings, duplicate keys, NaN, and combinations that make no sense (an
unencrypted data package, a config package from a village) are refused with an Indonesian
reason in a :class:`PackageError` with code ``package.manifest``.
See docs/package-format.md for the field-by-field description.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop_app.core.text import Msg
from desktop_app.sync.errors import KeysError, PackageError
from desktop_app.sync.keys import PublicKeys, is_age_recipient

FORMAT = "sipera-package"
FORMAT_VERSION = 1

KINDS = ("enrollment", "config", "data", "feedback", "restore")
ENCRYPTED_KINDS = frozenset({"data", "feedback", "restore"})
ROLES = ("desa", "kabupaten")

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.minisig"
PLAIN_PAYLOAD_NAME = "payload.jsonl"
ENCRYPTED_PAYLOAD_NAME = "payload.jsonl.age"

MAX_MANIFEST_BYTES = 64 * 1024
MAX_RECIPIENTS = 16
MAX_COUNTS = 32
MAX_SEQUENCE = 2**31 - 1
MAX_PAYLOAD_SIZE = 2**40

# who sends which kind, to whom
SOURCE_ROLE = {
    "enrollment": "desa",
    "data": "desa",
    "config": "kabupaten",
    "feedback": "kabupaten",
    "restore": "kabupaten",
}

_REGION_RE = {
    "desa": re.compile(r"^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}\Z"),
    "kabupaten": re.compile(r"^[0-9]{2}\.[0-9]{2}\Z"),
}
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_HEX64_RE = re.compile(r"^[0-9a-f]{64}\Z")
_KEY_ID_RE = re.compile(r"^[0-9A-F]{16}\Z")
_CREATED_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\Z")
_COUNT_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}\Z")
_APP_VERSION_RE = re.compile(r"^[0-9A-Za-z.+\-_]{1,32}\Z")


def _bad(reason: Msg) -> PackageError:
    return PackageError("package.manifest", reason=reason)


def is_region_code(role: str, code: Any) -> bool:
    pattern = _REGION_RE.get(role)
    return bool(pattern and isinstance(code, str) and pattern.match(code))


def is_uuid(text: Any) -> bool:
    """A canonical (lower-case, hyphenated) UUID string."""
    return type(text) is str and _UUID_RE.match(text) is not None


def format_created(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def package_filename(kind: str, code: str, seq: int, created: datetime) -> str:
    """``SIPERA_<kind>_<code without dots>_<seq:04d>_<yyyymmdd>.sipera`` (date in UTC)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    digits = code.replace(".", "")
    if not digits.isdigit() or not 0 <= seq <= MAX_SEQUENCE:
        raise ValueError("bad region code or sequence")
    day = created.astimezone(UTC).strftime("%Y%m%d") if created.tzinfo else created.strftime("%Y%m%d")
    return f"SIPERA_{kind}_{digits}_{seq:04d}_{day}.sipera"


def place_label(role: str, region_code: str) -> str:
    """'desa 35.03.01.2001' / 'kabupaten 35.03' for messages (a Msg, so the window translates the role)."""
    if role == "desa":
        return Msg("desa {code}", code=region_code)
    if role == "kabupaten":
        return Msg("kabupaten {code}", code=region_code)
    return f"{role} {region_code}"


@dataclass(frozen=True, slots=True)
class Source:
    role: str
    region_code: str
    installation_id: str
    key_id: str

    def to_dict(self) -> dict[str, str]:
        return {
            "role": self.role,
            "region_code": self.region_code,
            "installation_id": self.installation_id,
            "key_id": self.key_id,
        }

    def label(self) -> str:
        return place_label(self.role, self.region_code)


@dataclass(frozen=True, slots=True)
class Target:
    role: str
    region_code: str

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "region_code": self.region_code}

    def label(self) -> str:
        return place_label(self.role, self.region_code)


@dataclass(frozen=True, slots=True)
class PayloadInfo:
    name: str
    size: int
    sha256: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True, slots=True)
class Manifest:
    kind: str
    package_id: str
    source: Source
    signer: PublicKeys
    target: Target | None
    sequence: int
    prev_hash: str | None
    created_at: str
    app_version: str
    counts: dict[str, int]
    payload: PayloadInfo
    encrypted: bool
    recipients: tuple[str, ...] = ()
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def __post_init__(self) -> None:
        _check_semantics(self)

    @property
    def created(self) -> datetime:
        return datetime.strptime(self.created_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)

    @property
    def filename(self) -> str:
        return package_filename(self.kind, self.source.region_code, self.sequence, self.created)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "format_version": self.format_version,
            "kind": self.kind,
            "package_id": self.package_id,
            "source": self.source.to_dict(),
            "signer": self.signer.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "sequence": self.sequence,
            "prev_hash": self.prev_hash,
            "created_at": self.created_at,
            "app_version": self.app_version,
            "counts": dict(self.counts),
            "payload": self.payload.to_dict(),
            "encrypted": self.encrypted,
            "recipients": list(self.recipients),
        }

    def to_json(self) -> bytes:
        """Canonical bytes: sorted keys, 2-space indent, UTF-8, final newline (what gets signed)."""
        return (json.dumps(self.to_dict(), sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode(
            "utf-8"
        )

    @classmethod
    def from_json(cls, data: bytes) -> Manifest:
        if not isinstance(data, bytes | bytearray) or len(data) > MAX_MANIFEST_BYTES:
            raise _bad(Msg("terlalu besar"))
        try:
            text = bytes(data).decode("utf-8")
            obj = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
        except (UnicodeDecodeError, ValueError, RecursionError) as err:
            raise _bad(Msg("bukan JSON yang sah")) from err
        return cls.from_dict(obj)

    @classmethod
    def from_dict(cls, obj: Any) -> Manifest:
        top = _Obj(
            obj,
            "manifest",
            {
                "format",
                "format_version",
                "kind",
                "package_id",
                "source",
                "signer",
                "target",
                "sequence",
                "prev_hash",
                "created_at",
                "app_version",
                "counts",
                "payload",
                "encrypted",
                "recipients",
            },
        )
        if top.get("format", str, 32) != FORMAT:
            raise _bad(Msg("format bukan sipera-package"))
        version = top.get("format_version", int)
        if version != FORMAT_VERSION:
            raise _bad(Msg("versi format {version} tidak dikenal (perbarui aplikasi SIPERA)", version=version))
        kind = top.get("kind", str, 16)
        if kind not in KINDS:
            raise _bad(Msg("jenis paket (kind) tidak dikenal"))
        package_id = top.get("package_id", str, 36)
        if not is_uuid(package_id):
            raise _bad(Msg("package_id bukan UUID"))

        src = _Obj(top.get("source", dict), "source", {"role", "region_code", "installation_id", "key_id"})
        source = Source(
            src.get("role", str, 16),
            src.get("region_code", str, 16),
            src.get("installation_id", str, 36),
            src.get("key_id", str, 16),
        )
        try:
            signer = PublicKeys.from_dict(top.get("signer", dict))
        except KeysError as err:
            raise _bad(Msg("signer: {reason}", reason=err.params.get("reason", ""))) from err
        raw_target = top.get("target", dict, nullable=True)
        target = None
        if raw_target is not None:
            tgt = _Obj(raw_target, "target", {"role", "region_code"})
            target = Target(tgt.get("role", str, 16), tgt.get("region_code", str, 16))

        sequence = top.get("sequence", int)
        prev_hash = top.get("prev_hash", str, 64, nullable=True)
        created_at = top.get("created_at", str, 20)
        app_version = top.get("app_version", str, 32)

        raw_counts = top.get("counts", dict)
        if len(raw_counts) > MAX_COUNTS:
            raise _bad(Msg("counts terlalu banyak"))
        counts: dict[str, int] = {}
        for key, value in raw_counts.items():
            if not isinstance(key, str) or not _COUNT_KEY_RE.match(key):
                raise _bad(Msg("nama counts tidak sah"))
            if type(value) is not int or not 0 <= value <= MAX_PAYLOAD_SIZE:
                raise _bad(Msg("counts.{key} harus bilangan bulat >= 0", key=key))
            counts[key] = value

        pay = _Obj(top.get("payload", dict), "payload", {"name", "size", "sha256"})
        payload = PayloadInfo(pay.get("name", str, 32), pay.get("size", int), pay.get("sha256", str, 64))
        encrypted = top.get("encrypted", bool)
        raw_recipients = top.get("recipients", list)
        if len(raw_recipients) > MAX_RECIPIENTS:
            raise _bad(Msg("penerima terlalu banyak"))
        if not all(isinstance(r, str) and len(r) <= 100 for r in raw_recipients):
            raise _bad(Msg("recipients harus daftar teks"))
        return cls(
            kind=kind,
            package_id=package_id,
            source=source,
            signer=signer,
            target=target,
            sequence=sequence,
            prev_hash=prev_hash,
            created_at=created_at,
            app_version=app_version,
            counts=counts,
            payload=payload,
            encrypted=encrypted,
            recipients=tuple(raw_recipients),
        )


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


class _Obj:
    """A JSON object read strictly: exactly the expected keys, typed access."""

    def __init__(self, obj: Any, where: str, keys: set[str]) -> None:
        if not isinstance(obj, dict):
            raise _bad(Msg("{where} harus objek", where=where))
        missing = keys - set(obj)
        if missing:
            raise _bad(Msg("{where}: kolom {fields} tidak ada", where=where, fields=", ".join(sorted(missing))))
        extra = set(obj) - keys
        if extra:
            shown = ", ".join(sorted(str(k)[:20] for k in extra)[:3])
            raise _bad(Msg("{where}: kolom tidak dikenal ({fields})", where=where, fields=shown))
        self.obj, self.where = obj, where

    def get(self, key: str, typ: type, max_len: int | None = None, *, nullable: bool = False) -> Any:
        value = self.obj[key]
        if value is None and nullable:
            return None
        # bool is an int subclass: type() keeps true/false out of integer fields
        if type(value) is not typ:
            raise _bad(Msg("{where}.{key} bertipe salah", where=self.where, key=key))
        if max_len is not None and len(value) > max_len:
            raise _bad(Msg("{where}.{key} terlalu panjang", where=self.where, key=key))
        return value


def _check_semantics(m: Manifest) -> None:
    """Rules between fields; also guards Manifest objects built in code."""
    if m.format != FORMAT or m.format_version != FORMAT_VERSION:
        raise _bad(Msg("format tidak dikenal"))
    if m.kind not in KINDS:
        raise _bad(Msg("jenis paket (kind) tidak dikenal"))
    if not is_uuid(m.package_id):
        raise _bad(Msg("package_id bukan UUID"))
    src = m.source
    if src.role not in ROLES:
        raise _bad(Msg("source.role harus desa atau kabupaten"))
    if src.role != SOURCE_ROLE[m.kind]:
        raise _bad(Msg("paket {kind} tidak boleh dikirim oleh {role}", kind=m.kind, role=src.role))
    if not is_region_code(src.role, src.region_code):
        raise _bad(Msg("source.region_code tidak sah"))
    if not is_uuid(src.installation_id):
        raise _bad(Msg("source.installation_id bukan UUID"))
    if not _KEY_ID_RE.match(src.key_id) or src.key_id != m.signer.key_id:
        raise _bad(Msg("source.key_id tidak sama dengan kunci penanda tangan"))
    tgt = m.target
    if tgt is None:
        if m.kind != "config":
            raise _bad(Msg("target wajib diisi (hanya paket config boleh tanpa target)"))
    else:
        if tgt.role not in ROLES or tgt.role == src.role:
            raise _bad(Msg("target.role tidak sah"))
        if not is_region_code(tgt.role, tgt.region_code):
            raise _bad(Msg("target.region_code tidak sah"))
        desa, kab = (
            (src.region_code, tgt.region_code) if src.role == "desa" else (tgt.region_code, src.region_code)
        )
        if not desa.startswith(kab + "."):
            raise _bad(Msg("desa tujuan/pengirim tidak berada di kabupaten tersebut"))
    if type(m.sequence) is not int or not 0 <= m.sequence <= MAX_SEQUENCE:
        raise _bad(Msg("sequence harus bilangan bulat >= 0"))
    if m.prev_hash is not None and not _HEX64_RE.match(m.prev_hash):
        raise _bad(Msg("prev_hash harus 64 digit heksadesimal kecil atau null"))
    if not _CREATED_RE.match(m.created_at):
        raise _bad(Msg("created_at harus waktu UTC YYYY-MM-DDTHH:MM:SSZ"))
    try:
        datetime.strptime(m.created_at, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError as err:
        raise _bad(Msg("created_at bukan tanggal yang sah")) from err
    if not _APP_VERSION_RE.match(m.app_version):
        raise _bad(Msg("app_version tidak sah"))
    pay = m.payload
    expected_name = ENCRYPTED_PAYLOAD_NAME if m.kind in ENCRYPTED_KINDS else PLAIN_PAYLOAD_NAME
    if pay.name != expected_name:
        raise _bad(Msg("payload.name harus {name} untuk paket {kind}", name=expected_name, kind=m.kind))
    if type(pay.size) is not int or not 0 <= pay.size <= MAX_PAYLOAD_SIZE:
        raise _bad(Msg("payload.size tidak sah"))
    if not _HEX64_RE.match(pay.sha256):
        raise _bad(Msg("payload.sha256 harus 64 digit heksadesimal kecil"))
    if m.encrypted != (m.kind in ENCRYPTED_KINDS):
        if m.kind in ENCRYPTED_KINDS:
            raise _bad(Msg("paket {kind} harus dienkripsi", kind=m.kind))
        raise _bad(Msg("paket {kind} tidak boleh dienkripsi", kind=m.kind))
    if m.encrypted:
        if not m.recipients:
            raise _bad(Msg("paket terenkripsi tanpa penerima"))
        if len(m.recipients) > MAX_RECIPIENTS or len(set(m.recipients)) != len(m.recipients):
            raise _bad(Msg("daftar penerima tidak sah"))
        if not all(is_age_recipient(r) for r in m.recipients):
            raise _bad(Msg("penerima age tidak sah"))
    elif m.recipients:
        raise _bad(Msg("paket tidak terenkripsi tidak boleh punya penerima"))
