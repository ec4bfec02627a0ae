"""Probable duplicates at the district: *Buat kasus* opens a review case for a pair (never two),
the case is decided like a NIK case, a not-same pair leaves the scan, and the decision reaches
the villages in feedback."""

from __future__ import annotations

import pytest

from desktop_app.services.district import cases as case_service
from desktop_app.services.district import feedback, merge
from desktop_app.services.district.common import DistrictError
from desktop_app.services.duplicates import scan as scanning
from desktop_app.services.records import editing as records

from .conftest import DESA, nik


@pytest.fixture
def pair(kab):
    """The same woman entered in two villages: a typo in her name, one NIK digit apart."""
    a = kab.save(0, nik=nik(0, 11), full_name="SITI AMINAH", sex="P", kk_number="3503010101100001")
    b = kab.save(1, nik=nik(0, 17), full_name="SITI AMINA", sex="P", kk_number="3503010101100001")
    kab.save(1, nik=nik(1, 5), full_name="JOKO SUSILO")
    merge.merge_packages(kab.district, [kab.send(0), kab.send(1)], backup=False)
    return a, b


def _pairs(app):
    return [{p.a.id, p.b.id} for p in scanning.scan(app).pairs]


def test_open_case_from_a_pair_never_twice(kab, pair):
    a, b = pair
    assert {a.id, b.id} in _pairs(kab.district)
    opened = case_service.open_duplicate_case(kab.district, a.id, b.id, note="lihat KK")
    assert opened.created
    case = opened.case
    assert case.kind == case_service.KIND_DUPLICATE and case.status == "open" and case.is_duplicate
    assert sorted(case.person_ids) == sorted([a.id, b.id]) and case.desa_codes == sorted(DESA[:2])
    assert sorted(case.niks) == sorted([a.nik, b.nik])
    again = case_service.open_duplicate_case(kab.district, b.id, a.id)
    assert not again.created and again.case.id == case.id
    assert len(case_service.list_cases(kab.district)) == 1
    [scanned] = [p for p in scanning.scan(kab.district).pairs if {p.a.id, p.b.id} == {a.id, b.id}]
    assert scanned.case_id == case.id
    _info, cards = case_service.case_detail(kab.district, case.id)
    assert {c.person.id for c in cards} == {a.id, b.id}
    with pytest.raises(DistrictError):
        case_service.open_duplicate_case(kab.district, a.id, a.id)
    with pytest.raises(DistrictError):
        case_service.open_duplicate_case(kab.district, a.id, "no-such-id")


def test_keep_one_rejects_the_other_and_feedback_carries_it(kab, pair, tmp_path):
    a, b = pair
    case = case_service.open_duplicate_case(kab.district, a.id, b.id).case
    decided = case_service.decide(kab.district, case.id, "keep", keep=a.id, note="KTP dicek")
    assert decided.status == "decided" and decided.kept_id == a.id
    _info, cards = case_service.case_detail(kab.district, case.id)
    by_id = {c.person.id: c.person for c in cards}
    assert by_id[a.id].verification_status == "belum"
    assert by_id[b.id].verification_status == "ditolak"
    reason = by_id[b.id].verification_reason
    assert reason.startswith("Data ganda: sama dengan ") and "/3503********0011" in reason
    assert a.nik not in reason
    # a decided pair is not proposed again, and "Buat kasus" reopens the same case
    assert {a.id, b.id} not in _pairs(kab.district)
    assert scanning.scan(kab.district).hidden_kept == 1

    out = tmp_path / "fb"
    out.mkdir()
    files = {f.desa_code: f for f in feedback.export_feedback(kab.district, out, desa_codes=list(DESA[:2]))}
    assert files[DESA[0]].cases == 1 and files[DESA[1]].cases == 1
    assert feedback.import_feedback(kab.villages[1], files[DESA[1]].path).applied
    got = records.get(kab.villages[1], b.id)
    assert got.verification_status == "ditolak" and got.verification_reason == reason
    assert records.counts(kab.villages[1]).get("ditolak") == 1
    # no "NIK in another village" flag: the NIKs differ
    assert not [i for i in records.issues_of(kab.villages[1], b.id) if i.code == "nik.other_village"]
    [line] = feedback.last_feedback(kab.villages[1])["cases"]
    assert line["kind"] == "dup.similar" and line["decision"] == "keep" and not line["kept_here"]
    assert feedback.import_feedback(kab.villages[0], files[DESA[0]].path).applied
    assert records.get(kab.villages[0], a.id).verification_status == "belum"
    assert not [i for i in records.issues_of(kab.villages[0], a.id) if i.code == "nik.other_village"]

    # the decision can be changed: later puts the verification back
    case_service.decide(kab.district, case.id, "later")
    _info, cards = case_service.case_detail(kab.district, case.id)
    assert {c.person.verification_status for c in cards} == {"belum"}
    assert {a.id, b.id} in _pairs(kab.district)


