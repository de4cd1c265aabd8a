"""Full-text search over the units of the text, with SQLite's FTS5.

The index has one row per unit that has words of its own: a paragraph's
chapeau and closing words, a subparagraph, an item, a recital, a note, a
resolution paragraph, and the titles of articles, chapters, notes (their
group's heading) and the resolution.
A unit's row holds only its own words, so a hit is the smallest unit that
holds the match, and `count` counts the units that hold it. The text in the
data file is already unwrapped, so phrases match across the PDF's line
breaks.

The index is built once per version of the data, into the user's cache
(uncc/cache.py) under the data's digest, and reused by every later query. It
is opened read-only with its schema untrusted, used only if it records the
same format and digest, and rebuilt (once, under a lock, so simultaneous
first runs build it once) when it is missing, foreign or damaged: a damaged
index is never blamed on the query.

Snippets mark each match as «match» (U+00AB, U+00BB), with "…" where text
was cut: plain text a JSON reader can read, that a terminal renderer can turn
into highlighting, and that never occurs in the Convention itself.
"""

from __future__ import annotations

import os
import re
import stat

from uncc import cache, files
from uncc.errors import CONTROL, UnccError
from uncc.ids import citation
from uncc.model import Document

FORMAT = "1"
MARK = ("«", "»")
ELLIPSIS = "…"
SNIPPET_TOKENS = 12
# bm25 weights in column order: id, within, title, body.
WEIGHTS = (0.0, 0.0, 10.0, 1.0)
MAX_QUERY = 1000
HINT = 'quote phrases with "..." and use AND, OR, NOT, NEAR(a b), prefix*'

# A query, outside its quoted strings, in pieces: strings (terminated or not),
# bare words, and the spaces, brackets and commas between them.
_PIECE = re.compile(r'"(?:[^"]|"")*"?|[^\s(),"]+|[\s(),]+')
_BARE = re.compile(r"\w+\*?")
_WORD = re.compile(r"\w+")
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


class SearchSyntaxError(UnccError):
    """A search query FTS5 cannot read."""


class Hit:
    """One unit that matches: `score` is higher for better matches."""

    __slots__ = ("id", "citation", "title", "score", "snippet")

    def __init__(self, id: str, citation: str, title: str, score: float, snippet: str):
        self.id, self.citation, self.title, self.score, self.snippet = id, citation, title, score, snippet

    def __repr__(self) -> str:
        return f"Hit({self.id!r}, {self.score!r}, {self.snippet!r})"

    def json(self) -> dict:
        return {
            "id": self.id,
            "citation": self.citation,
            "title": self.title,
            "score": self.score,
            "snippet": self.snippet,
        }


def search(tree: Document, query: str, scope: list[str] | None = None, limit: int | None = None) -> list[Hit]:
    """The units that match `query`, best first, within the units `scope` names (all if None)."""
    if limit is not None and limit < 1:
        raise UnccError(f"the limit must be 1 or more, not {limit}")
    where, params = _where(tree, query, scope)
    sql = (
        f"SELECT id, bm25(units, {', '.join(map(str, WEIGHTS))}) AS rank,"
        f" snippet(units, -1, ?, ?, ?, {SNIPPET_TOKENS}) FROM units WHERE {where} ORDER BY rank, rowid"
    )
    if limit is not None:
        # No more hits than units: a larger limit (even beyond SQLite's integers) is the same answer.
        sql += f" LIMIT {min(int(limit), len(tree.units))}"
    rows = _run(
        tree, query, sql, [*MARK, ELLIPSIS, *params],
        lambda row: row[0] in tree.units and type(row[1]) is float and type(row[2]) is str,
    )  # fmt: skip
    # bm25 is more negative for better matches; a score reads better the other way up.
    # Marks of neighbouring words join: «dual criminality», not «dual» «criminality».
    join = f"{MARK[1]} {MARK[0]}"
    # What the index holds is the data's text, which has no control characters; a planted index might.
    return [
        Hit(uid, citation(uid), tree.get(uid).article_title, round(-rank, 3) + 0.0,
            CONTROL.sub("", str(snippet)).replace(join, " "))
        for uid, rank, snippet in rows
    ]  # fmt: skip


def count(tree: Document, query: str, scope: list[str] | None = None) -> int:
    """How many units match `query` within the units `scope` names."""
    where, params = _where(tree, query, scope)
    rows = _run(tree, query, f"SELECT count(*) FROM units WHERE {where}", params, lambda row: type(row[0]) is int)
    return rows[0][0]


