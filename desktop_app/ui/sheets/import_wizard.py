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

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import Refusal
from desktop_app.core.issues import Severity
from desktop_app.core.progress import Cancelled, Progress
from desktop_app.core.text import message_of
from desktop_app.services.sheets import importer
from desktop_app.services.sheets.layout import TARGET_LABELS, TARGETS
from desktop_app.services.sheets.reader import SUPPORTED_EXTENSIONS, SpreadsheetError, list_sheets
from desktop_app.ui.common.errors import error_text
from desktop_app.ui.common.events import Changes
from desktop_app.ui.common.widgets import (
    STATUS_COLORS,
    STRETCH,
    Ask,
    button_row,
    fmt_number,
    issue_text,
    make_button,
    with_count,
)
from desktop_app.ui.i18n import tr_text, tr_texts
from desktop_app.ui.sheets.candidates import CandidateBar

# Indonesian labels of the mapping targets, as literals so that lupdate extracts them. A test
# checks that they cover ``layout.TARGET_LABELS`` (the service's list can grow; unknown targets
# fall back to the service's label).
TARGET_TEXT: dict[str, str] = {
    "nik": QT_TRANSLATE_NOOP("ImportTarget", "NIK"),
    "kk_number": QT_TRANSLATE_NOOP("ImportTarget", "Nomor KK"),
    "full_name": QT_TRANSLATE_NOOP("ImportTarget", "Nama lengkap"),
    "name_title": QT_TRANSLATE_NOOP("ImportTarget", "Gelar"),
    "birth_place": QT_TRANSLATE_NOOP("ImportTarget", "Tempat lahir"),
    "birth_date": QT_TRANSLATE_NOOP("ImportTarget", "Tanggal lahir"),
    "place_date": QT_TRANSLATE_NOOP("ImportTarget", "Tempat, tanggal lahir"),
    "sex": QT_TRANSLATE_NOOP("ImportTarget", "Jenis kelamin"),
    "sex_l": QT_TRANSLATE_NOOP("ImportTarget", "Jenis kelamin: kolom L"),
    "sex_p": QT_TRANSLATE_NOOP("ImportTarget", "Jenis kelamin: kolom P"),
    "address": QT_TRANSLATE_NOOP("ImportTarget", "Alamat"),
    "rt": QT_TRANSLATE_NOOP("ImportTarget", "RT"),
    "rw": QT_TRANSLATE_NOOP("ImportTarget", "RW"),
    "rt_rw": QT_TRANSLATE_NOOP("ImportTarget", "RT/RW"),
    "dusun": QT_TRANSLATE_NOOP("ImportTarget", "Dusun/lingkungan"),
    "phone": QT_TRANSLATE_NOOP("ImportTarget", "Nomor HP"),
    "occupation": QT_TRANSLATE_NOOP("ImportTarget", "Pekerjaan"),
    "income": QT_TRANSLATE_NOOP("ImportTarget", "Penghasilan"),
    "funding_source": QT_TRANSLATE_NOOP("ImportTarget", "Sumber dana"),
    "data_source": QT_TRANSLATE_NOOP("ImportTarget", "Sumber data"),
    "desil": QT_TRANSLATE_NOOP("ImportTarget", "Desil"),
    "notes": QT_TRANSLATE_NOOP("ImportTarget", "Keterangan"),
    "status": QT_TRANSLATE_NOOP("ImportTarget", "Status penduduk"),
}

# Reasons the layout detector gives for rows it leaves out (service strings, Indonesian).
IGNORED_REASON_TEXT: dict[str, str] = {
    "judul di atas tabel": QT_TRANSLATE_NOOP("ImportReason", "judul di atas tabel"),
    "baris nomor kolom": QT_TRANSLATE_NOOP("ImportReason", "baris nomor kolom"),
    "baris jumlah": QT_TRANSLATE_NOOP("ImportReason", "baris jumlah"),
    "blok tanda tangan": QT_TRANSLATE_NOOP("ImportReason", "blok tanda tangan"),
    "bukan baris data": QT_TRANSLATE_NOOP("ImportReason", "bukan baris data"),
    "penanda akhir data (###)": QT_TRANSLATE_NOOP("ImportReason", "penanda akhir data (###)"),
    "di bawah penanda akhir data": QT_TRANSLATE_NOOP("ImportReason", "di bawah penanda akhir data"),
    "baris kepala keluarga": QT_TRANSLATE_NOOP("ImportReason", "baris kepala keluarga"),
}

STATUS_TEXT: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("ImportStatus", "Ditambahkan"),
    "updated": QT_TRANSLATE_NOOP("ImportStatus", "Diperbarui"),
    "skipped": QT_TRANSLATE_NOOP("ImportStatus", "Dilewati"),
    "rejected": QT_TRANSLATE_NOOP("ImportStatus", "Ditolak"),
    "left_out": QT_TRANSLATE_NOOP("ImportStatus", "Tidak dipilih"),
}
STATUS_COLOR = {
    "created": STATUS_COLORS["siap_kirim"],
    "updated": "#1565c0",
    "skipped": "#616161",
    "rejected": STATUS_COLORS["perlu_perbaikan"],
    "left_out": "#757575",
}
ERROR_COLOR = STATUS_COLORS["perlu_perbaikan"]
WARNING_COLOR = "#a15c00"  # amber that stays readable on white
SAMPLE_COUNT = 3
HEADER_ROW_DEBOUNCE_MS = 300


def target_text(target: str) -> str:
    return QCoreApplication.translate("ImportTarget", TARGET_TEXT.get(target, TARGET_LABELS.get(target, target)))


def reason_text(reason: str) -> str:
    return QCoreApplication.translate("ImportReason", IGNORED_REASON_TEXT.get(reason, reason))


def status_text(status: str) -> str:
    return QCoreApplication.translate("ImportStatus", STATUS_TEXT.get(status, status))


def column_letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA' (spreadsheet column names)."""
    out = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("A") + rem) + out
    return out


def _ranges(rows: list[int]) -> str:
    parts: list[str] = []
    start = prev = None
    for r in sorted(rows):
        if start is None:
            start = prev = r
        elif r == prev + 1:
            prev = r
        else:
            parts.append(f"{start}-{prev}" if prev != start else str(start))
            start = prev = r
    if start is not None:
        parts.append(f"{start}-{prev}" if prev != start else str(start))
    return ", ".join(parts)


