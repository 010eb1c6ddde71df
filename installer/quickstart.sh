#!/usr/bin/env bash
# The two commands of the README's quick start.
#   quickstart.sh run   installs what is missing, builds, creates a demo database
#                       in the user's data folder if there is none, opens the app
#   quickstart.sh test  installs what is missing, builds (warnings are errors)
#                       and runs every test, then the fuzz tests under sanitizers
set -euo pipefail
cd "$(dirname "$0")/.."

bash installer/install-deps.sh

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
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
