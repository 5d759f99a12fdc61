#!/usr/bin/python3
# test-a11y.py: the app as a screen reader meets it, through AT-SPI.
#
# Copyright 2026 The Leukemia Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts the real app and finds, by role and name: the topic list and its
# items, a topic's headings after choosing it, the search entry; types a
# query and opens the best result with Enter. A double click on a
# paragraph must select a word (the only test here that uses the pointer). Fails on any focusable
# control that has no name. Uses Debian's pyatspi (run with /usr/bin/python3)
# inside the suite's Xvfb and D-Bus session.

import ctypes
import json
import os
import subprocess
import sys
import time



def wait_for_a11y_bus(timeout=60.0):
    """Start the accessibility bus and wait until it answers. D-Bus starts
    at-spi-bus-launcher on the first call; on a busy machine that call can
    fail, and pyatspi then connects to nothing and the test hangs. So ask
    for the bus's address until it comes, before pyatspi is loaded."""
    end = time.time() + timeout
    while time.time() < end:
        try:
            done = subprocess.run(
                ["gdbus", "call", "--session", "--dest", "org.a11y.Bus",
                 "--object-path", "/org/a11y/bus",
                 "--method", "org.a11y.Bus.GetAddress", "--timeout", "20"],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
            if done.returncode == 0 and b"unix:" in done.stdout:
                return True
        except FileNotFoundError:
            return True  # no gdbus: leave it to pyatspi
        except (OSError, subprocess.TimeoutExpired):
            pass
        time.sleep(0.5)
    return False


if not wait_for_a11y_bus():
    print("1..1\nnot ok 1 - the accessibility bus (org.a11y.Bus) did not start")
    sys.exit(1)

try:
    import gi
    gi.require_version("Atspi", "2.0")
    import pyatspi
except (ImportError, ValueError) as e:
    print("1..0 # SKIP pyatspi is not available: %s" % e)
    sys.exit(0)

results = []


def check(ok, what):
    results.append((bool(ok), what))
    print("%s %d - %s" % ("ok" if ok else "not ok", len(results), what), flush=True)
    return ok


def wait_for(func, timeout=20.0):
    end = time.time() + timeout
    while time.time() < end:
        try:
            value = func()
        except Exception:
            value = None
        if value:
            return value
        time.sleep(0.2)
    return None


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def find(root, role, name=None, showing=False):
    for node in walk(root):
        try:
            if node.getRole() != role:
                continue
            if name is not None and node.name != name:
                continue
            if showing and not node.getState().contains(pyatspi.STATE_SHOWING):
                continue
            return node
        except Exception:
            continue
    return None


def find_all(root, role, showing=False):
    found = []
    for node in walk(root):
        try:
            if node.getRole() == role and (not showing or
                                           node.getState().contains(pyatspi.STATE_SHOWING)):
                found.append(node)
        except Exception:
            pass
    return found


def find_plain_paragraph(frame):
    """A label in the content pane with a sentence or two and no links."""
    width = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).width
    for node in walk(frame):
        try:
            if node.getRole() != pyatspi.ROLE_LABEL or node.queryText().characterCount < 80:
                continue
            ext = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            if ext.width == 0 or ext.x < width * 0.3 or ext.y < 100 or ext.y > 600:
                continue
            try:
                if node.queryHypertext().getNLinks() > 0:
                    continue
            except NotImplementedError:
                pass  # no links at all
            return node
        except Exception:
            continue
    return None


def double_click(x, y):
    """A double click of the first button at (x, y), through XTest on our
    own display: AT-SPI's generate_mouse_event goes through its registry
    daemon, which does not know the display when D-Bus started first."""
    x11 = ctypes.CDLL("libX11.so.6")
    xtst = ctypes.CDLL("libXtst.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xtst.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                          ctypes.c_int, ctypes.c_ulong]
    xtst.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int,
                                          ctypes.c_ulong]
    display = x11.XOpenDisplay(None)
    if not display:
        return False
    xtst.XTestFakeMotionEvent(display, -1, x, y, 0)
    for _ in range(2):
        xtst.XTestFakeButtonEvent(display, 1, True, 0)
        xtst.XTestFakeButtonEvent(display, 1, False, 0)
    x11.XFlush(display)
    x11.XCloseDisplay(display)
    return True


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name in ("leukemia-guide", "Leukemia Guide"):
            return app
    return None


