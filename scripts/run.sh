#!/usr/bin/env bash
# Installs missing prerequisites, builds the AppHost (and with it every service), then runs it: DCP starts PostgreSQL,
# Redis, RabbitMQ, the services, the gateway and the demo data seeder, and the Aspire dashboard shows them.
# Usage: scripts/run.sh [--fresh] [AppHost args...]   --fresh wipes .state/ (databases, broker, ports) first.
# Local development only: plain http on loopback, anonymous dashboard. DASHBOARD_PORT (default 18888) is taken when
# free, else the next free one. The AppHost is exec'd (not `dotnet run`), so Ctrl+C or SIGTERM reach it directly and
# it stops every process it started.
set -euo pipefail
cd "$(dirname "$0")/.."

fresh=0
args=()
for arg in "$@"; do
  if [ "$arg" = "--fresh" ]; then fresh=1; else args+=("$arg"); fi
done

./scripts/install-prerequisites.sh
dotnet build -nologo -v q CollectionsPlatform.AppHost/CollectionsPlatform.AppHost.csproj
if [ "$fresh" = 1 ]; then rm -rf .state; fi

is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port_from() { local port=$1; while ! is_free "$port"; do port=$((port + 1)); done; echo "$port"; }
dashboard=$(free_port_from "${DASHBOARD_PORT:-18888}")
otlp=$(free_port_from $((dashboard + 1)))
resources=$(free_port_from $((otlp + 1)))

export DOTNET_ENVIRONMENT=Development ASPNETCORE_ENVIRONMENT=Development
export ASPNETCORE_URLS="http://127.0.0.1:$dashboard"
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL="http://127.0.0.1:$otlp"
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL="http://127.0.0.1:$resources"
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS=true
echo "dashboard: http://127.0.0.1:$dashboard"
exec dotnet CollectionsPlatform.AppHost/bin/Debug/net10.0/CollectionsPlatform.AppHost.dll ${args[@]+"${args[@]}"}
