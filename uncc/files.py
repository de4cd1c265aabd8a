"""Reading and writing files without being fooled: no links followed, no reader left waiting, no half-written file.

Every file uncc writes (the data file, its caches, an export) is written to a
new file with an unpredictable name in the target's directory, created with
O_EXCL (so it can never be a link someone planted), and renamed into place:
readers see the old file or the new one, never part of one. A failed write
removes what it wrote.
"""

from __future__ import annotations

import contextlib
import os
import stat


class FileProblem(OSError):
    """A path that is there but is not a regular file uncc can read."""


def read_regular(path: str, limit: int, follow: bool = True) -> bytes:
    """The bytes of the regular file at `path`; FileProblem if it is a FIFO, device, directory or
    larger than `limit`, OSError if it cannot be read. With follow=False a link is refused (ELOOP)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(f"{path} is not a regular file")
        if info.st_size > limit:
            raise FileProblem(f"{path} is larger than {limit // 2**20} MB")
        chunks, size = [], 0
        while chunk := os.read(fd, max(info.st_size - size, 0) + 65536):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise FileProblem(f"{path} is larger than {limit // 2**20} MB")
        return b"".join(chunks)
    finally:
        os.close(fd)


def temporary(path: str) -> tuple[int, str]:
    """A new empty file beside `path`, open, with an unpredictable name, created so that it cannot be a link."""
    import tempfile

    directory, name = os.path.split(os.path.abspath(path))
    return tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=".tmp")


def write_atomic(path: str, content: bytes, shared: bool = False) -> None:
    """Put `content` at `path` in one step (see the module's docstring); OSError if it cannot.

    The file is the user's alone (0600), unless `shared`: then it keeps the mode of the file it replaces,
    or gets the mode the user's umask gives a new file.
    """
    fd, tmp = temporary(path)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(content)
            if shared:
                try:
                    mode = stat.S_IMODE(os.stat(path).st_mode)
                except FileNotFoundError:
                    umask = os.umask(0)
                    os.umask(umask)
                    mode = 0o666 & ~umask
                os.fchmod(f.fileno(), mode)
        os.replace(tmp, path)
    except BaseException:
        remove(tmp)
        raise


def remove(path: str) -> None:
    """Remove a file (a link itself, not what it points to) if it is there."""
    with contextlib.suppress(OSError):
        os.unlink(path)
