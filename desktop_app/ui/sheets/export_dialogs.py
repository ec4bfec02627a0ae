"""Export the BNBA list to Excel, edit export layouts, save the blank template; the menu actions.

``ExportDialog(app, runner, parent=None)`` (objectName ``exportDialog``): layout, include
deleted, target file, export through the runner with an inline progress bar and Cancel (the
writer saves atomically: a cancelled export leaves the target as it was).
``ExportLayoutDialog(app, parent=None)`` (``exportLayoutDialog``): name, columns (field and
header text), reorder, add/remove, save/delete through ``services.exporter``.
``save_template_ui(app, parent, runner=None)``: the blank entry template.
``add_spreadsheet_actions(window, app, runner, events=None) -> list[QAction]``: the menu entries
Impor Daftar... (Ctrl+I), Batalkan Impor Terakhir, Ekspor Excel..., Templat Kosong...,
Tata Letak Ekspor... under 'Berkas'.

File pickers are classmethods (``ExportDialog.choose_path``) so tests monkeypatch them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.progress import Cancelled, Progress
from desktop_app.core.text import message_of
from desktop_app.services.sheets import exporter
from desktop_app.services.sheets.writer import EXTRA_FIELDS, PRESETS, ExportLayout
from desktop_app.ui.common.widgets import (
    STRETCH,
    Ask,
    button_row,
    insert_before_quit,
    make_button,
    with_count,
)
from desktop_app.ui.i18n import tr_text
from desktop_app.ui.sheets.import_wizard import (
    ERROR_COLOR,
    WARNING_COLOR,
    _ForwardProgress,
    _Relay,
    error_message,
)

FieldRole = Qt.ItemDataRole.UserRole + 1

# Fields an export layout can use, in the order the editor offers them (Person fields the writer
# understands plus writer.EXTRA_FIELDS), with Indonesian labels as literals for lupdate.
FIELD_TEXT: dict[str, str] = {
    "no": QT_TRANSLATE_NOOP("ExportField", "Nomor urut"),
    "nik": QT_TRANSLATE_NOOP("ExportField", "NIK"),
    "kk_number": QT_TRANSLATE_NOOP("ExportField", "Nomor KK"),
    "full_name": QT_TRANSLATE_NOOP("ExportField", "Nama lengkap"),
    "display_name": QT_TRANSLATE_NOOP("ExportField", "Nama dengan gelar"),
    "name_title": QT_TRANSLATE_NOOP("ExportField", "Gelar"),
    "birth_place": QT_TRANSLATE_NOOP("ExportField", "Tempat lahir"),
    "birth_date": QT_TRANSLATE_NOOP("ExportField", "Tanggal lahir"),
    "sex": QT_TRANSLATE_NOOP("ExportField", "Jenis kelamin (L/P)"),
    "sex_label": QT_TRANSLATE_NOOP("ExportField", "Jenis kelamin (Laki-laki/Perempuan)"),
    "address": QT_TRANSLATE_NOOP("ExportField", "Alamat"),
    "rt": QT_TRANSLATE_NOOP("ExportField", "RT"),
    "rw": QT_TRANSLATE_NOOP("ExportField", "RW"),
    "dusun": QT_TRANSLATE_NOOP("ExportField", "Dusun/lingkungan"),
    "phone": QT_TRANSLATE_NOOP("ExportField", "Nomor HP"),
    "occupation": QT_TRANSLATE_NOOP("ExportField", "Pekerjaan"),
    "occupation_label": QT_TRANSLATE_NOOP("ExportField", "Pekerjaan (nama lengkap)"),
    "occupation_other": QT_TRANSLATE_NOOP("ExportField", "Pekerjaan lain"),
    "income": QT_TRANSLATE_NOOP("ExportField", "Penghasilan"),
    "programme": QT_TRANSLATE_NOOP("ExportField", "Program"),
    "funding_source": QT_TRANSLATE_NOOP("ExportField", "Sumber dana"),
    "coverage_start": QT_TRANSLATE_NOOP("ExportField", "Awal kepesertaan"),
    "coverage_end": QT_TRANSLATE_NOOP("ExportField", "Akhir kepesertaan"),
    "data_source": QT_TRANSLATE_NOOP("ExportField", "Sumber data"),
    "desil": QT_TRANSLATE_NOOP("ExportField", "Desil"),
    "notes": QT_TRANSLATE_NOOP("ExportField", "Keterangan"),
    "status": QT_TRANSLATE_NOOP("ExportField", "Status data"),
    "issues": QT_TRANSLATE_NOOP("ExportField", "Masalah data"),
    "kpj_number": QT_TRANSLATE_NOOP("ExportField", "Nomor KPJ"),
    "bpjs_status": QT_TRANSLATE_NOOP("ExportField", "Status BPJS"),
    "bpjs_reason": QT_TRANSLATE_NOOP("ExportField", "Alasan BPJS"),
    "verification_status": QT_TRANSLATE_NOOP("ExportField", "Status verifikasi"),
    "verification_reason": QT_TRANSLATE_NOOP("ExportField", "Alasan verifikasi"),
    "desa_code": QT_TRANSLATE_NOOP("ExportField", "Kode desa"),
    "created_at": QT_TRANSLATE_NOOP("ExportField", "Dicatat pada"),
    "created_by": QT_TRANSLATE_NOOP("ExportField", "Dicatat oleh"),
    "updated_at": QT_TRANSLATE_NOOP("ExportField", "Diubah pada"),
    "updated_by": QT_TRANSLATE_NOOP("ExportField", "Diubah oleh"),
    "delete_reason": QT_TRANSLATE_NOOP("ExportField", "Alasan hapus"),
}


def available_fields() -> list[str]:
    """Fields an export layout may use: the labelled ones first, then any other the writer accepts."""
    from desktop_app.core.person import PERSON_FIELD_NAMES

    valid = set(PERSON_FIELD_NAMES) | set(EXTRA_FIELDS)
    internal = {"id", "rev", "sent_rev", "nik_from_number", "deleted_at", "dukcapil_match"}
    out = [f for f in FIELD_TEXT if f in valid]
    out += [f for f in EXTRA_FIELDS if f not in out]
    out += [f for f in PERSON_FIELD_NAMES if f not in out and f not in internal]
    return out


def field_text(field: str) -> str:
    return QCoreApplication.translate("ExportField", FIELD_TEXT.get(field, field))


def _default_dir(app: Any, key: str) -> Path:
    remembered = str(app.preference(key, "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def _safe_name(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_.()" else "-" for ch in text).strip() or "SIPERA"


def _place_name(app: Any) -> str:
    """'Desa Besuki' from 'Desa Besuki, Kec. Panggul, ...' (for suggested file names)."""
    name = str(getattr(getattr(app, "profile", None), "region_name", "") or "")
    return name.split(",")[0].strip() or "SIPERA"


def _remember_dir(app: Any, key: str, path: Path) -> None:
    try:
        app.set_preference(key, str(path.parent))
    except Exception:  # noqa: BLE001 - remembering the folder is a convenience only
        pass


class _Busy:
    """A progress bar + Cancel row and a message line shared by the dialogs below."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.relay = _Relay(owner)
        self.row = QWidget(owner)
        lay = QHBoxLayout(self.row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.row)
        self.bar = QProgressBar(self.row)
        self.bar.setObjectName("progressBar")
        self.bar.setRange(0, 0)
        self.cancelButton = make_button(self.row, "cancelTaskButton", self.cancel)
        lay.addWidget(self.label)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.cancelButton)
        self.row.setVisible(False)
        self.message = QLabel(owner)
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        self.running = False
        self.cancel_requested = False
        self.relay.progress.connect(self._progress)

    def retranslate(self) -> None:
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", "Batal"))

    def show_message(self, text: str, kind: str = "error") -> None:
        color = {"error": ERROR_COLOR, "info": "#1f6f5c", "warning": WARNING_COLOR}.get(kind, ERROR_COLOR)
        bg = {"error": "#fdecea", "info": "#edf7ee", "warning": "#fff4e0"}.get(kind, "#fdecea")
        self.message.setStyleSheet(f"QLabel {{ color: {color}; background: {bg}; border-radius: 4px; padding: 6px; }}")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def cancel(self) -> None:
        if self.running:
            self.cancel_requested = True
            self.cancelButton.setEnabled(False)
            self.label.setText(QCoreApplication.translate("ExportDialog", "Membatalkan..."))

    def run(self, runner: Any, label: str, work: Callable[[Progress], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None], after: Callable[[], None], *, db: bool = True) -> None:
        self.running, self.cancel_requested = True, False
        self.show_message("")
        self.label.setText(label)
        self.bar.setRange(0, 0)
        self.cancelButton.setEnabled(True)
        self.row.setVisible(True)
        after()

        def wrapped(progress: Progress) -> Any:
            return work(_ForwardProgress(progress, self.relay, lambda: self.cancel_requested))

        def finish() -> None:
            self.running = False
            self.row.setVisible(False)

        def done(result: Any) -> None:
            finish()
            on_done(result)
            after()

        def failed(exc: BaseException) -> None:
            finish()
            on_error(exc)
            after()

        runner.run(wrapped, on_done=done, on_error=failed, db=db)


