"""The fault suite: what uncc reads, writes and meets can be broken or hostile, and uncc still does no harm.

Each family is a table of runs of uncc. A run is in this process (`uncc`, through conftest's
`uncc_in_process`, fresh: nothing loaded, its own whole environment) unless the fault lives at the level of
a process: then it is a real process (`python -m uncc`, `uncc_process` or subprocess): closed and full file
descriptors, pipes whose reader goes away, signals, terminals and pagers, variables Python reads at start-up
(PYTHONIOENCODING), and other processes holding a lock or sharing the cache at the same time.

- cache faults: truncated, random bytes, a wrong format, a foreign digest, a directory, a symlink, a pickle
- environment faults: no usable cache directory, a relative XDG_CACHE_HOME, odd COLUMNS, pagers that fail,
  output encodings that cannot hold the text
- output faults: closed stdout, a full disk, a closed pipe for every command
- signals: Ctrl-C at any moment
- damaged sources for `uncc build`, and where it may write
- concurrency: simultaneous first runs, simultaneous builds
- hostile data files: deep nesting, duplicate keys, wrong types, control characters, FIFOs and devices
"""

from __future__ import annotations

import json
import marshal
import os
import pickle
import re
import shutil
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from conftest import ROOT, SOURCE, YAML, uncc_in_process, uncc_process

from uncc.store import FORMAT

E = "uncc: error: "
ARTICLE_41 = "Article 41  24/7 network"


def uncc(*args, env=None, cwd=None, stdin=None):
    """Run `uncc ARGS` as a new process would, in this one: the environment `env` (the whole of it; None:
    this one), nothing loaded before (the caches are read from disk); (status, stdout, stderr) as text."""
    r = uncc_in_process(*args, environ=env, cwd=cwd, stdin=stdin, fresh=True)
    return r.status, r.out, r.err


def process(*args, env=None, **kwargs):
    """Run `python -m uncc ARGS` in a real process; (status, stdout, stderr) as text."""
    r = uncc_process(*args, env=env, **kwargs)
    return r.status, r.out, r.err


@pytest.fixture
def env(tmp_path):
    """An environment with its own empty cache directory, at 80 columns."""
    return {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "COLUMNS": "80", "PYTHONPATH": str(ROOT)}


def cache_dir(env) -> Path:
    return Path(env["XDG_CACHE_HOME"]) / "uncc"


def cached(env, prefix: str) -> Path:
    """The one cache file whose name starts with `prefix` ("tree-": the data, "search-": the search index)."""
    (path,) = [p for p in cache_dir(env).iterdir() if p.name.startswith(prefix)]
    return path


def tree_cache(env) -> Path:
    return cached(env, "tree-")


def index(env) -> Path:
    return cached(env, "search-")


def one_line_error(err: str) -> bool:
    return err.startswith(E) and err.count("\n") == 1 and "Traceback" not in err


def no_leftovers(env) -> bool:
    return not [p for p in cache_dir(env).iterdir() if p.name.endswith(".tmp")]


def make_caches(env) -> str:
    """Make the caches as a first run does; what `show 41` prints."""
    status, shown, _ = uncc("show", "41", env=env)
    assert status == 0 and shown.startswith(ARTICLE_41)
    assert uncc("search", "dual criminality", "--count", env=env)[1] == "4\n"
    return shown


@pytest.fixture(scope="module")
def made_caches(tmp_path_factory) -> Path:
    """The caches uncc makes for the data (the data cache and the search index), made once for the module:
    making them costs a YAML parse and an index build, and most tests here only need them there to damage."""
    home = tmp_path_factory.mktemp("made")
    make_caches({**os.environ, "XDG_CACHE_HOME": str(home), "COLUMNS": "80"})
    return home / "uncc"


@pytest.fixture
def warm(made_caches):
    def warm(env) -> str:
        """The caches a first run makes, in the cache directory of `env` (copies of `made_caches`); what
        `show 41` prints, and `search` counts, from them."""
        cache_dir(env).mkdir(parents=True, mode=0o700, exist_ok=True)
        for made in made_caches.iterdir():
            if made.name.startswith(("tree-", "search-")):
                shutil.copy2(made, cache_dir(env) / made.name)
        status, shown, _ = uncc("show", "41", env=env)
        assert status == 0 and shown.startswith(ARTICLE_41)
        assert uncc("search", "dual criminality", "--count", env=env)[1] == "4\n"
        assert {p.name for p in cache_dir(env).iterdir()} == {p.name for p in made_caches.iterdir()} - {"search.lock"}
        return shown

    return warm


def side_by_side(function, runs):
    """function(*run) for each of `runs`, a few at a time in threads (each starts processes of its own and mostly
    waits for them): in the same order, each a result or the exception it raised (see `settled`)."""
    from concurrent.futures import ThreadPoolExecutor

    def one(run):
        try:
            return function(*run)
        except Exception as e:
            return e

    with ThreadPoolExecutor((os.cpu_count() or 1) + 1) as pool:
        return list(pool.map(one, runs))


def settled(result):
    """A result of `side_by_side`, or the exception that it is raised again."""
    if isinstance(result, Exception):
        raise result
    return result


class Payload:
    """A pickle that, if anything ever loaded it, would create a file."""

    def __init__(self, marker: Path):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


# --- cache faults ------------------------------------------------------------------------------

