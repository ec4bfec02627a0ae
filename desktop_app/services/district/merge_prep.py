"""Kotak masuk, first half: open and check the packages of a merge run, in a worker process when
the run is big.

Opening a package (signature, decryption, JSON, schema) and checking its records as new records
(``validate``, the stored row) costs more than writing them, and needs nothing the run changes:
the keys the district trusts (the run holds the writer lock), the district's own identity, and
the programme settings. A big run therefore prepares its packages in worker processes while the
main process writes the ones already prepared, in order; a small run (or
``SIPERA_MERGE_WORKERS=0``) prepares them in process. What a record does to the database (new,
newer, older, of another village, a case) is decided by the main process only, against the
database as the run has changed it (``merge._merge_records``); a worker's work is only ever a
head start, and a worker that fails for any reason is replaced by preparing in process.

Workers are started with ``spawn`` (safe beside Qt's threads, and the only way on Windows; the
frozen executables call ``multiprocessing.freeze_support()`` first). They load the identity
from the data folder themselves and never open the database.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator, Sequence
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

from desktop_app.core.person import Person
from desktop_app.core.text import Msg
from desktop_app.core.validation import ValidationContext, validate
from desktop_app.services.app import Programme
from desktop_app.services.packages.common import SnapshotTrust
from desktop_app.storage import persons as repo
from desktop_app.sync.errors import PackageError
from desktop_app.sync.manifest import Manifest, Target

WORKERS_ENV = "SIPERA_MERGE_WORKERS"  # 0: always in process; N: at most N workers for any run
MIN_FILES = 6  # fewer packages than this are prepared in process (a worker takes ~1 s to start)
MIN_BYTES = 2 << 20  # ... and so are runs smaller than this (about 6,000 records)
MAX_WORKERS = 2  # the main process writes meanwhile: more workers only wait for it
AHEAD_PER_WORKER = 3  # packages prepared ahead of the writer per worker (bounds the memory held)


@dataclass(frozen=True)
class RunContext:
    """What preparing a package needs, the same for every package of the run (picklable)."""

    data_dir: str
    region_code: str
    trust: SnapshotTrust
    programme: Programme

    def target(self) -> Target:
        return Target(role="kabupaten", region_code=self.region_code)

    def validation(self, desa_code: str) -> ValidationContext:
        return validation_context(self.programme, desa_code)


def validation_context(programme: Programme, desa_code: str) -> ValidationContext:
    """How the district checks a record of ``desa_code``: the programme's age window and start."""
    return ValidationContext(desa_code=desa_code, age_min=programme.age_min, age_max=programme.age_max,
                             default_coverage_start=programme.coverage_start)


@dataclass
class Prepared:
    """One file of the run, opened and checked. ``refusal`` (code, reason) when the pipeline
    refused it; else per payload line its id, desa code and rev, and ``rows[i]``: the line's
    stored row as a new record of the package's village (validated), None for a line of another
    village. The lines themselves are kept decoded (in process) or as signed bytes (from a
    worker) and read with :meth:`line`."""

    path: str
    refusal: tuple[str, Msg] | None = None
    manifest: Manifest | None = None
    sha256: str = ""
    ids: list[str] = field(default_factory=list)
    desas: list[Any] = field(default_factory=list)
    revs: list[int] = field(default_factory=list)
    rows: list[tuple[Any, ...] | None] = field(default_factory=list)
    lines: list[dict[str, Any]] | None = None
    raw: list[bytes] | None = None

    def line(self, i: int) -> dict[str, Any]:
        if self.lines is not None:
            return self.lines[i]
        from desktop_app.sync.package import _decoder

        assert self.raw is not None
        return _decoder.decode(self.raw[i].decode("utf-8"))  # checked once already, by the worker


