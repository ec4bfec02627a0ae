"""The sync GUI: the district enrols a village, the village pins the district key, sends a data
package (held-back records shown), inspects packages and sees its history. Real widgets, tasks
run inline, every picker and message box replaced."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from desktop_app.core.person import Person
from desktop_app.services.app import Programme
from desktop_app.services.packages import common as package_common
from desktop_app.services.packages import send as package_send
from desktop_app.services.packages import trust as package_trust
from desktop_app.services.records import editing as records
from desktop_app.services.setup.profile import init_profile
from desktop_app.ui.common.events import AppEvents
from desktop_app.ui.common.widgets import Ask
from desktop_app.ui.district.window import DistrictWindow
from desktop_app.ui.packages import dialogs as sync_dialogs
from desktop_app.ui.packages.dialogs import (
    ConfigImportDialog,
    EnrollmentExportDialog,
    InspectDialog,
    PackageHistoryDialog,
    Pick,
    SendPackageDialog,
    add_sync_actions,
)

# the offscreen platform's own noise when a top-level window is shown
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")

@pytest.fixture
def district(tmp_path, qapp):
    app = init_profile(tmp_path / "kab", "kabupaten", "35.03", ["Budi Petugas"])
    app.operator = "Budi Petugas"
    yield app
    app.close()


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    return folder


@pytest.fixture
def opened(monkeypatch):
    """Pick.open_path records what would be opened with the system's program."""
    seen: list[str] = []
    monkeypatch.setattr(Pick, "open_path", classmethod(lambda cls, path: seen.append(str(path)) or True))
    return seen


def _pick_file(monkeypatch, path):
    monkeypatch.setattr(Pick, "open_file", classmethod(lambda cls, *a, **kw: str(path)))


def _pick_folder(monkeypatch, path):
    monkeypatch.setattr(Pick, "folder", classmethod(lambda cls, *a, **kw: str(path)))


def _enrol(village, district, stick):
    built = package_trust.export_enrollment(village, stick)
    info = package_trust.read_enrollment(district, built.path)
    package_trust.accept_enrollment(district, info, confirmed_fingerprint=package_common.own_fingerprint(village))


def _configure(village, district, stick):
    district.set_programme(Programme(year=2026, coverage_start=date(2026, 4, 1), coverage_end=date(2026, 12, 31)))
    built = package_trust.export_config(district, stick)
    info = package_trust.read_config(village, built.path)
    package_trust.apply_config(village, info, confirmed_fingerprint=package_common.own_fingerprint(district))


def _person(**kw) -> Person:
    base = dict(nik="3503011205800001", full_name="SUPARMAN", birth_date=date(1980, 5, 12), sex="L",
                occupation="petani", funding_source="apbd_kabupaten")
    base.update(kw)
    return Person(**base)


def _seed(village):
    records.save(village, _person())
    records.save(village, _person(nik="3503015505850002", full_name="SITI AMINAH", birth_date=date(1985, 5, 15),
                                  sex="P"))
    bad = records.save(village, _person(nik="3503013505800003", full_name="SALAH TANGGAL"))  # day 35
    assert bad.has_errors


def _send(village, stick):
    result = package_send.export_data_package(village, stick)
    assert result.built is not None
    return result


# ------------------------------------------------------------------------------ district: enrolment


def _district_window(qtbot, district, runner):
    w = DistrictWindow(district, runner)
    qtbot.addWidget(w)
    w.show()
    # the Desa tab lists every desa/kelurahan of the kabupaten; these tests look at the enrolled ones
    w.villageFilterCombo.setCurrentIndex(w.villageFilterCombo.findData("terdaftar"))
    return w


