"""Opening, migrating, refusing, backing up: the database never loses or half-changes data."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from desktop_app.core.person import Person
from desktop_app.storage import persons as repo
from desktop_app.storage.db import (
    backup_database,
    current_revision,
    head_revision,
    make_engine,
    open_database,
    restore_backup,
)
from desktop_app.storage.errors import AlreadyRunning, DatabaseCorrupt, NewerDatabaseError, StorageUnavailable
from desktop_app.storage.lock import InstanceLock

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _person(**kw) -> Person:
    base = dict(desa_code="35.03.01.2001", nik="3503011205800001", full_name="SUPARMAN", birth_date=date(1980, 5, 12), sex="L")
    base.update(kw)
    return Person(**base)


def _schema(path: Path) -> set[tuple[str, str]]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
        ).fetchall()
    finally:
        con.close()
    return set(rows)


def test_new_file_is_created_at_head_with_pragmas(tmp_path):
    db = open_database(tmp_path / "a.sqlite")
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()
    assert current_revision(tmp_path / "a.sqlite") == head_revision()


def test_migrations_build_the_same_schema_as_the_models(tmp_path):
    """An empty file upgraded through every migration equals a fresh create_all."""
    from alembic import command

    from desktop_app.storage.db import alembic_config

    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh).dispose()
    migrated = tmp_path / "migrated.sqlite"
    cfg = alembic_config()
    engine = make_engine(migrated, foreign_keys=False)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    engine.dispose()
    assert _schema(migrated) == _schema(fresh)


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite")), ids=lambda p: p.name)
def test_upgrade_from_every_released_schema_keeps_data(fixture, tmp_path):
    db_path = tmp_path / "sipera.sqlite"
    shutil.copy(fixture, db_path)
    con = sqlite3.connect(db_path)
    before = con.execute("SELECT count(*) FROM persons").fetchone()[0]
    history_before = con.execute("SELECT count(*) FROM person_history").fetchone()[0]
    con.close()
    assert before > 0
    db = open_database(db_path)
    with db.read() as s:
        assert repo.count(s, repo.RecordFilter(include_deleted=True)) == before
        from sqlalchemy import text

        assert s.execute(text("SELECT count(*) FROM person_history")).scalar() == history_before
    db.dispose()
    assert current_revision(db_path) == head_revision()


def test_newer_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "sipera.sqlite"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    data = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="versi yang lebih baru"):
        open_database(path)
    assert path.read_bytes() == data


def test_corrupt_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "sipera.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    data = path.read_bytes()
    with pytest.raises(DatabaseCorrupt, match="rusak"):
        open_database(path)
    assert path.read_bytes() == data


def test_truncated_database_is_refused(tmp_path):
    path = tmp_path / "sipera.sqlite"
    db = open_database(path)
    with db.unit_of_work() as s:
        for n in range(300):
            repo.insert_person(s, _person(nik=f"35030112058{n:05d}", full_name=f"ORANG {n}"), [])
    db.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2] + b"\0" * 10 + raw[len(raw) // 2 + 4096 :])
    with pytest.raises((DatabaseCorrupt, StorageUnavailable)):
        open_database(path)


def test_non_sipera_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseCorrupt, match="bukan database SIPERA"):
        open_database(path)


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root ignores file permissions")
def test_read_only_data_dir_gives_a_clear_message(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    try:
        with pytest.raises(StorageUnavailable):
            open_database(ro / "sipera.sqlite")
    finally:
        ro.chmod(0o700)


def test_read_only_data_dir_is_classified(tmp_path):
    """Works for root too: the sqlite error text for a read-only database is classified."""
    from desktop_app.storage.errors import classify

    err = classify(sqlite3.OperationalError("attempt to write a readonly database"), tmp_path)
    assert isinstance(err, StorageUnavailable) and "hanya-baca" in str(err)
    err = classify(sqlite3.OperationalError("database or disk is full"), tmp_path)
    assert isinstance(err, StorageUnavailable) and "Disk penuh" in str(err)


def test_full_disk_during_write_changes_nothing(tmp_path):
    """A write that fails mid-transaction (here: SQLite's max_page_count, as on a full disk)
    rolls back entirely and says 'Disk penuh'."""
    path = tmp_path / "sipera.sqlite"
    db = open_database(path)
    with db.unit_of_work() as s:
        repo.insert_person(s, _person(), [])
    from sqlalchemy import event

    @event.listens_for(db.engine, "connect")
    def _tiny(dbapi_conn, _rec):
        dbapi_conn.execute("PRAGMA max_page_count=1")

    db.engine.dispose()
    with pytest.raises(StorageUnavailable, match="Disk penuh"):
        with db.unit_of_work() as s:
            for n in range(2000):
                repo.insert_person(s, _person(id=f"id-{n}", nik=f"35030112059{n:05d}", full_name="X" * 150), [])
    event.remove(db.engine, "connect", _tiny)
    db.engine.dispose()
    with db.read() as s:
        assert repo.count(s, repo.RecordFilter()) == 1
    db.dispose()


def test_one_active_record_per_valid_nik_per_village(tmp_path):
    db = open_database(tmp_path / "a.sqlite")
    with db.unit_of_work() as s:
        repo.insert_person(s, _person(id="a"), [])
    with pytest.raises(IntegrityError):
        with db.unit_of_work() as s:
            repo.insert_person(s, _person(id="b"), [])
    # the same NIK in another village is allowed (district database: a review case)
    with db.unit_of_work() as s:
        repo.insert_person(s, _person(id="c", desa_code="35.03.01.2002"), [])
    # a tombstoned record frees the NIK
    from datetime import datetime

    with db.unit_of_work() as s:
        p = repo.get(s, "a")
        repo.update_person(s, p.copy(deleted_at=datetime.now(), delete_reason="pindah"), [])
        repo.insert_person(s, _person(id="d"), [])
    db.dispose()


def test_damaged_niks_are_kept_even_when_equal(tmp_path):
    """Two people whose NIKs Excel rounded to the same number must both survive."""
    db = open_database(tmp_path / "a.sqlite")
    with db.unit_of_work() as s:
        repo.insert_person(s, _person(id="a", nik="3503011205800000", nik_from_number=True), [])
        repo.insert_person(s, _person(id="b", nik="3503011205800000", nik_from_number=True, full_name="SUPARNI"), [])
        repo.insert_person(s, _person(id="c", nik="350301120580"), [])
        repo.insert_person(s, _person(id="d", nik="350301120580", full_name="LAIN"), [])
    with db.read() as s:
        assert repo.count(s, repo.RecordFilter()) == 4
    db.dispose()


def test_failed_unit_of_work_leaves_nothing(tmp_path):
    db = open_database(tmp_path / "a.sqlite")
    with pytest.raises(RuntimeError):
        with db.unit_of_work() as s:
            repo.insert_person(s, _person(), [])
            raise RuntimeError("boom")
    with db.read() as s:
        assert repo.count(s, repo.RecordFilter()) == 0
    db.dispose()


def test_backup_and_restore_round_trip(tmp_path):
    path = tmp_path / "sipera.sqlite"
    db = open_database(path)
    with db.unit_of_work() as s:
        repo.insert_person(s, _person(), [])
    copy = backup_database(path, "uji", tmp_path / "backups")
    with db.unit_of_work() as s:
        repo.insert_person(s, _person(id="x2", nik="3503011205800002"), [])
    db.dispose()
    restore_backup(copy, path)
    db = open_database(path)
    with db.read() as s:
        assert repo.count(s, repo.RecordFilter()) == 1
    db.dispose()


def test_restore_refuses_a_broken_backup(tmp_path):
    path = tmp_path / "sipera.sqlite"
    open_database(path).dispose()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00garbage" * 50)
    before = path.read_bytes()
    with pytest.raises((DatabaseCorrupt, StorageUnavailable)):
        restore_backup(bad, path)
    assert path.read_bytes() == before


def test_one_instance_per_data_dir(tmp_path):
    with InstanceLock(tmp_path):
        # a second process must be refused; flock is per open file description, so use a subprocess
        import subprocess
        import sys

        code = (
            "import sys; from pathlib import Path; from desktop_app.storage.lock import InstanceLock\n"
            "from desktop_app.storage.errors import AlreadyRunning\n"
            f"try:\n    InstanceLock(Path({str(tmp_path)!r})).acquire()\nexcept AlreadyRunning:\n    sys.exit(7)\n"
        )
        assert subprocess.run([sys.executable, "-c", code]).returncode == 7
    with InstanceLock(tmp_path):
        pass
    assert AlreadyRunning


def test_schema_head_constant_matches_alembic():
    from desktop_app.storage.db import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


# ---------------------------------------------------------------- backups: pruning, damaged current


def _fake_backups(folder: Path, n: int, reason: str = "manual") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(n):
        path = folder / f"sipera-2020{1 + i // 28:02d}{1 + i % 28:02d}-101010-000000-{reason}.sqlite"
        path.write_bytes(b"x")
        made.append(path)
    return made


def test_backup_to_a_chosen_folder_never_prunes_it(tmp_path):
    path = tmp_path / "data" / "sipera.sqlite"
    open_database(path).dispose()
    stick = tmp_path / "flashdisk"
    others = _fake_backups(stick, 40)
    (stick / "catatan.txt").write_text("punya desa lain")
    copy = backup_database(path, "manual", stick)
    assert all(p.exists() for p in others)
    assert (stick / "catatan.txt").exists()
    assert copy.parent == stick and copy.exists()


def test_own_backups_folder_keeps_the_newest_and_every_damaged_copy(tmp_path):
    from desktop_app.storage.db import BACKUPS_KEPT, backup_files

    path = tmp_path / "data" / "sipera.sqlite"
    open_database(path).dispose()
    own = tmp_path / "data" / "backups"
    old = _fake_backups(own, 40, "harian")
    damaged = _fake_backups(own, 2, "rusak")
    copy = backup_database(path, "manual")
    kept = backup_files(own)
    assert len(kept) == BACKUPS_KEPT and kept[-1] == copy
    assert not old[0].exists() and old[-1].exists()
    assert all(p.exists() for p in damaged)


def test_restore_over_a_corrupt_database_keeps_the_damaged_file_aside(tmp_path):
    data = tmp_path / "data"
    path = data / "sipera.sqlite"
    db = open_database(path)
    with db.unit_of_work() as s:
        repo.insert_person(s, _person(), [])
    db.dispose()
    copy = backup_database(path, "manual")
    garbage = b"this database was damaged by a power cut" * 200
    path.write_bytes(garbage)
    (data / "sipera.sqlite-wal").write_bytes(b"wal bytes")
    kept = restore_backup(copy, path)
    assert kept.damaged and kept.previous is not None
    assert kept.previous.parent == data / "backups" and kept.previous.name.endswith("-rusak.sqlite")
    assert kept.previous.read_bytes() == garbage
    assert kept.previous.with_name(kept.previous.name + "-wal").read_bytes() == b"wal bytes"
    assert not (data / "sipera.sqlite-wal").exists()
    db = open_database(path)
    with db.read() as s:
        assert repo.count(s, repo.RecordFilter()) == 1
    db.dispose()
    assert not list(data.glob("*.part"))


def test_restore_over_a_sound_database_keeps_it_as_a_backup(tmp_path):
    path = tmp_path / "sipera.sqlite"
    open_database(path).dispose()
    copy = backup_database(path, "manual", tmp_path / "stick")
    kept = restore_backup(copy, path)
    assert not kept.damaged and "sebelum-pulihkan" in kept.previous.name
    assert current_revision(kept.previous) == head_revision()


@pytest.mark.parametrize("kind", ["other_sqlite", "newer", "garbage", "truncated"])
def test_a_bad_backup_changes_nothing_even_over_a_corrupt_database(tmp_path, kind):
    from desktop_app.storage.errors import StorageError

    good = tmp_path / "good.sqlite"
    open_database(good).dispose()
    bad = tmp_path / "bad.sqlite"
    if kind == "other_sqlite":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE alembic_version (version_num TEXT)")
        con.execute("INSERT INTO alembic_version VALUES ('0001')")
        con.commit()
        con.close()
    elif kind == "newer":
        shutil.copyfile(good, bad)
        con = sqlite3.connect(bad)
        con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
        con.commit()
        con.close()
    elif kind == "garbage":
        bad.write_bytes(b"\x00garbage" * 500)
    else:
        bad.write_bytes(good.read_bytes()[:1500])
    data = tmp_path / "data"
    data.mkdir()
    path = data / "sipera.sqlite"
    path.write_bytes(b"damaged current database" * 100)
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        restore_backup(bad, path)
    assert str(bad) in str(caught.value)
    expected = {"other_sqlite": "bukan cadangan SIPERA", "newer": "versi yang lebih baru"}.get(kind, "rusak")
    assert expected in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in data.iterdir()) == ["sipera.sqlite"]  # no copy, no leftover


def test_checking_a_backup_leaves_no_files_beside_it(tmp_path):
    from desktop_app.storage.db import check_backup_file

    path = tmp_path / "sipera.sqlite"
    open_database(path).dispose()
    stick = tmp_path / "stick"
    copy = backup_database(path, "manual", stick)
    assert check_backup_file(copy) == head_revision()
    assert list(stick.iterdir()) == [copy]
