"""The HTML edition in a real browser: Debian's Chromium, headless, driven by Playwright.

In CI (CI=true) a missing browser or Playwright fails the test; elsewhere it is skipped.
"""

import pytest

from uncc.editions import export

# The browser is conftest's `chromium`: one for the session, each test in a page (and context) of its own.


def test_the_html_edition_in_a_browser(chromium, tree, tmp_path):
    page_file = tmp_path / "uncc.html"
    page_file.write_text(export(tree, "html"), encoding="utf-8")
    errors, failed, requests = [], [], []
    page = chromium.new_page(viewport={"width": 1000, "height": 800})  # and a context of its own
    try:
        page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_file.as_uri())

        # 42.6: "... the grounds contained in article 40, paragraph 21 (b) and (c) and paragraph 22 ..."
        link = page.locator("#art_42__para_6 a.ref", has_text="article 40, paragraph 21 (b)")
        assert link.count() == 1
        link.click()
        assert page.url.endswith("#art_40__para_21__list_1__item_b")
        target = page.locator("#art_40__para_21__list_1__item_b")
        assert target.is_visible() and _in_view(page, target)
        assert "If the requested State Party considers that execution of the request" in target.inner_text()

        # And back: 40.21 (b) is cited by 42.6, at the phrase that cites it.
        back = target.locator("p.cited-by a", has_text="Article 42, paragraph 6")
        back.click()
        anchor = f"ref-{_ref(tree, '42.6')}"
        assert page.url.endswith(f"#{anchor}")
        assert _in_view(page, page.locator(f"#{anchor}"))
        assert page.locator(f"#{anchor}").evaluate("a => a.closest('[id^=art_]').id") == "art_42__para_6"

        # The script only adds: a filter box for the contents.
        page.locator("#contents input").fill("24/7")
        visible = page.locator("#contents li:not([hidden]) > a").all_inner_texts()
        assert "Article 41. 24/7 network" in visible and "Article 40. General principles" not in " ".join(visible)

        page.screenshot(path=str(tmp_path / "edition.png"))
        # On a phone: nothing wider than the screen.
        page.set_viewport_size({"width": 390, "height": 800})
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        page.close()
    assert (tmp_path / "edition.png").stat().st_size > 10_000
    assert errors == [] and failed == []
    assert all(url.startswith("file://") for url in requests), requests


def _in_view(page, locator) -> bool:
    """Whether the element is on the screen (its top may sit a fraction of a pixel above it)."""
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and -1 <= box["y"] < height and box["y"] + box["height"] > 0


def _ref(tree, source: str) -> int:
    return next(n for n, r in enumerate(tree.references) if r["from"] == source and "40.21.b" in r["targets"])


# Deep links as people send them: (fragment, the citation the reader sees there, the lead-in words, or None).
DEEP = [
    ("art_40__para_21__list_1__item_b", "Article 40, paragraph 21 (b)", "Mutual legal assistance may be refused:"),
    ("art_2__list_1__item_e__list_1__item_ii", "Article 2 (e) (ii)", "shall mean any public or private entity that:"),
    ("art_42__para_6", "Article 42, paragraph 6", None),
    ("annex__para_1", "Interpretative note 1", None),
    ("art_41", "Article 41", None),
    # A nested item whose parent has no words of its own: the lead-in is its paragraph's.
    ("art_17__para_1__list_1__item_a__list_1__item_i", "Article 17, paragraph 1 (a) (i)", "when committed intentionally"),
]


