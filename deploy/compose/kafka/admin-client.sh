#!/bin/bash
# Sourced by the broker's health check and by create-topics.sh: writes the Kafka admin's client settings (SASL
# PLAIN, the password from CASCADE_KAFKA_ADMIN_PASSWORD) to a file only its owner reads, named in ADMIN_CLIENT.
ADMIN_CLIENT=/tmp/cascade-admin.properties
(
  umask 077
  cat > "$ADMIN_CLIENT" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${CASCADE_KAFKA_ADMIN_PASSWORD:?CASCADE_KAFKA_ADMIN_PASSWORD is not set}";
PROPERTIES
)
export ADMIN_CLIENT
