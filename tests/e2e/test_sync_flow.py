"""Village and district set up trust in person, then a data package travels and is checked."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest

from desktop_app.core.person import Person
from desktop_app.services import records, sync
from desktop_app.services.app import Programme
from desktop_app.services.profile import init_profile


@pytest.fixture()
def pair(tmp_path):
    village = init_profile(tmp_path / "desa", "desa", "35.03.01.2001", ["Siti"])
    district = init_profile(tmp_path / "kab", "kabupaten", "35.03", ["Budi"])
    yield village, district, tmp_path
    village.close()
    district.close()


def _enrol(village, district, stick):
    built = sync.export_enrollment(village, stick)
    info = sync.read_enrollment(district, built.path)
    sync.accept_enrollment(district, info, confirmed_fingerprint=sync.own_fingerprint(village))
    return info


def _configure(village, district, stick):
    district.set_programme(Programme(year=2026, coverage_start=date(2026, 4, 1), coverage_end=date(2026, 12, 31),
                                     age_min=17, age_max=70))
    built = sync.export_config(district, stick)
    info = sync.read_config(village, built.path)
    assert info.first_time
    sync.apply_config(village, info, confirmed_fingerprint=sync.own_fingerprint(district))
    return built


def _person(**kw) -> Person:
    base = dict(nik="3503011205800001", full_name="SUPARMAN", birth_date=date(1980, 5, 12), sex="L",
                occupation="petani", funding_source="apbd_kabupaten")
    base.update(kw)
    return Person(**base)


def test_enrollment_config_and_data_package(pair):
    village, district, tmp = pair
    stick = tmp / "flashdisk"
    stick.mkdir()
    info = _enrol(village, district, stick)
    assert info.desa_code == "35.03.01.2001"
    assert [v["desa_code"] for v in sync.enrolled_villages(district)] == ["35.03.01.2001"]

    _configure(village, district, stick)
    prog = village.programme()
    assert prog.from_district and prog.coverage_start == date(2026, 4, 1) and prog.age_max == 70

    records.save(village, _person())
    records.save(village, _person(nik="3503015505850002", full_name="SITI AMINAH", birth_date=date(1985, 5, 15), sex="P"))
    bad = records.save(village, _person(nik="3503013505800003", full_name="SALAH TANGGAL"))  # day 35: error
    assert bad.has_errors

    result = sync.export_data_package(village, stick)
    assert result.sent == 2 and len(result.held_back) == 1
    assert result.held_back[0][0].full_name == "SALAH TANGGAL"
    assert result.berita_acara and result.berita_acara.read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(result.built.path) as zf:
        assert sorted(zf.namelist()) == ["manifest.json", "manifest.json.minisig", "payload.jsonl.age"]
        assert b"SUPARMAN" not in zf.read("payload.jsonl.age")  # encrypted on the stick

    # the district checks it: known key, decrypts, every line valid
    seen = sync.inspect(district, result.built.path)
    assert seen.ok and seen.signature_status == "valid" and seen.records_checked

    # sent records are marked; nothing new to send until something changes
    counts = records.counts(village)
    assert counts.get("terkirim") == 2 and counts.get("perlu_perbaikan") == 1
    again = sync.export_data_package(village, stick)
    assert again.built is None and len(again.held_back) == 1

    # a change and a tombstone travel in the next package, chained to the previous one
    person = records.find_by_nik(village, "3503011205800001")[0]
    records.delete(village, person.id, "meninggal")
    nxt = sync.export_data_package(village, stick)
    assert nxt.sent == 1 and nxt.deleted == 1
    assert nxt.built.manifest.sequence == 2
    assert nxt.built.manifest.prev_hash == result.built.sha256_of_file

    # history on both sides; the village can reopen what it sent
    kinds = [(e.direction, e.kind) for e in sync.history(village)]
    assert ("sent", "data") in kinds and ("received", "config") in kinds and ("sent", "enrollment") in kinds
    entry = next(e for e in sync.history(village) if e.kind == "data" and e.sequence == 1)
    reopened = sync.reopen_sent(village, entry)
    assert {r["full_name"] for r in reopened.records} == {"SUPARMAN", "SITI AMINAH"}


def test_full_package_resends_everything(pair):
    village, district, tmp = pair
    stick = tmp / "usb"
    stick.mkdir()
    _enrol(village, district, stick)
    _configure(village, district, stick)
    records.save(village, _person())
    sync.export_data_package(village, stick)
    full = sync.export_data_package(village, stick, full=True)
    assert full.sent == 1 and full.full


def test_data_package_needs_the_district_key_first(pair):
    village, _district, tmp = pair
    records.save(village, _person())
    with pytest.raises(sync.SyncServiceError, match="konfigurasi"):
        sync.export_data_package(village, tmp)


def test_fingerprint_mismatch_enrols_nothing(pair):
    village, district, tmp = pair
    built = sync.export_enrollment(village, tmp)
    info = sync.read_enrollment(district, built.path)
    with pytest.raises(sync.SyncServiceError, match="tidak cocok"):
        sync.accept_enrollment(district, info, confirmed_fingerprint="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert sync.enrolled_villages(district) == []


def test_enrollment_from_another_kabupaten_is_refused(tmp_path):
    village = init_profile(tmp_path / "desa", "desa", "35.03.01.2001", ["Siti"])
    other = init_profile(tmp_path / "kab", "kabupaten", "35.04", ["Budi"])
    built = sync.export_enrollment(village, tmp_path)
    with pytest.raises(sync.SyncServiceError):
        sync.read_enrollment(other, built.path)
    village.close()
    other.close()


def test_later_config_must_be_signed_by_the_pinned_key(pair, tmp_path):
    village, district, tmp = pair
    stick = tmp / "s"
    stick.mkdir()
    _enrol(village, district, stick)
    _configure(village, district, stick)
    impostor = init_profile(tmp_path / "fake", "kabupaten", "35.03", ["Palsu"])
    forged = sync.export_config(impostor, tmp_path)
    with pytest.raises(sync.SyncServiceError, match="belum terdaftar|kunci"):
        sync.read_config(village, forged.path)
    assert village.programme().coverage_start == date(2026, 4, 1)
    impostor.close()


def test_unenrolled_village_package_is_reported_unknown(pair):
    village, district, tmp = pair
    stick = tmp / "s"
    stick.mkdir()
    _enrol(village, district, stick)
    _configure(village, district, stick)
    records.save(village, _person())
    built = sync.export_data_package(village, stick).built
    # the district revokes the village key (lost laptop): the package is now refused
    key = sync.enrolled_villages(district)[0]
    from desktop_app.storage import trust as trust_store

    with district.db.read() as s:
        key_id = trust_store.active_keys(s, role="desa", region_code=key["desa_code"])[0].key_id
    assert sync.revoke_village_key(district, key_id)
    seen = sync.inspect(district, built.path)
    assert not seen.ok and seen.signature_status == "revoked"


def test_village_inspecting_its_own_package_sees_a_valid_signature(pair):
    village, district, tmp = pair
    stick = tmp / "s"
    stick.mkdir()
    _enrol(village, district, stick)
    _configure(village, district, stick)
    records.save(village, _person())
    built = sync.export_data_package(village, stick).built
    seen = sync.inspect(village, built.path)
    assert seen.ok and seen.signature_status == "valid"


def test_service_errors_are_plain_indonesian(pair):
    village, district, tmp = pair
    bad = tmp / "x.sipera"
    bad.write_bytes(b"bukan paket")
    with pytest.raises(sync.SyncServiceError) as err:
        sync.read_enrollment(district, bad)
    assert not str(err.value).startswith("package.") and "bukan paket SIPERA" in str(err.value)
    assert err.value.code == "package.not_zip"
