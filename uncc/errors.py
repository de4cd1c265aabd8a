"""uncc's own exceptions. The library raises them; the CLI reports them in one line."""


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
