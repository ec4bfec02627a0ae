"""`make eval-duplicates`: precision and recall of the duplicate matcher on the labelled set of
tests/fixtures/duplicates_eval.py, by kind of pair, beside an established record-linkage library
(Splink with DuckDB) run on the same records.

- recall per kind of true pair: the share of those pairs found;
- per kind of trap (alike, but two people): the share wrongly proposed, and the precision the
  matcher keeps on that kind (1 - wrongly proposed share);
- overall precision (true pairs among everything proposed, chance look-alikes included) and recall.

``python -m tests.benchmarks.eval_duplicates [--no-baseline] [--village N] [--villages V --per-village M]``
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop_app.core import duplicates as engine  # noqa: E402
from tests.fixtures.duplicates_eval import EvalSet, district_set, village_set  # noqa: E402

GOAL = 0.97


def _report(title: str, data: EvalSet, found: set[frozenset[str]], seconds: float) -> tuple[float, float]:
    tp = found & set(data.truth)
    fp = found - set(data.truth)
    precision = len(tp) / len(found) if found else 1.0
    recall = len(tp) / len(data.truth) if data.truth else 1.0
    print(f"\n{title}: {len(data.persons):,} records, {len(data.truth):,} true pairs, "
          f"{len(data.traps):,} traps, {seconds:.2f} s")
    print(f"  {'kind of pair':34} {'pairs':>6} {'found':>6}  measure")
    totals = Counter(data.truth.values())
    hits = Counter(data.truth[p] for p in tp)
    for kind in sorted(totals):
        r = hits[kind] / totals[kind]
        mark = "" if r >= GOAL else "  <-- below goal"
        print(f"  {kind:34} {totals[kind]:6} {hits[kind]:6}  recall {r:.3f}{mark}")
    trap_totals = Counter(data.traps.values())
    trapped = Counter(data.traps[p] for p in fp if p in data.traps)
    for kind in sorted(trap_totals):
        wrong = trapped[kind]
        keep = 1 - wrong / trap_totals[kind]
        mark = "" if keep >= GOAL else "  <-- below goal"
        print(f"  trap: {kind:28} {trap_totals[kind]:6} {wrong:6}  proposed wrongly; precision on kind {keep:.3f}{mark}")
    chance = len([p for p in fp if p not in data.traps])
    print(f"  {'other look-alikes proposed':34} {'':6} {chance:6}")
    flag = "" if precision >= GOAL and recall >= GOAL else "  <-- below goal"
    print(f"  OVERALL precision {precision:.3f}  recall {recall:.3f}  (goal {GOAL}){flag}")
    return precision, recall


def run_sipera(data: EvalSet) -> tuple[set[frozenset[str]], float]:
    t0 = time.perf_counter()
    pairs = engine.scan(data.persons)
    return {frozenset((c.a_id, c.b_id)) for c in pairs}, time.perf_counter() - t0


def run_splink(data: EvalSet) -> tuple[set[frozenset[str]], float] | str:
    """Splink (DuckDB backend): folded name keys by Jaro-Winkler with term-frequency adjustment, NIK
    by Levenshtein (<= 1), birth date, KK, phone and sex exact; m and u estimated without labels
    (random sampling for u, expectation maximisation blocked on name and on birth date); pairs
    with match probability >= 0.99."""
    try:
        import pyarrow as pa
        import splink
        import splink.comparison_library as cl
        from splink import (
            DuckDBAPI,  # noqa: F401 - loaded lazily by splink
            Linker,
            SettingsCreator,
            block_on,
        )
    except ImportError as exc:
        return (f"Splink could not be imported ({exc}); `make eval-duplicates` installs it into .venv "
                "(pip install 'splink' duckdb pyarrow). Baseline skipped.")
    import logging

    logging.getLogger("splink").setLevel(logging.ERROR)
    from desktop_app.core.normalize import name_key

    columns: dict[str, list] = {k: [] for k in ("unique_id", "name", "nik", "nik12", "birth_date", "kk", "phone", "sex")}
    for p in data.persons:
        nik = p.nik if len(p.nik) == 16 else None
        for key, value in (("unique_id", p.id), ("name", name_key(p.full_name) or None), ("nik", nik),
                           ("nik12", nik[:12] if nik else None),
                           ("birth_date", p.birth_date.isoformat() if p.birth_date else None),
                           ("kk", p.kk_number or None), ("phone", p.phone or None), ("sex", p.sex or None)):
            columns[key].append(value)
    table = pa.table(columns)
    t0 = time.perf_counter()
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("name", [0.95, 0.88]).configure(term_frequency_adjustments=True),
            cl.LevenshteinAtThresholds("nik", [1]),
            cl.ExactMatch("birth_date"),
            cl.ExactMatch("kk"),
            cl.ExactMatch("phone"),
            cl.ExactMatch("sex"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("birth_date"),
            block_on("nik12"),
            block_on("kk"),
            block_on("phone"),
            block_on("name"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    db_api = splink.DuckDBAPI()
    if hasattr(db_api, "register"):  # Splink 5: tables are registered first
        linker = Linker(db_api.register(table), settings, log_level=logging.ERROR)
    else:  # Splink 4
        linker = Linker(table.to_pandas(), settings, db_api=db_api)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("nik"), block_on("name", "birth_date", "kk")], recall=0.7)
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("name"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("birth_date"))
    result = linker.inference.predict(threshold_match_probability=0.99).as_pyarrow_table()
    left, right = result.column("unique_id_l").to_pylist(), result.column("unique_id_r").to_pylist()
    found = {frozenset((a, b)) for a, b in zip(left, right, strict=True)}
    return found, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eval-duplicates", description=__doc__.splitlines()[0])
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--village", type=int, default=10_000)
    parser.add_argument("--villages", type=int, default=20)
    parser.add_argument("--per-village", type=int, default=2_000)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sets = [
        (f"SIPERA, one village ({args.village:,} people)", village_set(args.village)),
        (f"SIPERA, district of {args.villages} villages", district_set(args.villages, args.per_village)),
    ]
    ok = True
    results = []
    for title, data in sets:
        found, seconds = run_sipera(data)
        p, r = _report(title, data, found, seconds)
        ok = ok and p >= GOAL and r >= GOAL
        results.append((title, data, p, r, seconds))
    if not args.no_baseline:
        print("\nBaseline: Splink 4 + DuckDB on the same records")
        for title, data, p, r, seconds in results:
            outcome = run_splink(data)
            if isinstance(outcome, str):
                print(f"  {outcome}")
                break
            found, s_seconds = outcome
            sp, sr = _report(title.replace("SIPERA", "Splink"), data, found, s_seconds)
            print(f"  side by side: SIPERA precision {p:.3f} recall {r:.3f} in {seconds:.2f} s; "
                  f"Splink precision {sp:.3f} recall {sr:.3f} in {s_seconds:.2f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
