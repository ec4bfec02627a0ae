"""The pages of the spreadsheet import wizard, as widgets a second wizard can reuse.

``FilePage`` (choose a file and a sheet, read its layout), ``MappingPage`` (header row and what
each column is imported as), ``PreviewPage`` (a dry run: what every row would become) and
``ImportPage`` (the outcome of the real run). Each page builds its own widgets (the objectNames
the tests and screenshots use), keeps its own state and does its own work; it talks to the
dialog that holds it only through ``WizardHost`` (run work in the background, show a message,
know whether work is running) and through its signals. The dialog decides which page is shown,
the navigation buttons and what happens between pages (``import_wizard.ImportWizard``).

Another wizard reuses them through a few hooks (the district's results wizard,
``ui/district/results_wizard.py``): ``FilePage.analyser()`` (what reads a sheet) and ``fileForm``,
``MappingPage(targets=..., target_label=...)`` with ``layout_of()``, ``usable()`` and
``relayout_work()``, ``PreviewPage.make_model()`` and ``ImportWizard._make_pages()``.

Pages do not react to ``LanguageChange`` themselves: the dialog calls ``retranslate()`` on each
(so a page is translated once, after the dialog's own texts). A page's plural texts (``%n``) name
their context (``QCoreApplication.translate("FilePage", ..., None, n)``): ``self.tr`` in a subclass
looks in the subclass's context first and takes its filled-in ``%n`` as found, so a plural text of
a base class would stay Indonesian in the results wizard.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from typing import Any, Protocol

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
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
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
from desktop_app.services.sheets.reader import SpreadsheetError, list_sheets
from desktop_app.ui.common.errors import error_text
from desktop_app.ui.common.widgets import (
    STATUS_COLORS,
    STRETCH,
    button_row,
    fmt_number,
    issue_text,
    make_button,
    with_count,
)
from desktop_app.ui.i18n import tr_text
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

    HEADER_CONTEXT = "PreviewModel"  # the context of ``_HEADERS`` (another model has its own)

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
        self._rows = [r for r in self._all if self.is_problem(r)] if self._problems_only else self._all

    def is_problem(self, r: Any) -> bool:
        """Shown under 'only the rows with problems'."""
        return r.status != "left_out" and bool(r.issues or r.notes or r.status == "rejected")

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.HEADER_CONTEXT, self._HEADERS[section])
        return None

    def _messages(self, r: Any) -> tuple[str, str, str]:
        """(one-line text, tooltip text, worst severity: 'error'/'warning'/''), made once per row."""
        cached = self._cache.get(id(r))
        if cached is None:
            lines, worst = self.message_lines(r)
            cached = self._cache[id(r)] = ("   ".join(lines), "\n".join(lines), worst)
        return cached

    def message_lines(self, r: Any) -> tuple[list[str], str]:
        """A row's messages, one a line, and the worst severity ('error', 'warning' or '')."""
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
        return lines, worst

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


def _empty(cell: object) -> bool:
    value = getattr(cell, "value", cell)
    return value is None or (isinstance(value, str) and not value.strip())


def totals_html(report: importer.ImportReport, *, future: bool) -> str:
    """The coloured totals of a dry run (``future``) or of a real import."""
    counts = {status: f"<b style='color:{STATUS_COLOR[status]}'>{fmt_number(getattr(report, status))}</b>"
              for status in ("created", "updated", "skipped", "rejected")}
    if future:
        html = QCoreApplication.translate(
            "ImportWizard", "Akan terjadi: {created} ditambahkan, {updated} diperbarui, {skipped} dilewati, "
            "{rejected} ditolak.").format(**counts)
    else:
        html = QCoreApplication.translate(
            "ImportWizard", "Hasil impor: {created} ditambahkan, {updated} diperbarui, {skipped} dilewati, "
            "{rejected} ditolak.").format(**counts)
    if report.with_errors:
        n = report.with_errors
        html += "<br><span style='color:{c}'>{t}</span>".format(c=ERROR_COLOR, t=with_count(QCoreApplication.translate(
            "ImportWizard", "%n data punya kesalahan: tetap diimpor dengan status 'perlu perbaikan' agar tidak "
            "ada yang hilang, tetapi tidak ikut dikirim sampai diperbaiki.", None, n), n))
    if report.ignored_rows:
        n = len(report.ignored_rows)
        html += "<br><span style='color:#555'>{t}</span>".format(t=with_count(QCoreApplication.translate(
            "ImportWizard", "%n baris lain tidak ikut diimpor (judul, nomor kolom, JUMLAH, tanda tangan).",
            None, n), n))
    if report.left_out:
        n = report.left_out
        html += "<br><span style='color:#555'>{t}</span>".format(t=with_count(QCoreApplication.translate(
            "ImportWizard", "%n orang tidak dipilih sebagai calon; alasannya ada di laporan per baris.", None, n), n))
    return html


