#!/usr/bin/env bash
# test-devenv.sh: `meson devenv -C BUILD leukemia-guide` runs the app from
# the build folder as GNOME projects expect: with its uninstalled
# translations, its settings schema and its icon.
#
# Copyright 2026 The Leukemia Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
meson=$1 src=$2 build=$3
app_id=io.github.leukemiaguide.LeukemiaGuide
n=0 failed=0
ok () { n=$((n + 1)); echo "ok $n - $*"; }
bad () { n=$((n + 1)); failed=1; echo "not ok $n - $*"; }
devenv () { "$meson" devenv -C "$build" "$@"; }

# A real French locale: newer C libraries ignore LANGUAGE under C.UTF-8.
locales="$build/tests/locales"
mkdir -p "$locales"
[ -d "$locales/fr_FR.UTF-8" ] || localedef -i fr_FR -f UTF-8 "$locales/fr_FR.UTF-8" >/dev/null 2>&1
locale=C.UTF-8
[ -d "$locales/fr_FR.UTF-8" ] && locale=fr_FR.UTF-8

english=$(LANGUAGE= LC_ALL=C.UTF-8 "$build/src/leukemia-guide" --list-topics 2>&1 | head -n 1 | cut -f 3)
french=$(export LANGUAGE=fr LOCPATH="$locales"; LC_ALL=$locale devenv leukemia-guide --list-topics 2>/dev/null |
         head -n 1 | cut -f 3)
# The French title is the one po/content/fr.po gives the English title.
expected=$(msgattrib --no-wrap --translated "$src/po/content/fr.po" 2>/dev/null |
           grep -A1 -xF "msgid \"$english\"" | sed -n 's/^msgstr "\(.*\)"$/\1/p' | head -n 1)
if [ -n "$english" ] && [ -n "$expected" ] && [ "$french" = "$expected" ]; then
    ok "LANGUAGE=fr meson devenv leukemia-guide --list-topics speaks French: $french"
else
    bad "under LANGUAGE=fr the first topic is “$french” (English “$english”, want “$expected”)"
fi

# The rest from the environment meson devenv gives (starting meson once).
if dump=$(devenv --dump 2>&1); then
    ok "meson devenv --dump"
else
    bad "meson devenv --dump failed: $dump"
fi
# The dump refers to the variables it extends.
export XDG_DATA_DIRS=${XDG_DATA_DIRS-} GSETTINGS_SCHEMA_DIR=${GSETTINGS_SCHEMA_DIR-}
eval "$dump"

case ":$GSETTINGS_SCHEMA_DIR:" in
    *:"$build/data":*) [ -f "$build/data/gschemas.compiled" ] &&
        ok "GSETTINGS_SCHEMA_DIR has the schema compiled in the build folder" ||
        bad "no gschemas.compiled in $build/data" ;;
    *) bad "GSETTINGS_SCHEMA_DIR lacks $build/data: $GSETTINGS_SCHEMA_DIR" ;;
esac

if out=$(gsettings list-keys "$app_id" 2>&1) && [ -n "$out" ]; then
    ok "the settings schema is found: $(echo "$out" | wc -l) keys"
else
    bad "the settings schema is not found under meson devenv: $out"
fi

# The icon as GTK looks it up: in a hicolor folder of XDG_DATA_DIRS.
found=""
IFS=: read -r -a list <<<"$XDG_DATA_DIRS"
for d in "${list[@]}"; do
    [ -n "$d" ] && [ -f "$d/icons/hicolor/scalable/apps/$app_id.svg" ] && found=$d
done
[ -n "$found" ] && ok "the app icon is in $found/icons/hicolor" \
    || bad "no hicolor icon for $app_id in XDG_DATA_DIRS=$XDG_DATA_DIRS"
case ":$XDG_DATA_DIRS:" in
    *:/usr/share:*) ok "XDG_DATA_DIRS keeps the system's folders" ;;
    *) bad "XDG_DATA_DIRS lost /usr/share: $XDG_DATA_DIRS" ;;
esac

echo "1..$n"
exit $failed
