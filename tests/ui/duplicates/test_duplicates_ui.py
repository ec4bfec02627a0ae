"""Data > Cari data ganda...: the scan with progress, the side-by-side review and the decisions,
driven through the real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor

from desktop_app.core.person import Person
from desktop_app.services.records import editing as records
from desktop_app.ui.duplicates.review import COLORS, DuplicatesDialog

DESA = "35.03.01.2001"


def _p(name: str, nik: str, born: date, **kw) -> Person:
    return Person(desa_code=DESA, full_name=name, nik=nik, birth_date=born, sex="L", **kw)


@pytest.fixture
def pair(village):
    a = _p("MUHAMMAD ROFIQ", "3503011205800003", date(1980, 5, 12), kk_number="3503010101100001", rt="001", rw="002")
    b = _p("MOCH. ROFIQ", "3503011205800004", date(1980, 5, 12), kk_number="3503010101100001", rt="001", rw="003")
    c = _p("ZAINAL ARIFIN", "3503011708750001", date(1975, 8, 17), phone="081234567890")
    d = _p("ZAINAL ARIFIN", "", date(1975, 8, 17), phone="081234567890")
    records.create_many(village, [a, b, c, d])
    return a, b, c, d


@pytest.fixture
def dialog(qtbot, village, runner, messages, pair):
    dlg = DuplicatesDialog(village, runner)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.scan()
    return dlg


def _ids(dlg) -> set[frozenset[str]]:  # noqa: ANN001
    return {frozenset((p.a.id, p.b.id)) for p in dlg.pairs}


def test_scan_shows_pairs_and_the_review(dialog, pair):
    a, b, c, d = pair
    assert _ids(dialog) == {frozenset((a.id, b.id)), frozenset((c.id, d.id))}
    assert dialog.pairsTable.rowCount() == 2
    assert dialog.scanProgress.value() == 100
    assert "2 pasangan" in dialog.summaryLabel.text()
    assert dialog.scanButton.isEnabled() and not dialog.cancelScanButton.isEnabled()
    dialog.pairsTable.selectRow(0)
    detail = dialog.detail
    assert detail is not None
    table = dialog.compareTable
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    # agreeing fields green, differing red, alike yellow
    if {detail.a.id, detail.b.id} == {a.id, b.id}:
        assert table.item(rows["No. KK"], 1).background().color() == QColor(COLORS["same"])
        assert table.item(rows["RW"], 1).background().color() == QColor(COLORS["different"])
        assert table.item(rows["NIK"], 2).background().color() == QColor(COLORS["similar"])
    assert "Dibuat" in dialog.historyA.toPlainText()
    assert dialog.reasonsLabel.text()


def test_not_same_removes_the_pair_and_is_remembered(dialog, pair, village, runner, qtbot, messages):
    dialog.pairsTable.selectRow(0)
    first = dialog.current_pair()
    dialog.notSameButton.click()
    assert frozenset((first.a.id, first.b.id)) not in _ids(dialog)
    again = DuplicatesDialog(village, runner)
    qtbot.addWidget(again)
    again.scan()
    assert frozenset((first.a.id, first.b.id)) not in _ids(again)
    assert again.result.hidden_not_same == 1


def test_same_person_keeps_one_and_undo_brings_the_other_back(dialog, pair, village):
    dialog.pairsTable.selectRow(0)
    chosen = dialog.current_pair()
    dialog.keepAButton.click()
    kept, removed = records.get(village, chosen.a.id), records.get(village, chosen.b.id)
    assert not kept.deleted and removed.deleted and chosen.a.id in removed.delete_reason
    assert len(dialog.pairs) == 1
    assert "ditandai terhapus" in dialog.summaryLabel.text()
    dialog.undoButton.click()
    assert not records.get(village, chosen.b.id).deleted
    assert len(dialog.pairs) == 2  # scanned again


def test_later_marks_the_pair(dialog):
    dialog.pairsTable.selectRow(1)
    dialog.laterButton.click()
    assert any(p.decision == "later" for p in dialog.pairs)
    assert dialog.pairsTable.item(1, 3).text() == "nanti"


def test_data_menu_opens_the_dialog(window, qtbot):
    assert window.duplicatesAction in window.dataMenu.actions()
    dlg = window.open_duplicates()  # a child of the window: torn down with it
    qtbot.waitUntil(lambda: dlg.result is not None)
    assert dlg.isVisible()
    assert dlg.result.scanned > 100


def test_record_form_shows_the_reasons(qtbot, village, messages, pair):
    from desktop_app.ui.records.record_form import RecordForm

    form = RecordForm(village)
    qtbot.addWidget(form)
    form.nameEdit.setText("MOHAMAD ROFIK")
    form.birthDateEdit.setText("12-05-1980")
    form.kkEdit.setText("3503010101100001")
    form.sexCombo.setCurrentIndex(form.sexCombo.findData("L"))
    form.run_check()
    assert form.similarBox.isVisibleTo(form)
    text = form.similarLabel.text()
    assert "nomor KK sama" in text and "tanggal lahir sama" in text


def test_reason_labels_match_the_engine():
    from desktop_app.core.duplicates import REASONS
    from desktop_app.ui.duplicates.labels import LABELS

    assert LABELS == REASONS


def test_district_shows_pairs_but_decides_nothing(qtbot, tmp_path, runner, messages):
    from desktop_app.services.setup.profile import init_profile

    district = init_profile(tmp_path / "kab", "kabupaten", "35.03", ["Petugas"])
    try:
        a = _p("SUPRIYADI", "3503011205800003", date(1980, 5, 12), kk_number="3503010101100001")
        b = Person(desa_code="35.03.01.2002", full_name="SUPRIADI", nik="3503011205800008",
                   birth_date=date(1980, 5, 12), sex="L", kk_number="3503010101100001")
        records.create_many(district, [a, b])
        dlg = DuplicatesDialog(district, runner)
        qtbot.addWidget(dlg)
        dlg.scan()
        assert len(dlg.pairs) == 1
        assert "35.03.01.2002" in dlg.pairsTable.item(0, 1).text() + dlg.pairsTable.item(0, 2).text()
        dlg.pairsTable.selectRow(0)
        assert dlg.districtNote.isVisibleTo(dlg)
        assert not dlg.keepAButton.isEnabled() and not dlg.notSameButton.isEnabled()
    finally:
        district.close()


def test_cancelled_scan_says_so(qtbot, village, runner, messages, monkeypatch):
    from desktop_app.core.progress import Cancelled
    from desktop_app.services.duplicates import scan as scanning

    def cancelled(app, progress=None, **kw):  # noqa: ANN001, ANN202
        raise Cancelled()

    monkeypatch.setattr(scanning, "scan", cancelled)
    dlg = DuplicatesDialog(village, runner)
    qtbot.addWidget(dlg)
    dlg.scan()
    assert dlg.summaryLabel.text() == "Pemindaian dibatalkan."
    assert dlg.scanButton.isEnabled() and not dlg.cancelScanButton.isEnabled()
    assert not messages