def prepare(path: Path | str, ctx: RunContext, identity: Any, *, for_worker: bool = False) -> Prepared:
    """Open ``path`` through the one pipeline and check its records as new records."""
    from desktop_app.sync.package import open_package

    out = Prepared(path=str(path))
    try:
        opened = open_package(Path(path), trust=ctx.trust, identity=identity, expect_kind="data",
                              expect_target=ctx.target(), keep_raw_lines=for_worker)
    except PackageError as exc:
        out.refusal = (getattr(exc, "code", "package"), exc.message)
        return out
    m = opened.manifest
    desa = m.source.region_code
    out.manifest, out.sha256 = m, opened.sha256_of_file
    vctx = ctx.validation(desa)
    ids, desas, revs, rows = out.ids, out.desas, out.revs, out.rows
    for line in opened.records:
        ids.append(line["id"])
        desas.append(line.get("desa_code"))
        revs.append(int(line["rev"]))
        if line.get("desa_code") != desa:
            rows.append(None)
            continue
        person = person_from_line(line)
        person.sent_rev = person.district_rev = person.rev
        rows.append(repo.row_tuple(person, validate(person, vctx)))
    if for_worker:
        out.raw = opened.raw_lines
    else:
        out.lines = opened.records
    return out


# ================================================================= payload lines as persons


_DATE_FIELDS = frozenset({"birth_date", "coverage_start", "coverage_end"})
_DATETIME_FIELDS = frozenset({"created_at", "updated_at", "deleted_at"})


@lru_cache(maxsize=65536)
def _date(text: str) -> date:
    return date.fromisoformat(text)


@lru_cache(maxsize=65536)
def _datetime(text: str) -> datetime:
    # a package's records share a few timestamps (one import, one operator session)
    return datetime.fromisoformat(text).replace(tzinfo=None)


_FACTORY = object()  # a field whose default comes from its default_factory
_FIELD_DEFAULTS = tuple((f.name, f.default if f.default is not MISSING else _FACTORY) for f in fields(Person))
_FACTORIES = {i: fields(Person)[i].default_factory for i, (_n, d) in enumerate(_FIELD_DEFAULTS) if d is _FACTORY}
_DATE_AT = tuple(i for i, (name, _d) in enumerate(_FIELD_DEFAULTS) if name in _DATE_FIELDS)
_DATETIME_AT = tuple(i for i, (name, _d) in enumerate(_FIELD_DEFAULTS) if name in _DATETIME_FIELDS)


# a data package line holds every field but ``sent_rev`` (the village's own bookkeeping): one
# C-level itemgetter reads them all, five times faster than a get per field
_SENT_REV_AT = [name for name, _d in _FIELD_DEFAULTS].index("sent_rev")
_LINE_FIELDS = itemgetter(*(name for name, _d in _FIELD_DEFAULTS if name != "sent_rev"))


def person_from_line(line: dict[str, Any]) -> Person:
    """A checked payload line as a Person (ISO dates and times parsed; other keys ignored).
    Built with positional arguments: 45 keyword arguments cost more than the rest of the line."""
    try:
        args = list(_LINE_FIELDS(line))
        args.insert(_SENT_REV_AT, line.get("sent_rev", _FIELD_DEFAULTS[_SENT_REV_AT][1]))
    except KeyError:  # a line without some optional field: each one read with its default
        get = line.get
        args = [get(name, default) for name, default in _FIELD_DEFAULTS]
    for i in _DATE_AT:
        value = args[i]
        if value is not None:
            args[i] = _date(value)
    for i in _DATETIME_AT:
        value = args[i]
        if value is not None:
            args[i] = _datetime(value)
    for i, factory in _FACTORIES.items():
        if args[i] is _FACTORY:
            args[i] = factory()
    return Person(*args)


# ================================================================= the run's preparer


def worker_count(files: Sequence[Path]) -> int:
    """How many worker processes prepare this run's packages (0: in process)."""
    wanted = os.environ.get(WORKERS_ENV, "").strip()
    if wanted:
        try:
            return max(0, min(int(wanted), len(files)))
        except ValueError:
            pass
    if len(files) < MIN_FILES:
        return 0
    size = 0
    for path in files:
        try:
            size += path.stat().st_size
        except OSError:
            pass
    if size < MIN_BYTES:
        return 0
    cpus = os.cpu_count() or 1
    return 0 if cpus < 2 else min(MAX_WORKERS, cpus - 1)  # one processor: a worker only adds copying


