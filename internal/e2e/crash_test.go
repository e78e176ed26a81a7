package e2e

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/tickerwire/tickerwire/internal/sink/store/storetest"
)

// companies are names the gazetteer knows with their tickers; the crash
// test's articles rotate through them.
var companies = []struct{ name, ticker string }{
	{"Amazon", "AMZN"}, {"Microsoft", "MSFT"}, {"Siemens", "SIE"}, {"SAP", "SAP"},
	{"Alphabet", "GOOGL"}, {"Nvidia", "NVDA"}, {"BASF", "BAS"}, {"Apple", "AAPL"},
}

// crashArticles writes n distinct German and English results articles,
// each announcing a capex amount no other article has, so each must yield
// exactly one earnings event and one capex alert of its own.
func crashArticles(n int) []article {
	out := make([]article, n)
	for i := range out {
		c := companies[i%len(companies)]
		capex := 10 + float64(i)/10 // billions, unique per article
		rev := 20 + float64(i%50)
		if i%2 == 0 {
			out[i] = article{
				Slug:  fmt.Sprintf("de-%03d", i),
				Title: fmt.Sprintf("%s steigert Umsatz und investiert kräftig", c.name),
				Text: fmt.Sprintf("%s hat im zweiten Quartal den Umsatz um %d Prozent auf %s Milliarden Euro gesteigert. "+
					"Der operative Gewinn lag bei %s Milliarden Euro. Im ersten Halbjahr hat der Konzern %s Milliarden Euro in neue Werke und Rechenzentren investiert.",
					c.name, 5+i%20, deNum(rev), deNum(rev/10), deNum(capex)),
			}
		} else {
			out[i] = article{
				Slug:  fmt.Sprintf("en-%03d", i),
				Title: fmt.Sprintf("%s lifts quarterly revenue, steps up investment", c.name),
				Text: fmt.Sprintf("%s said on Thursday that second-quarter revenue rose %d percent to $%.1f billion. "+
					"Operating income was $%.1f billion. The company said it spent $%.1f billion on capital expenditures in the first half, mostly on data centers.",
					c.name, 5+i%20, rev, rev/10, capex),
			}
		}
	}
	return out
}

func deNum(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	return s[:len(s)-2] + "," + s[len(s)-1:]
}

// TestCrashRecovery kills the pipeline with SIGKILL while several hundred
// articles are on their way, restarts it on the same data directory, and
// checks that every article's events are in SQL exactly once.
func TestCrashRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary twice")
	}
	const n = 300
	bin := filepath.Join(t.TempDir(), "tickerwire")
	build := exec.Command("go", "build", "-o", bin, "github.com/tickerwire/tickerwire/cmd/tickerwire")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	db := storetest.SQLite(t)
	dir := db.DataDir
	articles := crashArticles(n)
	// The feed grows by 40 items a poll, so the kill lands mid-stream.
	feed := feedServer(t, articles, func(req int) int { return 40 * req })
	hook := newHooks(t)
	cl := newCluster(dir)
	args := append([]string{"run",
		"--feeds", writeFeeds(t, dir, feed.URL), "--data-dir", dir,
		"--webhook", hook.srv.URL + "/hook", "--webhook-secret", hook.secret,
		"--host-delay", "0s", "--log-level", "warn",
	}, cl.args()...)
	conn := openDB(t, db)

	start := func() (*exec.Cmd, *bytes.Buffer) {
		cmd := exec.Command(bin, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
		return cmd, &stderr
	}

	first, _ := start()
	waitFor(t, 2*time.Minute, "the first events in SQL", func() bool { return countEvents(conn) >= 20 })
	if err := first.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	first.Wait()
	atKill := countEvents(conn)
	if atKill >= 2*n {
		t.Fatalf("all %d events were stored before the kill; the test did not crash mid-stream", atKill)
	}
	t.Logf("killed with %d of %d events stored", atKill, 2*n)

	second, stderr := start()
	waitFor(t, 3*time.Minute, "every article's events in SQL", func() bool { return countEvents(conn) >= 2*n })
	if err := second.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := second.Wait(); err != nil {
		t.Fatalf("restarted run did not stop cleanly on SIGTERM: %v\n%s", err, stderr)
	}

	perArticle := map[string]map[string]int{}
	rows, err := conn.Query(`SELECT article_url, type, COUNT(*) FROM events GROUP BY article_url, type`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var url, typ string
		var c int
		if err := rows.Scan(&url, &typ, &c); err != nil {
			t.Fatal(err)
		}
		if perArticle[url] == nil {
			perArticle[url] = map[string]int{}
		}
		perArticle[url][typ] = c
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	for _, a := range articles {
		got := perArticle[feed.URL+"/articles/"+a.Slug]
		if got["earnings"] != 1 || got["capex_alert"] != 1 {
			t.Errorf("article %s: %v events, want one earnings event and one capex alert", a.Slug, got)
		}
	}
	if total := countEvents(conn); total != 2*n {
		t.Errorf("%d event rows, want %d", total, 2*n)
	}
}
