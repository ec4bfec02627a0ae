"""The Ringkasan (overview) tab: counts by status, occupation, sex, age band, dusun/RT, and the
budget estimate (participants x months x rate from the programme settings), as charts.

All numbers come from ``services.records.overview.compute_overview``, which the widget runs
through the task runner when it has one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import budget
from desktop_app.core.person import FUNDING_LABELS, OCCUPATION_LABELS, STATUS_LABELS
from desktop_app.core.text import message_of
from desktop_app.services.app import App
from desktop_app.services.records.overview import (  # noqa: E402
    AGE_UNKNOWN,
    STATUS_ORDER,
    TOP_GROUPS,
    OverviewData,
    compute_overview,
)
from desktop_app.ui.common.charts import PALETTE, STATUS_COLORS, Bar, BarChart, StatTile, bars_from_counts
from desktop_app.ui.i18n import sex_label, tr_text, tr_vocab

# ----------------------------------------------------------------------------- widget


def _fmt_int(n: int) -> str:
    return f"{int(n):,}".replace(",", ".")


def _fmt_date(d: date | None) -> str:
    return d.strftime("%d-%m-%Y") if d else "-"


def _t(text_: str, n: int = -1) -> str:
    return QCoreApplication.translate("OverviewWidget", text_, None, n)


class OverviewWidget(QWidget):
    """'Ringkasan': number tiles, bar charts and the budget table. ``reload()`` recomputes."""

    loaded = Signal(object)  # OverviewData
    failed = Signal(str)

    def __init__(self, app: App, runner: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewWidget")
        self._app = app
        self._runner = runner
        self._generation = 0
        self._loading = False
        self._dirty = True
        self.data: OverviewData | None = None
        self._build()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        outer = self.layout() or QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._content = QWidget(self)
        outer.addWidget(self._content)
        outer = QVBoxLayout(self._content)
        outer.setContentsMargins(0, 0, 0, 0)

        head = QHBoxLayout()
        head.setContentsMargins(12, 8, 12, 0)
        self.title_label = QLabel(self.tr("Ringkasan data"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3 if font.pointSizeF() > 0 else 13)
        font.setBold(True)
        self.title_label.setFont(font)
        self.updated_label = QLabel()
        self.updated_label.setObjectName("overviewUpdatedLabel")
        self.reload_button = QPushButton(self.tr("Muat ulang"))
        self.reload_button.setObjectName("overviewReloadButton")
        self.reload_button.clicked.connect(self.reload)
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.updated_label)
        head.addWidget(self.reload_button)
        outer.addLayout(head)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll)
        lay = QVBoxLayout(body)
        lay.setContentsMargins(12, 8, 12, 12)
        lay.setSpacing(10)

        tiles = QGridLayout()
        tiles.setSpacing(8)
        self.total_tile = StatTile(self.tr("Data aktif"), color=PALETTE[0])
        self.error_tile = StatTile(self.tr("Perlu perbaikan"), color=STATUS_COLORS["perlu_perbaikan"])
        self.warning_tile = StatTile(self.tr("Ada peringatan"), color=STATUS_COLORS["peringatan"])
        self.ready_tile = StatTile(self.tr("Siap kirim"), color=STATUS_COLORS["siap_kirim"])
        self.sent_tile = StatTile(self.tr("Dalam paket"), color=STATUS_COLORS["terkirim"])
        self.budget_tile = StatTile(self.tr("Perkiraan anggaran"), color=PALETTE[2])
        self.total_tile.setObjectName("totalTile")
        self.budget_tile.setObjectName("budgetTile")
        for i, tile in enumerate((self.total_tile, self.error_tile, self.warning_tile, self.ready_tile,
                                  self.sent_tile, self.budget_tile)):
            tiles.addWidget(tile, 0, i)
            tiles.setColumnStretch(i, 2 if tile is self.budget_tile else 1)
        lay.addLayout(tiles)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        self.status_chart = BarChart(self.tr("Status data"))
        self.status_chart.setObjectName("statusChart")
        self.sex_chart = BarChart(self.tr("Jenis kelamin"))
        self.sex_chart.setObjectName("sexChart")
        self.age_chart = BarChart(self.tr("Kelompok umur (pada awal kepesertaan)"), color=PALETTE[4])
        self.age_chart.setObjectName("ageChart")
        self.occupation_chart = BarChart(self.tr("Pekerjaan"), color=PALETTE[0])
        self.occupation_chart.setObjectName("occupationChart")
        if self._app.profile.is_desa:
            self.dusun_chart = BarChart(self.tr("Dusun/lingkungan"), color=PALETTE[2], max_rows=TOP_GROUPS)
            self.rt_chart = BarChart(self.tr("RT/RW"), color=PALETTE[3], max_rows=TOP_GROUPS)
        else:
            self.dusun_chart = BarChart(self.tr("Per desa/kelurahan"), color=PALETTE[2], max_rows=TOP_GROUPS)
            self.rt_chart = BarChart("", color=PALETTE[3])
        self.dusun_chart.setObjectName("dusunChart")
        self.rt_chart.setObjectName("rtChart")
        first = QWidget()
        fl = QVBoxLayout(first)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.setSpacing(10)
        fl.addWidget(self._card(self.status_chart))
        fl.addWidget(self._card(self.sex_chart))
        fl.addStretch(1)
        grid.addWidget(first, 0, 0)
        grid.addWidget(self._card(self.age_chart), 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._card(self.occupation_chart), 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._card(self.dusun_chart), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._card(self.rt_chart), 1, 1, 1, 2, Qt.AlignmentFlag.AlignTop)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        lay.addLayout(grid)

        self.budget_box = QGroupBox(self.tr("Perkiraan anggaran iuran (JKK + JKM)"))
        self.budget_box.setObjectName("budgetBox")
        bl = QVBoxLayout(self.budget_box)
        self.budget_formula_label = QLabel()
        self.budget_formula_label.setObjectName("budgetFormulaLabel")
        self.budget_formula_label.setWordWrap(True)
        bl.addWidget(self.budget_formula_label)
        row = QHBoxLayout()
        self.funding_chart = BarChart(self.tr("Per sumber dana"), value_format=budget.format_rupiah)
        self.funding_chart.setObjectName("fundingChart")
        row.addWidget(self.funding_chart, 2)
        self.budget_table = QTableWidget(0, 6)
        self.budget_table.setObjectName("budgetTable")
        self.budget_table.setHorizontalHeaderLabels([
            self.tr("Sumber dana"), self.tr("Periode kepesertaan"), self.tr("Bulan"), self.tr("Peserta"),
            self.tr("Iuran/bulan"), self.tr("Jumlah"),
        ])
        self.budget_table.verticalHeader().setVisible(False)
        self.budget_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.budget_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.budget_table.setAlternatingRowColors(True)
        header = self.budget_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.budget_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row.addWidget(self.budget_table, 3)
        bl.addLayout(row)
        lay.addWidget(self.budget_box)
        lay.addStretch(1)

    def _card(self, chart: BarChart) -> QFrame:
        frame = QFrame()
        frame.setObjectName("chartCard")
        frame.setStyleSheet("#chartCard { border: 1px solid palette(mid); border-radius: 4px; background: palette(base); }")
        box = QVBoxLayout(frame)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(chart)
        if chart is self.rt_chart and not self._app.profile.is_desa:
            frame.setVisible(False)
        return frame

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_content"):
            self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Rebuild the texts in the new language, keeping the numbers already computed."""
        old = self._content
        self.layout().removeWidget(old)
        old.hide()
        old.setParent(None)  # out of findChild() at once
        old.deleteLater()
        self._build()
        if self.data is not None:
            loading = self._loading
            self._show(self.data)
            self._loading = loading
            self.reload_button.setEnabled(not loading)

    # ------------------------------------------------------------------ loading

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        if self._dirty and not self._loading:
            self.reload()

    def invalidate(self) -> None:
        """Records or settings changed: reload now if visible, else when next shown."""
        self._dirty = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self._loading = True
        self._dirty = False
        self.updated_label.setText(self.tr("Menghitung..."))
        self.reload_button.setEnabled(False)
        app = self._app

        def work(*_args: Any) -> OverviewData:
            return compute_overview(app)

        def done(data: OverviewData) -> None:
            if generation == self._generation:
                self._show(data)

        def error(exc: Any) -> None:
            if generation == self._generation:
                self._failed(exc)

        if self._runner is None:
            try:
                result = work()
            except Exception as exc:  # noqa: BLE001 - shown to the operator
                error(exc)
            else:
                done(result)
        else:
            self._runner.run(work, done, error)

    def _failed(self, exc: Any) -> None:
        self._loading = False
        self.reload_button.setEnabled(True)
        message = self.tr("Ringkasan gagal dihitung: %1. Coba tekan Muat ulang.").replace("%1", tr_text(message_of(exc)))
        self.updated_label.setText(message)
        self.failed.emit(message)

    # ------------------------------------------------------------------ showing

    def _show(self, data: OverviewData) -> None:
        self.data = data
        self._loading = False
        self.reload_button.setEnabled(True)
        st = data.status
        self.total_tile.set_value(_fmt_int(data.active), self.tr("terhapus: %1").replace("%1", _fmt_int(st.get("terhapus", 0))))
        self.error_tile.set_value(_fmt_int(st.get("perlu_perbaikan", 0)), self.tr("belum ikut paket data"))
        self.warning_tile.set_value(_fmt_int(st.get("peringatan", 0)), self.tr("tetap ikut terkirim"))
        self.ready_tile.set_value(_fmt_int(st.get("siap_kirim", 0)), self.tr("belum dikirim"))
        self.sent_tile.set_value(_fmt_int(st.get("terkirim", 0)),
                                 self.tr("ditolak: %1").replace("%1", _fmt_int(st.get("ditolak", 0))))
        self.budget_tile.set_value(budget.format_rupiah(data.budget_total),
                                   self.tr("%1 peserta").replace("%1", _fmt_int(data.participants)))

        status_labels = {k: tr_vocab(v) for k, v in STATUS_LABELS.items()}
        status = {k: st.get(k, 0) for k in STATUS_ORDER}
        self.status_chart.set_bars(bars_from_counts(status, status_labels, order=STATUS_ORDER, colors=STATUS_COLORS))
        self.sex_chart.set_bars(bars_from_counts(
            data.sex, sex_label, order=("L", "P"), colors={"L": PALETTE[0], "P": PALETTE[3], "": "#9E9E9E"},
            skip_zero=True))
        age_labels = {key: self._age_label(key) for key in data.age_bands}
        ages = dict(data.age_bands)
        if not ages.get(AGE_UNKNOWN):
            ages.pop(AGE_UNKNOWN, None)
        age_colors = {key: ("#C0392B" if key in ("<18", ">65") else PALETTE[4]) for key in ages}
        age_colors[AGE_UNKNOWN] = "#9E9E9E"
        self.age_chart.set_bars(bars_from_counts(ages, age_labels, colors=age_colors))

        def occ_label(code: str) -> str:
            if not code:
                return sex_label("")
            return tr_vocab(OCCUPATION_LABELS.get(code, code))

        self.occupation_chart.set_bars(bars_from_counts(data.occupation, occ_label, sort_by_value=True))
        empty = sex_label("")
        if self._app.profile.is_desa:
            self.dusun_chart.set_bars(bars_from_counts(
                data.dusun, lambda k: k or empty, sort_by_value=True))
            self.rt_chart.set_bars(bars_from_counts(data.rt, lambda k: k or empty, sort_by_value=True))
        else:
            from desktop_app.core import regions

            def desa_label(code: str) -> str:
                region = regions.get(code) if code else None
                return f"{region.name} ({code})" if region else (code or empty)

            self.dusun_chart.set_bars(bars_from_counts(data.desa, desa_label, sort_by_value=True))
        self._show_budget(data)
        self.updated_label.setText(self.tr("Dihitung pukul %1").replace("%1", data.computed_at.strftime("%H:%M")))
        self.loaded.emit(data)

    def _age_label(self, key: str) -> str:
        if key == AGE_UNKNOWN:
            return self.tr("Tanpa tanggal lahir")
        if key.startswith("<"):
            return self.tr("di bawah %1 th").replace("%1", key[1:])
        if key.startswith(">"):
            return self.tr("di atas %1 th").replace("%1", key[1:])
        return self.tr("%1 th").replace("%1", key)

    def _show_budget(self, data: OverviewData) -> None:
        prog = data.programme
        months = budget.months_between(prog.coverage_start, prog.coverage_end)
        self.budget_formula_label.setText(
            self.tr(
                "Peserta x bulan x iuran %1 per orang per bulan. Periode bawaan %2 s.d. %3 (%4 bulan); data "
                "yang ditolak atau terhapus tidak dihitung. Data yang punya periode sendiri dihitung "
                "dengan periodenya."
            )
            .replace("%1", budget.format_rupiah(prog.rate))
            .replace("%2", _fmt_date(prog.coverage_start))
            .replace("%3", _fmt_date(prog.coverage_end))
            .replace("%4", str(months))
        )
        by_source: dict[str, int] = {}
        for line in data.budget_lines:
            by_source[line.funding_source] = by_source.get(line.funding_source, 0) + line.amount

        def source_label(code: str) -> str:
            return tr_vocab(FUNDING_LABELS.get(code, code)) if code else self.tr("Sumber dana belum diisi")

        self.funding_chart.set_bars(
            [Bar(source_label(k), v, "" if k else "#9E9E9E", k) for k, v in by_source.items()]
        )
        table = self.budget_table
        table.setRowCount(0)
        rows = list(data.budget_lines)
        table.setRowCount(len(rows) + 1)
        for r, line in enumerate(rows):
            period = (f"{_fmt_date(line.coverage_start)} s.d. {_fmt_date(line.coverage_end)}"
                      if line.coverage_start else self.tr("periode belum ada"))
            values = (source_label(line.funding_source), period, str(line.months), _fmt_int(line.participants),
                      budget.format_rupiah(line.rate), budget.format_rupiah(line.amount))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        total_row = len(rows)
        for c, value in enumerate((self.tr("Jumlah"), "", "", _fmt_int(data.participants), "",
                                   budget.format_rupiah(data.budget_total))):
            item = QTableWidgetItem(value)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            if c >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(total_row, c, item)
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        for r in range(table.rowCount()):
            height += table.rowHeight(r)
        table.setFixedHeight(max(height, self.funding_chart.sizeHint().height()))
