"""Sync refusals in the English window: the sync layer and the sync service raise Indonesian
``core.text.Msg`` messages; the district window and the inspect dialog show them translated,
their parameters (place names, reasons) too. Real widgets, tasks run inline."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.packages import common as package_common
from desktop_app.services.packages import trust as package_trust
from desktop_app.services.setup.profile import init_profile
from desktop_app.sync.manifest import MANIFEST_NAME
from desktop_app.ui.district.window import DistrictWindow
from desktop_app.ui.packages.dialogs import InspectDialog, Pick, error_message

# the offscreen platform's own noise when a top-level window is shown
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")


@pytest.fixture
def other_district(tmp_path, qapp):
    app = init_profile(tmp_path / "kab-lain", "kabupaten", "35.04", ["Petugas Lain"])
    yield app
    app.close()


def _district_window(qtbot, app, runner):
    w = DistrictWindow(app, runner)
    qtbot.addWidget(w)
    w.show()
    w.villageFilterCombo.setCurrentIndex(w.villageFilterCombo.findData("terdaftar"))  # enrolled villages only
    return w


def _pick_file(monkeypatch, path):
    monkeypatch.setattr(Pick, "open_file", classmethod(lambda cls, *a, **kw: str(path)))


def _forge_manifest(path):
    """Change the signed manifest (another sequence number) and keep the old signature: a forged
    package whose ZIP structure is still perfect, so the signature check is what refuses it."""
    with zipfile.ZipFile(path) as zf:
        members = [(info, zf.read(info.filename)) for info in zf.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for info, data in members:
            if info.filename == MANIFEST_NAME:
                data, n = re.subn(rb'"sequence": [0-9]+', b'"sequence": 4242', data)
                assert n == 1
            out.writestr(info, data)
    path.write_bytes(buffer.getvalue())


def test_a_sync_refusal_is_shown_in_english_in_the_district_window(qtbot, tmp_path, village, other_district,
                                                                    runner, messages, monkeypatch, english):
    """A village's registration file taken to the wrong district: refused, and the reason (with
    its translated place names) reads in English."""
    built = package_trust.export_enrollment(village, tmp_path)
    w = _district_window(qtbot, other_district, runner)
    _pick_file(monkeypatch, built.path)
    qtbot.mouseClick(w.importEnrollmentButton, Qt.MouseButton.LeftButton)

    assert w.enrollmentDialog is None and w.villagesTable.rowCount() == 0
    assert messages == [("error", "This package is meant for district 35.03, not for district 35.04.")]
    w.close()


def test_a_file_that_is_no_package_is_refused_in_english(qtbot, tmp_path, other_district, runner, messages,
                                                         monkeypatch, english):
    bogus = tmp_path / "SIPERA_enrollment_bukan.sipera"
    bogus.write_text("ini bukan paket", encoding="utf-8")
    w = _district_window(qtbot, other_district, runner)
    _pick_file(monkeypatch, bogus)
    qtbot.mouseClick(w.importEnrollmentButton, Qt.MouseButton.LeftButton)

    assert messages == [("error", "This file is not a SIPERA package (it is not a ZIP archive).")]
    w.close()


def test_inspecting_a_tampered_package_explains_in_english(qtbot, tmp_path, village, english):
    built = package_trust.export_enrollment(village, tmp_path)
    _forge_manifest(built.path)
    dlg = InspectDialog(None, built.path)
    qtbot.addWidget(dlg)

    assert "NOT AUTHENTIC" in dlg.verdictLabel.text()
    assert dlg.problemLabel.text() == ("Problem: The package signature is not valid: the package may have been "
                                       "changed after it was signed.")
    assert dlg.problemLabel.toolTip().startswith("package.signature: The package signature is not valid")


def test_nested_reasons_stay_indonesian_in_indonesian(qapp):
    """A manifest reason inside a refusal: Indonesian as before without the English catalogue
    (the CLI and the tests of the lower layers see exactly the old text)."""
    from desktop_app.sync.errors import PackageError
    from desktop_app.sync.manifest import Manifest

    with pytest.raises(PackageError) as info:
        Manifest.from_json(b"[1]")
    err = info.value
    assert err.message == "Manifest paket tidak sah: manifest harus objek."
    assert error_message(err) == "Manifest paket tidak sah: manifest harus objek."
    service_error = package_common._package_error(err)
    assert str(service_error) == "Manifest paket tidak sah: manifest harus objek."
    assert error_message(service_error) == "Manifest paket tidak sah: manifest harus objek."


def test_nested_reasons_are_translated_in_english(qapp, english):
    from desktop_app.sync.errors import PackageError
    from desktop_app.sync.manifest import Manifest

    with pytest.raises(PackageError) as info:
        Manifest.from_json(b"[1]")
    assert error_message(info.value) == "Invalid package manifest: manifest must be an object."
    assert error_message(package_common._package_error(info.value)) == "Invalid package manifest: manifest must be an object."
