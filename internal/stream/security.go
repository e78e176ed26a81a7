package stream

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/segmentio/kafka-go/sasl"
	"github.com/segmentio/kafka-go/sasl/plain"
	"github.com/segmentio/kafka-go/sasl/scram"
)

// Security holds what a secured cluster asks of its clients: TLS, and
// SASL authentication with PLAIN or SCRAM. The zero value is a plaintext,
// unauthenticated connection, which is what the embedded broker speaks.
type Security struct {
	// TLS encrypts connections, verifying the brokers against the system
	// roots or CAFile.
	TLS bool
	// CAFile is a PEM bundle of the CAs that signed the brokers'
	// certificates.
	CAFile string
	// CertFile and KeyFile are a PEM client certificate and key, for
	// clusters that authenticate clients by certificate.
	CertFile, KeyFile string
	// SASLMechanism is "", "plain", "scram-sha-256" or "scram-sha-512".
	SASLMechanism string
	Username      string
	// Password is never printed by String.
	Password string
}

// RegisterFlags binds the fields to --kafka-* flags of fs.
func (s *Security) RegisterFlags(fs *flag.FlagSet) {
	fs.BoolVar(&s.TLS, "kafka-tls", s.TLS, "connect to the brokers with TLS")
	fs.StringVar(&s.CAFile, "kafka-tls-ca", s.CAFile, "PEM file of the CAs that signed the brokers' certificates (default: system roots)")
	fs.StringVar(&s.CertFile, "kafka-tls-cert", s.CertFile, "PEM client certificate, for clusters that authenticate clients by certificate")
	fs.StringVar(&s.KeyFile, "kafka-tls-key", s.KeyFile, "PEM key of --kafka-tls-cert")
	fs.StringVar(&s.SASLMechanism, "kafka-sasl-mechanism", s.SASLMechanism, "SASL mechanism: plain, scram-sha-256 or scram-sha-512 (default: none)")
	fs.StringVar(&s.Username, "kafka-sasl-username", s.Username, "SASL user name")
	fs.StringVar(&s.Password, "kafka-sasl-password", s.Password, "SASL password (prefer TICKERWIRE_KAFKA_SASL_PASSWORD)")
}

// String describes the settings without the password.
func (s Security) String() string {
	var parts []string
	if s.TLS {
		parts = append(parts, "tls")
	}
	if s.SASLMechanism != "" {
		parts = append(parts, "sasl="+s.SASLMechanism+" user="+s.Username)
	}
	if len(parts) == 0 {
		return "plaintext"
	}
	return strings.Join(parts, " ")
}

// Apply sets c's TLS and SASL from s, reading the certificate files. Its
// errors name the flag at fault.
func (s Security) Apply(c *Config) error {
	if s.TLS || s.CAFile != "" || s.CertFile != "" || s.KeyFile != "" {
		t, err := s.tlsConfig()
		if err != nil {
			return err
		}
		c.TLS = t
	}
	mech, err := s.mechanism()
	if err != nil {
		return err
	}
	c.SASL = mech
	return nil
}

func (s Security) tlsConfig() (*tls.Config, error) {
	t := &tls.Config{MinVersion: tls.VersionTLS12}
	if s.CAFile != "" {
		pem, err := os.ReadFile(s.CAFile)
		if err != nil {
			return nil, fmt.Errorf("kafka-tls-ca: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("kafka-tls-ca: %s holds no PEM certificate", s.CAFile)
		}
		t.RootCAs = pool
	}
	if (s.CertFile == "") != (s.KeyFile == "") {
		return nil, errors.New("kafka-tls-cert and kafka-tls-key: give both or neither")
	}
	if s.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(s.CertFile, s.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("kafka-tls-cert: %w", err)
		}
		t.Certificates = []tls.Certificate{cert}
	}
	return t, nil
}

func (s Security) mechanism() (sasl.Mechanism, error) {
	m := strings.ToLower(s.SASLMechanism)
	if m == "" {
		if s.Username != "" || s.Password != "" {
			return nil, errors.New("kafka-sasl-mechanism: required with a SASL user name or password")
		}
		return nil, nil
	}
	if s.Username == "" {
		return nil, errors.New("kafka-sasl-username: required with --kafka-sasl-mechanism")
	}
	switch m {
	case "plain":
		return plain.Mechanism{Username: s.Username, Password: s.Password}, nil
	case "scram-sha-256", "scram-sha-512":
		algo := scram.SHA256
		if m == "scram-sha-512" {
			algo = scram.SHA512
		}
		mech, err := scram.Mechanism(algo, s.Username, s.Password)
		if err != nil {
			return nil, fmt.Errorf("kafka-sasl-mechanism: %w", err)
		}
		return mech, nil
	}
	return nil, fmt.Errorf("kafka-sasl-mechanism: %q, want plain, scram-sha-256 or scram-sha-512", s.SASLMechanism)
}
