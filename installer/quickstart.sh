#!/usr/bin/env bash
# The two commands of the README's quick start.
#   quickstart.sh run   installs what is missing, builds, creates a demo database
#                       in the user's data folder if there is none, opens the app
#   quickstart.sh test  installs what is missing, builds (warnings are errors)
#                       and runs every test, then the fuzz tests under sanitizers,
#                       then the install test when the newest commit changes installer/
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/install-deps.sh

# True when the newest commit changes a file under installer/ (the install
# test takes minutes and the network, so it runs when packaging changed).
packaging_changed() {
    git rev-parse --verify -q HEAD~1 > /dev/null 2>&1 || return 0
    ! git diff --quiet HEAD~1 HEAD -- installer/
}

case "${1:-}" in
run)
    cmake --workflow --preset release
    build/release/app/sdctl demo --if-missing --demo-passwords --tickets 20000
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo
        echo "No display found. To run Service Desk on a virtual display:"
        echo "    xvfb-run -a -s '-screen 0 1600x1000x24' build/release/app/servicedesk"
        exit 0
    fi
    exec build/release/app/servicedesk
    ;;
test)
    cmake --workflow --preset ci
    # The fuzz tests again, under AddressSanitizer and UndefinedBehaviorSanitizer.
    cmake --workflow --preset sanitize
    # The package installed into a clean Debian root: when packaging changed.
    if [ "${SD_INSTALL_TEST:-}" = 1 ] || { [ "${SD_INSTALL_TEST:-}" != 0 ] && packaging_changed; }; then
        (cd build/ci && cpack -G DEB -B "$PWD/../packages-ci")
        bash installer/install-test.sh "$(ls -t build/packages-ci/servicedesk_*_amd64.deb | head -1)"
    fi
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
