"""Fixtures and runners shared by the tests.

How the tests run uncc:

- `run` (fixture) / `uncc_in_process`: in this process, through `uncc.cli.main(argv)`, with stdout and stderr
  captured as text and bytes, the exit status taken from SystemExit, and the environment, argv, standard
  streams and working directory restored after each run. `fresh=True` also sets aside what earlier runs
  loaded (data, open search indexes), as a new process would start. Most tests, fault tests included, use it.
- `uncc_process`: `python -m uncc` in a real process, for what only a process shows: signals, closed or full
  file descriptors, pipes whose reader goes away, terminals and pagers, variables Python reads at start-up
  (PYTHONIOENCODING), imports (`sys.modules`), simultaneous processes, hash seeds.
- `uncc_processes` and HASH_SEEDS: several processes side by side (the determinism tests).
"""

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data" / "source.txt"
YAML = ROOT / "data" / "convention.yaml"
ESCAPE = re.compile(r"\x1b\[")


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests never read or write the user's own cache."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    # Text for people is wrapped to the terminal; the tests read it at 80 columns.
    os.environ["COLUMNS"] = "80"
    yield
    if old is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = old


def _browser():
    """Debian's Chromium and Playwright: in CI (CI=true) a missing one fails the test; elsewhere it is skipped."""
    import shutil

    path = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    missing = [
        what
        for what, have in (("chromium (apt-get install chromium)", path), ("playwright", sync_playwright))
        if not have
    ]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"the browser test needs {' and '.join(missing)}")
        pytest.skip(f"no {' and '.join(missing)}")
    return path, sync_playwright


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the session's browser tests (tests/test_browser.py, tests/test_cite_annotate.py):
    each opens its own page, in a browser context of its own (its own history, storage and viewport), and closes
    it. Started by the first test that asks for it."""
    path, sync_playwright = _browser()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=["--no-sandbox"])
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def tree():
    from uncc.store import load

    return load()


class Result:
    """What a run of uncc gave: its exit status, and stdout and stderr as text (`out`, `err`) and bytes."""

    def __init__(self, status, out, err, outb=None, errb=None):
        self.status, self.out, self.err = status, out, err
        self.outb = out.encode() if outb is None else outb
        self.errb = err.encode() if errb is None else errb

    @property
    def lines(self):
        return self.out.splitlines()


def _text(stream: io.BytesIO, errors: str) -> io.TextIOWrapper:
    """A text stream over `stream` as Python makes sys.stdout/sys.stderr for a pipe: UTF-8, and not a terminal."""
    return io.TextIOWrapper(stream, encoding="utf-8", errors=errors, newline="\n", write_through=True)


def uncc_in_process(*args, env=None, environ=None, cwd=None, stdin=None, fresh=False) -> Result:
    """Run `uncc ARGS` in this process through `uncc.cli.main`, as the console script would run it.

    - stdout and stderr are captured as a process's pipes would be (UTF-8; stderr with backslashreplace), and
      sys.stdin is `stdin` (text or bytes; None leaves sys.stdin as it is, pytest's or a test's own); the exit
      status is SystemExit's, as a process's.
    - `env` adds variables to the environment; `environ` replaces the whole environment (as a subprocess's
      env= does). Either way os.environ, sys.argv, the standard streams and the working directory (`cwd`) are
      restored afterwards, so nothing a run sets (uncc itself sets UNCC_NO_PAGER for --no-pager) leaks.
    - `fresh`: start from nothing loaded, as a new process does: the documents `uncc.store.load` keeps and
      the search indexes `uncc.search` keeps open are set aside for the run (and closed after it), so that the
      run reads the caches on disk. Without it a run reuses what earlier runs loaded (keyed by the data path).
    - An exception other than SystemExit propagates (a process would print a traceback and exit 1).

    Only what needs a real process runs in one (see `uncc_process`): signals, closed or full file descriptors,
    terminals, variables Python reads at start-up (PYTHONIOENCODING), imports, simultaneous processes.
    """
    from uncc import search, store
    from uncc.cli import main

    saved_env = dict(os.environ)
    saved = sys.argv, sys.stdin, sys.stdout, sys.stderr
    saved_cwd = os.getcwd()
    saved_state = store._DOCUMENTS, search._CONNECTIONS
    out, err = io.BytesIO(), io.BytesIO()
    try:
        if environ is not None:
            os.environ.clear()
            os.environ.update(environ)
        os.environ.update(env or {})
        if stdin is not None:
            given = stdin.encode() if isinstance(stdin, str) else stdin
            sys.stdin = io.TextIOWrapper(io.BytesIO(given), encoding="utf-8")
        # Kept here as well: a TextIOWrapper closes its buffer when it is dropped.
        streams = sys.stdout, sys.stderr = _text(out, "strict"), _text(err, "backslashreplace")
        sys.argv = ["uncc", *args]
        if fresh:
            store._DOCUMENTS, search._CONNECTIONS = {}, {}
        if cwd is not None:
            os.chdir(cwd)
        try:
            main(list(args))
            status = 0
        except SystemExit as e:
            if e.code is None or isinstance(e.code, int):
                status = e.code or 0
            else:  # as Python does at exit: the message on stderr, status 1
                print(e.code, file=sys.stderr)
                status = 1
        for stream in streams:
            stream.flush()
    finally:
        if fresh:
            for con in search._CONNECTIONS.values():
                con.close()
            store._DOCUMENTS, search._CONNECTIONS = saved_state
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
        os.chdir(saved_cwd)
        for key in set(os.environ) - set(saved_env):
            del os.environ[key]
        for key, value in saved_env.items():
            if os.environ.get(key) != value:
                os.environ[key] = value
    outb, errb = out.getvalue(), err.getvalue()
    return Result(status, outb.decode("utf-8"), errb.decode("utf-8"), outb, errb)


def uncc_process(*args, env=None, cwd=None, stdin=None, timeout=60, **kwargs) -> Result:
    """Run `python -m uncc ARGS` in a new process, for what only a process shows; `env` replaces the environment
    (None: this one). stdout and stderr as bytes (`outb`, `errb`) and as text with universal newlines."""
    r = subprocess.run(
        [sys.executable, "-m", "uncc", *args],
        env=env,
        cwd=cwd,
        input=stdin.encode() if isinstance(stdin, str) else stdin,
        capture_output=True,
        timeout=timeout,
        **kwargs,
    )

    def text(raw: bytes) -> str:  # as subprocess's text=True reads it
        return raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")

    return Result(r.returncode, text(r.stdout), text(r.stderr), r.stdout, r.stderr)


@pytest.fixture
def run():
    """Run the CLI in-process as a user would: argv in, a Result (status, out, err, lines, outb, errb) out.

    `run(*args, env=None, environ=None, cwd=None, stdin=None, fresh=False)`: see `uncc_in_process`. Tests that
    need a real process (signals, pipes, terminals, start-up) use `uncc_process` or subprocess themselves.
    """
    return uncc_in_process


# Hash seeds for determinism tests: an order that depends on the seed (iterating over a set of strings) differs
# between processes, never between two runs in one, so each seed is its own process.
HASH_SEEDS = ("0", "1", "12345")


def uncc_processes(runs, jobs=None) -> list[Result]:
    """Run `python -m uncc ARGS` for each (ARGS, extra environment) of `runs`, a few processes at a time; their
    Results in the same order."""
    from concurrent.futures import ThreadPoolExecutor

    def one(given):
        args, extra = given
        return uncc_process(*args, env={**os.environ, **extra}, timeout=300)

    with ThreadPoolExecutor(jobs or (os.cpu_count() or 1) + 1) as pool:
        return list(pool.map(one, runs))
