"""Loading the data: checked once, cached by digest, never a wrong answer from damaged data."""

import shutil

import pytest
from conftest import YAML

from uncc.errors import DataError
from uncc.model import Document
from uncc.store import FORMAT, read_yaml


@pytest.fixture
def copy(tmp_path):
    path = tmp_path / "convention.yaml"
    shutil.copy(YAML, path)
    return path


def test_a_missing_file_says_to_build(tmp_path):
    with pytest.raises(DataError, match=r"convention.yaml is missing: run `uncc build`"):
        read_yaml(str(tmp_path / "convention.yaml"))


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda t: t[: len(t) // 2], r"is (not valid YAML at line \d+|damaged)"),
        (lambda t: "", r"is damaged \(the file is not a mapping\)"),
        (lambda t: "- a\n- b\n", r"is damaged \(the file is not a mapping\)"),
        (lambda t: t.replace(f"format: {FORMAT}", "format: 7", 1), rf"is damaged \(format 7, expected {FORMAT}\)"),
        (lambda t: t.replace("id: '41'", "id: '40'", 1), r"is damaged \(40 occurs twice\)"),
        (lambda t: t.replace("kind: article", "kind: poem", 1), r"\(1 has no valid kind\)"),
        (lambda t: t.replace("  text: ", "  txet: ", 1), r"unknown field 'txet'"),
        (lambda t: t.replace("- note.4", "- note.9", 1), r"links to note.9, which is not in the file"),
        (lambda t: t.replace("children:", "children: 3\n  x:", 1), r"is (damaged|not valid YAML)"),
        (lambda t: "!!python/object/apply:os.system ['echo owned']\n", r"is not valid YAML"),
        (
            lambda t: t.replace("  targets:\n  - '25'", "  targets:\n  - '999'", 1),
            r"an entry of references that is not about units",
        ),
        # A link to a unit the file does not have, to one its phrase does not name, past its phrase's end, and
        # an empty one.
        (
            lambda t: t.replace("  links:\n  - - 0\n    - 28\n    - '56'", "  links:\n  - - 0\n    - 28\n    - '99'", 1),
            r"an entry of references that is not about units",
        ),
        (
            lambda t: t.replace("  links:\n  - - 0\n    - 28\n    - '56'", "  links:\n  - - 0\n    - 28\n    - '57'", 1),
            r"an entry of references that is not about units",
        ),
        (
            lambda t: t.replace("  links:\n  - - 0\n    - 28\n    - '56'", "  links:\n  - - 0\n    - 29\n    - '56'", 1),
            r"an entry of references that is not about units",
        ),
        (
            lambda t: t.replace("  links:\n  - - 0\n    - 9\n    - '2'", "  links:\n  - - 9\n    - 9\n    - '2'", 1),
            r"an entry of headings that is not about units",
        ),
        (
            lambda t: t.replace("- term: traffic data", "- term: ''", 1),
            r"an entry of definitions that is not about units",
        ),
        (
            lambda t: t.replace("definitions:", "definitionz:", 1),
            r"is damaged \(unknown field .definitionz. in the file\)",
        ),
    ],
)
def test_damaged_data_is_refused_with_the_fix(copy, damage, message):
    copy.write_text(damage(copy.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(DataError, match=message) as e:
        read_yaml(str(copy))
    assert "uncc build" in str(e.value)


def test_the_cache_answers_for_the_same_bytes_only(copy):
    first, digest = read_yaml(str(copy))
    again, same = read_yaml(str(copy))
    assert (again, same) == (first, digest)
    # A hand edit is a new digest: the edit is seen, not the cached tree.
    copy.write_text(
        copy.read_text(encoding="utf-8").replace("24/7 network", "Round-the-clock network"), encoding="utf-8"
    )
    edited, other = read_yaml(str(copy))
    assert other != digest
    assert Document(edited).get("41").title == "Round-the-clock network"


def test_a_damaged_cache_is_ignored(copy, tmp_path):
    from uncc.cache import directory

    data, digest = read_yaml(str(copy))
    for cached in __import__("glob").glob(f"{directory()}/tree-*-{digest}.marshal"):
        with open(cached, "wb") as f:
            f.write(b"\x00garbage")
    assert read_yaml(str(copy))[0] == data


def test_a_new_layer_is_its_declaration_and_its_finder(tmp_path):
    """A layer added to a copy of the package, by an entry in uncc/schema.py and a module that finds its entries,
    and nothing else: the build writes it, the store checks it and `show --json` prints a unit's entries."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    package = tmp_path / "pkg"
    shutil.copytree(root / "uncc", package / "uncc", ignore=shutil.ignore_patterns("__pycache__"))
    (package / "data").mkdir()
    shutil.copy(root / "data" / "source.txt", package / "data" / "source.txt")
    schema = package / "uncc" / "schema.py"
    declared = schema.read_text(encoding="utf-8")
    assert declared.count('    "provisions": Layer(') == 1
    schema.write_text(declared.replace(
        '    "provisions": Layer(',
        '    "titles": Layer({"id": "id", "words": "text"}, "id", "uncc.layers.titles:find"),\n    "provisions": Layer(',
    ), encoding="utf-8")  # fmt: skip
    (package / "uncc" / "layers" / "titles.py").write_text(
        'def find(doc):\n    return [{"id": a.id, "words": a.title} for a in doc.articles]\n', encoding="utf-8"
    )
    env = {**os.environ, "PYTHONPATH": str(package), "XDG_CACHE_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.pop("UNCC_DATA_DIR", None)

    def uncc(*args, data=None):
        extra = {"UNCC_DATA_DIR": str(data)} if data else {}
        return subprocess.run([sys.executable, "-m", "uncc", *args], capture_output=True, text=True,
                              env={**env, **extra}, cwd=tmp_path, check=False)  # fmt: skip

    (tmp_path / "out").mkdir()
    built = uncc("build", "--output", str(tmp_path / "out"))
    assert built.returncode == 0, built.stderr
    written = (tmp_path / "out" / "convention.yaml").read_text(encoding="utf-8")
    assert "\ntitles:\n- id: '1'\n  words: Statement of purpose\n" in written and written.index("\ntitles:") < written.index(
        "\nprovisions:"
    )
    shown = uncc("show", "41", "--json", data=tmp_path / "out")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["titles"] == [{"words": "24/7 network"}]
    assert "titles" not in json.loads(uncc("show", "41.1", "--json", data=tmp_path / "out").stdout)
    # The store checks the new layer's entries as it checks the others'.
    (tmp_path / "out" / "convention.yaml").write_text(
        written.replace("- id: '1'\n  words: Statement of purpose", "- id: '999'\n  words: Statement of purpose", 1), encoding="utf-8"
    )
    damaged = uncc("show", "41", "--json", data=tmp_path / "out")
    assert damaged.returncode == 2 and "an entry of titles that is not about units of the file" in damaged.stderr
