"""`sipera [--data-dir DIR] [--version] [--debug] COMMAND ...`.

Command modules register their subcommands; add a module to COMMAND_MODULES to extend the CLI.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback

from desktop_app import __version__
from desktop_app.cli.base import CliError, ExitCode, warn

COMMAND_MODULES = (
    "desktop_app.cli.records",
    "desktop_app.cli.sheets",
    "desktop_app.cli.sync",
    "desktop_app.cli.maintenance",
    "desktop_app.cli.district",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sipera",
        description="SIPERA - Sistem Pendataan Pekerja Rentan. Tanpa perintah: membuka jendela.",
    )
    parser.add_argument("--version", action="version", version=f"SIPERA {__version__}")
    parser.add_argument("--data-dir", help="folder data (bawaan: SIPERA_DATA_DIR atau folder data pengguna)")
    parser.add_argument("--debug", action="store_true", help="tampilkan traceback bila gagal")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # that command group is not part of this build yet
            raise
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
        warn(f"Gagal: {exc}")
        return int(ExitCode.USAGE)
    except OSError as exc:
        from desktop_app.services.errors import classify

        mapped = classify(exc, getattr(exc, "filename", "") or "")
        if isinstance(mapped, StorageError):
            warn(f"Gagal: {mapped}")
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