def main():
    binary = os.environ["LG_BINARY"]
    env = dict(os.environ)
    env.pop("NO_AT_BRIDGE", None)
    env["GTK_A11Y"] = "atspi"
    app_proc = subprocess.Popen([binary], env=env)
    try:
        app = wait_for(find_app)
        if not check(app, "the app is on the accessibility bus"):
            return
        frame = wait_for(lambda: find(app, pyatspi.ROLE_FRAME))
        check(frame, "its window is a frame")

        topics = wait_for(lambda: find(app, pyatspi.ROLE_LIST, "Topics"))
        check(topics, "the topic list is a list named Topics")
        items = wait_for(lambda: find_all(topics, pyatspi.ROLE_LIST_ITEM))
        check(items and len(items) >= 8, "the topic list has its items (%d)" % len(items or []))

        # Choose a topic the way assistive technology does: by selection.
        # items[0] is the first group's heading and items[1] the topic the
        # app opens on; take the next row that is not a group heading.
        groups = json.load(open(os.path.join(os.environ["G_TEST_SRCDIR"], "..", "data",
                                             "corpus", "00-corpus.json")))["groups"]
        headings = {g["title"] for g in groups}
        target = next(i for i in range(2, len(items))
                      if items[i].getChildAtIndex(0).name not in headings)
        chosen = items[target].getChildAtIndex(0).name
        topics.querySelection().selectChild(target)
        check(wait_for(lambda: frame.name.startswith(chosen)),
              "selecting “%s” opens it" % chosen)
        heading = wait_for(lambda: find(app, pyatspi.ROLE_HEADING))
        check(heading, "a topic shows headings")
        headings = find_all(app, pyatspi.ROLE_HEADING)
        names = [h.name for h in headings]
        check(len(headings) >= 3 and all(names), "content headings have their text: %s" % names[:4])
        check(frame.name.startswith(names[0]), "the window title names the topic (%s)" % frame.name)

        # Selecting text with the mouse: a paragraph becomes selectable
        # on the first press, so a double click selects a word.
        paragraph = wait_for(lambda: find_plain_paragraph(frame))
        if check(paragraph, "a paragraph of the topic is on screen"):
            text = paragraph.queryText()
            ext = paragraph.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            double_click(ext.x + 30, ext.y + min(ext.height // 2, 12))
            selected = wait_for(lambda: text.getNSelections() > 0 and
                                text.getSelection(0)[1] > text.getSelection(0)[0], 5)
            check(selected, "double-clicking a paragraph selects a word (%s at %s: %s)" %
                  (paragraph.name[:30], (ext.x, ext.y, ext.width, ext.height), text.getSelection(0) if text.getNSelections() else "nothing selected"))

        # Search: the header button's action opens the entry.
        button = find(app, pyatspi.ROLE_TOGGLE_BUTTON, "Search") or \
            find(app, pyatspi.ROLE_PUSH_BUTTON, "Search")
        if check(button, "the search button is found by name"):
            button.queryAction().doAction(0)
        entry = wait_for(lambda: find(app, pyatspi.ROLE_ENTRY, "Search the guide") or
                         find(app, pyatspi.ROLE_TEXT, "Search the guide"))
        check(entry, "the search entry is found by name")
        if entry:
            # The button's action already put the focus in the entry.
            import gi.repository.Atspi as Atspi
            try:
                entry.queryEditableText().setTextContents("Xospata")
            except NotImplementedError:
                for ch in "Xospata":
                    Atspi.generate_keyboard_event(ord(ch), None, Atspi.KeySynthType.SYM)
                    time.sleep(0.05)
            results_list = wait_for(lambda: find(app, pyatspi.ROLE_LIST, "Search results"))
            check(results_list, "typing shows a list named Search results")
            rows = wait_for(lambda: find_all(results_list, pyatspi.ROLE_LIST_ITEM)) \
                if results_list else None
            check(rows, "the results list has items")
            if results_list and rows:
                results_list.querySelection().selectChild(0)
            opened = wait_for(lambda: frame.name.startswith("Medicines") or
                              frame.name.startswith("Targeted"))
            check(opened, "choosing the best result opens it (%s)" % frame.name)

        # Every focusable control has a name a screen reader can say.
        unnamed = []
        for node in walk(frame):
            try:
                state = node.getState()
                if not (state.contains(pyatspi.STATE_FOCUSABLE) and
                        state.contains(pyatspi.STATE_SHOWING)):
                    continue
                if node.getRole() in (pyatspi.ROLE_LABEL, pyatspi.ROLE_HEADING,
                                      pyatspi.ROLE_TEXT, pyatspi.ROLE_PARAGRAPH):
                    continue
                if not node.name and node.childCount == 0:
                    unnamed.append(node.getRoleName())
                elif not node.name and node.getRole() in (pyatspi.ROLE_PUSH_BUTTON,
                                                          pyatspi.ROLE_TOGGLE_BUTTON,
                                                          pyatspi.ROLE_ENTRY,
                                                          pyatspi.ROLE_LIST):
                    unnamed.append(node.getRoleName())
            except Exception:
                pass
        check(not unnamed, "no focusable control is without a name (%s)" % unnamed)
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(5)
        except subprocess.TimeoutExpired:
            app_proc.kill()


if __name__ == "__main__":
    main()
    print("1..%d" % len(results))
    sys.exit(0 if results and all(ok for ok, _ in results) else 1)