@pytest.mark.parametrize("width, height", [(390, 844), (1280, 800)], ids=["phone", "desktop"])
def test_wherever_a_link_lands_the_reader_sees_where_they_are(chromium, tree, tmp_path, width, height):
    """At a phone's width and a desktop's, by the page's own geometry: at five deep links the unit's citation
    (its heading, or the label shown where a link lands) and a list item's lead-in words are in view, and so is
    the way back to the contents; a phone reaches the first article within two screens; the filter says when it
    finds nothing and offers the words it has."""
    page_file = tmp_path / "uncc.html"
    page_file.write_text(export(tree, "html"), encoding="utf-8")
    errors = []
    page = chromium.new_page(viewport={"width": width, "height": height})  # and a context of its own
    try:
        page.on("pageerror", lambda e: errors.append(str(e)))
        for fragment, cited, lead in DEEP:
            page.goto(f"{page_file.as_uri()}#{fragment}")
            target = page.locator(f"#{fragment}")
            assert _in_view(page, target), fragment
            if fragment.startswith("art_") and "__" not in fragment:
                heading = target.locator("h4").first
                assert _in_view(page, heading) and heading.inner_text().startswith("Article 41")
            else:
                shown = target.evaluate("e => getComputedStyle(e, '::before').content")
                assert cited in shown, (fragment, shown)
                assert (lead in shown) if lead else (shown == f'"{cited}"'), (fragment, shown)
                # The label stands at the top of the unit, which is on the screen.
                top = target.evaluate("e => e.getBoundingClientRect().top")
                assert 0 <= top < height / 2, (fragment, top)
            back = page.locator("a.to-contents")
            box = back.bounding_box()
            assert back.is_visible() and box["y"] >= 0 and box["y"] + box["height"] <= height
            assert box["x"] >= 0 and box["x"] + box["width"] <= width
        # Where "Cited by" links land, at a phrase inside a unit: the unit's label, the phrase the target.
        n = next(n for n, r in enumerate(tree.references) if r["from"] == "43.2" and "40.21.b" in r["targets"])
        page.goto(f"{page_file.as_uri()}#ref-{n}")
        holder = page.locator("#art_43__para_2")
        shown = holder.evaluate("e => getComputedStyle(e, '::before').content")
        assert shown == '"Article 43, paragraph 2"' and _in_view(page, page.locator(f"#ref-{n}"))
        page.locator("a.to-contents").click()
        assert _in_view(page, page.locator("#contents h2"))
        page.screenshot(path=str(tmp_path / f"deep-{width}.png"))

        # The first article: chapter I in the contents on the first two screens; unfolded, its first article.
        page.goto(page_file.as_uri())
        chapter = page.locator("#contents summary", has_text="Chapter I.").first
        assert chapter.evaluate("a => a.getBoundingClientRect().top + window.scrollY") < 2 * height
        chapter.click()
        page.locator("#contents a", has_text="Article 1. Statement of purpose").click()
        first = page.locator("#art_1__list_1__item_a")
        assert _in_view(page, first) and "The purposes of this Convention are" in page.locator("#art_1").inner_text()

        # The filter: what it finds unfolded; nothing found said, with the contents' words that begin alike.
        page.goto(page_file.as_uri())
        box = page.locator("#contents input")
        box.fill("preservation")
        found = page.locator("#contents li:not([hidden]) > a", has_text="Article 42.")
        assert found.count() == 1 and found.is_visible()
        assert page.locator("#contents .nothing").is_hidden()
        box.fill("preservaton")
        nothing = page.locator("#contents .nothing")
        assert nothing.is_visible() and "Nothing in the contents matches \u201cpreservaton\u201d" in nothing.inner_text()
        nothing.locator("button", has_text="preservation").click()
        assert box.input_value() == "preservation" and found.is_visible() and nothing.is_hidden()
        box.fill("  data   PRESERVATION ")  # each word, in any case and order
        assert found.is_visible() and nothing.is_hidden()
        box.fill("chapter iv")  # a chapter's name: all its articles
        articles = page.locator("#contents details[open] li:not([hidden]) > a", has_text="Article ")
        assert "Article 23. Scope of procedural measures" in articles.all_inner_texts()
        box.fill("stored preservaton")
        nothing.locator("button", has_text="preservation").click()
        assert box.input_value() == "stored preservation" and found.is_visible()
        box.fill("")
        assert page.locator("#contents details[open]").count() == 0
    finally:
        page.close()
    assert errors == []
