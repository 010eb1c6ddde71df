#!/usr/bin/env bash
# Installs what Service Desk needs to build, run and test on Debian 12 (and
# derivatives). Idempotent and non-interactive: only missing packages are
# installed, so a second run does nothing.
set -euo pipefail

PACKAGES=(
    # toolchain
    g++ cmake ninja-build pkg-config
    # Qt 6 (Charts needs the OpenGL development files to be found by CMake)
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev
    libqt6sql6-sqlite libqt6sql6-psql libpq-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    # storage and tests
    libsqlite3-dev sqlite3 catch2 poppler-utils
    # passwords: Argon2id hashes (crypto_pwhash_str)
    libsodium-dev
    # report terms: Chinese word segmentation and its lexicon
    libfriso-dev friso-dict
    # the office server: the tests start a throwaway PostgreSQL of their own
    postgresql-15 postgresql-client-15
    # fonts that render Chinese (WenQuanYi for PDFs: its characters copy and
    # search as themselves), and a virtual display for widget tests and screenshots
    fonts-noto-cjk fonts-wqy-zenhei xvfb xauth
    # the menu entry and the AppStream metainfo are checked as the desktop
    # and software centres check them; groff checks the man pages
    desktop-file-utils appstream groff-base
)

missing=()
for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
