#!/usr/bin/env bash
# Regenerates docs/screenshot.png, the README's picture of the window: the application built from this
# checkout, on a new database with the sample loaded, in a virtual X display, the Akce section shown.
# Needs Xvfb, xdotool and ImageMagick (Debian: apt-get install xvfb xdotool imagemagick) and a built jar
# (mvn -B package -DskipTests). Usage: scripts/readme-screenshot.sh [OUT.png]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/docs/screenshot.png}
jar=$root/app/target/briefing-desk.jar
[[ -f $jar ]] || { echo "no $jar: build it first (mvn -B package -DskipTests)" >&2; exit 2; }
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install xvfb xdotool imagemagick)" >&2; exit 2; }
done
work=$(mktemp -d)
display=":$((150 + RANDOM % 100))"
app=""
xvfb=""
cleanup() {
  [[ -n $app ]] && kill "$app" 2>/dev/null || true
  [[ -n $xvfb ]] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
java -jar "$jar" --db "$work/sample.db" sample >/dev/null
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
sleep 1
java -jar "$jar" --db "$work/sample.db" >"$work/app.log" 2>&1 &
app=$!
win=""
for _ in $(seq 1 120); do
  win=$(xdotool search --onlyvisible --name "Briefing Desk" 2>/dev/null | head -n1 || true)
  [[ -n $win ]] && break
  sleep 0.5
done
[[ -n $win ]] || { echo "the window did not appear; see the log:" >&2; cat "$work/app.log" >&2; exit 1; }
xdotool windowactivate --sync "$win" 2>/dev/null || true
sleep 5                       # the sections read their rows in the background
xdotool key --window "$win" ctrl+2
sleep 5                       # the rows, the detail of the first, the columns fitted to them
import -window "$win" "$out"
echo "wrote $out"
