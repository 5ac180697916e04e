#!/usr/bin/env bash
# The people benchmark: registration rate and township-scoped search latency on PostgreSQL,
# beside a plain batched insert and a plain indexed lookup. Not a test; it never fails on time.
#
#   bench/run-people.sh [PERSONS] [--searches=2000] [--warmup=300] [--rewrite] [--load-only]
#
# Env: BENCH_SKIP_BUILD=1 uses target/classes as they are (no Maven run);
#      BENCH_HEAP (default 8g) sets -Xmx.
# Needs PostgreSQL at 127.0.0.1:5432, user postgres with trust auth; it drops and recreates the
# database bastion_bench (and keeps it afterwards, for EXPLAIN and poking around).
set -euo pipefail
cd "$(dirname "$0")/.."

# A JDK 21+, picked as .ci/run does (the machine's default java may be older).
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

out=target/bench
mkdir -p "$out"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "Building the application classes (mvnw -o compile) ..."
  ./mvnw -o -q compile
fi
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath.txt" >/dev/null

# A private copy of the application classes: other builds share target/ and may clean or
# recompile target/classes while a long run is still loading classes from it.
rm -rf "$out/app-classes" target/bench-classes
cp -r target/classes "$out/app-classes"
classpath="$out/app-classes:$(cat "$out/classpath.txt")"

echo "Compiling bench/src ..."
mkdir -p target/bench-classes
"$JAVA_HOME/bin/javac" -nowarn --release 21 -encoding UTF-8 -proc:none -cp "$classpath" -d target/bench-classes \
  $(find bench/src bench/common -name '*.java')

exec "$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-8g}" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  -cp "target/bench-classes:$classpath" org.bastion.demo.PeopleBench "$@"
