"""Mode Kabupaten commands: merge, villages, cases, verify, feedback, restore-package."""

from __future__ import annotations

import argparse
import signal
from pathlib import Path

from desktop_app.cli.base import (
    ExitCode,
    add_json_flag,
    emit_json,
    say,
    warn,
    with_app,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("merge", help="kabupaten: periksa dan gabungkan paket data desa")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    add_json_flag(p)
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("villages", help="kabupaten: semua desa/kelurahan, paket diterima, paket hilang")
    p.add_argument("--missing", action="store_true", help="hanya desa yang belum mengirim atau ada paket hilang")
    add_json_flag(p)
    p.set_defaults(func=cmd_villages)

    p = sub.add_parser("cases", help="kabupaten: kasus NIK di dua desa dan data ganda")
    s = p.add_subparsers(dest="action", required=True)
    lst = s.add_parser("list", help="daftar kasus")
    lst.add_argument("--open", action="store_true", help="hanya yang belum diputuskan")
    add_json_flag(lst)
    lst.set_defaults(func=cmd_cases_list)
    d = s.add_parser("decide", help="putuskan satu kasus")
    d.add_argument("case_id", type=int, metavar="ID")
    how = d.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", metavar="RECORD_ID",
                     help="orang ini tetap di desa data ini (data ganda: simpan data ini, yang lain ditolak)")
    how.add_argument("--not-same", action="store_true",
                     help="bukan orang yang sama: kedua desa memeriksa NIK (data ganda: tidak diusulkan lagi)")
    how.add_argument("--later", action="store_true", help="putuskan nanti")
    d.add_argument("--note", default="", help="catatan keputusan")
    d.add_argument("--operator")
    add_json_flag(d)
    d.set_defaults(func=cmd_cases_decide)

    p = sub.add_parser("verify", help="kabupaten: status verifikasi satu atau banyak data")
    p.add_argument("targets", nargs="+", metavar="NIK_OR_ID")
    p.add_argument("--status", required=True, choices=["diterima", "ditolak", "perbaikan", "belum"])
    p.add_argument("--reason", default="", help="alasan (wajib untuk ditolak dan perbaikan)")
    p.add_argument("--desa", help="hanya data desa ini (kode PP.KK.CC.DDDD) bila NIK ada di beberapa desa")
    p.add_argument("--operator")
    add_json_flag(p)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("feedback", help="umpan balik kabupaten -> desa")
    s = p.add_subparsers(dest="action", required=True)
    e = s.add_parser("export", help="kabupaten: satu berkas umpan balik per desa")
    who = e.add_mutually_exclusive_group(required=True)
    who.add_argument("--desa", metavar="CODE")
    who.add_argument("--all", action="store_true")
    e.add_argument("dir", metavar="DIR")
    add_json_flag(e)
    e.set_defaults(func=cmd_feedback_export)
    i = s.add_parser("import", help="desa: terapkan umpan balik kabupaten")
    i.add_argument("file")
    add_json_flag(i)
    i.set_defaults(func=cmd_feedback_import)

    p = sub.add_parser("restore-package", help="data desa kembali ke laptop desa yang baru")
    s = p.add_subparsers(dest="action", required=True)
    e = s.add_parser("export", help="kabupaten: paket pemulihan untuk satu desa")
    e.add_argument("--desa", required=True, metavar="CODE")
    e.add_argument("dir", metavar="DIR")
    add_json_flag(e)
    e.set_defaults(func=cmd_restore_export)
    i = s.add_parser("import", help="desa: pulihkan data dari paket pemulihan")
    i.add_argument("file")
    add_json_flag(i)
    i.set_defaults(func=cmd_restore_import)


# ---------------------------------------------------------------- merge


def cmd_merge(args: argparse.Namespace) -> int:
    from desktop_app.core.progress import Progress
    from desktop_app.services.district import merge

    missing = [p for p in args.paths if not Path(p).exists()]
    progress = Progress()

    def _stop(_sig, _frame) -> None:  # noqa: ANN001 - Ctrl+C stops between packages
        progress.cancel()

    def work(app):  # noqa: ANN001, ANN202
        previous = signal.getsignal(signal.SIGINT)
        signal.signal(signal.SIGINT, _stop)
        try:
            return merge.merge_packages(app, [p for p in args.paths if p not in missing], progress=progress)
        finally:
            signal.signal(signal.SIGINT, previous)

    run = with_app(args, work)
    from desktop_app.core.text import Msg

    for path in missing:
        run.packages.append(merge.PackageOutcome(file=path, reason=Msg("Berkas atau folder tidak ada.")))
    if args.json:
        emit_json(run.to_dict())
    else:
        for p in run.packages:
            name = Path(p.file).name
            if p.status == "merged":
                c = p.counts
                say(f"{name}: digabung (desa {p.desa_code}, paket {p.sequence}): {c['created']} baru, "
                    f"{c['updated']} diperbarui, {c['unchanged']} sama, {c['stale']} lebih lama, "
                    f"{c['deleted']} dihapus, {c['rejected']} ditolak; {p.cases_opened} kasus baru")
            elif p.status == "already_merged":
                say(f"{name}: {p.reason}")
            else:
                say(f"{name}: DITOLAK: {p.reason}")
            if p.status != "refused" and p.missing_sequences:
                say("  " + ", ".join(f"paket nomor {n} belum diterima" for n in p.missing_sequences))
        merged = sum(1 for p in run.packages if p.status == "merged")
        say(f"{merged} paket digabung, {len(run.refused)} ditolak, "
            f"{sum(1 for p in run.packages if p.status == 'already_merged')} sudah pernah digabung.")
        if run.cancelled:
            warn("Dibatalkan: paket yang tersisa belum digabung.")
    if run.cancelled:
        return ExitCode.CANCELLED
    return ExitCode.REJECTED if run.refused else ExitCode.OK


