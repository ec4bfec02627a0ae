"""Merge rules: rev decides, district fields survive, order and repetition do not matter."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.sync.merge import apply_feedback, decide, merge_fields

from .conftest import person_record

DISTRICT = {
    "verification_status": "diterima",
    "verification_reason": "ok",
    "dukcapil_match": "padan",
    "bpjs_status": "terdaftar",
    "bpjs_reason": "",
    "kpj_number": "KPJ1",
}


def version(rev: int, *, deleted: bool = False, **changes: Any) -> dict[str, Any]:
    extra: dict[str, Any] = {"full_name": f"Nama rev {rev}", "sent_rev": rev}
    if deleted:
        extra.update(deleted_at=f"2025-01-{rev % 28 + 1:02d}T00:00:00+00:00", delete_reason="pindah")
    extra.update(changes)
    return person_record(0, rev=rev, **extra)


def held(rev: int, **changes: Any) -> dict[str, Any]:
    """What the district holds: a merged record plus its own fields."""
    return {**merge_fields(None, version(rev, **changes)), **DISTRICT}


def test_created_and_created_tombstone() -> None:
    d = decide(None, version(1))
    assert d.outcome == "created" and d.record is not None and d.record["full_name"] == "Nama rev 1"
    assert "sent_rev" not in d.record and "deleted" not in d.record
    # a village cannot set district-owned fields
    sneaky = version(1, verification_status="diterima", kpj_number="FAKE")
    assert not set(DISTRICT) & set(decide(None, sneaky).record)
    t = decide(None, version(2, deleted=True))
    assert t.outcome == "deleted" and t.record["deleted_at"]


def test_higher_rev_replaces_village_fields_keeps_district_fields() -> None:
    d = decide(held(1), version(2, verification_status="ditolak", kpj_number="FAKE"))
    assert d.outcome == "updated"
    assert d.record["full_name"] == "Nama rev 2" and d.record["rev"] == 2
    assert {k: d.record[k] for k in DISTRICT} == DISTRICT


def test_equal_and_lower_rev_change_nothing() -> None:
    assert decide(held(3), version(3)).outcome == "unchanged"
    assert not decide(held(3), version(3)).conflict
    same_rev_other_content = decide(held(3), version(3, full_name="Lain"))
    assert same_rev_other_content.outcome == "unchanged" and same_rev_other_content.conflict
    stale = decide(held(3), version(2))
    assert stale.outcome == "stale" and stale.record is None and not stale.changes


def test_tombstone_and_undelete() -> None:
    d = decide(held(1), version(2, deleted=True))
    assert d.outcome == "deleted" and d.record["deleted_at"] and d.record["kpj_number"] == "KPJ1"
    dead = d.record
    assert decide(dead, version(1)).outcome == "stale"  # an old live version cannot resurrect
    again = decide(dead, version(3, deleted=True))
    assert again.outcome == "updated"
    restored = decide(dead, version(4))
    assert restored.outcome == "updated" and restored.record["deleted_at"] is None


def test_other_village_rejected() -> None:
    other = person_record(0, rev=5, desa="35.03.01.2002")
    d = decide(held(1), other)
    assert d.outcome == "rejected" and d.reason == "merge.other_village" and d.record is None


def test_apply_feedback() -> None:
    mine = version(4)
    fb = {
        "type": "record",
        "id": mine["id"],
        "desa_code": mine["desa_code"],
        "rev": 4,
        **DISTRICT,
        "full_name": "district may not rename",
    }
    out = apply_feedback(mine, fb)
    assert out["full_name"] == mine["full_name"] and out["rev"] == 4 and out["kpj_number"] == "KPJ1"
    assert apply_feedback(out, fb) == out


def apply_all(start: dict[str, Any] | None, versions: list[dict[str, Any]]) -> dict[str, Any] | None:
    state = start
    for v in versions:
        d = decide(state, v)
        if d.record is not None:
            state = d.record
    return state


versions_strategy = st.lists(
    st.tuples(st.integers(min_value=0, max_value=30), st.booleans()),
    min_size=1,
    max_size=7,
    unique_by=lambda t: t[0],  # a rev identifies one version
)


@settings(max_examples=200, deadline=None)
@given(specs=versions_strategy, start_rev=st.none() | st.integers(min_value=0, max_value=10), data=st.data())
def test_order_independent_and_idempotent(
    specs: list[tuple[int, bool]], start_rev: int | None, data: st.DataObject
) -> None:
    versions = [version(rev, deleted=deleted) for rev, deleted in specs]
    start = held(start_rev) if start_rev is not None else None
    baseline = apply_all(start, versions)
    order = data.draw(st.permutations(versions))
    assert apply_all(start, order) == baseline
    # applying everything again (any order, with repeats) changes nothing
    repeated = data.draw(st.lists(st.sampled_from(versions), max_size=10))
    assert apply_all(baseline, repeated) == baseline
    # the winner is the highest rev above what the district held
    top = max(versions, key=lambda v: v["rev"])
    if start is None or top["rev"] > start_rev:
        assert baseline is not None and baseline["rev"] == top["rev"]
        assert baseline["full_name"] == top["full_name"]
        assert (baseline["deleted_at"] is not None) == (top["deleted_at"] is not None)
    else:
        assert baseline == start
    if start is not None:
        assert {k: baseline[k] for k in DISTRICT} == DISTRICT


def test_all_permutations_small() -> None:
    versions = [version(1), version(2, deleted=True), version(3), version(2, deleted=True)]
    results = {repr(sorted(apply_all(None, list(p)).items())) for p in itertools.permutations(versions)}
    assert len(results) == 1
