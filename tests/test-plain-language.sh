#!/usr/bin/env bash
# test-plain-language.sh: the corpus shares no sentence with its source
# pages, and reads easily (the project's shared tools, when present).
#
# Copyright 2026 The Leukemia Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
src=$1
tools="$src/../shared/tools"
echo "1..2"
if [ ! -x "$tools/seed-overlap" ] || [ ! -x "$tools/readability" ]; then
    echo "ok 1 # SKIP the shared tools are not beside this checkout"
    echo "ok 2 # SKIP the shared tools are not beside this checkout"
    exit 0
fi
out=$("$tools/seed-overlap" "$src"/data/corpus/*.json)
if [ $? -eq 0 ]; then
    echo "ok 1 - $(echo "$out" | tail -n 1)"
else
    echo "not ok 1 - the corpus repeats the source pages' sentences"
    echo "$out" | sed 's/^/# /'
fi
# Each file 55 or more; the whole corpus, words-weighted, 65 or more.
"$tools/readability" "$src"/data/corpus/*.json | /usr/bin/python3 -c '
import re, sys
low = []; words = 0; weighted = 0.0
for line in sys.stdin:
    m = re.search(r"^(.*): words (\d+) sentences \d+ ease (-?[0-9.]+)", line)
    if not m: continue
    w, e = int(m.group(2)), float(m.group(3))
    words += w; weighted += w * e
    if e < 55: low.append(line.strip())
overall = weighted / words if words else 0
if low or overall < 65:
    print("not ok 2 - readability: overall %.1f; under 55: %s" % (overall, low))
    sys.exit(1)
print("ok 2 - readability: overall %.1f over %d words, no file under 55" % (overall, words))
'
