"""District budget (DESIGN.md): merging 300 packages holding 100,000 records within 3x of a raw
sqlite3 upsert of the same rows, opening and verifying included.

``SIPERA_BENCH_DISTRICT_SCALE`` (default 1.0) scales packages and records down on a slow machine;
the label says which scale was measured. Not a pytest test: `make bench` runs ``run()``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

PACKAGES = 300
RECORDS = 100_000
RATIO_BUDGET = 3.0
FEEDBACK_BUDGET_S = 20.0  # every village of the district
_STAMP = datetime(2026, 3, 1, 9, 30)


def _lines(desa: str, n: int, seed: int, seen: set[str]) -> list[dict]:
    from desktop_app.core.demo import generate

    out = []
    for p in generate(desa, n + n // 5, seed=seed):
        if p.nik in seen:
            continue
        seen.add(p.nik)
        p = p.copy(rev=1, sent_rev=0, created_at=_STAMP, updated_at=_STAMP, created_by="Operator",
                   updated_by="Operator")
        line = p.to_json()
        line.pop("sent_rev", None)
        out.append(line)
        if len(out) == n:
            break
    return out


def _raw_upsert(template_db: Path, lines: list[dict], target: Path) -> float:
    """The same rows through plain sqlite3: one executemany upsert in one transaction."""
    from desktop_app.storage.persons import INSERT_COLUMNS

    shutil.copyfile(template_db, target)
    columns = list(INSERT_COLUMNS)
    extra = {"sent_rev": None, "nik_key": None, "status": "terkirim", "error_count": 0, "warning_count": 0,
             "issue_codes": "", "issues_json": "[]", "import_batch_id": None}
    rows = []
    for line in lines:
        values = {**extra, **{k: v for k, v in line.items() if k in INSERT_COLUMNS}}
        values["sent_rev"], values["nik_key"] = line["rev"], line["nik"]
        if values["income"] is None:  # NOT NULL in the table: an undeclared income is stored as 0
            values["income"] = 0
        rows.append(tuple(values[c] for c in columns))
    sql = (f"INSERT INTO persons ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
           f"ON CONFLICT(id) DO UPDATE SET " + ", ".join(f"{c}=excluded.{c}" for c in columns if c != "id"))
    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    start = time.perf_counter()
    with con:
        con.executemany(sql, rows)
    con.close()
    return time.perf_counter() - start


# The district window in a fresh process on the merged database: ready (the Desa tab filled),
# Semua data's full list read, one search as you type, and the memory the user sees after.
_GUI_CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
qapp = QApplication(sys.argv[:1])
started = time.perf_counter()
from desktop_app.services.app import open_app
from desktop_app.ui.common.tasks import TaskRunner
from desktop_app.ui.district.window import DistrictWindow
app = open_app(Path(sys.argv[1]), backup=False)
win = DistrictWindow(app, TaskRunner())
win.show()
def wait(cond, limit=120):
    end = time.perf_counter() + limit
    while not cond() and time.perf_counter() < end:
        qapp.processEvents()
        time.sleep(0.002)
wait(lambda: win.all_villages)
ready = time.perf_counter() - started
win.show_tab(win.TAB_RECORDS)
tab = win.recordsTab
wait(lambda: tab.model.complete and tab.model.total() > 0)
records_s = time.perf_counter() - started
rows = tab.model.total()
start = time.perf_counter()
tab.searchEdit.setText("SITI")
tab.apply_filters()
search_ms = (time.perf_counter() - start) * 1000
for _ in range(50):
    qapp.processEvents()
rss = 0.0
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        rss = int(line.split()[1]) / 1024
print(json.dumps({"ready_s": ready, "records_s": records_s, "search_ms": search_ms, "rss_mb": rss,
                  "rows": rows}))
win.close()
"""


def _district_window(data_dir: Path) -> dict:
    import json
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    best = None
    for _ in range(2):  # the first run warms the OS file cache
        out = subprocess.run([sys.executable, "-c", _GUI_CHILD, str(data_dir)], capture_output=True, text=True,
                             env=env, timeout=600, check=True)
        doc = json.loads([ln for ln in out.stdout.splitlines() if ln.startswith("{")][-1])
        if best is None or doc["ready_s"] < best["ready_s"]:
            best = doc
    return best


