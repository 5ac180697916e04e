#!/usr/bin/env bash
# The pushed-list benchmark: a CSV list of 1,000,000 rows validated, matched against 1,000,000 persons
# of the demo county and dispatched through the application on PostgreSQL, beside PostgreSQL's COPY
# of the same file measured in the same run. Not a test; it never fails on time.
#
#   bench/pushedlists/run.sh [--persons=1000000] [--rows=1000000] [--bad=300] [--reuse]
#
# --reuse keeps the database when it already holds the persons (loading them takes minutes).
# Env: BENCH_SKIP_BUILD=1 uses target/classes as they are (no Maven run); BENCH_HEAP (default 4g).
# Needs PostgreSQL at 127.0.0.1:5432, user postgres with trust auth; it drops and recreates the
# database bastion_bench_lists (and keeps it afterwards, for EXPLAIN and poking around).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
bench_run lists bench/pushedlists/src org.bastion.demo.PushedListBench 4g "$@"
