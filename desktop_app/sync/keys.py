"""Installation keys: a minisign (Ed25519) signing key and an age X25519 identity.

Files in the keys directory (all made by :func:`create_identity`):

``sipera.key``  minisign secret key, stock format, *without* a password (see below), mode 0600
``sipera.pub``  minisign public key, stock two-line format: ``minisign -V -p sipera.pub`` works
``age.key``     age identity ``AGE-SECRET-KEY-1...`` in age-keygen's format, mode 0600
``age.pub``     age recipient ``age1...``

The secret keys carry no password: SIPERA runs unattended on a shared village PC and a
forgotten password would lock the village out of its own packages. They are protected by the
operating-system account instead (directory 0700, files 0600 on POSIX; on Windows the data dir
lives in the user's profile, which other standard users cannot read). Stock minisign signs with
such a key too (``minisign -S -s sipera.key``), and a key made by ``minisign -G -W`` loads here.

No cryptography is implemented here: signatures come from py-minisign, encryption from pyrage.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import minisign
import pyrage
from pyrage import x25519

from desktop_app.core.text import Msg
from desktop_app.sync.errors import KeysError

SIGN_KEY_FILE = "sipera.key"
SIGN_PUB_FILE = "sipera.pub"
AGE_KEY_FILE = "age.key"
AGE_PUB_FILE = "age.pub"
KEY_FILES = (SIGN_KEY_FILE, SIGN_PUB_FILE, AGE_KEY_FILE, AGE_PUB_FILE)

_MAX_KEY_FILE = 4096
_KEY_ID_RE = re.compile(r"^[0-9A-F]{16}\Z")
_SIGN_PUB_RE = re.compile(r"^[A-Za-z0-9+/]{54}[A-Za-z0-9+/=]{2}\Z")
# bech32 data characters (no 1, b, i, o); an X25519 recipient is always 62 characters long
_AGE_RECIPIENT_RE = re.compile(r"^age1[02-9ac-hj-np-z]{58}\Z")
_FINGERPRINT_DOMAIN = b"SIPERA-FINGERPRINT-1\n"


# --------------------------------------------------------------------------- file helpers


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable where the platform allows it (not on Windows)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    """Write to a temp file beside ``path``, fsync, rename over ``path``, fsync the directory."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


# --------------------------------------------------------------------------- public keys


def _key_id_of(sign_pub: str) -> str:
    """The key id as stock minisign prints it: the 8 id bytes read as little-endian, in hex."""
    pk = minisign.PublicKey.from_base64(sign_pub)
    return pk._keynum_pk.key_id[::-1].hex().upper()


@dataclass(frozen=True, slots=True)
class PublicKeys:
    """What others need to know about an installation: verify its signatures, encrypt to it.

    ``sign_pub``: the minisign public key line (base64, ``RW...``); ``age_recipient``:
    ``age1...``; ``key_id``: 16 hex digits as minisign shows them (``minisign -V`` output,
    the comment line of ``sipera.pub``).
    """

    sign_pub: str
    age_recipient: str
    key_id: str

    def __post_init__(self) -> None:
        _validate_public(self.sign_pub, self.age_recipient, self.key_id)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self)

    def to_dict(self) -> dict[str, str]:
        return {"sign_pub": self.sign_pub, "age_recipient": self.age_recipient, "key_id": self.key_id}

    @classmethod
    def from_dict(cls, data: Any) -> PublicKeys:
        """Strict: a mapping with exactly the three string keys, each in its format."""
        if not isinstance(data, Mapping):
            raise KeysError("keys.invalid_public", reason=Msg("bukan objek"))
        expected = {"sign_pub", "age_recipient", "key_id"}
        if set(data) != expected:
            raise KeysError("keys.invalid_public", reason=Msg("kolom harus sign_pub, age_recipient, key_id"))
        values = [data["sign_pub"], data["age_recipient"], data["key_id"]]
        if not all(isinstance(v, str) for v in values):
            raise KeysError("keys.invalid_public", reason=Msg("nilai harus teks"))
        return cls(*values)

    def minisign_pub_text(self) -> str:
        """The stock ``.pub`` file: ``minisign -V -p <file>`` accepts it."""
        return f"untrusted comment: minisign public key {self.key_id}\n{self.sign_pub}\n"

    @classmethod
    def from_minisign_pub(cls, text: str, age_recipient: str) -> PublicKeys:
        lines = [line.strip() for line in text.strip().splitlines()]
        sign_pub = lines[-1] if lines else ""
        try:
            key_id = _key_id_of(sign_pub)
        except (minisign.Error, ValueError) as err:
            raise KeysError("keys.invalid_public", reason=Msg("kunci minisign tidak sah")) from err
        return cls(sign_pub, age_recipient, key_id)


