"""Build/open round trips for every kind, and the tamper matrix: each refusal has its code."""

from __future__ import annotations

import hashlib
import json
import os
import struct
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pyrage
import pytest
from pyrage import x25519

from desktop_app.sync.errors import MESSAGES, PackageError, SyncError
from desktop_app.sync.manifest import Target
from desktop_app.sync.package import (
    SELF_SIGNED_ENROLLMENT,
    Limits,
    PinnedKey,
    StaticTrust,
    TrustedKey,
    inspect_package,
    open_package,
    validate_record_line,
)

from .conftest import DESA, KAB, World, person_record, read_members, replace_member, resigned, write_zip

TO_DISTRICT = Target("kabupaten", KAB)
TO_VILLAGE = Target("desa", DESA)


def refused(code: str, path: Path, **kwargs: Any) -> PackageError:
    with pytest.raises(PackageError) as info:
        open_package(path, **kwargs)
    err = info.value
    assert err.code == code, f"expected {code}, got {err.code}: {err.message} [{err.detail}]"
    assert err.code in MESSAGES
    assert err.message and "{" not in err.message and err.message != err.code  # Indonesian text, filled in
    return err


def open_as_district(world: World, path: Path, **kwargs: Any):
    kwargs.setdefault("trust", world.district_trust)
    kwargs.setdefault("identity", world.district)
    kwargs.setdefault("expect_target", TO_DISTRICT)
    return open_package(path, **kwargs)


def district_refuses(world: World, code: str, path: Path, **kwargs: Any) -> PackageError:
    kwargs.setdefault("trust", world.district_trust)
    kwargs.setdefault("identity", world.district)
    kwargs.setdefault("expect_target", TO_DISTRICT)
    return refused(code, path, **kwargs)


# --------------------------------------------------------------------------- round trips


def test_data_round_trip(world: World) -> None:
    built = world.build("data")
    assert (
        built.path.name
        == f"SIPERA_data_3503012001_0001_{built.manifest.created_at[:10].replace('-', '')}.sipera"
    )
    assert built.sha256_of_file == hashlib.sha256(built.path.read_bytes()).hexdigest()
    assert [n for n, _ in read_members(built.path)] == [
        "manifest.json",
        "manifest.json.minisig",
        "payload.jsonl.age",
    ]
    opened = open_as_district(world, built.path, expect_kind="data")
    assert opened.manifest == built.manifest
    assert opened.signer == world.village.public
    assert opened.signer_fingerprint == world.village.fingerprint
    assert opened.sha256_of_file == built.sha256_of_file
    assert len(opened.records) == 6 and opened.records[0] == person_record(0)
    assert opened.trusted_key is not None and opened.trusted_key.region_code == DESA
    # the sender was added as a recipient: the village can reopen what it sent
    assert world.village.recipient in built.manifest.recipients
    again = open_package(built.path, trust=world.village_trust, identity=world.village)
    assert again.records == opened.records


def test_feedback_and_restore_round_trip(world: World) -> None:
    for kind in ("feedback", "restore"):
        built = world.build(kind, out=world.out(kind))
        opened = open_package(
            built.path,
            trust=world.village_trust,
            identity=world.village,
            expect_kind=kind,
            expect_target=TO_VILLAGE,
        )
        assert opened.manifest.kind == kind and opened.records
        assert opened.signer == world.district.public


def test_enrollment_round_trip_self_signed(world: World) -> None:
    built = world.build("enrollment")
    assert [n for n, _ in read_members(built.path)][-1] == "payload.jsonl"
    assert not built.manifest.encrypted and built.manifest.recipients == ()
    opened = open_package(
        built.path,
        trust=SELF_SIGNED_ENROLLMENT,
        identity=None,
        expect_kind="enrollment",
        expect_target=TO_DISTRICT,
    )
    assert opened.signer == world.village.public
    assert opened.signer_fingerprint == world.village.fingerprint  # what the operator compares
    assert opened.records[0]["public_keys"] == world.village.public.to_dict()
    assert opened.trusted_key is None


