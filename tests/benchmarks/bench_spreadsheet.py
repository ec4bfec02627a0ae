"""Spreadsheet budgets: BNBA export against plain openpyxl write-only; reading against calamine.

``run() -> [(label, measured ratio, budget ratio)]``:
- export of 100k persons (styled text/date cells, status and issues columns) vs a plain
  openpyxl write-only workbook of the same values (DESIGN.md: within 1.3x);
- ``read_workbook`` of a 100k-row xlsx (typed Cell objects) vs python-calamine ``to_python``
  of the same file (budget 2x: the Cell wrapping is the only extra work);
- ``read_workbook + detect + RowConverter`` of those 100k rows vs calamine alone: informational
  budget 12x; the per-row cost is dominated by ``core.normalize`` (name, date, phone parsing).
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

N = 100_000


def _persons(n: int):
    try:
        from desktop_app.core import demo

        return demo.generate("35.03.01.2001", n, seed=11)
    except Exception:  # noqa: BLE001 - the demo generator belongs to others; fall back
        from desktop_app.core.person import Person

        return [
            Person(
                desa_code="35.03.01.2001",
                nik=f"35030112018{i % 100000:05d}",
                kk_number=f"35030101020{i % 100000:05d}",
                full_name=f"WARGA NOMOR {i}",
                birth_place="TRENGGALEK",
                birth_date=date(1960 + i % 40, 1 + i % 12, 1 + i % 28),
                sex="LP"[i % 2],
                address="JL. MAWAR",
                rt=f"{1 + i % 9:03d}",
                rw="002",
                dusun="KRAJAN",
                phone=f"0812{i:08d}",
                occupation="petani",
            )
            for i in range(n)
        ]


def _best(fn, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def run() -> list[tuple[str, float, float]]:
    from openpyxl import Workbook
    from python_calamine import CalamineWorkbook

    from desktop_app.services.sheets import layout as layout_mod
    from desktop_app.services.sheets.reader import read_workbook
    from desktop_app.services.sheets.rows import RowConverter
    from desktop_app.services.sheets.writer import DEFAULT_LAYOUT, _getter, export_bnba

    persons = list(_persons(N))
    fields = [f for f, _ in DEFAULT_LAYOUT.columns]
    getters = [_getter(f) for f in fields]
    plain_rows = [[g(p, n, []) or None for g in getters] for n, p in enumerate(persons, 1)]
    headers = [h for _, h in DEFAULT_LAYOUT.columns]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)

        def plain() -> None:
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("BNBA")
            ws.append(headers)
            for row in plain_rows:
                ws.append(row)
            wb.save(tmp_path / "plain.xlsx")

        def ours() -> None:
            export_bnba(tmp_path / "ours.xlsx", persons, {})

        t_plain = _best(plain)
        t_ours = _best(ours)
        results.append((f"ekspor BNBA {N:,} baris / openpyxl write-only".replace(",", "."), t_ours / t_plain, 1.3))

        src = tmp_path / "ours.xlsx"

        def calamine() -> None:
            CalamineWorkbook.from_path(str(src)).get_sheet_by_index(0).to_python()

        def read() -> None:
            read_workbook(src)

        t_cal = _best(calamine)
        t_read = _best(read)
        results.append((f"read_workbook {N:,} baris / calamine to_python".replace(",", "."), t_read / t_cal, 2.0))

        def full() -> None:
            sheet = read_workbook(src)
            lay = layout_mod.detect(sheet.rows)
            convert = RowConverter(lay.mapping, desa_code="35.03.01.2001")
            rows = sheet.rows
            for r in lay.data_rows:
                convert(rows[r - 1])

        t_full = _best(full, repeat=1)
        results.append((f"baca+deteksi+konversi {N:,} baris / calamine".replace(",", "."), t_full / t_cal, 12.0))
    return results


if __name__ == "__main__":
    for label, measured, budget in run():
        print(f"{label:60} {measured:8.2f} {budget:8.2f}")
