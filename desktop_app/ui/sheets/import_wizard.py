"""Import the lists villages already have: choose file -> columns -> preview -> import -> report.

``ImportWizard(app, runner, events=None, parent=None)`` is a four-page dialog (objectName
``importWizard``). Everything that reads the file or touches the database runs through the
``TaskRunner`` with an inline progress bar and a Cancel button: reading, re-detecting the layout
after a corrected header row, the preview (a dry run), the backup + import (one transaction: a
cancel rolls it back) and writing the report workbook. Errors are shown on the page in plain
Indonesian and the wizard stays usable.

``undo_last_import_ui(app, parent, events=None, runner=None)`` shows what the last import was,
asks, and undoes it, or explains why it cannot.

File pickers and questions are classmethods (``ImportWizard.choose_file``,
``ImportWizard.choose_report_path``, ``ImportWizard.confirm_undo``) so tests monkeypatch them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.progress import Cancelled, Progress
from desktop_app.services.sheets import importer
from desktop_app.services.sheets.reader import SUPPORTED_EXTENSIONS
from desktop_app.ui.common.events import Changes
from desktop_app.ui.common.widgets import STRETCH, Ask, button_row, fmt_number, make_button, with_count
from desktop_app.ui.i18n import tr_text, tr_texts
from desktop_app.ui.sheets.wizard_pages import (  # noqa: F401 - also this module's public names
    ERROR_COLOR,
    IGNORED_REASON_TEXT,
    SAMPLE_COUNT,
    STATUS_COLOR,
    STATUS_TEXT,
    TARGET_TEXT,
    WARNING_COLOR,
    FilePage,
    ImportPage,
    MappingPage,
    PreviewModel,
    PreviewPage,
    _ForwardProgress,
    _Relay,
    column_letter,
    error_message,
    reason_text,
    relayout,
    status_text,
    summarize_ignored,
    target_text,
)

# ---------------------------------------------------------------- the wizard


class ImportWizard(QDialog):
    """Four pages (``wizard_pages``): Berkas, Kolom, Pratinjau, Impor. ``imported`` carries the ImportReport.

    The dialog holds the analysis of the file, the navigation, the progress row and the message
    strip; the pages (``filePage``, ``mappingPage``, ``previewPage``, ``importPage``) build their
    widgets and do their own work through ``run_task``/``show_message``. The widgets tests use are
    also reachable as attributes of the dialog (``wizard.fileEdit`` is ``wizard.filePage.fileEdit``).
    """

    PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_IMPORT = range(4)
    MAP_COL_LETTER, MAP_COL_HEADER = MappingPage.MAP_COL_LETTER, MappingPage.MAP_COL_HEADER
    MAP_COL_TARGET = MappingPage.MAP_COL_TARGET
    imported = Signal(object)

    _STEPS = (
        QT_TRANSLATE_NOOP("ImportWizard", "Berkas"),
        QT_TRANSLATE_NOOP("ImportWizard", "Kolom"),
        QT_TRANSLATE_NOOP("ImportWizard", "Pratinjau"),
        QT_TRANSLATE_NOOP("ImportWizard", "Impor"),
    )
    # page widgets reachable as wizard attributes (tests, screenshots)
    _PAGE_WIDGETS = {
        "filePage": ("fileIntroLabel", "fileEdit", "browseButton", "sheetCombo", "fileInfoLabel", "fileTipsLabel"),
        "mappingPage": ("mappingIntroLabel", "headerRowSpin", "dataRowsLabel", "mappingTable",
                        "mappingWarningLabel", "ignoredLabel"),
        "previewPage": ("previewSummaryLabel", "onDuplicateCombo", "problemsOnlyCheck", "savePreviewReportButton",
                        "previewModel", "previewTable", "rowDetailLabel", "previewHintLabel", "candidateBar"),
        "importPage": ("importStatusLabel", "importTotalsLabel", "backupLabel", "saveReportButton"),
    }

    def __init__(self, app: Any, runner: Any, events: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.events = app, runner, events
        self.setObjectName("importWizard")
        self.setModal(True)
        self.setSizeGripEnabled(True)
        self.setMinimumSize(860, 560)
        self.resize(1180, 690)

        self.analysis: importer.Analysis | None = None
        self._token = 0
        self._busy = False
        self._cancel_requested = False
        self._close_pending = False
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.phase.connect(self._on_phase)

        self._build()
        self.retranslate()
        self._show_page(self.PAGE_FILE)

    # ------------------------------------------------------------ what the pages see (WizardHost)

    @property
    def relay(self) -> _Relay:
        return self._relay

    @property
    def busy(self) -> bool:
        return self._busy

    def run_task(self, label: str, work: Callable[[Progress], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None] | None = None, *, db: bool = True) -> None:
        self._run(label, work, on_done, on_error, db=db)

    def show_message(self, text: str, kind: str = "error") -> None:
        self._show_message(text, kind)

    # state that lives on the pages
    @property
    def mapping(self) -> dict[str, int]:
        return self.mappingPage.mapping

    @property
    def preview(self) -> importer.ImportReport | None:
        return self.previewPage.preview

    @property
    def report(self) -> importer.ImportReport | None:
        return self.importPage.report

    @property
    def backup_path(self) -> Path | None:
        return self.importPage.backup_path

    # ------------------------------------------------------------ construction

    def _make_pages(self) -> tuple[FilePage, MappingPage, PreviewPage, ImportPage]:
        """The four pages (a wizard importing something else gives its own, e.g. the district's results)."""
        return FilePage(self, self), MappingPage(self, self), PreviewPage(self, self), ImportPage(self, self)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        outer.setSpacing(8)

        self.stepLabel = QLabel(self)
        self.stepLabel.setObjectName("stepLabel")
        self.stepLabel.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.stepLabel)
        self.titleLabel = QLabel(self)
        self.titleLabel.setObjectName("pageTitleLabel")
        title_font = QFont(self.titleLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.titleLabel.setFont(title_font)
        outer.addWidget(self.titleLabel)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.setVisible(False)
        outer.addWidget(self.messageLabel)

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("importPages")
        self.filePage, self.mappingPage, self.previewPage, self.importPage = self._make_pages()
        for page in (self.filePage, self.mappingPage, self.previewPage, self.importPage):
            self.pages.addWidget(page)
        outer.addWidget(self.pages, 1)
        for page_name, names in self._PAGE_WIDGETS.items():
            page = getattr(self, page_name)
            for name in names:
                setattr(self, name, getattr(page, name))
        self.filePage.analysisChanged.connect(self._set_analysis)
        self.filePage.analysisReset.connect(self._reset_analysis)
        self.filePage.proceedRequested.connect(self.go_next)
        self.mappingPage.analysisChanged.connect(self._set_analysis)
        self.mappingPage.mappingChanged.connect(self._on_mapping_changed)
        self.previewPage.duplicateChoiceChanged.connect(self._on_duplicate_changed)
        self.previewPage.saveReportRequested.connect(self.save_report)
        self.importPage.saveReportRequested.connect(self.save_report)
        self.importPage.finished.connect(self._on_imported)

        busy = QHBoxLayout()
        self.busyLabel = QLabel(self)
        self.busyLabel.setObjectName("busyLabel")
        self.progressBar = QProgressBar(self)
        self.progressBar.setObjectName("progressBar")
        self.progressBar.setRange(0, 0)
        self.progressBar.setMinimumWidth(320)
        # never the Enter button: Esc cancels work, Enter must not
        self.cancelTaskButton = make_button(self, "cancelTaskButton", self.cancel_task, auto_default=False)
        busy.addWidget(self.busyLabel)
        busy.addWidget(self.progressBar, 1)
        busy.addWidget(self.cancelTaskButton)
        self.busyRow = QWidget(self)
        self.busyRow.setLayout(busy)
        busy.setContentsMargins(0, 0, 0, 0)
        self.busyRow.setVisible(False)
        outer.addWidget(self.busyRow)

        self.closeButton = make_button(self, "closeButton", self.reject, auto_default=False)
        self.backButton = make_button(self, "backButton", self.go_back, auto_default=False)
        self.nextButton = make_button(self, "nextButton", self.go_next, default=True)
        self.importButton = make_button(self, "importButton", self.start_import)
        outer.addLayout(button_row(self.closeButton, STRETCH, self.backButton, self.nextButton, self.importButton))

    # ------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Impor Daftar dari Excel"))
        self.cancelTaskButton.setText(self.tr("Batal"))
        self.backButton.setText(self.tr("< &Kembali"))
        self.nextButton.setText(self.tr("&Lanjut >"))
        self.importButton.setText(self.tr("&Impor Sekarang"))
        self._update_close_text()
        self._update_step_label()
        for page in (self.filePage, self.mappingPage, self.previewPage, self.importPage):
            page.retranslate()

    def _update_close_text(self) -> None:
        self.closeButton.setText(self.tr("&Selesai") if self.report is not None else self.tr("&Tutup"))

    def _page_titles(self) -> list[str]:
        return [
            self.tr("1. Pilih berkas dan lembar"),
            self.tr("2. Cocokkan kolom"),
            self.tr("3. Pratinjau: apa yang akan terjadi pada setiap baris"),
            self.tr("4. Impor"),
        ]

    def _update_step_label(self) -> None:
        current = self.pages.currentIndex()
        parts = []
        for i, name in enumerate(self._STEPS):
            text = f"{i + 1}. {self.tr(name)}"
            if i == current:
                parts.append(f"<b style='color:#1f6f5c'>{text}</b>")
            else:
                parts.append(f"<span style='color:#888'>{text}</span>")
        self.stepLabel.setText("&nbsp;&nbsp;\u203a&nbsp;&nbsp;".join(parts))
        self.titleLabel.setText(self._page_titles()[max(current, 0)])

    # ------------------------------------------------------------ pickers and questions (tests patch)

    @classmethod
    def choose_file(cls, parent: QWidget | None, start_dir: str) -> str | None:
        patterns = " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS)
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ImportWizard", "Pilih daftar yang akan diimpor"), start_dir,
            QCoreApplication.translate("ImportWizard", "Daftar (Excel, LibreOffice, CSV) ({patterns});;"
                                       "Semua berkas (*)").format(patterns=patterns))
        return name or None

    @classmethod
    def choose_report_path(cls, parent: QWidget | None, suggested: str) -> str | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("ImportWizard", "Simpan laporan impor"), suggested,
            QCoreApplication.translate("ImportWizard", "Buku kerja Excel (*.xlsx)"))
        if not name:
            return None
        return name if name.lower().endswith(".xlsx") else name + ".xlsx"

    @classmethod
    def confirm_undo(cls, parent: QWidget | None, text: str) -> bool:
        return Ask.question(parent, QCoreApplication.translate("ImportWizard", "Batalkan impor terakhir?"), text,
                            yes=QCoreApplication.translate("ImportWizard", "Batalkan Impor"),
                            no=QCoreApplication.translate("ImportWizard", "Jangan"))

    # ------------------------------------------------------------ running work

    def _run(self, label: str, work: Callable[[Progress], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None, *, db: bool = True) -> None:
        """Start ``work`` in the runner with our inline progress; stale results are dropped."""
        self._token += 1
        token = self._token
        self._busy = True
        self._cancel_requested = False
        self._show_message("")
        self.busyLabel.setText(label)
        self.progressBar.setRange(0, 0)
        self.cancelTaskButton.setEnabled(True)
        self.busyRow.setVisible(True)
        self._update_buttons()

        def wrapped(progress: Progress) -> Any:
            return work(_ForwardProgress(progress, self._relay, lambda: self._cancel_requested))

        def done(result: Any) -> None:
            if token != self._token:
                return
            self._finish_task()
            if self._close_pending:
                super(ImportWizard, self).reject()
                return
            on_done(result)
            self._update_buttons()

        def failed(exc: BaseException) -> None:
            if token != self._token:
                return
            self._finish_task()
            if self._close_pending:
                super(ImportWizard, self).reject()
                return
            if on_error is not None:
                on_error(exc)
            elif isinstance(exc, Cancelled):
                self._show_message(self.tr("Dibatalkan."), kind="info")
            else:
                self._show_message(error_message(exc))
            self._update_buttons()

        self.runner.run(wrapped, on_done=done, on_error=failed, db=db)

    def _finish_task(self) -> None:
        self._busy = False
        self.busyRow.setVisible(False)

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progressBar.setRange(0, total)
            self.progressBar.setValue(min(done, total))
        else:
            self.progressBar.setRange(0, 0)

    def _on_phase(self, text: str) -> None:
        self.busyLabel.setText(text)

    def cancel_task(self) -> None:
        if not self._busy:
            return
        self._cancel_requested = True
        self.cancelTaskButton.setEnabled(False)
        self.busyLabel.setText(self.tr("Membatalkan..."))

    def _show_message(self, text: str, kind: str = "error") -> None:
        color = {"error": ERROR_COLOR, "info": "#1f6f5c", "warning": WARNING_COLOR}.get(kind, ERROR_COLOR)
        bg = {"error": "#fdecea", "info": "#edf7ee", "warning": "#fff4e0"}.get(kind, "#fdecea")
        self.messageLabel.setStyleSheet(
            f"QLabel {{ color: {color}; background: {bg}; border-radius: 4px; padding: 6px; }}")
        self.messageLabel.setText(text)
        self.messageLabel.setVisible(bool(text))

    def message(self) -> str:
        return self.messageLabel.text() if self.messageLabel.isVisible() else ""

    # ------------------------------------------------------------ navigation

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_step_label()
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        idle = not self._busy
        self.backButton.setVisible(page != self.PAGE_FILE)
        self.backButton.setEnabled(idle and (page != self.PAGE_IMPORT or self.report is None))
        self.nextButton.setVisible(page in (self.PAGE_FILE, self.PAGE_MAPPING))
        if page == self.PAGE_FILE:
            self.nextButton.setEnabled(idle and self.analysis is not None)
        elif page == self.PAGE_MAPPING:
            self.nextButton.setEnabled(idle and self.analysis is not None and self.mappingPage.usable())
        self.importButton.setVisible(page == self.PAGE_PREVIEW)
        can_import = self.previewPage.can_import()
        self.importButton.setEnabled(idle and can_import)
        if page == self.PAGE_PREVIEW and can_import and idle:
            self.importButton.setDefault(True)
        elif page in (self.PAGE_FILE, self.PAGE_MAPPING):
            self.nextButton.setDefault(True)
        elif page == self.PAGE_IMPORT and self.report is not None and idle:
            self.closeButton.setDefault(True)  # Enter closes the finished wizard
        for each in (self.filePage, self.mappingPage, self.previewPage, self.importPage):
            each.set_idle(idle)
        self._update_close_text()

    def go_back(self) -> None:
        if self._busy:
            return
        page = self.pages.currentIndex()
        if page == self.PAGE_IMPORT and self.report is not None:
            return
        self._show_message("")
        self._show_page(max(page - 1, self.PAGE_FILE))

    def go_next(self) -> None:
        if self._busy:
            return
        page = self.pages.currentIndex()
        if page == self.PAGE_FILE and self.analysis is not None:
            self._show_message("")
            self.mappingPage.fill()
            self._show_page(self.PAGE_MAPPING)
        elif page == self.PAGE_MAPPING and self.analysis is not None and self.mappingPage.usable():
            self._show_message("")
            self._show_page(self.PAGE_PREVIEW)
            self.run_preview()

    def reject(self) -> None:
        if self._busy:
            # never leave work running behind a closed dialog: cancel, close when it stopped
            self._close_pending = True
            self.cancel_task()
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        if self._busy:
            self._close_pending = True
            self.cancel_task()
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.Cancel) and self._busy:
            self.cancel_task()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ between the pages

    def browse(self) -> None:
        self.filePage.browse()

    def open_file(self, path: str | Path) -> None:
        """Read the file (sheets, then the chosen sheet's layout) in the runner."""
        self.filePage.open_file(path)

    def _reset_analysis(self) -> None:
        self.analysis = None
        self.mappingPage.set_analysis(None)
        self.previewPage.clear()
        self.importPage.report = None

    def _set_analysis(self, analysis: importer.Analysis) -> None:
        self.analysis = analysis
        self.mappingPage.set_analysis(analysis)
        self.previewPage.set_analysis(analysis)
        self.filePage.show_info(analysis)
        warning = self.analysis_warning(analysis)
        if warning:
            self._show_message(warning, kind="warning")
        self._update_buttons()

    def analysis_warning(self, analysis: Any) -> str:
        """What the operator should know about a sheet just read ('' for nothing)."""
        if analysis.layout.found:
            return ""
        return tr_texts(analysis.layout.warnings) or self.tr(
            "Judul kolom (NIK, NAMA, ...) tidak ditemukan. Di langkah berikutnya pilih baris judul "
            "kolom dan cocokkan kolomnya sendiri.")

    def _on_mapping_changed(self) -> None:
        self.previewPage.clear()
        self._update_buttons()

    def combo_for_column(self, col: int):  # noqa: ANN201 - a QComboBox
        return self.mappingPage.combo_for_column(col)

    def set_target(self, col: int, target: str | None) -> None:
        """Choose what column ``col`` is imported as (None: ignore); the same as using the combo."""
        self.mappingPage.set_target(col, target)

    def apply_header_row(self) -> None:
        """Re-detect the layout under the header row the operator chose (the file is not re-read)."""
        self.mappingPage.apply_header_row()

    def on_duplicate(self) -> str:
        return self.previewPage.on_duplicate()

    def _on_duplicate_changed(self) -> None:
        if self.pages.currentIndex() == self.PAGE_PREVIEW and self.analysis is not None:
            self.run_preview()

    def run_preview(self) -> None:
        """Dry run with the current header row, mapping and duplicate choice."""
        if self.analysis is None:
            return
        self.previewPage.run_preview(self.analysis, self.mapping, self.mappingPage.header_row())

    def start_import(self) -> None:
        """Backup, then the real import in one transaction (Cancel rolls it back)."""
        analysis = self.previewPage.preview_analysis
        if self._busy or self.preview is None or analysis is None:
            return
        self.importPage.prepare(analysis)
        self._show_page(self.PAGE_IMPORT)
        self.importPage.start(analysis, self.on_duplicate(), self.previewPage.preview_candidates)

    def _on_imported(self, report: importer.ImportReport) -> None:
        if self.events is not None:
            self.events.changed.emit(Changes(records=True))
        self.imported.emit(report)

    # ------------------------------------------------------------ report

    def save_report(self, report: importer.ImportReport | None) -> None:
        if report is None or self._busy:
            return
        source = Path(report.file)
        chosen = self.choose_report_path(self, str(source.with_name(self.report_name(report, source.stem))))
        if not chosen:
            return
        target, save = Path(chosen), self.report_saver()
        self._run(self.tr("Menyimpan laporan..."), lambda _p: save(report, target),
                  lambda _n: self._show_message(self.tr("Laporan disimpan: {path}").format(path=target), kind="info"),
                  db=False)

    def report_name(self, report: Any, stem: str) -> str:
        """The file name offered for a report of the file ``stem``."""
        kind = self.tr("pratinjau") if report.dry_run else self.tr("hasil")
        return self.tr("Laporan impor {kind} - {name}.xlsx").format(kind=kind, name=stem)

    def report_saver(self) -> Callable[[Any, Path], Any]:
        """What writes a report (report, path), in the background; another wizard gives its own."""
        return importer.save_report


