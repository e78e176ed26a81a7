// Package e2e holds tickerwire's end-to-end tests: a feed served on
// loopback flows through ingest, enrich and sink on a real Kafka-protocol
// broker (the embedded one, or $KAFKA_BROKERS) into SQL and webhooks.
package e2e
