import os
import re
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


@pytest.fixture(scope="session")
def tree():
    from uncc.store import load

    return load()


class Result:
    def __init__(self, status, out, err):
        self.status, self.out, self.err = status, out, err

    @property
    def lines(self):
        return self.out.splitlines()


@pytest.fixture
def run(capsys, monkeypatch):
    """Run the CLI in-process as a user would: argv in, (status, stdout, stderr) out."""
    from uncc.cli import main

    def invoke(*args, env=None):
        for key, value in (env or {}).items():
            monkeypatch.setenv(key, value)
        monkeypatch.setattr(sys, "argv", ["uncc", *args])
        try:
            main(list(args))
            status = 0
        except SystemExit as e:
            status = e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
        captured = capsys.readouterr()
        return Result(status, captured.out, captured.err)

    return invoke
