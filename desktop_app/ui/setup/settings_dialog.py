"""Pengaturan: operators, language, and the programme values (age window, year, coverage, rate).

Programme values stay editable until a district config package provides them
(``Programme.from_district``): then they are shown read-only with the reason. Changing the age
window or the coverage start re-checks every record (``services.records.revalidate_all``) with a
cancellable progress dialog. The language is saved as preference ``language`` and installed at
once: widgets that handle ``QEvent.LanguageChange`` (main window, Ringkasan) switch immediately.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.budget import format_rupiah
from desktop_app.core.person import FUNDING_LABELS
from desktop_app.core.text import message_of
from desktop_app.services.app import App, Programme
from desktop_app.ui.common.widgets import STRETCH, button_row, make_button
from desktop_app.ui.i18n import LANGUAGES, language_of, save_language, tr_text, tr_vocab

DATE_FORMAT = "dd-MM-yyyy"


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class SettingsDialog(QDialog):
    """``exec()`` returns Accepted when something was saved. After it: ``revalidated`` (records whose
    status changed, or None when no re-check ran) and ``language_changed``."""

    def __init__(self, app: App, parent: QWidget | None = None, runner: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Pengaturan"))
        self._app = app
        self._runner = runner
        self._programme = app.programme()
        self._language = language_of(app)
        self.revalidated: int | None = None
        self.language_changed = False
        self.programme_changed = False
        self.operators_changed = False
        self._check_pending = False
        self._build()
        self._load()
        self.resize(680, 560)

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        outer.addWidget(self.tabs, 1)

        # --- general
        general = QWidget()
        gl = QVBoxLayout(general)
        ops = QGroupBox(self.tr("Operator"))
        ol = QVBoxLayout(ops)
        help_ops = QLabel(self.tr("Nama operator dicatat pada setiap perubahan data. Klik dua kali untuk mengubah "
                                  "nama. Minimal satu operator."))
        help_ops.setWordWrap(True)
        ol.addWidget(help_ops)
        add_row = QHBoxLayout()
        self.operator_edit = QLineEdit()
        self.operator_edit.setObjectName("operatorEdit")
        self.operator_edit.setPlaceholderText(self.tr("Nama operator baru"))
        self.operator_edit.setMaxLength(120)
        self.add_operator_button = make_button(None, "addOperatorButton", self.add_operator, text=self.tr("Tambah"))
        add_row.addWidget(self.operator_edit, 1)
        add_row.addWidget(self.add_operator_button)
        ol.addLayout(add_row)
        self.operator_list = QListWidget()
        self.operator_list.setObjectName("operatorList")
        self.operator_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                           | QAbstractItemView.EditTrigger.EditKeyPressed)
        ol.addWidget(self.operator_list, 1)
        self.rename_operator_button = make_button(None, "renameOperatorButton", self.rename_operator,
                                                  text=self.tr("Ubah nama"))
        self.remove_operator_button = make_button(None, "removeOperatorButton", self.remove_operator,
                                                  text=self.tr("Hapus dari daftar"))
        ol.addLayout(button_row(STRETCH, self.rename_operator_button, self.remove_operator_button))
        gl.addWidget(ops, 1)

        lang = QGroupBox(self.tr("Bahasa tampilan"))
        ll = QFormLayout(lang)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_note = QLabel(self.tr("Bahasa baru langsung dipakai setelah Simpan ditekan."))
        self.language_note.setObjectName("languageNote")
        self.language_note.setWordWrap(True)
        ll.addRow(self.tr("Bahasa"), self.language_combo)
        ll.addRow(self.language_note)
        gl.addWidget(lang)

        ident = QGroupBox(self.tr("Identitas komputer ini"))
        il = QFormLayout(ident)
        profile = self._app.profile
        mode = self.tr("Mode Desa/Kelurahan") if profile.is_desa else self.tr("Mode Kabupaten/Kota")
        self.region_label = QLabel(f"{mode}: {profile.region_name} ({profile.region_code})")
        self.region_label.setWordWrap(True)
        self.fingerprint_label = QLabel(self._fingerprint() or self.tr("(belum ada kunci)"))
        self.fingerprint_label.setObjectName("fingerprintLabel")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setBold(True)
        self.fingerprint_label.setFont(mono)
        il.addRow(self.tr("Wilayah"), self.region_label)
        il.addRow(self.tr("Sidik jari kunci"), self.fingerprint_label)
        gl.addWidget(ident)
        self.tabs.addTab(general, self.tr("Umum"))

        # --- programme
        prog = QWidget()
        pl = QVBoxLayout(prog)
        self.district_note = QLabel()
        self.district_note.setObjectName("districtNote")
        self.district_note.setWordWrap(True)
        self.district_note.setStyleSheet("background: #FFF4D6; border: 1px solid #E6C36A; padding: 6px;")
        pl.addWidget(self.district_note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("programmeYearSpin")
        self.year_spin.setRange(2015, 2100)
        self.year_spin.setGroupSeparatorShown(False)
        self.start_edit = QDateEdit()
        self.start_edit.setObjectName("coverageStartEdit")
        self.end_edit = QDateEdit()
        self.end_edit.setObjectName("coverageEndEdit")
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setCalendarPopup(True)
            edit.setDateRange(QDate(2015, 1, 1), QDate(2100, 12, 31))
        self.months_label = QLabel()
        self.months_label.setObjectName("coverageMonthsLabel")
        self.rate_spin = QSpinBox()
        self.rate_spin.setObjectName("rateSpin")
        self.rate_spin.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.rate_spin.setGroupSeparatorShown(True)
        self.rate_spin.setRange(0, 10_000_000)
        self.rate_spin.setSingleStep(100)
        self.rate_spin.setPrefix("Rp")
        self.rate_help = QLabel(self.tr("JKK Rp10.000 + JKM Rp6.800 = Rp16.800 per orang per bulan."))
        self.rate_help.setWordWrap(True)
        self.funding_combo = QComboBox()
        self.funding_combo.setObjectName("defaultFundingCombo")
        for code, label in FUNDING_LABELS.items():
            self.funding_combo.addItem(tr_vocab(label), code)
        self.age_min_spin = QSpinBox()
        self.age_min_spin.setObjectName("ageMinSpin")
        self.age_max_spin = QSpinBox()
        self.age_max_spin.setObjectName("ageMaxSpin")
        for spin in (self.age_min_spin, self.age_max_spin):
            spin.setRange(0, 120)
            spin.setSuffix(self.tr(" tahun"))
        age_row = QHBoxLayout()
        age_row.addWidget(self.age_min_spin)
        age_row.addWidget(QLabel(self.tr("sampai")))
        age_row.addWidget(self.age_max_spin)
        age_row.addStretch(1)
        period_row = QHBoxLayout()
        period_row.addWidget(self.start_edit)
        period_row.addWidget(QLabel(self.tr("s.d.")))
        period_row.addWidget(self.end_edit)
        period_row.addWidget(self.months_label)
        period_row.addStretch(1)
        form.addRow(self.tr("Tahun program"), self.year_spin)
        form.addRow(self.tr("Periode kepesertaan"), period_row)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_spin)
        rate_row.addWidget(self.rate_help, 1)
        form.addRow(self.tr("Iuran per orang per bulan"), rate_row)
        form.addRow(self.tr("Sumber dana bawaan"), self.funding_combo)
        form.addRow(self.tr("Batas umur peserta"), age_row)
        pl.addLayout(form)
        self.age_help = QLabel(self.tr("Umur dihitung pada awal kepesertaan. Data di luar batas umur mendapat "
                                       "peringatan, tidak ditolak. Setelah batas umur atau awal kepesertaan "
                                       "diubah, semua data diperiksa ulang."))
        self.age_help.setWordWrap(True)
        pl.addWidget(self.age_help)
        pl.addStretch(1)
        self.tabs.addTab(prog, self.tr("Program"))

        self.error_label = QLabel()
        self.error_label.setObjectName("settingsErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #B00020;")
        self.error_label.setVisible(False)
        outer.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("settingsButtons")
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.operator_edit.returnPressed.connect(self.add_operator)
        self.operator_list.currentRowChanged.connect(self._update_buttons)
        self.start_edit.dateChanged.connect(self._update_months)
        self.end_edit.dateChanged.connect(self._update_months)

    def _fingerprint(self) -> str:
        try:
            from desktop_app.services.packages import keys as keys_service

            return str(keys_service.identity(self._app.data_dir).fingerprint)
        except Exception:  # noqa: BLE001 - informative only
            return ""

    # ------------------------------------------------------------------ values

    def _load(self) -> None:
        for name in self._app.profile.operators:
            self._add_item(name)
        index = self.language_combo.findData(self._language)
        self.language_combo.setCurrentIndex(max(index, 0))
        p = self._programme
        self.year_spin.setValue(p.year)
        self.start_edit.setDate(_qdate(p.coverage_start))
        self.end_edit.setDate(_qdate(p.coverage_end))
        self.rate_spin.setValue(p.rate)
        self.age_min_spin.setValue(p.age_min)
        self.age_max_spin.setValue(p.age_max)
        self.funding_combo.setCurrentIndex(max(0, self.funding_combo.findData(p.default_funding_source)))
        read_only = p.from_district
        for w in (self.funding_combo, self.year_spin, self.start_edit, self.end_edit, self.rate_spin, self.age_min_spin, self.age_max_spin):
            w.setEnabled(not read_only)
        if not self._app.profile.is_desa:
            self.district_note.setText(self.tr(
                "Nilai program ini dibawa ke semua desa oleh paket konfigurasi. Setelah mengubahnya, buat paket "
                "konfigurasi baru (tab Desa > Buat Paket Konfigurasi...) dan serahkan ke desa."))
        elif read_only:
            self.district_note.setText(self.tr(
                "Nilai program ini ditetapkan oleh kabupaten lewat paket konfigurasi dan tidak bisa diubah di "
                "sini. Jika ada yang salah, minta kabupaten mengirim paket konfigurasi baru."))
        else:
            self.district_note.setText(self.tr(
                "Isi sesuai keputusan kabupaten. Nilai ini dipakai sampai kabupaten mengirim paket konfigurasi; "
                "setelah itu nilai dari kabupaten yang berlaku."))
        self._update_months()
        self._update_buttons()

    def _add_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.operator_list.addItem(item)
        return item

    def operators(self) -> list[str]:
        out: list[str] = []
        for i in range(self.operator_list.count()):
            name = " ".join(self.operator_list.item(i).text().split())
            if name and name.casefold() not in (o.casefold() for o in out):
                out.append(name)
        return out

    def add_operator(self) -> None:
        name = " ".join(self.operator_edit.text().split())
        if not name:
            return
        if name.casefold() in (o.casefold() for o in self.operators()):
            self._error(self.tr("Operator %1 sudah ada di daftar.").replace("%1", name))
            return
        self._error("")
        self.operator_list.setCurrentItem(self._add_item(name))
        self.operator_edit.clear()
        self._update_buttons()

    def remove_operator(self) -> None:
        row = self.operator_list.currentRow()
        if row < 0:
            return
        if self.operator_list.count() <= 1:
            self._error(self.tr("Minimal satu operator harus ada. Tambahkan nama lain dulu."))
            return
        self.operator_list.takeItem(row)
        self._update_buttons()

    def rename_operator(self) -> None:
        item = self.operator_list.currentItem()
        if item is not None:
            self.operator_list.editItem(item)

    def _update_buttons(self, *_args: Any) -> None:
        has = self.operator_list.currentRow() >= 0
        self.remove_operator_button.setEnabled(has and self.operator_list.count() > 1)
        self.rename_operator_button.setEnabled(has)

    def _update_months(self, *_args: Any) -> None:
        from desktop_app.core.budget import months_between

        months = months_between(_pydate(self.start_edit.date()), _pydate(self.end_edit.date()))
        self.months_label.setText(self.tr("(%n bulan)", "", months))

    def _error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def programme_values(self) -> Programme:
        return replace(
            self._programme,
            year=self.year_spin.value(),
            coverage_start=_pydate(self.start_edit.date()),
            coverage_end=_pydate(self.end_edit.date()),
            rate=self.rate_spin.value(),
            age_min=self.age_min_spin.value(),
            age_max=self.age_max_spin.value(),
            default_funding_source=str(self.funding_combo.currentData() or self._programme.default_funding_source),
        )

    # ------------------------------------------------------------------ saving

    def save(self) -> None:
        """Check, save, and re-check records when the age rule changed; then accept()."""
        operators = self.operators()
        if not operators:
            self._error(self.tr("Minimal satu nama operator harus diisi."))
            self.tabs.setCurrentIndex(0)
            return
        new = self.programme_values()
        old = self._programme
        if not old.from_district:
            if new.age_min > new.age_max:
                self._error(self.tr("Batas umur terendah (%1) lebih besar dari batas tertinggi (%2).")
                            .replace("%1", str(new.age_min)).replace("%2", str(new.age_max)))
                self.tabs.setCurrentIndex(1)
                return
            if new.coverage_end < new.coverage_start:
                self._error(self.tr("Akhir kepesertaan harus sesudah awal kepesertaan."))
                self.tabs.setCurrentIndex(1)
                return
            if new.rate <= 0:
                self._error(self.tr("Iuran per bulan harus lebih dari Rp0 (biasanya %1).")
                            .replace("%1", format_rupiah(16_800)))
                self.tabs.setCurrentIndex(1)
                return
        self._error("")
        try:
            if operators != self._app.profile.operators:
                self._app.set_operators(operators)
                self.operators_changed = True
            language = self.language_combo.currentData()
            if language != self._language:
                save_language(self._app, language)
                self.language_changed = True
                self._language = language
            if not old.from_district and new != old:
                self._app.set_programme(new)
                self.programme_changed = True
        except Exception as exc:  # noqa: BLE001 - storage problem: say it, keep the dialog open
            self._error(self.tr("Pengaturan gagal disimpan: %1").replace("%1", tr_text(message_of(exc))))
            return
        self._programme = new if self.programme_changed else old
        needs_check = self._check_pending or self.programme_changed and (
            (new.age_min, new.age_max, new.coverage_start) != (old.age_min, old.age_max, old.coverage_start))
        if needs_check:
            self._revalidate()
            return
        self._finish()

    def _finish(self) -> None:
        if self.language_changed:
            self._apply_language()
        changed = self.operators_changed or self.language_changed or self.programme_changed
        if changed:
            self.accept()
        else:
            self.reject()

    def _apply_language(self) -> None:
        """Install the chosen language now; open windows retranslate on QEvent.LanguageChange."""
        from PySide6.QtWidgets import QApplication

        from desktop_app.ui.i18n import install_translators

        qapp = QApplication.instance()
        if qapp is not None:
            install_translators(qapp, self._language)

    def _revalidate(self) -> None:
        from desktop_app.services.records.editing import revalidate_all

        app = self._app
        self.buttons.setEnabled(False)
        self._error("")
        runner = self._runner
        if runner is None:
            from desktop_app.ui.common.tasks import TaskRunner

            runner = self._runner = TaskRunner(parent=self)

        def done(changed: int) -> None:
            self._check_pending = False
            self.revalidated = int(changed)
            self.buttons.setEnabled(True)
            self._finish()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            from desktop_app.core.progress import Cancelled

            self._check_pending = True
            if isinstance(exc, Cancelled):
                message = self.tr("Pemeriksaan ulang dibatalkan. Pengaturan sudah tersimpan; status data akan "
                                  "diperbarui saat data dibuka atau disimpan lagi.")
            else:
                message = self.tr("Pemeriksaan ulang gagal: %1").replace("%1", tr_text(message_of(exc)))
            self._error(message)

        runner.run(lambda progress: revalidate_all(app, progress), done, failed,
                   self.tr("Memeriksa ulang semua data dengan batas umur baru..."), self)
