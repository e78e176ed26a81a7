// Package stream is tickerwire's Kafka plumbing on segmentio/kafka-go:
// a producer that waits for all in-sync replicas, a consumer-group loop
// that commits an input only after everything it produced was
// acknowledged, retries with a dead-letter queue, and topic creation.
//
// Every worker talks to Kafka through this package, so the delivery
// guarantees of DESIGN.md live in one place: at least once end to end,
// poison input to news.dlq with the reason in its headers, and a drain on
// shutdown that finishes and commits in-flight work.
package stream

import (
	"crypto/tls"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/segmentio/kafka-go"
	"github.com/segmentio/kafka-go/sasl"
	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/pkg/events"
)

// Config says how to reach the cluster. It is shared by producers,
// consumers and topic creation.
type Config struct {
	// Brokers are the bootstrap addresses (host:port).
	Brokers []string
	// TopicPrefix is put in front of every topic name, so that several
	// installations (or test runs) can share one cluster. Empty by
	// default; records and handlers always see the unprefixed names.
	TopicPrefix string
	// ClientID identifies this process to the brokers. Default
	// "tickerwire".
	ClientID string
	// TLS, when set, encrypts the connections to the brokers.
	TLS *tls.Config
	// SASL, when set, authenticates to the brokers (see Security).
	SASL sasl.Mechanism
}

// Validate reports a configuration the workers cannot run with.
func (c Config) Validate() error {
	if len(c.Brokers) == 0 {
		return errors.New("no Kafka brokers given")
	}
	for _, b := range c.Brokers {
		if _, port, ok := strings.Cut(b, ":"); !ok || port == "" {
			return fmt.Errorf("broker %q: want host:port", b)
		}
	}
	return nil
}

func (c Config) topic(name string) string { return c.TopicPrefix + name }

func (c Config) clientID() string {
	if c.ClientID == "" {
		return "tickerwire"
	}
	return c.ClientID
}

// Dialer returns a dialer for readers of the cluster.
func (c Config) Dialer() *kafka.Dialer {
	return &kafka.Dialer{ClientID: c.clientID(), Timeout: 10 * time.Second, DualStack: true, TLS: c.TLS, SASLMechanism: c.SASL}
}

// Transport returns a transport for writers and clients of the cluster.
func (c Config) Transport() *kafka.Transport {
	return &kafka.Transport{ClientID: c.clientID(), DialTimeout: 10 * time.Second, TLS: c.TLS, SASL: c.SASL}
}

// Record is one consumed Kafka record. Topic is the unprefixed name.
type Record struct {
	Topic     string
	Partition int
	Offset    int64
	Key       []byte
	Value     []byte
	Headers   []events.Header
	Time      time.Time
}

// Header returns the value of the named header, or "" when absent.
func (r Record) Header(key string) string {
	for _, h := range r.Headers {
		if h.Key == key {
			return string(h.Value)
		}
	}
	return ""
}

type permanentError struct{ err error }

func (e permanentError) Error() string { return e.err.Error() }
func (e permanentError) Unwrap() error { return e.err }

// Permanent marks an error that retrying cannot fix, such as an
// undecodable record: the consumer dead-letters the record at once.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return permanentError{err}
}

// IsPermanent reports whether err was marked with Permanent.
func IsPermanent(err error) bool {
	var p permanentError
	return errors.As(err, &p)
}

// kafkaLogger sends kafka-go's log lines to zap at the given level.
func kafkaLogger(log *zap.Logger, level zap.AtomicLevel) kafka.LoggerFunc {
	return func(format string, args ...any) {
		if ce := log.Check(level.Level(), ""); ce != nil {
			ce.Message = fmt.Sprintf(format, args...)
			ce.Write()
		}
	}
}

func toKafkaHeaders(hs []events.Header) []kafka.Header {
	out := make([]kafka.Header, len(hs))
	for i, h := range hs {
		out[i] = kafka.Header{Key: h.Key, Value: h.Value}
	}
	return out
}

func fromKafkaHeaders(hs []kafka.Header) []events.Header {
	out := make([]events.Header, len(hs))
	for i, h := range hs {
		out[i] = events.Header{Key: h.Key, Value: h.Value}
	}
	return out
}
