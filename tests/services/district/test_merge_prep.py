"""Preparing a run's packages: in process for a small run, in worker processes for a big one
(SIPERA_MERGE_WORKERS overrides), and in process again whenever a worker cannot do it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.services.district import merge_prep as prep
from desktop_app.services.packages.common import SnapshotTrust, _identity

from .test_merge import _three_packages


def _ctx(app, data_dir=None):
    from desktop_app.services.app import Programme

    with app.db.read() as s:
        trust = SnapshotTrust.read(s)
    return prep.RunContext(data_dir=str(data_dir or app.data_dir), region_code=app.profile.region_code,
                           trust=trust, programme=Programme())


def _plain(prepared):
    d = dataclasses.asdict(prepared)
    d.pop("lines"), d.pop("raw")
    return d


def test_worker_count(tmp_path, monkeypatch):
    monkeypatch.delenv(prep.WORKERS_ENV, raising=False)
    small = []
    for i in range(prep.MIN_FILES):
        f = tmp_path / f"p{i}.sipera"
        f.write_bytes(b"x" * 10)
        small.append(f)
    assert prep.worker_count(small[:2]) == 0  # a few packages: a worker would only add its start
    assert prep.worker_count(small) == 0  # many, but small
    big = tmp_path / "big.sipera"
    big.write_bytes(b"x" * prep.MIN_BYTES)
    monkeypatch.setattr(prep.os, "cpu_count", lambda: 4)
    assert prep.worker_count([*small, big]) == prep.MAX_WORKERS
    monkeypatch.setattr(prep.os, "cpu_count", lambda: 2)
    assert prep.worker_count([*small, big]) == 1
    monkeypatch.setattr(prep.os, "cpu_count", lambda: 1)
    assert prep.worker_count([*small, big]) == 0
    monkeypatch.setenv(prep.WORKERS_ENV, "0")
    assert prep.worker_count([*small, big]) == 0
    monkeypatch.setenv(prep.WORKERS_ENV, "1")
    assert prep.worker_count(small[:1]) == 1


def test_worker_and_in_process_prepare_the_same(kab):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _, packages = _three_packages(kab)
    bad = kab.inbox / "rusak.sipera"
    bad.write_bytes(b"bukan paket")
    files = [*packages, bad]
    app = kab.district
    ctx, identity = _ctx(app), _identity(app)
    alone = [prep.prepare(f, ctx, identity) for f in files]
    # a real worker process, started as a merge run starts it
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=prep._init_worker,
                             initargs=(ctx,)) as pool:
        worked = [pool.submit(prep._prepare_in_worker, str(f)).result() for f in files]
    assert [_plain(p) for p in worked] == [_plain(p) for p in alone]
    assert alone[-1].refusal is not None and alone[-1].refusal[0].startswith("package.")
    first = alone[0]
    assert worked[0].raw is not None and worked[0].lines is None  # signed bytes back, decoded on demand
    assert [worked[0].line(i) for i in range(len(first.ids))] == first.lines
    # the run's preparer gives the same, whoever prepared each package
    with prep.Preparer(files, ctx, identity, workers=1) as preparer:
        assert [_plain(p) for p in preparer] == [_plain(p) for p in alone]


def test_a_worker_that_cannot_start_is_replaced_in_process(kab, tmp_path):
    _, packages = _three_packages(kab)
    app = kab.district
    # the worker loads the identity from the data folder: a folder without keys makes it fail
    broken = _ctx(app, data_dir=tmp_path / "tanpa-kunci")
    with prep.Preparer(packages, broken, _identity(app), workers=1) as preparer:
        preparer._warm = True  # as if it had delivered before: the writer waits for it, and it fails
        got = list(preparer)
        assert not preparer.parallel  # the pool is given up at its first failure
    assert [p.refusal for p in got] == [None, None, None]
    assert [len(p.ids) for p in got] == [2, 2, 1]


@pytest.mark.parametrize("count", [1])
def test_merge_run_with_a_worker(kab, count):
    from desktop_app.services.district import merge

    (a, _b, c), packages = _three_packages(kab)
    run = merge.merge_packages(kab.district, [Path(p) for p in packages], backup=False, workers=count)
    assert [p.status for p in run.packages] == ["merged"] * 3
    assert [p.counts["created"] for p in run.packages] == [2, 0, 1]
    assert run.packages[1].counts["updated"] == 1 and run.packages[1].counts["deleted"] == 1
