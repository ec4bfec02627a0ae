"""Delete with a reason (a tombstone, restorable) and the history of one record."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.person import (
    DATA_SOURCE_LABELS,
    DELETE_REASON_LABELS,
    FUNDING_LABELS,
    OCCUPATION_LABELS,
    PROGRAMME_LABELS,
    Person,
)
from desktop_app.services.app import App
from desktop_app.services.records import editing as records
from desktop_app.ui.common.widgets import fmt_date, fmt_datetime, fmt_money, vocab


class DeleteDialog(QDialog):
    """Ask why a record is deleted. Deleting keeps a tombstone: it can be restored."""

    def __init__(self, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deleteDialog")
        self.setWindowTitle(self.tr("Hapus data"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Hapus data <b>{name}</b> (NIK {nik})?<br>Data tidak hilang: ditandai terhapus, tetap "
                    "tercatat di riwayat dan bisa dipulihkan.").format(
                name=html.escape(person.full_name or "-"), nik=html.escape(person.nik or "-")),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reasonCombo = QComboBox(self)
        self.reasonCombo.setObjectName("deleteReasonCombo")
        self.reasonCombo.addItem(self.tr("- pilih alasan -"), "")
        for code, label in DELETE_REASON_LABELS.items():
            self.reasonCombo.addItem(vocab(label), code)
        form.addRow(self.tr("Alasan"), self.reasonCombo)
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("deleteNoteEdit")
        self.noteEdit.setPlaceholderText(self.tr("keterangan (misalnya tanggal meninggal, pindah ke mana)"))
        form.addRow(self.tr("Keterangan"), self.noteEdit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setObjectName("deleteOkButton")
        self.okButton.setText(self.tr("Hapus"))
        self.okButton.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reasonCombo.currentIndexChanged.connect(self._update)
        self.noteEdit.textChanged.connect(self._update)
        self.setMinimumWidth(460)

    def _update(self, *_args: Any) -> None:
        code = self.reasonCombo.currentData()
        # "lainnya" needs a word of explanation
        self.okButton.setEnabled(bool(code) and (code != "lainnya" or bool(self.noteEdit.text().strip())))

    def answer(self) -> tuple[str, str] | None:
        code = self.reasonCombo.currentData()
        return (code, self.noteEdit.text().strip()) if code else None

    @classmethod
    def ask(cls, parent: QWidget | None, person: Person) -> tuple[str, str] | None:
        """(reason code, note) or None when cancelled. Tests monkeypatch this."""
        dialog = cls(person, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("HistoryDialog", "Dibuat"),
    "update": QT_TRANSLATE_NOOP("HistoryDialog", "Diubah"),
    "delete": QT_TRANSLATE_NOOP("HistoryDialog", "Dihapus"),
    "restore": QT_TRANSLATE_NOOP("HistoryDialog", "Dipulihkan"),
    "import": QT_TRANSLATE_NOOP("HistoryDialog", "Diimpor"),
    "demo": QT_TRANSLATE_NOOP("HistoryDialog", "Dibuat (data contoh)"),
    "merge": QT_TRANSLATE_NOOP("HistoryDialog", "Digabung dari paket"),
    "feedback": QT_TRANSLATE_NOOP("HistoryDialog", "Hasil dari kabupaten"),
    "duplikat": QT_TRANSLATE_NOOP("HistoryDialog", "Data gandanya dihapus"),
}

FIELD_LABELS = {
    "nik": QT_TRANSLATE_NOOP("HistoryDialog", "NIK"),
    "nik_from_number": QT_TRANSLATE_NOOP("HistoryDialog", "NIK dari angka Excel"),
    "kk_number": QT_TRANSLATE_NOOP("HistoryDialog", "No. KK"),
    "full_name": QT_TRANSLATE_NOOP("HistoryDialog", "Nama"),
    "name_title": QT_TRANSLATE_NOOP("HistoryDialog", "Gelar"),
    "birth_place": QT_TRANSLATE_NOOP("HistoryDialog", "Tempat lahir"),
    "birth_date": QT_TRANSLATE_NOOP("HistoryDialog", "Tanggal lahir"),
    "sex": QT_TRANSLATE_NOOP("HistoryDialog", "Jenis kelamin"),
    "address": QT_TRANSLATE_NOOP("HistoryDialog", "Alamat"),
    "rt": QT_TRANSLATE_NOOP("HistoryDialog", "RT"),
    "rw": QT_TRANSLATE_NOOP("HistoryDialog", "RW"),
    "dusun": QT_TRANSLATE_NOOP("HistoryDialog", "Dusun"),
    "phone": QT_TRANSLATE_NOOP("HistoryDialog", "No. HP"),
    "occupation": QT_TRANSLATE_NOOP("HistoryDialog", "Pekerjaan"),
    "occupation_other": QT_TRANSLATE_NOOP("HistoryDialog", "Pekerjaan lain"),
    "income": QT_TRANSLATE_NOOP("HistoryDialog", "Penghasilan"),
    "programme": QT_TRANSLATE_NOOP("HistoryDialog", "Program"),
    "funding_source": QT_TRANSLATE_NOOP("HistoryDialog", "Sumber dana"),
    "coverage_start": QT_TRANSLATE_NOOP("HistoryDialog", "Mulai kepesertaan"),
    "coverage_end": QT_TRANSLATE_NOOP("HistoryDialog", "Akhir kepesertaan"),
    "data_source": QT_TRANSLATE_NOOP("HistoryDialog", "Sumber data"),
    "desil": QT_TRANSLATE_NOOP("HistoryDialog", "Desil"),
    "notes": QT_TRANSLATE_NOOP("HistoryDialog", "Catatan"),
    "delete_reason": QT_TRANSLATE_NOOP("HistoryDialog", "Alasan hapus"),
    "duplicate_of": QT_TRANSLATE_NOOP("HistoryDialog", "Duplikat dari data"),
    "duplicate_removed": QT_TRANSLATE_NOOP("HistoryDialog", "Data ganda yang dihapus"),
}

_VOCABS = {
    "occupation": OCCUPATION_LABELS,
    "funding_source": FUNDING_LABELS,
    "programme": PROGRAMME_LABELS,
    "data_source": DATA_SOURCE_LABELS,
}


# yes/no fields: the history stores their values as text ("True"/"False")
BOOLEAN_FIELDS = frozenset({"nik_from_number", "deleted"})


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    return {"true": True, "false": False, "1": True, "0": False}.get(str(value).strip().lower())


def _value_text(field: str, value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("HistoryDialog", "(kosong)")
    if field in BOOLEAN_FIELDS or isinstance(value, bool):
        flag = _as_bool(value)
        if flag is not None:
            return QCoreApplication.translate("HistoryDialog", "ya") if flag else \
                QCoreApplication.translate("HistoryDialog", "tidak")
    if field in _VOCABS:
        return vocab(_VOCABS[field].get(str(value), str(value)))
    if field in ("birth_date", "coverage_start", "coverage_end"):
        return fmt_date(value)
    if field == "income":
        try:
            return fmt_money(int(value))
        except (TypeError, ValueError):
            return str(value)
    return str(value)


class HistoryDialog(QDialog):
    """Who changed what, when: every entry of person_history for one record."""

    def __init__(self, app: App, person_id: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Riwayat - {name}").format(name=name) if name else self.tr("Riwayat"))
        layout = QVBoxLayout(self)
        self.entries = records.history(app, person_id)
        self.historyText = QTextBrowser(self)
        self.historyText.setObjectName("historyText")
        self.historyText.setHtml(self._html())
        layout.addWidget(self.historyText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(680, 480)

    def lines(self) -> list[str]:
        """One plain-text line per entry (also what tests read)."""
        out = []
        for entry in self.entries:
            action = QCoreApplication.translate("HistoryDialog", _ACTIONS.get(entry.action, entry.action))
            head = f"{fmt_datetime(entry.at)}  {entry.by or '-'}  {action}"
            changes = self._changes(entry.action, entry.changes)
            out.append(head + (": " + "; ".join(changes) if changes else ""))
        return out

    def _changes(self, action: str, changes: dict[str, Any]) -> list[str]:
        out = []
        for field, pair in changes.items():
            label = QCoreApplication.translate("HistoryDialog", FIELD_LABELS.get(field, field))
            old, new = (list(pair) + [None, None])[:2] if isinstance(pair, list | tuple) else (None, pair)
            if action == "create":
                if field in BOOLEAN_FIELDS and _as_bool(new) is False:
                    continue  # "no" is what a new record is by default: not worth a line
                out.append(f"{label}: {_value_text(field, new)}")
            else:
                out.append(f"{label}: {_value_text(field, old)} \u2192 {_value_text(field, new)}")
        return out

    def _html(self) -> str:
        if not self.entries:
            return f"<p>{html.escape(self.tr('Belum ada riwayat.'))}</p>"
        rows = []
        for entry in reversed(self.entries):  # newest first
            action = QCoreApplication.translate("HistoryDialog", _ACTIONS.get(entry.action, entry.action))
            changes = self._changes(entry.action, entry.changes)
            detail = "<br>".join(html.escape(c) for c in changes)
            rows.append(
                "<tr>"
                f"<td valign='top' style='white-space:nowrap; padding-right:10px'>{html.escape(fmt_datetime(entry.at))}</td>"
                f"<td valign='top' style='padding-right:10px'>{html.escape(entry.by or '-')}</td>"
                f"<td valign='top' style='padding-right:10px'><b>{html.escape(action)}</b></td>"
                f"<td valign='top'>{detail}</td>"
                "</tr>"
            )
        head = "".join(
            f"<th align='left' style='padding-right:10px'>{html.escape(h)}</th>"
            for h in (self.tr("Waktu"), self.tr("Oleh"), self.tr("Tindakan"), self.tr("Perubahan"))
        )
        return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{''.join(rows)}</table>"



