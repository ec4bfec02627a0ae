"""Import budget: 100,000 rows within 2x of python-calamine reading the file plus a raw sqlite3
executemany of the same rows (DESIGN.md Budgets). Both are timed ROUNDS times, alternating, and
the best of each is compared, so a busy moment on the machine does not decide the ratio.

Two files: a BNBA list, and a village's OpenSID population export (43 columns, every value a
string, recognised as OpenSID, pekerjaan labels translated, status column read)."""

from __future__ import annotations

import sqlite3
import tempfile
import time
import uuid
from pathlib import Path


def _workbook(path: Path, n: int) -> None:
    from openpyxl import Workbook

    from desktop_app.core import demo

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("BNBA")
    ws.append(["NO", "NIK", "NO KK", "NAMA LENGKAP", "TEMPAT LAHIR", "TGL LAHIR", "L/P", "ALAMAT", "RT", "RW",
               "DUSUN", "NO HP", "PEKERJAAN"])
    for i, p in enumerate(demo.generate("35.03.01.2001", n, seed=5), 1):
        ws.append([i, p.nik, p.kk_number, p.full_name, p.birth_place,
                   p.birth_date.strftime("%d-%m-%Y") if p.birth_date else "", p.sex, p.address, p.rt, p.rw,
                   p.dusun, p.phone, p.occupation])
    wb.save(path)


ROUNDS = 2  # baseline and import alternate; the best round of each counts (as timeit does)


BNBA_COLS = {"nik": 1, "kk_number": 2, "full_name": 3, "birth_place": 4, "sex": 6, "address": 7,
             "rt": 8, "rw": 9, "dusun": 10, "phone": 11, "occupation": 12}
BNBA_DATE = (5, "dmy")


def _opensid_workbook(path: Path, n: int) -> None:
    from tests.fixtures import make_sources as ms

    ms.make_opensid_export(path.parent, ms.population(n, seed=7), labels=True, name=path.name)


def _opensid_cols() -> tuple[dict[str, int], tuple[int, str]]:
    from tests.fixtures.make_sources import COL

    cols = {"nik": COL["nik"], "kk_number": COL["no_kk"], "full_name": COL["nama"], "birth_place": COL["tempatlahir"],
            "sex": COL["sex"], "address": COL["alamat"], "rt": COL["rt"], "rw": COL["rw"], "dusun": COL["dusun"],
            "occupation": COL["pekerjaan_id"]}
    return cols, (COL["tanggallahir"], "iso")


def _baseline(book: Path, tmp: Path, sheet_cols: dict[str, int] | None = None,
              born_col: tuple[int, str] = BNBA_DATE) -> float:
    """Seconds for calamine reading the file plus a raw executemany of its rows as stored."""
    from python_calamine import CalamineWorkbook

    from desktop_app.core.person import Person
    from desktop_app.storage import persons as repo
    from desktop_app.storage.db import open_database

    t0 = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(book)).get_sheet_by_index(0).to_python()
    raw_db = tmp / "raw.sqlite"
    open_database(raw_db).dispose()
    con = sqlite3.connect(raw_db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    template = repo.row_values(Person(desa_code="35.03.01.2001"), [])
    cols = list(template)
    sql = f"INSERT INTO persons ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})"
    sheet_cols = sheet_cols or BNBA_COLS
    nik_col = sheet_cols["nik"]
    born_at_col, born_kind = born_col
    base = [template[c] for c in cols]
    where = [(cols.index(c), i) for c, i in sheet_cols.items()]
    id_at, key_at, born_at = cols.index("id"), cols.index("nik_key"), cols.index("birth_date")
    # the rows as they are stored: random UUIDs, the NIK key and the birth date filled in, so the
    # baseline maintains the same indexes (unique active NIK, birth date) as the import does
    data = []
    seen: set[str] = set()
    for r in rows[1:]:
        values = list(base)
        values[id_at] = str(uuid.uuid4())
        for at, i in where:
            values[at] = str(r[i])
        nik = str(r[nik_col])
        key = nik if len(nik) == 16 and nik.isdigit() and nik not in seen else None
        seen.add(nik)
        values[key_at] = key
        born = str(r[born_at_col])
        if born_kind == "iso":
            values[born_at] = born if len(born) == 10 else None
        else:
            values[born_at] = f"{born[6:10]}-{born[3:5]}-{born[0:2]}" if len(born) == 10 else None
        data.append(values)
    with con:
        con.executemany(sql, data)
    con.close()
    elapsed = time.perf_counter() - t0
    raw_db.unlink()
    return elapsed


def _service(book: Path, tmp: Path, round_no: int) -> float:
    """Seconds for the whole import through the service (analyse + run_import) into a new village."""
    from desktop_app.services.setup.profile import init_profile
    from desktop_app.services.sheets import importer
    from desktop_app.storage import persons as repo

    app = init_profile(tmp / f"svc{round_no}", "desa", "35.03.01.2001", ["Bench"])
    t0 = time.perf_counter()
    report = importer.run_import(app, importer.analyse(app, book))
    elapsed = time.perf_counter() - t0
    with app.db.read() as s:
        assert repo.count(s, repo.RecordFilter()) == report.created
    app.close()
    return elapsed


def run(n: int = 100_000) -> list[tuple[str, float, float]]:
    cache = Path(tempfile.gettempdir()) / "sipera-bench"
    cache.mkdir(exist_ok=True)
    out: list[tuple[str, float, float]] = []
    opensid_cols, opensid_born = _opensid_cols()
    cases = (
        ("", cache / f"import_{n}.xlsx", _workbook, BNBA_COLS, BNBA_DATE),
        (" OpenSID", cache / f"import_opensid_{n}.xlsx", _opensid_workbook, opensid_cols, opensid_born),
    )
    for label, book, make, cols, born in cases:
        if not book.exists():
            make(book, n)
        baselines, services = [], []
        with tempfile.TemporaryDirectory() as tmp:
            for round_no in range(ROUNDS):
                baselines.append(_baseline(book, Path(tmp), cols, born))
                services.append(_service(book, Path(tmp), round_no))
        baseline, service = min(baselines), min(services)
        out += [
            (f"impor{label} {n:,} baris lewat layanan (detik)".replace(",", "."), service, 2 * baseline),
            ("  rasio impor / (calamine + sqlite3 executemany mentah)", service / baseline, 2.0),
        ]
    return out
