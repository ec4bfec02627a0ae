"""Dialog pieces every feature shares: file and folder pickers tests can replace (``Pick``),
running work off the GUI thread with a progress dialog (``run_work``), the last folder used,
fingerprint labels and entry, notes, panels, read-only tables, and the words for a refusal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import Refusal
from desktop_app.core.progress import Cancelled, Progress
from desktop_app.core.text import message_of
from desktop_app.services.packages.common import normalize_fingerprint
from desktop_app.ui.common.errors import error_text
from desktop_app.ui.common.validators import FingerprintValidator
from desktop_app.ui.common.widgets import (
    make_button,
)
from desktop_app.ui.i18n import tr_text

LAST_DIR_PREF = "last_package_dir"
PACKAGE_FILTER = QT_TRANSLATE_NOOP("SyncDialogs", "Paket SIPERA (*.sipera);;Semua berkas (*)")
GREEN, AMBER, RED, GREY = "#1b5e20", "#8a4b00", "#b71c1c", "#555555"


_CODE_PREFIX = re.compile(r"^[a-z_]+(\.[a-z_]+)+: ")
_DETAIL_SUFFIX = re.compile(r" \[[^\]]*\]$")


def plain_message(text: str) -> str:
    """A service message without its machine code prefix ('package.corrupt: ') and [detail]."""
    return _DETAIL_SUFFIX.sub("", _CODE_PREFIX.sub("", text.strip()))


def service_message(error: BaseException) -> str:
    """The operator's message of a sync refusal in the current language: a ``SyncError``'s
    ``message``, else the ``core.text.Msg`` it was raised with; translated first, then without
    any machine code prefix or [detail]."""
    message = error.user_message() if isinstance(error, Refusal) else message_of(error)
    return plain_message(tr_text(message))


def technical_text(error: BaseException) -> str:
    """'code: message [detail]' with the message translated (tooltips, for the support desk)."""
    code, detail = getattr(error, "code", ""), getattr(error, "detail", "")
    return (f"{code}: " if code else "") + service_message(error) + (f" [{detail}]" if detail else "")


def error_message(exc: BaseException) -> str:
    """Plain words in the operator's language: our services' refusals are translated messages;
    anything else says nothing changed."""
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("SyncDialogs", "Dibatalkan. Tidak ada yang diubah.")
    if isinstance(exc, Refusal):
        return service_message(exc)
    if isinstance(exc, OSError):
        text = QCoreApplication.translate(
            "SyncDialogs", "Berkas atau folder tidak bisa dipakai ({detail}). Periksa flashdisk atau folder tujuan, "
            "lalu ulangi. Tidak ada yang diubah.")
        return text.format(detail=exc.strerror or exc)
    return error_text(exc)


# ------------------------------------------------------------------------------ seams for tests


class Pick:
    """File/folder pickers and opening files with the system: tests monkeypatch these."""

    @classmethod
    def folder(cls, parent: QWidget | None, title: str, start: str = "") -> str:
        return QFileDialog.getExistingDirectory(parent, title, start)

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, start: str = "", filters: str = "") -> str:
        path, _ = QFileDialog.getOpenFileName(parent, title, start, filters or QCoreApplication.translate("SyncDialogs", PACKAGE_FILTER))
        return path

    @classmethod
    def open_path(cls, path: str | Path) -> bool:
        """Open a file (the berita acara PDF) or a folder with the system's program."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def run_work(runner: Any, work: Callable[[Progress], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None], label: str | None = None,
             parent: QWidget | None = None) -> None:
    """Through the TaskRunner when there is one; inline otherwise (short work only)."""
    if runner is not None:
        if parent is not None:
            # the dialog may be closed (and deleted) before background work comes back
            on_done, on_error = _while_alive(parent, on_done), _while_alive(parent, on_error)
        runner.run(work, on_done=on_done, on_error=on_error, progress_label=label, parent=parent)
        return
    try:
        result = work(Progress())
    except Exception as exc:  # noqa: BLE001 - shown to the operator
        on_error(exc)
    else:
        on_done(result)


def _while_alive(widget: QWidget, callback: Callable[[Any], None]) -> Callable[[Any], None]:
    def call(value: Any) -> None:
        if shiboken6.isValid(widget):
            callback(value)

    return call


def last_dir(app: Any) -> str:
    try:
        return str(app.preference(LAST_DIR_PREF, "") or "")
    except Exception:  # noqa: BLE001 - a preference never stops a dialog
        return ""


def remember_dir(app: Any, folder: str | Path) -> None:
    try:
        app.set_preference(LAST_DIR_PREF, str(folder))
    except Exception:  # noqa: BLE001
        pass


# ------------------------------------------------------------------------------ small widgets


