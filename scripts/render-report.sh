#!/usr/bin/env bash
# Renders a blocwatch report in headless Chromium and keeps a screenshot, to check by eye that the
# report opens offline and its charts look right.
#   scripts/render-report.sh ID [SCREENSHOT.png] [blocwatch options, e.g. --db /tmp/kb.db]
# Installs Chromium from Debian packages when missing. Network access is disabled for the page.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
id="${1:?usage: scripts/render-report.sh ID [SCREENSHOT.png] [blocwatch options]}"
shot="$(realpath -m "${2:-$root/target/report-$id.png}")"
shift $(( $# >= 2 ? 2 : 1 ))
mkdir -p "$(dirname "$shot")"
html="$(dirname "$shot")/report-$id.html"

command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

"$root/bin/blocwatch" report "$id" --out "$html" "$@"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --hide-scrollbars --screenshot="$shot" --window-size=1400,3000 "file://$html" 2>/dev/null
echo "report: $html"
echo "screenshot: $shot"
