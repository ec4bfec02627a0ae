"""Shared CLI pieces: exit codes, output, errors, opening the app."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import Any, TypeVar

from desktop_app import paths

T = TypeVar("T")


class ExitCode(IntEnum):
    OK = 0
    REJECTED = 1  # done, but something was rejected or invalid
    USAGE = 2  # bad usage or unreadable input
    FAILURE = 3  # unexpected failure
    CANCELLED = 130


class CliError(Exception):
    """A clear message for the user with an exit code (default: bad usage / unreadable input)."""

    def __init__(self, message: str, code: ExitCode = ExitCode.USAGE) -> None:
        super().__init__(message)
        self.code = code


def data_dir(args: argparse.Namespace) -> Path:
    return paths.data_dir(getattr(args, "data_dir", None))


def writes(args: argparse.Namespace) -> bool:
    """False for the commands that only read (list, inspect, export-excel...): they take no lock."""
    return not getattr(args, "reads_only", False)


def command_name(args: argparse.Namespace) -> str:
    """'import', 'package export': what another process is told holds the data folder."""
    return " ".join(str(part) for part in (getattr(args, "command", ""), getattr(args, "action", "")) if part)


def lock_wait(args: argparse.Namespace) -> float:
    wait = getattr(args, "wait", None)
    return DEFAULT_WAIT_S if wait is None else max(0.0, float(wait))


DEFAULT_WAIT_S = 10.0


def open_app(args: argparse.Namespace):  # noqa: ANN201
    """The App for a command: a writing command holds the one-writer lock (waiting up to --wait
    seconds for another writer), a reading one takes none."""
    from desktop_app.services.app import open_app as _open

    write = writes(args)
    return _open(data_dir(args), operator=getattr(args, "operator", None), write=write, backup=write,
                 wait=lock_wait(args), holder=command_name(args))


def with_app(args: argparse.Namespace, work: Callable[[Any], T], *,
             errors: type[Exception] | tuple[type[Exception], ...] | None = None,
             code: ExitCode = ExitCode.USAGE,
             refused: Callable[[Exception], CliError] | None = None) -> T:
    """Open the data folder, run ``work(app)`` on it, close the folder; what ``work`` returns.

    A refusal of type ``errors`` (every ``ServiceError`` when not given) becomes the command's
    message: ``refused(exc)`` when given, else its text with exit ``code`` (default 2).
    ``errors=()`` catches nothing: a refusal then reaches ``main``, which says it (exit 1)."""
    if errors is None:
        from desktop_app.services.errors import ServiceError

        errors = ServiceError
    app = open_app(args)
    try:
        return work(app)
    except errors as exc:
        raise (refused(exc) if refused is not None else CliError(refusal_text(exc), code)) from exc
    finally:
        app.close()


def emit_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2, default=str))
    sys.stdout.write("\n")


def say(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def warn(text: str) -> None:
    sys.stderr.write(text + "\n")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="cetak satu dokumen JSON di stdout")


def refusal_text(exc: BaseException) -> str:
    """The command line's one place that turns a refusal (storage, sync, any service) into text:
    its Indonesian message, without a machine code prefix or technical detail."""
    from desktop_app.core.errors import Refusal

    if isinstance(exc, Refusal):
        return str(exc.user_message())
    return str(exc)


def sentences(messages: list[str]) -> str:
    """Messages as sentences in one line: 'A. B.' (a '; ' between them gave 'A.; B.')."""
    out = []
    for text in (" ".join(str(m).split()) for m in messages):
        if text:
            out.append(text if text[-1] in ".!?" else text + ".")
    return " ".join(out)
