"""Write uncc/cite/_parser.py from grammar/refs.lark: python -m uncc.cite.generate.

The parser is generated once, here, by lark's standalone tool, and shipped as
Python source: its tables are a Python literal, so loading it reads no cache
and no pickle, and uncc needs lark only to regenerate it. The tool does not
write the same bytes twice (it orders its tables by set iteration), so a test
checks instead that the shipped module has the grammar's terminals and rules.
"""

from __future__ import annotations

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GRAMMAR = os.path.join(os.path.dirname(os.path.dirname(HERE)), "grammar", "refs.lark")
MODULE = os.path.join(HERE, "_parser.py")


def generate() -> str:
    """The parser module's source, as lark's standalone tool writes it for the grammar."""
    out = subprocess.run(
        [sys.executable, "-m", "lark.tools.standalone", "--propagate_positions", GRAMMAR],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return "# Generated from grammar/refs.lark by `python -m uncc.cite.generate`: do not edit.\n# fmt: off\n" + out


def main() -> None:
    with open(MODULE, "w", encoding="utf-8") as f:
        f.write(generate())


if __name__ == "__main__":
    main()