def test_config_round_trip_pinned_and_trusted(world: World) -> None:
    built = world.build("config")
    assert built.manifest.target is None  # for every village of the district
    first = open_package(
        built.path, trust=PinnedKey(None), identity=None, expect_kind="config", expect_target=TO_VILLAGE
    )
    assert first.signer_fingerprint == world.district.fingerprint
    typed = world.district.fingerprint.lower().replace("-", " ")  # as a person types it
    open_package(built.path, trust=PinnedKey(typed), identity=None, expect_target=TO_VILLAGE)
    later = open_package(
        built.path, trust=world.village_trust, identity=world.village, expect_target=TO_VILLAGE
    )
    assert later.records[0]["type"] == "config"
    assert [r["type"] for r in later.records] == ["config", "revoked", "revoked_key"]
    refused("package.fingerprint", built.path, trust=PinnedKey(world.stranger.fingerprint), identity=None)
    refused(
        "package.target_mismatch",
        built.path,
        trust=world.village_trust,
        identity=None,
        expect_target=Target("desa", "35.04.01.2001"),
    )


def test_self_signed_and_pinned_modes_are_limited_to_their_kind(world: World) -> None:
    data = world.build("data")
    refused("package.unknown_key", data.path, trust=SELF_SIGNED_ENROLLMENT, identity=world.district)
    refused("package.unknown_key", data.path, trust=PinnedKey(None), identity=world.district)


def test_empty_data_package(world: World) -> None:
    built = world.build("data", lines=[])
    assert open_as_district(world, built.path).records == []


def test_write_is_atomic_and_never_overwrites(world: World) -> None:
    out = world.out("atomic")
    built = world.build("data", out=out)
    assert sorted(os.listdir(out)) == [built.path.name]  # no .part left behind
    with pytest.raises(SyncError) as info:
        world.build("data", out=out)
    assert info.value.code == "package.exists"


