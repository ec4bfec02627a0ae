"""Key files, loading errors, public-key validation and fingerprints."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from desktop_app.sync.errors import KeysError
from desktop_app.sync.keys import (
    AGE_KEY_FILE,
    AGE_PUB_FILE,
    KEY_FILES,
    SIGN_KEY_FILE,
    SIGN_PUB_FILE,
    PublicKeys,
    create_identity,
    fingerprint,
    load_identity,
    normalize_fingerprint,
    verify_signature,
)

FP_RE = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}$")


def test_create_and_load(tmp_path: Path) -> None:
    keys = tmp_path / "data" / "keys"
    made = create_identity(keys)
    assert sorted(os.listdir(keys)) == sorted(KEY_FILES)
    loaded = load_identity(keys)
    assert loaded.public == made.public
    assert loaded.fingerprint == made.fingerprint
    assert (keys / AGE_PUB_FILE).read_text().strip() == made.recipient
    assert (keys / AGE_KEY_FILE).read_text().splitlines()[-1].startswith("AGE-SECRET-KEY-1")
    pub = (keys / SIGN_PUB_FILE).read_text().splitlines()
    assert pub == [f"untrusted comment: minisign public key {made.key_id}", made.sign_pub]
    assert "secret" not in repr(made).lower() and "AGE-SECRET" not in repr(made)
    sig = loaded.sign(b"data", trusted_comment="t")
    assert verify_signature(made.public, b"data", sig) == "t"
    with pytest.raises(ValueError):
        verify_signature(made.public, b"other", sig)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_permissions(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    create_identity(keys)
    assert stat.S_IMODE(keys.stat().st_mode) == 0o700
    assert stat.S_IMODE((keys / SIGN_KEY_FILE).stat().st_mode) == 0o600
    assert stat.S_IMODE((keys / AGE_KEY_FILE).stat().st_mode) == 0o600


def test_never_overwrites(tmp_path: Path) -> None:
    create_identity(tmp_path)
    before = (tmp_path / SIGN_KEY_FILE).read_bytes()
    with pytest.raises(KeysError) as info:
        create_identity(tmp_path)
    assert info.value.code == "keys.exists"
    assert (tmp_path / SIGN_KEY_FILE).read_bytes() == before


def test_missing(tmp_path: Path) -> None:
    with pytest.raises(KeysError) as info:
        load_identity(tmp_path / "nothing")
    assert info.value.code == "keys.missing" and "tidak ditemukan" in info.value.message
    create_identity(tmp_path)
    (tmp_path / AGE_KEY_FILE).unlink()
    with pytest.raises(KeysError) as info:
        load_identity(tmp_path)
    assert info.value.code == "keys.missing"


@pytest.mark.parametrize("name", KEY_FILES)
@pytest.mark.parametrize("content", [b"", b"garbage\n", b"\xff\xfe" * 10, b"x" * 10_000])
def test_corrupt(tmp_path: Path, name: str, content: bytes) -> None:
    create_identity(tmp_path)
    (tmp_path / name).write_bytes(content)
    with pytest.raises(KeysError) as info:
        load_identity(tmp_path)
    assert info.value.code in {"keys.corrupt", "keys.mismatch"}
    assert "cadangan" in info.value.message  # tells the operator what to do


def test_mismatch(tmp_path: Path) -> None:
    create_identity(tmp_path / "a")
    create_identity(tmp_path / "b")
    (tmp_path / "a" / SIGN_PUB_FILE).write_bytes((tmp_path / "b" / SIGN_PUB_FILE).read_bytes())
    with pytest.raises(KeysError) as info:
        load_identity(tmp_path / "a")
    assert info.value.code == "keys.mismatch"
    (tmp_path / "b" / AGE_PUB_FILE).write_bytes((tmp_path / "a" / AGE_PUB_FILE).read_bytes())
    with pytest.raises(KeysError) as info:
        load_identity(tmp_path / "b")
    assert info.value.code == "keys.mismatch"


def test_fingerprint(tmp_path: Path) -> None:
    a = create_identity(tmp_path / "a")
    b = create_identity(tmp_path / "b")
    assert FP_RE.match(a.fingerprint) and a.fingerprint != b.fingerprint
    assert fingerprint(a.public) == a.public.fingerprint == a.fingerprint
    # covers the encryption key too: a swapped age key shows
    swapped = PublicKeys(a.sign_pub, b.recipient, a.key_id)
    assert fingerprint(swapped) != a.fingerprint
    assert normalize_fingerprint(a.fingerprint.lower().replace("-", " ")) == a.fingerprint
    assert normalize_fingerprint("ABCD") == ""
    assert normalize_fingerprint("0" * 24) == ""


def test_fingerprint_is_stable() -> None:
    """The scheme is documented; pin one value so it cannot change by accident."""
    keys = PublicKeys(
        "RWSpa7GpkQu+t5e6cG7zPVWlDvQ2LliekvM+Q0NCoqSrcLdB4VqD/4M3",
        "age1xr6ukvlpgwd08zw8jk2js23u9txcgf5gth0z9zdlk2np5m43pv6q5u8cpl",
        "B7BE0B91A9B16BA9",
    )
    import base64
    import hashlib

    digest = hashlib.sha256(
        b"SIPERA-FINGERPRINT-1\n" + keys.sign_pub.encode() + b"\n" + keys.age_recipient.encode() + b"\n"
    ).digest()
    text = base64.b32encode(digest).decode()[:24]
    assert fingerprint(keys) == "-".join(text[i : i + 4] for i in range(0, 24, 4))


def test_public_keys_round_trip(tmp_path: Path) -> None:
    ident = create_identity(tmp_path)
    assert PublicKeys.from_dict(ident.public.to_dict()) == ident.public
    text = (tmp_path / SIGN_PUB_FILE).read_text()
    assert PublicKeys.from_minisign_pub(text, ident.recipient) == ident.public


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: "not a dict",
        lambda d: {**d, "extra": "x"},
        lambda d: {k: v for k, v in d.items() if k != "key_id"},
        lambda d: {**d, "key_id": "0000000000000000"},
        lambda d: {**d, "key_id": d["key_id"].lower()},
        lambda d: {**d, "key_id": 5},
        lambda d: {**d, "sign_pub": d["sign_pub"][:-2]},
        lambda d: {**d, "sign_pub": "RU" + d["sign_pub"][2:]},
        lambda d: {**d, "sign_pub": d["sign_pub"] + "\n"},
        lambda d: {
            **d,
            "age_recipient": d["age_recipient"][:-1] + ("q" if d["age_recipient"][-1] != "q" else "p"),
        },
        lambda d: {**d, "age_recipient": d["age_recipient"].upper()},
        lambda d: {**d, "age_recipient": "age1" + "x" * 10_000},
        lambda d: {**d, "age_recipient": None},
    ],
)
def test_public_keys_reject_hostile(tmp_path: Path, mutate) -> None:  # type: ignore[no-untyped-def]
    ident = create_identity(tmp_path)
    with pytest.raises(KeysError) as info:
        PublicKeys.from_dict(mutate(ident.public.to_dict()))
    assert info.value.code == "keys.invalid_public" and "tidak sah" in info.value.message
