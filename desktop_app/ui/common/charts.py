"""Small painted charts for the Ringkasan tab: horizontal bar charts and number tiles.

PySide6-Essentials ships no QtCharts, and an operator needs only readable bars with their label
and value: one ``QPainter`` pass, palette-aware text, a fixed palette of distinguishable colours.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

# Colour-blind friendly (Okabe-Ito based), dark enough for white-background contrast.
PALETTE: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#7A7A00", "#8C564B", "#5E5E5E",
)
STATUS_COLORS: dict[str, str] = {
    "perlu_perbaikan": "#C0392B",
    "peringatan": "#E69F00",
    "siap_kirim": "#0072B2",
    "terkirim": "#009E73",
    "diterima": "#56B4E9",
    "diverifikasi": "#004C7A",
    "ditolak": "#8E44AD",
    "terhapus": "#7F7F7F",
}


OTHER_KEY = "__other__"  # the summed rest of a long list: drawn as text only, outside the scale


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    color: str = ""
    key: str = ""  # the underlying code (occupation value, status...), for tests and tooltips


def _default_format(value: float) -> str:
    return f"{int(value):,}".replace(",", ".") if float(value).is_integer() else f"{value:.1f}"


class BarChart(QWidget):
    """Horizontal bars: label on the left, bar, value on the right; one row per item."""

    ROW_HEIGHT = 24
    BAR_GAP = 6
    MARGIN = 8

    def __init__(
        self,
        title: str = "",
        parent: QWidget | None = None,
        *,
        color: str = "",
        value_format: Callable[[float], str] | None = None,
        max_rows: int = 0,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._bars: list[Bar] = []
        self._color = color
        self._format = value_format or _default_format
        self._max_rows = max_rows
        self._empty_text = self.tr("Belum ada data")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # ------------------------------------------------------------------ data

    def set_title(self, title: str) -> None:
        self._title = title
        self.update()

    def title(self) -> str:
        return self._title

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def set_bars(self, bars: Iterable[Bar | tuple[str, float]]) -> None:
        out: list[Bar] = []
        for i, item in enumerate(bars):
            bar = item if isinstance(item, Bar) else Bar(str(item[0]), float(item[1]))
            if not bar.color:
                bar = Bar(bar.label, bar.value, self._color or PALETTE[i % len(PALETTE)], bar.key)
            out.append(bar)
        if self._max_rows and len(out) > self._max_rows:
            keep, rest = out[: self._max_rows - 1], out[self._max_rows - 1 :]
            other = Bar(self.tr("%n kelompok lain", "", len(rest)), sum(b.value for b in rest), "", OTHER_KEY)
            out = [*keep, other]
        self._bars = out
        self.setAccessibleName(self._title)
        self.setAccessibleDescription("; ".join(f"{b.label}: {self._format(b.value)}" for b in out))
        self.setToolTip("\n".join(f"{b.label}: {self._format(b.value)}" for b in out))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def values(self) -> dict[str, float]:
        return {b.label: b.value for b in self._bars}

    # ------------------------------------------------------------------ geometry

    def _title_height(self) -> int:
        if not self._title:
            return 0
        return QFontMetrics(self._title_font()).height() + self.BAR_GAP

    def _row_height(self) -> int:
        return max(self.ROW_HEIGHT, self.fontMetrics().height() + 8)

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        rows = max(1, len(self._bars))
        return QSize(420, 2 * self.MARGIN + self._title_height() + rows * self._row_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return False

    # ------------------------------------------------------------------ painting

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text_color = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(text_color)
        muted.setAlpha(150)
        w = self.width() - 2 * self.MARGIN
        y = self.MARGIN
        if self._title:
            p.setFont(self._title_font())
            p.setPen(text_color)
            fm_t = QFontMetrics(self._title_font())
            p.drawText(QRectF(self.MARGIN, y, w, fm_t.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       fm_t.elidedText(self._title, Qt.TextElideMode.ElideRight, w))
            y += self._title_height()
        p.setFont(self.font())
        fm = self.fontMetrics()
        row_h = self._row_height()
        if not self._bars:
            p.setPen(muted)
            p.drawText(QRectF(self.MARGIN, y, w, row_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self._empty_text)
            p.end()
            return
        values = [self._format(b.value) for b in self._bars]
        value_w = max(fm.horizontalAdvance(v) for v in values) + 8
        label_w = min(max(fm.horizontalAdvance(b.label) for b in self._bars) + 10, int(w * 0.48))
        bar_x = self.MARGIN + label_w
        bar_w_max = max(10, w - label_w - value_w)
        top = max((b.value for b in self._bars if b.key != OTHER_KEY), default=0) or 1
        track = QColor(pal.color(QPalette.ColorRole.Mid))
        track.setAlpha(45)
        for bar, value_text in zip(self._bars, values, strict=True):
            text_rect = QRectF(self.MARGIN, y, label_w - 8, row_h)
            p.setPen(text_color)
            p.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 8)))
            if bar.key == OTHER_KEY:
                p.setPen(muted)
                p.drawText(QRectF(bar_x, y, bar_w_max + value_w, row_h),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           self.tr("jumlah: %1").replace("%1", value_text))
                y += row_h
                continue
            bar_h = row_h - self.BAR_GAP
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(track)
            p.drawRoundedRect(QRectF(bar_x, y + self.BAR_GAP / 2, bar_w_max, bar_h), 3, 3)
            length = bar_w_max * max(0.0, bar.value) / top
            if bar.value > 0:
                length = max(length, 3.0)
                p.setBrush(QColor(bar.color or PALETTE[0]))
                p.drawRoundedRect(QRectF(bar_x, y + self.BAR_GAP / 2, length, bar_h), 3, 3)
            p.setPen(text_color)
            p.drawText(QRectF(bar_x + bar_w_max + 6, y, value_w, row_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value_text)
            y += row_h
        p.end()


class StatTile(QFrame):
    """A number with its caption (and an optional small hint), with a coloured accent line."""

    def __init__(self, caption: str, value: str = "-", parent: QWidget | None = None, *,
                 color: str = PALETTE[0], hint: str = "") -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("statTile")
        self.setProperty("statTile", True)
        self.setStyleSheet(
            f"QFrame[statTile=\"true\"] {{ border: 1px solid palette(mid); border-left: 5px solid {color}; border-radius: 4px;"
            " background: palette(base); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.caption_label = QLabel(caption)
        self.caption_label.setWordWrap(True)
        self.value_label = QLabel(value)
        font = QFont(self.value_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6 if font.pointSizeF() > 0 else 16)
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel(hint)
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(bool(hint))
        muted = self.hint_label.palette()
        muted.setColor(QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText))
        self.hint_label.setPalette(muted)
        self.caption_label.setPalette(muted)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_value(self, value: str, hint: str | None = None) -> None:
        self.value_label.setText(value)
        if hint is not None:
            self.hint_label.setText(hint)
            self.hint_label.setVisible(bool(hint))
        self.setAccessibleName(f"{self.caption_label.text()}: {value}")

    def value(self) -> str:
        return self.value_label.text()


def bars_from_counts(
    counts: dict[str, int],
    labels: dict[str, str] | Callable[[str], str] | None = None,
    *,
    order: Sequence[str] | None = None,
    colors: dict[str, str] | None = None,
    sort_by_value: bool = False,
    skip_zero: bool = False,
) -> list[Bar]:
    """Turn ``{code: count}`` into bars, with labels from a dict or a function."""
    def label_of(key: str) -> str:
        if callable(labels):
            return labels(key)
        if labels is not None:
            return labels.get(key, key)
        return key

    keys = list(order) + [k for k in counts if k not in order] if order is not None else list(counts)
    if sort_by_value:
        keys.sort(key=lambda k: (-counts.get(k, 0), label_of(k)))
    out = []
    for key in keys:
        value = counts.get(key, 0)
        if skip_zero and not value:
            continue
        out.append(Bar(label_of(key), value, (colors or {}).get(key, ""), key))
    return out
