"""`uncc build`: the source text in, `convention.yaml` out, the same bytes every run."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from uncc.layers import definitions, references
from uncc.layers.references import Skipped
from uncc.model import Document
from uncc.source.clean import body_lines
from uncc.source.structure import parse
from uncc.store import FORMAT


def render_yaml(data: dict) -> str:
    """YAML for review in a diff: one unit's text on one line, keys as given."""
    return yaml.dump(data, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True, width=float("inf"), indent=2)


def build_data(source: bytes) -> tuple[dict, list[Skipped]]:
    """The document's data, its references resolved, and the citations left out.

    Raises ReferenceSyntaxError if any citation in the text cannot be resolved.
    """
    lines, footnotes = body_lines(source.decode("utf-8"))
    data = {
        "format": FORMAT,
        "source": {"file": "source.txt", "sha256": hashlib.sha256(source).hexdigest()},
        **parse(lines, footnotes),
    }
    doc = Document(data)
    data["references"], skipped = references.find(doc)
    data["definitions"] = definitions.find(doc)
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
