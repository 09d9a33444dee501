#!/usr/bin/env bash
# Crash-safety run (on demand, not in CI): payments through the gateway while PostgreSQL backends, the postmaster,
# RabbitMQ, Redis and the cases/paymentplans services are SIGKILLed and restarted (the dashboard's restart command);
# then every payment is counted in casesdb and paymentplansdb and each case's balance is checked. Exit 0 only when no
# effect was lost or doubled and no call answered INTERNAL. Starts the real AppHost in a temp state folder; stops it.
# Usage: scripts/chaos-payments.sh [--payments 680] [--rounds 2] [--kills 17] [--workers 4] [--kill-interval 10]
#                                  [--demo-accounts 40] [--minutes 15]   (or the same as env: PAYMENTS=…, KILL_INTERVAL=…)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -v q -nologo scripts/chaos-payments/CollectionsPlatform.ChaosPayments.csproj
exec dotnet run --no-build --project scripts/chaos-payments/CollectionsPlatform.ChaosPayments.csproj -- "$@"