def hint_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


# ---------------------------------------------------------------- what a page needs from its dialog


class WizardHost(Protocol):
    """The dialog a page lives in (``ImportWizard`` is one)."""

    app: Any
    relay: _Relay  # progress/phase from the worker thread

    @property
    def busy(self) -> bool: ...

    def run_task(self, label: str, work: Callable[[Progress], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None] | None = None, *, db: bool = True) -> None:
        """Run ``work`` in the background with the dialog's progress row; stale results dropped."""

    def show_message(self, text: str, kind: str = "error") -> None:
        """The message strip above the pages ('' hides it); kind: error, info, warning."""

    def choose_file(self, parent: QWidget | None, start_dir: str) -> str | None:
        """The file picker (a classmethod on the dialog, so tests can patch it)."""


class WizardPage(QWidget):
    """A page: builds its widgets, ``retranslate()``, ``set_idle()`` enables them while no work runs."""

    def __init__(self, host: WizardHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host

    def layout_of(self, analysis: Any) -> Any:
        """The part of an analysis with ``header_row``, ``headers``, ``mapping``, ``data_rows`` and
        ``ignored_rows``: its ``layout``, or the analysis itself when it carries them (the results')."""
        return getattr(analysis, "layout", analysis)

    def relayouter(self) -> Callable[[Any, int | None, dict[str, int] | None], Any]:
        """What re-detects an analysis under another header row and/or mapping (no re-reading),
        made on the GUI thread and run in the background; another wizard gives its own."""
        app = self.host.app
        return lambda analysis, header_row, mapping: relayout(app, analysis, header_row, mapping)

    def retranslate(self) -> None:  # pragma: no cover - every page has texts
        pass

    def set_idle(self, idle: bool) -> None:
        pass


# ---------------------------------------------------------------- page 1: file and sheet


class FilePage(WizardPage):
    """Choose a file (picker, or a typed path and Enter) and a sheet; reads its layout.

    ``analysisChanged`` carries the new ``importer.Analysis``; ``analysisReset`` says the old one
    is gone (another file or sheet is being read, or reading failed). Enter in the path field reads
    a path not read yet, else emits ``proceedRequested`` (the dialog goes on); the key never reaches
    the dialog's buttons, so it cannot cancel the reading it just started."""

    analysisChanged = Signal(object)
    analysisReset = Signal()
    proceedRequested = Signal()

    def __init__(self, host: WizardHost, parent: QWidget | None = None, *,
                 targets: Sequence[str] | None = None, target_label: Callable[[str], str] | None = None) -> None:
        super().__init__(host, parent)
        self.setObjectName("filePage")
        self.targets: tuple[str, ...] = tuple(TARGETS if targets is None else targets)  # as MappingPage's
        self.target_label: Callable[[str], str] = target_label or target_text
        self._sheets: list[str] = []
        self.analysis: importer.Analysis | None = None
        self._build()

    def _build(self) -> None:
        page = self
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 4, 0, 0)
        self.fileIntroLabel = hint_label(page, "fileIntroLabel")
        lay.addWidget(self.fileIntroLabel)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        row = QHBoxLayout()
        self.fileEdit = QLineEdit(page)
        self.fileEdit.setObjectName("fileEdit")
        self.fileEdit.setClearButtonEnabled(True)
        self.fileEdit.installEventFilter(self)
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
        self.fileForm = form  # a wizard's own rows go here (the results wizard's kind of answers)
        self.fileInfoLabel = hint_label(page, "fileInfoLabel")
        self.fileInfoLabel.setStyleSheet("QLabel { background: #eef5f2; border: 1px solid #c5ddd3;"
                                         " border-radius: 4px; padding: 8px; }")
        self.fileInfoLabel.setVisible(False)
        lay.addWidget(self.fileInfoLabel)
        self.fileTipsLabel = hint_label(page, "fileTipsLabel")
        self.fileTipsLabel.setStyleSheet("color: #555;")
        lay.addWidget(self.fileTipsLabel)
        lay.addStretch(1)

    def retranslate(self) -> None:
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
        if self.analysis is not None:
            self.show_info(self.analysis)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.fileEdit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._path_entered()
            return True
        return super().eventFilter(watched, event)

    def _path_entered(self) -> None:
        if self.host.busy:
            return
        text = self.fileEdit.text().strip()
        if not text:
            self.browse()
        elif self.analysis is not None and Path(text) == Path(self.analysis.path):
            self.proceedRequested.emit()
        else:
            self.open_file(text)

    def set_idle(self, idle: bool) -> None:
        self.browseButton.setEnabled(idle)
        # read-only, not disabled, while a file is read: the focus stays in the field
        self.fileEdit.setReadOnly(not idle)
        self.sheetCombo.setEnabled(idle and len(self._sheets) > 1)

    def browse(self) -> None:
        current = self.fileEdit.text().strip()
        start = str(Path(current).parent) if current else str(self.host.app.preference("import_last_dir", "") or "")
        chosen = self.host.choose_file(self, start)
        if chosen:
            self.open_file(chosen)

    def open_file(self, path: str | Path) -> None:
        """Read the file (sheets, then the chosen sheet's layout) in the background."""
        if self.host.busy or not str(path):
            return
        path = Path(path)
        self.fileEdit.setText(str(path))
        self.reset()
        self._sheets = []
        self.sheetCombo.blockSignals(True)
        self.sheetCombo.clear()
        self.sheetCombo.blockSignals(False)
        app = self.host.app
        analyse = self.analyser()

        def work(progress: Progress) -> tuple[list[str], importer.Analysis]:
            if not path.exists():
                raise importer.ImportError_(
                    QCoreApplication.translate("ImportWizard", "Berkas {path} tidak ada.").format(path=path))
            try:
                sheets = list_sheets(path)
            except SpreadsheetError as exc:
                raise importer.ImportError_(message_of(exc)) from exc
            return sheets, analyse(path, None, progress)

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
                app.set_preference("import_last_dir", str(path.parent))
            except Exception:  # noqa: BLE001 - remembering the folder is a convenience only
                pass
            self._analysed(analysis)

        self.host.run_task(self.tr("Membaca {name}...").format(name=path.name), work, done, self._analysis_failed)

    def analyser(self) -> Callable[[Path, str | None, Progress], Any]:
        """What reads a file's sheet (path, sheet or None, progress) -> analysis, made on the GUI
        thread and run in the background; another wizard gives its own."""
        app = self.host.app
        return lambda path, sheet, progress: importer.analyse(app, path, sheet=sheet, progress=progress)

    def _analysed(self, analysis: importer.Analysis) -> None:
        self.analysis = analysis
        self.show_info(analysis)
        self.analysisChanged.emit(analysis)

    def _analysis_failed(self, exc: BaseException) -> None:
        self.reset()
        self.fileEdit.setFocus(Qt.FocusReason.OtherFocusReason)  # a typed correction goes into the path
        if isinstance(exc, Cancelled):
            self.host.show_message(self.tr("Pembacaan berkas dibatalkan."), kind="info")
        else:
            self.host.show_message(error_message(exc) + "\n" + self.tr("Tidak ada data yang diubah. "
                                   "Pilih berkas lain atau perbaiki berkas ini, lalu coba lagi."))

    def _on_sheet_changed(self, index: int) -> None:
        if index < 0 or not self.fileEdit.text().strip():
            return
        name = self.sheetCombo.itemText(index)
        path = Path(self.fileEdit.text().strip())
        if self.analysis is not None and self.analysis.sheet.sheet == name:
            return
        self.reset()
        analyse = self.analyser()
        self.host.run_task(self.tr("Membaca lembar {name}...").format(name=name),
                           lambda p: analyse(path, name, p),
                           self._analysed, self._analysis_failed)

    def reset(self) -> None:
        self.analysis = None
        self.fileInfoLabel.setVisible(False)
        self.analysisReset.emit()

    def show_info(self, a: importer.Analysis | None) -> None:
        """What was found in the sheet (also called when another page changed the layout)."""
        self.analysis = a
        if a is None:
            self.fileInfoLabel.setVisible(False)
            return
        layout = self.layout_of(a)
        n_rows, n_data = len(a.sheet.rows), len(layout.data_rows)
        lines = [with_count(QCoreApplication.translate("FilePage", "Lembar '{sheet}': %n baris terisi.", None, n_rows), n_rows, sheet=a.sheet.sheet)]
        if getattr(a, "source_label", None):
            lines.insert(0, QCoreApplication.translate("ImportWizard", "Dikenali sebagai: {source}.")
                         .format(source=tr_text(a.source_label)))
        if layout.header_row:
            lines.append(with_count(self.found_text(n_data), n_data, row=layout.header_row))
            mapped = [self.target_label(t) for t in self.targets if t in layout.mapping]
            if mapped:
                lines.append(self.tr("Kolom yang dikenali: {cols}.").format(cols=", ".join(mapped)))
        if layout.ignored_rows:
            lines.append(self.ignored_text().format(rows=summarize_ignored(layout.ignored_rows)))
        lines += [tr_text(note) for note in a.sheet.notes]
        self.fileInfoLabel.setText("\n".join(lines))
        self.fileInfoLabel.setVisible(True)

    def found_text(self, n_data: int) -> str:
        """Where the header row is and how many rows will be checked ({row}, %n)."""
        return QCoreApplication.translate("FilePage", "Judul kolom ditemukan di baris {row}; %n baris data akan diperiksa.",
                                          None, n_data)

    def ignored_text(self) -> str:
        """The rows left out ({rows})."""
        return self.tr("Tidak ikut diimpor: {rows}.")


