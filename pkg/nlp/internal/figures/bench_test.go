package figures

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// sharedData returns the path of a file under ../shared/data, computed
// from the module root, and skips the benchmark when it is absent.
func sharedData(b *testing.B, rel string) string {
	b.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		b.Skip("cannot locate the source file")
	}
	// This file is pkg/nlp/internal/figures/bench_test.go in the module.
	root := filepath.Join(filepath.Dir(file), "..", "..", "..", "..")
	p := filepath.Join(root, "..", "shared", "data", rel)
	if _, err := os.Stat(p); err != nil {
		b.Skipf("shared data not available: %v", err)
	}
	return p
}

// loadArticles reads up to n article texts from a JSON Lines file with a
// "text" field (and "title", when present).
func loadArticles(b *testing.B, path string, n int) []string {
	b.Helper()
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() && len(out) < n {
		var d struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		body := d.Text
		if d.Title != "" {
			body = d.Title + "\n\n" + d.Text
		}
		out = append(out, body)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return out
}

func benchmarkCorpus(b *testing.B, rel, lang string) {
	docs := loadArticles(b, sharedData(b, rel), 1000)
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	// One Scratch for the run, as pkg/nlp keeps one per worker: the
	// benchmark measures the path the pipeline takes.
	var s Scratch
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			s.Extract(d, lang)
		}
	}
	// Allocations per article: the allocations of one loop over all
	// articles divided by their number.
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
		for _, d := range docs {
			s.Extract(d, lang)
		}
	}))/float64(len(docs)), "allocs/article")
}

// BenchmarkExtractGerman measures German news (10kGNAD, Der Standard).
func BenchmarkExtractGerman(b *testing.B) {
	benchmarkCorpus(b, filepath.Join("de-news", "10kgnad_test.jsonl"), "de")
}

// BenchmarkExtractEnglish measures English wire text (Reuters-21578).
func BenchmarkExtractEnglish(b *testing.B) {
	benchmarkCorpus(b, filepath.Join("reuters21578", "train.jsonl"), "en")
}

// BenchmarkExtractFigureDense measures a text made of figures only, the
// worst case for attribution.
func BenchmarkExtractFigureDense(b *testing.B) {
	text := strings.Repeat("Der Umsatz stieg im ersten Halbjahr 2025 um 12 Prozent auf 4,2 Milliarden Euro, "+
		"Analysten hatten mit rund 4,0 Mrd. Euro gerechnet. ", 40)
	var s Scratch
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Extract(text, "de")
	}
}

// BenchmarkExtractNumbers measures a megabyte of numbers and figures in
// the patterns of TestWorkIsLinear, the worst case for time and memory.
func BenchmarkExtractNumbers(b *testing.B) {
	text := numbersText(1 << 20)
	var s Scratch
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Extract(text, "en")
	}
}
