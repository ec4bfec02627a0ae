"""Feedback (district -> village) and restore packages (a re-installed village gets its records back)."""

from __future__ import annotations

import pytest

from desktop_app.services.app import open_app
from desktop_app.services.district import cases as case_service
from desktop_app.services.district import feedback, merge, restore, verification
from desktop_app.services.district.common import DistrictError
from desktop_app.services.packages import common as package_common
from desktop_app.services.packages import send as package_send
from desktop_app.services.packages import trust as package_trust
from desktop_app.services.packages.common import SyncServiceError
from desktop_app.services.records import editing as records
from desktop_app.services.setup.profile import init_profile

from .conftest import DESA, nik


def _merge(app, *paths):
    return merge.merge_packages(app, list(paths), backup=False)


def test_feedback_moves_village_statuses(kab, tmp_path):
    v = kab.villages[0]
    a = kab.save(0, nik=nik(0, 1), full_name="ANI")
    b = kab.save(0, nik=nik(0, 2), full_name="BUDI")
    shared = kab.save(0, nik=nik(0, 3), full_name="CICI")
    kab.save(1, nik=nik(0, 3), full_name="CICI")
    p1 = kab.send(0)
    assert records.get(v, a.id) and records.counts(v).get("terkirim") == 3  # dalam paket
    c = kab.save(0, nik=nik(0, 4), full_name="DODI")
    kab.send(0)  # p2 never reaches the district
    d = kab.save(0, nik=nik(0, 5), full_name="EDI")
    p3 = kab.send(0)
    _merge(kab.district, p1, p3, kab.send(1))
    verification.verify(kab.district, [a.id], "diterima")
    verification.verify(kab.district, [b.id], "ditolak", reason="Bukan pekerja rentan")
    out = tmp_path / "umpan"
    out.mkdir()
    [fb] = feedback.export_feedback(kab.district, out, desa_codes=[DESA[0]])
    assert fb.received == [1, 3] and fb.missing == [2] and fb.records == 4 and fb.cases == 1

    result = feedback.import_feedback(v, fb.path)
    assert result.applied and result.missing == [2]
    assert "paket 1 diterima kabupaten" in result.summary or "paket 1, 3 diterima" in result.summary
    assert "paket 2 belum" in result.summary
    counts = records.counts(v)
    assert counts.get("diverifikasi") == 1 and counts.get("ditolak") == 1
    assert counts.get("diterima") == 2  # CICI and EDI are held by the district
    assert counts.get("terkirim") == 1  # DODI: in a package the district never got
    got_b = records.get(v, b.id)
    assert got_b.verification_status == "ditolak" and got_b.verification_reason == "Bukan pekerja rentan"
    flagged = [i for i in records.issues_of(v, shared.id) if i.code == "nik.other_village"]
    assert flagged and flagged[0].params["desa"] == DESA[1]
    assert records.get(v, a.id).rev == a.rev  # district fields never raise the village's rev
    assert c.id and d.id

    # twice, or an older one after a newer: nothing changes
    again = feedback.import_feedback(v, fb.path)
    assert not again.applied
    case = case_service.list_cases(kab.district)[0]
    case_service.decide(kab.district, case.id, "keep", keep=next(i for i in case.person_ids if i != shared.id))
    [fb2] = feedback.export_feedback(kab.district, out, desa_codes=[DESA[0]])
    assert fb2.sequence == 2
    assert feedback.import_feedback(v, fb2.path).applied
    assert records.get(v, shared.id).verification_status == "ditolak"
    before = records.counts(v)
    assert not feedback.import_feedback(v, fb.path).applied
    assert records.counts(v) == before
    assert feedback.last_feedback(v)["sequence"] == 2


def test_feedback_for_another_village_or_unpinned_key_refused(kab, tmp_path):
    kab.save(1, nik=nik(1, 1), full_name="FAJAR")
    _merge(kab.district, kab.send(1))
    out = tmp_path / "fb"
    out.mkdir()
    [for_village_1] = feedback.export_feedback(kab.district, out, desa_codes=[DESA[1]])
    with pytest.raises(SyncServiceError):
        feedback.import_feedback(kab.villages[0], for_village_1.path)
    # an impostor district (same kabupaten code, not the pinned key) that enrolled village 0
    impostor = init_profile(tmp_path / "palsu", "kabupaten", "35.03", ["Palsu"])
    try:
        built = package_trust.export_enrollment(kab.villages[0], tmp_path)
        info = package_trust.read_enrollment(impostor, built.path)
        package_trust.accept_enrollment(impostor, info,
                                        confirmed_fingerprint=package_common.own_fingerprint(kab.villages[0]))
        [forged] = feedback.export_feedback(impostor, out, desa_codes=[DESA[0]])
        with pytest.raises((SyncServiceError, DistrictError)):
            feedback.import_feedback(kab.villages[0], forged.path)
    finally:
        impostor.close()
    assert feedback.last_feedback(kab.villages[0]) is None
    with pytest.raises(DistrictError):
        feedback.export_feedback(kab.district, out, desa_codes=["35.03.05.2099"])


