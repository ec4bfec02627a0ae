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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop_app.core.progress import Cancelled, Progress
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
    error_message,
    summarize_ignored,
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


# ---------------------------------------------------------------- page 1: file, sheet and kind


class ResultsFilePage(FilePage):
    """The village's file page with the kind of answers (Dukcapil / BPJS) above the file."""

    def __init__(self, host: Any, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
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

    def show_info(self, a: Any) -> None:
        self.analysis = a
        if a is None:
            self.fileInfoLabel.setVisible(False)
            return
        n_rows, n_data = len(a.sheet.rows), len(a.data_rows)
        lines = [with_count(self.tr("Lembar '{sheet}': %n baris terisi.", "", n_rows), n_rows, sheet=a.sheet.sheet)]
        if a.header_row:
            lines.append(with_count(self.tr("Judul kolom ditemukan di baris {row}; %n baris jawaban akan diperiksa.",
                                            "", n_data), n_data, row=a.header_row))
            mapped = [result_target_text(t) for t in RESULT_TARGETS if t in a.mapping]
            if mapped:
                lines.append(self.tr("Kolom yang dikenali: {cols}.").format(cols=", ".join(mapped)))
        if a.ignored_rows:
            lines.append(self.tr("Tidak ikut dibaca: {rows}.").format(rows=summarize_ignored(a.ignored_rows)))
        lines += [tr_text(note) for note in a.sheet.notes]
        self.fileInfoLabel.setText("\n".join(lines))
        self.fileInfoLabel.setVisible(True)


# ---------------------------------------------------------------- page 2: columns


class ResultsMappingPage(MappingPage):
    """The village's mapping page with the results targets (NIK, status, reason, KPJ, SIAK name, name)."""

    def __init__(self, host: Any, parent: QWidget | None = None, kind: Callable[[], str] = lambda: "dukcapil") -> None:
        super().__init__(host, parent, targets=tuple(RESULT_TARGETS), target_label=result_target_text)
        self.kind = kind

    def layout_of(self, analysis: Any) -> Any:
        return analysis  # a ResultsAnalysis carries header_row, headers, mapping, data_rows, ignored_rows

    def usable(self) -> bool:
        return _usable(self.kind(), self.mapping)

    def retranslate(self) -> None:
        super().retranslate()
        self.mappingIntroLabel.setText(self.tr(
            "Periksa kolom mana berisi apa. Yang wajib: NIK dan status (hasil); untuk BPJS kolom nomor KPJ "
            "saja juga cukup (berarti terdaftar). Ubah pilihan 'Diimpor sebagai' bila salah."))

    def _update_mapping_warning(self) -> None:
        problems = []
        if "nik" not in self.mapping:
            problems.append(self.tr("Belum ada kolom yang diimpor sebagai NIK."))
        if not _usable(self.kind(), {**self.mapping, "nik": 0}):
            problems.append(self.tr("Belum ada kolom yang diimpor sebagai Status / hasil."))
        if problems:
            problems.append(self.tr("Tentukan kolom NIK dan status untuk melanjutkan."))
        self.mappingWarningLabel.setText(" ".join(problems))
        self.mappingWarningLabel.setVisible(bool(problems))

    def relayout_work(self, analysis: Any, header_row: int) -> Callable[[Progress], Any]:
        return lambda _p: results.relayout(analysis, header_row=header_row)


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

    _RESULT_HEADERS = (
        QT_TRANSLATE_NOOP("ResultsDialog", "Baris"),
        QT_TRANSLATE_NOOP("ResultsDialog", "Hasil"),
        QT_TRANSLATE_NOOP("ResultsDialog", "NIK"),
        QT_TRANSLATE_NOOP("ResultsDialog", "Nama (desa)"),
        QT_TRANSLATE_NOOP("ResultsDialog", "Keterangan"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_rows(self, rows: list[Any]) -> None:  # ResultRow or PreviewRow
        super().set_rows([r if isinstance(r, PreviewRow) else preview_row(r) for r in rows])

    def _apply(self) -> None:
        if self._problems_only:
            self._rows = [r for r in self._all if r.status not in OK_OUTCOMES or r.notes]
        else:
            self._rows = self._all

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ResultsDialog", self._RESULT_HEADERS[section])
        return None

    def _messages(self, r: Any) -> tuple[str, str, str]:
        cached = self._cache.get(id(r))
        if cached is not None:
            return cached
        lines = ["\u2022 " + tr_text(note) for note in r.notes]
        worst = "error" if r.status not in OK_OUTCOMES else ("warning" if lines else "")
        out = ("   ".join(lines), "\n".join(lines), worst)
        self._cache[id(r)] = out
        return out

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

    def run_preview(self, analysis: Any, mapping: dict[str, int], header_row: int) -> None:
        """Dry run with the operator's header row and mapping: what every answer would do."""
        self.clear()
        self.previewModel.set_rows([])
        self.previewSummaryLabel.setText(self.tr("Menyiapkan pratinjau..."))
        app, mapping = self.host.app, dict(mapping)

        def work(progress: Progress) -> tuple[Any, results.ResultsReport]:
            current = analysis
            if mapping != analysis.mapping or header_row != analysis.header_row:
                current = results.relayout(analysis, header_row=header_row, mapping=mapping)
            return current, results.run(app, current, dry_run=True, progress=progress)

        def done(result: tuple[Any, results.ResultsReport]) -> None:
            self.preview_analysis, self.preview = result
            self.previewModel.set_rows(self.preview.rows)
            self._fill_preview_summary()
            self._select_first_problem()

        def failed(exc: BaseException) -> None:
            self.previewSummaryLabel.setText("")
            if isinstance(exc, Cancelled):
                self.host.show_message(self.tr("Pratinjau dibatalkan. Tidak ada data yang diubah."), kind="info")
            else:
                self.host.show_message(error_message(exc))

        self.host.run_task(self.tr("Memeriksa setiap jawaban (belum ada yang diubah)..."), work, done, failed)

    def _show_row_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self.rowDetailLabel.setText(self.tr("Pilih satu baris untuk melihat keterangannya."))
            return
        r = self.previewModel.row_result(current.row())
        title = self.tr("Baris {row}: {name} \u2192 {status}").format(
            row=r.row, name=escape(r.name or r.nik or "-"), status=escape(outcome_text(r.status)))
        color = ERROR_COLOR if r.status not in OK_OUTCOMES else WARNING_COLOR
        lines = [f"<span style='color:{color}'>\u2022 {escape(tr_text(note))}</span>" for note in r.notes]
        if r.desa:
            lines.insert(0, escape(self.tr("Desa: {desa}").format(desa=r.desa)))
        if not r.notes:
            lines.append("<span style='color:#2e7d32'>{t}</span>".format(t=self.tr("Tidak ada masalah.")))
        self.rowDetailLabel.setText(f"<b>{title}</b><br>" + "<br>".join(lines))

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

    def start(self, analysis: Any, on_duplicate: str = "", candidates: Any = None) -> None:
        app, relay = self.host.app, self.host.relay
        backup_label = self.tr("Membuat cadangan data sebelum menerapkan hasil...")
        apply_label = self.tr("Menerapkan hasil...")

        def work(progress: Progress) -> tuple[Path | None, results.ResultsReport]:
            relay.phase.emit(backup_label)
            if not progress.step(0, 0):
                raise Cancelled()
            backup = app.db.backup("sebelum-impor-hasil")
            try:
                relay.phase.emit(apply_label)
                return backup, results.run(app, analysis, progress=progress)
            except BaseException:
                backup.unlink(missing_ok=True)  # nothing was changed: the backup would only eat space
                raise

        def done(result: tuple[Path | None, results.ResultsReport]) -> None:
            self.backup_path, self.report = result
            self._fill_import_result()
            self.finished.emit(self.report)

        def failed(exc: BaseException) -> None:
            self.failed = True
            if isinstance(exc, Cancelled):
                self.importStatusLabel.setText(self.tr("Dibatalkan. Tidak ada data yang diubah."))
            else:
                self.importStatusLabel.setText(self.tr("Hasil tidak diterapkan. Tidak ada data yang diubah."))
                self.host.show_message(error_message(exc))
            self.importTotalsLabel.setText(self.tr(
                "Klik 'Kembali' untuk melihat pratinjau lagi, atau 'Tutup' untuk keluar."))

        self.host.run_task(backup_label, work, done, failed)

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

    def _set_analysis(self, analysis: Any) -> None:
        self.analysis = analysis
        self.mappingPage.set_analysis(analysis)
        self.previewPage.set_analysis(analysis)
        self.filePage.show_info(analysis)
        if analysis.warnings:
            self._show_message(tr_texts(analysis.warnings), kind="warning")
        self._update_buttons()

    def start_import(self) -> None:
        analysis = self.previewPage.preview_analysis
        if self.busy or self.preview is None or analysis is None:
            return
        self.importPage.prepare(analysis)
        self._show_page(self.PAGE_IMPORT)
        self.importPage.start(analysis)

    def _on_imported(self, report: Any) -> None:
        self._has_last = True
        self._update_buttons()
        if self.on_applied is not None:
            self.on_applied()
        self.imported.emit(report)

    def save_report(self, report: Any) -> None:
        if report is None or self.busy:
            return
        source = Path(report.file)
        suggested = source.with_name(self.tr("Laporan hasil - {name}.xlsx").format(name=source.stem))
        chosen = self.choose_report_path(self, str(suggested))
        if not chosen:
            return
        target = Path(chosen)
        self.run_task(self.tr("Menyimpan laporan..."), lambda _p: results.save_report(report, target),
                      lambda _n: self._show_message(self.tr("Laporan disimpan: {path}").format(path=target),
                                                    kind="info"), db=False)

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