def test_district_enrols_a_village_by_typing_the_fingerprint(qtbot, village, district, runner, stick, messages,
                                                              monkeypatch):
    built = package_trust.export_enrollment(village, stick)
    w = _district_window(qtbot, district, runner)
    assert w.villagesTable.rowCount() == 0 and w.emptyLabel.isVisibleTo(w)
    assert package_common.own_fingerprint(district) in w.fingerprintLabel.text()
    assert w.tabs.count() == 4

    _pick_file(monkeypatch, built.path)
    qtbot.mouseClick(w.importEnrollmentButton, Qt.MouseButton.LeftButton)
    dlg = w.enrollmentDialog
    assert dlg is not None and dlg.isVisible()
    assert "35.03.01.2001" in dlg.villageLabel.text()
    assert dlg.operatorLabel.text() == "Operator Uji"
    assert not dlg.acceptButton.isEnabled()

    # read aloud: lower case, spaces instead of dashes
    spoken = package_common.own_fingerprint(village).lower().replace("-", " ")
    qtbot.keyClicks(dlg.fingerprintEdit, spoken)
    assert "Cocok" in dlg.entry.matchLabel.text()
    assert dlg.acceptButton.isEnabled()
    qtbot.mouseClick(dlg.acceptButton, Qt.MouseButton.LeftButton)

    assert messages == []
    assert w.villagesTable.rowCount() == 1
    assert w.villagesTable.item(0, w.COL_CODE).text() == "35.03.01.2001"
    assert w.villagesTable.item(0, w.COL_OPERATOR).text() == "Operator Uji"
    assert w.villagesTable.item(0, w.COL_FINGERPRINT).text() == package_common.own_fingerprint(village)
    assert not w.emptyLabel.isVisibleTo(w)


