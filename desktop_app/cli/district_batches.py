"""District: `batch create|issue|list|show|delete|export`, `recap DIR [--pdf]`, `anggaran`."""

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
    warn,
    with_app,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("batch", help="kabupaten: kode iuran (batch pembayaran)")
    s = p.add_subparsers(dest="action", required=True)
    c = s.add_parser("create", help="draf kode iuran dari peserta terverifikasi")
    c.add_argument("--funding", required=True, help="apbd_kabupaten, apbd_provinsi, dbhcht, dbh_sawit, apbdes")
    c.add_argument("--from", dest="first", required=True, metavar="TTTT-BB")
    c.add_argument("--to", dest="last", required=True, metavar="TTTT-BB")
    c.add_argument("--corrects", default="", metavar="KODE", help="kode iuran yang dikoreksi")
    c.add_argument("--note", default="")
    add_json_flag(c)
    c.set_defaults(func=cmd_create)
    i = s.add_parser("issue", help="terbitkan (bekukan) draf kode iuran")
    i.add_argument("code")
    add_json_flag(i)
    i.set_defaults(func=cmd_issue)
    ls = s.add_parser("list", help="semua kode iuran")
    add_json_flag(ls)
    ls.set_defaults(func=cmd_list)
    sh = s.add_parser("show", help="rincian satu kode iuran per kecamatan dan desa")
    sh.add_argument("code")
    add_json_flag(sh)
    sh.set_defaults(func=cmd_show)
    d = s.add_parser("delete", help="hapus draf (kode yang sudah terbit tidak bisa dihapus)")
    d.add_argument("code")
    d.set_defaults(func=cmd_delete)
    e = s.add_parser("export", help="daftar kolektif BPJS satu kode iuran (xlsx)")
    e.add_argument("code")
    e.add_argument("dir")
    e.add_argument("--layout", help="tata letak kolom (bawaan: 'BPJS kolektif (bawaan SIPERA)')")
    add_json_flag(e)
    e.set_defaults(func=cmd_export)
    lay = s.add_parser("layout", help="tata letak kolom daftar BPJS: list | save NAMA --columns | delete NAMA")
    ls2 = lay.add_subparsers(dest="layout_action", required=True)
    ll = ls2.add_parser("list")
    add_json_flag(ll)
    ll.set_defaults(func=cmd_layout_list)
    lsv = ls2.add_parser("save", help="mis. --columns 'no:NO,nik:NIK,full_name:NAMA,kpj_number:KPJ'")
    lsv.add_argument("name")
    lsv.add_argument("--columns", required=True)
    lsv.set_defaults(func=cmd_layout_save)
    ldel = ls2.add_parser("delete")
    ldel.add_argument("name")
    ldel.set_defaults(func=cmd_layout_delete)

    r = sub.add_parser("recap", help="kabupaten: rekap BPKD, rekap cakupan dan anggaran (xlsx, --pdf)")
    r.add_argument("dir")
    r.add_argument("--pdf", action="store_true", help="juga PDF siap cetak dengan kop surat")
    add_json_flag(r)
    r.set_defaults(func=cmd_recap)

    a = sub.add_parser("anggaran", help="kabupaten: peserta, anggaran, pagu dan sisa per sumber dana")
    a.add_argument("--allocation", action="append", default=[], metavar="SUMBER=RUPIAH",
                   help="catat pagu anggaran, mis. apbd_kabupaten=3024000000 (boleh diulang)")
    a.add_argument("--target", action="append", default=[], metavar="KODE_DESA=PESERTA",
                   help="catat target peserta satu desa (boleh diulang)")
    a.add_argument("--require-padan", choices=["ya", "tidak"], help="kode iuran hanya untuk NIK padan Dukcapil")
    add_json_flag(a)
    a.set_defaults(func=cmd_anggaran)
    register_letterhead(sub)


def _refused(exc: Exception) -> CliError:
    conflicts = getattr(exc, "conflicts", None) or []
    for c in conflicts[:100]:
        warn(f"  {c.nik} {c.full_name} ({c.desa_code}): {c.months} sudah di {c.other_code}")
    if len(conflicts) > 100:
        warn(f"  ... dan {len(conflicts) - 100} orang lain")
    return CliError(refusal_text(exc), ExitCode.REJECTED)


