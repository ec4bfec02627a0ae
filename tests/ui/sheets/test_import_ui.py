"""The import wizard, undo, export dialog, layout editor and menu actions with real widgets.

Nasty real workbooks come from tests/fixtures/make_workbooks.py; tasks run inline
(ImmediatePool); pickers and questions are monkeypatched classmethods.
"""

from __future__ import annotations

import gc

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop_app.core.issues import CATALOG
from desktop_app.services.records import editing as records
from desktop_app.services.setup.profile import init_profile
from desktop_app.services.sheets import exporter, importer
from desktop_app.services.sheets.layout import TARGET_LABELS
from desktop_app.storage import persons as repo
from desktop_app.ui.common.events import AppEvents
from desktop_app.ui.common.tasks import ImmediatePool, TaskRunner
from desktop_app.ui.sheets import import_wizard as iw
from desktop_app.ui.sheets.export_dialogs import (
    ExportDialog,
    ExportLayoutDialog,
    add_spreadsheet_actions,
    available_fields,
    save_template_ui,
)
from desktop_app.ui.sheets.import_wizard import (
    ImportWizard,
    PreviewModel,
    summarize_ignored,
    undo_last_import_ui,
)
from tests.fixtures import make_workbooks as mk


@pytest.fixture
def app(tmp_path, qapp):
    a = init_profile(tmp_path / "d", "desa", "35.03.01.2001", ["Uji"])
    a.operator = "Uji"
    yield a
    a.close()


@pytest.fixture
def runner(qapp):
    return TaskRunner(pool=ImmediatePool())


@pytest.fixture
def events(qapp):
    return AppEvents()


@pytest.fixture
def wizard(qtbot, app, runner, events, messages):
    w = ImportWizard(app, runner, events)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    return w


def count(app, **kw) -> int:
    with app.db.read() as s:
        return repo.count(s, repo.RecordFilter(**kw))


def open_via_browse(wizard, monkeypatch, path) -> None:
    monkeypatch.setattr(ImportWizard, "choose_file", classmethod(lambda cls, parent, start: str(path)))
    wizard.browseButton.click()


def combo_target(wizard, col: int):
    return wizard.combo_for_column(col).currentData()


def preview_rows(wizard) -> list[tuple[str, ...]]:
    m = wizard.previewModel
    return [tuple(m.index(r, c).data() for c in range(m.columnCount())) for r in range(m.rowCount())]


# ---------------------------------------------------------------- the happy path


