#!/usr/bin/env bash
# Lints the API's OpenAPI document with Redocly CLI's recommended rules: boots the application on a
# throw-away embedded H2 with the document opened (bastion.public-docs=true), fetches /v3/api-docs,
# stops the application and runs `redocly lint --extends=recommended`. Exits with the lint's status:
# any error or warning fails. ApiDocumentTests holds the same main rules without npm.
#
#   bench/openapi/run.sh
#
# Env: OPENAPI_SKIP_BUILD=1 uses target/classes as they are (no Maven run); OPENAPI_PORT (default 18089);
# REDOCLY_PREFIX, where Redocly CLI is installed with npm when missing (default .redocly, git-ignored).
# Writes target/openapi/api-docs.json and the application's log target/openapi/app.log.
set -euo pipefail
cd "$(dirname "$0")/../.."

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/temurin-21* /usr/lib/jvm/java-25* /usr/lib/jvm/java-21*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
[ -n "${JAVA_HOME:-}" ] || { echo "No JDK 21+ found; set JAVA_HOME" >&2; exit 1; }

prefix=${REDOCLY_PREFIX:-.redocly}
if [ ! -x "$prefix/node_modules/.bin/redocly" ]; then
  echo "Installing Redocly CLI into $prefix ..."
  npm install --silent --prefix "$prefix" @redocly/cli
fi

out=target/openapi
mkdir -p "$out"
if [ "${OPENAPI_SKIP_BUILD:-0}" != 1 ]; then
  echo "Building the application classes (mvnw -o compile) ..."
  ./mvnw -B -ntp -o -q compile
fi
./mvnw -B -ntp -o -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/classpath.txt" >/dev/null

port=${OPENAPI_PORT:-18089}
data=$(mktemp -d)
"$JAVA_HOME/bin/java" -cp "target/classes:$(cat "$out/classpath.txt")" org.bastion.BastionApplication \
  --server.port="$port" --bastion.data-dir="$data" --bastion.public-docs=true >"$out/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$data"' EXIT

echo "Starting the application on port $port (log: $out/app.log) ..."
for _ in $(seq 1 180); do
  if curl -fsS -o "$out/api-docs.json" "http://127.0.0.1:$port/v3/api-docs" 2>/dev/null; then break; fi
  if ! kill -0 "$app" 2>/dev/null; then echo "The application stopped; see $out/app.log" >&2; exit 1; fi
  sleep 1
done
[ -s "$out/api-docs.json" ] || { echo "No document from /v3/api-docs; see $out/app.log" >&2; exit 1; }

npx --prefix "$prefix" redocly lint --extends=recommended --format=stylish "$out/api-docs.json"
