"""The formats each command writes, declared once: the code, the help and the errors read them here.

Each maps a format's name to what the help adds to it, if anything.
"""

EXPORT = {"html": "", "akn": "Akoma Ntoso 3.0 XML", "markdown": "", "json": ""}
GRAPH = {"dot": "Graphviz", "mermaid": "", "json": ""}
CHECKLIST = {"text": "", "markdown": "", "csv": ""}


def listed(names, described: dict[str, str] | None = None) -> str:
    """ "dot, mermaid or json"; with `described`, each name followed by what it is: "dot (Graphviz), ..." """
    shown = [f"{name} ({described[name]})" if described and described[name] else name for name in names]
    return ", ".join(shown[:-1]) + " or " + shown[-1] if len(shown) > 1 else "".join(shown)
