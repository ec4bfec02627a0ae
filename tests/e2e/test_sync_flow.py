"""Village and district set up trust in person, then a data package travels and is checked."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest

from desktop_app.core.person import Person
from desktop_app.services.app import Programme
from desktop_app.services.packages import common as package_common
from desktop_app.services.packages import history as package_history
from desktop_app.services.packages import send as package_send
from desktop_app.services.packages import trust as package_trust
from desktop_app.services.records import editing as records
from desktop_app.services.setup.profile import init_profile


@pytest.fixture()
def pair(tmp_path):
    village = init_profile(tmp_path / "desa", "desa", "35.03.01.2001", ["Siti"])
    district = init_profile(tmp_path / "kab", "kabupaten", "35.03", ["Budi"])
    yield village, district, tmp_path
    village.close()
    district.close()


def _enrol(village, district, stick):
    built = package_trust.export_enrollment(village, stick)
    info = package_trust.read_enrollment(district, built.path)
    package_trust.accept_enrollment(district, info, confirmed_fingerprint=package_common.own_fingerprint(village))
    return info


def _configure(village, district, stick):
    district.set_programme(Programme(year=2026, coverage_start=date(2026, 4, 1), coverage_end=date(2026, 12, 31),
                                     age_min=17, age_max=70))
    built = package_trust.export_config(district, stick)
    info = package_trust.read_config(village, built.path)
    assert info.first_time
    package_trust.apply_config(village, info, confirmed_fingerprint=package_common.own_fingerprint(district))
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
    assert [v["desa_code"] for v in package_trust.enrolled_villages(district)] == ["35.03.01.2001"]

    _configure(village, district, stick)
    prog = village.programme()
    assert prog.from_district and prog.coverage_start == date(2026, 4, 1) and prog.age_max == 70

    records.save(village, _person())
    records.save(village, _person(nik="3503015505850002", full_name="SITI AMINAH", birth_date=date(1985, 5, 15), sex="P"))
    bad = records.save(village, _person(nik="3503013505800003", full_name="SALAH TANGGAL"))  # day 35: error
    assert bad.has_errors

    result = package_send.export_data_package(village, stick)
    assert result.sent == 2 and len(result.held_back) == 1
    assert result.held_back[0][0].full_name == "SALAH TANGGAL"
    assert result.berita_acara and result.berita_acara.read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(result.built.path) as zf:
        assert sorted(zf.namelist()) == ["manifest.json", "manifest.json.minisig", "payload.jsonl.age"]
        assert b"SUPARMAN" not in zf.read("payload.jsonl.age")  # encrypted on the stick

    # the district checks it: known key, decrypts, every line valid
    seen = package_history.inspect(district, result.built.path)
    assert seen.ok and seen.signature_status == "valid" and seen.records_checked

    # sent records are marked; nothing new to send until something changes
    counts = records.counts(village)
    assert counts.get("terkirim") == 2 and counts.get("perlu_perbaikan") == 1
    again = package_send.export_data_package(village, stick)
    assert again.built is None and len(again.held_back) == 1

    # a change and a tombstone travel in the next package, chained to the previous one
    person = records.find_by_nik(village, "3503011205800001")[0]
    records.delete(village, person.id, "meninggal")
    nxt = package_send.export_data_package(village, stick)
    assert nxt.sent == 1 and nxt.deleted == 1
    assert nxt.built.manifest.sequence == 2
    assert nxt.built.manifest.prev_hash == result.built.sha256_of_file

    # history on both sides; the village can reopen what it sent
    kinds = [(e.direction, e.kind) for e in package_history.history(village)]
    assert ("sent", "data") in kinds and ("received", "config") in kinds and ("sent", "enrollment") in kinds
    entry = next(e for e in package_history.history(village) if e.kind == "data" and e.sequence == 1)
    reopened = package_history.reopen_sent(village, entry)
    assert {r["full_name"] for r in reopened.records} == {"SUPARMAN", "SITI AMINAH"}


def test_full_package_resends_everything(pair):
    village, district, tmp = pair
    stick = tmp / "usb"
    stick.mkdir()
    _enrol(village, district, stick)
    _configure(village, district, stick)
    records.save(village, _person())
    package_send.export_data_package(village, stick)
    full = package_send.export_data_package(village, stick, full=True)
    assert full.sent == 1 and full.full


def test_data_package_needs_the_district_key_first(pair):
    village, _district, tmp = pair
    records.save(village, _person())
    with pytest.raises(package_common.SyncServiceError, match="konfigurasi"):
        package_send.export_data_package(village, tmp)


def test_fingerprint_mismatch_enrols_nothing(pair):
    village, district, tmp = pair
    built = package_trust.export_enrollment(village, tmp)
    info = package_trust.read_enrollment(district, built.path)
    with pytest.raises(package_common.SyncServiceError, match="tidak cocok"):
        package_trust.accept_enrollment(district, info, confirmed_fingerprint="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert package_trust.enrolled_villages(district) == []


def test_enrollment_from_another_kabupaten_is_refused(tmp_path):
    village = init_profile(tmp_path / "desa", "desa", "35.03.01.2001", ["Siti"])
    other = init_profile(tmp_path / "kab", "kabupaten", "35.04", ["Budi"])
    built = package_trust.export_enrollment(village, tmp_path)
    with pytest.raises(package_common.SyncServiceError):
        package_trust.read_enrollment(other, built.path)
    village.close()
    other.close()


def test_later_config_must_be_signed_by_the_pinned_key(pair, tmp_path):
    village, district, tmp = pair
    stick = tmp / "s"
    stick.mkdir()
    _enrol(village, district, stick)
    _configure(village, district, stick)
    impostor = init_profile(tmp_path / "fake", "kabupaten", "35.03", ["Palsu"])
    forged = package_trust.export_config(impostor, tmp_path)
    with pytest.raises(package_common.SyncServiceError, match="belum terdaftar|kunci"):
        package_trust.read_config(village, forged.path)
    assert village.programme().coverage_start == date(2026, 4, 1)
    impostor.close()


def test_unenrolled_village_package_is_reported_unknown(pair):
    village, district, tmp = pair
    stick = tmp / "s"
    stick.mkdir()
    _enrol(village, district, stick)
    _configure(village, district, stick)
    records.save(village, _person())
    built = package_send.export_data_package(village, stick).built
    # the district revokes the village key (lost laptop): the package is now refused
    key = package_trust.enrolled_villages(district)[0]
    from desktop_app.storage import trust as trust_store

    with district.db.read() as s:
        key_id = trust_store.active_keys(s, role="desa", region_code=key["desa_code"])[0].key_id
    assert package_trust.revoke_village_key(district, key_id)
    seen = package_history.inspect(district, built.path)
    assert not seen.ok and seen.signature_status == "revoked"


def test_village_inspecting_its_own_package_sees_a_valid_signature(pair):
    village, district, tmp = pair
    stick = tmp / "s"
    stick.mkdir()
    _enrol(village, district, stick)
    _configure(village, district, stick)
    records.save(village, _person())
    built = package_send.export_data_package(village, stick).built
    seen = package_history.inspect(village, built.path)
    assert seen.ok and seen.signature_status == "valid"


def test_service_errors_are_plain_indonesian(pair):
    village, district, tmp = pair
    bad = tmp / "x.sipera"
    bad.write_bytes(b"bukan paket")
    with pytest.raises(package_common.SyncServiceError) as err:
        package_trust.read_enrollment(district, bad)
    assert not str(err.value).startswith("package.") and "bukan paket SIPERA" in str(err.value)
    assert err.value.code == "package.not_zip"
