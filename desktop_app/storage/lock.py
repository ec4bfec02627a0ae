"""One writer per data dir: an OS file lock released when the process ends (even on kill -9).

``InstanceLock`` is the raw lock. ``hold`` is how the application takes it: shared inside one
process (the window's threads, a command opening the app twice), waiting a bounded time for
another process, and telling who holds it when the wait runs out. The holder writes a small
note beside the lock (``.sipera.lock.info``: process id, what it is, since when) that a refused
process reads for its message; the note says nothing about the data.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

from desktop_app.core.text import Msg
from desktop_app.storage.errors import AlreadyRunning, StorageUnavailable

LOCK_NAME = ".sipera.lock"
INFO_NAME = ".sipera.lock.info"
WINDOW = "window"  # the holder name the window uses; anything else is a command name


class InstanceLock:
    def __init__(self, data_dir: Path, holder: str = "") -> None:
        self.path = Path(data_dir) / LOCK_NAME
        self.info_path = Path(data_dir) / INFO_NAME
        self.holder = holder
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        """Take the lock if it is free; False if another holder has it."""
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
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        self._write_info()
        return True

    def acquire(self, wait: float = 0.0) -> InstanceLock:
        """Take the lock, waiting up to ``wait`` seconds; AlreadyRunning names the holder."""
        deadline = time.monotonic() + max(0.0, wait)
        while not self.try_acquire():
            if time.monotonic() >= deadline:
                raise AlreadyRunning(busy_message(self.info_path))
            time.sleep(0.1)
        return self

    def _write_info(self) -> None:
        note = {"pid": os.getpid(), "holder": self.holder, "since": datetime.now().isoformat(timespec="seconds")}
        tmp = self.info_path.with_name(self.info_path.name + f".{os.getpid()}.part")
        try:
            with open(tmp, "w", encoding="utf-8") as out:
                json.dump(note, out)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.info_path)
        except OSError:
            try:
                tmp.unlink()
            except OSError:
                pass

    def release(self) -> None:
        if self._fd is not None:
            try:
                os.close(self._fd)
            finally:
                self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def busy_message(info_path: Path) -> Msg:
    """Who holds the lock, from its note; the plain message when the note says nothing usable."""
    try:
        note = json.loads(info_path.read_text(encoding="utf-8"))
        pid = int(note.get("pid", 0))
        holder = str(note.get("holder", ""))[:40]
        since = datetime.fromisoformat(str(note.get("since", ""))).strftime("%d-%m-%Y %H:%M")
    except (OSError, ValueError, TypeError, AttributeError):
        holder, pid, since = "", 0, ""
    if holder == WINDOW:
        return Msg("Jendela SIPERA (proses {pid}, dibuka {since}) sedang memakai folder data ini. "
                   "Tutup jendela itu dulu, lalu ulangi.", pid=pid, since=since)
    if holder:
        return Msg("Perintah 'sipera {command}' (proses {pid}, mulai {since}) sedang memakai folder data ini. "
                   "Tunggu sampai selesai, lalu ulangi.", command=holder, pid=pid, since=since)
    return Msg("SIPERA sudah berjalan dengan folder data ini. Tutup jendela yang lain dulu.")


class Hold:
    """One use of the process's shared lock on a data dir; ``release`` gives it back once."""

    def __init__(self, key: Path) -> None:
        self._key = key
        self._released = False

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        with _GUARD:
            entry = _HELD.get(self._key)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] <= 0:
                del _HELD[self._key]
                entry[0].release()

    def __enter__(self) -> Hold:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


_HELD: dict[Path, list] = {}  # resolved data dir -> [InstanceLock, number of holds]
_GUARD = threading.Lock()


def hold(data_dir: Path, *, wait: float = 0.0, holder: str = "") -> Hold:
    """The one-writer lock for ``data_dir``, shared within this process.

    The first hold takes the OS lock (waiting up to ``wait`` seconds for another process, then
    AlreadyRunning naming the holder); later holds in the same process only count."""
    key = Path(data_dir).resolve()
    with _GUARD:
        entry = _HELD.get(key)
        if entry is not None:
            entry[1] += 1
            return Hold(key)
    lock = InstanceLock(key, holder)
    lock.acquire(wait)
    with _GUARD:
        entry = _HELD.get(key)
        if entry is not None:  # another thread of this process took it meanwhile
            lock.release()
            entry[1] += 1
        else:
            _HELD[key] = [lock, 1]
    return Hold(key)


def held_here(data_dir: Path) -> bool:
    """True if this process holds the lock on ``data_dir``."""
    return Path(data_dir).resolve() in _HELD
