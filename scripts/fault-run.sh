#!/usr/bin/env bash
# A fault run, by hand (not in CI): kills blocwatch with SIGKILL at random moments during the set-up
# of a new KB and during ingests, then checks what is left: the curated data is complete, every
# input file is stored exactly once, and the search index holds every stored document.
# Usage: scripts/fault-run.sh [KILLS] [DOCUMENTS]   (defaults 30 and 300; needs a built jar)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bw="$root/bin/blocwatch"
kills="${1:-30}" documents="${2:-300}"
work="$(mktemp -d "${TMPDIR:-/tmp}/blocwatch-fault.XXXXXX")"
db="$work/kb.db" corpus="$work/corpus"
fail() { echo "fault run FAILED: $*" >&2; echo "(kept $work)" >&2; exit 1; }

# invented documents, each with the probe word that finds it in the index
words=(Zollrat Steppenstaaten Minister beraten Getreide Weizen Gerste Sommer Herbst Sitzung Abgaben Vertrag Gipfel Grenze Handel)
mkdir -p "$corpus"
for ((d = 0; d < documents; d++)); do
  text=""
  for ((w = 0; w < 240; w++)); do text+="${words[RANDOM % ${#words[@]}]} "; done
  printf 'Bericht %d\n\nStand: %02d.03.2024\n\nFaultprobe %s.\n' "$d" $((d % 28 + 1)) "$text" > "$corpus/doc$d.txt"
done

"$bw" --version >/dev/null   # builds the jar and its class-data archive first, so that kills hit blocwatch itself
for ((k = 1; k <= kills; k++)); do
  if ((k % 2)); then
    rm -rf "$db" "$db"-* "$db".*            # a kill during "creating the knowledge base"
    "$bw" members CSTO --at 2010 --db "$db" >/dev/null 2>&1 &
  else
    "$bw" ingest "$corpus" --db "$db" >/dev/null 2>&1 &
  fi
  pid=$!
  sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 0.3 + (r % 300) / 100 }')"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # after every set-up kill the next command must find (and complete) a usable KB
  if ((k % 2)); then
    out="$("$bw" members CSTO --at 2010-01-01 --db "$db" 2>/dev/null)" || fail "members after kill $k"
    grep -q '^  RUS ' <<<"$out" || fail "the curated data is incomplete after kill $k"
  fi
  echo "kill $k/$kills done"
done

"$bw" ingest "$corpus" --db "$db" >/dev/null 2>&1 || fail "the last ingest"
init="$("$bw" init --db "$db")"
grep -q '(0 new, [0-9]* unchanged, 0 retracted)' <<<"$init" || fail "init found curated facts missing: $init"
stored="$("$bw" docs --json --db "$db" | grep -c '"doc" :')"
[ "$stored" -eq "$documents" ] || fail "$stored documents stored for $documents files"
indexed="$("$bw" search Faultprobe --limit 1000000 --json --db "$db" | grep -c '"doc" :')"
[ "$indexed" -eq "$documents" ] || fail "the index finds $indexed of $documents documents"
again="$("$bw" ingest "$corpus" --db "$db" 2>&1)"
grep -q "0 ingested, $documents already present, 0 failed" <<<"$again" || fail "a repeated ingest: $again"
echo "fault run passed: $kills kills; curated data complete, $stored documents stored once each, all indexed"
rm -rf "$work"
