"""Mode Kabupaten: the "Pembayaran" menu - results of Dukcapil and BPJS, payment batches (kode
iuran), anggaran and recaps. The district window installs it with one line.

Applying results (or undoing the last results import) changes records: the window hears it through
its ``events`` (its tabs read again, as after a merge), and an open anggaran dialog reads again
whenever the window's records change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.ui.common.dialogs import OpenDialogs
from desktop_app.ui.common.events import Changes


class PaymentsMenu(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = OpenDialogs()
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("paymentsMenu")
        self.actions: dict[str, QAction] = {}
        for name, slot, key in (("resultsAction", self.open_results, "Ctrl+R"),
                                ("batchesAction", self.open_batches, "Ctrl+B"),
                                ("anggaranAction", self.open_anggaran, "Ctrl+G")):
            act = QAction(window)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(key))
            act.triggered.connect(lambda _checked=False, s=slot: s())
            window.addAction(act)
            self.menu.addAction(act)
            self.actions[name] = act
        self.retranslate()
        window.events.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Pe&mbayaran"))
        self.actions["resultsAction"].setText(self.tr("Impor Hasil Dukcapil / BPJS..."))
        self.actions["batchesAction"].setText(self.tr("Kode Iuran..."))
        self.actions["anggaranAction"].setText(self.tr("Anggaran dan Rekap..."))

    def open_results(self) -> Any:
        from desktop_app.ui.district.results_wizard import ResultsDialog

        return self.dialogs.show(ResultsDialog(self.window.app, self.window.runner, self.window,
                                               on_applied=self.results_changed))

    def results_changed(self) -> None:
        """Results were applied or undone: the records changed."""
        self.window.events.emit(Changes(records=True))

    def _on_changed(self, changes: Changes) -> None:
        if not (changes.records or changes.packages):
            return
        for dialog in list(self.dialogs):
            if dialog.objectName() == "anggaranDialog":  # the kode iuran dialog keeps its form as typed
                dialog.reload()

    def open_batches(self) -> Any:
        from desktop_app.ui.district.batches_screen import BatchesDialog

        return self.dialogs.show(BatchesDialog(self.window.app, self.window.runner, self.window))

    def open_anggaran(self) -> Any:
        from desktop_app.ui.district.anggaran_screen import AnggaranDialog

        return self.dialogs.show(AnggaranDialog(self.window.app, self.window.runner, self.window))
