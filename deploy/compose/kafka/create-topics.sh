#!/bin/bash
# Creates Cascade's topics before any service starts (the broker does not auto-create topics): the event
# topics of docs/events.md and one dead-letter topic per consumer group, then each service's ACLs. Safe to run
# again. Each "topic <name> <cleanup policy>" and "acl <user> <operations> <resource type> <name> <pattern>"
# line is also read by deploy/deployment-checks, which holds the ACLs to docs/events.md as it does the
# KafkaUsers of Kubernetes: a service writes only the topics it produces and its dead-letter topic.
set -euo pipefail
# shellcheck source=admin-client.sh
. /opt/cascade/admin-client.sh

BOOTSTRAP=${BOOTSTRAP:-kafka:9092}
PARTITIONS=${PARTITIONS:-3}
# Dead letters wait up to 90 days for an administrator's replay.
DEAD_LETTER_RETENTION_MS=7776000000

topic() {
  local name=$1 policy=$2 retention
  case "$policy" in
    compact) retention=-1 ;;                        # the latest snapshot per key, kept forever
    delete) retention=-1 ;;                         # the event history a new consumer group replays
    dead-letter) policy=delete; retention=$DEAD_LETTER_RETENTION_MS ;;
  esac
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CLIENT" --create --if-not-exists \
    --topic "$name" --partitions "$PARTITIONS" --replication-factor 1 \
    --config cleanup.policy="$policy" --config retention.ms="$retention"
}

topic cascade.organizations.v1 compact
topic cascade.directives.v1 delete
topic cascade.plans.v1 delete
topic cascade.reports.v1 delete
topic cascade.indicators.v1 compact
topic directive-service.dlt dead-letter
topic plan-service.dlt dead-letter
topic reporting-service.dlt dead-letter

acl() {
  local user=$1 operations=$2 type=$3 name=$4 pattern=$5 operation args=()
  for operation in ${operations//,/ }; do
    args+=(--operation "$operation")
  done
  /opt/kafka/bin/kafka-acls.sh --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN_CLIENT" --add \
    --allow-principal "User:$user" "${args[@]}" "--$type" "$name" --resource-pattern-type "$pattern"
}

acl directive-service Write,Describe topic cascade.organizations.v1 literal
acl directive-service Write,Describe topic cascade.directives.v1 literal
acl directive-service Read,Describe topic cascade.plans.v1 literal
acl directive-service Read,Describe topic cascade.indicators.v1 literal
acl directive-service Write,Read,Describe topic directive-service.dlt literal
acl directive-service Read,Describe group directive-service prefixed

acl plan-service Write,Describe topic cascade.plans.v1 literal
acl plan-service Read,Describe topic cascade.organizations.v1 literal
acl plan-service Read,Describe topic cascade.directives.v1 literal
acl plan-service Read,Describe topic cascade.reports.v1 literal
acl plan-service Read,Describe topic cascade.indicators.v1 literal
acl plan-service Write,Read,Describe topic plan-service.dlt literal
acl plan-service Read,Describe group plan-service prefixed

acl reporting-service Write,Read,Describe topic cascade.reports.v1 literal
acl reporting-service Write,Describe topic cascade.indicators.v1 literal
acl reporting-service Read,Describe topic cascade.organizations.v1 literal
acl reporting-service Read,Describe topic cascade.plans.v1 literal
acl reporting-service Read,Describe topic cascade.directives.v1 literal
acl reporting-service Write,Read,Describe topic reporting-service.dlt literal
acl reporting-service Read,Describe group reporting-service prefixed
