#!/usr/bin/env bash
# Runs two builds of fixdesk-bench one after the other, alternating, on the same synthetic corpora,
# so that their figures can be compared as ratios within one run on a shared machine.
#
# Usage: bash Benchmarks/fixdesk-bench/side-by-side.sh NEW_BENCH OLD_BENCH [N ...]   (default N: 2000 20000)
#   NEW_BENCH, OLD_BENCH: fixdesk-bench binaries (FIXDESK_BENCH=1 swift build -c release --product fixdesk-bench,
#   once in each checkout, or with --scratch-path). ROUNDS (default 3) rounds of: new, old for each N.
# Each corpus is written once by NEW_BENCH (--corpus) and measured in place by both (--existing);
# each run builds its own index from scratch. CORPORA=DIR keeps the corpora in DIR and reuses them.
# Run from the package root.
set -euo pipefail
new=${1:?usage: $0 NEW_BENCH OLD_BENCH [N ...]}
old=${2:?usage: $0 NEW_BENCH OLD_BENCH [N ...]}
shift 2
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 20000)
rounds=${ROUNDS:-3}
if [ -n "${CORPORA:-}" ]; then
    work=$CORPORA
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
for n in "${sizes[@]}"; do
    [ -d "$work/corpus-$n" ] || "$new" --corpus "$work/corpus-$n" "$n"
done
for round in $(seq 1 "$rounds"); do
    for n in "${sizes[@]}"; do
        for build in new old; do
            binary=$new
            [ "$build" = old ] && binary=$old
            echo "== round $round, $build, $n per language"
            "$binary" --existing "$work/corpus-$n" "$n" | sed -n '/articles per language/,$p'
        done
    done
done
