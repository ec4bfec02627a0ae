"""Small shared helpers and widgets: formatting, vocabulary/issue translation, status colours."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.core.issues import Issue, Severity

# ---------------------------------------------------------------- translation hooks


def _i18n():  # noqa: ANN202
    try:
        from desktop_app.ui import i18n
    except ImportError:
        return None
    return i18n


def vocab(label: str) -> str:
    """A vocabulary label (occupation, funding source...) in the current language."""
    if not label:
        return ""
    i18n = _i18n()
    fn = getattr(i18n, "tr_vocab", None) if i18n is not None else None
    if fn is not None:
        return fn(label)
    return QCoreApplication.translate("Vocab", label)


def issue_text(issue: Issue) -> str:
    """The issue's message in plain language (translated when i18n is present)."""
    i18n = _i18n()
    fn = getattr(i18n, "tr_issue", None) if i18n is not None else None
    if fn is not None:
        try:
            return fn(issue)
        except Exception:  # noqa: BLE001 - a translation problem must never hide the issue
            pass
    return issue.message()


# ---------------------------------------------------------------- formatting


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value.strftime("%d-%m-%Y")


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return value.strftime("%d-%m-%Y %H:%M")


def fmt_money(value: int | None) -> str:
    """Rp16.800 (dots as thousands separators, no decimals)."""
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    return f"{sign}Rp{abs(int(value)):,}".replace(",", ".")


def fmt_number(value: int) -> str:
    return f"{int(value):,}".replace(",", ".")


def with_count(translated: str, n: int, **fields: object) -> str:
    """Finish a Qt numerus string, ``with_count(self.tr("%n data akan diekspor.", "", n), n)``.

    Qt picks the singular/plural form for ``n`` and writes ``%n`` as plain digits (1234); SIPERA
    writes counts like :func:`fmt_number` (1.234), so the digits are grouped here. Then the
    ``{name}`` placeholders, if any, are filled from ``fields``.
    """
    if abs(int(n)) >= 1000:
        translated = re.sub(rf"(?<!\d){int(n)}(?!\d)", fmt_number(n), translated)
    return translated.format(**fields) if fields else translated


# ---------------------------------------------------------------- status colours

STATUS_COLORS: dict[str, str] = {
    "perlu_perbaikan": "#c62828",  # red: has errors, held back
    "peringatan": "#ef8f00",  # amber: goes out, but look at it
    "siap_kirim": "#2e7d32",  # green
    "terkirim": "#1b5e20",  # dark green ("dalam paket")
    "diterima": "#1565c0",  # blue: the district holds this version
    "diverifikasi": "#0d47a1",  # dark blue: the district accepted it
    "ditolak": "#6d4c41",  # brown-grey: the district said no
    "terhapus": "#9e9e9e",  # grey
}

STATUS_BACKGROUNDS: dict[str, str] = {
    "perlu_perbaikan": "#fdecea",
    "peringatan": "#fff4e0",
    "siap_kirim": "#edf7ee",
    "terkirim": "#e3f1e4",
    "diterima": "#e3edf9",
    "diverifikasi": "#dce7f7",
    "ditolak": "#efebe9",
    "terhapus": "#f2f2f2",
}


def display_status(status: str, warnings: int) -> str:
    """The colour key: a record without errors but with warnings shows amber."""
    if status in ("siap_kirim", "terkirim") and warnings:
        return "peringatan"
    return status


