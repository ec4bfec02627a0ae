"""Foundation budgets: NIK validation speed, service inserts against raw sqlite3 executemany."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path


def _niks(n: int) -> list[str]:
    from desktop_app.core import demo

    return [p.nik for p in demo.generate("35.03.01.2001", n, seed=7)]


def run() -> list[tuple[str, float, float]]:
    from desktop_app.core import demo
    from desktop_app.core.nik import parse_nik
    from desktop_app.services.records import editing as records
    from desktop_app.services.setup.profile import init_profile
    from desktop_app.storage import persons as repo

    results = []
    niks = _niks(100_000)
    t0 = time.perf_counter()
    for nik in niks:
        parse_nik(nik)
    results.append(("validasi 100.000 NIK (detik)", time.perf_counter() - t0, 2.0))

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        app = init_profile(tmp / "svc", "desa", "35.03.01.2001", ["Bench"])
        persons = demo.generate(app.desa_code, 100_000, seed=3)
        seen: set[str] = set()
        unique = []
        for p in persons:
            if p.nik in seen:
                p = p.copy(nik=p.nik[:15])
            seen.add(p.nik)
            unique.append(p)
        t0 = time.perf_counter()
        records.create_many(app, unique, action="bench")
        service_s = time.perf_counter() - t0
        app.close()

        # the same rows through a raw sqlite3 executemany into the same schema
        rows = [repo.row_values(p, []) for p in unique]
        from desktop_app.storage.db import open_database

        db = open_database(tmp / "raw.sqlite")
        db.dispose()
        cols = list(rows[0].keys())
        con = sqlite3.connect(tmp / "raw.sqlite")
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=FULL")
        sql = f"INSERT INTO persons ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})"
        data = [tuple(r[c] for c in cols) for r in rows]
        t0 = time.perf_counter()
        with con:
            con.executemany(sql, data)
        raw_s = time.perf_counter() - t0
        con.close()
    results.append(("simpan 100.000 data lewat layanan (detik)", service_s, 60.0))
    results.append(("  rasio layanan / sqlite3 executemany mentah (validasi termasuk)", service_s / raw_s, 25.0))
    return results
