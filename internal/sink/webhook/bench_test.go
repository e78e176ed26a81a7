package webhook

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkNotify measures one signed POST to a loopback server over a
// kept-alive connection.
func BenchmarkNotify(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	n, err := New(srv.URL, Options{Secret: secret})
	if err != nil {
		b.Fatal(err)
	}
	m := Message{ID: "e1", Type: "earnings", Body: body}
	for b.Loop() {
		if _, err := n.Notify(context.Background(), m); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "requests/s")
}
