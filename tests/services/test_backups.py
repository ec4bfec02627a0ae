"""Backups of a data dir: listed newest first, made anywhere, checked, restored (also over a damaged database)."""

from __future__ import annotations

import os
import sqlite3
import time

import pytest

from desktop_app import paths
from desktop_app.services import backups
from desktop_app.services.app import open_app
from desktop_app.services.records import editing as records
from desktop_app.services.setup.demo import make_demo
from desktop_app.storage.errors import DatabaseCorrupt, NewerDatabaseError, StorageUnavailable

DESA = "35.03.01.2001"


@pytest.fixture()
def data(tmp_path):
    make_demo(tmp_path / "data", records=25, code=DESA, seed=3)
    return tmp_path / "data"


def _active(data) -> int:  # noqa: ANN001
    app = open_app(data, backup=False)
    try:
        return len(records.list_records(app))
    finally:
        app.close()


def test_list_is_newest_first_with_reason_and_size(data):
    folder = backups.backups_folder(data)
    first = backups.make_backup(data)
    second = backups.make_backup(data, reason="sebelum-impor")
    (folder / "sipera-20990101-000000-000000-rusak.sqlite").write_bytes(b"damaged copy")  # not restorable
    (folder / "catatan.txt").write_text("x")
    listed = backups.list_backups(data)
    assert [b.path for b in listed] == [second.path, first.path]
    assert [b.reason for b in listed] == ["sebelum-impor", "manual"]
    assert listed[0].made >= listed[1].made
    assert all(b.size == b.path.stat().st_size > 0 for b in listed)


def test_kind_groups_migration_backups():
    from datetime import datetime
    from pathlib import Path

    info = backups.BackupInfo(Path("x"), datetime(2025, 1, 1), "sebelum-migrasi-0001", 1)
    assert info.kind == backups.BEFORE_MIGRATION


def test_a_file_with_another_name_is_dated_by_its_modification_time(data, tmp_path):
    copy = backups.make_backup(data, tmp_path)
    renamed = copy.path.rename(tmp_path / "cadangan desa.sqlite")
    stamp = time.mktime((2024, 3, 5, 14, 30, 0, 0, 0, -1))
    os.utime(renamed, (stamp, stamp))
    info = backups.describe(renamed)
    assert (info.made.year, info.made.month, info.made.day, info.made.hour) == (2024, 3, 5, 14)
    assert info.reason == ""


def test_manual_backup_to_a_flash_drive_is_sound_and_prunes_nothing(data, tmp_path):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    others = []
    for i in range(35):
        other = stick / f"sipera-202001{1 + i % 28:02d}-0{i % 10}0000-000000-manual.sqlite"
        other.write_bytes(b"another village's backup")
        others.append(other)
    info = backups.make_backup(data, stick)
    assert info.path.parent == stick and info.reason == "manual"
    assert all(p.exists() for p in others)
    contents = backups.check_backup(info.path)
    assert contents.region_code == DESA and contents.role == "desa"
    assert contents.records == 25
    assert "Besuki" in contents.region_name
    assert sorted(p.name for p in stick.iterdir() if not p.name.startswith("sipera-2020")) == [info.path.name]


def test_backup_refuses_a_missing_folder_and_a_corrupt_database(data, tmp_path):
    with pytest.raises(StorageUnavailable, match="tidak ada"):
        backups.make_backup(data, tmp_path / "dicabut")
    db = paths.database_path(data)
    db.write_bytes(b"not a database any more" * 100)
    with pytest.raises(DatabaseCorrupt):
        backups.make_backup(data, tmp_path)
    assert not list(tmp_path.glob("sipera-*.sqlite"))


def test_restore_brings_back_a_deleted_record_and_keeps_the_current_data(data):
    copy = backups.make_backup(data)
    app = open_app(data, backup=False)
    person, _ = records.list_records(app)[0]
    records.delete(app, person.id, "pindah")
    app.close()
    assert _active(data) == 24
    result = backups.restore(data, copy.path)
    assert result.restored_from == copy.path and not result.previous_damaged
    assert result.previous is not None and "sebelum-pulihkan" in result.previous.name
    assert _active(data) == 25
    # the data that was replaced is itself a backup that can be restored
    assert backups.check_backup(result.previous).records == 24
    assert result.previous in [b.path for b in backups.list_backups(data)]


def test_restore_over_a_damaged_database(data):
    copy = backups.make_backup(data)
    db = paths.database_path(data)
    damaged = b"damaged by a power cut" * 300
    db.write_bytes(damaged)
    result = backups.restore(data, copy.path)
    assert result.previous_damaged and result.previous.read_bytes() == damaged
    assert result.previous.name.endswith("-rusak.sqlite")
    assert result.previous not in [b.path for b in backups.list_backups(data)]
    assert _active(data) == 25


def test_restore_refuses_bad_backups_and_changes_nothing(data, tmp_path):
    db = paths.database_path(data)
    good = backups.make_backup(data, tmp_path)
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(good.path.read_bytes())
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"PK\x03\x04 a zip, not a backup" * 100)
    before = db.read_bytes()
    listed = [b.path for b in backups.list_backups(data)]
    for bad, error in ((newer, NewerDatabaseError), (garbage, DatabaseCorrupt),
                       (tmp_path / "missing.sqlite", StorageUnavailable)):
        with pytest.raises(error):
            backups.check_backup(bad)
        with pytest.raises(error):
            backups.restore(data, bad)
        assert db.read_bytes() == before
        assert [b.path for b in backups.list_backups(data)] == listed
    with pytest.raises(StorageUnavailable, match="sedang dipakai"):
        backups.restore(data, db)
