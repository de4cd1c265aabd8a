"""The provisions layer: what the Convention has each party do, allows it to do, or forbids.

Found at build time in the Convention's own words and stored in convention.yaml:
one statement for each modal verb ("shall", "may", "shall not", ...) whose
subject is a party, and for each item of a list that such a verb introduces
("shall adopt ... measures ... to establish as criminal offences ...: (a) ...").

    {"id", "span", "words", "actor", "force", "kind"}

`span` is the statement's place in the unit's `full_text`; `words` is that
text: from the modal verb to the words that decided its kind, so a lawyer can
check the decision (when the article or the chapter decided, to the end of the
clause; for an item of a list, the item). Everything that decides is in the
tables below:

- Who (IMPERSONAL, ACTORS): first the passive forms, with the party they
  imply ("Mutual legal assistance may be refused": the requested State
  Party; "The Secretary-General ... shall be notified": a State Party, which
  notifies). Else the party named last before the modal verb in the same
  clause, leaving out a party named after a preposition ("from another State
  Party") or as a possessive ("the requesting State Party's investigation");
  "it" and "they" just before the verb are the party named before them. With
  no party, no statement.
- How strongly (MODALS, QUALIFIERS): "shall not" and "may not" forbid, but
  "shall not be required" and "shall be entitled" permit; "shall consider /
  endeavour / strive / seek" ask for effort; "shall" qualified in its
  sentence by domestic law, "as appropriate", "to the extent ..." binds with
  room; "shall" alone binds; "may" permits. An item that begins "Consider"
  asks for effort.
- What (KINDS, ARTICLES, CHAPTERS): the first kind whose pattern is in the
  words after the modal verb, to the end of the clause; else "institutional"
  for the Conference, the secretariat and the Secretary-General; else the
  article's subject (its title); else the chapter's; else "other".

Left out, and said so in the README: modal verbs inside fixed phrases and
relative clauses ("as may be necessary", "authorities that shall have"),
savings clauses with no party ("Nothing in this Convention shall ..."), and
what the Convention says of itself ("This Convention shall enter into force").
"""

from __future__ import annotations

import bisect
import re

from uncc.model import Document, Unit, own_parts

ACTOR_NAMES = (
    "State Party",
    "requesting State Party",
    "requested State Party",
    "Conference of the States Parties",
    "secretariat",
    "Secretary-General",
)
FORCES = ("shall", "shall-qualified", "shall-consider", "may", "shall-not")
KIND_NAMES = (
    "criminalise", "procedural-power", "cooperate", "refuse", "notify", "designate", "reserve", "safeguard",
    "prevent", "technical-assistance", "institutional", "definition", "other",
)  # fmt: skip

# Who: (pattern, actor), tried in this order at each place.
ACTORS = [
    (r"(?:competent )?authorities of (?:a|each|the|those) States? Part(?:y|ies)", "State Party"),
    (r"(?:the |a |any )?requested State Party", "requested State Party"),
    (r"(?:the |a |any )?requesting State Party", "requesting State Party"),
    (r"(?:the )?Conference(?: of the States Parties)?", "Conference of the States Parties"),
    (r"(?:the )?secretariat", "secretariat"),
    (r"(?:the )?Secretary-General(?: of the United Nations)?", "Secretary-General"),
    (r"(?:each |a |any |that |the |those )?States? Part(?:y|ies)", "State Party"),
    # "it" and "they" just before the modal verb: the party named before them.
    (r"(?<!that )\b(?:it|they)(?= (?:shall|may)\b)", None),
]
# Words before a party that make it no subject: "the territory of another State Party".
NOT_SUBJECT = r"(?:(?:of|to|from|by|with|for|in|on|upon|against|between|among) (?:another |other |two or more )?|“)$"

