#!/usr/bin/env bash
# test-po.sh: every translation is complete and checked, LINGUAS and the
# .po files agree, and the app speaks each language from the build folder.
#
# Copyright 2026 The Leukemia Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
src=$1 build=$2 binary=$3
n=0 failed=0
ok () { n=$((n + 1)); echo "ok $n - $*"; }
bad () { n=$((n + 1)); failed=1; echo "not ok $n - $*"; }

for dir in po po/content; do
    langs=$(grep -v '^#' "$src/$dir/LINGUAS" | tr -s ' \n' ' ')
    for po in "$src/$dir"/*.po; do
        [ -e "$po" ] || continue
        lang=$(basename "$po" .po)
        case " $langs " in *" $lang "*) ok "$dir/$lang.po is listed in LINGUAS" ;;
                           *) bad "$dir/$lang.po is not listed in $dir/LINGUAS" ;; esac
    done
    for lang in $langs; do
        stats=$(msgfmt --check --statistics -o /dev/null "$src/$dir/$lang.po" 2>&1)
        if [ $? -eq 0 ] && ! echo "$stats" | grep -qE "fuzzy|untranslated"; then
            ok "$dir/$lang.po: $stats"
        else
            bad "$dir/$lang.po: $stats"
        fi
    done
done

keywords="--keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2
--keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 --keyword=ngettext:1,2"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Every source file with a translatable string is in POTFILES.in, as
# xgettext itself sees them (comments and string literals do not count):
# one xgettext over every candidate, and the files its template names.
candidates=$(cd "$src" && ls src/*.c ui/*.ui data/*.in data/*.gschema.xml)
# shellcheck disable=SC2086
if (cd "$src" && xgettext --from-code=UTF-8 $keywords --add-location=file \
        -o "$tmp/candidates.pot" $candidates); then
    for f in $(grep '^#: ' "$tmp/candidates.pot" | cut -c 4- | tr ' ' '\n' | sort -u); do
        if grep -qx "$f" "$src/po/POTFILES.in"; then
            ok "$f has strings and is in po/POTFILES.in"
        else
            bad "$f has translatable strings but is missing from po/POTFILES.in"
        fi
    done
else
    bad "xgettext could not read the sources"
fi
for dir in po po/content; do
    for f in $(grep -v '^#' "$src/$dir/POTFILES.in"); do
        [ -e "$src/$f" ] || bad "$dir/POTFILES.in lists $f, which does not exist"
    done
done

# Every translation has every string of today's sources.
for dir in po po/content; do
    domain=leukemia-guide
    [ "$dir" = po/content ] && domain=leukemia-guide-content
    # shellcheck disable=SC2046,SC2086
    (cd "$src" && xgettext --from-code=UTF-8 --add-comments $keywords -o "$tmp/$domain.pot" \
        $(grep -v '^#' "$dir/POTFILES.in"))
    total=$(grep -c '^msgid ' "$tmp/$domain.pot")
    for lang in $(grep -v '^#' "$src/$dir/LINGUAS"); do
        if out=$(msgcmp "$src/$dir/$lang.po" "$tmp/$domain.pot" 2>&1); then
            ok "$dir/$lang.po has all $((total - 1)) strings of the sources"
        else
            bad "$dir/$lang.po is stale: $(echo "$out" | head -n 3)"
        fi
    done
done

# Each language in the app, from the build folder: --help, the topics,
# search, a PDF's page footers, and dates in the locale's words (locales
# made here with localedef, so no system locale is needed).
locales="$build/tests/locales"
mkdir -p "$locales"
has_locale () {
    [ -d "$locales/$1" ] || localedef -i "${1%%.*}" -f UTF-8 "$locales/$1" >/dev/null 2>&1
    [ -d "$locales/$1" ]
}
# Newer C libraries ignore LANGUAGE under C.UTF-8: use a real locale.
base=C.UTF-8
has_locale en_US.UTF-8 && base=en_US.UTF-8

check_language () {
    local lang=$1 locale=$2 title=$3 help=$4 query=$5 hit=$6 footer=$7 app=$8 date=$9
    run () { LOCPATH=$locales LANGUAGE=$lang LC_ALL=$base LEUKEMIA_GUIDE_BUILD_DIR="$build" "$binary" "$@" 2>&1; }
    grep -qx "$lang" "$src/po/LINGUAS" || { bad "$lang is not in po/LINGUAS"; return; }

    listing=$(run --list-topics)
    first=$(echo "$listing" | grep -v "Translation of" | head -n 1 | cut -f 3)
    [ "$first" = "$title" ] && ok "$lang: topic titles: $first" || bad "$lang: first topic is “$first”"
    run --help | grep -qF "$help" && ok "$lang: --help is translated" || bad "$lang: --help lacks “$help”"
    found=$(run --search "$query" | grep -c "$hit")
    [ "$found" -gt 0 ] && ok "$lang: --search $query finds “$hit” ($found lines)" \
        || bad "$lang: --search $query finds nothing with “$hit”"
    # A translation that breaks a link or the markup is dropped, with a
    # warning, for the English: none may be.
    # The whole corpus is translated when it loads, so one run sees them all.
    ignored=$(echo "$listing" | grep "Translation of")
    [ -z "$ignored" ] && ok "$lang: every translated string of every topic is used" \
        || bad "$lang: $(echo "$ignored" | head -n 3)"

    run --export-pdf relapse-basics "$tmp/$lang.pdf" >/dev/null
    text=$(pdftotext -layout "$tmp/$lang.pdf" - 2>/dev/null)
    pages=$(pdfinfo "$tmp/$lang.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
    want=$(printf "$footer" 1 "$pages")
    echo "$text" | grep -qF "$want" && ok "$lang: the PDF footer reads “$want”" \
        || bad "$lang: no “$want” in the PDF"
    echo "$text" | head -n 1 | grep -qF "$app" && ok "$lang: the PDF header names “$app”" \
        || bad "$lang: the PDF header is “$(echo "$text" | head -n 1)”"

    # In the language's own locale: dates in its words, and a PDF made
    # where the decimal mark may be a comma.
    if has_locale "$locale"; then
        inlocale () { LOCPATH=$locales LANGUAGE=$lang LC_ALL=$locale LEUKEMIA_GUIDE_BUILD_DIR="$build" \
                      "$binary" "$@" 2>&1; }
        shown=$(inlocale --show relapse-basics)
        echo "$shown" | grep -qF "$date" && ok "$lang: dates in $locale read “$date”" \
            || bad "$lang: no “$date” under $locale: $(echo "$shown" | grep -m1 2026)"
        # The whole guide once (French, whose decimal mark is a comma); a
        # topic for the others.
        what=relapse-basics
        [ "$lang" = fr ] && what=all
        if out=$(inlocale --export-pdf $what "$tmp/$lang-$what.pdf") &&
           pdftotext "$tmp/$lang-$what.pdf" - 2>/dev/null | grep -qF "$date"; then
            ok "$lang: $what exports under $locale, with “$date”"
        else
            bad "$lang: exporting under $locale: $out"
        fi
    else
        ok "$lang: dates # SKIP localedef could not make $locale"
    fi
}

#              lang  locale       first topic                           --help says                               --search          finds            footer               PDF header             review date
check_language es    es_ES.UTF-8 "Empiece aquí"                        "Mostrar todos los temas"                  quimioterapia     quimioterapia    "Página %d de %d"    "Guía de la leucemia"  "7 de diciembre de 2026"
check_language en_GB en_GB.UTF-8 "Start here"                          "Print every topic"                        chemotherapy      chemotherapy     "Page %d of %d"      "Leukaemia Guide"      "7 December 2026"
check_language fr    fr_FR.UTF-8 "Commencer ici"                       "Afficher chaque sujet"        chimiothérapie    chimiothérapie   "Page %d sur %d"     "Guide de la leucémie" "7 décembre 2026"
# A glossary term's other names are English (for links and search): a
# translated glossary leaves them out, the English one lists them.
if LANGUAGE=fr LC_ALL=$base LOCPATH=$locales LEUKEMIA_GUIDE_BUILD_DIR="$build" "$binary" --show glossary |
   grep -q "Autres noms"; then
    bad "fr: the glossary lists English other names"
else
    ok "fr: the glossary leaves out the English other names"
fi
if LC_ALL=$base "$binary" --show glossary | grep -q "Also called: MRD"; then
    ok "the English glossary lists other names"
else
    bad "the English glossary lost its other names"
fi
echo "1..$n"
exit $failed
