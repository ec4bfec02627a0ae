"""python -m desktop_app: the GUI without arguments, the CLI with them."""

from __future__ import annotations

import sys


def main() -> int:
    _ensure_streams()
    from desktop_app.cli.main import main as cli_main

    return cli_main(sys.argv[1:])


def _ensure_streams() -> None:
    """The windowed Windows executable has no console: sys.stdout/stderr are None there, and any
    message (argparse, an error) would crash it. Send them nowhere instead."""
    import os

    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen worker process (district merge) starts here
    sys.exit(main())