CACHE_FAULTS = {
    "truncated": lambda path, tmp: path.write_bytes(path.read_bytes()[: path.stat().st_size // 2]),
    "random bytes": lambda path, tmp: path.write_bytes(os.urandom(4096)),
    "empty": lambda path, tmp: path.write_bytes(b""),
    "a directory": lambda path, tmp: (path.unlink(), path.mkdir()),
    "a planted pickle": lambda path, tmp: path.write_bytes(pickle.dumps(Payload(tmp / "owned"))),
    "a symlink to another file": lambda path, tmp: (path.unlink(), path.symlink_to(tmp / "victim")),
    "a symlink to a FIFO": lambda path, tmp: (path.unlink(), os.mkfifo(tmp / "fifo"), path.symlink_to(tmp / "fifo")),
}


@pytest.mark.parametrize("fault", CACHE_FAULTS)
@pytest.mark.parametrize("which", ["data cache", "search index"])
def test_a_damaged_or_planted_cache_is_harmless_and_rebuilt(env, warm, tmp_path, fault, which):
    shown = warm(env)
    victim = tmp_path / "victim"
    victim.write_text("precious")
    path = tree_cache(env) if which == "data cache" else index(env)
    CACHE_FAULTS[fault](path, tmp_path)
    for _ in range(2):  # rebuilt on the first run, used on the second
        # The did-you-mean path first: it too must meet the damage and rebuild, not fail.
        assert uncc("search", "criminalty", env=env) == (
            1,
            "",
            "uncc: no unit matches 'criminalty'; did you mean: uncc search criminality\n",
        )
        assert uncc("show", "article 41", env=env) == (0, shown, "")
        assert uncc("search", "dual criminality", "--count", env=env) == (0, "4\n", "")
    assert not (tmp_path / "owned").exists()
    assert victim.read_text() == "precious"
    if fault != "a directory":
        assert path.is_file() and not path.is_symlink()
    assert no_leftovers(env)


def test_an_index_damaged_in_part_is_rebuilt_not_blamed_on_the_query(env, warm):
    warm(env)
    with open(index(env), "r+b") as f:  # one page of zeros in the middle of the file
        f.seek(4096 * 6)
        f.write(bytes(4096))
    for _ in range(2):
        status, out, err = uncc("search", "personal data", "--count", env=env)
        assert (status, err) == (0, "") and int(out) > 0


def test_a_planted_index_cannot_put_escape_codes_on_the_terminal(env, warm):
    import sqlite3

    warm(env)
    con = sqlite3.connect(index(env))
    with con:
        con.execute("UPDATE units SET body = body || ' zzpwn \x1b[2J' WHERE id = '41.1'")
    con.close()
    status, out, err = uncc("search", "zzpwn", env=env)
    assert status in (0, 1) and "\x1b" not in out + err


def test_a_lock_held_by_a_stopped_process_is_given_up_on(env, monkeypatch):
    from uncc import cache

    # Not the five seconds a user waits: the wait is the same code, read from cache.WAIT when the lock is taken.
    monkeypatch.setattr(cache, "WAIT", 0.3)
    cache_dir(env).mkdir(parents=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT);"
         " fcntl.flock(fd, fcntl.LOCK_EX); print(flush=True); time.sleep(60)", str(cache_dir(env) / "search.lock")],
        stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        holder.stdout.readline()
        start = time.monotonic()
        assert uncc("search", "dual criminality", "--count", env=env) == (0, "4\n", "")
        assert time.monotonic() - start >= 0.3  # it waited for the lock, then gave up on it
    finally:
        holder.kill()


@pytest.mark.parametrize("how", ["a link to another directory", "writable by others"])
def test_a_cache_directory_that_is_not_the_users_own_is_not_used(env, tmp_path, how):
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "tree-notes.txt").write_text("mine")
    stale = victim / "old.tmp"
    stale.write_text("mine")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    Path(env["XDG_CACHE_HOME"]).mkdir()
    if how == "a link to another directory":
        cache_dir(env).symlink_to(victim)
    else:
        cache_dir(env).mkdir()
        cache_dir(env).chmod(0o777)
        victim = cache_dir(env)
        (victim / "tree-notes.txt").write_text("mine")
    assert uncc("show", "41", env=env)[0] == 0
    assert sorted(p.name for p in victim.iterdir()) == (
        ["old.tmp", "tree-notes.txt"] if how == "a link to another directory" else ["tree-notes.txt"]
    )


def test_a_cache_of_the_wrong_format_is_rebuilt(env, warm):
    shown = warm(env)
    tree_cache(env).write_bytes(marshal.dumps({"format": 1}))
    index(env).write_bytes(b"SQLite format 3\x00" + bytes(4080))
    assert uncc("show", "41", env=env) == (0, shown, "")
    assert uncc("search", "dual criminality", "--count", env=env) == (0, "4\n", "")
    assert tree_cache(env).read_bytes() != marshal.dumps({"format": 1})


