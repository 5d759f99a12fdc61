# build-aux/deps.sh: the Debian/Ubuntu packages Leukemia Guide needs, and
# a function that installs the missing ones. Sourced by build-aux/run and
# build-aux/test.
#
# Copyright 2026 The Leukemia Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later

# To build and run.
# libspeechd-dev builds read aloud in (-Dspeech); speech-dispatcher and its
# espeak-ng voices speak.
LG_BUILD_PACKAGES="gcc meson ninja-build pkg-config gettext libglib2.0-dev
libglib2.0-bin libgtk-4-dev libjson-glib-dev libspeechd-dev desktop-file-utils
adwaita-icon-theme fonts-cantarell fonts-dejavu-core speech-dispatcher
speech-dispatcher-espeak-ng"

# To run the whole suite headless.
LG_TEST_PACKAGES="xvfb xauth dbus dbus-x11 at-spi2-core poppler-utils locales
appstream appstream-util python3 python3-gi python3-pyatspi
python3-dogtail gir1.2-gtk-4.0 flatpak-builder valgrind"

# For build-aux/fuzz: clang and its libFuzzer runtime.
LG_FUZZ_PACKAGES="clang libclang-rt-dev"

# To make the screenshots (build-aux/screenshots): an X server, a way to
# drive and capture it, and poppler for a PDF page.
LG_SCREENSHOT_PACKAGES="xvfb xauth dbus dbus-x11 xdotool imagemagick
poppler-utils"

# For build-aux/flatpak-check: a stand-in runtime made with debootstrap,
# flatpak and flatpak-builder (which strips with elfutils' eu-strip), and
# the tools that run and capture the app inside the sandbox.
LG_FLATPAK_PACKAGES="flatpak flatpak-builder debootstrap elfutils ostree
xvfb xauth dbus dbus-x11 xdotool imagemagick poppler-utils"

lg_missing_packages () {
    local missing=""
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
            missing="$missing $pkg"
        fi
    done
    echo $missing
}

# lg_install_packages PKG...: installs what is missing, with apt-get as
# root or through sudo; elsewhere prints the list and fails.
lg_install_packages () {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "This is not a Debian or Ubuntu system. Install the equivalents of:" >&2
        echo "  $*" >&2
        echo "then run meson yourself (see README.md)." >&2
        return 1
    fi
    local missing
    missing=$(lg_missing_packages "$@")
    [ -z "$missing" ] && return 0
    echo "Installing: $missing"
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "Please install, as root: apt-get install $missing" >&2
            return 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq || $sudo apt-get -o Acquire::Check-Valid-Until=false update -qq
    $sudo apt-get install -y -qq --no-install-recommends $missing
}

# lg_stale_linguas BUILD_DIR: true when a LINGUAS file changed after the
# build was configured; meson reads them only at setup.
lg_stale_linguas () {
    [ po/LINGUAS -nt "$1/build.ninja" ] || [ po/content/LINGUAS -nt "$1/build.ninja" ]
}

# lg_setup BUILD_DIR: configures (once, and again when the languages
# change) and builds.
lg_setup () {
    local dir=$1
    if [ ! -f "$dir/build.ninja" ]; then
        meson setup "$dir" -Dwerror=true
    elif lg_stale_linguas "$dir"; then
        meson setup --reconfigure "$dir"
    fi
    ninja -C "$dir"
}
