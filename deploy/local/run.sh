#!/usr/bin/env bash
# Runs the suite on one machine without Docker: builds it, starts Postgres (the configured server or an embedded
# one), Kafka and Keycloak from the devstack, starts the services, loads the demo county and prints the addresses.
# Ctrl-C stops everything; data is kept in .devstack/ (and the Postgres databases) for the next run.
#   deploy/local/run.sh            build, start, load the demo county
#   deploy/local/run.sh --reset    the same on empty Kafka, Keycloak and databases
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
RESET=${1:-}

./mvnw -B -q -ntp install -DskipTests

DEVSTACK_CP="platform/devstack/target/classes:$(cat platform/devstack/target/devstack.classpath)"
rm -f .devstack/env
java -cp "$DEVSTACK_CP" org.gridsuite.devstack.Devstack up $RESET &
PIDS=($!)
cleanup() { kill "${PIDS[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

echo "waiting for Postgres, Kafka and Keycloak (Keycloak's first start takes a minute or two)..."
until [ -f .devstack/env ]; do
  kill -0 "${PIDS[0]}" 2>/dev/null || { echo "devstack failed to start"; exit 1; }
  sleep 2
done
set -a; . .devstack/env; set +a

# The demo county counts seven levels (秦村北社区's five below the street: 1/7/8/72/82).
export REGISTRY_LEVELS='county:县(市),township:乡镇(街道),village:村(社区)·一级网格,grid-2:二级网格,grid-3:三级网格,grid-4:四级网格,micro-grid:五级网格(微网格)'
mkdir -p .devstack/logs
PGDATABASE=grid_registry java -Dquarkus.http.port=8081 \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/grid_registry" \
  -jar services/grid-registry/target/quarkus-app/quarkus-run.jar > .devstack/logs/grid-registry.log 2>&1 &
PIDS+=($!)

java -Dquarkus.http.port=8082 \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/task_dispatch" \
  -jar services/task-dispatch/target/quarkus-app/quarkus-run.jar > .devstack/logs/task-dispatch.log 2>&1 &
PIDS+=($!)

for service in grid-registry:8081 task-dispatch:8082; do
  until java -cp "$DEVSTACK_CP" org.gridsuite.devstack.HttpReady "http://127.0.0.1:${service#*:}/q/health/ready"; do
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "${service%%:*} failed; see .devstack/logs/"; exit 1; }; done
    sleep 2
  done
done
java -cp "$DEVSTACK_CP" org.gridsuite.devstack.DemoLoader http://127.0.0.1:8081 deploy/demo/houma-demo.csv
java -cp "$DEVSTACK_CP" org.gridsuite.devstack.DemoDay http://127.0.0.1:8082

cat <<TXT

The grid governance suite runs:
  grid registry API   http://127.0.0.1:8081/api/v1/grid-units/141081001001   (OpenAPI: http://127.0.0.1:8081/q/openapi)
  task dispatch API   http://127.0.0.1:8082/api/v1/tasks   (OpenAPI: http://127.0.0.1:8082/q/openapi)
  live events (SSE)   http://127.0.0.1:8081/api/v1/events, http://127.0.0.1:8082/api/v1/events
  Keycloak            $OIDC_AUTH_SERVER_URL  (users: county-admin, township-admin, grid-chief, grid-worker, ...; password <user>-pw)
  Kafka               $KAFKA_BOOTSTRAP_SERVERS
  logs                $ROOT/.devstack/logs/
A token:  curl -s -d grant_type=password -d client_id=grid-api -d client_secret=grid-api-secret \\
            -d username=township-admin -d password=township-admin-pw $OIDC_AUTH_SERVER_URL/protocol/openid-connect/token
Press Ctrl-C to stop.
TXT
wait
