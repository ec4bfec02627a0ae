"""Hostile and wrong files through ``merge``: every one refused with its reason, nothing changed,
the rest of the run merged. The tamper tools are the sync tests' own (tests/sync/conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.services.district import merge
from desktop_app.services.packages import trust as package_trust
from desktop_app.services.setup.profile import init_profile
from desktop_app.sync.keys import create_identity
from tests.sync.conftest import read_members, replace_member, resigned, write_zip

from .conftest import nik
from .helpers import snapshot


def _flip(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]


def _hostile_files(good: Path, folder: Path, stranger) -> dict[str, Path]:  # noqa: ANN001
    folder.mkdir()
    raw = good.read_bytes()
    out = {}

    def put(name: str, data: bytes) -> None:
        (folder / name).write_bytes(data)
        out[name] = folder / name

    put("empty.sipera", b"")
    put("not-zip.sipera", b"%PDF-1.4 bukan paket")
    put("truncated.sipera", raw[: len(raw) // 2])
    put("appended.sipera", raw + b"tambahan")
    put("prepended.sipera", b"x" * 10 + raw)
    out["payload-flipped.sipera"] = replace_member(good, folder / "payload-flipped.sipera", "payload.jsonl.age", _flip)
    out["manifest-edited.sipera"] = replace_member(
        good, folder / "manifest-edited.sipera", "manifest.json", lambda b: b.replace(b'"sequence":', b'"sequence": ', 1))
    out["signature-flipped.sipera"] = replace_member(
        good, folder / "signature-flipped.sipera", "manifest.json.minisig", _flip)
    out["resigned-by-stranger.sipera"] = resigned(good, folder / "resigned-by-stranger.sipera", stranger,
                                                  lambda m: m.update(sequence=7))
    members = read_members(good)
    out["missing-signature.sipera"] = write_zip(folder / "missing-signature.sipera",
                                                [(n, d) for n, d in members if n != "manifest.json.minisig"])
    out["extra-member.sipera"] = write_zip(folder / "extra-member.sipera", [*members, ("evil.exe", b"MZ")])
    out["path-member.sipera"] = write_zip(folder / "path-member.sipera",
                                          [("../" + n if n == "payload.jsonl.age" else n, d) for n, d in members])
    return out


def test_every_hostile_file_refused_nothing_changed(kab, tmp_path):
    kab.save(0, nik=nik(0, 1), full_name="ANI")
    good = kab.send(0)
    stranger = create_identity(tmp_path / "stranger-keys")
    hostile = _hostile_files(good, tmp_path / "hostile", stranger)
    before = snapshot(kab.district)
    run = merge.merge_packages(kab.district, list(hostile.values()), backup=False)
    assert len(run.packages) == len(hostile)
    for p in run.packages:
        assert p.status == "refused", (p.file, p.to_dict())
        assert p.reason and not str(p.reason).startswith("package."), p.file
        assert p.counts == dict.fromkeys(merge.COUNT_KEYS, 0)
    assert snapshot(kab.district) == before
    # the good one still merges after all of them
    run = merge.merge_packages(kab.district, [good], backup=False)
    assert run.packages[0].status == "merged"


def test_revoked_key_and_unenrolled_village_refused(kab, tmp_path):
    kab.save(0, nik=nik(0, 1), full_name="ANI")
    kab.save(2, nik=nik(2, 1), full_name="BAYU")
    from_revoked = kab.send(0)
    [village] = [v for v in package_trust.enrolled_villages(kab.district) if v["desa_code"] == kab.villages[0].desa_code]
    package_trust.revoke_village_key(kab.district, village["key_id"])
    # a village of this kabupaten that never enrolled, but holds the district key
    stranger = init_profile(tmp_path / "asing", "desa", "35.03.03.2001", ["Asing"])
    try:
        from desktop_app.services.packages import trust

        config = trust.export_config(kab.district, tmp_path)
        info = trust.read_config(stranger, config.path)
        from desktop_app.services.packages.common import own_fingerprint

        trust.apply_config(stranger, info, confirmed_fingerprint=own_fingerprint(kab.district))
        from desktop_app.core.person import Person
        from desktop_app.services.packages import send
        from desktop_app.services.records import editing as records

        records.save(stranger, Person(nik="3503031205800001", full_name="ASING", sex="L"))
        unenrolled = send.export_data_package(stranger, kab.inbox, with_berita_acara=False).built.path
    finally:
        stranger.close()
    before = snapshot(kab.district)
    run = merge.merge_packages(kab.district, [from_revoked, unenrolled], backup=False)
    reasons = {Path(p.file).name: p.reason for p in run.packages}
    assert all(p.status == "refused" for p in run.packages), reasons
    assert "dicabut" in run.packages[0].reason
    assert snapshot(kab.district) == before


def test_package_for_another_kabupaten_refused(kab, tmp_path):
    other = init_profile(tmp_path / "kab2", "kabupaten", "35.04", ["Lain"])
    try:
        kab.save(0, nik=nik(0, 1), full_name="ANI")
        good = kab.send(0)
        # the other kabupaten enrolled the same village key by mistake: still not its package
        from desktop_app.storage import trust as trust_store

        with kab.district.db.read() as s:
            key = trust_store.active_keys(s, role="desa", region_code=kab.villages[0].desa_code)[0]
            values = dict(key_id=key.key_id, sign_pub=key.sign_pub, age_recipient=key.age_recipient,
                          fingerprint=key.fingerprint, role="desa", region_code=key.region_code)
        with other.db.unit_of_work() as s:
            from desktop_app.services.app import now

            trust_store.add_key(s, now=now(), **values)
        run = merge.merge_packages(other, [good], backup=False)
        assert run.packages[0].status == "refused"
        assert snapshot(other)["persons"] == {}
    finally:
        other.close()


@pytest.mark.parametrize("kind", ["config", "enrollment"])
def test_other_kinds_refused(kab, tmp_path, kind):
    from desktop_app.services.packages import trust

    built = trust.export_config(kab.district, tmp_path) if kind == "config" else trust.export_enrollment(
        kab.villages[0], tmp_path)
    run = merge.merge_packages(kab.district, [built.path], backup=False)
    assert run.packages[0].status == "refused"
    assert json.dumps(run.to_dict())  # the JSON document is always serialisable