def _say_batch(info, details: bool = False) -> None:  # noqa: ANN001
    from desktop_app.core.person import FUNDING_LABELS

    status = "TERBIT" if info.status == "issued" else "DRAF"
    if info.corrected_by:
        status += f", dikoreksi oleh {info.corrected_by}"
    say(f"{info.code} [{status}] {FUNDING_LABELS.get(info.funding_source, info.funding_source)}, "
        f"{info.period_text()}: {info.participants:,} peserta, {info.months:,} bulan-orang, {info.amount_text()}"
        .replace(",", "."))
    if info.corrects_code:
        say(f"  mengoreksi {info.corrects_code}")
    if details:
        from desktop_app.services.district.recap import place_name

        for kec, line in sorted(info.by_kecamatan().items()):
            say(f"  Kec. {place_name(kec)}: {line['participants']} peserta, {line['months']} bulan")
        for desa, line in info.by_desa.items():
            say(f"    {place_name(desa)} ({desa}): {line['participants']} peserta, {line['months']} bulan")


def cmd_create(args: argparse.Namespace) -> int:
    from desktop_app.services.district import batches

    info = with_app(args, lambda app: batches.create(app, args.funding, args.first, args.last,
                                                     corrects=args.corrects, note=args.note),
                    errors=batches.BatchError, refused=_refused)
    if args.json:
        emit_json(info.to_json())
        return int(ExitCode.OK)
    _say_batch(info, details=True)
    if info.already_paid:
        say(f"  {len(info.already_paid)} orang tidak dimasukkan karena sudah dibayar di kode iuran lain:")
        for c in info.already_paid[:50]:
            say(f"    {c.nik} {c.full_name} ({c.desa_code}): {c.months} di {c.other_code}")
    for reason, count in info.left_out.items():
        words = {"outside_period": "masa kepesertaan di luar periode", "dbhcht_sector": "bukan sektor tembakau (DBHCHT)",
                 "same_nik": "NIK sama di dua desa (dibayar sekali)"}
        say(f"  {count} orang tidak dimasukkan: {words.get(reason, reason)}")
    say(f"Draf dibuat. Terbitkan dengan: sipera batch issue {info.code}")
    return int(ExitCode.OK)


def cmd_issue(args: argparse.Namespace) -> int:
    from desktop_app.services.district import batches

    def work(app):  # noqa: ANN001, ANN202
        app.db.backup("sebelum-terbit-kode-iuran")
        return batches.issue(app, args.code)

    info = with_app(args, work, errors=batches.BatchError, refused=_refused)
    if args.json:
        emit_json(info.to_json())
    else:
        _say_batch(info)
        say("Diterbitkan: kode iuran ini tidak bisa diubah lagi.")
    return int(ExitCode.OK)


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_app.services.district import batches

    found = with_app(args, batches.list_batches, errors=())
    if args.json:
        emit_json([b.to_json() for b in found])
    elif not found:
        say("Belum ada kode iuran.")
    for info in [] if args.json else found:
        _say_batch(info)
    return int(ExitCode.OK)


def cmd_show(args: argparse.Namespace) -> int:
    from desktop_app.services.district import batches

    info = with_app(args, lambda app: batches.get(app, args.code), errors=batches.BatchError, refused=_refused)
    if args.json:
        emit_json(info.to_json())
    else:
        _say_batch(info, details=True)
    return int(ExitCode.OK)


def cmd_delete(args: argparse.Namespace) -> int:
    from desktop_app.services.district import batches

    with_app(args, lambda app: batches.delete_draft(app, args.code),
             errors=batches.BatchError, refused=_refused)
    say(f"Draf {args.code} dihapus.")
    return int(ExitCode.OK)


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.services.district import files

    written = with_app(args, lambda app: files.export_bpjs_list(app, args.code, Path(args.dir),
                                                                layout_name=args.layout),
                       errors=files.FilesError, code=ExitCode.REJECTED)
    if args.json:
        emit_json({"file": str(written.path), "rows": written.rows, "layout": written.layout})
    else:
        say(f"Daftar kolektif BPJS ({written.rows:,} peserta, tata letak '{written.layout}'): {written.path}"
            .replace(",", "."))
    return int(ExitCode.OK)


def cmd_recap(args: argparse.Namespace) -> int:
    from desktop_app.services.district import files

    written = with_app(args, lambda app: files.write_recaps(app, Path(args.dir), pdf=args.pdf),
                       errors=files.FilesError, code=ExitCode.REJECTED)
    if args.json:
        emit_json({"files": [str(p) for p in written]})
    else:
        for path in written:
            say(str(path))
    return int(ExitCode.OK)