def _same_crc(data: bytes, target: bytes) -> bytes:
    """`data` and a comment that give it the length and CRC-32 of `target` (the old cache key)."""
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    reverse = {t >> 24: (t << 8 ^ i) & 0xFFFFFFFF for i, t in enumerate(table)}
    wanted = zlib.crc32(target)
    for seed in range(100_000):
        head = data + f"# {seed}".encode()
        pad = len(target) - len(head) - 5
        head += b"x" * pad
        crc = zlib.crc32(head) ^ 0xFFFFFFFF  # the register of the table's CRC-32 after `head`, at zlib's speed
        back = wanted ^ 0xFFFFFFFF
        for byte in b"\n"[::-1]:
            back = ((back << 8) & 0xFFFFFFFF) ^ reverse[back >> 24] ^ byte
        for byte in crc.to_bytes(4, "little")[::-1]:
            back = ((back << 8) & 0xFFFFFFFF) ^ reverse[back >> 24] ^ byte
        patch = back.to_bytes(4, "little")
        if all(0x21 <= b < 0x7F for b in patch):
            forged = head + patch + b"\n"
            assert zlib.crc32(forged) == wanted and len(forged) == len(target)
            return forged
    raise AssertionError("no printable patch found")


def test_a_forged_digest_cannot_make_one_file_answer_for_another(env, tmp_path):
    """Two data files with the same length and CRC-32 (what the cache key once was) get their own caches."""
    real = YAML.read_bytes() + b"# " + b"y" * 40 + b"\n"
    edited = YAML.read_bytes().replace(b"title: 24/7 network", b"title: 24/7 netw0rk")
    forged = _same_crc(edited, real)
    for name, content in (("real", real), ("forged", forged)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "convention.yaml").write_bytes(content)
    assert uncc("show", "41", env={**env, "UNCC_DATA_DIR": str(tmp_path / "forged")})[1].startswith(
        "Article 41  24/7 netw0rk"
    )
    assert uncc("show", "41", env={**env, "UNCC_DATA_DIR": str(tmp_path / "real")})[1].startswith(ARTICLE_41)
    assert uncc("search", "netw0rk", "--count", env={**env, "UNCC_DATA_DIR": str(tmp_path / "forged")})[1] == "1\n"
    assert uncc("search", "netw0rk", "--count", env={**env, "UNCC_DATA_DIR": str(tmp_path / "real")})[:2] == (1, "0\n")


def test_a_search_index_made_for_other_data_is_not_used(env, warm, tmp_path):
    warm(env)
    foreign = index(env).read_bytes()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "convention.yaml").write_bytes(YAML.read_bytes().replace(b"Hanoi", b"Xyzzyq", 1))
    edited = {**env, "UNCC_DATA_DIR": str(tmp_path / "data")}
    assert uncc("search", "Xyzzyq", "--count", env=edited)[1] == "1\n"
    # The edited data's index replaced by the original data's: it must not be believed.
    (path,) = [p for p in cache_dir(env).glob("search-*") if p.read_bytes() != foreign]
    path.write_bytes(foreign)
    assert uncc("search", "Xyzzyq", "--count", env=edited)[1] == "1\n"


# The editions are kept as well (uncc/editions/__init__.py, `cached`): made once for the same data and code.


@pytest.fixture(scope="module")
def html_edition():
    """The HTML edition as the library makes it, every time."""
    from uncc.editions import export
    from uncc.store import load

    return export(load(), "html")


def exported(env, fmt="html") -> str:
    status, out, err = uncc("export", fmt, env=env)
    assert (status, err) == (0, "")
    return out


EDITION_FAULTS = {
    **CACHE_FAULTS,
    "its text changed, its digest kept": lambda path, tmp: path.write_bytes(
        path.read_bytes().replace(b"24/7 network", b"24/7 netw0rk")
    ),
}


@pytest.mark.parametrize("fault", EDITION_FAULTS)
def test_a_damaged_or_planted_edition_is_harmless_and_made_again(env, warm, tmp_path, fault, html_edition):
    warm(env)
    assert exported(env) == html_edition
    victim = tmp_path / "victim"
    victim.write_text("precious")
    path = cached(env, "edition-html-")
    EDITION_FAULTS[fault](path, tmp_path)
    for _ in range(2):  # made again on the first run, used on the second
        assert exported(env) == html_edition
    assert not (tmp_path / "owned").exists()
    assert victim.read_text() == "precious"
    if fault != "a directory":
        assert path.is_file() and not path.is_symlink()
    assert no_leftovers(env)


def test_an_edition_is_made_once_for_the_same_data_and_code(env, warm, tmp_path, monkeypatch, html_edition):
    from uncc import editions
    from uncc.store import load

    warm(env)
    made = []

    def export(doc, fmt):
        made.append(fmt)
        return real(doc, fmt)

    real = editions.export
    monkeypatch.setattr(editions, "export", export)
    assert exported(env) == exported(env) == html_edition
    assert exported(env, "markdown") == exported(env, "markdown") == real(load(), "markdown")
    assert made == ["html", "markdown"]
    # Other data: its own edition.
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "convention.yaml").write_bytes(YAML.read_bytes().replace(b"Hanoi", b"Xyzzyq", 1))
    assert "Xyzzyq" in exported({**env, "UNCC_DATA_DIR": str(tmp_path / "data")}) and made[-1:] == ["html"]
    assert exported(env) == html_edition and len(made) == 4  # the older version of the edition was removed
    # Other code: made again.
    monkeypatch.setattr(editions, "_code", lambda root: b"another uncc")
    assert exported(env) == html_edition and len(made) == 5
    assert exported(env) == html_edition and len(made) == 5
    assert len(list(cache_dir(env).glob("edition-html-*"))) == 1


