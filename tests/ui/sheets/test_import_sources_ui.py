"""The import wizard with lists from the systems villages run: the source named, the candidate
filter on the preview (preset, occupations, age, dusun/RT, by hand), the import of the picked."""

from __future__ import annotations

import pytest

from desktop_app.services.setup.profile import init_profile
from desktop_app.storage import persons as repo
from desktop_app.ui.common.events import AppEvents
from desktop_app.ui.common.tasks import ImmediatePool, TaskRunner
from desktop_app.ui.sheets.import_wizard import ImportWizard
from tests.fixtures import make_sources as ms
from tests.fixtures import make_workbooks as mk


@pytest.fixture
def app(tmp_path, qapp):
    a = init_profile(tmp_path / "d", "desa", "35.03.01.2001", ["Uji"])
    a.operator = "Uji"
    yield a
    a.close()


@pytest.fixture
def wizard(qtbot, app, qapp, messages):
    w = ImportWizard(app, TaskRunner(pool=ImmediatePool()), AppEvents())
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    return w


def count(app) -> int:
    with app.db.read() as s:
        return repo.count(s, repo.RecordFilter())


def open_file(wizard, monkeypatch, path) -> None:
    monkeypatch.setattr(ImportWizard, "choose_file", classmethod(lambda cls, parent, start: str(path)))
    wizard.browseButton.click()


def statuses(wizard) -> dict[int, str]:
    m = wizard.previewModel
    return {m.row_result(i).row: m.row_result(i).status for i in range(m.rowCount())}


def wait_preview(qtbot, wizard, old) -> None:
    qtbot.waitUntil(lambda: wizard.preview is not None and wizard.preview is not old, timeout=5000)


def test_population_export_picked_in_the_preview(wizard, app, monkeypatch, qtbot, tmp_path):
    people = ms.population(300, seed=8)
    people[0].status = 2  # MATI: never imported
    path = ms.make_opensid_export(tmp_path, people)
    open_file(wizard, monkeypatch, path)
    assert "Dikenali sebagai: Format OpenSID - ekspor penduduk" in wizard.fileInfoLabel.text()
    wizard.nextButton.click()
    wizard.nextButton.click()
    assert wizard.pages.currentIndex() == ImportWizard.PAGE_PREVIEW
    bar = wizard.candidateBar
    assert bar.isVisible() and bar.candidateCheck.isChecked()  # the preset, visibly
    assert "Format OpenSID - ekspor penduduk" in bar.sourceLabel.text()
    report = wizard.preview
    assert 0 < report.picked < 299 and report.left_out_counts["status"] == 1
    assert f"Dipilih {report.picked} dari 300 orang" in bar.summaryLabel.text()
    assert "karena pekerjaan" in bar.summaryLabel.text()
    assert statuses(wizard)[2] == "left_out"
    assert wizard.minimumSizeHint().width() <= 1366

    # every occupation: only the age window and the dead leave people out
    old = wizard.preview
    every = next(a for a in bar.occupationMenu.actions() if a.text() == "Semua pekerjaan")
    every.trigger()
    wait_preview(qtbot, wizard, old)
    assert "occupation" not in wizard.preview.left_out_counts
    assert wizard.preview.picked > report.picked

    # one occupation ticked off
    old = wizard.preview
    petani = next(a for a in bar.occupationMenu.actions() if a.data() == "petani")
    petani.trigger()
    wait_preview(qtbot, wizard, old)
    farmers = {i + 2 for i, v in enumerate(people) if v.code == 9}
    assert all(s == "left_out" for r, s in statuses(wizard).items() if r in farmers)

    # a row left out by hand
    old = wizard.preview
    m = wizard.previewModel
    first_picked = next(i for i in range(m.rowCount()) if m.row_result(i).status != "left_out")
    row_number = m.row_result(first_picked).row
    wizard.previewTable.setCurrentIndex(m.index(first_picked, 0))
    bar.toggleRowButton.click()
    wait_preview(qtbot, wizard, old)
    assert statuses(wizard)[row_number] == "left_out"
    assert wizard.preview.left_out_counts["hand"] == 1

    # everyone: the picking switched off
    old = wizard.preview
    bar.candidateCheck.setChecked(False)
    wait_preview(qtbot, wizard, old)
    assert wizard.preview.picked == 299 and not bar.occupationButton.isEnabled()

    bar.candidateCheck.setChecked(True)
    old = wizard.preview
    wait_preview(qtbot, wizard, old)
    picked = wizard.preview.created
    wizard.importButton.click()
    assert wizard.report.created == picked == count(app)
    assert "tidak dipilih sebagai calon" in wizard.importTotalsLabel.text()


def test_hand_made_list_has_no_candidate_bar(wizard, monkeypatch, tmp_path):
    path, expected = mk.make_nasty_xlsx(tmp_path)
    open_file(wizard, monkeypatch, path)
    assert "Dikenali" not in wizard.fileInfoLabel.text()
    wizard.nextButton.click()
    wizard.nextButton.click()
    assert not wizard.candidateBar.isVisible()
    assert wizard.preview.left_out == 0 and wizard.preview.created == len(expected.data_rows)


def test_buku_induk_and_code_sheet_in_the_wizard(wizard, monkeypatch, tmp_path):
    path, expected, _families = ms.make_bip(tmp_path)  # the layout of OpenSID's format_bip_ektp.xls
    open_file(wizard, monkeypatch, path)
    assert "Buku Induk Penduduk e-KTP" in wizard.fileInfoLabel.text()
    assert "baris kepala keluarga" in wizard.fileInfoLabel.text()
    template, _ = ms.make_opensid_template(tmp_path)
    open_file(wizard, monkeypatch, template)
    assert "Format OpenSID - impor penduduk" in wizard.fileInfoLabel.text()
    wizard.sheetCombo.setCurrentIndex(wizard.sheetCombo.findText("Kode Data"))
    assert "daftar kode" in wizard.message()


def test_candidate_bar_in_english(wizard, english, monkeypatch, tmp_path):
    path = ms.make_opensid_export(tmp_path, ms.population(40, seed=4))
    open_file(wizard, monkeypatch, path)
    assert "Recognised as: OpenSID format - population export" in wizard.fileInfoLabel.text()
    wizard.nextButton.click()
    wizard.nextButton.click()
    bar = wizard.candidateBar
    assert bar.candidateCheck.text() == "Pick pekerja rentan candidates"
    assert "of 40 people picked." in bar.summaryLabel.text()
    assert "Aged 18-65 on" in bar.ageCheck.text()
    left = [wizard.previewModel.row_result(i) for i in range(wizard.previewModel.rowCount())]
    assert any(r.status == "left_out" for r in left)
    texts = [wizard.previewModel.index(i, 1).data() for i in range(wizard.previewModel.rowCount())]
    assert "Not picked" in texts
