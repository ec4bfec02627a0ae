from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.core.person import Person
from desktop_app.services.records import editing as records
from desktop_app.ui.records.record_form import RecordForm
from desktop_app.ui.records.records_model import RecordsModel


def make_form(qtbot, *args, **kwargs) -> RecordForm:  # noqa: ANN001
    """A form closed at teardown without the discard question."""
    form = RecordForm(*args, **kwargs)
    qtbot.addWidget(form, before_close_func=lambda w: setattr(w, "ask_discard", lambda parent: True))
    return form


def _type_record(qtbot, form, nik="3503015708900003", name="Sri Wahyuni"):  # noqa: ANN001
    qtbot.keyClicks(form.nikEdit, nik)
    qtbot.keyClicks(form.kkEdit, "3503011203150004")
    qtbot.keyClicks(form.nameEdit, name)
    qtbot.keyClicks(form.birthPlaceEdit, "Trenggalek")
    qtbot.keyClicks(form.addressEdit, "Jl. Mawar 3")
    qtbot.keyClicks(form.rtEdit, "2")
    qtbot.keyClicks(form.rwEdit, "1")
    qtbot.keyClicks(form.dusunEdit, "Krajan")
    qtbot.keyClicks(form.phoneEdit, "0812-3456-7890")
    form.occupationCombo.setCurrentIndex(form.occupationCombo.findData("pedagang"))
    form.dataSourceCombo.setCurrentIndex(form.dataSourceCombo.findData("usulan_desa"))


def test_typing_a_full_record_and_saving_it_shows_it_in_the_table(qtbot, window, seeded):
    form = window.open_new_record()
    assert form.objectName() == "recordForm" and form.is_new
    _type_record(qtbot, form)
    # the NIK decoded while typing and filled birth date and sex
    assert "Panggul" in form.nikInfoLabel.text() and "17-08-1990" in form.nikInfoLabel.text()
    assert form.birthDateEdit.text() == "17-08-1990"
    assert form.sexCombo.currentData() == "P"
    with qtbot.waitSignal(form.saved) as blocker:
        form.saveButton.click()
    result = blocker.args[0]
    assert result.created and not result.has_errors
    assert not form.isVisible()
    saved = records.get(seeded, result.person.id)
    assert saved.full_name == "SRI WAHYUNI" and saved.rt == "002" and saved.phone == "081234567890"
    assert saved.created_by == "Operator Uji" and saved.income is None  # nobody declared one
    assert window.model.contains(saved.id)
    assert window.selected_id() == saved.id
    assert window.detailTitle.text() == "SRI WAHYUNI"
    assert "Penghasilan" not in window.detailText.toPlainText()  # no invented Rp1.000.000


def test_income_is_empty_unless_declared(qtbot, seeded, tmp_path):
    """Issue 14 item 2: the blank form claims no income; an import without an income column
    stores none; the budget still counts the minimum for such a record."""
    from desktop_app.core import budget
    from desktop_app.services.sheets import importer
    from tests.fixtures.make_workbooks import make_simple_csv

    form = make_form(qtbot, seeded)
    assert form.incomeEdit.text() == "" and form.person_from_form().income is None
    qtbot.keyClicks(form.incomeEdit, "1.500.000")
    assert form.person_from_form().income == 1_500_000
    assert budget.monthly_contribution(None) == budget.monthly_contribution(1_000_000) == 16_800

    path = make_simple_csv(tmp_path)
    analysis = importer.analyse(seeded, path)
    assert "income" not in analysis.layout.mapping
    report = importer.run_import(seeded, analysis)
    made = [r for r in report.rows if r.status == "created"]
    assert made
    for row in made:
        person = next(p for p, _ in records.list_records(seeded) if p.nik == row.nik)
        assert person.income is None


