"""`uncc build`: the source text in, `convention.yaml` out, the same bytes every run."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import yaml

from uncc import files
from uncc.errors import DataError, SourceError
from uncc.layers import references
from uncc.layers.references import Skipped
from uncc.model import Document
from uncc.schema import FORMAT, LAYERS, check
from uncc.source.clean import body_lines
from uncc.source.structure import parse
from uncc.source.verify import verify

# The source is about 150 KB.
LIMIT = 16 * 2**20


def render_yaml(data: dict, dumper=None) -> str:
    """YAML for review in a diff: one unit's text on one line, keys as given.

    By default PyYAML's C writer (libyaml) with the representer of `_fast`: the same bytes as PyYAML's own
    writers, C and Python (tests/test_tree.py compares all three), at a fraction of the cost. The Python
    writer serves where PyYAML was built without libyaml.
    """
    if dumper is None:
        dumper = _fast(getattr(yaml, "CSafeDumper", yaml.SafeDumper))
    return yaml.dump(
        data, Dumper=dumper, sort_keys=False, default_flow_style=False, allow_unicode=True, width=2**31 - 1, indent=2
    )


def _fast(dumper: type) -> type:
    """`dumper` made quick for the build's data, which is only mappings, lists, text and numbers.

    PyYAML's representer looks every value up in its tables of types and keeps every one for aliases (the
    data has none: `uncc build` writes no alias, and the loader refuses them), and its resolver matches
    every scalar against its patterns, most of them many times over. This one makes the same nodes
    directly and resolves each distinct scalar once.
    """
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    class Dumper(dumper):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._resolved: dict = {}

        def represent_data(self, data):
            kind = type(data)
            if kind is str:
                return ScalarNode("tag:yaml.org,2002:str", data)
            if kind is dict:
                pairs = [(self.represent_data(k), self.represent_data(v)) for k, v in data.items()]
                return MappingNode("tag:yaml.org,2002:map", pairs, flow_style=False)
            if kind is list:
                return SequenceNode("tag:yaml.org,2002:seq", [self.represent_data(v) for v in data], flow_style=False)
            return super().represent_data(data)

        def resolve(self, kind, value, implicit):
            if kind is not ScalarNode:
                return super().resolve(kind, value, implicit)
            if not implicit[0]:  # no implicit tag to look for: PyYAML's answer is the default, text
                return self.DEFAULT_SCALAR_TAG
            tag = self._resolved.get(value)
            if tag is None:
                tag = self._resolved[value] = super().resolve(kind, value, implicit)
            return tag

    return Dumper


def build_data(source: bytes) -> tuple[dict, list[Skipped]]:
    """The document's data, its references resolved, and the citations left out.

    Raises SourceError if the source is not the Convention's text (see
    uncc/source/verify.py) and ReferenceSyntaxError if a citation in it
    cannot be resolved. Line ends are normalised first, so a Windows checkout
    builds the same bytes; the recorded digest is of the normalised text.
    """
    data, skipped, _text = _build(source)
    return data, skipped


def _build(source: bytes) -> tuple[dict, list[Skipped], str]:
    """build_data's data and citations left out, and the YAML text of the data."""
    try:
        text = source.decode("utf-8")
    except UnicodeDecodeError as e:
        raise SourceError(f"the source is not UTF-8 text (byte {e.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise SourceError("the source is empty")
    lines, footnotes = body_lines(text)
    data = {
        "format": FORMAT,
        "source": {"file": "source.txt", "sha256": _sha256(text.encode("utf-8"))},
        **parse(lines, footnotes),
    }
    doc = Document(data)
    verify(doc)
    # The layers read only the tree, not each other: the provisions are found and written in a second process
    # while this one finds the references and the definitions and writes the rest, the two halves of the work.
    with _Forked(lambda: _provisions(doc)) as provisions_found:
        data["references"], skipped = references.find(doc)
        for name, layer in LAYERS.items():
            if name not in ("references", "provisions"):
                data[name] = layer.finder()(doc)
        from uncc.layers import concordance

        try:
            concordance.check(doc)  # the package's tables of other instruments name only units the source has
        except AssertionError as e:
            fix = "correct uncc/layers/_concordance_*.py"
            raise SourceError(f"the concordance tables do not fit this source ({e}): {fix}") from None
        # The mapping's keys are written in order, each at the start of a line: the YAML of all but the last key
        # and that of the last, joined, is the YAML of the whole (tests/test_tree.py compares it with PyYAML's).
        head = render_yaml(data)
        data["provisions"], tail = provisions_found.result()
    # What is written must be what uncc reads: a control character in the source would make a file every
    # command refuses.
    try:
        check(data, "the built data", fix="correct the source")
    except DataError as e:
        raise SourceError(str(e)) from None
    return data, skipped, head + tail


def _provisions(doc: Document) -> tuple[list[dict], str]:
    found = LAYERS["provisions"].finder()(doc)
    return found, render_yaml({"provisions": found})


class _Forked:
    """`work` run in a child process while the caller goes on; `result()` waits for what it returns (plain data,
    marshalled back through a pipe). Where there is no os.fork, or there is another thread (which a fork would not
    copy), or the child fails, `work` runs in this process when its result is asked for, so that its errors are
    raised here. A child whose result is not asked for (the caller failed first) is stopped on leaving."""

    def __init__(self, work: Callable[[], Any]):
        self.work = work
        self.pid = 0
        self.read = -1

    def __enter__(self) -> _Forked:
        threading = sys.modules.get("threading")
        if not hasattr(os, "fork") or (threading is not None and threading.active_count() > 1):
            return self
        self.read, write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # pragma: no cover - the child: the parent's tests see what it sends
            status = 1
            try:
                import marshal

                os.close(self.read)
                with os.fdopen(write, "wb") as pipe:
                    pipe.write(marshal.dumps(self.work()))
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        return self

    def result(self) -> Any:
        if not self.pid:
            return self.work()
        import marshal

        with os.fdopen(self.read, "rb") as pipe:
            payload = pipe.read()
        failed = os.waitpid(self.pid, 0)[1] != 0
        self.pid, self.read = 0, -1
        return self.work() if failed else marshal.loads(payload)

    def __exit__(self, *exc) -> None:
        if self.pid:
            import signal

            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            os.close(self.read)
            self.pid = 0


def _sha256(raw: bytes) -> str:
    try:  # hashlib's own SHA-256, without loading OpenSSL (a tenth of the build's imports)
        from _sha2 import sha256  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # Python 3.11
        except ImportError:  # pragma: no cover - Pythons built without it
            from hashlib import sha256
    return sha256(raw).hexdigest()


def build_text(source: bytes) -> str:
    """The YAML text that `uncc build` writes for this source."""
    return _build(source)[2]


def build(source: str, out_dir: str) -> tuple[str, dict, list[Skipped]]:
    """Write `convention.yaml` into `out_dir`, built from the file `source`; nothing is written on any error."""
    try:
        raw = files.read_regular(source, LIMIT)
    except FileNotFoundError:
        raise SourceError(f"the source {source} is missing: give a directory holding source.txt") from None
    except OSError as e:
        raise SourceError(f"cannot read the source {source}: {e.strerror or e}") from None
    try:
        data, skipped, text = _build(raw)
    except SourceError as e:
        raise SourceError(f"cannot build from {source}: {e}") from None
    out = os.path.join(out_dir, "convention.yaml")
    try:
        files.write_atomic(out, text.encode("utf-8"), shared=True)
    except OSError as e:
        raise SourceError(f"cannot write {out}: {e.strerror or e}") from None
    return out, data, skipped
