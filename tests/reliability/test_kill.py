"""kill -9 at random moments of import, package export, backup and restore.

Each trial forks a child that runs the operation through the services, kills it after a random
delay within the operation's measured duration, and then checks: the database is sound, the
operation happened entirely or not at all, nothing half-written is left once the data folder is
opened again, and a retry finishes. Trials are small so the suite stays quick; the seeds are
fixed so a failure can be replayed.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.reliability.conftest import DESA, active_count, integrity, write_csv

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")]

TRIALS = 10


def _preload() -> None:
    """Import what the children use once, here: each child then starts at once."""
    import desktop_app.services.backups  # noqa: F401
    import desktop_app.services.packages.berita_acara  # noqa: F401
    import desktop_app.services.packages.send  # noqa: F401
    import desktop_app.services.sheets.importer  # noqa: F401


def _fork(work) -> int:  # noqa: ANN001
    """Run ``work()`` in a forked child; its pid."""
    _preload()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            work()
        except BaseException:  # noqa: BLE001
            code = 1
        os._exit(code)
    return pid


def _duration(template: Path, tmp: Path, make_work) -> float:  # noqa: ANN001
    """How long the operation takes on a copy of ``template`` (the faster of two warm runs)."""
    times = []
    for n in range(2):
        probe = tmp / f"probe{n}"
        shutil.copytree(template, probe)
        times.append(_run_to_end(make_work(probe)))
    return min(times)


def _run_to_end(work) -> float:  # noqa: ANN001
    started = time.perf_counter()
    pid = _fork(work)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return time.perf_counter() - started


class _Moments:
    """Kill moments spread over an operation that takes about ``duration`` s. On a busy machine
    one run can be much faster than the measured one; each time the operation finished before its
    kill, later moments are drawn from a shorter span, so that the kills keep landing inside it."""

    def __init__(self, seed: int, duration: float, top: float = 1.0) -> None:
        self.rng, self.duration, self.top, self.scale = random.Random(seed), duration, top, 1.0

    def kill(self, work) -> bool:  # noqa: ANN001
        landed = _kill_at(work, self.rng.uniform(0.05, self.top) * self.duration * self.scale)
        if not landed:
            self.scale = max(self.scale * 0.6, 0.05)
        return landed


def _kill_at(work, delay: float) -> bool:  # noqa: ANN001
    """Run ``work()`` in a child and SIGKILL it after ``delay`` s; True if it was still running."""
    pid = _fork(work)
    deadline = time.perf_counter() + delay
    while time.perf_counter() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(status) == 0, "the operation failed on its own"
            return False
        time.sleep(0.001)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return True


def _leftovers(*folders: Path) -> list[str]:
    found = []
    for folder in folders:
        if folder.is_dir():
            found += [p.name for p in folder.rglob("*") if p.name.endswith((".part", ".part-journal"))]
    return found


def _open_and_close(data: Path) -> None:
    """What the next start does (clean-up included)."""
    from desktop_app.services.app import open_app

    open_app(data, backup=False).close()


@pytest.fixture(scope="module")
def empty_village(tmp_path_factory) -> Path:
    from desktop_app.services.setup.profile import init_profile

    base = tmp_path_factory.mktemp("kill-village")
    init_profile(base / "data", "desa", DESA, ["Siti"]).close()
    return base / "data"


def _import(data: Path, csv: Path):  # noqa: ANN202
    def work() -> None:
        from desktop_app.services.app import open_app
        from desktop_app.services.sheets import importer

        app = open_app(data, backup=False)
        analysis = importer.analyse(app, csv)
        app.db.backup("sebelum-impor")
        importer.run_import(app, analysis)
        app.close()

    return work


def test_kill_during_import(empty_village, tmp_path):
    csv = write_csv(tmp_path / "list.csv", 300)
    duration = _duration(empty_village, tmp_path, lambda d: _import(d, csv))
    assert active_count(tmp_path / "probe0") == 300
    moments = _Moments(10, duration)
    killed = 0
    for trial in range(TRIALS):
        data = tmp_path / f"t{trial}"
        shutil.copytree(empty_village, data)
        killed += moments.kill(_import(data, csv))
        assert integrity(data) == "ok"
        assert active_count(data) in (0, 300)  # all or nothing
        _open_and_close(data)
        assert _leftovers(data) == []
        _run_to_end(_import(data, csv))  # the retry finishes
        assert active_count(data) == 300
    assert killed >= TRIALS // 3, killed  # the kills did land inside the operation


def _export(data: Path, stick: Path):  # noqa: ANN202
    def work() -> None:
        from desktop_app.services.app import open_app
        from desktop_app.services.packages import send

        app = open_app(data, backup=False)
        send.export_data_package(app, stick)
        app.close()

    return work


def _sent_rows(data: Path) -> list[tuple]:
    import sqlite3

    con = sqlite3.connect(data / 'sipera.sqlite')  # read-write: may recover a killed writer's WAL
    try:
        return con.execute("SELECT sequence, file_name, file_sha256 FROM packages WHERE direction='sent' "
                           "AND kind='data' ORDER BY sequence").fetchall()
    finally:
        con.close()


def _pending_note(data: Path) -> bool:
    import sqlite3

    con = sqlite3.connect(data / 'sipera.sqlite')  # read-write: may recover a killed writer's WAL
    try:
        row = con.execute("SELECT value FROM settings WHERE key='data_package_pending'").fetchone()
    finally:
        con.close()
    return bool(row and row[0] not in ("null", ""))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def village_with_records(paired_template, tmp_path_factory) -> Path:
    from desktop_app.services.app import open_app
    from desktop_app.services.sheets import importer

    base = tmp_path_factory.mktemp("kill-export")
    shutil.copytree(paired_template / "desa", base / "data")
    app = open_app(base / "data", backup=False)
    importer.run_import(app, importer.analyse(app, write_csv(base / "list.csv", 200)))
    app.close()
    return base / "data"


def test_kill_during_package_export(village_with_records, tmp_path):
    def probe(data: Path):  # noqa: ANN202
        stick = data.with_name(data.name + "-stick")
        stick.mkdir()
        return _export(data, stick)

    duration = _duration(village_with_records, tmp_path, probe)
    moments = _Moments(20, duration, top=1.05)
    killed = 0
    for trial in range(TRIALS):
        data, stick = tmp_path / f"t{trial}", tmp_path / f"stick{trial}"
        shutil.copytree(village_with_records, data)
        stick.mkdir()
        killed += moments.kill(_export(data, stick))
        assert integrity(data) == "ok"
        rows = _sent_rows(data)
        assert len(rows) <= 1
        on_stick = sorted(stick.glob("*.sipera"))
        # nothing on the stick, or the package the database knows (never an unknown #1)
        assert all(rows and p.name == rows[0][1] and _sha(p) == rows[0][2] for p in on_stick)
        _open_and_close(data)
        pending = data / "packages" / "pending"
        assert _leftovers(data) == [] and (not pending.exists() or not any(pending.iterdir()) or rows)
        if not rows:
            assert not pending.exists() or not any(pending.iterdir())  # no orphan package
        delivered = bool(on_stick) and not _pending_note(data)
        retry_stick = tmp_path / f"retry{trial}"
        retry_stick.mkdir()
        _run_to_end(_export(data, retry_stick))  # the retry finishes: the same #1, or #1 made now
        rows = _sent_rows(data)
        assert [r[0] for r in rows] == [1]  # never a second #1
        written = sorted(retry_stick.glob("*.sipera")) if not delivered else on_stick
        assert [p.name for p in written] == [rows[0][1]] and _sha(written[0]) == rows[0][2]
        assert not _pending_note(data)
        kept = data / "packages" / "sent" / rows[0][1]
        assert _sha(kept) == rows[0][2]  # the copy kept for the history is that package
        assert not any(pending.iterdir())
    assert killed >= TRIALS // 3, killed


def _backup(data: Path):  # noqa: ANN202
    def work() -> None:
        from desktop_app.services import backups

        backups.make_backup(data)

    return work


def test_kill_during_backup(village_with_records, tmp_path):
    from desktop_app.services import backups

    duration = _duration(village_with_records, tmp_path, _backup)
    moments = _Moments(30, duration)
    killed = 0
    for trial in range(TRIALS):
        data = tmp_path / f"t{trial}"
        shutil.copytree(village_with_records, data)
        shutil.rmtree(data / "backups", ignore_errors=True)
        killed += moments.kill(_backup(data))
        _open_and_close(data)
        assert _leftovers(data) == []
        for found in backups.list_backups(data):  # every backup that exists is whole
            assert backups.check_backup(found.path).records == 200
        _run_to_end(_backup(data))
        assert any(b.reason == backups.MANUAL for b in backups.list_backups(data))
    assert killed >= TRIALS // 3, killed


def _restore(data: Path, backup: Path):  # noqa: ANN202
    def work() -> None:
        from desktop_app.services import backups

        backups.restore(data, backup)

    return work


def test_kill_during_restore(village_with_records, empty_village, tmp_path):
    from desktop_app.services import backups

    backup = backups.make_backup(empty_village, tmp_path).path  # 0 records; the village has 200
    duration = _duration(village_with_records, tmp_path, lambda d: _restore(d, backup))
    moments = _Moments(40, duration)
    killed = 0
    for trial in range(TRIALS):
        data = tmp_path / f"t{trial}"
        shutil.copytree(village_with_records, data)
        killed += moments.kill(_restore(data, backup))
        assert integrity(data) == "ok"
        assert active_count(data) in (200, 0)  # the old database or the backup, never a mix
        _open_and_close(data)
        assert _leftovers(data) == []
        _run_to_end(_restore(data, backup))
        assert active_count(data) == 0
        kept = [b for b in backups.list_backups(data) if b.reason == backups.BEFORE_RESTORE]
        assert kept and any(backups.check_backup(b.path).records == 200 for b in kept)  # nothing lost
    assert killed >= TRIALS // 3, killed