def test_restore_package_for_a_reinstalled_village(kab, tmp_path):
    old = kab.villages[0]
    a = kab.save(0, nik=nik(0, 1), full_name="ANI")
    p1 = kab.send(0)
    records.save(old, records.get(old, a.id).copy(full_name="ANI L"))
    b = kab.save(0, nik=nik(0, 2), full_name="BUDI")
    records.delete(old, b.id, "pindah")
    p2 = kab.send(0)
    _merge(kab.district, p1, p2)
    verification.verify(kab.district, [a.id], "diterima")

    # the laptop dies; a new installation enrolls again (the old key is revoked) and pins the district
    new = init_profile(tmp_path / "baru", "desa", DESA[0], ["Operator Baru"])
    try:
        built = package_trust.export_enrollment(new, tmp_path)
        info = package_trust.read_enrollment(kab.district, built.path)
        assert info.replaces_key
        package_trust.accept_enrollment(kab.district, info, confirmed_fingerprint=package_common.own_fingerprint(new))
        config = package_trust.export_config(kab.district, tmp_path)
        package_trust.apply_config(new, package_trust.read_config(new, config.path),
                                   confirmed_fingerprint=package_common.own_fingerprint(kab.district))
        out = tmp_path / "pulih"
        out.mkdir()
        made = restore.export_restore(kab.district, DESA[0], out)
        assert made.records == 2 and made.last_sequence == 2

        # the old installation (revoked, other key) cannot use it
        with pytest.raises((SyncServiceError, DistrictError)):
            restore.import_restore(old, made.path)

        result = restore.import_restore(new, made.path)
        assert result.restored == 2 and result.next_sequence == 3
        back = records.get(new, a.id)
        assert back.full_name == "ANI L" and back.rev == records.get(old, a.id).rev
        assert back.verification_status == "diterima"
        assert records.get(new, b.id).deleted
        assert records.counts(new).get("diverifikasi") == 1
        with pytest.raises(DistrictError):  # only into an empty installation
            restore.import_restore(new, made.path)

        # the next data package continues the numbering: no replay, no gap at the district
        records.save(new, records.get(new, a.id).copy(phone="081234567890"))
        nxt = package_send.export_data_package(new, kab.inbox, with_berita_acara=False)
        assert nxt.built.manifest.sequence == 3 and nxt.sent == 1
        run = _merge(kab.district, nxt.built.path)
        assert run.packages[0].status == "merged" and run.packages[0].missing_sequences == []
        assert records.get(kab.district, a.id).phone == "081234567890"
        # the old laptop's packages are refused now (revoked key)
        records.save(old, records.get(old, a.id).copy(notes="laptop lama"))
        stale = package_send.export_data_package(old, tmp_path, with_berita_acara=False)
        assert _merge(kab.district, stale.built.path).packages[0].status == "refused"
    finally:
        new.close()
    reopened = open_app(kab.district.data_dir, backup=False)
    reopened.close()


def test_a_desk_session_village_carries_on_by_itself_with_a_restore_package(kab, tmp_path):
    """Issue 15 item 4: the officer imports the list of a desa that has no SIPERA (for that desa),
    and the day the desa installs SIPERA it gets a restore package and carries on by itself."""
    from desktop_app.services.sheets import importer

    desk_desa = "35.03.01.2005"  # a desa of the kabupaten with no SIPERA yet
    csv = tmp_path / "daftar-desa.csv"
    csv.write_text("NIK;NAMA;TGL LAHIR;L/P;PEKERJAAN\n"
                   "3503011205800011;PARMIN;12-05-1980;L;PETANI\n"
                   "3503015505850012;SARTINI;15-05-1985;P;PEDAGANG\n", encoding="utf-8")
    report = importer.run_import(kab.district, importer.analyse(kab.district, csv), desa_code=desk_desa)
    assert report.created == 2

    village = init_profile(tmp_path / "desa-baru", "desa", desk_desa, ["Operator Desa"])
    try:
        built = package_trust.export_enrollment(village, tmp_path)
        info = package_trust.read_enrollment(kab.district, built.path)
        package_trust.accept_enrollment(kab.district, info,
                                        confirmed_fingerprint=package_common.own_fingerprint(village))
        config = package_trust.export_config(kab.district, tmp_path)
        package_trust.apply_config(village, package_trust.read_config(village, config.path),
                                   confirmed_fingerprint=package_common.own_fingerprint(kab.district))
        out = tmp_path / "pulih-desk"
        out.mkdir()
        made = restore.export_restore(kab.district, desk_desa, out)
        assert made.records == 2 and made.last_sequence == 0
        result = restore.import_restore(village, made.path)
        assert result.restored == 2 and result.next_sequence == 1
        parmin = records.find_by_nik(village, "3503011205800011")[0]
        records.save(village, parmin.copy(phone="081234567890"))
        nxt = package_send.export_data_package(village, kab.inbox, with_berita_acara=False)
        assert nxt.built.manifest.sequence == 1
        run = _merge(kab.district, nxt.built.path)
        assert run.packages[0].status == "merged" and run.packages[0].missing_sequences == []
        assert records.get(kab.district, parmin.id).phone == "081234567890"  # the same record, not a copy
        assert len(records.find_by_nik(kab.district, "3503011205800011")) == 1
    finally:
        village.close()
