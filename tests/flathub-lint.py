#!/usr/bin/python3
# tests/flathub-lint.py: the Flathub linter's rules that cannot run offline,
# checked on our own files, with TAP output for meson.
#
#   flathub-lint.py --srcdir DIR --desktop FILE --metainfo FILE --version V
#   flathub-lint.py --show-manifest FLATPAK_BUILDER MANIFEST
#
# The first form checks the app ID, the icons, the manifest's permissions,
# the metainfo and the screenshots; the second that flatpak-builder reads
# the manifest without an "Unknown property" warning.
#
# Python 3 standard library only: it runs inside the Flatpak Sdk too.
#
# Copyright 2026 The Leukemia Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later

import argparse
import configparser
import json
import os
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

APP_ID = "io.github.leukemiaguide.LeukemiaGuide"
# The display and the GPU, and for read aloud only the speech service's
# socket, read-only.
FINISH_ARGS = ["--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri",
               "--filesystem=xdg-run/speech-dispatcher:ro"]
SCREENSHOT_URL = "https://raw.githubusercontent.com/leukemiaguide/leukemia-guide/main/data/screenshots/"
SCREENSHOT_SIZE = (1000, 700)
SVG_NS = "{http://www.w3.org/2000/svg}"


class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def check(self, name, problems):
        """problems: a list of strings; the check passes when it is empty."""
        self.n += 1
        if problems:
            self.failed += 1
            print(f"not ok {self.n} - {name}")
            for p in problems:
                print(f"# {p}")
        else:
            print(f"ok {self.n} - {name}")

    def done(self):
        print(f"1..{self.n}")
        return 1 if self.failed else 0


def read_desktop(path):
    parser = configparser.RawConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path):
    """The width and height from a PNG's IHDR chunk, or None if not a PNG."""
    with open(path, "rb") as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def check_app_id(app_id):
    problems = []
    parts = app_id.split(".")
    if len(app_id) > 255:
        problems.append("longer than 255 characters")
    if len(parts) < 3:
        problems.append("fewer than three components")
    # Flathub: an ID under a code hosting domain names the user or
    # organisation and the project, so four components.
    if parts[:2] in (["io", "github"], ["io", "gitlab"], ["page", "codeberg"]) and len(parts) < 4:
        problems.append("a code hosting ID needs four components")
    for part in parts:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            problems.append(f"component “{part}” is not [A-Za-z_][A-Za-z0-9_]*")
    if parts[-1].lower() in ("desktop", "app"):
        problems.append("ends with .desktop or .app")
    return problems


def check_icons(srcdir):
    problems = []
    hicolor = os.path.join(srcdir, "data", "icons", "hicolor")
    wanted = {
        os.path.join("scalable", "apps"): [APP_ID + ".svg"],
        os.path.join("symbolic", "apps"): [APP_ID + "-symbolic.svg"],
    }
    for root, dirs, files in os.walk(hicolor):
        rel = os.path.relpath(root, hicolor)
        if not files:
            continue
        if rel not in wanted:
            problems.append(f"unexpected icon folder {rel}: {files}")
            continue
        if sorted(files) != wanted[rel]:
            problems.append(f"{rel} holds {sorted(files)}, expected {wanted[rel]}")
    for rel, names in wanted.items():
        for name in names:
            path = os.path.join(hicolor, rel, name)
            if not os.path.exists(path):
                problems.append(f"missing {os.path.join(rel, name)}")
                continue
            try:
                svg = ET.parse(path).getroot()
            except ET.ParseError as e:
                problems.append(f"{name}: not XML: {e}")
                continue
            if svg.tag != SVG_NS + "svg":
                problems.append(f"{name}: the root element is {svg.tag}, not an SVG")
                continue
            if any(True for _ in svg.iter(SVG_NS + "image")):
                problems.append(f"{name}: embeds a raster <image>")
            box = svg.get("viewBox", "").split()
            if len(box) != 4 or float(box[2]) != float(box[3]):
                problems.append(f"{name}: the viewBox is not square: {box}")
            if name.endswith("-symbolic.svg") and box[2:] != ["16", "16"]:
                problems.append(f"{name}: a symbolic icon is drawn on 16×16, not {box[2:]}")
    return problems


def check_manifest(manifest):
    problems = []
    if manifest.get("id", manifest.get("app-id")) != APP_ID:
        problems.append(f"id is {manifest.get('id')!r}")
    for key, value in (("runtime", "org.gnome.Platform"), ("sdk", "org.gnome.Sdk"),
                       ("runtime-version", "50"), ("command", "leukemia-guide")):
        if manifest.get(key) != value:
            problems.append(f"{key} is {manifest.get(key)!r}, expected {value!r}")
    if manifest.get("finish-args") != FINISH_ARGS:
        problems.append(f"finish-args are {manifest.get('finish-args')}, expected exactly {FINISH_ARGS}")
    main = manifest.get("modules", [{}])[-1]
    if main.get("buildsystem") != "meson":
        problems.append("the last module is not built with meson")
    sources = main.get("sources", [])
    if not any(s.get("type") == "dir" and s.get("path") == ".." for s in sources):
        problems.append("the last module is not built from this repository (type dir, path ..)")
    installs = " ".join(main.get("post-install", [])).split()
    for name in ("COPYING", "COPYING.content"):
        if ("${FLATPAK_BUILDER_BUILDDIR}/" + name not in installs
                or "${FLATPAK_DEST}/share/licenses/${FLATPAK_ID}" not in installs):
            problems.append(f"{name} is not installed to share/licenses/${{FLATPAK_ID}}")
    return problems


def text(element, path):
    found = element.find(path)
    return (found.text or "").strip() if found is not None else None