# ---------------------------------------------------------------- export


class ExportDialog(QDialog):
    """Export the BNBA list to an Excel workbook."""

    exported = Signal(object)  # (path, rows)

    def __init__(self, app: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self.setObjectName("exportDialog")
        self.setModal(True)
        self.setMinimumWidth(640)
        self._counts: dict[str, int] | None = None
        self._close_pending = False
        self.last_export: tuple[Path, int] | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 10)
        outer.setSpacing(8)
        self.introLabel = QLabel(self)
        self.introLabel.setObjectName("introLabel")
        self.introLabel.setWordWrap(True)
        outer.addWidget(self.introLabel)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout_row = QHBoxLayout()
        self.layoutCombo = QComboBox(self)
        self.layoutCombo.setObjectName("layoutCombo")
        self.layoutCombo.setMinimumWidth(260)
        self.layoutCombo.currentIndexChanged.connect(self._show_columns)
        self.editLayoutsButton = make_button(self, "editLayoutsButton", self.edit_layouts, auto_default=False)
        layout_row.addWidget(self.layoutCombo, 1)
        layout_row.addWidget(self.editLayoutsButton)
        self.layoutLabel = QLabel(self)
        self.layoutLabel.setBuddy(self.layoutCombo)
        form.addRow(self.layoutLabel, layout_row)
        self.columnsLabel = QLabel(self)
        self.columnsLabel.setObjectName("columnsLabel")
        self.columnsLabel.setWordWrap(True)
        self.columnsLabel.setStyleSheet("color: #555;")
        form.addRow("", self.columnsLabel)
        self.includeDeletedCheck = QCheckBox(self)
        self.includeDeletedCheck.setObjectName("includeDeletedCheck")
        self.includeDeletedCheck.toggled.connect(lambda _on: self._show_count())
        form.addRow("", self.includeDeletedCheck)
        path_row = QHBoxLayout()
        self.pathEdit = QLineEdit(self)
        self.pathEdit.setObjectName("pathEdit")
        self.browseButton = make_button(self, "browseButton", self.browse, auto_default=False)
        path_row.addWidget(self.pathEdit, 1)
        path_row.addWidget(self.browseButton)
        self.pathLabel = QLabel(self)
        self.pathLabel.setBuddy(self.pathEdit)
        form.addRow(self.pathLabel, path_row)
        outer.addLayout(form)
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("countLabel")
        outer.addWidget(self.countLabel)

        self.busy = _Busy(self)
        outer.addWidget(self.busy.message)
        outer.addWidget(self.busy.row)
        outer.addStretch(1)
        self.closeButton = make_button(self, "closeButton", self.reject, auto_default=False)
        self.exportButton = make_button(self, "exportButton", self.export, default=True)
        outer.addLayout(button_row(STRETCH, self.closeButton, self.exportButton))

        self.retranslate()
        self.reload_layouts()
        self.pathEdit.setText(str(self._suggested_path()))
        self._load_counts()
        self.resize(760, 380)

    # ------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ekspor ke Excel"))
        self.introLabel.setText(self.tr(
            "Menyimpan daftar BNBA sebagai buku kerja Excel. NIK, nomor KK dan nomor HP ditulis sebagai teks "
            "(tidak rusak di Excel), tanggal sebagai dd-mm-yyyy, dengan kolom status dan masalah data."))
        self.layoutLabel.setText(self.tr("&Tata letak:"))
        self.editLayoutsButton.setText(self.tr("&Atur Tata Letak..."))
        self.includeDeletedCheck.setText(self.tr("Sertakan data yang sudah &dihapus"))
        self.pathLabel.setText(self.tr("&Simpan ke:"))
        self.browseButton.setText(self.tr("&Pilih..."))
        self.closeButton.setText(self.tr("&Tutup"))
        self.exportButton.setText(self.tr("&Ekspor"))
        self.busy.retranslate()
        self._show_columns()
        self._show_count()

    # ------------------------------------------------------------ picker (tests patch)

    @classmethod
    def choose_path(cls, parent: QWidget | None, title: str, suggested: str) -> str | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested,
                                              QCoreApplication.translate("ExportDialog", "Buku kerja Excel (*.xlsx)"))
        if not name:
            return None
        return name if name.lower().endswith(".xlsx") else name + ".xlsx"

    # ------------------------------------------------------------ state

    def reload_layouts(self, select: str | None = None) -> None:
        current = select or self.layoutCombo.currentData()
        self.layoutCombo.blockSignals(True)
        self.layoutCombo.clear()
        try:
            self._layouts = exporter.layouts(self.app)
        except Exception as exc:  # noqa: BLE001 - fall back to the built-in layouts
            self._layouts = dict(PRESETS)
            self.busy.show_message(error_message(exc))
        for name in self._layouts:
            label = name if name not in PRESETS else self.tr("{name} (bawaan)").format(name=name)
            self.layoutCombo.addItem(label, name)
        index = self.layoutCombo.findData(current) if current else 0
        self.layoutCombo.setCurrentIndex(max(index, 0))
        self.layoutCombo.blockSignals(False)
        self._show_columns()

    def layout_name(self) -> str:
        return str(self.layoutCombo.currentData() or "")

    def _show_columns(self, *_args: Any) -> None:
        layouts = getattr(self, "_layouts", {})
        layout = layouts.get(self.layout_name())
        if layout is None:
            self.columnsLabel.setText("")
            return
        self.columnsLabel.setText(self.tr("Kolom: {cols}").format(cols=", ".join(h for _f, h in layout.columns)))

    def _load_counts(self) -> None:
        from desktop_app.services.records import editing as records

        def done(counts: dict[str, int]) -> None:
            self._counts = counts
            self._show_count()

        self.runner.run(lambda _p: records.counts(self.app), on_done=done, on_error=lambda _e: None)

    def _show_count(self) -> None:
        if self._counts is None:
            self.countLabel.setText("")
            return
        deleted = int(self._counts.get("terhapus", 0))
        active = sum(v for k, v in self._counts.items() if k not in ("terhapus", "peringatan"))
        n = active + (deleted if self.includeDeletedCheck.isChecked() else 0)
        self.countLabel.setText(with_count(self.tr("%n data akan diekspor.", "", n), n))

    def _suggested_path(self) -> Path:
        name = _place_name(self.app)
        stamp = date.today().strftime("%d-%m-%Y")
        return _default_dir(self.app, "export_last_dir") / f"{_safe_name(f'BNBA {name} {stamp}')}.xlsx"

    def _update_buttons(self) -> None:
        idle = not self.busy.running
        for w in (self.exportButton, self.layoutCombo, self.editLayoutsButton, self.includeDeletedCheck,
                  self.pathEdit, self.browseButton):
            w.setEnabled(idle)

    # ------------------------------------------------------------ actions

    def browse(self) -> None:
        chosen = self.choose_path(self, self.tr("Simpan ekspor Excel"), self.pathEdit.text().strip()
                                  or str(self._suggested_path()))
        if chosen:
            self.pathEdit.setText(chosen)

    def edit_layouts(self) -> None:
        dialog = ExportLayoutDialog(self.app, self, start=self.layout_name())
        dialog.saved.connect(lambda name: self.reload_layouts(select=name))
        dialog.deleted.connect(lambda _name: self.reload_layouts())
        dialog.exec()
        dialog.deleteLater()

    def export(self) -> None:
        if self.busy.running:
            return
        text = self.pathEdit.text().strip()
        if not text:
            self.busy.show_message(self.tr("Pilih dulu di mana berkas Excel disimpan."))
            return
        path = Path(text)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
            self.pathEdit.setText(str(path))
        if not path.parent.is_dir():
            self.busy.show_message(self.tr("Folder {folder} tidak ada. Pilih folder lain.").format(folder=path.parent))
            return
        app, name, deleted = self.app, self.layout_name(), self.includeDeletedCheck.isChecked()

        def work(progress: Progress) -> int:
            return exporter.export_excel(app, path, layout_name=name, include_deleted=deleted, progress=progress)

        def done(rows: int) -> None:
            self.last_export = (path, rows)
            _remember_dir(self.app, "export_last_dir", path)
            self.busy.show_message(with_count(self.tr("%n data diekspor ke {path}", "", rows), rows, path=path),
                                   kind="info")
            self.exported.emit((path, rows))
            if self._close_pending:
                super(ExportDialog, self).reject()

        def failed(exc: BaseException) -> None:
            if self._close_pending:
                super(ExportDialog, self).reject()
                return
            if isinstance(exc, Cancelled):
                self.busy.show_message(self.tr("Ekspor dibatalkan. Berkas tujuan tidak diubah."), kind="info")
            else:
                self.busy.show_message(error_message(exc))

        self.busy.run(self.runner, self.tr("Mengekspor..."), work, done, failed, self._update_buttons)

    def reject(self) -> None:
        if self.busy.running:
            self._close_pending = True
            self.busy.cancel()
            return
        super().reject()


