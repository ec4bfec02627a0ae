"""The main window: the village's records table with filters, search, detail panel and actions."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.issues import Severity
from desktop_app.core.person import (
    DATA_SOURCE_LABELS,
    FUNDING_LABELS,
    OCCUPATION_LABELS,
    PROGRAMME_LABELS,
    Person,
)
from desktop_app.services.app import App
from desktop_app.services.records import editing as records
from desktop_app.services.records import listing
from desktop_app.services.records.listing import RecordFilter
from desktop_app.ui.backup.dialogs import BackupActions
from desktop_app.ui.common.errors import error_text
from desktop_app.ui.common.events import AppEvents, Changes
from desktop_app.ui.common.tasks import TaskRunner
from desktop_app.ui.common.widgets import (
    STATUS_COLORS,
    Ask,
    fmt_date,
    fmt_datetime,
    fmt_money,
    fmt_number,
    issue_text,
    quit_shortcut,
    set_combo_data,
    vocab,
)
from desktop_app.ui.i18n import install_translators, save_language
from desktop_app.ui.packages.dialogs import add_sync_actions
from desktop_app.ui.records.overview import OverviewWidget
from desktop_app.ui.records.records_model import RecordsModel
from desktop_app.ui.setup.settings_dialog import SettingsDialog
from desktop_app.ui.sheets.export_dialogs import add_spreadsheet_actions

SEARCH_DEBOUNCE_MS = 150

# (code, label) of the status filter; labels are translated in retranslate_ui
STATUS_FILTERS = (  # labels as literals for lupdate (context MainWindow), translated when shown
    ("semua", QT_TRANSLATE_NOOP("MainWindow", "Semua")),
    ("perlu_perbaikan", QT_TRANSLATE_NOOP("MainWindow", "Perlu perbaikan")),
    ("peringatan", QT_TRANSLATE_NOOP("MainWindow", "Ada peringatan")),
    ("siap_kirim", QT_TRANSLATE_NOOP("MainWindow", "Siap kirim")),
    ("terkirim", QT_TRANSLATE_NOOP("MainWindow", "Terkirim")),
    ("ditolak", QT_TRANSLATE_NOOP("MainWindow", "Ditolak")),
    ("terhapus", QT_TRANSLATE_NOOP("MainWindow", "Terhapus")),
)

_COLUMN_WIDTHS = {  # in average character widths of the current font
    RecordsModel.COL_STATUS: 14,
    RecordsModel.COL_NIK: 18,
    RecordsModel.COL_NAME: 22,
    RecordsModel.COL_SEX: 4,
    RecordsModel.COL_BIRTH: 11,
    RecordsModel.COL_ADDRESS: 20,
    RecordsModel.COL_RT: 4.5,
    RecordsModel.COL_RW: 4.5,
    RecordsModel.COL_DUSUN: 13,
    RecordsModel.COL_OCCUPATION: 16,
    RecordsModel.COL_PHONE: 14,
    RecordsModel.COL_ISSUES: 30,
}
_HIDDEN_BY_DEFAULT = (RecordsModel.COL_ADDRESS, RecordsModel.COL_PHONE)


class MainWindow(QMainWindow):
    records_shown = Signal(int)  # emitted after each reload with the number of matching records

    def __init__(self, app: App, runner: TaskRunner | None = None, events: AppEvents | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.app = app
        self.runner = runner or TaskRunner(parent=self)
        self.events = events or AppEvents(self)
        self._forms: list[QWidget] = []
        self._overview: QWidget | None = None
        self._overview_stale = False
        self._counts: dict[str, int] = {}
        self.model = RecordsModel(app.db, RecordFilter(desa_code=app.desa_code or None), self, load=False,
                                  runner=self.runner)
        self.model.ids_changed.connect(self._on_ids_changed)
        self.model.load_failed.connect(self._show_error)
        self._pending_select: str | None = None
        self._pending_row: int | None = None

        self.restore_requested: Path | None = None  # set by Berkas > Pulihkan dari cadangan...; run_gui restores

        self._build_actions()
        self._build_menus()
        self._install_feature_actions()
        self.backupActions = BackupActions(self, app, self.runner)
        self.backupActions.add_to_menu(self.fileMenu)
        self._build_central()
        self._build_status_bar()
        self.retranslate_ui()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.statusFilter, self.rtFilter, self.rwFilter, self.dusunFilter, self.occupationFilter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.events.changed.connect(self._on_changed)

        self.resize(1366, 768)
        self.apply_filters()
        self.refresh_side_data()

    # ------------------------------------------------------------ construction

    def _build_actions(self) -> None:
        def action(name: str, shortcut: QKeySequence | str | None, slot) -> QAction:  # noqa: ANN001
            act = QAction(self)
            act.setObjectName(name)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            return act

        self.newAction = action("newAction", QKeySequence.StandardKey.New, self.open_new_record)
        self.findAction = action("findAction", QKeySequence.StandardKey.Find, self.focus_search)
        self.editAction = action("editAction", None, self.edit_selected)
        self.deleteAction = action("deleteAction", None, self.delete_selected)
        self.restoreAction = action("restoreAction", None, self.restore_selected)
        self.historyAction = action("historyAction", "Ctrl+H", self.show_history)
        self.duplicatesAction = action("duplicatesAction", None, self.open_duplicates)
        self.quitAction = action("quitAction", quit_shortcut(), self.close)
        self.settingsAction = action("settingsAction", None, self.open_settings)
        self.languageGroup = QActionGroup(self)
        self.languageGroup.setExclusive(True)
        current = str(self.app.preference("language", "id") or "id")
        self.languageActions: dict[str, QAction] = {}
        for code in ("id", "en"):
            act = QAction(self)
            act.setObjectName(f"language_{code}")
            act.setCheckable(True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.languageGroup.addAction(act)
            self.languageActions[code] = act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.fileMenu = bar.addMenu("")
        self.fileMenu.addAction(self.quitAction)
        self.dataMenu = bar.addMenu("")
        self.dataMenu.addAction(self.newAction)  # a new record is data, not a file
        self.dataMenu.addSeparator()
        for act in (self.findAction, self.editAction, self.deleteAction, self.restoreAction, self.historyAction):
            self.dataMenu.addAction(act)
        self.dataMenu.addSeparator()
        self.dataMenu.addAction(self.duplicatesAction)
        self.settingsMenu = bar.addMenu("")
        self.settingsMenu.addAction(self.settingsAction)
        self.languageMenu = self.settingsMenu.addMenu("")
        self.languageMenu.setObjectName("languageMenu")
        for act in self.languageActions.values():
            self.languageMenu.addAction(act)

    def _install_feature_actions(self) -> None:
        """Menus of the spreadsheet and sync features (their own modules), village mode only."""
        self.featureActions: list[QAction] = []
        if not self.app.profile.is_desa:
            return
        for add in (add_spreadsheet_actions, add_sync_actions):
            self.featureActions += list(add(self, self.app, self.runner, self.events) or [])

    def _build_central(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 6, 8, 4)
        outer.setSpacing(4)

        self.headerLabel = QLabel(central)
        self.headerLabel.setObjectName("headerLabel")
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.headerLabel)

        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)

        # --- Data Pekerja tab
        self.recordsTab = QWidget()
        self.recordsTab.setObjectName("recordsTab")
        layout = QVBoxLayout(self.recordsTab)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.searchEdit = QLineEdit(self.recordsTab)
        self.searchEdit.setObjectName("searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumWidth(260)
        self.searchEdit.installEventFilter(self)
        filters.addWidget(self.searchEdit, 3)
        self.statusFilter = QComboBox(self.recordsTab)
        self.statusFilter.setObjectName("statusFilter")
        for code, _label in STATUS_FILTERS:
            self.statusFilter.addItem("", code)
        filters.addWidget(self.statusFilter, 1)

        def combo(name: str) -> QComboBox:
            box = QComboBox(self.recordsTab)
            box.setObjectName(name)
            box.addItem("", "")
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(box)
            return box

        self.rtFilter = combo("rtFilter")
        self.rwFilter = combo("rwFilter")
        self.dusunFilter = combo("dusunFilter")
        self.occupationFilter = combo("occupationFilter")
        for code, label in OCCUPATION_LABELS.items():
            self.occupationFilter.addItem(vocab(label), code)
        self.occupationFilter.setMaximumWidth(210)
        self.clearFiltersButton = QPushButton(self.recordsTab)
        self.clearFiltersButton.setObjectName("clearFiltersButton")
        self.clearFiltersButton.clicked.connect(self.clear_filters)
        filters.addWidget(self.clearFiltersButton)
        layout.addLayout(filters)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)

        def button(name: str, act: QAction, primary: bool = False) -> QPushButton:
            btn = QPushButton(self.recordsTab)
            btn.setObjectName(name)
            btn.clicked.connect(act.trigger)
            if primary:
                btn.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 14px; }")
            buttons.addWidget(btn)
            return btn

        self.newButton = button("newButton", self.newAction, primary=True)
        self.editButton = button("editButton", self.editAction)
        self.deleteButton = button("deleteButton", self.deleteAction)
        self.restoreButton = button("restoreButton", self.restoreAction)
        self.historyButton = button("historyButton", self.historyAction)
        buttons.addStretch(1)
        self.resultLabel = QLabel(self.recordsTab)
        self.resultLabel.setObjectName("resultLabel")
        buttons.addWidget(self.resultLabel)
        layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.recordsTab)
        self.splitter.setObjectName("recordsSplitter")
        self.recordsTable = QTableView(self.splitter)
        self.recordsTable.setObjectName("recordsTable")
        table = self.recordsTable
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        char = table.fontMetrics().averageCharWidth()
        for col, width in _COLUMN_WIDTHS.items():
            table.setColumnWidth(col, int(width * char) + 12)
        table.setColumnWidth(RecordsModel.COL_NIK, table.fontMetrics().horizontalAdvance("0" * 16) + 16)
        for col in _HIDDEN_BY_DEFAULT:
            table.setColumnHidden(col, True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)  # the model sorts in SQL; same order as loaded -> no requery
        table.activated.connect(self._on_activated)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._on_current_changed())
        self.model.modelReset.connect(self._on_current_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self.detailPanel = QFrame(self.splitter)
        self.detailPanel.setObjectName("detailPanel")
        self.detailPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.detailPanel.setMinimumWidth(250)
        dl = QVBoxLayout(self.detailPanel)
        dl.setContentsMargins(8, 8, 8, 8)
        self.detailTitle = QLabel(self.detailPanel)
        self.detailTitle.setObjectName("detailTitle")
        self.detailTitle.setWordWrap(True)
        self.detailTitle.setStyleSheet("font-size: 12pt; font-weight: bold;")
        dl.addWidget(self.detailTitle)
        self.detailText = QTextBrowser(self.detailPanel)
        self.detailText.setObjectName("detailText")
        self.detailText.setFrameShape(QFrame.Shape.NoFrame)
        self.detailText.setOpenLinks(False)
        dl.addWidget(self.detailText, 1)
        self.splitter.addWidget(self.recordsTable)
        self.splitter.addWidget(self.detailPanel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1050, 300])
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        self.tabs.addTab(self.recordsTab, "")

        # --- Ringkasan tab
        self._overview = OverviewWidget(self.app, self.runner, self.tabs)
        self._overview.setObjectName(self._overview.objectName() or "overviewTab")
        self.tabs.addTab(self._overview, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.countsLabel = QLabel(bar)
        self.countsLabel.setObjectName("countsLabel")
        bar.addWidget(self.countsLabel, 1)
        self.operatorLabel = QLabel(bar)
        self.operatorLabel.setObjectName("operatorLabel")
        bar.addPermanentWidget(self.operatorLabel)

    # ------------------------------------------------------------ text

    def retranslate_ui(self) -> None:
        profile = self.app.profile
        mode = self.tr("Mode Desa/Kelurahan") if profile.is_desa else self.tr("Mode Kabupaten")
        name, _, rest = profile.region_name.partition(", ")
        self.setWindowTitle(self.tr("SIPERA - {name} ({mode})").format(name=name, mode=mode))
        self.headerLabel.setText(
            f"<span style='font-size:13pt; font-weight:600'>{html.escape(name)}</span>"
            f"&nbsp;&nbsp;<span style='color:#555'>{html.escape(rest)}"
            f"&nbsp;&nbsp;·&nbsp;&nbsp;{html.escape(mode)}&nbsp;&nbsp;·&nbsp;&nbsp;{html.escape(profile.region_code)}</span>"
        )
        self.fileMenu.setTitle(self.tr("&Berkas"))
        self.dataMenu.setTitle(self.tr("&Data"))
        self.settingsMenu.setTitle(self.tr("&Pengaturan"))
        self.languageMenu.setTitle(self.tr("Bahasa"))
        self.languageActions["id"].setText("Bahasa Indonesia")
        self.languageActions["en"].setText("English")
        self.newAction.setText(self.tr("Data &Baru"))
        self.newAction.setToolTip(self.tr("Tambah data pekerja baru (Ctrl+N)"))
        self.findAction.setText(self.tr("&Cari"))
        self.editAction.setText(self.tr("&Ubah"))
        self.deleteAction.setText(self.tr("&Hapus..."))
        self.restoreAction.setText(self.tr("&Pulihkan"))
        self.historyAction.setText(self.tr("&Riwayat"))
        self.duplicatesAction.setText(self.tr("Cari data &ganda..."))
        self.duplicatesAction.setToolTip(self.tr("Periksa pasangan data yang mungkin orang yang sama dan putuskan"))
        self.quitAction.setText(self.tr("&Keluar"))
        self.backupActions.retranslate()
        if self.settingsAction is not None:
            self.settingsAction.setText(self.tr("Pengaturan..."))
        self.searchEdit.setPlaceholderText(self.tr("Cari NIK, nama, atau alamat... (Ctrl+F)"))
        self.searchEdit.setToolTip(self.tr("Ketik sebagian NIK, nama, alamat atau nomor HP"))
        for i, (_code, label) in enumerate(STATUS_FILTERS):
            self.statusFilter.setItemText(i, self._status_item_text(i, label))
        self.statusFilter.setToolTip(self.tr("Tampilkan data menurut status"))
        self.rtFilter.setItemText(0, self.tr("Semua RT"))
        self.rwFilter.setItemText(0, self.tr("Semua RW"))
        self.dusunFilter.setItemText(0, self.tr("Semua dusun"))
        self.occupationFilter.setItemText(0, self.tr("Semua pekerjaan"))
        for i in range(1, self.occupationFilter.count()):
            code = self.occupationFilter.itemData(i)
            self.occupationFilter.setItemText(i, vocab(OCCUPATION_LABELS.get(code, code)))
        self.clearFiltersButton.setText(self.tr("Hapus filter"))
        self.newButton.setText(self.tr("+ Data Baru"))
        self.newButton.setToolTip(self.newAction.toolTip())
        self.editButton.setText(self.tr("Ubah"))
        self.editButton.setToolTip(self.tr("Buka data terpilih (Enter atau klik dua kali)"))
        self.deleteButton.setText(self.tr("Hapus..."))
        self.restoreButton.setText(self.tr("Pulihkan"))
        self.historyButton.setText(self.tr("Riwayat"))
        self.tabs.setTabText(self.tabs.indexOf(self.recordsTab), self.tr("Data Pekerja"))
        if self._overview is not None:
            self.tabs.setTabText(self.tabs.indexOf(self._overview), self.tr("Ringkasan"))
        self.operatorLabel.setText(self.tr("Operator: {name}").format(name=self.app.operator or "-"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._show_counts(self._counts)
        self._update_result_label()
        self._on_current_changed()

    def _status_item_text(self, index: int, label: str) -> str:
        code = STATUS_FILTERS[index][0]
        text = QCoreApplication.translate("MainWindow", label)
        if code == "semua":
            n = sum(v for k, v in self._counts.items() if k not in ("terhapus", "peringatan"))
        else:
            n = self._counts.get(code)
        return f"{text} ({fmt_number(n)})" if self._counts and n is not None else text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ filters and search

    def current_filter(self) -> RecordFilter:
        return RecordFilter(
            desa_code=self.app.desa_code or None,
            status=self.statusFilter.currentData() or "semua",
            search=self.searchEdit.text().strip(),
            rt=self.rtFilter.currentData() or "",
            rw=self.rwFilter.currentData() or "",
            dusun=self.dusunFilter.currentData() or "",
            occupation=self.occupationFilter.currentData() or "",
        )

    def apply_filters(self, *, keep_loaded: bool = False, force: bool = False) -> None:
        """Show the records of the current filter (search-as-you-type lands here, debounced)."""
        if hasattr(self, "_search_timer"):
            self._search_timer.stop()
        if self._pending_select is None:
            self._pending_select = self.selected_id()
        try:
            self.model.reload(self.current_filter(), keep_loaded=keep_loaded, force=force)
        except Exception as exc:  # noqa: BLE001 - a storage problem is shown, the window stays
            Ask.error(self, error_text(exc))

    def _on_ids_changed(self, complete: bool) -> None:
        self._update_result_label()
        pending, row = self._pending_select, self._pending_row
        if pending and self.model.contains(pending):
            self.select_record(pending)
            self._pending_select = self._pending_row = None
        elif complete:
            self._pending_select = self._pending_row = None
            if row is not None and self.model.rowCount():
                self._select_row(min(row, self.model.rowCount() - 1))
            else:
                self._on_current_changed()
        if complete:
            self.records_shown.emit(self.model.total())

    def set_search(self, text: str) -> None:
        self.searchEdit.setText(text)
        self.apply_filters()

    def set_status_filter(self, code: str) -> None:
        set_combo_data(self.statusFilter, code)
        self.apply_filters()

    def clear_filters(self) -> None:
        for box in (self.statusFilter, self.rtFilter, self.rwFilter, self.dusunFilter, self.occupationFilter):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.searchEdit.blockSignals(True)
        self.searchEdit.clear()
        self.searchEdit.blockSignals(False)
        self.apply_filters()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.recordsTab)
        self.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.searchEdit.selectAll()

    def eventFilter(self, obj: Any, event: QEvent) -> bool:  # noqa: N802
        if obj is self.searchEdit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_timer.isActive():
                    self.apply_filters()
                if self.model.rowCount():
                    self.recordsTable.setFocus()
                    if not self.recordsTable.currentIndex().isValid():
                        self._select_row(0)
                return True
            if key == Qt.Key.Key_Escape and self.searchEdit.text():
                self.searchEdit.clear()
                return True
        return super().eventFilter(obj, event)

    def _update_result_label(self) -> None:
        n = fmt_number(self.model.total())
        if self.model.complete:
            self.resultLabel.setText(self.tr("{n} data").format(n=n))
        else:
            self.resultLabel.setText(self.tr("{n}+ data, memuat...").format(n=n))

    # ------------------------------------------------------------ side data (counts, filter values)

    def refresh_side_data(self) -> None:
        """Counts for the status bar and values for the RT/RW/dusun filters, off the GUI thread."""
        app = self.app

        def work(_progress: Any) -> tuple[dict[str, int], dict[str, list[str]]]:
            return listing.filter_choices(app)

        self.runner.run(work, on_done=self._side_data_ready, on_error=lambda exc: None)

    def _side_data_ready(self, result: tuple[dict[str, int], dict[str, list[str]]]) -> None:
        counts, values = result
        self._show_counts(counts)
        for column, box in (("rt", self.rtFilter), ("rw", self.rwFilter), ("dusun", self.dusunFilter)):
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in values.get(column, []):
                box.addItem(value, value)
            set_combo_data(box, current)
            box.blockSignals(False)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        if not counts:
            self.countsLabel.setText("")
            return
        active = sum(v for k, v in counts.items() if k not in ("terhapus", "peringatan"))
        parts = [
            (self.tr("Aktif"), active, None),
            (self.tr("Perlu perbaikan"), counts.get("perlu_perbaikan", 0), "perlu_perbaikan"),
            (self.tr("Peringatan"), counts.get("peringatan", 0), "peringatan"),
            (self.tr("Siap kirim"), counts.get("siap_kirim", 0), "siap_kirim"),
            (self.tr("Terkirim"), counts.get("terkirim", 0), "terkirim"),
            (self.tr("Ditolak"), counts.get("ditolak", 0), "ditolak"),
            (self.tr("Terhapus"), counts.get("terhapus", 0), "terhapus"),
        ]
        html_parts = []
        for label, n, key in parts:
            color = STATUS_COLORS.get(key or "", "#222") if n else "#777"
            html_parts.append(f"{html.escape(label)}: <b style='color:{color}'>{fmt_number(n)}</b>")
        self.countsLabel.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(html_parts))
        for i, (_code, label) in enumerate(STATUS_FILTERS):
            self.statusFilter.setItemText(i, self._status_item_text(i, label))

    # ------------------------------------------------------------ selection and detail

    def selected_id(self) -> str | None:
        index = self.recordsTable.currentIndex() if hasattr(self, "recordsTable") else QModelIndex()
        if not index.isValid():
            return None
        return self.model.person_id(index.row())

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, RecordsModel.COL_NAME)
        self.recordsTable.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.recordsTable.scrollTo(index)

    def _select(self, person_id: str | None) -> None:
        if person_id:
            row = self.model.row_of(person_id)
            if row >= 0:
                self._select_row(row)
                return
        self._on_current_changed()

    def select_record(self, person_id: str) -> bool:
        row = self.model.row_of(person_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def _on_current_changed(self) -> None:
        if not hasattr(self, "detailText"):
            return
        pid = self.selected_id()
        person = records.get(self.app, pid) if pid else None
        deleted = bool(person and person.deleted)
        has = person is not None
        for act, btn, enabled in (
            (self.editAction, self.editButton, has and not deleted),
            (self.deleteAction, self.deleteButton, has and not deleted),
            (self.restoreAction, self.restoreButton, deleted),
            (self.historyAction, self.historyButton, has),
        ):
            act.setEnabled(enabled)
            btn.setEnabled(enabled)
        self.restoreButton.setVisible(deleted or self.statusFilter.currentData() == "terhapus")
        if person is None:
            self.detailTitle.setText(self.tr("Belum ada data dipilih"))
            self.detailText.setHtml(
                "<p style='color:#555'>"
                + html.escape(self.tr("Pilih satu baris untuk melihat rinciannya, atau tekan Ctrl+N untuk "
                                      "menambah data baru."))
                + "</p>"
            )
            return
        self.detailTitle.setText(person.full_name or self.tr("(tanpa nama)"))
        self.detailText.setHtml(self._detail_html(person, records.issues_of(self.app, person.id)))

    def _detail_html(self, p: Person, issues: list) -> str:  # noqa: ANN001
        e = html.escape
        out: list[str] = []
        if p.deleted:
            out.append(
                f"<p style='color:{STATUS_COLORS['terhapus']}'><b>{e(self.tr('Dihapus'))}</b> "
                f"{e(fmt_datetime(p.deleted_at))}: {e(p.delete_reason)}</p>"
            )
        if issues:
            out.append("<ul style='margin-left:-20px'>")
            for issue in issues:
                color = STATUS_COLORS["perlu_perbaikan"] if issue.severity is Severity.ERROR else "#a15c00"
                mark = "\u2716" if issue.severity is Severity.ERROR else "\u26a0"
                out.append(f"<li style='color:{color}'>{mark} {e(issue_text(issue))}</li>")
            out.append("</ul>")
        elif not p.deleted:
            out.append(f"<p style='color:{STATUS_COLORS['siap_kirim']}'>\u2714 {e(self.tr('Tidak ada masalah'))}</p>")

        def occ() -> str:
            label = vocab(OCCUPATION_LABELS.get(p.occupation, p.occupation))
            return f"{label}: {p.occupation_other}" if p.occupation == "lainnya" and p.occupation_other else label

        rt_rw = "/".join(x for x in (p.rt, p.rw) if x)
        address = ", ".join(x for x in (p.address, f"RT/RW {rt_rw}" if rt_rw else "", p.dusun) if x)
        coverage = " - ".join(fmt_date(d) for d in (p.coverage_start, p.coverage_end) if d)
        sex = {"L": self.tr("Laki-laki"), "P": self.tr("Perempuan")}.get(p.sex, p.sex)
        rows = [
            (self.tr("NIK"), p.nik),
            (self.tr("No. KK"), p.kk_number),
            (self.tr("Gelar"), p.name_title),
            (self.tr("Tempat, tgl. lahir"), ", ".join(x for x in (p.birth_place, fmt_date(p.birth_date)) if x)),
            (self.tr("Jenis kelamin"), sex),
            (self.tr("Alamat"), address),
            (self.tr("No. HP"), p.phone),
            (self.tr("Pekerjaan"), occ()),
            (self.tr("Penghasilan"), fmt_money(p.income) if p.income is not None else ""),
            (self.tr("Program"), vocab(PROGRAMME_LABELS.get(p.programme, p.programme))),
            (self.tr("Sumber dana"), vocab(FUNDING_LABELS.get(p.funding_source, p.funding_source))),
            (self.tr("Kepesertaan"), coverage),
            (self.tr("Sumber data"), vocab(DATA_SOURCE_LABELS.get(p.data_source, p.data_source))),
            (self.tr("Desil"), str(p.desil) if p.desil else ""),
            (self.tr("Catatan"), p.notes),
        ]
        district = [
            (self.tr("Verifikasi"), {"diterima": self.tr("Diterima"), "ditolak": self.tr("Ditolak")}.get(
                p.verification_status, "") + (f" ({p.verification_reason})" if p.verification_reason else "")),
            (self.tr("Dukcapil"), {"padan": self.tr("Padan"), "tidak_padan": self.tr("Tidak padan")}.get(
                p.dukcapil_match, "")),
            (self.tr("BPJS"), {"terdaftar": self.tr("Terdaftar"), "ditolak": self.tr("Ditolak")}.get(
                p.bpjs_status, "") + (f" ({p.bpjs_reason})" if p.bpjs_reason else "")),
            (self.tr("No. KPJ"), p.kpj_number),
        ]
        out.append("<table cellspacing='0' cellpadding='2'>")
        for label, value in rows + [r for r in district if r[1]]:
            if value:
                out.append(f"<tr><td style='color:#555; padding-right:8px' valign='top'>{e(label)}</td>"
                           f"<td>{e(str(value))}</td></tr>")
        out.append("</table>")
        stamp = self.tr("Diubah {when} oleh {who}").format(when=fmt_datetime(p.updated_at), who=p.updated_by or "-")
        out.append(f"<p style='color:#777; font-size:9pt'>{e(stamp)}</p>")
        return "".join(out)

    # ------------------------------------------------------------ actions

    def _on_activated(self, index: QModelIndex) -> None:
        pid = self.model.person_id(index.row())
        if pid:
            self.open_record(pid)

    def edit_selected(self) -> None:
        pid = self.selected_id()
        if pid:
            self.open_record(pid)

    def _form(self, person_id: str | None) -> QWidget:
        from desktop_app.ui.records.record_form import RecordForm

        form = RecordForm(self.app, person_id=person_id, parent=self)
        form.saved.connect(self._on_form_saved)
        form.finished.connect(lambda _r, f=form: self._forget_form(f))
        self._forms.append(form)
        form.open()
        return form

    def _forget_form(self, form: QWidget) -> None:
        if form in self._forms:
            self._forms.remove(form)
        form.deleteLater()

    def open_new_record(self) -> QWidget:
        """Open an empty record form (Ctrl+N); returns it (tests drive it)."""
        return self._form(None)

    def open_record(self, person_id: str) -> QWidget | None:
        person = records.get(self.app, person_id)
        if person is None:
            return None
        if person.deleted:
            Ask.info(self, self.tr("Data ini sudah dihapus. Pulihkan dulu sebelum mengubahnya."))
            return None
        return self._form(person_id)

    def _on_form_saved(self, result: Any) -> None:
        self._pending_select = result.person.id
        self.events.emit(Changes(records=True))

    def delete_selected(self) -> None:
        from desktop_app.ui.records.record_dialogs import DeleteDialog

        pid = self.selected_id()
        person = records.get(self.app, pid) if pid else None
        if person is None or person.deleted:
            return
        answer = DeleteDialog.ask(self, person)
        if not answer:
            return
        reason, note = answer
        row = self.recordsTable.currentIndex().row()
        app = self.app

        def done(_result: Any) -> None:
            self._pending_row = row
            self.statusBar().showMessage(self.tr("Data {name} dihapus.").format(name=person.full_name), 5000)
            self.events.emit(Changes(records=True))

        self.runner.run(lambda _p: records.delete(app, person.id, reason, note=note), on_done=done,
                        on_error=self._show_error, parent=self)

    def restore_selected(self) -> None:
        pid = self.selected_id()
        person = records.get(self.app, pid) if pid else None
        if person is None or not person.deleted:
            return
        app = self.app

        def done(result: Any) -> None:
            self._pending_select = result.person.id
            self.statusBar().showMessage(self.tr("Data {name} dipulihkan.").format(name=person.full_name), 5000)
            self.events.emit(Changes(records=True))

        self.runner.run(lambda _p: records.restore(app, person.id), on_done=done, on_error=self._show_error,
                        parent=self)

    def show_history(self) -> QWidget | None:
        from desktop_app.ui.records.record_dialogs import HistoryDialog

        pid = self.selected_id()
        if not pid:
            return None
        person = records.get(self.app, pid)
        dialog = HistoryDialog(self.app, pid, person.full_name if person else "", self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_duplicates(self) -> QWidget:
        """Data > Cari data ganda...: the scan and review dialog (a scan starts at once)."""
        from desktop_app.ui.duplicates.review import open_duplicates

        return open_duplicates(self, self.app, self.runner, self.events)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.app, self)
        if dialog.exec():
            self.events.emit(Changes(settings=True, records=True))
            self.retranslate_ui()

    def set_language(self, code: str) -> None:
        try:
            save_language(self.app, code)
        except Exception as exc:  # noqa: BLE001
            Ask.error(self, error_text(exc))
            return
        install_translators(QApplication.instance(), code)
        self.retranslate_ui()

    def _show_error(self, exc: BaseException) -> None:
        Ask.error(self, error_text(exc))

    # ------------------------------------------------------------ change broadcast

    def _on_changed(self, changes: Changes) -> None:
        if changes.records or changes.settings:
            self.apply_filters(keep_loaded=True, force=True)
            self.model.refresh()
            self._on_current_changed()
            self.refresh_side_data()
            if self._overview is not None:
                if self.tabs.currentWidget() is self._overview:
                    self._reload_overview()
                else:
                    self._overview_stale = True

    def _on_tab_changed(self, _index: int) -> None:
        if self._overview is not None and self.tabs.currentWidget() is self._overview and self._overview_stale:
            self._reload_overview()

    def _reload_overview(self) -> None:
        self._overview_stale = False
        reload = getattr(self._overview, "reload", None)
        if reload is not None:
            reload()

    def _header_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for col in range(self.model.columnCount()):
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            act = menu.addAction(title)
            act.setCheckable(True)
            act.setChecked(not self.recordsTable.isColumnHidden(col))
            act.setEnabled(col != RecordsModel.COL_NAME)
            act.toggled.connect(lambda on, c=col: self.recordsTable.setColumnHidden(c, not on))
        menu.exec(self.recordsTable.horizontalHeader().mapToGlobal(pos))

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for form in list(self._forms):
            if form.isVisible() and not form.close():
                event.ignore()
                return
        self.runner.wait()
        super().closeEvent(event)