def suggest(tree: Document, query: str) -> str | None:
    """`query` with each word the text does not have replaced by the closest word it has, or None."""
    import difflib
    import sqlite3

    vocabulary = [w for (w,) in _run(tree, query, "SELECT word FROM vocab", [], lambda row: type(row[0]) is str)]
    con = _connect(tree)
    changed = False

    def fix(match: re.Match) -> str:
        nonlocal changed
        word = match.group()
        if word in _OPERATORS or word.isdigit() or match.string[match.end() : match.end() + 1] == "*":
            return word
        try:
            # Known if it matches on its own: stemming makes many unseen forms known.
            if con.execute("SELECT 1 FROM units WHERE units MATCH ? LIMIT 1", (_quote(word),)).fetchone():
                return word
        except sqlite3.Error:
            return word
        close = difflib.get_close_matches(word.lower(), vocabulary, n=1, cutoff=0.75)
        if not close:
            return word
        changed = True
        return close[0]

    fixed = _WORD.sub(fix, _normalize(query))
    return fixed if changed else None


def _where(tree: Document, query: str, scope: list[str] | None) -> tuple[str, list]:
    """The WHERE clause and its parameters for `query` within `scope`."""
    if len(query) > MAX_QUERY:
        raise SearchSyntaxError(f"a search query of {len(query)} characters is too long (at most {MAX_QUERY})")
    if not _WORD.search(query):
        raise SearchSyntaxError(f'search query {query!r} has no words: give a word, a "phrase" or a prefix*')
    where, params = "units MATCH ?", [_prepare(query)]
    if scope is not None:
        for uid in scope:
            tree.get(uid)
        # `within` lists the unit's id and its ancestors' ids, the chapter's included.
        tests = " OR ".join(["instr(' ' || within || ' ', ?) > 0"] * len(scope)) or "0"
        where += f" AND ({tests})"
        params += [f" {uid} " for uid in scope]
    return where, params


def _normalize(query: str) -> str:
    # Curly quotes come with text pasted from the PDF.
    return query.replace("\u201c", '"').replace("\u201d", '"')


def _prepare(query: str) -> str:
    """The query for FTS5: its syntax passed through, bare words with punctuation quoted.

    FTS5 reads `real-time` as a column filter and `24/7` as an error; quoted,
    each is the phrase a reader means.
    """
    out = []
    for piece in _PIECE.findall(_normalize(query)):
        if piece.startswith('"') or piece[0] in " \t\n\r\f\v(),*" or _BARE.fullmatch(piece):
            out.append(piece)
        elif piece.endswith("*"):
            out.append(f" {_quote(piece[:-1])}* ")
        else:
            # Spaced, or FTS5 would read it and a string beside it as one string.
            out.append(f" {_quote(piece)} ")
    return "".join(out)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


class _Damaged(Exception):
    """The index gave what no index uncc built could give."""


def _run(tree: Document, query: str, sql: str, params: list, valid=lambda row: True) -> list:
    """The rows of `sql`. A query FTS5 cannot read is the query's fault; any other failure, or rows naming
    units the data does not have (`valid` says which rows can be), is the index's: it is built again and
    asked once more."""
    try:
        return _ask(tree, query, sql, params, valid)
    except _Damaged:
        _discard(tree)
    try:
        return _ask(tree, query, sql, params, valid)
    except _Damaged:
        raise UnccError("the search index cannot be read, even rebuilt in memory: search again") from None


def _ask(tree: Document, query: str, sql: str, params: list, valid) -> list:
    import sqlite3

    try:
        rows = _connect(tree).execute(sql, params).fetchall()
    except sqlite3.OperationalError as e:
        if _healthy(tree):
            raise SearchSyntaxError(f"bad search query {query!r}: {_reason(str(e))}; {HINT}") from None
        raise _Damaged from None
    except sqlite3.Error:
        raise _Damaged from None
    if not all(valid(row) for row in rows):
        raise _Damaged
    return rows


def _reason(message: str) -> str:
    """What SQLite's message means to someone who typed the query."""
    message = message.removeprefix("fts5: ")
    if message == 'syntax error near ""':
        return "it ends too soon (an operator or an opening bracket with nothing after it)"
    if message.startswith("syntax error near "):
        near = message.removeprefix("syntax error near ")
        op = near.strip('"')
        if op in ("AND", "OR", "NOT"):
            return f'{op} needs a word or "phrase" on each side, as in a {op} b'
        if op.upper() == "NEAR":
            return "NEAR is written in capitals, as in NEAR(a b)"
        return f"unexpected {near}"
    if message.startswith("unknown special query"):
        return "a * must end a word"
    return message


