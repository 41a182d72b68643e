#!/usr/bin/env bash
# Whole-process time of `fixdesk --help`, `match --json` on three pastes and `search`, on the bundled
# content: the median of RUNS runs each. Several binaries are run alternately, each with its own index
# (so an older build with another index format is compared fairly):
#   bash Benchmarks/process-start/run.sh 21                                   # .build/release/fixdesk
#   bash Benchmarks/process-start/run.sh 21 old=/path/to/fixdesk new=.build/release/fixdesk
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-21}
shift || true
[ $# -gt 0 ] || set -- "fixdesk=.build/release/fixdesk"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
setups=()
for setup in "$@"; do
  label=${setup%%=*}
  binary=$(realpath "${setup#*=}")
  index="$scratch/$label.sqlite"
  "$binary" index --content content --index "$index" >/dev/null
  setups+=("$label=$binary=$index")
done
python3 Benchmarks/process-start/measure.py "$runs" content "${setups[@]}"
