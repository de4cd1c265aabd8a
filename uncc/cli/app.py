"""The app, its global options and completion, and what its commands share: the options many take, choosing
units, writing JSON Lines, a note on stderr, writing a file.

No `from __future__ import annotations`: see uncc/cli/__init__.py.
"""

import os
import sys
from typing import Annotated

import typer

app = typer.Typer(
    name="uncc",
    help="Read, cite and query the United Nations Convention against Cybercrime.",
    add_completion=False,
    epilog="""\b
Examples:
  uncc show 41                         article 41, verbatim, with its notes
  uncc show "article 40, paragraph 21 (b)"
  uncc show 41 --json | jq .title      JSON Lines for scripts
  uncc toc                             chapters and article titles
  uncc refs 42                         what 42 cites, and what cites 42
  uncc resolve "articles 57, paragraph 5 (g), 61 and 62"
  uncc cite draft-law.md               every citation of the Convention in a document
  uncc search "dual criminality"       ranked full-text search
  uncc define "traffic data"           a defined term of article 2
  uncc build                           rebuild data/convention.yaml

\b
Units: 41, 40.21.b, 17.1.a.i, 2.f.iii, chapter.V, preamble.3, note.4,
resolution.5, or a citation as the text writes it.
Exit status: 0 success, 1 no search hits, 2 error.""",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from uncc import __version__

        print(f"uncc {__version__}")
        raise typer.Exit()


def _completion_script(value: str | None, install: bool) -> None:
    """--show-completion SHELL / --install-completion SHELL: the completion script of that shell."""
    if value is None:
        return
    from uncc import compat
    from uncc.errors import UnccError

    shell, shells = value, compat.completion_shells()
    if shell not in shells:
        raise UnccError(f"no completion for the shell {shell!r}: give one of {', '.join(shells)}")
    if install:
        shell, path = compat.install_completion(shell, prog_name="uncc", complete_var="_UNCC_COMPLETE")
        print(f"{shell} completion installed in {path}; it takes effect in a new shell")
    else:
        print(compat.completion_script(shell, prog_name="uncc", complete_var="_UNCC_COMPLETE"))
    raise typer.Exit()


def _completion_option(flag: str, what: str, install: bool):
    return typer.Option(
        flag,
        metavar="SHELL",
        is_eager=True,
        callback=lambda value: _completion_script(value, install),
        help=f"{what}: bash, zsh, fish or powershell.",
    )


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print uncc's version and exit.")
    ] = False,
    show_completion: Annotated[
        str | None, _completion_option("--show-completion", "Print the completion script for SHELL", install=False)
    ] = None,
    install_completion: Annotated[
        str | None, _completion_option("--install-completion", "Install completion for SHELL", install=True)
    ] = None,
) -> None:
    """Read, cite and query the United Nations Convention against Cybercrime."""


Json = Annotated[bool, typer.Option("--json", help="Print JSON Lines: one object per result.")]


NoPager = Annotated[bool, typer.Option("--no-pager", help="Do not page long output on a terminal.")]


def _no_pager(no_pager: bool) -> None:
    """--no-pager, for every command that may page: the printing reads it from the environment (UNCC_NO_PAGER,
    which a user may set too), so that it needs no argument of its own."""
    if no_pager:
        os.environ["UNCC_NO_PAGER"] = "1"


def _complete_ref(incomplete: str) -> list[str]:
    """Ids for shell completion: articles first, then every other unit."""
    from uncc.store import load

    doc = load()
    ids = [a.id for a in doc.articles] + [u for u in doc.units if not u.isdigit()]
    return [i for i in ids if i.startswith(incomplete)]


def _complete_term(incomplete: str) -> list[str]:
    """Defined terms for shell completion (each shell's quoting is `_completion_classes`')."""
    from uncc.store import load

    # In the case typed ("Traf" gives "Traffic data"): typer keeps only completions that begin with it.
    typed = len(incomplete)
    return [incomplete + e["term"][typed:] for e in load().definitions if e["term"].startswith(incomplete.lower())]


def _open_quote(word: str) -> int | None:
    """Where the quote that is still open at the end of a word as typed opens, if one is."""
    quote, at, i = None, None, 0
    while i < len(word):
        c = word[i]
        if c == "\\" and quote != "'":
            i += 2
            continue
        if quote is None and c in "'\"":
            quote, at = c, i
        elif c == quote:
            quote = None
        i += 1
    return at if quote else None


