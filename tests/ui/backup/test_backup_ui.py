"""Backups from the window: Berkas > Cadangkan data... and Berkas > Pulihkan dari cadangan...,
the restore done by run_gui (window closes, data restored under the lock, window reopens), and
the start-up refusal of a corrupt database offering a restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import paths
from desktop_app.services import backups
from desktop_app.services.app import open_app
from desktop_app.services.records import editing as records
from desktop_app.ui import app as gui
from desktop_app.ui.backup.dialogs import RestoreDialog, fmt_size, when_text
from desktop_app.ui.common.dialogs import Pick
from desktop_app.ui.common.widgets import Ask
from tests.ui.conftest import active_count


def _questions(monkeypatch, answer: bool = True) -> list[tuple[str, str]]:
    """Every Ask.question answered with ``answer`` and recorded (title, text)."""
    asked: list[tuple[str, str]] = []

    def question(cls, parent, title, text, **kw):  # noqa: ANN001, ANN202
        asked.append((title, text))
        return answer

    monkeypatch.setattr(Ask, "question", classmethod(question))
    return asked


def _pick_folder(monkeypatch, folder: Path | str) -> list[str]:
    starts: list[str] = []

    def pick(cls, parent, title, start=""):  # noqa: ANN001, ANN202
        starts.append(start)
        return str(folder)

    monkeypatch.setattr(Pick, "folder", classmethod(pick))
    return starts


def _file_names(menu) -> list[str]:  # noqa: ANN001
    return [a.objectName() or ("-" if a.isSeparator() else a.text()) for a in menu.actions()]


# ------------------------------------------------------------------------------ backup


def test_backup_through_the_menu_writes_a_sound_file_into_the_chosen_folder(window, seeded, tmp_path, monkeypatch,
                                                                             messages):
    names = _file_names(window.fileMenu)
    assert names[-4:] == ["backupAction", "restoreBackupAction", "-", "quitAction"]  # last group before Keluar
    assert names.index("exportLayoutsAction") < names.index("backupAction")
    assert window.backupActions.backupAction.text() == "Cadangkan data..."
    assert window.backupActions.restoreBackupAction.text() == "Pulihkan dari cadangan..."
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    starts = _pick_folder(monkeypatch, stick)
    window.backupActions.backupAction.trigger()
    assert starts == [str(paths.backups_dir(seeded.data_dir))]  # the picker opens on the backups folder
    made = list(stick.glob("sipera-*-manual.sqlite"))
    assert len(made) == 1
    contents = backups.check_backup(made[0])  # sound: integrity, schema, readable
    assert contents.records == active_count(seeded)
    assert messages == [("info", messages[0][1])] and str(made[0]) in messages[0][1]
    assert "flashdisk" in messages[0][1]
    assert str(made[0]) in window.statusBar().currentMessage()


def test_backup_to_the_backups_folder_suggests_a_flash_drive_too(window, seeded, monkeypatch, messages):
    _pick_folder(monkeypatch, paths.backups_dir(seeded.data_dir))
    window.backupActions.backup_now()
    listed = backups.list_backups(seeded.data_dir)
    assert listed and listed[0].reason == "manual"
    assert "laptop ini saja" in messages[0][1]


def test_cancelled_folder_choice_does_nothing(window, seeded, monkeypatch, messages):
    _pick_folder(monkeypatch, "")
    window.backupActions.backupAction.trigger()
    assert messages == [] and backups.list_backups(seeded.data_dir) == []


def test_a_flash_drive_folder_keeps_every_other_backup(window, tmp_path, monkeypatch, messages):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    others = []
    for i in range(45):  # more than the 30 the app keeps in its own folder
        other = stick / f"sipera-2021{1 + i // 28:02d}{1 + i % 28:02d}-080000-000000-harian.sqlite"
        other.write_bytes(b"backup of another village")
        others.append(other)
    _pick_folder(monkeypatch, stick)
    window.backupActions.backup_now()
    assert all(p.exists() for p in others)
    assert len(list(stick.iterdir())) == 46
    assert messages[0][0] == "info"


def test_backup_to_a_pulled_flash_drive_says_so(window, tmp_path, monkeypatch, messages):
    _pick_folder(monkeypatch, tmp_path / "dicabut")
    window.backupActions.backup_now()
    assert messages[0][0] == "error" and "dicabut" in messages[0][1] and "flashdisk" in messages[0][1]


# ------------------------------------------------------------------------------ the restore dialog


def test_restore_dialog_lists_backups_newest_first(qtbot, window, seeded, messages):
    folder = paths.backups_dir(seeded.data_dir)
    daily = backups.make_backup(seeded.data_dir, reason="harian")
    manual = backups.make_backup(seeded.data_dir)
    before_import = backups.make_backup(seeded.data_dir, reason="sebelum-impor")
    (folder / "sipera-20990101-000000-000000-rusak.sqlite").write_bytes(b"a damaged copy is no backup")
    dialog = window.backupActions.open_restore()
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.objectName() == "restoreDialog"
    table = dialog.backupsTable
    assert table.rowCount() == 3
    assert [e.path for e in dialog.entries] == [before_import.path, manual.path, daily.path]
    assert [table.item(r, RestoreDialog.COL_REASON).text() for r in range(3)] == [
        "Otomatis, sebelum impor", "Dibuat operator", "Otomatis, harian"]
    n = active_count(seeded)
    assert table.item(0, RestoreDialog.COL_RECORDS).text() == f"{n} data"
    assert table.item(0, RestoreDialog.COL_WHEN).text() == "hari ini"
    assert table.item(0, RestoreDialog.COL_DATE).text() == daily.made.strftime("%d-%m-%Y")
    assert table.item(0, RestoreDialog.COL_SIZE).text() == fmt_size(before_import.size)
    assert dialog.selected() == dialog.entries[0]  # the newest is chosen first
    assert not dialog.emptyLabel.isVisibleTo(dialog)
    dialog.reject()


def test_restore_dialog_without_backups_points_to_the_flash_drive(qtbot, window, messages):
    dialog = window.backupActions.open_restore()
    qtbot.addWidget(dialog)
    assert dialog.backupsTable.rowCount() == 0
    assert dialog.emptyLabel.isVisibleTo(dialog) and "Pilih berkas lain" in dialog.emptyLabel.text()
    assert not dialog.restoreButton.isEnabled() and dialog.otherFileButton.isEnabled()
    dialog.reject()


def test_words_for_sizes_and_days():
    from datetime import date, datetime

    assert fmt_size(850 * 1024) == "850 KB"
    assert fmt_size(int(1.45 * 1024 * 1024)) == "1,4 MB"
    assert when_text(datetime(2025, 5, 12, 10, 0), date(2025, 5, 12)) == "hari ini"
    assert when_text(datetime(2025, 5, 11, 10, 0), date(2025, 5, 12)) == "kemarin"
    assert when_text(datetime(2025, 5, 2, 10, 0), date(2025, 5, 12)) == "10 hari lalu"


def test_restoring_from_the_window_requests_a_restore_and_closes(qtbot, window, seeded, monkeypatch, messages):
    backup = backups.make_backup(seeded.data_dir)
    person, _ = records.list_records(seeded)[0]
    records.delete(seeded, person.id, "pindah")
    later = backups.make_backup(seeded.data_dir, reason="harian")
    asked = _questions(monkeypatch)
    dialog = window.backupActions.open_restore()
    assert dialog.select(backup.path)
    qtbot.mouseClick(dialog.restoreButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    title, text = asked[0]
    when = backup.made.strftime("%d-%m-%Y")
    assert when in text and backup.made.strftime("%H:%M") in text
    assert "Data sekarang akan diganti" in text and "disimpan dulu sebagai cadangan" in text
    assert f"{active_count(seeded) + 1} data pekerja aktif" in text
    assert window.restore_requested == backup.path and not window.isVisible()
    assert later.path.exists()
    # run_gui's step, once the window closed: restore under the lock, the app closed
    seeded.close()
    result = gui.restore_step(seeded.data_dir, window.restore_requested)
    assert result is not None and "sebelum-pulihkan" in result.previous.name
    reopened = open_app(seeded.data_dir, backup=False)
    try:
        assert not records.get(reopened, person.id).deleted
    finally:
        reopened.close()
    assert "Dipulihkan" not in " ".join(t for _k, t in messages)


def test_another_villages_backup_is_flagged_in_the_confirmation(qtbot, window, tmp_path, monkeypatch, messages):
    from desktop_app.services.setup.demo import make_demo

    make_demo(tmp_path / "other", records=5, code="35.03.02.2001", seed=1)
    foreign = backups.make_backup(tmp_path / "other", tmp_path)
    asked = _questions(monkeypatch, answer=False)
    monkeypatch.setattr(Pick, "open_file", classmethod(lambda cls, *a, **kw: str(foreign.path)))
    dialog = window.backupActions.open_restore()
    qtbot.addWidget(dialog)
    dialog.otherFileButton.click()
    assert asked and asked[0][1].startswith("PERHATIAN: cadangan ini milik")
    assert "35.03.02.2001" in asked[0][1]
    assert window.restore_requested is None and window.isVisible() and dialog.isVisible()
    dialog.reject()


@pytest.mark.parametrize("kind", ["garbage", "newer", "not_sipera"])
def test_a_bad_backup_is_refused_with_a_message_and_nothing_changes(qtbot, window, seeded, tmp_path, monkeypatch,
                                                                   messages, kind):
    bad = tmp_path / f"{kind}.sqlite"
    if kind == "garbage":
        bad.write_bytes(b"this is a photo, not a backup" * 300)
    elif kind == "newer":
        copy = backups.make_backup(seeded.data_dir, tmp_path)
        copy.path.rename(bad)
        con = sqlite3.connect(bad)
        con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
        con.commit()
        con.close()
    else:
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE daftar (nama TEXT)")
        con.commit()
        con.close()
    db = paths.database_path(seeded.data_dir)
    before = active_count(seeded)
    monkeypatch.setattr(Pick, "open_file", classmethod(lambda cls, *a, **kw: str(bad)))
    dialog = window.backupActions.open_restore()
    qtbot.addWidget(dialog)
    dialog.choose_other_file()  # a question would fail the test: the messages fixture refuses them
    assert len(messages) == 1 and messages[0][0] == "error"
    expected = {"garbage": "rusak", "newer": "versi yang lebih baru", "not_sipera": "bukan"}[kind]
    assert expected in messages[0][1] and str(bad) in messages[0][1]
    assert window.restore_requested is None and window.isVisible()
    assert dialog.isVisible() and dialog.restoreButton.isEnabled() is False  # no backups listed yet
    assert active_count(seeded) == before and db.exists()
    assert backups.list_backups(seeded.data_dir) == []
    dialog.reject()


def test_a_window_with_unsaved_typing_stays_open(qtbot, window, seeded, monkeypatch, messages):
    backup = backups.make_backup(seeded.data_dir)
    form = window.open_new_record()
    monkeypatch.setattr(form, "close", lambda: False)
    monkeypatch.setattr(form, "isVisible", lambda: True)
    assert window.backupActions.request_restore(backup.path) is False
    assert window.restore_requested is None and window.isVisible()
    form.reject()


def test_district_window_has_backup_and_restore(qtbot, tmp_path, runner, monkeypatch, messages):
    from desktop_app.services.setup.profile import init_profile
    from desktop_app.ui.district.window import DistrictWindow

    district = init_profile(tmp_path / "kab", "kabupaten", "35.03", ["Budi Petugas"])
    try:
        w = DistrictWindow(district, runner)
        qtbot.addWidget(w)
        w.show()
        names = _file_names(w.fileMenu)
        assert names == ["backupAction", "restoreBackupAction", "-", "quitAction"]
        stick = tmp_path / "stick"
        stick.mkdir()
        _pick_folder(monkeypatch, stick)
        w.backupActions.backupAction.trigger()
        made = list(stick.glob("sipera-*.sqlite"))
        assert len(made) == 1 and backups.check_backup(made[0]).role == "kabupaten"
        dialog = w.backupActions.open_restore()
        qtbot.addWidget(dialog)
        assert dialog.backupsTable.rowCount() == 0  # the stick is not the backups folder
        dialog.reject()
    finally:
        district.close()


# ------------------------------------------------------------------------------ run_gui: restore and reopen


class _Driver:
    """Acts inside run_gui's event loop (a repeating timer): each step runs once its window is
    shown; a guard ends a stuck loop."""

    def __init__(self, qapp, steps, timeout_ms: int = 60_000) -> None:  # noqa: ANN001
        self.qapp, self.steps, self.done, self.errors = qapp, list(steps), [], []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.guard = QTimer()
        self.guard.setSingleShot(True)
        self.guard.timeout.connect(self.stuck)
        self.guard.start(timeout_ms)
        self._busy = False

    def window(self):  # noqa: ANN201
        from desktop_app.ui.records.main_window import MainWindow

        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        return shown[0] if shown else None

    def tick(self) -> None:
        w = self.window()
        if self._busy or w is None or not self.steps or not w.model.complete or w in self.done:
            return
        self._busy = True
        step = self.steps.pop(0)
        self.done.append(w)
        try:
            step(w)
        except Exception as exc:  # noqa: BLE001 - reported by the test, the loop must end
            self.errors.append(exc)
            w.close()
        finally:
            self._busy = False

    def stuck(self) -> None:
        self.errors.append(TimeoutError("run_gui did not finish"))
        for w in QApplication.topLevelWidgets():
            w.close()

    def stop(self) -> None:
        self.timer.stop()
        self.guard.stop()


@pytest.fixture
def quiet_gui(monkeypatch):
    """run_gui without its process-wide set-up: no garbage-collector change, no operator question."""
    monkeypatch.setattr(gui, "collect_garbage_on_gui_thread", lambda qapp, interval_ms=10_000: None)
    monkeypatch.setattr(gui.OperatorDialog, "ask", classmethod(lambda cls, parent, ops, current="": ops[0]))


def test_run_gui_restores_and_opens_the_window_again_on_the_restored_data(seeded, qapp, messages, monkeypatch,
                                                                          quiet_gui):
    data = seeded.data_dir
    backup = backups.make_backup(data)
    person, _ = records.list_records(seeded)[0]
    records.delete(seeded, person.id, "meninggal")
    seeded.close()
    _questions(monkeypatch)
    seen: dict[str, object] = {}

    def first(w) -> None:  # noqa: ANN001
        seen["first_deleted"] = records.get(w.app, person.id).deleted
        seen["first_operator"] = w.app.operator
        dialog = w.backupActions.open_restore()
        assert dialog.select(backup.path)
        dialog.restoreButton.click()  # checks in the background, asks, then the window closes

    def second(w) -> None:  # noqa: ANN001
        seen["second_deleted"] = records.get(w.app, person.id).deleted
        seen["second_row"] = w.model.row_of(person.id)
        seen["second_operator"] = w.app.operator
        w.close()

    driver = _Driver(qapp, [first, second])
    try:
        code = gui.run_gui(data)
    finally:
        driver.stop()
    assert not driver.errors, driver.errors
    assert code == 0
    assert seen["first_deleted"] is True and seen["second_deleted"] is False
    assert seen["second_row"] >= 0  # the restored record is in the reopened window's table
    assert seen["second_operator"] == seen["first_operator"]  # not asked again
    infos = [t for k, t in messages if k == "info"]
    assert len(infos) == 1 and backup.made.strftime("%d-%m-%Y") in infos[0]
    assert "sebelum-pulihkan" in infos[0]
    assert any(b.reason == "sebelum-pulihkan" for b in backups.list_backups(data))


def test_a_corrupt_database_is_restored_from_the_start_up_refusal(seeded, qapp, qtbot, messages, monkeypatch,
                                                                   quiet_gui):
    data = seeded.data_dir
    expected = active_count(seeded)
    backups.make_backup(data, reason="harian")
    newest = backups.make_backup(data)
    seeded.close()
    db = paths.database_path(data)
    damaged = b"a power cut in the middle of a write" * 400
    db.write_bytes(damaged)
    for side in ("-wal", "-shm"):
        Path(str(db) + side).unlink(missing_ok=True)
    asked = _questions(monkeypatch)
    dialogs: list[RestoreDialog] = []

    def ask(cls, parent, data_dir, runner=None, **kw):  # noqa: ANN001, ANN202
        """The real dialog, driven as the operator would: the newest backup, Pulihkan..., Ya."""
        dialog = cls(data_dir, parent, runner, **kw)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        dialog.show()
        assert dialog.selected().path == newest.path
        dialog.restoreButton.click()
        qtbot.waitUntil(lambda: dialog.chosen is not None, timeout=10_000)
        return dialog.chosen

    monkeypatch.setattr(RestoreDialog, "ask", classmethod(ask))
    seen: dict[str, int] = {}

    def reopened(w) -> None:  # noqa: ANN001
        seen["rows"] = w.model.total()
        w.close()

    driver = _Driver(qapp, [reopened])
    try:
        code = gui.run_gui(data)
    finally:
        driver.stop()
    assert not driver.errors, driver.errors
    assert code == 0 and seen["rows"] == expected
    offer_title, offer = asked[0]
    assert "rusak" in offer and "Berkas > Pulihkan dari cadangan..." in offer
    assert dialogs and dialogs[0].damaged and "rusak" in dialogs[0].introLabel.text()
    assert "Database yang rusak disimpan dulu" in asked[1][1]
    kept = [p for p in paths.backups_dir(data).iterdir() if p.name.endswith("-rusak.sqlite")]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    infos = [t for k, t in messages if k == "info"]
    assert infos and str(kept[0]) in infos[0]


def test_closing_at_the_start_up_refusal_changes_nothing(tmp_path, qapp, messages, monkeypatch):
    data = tmp_path / "broken"
    data.mkdir()
    db = paths.database_path(data)
    db.write_bytes(b"this is not a database" * 100)
    asked = _questions(monkeypatch, answer=False)
    assert gui.run_gui(data) == 2
    assert len(asked) == 1 and "Pulihkan dari cadangan" in asked[0][1]
    assert db.read_bytes() == b"this is not a database" * 100
    assert sorted(p.name for p in data.iterdir() if not p.name.startswith(".sipera.lock")) == ["sipera.sqlite"]


def test_restore_dialog_and_refusals_in_english(qtbot, window, seeded, tmp_path, monkeypatch, messages, english):
    backups.make_backup(seeded.data_dir, reason="harian")
    dialog = window.backupActions.open_restore()
    qtbot.addWidget(dialog)
    n = active_count(seeded)
    assert dialog.windowTitle() == "Restore from a backup"
    assert dialog.backupsTable.item(0, RestoreDialog.COL_REASON).text() == "Automatic, daily"
    assert dialog.backupsTable.item(0, RestoreDialog.COL_WHEN).text() == "today"
    assert dialog.backupsTable.item(0, RestoreDialog.COL_RECORDS).text() == f"{n} records"
    asked = _questions(monkeypatch, answer=False)
    dialog.restore_selected()
    assert asked[0][0] == "Restore from the backup?"
    assert f"This backup holds {n} active worker records of Desa Besuki." in asked[0][1]
    bad = tmp_path / "photo.sqlite"
    bad.write_bytes(b"not a backup" * 500)
    dialog.choose_other_file(bad)
    assert messages[-1] == ("error", f"The backup file {bad} is damaged or not a SIPERA database, so it cannot "
                                     "be restored. Nothing was changed. Choose another backup.")
    dialog.reject()
    assert window.backupActions.backupAction.text() == "Back up data..."


def test_closing_the_dialog_during_the_check_asks_nothing(qtbot, window, seeded, monkeypatch, messages):
    backup = backups.make_backup(seeded.data_dir)
    dialog = window.backupActions.open_restore()
    qtbot.addWidget(dialog)
    contents = backups.check_backup(backup.path)
    dialog.reject()
    dialog._checked(contents)  # the check came back after Batal: the messages fixture refuses any question
    assert window.restore_requested is None and window.isVisible()
