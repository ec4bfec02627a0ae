"""Mode Kabupaten: the anggaran overview (participants and amount per funding source and period,
allocation, what remains), allocations entered here, and writing the recaps (xlsx + PDF)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QHeaderView, QInputDialog, QLabel, QVBoxLayout, QWidget

from desktop_app.services.district import batches, files, recap
from desktop_app.ui.common.dialogs import Pick, last_dir, note_label, read_only_table, run_work, table_item
from desktop_app.ui.common.errors import error_text
from desktop_app.ui.common.widgets import STRETCH, button_row, fmt_money, fmt_number, make_button, vocab

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AnggaranDialog(QDialog):
    def __init__(self, app: Any, runner: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("anggaranDialog")
        self.app = app
        self.runner = runner
        self.view: recap.Anggaran | None = None
        self.setWindowTitle(self.tr("Anggaran dan Rekap"))
        self.resize(1000, 620)
        outer = QVBoxLayout(self)
        outer.addWidget(QLabel(self.tr("Peserta dan iuran per sumber dana dan periode (kode iuran terbit)"), self))
        self.linesTable = read_only_table("linesTable", [
            self.tr("Sumber Dana"), self.tr("Periode"), self.tr("Peserta"), self.tr("Bulan"), self.tr("Bulan-Orang"),
            self.tr("Jumlah Iuran")], self)
        self.linesTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.linesTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.linesTable, 1)
        outer.addWidget(QLabel(self.tr("Pagu per sumber dana dan sisanya"), self))
        self.fundingTable = read_only_table("fundingTable", [
            self.tr("Sumber Dana"), self.tr("Pagu"), self.tr("Terpakai"), self.tr("Sisa"), self.tr("Peserta")], self)
        self.fundingTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.fundingTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        outer.addWidget(self.fundingTable, 1)
        self.padanCheck = QCheckBox(self.tr("Kode iuran hanya untuk NIK yang padan Dukcapil"), self)
        self.padanCheck.setObjectName("padanCheck")
        self.padanCheck.toggled.connect(self._padan_toggled)
        outer.addWidget(self.padanCheck)
        self.messageLabel = note_label("", "messageLabel", self)
        outer.addWidget(self.messageLabel)
        self.allocationButton = make_button(self, "allocationButton", self.edit_allocation,
                                            text=self.tr("Ubah Pagu..."))
        self.recapButton = make_button(self, "recapButton", self.write_recap, text=self.tr("Tulis Rekap (Excel + PDF)..."),
                                       default=True)
        self.closeButton = make_button(self, "closeButton", self.reject, text=self.tr("Tutup"))
        outer.addLayout(button_row(self.allocationButton, STRETCH, self.recapButton, self.closeButton))
        self.reload()

    def reload(self) -> None:
        self.view = view = recap.anggaran(self.app)
        self.linesTable.setRowCount(len(view.lines) + 1)
        for i, a in enumerate(view.lines):
            for j, v in enumerate((vocab(a.funding_label), a.period, fmt_number(a.participants), a.months_each,
                                   fmt_number(a.months), fmt_money(a.amount))):
                item = table_item(v)
                if j >= 2:
                    item.setTextAlignment(RIGHT)
                self.linesTable.setItem(i, j, item)
        last = len(view.lines)
        for j, v in enumerate((self.tr("Jumlah"), "", fmt_number(sum(a.participants for a in view.lines)), "",
                               fmt_number(sum(a.months for a in view.lines)), fmt_money(view.total))):
            item = table_item(v)
            if j >= 2:
                item.setTextAlignment(RIGHT)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.linesTable.setItem(last, j, item)
        self.fundingTable.setRowCount(len(view.funding))
        for i, f in enumerate(view.funding):
            for j, v in enumerate((vocab(f.funding_label), fmt_money(f.allocation) if f.allocation else "-",
                                   fmt_money(f.used), fmt_money(f.remaining) if f.allocation else "-",
                                   fmt_number(f.participants))):
                item = table_item(v, f.funding_source if j == 0 else None)
                if j:
                    item.setTextAlignment(RIGHT)
                self.fundingTable.setItem(i, j, item)
        self.padanCheck.blockSignals(True)
        self.padanCheck.setChecked(view.require_padan)
        self.padanCheck.blockSignals(False)

    def _padan_toggled(self, on: bool) -> None:
        current = batches.rules_of(self.app)
        current.require_padan = bool(on)
        batches.set_rules(self.app, current)

    def edit_allocation(self) -> None:
        from desktop_app.core.person import FUNDING_LABELS, FundingSource

        labels = [vocab(FUNDING_LABELS[f.value]) for f in FundingSource]
        choice, ok = QInputDialog.getItem(self, self.tr("Ubah Pagu"), self.tr("Sumber dana:"), labels, 0, False)
        if not ok:
            return
        source = list(FundingSource)[labels.index(choice)].value
        current = batches.rules_of(self.app)
        amount, ok = QInputDialog.getDouble(self, self.tr("Ubah Pagu"), self.tr("Pagu (Rp):"),
                                            float(current.allocations.get(source, 0)), 0, 1e15, 0)
        if not ok:
            return
        current.allocations[source] = int(amount)
        try:
            batches.set_rules(self.app, current)
        except batches.BatchError as exc:
            self.messageLabel.setText(error_text(exc))
            return
        self.reload()

    def write_recap(self) -> None:
        folder = Pick.folder(self, self.tr("Simpan rekap ke folder"), last_dir(self.app))
        if not folder:
            return
        run_work(self.runner, lambda _p: files.write_recaps(self.app, Path(folder), pdf=True), self._written,
                 lambda exc: self.messageLabel.setText(error_text(exc)), self.tr("Menulis rekap..."), self)

    def _written(self, paths: list[Path]) -> None:
        self.messageLabel.setText(self.tr("Rekap disimpan: {files}").format(files=", ".join(p.name for p in paths)))