def test_nik_typo_shows_the_birthdate_issue_inline(qtbot, seeded, messages):
    form = make_form(qtbot, seeded)
    qtbot.keyClicks(form.nikEdit, "3503013505900003")  # day 35: no real date
    issue = form._issue_labels["nik"]
    assert issue.objectName() == "nikIssue"
    assert "tanggal lahir di NIK (350590)" in issue.text()
    assert not issue.isHidden()


def test_existing_nik_shows_the_existing_record_at_once(qtbot, seeded, messages):
    person, _ = records.list_records(seeded)[0]
    form = make_form(qtbot, seeded)
    form.show()
    qtbot.keyClicks(form.nikEdit, person.nik)
    assert form.duplicateBox.isVisible()
    assert person.full_name in form.duplicateLabel.text()
    qtbot.mouseClick(form.openExistingButton, Qt.MouseButton.LeftButton)
    assert form.person_id == person.id and not form.is_new
    assert form.nameEdit.text() == person.full_name
    assert not form.duplicateBox.isVisible()


def test_saving_a_duplicate_nik_is_refused_and_offers_the_existing(qtbot, seeded, messages, monkeypatch):
    person, _ = records.list_records(seeded)[0]
    form = make_form(qtbot, seeded)
    qtbot.keyClicks(form.nikEdit, person.nik)
    qtbot.keyClicks(form.nameEdit, "Orang Lain")
    asked = []
    monkeypatch.setattr(RecordForm, "ask_open_existing", classmethod(lambda cls, p, text: asked.append(text) or False))
    assert form.save() is False
    assert asked and person.full_name in asked[0]
    assert form.nameEdit.text() == "Orang Lain"  # typing kept


