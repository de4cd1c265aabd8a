"""Time uncc's commands against two floors, paired run by run, and print the README's table.

    python benchmarks/bench.py [--runs 21]

Each case runs in turn with its floor (A B A B ...), and the ratio is taken
pair by pair, so a machine that speeds up or slows down during the run moves
both sides alike. The figures are medians. Floors: `python -c pass` and a
one-command typer app that does nothing (benchmarks/floor_app.py), both in the
Python that runs this script. The data cache is warmed first: its one-off cost
is measured separately as "first run".
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY = sys.executable
# The installed console script, as users run it.
UNCC = [os.path.join(os.path.dirname(PY), "uncc")]
FLOOR_PY = [PY, "-c", "pass"]
FLOOR_APP = [PY, os.path.join(HERE, "floor_app.py")]
BUILD_DIR = tempfile.mkdtemp(prefix="uncc-bench-build-")

# (label, argv, aim against the typer app)
CASES = [
    ("uncc show 41 --json", ["show", "41", "--json"], 1.2),
    ("uncc toc --json", ["toc", "--json"], 1.2),
    ("uncc refs 42 --json", ["refs", "42", "--json"], 1.2),
    ('uncc search "dual criminality" --json', ["search", "dual criminality", "--json"], 1.4),
    ('uncc resolve "articles 7 to 16" --json', ["resolve", "articles 7 to 16", "--json"], 1.2),
    ('uncc show "article 41" --json', ["show", "article 41", "--json"], 1.2),
    ('uncc define "traffic data" --json', ["define", "traffic data", "--json"], 1.2),
    ("uncc --help", ["--help"], 1.5),
    # Text for people, piped with NO_COLOR: laid out by uncc, rich not imported.
    ("uncc show 40 (text)", ["show", "40"], 1.3),
    ('uncc search "mutual legal assistance" (text)', ["search", "mutual legal assistance"], 1.3),
    ("uncc provisions 40 --json", ["provisions", "40", "--json"], 1.3),
    ("uncc provisions --kind reserve --kind notify (text)", ["provisions", "--kind", "reserve", "--kind", "notify"],
     1.3),
    ("uncc checklist --json", ["checklist", "--json"], 1.3),
    ("uncc checklist chapter.II (text)", ["checklist", "chapter.II"], 1.3),
    ("uncc compare 42 --json", ["compare", "42", "--json"], 1.3),
    ('uncc compare "Budapest art. 16" (text)', ["compare", "Budapest art. 16"], 1.3),
    ("uncc build --output DIR", ["build", "--output", BUILD_DIR], 4),
    # Whole-document editions, to standard output.
    ("uncc export html", ["export", "html"], 10),
    ("uncc export akn", ["export", "akn"], 10),
    ("uncc export markdown", ["export", "markdown"], 10),
    ("uncc export json", ["export", "json"], 10),
    ("uncc graph", ["graph"], 10),
]

# The first run of a data version, which makes a cache (named by its prefix), against the next: (label, argv, prefix,
# aim against the next run).
FIRST_RUNS = [
    ("`search --json` of a data version (builds the index)", ["search", "dual criminality", "--json"], "search-", 1.3),
    ("`export html` of a data version (makes the edition)", ["export", "html"], "edition-html-", None),
]


def timed(argv: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - start


def paired(a: list[str], b: list[str], runs: int, env: dict) -> tuple[float, float, float]:
    """Median seconds of a, of b, and the median of the pairwise ratios a/b."""
    ta, tb, ratios = [], [], []
    timed(a, env), timed(b, env)
    for _ in range(runs):
        x, y = timed(a, env), timed(b, env)
        ta.append(x), tb.append(y), ratios.append(x / y)
    return statistics.median(ta), statistics.median(tb), statistics.median(ratios)


def batches(env: dict, runs: int) -> None:
    """10,000 citations through one `resolve -`, and `cite` on a 1 MB document, against one single resolve."""
    from uncc.ids import citation, short_citation
    from uncc.store import load

    # Every unit cited in full and in short, a range and a unit that does not exist, over and over.
    cited = [form(uid) for uid in load().units for form in (citation, short_citation)]
    cited += ["articles 7 to 16", "article 99"]
    lines = (cited * (10_000 // len(cited) + 1))[:10_000]
    with open(os.path.join(HERE, "..", "tests", "documents", "commentary.md"), encoding="utf-8") as f:
        text = f.read()
    document = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    single = UNCC + ["resolve", "article 40, paragraph 21 (b)"]
    files = tempfile.mkdtemp(prefix="uncc-bench-files-")
    docx, pdf = _fifty_pages(text, files)
    for label, argv, stdin, aim in (
        ("10,000 citations through one `uncc resolve -`", UNCC + ["resolve", "-"], "\n".join(lines) + "\n", 10),
        ("`uncc cite -` on a 1 MB document", UNCC + ["cite", "-", "--json"], document, 20),
        ("`uncc cite` on a 50-page Word document", UNCC + ["cite", docx, "--json"], None, 30),
        ("`uncc cite` on a 50-page PDF", UNCC + ["cite", pdf, "--json"], None, 30),
    ):
        ratios = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(argv, input=stdin, text=True, stdout=subprocess.DEVNULL, env=env, check=False)
            batch = time.perf_counter() - start
            ratios.append(batch / timed(single, env))
        verdict = "met" if statistics.median(ratios) <= aim else "MISSED"
        print(f"| {label} | | | {statistics.median(ratios):.2f} × one `resolve` | {aim} ({verdict}) |")
    # Documents of one shape over and over, the shapes whose reading once looked back over all that came before.
    mb = 1_000_000
    shapes = [
        ("a table of 35,000 rows",
         "| UNCC | Budapest Convention |\n|---|---|\n" + "| Article 42 | Article 16 |\n" * 36_000),
        ("a list of 37,000 items", "The Convention provides:\n\n" + "- article 42 preservation;\n" * 37_000),
        ("62,000 ibids", "[^1]: Article 42 of the Convention.\n\n" + "Ibid., art. 43. " * 62_500),
        ("a row of a million characters", "| UNCC | B |\n|---|---|\n| " + "article 42 | " * 77_000 + "\n"),
        ("a million spaces", "Article 42 (" + " " * mb + ")"),
        ("one list of 83,000 citations", "Article 42, " * 83_000 + "Article 43."),
    ]
    for label, shape in shapes:
        ratios = []
        for _ in range(max(3, runs // 4)):
            start = time.perf_counter()
            subprocess.run(UNCC + ["cite", "-", "--json"], input=shape[:mb], text=True, stdout=subprocess.DEVNULL,
                           env=env, check=False)  # fmt: skip
            ratios.append((time.perf_counter() - start) / timed(single, env))
        print(f"| `uncc cite -` on 1 MB of {label} | | | {statistics.median(ratios):.2f} × one `resolve` | — |")
    peak = _peak(UNCC + ["cite", "-", "--json"], document, env)
    verdict = "met" if peak < 100 else "MISSED"
    print(f"| peak memory of `uncc cite -` on the 1 MB document | | | {peak:.0f} MiB | 100 MiB ({verdict}) |")
    shutil.rmtree(files, ignore_errors=True)


def _fifty_pages(text: str, directory: str) -> tuple[str, str]:
    """A Word document and a PDF of 50 pages each, of the commentary's paragraphs over and over (python-docx and
    fpdf2, the test extra's writers)."""
    import docx
    from fpdf import FPDF

    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    document = docx.Document()
    words = 0
    while words < 50 * 500:  # about 500 words a page
        for p in paragraphs:
            document.add_paragraph(p)
            words += len(p.split())
    docx_path = os.path.join(directory, "fifty.docx")
    document.save(docx_path)
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    plain = [p.encode("latin-1", "replace").decode("latin-1") for p in paragraphs]
    while pdf.page_no() < 50:
        for p in plain:
            if pdf.page_no() == 0 or pdf.get_y() > 270:
                pdf.add_page()
            pdf.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
            if pdf.page_no() >= 50:
                break
    pdf_path = os.path.join(directory, "fifty.pdf")
    pdf.output(pdf_path)
    return docx_path, pdf_path


