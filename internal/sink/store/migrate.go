package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// migrations are the schema versions in order: version i+1 is
// migrations[i]. Applied versions are never edited; a change is a new
// version. {{timestamp}} is the dialect's timestamp type.
var migrations = [][]string{
	{
		`CREATE TABLE events (
	id            TEXT PRIMARY KEY,
	type          TEXT NOT NULL,
	company_name  TEXT NOT NULL,
	ticker        TEXT,
	period        TEXT,
	article_id    TEXT NOT NULL,
	article_url   TEXT,
	article_title TEXT NOT NULL,
	published_at  {{timestamp}},
	detected_at   {{timestamp}} NOT NULL,
	payload       TEXT NOT NULL,
	created_at    {{timestamp}} NOT NULL,
	updated_at    {{timestamp}} NOT NULL
)`,
		`CREATE INDEX events_ticker_idx ON events (ticker, detected_at)`,
		`CREATE INDEX events_article_idx ON events (article_id)`,
		`CREATE TABLE figures (
	event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	kind     TEXT NOT NULL,
	value    DOUBLE PRECISION NOT NULL,
	currency TEXT,
	unit     TEXT,
	metric   TEXT,
	period   TEXT,
	basis    TEXT,
	change   BOOLEAN NOT NULL,
	approx   BOOLEAN NOT NULL,
	segment  TEXT,
	text     TEXT NOT NULL,
	PRIMARY KEY (event_id, position)
)`,
		`CREATE INDEX figures_metric_idx ON figures (metric, period)`,
		`CREATE TABLE deliveries (
	event_id        TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	target          TEXT NOT NULL,
	status          TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
	attempts        INTEGER NOT NULL DEFAULT 0,
	next_attempt_at {{timestamp}} NOT NULL,
	last_error      TEXT,
	created_at      {{timestamp}} NOT NULL,
	delivered_at    {{timestamp}},
	PRIMARY KEY (event_id, target)
)`,
		`CREATE INDEX deliveries_due_idx ON deliveries (target, status, next_attempt_at)`,
	},
}

// migrate applies the missing migrations in one transaction. Concurrent
// starts are serialised (an advisory lock on PostgreSQL, the write lock
// every SQLite transaction takes when it begins), so each version is
// applied exactly once. A database with a version this code does not know
// is refused rather than written to.
func (s *Store) migrate(ctx context.Context) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if s.d.migrateLock != "" {
			if _, err := tx.ExecContext(ctx, s.d.migrateLock); err != nil {
				return fmt.Errorf("lock: %w", err)
			}
		}
		_, err := tx.ExecContext(ctx, expand(`CREATE TABLE IF NOT EXISTS schema_migrations (
	version    INTEGER PRIMARY KEY,
	applied_at {{timestamp}} NOT NULL
)`, s.d))
		if err != nil {
			return fmt.Errorf("create schema_migrations: %w", err)
		}
		var current int
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
			return fmt.Errorf("read schema version: %w", err)
		}
		if current > len(migrations) {
			return fmt.Errorf("schema version %d is newer than this sink's %d", current, len(migrations))
		}
		for i := current; i < len(migrations); i++ {
			for _, stmt := range migrations[i] {
				if _, err := tx.ExecContext(ctx, expand(stmt, s.d)); err != nil {
					return fmt.Errorf("version %d: %w", i+1, err)
				}
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES ($1, CURRENT_TIMESTAMP)`, i+1); err != nil {
				return fmt.Errorf("record version %d: %w", i+1, err)
			}
		}
		return nil
	})
}

func expand(stmt string, d dialect) string {
	return strings.ReplaceAll(stmt, "{{timestamp}}", d.timestamp)
}
