"""`uncc build`: the source text in, `convention.yaml` out, the same bytes every run."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from uncc import terms
from uncc.clean import body_lines
from uncc.model import Unit
from uncc.refs import Skipped, find
from uncc.store import Tree
from uncc.tree import Document, parse

FORMAT = 1
UNIT_KEYS = ("id", "kind", "label", "title", "text", "children", "tail", "notes", "articles", "footnotes")


def unit_dict(unit: Unit) -> dict:
    """The unit as YAML wants it: keys in a fixed order, empty ones left out."""
    out = {}
    for key in UNIT_KEYS:
        value = getattr(unit, key)
        if key == "children":
            value = [unit_dict(child) for child in value]
        if value:
            out[key] = value
    return out


def document_dict(doc: Document, source: bytes) -> dict:
    return {
        "format": FORMAT,
        "source": {"file": "source.txt", "sha256": hashlib.sha256(source).hexdigest()},
        "resolution": {**unit_dict(doc.resolution), "closing": doc.closing},
        "convention": {
            "heading": doc.convention_heading,
            "title": doc.convention_title,
            "units": [unit_dict(u) for u in doc.units],
        },
        "annex": {
            "heading": doc.annex_heading,
            "title": doc.annex_title,
            "groups": [
                {"heading": heading, "units": [unit_dict(n) for n in notes]} for heading, notes in doc.note_groups
            ],
        },
    }


def render_yaml(data: dict) -> str:
    """YAML for review in a diff: one unit's text on one line, keys as given."""
    return yaml.dump(data, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True, width=float("inf"), indent=2)


def build_data(source: bytes) -> tuple[dict, list[Skipped]]:
    """The document's data, its references resolved, and the phrases left out.

    Raises ReferenceSyntaxError if any reference phrase cannot be resolved.
    """
    lines, footnotes = body_lines(source.decode("utf-8"))
    data = document_dict(parse(lines, footnotes), source)
    tree = Tree(data)
    found, skipped = find(tree)
    data["references"] = [{"from": f.source, "text": f.text, "targets": f.targets} for f in found]
    data["definitions"] = terms.find(tree)
    return data, skipped


def build_text(source: bytes) -> str:
    """The YAML text that `uncc build` writes for this source."""
    return render_yaml(build_data(source)[0])


def build(data_dir: str | Path) -> tuple[Path, dict, list[Skipped]]:
    """Regenerate `convention.yaml` in `data_dir` from `source.txt` beside it."""
    data_dir = Path(data_dir)
    data, skipped = build_data((data_dir / "source.txt").read_bytes())
    out = data_dir / "convention.yaml"
    tmp = out.with_suffix(".yaml.tmp")
    tmp.write_text(render_yaml(data), encoding="utf-8")
    tmp.replace(out)
    return out, data, skipped