def status_icon(key: str) -> QIcon | None:
    """A small coloured dot for the status column (None without a GUI application)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        return None
    return _status_icon(key)


@lru_cache(maxsize=16)
def _status_icon(key: str) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATUS_COLORS.get(key, "#9e9e9e")))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pix)


def severity_color(severity: Severity) -> str:
    return STATUS_COLORS["perlu_perbaikan"] if severity is Severity.ERROR else "#a15c00"


# ---------------------------------------------------------------- widgets


class IssueLabel(QLabel):
    """The small red/amber line under a form field; hidden when the field has no issue."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setVisible(False)
        self._issues: list[Issue] = []
        self._messages: list[tuple[Severity, str]] = []

    def set_issues(self, issues: list[Issue]) -> None:
        self._issues = list(issues)
        self._messages = [(i.severity, issue_text(i)) for i in issues]
        self._render()

    def add_message(self, severity: Severity, text: str) -> None:
        """A message that is no catalogue issue (e.g. a date that cannot be read)."""
        self._messages.append((severity, text))
        self._render()

    def _render(self) -> None:
        if not self._messages:
            self.clear()
            self.setVisible(False)
            return
        worst = Severity.ERROR if any(s is Severity.ERROR for s, _ in self._messages) else Severity.WARNING
        self.setStyleSheet(f"color: {severity_color(worst)}; font-size: 9pt;")
        self.setText("\n".join(("\u26a0 " if s is Severity.WARNING else "\u2716 ") + t for s, t in self._messages))
        self.setVisible(True)

    @property
    def issues(self) -> list[Issue]:
        return list(self._issues)


def hline(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def make_button(parent: QWidget | None, name: str, slot: Callable[..., object] | None = None, *,
                text: str | None = None, default: bool = False, auto_default: bool | None = None) -> QPushButton:
    """A push button named ``name`` (tests find it by objectName) whose ``clicked`` calls ``slot``.

    ``default`` makes it the dialog's Enter button; ``auto_default=False`` keeps a secondary button
    from taking Enter when it has the focus. ``text`` may be left out when ``retranslate()`` sets it.
    """
    button = QPushButton(parent)
    button.setObjectName(name)
    if text is not None:
        button.setText(text)
    if auto_default is not None:
        button.setAutoDefault(auto_default)
    if default:
        button.setDefault(True)
    if slot is not None:
        button.clicked.connect(slot)
    return button


STRETCH = None
"""In :func:`button_row`, the place where the free space goes."""


def button_row(*items: QWidget | None) -> QHBoxLayout:
    """A row of buttons, left to right; ``STRETCH`` (None) puts the free space there.

    ``button_row(STRETCH, ok, close)`` is the usual bottom row of a dialog, right-aligned.
    """
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        else:
            row.addWidget(item)
    return row


def set_combo_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data equals ``value`` (first item when absent)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


# ---------------------------------------------------------------- modal questions


class Ask:
    """Every modal question/message goes through here, so tests can monkeypatch one place."""

    @classmethod
    def question(cls, parent: QWidget | None, title: str, text: str, *, yes: str = "", no: str = "",
                 default_yes: bool = False) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        yes_button = box.addButton(yes or QCoreApplication.translate("Ask", "Ya"), QMessageBox.ButtonRole.YesRole)
        no_button = box.addButton(no or QCoreApplication.translate("Ask", "Tidak"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(yes_button if default_yes else no_button)
        box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button

    @classmethod
    def error(cls, parent: QWidget | None, text: str, title: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title or QCoreApplication.translate("Ask", "SIPERA"), text)

    @classmethod
    def info(cls, parent: QWidget | None, text: str, title: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title or QCoreApplication.translate("Ask", "SIPERA"), text)


# ---------------------------------------------------------------- menus


def quit_shortcut() -> QKeySequence:
    """The platform's Quit keys, or Ctrl+Q where the platform has none (Windows)."""
    keys = QKeySequence(QKeySequence.StandardKey.Quit)
    return keys if not keys.isEmpty() else QKeySequence("Ctrl+Q")


def insert_before_quit(menu: Any, groups: list[list[Any]]) -> None:
    """Add groups of actions to ``menu``, each after a separator, just above the Quit entry
    (found by its object name ``quitAction``, else by its keys) and that entry's separator;
    at the end of the menu when it has no Quit entry."""
    keys = quit_shortcut()
    actions = menu.actions()
    before = next((a for a in actions if a.objectName() == "quitAction"), None) or next(
        (a for a in actions if not a.isSeparator() and a.shortcut() == keys), None)
    if before is not None:
        index = actions.index(before)
        if index > 0 and actions[index - 1].isSeparator():
            before = actions[index - 1]
    for group in groups:
        if before is None:
            menu.addSeparator()
            menu.addActions(group)
        elif before.isSeparator():
            menu.insertSeparator(before)
            menu.insertActions(before, group)
        else:
            menu.insertActions(before, group)
            menu.insertSeparator(before)