def test_nasty_workbook_through_the_wizard(wizard, app, events, monkeypatch, qtbot, tmp_path):
    path, expected = mk.make_nasty_xlsx(tmp_path)
    open_via_browse(wizard, monkeypatch, path)
    assert wizard.message() == ""
    assert [wizard.sheetCombo.itemText(i) for i in range(wizard.sheetCombo.count())] == ["DATA", "Sheet2"]
    assert wizard.nextButton.isEnabled()

    wizard.nextButton.click()
    assert wizard.pages.currentIndex() == ImportWizard.PAGE_MAPPING
    assert wizard.headerRowSpin.value() == expected.header_row
    table = wizard.mappingTable
    assert table.rowCount() == 11
    nik_rows = [r for r in range(table.rowCount()) if combo_target(wizard, r) == "nik"]
    assert nik_rows == [1]
    assert table.item(1, ImportWizard.MAP_COL_LETTER).text() == "B"
    assert table.item(1, ImportWizard.MAP_COL_HEADER).text() == "NIK"
    assert combo_target(wizard, 0) is None  # 'NO' column ignored
    assert wizard.combo_for_column(0).currentText() == "(abaikan)"
    ignored = wizard.ignoredLabel.text()
    assert "baris 1-2: judul di atas tabel" in ignored and "baris 13: baris jumlah" in ignored

    wizard.nextButton.click()
    assert wizard.pages.currentIndex() == ImportWizard.PAGE_PREVIEW
    rows = preview_rows(wizard)
    assert [r[0] for r in rows] == [str(r) for r in expected.data_rows]
    assert len(rows) == 5
    excel_msg = CATALOG["nik.excel_number"].message.split(":")[0]
    assert sum(excel_msg in r[PreviewModel.COL_MESSAGES] for r in rows) == 3
    assert all(r[PreviewModel.COL_STATUS].startswith("Ditambahkan") for r in rows)
    red = wizard.previewModel.index(0, PreviewModel.COL_MESSAGES).data(Qt.ItemDataRole.ForegroundRole)
    assert red.color().name() == iw.ERROR_COLOR
    assert count(app) == 0  # the preview wrote nothing
    assert wizard.importButton.isEnabled()
    assert "Baris 7" in wizard.rowDetailLabel.text()

    with qtbot.waitSignal(events.changed, timeout=5000) as blocker:
        wizard.importButton.click()
    assert blocker.args[0].records
    assert wizard.pages.currentIndex() == ImportWizard.PAGE_IMPORT
    assert wizard.report.created == 5
    assert count(app) == 5
    assert count(app, status="perlu_perbaikan") == 3
    assert wizard.backup_path is not None and wizard.backup_path.exists()
    assert not wizard.backButton.isEnabled()
    assert wizard.closeButton.text().replace("&", "") == "Selesai"

    out = tmp_path / "laporan.xlsx"
    monkeypatch.setattr(ImportWizard, "choose_report_path", classmethod(lambda cls, parent, suggested: str(out)))
    assert wizard.saveReportButton.isVisible()
    wizard.saveReportButton.click()
    ws = load_workbook(out).active
    got = list(ws.iter_rows(values_only=True))
    assert got[0][:2] == ("BARIS", "STATUS")
    assert any("NIK tersimpan sebagai angka" in (r[4] or "") for r in got[1:])
    assert str(out) in wizard.message()


def test_correcting_a_mapping_changes_the_preview(wizard, app, monkeypatch, tmp_path):
    path, _ = mk.make_nasty_xlsx(tmp_path)
    open_via_browse(wizard, monkeypatch, path)
    wizard.nextButton.click()
    wizard.nextButton.click()
    before = {r[0]: r[PreviewModel.COL_NIK] for r in preview_rows(wizard)}
    assert before["8"] == "3503015205800002"

    wizard.go_back()
    assert wizard.pages.currentIndex() == ImportWizard.PAGE_MAPPING
    wizard.set_target(2, "nik")  # column C (NO. KK) is the NIK now; column B is ignored
    assert combo_target(wizard, 2) == "nik"
    assert combo_target(wizard, 1) is None
    assert wizard.mapping["nik"] == 2 and "kk_number" not in wizard.mapping
    assert "dipindah" in wizard.message()
    wizard.nextButton.click()
    after = {r[0]: r[PreviewModel.COL_NIK] for r in preview_rows(wizard)}
    assert after["8"] == "3503010101200006"
    assert after != before

    # nothing mapped as NIK or name: cannot go on
    wizard.go_back()
    wizard.set_target(2, None)
    wizard.set_target(3, None)
    assert not wizard.nextButton.isEnabled()
    assert wizard.mappingWarningLabel.isVisibleTo(wizard)


def test_header_row_can_be_corrected(wizard, monkeypatch, tmp_path):
    path, _ = mk.make_nasty_xlsx(tmp_path)
    open_via_browse(wizard, monkeypatch, path)
    wizard.nextButton.click()
    wizard.headerRowSpin.setValue(1)
    wizard.apply_header_row()
    assert wizard.analysis.layout.header_row == 1
    assert wizard.mappingTable.item(0, ImportWizard.MAP_COL_HEADER).text().startswith("DAFTAR CALON")
    wizard.headerRowSpin.setValue(4)
    wizard.apply_header_row()
    assert combo_target(wizard, 1) == "nik"


@pytest.mark.parametrize(("maker", "words"), [(mk.make_encrypted, "kata sandi"), (mk.make_broken_zip, "rusak"),
                                              (mk.make_not_spreadsheet, ""), (mk.make_empty_sheet, "")])