# How strongly: (pattern, force), longest first.
MODALS = [
    (r"shall not be (?:required|obliged|bound)|shall (?:also )?be (?:free|entitled)", "may"),
    (r"shall not|may not", "shall-not"),
    (r"shall(?: also)?(?:, [^,;]{1,120},){0,3} (?:consider|endeavour|strive|seek)\b", "shall-consider"),
    (r"shall", "shall"),
    (r"may", "may"),
]
# Modal verbs that make no statement of their own.
NOT_STATEMENTS = (
    r"as may be|may be necessary|may deem|may have under|may become|may be stored|may include"
    r"|shall be required before|shall be binding|shall still be bound"
    r"|(?:order|so) that \w+ may|\b(?:that|which|who) (?:shall|may)\b"
)
# "shall" that leaves room, anywhere in its sentence.
QUALIFIERS = (
    r"in accordance with (?:its|their) (?:own )?domestic law|in accordance with (?:the )?fundamental principles"
    r"|subject to (?:its|their) domestic law|subject to the (?:legal principles|provisions of its domestic law)"
    r"|as appropriate|where appropriate|to the (?:greatest )?extent (?:possible|necessary|permitted|consistent)"
    r"|within its means|where(?:ver)? possible|according to their capacity|if its domestic law so permits"
)
# A statement with no party named: (pattern that holds the modal verb, actor, kind).
IMPERSONAL = [
    (r"“[^”]+”(?: or “[^”]+”)?(?:, [^“”]*?,)? shall (?:mean|include)", "State Party", "definition"),
    (r"the term “[^”]+” shall include", "State Party", "definition"),
    (r"(?:may|shall) (?:also )?be refused", "requested State Party", "refuse"),
    (r"may be postponed", "requested State Party", "refuse"),
    (r"Reasons shall be given for any refusal", "requested State Party", "refuse"),
    (r"Secretary-General of the United Nations shall be notified", "State Party", "notify"),
    (r"[Ii]nstruments of (?:ratification|accession)[^.;]*? shall be deposited with the Secretary-General",
     "State Party", "notify"),
]  # fmt: skip
# What: (kind, pattern), the first found in the words after the modal verb.
KINDS = [
    ("reserve", r"reserve the right|declare that it does not consider itself bound"),
    ("notify", r"(?:notify|inform|communicate to|furnish[^.;]*? to|transmit it to)(?: the)? Secretary-General"
     r"|notification to the Secretary-General|details held in the register"),
    ("designate", r"\bdesignate\b"),
    ("criminalise", r"establish as (?:a )?(?:separate |criminal |predicate )?offences?"
     r"|criminali[sz]ation|require (?:that the (?:offence|conduct|material)|an? (?:intent|act)|the intent)"
     r"|dissuasive (?:criminal or non-criminal )?sanctions|aggravating circumstances"
     r"|liability of legal persons|statute of limitations"),
    ("safeguard", r"safeguards|human rights|rights and guarantees|rights, responsibilities|fair treatment"
     r"|protect children|protection"),
    ("refuse", r"refus\w*|declin\w*"),
    ("procedural-power", r"empower its|enable (?:its competent authorities|the (?:confiscation|identification))"
     r"|oblige (?:a service provider|the custodian|that person)|powers and procedures"),
]  # fmt: skip
# Else the article's subject, by its title.
ARTICLES = [
    (r"[Hh]uman rights|[Ss]afeguards|[Pp]rotection of (?:witnesses|victims|personal data)", "safeguard"),
    (r"[Jj]urisdiction", "other"),
]
# Else the chapter's.
CHAPTERS = {
    "chapter.II": "criminalise",
    "chapter.IV": "procedural-power",
    "chapter.V": "cooperate",
    "chapter.VI": "prevent",
    "chapter.VII": "technical-assistance",
    "chapter.VIII": "institutional",
}


def _alternatives(pairs) -> str:
    """One pattern of the rows' patterns, each its own group: `_which` says which row matched."""
    return "|".join(f"(?P<_{n}>{row[0]})" for n, row in enumerate(pairs))


def _which(match: re.Match) -> int:
    return int(match.lastgroup[1:])


# Every party starts a word: `\b` first lets the engine pass over the inside of words at once (three times as
# fast over the Convention, with the same matches).
_ACTOR = re.compile(r"\b(?:" + _alternatives(ACTORS) + ")")
_MODAL = re.compile(r"\b(?:" + _alternatives(MODALS) + r")\b")
_ANCHOR = re.compile(r"\b(?:shall|may)\b")
_NOT_SUBJECT = re.compile(NOT_SUBJECT)
_NOT = re.compile(NOT_STATEMENTS)
_QUALIFIED = re.compile(QUALIFIERS)
_IMPERSONAL = [(re.compile(p), actor, kind) for p, actor, kind in IMPERSONAL]
_KINDS = [(kind, re.compile(p)) for kind, p in KINDS]
_ARTICLES = [(re.compile(p), kind) for p, kind in ARTICLES]
_CLAUSE_END = re.compile(r"[.;:](?=\s|$)")
# Parties whose statements are about the Convention's machinery.
_INSTITUTIONS = {"Conference of the States Parties", "secretariat", "Secretary-General"}
_SENTENCE_END = re.compile(r"[.;](?=\s|$)")


