#!/usr/bin/env bash
# Installs missing prerequisites, builds with warnings as errors, runs every test project of the
# solution (real PostgreSQL, Redis and RabbitMQ started by the fixtures), and prints one line:
# "N passed, N failed, N skipped" summed over all trx files. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-prerequisites.sh

results="TestResults/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$results"
dotnet build CollectionsPlatform.sln -warnaserror
set +e
dotnet test CollectionsPlatform.sln --no-build --logger "trx" --results-directory "$results"
test_exit=$?
set -e

passed=0; failed=0; skipped=0; files=0
while IFS= read -r trx; do
  files=$((files + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  p="$(value passed)"; f="$(value failed)"; e="$(value error)"; t="$(value timeout)"; x="$(value notExecuted)"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0}))
  skipped=$((skipped + ${x:-0}))
done < <(find "$results" -name '*.trx')

if { [ "$files" -eq 0 ] || [ "$test_exit" -ne 0 ]; } && [ "$failed" -eq 0 ]; then
  failed=$((failed + 1))   # dotnet test failed without a result (crash, no trx): count it
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
