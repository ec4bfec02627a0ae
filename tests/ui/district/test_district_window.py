"""The district window driven as an officer uses it: merge a folder in Kotak masuk, see the
villages, all records with filters and counts by person, verify a selection, settle a case,
export feedback. Real widgets, tasks inline, pickers and message boxes replaced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.district import cases as case_service
from desktop_app.services.district import feedback
from desktop_app.services.records import editing as records
from desktop_app.ui.district import inbox as inbox_module
from desktop_app.ui.district.window import DistrictWindow
from desktop_app.ui.packages.dialogs import Pick
from tests.services.district.conftest import DESA, nik

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")


@pytest.fixture
def window(qtbot, kab, runner, messages):
    w = DistrictWindow(kab.district, runner)
    qtbot.addWidget(w)
    w.show()
    return w


def _pick_folder(monkeypatch, path):
    monkeypatch.setattr(Pick, "folder", classmethod(lambda cls, *a, **kw: str(path)))


def _row_of(w, code):
    for row in range(w.villagesTable.rowCount()):
        if w.villagesTable.item(row, w.COL_CODE).text() == code:
            return row
    raise AssertionError(code)


def test_inbox_merges_a_folder_and_the_tabs_follow(qtbot, window, kab, messages, monkeypatch, tmp_path):
    w = window
    same = nik(0, 9)
    kab.save(0, nik=same, full_name="ANI")
    kab.save(0, nik=nik(0, 1), full_name="BUDI")
    kab.send(0)
    kab.save(0, nik=nik(0, 2), full_name="CICI")
    kab.send(0)  # package 2 stays behind: a gap
    kab.save(0, nik=nik(0, 3), full_name="DODI")
    third = kab.send(0)
    kab.save(1, nik=same, full_name="ANI W")
    kab.send(1)
    sent2 = sorted(kab.inbox.glob("SIPERA_data_3503012001_0002_*.sipera"))[0]
    sent2.rename(tmp_path / sent2.name)
    (kab.inbox / "rusak.sipera").write_bytes(b"bukan paket")
    assert w.villagesTable.rowCount() > 150  # every desa/kelurahan of Trenggalek

    w.show_tab(w.TAB_INBOX)
    _pick_folder(monkeypatch, kab.inbox)
    qtbot.mouseClick(w.inboxTab.chooseFolderButton, Qt.MouseButton.LeftButton)
    table = w.inboxTab.resultsTable
    assert table.rowCount() == 4
    texts = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(4)]
    statuses = sorted(t[w.inboxTab.COL_STATUS] for t in texts)
    assert statuses == ["Digabung", "Digabung", "Digabung", "Ditolak"]
    assert any("paket nomor 2 belum diterima" in t[w.inboxTab.COL_NOTE] for t in texts)
    assert "3 paket digabung, 1 ditolak" in w.inboxTab.summaryLabel.text()
    assert third.exists()

    # Desa: sequences, the gap, records and the open case
    row = _row_of(w, DESA[0])
    assert w.villagesTable.item(row, w.COL_SEQUENCE).text() == "3"
    assert w.villagesTable.item(row, w.COL_MISSING).text() == "2"
    assert w.villagesTable.item(row, w.COL_ACTIVE).text() == "3"
    assert w.villagesTable.item(row, w.COL_CASES).text() == "1"
    w.villageFilterCombo.setCurrentIndex(w.villageFilterCombo.findData("paket_hilang"))
    assert w.villagesTable.rowCount() == 1
    w.villageFilterCombo.setCurrentIndex(w.villageFilterCombo.findData("belum_mengirim"))
    assert DESA[0] not in {w.villagesTable.item(r, 0).text() for r in range(w.villagesTable.rowCount())}

    # Semua data: every record, one person counted once across villages
    w.show_tab(w.TAB_RECORDS)
    tab = w.recordsTab
    assert tab.model.total() == 4
    assert "4 data" in tab.countsLabel.text() and "3 orang" in tab.countsLabel.text()
    tab.desaCombo.setCurrentIndex(tab.desaCombo.findData(DESA[1]))
    assert tab.model.total() == 1
    tab.desaCombo.setCurrentIndex(0)
    tab.issueCombo.setCurrentIndex(tab.issueCombo.findData("nik.other_village"))
    assert tab.model.total() == 2
    tab.issueCombo.setCurrentIndex(0)
    qtbot.keyClicks(tab.searchEdit, "DODI")
    tab.apply_filters()
    assert tab.model.total() == 1
    tab.recordsTable.selectRow(0)
    assert tab.acceptButton.isEnabled()
    qtbot.mouseClick(tab.acceptButton, Qt.MouseButton.LeftButton)
    dodi = records.find_by_nik(kab.district, nik(0, 3))[0]
    assert dodi.verification_status == "diterima"
    index = tab.model.index(0, tab.model.COL_VERIFICATION)
    assert tab.model.data(index) == "Diterima"
    monkeypatch.setattr(tab, "ask_reason", lambda status: "Bukan pekerja rentan")
    qtbot.mouseClick(tab.rejectButton, Qt.MouseButton.LeftButton)
    assert records.find_by_nik(kab.district, nik(0, 3))[0].verification_status == "ditolak"

    # Kasus: both records side by side, keep the person in village 2
    w.show_tab(w.TAB_CASES)
    cases = w.casesTab
    assert cases.casesTable.rowCount() == 1
    assert len(cases.cards) == 2
    card = next(c for c in cases.cards if records.get(kab.district, c.person_id).desa_code == DESA[1])
    cases.noteEdit.setText("KTP dicek di kantor")
    qtbot.mouseClick(card.keepButton, Qt.MouseButton.LeftButton)
    [case] = case_service.list_cases(kab.district)
    assert case.decision == "keep" and case.note == "KTP dicek di kantor"
    other = next(c.person_id for c in cases.cards if c.person_id != card.person_id)
    assert records.get(kab.district, other).verification_status == "ditolak"
    assert cases.casesTable.rowCount() == 0  # only open cases are listed
    cases.openOnlyCheck.setChecked(False)
    assert cases.casesTable.rowCount() == 1
    assert messages == []

    # feedback for the selected village, then for all
    w.show_tab(w.TAB_VILLAGES)
    w.villageFilterCombo.setCurrentIndex(w.villageFilterCombo.findData("terdaftar"))
    w.villagesTable.selectRow(_row_of(w, DESA[0]))
    out = tmp_path / "umpan"
    out.mkdir()
    _pick_folder(monkeypatch, out)
    w.feedbackSelectedAction.trigger()
    assert len(list(out.glob("SIPERA_feedback_3503012001_*.sipera"))) == 1
    w.feedbackAllAction.trigger()
    assert len(list(out.glob("SIPERA_feedback_*.sipera"))) == 4
    assert [m[0] for m in messages] == ["info", "info"]
    result = feedback.import_feedback(kab.villages[0], sorted(out.glob("SIPERA_feedback_3503012001_*"))[-1])
    assert result.applied and result.missing == [2]


def test_inbox_files_picker(qtbot, window, kab, monkeypatch):
    kab.save(2, nik=nik(2, 1), full_name="EKO")
    path = kab.send(2)
    monkeypatch.setattr(inbox_module, "pick_files", lambda *a, **kw: [str(path)])
    qtbot.mouseClick(window.inboxTab.chooseFilesButton, Qt.MouseButton.LeftButton)
    assert window.inboxTab.resultsTable.item(0, window.inboxTab.COL_STATUS).text() == "Digabung"
    qtbot.mouseClick(window.inboxTab.chooseFilesButton, Qt.MouseButton.LeftButton)
    assert window.inboxTab.resultsTable.item(0, window.inboxTab.COL_STATUS).text() == "Sudah pernah"


def test_search_as_you_type_does_not_read_the_counts_again(qtbot, window, kab, monkeypatch):
    from desktop_app.services.district import villages as village_service

    kab.save(0, nik=nik(0, 1), full_name="ANI")
    kab.save(0, nik=nik(0, 2), full_name="BUDI")
    kab.send(0)
    from desktop_app.services.district import merge

    merge.merge_packages(kab.district, [kab.inbox], backup=False)
    calls = []
    real = village_service.person_counts
    monkeypatch.setattr(village_service, "person_counts", lambda app, flt: calls.append(flt) or real(app, flt))
    w = window
    w.show_tab(w.TAB_RECORDS)
    tab = w.recordsTab
    tab.reload()
    assert tab.model.total() == 2 and "2 data" in tab.countsLabel.text()
    read = len(calls)
    assert read >= 1
    for text in ("A", "AN", "ANI"):
        tab.searchEdit.setText(text)
        tab.apply_filters()
    assert tab.model.total() == 1
    assert len(calls) == read  # the counts do not depend on the search text
    assert "1 ditampilkan" in tab.countsLabel.text() and "2 data" in tab.countsLabel.text()
    tab.desaCombo.setCurrentIndex(tab.desaCombo.findData(DESA[1]))
    assert len(calls) == read + 1  # another filter: read again
    tab.desaCombo.setCurrentIndex(0)
    tab.reload()  # records may have changed: read again
    assert len(calls) == read + 3