def test_hostile_file_shows_a_message_and_changes_nothing(wizard, app, monkeypatch, tmp_path, maker, words):
    records.save(app, records.Person(nik="3503011205800001", full_name="ADA", birth_date=None, sex="L"))
    path, _ = maker(tmp_path)
    open_via_browse(wizard, monkeypatch, path)
    msg = wizard.message()
    if maker is mk.make_empty_sheet and not msg:
        # an empty sheet may open; it must then offer nothing to import
        wizard.nextButton.click()
        assert not wizard.nextButton.isEnabled()
    else:
        assert msg and "Traceback" not in msg
        assert words in msg
        assert "Tidak ada data yang diubah" in msg
        assert not wizard.nextButton.isEnabled()
    assert count(app, include_deleted=True) == 1
    # the wizard stays usable: a good file afterwards works
    good, _ = mk.make_nasty_xlsx(tmp_path)
    wizard.go_back()
    open_via_browse(wizard, monkeypatch, good)
    assert wizard.message() == "" and wizard.nextButton.isEnabled()


def test_missing_file_typed_in(wizard, tmp_path):
    wizard.fileEdit.setText(str(tmp_path / "tidak-ada.xlsx"))
    wizard.open_file(wizard.fileEdit.text())
    assert "tidak ada" in wizard.message()


def test_on_duplicate_update(wizard, app, monkeypatch, tmp_path):
    path, _ = mk.make_nasty_xlsx(tmp_path)
    importer.run_import(app, importer.analyse(app, path))
    wb = load_workbook(path)
    wb.active.cell(row=8, column=9).value = "081399998888"
    changed = tmp_path / "changed.xlsx"
    wb.save(changed)

    open_via_browse(wizard, monkeypatch, changed)
    wizard.nextButton.click()
    wizard.nextButton.click()
    statuses = {r[PreviewModel.COL_NAME]: r[PreviewModel.COL_STATUS] for r in preview_rows(wizard)}
    assert statuses["SITI AMINAH"] == "Dilewati"
    assert not wizard.importButton.isEnabled()  # nothing new, nothing to update

    wizard.onDuplicateCombo.setCurrentIndex(wizard.onDuplicateCombo.findData("update"))
    assert wizard.onDuplicateCombo.currentText() == "Perbarui data yang ada"
    statuses = {r[PreviewModel.COL_NAME]: r[PreviewModel.COL_STATUS] for r in preview_rows(wizard)}
    assert statuses["SITI AMINAH"] == "Diperbarui"
    wizard.importButton.click()
    assert wizard.report.updated == 1
    siti = next(r for r in wizard.report.rows if r.name == "SITI AMINAH")
    assert records.get(app, siti.person_id).phone == "081399998888"


def test_cancel_rolls_the_import_back(wizard, app, monkeypatch, tmp_path):
    path, _ = mk.make_nasty_xlsx(tmp_path)
    open_via_browse(wizard, monkeypatch, path)
    wizard.nextButton.click()
    wizard.nextButton.click()

    clicked = []

    def cancel_once(done, total):  # noqa: ANN001
        if total and not clicked:  # the import started: the operator presses Batal
            clicked.append(done)
            wizard.cancelTaskButton.click()

    wizard._relay.progress.connect(cancel_once)
    wizard.importButton.click()
    wizard._relay.progress.disconnect(cancel_once)
    assert clicked
    assert wizard.report is None
    assert "dibatalkan" in wizard.importStatusLabel.text().lower()
    assert "Tidak ada data yang disimpan" in wizard.importStatusLabel.text()
    assert count(app, include_deleted=True) == 0
    assert importer.last_import(app) is None
    assert wizard.backButton.isEnabled()
    # back to the preview and import for real
    wizard.backButton.click()
    assert wizard.pages.currentIndex() == ImportWizard.PAGE_PREVIEW
    wizard.importButton.click()
    assert count(app) == 5


def test_close_while_busy_cancels_first(wizard, monkeypatch, tmp_path):
    path, _ = mk.make_nasty_xlsx(tmp_path)
    wizard._busy = True  # as if a task were running
    wizard.reject()
    assert wizard.isVisible() and wizard._close_pending and wizard._cancel_requested
    wizard._busy = False
    wizard._close_pending = False


