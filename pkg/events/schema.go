package events

import (
	"embed"
	"fmt"
)

//go:embed schema/*.json
var schemas embed.FS

// Schema returns the JSON Schema (draft 2020-12) of the values on topic.
// The schemas refer to shared definitions in "defs.json", which
// SchemaFiles also returns. news.dlq has none: its values are failed
// inputs, kept byte for byte.
func Schema(topic string) ([]byte, error) {
	b, err := schemas.ReadFile("schema/" + topic + ".json")
	if err != nil {
		return nil, fmt.Errorf("schema of %s: %w", topic, err)
	}
	return b, nil
}

// SchemaFiles returns every schema file by name ("news.raw.json",
// "defs.json", ...), for validators that need the whole set.
func SchemaFiles() (map[string][]byte, error) {
	entries, err := schemas.ReadDir("schema")
	if err != nil {
		return nil, err
	}
	out := make(map[string][]byte, len(entries))
	for _, e := range entries {
		b, err := schemas.ReadFile("schema/" + e.Name())
		if err != nil {
			return nil, err
		}
		out[e.Name()] = b
	}
	return out, nil
}
