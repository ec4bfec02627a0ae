"""The packages service on its own: what a data package holds back, what it marks as sent, the
refusals before trust is set up, and the history with its kept copies."""

from __future__ import annotations

import json
from datetime import date

import pytest

from desktop_app.core.person import Person
from desktop_app.services.packages import common as package_common
from desktop_app.services.packages import history as package_history
from desktop_app.services.packages import send as package_send
from desktop_app.services.packages import trust as package_trust
from desktop_app.services.records import editing as records
from desktop_app.services.records import listing
from desktop_app.services.setup.profile import init_profile


@pytest.fixture
def pair(tmp_path):
    village = init_profile(tmp_path / "desa", "desa", "35.03.01.2001", ["Siti"])
    district = init_profile(tmp_path / "kab", "kabupaten", "35.03", ["Budi"])
    yield village, district, tmp_path
    village.close()
    district.close()


def _trust(village, district, stick):
    built = package_trust.export_enrollment(village, stick)
    info = package_trust.read_enrollment(district, built.path)
    package_trust.accept_enrollment(district, info, confirmed_fingerprint=package_common.own_fingerprint(village))
    config = package_trust.export_config(district, stick)
    package_trust.apply_config(village, package_trust.read_config(village, config.path),
                               confirmed_fingerprint=package_common.own_fingerprint(district))


def _person(**kw) -> Person:
    base = dict(nik="3503011205800001", full_name="SUPARMAN", birth_date=date(1980, 5, 12), sex="L",
                occupation="petani", funding_source="apbd_kabupaten")
    base.update(kw)
    return Person(**base)


def test_no_data_package_before_the_district_key_is_pinned(pair):
    village, _district, tmp = pair
    records.save(village, _person())
    with pytest.raises(package_common.SyncServiceError) as caught:
        package_send.export_data_package(village, tmp)
    assert "konfigurasi" in str(caught.value)


def test_the_district_does_not_send_data_packages(pair):
    _village, district, tmp = pair
    with pytest.raises(package_common.SyncServiceError):
        package_send.export_data_package(district, tmp)


def test_errors_are_held_back_and_what_travels_is_marked_sent(pair):
    village, district, tmp = pair
    stick = tmp / "stick"
    stick.mkdir()
    _trust(village, district, stick)
    good = records.save(village, _person()).person
    bad = records.save(village, _person(nik="35030112058", full_name="NIK PENDEK")).person
    to_send, deleted, held = package_send.preview_data_package(village)
    assert (to_send, deleted) == (1, 0) and [p.id for p, _ in held] == [bad.id]
    result = package_send.export_data_package(village, stick, with_berita_acara=False)
    assert result.sent == 1 and result.built.manifest.sequence == 1
    status = {pid: row["status"] for pid, row in listing.display_rows(village.db, [good.id, bad.id]).items()}
    assert status == {good.id: "terkirim", bad.id: "perlu_perbaikan"}
    # nothing changed since: the next package has nothing to carry
    assert package_send.preview_data_package(village)[0] == 0
    doc = result.to_dict()
    assert doc["held_back"][0]["id"] == bad.id and json.dumps(doc)


def test_history_lists_sent_and_received_with_their_kept_copies(pair):
    village, district, tmp = pair
    stick = tmp / "stick"
    stick.mkdir()
    _trust(village, district, stick)
    records.save(village, _person())
    package_send.export_data_package(village, stick, with_berita_acara=False)
    entries = package_history.history(village)
    kinds = sorted((e.direction, e.kind) for e in entries)
    assert kinds == [("received", "config"), ("sent", "data"), ("sent", "enrollment")]
    sent = next(e for e in entries if e.kind == "data")
    assert sent.stored_copy is not None and sent.stored_copy.exists()
    opened = package_history.reopen_sent(village, sent)
    assert opened.manifest.kind == "data"
    summary = package_history.inspection_summary(package_history.inspect(district, sent.stored_copy))
    assert summary["summary"]["ok"] and summary["summary"]["signature"] == "valid"
