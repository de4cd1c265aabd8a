"""`uncc export html`: the whole document as one self-contained, hyperlinked HTML file.

Every unit is an element whose `id` is its eId; every reference phrase links
to what it names (a phrase naming several units links each part: "(c)" to
40.21 (c)), and the first link of each phrase is an anchor `ref-N` that the
"Cited by" lines of the units it names link back to; a defined term links to
its definition where it is used; each unit a note is about links to the note,
and the note back. Wherever a link lands, the unit there shows its citation
and, for an item of a list, the words that lead into the list (from `data-`
attributes, by CSS: not part of the text); a link back to the contents stays
in a corner; the contents fold each chapter's articles, so a phone reaches the
text within two screens. No request leaves the file: the style is inline, and
the one script only adds a filter box to the contents, which says when
nothing matches and offers the contents' words that begin alike.
"""

from __future__ import annotations

from html import escape

from uncc import ids
from uncc.editions import HEADING_LEVELS, TITLE, Walk
from uncc.model import Document, Unit

STYLE = """
:root { --ink: #1b1b1b; --faint: #5a5a5a; --link: #0b5394; --rule: #d8d8d8; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; color: var(--ink); background: #fff;
       font: 1.05rem/1.55 Georgia, "Times New Roman", serif; }
h1 { font-size: 1.6rem; line-height: 1.25; }
h2 { font-size: 1.35rem; margin-top: 2.5rem; border-top: 1px solid var(--rule); padding-top: 1rem; }
h3 { font-size: 1.2rem; margin-top: 2rem; }
h4 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
section > p, div > p { margin: .4rem 0; }
a { color: var(--link); }
a.term { color: inherit; text-decoration: underline dotted; }
.num { font-weight: bold; margin-right: .35em; }
.paragraph, .resolution-paragraph, .note, .recital { margin: .5rem 0; }
.subparagraph, .item { margin: .3rem 0 .3rem 1.6rem; }
.closing-words { margin: .3rem 0 .3rem 1.6rem; }
.cited-by, .notes, .about, .counterparts { font-size: .85rem; color: var(--faint); margin: .15rem 0 .4rem; }
.footnote { font-size: .9rem; border-top: 1px solid var(--rule); margin-top: 1rem; padding-top: .5rem; }
nav ul { list-style: none; padding-left: 1rem; margin: .2rem 0; }
nav > ul { padding-left: 0; }
nav input { width: 100%; font: inherit; padding: .3rem; margin: .3rem 0; }
:target { background: #fff3c4; }
[id] { scroll-margin-top: .4rem; }
/* Where a link lands: the unit's citation and, in a list, the words that lead into it. */
[data-cite]:is(:target, :has(> p a:target))::before { content: attr(data-cite); display: block;
  white-space: pre-line; font: bold .85rem/1.35 system-ui, sans-serif; color: var(--faint); margin-bottom: .25rem; }
[data-lead]:is(:target, :has(> p a:target))::before { content: attr(data-cite) "\\A" attr(data-lead) " \\2026"; }
.to-contents { position: fixed; right: .4rem; bottom: .4rem; padding: .2rem .5rem; background: #fffe;
  border: 1px solid var(--rule); border-radius: .3rem; font: .9rem system-ui, sans-serif; text-decoration: none; }
nav summary { cursor: pointer; }
nav .nothing { font-size: .9rem; color: var(--faint); }
nav .nothing button { font: inherit; margin: .1rem .3rem .1rem 0; }
@media (max-width: 40rem) { body { font-size: 1rem; padding: .6rem; } .subparagraph, .item { margin-left: 1rem; } }
@media print { nav, .cited-by, .notes, .about, .counterparts, .to-contents { display: none; }
               [data-cite]::before { content: none !important; }
               a { color: inherit; text-decoration: none; }
               body { max-width: none; } h2 { break-before: page; } }
"""

