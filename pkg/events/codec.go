package events

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
)

// Header names. Every record carries the first four; records on news.dlq
// also carry the HeaderDLQ* ones.
const (
	HeaderContentType = "content-type"
	HeaderSchema      = "schema-version"
	HeaderRecordType  = "record-type"
	HeaderRecordID    = "record-id"

	// HeaderDLQError is the last error the input failed with.
	HeaderDLQError = "dlq-error"
	// HeaderDLQTopic, HeaderDLQPartition and HeaderDLQOffset say where
	// the input was read.
	HeaderDLQTopic     = "dlq-topic"
	HeaderDLQPartition = "dlq-partition"
	HeaderDLQOffset    = "dlq-offset"
	// HeaderDLQGroup is the consumer group that gave up on the input.
	HeaderDLQGroup = "dlq-group"
	// HeaderDLQAttempts is how often processing was tried.
	HeaderDLQAttempts = "dlq-attempts"
	// HeaderDLQTime is when the input was dead-lettered, RFC 3339.
	HeaderDLQTime = "dlq-time"
)

// ContentTypeJSON is the value of HeaderContentType.
const ContentTypeJSON = "application/json"

// Record types, the value of HeaderRecordType.
const (
	RecordRawArticle      = "raw_article"
	RecordEnrichedArticle = "enriched_article"
)

// Header is a Kafka record header.
type Header struct {
	Key   string
	Value []byte
}

// Message is an encoded record: what a producer writes.
type Message struct {
	Topic   string
	Key     []byte
	Value   []byte
	Headers []Header
}

// Record is a value this package knows how to put on a topic.
type Record interface {
	recordMeta() (topic, recordType, id, key string)
}

func (a RawArticle) recordMeta() (string, string, string, string) {
	return TopicRaw, RecordRawArticle, a.ID, a.ID
}

func (a EnrichedArticle) recordMeta() (string, string, string, string) {
	return TopicEnriched, RecordEnrichedArticle, a.ID, a.ID
}

func (e Event) recordMeta() (string, string, string, string) {
	topic := TopicEarnings
	if e.Type == EventCapexAlert {
		topic = TopicCapex
	}
	return topic, string(e.Type), e.ID, e.Company.Key()
}

// ErrSchema is returned by Decode for a value whose schema version this
// package does not know.
var ErrSchema = errors.New("unsupported schema version")

// Encode turns r into a message for its topic, with its key and headers.
// The schema field of the value is set to SchemaVersion.
func Encode(r Record) (Message, error) {
	topic, recordType, id, key := r.recordMeta()
	if id == "" {
		return Message{}, fmt.Errorf("encode %s: empty id", recordType)
	}
	var value []byte
	var err error
	switch v := r.(type) {
	case RawArticle:
		v.Schema = SchemaVersion
		value, err = json.Marshal(v)
	case EnrichedArticle:
		v.Schema = SchemaVersion
		value, err = json.Marshal(v)
	case Event:
		v.Schema = SchemaVersion
		value, err = json.Marshal(v)
	}
	if err != nil {
		return Message{}, fmt.Errorf("encode %s %s: %w", recordType, id, err)
	}
	return Message{
		Topic: topic,
		Key:   []byte(key),
		Value: value,
		Headers: []Header{
			{Key: HeaderContentType, Value: []byte(ContentTypeJSON)},
			{Key: HeaderSchema, Value: []byte(strconv.Itoa(SchemaVersion))},
			{Key: HeaderRecordType, Value: []byte(recordType)},
			{Key: HeaderRecordID, Value: []byte(id)},
		},
	}, nil
}

// Decode parses a value into v (a *RawArticle, *EnrichedArticle or
// *Event). It fails with ErrSchema when the value's schema version is
// missing or newer than SchemaVersion, and when the value has no id.
func Decode(value []byte, v Record) error {
	var probe struct {
		Schema *int   `json:"schema"`
		ID     string `json:"id"`
	}
	if err := json.Unmarshal(value, &probe); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	if probe.Schema == nil || *probe.Schema < 1 || *probe.Schema > SchemaVersion {
		got := "none"
		if probe.Schema != nil {
			got = strconv.Itoa(*probe.Schema)
		}
		return fmt.Errorf("decode: schema %s: %w", got, ErrSchema)
	}
	if probe.ID == "" {
		return errors.New("decode: record has no id")
	}
	if err := json.Unmarshal(value, v); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	return nil
}