def _peak(argv: list[str], stdin: str, env: dict) -> float:
    """The peak resident memory of one run, in MiB."""
    code = (
        "import resource, subprocess, sys; "
        "subprocess.run(sys.argv[1:], stdin=sys.stdin, stdout=subprocess.DEVNULL, check=False); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([PY, "-c", code, *argv], input=stdin, text=True, capture_output=True, env=env, check=True)
    return int(out.stdout.split()[-1]) / 1024


def first_run(label: str, argv: list[str], prefix: str, aim: float | None, env: dict, cache: str, runs: int) -> None:
    """The first run of a command for a data version (which makes the cache whose name starts with `prefix`)
    against the next one, paired."""
    ratios = []
    for _ in range(runs):
        for name in os.listdir(os.path.join(cache, "uncc")):
            if name.startswith(prefix):
                os.remove(os.path.join(cache, "uncc", name))
        cold = timed(UNCC + argv, env)
        ratios.append(cold / timed(UNCC + argv, env))
    ratio = statistics.median(ratios)
    mark = "—" if aim is None else f"{aim} ({'met' if ratio <= aim else 'MISSED'})"
    print(f"| first {label} | | | {ratio:.2f} × the next | {mark} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    try:
        import docx  # noqa: F401
        import fpdf  # noqa: F401
    except ImportError:
        sys.exit("benchmarks/bench.py writes Word and PDF documents for `uncc cite`: pip install python-docx fpdf2")
    cache = tempfile.mkdtemp(prefix="uncc-bench-")
    env = {**os.environ, "XDG_CACHE_HOME": cache, "NO_COLOR": "1"}
    try:
        first = timed(UNCC + ["show", "41", "--json"], env)
        warm = statistics.median(timed(UNCC + ["show", "41", "--json"], env) for _ in range(5))
        print(f"python {sys.version.split()[0]}, {args.runs} paired runs, medians\n")
        print("| command | ms | vs `python -c pass` | vs typer app | aim (typer app) |")
        print("|---|---:|---:|---:|---:|")
        for label, argv, aim in CASES:
            t, _, r_py = paired(UNCC + argv, FLOOR_PY, args.runs, env)
            _, _, r_app = paired(UNCC + argv, FLOOR_APP, args.runs, env)
            mark = "—" if aim is None else f"{aim} ({'met' if r_app <= aim else 'MISSED'})"
            print(f"| `{label}` | {t * 1000:.0f} | {r_py:.2f} | {r_app:.2f} | {mark} |")
        batches(env, args.runs)
        for label, argv, prefix, aim in FIRST_RUNS:
            first_run(label, argv, prefix, aim, env, cache, args.runs)
        t_py = statistics.median(timed(FLOOR_PY, env) for _ in range(args.runs))
        t_app = statistics.median(timed(FLOOR_APP, env) for _ in range(args.runs))
        print(f"| `python -c pass` | {t_py * 1000:.0f} | 1.00 | | |")
        print(f"| typer app (floor) | {t_app * 1000:.0f} | | 1.00 | |")
        print(
            f"\nfirst run with an empty cache (loads the YAML, writes the cache): "
            f"{first * 1000:.0f} ms, against {warm * 1000:.0f} ms warm"
        )
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(BUILD_DIR, ignore_errors=True)


if __name__ == "__main__":
    main()
