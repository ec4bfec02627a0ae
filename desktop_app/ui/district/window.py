"""Mode Kabupaten: the district labour office's window.

Four tabs: *Desa* (every desa/kelurahan of the kabupaten, enrolled or not, packages received and
missing; enrolment with the fingerprint read aloud, revoking a key, the config package,
feedback and restore packages), *Kotak masuk* (merge village packages), *Semua data* (every
record of every village, verification) and *Kasus* (a NIK active in two villages).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.progress import Progress
from desktop_app.services.district import feedback as feedback_service
from desktop_app.services.district import restore as restore_service
from desktop_app.services.district import villages as village_service
from desktop_app.services.packages import common as package_common
from desktop_app.services.packages import trust as package_trust
from desktop_app.ui.backup.dialogs import BackupActions
from desktop_app.ui.common.dialogs import (
    GREY,
    FingerprintEntry,
    OpenDialogs,
    Pick,
    error_message,
    fingerprint_label,
    last_dir,
    mono_font,
    note_label,
    read_only_table,
    remember_dir,
    run_work,
    table_item,
)
from desktop_app.ui.common.events import AppEvents, Changes
from desktop_app.ui.common.tasks import TaskRunner
from desktop_app.ui.common.widgets import (
    STRETCH,
    Ask,
    button_row,
    fmt_datetime,
    make_button,
    quit_shortcut,
    with_count,
)
from desktop_app.ui.district.cases_tab import CasesTab
from desktop_app.ui.district.inbox import InboxTab
from desktop_app.ui.district.payments import PaymentsMenu
from desktop_app.ui.district.records_tab import AllRecordsTab
from desktop_app.ui.packages.dialogs import InspectDialog, PackageHistoryDialog


def active_key_ids(app: Any, desa_code: str) -> list[str]:
    """The village's keys that are still valid (normally one)."""
    return package_trust.active_village_key_ids(app, desa_code)