def _validate_public(sign_pub: Any, age_recipient: Any, key_id: Any) -> None:
    if not isinstance(sign_pub, str) or not _SIGN_PUB_RE.match(sign_pub):
        raise KeysError("keys.invalid_public", reason=Msg("kunci minisign tidak sah"))
    try:
        actual_id = _key_id_of(sign_pub)
    except (minisign.Error, ValueError) as err:
        raise KeysError("keys.invalid_public", reason=Msg("kunci minisign tidak sah")) from err
    if not isinstance(key_id, str) or not _KEY_ID_RE.match(key_id):
        raise KeysError("keys.invalid_public", reason=Msg("key_id harus 16 digit heksadesimal"))
    if key_id != actual_id:
        raise KeysError("keys.invalid_public", reason=Msg("key_id tidak cocok dengan kunci minisign"))
    if not isinstance(age_recipient, str) or not _AGE_RECIPIENT_RE.match(age_recipient):
        raise KeysError("keys.invalid_public", reason=Msg("penerima age tidak sah"))
    try:
        x25519.Recipient.from_str(age_recipient)
    except Exception as err:  # pyrage.RecipientError; any parser failure means "invalid"
        raise KeysError("keys.invalid_public", reason=Msg("penerima age tidak sah")) from err


def is_age_recipient(text: Any) -> bool:
    if not isinstance(text, str) or not _AGE_RECIPIENT_RE.match(text):
        return False
    try:
        x25519.Recipient.from_str(text)
    except Exception:
        return False
    return True


def fingerprint(public: PublicKeys) -> str:
    """Six groups of four base32 characters (A-Z, 2-7), e.g. ``K7QD-M2XA-PL3F-9...``.

    SHA-256 over ``"SIPERA-FINGERPRINT-1\\n" + sign_pub + "\\n" + age_recipient + "\\n"``
    (ASCII), base32-encoded; the first 24 characters (120 bits) in groups of four. It covers
    both public keys, so a swapped encryption key shows as a different fingerprint. Base32 has
    no 0/O or 1/I confusion, which makes it safe to read aloud or copy from paper.
    """
    digest = hashlib.sha256(
        _FINGERPRINT_DOMAIN
        + public.sign_pub.encode("ascii")
        + b"\n"
        + public.age_recipient.encode("ascii")
        + b"\n"
    ).digest()
    text = base64.b32encode(digest).decode("ascii")[:24]
    return "-".join(text[i : i + 4] for i in range(0, 24, 4))


_FINGERPRINT_RE = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}\Z")


def normalize_fingerprint(text: str) -> str:
    """Accept what a person types (lower case, spaces, no dashes); '' if it cannot be one."""
    chars = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(chars) != 24:
        return ""
    out = "-".join(chars[i : i + 4] for i in range(0, 24, 4))
    return out if _FINGERPRINT_RE.match(out) else ""


# --------------------------------------------------------------------------- identity


@dataclass(frozen=True, slots=True, repr=False)
class Identity:
    """This installation's secret keys and their public halves."""

    secret_key: minisign.SecretKey
    age_identity: x25519.Identity
    public: PublicKeys

    def __repr__(self) -> str:  # never print secrets
        return f"Identity(key_id={self.key_id!r}, fingerprint={self.fingerprint!r})"

    @property
    def key_id(self) -> str:
        return self.public.key_id

    @property
    def recipient(self) -> str:
        return self.public.age_recipient

    @property
    def sign_pub(self) -> str:
        return self.public.sign_pub

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def sign(self, data: bytes, *, trusted_comment: str) -> bytes:
        """A ``.minisig`` file (prehashed Ed25519, minisign's default) for ``data``."""
        sig = self.secret_key.sign(
            data,
            prehash=True,
            untrusted_comment=f"signature from SIPERA key {self.key_id}",
            trusted_comment=trusted_comment,
        )
        return bytes(sig) + b"\n"

    def decrypt(self, ciphertext: bytes) -> bytes:
        return pyrage.decrypt(ciphertext, [self.age_identity])


def verify_signature(public: PublicKeys, data: bytes, minisig: bytes) -> str:
    """Check a ``.minisig`` (both the data and the trusted-comment signature).

    Returns the trusted comment; raises ValueError for anything that does not verify.
    """
    try:
        sig = minisign.Signature.from_bytes(minisig)
        pk = minisign.PublicKey.from_base64(public.sign_pub)
        pk.verify(data, sig)
        return sig.trusted_comment
    except ValueError:
        raise
    except Exception as err:  # hostile input: whatever the parser trips over is "invalid"
        raise ValueError(f"signature: {type(err).__name__}") from err