def cmd_anggaran(args: argparse.Namespace) -> int:
    from desktop_app.core.budget import format_rupiah
    from desktop_app.services.district import batches, recap

    def work(app):  # noqa: ANN001, ANN202
        if args.allocation or args.target or args.require_padan:
            current = batches.rules_of(app)
            for item in args.allocation:
                source, _, amount = item.partition("=")
                try:
                    current.allocations[source.strip()] = int(amount.replace(".", "").replace(",", ""))
                except ValueError:
                    raise CliError(f"--allocation '{item}' tidak sah: SUMBER=RUPIAH.") from None
            for item in args.target:
                code, _, count = item.partition("=")
                try:
                    current.targets[code.strip()] = int(count)
                except ValueError:
                    raise CliError(f"--target '{item}' tidak sah: KODE_DESA=PESERTA.") from None
            if args.require_padan:
                current.require_padan = args.require_padan == "ya"
            try:
                batches.set_rules(app, current)
            except batches.BatchError as exc:
                raise CliError(refusal_text(exc)) from exc
        return recap.anggaran(app)

    view = with_app(args, work, errors=())
    if args.json:
        emit_json(view.to_json())
        return int(ExitCode.OK)
    say("Anggaran per sumber dana dan periode (kode iuran terbit):")
    for line in view.lines:
        say(f"  {line.funding_label}, {line.period}: {line.participants:,} peserta x {line.months_each} bulan -> "
            f"{format_rupiah(line.amount)}".replace(",", "."))
    for f in view.funding:
        say(f"  {f.funding_label}: pagu {format_rupiah(f.allocation)}, terpakai {format_rupiah(f.used)}, "
            f"sisa {format_rupiah(f.remaining)}")
    say(f"Kode iuran hanya untuk NIK padan: {'ya' if view.require_padan else 'tidak'}")
    return int(ExitCode.OK)


def register_letterhead(sub: argparse._SubParsersAction) -> None:
    k = sub.add_parser("kop-surat", help="kabupaten: kop surat dan penanda tangan rekap PDF")
    k.add_argument("--line", action="append", default=[], help="baris kop (boleh diulang, paling banyak 4)")
    k.add_argument("--city", help="tempat penandatanganan, mis. Trenggalek")
    k.add_argument("--title", help="jabatan penanda tangan, mis. Kepala Dinas")
    k.add_argument("--name", help="nama penanda tangan")
    k.add_argument("--nip", help="NIP penanda tangan")
    add_json_flag(k)
    k.set_defaults(func=cmd_letterhead)


def cmd_letterhead(args: argparse.Namespace) -> int:
    from desktop_app.services.district import files

    def work(app):  # noqa: ANN001, ANN202
        head = files.letterhead(app)
        if args.line:
            head.lines = [" ".join(x.split()) for x in args.line][:4]
        for attr, value in (("city", args.city), ("signer_title", args.title), ("signer_name", args.name),
                            ("signer_id", args.nip)):
            if value is not None:
                setattr(head, attr, " ".join(value.split()))
        if args.line or any(v is not None for v in (args.city, args.title, args.name, args.nip)):
            files.set_letterhead(app, head)
        return head

    head = with_app(args, work, errors=())
    if args.json:
        emit_json(head.to_dict())
    else:
        for line in head.lines:
            say(line)
        say(f"{head.city}, ... / {head.signer_title} / {head.signer_name or '-'} / NIP {head.signer_id or '-'}")
    return int(ExitCode.OK)


def cmd_layout_list(args: argparse.Namespace) -> int:
    from desktop_app.services.district import files

    layouts = with_app(args, files.bpjs_layouts, errors=())
    if args.json:
        emit_json([layout.to_dict() for layout in layouts.values()])
    else:
        for layout in layouts.values():
            note = " (bawaan SIPERA, bukan templat resmi BPJS)" if layout.name == files.DEFAULT_BPJS_LAYOUT.name else ""
            say(f"{layout.name}{note}: " + ", ".join(f"{f}:{h}" for f, h in layout.columns))
        say("Kolom yang tersedia: " + ", ".join(files.BPJS_FIELDS))
    return int(ExitCode.OK)


def cmd_layout_save(args: argparse.Namespace) -> int:
    from desktop_app.services.district import files

    columns = []
    for part in args.columns.split(","):
        field, _, header = part.partition(":")
        field = field.strip()
        columns.append((field, header.strip() or files.BPJS_FIELDS.get(field, field.upper())))
    try:
        layout = files.BpjsLayout(args.name, columns)
    except ValueError as exc:
        raise CliError(f"{exc} Kolom yang tersedia: {', '.join(files.BPJS_FIELDS)}.") from None
    with_app(args, lambda app: files.save_bpjs_layout(app, layout), errors=files.FilesError)
    say(f"Tata letak '{args.name}' disimpan ({len(columns)} kolom).")
    return int(ExitCode.OK)


def cmd_layout_delete(args: argparse.Namespace) -> int:
    from desktop_app.services.district import files

    removed = with_app(args, lambda app: files.delete_bpjs_layout(app, args.name), errors=())
    if not removed:
        raise CliError(f"Tata letak '{args.name}' tidak ada.", ExitCode.REJECTED)
    say(f"Tata letak '{args.name}' dihapus.")
    return int(ExitCode.OK)
