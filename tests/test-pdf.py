#!/usr/bin/python3
# test-pdf.py: every topic exported with --export-pdf, read back with poppler
#
# Copyright 2026 The Leukemia Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the built binary as a user would, with no display, and checks the
# PDFs with pdftotext, pdfinfo and pdffonts: the text is all there (title,
# section headings, list items, sources, "Page 1 of"), the paper follows
# the locale, every font is embedded, nothing is printed in the margins,
# large print takes more pages, and "all" starts with a contents page
# whose page numbers are right. Standard library only; prints TAP.

import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

BINARY = os.environ.get("LG_BINARY")
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
FIXTURE = os.path.join(SRCDIR, "data", "valid")

# The margins, read from where the print layout takes them: the header
# given as the first argument (src/lg-print-layout.h).
LAYOUT_HEADER = sys.argv[1] if len(sys.argv) > 1 else \
    os.path.join(SRCDIR, os.pardir, "src", "lg-print-layout.h")


def margin_mm(name):
    with open(LAYOUT_HEADER, encoding="utf-8") as header:
        m = re.search(r"^#define\s+LG_PRINT_MARGIN_%s_MM\s+([0-9.]+)" % name, header.read(), re.M)
    if m is None:
        sys.exit("Bail out! no LG_PRINT_MARGIN_%s_MM in %s" % (name, LAYOUT_HEADER))
    return float(m.group(1))


MM = 72 / 25.4
MARGIN_TOP = margin_mm("TOP") * MM
MARGIN_BOTTOM = margin_mm("BOTTOM") * MM
MARGIN_SIDE = margin_mm("SIDE") * MM
# Glyph boxes from pdftotext reach a little past Pango's logical boxes.
SLACK = 2.0
# The running header and footer are one small line inside the margins.
RUNNING = 14.0

A4 = (595.28, 841.89)
LETTER = (612.0, 792.0)

results = []


def ok(cond, name, diag=None):
    results.append((bool(cond), name, diag))
    status = "ok" if cond else "not ok"
    print(f"{status} {len(results)} - {name}", flush=True)
    if not cond and diag:
        for line in str(diag).splitlines()[:40]:
            print(f"# {line}", flush=True)
    return cond


def env_with(**changes):
    env = dict(os.environ)
    env.setdefault("LC_ALL", "C.UTF-8")
    env.pop("LG_PAPER", None)
    for key, value in changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run(args, env=None, check=True):
    proc = subprocess.run([BINARY] + args, capture_output=True, text=True,
                          env=env or env_with(), timeout=120)
    if check and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: exit {proc.returncode}: {proc.stderr}")
    return proc


def tool(args):
    return subprocess.run(args, capture_output=True, text=True, check=True,
                          env=env_with()).stdout