def signature_key_id(minisig: bytes) -> str | None:
    """The key id a signature claims (minisign display form), or None if unreadable."""
    try:
        sig = minisign.Signature.from_bytes(minisig)
    except Exception:
        return None
    return sig._key_id[::-1].hex().upper()


def _age_key_text(identity: x25519.Identity, recipient: str) -> str:
    created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"# created: {created}\n# public key: {recipient}\n{identity}\n"


def create_identity(keys_dir: Path) -> Identity:
    """Make new keys in ``keys_dir`` (created 0700). Refuses to overwrite existing key files."""
    keys_dir = Path(keys_dir)
    keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(keys_dir, 0o700)
    existing = [name for name in KEY_FILES if (keys_dir / name).exists()]
    if existing:
        raise KeysError("keys.exists", path=str(keys_dir), detail=", ".join(existing))
    pair = minisign.KeyPair.generate()
    sign_pub = pair.public_key.to_base64().decode("ascii")
    age_identity = x25519.Identity.generate()
    recipient = str(age_identity.to_public())
    public = PublicKeys(sign_pub, recipient, _key_id_of(sign_pub))
    pair.secret_key.untrusted_comment = "minisign secret key (SIPERA, no password)"
    atomic_write_bytes(keys_dir / SIGN_KEY_FILE, bytes(pair.secret_key) + b"\n", mode=0o600)
    atomic_write_bytes(
        keys_dir / AGE_KEY_FILE, _age_key_text(age_identity, recipient).encode("ascii"), mode=0o600
    )
    atomic_write_bytes(keys_dir / SIGN_PUB_FILE, public.minisign_pub_text().encode("ascii"))
    atomic_write_bytes(keys_dir / AGE_PUB_FILE, (recipient + "\n").encode("ascii"))
    return Identity(pair.secret_key, age_identity, public)


def _read_small(keys_dir: Path, name: str) -> bytes:
    path = keys_dir / name
    try:
        with open(path, "rb") as fh:
            data = fh.read(_MAX_KEY_FILE + 1)
    except FileNotFoundError as err:
        raise KeysError("keys.missing", path=str(keys_dir), detail=name) from err
    except OSError as err:
        raise KeysError("keys.corrupt", name=name, detail=type(err).__name__) from err
    if len(data) > _MAX_KEY_FILE:
        raise KeysError("keys.corrupt", name=name, detail="too large")
    return data


def load_identity(keys_dir: Path) -> Identity:
    """Read and cross-check the four key files; KeysError with an Indonesian message if not."""
    keys_dir = Path(keys_dir)
    if not keys_dir.is_dir():
        raise KeysError("keys.missing", path=str(keys_dir))
    raw = {name: _read_small(keys_dir, name) for name in KEY_FILES}
    try:
        secret_key = minisign.SecretKey.from_bytes(raw[SIGN_KEY_FILE].strip())
        if secret_key.is_encrypted():
            raise ValueError("password-protected minisign key")
        sign_pub_from_secret = secret_key.get_public_key().to_base64().decode("ascii")
    except Exception as err:
        raise KeysError("keys.corrupt", name=SIGN_KEY_FILE, detail=str(err)) from err
    try:
        pub_lines = raw[SIGN_PUB_FILE].decode("ascii").strip().splitlines()
        sign_pub = pub_lines[-1].strip()
        minisign.PublicKey.from_base64(sign_pub)
    except Exception as err:
        raise KeysError("keys.corrupt", name=SIGN_PUB_FILE, detail=type(err).__name__) from err
    try:
        age_lines = [
            line.strip()
            for line in raw[AGE_KEY_FILE].decode("ascii").splitlines()
            if line.strip() and not line.lstrip().startswith("#")
        ]
        if len(age_lines) != 1:
            raise ValueError("expected exactly one AGE-SECRET-KEY line")
        age_identity = x25519.Identity.from_str(age_lines[0])
        recipient_from_secret = str(age_identity.to_public())
    except Exception as err:
        raise KeysError("keys.corrupt", name=AGE_KEY_FILE, detail=type(err).__name__) from err
    try:
        recipient = raw[AGE_PUB_FILE].decode("ascii").strip()
    except UnicodeDecodeError as err:
        raise KeysError("keys.corrupt", name=AGE_PUB_FILE) from err
    if sign_pub != sign_pub_from_secret or recipient != recipient_from_secret:
        raise KeysError("keys.mismatch", path=str(keys_dir))
    try:
        public = PublicKeys(sign_pub, recipient, _key_id_of(sign_pub))
    except KeysError as err:
        raise KeysError("keys.corrupt", name=SIGN_PUB_FILE, detail=err.detail) from err
    return Identity(secret_key, age_identity, public)