# ---------------------------------------------------------------- layout editor


class ExportLayoutDialog(QDialog):
    """Define an export layout: which fields, in which order, under which header text."""

    saved = Signal(str)
    deleted = Signal(str)
    COL_FIELD, COL_HEADER = range(2)

    def __init__(self, app: Any, parent: QWidget | None = None, start: str | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("exportLayoutDialog")
        self.setModal(True)
        self.setMinimumSize(760, 520)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 12, 14, 10)
        outer.setSpacing(8)
        self.introLabel = QLabel(self)
        self.introLabel.setWordWrap(True)
        outer.addWidget(self.introLabel)
        form = QFormLayout()
        self.startCombo = QComboBox(self)
        self.startCombo.setObjectName("layoutSelectCombo")
        self.startCombo.setMinimumWidth(260)
        self.startCombo.currentIndexChanged.connect(lambda _i: self.load(self.startCombo.currentData()))
        self.startLabel = QLabel(self)
        self.startLabel.setBuddy(self.startCombo)
        form.addRow(self.startLabel, self.startCombo)
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setObjectName("layoutNameEdit")
        self.nameEdit.setMaxLength(60)
        self.nameEdit.textChanged.connect(lambda _t: self._update_buttons())
        self.nameLabel = QLabel(self)
        self.nameLabel.setBuddy(self.nameEdit)
        form.addRow(self.nameLabel, self.nameEdit)
        outer.addLayout(form)

        grid = QGridLayout()
        self.availableLabel = QLabel(self)
        self.columnsTitleLabel = QLabel(self)
        self.availableList = QListWidget(self)
        self.availableList.setObjectName("availableList")
        self.availableList.itemDoubleClicked.connect(lambda _item: self.add_selected())
        self.columnsTable = QTableWidget(0, 2, self)
        self.columnsTable.setObjectName("columnsTable")
        self.columnsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.columnsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.columnsTable.verticalHeader().setVisible(True)
        self.columnsTable.horizontalHeader().setSectionResizeMode(self.COL_FIELD, QHeaderView.ResizeMode.Interactive)
        self.columnsTable.horizontalHeader().setSectionResizeMode(self.COL_HEADER, QHeaderView.ResizeMode.Stretch)
        self.columnsTable.setColumnWidth(self.COL_FIELD, 220)
        self.columnsTable.itemSelectionChanged.connect(self._update_buttons)
        middle = QVBoxLayout()
        self.addColumnButton = make_button(self, "addColumnButton", self.add_selected, auto_default=False)
        self.removeColumnButton = make_button(self, "removeColumnButton", self.remove_selected, auto_default=False)
        self.moveUpButton = make_button(self, "moveUpButton", lambda: self.move_selected(-1), auto_default=False)
        self.moveDownButton = make_button(self, "moveDownButton", lambda: self.move_selected(1), auto_default=False)
        middle.addStretch(1)
        for b in (self.addColumnButton, self.removeColumnButton, self.moveUpButton, self.moveDownButton):
            middle.addWidget(b)
        middle.addStretch(1)
        grid.addWidget(self.availableLabel, 0, 0)
        grid.addWidget(self.columnsTitleLabel, 0, 2)
        grid.addWidget(self.availableList, 1, 0)
        grid.addLayout(middle, 1, 1)
        grid.addWidget(self.columnsTable, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)
        outer.addLayout(grid, 1)

        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)
        outer.addWidget(self.messageLabel)
        self.deleteLayoutButton = make_button(self, "deleteLayoutButton", self.delete_layout, auto_default=False)
        self.closeButton = make_button(self, "closeButton", self.reject, auto_default=False)
        self.saveLayoutButton = make_button(self, "saveLayoutButton", self.save, default=True)
        outer.addLayout(button_row(self.deleteLayoutButton, STRETCH, self.closeButton, self.saveLayoutButton))

        self._fill_available()
        self.retranslate()
        self._reload_start(start)
        self.resize(900, 600)

    # ------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tata Letak Ekspor"))
        self.introLabel.setText(self.tr(
            "Susun kolom untuk format yang diminta kabupaten atau BPJS: pilih data di kiri lalu 'Tambah', "
            "ubah judul kolom langsung di tabel kanan, atur urutannya dengan 'Naik'/'Turun', lalu simpan "
            "dengan nama sendiri. Tata letak bawaan tidak bisa ditimpa; simpan dengan nama lain."))
        self.startLabel.setText(self.tr("&Mulai dari:"))
        self.nameLabel.setText(self.tr("&Nama tata letak:"))
        self.availableLabel.setText(self.tr("Data yang tersedia"))
        self.columnsTitleLabel.setText(self.tr("Kolom di berkas Excel (urut dari kiri)"))
        self.columnsTable.setHorizontalHeaderLabels([self.tr("Data"), self.tr("Judul kolom di Excel")])
        self.addColumnButton.setText(self.tr("&Tambah \u2192"))
        self.removeColumnButton.setText(self.tr("\u2190 &Hapus"))
        self.moveUpButton.setText(self.tr("\u2191 N&aik"))
        self.moveDownButton.setText(self.tr("\u2193 T&urun"))
        self.deleteLayoutButton.setText(self.tr("Hapus Tata &Letak"))
        self.closeButton.setText(self.tr("T&utup"))
        self.saveLayoutButton.setText(self.tr("&Simpan"))
        for i in range(self.availableList.count()):
            item = self.availableList.item(i)
            item.setText(field_text(item.data(FieldRole)))
        for r in range(self.columnsTable.rowCount()):
            item = self.columnsTable.item(r, self.COL_FIELD)
            item.setText(field_text(item.data(FieldRole)))

    def _fill_available(self) -> None:
        for fld in available_fields():
            item = QListWidgetItem(field_text(fld))
            item.setData(FieldRole, fld)
            item.setToolTip(fld)
            self.availableList.addItem(item)
        self.availableList.setCurrentRow(0)

    def _reload_start(self, select: str | None = None) -> None:
        self._layouts = exporter.layouts(self.app)
        self.startCombo.blockSignals(True)
        self.startCombo.clear()
        for name in self._layouts:
            label = name if name not in PRESETS else self.tr("{name} (bawaan)").format(name=name)
            self.startCombo.addItem(label, name)
        index = self.startCombo.findData(select) if select else 0
        self.startCombo.setCurrentIndex(max(index, 0))
        self.startCombo.blockSignals(False)
        self.load(self.startCombo.currentData())

    # ------------------------------------------------------------ editing

    def load(self, name: str | None) -> None:
        layout = self._layouts.get(name or "")
        if layout is None:
            return
        if name in PRESETS:
            self.nameEdit.setText(self.tr("{name} - ubahan").format(name=name))
        else:
            self.nameEdit.setText(name or "")
        self.columnsTable.setRowCount(0)
        for fld, header in layout.columns:
            self._append(fld, header)
        self._show_message("")
        self._update_buttons()

    def _append(self, fld: str, header: str, row: int | None = None) -> int:
        table = self.columnsTable
        row = table.rowCount() if row is None else row
        table.insertRow(row)
        field_item = QTableWidgetItem(field_text(fld))
        field_item.setData(FieldRole, fld)
        field_item.setFlags(field_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, self.COL_FIELD, field_item)
        table.setItem(row, self.COL_HEADER, QTableWidgetItem(header))
        return row

    def columns(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.columnsTable.rowCount()):
            fld = self.columnsTable.item(r, self.COL_FIELD).data(FieldRole)
            header_item = self.columnsTable.item(r, self.COL_HEADER)
            header = (header_item.text() if header_item else "").strip() or field_text(fld).upper()
            out.append((fld, header))
        return out

    def add_field(self, fld: str, header: str | None = None) -> None:
        selected = self._selected_row()
        row = self._append(fld, header if header is not None else field_text(fld).upper(),
                           None if selected < 0 else selected + 1)
        self.columnsTable.selectRow(row)
        self._update_buttons()

    def add_selected(self) -> None:
        item = self.availableList.currentItem()
        if item is not None:
            self.add_field(item.data(FieldRole))

    def _selected_row(self) -> int:
        rows = self.columnsTable.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.columnsTable.removeRow(row)
            if self.columnsTable.rowCount():
                self.columnsTable.selectRow(min(row, self.columnsTable.rowCount() - 1))
        self._update_buttons()

    def move_selected(self, delta: int) -> None:
        row = self._selected_row()
        target = row + delta
        if row < 0 or not 0 <= target < self.columnsTable.rowCount():
            return
        cols = self.columns()
        cols[row], cols[target] = cols[target], cols[row]
        self.columnsTable.setRowCount(0)
        for fld, header in cols:
            self._append(fld, header)
        self.columnsTable.selectRow(target)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self._selected_row()
        n = self.columnsTable.rowCount()
        self.removeColumnButton.setEnabled(row >= 0)
        self.moveUpButton.setEnabled(row > 0)
        self.moveDownButton.setEnabled(0 <= row < n - 1)
        name = self.nameEdit.text().strip()
        self.saveLayoutButton.setEnabled(bool(name) and n > 0)
        saved = getattr(self, "_layouts", {})
        self.deleteLayoutButton.setEnabled(name in saved and name not in PRESETS)

    def _show_message(self, text: str, kind: str = "error") -> None:
        color = {"error": ERROR_COLOR, "info": "#1f6f5c"}.get(kind, ERROR_COLOR)
        self.messageLabel.setStyleSheet(f"color: {color};")
        self.messageLabel.setText(text)
        self.messageLabel.setVisible(bool(text))

    def save(self) -> bool:
        name = self.nameEdit.text().strip()
        if not name:
            self._show_message(self.tr("Beri nama tata letak ini dulu."))
            return False
        cols = self.columns()
        if not cols:
            self._show_message(self.tr("Tambahkan setidaknya satu kolom."))
            return False
        try:
            exporter.save_layout(self.app, ExportLayout(name, cols))
        except (exporter.ExportError, ValueError) as exc:
            self._show_message(tr_text(message_of(exc)))
            return False
        self._reload_start(name)
        self._show_message(self.tr("Tata letak '{name}' disimpan.").format(name=name), kind="info")
        self.saved.emit(name)
        return True

    def delete_layout(self) -> None:
        name = self.nameEdit.text().strip()
        if not name or name in PRESETS:
            return
        if not Ask.question(self, self.tr("Hapus tata letak?"),
                            self.tr("Hapus tata letak '{name}'? Berkas yang sudah diekspor tidak berubah.").format(
                                name=name), yes=self.tr("Hapus"), no=self.tr("Jangan")):
            return
        if exporter.delete_layout(self.app, name):
            self._reload_start()
            self._show_message(self.tr("Tata letak '{name}' dihapus.").format(name=name), kind="info")
            self.deleted.emit(name)