def mono_font(point_size: int = 0, bold: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    if point_size:
        font.setPointSize(point_size)
    font.setBold(bold)
    return font


def fingerprint_label(text: str, object_name: str, point_size: int = 20, parent: QWidget | None = None) -> QLabel:
    """A fingerprint big, monospace, selectable, on a light frame: easy to read aloud."""
    label = QLabel(text, parent)
    label.setObjectName(object_name)
    label.setFont(mono_font(point_size, bold=True))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("QLabel { background: #f3f6fa; border: 1px solid #c5d0dc; border-radius: 4px; "
                        "padding: 6px 12px; color: #102a43; }")
    return label


def note_label(text: str = "", object_name: str = "", parent: QWidget | None = None, color: str = "") -> QLabel:
    label = QLabel(text, parent)
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if color:
        label.setStyleSheet(f"color: {color};")
    return label


def panel(object_name: str, background: str, border: str, parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName(object_name)
    frame.setStyleSheet(f"QFrame#{object_name} {{ background: {background}; border: 1px solid {border}; "
                        "border-radius: 4px; }")
    return frame


def read_only_table(object_name: str, headers: list[str], parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setHighlightSections(False)
    return table


def table_item(text: str, data: Any = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class FolderRow(QWidget):
    """'Simpan ke folder' line edit + 'Pilih...' button; remembers the last folder."""

    changed = Signal()

    def __init__(self, app: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._app = app
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.folderEdit = QLineEdit(last_dir(app), self)
        self.folderEdit.setObjectName("folderEdit")
        self.folderEdit.setPlaceholderText(self.tr("Pilih folder di flashdisk..."))
        self.folderEdit.textChanged.connect(lambda _t: self.changed.emit())
        self.browseButton = make_button(self, "browseButton", self.browse, text=self.tr("Pilih Folder..."))
        row.addWidget(self.folderEdit, 1)
        row.addWidget(self.browseButton)

    def browse(self) -> None:
        chosen = Pick.folder(self, self.tr("Pilih folder tujuan (flashdisk)"), self.folder())
        if chosen:
            self.folderEdit.setText(chosen)

    def folder(self) -> str:
        return self.folderEdit.text().strip()

    def remember(self) -> None:
        if self.folder():
            remember_dir(self._app, self.folder())


# Who reads which fingerprint to whom: one wording wherever it is explained (setup, Kirim ke
# Kabupaten, the enrollment file, the configuration import).
ENROLLMENT_READING = QT_TRANSLATE_NOOP(
    "Fingerprint", "Operator desa membacakan sidik jari desa kepada petugas Disperinaker, kelompok demi "
    "kelompok; petugas mengetiknya di SIPERA kabupaten saat mendaftarkan desa.")
CONFIG_READING = QT_TRANSLATE_NOOP(
    "Fingerprint", "Petugas Disperinaker membacakan sidik jari kunci kabupaten kepada operator desa; "
    "operator desa mengetiknya saat mengimpor konfigurasi kabupaten pertama kali.")


def enrollment_reading() -> str:
    """The village's fingerprint: the village operator reads it, the district officer types it."""
    return QCoreApplication.translate("Fingerprint", ENROLLMENT_READING)


def config_reading() -> str:
    """The district's fingerprint: the district officer reads it, the village operator types it."""
    return QCoreApplication.translate("Fingerprint", CONFIG_READING)


class FingerprintEntry(QWidget):
    """Where a person types the fingerprint the other side reads aloud; says at once if it matches."""

    changed = Signal()

    def __init__(self, expected: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._expected = normalize_fingerprint(expected)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.fingerprintEdit = QLineEdit(self)
        self.fingerprintEdit.setObjectName("fingerprintEdit")
        self.fingerprintEdit.setFont(mono_font(16, bold=True))
        self.fingerprintEdit.setMaxLength(40)
        self.fingerprintEdit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        # base32 only (A-Z, 2-7), upper case; a 0 or 1 read aloud or from paper becomes O or I
        self.fingerprintEdit.setValidator(FingerprintValidator(self.fingerprintEdit))
        self.fingerprintEdit.textEdited.connect(self._upper)
        self.fingerprintEdit.textChanged.connect(self._update)
        self.matchLabel = note_label("", "fingerprintMatchLabel", self)
        col.addWidget(self.fingerprintEdit)
        col.addWidget(self.matchLabel)
        self._update()

    def _upper(self, text: str) -> None:
        if text != text.upper():
            pos = self.fingerprintEdit.cursorPosition()
            self.fingerprintEdit.setText(text.upper())
            self.fingerprintEdit.setCursorPosition(pos)

    def typed(self) -> str:
        return self.fingerprintEdit.text()

    def is_complete(self) -> bool:
        return bool(normalize_fingerprint(self.typed()))

    def matches(self) -> bool:
        return self.is_complete() and normalize_fingerprint(self.typed()) == self._expected

    def _update(self) -> None:
        n = sum(1 for ch in self.typed() if ch.isalnum())  # the validator lets in nothing else
        if not self.is_complete():
            self.matchLabel.setStyleSheet(f"color: {GREY};")
            self.matchLabel.setText(self.tr("Terketik {n} dari 24 huruf/angka (tanda '-' dan spasi boleh).").format(n=n))
        elif self.matches():
            self.matchLabel.setStyleSheet(f"color: {GREEN}; font-weight: bold;")
            self.matchLabel.setText(self.tr("\u2714 Cocok."))
        else:
            self.matchLabel.setStyleSheet(f"color: {RED}; font-weight: bold;")
            self.matchLabel.setText(self.tr("\u2716 Tidak cocok. Periksa lagi kelompok demi kelompok. Bila tetap "
                                            "berbeda, jangan lanjutkan: berkas ini mungkin bukan dari pihak yang benar."))
        self.changed.emit()


# ------------------------------------------------------------------------------ send a data package


class OpenDialogs(list):
    """The non-modal dialogs an owner (a window, a menu's actions) has open: kept referenced while
    open (Python must not collect them), forgotten and deleted when they finish."""

    def __init__(self, on_forget: Callable[[QDialog], None] | None = None) -> None:
        super().__init__()
        self._on_forget = on_forget

    def show(self, dialog: QDialog) -> QDialog:
        self.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self.forget(d))
        dialog.open()
        return dialog

    def forget(self, dialog: QDialog) -> None:
        if dialog in self:
            self.remove(dialog)
        if self._on_forget is not None:
            self._on_forget(dialog)
        dialog.deleteLater()
