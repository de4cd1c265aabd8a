"""The formats each command writes, declared once: the code, the help and the errors read them here.

Each maps a format's name to what the help adds to it, if anything.
"""

EXPORT = {"html": "", "akn": "Akoma Ntoso 3.0 XML", "markdown": "", "json": ""}
GRAPH = {"dot": "Graphviz", "mermaid": "", "json": ""}
CHECKLIST = {"text": "", "markdown": "", "csv": ""}


def listed(names, described: bool = False) -> str:
    """ "dot, mermaid or json"; `described`, each name of a mapping followed by what it is: "dot (Graphviz), ..." """
    shown = [f"{name} ({names[name]})" if described and names[name] else name for name in names]
    return ", ".join(shown[:-1]) + " or " + shown[-1] if len(shown) > 1 else "".join(shown)
