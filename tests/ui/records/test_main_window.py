from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

from desktop_app.services.records import editing as records
from desktop_app.ui.records.record_dialogs import DeleteDialog, HistoryDialog
from desktop_app.ui.records.records_model import RecordsModel
from tests.ui.conftest import active_count


def test_window_shows_records_counts_and_operator(window, seeded):
    assert window.findChild(QTableView, "recordsTable") is window.recordsTable
    for name in ("searchEdit", "rtFilter", "rwFilter", "dusunFilter", "occupationFilter"):
        assert window.findChild(QLineEdit if name == "searchEdit" else QComboBox, name) is not None
    assert window.model.total() == active_count(seeded)
    assert "Operator Uji" in window.operatorLabel.text()
    assert "Perlu perbaikan" in window.countsLabel.text()
    assert "Desa Besuki" in window.headerLabel.text()
    assert window.rtFilter.count() > 1 and window.dusunFilter.count() > 1


def test_search_as_you_type_narrows_the_table(qtbot, window, seeded):
    name = window.model.index(0, RecordsModel.COL_NAME).data()
    before = window.model.total()
    window.searchEdit.setFocus()
    qtbot.keyClicks(window.searchEdit, name)
    qtbot.waitUntil(lambda: 0 < window.model.total() < before, timeout=3000)
    shown = {window.model.index(r, RecordsModel.COL_NAME).data() for r in range(window.model.rowCount())}
    assert all(name in s for s in shown)
    window.searchEdit.clear()
    qtbot.waitUntil(lambda: window.model.total() == before, timeout=3000)


def test_ctrl_f_focuses_search(qtbot, window):
    window.recordsTable.setFocus()
    window.findAction.trigger()
    assert window.searchEdit.hasFocus()


def test_status_filter(window, seeded):
    window.set_status_filter("perlu_perbaikan")
    counts = records.counts(seeded)
    assert window.model.total() == counts["perlu_perbaikan"] > 0
    statuses = {window.model.index(r, 0).data(RecordsModel.StatusRole) for r in range(window.model.rowCount())}
    assert statuses == {"perlu_perbaikan"}
    window.statusFilter.setCurrentIndex(0)
    assert window.model.total() == active_count(seeded)


def test_rt_filter(window, seeded):
    window.rtFilter.setCurrentIndex(1)
    rt = window.rtFilter.currentData()
    assert window.model.total() > 0
    assert {window.model.index(r, RecordsModel.COL_RT).data() for r in range(window.model.rowCount())} == {rt}


def test_delete_with_reason_then_restore(qtbot, window, seeded, monkeypatch):
    window._select_row(0)
    pid = window.selected_id()
    name = window.detailTitle.text()
    asked = []
    monkeypatch.setattr(DeleteDialog, "ask", classmethod(
        lambda cls, parent, person: asked.append(person.id) or ("meninggal", "wafat 1 Mei")))
    total = window.model.total()
    window.deleteButton.click()
    assert asked == [pid]
    qtbot.waitUntil(lambda: window.model.total() == total - 1)
    assert not window.model.contains(pid)
    person = records.get(seeded, pid)
    assert person.deleted and "Meninggal" in person.delete_reason

    window.set_status_filter("terhapus")
    assert window.model.ids() == [pid]
    window._select_row(0)
    assert window.restoreButton.isEnabled() and not window.deleteButton.isEnabled()
    assert "Dihapus" in window.detailText.toPlainText() and name == window.detailTitle.text()
    window.restore_selected()
    qtbot.waitUntil(lambda: window.model.total() == 0)
    window.set_status_filter("semua")
    assert window.model.contains(pid) and window.model.total() == total
    assert not records.get(seeded, pid).deleted


def test_delete_cancelled_changes_nothing(window, monkeypatch):
    window._select_row(0)
    monkeypatch.setattr(DeleteDialog, "ask", classmethod(lambda cls, parent, person: None))
    total = window.model.total()
    window.delete_selected()
    assert window.model.total() == total


