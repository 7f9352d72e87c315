#!/usr/bin/env bash
# Starts LatentLab in a virtual display and saves a screenshot of the window.
# Needs: apt-get install xvfb imagemagick x11-utils
# Usage: docs/screenshot.sh OUT.png [SECONDS_TO_WAIT] [extra java args...]
set -euo pipefail
out=${1:?output png}; wait=${2:-20}; shift $(( $# > 1 ? 2 : 1 ))
cd "$(dirname "$0")/.."
[ -f target/latentlab.jar ] || mvn -B -q package -DskipTests
display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1400x950x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
DISPLAY=$display java -Dprism.forceGPU=true "$@" -jar target/latentlab.jar &
app=$!
sleep "$wait"
id=$(DISPLAY=$display xwininfo -root -tree | awk '/"LatentLab"/ {print $1; exit}')
DISPLAY=$display import -window "${id:-root}" "$out"
echo "saved $out"
