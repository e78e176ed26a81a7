package feed

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// Extraction errors; see Kind.
var (
	// ErrNotHTML means a page's Content-Type is not HTML.
	ErrNotHTML = errors.New("not an HTML page")
	// ErrNoText means a page has no paragraph text to extract.
	ErrNoText = errors.New("no main text found")
)

// dropped are elements whose content is never article text: code,
// navigation, page furniture, forms and embedded media.
var dropped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Iframe: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Object: true, atom.Embed: true, atom.Nav: true,
	atom.Aside: true, atom.Footer: true, atom.Header: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Figure: true, atom.Dialog: true,
}

// blocks are elements that start and end a line of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Hr: true,
	atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Figcaption: true, atom.Body: true,
}

// HTMLText converts an HTML fragment, such as a feed item's description,
// to plain text: tags dropped, entities decoded, whitespace collapsed, one
// line per paragraph or other block, lines joined with "\n". Text without
// markup comes back with its entities decoded and whitespace collapsed.
func HTMLText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return plainText(s)
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		// ParseFragment fails only when its reader does; a strings.Reader
		// does not.
		return plainText(s)
	}
	var r renderer
	for _, n := range nodes {
		r.render(n)
	}
	return r.String()
}

// MainText extracts the article text of an HTML page: the <article>
// element (or <main>) that holds the most paragraph text, or else the
// element with the most text in its own <p> children; navigation, asides,
// footers, scripts and forms are left out. Paragraphs and other blocks
// become lines joined with "\n". contentType is the response's
// Content-Type; the charset comes from it or the page's <meta>.
func MainText(body []byte, contentType string) (string, error) {
	sniffed := contentType
	if sniffed == "" {
		// Only the media type counts: DetectContentType's charset is a
		// guess, and charset.NewReader below looks at the page's <meta>.
		sniffed = http.DetectContentType(body)
	}
	if err := checkHTML(sniffed); err != nil {
		return "", err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return "", ErrNoText
	}
	r, err := charset.NewReader(bytes.NewReader(body), contentType)
	if err != nil {
		return "", fmt.Errorf("decode page: %w", err)
	}
	doc, err := html.Parse(r)
	if err != nil {
		return "", fmt.Errorf("parse page: %w", err)
	}
	root := mainElement(doc)
	if root == nil {
		return "", ErrNoText
	}
	var out renderer
	out.render(root)
	text := out.String()
	if text == "" {
		return "", ErrNoText
	}
	return text, nil
}

// checkHTML fails with ErrNotHTML unless contentType is empty or an HTML
// media type.
func checkHTML(contentType string) error {
	if contentType == "" {
		return nil
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return fmt.Errorf("content type %q: %w", contentType, ErrNotHTML)
	}
	return nil
}

// mainElement picks the element that holds the article, or nil when the
// page has no paragraph text.
func mainElement(doc *html.Node) *html.Node {
	s := scores{own: map[*html.Node]int{}, total: map[*html.Node]int{}}
	s.walk(doc, nil)
	var dense *html.Node
	for _, n := range s.parents {
		if dense == nil || s.own[n] > s.own[dense] {
			dense = n
		}
	}
	if dense == nil {
		return nil
	}
	// An <article>, else a <main>, wins when it holds at least as much
	// paragraph text as the densest block: it then contains that block
	// and usually the subheadings and lists between its paragraphs as
	// well. <article> goes first because <main> often also holds teasers
	// of other stories.
	for _, candidates := range [][]*html.Node{s.articles, s.mains} {
		var best *html.Node
		for _, n := range candidates {
			if best == nil || s.total[n] > s.total[best] {
				best = n
			}
		}
		if best != nil && s.total[best] >= s.own[dense] {
			return best
		}
	}
	return dense
}

// scores holds the paragraph text length of elements: own counts the
// element's child <p>s, total all <p>s below it.
type scores struct {
	own, total map[*html.Node]int
	// parents are the elements with an own score, in document order, so
	// that ties go to the first and the result never depends on map
	// iteration order.
	parents []*html.Node
	// articles are the <article> elements, mains the <main> and
	// role=main ones, in document order.
	articles, mains []*html.Node
}

func (s *scores) walk(n *html.Node, ancestors []*html.Node) {
	if n.Type == html.ElementNode {
		if skip(n) {
			return
		}
		switch {
		case n.DataAtom == atom.Article:
			s.articles = append(s.articles, n)
		case n.DataAtom == atom.Main || attr(n, "role") == "main":
			s.mains = append(s.mains, n)
		}
		if n.DataAtom == atom.P {
			l := len(textOf(n))
			if l > 0 && n.Parent != nil {
				if _, ok := s.own[n.Parent]; !ok {
					s.parents = append(s.parents, n.Parent)
				}
				s.own[n.Parent] += l
				for _, a := range ancestors {
					s.total[a] += l
				}
			}
			return
		}
		ancestors = append(ancestors, n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s.walk(c, ancestors)
	}
}

func textOf(n *html.Node) string {
	var r renderer
	r.render(n)
	return r.String()
}

func skip(n *html.Node) bool {
	if dropped[n.DataAtom] {
		return true
	}
	for _, a := range n.Attr {
		if a.Namespace == "" && (a.Key == "hidden" || a.Key == "aria-hidden" && a.Val == "true") {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// renderer writes the text of a node tree with collapsed whitespace and a
// line break around every block element.
type renderer struct {
	b strings.Builder
	// line is true when the current line has text; space when a space
	// is due before the next word.
	line, space bool
}

func (r *renderer) render(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
		if skip(n) {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := blocks[n.DataAtom]
	if block {
		r.newline()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.render(c)
	}
	if block {
		r.newline()
	}
}

func (r *renderer) text(s string) {
	words := strings.Fields(s)
	if len(words) == 0 {
		r.space = r.line
		return
	}
	if !strings.HasPrefix(s, words[0]) {
		r.space = r.line
	}
	for _, w := range words {
		if r.space {
			r.b.WriteByte(' ')
		}
		r.b.WriteString(w)
		r.line, r.space = true, true
	}
	r.space = !strings.HasSuffix(s, words[len(words)-1])
}

func (r *renderer) newline() {
	if r.line {
		r.b.WriteByte('\n')
	}
	r.line, r.space = false, false
}

// String returns the text. Invalid UTF-8, which the HTML parser passes
// through from pages that lie about their charset, becomes U+FFFD.
func (r *renderer) String() string {
	return strings.ToValidUTF8(strings.TrimSuffix(r.b.String(), "\n"), "\uFFFD")
}

// plainText collapses the white space within each line of s and drops
// empty lines, keeping the paragraph breaks of text without markup.
func plainText(s string) string {
	var lines []string
	for l := range strings.Lines(s) {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}
