"""District duplicates as the officer works them: Kasus > Cari Data Ganda..., *Buat kasus* for a
pair (twice: still one case), the case in the Kasus tab decided with *Simpan data ini*, and the
village's form showing the district's reason after the feedback. Real widgets, tasks inline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.services.district import cases as case_service
from desktop_app.services.district import feedback, merge
from desktop_app.services.records import editing as records
from desktop_app.ui.district.window import DistrictWindow
from desktop_app.ui.duplicates.review import DuplicatesDialog
from tests.services.district.conftest import DESA, nik

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")


def test_buat_kasus_then_decide_in_the_kasus_tab(qtbot, kab, runner, messages, tmp_path):
    a = kab.save(0, nik=nik(0, 11), full_name="SITI AMINAH", sex="P", kk_number="3503010101100001")
    b = kab.save(1, nik=nik(0, 17), full_name="SITI AMINA", sex="P", kk_number="3503010101100001")
    merge.merge_packages(kab.district, [kab.send(0), kab.send(1)], backup=False)

    w = DistrictWindow(kab.district, runner)
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentIndex(w.TAB_CASES)
    tab = w.casesTab
    assert tab.casesTable.rowCount() == 0 and tab.emptyLabel.isVisibleTo(tab)
    dlg = tab.open_duplicates()
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.result is not None)
    row = next(i for i, p in enumerate(dlg.pairs) if {p.a.id, p.b.id} == {a.id, b.id})
    dlg.pairsTable.selectRow(row)
    assert dlg.caseButton.isVisibleTo(dlg) and dlg.caseButton.isEnabled()
    assert not dlg.keepAButton.isVisibleTo(dlg) and not dlg.keepAButton.isEnabled()
    qtbot.mouseClick(dlg.caseButton, Qt.MouseButton.LeftButton)
    [case] = case_service.list_cases(kab.district)
    assert case.kind == case_service.KIND_DUPLICATE
    assert f"Kasus #{case.id} dibuat" in dlg.summaryLabel.text()
    row = next(i for i, p in enumerate(dlg.pairs) if {p.a.id, p.b.id} == {a.id, b.id})
    assert dlg.pairsTable.item(row, 3).text() == f"kasus #{case.id}"
    qtbot.mouseClick(dlg.caseButton, Qt.MouseButton.LeftButton)  # again: the same case
    assert "sudah punya kasus" in dlg.summaryLabel.text()
    assert len(case_service.list_cases(kab.district)) == 1
    dlg.reject()

    # the Kasus tab lists it (reloaded when the case was opened) and decides it
    qtbot.waitUntil(lambda: tab.casesTable.rowCount() == 1)
    assert tab.casesTable.item(0, 6).text() == "Data ganda"
    assert "3503********0011" in tab.casesTable.item(0, 1).text()
    tab.casesTable.selectRow(0)
    qtbot.waitUntil(lambda: len(tab.cards) == 2)
    assert "data ganda" in tab.caseTitle.text()
    card = next(c for c in tab.cards if c.person_id == a.id)
    assert "Simpan data ini" in card.keepButton.text()
    tab.noteEdit.setText("KK dicek")
    qtbot.mouseClick(card.keepButton, Qt.MouseButton.LeftButton)
    [case] = case_service.list_cases(kab.district)
    assert case.status == "decided" and case.kept_id == a.id and case.note == "KK dicek"
    assert records.get(kab.district, b.id).verification_status == "ditolak"

    # the village sees the district's decision on its record
    [fb] = feedback.export_feedback(kab.district, tmp_path, desa_codes=[DESA[1]])
    assert feedback.import_feedback(kab.villages[1], fb.path).applied
    from desktop_app.ui.records.record_form import RecordForm

    form = RecordForm(kab.villages[1], b.id)
    qtbot.addWidget(form)
    assert "Ditolak kabupaten" in form.statusLabel.text() and "Data ganda: sama dengan" in form.statusLabel.text()
    w.close()


def test_the_data_menu_opens_the_same_review_as_the_kasus_button(qtbot, kab, runner, messages, monkeypatch):
    from desktop_app.ui.district.cases_tab import CasesTab

    opened = []
    real = CasesTab.open_duplicates
    monkeypatch.setattr(CasesTab, "open_duplicates", lambda self: opened.append(real(self)) or opened[-1])
    w = DistrictWindow(kab.district, runner)
    qtbot.addWidget(w)
    w.show()
    tab = w.casesTab
    action = w.findChild(QAction, "findDuplicatesAction")
    assert action is tab.findDuplicatesAction
    assert action in w.dataMenu.actions() and w.dataMenu.title() == "D&ata"
    assert action.text() == tab.findDuplicatesButton.text() == "Cari Data Ganda..."
    assert action.shortcut() == QKeySequence("Ctrl+D")
    assert w.tabs.currentIndex() == w.TAB_VILLAGES
    action.trigger()  # as the menu entry does
    [dlg] = opened
    qtbot.addWidget(dlg)
    assert isinstance(dlg, DuplicatesDialog) and dlg.isVisible()
    assert w.tabs.currentIndex() == w.TAB_CASES  # where a case made in the review is listed
    qtbot.waitUntil(lambda: dlg.result is not None)
    dlg.reject()
    qtbot.mouseClick(tab.findDuplicatesButton, Qt.MouseButton.LeftButton)  # the button: the same review
    assert len(opened) == 2 and isinstance(opened[1], DuplicatesDialog)
    qtbot.addWidget(opened[1])
    qtbot.waitUntil(lambda: opened[1].result is not None)
    opened[1].reject()


def test_the_menu_entry_is_translated(english, qtbot, kab, runner, messages):
    w = DistrictWindow(kab.district, runner)
    qtbot.addWidget(w)
    assert w.casesTab.findDuplicatesAction.text() == "Find Duplicates..."
    assert w.casesTab.findDuplicatesButton.text() == "Find Duplicates..."
    assert w.dataMenu.title() not in ("", "D&ata")