class EnrollmentConfirmDialog(QDialog):
    """Shows who asks to be enrolled; the officer types the fingerprint the village reads aloud."""

    enrolled = Signal(object)  # package_trust.EnrollmentInfo

    def __init__(self, app: Any, info: package_trust.EnrollmentInfo, parent: QWidget | None = None, runner: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollmentConfirmDialog")
        self.setWindowTitle(self.tr("Daftarkan Desa"))
        self.app, self.info, self.runner = app, info, runner
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Pendaftaran desa/kelurahan"), self)
        font = title.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        form = QFormLayout()
        self.villageLabel = note_label(f"{info.name} ({info.desa_code})", "villageLabel", self)
        bold = self.villageLabel.font()
        bold.setBold(True)
        self.villageLabel.setFont(bold)
        self.operatorLabel = note_label(info.operator or self.tr("(tidak diisi)"), "operatorLabel", self)
        form.addRow(self.tr("Desa/Kelurahan:"), self.villageLabel)
        form.addRow(self.tr("Operator:"), self.operatorLabel)
        outer.addLayout(form)
        if info.already_enrolled:
            outer.addWidget(note_label(self.tr("Desa ini sudah terdaftar dengan kunci yang sama; mendaftar ulang "
                                               "tidak mengubah apa pun."), "statusLabel", self, GREY))
        elif info.replaces_key:
            outer.addWidget(note_label(self.tr(
                "Desa ini sudah terdaftar dengan kunci lain (misalnya laptop diganti atau SIPERA dipasang ulang). "
                "Bila Anda lanjutkan, kunci lama dicabut: paket dari kunci lama tidak diterima lagi."),
                "statusLabel", self, "#8a4b00"))
        outer.addWidget(QLabel(self.tr("Sidik jari pada berkas pendaftaran:"), self))
        self.fileFingerprintLabel = fingerprint_label(info.fingerprint, "fileFingerprintLabel", 20, self)
        outer.addWidget(self.fileFingerprintLabel)
        outer.addWidget(note_label(self.tr(
            "Minta operator desa membacakan sidik jari dari layar SIPERA desanya (menu Kirim > Buat Berkas "
            "Pendaftaran) atau dari kertas yang ditandatanganinya, lalu ketik di sini:"), "instructionLabel", self))
        self.entry = FingerprintEntry(info.fingerprint, self)
        self.fingerprintEdit = self.entry.fingerprintEdit
        self.entry.changed.connect(self._update_buttons)
        outer.addWidget(self.entry)
        outer.addStretch(1)
        self.acceptButton = make_button(self, "acceptButton", self.confirm, text=self.tr("Daftarkan Desa"),
                                        default=True)
        self.cancelButton = make_button(self, "cancelButton", self.reject, text=self.tr("Batal"))
        outer.addLayout(button_row(STRETCH, self.acceptButton, self.cancelButton))
        self.resize(680, 480)
        self._update_buttons()
        self.fingerprintEdit.setFocus()

    def _update_buttons(self) -> None:
        self.acceptButton.setEnabled(self.entry.is_complete())

    def confirm(self) -> None:
        if not self.entry.is_complete():
            return
        typed, app, info = self.entry.typed(), self.app, self.info
        run_work(self.runner, lambda _p: package_trust.accept_enrollment(app, info, confirmed_fingerprint=typed),
                 self._done, lambda exc: Ask.error(self, error_message(exc), self.tr("Desa tidak didaftarkan")),
                 self.tr("Mendaftarkan desa..."), self)

    def _done(self, _result: Any) -> None:
        self.enrolled.emit(self.info)
        self.accept()


class ConfigExportedDialog(QDialog):
    """After the config was written: the fingerprint every village must compare."""

    def __init__(self, built: Any, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("configExportedDialog")
        self.setWindowTitle(self.tr("Paket Konfigurasi Dibuat"))
        outer = QVBoxLayout(self)
        outer.addWidget(note_label(self.tr("\u2714 Paket konfigurasi nomor {seq} dibuat: {name}\ndi folder {folder}").format(
            seq=built.manifest.sequence, name=built.path.name, folder=str(built.path.parent)), "resultLabel", self))
        outer.addWidget(QLabel(self.tr("Sidik jari kunci kabupaten:"), self))
        outer.addWidget(fingerprint_label(fingerprint, "fingerprintLabel", 24, self))
        outer.addWidget(note_label(self.tr(
            "Saat desa mengimpor konfigurasi pertama kali, operator desa harus mengetik sidik jari ini. Bacakan "
            "kepadanya, atau cantumkan di surat pengantar resmi. Konfigurasi berikutnya diterima tanpa "
            "pencocokan ulang."), "instructionLabel", self))
        outer.addLayout(button_row(STRETCH, make_button(self, "closeButton", self.accept, text=self.tr("Tutup"))))
        self.resize(640, 320)


class DistrictWindow(QMainWindow):
    """The main window of SIPERA Mode Kabupaten."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("DistrictWindow", "Kode"),
        QT_TRANSLATE_NOOP("DistrictWindow", "Desa/Kelurahan"),
        QT_TRANSLATE_NOOP("DistrictWindow", "Kecamatan"),
        QT_TRANSLATE_NOOP("DistrictWindow", "Operator"),
        QT_TRANSLATE_NOOP("DistrictWindow", "Sidik Jari Kunci"),
        QT_TRANSLATE_NOOP("DistrictWindow", "Paket Terakhir"),
        QT_TRANSLATE_NOOP("DistrictWindow", "Paket Hilang"),
        QT_TRANSLATE_NOOP("DistrictWindow", "Kontak Terakhir"),
        QT_TRANSLATE_NOOP("DistrictWindow", "Aktif"),
        QT_TRANSLATE_NOOP("DistrictWindow", "Terhapus"),
        QT_TRANSLATE_NOOP("DistrictWindow", "Kasus"),
    )
    (COL_CODE, COL_NAME, COL_KECAMATAN, COL_OPERATOR, COL_FINGERPRINT, COL_SEQUENCE, COL_MISSING, COL_CONTACT,
     COL_ACTIVE, COL_DELETED, COL_CASES) = range(11)
    FILTERS = (
        ("semua", QT_TRANSLATE_NOOP("DistrictWindow", "Semua desa/kelurahan")),
        ("terdaftar", QT_TRANSLATE_NOOP("DistrictWindow", "Terdaftar")),
        ("belum_terdaftar", QT_TRANSLATE_NOOP("DistrictWindow", "Belum terdaftar")),
        ("belum_mengirim", QT_TRANSLATE_NOOP("DistrictWindow", "Belum mengirim")),
        ("paket_hilang", QT_TRANSLATE_NOOP("DistrictWindow", "Ada paket hilang")),
    )
    TAB_VILLAGES, TAB_INBOX, TAB_RECORDS, TAB_CASES = range(4)

    def __init__(self, app: Any, runner: TaskRunner | None = None, events: AppEvents | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("districtWindow")
        self.app = app
        self.runner = runner or TaskRunner(parent=self)
        self.events = events or AppEvents(self)
        self.villages: list[dict[str, Any]] = []  # the rows shown (after the filter)
        self.all_villages: list[village_service.VillageStatus] = []
        self.restore_requested: Path | None = None  # set by Berkas > Pulihkan dari cadangan...; run_gui restores
        self.dialogs = OpenDialogs(on_forget=self._dialog_closed)
        self.enrollmentDialog: EnrollmentConfirmDialog | None = None
        try:
            self.fingerprint = package_common.own_fingerprint(app)
        except Exception:  # noqa: BLE001 - shown as missing; exporting the config then explains
            self.fingerprint = ""
        self._build()
        self.retranslate_ui()
        self.events.changed.connect(self._on_changed)
        self.resize(1366, 768)
        self.reload()

    # ------------------------------------------------------------------ construction

    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(12, 10, 12, 8)
        outer.setSpacing(8)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        self.titleLabel = QLabel(central)
        self.titleLabel.setObjectName("titleLabel")
        font = self.titleLabel.font()
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.subtitleLabel = QLabel(central)
        self.subtitleLabel.setObjectName("subtitleLabel")
        self.subtitleLabel.setStyleSheet(f"color: {GREY};")
        titles.addWidget(self.titleLabel)
        titles.addWidget(self.subtitleLabel)
        header.addLayout(titles, 1)
        fp_box = QVBoxLayout()
        fp_box.setSpacing(2)
        self.fingerprintCaption = QLabel(central)
        self.fingerprintCaption.setObjectName("fingerprintCaption")
        self.fingerprintLabel = fingerprint_label(self.fingerprint, "fingerprintLabel", 16, central)
        fp_box.addWidget(self.fingerprintCaption)
        fp_box.addWidget(self.fingerprintLabel)
        header.addLayout(fp_box)
        outer.addLayout(header)

        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("districtTabs")
        outer.addWidget(self.tabs, 1)
        villages_tab = QWidget(self.tabs)
        villages_tab.setObjectName("villagesTab")
        vt = QVBoxLayout(villages_tab)
        self.inboxTab = InboxTab(self.app, self.runner, self.tabs)
        self.inboxTab.merged.connect(self._merged)
        self.recordsTab = AllRecordsTab(self.app, self.runner, self.tabs)
        self.recordsTab.changed.connect(lambda: self._refresh_others(self.TAB_RECORDS))
        self.casesTab = CasesTab(self.app, self.runner, self.tabs)
        self.casesTab.decided.connect(lambda: self._refresh_others(self.TAB_CASES))
        for tab in (villages_tab, self.inboxTab, self.recordsTab, self.casesTab):
            self.tabs.addTab(tab, "")
        self._loaded_tabs: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_changed)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)

        def button(name: str, slot: Any, primary: bool = False) -> QPushButton:
            b = make_button(villages_tab, name, lambda _checked=False: slot(), default=primary)
            if primary:
                f = b.font()
                f.setBold(True)
                b.setFont(f)
            b.setMinimumHeight(32)
            buttons.addWidget(b)
            return b

        self.importEnrollmentButton = button("importEnrollmentButton", self.import_enrollment, primary=True)
        self.revokeButton = button("revokeButton", self.revoke_selected)
        self.exportConfigButton = button("exportConfigButton", self.export_config)
        buttons.addSpacing(16)
        self.feedbackButton = button("feedbackButton", lambda: self.feedbackButton.showMenu())
        self.feedbackMenu = QMenu(self.feedbackButton)
        self.feedbackSelectedAction = self.feedbackMenu.addAction("", lambda: self.export_feedback(selected=True))
        self.feedbackAllAction = self.feedbackMenu.addAction("", lambda: self.export_feedback(selected=False))
        self.feedbackButton.setMenu(self.feedbackMenu)
        self.restoreButton = button("restorePackageButton", self.export_restore)
        buttons.addSpacing(16)
        self.inspectButton = button("inspectButton", self.inspect_package)
        self.historyButton = button("historyButton", self.show_history)
        buttons.addStretch(1)
        self.settingsButton = button("settingsButton", self.open_settings)
        vt.addLayout(buttons)

        caption_row = QHBoxLayout()
        self.villagesCaption = QLabel(central)
        self.villagesCaption.setObjectName("villagesCaption")
        bold = self.villagesCaption.font()
        bold.setBold(True)
        self.villagesCaption.setFont(bold)
        caption_row.addWidget(self.villagesCaption, 1)
        self.villageFilterCombo = QComboBox(central)
        self.villageFilterCombo.setObjectName("villageFilterCombo")
        self.villageFilterCombo.currentIndexChanged.connect(lambda _i: self._fill())
        caption_row.addWidget(self.villageFilterCombo)
        vt.addLayout(caption_row)
        self.villagesTable = read_only_table("villagesTable", [""] * len(self.COLUMNS), central)
        self.villagesTable.setSortingEnabled(False)
        h = self.villagesTable.horizontalHeader()
        for col in range(len(self.COLUMNS)):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.villagesTable.itemSelectionChanged.connect(self._update_buttons)
        vt.addWidget(self.villagesTable, 1)
        self.emptyLabel = note_label("", "emptyLabel", central, GREY)
        vt.addWidget(self.emptyLabel)
        self.setCentralWidget(central)

        # keyboard and menu access to the same actions
        self.actionsByName: dict[str, QAction] = {}
        for name, slot, key in (
            ("importEnrollmentAction", self.import_enrollment, "Ctrl+O"),
            ("exportConfigAction", self.export_config, "Ctrl+E"),
            ("inspectAction", self.inspect_package, "Ctrl+I"),
            ("historyAction", self.show_history, "Ctrl+H"),
            ("settingsAction", self.open_settings, None),
            ("mergeFolderAction", self.merge_folder, "Ctrl+M"),
            ("searchAction", self.focus_search, "Ctrl+F"),
            ("quitAction", self.close, quit_shortcut()),
        ):
            act = QAction(self)
            act.setObjectName(name)
            if key:
                act.setShortcut(QKeySequence(key))
            act.triggered.connect(lambda _checked=False, s=slot: s())
            self.addAction(act)
            self.actionsByName[name] = act
        bar = self.menuBar()
        self.fileMenu = bar.addMenu("")
        self.fileMenu.addAction(self.actionsByName["quitAction"])
        self.backupActions = BackupActions(self, self.app, self.runner)
        self.backupActions.add_to_menu(self.fileMenu)
        self.villagesMenu = bar.addMenu("")
        for name in ("importEnrollmentAction", "exportConfigAction", "mergeFolderAction", "inspectAction",
                     "historyAction"):
            self.villagesMenu.addAction(self.actionsByName[name])
        self.dataMenu = bar.addMenu("")
        self.dataMenu.setObjectName("dataMenu")
        self.dataMenu.addAction(self.actionsByName["searchAction"])
        self.dataMenu.addAction(self.casesTab.findDuplicatesAction)  # the Kasus tab's button's action
        self.addAction(self.casesTab.findDuplicatesAction)  # its shortcut from any tab
        # from another tab: the Kasus tab behind the review, where a case made there is listed
        self.casesTab.findDuplicatesAction.triggered.connect(lambda _c=False: self.show_tab(self.TAB_CASES))
        self.settingsMenu = bar.addMenu("")
        self.settingsMenu.addAction(self.actionsByName["settingsAction"])
        self.payments = PaymentsMenu(self)  # issue 15: results, kode iuran, anggaran
        self.statusBar().setObjectName("statusBar")

    def retranslate_ui(self) -> None:
        profile = self.app.profile
        self.setWindowTitle(self.tr("SIPERA - Mode Kabupaten - {name}").format(name=profile.region_name))
        self.titleLabel.setText(self.tr("Disperinaker {name}").format(name=profile.region_name))
        self.subtitleLabel.setText(self.tr("SIPERA Mode Kabupaten \u00b7 kode wilayah {code} \u00b7 operator {op}").format(
            code=profile.region_code, op=self.app.operator or "-"))
        self.fingerprintCaption.setText(self.tr("Sidik jari kunci kabupaten (dicocokkan desa saat impor konfigurasi):"))
        for index, text in ((self.TAB_VILLAGES, self.tr("Desa")), (self.TAB_INBOX, self.tr("Kotak Masuk")),
                            (self.TAB_RECORDS, self.tr("Semua Data")), (self.TAB_CASES, self.tr("Kasus"))):
            self.tabs.setTabText(index, text)
        self.feedbackButton.setText(self.tr("Umpan Balik"))
        self.feedbackButton.setToolTip(self.tr("Berkas umpan balik untuk desa: hasil verifikasi, kasus, dan paket "
                                               "yang sudah diterima"))
        self.feedbackSelectedAction.setText(self.tr("Untuk desa yang dipilih..."))
        self.feedbackAllAction.setText(self.tr("Untuk semua desa terdaftar..."))
        self.restoreButton.setText(self.tr("Paket Pemulihan..."))
        self.restoreButton.setToolTip(self.tr("Untuk desa yang laptopnya diganti: data desa kembali ke laptop baru "
                                              "(daftarkan dulu berkas pendaftaran laptop baru)"))
        current = self.villageFilterCombo.currentData()
        self.villageFilterCombo.blockSignals(True)
        self.villageFilterCombo.clear()
        for key, label in self.FILTERS:
            self.villageFilterCombo.addItem(QCoreApplication.translate("DistrictWindow", label), key)
        self.villageFilterCombo.setCurrentIndex(max(0, self.villageFilterCombo.findData(current or "semua")))
        self.villageFilterCombo.blockSignals(False)
        for tab in (self.inboxTab, self.recordsTab, self.casesTab):
            tab.retranslate_ui()
        self.importEnrollmentButton.setText(self.tr("Daftarkan Desa..."))
        self.importEnrollmentButton.setToolTip(self.tr("Impor berkas pendaftaran (SIPERA_enrollment_...) dari desa"))
        self.revokeButton.setText(self.tr("Cabut Kunci Desa..."))
        self.revokeButton.setToolTip(self.tr("Bila laptop desa hilang atau diganti: paket dari kunci itu tidak "
                                             "diterima lagi"))
        self.exportConfigButton.setText(self.tr("Buat Paket Konfigurasi..."))
        self.exportConfigButton.setToolTip(self.tr("Kunci kabupaten dan nilai program untuk semua desa"))
        self.inspectButton.setText(self.tr("Periksa Paket..."))
        self.historyButton.setText(self.tr("Riwayat Paket"))
        self.settingsButton.setText(self.tr("Pengaturan Program..."))
        self.settingsButton.setToolTip(self.tr("Tahun, masa kepesertaan, iuran dan batas umur yang dibawa paket "
                                               "konfigurasi"))
        self.villagesTable.setHorizontalHeaderLabels(
            [QCoreApplication.translate("DistrictWindow", h) for h in self.COLUMNS])
        self.emptyLabel.setText(self.tr(
            "Belum ada desa terdaftar. Minta operator desa membawa berkas pendaftaran (menu Kirim > Buat Berkas "
            "Pendaftaran di SIPERA desa), lalu klik 'Daftarkan Desa...'."))
        texts = {
            "importEnrollmentAction": self.tr("Daftarkan Desa..."),
            "exportConfigAction": self.tr("Buat Paket Konfigurasi..."),
            "inspectAction": self.tr("Periksa Paket..."),
            "historyAction": self.tr("Riwayat Paket"),
            "settingsAction": self.tr("Pengaturan Program..."),
            "mergeFolderAction": self.tr("Gabungkan Paket dari Folder..."),
            "searchAction": self.tr("Cari Data"),
            "quitAction": self.tr("Keluar"),
        }
        for name, text in texts.items():
            self.actionsByName[name].setText(text)
        self.backupActions.retranslate()
        self.payments.retranslate()
        self.fileMenu.setTitle(self.tr("&Berkas"))
        self.villagesMenu.setTitle(self.tr("&Desa"))
        self.dataMenu.setTitle(self.tr("D&ata"))
        self.settingsMenu.setTitle(self.tr("&Pengaturan"))
        self._update_caption()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._fill()
        super().changeEvent(event)

    # ------------------------------------------------------------------ villages

    def reload(self) -> None:
        app = self.app
        self.runner.run(lambda _p: village_service.village_overview(app), on_done=self._loaded,
                        on_error=self._show_error)

    def _loaded(self, villages: list[village_service.VillageStatus]) -> None:
        self.all_villages = villages
        self._fill()

    def _matches(self, v: village_service.VillageStatus) -> bool:
        key = self.villageFilterCombo.currentData() or "semua"
        return {
            "semua": True,
            "terdaftar": v.registered,
            "belum_terdaftar": not v.registered,
            "belum_mengirim": v.never_sent,
            "paket_hilang": bool(v.missing_sequences),
        }.get(key, True)

    def _fill(self) -> None:
        selected = self.selected_village()
        shown = [v for v in self.all_villages if self._matches(v)]
        self.villages = [{"desa_code": v.desa_code, "name": v.name, "fingerprint": v.fingerprint,
                          "registered": v.registered, "status": v} for v in shown]
        table = self.villagesTable
        table.setRowCount(len(shown))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, v in enumerate(shown):
            table.setItem(row, self.COL_CODE, table_item(v.desa_code, v.desa_code))
            table.setItem(row, self.COL_NAME, table_item(v.name))
            table.setItem(row, self.COL_KECAMATAN, table_item(v.kecamatan))
            table.setItem(row, self.COL_OPERATOR, table_item(v.operator))
            if v.fingerprint:
                item = table_item(v.fingerprint)
                item.setFont(mono_font())
            elif v.registered:
                item = table_item(self.tr("(kunci dicabut)"))
                item.setForeground(Qt.GlobalColor.darkRed)
            else:
                item = table_item(self.tr("belum terdaftar"))
                item.setForeground(Qt.GlobalColor.gray)
            table.setItem(row, self.COL_FINGERPRINT, item)
            values = {
                self.COL_SEQUENCE: str(v.last_sequence) if v.last_sequence else "\u2014",
                self.COL_ACTIVE: str(v.active) if v.active or v.deleted else "",
                self.COL_DELETED: str(v.deleted) if v.deleted else "",
                self.COL_CASES: str(v.open_cases) if v.open_cases else "",
            }
            for col, text in values.items():
                cell = table_item(text)
                cell.setTextAlignment(right)
                table.setItem(row, col, cell)
            missing = table_item(", ".join(str(n) for n in v.missing_sequences))
            if v.missing_sequences:
                missing.setForeground(Qt.GlobalColor.darkRed)
            table.setItem(row, self.COL_MISSING, missing)
            table.setItem(row, self.COL_CONTACT, table_item(fmt_datetime(v.last_contact) if v.last_contact else ""))
            if selected and v.desa_code == selected["desa_code"]:
                table.selectRow(row)
        self.emptyLabel.setVisible(not any(v.registered for v in self.all_villages))
        self._update_caption()
        self._update_buttons()

    def _update_caption(self) -> None:
        n = sum(1 for v in self.all_villages if v.registered)
        text = with_count(self.tr("Desa/kelurahan terdaftar: %n", "", n), n)
        if self.all_villages:
            sent = sum(1 for v in self.all_villages if not v.never_sent)
            gaps = sum(1 for v in self.all_villages if v.missing_sequences)
            text += " \u00b7 " + self.tr("{total} di kabupaten \u00b7 {sent} sudah mengirim \u00b7 {gaps} ada paket "
                                        "hilang").format(total=len(self.all_villages), sent=sent, gaps=gaps)
        self.villagesCaption.setText(text)

    def selected_village(self) -> dict[str, Any] | None:
        model = self.villagesTable.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or rows[0].row() >= len(self.villages):
            return None
        return self.villages[rows[0].row()]

    def _update_buttons(self) -> None:
        v = self.selected_village()
        self.revokeButton.setEnabled(bool(v and v["fingerprint"]))
        self.restoreButton.setEnabled(bool(v and v["fingerprint"]))
        self.feedbackSelectedAction.setEnabled(bool(v and v["fingerprint"]))

    def _on_changed(self, changes: Changes) -> None:
        if changes.packages or changes.settings or changes.records:
            self.reload()
        if changes.packages or changes.records:
            for index in (self.TAB_RECORDS, self.TAB_CASES):
                self._loaded_tabs.discard(index)
            self._tab_changed(self.tabs.currentIndex())

    # ------------------------------------------------------------------ tabs

    def _tab_changed(self, index: int) -> None:
        if index in self._loaded_tabs:
            return
        if index == self.TAB_RECORDS:
            self._loaded_tabs.add(index)
            self.recordsTab.reload()
        elif index == self.TAB_CASES:
            self._loaded_tabs.add(index)
            self.casesTab.reload()

    def _refresh_others(self, source: int) -> None:
        """A tab changed records itself: the villages and the other tabs read them again."""
        self.reload()
        for index in (self.TAB_RECORDS, self.TAB_CASES):
            if index != source:
                self._loaded_tabs.discard(index)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._tab_changed(index)

    def merge_folder(self) -> None:
        self.tabs.setCurrentIndex(self.TAB_INBOX)
        self.inboxTab.choose_folder()

    def focus_search(self) -> None:
        self.show_tab(self.TAB_RECORDS)
        self.recordsTab.focus_search()

    def _merged(self, run: Any) -> None:
        merged = sum(1 for p in run.packages if p.status == "merged")
        self.statusBar().showMessage(self.tr("{n} paket digabung.").format(n=merged), 8000)
        self.events.emit(Changes(packages=True, records=True))

    # ------------------------------------------------------------------ feedback and restore

    def export_feedback(self, *, selected: bool) -> None:
        v = self.selected_village() if selected else None
        if selected and v is None:
            return
        folder = Pick.folder(self, self.tr("Pilih folder untuk berkas umpan balik"), last_dir(self.app))
        if not folder:
            return
        app, codes = self.app, [v["desa_code"]] if v else None

        def work(progress: Progress) -> Any:
            remember_dir(app, folder)
            return feedback_service.export_feedback(app, Path(folder), desa_codes=codes, progress=progress)

        def done(files: list[Any]) -> None:
            self.events.emit(Changes(packages=True))
            Ask.info(self, self.tr("{n} berkas umpan balik dibuat di {folder}. Serahkan setiap berkas kepada "
                                   "desanya (flashdisk atau email).").format(n=len(files), folder=folder),
                     self.tr("Umpan balik dibuat"))

        run_work(self.runner, work, done, lambda exc: self._show_error(exc, self.tr("Umpan balik tidak dibuat")),
                 self.tr("Membuat berkas umpan balik..."), self)

    def export_restore(self) -> None:
        v = self.selected_village()
        if v is None or not v["fingerprint"]:
            return
        folder = Pick.folder(self, self.tr("Pilih folder untuk paket pemulihan"), last_dir(self.app))
        if not folder:
            return
        app, code = self.app, v["desa_code"]

        def done(made: Any) -> None:
            self.events.emit(Changes(packages=True))
            Ask.info(self, self.tr("Paket pemulihan untuk {code} dibuat: {name} ({n} data). Desa mengimpornya "
                                   "di laptop yang baru.").format(code=code, name=made.path.name, n=made.records),
                     self.tr("Paket pemulihan dibuat"))

        run_work(self.runner, lambda _p: restore_service.export_restore(app, code, Path(folder)), done,
                 lambda exc: self._show_error(exc, self.tr("Paket pemulihan tidak dibuat")),
                 self.tr("Membuat paket pemulihan..."), self)

    def _show_error(self, exc: BaseException, title: str = "") -> None:
        Ask.error(self, error_message(exc), title)

    # ------------------------------------------------------------------ enrol

    def import_enrollment(self, path: str | Path | None = None) -> EnrollmentConfirmDialog | None:
        if path is None:
            path = Pick.open_file(self, self.tr("Pilih berkas pendaftaran desa"), last_dir(self.app))
        if not path:
            return None
        app = self.app
        self.enrollmentDialog = None
        run_work(self.runner, lambda _p: package_trust.read_enrollment(app, Path(path)), self._confirm_enrollment,
                 lambda exc: self._show_error(exc, self.tr("Berkas pendaftaran ditolak")),
                 self.tr("Membaca berkas pendaftaran..."), self)
        return self.enrollmentDialog

    def _confirm_enrollment(self, info: package_trust.EnrollmentInfo) -> None:
        dialog = EnrollmentConfirmDialog(self.app, info, self, runner=self.runner)
        dialog.enrolled.connect(self._enrolled)
        self.enrollmentDialog = dialog
        self._keep(dialog)

    def _enrolled(self, info: package_trust.EnrollmentInfo) -> None:
        self.statusBar().showMessage(self.tr("{name} ({code}) terdaftar.").format(
            name=info.name, code=info.desa_code), 8000)
        self.events.emit(Changes(packages=True))

    # ------------------------------------------------------------------ revoke

    def revoke_selected(self) -> bool:
        v = self.selected_village()
        if v is None:
            return False
        question = self.tr(
            "Cabut kunci desa {name} ({code})?\n\nPaket dari laptop desa ini tidak akan diterima lagi sampai desa "
            "mendaftar ulang dengan berkas pendaftaran baru dan sidik jari yang dicocokkan. Lakukan ini bila "
            "laptop desa hilang, dicuri, atau SIPERA dipasang ulang.").format(name=v["name"], code=v["desa_code"])
        if not Ask.question(self, self.tr("Cabut kunci desa"), question, yes=self.tr("Cabut Kunci"),
                            no=self.tr("Batal")):
            return False
        app, code = self.app, v["desa_code"]

        def work(_p: Progress) -> int:
            return sum(1 for key_id in active_key_ids(app, code) if package_trust.revoke_village_key(app, key_id))

        def done(n: int) -> None:
            self.statusBar().showMessage(self.tr("Kunci desa {code} dicabut.").format(code=code), 8000)
            self.events.emit(Changes(packages=True))

        run_work(self.runner, work, done, self._show_error, None, self)
        return True

    # ------------------------------------------------------------------ config

    def export_config(self) -> None:
        folder = Pick.folder(self, self.tr("Pilih folder untuk paket konfigurasi (flashdisk)"), last_dir(self.app))
        if not folder:
            return
        app = self.app

        def work(_p: Progress) -> Any:
            built = package_trust.export_config(app, Path(folder))
            remember_dir(app, folder)
            return built

        def done(built: Any) -> None:
            self._keep(ConfigExportedDialog(built, self.fingerprint, self))
            self.events.emit(Changes(packages=True))

        run_work(self.runner, work, done, lambda exc: self._show_error(exc, self.tr("Paket konfigurasi tidak dibuat")),
                 self.tr("Membuat paket konfigurasi..."), self)

    # ------------------------------------------------------------------ inspect, history, settings

    def inspect_package(self, path: str | Path | None = None) -> InspectDialog | None:
        if path is None:
            path = Pick.open_file(self, self.tr("Pilih paket yang akan diperiksa"), last_dir(self.app))
        if not path:
            return None
        dialog = InspectDialog(self.app, path, self, runner=self.runner)
        self._keep(dialog)
        return dialog

    def show_history(self) -> PackageHistoryDialog:
        dialog = PackageHistoryDialog(self.app, self, runner=self.runner)
        self._keep(dialog)
        return dialog

    @classmethod
    def settings_dialog(cls, app: Any, parent: QWidget, runner: Any) -> QDialog | None:
        """The programme settings dialog (None when that module is not available)."""
        try:
            from desktop_app.ui.setup.settings_dialog import SettingsDialog
        except ImportError:
            return None
        try:
            return SettingsDialog(app, parent, runner=runner)
        except TypeError:
            return SettingsDialog(app, parent)

    def open_settings(self) -> QDialog | None:
        dialog = self.settings_dialog(self.app, self, self.runner)
        if dialog is None:
            return None
        dialog.accepted.connect(self._settings_saved)
        self._keep(dialog)
        return dialog

    def _settings_saved(self) -> None:
        self.events.emit(Changes(settings=True))
        self.statusBar().showMessage(self.tr(
            "Pengaturan disimpan. Buat paket konfigurasi baru agar desa memakai nilai program yang baru."), 10000)

    # ------------------------------------------------------------------ helpers

    def _keep(self, dialog: QDialog) -> None:
        self.dialogs.show(dialog)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if dialog is self.enrollmentDialog:
            self.enrollmentDialog = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.runner.wait()
        super().closeEvent(event)
