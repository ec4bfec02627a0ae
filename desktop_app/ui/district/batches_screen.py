"""Mode Kabupaten: payment batches (kode iuran): list, create a draft, issue, delete a draft,
export the BPJS collective list; the counts per kecamatan and desa of the chosen batch."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.person import FUNDING_LABELS, FundingSource
from desktop_app.services.district import batches, files
from desktop_app.services.district.recap import place_name
from desktop_app.ui.common.dialogs import Pick, last_dir, note_label, read_only_table, run_work, table_item
from desktop_app.ui.common.errors import error_text
from desktop_app.ui.common.widgets import STRETCH, button_row, fmt_money, fmt_number, make_button, vocab

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BatchesDialog(QDialog):
    def __init__(self, app: Any, runner: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchesDialog")
        self.app = app
        self.runner = runner
        self.items: list[batches.BatchInfo] = []
        self.setWindowTitle(self.tr("Kode Iuran (Batch Pembayaran)"))
        self.resize(1340, 700)
        outer = QVBoxLayout(self)
        form = QHBoxLayout()
        self.fundingCombo = QComboBox(self)
        self.fundingCombo.setObjectName("fundingCombo")
        for f in FundingSource:
            self.fundingCombo.addItem(vocab(FUNDING_LABELS[f.value]), f.value)
        year = date.today().year
        self.fromEdit = self._month_edit("fromEdit", QDate(year, 1, 1))
        self.toEdit = self._month_edit("toEdit", QDate(year, 12, 1))
        self.correctsCombo = QComboBox(self)
        self.correctsCombo.setObjectName("correctsCombo")
        self.createButton = make_button(self, "createButton", self.create, text=self.tr("Buat Draf"), default=True)
        for label, widget in ((self.tr("Sumber dana:"), self.fundingCombo), (self.tr("Dari:"), self.fromEdit),
                              (self.tr("Sampai:"), self.toEdit), (self.tr("Mengoreksi:"), self.correctsCombo)):
            form.addWidget(QLabel(label, self))
            form.addWidget(widget)
        form.addWidget(self.createButton)
        form.addStretch(1)
        outer.addLayout(form)
        split = QSplitter(self)
        self.batchesTable = read_only_table("batchesTable", [
            self.tr("Kode Iuran"), self.tr("Sumber Dana"), self.tr("Periode"), self.tr("Status"), self.tr("Peserta"),
            self.tr("Bulan-Orang"), self.tr("Jumlah Iuran")], split)
        self.batchesTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.batchesTable.itemSelectionChanged.connect(self._selected)
        self.detailTable = read_only_table("detailTable", [
            self.tr("Kecamatan / Desa"), self.tr("Peserta"), self.tr("Bulan-Orang"), self.tr("Jumlah Iuran")], split)
        dh = self.detailTable.horizontalHeader()
        dh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        dh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.batchesTable)
        split.addWidget(self.detailTable)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 420])
        outer.addWidget(split, 1)
        self.messageLabel = note_label("", "messageLabel", self)
        outer.addWidget(self.messageLabel)
        self.issueButton = make_button(self, "issueButton", self.issue, text=self.tr("Terbitkan (Bekukan)"))
        self.deleteButton = make_button(self, "deleteButton", self.delete, text=self.tr("Hapus Draf"))
        self.exportButton = make_button(self, "exportButton", self.export, text=self.tr("Ekspor Daftar BPJS..."))
        self.closeButton = make_button(self, "closeButton", self.reject, text=self.tr("Tutup"))
        outer.addLayout(button_row(self.issueButton, self.deleteButton, self.exportButton, STRETCH, self.closeButton))
        self.reload()

    def _month_edit(self, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setDisplayFormat("MM-yyyy")
        edit.setCalendarPopup(False)
        return edit

    def reload(self, select: str = "") -> None:
        self.items = batches.list_batches(self.app)
        table = self.batchesTable
        table.setRowCount(len(self.items))
        self.correctsCombo.clear()
        self.correctsCombo.addItem(self.tr("(bukan koreksi)"), "")
        for i, b in enumerate(self.items):
            status = self.tr("Terbit") if b.status == "issued" else self.tr("Draf")
            if b.corrected_by:
                status = self.tr("Dikoreksi oleh {code}").format(code=b.corrected_by)
            values = [b.code, vocab(FUNDING_LABELS.get(b.funding_source, b.funding_source)), b.period_text(), status,
                      fmt_number(b.participants), fmt_number(b.months), fmt_money(b.amount)]
            for j, v in enumerate(values):
                item = table_item(v, b.code if j == 0 else None)
                if j >= 4:
                    item.setTextAlignment(RIGHT)
                table.setItem(i, j, item)
            if b.counts:
                self.correctsCombo.addItem(b.code, b.code)
            if b.code == select:
                table.selectRow(i)
        self._selected()

    def current(self) -> batches.BatchInfo | None:
        row = self.batchesTable.currentRow()
        return self.items[row] if 0 <= row < len(self.items) and self.batchesTable.selectedItems() else None

    def _selected(self) -> None:
        info = self.current()
        self.issueButton.setEnabled(info is not None and info.status == "draft")
        self.deleteButton.setEnabled(info is not None and info.status == "draft")
        self.exportButton.setEnabled(info is not None)
        self.detailTable.setRowCount(0)
        if info is None:
            return
        detail = batches.get(self.app, info.code)
        rows: list[tuple[str, dict[str, int], bool]] = []
        kecs = detail.by_kecamatan()
        for kec in sorted(kecs):
            rows.append((self.tr("Kec. {name}").format(name=place_name(kec)), kecs[kec], True))
            for desa, line in detail.by_desa.items():
                if desa.startswith(kec + "."):
                    rows.append(("    " + place_name(desa), line, False))
        self.detailTable.setRowCount(len(rows))
        for i, (label, line, bold) in enumerate(rows):
            for j, v in enumerate((label, fmt_number(line["participants"]), fmt_number(line["months"]),
                                   fmt_money(line["amount"]))):
                item = table_item(v)
                if j:
                    item.setTextAlignment(RIGHT)
                if bold:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.detailTable.setItem(i, j, item)

    def create(self) -> None:
        funding = str(self.fundingCombo.currentData())
        first, last = self.fromEdit.date().toString("yyyy-MM"), self.toEdit.date().toString("yyyy-MM")
        corrects = str(self.correctsCombo.currentData() or "")
        run_work(self.runner, lambda _p: batches.create(self.app, funding, first, last, corrects=corrects),
                 self._created, self._failed, self.tr("Menyusun draf kode iuran..."), self)

    def _created(self, info: batches.BatchInfo) -> None:
        text = self.tr("Draf {code}: {count} peserta, {amount}.").format(
            code=info.code, count=fmt_number(info.participants), amount=fmt_money(info.amount))
        if info.already_paid:
            text += " " + self.tr("{count} orang tidak dimasukkan karena sudah dibayar di kode iuran lain.").format(
                count=len(info.already_paid))
        self.reload(info.code)
        self.messageLabel.setText(text)

    def issue(self) -> None:
        info = self.current()
        if info is None:
            return
        run_work(self.runner, lambda _p: batches.issue(self.app, info.code), self._issued, self._failed, None, self)

    def _issued(self, info: batches.BatchInfo) -> None:
        self.reload(info.code)
        self.messageLabel.setText(self.tr("{code} diterbitkan: tidak bisa diubah lagi.").format(code=info.code))

    def delete(self) -> None:
        info = self.current()
        if info is None:
            return
        run_work(self.runner, lambda _p: batches.delete_draft(self.app, info.code),
                 lambda _r: self.reload(), self._failed, None, self)

    def export(self) -> None:
        info = self.current()
        if info is None:
            return
        folder = Pick.folder(self, self.tr("Simpan daftar kolektif BPJS ke folder"), last_dir(self.app))
        if not folder:
            return
        run_work(self.runner, lambda _p: files.export_bpjs_list(self.app, info.code, Path(folder)),
                 lambda w: self.messageLabel.setText(self.tr("Daftar BPJS disimpan: {path} (tata letak bawaan SIPERA, "
                                                             "bukan templat resmi BPJS)").format(path=str(w.path))),
                 self._failed, self.tr("Menulis daftar BPJS..."), self)

    def _failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        conflicts = getattr(exc, "conflicts", None) or []
        if conflicts:
            text += "\n" + "\n".join(f"{c.nik} {c.full_name} ({place_name(c.desa_code)}): {c.months} - {c.other_code}"
                                     for c in conflicts[:20])
        self.messageLabel.setText(text)
