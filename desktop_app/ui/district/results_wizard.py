"""Mode Kabupaten: import the answers of Disdukcapil or BPJS - a wizard with the village import's
pages: file and sheet (``FilePage``, plus the kind of answers), columns (``MappingPage`` with the
results targets), a dry run of every row (``PreviewPage`` with the results' own model) and the
apply step (``ImportPage``: backup, one transaction, the outcome). The dialog is the village's
``ImportWizard`` with these pages; the work runs off the GUI thread through its ``run_task``.

``ResultsWizard(app, runner, parent=None, on_applied=None)`` (objectName ``resultsDialog``);
``ResultsDialog`` is the same class under its old name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop_app.core.progress import Progress
from desktop_app.core.results import RESULT_TARGETS
from desktop_app.services.district import results
from desktop_app.services.district.recap import place_name
from desktop_app.ui.common.dialogs import Pick
from desktop_app.ui.common.widgets import STATUS_COLORS, fmt_number, make_button, with_count
from desktop_app.ui.i18n import tr_text, tr_texts
from desktop_app.ui.sheets.import_wizard import ImportWizard
from desktop_app.ui.sheets.wizard_pages import (
    ERROR_COLOR,
    WARNING_COLOR,
    FilePage,
    ImportPage,
    MappingPage,
    PreviewModel,
    PreviewPage,
)

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
OK_OUTCOMES = ("applied", "unchanged")
OUTCOME_COLOR = {"applied": STATUS_COLORS["siap_kirim"], "unchanged": "#616161"}


def result_target_text(target: str) -> str:
    return QCoreApplication.translate("ResultsDialog", TARGET_WORDS.get(target, RESULT_TARGETS.get(target, target)))


def outcome_text(outcome: str) -> str:
    return QCoreApplication.translate("ResultsDialog", OUTCOME_WORDS.get(outcome, outcome))


def _usable(kind: str, mapping: dict[str, int]) -> bool:
    """What ``results.run`` needs: a NIK column and a status column (BPJS: or a KPJ column)."""
    return "nik" in mapping and ("status" in mapping or (kind == "bpjs" and "kpj_number" in mapping))


def _relayouter(_page: Any) -> Callable[[Any, int | None, dict[str, int] | None], Any]:
    """The pages' ``relayouter()``: the results' own (no app needed)."""
    return lambda analysis, header_row, mapping: results.relayout(analysis, header_row=header_row, mapping=mapping)


# ---------------------------------------------------------------- page 1: file, sheet and kind


class ResultsFilePage(FilePage):
    """The village's file page with the kind of answers (Dukcapil / BPJS) above the file."""

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(host, parent, targets=tuple(RESULT_TARGETS), target_label=result_target_text)
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("kindCombo")
        self.kindCombo.addItem("", "dukcapil")
        self.kindCombo.addItem("", "bpjs")
        self.kindLabel = QLabel(self)
        self.kindLabel.setBuddy(self.kindCombo)
        self.fileForm.insertRow(0, self.kindLabel, self.kindCombo)
        self.kindCombo.currentIndexChanged.connect(self._kind_changed)

    def kind(self) -> str:
        return str(self.kindCombo.currentData())

    def retranslate(self) -> None:
        super().retranslate()
        self.fileIntroLabel.setText(self.tr(
            "Pilih berkas jawaban dari Disdukcapil (padan / tidak padan) atau BPJS (terdaftar + nomor KPJ / "
            "ditolak + alasan). Jawaban dicocokkan dengan NIK; belum ada data yang diubah sampai langkah terakhir."))
        self.fileTipsLabel.setText(self.tr(
            "NIK yang di Excel tersimpan sebagai angka tidak diterapkan (angka terakhirnya bisa salah): "
            "minta berkas dengan kolom NIK sebagai teks."))
        self.kindLabel.setText(self.tr("&Jenis hasil:"))
        self.kindCombo.setItemText(0, self.tr("Hasil padan Disdukcapil (padan / tidak padan)"))
        self.kindCombo.setItemText(1, self.tr("Hasil pendaftaran BPJS (terdaftar + KPJ / ditolak)"))

    def set_idle(self, idle: bool) -> None:
        super().set_idle(idle)
        self.kindCombo.setEnabled(idle)

    def analyser(self) -> Callable[[Path, str | None, Progress], Any]:
        app, kind = self.host.app, self.kind()
        return lambda path, sheet, progress: results.analyse(app, path, kind, sheet=sheet, progress=progress)

    def _kind_changed(self, _index: int) -> None:
        text = self.fileEdit.text().strip()
        if text and not self.host.busy:
            self.open_file(text)  # read again: the status words and columns depend on the kind

    def found_text(self, n_data: int) -> str:
        return self.tr("Judul kolom ditemukan di baris {row}; %n baris jawaban akan diperiksa.", "", n_data)

    def ignored_text(self) -> str:
        return self.tr("Tidak ikut dibaca: {rows}.")


