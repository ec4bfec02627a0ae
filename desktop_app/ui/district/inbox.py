"""Kotak masuk: choose (or drop) a folder or files of village packages, merge them with progress
and cancel, and see what happened to each package."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from desktop_app.core.progress import Progress
from desktop_app.services.district import merge
from desktop_app.ui.common.dialogs import (
    GREY,
    Pick,
    error_message,
    last_dir,
    note_label,
    read_only_table,
    remember_dir,
    run_work,
    table_item,
)
from desktop_app.ui.common.widgets import make_button


def pick_files(parent: QWidget, title: str, start: str, filters: str) -> list[str]:
    """Several package files at once (tests monkeypatch this)."""
    files, _ = QFileDialog.getOpenFileNames(parent, title, start, filters)
    return list(files)


STATUS_TEXT = {
    "merged": QT_TRANSLATE_NOOP("InboxTab", "Digabung"),
    "already_merged": QT_TRANSLATE_NOOP("InboxTab", "Sudah pernah"),
    "refused": QT_TRANSLATE_NOOP("InboxTab", "Ditolak"),
}
STATUS_COLOR = {"merged": "#1b5e20", "already_merged": "#555555", "refused": "#b00020"}


class InboxTab(QWidget):
    """The district's inbox: merge village data packages."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("InboxTab", "Berkas"),
        QT_TRANSLATE_NOOP("InboxTab", "Desa"),
        QT_TRANSLATE_NOOP("InboxTab", "Paket"),
        QT_TRANSLATE_NOOP("InboxTab", "Hasil"),
        QT_TRANSLATE_NOOP("InboxTab", "Baru"),
        QT_TRANSLATE_NOOP("InboxTab", "Diperbarui"),
        QT_TRANSLATE_NOOP("InboxTab", "Sama"),
        QT_TRANSLATE_NOOP("InboxTab", "Lebih lama"),
        QT_TRANSLATE_NOOP("InboxTab", "Dihapus"),
        QT_TRANSLATE_NOOP("InboxTab", "Ditolak"),
        QT_TRANSLATE_NOOP("InboxTab", "Kasus baru"),
        QT_TRANSLATE_NOOP("InboxTab", "Keterangan"),
    )
    COL_FILE, COL_DESA, COL_SEQ, COL_STATUS = range(4)
    COL_NOTE = 11

    merged = Signal(object)  # merge.MergeRun

    def __init__(self, app: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inboxTab")
        self.app, self.runner = app, runner
        self.run: merge.MergeRun | None = None
        self.setAcceptDrops(True)
        outer = QVBoxLayout(self)
        self.introLabel = note_label("", "inboxIntroLabel", self)
        outer.addWidget(self.introLabel)
        row = QHBoxLayout()
        self.chooseFolderButton = make_button(self, "chooseFolderButton", lambda _c=False: self.choose_folder(),
                                              default=True)
        self.chooseFilesButton = make_button(self, "chooseFilesButton", lambda _c=False: self.choose_files())
        for b in (self.chooseFolderButton, self.chooseFilesButton):
            b.setMinimumHeight(32)
            row.addWidget(b)
        row.addStretch(1)
        outer.addLayout(row)
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setObjectName("inboxSummaryLabel")
        self.summaryLabel.setWordWrap(True)
        bold = self.summaryLabel.font()
        bold.setBold(True)
        self.summaryLabel.setFont(bold)
        outer.addWidget(self.summaryLabel)
        self.resultsTable = read_only_table("inboxResultsTable", [""] * len(self.COLUMNS), self)
        self.resultsTable.setSortingEnabled(False)
        h = self.resultsTable.horizontalHeader()
        for col in range(len(self.COLUMNS)):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(self.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.resultsTable, 1)
        self.hintLabel = note_label("", "inboxHintLabel", self, GREY)
        outer.addWidget(self.hintLabel)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.introLabel.setText(self.tr(
            "Simpan semua lampiran email dan isi flashdisk dari desa dalam satu folder, lalu pilih folder itu "
            "(atau seret berkasnya ke sini). Setiap paket diperiksa keasliannya dan digabung sendiri-sendiri; "
            "paket yang ditolak tidak mengubah apa pun. Cadangan data dibuat sekali sebelum penggabungan."))
        self.chooseFolderButton.setText(self.tr("Pilih Folder Paket..."))
        self.chooseFilesButton.setText(self.tr("Pilih Berkas Paket..."))
        self.resultsTable.setHorizontalHeaderLabels([QCoreApplication.translate("InboxTab", c) for c in self.COLUMNS])
        self.hintLabel.setText(self.tr("Paket yang sudah pernah digabung tidak mengubah apa pun; paket yang hilang "
                                       "disebutkan nomornya agar desa bisa mengirim ulang."))
        self._fill()

    # ------------------------------------------------------------------ choose / drop

    def choose_folder(self, folder: str | Path | None = None) -> None:
        if folder is None:
            folder = Pick.folder(self, self.tr("Pilih folder berisi paket desa"), last_dir(self.app))
        if folder:
            remember_dir(self.app, str(folder))
            self.merge_paths([Path(folder)])

    def choose_files(self, files: list[str] | None = None) -> None:
        if files is None:
            files = pick_files(self, self.tr("Pilih paket desa"), last_dir(self.app),
                               self.tr("Paket SIPERA (*.sipera);;Semua berkas (*)"))
        if files:
            remember_dir(self.app, str(Path(files[0]).parent))
            self.merge_paths([Path(f) for f in files])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.merge_paths(paths)

    # ------------------------------------------------------------------ merge

    def merge_paths(self, paths: list[Path]) -> None:
        app = self.app

        def work(progress: Progress) -> merge.MergeRun:
            return merge.merge_packages(app, paths, progress=progress)

        run_work(self.runner, work, self._done, self._failed, self.tr("Menggabungkan paket desa..."), self)

    def _failed(self, exc: BaseException) -> None:
        from desktop_app.ui.common.widgets import Ask

        Ask.error(self, error_message(exc), self.tr("Paket tidak digabung"))

    def _done(self, run: merge.MergeRun) -> None:
        self.run = run
        self._fill()
        self.merged.emit(run)

    def _fill(self) -> None:
        run = self.run
        packages = run.packages if run else []
        table = self.resultsTable
        table.setRowCount(len(packages))
        for row, p in enumerate(packages):
            table.setItem(row, self.COL_FILE, table_item(Path(p.file).name))
            table.setItem(row, self.COL_DESA, table_item(p.desa_code or "\u2014"))
            table.setItem(row, self.COL_SEQ, table_item(str(p.sequence) if p.sequence else "\u2014"))
            status = table_item(QCoreApplication.translate("InboxTab", STATUS_TEXT[p.status]))
            status.setForeground(QColor(STATUS_COLOR[p.status]))
            table.setItem(row, self.COL_STATUS, status)
            for offset, key in enumerate(merge.COUNT_KEYS):
                cell = table_item(str(p.counts[key]) if p.status == "merged" else "")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, 4 + offset, cell)
            cases = table_item(str(p.cases_opened) if p.status == "merged" else "")
            cases.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 10, cases)
            table.setItem(row, self.COL_NOTE, table_item(self._note(p)))
        if run is None:
            self.summaryLabel.setText(self.tr("Belum ada paket yang digabung sejak jendela dibuka."))
            return
        merged = sum(1 for p in packages if p.status == "merged")
        again = sum(1 for p in packages if p.status == "already_merged")
        text = self.tr("{merged} paket digabung, {refused} ditolak, {again} sudah pernah digabung.").format(
            merged=merged, refused=len(run.refused), again=again)
        if run.cancelled:
            text += " " + self.tr("Dibatalkan: paket yang tersisa belum digabung.")
        self.summaryLabel.setText(text)

    def _note(self, p: merge.PackageOutcome) -> str:
        from desktop_app.ui.i18n import tr_text

        parts = []
        if p.reason:
            parts.append(tr_text(p.reason))
        if p.status != "refused" and p.missing_sequences:
            parts.append(self.tr("paket nomor {numbers} belum diterima").format(
                numbers=", ".join(str(n) for n in p.missing_sequences)))
        return "; ".join(parts)
