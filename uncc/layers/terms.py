"""Terms of art: the words other instruments and lawyers use for what this Convention words otherwise.

`search` turns to them when a query finds no unit with every word, or few: a query that is one of these terms
is run again in this Convention's words (or goes to the units the term names), and each hit says how it was
found ("via Budapest's 'computer data'"). Two sources:

- TERMS, written from reading: Budapest's defined terms, the Latin and common names lawyers give to what the
  Convention provides, each with this Convention's words or its units;
- the concordance: every article title of the Budapest Convention, its Second Additional Protocol, UNTOC and
  UNCAC goes to this Convention's counterparts of that article.

Spellings: British and American forms of a word are one word to search (SPELLINGS): a query's word is also
looked for in its other spelling, as the text writes it ("criminalisation" finds "criminalization").
"""

from __future__ import annotations

import re
from functools import cache

# term -> (this Convention's words, or its units as a tuple of ids; where the term comes from)
TERMS: dict[str, tuple[str | tuple[str, ...], str]] = {
    "computer data": ("electronic data", "Budapest's"),
    "computer system": ("information and communications technology system", "Budapest's"),
    "ict system": ("information and communications technology system", "the term"),
    "data interference": ("interference with electronic data", "Budapest's"),
    "system interference": ("interference with an information and communications technology system", "Budapest's"),
    "computer-related forgery": ("information and communications technology system-related forgery", "Budapest's"),
    "computer-related fraud": ("information and communications technology system-related fraud", "Budapest's"),
    "child pornography": ("child sexual abuse or child sexual exploitation material", "Budapest's"),
    "corporate liability": ("liability of legal persons", "Budapest's"),
    "double criminality": ("dual criminality", "the term"),
    "spontaneous information": (("40.4",), "Budapest's"),
    "aut dedere aut judicare": (("37.11",), "the Latin"),
    "extradite or prosecute": (("37.11",), "the term"),
    "rule of speciality": (("40.19",), "the term"),
    "speciality rule": (("40.19",), "the term"),
    "money laundering": ("laundering of proceeds of crime", "UNTOC's"),
    "money-laundering": ("laundering of proceeds of crime", "UNTOC's"),
    "asset recovery": (("52",), "UNCAC's"),
    "return of assets": (("52",), "UNCAC's"),
    "asset sharing": (("52.3.b",), "the term"),
    "quick freeze": ("expedited preservation", "the term"),
    "preservation order": ("expedited preservation", "the term"),
    "metadata": ("traffic data", "the term"),
    "hacking tools": ("misuse of devices", "the term"),
    "revenge porn": ("non-consensual dissemination of intimate images", "the term"),
    "grooming": ("solicitation or grooming", "the term"),
    "complicity": ("participation and attempt", "the term"),
    "aiding or abetting": ("participation and attempt", "Budapest's"),
    "aiding and abetting": ("participation and attempt", "Budapest's"),
    "penalties": ("prosecution, adjudication and sanctions", "the term"),
    "sanctions": ("prosecution, adjudication and sanctions", "the term"),
    "content of a request": (("40.15",), "the term"),
    "contents of a request": (("40.15",), "the term"),
    "language of request": (("40.13",), "the term"),
    "language of a request": (("40.13",), "the term"),
    "grounds for refusal": (("40.21",), "the term"),
    "grounds of refusal": (("40.21",), "the term"),
    "bank secrecy": (("40.24",), "the term"),
    "banking secrecy": (("40.24",), "the term"),
    "safe conduct": (("40.29",), "the term"),
    "non-discrimination clause": (("40.22", "37.15"), "the term"),
    "discrimination clause": (("40.22", "37.15"), "the term"),
    "provisional arrest": (("37.10",), "the term"),
    "passive personality jurisdiction": (("22.2.a",), "the term"),
    "active personality jurisdiction": (("22.2.b",), "the term"),
    "protective principle": (("22.2.d",), "the term"),
    "lawful interception": ("interception of content data", "the term"),
    "non-conviction based confiscation": (("49.1.c",), "the term"),
    "reverse burden of proof": (("31.8",), "the term"),
    "denial-of-service attack": (("10",), "the term"),
    "denial of service": (("10",), "the term"),
    "cryptocurrency": (("2.i",), "the term"),
    "virtual assets": (("2.i",), "the term"),
    # Practitioners' names for what the Convention provides in other words.
    "mutual assistance": ("mutual legal assistance", "Budapest's"),
    "transfer of prisoners": ("transfer of sentenced persons", "the term"),
    "prisoner transfer": ("transfer of sentenced persons", "the term"),
    "police cooperation": ("law enforcement cooperation", "the term"),
    "police co-operation": ("law enforcement cooperation", "the term"),
    "value confiscation": (("31.1.a",), "the term"),
    "value-based confiscation": (("31.1.a",), "the term"),
    "territorial jurisdiction": (("22.1",), "the term"),
    "territoriality principle": (("22.1",), "the term"),
    "public policy exception": (("40.21.b",), "the term"),
    "ordre public exception": (("40.21.b",), "the term"),
    "enforcement of foreign judgments": (("37.13", "49.1.a"), "the term"),
    "enforcement of foreign judgements": (("37.13", "49.1.a"), "the term"),
    "enforcement of foreign sentences": (("37.13",), "the term"),
    "takedown requests": (("34.6",), "the term"),
    "takedown request": (("34.6",), "the term"),
    "notice and takedown": (("34.6",), "the term"),
    "content removal": (("34.6",), "the term"),
    "parallel proceedings": (("22.5", "39.1"), "the term"),
    "concurrent jurisdiction": (("22.5",), "the term"),
    "conflicts of jurisdiction": (("22.5",), "the term"),
    "discriminatory prosecution": (("40.22", "37.15"), "the term"),
    "preservation request": (("42.1",), "the term"),
    "request for preservation": (("42.1",), "the term"),
    "execution of a request": (("40.17",), "the term"),
    "execution of requests": (("40.17",), "the term"),
    "preparatory acts": (("19.3",), "the term"),
    "preparatory offences": (("19.3",), "the term"),
    "whistleblower protection": (("33.1",), "the term"),
    "protection of whistleblowers": (("33.1",), "the term"),
    "costs of mutual legal assistance": (("40.30",), "the term"),
    "costs of a request": (("40.30",), "the term"),
}

