"""The README tells the truth: every example prints what it shows, and the contract is documented."""

import re
import shlex

import pytest
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CONTRACT = ROOT.parent / "shared" / "CONTRACT.md"


def examples():
    """(command, expected lines) for each `$ uncc ...` in the README's console blocks."""
    out = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        for chunk in re.split(r"^(?=\$ )", block, flags=re.M):
            if chunk.startswith("$ "):
                command, *lines = chunk.rstrip("\n").split("\n")
                out.append((command[2:], lines))
    return out


EXAMPLES = examples()


def test_the_readme_has_examples_of_every_command():
    assert {shlex.split(c)[1] for c, _ in EXAMPLES} >= {"show", "toc", "refs", "resolve", "search"}


@pytest.mark.parametrize("command, expected", EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_every_readme_example_prints_what_it_shows(run, command, expected):
    argv = shlex.split(command)
    assert argv[0] == "uncc"
    r = run(*argv[1:])
    actual = (r.out + r.err).rstrip("\n").split("\n")
    if "..." in expected:
        cut = expected.index("...")
        head, tail = expected[:cut], expected[cut + 1 :]
        assert actual[: len(head)] == head
        assert actual[len(actual) - len(tail) :] == tail
    else:
        assert actual == expected


@pytest.mark.skipif(not CONTRACT.exists(), reason="../shared/CONTRACT.md is not beside the checkout")
def test_every_command_option_and_field_of_the_contract_is_in_the_readme():
    contract = CONTRACT.read_text(encoding="utf-8")
    commands = set(re.findall(r"`uncc (\w+)", contract))
    options = set(re.findall(r"(--[a-z]+)", contract))
    fields = set(re.findall(r'"(\w+)"\??', contract))
    kinds = set(re.findall(r"`([a-z-]+)`", contract.split("`kind` is one of")[1].split("\n\n")[0]))
    assert commands == {"show", "toc", "refs", "resolve", "search", "build"}
    assert {"--json", "--in"} <= options and {"id", "targets", "snippet", "incoming"} <= fields
    assert "preamble" in kinds and "resolution-paragraph" in kinds
    for word in sorted(commands):
        assert f"`uncc {word}" in README, word
    for word in sorted(options):
        assert word in README, word
    for word in sorted(fields):
        assert f'"{word}"' in README, word
    for word in sorted(kinds):
        assert f"`{word}`" in README, word


def test_every_option_of_the_cli_is_in_the_readme():
    from typer.main import get_command

    from uncc.cli import app

    group = get_command(app)
    for name, command in group.commands.items():
        assert f"uncc {name}" in README, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"{name} {opt}"
