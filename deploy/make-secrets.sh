#!/bin/sh
# Create the secret files docker-compose.yml mounts (deploy/secrets/): a random PostgreSQL password,
# the database URL that uses it, and a random redaction key. Existing files are kept.
# The directory is private to you (0700); the files inside are world-readable (0644) only because
# compose mounts them as they are into containers that run as other users (tracecase runs as 10001).
set -eu
cd "$(dirname "$0")/secrets"
chmod 700 .
random() { od -An -N32 -tx1 /dev/urandom | tr -d ' \n'; }
umask 022
if [ ! -s postgres_password ]; then random > postgres_password; fi
if [ ! -s tracecase_db_url ]; then
    printf 'postgresql+psycopg://tracecase:%s@postgres:5432/tracecase' "$(cat postgres_password)" > tracecase_db_url
fi
if [ ! -s redaction_key ]; then random > redaction_key; fi
echo "secrets in $(pwd): postgres_password tracecase_db_url redaction_key"
