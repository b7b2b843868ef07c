#!/usr/bin/env bash
# Generates the next school-database migration from db/schema and re-bundles the migrations,
# holding a lock so two developers working at once never write clashing migrations.
#   bash scripts/db-generate.sh <name>          e.g. notices
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/db-generate.sh <migration-name>}"
exec 9>/tmp/smart-campus-db-generate.lock
flock 9
npx drizzle-kit generate --config db/drizzle.school.config.ts --name "$name"
node_modules/.bin/bun run db/bundle-migrations.ts
