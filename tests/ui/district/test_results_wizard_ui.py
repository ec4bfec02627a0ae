"""The results wizard of Mode Kabupaten (Impor Hasil Dukcapil / BPJS), driven through its real
widgets: the village import's file, mapping and preview pages with the results targets."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from desktop_app.services.district import results
from desktop_app.ui.common.dialogs import Pick
from desktop_app.ui.district.results_wizard import ResultsWizard
from desktop_app.ui.sheets.wizard_pages import FilePage, MappingPage, PreviewPage
from tests.services.district.payments.helpers import add_people, district_dir, get, nik, open_district, person
from tests.services.district.payments.test_results import workbook


@pytest.fixture
def district(tmp_path, tmp_path_factory, qapp):
    app = open_district(district_dir(tmp_path, tmp_path_factory))
    yield app
    app.close()


@pytest.fixture
def wizard(qtbot, district, runner, messages):
    w = ResultsWizard(district, runner)
    qtbot.addWidget(w)
    w.show()
    return w


def _pick(monkeypatch, path) -> None:  # noqa: ANN001
    monkeypatch.setattr(Pick, "open_file", classmethod(lambda cls, *a, **k: str(path)))


def test_the_wizard_is_made_of_the_village_import_pages(wizard):
    assert isinstance(wizard.filePage, FilePage)
    assert isinstance(wizard.mappingPage, MappingPage)
    assert isinstance(wizard.previewPage, PreviewPage)
    assert wizard.mappingPage.targets == ("nik", "status", "reason", "kpj_number", "siak_name", "full_name")
    assert wizard.objectName() == "resultsDialog"


def test_dukcapil_file_mapping_corrected_preview_then_apply(wizard, district, tmp_path, monkeypatch):
    people = add_people(district, [person(1), person(2), person(3, dukcapil_match="padan")])
    path = workbook(tmp_path / "jawaban.xlsx", ["NIK", "NAMA", "JAWABAN DINAS"], [
        [nik(1), "WARGA 1", "PADAN"], [nik(2), "WARGA 2", "TIDAK PADAN"], [nik(3), "WARGA 3", "PADAN"],
        [nik(9), "ORANG LAIN", "PADAN"]], title_rows=2)
    _pick(monkeypatch, path)
    wizard.browseButton.click()
    assert wizard.analysis is not None and wizard.analysis.header_row == 3
    assert "baris 3" in wizard.fileInfoLabel.text()
    assert "status" in wizard.message().lower()  # the status column was not recognised: said so
    wizard.nextButton.click()
    page = wizard.mappingPage
    assert wizard.pages.currentWidget() is page
    assert wizard.mapping == {"nik": 0, "full_name": 1}
    # another header row is read again from the sheet already in memory, then back
    page.headerRowSpin.setValue(1)
    wizard.apply_header_row()
    assert wizard.analysis.header_row == 1 and "nik" not in wizard.mapping  # a title is no header
    page.headerRowSpin.setValue(3)
    wizard.apply_header_row()
    assert wizard.analysis.header_row == 3 and wizard.mapping == {"nik": 0, "full_name": 1}
    assert page.mappingTable.rowCount() == 3
    combo = wizard.combo_for_column(2)
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "nik", "status", "reason", "kpj_number",
                                                                 "siak_name", "full_name"]
    assert combo.itemText(2) == "Status / hasil"
    assert page.mappingWarningLabel.isVisible() and not wizard.nextButton.isEnabled()
    # the operator says what the third column is
    combo.setCurrentIndex(combo.findData("status"))
    assert wizard.mapping == {"nik": 0, "full_name": 1, "status": 2}
    assert not page.mappingWarningLabel.isVisible() and wizard.nextButton.isEnabled()
    wizard.nextButton.click()
    assert wizard.pages.currentWidget() is wizard.previewPage
    model = wizard.previewModel
    assert model.rowCount() == 4
    shown = {model.index(r, model.COL_NIK).data(): model.index(r, model.COL_STATUS).data() for r in range(4)}
    assert shown == {nik(1): "Diterapkan", nik(2): "Diterapkan", nik(3): "Sudah sama", nik(9): "NIK tidak ada"}
    assert "2</b> akan diterapkan" in wizard.previewSummaryLabel.text()
    wizard.problemsOnlyCheck.setChecked(True)
    assert model.rowCount() == 1 and model.index(0, model.COL_NIK).data() == nik(9)
    assert "tidak ada di data kabupaten" in wizard.rowDetailLabel.text()
    assert get(district, people[0].id).dukcapil_match == "unknown"  # a preview changes nothing
    # the preview report, as the village wizard saves it
    monkeypatch.setattr(ResultsWizard, "choose_report_path", classmethod(lambda cls, *a: str(tmp_path / "pra.xlsx")))
    wizard.savePreviewReportButton.click()
    sheet = load_workbook(tmp_path / "pra.xlsx").active
    assert "NIK tidak ada" in {c.value for row in sheet.iter_rows() for c in row}
    assert wizard.importButton.isEnabled()
    wizard.importButton.click()
    assert wizard.pages.currentWidget() is wizard.importPage
    assert get(district, people[0].id).dukcapil_match == "padan"
    assert get(district, people[1].id).dukcapil_match == "tidak_padan"
    assert "2 data diperbarui" in wizard.importTotalsLabel.text()
    assert wizard.report.applied == 2 and not wizard.report.dry_run
    assert wizard.saveReportButton.isVisible() and wizard.undoButton.isEnabled()
    assert results.last_import(district).applied == 2


def test_no_header_found_columns_chosen_by_hand(wizard, district, tmp_path, monkeypatch):
    people = add_people(district, [person(1)])
    path = workbook(tmp_path / "tanpa_judul.xlsx", ["NOMOR", "JAWABAN"], [[nik(1), "PADAN"]])
    _pick(monkeypatch, path)
    wizard.browseButton.click()
    assert wizard.analysis.header_row is None
    wizard.nextButton.click()
    assert wizard.mappingPage.mappingTable.rowCount() == 2 and not wizard.nextButton.isEnabled()
    wizard.set_target(0, "nik")
    wizard.set_target(1, "status")
    assert wizard.mappingPage.headerRowSpin.value() == 1
    wizard.nextButton.click()
    assert wizard.previewModel.rowCount() == 1
    wizard.importButton.click()
    assert get(district, people[0].id).dukcapil_match == "padan"


def test_bpjs_kind_reason_column_corrected(wizard, district, tmp_path, monkeypatch):
    people = add_people(district, [person(1), person(2)])
    path = workbook(tmp_path / "bpjs.xlsx", ["NIK", "NAMA", "HASIL", "NO KPJ", "SEBAB"], [
        [nik(1), "WARGA 1", "TERDAFTAR", "12345678901", ""], [nik(2), "WARGA 2", "DITOLAK", "", "Usia lewat batas"]])
    wizard.kindCombo.setCurrentIndex(wizard.kindCombo.findData("bpjs"))
    _pick(monkeypatch, path)
    wizard.browseButton.click()
    assert wizard.analysis.kind == "bpjs"
    wizard.nextButton.click()
    assert wizard.mapping == {"nik": 0, "full_name": 1, "status": 2, "kpj_number": 3}
    wizard.set_target(4, "reason")
    # moving a target from one column to another clears the first one
    wizard.set_target(1, "siak_name")
    assert "full_name" not in wizard.mapping and wizard.mapping["siak_name"] == 1
    wizard.set_target(1, "full_name")
    wizard.nextButton.click()
    assert "2</b> akan diterapkan" in wizard.previewSummaryLabel.text()
    wizard.importButton.click()
    registered, refused = get(district, people[0].id), get(district, people[1].id)
    assert (registered.bpjs_status, registered.kpj_number) == ("terdaftar", "12345678901")
    assert (refused.bpjs_status, refused.bpjs_reason) == ("ditolak", "Usia lewat batas")
    answers = iter([False, True])
    monkeypatch.setattr(ResultsWizard, "confirm_undo", classmethod(lambda cls, parent, text: next(answers)))
    wizard.undoButton.click()  # "no": nothing changes
    assert get(district, people[0].id).bpjs_status == "terdaftar"
    wizard.undoButton.click()
    assert get(district, people[0].id).bpjs_status != "terdaftar"
    assert wizard.pages.currentWidget() is wizard.mappingPage
    assert "dibatalkan" in wizard.message()


def test_another_kind_reads_the_file_again(wizard, district, tmp_path, monkeypatch):
    path = workbook(tmp_path / "kpj.xlsx", ["NIK", "NOMOR KPJ"], [[nik(1), "12345678901"]])
    _pick(monkeypatch, path)
    wizard.browseButton.click()
    wizard.nextButton.click()
    assert not wizard.nextButton.isEnabled()  # Dukcapil answers need a status column
    wizard.backButton.click()
    wizard.kindCombo.setCurrentIndex(wizard.kindCombo.findData("bpjs"))
    assert wizard.analysis.kind == "bpjs"
    wizard.nextButton.click()
    assert wizard.nextButton.isEnabled()  # BPJS: a KPJ column alone means registered


def test_in_english_also_the_texts_of_the_shared_pages(english, district, runner, qtbot, tmp_path, monkeypatch):
    add_people(district, [person(1)])
    w = ResultsWizard(district, runner)
    qtbot.addWidget(w)
    w.show()
    assert w.windowTitle() == "Import Dukcapil / BPJS Results"
    assert w.filePage.kindLabel.text() == "&Kind of answers:"
    assert w.filePage.browseButton.text() != "&Pilih Berkas..."  # FilePage's own text, translated
    path = workbook(tmp_path / "a.xlsx", ["NIK", "HASIL"], [[nik(1), "PADAN"]])
    _pick(monkeypatch, path)
    w.browseButton.click()
    # the shared pages' plural texts too (self.tr in a subclass would keep them Indonesian)
    assert "2 filled rows" in w.fileInfoLabel.text() and "baris" not in w.fileInfoLabel.text()
    w.nextButton.click()
    assert "Required: NIK and status" in w.mappingIntroLabel.text()
    assert "baris" not in w.mappingPage.dataRowsLabel.text()
    assert w.mappingPage.headerRowLabel.text() != "Judul kolom ada di &baris:"
    assert w.combo_for_column(1).currentText() == "Status / result"
    w.nextButton.click()
    assert "1</b> will be applied" in w.previewSummaryLabel.text()
    assert w.previewModel.index(0, w.previewModel.COL_STATUS).data() == "Applied"
    assert w.problemsOnlyCheck.text() != "Hanya baris yang bermasalah"


def test_the_shared_pages_say_the_results_own_texts(wizard, district, tmp_path, monkeypatch):
    """The pages' hooks (file info, mapping warning, row detail, apply texts) give the results' words."""
    add_people(district, [person(1)])
    path = workbook(tmp_path / "j.xlsx", ["NIK", "NAMA"], [[nik(1), "WARGA 1"], [nik(9), "ORANG LAIN"]])
    _pick(monkeypatch, path)
    wizard.browseButton.click()
    info = wizard.fileInfoLabel.text()
    assert "2 baris jawaban akan diperiksa" in info and "Kolom yang dikenali: NIK, Nama." in info
    wizard.nextButton.click()
    assert wizard.mappingWarningLabel.text() == (
        "Belum ada kolom yang diimpor sebagai Status / hasil. Tentukan kolom NIK dan status untuk melanjutkan.")
    wizard.set_target(0, None)
    assert wizard.mappingWarningLabel.text().startswith("Belum ada kolom yang diimpor sebagai NIK. ")
    wizard.set_target(0, "nik")
    wizard.set_target(1, "status")  # the names as the status: every answer an unknown status
    wizard.nextButton.click()
    assert wizard.previewModel.index(0, 1).data() in {"Status tak dikenal", "NIK tidak ada"}
    detail = wizard.rowDetailLabel.text()
    assert detail.startswith("<b>Baris 2: ") and "\u2192" in detail and "Tidak ada masalah" not in detail
    assert wizard.importPage.texts(wizard.analysis)["running"] == "Menerapkan hasil..."


def test_the_village_wizard_keeps_its_own_mapping_warning(qtbot, seeded, runner, messages, tmp_path):
    from desktop_app.ui.sheets.import_wizard import ImportWizard

    w = ImportWizard(seeded, runner)
    qtbot.addWidget(w)
    w.show()
    w.open_file(workbook(tmp_path / "d.xlsx", ["NIK", "NAMA"], [[nik(1), "WARGA 1"]]))
    w.nextButton.click()
    w.set_target(1, None)
    assert w.mappingWarningLabel.text() == "Belum ada kolom yang diimpor sebagai Nama lengkap."
    w.set_target(0, None)
    assert w.mappingWarningLabel.text() == (
        "Belum ada kolom yang diimpor sebagai NIK. Belum ada kolom yang diimpor sebagai Nama lengkap. "
        "Pilih setidaknya kolom NIK atau Nama untuk melanjutkan.")
