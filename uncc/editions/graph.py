"""`uncc graph`: the network of the Convention's references, as Graphviz DOT, Mermaid or JSON.

A node is an article (or, with `units`, the unit itself); a unit outside the
articles (a resolution paragraph, a note, the footnote) is a node of its
own. An edge runs from the unit a phrase stands in to each unit it names,
and counts the phrases that make it; an article's references to itself are
left out. Limited to REF, the graph keeps what is within `depth` steps of the
units REF names, following references either way.
"""

from __future__ import annotations

import textwrap

from uncc import ids
from uncc.model import Document


class Graph:
    def __init__(self, doc: Document, units: bool = False):
        self.doc, self.units = doc, units
        self.edges: dict[tuple[str, str], int] = {}
        for ref in doc.references:
            source = self.node(ref["from"])
            for target in dict.fromkeys(self.node(t) for t in ref["targets"]):
                if target != source:
                    self.edges[(source, target)] = self.edges.get((source, target), 0) + 1

    def node(self, uid: str) -> str:
        """The node a unit belongs to: itself, or its article."""
        if self.units:
            return uid
        article = self.doc.get(uid).article
        return article.id if article is not None else uid

    def limit(self, named: list[str], depth: int) -> None:
        """Keep what is within `depth` steps of the units `named` (a chapter: its articles), either way."""
        near: dict[str, int] = {}
        for uid in named:
            for unit in self.doc.get(uid).walk():
                if self.units or unit.kind == "article" or unit.article is None:
                    near.setdefault(self.node(unit.id), 0)
        nodes = {x for edge in self.edges for x in edge}
        near = {uid: 0 for uid in near if uid in nodes} or {self.node(uid): 0 for uid in named}
        frontier = list(near)
        for step in range(1, depth + 1):
            if not frontier:
                break
            reached = []
            for a, b in self.edges:
                for here, there in ((a, b), (b, a)):
                    if here in frontier and there not in near:
                        near[there] = step
                        reached.append(there)
            frontier = reached
        self.edges = {
            (a, b): n for (a, b), n in self.edges.items() if a in near and b in near and min(near[a], near[b]) < depth
        }
        self.kept = set(near)

    def nodes(self) -> list[str]:
        """Every node an edge touches (and, when limited, the units named), in document order."""
        touched = {x for edge in self.edges for x in edge} | getattr(self, "kept", set())
        return self.doc.in_order(touched)

    def ordered_edges(self) -> list[tuple[str, str, int]]:
        key = self.doc.position
        return [(a, b, n) for (a, b), n in sorted(self.edges.items(), key=lambda e: (key(e[0][0]), key(e[0][1])))]

    def label(self, uid: str) -> str:
        unit = self.doc.get(uid)
        own = unit.title if unit.kind in ("article", "chapter") else ""
        return ids.short_citation(uid) + (f": {own}" if own else "")


def render(graph: Graph, fmt: str) -> str:
    if fmt == "json":
        import json

        nodes = [
            {"id": uid, "citation": ids.citation(uid), "title": graph.doc.get(uid).article_title}
            for uid in graph.nodes()
        ]
        edges = [{"from": a, "to": b, "count": n} for a, b, n in graph.ordered_edges()]
        return json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False) + "\n"
    if fmt == "mermaid":
        out = ["flowchart LR"]
        out += [f'  {_mermaid_id(uid)}["{_mermaid_text(graph.label(uid))}"]' for uid in graph.nodes()]
        out += [f"  {_mermaid_id(a)} -->|{n}| {_mermaid_id(b)}" for a, b, n in graph.ordered_edges()]
        return "\n".join(out) + "\n"
    out = [
        "digraph uncc {",
        "  graph [rankdir=LR, fontname=Helvetica];",
        "  node [shape=box, style=rounded, fontname=Helvetica, fontsize=10];",
        "  edge [fontname=Helvetica, fontsize=9];",
    ]
    for uid in graph.nodes():
        wrapped = "\\n".join(textwrap.wrap(graph.label(uid), 28))
        out.append(f"  {_dot(uid)} [label={_dot(wrapped, escape_newlines=False)}];")
    for a, b, n in graph.ordered_edges():
        out.append(f"  {_dot(a)} -> {_dot(b)} [label={n}, penwidth={1 + min(n, 4) / 2:g}];")
    out.append("}")
    return "\n".join(out) + "\n"


def _dot(text: str, escape_newlines: bool = True) -> str:
    text = text.replace("\\", "\\\\") if escape_newlines else text
    return '"' + text.replace('"', '\\"') + '"'


def _mermaid_id(uid: str) -> str:
    return "n_" + uid.replace(".", "_")


def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;")