def test_interrupted_write_leaves_nothing(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    out = world.out("interrupted")

    def pulled_stick(src: object, dst: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", pulled_stick)
    with pytest.raises(OSError):
        world.build("data", out=out)
    assert os.listdir(out) == []


def test_open_requires_a_trust_mode(world: World) -> None:
    built = world.build("data")
    with pytest.raises(TypeError):
        open_package(built.path, trust=None, identity=world.district)  # type: ignore[arg-type]


def test_build_rejects_bad_lines_and_recipients(world: World) -> None:
    with pytest.raises(ValueError):
        world.build("data", lines=[{"id": "x"}])
    with pytest.raises(ValueError):
        world.build("data", lines=[person_record(0, desa="35.03.01.2002")])  # not the sender's village
    with pytest.raises(ValueError):
        world.build("config", recipients=[world.village.recipient])
    with pytest.raises(ValueError):
        world.build("config", lines=[{"type": "revoked", "key_ids": ["../../etc"]}])
    with pytest.raises(ValueError):
        world.build("config", lines=[{"no_type": 1}])
    with pytest.raises(ValueError):
        world.build("enrollment", lines=[])
    with pytest.raises(ValueError):
        world.build("data", recipients=["age1notarecipient"])


def test_inspect_never_decrypts_without_identity(world: World) -> None:
    built = world.build("data")
    result = inspect_package(built.path, world.district_trust)
    assert result.ok and result.signature_status == "valid"
    assert result.signer_fingerprint == world.village.fingerprint
    assert result.payload_checked and not result.records_checked
    assert result.manifest == built.manifest
    json.dumps(result.to_dict())
    no_trust = inspect_package(built.path)
    assert no_trust.signature_status == "unknown_key" and no_trust.ok
    full = inspect_package(built.path, world.district_trust, identity=world.district)
    assert full.ok and full.records_checked


def test_inspect_reports_problems_without_raising(world: World, tmp_path: Path) -> None:
    built = world.build("data")
    stranger = inspect_package(built.path, StaticTrust())
    assert stranger.signature_status == "unknown_key" and stranger.error.code == "package.unknown_key"
    revoked = inspect_package(
        built.path, StaticTrust([TrustedKey(world.village.public, DESA, "desa", revoked=True)])
    )
    assert revoked.signature_status == "revoked"
    edited = replace_member(
        built.path,
        tmp_path / "e.sipera",
        "manifest.json",
        lambda b: b.replace(b'"sequence": 1', b'"sequence": 2'),
    )
    bad = inspect_package(edited, world.district_trust)
    assert bad.signature_status == "invalid" and bad.error.code == "package.signature"
    assert bad.manifest is not None and bad.manifest.sequence == 2
    junk = tmp_path / "junk.sipera"
    junk.write_bytes(b"hello")
    nothing = inspect_package(junk)
    assert nothing.manifest is None and nothing.signature_status == "unchecked"
    assert nothing.error.code == "package.not_zip"
    missing = inspect_package(tmp_path / "nope.sipera")
    assert missing.error.code == "package.unreadable"


# --------------------------------------------------------------------------- tamper matrix


def _member_data_offset(path: Path, name: str) -> tuple[int, int]:
    data = path.read_bytes()
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    return start, info.compress_size


@pytest.mark.parametrize("member", ["manifest.json", "manifest.json.minisig", "payload.jsonl.age"])
def test_bit_flip_in_member_bytes(world: World, tmp_path: Path, member: str) -> None:
    built = world.build("data")
    start, size = _member_data_offset(built.path, member)
    data = bytearray(built.path.read_bytes())
    data[start + size // 2] ^= 0x01
    flipped = tmp_path / "flipped.sipera"
    flipped.write_bytes(bytes(data))
    district_refuses(world, "package.corrupt", flipped)  # the ZIP CRC catches it first


@pytest.mark.parametrize(
    ("member", "code"),
    [
        ("manifest.json", "package.signature"),
        ("manifest.json.minisig", "package.signature"),
        ("payload.jsonl.age", "package.payload_hash"),
    ],
)
def test_bit_flip_with_recomputed_crc(world: World, tmp_path: Path, member: str, code: str) -> None:
    """An attacker who also fixes the ZIP CRC is stopped by the signature or the payload hash."""
    built = world.build("data")

    def flip(data: bytes) -> bytes:
        if member == "manifest.json":
            return data.replace(b'"sequence": 1', b'"sequence": 7')
        if member == "manifest.json.minisig":
            lines = data.split(b"\n")
            sig = bytearray(lines[1])
            sig[40] = ord("A") if sig[40] != ord("A") else ord("B")
            lines[1] = bytes(sig)
            return b"\n".join(lines)
        out = bytearray(data)
        out[len(out) // 2] ^= 0x80
        return bytes(out)

    district_refuses(world, code, replace_member(built.path, tmp_path / "t.sipera", member, flip))


def test_edited_manifest_fields(world: World, tmp_path: Path) -> None:
    built = world.build("data")
    for i, (old, new) in enumerate(
        [(b'"0.1.0"', b'"0.1.1"'), (b'"sequence": 1', b'"sequence": 2'), (b'"lines": 6', b'"lines": 5')]
    ):
        edited = replace_member(
            built.path, tmp_path / f"e{i}.sipera", "manifest.json", lambda b, o=old, n=new: b.replace(o, n)
        )
        assert edited.read_bytes() != built.path.read_bytes()
        district_refuses(world, "package.signature", edited)


def test_unparseable_manifest(world: World, tmp_path: Path) -> None:
    built = world.build("data")
    bad = replace_member(built.path, tmp_path / "m.sipera", "manifest.json", lambda b: b"{not json")
    district_refuses(world, "package.manifest", bad)
    unknown_kind = replace_member(
        built.path,
        tmp_path / "k.sipera",
        "manifest.json",
        lambda b: b.replace(b'"kind": "data"', b'"kind": "virus"'),
    )
    district_refuses(world, "package.manifest", unknown_kind)


@pytest.mark.parametrize("drop", ["manifest.json", "manifest.json.minisig", "payload.jsonl.age"])
def test_missing_member(world: World, tmp_path: Path, drop: str) -> None:
    built = world.build("data")
    members = [(n, d) for n, d in read_members(built.path) if n != drop]
    err = district_refuses(world, "package.members", write_zip(tmp_path / "m.sipera", members))
    assert "payload" in err.message or drop in err.message


@pytest.mark.parametrize(
    "name",
    [
        "readme.txt",
        "../x",
        "/etc/passwd",
        "sub/manifest.json",
        "dir/",
        "..\\x",
        "payload.jsonl",
        "C:/x",
        ".hidden",
    ],
)
def test_extra_or_path_member(world: World, tmp_path: Path, name: str) -> None:
    built = world.build("data")
    members = read_members(built.path) + [(name, b"x")]
    district_refuses(world, "package.members", write_zip(tmp_path / "x.sipera", members))


@pytest.mark.parametrize("name", ["../manifest.json", "/manifest.json", "./manifest.json"])
def test_renamed_to_path(world: World, tmp_path: Path, name: str) -> None:
    built = world.build("data")
    members = [(name if n == "manifest.json" else n, d) for n, d in read_members(built.path)]
    district_refuses(world, "package.members", write_zip(tmp_path / "p.sipera", members))


def test_duplicate_member_names(world: World, tmp_path: Path) -> None:
    built = world.build("data")
    members = read_members(built.path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name we make on purpose
        dup = write_zip(tmp_path / "d.sipera", members[:2] + [members[0]] + members[2:][:0])
        dup3 = write_zip(tmp_path / "d3.sipera", [members[0], members[1], members[1]])
    district_refuses(world, "package.members", dup)
    district_refuses(world, "package.members", dup3)


def test_zip_bomb_by_ratio(world: World, tmp_path: Path) -> None:
    built = world.build("enrollment")
    members = read_members(built.path)
    bomb = [(n, d) for n, d in members if n != "payload.jsonl"] + [
        ("payload.jsonl", b"\0" * (60 * 1024 * 1024))
    ]
    err = refused(
        "package.bomb", write_zip(tmp_path / "b.sipera", bomb), trust=SELF_SIGNED_ENROLLMENT, identity=None
    )
    assert "rasio" in err.message


def test_zip_bomb_by_declared_size(world: World, tmp_path: Path) -> None:
    """A central directory claiming a 300 MB member is refused before anything is inflated."""
    built = world.build("enrollment")
    data = bytearray(built.path.read_bytes())
    cd = data.rfind(b"PK\x01\x02")  # the last central-directory entry: the payload
    assert data[cd + 46 : cd + 46 + 13] == b"payload.jsonl"
    struct.pack_into("<I", data, cd + 24, 300 * 1024 * 1024)
    bomb = tmp_path / "b2.sipera"
    bomb.write_bytes(bytes(data))
    refused("package.bomb", bomb, trust=SELF_SIGNED_ENROLLMENT, identity=None)


def test_manifest_bomb(world: World, tmp_path: Path) -> None:
    built = world.build("data")
    members = [
        ("manifest.json", b" " * (1024 * 1024)) if n == "manifest.json" else (n, d)
        for n, d in read_members(built.path)
    ]
    district_refuses(world, "package.bomb", write_zip(tmp_path / "mb.sipera", members))


def test_lying_size_is_caught(world: World, tmp_path: Path) -> None:
    """Declared smaller than it inflates to: zipfile stops at the declared size, the CRC fails."""
    built = world.build("enrollment")
    data = bytearray(built.path.read_bytes())
    cd = data.rfind(b"PK\x01\x02")
    (size,) = struct.unpack_from("<I", data, cd + 24)
    struct.pack_into("<I", data, cd + 24, size // 2)
    liar = tmp_path / "liar.sipera"
    liar.write_bytes(bytes(data))
    with pytest.raises(PackageError) as info:
        open_package(liar, trust=SELF_SIGNED_ENROLLMENT, identity=None)
    assert info.value.code in {"package.corrupt", "package.payload_hash"}


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.999])
def test_truncated_file(world: World, tmp_path: Path, keep: float) -> None:
    built = world.build("data")
    data = built.path.read_bytes()
    cut = tmp_path / "cut.sipera"
    cut.write_bytes(data[: int(len(data) * keep)])
    district_refuses(world, "package.truncated", cut)


def test_appended_or_prepended_data(world: World, tmp_path: Path) -> None:
    built = world.build("data")
    data = built.path.read_bytes()
    (tmp_path / "a.sipera").write_bytes(data + b"extra")
    (tmp_path / "p.sipera").write_bytes(b"PK\x03\x04" + b"\0" * 100 + data)
    with pytest.raises(PackageError) as info:
        open_as_district(world, tmp_path / "a.sipera")
    assert info.value.code in {"package.members", "package.truncated"}
    with pytest.raises(PackageError) as info:
        open_as_district(world, tmp_path / "p.sipera")
    assert info.value.code in {"package.members", "package.truncated"}


def test_not_a_zip_empty_and_too_large(world: World, tmp_path: Path) -> None:
    text = tmp_path / "notes.sipera"
    text.write_text("Daftar penerima bantuan\n")
    district_refuses(world, "package.not_zip", text)
    empty = tmp_path / "empty.sipera"
    empty.write_bytes(b"")
    district_refuses(world, "package.empty", empty)
    built = world.build("data")
    district_refuses(world, "package.too_large", built.path, limits=Limits(max_file_bytes=1000))
    district_refuses(world, "package.unreadable", tmp_path)  # a directory
    district_refuses(world, "package.unreadable", tmp_path / "missing.sipera")


def test_zip_encryption_flag(world: World, tmp_path: Path) -> None:
    built = world.build("data")
    data = bytearray(built.path.read_bytes())
    cd = data.find(b"PK\x01\x02")
    flags = struct.unpack_from("<H", data, cd + 8)[0]
    struct.pack_into("<H", data, cd + 8, flags | 0x1)
    enc = tmp_path / "enc.sipera"
    enc.write_bytes(bytes(data))
    district_refuses(world, "package.members", enc)


def test_wrong_kind(world: World) -> None:
    built = world.build("data")
    district_refuses(world, "package.kind_mismatch", built.path, expect_kind="feedback")


def test_signed_by_unknown_key(world: World) -> None:
    built = world.build("data", identity=world.stranger)
    err = district_refuses(world, "package.unknown_key", built.path)
    assert world.stranger.fingerprint in err.message


def test_revoked_key(world: World) -> None:
    built = world.build("data")
    trust = StaticTrust([TrustedKey(world.village.public, DESA, "desa", revoked=True)])
    err = district_refuses(world, "package.revoked_key", built.path, trust=trust)
    assert world.village.fingerprint in err.message


def test_trusted_key_id_with_other_key(world: World) -> None:
    """A manifest naming a known key id but carrying (and signed by) another key."""
    built = world.build("data", identity=world.stranger)
    fake = TrustedKey(world.village.public, DESA, "desa")
    trust = StaticTrust([])
    trust._keys[world.stranger.key_id] = fake  # the trust store maps the id to a different key
    district_refuses(world, "package.signature", built.path, trust=trust)


def test_source_mismatch(world: World) -> None:
    built = world.build("data", region="35.03.01.2002", lines=[person_record(0, desa="35.03.01.2002")])
    err = district_refuses(world, "package.source_mismatch", built.path)
    assert "35.03.01.2002" in err.message and DESA in err.message


def test_another_target(world: World) -> None:
    built = world.build("feedback")
    refused(
        "package.target_mismatch",
        built.path,
        trust=world.village_trust,
        identity=world.village,
        expect_target=Target("desa", "35.03.01.2002"),
    )
    data = world.build("data", out=world.out("d2"))
    district_refuses(world, "package.target_mismatch", data.path, expect_target=Target("kabupaten", "35.04"))


def test_wrong_payload_hash(world: World, tmp_path: Path) -> None:
    built = world.build("data")

    def edit(m: dict[str, Any]) -> None:
        m["payload"]["sha256"] = "0" * 64

    district_refuses(
        world, "package.payload_hash", resigned(built.path, tmp_path / "h.sipera", world.village, edit)
    )

    def edit_size(m: dict[str, Any]) -> None:
        m["payload"]["size"] += 1

    district_refuses(
        world, "package.payload_hash", resigned(built.path, tmp_path / "s.sipera", world.village, edit_size)
    )


def test_not_a_recipient(world: World) -> None:
    built = world.build("data", recipients=[world.stranger.recipient])
    err = district_refuses(world, "package.decrypt", built.path)
    assert "bukan" in err.message or "tidak" in err.message
    district_refuses(world, "package.decrypt", built.path, identity=None)


def _with_payload(world: World, tmp_path: Path, plain: bytes, name: str = "bad.sipera") -> Path:
    """A validly signed and encrypted data package whose plaintext is ``plain``."""
    built = world.build("data", out=world.out(f"src-{name}"))
    cipher = pyrage.encrypt(plain, [x25519.Recipient.from_str(world.district.recipient)])
    lines = plain.count(b"\n")

    def edit(m: dict[str, Any]) -> None:
        m["payload"]["size"] = len(cipher)
        m["payload"]["sha256"] = hashlib.sha256(cipher).hexdigest()
        m["counts"]["lines"] = lines

    return resigned(built.path, tmp_path / name, world.village, edit, payload=cipher)


def _line(record: dict[str, Any]) -> bytes:
    return json.dumps(record).encode() + b"\n"


def test_tampered_payload_parts_that_verify(world: World, tmp_path: Path) -> None:
    good = _with_payload(world, tmp_path, _line(person_record(0)), "good.sipera")
    assert len(open_as_district(world, good).records) == 1


@pytest.mark.parametrize(
    "plain",
    [
        b"{not json}\n",
        b'{"a": NaN}\n',
        b"[1, 2, 3]\n",
        b"\xff\xfe\n",
        b"\n",
        _line(person_record(0))[:-1],  # no final newline
        b'{"id": "1", "id": "2"}\n',
    ],
)
def test_bad_json_line(world: World, tmp_path: Path, plain: bytes) -> None:
    err = district_refuses(world, "package.schema", _with_payload(world, tmp_path, plain))
    assert "Baris" in err.message


@pytest.mark.parametrize(
    "change",
    [
        {"rev": -1},
        {"rev": "3"},
        {"rev": True},
        {"id": "not-a-uuid"},
        {"full_name": 12},
        {"birth_date": "31-12-1980"},
        {"birth_date": "1980-02-30"},
        {"desil": 11},
        {"unexpected": "x"},
        {"notes": "x" * 5000},
    ],
)
def test_record_line_failing_schema(world: World, tmp_path: Path, change: dict[str, Any]) -> None:
    record = person_record(0, **change)
    err = district_refuses(world, "package.schema", _with_payload(world, tmp_path, _line(record)))
    assert err.params["line"] == 1


def test_record_of_another_village_opens_for_the_merge_to_reject(world: World, tmp_path: Path) -> None:
    """One record of another village does not refuse the package: the district merge rejects
    that record (merge.other_village) and merges the rest."""
    lines = _line(person_record(0)) + _line(person_record(1, desa="35.03.01.2002"))
    opened = open_as_district(world, _with_payload(world, tmp_path, lines))
    assert [r["desa_code"] for r in opened.records] == [DESA, "35.03.01.2002"]


def test_record_missing_field_and_duplicate_ids(world: World, tmp_path: Path) -> None:
    record = person_record(0)
    del record["nik"]
    district_refuses(world, "package.schema", _with_payload(world, tmp_path, _line(record), "a.sipera"))
    twice = _line(person_record(0)) + _line(person_record(0))
    err = district_refuses(world, "package.schema", _with_payload(world, tmp_path, twice, "b.sipera"))
    assert err.params["line"] == 2


def test_order_of_checks(world: World, tmp_path: Path) -> None:
    """Several faults at once: the first check in the documented order wins."""
    built = world.build("data", identity=world.stranger, recipients=[world.stranger.recipient])
    # unknown key (step 5) beats target (7) and decryption (9)
    district_refuses(world, "package.unknown_key", built.path, expect_target=Target("kabupaten", "35.04"))
    # kind (4) beats signature (5)
    district_refuses(world, "package.kind_mismatch", built.path, expect_kind="config")
    # revoked (5) beats source (6)
    other = world.build(
        "data", out=world.out("o"), region="35.03.01.2002", lines=[person_record(0, desa="35.03.01.2002")]
    )
    trust = StaticTrust([TrustedKey(world.village.public, DESA, "desa", revoked=True)])
    district_refuses(world, "package.revoked_key", other.path, trust=trust)


def test_validate_record_line() -> None:
    assert validate_record_line(person_record(0)) == []
    assert validate_record_line("x") == ["baris bukan objek JSON"]
    problems = validate_record_line({"id": "x", "rev": -1})
    assert any("id" in p for p in problems) and any("rev" in p for p in problems)
    assert any("wajib" in p for p in problems)
    feedback = {
        "id": person_record(0)["id"],
        "desa_code": DESA,
        "rev": 2,
        "verification_status": "diterima",
        "verification_reason": "",
        "dukcapil_match": "padan",
        "bpjs_status": "terdaftar",
        "bpjs_reason": "",
        "kpj_number": "12345",
    }
    assert validate_record_line(feedback, full=False) == []
    assert validate_record_line(feedback) != []


def test_unrolled_line_check_agrees_with_the_field_checks():
    """``_looks_fine`` (the fast path, one straight-line function) accepts exactly the lines that
    the per-field checks accept, for full and feedback lines, with fields missing, extra, or odd."""
    import random as _random

    from desktop_app.sync import package as P

    def by_fields(d, full):
        required = P._FULL_REQUIRED_SET if full else P._FEEDBACK_REQUIRED_SET
        return required.issubset(d) and all(k in P._CHECKS and P._CHECKS[k](v) is None for k, v in d.items())

    base = {name: "" for name in P.RECORD_FIELDS}
    base.update(id="0b0e7c8e-6c0e-4a53-9d7f-1b2c3d4e5f60", desa_code="35.03.01.2001", rev=1, sent_rev=0,
                district_rev=0, nik_from_number=False, deleted=False, income=None, desil=3,
                birth_date="1980-02-29", coverage_start="2026-01-01", coverage_end=None,
                created_at="2026-03-01T09:30:00", updated_at="2026-03-01T09:30:00", deleted_at=None)
    odd = [None, "", "x" * 501, "x" * 4001, 0, -1, 2**62, 2**62 + 1, True, False, 11, 1, 10**12, 10**12 + 1,
           "2023-02-29", "2024-02-29", "2024-02-28T10:00:00", "2024-13-01T00:00", "2024-01-01T00:00:00+07:00",
           [], {}, 1.5, "35.03.01.2001", "35.03.01.200", "ABC", "0B0E7C8E-6C0E-4A53-9D7F-1B2C3D4E5F60"]
    rng = _random.Random(20261206)
    accepted = 0
    for _ in range(5000):
        d = dict(base)
        for _ in range(rng.randint(0, 2)):
            r = rng.random()
            if r < 0.1:
                d.pop(rng.choice(sorted(d)))
            elif r < 0.15:
                d["bogus"] = 1
            else:
                d[rng.choice(sorted(P.RECORD_FIELDS))] = rng.choice(odd)
        for full in (True, False):
            expected = by_fields(d, full)
            assert P._looks_fine(d, P._FULL_REQUIRED_SET if full else P._FEEDBACK_REQUIRED_SET) == expected, d
            assert (P.validate_record_line(d, full=full) == []) == expected
            accepted += expected
    assert 0 < accepted < 10000
