"""import, import-undo, export-excel, template, export-layout."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import (
    CliError,
    ExitCode,
    add_json_flag,
    emit_json,
    refusal_text,
    say,
    sentences,
    warn,
    with_app,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="impor daftar dari xlsx/xlsm/xls/ods/csv")
    p.add_argument("file")
    p.add_argument("--sheet", help="nama atau nomor sheet (mulai 1)")
    p.add_argument("--on-duplicate", choices=["skip", "update"], default="skip",
                   help="NIK yang sudah ada: lewati (skip) atau perbarui (update)")
    p.add_argument("--dry-run", action="store_true", help="pratinjau: tidak ada yang disimpan")
    p.add_argument("--header-row", type=int, help="paksa nomor baris judul kolom")
    p.add_argument("--map", action="append", default=[], metavar="KOLOM=HURUF",
                   help="koreksi pemetaan, mis. nik=C atau full_name=D (boleh diulang)")
    p.add_argument("--report", help="simpan laporan per baris ke berkas xlsx")
    p.add_argument("--source", choices=["opensid", "siak", "bip", "dtks", "auto"], default="auto",
                   help="sistem asal daftar: OpenSID, SIAK, Buku Induk Penduduk (bip), DTKS/Regsosek, "
                        "atau auto (dikenali sendiri)")
    p.add_argument("--only-candidates", action="store_true",
                   help="daftar penduduk: impor hanya calon pekerja rentan (pekerjaan dan umur sesuai preset)")
    p.add_argument("--desa", help="Mode Kabupaten (sesi desk): impor untuk desa/kelurahan ini (kode PP.KK.CC.DDDD)")
    add_json_flag(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("import-undo", help="batalkan impor terakhir (bila datanya belum diubah/dikirim)")
    add_json_flag(p)
    p.set_defaults(func=cmd_import_undo)

    p = sub.add_parser("export-excel", help="ekspor daftar BNBA ke xlsx")
    p.add_argument("file")
    p.add_argument("--layout", help="tata letak ekspor (bawaan: 'BNBA Desa')")
    p.add_argument("--include-deleted", action="store_true")
    add_json_flag(p)
    p.set_defaults(func=cmd_export, reads_only=True)

    p = sub.add_parser("template", help="templat kosong untuk daftar berikutnya")
    p.add_argument("file")
    p.set_defaults(func=cmd_template, reads_only=True)

    p = sub.add_parser("export-layout", help="tata letak ekspor (urutan dan nama kolom)")
    s = p.add_subparsers(dest="action", required=True)
    lst = s.add_parser("list")
    add_json_flag(lst)
    lst.set_defaults(func=cmd_layout_list, reads_only=True)
    sv = s.add_parser("save", help="simpan tata letak: --columns 'nik:NIK,full_name:NAMA,...'")
    sv.add_argument("name")
    sv.add_argument("--columns", required=True)
    sv.set_defaults(func=cmd_layout_save)
    rm = s.add_parser("delete")
    rm.add_argument("name")
    rm.set_defaults(func=cmd_layout_delete)


def sheet_arg(sheet: str | None) -> str | int | None:
    """--sheet: a name, or a number from 1 (the reader counts from 0)."""
    if sheet is not None and str(sheet).isdigit():
        return int(sheet) - 1
    return sheet


def column_map(items: list[str], targets) -> dict[str, int]:  # noqa: ANN001
    """--map KOLOM=HURUF (repeated): the forced columns, by target field."""
    forced: dict[str, int] = {}
    for item in items:
        target, _, col = item.partition("=")
        if target not in targets or not col:
            raise CliError(f"--map '{item}' tidak sah. Kolom tujuan: {', '.join(targets)}.")
        forced[target] = column_index(col)
    return forced


def column_index(text: str) -> int:
    text = text.strip().upper()
    if text.isdigit():
        return int(text) - 1
    if not text.isalpha():
        raise CliError(f"Kolom '{text}' tidak sah: gunakan huruf kolom (A, B, ..., AA) atau nomor.")
    n = 0
    for ch in text:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.services.sheets import importer, sources
    from desktop_app.services.sheets.layout import TARGETS

    sheet = sheet_arg(args.sheet)
    forced = column_map(args.map, TARGETS)

    def work(app):  # noqa: ANN001, ANN202
        analysis = importer.analyse(app, Path(args.file), sheet=sheet, header_row=args.header_row,
                                    source=args.source)
        if forced:
            mapping = {**analysis.layout.mapping, **forced}
            analysis = importer.relayout(app, analysis, args.header_row, mapping)
        candidates = sources.PRESET if args.only_candidates else None
        backup = None if args.dry_run else app.db.backup("sebelum-impor")
        try:
            return importer.run_import(app, analysis, on_duplicate=args.on_duplicate, dry_run=args.dry_run,
                                       candidates=candidates, desa_code=getattr(args, "desa", None))
        except BaseException:
            if backup is not None:  # nothing was imported: the backup made for it would only eat space
                backup.unlink(missing_ok=True)
            raise

    report = with_app(args, work, errors=importer.ImportError_)
    if args.report:
        importer.save_report(report, Path(args.report))
    if args.json:
        emit_json(report.to_json())
    else:
        mode = "PRATINJAU (tidak ada yang disimpan): " if args.dry_run else ""
        say(f"{mode}{Path(report.file).name}, sheet '{report.sheet}', judul kolom di baris {report.header_row}")
        if report.source_label:
            say(f"  dikenali sebagai: {report.source_label}")
        say(f"  {report.rows_read} baris dibaca: {report.created} ditambahkan, {report.updated} diperbarui, "
            f"{report.skipped} dilewati, {report.rejected} ditolak; {report.with_errors} perlu perbaikan")
        if report.ignored_rows:
            say(f"  {len(report.ignored_rows)} baris bukan data diabaikan (judul, JUMLAH, tanda tangan, ...)")
        if report.left_out:
            why = ", ".join(f"{n} {_LEFT_OUT_WORDS.get(kind, kind)}" for kind, n in report.left_out_counts.items())
            say(f"  {report.picked} orang dipilih, {report.left_out} tidak diimpor ({why})")
        listed = [row for row in report.rows if row.status not in ("created", "left_out")
                  or any(i.is_error for i in row.issues)]
        for row in listed[:ROWS_LISTED]:
            msgs = row.messages()
            status = _STATUS_WORDS.get(row.status, row.status)
            say(f"  baris {row.row}: {status}" + (f" - {sentences(msgs)}" if msgs else ""))
        if len(listed) > ROWS_LISTED:
            more = len(listed) - ROWS_LISTED
            hint = "" if args.report else " Simpan daftar lengkapnya dengan --report FILE.xlsx."
            say(f"  ... dan {more:,} baris lain yang perlu dilihat.{hint}".replace(",", "."))
        for w in report.warnings:
            warn(f"Catatan: {w}")
        if args.report:
            say(f"Laporan disimpan: {args.report}")
    return ExitCode.REJECTED if report.rejected or report.with_errors else ExitCode.OK


ROWS_LISTED = 50  # rows named in the human summary; --report and --json hold them all
_STATUS_WORDS = {"created": "ditambahkan", "updated": "diperbarui", "skipped": "dilewati", "rejected": "ditolak",
                 "left_out": "tidak dipilih"}
_LEFT_OUT_WORDS = {"status": "meninggal/pindah", "occupation": "pekerjaan", "age": "umur", "dusun": "dusun",
                   "rt": "RT", "hand": "dikeluarkan"}


def cmd_import_undo(args: argparse.Namespace) -> int:
    from desktop_app.services.sheets import importer

    undone = with_app(args, importer.undo_last_import, errors=importer.ImportError_, code=ExitCode.REJECTED)
    if args.json:
        emit_json({"batch_id": undone.batch_id, "file": undone.file_name, "removed": undone.created,
                   "restored": undone.updated})
    else:
        say(f"Impor '{undone.file_name}' dibatalkan: {undone.created} data dihapus, {undone.updated} dikembalikan.")
    return ExitCode.OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.services.sheets import exporter

    n = with_app(args, lambda app: exporter.export_excel(app, Path(args.file), layout_name=args.layout,
                                                         include_deleted=args.include_deleted),
                 errors=exporter.ExportError)
    if args.json:
        emit_json({"file": args.file, "rows": n})
    else:
        say(f"{n} data diekspor ke {args.file}")
    return ExitCode.OK


def cmd_template(args: argparse.Namespace) -> int:
    from desktop_app.services.sheets import exporter

    with_app(args, lambda app: exporter.write_blank_template(app, Path(args.file)),
             errors=exporter.ExportError)
    say(f"Templat disimpan: {args.file}")
    return ExitCode.OK


def cmd_layout_list(args: argparse.Namespace) -> int:
    from desktop_app.services.sheets import exporter

    found = with_app(args, exporter.layouts, errors=())
    if args.json:
        emit_json({name: layout.to_dict() for name, layout in found.items()})
    else:
        for name, layout in found.items():
            say(f"{name}: {', '.join(h for _, h in layout.columns)}")
    return ExitCode.OK


def cmd_layout_save(args: argparse.Namespace) -> int:
    from desktop_app.services.sheets import exporter
    from desktop_app.services.sheets.writer import ExportLayout

    columns = []
    for part in args.columns.split(","):
        field_name, _, header = part.partition(":")
        if field_name.strip():
            columns.append((field_name.strip(), (header or field_name).strip()))
    try:
        layout = ExportLayout(args.name, columns)
    except ValueError as exc:
        raise CliError(refusal_text(exc)) from exc
    with_app(args, lambda app: exporter.save_layout(app, layout), errors=exporter.ExportError)
    say(f"Tata letak '{args.name}' disimpan.")
    return ExitCode.OK


def cmd_layout_delete(args: argparse.Namespace) -> int:
    from desktop_app.services.sheets import exporter

    removed = with_app(args, lambda app: exporter.delete_layout(app, args.name), errors=())
    if not removed:
        raise CliError(f"Tata letak '{args.name}' tidak ada.", ExitCode.REJECTED)
    say(f"Tata letak '{args.name}' dihapus.")
    return ExitCode.OK
