"""Full-text search over the units of the text, with SQLite's FTS5.

The index has one row per unit that has words of its own: a paragraph's
chapeau and closing words, a subparagraph, an item, a recital, a note, a
resolution paragraph, and the titles of articles, chapters and notes (their
group's heading). A unit's row holds only its own words, so a hit is the
smallest unit that holds the match, and `count` counts the units that hold
it. The text in the data file is already unwrapped, so phrases match across
the PDF's line breaks. The rows are indexed twice: by their words' stems
(`units`, the default) and by the words as written (`exact`: for --exact, for
prefixes, and to rank the units with the words as typed first). Each item of
a list is indexed once more, apart, with its reading path (`paths`): the
words that open its list, the item, the words that close the list, so that a
phrase that reads across them is found at the item.

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
from typing import TYPE_CHECKING

from uncc import cache, files
from uncc.errors import CONTROL, UnccError
from uncc.ids import citation
from uncc.model import Document, Unit, full_text

if TYPE_CHECKING:
    import sqlite3

FORMAT = "3"
MARK = ("«", "»")
ELLIPSIS = "…"
SNIPPET_TOKENS = 12
# The indexed columns, in order, and their bm25 weights: an article's title, the
# other headings (chapters, the notes' groups), a unit's own opening words, and
# its closing words (kept apart, so no phrase runs from one into the other).
COLUMNS = ("title", "heading", "body", "closing")
WEIGHTS = (10.0, 1.0, 1.0, 1.0)
# Indexed apart, so that they move no unit's score: each item of a list with its
# reading path, the words that open the list, the item, the words that close it,
# joined by "…" (which is no word), so that a phrase that reads across them is
# found, at the item.
PATHS, EXACT_PATHS = "paths", "exact_paths"
# Rendered search shows this many hits unless told otherwise; when fewer units
# than this hold every word, units holding all but one follow.
PAGE = 20
MAX_QUERY = 1000
HINT = 'quote phrases with "..." and use AND, OR, NOT, NEAR(a b), prefix*'
# Words that need not match in a query of plain words (they still rank a unit
# that has the query as a phrase first). In capitals, AND and OR are operators.
FUNCTION_WORDS = frozenset(
    {"a", "an", "and", "any", "as", "at", "by", "for", "from", "in", "into", "its", "of", "on", "or"}
    | {"such", "than", "that", "the", "their", "this", "to", "under", "upon", "with"}
)

# A query, outside its quoted strings, in pieces: strings (terminated or not),
# bare words, and the spaces, brackets and commas between them.
_PIECE = re.compile(r'"(?:[^"]|"")*"?|[^\s(),"]+|[\s(),]+')
_BARE = re.compile(r"\w+\*?")
_WORD = re.compile(r"\w+")
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


class SearchSyntaxError(UnccError):
    """A search query FTS5 cannot read."""


class Hit:
    """One unit that matches: `score` is higher for better matches; `missing`, the query's words it lacks
    (a unit found by the relaxed pass), or None."""

    __slots__ = ("id", "citation", "title", "score", "snippet", "missing", "via")

    def __init__(self, id: str, citation: str, title: str, score: float, snippet: str, missing=None, via=None):
        self.id, self.citation, self.title, self.score, self.snippet = id, citation, title, score, snippet
        self.missing, self.via = missing, via

    def __repr__(self) -> str:
        return f"Hit({self.id!r}, {self.score!r}, {self.snippet!r})"

    def json(self) -> dict:
        out = {
            "id": self.id,
            "citation": self.citation,
            "title": self.title,
            "score": self.score,
            "snippet": self.snippet,
        }
        if self.missing:
            out["missing"] = self.missing
        if self.via:
            out["via"] = self.via
        return out


class Query:
    """A query as uncc runs it.

    `match` is what every hit must match; `exact` says it is matched against the
    words as written (asked for, or a prefix* in the query) rather than their
    stems. A query of plain words (no operators, brackets or prefixes) also has
    `words`, the parts that must match, each a word or a "phrase"; `phrase`, the
    whole query as one phrase, which ranks first the units that have it; and
    `term`, the query as a defined term might read.
    """

    __slots__ = ("text", "match", "exact", "words", "labels", "next_to", "phrase", "term")

    def __init__(self, text: str, exact: bool = False):
        if len(text) > MAX_QUERY:
            raise SearchSyntaxError(f"a search query of {len(text)} characters is too long (at most {MAX_QUERY})")
        if not _WORD.search(text):
            raise SearchSyntaxError(f'search query {text!r} has no words: give a word, a "phrase" or a prefix*')
        pieces = _PIECE.findall(_normalize(text))
        if "NEAR" not in pieces:
            # A comma means something to FTS5 only inside NEAR(...): elsewhere it is punctuation pasted with the
            # words ("dual criminality, extradition").
            pieces = [p.replace(",", " ") if not p.startswith('"') and "," in p else p for p in pieces]
        for piece in pieces:
            if piece.startswith("-") and _WORD.match(piece, 1):
                raise SearchSyntaxError(
                    f"search query {text!r}: a word cannot start with -; to leave out units that have a word,"
                    f" write NOT before it, as in: extradition NOT {piece.lstrip('-')}"
                )
        significant = [p for p in pieces if not p.isspace()]
        plain = all(
            p not in _OPERATORS and not p.startswith(("(", ")", ",", '"')) and "*" not in p for p in significant
        )
        self.text = text
        self.exact = exact or any("*" in p for p in significant if not p.startswith('"'))
        self.words: list[str] = []
        # Each part as the user wrote it, and which parts stood next to each other ("video conference").
        self.labels: list[str] = []
        self.next_to: set[int] = set()
        self.phrase = self.term = None
        if plain:
            kept = [n for n, w in enumerate(significant) if w.lower() not in FUNCTION_WORDS] or list(
                range(len(significant))
            )
            self.labels = [significant[n] for n in kept]
            self.words = [_prepare(w).strip() for w in self.labels]
            self.next_to = {i for i in range(len(kept) - 1) if kept[i + 1] == kept[i] + 1}
            tokens = _WORD.findall(" ".join(significant))
            if len(tokens) > 1:
                self.phrase = _quote(" ".join(tokens))
            self.term = " ".join(significant)
            self.match = " AND ".join(self.words)
        else:
            self.match = _prepare("".join(pieces))

    @property
    def table(self) -> str:
        return "exact" if self.exact else "units"


def search(
    doc: Document,
    query: str,
    scope: list[str] | None = None,
    limit: int | None = None,
    exact: bool = False,
    terms: bool = True,
) -> list[Hit]:
    """The units that match `query`, best first, within the units `scope` names (all if None).

    First the definition of a defined term the query names; then the units that
    have every word: those with the words as typed before those with other forms
    of them, each group by relevance (bm25, and a unit that has the query as a
    phrase scores that phrase's bm25 again); then, when fewer than PAGE units
    have every word of a query of plain words, the units that have all but one,
    each with the word it lacks. `score` orders the hits within each group.
    """
    if limit is not None and limit < 1:
        raise UnccError(f"the limit must be 1 or more, not {limit}")
    q = Query(query, exact)
    _join(doc, q)
    where, params = _scope(doc, scope)
    found = _every(doc, q, q.match, where, params, snippets=True)
    if q.phrase:
        _add(found, _matches(doc, q, q.table, q.phrase, where, params))
    literal = set() if q.exact else set(_matches(doc, q, "exact", q.match, where, params))
    # The units with the words as typed first, then those with other forms of them.
    ranked = sorted(found.items(), key=lambda item: (item[0] not in literal, -item[1][0], doc.position(item[0])))
    if q.term:
        from uncc.layers.definitions import defined

        entry = defined(doc, q.term)
        if entry is not None and entry["id"] in found:
            ranked.sort(key=lambda item: item[0] != entry["id"])
    hits = [_hit(doc, uid, score, snippet) for uid, (score, snippet) in ranked]
    lacking: list[Hit] = []
    if terms and q.words:
        hits, lacking = _termed(doc, query, scope, exact, found, [uid for uid, _ in ranked], hits)
    if len(q.words) > 1 and len(hits) < PAGE:
        hits += [h for h in _relaxed(doc, q, found, where, params) if h.id not in {x.id for x in hits}]
    if len(q.words) > 2 and len(hits) < PAGE:
        hits += _partial(doc, q, {x.id for x in hits} | {x.id for x in lacking}, where, params)
    hits += [h for h in lacking if h.id not in {x.id for x in hits}]
    return hits if limit is None else hits[:limit]


def _termed(
    doc: Document, query: str, scope: list[str] | None, exact: bool, found: dict, strict: list[str], hits: list[Hit]
) -> tuple[list[Hit], list[Hit]]:
    """The hits of a term of art or another spelling first, then what the query found as typed; and, apart, the
    term's hits that lack one of its words, which come after every unit that lacks none."""
    other = _otherwise(doc, query, scope, exact, strict)
    for hit in other:
        if hit.id in found and not hit.via:
            # Found by the query's own words too: their score and snippet, as every hit shows them.
            own = _hit(doc, hit.id, *found[hit.id])
            hit.score, hit.snippet = own.score, own.snippet
    lacking = [h for h in other if h.missing]
    other = [h for h in other if not h.missing]
    seen = {h.id for h in other}
    return other + [h for h in hits if h.id not in seen], lacking


# Fewer units than this with every word of a query: search also by the terms of art and the other spelling.
FEW = 3


def _otherwise(doc: Document, query: str, scope: list[str] | None, exact: bool, strict: list[str]) -> list[Hit]:
    """The hits of a query read as a term of art (uncc/layers/terms.py), each saying so, or in its other
    spelling when the query as typed finds few units (`strict`, the ids it finds, best first). The units an
    article title of another instrument goes to keep the order the query as typed gives them."""
    from uncc.layers import terms

    found = terms.term(query)
    if found is not None:
        words, via, table = found
        if isinstance(words, tuple) and not table:
            # Another instrument's article title: an article of its counterparts whose own title names what the
            # query names first ("Denunciation": article 67), then the counterparts, the first paragraph's first.
            titled = [a for a in dict.fromkeys(uid.split(".")[0] for uid in words) if _titled(query, doc.get(a))]
            words = tuple(dict.fromkeys(titled + list(words)))
        if isinstance(words, tuple):
            inside = None if scope is None else {u.id for ref in scope for u in doc.get(ref).walk()}
            hits = [_hit(doc, uid, 0.0, _opening(doc.get(uid))) for uid in words if inside is None or uid in inside]
        else:
            # A unit with only some of the term's words is not the term's ("without attempt" for "complicity").
            hits = [h for h in search(doc, words, scope, exact=exact, terms=False) if not h.missing]
        for hit in hits:
            # A unit the query's own words find was found by them: the term only puts it first.
            hit.via = via if hit.id not in strict else None
        if hits:
            return hits
    respelled = terms.respelled(query) if len(strict) < FEW else None
    if not respelled:
        return []
    hits = search(doc, respelled, scope, exact=exact, terms=False)
    typed = dict(zip(respelled.split(" "), query.split(" "), strict=True))
    for hit in hits:
        if hit.missing:  # the words it lacks as the query has them ("authorisation", not "authorization")
            hit.missing = [typed.get(word, word) for word in hit.missing]
    return hits


def _titled(query: str, unit: Unit) -> bool:
    """Whether a unit's title has at least half the words of `query` that are not function words (by their first
    six letters, hyphens aside: "co-operation" is "cooperation", "principles" "principle")."""

    def stems(text: str) -> set[str]:
        return {w[:6] for w in _WORD.findall(text.lower().replace("-", "")) if w not in FUNCTION_WORDS}

    wanted = stems(query)
    return bool(wanted) and 2 * len(wanted & stems(unit.title)) >= len(wanted)


def _opening(unit: Unit) -> str:
    """The first words of a unit's text, as a snippet."""
    words = full_text(unit).split()
    return " ".join(words[:SNIPPET_TOKENS]) + (ELLIPSIS if len(words) > SNIPPET_TOKENS else "")


def _join(doc: Document, q: Query) -> None:
    """Let two neighbouring words of `q` also match the one word the text writes them as:
    "video conference" finds "videoconference", "cyber crime" "cybercrime"."""
    pairs = {(q.words[i] + q.words[i + 1]).lower() for i in q.next_to if _WORD.fullmatch(q.words[i] + q.words[i + 1])}
    if not pairs:
        return
    sql = f"SELECT term FROM words WHERE term IN ({', '.join('?' * len(pairs))})"
    known = {term for (term,) in _run(doc, q.text, sql, sorted(pairs), lambda row: type(row[0]) is str)}
    words, labels, i = [], [], 0
    while i < len(q.words):
        joined = (q.words[i] + q.words[i + 1]).lower() if i in q.next_to else None
        if joined in known:
            words.append(f"({q.words[i]} AND {q.words[i + 1]} OR {joined})")
            labels.append(f"{q.labels[i]} {q.labels[i + 1]}")
            i += 2
        else:
            words.append(q.words[i])
            labels.append(q.labels[i])
            i += 1
    q.words, q.labels, q.match = words, labels, " AND ".join(words)


def _relaxed(doc: Document, q: Query, strict: dict, where: str, params: list) -> list[Hit]:
    """The units that have every part of the query but one, best first, each with the part it lacks."""
    found = {}
    for i, word in enumerate(q.labels):
        rest = " AND ".join(q.words[:i] + q.words[i + 1 :])
        for uid, (score, snippet) in _every(doc, q, rest, where, params, snippets=True).items():
            if uid not in strict:
                found[uid] = (score, snippet, word)
    ranked = sorted(found.items(), key=lambda item: (-item[1][0], doc.position(item[0])))
    return [_hit(doc, uid, score, snippet, [word]) for uid, (score, snippet, word) in ranked]


def _partial(doc: Document, q: Query, seen: set[str], where: str, params: list) -> list[Hit]:
    """The units that have at least half the parts of a query of three or more (two at least), more parts first,
    then by relevance; each with the parts it lacks. A question in many words ("possession of indecent images of
    children") is seldom in any unit whole."""
    held: dict[str, list[int]] = {}
    for i, word in enumerate(q.words):
        for uid in _every(doc, q, word, where, params):
            held.setdefault(uid, []).append(i)
    need = max(2, (len(q.words) + 1) // 2)
    parts = {uid: has for uid, has in held.items() if len(has) >= need and uid not in seen}
    if not parts:
        return []
    scored = _every(doc, q, " OR ".join(f"({w})" for w in q.words), where, params, snippets=True)
    ranked = sorted(parts, key=lambda uid: (-len(parts[uid]), -scored[uid][0], doc.position(uid)))
    lacks = {uid: [label for i, label in enumerate(q.labels) if i not in has] for uid, has in parts.items()}
    return [_hit(doc, uid, scored[uid][0], scored[uid][1], lacks[uid]) for uid in ranked]


def _hit(doc: Document, uid: str, score: float, snippet: str, missing=None) -> Hit:
    # Marks of neighbouring words join: «dual criminality», not «dual» «criminality».
    # What the index holds is the data's text, which has no control characters; a planted index might.
    snippet = CONTROL.sub("", snippet).replace(f"{MARK[1]} {MARK[0]}", " ")
    return Hit(uid, citation(uid), doc.get(uid).article_title, round(score, 3) + 0.0, snippet, missing)


def _add(found: dict, more: dict) -> None:
    """Raise the score of each unit in `found` by its score in `more`."""
    for uid, (score, _) in more.items():
        if uid in found:
            found[uid] = (found[uid][0] + score, found[uid][1])


def _every(doc: Document, q: Query, match: str, where: str, params: list, snippets: bool = False) -> dict:
    """{id: (score, snippet)} of the units that match `match` in their own words, and of the items of lists
    that match it only along their reading path (not within their own words or those of a unit on the path)."""
    own = _matches(doc, q, q.table, match, where, params, snippets)
    # Whether a unit on the path has the match in its own words, whatever the scope: a match in the opening
    # words of 40.21 is 40.21's, not its items', even searching inside 40.21 (b).
    anywhere = set(own) if not where else set(_matches(doc, q, q.table, match, "", []))
    paths = EXACT_PATHS if q.exact else PATHS
    for uid, found in _matches(doc, q, paths, match, where, params, snippets).items():
        up: Unit | None = doc.units[uid]
        while up is not None and up.id not in anywhere:
            up = up.parent
        if up is None:
            own[uid] = found
    return own


def _matches(
    doc: Document, q: Query, table: str, match: str, where: str, params: list, snippets: bool = False
) -> dict:
    """{id: (score, snippet)} of the units of `table` that match `match` (snippets only if asked)."""
    weights = "1.0" if table.endswith("paths") else ", ".join(map(str, WEIGHTS))
    snippet = f"snippet({table}, -1, ?, ?, ?, {SNIPPET_TOKENS})" if snippets else "''"
    sql = f"SELECT id, bm25({table}, 0, 0, {weights}), {snippet} FROM {table} WHERE {table} MATCH ?{where}"
    rows = _run(
        doc, q.text, sql, [*MARK, ELLIPSIS] * snippets + [match, *params],
        lambda row: row[0] in doc.units and type(row[1]) is float and type(row[2]) is str,
    )  # fmt: skip
    # bm25 is more negative for better matches; a score reads better the other way up.
    return {uid: (-rank, str(text)) for uid, rank, text in rows}


def count(doc: Document, query: str, scope: list[str] | None = None, exact: bool = False) -> int:
    """How many units have every word of `query` within the units `scope` names, with those it finds as a term
    of art or in its other spelling (as `search` lists them)."""
    q = Query(query, exact)
    _join(doc, q)
    where, params = _scope(doc, scope)
    found = _every(doc, q, q.match, where, params)
    if not q.words:
        return len(found)
    other = {h.id for h in _otherwise(doc, query, scope, exact, list(found)) if not h.missing}
    return len(found.keys() | other)


def suggest(doc: Document, query: str, scope: list[str] | None = None, exact: bool = False) -> str | None:
    """`query` with each word the text does not have replaced by the closest word it has, if that finds
    something; else None."""
    import difflib

    Query(query, exact)
    vocabulary = [w for (w,) in _run(doc, query, "SELECT term FROM words", [], lambda row: type(row[0]) is str)]
    known = set(vocabulary)
    changed = False

    def fix(match: re.Match) -> str:
        nonlocal changed
        word = match.group()
        if word in _OPERATORS or word.isdigit() or match.string[match.end() : match.end() + 1] == "*":
            return word
        if word.lower() in known or word.lower() in FUNCTION_WORDS or count(doc, word, scope, exact):
            # Known, or matching on its own: stemming makes many unseen forms known.
            return word
        close = difflib.get_close_matches(word.lower(), vocabulary, n=1, cutoff=0.8)
        if not close:
            return word
        changed = True
        return close[0]

    fixed = _WORD.sub(fix, _normalize(query))
    if not changed:
        return None
    try:
        return fixed if count(doc, fixed, scope, exact) else None
    except SearchSyntaxError:
        return None  # a suggestion is never an error about a query the user did not type


def _scope(doc: Document, scope: list[str] | None) -> tuple[str, list]:
    """The condition (to follow a MATCH) and its parameters that keep to the units `scope` names."""
    if scope is None:
        return "", []
    for uid in scope:
        doc.get(uid)
    # `within` lists the unit's id and its ancestors' ids, the chapter's included.
    tests = " OR ".join(["instr(' ' || within || ' ', ?) > 0"] * len(scope)) or "0"
    return f" AND ({tests})", [f" {uid} " for uid in scope]


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


def _run(doc: Document, query: str, sql: str, params: list, valid=lambda row: True) -> list:
    """The rows of `sql`. A query FTS5 cannot read is the query's fault; any other failure, or rows naming
    units the data does not have (`valid` says which rows can be), is the index's: it is built again and
    asked once more."""
    try:
        return _ask(doc, query, sql, params, valid)
    except _Damaged:
        _discard(doc)
    try:
        return _ask(doc, query, sql, params, valid)
    except _Damaged:
        raise UnccError("the search index cannot be read, even rebuilt in memory: search again") from None


def _ask(doc: Document, query: str, sql: str, params: list, valid) -> list:
    import sqlite3

    try:
        rows = _connect(doc).execute(sql, params).fetchall()
    except sqlite3.OperationalError as e:
        if _healthy(doc):
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


_CONNECTIONS: dict[str, sqlite3.Connection] = {}
# A query every whole index answers.
_PROBE = (
    "SELECT count(*) FROM units WHERE units MATCH 'convention'"
    " UNION ALL SELECT count(*) FROM exact WHERE exact MATCH 'convention' UNION ALL SELECT count(*) FROM words"
    " UNION ALL SELECT count(*) FROM paths WHERE paths MATCH 'state'"
    " UNION ALL SELECT count(*) FROM exact_paths WHERE exact_paths MATCH 'state'"
)


def _name(doc: Document) -> str:
    return f"search-{FORMAT}-{doc.digest}.sqlite3"


def _connect(doc: Document):
    """An open index of `doc`: the cached file if it is whole and made for this data, else a new one."""
    import sqlite3

    name = _name(doc)
    con = _CONNECTIONS.get(name)
    if con is None:
        if not doc.digest:
            # Without a digest there is no telling this data from another: never cache it.
            con = _build(sqlite3, doc, None)
        else:
            con = _open(sqlite3, doc, name)
            if con is None:
                with cache.lock("search"):
                    con = _open(sqlite3, doc, name) or _build(sqlite3, doc, name)
        _CONNECTIONS[name] = con
    return con


def _healthy(doc: Document) -> bool:
    import sqlite3

    try:
        return len(_connect(doc).execute(_PROBE).fetchall()) == 5
    except sqlite3.Error:
        return False


def _discard(doc: Document) -> None:
    """Forget the index of `doc`, and remove its file."""
    con = _CONNECTIONS.pop(_name(doc), None)
    if con is not None:
        con.close()
    cache.remove(_name(doc))


def _check_fts5(sqlite3) -> None:
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError as e:
        raise UnccError(
            f"search needs SQLite's FTS5, which this Python's sqlite3 lacks ({e}): "
            "use a Python built with FTS5 (python.org, Debian, pyenv and Homebrew builds have it)"
        ) from None


def _open(sqlite3, doc: Document, name: str):
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
        if dict(con.execute("SELECT key, value FROM meta")) == {"format": FORMAT, "digest": doc.digest}:
            return con
        con.close()
    except sqlite3.Error:
        pass
    cache.remove(name)
    return None


def _build(sqlite3, doc: Document, name: str | None):
    """Build the index into a new file and move it into the cache as `name`; in memory if that fails."""
    _check_fts5(sqlite3)
    where = None if name is None else cache.path(name)
    if name is not None and where is not None:
        tmp = None
        try:
            fd, tmp = files.temporary(where)
            os.close(fd)
            con = sqlite3.connect(tmp)
            _fill(con, doc)
            con.close()
            os.replace(tmp, where)
            cache.prune(keep=name, kind="search")
            return _open(sqlite3, doc, name) or _build(sqlite3, doc, None)
        except (OSError, sqlite3.Error):
            # A cache that cannot be written is only slower.
            if tmp is not None:
                files.remove(tmp)
    con = sqlite3.connect(":memory:")
    _fill(con, doc)
    return con


def _path(unit: Unit) -> str:
    """An item's reading path: the opening words of each list it is in, the item, their closing words; "" for
    a unit that is no item of a list (or holds items of its own)."""
    if unit.children or unit.parent is None or unit.parent.kind not in _LISTED:
        return ""
    before, after = [unit.text], []
    up: Unit | None = unit.parent
    while up is not None and up.kind in _LISTED:
        before.insert(0, up.text)
        after.append(up.tail)
        up = up.parent
    return " … ".join(part for part in before + after if part)


# Units whose items read on from their opening words into their closing words.
_LISTED = frozenset({"article", "paragraph", "subparagraph", "item", "resolution-paragraph"})


def _fill(con, doc: Document) -> None:
    """Two full-text indexes of the same rows, one of stems (`units`, which holds the text) and one of the
    words as written (`exact`), and the vocabulary of the second (`words`)."""
    columns = ", ".join(COLUMNS)
    con.executescript(
        f"""
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE VIRTUAL TABLE units USING fts5(id UNINDEXED, within UNINDEXED, {columns},
                                              tokenize = 'porter unicode61');
        CREATE VIRTUAL TABLE exact USING fts5(id UNINDEXED, within UNINDEXED, {columns},
                                              tokenize = 'unicode61', content = 'units');
        CREATE VIRTUAL TABLE words USING fts5vocab(exact, row);
        CREATE VIRTUAL TABLE {PATHS} USING fts5(id UNINDEXED, within UNINDEXED, path, tokenize = 'porter unicode61');
        CREATE VIRTUAL TABLE {EXACT_PATHS} USING fts5(id UNINDEXED, within UNINDEXED, path,
                                                    tokenize = 'unicode61', content = '{PATHS}');
        """
    )
    rows: list[tuple] = []
    for unit in doc.units.values():
        # An article's title is in the article's row, not in its paragraphs': else each of the 32
        # paragraphs of article 40 would hold "mutual legal assistance".
        title, heading = (unit.title, "") if unit.kind == "article" else ("", unit.title)
        if unit.kind == "chapter" and any(a.title == unit.title for a in unit.children):
            # Chapter III is "Jurisdiction" as its only article is: the article has the words.
            heading = ""
        if unit.kind in ("resolution", "convention", "annex"):
            # The long title, three times over, would lead every search for its words; the
            # resolution's paragraph 2, which adopts the Convention by its title, still has them.
            heading = ""
        if not (title or heading or unit.text or unit.tail):
            continue
        within = []
        up: Unit | None = unit
        while up is not None:
            within.append(up.id)
            up = up.parent
        rows.append((unit.id, " ".join(reversed(within)), title, heading, unit.text, unit.tail))
    rows = [(n, *row) for n, row in enumerate(rows, 1)]
    insert = f"(rowid, id, within, {columns}) VALUES ({', '.join('?' * (3 + len(COLUMNS)))})"
    with con:
        con.executemany(f"INSERT INTO units {insert}", rows)
        # `exact` reads its text from `units` by rowid: only its index is written.
        con.executemany(f"INSERT INTO exact {insert}", rows)
        paths = [(n, uid, within, _path(doc.units[uid])) for n, uid, within, *_ in rows]
        paths = [row for row in paths if row[3]]
        for table in (PATHS, EXACT_PATHS):
            con.executemany(f"INSERT INTO {table} (rowid, id, within, path) VALUES (?, ?, ?, ?)", paths)
        con.executemany("INSERT INTO meta VALUES (?, ?)", [("format", FORMAT), ("digest", doc.digest)])
