#!/usr/bin/env bash
# Installs what the platform needs on a fresh Debian machine with the .NET 10 SDK:
# PostgreSQL, Redis, RabbitMQ and nghttp2-client (apt, only when missing), npm packages of the
# test folders that have a package-lock.json, and the repository's dotnet tools.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
{ [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] && command -v epmd >/dev/null 2>&1; } || missing+=(rabbitmq-server)
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || missing+=(postgresql)
command -v h2load >/dev/null 2>&1 || missing+=(nghttp2-client)

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-prerequisites: installing ${missing[*]}"
  # refresh the package lists only when they are absent or a first install attempt fails
  if ! compgen -G "/var/lib/apt/lists/*_Packages" >/dev/null; then
    as_root apt-get update
  fi
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"; then
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  fi
fi

# Debian starts the freshly installed servers as system services where systemd runs; the AppHost and
# the tests start their own on free ports, so nothing else is needed here.

if command -v npm >/dev/null 2>&1; then
  while IFS= read -r lock; do
    dir="$(dirname "$lock")"
    if [ ! -d "$dir/node_modules" ] || [ "$lock" -nt "$dir/node_modules" ]; then
      echo "install-prerequisites: npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  done < <(find tests -name package-lock.json -not -path "*/node_modules/*" 2>/dev/null)
fi

for manifest in .config/dotnet-tools.json dotnet-tools.json; do
  if [ -f "$manifest" ]; then
    dotnet tool restore >/dev/null
    break
  fi
done
