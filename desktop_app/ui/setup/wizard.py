"""First start: Mode Desa or Mode Kabupaten, the region, the operator names; then profile and keys.

A village whose laptop died can choose "Pulihkan data desa dari kabupaten" on the last page: three
more pages guide it through the new enrollment file, the district's config package and the
restore package (issue 11 item 7). Each of those steps is also in the window's Kirim menu, so the
operator may stop after any of them and go on later.

The village is found by typing part of its name (all 83,762 desa/kelurahan, searched in memory
after a short debounce) or through the provinsi -> kabupaten -> kecamatan -> desa lists.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.core import regions
from desktop_app.core.text import message_of
from desktop_app.services.app import App
from desktop_app.ui.common.dialogs import (
    GREEN,
    RED,
    Pick,
    config_reading,
    enrollment_reading,
    error_message,
    last_dir,
    note_label,
    run_work,
)
from desktop_app.ui.common.widgets import STRETCH, button_row, make_button
from desktop_app.ui.i18n import tr_text

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 100
CodeRole = Qt.ItemDataRole.UserRole + 1

MODE_DESA = "desa"
MODE_KABUPATEN = "kabupaten"


def _kab_label(name: str) -> str:
    return "Kab. " + name[len("Kabupaten "):] if name.startswith("Kabupaten ") else name


def _kec_label(code: str, name: str) -> str:
    papua = code[:2] in {"91", "92", "93", "94", "95", "96"}
    return ("Distrik " if papua else "Kec. ") + name


def _desa_label(kind: str, name: str) -> str:
    if kind == "kelurahan":
        return "Kel. " + name
    if kind == "desa adat":
        return name if name.lower().startswith("desa adat") else "Desa Adat " + name
    return "Desa " + name


def hit_text(hit: regions.DesaHit) -> str:
    """'Desa Besuki - Kec. Panggul - Kab. Trenggalek - Prov. Jawa Timur'."""
    return " - ".join((
        _desa_label(hit.kind, hit.name),
        _kec_label(hit.code, hit.kecamatan),
        _kab_label(hit.kabupaten),
        "Prov. " + hit.provinsi,
    ))


def _fingerprint(data_dir: Path) -> str:
    try:
        from desktop_app.services.packages import keys as keys_service

        return str(keys_service.identity(data_dir).fingerprint)
    except Exception:  # noqa: BLE001 - the fingerprint is shown for information only
        return ""


class _EnterFilter(QObject):
    """Enter in a line edit runs ``handler`` instead of pressing the wizard's default button,
    when ``handler`` returns True (it consumed the key)."""

    def __init__(self, parent: QObject, handler: Any) -> None:
        super().__init__(parent)
        self._handler = handler

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return bool(self._handler())
        return False


# ----------------------------------------------------------------------------- pages


class ModePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modePage")
        self.setTitle(self.tr("Selamat datang di SIPERA"))
        self.setSubTitle(self.tr("Pilih untuk siapa komputer ini dipakai. Pilihan ini tidak bisa diubah nanti."))
        layout = QVBoxLayout(self)
        self.desa_radio = QRadioButton(self.tr("Mode Desa/Kelurahan"))
        self.desa_radio.setObjectName("modeDesaRadio")
        self.desa_radio.setChecked(True)
        desa_help = QLabel(self.tr(
            "Operator desa atau kelurahan mendata pekerja rentan (By Name By Address), memperbaiki data, "
            "lalu mengirim paket data ke kabupaten lewat flashdisk atau email."))
        self.kab_radio = QRadioButton(self.tr("Mode Kabupaten/Kota (Disperinaker/Distransnaker)"))
        self.kab_radio.setObjectName("modeKabupatenRadio")
        kab_help = QLabel(self.tr(
            "Dinas di kabupaten/kota menerima paket dari desa, menggabungkan, memverifikasi, dan "
            "mengirim umpan balik ke desa."))
        self.group = QButtonGroup(self)
        self.group.addButton(self.desa_radio)
        self.group.addButton(self.kab_radio)
        for radio, help_label in ((self.desa_radio, desa_help), (self.kab_radio, kab_help)):
            font = QFont(radio.font())
            font.setBold(True)
            radio.setFont(font)
            help_label.setWordWrap(True)
            help_label.setContentsMargins(24, 0, 0, 12)
            layout.addWidget(radio)
            layout.addWidget(help_label)
        layout.addStretch(1)

    def mode(self) -> str:
        return MODE_KABUPATEN if self.kab_radio.isChecked() else MODE_DESA


class RegionPage(QWizardPage):
    """Desa by search or cascade; kabupaten by provinsi -> kabupaten."""

    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.setObjectName("regionPage")
        self._wizard = wizard
        self._code = ""
        self._syncing = False
        layout = QVBoxLayout(self)

        self.search_box = QGroupBox(self.tr("Cari nama desa/kelurahan"))
        sl = QVBoxLayout(self.search_box)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("desaSearchEdit")
        self.search_edit.setPlaceholderText(self.tr("Ketik sebagian nama desa, misalnya: besuki"))
        self.search_edit.setClearButtonEnabled(True)
        self.results_list = QListWidget()
        self.results_list.setObjectName("desaResultsList")
        self.results_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results_list.setUniformItemSizes(True)
        self.results_list.setMinimumHeight(140)
        self.search_status = QLabel()
        self.search_status.setObjectName("desaSearchStatus")
        sl.addWidget(self.search_edit)
        sl.addWidget(self.results_list, 1)
        sl.addWidget(self.search_status)
        layout.addWidget(self.search_box, 1)

        self.cascade_box = QGroupBox(self.tr("Atau pilih dari daftar"))
        form = QFormLayout(self.cascade_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.prov_combo = QComboBox()
        self.prov_combo.setObjectName("provinsiCombo")
        self.kab_combo = QComboBox()
        self.kab_combo.setObjectName("kabupatenCombo")
        self.kec_combo = QComboBox()
        self.kec_combo.setObjectName("kecamatanCombo")
        self.desa_combo = QComboBox()
        self.desa_combo.setObjectName("desaCombo")
        for combo in (self.prov_combo, self.kab_combo, self.kec_combo, self.desa_combo):
            combo.setMaxVisibleItems(20)
            combo.setMinimumContentsLength(24)
            _searchable(combo)
        self.kec_label = QLabel(self.tr("Kecamatan"))
        self.desa_label = QLabel(self.tr("Desa/kelurahan"))
        form.addRow(self.tr("Provinsi"), self.prov_combo)
        form.addRow(self.tr("Kabupaten/kota"), self.kab_combo)
        form.addRow(self.kec_label, self.kec_combo)
        form.addRow(self.desa_label, self.desa_combo)
        layout.addWidget(self.cascade_box)

        self.selected_label = QLabel()
        self.selected_label.setObjectName("selectedRegionLabel")
        self.selected_label.setWordWrap(True)
        font = QFont(self.selected_label.font())
        font.setBold(True)
        self.selected_label.setFont(font)
        layout.addWidget(self.selected_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.installEventFilter(_EnterFilter(self, self._search_enter))
        self.results_list.currentItemChanged.connect(self._result_chosen)
        self.results_list.itemActivated.connect(lambda _i: self._wizard.next())
        self.prov_combo.currentIndexChanged.connect(self._prov_changed)
        self.kab_combo.currentIndexChanged.connect(self._kab_changed)
        self.kec_combo.currentIndexChanged.connect(self._kec_changed)
        self.desa_combo.currentIndexChanged.connect(self._desa_changed)

    # ------------------------------------------------------------------ mode

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        desa = self.is_desa()
        if desa:
            self.setTitle(self.tr("Desa/kelurahan Anda"))
            self.setSubTitle(self.tr("Ketik sebagian nama desa lalu pilih dari hasil, atau pilih lewat daftar wilayah."))
        else:
            self.setTitle(self.tr("Kabupaten/kota Anda"))
            self.setSubTitle(self.tr("Pilih provinsi, lalu kabupaten/kota tempat dinas Anda."))
        self.search_box.setVisible(desa)
        for w in (self.kec_label, self.kec_combo, self.desa_label, self.desa_combo):
            w.setVisible(desa)
        self.cascade_box.setTitle(self.tr("Atau pilih dari daftar") if desa else self.tr("Pilih dari daftar"))
        if self.prov_combo.count() == 0:
            self._fill(self.prov_combo, regions.provinces(), self.tr("- pilih provinsi -"))
        self._set_code("")
        self._reset_below(self.prov_combo)
        self.prov_combo.setCurrentIndex(0)
        if desa:
            self.search_edit.setFocus()
        else:
            self.prov_combo.setFocus()

    def is_desa(self) -> bool:
        return self._wizard.mode() == MODE_DESA

    def code(self) -> str:
        return self._code

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self._code)

    def _set_code(self, code: str) -> None:
        self._code = code
        if code:
            self.selected_label.setText(self.tr("Terpilih: %1").replace("%1", regions.describe(code)))
        else:
            self.selected_label.setText(
                self.tr("Belum ada desa/kelurahan yang dipilih.") if self.is_desa()
                else self.tr("Belum ada kabupaten/kota yang dipilih.")
            )
        self.completeChanged.emit()

    # ------------------------------------------------------------------ search

    def run_search(self) -> None:
        self._timer.stop()
        query = self.search_edit.text().strip()
        self.results_list.clear()
        if len(query) < 2:
            self.search_status.setText(self.tr("Ketik minimal 2 huruf.") if query else "")
            return
        hits = regions.search_desa(query, SEARCH_LIMIT + 1)
        more = len(hits) > SEARCH_LIMIT
        hits = hits[:SEARCH_LIMIT]
        self.results_list.setUpdatesEnabled(False)
        for hit in hits:
            item = QListWidgetItem(hit_text(hit))
            item.setData(CodeRole, hit.code)
            item.setToolTip(hit.code)
            self.results_list.addItem(item)
        self.results_list.setUpdatesEnabled(True)
        if not hits:
            self.search_status.setText(self.tr("Tidak ada desa/kelurahan dengan nama itu. Periksa ejaannya "
                                               "atau pilih lewat daftar di bawah."))
        elif more:
            self.search_status.setText(self.tr("Menampilkan %1 hasil pertama; ketik lebih lengkap untuk "
                                               "mempersempit.").replace("%1", str(SEARCH_LIMIT)))
        else:
            self.search_status.setText(self.tr("%n desa/kelurahan ditemukan.", "", len(hits)))

    def _search_enter(self) -> bool:
        """Enter in the search box: search now and choose the first hit (Enter again moves on)."""
        if self._timer.isActive():
            self.run_search()
        if self._code and not self._timer.isActive() and self.results_list.currentRow() >= 0:
            return False  # already chosen: let Enter press Lanjut
        if self.results_list.count():
            if self.results_list.currentRow() < 0:
                self.results_list.setCurrentRow(0)
            self.results_list.setFocus()
        return True

    def _result_chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        code = str(item.data(CodeRole))
        self._select_in_cascade(code)
        self._set_code(code)

    # ------------------------------------------------------------------ cascade

    @staticmethod
    def _fill(combo: QComboBox, items: list[regions.Region], placeholder: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        if combo.isEditable():  # the hint is a placeholder, not text to delete before typing
            combo.addItem("", "")
            combo.lineEdit().setPlaceholderText(placeholder)
        else:
            combo.addItem(placeholder, "")
        for region in items:
            combo.addItem(region.name, region.code)
        combo.setCurrentIndex(0)
        combo.setEnabled(bool(items))
        combo.blockSignals(False)

    def _reset_below(self, combo: QComboBox) -> None:
        chain = [self.prov_combo, self.kab_combo, self.kec_combo, self.desa_combo]
        for below in chain[chain.index(combo) + 1:]:
            below.blockSignals(True)
            below.clear()
            below.setEnabled(False)
            below.blockSignals(False)

    def _prov_changed(self, _i: int) -> None:
        self._reset_below(self.prov_combo)
        code = self.prov_combo.currentData()
        if code:
            self._fill(self.kab_combo, regions.kabupaten_of(code), self.tr("- pilih kabupaten/kota -"))
        self._cascade_changed()

    def _kab_changed(self, _i: int) -> None:
        self._reset_below(self.kab_combo)
        code = self.kab_combo.currentData()
        if code and self.is_desa():
            self._fill(self.kec_combo, regions.kecamatan_of(code), self.tr("- pilih kecamatan -"))
        self._cascade_changed()

    def _kec_changed(self, _i: int) -> None:
        self._reset_below(self.kec_combo)
        code = self.kec_combo.currentData()
        if code:
            self._fill(self.desa_combo, regions.desa_of(code), self.tr("- pilih desa/kelurahan -"))
        self._cascade_changed()

    def _desa_changed(self, _i: int) -> None:
        self._cascade_changed()

    def _cascade_changed(self) -> None:
        if self._syncing:
            return
        if self.is_desa():
            code = self.desa_combo.currentData() or ""
            if code and self.results_list.currentItem() is not None and \
                    self.results_list.currentItem().data(CodeRole) != code:
                self.results_list.setCurrentItem(None)
        else:
            code = self.kab_combo.currentData() or ""
        self._set_code(code)

    def _select_in_cascade(self, code: str) -> None:
        parts = code.split(".")
        self._syncing = True
        try:
            for combo, depth in ((self.prov_combo, 1), (self.kab_combo, 2), (self.kec_combo, 3), (self.desa_combo, 4)):
                index = combo.findData(".".join(parts[:depth]))
                if index < 0:
                    break
                combo.setCurrentIndex(index)  # fills the next combo through the signal
        finally:
            self._syncing = False


class OperatorPage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.setObjectName("operatorPage")
        self._wizard = wizard
        self.setTitle(self.tr("Nama operator"))
        self.setSubTitle(self.tr("Siapa yang akan mengisi data di komputer ini? Nama operator dicatat pada setiap "
                                 "perubahan data. Tambahkan semua petugas; yang pertama dipakai sekarang."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Simpan dan siapkan"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.operator_edit = QLineEdit()
        self.operator_edit.setObjectName("operatorEdit")
        self.operator_edit.setPlaceholderText(self.tr("Nama lengkap operator"))
        self.operator_edit.setMaxLength(120)
        self.add_button = make_button(None, "addOperatorButton", self.add_current, text=self.tr("Tambah"))
        row.addWidget(self.operator_edit, 1)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.operator_list = QListWidget()
        self.operator_list.setObjectName("operatorList")
        layout.addWidget(self.operator_list, 1)
        self.remove_button = make_button(None, "removeOperatorButton", self.remove_current,
                                         text=self.tr("Hapus dari daftar"))
        self.remove_button.setEnabled(False)
        layout.addLayout(button_row(STRETCH, self.remove_button))
        self.error_label = QLabel()
        self.error_label.setObjectName("wizardErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        self.operator_edit.installEventFilter(_EnterFilter(self, self._enter))
        self.operator_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.operator_list.currentRowChanged.connect(lambda r: self.remove_button.setEnabled(r >= 0))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.operator_edit.setFocus()

    def _enter(self) -> bool:
        if self.operator_edit.text().strip():
            self.add_current()
            return True  # Enter adds the name; Enter on an empty box goes on
        return False

    def add_current(self) -> None:
        name = " ".join(self.operator_edit.text().split())
        if not name:
            return
        if name.casefold() not in (n.casefold() for n in self.operators()):
            self.operator_list.addItem(name)
        self.operator_edit.clear()
        self.completeChanged.emit()

    def remove_current(self) -> None:
        row = self.operator_list.currentRow()
        if row >= 0:
            self.operator_list.takeItem(row)
        self.completeChanged.emit()

    def operators(self) -> list[str]:
        return [self.operator_list.item(i).text() for i in range(self.operator_list.count())]

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.operators()) or bool(self.operator_edit.text().strip())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.add_current()  # a name typed but not yet added counts
        if not self.operators():
            self.show_error(self.tr("Isi minimal satu nama operator."))
            return False
        self.show_error("")
        return self._wizard.create_profile()


class DonePage(QWizardPage):
    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.setObjectName("donePage")
        self._wizard = wizard
        self.setTitle(self.tr("SIPERA siap dipakai"))
        layout = QVBoxLayout(self)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprintLabel")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(max(self.font().pointSizeF(), 9) * 1.5)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_help = QLabel()
        self.fingerprint_help.setObjectName("fingerprintHelp")
        self.fingerprint_help.setWordWrap(True)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.fingerprint_help)

        self.start_box = QGroupBox(self.tr("Data desa"))
        self.start_box.setObjectName("startChoiceBox")
        sb = QVBoxLayout(self.start_box)
        self.fresh_radio = QRadioButton(self.tr("Mulai dengan data kosong (desa baru memakai SIPERA)"))
        self.fresh_radio.setObjectName("freshStartRadio")
        self.fresh_radio.setChecked(True)
        self.restore_radio = QRadioButton(self.tr("Pulihkan data desa dari kabupaten"))
        self.restore_radio.setObjectName("restoreRadio")
        self.start_group = QButtonGroup(self)
        self.start_group.addButton(self.fresh_radio)
        self.start_group.addButton(self.restore_radio)
        self.restore_help = note_label(self.tr(
            "Pilih ini bila laptop desa yang lama rusak atau hilang dan datanya sudah pernah dikirim ke "
            "kabupaten. Ada tiga langkah: (1) buat berkas pendaftaran baru dan bacakan sidik jarinya kepada "
            "petugas kabupaten, (2) impor paket konfigurasi kabupaten, (3) impor paket pemulihan. Anda boleh "
            "berhenti sesudah langkah mana pun dengan menekan Mulai, lalu melanjutkan nanti lewat menu Kirim: "
            "Buat Berkas Pendaftaran, Impor Konfigurasi Kabupaten, dan Pulihkan dari Paket Pemulihan."),
            "restoreHelp", self.start_box)
        self.restore_help.setContentsMargins(24, 0, 0, 0)
        sb.addWidget(self.fresh_radio)
        sb.addWidget(self.restore_radio)
        sb.addWidget(self.restore_help)
        self.start_box.setVisible(False)
        layout.addWidget(self.start_box)
        layout.addStretch(1)
        self.restore_radio.toggled.connect(self._choice_changed)

    def _choice_changed(self, _on: bool) -> None:
        self.setFinalPage(False)  # makes the wizard ask nextId() again: Mulai or Lanjut
        self.completeChanged.emit()

    def wants_restore(self) -> bool:
        app = self._wizard.app
        return app is not None and app.profile.is_desa and self.restore_radio.isChecked()

    def nextId(self) -> int:  # noqa: N802 - Qt API
        return self._wizard.restore_enroll_id if self.wants_restore() else -1

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        app = self._wizard.app
        if app is None:
            return
        self.start_box.setVisible(app.profile.is_desa)
        role = self.tr("Mode Desa/Kelurahan") if app.profile.is_desa else self.tr("Mode Kabupaten/Kota")
        self.summary_label.setText(
            self.tr("%1 untuk %2.\nOperator: %3.\nData disimpan di: %4")
            .replace("%1", role)
            .replace("%2", app.profile.region_name)
            .replace("%3", ", ".join(app.profile.operators))
            .replace("%4", str(app.data_dir))
        )
        if not app.profile.is_desa:
            self.fingerprint_help.setText(self.tr(
                "Ini sidik jari kunci kabupaten. Desa mencocokkannya saat mengimpor paket konfigurasi pertama: "
                "bacakan kepada operator desa atau cantumkan di surat pengantar. Berikutnya: daftarkan desa dari "
                "berkas pendaftarannya, buat paket konfigurasi, lalu gabungkan paket data desa di tab Kotak Masuk."))
        fp = self._wizard.fingerprint
        self.fingerprint_help.setText(" ".join((
            self.tr("Ini sidik jari kunci komputer ini."),
            enrollment_reading() if app.profile.is_desa else config_reading(),
            self.tr("Sidik jari bisa dilihat lagi di menu Pengaturan."))))
        self.fingerprint_label.setText(fp)
        self.fingerprint_label.setVisible(bool(fp))
        self.fingerprint_help.setVisible(bool(fp))


# ----------------------------------------------------------------------------- pulihkan desa


def _embed(dialog: QDialog) -> QDialog:
    """One of the Kirim menu's dialogs shown inside a wizard page: no window, no Tutup button,
    and Escape does not hide it."""
    dialog.setWindowFlags(Qt.WindowType.Widget)
    close = getattr(dialog, "closeButton", None)
    if close is not None:
        close.setVisible(False)
    dialog.installEventFilter(_NoEscape(dialog))
    return dialog


class _NoEscape(QObject):
    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        return event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
            event.key() == Qt.Key.Key_Escape


def _later_note(parent: QWidget, text: str) -> QLabel:
    label = note_label(text, "laterNote", parent)
    label.setStyleSheet("color: #555555;")
    return label


class RestoreEnrollPage(QWizardPage):
    """Step 1: the new enrollment file, its fingerprint read aloud to the district officer."""

    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.setObjectName("restoreEnrollPage")
        self._wizard = wizard
        self.dialog: QDialog | None = None
        self.setTitle(self.tr("Pulihkan data desa - langkah 1 dari 3: daftar ulang"))
        self.setSubTitle(self.tr(
            "Laptop ini punya kunci baru. Kabupaten harus mendaftarkannya dulu; kunci laptop lama otomatis "
            "tidak berlaku lagi."))
        self.setFinalPage(True)  # Mulai: stop here, go on later from the Kirim menu
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(_later_note(self, self.tr(
            "Bawa berkas pendaftaran ke Disperinaker kabupaten (atau kirim lewat email). Kabupaten lalu "
            "membuat paket konfigurasi dan paket pemulihan untuk desa ini. Bila harus menunggu, tekan Mulai "
            "sekarang; langkah 2 dan 3 ada di menu Kirim: Impor Konfigurasi Kabupaten, lalu Pulihkan dari "
            "Paket Pemulihan.")))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.dialog is None and self._wizard.app is not None:
            from desktop_app.ui.packages.dialogs import EnrollmentExportDialog

            self.dialog = _embed(EnrollmentExportDialog(self._wizard.app, self, runner=self._wizard.runner))
            self._layout.insertWidget(0, self.dialog, 1)

    def made(self) -> bool:
        return self.dialog is not None and getattr(self.dialog, "built", None) is not None


class RestoreConfigPage(QWizardPage):
    """Step 2: the district's config package; the district fingerprint is compared and pinned."""

    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.setObjectName("restoreConfigPage")
        self._wizard = wizard
        self.dialog: Any = None
        self.setTitle(self.tr("Pulihkan data desa - langkah 2 dari 3: konfigurasi kabupaten"))
        self.setSubTitle(self.tr(
            "Paket pemulihan hanya diterima dari kabupaten yang kuncinya sudah disimpan di laptop ini. "
            "Impor dulu paket konfigurasi yang dibuat kabupaten sesudah mendaftarkan desa ini."))
        self.setFinalPage(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(_later_note(self, self.tr(
            "Belum menerima berkas dari kabupaten? Tekan Mulai; langkah ini dan langkah 3 ada di menu Kirim.")))

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        if self.dialog is None and self._wizard.app is not None:
            from desktop_app.ui.packages.dialogs import ConfigImportDialog

            self.dialog = _embed(ConfigImportDialog(self._wizard.app, parent=self, runner=self._wizard.runner))
            self._layout.insertWidget(0, self.dialog, 1)

    def applied(self) -> bool:
        return self.dialog is not None and bool(self.dialog.done_applying)


class RestoreImportPage(QWizardPage):
    """Step 3: the restore package; the window then opens on the restored records."""

    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self.setObjectName("restoreImportPage")
        self._wizard = wizard
        self.result: Any = None
        self.setTitle(self.tr("Pulihkan data desa - langkah 3 dari 3: paket pemulihan"))
        self.setSubTitle(self.tr(
            "Pilih berkas paket pemulihan dari kabupaten (SIPERA_restore_....sipera). Data desa yang pernah "
            "dikirim kembali ke laptop ini, lengkap dengan status verifikasinya."))
        layout = QVBoxLayout(self)
        layout.addWidget(note_label(self.tr(
            "Pemulihan hanya bisa dilakukan pada instalasi baru yang masih kosong: belum ada data warga dan "
            "belum pernah mengirim paket data. Data yang diisi di laptop lama tetapi belum dikirim ke "
            "kabupaten tidak ikut kembali; isi ulang data itu sesudah pemulihan."), "restoreRulesLabel", self))
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("restoreFileEdit")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("Belum ada berkas dipilih"))
        self.import_button = make_button(self, "restoreImportButton", self.choose,
                                         text=self.tr("Pilih Paket Pemulihan..."))
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.result_label = note_label("", "restoreResultLabel", self)
        self.result_label.setVisible(False)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        self.later_note = _later_note(self, self.tr(
            "Bila paket pemulihan belum ada, tekan Mulai; impor nanti lewat menu Kirim > Pulihkan dari Paket "
            "Pemulihan."))
        layout.addWidget(self.later_note)

    def choose(self) -> None:
        app = self._wizard.app
        if app is None:
            return
        path = Pick.open_file(self, self.tr("Pilih paket pemulihan dari kabupaten"), last_dir(app))
        if path:
            self.restore(path)

    def restore(self, path: str | Path) -> None:
        from desktop_app.services.district import restore as restore_service

        app = self._wizard.app
        self.file_edit.setText(str(path))
        self.result_label.setVisible(False)
        self.import_button.setEnabled(False)
        run_work(self._wizard.runner, lambda _p: restore_service.import_restore(app, Path(path)), self._done,
                 self._failed, self.tr("Memulihkan data desa..."), self)

    def _done(self, result: Any) -> None:
        self.result = result
        self.later_note.setVisible(False)
        self._show(self.tr("\u2714 {n} data dipulihkan. Paket data berikutnya bernomor {seq}. Tekan Mulai untuk "
                           "membuka data desa.").format(n=result.restored, seq=result.next_sequence), GREEN)
        self.completeChanged.emit()
        button = self._wizard.button(QWizard.WizardButton.FinishButton)
        button.setDefault(True)
        button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self._show(self.tr("Paket pemulihan ditolak: {reason}").format(reason=error_message(exc)), RED)

    def _show(self, text: str, color: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(f"color: {color};")
        self.result_label.setVisible(True)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return True  # Mulai is always possible: the import is also in the Kirim menu


# ----------------------------------------------------------------------------- type to search


def _searchable(combo: QComboBox) -> None:
    """Type part of a name to choose it: almost every kabupaten starts with 'Kabupaten', so the
    combo's own first-letter search is no help. Matches anywhere in the name, any case; Enter
    takes the only match; leaving the field with text that is no choice shows the choice again."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    completer.activated[str].connect(lambda text: _choose_text(combo, text, unique_only=False))
    combo.lineEdit().returnPressed.connect(lambda: _choose_text(combo, combo.lineEdit().text()))
    combo.lineEdit().editingFinished.connect(lambda: _choose_text(combo, combo.lineEdit().text()))


def _choose_text(combo: QComboBox, text: str, *, unique_only: bool = True) -> None:
    wanted = " ".join(text.split()).casefold()
    names = [(i, combo.itemText(i)) for i in range(combo.count()) if combo.itemData(i)]
    exact = [i for i, name in names if name.casefold() == wanted]
    found = exact or [i for i, name in names if wanted and wanted in name.casefold()]
    if len(found) == 1 or (found and not unique_only):
        if combo.currentIndex() != found[0]:
            combo.setCurrentIndex(found[0])
        combo.lineEdit().setText(combo.itemText(found[0]))
    elif not combo.completer().popup().isVisible():
        combo.lineEdit().setText(combo.itemText(combo.currentIndex()) if combo.currentData() else "")


# ----------------------------------------------------------------------------- the wizard


class FirstStartWizard(QWizard):
    """Mode, region, operators; ``app`` holds the opened App once the profile was created."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartWizard")
        self.data_dir = Path(data_dir)
        self.app: App | None = None
        self.fingerprint = ""
        from desktop_app.ui.common.tasks import TaskRunner

        self.runner = TaskRunner(parent=self)
        self.setWindowTitle(self.tr("SIPERA - Persiapan pertama"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Mulai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.mode_page = ModePage()
        self.region_page = RegionPage(self)
        self.operator_page = OperatorPage(self)
        self.done_page = DonePage(self)
        for page in (self.mode_page, self.region_page, self.operator_page, self.done_page):
            self.addPage(page)
        self.restore_enroll_page = RestoreEnrollPage(self)
        self.restore_config_page = RestoreConfigPage(self)
        self.restore_import_page = RestoreImportPage(self)
        self.restore_enroll_id = self.addPage(self.restore_enroll_page)
        self.addPage(self.restore_config_page)
        self.addPage(self.restore_import_page)
        self.resize(760, 580)
        threading.Thread(target=_warm_up, name="regions-warm-up", daemon=True).start()

    def mode(self) -> str:
        return self.mode_page.mode()

    def region_code(self) -> str:
        return self.region_page.code()

    def create_profile(self) -> bool:
        """Make the data dir, database, profile and keys; on failure show why and stay."""
        from desktop_app.services.setup.profile import ProfileError, init_profile

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.app = init_profile(self.data_dir, self.mode(), self.region_code(), self.operator_page.operators())
        except ProfileError as exc:
            self.operator_page.show_error(tr_text(message_of(exc)))
            return False
        except Exception as exc:  # noqa: BLE001 - disk full, no permission...: say it, keep the typing
            self.operator_page.show_error(
                self.tr("Profil gagal dibuat: %1. Periksa ruang disk dan izin folder %2, lalu coba lagi.")
                .replace("%1", tr_text(message_of(exc))).replace("%2", str(self.data_dir)))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.fingerprint = _fingerprint(self.data_dir)
        return True


def _warm_up() -> None:
    try:
        regions.warm_up()
    except Exception:  # noqa: BLE001 - the search loads on demand anyway
        pass


def run_first_start(data_dir: Path, parent: QWidget | None = None) -> App | None:
    """Show the wizard; the opened App when a profile was created, else None."""
    wizard = FirstStartWizard(Path(data_dir), parent)
    wizard.exec()
    return wizard.app