# ---------------------------------------------------------------- villages


def cmd_villages(args: argparse.Namespace) -> int:
    from desktop_app.services.district import villages

    rows = with_app(args, lambda app: villages.village_overview(app))
    if args.missing:
        rows = [v for v in rows if v.never_sent or v.missing_sequences]
    if args.json:
        emit_json([v.to_dict() for v in rows])
        return ExitCode.OK
    for v in rows:
        state = "terdaftar" if v.enrolled else "belum terdaftar"
        last = f"paket terakhir {v.last_sequence}" if v.last_sequence else "belum mengirim"
        gaps = f", hilang: {', '.join(map(str, v.missing_sequences))}" if v.missing_sequences else ""
        say(f"{v.desa_code}  {v.name[:28]:28}  {v.kecamatan[:18]:18}  {state:15}  {last}{gaps}  "
            f"{v.active} aktif, {v.deleted} terhapus, {v.open_cases} kasus")
    say(f"{len(rows)} desa/kelurahan")
    return ExitCode.OK


# ---------------------------------------------------------------- cases


def cmd_cases_list(args: argparse.Namespace) -> int:
    from desktop_app.services.district import cases

    rows = with_app(args, lambda app: cases.list_cases(app, open_only=args.open))
    if args.json:
        emit_json([c.to_dict() for c in rows])
        return ExitCode.OK
    from desktop_app.core.person import mask_nik

    for c in rows:
        what = ("data ganda " + " / ".join(mask_nik(n) or "-" for n in c.niks)) if c.is_duplicate else mask_nik(c.nik)
        say(f"#{c.id}  {what}  {c.status:10}  desa {', '.join(c.desa_codes)}  {c.decision or '-'}")
        if c.is_duplicate:
            say(f"      data: {' '.join(c.person_ids)}")
    say(f"{len(rows)} kasus")
    return ExitCode.OK


def cmd_cases_decide(args: argparse.Namespace) -> int:
    from desktop_app.services.district import cases

    decision = "keep" if args.keep else "not_same" if args.not_same else "later"
    case = with_app(args, lambda app: cases.decide(app, args.case_id, decision, keep=args.keep, note=args.note))
    if args.json:
        emit_json(case.to_dict())
    else:
        say(f"Kasus #{case.id}: {case.status} ({case.decision}).")
    return ExitCode.OK


# ---------------------------------------------------------------- verification


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop_app.services.district import verification

    result = with_app(args, lambda app: verification.verify(app, args.targets, args.status, reason=args.reason, desa_code=args.desa))
    if args.json:
        emit_json(result.to_dict())
    else:
        say(f"{len(result.changed)} data diubah, {len(result.unchanged)} sudah begitu, "
            f"{len(result.not_found)} tidak ditemukan.")
        for item in result.not_found:
            warn(f"Tidak ditemukan: {item}")
    return ExitCode.REJECTED if result.not_found else ExitCode.OK


# ---------------------------------------------------------------- feedback and restore


def cmd_feedback_export(args: argparse.Namespace) -> int:
    from desktop_app.services.district import feedback

    built = with_app(args, lambda app: feedback.export_feedback(app, Path(args.dir), desa_codes=None if args.all else [args.desa]))
    if args.json:
        emit_json({"files": [b.to_dict() for b in built]})
    else:
        for b in built:
            say(f"{b.desa_code}: {b.path} ({b.records} data, {b.cases} kasus)")
        say(f"{len(built)} berkas umpan balik")
    return ExitCode.OK


def cmd_feedback_import(args: argparse.Namespace) -> int:
    from desktop_app.services.district import feedback

    result = with_app(args, lambda app: feedback.import_feedback(app, Path(args.file)))
    if args.json:
        emit_json(result.to_dict())
    else:
        say(str(result.summary))
    return ExitCode.OK


def cmd_restore_export(args: argparse.Namespace) -> int:
    from desktop_app.services.district import restore

    built = with_app(args, lambda app: restore.export_restore(app, args.desa, Path(args.dir)))
    if args.json:
        emit_json(built.to_dict())
    else:
        say(f"Paket pemulihan: {built.path} ({built.records} data, paket terakhir {built.last_sequence})")
    return ExitCode.OK


def cmd_restore_import(args: argparse.Namespace) -> int:
    from desktop_app.services.district import restore

    result = with_app(args, lambda app: restore.import_restore(app, Path(args.file)))
    if args.json:
        emit_json(result.to_dict())
    else:
        say(f"{result.restored} data dipulihkan; paket data berikutnya bernomor {result.next_sequence}.")
    return ExitCode.OK
