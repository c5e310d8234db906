#!/usr/bin/env bash
# `npm test`: everything, in the order that fails fastest and in two lanes that keep both cores busy.
#  1. The browser check (one paragraph per missing engine, before anything is built).
#  2. Typecheck and the one build, side by side.
#  3. Two lanes at once, each prefixing its lines so that the interleaved log still reads lane by lane:
#       web:  the browser suite in each engine of TEST_ENGINES but Firefox (Chromium, then WebKit);
#       node: the Node suites, the end-to-end vote test, the vote server's tests, then the browser
#             suite in Firefox when asked.
#     One engine per lane and one page per engine at a time: most of a browser run is waiting on pages
#     and servers, so the lanes overlap well (see README, "CI").
# TEST_ENGINES: a comma list of chromium, firefox, webkit (default: chromium). Exit 1 if any step failed;
# every step runs anyway, and a summary of the figures comes at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
export TEST_ENGINES="${TEST_ENGINES:-chromium}"

node scripts/browsers.mjs || exit 1

npm run typecheck > /tmp/verdict-typecheck.$$.log 2>&1 &
typecheck=$!
npm run build || exit 1
if ! wait "$typecheck"; then cat /tmp/verdict-typecheck.$$.log; echo "typecheck failed"; exit 1; fi
rm -f /tmp/verdict-typecheck.$$.log

has() { [[ ",${TEST_ENGINES}," == *",$1,"* ]]; }
# Runs "$@", says how long it took and whether it passed; returns its status.
timed() {
  local label="$1" t0 rc=0
  shift
  t0=$(date +%s)
  "$@" || rc=$?
  echo "::: ${label}: $([ "$rc" -eq 0 ] && echo passed || echo "FAILED ($rc)") in $(( $(date +%s) - t0 )) s"
  return "$rc"
}
engine() { timed "browser suite in $1" env TEST_ENGINES="$1" npx wtr; }
web_lane() {
  local rc=0
  for e in chromium webkit; do if has "$e"; then engine "$e" || rc=1; fi; done
  return "$rc"
}
node_lane() {
  local rc=0
  timed "node tests" npm run test:node || rc=1
  timed "end-to-end vote test" npm run test:e2e || rc=1
  timed "vote server tests" npm run test:server || rc=1
  if has firefox; then engine firefox || rc=1; fi
  return "$rc"
}
lanes_log=$(mktemp)
lane() {
  local name="$1"
  shift
  "$@" > >(sed -u "s/^/[${name}] /" | tee -a "$lanes_log") 2>&1
}
lane web web_lane &
web=$!
lane node node_lane &
node=$!
failed=0
wait "$web" || failed=1
wait "$node" || failed=1
# Let the prefixing finish its last lines, then repeat the lanes' figures in one place.
sleep 1
echo "::: summary"
grep -aE '::: |tests: [0-9]+ passed|test files \| [0-9]+ passed|^\[node\] # (pass|fail) ' "$lanes_log" || true
rm -f "$lanes_log"
exit "$failed"
