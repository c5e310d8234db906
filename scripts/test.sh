#!/usr/bin/env bash
# `npm test`: everything, in the order that fails fastest.
#  1. The browser check (one paragraph per missing engine, before anything is built).
#  2. Typecheck and the one build, side by side.
#  3. Three lanes at once, each one step after another, each step timed:
#       webkit:   the browser suite in WebKitGTK (the slowest engine), then the end-to-end vote test
#       chromium: the browser suite in Chromium, then in Firefox ESR
#       node:     the Node suites, then the vote server's tests (SQLite and PostgreSQL)
#     A browser suite is one wtr run per engine, one page at a time, on a port of its own.
# TEST_ENGINES: a comma list of chromium, firefox, webkit (default: all three; a missing engine stops
# the run before anything is built, saying what to install). TEST_LANES=1 runs every step one after
# the other instead (slower; for a machine that must not be shared). Exit 1 if any step failed;
# every step runs anyway, and each lane's output is printed whole when it ends.
set -uo pipefail
cd "$(dirname "$0")/.."
export TEST_ENGINES="${TEST_ENGINES:-chromium,firefox,webkit}"

node scripts/browsers.mjs || exit 1

logs=$(mktemp -d "${TMPDIR:-/tmp}/verdict-test.XXXXXX")
trap 'rm -rf "$logs"' EXIT

npm run typecheck > "$logs/typecheck.log" 2>&1 &
typecheck=$!
npm run build || exit 1
if ! wait "$typecheck"; then cat "$logs/typecheck.log"; echo "typecheck failed"; exit 1; fi

has() { [[ ",${TEST_ENGINES}," == *",$1,"* ]]; }

# Runs "$@" and says (in the lane's log and here, at once) how long it took and whether it passed.
timed() {
  local label="$1" t0 rc=0 line
  shift
  t0=$(date +%s)
  "$@" || rc=$?
  line="::: ${label}: $([ "$rc" -eq 0 ] && echo passed || echo "FAILED ($rc)") in $(( $(date +%s) - t0 )) s"
  echo "$line"
  echo "$line" >&3
  echo "$line" >> "$logs/steps"
  return "$rc"
}
browser_suite() { TEST_ENGINES="$1" npx wtr; }

lane_webkit() {
  local rc=0
  if has webkit; then timed "browser suite (webkit)" browser_suite webkit || rc=1; fi
  timed "end-to-end vote test" npm run test:e2e || rc=1
  return "$rc"
}
lane_chromium() {
  local rc=0
  if has chromium; then timed "browser suite (chromium)" browser_suite chromium || rc=1; fi
  if has firefox; then timed "browser suite (firefox)" browser_suite firefox || rc=1; fi
  return "$rc"
}
lane_node() {
  local rc=0
  timed "node tests" npm run test:node || rc=1
  timed "vote server tests" npm run test:server || rc=1
  return "$rc"
}

failed=0
lanes=(webkit chromium node)
if [ "${TEST_LANES:-3}" = "1" ]; then
  for lane in "${lanes[@]}"; do "lane_$lane" 3>/dev/null || failed=1; done
  echo "::: summary"; cat "$logs/steps"
  exit "$failed"
fi

# Each lane writes to its own log (printed whole when the lane ends); step results show here at once.
declare -A pids
for lane in "${lanes[@]}"; do
  "lane_$lane" 3>&1 > "$logs/$lane.log" 2>&1 &
  pids[$lane]=$!
done
remaining=("${lanes[@]}")
while [ ${#remaining[@]} -gt 0 ]; do
  wait -n "${pids[@]}" 2>/dev/null || true
  next=()
  for lane in "${remaining[@]}"; do
    if kill -0 "${pids[$lane]}" 2>/dev/null; then next+=("$lane"); continue; fi
    wait "${pids[$lane]}" || failed=1
    echo "::::::::: lane ${lane}: output"
    cat "$logs/$lane.log"
    echo "::::::::: lane ${lane}: end"
  done
  remaining=("${next[@]}")
done
echo "::: summary"; cat "$logs/steps"
exit "$failed"
