"""Config and enrollment files are ordered: an older one changes nothing and says so; a revoked
key stays revoked."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from desktop_app.services.app import Programme, open_app
from desktop_app.services.packages import history as package_history
from desktop_app.services.packages import trust as package_trust
from desktop_app.services.packages.common import SyncServiceError
from desktop_app.services.setup.profile import init_profile
from tests.reliability.conftest import DESA


def test_an_older_config_changes_nothing_and_the_same_one_says_so(paired, tmp_path):
    village_dir, district_dir = paired
    district = open_app(district_dir, backup=False)
    village = open_app(village_dir, backup=False)
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        district.set_programme(Programme(year=2026, rate=16_800, age_min=18, age_max=60))
        old = package_trust.export_config(district, stick)
        district.set_programme(Programme(year=2026, rate=20_000, age_min=17, age_max=70))
        new = package_trust.export_config(district, stick)
        assert package_trust.apply_config(village, package_trust.read_config(village, new.path)) == "applied"
        with pytest.raises(SyncServiceError, match="lebih lama"):
            package_trust.apply_config(village, package_trust.read_config(village, old.path))
        assert (village.programme().rate, village.programme().age_max) == (20_000, 70)  # still the newer one
        again = package_trust.apply_config(village, package_trust.read_config(village, new.path))
        assert again == package_trust.ALREADY_APPLIED
    finally:
        village.close()
        district.close()


def test_a_replayed_old_enrollment_does_not_bring_a_revoked_key_back(paired, tmp_path):
    village_dir, district_dir = paired
    stick = tmp_path / "stick"
    stick.mkdir()
    village = open_app(village_dir, backup=False)
    old_enrollment = package_trust.export_enrollment(village, stick)
    village.close()
    # the laptop is re-installed: a new key for the same village, enrolled again
    reinstalled = init_profile(tmp_path / "baru", "desa", DESA, ["Siti"])
    new_enrollment = package_trust.export_enrollment(reinstalled, tmp_path)
    district = open_app(district_dir, backup=False)
    try:
        info = package_trust.read_enrollment(district, new_enrollment.path)
        package_trust.accept_enrollment(district, info, confirmed_fingerprint=info.fingerprint)
        with pytest.raises(SyncServiceError, match="dicabut"):
            package_trust.read_enrollment(district, old_enrollment.path)
        assert package_trust.active_village_key_ids(district, DESA) == [info.public.key_id]  # still revoked
    finally:
        district.close()
        reinstalled.close()
    # a package signed with the old key does not inspect as valid at the district
    shutil.rmtree(stick)
    stick.mkdir()
    from desktop_app.services.packages import send

    village = open_app(village_dir, backup=False)
    try:
        from desktop_app.core.person import Person
        from desktop_app.services.records import editing as records

        records.save(village, Person(nik="3503011205800001", full_name="SUPARMAN", birth_date=date(1980, 5, 12),
                                     sex="L", occupation="petani", funding_source="apbd_kabupaten"))
        built = send.export_data_package(village, stick).built
    finally:
        village.close()
    district = open_app(district_dir, backup=False)
    try:
        seen = package_history.inspect(district, built.path)
        assert seen.signature_status != "valid"
    finally:
        district.close()
