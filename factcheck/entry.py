"""The ``factcheck`` command: replay a cached run when nothing changed, else start the CLI.

Kept to the standard library so that a replay costs less than importing the CLI's
libraries (typer, rich, pydantic).
"""

from __future__ import annotations

import gc
import sys


def main() -> None:
    argv = sys.argv[1:]
    from factcheck.core.patterns import seed

    seed()  # the regular expressions of the package, compiled when it was built
    if argv[:1] == ["run"]:
        from factcheck.app import cache

        try:
            code = cache.replay(argv)
        except Exception:  # a cache that cannot be read is a miss, never a failure
            code = None
        if code is not None:
            sys.exit(code)
        cache.ARGV = list(argv)  # the run stores itself under this command line
    # Importing allocates hundreds of thousands of long-lived objects (modules, classes,
    # compiled patterns) that the collector would walk again and again; they are moved
    # out of its sight once imported, and out of the final collection at exit.
    from factcheck.core.collector import collector_paused, freeze_when_resumed

    freeze_when_resumed()  # this process exits after its run: no collector walks of it
    with collector_paused():
        from factcheck.core.startup import skip_pydantic_plugin_scan

        skip_pydantic_plugin_scan()
        from factcheck.app.cli import main as cli_main

        gc.freeze()
    try:
        cli_main()
    finally:
        gc.freeze()
