#!/usr/bin/env bash
# Load on `fixdesk serve`: wrk POSTs realistic pastes (the evaluation cases) to /api/v1/match and
# prints requests per second, p50/p90/p99 latency, errors and the server's memory before and after,
# for three set-ups: as shipped (answers of repeated pastes cached), every paste matched anew with
# one index connection per core, and every paste matched anew through a single connection (a lock).
#   bash Benchmarks/serve-load/run.sh [SECONDS] [CONNECTIONS] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"; connections="${2:-16}"; threads="${3:-2}"
command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
swift build -c release --product fixdesk >/dev/null
swift build -c release --product fixdesk-server >/dev/null  # what `fixdesk serve` runs
work="$(mktemp -d)"
server=""
trap '[ -z "$server" ] || kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 - "$work/pastes.txt" <<'PY'
import json, sys
out = open(sys.argv[1], "w")
for name in ["Tests/Evaluation/cases-handwritten.jsonl", "Tests/Evaluation/cases-structured.jsonl"]:
    for line in open(name, encoding="utf-8"):
        if line.strip():
            case = json.loads(line)
            out.write(json.dumps({"text": case["input"], "lang": case.get("want", "en")}, ensure_ascii=False) + "\n")
PY
measure() {
  local label="$1"; shift
  .build/release/fixdesk serve --port 0 "$@" >"$work/serve.out" 2>"$work/serve.err" &
  server=$!
  for _ in $(seq 1 300); do grep -q "http://" "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
  local address
  address="$(grep -o 'http://[0-9.]*:[0-9]*/' "$work/serve.out" | head -1)"
  [ -n "$address" ] || { echo "serve did not start:"; cat "$work/serve.err"; exit 1; }
  # Warm up, so the figures are of the steady state.
  wrk -t1 -c4 -d3s -s Benchmarks/serve-load/match.lua "$address" -- "$work/pastes.txt" >/dev/null
  local rss_before rss_after status=0
  rss_before="$(ps -o rss= -p "$server" | tr -d ' ')"
  echo "== $label (serve $*)"
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s Benchmarks/serve-load/match.lua "$address" -- "$work/pastes.txt" \
    | grep -E "^(errors|latency|requests/s)|Non-2xx|Socket errors"
  rss_after="$(ps -o rss= -p "$server" | tr -d ' ')"
  echo "server memory (RSS): ${rss_before} KiB after warm-up, ${rss_after} KiB after the run"
  kill -TERM "$server"; wait "$server" || status=$?; server=""
  echo "serve exit status after SIGTERM: $status"
}
echo "fixdesk serve: $(wc -l <"$work/pastes.txt") different pastes in turn, ${seconds} s each, ${connections} connections, ${threads} wrk threads, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure "as shipped: repeated pastes answered from the cache"
measure "every paste matched: one index connection per core" --answer-cache 0
measure "every paste matched: one index connection for all (a lock)" --answer-cache 0 --handles 1
