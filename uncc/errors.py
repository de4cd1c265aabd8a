"""uncc's own exceptions, and how a message may quote what it is about. The library raises them; the CLI
reports them in one line."""

import re

# Characters that must never reach a terminal as they are: C0 and C1 controls (line breaks among them, so a
# message stays one line), and the Unicode line separators and direction overrides. The Convention has none.
# `CONTROL`, the compiled pattern, is made on first use: compiling it costs a command that never needs it
# (`show` from the data cache) a millisecond.
_CONTROL = r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"


def __getattr__(name: str):
    if name == "CONTROL":
        globals()["CONTROL"] = re.compile(_CONTROL)
        return globals()["CONTROL"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def shown(value: object) -> str:
    """A value as a message quotes it: text in at most 60 characters with its control characters escaped, a
    number as it is, anything else by its type (never the repr of a huge or deeply nested value)."""
    if type(value) is str:
        return repr(value if len(value) <= 60 else value[:57] + "...")
    if type(value) in (int, float, bool) or value is None:
        return repr(value)
    return f"a {type(value).__name__}"


class UnccError(Exception):
    """Something the user can fix; the message says what was wrong and what would be right."""


class DataError(UnccError):
    """The data file is missing, unreadable or damaged."""


class SourceError(UnccError):
    """The source text cannot be built into the Convention's data."""


class NotFound(UnccError):
    """A reference names a unit the text does not have."""


class ReferenceSyntaxError(UnccError):
    """A reference that cannot be read."""


class Ambiguous(ReferenceSyntaxError):
    """A reference that can be read two ways, both of which name units."""


class Relative(ReferenceSyntaxError):
    """A reference that needs the unit it is written in ("paragraph 3", "this article"), and has none."""


class AnotherInstrument(ReferenceSyntaxError):
    """A reference to another instrument ("article 29 of the Budapest Convention")."""


class OutputError(UnccError):
    """Output that cannot be written: a closed or full output, or an encoding that cannot hold the text."""

    @classmethod
    def encoding(cls, e: UnicodeEncodeError) -> "OutputError":
        char = e.object[e.start]
        return cls(
            f"the output's encoding ({e.encoding}) cannot hold {char!r} (U+{ord(char):04X}): "
            "set PYTHONIOENCODING=utf-8 or a UTF-8 locale (LANG=C.UTF-8), or use --json"
        )
