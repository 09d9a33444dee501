#!/usr/bin/env bash
# Adds an EF Core migration to one service's database with the repository's dotnet-ef (.config/dotnet-tools.json),
# run against the service project itself (it references Microsoft.EntityFrameworkCore.Design; no database is contacted).
#   scripts/add-migration.sh <Service> <MigrationName>      e.g. scripts/add-migration.sh Contacts AddContactAttempts
# The migration lands in src/Services/<Service>/Data/Migrations; the service applies it at start-up, before it reports ready.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 <Service> <MigrationName>   (Service: Cases, Contacts, PaymentPlans, Consent, Complaints)" >&2
  exit 2
fi

service="$1"
name="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="src/Services/$service/CollectionsPlatform.$service.csproj"

cd "$root"
if [[ ! -f "$project" ]]; then
  echo "no service project $project" >&2
  exit 2
fi

dotnet tool restore >/dev/null
# dotnet ef builds the service's own host to get its DbContext: give it the connection strings the AppHost would pass
# (placeholders: adding a migration contacts neither PostgreSQL nor RabbitMQ).
database="$(tr '[:upper:]' '[:lower:]' <<< "$service")db"
export "ConnectionStrings__$database=${DESIGN_DATABASE:-Host=127.0.0.1;Database=$database;Username=postgres}"
export ConnectionStrings__eventbus="${DESIGN_EVENTBUS:-amqp://guest:guest@127.0.0.1:5672}"
dotnet ef migrations add "$name" \
  --project "$project" \
  --context "${service}DbContext" \
  --output-dir Data/Migrations

# EF Core writes block-scoped namespaces; mark the folder as generated code so the style rules skip it.
editorconfig="src/Services/$service/Data/Migrations/.editorconfig"
if [[ ! -f "$editorconfig" ]]; then
  printf '# EF Core writes migrations with block namespaces: treat them as generated code.\n[*.cs]\ngenerated_code = true\n' > "$editorconfig"
fi
