"""enrollment, config, package: trust set up in person, packages by USB stick or email."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.base import (
    CliError,
    ExitCode,
    add_json_flag,
    emit_json,
    open_app,
    say,
    sentences,
    with_app,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("enrollment", help="pendaftaran desa ke kabupaten (berkas pendaftaran)")
    s = p.add_subparsers(dest="action", required=True)
    e = s.add_parser("export", help="desa: buat berkas pendaftaran")
    e.add_argument("path", metavar="FOLDER_ATAU_FILE")
    add_json_flag(e)
    e.set_defaults(func=cmd_enrollment_export)
    i = s.add_parser("import", help="kabupaten: daftarkan desa dari berkas pendaftaran")
    i.add_argument("file")
    i.add_argument("--fingerprint", help="sidik jari yang dibacakan/ditulis oleh desa (wajib dicocokkan)")
    add_json_flag(i)
    i.set_defaults(func=cmd_enrollment_import)
    lst = s.add_parser("list", help="kabupaten: desa yang terdaftar")
    add_json_flag(lst)
    lst.set_defaults(func=cmd_enrollment_list, reads_only=True)

    p = sub.add_parser("config", help="paket konfigurasi kabupaten -> desa")
    s = p.add_subparsers(dest="action", required=True)
    e = s.add_parser("export", help="kabupaten: buat paket konfigurasi")
    e.add_argument("path", metavar="FOLDER_ATAU_FILE")
    add_json_flag(e)
    e.set_defaults(func=cmd_config_export)
    i = s.add_parser("import", help="desa: terapkan paket konfigurasi kabupaten")
    i.add_argument("file")
    i.add_argument("--fingerprint", help="impor pertama: sidik jari kunci kabupaten yang sudah dicocokkan")
    add_json_flag(i)
    i.set_defaults(func=cmd_config_import)

    p = sub.add_parser("package", help="paket data")
    s = p.add_subparsers(dest="action", required=True)
    e = s.add_parser("export", help="desa: kirim data yang berubah (atau semua dengan --full)")
    e.add_argument("dir", metavar="FOLDER")
    e.add_argument("--full", action="store_true", help="kirim seluruh data (sinkron ulang)")
    e.add_argument("--no-berita-acara", action="store_true", help="tanpa PDF berita acara")
    add_json_flag(e)
    e.set_defaults(func=cmd_package_export)
    i = s.add_parser("inspect", help="lihat isi paket tanpa mengubah apa pun")
    i.add_argument("file")
    add_json_flag(i)
    i.set_defaults(func=cmd_package_inspect, reads_only=True)
    h = s.add_parser("history", help="riwayat paket terkirim dan diterima")
    add_json_flag(h)
    h.set_defaults(func=cmd_package_history, reads_only=True)


def _out_dir(path: str) -> Path:
    target = Path(path)
    if target.suffix.lower() == ".sipera":
        target = target.parent
    if not target.is_dir():
        raise CliError(f"Folder {target} tidak ada.")
    return target


def _with_app(args: argparse.Namespace, work):  # noqa: ANN001, ANN202
    """``with_app`` for the trust and package commands: their refusals say no (exit 1)."""
    from desktop_app.services.packages.common import SyncServiceError

    return with_app(args, work, errors=SyncServiceError, code=ExitCode.REJECTED)


def _export_trust_file(args: argparse.Namespace, export: str, file_label: str, fingerprint_label: str) -> int:
    """enrollment export / config export: write the file, show it and this installation's fingerprint."""
    from desktop_app.services.packages import common as package_common
    from desktop_app.services.packages import trust as package_trust

    def work(app):  # noqa: ANN001, ANN202
        return getattr(package_trust, export)(app, _out_dir(args.path)), package_common.own_fingerprint(app)

    built, fp = _with_app(args, work)
    if args.json:
        emit_json({"file": str(built.path), "package_id": built.package_id, "fingerprint": fp})
    else:
        say(f"{file_label}: {built.path}")
        say(f"{fingerprint_label}: {fp}")
    return ExitCode.OK