# British spelling -> the text's (American or Oxford) spelling, of word beginnings; each also read the other way.
SPELLINGS = [
    ("criminalis", "criminaliz"), ("organis", "organiz"), ("authoris", "authoriz"), ("harmonis", "harmoniz"),
    ("recognis", "recogniz"), ("characteris", "characteriz"), ("minimis", "minimiz"), ("prioritis", "prioritiz"),
    ("utilis", "utiliz"), ("realis", "realiz"), ("standardis", "standardiz"), ("summaris", "summariz"),
    ("co-operat", "cooperat"), ("co-ordinat", "coordinat"), ("judgement", "judgment"), ("licence", "license"),
    ("defence", "defense"), ("offence", "offense"), ("programme", "program"), ("behaviour", "behavior"),
    ("favour", "favor"), ("labour", "labor"), ("honour", "honor"), ("centre", "center"),
]  # fmt: skip


@cache
def _titles() -> dict[str, tuple[tuple[str, ...], str]]:
    """Each article title of the other instruments (lower case) -> this Convention's counterparts, and whose."""
    from uncc.layers.concordance import instruments, theirs

    out: dict[str, tuple[tuple[str, ...], str]] = {}
    for key, table in instruments().items():
        for article, title in table["titles"].items():
            # The counterparts of its paragraphs in their order, the first paragraph's (the article's subject) first.
            rows = sorted(theirs(key, article), key=lambda row: int(row[1]) if row[1] and row[1].isdigit() else 0)
            # Its full counterparts, or failing those the partial ones ("Protection of reporting persons": 33.1).
            units = tuple(uid for uid, _p, relation in rows if relation != "partial") or tuple(uid for uid, *_ in rows)
            if units and title.lower() not in out:
                out[title.lower()] = (units, f"{table['short']}'s")
    return out


def _plain(query: str) -> str:
    return " ".join(re.sub(r"[\"“”‘’']", " ", query).lower().split())


def term(query: str) -> tuple[str | tuple[str, ...], str, bool] | None:
    """What a query that is a term of art stands for here, the words that say how ("Budapest's 'computer
    data'"), and whether it is one of TERMS (else another instrument's article title); or None."""
    plain = _plain(query)
    found = TERMS.get(plain)
    if found is not None:
        words, whose = found
        return words, f"{whose} '{plain}'", True
    titled = _titles().get(plain)
    if titled is None and len(plain.split()) >= 3:
        # The start of a title, at a word's end: "collection, exchange and analysis of information".
        titled = next((found for title, found in _titles().items() if title.startswith(plain + " ")), None)
    if titled is not None:
        units, whose = titled
        return units, f"{whose} '{plain}'", False
    return None


def respelled(query: str) -> str | None:
    """The query with each word in the other spelling the text may use, or None if no word has one."""
    out, changed = [], False
    for word in query.split(" "):
        lower = word.lower()
        for british, american in SPELLINGS:
            for a, b in ((british, american), (american, british)):
                if lower.startswith(a) and not lower.startswith(b):
                    word, changed = b + word[len(a) :], True
                    break
            else:
                continue
            break
        out.append(word)
    return " ".join(out) if changed else None