class Preparer:
    """The run's packages, prepared in order: ``for prepared in preparer``. Workers (when
    ``workers`` > 0) prepare a few packages ahead; ``close`` stops them (cancel, error, end).

    The writer never stands idle while there is work: while the workers start (about a second) it
    prepares the next package itself (and takes back any package no worker has begun), and when
    the package it needs next is still being prepared by a worker, it prepares a later one itself
    meanwhile (kept until its turn). Whichever side is faster on this machine does more."""

    def __init__(self, files: Sequence[Path], ctx: RunContext, identity: Any, *, workers: int = 0) -> None:
        self._files, self._ctx, self._identity = list(files), ctx, identity
        self._pool: Any = None
        self._warm = False  # a worker has delivered: waiting for one is worth it from now on
        if workers > 0:
            self._pool = _start_pool(workers, ctx)
        self._ahead = AHEAD_PER_WORKER * max(1, workers)

    @property
    def parallel(self) -> bool:
        return self._pool is not None

    def __iter__(self) -> Iterator[Prepared]:
        files, count = self._files, len(self._files)
        futures: dict[int, Any] = {}  # handed to a worker, not yet taken
        ready: dict[int, Prepared] = {}  # prepared here ahead of their turn
        assigned = 0  # files before this index are handed out or prepared
        for i in range(count):
            while self._pool is not None and assigned < count and len(futures) < self._ahead:
                futures[assigned] = self._submit(files[assigned])
                assigned += 1
            if i in ready:
                yield ready.pop(i)
                continue
            if i >= assigned:  # no worker (any more): in order, in process
                assigned = i + 1
                yield prepare(files[i], self._ctx, self._identity)
                continue
            future = futures.pop(i)
            # its worker is still at it: prepare a later package here meanwhile
            while (self._warm and future is not None and not future.done() and assigned < count
                   and len(ready) < self._ahead):
                ready[assigned] = prepare(files[assigned], self._ctx, self._identity)
                assigned += 1
            yield self._result(files[i], future)
        for future in futures.values():  # a run that ended early (nothing should be left)
            if future is not None:
                future.cancel()

    def _submit(self, path: Path) -> Any:
        try:
            return self._pool.submit(_prepare_in_worker, str(path))
        except Exception:  # noqa: BLE001 - a pool that cannot take work: prepare in process
            self._stop_pool()
            return None

    def _result(self, path: Path, future: Any) -> Prepared:
        if future is not None and (future.done() or (self._warm and not future.cancel())):
            try:
                result = future.result()
                self._warm = True
                return result
            except Exception:  # noqa: BLE001 - a worker died or failed: the same work in process
                self._stop_pool()
        elif future is not None:
            future.cancel()  # not begun: taken back; begun while the workers start: its result is dropped
        return prepare(path, self._ctx, self._identity)

    def _stop_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            # The workers leave in order, waited for by a thread of their own: the run goes on
            # (or returns) at once. Not ``wait=False``: a pool let go mid-way can report itself
            # broken and, in Python 3.11, print an InvalidStateError from its thread.
            import threading

            threading.Thread(target=pool.shutdown, kwargs={"wait": True, "cancel_futures": True},
                             name="sipera-merge-pool-shutdown", daemon=True).start()

    def close(self) -> None:
        self._stop_pool()

    def __enter__(self) -> Preparer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _start_pool(workers: int, ctx: RunContext) -> Any:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(ctx,))
    except Exception:  # noqa: BLE001 - no processes here (a locked-down machine): in process
        return None


# ---------------------------------------------------------------- in the worker process

_worker: dict[str, Any] = {}


def _init_worker(ctx: RunContext) -> None:
    import signal

    from desktop_app.services.packages import keys as keys_service

    # Ctrl+C in a terminal reaches the whole process group: the merge stops between packages,
    # and the workers end with it (not with a KeyboardInterrupt traceback each)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    gc.disable()  # the worker keeps nothing between packages that reference counting leaves behind
    _worker["ctx"] = ctx
    _worker["identity"] = keys_service.identity(Path(ctx.data_dir))


def _exit_with_parent() -> None:
    """A worker ends as soon as the merge that started it is gone (a kill -9 or a crash gives
    the pool no chance to stop it): a thread waits on the parent's sentinel, on every platform."""
    import multiprocessing
    import threading
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="sipera-merge-parent-watch", daemon=True).start()


def _prepare_in_worker(path: str) -> Prepared:
    try:
        return prepare(path, _worker["ctx"], _worker["identity"], for_worker=True)
    finally:
        gc.collect(0)
