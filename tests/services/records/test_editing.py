"""The records service as the window and the CLI use it: save, refuse a second NIK, delete with a
reason (a tombstone, never a physical delete), restore, history, lists and the overview numbers."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.person import Person
from desktop_app.services.records import editing as records
from desktop_app.services.records import listing, overview
from desktop_app.services.setup.profile import init_profile

DESA = "35.03.01.2001"


@pytest.fixture
def village(tmp_path):
    app = init_profile(tmp_path / "data", "desa", DESA, ["Siti"])
    app.operator = "Siti"
    yield app
    app.close()


def _person(**kw) -> Person:
    base = dict(nik="3503011205800001", full_name="SUPARMAN", birth_date=date(1980, 5, 12), sex="L",
                occupation="petani", funding_source="apbd_kabupaten")
    base.update(kw)
    return Person(**base)


def test_save_gives_a_uuid_rev_one_and_a_history_line(village):
    saved = records.save(village, _person())
    assert saved.created and not saved.has_errors
    assert len(saved.person.id) == 36 and saved.person.rev == 1
    entries = records.history(village, saved.person.id)
    assert [e.action for e in entries] == ["create"] and entries[0].by == "Siti"


def test_a_second_active_record_with_the_same_nik_is_refused(village):
    records.save(village, _person())
    with pytest.raises(records.DuplicateNik):
        records.save(village, _person(full_name="SUPARMAN KEDUA"))
    assert len(records.find_by_nik(village, "3503011205800001")) == 1


def test_delete_is_a_tombstone_with_its_reason_and_restore_brings_it_back(village):
    pid = records.save(village, _person()).person.id
    with pytest.raises(records.RecordError):
        records.delete(village, pid, "")
    gone = records.delete(village, pid, "pindah")
    assert gone.deleted and gone.rev == 2
    assert records.find_by_nik(village, "3503011205800001") == []
    kept = records.find_by_nik(village, "3503011205800001", include_deleted=True)
    assert [p.id for p in kept] == [pid]  # still in the database
    back = records.restore(village, pid)
    assert not back.person.deleted and back.person.rev == 3
    assert [e.action for e in records.history(village, pid)] == ["create", "delete", "restore"]


def test_a_record_with_errors_is_saved_as_perlu_perbaikan(village):
    saved = records.save(village, _person(nik="3503011205800", full_name="TANPA NIK LENGKAP"))
    assert saved.has_errors
    assert listing.display_rows(village.db, [saved.person.id])[saved.person.id]["status"] == "perlu_perbaikan"
    assert records.counts(village)["perlu_perbaikan"] == 1


def test_listing_filters_search_and_pages(village):
    a = records.save(village, _person()).person
    b = records.save(village, _person(nik="3503015205800002", full_name="SITI AMINAH", sex="P",
                                      birth_date=date(1980, 5, 12))).person
    flt = listing.RecordFilter(desa_code=DESA)
    assert listing.first_ids(village.db, flt, "full_name", False, 10) == [b.id, a.id]
    rows = list(listing.search_rows(village.db, flt, "full_name", False, 100))
    assert [r[0] for r in rows] == [b.id, a.id]
    page = listing.display_rows(village.db, [a.id])
    assert page[a.id]["full_name"] == "SUPARMAN"
    counts, values = listing.filter_choices(village)
    assert counts["siap_kirim"] == 2 and set(values) == {"rt", "rw", "dusun"}


def test_overview_counts_people_and_the_budget(village):
    records.save(village, _person())
    records.save(village, _person(nik="3503015205800002", full_name="SITI AMINAH", sex="P"))
    data = overview.compute_overview(village)
    assert data.active == 2
    assert data.sex == {"L": 1, "P": 1}
    assert data.participants == 2
    programme = village.programme()
    months = (programme.coverage_end.year - programme.coverage_start.year) * 12 + \
        programme.coverage_end.month - programme.coverage_start.month + 1
    assert data.budget_total == 2 * months * programme.rate
