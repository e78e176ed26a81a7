package ingest

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/tickerwire/tickerwire/internal/feed"
	"github.com/tickerwire/tickerwire/pkg/events"
)

func article(id, feedURL string) events.RawArticle {
	return events.RawArticle{ID: id, FeedURL: feedURL, Source: "s", Title: "t " + id, TextFrom: feed.TextFromFeed}
}

func TestStoreOutbox(t *testing.T) {
	ctx := t.Context()
	st, err := openStore(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	now := time.Now()
	if err := st.enqueue(ctx, "f1", []events.RawArticle{article("a", "f1"), article("b", "f1")}); err != nil {
		t.Fatal(err)
	}
	if err := st.enqueue(ctx, "f2", []events.RawArticle{article("c", "f2")}); err != nil {
		t.Fatal(err)
	}
	// Enqueuing again keeps one copy.
	if err := st.enqueue(ctx, "f1", []events.RawArticle{article("a", "f1")}); err != nil {
		t.Fatal(err)
	}
	ids := func(as []events.RawArticle) (out []string) {
		for _, a := range as {
			out = append(out, a.ID)
		}
		return out
	}
	if p, err := st.pending(ctx, "f1", 10); err != nil || !slices.Equal(ids(p), []string{"a", "b"}) {
		t.Fatalf("pending f1 = %v, %v", ids(p), err)
	}
	if p, err := st.pending(ctx, "", 2); err != nil || !slices.Equal(ids(p), []string{"a", "b"}) {
		t.Fatalf("pending all, limit 2 = %v, %v", ids(p), err)
	}
	known, err := st.known(ctx, "f1", []string{"a", "c", "x"}, now)
	if err != nil || !known["a"] || !known["c"] || known["x"] {
		t.Fatalf("known = %v, %v", known, err)
	}
	if err := st.published(ctx, []events.RawArticle{article("a", "f1")}, now); err != nil {
		t.Fatal(err)
	}
	if p, _ := st.pending(ctx, "", 10); !slices.Equal(ids(p), []string{"b", "c"}) {
		t.Fatalf("pending after publishing a = %v", ids(p))
	}
	if known, _ := st.known(ctx, "f1", []string{"a"}, now); !known["a"] {
		t.Fatal("a not known after publishing")
	}
}

func TestStoreKnownManyIDs(t *testing.T) {
	ctx := t.Context()
	st, err := openStore(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	var as []events.RawArticle
	var ids []string
	for i := range 3*maxParams + 7 {
		as = append(as, article(fmt.Sprint("id", i), "f"))
		ids = append(ids, fmt.Sprint("id", i))
	}
	if err := st.published(ctx, as[:2*maxParams], time.Now()); err != nil {
		t.Fatal(err)
	}
	known, err := st.known(ctx, "f", ids, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(known) != 2*maxParams {
		t.Fatalf("%d known, want %d", len(known), 2*maxParams)
	}
}

// TestStorePrune checks that ids are forgotten only when they left their
// feed before the cutoff, not while a feed that still carries them
// answers 304.
func TestStorePrune(t *testing.T) {
	ctx := t.Context()
	st, err := openStore(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	day := func(d int) time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d) }

	// Day 0: a feed carries a and b; a feed no longer configured had z.
	if err := st.published(ctx, []events.RawArticle{article("a", "f"), article("b", "f")}, day(0)); err != nil {
		t.Fatal(err)
	}
	if err := st.published(ctx, []events.RawArticle{article("z", "gone")}, day(0)); err != nil {
		t.Fatal(err)
	}
	if err := st.fetched(ctx, "f", feed.Validators{ETag: "1"}, day(0)); err != nil {
		t.Fatal(err)
	}
	// Day 10: the feed drops a, still carries b.
	if _, err := st.known(ctx, "f", []string{"b"}, day(10)); err != nil {
		t.Fatal(err)
	}
	if err := st.fetched(ctx, "f", feed.Validators{ETag: "2"}, day(10)); err != nil {
		t.Fatal(err)
	}
	// Day 50, after 40 days of 304s: a and z are forgotten, b is not.
	n, err := st.prune(ctx, day(50).Add(-30*24*time.Hour))
	if err != nil || n != 2 {
		t.Fatalf("prune = %d, %v; want 2", n, err)
	}
	known, err := st.known(ctx, "f", []string{"a", "b", "z"}, day(50))
	if err != nil || known["a"] || !known["b"] || known["z"] {
		t.Fatalf("known after prune = %v, %v; want only b", known, err)
	}
}
