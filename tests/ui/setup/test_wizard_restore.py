"""Pulihkan desa from the first-start wizard (issue 11 item 7): a re-installed village goes through
the real wizard pages; the services play the district's part."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton

from desktop_app.core.person import Person
from desktop_app.services.app import Programme, open_app
from desktop_app.services.district import merge, restore, verification
from desktop_app.services.packages import common as package_common
from desktop_app.services.packages import send as package_send
from desktop_app.services.packages import trust as package_trust
from desktop_app.services.records import editing as records
from desktop_app.services.setup.profile import init_profile
from desktop_app.ui.common.dialogs import Pick
from desktop_app.ui.setup.wizard import FirstStartWizard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

KAB = "35.03"
DESA = "35.03.01.2001"  # Desa Besuki, Kec. Panggul


def _nik(n: int) -> str:
    return f"350301120580{n:04d}"


@pytest.fixture
def world(tmp_path):
    """A district with one enrolled village that sent two records; one is verified."""
    stick = tmp_path / "stick"
    stick.mkdir()
    district = init_profile(tmp_path / "kab", "kabupaten", KAB, ["Budi"])
    district.set_programme(Programme(year=2026, coverage_start=date(2026, 1, 1), coverage_end=date(2026, 12, 31),
                                     age_min=17, age_max=70))
    old = init_profile(tmp_path / "lama", "desa", DESA, ["Operator Lama"])
    info = package_trust.read_enrollment(district, package_trust.export_enrollment(old, stick).path)
    package_trust.accept_enrollment(district, info, confirmed_fingerprint=package_common.own_fingerprint(old))
    config = package_trust.export_config(district, stick)
    package_trust.apply_config(old, package_trust.read_config(old, config.path),
                               confirmed_fingerprint=package_common.own_fingerprint(district))
    people = [records.save(old, Person(nik=_nik(i), full_name=name, birth_date=date(1980, 5, 12), sex="L",
                                       occupation="petani", funding_source="apbd_kabupaten")).person
              for i, name in ((1, "ANI"), (2, "BUDI"))]
    sent = package_send.export_data_package(old, stick, with_berita_acara=False)
    merge.merge_packages(district, [sent.built.path], backup=False)
    verification.verify(district, [people[0].id], "diterima")
    old.close()
    yield district, people, stick
    district.close()


@pytest.fixture
def wiz(qtbot, tmp_path, monkeypatch):
    from desktop_app.ui.common.widgets import Ask

    def fail(_cls, _parent, text, *_a, **_k):
        raise AssertionError(text)

    monkeypatch.setattr(Ask, "error", classmethod(fail))  # an error box would block the test
    w = FirstStartWizard(tmp_path / "baru")
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


def _to_done_page(qtbot, wiz):
    wiz.next()
    wiz.region_page.search_edit.setText("besuki")
    wiz.region_page.run_search()
    results = wiz.region_page.results_list
    row = next(i for i in range(results.count()) if "Panggul" in results.item(i).text())
    results.setCurrentRow(row)
    assert wiz.region_code() == DESA
    wiz.next()
    qtbot.keyClicks(_find(wiz, QLineEdit, "operatorEdit"), "Operator Baru")
    wiz.next()
    assert wiz.currentPage() is wiz.done_page


def test_restore_a_village_through_the_wizard(qtbot, wiz, world, tmp_path, monkeypatch, runner):
    district, people, stick = world
    _to_done_page(qtbot, wiz)
    finish = wiz.button(wiz.WizardButton.FinishButton)
    nxt = wiz.button(wiz.WizardButton.NextButton)
    assert finish.isVisible() and not nxt.isVisible()  # a new village just starts
    restore_radio = _find(wiz, QRadioButton, "restoreRadio")
    assert restore_radio.isVisible()
    assert "menu Kirim" in _find(wiz, QLabel, "restoreHelp").text()
    restore_radio.click()
    assert nxt.isVisible() and nxt.isEnabled() and not finish.isVisible()

    # step 1: the new enrollment file; the fingerprint is read aloud to the district officer
    wiz.next()
    assert wiz.currentPage() is wiz.restore_enroll_page
    assert finish.isVisible() and finish.isEnabled()  # may stop here
    page1 = wiz.restore_enroll_page
    new_stick = tmp_path / "flashdisk-baru"
    new_stick.mkdir()
    _find(page1, QLineEdit, "folderEdit").setText(str(new_stick))
    qtbot.mouseClick(_find(page1, QPushButton, "createButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page1.made, timeout=10_000)
    read_aloud = _find(page1, QLabel, "fingerprintLabel").text()
    assert read_aloud == package_common.own_fingerprint(wiz.app)

    # the district: enrolls the new key (the old one is revoked), makes config and restore packages
    info = package_trust.read_enrollment(district, page1.dialog.built.path)
    assert info.replaces_key
    package_trust.accept_enrollment(district, info, confirmed_fingerprint=read_aloud)
    config = package_trust.export_config(district, tmp_path)
    out = tmp_path / "pulih"
    out.mkdir()
    made = restore.export_restore(district, DESA, out)
    assert made.records == 2

    page3 = wiz.restore_import_page
    wiz.next()
    page2 = wiz.restore_config_page
    assert wiz.currentPage() is page2
    assert finish.isEnabled()

    # step 2: the district's config; the village types the fingerprint the district officer reads
    page2.dialog.read(config.path)
    qtbot.waitUntil(lambda: page2.dialog.entry is not None, timeout=10_000)
    edit = page2.dialog.fingerprintEdit
    qtbot.keyClicks(edit, package_common.own_fingerprint(district))
    apply = _find(page2, QPushButton, "applyButton")
    assert apply.isEnabled()
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page2.applied, timeout=10_000)

    # step 3: the restore package
    wiz.next()
    assert wiz.currentPage() is page3
    assert "masih kosong" in _find(page3, QLabel, "restoreRulesLabel").text()
    monkeypatch.setattr(Pick, "open_file", classmethod(lambda cls, *a, **k: str(made.path)))
    qtbot.mouseClick(_find(page3, QPushButton, "restoreImportButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page3.result is not None, timeout=10_000)
    label = _find(page3, QLabel, "restoreResultLabel")
    assert "2 data dipulihkan" in label.text() and "bernomor 2" in label.text()
    assert finish.isVisible() and finish.isEnabled()
    assert not page3.later_note.isVisible() and not page3.import_button.isEnabled()
    app = wiz.app
    assert records.get(app, people[0].id).verification_status == "diterima"
    # a second import is refused, plainly, and nothing changes
    page3.restore(made.path)
    qtbot.waitUntil(lambda: "ditolak" in label.text(), timeout=10_000)
    assert "kosong" in label.text()
    wiz.accept()
    # the window opens on the restored records
    from desktop_app.ui.records.main_window import MainWindow

    window = MainWindow(app, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.complete, timeout=10_000)
    assert window.model.total() == 2
    window.close()
    data_dir = app.data_dir
    app.close()
    wiz.app = None
    reopened = open_app(data_dir, backup=False)
    try:
        assert records.get(reopened, people[1].id).full_name == "BUDI"
    finally:
        reopened.close()


def test_restore_before_the_config_says_what_to_do(qtbot, wiz, world, monkeypatch):
    """The operator skips ahead: the restore package needs the district key first, said plainly."""
    _district, _people, stick = world
    _to_done_page(qtbot, wiz)
    _find(wiz, QRadioButton, "restoreRadio").click()
    wiz.next()
    wiz.next()
    wiz.next()
    page3 = wiz.restore_import_page
    assert wiz.currentPage() is page3
    fake = stick / "SIPERA_restore_x.sipera"
    fake.write_bytes(b"not a package")
    page3.restore(fake)
    label = _find(page3, QLabel, "restoreResultLabel")
    qtbot.waitUntil(lambda: label.isVisible(), timeout=10_000)
    assert "Kunci kabupaten belum ada" in label.text()
    assert page3.import_button.isEnabled()


def test_stop_after_step_one(qtbot, wiz, world):
    """Mulai on step 1: the wizard finishes with the profile made; the rest is in the Kirim menu."""
    _to_done_page(qtbot, wiz)
    _find(wiz, QRadioButton, "restoreRadio").click()
    wiz.next()
    assert "menu Kirim" in " ".join(lbl.text() for lbl in wiz.restore_enroll_page.findChildren(QLabel, "laterNote"))
    qtbot.mouseClick(wiz.button(wiz.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wiz.result() == wiz.DialogCode.Accepted
    assert wiz.app is not None and wiz.app.profile.region_code == DESA
