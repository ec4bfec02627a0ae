"""Engine, pragmas, unit of work, opening (with migrations) and backups.

Storage functions never commit: the caller owns the unit of work (one per user action).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from desktop_app import paths
from desktop_app.core.text import Msg
from desktop_app.storage.errors import (
    DatabaseCorrupt,
    NewerDatabaseError,
    StorageError,
    StorageUnavailable,
    classify,
)
from desktop_app.storage.models import Base

BACKUPS_KEPT = 30
# The newest migration of this build. A test keeps it equal to Alembic's head; knowing it here
# lets an up-to-date database open without importing Alembic (about 0.7 s on a cheap laptop).
SCHEMA_HEAD = "0001"
# Up to this size every open runs PRAGMA quick_check (well under 0.1 s); larger files are checked
# at the daily backup instead, so a 100k-record district database still opens in time.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    return engine


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any exception."""
        try:
            with self.sessions() as session, session.begin():
                yield session
        except (sa_exc.IntegrityError, sqlite3.IntegrityError):
            raise
        except (sa_exc.OperationalError, sa_exc.DatabaseError, sqlite3.OperationalError, sqlite3.DatabaseError) as error:
            mapped = classify(error, self.path)
            if isinstance(mapped, StorageError):
                raise mapped from error
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def backup(self, reason: str = "manual", directory: Path | None = None) -> Path:
        return backup_database(self.path, reason, directory)

    def dispose(self) -> None:
        self.engine.dispose()


# ---------------------------------------------------------------- alembic


def alembic_config():  # noqa: ANN201
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(path: Path) -> str | None:
    """The schema revision stored in the file, read with plain sqlite3 (read-only)."""
    uri = f"file:{path}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise classify(error, path) from error
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if not tables:
                return None
            raise DatabaseCorrupt(Msg(
                "File {path} bukan database SIPERA (tidak ada versi skema). Tidak ada yang diubah.", path=str(path)
            ))
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as error:
        raise classify(error, path) from error
    finally:
        con.close()


def _check_integrity(path: Path) -> None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as error:
        raise classify(error, path) from error
    if not result or result[0] != "ok":
        raise classify(sqlite3.DatabaseError("database disk image is malformed"), path)


def open_database(path: Path, *, check: bool = True) -> Database:
    """Open (creating or upgrading) the database at ``path``.

    New file: create the schema and stamp head. Older schema: back it up, then upgrade with
    foreign keys off and check them. Newer schema (unknown revision): refuse, change nothing.
    Corrupt file: refuse, change nothing.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise classify(error, path.parent) from error
    fresh = not path.exists() or path.stat().st_size == 0
    if not fresh:
        if check and path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            _check_integrity(path)
        if current_revision(path) == SCHEMA_HEAD:
            return _opened(path)
    from alembic import command

    cfg = alembic_config()
    if fresh:
        engine = make_engine(path)
        try:
            Base.metadata.create_all(engine)
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.stamp(cfg, "head")
        except (sa_exc.OperationalError, sa_exc.DatabaseError) as error:
            engine.dispose()
            raise classify(error, path) from error
        return Database(path, engine, sessionmaker(engine, expire_on_commit=False))

    current = current_revision(path)
    head = head_revision()
    if current is not None and current not in known_revisions():
        raise NewerDatabaseError(Msg(
            "Database {path} dibuat oleh SIPERA versi yang lebih baru (skema {schema}). "
            "Pasang SIPERA versi terbaru untuk membukanya. Tidak ada yang diubah.",
            path=str(path), schema=current,
        ))
    if current != head:
        backup_database(path, f"sebelum-migrasi-{current or 'kosong'}")
        engine = make_engine(path, foreign_keys=False)
        try:
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise StorageError(Msg(
                        "Migrasi database gagal: {count} rujukan rusak. Database dikembalikan seperti semula.",
                        count=len(problems),
                    ))
        except (sa_exc.OperationalError, sa_exc.DatabaseError) as error:
            raise classify(error, path) from error
        finally:
            engine.dispose()
    return _opened(path)


def _opened(path: Path) -> Database:
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master")
    except (sa_exc.OperationalError, sa_exc.DatabaseError) as error:
        engine.dispose()
        raise classify(error, path) from error
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))


# ---------------------------------------------------------------- backups


def backup_database(path: Path, reason: str = "manual", directory: Path | None = None) -> Path:
    """A consistent copy through SQLite's backup API; old automatic backups are pruned."""
    directory = directory or paths.backups_dir(path.parent)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:40]
    target = directory / f"sipera-{stamp}-{safe}.sqlite"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        tmp = target.with_suffix(".part")
        dst = sqlite3.connect(tmp)
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
            src.close()
        tmp.replace(target)
    except (sqlite3.Error, OSError) as error:
        raise classify(error, directory) from error
    _prune(directory)
    return target


def _prune(directory: Path) -> None:
    backups = sorted(directory.glob("sipera-*.sqlite"))
    for old in backups[:-BACKUPS_KEPT]:
        try:
            old.unlink()
        except OSError:
            pass


def latest_backup_date(directory: Path) -> str | None:
    names = sorted(p.name for p in directory.glob("sipera-*.sqlite"))
    return names[-1][7:15] if names else None


def daily_backup(db: Database) -> Path | None:
    """Make today's automatic backup if there is none yet."""
    directory = paths.backups_dir(db.path.parent)
    today = datetime.now().strftime("%Y%m%d")
    if latest_backup_date(directory) == today:
        return None
    _check_integrity(db.path)  # the full check of large files happens here, off the GUI thread
    return db.backup("harian")


def restore_backup(backup: Path, target: Path) -> None:
    """Replace ``target`` with ``backup`` after checking the backup is a sound SIPERA database."""
    backup = Path(backup)
    if not backup.is_file():
        raise StorageUnavailable(Msg("File cadangan {path} tidak ditemukan.", path=str(backup)))
    _check_integrity(backup)
    rev = current_revision(backup)
    if rev is None:
        raise DatabaseCorrupt(Msg("File {path} bukan cadangan SIPERA.", path=str(backup)))
    if rev not in known_revisions():
        raise NewerDatabaseError(Msg(
            "Cadangan {path} dibuat oleh SIPERA versi yang lebih baru. Tidak ada yang diubah.", path=str(backup)
        ))
    if target.exists():
        backup_database(target, "sebelum-pulihkan")
    tmp = target.with_suffix(".restore.part")
    shutil.copyfile(backup, tmp)
    for suffix in ("-wal", "-shm"):
        side = target.with_name(target.name + suffix)
        if side.exists():
            side.unlink()
    tmp.replace(target)