def test_wrong_fingerprint_keeps_the_village_out(qtbot, village, district, runner, stick, messages, monkeypatch):
    built = package_trust.export_enrollment(village, stick)
    w = _district_window(qtbot, district, runner)
    _pick_file(monkeypatch, built.path)
    qtbot.mouseClick(w.importEnrollmentButton, Qt.MouseButton.LeftButton)
    dlg = w.enrollmentDialog
    qtbot.keyClicks(dlg.fingerprintEdit, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert "Tidak cocok" in dlg.entry.matchLabel.text()
    qtbot.mouseClick(dlg.acceptButton, Qt.MouseButton.LeftButton)

    assert messages and messages[0][0] == "error" and "tidak cocok" in messages[0][1].lower()
    assert dlg.isVisible()  # the officer can correct the typing
    assert dlg.fingerprintEdit.text() == "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"
    assert package_trust.enrolled_villages(district) == []
    assert w.villagesTable.rowCount() == 0


def test_enrolment_file_from_another_district_is_refused(qtbot, tmp_path, village, runner, messages, monkeypatch):
    built = package_trust.export_enrollment(village, tmp_path)
    other = init_profile(tmp_path / "other", "kabupaten", "35.04", ["Lain"])
    try:
        w = _district_window(qtbot, other, runner)
        _pick_file(monkeypatch, built.path)
        qtbot.mouseClick(w.importEnrollmentButton, Qt.MouseButton.LeftButton)
        assert w.enrollmentDialog is None
        assert messages and messages[0][0] == "error"
        assert w.villagesTable.rowCount() == 0
        w.close()
    finally:
        other.close()


def test_district_revokes_a_village_key_after_confirming(qtbot, village, district, runner, stick, messages,
                                                         monkeypatch):
    _enrol(village, district, stick)
    w = _district_window(qtbot, district, runner)
    assert w.villagesTable.rowCount() == 1
    assert not w.revokeButton.isEnabled()
    w.villagesTable.selectRow(0)
    assert w.revokeButton.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(Ask, "question", classmethod(lambda cls, parent, title, text, **kw: asked.append(text)
                                                      or True))
    qtbot.mouseClick(w.revokeButton, Qt.MouseButton.LeftButton)
    assert asked and "35.03.01.2001" in asked[0]
    assert package_trust.enrolled_villages(district)[0]["fingerprint"] == ""
    assert "dicabut" in w.villagesTable.item(0, w.COL_FINGERPRINT).text()


def test_district_exports_config_and_shows_its_fingerprint(qtbot, district, runner, stick, messages, monkeypatch):
    w = _district_window(qtbot, district, runner)
    _pick_folder(monkeypatch, stick)
    qtbot.mouseClick(w.exportConfigButton, Qt.MouseButton.LeftButton)
    assert list(stick.glob("SIPERA_config_*.sipera"))
    shown = [d for d in w.dialogs if d.objectName() == "configExportedDialog"]
    assert shown
    label = shown[0].findChild(QWidget, "fingerprintLabel")
    assert label.text() == package_common.own_fingerprint(district)
    assert district.preference("last_package_dir") == str(stick)


# ------------------------------------------------------------------------------ village: config and enrolment


def test_village_imports_the_config_by_typing_the_district_fingerprint(qtbot, village, district, runner, stick,
                                                                       messages):
    district.set_programme(Programme(year=2026, coverage_start=date(2026, 4, 1), coverage_end=date(2026, 12, 31),
                                     age_min=17, age_max=70))
    built = package_trust.export_config(district, stick)
    dlg = ConfigImportDialog(village, built.path, runner=runner)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.pinPanel.isVisible() and dlg.fingerprintEdit is not None
    assert dlg.fileFingerprintLabel.text() == package_common.own_fingerprint(district)
    assert not dlg.applyButton.isEnabled()
    with qtbot.waitSignal(dlg.applied, timeout=5000):
        qtbot.keyClicks(dlg.fingerprintEdit, package_common.own_fingerprint(district).replace("-", ""))
        qtbot.mouseClick(dlg.applyButton, Qt.MouseButton.LeftButton)
    assert messages == []
    assert package_common.pinned_district(village)["region_code"] == "35.03"
    assert village.programme().age_max == 70
    text = dlg.programmeLabel.text()
    assert "2026" in text and "01-04-2026" in text and "17-70" in text


def test_village_config_with_wrong_fingerprint_changes_nothing(qtbot, village, district, runner, stick, messages):
    built = package_trust.export_config(district, stick)
    dlg = ConfigImportDialog(village, built.path, runner=runner)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.fingerprintEdit, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    qtbot.mouseClick(dlg.applyButton, Qt.MouseButton.LeftButton)
    assert messages and messages[0][0] == "error"
    assert package_common.pinned_district(village) is None


def test_later_config_is_applied_without_asking(qtbot, village, district, runner, stick, messages):
    _configure(village, district, stick)
    district.set_programme(Programme(year=2027, coverage_start=date(2027, 1, 1), coverage_end=date(2027, 12, 31)))
    built = package_trust.export_config(district, stick)
    dlg = ConfigImportDialog(village, built.path, runner=runner)
    qtbot.addWidget(dlg)
    assert dlg.done_applying and not dlg.pinPanel.isVisibleTo(dlg)
    assert village.programme().year == 2027
    assert "2027" in dlg.programmeLabel.text()


def test_village_writes_its_enrollment_file_and_shows_the_fingerprint(qtbot, village, runner, stick, messages):
    dlg = EnrollmentExportDialog(village, runner=runner)
    qtbot.addWidget(dlg)
    assert dlg.fingerprintLabel.text() == package_common.own_fingerprint(village)
    assert not dlg.createButton.isEnabled()
    dlg.folderEdit.setText(str(stick))
    qtbot.mouseClick(dlg.createButton, Qt.MouseButton.LeftButton)
    assert messages == []
    assert list(stick.glob("SIPERA_enrollment_*.sipera"))
    assert dlg.built.path.name in dlg.resultLabel.text()


# ------------------------------------------------------------------------------ village: send


def test_send_dialog_shows_held_back_records_and_writes_the_package(qtbot, village, district, runner, stick,
                                                                    messages, opened):
    _enrol(village, district, stick)
    _configure(village, district, stick)
    _seed(village)
    out = stick / "kirim"
    out.mkdir()
    events = AppEvents()
    dlg = SendPackageDialog(village, runner, events=events)
    qtbot.addWidget(dlg)
    dlg.show()

    assert not dlg.noConfigPanel.isVisible()
    assert "2 data akan dikirim" in dlg.previewLabel.text()
    assert dlg.heldBackTable.isVisible() and dlg.heldBackTable.rowCount() == 1
    assert dlg.heldBackTable.item(0, 0).text() == "SALAH TANGGAL"
    assert dlg.heldBackTable.item(0, 1).text() == "3503013505800003"
    assert "tanggal lahir" in dlg.heldBackTable.item(0, 2).text().lower()
    assert "DITAHAN" in dlg.heldBackLabel.text()
    assert not dlg.sendButton.isEnabled()  # no folder chosen yet

    dlg.folderEdit.setText(str(out))
    assert dlg.sendButton.isEnabled()
    with qtbot.waitSignal(events.changed, timeout=5000) as blocker:
        qtbot.mouseClick(dlg.sendButton, Qt.MouseButton.LeftButton)
    assert blocker.args[0].records and blocker.args[0].packages
    assert messages == []

    packages = list(out.glob("SIPERA_data_*.sipera"))
    pdfs = list(out.glob("SIPERA_data_*.pdf"))
    assert len(packages) == 1 and len(pdfs) == 1
    assert dlg.resultPanel.isVisible()
    assert packages[0].name in dlg.resultLabel.text()
    assert dlg.fileFingerprintLabel.text() == package_common.short_file_fingerprint(dlg.result.built.sha256_of_file)
    assert village.preference("last_package_dir") == str(out)
    # the preview now says nothing new, the held-back record stays listed
    assert "Tidak ada data baru" in dlg.previewLabel.text()
    assert dlg.heldBackTable.rowCount() == 1 and not dlg.sendButton.isEnabled()

    qtbot.mouseClick(dlg.openPdfButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dlg.openFolderButton, Qt.MouseButton.LeftButton)
    assert opened == [str(pdfs[0]), str(out)]

    # a full resend can be forced
    dlg.fullCheck.setChecked(True)
    assert "2 data akan dikirim" in dlg.previewLabel.text() and dlg.sendButton.isEnabled()


def test_send_dialog_without_config_explains_and_offers_the_import(qtbot, village, district, runner, stick,
                                                                   messages):
    _seed(village)
    dlg = SendPackageDialog(village, runner)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.folderEdit.setText(str(stick))
    assert dlg.noConfigPanel.isVisible()
    assert "konfigurasi" in dlg.noConfigLabel.text().lower()
    assert not dlg.sendButton.isEnabled()
    assert not dlg.fullCheck.isEnabled()

    built = package_trust.export_config(district, stick)
    qtbot.mouseClick(dlg.importConfigButton, Qt.MouseButton.LeftButton)
    config = dlg.configDialog
    assert config.isVisible()
    config.read(built.path)
    qtbot.keyClicks(config.fingerprintEdit, package_common.own_fingerprint(district))
    qtbot.mouseClick(config.applyButton, Qt.MouseButton.LeftButton)
    # once the district key is pinned the same dialog can send
    assert not dlg.noConfigPanel.isVisible()
    assert dlg.sendButton.isEnabled()
    assert messages == []


def test_send_to_a_missing_folder_says_so_and_changes_nothing(qtbot, village, district, runner, stick, messages):
    _enrol(village, district, stick)
    _configure(village, district, stick)
    _seed(village)
    dlg = SendPackageDialog(village, runner)
    qtbot.addWidget(dlg)
    dlg.folderEdit.setText(str(stick / "tidak-ada"))
    qtbot.mouseClick(dlg.sendButton, Qt.MouseButton.LeftButton)
    assert messages and messages[0][0] == "error" and "flashdisk" in messages[0][1]
    assert records.counts(village).get("terkirim") is None
    assert not dlg.resultPanel.isVisibleTo(dlg) and dlg.sendButton.isEnabled()


# ------------------------------------------------------------------------------ inspect and history


def test_inspect_dialog_shows_a_good_package_and_refuses_a_tampered_one(qtbot, village, district, runner, stick,
                                                                        tmp_path):
    _enrol(village, district, stick)
    _configure(village, district, stick)
    _seed(village)
    result = _send(village, stick)

    good = InspectDialog(district, result.built.path, runner=runner)
    qtbot.addWidget(good)
    assert good.signatureLabel.text() == "Sah - kunci dikenal"
    assert good.kindLabel.text().startswith("Data pekerja")
    assert "35.03.01.2001" in good.sourceLabel.text()
    assert good.sequenceLabel.text() == "1"
    assert "2 data" in good.countsLabel.text() and "1 ditahan" in good.countsLabel.text()
    assert good.fileFingerprintLabel.text() == package_common.short_file_fingerprint(result.built.sha256_of_file)
    assert good.signerLabel.text() == package_common.own_fingerprint(village)
    assert not good.problemLabel.isVisibleTo(good)

    stranger = InspectDialog(None, result.built.path)
    qtbot.addWidget(stranger)
    assert stranger.signatureLabel.text() == "Utuh, tetapi kunci belum dikenal"

    tampered = tmp_path / "tampered.sipera"
    shutil.copyfile(result.built.path, tampered)
    data = bytearray(tampered.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    bad = InspectDialog(district, tampered, runner=runner)
    qtbot.addWidget(bad)
    assert "TIDAK SAH" in bad.verdictLabel.text()
    assert bad.problemLabel.text()
    assert bad.fileFingerprintLabel.text() != good.fileFingerprintLabel.text()


def test_history_lists_the_sent_package_and_reopens_it(qtbot, village, district, runner, stick, messages, opened):
    _enrol(village, district, stick)
    _configure(village, district, stick)
    _seed(village)
    result = _send(village, stick)
    dlg = PackageHistoryDialog(village, runner=runner)
    qtbot.addWidget(dlg)
    dlg.show()
    names = [dlg.historyTable.item(r, 5).text() for r in range(dlg.historyTable.rowCount())]
    assert result.built.path.name in names
    row = names.index(result.built.path.name)
    dlg.historyTable.selectRow(row)
    assert dlg.historyTable.item(row, 1).text() == "Dikirim"
    assert dlg.historyTable.item(row, 3).text() == "1"
    assert "2 data" in dlg.historyTable.item(row, 4).text()
    assert len(dlg.historyTable.item(row, 0).text()) == len("dd-mm-yyyy HH:MM")
    assert dlg.openPdfButton.isEnabled() and dlg.inspectButton.isEnabled() and dlg.contentsButton.isEnabled()

    qtbot.mouseClick(dlg.openPdfButton, Qt.MouseButton.LeftButton)
    assert opened and opened[0].endswith(".pdf")

    contents = dlg.show_contents()
    assert contents is not None and contents.objectName() == "sentContentsDialog"
    shown = {contents.contentsTable.item(r, 0).text() for r in range(contents.contentsTable.rowCount())}
    assert shown == {"SUPARMAN", "SITI AMINAH"}

    inspect = dlg.inspect_selected()
    assert inspect is not None and inspect.signatureLabel.text().startswith("Sah - kunci dikenal")
    assert "sendiri" in inspect.signatureLabel.text() and inspect.inspection.ok
    assert messages == []


# ------------------------------------------------------------------------------ menu integration


def test_add_sync_actions_to_a_main_window(qtbot, village, runner, messages, monkeypatch):
    window = QMainWindow()
    qtbot.addWidget(window)
    events = AppEvents(window)
    acts = add_sync_actions(window, village, runner, events)
    names = [a.objectName() for a in acts]
    assert names == ["sendPackageAction", "enrollmentExportAction", "configImportAction", "feedbackImportAction",
                     "restoreImportAction", "inspectPackageAction", "packageHistoryAction"]
    menu = window.menuBar().findChild(QWidget, "syncMenu")
    assert menu is not None and menu.title() == "&Kirim"
    toolbar = window.findChildren(QToolBar)[0]
    assert window.syncActions.actions["sendPackageAction"] in toolbar.actions()

    acts[0].trigger()
    dialogs = window.syncActions.dialogs
    assert dialogs and dialogs[-1].objectName() == "sendPackageDialog"
    assert dialogs[-1].noConfigPanel.isVisibleTo(dialogs[-1])
    acts[6].trigger()
    assert dialogs[-1].objectName() == "packageHistoryDialog"
    monkeypatch.setattr(Pick, "open_file", classmethod(lambda cls, *a, **kw: ""))
    assert window.syncActions.inspect() is None  # picker cancelled: nothing opens


def test_add_sync_actions_on_a_plain_widget_and_for_the_district(qtbot, village, district, runner):
    plain = QWidget()
    qtbot.addWidget(plain)
    acts = add_sync_actions(plain, village, runner)
    assert len(acts) == 7 and all(a in plain.actions() for a in acts)
    window = QMainWindow()
    qtbot.addWidget(window)
    acts = add_sync_actions(window, district, runner)
    assert [a.objectName() for a in acts] == ["inspectPackageAction", "packageHistoryAction"]
    assert not window.findChildren(QToolBar)


def test_counts_text_in_plain_words():
    assert sync_dialogs.counts_text({"records": 1200, "deleted": 2, "held_back": 0, "full": 1}) == (
        "1.200 data, 2 penghapusan, kiriman ulang seluruh data")
    assert sync_dialogs.counts_text({}) == ""


def test_district_window_opens_programme_settings_and_fits_the_screen(qtbot, district, runner, messages):
    w = _district_window(qtbot, district, runner)
    w.resize(1366, 768)
    assert w.minimumSizeHint().width() <= 1366 and w.minimumSizeHint().height() <= 768
    dialog = w.open_settings()
    assert dialog is not None and dialog.objectName() == "settingsDialog" and dialog.isVisible()
    dialog.reject()
    assert w.settingsButton.isEnabled() and w.inspectButton.isEnabled() and w.historyButton.isEnabled()
