// Package storetest gives tests a fresh sink database on each backend:
// SQLite in a temporary directory, and PostgreSQL in a schema of the
// test's own, dropped when the test ends.
//
// PostgreSQL is reached at $TICKERWIRE_TEST_POSTGRES, by default
// postgres://postgres@127.0.0.1:5432/test. When it cannot be reached the
// PostgreSQL backend is skipped with a message, unless
// $TICKERWIRE_REQUIRE_POSTGRES is set, which makes that a failure.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tickerwire/tickerwire/internal/sink/store"
)

// DefaultPostgres is the test database when $TICKERWIRE_TEST_POSTGRES is
// unset.
const DefaultPostgres = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// Backend is one empty database for a test.
type Backend struct {
	// Name is "sqlite" or "postgres".
	Name string
	// DataDir is the directory of the SQLite database file (sink.db);
	// empty for PostgreSQL.
	DataDir string
	// Postgres is a DSN whose search_path is the test's own schema;
	// empty for SQLite.
	Postgres string
}

// Open opens a Store on the backend's database; each call opens a new
// one, as a restarted sink would.
func (b Backend) Open(ctx context.Context) (*store.Store, error) {
	if b.Postgres != "" {
		return store.OpenPostgres(ctx, b.Postgres)
	}
	return store.OpenSQLite(ctx, filepath.Join(b.DataDir, "sink.db"))
}

// Run runs f as a subtest once per backend, each with a fresh database.
func Run(t *testing.T, f func(t *testing.T, b Backend)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { f(t, SQLite(t)) })
	t.Run("postgres", func(t *testing.T) { f(t, Postgres(t)) })
}

// SQLite returns a backend in a fresh temporary directory.
func SQLite(t testing.TB) Backend {
	return Backend{Name: "sqlite", DataDir: t.TempDir()}
}

// Postgres returns a backend in a fresh schema of the test database, or
// skips the test (see the package documentation).
func Postgres(t testing.TB) Backend {
	t.Helper()
	base := os.Getenv("TICKERWIRE_TEST_POSTGRES")
	if base == "" {
		base = DefaultPostgres
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	admin, err := sql.Open("pgx", base)
	if err == nil {
		err = admin.PingContext(ctx)
	}
	if err != nil {
		if os.Getenv("TICKERWIRE_REQUIRE_POSTGRES") != "" {
			t.Fatalf("postgres at %s: %v", redact(base), err)
		}
		t.Skipf("postgres at %s unreachable (set TICKERWIRE_REQUIRE_POSTGRES to make this a failure): %v", redact(base), err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	schema := "sink_test_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		t.Fatalf("create schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
		admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("postgres dsn: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return Backend{Name: "postgres", Postgres: u.String()}
}

func redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil {
		return u.Redacted()
	}
	return "(unparsable dsn)"
}