# ---------------------------------------------------------------- undo


def undo_last_import_ui(app: Any, parent: QWidget | None, events: Any = None, runner: Any = None) -> bool:
    """Show what the last import was, ask, then undo it (or say why it cannot be undone).

    Returns True when the undo was started. ``runner`` defaults to ``parent.runner``; the undo
    (which may delete many records) runs there, never on the GUI thread.
    """
    try:
        last = importer.last_import(app)
    except Exception as exc:  # noqa: BLE001 - shown to the operator, nothing changed
        Ask.error(parent, error_message(exc), QCoreApplication.translate("UndoImport", "Batalkan impor terakhir"))
        return False
    if last is None:
        Ask.info(parent, QCoreApplication.translate("UndoImport", "Belum ada impor yang bisa dibatalkan."), QCoreApplication.translate("UndoImport", "Batalkan impor terakhir"))
        return False
    when = last.started_at.strftime("%d-%m-%Y %H:%M") if hasattr(last.started_at, "strftime") else str(
        last.started_at or "")
    what = with_count(QCoreApplication.translate(
        "UndoImport", "Impor terakhir: '{file}' pada {when}: %n data ditambahkan, {updated} diperbarui.", None,
        last.created), last.created, file=last.file_name, when=when, updated=fmt_number(last.updated))
    if not last.undoable:
        Ask.info(parent, what + "\n\n" + QCoreApplication.translate("UndoImport", "Impor ini tidak bisa dibatalkan lagi: {reason}").format(
            reason=tr_text(last.reason)) + "\n" + QCoreApplication.translate("UndoImport", "Perbaiki atau hapus datanya satu per satu bila perlu."),
            QCoreApplication.translate("UndoImport", "Batalkan impor terakhir"))
        return False
    question = what + "\n\n" + QCoreApplication.translate("UndoImport",
        "Data yang ditambahkan oleh impor ini akan dihapus dan data yang diperbarui dikembalikan seperti "
        "sebelum impor. Lanjutkan?")
    if not ImportWizard.confirm_undo(parent, question):
        return False
    if runner is None:
        runner = getattr(parent, "runner", None)
    if runner is None:
        from desktop_app.ui.common.tasks import TaskRunner

        runner = TaskRunner(parent=parent)

    def done(undone: importer.LastImport) -> None:
        if events is not None:
            events.changed.emit(Changes(records=True))
        Ask.info(parent, QCoreApplication.translate("UndoImport", "Impor '{file}' sudah dibatalkan.").format(file=undone.file_name),
                 QCoreApplication.translate("UndoImport", "Batalkan impor terakhir"))

    def failed(exc: BaseException) -> None:
        Ask.error(parent, error_message(exc) + "\n" + QCoreApplication.translate("UndoImport", "Tidak ada data yang diubah."),
                  QCoreApplication.translate("UndoImport", "Batalkan impor terakhir"))

    runner.run(lambda _p: importer.undo_last_import(app), on_done=done, on_error=failed,
               progress_label=QCoreApplication.translate("UndoImport", "Membatalkan impor terakhir..."), parent=parent)
    return True


__all__ = ["ImportWizard", "PreviewModel", "column_letter", "relayout", "summarize_ignored",
           "undo_last_import_ui"]