def summarize_ignored(ignored_rows: list[tuple[int, str]]) -> str:
    """'baris 1-2: judul di atas tabel; baris 13: baris jumlah; baris 15-17, 19-20: blok tanda tangan'."""
    by_reason: dict[str, list[int]] = {}
    for row, why in ignored_rows:
        by_reason.setdefault(why, []).append(row)
    ordered = sorted(by_reason.items(), key=lambda kv: min(kv[1]))
    # numerus without %n: the count only picks 'row 13' or 'rows 1-2' in English
    return "; ".join(QCoreApplication.translate("ImportWizard", "baris {rows}: {reason}", None, len(rows)).format(
        rows=_ranges(rows), reason=reason_text(why)) for why, rows in ordered)


def relayout(app: Any, analysis: importer.Analysis, header_row: int | None,
             mapping: dict[str, int] | None) -> importer.Analysis:
    """The same sheet with another header row and/or a corrected mapping (no re-reading)."""
    return importer.relayout(app, analysis, header_row, mapping)


def error_message(exc: BaseException) -> str:
    """What the operator reads: our own refusals carry a message (a ``core.text.Msg`` is shown in
    the operator's language)."""
    if isinstance(exc, Refusal):
        return error_text(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "ImportWizard", "Berkas ini terlalu besar untuk dibaca dengan memori komputer ini. "
            "Bagi daftarnya menjadi beberapa berkas yang lebih kecil, lalu impor satu per satu.")
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "ImportWizard", "Berkas tidak bisa dibuka atau ditulis ({detail}). Periksa apakah berkas itu "
            "masih ada dan tidak sedang dibuka di Excel, lalu ulangi.").format(detail=exc.strerror or exc)
    return QCoreApplication.translate(
        "ImportWizard", "Terjadi kesalahan tak terduga ({name}: {detail}). Data yang sudah tersimpan "
        "tetap aman; ulangi langkah terakhir.").format(name=type(exc).__name__, detail=exc)


# ---------------------------------------------------------------- progress relay


class _Relay(QObject):
    """Carries progress from the worker thread to the GUI thread (queued automatically)."""

    progress = Signal(int, int)
    phase = Signal(str)


