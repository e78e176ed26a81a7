package ingest

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/tickerwire/tickerwire/internal/feed"
	"github.com/tickerwire/tickerwire/pkg/events"
)

// errState marks failures of the state database.
var errState = errors.New("state")

// schema is the state database. seen holds the ids of published articles
// with the feed and time they were last in; feeds holds each feed's cache
// validators and the time of its last complete (200) fetch; outbox holds
// accepted articles until the broker has acknowledged them.
const schema = `
CREATE TABLE IF NOT EXISTS seen (
	id        TEXT PRIMARY KEY,
	feed_url  TEXT NOT NULL,
	last_seen INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS feeds (
	url           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL,
	last_modified TEXT NOT NULL,
	fetched_at    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS outbox (
	id       TEXT PRIMARY KEY,
	feed_url TEXT NOT NULL,
	article  BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_feed ON outbox (feed_url);
`

// maxParams bounds the ids of one IN (...) list, well below SQLite's
// limit on host parameters.
const maxParams = 500

// store is the worker's state in SQLite.
type store struct {
	db *sql.DB
}

// openStore opens (creating it if needed) the state database in dir:
// WAL mode, synchronous=FULL so that an accepted article survives a power
// loss, and transactions that take the write lock when they begin.
func openStore(ctx context.Context, dir string) (*store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("%w: %w", errState, err)
	}
	path, err := filepath.Abs(filepath.Join(dir, StateFile))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errState, err)
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", (&url.URL{Scheme: "file", Path: path, RawQuery: q.Encode()}).String())
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", errState, path, err)
	}
	// One connection: the worker's feeds take turns at the one writer
	// instead of failing with SQLITE_BUSY.
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("%w: %s: %w", errState, path, err)
	}
	return &store{db: db}, nil
}

func (s *store) close() error { return s.db.Close() }

// validators returns what the feed last sent.
func (s *store) validators(ctx context.Context, feedURL string) (feed.Validators, error) {
	var v feed.Validators
	err := s.db.QueryRowContext(ctx, `SELECT etag, last_modified FROM feeds WHERE url = ?`, feedURL).Scan(&v.ETag, &v.LastModified)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return v, fmt.Errorf("%w: read validators: %w", errState, err)
	}
	return v, nil
}

// fetched records a complete fetch of the feed at fetchedAt and the
// validators to send next time.
func (s *store) fetched(ctx context.Context, feedURL string, v feed.Validators, fetchedAt time.Time) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO feeds (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at`,
		feedURL, v.ETag, v.LastModified, fetchedAt.UnixNano())
	if err != nil {
		return fmt.Errorf("%w: write validators: %w", errState, err)
	}
	return nil
}

// known returns the ids among ids that were published or are waiting in
// the outbox. It also marks the published ones as still in feedURL at
// now, which keeps them from being pruned.
func (s *store) known(ctx context.Context, feedURL string, ids []string, now time.Time) (map[string]bool, error) {
	out := map[string]bool{}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		for chunk := range slices.Chunk(ids, maxParams) {
			in, args := inList(chunk)
			rows, err := tx.QueryContext(ctx, `SELECT id FROM seen WHERE id IN `+in+` UNION ALL SELECT id FROM outbox WHERE id IN `+in, append(args, args...)...)
			if err != nil {
				return err
			}
			for rows.Next() {
				var id string
				if err := rows.Scan(&id); err != nil {
					rows.Close()
					return err
				}
				out[id] = true
			}
			if err := rows.Close(); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE seen SET last_seen = ?, feed_url = ? WHERE id IN `+in,
				append([]any{now.UnixNano(), feedURL}, args...)...); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%w: look up ids: %w", errState, err)
	}
	return out, nil
}

// enqueue puts accepted articles into the outbox. An article already there
// keeps its first version.
func (s *store) enqueue(ctx context.Context, feedURL string, articles []events.RawArticle) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		for _, a := range articles {
			b, err := json.Marshal(a)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO outbox (id, feed_url, article) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING`, a.ID, feedURL, b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("%w: enqueue: %w", errState, err)
	}
	return nil
}

// pending returns up to limit outbox articles of feedURL, or of every
// feed when feedURL is empty, oldest first.
func (s *store) pending(ctx context.Context, feedURL string, limit int) ([]events.RawArticle, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT article FROM outbox WHERE ? = '' OR feed_url = ? ORDER BY rowid LIMIT ?`, feedURL, feedURL, limit)
	if err != nil {
		return nil, fmt.Errorf("%w: read outbox: %w", errState, err)
	}
	defer rows.Close()
	var out []events.RawArticle
	for rows.Next() {
		var b []byte
		if err := rows.Scan(&b); err != nil {
			return nil, fmt.Errorf("%w: read outbox: %w", errState, err)
		}
		var a events.RawArticle
		if err := json.Unmarshal(b, &a); err != nil {
			return nil, fmt.Errorf("%w: outbox article: %w", errState, err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%w: read outbox: %w", errState, err)
	}
	return out, nil
}

// published moves articles from the outbox to seen.
func (s *store) published(ctx context.Context, articles []events.RawArticle, now time.Time) error {
	err := s.tx(ctx, func(tx *sql.Tx) error {
		for _, a := range articles {
			if _, err := tx.ExecContext(ctx, `INSERT INTO seen (id, feed_url, last_seen) VALUES (?, ?, ?)
				ON CONFLICT (id) DO UPDATE SET feed_url = excluded.feed_url, last_seen = excluded.last_seen`,
				a.ID, a.FeedURL, now.UnixNano()); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM outbox WHERE id = ?`, a.ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("%w: mark published: %w", errState, err)
	}
	return nil
}

// prune forgets the ids that were last in their feed before cutoff and
// were not in it at its last complete fetch either, so an id that a
// feed still carries is never forgotten, however long the feed answers
// 304.
func (s *store) prune(ctx context.Context, cutoff time.Time) (int64, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM seen WHERE last_seen < ?1
		AND last_seen < COALESCE((SELECT fetched_at FROM feeds WHERE feeds.url = seen.feed_url), ?1)`, cutoff.UnixNano())
	if err != nil {
		return 0, fmt.Errorf("%w: prune: %w", errState, err)
	}
	n, _ := res.RowsAffected()
	return n, nil
}

func (s *store) tx(ctx context.Context, f func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := f(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// inList returns "(?, ?, ...)" for ids and the ids as arguments.
func inList(ids []string) (string, []any) {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return "(" + strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ") + ")", args
}
