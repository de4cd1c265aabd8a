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
    assert {shlex.split(c)[1] for c, _ in EXAMPLES} >= {"show", "toc", "refs", "resolve", "search", "define", "cite"}


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


# What CONTRACT.md names that uncc does not do yet, and the issue that builds it.
# Empty when the last open issue closes.
PENDING_COMMANDS: dict[str, int] = {}
PENDING_OPTIONS: dict[str, int] = {}
PENDING_FIELDS: dict[str, int] = {}
PENDING_KINDS: dict[str, int] = {}


def _cli():
    from typer.main import get_command

    from uncc.cli import app

    return get_command(app).commands


@pytest.mark.skipif(not CONTRACT.exists(), reason="../shared/CONTRACT.md is not beside the checkout")
def test_the_cli_has_the_contracts_commands_and_options_and_no_others():
    contract = CONTRACT.read_text(encoding="utf-8")
    commands = set(re.findall(r"`uncc (\w+)", contract))
    assert set(_cli()) == commands - set(PENDING_COMMANDS)
    assert not set(PENDING_COMMANDS) - commands, "a pending command the contract no longer names"
    options = {opt for command in _cli().values() for param in command.params for opt in param.opts}
    named = set(re.findall(r"(--[a-z]+)", contract))
    assert named - set(PENDING_OPTIONS) <= options
    assert not set(PENDING_OPTIONS) & options, "built: take it off PENDING_OPTIONS"


@pytest.mark.skipif(not CONTRACT.exists(), reason="../shared/CONTRACT.md is not beside the checkout")
def test_every_command_option_field_and_kind_of_the_contract_is_in_the_readme():
    contract = CONTRACT.read_text(encoding="utf-8")
    commands = set(re.findall(r"`uncc (\w+)", contract)) - set(PENDING_COMMANDS)
    options = set(re.findall(r"(--[a-z]+)", contract)) - set(PENDING_OPTIONS)
    fields = set(re.findall(r'"(\w+)"\??', contract)) - set(PENDING_FIELDS)
    kinds = set(re.findall(r"`([a-z-]+)`", contract.split("`kind` is one of")[1].split("\n\n")[0])) - set(PENDING_KINDS)
    assert {"show", "cite", "resolve"} <= commands and {"--json", "--in", "--check"} <= options
    assert {"id", "targets", "span", "eid", "short_citation", "error", "line", "column"} <= fields
    for word in sorted(commands):
        assert f"`uncc {word}" in README, word
    for word in sorted(options):
        assert word in README, word
    for word in sorted(fields):
        assert f'"{word}"' in README, word
    for word in sorted(kinds):
        assert f"`{word}`" in README, word


def test_every_command_and_option_of_the_cli_is_in_the_readme():
    for name, command in _cli().items():
        assert f"uncc {name}" in README, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"{name} {opt}"


def test_each_commands_options_are_what_the_readme_says_of_it_both_ways():
    """Each command's row of the README's table of commands names its options (as do the sentences after the
    table for `--json` and `--no-pager`), and names no option the command does not take."""
    section = README[README.index("### Commands") : README.index("### Output")]
    rows: dict[str, str] = {}
    for row in re.findall(r"^\| `uncc \w+.*\|$", section, re.M):
        name = row.split()[2].strip("`")
        rows[name] = rows.get(name, "") + row
    without_json = re.findall(r"all but ((?:`\w+`,? (?:and )?)+)\(which write whole documents\)\s+take `--json`", section)[0]
    paging = re.findall(r"Every\s+command that prints for people \(((?:`\w+`,?\s*)+)\)", section)[0]
    without_json, paging = set(re.findall(r"`(\w+)`", without_json)), set(re.findall(r"`(\w+)`", paging))
    assert without_json == {"build", "export", "graph"} and {"show", "search", "cite"} <= paging
    for name, command in _cli().items():
        took = {opt for param in command.params for opt in param.opts if opt.startswith("--") and opt != "--help"}
        said = set(re.findall(r"--[a-z-]+", rows[name]))
        said |= ({"--json"} if name not in without_json else set()) | ({"--no-pager"} if name in paging else set())
        assert took == said, (name, sorted(took - said), sorted(said - took))


@pytest.mark.skipif(not CONTRACT.exists(), reason="../shared/CONTRACT.md is not beside the checkout")
def test_the_kinds_are_the_contracts_both_ways():
    """Every kind the contract names exists (or is pending); every kind uncc has is in the README's list."""
    from uncc.ids import KINDS

    contract = CONTRACT.read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z-]+)`", contract.split("`kind` is one of")[1].split("\n\n")[0]))
    assert named - set(PENDING_KINDS) <= set(KINDS)
    listed = set(re.findall(r"`([a-z-]+)`", README.split("`kind` is one of")[1].split("\n\n")[0]))
    assert set(KINDS) == listed
