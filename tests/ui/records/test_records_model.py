from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.storage import persons as repo
from desktop_app.ui.records import records_model
from desktop_app.ui.records.records_model import RecordsModel
from tests.ui.conftest import active_count


def test_model_passes_qt_model_tester(qtmodeltester, seeded):
    model = RecordsModel(seeded.db, repo.RecordFilter(desa_code=seeded.desa_code))
    assert model.rowCount() == active_count(seeded)
    qtmodeltester.check(model)


def test_fetch_more_in_steps_passes_model_tester(qtmodeltester, seeded, monkeypatch):
    monkeypatch.setattr(records_model, "FETCH_STEP", 7)
    monkeypatch.setattr(records_model, "DATA_PAGE", 5)
    model = RecordsModel(seeded.db)
    total = model.total()
    assert model.rowCount() == 7 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    ids = [model.index(r, 0).data(RecordsModel.PersonIdRole) for r in range(total)]
    assert len(set(ids)) == total


def test_first_page_then_full_list_with_runner(qtmodeltester, seeded, runner, monkeypatch):
    monkeypatch.setattr(records_model, "FETCH_STEP", 10)
    model = RecordsModel(seeded.db, runner=runner)
    assert model.complete and model.total() == active_count(seeded)
    qtmodeltester.check(model)


def test_roles_and_headers(seeded, qapp):
    model = RecordsModel(seeded.db)
    assert model.headerData(RecordsModel.COL_NIK, Qt.Orientation.Horizontal) == "NIK"
    index = model.index(0, RecordsModel.COL_STATUS)
    assert model.data(index, RecordsModel.StatusRole) in {"perlu_perbaikan", "siap_kirim", "terkirim", "ditolak"}
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    nik = model.data(model.index(0, RecordsModel.COL_NIK))
    assert "*" not in nik  # the village sees its own NIKs in full


def test_sort_requeries_in_sql(seeded, qapp):
    model = RecordsModel(seeded.db)
    model.sort(RecordsModel.COL_NIK, Qt.SortOrder.DescendingOrder)
    niks = [model.index(r, RecordsModel.COL_NIK).data(RecordsModel.SortKeyRole) or "" for r in range(model.rowCount())]
    assert niks == sorted(niks, reverse=True)


def test_problem_rows_sort_first_by_issues(seeded, qapp):
    model = RecordsModel(seeded.db)
    model.sort(RecordsModel.COL_ISSUES, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data(RecordsModel.StatusRole) == "perlu_perbaikan"
    assert model.index(0, RecordsModel.COL_ISSUES).data()


@pytest.mark.parametrize("text", ["SITI", "siti", "3503", "RT", "WONO REJO", "0812", "x y z", "'3503.01"])
def test_in_memory_search_matches_sql(seeded, qapp, text):
    model = RecordsModel(seeded.db)
    flt = repo.RecordFilter(desa_code=seeded.desa_code, search=text)
    model.reload(flt)
    with seeded.db.read() as session:
        expected = repo.select_ids(session, flt)
    assert model.ids() == expected


def test_search_while_typing_matches_sql_at_every_keystroke(seeded, qapp):
    """Narrowing reuses the previous matches; widening, reordering or switching to digits must not."""
    model = RecordsModel(seeded.db)
    typed = ["S", "SI", "SIT", "SITI", "SITI ", "SITI A", "A SITI", "SITI", "S", "", "W", "WO", "WONO",
             "WONO R", "R WONO X", "R WONO", "3", "35", "350", "3503", "35030", "3", "3 A", "0812", "08", ""]
    with seeded.db.read() as session:
        for text in typed:
            flt = repo.RecordFilter(desa_code=seeded.desa_code, search=text)
            model.reload(flt)
            assert model.ids() == repo.select_ids(session, flt), text


def test_status_filter(seeded, qapp):
    model = RecordsModel(seeded.db)
    model.set_filter(status="perlu_perbaikan")
    assert model.total() > 0
    assert all(model.index(r, 0).data(RecordsModel.StatusRole) == "perlu_perbaikan" for r in range(model.rowCount()))
