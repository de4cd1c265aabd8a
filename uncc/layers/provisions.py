"""The provisions layer: what the Convention has each party do, allows it to do, or forbids.

Found at build time in the Convention's own words and stored in convention.yaml:
one statement for each modal verb ("shall", "may", "shall not", ...) that
imposes, permits or forbids something, whoever its grammatical subject is, and
for each item of a list that such a verb introduces.

    {"id", "span", "words", "actor", "force", "kind", "kinds"}

`span` is the statement's place in the unit's `full_text`; `words` is that
text: from the modal verb to the end of its clause, so that the words a lawyer
acts on are never cut; where the subject is no party ("Requests shall be made
in writing", "Nothing in this Convention shall ..."), from the start of the
clause; for an item of a list, the item to the end of its clause. `kinds` is
every kind the words carry, `kind` (the main one) first.
Everything that decides is in the tables below:

- Who (ACTORS, IMPERSONAL, THINGS): a passive form with the party it implies
  ("Mutual legal assistance may be refused": the requested State Party); else
  the party named last before the modal verb in its clause, leaving out one
  named after a preposition ("from another State Party") or as a possessive
  ("the requesting State Party's investigation"); else the agent of a passive
  ("shall be borne by the requested State Party"); else what the subject is
  (THINGS: "Requests shall be made in writing" is the requesting State
  Party's; "A request shall be executed" the requested State Party's; "This
  Convention shall enter into force" the Convention's own operation); else
  the party of the unit's statement before it; else, in chapter VIII, the
  Conference; else a State Party.
- How strongly (MODALS, SAVINGS, QUALIFIERS): "shall not" and "may not"
  forbid, and so do savings and interpretation clauses ("Nothing in this
  Convention shall be interpreted as ...", "shall be without prejudice to");
  "shall not be required" and "shall be entitled" permit; "shall consider /
  endeavour / strive / seek" ask for effort; "shall" qualified in its sentence
  by domestic law, legal principles, "as appropriate", "subject to", "to the
  extent possible", "if it deems necessary" binds with room; "shall" alone
  binds; "may" permits. An item that begins "Consider" asks for effort.
- What (KINDS, THINGS, ARTICLES, CHAPTERS): every kind whose pattern is in the
  words, in the order of KINDS; a savings clause that frees a requested State
  from an obligation to extradite or assist is a ground of refusal first;
  failing a pattern, the subject's kind, "institutional" for the Conference,
  the secretariat and the Secretary-General, the article's subject (its
  title), the chapter's, "other".
- Lists: an item of a list a statement introduces is a statement of its own,
  with the list's party, force and kinds, its own words adding kinds (and a
  qualifier, "Consider"); an item with no words of its own passes the list's
  statement on to its items; an item's own statement ("which States Parties
  may establish as a separate offence") stands beside the list's, and
  replaces it only where the item is a sentence of its own ("Each State Party
  shall ...").

Left out: modal verbs inside fixed phrases and relative clauses ("as may be
necessary", "authorities that shall have"), those inside the principle a
savings clause keeps ("... the principle that such offences shall be
prosecuted"), and the preamble.
"""

from __future__ import annotations

import bisect
import re
from typing import cast

from uncc.model import Document, Unit, own_parts

