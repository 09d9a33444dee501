#!/usr/bin/env bash
# Delinquency intake benchmark (on demand, not in CI): a synthetic portfolio of 100,000 and 1,000,000 accounts
# through ImportDelinquencies on the real Cases host with real PostgreSQL, Redis and RabbitMQ; accounts/s with
# cases committed and the outbox drained, against a plain PostgreSQL COPY of the same rows.
# Usage: scripts/bench-intake.sh [accounts...]   env: BENCH_CHUNK, BENCH_WRITERS, BENCH_OUTBOX_BATCH
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release -v q -nologo src/Services/Cases/CollectionsPlatform.Cases.csproj
uptime
dotnet run -c Release --project tests/CollectionsPlatform.Benchmarks.Intake -- "$@"
uptime
