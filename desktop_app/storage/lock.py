"""One running instance per data dir: an OS file lock released when the process ends."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app.core.text import Msg
from desktop_app.storage.errors import AlreadyRunning, StorageUnavailable


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / ".sipera.lock"
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageUnavailable(Msg(
                "Folder data {path} tidak bisa ditulis ({reason}).", path=str(self.path.parent), reason=exc.strerror
            )) from exc
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise AlreadyRunning(
                Msg("SIPERA sudah berjalan dengan folder data ini. Tutup jendela yang lain dulu.")
            ) from exc
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            try:
                os.close(self._fd)
            finally:
                self._fd = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
