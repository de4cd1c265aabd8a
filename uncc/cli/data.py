"""`build`: regenerate convention.yaml from the source text.

No `from __future__ import annotations`: see uncc/cli/__init__.py.
"""

import os
from typing import Annotated

import typer

from uncc.cli.app import _note, app


@app.command(short_help="Regenerate convention.yaml from the source text.")
def build(
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            metavar="DIR",
            help="Write convention.yaml here (default: $UNCC_DATA_DIR, or data/ in a checkout).",
        ),
    ] = None,
) -> None:
    """Regenerate convention.yaml from source.txt in the data directory, checked against the Convention's fixed facts.

    Writes only where --output or UNCC_DATA_DIR says (or data/ in a checkout), never inside an installed package.

    Example: uncc build   |   uncc build --output ./mydata
    """
    from collections import Counter

    from uncc.model import Document
    from uncc.source.build import build as run_build
    from uncc.store import PACKAGE, data_dir

    out_dir = output or os.environ.get("UNCC_DATA_DIR") or data_dir()
    inside = os.path.realpath(out_dir)
    if inside == os.path.realpath(PACKAGE) or inside.startswith(os.path.realpath(PACKAGE) + os.sep):
        from uncc.errors import UnccError

        raise UnccError(
            f"uncc build does not write inside the installed package ({out_dir}): "
            "give --output DIR or set UNCC_DATA_DIR"
        )
    out, data, skipped = run_build(os.path.join(data_dir(), "source.txt"), out_dir)
    _note(f"wrote {out}: {len(Document(data).units)} units")
    _note(f"references resolved: {len(data['references'])}")
    _note(f"phrases left out: {len(skipped)}")
    for reason, n in Counter(s.reason for s in skipped).most_common():
        _note(f"  {n:3}  {reason}")
