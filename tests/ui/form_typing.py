"""Type one full record into the record form with the keyboard only, counting the keys beyond
the data (issue 14: at most 8). Used by the GUI test and printed by ``make bench``.

Each value is typed into whichever widget has the focus (so a wrong jump puts it in the wrong
field, and the saved record shows it); Enter, Tab and Ctrl+S count as keys beyond the data, the
characters of the values (a combo is chosen by typing its label) do not.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

KEY_BUDGET = 8

# (widget the value must land in, value as typed); birth date and sex come from the NIK
FULL_RECORD: list[tuple[str, str]] = [
    ("nikEdit", "3503015708900003"),
    ("kkEdit", "3503011203150004"),
    ("nameEdit", "Sri Wahyuni"),
    ("birthPlaceEdit", "Trenggalek"),
    ("addressEdit", "Jl. Mawar 3"),
    ("rtEdit", "2"),
    ("rwEdit", "1"),
    ("dusunEdit", "Krajan"),
    ("phoneEdit", "0812-3456-7890"),
    ("occupationCombo", "Pedagang"),
]


@dataclass
class Typed:
    extra_keys: int = 0
    landed: list[tuple[str, str]] = field(default_factory=list)  # (expected widget, widget with focus)


def type_full_record(form, record: list[tuple[str, str]] = FULL_RECORD) -> Typed:  # noqa: ANN001
    """Type ``record`` into ``form`` (shown, active) and save it with Ctrl+S."""
    out = Typed()
    for i, (expected, value) in enumerate(record):
        widget = QApplication.focusWidget()
        out.landed.append((expected, widget.objectName() if widget is not None else ""))
        QTest.keyClicks(widget, value)
        nxt = record[i + 1][0] if i + 1 < len(record) else None
        focus = QApplication.focusWidget()
        if nxt is not None and (focus is None or focus.objectName() != nxt):
            QTest.keyClick(focus, Qt.Key.Key_Return)  # the field does not move on by itself
            out.extra_keys += 1
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    out.extra_keys += 1
    return out


__all__ = ["FULL_RECORD", "KEY_BUDGET", "Typed", "type_full_record"]
