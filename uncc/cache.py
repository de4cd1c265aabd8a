"""The user's cache: files uncc can always rebuild and never trusts.

- **Where.** `$XDG_CACHE_HOME/uncc` when XDG_CACHE_HOME is an absolute path
  (the XDG specification says a relative one is to be ignored: else a
  repository holding `.cache/uncc/...` would plant caches), else
  `~/.cache/uncc`. When that cannot be made or written, uncc runs without
  caches, only slower.
- **Keys.** A cache is named by, and records inside itself, a BLAKE2b digest
  of the bytes it was made from; a reader compares both (the data cache also
  records, and is compared against, a digest of its own data; the search
  index must answer as an index of this data would; a kept edition, of
  `uncc export`, is keyed by the data, the format and the code, and records a
  digest of its own text). Nothing in the cache can run code: the data cache
  and the editions are marshal data (no code is run to load them) and the
  search index is SQLite, opened with its schema untrusted.
- **Damage.** A cache that fails to load or compare is removed and rebuilt, once.
- **Writes** go through `files.write_atomic`. Writing a cache removes the
  older versions of that cache and whatever a killed write left behind.
"""

from __future__ import annotations

import os
import stat
import time

from uncc import files

# Caches larger than this are not ours.
LIMIT = 64 * 2**20
# A temporary file this old was left by a write that was killed.
STALE = 600
# Seconds to wait for another process building the same cache. `lock` reads it each time it waits, so the
# tests set it shorter in-process (monkeypatch.setattr(cache, "WAIT", ...)) rather than wait five seconds.
WAIT = 5


def digest(raw: bytes) -> str:
    """The key of a cache made from `raw`."""
    try:
        from _blake2 import blake2b  # what hashlib's blake2b is, without loading OpenSSL on every run
    except ImportError:  # pragma: no cover - Pythons without the builtin module
        from hashlib import blake2b
    return blake2b(raw, digest_size=20).hexdigest()


def directory() -> str | None:
    """The cache directory, made if need be; None if there is none to use.

    It is used only if it is a directory (not a link to one) that belongs to the user and that no one else
    may write to: else someone else's files could be read as caches, or removed as old ones.
    """
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = os.path.expanduser("~")
        if not os.path.isabs(home) or not os.path.isdir(home):
            return None
        base = os.path.join(home, ".cache")
    path = os.path.join(base, "uncc")
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        info = os.lstat(path)
    except (OSError, ValueError):
        return None
    ours = stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022
    return path if ours and os.access(path, os.W_OK | os.X_OK) else None


def path(name: str) -> str | None:
    """Where the cache `name` is kept, or None without a cache directory."""
    where = directory()
    return None if where is None else os.path.join(where, name)


def read(name: str) -> bytes | None:
    """The bytes of the cache `name`, or None if there is none that can be read (a link is removed, not followed)."""
    where = path(name)
    if where is None:
        return None
    try:
        return files.read_regular(where, LIMIT, follow=False)
    except FileNotFoundError:
        return None
    except OSError:
        files.remove(where)
        return None


def write(name: str, content: bytes, kind: str) -> None:
    """Keep `content` as the cache `name`, and remove the other caches of `kind` (older versions).

    A cache that cannot be written is only slower: failures are silent.
    """
    where = path(name)
    if where is None:
        return
    try:
        files.write_atomic(where, content)
    except OSError:
        return
    prune(keep=name, kind=kind)


def kept(name: str, key: str) -> bytes | None:
    """What `keep` kept as the cache `name` for `key`, or None. The cache records the key it was made for and
    the digest of what it holds; both must be right, or it was made for other bytes or has been damaged since,
    and it is removed."""
    blob = read(name)
    if blob is None:
        return None
    try:
        import marshal

        stored = marshal.loads(blob)
        whole = type(stored) is dict and type(stored.get("data")) is bytes
        if whole and stored.get("key") == key and stored.get("digest") == digest(stored["data"]):
            return stored["data"]
    except Exception:  # a cache that fails to load in any way is made again
        pass
    remove(name)
    return None


def keep(name: str, key: str, data: bytes, kind: str) -> None:
    """Keep `data` as the cache `name`, made for `key` (see `kept`): marshal data, which runs no code to load."""
    import marshal

    write(name, marshal.dumps({"key": key, "digest": digest(data), "data": data}), kind)


def remove(name: str) -> None:
    where = path(name)
    if where is not None:
        files.remove(where)


def prune(keep: str, kind: str) -> None:
    """Remove the caches of `kind` other than `keep`, and temporary files left by killed writes."""
    where = directory()
    if where is None:
        return
    now = time.time()
    try:
        entries = list(os.scandir(where))
    except OSError:
        return
    for entry in entries:
        old_version = entry.name.startswith(f"{kind}-") and entry.name != keep
        try:
            stale = entry.name.endswith(".tmp") and now - entry.stat(follow_symlinks=False).st_mtime > STALE
        except OSError:
            continue
        if old_version or stale:
            files.remove(entry.path)


class lock:
    """Hold an exclusive lock named `name` in the cache directory while building a cache (no-op without one).

    A lock held longer than WAIT (a stopped process holds it) is given up on: the cache is built anyway,
    which the atomic rename keeps safe.
    """

    def __init__(self, name: str):
        self._path = path(f"{name}.lock")
        self._fd: int | None = None

    def __enter__(self):
        if self._path is None:
            return self
        try:
            import fcntl

            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
            deadline = time.monotonic() + WAIT
            while True:
                try:
                    fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        break
                    time.sleep(0.05)
        except (OSError, ImportError):
            if self._fd is not None:
                os.close(self._fd)
            self._fd = None
        return self

    def __exit__(self, *exc):
        if self._fd is not None:
            os.close(self._fd)  # closing releases the lock