# ---------------------------------------------------------------- page 2: columns


class ResultsMappingPage(MappingPage):
    """The village's mapping page with the results targets (NIK, status, reason, KPJ, SIAK name, name)."""

    relayouter = _relayouter

    def __init__(self, host: Any, parent: QWidget | None = None, kind: Callable[[], str] = lambda: "dukcapil") -> None:
        super().__init__(host, parent, targets=tuple(RESULT_TARGETS), target_label=result_target_text)
        self.kind = kind

    def usable(self) -> bool:
        return _usable(self.kind(), self.mapping)

    def retranslate(self) -> None:
        super().retranslate()
        self.mappingIntroLabel.setText(self.tr(
            "Periksa kolom mana berisi apa. Yang wajib: NIK dan status (hasil); untuk BPJS kolom nomor KPJ "
            "saja juga cukup (berarti terdaftar). Ubah pilihan 'Diimpor sebagai' bila salah."))

    def missing_targets(self) -> list[str]:
        missing = ["nik"] if "nik" not in self.mapping else []
        return missing + ([] if _usable(self.kind(), {**self.mapping, "nik": 0}) else ["status"])

    def needed_text(self) -> str:
        return self.tr("Tentukan kolom NIK dan status untuk melanjutkan.")


# ---------------------------------------------------------------- page 3: preview


@dataclass(slots=True)
class PreviewRow:
    """A ``ResultRow`` as ``PreviewModel`` reads a row (``status`` is the outcome)."""

    row: int
    status: str
    nik: str
    name: str
    notes: list[str]
    desa: str = ""
    issues: list[Any] = field(default_factory=list)


def preview_row(r: results.ResultRow) -> PreviewRow:
    desa = ", ".join(place_name(c.strip()) for c in r.desa_code.split(",")) if r.desa_code else ""
    return PreviewRow(r.row, r.outcome, r.nik[:24], r.name, list(r.notes), desa)


class ResultsPreviewModel(PreviewModel):
    """One row per answer: its outcome (applied, unchanged, NIK not found...) and why."""

    HEADER_CONTEXT = "ResultsDialog"
    _HEADERS = (
        QT_TRANSLATE_NOOP("ResultsDialog", "Baris"),
        QT_TRANSLATE_NOOP("ResultsDialog", "Hasil"),
        QT_TRANSLATE_NOOP("ResultsDialog", "NIK"),
        QT_TRANSLATE_NOOP("ResultsDialog", "Nama (desa)"),
        QT_TRANSLATE_NOOP("ResultsDialog", "Keterangan"),
    )

    def set_rows(self, rows: list[Any]) -> None:  # ResultRow or PreviewRow
        super().set_rows([r if isinstance(r, PreviewRow) else preview_row(r) for r in rows])

    def is_problem(self, r: Any) -> bool:
        return r.status not in OK_OUTCOMES or bool(r.notes)

    def message_lines(self, r: Any) -> tuple[list[str], str]:
        lines = ["\u2022 " + tr_text(note) for note in r.notes]
        return lines, "error" if r.status not in OK_OUTCOMES else ("warning" if lines else "")

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, col = self._rows[index.row()], index.column()
        if col == self.COL_STATUS and role == Qt.ItemDataRole.DisplayRole:
            return outcome_text(r.status)
        if col == self.COL_STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(OUTCOME_COLOR.get(r.status, ERROR_COLOR)))
        if col == self.COL_NAME and role == Qt.ItemDataRole.DisplayRole:
            return f"{r.name} ({r.desa})" if r.desa else r.name
        return super().data(index, role)