# ---------------------------------------------------------------- template


def save_template_ui(app: Any, parent: QWidget | None, runner: Any = None) -> Path | None:
    """Ask where to save the blank entry template and write it (through the runner when given)."""
    folder = _default_dir(app, "export_last_dir")
    name = _place_name(app)
    chosen = ExportDialog.choose_path(parent, QCoreApplication.translate("TemplateExport", "Simpan templat kosong"),
                                      str(folder / f"{_safe_name(f'Templat BNBA {name}')}.xlsx"))
    if not chosen:
        return None
    path = Path(chosen)

    def done(_result: Any = None) -> None:
        _remember_dir(app, "export_last_dir", path)
        Ask.info(parent, QCoreApplication.translate("TemplateExport", "Templat kosong disimpan di {path}.\n\nKolom NIK dan KK sudah berformat teks dan "
                            "diperiksa 16 angka, ada pilihan L/P dan pekerjaan, serta lembar Petunjuk. "
                            "Bagikan templat ini agar daftar berikutnya langsung benar.").format(path=path),
                 QCoreApplication.translate("TemplateExport", "Templat kosong"))

    def failed(exc: BaseException) -> None:
        Ask.error(parent, error_message(exc), QCoreApplication.translate("TemplateExport", "Templat kosong"))

    if runner is None:
        runner = getattr(parent, "runner", None)
    if runner is None:
        try:
            exporter.write_blank_template(app, path)
        except Exception as exc:  # noqa: BLE001 - shown to the operator
            failed(exc)
            return None
        done()
        return path
    runner.run(lambda _p: exporter.write_blank_template(app, path), on_done=done, on_error=failed,
               progress_label=QCoreApplication.translate("TemplateExport", "Menyimpan templat..."), parent=parent, db=False)
    return path


