// Package events holds tickerwire's wire format: the records on its Kafka
// topics, their Kafka headers and their deterministic ids. It imports only
// the standard library so that downstream consumers can depend on it alone.
//
// # Topics
//
// Every value is one JSON object with a "schema" field (SchemaVersion);
// every record carries the headers HeaderContentType, HeaderSchema,
// HeaderRecordType and HeaderRecordID, so a consumer can route and
// deduplicate without decoding the value. A JSON Schema for each value is
// embedded (see Schema) and kept in the schema directory beside this file.
//
//   - news.raw (TopicRaw), key: article id, value: RawArticle. One record per
//     new feed item, written by ingest.
//   - news.enriched (TopicEnriched), key: article id, value: EnrichedArticle.
//     Every raw article after enrichment: entities, figures and tags.
//   - events.earnings (TopicEarnings), key: company ticker (or canonical
//     name), value: Event with Type EventEarnings. One per company whose
//     periodic results an article reports.
//   - alerts.capex (TopicCapex), key: company ticker (or canonical name),
//     value: Event with Type EventCapexAlert. One per company whose capital
//     expenditure an article announces or reports.
//   - news.dlq (TopicDLQ), key and value: the failed input record unchanged
//     (its value need not be JSON), with HeaderDLQError and the other
//     HeaderDLQ* headers saying where it came from and why it failed.
//
// # Reading a topic
//
// Consumers should read with a consumer group, decode with Decode, and
// treat records as delivered at least once: the same id can arrive twice
// (after a producer retry or a consumer crash), and upserting by id makes
// that harmless. Records with a schema newer than SchemaVersion should be
// skipped or dead-lettered rather than guessed at; fields are only ever
// added within a schema version, so unknown fields are safe to ignore.
//
// # Ids
//
// Ids are deterministic (see ArticleID, EarningsEventID, CapexAlertID): the
// same input yields the same id on every run, on every machine, which is
// what makes redelivery and re-enrichment idempotent downstream.
package events
