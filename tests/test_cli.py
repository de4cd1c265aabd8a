"""The command line, run as a user runs it: output, JSON Lines, errors and exit status."""

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import ESCAPE


def test_show_an_article(run):
    r = run("show", "41")
    assert r.status == 0 and r.err == ""
    assert r.lines[0] == "Article 41  24/7 network"
    assert r.lines[1] == "Chapter V  International cooperation"
    assert "1. Each State Party shall designate a point of contact available 24 hours a day," in r.out
    assert "    (e) The provision of electronic data to avert an emergency." in r.out
    assert not ESCAPE.search(r.out)


def test_show_lists_the_interpretative_notes(run):
    r = run("show", "23")
    assert "Interpretative notes" in r.out
    assert "4. The term “criminal investigations” covers situations" in r.out


def test_show_json_is_one_line_per_unit(run):
    r = run("show", "41", "--json")
    assert r.status == 0
    (line,) = r.lines
    node = json.loads(line)
    assert list(node) == [
        "id",
        "kind",
        "citation",
        "short_citation",
        "eid",
        "label",
        "title",
        "chapter",
        "text",
        "children",
        "counterparts",
    ]
    assert (node["short_citation"], node["eid"]) == ("Art. 41", "art_41")
    assert (node["id"], node["kind"], node["citation"], node["title"]) == (
        "41",
        "article",
        "Article 41",
        "24/7 network",
    )
    assert node["chapter"] == "chapter.V"
    assert [c["id"] for c in node["children"]] == [f"41.{n}" for n in range(1, 7)]
    assert node["text"].splitlines()[3] == "(a) The provision of technical advice;"


@pytest.mark.parametrize(
    "ref, children",
    [
        ("40.21", ["40.21.a", "40.21.b", "40.21.c", "40.21.d"]),
        ("2", [f"2.{c}" for c in "abcdefghijklmno"]),
        ("17.1.a", ["17.1.a.i", "17.1.a.ii"]),
        ("17.1.a.ii", []),
        ("chapter.I", ["1", "2", "3", "4", "5", "6"]),
        ("preamble", [f"preamble.{n}" for n in range(1, 16)]),
        ("resolution", ["resolution.preamble", *[f"resolution.{n}" for n in range(1, 13)], "resolution.closing"]),
    ],
)
def test_show_json_children(run, ref, children):
    node = json.loads(run("show", ref, "--json").out)
    assert [c["id"] for c in node["children"]] == children


@pytest.mark.parametrize(
    "ref, citation, kind",
    [
        ("17.1.a.ii", "Article 17, paragraph 1 (a) (ii)", "item"),
        ("2.f.iii", "Article 2 (f) (iii)", "item"),
        ("40.21.b", "Article 40, paragraph 21 (b)", "subparagraph"),
        ("chapter.V", "Chapter V", "chapter"),
        ("preamble.3", "Preamble, recital 3", "recital"),
        ("note.4", "Interpretative note 4", "note"),
        ("resolution.5", "Resolution 79/243, paragraph 5", "resolution-paragraph"),
        ("resolution.preamble.2", "Resolution 79/243, preamble, recital 2", "recital"),
    ],
)
def test_show_json_citation_and_kind(run, ref, citation, kind):
    node = json.loads(run("show", ref, "--json").out)
    assert (node["citation"], node["kind"]) == (citation, kind)


def test_show_json_notes(run):
    assert json.loads(run("show", "35", "--json").out)["notes"] == ["note.4", "note.5"]
    assert "notes" not in json.loads(run("show", "36", "--json").out)


@pytest.mark.parametrize(
    "args, message",
    [
        (["show", "99"], "article 99 does not exist: the Convention has articles 1 to 68"),
        (["show", "40.33"], "article 40, paragraph 33 does not exist: article 40 has paragraphs 1 to 32"),
        (
            ["show", "40.21.e"],
            "article 40, paragraph 21 (e) does not exist: article 40, paragraph 21 has subparagraphs (a) to (d)",
        ),
        (["show", "chapter.X"], "chapter X does not exist: the Convention has chapters I to IX"),
        (["show", "note.6"], "interpretative note 6 does not exist: the annex has interpretative notes 1 to 5"),
        (
            ["show", "resolution.13"],
            "resolution 79/243, paragraph 13 does not exist: resolution 79/243 has paragraphs 1 to 12",
        ),
        (["show"], "Missing argument 'REF...'. (see `uncc show --help`)"),
        (["show", "41", "--jsn"], "No such option: --jsn (Possible options: --in, --json) (see `uncc show --help`)"),
        (["shw", "41"], "No such command 'shw'. Did you mean 'show'? (see `uncc --help`)"),
    ],
)
def test_errors_are_one_line_with_status_2(run, args, message):
    r = run(*args)
    assert r.status == 2
    assert r.out == ""
    assert r.err == f"uncc: error: {message}\n"


