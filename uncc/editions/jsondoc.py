"""`uncc export json`: the whole tree, its references and definitions, as one JSON document.

The data `uncc build` writes, as JSON instead of YAML, for programs that do
not read YAML: `{"format", "source", "resolution", "convention", "annex",
"references", "headings", "definitions", "provisions"}`, each unit `{"id", "kind", "label"?, "title"?,
"text"?, "children"?, "tail"?, ...}` as in the data file.
"""

from __future__ import annotations

import json

from uncc.model import Document


def render(doc: Document) -> str:
    return json.dumps(doc.data, ensure_ascii=False) + "\n"
