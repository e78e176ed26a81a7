// Package store keeps the sink's events, their figures and its delivery
// outbox in SQL: SQLite (modernc.org/sqlite) by default, PostgreSQL
// (pgx) in production. Both databases get the same schema and the same
// statements; the only differences are the timestamp column type, the
// lock that serialises migrations and the row locks of Claim.
//
// # Schema
//
//   - events: one row per event id: type, company_name, ticker, period,
//     the article's id, url, title and published_at, detected_at, payload
//     (the event's JSON, as delivered) and created_at / updated_at.
//   - figures: the event's figures, one row per (event_id, position):
//     kind, value, currency, unit, metric, period, basis, change, approx,
//     segment and text, so that figures can be queried in SQL.
//   - deliveries: the outbox, one row per (event_id, target): status
//     (pending, delivered, failed), attempts, next_attempt_at, last_error,
//     created_at and delivered_at.
//   - schema_migrations: the schema versions applied.
//
// Optional text columns hold NULL rather than "". Timestamps are UTC.
// For example, the revenue an event reported, by segment:
//
//	SELECT e.ticker, e.period, f.segment, f.value, f.currency
//	FROM events e JOIN figures f ON f.event_id = e.id
//	WHERE e.type = 'earnings' AND f.metric = 'revenue' AND f.basis = 'actual'
//	  AND NOT f.change
//	ORDER BY e.detected_at, f.position;
//
// # Idempotence
//
// Upsert is keyed by event id: a new id inserts the event, its figures and
// one pending delivery per target; the same id with the same payload
// changes nothing (a redelivery); the same id with a different payload (a
// re-enrichment) updates the event and its figures but adds no delivery,
// so downstream targets are notified once per id.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	// The database/sql drivers this package opens: "pgx" and "sqlite".
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/tickerwire/tickerwire/pkg/events"
)

// dialect holds what differs between the two databases.
type dialect struct {
	name   string
	driver string
	// timestamp is the column type of timestamps. modernc.org/sqlite
	// returns time.Time only for columns declared exactly TIMESTAMP (or
	// DATE, DATETIME); PostgreSQL gets the time-zone-aware type.
	timestamp string
	// migrateLock serialises concurrent migrations; SQLite needs none
	// because every transaction takes its single write lock up front.
	migrateLock string
	// claimLock is appended to the claim query so that concurrent sinks
	// on one PostgreSQL database never claim the same delivery.
	claimLock string
	// maxConns bounds the connection pool.
	maxConns int
}

// migrationLockKey is the PostgreSQL advisory lock id held while
// migrating: the first eight bytes of "tickerwire-sink" as an int64.
const migrationLockKey = 0x7469636b65727769

var (
	sqliteDialect = dialect{
		name:      "sqlite",
		driver:    "sqlite",
		timestamp: "TIMESTAMP",
		// SQLite has one writer at a time, and a writer that finds the
		// database locked sleeps in the busy handler for milliseconds;
		// queueing for the one connection in Go is far cheaper, and WAL
		// reads are short enough not to need a second one.
		maxConns: 1,
	}
	postgresDialect = dialect{
		name:        "postgres",
		driver:      "pgx",
		timestamp:   "TIMESTAMPTZ",
		migrateLock: fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", int64(migrationLockKey)),
		claimLock:   " FOR UPDATE OF d SKIP LOCKED",
		maxConns:    8,
	}
)

// Store is the sink's database. It is safe for concurrent use.
type Store struct {
	db *sql.DB
	d  dialect
}

// OpenSQLite opens (creating it if needed) the SQLite database at path
// and applies the migrations. The database runs in WAL mode with
// synchronous=FULL, so a committed Upsert survives a power loss, and a
// busy timeout of 10 s; every transaction takes the write lock when it
// begins, so concurrent writers queue instead of failing.
func OpenSQLite(ctx context.Context, path string) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: sqlite path %s: %w", path, err)
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	q.Set("_time_format", "sqlite")
	dsn := (&url.URL{Scheme: "file", Path: abs, RawQuery: q.Encode()}).String()
	return open(ctx, sqliteDialect, dsn, abs)
}

