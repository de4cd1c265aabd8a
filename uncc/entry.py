"""The `uncc` command. Ctrl-C is taken care of before anything else loads: at any moment it ends uncc
with status 130 and no traceback (a pager, while it runs, takes Ctrl-C for itself)."""

import os
import signal


def _interrupted(signum, frame):
    os._exit(130)


def main() -> None:
    signal.signal(signal.SIGINT, _interrupted)
    from uncc.cli import main as run

    run()
