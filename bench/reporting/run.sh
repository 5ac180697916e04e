#!/usr/bin/env bash
# The reporting benchmark: a unit's daily report, the county's roll-up and completeness timed with wrk
# from outside the server's JVM, beside a trivial endpoint and the same SQL over plain JDBC, on PostgreSQL.
# Not a test; it never fails on time.
#
#   bench/reporting/run.sh                      # 1,000,000 persons, 3,000 units (about 15 minutes of set-up)
#   bench/reporting/run.sh --quick              # 20,000 persons, 400 units, 3 s per figure: a dry run
#   bench/reporting/run.sh --reuse              # keep the county, time again
#   bench/reporting/run.sh --set-up-only        # fill the county and stop
#
# Options: --persons=N, --units=N, --seconds=N (25), --warmup=N (5), --reuse, --set-up-only, --quick.
# Env: BENCH_SKIP_BUILD=1 uses target/classes as they are (no Maven run); BENCH_HEAP (default 1g, the
# bench's own JVM; the server gets 2g). Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust) and wrk.
# Drops and recreates the database bastion_bench_reports (unless --reuse) and keeps it afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
source bench/lib.sh
bench_run reporting "bench/reporting/src bench/health/src" org.bastion.bench.ReportingBench 1g "$@"
