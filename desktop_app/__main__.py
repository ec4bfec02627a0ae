"""python -m desktop_app: the GUI without arguments, the CLI with them."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop_app.cli.main import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
