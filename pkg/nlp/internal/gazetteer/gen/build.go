package main

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"github.com/tickerwire/tickerwire/pkg/nlp/internal/gazetteer/internal/names"
)

// outputFile is the generated file, embedded by the gazetteer package.
const outputFile = "gazetteer.tsv"

// Prominence levels (see gazetteer.Entry.Prominence).
const (
	promOTC      = 1 // OTC or no exchange
	promListed   = 2 // NYSE, Nasdaq, CBOE
	promMidIndex = 3 // MDAX, SDAX
	promIndex    = 4 // S&P 500, Nasdaq-100, Dow, DAX, FTSE 100, Euro Stoxx 50
)

// entity is one gazetteer entry while it is being assembled.
type entity struct {
	kind       string // C company, S segment, B brand, P place
	ticker     string
	exchange   string
	country    string
	prominence int
	parent     string
	canonical  string
	canonRank  int      // how trustworthy canonical is; a better source replaces it
	names      []string // surface forms, with flag prefixes once finished
	listings   []string // other tickers of the same entity, "TICKER@Exchange"
	curated    bool
	gone       bool // merged into another entity
}

// Canonical-name sources, worst to best.
const (
	rankUpper   = iota // an upper-case list name, case fixed by guess
	rankMixed          // a mixed-case list name
	rankIndex          // an index list's full name with legal form
	rankCurated        // written by hand
)

type builder struct {
	all      []*entity
	byTicker map[string][]*entity // normalised primary ticker -> entities
	byCIK    map[int]*entity
	words    map[string]bool // common words (folded keys)
	places   map[string]bool // place names (name keys)
}

func generate(src, pkg fs.FS) ([]byte, error) {
	b := &builder{byTicker: map[string][]*entity{}, byCIK: map[int]*entity{}}
	var err error
	if b.words, err = readWords(pkg, "common-words.txt"); err != nil {
		return nil, err
	}
	steps := []func(fs.FS) error{
		b.readSEC, b.readUSIndexes, b.readDatahub, b.readGermanIndexes, b.readFTSE, b.readEuroStoxx,
	}
	for _, step := range steps {
		if err := step(src); err != nil {
			return nil, err
		}
	}
	for _, f := range []string{"curated.tsv", "places.tsv"} {
		if err := b.readCurated(pkg, f); err != nil {
			return nil, err
		}
	}
	b.mergeForeignListings()
	return b.write(), nil
}

// normTicker makes share-class separators comparable: BRK.B, BRK-B and
// BRK/B are one ticker.
func normTicker(t string) string {
	t = strings.ToUpper(strings.TrimSpace(t))
	return strings.NewReplacer("-", ".", "/", ".").Replace(t)
}

func (b *builder) add(e *entity) *entity {
	b.all = append(b.all, e)
	if e.ticker != "" {
		k := normTicker(e.ticker)
		b.byTicker[k] = append(b.byTicker[k], e)
	}
	return e
}

// find returns the live entity with this primary ticker and, when country
// is not empty, this listing country.
func (b *builder) find(ticker, country string) *entity {
	for _, e := range b.byTicker[normTicker(ticker)] {
		if !e.gone && (country == "" || e.country == country) {
			return e
		}
	}
	return nil
}

func (e *entity) addName(n string) {
	n = strings.TrimSpace(n)
	if n != "" && !slices.Contains(e.names, n) {
		e.names = append(e.names, n)
	}
}

func (e *entity) setCanonical(n string, rank int) {
	if n != "" && (e.canonical == "" || rank > e.canonRank) {
		e.canonical, e.canonRank = n, rank
	}
}