def test_not_same_is_remembered_by_the_scan(kab, pair):
    a, b = pair
    case = case_service.open_duplicate_case(kab.district, a.id, b.id).case
    decided = case_service.decide(kab.district, case.id, "not_same", note="orang berbeda")
    assert decided.status == "decided" and decided.decision == "not_same"
    _info, cards = case_service.case_detail(kab.district, case.id)
    assert {c.person.verification_status for c in cards} == {"belum"}  # nobody rejected
    result = scanning.scan(kab.district)
    assert {a.id, b.id} not in [{p.a.id, p.b.id} for p in result.pairs]
    assert result.hidden_not_same == 1
    # changing the decision brings the pair back
    case_service.decide(kab.district, case.id, "later")
    assert {a.id, b.id} in _pairs(kab.district)
    case_service.decide(kab.district, case.id, "not_same")
    assert {a.id, b.id} not in _pairs(kab.district)


def test_village_cannot_open_a_case(kab, pair):
    a, b = pair
    with pytest.raises(DistrictError):
        case_service.open_duplicate_case(kab.villages[0], a.id, b.id)


def test_not_same_in_one_village_reaches_the_village_scan(kab, tmp_path):
    a = kab.save(0, nik=nik(0, 21), full_name="SITI AMINAH", sex="P", kk_number="3503010101100001")
    b = kab.save(0, nik=nik(0, 27), full_name="SITI AMINA", sex="P", kk_number="3503010101100001")
    village = kab.villages[0]
    assert {a.id, b.id} in _pairs(village)
    assert any(i.code == "dup.similar" for i in records.issues_of(village, b.id))  # found when b was typed
    merge.merge_packages(kab.district, [kab.send(0)], backup=False)
    case = case_service.open_duplicate_case(kab.district, a.id, b.id).case
    assert case.desa_codes == [DESA[0]]
    case_service.decide(kab.district, case.id, "not_same")
    [fb] = feedback.export_feedback(kab.district, tmp_path, desa_codes=[DESA[0]])
    assert feedback.import_feedback(village, fb.path).applied
    assert {a.id, b.id} not in _pairs(village)
    assert not any(i.code == "dup.similar" for i in records.issues_of(village, b.id))
    assert records.get(village, a.id).verification_status == "belum"


def test_pair_case_closes_when_a_village_deletes_one_record(kab, pair):
    a, b = pair
    case = case_service.open_duplicate_case(kab.district, a.id, b.id).case
    [joko] = records.find_by_nik(kab.district, nik(1, 5))
    untouched = case_service.open_duplicate_case(kab.district, a.id, joko.id).case
    records.delete(kab.villages[1], b.id, "salah_input")
    run = merge.merge_packages(kab.district, [kab.send(1)], backup=False)
    assert run.packages[0].counts["deleted"] == 1
    by_id = {c.id: c for c in case_service.list_cases(kab.district)}
    assert by_id[case.id].status == "closed" and not by_id[case.id].is_open
    assert by_id[untouched.id].is_open  # a case that does not name the deleted record stays