# ---------------------------------------------------------------- page 2: header row and mapping


class MappingPage(WizardPage):
    """The header row and what each column is imported as (``mapping``: target -> column index).

    ``mappingChanged`` fires after the operator changed a column's target; ``analysisChanged``
    carries the layout re-detected under another header row."""

    MAP_COL_LETTER, MAP_COL_HEADER = 0, 1
    MAP_COL_TARGET = 2 + SAMPLE_COUNT
    mappingChanged = Signal()
    analysisChanged = Signal(object)

    def __init__(self, host: WizardHost, parent: QWidget | None = None, *,
                 targets: Sequence[str] | None = None, target_label: Callable[[str], str] | None = None) -> None:
        super().__init__(host, parent)
        self.setObjectName("mappingPage")
        # what a column can be imported as, in the combo's order, and its (translated) label
        self.targets: tuple[str, ...] = tuple(TARGETS if targets is None else targets)
        self.target_label: Callable[[str], str] = target_label or target_text
        self.analysis: importer.Analysis | None = None
        self.mapping: dict[str, int] = {}
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(HEADER_ROW_DEBOUNCE_MS)
        self._header_timer.timeout.connect(self.apply_header_row)
        self._build()

    def _build(self) -> None:
        page = self
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 4, 0, 0)
        self.mappingIntroLabel = hint_label(page, "mappingIntroLabel")
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

        self.mappingWarningLabel = hint_label(page, "mappingWarningLabel")
        self.mappingWarningLabel.setStyleSheet(f"color: {ERROR_COLOR};")
        self.mappingWarningLabel.setVisible(False)
        lay.addWidget(self.mappingWarningLabel)
        self.ignoredLabel = hint_label(page, "ignoredLabel")
        self.ignoredLabel.setStyleSheet("color: #555;")
        lay.addWidget(self.ignoredLabel)

    def retranslate(self) -> None:
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
        if self.analysis is not None:
            self.fill()

    def set_idle(self, idle: bool) -> None:
        self.headerRowSpin.setEnabled(idle and self.analysis is not None)
        self.mappingTable.setEnabled(idle)

    def set_analysis(self, analysis: importer.Analysis | None) -> None:
        """A new layout (another file, sheet or header row): its mapping replaces the operator's."""
        self.analysis = analysis
        self.mapping = dict(self.layout_of(analysis).mapping) if analysis is not None else {}
        if analysis is None:
            self.mappingTable.setRowCount(0)
        else:
            self.fill()

    def usable(self) -> bool:
        return "nik" in self.mapping or "full_name" in self.mapping

    def header_row(self) -> int:
        return self.headerRowSpin.value()

    def _column_count(self) -> int:
        a = self.analysis
        if a is None:
            return 0
        layout = self.layout_of(a)
        width = len(layout.headers)
        probe = layout.data_rows[:50] or range(1, min(len(a.sheet.rows), 50) + 1)
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
        for r in self.layout_of(a).data_rows:
            cell = a.sheet.cell(r, col)
            text = cell.text
            if text:
                digits = sum(ch.isdigit() for ch in text)
                out.append((text, bool(getattr(cell, "numeric", False)) and digits >= 15))
            if len(out) >= SAMPLE_COUNT:
                break
        return out

    def fill(self) -> None:
        a = self.analysis
        if a is None:
            return
        layout = self.layout_of(a)
        self.headerRowSpin.blockSignals(True)
        self.headerRowSpin.setRange(1, max(1, min(len(a.sheet.rows), 10_000)))
        self.headerRowSpin.setValue(layout.header_row or 1)
        self.headerRowSpin.blockSignals(False)
        if layout.data_rows:
            n = len(layout.data_rows)
            self.dataRowsLabel.setText(with_count(QCoreApplication.translate(
                "MappingPage", "Data: baris {first} sampai {last} (%n baris)", None, n), n,
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
            for target in self.targets:
                combo.addItem(self.target_label(target), target)
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
        self._update_mapping_warning()
        if moved_from is not None:
            self.host.show_message(self.tr("'{target}' dipindah dari kolom {old} ke kolom {new}; kolom {old} "
                                           "sekarang diabaikan.").format(
                target=self.target_label(target), old=column_letter(moved_from), new=column_letter(col)),
                kind="info")
        self.mappingChanged.emit()

    def missing_targets(self) -> list[str]:
        """The targets no column is imported as yet that the operator should hear about."""
        return [t for t in ("nik", "full_name") if t not in self.mapping]

    def needed_text(self) -> str:
        """What the operator must choose to go on (shown while the mapping is not ``usable()``)."""
        return self.tr("Pilih setidaknya kolom NIK atau Nama untuk melanjutkan.")

    def _update_mapping_warning(self) -> None:
        problems = [self.tr("Belum ada kolom yang diimpor sebagai {target}.").format(target=self.target_label(t))
                    for t in self.missing_targets()]
        if problems and not self.usable():
            problems.append(self.needed_text())
        self.mappingWarningLabel.setText(" ".join(problems))
        self.mappingWarningLabel.setVisible(bool(problems))

    def _on_header_row_changed(self, _value: int) -> None:
        self._header_timer.start()

    def apply_header_row(self) -> None:
        """Re-detect the layout under the header row the operator chose (the file is not re-read)."""
        self._header_timer.stop()
        if self.analysis is None:
            return
        if self.host.busy:
            self._header_timer.start()
            return
        row = self.headerRowSpin.value()
        if row == self.layout_of(self.analysis).header_row:
            return
        analysis, again = self.analysis, self.relayouter()
        self.host.run_task(self.tr("Membaca ulang judul kolom..."), lambda _p: again(analysis, row, None),
                           self.analysisChanged.emit)


# ---------------------------------------------------------------- page 3: preview


class PreviewPage(WizardPage):
    """A dry run of the import with the current layout, mapping and duplicate choice.

    ``preview`` is its report, ``preview_analysis`` the layout it ran on (what the real import
    uses). ``duplicateChoiceChanged`` asks the dialog to run it again; ``saveReportRequested``
    carries the report to save."""

    duplicateChoiceChanged = Signal()
    saveReportRequested = Signal(object)

    def __init__(self, host: WizardHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.setObjectName("previewPage")
        self.preview: importer.ImportReport | None = None
        self.preview_analysis: importer.Analysis | None = None
        self.preview_candidates: Any = None  # the candidate filter the preview ran with
        self._pending_candidates: Any = None  # the one the running preview was started with
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(300)
        self._filter_timer.timeout.connect(self._on_filter_changed)
        self._build()

    def _build(self) -> None:
        page = self
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 4, 0, 0)
        self.previewSummaryLabel = hint_label(page, "previewSummaryLabel")
        self.previewSummaryLabel.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.previewSummaryLabel)
        row = QHBoxLayout()
        self.onDuplicateLabel = QLabel(page)
        self.onDuplicateCombo = QComboBox(page)
        self.onDuplicateCombo.setObjectName("onDuplicateCombo")
        self.onDuplicateCombo.addItem("", "skip")
        self.onDuplicateCombo.addItem("", "update")
        self.onDuplicateCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.onDuplicateCombo.currentIndexChanged.connect(lambda _i: self.duplicateChoiceChanged.emit())
        self.onDuplicateLabel.setBuddy(self.onDuplicateCombo)
        self.problemsOnlyCheck = QCheckBox(page)
        self.problemsOnlyCheck.setObjectName("problemsOnlyCheck")
        self.problemsOnlyCheck.toggled.connect(lambda on: self.previewModel.set_problems_only(on))
        self.savePreviewReportButton = make_button(page, "savePreviewReportButton",
                                                   lambda: self.saveReportRequested.emit(self.preview),
                                                   auto_default=False)
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

        self.previewModel = self.make_model()
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
        self.rowDetailLabel = hint_label(page, "rowDetailLabel")
        self.rowDetailLabel.setTextFormat(Qt.TextFormat.RichText)
        self.rowDetailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rowDetailLabel.setStyleSheet("QLabel { background: #ffffff; border: 1px solid #d0d0d0;"
                                          " border-radius: 4px; padding: 6px; }")
        self.rowDetailLabel.setMinimumHeight(64)
        self.rowDetailLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.rowDetailLabel)
        self.previewHintLabel = hint_label(page, "previewHintLabel")
        self.previewHintLabel.setStyleSheet("color: #555;")
        lay.addWidget(self.previewHintLabel)

    def make_model(self) -> PreviewModel:
        """The table's model (a wizard with other rows gives a ``PreviewModel`` of its own)."""
        return PreviewModel(self)

    def retranslate(self) -> None:
        self.onDuplicateLabel.setText(self.tr("NIK yang sudah ada di SIPERA:"))
        self.onDuplicateCombo.setItemText(0, self.tr("Lewati (data yang ada tidak diubah)"))
        self.onDuplicateCombo.setItemText(1, self.tr("Perbarui data yang ada"))
        self.problemsOnlyCheck.setText(self.tr("Hanya baris yang bermasalah"))
        self.savePreviewReportButton.setText(self.tr("Simpan Laporan Pratinjau..."))
        self.previewHintLabel.setText(self.tr(
            "Merah: data tetap diimpor tetapi berstatus 'perlu perbaikan' (tidak ikut dikirim sampai "
            "diperbaiki). Kuning: periksa lagi. Pilih satu baris untuk membaca keterangannya lengkap."))
        if self.preview is not None:
            self._fill_preview_summary()
            self.previewModel.retranslate()
            self._show_row_detail(self.previewTable.currentIndex())
        self.previewModel.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, PreviewModel.COL_MESSAGES)

    def set_idle(self, idle: bool) -> None:
        self.onDuplicateCombo.setEnabled(idle)
        self.candidateBar.setEnabled(idle)
        self.savePreviewReportButton.setEnabled(idle and self.preview is not None)

    def set_analysis(self, analysis: importer.Analysis) -> None:
        """A new sheet: the candidate bar shows for population files (OpenSID, SIAK, ...)."""
        self.clear()
        self.candidateBar.reset(analysis.source, self._age_window())

    def _age_window(self) -> tuple[int, int, Any]:
        try:
            programme = self.host.app.programme()
            return programme.age_min, programme.age_max, programme.coverage_start
        except Exception:  # noqa: BLE001 - the label only: the service applies the real window
            return 18, 65, None

    def _current_row_result(self) -> importer.RowResult | None:
        index = self.previewTable.currentIndex()
        return self.previewModel.row_result(index.row()) if index.isValid() else None

    def _on_filter_changed(self) -> None:
        """The candidate filter changed: a new preview with it (debounced, one at a time)."""
        if self.host.busy:
            self._filter_timer.start()
            return
        self.duplicateChoiceChanged.emit()  # the dialog runs the preview again when it is shown

    def clear(self) -> None:
        """The preview no longer matches the layout or mapping."""
        self.preview = None
        self.preview_analysis = None

    def can_import(self) -> bool:
        return self.preview is not None and (self.preview.created + self.preview.updated) > 0

    def on_duplicate(self) -> str:
        return str(self.onDuplicateCombo.currentData() or "skip")

    def run_preview(self, analysis: Any, mapping: dict[str, int], header_row: int) -> None:
        """Dry run with the given header row (when the layout has none), mapping and our duplicate choice."""
        self.clear()
        self.previewModel.set_rows([])
        self.previewSummaryLabel.setText(self.tr("Menyiapkan pratinjau..."))
        layout, again = self.layout_of(analysis), self.relayouter()
        header_row = self.preview_header_row(layout, header_row)
        mapping = dict(mapping)
        dry_run = self.dry_run()

        def work(progress: Progress) -> tuple[Any, Any]:
            current = analysis
            if mapping != layout.mapping or layout.header_row != header_row:
                current = again(analysis, header_row, mapping)
            return current, dry_run(current, progress)

        def done(result: tuple[Any, Any]) -> None:
            self.preview_analysis, self.preview = result
            self.previewModel.set_rows(self.preview.rows)
            self.after_preview()
            self._fill_preview_summary()
            self._select_first_problem()

        def failed(exc: BaseException) -> None:
            self.previewSummaryLabel.setText("")
            if isinstance(exc, Cancelled):
                self.host.show_message(self.tr("Pratinjau dibatalkan. Tidak ada data yang diubah."), kind="info")
            else:
                self.host.show_message(error_message(exc))

        self.host.run_task(self.preview_label(), work, done, failed)

    def preview_header_row(self, layout: Any, header_row: int) -> int:
        """The header row the dry run uses: the detected one, else the operator's."""
        return layout.header_row or header_row

    def dry_run(self) -> Callable[[Any, Progress], Any]:
        """The dry run (analysis, progress) -> report, made on the GUI thread with the page's choices
        (what is done with NIKs already held, which candidates); another wizard gives its own."""
        app, choice = self.host.app, self.on_duplicate()
        candidates = self._pending_candidates = self.candidateBar.current_filter()
        return lambda current, progress: importer.run_import(app, current, on_duplicate=choice, dry_run=True,
                                                             progress=progress, candidates=candidates)

    def after_preview(self) -> None:
        """The dry run is shown: the candidate bar learns its counts."""
        self.preview_candidates = self._pending_candidates
        self.candidateBar.set_report(self.preview)

    def preview_label(self) -> str:
        return self.tr("Memeriksa setiap baris (belum ada yang disimpan)...")

    def status_label(self, status: str) -> str:
        """A row's status in words (the detail's title)."""
        return status_text(status)

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
        title = self.tr("Baris {row}: {name} \u2192 {status}").format(
            row=r.row, name=escape(r.name or r.nik or "-"), status=escape(self.status_label(r.status)))
        lines = self.detail_lines(r) or [
            "<span style='color:#2e7d32'>{t}</span>".format(t=self.tr("Tidak ada masalah."))]
        self.rowDetailLabel.setText(f"<b>{title}</b><br>" + "<br>".join(self.detail_intro(r) + lines))

    def detail_intro(self, r: Any) -> list[str]:
        """HTML lines above a row's problems (none here)."""
        return []

    def detail_lines(self, r: Any) -> list[str]:
        """A row's notes and issues as HTML lines (none: 'no problems' is shown)."""
        lines = [f"<span style='color:{WARNING_COLOR}'>\u2022 {escape(tr_text(note))}</span>" for note in r.notes]
        for issue in r.issues:
            color = ERROR_COLOR if issue.severity is Severity.ERROR else WARNING_COLOR
            mark = "\u2716" if issue.severity is Severity.ERROR else "\u26a0"
            lines.append(f"<span style='color:{color}'>{mark} {escape(issue_text(issue))}</span>")
        return lines

    def _fill_preview_summary(self) -> None:
        report = self.preview
        if report is None:
            return
        html = totals_html(report, future=True)
        if report.created + report.updated == 0:
            html += "<br><b>{t}</b>".format(t=self.tr(
                "Tidak ada data baru atau perubahan untuk diimpor dari berkas ini."))
        self.previewSummaryLabel.setText(html)