# ---------------------------------------------------------------- menu actions


class _SpreadsheetActions(QObject):
    """Owns the menu actions and their dialogs; retranslates them on a language change."""

    TEXTS = {
        "importAction": QT_TRANSLATE_NOOP("SpreadsheetActions", "&Impor Daftar..."),
        "undoImportAction": QT_TRANSLATE_NOOP("SpreadsheetActions", "&Batalkan Impor Terakhir..."),
        "exportAction": QT_TRANSLATE_NOOP("SpreadsheetActions", "&Ekspor Excel..."),
        "templateAction": QT_TRANSLATE_NOOP("SpreadsheetActions", "&Templat Kosong..."),
        "exportLayoutsAction": QT_TRANSLATE_NOOP("SpreadsheetActions", "Tata &Letak Ekspor..."),
    }
    TIPS = {
        "importAction": QT_TRANSLATE_NOOP("SpreadsheetActions", "Impor daftar Excel/CSV yang sudah ada di desa"),
        "undoImportAction": QT_TRANSLATE_NOOP("SpreadsheetActions",
                                              "Hapus lagi data dari impor terakhir selama belum diubah"),
        "exportAction": QT_TRANSLATE_NOOP("SpreadsheetActions", "Simpan daftar BNBA sebagai berkas Excel"),
        "templateAction": QT_TRANSLATE_NOOP("SpreadsheetActions",
                                            "Simpan templat Excel kosong dengan kolom NIK berformat teks"),
        "exportLayoutsAction": QT_TRANSLATE_NOOP("SpreadsheetActions",
                                                 "Atur kolom dan judul untuk format kabupaten atau BPJS"),
    }

    def __init__(self, window: QWidget, app: Any, runner: Any, events: Any) -> None:
        super().__init__(window)
        self.setObjectName("spreadsheetActions")
        self.window, self.app, self.runner, self.events = window, app, runner, events
        self.actions: dict[str, QAction] = {}
        self.dialog: QDialog | None = None
        slots = {
            "importAction": self.open_import,
            "undoImportAction": self.undo_import,
            "exportAction": self.open_export,
            "templateAction": self.save_template,
            "exportLayoutsAction": self.open_layouts,
        }
        for name, slot in slots.items():
            act = QAction(window)
            act.setObjectName(name)
            act.triggered.connect(lambda _checked=False, s=slot: s())
            self.actions[name] = act
        is_desa = bool(getattr(getattr(app, "profile", None), "is_desa", True))
        if is_desa:  # (Mode Kabupaten uses Ctrl+I for inspecting a package)
            self.actions["importAction"].setShortcut(QKeySequence("Ctrl+I"))
        self.actions["importAction"].setEnabled(is_desa)
        self.actions["undoImportAction"].setEnabled(is_desa)
        self.retranslate()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        for name, act in self.actions.items():
            act.setText(QCoreApplication.translate("SpreadsheetActions", self.TEXTS[name]))
            tip = QCoreApplication.translate("SpreadsheetActions", self.TIPS[name])
            act.setStatusTip(tip)
            act.setToolTip(tip)

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        dialog.open()

    def open_import(self) -> None:
        from desktop_app.ui.sheets.import_wizard import ImportWizard

        self._show(ImportWizard(self.app, self.runner, self.events, self.window))

    def undo_import(self) -> None:
        from desktop_app.ui.sheets.import_wizard import undo_last_import_ui

        undo_last_import_ui(self.app, self.window, self.events, runner=self.runner)

    def open_export(self) -> None:
        self._show(ExportDialog(self.app, self.runner, self.window))

    def save_template(self) -> None:
        save_template_ui(self.app, self.window, runner=self.runner)

    def open_layouts(self) -> None:
        self._show(ExportLayoutDialog(self.app, self.window))