def test_the_code_an_edition_is_made_by_changes_with_any_module(tmp_path):
    from uncc.editions import _code

    copy = tmp_path / "uncc"
    shutil.copytree(ROOT / "uncc", copy, ignore=shutil.ignore_patterns("__pycache__"))
    first = _code(str(copy))
    assert _code(str(copy)) == first
    modules = sorted(copy.rglob("*.py"))
    assert len(modules) > 40
    for module in (modules[0], copy / "editions" / "html.py", modules[-1]):
        info = module.stat()
        os.utime(module, ns=(info.st_atime_ns, info.st_mtime_ns + 10**9))
        assert _code(str(copy)) != first
        os.utime(module, ns=(info.st_atime_ns, info.st_mtime_ns))
        assert _code(str(copy)) == first
    (copy / "editions" / "html.py").write_text((copy / "editions" / "html.py").read_text() + "\n")
    assert _code(str(copy)) != first
    (copy / "new.py").write_text("")
    assert _code(str(copy)) != first


def test_old_versions_and_killed_writes_are_pruned(env):
    cache_dir(env).mkdir(parents=True)
    old = [cache_dir(env) / "tree-1a2b-00c0ffee-py311.marshal", cache_dir(env) / "search-1-deadbeef.sqlite3"]
    stale = cache_dir(env) / ".tree-x.marshal.k2j3h4.tmp"
    for path in [*old, stale]:
        path.write_bytes(b"old")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    make_caches(env)  # made here: making them is what prunes
    names = sorted(p.name for p in cache_dir(env).iterdir() if not p.name.endswith(".lock"))
    assert names == sorted([tree_cache(env).name, index(env).name])


# --- environment faults ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "where",
    ["a file in the way", "under /proc", "HOME nowhere", "HOME empty"],
)
def test_no_usable_cache_directory_means_no_cache_not_an_error(env, tmp_path, where):
    env = dict(env)
    del env["XDG_CACHE_HOME"]
    if where == "a file in the way":
        (tmp_path / "file").write_text("")
        env["XDG_CACHE_HOME"] = str(tmp_path / "file")
    elif where == "under /proc":
        env["XDG_CACHE_HOME"] = "/proc/no-such-place"
    elif where == "HOME nowhere":
        env["HOME"] = "/proc/no-such-home"
    else:
        env["HOME"] = ""
    for args in (["show", "article 41"], ["resolve", "Art. 40(21)(b)"], ["search", "dual criminality", "--count"]):
        status, out, err = uncc(*args, env=env)
        assert (status, err) == (0, ""), (args, err)
        assert out


def test_a_relative_xdg_cache_home_is_ignored(env, warm, tmp_path):
    """A repository holding .cache/uncc/... cannot plant caches: the XDG specification says to ignore it."""
    warm(env)
    name = tree_cache(env).name
    planted = tmp_path / "repo" / ".cache" / "uncc"
    planted.mkdir(parents=True)
    plant = pickle.dumps(Payload(tmp_path / "owned"))
    (planted / name).write_bytes(plant)
    (tmp_path / "home").mkdir()
    relative = {**env, "XDG_CACHE_HOME": ".cache", "HOME": str(tmp_path / "home")}
    assert uncc("show", "41", env=relative, cwd=tmp_path / "repo")[0] == 0
    assert not (tmp_path / "owned").exists()
    # Neither read nor written: the cache is in $HOME/.cache instead.
    assert [(p.name, p.read_bytes()) for p in planted.iterdir()] == [(name, plant)]
    assert [p.name for p in (tmp_path / "home" / ".cache" / "uncc").glob("tree-*")] == [name]


@pytest.mark.parametrize("columns", ["0", "-5", "wide", "3", "99999999999"])
def test_columns_no_terminal_has_fall_back_to_a_sane_width(env, columns):
    status, out, err = uncc("show", "41", env={**env, "COLUMNS": columns, "LINES": columns})
    assert (status, err) == (0, "")
    assert out.startswith(ARTICLE_41) and max(map(len, out.splitlines())) <= 200


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_an_output_encoding_that_cannot_hold_the_text(env, encoding):
    env = {**env, "PYTHONIOENCODING": encoding}  # read when Python starts: real processes
    # Text: one clear line, exit 2.
    status, out, err = process("show", "41", env=env)
    assert status == 2 and one_line_error(err)
    assert "the output's encoding (" in err and "PYTHONIOENCODING=utf-8" in err
    # JSON: the same objects, written with \u escapes.
    status, out, err = process("show", "41", "--json", env=env)
    assert (status, err) == (0, "")
    assert json.loads(out) == json.loads(uncc("show", "41", "--json")[1])
    assert out.isascii()


def on_terminal(args, env, timeout=30):
    """Run uncc with a pseudo-terminal as stdout: (status, what the terminal showed, stderr)."""
    import pty
    import select

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "uncc", *args], stdin=slave, stdout=slave, stderr=subprocess.PIPE, env=env
    )
    os.close(slave)
    shown = b""
    deadline = time.time() + timeout
    while time.time() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
        elif proc.poll() is not None:
            break
    proc.wait(timeout)
    os.close(master)
    return proc.returncode, shown.decode("utf-8", "replace"), proc.stderr.read().decode()


