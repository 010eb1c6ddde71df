#!/usr/bin/env bash
# Runs inside the clean Debian root once the package is installed
# (installer/install-test.sh): a new user works with both programs, then the
# package is removed and purged, and the user's database must still be there.
set -euo pipefail
say() { echo "inside: $*"; }
fail() { echo "inside: FAILED: $*" >&2; exit 1; }
# Whatever still runs (the desk, Xvfb) ends with the test, and the screen as
# it was is kept for whoever reads the failure.
finish() {
    local status=$?
    [ -f /tmp/Xvfb_screen0 ] && cp /tmp/Xvfb_screen0 /tmp/screen.xwd
    if [ "$status" -ne 0 ] && [ -f /tmp/xvfb.log ]; then
        echo "inside: the virtual display said:"; cat /tmp/xvfb.log
    fi
    kill $(jobs -p) 2> /dev/null || true
}
trap finish EXIT

useradd --create-home --shell /bin/bash agent
as_agent() { runuser -u agent -- env HOME=/home/agent LANG=C.UTF-8 PATH=/usr/bin:/bin "$@"; }
data=/home/agent/.local/share/ServiceDesk/servicedesk
db=$data/servicedesk.sqlite

say "the package's files"
for file in /usr/bin/servicedesk /usr/bin/sdctl \
            /usr/share/applications/servicedesk.desktop \
            /usr/share/icons/hicolor/16x16/apps/servicedesk.png \
            /usr/share/icons/hicolor/256x256/apps/servicedesk.png \
            /usr/share/icons/hicolor/scalable/apps/servicedesk.svg \
            /usr/share/metainfo/servicedesk.metainfo.xml \
            /usr/share/man/man1/servicedesk.1.gz /usr/share/man/man1/sdctl.1.gz \
            /usr/share/doc/servicedesk/copyright /usr/share/doc/servicedesk/changelog.gz; do
    [ -f "$file" ] || fail "$file is not installed"
done
# Loaded at run time, so no library dependency brings them: the package must.
for file in /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlite.so \
            /usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlpsql.so \
            /usr/share/qt6/translations/qtbase_zh_CN.qm \
            /usr/share/friso/dict/UTF-8/friso.lex.ini \
            /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \
            /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc; do
    [ -f "$file" ] || fail "$file (a run-time dependency) is missing"
done

say "sdctl and servicedesk --version"
as_agent sdctl --version | tee /tmp/sdctl-version.txt
grep -q "^sdctl $SD_VERSION" /tmp/sdctl-version.txt || fail "sdctl --version does not say $SD_VERSION"
as_agent servicedesk --version | tee /tmp/desk-version.txt
grep -q "$SD_VERSION" /tmp/desk-version.txt || fail "servicedesk --version does not say $SD_VERSION"

say "a new database with 1000 demo tickets"
as_agent sdctl init
[ -f "$db" ] || fail "sdctl init made no database at $db"
as_agent sdctl demo --tickets 1000 --demo-passwords
as_agent sdctl check | tee /tmp/check.txt
grep -q "integrity: ok" /tmp/check.txt || fail "sdctl check does not report integrity ok"
tickets=$(as_agent sqlite3 "$db" "SELECT COUNT(*) FROM tickets")
[ "$tickets" -ge 1000 ] || fail "the demo wrote $tickets tickets, not 1000"

say "the desk on a virtual display, signed in as a supervisor, in Chinese"
# A free display number, chosen by Xvfb itself (the host's displays share the
# socket namespace with this root).
Xvfb -displayfd 3 -screen 0 1600x1000x24 -fbdir /tmp -nolisten tcp -ac 3> /tmp/display > /tmp/xvfb.log 2>&1 &
xvfb=$!
for _ in $(seq 1 50); do [ -s /tmp/display ] && break; sleep 0.2; done
[ -s /tmp/display ] || fail "the virtual display did not start"
export DISPLAY=":$(cat /tmp/display)"
as_agent env DISPLAY="$DISPLAY" servicedesk --lang zh_CN --user sun.hui > /tmp/desk.log 2>&1 &
desk=$!
visible_window() { xdotool search --onlyvisible --class servicedesk 2>/dev/null | head -1; }
for _ in $(seq 1 100); do [ -n "$(visible_window)" ] && break; sleep 0.3; done
[ -n "$(visible_window)" ] || fail "no sign-in window (desk log: $(cat /tmp/desk.log))"
sleep 1
xdotool windowfocus --sync "$(visible_window)"
xdotool type --delay 50 demo1234
xdotool key Return
main=""
for _ in $(seq 1 100); do
    # The main window's title is "售后服务台 — <office>"; the sign-in's has no dash.
    main=$(xdotool search --onlyvisible --name " — " 2>/dev/null | head -1 || true)
    [ -n "$main" ] && break
    sleep 0.3
done
[ -n "$main" ] || fail "the main window did not open (desk log: $(cat /tmp/desk.log))"
sleep 4
kill -0 "$desk" || fail "the desk ended (desk log: $(cat /tmp/desk.log))"
xdotool getwindowname "$main"
cp /tmp/Xvfb_screen0 /tmp/screen.xwd   # Xvfb removes its frame buffer file when it ends
# Quit as a user quits (Ctrl+Q): the desk must end by itself.
# (No window manager gives it the focus: xdotool does, then types through XTEST.)
xdotool windowfocus --sync "$main"
xdotool key ctrl+q
for _ in $(seq 1 50); do kill -0 "$desk" 2> /dev/null || break; sleep 0.2; done
! kill -0 "$desk" 2> /dev/null || fail "the desk did not quit on Ctrl+Q"
kill "$xvfb"; wait "$xvfb" || true
ls "$data"/backups/servicedesk-*.sqlite > /dev/null 2>&1 || fail "the desk made no daily copy in $data/backups"

say "removing and purging the package keeps the user's data"
apt-get remove -y -q servicedesk > /tmp/remove.log
[ ! -e /usr/bin/servicedesk ] || fail "servicedesk is still installed after apt-get remove"
dpkg --purge servicedesk >> /tmp/remove.log 2>&1  # apt knows a local .deb only while installed
[ ! -e /usr/share/applications/servicedesk.desktop ] || fail "the menu entry is left after the package was purged"
[ -f "$db" ] || fail "the database is gone after the package was removed"
[ "$(as_agent sqlite3 "$db" "PRAGMA integrity_check")" = "ok" ] || fail "the database fails integrity_check after removal"
[ "$(as_agent sqlite3 "$db" "SELECT COUNT(*) FROM tickets")" = "$tickets" ] || fail "tickets were lost when the package was removed"
say "all checks passed"
