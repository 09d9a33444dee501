#!/usr/bin/env bash
# Adds an EF Core migration to one service's database, through the design-time host tools/DesignHost.
#   scripts/add-migration.sh <Service> <MigrationName>      e.g. scripts/add-migration.sh Contacts AddContactAttempts
# The migration lands in src/Services/<Service>/Data/Migrations; the service applies it at start-up.
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
# DesignService narrows the design host's references to this one service (an MSBuild property read from the environment).
DesignService="$service" dotnet ef migrations add "$name" \
  --project "$project" \
  --startup-project tools/DesignHost/CollectionsPlatform.DesignHost.csproj \
  --context "${service}DbContext" \
  --output-dir Data/Migrations

# EF Core writes block-scoped namespaces; mark the folder as generated code so the style rules skip it.
editorconfig="src/Services/$service/Data/Migrations/.editorconfig"
if [[ ! -f "$editorconfig" ]]; then
  printf '# EF Core writes migrations with block namespaces: treat them as generated code.\n[*.cs]\ngenerated_code = true\n' > "$editorconfig"
fi
