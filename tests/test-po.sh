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

if grep -qx es "$src/po/LINGUAS"; then
    # Newer C libraries ignore LANGUAGE under the C locale, C.UTF-8 too:
    # use a real locale where there is one.
    locale=C.UTF-8
    if locale -a 2>/dev/null | grep -qix 'en_US.utf8'; then
        locale=en_US.UTF-8
    fi
    run () { LANGUAGE=es LC_ALL=$locale LEUKEMIA_GUIDE_BUILD_DIR="$build" "$binary" "$@" 2>&1; }
    first=$(run --list-topics | head -n 1 | cut -f 3)
    [ "$first" = "Qué significan recaída y refractaria" ] && ok "Spanish topic titles: $first" \
        || bad "Spanish topic titles: $first"
    hit=$(run --search quimioterapia | grep -c "quimioterapia")
    [ "$hit" -gt 0 ] && ok "--search in Spanish finds Spanish text ($hit results)" \
        || bad "--search in Spanish finds nothing"
    run --help | grep -q "Opciones de la aplicación\|Application Options" && ok "--help runs in Spanish" \
        || bad "--help fails in Spanish"
fi
echo "1..$n"
exit $failed