def squash(text):
    """Text as compared: compatibility forms folded, no white space, no
    hyphens (Pango may hyphenate a word it breaks)."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\s\-\u2010\u2011\u00ad]+", "", text)


def pdfinfo(path):
    info = {}
    for line in tool(["pdfinfo", path]).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    m = re.match(r"([\d.]+) x ([\d.]+) pts", info["Page size"])
    return int(info["Pages"]), (float(m.group(1)), float(m.group(2)))


def unembedded_fonts(path):
    lines = tool(["pdffonts", path]).splitlines()[2:]
    fonts = [line for line in lines if line.strip()]
    bad = [line for line in fonts if line.split()[-5] != "yes"]
    return fonts, bad


class Page:
    def __init__(self, width, height, words):
        self.width = width
        self.height = height
        self.words = words   # (x0, y0, x1, y1, text)

    def body_words(self):
        return [w for w in self.words
                if w[1] > MARGIN_TOP + RUNNING - SLACK
                and w[3] < self.height - MARGIN_BOTTOM - RUNNING + SLACK]

    def body(self):
        return " ".join(w[4] for w in self.body_words())

    def header(self):
        """The running header: the words above the body."""
        return " ".join(w[4] for w in self.words if w[1] <= MARGIN_TOP + RUNNING - SLACK)

    def outside(self):
        """Words printed outside the page box minus the margins."""
        return [w for w in self.words
                if w[0] < MARGIN_SIDE - SLACK or w[2] > self.width - MARGIN_SIDE + SLACK
                or w[1] < MARGIN_TOP - SLACK or w[3] > self.height - MARGIN_BOTTOM + SLACK]


def read_pages(path):
    xml = tool(["pdftotext", "-bbox", path, "-"])
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S):
        words = [(float(w.group(1)), float(w.group(2)), float(w.group(3)), float(w.group(4)),
                  html.unescape(w.group(5)))
                 for w in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                      r'yMax="([\d.]+)">(.*?)</word>', m.group(3))]
        pages.append(Page(float(m.group(1)), float(m.group(2)), words))
    return pages


def parse_show(text):
    """The title, section headings, list items and sources of a topic, from
    the plain text of --show (the same inline text print uses)."""
    lines = text.splitlines()
    title = lines[0]
    headings = [lines[i] for i in range(1, len(lines) - 1)
                if lines[i + 1] and set(lines[i + 1]) == {"-"}
                and len(lines[i + 1]) == len(lines[i])]
    items = []
    current = None
    indent = 0
    for line in lines:
        m = re.match(r"^  (•|\d+\.) (.*)$", line)
        if m:
            current = [m.group(2)]
            indent = 3 + len(m.group(1))
            items.append(current)
        elif current is not None and line.startswith(" " * indent) and line.strip():
            current.append(line.strip())
        else:
            current = None
    return title, headings, [" ".join(item) for item in items]


def check_topic_text(label, topic, show, pages):
    """A topic's title, headings and list items, from its --show text, are
    all printed on its pages."""
    title, headings, items = parse_show(show)
    body = squash(" ".join(p.body() for p in pages))
    everything = " ".join(w[4] for p in pages for w in p.words)
    missing = [t for t in [title] + headings + items if squash(t) not in body]
    ok(not missing, f"{label}: {topic}: title, {len(headings)} headings and "
       f"{len(items)} list items and sources are printed", "\n".join(missing))
    ok("Sources" in everything, f"{label}: {topic}: sources are printed")
    return title


def check_topic_export(corpus_args, topic, show, tmp, label):
    """One topic exported on its own: A4, numbered pages, nothing in the
    margins, fonts embedded, and its large print."""
    pdf = os.path.join(tmp, f"{topic}.pdf")
    proc = run(corpus_args + ["--export-pdf", topic, pdf], check=False)
    if not ok(proc.returncode == 0 and os.path.exists(pdf),
              f"{label}: --export-pdf {topic} exits 0", proc.stderr):
        return None

    pages, size = pdfinfo(pdf)
    ok(abs(size[0] - A4[0]) < 1 and abs(size[1] - A4[1]) < 1,
       f"{label}: {topic} is A4 under C.UTF-8", size)
    ok(1 <= pages <= 40, f"{label}: {topic} has a sane page count", pages)

    read = read_pages(pdf)
    ok(len(read) == pages, f"{label}: {topic}: pdftotext reads every page")
    check_topic_text(label, f"{topic} alone", show, read)
    everything = " ".join(w[4] for p in read for w in p.words)
    ok(re.search(r"Page 1 of %d\b" % pages, everything),
       f"{label}: {topic}: footer says Page 1 of {pages}")
    ok(all(re.search(r"Page %d of %d" % (n + 1, pages), " ".join(w[4] for w in p.words))
           for n, p in enumerate(read)),
       f"{label}: {topic}: every page has its page number")
    outside = [(n + 1,) + w for n, p in enumerate(read) for w in p.outside()]
    ok(not outside, f"{label}: {topic}: no text in the margins", "\n".join(map(str, outside)))
    fonts, bad = unembedded_fonts(pdf)
    ok(fonts and not bad, f"{label}: {topic}: every font is embedded", "\n".join(bad))

    large = os.path.join(tmp, f"{topic}-large.pdf")
    run(corpus_args + ["--export-pdf", topic, "--large-print", large])
    large_pages, _ = pdfinfo(large)
    ok(large_pages >= pages, f"{label}: {topic}: large print takes no fewer pages "
       f"({large_pages} ≥ {pages})")
    outside = [w for p in read_pages(large) for w in p.outside()]
    ok(not outside, f"{label}: {topic}: no large print in the margins", outside[:5])
    return pages, large_pages


def check_all(corpus_args, topics, tmp, label):
    """The whole guide, exported once: a contents page whose page numbers
    are right, and each topic's text on the pages the contents gives it.
    Returns each topic's page count in it."""
    pdf = os.path.join(tmp, "all.pdf")
    run(corpus_args + ["--export-pdf", "all", pdf])
    pages, _ = pdfinfo(pdf)
    read = read_pages(pdf)
    first = " ".join(w[4] for w in read[0].words)
    ok(read[0].body().startswith("Contents"), f"{label}: all: page 1 is the contents", first)
    # The contents may run over several pages, each headed "Contents".
    n_contents = 1
    while n_contents < len(read) and "Contents" in read[n_contents].header():
        n_contents += 1
    first = " ".join(w[4] for p in read[:n_contents] for w in p.words)

    wrong = []
    starts = []
    for topic, title, _show in topics:
        m = re.search(re.escape(" ".join(title.split())) + r"\s+(\d+)", " ".join(first.split()))
        if not m:
            wrong.append(f"{title}: not in the contents")
            continue
        page = int(m.group(1))
        if page > len(read) or not squash(read[page - 1].body()).startswith(squash(title)):
            wrong.append(f"{title}: listed on page {page}, which does not start with it")
        starts.append(page)
    ok(not wrong, f"{label}: all: the contents lists every topic at its first page",
       "\n".join(wrong))
    ok(len(topics) + 1 <= pages <= 40 * len(topics), f"{label}: all: sane page count", pages)
    ok(all(re.search(r"Page %d of %d" % (n + 1, pages), " ".join(w[4] for w in p.words))
           for n, p in enumerate(read)),
       f"{label}: all: every page has its page number")
    fonts, bad = unembedded_fonts(pdf)
    ok(fonts and not bad, f"{label}: all: every font is embedded", "\n".join(bad))
    outside = [w for p in read for w in p.outside()]
    ok(not outside, f"{label}: all: no text in the margins", outside[:5])

    counts = {}
    if not wrong and starts == sorted(starts):
        bounds = starts + [len(read) + 1]
        for i, (topic, _title, show) in enumerate(topics):
            check_topic_text(label, topic, show, read[bounds[i] - 1:bounds[i + 1] - 1])
            counts[topic] = bounds[i + 1] - bounds[i]

    large = os.path.join(tmp, "all-large.pdf")
    run(corpus_args + ["--export-pdf", "all", "--large-print", large])
    large_pages, _ = pdfinfo(large)
    ok(large_pages > pages, f"{label}: all: large print has more pages ({large_pages} > {pages})")
    outside = [w for p in read_pages(large) for w in p.outside()]
    ok(not outside, f"{label}: all: no large print in the margins", outside[:5])
    return counts


