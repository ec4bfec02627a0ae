"""duplicates: scan for probable duplicates; decide, undo and list decisions (village); open a
review case for a pair (district)."""

from __future__ import annotations

import argparse

from desktop_app.cli.base import (
    CliError,
    ExitCode,
    add_json_flag,
    emit_json,
    say,
    with_app,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("duplicates", help="pasangan data yang mungkin orang yang sama (skor dan alasan)")
    add_json_flag(p)
    p.add_argument("--desa", metavar="KODE", help="kabupaten: hanya satu desa (PP.KK.CC.DDDD)")
    p.add_argument("--min-score", type=float, default=0.5, metavar="S",
                   help="skor terendah yang ditampilkan, 0-1 (bawaan 0.5 = mungkin orang yang sama)")
    p.set_defaults(func=cmd_scan, reads_only=True)
    inner = p.add_subparsers(dest="duplicates_command", metavar="TINDAKAN")

    d = inner.add_parser("decide", help="desa: putuskan satu pasangan")
    d.add_argument("a_id", metavar="ID_A")
    d.add_argument("b_id", metavar="ID_B")
    choice = d.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", metavar="ID", help="sama orang: simpan data ini, yang lain ditandai terhapus (duplikat)")
    choice.add_argument("--not-same", action="store_true", help="bukan orang yang sama (tidak diusulkan lagi)")
    choice.add_argument("--later", action="store_true", help="nanti")
    d.add_argument("--note", default="", help="catatan")
    d.add_argument("--operator")
    add_json_flag(d)
    d.set_defaults(func=cmd_decide, reads_only=False)  # the parent scan reads only; deciding writes

    u = inner.add_parser("undo", help="desa: batalkan satu keputusan (bawaan: yang terakhir)")
    u.add_argument("decision_id", nargs="?", type=int, metavar="NOMOR")
    u.add_argument("--operator")
    add_json_flag(u)
    u.set_defaults(func=cmd_undo, reads_only=False)

    c = inner.add_parser("case", help="kabupaten: buat kasus untuk satu pasangan (diputuskan lewat 'sipera cases')")
    c.add_argument("a_id", metavar="ID_A")
    c.add_argument("b_id", metavar="ID_B")
    c.add_argument("--note", default="", help="catatan")
    c.add_argument("--operator")
    add_json_flag(c)
    c.set_defaults(func=cmd_case, reads_only=False)

    h = inner.add_parser("decisions", help="daftar keputusan duplikat (terbaru dulu)")
    add_json_flag(h)
    h.set_defaults(func=cmd_decisions, reads_only=True)


def _reasons_text(codes: list[str]) -> str:
    from desktop_app.core.duplicates import reason_text

    return "; ".join(reason_text(c) for c in codes)


def cmd_scan(args: argparse.Namespace) -> int:
    from desktop_app.core.regions import get as region
    from desktop_app.services.duplicates import scan as scanning

    if not 0.0 <= args.min_score <= 1.0:
        raise CliError("--min-score harus antara 0 dan 1.")
    def work(app):  # noqa: ANN001, ANN202
        desa = (args.desa or "").strip() or None
        if desa is not None:
            if app.profile.is_desa and desa != app.desa_code:
                raise CliError(f"Folder data ini milik desa {app.desa_code}, bukan {desa}.")
            if region(desa) is None:
                raise CliError(f"Kode desa {desa} tidak dikenal (tulis PP.KK.CC.DDDD).")
        return scanning.scan(app, desa_code=desa, min_score=args.min_score), app.profile.is_desa

    result, is_desa = with_app(args, work, errors=())
    if args.json:
        emit_json([p.to_json() for p in result.pairs])
        return ExitCode.OK
    for n, p in enumerate(result.pairs, 1):
        later = "  [nanti]" if p.decision == "later" else ""
        if p.case_id is not None:
            later += f"  [kasus #{p.case_id}]"
        say(f"{n:4}. skor {p.score:.2f}{later}")
        for side in (p.a, p.b):
            where = f"  desa {side.desa_code}" if not is_desa else ""
            say(f"      {side.masked_nik:16}  {side.full_name:30.30}  {side.id}{where}")
        say(f"      alasan: {_reasons_text(p.reasons)}")
    hidden = f"; {result.hidden_not_same} pasangan sudah diputuskan bukan orang yang sama" if result.hidden_not_same else ""
    if result.hidden_kept:
        hidden += f"; {result.hidden_kept} pasangan sudah diputuskan lewat kasus"
    say(f"{len(result.pairs)} pasangan dari {result.scanned} data ({result.seconds:.1f} detik){hidden}.")
    return ExitCode.OK


def _decision_json(d) -> dict:  # noqa: ANN001
    return {
        "id": d.id, "a_id": d.a_id, "b_id": d.b_id, "decision": d.decision, "kept_id": d.kept_id or None,
        "removed_id": d.removed_id or None, "score": d.score, "reasons": d.reasons, "note": d.note,
        "decided_at": d.decided_at.isoformat() if d.decided_at else None, "decided_by": d.decided_by,
        "undone_at": d.undone_at.isoformat() if d.undone_at else None, "undone_by": d.undone_by or None,
    }


_WORDS = {"same": "sama orang", "not_same": "bukan orang yang sama", "later": "nanti"}


def _locked(args: argparse.Namespace, work):  # noqa: ANN001, ANN202
    """A deciding command: ``open_app`` holds the one-writer lock for it (never under a window)."""
    from desktop_app.services.district.common import DistrictError
    from desktop_app.services.duplicates.decisions import DecisionError
    from desktop_app.services.records.editing import RecordError

    return with_app(args, work, errors=(DecisionError, RecordError, DistrictError), code=ExitCode.REJECTED)


def cmd_decide(args: argparse.Namespace) -> int:
    from desktop_app.services.duplicates import decisions

    def work(app):  # noqa: ANN001, ANN202
        if args.keep:
            if args.keep not in (args.a_id, args.b_id):
                raise CliError("--keep harus salah satu dari ID_A atau ID_B.")
            other = args.b_id if args.keep == args.a_id else args.a_id
            return decisions.same_person(app, args.keep, other, note=args.note, operator=args.operator)
        if args.not_same:
            return decisions.not_same_person(app, args.a_id, args.b_id, note=args.note, operator=args.operator)
        return decisions.later(app, args.a_id, args.b_id, note=args.note, operator=args.operator)

    d = _locked(args, work)
    if args.json:
        emit_json(_decision_json(d))
    else:
        extra = f"; data {d.removed_id} ditandai terhapus (duplikat dari {d.kept_id})" if d.removed_id else ""
        say(f"Keputusan #{d.id}: {_WORDS[d.decision]}{extra}.")
    return ExitCode.OK


def cmd_case(args: argparse.Namespace) -> int:
    from desktop_app.services.district import cases

    opened = _locked(args, lambda app: cases.open_duplicate_case(app, args.a_id, args.b_id, note=args.note,
                                                                 operator=args.operator))
    if args.json:
        emit_json(opened.to_dict())
    elif opened.created:
        say(f"Kasus #{opened.case.id} dibuat (data ganda, desa {', '.join(opened.case.desa_codes)}); "
            f"putuskan dengan 'sipera cases decide {opened.case.id}'.")
    else:
        say(f"Pasangan ini sudah punya kasus #{opened.case.id} ({opened.case.status}); tidak ada kasus baru.")
    return ExitCode.OK


def cmd_undo(args: argparse.Namespace) -> int:
    from desktop_app.services.duplicates import decisions

    def work(app):  # noqa: ANN001, ANN202
        if args.decision_id is None:
            return decisions.undo_last(app, operator=args.operator)
        return decisions.undo(app, args.decision_id, operator=args.operator)

    d = _locked(args, work)
    if args.json:
        emit_json(_decision_json(d))
    else:
        back = f"; data {d.removed_id} aktif kembali" if d.removed_id else ""
        say(f"Keputusan #{d.id} ({_WORDS[d.decision]}) dibatalkan{back}.")
    return ExitCode.OK


def cmd_decisions(args: argparse.Namespace) -> int:
    from desktop_app.services.duplicates import decisions

    rows = with_app(args, decisions.decisions, errors=())
    if args.json:
        emit_json([_decision_json(d) for d in rows])
        return ExitCode.OK
    for d in rows:
        undone = "  [dibatalkan]" if d.undone_at else ""
        say(f"#{d.id:<5} {d.decided_at:%d-%m-%Y %H:%M}  {d.decided_by or '-':15.15}  {_WORDS[d.decision]:22}"
            f"  {d.a_id}  {d.b_id}{undone}")
    say(f"{len(rows)} keputusan")
    return ExitCode.OK