def test_toc(run):
    r = run("toc")
    assert r.lines[0].startswith("Resolution 79/243  United Nations Convention against Cybercrime;")
    assert "Chapter I  General provisions" in r.lines
    assert "   41  24/7 network" in r.lines
    assert r.lines[-3:] == [
        "  note.3  Article 17",
        "  note.4  Articles 23 and 35, with regard to the term “investigation”",
        "  note.5  Article 35",
    ]
    # Every part of the document, each with its id.
    for part in (
        "resolution.preamble",
        "resolution.closing",
        "(convention)",
        "(preamble.1 ...)",
        "(testimonium)",
        "(annex)",
    ):
        assert part in r.out, part
    entries = [json.loads(line) for line in run("toc", "--json").lines]
    assert [e["kind"] for e in entries].count("article") == 68
    assert [e["id"] for e in entries if e["kind"] != "article"] == [
        "resolution", "resolution.preamble", "resolution.closing", "convention", "preamble",
        *[f"chapter.{n}" for n in ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")],
        "testimonium", "footnote.1", "annex", *[f"note.{n}" for n in range(1, 6)],
    ]  # fmt: skip
    assert {"id": "41", "kind": "article", "title": "24/7 network", "chapter": "chapter.V"} in entries
    assert entries[0] == {"id": "resolution", "kind": "resolution", "title": tree_title()}


def tree_title():
    from uncc.store import load

    return load().resolution.title


def test_damaged_data_is_an_error_not_a_traceback(run, tmp_path):
    (tmp_path / "convention.yaml").write_text("format: 1\nresolution: [\n", encoding="utf-8")
    r = run("show", "41", env={"UNCC_DATA_DIR": str(tmp_path)})
    assert r.status == 2
    assert r.err.startswith("uncc: error: ") and r.err.count("\n") == 1
    assert "run `uncc build` to regenerate it" in r.err


def test_python_dash_m_and_a_closed_pipe():
    # A real process: `python -m uncc show 2 | head -1` ends quietly.
    proc = subprocess.Popen([sys.executable, "-m", "uncc", "show", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait() in (0, 1)
    assert first.decode().startswith("Article 2  Use of terms")
    assert b"Traceback" not in err and err == b""


def test_search_through_the_cli(run):
    r = run("search", "dual criminality", "--json")
    hits = [json.loads(line) for line in r.lines]
    assert r.status == 0
    every = [h for h in hits if "missing" not in h]
    assert {h["id"] for h in every} == {"35.3", "40.8", "42.4", "42.5"}
    assert all(list(h) == ["id", "citation", "title", "score", "snippet"] for h in every)
    # Fewer than a page have both words: the units with one of them follow, each saying which it lacks.
    assert hits[: len(every)] == every and len(hits) > len(every)
    assert all(list(h) == ["id", "citation", "title", "score", "snippet", "missing"] for h in hits[len(every) :])
    assert {h["id"]: h["title"] for h in hits}[
        "40.8"
    ] == "General principles and procedures relating to mutual legal assistance"
    assert run("search", '"mutual legal assistance"', "--count").out == "31\n"
    assert [
        json.loads(x)["id"] for x in run("search", "extradit*", "--in", "chapter V", "--limit", "2", "--json").lines
    ] == ["37", "37.4"]
    r = run("search", "dual criminality")
    assert r.lines[0].startswith("Article 42, paragraph 5  International cooperation")
    assert "«dual criminality»" in r.out
    assert "Units with every word but one" in r.out and "(without dual)" in r.out


@pytest.mark.parametrize(
    "args, status, err",
    [
        (["search", "criminalty"], 1, "uncc: no unit matches 'criminalty'; did you mean: uncc search criminality\n"),
        # quoted for the shell, to be pasted as it is; the units with "dual" are printed, and as no unit has
        # every word, the status is 1
        (
            ["search", "dual criminalty"],
            1,
            "uncc: no unit has every word; did you mean: uncc search 'dual criminality'\n",
        ),
        (["search", "xyzzyplugh"], 1, "uncc: no unit matches 'xyzzyplugh'\n"),
        # a suggestion is made only when it finds something
        (["search", "e-main"], 1, "uncc: no unit matches 'e-main'\n"),
        (["search", "xyzzyplugh", "--count"], 1, ""),
        (["search", "e-evidence"], 1, "uncc: no unit matches 'e-evidence'\n"),
        (["search", "NEAR(extradite nationals, 5)"], 1, "uncc: no unit matches 'NEAR(extradite nationals, 5)'\n"),
        # an id or a citation: `show` is the command for it
        (["search", "40.21"], 1, "uncc: no unit matches '40.21'; to read 40.21, run: uncc show 40.21\n"),
        (
            ["search", "article 40, paragraph 21 (b)"],
            2,
            "uncc: error: 'article 40, paragraph 21 (b)' is a citation, not a search query:"
            " to read 40.21.b, run: uncc show 'article 40, paragraph 21 (b)'\n",
        ),
        (
            ["search", "Art. 40(21)(b)", "--count"],
            2,
            "uncc: error: 'Art. 40(21)(b)' is a citation, not a search query:"
            " to read 40.21.b, run: uncc show 'Art. 40(21)(b)'\n",
        ),
        (["search", "article 40", "--count"], 0, "uncc: to read 40, run: uncc show 'article 40'\n"),
        (
            ["search", 'foo"'],
            2,
            'uncc: error: bad search query \'foo"\': unterminated string; quote phrases with "..." and use AND, OR, NOT, NEAR(a b), prefix*\n',
        ),
        (
            ["search", "x", "--limit", "0"],
            2,
            "uncc: error: Invalid value for '--limit': 0 is not in the range x>=1. (see `uncc search --help`)\n",
        ),
        (
            ["search", "x", "--limit", "3", "--all"],
            2,
            "uncc: error: --all and --limit 3 ask for different numbers of hits: give one of them\n",
        ),
        (
            ["search", "x", "--in", "article 99"],
            2,
            "uncc: error: article 99 does not exist: the Convention has articles 1 to 68\n",
        ),
        # a leading - is explained, whether read as an option or given after --
        (
            ["search", "-treaty"],
            2,
            "uncc: error: -treaty is not an option of uncc search, and a query cannot start with -: to leave out"
            " units that have a word, write NOT before it, as in: uncc search 'extradition NOT treaty'\n",
        ),
        (
            ["search", "--", "-treaty"],
            2,
            "uncc: error: search query '-treaty': a word cannot start with -; to leave out units that have a word,"
            " write NOT before it, as in: extradition NOT treaty\n",
        ),
    ],
)
def test_search_exit_status(run, args, status, err):
    r = run(*args)
    assert (r.status, r.err) == (status, err)


def test_a_word_the_convention_never_uses_is_said_not_silently_dropped(run):
    # "quantum" is nowhere in the text, nor a term of art: the units with "information" are printed under a
    # heading that says they lack a word, and each says which. ("spontaneous information", Budapest's, goes to 40.4.)
    r = run("search", "quantum information")
    assert r.status == 1 and r.lines[0] == "Units with every word but one"
    assert r.out.count("(without quantum)") == 20
    assert run("search", "quantum information", "--count").out == "0\n"


def test_printed_search_shows_a_page_and_says_how_many_more(run):
    every = run("search", "State Party", "--json").lines
    assert len(every) == int(run("search", "State Party", "--count").out) > 300
    page = run("search", "State Party")
    headlines = [line for line in page.lines if line.startswith(("Article", "Preamble", "Resolution", "Interp"))]
    assert len(headlines) == 20
    assert page.lines[-1] == f"{len(every) - 20} more: --limit N or --all prints them"
    assert "more:" not in run("search", "State Party", "--all").out
    assert len(run("search", "State Party", "--all").out) > 10 * len(page.out)
    limited = run("search", "State Party", "--limit", "3")
    assert "more:" not in limited.out and limited.lines[0] == page.lines[0]
    assert len(run("search", "State Party", "--json", "--limit", "3").lines) == 3


@pytest.mark.parametrize(
    "term, uid",
    [
        ("traffic data", "2.c"),
        ("Traffic Data", "2.c"),
        ("service providers", "2.e"),
        ("SERIOUS CRIMES", "2.h"),
        ("property", "2.i"),
        ("properties", "2.i"),
        ("proceeds of crime", "2.j"),
        ("freezing", "2.k"),
        ("seizure", "2.k"),
        ("confiscation", "2.l"),
        ("regional economic integration organizations", "2.n"),
        ("emergencies", "2.o"),
        ("intimate image", "16.2"),
        ("child sexual abuse or child sexual exploitation material", "14.2"),
    ],
)
def test_define(run, term, uid):
    entry = json.loads(run("define", term, "--json").out)
    assert (entry["id"], list(entry)) == (uid, ["term", "id", "citation", "text"])


def test_define_traffic_data_prints_article_2_c(run):
    r = run("define", "traffic data")
    assert r.lines[0] == "Article 2 (c)  Use of terms"
    assert r.lines[2].startswith("(c) “Traffic data” shall mean any electronic data relating to a communication")


def test_define_uses_and_the_list(run):
    entry = json.loads(run("define", "traffic data", "--uses", "--json").out)
    assert {"2.d", "25.1", "26", "29.1", "45.1"} <= set(entry["uses"]) and "2.c" not in entry["uses"]
    entries = [json.loads(line) for line in run("define", "--json").lines]
    assert len(entries) == 19 and all(list(e) == ["term", "id", "citation", "text", "uses"] for e in entries)
    # The term interpretative note 4 explains is found too, where the articles use it.
    (note,) = [e for e in entries if e["id"] == "note.4"]
    assert note["term"] == "criminal investigations" and "23.1" in note["uses"]
    assert run("define").lines[2].split() == ["traffic", "data", "2.c"]


def test_define_an_undefined_term(run):
    r = run("define", "trafic data")
    assert r.status == 2
    assert r.err.startswith("uncc: error: the Convention does not define 'trafic data': did you mean 'traffic data'")


def test_plain_prints_the_text_as_it_reads(run):
    assert run("show", "41.5", "--plain").out == (
        "Article 41, paragraph 5\n5. Each State Party shall ensure that trained and equipped personnel are available"
        " to ensure the operation of the 24/7 network.\n"
    )


def test_show_resolution_and_notes(run):
    assert run("show", "resolution.5").lines[0] == "Resolution 79/243, paragraph 5"
    assert run("show", "note.2").lines[0] == "Interpretative note 2  Article 2"


def _terminal(args, env):
    """Run uncc in a pseudo-terminal and return what it printed."""
    import os
    import pty

    pid, fd = pty.fork()
    if pid == 0:
        os.execve(sys.executable, [sys.executable, "-m", "uncc", *args], {**os.environ, **env})
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    return out.decode("utf-8", "replace")


def test_colour_on_a_terminal_and_no_colour_with_no_color():
    coloured = _terminal(["show", "41.3", "--no-pager"], {"TERM": "xterm-256color"})
    assert ESCAPE.search(coloured)
    plain = _terminal(["show", "41.3", "--no-pager"], {"TERM": "xterm-256color", "NO_COLOR": "1"})
    assert "Such assistance shall include" in plain

    def colours(text):
        params = [int(p) for seq in re.findall(r"\x1b\[([0-9;]*)m", text) for p in seq.split(";") if p]
        return [p for p in params if 30 <= p <= 49 or 90 <= p <= 107]

    assert colours(coloured)
    assert colours(plain) == []  # NO_COLOR takes colour away; bold and underline stay


def test_piped_output_has_no_escape_codes_and_json_never_does(run):
    # In this process, its output not a terminal, as a pipe is not (the terminal's side is `_terminal`'s).
    for args in (["show", "41"], ["search", "dual criminality"], ["refs", "42"], ["show", "41", "--json"]):
        out = run(*args).out
        assert out and not ESCAPE.search(out), args


@pytest.mark.parametrize("query, first, err", [("State", "Article", ""), ("x", "", "uncc: no unit matches 'x'\n")])
def test_search_into_a_closed_pipe_ends_quietly(query, first, err):
    shell = f"{sys.executable} -m uncc search {query} | head -1"
    proc = subprocess.run(["sh", "-c", shell], capture_output=True, text=True)
    assert proc.stdout.startswith(first) and proc.stderr == err


@pytest.mark.parametrize(
    "words, expected",
    [
        ("uncc show 4", ["4", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49"]),
        ("uncc refs chapter.I", ["chapter.I", "chapter.II", "chapter.III", "chapter.IV", "chapter.IX"]),
        # bash inserts a completion as it is: outside a quote, a term of two words comes with its space escaped
        ("uncc define traf", ["traffic\\ data"]),
        ("uncc define serious", ["serious\\ crime"]),
        ("uncc show 41 --in 40.2", ["40.2", "40.20", "40.21"]),
        ("uncc refs x --in chapter.V", ["chapter.V", "chapter.VI", "chapter.VII", "chapter.VIII"]),
    ],
)
def test_shell_completion(run, words, expected):
    # What the shell's completion function asks `uncc` (the variables are read when it runs, not at start-up).
    cword = str(len(words.split()) - 1)
    r = run(env={"_UNCC_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": cword})
    assert (r.status, r.err) == (0, "")
    assert r.out.split("\n")[: len(expected)] == expected


@pytest.mark.parametrize(
    "shell, start", [("bash", "_uncc_completion() {"), ("zsh", "#compdef uncc"), ("fish", "complete --command uncc")]
)
def test_each_shell_gets_its_own_completion_script(run, shell, start):
    r = run("--show-completion", shell)
    assert r.status == 0 and r.out.splitlines()[0].startswith(start)


# What is typed before Tab, and the line each shell shows after it: inside a quote and out, a term of two words
# and an id. bash and zsh are run interactively in a terminal (a pty), fish answers `complete -C` itself.
TYPED = [
    ('uncc define "traffic d', 'uncc define "traffic data" '),
    ("uncc define 'serious c", "uncc define 'serious crime' "),
    ("uncc define traffic\\ d", "uncc define traffic\\ data "),
    ("uncc define traf", "uncc define traffic\\ data "),
    ('uncc define "electronic', 'uncc define "electronic data" '),
    ("uncc show 40.21.", "uncc show 40.21."),  # four units begin so: nothing is chosen for the reader
    ('uncc show "chapter.VI', 'uncc show "chapter.VI'),
    # A quote opened inside the word: bash completes inside it, zsh requotes the word (the same word).
    ('uncc define traffic" d', {"bash": 'uncc define traffic" data" ', "zsh": "uncc define traffic\\ data "}),
    ("uncc define Traf", "uncc define Traffic\\ data "),  # in the case typed
]  # fmt: skip


def _shell(name: str) -> str:
    path = __import__("shutil").which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"the completion test needs {name} (apt-get install {name})")
        pytest.skip(f"no {name}")
    return path


class _Interactive:
    """An interactive shell in a pseudo-terminal, set up once, into which lines are typed and Tab is pressed."""

    def __init__(self, shell: str, setup: str):
        import pty

        self.master, slave = pty.openpty()
        path = os.pathsep.join([os.path.dirname(sys.executable), os.environ["PATH"]])
        env = {**os.environ, "PATH": path, "TERM": "dumb", "PS1": "$ ", "HOME": os.environ.get("HOME", "/tmp")}
        argv = {"bash": [shell, "--norc", "--noprofile", "-i"], "zsh": [shell, "-f", "-i"]}[os.path.basename(shell)]
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
        os.close(slave)
        self.commands = 0
        try:
            # The prompt as this shell draws it ("$ ", and zsh turns on bracketed paste after it): learnt from the
            # first one, once it is there and the terminal has been quiet for half a second.
            quiet = self._quiet(0.5)
            first = self._read(lambda out: quiet(out) and "$ " in out)
            self.prompt = first[first.rindex("$ ") :]
            self.command(setup)
        except BaseException:
            self.close()
            raise

    def _children(self) -> bool:
        """Whether the shell has a process of its own running (a completion runs `uncc` in one)."""
        try:
            with open(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children") as f:
                return bool(f.read().split())
        except OSError:
            return False

    @staticmethod
    def _quiet(seconds: float):
        """An `until` for `_read`: nothing more shown for `seconds`."""
        import time

        state = {"size": -1, "last": 0.0}

        def quiet(out: str) -> bool:
            now = time.monotonic()
            if len(out) != state["size"]:
                state["size"], state["last"] = len(out), now
            return now - state["last"] >= seconds

        return quiet

    def _read(self, until, most: float = 20) -> str:
        """What the terminal shows until `until(output so far)` holds (at most `most` seconds)."""
        import select
        import time

        out, start = b"", time.monotonic()
        while not until(out.decode("utf-8", "replace")) and time.monotonic() - start < most:
            if select.select([self.master], [], [], 0.02)[0]:
                try:
                    out += os.read(self.master, 65536)
                except OSError:
                    break
        return out.decode("utf-8", "replace")

    def command(self, line: str) -> None:
        """Run `line` and wait for the prompt after it: the line echoes a number it does not spell out."""
        self.commands += 1
        n = 1000 + self.commands
        os.write(self.master, f"{line}; echo DONE-$(({n} + 0))\n".encode())
        shown = self._read(lambda out: f"DONE-{n}" in out and out.endswith(self.prompt))
        assert f"DONE-{n}" in shown, (line, shown)

    def tab(self, typed: str) -> str:
        """The line the shell shows once `typed` and Tab are typed into it, at a fresh prompt."""
        import time

        # The completion runs `uncc` in a process of the shell's: what the line shows is whole once that process
        # has come and gone and the terminal has been quiet for a while after it.
        os.write(self.master, typed.encode() + b"\t")
        state = {"seen": False, "last": time.monotonic(), "size": 0}
        start = time.monotonic()

        def done(out: str) -> bool:
            now = time.monotonic()
            if self._children():
                state["seen"], state["last"] = True, now
            elif len(out) != state["size"]:
                state["size"], state["last"] = len(out), now
            # Had no process been seen (a completion that ran none), the old budget: 1.5 s of quiet.
            return now - state["last"] >= (0.3 if state["seen"] else 1.5) and now - start >= 0.1

        shown = self._read(done)
        os.write(self.master, b"\x15")  # the line typed, erased (Ctrl-U) for the next
        self.command("true")
        return _drawn(shown)

    def close(self) -> None:
        try:
            os.write(self.master, b"\x15exit\n")
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            pass
        finally:
            self.proc.kill()
            os.close(self.master)


def _drawn(shown: str) -> str:
    """What the terminal shows of the line: the typed text and what completion put after it, without bells.
    The last line as the terminal draws it: a carriage return goes back to its start, a backspace one place."""
    line: list[str] = []
    at = 0
    for c in shown.replace("\x07", "").split("\n")[-1]:
        if c == "\r":
            at = 0
        elif c == "\b":
            at = max(0, at - 1)
        else:
            line[at : at + 1] = [c]
            at += 1
    return "".join(line).rstrip(" ").removeprefix("$ ") + " " * shown.endswith(" ")


SETUP = {
    "bash": 'eval "$(uncc --show-completion bash)"',
    "zsh": 'autoload -Uz compinit && compinit -u -d "$(mktemp)" && eval "$(uncc --show-completion zsh)"',
}


@pytest.fixture(scope="module")
def after_tab():
    """What bash and zsh each show after each line of TYPED and Tab: one interactive shell each (set up once, as a
    user's is), each line typed at a fresh prompt. The two shells run side by side: each spends most of its time
    waiting for its terminal. {shell: the lines shown, or what went wrong; None if the shell is missing}."""
    import shutil
    from concurrent.futures import ThreadPoolExecutor

    def lines(shell: str):
        path = shutil.which(shell)
        if path is None:
            return None
        try:
            session = _Interactive(path, SETUP[shell])
            try:
                return [session.tab(typed) for typed, _ in TYPED]
            finally:
                session.close()
        except Exception as e:  # raised again by the shell's own test
            return e

    with ThreadPoolExecutor(len(SETUP)) as pool:
        return dict(zip(SETUP, pool.map(lines, SETUP), strict=True))


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_completion_inside_a_quote_and_out_in_an_interactive_shell(after_tab, shell):
    _shell(shell)
    got = after_tab[shell]
    if isinstance(got, Exception):
        raise got
    for (typed, shown), line in zip(TYPED, got, strict=True):
        want = shown[shell] if isinstance(shown, dict) else shown
        assert line == want, (shell, typed)


def test_completion_in_fish(tmp_path):
    script = tmp_path / "complete.fish"
    script.write_text(
        "uncc --show-completion fish | source\n"
        + "".join(f"complete -C {json.dumps(typed)}; echo ---\n" for typed, _ in TYPED),
        encoding="utf-8",
    )
    path = os.pathsep.join([os.path.dirname(sys.executable), os.environ["PATH"]])
    out = subprocess.run([_shell("fish"), "--no-config", str(script)], capture_output=True, text=True,
                         env={**os.environ, "PATH": path}, timeout=120).stdout  # fmt: skip
    got = [block.split("\n") for block in out.strip("\n-").split("\n---\n")]
    assert [[w.split("\t")[0] for w in g if w] for g in got] == [
        ["traffic data"], ["serious crime"], ["traffic data"], ["traffic data"], ["electronic data"],
        ["40.21.a", "40.21.b", "40.21.c", "40.21.d"], ["chapter.VI", "chapter.VII", "chapter.VIII"],
        ["traffic data"], ["Traffic data"],
    ]  # fmt: skip


def test_version_help_and_a_shell_without_completion(run):
    from uncc import __version__

    assert run("--version").out == f"uncc {__version__}\n"
    assert run("-h").out == run("--help").out and "Usage: uncc" in run("-h").out
    assert run("show", "-h").out.startswith("Usage: uncc show")
    r = run("--show-completion", "tcsh")
    assert (r.status, r.err) == (
        2, "uncc: error: no completion for the shell 'tcsh': give one of bash, zsh, fish, powershell, pwsh\n"
    )  # fmt: skip


def test_show_prints_every_word_of_every_unit_in_order(run, tree):
    from uncc.model import full_text

    tops = [tree.resolution, tree.convention, tree.annex, *tree.top, *tree.annex.children]
    for unit in [*tops, *tree.articles, tree.get("resolution.closing")]:
        # A footnote's mark is set after the word it belongs to ("Convention.¹").
        shown = iter(word.rstrip("¹") for word in run("show", unit.id, "--no-pager").out.split())
        missing = [word for word in full_text(unit).split() if word not in shown]
        assert missing == [], unit.id


# --- every part reachable, every answer citable (layout, ranges, closing words) -------------


def test_id_ranges_and_closing_words(run):
    assert run("resolve", "40.1-40.5").out.split() == ["40.1", "40.2", "40.3", "40.4", "40.5"]
    node = json.loads(run("show", "11.1.a", "--json").out)
    assert node["closing_words"].startswith("with the intent that the device, including a program")
    assert node["text"].split("\n")[-1] == node["closing_words"]


@pytest.mark.parametrize("columns", ["30", "45", "80", "132"])
@pytest.mark.parametrize("args", [["show", "23.3"], ["refs", "40"], ["toc"], ["define", "traffic data", "--uses"]])
def test_layout_holds_at_every_width(run, args, columns):
    """No trailing spaces, no line wider than the terminal (but for one unbreakable word), and below 40 columns
    no indentation at all."""
    lines = run(*args, *(["--no-pager"] if args[0] == "show" else []), env={"COLUMNS": columns}).lines
    assert not [line for line in lines if line != line.rstrip()]
    assert not [line for line in lines if len(line) > int(columns) and " " in line.strip()]
    if int(columns) < 40:
        assert not [line for line in lines if line.startswith("    ")]


def test_a_phrase_cited_twice_in_one_unit_is_listed_once(run, tree):
    from collections import Counter

    twice = [key for key, n in Counter((r["from"], r["text"]) for r in tree.references).items() if n > 1]
    assert ("23.3.b", "articles 29 and 30 of this Convention") in twice
    for unit, phrase in twice:
        shown = run("show", unit, "--no-pager", env={"COLUMNS": "400"}).out
        references = shown.split("\nReferences\n")[1].split("\n\n")[0]
        assert references.count(phrase) == 1, (unit, references)
        cites = run("refs", unit, env={"COLUMNS": "400"}).out.split("Cited by")[0]
        assert cites.count(f" {phrase}") == 1, (unit, cites)


def test_the_resolutions_label_is_its_number(run):
    node = json.loads(run("show", "resolution", "--json").out)
    assert (node["label"], node["citation"], node["short_citation"]) == ("79/243", "Resolution 79/243", "Res. 79/243")


# -- editions and the graph


@pytest.mark.parametrize(
    "fmt, start", [("html", "<!DOCTYPE html>"), ("akn", "<akomaNtoso"), ("markdown", "# United"), ("json", '{"format"')]
)
def test_export_to_standard_output_and_to_a_file(run, tmp_path, fmt, start):
    r = run("export", fmt)
    assert (r.status, r.err) == (0, "") and r.out.startswith(start)
    out = tmp_path / f"uncc.{fmt}"
    again = run("export", fmt, "--output", str(out))
    assert (again.status, again.out, again.err) == (0, "", f"wrote {out}\n")
    assert out.read_text(encoding="utf-8") == r.out


def test_export_replaces_a_planted_link_not_its_target(run, tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("keep")
    (tmp_path / "out.html").symlink_to(victim)
    assert run("export", "html", "--output", str(tmp_path / "out.html")).status == 0
    assert victim.read_text() == "keep" and not (tmp_path / "out.html").is_symlink()


@pytest.mark.parametrize(
    "args, err",
    [
        (["export", "pdf"], "uncc: error: no export format 'pdf': give html, akn, markdown or json\n"),
        (["graph", "--format", "svg"], "uncc: error: no graph format 'svg': give --format dot, mermaid or json\n"),
        (["graph", "99"], "uncc: error: article 99 does not exist: the Convention has articles 1 to 68\n"),
        (
            ["graph", "42", "--depth", "0"],
            "uncc: error: Invalid value for '--depth': 0 is not in the range x>=1. (see `uncc graph --help`)\n",
        ),
        (
            ["export", "html", "--output", "/nonexistent/dir/x.html"],
            "uncc: error: cannot write /nonexistent/dir/x.html: No such file or directory\n",
        ),
    ],
)
def test_export_and_graph_errors(run, args, err):
    r = run(*args)
    assert (r.status, r.out, r.err) == (2, "", err)


def test_graph_formats(run):
    data = json.loads(run("graph", "42", "--format", "json").out)
    assert {"from": "42", "to": "40", "count": 1} in data["edges"]
    assert run("graph", "42", "--format", "mermaid").lines[0] == "flowchart LR"
    dot = run("graph", "42").out
    assert dot.startswith("digraph uncc {") and '"42" -> "40" [label=1' in dot
    units = json.loads(run("graph", "42.6", "--units", "--format", "json").out)
    assert {(e["from"], e["to"]) for e in units["edges"]} == {
        ("42.6", "40.21.b"),
        ("42.6", "40.21.c"),
        ("42.6", "40.22"),
    }


# -- never over-claim


@pytest.mark.parametrize(
    "term, absent, reason",
    [
        ("property", "preamble.3", "“cultural property” is another thing"),
        ("property", "resolution.preamble.4", "“cultural property” is another thing"),
        ("serious crime", "resolution.2", "the Convention's long title, quoted, is not a use"),
        ("information and communications technology system", "resolution.1", "the long title again"),
    ],
)
def test_a_use_of_a_defined_term_is_the_term_itself(run, term, absent, reason):
    uses = json.loads(run("define", term, "--uses", "--json").out)["uses"]
    assert uses and absent not in uses, reason


def test_refs_puts_an_articles_references_to_itself_apart(run):
    found = json.loads(run("refs", "40", "--json").out)
    incoming = [(r["from"], r["own"]) for r in found["incoming"]]
    assert [f for f, own in incoming if not own] == ["35.2", "42.6", "43.2", "50.3", "50.3"]
    assert [f for f, own in incoming if own] == ["40.5", "40.7", "40.7", "40.10", "40.11", "40.28", "40.28", "40.29"]
    assert incoming == sorted(incoming, key=lambda x: x[1])  # from elsewhere first
    external = json.loads(run("refs", "40", "--external", "--json").out)
    assert [r["from"] for r in external["incoming"]] == ["35.2", "42.6", "43.2", "50.3", "50.3"]
    text = run("refs", "40").out
    assert "Cited by (5)" in text and "Cited within article 40 (8)" in text
    assert "Cited within" not in run("refs", "40", "--external").out


def test_a_relative_citation_without_in_is_a_question_not_a_guess(run):
    r = run("resolve", "paragraphs 5 and 6 above")
    assert r.status == 2 and "give --in ID" in r.err
    assert json.loads(run("resolve", "paragraphs 5 and 6 above", "--in", "resolution.10", "--json").out)["targets"] == [
        "resolution.5",
        "resolution.6",
    ]


def test_a_search_no_unit_matches_in_full_is_status_1_though_partial_hits_are_shown(run):
    r = run("search", "extradition zzzqqq", "--json")
    assert r.status == 1 and r.lines and all("missing" in json.loads(x) for x in r.lines)


def test_output_to_a_device_is_written_to_not_replaced(run, tmp_path):
    import stat

    r = run("export", "json", "--output", "/dev/null")
    assert (r.status, r.err) == (0, "") and stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert run("export", "json", "--output", str(tmp_path)).err.endswith("it is a directory: give a file's path\n")


def test_graph_of_a_chapter_and_a_depth_beyond_the_network(run):
    chapter = json.loads(run("graph", "chapter V", "--format", "json").out)
    assert {"35", "40", "42", "50"} <= {n["id"] for n in chapter["nodes"]} and chapter["edges"]
    far = json.loads(run("graph", "42", "--depth", "100000000000", "--format", "json").out)
    assert len(far["nodes"]) > len(json.loads(run("graph", "42", "--format", "json").out)["nodes"])
    units = json.loads(run("graph", "40", "--units", "--format", "json").out)
    assert {"42.6", "40.21.b"} <= {n["id"] for n in units["nodes"]}


def test_provisions_that_match_nothing_say_so(run):
    r = run("provisions", "1", "--kind", "reserve")
    assert (r.status, r.out, r.err) == (0, "", "uncc: no statement of 1 with --kind 'reserve'\n")


@pytest.mark.parametrize("uid", ["40.15", "41.5", "17.1", "2", "resolution.12", "preamble.3", "note.4"])
def test_a_quotation_in_every_form(run, tree, uid):
    """--quote --json is the quotation's parts; --quote --markdown renders (markdown-it-py) as the text reads:
    one paragraph a line of the unit, in a block quotation, no list Markdown would renumber, the words verbatim."""
    from html import unescape

    from markdown_it import MarkdownIt

    from uncc.model import full_text

    text = full_text(tree.get(uid))
    (got,) = [json.loads(x) for x in run("show", uid, "--quote", "--json").lines]
    assert list(got) == ["id", "citation", "short_citation", "quote", "source"]
    assert got["id"] == uid and got["quote"] == text and got["citation"].lower() in got["source"].lower()
    html = MarkdownIt().render(run("show", uid, "--quote", "--markdown").out)
    assert html.startswith("<blockquote>") and "<ol" not in html and "<ul" not in html and "<h" not in html
    paragraphs = [unescape(p) for p in re.findall(r"<p>(.*?)</p>", html, re.S)]
    assert paragraphs[:-1] == [line.strip() for line in text.split("\n") if line.strip()]
    assert paragraphs[-1] == f"— {got['source']}"


def _value_options():
    """(command, option) for every option of every command that takes one value, as the CLI declares them."""
    from typer.main import get_command

    from uncc.cli import app

    out = []
    for name, command in get_command(app).commands.items():
        for param in command.params:
            if param.param_type_name == "option" and not param.is_flag and not param.multiple:
                out += [(name, opt) for opt in param.opts if opt.startswith("--")]
    return out


@pytest.mark.parametrize("command, option", _value_options())
def test_an_option_of_one_value_given_twice_is_refused(run, command, option):
    r = run(command, option, "x", option, "y")
    assert (r.status, r.out) == (2, "") and r.err == f"uncc: error: {option} is given twice ('x' and 'y'): give it once\n"


def test_a_filter_given_twice_is_a_union(run):
    forces = {json.loads(x)["force"] for x in run("provisions", "40", "--force", "may", "--force", "shall-not", "--json").lines}
    assert forces == {"may", "shall-not"}


def test_no_function_of_the_package_is_longer_than_fifty_lines():
    """A function longer than a screen does more than one thing: each in uncc/, its signature and docstring
    included, has 50 lines at most."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "uncc"
    long = [
        f"{path.relative_to(package)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for path in sorted(package.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno + 1 > 50
    ]
    assert long == []


def test_only_the_compatibility_module_reaches_into_typer_click_and_rich():
    """typer's, click's and rich's private names (a module or a name with a leading underscore, typer's
    `registered_commands`) are used in uncc/compat.py alone, so that a later typer is a change to one file."""
    import ast
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "uncc"
    found = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "compat.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                top, *rest = name.split(".")
                if top in ("typer", "click", "rich") and any(part.startswith("_") for part in rest) or top == "click":
                    found.append(f"{path.relative_to(package)}:{node.lineno} {name}")
            if isinstance(node, ast.keyword) and node.arg == "_environ":
                found.append(f"{path.relative_to(package)} _environ=")
            if isinstance(node, ast.Attribute) and node.attr == "registered_commands":
                found.append(f"{path.relative_to(package)}:{node.lineno} registered_commands")
    assert found == []
