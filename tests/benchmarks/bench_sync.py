"""Sync budgets: build and open a 20,000-record data package (DESIGN.md: under 3 s).

Not a pytest test (tests/benchmarks is not collected): `make bench` runs ``run()``.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

RECORDS = 20_000
BUDGET_S = 3.0


def _records(n: int, desa: str) -> list[dict]:
    from desktop_app.core.person import Person

    out = []
    for i in range(n):
        p = Person(
            id=str(uuid.UUID(int=i + 1)),
            desa_code=desa,
            nik=f"3503014{i % 28 + 1:02d}08{i % 10000:04d}",
            kk_number=f"350301{i:010d}",
            full_name=f"WARGA NOMOR {i} BIN SUHARTO",
            birth_place="TRENGGALEK",
            birth_date=date(1980, 1 + i % 12, 1 + i % 28),
            sex="LP"[i % 2],
            address=f"Jl. Raya Desa No. {i}",
            rt=f"{i % 20:03d}",
            rw=f"{i % 8:03d}",
            dusun="KRAJAN",
            phone=f"0812{i:08d}",
            occupation="petani",
            funding_source="apbd_kabupaten",
            coverage_start=date(2025, 4, 1),
            coverage_end=date(2025, 12, 31),
            data_source="dtks",
            desil=1 + i % 10,
            notes="",
            rev=1 + i % 5,
        )
        out.append(p.to_json())
    return out


def run() -> list[tuple[str, float, float]]:
    from desktop_app.sync.keys import create_identity
    from desktop_app.sync.manifest import Target
    from desktop_app.sync.package import StaticTrust, TrustedKey, build_package, make_source, open_package

    desa = "35.03.01.2001"
    records = _records(RECORDS, desa)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        village = create_identity(base / "village")
        district = create_identity(base / "district")
        source = make_source(village, role="desa", region_code=desa, installation_id=str(uuid.uuid4()))

        start = time.perf_counter()
        built = build_package(
            base,
            kind="data",
            payload_lines=records,
            source=source,
            target=Target("kabupaten", "35.03"),
            sequence=1,
            prev_hash=None,
            identity=village,
            recipients=[district.recipient],
            counts={"records": len(records)},
            app_version="0.1.0",
        )
        build_s = time.perf_counter() - start

        trust = StaticTrust([TrustedKey(village.public, desa, "desa")])
        start = time.perf_counter()
        opened = open_package(
            built.path,
            trust=trust,
            identity=district,
            expect_kind="data",
            expect_target=Target("kabupaten", "35.03"),
        )
        open_s = time.perf_counter() - start
        assert len(opened.records) == RECORDS
    return [
        (f"sync: build data package, {RECORDS:,} records", build_s, BUDGET_S),
        (f"sync: open + verify + decrypt + check, {RECORDS:,} records", open_s, BUDGET_S),
    ]


if __name__ == "__main__":
    for label, measured, budget in run():
        print(f"{label:62} {measured:8.3f} s  (budget {budget:.1f} s)")