def test_esc_with_typing_asks_and_keeps_the_dialog(qtbot, seeded, messages, monkeypatch):
    form = make_form(qtbot, seeded)
    form.show()
    qtbot.keyClicks(form.nameEdit, "Budi")
    answers = [False]
    asked = []
    monkeypatch.setattr(RecordForm, "ask_discard", classmethod(lambda cls, p: asked.append(1) or answers[0]))
    qtbot.keyClick(form.nameEdit, Qt.Key.Key_Escape)
    assert asked == [1] and form.isVisible() and form.nameEdit.text() == "Budi"
    answers[0] = True
    qtbot.keyClick(form.nameEdit, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not form.isVisible()


def test_esc_without_typing_closes_without_asking(qtbot, seeded, messages, monkeypatch):
    form = make_form(qtbot, seeded)
    form.show()
    monkeypatch.setattr(RecordForm, "ask_discard", classmethod(lambda cls, p: (_ for _ in ()).throw(AssertionError)))
    qtbot.keyClick(form.nikEdit, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_enter_moves_to_the_next_field_that_needs_typing(qtbot, seeded, messages):
    """Enter goes on to the next field, skipping an empty optional one (Gelar) and what the NIK
    filled (birth date, sex); Tab still visits every field; Enter never submits from a field."""
    form = make_form(qtbot, seeded)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: form.nikEdit.hasFocus(), timeout=3000)
    qtbot.keyClick(form.nikEdit, Qt.Key.Key_Return)
    assert form.kkEdit.hasFocus()
    form.nameEdit.setFocus()
    qtbot.keyClick(form.nameEdit, Qt.Key.Key_Enter)
    assert form.birthPlaceEdit.hasFocus()  # Gelar is empty and optional
    qtbot.keyClick(form.birthPlaceEdit, Qt.Key.Key_Return)
    assert form.birthDateEdit.hasFocus()  # no NIK yet: the birth date needs typing
    form.nameEdit.setFocus()
    qtbot.keyClick(form.nameEdit, Qt.Key.Key_Tab)
    assert form.titleEdit.hasFocus()
    form.nikEdit.setFocus()
    qtbot.keyClicks(form.nikEdit, "3503015708900003")  # whole and sound: on to the KK by itself
    assert form.kkEdit.hasFocus()
    form.birthPlaceEdit.setFocus()
    qtbot.keyClick(form.birthPlaceEdit, Qt.Key.Key_Return)
    assert form.addressEdit.hasFocus()  # birth date and sex came from the NIK
    form.notesEdit.setFocus()
    qtbot.keyClick(form.notesEdit, Qt.Key.Key_Return)
    assert form.saveNewButton.hasFocus() and form.isVisible()  # Enter never submits from a field


def test_saving_with_errors_asks_once_and_keeps_it_as_perlu_perbaikan(qtbot, seeded, messages, monkeypatch):
    form = make_form(qtbot, seeded)
    qtbot.keyClicks(form.nameEdit, "Tanpa NIK")
    asked = []
    monkeypatch.setattr(RecordForm, "confirm_save", classmethod(lambda cls, p, text: asked.append(text) or True))
    with qtbot.waitSignal(form.saved) as blocker:
        assert form.save()
    assert len(asked) == 1 and "NIK belum diisi" in asked[0]
    saved = blocker.args[0].person
    assert records.counts(seeded)["perlu_perbaikan"] >= 1
    model = RecordsModel(seeded.db)
    model.set_filter(status="perlu_perbaikan")
    assert model.contains(saved.id)


def test_saving_with_errors_declined_saves_nothing(qtbot, seeded, messages, monkeypatch):
    form = make_form(qtbot, seeded)
    qtbot.keyClicks(form.nameEdit, "Tanpa NIK")
    before = records.counts(seeded)
    monkeypatch.setattr(RecordForm, "confirm_save", classmethod(lambda cls, p, text: False))
    assert form.save() is False
    assert records.counts(seeded) == before


def test_save_and_new_starts_the_next_record(qtbot, seeded, messages):
    form = make_form(qtbot, seeded)
    form.show()
    _type_record(qtbot, form)
    form.fundingCombo.setCurrentIndex(form.fundingCombo.findData("apbd_provinsi"))
    with qtbot.waitSignal(form.saved):
        form.saveNewButton.click()
    assert form.isVisible() and form.is_new
    assert form.nikEdit.text() == "" and form.nameEdit.text() == ""
    assert form.fundingCombo.currentData() == "apbd_provinsi"  # session values kept
    assert "SRI WAHYUNI" in form.statusLabel.text()
    assert not form.is_dirty()


def test_unreadable_birth_date_is_never_lost(qtbot, seeded, messages):
    form = make_form(qtbot, seeded)
    qtbot.keyClicks(form.nameEdit, "Budi")
    qtbot.keyClicks(form.birthDateEdit, "31-02-1980")
    assert form.save() is False
    assert messages and "tidak terbaca" in messages[-1][1]
    assert form.birthDateEdit.text() == "31-02-1980"


def test_editing_an_existing_record_shows_its_issues_and_updates(qtbot, seeded, messages):
    person = next(p for p, issues in records.list_records(seeded) if issues)
    form = make_form(qtbot, seeded, person.id)
    assert not form.is_new and form.nikEdit.text() == person.nik
    shown = [lbl for lbl in form._issue_labels.values() if not lbl.isHidden()]
    assert shown or form.similarBox.isVisibleTo(form) or not form.otherIssues.isHidden()
    form.notesEdit.setText("dicek di desk")
    form.confirm_save = lambda *a: True  # noqa: ARG005 - instance override for this test
    with qtbot.waitSignal(form.saved) as blocker:
        assert form.save()
    assert not blocker.args[0].created
    assert records.get(seeded, person.id).notes == "dicek di desk"


def test_occupation_other_field_only_for_lainnya(qtbot, seeded, messages):
    form = make_form(qtbot, seeded)
    form.show()
    assert not form.occupationOtherEdit.isVisible()
    form.occupationCombo.setCurrentIndex(form.occupationCombo.findData("lainnya"))
    assert form.occupationOtherEdit.isVisible()


def test_person_round_trip_keeps_every_field(qtbot, seeded, messages):
    from datetime import date

    p = Person(desa_code=seeded.desa_code, nik="3503015708900003", kk_number="3503011203150004",
               full_name="SRI WAHYUNI", name_title="Hj.", birth_place="TRENGGALEK", birth_date=date(1990, 8, 17),
               sex="P", address="JL. MAWAR 3", rt="002", rw="001", dusun="KRAJAN", phone="081234567890",
               occupation="lainnya", occupation_other="Tukang pijat", income=1_500_000, programme="jkk_jkm_jht",
               funding_source="apbdes", coverage_start=date(2026, 4, 1), coverage_end=date(2026, 12, 31),
               data_source="p3ke", desil=2, notes="catatan")
    form = make_form(qtbot, seeded, person=p)
    back = form.person_from_form()
    for name in ("nik", "kk_number", "full_name", "name_title", "birth_place", "birth_date", "sex", "address", "rt",
                 "rw", "dusun", "phone", "occupation", "occupation_other", "income", "programme", "funding_source",
                 "coverage_start", "coverage_end", "data_source", "desil", "notes"):
        assert getattr(back, name) == getattr(p, name), name
    assert form.incomeEdit.text() == "1.500.000"


def test_an_invalid_nik_is_never_decoded_into_the_form(qtbot, seeded, messages):
    """Issue 14 item 3: 15 digits (one missing in the middle) fill nothing; the 16th does; taking
    a digit away again takes back what the NIK filled."""
    form = make_form(qtbot, seeded)
    qtbot.keyClicks(form.nikEdit, "350301578900003")  # 3503015708900003 without its '0' in the date
    assert form.birthDateEdit.text() == "" and not form.sexCombo.currentData()
    assert "lahir" not in form.nikInfoLabel.text() and "15 dari 16" in form.nikInfoLabel.text()
    form.nikEdit.clear()
    qtbot.keyClicks(form.nikEdit, "3503015708900003")
    assert form.birthDateEdit.text() == "17-08-1990" and form.sexCombo.currentData() == "P"
    qtbot.keyClick(form.nikEdit, Qt.Key.Key_Backspace)
    assert form.birthDateEdit.text() == "" and not form.sexCombo.currentData()
    # a date the operator typed is never taken back
    qtbot.keyClicks(form.birthDateEdit, "01-01-1990")
    qtbot.keyClicks(form.nikEdit, "3")
    qtbot.keyClick(form.nikEdit, Qt.Key.Key_Backspace)
    assert form.birthDateEdit.text() == "01-01-1990"


def test_an_invalid_16_digit_nik_fills_nothing(qtbot, seeded, messages):
    form = make_form(qtbot, seeded)
    qtbot.keyClicks(form.nikEdit, "3503013505900003")  # day 35
    assert form.birthDateEdit.text() == "" and not form.sexCombo.currentData()


def test_nik_field_takes_digits_only_and_mends_look_alikes(qtbot, seeded, messages):
    """Issue 14 item 4: letters are not entered, O becomes 0 (I and l become 1); the count the
    form reports is the digits the operator sees."""
    form = make_form(qtbot, seeded)
    qtbot.keyClicks(form.nikEdit, "35O3Ol57O89OOOO3")
    assert form.nikEdit.text() == "3503015708900003"
    form.nikEdit.clear()
    qtbot.keyClicks(form.nikEdit, "3503x01abc5708-9000")
    assert form.nikEdit.text() == "3503015708-9000"  # letters never entered; a pasted dash may stay
    assert "14 dari 16" in form.nikInfoLabel.text()


def test_fingerprint_field_takes_base32_only(qtbot):
    """Issue 14 item 4: the fingerprint alphabet has no 0 or 1; typed ones become O and I, other
    characters are not entered, and the count is of what is there."""
    from desktop_app.ui.common.dialogs import FingerprintEntry

    entry = FingerprintEntry("K7QD-MOXA-PL3F-ABCD-EFGH-IJKL")
    qtbot.addWidget(entry)
    qtbot.keyClicks(entry.fingerprintEdit, "k7qd m0xa 8!9")
    assert entry.fingerprintEdit.text() == "K7QD MOXA "
    assert "8 dari 24" in entry.matchLabel.text()
    qtbot.keyClicks(entry.fingerprintEdit, "pl3f-abcd-efgh-1jkl")
    assert entry.matches()


def test_no_occupation_saves_with_a_warning(qtbot, seeded, messages):
    """Issue 14 item 5: a record without pekerjaan is kept but says so (a warning, not siap kirim
    without a word); the blank form does not shout it before anything was typed."""
    form = make_form(qtbot, seeded)
    form.show()
    form.run_check()
    assert form._issue_labels["occupation"].isHidden()
    _type_record(qtbot, form)
    form.occupationCombo.setCurrentIndex(0)
    with qtbot.waitSignal(form.saved) as blocker:
        form.saveButton.click()
    result = blocker.args[0]
    assert not result.has_errors
    assert [i.code for i in result.issues if i.field == "occupation"] == ["occupation.missing"]
    assert records.issues_of(seeded, result.person.id)[0].code == "occupation.missing"


def test_blank_form_counts_no_errors_and_the_session_counts_real_saves(qtbot, seeded, messages):
    """Issue 14 item 8: a blank new form says no '4 kesalahan' before anything is typed; saving
    a record again without a change does not count as another record of the session."""
    form = make_form(qtbot, seeded)
    form.show()
    form.run_check()
    assert "kesalahan" not in form.statusLabel.text()
    qtbot.keyClicks(form.nameEdit, "Sri")
    form.run_check()
    assert "kesalahan" not in form.statusLabel.text()
    _type_record(qtbot, form, name="")
    with qtbot.waitSignal(form.saved):
        form.save(and_new=True)
    assert "1 data tersimpan" in form.statusLabel.text()

    person, _ = records.list_records(seeded)[0]
    again = make_form(qtbot, seeded, person.id)
    again._saved_count = 1  # as in a session that saved one record already
    again.confirm_save = lambda parent, text: True
    with qtbot.waitSignal(again.saved):
        again.save(and_new=True)  # nothing changed
    assert again._saved_count == 1
    assert "kesalahan" not in form.statusLabel.text()


def test_a_full_record_takes_at_most_eight_keys_beyond_the_data(qtbot, window, seeded):
    """Issue 14: the NIK and KK move on when whole, Enter skips what the NIK filled and empty
    optional fields, Ctrl+S saves from the last field: at most 8 keys beyond the data."""
    from tests.ui.form_typing import FULL_RECORD, KEY_BUDGET, type_full_record

    window.activateWindow()
    form = window.open_new_record()
    form.activateWindow()
    qtbot.waitUntil(lambda: form.nikEdit.hasFocus(), timeout=3000)
    with qtbot.waitSignal(form.saved) as blocker:
        typed = type_full_record(form)
    assert [a for a, _ in typed.landed] == [b for _, b in typed.landed], typed.landed
    print("keys beyond the data:", typed.extra_keys)
    assert typed.extra_keys <= KEY_BUDGET, typed.extra_keys
    saved = records.get(seeded, blocker.args[0].person.id)
    assert (saved.nik, saved.kk_number, saved.full_name, saved.birth_place) == (
        "3503015708900003", "3503011203150004", "SRI WAHYUNI", "TRENGGALEK")
    assert (saved.rt, saved.rw, saved.dusun, saved.phone, saved.occupation) == (
        "002", "001", "KRAJAN", "081234567890", "pedagang")
    assert saved.birth_date.isoformat() == "1990-08-17" and saved.sex == "P"
    assert saved.name_title == "" and saved.income is None and len(FULL_RECORD) == 10
