"""The ``factcheck`` command: replay a cached run when nothing changed, else start the CLI.

Kept to the standard library so that a replay costs less than importing the CLI's
libraries (typer, rich, pydantic).
"""

from __future__ import annotations

import sys


def main() -> None:
    argv = sys.argv[1:]
    if argv[:1] == ["run"]:
        from factcheck import cache

        try:
            code = cache.replay(argv)
        except Exception:  # a cache that cannot be read is a miss, never a failure
            code = None
        if code is not None:
            sys.exit(code)
        cache.ARGV = list(argv)  # the run stores itself under this command line
    from factcheck.cli import main as cli_main

    cli_main()
