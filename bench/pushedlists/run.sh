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

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/temurin-21* /usr/lib/jvm/java-25* /usr/lib/jvm/java-21*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
[ -n "${JAVA_HOME:-}" ] || { echo "No JDK 21+ found; set JAVA_HOME" >&2; exit 1; }

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "PostgreSQL is not answering at 127.0.0.1:5432" >&2; exit 1
fi

out=target/bench-lists
mkdir -p "$out"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "Building the application classes (mvnw -o compile) ..."
  ./mvnw -o -q compile
fi
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath.txt" >/dev/null

# A private copy of the application classes: other builds share target/ and may recompile
# target/classes while this run is still loading classes from it.
rm -rf "$out/app-classes" "$out/classes"
cp -r target/classes "$out/app-classes"
classpath="$out/app-classes:$(cat "$out/classpath.txt")"

echo "Compiling bench/pushedlists/src ..."
mkdir -p "$out/classes"
"$JAVA_HOME/bin/javac" -nowarn --release 21 -encoding UTF-8 -proc:none -cp "$classpath" -d "$out/classes" \
  $(find bench/pushedlists/src -name '*.java')

exec "$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-4g}" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  -cp "$out/classes:$classpath" org.bastion.demo.PushedListBench "$@"
