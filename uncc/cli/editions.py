"""`export` and `graph`: the whole document in one format, and the network of its references.

No `from __future__ import annotations`: see uncc/cli/__init__.py.
"""

from typing import Annotated

import typer

from uncc import formats
from uncc.cli.app import Output, _select, _some_refs, _write, app


@app.command(short_help="Write the whole document as HTML, Akoma Ntoso, Markdown or JSON.")
def export(
    fmt: Annotated[
        str,
        typer.Argument(metavar="FORMAT", help=formats.listed(formats.EXPORT, described=True) + "."),
    ],
    output: Output = None,
) -> None:
    """Write the whole document (resolution, Convention, interpretative notes) in one format.

    html: one self-contained, hyperlinked page; akn: Akoma Ntoso 3.0 XML, valid against the OASIS schema;
    markdown: headings and anchors; json: the whole tree. The same bytes on every run.

    Example: uncc export html --output uncc.html   |   uncc export akn > convention.xml
    """
    from uncc.editions import cached
    from uncc.errors import UnccError, shown

    if fmt not in formats.EXPORT:
        raise UnccError(f"no export format {shown(fmt)}: give {formats.listed(formats.EXPORT)}")
    _write(cached(fmt), output)


_GraphFormat = Annotated[
    str, typer.Option("--format", metavar="FORMAT", help=formats.listed(formats.GRAPH, described=True) + ".")
]


@app.command(short_help="Draw the network of references, as DOT, Mermaid or JSON.")
def graph(
    refs: Annotated[list[str] | None, _some_refs("Only what these units cite and what cites them.")] = None,
    fmt: _GraphFormat = "dot",
    depth: Annotated[int, typer.Option("--depth", min=1, help="With REF: how many references away.")] = 1,
    units: Annotated[bool, typer.Option("--units", help="A node for each unit, not each article.")] = False,
    output: Output = None,
) -> None:
    """The reference network among the articles (or, with --units, among units); an edge counts the phrases
    that make it.

    Example: uncc graph --format dot | dot -Tsvg > refs.svg   |   uncc graph 42 --depth 2 --format mermaid
    """
    from uncc.editions.graph import Graph, render
    from uncc.errors import UnccError, shown
    from uncc.store import load

    if fmt not in formats.GRAPH:
        raise UnccError(f"no graph format {shown(fmt)}: give --format {formats.listed(formats.GRAPH)}")
    doc = load()
    network = Graph(doc, units)
    if refs:
        network.limit(_select(doc, refs), depth)
    _write(render(network, fmt), output)
