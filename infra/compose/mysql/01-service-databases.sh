#!/bin/bash
# One database and one user per owning service (identity, analytics): no service reads another's
# store. The MySQL image runs this once, when its data volume is first initialised; the passwords
# come from docker-compose.yml (dev-only values).
set -euo pipefail

create_service_database() {
  local name=$1 password=$2
  MYSQL_PWD="$MYSQL_ROOT_PASSWORD" mysql --user=root <<SQL
CREATE DATABASE IF NOT EXISTS \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
CREATE USER IF NOT EXISTS '$name'@'%' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON \`$name\`.* TO '$name'@'%';
SQL
  echo "database and user '$name' created"
}

create_service_database identity "$IDENTITY_DB_PASSWORD"
create_service_database analytics "$ANALYTICS_DB_PASSWORD"
