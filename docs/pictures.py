"""Make the README's pictures: python docs/pictures.py (needs Chromium, Playwright and Graphviz).

docs/html-edition.png: the HTML edition at article 40, paragraph 21 (b), reached from 42.6's link.
docs/phone-deep-link.png: the same deep link on a phone (390 x 844).
docs/graph-42.svg: `uncc graph 42 --depth 2`, drawn by Graphviz.
"""

import os
import shutil
import subprocess
import tempfile

from playwright.sync_api import sync_playwright

from uncc.editions import export
from uncc.editions.graph import Graph, render
from uncc.store import load

HERE = os.path.dirname(os.path.abspath(__file__))

doc = load()
with tempfile.TemporaryDirectory() as tmp:
    page_file = os.path.join(tmp, "uncc.html")
    with open(page_file, "w", encoding="utf-8") as f:
        f.write(export(doc, "html"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 900, "height": 560})
        page.goto(f"file://{page_file}#art_42__para_6")
        page.locator("#art_42__para_6 a.ref", has_text="article 40, paragraph 21 (b)").click()
        page.screenshot(path=os.path.join(HERE, "html-edition.png"))
        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(f"file://{page_file}#art_40__para_21__list_1__item_b")
        phone.screenshot(path=os.path.join(HERE, "phone-deep-link.png"))
        browser.close()

network = Graph(doc)
network.limit(["42"], 2)
subprocess.run(
    ["dot", "-Tsvg", "-o", os.path.join(HERE, "graph-42.svg")], input=render(network, "dot"), text=True, check=True
)