def cmd_enrollment_export(args: argparse.Namespace) -> int:
    return _export_trust_file(args, "export_enrollment", "Berkas pendaftaran",
                              "Sidik kunci desa (bacakan/tuliskan untuk petugas kabupaten)")


def cmd_enrollment_import(args: argparse.Namespace) -> int:
    from desktop_app.services.packages import trust as package_trust

    def work(app):  # noqa: ANN001, ANN202 - None: not confirmed, said so
        info = package_trust.read_enrollment(app, Path(args.file))
        confirmed = args.fingerprint or _ask_fingerprint(info.fingerprint)
        doc = {"desa_code": info.desa_code, "name": info.name, "operator": info.operator,
               "fingerprint": info.fingerprint, "enrolled": False}
        if not confirmed:
            if args.json:
                emit_json(doc)
            else:
                say(f"Desa: {info.name} ({info.desa_code}), operator {info.operator}")
                say(f"Sidik kunci: {info.fingerprint}")
                say("Cocokkan sidik jari dengan yang dibacakan desa, lalu ulangi dengan --fingerprint.")
            return None
        package_trust.accept_enrollment(app, info, confirmed_fingerprint=confirmed)
        doc["enrolled"] = True
        doc["replaced_key"] = info.replaces_key
        return doc

    doc = _with_app(args, work)
    if doc is None:
        return ExitCode.REJECTED
    if args.json:
        emit_json(doc)
    else:
        say(f"Desa terdaftar: {doc['name']} ({doc['desa_code']})")
        if doc.get("replaced_key"):
            say("Kunci lama desa ini dicabut (instalasi baru).")
    return ExitCode.OK


