#!/usr/bin/env bash
# The checkpoint benchmark: passages registered through the API one by one and in batches, beside a
# trivial endpoint behind the same sign-in and a plain batched JDBC insert of the same rows; a month's
# rosters for 40 checkpoints; a checkpoint's and the county's figures of a day beside the same SQL over
# plain JDBC. On PostgreSQL, the server in a JVM of its own, the load from the bench's JVM. Not a test;
# it never fails on time.
#
#   bench/checkpoints/run.sh                         # 10,000,000 passages of history
#   bench/checkpoints/run.sh --passages=200000       # a quick run
#
# Options: --passages=N (10,000,000), --checkpoints=N (40), --days=N (60), --single=N (20,000),
# --batched=N (200,000), --batch=N (200, the API's maximum), --clients=N (32), --batch-clients=N (4),
# --reuse (keep the database and its history).
# Env: BENCH_SKIP_BUILD=1 uses target/classes as they are (no Maven run); BENCH_HEAP (default 1g, the
# bench's own JVM; the server gets 2g, -Dbench.server.heap). Needs PostgreSQL at 127.0.0.1:5432 (user
# postgres, trust). Drops and recreates the database bastion_bench_checkpoints (unless --reuse) and keeps
# it afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
bench_run checkpoints "bench/checkpoints/src bench/health/src bench/reporting/src" org.bastion.bench.CheckpointBench 1g "$@"
