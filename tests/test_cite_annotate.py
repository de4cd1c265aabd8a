"""`uncc cite --annotate`: the document back with its citations linked into the HTML edition."""

import re
from html import escape

import pytest
from test_cite import GOLD

from uncc.cite.annotate import href, links, markdown
from uncc.cite.document import citations
from uncc.cite.html import annotate as annotate_html
from uncc.cite.html import read as read_html

# (Markdown in, Markdown out): links only where no link or code is already.
MARKDOWN = [
    ("See article 41.", 'See [article 41](uncc.html#art_41 "Article 41").'),
    (
        "Art. 40(15) and art. 42",
        '[Art. 40(15)](uncc.html#art_40__para_15 "Article 40, paragraph 15") and [art. 42](uncc.html#art_42 "Article 42")',
    ),
    (
        "article 40, paragraph 21 (b) and (c)",
        '[article 40, paragraph 21 (b)](uncc.html#art_40__para_21__list_1__item_b "Article 40, paragraph 21 (b)") and '
        '[(c)](uncc.html#art_40__para_21__list_1__item_c "Article 40, paragraph 21 (c)")',
    ),
    ("[article 41](https://example.org) stays", "[article 41](https://example.org) stays"),
    ("`article 41` stays", "`article 41` stays"),
    ("```\narticle 41\n```\n", "```\narticle 41\n```\n"),
    ("article 99 is no article", "article 99 [uncc: article 99 does not exist: the Convention has articles 1 to 68] is no article"),
    ("Budapest art. 35 is not ours", "Budapest art. 35 is not ours"),
    (
        "articles 7 to 9",
        '[articles 7 to 9](uncc.html#art_7 "Article 7; Article 8; Article 9")',
    ),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", MARKDOWN)
def test_markdown(tree, text, expected):
    assert markdown(text, links(tree, citations(tree, text))) == expected


def test_annotate_through_the_cli(run, tmp_path):
    doc = tmp_path / "brief.md"
    doc.write_text("# Brief\n\nArticle 41 and Budapest art. 35.\n", encoding="utf-8")
    r = run("cite", str(doc), "--annotate", "--base", "https://example.org/uncc.html")
    assert r.status == 0
    assert r.out == '# Brief\n\n[Article 41](https://example.org/uncc.html#art_41 "Article 41") and Budapest art. 35.\n'


def test_every_annotated_link_lands_on_its_unit_in_the_edition(chromium, tree, tmp_path):
    """Every citation of the six gold documents, annotated, opened in Chromium: the target element exists and is
    scrolled into view."""
    from uncc.editions import export

    edition = tmp_path / "uncc.html"
    edition.write_text(export(tree, "html"), encoding="utf-8")
    base = edition.as_uri()
    hrefs = set()
    for name in GOLD:
        text = _document(name)
        out = markdown(text, links(tree, citations(tree, text), base))
        found = set(re.findall(r"\]\((file://[^ )]+)", out))
        hrefs |= found
        # The same document as HTML, one <p> a paragraph and its first words bold: the <a> elements it gets.
        page = (
            "<!DOCTYPE html><html><body>"
            + "".join(f"<p><b>{escape(p[:12])}</b>{escape(p[12:])}</p>" for p in text.split("\n\n"))
            + "</body></html>"
        )
        read = read_html(page)
        annotated = annotate_html(read, links(tree, citations(tree, read.text), base))
        assert read_html(annotated).text == read.text  # the text is untouched, only wrapped
        html_hrefs = set(re.findall(r'<a href="(file://[^"]+)" class="uncc-cite"', annotated))
        assert found <= html_hrefs  # every Markdown link is in the HTML too (which has no links or code of its own)
        hrefs |= html_hrefs
    assert len(hrefs) >= 60
    assert href("40.21.b", base) in hrefs and href("40.22", base) in hrefs
    assert {link.split("#", 1)[0] for link in hrefs} == {base}
    page = chromium.new_page(viewport={"width": 1000, "height": 800})  # and a context of its own
    try:
        page.goto(base)
        # Each link followed in the page (a navigation within the document, which scrolls to its unit before
        # it returns), and where its unit then is.
        boxes = page.evaluate(
            "links => links.map(link => { location.href = link;"
            " const e = document.getElementById(decodeURIComponent(location.hash.slice(1))); if (!e) return null;"
            " const r = e.getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; })",
            sorted(hrefs),
        )
        for link, box in zip(sorted(hrefs), boxes, strict=True):
            assert box is not None, f"{link}: no element with that id"
            top, bottom, height = box
            assert bottom > 0 and top < height, f"{link}: the unit is not in view ({box})"
    finally:
        page.close()


def _document(name):
    from pathlib import Path

    return (Path(__file__).parent / "documents" / name).read_text(encoding="utf-8")
