"""Storage errors the user can act on, with Indonesian messages, versus bugs."""

from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa_exc


class StorageError(Exception):
    """A problem the user can understand and fix; ``str(e)`` is the Indonesian message."""


class StorageUnavailable(StorageError):
    pass


class DatabaseCorrupt(StorageError):
    pass


class NewerDatabaseError(StorageError):
    pass


class AlreadyRunning(StorageError):
    pass


class StorageBug(Exception):
    """Anything else: a programming error, reported with a traceback."""


_READONLY = (
    "Folder data hanya-baca: SIPERA tidak bisa menulis ke {path}. "
    "Pindahkan folder data ke lokasi yang bisa ditulis (misalnya Dokumen) atau periksa izinnya."
)
_FULL = "Disk penuh: tidak ada ruang untuk menyimpan ke {path}. Kosongkan ruang disk lalu ulangi."
_LOCKED = "Database sedang dipakai proses lain. Tutup jendela SIPERA yang lain lalu ulangi."
_CORRUPT = (
    "File database {path} rusak atau bukan database SIPERA. Tidak ada yang diubah. "
    "Pulihkan dari cadangan (menu Cadangan > Pulihkan, atau perintah 'sipera restore')."
)
_CANNOT_OPEN = "Database {path} tidak bisa dibuka: folder tidak ada atau tidak bisa diakses."


def classify(error: BaseException, path: object = "") -> Exception:
    """Map a DB-API/SQLAlchemy error to StorageUnavailable / DatabaseCorrupt / StorageBug."""
    original = error.orig if isinstance(error, sa_exc.DBAPIError) and error.orig is not None else error
    text = str(original).lower()
    if isinstance(original, sqlite3.Error | sa_exc.DBAPIError) or isinstance(error, sa_exc.DBAPIError):
        if "readonly" in text or "read-only" in text or "read only" in text:
            return StorageUnavailable(_READONLY.format(path=path))
        if "disk is full" in text or "disk full" in text or "no space" in text:
            return StorageUnavailable(_FULL.format(path=path))
        if "locked" in text or "busy" in text:
            return StorageUnavailable(_LOCKED)
        if "not a database" in text or "malformed" in text or "encrypted" in text or "corrupt" in text:
            return DatabaseCorrupt(_CORRUPT.format(path=path))
        if "unable to open" in text:
            return StorageUnavailable(_CANNOT_OPEN.format(path=path))
    if isinstance(original, OSError):
        import errno

        if original.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StorageUnavailable(_READONLY.format(path=path))
        if original.errno == errno.ENOSPC:
            return StorageUnavailable(_FULL.format(path=path))
    return StorageBug(str(error))
