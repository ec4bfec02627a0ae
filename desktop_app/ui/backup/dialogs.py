"""Backups from the window: Berkas > Cadangkan data... and Berkas > Pulihkan dari cadangan...

``BackupActions`` gives a main window (Mode Desa or Mode Kabupaten) the two menu entries. A
backup runs through the ``TaskRunner`` and says where the file went. A restore cannot happen
under the open database: ``RestoreDialog`` lists the backups (newest first, with date, time,
reason in words, size and number of records), checks the chosen one and asks for confirmation;
the window then records ``restore_requested`` and closes, and ``ui.app.run_gui`` restores while
it still holds the instance lock and opens the window again on the restored data.

At start-up, a corrupt database is refused with ``offer_restore``: the message offers
"Pulihkan dari cadangan..." (the same dialog) next to closing.

File pickers and message boxes go through ``ui.common.dialogs.Pick`` and ``widgets.Ask``
(classmethods tests monkeypatch), so no test ever blocks on a real modal dialog.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QMenu, QVBoxLayout, QWidget

from desktop_app.core.progress import Progress
from desktop_app.services import backups
from desktop_app.ui.common.dialogs import GREY, Pick, note_label, read_only_table, run_work, table_item
from desktop_app.ui.common.errors import error_text
from desktop_app.ui.common.widgets import (
    STRETCH,
    Ask,
    button_row,
    fmt_date,
    fmt_number,
    insert_before_quit,
    make_button,
    with_count,
)
from desktop_app.ui.i18n import current_language

CTX = "BackupDialogs"
BACKUP_FILTER = QT_TRANSLATE_NOOP("BackupDialogs", "Cadangan SIPERA (*.sqlite);;Semua berkas (*)")

# the reason of a backup (from its file name) in words
REASON_WORDS: dict[str, str] = {
    backups.DAILY: QT_TRANSLATE_NOOP("BackupDialogs", "Otomatis, harian"),
    backups.BEFORE_IMPORT: QT_TRANSLATE_NOOP("BackupDialogs", "Otomatis, sebelum impor"),
    backups.MANUAL: QT_TRANSLATE_NOOP("BackupDialogs", "Dibuat operator"),
    backups.BEFORE_RESTORE: QT_TRANSLATE_NOOP("BackupDialogs", "Otomatis, sebelum pemulihan"),
    backups.BEFORE_MIGRATION: QT_TRANSLATE_NOOP("BackupDialogs", "Otomatis, sebelum pembaruan SIPERA"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def reason_text(info: backups.BackupInfo) -> str:
    """'Otomatis, harian', 'Dibuat operator', ...; an unknown reason as it is written."""
    words = REASON_WORDS.get(info.kind)
    if words is not None:
        return _t(words)
    if info.reason:
        return info.reason.replace("-", " ")
    return QCoreApplication.translate("BackupDialogs", "Berkas pilihan")


def fmt_size(size: int) -> str:
    """'850 KB', '1,4 MB' (decimal comma in Indonesian, point in English)."""
    if size < 1024 * 1024:
        return QCoreApplication.translate("BackupDialogs", "{n} KB").format(n=fmt_number(max(1, round(size / 1024))))
    text = f"{size / (1024 * 1024):.1f}"
    if current_language() != "en":
        text = text.replace(".", ",")
    return QCoreApplication.translate("BackupDialogs", "{n} MB").format(n=text)


def when_text(made: datetime, today: date | None = None) -> str:
    """'hari ini', 'kemarin', '3 hari lalu'."""
    days = ((today or date.today()) - made.date()).days
    if days <= 0:
        return QCoreApplication.translate("BackupDialogs", "hari ini")
    if days == 1:
        return QCoreApplication.translate("BackupDialogs", "kemarin")
    return with_count(QCoreApplication.translate("BackupDialogs", "%n hari lalu", "", days), days)


def _village(name: str) -> str:
    """'Desa Besuki' from 'Desa Besuki, Kec. ..., Kab. ...'."""
    return name.partition(", ")[0]


class RestoreDialog(QDialog):
    """The backups of the data dir, newest first; 'Pulihkan...' checks the chosen one and asks."""

    restore_chosen = Signal(object)  # Path of a checked backup the operator confirmed

    COLUMNS = (
        QT_TRANSLATE_NOOP("RestoreDialog", "Tanggal"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Jam"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Kapan"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Jenis cadangan"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Isi"),
        QT_TRANSLATE_NOOP("RestoreDialog", "Ukuran"),
    )
    COL_DATE, COL_TIME, COL_WHEN, COL_REASON, COL_RECORDS, COL_SIZE = range(6)

    def __init__(self, data_dir: Path, parent: QWidget | None = None, runner: Any = None, *,
                 current_region: tuple[str, str] = ("", ""), damaged: bool = False) -> None:
        """``current_region`` is (code, name) of the open data, to warn about another village's
        backup; ``damaged`` says the current database cannot be opened (the start-up refusal)."""
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.data_dir = Path(data_dir)
        self.runner = runner
        self.current_region = current_region
        self.damaged = damaged
        self.entries: list[backups.BackupInfo] = []
        self.counts: dict[Path, int | None] = {}
        self.chosen: Path | None = None
        self._checking = False
        self._build()
        self.resize(860, 500)
        self.reload()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setSpacing(8)
        self.titleLabel = QLabel(self.tr("Pulihkan data dari cadangan"), self)
        self.titleLabel.setObjectName("titleLabel")
        font = self.titleLabel.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.titleLabel.setFont(font)
        outer.addWidget(self.titleLabel)
        if self.damaged:
            intro = self.tr(
                "Database SIPERA rusak dan tidak bisa dibuka. Pilih cadangan yang akan dipulihkan, biasanya yang "
                "paling baru. Data yang diubah setelah cadangan itu dibuat perlu dimasukkan ulang. Database yang "
                "rusak disimpan dulu sebagai salinan di folder cadangan.")
        else:
            intro = self.tr(
                "Pilih cadangan yang akan dipulihkan, lalu klik 'Pulihkan...'. Data sekarang akan diganti dengan "
                "data pada saat cadangan itu dibuat. Data sekarang disimpan dulu sebagai cadangan, jadi masih bisa "
                "dikembalikan. SIPERA akan ditutup sebentar lalu dibuka kembali.")
        self.introLabel = note_label(intro, "introLabel", self)
        outer.addWidget(self.introLabel)
        self.backupsTable = read_only_table(
            "backupsTable", [QCoreApplication.translate("RestoreDialog", h) for h in self.COLUMNS], self)
        header = self.backupsTable.horizontalHeader()
        for col in range(len(self.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.backupsTable.verticalHeader().setDefaultSectionSize(self.backupsTable.fontMetrics().height() + 12)
        self.backupsTable.itemSelectionChanged.connect(self._update_buttons)
        self.backupsTable.doubleClicked.connect(lambda _i: self.restore_selected())
        outer.addWidget(self.backupsTable, 1)
        self.emptyLabel = note_label(self.tr(
            "Belum ada cadangan di folder cadangan SIPERA. Bila ada cadangan di flashdisk, pasang flashdisknya lalu "
            "klik 'Pilih berkas lain...'."), "emptyLabel", self, GREY)
        outer.addWidget(self.emptyLabel)
        self.folderLabel = note_label(self.tr("Folder cadangan: {path}").format(
            path=str(backups.backups_folder(self.data_dir))), "folderLabel", self, GREY)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.folderLabel)
        self.otherFileButton = make_button(self, "otherFileButton", lambda _c=False: self.choose_other_file(),
                                           text=self.tr("Pilih berkas lain..."), auto_default=False)
        self.otherFileButton.setToolTip(self.tr("Cadangan yang disimpan di flashdisk atau folder lain"))
        self.restoreButton = make_button(self, "restoreButton", lambda _c=False: self.restore_selected(),
                                         text=self.tr("Pulihkan..."), default=True)
        bold = self.restoreButton.font()
        bold.setBold(True)
        self.restoreButton.setFont(bold)
        self.cancelButton = make_button(self, "cancelButton", self.reject, text=self.tr("Batal"), auto_default=False)
        outer.addLayout(button_row(self.otherFileButton, STRETCH, self.restoreButton, self.cancelButton))

    # ------------------------------------------------------------------ the list

    def reload(self) -> None:
        """List the backups folder (a few dozen names: quick), then count the records in the
        background."""
        self.entries = backups.list_backups(self.data_dir)
        self._fill()
        if self.entries:
            entries = list(self.entries)
            run_work(self.runner, lambda p: _count_records(entries, p), self._counted, lambda _exc: None, None, self)

    def _fill(self) -> None:
        table = self.backupsTable
        table.setRowCount(len(self.entries))
        for row, info in enumerate(self.entries):
            table.setItem(row, self.COL_DATE, table_item(fmt_date(info.made), str(info.path)))
            table.setItem(row, self.COL_TIME, table_item(info.made.strftime("%H:%M")))
            table.setItem(row, self.COL_WHEN, table_item(when_text(info.made)))
            table.setItem(row, self.COL_REASON, table_item(reason_text(info)))
            table.setItem(row, self.COL_RECORDS, self._records_item(self.counts.get(info.path)))
            size = table_item(fmt_size(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, self.COL_SIZE, size)
            table.item(row, self.COL_DATE).setToolTip(str(info.path))
        self.emptyLabel.setVisible(not self.entries)
        if self.entries:
            table.selectRow(0)
        self._update_buttons()

    def _records_item(self, n: int | None) -> Any:
        if n is None:
            item = table_item("")
        else:
            item = table_item(with_count(self.tr("%n data", "", n), n))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _counted(self, counts: dict[Path, int | None]) -> None:
        self.counts.update(counts)
        for row, info in enumerate(self.entries):
            if info.path in counts:
                self.backupsTable.setItem(row, self.COL_RECORDS, self._records_item(counts[info.path]))

    def selected(self) -> backups.BackupInfo | None:
        rows = self.backupsTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def select(self, path: Path) -> bool:
        for row, info in enumerate(self.entries):
            if info.path == Path(path):
                self.backupsTable.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        self.restoreButton.setEnabled(self.selected() is not None and not self._checking)
        self.otherFileButton.setEnabled(not self._checking)

    # ------------------------------------------------------------------ choosing and confirming

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.check(info.path)

    def choose_other_file(self, path: str | Path | None = None) -> None:
        if path is None:
            path = Pick.open_file(self, self.tr("Pilih berkas cadangan (misalnya di flashdisk)"),
                                  str(backups.backups_folder(self.data_dir)), _t(BACKUP_FILTER))
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> None:
        """Check the backup off the GUI thread; a sound one is confirmed, a bad one refused."""
        if self._checking:
            return
        self._checking = True
        self._update_buttons()
        run_work(self.runner, lambda _p: backups.check_backup(path), self._checked, self._refused,
                 self.tr("Memeriksa cadangan..."), self)

    def _refused(self, exc: BaseException) -> None:
        self._checking = False
        self._update_buttons()
        Ask.error(self, error_text(exc), self.tr("Cadangan tidak bisa dipulihkan"))

    def _checked(self, contents: backups.BackupContents) -> None:
        self._checking = False
        self._update_buttons()
        if not self.isVisible():  # closed with Batal while the backup was being checked
            return
        if Ask.question(self, self.tr("Pulihkan dari cadangan?"), self.confirmation_text(contents),
                        yes=self.tr("Ya, Pulihkan"), no=self.tr("Batal")):
            self.chosen = contents.info.path
            self.accept()
            self.restore_chosen.emit(self.chosen)

    def confirmation_text(self, contents: backups.BackupContents) -> str:
        info = contents.info
        when = {"date": fmt_date(info.made), "time": info.made.strftime("%H:%M")}
        parts = []
        code, name = self.current_region
        if code and contents.region_code and contents.region_code != code:
            parts.append(self.tr("PERHATIAN: cadangan ini milik {other} ({other_code}), bukan {mine} ({code}).").format(
                other=_village(contents.region_name) or "?", other_code=contents.region_code,
                mine=_village(name) or "?", code=code))
        parts.append(self.tr("Data sekarang akan diganti dengan data cadangan tanggal {date} pukul {time}.")
                     .format(**when))
        if contents.records is not None:
            n = contents.records
            if contents.region_name:
                parts.append(with_count(self.tr("Cadangan ini berisi %n data pekerja aktif dari {village}.", "", n),
                                        n, village=_village(contents.region_name)))
            else:
                parts.append(with_count(self.tr("Cadangan ini berisi %n data pekerja aktif.", "", n), n))
        if self.damaged:
            parts.append(self.tr("Perubahan setelah {date} pukul {time} tidak ada di cadangan ini. Database yang "
                                 "rusak disimpan dulu sebagai salinan di folder cadangan.").format(**when))
        else:
            parts.append(self.tr("Perubahan setelah {date} pukul {time} tidak ada di cadangan ini. Data sekarang "
                                 "disimpan dulu sebagai cadangan (jenis 'sebelum pemulihan'), jadi masih bisa "
                                 "dikembalikan.").format(**when))
            parts.append(self.tr("SIPERA akan ditutup lalu dibuka kembali dengan data yang dipulihkan."))
        return "\n\n".join(parts)

    @classmethod
    def ask(cls, parent: QWidget | None, data_dir: Path, runner: Any = None, **kw: Any) -> Path | None:
        """Show the dialog modally; the confirmed backup, or None."""
        dialog = cls(data_dir, parent, runner, **kw)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen
        finally:
            dialog.deleteLater()


def _count_records(entries: list[backups.BackupInfo], progress: Progress) -> dict[Path, int | None]:
    out: dict[Path, int | None] = {}
    for i, info in enumerate(entries, 1):
        out[info.path] = backups.count_records(info.path)
        if not progress.step(i, len(entries)):
            break
    return out


def offer_restore(data_dir: Path, message: str, runner: Any = None) -> Path | None:
    """The start-up refusal of a corrupt database, offering 'Pulihkan dari cadangan...' next to
    closing. Returns the confirmed backup to restore, or None (close)."""
    text = message + "\n\n" + QCoreApplication.translate(
        "BackupDialogs", "SIPERA membuat cadangan otomatis setiap hari; mungkin ada juga cadangan di flashdisk. "
        "Pulihkan data dari salah satu cadangan itu?")
    title = QCoreApplication.translate("BackupDialogs", "SIPERA tidak bisa dibuka")
    yes = QCoreApplication.translate("BackupDialogs", "Pulihkan dari cadangan...")
    no = QCoreApplication.translate("BackupDialogs", "Tutup")
    while Ask.question(None, title, text, yes=yes, no=no, default_yes=True):
        chosen = RestoreDialog.ask(None, data_dir, runner, damaged=True)
        if chosen is not None:
            return chosen
    return None


class BackupActions(QObject):
    """The window's 'Cadangkan data...' and 'Pulihkan dari cadangan...' (menu Berkas).

    The window provides ``app``, ``statusBar()`` and ``close()``; a confirmed restore sets
    ``window.restore_requested`` and closes the window, for ``run_gui`` to restore and reopen.
    """

    def __init__(self, window: Any, app: Any, runner: Any) -> None:
        super().__init__(window)
        self.window, self.app, self.runner = window, app, runner
        self.dialog: RestoreDialog | None = None

        def action(name: str, slot: Any) -> QAction:
            act = QAction(window)
            act.setObjectName(name)
            act.triggered.connect(lambda _checked=False: slot())
            window.addAction(act)
            return act

        self.backupAction = action("backupAction", self.backup_now)
        self.restoreBackupAction = action("restoreBackupAction", self.open_restore)
        self.retranslate()

    @property
    def actions(self) -> list[QAction]:
        return [self.backupAction, self.restoreBackupAction]

    def retranslate(self) -> None:
        self.backupAction.setText(self.tr("Cadangkan data..."))
        self.backupAction.setToolTip(self.tr("Simpan salinan database ke folder cadangan atau ke flashdisk"))
        self.restoreBackupAction.setText(self.tr("Pulihkan dari cadangan..."))
        self.restoreBackupAction.setToolTip(self.tr("Ganti data sekarang dengan data dari sebuah cadangan"))

    def add_to_menu(self, menu: QMenu) -> None:
        """Into ``menu`` before the Quit entry (and its separator), else at the end."""
        insert_before_quit(menu, [list(self.actions)])

    # ------------------------------------------------------------------ backup

    def backup_now(self, folder: str | Path | None = None) -> None:
        """Ask for a folder (the backups folder first), then back up there off the GUI thread."""
        data_dir = Path(self.app.data_dir)
        if folder is None:
            own = backups.backups_folder(data_dir)
            try:
                own.mkdir(parents=True, exist_ok=True)  # the picker opens there
            except OSError:
                pass
            folder = Pick.folder(self.window, self.tr("Pilih folder untuk cadangan (misalnya flashdisk)"), str(own))
        if not folder:
            return
        target = Path(folder)
        run_work(self.runner, lambda _p: backups.make_backup(data_dir, target), self._backed_up,
                 lambda exc: Ask.error(self.window, error_text(exc), self.tr("Cadangan tidak dibuat")),
                 self.tr("Membuat cadangan..."), self.window)

    def _backed_up(self, info: backups.BackupInfo) -> None:
        own = backups.backups_folder(Path(self.app.data_dir))
        text = self.tr("Cadangan data dibuat ({size}):\n{path}").format(size=fmt_size(info.size), path=str(info.path))
        if _same(info.path.parent, own):
            text += "\n\n" + self.tr("Folder ini ada di laptop ini saja. Agar data tetap aman bila laptop rusak atau "
                                     "hilang, buat juga cadangan ke flashdisk dan simpan flashdisknya di tempat lain.")
        else:
            text += "\n\n" + self.tr("Simpan flashdisk atau folder ini di tempat yang aman.")
        self.window.statusBar().showMessage(self.tr("Cadangan dibuat: {path}").format(path=str(info.path)), 15000)
        Ask.info(self.window, text, self.tr("Cadangan dibuat"))

    # ------------------------------------------------------------------ restore

    def open_restore(self) -> RestoreDialog:
        profile = self.app.profile
        dialog = RestoreDialog(Path(self.app.data_dir), self.window, self.runner,
                               current_region=(profile.region_code, profile.region_name))
        dialog.restore_chosen.connect(self.request_restore)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: RestoreDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def request_restore(self, path: Path) -> bool:
        """Close the window so that ``run_gui`` restores ``path`` and opens it again; False when
        the window stayed open (an unsaved form said no)."""
        self.window.restore_requested = Path(path)
        if self.window.close():
            return True
        self.window.restore_requested = None
        return False


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
