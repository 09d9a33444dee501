#!/usr/bin/env bash
# Installs missing prerequisites, then runs the whole platform through the AppHost.
# Loads demo data (--demo-data: 500 synthetic cases through the gateway). Arguments go to the AppHost: --fresh (wipe .state/), --dashboard-port N, --otlp URL, --state DIR.
# The AppHost is built, then exec'd itself (not through `dotnet run`), so this script's pid is the AppHost's:
# Ctrl+C or SIGTERM to it stops every process and server it started.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-prerequisites.sh
dotnet build -nologo -v q CollectionsPlatform.AppHost/CollectionsPlatform.AppHost.csproj
exec dotnet CollectionsPlatform.AppHost/bin/Debug/net10.0/CollectionsPlatform.AppHost.dll --demo-data "$@"
