#!/usr/bin/env bash
# make test, N times in a row (default 5), in a fresh clone of this repository, each run beside a
# CPU-bound process that keeps one core busy: how the suite is checked not to depend on timing on a
# loaded two-core machine. One line per run (commit, exit code, seconds, load average, pytest's summary);
# stops at nothing, so every run's result is seen.
#
#     tools/test_under_load.sh [RUNS] [CLONE_DIR]
set -uo pipefail
RUNS=${1:-5}
CLONE=${2:-$(mktemp -d /tmp/clearance-under-load-XXXXXX)}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
[ -d "$CLONE/.git" ] || git clone -q "$ROOT" "$CLONE"
cd "$CLONE" && git pull -q "$ROOT" HEAD
for run in $(seq 1 "$RUNS"); do
    python3 -c "while True: pass" &
    busy=$!
    start=$(date +%s)
    make test > "run$run.log" 2>&1
    code=$?
    kill "$busy"
    echo "run $run commit $(git rev-parse --short HEAD) exit $code $(( $(date +%s) - start )) s," \
         "load $(cut -d' ' -f1-3 /proc/loadavg): $(tail -n 1 "run$run.log")"
done