# ---------------------------------------------------------------- undo


def test_undo_last_import(app, runner, events, messages, monkeypatch, qtbot, tmp_path):
    asked: list[str] = []
    monkeypatch.setattr(ImportWizard, "confirm_undo", classmethod(lambda cls, parent, text: asked.append(text) or True))
    assert undo_last_import_ui(app, None, events, runner=runner) is False
    assert messages[-1][0] == "info" and "Belum ada impor" in messages[-1][1]

    path, _ = mk.make_nasty_xlsx(tmp_path)
    importer.run_import(app, importer.analyse(app, path))
    assert count(app) == 5
    with qtbot.waitSignal(events.changed, timeout=5000):
        assert undo_last_import_ui(app, None, events, runner=runner) is True
    assert "nasty.xlsx" in asked[0] and "5 data ditambahkan" in asked[0]
    assert count(app, include_deleted=True) == 0
    assert "sudah dibatalkan" in messages[-1][1]

    # an import whose records were edited since cannot be undone: the reason is shown, nothing asked
    report = importer.run_import(app, importer.analyse(app, path))
    person = records.get(app, report.rows[1].person_id)
    records.save(app, person.copy(phone="081211112222"))
    asked.clear()
    assert undo_last_import_ui(app, None, events, runner=runner) is False
    assert not asked
    assert "tidak bisa dibatalkan" in messages[-1][1] and "diubah" in messages[-1][1]
    assert count(app) == 5


def test_undo_declined_changes_nothing(app, runner, messages, monkeypatch, tmp_path):
    monkeypatch.setattr(ImportWizard, "confirm_undo", classmethod(lambda cls, parent, text: False))
    path, _ = mk.make_nasty_xlsx(tmp_path)
    importer.run_import(app, importer.analyse(app, path))
    assert undo_last_import_ui(app, None, runner=runner) is False
    assert count(app) == 5


# ---------------------------------------------------------------- export


def seed(app, n: int = 12) -> None:
    from desktop_app.core import demo

    records.create_many(app, demo.generate(app.desa_code, n, seed=3)[:n])


def test_export_dialog_buttons_keep_names_and_defaults(qtbot, app, runner):
    dialog = ExportDialog(app, runner)
    qtbot.addWidget(dialog)
    assert dialog.exportButton.objectName() == "exportButton" and dialog.exportButton.isDefault()
    for button in (dialog.closeButton, dialog.browseButton, dialog.editLayoutsButton):
        assert not button.autoDefault() and not button.isDefault()
    outer = dialog.layout()
    bottom = outer.itemAt(outer.count() - 1).layout()  # the bottom row: stretch, Close, Export
    assert [bottom.itemAt(i).widget() for i in range(bottom.count())] == [None, dialog.closeButton, dialog.exportButton]


