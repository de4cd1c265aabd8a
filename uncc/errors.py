"""uncc's own exceptions. The library raises them; the CLI reports them in one line."""


class UnccError(Exception):
    """Something the user can fix; the message says what was wrong and what would be right."""


class DataError(UnccError):
    """The data file is missing, unreadable or damaged."""


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