# Only adds: a box that filters the contents by what is typed into it.
SCRIPT = """
(function () {
  var nav = document.getElementById("contents");
  if (!nav) return;
  var box = document.createElement("input");
  box.type = "search";
  box.placeholder = "Filter the contents";
  box.setAttribute("aria-label", "Filter the contents");
  var nothing = document.createElement("p");
  nothing.className = "nothing";
  nothing.hidden = true;
  nothing.setAttribute("role", "status");
  var list = nav.querySelector("ul");
  nav.insertBefore(box, list);
  nav.insertBefore(nothing, list);
  var known = {};
  list.textContent.toLowerCase().split(/[^a-z0-9/-]+/).forEach(function (w) { if (w.length > 3) known[w] = 1; });
  function plain(el) { return el.textContent.toLowerCase().replace(/\\s+/g, " "); }
  function has(el, words) {
    var text = plain(el);
    return words.every(function (w) { return text.indexOf(w) >= 0; });
  }
  var all = plain(list);
  box.addEventListener("input", function () {
    // Each word typed, in any order; a chapter whose name has them all shows all its articles.
    var words = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
    nav.querySelectorAll("li").forEach(function (li) { li.hidden = words.length > 0 && !has(li, words); });
    nav.querySelectorAll("details").forEach(function (d) {
      if (words.length && has(d.querySelector("summary"), words)) {
        d.querySelectorAll("li").forEach(function (li) { li.hidden = false; });
      }
      d.open = words.length > 0 && !d.parentNode.hidden;
    });
    var found = !words.length || nav.querySelector("li:not([hidden])") !== null;
    nothing.hidden = found;
    nothing.textContent = "";
    if (found) return;
    var said = "Nothing in the contents matches \\u201C" + box.value.trim() + "\\u201D.";
    nothing.appendChild(document.createTextNode(said));
    // For the first word the contents lack, the words it has that begin alike; one replaces that word.
    var missing = words.filter(function (w) { return all.indexOf(w) < 0; })[0] || words[words.length - 1];
    var stem = missing.slice(0, 3);
    var like = Object.keys(known).filter(function (w) { return w.indexOf(stem) === 0; }).sort().slice(0, 6);
    if (like.length) nothing.appendChild(document.createTextNode(" Words it has: "));
    like.forEach(function (w) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = w;
      b.addEventListener("click", function () {
        box.value = words.map(function (x) { return x === missing ? w : x; }).join(" ");
        box.dispatchEvent(new Event("input"));
      });
      nothing.appendChild(b);
    });
  });
})();
"""


def render(doc: Document) -> str:
    walk = Walk(doc)
    name = TITLE
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(name)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        '<a class="to-contents" href="#contents">Contents</a>',
        f'<header><h1 id="top">{escape(name)}</h1>',
        "<p>Adopted by the General Assembly of the United Nations in resolution 79/243 of 24 December 2024:"
        " the resolution, the Convention and the interpretative notes, with every reference a link.</p></header>",
        *_contents(doc),
        "<main>",
    ]
    for part in (doc.resolution, doc.convention, doc.annex):
        out += _unit(walk, part)
    out += ["</main>", f"<script>{SCRIPT}</script>", "</body>", "</html>", ""]
    return "\n".join(out)


def _contents(doc: Document) -> list[str]:
    """The table of contents: the three parts, the Convention's preamble, chapters and articles, the notes."""
    out = ['<nav id="contents" aria-label="Contents">', "<h2>Contents</h2>", "<ul>"]
    for part in (doc.resolution, doc.convention, doc.annex):
        out.append(f'<li><a href="#{ids.eid(part.id)}">{escape(_name(part))}</a>')
        inner = [u for u in part.children if u.kind in ("preamble", "chapter", "testimonium", "note")]
        if part is doc.convention and inner:
            out.append("<ul>")
            for unit in inner:
                link = f'<a href="#{ids.eid(unit.id)}">{escape(_name(unit))}</a>'
                if unit.kind == "chapter":
                    # Folded: the chapters fit on a phone's first screen; the filter unfolds what it finds.
                    out += ["<li><details>", f"<summary>{escape(_name(unit))}</summary>", "<ul>", f"<li>{link}</li>"]
                    out += [f'<li><a href="#{ids.eid(a.id)}">{escape(_name(a))}</a></li>' for a in unit.children]
                    out += ["</ul>", "</details></li>"]
                else:
                    out.append(f"<li>{link}</li>")
            out.append("</ul>")
        out.append("</li>")
    out += ["</ul>", "</nav>"]
    return out


def _name(unit: Unit) -> str:
    """A part as the contents list it: "Article 41. 24/7 network"."""
    cited = ids.citation(unit.id)
    return f"{cited}. {unit.title}" if unit.title and unit.kind in ("chapter", "article") else cited


