# Shared by the benchmark scripts (sourced, not run): pick a JDK 21+, check PostgreSQL, build the
# application, compile one benchmark's sources against a private copy of its classes, and run it.
#
#   bench_run NAME SOURCES MAIN_CLASS DEFAULT_HEAP [ARGS...]
#
# SOURCES is one folder, or several separated by spaces (a benchmark that calls another's code).
#
# Env: BENCH_SKIP_BUILD=1 uses target/classes as they are (no Maven run); BENCH_HEAP overrides the heap.

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -1; }

# Exports JAVA_HOME as a JDK 21+ (the one set, or the newest Temurin or Debian JDK found), or stops.
bench_java() {
  if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
    for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/temurin-21* /usr/lib/jvm/java-25* /usr/lib/jvm/java-21*; do
      if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then export JAVA_HOME="$candidate"; break; fi
    done
  fi
  [ -n "${JAVA_HOME:-}" ] || { echo "No JDK 21+ found; set JAVA_HOME" >&2; exit 1; }
}

bench_run() {
  local name=$1 sources=$2 main=$3 heap=$4
  shift 4
  bench_java

  if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    echo "PostgreSQL is not answering at 127.0.0.1:5432" >&2; exit 1
  fi

  local out="target/bench-$name"
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
  local classpath="$out/app-classes:$(cat "$out/classpath.txt")"

  echo "Compiling $sources ..."
  mkdir -p "$out/classes"
  "$JAVA_HOME/bin/javac" -nowarn --release 21 -encoding UTF-8 -proc:none -cp "$classpath" -d "$out/classes" \
    $(find $sources bench/common -name '*.java')

  exec "$JAVA_HOME/bin/java" -Xmx"${BENCH_HEAP:-$heap}" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
    -cp "$out/classes:$classpath" "$main" "$@"
}
