"""Data > Cari data ganda...: scan the records for probable duplicates, review each pair side by
side and decide.

The scan runs off the GUI thread with its progress shown in the dialog (and a Batal button). The
pairs come best first, each once, with their reasons in plain words. The review shows both records
field by field, what agrees (green), what is alike (yellow) and what differs (red), each record's
history, and the buttons *Sama orang* (keep the left or the right one; the other becomes a
tombstone with reason duplikat), *Bukan orang yang sama* (not proposed again), *Nanti*, and
*Batalkan keputusan terakhir*. In Mode Kabupaten the pairs are shown (across villages, with their
desa) but not decided here: *Buat kasus* opens a review case for the pair (decided in the Kasus
tab, the outcome goes to the villages in feedback).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.person import Person
from desktop_app.services.app import App
from desktop_app.services.district import cases as case_service
from desktop_app.services.duplicates import decisions, review
from desktop_app.services.duplicates import scan as scanning
from desktop_app.ui.common.errors import error_text
from desktop_app.ui.common.events import AppEvents, Changes
from desktop_app.ui.common.tasks import TaskRunner
from desktop_app.ui.common.widgets import (
    STRETCH,
    Ask,
    button_row,
    fmt_date,
    fmt_datetime,
    fmt_number,
    make_button,
)
from desktop_app.ui.duplicates.labels import WEAKENING, reason_label
from desktop_app.ui.records.record_dialogs import _ACTIONS, FIELD_LABELS, _value_text

COLORS = {"same": "#d9f2d9", "similar": "#fff1c2", "different": "#f9d6d2", "missing": ""}

# rows of the side-by-side comparison: (field, label)
ROWS: tuple[tuple[str, str], ...] = (
    ("nik", QT_TRANSLATE_NOOP("DuplicatesDialog", "NIK")),
    ("full_name", QT_TRANSLATE_NOOP("DuplicatesDialog", "Nama")),
    ("birth_date", QT_TRANSLATE_NOOP("DuplicatesDialog", "Tanggal lahir")),
    ("sex", QT_TRANSLATE_NOOP("DuplicatesDialog", "Jenis kelamin")),
    ("kk_number", QT_TRANSLATE_NOOP("DuplicatesDialog", "No. KK")),
    ("phone", QT_TRANSLATE_NOOP("DuplicatesDialog", "No. HP")),
    ("rt", QT_TRANSLATE_NOOP("DuplicatesDialog", "RT")),
    ("rw", QT_TRANSLATE_NOOP("DuplicatesDialog", "RW")),
    ("dusun", QT_TRANSLATE_NOOP("DuplicatesDialog", "Dusun")),
    ("desa_code", QT_TRANSLATE_NOOP("DuplicatesDialog", "Kode desa")),
    ("birth_place", QT_TRANSLATE_NOOP("DuplicatesDialog", "Tempat lahir")),
    ("address", QT_TRANSLATE_NOOP("DuplicatesDialog", "Alamat")),
    ("updated_at", QT_TRANSLATE_NOOP("DuplicatesDialog", "Terakhir diubah")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("DuplicatesDialog", text)


def _value(p: Person, field: str) -> str:
    value = getattr(p, field)
    if field == "birth_date":
        return fmt_date(value)
    if field == "updated_at":
        return fmt_datetime(value) + (f" ({p.updated_by})" if p.updated_by else "")
    if field == "sex":
        return {"L": QCoreApplication.translate("DuplicatesDialog", "Laki-laki"),
                "P": QCoreApplication.translate("DuplicatesDialog", "Perempuan")}.get(value or "", value or "")
    if field == "full_name" and p.name_title:
        return f"{value} ({p.name_title})"
    return "" if value is None else str(value)


class DuplicatesDialog(QDialog):
    """Scan and review. ``scan()`` starts a scan; ``pairs`` holds the result shown."""

    caseOpened = Signal(int)  # district: a review case was opened (or shown again) for a pair

    def __init__(self, app: App, runner: TaskRunner | None = None, events: AppEvents | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.app = app
        self.runner = runner or TaskRunner(parent=self)
        self.events = events
        self.pairs: list[scanning.Pair] = []
        self.result: scanning.ScanResult | None = None
        self.detail: review.PairDetail | None = None
        self._task: Any = None
        self._scanning = False
        self._build()
        self.retranslate_ui()
        self.resize(1300, 720)

    # ------------------------------------------------------------ construction

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        top = QHBoxLayout()
        self.scanButton = make_button(self, "scanButton", self.scan)
        self.cancelScanButton = make_button(self, "cancelScanButton", self.cancel_scan, auto_default=False)
        self.cancelScanButton.setEnabled(False)
        self.scanProgress = QProgressBar(self)
        self.scanProgress.setObjectName("scanProgress")
        self.scanProgress.setRange(0, 100)
        self.scanProgress.setValue(0)
        self.scanProgress.setMaximumWidth(260)
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setObjectName("summaryLabel")
        self.summaryLabel.setWordWrap(True)
        top.addWidget(self.scanButton)
        top.addWidget(self.cancelScanButton)
        top.addWidget(self.scanProgress)
        top.addWidget(self.summaryLabel, 1)
        outer.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("duplicatesSplitter")
        self.pairsTable = QTableWidget(0, 5, self.splitter)
        self.pairsTable.setObjectName("pairsTable")
        table = self.pairsTable
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.setColumnWidth(0, 70)
        table.setColumnWidth(1, 250)
        table.setColumnWidth(2, 250)
        table.setColumnWidth(3, 90)
        table.itemSelectionChanged.connect(self._on_pair_selected)

        panel = QWidget(self.splitter)
        panel.setObjectName("reviewPanel")
        pl = QVBoxLayout(panel)
        pl.setContentsMargins(0, 6, 0, 0)
        self.pairTitle = QLabel(panel)
        self.pairTitle.setObjectName("pairTitle")
        self.pairTitle.setStyleSheet("font-size: 11pt; font-weight: 600;")
        pl.addWidget(self.pairTitle)
        self.reasonsLabel = QLabel(panel)
        self.reasonsLabel.setObjectName("reasonsLabel")
        self.reasonsLabel.setWordWrap(True)
        self.reasonsLabel.setTextFormat(Qt.TextFormat.RichText)
        pl.addWidget(self.reasonsLabel)
        middle = QHBoxLayout()
        self.compareTable = QTableWidget(len(ROWS), 3, panel)
        self.compareTable.setObjectName("compareTable")
        self.compareTable.verticalHeader().setVisible(False)
        self.compareTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compareTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compareTable.horizontalHeader().setStretchLastSection(True)
        self.compareTable.setColumnWidth(0, 120)
        self.compareTable.setColumnWidth(1, 260)
        self.compareTable.verticalHeader().setDefaultSectionSize(self.compareTable.fontMetrics().height() + 6)
        middle.addWidget(self.compareTable, 3)
        histories = QVBoxLayout()
        self.historyALabel = QLabel(panel)
        self.historyA = QTextBrowser(panel)
        self.historyA.setObjectName("historyA")
        self.historyBLabel = QLabel(panel)
        self.historyB = QTextBrowser(panel)
        self.historyB.setObjectName("historyB")
        for w in (self.historyALabel, self.historyA, self.historyBLabel, self.historyB):
            histories.addWidget(w)
        middle.addLayout(histories, 2)
        pl.addLayout(middle, 1)
        self.districtNote = QLabel(panel)
        self.districtNote.setObjectName("districtNote")
        self.districtNote.setWordWrap(True)
        self.districtNote.setStyleSheet("color: #555;")
        self.districtNote.setVisible(not self.app.profile.is_desa)
        pl.addWidget(self.districtNote)
        self.keepAButton = make_button(panel, "keepAButton", lambda: self.decide_same(keep_left=True),
                                       auto_default=False)
        self.keepBButton = make_button(panel, "keepBButton", lambda: self.decide_same(keep_left=False),
                                       auto_default=False)
        self.notSameButton = make_button(panel, "notSameButton", self.decide_not_same, auto_default=False)
        self.laterButton = make_button(panel, "laterButton", self.decide_later, auto_default=False)
        self.undoButton = make_button(panel, "undoButton", self.undo_last, auto_default=False)
        self.caseButton = make_button(panel, "caseButton", self.open_case, auto_default=False)
        self.closeButton = make_button(panel, "closeButton", self.reject, auto_default=False)
        district = not self.app.profile.is_desa
        for button in (self.keepAButton, self.keepBButton, self.notSameButton, self.laterButton, self.undoButton):
            button.setVisible(not district)
        self.caseButton.setVisible(district)
        pl.addLayout(button_row(self.keepAButton, self.keepBButton, self.notSameButton, self.laterButton,
                                self.caseButton, STRETCH, self.undoButton, self.closeButton))
        self.splitter.addWidget(self.pairsTable)
        self.splitter.addWidget(panel)
        self.splitter.setSizes([250, 430])
        outer.addWidget(self.splitter, 1)
        self._show_detail(None)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Cari data ganda"))
        self.scanButton.setText(self.tr("Pindai ulang"))
        self.cancelScanButton.setText(self.tr("Batal"))
        self.pairsTable.setHorizontalHeaderLabels([
            self.tr("Skor"), self.tr("Data A"), self.tr("Data B"), self.tr("Status"), self.tr("Alasan")])
        self.compareTable.setHorizontalHeaderLabels([self.tr("Kolom"), self.tr("Data A (kiri)"),
                                                     self.tr("Data B (kanan)")])
        self.historyALabel.setText(self.tr("Riwayat data A"))
        self.historyBLabel.setText(self.tr("Riwayat data B"))
        self.keepAButton.setText(self.tr("Sama orang: simpan A"))
        self.keepAButton.setToolTip(self.tr("Data B ditandai terhapus (duplikat dari A); riwayatnya tetap dan bisa "
                                            "dibatalkan"))
        self.keepBButton.setText(self.tr("Sama orang: simpan B"))
        self.keepBButton.setToolTip(self.tr("Data A ditandai terhapus (duplikat dari B); riwayatnya tetap dan bisa "
                                            "dibatalkan"))
        self.notSameButton.setText(self.tr("Bukan orang yang sama"))
        self.notSameButton.setToolTip(self.tr("Pasangan ini tidak diusulkan lagi selama NIK, nama, tanggal lahir, "
                                              "KK, HP dan RT/RW keduanya tidak berubah"))
        self.laterButton.setText(self.tr("Nanti"))
        self.undoButton.setText(self.tr("Batalkan keputusan terakhir"))
        self.closeButton.setText(self.tr("Tutup"))
        self.caseButton.setText(self.tr("Buat kasus"))
        self.caseButton.setToolTip(self.tr("Buka kasus data ganda untuk pasangan ini; putuskan di tab Kasus"))
        self.districtNote.setText(self.tr(
            "Mode Kabupaten: data desa tidak diubah di sini. Buat kasus untuk pasangan ini dan putuskan di tab "
            "Kasus; hasilnya dikirim ke desa lewat umpan balik."))
        self._fill_table()
        self._show_detail(self.detail)

    # ------------------------------------------------------------ scanning

    def scan(self) -> None:
        """Scan off the GUI thread; progress in the dialog, Batal stops it."""
        if self._scanning:
            return
        self._scanning = True
        app = self.app
        self.scanButton.setEnabled(False)
        self.cancelScanButton.setEnabled(True)
        self.scanProgress.setValue(0)
        self.summaryLabel.setText(self.tr("Memindai data..."))

        def work(progress: Any) -> scanning.ScanResult:
            return scanning.scan(app, progress=progress)

        task = self.runner.run(work, on_done=self._scan_done, on_error=self._scan_failed, parent=self)
        if self._scanning:  # still running (a pool that runs inline has finished already)
            self._task = task
            task.signals.progress.connect(self._on_progress)

    def cancel_scan(self) -> None:
        if self._task is not None:
            self._task.progress.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        self.scanProgress.setValue(int(100 * done / total) if total else 0)

    def _scan_finished(self) -> None:
        self._task = None
        self._scanning = False
        self.scanButton.setEnabled(True)
        self.cancelScanButton.setEnabled(False)

    def _scan_done(self, result: scanning.ScanResult) -> None:
        self._scan_finished()
        self.scanProgress.setValue(100)
        self.set_result(result)

    def _scan_failed(self, exc: BaseException) -> None:
        from desktop_app.core.progress import Cancelled

        self._scan_finished()
        self.scanProgress.setValue(0)
        if isinstance(exc, Cancelled):
            self.summaryLabel.setText(self.tr("Pemindaian dibatalkan."))
            return
        self.summaryLabel.setText("")
        Ask.error(self, error_text(exc))

    def set_result(self, result: scanning.ScanResult, select: tuple[str, str] | None = None) -> None:
        self.result = result
        self.pairs = list(result.pairs)
        self._fill_table()
        self._update_summary()
        if self.pairs:
            row = 0
            if select is not None:
                row = next((i for i, p in enumerate(self.pairs) if {p.a.id, p.b.id} == set(select)), 0)
            self.pairsTable.selectRow(row)
        else:
            self._show_detail(None)

    def _update_summary(self) -> None:
        result = self.result
        if result is None:
            self.summaryLabel.setText("")
            return
        text = self.tr("{pairs} pasangan mungkin orang yang sama, dari {records} data ({seconds} detik).").format(
            pairs=fmt_number(len(self.pairs)), records=fmt_number(result.scanned),
            seconds=f"{result.seconds:.1f}".replace(".", ","))
        if result.hidden_not_same:
            text += " " + self.tr("{n} pasangan sudah diputuskan bukan orang yang sama dan tidak ditampilkan.").format(
                n=fmt_number(result.hidden_not_same))
        if result.hidden_kept:
            text += " " + self.tr("{n} pasangan sudah diputuskan lewat kasus dan tidak ditampilkan.").format(
                n=fmt_number(result.hidden_kept))
        self.summaryLabel.setText(text)

    def _fill_table(self) -> None:
        table = self.pairsTable
        table.blockSignals(True)
        table.setRowCount(len(self.pairs))
        district = not self.app.profile.is_desa
        for row, pair in enumerate(self.pairs):
            def side(s: scanning.Side) -> str:
                where = f"  [{s.desa_code}]" if district else ""
                return f"{s.full_name or '-'}  ({s.masked_nik}){where}"

            status = self.tr("nanti") if pair.decision == "later" else ""
            if pair.case_id is not None:
                status = self.tr("kasus #{id}").format(id=pair.case_id)
            values = [f"{round(pair.score * 100)}%", side(pair.a), side(pair.b), status,
                      "; ".join(reason_label(c) for c in pair.reasons if c not in WEAKENING)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        table.blockSignals(False)

    # ------------------------------------------------------------ review

    def current_pair(self) -> scanning.Pair | None:
        rows = self.pairsTable.selectionModel().selectedRows() if self.pairsTable.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def _on_pair_selected(self) -> None:
        pair = self.current_pair()
        if pair is None:
            self._show_detail(None)
            return
        try:
            self._show_detail(review.pair_detail(self.app, pair.a.id, pair.b.id))
        except Exception as exc:  # noqa: BLE001 - a vanished record is shown, the dialog stays
            self._show_detail(None)
            Ask.error(self, error_text(exc))

    def _show_detail(self, detail: review.PairDetail | None) -> None:
        self.detail = detail
        can_decide = detail is not None and self.app.profile.is_desa
        for button in (self.keepAButton, self.keepBButton, self.notSameButton, self.laterButton):
            button.setEnabled(can_decide)
        self.undoButton.setEnabled(self.app.profile.is_desa)
        self.caseButton.setEnabled(detail is not None and not self.app.profile.is_desa)
        table = self.compareTable
        if detail is None:
            self.pairTitle.setText(self.tr("Belum ada pasangan dipilih") if self.pairs or self.result is None
                                   else self.tr("Tidak ada data ganda yang perlu diperiksa."))
            self.reasonsLabel.setText("")
            for row, (_field, label) in enumerate(ROWS):
                table.setItem(row, 0, QTableWidgetItem(_t(label)))
                table.setItem(row, 1, QTableWidgetItem(""))
                table.setItem(row, 2, QTableWidgetItem(""))
            self.historyA.setHtml("")
            self.historyB.setHtml("")
            return
        a, b = detail.a, detail.b
        index = next((i for i, p in enumerate(self.pairs) if {p.a.id, p.b.id} == {a.id, b.id}), -1)
        self.pairTitle.setText(self.tr("Pasangan {n} dari {total}: skor {score}%").format(
            n=index + 1, total=len(self.pairs), score=round(detail.judgement.score * 100)))
        raising = [reason_label(c) for c in detail.judgement.reasons if c not in WEAKENING]
        lowering = [reason_label(c) for c in detail.judgement.reasons if c in WEAKENING]
        parts = []
        if raising:
            parts.append(f"<span style='color:#1d6b2f'>\u2714 {html.escape('; '.join(raising))}</span>")
        if lowering:
            parts.append(f"<span style='color:#a15c00'>\u2716 {html.escape('; '.join(lowering))}</span>")
        if detail.decision is not None and detail.decision.decision == "later":
            parts.append(html.escape(self.tr("Ditunda (nanti) oleh {who} pada {when}.").format(
                who=detail.decision.decided_by or "-", when=fmt_datetime(detail.decision.decided_at))))
        self.reasonsLabel.setText("<br>".join(parts))
        for row, (field, label) in enumerate(ROWS):
            state = detail.fields.get(field, "")
            head = QTableWidgetItem(_t(label))
            left, right = QTableWidgetItem(_value(a, field)), QTableWidgetItem(_value(b, field))
            color = COLORS.get(state, "")
            if color:
                for item in (left, right):
                    item.setBackground(QBrush(QColor(color)))
            tip = {"same": self.tr("sama"), "similar": self.tr("mirip"), "different": self.tr("berbeda"),
                   "missing": self.tr("salah satu kosong")}.get(state, "")
            for item in (head, left, right):
                item.setToolTip(tip)
            table.setItem(row, 0, head)
            table.setItem(row, 1, left)
            table.setItem(row, 2, right)
        self.historyA.setHtml(self._history_html(detail.history_a))
        self.historyB.setHtml(self._history_html(detail.history_b))

    def _history_html(self, entries: list[Any]) -> str:
        if not entries:
            return f"<p>{html.escape(self.tr('Belum ada riwayat.'))}</p>"
        rows = []
        for entry in reversed(entries):
            action = QCoreApplication.translate("HistoryDialog", _ACTIONS.get(entry.action, entry.action))
            changes = []
            for field, pair in (entry.changes or {}).items():
                label = QCoreApplication.translate("HistoryDialog", FIELD_LABELS.get(field, field))
                old, new = (list(pair) + [None, None])[:2] if isinstance(pair, list | tuple) else (None, pair)
                changes.append(f"{label}: {_value_text(field, new)}" if entry.action == "create"
                               else f"{label}: {_value_text(field, old)} \u2192 {_value_text(field, new)}")
            detail = html.escape("; ".join(changes[:6]) + (" ..." if len(changes) > 6 else ""))
            rows.append(f"<p style='margin:0 0 4px 0'><b>{html.escape(fmt_datetime(entry.at))}</b> "
                        f"{html.escape(entry.by or '-')} \u00b7 {html.escape(action)}<br>"
                        f"<span style='color:#555'>{detail}</span></p>")
        return "".join(rows)

    # ------------------------------------------------------------ decisions

    def _run_decision(self, work: Any, done_text: str, *, rescan: bool = False) -> None:
        pair = self.current_pair()
        row = self.pairsTable.currentRow()

        def done(decision: decisions.Decision) -> None:
            if self.events is not None:
                self.events.emit(Changes(records=True))
            self.summaryLabel.setText(done_text)
            if rescan or pair is None:
                self.scan()
                return
            self._drop_pairs(pair, decision)
            if self.pairs:
                self.pairsTable.selectRow(min(max(row, 0), len(self.pairs) - 1))
            else:
                self._show_detail(None)

        self.runner.run(lambda _p: work(), on_done=done, on_error=lambda exc: Ask.error(self, error_text(exc)),
                        parent=self)

    def _drop_pairs(self, pair: scanning.Pair, decision: decisions.Decision) -> None:
        if decision.decision == decisions.LATER:
            self.pairs = [p if p is not pair else scanning.Pair(p.a, p.b, p.score, p.reasons, "later", decision.id)
                          for p in self.pairs]
        elif decision.decision == decisions.SAME:
            gone = decision.removed_id
            self.pairs = [p for p in self.pairs if gone not in (p.a.id, p.b.id)]
        else:
            self.pairs = [p for p in self.pairs if p is not pair]
        self._fill_table()

    def decide_same(self, keep_left: bool = True) -> None:
        pair = self.current_pair()
        if pair is None or not self.app.profile.is_desa:
            return
        keep, drop = (pair.a, pair.b) if keep_left else (pair.b, pair.a)
        app = self.app
        self._run_decision(lambda: decisions.same_person(app, keep.id, drop.id),
                           self.tr("{name} disimpan; data yang lain ditandai terhapus (duplikat).").format(
                               name=keep.full_name or "-"))

    def decide_not_same(self) -> None:
        pair = self.current_pair()
        if pair is None or not self.app.profile.is_desa:
            return
        app = self.app
        self._run_decision(lambda: decisions.not_same_person(app, pair.a.id, pair.b.id),
                           self.tr("Dicatat: bukan orang yang sama. Pasangan ini tidak diusulkan lagi."))

    def decide_later(self) -> None:
        pair = self.current_pair()
        if pair is None or not self.app.profile.is_desa:
            return
        app = self.app
        self._run_decision(lambda: decisions.later(app, pair.a.id, pair.b.id), self.tr("Pasangan ini ditunda."))

    def open_case(self) -> None:
        """District: open (or show again) the review case of the selected pair."""
        pair = self.current_pair()
        if pair is None or self.app.profile.is_desa:
            return
        app = self.app

        def done(opened: case_service.OpenedCase) -> None:
            case_id = opened.case.id
            if opened.created:
                self.summaryLabel.setText(self.tr("Kasus #{id} dibuat. Putuskan di tab Kasus; hasilnya dikirim ke "
                                                  "desa lewat umpan balik.").format(id=case_id))
            else:
                self.summaryLabel.setText(self.tr("Pasangan ini sudah punya kasus #{id}; tidak ada kasus baru.").format(
                    id=case_id))
            self.pairs = [scanning.Pair(p.a, p.b, p.score, p.reasons, p.decision, p.decision_id, case_id)
                          if p is pair else p for p in self.pairs]
            row = self.pairsTable.currentRow()
            self._fill_table()
            if 0 <= row < len(self.pairs):
                self.pairsTable.selectRow(row)
            if self.events is not None:
                self.events.emit(Changes(records=True))
            self.caseOpened.emit(case_id)

        self.runner.run(lambda _p: case_service.open_duplicate_case(app, pair.a.id, pair.b.id), on_done=done,
                        on_error=lambda exc: Ask.error(self, error_text(exc)), parent=self)

    def undo_last(self) -> None:
        if not self.app.profile.is_desa:
            return
        app = self.app
        self._run_decision(lambda: decisions.undo_last(app), self.tr("Keputusan terakhir dibatalkan."), rescan=True)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.cancel_scan()
        super().closeEvent(event)


def open_duplicates(parent: QWidget, app: App, runner: TaskRunner, events: AppEvents | None = None) -> DuplicatesDialog:
    """Open the dialog and start a scan (the Data menu calls this)."""
    dialog = DuplicatesDialog(app, runner, events, parent)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    dialog.scan()
    return dialog
