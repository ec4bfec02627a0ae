"""Issue 14 items 6 and 7, and the "Langkah kirim" checklist: the village's way to the district
with the keyboard, one wording for who reads which fingerprint, each step ticked from the real
state. Real widgets, tasks run inline."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.services.packages import common as package_common
from desktop_app.services.packages import trust as package_trust
from desktop_app.ui.common.dialogs import config_reading, enrollment_reading
from desktop_app.ui.packages.dialogs import (
    ConfigImportDialog,
    EnrollmentExportDialog,
    Pick,
    SendPackageDialog,
)
from tests.ui.packages.test_sync_ui import _configure, _enrol, _seed, _send, district, stick  # noqa: F401 - fixtures

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")


def _active(qtbot, dialog) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)


def test_config_import_enter_applies_and_then_closes(qtbot, village, district, runner, stick, messages,  # noqa: F811
                                                      monkeypatch):
    """Item 6: after typing the district fingerprint, Enter applies (it used to re-open the file
    picker); the apply button is one Tab from the field; after applying, Enter closes."""
    picked: list[str] = []
    monkeypatch.setattr(Pick, "open_file", classmethod(lambda cls, *a, **kw: picked.append("picker") or None))
    built = package_trust.export_config(district, stick)
    dlg = ConfigImportDialog(village, runner=runner)
    qtbot.addWidget(dlg)
    _active(qtbot, dlg)
    dlg.browseButton.click()  # as the operator does: the picker (patched) gives nothing
    assert picked == ["picker"]
    dlg.read(built.path)
    assert dlg.fingerprintEdit.hasFocus()
    QTest.keyClicks(dlg.fingerprintEdit, package_common.own_fingerprint(district).lower())
    assert dlg.entry.matches()
    QTest.keyClick(dlg.fingerprintEdit, Qt.Key.Key_Tab)
    assert dlg.applyButton.hasFocus()
    QTest.keyClick(dlg.applyButton, Qt.Key.Key_Backtab)
    assert dlg.fingerprintEdit.hasFocus()
    with qtbot.waitSignal(dlg.applied, timeout=5000):
        QTest.keyClick(dlg.fingerprintEdit, Qt.Key.Key_Return)
    assert picked == ["picker"] and messages == []
    assert package_common.pinned_district(village)["region_code"] == "35.03"
    QTest.keyClick(dlg.focusWidget(), Qt.Key.Key_Return)
    assert not dlg.isVisible() and picked == ["picker"]


def test_one_wording_for_who_reads_the_fingerprint(qtbot, village, district, runner, stick, messages):  # noqa: F811
    """Item 7: the village reads its fingerprint to the district officer (enrollment); the district
    officer reads the district's to the village (configuration); every screen says so alike."""
    assert "Operator desa membacakan sidik jari desa kepada petugas Disperinaker" in enrollment_reading()
    assert "Petugas Disperinaker membacakan sidik jari kunci kabupaten kepada operator desa" in config_reading()
    enroll = EnrollmentExportDialog(village, runner=runner)
    qtbot.addWidget(enroll)
    assert enrollment_reading() in enroll.instructionLabel.text()
    config = ConfigImportDialog(village, package_trust.export_config(district, stick).path, runner=runner)
    qtbot.addWidget(config)
    assert config_reading() in config.pinPanel.findChild(type(config.programmeLabel), "pinIntro").text()
    send = SendPackageDialog(village, runner)
    qtbot.addWidget(send)
    text = send.noConfigLabel.text()
    assert "pendaftaran" in text.lower() and enrollment_reading() in text and config_reading() in text

    from desktop_app.ui.setup.wizard import FirstStartWizard

    wizard = FirstStartWizard(village.data_dir.parent / "baru")
    qtbot.addWidget(wizard)
    wizard.app, wizard.fingerprint = village, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"
    last = wizard.done_page
    last.initializePage()
    assert enrollment_reading() in last.fingerprint_help.text()
    wizard.app = district
    last.initializePage()
    assert config_reading() in last.fingerprint_help.text()


def test_send_steps_are_ticked_from_the_real_state(qtbot, village, district, runner, stick, messages,  # noqa: F811
                                                   monkeypatch):
    """The "Langkah kirim" checklist: enrollment file made, district configuration imported, packages
    sent, feedback received; each tick comes from the package log or the pinned district."""
    _seed(village)
    dlg = SendPackageDialog(village, runner)
    qtbot.addWidget(dlg)
    dlg.show()
    done = {k: bool(label.property("done")) for k, label in dlg.stepLabels.items()}
    assert done == {"enrollment": False, "config": False, "sent": False, "feedback": False}
    assert dlg.stepsBox.title() == "Langkah kirim" and dlg.enrollButton.isVisible()

    # the enrollment file made from this dialog ticks step 1
    dlg.enrollButton.click()
    enroll = dlg.enrollmentDialog
    enroll.folderEdit.setText(str(stick))
    enroll.createButton.click()
    enroll.accept()
    assert dlg.stepLabels["enrollment"].property("done")
    assert "\u2714" in dlg.stepLabels["enrollment"].text()
    assert not dlg.stepLabels["config"].property("done")

    _enrol(village, district, stick)
    _configure(village, district, stick)
    _send(village, stick)
    dlg.refresh()
    assert dlg.stepLabels["config"].property("done") and "Disperinaker" in dlg.stepLabels["config"].text()
    assert dlg.stepLabels["sent"].property("done") and "1 paket" in dlg.stepLabels["sent"].text()
    assert not dlg.stepLabels["feedback"].property("done")

    # a feedback package read in (as the package log records it) ticks step 4
    from desktop_app.storage import packages as package_log

    with village.db.unit_of_work() as s:
        package_log.log_package(s, id="fb-1", direction="received", kind="feedback", source_code="35.03",
                                target_code=village.profile.region_code, sequence=1, file_name="fb.sipera",
                                file_sha256="0" * 64, created_at=datetime(2026, 12, 1, 9, 30), operator="Uji")
    dlg.refresh()
    assert dlg.stepLabels["feedback"].property("done") and "01-12-2026" in dlg.stepLabels["feedback"].text()
