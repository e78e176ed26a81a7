package stream_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"go.uber.org/zap"

	"github.com/tickerwire/tickerwire/internal/stream"
	"github.com/tickerwire/tickerwire/internal/stream/streamtest"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// roundTrip creates the topics, produces a record and consumes it back
// through cfg.
func roundTrip(t *testing.T, cfg stream.Config) error {
	t.Helper()
	log := zap.NewNop()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := stream.EnsureTopics(ctx, cfg, stream.TopicSpec{Partitions: 1}, log); err != nil {
		return err
	}
	p := stream.NewProducer(cfg, log)
	defer p.Close()
	if err := p.Produce(ctx, events.Message{Topic: events.TopicRaw, Key: []byte("k"), Value: []byte("secured")}); err != nil {
		return err
	}
	got := make(chan string, 1)
	cctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		done <- stream.Consume(cctx, stream.ConsumerConfig{Config: cfg, Group: streamtest.Group("secure"), Topics: []string{events.TopicRaw}},
			func(ctx context.Context, rec stream.Record) ([]events.Message, error) {
				got <- string(rec.Value)
				return nil, nil
			}, p, log)
	}()
	select {
	case v := <-got:
		if v != "secured" {
			t.Errorf("consumed %q", v)
		}
	case <-ctx.Done():
		t.Error("nothing consumed")
	}
	stop()
	return <-done
}

func TestSASL(t *testing.T) {
	for _, mech := range []string{"PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"} {
		t.Run(mech, func(t *testing.T) {
			c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.EnableSASL(), kfake.Superuser(mech, "tickerwire", "s3cret"))
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			good := stream.Config{Brokers: c.ListenAddrs()}
			sec := stream.Security{SASLMechanism: strings.ToLower(mech), Username: "tickerwire", Password: "s3cret"}
			if err := sec.Apply(&good); err != nil {
				t.Fatal(err)
			}
			if err := roundTrip(t, good); err != nil {
				t.Fatalf("with credentials: %v", err)
			}

			bad := stream.Config{Brokers: c.ListenAddrs()}
			sec.Password = "wrong"
			if err := sec.Apply(&bad); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			if err := stream.EnsureTopics(ctx, bad, stream.TopicSpec{}, zap.NewNop()); err == nil {
				t.Fatal("a wrong password must not reach the cluster")
			}
		})
	}
}

func TestTLS(t *testing.T) {
	dir := t.TempDir()
	serverCert, caFile := selfSignedCA(t, dir)
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.TLS(&tls.Config{Certificates: []tls.Certificate{serverCert}, MinVersion: tls.VersionTLS12}))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	cfg := stream.Config{Brokers: c.ListenAddrs()}
	if err := (stream.Security{TLS: true, CAFile: caFile}).Apply(&cfg); err != nil {
		t.Fatal(err)
	}
	if err := roundTrip(t, cfg); err != nil {
		t.Fatalf("over TLS: %v", err)
	}
	// Without the CA the broker's certificate is not trusted.
	untrusted := stream.Config{Brokers: c.ListenAddrs()}
	if err := (stream.Security{TLS: true}).Apply(&untrusted); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := stream.EnsureTopics(ctx, untrusted, stream.TopicSpec{}, zap.NewNop()); err == nil {
		t.Fatal("an untrusted certificate was accepted")
	}
}

func TestSecurityApplyErrors(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.pem")
	os.WriteFile(junk, []byte("not pem"), 0o600)
	for _, tc := range []struct {
		name string
		sec  stream.Security
		want string
	}{
		{"unknown mechanism", stream.Security{SASLMechanism: "gssapi", Username: "u"}, "kafka-sasl-mechanism"},
		{"mechanism without user", stream.Security{SASLMechanism: "plain"}, "kafka-sasl-username"},
		{"user without mechanism", stream.Security{Username: "u", Password: "p"}, "kafka-sasl-mechanism"},
		{"missing CA file", stream.Security{TLS: true, CAFile: filepath.Join(dir, "none.pem")}, "kafka-tls-ca"},
		{"CA file without PEM", stream.Security{TLS: true, CAFile: junk}, "kafka-tls-ca"},
		{"cert without key", stream.Security{TLS: true, CertFile: junk}, "kafka-tls-cert and kafka-tls-key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var cfg stream.Config
			if err := tc.sec.Apply(&cfg); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Apply = %v, want an error naming %s", err, tc.want)
			}
		})
	}
	if s := (stream.Security{SASLMechanism: "plain", Username: "u", Password: "hunter2"}).String(); strings.Contains(s, "hunter2") {
		t.Errorf("String() shows the password: %s", s)
	}
}

// selfSignedCA writes a CA certificate to dir and returns a server
// certificate for 127.0.0.1 signed by it.
func selfSignedCA(t *testing.T, dir string) (tls.Certificate, string) {
	t.Helper()
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	ca := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "tickerwire test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, KeyUsage: x509.KeyUsageCertSign, BasicConstraintsValid: true,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	caFile := filepath.Join(dir, "ca.pem")
	if err := os.WriteFile(caFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	leaf := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "broker"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	caCert, _ := x509.ParseCertificate(caDER)
	der, err := x509.CreateCertificate(rand.Reader, leaf, caCert, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, caFile
}
