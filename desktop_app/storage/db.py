"""Engine, pragmas, unit of work, opening (with migrations) and backups.

Storage functions never commit: the caller owns the unit of work (one per user action).
"""

from __future__ import annotations

import os
import re
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
SCHEMA_HEAD = "0005"
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
        with self.storage_errors(), self.sessions() as session, session.begin():
            yield session

    @contextmanager
    def storage_errors(self) -> Iterator[None]:
        """A driver error of this database as the StorageError the user can act on (disk full,
        locked, damaged...); integrity errors pass unchanged."""
        try:
            yield
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

# sipera-20250512-103200-123456-harian.sqlite: when it was made, then why (a short reason word)
BACKUP_NAME = re.compile(r"^sipera-(\d{8}-\d{6})-(\d{6})-(.*)\.sqlite$")
# A damaged database kept aside, as it was, when a restore replaced it: not a backup to restore.
DAMAGED_REASON = "rusak"
# What a SIPERA database holds whatever its schema version (anything else is refused as a backup).
SIPERA_TABLES = frozenset({"alembic_version", "persons", "settings"})


@dataclass(frozen=True)
class BackupName:
    made: datetime
    reason: str


def parse_backup_name(name: str) -> BackupName | None:
    """When and why a backup was made, read from its file name (None for other names)."""
    match = BACKUP_NAME.match(name)
    if match is None:
        return None
    try:
        made = datetime.strptime(f"{match.group(1)}-{match.group(2)}", "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None
    return BackupName(made, match.group(3))


def backup_files(directory: Path) -> list[Path]:
    """The sound backups (SIPERA's own names, damaged copies left out) in ``directory``, oldest first."""
    try:
        candidates = list(directory.glob("sipera-*.sqlite"))
    except OSError:
        return []
    found = []
    for path in candidates:
        parsed = parse_backup_name(path.name)
        if parsed is not None and parsed.reason != DAMAGED_REASON and path.is_file():
            found.append((parsed.made, path.name, path))
    return [path for _made, _name, path in sorted(found)]


def _backup_target(directory: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)[:40]
    return directory / f"sipera-{stamp}-{safe}.sqlite"


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def backup_database(path: Path, reason: str = "manual", directory: Path | None = None) -> Path:
    """A consistent copy through SQLite's backup API.

    Old backups are pruned only in the app's own backups folder (``<data dir>/backups``); a
    folder the operator chose (a flash drive holding other backups) is never pruned.
    """
    own = paths.backups_dir(path.parent)
    directory = Path(directory) if directory is not None else own
    target = _backup_target(directory, reason)
    tmp = target.with_suffix(".part")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            with dst:
                src.backup(dst)
        finally:
            dst.close()
            src.close()
        if os.name == "posix":
            os.chmod(tmp, 0o600)  # a backup holds every record: the user's alone
        tmp.replace(target)
    except (sqlite3.Error, OSError) as error:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise classify(error, directory) from error
    if _same_path(directory, own):
        _prune(directory)
    return target


def _prune(directory: Path) -> None:
    """Keep the newest BACKUPS_KEPT sound backups; damaged copies and other files stay."""
    for old in backup_files(directory)[:-BACKUPS_KEPT]:
        try:
            old.unlink()
        except OSError:
            pass


def latest_backup_date(directory: Path) -> str | None:
    found = backup_files(directory)
    return found[-1].name[7:15] if found else None


def daily_backup(db: Database) -> Path | None:
    """Make today's automatic backup if there is none yet."""
    directory = paths.backups_dir(db.path.parent)
    today = datetime.now().strftime("%Y%m%d")
    if latest_backup_date(directory) == today:
        return None
    _check_integrity(db.path)  # the full check of large files happens here, off the GUI thread
    return db.backup("harian")


def _open_backup(path: Path) -> sqlite3.Connection:
    """A backup file opened read-only as immutable: no -wal/-shm files appear beside it (a flash
    drive or the backups folder stays as it was)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _backup_refused(error: BaseException, shown: Path) -> Exception:
    mapped = classify(error, shown)
    if isinstance(mapped, DatabaseCorrupt):
        return DatabaseCorrupt(Msg(
            "Berkas cadangan {path} rusak atau bukan database SIPERA, jadi tidak bisa dipulihkan. "
            "Tidak ada yang diubah. Pilih cadangan lain.", path=str(shown)
        ))
    return mapped


def check_backup_file(path: Path, shown: Path | None = None) -> str:
    """Refuse a backup that is damaged, no SIPERA database or from a newer SIPERA; return its
    schema revision. ``shown`` is the path named in the messages (the operator's file when
    ``path`` is a working copy of it)."""
    path = Path(path)
    shown = Path(shown) if shown is not None else path
    try:
        con = _open_backup(path)
    except sqlite3.Error as error:
        raise _backup_refused(error, shown) from error
    try:
        result = con.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise sqlite3.DatabaseError("database disk image is malformed")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        row = con.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
    except sqlite3.Error as error:
        raise _backup_refused(error, shown) from error
    finally:
        con.close()
    if not SIPERA_TABLES <= tables or row is None:
        raise DatabaseCorrupt(Msg("File {path} bukan cadangan SIPERA. Tidak ada yang diubah.", path=str(shown)))
    rev = str(row[0])
    if rev != SCHEMA_HEAD and rev not in known_revisions():
        raise NewerDatabaseError(Msg(
            "Cadangan {path} dibuat oleh SIPERA versi yang lebih baru. Tidak ada yang diubah.", path=str(shown)
        ))
    return rev


def backup_summary(path: Path) -> dict[str, object]:
    """What a (checked) backup holds: its profile (JSON dict, empty when unreadable) and the number
    of active records (None when unreadable). Read-only; never raises for a sound SIPERA file."""
    import json

    out: dict[str, object] = {"profile": {}, "records": None}
    try:
        con = _open_backup(Path(path))
    except sqlite3.Error:
        return out
    try:
        row = con.execute("SELECT value FROM settings WHERE key = 'profile'").fetchone()
        if row is not None:
            profile = json.loads(row[0])
            if isinstance(profile, dict):
                out["profile"] = profile
        out["records"] = int(con.execute("SELECT count(*) FROM persons WHERE deleted_at IS NULL").fetchone()[0])
    except (sqlite3.Error, ValueError, TypeError):
        pass
    finally:
        con.close()
    return out


@dataclass(frozen=True)
class Restored:
    """Where the replaced database went: a backup (``damaged`` False), or a plain copy of the
    damaged file (``damaged`` True); ``previous`` is None when there was no database."""

    previous: Path | None
    damaged: bool = False


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _keep_damaged(target: Path) -> Path:
    """A plain file copy of a damaged database (and its WAL) in the backups folder, named
    ``sipera-<when>-rusak.sqlite``: SQLite's backup API cannot read it any more."""
    directory = paths.backups_dir(target.parent)
    copy = _backup_target(directory, DAMAGED_REASON)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, copy)
        wal = target.with_name(target.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    except OSError as error:
        raise classify(error, directory) from error
    return copy


def _keep_previous(target: Path) -> Restored:
    """Keep the database a restore replaces: a backup when it is sound, else a plain copy."""
    if not target.exists():
        return Restored(None)
    try:
        _check_integrity(target)
    except DatabaseCorrupt:
        return Restored(_keep_damaged(target), damaged=True)
    try:
        return Restored(backup_database(target, "sebelum-pulihkan"))
    except DatabaseCorrupt:  # the check passed but the pages could not be read: keep the file as it is
        return Restored(_keep_damaged(target), damaged=True)


def restore_backup(backup: Path, target: Path) -> Restored:
    """Replace ``target`` with ``backup`` after checking the backup is a sound SIPERA database.

    The backup is copied beside the target and that copy is checked (integrity, a SIPERA schema,
    not newer); a bad backup changes nothing. Then the current database is kept (a backup, or a
    plain copy when it is damaged) and the checked copy takes its place. The caller holds the
    instance lock and has closed every connection to ``target``.
    """
    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise StorageUnavailable(Msg("File cadangan {path} tidak ditemukan.", path=str(backup)))
    if target.exists() and _same_path(backup, target):
        raise StorageUnavailable(Msg(
            "Berkas {path} adalah database yang sedang dipakai, bukan cadangan. Tidak ada yang diubah.",
            path=str(backup),
        ))
    tmp = target.with_suffix(".restore.part")
    try:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(backup, tmp)
        except OSError as error:
            raise classify(error, target.parent) from error
        check_backup_file(tmp, shown=backup)
        kept = _keep_previous(target)
        try:
            for side in _side_files(target):
                side.unlink(missing_ok=True)
            tmp.replace(target)
        except OSError as error:
            if kept.previous is not None and not kept.damaged:  # the database stays: its backup would only eat space
                kept.previous.unlink(missing_ok=True)
            raise classify(error, target.parent) from error
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
    return kept
