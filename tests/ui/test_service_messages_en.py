"""Storage and records messages (core.text.Msg) reach the English window in English."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from desktop_app import paths
from desktop_app.core.person import Person
from desktop_app.core.text import message_of
from desktop_app.services.records import editing as records
from desktop_app.services.setup.profile import ProfileError, check_region
from desktop_app.ui import i18n
from desktop_app.ui.records.record_form import RecordForm


def _form(qtbot, *args) -> RecordForm:  # noqa: ANN001
    form = RecordForm(*args)
    qtbot.addWidget(form, before_close_func=lambda w: setattr(w, "ask_discard", lambda parent: True))
    return form


def test_record_form_refusing_a_duplicate_nik_says_it_in_english(qtbot, seeded, messages, english):
    """Another window saved the same NIK after the form's last check: the save is refused by
    records.save (DuplicateNik) and the operator reads the refusal in English."""
    form = _form(qtbot, seeded)
    qtbot.keyClicks(form.nikEdit, "3503015708900003")
    qtbot.keyClicks(form.nameEdit, "Sri Wahyuni")
    records.save(seeded, Person(nik="3503015708900003", full_name="SRI LAIN", birth_date=date(1990, 8, 17), sex="P"))
    form.run_check = lambda: []  # the check ran before the other window saved
    form.confirm_save = lambda *a: True  # noqa: ARG005
    assert form.save() is False
    assert messages == [("error", "This NIK is already used by SRI LAIN in this village. Open the existing record.")]
    assert form.nameEdit.text() == "Sri Wahyuni"  # typing kept


def test_record_form_on_a_record_deleted_meanwhile_says_it_in_english(qtbot, seeded, messages, english):
    person, _ = records.list_records(seeded)[0]
    form = _form(qtbot, seeded, person.id)
    form.notesEdit.setText("dicek")
    records.delete(seeded, person.id, "pindah")  # another window deleted it
    form.confirm_save = lambda *a: True  # noqa: ARG005
    assert form.save() is False
    assert messages == [("error", "This record has been deleted. Restore it before changing it.")]


def test_start_up_on_a_newer_database_says_it_in_english(tmp_path, qapp, messages):
    """The language lives in the database too, but the refusal comes before it opens: the copy
    beside it (saved with the language) decides."""
    from desktop_app.storage.db import open_database
    from desktop_app.ui.app import run_gui

    data = tmp_path / "data"
    db_path = paths.database_path(data)
    db_path.parent.mkdir(parents=True)
    open_database(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    (data / i18n.LANGUAGE_FILE).write_text("en\n", encoding="ascii")
    try:
        assert run_gui(data) == 2
    finally:
        i18n.install_translators(qapp, "id")
    assert messages == [("error", f"The database {db_path} was made by a newer version of SIPERA "
                                  "(schema 9999_from_the_future). Install the latest SIPERA to open it. "
                                  "Nothing was changed.")]


def test_second_instance_is_refused_in_english(seeded, qapp, messages):
    from desktop_app.storage.lock import InstanceLock
    from desktop_app.ui.app import run_gui

    i18n.save_language(seeded, "en")  # what the settings dialog does
    assert seeded.preference("language") == "en"
    seeded.close()  # the fixture's App holds this process's writer lock; the other holder is the raw lock
    try:
        with InstanceLock(seeded.data_dir):
            assert run_gui(seeded.data_dir) == 2
    finally:
        i18n.install_translators(qapp, "id")
    assert messages == [("error", "SIPERA is already running with this data folder. Close the other window first.")]


def test_region_refusal_translates_its_level_words(qapp, english):
    with pytest.raises(ProfileError) as caught:
        check_region("desa", "35.03")
    assert str(caught.value) == ("Kode 35.03 adalah kode kabupaten, bukan kode desa. "
                                 "Gunakan kode desa/kelurahan PP.KK.CC.DDDD.")  # CLI and logs: Indonesian
    assert i18n.tr_text(message_of(caught.value)) == (
        "The code 35.03 is a district code, not a village code. Use a village (desa/kelurahan) code PP.KK.CC.DDDD.")


def test_start_up_speaks_indonesian_without_a_saved_language(tmp_path, qapp, messages):
    from desktop_app.storage.lock import InstanceLock
    from desktop_app.ui.app import run_gui

    data = tmp_path / "data"
    data.mkdir()
    (data / i18n.LANGUAGE_FILE).write_text("klingon\n", encoding="ascii")  # unreadable choice: the source language
    with InstanceLock(data):
        assert run_gui(data) == 2
    assert messages[0][1].startswith("SIPERA sudah berjalan")
