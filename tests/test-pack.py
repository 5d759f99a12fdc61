#!/usr/bin/python3
# test-pack.py: the appointment pack (--export-pack) and the alert card,
# read back with poppler
#
# Copyright 2026 The Leukemia Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the built binary with a personal store in a private XDG_DATA_HOME
# (tests/data/personal-store-v1.json) and checks the PDF with pdftotext,
# pdfinfo and pdftoppm: the cover, the contents and its page numbers, the
# chosen sections and nothing else of their topics, my questions with
# room for answers, my notes, my care team, only the sources those
# sections cite, the 24-hour number in every footer, and the alert card at
# its real size. The card is measured on a rendering of its page: its
# outline and fold are drawn in a colour used for nothing else there
# (#3584e4), so the columns and rows of that colour are its edges. Also:
# large print has more pages, French and Spanish packs are translated,
# and --export-pdf --section lists only that section's sources.
# Standard library only; prints TAP.

import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

BINARY = os.environ.get("LG_BINARY")
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
FIXTURE = os.path.join(SRCDIR, "data", "personal-store-v1.json")
CORPUS = os.path.join(SRCDIR, "..", "data", "corpus")

MM = 72 / 25.4
CARD_W_MM = 85.6
CARD_H_MM = 54.0
EDGE = (0x35, 0x84, 0xe4)
SECRET = "Zanzibar-7f3e"

results = []


def ok(cond, name, diag=None):
    results.append(bool(cond))
    print(f"{'ok' if cond else 'not ok'} {len(results)} - {name}", flush=True)
    if not cond and diag:
        for line in str(diag).splitlines()[:40]:
            print(f"# {line}", flush=True)
    return cond


def env_for(data_home, **changes):
    env = dict(os.environ)
    env["LC_ALL"] = "C.UTF-8"
    env["LG_PAPER"] = "a4"
    env["XDG_DATA_HOME"] = data_home
    env.pop("LANGUAGE", None)
    env.update(changes)
    return env


def run(args, env):
    return subprocess.run([BINARY] + args, capture_output=True, text=True, env=env, timeout=60)


def tool(args):
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def n_pages(path):
    return int(re.search(r"Pages:\s+(\d+)", tool(["pdfinfo", path])).group(1))


def page_texts(path):
    """Each page's text, in reading order."""
    return tool(["pdftotext", "-layout", path, "-"]).split("\f")[:-1]


def flat(text):
    """Lines joined; a word broken at its hyphen made whole again."""
    return re.sub(r"-\s+", "-", re.sub(r"\s+", " ", text))


def words(path, page):
    """The words of one page (from 1) with their boxes, in points."""
    xml = tool(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), path, "-"])
    return [(float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)),
             html.unescape(m.group(5)))
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                 r'yMax="([\d.]+)">(.*?)</word>', xml)]


def store_home(tmp, name, store=None, raw=None):
    home = os.path.join(tmp, name)
    os.makedirs(os.path.join(home, "leukemia-guide"))
    path = os.path.join(home, "leukemia-guide", "personal.json")
    if store is not None:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(store, f, ensure_ascii=False)
    elif raw is not None:
        with open(path, "wb") as f:
            f.write(raw)
    return home


def corpus_sources():
    """act-now's sources and venetoclax's (its own, then its approvals')."""
    act_now, venetoclax = None, None
    for name in sorted(n for n in os.listdir(CORPUS) if n.endswith(".json")):
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            data = json.load(f)
        for topic in data.get("topics", []):
            if topic["id"] == "act-now":
                act_now = topic["sources"]
        for med in data.get("medicines", []):
            if med["id"] == "venetoclax":
                venetoclax = list(dict.fromkeys(
                    med["sources"] + [a["source"] for a in med.get("approvals", [])]))
    return act_now, venetoclax


def numbered_entries(texts):
    """The numbers of a numbered list (a wrapped line is indented further,
    so a year at its start is not taken for one)."""
    return [m.group(1) for t in texts for m in re.finditer(r"(?m)^ {0,2}(\d{1,3})\. ", t)]