def check_corpus(corpus_args, tmp, label):
    """Every topic's text is checked in one export of the whole guide;
    the first, middle, last and longest topics are also exported alone.
    Exporting each topic alone would make this test grow with the guide."""
    listing = run(corpus_args + ["--list-topics"]).stdout
    topics = [line.split("\t") for line in listing.splitlines() if line]
    if not topics:
        print(f"# {label}: no topics yet", flush=True)
        return
    shows = {t[0]: run(corpus_args + ["--show", t[0]]).stdout for t in topics}
    counts = check_all(corpus_args, [(t[0], t[2], shows[t[0]]) for t in topics], tmp, label)

    sample = [topics[0][0], topics[len(topics) // 2][0], topics[-1][0]]
    longest = max(counts, key=counts.get) if counts else None
    if longest and longest not in sample:
        sample.append(longest)
    sizes = {}
    for topic in sample:
        done = check_topic_export(corpus_args, topic, shows[topic], tmp, label)
        if done:
            sizes[topic] = done
    if longest in sizes:
        normal, large = sizes[longest]
        ok(large > normal, f"{label}: large print of the longest topic, {longest}, "
           f"has more pages ({large} > {normal})")
    ok(sorted(os.listdir(tmp)) == sorted(f for f in os.listdir(tmp) if not f.startswith(".")),
       f"{label}: no partial files are left behind", os.listdir(tmp))


def check_paper(corpus_args, topic, tmp):
    pdf = os.path.join(tmp, "paper.pdf")
    cases = [
        ("LC_ALL=C.UTF-8", {}, A4),
        ("LG_PAPER=letter", {"LG_PAPER": "letter"}, LETTER),
        ("LC_ALL=en_US.UTF-8", {"LC_ALL": "en_US.UTF-8"}, LETTER),
        ("LC_ALL=es_MX.UTF-8", {"LC_ALL": "es_MX.UTF-8"}, LETTER),
        ("LC_PAPER=fr_CA.UTF-8", {"LC_ALL": None, "LANG": "C.UTF-8",
                                  "LC_PAPER": "fr_CA.UTF-8"}, LETTER),
        ("LANG=en_CA.UTF-8", {"LC_ALL": None, "LC_PAPER": None, "LANG": "en_CA.UTF-8"}, LETTER),
        ("LC_ALL=en_GB.UTF-8", {"LC_ALL": "en_GB.UTF-8"}, A4),
        ("LC_ALL=de_DE.UTF-8", {"LC_ALL": "de_DE.UTF-8"}, A4),
    ]
    for name, changes, expected in cases:
        if os.path.exists(pdf):
            os.unlink(pdf)
        proc = run(corpus_args + ["--export-pdf", topic, pdf], env=env_with(**changes),
                   check=False)
        if not ok(proc.returncode == 0, f"paper: export under {name}", proc.stderr):
            continue
        _, size = pdfinfo(pdf)
        ok(abs(size[0] - expected[0]) < 1 and abs(size[1] - expected[1]) < 1,
           f"paper: {name} gives {'Letter' if expected == LETTER else 'A4'}", size)


def check_errors(corpus_args, topic, section, tmp):
    out = os.path.join(tmp, "errors.pdf")

    proc = run(corpus_args + ["--export-pdf", "no-such-topic", out], check=False)
    ok(proc.returncode == 1 and "no-such-topic" in proc.stderr and not os.path.exists(out),
       "cli: an unknown topic exits 1 and writes nothing", proc.stderr)

    proc = run(corpus_args + ["--export-pdf", topic, "--section", "no-such-section", out],
               check=False)
    ok(proc.returncode == 1 and not os.path.exists(out),
       "cli: an unknown section exits 1 and writes nothing", proc.stderr)

    bad = os.path.join(tmp, "no-such-folder", "out.pdf")
    proc = run(corpus_args + ["--export-pdf", topic, bad], check=False)
    ok(proc.returncode == 2 and bad in proc.stderr and not os.path.exists(bad),
       "cli: an unwritable path exits 2 with a message", proc.stderr)

    locked = os.path.join(tmp, "locked")
    os.mkdir(locked)
    target = os.path.join(locked, "out.pdf")
    with open(target, "w") as f:
        f.write("the old file")
    os.chmod(locked, 0o555)
    try:
        proc = run(corpus_args + ["--export-pdf", topic, target], check=False)
        if os.geteuid() != 0:
            with open(target) as f:
                ok(proc.returncode == 2 and f.read() == "the old file"
                   and os.listdir(locked) == ["out.pdf"],
                   "cli: a read-only folder exits 2 and leaves the old file alone",
                   proc.stderr)
        else:
            print("# running as root: the read-only folder is writable anyway", flush=True)
    finally:
        os.chmod(locked, 0o755)

    proc = run(corpus_args + ["--export-pdf", topic], check=False)
    ok(proc.returncode == 2 and "--export-pdf" in proc.stderr,
       "cli: --export-pdf without an output file exits 2", proc.stderr)

    proc = run(corpus_args + ["--export-pdf", topic, "--section", section, out], check=False)
    ok(proc.returncode == 0 and os.path.exists(out), "cli: --section exports one section",
       proc.stderr)


def check_section(tmp):
    found = multi_section_topic()
    if found is None:
        print("# no bundled topic with two sections yet", flush=True)
        return
    topic, section, heading, other = found
    listing = run(["--list-topics"]).stdout
    if f"{topic}\t" not in listing:
        print(f"# {topic} is not in the bundled corpus yet", flush=True)
        return
    out = os.path.join(tmp, "section.pdf")
    for args in (["--export-pdf", topic, "--section", section, out],
                 ["--export-pdf", f"{topic}#{section}", out]):
        proc = run(args, check=False)
        if not ok(proc.returncode == 0, f"section: {' '.join(args[:4])} exits 0", proc.stderr):
            continue
        text = squash(" ".join(p.body() for p in read_pages(out)))
        ok(squash(heading) in text and squash(other) not in text,
           f"section: only “{heading}” of {topic} is printed")


def multi_section_topic():
    """A bundled topic with two sections or more: its id, its first
    section's id and title, and the second section's title."""
    folder = os.path.join(SRCDIR, os.pardir, "data", "corpus")
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if not name.endswith(".json"):
            continue
        try:
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                data = json.load(f)
        except ValueError:
            continue
        for topic in data.get("topics", []):
            sections = topic.get("sections", [])
            if len(sections) >= 2:
                return (topic["id"], sections[0]["id"], sections[0]["title"],
                        sections[1]["title"])
    return None


def check_overdue_notice(tmp):
    """Past a topic's next check date, its PDF opens with the notice, on
    the first page, before the first section; before that date, no notice."""
    notice = "This page may be out of date"
    for today, expected in (("2099-01-01", True), ("2027-05-20", False)):
        out = os.path.join(tmp, f"overdue-{today}.pdf")
        run(["--corpus", FIXTURE, "--export-pdf", "first", out], env=env_with(LG_TODAY=today))
        text = tool(["pdftotext", "-layout", out, "-"])
        first_page = text.split("\f")[0]
        found = squash(notice) in squash(first_page)
        ok(found == expected, f"PDF on {today}: out-of-date notice {'shown' if expected else 'absent'}",
           first_page[:1500])
        if expected and found:
            ok(squash(first_page).index(squash(notice)) < squash(first_page).index("Partone"),
               "the notice comes before the first section", first_page[:1500])


def check_warning_link(tmp):
    """A printed warning ends with the way to the Act now page; the Act now
    page itself does not point to itself."""
    link = squash("What to do now")
    out = os.path.join(tmp, "warning.pdf")
    run(["--export-pdf", "symptoms-and-tests", out])
    text = squash(tool(["pdftotext", out, "-"]))
    title = squash("Call your hospital straight away")
    ok(title in text and link in text[text.index(title):],
       "PDF: a warning ends with “What to do now”", text[:1500])
    out = os.path.join(tmp, "act-now.pdf")
    run(["--export-pdf", "act-now", out])
    text = squash(tool(["pdftotext", out, "-"]))
    ok(squash("Feeling unwell? Act now") in text and link not in text,
       "PDF: the Act now page does not link to itself", text[:1500])


def main():
    if not BINARY:
        print("1..0 # SKIP LG_BINARY is not set")
        return 0
    for program in ("pdftotext", "pdfinfo", "pdffonts"):
        if subprocess.run(["sh", "-c", f"command -v {program}"], capture_output=True).returncode:
            print(f"1..0 # SKIP {program} (poppler-utils) is not installed")
            return 0

    with tempfile.TemporaryDirectory() as tmp:
        fixture_args = ["--corpus", FIXTURE]
        for label, args in (("bundled", []), ("fixture", fixture_args)):
            folder = os.path.join(tmp, label)
            os.mkdir(folder)
            check_corpus(args, folder, label)

        folder = os.path.join(tmp, "other")
        os.mkdir(folder)
        check_paper(fixture_args, "first", folder)
        check_errors(fixture_args, "first", "part-one", folder)
        check_section(folder)
        check_overdue_notice(folder)
        check_warning_link(folder)

    print(f"1..{len(results)}")
    return 0 if all(r[0] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
