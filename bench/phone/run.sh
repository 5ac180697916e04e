#!/usr/bin/env bash
# The phone benchmark: the grid worker's day played in a real Chromium at 360 x 740 over an emulated 3G
# link (400 kbps down and up, 400 ms latency), against Bastion started with --demo in a JVM of its own.
# Prints each flow's taps, keystrokes, pages, bytes and times beside a trivial page over the same link,
# and the field pages' weights after the first load. Not a test; it never fails on time.
#
#   bench/phone/run.sh                                # starts Bastion --demo on embedded H2 (a fresh folder)
#   bench/phone/run.sh --base=http://127.0.0.1:8080   # plays against a Bastion --demo already running
#   bench/phone/run.sh --no-throttle                  # the same flows without the 3G emulation
#
# Options: --base=URL, --user=demo-grid, --hq=demo-county, --password=demo12345, --no-throttle.
# Env: BENCH_SKIP_BUILD=1 uses target/classes as they are (no Maven run); PHONE_PORT (default 18095) and
# PHONE_PERSONS (default 2000, the demo's population) for the Bastion it starts. Needs Debian's chromium and
# chromium-driver. A flow that fails leaves a screenshot and the page's HTML in target/bench-phone/.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || {
  echo "Chromium is missing: apt-get install -y chromium chromium-driver" >&2; exit 1; }

source bench/lib.sh
bench_java

out=target/bench-phone
mkdir -p "$out"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "Building the application classes (mvnw -o compile) ..."
  ./mvnw -B -ntp -o -q compile
fi
# Selenium is a test dependency: the bench's class path is the test scope's.
./mvnw -B -ntp -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/classpath.txt" >/dev/null
rm -rf "$out/app-classes" "$out/classes"
cp -r target/classes "$out/app-classes"
classpath="$out/app-classes:$(cat "$out/classpath.txt")"
mkdir -p "$out/classes"
"$JAVA_HOME/bin/javac" -nowarn --release 21 -encoding UTF-8 -proc:none -cp "$classpath" -d "$out/classes" \
  $(find bench/phone/src bench/common -name '*.java')

args=("$@")
if ! printf '%s\n' "$@" | grep -q '^--base='; then
  port=${PHONE_PORT:-18095}
  data=$(mktemp -d)
  "$JAVA_HOME/bin/java" -Xmx1g -cp "$classpath" org.bastion.BastionApplication --demo --server.port="$port" \
    --bastion.data-dir="$data" --bastion.demo.persons="${PHONE_PERSONS:-2000}" >"$out/app.log" 2>&1 &
  app=$!
  trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$data"' EXIT
  echo "Starting Bastion --demo on port $port (log: $out/app.log) ..."
  # The port answers before the demo's month is loaded; the demo accounts' sign-in answers after it.
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null -H 'Content-Type: application/json' \
        -d '{"username":"demo-grid","password":"demo12345"}' "http://127.0.0.1:$port/api/v1/auth/token" 2>/dev/null \
        && grep -q 'demo-grid' "$out/app.log"; then break; fi
    if ! kill -0 "$app" 2>/dev/null; then echo "Bastion stopped; see $out/app.log" >&2; exit 1; fi
    sleep 1
  done
  args+=("--base=http://127.0.0.1:$port")
fi

"$JAVA_HOME/bin/java" -Xmx512m -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -cp "$out/classes:$classpath" \
  org.bastion.bench.PhoneBench "${args[@]}" 2> >(grep -v '^WARNING\|CdpVersionFinder\|SLF4J' >&2)