def check_metainfo(meta, version):
    problems = []
    summary = text(meta, "summary") or ""
    if not 0 < len(summary) <= 35:
        problems.append(f"the summary has {len(summary)} characters (at most 35)")
    if summary.endswith("."):
        problems.append("the summary ends with a full stop")
    if text(meta, "name") != "Leukemia Guide":
        problems.append(f"the name is {text(meta, 'name')!r}")
    developer = meta.find("developer")
    if developer is None or not developer.get("id") or not text(developer, "name"):
        problems.append("no <developer> with an id and a <name>")
    if meta.find("launchable[@type='desktop-id']") is None or text(meta, "launchable") != APP_ID + ".desktop":
        problems.append("no launchable for the desktop file")
    for kind in ("homepage", "bugtracker", "vcs-browser"):
        if not (text(meta, f"url[@type='{kind}']") or "").startswith("https://"):
            problems.append(f"no https {kind} URL")
    rating = meta.find("content_rating")
    if rating is None or rating.get("type") != "oars-1.1":
        problems.append("no oars-1.1 content rating")
    colours = {c.get("scheme_preference") for c in meta.findall("branding/color[@type='primary']")}
    if colours != {"light", "dark"}:
        problems.append(f"branding colours for {sorted(c or '' for c in colours)}, expected light and dark")
    if meta.find("translation[@type='gettext']") is None:
        problems.append("no gettext translation domain")
    releases = meta.findall("releases/release")
    if not releases:
        problems.append("no releases")
    else:
        newest = releases[0]
        if newest.get("version") != version:
            problems.append(f"the newest release is {newest.get('version')}, the project is {version}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", "")):
            problems.append("the newest release has no YYYY-MM-DD date")
    return problems


def check_screenshots(meta, srcdir):
    problems = []
    shots = meta.findall("screenshots/screenshot")
    if len(shots) < 3:
        problems.append(f"{len(shots)} screenshots, at least 3 wanted")
    if sum(1 for s in shots if s.get("type") == "default") != 1:
        problems.append("not exactly one default screenshot")
    for shot in shots:
        url = text(shot, "image") or ""
        if not text(shot, "caption"):
            problems.append(f"{url}: no caption")
        if not url.startswith(SCREENSHOT_URL) or not url.endswith(".png"):
            problems.append(f"{url}: not a PNG under {SCREENSHOT_URL}")
            continue
        path = os.path.join(srcdir, "data", "screenshots", url[len(SCREENSHOT_URL):])
        if not os.path.exists(path):
            problems.append(f"{url}: no {os.path.relpath(path, srcdir)} (run build-aux/screenshots)")
            continue
        size = png_size(path)
        if size is None:
            problems.append(f"{os.path.relpath(path, srcdir)} is not a PNG")
        elif size != SCREENSHOT_SIZE:
            problems.append(f"{os.path.relpath(path, srcdir)} is {size[0]}×{size[1]}, expected "
                            f"{SCREENSHOT_SIZE[0]}×{SCREENSHOT_SIZE[1]}")
    return problems


def lint(args):
    tap = Tap()
    manifest_path = os.path.join(args.srcdir, "flatpak", APP_ID + ".json")
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    desktop = read_desktop(args.desktop)
    meta = ET.parse(args.metainfo).getroot()

    tap.check("the app ID has Flathub's form", check_app_id(APP_ID))
    ids = {
        "manifest id": manifest.get("id"),
        "metainfo <id>": text(meta, "id"),
        "metainfo file name": os.path.basename(args.metainfo)[: -len(".metainfo.xml")],
        "desktop file name": os.path.basename(args.desktop)[: -len(".desktop")],
    }
    tap.check("every file uses the one app ID",
              [f"{k} is {v!r}" for k, v in ids.items() if v != APP_ID])
    tap.check("Icon= in the desktop file is the app ID",
              [] if desktop.get("Icon") == APP_ID else [f"Icon={desktop.get('Icon')}"])
    exec_cmd = (desktop.get("Exec") or "").split()
    tap.check("Exec= runs the manifest's command",
              [] if exec_cmd[:1] == [manifest.get("command")] else [f"Exec={desktop.get('Exec')}"])
    tap.check("the icon folders hold the right files", check_icons(args.srcdir))
    tap.check("the manifest: GNOME 50, our command, exactly five finish-args, licences",
              check_manifest(manifest))
    tap.check("the metainfo has what Flathub requires", check_metainfo(meta, args.version))
    tap.check("the screenshots exist, are PNGs of 1000×700 and have captions",
              check_screenshots(meta, args.srcdir))
    return tap.done()


def show_manifest(flatpak_builder, manifest):
    tap = Tap()
    run = subprocess.run([flatpak_builder, "--show-manifest", manifest],
                         capture_output=True, text=True)
    problems = []
    if run.returncode != 0:
        problems.append(f"exit status {run.returncode}")
    problems += [line for line in run.stderr.splitlines() if line.strip()]
    tap.check("flatpak-builder --show-manifest reads the manifest with no warning", problems)
    unknown = [line for line in (run.stdout + run.stderr).splitlines() if "Unknown property" in line]
    tap.check("no “Unknown property”", unknown)
    return tap.done()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--srcdir")
    parser.add_argument("--desktop")
    parser.add_argument("--metainfo")
    parser.add_argument("--version")
    parser.add_argument("--show-manifest", nargs=2, metavar=("FLATPAK_BUILDER", "MANIFEST"))
    args = parser.parse_args()
    if args.show_manifest:
        return show_manifest(*args.show_manifest)
    if not all((args.srcdir, args.desktop, args.metainfo, args.version)):
        parser.error("--srcdir, --desktop, --metainfo and --version are needed")
    return lint(args)


if __name__ == "__main__":
    sys.exit(main())