class _ForwardProgress(Progress):
    """Wraps the runner's progress: also reports to our inline bar and honours our Cancel."""

    def __init__(self, inner: Progress, relay: _Relay, stop: Callable[[], bool]) -> None:
        super().__init__()
        self.inner, self.relay, self.stop = inner, relay, stop
        self._last: tuple[int, int] | None = None

    def step(self, done: int, total: int) -> bool:
        ok = self.inner.step(done, total)
        key = (done * 100 // total if total else 0, total)
        if key != self._last:
            self._last = key
            self.relay.progress.emit(done, total)
        return ok and not self.stop() and not self.cancelled


class _QuietCombo(QComboBox):
    """A combo inside a table: the mouse wheel scrolls the table unless the combo has focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


# ---------------------------------------------------------------- preview model


class PreviewModel(QAbstractTableModel):
    """One row per spreadsheet data row: what it will become and why."""

    COL_ROW, COL_STATUS, COL_NIK, COL_NAME, COL_MESSAGES = range(5)
    RowResultRole = Qt.ItemDataRole.UserRole + 1
    _HEADERS = (
        QT_TRANSLATE_NOOP("PreviewModel", "Baris"),
        QT_TRANSLATE_NOOP("PreviewModel", "Menjadi"),
        QT_TRANSLATE_NOOP("PreviewModel", "NIK"),
        QT_TRANSLATE_NOOP("PreviewModel", "Nama"),
        QT_TRANSLATE_NOOP("PreviewModel", "Keterangan"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[importer.RowResult] = []
        self._rows: list[importer.RowResult] = []
        self._problems_only = False
        self._cache: dict[int, tuple[str, str, str]] = {}

    def set_rows(self, rows: list[importer.RowResult]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._cache = {}
        self._apply()
        self.endResetModel()

    def retranslate(self) -> None:
        """Forget the message texts made in the previous language and show them again."""
        self._cache = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._HEADERS) - 1))

    def set_problems_only(self, on: bool) -> None:
        self.beginResetModel()
        self._problems_only = on
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        if self._problems_only:
            self._rows = [r for r in self._all if r.status != "left_out"
                          and (r.issues or r.notes or r.status == "rejected")]
        else:
            self._rows = self._all

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PreviewModel", self._HEADERS[section])
        return None

    def _messages(self, r: importer.RowResult) -> tuple[str, str, str]:
        """(one-line text, tooltip text, worst severity: 'error'/'warning'/'')."""
        cached = self._cache.get(id(r))
        if cached is not None:
            return cached
        lines: list[str] = []
        worst = ""
        for issue in r.issues:
            if issue.severity is Severity.ERROR:
                lines.append("\u2716 " + issue_text(issue))
                worst = "error"
            else:
                lines.append("\u26a0 " + issue_text(issue))
                worst = worst or "warning"
        for note in r.notes:
            lines.insert(0, "\u2022 " + tr_text(note))
            if r.status not in ("skipped", "left_out"):
                worst = worst or "warning"
        if r.status == "rejected":
            worst = "error"
        out = ("   ".join(lines), "\n".join(lines), worst)
        self._cache[id(r)] = out
        return out

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_ROW:
                return str(r.row)
            if col == self.COL_STATUS:
                text = status_text(r.status)
                if r.status in ("created", "updated") and any(i.is_error for i in r.issues):
                    text += QCoreApplication.translate("PreviewModel", " (perlu perbaikan)")
                return text
            if col == self.COL_NIK:
                return r.nik
            if col == self.COL_NAME:
                return r.name
            return self._messages(r)[0]
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_MESSAGES, self.COL_STATUS):
            return self._messages(r)[1] or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.COL_STATUS:
                worst = self._messages(r)[2]
                color = ERROR_COLOR if worst == "error" else STATUS_COLOR.get(r.status, "#000000")
                return QBrush(QColor(color))
            if col == self.COL_MESSAGES:
                worst = self._messages(r)[2]
                if worst == "error":
                    return QBrush(QColor(ERROR_COLOR))
                if worst == "warning":
                    return QBrush(QColor(WARNING_COLOR))
                return QBrush(QColor("#616161"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RowResultRole:
            return r
        return None

    def row_result(self, row: int) -> importer.RowResult:
        return self._rows[row]


# ---------------------------------------------------------------- the wizard


class ImportWizard(QDialog):
    """Four pages: Berkas, Kolom, Pratinjau, Impor. ``imported`` carries the ImportReport."""

    PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_IMPORT = range(4)
    MAP_COL_LETTER, MAP_COL_HEADER = 0, 1
    MAP_COL_TARGET = 2 + SAMPLE_COUNT
    imported = Signal(object)

    _STEPS = (
        QT_TRANSLATE_NOOP("ImportWizard", "Berkas"),
        QT_TRANSLATE_NOOP("ImportWizard", "Kolom"),
        QT_TRANSLATE_NOOP("ImportWizard", "Pratinjau"),
        QT_TRANSLATE_NOOP("ImportWizard", "Impor"),
    )

    def __init__(self, app: Any, runner: Any, events: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner, self.events = app, runner, events
        self.setObjectName("importWizard")
        self.setModal(True)
        self.setSizeGripEnabled(True)
        self.setMinimumSize(860, 560)
        self.resize(1180, 690)

        self.analysis: importer.Analysis | None = None
        self.mapping: dict[str, int] = {}
        self.preview: importer.ImportReport | None = None
        self._preview_analysis: importer.Analysis | None = None
        self.report: importer.ImportReport | None = None
        self.backup_path: Path | None = None
        self._token = 0
        self._busy = False
        self._cancel_requested = False
        self._close_pending = False
        self._import_failed = False
        self._sheets: list[str] = []
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.phase.connect(self._on_phase)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(HEADER_ROW_DEBOUNCE_MS)
        self._header_timer.timeout.connect(self.apply_header_row)
        self._preview_candidates: Any = None
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(HEADER_ROW_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self._on_filter_changed)

        self._build()
        self.retranslate()
        self._show_page(self.PAGE_FILE)

    # ------------------------------------------------------------ construction

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
        self.pages.addWidget(self._build_file_page())
        self.pages.addWidget(self._build_mapping_page())
        self.pages.addWidget(self._build_preview_page())
        self.pages.addWidget(self._build_import_page())
        outer.addWidget(self.pages, 1)


        busy = QHBoxLayout()
        self.busyLabel = QLabel(self)
        self.busyLabel.setObjectName("busyLabel")
        self.progressBar = QProgressBar(self)
        self.progressBar.setObjectName("progressBar")
        self.progressBar.setRange(0, 0)
        self.progressBar.setMinimumWidth(320)
        self.cancelTaskButton = make_button(self, "cancelTaskButton", self.cancel_task)
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

    def _hint(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _build_file_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("filePage")
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 4, 0, 0)
        self.fileIntroLabel = self._hint(page, "fileIntroLabel")
        lay.addWidget(self.fileIntroLabel)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        row = QHBoxLayout()
        self.fileEdit = QLineEdit(page)
        self.fileEdit.setObjectName("fileEdit")
        self.fileEdit.setClearButtonEnabled(True)
        self.fileEdit.returnPressed.connect(lambda: self.open_file(self.fileEdit.text().strip()))
        self.browseButton = make_button(page, "browseButton", self.browse, auto_default=False)
        row.addWidget(self.fileEdit, 1)
        row.addWidget(self.browseButton)
        self.fileLabel = QLabel(page)
        form.addRow(self.fileLabel, row)
        self.sheetCombo = QComboBox(page)
        self.sheetCombo.setObjectName("sheetCombo")
        self.sheetCombo.setMinimumWidth(260)
        self.sheetCombo.setEnabled(False)
        self.sheetCombo.currentIndexChanged.connect(self._on_sheet_changed)
        self.sheetLabel = QLabel(page)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheetCombo)
        sheet_row.addStretch(1)
        form.addRow(self.sheetLabel, sheet_row)
        self.fileLabel.setBuddy(self.fileEdit)
        self.sheetLabel.setBuddy(self.sheetCombo)
        lay.addLayout(form)
        self.fileInfoLabel = self._hint(page, "fileInfoLabel")
        self.fileInfoLabel.setStyleSheet("QLabel { background: #eef5f2; border: 1px solid #c5ddd3;"
                                         " border-radius: 4px; padding: 8px; }")
        self.fileInfoLabel.setVisible(False)
        lay.addWidget(self.fileInfoLabel)
        self.fileTipsLabel = self._hint(page, "fileTipsLabel")
        self.fileTipsLabel.setStyleSheet("color: #555;")
        lay.addWidget(self.fileTipsLabel)
        lay.addStretch(1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("mappingPage")
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 4, 0, 0)
        self.mappingIntroLabel = self._hint(page, "mappingIntroLabel")
        lay.addWidget(self.mappingIntroLabel)
        row = QHBoxLayout()
        self.headerRowLabel = QLabel(page)
        self.headerRowSpin = QSpinBox(page)
        self.headerRowSpin.setObjectName("headerRowSpin")
        self.headerRowSpin.setRange(1, 1)
        self.headerRowSpin.setMinimumWidth(80)
        self.headerRowSpin.valueChanged.connect(self._on_header_row_changed)
        self.headerRowLabel.setBuddy(self.headerRowSpin)
        self.dataRowsLabel = QLabel(page)
        self.dataRowsLabel.setObjectName("dataRowsLabel")
        row.addWidget(self.headerRowLabel)
        row.addWidget(self.headerRowSpin)
        row.addSpacing(18)
        row.addWidget(self.dataRowsLabel, 1)
        lay.addLayout(row)

        self.mappingTable = QTableWidget(0, self.MAP_COL_TARGET + 1, page)
        self.mappingTable.setObjectName("mappingTable")
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mappingTable.verticalHeader().setVisible(False)
        self.mappingTable.setWordWrap(False)
        self.mappingTable.setAlternatingRowColors(True)
        header = self.mappingTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.mappingTable.setColumnWidth(self.MAP_COL_LETTER, 60)
        self.mappingTable.setColumnWidth(self.MAP_COL_HEADER, 250)
        for i in range(SAMPLE_COUNT):
            self.mappingTable.setColumnWidth(2 + i, 175)
        self.mappingTable.setColumnWidth(self.MAP_COL_TARGET, 290)
        header.setSectionResizeMode(self.MAP_COL_HEADER, QHeaderView.ResizeMode.Stretch)
        self.mappingTable.verticalHeader().setDefaultSectionSize(30)
        lay.addWidget(self.mappingTable, 1)

        self.mappingWarningLabel = self._hint(page, "mappingWarningLabel")
        self.mappingWarningLabel.setStyleSheet(f"color: {ERROR_COLOR};")
        self.mappingWarningLabel.setVisible(False)
        lay.addWidget(self.mappingWarningLabel)
        self.ignoredLabel = self._hint(page, "ignoredLabel")
        self.ignoredLabel.setStyleSheet("color: #555;")
        lay.addWidget(self.ignoredLabel)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("previewPage")
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 4, 0, 0)
        self.previewSummaryLabel = self._hint(page, "previewSummaryLabel")
        self.previewSummaryLabel.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.previewSummaryLabel)
        row = QHBoxLayout()
        self.onDuplicateLabel = QLabel(page)
        self.onDuplicateCombo = QComboBox(page)
        self.onDuplicateCombo.setObjectName("onDuplicateCombo")
        self.onDuplicateCombo.addItem("", "skip")
        self.onDuplicateCombo.addItem("", "update")
        self.onDuplicateCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.onDuplicateCombo.currentIndexChanged.connect(self._on_duplicate_changed)
        self.onDuplicateLabel.setBuddy(self.onDuplicateCombo)
        self.problemsOnlyCheck = QCheckBox(page)
        self.problemsOnlyCheck.setObjectName("problemsOnlyCheck")
        self.problemsOnlyCheck.toggled.connect(lambda on: self.previewModel.set_problems_only(on))
        self.savePreviewReportButton = make_button(page, "savePreviewReportButton",
                                                   lambda: self.save_report(self.preview), auto_default=False)
        row.addWidget(self.onDuplicateLabel)
        row.addWidget(self.onDuplicateCombo)
        row.addSpacing(18)
        row.addWidget(self.problemsOnlyCheck)
        row.addStretch(1)
        row.addWidget(self.savePreviewReportButton)
        lay.addLayout(row)
        # a population file (OpenSID, SIAK, Buku Induk...): pick the candidates
        self.candidateBar = CandidateBar(page, self._current_row_result)
        self.candidateBar.setVisible(False)
        self.candidateBar.changed.connect(self._filter_timer.start)
        lay.addWidget(self.candidateBar)

        self.previewModel = PreviewModel(self)
        self.previewTable = QTableView(page)
        self.previewTable.setObjectName("previewTable")
        self.previewTable.setModel(self.previewModel)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setWordWrap(False)
        self.previewTable.verticalHeader().setVisible(False)
        self.previewTable.verticalHeader().setDefaultSectionSize(26)
        self.previewTable.setColumnWidth(PreviewModel.COL_ROW, 60)
        self.previewTable.setColumnWidth(PreviewModel.COL_STATUS, 200)
        self.previewTable.setColumnWidth(PreviewModel.COL_NIK, 150)
        self.previewTable.setColumnWidth(PreviewModel.COL_NAME, 200)
        self.previewTable.horizontalHeader().setStretchLastSection(True)
        self.previewTable.selectionModel().currentRowChanged.connect(self._show_row_detail)
        lay.addWidget(self.previewTable, 1)
        self.rowDetailLabel = self._hint(page, "rowDetailLabel")
        self.rowDetailLabel.setTextFormat(Qt.TextFormat.RichText)
        self.rowDetailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rowDetailLabel.setStyleSheet("QLabel { background: #ffffff; border: 1px solid #d0d0d0;"
                                          " border-radius: 4px; padding: 6px; }")
        self.rowDetailLabel.setMinimumHeight(64)
        self.rowDetailLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.rowDetailLabel)
        self.previewHintLabel = self._hint(page, "previewHintLabel")
        self.previewHintLabel.setStyleSheet("color: #555;")
        lay.addWidget(self.previewHintLabel)
        return page

    def _build_import_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("importPage")
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 4, 0, 0)
        self.importStatusLabel = self._hint(page, "importStatusLabel")
        status_font = QFont(self.importStatusLabel.font())
        status_font.setPointSizeF(status_font.pointSizeF() * 1.15)
        self.importStatusLabel.setFont(status_font)
        lay.addWidget(self.importStatusLabel)
        self.importTotalsLabel = self._hint(page, "importTotalsLabel")
        self.importTotalsLabel.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.importTotalsLabel)
        self.backupLabel = self._hint(page, "backupLabel")
        self.backupLabel.setStyleSheet("color: #555;")
        self.backupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.backupLabel)
        self.saveReportButton = make_button(page, "saveReportButton", lambda: self.save_report(self.report),
                                            auto_default=False)
        self.saveReportButton.setVisible(False)
        lay.addLayout(button_row(self.saveReportButton, STRETCH))
        lay.addStretch(1)
        return page

    # ------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Impor Daftar dari Excel"))
        self.fileIntroLabel.setText(self.tr(
            "Pilih berkas daftar yang sudah ada di desa (Excel .xlsx/.xls, LibreOffice .ods atau CSV). "
            "Judul di atas tabel, baris nomor kolom, baris JUMLAH dan tanda tangan Kepala Desa "
            "dikenali sendiri dan tidak ikut diimpor. Belum ada data yang disimpan sampai langkah terakhir."))
        self.fileLabel.setText(self.tr("&Berkas:"))
        self.fileEdit.setPlaceholderText(self.tr("Klik 'Pilih Berkas...' atau ketik lokasi berkas lalu tekan Enter"))
        self.browseButton.setText(self.tr("&Pilih Berkas..."))
        self.sheetLabel.setText(self.tr("&Lembar (sheet):"))
        self.fileTipsLabel.setText(self.tr(
            "Tips: NIK yang di Excel tersimpan sebagai angka (misalnya tampil 3,50305E+15) tetap diimpor, "
            "tetapi ditandai 'perlu perbaikan' karena angka terakhirnya bisa salah. Cocokkan dengan KTP/KK."))
        self.mappingIntroLabel.setText(self.tr(
            "Periksa kolom mana berisi apa. Setiap kolom di berkas punya satu baris di tabel ini; ubah pilihan "
            "'Diimpor sebagai' bila salah, atau pilih '(abaikan)' untuk kolom yang tidak perlu diimpor. "
            "\u26a0 pada contoh: angka panjang yang disimpan Excel sebagai bilangan (angka terakhirnya bisa salah)."))
        self.headerRowLabel.setText(self.tr("Judul kolom ada di &baris:"))
        self.mappingTable.setHorizontalHeaderLabels(
            [self.tr("Kolom"), self.tr("Judul di berkas")]
            + [self.tr("Contoh %1").replace("%1", str(i + 1)) for i in range(SAMPLE_COUNT)]
            + [self.tr("Diimpor sebagai")]
        )
        self.onDuplicateLabel.setText(self.tr("NIK yang sudah ada di SIPERA:"))
        self.onDuplicateCombo.setItemText(0, self.tr("Lewati (data yang ada tidak diubah)"))
        self.onDuplicateCombo.setItemText(1, self.tr("Perbarui data yang ada"))
        self.problemsOnlyCheck.setText(self.tr("Hanya baris yang bermasalah"))
        self.savePreviewReportButton.setText(self.tr("Simpan Laporan Pratinjau..."))
        self.previewHintLabel.setText(self.tr(
            "Merah: data tetap diimpor tetapi berstatus 'perlu perbaikan' (tidak ikut dikirim sampai "
            "diperbaiki). Kuning: periksa lagi. Pilih satu baris untuk membaca keterangannya lengkap."))
        self.saveReportButton.setText(self.tr("Simpan &Laporan per Baris..."))
        self.cancelTaskButton.setText(self.tr("Batal"))
        self.backButton.setText(self.tr("< &Kembali"))
        self.nextButton.setText(self.tr("&Lanjut >"))
        self.importButton.setText(self.tr("&Impor Sekarang"))
        self._update_close_text()
        self._update_step_label()
        if self.analysis is not None:
            self._fill_mapping_page()
            self._fill_file_info()
        if self.preview is not None:
            self._fill_preview_summary()
            self.previewModel.retranslate()
            self._show_row_detail(self.previewTable.currentIndex())
        if self.report is not None:
            self._fill_import_result()
        self.previewModel.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, PreviewModel.COL_MESSAGES)

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

    @property
    def busy(self) -> bool:
        return self._busy

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
            self.nextButton.setEnabled(idle and self.analysis is not None and self._mapping_usable())
        self.importButton.setVisible(page == self.PAGE_PREVIEW)
        can_import = (self.preview is not None and (self.preview.created + self.preview.updated) > 0)
        self.importButton.setEnabled(idle and can_import)
        if page == self.PAGE_PREVIEW and can_import and idle:
            self.importButton.setDefault(True)
        elif page in (self.PAGE_FILE, self.PAGE_MAPPING):
            self.nextButton.setDefault(True)
        self.browseButton.setEnabled(idle)
        self.fileEdit.setEnabled(idle)
        self.sheetCombo.setEnabled(idle and len(self._sheets) > 1)
        self.headerRowSpin.setEnabled(idle and self.analysis is not None)
        self.mappingTable.setEnabled(idle)
        self.onDuplicateCombo.setEnabled(idle)
        self.candidateBar.setEnabled(idle)
        self.savePreviewReportButton.setEnabled(idle and self.preview is not None)
        self.saveReportButton.setEnabled(idle and self.report is not None)
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
            self._fill_mapping_page()
            self._show_page(self.PAGE_MAPPING)
        elif page == self.PAGE_MAPPING and self.analysis is not None and self._mapping_usable():
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

    # ------------------------------------------------------------ page 1: file and sheet

    def browse(self) -> None:
        current = self.fileEdit.text().strip()
        start = str(Path(current).parent) if current else str(self.app.preference("import_last_dir", "") or "")
        chosen = self.choose_file(self, start)
        if chosen:
            self.open_file(chosen)

    def open_file(self, path: str | Path) -> None:
        """Read the file (sheets, then the chosen sheet's layout) in the runner."""
        if self._busy or not str(path):
            return
        path = Path(path)
        self.fileEdit.setText(str(path))
        self._reset_analysis()
        self._sheets = []
        self.sheetCombo.blockSignals(True)
        self.sheetCombo.clear()
        self.sheetCombo.blockSignals(False)
        app = self.app

        def work(progress: Progress) -> tuple[list[str], importer.Analysis]:
            if not path.exists():
                raise importer.ImportError_(
                    QCoreApplication.translate("ImportWizard", "Berkas {path} tidak ada.").format(path=path))
            try:
                sheets = list_sheets(path)
            except SpreadsheetError as exc:
                raise importer.ImportError_(message_of(exc)) from exc
            return sheets, importer.analyse(app, path, progress=progress)

        def done(result: tuple[list[str], importer.Analysis]) -> None:
            sheets, analysis = result
            self._sheets = list(sheets) or list(analysis.sheet.sheet_names)
            self.sheetCombo.blockSignals(True)
            self.sheetCombo.clear()
            self.sheetCombo.addItems(self._sheets)
            index = self.sheetCombo.findText(analysis.sheet.sheet)
            self.sheetCombo.setCurrentIndex(max(index, 0))
            self.sheetCombo.blockSignals(False)
            try:
                self.app.set_preference("import_last_dir", str(path.parent))
            except Exception:  # noqa: BLE001 - remembering the folder is a convenience only
                pass
            self._set_analysis(analysis)

        self._run(self.tr("Membaca {name}...").format(name=path.name), work, done, self._analysis_failed)

    def _analysis_failed(self, exc: BaseException) -> None:
        self._reset_analysis()
        if isinstance(exc, Cancelled):
            self._show_message(self.tr("Pembacaan berkas dibatalkan."), kind="info")
        else:
            self._show_message(error_message(exc) + "\n" + self.tr("Tidak ada data yang diubah. "
                               "Pilih berkas lain atau perbaiki berkas ini, lalu coba lagi."))

    def _on_sheet_changed(self, index: int) -> None:
        if index < 0 or not self.fileEdit.text().strip():
            return
        name = self.sheetCombo.itemText(index)
        path = Path(self.fileEdit.text().strip())
        if self.analysis is not None and self.analysis.sheet.sheet == name:
            return
        self._reset_analysis()
        app = self.app
        self._run(self.tr("Membaca lembar {name}...").format(name=name),
                  lambda p: importer.analyse(app, path, sheet=name, progress=p),
                  self._set_analysis, self._analysis_failed)

    def _reset_analysis(self) -> None:
        self.analysis = None
        self.mapping = {}
        self.preview = None
        self._preview_analysis = None
        self.report = None
        self.fileInfoLabel.setVisible(False)
        self.mappingTable.setRowCount(0)

    def _set_analysis(self, analysis: importer.Analysis, *, keep_page: bool = True) -> None:
        self.analysis = analysis
        self.mapping = dict(analysis.layout.mapping)
        self.preview = None
        self._preview_analysis = None
        self.candidateBar.reset(analysis.source, self._age_window())
        self._fill_file_info()
        self._fill_mapping_page()
        if not analysis.layout.found:
            self._show_message(tr_texts(analysis.layout.warnings) or self.tr(
                "Judul kolom (NIK, NAMA, ...) tidak ditemukan. Di langkah berikutnya pilih baris judul "
                "kolom dan cocokkan kolomnya sendiri."), kind="warning")
        self._update_buttons()

    def _fill_file_info(self) -> None:
        a = self.analysis
        if a is None:
            self.fileInfoLabel.setVisible(False)
            return
        layout = a.layout
        n_rows, n_data = len(a.sheet.rows), len(layout.data_rows)
        lines = [with_count(self.tr("Lembar '{sheet}': %n baris terisi.", "", n_rows), n_rows, sheet=a.sheet.sheet)]
        if a.source_label:
            lines.insert(0, self.tr("Dikenali sebagai: {source}.").format(source=tr_text(a.source_label)))
        if layout.header_row:
            lines.append(with_count(self.tr("Judul kolom ditemukan di baris {row}; %n baris data akan diperiksa.",
                                            "", n_data), n_data, row=layout.header_row))
            mapped = [target_text(t) for t in TARGETS if t in layout.mapping]
            if mapped:
                lines.append(self.tr("Kolom yang dikenali: {cols}.").format(cols=", ".join(mapped)))
        if layout.ignored_rows:
            lines.append(self.tr("Tidak ikut diimpor: {rows}.").format(rows=summarize_ignored(layout.ignored_rows)))
        lines += [tr_text(note) for note in a.sheet.notes]
        self.fileInfoLabel.setText("\n".join(lines))
        self.fileInfoLabel.setVisible(True)

    # ------------------------------------------------------------ page 2: header row and mapping

    def _column_count(self) -> int:
        a = self.analysis
        if a is None:
            return 0
        width = len(a.layout.headers)
        probe = a.layout.data_rows[:50] or range(1, min(len(a.sheet.rows), 50) + 1)
        for r in probe:
            if 1 <= r <= len(a.sheet.rows):
                cells = a.sheet.rows[r - 1]
                last = max((i for i, c in enumerate(cells) if not _empty(c)), default=-1)
                width = max(width, last + 1)
        return width

    def _samples(self, col: int) -> list[tuple[str, bool]]:
        """Up to three example values; True marks a long number Excel held as a number (a broken NIK/KK)."""
        a = self.analysis
        out: list[tuple[str, bool]] = []
        if a is None:
            return out
        for r in a.layout.data_rows:
            cell = a.sheet.cell(r, col)
            text = cell.text
            if text:
                digits = sum(ch.isdigit() for ch in text)
                out.append((text, bool(getattr(cell, "numeric", False)) and digits >= 15))
            if len(out) >= SAMPLE_COUNT:
                break
        return out

    def _fill_mapping_page(self) -> None:
        a = self.analysis
        if a is None:
            return
        layout = a.layout
        self.headerRowSpin.blockSignals(True)
        self.headerRowSpin.setRange(1, max(1, min(len(a.sheet.rows), 10_000)))
        self.headerRowSpin.setValue(layout.header_row or 1)
        self.headerRowSpin.blockSignals(False)
        if layout.data_rows:
            n = len(layout.data_rows)
            self.dataRowsLabel.setText(with_count(self.tr("Data: baris {first} sampai {last} (%n baris)", "", n), n,
                                                  first=layout.data_rows[0], last=layout.data_rows[-1]))
        else:
            self.dataRowsLabel.setText(self.tr("Belum ada baris data di bawah judul kolom ini."))
        by_col = {c: t for t, c in self.mapping.items()}
        count = self._column_count()
        table = self.mappingTable
        table.setUpdatesEnabled(False)
        table.setRowCount(count)
        for col in range(count):
            letter = QTableWidgetItem(column_letter(col))
            letter.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(col, self.MAP_COL_LETTER, letter)
            header = layout.headers[col] if col < len(layout.headers) else ""
            header_item = QTableWidgetItem(header or self.tr("(tanpa judul)"))
            header_item.setToolTip(header)
            if not header:
                header_item.setForeground(QBrush(QColor("#888")))
            table.setItem(col, self.MAP_COL_HEADER, header_item)
            samples = self._samples(col)
            for i in range(SAMPLE_COUNT):
                text, broken = samples[i] if i < len(samples) else ("", False)
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if broken:
                    item.setText("\u26a0 " + text)
                    item.setData(Qt.ItemDataRole.UserRole, "number")
                    item.setToolTip(self.tr("Tersimpan sebagai angka di Excel: angka terakhirnya bisa salah."))
                table.setItem(col, 2 + i, item)
            combo = table.cellWidget(col, self.MAP_COL_TARGET)
            if not isinstance(combo, QComboBox):
                combo = _QuietCombo(table)
                combo.setObjectName(f"mappingCombo{col}")
                combo.currentIndexChanged.connect(lambda _i, c=col: self._on_target_changed(c))
                table.setCellWidget(col, self.MAP_COL_TARGET, combo)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(abaikan)"), None)
            for target in TARGETS:
                combo.addItem(target_text(target), target)
            index = combo.findData(by_col.get(col)) if col in by_col else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            self._style_mapping_row(col)
        table.setUpdatesEnabled(True)
        self.ignoredLabel.setText(
            self.tr("Baris yang tidak ikut diimpor: {rows}.").format(rows=summarize_ignored(layout.ignored_rows))
            if layout.ignored_rows else self.tr("Semua baris di bawah judul kolom dianggap data."))
        self._update_mapping_warning()

    def _style_mapping_row(self, col: int) -> None:
        mapped = col in self.mapping.values()
        for c in range(self.MAP_COL_TARGET):
            item = self.mappingTable.item(col, c)
            if item is None:
                continue
            font = item.font()
            font.setBold(mapped and c == self.MAP_COL_HEADER)
            item.setFont(font)
            if item.data(Qt.ItemDataRole.UserRole) == "number":
                item.setForeground(QBrush(QColor(WARNING_COLOR if mapped else "#8a8a8a")))
            elif c != self.MAP_COL_HEADER or item.text() != self.tr("(tanpa judul)"):
                item.setForeground(QBrush(QColor("#000000" if mapped else "#8a8a8a")))

    def combo_for_column(self, col: int) -> QComboBox:
        return self.mappingTable.cellWidget(col, self.MAP_COL_TARGET)  # type: ignore[return-value]

    def set_target(self, col: int, target: str | None) -> None:
        """Choose what column ``col`` is imported as (None: ignore); the same as using the combo."""
        combo = self.combo_for_column(col)
        combo.setCurrentIndex(max(combo.findData(target), 0) if target else 0)

    def _on_target_changed(self, col: int) -> None:
        combo = self.combo_for_column(col)
        target = combo.currentData()
        moved_from = None
        for t, c in list(self.mapping.items()):
            if c == col:
                del self.mapping[t]
        if target:
            previous = self.mapping.get(target)
            if previous is not None and previous != col:
                other = self.combo_for_column(previous)
                if other is not None:
                    other.blockSignals(True)
                    other.setCurrentIndex(0)
                    other.blockSignals(False)
                moved_from = previous
                self._style_mapping_row(previous)
            self.mapping[target] = col
        self._style_mapping_row(col)
        self.preview = None
        self._preview_analysis = None
        self._update_mapping_warning()
        if moved_from is not None:
            self._show_message(self.tr("'{target}' dipindah dari kolom {old} ke kolom {new}; kolom {old} "
                                       "sekarang diabaikan.").format(
                target=target_text(target), old=column_letter(moved_from), new=column_letter(col)),
                kind="info")
        self._update_buttons()

    def _mapping_usable(self) -> bool:
        return "nik" in self.mapping or "full_name" in self.mapping

    def _update_mapping_warning(self) -> None:
        problems = []
        if "nik" not in self.mapping:
            problems.append(self.tr("Belum ada kolom yang diimpor sebagai NIK."))
        if "full_name" not in self.mapping:
            problems.append(self.tr("Belum ada kolom yang diimpor sebagai Nama lengkap."))
        if problems and not self._mapping_usable():
            problems.append(self.tr("Pilih setidaknya kolom NIK atau Nama untuk melanjutkan."))
        self.mappingWarningLabel.setText(" ".join(problems))
        self.mappingWarningLabel.setVisible(bool(problems))

    def _on_header_row_changed(self, _value: int) -> None:
        self._header_timer.start()

    def apply_header_row(self) -> None:
        """Re-detect the layout under the header row the operator chose (the file is not re-read)."""
        self._header_timer.stop()
        if self.analysis is None:
            return
        if self._busy:
            self._header_timer.start()
            return
        row = self.headerRowSpin.value()
        if row == self.analysis.layout.header_row:
            return
        analysis, app = self.analysis, self.app
        self._run(self.tr("Membaca ulang judul kolom..."), lambda _p: relayout(app, analysis, row, None),
                  self._set_analysis)

    # ------------------------------------------------------------ page 3: preview

    def on_duplicate(self) -> str:
        return str(self.onDuplicateCombo.currentData() or "skip")

    def _on_duplicate_changed(self, _index: int) -> None:
        if self.pages.currentIndex() == self.PAGE_PREVIEW and self.analysis is not None:
            self.run_preview()

    def run_preview(self) -> None:
        """Dry run with the current header row, mapping and duplicate choice."""
        if self.analysis is None:
            return
        self.preview = None
        self.previewModel.set_rows([])
        self.previewSummaryLabel.setText(self.tr("Menyiapkan pratinjau..."))
        analysis, app = self.analysis, self.app
        header_row = analysis.layout.header_row or self.headerRowSpin.value()
        mapping = dict(self.mapping)
        choice = self.on_duplicate()
        candidates = self.candidateBar.current_filter()

        def work(progress: Progress) -> tuple[importer.Analysis, importer.ImportReport]:
            current = analysis
            if mapping != analysis.layout.mapping or analysis.layout.header_row is None:
                current = relayout(app, analysis, header_row, mapping)
            return current, importer.run_import(app, current, on_duplicate=choice, dry_run=True, progress=progress,
                                                candidates=candidates)

        def done(result: tuple[importer.Analysis, importer.ImportReport]) -> None:
            self._preview_analysis, self.preview = result
            self._preview_candidates = candidates
            self.candidateBar.set_report(self.preview)
            self.previewModel.set_rows(self.preview.rows)
            self._fill_preview_summary()
            self._select_first_problem()

        def failed(exc: BaseException) -> None:
            self.previewSummaryLabel.setText("")
            if isinstance(exc, Cancelled):
                self._show_message(self.tr("Pratinjau dibatalkan. Tidak ada data yang diubah."), kind="info")
            else:
                self._show_message(error_message(exc))

        self._run(self.tr("Memeriksa setiap baris (belum ada yang disimpan)..."), work, done, failed)

    def _age_window(self) -> tuple[int, int, Any]:
        try:
            programme = self.app.programme()
            return programme.age_min, programme.age_max, programme.coverage_start
        except Exception:  # noqa: BLE001 - the label only: the service applies the real window
            return 18, 65, None

    def _current_row_result(self) -> importer.RowResult | None:
        index = self.previewTable.currentIndex()
        return self.previewModel.row_result(index.row()) if index.isValid() else None

    def _on_filter_changed(self) -> None:
        """The candidate filter changed: a new preview with it (debounced, one at a time)."""
        if self.analysis is None or self.pages.currentIndex() != self.PAGE_PREVIEW:
            return
        if self._busy:
            self._filter_timer.start()
            return
        self.run_preview()

    def _select_first_problem(self) -> None:
        model = self.previewModel
        first = next((i for i in range(model.rowCount()) if model._messages(model.row_result(i))[2]), 0)
        if model.rowCount():
            self.previewTable.setCurrentIndex(model.index(first, 0))
            self.previewTable.scrollTo(model.index(first, 0))
        else:
            self._show_row_detail(QModelIndex())

    def _show_row_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self.rowDetailLabel.setText(self.tr("Pilih satu baris untuk melihat keterangannya."))
            return
        r = self.previewModel.row_result(current.row())
        from html import escape

        title = self.tr("Baris {row}: {name} \u2192 {status}").format(
            row=r.row, name=escape(r.name or r.nik or "-"), status=escape(status_text(r.status)))
        lines = []
        for note in r.notes:
            lines.append(f"<span style='color:{WARNING_COLOR}'>\u2022 {escape(tr_text(note))}</span>")
        for issue in r.issues:
            color = ERROR_COLOR if issue.severity is Severity.ERROR else WARNING_COLOR
            mark = "\u2716" if issue.severity is Severity.ERROR else "\u26a0"
            lines.append(f"<span style='color:{color}'>{mark} {escape(issue_text(issue))}</span>")
        if not lines:
            lines.append("<span style='color:#2e7d32'>{t}</span>".format(t=self.tr("Tidak ada masalah.")))
        self.rowDetailLabel.setText(f"<b>{title}</b><br>" + "<br>".join(lines))

    def _totals_html(self, report: importer.ImportReport, *, future: bool) -> str:
        counts = {status: f"<b style='color:{STATUS_COLOR[status]}'>{fmt_number(getattr(report, status))}</b>"
                  for status in ("created", "updated", "skipped", "rejected")}
        if future:
            html = self.tr("Akan terjadi: {created} ditambahkan, {updated} diperbarui, {skipped} dilewati, "
                           "{rejected} ditolak.").format(**counts)
        else:
            html = self.tr("Hasil impor: {created} ditambahkan, {updated} diperbarui, {skipped} dilewati, "
                           "{rejected} ditolak.").format(**counts)
        if report.with_errors:
            n = report.with_errors
            html += "<br><span style='color:{c}'>{t}</span>".format(c=ERROR_COLOR, t=with_count(self.tr(
                "%n data punya kesalahan: tetap diimpor dengan status 'perlu perbaikan' agar tidak ada yang "
                "hilang, tetapi tidak ikut dikirim sampai diperbaiki.", "", n), n))
        if report.ignored_rows:
            n = len(report.ignored_rows)
            html += "<br><span style='color:#555'>{t}</span>".format(t=with_count(self.tr(
                "%n baris lain tidak ikut diimpor (judul, nomor kolom, JUMLAH, tanda tangan).", "", n), n))
        if report.left_out:
            n = report.left_out
            html += "<br><span style='color:#555'>{t}</span>".format(t=with_count(self.tr(
                "%n orang tidak dipilih sebagai calon; alasannya ada di laporan per baris.", "", n), n))
        return html

    def _fill_preview_summary(self) -> None:
        report = self.preview
        if report is None:
            return
        html = self._totals_html(report, future=True)
        if report.created + report.updated == 0:
            html += "<br><b>{t}</b>".format(t=self.tr(
                "Tidak ada data baru atau perubahan untuk diimpor dari berkas ini."))
        self.previewSummaryLabel.setText(html)

    # ------------------------------------------------------------ page 4: import

    def start_import(self) -> None:
        """Backup, then the real import in one transaction (Cancel rolls it back)."""
        if self._busy or self.preview is None or self._preview_analysis is None:
            return
        analysis, app, choice, relay = self._preview_analysis, self.app, self.on_duplicate(), self._relay
        candidates = self._preview_candidates
        self.report = None
        self._import_failed = False
        self.importStatusLabel.setText(self.tr("Mengimpor {name}...").format(name=analysis.path.name))
        self.importTotalsLabel.setText("")
        self.backupLabel.setText("")
        self.saveReportButton.setVisible(False)
        self._show_page(self.PAGE_IMPORT)
        backup_label = self.tr("Membuat cadangan data sebelum impor...")
        n_data = len(analysis.layout.data_rows)
        import_label = with_count(self.tr("Mengimpor %n baris...", "", n_data), n_data)

        def work(progress: Progress) -> tuple[Path | None, importer.ImportReport]:
            relay.phase.emit(backup_label)
            if not progress.step(0, 0):
                raise Cancelled()
            backup = app.db.backup("sebelum-impor")
            try:
                relay.phase.emit(import_label)
                progress.check(0, len(analysis.layout.data_rows))
                return backup, importer.run_import(app, analysis, on_duplicate=choice, progress=progress,
                                                   candidates=candidates)
            except BaseException:
                backup.unlink(missing_ok=True)  # nothing was imported: the backup would only eat space
                raise

        def done(result: tuple[Path | None, importer.ImportReport]) -> None:
            self.backup_path, self.report = result
            self._fill_import_result()
            if self.events is not None:
                self.events.changed.emit(Changes(records=True))
            self.imported.emit(self.report)

        def failed(exc: BaseException) -> None:
            self._import_failed = True
            if isinstance(exc, Cancelled):
                self.importStatusLabel.setText(self.tr(
                    "Impor dibatalkan. Tidak ada data yang disimpan: data desa tetap seperti sebelum impor."))
            else:
                self.importStatusLabel.setText(self.tr("Impor gagal. Tidak ada data yang disimpan."))
                self._show_message(error_message(exc))
            self.importTotalsLabel.setText(self.tr(
                "Klik 'Kembali' untuk melihat pratinjau lagi, atau 'Tutup' untuk keluar."))

        self._run(backup_label, work, done, failed)

    def _fill_import_result(self) -> None:
        report = self.report
        if report is None:
            return
        self.importStatusLabel.setText(self.tr("Impor selesai. Data sudah tersimpan."))
        html = self._totals_html(report, future=False)
        html += "<br><br>" + self.tr(
            "Simpan laporan per baris untuk memperbaiki berkas sumber. Bila ternyata salah berkas, impor ini "
            "bisa dibatalkan lewat menu Berkas \u203a Batalkan Impor Terakhir selama datanya belum diubah.")
        self.importTotalsLabel.setText(html)
        if self.backup_path:
            self.backupLabel.setText(self.tr("Cadangan sebelum impor: {path}").format(path=self.backup_path))
        self.saveReportButton.setVisible(True)
        self._update_buttons()

    # ------------------------------------------------------------ report

    def save_report(self, report: importer.ImportReport | None) -> None:
        if report is None or self._busy:
            return
        source = Path(report.file)
        kind = self.tr("pratinjau") if report.dry_run else self.tr("hasil")
        suggested = source.with_name(self.tr("Laporan impor {kind} - {name}.xlsx").format(
            kind=kind, name=source.stem))
        chosen = self.choose_report_path(self, str(suggested))
        if not chosen:
            return
        target = Path(chosen)
        self._run(self.tr("Menyimpan laporan..."), lambda _p: importer.save_report(report, target),
                  lambda _n: self._show_message(self.tr("Laporan disimpan: {path}").format(path=target), kind="info"),
                  db=False)


def _empty(cell: object) -> bool:
    value = getattr(cell, "value", cell)
    return value is None or (isinstance(value, str) and not value.strip())


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
