// Package corpus reads the development corpora kept beside the repository
// (../shared/data seen from the module root) for the measuring tests of
// pkg/nlp. Nothing shipped reads them; tests skip when they are absent.
package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Dir returns the directory of the shared development data, found by
// walking up from the working directory to the module root. ok is false
// when there is none.
func Dir() (dir string, ok bool) {
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			shared := filepath.Join(d, "..", "shared")
			if st, err := os.Stat(shared); err == nil && st.IsDir() {
				return shared, true
			}
			return "", false
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// Path returns the path of a file under the shared directory, or ok false
// when the file is absent.
func Path(rel string) (string, bool) {
	dir, ok := Dir()
	if !ok {
		return "", false
	}
	p := filepath.Join(dir, rel)
	if _, err := os.Stat(p); err != nil {
		return "", false
	}
	return p, true
}

// Article is a document of Reuters-21578, 10kGNAD or the gold files.
type Article struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Text       string   `json:"text"`
	Lang       string   `json:"lang"`
	Category   string   `json:"category"`
	Categories []string `json:"categories"`
}

// Sentence is a sentence of CoNLL-2003 or GermEval 2014 with BIO tags.
type Sentence struct {
	ID     string   `json:"id"`
	Doc    int      `json:"doc"`
	Tokens []string `json:"tokens"`
	NER    []string `json:"ner"`
}

// Each decodes the JSON Lines file at path into values of T and calls fn
// for each, stopping at fn's first error.
func Each[T any](path string, fn func(T) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return fmt.Errorf("corpus: %s:%d: %w", path, n, err)
		}
		if err := fn(v); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("corpus: read %s: %w", path, err)
	}
	return nil
}

// ErrStop ends Each early without an error for the caller.
var ErrStop = errors.New("corpus: stop")
