"""Write uncc/cite/_parser.py from grammar/refs.lark: python -m uncc.cite.generate.

The parser is generated once, here, by lark's standalone tool, and shipped as
Python source: its tables are a Python literal, so loading it reads no cache
and no pickle, and uncc needs lark only to regenerate it. The lexer is lark's
basic one: a single regular expression to compile on first use, where the
contextual lexer compiles one per parser state it meets.

Two of the tool's imports are cut, because every run of `uncc resolve` would
pay for them and nothing uncc calls uses them: `logging` (lark's debug and
warning messages, which uncc silences anyway) and `pickle, zlib, base64`
(lark's optional table cache and compressed tables). Without them the
module cannot load a pickle even by mistake.

The tool does not write the same bytes twice (it orders its tables by set
iteration), so a test checks that the shipped module's code is what this
writes and that its tables have the grammar's terminals and rules.
"""

from __future__ import annotations

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GRAMMAR = os.path.join(os.path.dirname(os.path.dirname(HERE)), "grammar", "refs.lark")
MODULE = os.path.join(HERE, "_parser.py")

# (what lark writes, what uncc ships instead); each must occur exactly once.
CUTS = [
    (
        "import logging\n",
        "",
    ),
    (
        'logger: logging.Logger = logging.getLogger("lark")\nlogger.addHandler(logging.StreamHandler())\n',
        "class _Silent:\n"
        "    def __getattr__(self, name):\n"
        "        return lambda *args, **kwargs: None\n\n\n"
        "logger = _Silent()\n",
    ),
    (
        "logger.setLevel(logging.CRITICAL)\n",
        "",
    ),
    (
        "import pickle, zlib, base64\n",
        "",
    ),
]


def generate() -> str:
    """The parser module's source: lark's standalone tool's output for the grammar, with CUTS made."""
    out = subprocess.run(
        [sys.executable, "-m", "lark.tools.standalone", "--lexer", "basic", GRAMMAR],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for old, new in CUTS:
        if out.count(old) != 1:
            raise SystemExit(f"lark's standalone output changed: {old!r} is not there once; update CUTS")
        out = out.replace(old, new)
    # Annotations left as text: lark's code annotates nearly every function, and building those types at
    # import would cost every `uncc resolve` a millisecond.
    header = "# Generated from grammar/refs.lark by `python -m uncc.cite.generate`: do not edit.\n# fmt: off\n"
    return header + "from __future__ import annotations\n" + out


def code(source: str) -> str:
    """A parser module's source without its tables (the part lark writes in a different order each time)."""
    return source.split("\nDATA = (\n", 1)[0]


def main() -> None:
    with open(MODULE, "w", encoding="utf-8") as f:
        f.write(generate())


if __name__ == "__main__":
    main()
