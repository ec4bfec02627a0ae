"""Desktop budgets on a 100,000-record village: window ready, search-as-you-type, one save, memory.

The 100k database is built once (services.demo -> records.create_many) into a cache dir under the
system temp dir and reused by later runs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RECORDS = 100_000
CACHE = Path(tempfile.gettempdir()) / "sipera-bench" / f"gui-{RECORDS}"
MARKER = CACHE / ".complete"

# Memory is read by the smoke test itself from /proc/self/status once the whole list is read and
# the window has idled: resident now (what the user sees) and this process's own peak.
# (getrusage's ru_maxrss is inherited across exec: run after the other benchmarks in one process
# it reported the 450 MB peak of the parent python, not the GUI's.)
_CHILD = r"""
import json, sys
from pathlib import Path
from desktop_app.ui.app import run_gui
result = run_gui(Path(sys.argv[1]), smoke_test=True)
print(json.dumps({"result": result}))
"""


def build_cache() -> Path:
    if MARKER.exists():
        return CACHE
    from desktop_app.services.setup.demo import make_demo

    if CACHE.exists():
        shutil.rmtree(CACHE)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    make_demo(CACHE, records=RECORDS, seed=11)
    import sqlite3

    con = sqlite3.connect(CACHE / "sipera.sqlite")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    MARKER.write_text("ok")
    return CACHE


def _window_ready(data_dir: Path) -> tuple[float, float, float, int]:
    """(ready_s, rss_mb, peak_rss_mb, rows) from a fresh process, as a user starting the app sees it."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    best: tuple[float, float, float, int] | None = None
    for _ in range(2):  # the first run warms the OS file cache
        out = subprocess.run([sys.executable, "-c", _CHILD, str(data_dir)], capture_output=True, text=True,
                             env=env, timeout=300, check=True)
        line = [ln for ln in out.stdout.splitlines() if ln.startswith("{")][-1]
        data = json.loads(line)
        result = data["result"]
        if "error" in result or "rss_mb" not in result:
            raise RuntimeError(f"GUI smoke test incomplete: {result}")
        measured = (float(result["ready_s"]), float(result["rss_mb"]), float(result["peak_rss_mb"]),
                    int(result["rows"]))
        best = measured if best is None or measured[0] < best[0] else best
    assert best is not None
    return best


def _search(data_dir: Path) -> float:
    """Slowest model reload while typing a name into the search box (after the list was read)."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.services.app import open_app
    from desktop_app.storage import persons as repo
    from desktop_app.ui.records.records_model import RecordsModel

    _qapp = QApplication.instance() or QApplication([])
    app = open_app(data_dir, backup=False)
    try:
        model = RecordsModel(app.db, repo.RecordFilter(desa_code=app.desa_code))
        worst = 0.0
        for typed in ("S", "SI", "SIT", "SITI", "SITI ", "SITI A", "SITI AM", "3", "35", "3503", "350301",
                      "35030145", "", "WONO", "SUMBER"):
            t0 = time.perf_counter()
            model.reload(repo.RecordFilter(desa_code=app.desa_code, search=typed))
            model.data(model.index(0, RecordsModel.COL_NAME))  # the first visible row is read too
            worst = max(worst, time.perf_counter() - t0)
        return worst
    finally:
        app.close()


def _save(data_dir: Path) -> float:
    """Median of saving new records through records.save (validation and duplicate checks included)."""
    from desktop_app.core import demo
    from desktop_app.services.app import open_app
    from desktop_app.services.records import editing as records

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(data_dir, copy, ignore=shutil.ignore_patterns("backups", ".sipera.lock"))
        app = open_app(copy, backup=False)
        try:
            candidates = demo.generate(app.desa_code, 40, seed=99_991)
            times = []
            for person in candidates[:15]:
                if records.find_by_nik(app, person.nik):
                    continue
                t0 = time.perf_counter()
                try:
                    records.save(app, person)
                except records.RecordError:
                    continue
                times.append(time.perf_counter() - t0)
            times.sort()
            return times[len(times) // 2] if times else float("nan")
        finally:
            app.close()


def run() -> list[tuple[str, float, float]]:
    data_dir = build_cache()
    ready, rss, peak, rows = _window_ready(data_dir)
    return [
        (f"jendela siap, {rows} data (detik)", ready, 1.5),
        ("cari sambil mengetik, 100.000 data (detik, terlama)", _search(data_dir), 0.1),
        ("simpan satu data via records.save (detik)", _save(data_dir), 0.05),
        ("memori GUI dengan 100.000 data (MB RSS, siap dan diam)", rss, 400.0),
        ("memori GUI dengan 100.000 data (MB RSS, puncak)", peak, 400.0),
    ]


if __name__ == "__main__":
    for label, measured, budget in run():
        print(f"{label:60} {measured:10.3f} {budget:10.3f}")
