#!/usr/bin/env bash
# The coverage benchmark: a screening round over the whole demo county with 300,000 households on
# PostgreSQL; prints the time to open it and the coverage latency for the county, a township and a
# village beside a trivial SELECT 1 round trip. Not a test; it never fails on time.
#
#   bench/coverage/run.sh [HOUSEHOLDS] [--samples=300] [--warmup=100]
#
# Env: BENCH_SKIP_BUILD=1 uses target/classes as they are (no Maven run); BENCH_HEAP (default 2g).
# Needs PostgreSQL at 127.0.0.1:5432, user postgres with trust auth; it drops and recreates the
# database bastion_bench_cov (and keeps it afterwards, for EXPLAIN and poking around).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
bench_run coverage bench/coverage/src org.bastion.bench.CoverageBench 2g "$@"