_CONNECTIONS: dict[str, object] = {}
# A query every whole index answers.
_PROBE = "SELECT count(*) FROM units WHERE units MATCH 'convention' UNION ALL SELECT count(*) FROM vocab"


def _name(tree: Document) -> str:
    return f"search-{FORMAT}-{tree.digest}.sqlite3"


def _connect(tree: Document):
    """An open index of `tree`: the cached file if it is whole and made for this data, else a new one."""
    import sqlite3

    name = _name(tree)
    con = _CONNECTIONS.get(name)
    if con is None:
        if not tree.digest:
            # Without a digest there is no telling this data from another: never cache it.
            con = _build(sqlite3, tree, None)
        else:
            con = _open(sqlite3, tree, name)
            if con is None:
                with cache.lock("search"):
                    con = _open(sqlite3, tree, name) or _build(sqlite3, tree, name)
        _CONNECTIONS[name] = con
    return con


def _healthy(tree: Document) -> bool:
    import sqlite3

    try:
        return len(_connect(tree).execute(_PROBE).fetchall()) == 2
    except sqlite3.Error:
        return False


def _discard(tree: Document) -> None:
    """Forget the index of `tree`, and remove its file."""
    con = _CONNECTIONS.pop(_name(tree), None)
    if con is not None:
        con.close()
    cache.remove(_name(tree))


def _check_fts5(sqlite3) -> None:
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError as e:
        raise UnccError(
            f"search needs SQLite's FTS5, which this Python's sqlite3 lacks ({e}): "
            "use a Python built with FTS5 (python.org, Debian, pyenv and Homebrew builds have it)"
        ) from None


def _open(sqlite3, tree: Document, name: str):
    """The cached index `name` if it is a regular file made in this format for this data, else None
    (and a file that is not is removed)."""
    where = cache.path(name)
    if where is None:
        return None
    try:
        if not stat.S_ISREG(os.lstat(where).st_mode):
            cache.remove(name)
            return None
    except OSError:
        return None
    try:
        from urllib.parse import quote

        con = sqlite3.connect(f"file:{quote(where)}?mode=ro", uri=True)
        con.execute("PRAGMA trusted_schema = OFF")
        if dict(con.execute("SELECT key, value FROM meta")) == {"format": FORMAT, "digest": tree.digest}:
            return con
        con.close()
    except sqlite3.Error:
        pass
    cache.remove(name)
    return None


def _build(sqlite3, tree: Document, name: str | None):
    """Build the index into a new file and move it into the cache as `name`; in memory if that fails."""
    _check_fts5(sqlite3)
    where = None if name is None else cache.path(name)
    if where is not None:
        tmp = None
        try:
            fd, tmp = files.temporary(where)
            os.close(fd)
            con = sqlite3.connect(tmp)
            _fill(con, tree)
            con.close()
            os.replace(tmp, where)
            cache.prune(keep=name, kind="search")
            return _open(sqlite3, tree, name) or _build(sqlite3, tree, None)
        except (OSError, sqlite3.Error):
            # A cache that cannot be written is only slower.
            if tmp is not None:
                files.remove(tmp)
    con = sqlite3.connect(":memory:")
    _fill(con, tree)
    return con


def _fill(con, tree: Document) -> None:
    con.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE vocab (word TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE VIRTUAL TABLE units USING fts5(id UNINDEXED, within UNINDEXED, title, body,
                                              tokenize = 'porter unicode61');
        """
    )
    # An article's title is in the article's row, not in its paragraphs': else
    # each of the 32 paragraphs of article 40 would hold "mutual legal assistance".
    rows, words = [], set()
    for unit in tree.units.values():
        body = " ".join(t for t in (unit.text, unit.tail) if t)
        if not (body or unit.title):
            continue
        within, up = [], unit
        while up is not None:
            within.append(up.id)
            up = up.parent
        rows.append((unit.id, " ".join(reversed(within)), unit.title, body))
        words.update(w.lower() for w in _WORD.findall(f"{unit.title} {body}") if not w.isdigit())
    with con:
        con.executemany("INSERT INTO units (id, within, title, body) VALUES (?, ?, ?, ?)", rows)
        con.executemany("INSERT INTO vocab VALUES (?)", [(w,) for w in sorted(words)])
        con.executemany("INSERT INTO meta VALUES (?, ?)", [("format", FORMAT), ("digest", tree.digest)])
