"""Pengaturan: operators, language, programme values; a new age window re-checks every record."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
)

from desktop_app.core.person import Person
from desktop_app.services.app import open_app
from desktop_app.services.records import editing as records
from desktop_app.services.setup.profile import init_profile
from desktop_app.ui.common.tasks import ImmediatePool, TaskRunner
from desktop_app.ui.setup.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def app(tmp_path):
    a = init_profile(tmp_path / "data", "desa", "35.03.01.2001", ["Siti", "Agus"])
    prog = a.programme()
    prog.coverage_start, prog.coverage_end = date(2025, 1, 1), date(2025, 12, 31)
    a.set_programme(prog)
    yield a
    a.close()


@pytest.fixture
def dialog(qtbot, app):
    d = SettingsDialog(app, runner=TaskRunner(pool=ImmediatePool()))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _child(d, cls, name):
    w = d.findChild(cls, name)
    assert w is not None, name
    return w


def test_operators_add_rename_remove(qtbot, dialog, app, tmp_path):
    assert dialog.objectName() == "settingsDialog"
    edit = _child(dialog, QLineEdit, "operatorEdit")
    qtbot.keyClicks(edit, "Budi")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    lst = _child(dialog, QListWidget, "operatorList")
    assert dialog.operators() == ["Siti", "Agus", "Budi"]
    lst.item(1).setText("Agus Prasetyo")  # what editing the item in place does
    lst.setCurrentRow(0)
    qtbot.mouseClick(_child(dialog, QPushButton, "removeOperatorButton"), Qt.MouseButton.LeftButton)
    assert dialog.operators() == ["Agus Prasetyo", "Budi"]
    qtbot.mouseClick(_child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert app.profile.operators == ["Agus Prasetyo", "Budi"]
    assert app.operator == "Agus Prasetyo"
    again = open_app(tmp_path / "data", backup=False)
    assert again.profile.operators == ["Agus Prasetyo", "Budi"]
    again.close()


def test_last_operator_cannot_be_removed(qtbot, dialog):
    lst = _child(dialog, QListWidget, "operatorList")
    lst.setCurrentRow(0)
    dialog.remove_operator()
    assert dialog.operators() == ["Agus"]
    lst.setCurrentRow(0)
    assert not _child(dialog, QPushButton, "removeOperatorButton").isEnabled()
    dialog.remove_operator()
    assert dialog.operators() == ["Agus"]
    assert "Minimal satu operator" in _child(dialog, QLabel, "settingsErrorLabel").text()


def test_language_saved_and_applied_at_once(qtbot, qapp, dialog, app):
    from desktop_app.ui import i18n

    combo = _child(dialog, QComboBox, "languageCombo")
    assert combo.currentData() == "id"
    combo.setCurrentIndex(combo.findData("en"))
    assert "langsung" in _child(dialog, QLabel, "languageNote").text()
    try:
        dialog.save()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.language_changed
        assert app.preference("language") == "en"
        assert i18n.startup_language(app.data_dir) == "en"  # the next start-up speaks it before the database opens
        assert i18n.current_language() == "en"
        again = SettingsDialog(app)
        qtbot.addWidget(again)
        assert again.windowTitle() == "Settings"
        assert _child(again, QComboBox, "languageCombo").currentData() == "en"
    finally:
        i18n.install_translators(qapp, "id")


def test_age_window_change_revalidates(qtbot, dialog, app):
    # 60 years old on 01-01-2025: inside 18-65, outside 18-55
    records.save(app, Person(nik="3503010101640001", full_name="PAK TUA", birth_date=date(1964, 1, 1), sex="L"))
    before = records.list_records(app)
    assert not any(i.code == "age.window" for i in before[0][1])
    _child(dialog, QSpinBox, "ageMaxSpin").setValue(55)
    qtbot.mouseClick(_child(dialog, QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert app.programme().age_max == 55
    assert dialog.revalidated is not None
    after = records.list_records(app)
    assert any(i.code == "age.window" for i in after[0][1])


def test_programme_values_and_checks(qtbot, dialog, app):
    rate = _child(dialog, QSpinBox, "rateSpin")
    assert rate.value() == 16_800
    assert rate.text() == "Rp16.800"
    _child(dialog, QSpinBox, "ageMinSpin").setValue(70)
    dialog.save()
    assert "lebih besar" in _child(dialog, QLabel, "settingsErrorLabel").text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    _child(dialog, QSpinBox, "ageMinSpin").setValue(18)
    _child(dialog, QDateEdit, "coverageStartEdit").setDate(QDate(2025, 4, 1))
    assert "9 bulan" in _child(dialog, QLabel, "coverageMonthsLabel").text()
    rate.setValue(17_000)
    _child(dialog, QSpinBox, "programmeYearSpin").setValue(2026)
    dialog.save()
    prog = app.programme()
    assert (prog.coverage_start, prog.rate, prog.year) == (date(2025, 4, 1), 17_000, 2026)


def test_district_values_are_read_only(qtbot, app, monkeypatch):
    prog = app.programme()
    prog.from_district = True
    app.set_programme(prog)
    d = SettingsDialog(app)
    qtbot.addWidget(d)
    for name in ("ageMinSpin", "ageMaxSpin", "rateSpin", "programmeYearSpin"):
        assert not _child(d, QSpinBox, name).isEnabled()
    assert "kabupaten" in _child(d, QLabel, "districtNote").text()


def test_cancel_changes_nothing(qtbot, dialog, app):
    _child(dialog, QSpinBox, "ageMaxSpin").setValue(50)
    dialog.reject()
    assert app.programme().age_max == 65
