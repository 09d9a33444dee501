#!/usr/bin/env bash
# Installs missing prerequisites, then runs the whole platform through the AppHost.
# Loads demo data (--demo-data: 500 synthetic cases through the gateway). Arguments go to the AppHost: --fresh (wipe .state/), --dashboard-port N, --otlp URL, --state DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-prerequisites.sh
exec dotnet run --project CollectionsPlatform.AppHost -- --demo-data "$@"
