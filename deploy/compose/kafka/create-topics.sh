#!/bin/bash
# Creates Cascade's topics before any service starts (the broker does not auto-create topics): the event
# topics of docs/events.md and one dead-letter topic per consumer group. Safe to run again.
# Each "topic <name> <cleanup policy>" line is also read by deploy/deployment-checks.
set -euo pipefail

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
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$name" --partitions "$PARTITIONS" --replication-factor 1 \
    --config cleanup.policy="$policy" --config retention.ms="$retention"
}

topic cascade.organizations.v1 compact
topic cascade.directives.v1 delete
topic cascade.plans.v1 delete
topic cascade.reports.v1 delete
topic directive-service.dlt dead-letter
topic plan-service.dlt dead-letter
topic reporting-service.dlt dead-letter
