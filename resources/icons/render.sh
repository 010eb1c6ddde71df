#!/usr/bin/env bash
# Renders the icon's PNG sizes and the Windows .ico from the two drawings
# (needs librsvg2-bin and imagemagick).
# The PNGs are kept in the repository so a build needs no SVG renderer; run
# this after changing a drawing. Up to 22 px the pixel-grid drawing is used.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    drawing=servicedesk.svg
    [ "$size" -le 22 ] && drawing=servicedesk-16.svg
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "$drawing" -o "hicolor/${size}x${size}/servicedesk.png"
done
# The Windows icon (the .exe, the installer, the shortcuts) from the same sizes.
convert hicolor/{16x16,24x24,32x32,48x48,64x64,256x256}/servicedesk.png servicedesk.ico
