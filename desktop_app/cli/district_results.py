"""District: `results import FILE --kind dukcapil|bpjs`, `results undo`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import ExitCode, add_json_flag, emit_json, say, with_app
from desktop_app.cli.sheets import column_map, sheet_arg

ROWS_LISTED = 50
_KIND_WORDS = {"dukcapil": "Dukcapil", "bpjs": "BPJS"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("results", help="kabupaten: hasil padan Dukcapil dan hasil pendaftaran BPJS")
    s = p.add_subparsers(dest="action", required=True)
    imp = s.add_parser("import", help="impor jawaban Dukcapil atau BPJS (dicocokkan lewat NIK)")
    imp.add_argument("file")
    imp.add_argument("--kind", required=True, choices=["dukcapil", "bpjs"])
    imp.add_argument("--sheet", help="nama atau nomor sheet (mulai 1)")
    imp.add_argument("--header-row", type=int, help="paksa nomor baris judul kolom")
    imp.add_argument("--map", action="append", default=[], metavar="KOLOM=HURUF",
                     help="koreksi pemetaan, mis. nik=B, status=E, kpj_number=C, reason=F (boleh diulang)")
    imp.add_argument("--dry-run", action="store_true", help="pratinjau: tidak ada yang disimpan")
    imp.add_argument("--report", help="simpan laporan per baris ke berkas xlsx")
    add_json_flag(imp)
    imp.set_defaults(func=cmd_import)
    undo = s.add_parser("undo", help="batalkan impor hasil terakhir")
    add_json_flag(undo)
    undo.set_defaults(func=cmd_undo)


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.core.results import RESULT_TARGETS
    from desktop_app.services.district import results

    sheet = sheet_arg(args.sheet)
    forced = column_map(args.map, RESULT_TARGETS)

    def work(app):  # noqa: ANN001, ANN202
        analysis = results.analyse(app, Path(args.file), args.kind, sheet=sheet, header_row=args.header_row)
        if forced:
            analysis = results.analyse(app, Path(args.file), args.kind, sheet=sheet,
                                       header_row=args.header_row, mapping={**analysis.mapping, **forced})
        if not args.dry_run:
            app.db.backup("sebelum-impor-hasil")
        return results.run(app, analysis, dry_run=args.dry_run)

    report = with_app(args, work, errors=results.ResultsError)
    if args.report:
        results.save_report(report, Path(args.report))
    if args.json:
        emit_json(report.to_json())
    else:
        c = report.counts
        mode = "PRATINJAU (tidak ada yang disimpan): " if args.dry_run else ""
        say(f"{mode}hasil {_KIND_WORDS[report.kind]} {Path(report.file).name}, judul kolom di baris {report.header_row}")
        say(f"  {report.rows_read} baris dibaca: {c['applied']} diterapkan, {c['unchanged']} sudah sama, "
            f"{report.not_applied} tidak diterapkan")
        words = [("not_found", "NIK tidak ada di data kabupaten"), ("ambiguous", "NIK aktif di dua desa"),
                 ("excel_number", "NIK berupa angka"), ("invalid_nik", "NIK tidak sah"),
                 ("duplicate", "baris ganda (dihitung sekali)"), ("contradicting", "baris bertentangan"),
                 ("unknown_status", "status tak dikenal"), ("invalid_kpj", "KPJ tidak sah")]
        for key, word in words:
            if c[key]:
                say(f"    {c[key]} {word}")
        listed = [r for r in report.rows if r.outcome not in ("applied", "unchanged")]
        from desktop_app.core.person import mask_nik

        for r in listed[:ROWS_LISTED]:
            say(f"  baris {r.row} ({mask_nik(r.nik) if r.nik.isdigit() else '-'}): {'; '.join(r.notes)}")
        if len(listed) > ROWS_LISTED:
            say(f"  ... dan {len(listed) - ROWS_LISTED} baris lain (lihat --report atau --json)")
    return int(ExitCode.REJECTED if report.not_applied else ExitCode.OK)


def cmd_undo(args: argparse.Namespace) -> int:
    from desktop_app.services.district import results

    def work(app):  # noqa: ANN001, ANN202
        app.db.backup("sebelum-batal-hasil")
        return results.undo_last(app)

    last = with_app(args, work, errors=results.ResultsError, code=ExitCode.REJECTED)
    if args.json:
        emit_json({"import_id": last.import_id, "kind": last.kind, "file": last.file_name, "undone": last.applied})
    else:
        say(f"Impor hasil {_KIND_WORDS.get(last.kind, last.kind)} '{last.file_name}' dibatalkan: "
            f"{last.applied} data dikembalikan.")
    return int(ExitCode.OK)