def _completion_classes() -> None:
    """typer's completion classes, and for bash one that quotes as bash inserts: readline puts a completion in
    place of the word as typed, so outside quotes a space is escaped ("traffic\\ data") and inside an opening
    quote it is not ('"traffic data')."""
    import re

    from uncc import compat

    def bash(value: str) -> str:
        words = os.environ.get("COMP_WORDS", "").split("\n")  # the script joins the words with newlines
        cword = int(os.environ.get("COMP_CWORD", "0") or 0)
        current = words[cword] if cword < len(words) else ""
        opened = _open_quote(current)
        if opened is not None:
            # Readline completes what follows the open quote: "traffic d, traffic" d, tr"af.
            before = current[:opened].replace("\\", "")
            return value[len(before) :] if value.startswith(before) else value
        return re.sub(r"([\s\\'\"$`&|;<>()*?!#~])", r"\\\1", value)

    compat.register_bash_completion(bash)


Refs = Annotated[
    list[str],
    typer.Argument(
        metavar="REF...",
        help="Units: 41, 40.21.b, 'article 40, paragraph 21 (b)', 'Art. 40(21)(b)', 'articles 7 to 16', 'chapter V'.",
        autocompletion=_complete_ref,
    ),
]


def _select(doc, refs: list[str], context: str | None = None) -> list[str]:
    """The ids every REF names, in the order given, each once; `context` is --in, the unit they are written in."""
    from uncc.cite import select

    where = _context(doc, context)
    return list(dict.fromkeys(uid for ref in refs for uid in select(doc, ref, where)))


def _context(doc, context: str | None) -> str | None:
    """The one unit --in names."""
    if context is None:
        return None
    from uncc.cite import select
    from uncc.errors import UnccError

    named = select(doc, context)
    if len(named) != 1:
        raise UnccError(f"--in takes one unit, and {context!r} names {len(named)}: give one, as in --in 41.1")
    return named[0]


In = Annotated[
    str | None,
    typer.Option(
        "--in",
        metavar="ID",
        help="The unit the references are written in, for 'this article' and 'paragraph 3'.",
        autocompletion=_complete_ref,
    ),
]


def _print_json(objects) -> None:
    write = _json_lines()
    for obj in objects:
        write(obj)


def _json_lines():
    """A function that prints one object as a line of JSON. JSON escapes what an output encoding other than UTF
    cannot hold: the same JSON, losslessly."""
    import json

    ascii_only = not (getattr(sys.stdout, "encoding", None) or "utf-8").lower().replace("_", "-").startswith("utf")
    encode = json.JSONEncoder(ensure_ascii=ascii_only).encode
    write = sys.stdout.write
    return lambda obj: write(encode(obj) + "\n")


def _note(message: str) -> None:
    """A line for the user on stderr: never on stdout (even when stderr is closed), never a control character
    (a file name or a query may hold any), and never a failure of its own when stderr cannot be written."""
    from uncc.errors import CONTROL

    line = CONTROL.sub(lambda m: repr(m.group())[1:-1], message)
    try:
        if sys.stderr is not None:
            print(line, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def _some_refs(what: str):
    """An optional list of units: without one, a command covers the whole document."""
    return typer.Argument(metavar="[REF]...", help=what, autocompletion=_complete_ref)


Output = Annotated[
    str | None,
    typer.Option("--output", metavar="PATH", help="Write to this file (replaced whole) instead of standard output."),
]


def _write(text: str, output: str | None) -> None:
    """`text` to standard output, or into the file `output`: a file is replaced whole or not at all (a link
    in its place is replaced, not followed); a device or a pipe (/dev/stdout, a FIFO) is written to."""
    if output is None:
        sys.stdout.write(text)
        return
    import stat

    from uncc import files
    from uncc.errors import UnccError

    try:
        try:
            mode = os.stat(output).st_mode
        except (FileNotFoundError, NotADirectoryError):
            mode = None
        if mode is not None and stat.S_ISDIR(mode):
            raise UnccError(f"cannot write {output}: it is a directory: give a file's path")
        if mode is not None and not stat.S_ISREG(mode):
            with open(output, "w", encoding="utf-8") as f:
                f.write(text)
            return
        files.write_atomic(output, text.encode("utf-8"), shared=True)
    except OSError as e:
        raise UnccError(f"cannot write {output}: {e.strerror or e}") from None
    _note(f"wrote {output}")