# ---------------------------------------------------------------- page 4: import


class ImportPage(WizardPage):
    """The real import: a backup, then one transaction (Cancel rolls it back), then its outcome.

    ``finished`` carries the report of a completed import; ``saveReportRequested`` the report to save."""

    finished = Signal(object)
    saveReportRequested = Signal(object)

    def __init__(self, host: WizardHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.setObjectName("importPage")
        self.report: importer.ImportReport | None = None
        self.backup_path: Path | None = None
        self.failed = False
        self._build()

    def _build(self) -> None:
        page = self
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 4, 0, 0)
        self.importStatusLabel = hint_label(page, "importStatusLabel")
        status_font = QFont(self.importStatusLabel.font())
        status_font.setPointSizeF(status_font.pointSizeF() * 1.15)
        self.importStatusLabel.setFont(status_font)
        lay.addWidget(self.importStatusLabel)
        self.importTotalsLabel = hint_label(page, "importTotalsLabel")
        self.importTotalsLabel.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.importTotalsLabel)
        self.backupLabel = hint_label(page, "backupLabel")
        self.backupLabel.setStyleSheet("color: #555;")
        self.backupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.backupLabel)
        self.saveReportButton = make_button(page, "saveReportButton",
                                            lambda: self.saveReportRequested.emit(self.report), auto_default=False)
        self.saveReportButton.setVisible(False)
        lay.addLayout(button_row(self.saveReportButton, STRETCH))
        lay.addStretch(1)

    def retranslate(self) -> None:
        self.saveReportButton.setText(self.tr("Simpan &Laporan per Baris..."))
        if self.report is not None:
            self._fill_import_result()

    def set_idle(self, idle: bool) -> None:
        self.saveReportButton.setEnabled(idle and self.report is not None)

    def prepare(self, analysis: importer.Analysis) -> None:
        """Clear the page before an import of ``analysis`` (shown before the work starts)."""
        self.report = None
        self.failed = False
        self.importStatusLabel.setText(self.tr("Mengimpor {name}...").format(name=analysis.path.name))
        self.importTotalsLabel.setText("")
        self.backupLabel.setText("")
        self.saveReportButton.setVisible(False)

    BACKUP_NAME = "sebelum-impor"  # the backup file's tag

    def start(self, analysis: Any, on_duplicate: str = "", candidates: Any = None) -> None:
        """Backup, then the real run in one transaction (Cancel rolls it back)."""
        app, relay = self.host.app, self.host.relay
        texts = self.texts(analysis)
        apply = self.apply_work(analysis, on_duplicate, candidates)

        def work(progress: Progress) -> tuple[Path | None, Any]:
            relay.phase.emit(texts["backup"])
            if not progress.step(0, 0):
                raise Cancelled()
            backup = app.db.backup(self.BACKUP_NAME)
            try:
                relay.phase.emit(texts["running"])
                return backup, apply(progress)
            except BaseException:
                backup.unlink(missing_ok=True)  # nothing was changed: the backup would only eat space
                raise

        def done(result: tuple[Path | None, Any]) -> None:
            self.backup_path, self.report = result
            self._fill_import_result()
            self.finished.emit(self.report)

        def failed(exc: BaseException) -> None:
            self.failed = True
            if isinstance(exc, Cancelled):
                self.importStatusLabel.setText(texts["cancelled"])
            else:
                self.importStatusLabel.setText(texts["failed"])
                self.host.show_message(error_message(exc))
            self.importTotalsLabel.setText(self.tr(
                "Klik 'Kembali' untuk melihat pratinjau lagi, atau 'Tutup' untuk keluar."))

        self.host.run_task(texts["backup"], work, done, failed)

    def texts(self, analysis: Any) -> dict[str, str]:
        """The phases (``backup``, ``running``) and the outcomes (``cancelled``, ``failed``) of a run."""
        n_data = len(analysis.layout.data_rows)
        return {"backup": self.tr("Membuat cadangan data sebelum impor..."),
                "running": with_count(QCoreApplication.translate("ImportPage", "Mengimpor %n baris...", None, n_data), n_data),
                "cancelled": self.tr(
                    "Impor dibatalkan. Tidak ada data yang disimpan: data desa tetap seperti sebelum impor."),
                "failed": self.tr("Impor gagal. Tidak ada data yang disimpan.")}

    def apply_work(self, analysis: Any, on_duplicate: str, candidates: Any) -> Callable[[Progress], Any]:
        """The real run (in the background, after the backup); another wizard gives its own."""
        app = self.host.app

        def work(progress: Progress) -> importer.ImportReport:
            progress.check(0, len(analysis.layout.data_rows))
            return importer.run_import(app, analysis, on_duplicate=on_duplicate, progress=progress,
                                       candidates=candidates)
        return work

    def _fill_import_result(self) -> None:
        report = self.report
        if report is None:
            return
        self.importStatusLabel.setText(self.tr("Impor selesai. Data sudah tersimpan."))
        html = totals_html(report, future=False)
        html += "<br><br>" + self.tr(
            "Simpan laporan per baris untuk memperbaiki berkas sumber. Bila ternyata salah berkas, impor ini "
            "bisa dibatalkan lewat menu Berkas \u203a Batalkan Impor Terakhir selama datanya belum diubah.")
        self.importTotalsLabel.setText(html)
        if self.backup_path:
            self.backupLabel.setText(self.tr("Cadangan sebelum impor: {path}").format(path=self.backup_path))
        self.saveReportButton.setVisible(True)


__all__ = ["FilePage", "ImportPage", "MappingPage", "PreviewModel", "PreviewPage", "WizardHost", "WizardPage",
           "column_letter", "error_message", "relayout", "summarize_ignored", "totals_html"]