class ResultsPreviewPage(PreviewPage):
    """The village's preview page on the results' dry run (no duplicate choice, no candidates)."""

    relayouter = _relayouter

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.onDuplicateLabel.setVisible(False)
        self.onDuplicateCombo.setVisible(False)

    def make_model(self) -> PreviewModel:
        return ResultsPreviewModel(self)

    def retranslate(self) -> None:
        super().retranslate()
        self.savePreviewReportButton.setText(self.tr("Simpan Laporan Pratinjau..."))
        self.previewHintLabel.setText(self.tr(
            "Merah: jawaban yang tidak diterapkan (alasannya di kolom Keterangan). Kuning: diterapkan, "
            "tetapi periksa lagi. Pilih satu baris untuk membaca keterangannya lengkap."))

    def set_idle(self, idle: bool) -> None:
        super().set_idle(idle)
        self.candidateBar.setVisible(False)

    def set_analysis(self, analysis: Any) -> None:
        self.clear()

    def can_import(self) -> bool:
        return self.preview is not None and self.preview.counts["applied"] > 0

    def preview_header_row(self, layout: Any, header_row: int) -> int:
        return header_row  # the operator's, always

    def dry_run(self) -> Callable[[Any, Progress], Any]:
        app = self.host.app
        return lambda current, progress: results.run(app, current, dry_run=True, progress=progress)

    def after_preview(self) -> None:
        pass  # no candidates

    def preview_label(self) -> str:
        return self.tr("Memeriksa setiap jawaban (belum ada yang diubah)...")

    def status_label(self, status: str) -> str:
        return outcome_text(status)

    def detail_intro(self, r: Any) -> list[str]:
        return [escape(self.tr("Desa: {desa}").format(desa=r.desa))] if r.desa else []

    def detail_lines(self, r: Any) -> list[str]:
        color = ERROR_COLOR if r.status not in OK_OUTCOMES else WARNING_COLOR
        return [f"<span style='color:{color}'>\u2022 {escape(tr_text(note))}</span>" for note in r.notes]

    def _fill_preview_summary(self) -> None:
        report = self.preview
        if report is None:
            return
        c = report.counts
        html = self.tr(
            "{rows} baris dibaca: {applied} akan diterapkan, {same} sudah sama, {other} tidak diterapkan "
            "(lihat keterangan per baris).").format(
            rows=fmt_number(report.rows_read), applied=f"<b style='color:{OUTCOME_COLOR['applied']}'>"
            f"{fmt_number(c['applied'])}</b>", same=fmt_number(c["unchanged"]),
            other=f"<b style='color:{ERROR_COLOR}'>{fmt_number(report.not_applied)}</b>")
        if report.ignored_rows:
            n = len(report.ignored_rows)
            html += "<br><span style='color:#555'>{t}</span>".format(t=with_count(self.tr(
                "%n baris lain tidak dibaca (judul, baris kosong atau JUMLAH).", "", n), n))
        if c["applied"] == 0:
            html += "<br><b>{t}</b>".format(t=self.tr("Tidak ada jawaban yang akan diterapkan dari berkas ini."))
        self.previewSummaryLabel.setText(html)


# ---------------------------------------------------------------- page 4: apply


class ResultsApplyPage(ImportPage):
    """Backup, then the answers applied in one transaction (Cancel rolls it back), then the outcome."""

    def prepare(self, analysis: Any) -> None:
        super().prepare(analysis)
        self.importStatusLabel.setText(self.tr("Menerapkan hasil dari {name}...").format(name=analysis.path.name))

    BACKUP_NAME = "sebelum-impor-hasil"

    def texts(self, analysis: Any) -> dict[str, str]:
        return {"backup": self.tr("Membuat cadangan data sebelum menerapkan hasil..."),
                "running": self.tr("Menerapkan hasil..."),
                "cancelled": self.tr("Dibatalkan. Tidak ada data yang diubah."),
                "failed": self.tr("Hasil tidak diterapkan. Tidak ada data yang diubah.")}

    def apply_work(self, analysis: Any, on_duplicate: str, candidates: Any) -> Callable[[Progress], Any]:
        app = self.host.app
        return lambda progress: results.run(app, analysis, progress=progress)

    def _fill_import_result(self) -> None:
        report = self.report
        if report is None:
            return
        self.importStatusLabel.setText(self.tr("Hasil sudah diterapkan dan tersimpan."))
        self.importTotalsLabel.setText(self.tr(
            "Selesai: {applied} data diperbarui, {other} baris tidak diterapkan. "
            "Simpan laporan untuk dikembalikan ke pengirim.").format(
            applied=fmt_number(report.counts["applied"]), other=fmt_number(report.not_applied)))
        if self.backup_path:
            self.backupLabel.setText(self.tr("Cadangan sebelum menerapkan hasil: {path}").format(path=self.backup_path))
        self.saveReportButton.setVisible(True)


# ---------------------------------------------------------------- the wizard


