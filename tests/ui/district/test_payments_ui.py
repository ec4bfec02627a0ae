"""The Pembayaran menu of Mode Kabupaten: results import, kode iuran, anggaran - real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop_app.services.district import batches
from desktop_app.ui.common.dialogs import Pick
from desktop_app.ui.district.window import DistrictWindow
from tests.services.district.payments.helpers import (
    DESA_B,
    add_people,
    district_dir,
    get,
    nik,
    open_district,
    person,
)
from tests.services.district.payments.test_results import workbook


@pytest.fixture
def district(tmp_path, tmp_path_factory, qapp):
    app = open_district(district_dir(tmp_path, tmp_path_factory))
    yield app
    app.close()


@pytest.fixture
def kab_window(qtbot, district, runner, messages):
    w = DistrictWindow(district, runner)
    qtbot.addWidget(w)
    return w


def test_results_dialog_previews_then_applies(kab_window, district, tmp_path, monkeypatch):
    people = add_people(district, [person(1), person(2)])
    path = workbook(tmp_path / "padan.xlsx", ["NIK", "NAMA", "HASIL"], [[nik(1), "W", "PADAN"], [nik(9), "X", "PADAN"],
                                                                        [nik(2), "Y", "entah"]])
    dialog = kab_window.payments.open_results()
    monkeypatch.setattr(Pick, "open_file", classmethod(lambda cls, *a, **k: str(path)))
    dialog.browseButton.click()
    dialog.nextButton.click()
    assert dialog.mapping["nik"] == 0
    assert dialog.mapping["status"] == 2
    dialog.nextButton.click()
    assert dialog.previewModel.rowCount() == 3
    assert "1</b> akan diterapkan" in dialog.previewSummaryLabel.text()
    assert get(district, people[0].id).dukcapil_match == "unknown"  # only a preview so far
    assert dialog.importButton.isEnabled()
    dialog.importButton.click()
    assert get(district, people[0].id).dukcapil_match == "padan"
    assert not dialog.importButton.isVisible() and not dialog.backButton.isEnabled()
    assert dialog.undoButton.isEnabled()
    asked = []
    monkeypatch.setattr(type(dialog), "confirm_undo", classmethod(lambda cls, parent, text: asked.append(text) or True))
    dialog.undoButton.click()
    assert "padan.xlsx" in asked[0]
    assert get(district, people[0].id).dukcapil_match == "unknown"
    # back on the columns: a corrected column mapping is what the next preview uses
    assert dialog.pages.currentWidget() is dialog.mappingPage
    dialog.set_target(2, None)
    assert "status" not in dialog.mapping
    assert not dialog.nextButton.isEnabled()


def test_batches_dialog_create_issue_export(kab_window, district, tmp_path, monkeypatch):
    add_people(district, [person(1, verification_status="diterima"),
                          person(2, DESA_B, verification_status="diterima", coverage_start=date(2026, 4, 1))])
    dialog = kab_window.payments.open_batches()
    dialog.fromEdit.setDate(QDate(2026, 1, 1))
    dialog.toEdit.setDate(QDate(2026, 12, 1))
    dialog.createButton.click()
    assert dialog.batchesTable.rowCount() == 1
    assert "KI-3503-2026-APBD-001" in dialog.messageLabel.text()
    assert dialog.detailTable.rowCount() == 3  # one kecamatan, two desa
    assert dialog.issueButton.isEnabled()
    dialog.issueButton.click()
    assert batches.get(district, "KI-3503-2026-APBD-001").status == "issued"
    assert not dialog.issueButton.isEnabled() and not dialog.deleteButton.isEnabled()
    monkeypatch.setattr(Pick, "folder", classmethod(lambda cls, *a, **k: str(tmp_path / "out")))
    dialog.exportButton.click()
    assert (tmp_path / "out" / "SIPERA_BPJS_KI-3503-2026-APBD-001.xlsx").exists()
    dialog.createButton.click()  # everyone is paid already: refused, said so
    assert "3503********" in dialog.messageLabel.text()


def test_anggaran_dialog_shows_amounts_and_writes_recaps(kab_window, district, tmp_path, monkeypatch):
    add_people(district, [person(1, verification_status="diterima")])
    batches.issue(district, batches.create(district, "apbd_kabupaten", "2026-01", "2026-12").code)
    dialog = kab_window.payments.open_anggaran()
    assert dialog.linesTable.item(0, 5).text() == "Rp201.600"
    assert dialog.fundingTable.item(0, 2).text() == "Rp201.600"
    dialog.padanCheck.setChecked(True)
    assert batches.rules_of(district).require_padan
    monkeypatch.setattr(Pick, "folder", classmethod(lambda cls, *a, **k: str(tmp_path / "rekap")))
    dialog.recapButton.click()
    assert len(list((tmp_path / "rekap").glob("*.pdf"))) == 3


def _status_of(window, name: str) -> str:  # noqa: ANN001
    model = window.recordsTab.model
    for row in range(model.rowCount()):
        if model.index(row, model.COL_NAME).data() == name:
            return model.index(row, model.COL_STATUS).data()
    raise AssertionError(f"{name} not in the Semua Data table")


def test_the_window_shows_applied_and_undone_results_without_reopening(kab_window, district, tmp_path, monkeypatch):
    people = add_people(district, [person(1), person(2)])
    kab_window.show_tab(kab_window.TAB_RECORDS)
    before = _status_of(kab_window, "WARGA 1")
    assert before != "Ditolak"
    path = workbook(tmp_path / "bpjs.xlsx", ["NIK", "STATUS", "ALASAN"], [[nik(1), "DITOLAK", "data tidak cocok"]])
    villages_read = []
    real_reload = kab_window.reload
    monkeypatch.setattr(kab_window, "reload", lambda: villages_read.append(1) or real_reload())
    dialog = kab_window.payments.open_results()
    dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findData("bpjs"))
    dialog.open_file(path)
    dialog.nextButton.click()
    dialog.nextButton.click()
    dialog.importButton.click()
    assert get(district, people[0].id).bpjs_status == "ditolak"
    # the open Semua Data tab shows it at once, the Desa tab is read again
    assert _status_of(kab_window, "WARGA 1") == "Ditolak"
    assert _status_of(kab_window, "WARGA 2") == before
    assert villages_read == [1]
    loaded = []
    monkeypatch.setattr(kab_window.casesTab, "reload", lambda: loaded.append("cases"))
    monkeypatch.setattr(type(dialog), "confirm_undo", classmethod(lambda cls, parent, text: True))
    dialog.undoButton.click()
    assert _status_of(kab_window, "WARGA 1") == before
    assert villages_read == [1, 1]
    kab_window.show_tab(kab_window.TAB_CASES)
    assert loaded == ["cases"]  # the other tab reads again when shown


def test_an_open_anggaran_reads_again_when_results_are_applied(kab_window, district, monkeypatch):
    anggaran = kab_window.payments.open_anggaran()
    read = []
    monkeypatch.setattr(anggaran, "reload", lambda: read.append(1))
    kab_window.payments.results_changed()
    assert read == [1]
