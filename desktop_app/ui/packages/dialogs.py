"""The sync dialogs of the window: send a data package, inspect a package, the package history,
the village's enrollment file and the district's config (issue 5; DESIGN.md "Sync").

Everything that changes data runs in ``desktop_app.services.packages`` through the ``TaskRunner``;
these dialogs only ask, show and explain. File pickers, opening files and message boxes go
through ``Pick`` and ``widgets.Ask`` (classmethods tests monkeypatch), so no test ever blocks on
a real modal dialog.

Integration: ``add_sync_actions(window, app, runner, events)`` adds the 'Kirim' menu (and the
"Kirim ke Kabupaten" toolbar button) to a main window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.progress import Progress
from desktop_app.services.packages import common as package_common
from desktop_app.services.packages import history as package_history
from desktop_app.services.packages import send as package_send
from desktop_app.services.packages import steps as package_steps
from desktop_app.services.packages import trust as package_trust
from desktop_app.ui.common.dialogs import (
    AMBER,
    GREEN,
    GREY,
    RED,
    FingerprintEntry,
    FolderRow,
    OpenDialogs,
    Pick,
    config_reading,
    enrollment_reading,
    error_message,
    fingerprint_label,
    last_dir,
    mono_font,
    note_label,
    panel,
    read_only_table,
    remember_dir,
    run_work,
    service_message,
    table_item,
    technical_text,
)
from desktop_app.ui.common.events import Changes
from desktop_app.ui.common.widgets import (
    STRETCH,
    Ask,
    button_row,
    fmt_date,
    fmt_datetime,
    fmt_money,
    fmt_number,
    issue_text,
    make_button,
    vocab,
    with_count,
)

CTX = "SyncDialogs"
HELD_BACK_SHOWN = 500  # rows in the held-back table; the rest are counted


KIND_LABELS: dict[str, str] = {
    "enrollment": QT_TRANSLATE_NOOP("SyncDialogs", "Pendaftaran desa"),
    "config": QT_TRANSLATE_NOOP("SyncDialogs", "Konfigurasi kabupaten"),
    "data": QT_TRANSLATE_NOOP("SyncDialogs", "Data pekerja (desa ke kabupaten)"),
    "feedback": QT_TRANSLATE_NOOP("SyncDialogs", "Umpan balik (kabupaten ke desa)"),
    "restore": QT_TRANSLATE_NOOP("SyncDialogs", "Pemulihan data desa"),
}
DIRECTION_LABELS: dict[str, str] = {
    "sent": QT_TRANSLATE_NOOP("SyncDialogs", "Dikirim"),
    "received": QT_TRANSLATE_NOOP("SyncDialogs", "Diterima"),
    "refused": QT_TRANSLATE_NOOP("SyncDialogs", "Ditolak"),
}
SIGNATURE_LABELS: dict[str, str] = {
    "valid": QT_TRANSLATE_NOOP("SyncDialogs", "Sah - kunci dikenal"),
    "unknown_key": QT_TRANSLATE_NOOP("SyncDialogs", "Utuh, tetapi kunci belum dikenal"),
    "revoked": QT_TRANSLATE_NOOP("SyncDialogs", "Kunci dicabut"),
    "invalid": QT_TRANSLATE_NOOP("SyncDialogs", "TIDAK SAH"),
    "unchecked": QT_TRANSLATE_NOOP("SyncDialogs", "Tidak dapat diperiksa"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def kind_label(kind: str | None) -> str:
    return _t(KIND_LABELS[kind]) if kind in KIND_LABELS else (kind or "")


def direction_label(direction: str) -> str:
    return _t(DIRECTION_LABELS[direction]) if direction in DIRECTION_LABELS else direction


def signature_label(status: str) -> str:
    return _t(SIGNATURE_LABELS.get(status, SIGNATURE_LABELS["unchecked"]))


def counts_text(counts: dict[str, Any] | None) -> str:
    """'12 data, 2 penghapusan, 3 ditahan di desa' from a manifest's or the history's counts."""
    if not counts:
        return ""
    values: dict[str, int] = {}
    for key, value in counts.items():
        try:
            values[key] = int(value)
        except (TypeError, ValueError):
            continue
    parts = []
    if "records" in values:
        n = values["records"]
        parts.append(with_count(QCoreApplication.translate("SyncDialogs", "%n data", None, n), n))
    elif "lines" in values:
        n = values["lines"]
        parts.append(with_count(QCoreApplication.translate("SyncDialogs", "%n baris", None, n), n))
    if values.get("deleted"):
        n = values["deleted"]
        parts.append(with_count(QCoreApplication.translate("SyncDialogs", "%n penghapusan", None, n), n))
    if values.get("held_back"):
        n = values["held_back"]
        parts.append(with_count(QCoreApplication.translate("SyncDialogs", "%n ditahan di desa", None, n), n))
    if values.get("full"):
        parts.append(QCoreApplication.translate("SyncDialogs", "kiriman ulang seluruh data"))
    for key, n in values.items():
        if key not in ("records", "lines", "deleted", "held_back", "full"):
            # a count a newer SIPERA wrote that this one has no words for: show its raw name
            parts.append(QCoreApplication.translate("SyncDialogs", "{key}: {n}", "count with an unknown name").format(
                key=key, n=fmt_number(n)))
    return ", ".join(parts)


class SendPackageDialog(QDialog):
    """'Kirim ke Kabupaten': preview, held-back records with reasons, folder, send, result."""

    sent = Signal(object)  # package_send.DataExport, after a package was written

    def __init__(self, app: Any, runner: Any, parent: QWidget | None = None, events: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendPackageDialog")
        self.setWindowTitle(self.tr("Kirim ke Kabupaten"))
        self.app = app
        self.runner = runner
        self.events = events
        self.result: package_send.DataExport | None = None
        self.pinned: dict[str, Any] | None = None
        self.preview: tuple[int, int, list] | None = None
        self.steps: package_steps.SendSteps | None = None
        self._busy = False
        self._build()
        self.resize(860, 680)
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(8)

        self.titleLabel = QLabel(self)
        self.titleLabel.setObjectName("titleLabel")
        font = self.titleLabel.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setWordWrap(True)
        outer.addWidget(self.titleLabel)

        # --- the way there, ticked from the real state (package log, pinned district)
        self.stepsBox = QGroupBox(self.tr("Langkah kirim"), self)
        self.stepsBox.setObjectName("sendStepsBox")
        grid = QGridLayout(self.stepsBox)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setVerticalSpacing(2)
        self.stepLabels: dict[str, QLabel] = {}
        for row, (key, name) in enumerate((
                ("enrollment", self.tr("1. Berkas pendaftaran dibuat, sidik jari desa dibacakan kepada petugas")),
                ("config", self.tr("2. Konfigurasi kabupaten diimpor, sidik jari kabupaten dicocokkan")),
                ("sent", self.tr("3. Paket data dikirim")),
                ("feedback", self.tr("4. Hasil pemeriksaan dari kabupaten diterima")))):
            caption = QLabel(name, self.stepsBox)
            status = QLabel(self.stepsBox)
            status.setObjectName(f"step_{key}")
            self.stepLabels[key] = status
            grid.addWidget(caption, row, 0)
            grid.addWidget(status, row, 1)
        grid.setColumnStretch(1, 1)
        outer.addWidget(self.stepsBox)

        # --- no district key yet
        self.noConfigPanel = panel("noConfigPanel", "#fff4e0", "#e0b060", self)
        nc = QVBoxLayout(self.noConfigPanel)
        self.noConfigLabel = note_label(self.tr(
            "Paket data belum bisa dibuat: SIPERA desa ini belum mengenal kunci Disperinaker kabupaten. "
            "Yang perlu dilakukan:\n"
            "1. Daftarkan desa: 'Buat Berkas Pendaftaran', simpan ke flashdisk dan serahkan ke Disperinaker. "
            "{enrollment}\n"
            "2. Minta berkas konfigurasi dari Disperinaker (SIPERA_config_....sipera, lewat flashdisk atau "
            "email), lalu 'Impor Konfigurasi Kabupaten'. {config}\n"
            "3. Sesudah itu paket data bisa dibuat di jendela ini.").format(
                enrollment=enrollment_reading(), config=config_reading()), "noConfigLabel", self.noConfigPanel)
        self.enrollButton = make_button(self.noConfigPanel, "enrollButton", self.make_enrollment,
                                        text=self.tr("Buat Berkas Pendaftaran..."), auto_default=False)
        self.importConfigButton = make_button(self.noConfigPanel, "importConfigButton", self.import_config,
                                              text=self.tr("Impor Konfigurasi Kabupaten..."), auto_default=False)
        nc.addWidget(self.noConfigLabel)
        nc.addLayout(button_row(self.enrollButton, self.importConfigButton, STRETCH))
        outer.addWidget(self.noConfigPanel)

        # --- result of a send
        self.resultPanel = panel("resultPanel", "#edf7ee", "#7cb77f", self)
        rp = QVBoxLayout(self.resultPanel)
        self.resultLabel = note_label("", "resultLabel", self.resultPanel)
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)
        fp_row = QHBoxLayout()
        self.fileFingerprintCaption = QLabel(self.tr("Sidik berkas:"), self.resultPanel)
        self.fileFingerprintLabel = fingerprint_label("", "fileFingerprintLabel", 18, self.resultPanel)
        fp_row.addWidget(self.fileFingerprintCaption)
        fp_row.addWidget(self.fileFingerprintLabel)
        fp_row.addStretch(1)
        self.resultHint = note_label(self.tr(
            "Sidik berkas ini juga tercetak di Berita Acara. Cetak Berita Acara, tanda tangani, dan serahkan "
            "bersama flashdisk; petugas kabupaten mencocokkan sidik berkasnya saat menerima."), "resultHint",
            self.resultPanel)
        self.openPdfButton = make_button(self.resultPanel, "openPdfButton", self.open_berita_acara,
                                         text=self.tr("Buka Berita Acara (PDF)"))
        self.openFolderButton = make_button(self.resultPanel, "openFolderButton", self.open_folder,
                                            text=self.tr("Buka Folder"))
        buttons = button_row(self.openPdfButton, self.openFolderButton, STRETCH)
        rp.addWidget(self.resultLabel)
        rp.addLayout(fp_row)
        rp.addWidget(self.resultHint)
        rp.addLayout(buttons)
        self.resultPanel.setVisible(False)
        outer.addWidget(self.resultPanel)

        # --- what will go
        self.previewBox = QGroupBox(self.tr("Yang akan dikirim"), self)
        pv = QVBoxLayout(self.previewBox)
        self.previewLabel = note_label("", "previewLabel", self.previewBox)
        font = self.previewLabel.font()
        font.setPointSize(font.pointSize() + 1)
        self.previewLabel.setFont(font)
        self.heldBackLabel = note_label("", "heldBackLabel", self.previewBox, RED)
        self.heldBackTable = read_only_table(
            "heldBackTable", [self.tr("Nama"), self.tr("NIK"), self.tr("Alasan ditahan")], self.previewBox)
        self.heldBackTable.setWordWrap(True)
        header = self.heldBackTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.heldBackTable.setColumnWidth(0, 200)
        self.heldBackTable.setColumnWidth(1, 160)
        # rows grow with the wrapped reasons, also when the dialog is resized (at most 500 rows)
        self.heldBackTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.fullCheck = QCheckBox(self.tr("Kirim ulang seluruh data"), self.previewBox)
        self.fullCheck.setObjectName("fullCheck")
        self.fullCheck.setToolTip(self.tr("Hanya bila kabupaten meminta kiriman ulang (misalnya data di kabupaten "
                                          "hilang). Biasanya cukup data yang baru atau berubah."))
        self.fullCheck.toggled.connect(lambda _on: self.refresh())
        self.fullHint = note_label(self.tr("Biasanya tidak perlu: hanya bila kabupaten meminta kiriman ulang."),
                                   "fullHint", self.previewBox, GREY)
        pv.addWidget(self.previewLabel)
        pv.addWidget(self.heldBackLabel)
        pv.addWidget(self.heldBackTable, 1)
        full_row = QHBoxLayout()
        full_row.addWidget(self.fullCheck)
        full_row.addWidget(self.fullHint, 1)
        pv.addLayout(full_row)
        outer.addWidget(self.previewBox, 1)

        # --- where to
        dest = QHBoxLayout()
        self.folderCaption = QLabel(self.tr("Simpan paket ke folder:"), self)
        self.folderRow = FolderRow(self.app, self)
        self.folderEdit = self.folderRow.folderEdit
        self.browseButton = self.folderRow.browseButton
        self.folderRow.changed.connect(self._update_buttons)
        dest.addWidget(self.folderCaption)
        dest.addWidget(self.folderRow, 1)
        outer.addLayout(dest)

        self.sendButton = make_button(self, "sendButton", self.send, text=self.tr("Buat Paket Data"), default=True)
        self.closeButton = make_button(self, "closeButton", self.reject, text=self.tr("Tutup"))
        outer.addLayout(button_row(STRETCH, self.sendButton, self.closeButton))

    # ------------------------------------------------------------------ preview

    def refresh(self) -> None:
        """Ask the services what would go now (in the background)."""
        full = self.fullCheck.isChecked()
        app = self.app

        def work(_p: Progress) -> tuple[dict[str, Any] | None, tuple[int, int, list]]:
            pinned = package_common.pinned_district(app)
            self.pending = package_send.pending_package(app)
            steps = package_steps.send_steps(app)
            return pinned, package_send.preview_data_package(app, full=full), steps

        self._busy = True
        self._update_buttons()
        run_work(self.runner, work, self._show_preview, self._preview_failed, None, self)

    def _preview_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.previewLabel.setText(error_message(exc))
        self._update_buttons()

    def _show_preview(self, result: tuple[dict[str, Any] | None, tuple[int, int, list]]) -> None:
        self._busy = False
        self.pinned, self.preview, self.steps = result
        self._show_steps(self.steps)
        n_send, n_deleted, held = self.preview
        name = (self.pinned or {}).get("name") or (self.pinned or {}).get("region_code") or ""
        if name:
            self.titleLabel.setText(self.tr("Kirim data ke Disperinaker {name}").format(name=name))
        else:
            self.titleLabel.setText(self.tr("Kirim data ke Kabupaten"))
        self.noConfigPanel.setVisible(self.pinned is None)

        if n_send == 0 and not self.fullCheck.isChecked():
            text = self.tr("Tidak ada data baru atau berubah sejak paket terakhir.")
            if not held:
                text += " " + self.tr("Centang 'Kirim ulang seluruh data' hanya bila kabupaten memintanya.")
        elif n_send == 0:
            text = self.tr("Belum ada data yang bisa dikirim.")
        else:
            if self.fullCheck.isChecked():
                text = with_count(self.tr("%n data akan dikirim (seluruh data).", "", n_send), n_send)
            else:
                text = with_count(self.tr("%n data akan dikirim (data baru atau berubah).", "", n_send), n_send)
            if n_deleted:
                text += " " + with_count(self.tr("Termasuk %n penghapusan.", "", n_deleted), n_deleted)
        if getattr(self, "pending", None):
            text = self.tr("Paket nomor {seq} sudah dicatat tetapi belum tertulis ke flashdisk (pengiriman "
                           "terputus). Kirim menuliskan paket yang sama lagi.").format(seq=self.pending.get("sequence"))
        self.previewLabel.setText(text)

        if held:
            self.heldBackLabel.setText(with_count(self.tr(
                "%n data DITAHAN karena masih ada kesalahan dan tidak ikut terkirim. Perbaiki dulu di daftar "
                "data (status 'Perlu perbaikan'), lalu buka lagi jendela ini:", "", len(held)), len(held)))
        self.heldBackLabel.setVisible(bool(held))
        self.heldBackTable.setVisible(bool(held))
        self._fill_held_back(held)
        self._update_buttons()

    def _show_steps(self, steps: package_steps.SendSteps) -> None:
        def show(key: str, done: bool, text: str) -> None:
            label = self.stepLabels[key]
            label.setProperty("done", done)
            if done:
                label.setStyleSheet(f"color: {GREEN};")
                label.setText("\u2714 " + text)
            else:
                label.setStyleSheet(f"color: {GREY};")
                label.setText("\u25cb " + self.tr("belum"))

        show("enrollment", steps.enrollment_made,
             self.tr("dibuat {when}").format(when=fmt_datetime(steps.enrollment_at)) if steps.enrollment_at else "")
        show("config", steps.config_imported, self.tr("Disperinaker {name}").format(name=steps.district_name))
        show("sent", steps.packages_sent > 0, with_count(self.tr(
            "%n paket, terakhir {when}", "", steps.packages_sent), steps.packages_sent,
            when=fmt_datetime(steps.last_sent_at)) if steps.last_sent_at else "")
        show("feedback", steps.feedback_received > 0, with_count(self.tr(
            "%n kali, terakhir {when}", "", steps.feedback_received), steps.feedback_received,
            when=fmt_datetime(steps.last_feedback_at)) if steps.last_feedback_at else "")

    def _fill_held_back(self, held: list) -> None:
        table = self.heldBackTable
        shown = held[:HELD_BACK_SHOWN]
        table.setRowCount(len(shown) + (1 if len(held) > len(shown) else 0))
        for row, (person, issues) in enumerate(shown):
            reasons = [issue_text(i) for i in issues if getattr(i, "is_error", True)] or [issue_text(i) for i in issues]
            table.setItem(row, 0, table_item(person.full_name or self.tr("(tanpa nama)"), person.id))
            table.setItem(row, 1, table_item(person.nik or ""))
            table.setItem(row, 2, table_item("\n".join(reasons)))
        if len(held) > len(shown):
            rest = len(held) - len(shown)
            table.setItem(len(shown), 0, table_item(with_count(self.tr("... dan %n lainnya", "", rest), rest)))

    def _update_buttons(self) -> None:
        n_send = self.preview[0] if self.preview else 0
        ok = (not self._busy and self.pinned is not None and n_send > 0 and bool(self.folderRow.folder()))
        self.sendButton.setEnabled(ok)
        self.fullCheck.setEnabled(not self._busy and self.pinned is not None)
        if self.pinned is None:
            self.sendButton.setToolTip(self.tr("Impor dulu konfigurasi kabupaten."))
        elif not self.folderRow.folder():
            self.sendButton.setToolTip(self.tr("Pilih dulu folder tujuan."))
        else:
            self.sendButton.setToolTip("")

    # ------------------------------------------------------------------ send

    def send(self) -> None:
        folder = self.folderRow.folder()
        if not folder or self._busy:
            return
        full = self.fullCheck.isChecked()
        app = self.app

        def work(progress: Progress) -> package_send.DataExport:
            result = package_send.export_data_package(app, Path(folder), full=full, progress=progress)
            remember_dir(app, folder)
            return result

        self._busy = True
        self._update_buttons()
        run_work(self.runner, work, self._sent, self._send_failed, self.tr("Membuat paket data..."), self)

    def _send_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        Ask.error(self, error_message(exc), self.tr("Paket tidak dibuat"))

    def _sent(self, result: package_send.DataExport) -> None:
        self._busy = False
        if result.built is None:
            Ask.info(self, self.tr("Tidak ada data baru atau berubah untuk dikirim; tidak ada paket yang dibuat."))
            self.refresh()
            return
        self.result = result
        built = result.built
        lines = [
            self.tr("\u2714 Paket data nomor {seq} berhasil dibuat:").format(seq=built.manifest.sequence),
            str(built.path.name),
            self.tr("di folder {folder}").format(folder=str(built.path.parent)),
            counts_text({"records": result.sent, "deleted": result.deleted, "held_back": len(result.held_back)}),
        ]
        if result.rewritten:
            lines.insert(0, self.tr("Pengiriman sebelumnya terputus: paket yang sudah dicatat ditulis ulang, tidak ada "
                                    "paket baru. Kirim lagi untuk data yang berubah setelahnya."))
        self.resultLabel.setText("\n".join(lines))
        self.fileFingerprintLabel.setText(package_common.short_file_fingerprint(built.sha256_of_file))
        self.openPdfButton.setEnabled(result.berita_acara is not None)
        self.resultPanel.setVisible(True)
        self.sent.emit(result)
        if self.events is not None:
            _emit(self.events, Changes(records=True, packages=True))
        self.refresh()

    def open_berita_acara(self) -> None:
        if self.result is not None and self.result.berita_acara is not None:
            if not Pick.open_path(self.result.berita_acara):
                Ask.error(self, self.tr("Berita Acara tidak bisa dibuka. Berkasnya ada di {path}.").format(
                    path=str(self.result.berita_acara)))

    def open_folder(self) -> None:
        if self.result is not None and self.result.built is not None:
            Pick.open_path(self.result.built.path.parent)

    # ------------------------------------------------------------------ config

    def make_enrollment(self) -> None:
        dialog = EnrollmentExportDialog(self.app, parent=self, runner=self.runner)
        dialog.finished.connect(lambda _r: self.refresh())
        self.enrollmentDialog = dialog
        dialog.open()

    def import_config(self) -> None:
        dialog = ConfigImportDialog(self.app, parent=self, runner=self.runner)
        dialog.applied.connect(lambda _info: self.refresh())
        if self.events is not None:
            dialog.applied.connect(lambda _info: _emit(self.events, Changes(settings=True)))
        self.configDialog = dialog
        dialog.open()


def _emit(events: Any, changes: Changes) -> None:
    emit = getattr(events, "emit", None)
    if callable(emit):
        emit(changes)
    else:
        events.changed.emit(changes)


# ------------------------------------------------------------------------------ inspect


class InspectDialog(QDialog):
    """What is in a package and whether it can be trusted. Changes nothing."""

    def __init__(self, app: Any, path: str | Path, parent: QWidget | None = None, runner: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectDialog")
        self.setWindowTitle(self.tr("Periksa Paket"))
        self.app = app
        self.path = Path(path)
        self.summary: dict[str, Any] | None = None
        self.inspection: Any = None
        self._build()
        self.resize(760, 470)
        app_ = app
        path_ = self.path
        run_work(runner, lambda _p: inspect_with_own_key(app_, path_), self._show, self._failed,
                 self.tr("Memeriksa paket..."), self)

    def _value(self, name: str, mono: bool = False) -> QLabel:
        label = note_label("", name, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if mono:
            label.setFont(mono_font(11))
        return label

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.verdictLabel = QLabel(self)
        self.verdictLabel.setObjectName("verdictLabel")
        self.verdictLabel.setWordWrap(True)
        font = self.verdictLabel.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.verdictLabel.setFont(font)
        outer.addWidget(self.verdictLabel)
        self.problemLabel = note_label("", "problemLabel", self, RED)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.problemLabel)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fileLabel = self._value("fileLabel")
        self.kindLabel = self._value("kindLabel")
        self.sourceLabel = self._value("sourceLabel")
        self.sequenceLabel = self._value("sequenceLabel")
        self.createdLabel = self._value("createdLabel")
        self.countsLabel = self._value("countsLabel")
        self.signatureLabel = self._value("signatureLabel")
        sig_font = self.signatureLabel.font()
        sig_font.setBold(True)
        self.signatureLabel.setFont(sig_font)
        self.signerLabel = self._value("signerLabel", mono=True)
        self.fileFingerprintLabel = fingerprint_label("", "fileFingerprintLabel", 16, self)
        self.fileFingerprintLabel.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        fp_box = QVBoxLayout()
        fp_box.setSpacing(2)
        fp_row = QHBoxLayout()
        fp_row.addWidget(self.fileFingerprintLabel)
        fp_row.addStretch(1)
        fp_box.addLayout(fp_row)
        fp_box.addWidget(note_label(self.tr("Cocokkan dengan sidik berkas yang tercetak di Berita Acara."),
                                    "fileFingerprintHint", self, GREY))
        form.addRow(self.tr("Berkas:"), self.fileLabel)
        form.addRow(self.tr("Jenis paket:"), self.kindLabel)
        form.addRow(self.tr("Pengirim:"), self.sourceLabel)
        form.addRow(self.tr("Nomor paket:"), self.sequenceLabel)
        form.addRow(self.tr("Dibuat:"), self.createdLabel)
        form.addRow(self.tr("Isi:"), self.countsLabel)
        form.addRow(self.tr("Tanda tangan:"), self.signatureLabel)
        form.addRow(self.tr("Sidik jari pengirim:"), self.signerLabel)
        form.addRow(self.tr("Sidik berkas:"), fp_box)
        outer.addLayout(form)
        outer.addStretch(1)
        self.noChangeLabel = note_label(self.tr("Pemeriksaan ini tidak mengubah data apa pun."), "noChangeLabel",
                                        self, GREY)
        outer.addWidget(self.noChangeLabel)
        self.closeButton = make_button(self, "closeButton", self.accept, text=self.tr("Tutup"))
        outer.addLayout(button_row(STRETCH, self.closeButton))
        self.fileLabel.setText(str(self.path))

    def _failed(self, exc: BaseException) -> None:
        self.verdictLabel.setText(self.tr("Paket tidak dapat diperiksa"))
        self.verdictLabel.setStyleSheet(f"color: {RED};")
        self.problemLabel.setText(error_message(exc))

    def _show(self, inspection: Any) -> None:
        self.inspection = inspection
        doc = package_history.inspection_summary(inspection)
        s = self.summary = doc["summary"]
        status = s.get("signature") or "unchecked"
        if s.get("ok"):
            verdict, color = self.tr("\u2714 Paket sah dan utuh"), GREEN
            if status == "unknown_key":
                verdict, color = self.tr("Paket utuh, tetapi pengirimnya belum dikenal"), AMBER
        elif status == "unknown_key":
            verdict, color = self.tr("Paket utuh, tetapi kunci pengirim belum dikenal"), AMBER
        elif status == "revoked":
            verdict, color = self.tr("\u2716 Kunci pengirim sudah dicabut: paket tidak diterima"), RED
        else:
            verdict, color = self.tr("\u2716 TIDAK SAH: jangan pakai paket ini"), RED
        self.verdictLabel.setText(verdict)
        self.verdictLabel.setStyleSheet(f"color: {color};")
        error = inspection.error
        message = service_message(error) if error else ""
        self.problemLabel.setText(self.tr("Masalah: {message}").format(message=message) if message else "")
        self.problemLabel.setToolTip(technical_text(error) if error else "")
        self.problemLabel.setVisible(bool(message))
        manifest = inspection.manifest
        dash = "\u2014"
        self.kindLabel.setText(kind_label(s.get("kind")) or dash)
        if manifest is not None:
            role = manifest.source.role
            code = manifest.source.region_code
            self.sourceLabel.setText(self.tr("Desa/Kelurahan {code}").format(code=code) if role == "desa"
                                     else self.tr("Kabupaten/Kota {code}").format(code=code))
        else:
            self.sourceLabel.setText(dash)
        seq = s.get("sequence")
        self.sequenceLabel.setText(str(seq) if seq is not None else dash)
        self.createdLabel.setText(_local_time(s.get("created_at")) or dash)
        self.countsLabel.setText(counts_text(s.get("counts")) or dash)
        own = self._is_own(inspection)
        sig_text = signature_label(status) + (self.tr(" (kunci SIPERA ini sendiri)") if own else "")
        sig_color = {"valid": GREEN, "unknown_key": AMBER}.get(status, RED)
        if status == "valid" and not s.get("ok"):
            sig_text += self.tr(", tetapi isi paket tidak utuh (lihat masalah di atas)")
            sig_color = RED
        self.signatureLabel.setText(sig_text)
        self.signatureLabel.setStyleSheet(f"color: {sig_color};")
        self.signerLabel.setText(inspection.signer_fingerprint or dash)
        self.fileFingerprintLabel.setText(s.get("file_fingerprint") or dash)


    def _is_own(self, inspection: Any) -> bool:
        if self.app is None or not inspection.signer_fingerprint:
            return False
        try:
            return inspection.signer_fingerprint == package_common.own_fingerprint(self.app)
        except Exception:  # noqa: BLE001
            return False


def inspect_with_own_key(app: Any, path: Path) -> Any:
    """``package_history.inspect``: a package this installation signed itself (a village looking at
    what it sent) is checked against its own key there, instead of being reported as 'key not known'."""
    return package_history.inspect(app, path)


def _local_time(created_at: str | None) -> str:
    """The manifest's UTC time as local dd-mm-yyyy HH:MM."""
    if not created_at:
        return ""
    try:
        stamp = datetime.strptime(created_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return created_at
    return fmt_datetime(stamp.astimezone().replace(tzinfo=None))


# ------------------------------------------------------------------------------ history


class PackageHistoryDialog(QDialog):
    """Every package sent or received, with its berita acara; sent data packages reopenable."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("PackageHistoryDialog", "Tanggal"),
        QT_TRANSLATE_NOOP("PackageHistoryDialog", "Arah"),
        QT_TRANSLATE_NOOP("PackageHistoryDialog", "Jenis"),
        QT_TRANSLATE_NOOP("PackageHistoryDialog", "No."),
        QT_TRANSLATE_NOOP("PackageHistoryDialog", "Isi"),
        QT_TRANSLATE_NOOP("PackageHistoryDialog", "Berkas"),
    )

    def __init__(self, app: Any, parent: QWidget | None = None, runner: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("packageHistoryDialog")
        self.setWindowTitle(self.tr("Riwayat Paket"))
        self.app = app
        self.runner = runner
        self.entries: list[package_history.PackageEntry] = []
        self.children_dialogs = OpenDialogs()
        self._build()
        self.resize(980, 520)
        self.reload()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.introLabel = note_label(self.tr(
            "Semua paket yang pernah dikirim dan diterima SIPERA ini. Salinan setiap paket dan Berita Acaranya "
            "disimpan di folder data."), "introLabel", self)
        outer.addWidget(self.introLabel)
        self.receiptLabel = note_label("", "receiptLabel", self, "#0d47a1")
        bold = self.receiptLabel.font()
        bold.setBold(True)
        self.receiptLabel.setFont(bold)
        self.receiptLabel.setVisible(False)
        outer.addWidget(self.receiptLabel)
        self.historyTable = read_only_table(
            "historyTable", [QCoreApplication.translate("PackageHistoryDialog", h) for h in self.COLUMNS], self)
        header = self.historyTable.horizontalHeader()
        for col in range(len(self.COLUMNS) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.historyTable.itemSelectionChanged.connect(self._update_buttons)
        self.historyTable.doubleClicked.connect(lambda _i: self.inspect_selected())
        outer.addWidget(self.historyTable, 1)
        self.emptyLabel = note_label(self.tr("Belum ada paket yang dikirim atau diterima."), "emptyLabel", self, GREY)
        outer.addWidget(self.emptyLabel)
        self.openPdfButton = make_button(self, "openPdfButton", self.open_document, text=self.tr("Buka Berita Acara"))
        self.inspectButton = make_button(self, "inspectButton", self.inspect_selected, text=self.tr("Periksa Paket"))
        self.contentsButton = make_button(self, "contentsButton", self.show_contents, text=self.tr("Lihat Isi Paket"))
        self.contentsButton.setToolTip(self.tr("Daftar nama dan NIK dalam paket data yang dikirim desa ini."))
        self.closeButton = make_button(self, "closeButton", self.accept, text=self.tr("Tutup"))
        outer.addLayout(button_row(self.openPdfButton, self.inspectButton, self.contentsButton, STRETCH,
                                   self.closeButton))

    def reload(self) -> None:
        app = self.app
        run_work(self.runner, lambda _p: package_history.history(app), self._fill,
                 lambda exc: Ask.error(self, error_message(exc)), None, self)

    def _fill(self, entries: list[package_history.PackageEntry]) -> None:
        order = sorted(enumerate(entries), key=lambda ie: (ie[1].created_at or datetime.min, ie[0]), reverse=True)
        self.entries = [e for _i, e in order]  # newest first
        table = self.historyTable
        table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            table.setItem(row, 0, table_item(fmt_datetime(e.created_at), row))
            table.setItem(row, 1, table_item(direction_label(e.direction)))
            table.setItem(row, 2, table_item(kind_label(e.kind)))
            seq = table_item(str(e.sequence) if e.sequence else "\u2014")
            seq.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 3, seq)
            table.setItem(row, 4, table_item(counts_text(e.counts) if e.kind in ("data", "feedback", "restore") else ""))
            table.setItem(row, 5, table_item(e.file_name))
        self.emptyLabel.setVisible(not self.entries)
        if self.entries:
            table.selectRow(0)
        self._update_buttons()
        self._show_receipt()

    def _show_receipt(self) -> None:
        """Village: what the district's last feedback said it received ("paket 1-3 diterima
        kabupaten; paket 4 belum")."""
        if not getattr(self.app.profile, "is_desa", False):
            return
        from desktop_app.services.district import feedback as feedback_service
        from desktop_app.ui.i18n import tr_text

        last = feedback_service.last_feedback(self.app)
        if not last:
            return
        text = feedback_service.receipt_text(list(last.get("received", [])), list(last.get("missing", [])))
        self.receiptLabel.setText(self.tr("Umpan balik kabupaten nomor {seq}: {receipt}").format(
            seq=last.get("sequence", "?"), receipt=tr_text(text)))
        self.receiptLabel.setVisible(True)

    def selected(self) -> package_history.PackageEntry | None:
        rows = self.historyTable.selectionModel().selectedRows()
        if not rows:
            return None
        return self.entries[rows[0].row()]

    def _update_buttons(self) -> None:
        e = self.selected()
        self.openPdfButton.setEnabled(bool(e and e.document_path))
        self.inspectButton.setEnabled(bool(e and e.stored_copy))
        self.contentsButton.setEnabled(bool(e and e.stored_copy and e.direction == "sent" and e.kind == "data"))

    def open_document(self) -> None:
        e = self.selected()
        if e and e.document_path and not Pick.open_path(e.document_path):
            Ask.error(self, self.tr("Berita Acara tidak bisa dibuka. Berkasnya ada di {path}.").format(
                path=e.document_path))

    def inspect_selected(self) -> InspectDialog | None:
        e = self.selected()
        if e is None or e.stored_copy is None:
            return None
        dialog = InspectDialog(self.app, e.stored_copy, self, runner=self.runner)
        self._keep(dialog)
        return dialog

    def show_contents(self) -> QDialog | None:
        e = self.selected()
        if e is None or e.stored_copy is None:
            return None
        app = self.app
        holder: list[QDialog] = []

        def done(opened: Any) -> None:
            dialog = SentContentsDialog(e, list(opened.records), self)
            holder.append(dialog)
            self._keep(dialog)

        run_work(self.runner, lambda _p: package_history.reopen_sent(app, e), done,
                 lambda exc: Ask.error(self, error_message(exc)), self.tr("Membuka paket..."), self)
        return holder[0] if holder else None

    def _keep(self, dialog: QDialog) -> None:
        self.children_dialogs.show(dialog)


class SentContentsDialog(QDialog):
    """A read-only list of the names and NIK in a data package this village sent."""

    def __init__(self, entry: package_history.PackageEntry, records: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sentContentsDialog")
        self.setWindowTitle(self.tr("Isi paket {name}").format(name=entry.file_name))
        outer = QVBoxLayout(self)
        outer.addWidget(note_label(with_count(
            self.tr("Paket nomor {seq}, dibuat {when}: %n data.", "", len(records)), len(records),
            seq=entry.sequence, when=fmt_datetime(entry.created_at)), "contentsLabel", self))
        self.contentsTable = read_only_table(
            "contentsTable", [self.tr("Nama"), self.tr("NIK"), self.tr("Pekerjaan"), self.tr("Keterangan")], self)
        self.contentsTable.setRowCount(len(records))
        for row, rec in enumerate(records):
            self.contentsTable.setItem(row, 0, table_item(str(rec.get("full_name") or "")))
            self.contentsTable.setItem(row, 1, table_item(str(rec.get("nik") or "")))
            self.contentsTable.setItem(row, 2, table_item(_occupation(rec.get("occupation"))))
            self.contentsTable.setItem(row, 3, table_item(self.tr("Dihapus") if rec.get("deleted") else ""))
        header = self.contentsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        outer.addWidget(self.contentsTable, 1)
        outer.addLayout(button_row(STRETCH, make_button(self, "closeButton", self.accept, text=self.tr("Tutup"))))
        self.resize(760, 520)


def _occupation(code: Any) -> str:
    from desktop_app.core.person import OCCUPATION_LABELS

    label = OCCUPATION_LABELS.get(str(code or "")) if isinstance(OCCUPATION_LABELS, dict) else None
    return vocab(label) if label else str(code or "")


# ------------------------------------------------------------------------------ enrollment (village)


class EnrollmentExportDialog(QDialog):
    """The village writes its enrollment file and reads its fingerprint to the district officer."""

    def __init__(self, app: Any, parent: QWidget | None = None, runner: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollmentExportDialog")
        self.setWindowTitle(self.tr("Buat Berkas Pendaftaran"))
        self.app = app
        self.runner = runner
        self.built: Any = None
        try:
            own = package_common.own_fingerprint(app)
        except Exception:  # noqa: BLE001 - shown as missing, the export then explains
            own = ""
        outer = QVBoxLayout(self)
        outer.addWidget(note_label(self.tr(
            "Berkas pendaftaran memperkenalkan SIPERA desa ini kepada Disperinaker kabupaten. Simpan ke "
            "flashdisk dan bawa ke kabupaten (atau kirim lewat email). Berkas ini tidak berisi data warga."),
            "introLabel", self))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Simpan ke folder:"), self))
        self.folderRow = FolderRow(app, self)
        self.folderEdit = self.folderRow.folderEdit
        self.browseButton = self.folderRow.browseButton
        self.folderRow.changed.connect(self._update_buttons)
        row.addWidget(self.folderRow, 1)
        outer.addLayout(row)
        self.createButton = make_button(self, "createButton", self.create, text=self.tr("Buat Berkas Pendaftaran"),
                                        default=True)
        outer.addWidget(self.createButton, 0, Qt.AlignmentFlag.AlignLeft)
        self.resultLabel = note_label("", "resultLabel", self, GREEN)
        self.resultLabel.setVisible(False)
        outer.addWidget(self.resultLabel)

        outer.addWidget(QLabel(self.tr("Sidik jari desa ini:"), self))
        self.fingerprintLabel = fingerprint_label(own, "fingerprintLabel", 24, self)
        outer.addWidget(self.fingerprintLabel)
        self.instructionLabel = note_label(enrollment_reading() + " " + self.tr(
            "Bila tidak bisa dibacakan, tulis di kertas, tanda tangani, dan serahkan bersama flashdisk. Bila "
            "tidak sama, desa tidak didaftarkan. Sidik jari hanya memakai huruf A-Z dan angka 2-7."),
            "instructionLabel", self)
        outer.addWidget(self.instructionLabel)
        outer.addStretch(1)
        self.closeButton = make_button(self, "closeButton", self.accept, text=self.tr("Tutup"))
        outer.addLayout(button_row(STRETCH, self.closeButton))
        self.resize(720, 460)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.createButton.setEnabled(bool(self.folderRow.folder()))

    def create(self) -> None:
        folder = self.folderRow.folder()
        if not folder:
            return
        app = self.app

        def work(_p: Progress) -> Any:
            built = package_trust.export_enrollment(app, Path(folder))
            remember_dir(app, folder)
            return built

        run_work(self.runner, work, self._done, lambda exc: Ask.error(self, error_message(exc)),
                 self.tr("Membuat berkas pendaftaran..."), self)

    def _done(self, built: Any) -> None:
        self.built = built
        self.resultLabel.setText(self.tr("\u2714 Berkas pendaftaran dibuat: {name}\ndi folder {folder}").format(
            name=built.path.name, folder=str(built.path.parent)))
        self.resultLabel.setVisible(True)


# ------------------------------------------------------------------------------ config (village)


class ConfigImportDialog(QDialog):
    """The village imports the district's config; the first time it compares the fingerprint."""

    applied = Signal(object)  # package_trust.ConfigInfo

    def __init__(self, app: Any, path: str | Path | None = None, parent: QWidget | None = None,
                 runner: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("configImportDialog")
        self.setWindowTitle(self.tr("Impor Konfigurasi Kabupaten"))
        self.app = app
        self.runner = runner
        self.info: package_trust.ConfigInfo | None = None
        self.done_applying = False
        self._build()
        self.resize(760, 560)
        if path:
            self.read(path)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(note_label(self.tr(
            "Paket konfigurasi dari Disperinaker berisi kunci kabupaten dan nilai program (tahun, masa "
            "kepesertaan, iuran, batas umur). Pilih berkas SIPERA_config_....sipera dari flashdisk atau email."),
            "introLabel", self))
        row = QHBoxLayout()
        self.fileEdit = QLineEdit(self)
        self.fileEdit.setObjectName("fileEdit")
        self.fileEdit.setReadOnly(True)
        self.fileEdit.setPlaceholderText(self.tr("Belum ada berkas dipilih"))
        self.browseButton = make_button(self, "browseButton", self.browse, text=self.tr("Pilih Berkas..."),
                                        auto_default=False)  # Enter after typing the fingerprint applies
        row.addWidget(self.fileEdit, 1)
        row.addWidget(self.browseButton)
        outer.addLayout(row)

        self.districtLabel = note_label("", "districtLabel", self)
        font = self.districtLabel.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 1)
        self.districtLabel.setFont(font)
        outer.addWidget(self.districtLabel)

        self.pinPanel = QWidget(self)
        pin = QVBoxLayout(self.pinPanel)
        pin.setContentsMargins(0, 0, 0, 0)
        pin.addWidget(note_label(" ".join((
            self.tr("Ini konfigurasi pertama dari kabupaten. Cocokkan dulu sidik jari kunci kabupaten."),
            config_reading(),
            self.tr("Ketik sidik jari itu (dari layar SIPERA kabupaten atau dari surat resmi) di kolom di bawah, "
                    "lalu tekan Enter. Sesudah itu SIPERA hanya menerima paket yang ditandatangani kunci ini."))),
            "pinIntro", self.pinPanel))
        pin.addWidget(QLabel(self.tr("Sidik jari pada berkas:"), self.pinPanel))
        self.fileFingerprintLabel = fingerprint_label("", "districtFingerprintLabel", 20, self.pinPanel)
        pin.addWidget(self.fileFingerprintLabel)
        pin.addWidget(QLabel(self.tr("Sidik jari yang dibacakan petugas kabupaten:"), self.pinPanel))
        self.entryHolder = QVBoxLayout()
        pin.addLayout(self.entryHolder)
        self.entry: FingerprintEntry | None = None
        self.fingerprintEdit: QLineEdit | None = None
        self.pinPanel.setVisible(False)
        outer.addWidget(self.pinPanel)

        self.programmeBox = QGroupBox(self.tr("Nilai program yang berlaku sekarang"), self)
        pg = QVBoxLayout(self.programmeBox)
        self.programmeLabel = note_label("", "programmeLabel", self.programmeBox)
        pg.addWidget(self.programmeLabel)
        self.programmeBox.setVisible(False)
        outer.addWidget(self.programmeBox)
        outer.addStretch(1)

        self.applyButton = make_button(self, "applyButton", self.apply, text=self.tr("Simpan Kunci dan Terapkan"),
                                       default=True)
        self.applyButton.setVisible(False)
        self.closeButton = make_button(self, "closeButton", self.accept, text=self.tr("Tutup"), auto_default=False)
        outer.addLayout(button_row(STRETCH, self.applyButton, self.closeButton))

    def browse(self) -> None:
        chosen = Pick.open_file(self, self.tr("Pilih paket konfigurasi kabupaten"), last_dir(self.app))
        if chosen:
            self.read(chosen)

    def read(self, path: str | Path) -> None:
        self.fileEdit.setText(str(path))
        self.info = None
        self.pinPanel.setVisible(False)
        self.applyButton.setVisible(False)
        self.programmeBox.setVisible(False)
        self.districtLabel.setText("")
        app = self.app
        run_work(self.runner, lambda _p: package_trust.read_config(app, Path(path)), self._read_done, self._failed,
                 self.tr("Membaca paket konfigurasi..."), self)

    def _failed(self, exc: BaseException) -> None:
        Ask.error(self, error_message(exc), self.tr("Konfigurasi tidak diterapkan"))
        if self.fingerprintEdit is not None and self.pinPanel.isVisible():
            self.fingerprintEdit.setFocus()  # a corrected fingerprint goes where it belongs

    def _read_done(self, info: package_trust.ConfigInfo) -> None:
        self.info = info
        self.districtLabel.setText(self.tr("Dari: Disperinaker {name} ({code})").format(
            name=info.district_name or "?", code=info.district_code))
        if not info.first_time:
            self.apply()
            return
        self.fileFingerprintLabel.setText(info.fingerprint)
        if self.entry is not None:
            self.entry.setParent(None)
            self.entry.deleteLater()
        self.entry = FingerprintEntry(info.fingerprint, self.pinPanel)
        self.fingerprintEdit = self.entry.fingerprintEdit
        self.entry.changed.connect(self._update_buttons)
        self.entryHolder.addWidget(self.entry)
        QWidget.setTabOrder(self.fingerprintEdit, self.applyButton)  # one Tab from the field to the button
        QWidget.setTabOrder(self.applyButton, self.closeButton)
        self.pinPanel.setVisible(True)
        self.applyButton.setVisible(True)
        self.applyButton.setDefault(True)
        self._update_buttons()
        self.fingerprintEdit.setFocus()

    def _update_buttons(self) -> None:
        self.applyButton.setEnabled(self.entry is not None and self.entry.is_complete())

    def apply(self) -> None:
        info = self.info
        if info is None:
            return
        typed = self.entry.typed() if (info.first_time and self.entry is not None) else None
        app = self.app
        run_work(self.runner, lambda _p: package_trust.apply_config(app, info, confirmed_fingerprint=typed),
                 lambda outcome: self._applied(info, outcome), self._failed, self.tr("Menerapkan konfigurasi..."), self)

    def _applied(self, info: package_trust.ConfigInfo, outcome: str = package_trust.APPLIED) -> None:
        self.done_applying = True
        self.pinPanel.setVisible(False)
        self.applyButton.setVisible(False)
        p = info.programme
        already = outcome == package_trust.ALREADY_APPLIED
        lines = [
            self.tr("Konfigurasi ini sudah diterapkan sebelumnya; tidak ada yang berubah.") if already
            else self.tr("\u2714 Konfigurasi kabupaten diterapkan."),
            self.tr("Tahun program: {year}").format(year=p.year),
            self.tr("Masa kepesertaan: {start} s.d. {end}").format(start=fmt_date(p.coverage_start),
                                                                   end=fmt_date(p.coverage_end)),
            self.tr("Iuran per orang per bulan: {rate}").format(rate=fmt_money(p.rate)),
            self.tr("Batas umur: {min}-{max} tahun").format(min=p.age_min, max=p.age_max),
        ]
        if info.first_time:
            lines.append(self.tr("Kunci kabupaten disimpan; paket data sekarang bisa dikirim."))
        self.programmeLabel.setText("\n".join(lines))
        self.programmeBox.setVisible(True)
        self.closeButton.setDefault(True)  # Enter now closes
        self.closeButton.setFocus()
        self.applied.emit(info)


# ------------------------------------------------------------------------------ menu integration


class _SyncActions(QObject):
    """Owns the sync actions of one window: opens the dialogs, keeps them alive, retranslates."""

    def __init__(self, window: QWidget, app: Any, runner: Any, events: Any) -> None:
        super().__init__(window)
        self.setObjectName("syncActions")
        self.window, self.app, self.runner, self.events = window, app, runner, events
        self.dialogs = OpenDialogs()
        self.menu: QMenu | None = None
        self.actions: dict[str, QAction] = {}
        window.installEventFilter(self)

    def make(self, name: str, slot: Callable[[], Any]) -> QAction:
        act = QAction(self.window)
        act.setObjectName(name)
        act.triggered.connect(lambda _checked=False: slot())
        self.actions[name] = act
        return act

    def retranslate(self) -> None:
        texts = {
            "sendPackageAction": self.tr("Kirim ke Kabupaten..."),
            "enrollmentExportAction": self.tr("Buat Berkas Pendaftaran..."),
            "configImportAction": self.tr("Impor Konfigurasi Kabupaten..."),
            "inspectPackageAction": self.tr("Periksa Paket..."),
            "packageHistoryAction": self.tr("Riwayat Paket"),
            "feedbackImportAction": self.tr("Impor Umpan Balik Kabupaten..."),
            "restoreImportAction": self.tr("Pulihkan dari Paket Pemulihan..."),
        }
        for name, act in self.actions.items():
            act.setText(texts.get(name, act.text()))
        if "sendPackageAction" in self.actions:
            self.actions["sendPackageAction"].setToolTip(self.tr(
                "Buat paket data terenkripsi untuk Disperinaker kabupaten (simpan ke flashdisk)"))
            self.actions["sendPackageAction"].setIconText(self.tr("Kirim ke Kabupaten"))
        if self.menu is not None:
            self.menu.setTitle(self.tr("&Kirim"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _show(self, dialog: QDialog) -> QDialog:
        return self.dialogs.show(dialog)

    def send(self) -> QDialog:
        dialog = SendPackageDialog(self.app, self.runner, self.window, events=self.events)
        return self._show(dialog)

    def enrollment(self) -> QDialog:
        return self._show(EnrollmentExportDialog(self.app, self.window, runner=self.runner))

    def config(self) -> QDialog:
        dialog = ConfigImportDialog(self.app, parent=self.window, runner=self.runner)
        if self.events is not None:
            dialog.applied.connect(lambda _info: _emit(self.events, Changes(settings=True)))
        return self._show(dialog)

    def inspect(self) -> QDialog | None:
        path = Pick.open_file(self.window, self.tr("Pilih paket yang akan diperiksa"), last_dir(self.app))
        if not path:
            return None
        return self._show(InspectDialog(self.app, path, self.window, runner=self.runner))

    def history(self) -> QDialog:
        return self._show(PackageHistoryDialog(self.app, self.window, runner=self.runner))

    def feedback(self) -> None:
        """Apply a feedback package of the district: statuses, reasons, cases, the receipt."""
        from desktop_app.services.district import feedback as feedback_service
        from desktop_app.ui.i18n import tr_text

        path = Pick.open_file(self.window, self.tr("Pilih berkas umpan balik dari kabupaten"), last_dir(self.app))
        if not path:
            return
        app = self.app

        def done(result: Any) -> None:
            if result.applied and self.events is not None:
                _emit(self.events, Changes(records=True, packages=True))
            Ask.info(self.window, tr_text(result.summary), self.tr("Umpan balik kabupaten"))

        run_work(self.runner, lambda _p: feedback_service.import_feedback(app, Path(path)), done,
                 lambda exc: Ask.error(self.window, error_message(exc), self.tr("Umpan balik ditolak")),
                 self.tr("Menerapkan umpan balik..."), self.window)

    def restore_package(self) -> None:
        """A re-installed village: its records back from the district's restore package."""
        from desktop_app.services.district import restore as restore_service

        path = Pick.open_file(self.window, self.tr("Pilih paket pemulihan dari kabupaten"), last_dir(self.app))
        if not path:
            return
        app = self.app

        def done(result: Any) -> None:
            if self.events is not None:
                _emit(self.events, Changes(records=True, packages=True))
            Ask.info(self.window, self.tr("{n} data dipulihkan. Paket data berikutnya bernomor {seq}.").format(
                n=result.restored, seq=result.next_sequence), self.tr("Data dipulihkan"))

        run_work(self.runner, lambda _p: restore_service.import_restore(app, Path(path)), done,
                 lambda exc: Ask.error(self.window, error_message(exc), self.tr("Paket pemulihan ditolak")),
                 self.tr("Memulihkan data desa..."), self.window)


def add_sync_actions(window: QWidget, app: Any, runner: Any, events: Any = None) -> list[QAction]:
    """Add the 'Kirim' menu (and a 'Kirim ke Kabupaten' toolbar button) to ``window``.

    Works with a QMainWindow (menu bar; the first existing toolbar or a new 'syncToolBar') and
    with any other widget (the actions are only added to it, for their shortcuts). Returns the
    actions; ``window.syncActions`` keeps their owner (it opens and holds the dialogs).
    """
    if events is None:
        events = getattr(window, "events", None)
    owner = _SyncActions(window, app, runner, events)
    acts: list[QAction] = []
    is_desa = bool(getattr(app.profile, "is_desa", app.profile.role == "desa"))
    if is_desa:
        send = owner.make("sendPackageAction", owner.send)
        acts += [send, owner.make("enrollmentExportAction", owner.enrollment),
                 owner.make("configImportAction", owner.config),
                 owner.make("feedbackImportAction", owner.feedback),
                 owner.make("restoreImportAction", owner.restore_package)]
    acts += [owner.make("inspectPackageAction", owner.inspect), owner.make("packageHistoryAction", owner.history)]

    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar):
        bar = menu_bar()
        menu = QMenu(bar)
        menu.setObjectName("syncMenu")
        for i, act in enumerate(acts):
            if is_desa and i in (3, 5):
                menu.addSeparator()
            menu.addAction(act)
        before = getattr(window, "settingsMenu", None)
        if isinstance(before, QMenu):
            bar.insertMenu(before.menuAction(), menu)
        else:
            bar.addMenu(menu)
        owner.menu = menu
    else:
        window.addActions(acts)

    if is_desa and isinstance(window, QMainWindow):
        bars = window.findChildren(QToolBar)
        toolbar = bars[0] if bars else None
        if toolbar is None:
            toolbar = QToolBar(window)
            toolbar.setObjectName("syncToolBar")
            toolbar.setMovable(False)
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        toolbar.addAction(owner.actions["sendPackageAction"])
    owner.retranslate()
    window.syncActions = owner  # type: ignore[attr-defined]
    return acts
