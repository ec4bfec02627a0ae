"""kill -9 at random moments while a folder of packages is merged: the database stays sound,
each package is merged completely or not at all, and running the merge again finishes the job.
Half the trials commit every package at once and prepare in process; the other half prepare the
packages in a worker process and commit them grouped (as a big run does): there, no worker may
outlive the killed merge."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core.demo import generate
from desktop_app.services.app import open_app
from desktop_app.services.district import merge
from desktop_app.services.records import editing as records

from .conftest import DESA, copy_template
from .helpers import snapshot

TRIALS = 10
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def folder(_template, tmp_path_factory):
    """Twelve packages (four per village, 300 new records each) and a pristine district."""
    base = tmp_path_factory.mktemp("crash")
    kab = copy_template(_template, base / "w")
    contents: dict[str, list[str]] = {}
    seen: list[set[str]] = [set() for _ in DESA]
    try:
        for round_ in range(4):
            for i, village in enumerate(kab.villages):
                people = []
                for p in generate(DESA[i], 300, seed=100 * round_ + i):
                    if p.nik not in seen[i]:  # the demo data holds duplicates on purpose
                        seen[i].add(p.nik)
                        people.append(p)
                records.create_many(village, people)
                # records with errors are held back: the package holds what the village sends
                path = kab.send(i)
                contents[path.name] = [r["id"] for r in merge.open_records(kab.district, path)]
    finally:
        kab.district.close()
        for v in kab.villages:
            v.close()
    pristine = base / "pristine"
    shutil.copytree(_template / "kab", pristine)
    return kab.inbox, pristine, contents


def _state(db: Path) -> tuple[str, set[str], set[str]]:
    con = sqlite3.connect(db)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        ids = {r[0] for r in con.execute("SELECT id FROM persons")}
        logged = {r[0] for r in con.execute(
            "SELECT file_name FROM packages WHERE direction = 'received' AND kind = 'data'")}
    finally:
        con.close()
    return ok, ids, logged


MODES = (
    {"SIPERA_MERGE_COMMIT_S": "0", "SIPERA_MERGE_WORKERS": "0"},  # one commit per package, in process
    {"SIPERA_MERGE_WORKERS": "1"},  # a worker prepares, packages committed about once a second
)


def _children(pid: int) -> set[int]:
    try:
        return {int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[-1][:1] not in ("Z", "X")
    except OSError:
        return False


def test_kill_9_while_merging_a_folder(folder, tmp_path):
    inbox, pristine, contents = folder
    reference = None
    rng = random.Random(20261205)
    command = [sys.executable, "-m", "desktop_app", "--data-dir", "", "merge", str(inbox), "--json"]
    # one uninterrupted run of each mode first: how long the whole job takes on this machine now
    durations = []
    for i, mode in enumerate(MODES):
        whole = tmp_path / f"whole{i}"
        shutil.copytree(pristine, whole)
        start = time.perf_counter()
        subprocess.run([*command[:4], str(whole), *command[5:]], cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT),
                       **mode), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        durations.append(time.perf_counter() - start)
    partial = 0
    for trial in range(TRIALS):
        mode = MODES[trial % len(MODES)]
        data = tmp_path / f"t{trial}"
        shutil.copytree(pristine, data)
        proc = subprocess.Popen([*command[:4], str(data), *command[5:]], cwd=ROOT,
                                env=dict(os.environ, PYTHONPATH=str(ROOT), **mode),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.35, 0.95) * durations[trial % len(MODES)])
        children = _children(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while any(_alive(c) for c in children) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(c) for c in children), "a worker outlived the killed merge"
        ok, ids, logged = _state(data / "sipera.sqlite")
        assert ok == "ok"
        for name, package_ids in contents.items():
            present = ids.issuperset(package_ids)
            absent = ids.isdisjoint(package_ids)
            assert (present and name in logged) or (absent and name not in logged), (trial, name)
        if trial % len(MODES) == 0:
            partial += 0 < len(logged) < len(contents)
        app = open_app(data, backup=False)
        try:
            run = merge.merge_packages(app, [inbox], backup=False)
            assert not run.refused, run.to_dict()
            assert {p.status for p in run.packages} <= {"merged", "already_merged"}
            state = snapshot(app)
        finally:
            app.close()
        assert len(state["received"]) == len(contents)
        state_persons = {k: {c: v for c, v in row.items() if c not in ("created_at",)}
                         for k, row in state["persons"].items()}
        if reference is None:
            reference = state_persons
        assert state_persons == reference
        shutil.rmtree(data)
    assert partial >= 1, "no kill landed in the middle of a run: adjust the timing"
    json.dumps(contents)
