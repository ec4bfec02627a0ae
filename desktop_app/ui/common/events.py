"""Change summaries broadcast once after a user action (STYLE.md pattern 7).

A mutating action builds a ``Changes`` and emits it on ``AppEvents.changed``; each view decides
whether it has to reload. No view re-queries "just in case", and no service knows about views.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Changes:
    records: bool = False
    settings: bool = False
    packages: bool = False

    def __bool__(self) -> bool:
        return self.records or self.settings or self.packages


class AppEvents(QObject):
    """One per window: ``changed`` carries a ``Changes``."""

    changed = Signal(object)

    def emit(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
