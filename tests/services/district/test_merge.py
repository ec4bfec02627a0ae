"""Merging village packages at the district: three villages, any order, replays, gaps,
deletions and restorations, a NIK claimed by two villages, and older packages never rolling back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.services.district import cases as case_service
from desktop_app.services.district import merge, verification
from desktop_app.services.district.common import DistrictError
from desktop_app.services.records import editing as records

from .conftest import DESA, copy_template, nik
from .helpers import forged_data_package, snapshot


def _merge(app, *paths):
    return merge.merge_packages(app, list(paths), backup=False)


def _three_packages(kab):
    """Village 0: p1 creates A and B; p2 changes A and deletes B; p3 creates C."""
    a = kab.save(0, nik=nik(0, 1), full_name="ANI")
    b = kab.save(0, nik=nik(0, 2), full_name="BUDI")
    p1 = kab.send(0)
    records.save(kab.villages[0], a.copy(full_name="ANI LESTARI"))
    records.delete(kab.villages[0], b.id, "pindah")
    p2 = kab.send(0)
    c = kab.save(0, nik=nik(0, 3), full_name="CICI")
    p3 = kab.send(0)
    return (a, b, c), (p1, p2, p3)


def test_in_order_counts_and_every_record_accounted_for(kab):
    (a, b, c), (p1, p2, p3) = _three_packages(kab)
    run = _merge(kab.district, p1, p2, p3)
    assert [p.status for p in run.packages] == ["merged"] * 3
    assert [p.sequence for p in run.packages] == [1, 2, 3]
    assert run.packages[0].counts == {"created": 2, "updated": 0, "unchanged": 0, "stale": 0, "deleted": 0,
                                      "rejected": 0}
    assert run.packages[1].counts["updated"] == 1 and run.packages[1].counts["deleted"] == 1
    assert run.packages[2].counts["created"] == 1
    for p in run.packages:  # every record of every package is in exactly one count
        assert p.records == len(merge.open_records(kab.district, Path(p.file)))
    got = records.get(kab.district, a.id)
    assert got.full_name == "ANI LESTARI" and got.desa_code == DESA[0]
    assert records.get(kab.district, b.id).deleted
    assert all(not p.missing_sequences for p in run.packages)


def test_reverse_order_ends_in_the_same_database(kab, _template, tmp_path):
    _, packages = _three_packages(kab)
    _merge(kab.district, *packages)
    other = copy_template(_template, tmp_path / "other")
    try:
        run = _merge(other.district, *reversed(packages))
        assert [p.status for p in run.packages] == ["merged"] * 3
        # p2 first: A arrives at rev 2, B as a tombstone; p1 then finds both newer: stale
        assert run.packages[2].counts["stale"] == 2
        assert run.packages[0].missing_sequences == [1, 2]  # p3 first: 1 and 2 not yet received
        assert run.packages[2].missing_sequences == []
        assert snapshot(other.district)["persons"] == snapshot(kab.district)["persons"]
    finally:
        other.district.close()
        for v in other.villages:
            v.close()


def test_replay_changes_nothing_and_says_when(kab):
    _, (p1, _p2, _p3) = _three_packages(kab)
    _merge(kab.district, p1)
    before = snapshot(kab.district)
    copy = p1.with_name("salinan-dari-email.sipera")
    shutil.copyfile(p1, copy)
    run = _merge(kab.district, copy)
    assert run.packages[0].status == "already_merged"
    assert "sudah digabung pada" in run.packages[0].reason
    assert snapshot(kab.district) == before


def test_gap_is_merged_and_reported(kab):
    _, (p1, p2, p3) = _three_packages(kab)
    run = _merge(kab.district, p1, p3)
    assert [p.status for p in run.packages] == ["merged", "merged"]
    assert run.packages[1].missing_sequences == [2]
    from desktop_app.services.district import villages

    row = next(v for v in villages.village_overview(kab.district) if v.desa_code == DESA[0])
    assert row.missing_sequences == [2] and row.last_sequence == 3
    run = _merge(kab.district, p2)
    assert run.packages[0].missing_sequences == []


def test_deletion_and_restoration_travel(kab):
    a = kab.save(1, nik=nik(1, 1), full_name="DEWI")
    p1 = kab.send(1)
    records.delete(kab.villages[1], a.id, "salah_input")
    p2 = kab.send(1)
    records.restore(kab.villages[1], a.id)
    p3 = kab.send(1)
    run = _merge(kab.district, p1, p2)
    assert run.packages[1].counts["deleted"] == 1 and records.get(kab.district, a.id).deleted
    run = _merge(kab.district, p3)
    assert run.packages[0].counts["updated"] == 1
    assert not records.get(kab.district, a.id).deleted


def test_older_package_never_rolls_back_edits_or_district_fields(kab):
    a = kab.save(0, nik=nik(0, 1), full_name="EKO")
    p1 = kab.send(0)
    records.save(kab.villages[0], records.get(kab.villages[0], a.id).copy(full_name="EKO PRASETYO"))
    p2 = kab.send(0)
    _merge(kab.district, p2)
    verification.verify(kab.district, [a.id], "diterima")
    records.save(kab.villages[0], records.get(kab.villages[0], a.id).copy(phone="081234567890"))
    p3 = kab.send(0)
    run = _merge(kab.district, p3, p1)
    assert run.packages[0].counts["updated"] == 1 and run.packages[1].counts["stale"] == 1
    got = records.get(kab.district, a.id)
    assert got.full_name == "EKO PRASETYO" and got.phone == "081234567890"
    assert got.verification_status == "diterima"  # district-owned: kept by the village's newer rev


def test_nik_in_two_villages_opens_a_case_and_decisions(kab):
    same = nik(0, 7)
    x = kab.save(0, nik=same, full_name="FAJAR")
    y = kab.save(1, nik=same, full_name="FAJAR S")
    run = _merge(kab.district, kab.send(0), kab.send(1))
    assert run.packages[0].cases_opened == 0 and run.packages[1].cases_opened == 1
    for pid, other in ((x.id, DESA[1]), (y.id, DESA[0])):
        issues = records.issues_of(kab.district, pid)
        flagged = [i for i in issues if i.code == "nik.other_village"]
        assert flagged and flagged[0].params["desa"] == other
    [case] = case_service.list_cases(kab.district, open_only=True)
    assert case.nik == same and sorted(case.person_ids) == sorted([x.id, y.id])

    decided = case_service.decide(kab.district, case.id, "keep", keep=x.id, note="KTP dicek")
    assert decided.status == "decided" and decided.decided_by == "Budi"
    assert records.get(kab.district, y.id).verification_status == "ditolak"
    assert records.get(kab.district, y.id).verification_reason == case_service.REASON_OTHER_VILLAGE
    assert records.get(kab.district, x.id).verification_status == "belum"
    # the decision can be changed: the earlier effect is undone first
    changed = case_service.decide(kab.district, case.id, "not_same")
    assert [e["decision"] for e in changed.log] == ["keep", "not_same"]
    assert {records.get(kab.district, i).verification_status for i in (x.id, y.id)} == {"perbaikan"}
    later = case_service.decide(kab.district, case.id, "later")
    assert later.is_open and {records.get(kab.district, i).verification_status for i in (x.id, y.id)} == {"belum"}
    _, side_by_side = case_service.case_detail(kab.district, case.id)
    assert {r.person.desa_code for r in side_by_side} == {DESA[0], DESA[1]}
    assert all(r.history for r in side_by_side)
    with pytest.raises(DistrictError):
        case_service.decide(kab.district, case.id, "keep", keep="bukan-id")


def test_case_closes_when_one_village_deletes_its_record(kab):
    same = nik(0, 8)
    kab.save(0, nik=same, full_name="GITA")
    y = kab.save(1, nik=same, full_name="GITA")
    _merge(kab.district, kab.send(0), kab.send(1))
    assert len(case_service.list_cases(kab.district, open_only=True)) == 1
    records.delete(kab.villages[1], y.id, "pindah")
    _merge(kab.district, kab.send(1))
    assert case_service.list_cases(kab.district, open_only=True) == []
    assert all(i.code != "nik.other_village" for p in records.find_by_nik(kab.district, same)
               for i in records.issues_of(kab.district, p.id))


def test_case_closes_when_one_village_corrects_the_nik(kab):
    """The record left alone with the NIK loses its flag, although no record shares it any more."""
    same = nik(0, 9)
    x = kab.save(0, nik=same, full_name="HANA")
    y = kab.save(1, nik=same, full_name="HANA")
    _merge(kab.district, kab.send(0), kab.send(1))
    assert len(case_service.list_cases(kab.district, open_only=True)) == 1
    records.save(kab.villages[1], records.get(kab.villages[1], y.id).copy(nik=nik(1, 19)))
    _merge(kab.district, kab.send(1))
    assert case_service.list_cases(kab.district, open_only=True) == []
    for pid in (x.id, y.id):
        assert all(i.code != "nik.other_village" for i in records.issues_of(kab.district, pid))


def test_record_of_another_village_rejected_rest_merged(kab, monkeypatch):
    a = kab.save(0, nik=nik(0, 1), full_name="HADI")
    foreign = kab.save(1, nik=nik(1, 1), full_name="IRA")
    _merge(kab.district, kab.send(1))
    unsent = kab.save(1, nik=nik(1, 2), full_name="JOKO")
    mine = records.get(kab.villages[0], a.id).to_json()
    stolen = dict(mine, id=foreign.id, rev=9, nik=nik(0, 2))  # village 0 claims village 1's record id
    other = dict(records.get(kab.villages[1], unsent.id).to_json(), rev=9)  # a record of village 1
    for line in (mine, stolen, other):
        line.pop("sent_rev", None)
    path = forged_data_package(kab.villages[0], kab.district, kab.inbox, [mine, stolen, other], sequence=1,
                               monkeypatch=monkeypatch)
    run = _merge(kab.district, path)
    [p] = run.packages
    assert p.status == "merged" and p.counts["created"] == 1 and p.counts["rejected"] == 2
    assert records.get(kab.district, foreign.id).full_name == "IRA"
    assert records.get(kab.district, unsent.id) is None


def test_refused_and_wrong_mode(kab):
    bad = kab.inbox / "rusak.sipera"
    bad.write_bytes(b"bukan paket")
    run = _merge(kab.district, bad)
    assert run.packages[0].status == "refused" and "bukan paket SIPERA" in run.packages[0].reason
    with pytest.raises(DistrictError):
        merge.merge_packages(kab.villages[0], [bad])


def test_folder_and_one_backup_per_run(kab):
    _three_packages(kab)
    (kab.inbox / ".SIPERA_data_x.sipera.part").write_bytes(b"half")
    (kab.inbox / "catatan.txt").write_text("bukan paket")
    run = merge.merge_packages(kab.district, [kab.inbox])
    assert [p.sequence for p in run.packages] == [1, 2, 3]
    assert run.backup is not None and run.backup.exists()


def test_cancel_stops_between_packages(kab):
    from desktop_app.core.progress import Progress

    _, packages = _three_packages(kab)
    progress = Progress()
    seen = []

    def report(done, total):
        seen.append(done)
        if done == 1:
            progress.cancel()

    progress._report = report
    run = merge.merge_packages(kab.district, list(packages), progress=progress, backup=False)
    assert run.cancelled and len(run.packages) == 1