// readSEC reads the SEC's ticker list: one entity per CIK, its first
// (largest) ticker primary and the others listings of the same entity.
func (b *builder) readSEC(src fs.FS) error {
	const file = "sec_company_tickers_exchange.json"
	raw, err := fs.ReadFile(src, file)
	if err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	var doc struct {
		Data [][]any `json:"data"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return fmt.Errorf("parse %s: %w", file, err)
	}
	for i, row := range doc.Data {
		if len(row) != 4 {
			return fmt.Errorf("%s: row %d has %d fields", file, i, len(row))
		}
		cikF, _ := row[0].(float64)
		name, _ := row[1].(string)
		ticker, _ := row[2].(string)
		exch, _ := row[3].(string)
		cik := int(cikF)
		if e := b.byCIK[cik]; e != nil {
			e.listings = append(e.listings, ticker+"@"+exch)
			continue
		}
		name = cleanName(name)
		e := b.add(&entity{kind: "C", ticker: ticker, exchange: exch, country: "US", prominence: exchangeProminence(exch)})
		e.setCanonical(fixCase(name), caseRank(name))
		e.addName(name)
		b.byCIK[cik] = e
	}
	return nil
}

func exchangeProminence(exch string) int {
	switch exch {
	case "NYSE", "Nasdaq", "CBOE":
		return promListed
	}
	return promOTC
}

func caseRank(name string) int {
	if strings.ToUpper(name) == name {
		return rankUpper
	}
	return rankMixed
}

func readCSV(src fs.FS, file string) ([]map[string]string, error) {
	f, err := src.Open(file)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", file, err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", file, err)
	}
	if len(recs) < 2 {
		return nil, fmt.Errorf("%s: no rows", file)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			if i < len(r) {
				m[h] = strings.TrimSpace(r[i])
			}
		}
		out = append(out, m)
	}
	return out, nil
}

// readUSIndexes adds the S&P 500, Nasdaq-100 and Dow lists: their members
// become index-prominent, and their names (proper case) become names.
func (b *builder) readUSIndexes(src fs.FS) error {
	for _, file := range []string{"idx_sp500.csv", "idx_nasdaq100.csv", "idx_dowjones.csv"} {
		rows, err := readCSV(src, file)
		if err != nil {
			return err
		}
		for _, r := range rows {
			name := cleanName(r["Name"])
			e := b.find(r["Symbol"], "US")
			if e == nil {
				e = b.add(&entity{kind: "C", ticker: r["Symbol"], exchange: "NYSE", country: "US"})
			}
			e.prominence = max(e.prominence, promIndex)
			rank := rankMixed
			if file == "idx_dowjones.csv" {
				rank = rankIndex // the Dow list gives full legal names
			}
			e.setCanonical(name, rank)
			e.addName(name)
		}
	}
	return nil
}

// readDatahub adds the S&P 500 list with its short "Security" names.
func (b *builder) readDatahub(src fs.FS) error {
	rows, err := readCSV(src, "sp500_constituents_datahub.csv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		e := b.find(r["Symbol"], "US")
		if e == nil {
			e = b.add(&entity{kind: "C", ticker: r["Symbol"], exchange: "NYSE", country: "US"})
		}
		e.prominence = max(e.prominence, promIndex)
		name := cleanName(r["Security"])
		e.setCanonical(name, rankMixed)
		e.addName(name)
	}
	return nil
}

func (b *builder) readGermanIndexes(src fs.FS) error {
	for _, f := range []struct {
		file string
		prom int
	}{{"idx_dax.csv", promIndex}, {"idx_mdax.csv", promMidIndex}, {"idx_sdax.csv", promMidIndex}} {
		rows, err := readCSV(src, f.file)
		if err != nil {
			return err
		}
		for _, r := range rows {
			ticker := strings.TrimSuffix(r["Symbol"], ".DE")
			name := cleanName(r["Name"])
			e := b.find(ticker, "DE")
			if e == nil {
				e = b.add(&entity{kind: "C", ticker: ticker, exchange: "XETRA", country: "DE"})
			}
			e.prominence = max(e.prominence, f.prom)
			rank := caseRank(name)
			if rank == rankMixed {
				rank = rankIndex
			}
			e.setCanonical(fixCase(name), rank)
			e.addName(name)
		}
	}
	return nil
}

func (b *builder) readFTSE(src fs.FS) error {
	rows, err := readCSV(src, "idx_ftse100.csv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		// The list writes share classes with a slash and ends bare
		// tickers with one: "BT/A.L", "BP/.L".
		ticker := strings.TrimRight(strings.TrimSuffix(r["Symbol"], ".L"), "/")
		name := cleanName(r["Name"])
		e := b.find(ticker, "GB")
		if e == nil {
			e = b.add(&entity{kind: "C", ticker: ticker, exchange: "LSE", country: "GB"})
		}
		e.prominence = max(e.prominence, promIndex)
		e.setCanonical(name, rankIndex)
		e.addName(name)
	}
	return nil
}

// euroStoxxMarkets maps a Yahoo suffix to the listing's country and
// exchange.
var euroStoxxMarkets = map[string][2]string{
	".DE": {"DE", "XETRA"},
	".PA": {"FR", "Euronext Paris"},
	".AS": {"NL", "Euronext Amsterdam"},
	".BR": {"BE", "Euronext Brussels"},
	".MI": {"IT", "Borsa Italiana"},
	".MC": {"ES", "BME"},
	".HE": {"FI", "Nasdaq Helsinki"},
}

// legalForms abbreviates the Euro Stoxx list's spelled-out legal forms.
var legalForms = map[string]string{
	"aktiengesellschaft":    "AG",
	"societas europaea":     "SE",
	"naamloze vennootschap": "N.V.",
	"société anonyme":       "S.A.",
	"sociedad anónima":      "S.A.",
	"società per azioni":    "S.p.A.",
	"aktiebolag":            "Abp",
}

func (b *builder) readEuroStoxx(src fs.FS) error {
	rows, err := readCSV(src, "idx_eurostoxx50.csv")
	if err != nil {
		return err
	}
	for _, r := range rows {
		sym := r["Ticker"]
		dot := strings.LastIndexByte(sym, '.')
		if dot < 0 {
			return fmt.Errorf("idx_eurostoxx50.csv: ticker %q has no market suffix", sym)
		}
		market, ok := euroStoxxMarkets[sym[dot:]]
		if !ok {
			return fmt.Errorf("idx_eurostoxx50.csv: unknown market suffix in %q", sym)
		}
		ticker := sym[:dot]
		e := b.find(ticker, market[0])
		if e == nil {
			e = b.add(&entity{kind: "C", ticker: ticker, exchange: market[1], country: market[0]})
		}
		e.prominence = max(e.prominence, promIndex)
		name := cleanName(r["Name"])
		e.addName(name)
		if form := legalForms[strings.ToLower(r["Corporate Form"])]; form != "" && names.StripSuffix(name) == name {
			e.setCanonical(name+" "+form, rankMixed)
		} else {
			e.setCanonical(name, rankMixed)
		}
	}
	return nil
}

// curated file columns.
const (
	colKind = iota
	colTicker
	colExchange
	colCountry
	colProminence
	colParent
	colCanonical
	colNames
	colAlso
	numCols
)

// readCurated reads a hand-written TSV file (see curated.tsv's header). A
// listed company line whose ticker and country match an entity from the
// lists adds to it (names, prominence) and replaces its canonical name; its
// "also" column names other tickers ("NOK@NYSE") of the same entity, whose
// entities from the lists it absorbs. Any other line is a new entity.
func (b *builder) readCurated(pkg fs.FS, file string) error {
	raw, err := fs.ReadFile(pkg, file)
	if err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	for i, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) > numCols {
			return fmt.Errorf("%s:%d: %d columns, want at most %d", file, i+1, len(f), numCols)
		}
		for len(f) < numCols {
			f = append(f, "")
		}
		for j := range f {
			f[j] = strings.TrimSpace(f[j])
		}
		if !strings.Contains("CSBPMGX", f[colKind]) || len(f[colKind]) != 1 {
			return fmt.Errorf("%s:%d: kind %q is not one of C, S, B, P, M, G, X", file, i+1, f[colKind])
		}
		if f[colCanonical] == "" {
			return fmt.Errorf("%s:%d: no canonical name", file, i+1)
		}
		prom := 0
		if f[colProminence] != "" {
			if prom, err = strconv.Atoi(f[colProminence]); err != nil || prom < 0 || prom > 9 {
				return fmt.Errorf("%s:%d: prominence %q is not a digit", file, i+1, f[colProminence])
			}
		}
		var e *entity
		if f[colKind] == "C" && f[colTicker] != "" {
			e = b.find(f[colTicker], f[colCountry])
		}
		if e == nil {
			e = b.add(&entity{kind: f[colKind], ticker: f[colTicker], exchange: f[colExchange], country: f[colCountry]})
		} else {
			// A curated listing is the primary one: an ADR found first in
			// the SEC list gives way to the home market's ticker.
			if f[colExchange] != "" {
				e.exchange = f[colExchange]
			}
		}
		e.curated = true
		e.parent = f[colParent]
		if prom > 0 {
			e.prominence = prom
		}
		e.setCanonical(f[colCanonical], rankCurated)
		for _, n := range strings.Split(f[colNames], "|") {
			e.addName(n)
		}
		if f[colAlso] != "" {
			for _, l := range strings.Split(f[colAlso], ",") {
				b.absorbListing(e, strings.TrimSpace(l))
			}
		}
	}
	return nil
}

// absorbListing records "TICKER@Exchange" as a listing of e and merges any
// other entity whose primary listing it is.
func (b *builder) absorbListing(e *entity, listing string) {
	ticker, exch, _ := strings.Cut(listing, "@")
	for _, o := range b.byTicker[normTicker(ticker)] {
		if o == e || o.gone || (exch != "" && o.exchange != exch) {
			continue
		}
		b.merge(e, o)
	}
	if !slices.Contains(e.listings, listing) {
		e.listings = append(e.listings, listing)
	}
}

// merge folds o into e: o's names and listings become e's.
func (b *builder) merge(e, o *entity) {
	o.gone = true
	for _, n := range o.names {
		e.addName(n)
	}
	if l := o.ticker + "@" + o.exchange; !slices.Contains(e.listings, l) {
		e.listings = append(e.listings, l)
	}
	for _, l := range o.listings {
		if !slices.Contains(e.listings, l) {
			e.listings = append(e.listings, l)
		}
	}
	e.prominence = max(e.prominence, o.prominence)
}

// mergeForeignListings folds a US listing (an ADR or a foreign private
// issuer's US line) into the home-market entity of the same name: the SEC's
// "DEUTSCHE BANK AKTIENGESELLSCHAFT" (DB, NYSE) into Deutsche Bank AG (DBK,
// XETRA), so that the name has one candidate with the primary ticker.
func (b *builder) mergeForeignListings() {
	home := map[string]*entity{}
	for _, e := range b.all {
		if e.gone || e.kind != "C" || e.ticker == "" || e.country == "US" || e.country == "" {
			continue
		}
		for _, n := range append([]string{e.canonical}, e.names...) {
			if k := nameKey(n); k != "" && home[k] == nil {
				home[k] = e
			}
		}
	}
	for _, e := range b.all {
		if e.gone || e.kind != "C" || e.country != "US" || e.curated {
			continue // a hand-written US entry is a company of its own (Merck & Co., not Merck KGaA)
		}
		for _, n := range e.names {
			if h := home[nameKey(n)]; h != nil {
				b.merge(h, e)
				break
			}
		}
	}
}

// nameKey identifies a company name across lists: folded tokens without
// legal suffix ("NOKIA CORP" and "Nokia Oyj" are both "nokia").
func nameKey(n string) string {
	var ks []string
	for _, t := range names.Tokens(names.StripThe(names.StripSuffix(n))) {
		ks = append(ks, names.Key(t))
	}
	return strings.Join(ks, " ")
}

// write renders the entities as gazetteer.tsv.
func (b *builder) write() []byte {
	b.places = map[string]bool{}
	for _, e := range b.all {
		if e.kind == "P" {
			for _, n := range append(e.names, e.canonical) {
				b.places[nameKey(strings.TrimLeft(n, flags))] = true
			}
		}
	}
	var live []*entity
	for _, e := range b.all {
		if !e.gone {
			b.finishNames(e)
			if len(e.names) > 0 {
				live = append(live, e)
			}
		}
	}
	kindOrder := map[string]int{"C": 0, "M": 1, "G": 2, "S": 3, "B": 4, "X": 5, "P": 6}
	slices.SortStableFunc(live, func(x, y *entity) int {
		return cmp.Or(
			cmp.Compare(kindOrder[x.kind], kindOrder[y.kind]),
			cmp.Compare(x.country, y.country),
			cmp.Compare(x.ticker, y.ticker),
			cmp.Compare(x.canonical, y.canonical),
		)
	})
	var buf bytes.Buffer
	buf.WriteString("# Code generated by gen from the company lists, curated.tsv and places.tsv. DO NOT EDIT.\n")
	buf.WriteString("# kind\tticker\texchange\tcountry\tprominence\tparent\tcanonical\tnames\tlistings\n")
	for _, e := range live {
		slices.Sort(e.listings)
		if e.country == "US" {
			// US share classes are written with a dot, as the S&P 500
			// list does: "BRK.B", not the SEC's "BRK-B".
			e.ticker = strings.ReplaceAll(e.ticker, "-", ".")
		}
		fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n", e.kind, e.ticker, e.exchange, e.country,
			e.prominence, e.parent, e.canonical, strings.Join(e.names, "|"), strings.Join(e.listings, ","))
	}
	return buf.Bytes()
}
