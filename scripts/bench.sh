#!/bin/sh
# Builds the release preset and runs every benchmark in bench/: each prints its figures and
# their ratio to the budgets of DESIGN section 11. Nothing here is a pass/fail test.
set -eu
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release --target bench_gateway_ingest bench_register_record bench_register_drain \
    bench_register_startup holdfast-gateway
bin=build/release/bin
echo "== recording one offline payment"; "$bin/bench_register_record"
echo "== draining 1000 queued payments"; "$bin/bench_register_drain"
echo "== gateway ingest";                "$bin/bench_gateway_ingest"
# The register signs a manager in, so it needs a Secret Service: a throw-away one.
echo "== register start-up"; QT_QPA_PLATFORM=offscreen tests/support/run-test.sh keyring \
    "$PWD/$bin/bench_register_startup"