def find(doc: Document) -> list[dict]:
    """Every statement of the Convention, in document order."""
    found: list[dict] = []
    # The statement that introduces each list: the last in the words before the list, if they end with a colon.
    introducing: dict[str, dict] = {}
    for unit in doc.convention.walk():
        own = []
        for offset, text in own_parts(unit):
            for start, end, actor, force, kind in statements(unit, text):
                own.append(_entry(unit, offset + start, offset + end, text[start:end], actor, force, kind))
                if text is unit.text and unit.text.rstrip().endswith(":"):
                    introducing[unit.id] = own[-1]
        chapeau = introducing.get(unit.parent.id) if unit.parent is not None else None
        if not own and unit.text and chapeau is not None and chapeau["kind"] != "definition":
            # An item of a list: the list's statement, the item's own words deciding its kind if they can
            # ("(a) At the time of deposit ..., inform the Secretary-General ...").
            offset = own_parts(unit)[0][0]
            force = "shall-consider" if re.match(r"Consider\b", unit.text) else chapeau["force"]
            kind, end = _strong(unit.text, 0, len(unit.text))
            if kind is None:
                # The list's statement decides: the item's words are what it applies to.
                kind, end = chapeau["kind"], len(unit.text)
            own.append(_entry(unit, offset, offset + end, unit.text[:end], chapeau["actor"], force, kind))
            if unit.text.rstrip().endswith(":"):
                introducing[unit.id] = own[-1]
        found += own
    return found


def _entry(unit: Unit, start: int, end: int, words: str, actor: str, force: str, kind: str) -> dict:
    return {"id": unit.id, "span": [start, end], "words": words, "actor": actor, "force": force, "kind": kind}


def statements(unit: Unit, text: str):
    """(start, end, actor, force, kind) of each statement in `text`, one of the unit's own parts."""
    # Each "shall" or "may", read as the longest modal verb that starts there.
    modals = [_MODAL.match(text, a.start()) for a in _ANCHOR.finditer(text)]
    if not modals:
        return
    # Worked out once for the text: where clauses and sentences end, and the passive statements.
    clauses = [e.end() for e in _CLAUSE_END.finditer(text)]
    sentences = [e.end() for e in _SENTENCE_END.finditer(text)]
    passive = [(h.start(), h.end(), actor, kind) for p, actor, kind in _IMPERSONAL for h in p.finditer(text)]
    for m in modals:
        near = _NOT.finditer(text, max(0, m.start() - 24), m.end() + 30)
        if any(n.start() <= m.start() < n.end() for n in near):
            continue
        force = MODALS[_which(m)][1]
        at = bisect.bisect_left(clauses, m.start() + 1)
        clause = clauses[at - 1] if at else 0
        clause_end = clauses[at] - 1 if at < len(clauses) else len(text)
        start, end, actor, kind = m.start(), m.end(), None, None
        hit = next(((a, b, p, k) for a, b, p, k in passive if a <= m.start() < b and a >= clause), None)
        if hit:
            start, end, actor, kind = hit
        else:
            actor = _subject(text, clause, m.start())
            if actor is None:
                continue
            kind, decided = _strong(text, m.end(), clause_end)
            if kind is None:
                # The party, the article or the chapter decides: the words are what the statement says.
                kind = "institutional" if actor in _INSTITUTIONS else _subject_kind(unit)
                decided = len(text[:clause_end].rstrip(",; "))
            end = max(end, decided)
        if force == "shall":
            n = bisect.bisect_left(sentences, m.start() + 1)
            sentence = text[sentences[n - 1] if n else 0 : sentences[n] if n < len(sentences) else len(text)]
            if _QUALIFIED.search(sentence):
                force = "shall-qualified"
        yield start, end, actor, force, kind


def _subject(text: str, start: int, at: int) -> str | None:
    """The party named last before `at` in the clause that starts at `start`, or None."""
    found = None
    # Searched a little past `at`: "it" and "they" count only just before the modal verb.
    for m in _ACTOR.finditer(text, start, at + 6):
        if m.start() >= at:
            break
        if text.startswith(("’s", "'s"), m.end()) or _NOT_SUBJECT.search(text, max(0, m.start() - 20), m.start()):
            continue  # "the requesting State Party’s investigation", "from another State Party"
        found = ACTORS[_which(m)][1] or found or "State Party"
    return found


def _strong(text: str, start: int, end: int) -> tuple[str | None, int]:
    """The first kind whose pattern is in `text[start:end]`, and where its words end; (None, 0) if none."""
    for kind, pattern in _KINDS:
        hit = pattern.search(text, start, end)
        if hit:
            return kind, hit.end()
    return None, 0


def _subject_kind(unit: Unit) -> str:
    """The kind the unit's article (by its title) or chapter gives a statement its words do not decide."""
    article = unit.article
    for pattern, kind in _ARTICLES:
        if article is not None and pattern.search(article.title):
            return kind
    chapter = unit.chapter
    return CHAPTERS.get(chapter.id if chapter else "", "other")
