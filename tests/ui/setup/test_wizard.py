"""First start wizard driven the way an operator does it: mode, village search or lists, operators."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton, QRadioButton

from desktop_app.services.app import is_initialized, open_app
from desktop_app.ui.setup import wizard as wizard_mod
from desktop_app.ui.setup.wizard import FirstStartWizard, hit_text

# the offscreen platform plugin warns when a dialog sets size hints on its window
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def wiz(qtbot, tmp_path):
    w = FirstStartWizard(tmp_path / "data")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.app is not None:
        w.app.close()


def _find(w, cls, name):
    found = w.findChild(cls, name)
    assert found is not None, name
    return found


def test_desa_by_search(qtbot, wiz, tmp_path):
    assert wiz.objectName() == "firstStartWizard"
    assert _find(wiz, QRadioButton, "modeDesaRadio").isChecked()
    wiz.next()
    edit = _find(wiz, QLineEdit, "desaSearchEdit")
    results = _find(wiz, QListWidget, "desaResultsList")
    assert not wiz.button(wiz.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(edit, "besuki")
    qtbot.waitUntil(lambda: results.count() > 0, timeout=3000)
    texts = [results.item(i).text() for i in range(results.count())]
    wanted = "Desa Besuki - Kec. Panggul - Kab. Trenggalek - Prov. Jawa Timur"
    assert wanted in texts
    results.setCurrentRow(texts.index(wanted))
    assert wiz.region_code() == "35.03.01.2001"
    # the lists follow the search choice
    assert _find(wiz, QComboBox, "desaCombo").currentData() == "35.03.01.2001"
    assert wiz.button(wiz.WizardButton.NextButton).isEnabled()
    wiz.next()
    op = _find(wiz, QLineEdit, "operatorEdit")
    qtbot.keyClicks(op, "Siti Rahayu")
    qtbot.keyClick(op, Qt.Key.Key_Return)
    qtbot.keyClicks(op, "Agus")
    qtbot.mouseClick(_find(wiz, QPushButton, "addOperatorButton"), Qt.MouseButton.LeftButton)
    assert wiz.operator_page.operators() == ["Siti Rahayu", "Agus"]
    wiz.next()  # commit: profile and keys are made
    assert wiz.currentPage() is wiz.done_page
    assert wiz.app is not None
    assert wiz.app.profile.region_code == "35.03.01.2001"
    assert wiz.app.profile.operators == ["Siti Rahayu", "Agus"]
    assert wiz.app.operator == "Siti Rahayu"
    fp = _find(wiz, QLabel, "fingerprintLabel").text()
    assert len(fp.split("-")) == 6
    wiz.accept()
    assert is_initialized(tmp_path / "data")


def test_desa_by_cascade_and_typed_operator(qtbot, wiz):
    wiz.next()
    prov = _find(wiz, QComboBox, "provinsiCombo")
    kab = _find(wiz, QComboBox, "kabupatenCombo")
    kec = _find(wiz, QComboBox, "kecamatanCombo")
    desa = _find(wiz, QComboBox, "desaCombo")
    assert not kab.isEnabled()
    prov.setCurrentIndex(prov.findData("35"))
    assert kab.isEnabled()
    kab.setCurrentIndex(kab.findData("35.03"))
    kec.setCurrentIndex(kec.findData("35.03.01"))
    assert not wiz.button(wiz.WizardButton.NextButton).isEnabled()
    desa.setCurrentIndex(desa.findData("35.03.01.2001"))
    assert wiz.region_code() == "35.03.01.2001"
    wiz.next()
    # a name typed but not yet added counts when going on
    qtbot.keyClicks(_find(wiz, QLineEdit, "operatorEdit"), "  Budi   Santoso ")
    assert wiz.button(wiz.WizardButton.CommitButton).isEnabled()
    wiz.next()
    assert wiz.app is not None and wiz.app.profile.operators == ["Budi Santoso"]


def test_search_without_match_says_so(qtbot, wiz):
    wiz.next()
    edit = _find(wiz, QLineEdit, "desaSearchEdit")
    qtbot.keyClicks(edit, "zzqxw")
    status = _find(wiz, QLabel, "desaSearchStatus")
    qtbot.waitUntil(lambda: "Tidak ada" in status.text(), timeout=3000)
    assert _find(wiz, QListWidget, "desaResultsList").count() == 0
    assert not wiz.button(wiz.WizardButton.NextButton).isEnabled()


def test_kabupaten_mode(qtbot, wiz):
    qtbot.mouseClick(_find(wiz, QRadioButton, "modeKabupatenRadio"), Qt.MouseButton.LeftButton)
    wiz.next()
    assert not _find(wiz, QLineEdit, "desaSearchEdit").isVisible()
    assert not _find(wiz, QComboBox, "kecamatanCombo").isVisible()
    prov = _find(wiz, QComboBox, "provinsiCombo")
    prov.setCurrentIndex(prov.findData("35"))
    kab = _find(wiz, QComboBox, "kabupatenCombo")
    kab.setCurrentIndex(kab.findData("35.03"))
    assert wiz.region_code() == "35.03"
    wiz.next()
    qtbot.keyClicks(_find(wiz, QLineEdit, "operatorEdit"), "Petugas Dinas")
    wiz.next()
    assert wiz.app is not None
    assert wiz.app.profile.role == "kabupaten"
    assert wiz.app.profile.region_code == "35.03"


def test_profile_error_is_shown_in_indonesian(qtbot, wiz, monkeypatch):
    from desktop_app.services.setup import profile

    def refuse(*_a, **_k):
        raise profile.ProfileError("Folder data sudah disiapkan sebelumnya; tidak ada yang diubah.")

    monkeypatch.setattr(profile, "init_profile", refuse)
    wiz.next()
    qtbot.keyClicks(_find(wiz, QLineEdit, "desaSearchEdit"), "besuki")
    wiz.region_page.run_search()
    _find(wiz, QListWidget, "desaResultsList").setCurrentRow(0)
    wiz.next()
    qtbot.keyClicks(_find(wiz, QLineEdit, "operatorEdit"), "Siti")
    wiz.next()
    assert wiz.currentPage() is wiz.operator_page  # stays, typing kept
    error = _find(wiz, QLabel, "wizardErrorLabel")
    assert "sudah disiapkan" in error.text()
    assert wiz.operator_page.operators() == ["Siti"]
    assert wiz.app is None


def test_hit_text_format():
    from desktop_app.core import regions

    hit = next(h for h in regions.search_desa("besuki", 50) if h.code == "35.03.01.2001")
    assert hit_text(hit) == "Desa Besuki - Kec. Panggul - Kab. Trenggalek - Prov. Jawa Timur"


def test_run_first_start_returns_app(qtbot, tmp_path, monkeypatch):
    def fake_exec(self):
        self.show()  # exec() shows the wizard, which starts it on its first page
        self.next()
        self.region_page.search_edit.setText("besuki")
        self.region_page.run_search()
        self.region_page.results_list.setCurrentRow(0)
        self.next()
        self.operator_page.operator_edit.setText("Siti")
        self.next()
        self.accept()
        return 1

    monkeypatch.setattr(wizard_mod.FirstStartWizard, "exec", fake_exec)
    app = wizard_mod.run_first_start(tmp_path / "d")
    assert app is not None
    app.close()
    reopened = open_app(tmp_path / "d", backup=False)
    assert reopened.profile.operators == ["Siti"]
    reopened.close()


def test_kabupaten_by_typing_part_of_its_name(qtbot, wiz):
    """Issue 14 item 9: every kabupaten starts with 'Kabupaten'; typing part of the name and Enter
    chooses it (and Enter goes on, as everywhere in the wizard)."""
    from PySide6.QtTest import QTest

    qtbot.mouseClick(_find(wiz, QRadioButton, "modeKabupatenRadio"), Qt.MouseButton.LeftButton)
    wiz.next()
    prov = _find(wiz, QComboBox, "provinsiCombo")
    prov.lineEdit().setFocus()
    QTest.keyClicks(prov.lineEdit(), "jawa tim")
    QTest.keyClick(prov.lineEdit(), Qt.Key.Key_Return)
    assert prov.currentData() == "35"
    kab = _find(wiz, QComboBox, "kabupatenCombo")
    assert kab.lineEdit().text() == "" and "pilih" in kab.lineEdit().placeholderText()
    kab.lineEdit().setFocus()
    QTest.keyClicks(kab.lineEdit(), "trengg")
    QTest.keyClick(kab.lineEdit(), Qt.Key.Key_Return)
    assert kab.currentData() == "35.03" and kab.lineEdit().text() == "Kabupaten Trenggalek"
    assert wiz.region_code() == "35.03"
    # text that is no choice does not stay in the field
    kab.lineEdit().setFocus()
    kab.lineEdit().selectAll()
    QTest.keyClicks(kab.lineEdit(), "xyz")
    kab.lineEdit().editingFinished.emit()
    assert kab.currentData() == "35.03" and kab.lineEdit().text() == "Kabupaten Trenggalek"