// OpenPostgres connects to the PostgreSQL database named by dsn (a URL or
// key=value string, see pgx.ParseConfig; a search_path parameter selects
// the schema) and applies the migrations.
func OpenPostgres(ctx context.Context, dsn string) (*Store, error) {
	return open(ctx, postgresDialect, dsn, "postgres")
}

func open(ctx context.Context, d dialect, dsn, name string) (*Store, error) {
	db, err := sql.Open(d.driver, dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", name, err)
	}
	db.SetMaxOpenConns(d.maxConns)
	db.SetMaxIdleConns(d.maxConns)
	s := &Store{db: db, d: d}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: connect %s: %w", name, err)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: migrate %s: %w", name, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// DB is the underlying database, for read-only queries by tools and
// tests.
func (s *Store) DB() *sql.DB { return s.db }

// Dialect is "sqlite" or "postgres".
func (s *Store) Dialect() string { return s.d.name }

// Change says what Upsert did.
type Change int

// Changes.
const (
	// Inserted: the id was new; the event, its figures and its deliveries
	// were inserted.
	Inserted Change = iota + 1
	// Unchanged: the id was known with the same payload; nothing changed.
	Unchanged
	// Updated: the id was known with another payload; the event and its
	// figures were replaced, no delivery was added.
	Updated
)

// String is the change's metric label: "new", "unchanged" or "updated".
func (c Change) String() string {
	switch c {
	case Inserted:
		return "new"
	case Unchanged:
		return "unchanged"
	case Updated:
		return "updated"
	}
	return fmt.Sprintf("Change(%d)", int(c))
}

const insertEvent = `INSERT INTO events (id, type, company_name, ticker, period, article_id,
	article_url, article_title, published_at, detected_at, payload, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
ON CONFLICT (id) DO NOTHING`

const updateEvent = `UPDATE events SET type = $2, company_name = $3, ticker = $4, period = $5,
	article_id = $6, article_url = $7, article_title = $8, published_at = $9, detected_at = $10,
	payload = $11, updated_at = $12
WHERE id = $1 AND payload <> $11`

// figureColumns are the columns of one figures row, in insertFigures'
// argument order.
const figureColumns = 13

const insertDelivery = `INSERT INTO deliveries (event_id, target, status, attempts, next_attempt_at, created_at)
VALUES ($1, $2, 'pending', 0, $3, $3)
ON CONFLICT (event_id, target) DO NOTHING`

// Upsert stores ev, whose JSON is payload, by its id in one transaction
// and says what changed. A new id also gets one pending delivery per
// target, due at now. When Upsert returns nil the change is committed.
func (s *Store) Upsert(ctx context.Context, ev events.Event, payload []byte, targets []string, now time.Time) (Change, error) {
	changes, err := s.UpsertAll(ctx, []Item{{Event: ev, Payload: payload}}, targets, now)
	if err != nil {
		return 0, err
	}
	return changes[0], nil
}

// Item is one event to store and its JSON.
type Item struct {
	Event   events.Event
	Payload []byte
}

// UpsertAll stores items as Upsert does, all in one transaction: either
// every item is committed or none is. One transaction per batch instead
// of per event is what makes a durable SQLite sink fast (one fsync).
// Items are applied in order, so a later item with the same id sees the
// earlier one. The changes are in the order of items.
func (s *Store) UpsertAll(ctx context.Context, items []Item, targets []string, now time.Time) ([]Change, error) {
	now = dbTime(now)
	changes := make([]Change, len(items))
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for i, it := range items {
			c, err := upsert(ctx, tx, it, targets, now)
			if err != nil {
				return fmt.Errorf("upsert event %s: %w", it.Event.ID, err)
			}
			changes[i] = c
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return changes, nil
}

func upsert(ctx context.Context, tx *sql.Tx, it Item, targets []string, now time.Time) (Change, error) {
	ev := it.Event
	var published any
	if p := ev.Article.PublishedAt; p != nil {
		published = dbTime(*p)
	}
	args := []any{
		ev.ID, string(ev.Type), ev.Company.Name, nullable(ev.Company.Ticker), nullable(Period(ev)),
		ev.Article.ID, nullable(ev.Article.URL), ev.Article.Title, published, dbTime(ev.DetectedAt),
		string(it.Payload), now,
	}
	n, err := execCount(ctx, tx, insertEvent, args...)
	if err != nil {
		return 0, fmt.Errorf("insert event: %w", err)
	}
	if n == 1 {
		if err := insertFigures(ctx, tx, ev); err != nil {
			return 0, err
		}
		for _, t := range targets {
			if _, err := tx.ExecContext(ctx, insertDelivery, ev.ID, t, now); err != nil {
				return 0, fmt.Errorf("insert delivery for %s: %w", t, err)
			}
		}
		return Inserted, nil
	}
	n, err = execCount(ctx, tx, updateEvent, args...)
	if err != nil {
		return 0, fmt.Errorf("update event: %w", err)
	}
	if n == 0 {
		return Unchanged, nil
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM figures WHERE event_id = $1`, ev.ID); err != nil {
		return 0, fmt.Errorf("delete figures: %w", err)
	}
	if err := insertFigures(ctx, tx, ev); err != nil {
		return 0, err
	}
	return Updated, nil
}

// insertFigures inserts all of ev's figures with one statement, to save
// round trips to the database.
func insertFigures(ctx context.Context, tx *sql.Tx, ev events.Event) error {
	if len(ev.Figures) == 0 {
		return nil
	}
	var q strings.Builder
	q.WriteString(`INSERT INTO figures (event_id, position, kind, value, currency, unit, metric,
	period, basis, change, approx, segment, text) VALUES `)
	args := make([]any, 0, len(ev.Figures)*figureColumns)
	for i, f := range ev.Figures {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteByte('(')
		for c := range figureColumns {
			if c > 0 {
				q.WriteString(", ")
			}
			fmt.Fprintf(&q, "$%d", i*figureColumns+c+1)
		}
		q.WriteByte(')')
		args = append(args, ev.ID, i, string(f.Kind), f.Value,
			nullable(f.Currency), nullable(f.Unit), nullable(string(f.Metric)), nullable(f.Period),
			nullable(string(f.Basis)), f.Change, f.Approx, nullable(f.Segment), f.Text)
	}
	if _, err := tx.ExecContext(ctx, q.String(), args...); err != nil {
		return fmt.Errorf("insert figures: %w", err)
	}
	return nil
}

// Period is the reporting period stored with an event, which the wire
// format does not carry: the period of the first reported (actual)
// figure that has one, else of the first figure that has one, else "".
func Period(ev events.Event) string {
	first := ""
	for _, f := range ev.Figures {
		if f.Period == "" {
			continue
		}
		if f.Basis == events.BasisActual {
			return f.Period
		}
		if first == "" {
			first = f.Period
		}
	}
	return first
}

// Delivery is a claimed outbox row with the payload to send.
type Delivery struct {
	EventID   string
	EventType events.EventType
	Target    string
	Payload   []byte
	// Attempts is how often sending was tried before this claim.
	Attempts int
	// CreatedAt is when the event was stored, the start of the
	// delivery's age.
	CreatedAt time.Time
}

// Claim returns up to limit pending deliveries to target that are due at
// now, oldest first, and pushes their next attempt to now+lease, so that
// no other claim returns them until the lease ends. A claimed delivery
// must be settled with Delivered, Retry, Fail or Release; one whose
// claimer died is claimed again once its lease has run out.
func (s *Store) Claim(ctx context.Context, target string, now time.Time, lease time.Duration, limit int) ([]Delivery, error) {
	now = dbTime(now)
	query := `SELECT d.event_id, e.type, e.payload, d.attempts, d.created_at
FROM deliveries d JOIN events e ON e.id = d.event_id
WHERE d.target = $1 AND d.status = 'pending' AND d.next_attempt_at <= $2
ORDER BY d.next_attempt_at, d.created_at, d.event_id
LIMIT $3` + s.d.claimLock
	var out []Delivery
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, query, target, now, limit)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			d := Delivery{Target: target}
			var typ, payload string
			if err := rows.Scan(&d.EventID, &typ, &payload, &d.Attempts, &d.CreatedAt); err != nil {
				return err
			}
			d.EventType, d.Payload, d.CreatedAt = events.EventType(typ), []byte(payload), d.CreatedAt.UTC()
			out = append(out, d)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		for _, d := range out {
			_, err := tx.ExecContext(ctx, `UPDATE deliveries SET next_attempt_at = $1 WHERE event_id = $2 AND target = $3`,
				now.Add(lease), d.EventID, target)
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: claim deliveries for %s: %w", target, err)
	}
	return out, nil
}

// Delivered marks the deliveries of ids to target as delivered at now.
func (s *Store) Delivered(ctx context.Context, target string, ids []string, now time.Time) error {
	return s.settle(ctx, "delivered", target, ids,
		`UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = $3, last_error = NULL
WHERE event_id = $1 AND target = $2`, dbTime(now))
}

// Retry records a failed attempt to send ids to target and schedules the
// next one at next.
func (s *Store) Retry(ctx context.Context, target string, ids []string, next time.Time, errMsg string) error {
	return s.settle(ctx, "retry", target, ids,
		`UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = $3, last_error = $4
WHERE event_id = $1 AND target = $2`, dbTime(next), errMsg)
}

// Fail records a last failed attempt to send ids to target: the
// deliveries are failed and not tried again.
func (s *Store) Fail(ctx context.Context, target string, ids []string, errMsg string) error {
	return s.settle(ctx, "fail", target, ids,
		`UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = $3
WHERE event_id = $1 AND target = $2`, errMsg)
}

// Release gives claimed deliveries back without counting an attempt (the
// sender stopped before it knew the outcome), due again at now.
func (s *Store) Release(ctx context.Context, target string, ids []string, now time.Time) error {
	return s.settle(ctx, "release", target, ids,
		`UPDATE deliveries SET next_attempt_at = $3 WHERE event_id = $1 AND target = $2`, dbTime(now))
}

func (s *Store) settle(ctx context.Context, what, target string, ids []string, query string, args ...any) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, query)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, id := range ids {
			if _, err := stmt.ExecContext(ctx, append([]any{id, target}, args...)...); err != nil {
				return fmt.Errorf("event %s: %w", id, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: %s deliveries for %s: %w", what, target, err)
	}
	return nil
}

// Pending counts the pending deliveries to target, due or not.
func (s *Store) Pending(ctx context.Context, target string) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx,
		`SELECT COUNT(*) FROM deliveries WHERE target = $1 AND status = 'pending'`, target).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: count pending deliveries for %s: %w", target, err)
	}
	return n, nil
}

// NextDue is when the earliest pending delivery to target is due; ok is
// false when none is pending.
func (s *Store) NextDue(ctx context.Context, target string) (next time.Time, ok bool, err error) {
	// ORDER BY ... LIMIT 1 rather than MIN(): SQLite reports no declared
	// type for an aggregate, so its driver would return text.
	err = s.db.QueryRowContext(ctx, `SELECT next_attempt_at FROM deliveries
WHERE target = $1 AND status = 'pending' ORDER BY next_attempt_at LIMIT 1`, target).Scan(&next)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("store: next due delivery for %s: %w", target, err)
	}
	return next.UTC(), true, nil
}

func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

func execCount(ctx context.Context, tx *sql.Tx, query string, args ...any) (int64, error) {
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// dbTime is t as stored: UTC, at PostgreSQL's microsecond precision, so
// that both databases return what was written.
func dbTime(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// nullable stores "" as NULL.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
