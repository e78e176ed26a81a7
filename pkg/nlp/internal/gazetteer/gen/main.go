// Command gen rebuilds the gazetteer's embedded data, gazetteer.tsv, from
// the public company lists (SEC EDGAR tickers, index constituent lists) and
// the hand-written files of the package (curated.tsv, places.tsv,
// common-words.txt). Run it from the module root:
//
//	go run ./pkg/nlp/internal/gazetteer/gen -src ../shared/data/companies
//
// or with go generate in the package. Without flags it finds the module
// root from the working directory and reads the lists from
// ../shared/data/companies beside it.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run() error {
	src := flag.String("src", "", "folder with the company lists (default: ../shared/data/companies beside the module root)")
	dir := flag.String("dir", "", "the gazetteer package folder (default: found from the module root)")
	check := flag.Bool("check", false, "only report whether gazetteer.tsv is up to date")
	flag.Parse()

	root, err := moduleRoot()
	if err != nil {
		return err
	}
	if *src == "" {
		*src = filepath.Join(root, "..", "shared", "data", "companies")
	}
	if *dir == "" {
		*dir = filepath.Join(root, "pkg", "nlp", "internal", "gazetteer")
	}
	out, err := generate(os.DirFS(*src), os.DirFS(*dir))
	if err != nil {
		return err
	}
	path := filepath.Join(*dir, outputFile)
	if *check {
		old, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		if !bytes.Equal(old, out) {
			return fmt.Errorf("%s is out of date: run go generate", path)
		}
		return nil
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// moduleRoot returns the nearest folder at or above the working directory
// that holds a go.mod.
func moduleRoot() (string, error) {
	d, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working directory: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", errors.New("no go.mod at or above the working directory")
		}
		d = parent
	}
}
