"""Messages made by the spreadsheet services (core.text.Msg) reach the English window in English.

The import wizard and the export layout editor are driven for real; the English catalogue
(resources/translations/sipera_en.qm, context ``Pesan``) is installed as the application does it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.services.setup.profile import init_profile
from desktop_app.ui import i18n
from desktop_app.ui.common.events import AppEvents
from desktop_app.ui.common.tasks import ImmediatePool, TaskRunner
from desktop_app.ui.sheets.export_dialogs import ExportLayoutDialog
from desktop_app.ui.sheets.import_wizard import ImportWizard, PreviewModel
from tests.fixtures import make_workbooks as mk


@pytest.fixture
def app(tmp_path, qapp):
    a = init_profile(tmp_path / "d", "desa", "35.03.01.2001", ["Uji"])
    a.operator = "Uji"
    yield a
    a.close()


@pytest.fixture
def wizard(qtbot, app, messages):
    w = ImportWizard(app, TaskRunner(pool=ImmediatePool()), AppEvents())
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    return w


def open_file(wizard, monkeypatch, path) -> None:
    monkeypatch.setattr(ImportWizard, "choose_file", classmethod(lambda cls, parent, start: str(path)))
    wizard.browseButton.click()


def messages_column(wizard) -> list[str]:
    model = wizard.previewModel
    return [model.index(r, PreviewModel.COL_MESSAGES).data() for r in range(model.rowCount())]


def bad_row_csv(tmp_path):
    path = tmp_path / "daftar.csv"
    path.write_text("NIK;NAMA;TGL LAHIR;JK\r\n3503011201800001;BUDI SANTOSO;31-13-1980;X\r\n", encoding="utf-8")
    return path


def test_reader_error_in_english(english, wizard, monkeypatch, tmp_path):
    path, _ = mk.make_empty_file(tmp_path)
    open_file(wizard, monkeypatch, path)
    msg = wizard.message()
    assert "The file 'kosong.xlsx' is empty (0 bytes)." in msg
    assert "0 byte)" not in msg and "kosong (" not in msg
    assert not wizard.nextButton.isEnabled()


def test_layout_warning_in_english(english, wizard, monkeypatch, tmp_path):
    path = tmp_path / "tanpa_judul.csv"
    path.write_text("apa;saja\r\nini;itu\r\n", encoding="utf-8")
    open_file(wizard, monkeypatch, path)
    msg = wizard.message()
    assert "No row of column headings (NIK, NAMA, ...) was found in the first 30 rows." in msg
    assert "tidak ditemukan" not in msg


def test_row_notes_and_date_reason_in_english(english, wizard, monkeypatch, tmp_path):
    open_file(wizard, monkeypatch, bad_row_csv(tmp_path))
    wizard.nextButton.click()
    wizard.nextButton.click()
    assert wizard.pages.currentIndex() == ImportWizard.PAGE_PREVIEW
    (text,) = messages_column(wizard)
    # the note and the date reason inside it (a Msg parameter) are both translated
    assert ("The date of birth '31-13-1980' cannot be read: there is no month 13 "
            "(the order used is day-month-year).") in text
    assert "Sex 'X' is not recognised (enter L or P)." in text
    assert "tidak dapat dibaca" not in text and "tidak dikenal" not in text
    detail = wizard.rowDetailLabel.text()
    assert "there is no month 13" in detail and "tidak ada" not in detail


def test_preview_notes_follow_a_language_switch(wizard, monkeypatch, tmp_path, qapp):
    open_file(wizard, monkeypatch, bad_row_csv(tmp_path))
    wizard.nextButton.click()
    wizard.nextButton.click()
    (text,) = messages_column(wizard)
    assert "Tanggal lahir '31-13-1980' tidak dapat dibaca: bulan 13 tidak ada" in text  # Indonesian first
    try:
        i18n.install_translators(qapp, "en")
        QApplication.processEvents()
        (text,) = messages_column(wizard)
        assert "The date of birth '31-13-1980' cannot be read: there is no month 13" in text
        assert "there is no month 13" in wizard.rowDetailLabel.text()
    finally:
        i18n.install_translators(qapp, "id")
        QApplication.processEvents()
    (text,) = messages_column(wizard)
    assert "bulan 13 tidak ada" in text


def test_export_layout_refusal_in_english(english, qtbot, app, messages):
    editor = ExportLayoutDialog(app)
    qtbot.addWidget(editor)
    editor.show()
    editor.nameEdit.setText("BNBA Desa")
    assert editor.save() is False
    text = editor.messageLabel.text()
    assert text == "The layout name 'BNBA Desa' is already used by a built-in layout; choose another name."
