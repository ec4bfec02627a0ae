"""backup, restore: safety copies of the database."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.base import CliError, ExitCode, add_json_flag, data_dir, emit_json, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="salinan cadangan database (bawaan: <folder data>/backups)")
    p.add_argument("dir", nargs="?", metavar="FOLDER")
    add_json_flag(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="pulihkan database dari berkas cadangan (database sekarang dicadangkan dulu)")
    p.add_argument("file")
    p.add_argument("--other-village", action="store_true",
                   help="pulihkan juga bila cadangan itu milik desa/kabupaten lain (wilayah folder data ikut berganti)")
    add_json_flag(p)
    p.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app import paths
    from desktop_app.services import backups

    folder = data_dir(args)
    db_path = paths.database_path(folder)
    if not db_path.exists():
        raise CliError(f"Folder data {folder} belum punya database; tidak ada yang dicadangkan.")
    target_dir = Path(args.dir) if args.dir else None
    if target_dir is not None and not target_dir.is_dir():
        raise CliError(f"Folder {target_dir} tidak ada.")
    # refuses a corrupt or newer database with a clear message; prunes only <data dir>/backups
    copy = backups.make_backup(folder, target_dir)
    if args.json:
        emit_json({"file": str(copy.path), "size": copy.size})
    else:
        say(f"Cadangan dibuat: {copy.path}")
    return ExitCode.OK


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app import paths
    from desktop_app.cli.base import command_name, lock_wait
    from desktop_app.services import backups
    from desktop_app.services.app import hold_lock

    folder = data_dir(args)
    source = Path(args.file)
    if not source.is_file():
        raise CliError(f"Berkas cadangan {source} tidak ada.")
    folder.mkdir(parents=True, exist_ok=True)
    with hold_lock(folder, wait=lock_wait(args), holder=command_name(args)):  # never under a window or an import
        backups.restore(folder, source, other_village=args.other_village)
    if args.json:
        emit_json({"restored_from": str(source), "database": str(paths.database_path(folder))})
    else:
        say(f"Database dipulihkan dari {source}. Database sebelumnya disimpan di folder backups.")
    return ExitCode.OK
