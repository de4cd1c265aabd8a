"""The `uncc` command. Ctrl-C is taken care of before anything else loads: at any moment it ends uncc
with status 130 and no traceback (a pager, while it runs, takes Ctrl-C for itself).

The cycle collector does not run: uncc runs one command and exits, and what it makes is freed by
reference counting (peak memory is the same without the collector, measured on a 10,000-line
`resolve -` and a 1 MB `cite`). Its passes over what typer and the data load make would cost every
command several per cent, and the full pass Python makes at exit as much again: at the end everything
is frozen (`gc.freeze`), which that pass skips.
"""

import gc
import os
import signal


def _interrupted(signum, frame):
    os._exit(130)


def main() -> None:
    gc.disable()
    signal.signal(signal.SIGINT, _interrupted)
    from uncc.cli import main as run

    try:
        run()
    finally:
        gc.freeze()
