"""init, nik, list, delete, restore, demo, gui."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date

from desktop_app.cli.base import (
    CliError,
    ExitCode,
    add_json_flag,
    data_dir,
    emit_json,
    refusal_text,
    say,
    with_app,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="siapkan profil (desa atau kabupaten) dan kunci")
    p.add_argument("role", choices=["desa", "kabupaten"])
    p.add_argument("--code", required=True, help="kode Kemendagri: PP.KK.CC.DDDD (desa) atau PP.KK (kabupaten)")
    p.add_argument("--operator", required=True, action="append", help="nama operator (boleh diulang)")
    add_json_flag(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("nik", help="periksa NIK")
    p.add_argument("niks", nargs="+", metavar="NIK")
    add_json_flag(p)
    p.set_defaults(func=cmd_nik, reads_only=True)

    p = sub.add_parser("list", help="daftar data beserta masalahnya")
    p.add_argument("--include-deleted", action="store_true")
    p.add_argument("--status", default="semua")
    p.add_argument("--desa", metavar="CODE", help="kabupaten: hanya data desa ini")
    add_json_flag(p)
    p.set_defaults(func=cmd_list, reads_only=True)

    p = sub.add_parser("delete", help="hapus satu data (tanda hapus dengan alasan)")
    p.add_argument("nik")
    p.add_argument("--reason", required=True, help="meninggal, pindah, terdaftar_mandiri, duplikat, ... atau teks")
    p.add_argument("--operator")
    add_json_flag(p)
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("restore-record", help="pulihkan data yang terhapus")
    p.add_argument("nik")
    p.add_argument("--operator")
    add_json_flag(p)
    p.set_defaults(func=cmd_restore_record)

    p = sub.add_parser("demo", help="buat folder data contoh dengan desa dan data sintetis")
    p.add_argument("--records", type=int, default=2000)
    p.add_argument("--code", default="35.03.01.2001", help="kode desa contoh")
    p.add_argument("--seed", type=int, default=0)
    add_json_flag(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("gui", help="buka jendela (juga tanpa perintah)")
    p.add_argument("--smoke-test", action="store_true", help="buka, tunggu data tampil, cetak waktu, keluar")
    p.set_defaults(func=cmd_gui, reads_only=True)  # the window takes the lock itself


def cmd_init(args: argparse.Namespace) -> int:
    from desktop_app.services.setup.profile import ProfileError, init_profile

    try:
        app = init_profile(data_dir(args), args.role, args.code, args.operator)
    except ProfileError as exc:
        raise CliError(refusal_text(exc)) from exc
    try:
        from desktop_app.services.packages import keys as keys_service

        fp = keys_service.identity(app.data_dir).fingerprint
    except Exception:  # noqa: BLE001 - the fingerprint is informative only
        fp = ""
    doc = {
        "data_dir": str(app.data_dir),
        "role": app.profile.role,
        "region_code": app.profile.region_code,
        "region_name": app.profile.region_name,
        "operators": app.profile.operators,
        "fingerprint": fp,
    }
    app.close()
    if args.json:
        emit_json(doc)
    else:
        say(f"Profil {doc['role']} disiapkan: {doc['region_name']} ({doc['region_code']})")
        say(f"Folder data: {doc['data_dir']}")
        if fp:
            say(f"Sidik kunci: {fp}")
    return ExitCode.OK


def cmd_nik(args: argparse.Namespace) -> int:
    from desktop_app.core.nik import parse_nik

    results = []
    for raw in args.niks:
        info = parse_nik(raw)
        results.append(
            {
                "input": raw,
                "nik": info.nik,
                "valid": info.valid,
                "region_code": info.region_code,
                "region": _region_text(info),
                "birth_date": info.birth_date.isoformat() if info.birth_date else None,
                "sex": info.sex or None,
                "issues": [i.to_dict() for i in info.issues],
            }
        )
    if args.json:
        emit_json(results)
    else:
        for r in results:
            mark = "VALID" if r["valid"] else "TIDAK VALID"
            say(f"{r['input']}: {mark}")
            if r["region"]:
                say(f"  wilayah: {r['region']} ({r['region_code']})")
            if r["birth_date"]:
                say(f"  lahir: {date.fromisoformat(r['birth_date']).strftime('%d-%m-%Y')}, jenis kelamin {r['sex']}")
            for issue in r["issues"]:
                say(f"  [{issue['severity']}] {issue['code']}: {issue['message']}")
    return ExitCode.OK if all(r["valid"] for r in results) else ExitCode.REJECTED


def _region_text(info) -> str:  # noqa: ANN001
    parts = [getattr(info, name, "") for name in ("kecamatan", "kabupaten", "province")]
    return ", ".join(p for p in parts if p)


def cmd_list(args: argparse.Namespace) -> int:
    from desktop_app.services.records import editing as records
    from desktop_app.services.records.listing import RecordFilter

    def work(app):  # noqa: ANN001, ANN202
        desa = app.desa_code or (getattr(args, "desa", None) or None)
        return records.list_records(app, RecordFilter(desa_code=desa, status=args.status,
                                                      include_deleted=args.include_deleted))

    rows = with_app(args, work, errors=())
    if args.json:
        docs = []
        for person, issues in rows:
            doc = person.to_json()
            doc["status"] = _status(person, issues)
            doc["issues"] = [i.to_dict() for i in issues]
            docs.append(doc)
        emit_json(docs)
    else:
        from desktop_app.core.person import mask_nik

        for person, issues in rows:
            codes = ", ".join(i.code for i in issues)
            born = person.birth_date.strftime("%d-%m-%Y") if person.birth_date else "-"
            gone = " [TERHAPUS]" if person.deleted else ""
            say(f"{mask_nik(person.nik) or '-':16}  {person.full_name:30.30}  {born}  {codes}{gone}")
        say(f"{len(rows)} data")
    return ExitCode.OK


def _status(person, issues) -> str:  # noqa: ANN001
    from desktop_app.core.issues import has_errors
    from desktop_app.core.person import status_of

    return status_of(person, has_errors(issues)).value


def _one_by_nik(app, nik: str, *, deleted: bool):  # noqa: ANN001, ANN202
    from desktop_app.core.nik import clean_nik
    from desktop_app.core.person import mask_nik
    from desktop_app.services.records import editing as records

    found = [p for p in records.find_by_nik(app, clean_nik(nik), include_deleted=True) if p.deleted == deleted]
    shown = mask_nik(clean_nik(nik)) or "?"
    if not found:
        raise CliError("Tidak ada data " + ("terhapus " if deleted else "aktif ") + f"dengan NIK {shown}.",
                       ExitCode.REJECTED)
    if len(found) > 1:
        raise CliError(f"Ada {len(found)} data dengan NIK {shown}; selesaikan lewat jendela SIPERA.", ExitCode.REJECTED)
    return found[0]


def cmd_delete(args: argparse.Namespace) -> int:
    from desktop_app.services.records import editing as records

    def work(app):  # noqa: ANN001, ANN202
        person = _one_by_nik(app, args.nik, deleted=False)
        return records.delete(app, person.id, args.reason, operator=args.operator)

    after = with_app(args, work, errors=records.RecordError, code=ExitCode.REJECTED)
    if args.json:
        emit_json(after.to_json())
    else:
        say(f"Dihapus: {after.full_name} ({after.delete_reason})")
    return ExitCode.OK


def cmd_restore_record(args: argparse.Namespace) -> int:
    from desktop_app.services.records import editing as records

    def work(app):  # noqa: ANN001, ANN202
        person = _one_by_nik(app, args.nik, deleted=True)
        return records.restore(app, person.id, operator=args.operator)

    result = with_app(args, work, errors=records.RecordError, code=ExitCode.REJECTED)
    if args.json:
        emit_json(result.person.to_json())
    else:
        say(f"Dipulihkan: {result.person.full_name}")
    return ExitCode.OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.services.setup.demo import make_demo

    if args.records < 0 or args.records > 1_000_000:
        raise CliError("--records harus antara 0 dan 1.000.000.")
    target = data_dir(args)
    t0 = time.perf_counter()
    summary = make_demo(target, records=args.records, code=args.code, seed=args.seed)
    summary["seconds"] = round(time.perf_counter() - t0, 2)
    if args.json:
        emit_json(summary)
    else:
        say(f"Data contoh dibuat di {summary['data_dir']}: {summary['records']} data, "
            f"{summary['with_errors']} perlu perbaikan ({summary['seconds']} detik).")
    return ExitCode.OK


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.ui.app import run_gui

    code = run_gui(data_dir(args), smoke_test=args.smoke_test)
    if args.smoke_test and isinstance(code, dict):
        sys.stdout.write(json.dumps(code) + "\n")
        return ExitCode.OK
    return int(code)
