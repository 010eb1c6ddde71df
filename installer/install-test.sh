#!/usr/bin/env bash
# The install test: the .deb installed into a clean Debian 12 root, as a user's
# apt-get installs it, then used there as a user uses it (installer/README.md).
#
#   installer/install-test.sh [PACKAGE.deb]
#
# Without a package it builds one (cmake --workflow --preset package). It
# runs lintian on the package, makes a minimal Debian 12 root with debootstrap
# (kept as a tarball in the cache between runs, with apt's downloads), installs
# the package there with `apt-get install ./servicedesk_*.deb` so dependencies
# resolve, runs installer/install-test-inside.sh in it, and removes it again.
# Needs root (chroot, mounts) and the network to the Debian mirror.
#
# Environment:
#   SD_INSTALL_TEST_CACHE  where the root tarball and the downloads are kept
#                          (default ~/.cache/servicedesk-install-test)
#   SD_INSTALL_TEST_OUT    where the screenshot and logs go (build/install-test)
#   SD_DEBIAN_MIRROR       the mirror (default http://deb.debian.org/debian)
set -euo pipefail
# The package as named from where the command was given, then the sources' root.
package=${1:+$(realpath "$1")}
script=$(realpath "$0")
cd "$(dirname "$script")/.."
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=SD_INSTALL_TEST_CACHE,SD_INSTALL_TEST_OUT,SD_DEBIAN_MIRROR "$script" ${package:+"$package"}
fi

say() { echo "install-test: $*"; }
fail() { echo "install-test: FAILED: $*" >&2; exit 1; }

tools=()
for tool in debootstrap lintian imagemagick; do
    dpkg-query -W -f='${Status}' "$tool" 2>/dev/null | grep -q "install ok installed" || tools+=("$tool")
done
if [ ${#tools[@]} -gt 0 ]; then
    say "installing ${tools[*]}"
    apt-get update -q > /dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${tools[@]}" > /dev/null
fi

if [ -z "$package" ]; then
    cmake --workflow --preset package
    package=$(ls -t build/packages/servicedesk_*_amd64.deb | head -1)
fi
[ -f "$package" ] || fail "no package at $package"
package=$(realpath "$package")
version=$(dpkg-deb --field "$package" Version)
out=$(realpath -m "${SD_INSTALL_TEST_OUT:-build/install-test}")
cache=$(realpath -m "${SD_INSTALL_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/servicedesk-install-test}")
mirror=${SD_DEBIAN_MIRROR:-http://deb.debian.org/debian}
mkdir -p "$out" "$cache/archives/partial"

say "lintian on $(basename "$package")"
lintian --fail-on error --display-level '>=warning' "$package" | tee "$out/lintian.txt" \
    || fail "lintian reports errors (see $out/lintian.txt)"

# A minimal root, made once and kept as a tarball: debootstrap takes about a
# minute and needs the network, unpacking the tarball a few seconds.
base="$cache/bookworm-minbase.tar"
if [ ! -f "$base" ]; then
    say "debootstrap bookworm (minbase) from $mirror"
    fresh=$(mktemp -d /tmp/sd-debootstrap.XXXXXX)
    debootstrap --variant=minbase bookworm "$fresh" "$mirror" > "$out/debootstrap.log" 2>&1 \
        || fail "debootstrap (see $out/debootstrap.log)"
    tar -C "$fresh" -cf "$base.partial" . && mv "$base.partial" "$base"
    rm -rf "$fresh"
fi

root=$(mktemp -d /tmp/sd-install-root.XXXXXX)
# Every process still running inside the root (a desk or display left by a
# failed check): found by its root directory, so nothing of the host is touched.
stop_processes_inside() {
    local pid
    for pid in /proc/[0-9]*; do
        [ "$(readlink "$pid/root" 2> /dev/null)" = "$root" ] && kill -9 "${pid#/proc/}" 2> /dev/null
    done
    return 0
}
cleanup() {
    stop_processes_inside
    [ -f "$root/tmp/screen.xwd" ] && keep_screen
    for mount in var/cache/apt/archives dev proc; do
        umount -R "$root/$mount" 2> /dev/null || umount -R -l "$root/$mount" 2> /dev/null || true
    done
    # Never remove files through a mount that failed to go (the host's /dev,
    # the download cache): the root is then left for a person to look at.
    if grep -q " $root/" /proc/mounts; then
        echo "install-test: $root is left in place: something is still mounted in it" >&2
        return
    fi
    rm -rf --one-file-system "$root"
}
keep_screen() {
    cp "$root/tmp/screen.xwd" "$out/screen.xwd"
    if command -v convert > /dev/null; then
        convert "$out/screen.xwd" "$out/servicedesk.png" && rm "$out/screen.xwd"
    fi
}
trap cleanup EXIT
tar -C "$root" -xf "$base"
chmod 755 "$root"   # mktemp made it (and the tarball's ".") private; the root's users must reach /
mount -t proc proc "$root/proc"
mount --rbind --make-rslave /dev "$root/dev"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $mirror bookworm main" > "$root/etc/apt/sources.list"
cp "$package" "$root/tmp/"
cp installer/install-test-inside.sh "$root/tmp/"

say "installing $(basename "$package") and its dependencies"
chroot "$root" apt-get update -q > "$out/apt.log" 2>&1 || fail "apt-get update (see $out/apt.log)"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    "/tmp/$(basename "$package")" xvfb xauth xdotool sqlite3 >> "$out/apt.log" 2>&1 \
    || fail "apt-get install (see $out/apt.log)"

if ! chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin SD_VERSION="$version" \
        bash /tmp/install-test-inside.sh 2>&1 | tee "$out/inside.log"; then
    fail "the checks inside the root (see $out/inside.log)"
fi
say "passed: $(basename "$package") installs, works and uninstalls on Debian 12; screenshot in $out"
