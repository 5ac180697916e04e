#!/usr/bin/env bash
# The health benchmark: readings ingested through the application one by one and in batches, beside
# a plain batched JDBC insert of the same kind of rows into the same partitioned table, on PostgreSQL.
# Not a test; it never fails on time.
#
#   bench/health/run.sh [READINGS] [--single=N] [--orders=N] [--batch=500]
#
# Env: BENCH_SKIP_BUILD=1 uses target/classes as they are (no Maven run); BENCH_HEAP (default 2g).
# Needs PostgreSQL at 127.0.0.1:5432, user postgres with trust auth; it drops and recreates the
# database bastion_bench_health (and keeps it afterwards, for EXPLAIN and poking around).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
bench_run health bench/health/src org.bastion.bench.HealthBench 2g "$@"
