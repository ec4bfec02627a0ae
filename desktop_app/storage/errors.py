"""Storage errors the user can act on, with Indonesian messages, versus bugs."""

from __future__ import annotations

import sqlite3

from sqlalchemy import exc as sa_exc

from desktop_app.core.errors import Refusal
from desktop_app.core.text import Msg


class StorageError(Refusal):
    """A problem the user can understand and fix; ``str(e)`` is the Indonesian message, raised as a
    ``core.text.Msg`` (its only argument) so that the window can translate it."""


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


def _readonly(path: object) -> Msg:
    return Msg(
        "Folder data hanya-baca: SIPERA tidak bisa menulis ke {path}. "
        "Pindahkan folder data ke lokasi yang bisa ditulis (misalnya Dokumen) atau periksa izinnya.",
        path=str(path),
    )


def _full(path: object) -> Msg:
    return Msg("Disk penuh: tidak ada ruang untuk menyimpan ke {path}. Kosongkan ruang disk lalu ulangi.",
               path=str(path))


def _locked() -> Msg:
    return Msg("Database sedang dipakai proses lain. Tutup jendela SIPERA yang lain lalu ulangi.")


def _corrupt(path: object) -> Msg:
    return Msg(
        "File database {path} rusak atau bukan database SIPERA. Tidak ada yang diubah. "
        "Pulihkan dari cadangan: menu Berkas > Pulihkan dari cadangan... di jendela SIPERA, "
        "atau perintah 'sipera restore'.",
        path=str(path),
    )


def _cannot_open(path: object) -> Msg:
    return Msg("Database {path} tidak bisa dibuka: folder tidak ada atau tidak bisa diakses.", path=str(path))


def classify(error: BaseException, path: object = "") -> Exception:
    """Map a DB-API/SQLAlchemy error to StorageUnavailable / DatabaseCorrupt / StorageBug."""
    original = error.orig if isinstance(error, sa_exc.DBAPIError) and error.orig is not None else error
    text = str(original).lower()
    if isinstance(original, sqlite3.Error | sa_exc.DBAPIError) or isinstance(error, sa_exc.DBAPIError):
        if "readonly" in text or "read-only" in text or "read only" in text:
            return StorageUnavailable(_readonly(path))
        if "disk is full" in text or "disk full" in text or "no space" in text:
            return StorageUnavailable(_full(path))
        if "locked" in text or "busy" in text:
            return StorageUnavailable(_locked())
        if "not a database" in text or "malformed" in text or "encrypted" in text or "corrupt" in text:
            return DatabaseCorrupt(_corrupt(path))
        if "unable to open" in text:
            return StorageUnavailable(_cannot_open(path))
    if isinstance(original, OSError):
        import errno

        if original.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StorageUnavailable(_readonly(path))
        if original.errno == errno.ENOSPC:
            return StorageUnavailable(_full(path))
    return StorageBug(str(error))
