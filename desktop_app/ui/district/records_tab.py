"""Semua data: every record of every village (the village table model with a desa and a
verification column), filters by kecamatan, desa, status, issue, verification and case, search
as you type, counts by person, and verification of the selected records."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.person import STATUS_LABELS, VERIFICATION_LABELS
from desktop_app.services.district import verification, villages
from desktop_app.services.records.listing import RecordFilter
from desktop_app.ui.common.dialogs import error_message, run_work
from desktop_app.ui.common.widgets import Ask, fmt_number, make_button, vocab
from desktop_app.ui.records.records_model import RecordsModel


class DistrictRecordsModel(RecordsModel):
    """The records table with two more columns: the village and the district's verification."""

    COL_DESA, COL_VERIFICATION = 12, 13
    _HEADERS = (*RecordsModel._HEADERS, QT_TRANSLATE_NOOP("RecordsModel", "Desa"),
                QT_TRANSLATE_NOOP("RecordsModel", "Verifikasi"))
    SORT_KEYS = (*RecordsModel.SORT_KEYS, "desa_code", "verification_status")
    _FIELDS = (*RecordsModel._FIELDS, "desa_code", "verification_status")

    def _display(self, rec: dict[str, Any], col: int) -> str:
        if col == self.COL_DESA:
            code = rec.get("desa_code") or ""
            return f"{villages.desa_name(code)} ({code})" if code else ""
        if col == self.COL_VERIFICATION:
            status = rec.get("verification_status") or "belum"
            text = vocab(VERIFICATION_LABELS.get(status, status))
            reason = rec.get("verification_reason") or ""
            return f"{text}: {reason}" if reason else text
        return super()._display(rec, col)


STATUS_CHOICES = ("semua", "perlu_perbaikan", "peringatan", "diterima", "diverifikasi", "ditolak", "terhapus")
ISSUE_CHOICES = (
    ("nik.other_village", QT_TRANSLATE_NOOP("AllRecordsTab", "NIK di desa lain (kasus)")),
    ("dup.similar", QT_TRANSLATE_NOOP("AllRecordsTab", "Kemungkinan ganda")),
    ("age.window", QT_TRANSLATE_NOOP("AllRecordsTab", "Umur di luar batas")),
    ("nik.region_unknown", QT_TRANSLATE_NOOP("AllRecordsTab", "Kode wilayah NIK tidak dikenal")),
    ("phone.format", QT_TRANSLATE_NOOP("AllRecordsTab", "Nomor HP tidak sah")),
    ("funding.dbhcht_sector", QT_TRANSLATE_NOOP("AllRecordsTab", "DBHCHT bukan sektor tembakau")),
)


