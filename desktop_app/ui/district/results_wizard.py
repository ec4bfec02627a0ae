"""Mode Kabupaten: import the answers of Disdukcapil or BPJS (file, mapping, preview, apply,
report, undo). A small mapping + preview dialog; the work runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.results import RESULT_TARGETS
from desktop_app.services.district import results
from desktop_app.services.district.recap import place_name
from desktop_app.ui.common.dialogs import (
    Pick,
    last_dir,
    note_label,
    read_only_table,
    remember_dir,
    run_work,
    table_item,
)
from desktop_app.ui.common.errors import error_text
from desktop_app.ui.common.widgets import STRETCH, button_row, make_button
from desktop_app.ui.i18n import tr_text

SPREADSHEET_FILTER = QT_TRANSLATE_NOOP("ResultsDialog", "Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv *.txt)")
OUTCOME_WORDS = {
    "applied": QT_TRANSLATE_NOOP("ResultsDialog", "Diterapkan"),
    "unchanged": QT_TRANSLATE_NOOP("ResultsDialog", "Sudah sama"),
    "not_found": QT_TRANSLATE_NOOP("ResultsDialog", "NIK tidak ada"),
    "ambiguous": QT_TRANSLATE_NOOP("ResultsDialog", "NIK di dua desa"),
    "excel_number": QT_TRANSLATE_NOOP("ResultsDialog", "NIK berupa angka"),
    "invalid_nik": QT_TRANSLATE_NOOP("ResultsDialog", "NIK tidak sah"),
    "duplicate": QT_TRANSLATE_NOOP("ResultsDialog", "Baris ganda"),
    "contradicting": QT_TRANSLATE_NOOP("ResultsDialog", "Bertentangan"),
    "unknown_status": QT_TRANSLATE_NOOP("ResultsDialog", "Status tak dikenal"),
    "invalid_kpj": QT_TRANSLATE_NOOP("ResultsDialog", "KPJ tidak sah"),
}
TARGET_WORDS = {
    "nik": QT_TRANSLATE_NOOP("ResultsDialog", "NIK"),
    "status": QT_TRANSLATE_NOOP("ResultsDialog", "Status / hasil"),
    "reason": QT_TRANSLATE_NOOP("ResultsDialog", "Keterangan / alasan"),
    "kpj_number": QT_TRANSLATE_NOOP("ResultsDialog", "Nomor KPJ"),
    "siak_name": QT_TRANSLATE_NOOP("ResultsDialog", "Nama di SIAK"),
    "full_name": QT_TRANSLATE_NOOP("ResultsDialog", "Nama"),
}
PREVIEW_ROWS = 500


class ResultsDialog(QDialog):
    """Choose the file and its kind, check the columns, see what every row would do, apply."""

    def __init__(self, app: Any, runner: Any = None, parent: QWidget | None = None, on_applied: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsDialog")
        self.app = app
        self.runner = runner
        self.on_applied = on_applied
        self.analysis: results.ResultsAnalysis | None = None
        self.report: results.ResultsReport | None = None
        self.setWindowTitle(self.tr("Impor Hasil Dukcapil / BPJS"))
        self.resize(1100, 680)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("kindCombo")
        self.kindCombo.addItem(self.tr("Hasil padan Disdukcapil (padan / tidak padan)"), "dukcapil")
        self.kindCombo.addItem(self.tr("Hasil pendaftaran BPJS (terdaftar + KPJ / ditolak)"), "bpjs")
        form.addRow(self.tr("Jenis hasil:"), self.kindCombo)
        row = QHBoxLayout()
        self.fileEdit = QLineEdit(self)
        self.fileEdit.setObjectName("fileEdit")
        self.fileEdit.setReadOnly(True)
        self.browseButton = make_button(self, "browseButton", self.browse, text=self.tr("Pilih Berkas..."))
        row.addWidget(self.fileEdit, 1)
        row.addWidget(self.browseButton)
        form.addRow(self.tr("Berkas:"), row)
        outer.addLayout(form)
        self.mappingBox = QGroupBox(self.tr("Kolom di berkas"), self)
        self.mappingBox.setObjectName("mappingBox")
        grid = QGridLayout(self.mappingBox)
        self.mappingCombos: dict[str, QComboBox] = {}
        for i, target in enumerate(RESULT_TARGETS):
            combo = QComboBox(self.mappingBox)
            combo.setObjectName(f"map_{target}")
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.mappingCombos[target] = combo
            grid.addWidget(QLabel(QCoreApplication.translate("ResultsDialog", TARGET_WORDS[target]), self.mappingBox),
                           i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
        outer.addWidget(self.mappingBox)
        self.summaryLabel = note_label("", "summaryLabel", self)
        outer.addWidget(self.summaryLabel)
        self.previewTable = read_only_table("previewTable", [
            self.tr("Baris"), self.tr("NIK"), self.tr("Nama"), self.tr("Desa"), self.tr("Hasil"),
            self.tr("Keterangan")], self)
        self.previewTable.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.previewTable, 1)
        self.applyButton = make_button(self, "applyButton", self.apply, text=self.tr("Terapkan"), default=True)
        self.reportButton = make_button(self, "reportButton", self.save_report, text=self.tr("Simpan Laporan..."))
        self.undoButton = make_button(self, "undoButton", self.undo, text=self.tr("Batalkan Impor Hasil Terakhir"))
        self.closeButton = make_button(self, "closeButton", self.reject, text=self.tr("Tutup"))
        outer.addLayout(button_row(self.undoButton, STRETCH, self.reportButton, self.applyButton, self.closeButton))
        self.kindCombo.currentIndexChanged.connect(lambda _i: self.load(self.fileEdit.text()) if self.fileEdit.text() else None)
        self._filling = False
        self._update_buttons()

    def kind(self) -> str:
        return str(self.kindCombo.currentData())

    def browse(self) -> None:
        path = Pick.open_file(self, self.tr("Pilih berkas hasil"), last_dir(self.app),
                              QCoreApplication.translate("ResultsDialog", SPREADSHEET_FILTER))
        if path:
            remember_dir(self.app, str(Path(path).parent))
            self.load(path)

    def load(self, path: str, mapping: dict[str, int] | None = None) -> None:
        self.fileEdit.setText(str(path))
        kind = self.kind()

        def work(progress: Any) -> tuple[Any, Any]:
            analysis = results.analyse(self.app, Path(path), kind, mapping=mapping, progress=progress)
            report = None
            if "nik" in analysis.mapping:
                try:
                    report = results.run(self.app, analysis, dry_run=True, progress=progress)
                except results.ResultsError:
                    report = None
            return analysis, report

        run_work(self.runner, work, self._loaded, self._failed, self.tr("Membaca berkas..."), self)

    def _loaded(self, result: tuple[Any, Any]) -> None:
        self.analysis, self.report = result
        self._filling = True
        headers = self.analysis.headers
        for target, combo in self.mappingCombos.items():
            combo.clear()
            combo.addItem(self.tr("(tidak ada)"), -1)
            for i, h in enumerate(headers):
                combo.addItem(f"{_letters(i)}: {h}", i)
            col = self.analysis.mapping.get(target, -1)
            combo.setCurrentIndex(max(0, combo.findData(col)))
        self._filling = False
        self._show_preview()

    def _mapping_changed(self) -> None:
        if self._filling or self.analysis is None:
            return
        mapping = {t: int(c.currentData()) for t, c in self.mappingCombos.items() if int(c.currentData()) >= 0}
        self.load(str(self.analysis.path), mapping)

    def _show_preview(self) -> None:
        report = self.report
        table = self.previewTable
        table.setRowCount(0)
        if report is None:
            warnings = " ".join(tr_text(w) for w in (self.analysis.warnings if self.analysis else []))
            self.summaryLabel.setText(warnings or self.tr("Kolom NIK dan status belum ditentukan."))
            self._update_buttons()
            return
        c = report.counts
        self.summaryLabel.setText(self.tr(
            "{rows} baris dibaca: {applied} akan diterapkan, {same} sudah sama, {other} tidak diterapkan "
            "(lihat keterangan per baris).").format(rows=report.rows_read, applied=c["applied"],
                                                    same=c["unchanged"], other=report.not_applied))
        shown = sorted(report.rows, key=lambda r: (r.outcome in ("applied", "unchanged"), r.row))[:PREVIEW_ROWS]
        table.setRowCount(len(shown))
        for i, r in enumerate(shown):
            desa = ", ".join(place_name(c.strip()) for c in r.desa_code.split(",")) if r.desa_code else ""
            values = [str(r.row), r.nik[:24], r.name, desa,
                      QCoreApplication.translate("ResultsDialog", OUTCOME_WORDS.get(r.outcome, r.outcome)),
                      "; ".join(tr_text(n) for n in r.notes)]
            for j, v in enumerate(values):
                table.setItem(i, j, table_item(v))
        table.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.report is not None and self.report.counts["applied"] > 0 and self.report.dry_run
        self.applyButton.setEnabled(ready)
        self.reportButton.setEnabled(self.report is not None)
        self.undoButton.setEnabled(results.last_import(self.app) is not None)

    def apply(self) -> None:
        if self.analysis is None:
            return
        analysis = self.analysis

        def work(progress: Any) -> Any:
            self.app.db.backup("sebelum-impor-hasil")
            return results.run(self.app, analysis, progress=progress)

        run_work(self.runner, work, self._applied, self._failed, self.tr("Menerapkan hasil..."), self)

    def _applied(self, report: Any) -> None:
        self.report = report
        self._show_preview()
        self.summaryLabel.setText(self.tr("Selesai: {applied} data diperbarui, {other} baris tidak diterapkan. "
                                          "Simpan laporan untuk dikembalikan ke pengirim.").format(
            applied=report.counts["applied"], other=report.not_applied))
        if self.on_applied is not None:
            self.on_applied()

    def save_report(self) -> None:
        if self.report is None:
            return
        folder = Pick.folder(self, self.tr("Simpan laporan ke folder"), last_dir(self.app))
        if not folder:
            return
        target = Path(folder) / f"Laporan_{Path(self.report.file).stem}.xlsx"
        report = self.report
        run_work(self.runner, lambda _p: results.save_report(report, target),
                 lambda _n: self.summaryLabel.setText(self.tr("Laporan disimpan: {path}").format(path=str(target))),
                 self._failed, None, self)

    def undo(self) -> None:
        run_work(self.runner, lambda _p: results.undo_last(self.app), self._undone, self._failed, None, self)

    def _undone(self, last: Any) -> None:
        self.summaryLabel.setText(self.tr("Impor hasil '{file}' dibatalkan: {count} data dikembalikan.").format(
            file=last.file_name, count=last.applied))
        self._update_buttons()
        if self.on_applied is not None:
            self.on_applied()

    def _failed(self, exc: BaseException) -> None:
        self.summaryLabel.setText(error_text(exc))
        self._update_buttons()


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        out = chr(65 + rem) + out
    return out