@pytest.mark.parametrize(
    "pager, status, shown",
    [
        ("false", 0, "Article 40  General principles"),  # exits at once: printed without it
        ("/no/such/pager", 0, "Article 40  General principles"),  # cannot start: printed without it
        ('echo "LESS=$LESS"; cat', 0, "LESS=FRX"),  # less shows colour and does not wait on short output
        ("kill -INT $$", 130, ""),  # the pager killed by Ctrl-C
    ],
)
def test_pagers_that_fail(env, pager, status, shown):
    env = {**env, "PAGER": pager, "LINES": "20", "TERM": "xterm"}
    env.pop("LESS", None)
    code, out, err = on_terminal(["show", "40"], env)
    out = re.sub(r"\x1b\[[0-9;]*m", "", out).replace("\r\n", "\n")
    assert code == status, err
    assert shown in out
    assert "Traceback" not in err
    if status == 0:
        whole = uncc("show", "40", "--no-pager", env=env)[1]
        assert whole.splitlines()[-1] in out  # all of it, to the last line


PAGING = [["refs", "40"], ["toc"], ["search", "State Party"], ["define"], ["cite", str(ROOT / "tests" / "documents" / "commentary.md")], ["provisions", "40"],
          ["checklist"], ["compare", "40"], ["show", "40"]]  # fmt: skip


@pytest.mark.parametrize("args", PAGING, ids=lambda a: " ".join(a[:1]))
def test_long_output_is_paged_on_a_terminal_and_not_in_a_pipe(paged, args):
    on_a_terminal, piped, without, unpaged = settled(paged[" ".join(args)])
    code, out, err = on_a_terminal
    assert (code, err) == (0, "") and "PAGED-BY-THE-PAGER" in out
    # A real pipe: a pager started by mistake would write into it (in this process, it would write elsewhere).
    status, piped, _ = piped
    assert status == 0 and "PAGED-BY-THE-PAGER" not in piped
    # Every command that pages takes --no-pager, and so does the environment.
    code, out, err = without
    assert (code, err) == (0, "") and "PAGED-BY-THE-PAGER" not in out
    code, out, err = unpaged
    assert (code, err) == (0, "") and "PAGED-BY-THE-PAGER" not in out


def _paged_or_not(args, where: Path):
    """`uncc ARGS` with a pager that says so, with an empty cache directory of its own: on a terminal, into a
    pipe, on a terminal with --no-pager, and on a terminal with UNCC_NO_PAGER=1."""
    env = {**os.environ, "XDG_CACHE_HOME": str(where / "cache"), "COLUMNS": "80", "PYTHONPATH": str(ROOT)}
    env = {**env, "PAGER": "echo PAGED-BY-THE-PAGER; cat", "LINES": "10", "TERM": "xterm"}
    return (
        on_terminal(args, env),
        process(*args, env=env),
        on_terminal([*args, "--no-pager"], env),
        on_terminal(args, {**env, "UNCC_NO_PAGER": "1"}),
    )


@pytest.fixture(scope="module")
def paged(tmp_path_factory):
    """`_paged_or_not` for every command that pages, a few side by side; by the command's words."""
    base = tmp_path_factory.mktemp("paged")
    runs = [(args, base / str(n)) for n, args in enumerate(PAGING)]
    return dict(zip([" ".join(a) for a in PAGING], side_by_side(_paged_or_not, runs), strict=True))


def test_a_users_less_setting_is_kept(env):
    code, out, _ = on_terminal(["show", "40"], {**env, "PAGER": 'echo "LESS=$LESS"', "LESS": "-S", "LINES": "20"})
    assert code == 0 and "LESS=-S" in out


# --- output faults -----------------------------------------------------------------------------


@pytest.mark.parametrize("args", ["show 41 --json", "show 41", "toc", "search dual", "--help"])
def test_a_closed_stdout_is_one_line_and_status_2(env, args):
    r = subprocess.run(f"{sys.executable} -m uncc {args} >&-", shell=True, env=env, capture_output=True, text=True)
    assert r.returncode == 2 and one_line_error(r.stderr) and "standard output is closed" in r.stderr


@pytest.mark.parametrize("args", [["toc"], ["show", "41", "--json"], ["search", "State Party"]])
def test_a_full_disk_is_one_line_and_status_2(env, args):
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "uncc", *args], env=env, stdout=full, stderr=subprocess.PIPE)
    err = r.stderr.decode()
    assert r.returncode == 2 and one_line_error(err) and "No space left on device" in err


def test_an_unwritable_stderr_keeps_the_status(env):
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "uncc", "show", "99"], env=env, stderr=full, stdout=subprocess.PIPE)
    assert (r.returncode, r.stdout) == (2, b"")


def test_standard_input_that_is_not_utf8_is_an_error_object_not_a_traceback(env):
    r = subprocess.run(
        [sys.executable, "-m", "uncc", "resolve", "-"], env={**env, "PYTHONIOENCODING": "ascii"},
        input="article 41\n\xe4rticle 41\n".encode() + b"\xff\n", capture_output=True,
    )  # fmt: skip
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert (r.returncode, r.stderr) == (0, b"")
    assert [x["targets"] for x in lines] == [["41"], [], []]
    assert "LATIN SMALL LETTER A WITH DIAERESIS" in lines[1]["error"]
    assert lines[2]["error"] == "the line is not UTF-8 text (byte 0)"


def test_a_document_that_never_ends_is_refused(env):
    status, _, err = uncc("cite", "/dev/zero", env=env)
    assert status == 2 and one_line_error(err) and "larger than 64 MB" in err


def test_control_characters_in_what_the_user_typed_are_escaped_on_stderr(env):
    for args in (["cite", "/nope/\x1b[2J"], ["search", "criminalty\nx"]):
        status, _, err = uncc(*args, env=env)
        assert "\x1b" not in err and err.count("\n") == 1, err


