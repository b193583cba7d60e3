#!/usr/bin/env bash
# Runs the suite on one machine without Docker: builds it, starts Postgres (the configured server or an embedded
# one), Kafka and Keycloak from the devstack, starts the services, loads the demo county and prints the addresses.
# Ctrl-C stops everything; data is kept in .devstack/ (and the Postgres databases) for the next run.
#   deploy/local/run.sh            build, start, load the demo county
#   deploy/local/run.sh --reset    the same on empty Kafka, Keycloak and databases
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
. .mvn/select-jdk.sh   # a JDK 21+ for the build, the devstack and the services
java() { "$JAVA_HOME/bin/java" "$@"; }
RESET=${1:-}

./mvnw -B -q -ntp install -DskipTests

DEVSTACK_CP="platform/devstack/target/classes:$(cat platform/devstack/target/devstack.classpath)"
rm -f .devstack/env
java -cp "$DEVSTACK_CP" cn.wanggezhili.devstack.Devstack up $RESET &
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
# service:port:database, in the order they start; each reads the others' topics, never calls them
SERVICES="grid-registry:8081:grid_registry task-dispatch:8082:task_dispatch scoring:8083:scoring mediation:8084:mediation points-store:8085:points_store command-center:8086:command_center"
for entry in $SERVICES; do
  IFS=: read -r name port db <<<"$entry"
  java -Dquarkus.http.port="$port" -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
    -jar "services/$name/target/quarkus-app/quarkus-run.jar" > ".devstack/logs/$name.log" 2>&1 &
  PIDS+=($!)
done

for entry in $SERVICES; do
  IFS=: read -r name port db <<<"$entry"
  until java -cp "$DEVSTACK_CP" cn.wanggezhili.devstack.HttpReady "http://127.0.0.1:$port/q/health/ready"; do
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "$name failed; see .devstack/logs/"; exit 1; }; done
    sleep 2
  done
done
# The demo stories (deploy/demo) need only the JDK: their classes are the whole classpath.
DEMO_CP="deploy/demo/target/classes"
java -cp "$DEMO_CP" cn.wanggezhili.demo.DemoLoader http://127.0.0.1:8081 deploy/demo/houma-demo.csv
java -cp "$DEMO_CP" cn.wanggezhili.demo.DemoDay http://127.0.0.1:8082
java -cp "$DEMO_CP" cn.wanggezhili.demo.MediationDemo http://127.0.0.1:8084
# scoring learns staff and households from the registry's events; its settlement credits the points store's accounts
java -cp "$DEMO_CP" cn.wanggezhili.demo.ScoringDemo http://127.0.0.1:8083
java -cp "$DEMO_CP" cn.wanggezhili.demo.PointsStoreDemo http://127.0.0.1:8085

cat <<TXT

The grid governance suite runs:
  dashboard           http://127.0.0.1:8086/dashboard/   (sign in as county-admin / county-admin-pw, or township-admin, grid-chief...)
  grid registry API   http://127.0.0.1:8081/api/v1/grid-units/141081001001   (OpenAPI: http://127.0.0.1:8081/q/openapi)
  task dispatch API   http://127.0.0.1:8082/api/v1/tasks   (OpenAPI: http://127.0.0.1:8082/q/openapi)
  scoring API         http://127.0.0.1:8083/api/v1/schemes   (OpenAPI: http://127.0.0.1:8083/q/openapi)
  mediation API       http://127.0.0.1:8084/api/v1/cases   (OpenAPI: http://127.0.0.1:8084/q/openapi)
  points store API    http://127.0.0.1:8085/api/v1/catalogue-items   (OpenAPI: http://127.0.0.1:8085/q/openapi)
  command centre API  http://127.0.0.1:8086/api/v1/figures   (OpenAPI: http://127.0.0.1:8086/q/openapi)
  live events (SSE)   http://127.0.0.1:8086/api/v1/events (the whole suite); each service also serves its own
  Keycloak            $OIDC_AUTH_SERVER_URL  (users: county-admin, township-admin, grid-chief, grid-worker, ...; password <user>-pw)
  Kafka               $KAFKA_BOOTSTRAP_SERVERS
  logs                $ROOT/.devstack/logs/
A token:  curl -s -d grant_type=password -d client_id=grid-api -d client_secret=grid-api-secret \\
            -d username=township-admin -d password=township-admin-pw $OIDC_AUTH_SERVER_URL/protocol/openid-connect/token
Press Ctrl-C to stop.
TXT
wait
