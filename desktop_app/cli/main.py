"""`sipera [--data-dir DIR] [--version] [--debug] COMMAND ...`.

Command modules register their subcommands; import a new one and add it to COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback

from desktop_app import __version__
from desktop_app.cli import (
    district,
    district_batches,
    district_results,
    duplicates,
    maintenance,
    records,
    sheets,
    sync,
)
from desktop_app.cli.argparse_id import indonesian
from desktop_app.cli.base import CliError, ExitCode, refusal_text, warn
from desktop_app.core.errors import Refusal

COMMAND_MODULES = (records, sheets, sync, maintenance, duplicates, district, district_results, district_batches)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sipera",
        description="SIPERA - Sistem Pendataan Pekerja Rentan. Tanpa perintah: membuka jendela.",
    )
    parser.add_argument("--version", action="version", version=f"SIPERA {__version__}",
                        help="tampilkan versi SIPERA lalu keluar")
    parser.add_argument("--data-dir", help="folder data (bawaan: SIPERA_DATA_DIR atau folder data pengguna)")
    parser.add_argument("--debug", action="store_true", help="tampilkan traceback bila gagal")
    parser.add_argument("--wait", type=float, metavar="DETIK",
                        help="perintah yang mengubah data menunggu selama ini bila folder data sedang dipakai "
                             "jendela atau perintah lain (bawaan: 10)")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    with indonesian():  # argparse's usage line, headings and errors in Bahasa Indonesia
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
            if not getattr(args, "command", None):
                args = parser.parse_args([*argv, "gui"])
        except SystemExit as exc:  # argparse: --help/--version exit 0, bad usage exits 2
            return int(exc.code or 0)
    from desktop_app.core.progress import Cancelled
    from desktop_app.services.errors import StorageError

    private_files()
    if args.debug:
        import os

        from desktop_app.core.errors import DEBUG_ENV

        os.environ[DEBUG_ENV] = "1"  # the window started from here reports in full too
    try:
        return int(_run(args))
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except CliError as exc:
        warn(f"Gagal: {exc}")
        return int(exc.code)
    except StorageError as exc:
        warn(f"Gagal: {refusal_text(exc)}")
        return int(ExitCode.USAGE)
    except Refusal as exc:  # a service refusal a command did not handle itself
        warn(f"Gagal: {refusal_text(exc)}")
        return int(ExitCode.REJECTED)
    except OSError as exc:
        from desktop_app.services.errors import classify

        mapped = classify(exc, getattr(exc, "filename", "") or "")
        if isinstance(mapped, StorageError):
            warn(f"Gagal: {refusal_text(mapped)}")
            return int(ExitCode.USAGE)
        return _unexpected(exc, args.debug)
    except Cancelled:
        warn("Dibatalkan.")
        return int(ExitCode.CANCELLED)
    except KeyboardInterrupt:
        warn("Dibatalkan.")
        return int(ExitCode.CANCELLED)
    except Exception as exc:  # noqa: BLE001 - last resort: a message, traceback only with --debug
        return _unexpected(exc, args.debug)


def _run(args: argparse.Namespace) -> int:
    """Run the command; a writing one holds the data folder's one-writer lock for its whole run
    (waiting up to --wait seconds for a window or another command, then saying who holds it)."""
    from desktop_app.cli.base import command_name, data_dir, lock_wait, writes

    folder = data_dir(args)
    if not writes(args) or not folder.is_dir():  # no folder yet: init/demo make it, the rest refuse
        return int(args.func(args))
    from desktop_app.services.app import hold_lock

    with hold_lock(folder, wait=lock_wait(args), holder=command_name(args)):
        return int(args.func(args))


def private_files() -> None:
    """Files and folders this process makes are the user's alone (0600/0700 on POSIX)."""
    import os

    if os.name == "posix":
        os.umask(0o077)


def _quiet_broken_pipe() -> int:
    """Output piped into `head` that closed early: stop quietly, like other command-line tools."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141  # what a shell reports for a writer stopped by SIGPIPE


def _unexpected(exc: BaseException, debug: bool) -> int:
    """A bug: its type and where, never its text (it may hold NIKs, names, phone numbers);
    the whole traceback with --debug."""
    if debug:
        traceback.print_exception(exc)
    else:
        from desktop_app.core.errors import report_text

        if os.environ.get("SIPERA_TRACEBACK"):  # a support person may ask for the redacted traceback
            sys.stderr.write(report_text(exc, debug=False))
        place = ""
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        if tb is not None:
            place = f" di {os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno}"
        warn(f"Terjadi kesalahan tak terduga ({type(exc).__name__}{place}). Ulangi dengan --debug untuk detail.")
    return int(ExitCode.FAILURE)
