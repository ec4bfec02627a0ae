"""`make bench`: run every tests/benchmarks/bench_*.py and print each budget beside its measure.

Each module exposes ``run() -> list[(label, measured, budget)]``; a measure over budget is
marked, and the exit code is 1 when any budget is broken.
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(p.stem for p in here.glob("bench_*.py"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    broken = 0
    print(f"{'benchmark':62} {'measured':>10} {'budget':>10}  ratio")
    for name in names:
        try:
            module = importlib.import_module(f"tests.benchmarks.{name}")
            results = module.run()
        except Exception:  # noqa: BLE001 - report and go on with the next benchmark
            traceback.print_exc()
            print(f"{name:62} {'GAGAL':>10}")
            broken += 1
            continue
        for label, measured, budget in results:
            ratio = measured / budget if budget else 0.0
            flag = "" if measured <= budget else "  <-- MELEBIHI ANGGARAN"
            print(f"{label:62} {measured:10.3f} {budget:10.3f}  {ratio:5.2f}{flag}", flush=True)
            broken += measured > budget
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