def test_uncc_alone_prints_its_help(env):
    status, out, err = uncc(env=env)
    assert (status, err) == (0, "") and out.startswith("Usage: uncc [OPTIONS] COMMAND [ARGS]...")


def test_errors_never_go_to_stdout_when_stderr_is_closed(env):
    r = subprocess.run(f"{sys.executable} -m uncc show 99 2>&-", shell=True, env=env, capture_output=True, text=True)
    assert (r.returncode, r.stdout) == (2, "")


BIG = ROOT / "tests" / "documents" / "commentary.md"
EVERY_COMMAND = [
    (["show", "chapter.IV", "chapter.V", "--json"], None),
    (["show", "chapter.IV", "chapter.V", "--no-pager"], None),
    (["show", "chapter.V", "--plain"], None),
    (["toc"], None),
    (["toc", "--json"], None),
    (["refs", "40", "42", "--json"], None),
    (["refs", "40"], None),
    (["resolve", "articles 1 to 68"], None),
    (["resolve", "-"], "article 40, paragraph 21 (b)\n" * 3000),
    (["search", "State Party"], None),
    (["search", "State Party", "--json"], None),
    (["define"], None),
    (["define", "--json"], None),
    (["cite", "-"], BIG.read_text(encoding="utf-8") * 20),
    (["cite", "-", "--json"], BIG.read_text(encoding="utf-8") * 20),
    (["export", "html"], None),
    (["export", "akn"], None),
    (["export", "markdown"], None),
    (["export", "json"], None),
    (["graph"], None),
    (["--help"], None),
]


def _into_a_closed_pipe(args, stdin, where: Path):
    """`uncc ARGS | head -c 1`, with an empty cache directory of its own: (the byte read, status, stderr)."""
    where.mkdir()
    env = {**os.environ, "XDG_CACHE_HOME": str(where / "cache"), "COLUMNS": "80", "PYTHONPATH": str(ROOT)}
    # Standard input from a file: through a pipe, feeding it and not reading the output would block both sides.
    (where / "stdin").write_text(stdin or "", encoding="utf-8")
    with open(where / "stdin", "rb") as given:
        proc = subprocess.Popen(
            [sys.executable, "-m", "uncc", *args], env=env, stdin=given, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
    first = proc.stdout.read(1)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    return first, proc.wait(60), err


@pytest.fixture(scope="module")
def closed_pipes(tmp_path_factory):
    """Every command of EVERY_COMMAND into a closed pipe, a few processes side by side; by the command's words."""
    base = tmp_path_factory.mktemp("pipes")
    runs = [(args, stdin, base / str(n)) for n, (args, stdin) in enumerate(EVERY_COMMAND)]
    return dict(zip([" ".join(a) for a, _ in EVERY_COMMAND], side_by_side(_into_a_closed_pipe, runs), strict=True))


@pytest.mark.parametrize("args, stdin", EVERY_COMMAND, ids=[" ".join(a) for a, _ in EVERY_COMMAND])
def test_a_closed_pipe_ends_quietly_with_status_0(closed_pipes, args, stdin):
    """`uncc ... | head -c 1`: the reader goes away; uncc stops, says nothing, exits 0."""
    first, status, err = settled(closed_pipes[" ".join(args)])
    assert first
    assert (status, err) == (0, "")


# --- signals -----------------------------------------------------------------------------------


# Once the interpreter's own start-up is done (it comes first, out of any program's reach: a Ctrl-C in it is
# Python's "Fatal Python error"), uncc's handler is in place; before it, the imports of typer and rich took a
# Ctrl-C as a traceback. The moments are counted from the end of that start-up, as long as `python -c pass`
# takes on this machine now (a busy machine starts Python more slowly).
@pytest.mark.parametrize("after", [0.06, 0.1, 0.2, 0.4, 1.0])
def test_ctrl_c_at_any_moment_is_130_without_a_traceback(env, after):
    start_up = sorted(_timed([sys.executable, "-c", "pass"], env) for _ in range(3))[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "uncc", "resolve", "-"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(start_up + after)
    proc.send_signal(signal.SIGINT)
    err = proc.stderr.read().decode()
    proc.stdin.close()
    assert (proc.wait(30), err) == (130, "")


def _timed(argv, env) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True)
    return time.perf_counter() - start


# --- uncc build --------------------------------------------------------------------------------


@pytest.fixture
def source(tmp_path):
    """A data directory holding a copy of the source text."""
    (tmp_path / "src").mkdir()
    shutil.copy(SOURCE, tmp_path / "src" / "source.txt")
    return tmp_path / "src" / "source.txt"


def build(source: Path, out: Path, env):
    out.mkdir(exist_ok=True)
    return uncc("build", "--output", str(out), env={**env, "UNCC_DATA_DIR": str(source.parent)})


def test_a_crlf_source_builds_the_same_bytes(env, source, tmp_path):
    source.write_bytes(SOURCE.read_bytes().replace(b"\n", b"\r\n"))
    status, _, err = build(source, tmp_path / "out", env)
    assert status == 0, err
    assert (tmp_path / "out" / "convention.yaml").read_bytes() == YAML.read_bytes()


def _edit_line(text: str, line: str, new: str | None) -> str:
    """`text` with its one line that reads `line` (spaces aside) replaced by `new`, or dropped."""
    lines = text.split("\n")
    assert sum(x.strip() == line for x in lines) == 1, line
    return "\n".join(x if x.strip() != line else new for x in lines if x.strip() != line or new is not None)


def _lose_number(text: str, start: str) -> str:
    """`text` with the paragraph number at the start of the one line that starts with `start` removed."""
    lines = text.split("\n")
    (i,) = [n for n, x in enumerate(lines) if x.strip().startswith(start)]
    lines[i] = lines[i].replace(start.split(" ", 1)[0] + " ", "", 1)
    return "\n".join(lines)


DAMAGED_SOURCES = [
    ("missing its Chapter V heading", lambda t: _edit_line(t, "Chapter V", None), "chapter V is missing"),
    ("an article renumbered", lambda t: _edit_line(t, "Article 23", "Article 24"), "article 23"),
    ("cut in half", lambda t: t[: len(t) // 2], ""),
    ("empty", lambda t: "", "the source is empty"),
    ("blank", lambda t: "\n \n\n", "the source is empty"),
    (
        "an operative paragraph's number lost",
        lambda t: _lose_number(t, "3. Urges"),
        "where it has resolution 79/243, paragraph 3, the source gives resolution 79/243, closing",
    ),
    (
        "a paragraph's number lost",
        lambda t: _lose_number(t, "3. Each State Party may reserve the right not to apply paragraph 1"),
        "where it has article 11, paragraph 3",
    ),
    (
        "a subparagraph's label lost",
        lambda t: t.replace("\n (b) Promote", "\n Promote", 1),
        "where it has article 1 (b), the source gives article 2",
    ),
]


@pytest.mark.parametrize("damage, message", [d[1:] for d in DAMAGED_SOURCES], ids=[d[0] for d in DAMAGED_SOURCES])
def test_a_damaged_source_is_refused_and_nothing_is_written(env, source, tmp_path, damage, message):
    source.write_text(damage(SOURCE.read_text(encoding="utf-8")), encoding="utf-8")
    status, out, err = build(source, tmp_path / "out", env)
    assert status == 2 and one_line_error(err), err
    assert message in err
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p.unlink(), "is missing"),
        (lambda p: p.write_bytes(b"\xff\xfe not utf-8"), "is not UTF-8"),
        (lambda p: (p.unlink(), p.mkdir()), "cannot read the source"),
        (lambda p: (p.unlink(), os.mkfifo(p)), "not a regular file"),
    ],
)
def test_an_unreadable_source_is_one_line(env, source, tmp_path, make, message):
    make(source)
    status, _, err = build(source, tmp_path / "out", env)
    assert status == 2 and one_line_error(err) and message in err, err