def run() -> list[tuple[str, float, float]]:
    from desktop_app import __version__
    from desktop_app.core import regions
    from desktop_app.services.app import now
    from desktop_app.services.district import feedback, merge
    from desktop_app.services.packages.common import _identity
    from desktop_app.services.setup.profile import init_profile
    from desktop_app.storage import trust as trust_store
    from desktop_app.sync.keys import create_identity, fingerprint
    from desktop_app.sync.manifest import Target
    from desktop_app.sync.package import build_package, make_source

    scale = float(os.environ.get("SIPERA_BENCH_DISTRICT_SCALE", "1") or 1)
    packages = max(2, int(PACKAGES * scale))
    records = max(packages, int(RECORDS * scale))
    codes = [d.code for kec in regions.kecamatan_of("35.03") for d in regions.desa_of(kec.code)]
    villages = codes[: max(1, packages // 2)]
    per_package = records // packages
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        app = init_profile(base / "kab", "kabupaten", "35.03", ["Bench"])
        template_db = base / "empty.sqlite"
        shutil.copyfile(app.db.path, template_db)
        district_recipient = _identity(app).recipient
        inbox = base / "inbox"
        inbox.mkdir()
        all_lines: list[dict] = []
        seen: set[str] = set()  # one NIK, one village: cross-village cases are rare in the field
        with app.db.unit_of_work() as s:
            identities = {}
            for i, code in enumerate(villages):
                ident = create_identity(base / "keys" / code)
                identities[code] = ident
                trust_store.add_key(s, key_id=ident.key_id, sign_pub=ident.public.sign_pub,
                                    age_recipient=ident.public.age_recipient, fingerprint=fingerprint(ident.public),
                                    role="desa", region_code=code, now=now())
                trust_store.upsert_village(s, desa_code=code, name=code, operator="", installation_id=str(i),
                                           now=now())
        for n in range(packages):
            code = villages[n % len(villages)]
            seq = n // len(villages) + 1
            lines = _lines(code, per_package, seed=n, seen=seen)
            all_lines.extend(lines)
            ident = identities[code]
            out = inbox / f"{n:03d}"
            out.mkdir()
            build_package(out, kind="data", payload_lines=lines,
                          source=make_source(ident, role="desa", region_code=code, installation_id=str(uuid.uuid4())),
                          target=Target("kabupaten", "35.03"), sequence=seq, prev_hash=None, identity=ident,
                          recipients=[district_recipient], app_version=__version__)
        files = sorted(inbox.glob("*/*.sipera"))
        start = time.perf_counter()
        result = merge.merge_packages(app, files)
        merge_s = time.perf_counter() - start
        assert not result.refused and len(result.packages) == packages, result.to_dict()["packages"][:2]
        out = base / "umpan-balik"
        out.mkdir()
        start = time.perf_counter()
        made = feedback.export_feedback(app, out)
        feedback_s = time.perf_counter() - start
        assert len(made) == len(villages)
        app.close()
        gui = _district_window(base / "kab")
        raw_s = _raw_upsert(template_db, all_lines, base / "raw.sqlite")
    label = f"district: merge {packages} packages, {len(all_lines):,} records (x raw upsert)"
    if scale != 1:
        label += f" [scale {scale:g}]"
    suffix = f" [scale {scale:g}]" if scale != 1 else ""
    return [
        (label, merge_s / raw_s, RATIO_BUDGET),
        (f"district: merge {packages} packages, seconds", merge_s, merge_s),
        (f"district: feedback for {len(villages)} villages, seconds{suffix}", feedback_s, FEEDBACK_BUDGET_S),
        (f"district window ready (Desa tab), s{suffix}", gui["ready_s"], 1.5),
        (f"district: Semua data list read ({gui['rows']:,} rows), s", gui["records_s"], gui["records_s"]),
        (f"district: search as you type, ms{suffix}", gui["search_ms"], 100.0),
        (f"district window memory, MB{suffix}", gui["rss_mb"], 400.0),
    ]


if __name__ == "__main__":
    for label, measured, budget in run():
        print(f"{label:62} {measured:8.3f}  (budget {budget:.1f})")
