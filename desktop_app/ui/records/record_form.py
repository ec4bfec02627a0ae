"""The record form: every field of a record, checked while the operator types.

Keyboard first for desk sessions: Enter moves to the next field, Ctrl+S saves, Ctrl+Shift+S saves
and starts the next record, Esc closes (asking first when something was typed). The NIK decodes
while typing (region, birth date, sex) and fills birth date and sex when they are empty; a NIK
already used in the village is shown at once with a button to open that record.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core import regions
from desktop_app.core.issues import Issue, Severity
from desktop_app.core.nik import nik_dates_and_sex, parse_nik
from desktop_app.core.normalize import normalize_money, normalize_name, normalize_phone, pad_rt, parse_date
from desktop_app.core.person import (
    DATA_SOURCE_LABELS,
    FUNDING_LABELS,
    OCCUPATION_LABELS,
    PROGRAMME_LABELS,
    Person,
)
from desktop_app.services.app import App
from desktop_app.services.records import editing as records
from desktop_app.services.records import listing
from desktop_app.ui.common.errors import error_text
from desktop_app.ui.common.validators import NikValidator
from desktop_app.ui.common.widgets import (
    STATUS_COLORS,
    Ask,
    IssueLabel,
    fmt_date,
    fmt_number,
    issue_text,
    make_button,
    set_combo_data,
    vocab,
    with_count,
)

CHECK_DEBOUNCE_MS = 250

# person field -> widget key (objectNames are '<key>Edit'/'<key>Combo' and '<key>Issue')
ISSUE_KEYS: dict[str, str] = {
    "nik": "nik",
    "kk_number": "kk",
    "full_name": "name",
    "name_title": "title",
    "birth_place": "birthPlace",
    "birth_date": "birthDate",
    "sex": "sex",
    "address": "address",
    "rt": "rt",
    "rw": "rw",
    "dusun": "dusun",
    "phone": "phone",
    "occupation": "occupation",
    "occupation_other": "occupationOther",
    "income": "income",
    "programme": "programme",
    "funding_source": "funding",
    "coverage_start": "coverageStart",
    "coverage_end": "coverageEnd",
    "data_source": "dataSource",
    "desil": "desil",
    "notes": "notes",
}
# "missing" issues of a new record are shown only once the field was left or a save was tried
_MISSING = {"nik.missing", "nik.format", "name.missing", "birthdate.missing", "sex.missing", "occupation.missing"}


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class RecordForm(QDialog):
    saved = Signal(object)  # records.SaveResult

    def __init__(self, app: App, person_id: str | None = None, parent: QWidget | None = None,
                 person: Person | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self.app = app
        self.programme = app.programme()
        self._issue_labels: dict[str, IssueLabel] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._auto_birth = ""
        self._auto_sex = ""
        self._duplicate: Person | None = None
        self._similar: list[Issue] = []
        self._last_issues: list[Issue] = []
        self._shown_issues: list[Issue] = []
        self._saved_count = 0
        self._loading = False
        self._nik_typed = False

        self._build()
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DEBOUNCE_MS)
        self._check_timer.timeout.connect(self.run_check)
        self._connect_changes()

        loaded = person or (records.get(app, person_id) if person_id else None)
        self.load_person(loaded)
        self.resize(1180, 660)

    # ------------------------------------------------------------ construction

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(6)
        self.titleLabel = QLabel(self)
        self.titleLabel.setObjectName("formTitle")
        self.titleLabel.setStyleSheet("font-size: 13pt; font-weight: 600;")
        outer.addWidget(self.titleLabel)

        scroll = QScrollArea(self)
        scroll.setObjectName("formScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(10)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        def group(title: str) -> tuple[QGroupBox, QFormLayout]:
            box = QGroupBox(title, body)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setVerticalSpacing(5)
            form.setHorizontalSpacing(8)
            return box, form

        def line(name: str, placeholder: str = "", max_length: int = 0) -> QLineEdit:
            edit = QLineEdit(body)
            edit.setObjectName(name)
            if placeholder:
                edit.setPlaceholderText(placeholder)
            if max_length:
                edit.setMaxLength(max_length)
            return edit

        def combo(name: str, items: list[tuple[str, str]], empty: str | None = None) -> QComboBox:
            box = QComboBox(body)
            box.setObjectName(name)
            if empty is not None:
                box.addItem(empty, "")
            for code, label in items:
                box.addItem(label, code)
            return box

        def row(form: QFormLayout, label: str, widget: QWidget, key: str, extra: list[QWidget] | None = None) -> None:
            holder = QWidget(body)
            v = QVBoxLayout(holder)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(1)
            v.addWidget(widget)
            for w in extra or []:
                v.addWidget(w)
            issue = IssueLabel(f"{key}Issue", holder)
            self._issue_labels[key] = issue
            v.addWidget(issue)
            caption = QLabel(label, body)
            caption.setBuddy(widget)
            form.addRow(caption, holder)

        # --- identity
        idbox, idf = group(self.tr("Identitas (sesuai KTP)"))
        self.nikEdit = line("nikEdit", self.tr("16 angka NIK"), 30)
        self.nikEdit.setStyleSheet("font-family: monospace; font-size: 11pt;")
        self.nikEdit.setValidator(NikValidator(self.nikEdit))  # digits only; O -> 0, I/l -> 1
        self.nikInfoLabel = QLabel(body)
        self.nikInfoLabel.setObjectName("nikInfoLabel")
        self.nikInfoLabel.setWordWrap(True)
        self.nikInfoLabel.setStyleSheet("color: #1a5276; font-size: 9pt;")
        self.duplicateBox = QFrame(body)
        self.duplicateBox.setObjectName("duplicateBox")
        self.duplicateBox.setStyleSheet(
            "#duplicateBox { background: #fdecea; border: 1px solid #e6a5a0; border-radius: 4px; }")
        dl = QVBoxLayout(self.duplicateBox)
        dl.setContentsMargins(6, 4, 6, 4)
        self.duplicateLabel = QLabel(self.duplicateBox)
        self.duplicateLabel.setObjectName("duplicateLabel")
        self.duplicateLabel.setWordWrap(True)
        dl.addWidget(self.duplicateLabel)
        self.openExistingButton = make_button(self.duplicateBox, "openExistingButton", self.open_existing)
        dl.addWidget(self.openExistingButton, 0, Qt.AlignmentFlag.AlignLeft)
        self.duplicateBox.setVisible(False)
        row(idf, self.tr("NIK"), self.nikEdit, "nik", [self.nikInfoLabel, self.duplicateBox])
        self.kkEdit = line("kkEdit", self.tr("16 angka nomor KK"), 30)
        row(idf, self.tr("No. KK"), self.kkEdit, "kk")
        self.nameEdit = line("nameEdit", self.tr("nama lengkap sesuai KTP"), 120)
        self.similarBox = QFrame(body)
        self.similarBox.setObjectName("similarBox")
        self.similarBox.setStyleSheet(
            "#similarBox { background: #fff4e0; border: 1px solid #f0c27b; border-radius: 4px; }")
        sl = QVBoxLayout(self.similarBox)
        sl.setContentsMargins(6, 4, 6, 4)
        self.similarLabel = QLabel(self.similarBox)
        self.similarLabel.setObjectName("similarLabel")
        self.similarLabel.setWordWrap(True)
        sl.addWidget(self.similarLabel)
        self.similarBox.setVisible(False)
        row(idf, self.tr("Nama lengkap"), self.nameEdit, "name", [self.similarBox])
        self.titleEdit = line("titleEdit", self.tr("H., Hj., Drs., S.Pd. ..."), 40)
        row(idf, self.tr("Gelar"), self.titleEdit, "title")
        self.birthPlaceEdit = line("birthPlaceEdit", "", 60)
        row(idf, self.tr("Tempat lahir"), self.birthPlaceEdit, "birthPlace")
        self.birthDateEdit = line("birthDateEdit", self.tr("hh-bb-tttt"), 20)
        row(idf, self.tr("Tanggal lahir"), self.birthDateEdit, "birthDate")
        self.sexCombo = combo("sexCombo", [("L", self.tr("L - Laki-laki")), ("P", self.tr("P - Perempuan"))], "")
        row(idf, self.tr("Jenis kelamin"), self.sexCombo, "sex")
        left = QVBoxLayout()
        left.addWidget(idbox)
        left.addStretch(1)
        columns.addLayout(left, 10)

        # --- address and work
        middle = QVBoxLayout()
        middle.setSpacing(8)
        adbox, adf = group(self.tr("Alamat dan kontak"))
        self.addressEdit = line("addressEdit", self.tr("jalan, kampung, nomor rumah"), 200)
        row(adf, self.tr("Alamat"), self.addressEdit, "address")
        self.rtEdit = line("rtEdit", "001", 3)
        self.rwEdit = line("rwEdit", "001", 3)
        rtrw = QWidget(body)
        h = QHBoxLayout(rtrw)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.rtEdit)
        self.rwLabel = QLabel(self.tr("RW"), rtrw)
        self.rwLabel.setBuddy(self.rwEdit)
        h.addWidget(self.rwLabel)
        h.addWidget(self.rwEdit)
        self._issue_labels["rw"] = IssueLabel("rwIssue", body)
        row(adf, self.tr("RT"), rtrw, "rt", [self._issue_labels["rw"]])
        self.dusunEdit = line("dusunEdit", self.tr("nama dusun/lingkungan"), 60)
        row(adf, self.tr("Dusun"), self.dusunEdit, "dusun")
        self.phoneEdit = line("phoneEdit", "08xx xxxx xxxx", 30)
        row(adf, self.tr("No. HP"), self.phoneEdit, "phone")
        middle.addWidget(adbox)
        wkbox, wkf = group(self.tr("Pekerjaan"))
        occupations = [(c, vocab(label)) for c, label in OCCUPATION_LABELS.items()]
        self.occupationCombo = combo("occupationCombo", occupations, self.tr("- pilih pekerjaan -"))
        row(wkf, self.tr("Pekerjaan"), self.occupationCombo, "occupation")
        self.occupationOtherEdit = line("occupationOtherEdit", self.tr("sebutkan pekerjaannya"), 80)
        row(wkf, self.tr("Sebutkan"), self.occupationOtherEdit, "occupationOther")
        self._work_form = wkf
        self._occupation_other_row = wkf.rowCount() - 1
        self.incomeEdit = line("incomeEdit", self.tr("kosong bila tidak diketahui"), 20)
        income = QWidget(body)
        ih = QHBoxLayout(income)
        ih.setContentsMargins(0, 0, 0, 0)
        ih.addWidget(QLabel("Rp", income))
        ih.addWidget(self.incomeEdit, 1)
        row(wkf, self.tr("Penghasilan/bulan"), income, "income")
        middle.addWidget(wkbox)
        middle.addStretch(1)
        columns.addLayout(middle, 9)

        # --- programme and provenance
        pgbox, pgf = group(self.tr("Program dan sumber data"))
        self.programmeCombo = combo("programmeCombo", [(c, vocab(lb)) for c, lb in PROGRAMME_LABELS.items()])
        row(pgf, self.tr("Program"), self.programmeCombo, "programme")
        self.fundingCombo = combo("fundingCombo", [(c, vocab(lb)) for c, lb in FUNDING_LABELS.items()],
                                  self.tr("- pilih -"))
        row(pgf, self.tr("Sumber dana"), self.fundingCombo, "funding")
        self.coverageStartEdit = line("coverageStartEdit", self.tr("hh-bb-tttt"), 20)
        row(pgf, self.tr("Mulai kepesertaan"), self.coverageStartEdit, "coverageStart")
        self.coverageEndEdit = line("coverageEndEdit", self.tr("hh-bb-tttt"), 20)
        row(pgf, self.tr("Akhir kepesertaan"), self.coverageEndEdit, "coverageEnd")
        self.dataSourceCombo = combo("dataSourceCombo", [(c, vocab(lb)) for c, lb in DATA_SOURCE_LABELS.items()],
                                     self.tr("- pilih -"))
        row(pgf, self.tr("Sumber data"), self.dataSourceCombo, "dataSource")
        self.desilSpin = QSpinBox(body)
        self.desilSpin.setObjectName("desilSpin")
        self.desilSpin.setRange(0, 10)
        self.desilSpin.setSpecialValueText(self.tr("tidak diketahui"))
        row(pgf, self.tr("Desil"), self.desilSpin, "desil")
        self.notesEdit = line("notesEdit", self.tr("catatan untuk petugas"), 500)
        row(pgf, self.tr("Catatan"), self.notesEdit, "notes")
        self.otherIssues = IssueLabel("formIssue", body)
        pgf.addRow(self.otherIssues)
        right = QVBoxLayout()
        right.addWidget(pgbox)
        right.addStretch(1)
        columns.addLayout(right, 9)

        # --- bottom bar
        bottom = QHBoxLayout()
        self.statusLabel = QLabel(self)
        self.statusLabel.setObjectName("formStatusLabel")
        self.statusLabel.setWordWrap(True)
        bottom.addWidget(self.statusLabel, 1)
        # Enter moves between fields (see keyPressEvent), so no button is the default one.
        self.cancelButton = make_button(self, "cancelButton", self.reject, text=self.tr("Batal (Esc)"),
                                        auto_default=False)
        self.saveNewButton = make_button(self, "saveNewButton", lambda: self.save(and_new=True),
                                         text=self.tr("Simpan && Baru (Ctrl+Shift+S)"), auto_default=False)
        self.saveButton = make_button(self, "saveButton", lambda: self.save(), text=self.tr("Simpan (Ctrl+S)"),
                                      auto_default=False)
        self.saveButton.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 16px; }")
        for b in (self.cancelButton, self.saveNewButton, self.saveButton):
            bottom.addWidget(b)
        outer.addLayout(bottom)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, lambda: self.save())
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, lambda: self.save(and_new=True))

        self._inputs: list[QWidget] = [
            self.nikEdit, self.kkEdit, self.nameEdit, self.titleEdit, self.birthPlaceEdit, self.birthDateEdit,
            self.sexCombo, self.addressEdit, self.rtEdit, self.rwEdit, self.dusunEdit, self.phoneEdit,
            self.occupationCombo, self.occupationOtherEdit, self.incomeEdit, self.programmeCombo,
            self.fundingCombo, self.coverageStartEdit, self.coverageEndEdit, self.dataSourceCombo, self.desilSpin,
            self.notesEdit,
        ]
        self._key_of: dict[str, str] = {}
        for w in self._inputs:
            w.installEventFilter(self)
            name = w.objectName()
            for suffix in ("Edit", "Combo", "Spin"):
                if name.endswith(suffix):
                    self._key_of[name] = name[: -len(suffix)]
        # tab order follows the visual order: identity, address, work, programme
        for a, b in zip(self._inputs, self._inputs[1:], strict=False):
            QWidget.setTabOrder(a, b)
        QWidget.setTabOrder(self._inputs[-1], self.saveButton)
        for b in (self.saveButton, self.saveNewButton, self.cancelButton):
            b.installEventFilter(self)

        # dusun completer from the village's existing values
        try:
            dusun = listing.dusun_values(self.app)
        except Exception:  # noqa: BLE001 - a completer is a convenience
            dusun = []
        completer = QCompleter(dusun, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.dusunEdit.setCompleter(completer)

    def _connect_changes(self) -> None:
        self.nikEdit.textEdited.connect(self._nik_edited)
        self.nikEdit.textChanged.connect(self._on_nik_changed)
        self.kkEdit.textEdited.connect(self._kk_edited)
        self.occupationCombo.currentIndexChanged.connect(self._on_occupation_changed)
        for w in self._inputs:
            if isinstance(w, QLineEdit):
                w.textChanged.connect(self._changed)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._changed)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self._changed)
        self.birthDateEdit.editingFinished.connect(lambda: self._reformat_date(self.birthDateEdit))
        self.coverageStartEdit.editingFinished.connect(lambda: self._reformat_date(self.coverageStartEdit))
        self.coverageEndEdit.editingFinished.connect(lambda: self._reformat_date(self.coverageEndEdit))
        self.incomeEdit.editingFinished.connect(self._reformat_income)
        self.rtEdit.editingFinished.connect(lambda: self._pad(self.rtEdit))
        self.rwEdit.editingFinished.connect(lambda: self._pad(self.rwEdit))

    # ------------------------------------------------------------ loading

    def load_person(self, person: Person | None) -> None:
        """Fill the form with ``person`` (None: an empty new record with programme defaults)."""
        self._loading = True
        self._is_new = person is None
        p = person or Person(
            desa_code=self.app.desa_code,
            funding_source=self.programme.default_funding_source,
            coverage_start=self.programme.coverage_start,
            coverage_end=self.programme.coverage_end,
        )
        self._person = p
        self.nikEdit.setText(p.nik)
        self.kkEdit.setText(p.kk_number)
        self.nameEdit.setText(p.full_name)
        self.titleEdit.setText(p.name_title)
        self.birthPlaceEdit.setText(p.birth_place)
        self.birthDateEdit.setText(fmt_date(p.birth_date))
        set_combo_data(self.sexCombo, p.sex)
        self.addressEdit.setText(p.address)
        self.rtEdit.setText(p.rt)
        self.rwEdit.setText(p.rw)
        self.dusunEdit.setText(p.dusun)
        self.phoneEdit.setText(p.phone)
        set_combo_data(self.occupationCombo, p.occupation)
        self.occupationOtherEdit.setText(p.occupation_other)
        self.incomeEdit.setText(fmt_number(p.income) if p.income is not None else "")
        set_combo_data(self.programmeCombo, p.programme)
        set_combo_data(self.fundingCombo, p.funding_source)
        self.coverageStartEdit.setText(fmt_date(p.coverage_start))
        self.coverageEndEdit.setText(fmt_date(p.coverage_end))
        set_combo_data(self.dataSourceCombo, p.data_source)
        self.desilSpin.setValue(p.desil or 0)
        self.notesEdit.setText(p.notes)
        self._auto_birth = self._auto_sex = ""
        self._touched = set()
        self._show_all = not self._is_new
        self._duplicate = None
        self._loading = False
        self._on_occupation_changed()
        self._on_nik_changed(self.nikEdit.text())
        self._initial = self._snapshot()
        self._update_title()
        if self._is_new:
            for label in self._issue_labels.values():
                label.set_issues([])
            self.otherIssues.set_issues([])
            self.similarBox.setVisible(False)
            self._last_issues = []
            self._shown_issues = []
            self._similar = []
            self._update_status()
        else:
            self.run_check()
        self.nikEdit.setFocus()

    def _update_title(self) -> None:
        if self._is_new:
            self.setWindowTitle(self.tr("Data Baru"))
            self.titleLabel.setText(self.tr("Data pekerja baru"))
        else:
            self.setWindowTitle(self.tr("Ubah Data - {name}").format(name=self._person.full_name))
            self.titleLabel.setText(self.tr("Ubah data: {name}").format(name=self._person.full_name))
        self.saveNewButton.setVisible(True)

    @property
    def person_id(self) -> str:
        return self._person.id

    @property
    def is_new(self) -> bool:
        return self._is_new

    # ------------------------------------------------------------ reading the form

    def _snapshot(self) -> tuple[Any, ...]:
        out: list[Any] = []
        for w in self._inputs:
            if isinstance(w, QLineEdit):
                out.append(w.text())
            elif isinstance(w, QComboBox):
                out.append(w.currentData())
            elif isinstance(w, QSpinBox):
                out.append(w.value())
        return tuple(out)

    def is_dirty(self) -> bool:
        return self._snapshot() != self._initial

    def _date_of(self, edit: QLineEdit) -> tuple[date | None, bool]:
        """(date, readable): empty text is (None, True)."""
        text = edit.text().strip()
        if not text:
            return None, True
        value = parse_date(text)
        return value, value is not None

    def unreadable_fields(self) -> list[tuple[QWidget, str]]:
        """Typed values that cannot be read: saving would lose them, so saving waits."""
        out: list[tuple[QWidget, str]] = []
        for edit, label in ((self.birthDateEdit, self.tr("Tanggal lahir")),
                            (self.coverageStartEdit, self.tr("Mulai kepesertaan")),
                            (self.coverageEndEdit, self.tr("Akhir kepesertaan"))):
            if not self._date_of(edit)[1]:
                out.append((edit, self.tr("{field} '{text}' tidak terbaca sebagai tanggal. Tulis hh-bb-tttt, "
                                          "misalnya 17-08-1985.").format(field=label, text=edit.text().strip())))
        if self.incomeEdit.text().strip() and normalize_money(self.incomeEdit.text()) is None:
            out.append((self.incomeEdit, self.tr("Penghasilan '{text}' tidak terbaca sebagai angka rupiah.")
                        .format(text=self.incomeEdit.text().strip())))
        return out

    def person_from_form(self) -> Person:
        name, title_in_name = normalize_name(self.nameEdit.text())
        title = " ".join(self.titleEdit.text().split()) or title_in_name
        phone_text = self.phoneEdit.text().strip()
        phone = normalize_phone(phone_text)[0] if phone_text else ""
        income_text = self.incomeEdit.text().strip()
        income = normalize_money(income_text) if income_text else None
        occupation = self.occupationCombo.currentData() or ""
        raw_nik = self.nikEdit.text().strip()
        cleaned = _digits(raw_nik) if raw_nik and all(ch.isdigit() or ch in " .-'" for ch in raw_nik) else raw_nik
        return self._person.copy(
            desa_code=self._person.desa_code or self.app.desa_code,
            nik=cleaned,
            nik_from_number=False if cleaned != self._person.nik else self._person.nik_from_number,
            kk_number=_digits(self.kkEdit.text()) if self.kkEdit.text().strip() else "",
            full_name=name,
            name_title=title,
            birth_place=" ".join(self.birthPlaceEdit.text().split()).upper(),
            birth_date=self._date_of(self.birthDateEdit)[0],
            sex=self.sexCombo.currentData() or "",
            address=" ".join(self.addressEdit.text().split()).upper(),
            rt=pad_rt(self.rtEdit.text()) if self.rtEdit.text().strip() else "",
            rw=pad_rt(self.rwEdit.text()) if self.rwEdit.text().strip() else "",
            dusun=" ".join(self.dusunEdit.text().split()).upper(),
            phone=phone or phone_text,
            occupation=occupation,
            occupation_other=" ".join(self.occupationOtherEdit.text().split()) if occupation == "lainnya" else "",
            # empty: not declared (the budget assumes the minimum, the record claims nothing)
            income=income if income is not None or not income_text else self._person.income,
            programme=self.programmeCombo.currentData() or "jkk_jkm",
            funding_source=self.fundingCombo.currentData() or "",
            coverage_start=self._date_of(self.coverageStartEdit)[0],
            coverage_end=self._date_of(self.coverageEndEdit)[0],
            data_source=self.dataSourceCombo.currentData() or "",
            desil=self.desilSpin.value() or None,
            notes=" ".join(self.notesEdit.text().split()),
        )

    # ------------------------------------------------------------ live feedback

    def _changed(self, *_args: Any) -> None:
        if not self._loading:
            self._check_timer.start()

    def _on_occupation_changed(self, *_args: Any) -> None:
        other = self.occupationCombo.currentData() == "lainnya"
        self.occupationOtherEdit.setEnabled(other)
        self._work_form.setRowVisible(self._occupation_other_row, other)

    def _on_nik_changed(self, text: str) -> None:
        """Decode while typing: the region after 6 digits; birth date and sex only from a whole NIK
        (16 digits, no error), and only then filled into the form. A NIK that is one digit short
        would decode into a wrong date; a NIK that stops being valid takes back what it filled."""
        digits = _digits(text)
        clean = bool(text) and all(ch.isdigit() or ch in " .-'" for ch in text.strip())
        parts: list[str] = []
        nik_issues: list[Issue] = []
        duplicate: Person | None = None
        whole = False
        if clean and len(digits) >= 6:
            code = f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}"
            region = regions.describe(code)
            parts.append(region or self.tr("kode wilayah {code} tidak dikenal").format(code=code))
        if clean and len(digits) == 16:
            info = parse_nik(digits)
            nik_issues = [i for i in info.issues if i.field == "nik"]
            born, sex = nik_dates_and_sex(digits)
            if info.valid and born is not None:
                whole = True
                parts.append(self.tr("lahir {date}").format(date=fmt_date(born)))
                parts.append(self.tr("Laki-laki") if sex == "L" else self.tr("Perempuan"))
                self._fill_from_nik(born, sex)
            found = [p for p in records.find_by_nik(self.app, digits) if p.id != self._person.id]
            duplicate = found[0] if found else None
        elif clean and 6 <= len(digits) < 16:
            parts.append(self.tr("baru {n} dari 16 angka").format(n=len(digits)))
        elif clean and len(digits) > 16:
            nik_issues = [i for i in parse_nik(digits).issues if i.field == "nik"]
        self.nikInfoLabel.setText(" \u00b7 ".join(parts))
        self.nikInfoLabel.setVisible(bool(parts))
        if not whole:
            self._unfill_from_nik()
        self._show_duplicate(duplicate)
        typed, self._nik_typed = self._nik_typed, False
        if typed and whole and duplicate is None and not self._loading and self.nikEdit.hasFocus() \
                and len(text.strip()) == 16:
            self.focus_next_needed(self.nikEdit)  # a whole, sound NIK typed: on to the next field
        if nik_issues or len(digits) == 16:
            # 16 digits typed: show the NIK's own problems at once, the full check follows
            self._touched.add("nik")
            self._issue_labels["nik"].set_issues(nik_issues)

    def _fill_from_nik(self, born: date, sex: str) -> None:
        """Fill birth date and sex from the NIK when they are empty (or were filled from it)."""
        if self._loading:
            return
        current = self.birthDateEdit.text().strip()
        if not current or current == self._auto_birth:
            self._auto_birth = fmt_date(born)
            self.birthDateEdit.setText(self._auto_birth)
        if sex and (not self.sexCombo.currentData() or self.sexCombo.currentData() == self._auto_sex):
            self._auto_sex = sex
            set_combo_data(self.sexCombo, sex)

    def _unfill_from_nik(self) -> None:
        """Clear birth date and sex the NIK filled in when the NIK no longer says them."""
        if self._loading:
            return
        if self._auto_birth and self.birthDateEdit.text().strip() == self._auto_birth:
            self.birthDateEdit.clear()
        self._auto_birth = ""
        if self._auto_sex and self.sexCombo.currentData() == self._auto_sex:
            set_combo_data(self.sexCombo, "")
        self._auto_sex = ""

    def _show_duplicate(self, existing: Person | None) -> None:
        self._duplicate = existing
        if existing is None:
            self.duplicateBox.setVisible(False)
            return
        where = ", ".join(x for x in (
            f"RT {existing.rt}/RW {existing.rw}" if existing.rt or existing.rw else "",
            existing.dusun,
            self.tr("lahir {date}").format(date=fmt_date(existing.birth_date)) if existing.birth_date else "",
        ) if x)
        self.duplicateLabel.setText(
            self.tr("NIK ini sudah terdaftar atas nama {name}{where}. Satu NIK hanya boleh satu data aktif.")
            .format(name=existing.full_name, where=f" ({where})" if where else "")
        )
        self.openExistingButton.setText(self.tr("Buka data yang ada"))
        self.duplicateBox.setVisible(True)

    def run_check(self) -> list[Issue]:
        """Validate the form as it is now (records.check) and show the issues by their fields."""
        self._check_timer.stop()
        try:
            issues = records.check(self.app, self.person_from_form())
        except Exception as exc:  # noqa: BLE001 - feedback must never break typing
            self.statusLabel.setText(error_text(exc))
            return []
        self._last_issues = issues
        self._shown_issues = []
        by_key: dict[str, list[Issue]] = {}
        other: list[Issue] = []
        self._similar = [i for i in issues if i.code == "dup.similar"]
        for issue in issues:
            if issue.code == "dup.similar":
                continue
            key = ISSUE_KEYS.get(issue.field)
            if not self._show_all and issue.code in _MISSING and key not in self._touched:
                continue
            self._shown_issues.append(issue)
            if key in self._issue_labels:
                by_key.setdefault(key, []).append(issue)
            else:
                other.append(issue)
        for key, label in self._issue_labels.items():
            label.set_issues(by_key.get(key, []))
        unreadable = {w: msg for w, msg in self.unreadable_fields()}
        for edit, key in ((self.birthDateEdit, "birthDate"), (self.coverageStartEdit, "coverageStart"),
                          (self.coverageEndEdit, "coverageEnd"), (self.incomeEdit, "income")):
            if edit in unreadable:
                self._issue_labels[key].add_message(Severity.ERROR, unreadable[edit])
        self.otherIssues.set_issues(other)
        if self._similar:
            self.similarLabel.setText(
                self.tr("Mungkin orang yang sama sudah terdaftar:") + "\n"
                + "\n".join("\u2022 " + issue_text(i) + self._reasons_of(i) for i in self._similar)
            )
        self.similarBox.setVisible(bool(self._similar))
        self._update_status()
        return issues

    @staticmethod
    def _reasons_of(issue: Issue) -> str:
        """The engine's reasons of a dup.similar issue, in words (what agrees; what lowers the pair
        is left to the review screen)."""
        from desktop_app.ui.duplicates.labels import WEAKENING, reason_label

        codes = [c for c in issue.params.get("reasons") or [] if isinstance(c, str) and c not in WEAKENING]
        return (": " + ", ".join(reason_label(c) for c in codes)) if codes else ""

    def _update_status(self) -> None:
        # what the form shows: "belum diisi" of fields not reached yet is no error to count
        shown = self._shown_issues + self._similar
        errors = sum(1 for i in shown if i.severity is Severity.ERROR)
        warnings = len(shown) - errors
        parts = []
        if self._saved_count:
            parts.append(with_count(self.tr("%n data tersimpan di sesi ini.", "", self._saved_count), self._saved_count))
        if errors:
            parts.append(f"<span style='color:{STATUS_COLORS['perlu_perbaikan']}'>"
                         + self.tr("%n kesalahan", "", errors) + "</span>")
        if warnings:
            parts.append("<span style='color:#a15c00'>" + self.tr("%n peringatan", "", warnings) + "</span>")
        self.statusLabel.setText("&nbsp;&nbsp;".join(parts))

    # ------------------------------------------------------------ keyboard

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            if obj in (self.saveButton, self.saveNewButton, self.cancelButton):
                obj.click()  # a focused button: Enter presses it
                return True
            if isinstance(obj, QLineEdit) and obj.completer() is not None and obj.completer().popup().isVisible():
                popup = obj.completer().popup()
                if popup.currentIndex().isValid():
                    return False  # an entry the operator chose with the arrows: the completer takes it
                popup.hide()  # what was typed stands; Enter goes on
            if isinstance(obj, QComboBox) and obj.view().isVisible():
                return False
            self.focus_next_needed(obj)
            return True
        return self._note_focus_out(obj, event)

    def _note_focus_out(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(obj, QWidget):
            key = self._key_of.get(obj.objectName())
            if key and key not in self._touched:
                self._touched.add(key)
                self._check_timer.start()
        return super().eventFilter(obj, event)

    def _needs_input(self, w: QWidget) -> bool:
        """Where Enter stops: not a field the NIK filled, not an empty optional field, not a
        programme field that already holds the session's value (Tab still visits every field)."""
        if not w.isEnabled() or not w.isVisibleTo(self):
            return False
        if w is self.birthDateEdit:
            return not (self._auto_birth and self.birthDateEdit.text().strip() == self._auto_birth)
        if w is self.sexCombo:
            return not (self._auto_sex and self.sexCombo.currentData() == self._auto_sex)
        if w in (self.titleEdit, self.incomeEdit, self.notesEdit):
            return bool(w.text().strip())
        if w is self.desilSpin:
            return self.desilSpin.value() > 0
        if w in (self.programmeCombo, self.fundingCombo, self.dataSourceCombo):
            return not w.currentData()
        if w in (self.coverageStartEdit, self.coverageEndEdit):
            return not w.text().strip()
        return True

    def focus_next_needed(self, after: QWidget) -> None:
        """Enter: the next field that needs typing, else the Simpan && Baru button."""
        if after not in self._inputs:
            self.focusNextChild()
            return
        for w in self._inputs[self._inputs.index(after) + 1:]:
            if self._needs_input(w):
                w.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.saveNewButton.setFocus(Qt.FocusReason.TabFocusReason)

    def _nik_edited(self, text: str) -> None:
        self._nik_typed = True  # _on_nik_changed (next) moves on once the NIK is whole

    def _kk_edited(self, text: str) -> None:
        if len(_digits(text)) == 16 and self.kkEdit.hasFocus():
            self.focus_next_needed(self.kkEdit)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QAbstractButton):
                focus.click()
            return  # Enter never submits the whole form by accident
        super().keyPressEvent(event)

    # ------------------------------------------------------------ questions (tests monkeypatch these)

    @classmethod
    def ask_discard(cls, parent: QWidget | None) -> bool:
        return Ask.question(
            parent, cls.tr_static("Buang perubahan?"),
            cls.tr_static("Ada isian yang belum disimpan. Buang perubahan dan tutup formulir?"),
            yes=cls.tr_static("Buang"), no=cls.tr_static("Kembali mengisi"),
        )

    @classmethod
    def confirm_save(cls, parent: QWidget | None, text: str) -> bool:
        return Ask.question(parent, cls.tr_static("Simpan dengan masalah?"), text,
                            yes=cls.tr_static("Tetap simpan"), no=cls.tr_static("Perbaiki dulu"))

    @classmethod
    def ask_open_existing(cls, parent: QWidget | None, text: str) -> bool:
        return Ask.question(parent, cls.tr_static("NIK sudah terdaftar"), text,
                            yes=cls.tr_static("Buka data yang ada"), no=cls.tr_static("Perbaiki NIK"),
                            default_yes=True)

    @staticmethod
    def tr_static(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("RecordForm", text)

    # ------------------------------------------------------------ actions

    def open_existing(self) -> None:
        """Switch to the record that already has this NIK (asks if other fields were typed)."""
        existing = self._duplicate
        if existing is None:
            return
        now = self._snapshot()
        auto = {self.birthDateEdit: self._auto_birth, self.sexCombo: self._auto_sex}
        others_typed = any(
            now[i] != self._initial[i] and not (w in auto and now[i] == auto[w])
            for i, w in enumerate(self._inputs) if w is not self.nikEdit
        )
        if others_typed and not self.ask_discard(self):
            return
        self.load_person(records.get(self.app, existing.id) or existing)

    def reject(self) -> None:
        if self.is_dirty() and not self.ask_discard(self):
            return  # keep the typing
        super().reject()

    def save(self, and_new: bool = False) -> bool:
        """Save the form. Errors other than a duplicate NIK ask once, then save as perlu perbaikan."""
        self._reformat_all()
        unreadable = self.unreadable_fields()
        if unreadable:
            widget, message = unreadable[0]
            Ask.error(self, message)
            widget.setFocus()
            return False
        self._show_all = True
        person = self.person_from_form()
        issues = self.run_check()
        duplicate = next((i for i in issues if i.code == "nik.duplicate"), None)
        if duplicate is not None:
            if self.ask_open_existing(self, self.tr("{message} Buka data yang sudah ada?").format(
                    message=issue_text(duplicate))):
                self.open_existing()
            else:
                self.nikEdit.setFocus()
            return False
        errors = [i for i in issues if i.severity is Severity.ERROR]
        similar = [i for i in issues if i.code == "dup.similar"]
        if errors or similar:
            lines: list[str] = []
            if errors:
                lines.append(self.tr("Data ini masih punya %n kesalahan:", "", len(errors)))
                lines += ["\u2022 " + issue_text(i) for i in errors[:6]]
                lines.append(self.tr("Bila disimpan, statusnya 'Perlu perbaikan' dan belum ikut dikirim ke "
                                     "kabupaten sampai diperbaiki."))
            if similar:
                lines.append(self.tr("Mungkin orang ini sudah terdaftar:"))
                lines += ["\u2022 " + issue_text(i) + self._reasons_of(i) for i in similar[:4]]
            lines.append(self.tr("Tetap simpan?"))
            if not self.confirm_save(self, "\n".join(lines)):
                self._focus_first_issue(errors or similar)
                return False
        try:
            result = records.save(self.app, person)
        except records.DuplicateNik as exc:
            self._show_duplicate(records.get(self.app, exc.existing_id))
            Ask.error(self, error_text(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - the typing stays in the form
            Ask.error(self, error_text(exc))
            return False
        if result.created or result.person.rev != self._person.rev:
            self._saved_count += 1  # an unchanged re-save is no record of this session
        self.saved.emit(result)
        if and_new:
            self._start_next(result)
        else:
            self._initial = self._snapshot()
            self.accept()
        return True

    def _start_next(self, result: records.SaveResult) -> None:
        """After Simpan & Baru: an empty form, keeping the programme fields of the session."""
        keep = {
            "programme": self.programmeCombo.currentData(),
            "funding": self.fundingCombo.currentData(),
            "start": self.coverageStartEdit.text(),
            "end": self.coverageEndEdit.text(),
            "source": self.dataSourceCombo.currentData(),
        }
        self.load_person(None)
        self._loading = True
        set_combo_data(self.programmeCombo, keep["programme"])
        set_combo_data(self.fundingCombo, keep["funding"])
        self.coverageStartEdit.setText(keep["start"])
        self.coverageEndEdit.setText(keep["end"])
        set_combo_data(self.dataSourceCombo, keep["source"])
        self._loading = False
        self._initial = self._snapshot()
        if result.has_errors:
            saved = self.tr("\u2714 {name} disimpan (perlu perbaikan). Silakan isi data berikutnya.")
        else:
            saved = self.tr("\u2714 {name} disimpan (tersimpan). Silakan isi data berikutnya.")
        self.statusLabel.setText(
            saved.format(name=result.person.full_name or "-")
            + "  " + with_count(self.tr("%n data tersimpan di sesi ini.", "", self._saved_count), self._saved_count))
        self.nikEdit.setFocus()

    def _focus_first_issue(self, issues: list[Issue]) -> None:
        for issue in issues:
            key = ISSUE_KEYS.get(issue.field)
            for suffix in ("Edit", "Combo", "Spin"):
                widget = self.findChild(QWidget, f"{key}{suffix}")
                if widget is not None:
                    widget.setFocus()
                    return

    # ------------------------------------------------------------ tidying typed values

    def _reformat_date(self, edit: QLineEdit) -> None:
        value, ok = self._date_of(edit)
        if value is not None and ok:
            edit.setText(fmt_date(value))

    def _reformat_income(self) -> None:
        value = normalize_money(self.incomeEdit.text()) if self.incomeEdit.text().strip() else None
        if value is not None:
            self.incomeEdit.setText(fmt_number(value))

    def _pad(self, edit: QLineEdit) -> None:
        if edit.text().strip():
            edit.setText(pad_rt(edit.text()))

    def _reformat_all(self) -> None:
        for edit in (self.birthDateEdit, self.coverageStartEdit, self.coverageEndEdit):
            self._reformat_date(edit)
        self._reformat_income()
