"""`search`, `define` and `toc`: finding words, terms and parts.

No `from __future__ import annotations`: see uncc/cli/__init__.py.
"""

from typing import Annotated

import typer

from uncc.cli.app import Json, NoPager, _complete_term, _no_pager, _note, _print_json, _select, app

_Query = Annotated[str, typer.Argument(metavar="QUERY", help='Words, "phrases", AND/OR/NOT, prefix*, NEAR(a b).')]


_Scope = Annotated[
    str | None, typer.Option("--in", metavar="REF", help="Search only inside these units (chapter V, 40).")
]


_Exact = Annotated[bool, typer.Option("--exact", help="Match words and phrases as written, not other forms of them.")]


_Limit = Annotated[
    int | None, typer.Option("--limit", min=1, help="Print at most N hits (printed text: 20 unless given).")
]


_AllHits = Annotated[bool, typer.Option("--all", help="Print every hit (printed text stops at 20).")]


_Count = Annotated[bool, typer.Option("--count", help="Print only the number of units with every word.")]


@app.command(short_help="Ranked full-text search, one hit per unit.")
def search(
    query: _Query,
    scope: _Scope = None,
    exact: _Exact = False,
    limit: _Limit = None,
    every: _AllHits = False,
    count: _Count = False,
    as_json: Json = False,
    no_pager: NoPager = False,
) -> None:
    """Ranked full-text search, one hit per unit, best first; exit 1 if nothing matches.

    A defined term's definition comes first; then the units with every word (words such as "of" and "the"
    need not match), then, when few units have them all, the units with all but one. A prefix* or --exact
    matches words as written.

    Example: uncc search "dual criminality"   |   uncc search 'extradit*' --in "chapter V" --json
    """
    _no_pager(no_pager)
    from uncc import search as fts
    from uncc.errors import UnccError, shown
    from uncc.store import load

    if every and limit is not None:
        raise UnccError(f"--all and --limit {limit} ask for different numbers of hits: give one of them")
    doc = load()
    within = _select(doc, [scope]) if scope is not None else None
    cited = _cited(doc, query)
    try:
        if count:
            return _count(query, fts.count(doc, query, within, exact), cited, as_json)
        hits = fts.search(doc, query, within, limit, exact)
    except fts.SearchSyntaxError as e:
        raise type(e)(f"{shown(query)} is a citation, not a search query: {cited}" if cited else str(e)) from None
    # Nothing has every word: a query with a word mistyped may be what the user meant.
    better = _suggestion(doc, query, within, exact) if not hits or hits[0].missing else None
    if not hits:
        _note(f"uncc: no unit matches {shown(query)}" + "".join(f"; {x}" for x in (cited, better) if x))
        raise typer.Exit(1)
    for message in (cited, better and f"no unit has every word; {better}"):
        if message:
            _note(f"uncc: {message}")
    _print_hits(doc, hits, every or limit is not None, as_json)
    if hits[0].missing:
        # No unit has every word: as grep, status 1, though the units with all but one are shown.
        raise typer.Exit(1)


def _print_hits(doc, hits: list, every: bool, as_json: bool) -> None:
    """The hits as JSON Lines, or for people: the first page of them unless `every`."""
    if as_json:
        _print_json(hit.json() for hit in hits)
        return
    from uncc.render import show_hits
    from uncc.search import PAGE

    shown_hits = hits if every else hits[:PAGE]
    show_hits(doc, shown_hits, len(hits) - len(shown_hits))


def _suggestion(doc, query: str, within: list[str] | None, exact: bool) -> str | None:
    """ "did you mean: uncc search ...", for a query no unit has every word of, or None."""
    import shlex

    from uncc import search as fts

    better = fts.suggest(doc, query, within, exact)
    return better and f"did you mean: uncc search {shlex.quote(better)}"


def _count(query: str, n: int, cited: str | None, as_json: bool) -> None:
    """`search --count`: the number of units with every word; status 1 for none."""
    if cited:
        _note(f"uncc: {cited}")
    if as_json:
        _print_json([{"query": query, "count": n}])
    else:
        print(n)
    if not n:
        raise typer.Exit(1)


def _cited(doc, query: str) -> str | None:
    """What to tell someone whose search query reads as a citation or an id: `show` prints what it names."""
    from uncc.cite import names

    named = names(doc, query)
    if not named:
        return None
    import shlex

    listed = " ".join(named[:3]) + (" ..." if len(named) > 3 else "")
    return f"to read {listed}, run: uncc show {shlex.quote(query)}"


@app.command(short_help="Print a defined term's definition, or list them.")
def define(
    term: Annotated[
        str | None,
        typer.Argument(
            metavar="TERM", help="A defined term, any case, singular or plural.", autocompletion=_complete_term
        ),
    ] = None,
    uses: Annotated[bool, typer.Option("--uses", help="Also list the units that use the term.")] = False,
    as_json: Json = False,
    no_pager: NoPager = False,
) -> None:
    """Print what the Convention defines a term to mean; with no TERM, list the defined terms.

    Example: uncc define "traffic data"   |   uncc define "service providers" --uses
    """
    _no_pager(no_pager)
    from uncc.layers import definitions as terms
    from uncc.store import load
    from uncc.views import definition

    doc = load()
    entries = [terms.lookup(doc, term)] if term is not None else doc.definitions
    if as_json:
        _print_json(definition(doc, e, with_uses=uses or term is None) for e in entries)
    else:
        from uncc.render import show_definitions

        show_definitions(doc, entries, full=term is not None, uses=uses)


@app.command(short_help="List the chapters and article titles.")
def toc(as_json: Json = False, no_pager: NoPager = False) -> None:
    """List the chapters and the titles of the articles.

    Example: uncc toc   |   uncc toc --json
    """
    _no_pager(no_pager)
    from uncc.store import load

    doc = load()
    if as_json:
        from uncc.views import toc as toc_entries

        _print_json(toc_entries(doc))
    else:
        from uncc.render import show_toc

        show_toc(doc)