def test_delete_dialog_needs_a_reason(qtbot, seeded):
    person = records.get(seeded, records.list_records(seeded)[0][0].id)
    dialog = DeleteDialog(person)
    qtbot.addWidget(dialog)
    assert not dialog.okButton.isEnabled()
    dialog.reasonCombo.setCurrentIndex(dialog.reasonCombo.findData("lainnya"))
    assert not dialog.okButton.isEnabled()  # "lainnya" needs a note
    qtbot.keyClicks(dialog.noteEdit, "pindah ke Malaysia")
    assert dialog.okButton.isEnabled()
    assert dialog.answer() == ("lainnya", "pindah ke Malaysia")


def test_history_lists_create_and_update(qtbot, window, seeded):
    window._select_row(0)
    pid = window.selected_id()
    person = records.get(seeded, pid)
    records.save(seeded, person.copy(phone="081234567890"), operator="Operator Dua")
    dialog = window.show_history()
    assert isinstance(dialog, HistoryDialog)
    lines = dialog.lines()
    assert len(lines) == 2
    assert "Dibuat" in lines[0]
    assert "Operator Dua" in lines[1] and "Diubah" in lines[1] and "081234567890" in lines[1]
    assert "\u2192" in lines[1]
    dialog.close()


def test_history_says_yes_and_no(qtbot, window, seeded):
    """Issue 14 item 8: the history shows words for yes/no fields, never True/False, and a new
    record's 'no' is not listed."""
    window._select_row(0)
    pid = window.selected_id()
    person = records.get(seeded, pid)
    records.save(seeded, person.copy(nik_from_number=not person.nik_from_number), operator="Operator Dua")
    dialog = window.show_history()
    text = "\n".join(dialog.lines())
    assert "True" not in text and "False" not in text
    assert "NIK dari angka Excel" in dialog.lines()[-1]
    assert ("tidak \u2192 ya" in dialog.lines()[-1]) or ("ya \u2192 tidak" in dialog.lines()[-1])
    assert "NIK dari angka Excel" not in dialog.lines()[0]
    dialog.close()


def test_enter_on_row_opens_the_form(qtbot, window):
    window._select_row(2)
    pid = window.selected_id()
    window.recordsTable.setFocus()
    qtbot.keyClick(window.recordsTable, Qt.Key.Key_Return)
    forms = window._forms
    assert len(forms) == 1 and forms[0].person_id == pid
    forms[0].reject()


def test_sorting_by_header_click(qtbot, window):
    window.recordsTable.sortByColumn(RecordsModel.COL_BIRTH, Qt.SortOrder.DescendingOrder)
    dates = [window.model.index(r, RecordsModel.COL_BIRTH).data(RecordsModel.SortKeyRole)
             for r in range(window.model.rowCount())]
    known = [d for d in dates if d]
    assert known == sorted(known, reverse=True)


def test_smoke_test_returns_rows(seeded, qapp):
    from desktop_app.ui.app import run_gui

    data_dir = seeded.data_dir
    expected = active_count(seeded)
    seeded.close()
    result = run_gui(data_dir, smoke_test=True)
    assert isinstance(result, dict)
    assert result["rows"] == expected
    assert 0 < result["ready_s"] < 30
    if sys.platform.startswith("linux"):  # this process's own memory, read after the window idled
        assert 0 < result["rss_mb"] <= result["peak_rss_mb"]


def test_second_instance_is_refused(seeded, qapp, messages):
    from desktop_app.storage.lock import InstanceLock
    from desktop_app.ui.app import run_gui

    seeded.close()  # the fixture's App holds this process's writer lock; the other holder is the raw lock
    with InstanceLock(seeded.data_dir):
        assert run_gui(seeded.data_dir) == 2
    assert messages and "sudah berjalan" in messages[0][1]