class AllRecordsTab(QWidget):
    """Every record of the kabupaten."""

    changed = Signal()

    def __init__(self, app: Any, runner: Any, parent: QWidget | None = None, *, background: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("allRecordsTab")
        self.app, self.runner = app, runner
        outer = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.searchEdit = QLineEdit(self)
        self.searchEdit.setObjectName("searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.kecamatanCombo = self._combo("kecamatanCombo")
        self.desaCombo = self._combo("desaCombo")
        self.statusCombo = self._combo("statusCombo")
        self.verificationCombo = self._combo("verificationCombo")
        self.issueCombo = self._combo("issueCombo")
        filters.addWidget(self.searchEdit, 2)
        for combo in (self.kecamatanCombo, self.desaCombo, self.statusCombo, self.verificationCombo, self.issueCombo):
            filters.addWidget(combo, 1)
        outer.addLayout(filters)
        actions = QHBoxLayout()
        self.acceptButton = make_button(self, "verifyAcceptButton", lambda _c=False: self.verify_selected("diterima"))
        self.rejectButton = make_button(self, "verifyRejectButton", lambda _c=False: self.verify_selected("ditolak"))
        self.fixButton = make_button(self, "verifyFixButton", lambda _c=False: self.verify_selected("perbaikan"))
        for b in (self.acceptButton, self.rejectButton, self.fixButton):
            actions.addWidget(b)
        actions.addStretch(1)
        self.countsLabel = QLabel(self)
        self.countsLabel.setObjectName("countsLabel")
        actions.addWidget(self.countsLabel)
        outer.addLayout(actions)
        self.model = DistrictRecordsModel(app, RecordFilter(), self, runner=runner if background else None,
                                          load=False)
        self.recordsTable = QTableView(self)
        self.recordsTable.setObjectName("recordsTable")
        self.recordsTable.setModel(self.model)
        self.recordsTable.setSortingEnabled(True)
        self.recordsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.recordsTable.verticalHeader().setDefaultSectionSize(22)
        self.recordsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.recordsTable.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 130), (1, 140), (2, 190), (3, 40), (4, 90), (5, 180), (6, 40), (7, 40), (8, 90),
                           (9, 110), (10, 110), (11, 170), (12, 170)):
            self.recordsTable.setColumnWidth(col, width)
        outer.addWidget(self.recordsTable, 1)
        self.model.ids_changed.connect(lambda _complete: self._update_counts())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filters)
        self.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        self.kecamatanCombo.currentIndexChanged.connect(self._kecamatan_changed)
        for combo in (self.desaCombo, self.statusCombo, self.verificationCombo, self.issueCombo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.recordsTable.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._filling = False
        # (filter without the search text, records, persons): the counts do not depend on the
        # search, and reading them again took most of each keystroke at 100,000 records
        self._counts: tuple[RecordFilter, int, int] | None = None
        self._active = False  # the region lists are read when the tab is first shown, not at start-up
        self.retranslate_ui()
        self._update_buttons()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def retranslate_ui(self) -> None:
        self._filling = True
        try:
            self.searchEdit.setPlaceholderText(self.tr("Cari NIK, nama, alamat... (Ctrl+F)"))
            kecamatan = villages.kecamatan_choices(self.app) if self._active else []
            self._set_items(self.kecamatanCombo, [("", self.tr("Semua kecamatan"))] + kecamatan)
            self._fill_desa()
            labels = {"semua": self.tr("Semua status"), "peringatan": self.tr("Ada peringatan")}
            self._set_items(self.statusCombo, [(s, labels.get(s) or vocab(STATUS_LABELS.get(s, s)))
                                               for s in STATUS_CHOICES])
            self._set_items(self.verificationCombo, [("", self.tr("Semua verifikasi"))]
                            + [(k, vocab(v)) for k, v in VERIFICATION_LABELS.items()])
            self._set_items(self.issueCombo, [("", self.tr("Semua masalah"))]
                            + [(code, QCoreApplication.translate("AllRecordsTab", label)) for code, label in ISSUE_CHOICES])
        finally:
            self._filling = False
        self.acceptButton.setText(self.tr("Terima"))
        self.rejectButton.setText(self.tr("Tolak..."))
        self.fixButton.setText(self.tr("Perlu Perbaikan..."))
        self.acceptButton.setToolTip(self.tr("Verifikasi: data yang dipilih diterima"))
        self._update_counts()

    @staticmethod
    def _set_items(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_desa(self) -> None:
        kec = self.kecamatanCombo.currentData() or ""
        rows = [v for v in self._villages() if not kec or v[0].startswith(kec + ".")] if self._active else []
        self._set_items(self.desaCombo, [("", self.tr("Semua desa/kelurahan"))] + [(c, f"{n} ({c})") for c, n in rows])

    def _villages(self) -> list[tuple[str, str]]:
        if not hasattr(self, "_village_list"):
            from desktop_app.core import regions

            self._village_list = [(d.code, d.name) for k in regions.kecamatan_of(self.app.profile.region_code)
                                  for d in regions.desa_of(k.code)]
        return self._village_list

    def _kecamatan_changed(self) -> None:
        self._fill_desa()
        self.apply_filters()

    # ------------------------------------------------------------------ filter and counts

    def record_filter(self) -> RecordFilter:
        extra = {k: v for k, v in (("kecamatan", self.kecamatanCombo.currentData() or ""),
                                   ("verification", self.verificationCombo.currentData() or ""),
                                   ("issue", self.issueCombo.currentData() or "")) if v}
        return RecordFilter(desa_code=self.desaCombo.currentData() or None,
                            status=self.statusCombo.currentData() or "semua", search=self.searchEdit.text(),
                            extra=extra)

    def apply_filters(self) -> None:
        if self._filling:
            return
        self.model.reload(self.record_filter())

    def reload(self) -> None:
        self._counts = None  # records may have changed
        if not self._active:
            self._active = True
            self.retranslate_ui()
        self.model.reload(self.record_filter(), force=True)

    def _update_counts(self) -> None:
        if not self._active:
            return
        flt = replace(self.record_filter(), search="")
        if self._counts is not None and self._counts[0] == flt:
            records, persons = self._counts[1:]  # typing in the search box: the counts stay
        else:
            try:
                records, persons = villages.person_counts(self.app, flt)
            except Exception:  # noqa: BLE001 - counts never stop the table
                return
            self._counts = (flt, records, persons)
        shown = self.model.total()
        self.countsLabel.setText(self.tr("{shown} ditampilkan \u00b7 {records} data \u00b7 {persons} orang (NIK)").format(
            shown=fmt_number(shown), records=fmt_number(records), persons=fmt_number(persons)))

    # ------------------------------------------------------------------ verification

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.recordsTable.selectionModel().selectedRows()})
        return [pid for pid in (self.model.person_id(r) for r in rows) if pid]

    def _update_buttons(self) -> None:
        has = bool(self.selected_ids())
        for b in (self.acceptButton, self.rejectButton, self.fixButton):
            b.setEnabled(has)

    def ask_reason(self, status: str) -> str | None:
        title = self.tr("Alasan ditolak") if status == "ditolak" else self.tr("Yang perlu diperbaiki")
        # the reasons travel to the village as they are written: the list stays in Indonesian
        items = list(verification.REJECT_REASONS) if status == "ditolak" else []
        text, ok = QInputDialog.getItem(self, title, self.tr("Pilih dari daftar atau tulis sendiri:"), items, 0, True)
        return text.strip() if ok and text.strip() else None

    def verify_selected(self, status: str, reason: str | None = None) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if status != "diterima" and reason is None:
            reason = self.ask_reason(status)
            if reason is None:
                return
        app = self.app
        run_work(self.runner, lambda _p: verification.verify(app, ids, status, reason=reason or ""), self._verified,
                 lambda exc: Ask.error(self, error_message(exc), self.tr("Verifikasi tidak disimpan")), None, self)

    def _verified(self, result: Any) -> None:
        self._counts = None
        self.model.refresh()
        self._update_counts()
        self.changed.emit()
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("{n} data diubah status verifikasinya.").format(
                n=len(result.changed)), 6000)

    def focus_search(self) -> None:
        self.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.searchEdit.selectAll()