def _plain(title: str) -> str:
    return title.replace("&", "").strip().lower()


def _find_menu(window: QWidget) -> QMenu | None:
    menu = getattr(window, "fileMenu", None)
    if isinstance(menu, QMenu):
        return menu
    bar = window.menuBar() if hasattr(window, "menuBar") else None
    if bar is None:
        return None
    for wanted in ("berkas", "file", "data"):
        for act in bar.actions():
            sub = act.menu()
            if isinstance(sub, QMenu) and _plain(sub.title()) == wanted:
                return sub
    return None


def add_spreadsheet_actions(window: QWidget, app: Any, runner: Any, events: Any = None) -> list[QAction]:
    """Add the import/export entries to the window's 'Berkas' menu (created when missing).

    Returns the actions in menu order: import, undo import, export, template, export layouts.
    A window without a menu bar gets them as window actions (their shortcuts still work).
    """
    holder = _SpreadsheetActions(window, app, runner, events)
    acts = holder.actions
    ordered = [acts["importAction"], acts["undoImportAction"], acts["exportAction"], acts["templateAction"],
               acts["exportLayoutsAction"]]
    menu = _find_menu(window)
    if menu is None and hasattr(window, "menuBar"):
        menu = window.menuBar().addMenu(QCoreApplication.translate("SpreadsheetActions", "&Berkas"))
        menu.setObjectName("spreadsheetMenu")
    if menu is None:
        window.addActions(ordered)
        return ordered
    insert_before_quit(menu, [[acts["importAction"], acts["undoImportAction"]],
                              [acts["exportAction"], acts["templateAction"], acts["exportLayoutsAction"]]])
    window.addActions(ordered)
    return ordered


__all__ = ["ExportDialog", "ExportLayoutDialog", "add_spreadsheet_actions", "available_fields",
           "save_template_ui"]