def _unit(walk: Walk, unit: Unit) -> list[str]:
    eid, kind = ids.eid(unit.id), unit.kind
    if kind == "footnote":
        back = f'<a href="#fnref-{eid}" aria-label="Back to the text">{escape(unit.label)}</a>'
        return [
            f'<aside id="{eid}" class="footnote"><p><span class="num">{back}</span> {_text(walk, unit)}</p></aside>'
        ]
    if kind in HEADING_LEVELS or kind in ("preamble", "testimonium", "closing"):
        out = [f'<section id="{eid}" class="{kind}">']
        if kind in HEADING_LEVELS:
            level = HEADING_LEVELS[kind]
            label = unit.label if kind in ("chapter", "article") else ids.citation(unit.id)
            heading = f'<span class="num">{escape(label)}</span>' + (f" {escape(unit.title)}" if unit.title else "")
            out.append(f"<h{level}>{heading}</h{level}>")
        elif unit.parent is walk.doc.convention:
            out.append(f"<h3>{escape(ids.citation(unit.id))}</h3>")
        if unit.text:
            out.append(f"<p>{_text(walk, unit)}</p>")
    else:
        out = [f'<h3 class="note-heading">{escape(unit.heading)}</h3>'] if kind == "note" and unit.heading else []
        cite = f' data-cite="{escape(ids.citation(unit.id))}"'
        lead, up = "", unit.parent if kind in ("item", "subparagraph") else None
        while up is not None and not lead and up.kind in ("item", "subparagraph", "paragraph", "article"):
            lead, up = up.text, up.parent  # (a) of 17.1 has no words of its own: 17.1's lead into (a) (i)
        if lead:
            cite += f' data-lead="{escape(" ".join(lead.split()))}"'
        out.append(f'<div id="{eid}" class="{kind}"{cite}>')
        number = f'<span class="num">{escape(unit.label)}</span> ' if unit.label and kind != "recital" else ""
        if unit.text or number:
            out.append(f"<p>{number}{_text(walk, unit)}</p>")
    out += _about(walk, unit)
    for child in unit.children:
        out += _unit(walk, child)
    if unit.tail:
        out.append(f'<p class="closing-words">{_text(walk, unit, tail=True)}</p>')
    out.append("</section>" if out[0].startswith("<section") else "</div>")
    return out


def _about(walk: Walk, unit: Unit) -> list[str]:
    """What cites the unit, the notes about it, and (for a note) what it is about."""
    out = []
    refs = walk.doc.references
    # One link for each unit that cites it: to the first phrase there that does.
    first: dict[str, int] = {}
    for n in walk.cited_by.get(unit.id, []):
        first.setdefault(refs[n]["from"], n)
    cited_by = list(first.values())
    if cited_by:
        froms = [f'<a href="#ref-{n}">{escape(ids.citation(refs[n]["from"]))}</a>' for n in cited_by]
        out.append(f'<p class="cited-by">Cited by {", ".join(froms)}.</p>')
    notes = walk.notes.get(unit.id, [])
    if notes:
        named = [f'<a href="#{ids.eid(n)}">{escape(ids.citation(n))}</a>' for n in notes]
        out.append(f'<p class="notes">See {", ".join(named)}.</p>')
    if unit.kind == "article":
        from uncc.layers.concordance import counterparts, instruments

        rows = counterparts(unit.id)
        if rows:
            named = [
                f"{escape(instruments()[r['instrument']]['short'])} art. {escape(r['article'])}"
                + (f"({escape(r['paragraph'])})" if r.get("paragraph") else "")
                + (f" (for {escape(ids.citation(r['unit']))})" if r["unit"] != unit.id else "")
                + f", {escape(r['title'])} ({escape(r['relation'])})"
                for r in rows
            ]
            out.append(f'<p class="counterparts">Corresponds to: {"; ".join(named)}.</p>')
    about = walk.about.get(unit.id, []) if unit.kind == "note" else []
    if about:
        named = [f'<a href="#{ids.eid(u)}">{escape(ids.citation(u))}</a>' for u in about]
        out.append(f'<p class="about">On {", ".join(named)}.</p>')
    return out


def _text(walk: Walk, unit: Unit, tail: bool = False) -> str:
    """The unit's own words (or closing words), linked, with the marks of its footnotes after them."""
    out = []
    for run in walk.runs(unit, tail):
        words = escape(run.text, quote=False)
        if run.target is None:
            out.append(words)
        elif run.kind == "ref":
            anchor = f' id="ref-{run.ref}"' if run.ref is not None else ""
            out.append(f'<a class="ref"{anchor} href="#{ids.eid(run.target)}">{words}</a>')
        else:
            where = escape(ids.citation(run.target))
            out.append(f'<a class="term" href="#{ids.eid(run.target)}" title="Defined in {where}">{words}</a>')
    if not tail:
        for fid in unit.footnotes:
            fn = ids.eid(fid)
            label = escape(walk.doc.get(fid).label)
            out.append(f'<sup><a id="fnref-{fn}" href="#{fn}" aria-label="Footnote {label}">{label}</a></sup>')
    return "".join(out)