def test_export_dialog_writes_nik_as_text(qtbot, app, runner, messages, monkeypatch, tmp_path):
    seed(app)
    dialog = ExportDialog(app, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.objectName() == "exportDialog"
    assert dialog.layoutCombo.findData("BNBA Desa") >= 0
    assert "12 data" in dialog.countLabel.text()
    out = tmp_path / "ekspor"
    monkeypatch.setattr(ExportDialog, "choose_path", classmethod(lambda cls, parent, title, suggested: str(out)))
    dialog.browseButton.click()
    assert dialog.pathEdit.text() == str(out)
    with qtbot.waitSignal(dialog.exported, timeout=5000) as blocker:
        dialog.exportButton.click()
    written, rows = blocker.args[0]
    assert written.suffix == ".xlsx" and rows == 12
    ws = load_workbook(written).active
    header = [c.value for c in ws[1]]
    nik_col = header.index("NIK") + 1
    niks = [ws.cell(row=r, column=nik_col) for r in range(2, ws.max_row + 1)]
    assert len(niks) == 12
    assert all(c.data_type == "s" and isinstance(c.value, str) for c in niks)
    assert {c.value for c in niks} == {p.nik for p, _ in records.list_records(app)}
    assert sum(len(c.value) == 16 for c in niks) >= 10  # (the demo data has a few damaged NIKs on purpose)
    assert "12 data diekspor" in dialog.busy.message.text()


def test_export_to_missing_folder_says_so(qtbot, app, runner, messages, tmp_path):
    dialog = ExportDialog(app, runner)
    qtbot.addWidget(dialog)
    dialog.pathEdit.setText(str(tmp_path / "tidak" / "ada.xlsx"))
    dialog.exportButton.click()
    assert "tidak ada" in dialog.busy.message.text()


def test_layout_editor_saves_a_layout_that_appears_in_the_export_dialog(qtbot, app, runner, messages, tmp_path):
    editor = ExportLayoutDialog(app)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.nameEdit.text().startswith("BNBA Desa")
    # a built-in layout cannot be overwritten
    editor.nameEdit.setText("BNBA Desa")
    assert editor.save() is False and "nama lain" in editor.messageLabel.text()

    editor.columnsTable.setRowCount(0)
    editor.nameEdit.setText("Format Kabupaten")
    for fld in ("nik", "full_name", "birth_date"):
        editor.availableList.setCurrentRow(available_fields().index(fld))
        editor.addColumnButton.click()
    editor.columnsTable.item(1, editor.COL_HEADER).setText("NAMA PESERTA")
    editor.columnsTable.selectRow(2)
    editor.moveUpButton.click()  # birth date before the name
    editor.columnsTable.selectRow(0)
    assert not editor.moveUpButton.isEnabled()
    assert editor.columns() == [("nik", "NIK"), ("birth_date", "TANGGAL LAHIR"), ("full_name", "NAMA PESERTA")]
    editor.columnsTable.selectRow(1)
    editor.removeColumnButton.click()
    assert [f for f, _ in editor.columns()] == ["nik", "full_name"]
    with qtbot.waitSignal(editor.saved, timeout=1000):
        editor.saveLayoutButton.click()
    saved = exporter.layouts(app)["Format Kabupaten"]
    assert saved.columns == [("nik", "NIK"), ("full_name", "NAMA PESERTA")]
    assert editor.deleteLayoutButton.isEnabled()

    dialog = ExportDialog(app, runner)
    qtbot.addWidget(dialog)
    index = dialog.layoutCombo.findData("Format Kabupaten")
    assert index >= 0
    dialog.layoutCombo.setCurrentIndex(index)
    assert "NAMA PESERTA" in dialog.columnsLabel.text()
    seed(app, 3)
    dialog.pathEdit.setText(str(tmp_path / "kab.xlsx"))
    dialog.exportButton.click()
    ws = load_workbook(tmp_path / "kab.xlsx").active
    assert [c.value for c in ws[1]] == ["NIK", "NAMA PESERTA"]


def test_layout_delete_asks(qtbot, app, messages, monkeypatch):
    from desktop_app.services.sheets.writer import ExportLayout
    from desktop_app.ui.common.widgets import Ask

    exporter.save_layout(app, ExportLayout("Lama", [("nik", "NIK")]))
    editor = ExportLayoutDialog(app, start="Lama")
    qtbot.addWidget(editor)
    assert editor.nameEdit.text() == "Lama"
    monkeypatch.setattr(Ask, "question", classmethod(lambda cls, parent, title, text, **kw: True))
    editor.deleteLayoutButton.click()
    assert "Lama" not in exporter.layouts(app)


def test_blank_template(app, runner, messages, monkeypatch, tmp_path):
    out = tmp_path / "templat.xlsx"
    monkeypatch.setattr(ExportDialog, "choose_path", classmethod(lambda cls, parent, title, suggested: str(out)))
    assert save_template_ui(app, None, runner=runner) == out
    assert out.exists() and "Data" in load_workbook(out).sheetnames
    assert messages[-1][0] == "info"


# ---------------------------------------------------------------- menu actions


def test_actions_go_into_the_berkas_menu(qtbot, app, runner, events, messages):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Berkas")
    quit_action = menu.addAction("Keluar")
    quit_action.setObjectName("quitAction")
    acts = add_spreadsheet_actions(window, app, runner, events)
    names = [a.objectName() for a in acts]
    assert names == ["importAction", "undoImportAction", "exportAction", "templateAction", "exportLayoutsAction"]
    assert acts[0].shortcut() == QKeySequence("Ctrl+I")
    assert [a.text().replace("&", "") for a in acts][:1] == ["Impor Daftar..."]
    in_menu = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert in_menu == [*names, "quitAction"]
    assert len(window.menuBar().actions()) == 1  # no second Berkas menu

    acts[0].trigger()
    holder = window.findChild(QObject, "spreadsheetActions")
    assert isinstance(holder.dialog, ImportWizard)
    holder.dialog.close()


def test_actions_without_a_berkas_menu(qtbot, app, runner):
    window = QMainWindow()
    qtbot.addWidget(window)
    acts = add_spreadsheet_actions(window, app, runner)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["Berkas"]
    assert window.menuBar().actions()[0].menu().actions()[-1] is acts[-1]


def test_actions_on_the_main_window(window):
    acts = add_spreadsheet_actions(window, window.app, window.runner, window.events)
    assert acts[0] in window.fileMenu.actions()
    assert window.fileMenu.actions()[-1].objectName() == "quitAction"


# ---------------------------------------------------------------- small pieces


def test_target_labels_cover_the_service():
    """Our literal labels (for lupdate) must follow the service's list of mapping targets."""
    assert set(iw.TARGET_TEXT) == set(TARGET_LABELS)
    assert all(iw.TARGET_TEXT[k] == v for k, v in TARGET_LABELS.items())
    assert all(iw.target_text(k) for k in TARGET_LABELS)


def test_summarize_ignored():
    text = summarize_ignored([(1, "judul di atas tabel"), (2, "judul di atas tabel"), (13, "baris jumlah"),
                              (15, "blok tanda tangan"), (16, "blok tanda tangan"), (19, "blok tanda tangan")])
    assert text == "baris 1-2: judul di atas tabel; baris 13: baris jumlah; baris 15-16, 19: blok tanda tangan"
    assert iw.column_letter(0) == "A" and iw.column_letter(25) == "Z" and iw.column_letter(26) == "AA"


def test_wizard_fits_a_small_screen(wizard):
    hint = wizard.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700


def test_wizard_with_real_threads(qtbot, app, events, messages, monkeypatch, tmp_path):
    """The same flow with the real thread pools: results arrive through queued signals.

    Python's cyclic GC must not run in a worker thread while Qt wrappers left over from earlier
    tests are collectable (it would delete main-thread QObjects from the wrong thread): collect
    first, then keep the collector off while the workers run.
    """
    gc.collect()
    gc.disable()
    try:
        threaded = TaskRunner()
        w = ImportWizard(app, threaded, events)
        qtbot.addWidget(w)
        w.show()
        path, _ = mk.make_nasty_xlsx(tmp_path)
        open_via_browse(w, monkeypatch, path)
        qtbot.waitUntil(lambda: w.analysis is not None and not w.busy, timeout=10_000)
        w.nextButton.click()
        w.nextButton.click()
        qtbot.waitUntil(lambda: w.preview is not None and not w.busy, timeout=10_000)
        assert w.previewModel.rowCount() == 5
        with qtbot.waitSignal(events.changed, timeout=10_000):
            w.importButton.click()
        qtbot.waitUntil(lambda: not w.busy, timeout=10_000)
        assert count(app) == 5
        assert threaded.wait(5000)
    finally:
        gc.enable()


def test_pages_work_in_another_dialog(qtbot, app, tmp_path):
    """The pages only need a WizardHost: a plain widget that runs work at once can hold them."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from desktop_app.ui.sheets.wizard_pages import FilePage, MappingPage, PreviewPage

    class Host(QWidget):
        busy = False

        def __init__(self):
            super().__init__()
            self.app, self.relay, self.messages = app, iw._Relay(self), []

        def run_task(self, label, work, on_done, on_error=None, *, db=True):
            from desktop_app.core.progress import Progress

            try:
                result = work(Progress())
            except Exception as exc:  # noqa: BLE001
                (on_error or self.messages.append)(exc)
                return
            on_done(result)

        def show_message(self, text, kind="error"):
            self.messages.append(text)

        def choose_file(self, parent, start):
            return str(path)

    path, expected = mk.make_nasty_xlsx(tmp_path)
    host = Host()
    qtbot.addWidget(host)
    lay = QVBoxLayout(host)
    file_page, mapping_page, preview_page = FilePage(host, host), MappingPage(host, host), PreviewPage(host, host)
    for page in (file_page, mapping_page, preview_page):
        lay.addWidget(page)
        page.retranslate()
    file_page.analysisChanged.connect(mapping_page.set_analysis)
    file_page.browseButton.click()
    assert file_page.analysis is not None and file_page.fileInfoLabel.text()
    assert mapping_page.headerRowSpin.value() == expected.header_row and mapping_page.usable()
    changed = []
    mapping_page.mappingChanged.connect(lambda: changed.append(True))
    mapping_page.set_target(2, "nik")
    assert changed and mapping_page.mapping["nik"] == 2 and "dipindah" in host.messages[-1]
    preview_page.run_preview(file_page.analysis, mapping_page.mapping, mapping_page.header_row())
    assert preview_page.preview is not None and preview_page.previewModel.rowCount() > 0
    assert preview_page.preview.dry_run


# ---------------------------------------------------------------- the keyboard (issue 14, item 1)


def test_typed_path_and_enter_reads_the_file_with_real_threads(qtbot, app, events, messages, tmp_path):
    """Enter in the path field reads the file (it used to cancel the read it started); after a
    failed read the focus stays in the field so a typed correction lands there; Enter goes on."""
    from PySide6.QtTest import QTest

    gc.collect()
    gc.disable()
    try:
        threaded = TaskRunner()
        w = ImportWizard(app, threaded, events)
        qtbot.addWidget(w)
        w.show()
        w.activateWindow()
        qtbot.waitUntil(lambda: w.fileEdit.hasFocus() or w.isActiveWindow(), timeout=2000)
        w.fileEdit.setFocus()
        path, _ = mk.make_nasty_xlsx(tmp_path)
        QTest.keyClicks(w.fileEdit, str(path)[:-5])  # 'nasty.xlsx' without '.xlsx': no such file
        QTest.keyClick(w.fileEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not w.busy and bool(w.message()), timeout=10_000)
        assert "tidak ada" in w.message() and "dibatalkan" not in w.message()
        assert w.isVisible() and w.fileEdit.hasFocus()
        QTest.keyClicks(w.focusWidget(), ".xlsx")
        assert w.fileEdit.text() == str(path)
        QTest.keyClick(w.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not w.busy, timeout=10_000)
        assert w.analysis is not None, w.message()
        assert "dibatalkan" not in w.message()
        assert w.pages.currentIndex() == ImportWizard.PAGE_FILE and w.fileEdit.hasFocus()
        QTest.keyClick(w.focusWidget(), Qt.Key.Key_Return)  # the file is read: Enter goes on
        assert w.pages.currentIndex() == ImportWizard.PAGE_MAPPING
        assert threaded.wait(5000)
    finally:
        gc.enable()


def test_enter_closes_the_finished_wizard(wizard, monkeypatch, qtbot, tmp_path):
    from PySide6.QtTest import QTest

    path, _ = mk.make_nasty_xlsx(tmp_path)
    open_via_browse(wizard, monkeypatch, path)
    QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == ImportWizard.PAGE_MAPPING
    QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.pages.currentIndex() == ImportWizard.PAGE_PREVIEW and wizard.preview is not None
    QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)  # Impor Sekarang
    assert wizard.pages.currentIndex() == ImportWizard.PAGE_IMPORT and wizard.report is not None
    assert wizard.closeButton.isDefault()
    QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
    assert not wizard.isVisible()