def test_corrupt_database_is_a_clear_message(tmp_path, qapp, messages, monkeypatch):
    """Refused with the reason; the message offers a restore from a backup next to closing."""
    from desktop_app import paths
    from desktop_app.ui.app import run_gui
    from desktop_app.ui.common.widgets import Ask

    asked = []
    monkeypatch.setattr(Ask, "question", classmethod(lambda cls, parent, title, text, **kw: asked.append(
        (title, text, kw.get("yes"), kw.get("no"))) and False))
    data = tmp_path / "broken"
    data.mkdir()
    paths.database_path(data).write_bytes(b"this is not a database" * 100)
    assert run_gui(data) == 2
    assert len(asked) == 1
    title, text, yes, no = asked[0]
    assert "rusak" in text and (yes, no) == ("Pulihkan dari cadangan...", "Tutup")
    assert paths.database_path(data).read_bytes() == b"this is not a database" * 100


def test_status_filter_speaks_the_window_language(qtbot, window, qapp):
    from desktop_app.ui import i18n

    assert window.statusFilter.itemText(0).startswith("Semua (")
    i18n.install_translators(qapp, "en")
    try:
        qtbot.waitUntil(lambda: window.statusFilter.itemText(0).startswith("All ("))
        assert window.statusFilter.itemText(2).startswith("With warnings")
    finally:
        i18n.install_translators(qapp, "id")
    qtbot.waitUntil(lambda: window.statusFilter.itemText(0).startswith("Semua ("))


def test_file_menu_keeps_quit_last_and_has_keys_on_every_platform(window):
    """Import/export and backup entries go above Keluar; Keluar has Ctrl+Q even where the
    platform defines no Quit keys (Windows), and nothing is placed by matching a separator."""
    entries = [a for a in window.fileMenu.actions()]
    names = [a.objectName() for a in entries if not a.isSeparator()]
    assert names[-1] == "quitAction" and not entries[-1].isSeparator()
    assert names.index("importAction") < names.index("backupAction") < names.index("quitAction")
    assert not entries[0].isSeparator() and not window.quitAction.shortcut().isEmpty()
    assert all(not (a.isSeparator() and b.isSeparator()) for a, b in zip(entries, entries[1:], strict=False))


def test_insert_before_quit_ignores_separators_when_quit_has_no_keys(qapp):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from desktop_app.ui.common.widgets import insert_before_quit

    menu = QMenu()
    menu.addAction("Baru")
    menu.addSeparator()
    quit_action = menu.addAction("Keluar")
    quit_action.setObjectName("quitAction")
    extra = QAction("Cadangkan", menu)
    insert_before_quit(menu, [[extra]])
    texts = ["---" if a.isSeparator() else a.text() for a in menu.actions()]
    assert texts == ["Baru", "---", "Cadangkan", "---", "Keluar"]


def test_new_record_is_in_the_data_menu(window):
    """Issue 14 item 9: 'Data Baru' sits under Data (with Cari, Ubah, Hapus), not under Berkas."""
    assert window.newAction in window.dataMenu.actions()
    assert window.dataMenu.actions()[0] is window.newAction
    assert window.newAction not in window.fileMenu.actions()
    assert not window.newAction.shortcut().isEmpty()  # Ctrl+N


def test_sex_letters_follow_the_header_language(qtbot, window, qapp):
    """Issue 14 item 9: in English the column is M/F and so are its values (L/P in Indonesian)."""
    from desktop_app.ui import i18n
    from desktop_app.ui.records.records_model import RecordsModel

    model = window.model
    col = RecordsModel.COL_SEX
    values = {model.index(r, col).data() for r in range(min(model.rowCount(), 50))}
    assert values <= {"L", "P", ""} and values & {"L", "P"}
    i18n.install_translators(qapp, "en")
    try:
        qtbot.waitUntil(lambda: model.headerData(col, Qt.Orientation.Horizontal) == "M/F")
        values = {model.index(r, col).data() for r in range(min(model.rowCount(), 50))}
        assert values <= {"M", "F", ""} and values & {"M", "F"}
    finally:
        i18n.install_translators(qapp, "id")
