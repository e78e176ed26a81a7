// Package broker runs the embedded Kafka-protocol broker that `tickerwire
// run` uses when no external cluster is configured. It is franz-go's kfake
// with on-disk persistence, so topics, records and committed offsets
// survive a restart on the same data directory.
//
// One process at a time owns a data directory's broker: Start takes an
// exclusive lock on the directory and writes the listen address beside it,
// so that other commands (`tickerwire tail`) can find a running broker
// with Discover instead of opening the same files twice.
package broker

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/twmb/franz-go/pkg/kfake"
	"go.uber.org/zap"
)

const (
	lockFile = "broker.lock"
	addrFile = "broker.addr"
	// logDir is the broker's own directory under the data directory, so
	// that its files never mix with those of the other workers.
	logDir = "broker"
)

// ErrLocked is returned by Start when another process runs the broker of
// the data directory.
var ErrLocked = errors.New("broker: data directory is in use by another process")

// Broker is a running embedded broker.
type Broker struct {
	cluster *kfake.Cluster
	lock    *os.File
	dir     string
}

// Options tune the embedded broker. The zero value is the default: a
// random loopback port and one partition per auto-created topic.
type Options struct {
	// Port to listen on (127.0.0.1 only); 0 picks a free one.
	Port int
	// SyncWrites fsyncs every produced batch before acknowledging it,
	// which makes acknowledged records survive a power loss, not only a
	// process crash. Off by default, as in Kafka.
	SyncWrites bool
}

// Start starts a broker that keeps its state under dataDir, creating the
// directory if needed. ctx bounds only the start-up.
func Start(ctx context.Context, dataDir string, opts Options, log *zap.Logger) (*Broker, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return nil, fmt.Errorf("broker: create data dir: %w", err)
	}
	lock, err := lockDir(dataDir)
	if err != nil {
		return nil, err
	}
	kopts := []kfake.Opt{
		kfake.NumBrokers(1),
		kfake.DataDir(filepath.Join(dataDir, logDir)),
		kfake.WithLogger(zapLogger{log.Named("broker")}),
		kfake.Ports(opts.Port),
	}
	if opts.SyncWrites {
		kopts = append(kopts, kfake.SyncWrites())
	}
	c, err := kfake.NewCluster(kopts...)
	if err != nil {
		lock.Close()
		return nil, fmt.Errorf("broker: start: %w", err)
	}
	b := &Broker{cluster: c, lock: lock, dir: dataDir}
	if err := writeFileAtomic(filepath.Join(dataDir, addrFile), strings.Join(c.ListenAddrs(), ",")+"\n"); err != nil {
		b.Close()
		return nil, err
	}
	log.Info("embedded broker started", zap.Strings("addrs", c.ListenAddrs()), zap.String("data_dir", dataDir))
	return b, nil
}

// Addrs returns the broker's listen addresses (host:port).
func (b *Broker) Addrs() []string { return b.cluster.ListenAddrs() }

// Close stops the broker, writes its state to disk and releases the data
// directory.
func (b *Broker) Close() error {
	b.cluster.Close()
	err := os.Remove(filepath.Join(b.dir, addrFile))
	if errors.Is(err, os.ErrNotExist) {
		err = nil
	}
	return errors.Join(err, b.lock.Close())
}

// Discover returns the addresses of the broker running on dataDir in
// another process, or ok false when none runs there.
func Discover(dataDir string) (addrs []string, ok bool, err error) {
	lock, err := lockDir(dataDir)
	if err == nil {
		lock.Close()
		return nil, false, nil
	}
	if !errors.Is(err, ErrLocked) {
		return nil, false, err
	}
	raw, err := os.ReadFile(filepath.Join(dataDir, addrFile))
	if err != nil {
		return nil, false, fmt.Errorf("broker: read address of running broker: %w", err)
	}
	return strings.Split(strings.TrimSpace(string(raw)), ","), true, nil
}

// lockDir takes an exclusive, non-blocking flock on the directory's lock
// file. The kernel drops it when the process dies, so a crashed process
// never leaves a stale lock behind.
func lockDir(dir string) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("broker: open lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, ErrLocked
		}
		return nil, fmt.Errorf("broker: lock %s: %w", dir, err)
	}
	return f, nil
}

func writeFileAtomic(path, content string) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(content), 0o644); err != nil {
		return fmt.Errorf("broker: write %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("broker: write %s: %w", path, err)
	}
	return nil
}

// zapLogger adapts kfake's logger to zap. kfake logs every request at
// info level, which is noise for an embedded broker, so info and debug go
// to zap's debug level.
type zapLogger struct{ log *zap.Logger }

func (l zapLogger) Logf(level kfake.LogLevel, format string, args ...any) {
	switch level {
	case kfake.LogLevelError:
		l.log.Error(fmt.Sprintf(format, args...))
	case kfake.LogLevelWarn:
		l.log.Warn(fmt.Sprintf(format, args...))
	default:
		if ce := l.log.Check(zap.DebugLevel, ""); ce != nil {
			ce.Message = fmt.Sprintf(format, args...)
			ce.Write()
		}
	}
}