# Who: (pattern, actor), tried in this order at each place.
ACTORS = [
    (r"(?:the )?State Party to which the person is transferred", "requesting State Party"),
    (r"(?:the )?State Party from which the person (?:was|is|has been) transferred", "requested State Party"),
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
NOT_SUBJECT = (
    r"(?:(?:of|to|from|by|with|for|in|on|upon|against|between|among) (?:another |other |one |two or more )?|“)$"
)

# How strongly: (pattern, force), longest first.
MODALS = [
    (r"shall not be (?:required|obliged) to\b|shall not be bound\b|shall (?:also )?be (?:free|entitled)", "may"),
    (r"shall not|may not", "shall-not"),
    # "shall consider this Convention the ... basis" regards it as one: that binds.
    (r"shall(?: also)?(?:,[^,;]{1,120}){0,3},? (?:consider(?! this Convention)|endeavour|strive|seek|make every effort"
     r"|give (?:priority |due )?consideration)\b", "shall-consider"),
    (r"[Ss]hall|must|undertake to", "shall"),
    (r"[Mm]ay", "may"),
]
# Modal verbs that make no statement of their own.
NOT_STATEMENTS = (
    r"as may be|may be necessary|may deem|may have under|may become|may be stored|may be bound"
    r"|may be within|may be held liable"
    r"|(?:order|so) that \w+ may|\b(?:that|which|who) (?:shall|may)\b"
)
# Savings and interpretation clauses: the modal verb (with what follows it) that makes the clause one.
SAVINGS = (
    r"^(?:[A-Z][^.;]*?, )?(?:[Nn]othing (?:contained )?in this (?:Convention|article|paragraph)|"
    r"(?:[Tt]his|[Tt]he provisions of this) article) shall(?: not)? (?:be (?:interpreted|construed)|affect|prevent|"
    r"entitle)"
    r"|shall (?:also )?be without prejudice|shall not (?:be construed as prejudicing|affect|exclude|prevent)"
)
# "shall" that leaves room, anywhere in its sentence.
QUALIFIERS = (
    r"in accordance with (?:its|their) (?:own )?domestic law|in accordance with (?:the )?fundamental principles"
    r"|, and domestic laws\b|consistent with (?:its|their) (?:respective )?(?:legal principles|domestic)"
    r"|\b[Ss]ubject to (?:its|their|the) (?:own )?(?:domestic law|legal principles|basic concepts|provisions of|"
    r"constitutional|fundamental)|^Subject to|as appropriate|where appropriate"
    r"|to the (?:greatest |fullest )?extent (?:possible|necessary|permitted|consistent|not contrary)"
    r"|within its means|where(?:ver)? possible|according to their capacity|if its domestic law so permits"
    r"|if (?:it|they) deems? (?:it )?(?:necessary|appropriate)|if permitted by"
    r"|in conformity with (?:its |their )?domestic"
    r"|within its existing technical capabilit|to be determined by (?:its )?domestic law|where (?:applicable|available|"
    r"necessary)|when(?:ever)? appropriate|subject to bilateral|as full account as possible|as far as possible"
    r"|subject to the conditions provided for by the domestic law|unless [^.;]*? by its domestic law"
)
# A statement whose subject is its verb's object, with the party it implies: (pattern holding the modal verb,
# actor, kind).
IMPERSONAL = [
    (r"“[^”]+”(?: or “[^”]+”)?(?:, [^“”]*?,)? shall (?:mean|include)(?:[^.;]*? and may include)?", "State Party",
     "definition"),
    (r"the term “[^”]+” shall include", "State Party", "definition"),
    (r"(?:may|shall) (?:also )?be refused", "requested State Party", "refuse"),
    (r"may be postponed", "requested State Party", "refuse"),
    (r"Reasons shall be given for any refusal", "requested State Party", "refuse"),
    (r"(?:The )?Secretary-General of the United Nations shall be notified", "State Party", "notify"),
    (r"[Ii]nstruments of (?:ratification|accession)[^.;]*? shall be deposited with the Secretary-General",
     "State Party", "notify"),
]  # fmt: skip
# What a subject that is no party stands for: (pattern on the words from the clause's start to the end of the
# modal verb's phrase, actor, kind or None for the words to decide).
THINGS = [
    # What the Convention says of its own operation, and of its articles' scope (read before any party named).
    (r"(?<!under )(?:[Tt]his|the) Convention (?:shall (?:also )?(?:be open|enter|apply|be subject)|may be supplemented)"
     r"|^\s*(?:[Tt]his|[Tt]he provisions of this) article shall apply|^\s*Paragraphs [^;]*? shall apply"
     r"|the corresponding provisions of that treaty shall apply"
     r"|of this Convention shall apply|(?:[Aa]ny|[Aa]n|[Tt]he|[Ss]uch|supplementary) (?:amendment|protocol)s?\b[^;]*?"
     r" (?:shall|may)|[Ss]uch denunciation shall|[Dd]enunciation of this Convention|[Aa]t least 60 States Parties shall"
     r"|[Tt]he original of this Convention|instrument deposited by a regional economic integration organization"
     r"|\bit shall be binding|organization shall cease|shall still be bound|must also be a Party",
     "Convention", None),
    # What a State Party's law must hold.
    (r"conditions and safeguards\b[^;]*? shall|shall be guaranteed fair treatment", "State Party", "safeguard"),
    # How a request is made and what it holds: the requesting State Party's; and the safe conduct it owes.
    (r"[Rr]equests?\b[^;]*? (?:shall|may) (?:be made|contain|specify|be confirmed|be transmitted)"
     r"|[Mm]utual legal assistance\b[^;]*? may be requested",
     "requesting State Party", None),
    (r"shall not be prosecuted, detained|[Ss]uch safe conduct shall", "requesting State Party", "safeguard"),
    (r"shall receive credit for service", "requested State Party", "safeguard"),
    # How it is executed, answered, afforded or paid for: the requested State Party's.
    (r"[Rr]equests?\b[^;]*? (?:shall|may) (?:be executed|be responded)|[Mm]utual legal assistance shall be afforded"
     r"|[Aa]ny preservation\b|the data shall continue|such assistance shall be governed|^\s*Such assistance shall"
     r"|^\s*(?:The )?[Cc]entral authorit(?:y|ies) shall|may be transferred|dual criminality",
     "requested State Party", None),
    (r"[Ee]xtradition shall be subject", "requested State Party", "cooperate"),
    (r"meetings of the Conference shall", "Conference of the States Parties", "institutional"),
]  # fmt: skip
# What: (kind, pattern), every one found in the words, in this order; the first is the statement's kind.
KINDS = [
    ("reserve", r"reserve the right|declare that it does not consider itself bound|such a reservation"),
    ("designate", r"\bdesignate\b|name and address of (?:an? |the )?authorit"),
    ("notify", r"(?:notify|inform|communicate to|furnish[^.;]*? to|transmit it to)(?: the)? Secretary-General"
     r"|notification to the Secretary-General|details held in the register|inform the depositary"
     r"|deposit with the Secretary-General(?: of the United Nations)? of an instrument|deposit its instrument"
     r"|declare the extent of its competence"),
    ("criminalise", r"establish as (?:a )?(?:separate |criminal |predicate )?offences?"
     r"|criminali[sz]ation|require (?:that the (?:offence|conduct|material)|an? (?:intent|act)|the intent)"
     r"|dissuasive (?:criminal or non-criminal )?sanctions|aggravating circumstances"
     r"|liability of legal persons|statute of limitations|establishing criminal offences|considered criminal offences"),
    ("safeguard", r"safeguards|human rights|rights and guarantees|rights, responsibilities|fair treatment"
     r"|protect children|protection (?:of (?:human rights|personal data|witnesses|victims|privacy|the rights)|from|to"
     r" victims|against)|data protection|rights of the child|rights of bona fide third parties"),
    ("refuse", r"refus\w*|decline to render|obligation to (?:extradite|afford mutual legal assistance)"),
    ("procedural-power", r"empower its|enable (?:its competent authorities|the (?:confiscation|identification))"
     r"|oblige (?:a service provider|the custodian|that person)|powers and procedures"),
]  # fmt: skip
# Else the article's subject, by its title.
ARTICLES = [
    (r"[Hh]uman rights|[Ss]afeguards|[Pp]rotection of (?:witnesses|victims|personal data)", "safeguard"),
    (r"[Uu]se of terms", "definition"),
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
# An item that is a sentence of its own: its statement replaces the list's.
SENTENCE_ITEM = r"(?:Each|Any|A|The|That|Such|States|Nothing|It|They)\b[^;:]{0,80}?\b(?:shall|may)\b"


def _alternatives(pairs) -> str:
    """One pattern of the rows' patterns, each its own group: `_which` says which row matched."""
    return "|".join(f"(?P<_{n}>{row[0]})" for n, row in enumerate(pairs))


def _which(match: re.Match) -> int:
    group = match.lastgroup
    assert group is not None  # every row's pattern is a group of its own (_alternatives)
    return int(group[1:])


# Every party, qualifier, kind and subject starts a word: `\b` first lets the engine pass over the inside of words
# at once (two to three times as fast over the Convention, with the same matches).
_ACTOR = re.compile(r"\b(?:" + _alternatives(ACTORS) + ")")
_MODAL = re.compile(r"\b(?:" + _alternatives(MODALS) + r")\b")
_ANCHOR = re.compile(r"\b(?:[Ss]hall|[Mm]ay|must|undertake(?= to\b))\b")
_NOT_SUBJECT = re.compile(NOT_SUBJECT)
_NOT = re.compile(NOT_STATEMENTS)
_SAVINGS = re.compile(SAVINGS)
_QUALIFIED = re.compile(rf"\b(?:{QUALIFIERS})", re.I)
_IMPERSONAL = [(re.compile(p), actor, kind) for p, actor, kind in IMPERSONAL]
_THINGS = [(re.compile(rf"\b(?:{p})"), actor, kind) for p, actor, kind in THINGS]
_FIRST = 4  # THINGS' rows read before a party the clause names: the Convention's operation, the safe conduct
_KINDS = [(kind, re.compile(rf"\b(?:{p})")) for kind, p in KINDS]
_ANY_KIND = re.compile(r"\b(?:" + "|".join(f"(?:{p})" for _kind, p in KINDS) + ")")  # most clauses name none
_ARTICLES = [(re.compile(p), kind) for p, kind in ARTICLES]
_SENTENCE_ITEM = re.compile(SENTENCE_ITEM)
_CONSIDER = re.compile(r"(?:^|,\s)(?:[Cc]onsider|[Ss]eek|[Ee]ndeavour|[Ss]trive)\b")
_RELATIVE = re.compile(
    r"((?:the |a )?(?:requested |requesting |original transferring )?State Party"
    r"|Secretary-General of the United Nations|Secretary-General|Conference of the States Parties|secretariat)"
    r",\s+(?:which|who)\s+$"
)
_ACTORS_NAMED = {
    "the requested state party": "requested State Party", "the requesting state party": "requesting State Party",
    "secretary-general of the united nations": "Secretary-General", "secretary-general": "Secretary-General",
    "conference of the states parties": "Conference of the States Parties", "secretariat": "secretariat",
}  # fmt: skip
_OF_ITSELF = re.compile(
    r"(?:[A-Z][^,.;]*, )?(?:[Nn]othing (?:contained )?in this"
    r"|(?:[Tt]his|[Tt]he provisions of this) (?:Convention|article))"
)
_DANGLING = re.compile(r"\s+(?:to|of|in|for|with|by|on|at|from|into|the|a|an|and|or|that|which|its|their)$")
_AND = re.compile(r"(?:,\s*)?\band\s+$")
# The words that make a State Party the requested one.
_RECEIVES = re.compile(
    r"receiv(?:es|ing) a request|has received a request|acting on (?:the|a) request|upon receiving"
    r"|at the request of the other|in whose territory an alleged offender is found"
    r"|to extradite or otherwise surrender one of its nationals"
)
_ASKS = re.compile(r"\bmay request (?:another|the other) State Part")
_AGENT = re.compile(r"(?:\s+\w+){1,3}?\s+by (?:the |that |a |each )?(requested |requesting )?State Party\b")
_CLAUSE_END = re.compile(r"[.;:](?=\s|$)")
_SENTENCE_END = re.compile(r"[.;](?=\s|$)")
# The kinds that are acts of their own: an item's words that name one decide its kind.
_ACTS = ("reserve", "notify", "designate", "refuse")
# Parties whose statements are about the Convention's machinery.
_INSTITUTIONS = {"Conference of the States Parties", "secretariat", "Secretary-General"}


def find(doc: Document) -> list[dict]:
    """Every statement of the Convention, in document order."""
    found: list[dict] = []
    # The statement that introduces each list: the last in the words before the list, if they end with a colon.
    introducing: dict[str, dict] = {}
    for unit in doc.convention.walk():
        if unit.kind in ("preamble", "recital"):
            continue
        own = []
        for offset, text in own_parts(unit):
            for start, end, actor, force, kinds in statements(unit, text):
                own.append(_entry(unit, offset + start, offset + end, text[start:end], actor, force, kinds))
                if unit.text.rstrip().endswith(":") and (text is unit.text or unit.id not in introducing):
                    # The last statement before the list, or (23.3 (b): "... which: (i) ... (ii) ..., may reserve
                    # the right ...") the first after it; a permission added to a duty of the same kind ("shall
                    # include visual material, and may include written or audio content, that depicts: ...") does
                    # not weaken the list.
                    last = introducing.get(unit.id)
                    added = last is not None and own[-1]["force"] == "may" and last["kinds"] == own[-1]["kinds"]
                    if not added or text is not unit.text:
                        introducing[unit.id] = own[-1]
        chapeau = introducing.get(unit.parent.id) if unit.parent is not None else None
        if chapeau is not None:
            if not unit.text:
                introducing[unit.id] = chapeau  # "(a) (i) ... (ii) ...": the list's statement is its items'
            elif not (own and _SENTENCE_ITEM.match(unit.text)):
                item = _item(unit, chapeau)
                own.insert(0, item)
                if unit.text.rstrip().endswith(":"):
                    introducing[unit.id] = item
        found += own
    return found


def _item(unit: Unit, chapeau: dict) -> dict:
    """An item of a list: the list's statement, the item's own words adding kinds and qualifying its force."""
    text = unit.text
    offset = own_parts(unit)[0][0]
    force = chapeau["force"]
    if _CONSIDER.search(text):
        force = "shall-consider"
    elif force == "shall" and _QUALIFIED.search(text):
        force = "shall-qualified"
    end = _clause_end(text, 0)
    # The item's own acts (a notification, a refusal) first; else the list's kinds, then what the item adds.
    own = _kinds(text, 0, end)
    kinds = [k for k in own if k in _ACTS]
    kinds = list(dict.fromkeys(kinds + chapeau["kinds"] + own))
    return _entry(unit, offset, offset + end, text[:end], chapeau["actor"], force, kinds)


def _entry(unit: Unit, start: int, end: int, words: str, actor: str, force: str, kinds: list[str]) -> dict:
    return {
        "id": unit.id, "span": [start, end], "words": words, "actor": actor, "force": force, "kind": kinds[0],
        "kinds": kinds,
    }  # fmt: skip


def statements(unit: Unit, text: str):
    """(start, end, actor, force, kinds) of each statement in `text`, one of the unit's own parts; each statement's
    words are its clause, from its start (or from the passive's subject) to its end."""
    # Each "shall" or "may", read as the longest modal verb that starts there (MODALS has one for each anchor).
    modals = cast("list[re.Match[str]]", [_MODAL.match(text, a.start()) for a in _ANCHOR.finditer(text)])
    if not modals:
        return
    # Worked out once for the text: where clauses and sentences end, and the passive statements.
    clauses = [e.end() for e in _CLAUSE_END.finditer(text)]
    sentences = [e.end() for e in _SENTENCE_END.finditer(text)]
    passive = [(h.start(), h.end(), actor, kind) for p, actor, kind in _IMPERSONAL for h in p.finditer(text)]
    fixed = {m.start() for m in modals if _fixed(text, m)}
    saving_until = -1  # the end of the sentence of the last savings clause: its principle holds no statement
    # (actor, kinds, sentence) of the statement before, for a subject that names none
    previous: tuple[str, list[str], int] | None = None
    for m in modals:
        relative = _RELATIVE.search(text, max(0, m.start() - 80), m.start())  # ", which may": of the party before
        if (not relative and m.start() in fixed) or m.start() < saving_until:
            continue
        force = MODALS[_which(m)][1]
        at = bisect.bisect_left(clauses, m.start() + 1)
        clause = clauses[at - 1] if at else 0
        clause_end = _clause_end(text, m.start())
        n = bisect.bisect_left(sentences, m.start() + 1)
        sentence_start = sentences[n - 1] if n else 0
        sentence_end = sentences[n] if n < len(sentences) else len(text)
        kinds = _kinds(text, m.end(), clause_end)
        hit = next(((a, b, p, k) for a, b, p, k in passive if a <= m.start() < b and a >= clause), None)
        start = _clause_start(text, clause)
        if _saving(text, sentence_start, m):
            force, saving_until = "shall-not", sentence_end
            actor = _saving_actor(text, sentence_start, m, clause_end, kinds)
        elif hit:
            actor, kind, start = hit[2], hit[3], min(start, hit[0])
            kinds = [kind] if kind == "definition" else [kind] + [k for k in kinds if k != kind]
        else:
            actor, kinds = _actor(unit, text, m, clause, relative, previous, sentence_start, kinds)
        actor = _role(unit, text[clause:clause_end], actor, kinds)
        kinds = _carried(unit, actor, force, kinds)
        # A qualifier counts from the sentence's start to the next modal verb: "shall execute the request ... as soon
        # as possible and shall take as full account as possible of any deadlines" qualifies the second only.
        following = next((x.start() for x in modals if x.start() > m.start() and x.start() not in fixed), sentence_end)
        if force == "shall" and kinds[0] != "definition" and _QUALIFIED.search(
            text, sentence_start, min(sentence_end, following)
        ):
            force = "shall-qualified"
        notified = hit is not None and hit[3] == "notify" and "Secretary-General" in text[hit[0] : hit[1]]
        previous = ("notified" if notified else actor, kinds, sentence_start) if force != "shall-not" or actor != (
            "Convention") else None
        yield start, clause_end, actor if actor != "notified" else "State Party", force, kinds


def _saving_actor(text: str, sentence_start: int, m: re.Match, clause_end: int, kinds: list[str]) -> str:
    """Whose a savings clause is: "Nothing in this Convention shall ...", "this Convention shall not exclude ..." are
    the Convention's, unless it keeps something for a party in a role; "Such liability shall be without prejudice
    ..." is the party's it names. A refusal it keeps comes first among its kinds."""
    if _OF_ITSELF.match(text, _clause_start(text, sentence_start)):
        actor = _first_party(text, m.end(), clause_end) or "Convention"
    else:
        actor = _first_party(text, m.end(), clause_end, any_party=True) or "State Party"
    if "refuse" in kinds:
        kinds.remove("refuse")
        kinds.insert(0, "refuse")
    return actor


def _actor(unit: Unit, text: str, m: re.Match, clause: int, relative: re.Match | None,
           previous: tuple[str, list[str], int] | None, sentence_start: int, kinds: list[str]) -> tuple[str, list[str]]:
    """The actor (and kinds) of a statement with no passive subject: the party a relative clause (", which may") is
    about, the Secretary-General notified just before ("shall be notified ..., and shall set up"), or the clause's
    subject."""
    if relative:
        named = relative.group(1).lower()
        if named in _ACTORS_NAMED:
            return _ACTORS_NAMED[named], kinds
        return _subject(text, relative.start(), relative.end() - 1) or "State Party", kinds
    if previous and previous[0] == "notified" and previous[2] == sentence_start and _AND.search(
        text, max(0, m.start() - 8), m.start()
    ):
        return "Secretary-General", kinds or ["institutional"]
    actor, thing = _thing(unit, text, clause, m, previous[0] if previous else None)
    if thing and thing not in kinds:
        kinds.insert(0, thing)
    return actor, kinds


def _carried(unit: Unit, actor: str, force: str, kinds: list[str]) -> list[str]:
    """A statement's kinds with the one its article or chapter is about: last, or first where the Convention speaks
    of itself (a deposit it names comes after)."""
    own = _subject_kind(unit)
    if not kinds:
        kinds = ["institutional" if actor in _INSTITUTIONS else own]
    elif kinds[0] != "definition" and actor not in _INSTITUTIONS and own not in kinds:
        kinds.append(own)
    if actor == "Convention" and force != "shall-not" and kinds[0] != own:
        kinds = [own] + [k for k in kinds if k != own]
    return kinds


def _fixed(text: str, modal: re.Match) -> bool:
    """Whether a modal verb is part of a fixed phrase or a relative clause ("as may be necessary")."""
    near = _NOT.finditer(text, max(0, modal.start() - 24), modal.end() + 30)
    return any(n.start() <= modal.start() < n.end() for n in near)


def _role(unit: Unit, clause: str, actor: str, kinds: list[str]) -> str:
    """A State Party in the role the clause gives it: requested where it receives or acts on a request, or refuses
    in chapter V; requesting where it asks another State Party for something."""
    if actor != "State Party":
        return actor
    in_v = unit.chapter is not None and unit.chapter.id == "chapter.V"
    refuses = "refuse" in kinds and "reserve" not in kinds and in_v
    if _RECEIVES.search(clause) or refuses:
        return "requested State Party"
    if _ASKS.search(clause):
        return "requesting State Party"
    return actor


def _thing(unit: Unit, text: str, clause: int, modal: re.Match, previous: str | None) -> tuple[str, str | None]:
    """Who bears a statement, and the kind its subject gives (or None): the Convention where it speaks of itself,
    the agent of a passive, the party named last before the modal verb, what its subject stands for, the party
    its list names, the party of the statement before, the Conference in chapter VIII, or a State Party."""
    words = text[clause : modal.end() + 40]
    for pattern, actor, kind in _THINGS[:_FIRST]:
        if pattern.search(words):
            return actor, kind
    agent = _AGENT.match(text, modal.end())
    if agent is not None:  # "shall be borne by the requested State Party"
        return f"{agent.group(1)}State Party" if agent.group(1) else "State Party", None
    subject = _subject(text, clause, modal.start())
    if subject is not None:
        return subject, None
    for pattern, actor, kind in _THINGS[_FIRST:]:
        if pattern.search(words):
            return actor, kind
    if unit.parent is not None and unit.text and text is unit.text and modal.start() < 2:
        named = _subject(unit.parent.text, 0, len(unit.parent.text))  # "The requested State Party: (a) Shall ..."
        if named:
            return named, None
    if previous and previous != "notified":
        return previous, None
    chapter = unit.chapter
    return ("Conference of the States Parties" if chapter and chapter.id == "chapter.VIII" else "State Party"), None


def _saving(text: str, sentence_start: int, modal: re.Match) -> bool:
    """Whether the modal verb makes a savings or interpretation clause ("Nothing in this Convention shall ...")."""
    start = sentence_start + len(text[sentence_start:]) - len(text[sentence_start:].lstrip())
    segment = text[start : modal.end() + 40]
    at = modal.start() - start
    return any(s.start() <= at < s.end() for s in _SAVINGS.finditer(segment))


def _clause_start(text: str, clause: int) -> int:
    """Where the words of the clause that starts at `clause` start, the spaces before them left out."""
    return clause + len(text[clause:]) - len(text[clause:].lstrip())


def _clause_end(text: str, start: int) -> int:
    """Where the clause that holds `start` ends, its closing punctuation and the commas before it left out."""
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end else len(text)
    words = text[:stop].rstrip(",; ")
    # A clause a list completes ("to empower its competent authorities to: (a) ...") ends before its last
    # preposition or article: the words never end on one.
    while (tail := _DANGLING.search(words, max(0, len(words) - 16))) and tail.start() > start:
        words = words[: tail.start()].rstrip(",; ")
    return len(words)


def _kinds(text: str, start: int, end: int) -> list[str]:
    """Every kind whose pattern is in `text[start:end]`, in the order of KINDS."""
    if not _ANY_KIND.search(text, start, end):
        return []
    return [kind for kind, pattern in _KINDS if pattern.search(text, start, end)]


def _subject(text: str, start: int, at: int) -> str | None:
    """The party named last before `at` in the clause that starts at `start`, or None."""
    found = None
    # Searched a little past `at`: "it" and "they" count only just before the modal verb.
    for m in _ACTOR.finditer(text, start, at + 6):
        if m.start() >= at:
            break
        if text.startswith(("’s", "'s"), m.end()) or _NOT_SUBJECT.search(text, max(0, m.start() - 20), m.start()):
            continue  # "the requesting State Party’s investigation", "from another State Party"
        found = ACTORS[_which(m)][1] or found
    return found


def _first_party(text: str, start: int, end: int, any_party: bool = False) -> str | None:
    """The party in a role named first in `text[start:end]` (what a savings clause keeps for it: "if the
    requested State Party has substantial grounds"), or None."""
    m = _ACTOR.search(text, start, end)
    actor = ACTORS[_which(m)][1] if m else None
    return actor if actor is not None and (any_party or actor != "State Party") else None


def _subject_kind(unit: Unit) -> str:
    """The kind the unit's article (by its title) or chapter gives a statement its words do not decide."""
    article = unit.article
    for pattern, kind in _ARTICLES:
        if article is not None and pattern.search(article.title):
            return kind
    chapter = unit.chapter
    return CHAPTERS.get(chapter.id if chapter else "", "other")
