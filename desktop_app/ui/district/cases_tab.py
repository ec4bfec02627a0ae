"""Kasus: a NIK active in two villages, or a probable duplicate pair opened from *Cari Data
Ganda...*. The list of cases, the records side by side with each village's history, and the
decision (stays in village X or keep this record / not the same person / later) with a note; a
decision can be changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.person import OCCUPATION_LABELS, VERIFICATION_LABELS, mask_nik
from desktop_app.services.district import cases as case_service
from desktop_app.services.district import villages
from desktop_app.ui.common.dialogs import (
    GREY,
    error_message,
    note_label,
    read_only_table,
    run_work,
    table_item,
)
from desktop_app.ui.common.widgets import Ask, fmt_date, fmt_datetime, issue_text, make_button, vocab

STATUS_TEXT = {
    "open": QT_TRANSLATE_NOOP("CasesTab", "Terbuka"),
    "later": QT_TRANSLATE_NOOP("CasesTab", "Nanti"),
    "decided": QT_TRANSLATE_NOOP("CasesTab", "Diputuskan"),
    "closed": QT_TRANSLATE_NOOP("CasesTab", "Selesai sendiri"),
}
KIND_TEXT = {
    case_service.KIND_NIK: QT_TRANSLATE_NOOP("CasesTab", "NIK di dua desa"),
    case_service.KIND_DUPLICATE: QT_TRANSLATE_NOOP("CasesTab", "Data ganda"),
}
DECISION_TEXT = {
    "keep": QT_TRANSLATE_NOOP("CasesTab", "Tetap di satu desa"),
    "not_same": QT_TRANSLATE_NOOP("CasesTab", "Bukan orang yang sama"),
    "later": QT_TRANSLATE_NOOP("CasesTab", "Nanti"),
    "": "",
}
KEEP_DUPLICATE = QT_TRANSLATE_NOOP("CasesTab", "Satu data disimpan")


def decision_text(case: Any) -> str:
    if case.is_duplicate and case.decision == "keep":
        return QCoreApplication.translate("CasesTab", KEEP_DUPLICATE)
    text = DECISION_TEXT.get(case.decision, case.decision)
    return QCoreApplication.translate("CasesTab", text) if text else ""


class RecordCard(QFrame):
    """One village's record of the case, with its history and the 'keep here' button."""

    keep = Signal(str)

    def __init__(self, record: Any, kept: bool, parent: QWidget | None = None, *, duplicate: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("recordCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        p = record.person
        self.person_id = p.id
        layout = QVBoxLayout(self)
        title = QLabel(f"{villages.desa_name(p.desa_code)} ({p.desa_code})", self)
        font = title.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 1)
        title.setFont(font)
        layout.addWidget(title)
        verification = vocab(VERIFICATION_LABELS.get(p.verification_status, p.verification_status))
        if p.verification_reason:
            verification += f": {p.verification_reason}"
        rows = (
            (self.tr("Nama"), f"{p.name_title + ' ' if p.name_title else ''}{p.full_name}"),
            (self.tr("NIK"), p.nik),
            (self.tr("No. KK"), p.kk_number or "\u2014"),
            (self.tr("Lahir"), f"{p.birth_place or '-'}, {fmt_date(p.birth_date)}"),
            (self.tr("Alamat"), f"{p.address} RT {p.rt or '-'} / RW {p.rw or '-'} {p.dusun}".strip()),
            (self.tr("Pekerjaan"), vocab(OCCUPATION_LABELS.get(p.occupation, p.occupation)) if p.occupation
             else "\u2014"),
            (self.tr("Verifikasi"), verification),
            (self.tr("Diubah"), f"{fmt_datetime(p.updated_at)} \u00b7 {p.updated_by or '-'} \u00b7 rev {p.rev}"),
        )
        for caption, value in rows:
            label = note_label(f"{caption}: {value}", "", self)
            layout.addWidget(label)
        if p.deleted:
            layout.addWidget(note_label(self.tr("Data ini sudah dihapus oleh desa."), "", self, "#b00020"))
        problems = [issue_text(i) for i in record.issues]
        if problems:
            layout.addWidget(note_label("\u26a0 " + "\n\u26a0 ".join(problems), "issuesLabel", self, "#7a4a00"))
        layout.addWidget(QLabel(self.tr("Riwayat:"), self))
        history = QPlainTextEdit(self)
        history.setObjectName("historyText")
        history.setReadOnly(True)
        history.setMaximumHeight(110)
        history.setPlainText("\n".join(
            f"{fmt_datetime(h.at)}  {h.by or '-'}  {h.action}  rev {h.rev}"
            + (f"  ({', '.join(sorted(h.changes))})" if h.changes else "") for h in record.history))
        layout.addWidget(history)
        self.keepButton = QPushButton(self.tr("Orang ini tetap di desa ini"), self)
        self.keepButton.setObjectName("keepButton")
        self.keepButton.setEnabled(not p.deleted)
        if duplicate:
            self.keepButton.setText(self.tr("Simpan data ini (yang lain ditolak: data ganda)"))
        if kept:
            self.keepButton.setText(self.tr("\u2714 Dipilih: data ini disimpan") if duplicate
                                    else self.tr("\u2714 Dipilih: tetap di desa ini"))
        self.keepButton.clicked.connect(lambda _c=False: self.keep.emit(self.person_id))
        layout.addWidget(self.keepButton)
        layout.addStretch(1)


class CasesTab(QWidget):
    """Review cases of the district."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("CasesTab", "No."),
        QT_TRANSLATE_NOOP("CasesTab", "NIK"),
        QT_TRANSLATE_NOOP("CasesTab", "Desa"),
        QT_TRANSLATE_NOOP("CasesTab", "Status"),
        QT_TRANSLATE_NOOP("CasesTab", "Keputusan"),
        QT_TRANSLATE_NOOP("CasesTab", "Dibuka"),
        QT_TRANSLATE_NOOP("CasesTab", "Jenis"),
    )

    decided = Signal()

    def __init__(self, app: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesTab")
        self.app, self.runner = app, runner
        self.cases: list[case_service.CaseInfo] = []
        self.current: case_service.CaseInfo | None = None
        self.cards: list[RecordCard] = []
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.openOnlyCheck = QCheckBox(self)
        self.openOnlyCheck.setObjectName("openOnlyCheck")
        self.openOnlyCheck.setChecked(True)
        self.openOnlyCheck.toggled.connect(lambda _on: self.reload())
        top.addWidget(self.openOnlyCheck)
        # one action for the button and the window's menu (Data > Cari Data Ganda..., Ctrl+D)
        self.findDuplicatesAction = QAction(self)
        self.findDuplicatesAction.setObjectName("findDuplicatesAction")
        self.findDuplicatesAction.setShortcut(QKeySequence("Ctrl+D"))
        self.findDuplicatesAction.triggered.connect(lambda _c=False: self.open_duplicates())
        self.findDuplicatesAction.changed.connect(self._sync_find_button)
        self.findDuplicatesButton = make_button(self, "findDuplicatesButton",
                                                lambda _c=False: self.findDuplicatesAction.trigger())
        top.addWidget(self.findDuplicatesButton)
        top.addStretch(1)
        self.casesCaption = QLabel(self)
        self.casesCaption.setObjectName("casesCaption")
        top.addWidget(self.casesCaption)
        outer.addLayout(top)
        split = QSplitter(self)
        self.casesTable = read_only_table("casesTable", [""] * len(self.COLUMNS), split)
        self.casesTable.setSortingEnabled(False)
        h = self.casesTable.horizontalHeader()
        for col in range(len(self.COLUMNS)):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.casesTable.itemSelectionChanged.connect(self._selection_changed)
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.caseTitle = QLabel(right)
        self.caseTitle.setObjectName("caseTitle")
        font = self.caseTitle.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.caseTitle.setFont(font)
        rl.addWidget(self.caseTitle)
        self.decisionLabel = note_label("", "decisionLabel", right, GREY)
        rl.addWidget(self.decisionLabel)
        self.cardsArea = QScrollArea(right)
        self.cardsArea.setObjectName("cardsArea")
        self.cardsArea.setWidgetResizable(True)
        self.cardsHolder = QWidget(self.cardsArea)
        self.cardsLayout = QHBoxLayout(self.cardsHolder)
        self.cardsArea.setWidget(self.cardsHolder)
        rl.addWidget(self.cardsArea, 1)
        decide_row = QHBoxLayout()
        self.noteEdit = QLineEdit(right)
        self.noteEdit.setObjectName("noteEdit")
        decide_row.addWidget(self.noteEdit, 1)
        self.notSameButton = make_button(right, "notSameButton", lambda _c=False: self.decide("not_same"))
        self.laterButton = make_button(right, "laterButton", lambda _c=False: self.decide("later"))
        decide_row.addWidget(self.notSameButton)
        decide_row.addWidget(self.laterButton)
        rl.addLayout(decide_row)
        split.addWidget(self.casesTable)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 1000])
        outer.addWidget(split, 1)
        self.emptyLabel = note_label("", "casesEmptyLabel", self, GREY)
        outer.addWidget(self.emptyLabel)
        self.retranslate_ui()
        self._show_case(None, [])

    def retranslate_ui(self) -> None:
        self.openOnlyCheck.setText(self.tr("Hanya yang belum diputuskan"))
        self.casesTable.setHorizontalHeaderLabels([QCoreApplication.translate("CasesTab", c) for c in self.COLUMNS])
        self.noteEdit.setPlaceholderText(self.tr("Catatan keputusan (misalnya: sudah dicek KTP dan KK)"))
        self.notSameButton.setText(self.tr("Bukan Orang yang Sama"))
        self.notSameButton.setToolTip(self.tr("Salah satu NIK keliru: kedua desa diminta memeriksa NIK"))
        self.laterButton.setText(self.tr("Putuskan Nanti"))
        self.findDuplicatesAction.setText(self.tr("Cari Data Ganda..."))
        self.findDuplicatesAction.setToolTip(self.tr("Pindai semua desa untuk data yang mungkin orang yang sama; "
                                                     "buat kasus untuk pasangan yang perlu diputuskan"))
        self.emptyLabel.setText(self.tr("Tidak ada kasus. Kasus terbuka bila satu NIK aktif di dua desa, atau "
                                        "dibuat dari Cari Data Ganda."))
        self._fill()

    # ------------------------------------------------------------------ list

    def reload(self) -> None:
        app, open_only = self.app, self.openOnlyCheck.isChecked()
        run_work(self.runner, lambda _p: case_service.list_cases(app, open_only=open_only), self._loaded,
                 lambda exc: Ask.error(self, error_message(exc)), None, self)

    def _loaded(self, cases: list[case_service.CaseInfo]) -> None:
        keep = self.current.id if self.current else None
        self.cases = cases
        self._fill()
        rows = [i for i, c in enumerate(cases) if c.id == keep]
        if rows:
            self.casesTable.selectRow(rows[0])
        elif cases:
            self.casesTable.selectRow(0)
        else:
            self._show_case(None, [])

    def _fill(self) -> None:
        table = self.casesTable
        table.setRowCount(len(self.cases))
        for row, c in enumerate(self.cases):
            table.setItem(row, 0, table_item(f"#{c.id}", c.id))
            table.setItem(row, 1, table_item(" / ".join(mask_nik(n) or "-" for n in c.niks) if c.is_duplicate
                                             else mask_nik(c.nik)))
            table.setItem(row, 2, table_item(", ".join(villages.desa_name(d) for d in c.desa_codes)))
            table.setItem(row, 3, table_item(QCoreApplication.translate("CasesTab", STATUS_TEXT.get(c.status, c.status))))
            table.setItem(row, 4, table_item(decision_text(c)))
            table.setItem(row, 5, table_item(fmt_datetime(c.opened_at)))
            kind = KIND_TEXT.get(c.kind, c.kind)
            table.setItem(row, 6, table_item(QCoreApplication.translate("CasesTab", kind)))
        self.emptyLabel.setVisible(not self.cases)
        n_open = sum(1 for c in self.cases if c.is_open)
        self.casesCaption.setText(self.tr("{n} kasus terbuka").format(n=n_open))

    def _selection_changed(self) -> None:
        rows = self.casesTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.cases):
            return
        case_id, app = self.cases[rows[0].row()].id, self.app
        run_work(self.runner, lambda _p: case_service.case_detail(app, case_id),
                 lambda detail: self._show_case(*detail), lambda exc: Ask.error(self, error_message(exc)), None, self)

    # ------------------------------------------------------------------ detail

    def _show_case(self, case: case_service.CaseInfo | None, records: list[Any]) -> None:
        self.current = case
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        enabled = case is not None
        for w in (self.notSameButton, self.laterButton, self.noteEdit):
            w.setEnabled(enabled)
        if case is None:
            self.caseTitle.setText(self.tr("Pilih kasus di sebelah kiri."))
            self.decisionLabel.setText("")
            return
        if case.is_duplicate:
            self.caseTitle.setText(self.tr("Kasus #{id}: data ganda, mungkin orang yang sama ({desa})").format(
                id=case.id, desa=", ".join(villages.desa_name(d) for d in case.desa_codes)))
            self.notSameButton.setToolTip(self.tr("Dua orang yang berbeda: pasangan ini tidak diusulkan lagi "
                                                  "sebagai data ganda"))
        else:
            self.caseTitle.setText(self.tr("Kasus #{id}: NIK {nik} aktif di {n} desa").format(
                id=case.id, nik=mask_nik(case.nik), n=len(case.desa_codes)))
            self.notSameButton.setToolTip(self.tr("Salah satu NIK keliru: kedua desa diminta memeriksa NIK"))
        if case.decision:
            decision = decision_text(case)
            text = self.tr("Keputusan: {decision} \u00b7 oleh {who} \u00b7 {when}").format(
                decision=decision, who=case.decided_by or "-", when=case.decided_at.replace("T", " ")[:16])
            if case.note:
                text += " \u00b7 " + case.note
            text += "\n" + self.tr("Keputusan bisa diubah; data desa tidak pernah dihapus.")
        elif case.is_duplicate:
            text = self.tr("Belum diputuskan. Bandingkan kedua data, lalu pilih data yang disimpan; data yang lain "
                           "akan ditolak dengan alasan 'data ganda'. Data desa tidak pernah dihapus.")
        else:
            text = self.tr("Belum diputuskan. Bandingkan kedua data, lalu pilih desa tempat orang ini tetap "
                           "terdaftar; data di desa lain akan ditolak dengan alasan 'terdaftar di desa lain'.")
        self.decisionLabel.setText(text)
        self.noteEdit.setText(case.note)
        for record in records:
            card = RecordCard(record, case.decision == "keep" and case.kept_id == record.person.id, self.cardsHolder,
                              duplicate=case.is_duplicate)
            card.keep.connect(lambda pid: self.decide("keep", keep=pid))
            self.cardsLayout.addWidget(card, 1)
            self.cards.append(card)

    def _sync_find_button(self) -> None:
        """The button says and does what its action does (text, tooltip, enabled)."""
        action, button = self.findDuplicatesAction, self.findDuplicatesButton
        button.setText(action.text())
        button.setToolTip(action.toolTip())
        button.setEnabled(action.isEnabled())

    def open_duplicates(self) -> QWidget:
        """*Cari Data Ganda...*: the duplicate review over every village; *Buat kasus* there lists
        the new case here."""
        from desktop_app.ui.duplicates.review import open_duplicates

        dialog = open_duplicates(self, self.app, self.runner)
        dialog.caseOpened.connect(lambda _id: self.reload())
        return dialog

    def decide(self, decision: str, *, keep: str | None = None) -> None:
        if self.current is None:
            return
        case_id, app, note = self.current.id, self.app, self.noteEdit.text()
        run_work(self.runner, lambda _p: case_service.decide(app, case_id, decision, keep=keep, note=note),
                 self._decided, lambda exc: Ask.error(self, error_message(exc), self.tr("Keputusan tidak disimpan")),
                 None, self)

    def _decided(self, case: case_service.CaseInfo) -> None:
        self.current = case
        self.decided.emit()
        self.reload()
        app = self.app
        run_work(self.runner, lambda _p: case_service.case_detail(app, case.id),
                 lambda detail: self._show_case(*detail), lambda exc: Ask.error(self, error_message(exc)), None, self)