class ResultsWizard(ImportWizard):
    """File (and kind) -> columns -> preview -> apply, with undo of the last results import."""

    _STEPS = (
        QT_TRANSLATE_NOOP("ResultsWizard", "Berkas"),
        QT_TRANSLATE_NOOP("ResultsWizard", "Kolom"),
        QT_TRANSLATE_NOOP("ResultsWizard", "Pratinjau"),
        QT_TRANSLATE_NOOP("ResultsWizard", "Terapkan"),
    )

    def __init__(self, app: Any, runner: Any = None, parent: QWidget | None = None, on_applied: Any = None) -> None:
        if runner is None:
            from desktop_app.ui.common.tasks import TaskRunner

            runner = TaskRunner(parent=parent)
        self.on_applied = on_applied
        self._has_last = results.last_import(app) is not None
        super().__init__(app, runner, None, parent)
        self.setObjectName("resultsDialog")

    def _make_pages(self) -> tuple[FilePage, MappingPage, PreviewPage, ImportPage]:
        file_page = ResultsFilePage(self, self)
        return (file_page, ResultsMappingPage(self, self, file_page.kind), ResultsPreviewPage(self, self),
                ResultsApplyPage(self, self))

    def _build(self) -> None:
        super()._build()
        self.kindCombo = self.filePage.kindCombo
        self.undoButton = make_button(self, "undoButton", self.undo, auto_default=False)
        buttons = self.layout().itemAt(self.layout().count() - 1).layout()
        buttons.insertWidget(1, self.undoButton)

    def kind(self) -> str:
        return self.filePage.kind()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Impor Hasil Dukcapil / BPJS"))
        self.importButton.setText(self.tr("&Terapkan"))
        self.undoButton.setText(self.tr("Batalkan Impor Hasil Terakhir"))

    def _page_titles(self) -> list[str]:
        return [
            self.tr("1. Jenis hasil, berkas dan lembar"),
            self.tr("2. Cocokkan kolom"),
            self.tr("3. Pratinjau: apa yang terjadi pada setiap jawaban"),
            self.tr("4. Terapkan"),
        ]

    @classmethod
    def choose_file(cls, parent: QWidget | None, start_dir: str) -> str | None:
        return Pick.open_file(parent, QCoreApplication.translate("ResultsDialog", "Pilih berkas hasil"), start_dir,
                              QCoreApplication.translate("ResultsDialog", SPREADSHEET_FILTER)) or None

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "undoButton"):
            self.undoButton.setEnabled(not self.busy and self._has_last)

    def analysis_warning(self, analysis: Any) -> str:
        return tr_texts(analysis.warnings) if analysis.warnings else ""

    def _on_imported(self, report: Any) -> None:
        self._has_last = True
        self._update_buttons()
        if self.on_applied is not None:
            self.on_applied()
        self.imported.emit(report)

    def report_name(self, report: Any, stem: str) -> str:
        return self.tr("Laporan hasil - {name}.xlsx").format(name=stem)

    def report_saver(self) -> Callable[[Any, Path], Any]:
        return results.save_report

    def undo(self) -> None:
        """Put back what the last results import changed (refused, and said why, when it cannot)."""
        if self.busy:
            return
        app = self.app
        last = results.last_import(app)
        if last is None:
            self._has_last = False
            self._update_buttons()
            return
        when = last.started_at.strftime("%d-%m-%Y %H:%M") if hasattr(last.started_at, "strftime") else ""
        question = self.tr("Impor hasil terakhir: '{file}' pada {when}: {count} data diperbarui.").format(
            file=last.file_name, when=when, count=fmt_number(last.applied)) + "\n\n" + self.tr(
            "Jawaban yang diterapkan impor itu akan dikembalikan seperti sebelumnya. Lanjutkan?")
        if not self.confirm_undo(self, question):
            return

        def done(last: Any) -> None:
            self._has_last = results.last_import(app) is not None
            self._show_message(self.tr("Impor hasil '{file}' dibatalkan: {count} data dikembalikan.").format(
                file=last.file_name, count=last.applied), kind="info")
            self.previewPage.clear()  # the preview was made before the undo
            self.importPage.report = None
            if self.pages.currentIndex() != self.PAGE_FILE:
                self._show_page(self.PAGE_MAPPING if self.analysis is not None else self.PAGE_FILE)
            if self.on_applied is not None:
                self.on_applied()

        self.run_task(self.tr("Membatalkan impor hasil terakhir..."), lambda _p: results.undo_last(app), done)


ResultsDialog = ResultsWizard

__all__ = ["ResultsDialog", "ResultsWizard", "ResultsPreviewModel", "preview_row"]
