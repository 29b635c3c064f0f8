#!/bin/bash
# Runs once, when the PostgreSQL container starts on an empty data directory (docker-entrypoint-initdb.d):
# one login role and one database per service, and one for Keycloak. Each role owns only its database, and
# nobody else may connect to it. The passwords come from the container's environment (see .env).
set -euo pipefail

create_database() {
  local role=$1 password=$2
  if [ -z "$password" ]; then
    echo "init-databases: no password for $role (set it in .env)" >&2
    exit 1
  fi
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set=role="$role" --set=password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"role" FROM PUBLIC;
SQL
}

create_database cascade_directive "${DIRECTIVE_DB_PASSWORD:-}"
create_database cascade_plan "${PLAN_DB_PASSWORD:-}"
create_database cascade_reporting "${REPORTING_DB_PASSWORD:-}"
create_database keycloak "${KEYCLOAK_DB_PASSWORD:-}"
