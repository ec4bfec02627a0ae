"""`sipera [--data-dir DIR] [--version] [--debug] COMMAND ...`.

Command modules register their subcommands; import a new one and add it to COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import sys
import traceback

from desktop_app import __version__
from desktop_app.cli import district_batches, district_results, maintenance, records, sheets, sync
from desktop_app.cli.base import CliError, ExitCode, refusal_text, warn
from desktop_app.core.errors import Refusal

COMMAND_MODULES = (records, sheets, sync, maintenance, district_results, district_batches)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sipera",
        description="SIPERA - Sistem Pendataan Pekerja Rentan. Tanpa perintah: membuka jendela.",
    )
    parser.add_argument("--version", action="version", version=f"SIPERA {__version__}")
    parser.add_argument("--data-dir", help="folder data (bawaan: SIPERA_DATA_DIR atau folder data pengguna)")
    parser.add_argument("--debug", action="store_true", help="tampilkan traceback bila gagal")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version exit 0, bad usage exits 2
        return int(exc.code or 0)
    if not getattr(args, "command", None):
        args = parser.parse_args([*argv, "gui"])
    from desktop_app.core.progress import Cancelled
    from desktop_app.services.errors import StorageError

    try:
        return int(args.func(args))
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


def _unexpected(exc: BaseException, debug: bool) -> int:
    if debug:
        traceback.print_exception(exc)
    else:
        warn(f"Terjadi kesalahan tak terduga: {type(exc).__name__}: {exc}. Ulangi dengan --debug untuk detail.")
    return int(ExitCode.FAILURE)