def measure_card(path, page, dpi=150):
    """The card's edges on a rendering of @page: (front width, back width,
    height) in millimetres, or None."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "card")
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page),
                        "-singlefile", path, out], check=True)
        with open(out + ".ppm", "rb") as f:
            data = f.read()
    m = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
    width, height = int(m.group(1)), int(m.group(2))
    pixels = data[m.end():]

    def edge(i):
        r, g, b = pixels[i], pixels[i + 1], pixels[i + 2]
        return abs(r - EDGE[0]) < 40 and abs(g - EDGE[1]) < 40 and abs(b - EDGE[2]) < 40

    cols = [0] * width
    rows = [0] * height
    for y in range(height):
        base = y * width * 3
        for x in range(width):
            if edge(base + 3 * x):
                cols[x] += 1
                rows[y] += 1

    def lines(counts, least):
        """The centres of runs of columns (rows) with at least @least hits."""
        found, run = [], []
        for i, n in enumerate(counts + [0]):
            if n >= least:
                run.append((i, n))
            elif run:
                total = sum(n for _, n in run)
                found.append(sum(i * n for i, n in run) / total)
                run = []
        return found

    px_mm = 25.4 / dpi
    card_h_px = CARD_H_MM / px_mm
    card_w_px = CARD_W_MM / px_mm
    verticals = lines(cols, 0.6 * card_h_px)
    horizontals = lines(rows, 0.6 * 2 * card_w_px)
    if len(verticals) != 3 or len(horizontals) != 2:
        return None, (verticals, horizontals)
    return ((verticals[1] - verticals[0]) * px_mm, (verticals[2] - verticals[1]) * px_mm,
            (horizontals[1] - horizontals[0]) * px_mm), None


def check_card(path, page, label):
    size, diag = measure_card(path, page)
    if not ok(size is not None, f"{label}: the card's edges and fold are found", diag):
        return
    front, back, height = size
    ok(abs(front - CARD_W_MM) <= 0.5 and abs(back - CARD_W_MM) <= 0.5 and
       abs(height - CARD_H_MM) <= 0.5,
       f"{label}: front and back are {front:.2f} × {height:.2f} mm and "
       f"{back:.2f} × {height:.2f} mm (85.6 × 54 within 0.5)")


def check_pack(tmp):
    with open(FIXTURE, encoding="utf-8") as f:
        store = json.load(f)
    home = store_home(tmp, "pack", store)
    out = os.path.join(tmp, "pack.pdf")
    proc = run(["--export-pack", out], env_for(home))
    if not ok(proc.returncode == 0 and os.path.exists(out), "--export-pack writes a PDF",
              proc.stderr):
        return None
    texts = page_texts(out)
    pages = n_pages(out)
    ok(len(texts) == pages, f"pack: {pages} pages")

    cover = flat(texts[0])
    ok("My appointment pack" in cover and "For Sam Example" in cover,
       "pack: the cover has the title and my name", cover)
    ok("0123 456 7890" in cover, "pack: the cover has my 24-hour number", cover)

    # Contents: every part, and each on the page it says.
    contents = texts[1]
    ok("Contents" in contents, "pack: the second page is the contents", contents)
    expected = ["Feeling unwell? Act now", "Medicines A–Z: Venetoclax", "My questions",
                "My notes", "My care team", "Sources", "Alert card"]
    listed = {}
    for title in expected:
        m = re.search(re.escape(title) + r"[ .]*?(\d+)\s*$", contents, re.M)
        if ok(m, f"pack: the contents list “{title}”", contents):
            listed[title] = int(m.group(1))
    for title, page in listed.items():
        top = texts[page - 1][:400]
        ok(title in top or (title == "Alert card" and "Alert card" in texts[page - 1]),
           f"pack: “{title}” starts on page {page}, as listed", top)

    # The chosen sections, and nothing else of the medicines.
    everything = flat(" ".join(texts))
    ok("Signs of a serious infection (neutropenic sepsis)" in everything,
       "pack: the whole act-now topic is there")
    med_page = flat(texts[listed.get("Medicines A–Z: Venetoclax", 1) - 1])
    ok("Venetoclax" in med_page and "Gilteritinib" not in med_page and
       "Azacitidine" not in med_page.split("Venetoclax", 1)[0],
       "pack: only the venetoclax section of the medicines", med_page[:600])
    ok("Questions to ask your care team" not in everything,
       "pack: the topics' own question lists are left out (mine are in)")

    # My questions: answered ones have the answer, the others room for it.
    questions = flat(texts[listed.get("My questions", 1) - 1])
    ok("What does my latest bone marrow test show? (asked)" in questions and
       "Answer: Blasts are down; another test in four weeks." in questions,
       "pack: an asked question is marked and its answer written in", questions)
    ok("Can I go to my granddaughter’s wedding in March?" in questions and
       "¿Cuánto dura cada ciclo?" in questions, "pack: every question is there", questions)
    ok("Clinic, 14 December" in questions and "Other questions" in questions,
       "pack: questions grouped by appointment", questions)
    page_words = words(out, listed.get("My questions", 1))
    line_of = [w for w in page_words if w[4] == "March?"]
    below = [w for w in page_words if line_of and w[1] > line_of[0][3] + 1]
    gap = (min(w[1] for w in below) - line_of[0][3]) if line_of and below else 0
    ok(gap > 50, f"pack: {gap:.0f} pt of ruled space under an unanswered question")

    notes = flat(texts[listed.get("My notes", 1) - 1])
    ok("1 December 2026" in notes and "Counts are low after cycle 2." in notes and
       "Blood test on Friday; clinic on the 14th." in notes and "Day unit if my temperature"
       in notes, "pack: my notes, with their date and every part", notes)
    ok("Notes from this appointment" in notes, "pack: a blank note to fill in", notes)

    team = flat(texts[listed.get("My care team", 1) - 1])
    ok("Ward 7 triage, Haematology 24-hour line" in team and "0123 456 7890 (24-hour number)"
       in team and "Alex Nurse, Clinical nurse specialist" in team and "0123 456 7000" in team,
       "pack: my care team, the 24-hour number marked", team)

    # Only the sources of act-now and venetoclax, each once.
    act_now, venetoclax = corpus_sources()
    cited = list(dict.fromkeys(act_now + venetoclax))
    first = listed.get("Sources", 1)
    source_texts = [t for t in texts[first - 1:listed.get("Alert card", pages) - 1]]
    entries = numbered_entries(source_texts)
    ok(entries == [str(i + 1) for i in range(len(cited))],
       f"pack: {len(cited)} sources listed, those the chosen sections cite",
       f"numbers: {entries}")
    ok("lc-all" not in cited and "acute-lymphoblastic" not in flat(" ".join(source_texts)),
       "pack: a source no chosen section cites is not listed")

    # The 24-hour number in every footer (the store asks for it).
    missing = [i + 1 for i, t in enumerate(texts)
               if "My 24-hour number: 0123 456 7890" not in t.strip().splitlines()[-1]]
    ok(not missing, "pack: the 24-hour number is in every page's footer",
       f"pages without it: {missing}")

    # Front and back side by side: read in columns, not lines across.
    card = flat(tool(["pdftotext", "-f", str(pages), "-l", str(pages), out, "-"]))
    ok("I am having treatment for acute leukaemia." in card and
       "neutropenic sepsis" in card and "Sam Example" in card and
       "Azacitidine and venetoclax" in card and "0123 456 7890" in card and
       "straight away" in card, "pack: the alert card, last, with my details", card)
    check_card(out, pages, "A4")

    # The same on Letter paper, asked for over the locale's A4.
    letter = os.path.join(tmp, "letter.pdf")
    proc = run(["--export-pack", letter, "--page-size", "letter"], env_for(home))
    if ok(proc.returncode == 0, "--export-pack --page-size letter", proc.stderr):
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", tool(["pdfinfo", letter]))
        ok(size.group(1) == "612" and size.group(2) == "792", "Letter: the paper is Letter",
           size.group(0))
        check_card(letter, n_pages(letter), "Letter")

    proc = run(["--export-pack", os.path.join(tmp, "a5.pdf"), "--page-size", "a5"],
               env_for(home))
    ok(proc.returncode == 2 and "a5" in proc.stderr and
       not os.path.exists(os.path.join(tmp, "a5.pdf")),
       "--page-size a5: exit 2, nothing written", proc.stderr)

    # Large print: bigger type, more pages.
    large = os.path.join(tmp, "large.pdf")
    proc = run(["--export-pack", large, "--large-print"], env_for(home))
    if ok(proc.returncode == 0, "--export-pack --large-print", proc.stderr):
        ok(n_pages(large) > pages, f"large print: {n_pages(large)} pages, more than {pages}")
    return out


def check_translated(tmp, locales, base):
    with open(FIXTURE, encoding="utf-8") as f:
        store = json.load(f)
    home = store_home(tmp, "translated", store)
    build = os.path.dirname(os.path.dirname(BINARY))
    cases = {
        "fr": ["Mon dossier de rendez-vous", "Mes questions", "Mes notes", "Mon équipe soignante",
               "Carte d’alerte", "Alerte médicale : leucémie aiguë", "Réponse :",
               "Mon numéro 24 h/24 : 0123 456 7890"],
        "es": ["Mi carpeta para la consulta", "Mis preguntas", "Mis notas", "Mi equipo médico",
               "Tarjeta de alerta", "Alerta médica: leucemia aguda", "Respuesta:",
               "Mi número de 24 horas: 0123 456 7890"],
    }
    english = ["My appointment pack", "My questions", "My notes", "My care team", "Alert card",
               "Medical alert", "Answer:", "Fold here", "Treatment:"]
    for lang, wanted in cases.items():
        out = os.path.join(tmp, f"pack-{lang}.pdf")
        env = env_for(home, LANGUAGE=lang, LC_ALL=base, LOCPATH=locales,
                      LEUKEMIA_GUIDE_BUILD_DIR=build)
        proc = run(["--export-pack", out], env)
        if not ok(proc.returncode == 0, f"{lang}: --export-pack", proc.stderr):
            continue
        text = flat(" ".join(page_texts(out)))
        missing = [w for w in wanted if w not in text]
        ok(not missing, f"{lang}: the pack and card are translated", f"missing: {missing}")
        left = [w for w in english if w in text]
        ok(not left, f"{lang}: no English words of the pack are left", f"found: {left}")
        check_card(out, n_pages(out), lang)


def check_empty_and_damaged(tmp):
    # No store yet: a pack to fill in by hand.
    home = store_home(tmp, "empty")
    out = os.path.join(tmp, "empty.pdf")
    proc = run(["--export-pack", out], env_for(home))
    if ok(proc.returncode == 0, "an empty store makes a pack", proc.stderr):
        text = flat(" ".join(page_texts(out)))
        ok("You have not added any questions yet" in text and "cites no sources" in text and
           "My 24-hour number:" in text, "empty: room to write questions and the number", text)
        ok(not os.path.exists(os.path.join(home, "leukemia-guide", "personal.json")),
           "empty: making a pack writes no store")
        check_card(out, n_pages(out), "empty store")

    # A damaged store: an error naming the file, never its contents; the
    # file kept aside byte for byte; no PDF.
    raw = ('{"version": 1, "notes": [{"id": "n", "told": "' + SECRET + '"').encode()
    home = store_home(tmp, "damaged", raw=raw)
    out = os.path.join(tmp, "damaged.pdf")
    proc = run(["--export-pack", out], env_for(home))
    folder = os.path.join(home, "leukemia-guide")
    aside = [n for n in os.listdir(folder) if n.startswith("personal.damaged-")]
    ok(proc.returncode == 2 and not os.path.exists(out) and "personal.json" in proc.stderr
       and SECRET not in proc.stderr + proc.stdout,
       "damaged: exit 2, the error names the file and not what it holds", proc.stderr)
    kept = open(os.path.join(folder, aside[0]), "rb").read() if len(aside) == 1 else b""
    ok(kept == raw, "damaged: the file is kept aside, byte for byte", aside)


def check_footer(tmp):
    """--export-pdf puts the 24-hour number in its footers when the store
    asks for it, and says (without failing) when the store is damaged."""
    with open(FIXTURE, encoding="utf-8") as f:
        store = json.load(f)
    home = store_home(tmp, "footer", store)
    out = os.path.join(tmp, "footer.pdf")
    proc = run(["--export-pdf", "act-now", out], env_for(home))
    if ok(proc.returncode == 0, "--export-pdf with a store", proc.stderr):
        texts = page_texts(out)
        missing = [i + 1 for i, t in enumerate(texts)
                   if "My 24-hour number: 0123 456 7890" not in t.strip().splitlines()[-1]]
        ok(not missing, "--export-pdf: the 24-hour number in every footer, as chosen",
           f"pages without it: {missing}")

    store["preferences"]["footer_24_hour"] = False
    home = store_home(tmp, "no-footer", store)
    proc = run(["--export-pdf", "act-now", out], env_for(home))
    ok(proc.returncode == 0 and "0123 456 7890" not in " ".join(page_texts(out)),
       "--export-pdf: no number in the footers when not chosen")

    home = store_home(tmp, "footer-damaged", raw=b'{"version": 1, "notes": [' + SECRET.encode())
    proc = run(["--export-pdf", "act-now", out], env_for(home))
    ok(proc.returncode == 0 and "personal.json" in proc.stderr and SECRET not in proc.stderr,
       "--export-pdf: a damaged store is reported, by name only, and the PDF made",
       proc.stderr)


def check_section_sources(tmp):
    _, venetoclax = corpus_sources()
    out = os.path.join(tmp, "venetoclax.pdf")
    home = store_home(tmp, "section")
    proc = run(["--export-pdf", "medicines", "--section", "venetoclax", out], env_for(home))
    if not ok(proc.returncode == 0, "--export-pdf medicines --section venetoclax", proc.stderr):
        return
    texts = page_texts(out)
    tail = flat(" ".join(texts)).split(" Sources ", 1)[-1]
    entries = numbered_entries([" ".join(texts).split("Sources", 1)[-1]])
    ok(entries == [str(i + 1) for i in range(len(venetoclax))],
       f"--section: the {len(venetoclax)} sources venetoclax cites, no others",
       f"numbers: {entries}")
    ok(len(texts) <= 2, f"--section: {len(texts)} pages, not 5", tail[:300])


def make_locale(locales):
    """A real locale for LANGUAGE to work (see tests/lg-test-locale.h)."""
    path = os.path.join(locales, "en_US.UTF-8")
    if not os.path.isdir(path):
        subprocess.run(["localedef", "-i", "en_US", "-f", "UTF-8", path],
                       capture_output=True)
    return "en_US.UTF-8" if os.path.isdir(path) else None


def main():
    if not BINARY:
        print("1..0 # SKIP LG_BINARY is not set")
        return 0
    for program in ("pdftotext", "pdfinfo", "pdftoppm"):
        if shutil.which(program) is None:
            print(f"1..0 # SKIP {program} (poppler-utils) is not installed")
            return 0

    with tempfile.TemporaryDirectory() as tmp:
        check_pack(tmp)
        check_empty_and_damaged(tmp)
        check_section_sources(tmp)
        check_footer(tmp)
        # A folder of its own: a locale another test is making at the same
        # time in a shared folder exists before it works.
        locales = os.path.join(tmp, "locales")
        os.makedirs(locales, exist_ok=True)
        base = make_locale(locales)
        if base:
            check_translated(tmp, locales, base)
        else:
            ok(True, "translations # SKIP localedef could not make en_US.UTF-8")

    print(f"1..{len(results)}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
