#!/usr/bin/python3
# test-contrast.py: every colour the app sets itself meets WCAG 2.2 AA.
#
# Copyright 2026 The Leukemia Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads data/style.css, and the colours the app paints with itself from
# src/lg-colors.h; puts each style over the light and the dark page of
# GTK 4's Adwaita and checks text against it at 4.5:1 or more, and each
# highlight against its own text colour. Finding nothing to check in
# either file is a failure: the colours have moved and the test must
# follow them.

import re
import sys

# Adwaita's text and page colours (GTK 4): light and dark.
THEMES = {
    "light": {"fg": (0x2e, 0x34, 0x36), "bg": (0xff, 0xff, 0xff)},
    "dark": {"fg": (0xee, 0xee, 0xec), "bg": (0x2d, 0x2d, 0x2d)},
}


def hex_color(text):
    text = text.lstrip("#")
    return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))


def blend(top, bottom, alpha):
    return tuple(round(t * alpha + b * (1 - alpha)) for t, b in zip(top, bottom))


def luminance(rgb):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a, b):
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rules(css):
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        props = dict((k.strip(), v.strip()) for k, v in
                     (p.split(":", 1) for p in body.split(";") if ":" in p))
        yield selector.strip(), props


def main(css_path, colors_path):
    checks = []
    missing = []
    css = open(css_path, encoding="utf-8").read()
    for selector, props in rules(css):
        for theme, colours in THEMES.items():
            fg, bg = colours["fg"], colours["bg"]
            if "background-color" in props:
                m = re.match(r"alpha\((#[0-9a-fA-F]{6}),\s*([0-9.]+)\)", props["background-color"])
                if m:
                    bg = blend(hex_color(m.group(1)), bg, float(m.group(2)))
                elif props["background-color"].startswith("#"):
                    bg = hex_color(props["background-color"])
            if "color" in props and props["color"].startswith("#"):
                fg = hex_color(props["color"])
            if "opacity" in props:
                fg = blend(fg, bg, float(props["opacity"]))
            if {"background-color", "color", "opacity"} & props.keys():
                checks.append(("%s (%s)" % (selector, theme), ratio(fg, bg)))

    if not checks:
        missing.append("no colour to check in %s" % css_path)

    # The search highlights set their own text colour.
    source = open(colors_path, encoding="utf-8").read()
    colors = dict((name, hex_color(value[2:])) for name, value in
                  re.findall(r"^#define\s+LG_COLOR_(\w+)\s+(0x[0-9a-fA-F]{6})\b", source, re.M))
    backgrounds = [name for name in colors if name.endswith("_BACKGROUND")]
    if "MATCH_TEXT" not in colors or not backgrounds:
        missing.append("no LG_COLOR_MATCH_TEXT or LG_COLOR_*_BACKGROUND in %s" % colors_path)
    else:
        for name in backgrounds:
            bg = colors[name]
            checks.append(("%s #%02x%02x%02x" % (name.lower(), *bg), ratio(colors["MATCH_TEXT"], bg)))

    print("1..%d" % (len(checks) + len(missing)))
    failed = len(missing)
    for i, (what, value) in enumerate(checks, 1):
        ok = value >= 4.5
        failed += not ok
        print("%s %d - %s: %.2f:1" % ("ok" if ok else "not ok", i, what, value))
    for i, what in enumerate(missing, len(checks) + 1):
        print("not ok %d - %s" % (i, what))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
