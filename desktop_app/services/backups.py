"""Backups of a data dir: list them, make one (to the backups folder or a folder the operator
chose, e.g. a flash drive), check one, and restore one.

Used by the window (Berkas > Cadangkan data... / Pulihkan dari cadangan...) and by the
``sipera backup`` / ``sipera restore`` commands. Everything here works on a data dir, not on an
open ``App``: a restore happens with the database closed, and at start-up the database may be
too damaged to open at all.

Restoring never happens under an open database: the caller holds the data dir's instance lock
(``storage.lock.InstanceLock``; the window's ``run_gui`` already does) and has closed the ``App``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app import paths
from desktop_app.core.text import Msg
from desktop_app.storage import db as storage
from desktop_app.storage.errors import StorageBug, StorageUnavailable

MANUAL = "manual"  # the reason of a backup the operator made
# reason words of the automatic backups (the window shows them in words)
DAILY, BEFORE_IMPORT = "harian", "sebelum-impor"
BEFORE_RESTORE, BEFORE_MIGRATION = "sebelum-pulihkan", "sebelum-migrasi"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: datetime  # from the file name; the file's modification time for other names
    reason: str  # harian, sebelum-impor, manual, sebelum-pulihkan, sebelum-migrasi-0001, ... ("" unknown)
    size: int  # bytes

    @property
    def kind(self) -> str:
        """The reason without its detail: ``sebelum-migrasi-0001`` -> ``sebelum-migrasi``."""
        if self.reason.startswith(BEFORE_MIGRATION):
            return BEFORE_MIGRATION
        return self.reason


@dataclass(frozen=True)
class BackupContents:
    """A backup that passed the checks, with what it holds (shown before restoring it)."""

    info: BackupInfo
    region_code: str = ""
    region_name: str = ""
    role: str = ""
    records: int | None = None  # active records; None when unreadable


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path
    previous: Path | None  # where the replaced data went (None when there was no database)
    previous_damaged: bool = False  # True: a plain copy of a damaged database, not a backup


def backups_folder(data_dir: Path) -> Path:
    """The app's own backups folder (automatic backups; the last 30 are kept)."""
    return paths.backups_dir(Path(data_dir))


def describe(path: Path) -> BackupInfo:
    """When and why ``path`` was made (from a SIPERA backup name, else its modification time)."""
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as error:
        raise StorageUnavailable(Msg("File cadangan {path} tidak ditemukan.", path=str(path))) from error
    parsed = storage.parse_backup_name(path.name)
    if parsed is not None:
        return BackupInfo(path, parsed.made, parsed.reason, stat.st_size)
    return BackupInfo(path, datetime.fromtimestamp(stat.st_mtime).replace(microsecond=0), "", stat.st_size)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """The backups in the data dir's backups folder, newest first (damaged copies left out)."""
    out = []
    for path in storage.backup_files(backups_folder(data_dir)):
        try:
            out.append(describe(path))
        except StorageUnavailable:
            continue  # removed meanwhile
    out.sort(key=lambda b: (b.made, b.path.name), reverse=True)
    return out


def make_backup(data_dir: Path, folder: Path | None = None, reason: str = MANUAL) -> BackupInfo:
    """Back the data dir's database up into ``folder`` (default: the backups folder).

    The database is checked first (a corrupt or newer one is refused with its message) and the
    copy is checked after writing. Only the app's own backups folder is ever pruned.
    """
    data_dir = Path(data_dir)
    db_path = paths.database_path(data_dir)
    if not db_path.exists():
        raise StorageUnavailable(Msg(
            "Folder data {path} belum punya database; tidak ada yang dicadangkan.", path=str(data_dir)
        ))
    own = backups_folder(data_dir)
    if folder is not None and _same_path(Path(folder), own):
        folder = None  # the app's own folder: made when missing, pruned to the last 30
    if folder is not None:
        folder = Path(folder)
        if not folder.is_dir():
            raise StorageUnavailable(Msg(
                "Folder {path} tidak ada atau tidak bisa dibuka. Periksa flashdisk atau pilih folder lain.",
                path=str(folder),
            ))
    storage.open_database(db_path).dispose()  # refuses a corrupt or newer database, changes nothing
    target_dir = folder or own
    try:
        copy = storage.backup_database(db_path, reason, folder)
    except StorageBug as error:
        if isinstance(error.__cause__, OSError):
            raise _not_written(target_dir, error.__cause__) from error
        raise
    try:
        storage.check_backup_file(copy)
    except Exception:
        copy.unlink(missing_ok=True)  # never leave a bad copy that looks like a backup
        raise
    return describe(copy)


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _not_written(folder: Path, error: OSError) -> StorageUnavailable:
    return StorageUnavailable(Msg(
        "Cadangan tidak bisa ditulis ke {path} ({reason}). Periksa flashdisk atau folder tujuan, lalu ulangi.",
        path=str(folder), reason=error.strerror or str(error),
    ))