def test_a_source_with_a_control_character_is_refused(env, source, tmp_path):
    source.write_text(SOURCE.read_text(encoding="utf-8").replace("24/7 network", "24/7 \x1b[31mnetwork"), "utf-8")
    status, _, err = build(source, tmp_path / "out", env)
    assert status == 2 and one_line_error(err) and "control character" in err, err


def test_build_keeps_the_data_files_mode(env, source, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    shutil.copy(YAML, out / "convention.yaml")
    (out / "convention.yaml").chmod(0o644)
    assert build(source, out, env)[0] == 0
    assert oct((out / "convention.yaml").stat().st_mode & 0o777) == "0o644"


def test_build_never_writes_inside_the_installed_package(env, source):
    import uncc as module

    package = Path(module.__file__).parent
    status, _, err = uncc("build", "--output", str(package / "data"), env={**env, "UNCC_DATA_DIR": str(source.parent)})
    assert status == 2 and one_line_error(err) and "inside the installed package" in err
    assert not (package / "data").exists()


def test_build_needs_no_standard_output(env, source, tmp_path):
    (tmp_path / "out").mkdir()
    r = subprocess.run(
        f"{sys.executable} -m uncc build --output {tmp_path / 'out'} >&-", shell=True, capture_output=True, text=True,
        env={**env, "UNCC_DATA_DIR": str(source.parent)},
    )  # fmt: skip
    assert r.returncode == 0 and r.stderr.startswith("wrote ")


def test_build_that_cannot_write_is_one_line(env, source):
    status, _, err = uncc("build", "--output", "/proc", env={**env, "UNCC_DATA_DIR": str(source.parent)})
    assert status == 2 and one_line_error(err) and "cannot write /proc/convention.yaml" in err


def test_simultaneous_builds_all_succeed_and_agree(env, source, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    argv = [sys.executable, "-m", "uncc", "build", "--output", str(out)]
    procs = [
        subprocess.Popen(argv, env={**env, "UNCC_DATA_DIR": str(source.parent)}, stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    assert [p.wait(120) for p in procs] == [0] * 4
    assert [p.name for p in out.iterdir()] == ["convention.yaml"]
    assert (out / "convention.yaml").read_bytes() == YAML.read_bytes()


# --- concurrency -------------------------------------------------------------------------------


def test_simultaneous_first_runs_agree_and_leave_one_index(env):
    argv = [sys.executable, "-m", "uncc", "search", "dual criminality", "--count"]
    procs = [subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(8)]
    results = [(p.wait(120), p.stdout.read(), p.stderr.read()) for p in procs]
    assert results == [(0, b"4\n", b"")] * 8
    assert sorted(p.name for p in cache_dir(env).glob("search-*")) == [index(env).name]
    assert no_leftovers(env)


def test_simultaneous_first_runs_build_the_index_once(env, tmp_path):
    # Each process counts its own builds of the index in `log`.
    log = tmp_path / "builds"
    code = (
        "import sys\n"
        "import uncc.search as S\n"
        "fill, log = S._fill, sys.argv[1]\n"
        "def counted(con, tree):\n"
        "    with open(log, 'a') as f:\n"
        "        f.write('built\\n')\n"
        "    fill(con, tree)\n"
        "S._fill = counted\n"
        "sys.argv = ['uncc', 'search', 'dual criminality', '--count']\n"
        "from uncc.entry import main\n"
        "main()\n"
    )
    argv = [sys.executable, "-c", code, str(log)]
    procs = [subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(6)]
    assert [(p.wait(120), p.stdout.read(), p.stderr.read()) for p in procs] == [(0, b"4\n", b"")] * 6
    assert log.read_text() == "built\n"


# --- hostile data files ------------------------------------------------------------------------

HOSTILE_DATA = [
    ("flow nesting 30,000 deep", lambda t: "[" * 30_000 + "]" * 30_000, ""),
    ("block nesting 2,000 deep", lambda t: "".join(f"{' ' * i}- \n" for i in range(2000)), ""),
    ("a key twice", lambda t: t.replace(f"format: {FORMAT}\n", f"format: {FORMAT}\nformat: {FORMAT}\n", 1), "the key 'format' twice"),
    ("a title that is a list", lambda t: t.replace("title: 24/7 network", "title: [24, 7]", 1), "is not text"),
    ("children that are text", lambda t: t.replace("  children:\n", "  children: oops\n  x:\n", 1), ""),
    ("an id that is a number", lambda t: t.replace("id: '41'", "id: 41", 1), "is not text"),
    ("a kind that is a list", lambda t: t.replace("kind: article", "kind: [article]", 1), "no valid kind"),
    ("an escape sequence in a title", lambda t: t.replace("title: 24/7 network", 'title: "\\e[2J24/7"', 1), "control"),
    ("a format from the future", lambda t: t.replace(f"format: {FORMAT}", "format: 99", 1),
     f"format 99, expected {FORMAT}"),
    ("a Python tag", lambda t: "!!python/object/apply:os.system ['touch owned']\n", "not valid YAML"),
    # 40 anchors, each a list of the one before twice: 2^40 items once expanded
    ("an alias bomb", lambda t: t.replace(f"format: {FORMAT}", "format: {" + ", ".join(
        f"k{i}: &a{i} " + ("[x, x]" if i == 0 else f"[*a{i - 1}, *a{i - 1}]") for i in range(40)) + "}", 1), "alias"),
    ("an alias chain 30,000 long", lambda t: t.replace(f"format: {FORMAT}", "format: {" + ", ".join(
        f"k{i}: &a{i} " + ("[x]" if i == 0 else f"[*a{i - 1}]") for i in range(30_000)) + "}", 1), "alias"),
    ("an id that is not an id", lambda t: t.replace("id: 41.3.a\n", "id: 41.3.1\n", 1), "'41.3.1' in 41.3 is not an id"),
    ("a chapter that says it is an article", lambda t: t.replace("id: chapter.V\n    kind: chapter", "id: chapter.V\n    kind: article", 1), "chapter.V has no valid kind"),
]  # fmt: skip


@pytest.mark.parametrize("damage, message", [h[1:] for h in HOSTILE_DATA], ids=[h[0] for h in HOSTILE_DATA])
def test_hostile_data_files_are_one_line_and_status_2(env, tmp_path, damage, message):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "convention.yaml").write_text(damage(YAML.read_text(encoding="utf-8")), encoding="utf-8")
    env = {**env, "UNCC_DATA_DIR": str(tmp_path / "data")}
    for args in (["show", "41"], ["search", "network"]):
        status, _, err = uncc(*args, env=env, cwd=tmp_path)
        assert status == 2 and one_line_error(err), err
        assert message in err and "uncc build" in err
    # Tab completion loads the data too: it must not crash (in this process, a crash is an exception here).
    completing = {**env, "_UNCC_COMPLETE": "complete_bash", "COMP_WORDS": "uncc show 4", "COMP_CWORD": "2"}
    status, _, err = uncc(env=completing)
    assert status in (0, 2) and "Traceback" not in err
    assert not (tmp_path / "owned").exists()


@pytest.mark.parametrize("kind", ["a FIFO", "a device", "a directory"])
def test_a_data_file_that_is_not_a_file(env, tmp_path, kind):
    (tmp_path / "data").mkdir()
    path = tmp_path / "data" / "convention.yaml"
    if kind == "a FIFO":
        os.mkfifo(path)
    elif kind == "a device":
        path.symlink_to("/dev/zero")
    else:
        path.mkdir()
    status, _, err = uncc("show", "41", env={**env, "UNCC_DATA_DIR": str(tmp_path / "data")})
    assert status == 2 and one_line_error(err), err


def test_data_without_definitions_still_works(env, tmp_path):
    (tmp_path / "data").mkdir()
    text = YAML.read_text(encoding="utf-8")
    cut = text[: text.index("\ndefinitions:")] + "\ndefinitions: []" + text[text.index("\nprovisions:") :]
    (tmp_path / "data" / "convention.yaml").write_text(cut, encoding="utf-8")
    for args in (["define"], ["define", "--json"], ["show", "2.c"]):
        status, _, err = uncc(*args, env={**env, "UNCC_DATA_DIR": str(tmp_path / "data")})
        assert (status, err) == (0, ""), args
