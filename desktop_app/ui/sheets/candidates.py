"""The candidate filter on the import preview of a population file (OpenSID, SIAK, Buku Induk...).

``CandidateBar(parent, current_row)`` is a compact strip (objectName ``candidateBar``): the name
of the system the list came from, a check box that turns the picking on (on by default for a
population file: the preset of pekerja rentan), a Pekerjaan menu (preset, every occupation, or
the occupations ticked one by one, each with its count in the file), the age window on the
coverage start, a Dusun/RT menu, a button that leaves the selected row out (or takes it back), and
how many are picked and why the others are not. ``changed`` is emitted after every change; the
wizard then runs its preview again with ``current_filter()``. The bar never reads the file: it
learns what the file holds from the preview report (``set_report``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from desktop_app.services.sheets import sources
from desktop_app.services.sheets.sources import CandidateFilter
from desktop_app.ui.common.widgets import fmt_number
from desktop_app.ui.i18n import tr_text

_MENU_LIMIT = 60  # occupations/dusun/RT listed in a menu (the rest keep their state)


def _vocab(label: str) -> str:
    return QCoreApplication.translate("Vocab", label)


class CandidateBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None, current_row: Callable[[], Any]) -> None:
        super().__init__(parent)
        self.setObjectName("candidateBar")
        self._current_row = current_row
        self._occupations: frozenset[str] | str | None = None
        self._dusun: frozenset[str] | None = None
        self._rt: frozenset[str] | None = None
        self._left_out: set[int] = set()
        self._kept: set[int] = set()
        self._facets: dict[str, dict[str, int]] = {}
        self._window = (18, 65, None)
        self._report: Any = None
        self._population = False
        self._source = ""

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.sourceLabel = QLabel(self)
        self.sourceLabel.setObjectName("sourceLabel")
        self.sourceLabel.setTextFormat(Qt.TextFormat.PlainText)
        font = self.sourceLabel.font()
        font.setBold(True)
        self.sourceLabel.setFont(font)
        self.candidateCheck = QCheckBox(self)
        self.candidateCheck.setObjectName("candidateCheck")
        self.candidateCheck.toggled.connect(self._on_toggled)
        self.occupationButton = QToolButton(self)
        self.occupationButton.setObjectName("occupationButton")
        self.occupationButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.occupationMenu = QMenu(self.occupationButton)
        self.occupationMenu.setObjectName("occupationMenu")
        self.occupationButton.setMenu(self.occupationMenu)
        self.ageCheck = QCheckBox(self)
        self.ageCheck.setObjectName("ageCheck")
        self.ageCheck.setChecked(True)
        self.ageCheck.toggled.connect(lambda _on: self.changed.emit())
        self.areaButton = QToolButton(self)
        self.areaButton.setObjectName("areaButton")
        self.areaButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.areaMenu = QMenu(self.areaButton)
        self.areaMenu.setObjectName("areaMenu")
        self.areaButton.setMenu(self.areaMenu)
        self.toggleRowButton = QToolButton(self)
        self.toggleRowButton.setObjectName("toggleRowButton")
        self.toggleRowButton.clicked.connect(self.toggle_current_row)
        for w in (self.sourceLabel, self.candidateCheck, self.occupationButton, self.ageCheck, self.areaButton,
                  self.toggleRowButton):
            row.addWidget(w)
        row.addStretch(1)
        outer.addLayout(row)
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setObjectName("candidateSummaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setStyleSheet("color: #555;")
        outer.addWidget(self.summaryLabel)
        self.retranslate()

    # ------------------------------------------------------------ state

    def reset(self, source: str, window: tuple[int, int, Any]) -> None:
        """A new file: the preset for a population file, nothing picked for another list."""
        self._population = sources.is_population(source)
        self._source = source
        self._window = window
        self._occupations, self._dusun, self._rt = None, None, None
        self._left_out, self._kept = set(), set()
        self._facets, self._report = {}, None
        self.candidateCheck.blockSignals(True)
        self.candidateCheck.setChecked(self._population)
        self.candidateCheck.blockSignals(False)
        self.ageCheck.blockSignals(True)
        self.ageCheck.setChecked(True)
        self.ageCheck.blockSignals(False)
        self.setVisible(bool(source))
        self.retranslate()

    def current_filter(self) -> CandidateFilter | None:
        """None: every person of the file (the dead and moved are left out all the same)."""
        if not self._source or not self.candidateCheck.isChecked():
            return None
        return CandidateFilter(occupations=self._occupations, age=self.ageCheck.isChecked(), dusun=self._dusun,
                               rt=self._rt, left_out_rows=frozenset(self._left_out), kept_rows=frozenset(self._kept))

    def set_report(self, report: Any) -> None:
        self._report = report
        self._facets = dict(getattr(report, "facets", {}) or {})
        self._fill_menus()
        self._fill_summary()

    def _on_toggled(self, on: bool) -> None:
        self._enable()
        self.changed.emit()

    def _enable(self) -> None:
        on = self.candidateCheck.isChecked()
        for w in (self.occupationButton, self.ageCheck, self.areaButton, self.toggleRowButton):
            w.setEnabled(on)

    # ------------------------------------------------------------ occupations

    def _occupation_keys(self) -> list[str]:
        counts = self._facets.get("occupation", {})
        return sorted(counts, key=lambda k: (-counts[k], k))

    def _picked_occupations(self) -> set[str]:
        keys = set(self._facets.get("occupation", {}))
        if self._occupations is None:
            return {k for k in keys if not sources.preset_reason(k)}
        if self._occupations == "all":
            return keys
        return set(self._occupations)

    def set_occupations(self, value: frozenset[str] | str | None) -> None:
        """None: the preset; 'all'; or the occupation keys to pick."""
        self._occupations = value
        self._fill_menus()
        self.changed.emit()

    def toggle_occupation(self, key: str) -> None:
        picked = self._picked_occupations()
        picked ^= {key}
        self.set_occupations(frozenset(picked))

    # ------------------------------------------------------------ dusun / RT

    def _toggle_area(self, kind: str, key: str) -> None:
        everything = set(self._facets.get(kind, {}))
        current = getattr(self, "_" + kind)
        picked = set(everything if current is None else current)
        picked ^= {key}
        setattr(self, "_" + kind, None if picked >= everything else frozenset(picked))
        self._fill_menus()
        self.changed.emit()

    def every_area(self) -> None:
        self._dusun = self._rt = None
        self._fill_menus()
        self.changed.emit()

    # ------------------------------------------------------------ by hand

    def toggle_current_row(self) -> None:
        r = self._current_row()
        if r is None:
            return
        if r.status == "left_out":
            self._left_out.discard(r.row)
            self._kept.add(r.row)
        else:
            self._kept.discard(r.row)
            self._left_out.add(r.row)
        self.changed.emit()

    # ------------------------------------------------------------ texts

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        label = sources.source_label(self._source)
        self.sourceLabel.setText(self.tr("Dikenali: {source}").format(source=tr_text(label)) if label else "")
        self.candidateCheck.setText(self.tr("Pilih calon pekerja rentan"))
        self.candidateCheck.setToolTip(self.tr(
            "Daftar ini berisi seluruh penduduk (anak-anak, PNS, pelajar...). Bila dicentang, hanya calon "
            "pekerja rentan yang diimpor; yang lain tercatat di laporan beserta alasannya."))
        self.occupationButton.setText(self.tr("Pekerjaan..."))
        low, high, start = self._window
        when = start.strftime("%d-%m-%Y") if start is not None else ""
        self.ageCheck.setText(self.tr("Umur {min}-{max} tahun pada {date}").format(min=low, max=high, date=when))
        self.areaButton.setText(self.tr("Dusun/RT..."))
        self.toggleRowButton.setText(self.tr("Keluarkan/Masukkan Baris Terpilih"))
        self._enable()
        self._fill_menus()
        self._fill_summary()

    def _fill_menus(self) -> None:
        menu = self.occupationMenu
        menu.clear()
        preset = QAction(self.tr("Preset pekerja rentan (tanpa PNS, TNI, POLRI, pelajar, pensiunan, karyawan, "
                                 "jabatan dan profesi)"), menu)
        preset.setCheckable(True)
        preset.setChecked(self._occupations is None)
        preset.triggered.connect(lambda: self.set_occupations(None))
        menu.addAction(preset)
        every = QAction(self.tr("Semua pekerjaan"), menu)
        every.setCheckable(True)
        every.setChecked(self._occupations == "all")
        every.triggered.connect(lambda: self.set_occupations("all"))
        menu.addAction(every)
        menu.addSeparator()
        counts = self._facets.get("occupation", {})
        picked = self._picked_occupations()
        for key in self._occupation_keys()[:_MENU_LIMIT]:
            label = sources.occupation_key_label(key)
            text = (_vocab(label) if not key.startswith("lainnya:") else label) if key else self.tr("(kosong)")
            action = QAction(f"{text} ({fmt_number(counts[key])})", menu)
            action.setCheckable(True)
            action.setChecked(key in picked)
            action.setData(key)
            action.triggered.connect(lambda _on=False, k=key: self.toggle_occupation(k))
            menu.addAction(action)

        area = self.areaMenu
        area.clear()
        every_area = QAction(self.tr("Semua dusun dan RT"), area)
        every_area.triggered.connect(self.every_area)
        area.addAction(every_area)
        for kind, title in (("dusun", self.tr("Dusun")), ("rt", self.tr("RT"))):
            values = self._facets.get(kind, {})
            if not values:
                continue
            area.addSection(title)
            chosen = getattr(self, "_" + kind)
            for key in sorted(values)[:_MENU_LIMIT]:
                action = QAction(f"{key or self.tr('(kosong)')} ({fmt_number(values[key])})", area)
                action.setCheckable(True)
                action.setChecked(chosen is None or key in chosen)
                action.setData(key)
                action.triggered.connect(lambda _on=False, k=kind, v=key: self._toggle_area(k, v))
                area.addAction(action)

    def _fill_summary(self) -> None:
        report = self._report
        if report is None or not self._source:
            self.summaryLabel.setText("")
            return
        total = report.rows_read
        text = self.tr("Dipilih {picked} dari {total} orang.").format(
            picked=fmt_number(report.picked), total=fmt_number(total))
        words = {
            "status": self.tr("meninggal/pindah"), "occupation": self.tr("pekerjaan"), "age": self.tr("umur"),
            "dusun": self.tr("dusun"), "rt": self.tr("RT"), "hand": self.tr("dikeluarkan manual"),
        }
        parts = [self.tr("{count} karena {why}").format(count=fmt_number(n), why=words.get(kind, kind))
                 for kind in sources.LEFT_OUT_KINDS if (n := report.left_out_counts.get(kind, 0))]
        if parts:
            text += " " + self.tr("Tidak dipilih: {reasons} (lihat laporan).").format(reasons=", ".join(parts))
        self.summaryLabel.setText(text)
