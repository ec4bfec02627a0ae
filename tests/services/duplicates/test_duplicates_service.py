"""Scan, review and decide in the village: the actions, undo, remembered "not the same person",
and no decision ever removes a record physically."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from desktop_app.core.person import Person
from desktop_app.services.duplicates import decisions, review
from desktop_app.services.duplicates import scan as scanning
from desktop_app.services.records import editing as records
from desktop_app.services.setup.profile import init_profile

DESA = "35.03.01.2001"


@pytest.fixture
def village(tmp_path):
    app = init_profile(tmp_path / "data", "desa", DESA, ["Operator Uji"])
    yield app
    app.close()


def _p(name: str, nik: str, born: date | None, sex: str = "L", **kw) -> Person:
    return Person(desa_code=DESA, full_name=name, nik=nik, birth_date=born, sex=sex, **kw)


@pytest.fixture
def pair(village):
    """MUHAMMAD ROFIQ twice (spelling variant, NIK one digit off) and a clean neighbour."""
    a = _p("MUHAMMAD ROFIQ", "3503011205800003", date(1980, 5, 12), kk_number="3503010101100001", rt="001", rw="002")
    b = _p("MOCH. ROFIQ", "3503011205800004", date(1980, 5, 12), kk_number="3503010101100001", rt="001", rw="002")
    c = _p("SITI AMINAH", "3503015708850001", date(1985, 8, 17), sex="P")
    records.create_many(village, [a, b, c])
    return a, b, c


def _row_count(app) -> int:  # noqa: ANN001
    con = sqlite3.connect(app.db.path)
    try:
        return con.execute("SELECT count(*) FROM persons").fetchone()[0]
    finally:
        con.close()


def _pairs(app) -> set[frozenset[str]]:  # noqa: ANN001
    return {frozenset((p.a.id, p.b.id)) for p in scanning.scan(app).pairs}


def test_scan_finds_the_pair_once_with_reasons(village, pair):
    a, b, _c = pair
    result = scanning.scan(village)
    assert result.scanned == 3
    assert [frozenset((p.a.id, p.b.id)) for p in result.pairs] == [frozenset((a.id, b.id))]
    found = result.pairs[0]
    assert found.a.id < found.b.id
    assert {"nik.one_digit", "name.same", "birth.same", "kk.same", "rt.same"} <= set(found.reasons)
    doc = found.to_json()
    assert set(doc) == {"a", "b", "score", "reasons"}
    assert set(doc["a"]) == {"id", "nik", "full_name", "desa_code"}
    assert doc["a"]["desa_code"] == DESA


def test_scan_can_be_cancelled(village, pair):
    from desktop_app.core.progress import Cancelled, Progress

    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        scanning.scan(village, progress=progress)


def test_same_person_tombstones_the_other_and_undo_restores_it(village, pair):
    a, b, _c = pair
    before = _row_count(village)
    decision = decisions.same_person(village, a.id, b.id)
    removed = records.get(village, b.id)
    assert removed.deleted and "duplikat" in removed.delete_reason.lower() and a.id in removed.delete_reason
    assert not records.get(village, a.id).deleted
    assert _row_count(village) == before  # nothing removed physically
    assert _pairs(village) == set()
    history = records.history(village, b.id)
    assert [h.action for h in history][-1] == "delete"
    assert history[-1].changes["duplicate_of"] == [None, a.id]
    assert any(h.action == "duplikat" for h in records.history(village, a.id))

    decisions.undo(village, decision.id)
    assert not records.get(village, b.id).deleted
    assert _row_count(village) == before
    assert [h.action for h in records.history(village, b.id)][-2:] == ["delete", "restore"]
    assert _pairs(village) == {frozenset((a.id, b.id))}
    with pytest.raises(decisions.DecisionError):
        decisions.undo(village, decision.id)


def test_not_same_person_is_remembered_until_a_compared_field_changes(village, pair):
    a, b, _c = pair
    decision = decisions.not_same_person(village, b.id, a.id)
    assert (decision.a_id, decision.b_id) == tuple(sorted((a.id, b.id)))
    assert _pairs(village) == set()
    result = scanning.scan(village)
    assert result.hidden_not_same == 1
    # an edit that does not touch the compared fields: still not proposed
    records.save(village, records.get(village, b.id).copy(occupation="petani", notes="sudah dicek"))
    assert _pairs(village) == set()
    # nor does the record form warn about it
    issues = records.check(village, records.get(village, b.id))
    assert not [i for i in issues if i.code == "dup.similar"]
    # a compared field changed (the phone): the pair may be proposed again
    records.save(village, records.get(village, b.id).copy(phone="081234567890"))
    assert _pairs(village) == {frozenset((a.id, b.id))}


def test_undo_not_same_brings_the_pair_back(village, pair):
    a, b, _c = pair
    decision = decisions.not_same_person(village, a.id, b.id)
    assert _pairs(village) == set()
    decisions.undo_last(village)
    assert _pairs(village) == {frozenset((a.id, b.id))}
    assert not decisions.decisions(village, include_undone=False)
    assert decisions.decisions(village)[0].id == decision.id


def test_later_keeps_the_pair_marked(village, pair):
    a, b, _c = pair
    decisions.later(village, a.id, b.id)
    [found] = scanning.scan(village).pairs
    assert found.decision == "later"
    # a later decision is closed by the final one
    decisions.not_same_person(village, a.id, b.id)
    assert [d.decision for d in decisions.decisions(village, include_undone=False)] == ["not_same"]


def test_no_decision_ever_removes_a_record(village, pair):
    a, b, c = pair
    before = _row_count(village)
    d1 = decisions.later(village, a.id, c.id)
    d2 = decisions.not_same_person(village, a.id, c.id)
    d3 = decisions.same_person(village, b.id, a.id)
    for d in (d3, d2, d1):
        try:
            decisions.undo(village, d.id)
        except decisions.DecisionError:
            pass  # the "later" was already closed by the not-same decision
        assert _row_count(village) == before
    assert all(not records.get(village, p.id).deleted for p in (a, b, c))


def test_same_person_refuses_a_deleted_record(village, pair):
    a, b, _c = pair
    records.delete(village, b.id, "pindah")
    with pytest.raises(decisions.DecisionError):
        decisions.same_person(village, a.id, b.id)
    with pytest.raises(decisions.DecisionError):
        decisions.same_person(village, a.id, a.id)


def test_review_shows_agreeing_and_differing_fields(village, pair):
    a, b, _c = pair
    detail = review.pair_detail(village, a.id, b.id)
    assert detail.fields["kk_number"] == "same"
    assert detail.fields["nik"] == "similar"
    assert detail.fields["full_name"] == "similar"
    assert detail.fields["phone"] == "missing"
    assert detail.judgement.probable
    assert [h.action for h in detail.history_a] == ["create"]
    assert detail.decision is None


def test_entry_check_shows_reasons(village, pair):
    a, _b, _c = pair
    typed = _p("MOHAMAD ROFIK", "", date(1980, 5, 12), kk_number="3503010101100001")
    issues = [i for i in records.check(village, typed) if i.code == "dup.similar"]
    assert issues and issues[0].params["reasons"]
    assert "kk.same" in issues[0].params["reasons"]


def test_district_decisions_are_cases(tmp_path):
    district = init_profile(tmp_path / "kab", "kabupaten", "35.03", ["Petugas"])
    try:
        with pytest.raises(decisions.DecisionError):
            decisions.not_same_person(district, "a", "b")
        assert scanning.scan(district).pairs == []
    finally:
        district.close()