def _ask_fingerprint(expected: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    print(f"Sidik kunci pada berkas: {expected}")
    answer = input("Ketik sidik jari yang dibacakan pengirim (kosong = batal): ").strip()
    return answer or None


def cmd_enrollment_list(args: argparse.Namespace) -> int:
    from desktop_app.services.packages import trust as package_trust

    villages = with_app(args, package_trust.enrolled_villages, errors=())
    if args.json:
        emit_json(villages)
    else:
        for v in villages:
            say(f"{v['desa_code']}  {v['name']:40.40}  {v['fingerprint']}")
        say(f"{len(villages)} desa terdaftar")
    return ExitCode.OK


def cmd_config_export(args: argparse.Namespace) -> int:
    return _export_trust_file(args, "export_config", "Paket konfigurasi",
                              "Sidik kunci kabupaten (untuk dicocokkan desa)")


def cmd_config_import(args: argparse.Namespace) -> int:
    from desktop_app.services.packages import trust as package_trust

    def work(app):  # noqa: ANN001, ANN202 - outcome None: not confirmed, said so
        info = package_trust.read_config(app, Path(args.file))
        confirmed = args.fingerprint
        if info.first_time and not confirmed:
            confirmed = _ask_fingerprint(info.fingerprint)
            if not confirmed:
                if args.json:
                    emit_json({"district": info.district_code, "fingerprint": info.fingerprint, "applied": False})
                else:
                    say(f"Konfigurasi dari {info.district_name} ({info.district_code})")
                    say(f"Sidik kunci kabupaten: {info.fingerprint}")
                    say("Impor pertama: cocokkan sidik jari dengan petugas kabupaten, lalu ulangi dengan --fingerprint.")
                return info, None
        return info, package_trust.apply_config(app, info, confirmed_fingerprint=confirmed)

    info, outcome = _with_app(args, work)
    if outcome is None:
        return ExitCode.REJECTED
    prog = info.programme
    already = outcome == package_trust.ALREADY_APPLIED
    if args.json:
        emit_json({"district": info.district_code, "fingerprint": info.fingerprint, "applied": not already,
                   "already_applied": already, "programme": prog.to_dict()})
    elif already:
        say(f"Konfigurasi {info.district_name} ini sudah diterapkan sebelumnya; tidak ada yang berubah.")
    else:
        say(f"Konfigurasi {info.district_name} diterapkan: tahun {prog.year}, "
            f"{prog.coverage_start:%d-%m-%Y} s.d. {prog.coverage_end:%d-%m-%Y}, "
            f"iuran Rp{prog.rate:,}".replace(",", ".") + f", umur {prog.age_min}-{prog.age_max}.")
    return ExitCode.OK


def cmd_package_export(args: argparse.Namespace) -> int:
    from desktop_app.services.packages import send as package_send

    result = _with_app(args, lambda app: package_send.export_data_package(
        app, _out_dir(args.dir), full=args.full, with_berita_acara=not args.no_berita_acara))
    if args.json:
        emit_json(result.to_dict())
    else:
        if result.built is None:
            say("Tidak ada data baru untuk dikirim.")
        else:
            if result.rewritten:
                say(f"Pengiriman sebelumnya terputus: paket nomor {result.built.manifest.sequence} ditulis ulang "
                    "(tidak ada paket baru). Kirim lagi untuk data yang berubah setelahnya.")
            say(f"Paket data: {result.built.path}")
            say(f"  {result.sent} data dikirim ({result.deleted} penghapusan), nomor urut {result.built.manifest.sequence}")
            if result.berita_acara:
                say(f"  Berita acara: {result.berita_acara}")
        if result.held_back:
            say(f"{len(result.held_back)} data DITAHAN karena perlu perbaikan:")
            for person, issues in result.held_back[:50]:
                reasons = sentences([i.message() for i in issues if i.is_error])
                name = person.full_name if len(person.full_name) <= 60 else person.full_name[:57] + "..."
                say(f"  - {name or '(tanpa nama)'}: {reasons}")
    return ExitCode.REJECTED if result.held_back else ExitCode.OK


def cmd_package_inspect(args: argparse.Namespace) -> int:
    from desktop_app.services.app import NotInitialized
    from desktop_app.services.packages import history as package_history

    path = Path(args.file)
    if not path.exists():
        raise CliError(f"Berkas {path} tidak ada.")
    try:
        app = open_app(args)
    except NotInitialized:
        app = None
    try:
        result = package_history.inspect(app, path)
    finally:
        if app is not None:
            app.close()
    doc = package_history.inspection_summary(result)
    if args.json:
        emit_json(doc)
    else:
        summary = doc["summary"]
        if result.manifest is not None:
            m = result.manifest
            say(f"Jenis: {m.kind}   Dari: {m.source.role} {m.source.region_code}   Nomor urut: {m.sequence}")
            say(f"Dibuat: {m.created_at}   Versi: {m.app_version}   Terenkripsi: {'ya' if m.encrypted else 'tidak'}")
            say(f"Jumlah: {', '.join(f'{k}={v}' for k, v in m.counts.items())}")
        status = {"valid": "SAH (kunci dikenal)", "unknown_key": "utuh, tetapi kunci BELUM DIKENAL",
                  "revoked": "kunci DICABUT", "invalid": "TIDAK SAH", "unchecked": "belum diperiksa"}
        say(f"Tanda tangan: {status.get(result.signature_status, result.signature_status)}")
        if result.signer_fingerprint:
            say(f"Sidik kunci pengirim: {result.signer_fingerprint}")
        if summary["file_fingerprint"]:
            say(f"Sidik berkas (cocokkan dengan berita acara): {summary['file_fingerprint']}")
        if summary["message"]:
            say(f"Masalah: {summary['message']}")
    return ExitCode.OK if result.ok and result.signature_status == "valid" else ExitCode.REJECTED


def cmd_package_history(args: argparse.Namespace) -> int:
    from desktop_app.services.packages import history as package_history

    entries = with_app(args, package_history.history, errors=())
    if args.json:
        emit_json([{**e.__dict__, "created_at": e.created_at.isoformat(),
                    "stored_copy": str(e.stored_copy) if e.stored_copy else None} for e in entries])
    else:
        for e in entries:
            arrow = "kirim" if e.direction == "sent" else "terima"
            say(f"{e.created_at:%d-%m-%Y %H:%M}  {arrow:6} {e.kind:10} #{e.sequence:<4} {e.file_name}")
        say(f"{len(entries)} paket")
    return ExitCode.OK