def check_backup(path: Path) -> BackupContents:
    """Refuse a damaged, non-SIPERA or newer backup (with its message); else say what it holds."""
    info = describe(path)
    storage.check_backup_file(info.path)
    summary = storage.backup_summary(info.path)
    profile = summary.get("profile") or {}
    records = summary.get("records")
    return BackupContents(
        info,
        region_code=str(profile.get("region_code", "")) if isinstance(profile, dict) else "",
        region_name=str(profile.get("region_name", "")) if isinstance(profile, dict) else "",
        role=str(profile.get("role", "")) if isinstance(profile, dict) else "",
        records=records if isinstance(records, int) else None,
    )


def count_records(path: Path) -> int | None:
    """The active records in a backup (None when it cannot be read); read-only, never raises."""
    records = storage.backup_summary(Path(path)).get("records")
    return records if isinstance(records, int) else None


class OtherVillageBackup(StorageUnavailable):
    """The backup belongs to another village or district than the data dir's current one."""


def other_region(data_dir: Path, path: Path) -> tuple[str, str, str, str] | None:
    """(own code, own name, backup's code, backup's name) when the backup at ``path`` belongs to
    another region than the data dir's database; None when they match or either is unreadable."""
    db_path = paths.database_path(Path(data_dir))
    if not db_path.exists():
        return None
    own = storage.backup_summary(db_path).get("profile") or {}
    theirs = storage.backup_summary(Path(path)).get("profile") or {}
    if not isinstance(own, dict) or not isinstance(theirs, dict):
        return None
    own_code, their_code = str(own.get("region_code", "")), str(theirs.get("region_code", ""))
    if own_code and their_code and own_code != their_code:
        return own_code, str(own.get("region_name", "")), their_code, str(theirs.get("region_name", ""))
    return None


def restore(data_dir: Path, path: Path, *, other_village: bool = False) -> RestoreResult:
    """Replace the data dir's database with the backup at ``path``.

    The backup is checked first; a bad one changes nothing. A backup of another village (or
    district) is refused unless ``other_village`` says the operator was asked and agreed (the
    window's confirmation names both; the CLI needs --other-village). The current database is kept
    as a backup (``sebelum-pulihkan``), or as a plain copy (``rusak``) when it is damaged. The
    caller holds the instance lock and has closed the database.
    """
    data_dir, path = Path(data_dir), Path(path)
    db_path = paths.database_path(data_dir)
    if not other_village:
        storage.check_backup_file(path)
        other = other_region(data_dir, path)
        if other is not None:
            own_code, own_name, their_code, their_name = other
            raise OtherVillageBackup(Msg(
                "Cadangan {path} milik {other} ({other_code}), bukan {own} ({own_code}) yang memakai folder data "
                "ini. Memulihkannya mengganti wilayah folder data ini, dan paket berikutnya akan ditolak kabupaten. "
                "Tidak ada yang diubah. Bila memang itu maksudnya, ulangi dengan --other-village.",
                path=str(path), other=their_name.split(",")[0] or "?", other_code=their_code,
                own=own_name.split(",")[0] or "?", own_code=own_code))
    kept = storage.restore_backup(path, db_path)
    return RestoreResult(path, db_path, kept.previous, kept.damaged)


def daily_backup(app) -> None:  # noqa: ANN001
    """The day's automatic backup of an open database (nothing when today's exists)."""
    storage.daily_backup(app.db)
