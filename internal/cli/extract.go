package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/tickerwire/tickerwire/pkg/nlp"
)

// maxLine bounds one input document; a longer line is reported and
// skipped rather than read into memory whole.
const maxLine = 16 << 20

// extract reads JSON Lines documents from in and writes one enrichment
// record per document to out. A line that is not a document is reported
// on errOut with its line number and skipped; the result is an error when
// any line was skipped, so scripts notice.
func extract(ctx context.Context, x *nlp.Extractor, in io.Reader, out, errOut io.Writer) error {
	r := bufio.NewReaderSize(in, 1<<20)
	w := bufio.NewWriterSize(out, 1<<16)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var bad int
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := readLine(r)
		if errors.Is(err, io.EOF) && len(raw) == 0 {
			break
		}
		if err != nil && !errors.Is(err, io.EOF) {
			if errors.Is(err, errLineTooLong) {
				fmt.Fprintf(errOut, "extract: line %d: longer than %d bytes, skipped\n", line, maxLine)
				bad++
				continue
			}
			return fmt.Errorf("extract: read line %d: %w", line, err)
		}
		if len(trimSpace(raw)) == 0 {
			continue
		}
		var doc nlp.Document
		if err := json.Unmarshal(raw, &doc); err != nil {
			fmt.Fprintf(errOut, "extract: line %d: not a JSON document: %v\n", line, err)
			bad++
			continue
		}
		if err := enc.Encode(x.Extract(doc)); err != nil {
			return fmt.Errorf("extract: write: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("extract: write: %w", err)
	}
	if bad > 0 {
		return fmt.Errorf("extract: %d line(s) skipped", bad)
	}
	return nil
}

var errLineTooLong = errors.New("line too long")

// readLine returns the next line without its newline. A line longer than
// maxLine is consumed and reported with errLineTooLong.
func readLine(r *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(buf)+len(chunk) > maxLine {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = r.ReadSlice('\n')
			}
			return nil, errLineTooLong
		}
		buf = append(buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if len(buf) > 0 && buf[len(buf)-1] == '\n' {
			buf = buf[:len(buf)-1]
		}
		return buf, err
	}
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
