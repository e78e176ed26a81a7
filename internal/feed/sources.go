package feed

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"time"

	"go.yaml.in/yaml/v3"
)

// DefaultInterval is the polling interval of a feed whose entry gives none.
const DefaultInterval = 5 * time.Minute

// MinInterval is the shortest polling interval a feeds file may ask for.
const MinInterval = time.Second

// Source is one feed of the feeds file.
type Source struct {
	// Name identifies the feed in logs and is RawArticle.Source; it is
	// unique within the file.
	Name string
	// URL is the feed's absolute http(s) URL.
	URL string
	// Interval is the time between two polls.
	Interval time.Duration
}

// LoadSources reads the feeds file at path. The file is strict YAML:
//
//	feeds:
//	  - name: golem
//	    url: https://rss.golem.de/rss.php?feed=RSS2.0
//	    interval: 10m   # a Go duration >= 1s; DefaultInterval when omitted
//
// Unknown keys, duplicate names, URLs that are not absolute http(s) and
// intervals that are not Go durations of at least MinInterval are errors;
// an error names the file, the line, the feed and the field, and all
// problems of the file are reported together.
func LoadSources(path string) ([]Source, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("feeds file: %w", err)
	}
	defer f.Close()
	return ParseSources(f, path)
}

// ParseSources parses a feeds file read from r; name is the file's name for
// error messages. See LoadSources for the format.
func ParseSources(r io.Reader, name string) ([]Source, error) {
	dec := yaml.NewDecoder(r)
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: no feeds: the file is empty", name)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: more than one YAML document", name)
	}
	sources, errs := parseDocument(&doc)
	if len(errs) > 0 {
		for i, err := range errs {
			errs[i] = fmt.Errorf("%s: %w", name, err)
		}
		return nil, errors.Join(errs...)
	}
	return sources, nil
}

// parseDocument walks the YAML tree itself rather than decoding into a
// struct so that every error can name the line, the feed and the field.
func parseDocument(doc *yaml.Node) ([]Source, []error) {
	root := doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		return nil, []error{fmt.Errorf("line %d: want a mapping with the key \"feeds\"", root.Line)}
	}
	var list *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Value != "feeds" {
			return nil, []error{fmt.Errorf("line %d: unknown key %q (the only key is \"feeds\")", k.Line, k.Value)}
		}
		if list != nil {
			return nil, []error{fmt.Errorf("line %d: key \"feeds\" given twice", k.Line)}
		}
		list = v
	}
	if list == nil || list.Kind == yaml.ScalarNode && list.Tag == "!!null" {
		return nil, []error{errors.New("no feeds: the list \"feeds\" is missing or empty")}
	}
	if list.Kind != yaml.SequenceNode {
		return nil, []error{fmt.Errorf("line %d: \"feeds\" must be a list", list.Line)}
	}
	if len(list.Content) == 0 {
		return nil, []error{errors.New("no feeds: the list \"feeds\" is empty")}
	}
	var (
		sources []Source
		errs    []error
		lines   = map[string]int{}
	)
	for i, entry := range list.Content {
		src, entryErrs := parseEntry(entry, i+1)
		errs = append(errs, entryErrs...)
		if len(entryErrs) > 0 {
			continue
		}
		if first, dup := lines[src.Name]; dup {
			errs = append(errs, fmt.Errorf("line %d: feed %q: name: duplicate (first used at line %d)", entry.Line, src.Name, first))
			continue
		}
		lines[src.Name] = entry.Line
		sources = append(sources, src)
	}
	return sources, errs
}

func parseEntry(n *yaml.Node, pos int) (Source, []error) {
	if n.Kind != yaml.MappingNode {
		return Source{}, []error{fmt.Errorf("line %d: feed #%d: want a mapping with name, url and interval", n.Line, pos)}
	}
	// The name is looked up first so that every error of the entry can
	// carry it, whatever the order of the keys.
	label := fmt.Sprintf("feed #%d", pos)
	src := Source{Interval: DefaultInterval}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k, v := n.Content[i], n.Content[i+1]; k.Value == "name" && v.Kind == yaml.ScalarNode && v.Value != "" {
			src.Name = v.Value
			label = fmt.Sprintf("feed %q", src.Name)
		}
	}
	var errs []error
	if src.Name == "" {
		errs = append(errs, fmt.Errorf("line %d: %s: name: missing", n.Line, label))
	}
	fields := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Value != "name" && k.Value != "url" && k.Value != "interval":
			errs = append(errs, fmt.Errorf("line %d: %s: unknown field %q (want name, url, interval)", k.Line, label, k.Value))
		case fields[k.Value] != nil:
			errs = append(errs, fmt.Errorf("line %d: %s: %s: given twice", k.Line, label, k.Value))
		case v.Kind != yaml.ScalarNode:
			errs = append(errs, fmt.Errorf("line %d: %s: %s: want a string", v.Line, label, k.Value))
		default:
			fields[k.Value] = v
		}
	}
	if v := fields["url"]; v == nil || v.Value == "" {
		errs = append(errs, fmt.Errorf("line %d: %s: url: missing", n.Line, label))
	} else if err := checkURL(v.Value); err != nil {
		errs = append(errs, fmt.Errorf("line %d: %s: url: %w", v.Line, label, err))
	} else {
		src.URL = v.Value
	}
	if v := fields["interval"]; v != nil {
		d, err := time.ParseDuration(v.Value)
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("line %d: %s: interval: %q is not a Go duration such as 5m or 90s", v.Line, label, v.Value))
		case d < MinInterval:
			errs = append(errs, fmt.Errorf("line %d: %s: interval: %s is shorter than %s", v.Line, label, v.Value, MinInterval))
		default:
			src.Interval = d
		}
	}
	return src, errs
}

func checkURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%q: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return fmt.Errorf("%q is not an absolute http(s) URL", raw)
	}
	return nil
}
