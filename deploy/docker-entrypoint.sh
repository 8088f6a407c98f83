#!/bin/sh
# The tracecase image's entrypoint: `tracecase "$@"`, with the database URL read from a file.
#
# TRACECASE_DB is a setting like any other, but its value holds a password, so deployments mount it
# as a file (a compose secret, a Kubernetes Secret volume) and name that file in DB_URL_FILE; it is
# read into the environment of this process only, never into the container's configuration.
set -eu
if [ -n "${DB_URL_FILE:-}" ]; then
    TRACECASE_DB="$(cat "$DB_URL_FILE")"
    export TRACECASE_DB
fi
exec tracecase "$@"
