#!/usr/bin/python3
# test-corpus-strings.py: po/content/corpus-strings.c must match the corpus.
#
# Copyright 2026 The Leukemia Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The table is what translators get; a stale one would leave new text
# untranslatable. Regenerate with: ninja -C build update-corpus-strings

import subprocess
import sys

tool, committed = sys.argv[1], sys.argv[2]
fresh = subprocess.run([tool], check=True, capture_output=True, text=True).stdout
with open(committed, encoding="utf-8") as f:
    old = f.read()
print("1..1")
if fresh == old:
    print("ok 1 - po/content/corpus-strings.c is up to date (%d strings)" % fresh.count("NC_("))
    sys.exit(0)
print("not ok 1 - po/content/corpus-strings.c is stale: run ninja -C build update-corpus-strings")
sys.exit(1)
